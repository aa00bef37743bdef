"""百度贴吧 PC thread pages, the 2012–2013 template, GBK (before tieba went UTF-8).

Home is the 吧 page `/f?kw=%C1%F8%BA%D3%D5%F2` (柳河镇, GBK-percent-encoded as tieba's links were then;
query route; page 2 `&pn=50`) with `li.j_thread_list` rows (`a.j_th_tit`, 作者 / 回复数 / 最后回复);
threads at extensionless `/p/N` (`extensionless_html`), reply pages `?pn=2` (query routes). Floors are
`div.l_post` with single-quoted `data-field` JSON, `ul.p_author` column (`p_author_face`, `d_name`,
`d_badge` 头衔 + level), `louzhubiaoshi` badge, the text inside `<cc><div class="d_post_content
j_d_post_content">` as `<br>` lines, `ul.p_tail` (N楼 / date), 楼中楼 (`lzl_single_post`), image
signatures (`j_user_sign`), a 贴吧推广 ad floor. The 组长's speech is posted by the 楼主 over his
floors 1 / 3 / 7 and 31 (on page 2), with his own lines (`（接上楼）`, `（未完待续）`, `（完）`) between;
the reunion speech over floors 1 and 2, reply page 2 holding replies only. One document per thread."""

from urllib.parse import quote

from zlib import crc32

from common import SPEECHES, Family


def hsh(s):
    return crc32(s.encode('utf-8')) * 2654435761 % 2**61

HOST = "tieba2013.baidu-like.test"
KW = "柳河镇"
KWQ = quote(KW.encode("gbk"))
BA = f"/f?kw={KWQ}"
BA2 = f"/f?kw={KWQ}&pn=50"
T1, T2 = "2254301876", "2509887413"

HEAD = """<!DOCTYPE html><!--STATUS OK--><html><head><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta http-equiv="Content-Type" content="text/html; charset=gbk"/><meta name="keywords" content="@@KW@@"/><meta name="description" content="@@DESC@@"/><title>@@TITLE@@</title>
<link rel="stylesheet" href="http://tb1.bdstatic-like.test/tb/static-common/style/tb_common_3b7c1e5.css"/><link rel="stylesheet" href="http://tb1.bdstatic-like.test/tb/static-@@PROD@@/style/@@PROD@@_b2d91f4.css"/>
<script>var PageData = {"tbs":"5e4d2a7f1c0b3e9a1364567890","charset":"GBK","product":"@@PROD@@","page":"@@PROD@@","user":{"is_login":false,"no_un":0},"forum":{"id":1834567,"name":"@@KWNAME@@","name_url":"@@KWQ@@"}@@PDEXTRA@@};var _t = new Date().getTime();</script>
<script src="http://tb1.bdstatic-like.test/tb/js/Fe_8a21c3d.js"></script>
</head><body>
<div id="com_userbar" class="userbar"><ul><li><a href="http://www.baidu-like.test/" target="_blank">百度首页</a></li><li class="u_login"><a href="https://passport.baidu-like.test/v2/?login&tpl=tb&u=http%3A%2F%2Ftieba.baidu.com%2F" rel="noreferrer">登录</a></li><li class="u_reg"><a href="https://passport.baidu-like.test/v2/?reg&regType=1&tpl=tb" rel="noreferrer">注册</a></li></ul></div>
<div class="wrap1"><div class="wrap2">
<div id="head" class="search_bright clearfix"><div class="search_top clearfix"><div class="search_nav j_search_nav"><a href="http://news.baidu-like.test/ns?cl=2&rn=20&tn=news&word=">新闻</a><a href="http://www.baidu-like.test/s?cl=3&wd=">网页</a><b>贴吧</b><a href="http://zhidao.baidu-like.test/q?ct=17&pn=0&tn=ikaslist&rn=10&word=">知道</a><a href="http://music.baidu-like.test/search?fr=tieba&key=">音乐</a><a href="http://image.baidu-like.test/i?tn=baiduimage&ct=201326592&lm=-1&cl=2&word=">图片</a><a href="http://video.baidu-like.test/v?ct=301989888&rn=20&pn=0&db=0&s=25&word=">视频</a><a href="http://map.baidu-like.test/m?fr=map006&word=">地图</a><a href="http://baike.baidu-like.test/search/word?pic=1&sug=1&word=">百科</a><a href="http://wenku.baidu-like.test/search?lm=0&od=0&word=">文库</a></div></div>
<div class="search_main_wrap"><div class="search_main clearfix"><div class="search_form"><form name="f1" class="clearfix j_search_form" action="/f" method="get"><a rel="noreferrer" href="/" class="search_logo" title="到贴吧首页"></a><input class="search_ipt search_inp_border j_search_input" name="kw" value="@@KWNAME@@" autocomplete="off" size="42" tabindex="1" maxlength="100" type="text"/><input type="hidden" name="fr" value="tb0_forum"/><span class="search_btn_wrap search_btn_enter_ba_wrap"><a class="search_btn search_btn_enter_ba j_enter_ba" href="#" onclick="return false;">进入贴吧</a></span><span class="search_btn_wrap"><a class="search_btn j_search_post" href="#" onclick="return false;">全吧搜索</a></span></form></div></div></div></div>
<div class="card_top_wrap clearfix card_top_theme"><div class="card_top clearfix"><div class="card_head"><a href="@@BA@@" class="card_head_img_a"><img class="card_head_img" src="http://imgsrc.baidu-like.test/forum/pic/item/c8ea15ce36d3d539f1b9e4e73887e950352ab02f.jpg"/></a></div><div class="card_title"><a class="card_title_fname" title="" href="@@BA@@">@@KWNAME@@吧</a><a href="#" class="focus_btn islike_focus" title="关注">关注</a><span class="card_num"><span class="card_menNum">4,806</span>人关注 <span class="card_infoNum">103,527</span>篇贴子</span></div><p class="card_slogan">柳河人的网上家园，说说家乡事</p></div>
<ul class="nav_list j_nav_list"><li class="focus j_tbnav_tab"><a href="@@BA@@" class="j_tbnav_tab_a">看贴</a></li><li class="j_tbnav_tab"><a href="/photo/p?kw=@@KWQ@@">图片</a></li><li class="j_tbnav_tab"><a href="/f/good?kw=@@KWQ@@">精品</a></li><li class="j_tbnav_tab"><a href="/bawu2/platform/listMemberInfo?word=@@KWQ@@">会员</a></li></ul></div>
<div id="container" class="l_container">
"""

FOOT = """</div>
<div class="footer"><p><span>&copy;2013 Baidu</span><a href="/tb/eula.html" target="_blank">贴吧协议</a><span>|</span><a href="http://tieba.baidu-like.test/tb/zt/sytg/" target="_blank">隐私政策</a><span>|</span><a href="http://tieba.baidu-like.test/tb/cms/tieba-fe/tieba_promise/index.html" target="_blank">吧主制度</a><span>|</span><a href="http://help.baidu-like.test/question?prod_en=tieba" target="_blank">意见反馈</a><span>|</span><a href="http://tieba.baidu-like.test/tb/cms/ad/tb_ad_cms.html" target="_blank">网络谣言警示</a></p></div>
</div></div>
<script>
var _hmt = _hmt || [];(function(){var hm = document.createElement("script");hm.src = "//hm.baidu-like.test/hm.js?98b9d8c2fd6608d564bf2ac2ae642948";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();
F.use(['tb/pb/pb_main','common/widget/lzl'], function(){ PB.init(PageData); });
</script>
</body></html>
"""

REPLIES = [
    "顶一个，组长加油", "支持！说得实在", "三组的路确实该修了，去年我骑车摔过一回", "沙发被抢了……", "字写得真多，看完了，实在",
    "管水那个太需要了，每年放水都吵", "楼主是石桥三组的吧？我二舅家就在那", "账目公开这条好，以前谁知道钱花哪了", "mark，回头给我爸看看",
    "年轻人回来干事，难得", "希望说到做到吧，别光说", "打卡", "吧主来加个精", "楼主我去年在东莞见过你吧？", "路修好了记得在吧里发照片",
    "老人那条想得周到", "回复：人不少啊，热闹", "哈哈，我们班也准备聚会", "看哭了，想起我们班主任", "二十年真快啊", "周小军……唉",
    "助学金这个事做得好", "你们那届是柳河中学的吧？我是04届的", "学长好", "柳河中学老槐树还在的，前年回去看过",
]
NAMES = ["石桥小伙", "柳河老街坊", "xh_zhang1987", "东莞打工仔88", "风吹麦浪zz", "小桥流水人家cc", "tiantian_天天向上", "柳中04届", "花落无声yy", "我是路过的22"]


def floor(pid, no, name, date, body, *, louzhu=False, first=False, sign=None, lzl="", via=""):
    field = ('{"author":{"user_id":%d,"user_name":"%s","name_u":"%s&ie=utf-8","user_sex":1,"portrait":"%s","is_like":1,"level_id":%d,"level_name":"乡里乡亲","cur_score":0,"bawu":0,"props":null},'
             '"content":{"post_id":%s,"is_anonym":false,"open_id":"tieba","open_type":"","date":"%s","vote_crypt":"","post_no":%d,"type":"0","comment_num":%d,"ptype":"0","is_saveface":false,"props":null,"post_index":%d,"pb_tpoint":null}}') % (
        abs(hsh(name)) % 900000000 + 100000000, name, quote(name.encode("gbk")), "%x" % (abs(hsh(name)) % 16**12), 4 + len(name) % 6, pid, date, no, lzl.count("lzl_single_post"), no - 1)
    lz = f'<div class="louzhubiaoshi_wrap"><div class="louzhubiaoshi  j_louzhubiaoshi" author="{name}"><a></a></div></div>' if louzhu else ""
    signs = f'<div class="d_sign_split"></div><img class="j_user_sign" width="400" height="60" src="http://imgsrc.baidu-like.test/forum/pic/item/{sign}.jpg"/>' if sign else ""
    tail_via = f'<li><span class="tail-info"><a href="http://c.tieba.baidu-like.test/c/s/download/pc?src=webtbGF" target="_blank">来自Android客户端</a></span></li>' if via else ""
    lzl_block = ('<div class="j_lzl_container core_reply_wrapper" data-field=\'{"pid":' + pid + ',"total_num":' + str(lzl.count("lzl_single_post")) + '}\'><div class="core_reply_border_top"></div><div class="j_lzl_c_b_a core_reply_content"><ul class="j_lzl_m_w">' + lzl + '</ul></div><div class="core_reply_border_bottom"></div></div>') if lzl else '<div class="j_lzl_container core_reply_wrapper" style="display:none;"></div>'
    return f"""<div class="l_post j_l_post l_post_bright {'noborder' if first else ''}" data-field='{field}'>
<div class="d_author">{lz}<ul class="p_author"><li class="icon"><div class="icon_relative j_user_card"><a class="p_author_face " href="/home/main?un={quote(name.encode('gbk'))}&fr=pb" target="_blank"><img username="{name}" class="" src="http://tb.himg.baidu-like.test/sys/portrait/item/{abs(hsh(name)) % 16**12:x}"/></a></div></li><li class="d_name" data-field='{{"user_id":{abs(hsh(name)) % 900000000 + 100000000}}}'><a class="p_author_name j_user_card" href="/home/main?un={quote(name.encode('gbk'))}&fr=pb" target="_blank">{name}</a></li><li class="l_badge" style="display:block;"><div class="p_badge"><a href="/f/like/level?kw={KWQ}&lv_t=lv_nav_intro" target="_blank" class="user_badge d_badge_bright d_badge_icon2" title="本吧头衔{4 + len(name) % 6}级，经验值{(len(name) * 97) % 400 + 120}，点击进入等级头衔说明页"><div class="d_badge_title ">乡里乡亲</div><div class="d_badge_lv">{4 + len(name) % 6}</div></a></div></li></ul></div>
<div class="d_post_content_main {'d_post_content_firstfloor' if first else ''}"><div class="p_content {'p_content_nameplate' if first else ''}"><cc>
<div id="post_content_{pid}" class="d_post_content j_d_post_content ">{body}</div><br></cc><br>{signs}</div>
<div class="core_reply j_lzl_wrapper"><div class="core_reply_tail clearfix"><div class="j_lzl_r p_reply" data-field='{{"pid":{pid},"total_num":{lzl.count("lzl_single_post")}}}'><a rel="noopener" class="lzl_link_unfold" href="#" onclick="return false;">回复{'(' + str(lzl.count("lzl_single_post")) + ')' if lzl else ''}</a></div><ul class="p_tail">{tail_via}<li><span>{no}楼</span></li><li><span>{date}</span></li></ul><div class="p_mtail"><ul class="p_tail"><li><a href="#" class="p_report" onclick="return false;">举报</a></li></ul></div></div>{lzl_block}</div></div></div>
"""


def lzl_item(name, text, when):
    return f"""<li class="lzl_single_post j_lzl_s_p first_no_border" data-field='{{"spid":{abs(hsh(text)) % 10**11},"showname":"{name}","user_name":"{name}"}}'><a rel="noopener" class="j_user_card lzl_p_p" href="/home/main?un={quote(name.encode('gbk'))}&fr=pb" target="_blank"><img src="http://tb.himg.baidu-like.test/sys/portraitn/item/{abs(hsh(name)) % 16**12:x}"/></a><div class="lzl_cnt"><a rel="noopener" class="at j_user_card " href="/home/main?un={quote(name.encode('gbk'))}&fr=pb" username="{name}" target="_blank">{name}</a>:&nbsp;<span class="lzl_content_main">{text}</span><div class="lzl_content_reply"><span class="lzl_jb" style="display:none;"><a href="#" class="lzl_jb_in">举报</a>&nbsp;|</span><span class="lzl_time">{when}</span><a href="#" class="lzl_s_r">回复</a></div></div></li>"""


AD_FLOOR = """<div class="l_post j_l_post l_post_bright" data-field='{"content":{"post_no":0,"type":"ad"}}'><div class="d_author"><ul class="p_author"><li class="icon"><img src="http://tb1.bdstatic-like.test/tb/static-pb/img/tuiguang_face.png"/></li><li class="d_name"><a class="p_author_name">贴吧推广</a></li></ul></div><div class="d_post_content_main"><div class="p_content"><div class="d_post_content"><a href="http://e.baidu-like.test/?refer=1283" target="_blank" rel="nofollow">农村自建房设计图纸免费下载，三层小别墅带效果图，点击领取</a></div></div><div class="core_reply_tail"><ul class="p_tail"><li><span class="label_text">广告</span></li></ul></div></div></div>
"""


def pager(tid, cur, total, replies):
    if total == 1:
        links = ""
    elif cur == 1:
        links = f'<span class="tP">1</span><a href="/p/{tid}?pn=2">2</a><a href="/p/{tid}?pn=2">下一页</a><a href="/p/{tid}?pn=2">尾页</a>'
    else:
        links = f'<a href="/p/{tid}">首页</a><a href="/p/{tid}">上一页</a><a href="/p/{tid}">1</a><span class="tP">2</span>'
    return f'<div class="p_thread thread_theme_5" id="thread_theme_{5 if cur else 7}"><div class="l_thread_info"><ul class="l_posts_num"><li class="l_pager pager_theme_4 pb_list_pager">{links}</li><li class="l_reply_num" style="margin-left:8px"><span class="red" style="margin-right:3px">{replies}</span>回复贴，共<span class="red">{total}</span>页</li><li class="l_reply_num"><a href="#" class="j_quick_reply">快速回复</a></li></ul></div></div>'


def thread_page(tid, subject, cur, total, replies, floors, desc):
    head = HEAD.replace("@@PROD@@", "pb")
    pd = f',"thread":{{"thread_id":{tid},"title":"{subject}","reply_num":{replies}}},"pager":{{"cur_page":{cur},"total_page":{total}}}'
    title = f"{subject}_{KW}吧_百度贴吧" if cur == 1 else f"{subject}_{KW}吧_百度贴吧"
    body = f"""<div class="content clearfix"><div class="pb_content clearfix" id="pb_content"><div class="left_section">
<div class="core_title_wrap_bright clearfix" id="j_core_title_wrap"><div class="core_title core_title_theme_bright"><h1 class="core_title_txt  " title="{subject}" style="width: 396px">{subject}</h1><ul class="core_title_btns pull-right"><li><a id="lzonly_cntn" href="/p/{tid}?see_lz=1" class="l_lzonly" rel="noopener">只看楼主</a></li><li><a class="j_thread_collect" href="#" onclick="return false;">收藏</a></li><li><a class="core_title_reply_btn" href="#sub">回复</a></li></ul></div></div>
{pager(tid, cur, total, replies)}
<div class="p_postlist" id="j_p_postlist">
{floors}</div>
{pager(tid, cur, total, replies).replace('thread_theme_5', 'thread_theme_7')}
<div class="pb_footer" id="pb_footer"><div class="edit_title_field">发表回复</div><div id="tb_rich_poster_container"><div class="poster_body"><div class="tb_poster_placeholder">登录后才能发贴，<a href="https://passport.baidu-like.test/v2/?login&tpl=tb" rel="noreferrer">登录</a> | <a href="https://passport.baidu-like.test/v2/?reg&tpl=tb" rel="noreferrer">注册</a></div><div class="poster_submit"><a class="ui_btn ui_btn_m j_submit poster_submit" href="#"><span><em>发 表</em></span></a></div></div></div></div>
</div>
<div class="right_section"><div class="region_bright"><div class="region_title">贴吧热议榜</div><ul class="topic_list"><li><a href="/hottopic/browse/topicList?res_type=1">1 清明小长假去哪儿</a></li><li><a href="/hottopic/browse/topicList?res_type=1">2 家乡的变化有多大</a></li><li><a href="/hottopic/browse/topicList?res_type=1">3 晒晒你家的年夜饭</a></li></ul></div>
<div class="region_bright"><div class="region_title">{KW}吧 吧务</div><p>吧主：<a href="/home/main?un=%C1%F8%BA%D3%C0%CF%BD%D6%B7%BB&fr=pb">柳河老街坊</a></p></div>
<div class="region_bright" id="pb_adbanner"><a href="http://e.baidu-like.test/?refer=1290" rel="nofollow" target="_blank"><img src="http://ubmcmm.baidu-like.test/media/v1/0f000jQ2fLbAaYEV5z3eS6.jpg" width="250" height="250" alt="广告"/></a></div></div>
</div></div>
"""
    return head.replace("@@PDEXTRA@@", pd) .replace("@@TITLE@@", title).replace("@@KW@@", f"{KW},{subject}").replace("@@DESC@@", desc).replace("@@KWNAME@@", KW).replace("@@KWQ@@", KWQ).replace("@@BA@@", BA) + body + FOOT


def br(lines):
    return "<br>".join(lines)


def build() -> Family:
    fam = Family(HOST, "百度贴吧 PC thread pages, 2012–2013 GBK template", encoding="gbk",
                 content_type="text/html; charset=GBK", extensionless_html=True)
    s1, s2 = SPEECHES["f48c-1"], SPEECHES["f48c-4"]
    lz1, lz2 = "石桥三组王建军", "柳中03届三班阿伟"
    p = s1.paras
    # thread 1: floors 1, 3, 7 on page 1, 31 on page 2
    f = []
    f.append(floor("33651209871", 1, lz1, "2013-04-08 21:16", br(["今天下午组里开会，选完组长我上去说了几句。发言稿是前天晚上自己写的，发上来给在外面的乡亲们看看，字多，分几楼发。", ""] + p[0:3] + ["（未完，下楼继续）"]), louzhu=True, first=True,
                   lzl=lzl_item("柳河老街坊", "支持，已加精", "2013-4-8 21:40") + lzl_item(lz1, "回复 柳河老街坊 :谢谢吧主", "2013-4-8 21:52"), sign="9d82d158ccbf6c81b3a7c3f0be3eb13533fa4019"))
    f.append(floor("33651233502", 2, NAMES[2], "2013-04-08 21:19", REPLIES[0], via=True))
    f.append(floor("33651260117", 3, lz1, "2013-04-08 21:24", br(["（接上楼）"] + p[3:5]), louzhu=True, sign="9d82d158ccbf6c81b3a7c3f0be3eb13533fa4019"))
    f.append(floor("33651288410", 4, NAMES[3], "2013-04-08 21:30", REPLIES[3]))
    f.append(AD_FLOOR)
    f.append(floor("33651301256", 5, NAMES[4], "2013-04-08 21:33", REPLIES[2], via=True))
    f.append(floor("33651327903", 6, NAMES[6], "2013-04-08 21:36", REPLIES[6]))
    f.append(floor("33651352714", 7, lz1, "2013-04-08 21:41", br(["（接上楼）"] + p[5:7] + ["（还有一点，吃完饭再发）"]), louzhu=True, sign="9d82d158ccbf6c81b3a7c3f0be3eb13533fa4019"))
    n = 8
    for i, r in enumerate(REPLIES[7:20]):
        if n in (12, 19, 23):
            n += 1  # deleted floors
        f.append(floor(str(33651400000 + n * 3217), n, NAMES[(i + 5) % len(NAMES)], f"2013-04-08 {21 + (n + 20) // 60:02d}:{(n + 20) % 60:02d}", r, via=i % 3 == 0))
        n += 1
    while n <= 30:
        f.append(floor(str(33651400000 + n * 3217), n, NAMES[n % len(NAMES)], f"2013-04-08 22:{n:02d}", ["顶", "支持组长", "学习了", "路过", "顶上去"][n % 5]))
        n += 1
    g = [floor("33652018834", 31, lz1, "2013-04-08 23:05", br(["（接上楼）"] + p[7:] + ["（完）", "", "写得土，大家别笑话。有啥意见直接在吧里说，我都看。"]), louzhu=True, first=True, sign="9d82d158ccbf6c81b3a7c3f0be3eb13533fa4019")]
    for k, r in enumerate(["组长辛苦，支持！", "看完了，实在人说实在话", "拜师那段好，老组长人是真好", "微信群拉我一个，我在昆山", "mark"]):
        g.append(floor(str(33652100000 + k * 911), 32 + k, NAMES[(k + 1) % len(NAMES)], f"2013-04-{9 + k // 3:02d} 0{8 + k}:1{k}", r, via=k % 2 == 1))
    subj1 = "在村民小组长换届后第一次会议上的表态发言"
    fam.put(f"/p/{T1}", thread_page(T1, subj1, 1, 2, 36, "".join(f), "今天下午组里开会，选完组长我上去说了几句。发言稿是前天晚上自己写的……"))
    fam.route(f"/p/{T1}?pn=2", f"/p/{T1}_pn2.html", thread_page(T1, subj1, 2, 2, 36, "".join(g), "（接上楼）"))
    fam.route(f"/p/{T1}?pn=1", f"/p/{T1}_pn1.html", fam.files[f"p/{T1}"].decode("gbk"))
    fam.doc([f"/p/{T1}", f"/p/{T1}?pn=2"], s1, title=subj1, published_at="2013-04-08")
    # thread 2: floors 1 and 2, reply page 2 only replies
    q = s2.paras
    h = [floor("38765120045", 1, lz2, "2013-08-10 23:14", br(["刚从聚会回来，酒还没醒透。筹备了三个月，今晚终于见到了大家。下面是我在饭桌上的致辞，好多同学让我发出来，就发咱们镇吧里了。", "", "——在高中毕业二十周年同学聚会上的致辞"] + q[0:5] + ["（楼下接着发，一楼发不下）"]), louzhu=True, first=True, via=True,
                 lzl=lzl_item(NAMES[7], "学长好！我们04届明年也二十年了", "2013-8-11 0:21")),
         floor("38765131276", 2, lz2, "2013-08-10 23:17", br(q[5:]) + "<br><br>" + '<img class="BDE_Smiley" width="30" height="30" changedsize="false" src="http://static.tieba.baidu-like.test/tb/editor/images/face/i_f25.png">', louzhu=True, via=True)]
    for k, r in enumerate(REPLIES[17:25]):
        h.append(floor(str(38765200000 + k * 1733), 3 + k, NAMES[(k + 3) % len(NAMES)], f"2013-08-11 0{k}:2{k}", r, via=k % 2 == 0))
    h.insert(4, AD_FLOOR)
    subj2 = "二十年同学聚会，我的致辞，献丑了"
    j = [floor(str(38766000000 + k * 577), 31 + k, NAMES[k % len(NAMES)], f"2013-08-1{2 + k // 4} 1{k}:0{k}", r) for k, r in enumerate(["王老师是我初中语文老师，好人", "看到周小军那段哭了", "顶楼主，助学金算我一份", "你们三班当年是真能闹", "前排支持"])]
    fam.put(f"/p/{T2}", thread_page(T2, subj2, 1, 2, 38, "".join(h), "刚从聚会回来，酒还没醒透。筹备了三个月，今晚终于见到了大家。"))
    fam.route(f"/p/{T2}?pn=2", f"/p/{T2}_pn2.html", thread_page(T2, subj2, 2, 2, 38, "".join(j), "王老师是我初中语文老师"))
    fam.doc([f"/p/{T2}"], s2, title=s2.title, published_at="2013-08-10")

    def row(tid, subject, author, replies, last, last_at, abstract, top=False):
        return f"""<li class="j_thread_list clearfix" data-field='{{"id":{tid},"author_name":"{author}","first_post_id":0,"reply_num":{replies},"is_bakan":null,"vid":"","is_good":{str(top).lower()},"is_top":{str(top).lower()},"is_protal":null}}'><div class="t_con cleafix"><div class="col2_left j_threadlist_li_left"><div class="threadlist_rep_num" title="回复">{replies}</div></div><div class="col2_right j_threadlist_li_right"><div class="threadlist_lz clearfix"><div class="threadlist_title pull_left j_th_tit {'member_thread_title_frs' if top else ''}">{'<i class="icon-top" title="置顶"></i>' if top else ''}<a href="/p/{tid}" title="{subject}" target="_blank" class="j_th_tit">{subject}</a></div><div class="threadlist_author pull_right"><span class="tb_icon_author" title="主题作者: {author}"><a class="j_user_card" href="/home/main?un={quote(author.encode('gbk'))}&ie=utf-8&fr=frs" target="_blank">{author}</a></span></div></div><div class="threadlist_detail clearfix"><div class="threadlist_text pull_left"><div class="threadlist_abs threadlist_abs_onlyline">{abstract}</div></div><div class="threadlist_author pull_right"><span class="tb_icon_author_rely j_replyer" title="最后回复人: {last}"><a href="/home/main?un={quote(last.encode('gbk'))}&fr=frs">{last}</a></span><span class="threadlist_reply_date pull_right j_reply_data" title="最后回复时间">{last_at}</span></div></div></div></div></li>
"""
    rows = [row("2093451122", "【吧规】柳河镇吧吧规（2013年修订），发帖前请先看", "柳河老街坊", 57, "柳河老街坊", "3-1", "禁止发广告、禁止人身攻击……", top=True),
            row(T2, subj2, lz2, 38, NAMES[4], "8-12", "刚从聚会回来，酒还没醒透。筹备了三个月，今晚终于见到了大家。"),
            row("2507712390", "柳河集今年啥时候开？", NAMES[1], 12, NAMES[0], "8-9", "听说今年搬到新街那边了"),
            row("2481002376", "镇上新开的那家羊肉汤馆谁去过", NAMES[6], 44, NAMES[2], "7-30", "味道怎么样，贵不贵"),
            row("2398451807", "求助：办居住证要带什么材料", NAMES[5], 9, NAMES[8], "6-18", "在外地上班，孩子要上学")]
    rows2 = [row(T1, subj1, lz1, 36, NAMES[1], "4-9", "今天下午组里开会，选完组长我上去说了几句。发言稿是前天晚上自己写的，发上来给在外面的乡亲们看看"),
             row("2244018891", "石桥村的人进来报个到", NAMES[0], 120, NAMES[3], "4-2", "看看吧里有多少老乡"),
             row("2231987700", "清明回老家，拍了几张油菜花", NAMES[8], 23, NAMES[5], "4-1", "【图片】")]

    def ba_page(rows_html, cur):
        pagerx = (f'<span class="cur">1</span><a href="{BA2}">2</a><a href="{BA2}" class="next">下一页&gt;</a><a href="{BA2}" class="last">尾页</a>' if cur == 1 else
                  f'<a href="{BA}" class="first">首页</a><a href="{BA}" class="pre">&lt;上一页</a><a href="{BA}">1</a><span class="cur">2</span>')
        body = f"""<div class="content clearfix"><div class="forum_content clearfix"><div class="main" id="content_leftList"><div id="content_leftList" class="content_leftList clearfix"><ul id="thread_list" class="threadlist_bright j_threadlist_bright">
{''.join(rows_html)}</ul><div class="pager clearfix" id="frs_list_pager">{pagerx}</div></div></div>
<div class="aside"><div class="aside_region"><h4>本吧信息</h4><p>目录：<a href="/f/fdir?fd=%B5%D8%C7%F8&sd=%BA%D3%C4%CF">地区</a></p><p>吧主：<a href="/home/main?un=%C1%F8%BA%D3%C0%CF%BD%D6%B7%BB&fr=frs">柳河老街坊</a></p></div></div></div></div>
"""
        head = HEAD.replace("@@PROD@@", "frs").replace("@@PDEXTRA@@", f',"pager":{{"cur_page":{cur}}}')
        return head.replace("@@TITLE@@", f"{KW}吧_百度贴吧").replace("@@KW@@", f"{KW},{KW}吧").replace("@@DESC@@", f"{KW}吧，柳河人的网上家园").replace("@@KWNAME@@", KW).replace("@@KWQ@@", KWQ).replace("@@BA@@", BA) + body + FOOT

    fam.route(BA, "/f_kw_liuhe.html", ba_page(rows, 1))
    fam.route(BA2, "/f_kw_liuhe_pn50.html", ba_page(rows2, 2))
    fam.home = BA
    fam.put("/robots.txt", "User-agent: Baiduspider\nDisallow: /f/search\nDisallow: /home\n\nUser-agent: *\nDisallow: /f/search\nDisallow: /home\n")
    fam.not_documents += [BA2, f"/p/{T1}?pn=2", f"/p/{T2}?pn=2"]
    fam.noise += ["（接上楼）", "（未完，下楼继续）", "（完）", "发言稿是前天晚上自己写的", "刚从聚会回来", "楼下接着发", "贴吧推广", "只看楼主", "贴吧协议", "来自Android客户端"]
    return fam
