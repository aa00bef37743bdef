"""百度快照 (Baidu cache) views of a 范文 site's pages, reached from a Baidu results page.

The home is a results page (`/s?ie=utf-8&wd=…`, `#content_left`, `div.result.c-container` with
`h3.t`, `c-abstract` and the `f13` line whose `百度快照` link goes to the cache, `#page` pager with
`pn=10`). A cached page is Baidu's notice box on top (`#bd_snap`: 这是 … 的百度快照, the snapshot date,
您查询的关键词是…, 百度和网页…的作者无关，不对其内容负责。百度快照谨为网络故障时之索引…), a `<base href>`
pointing back at the original page, then the cached page's own HTML: a 范文 site (header, nav,
当前位置, info line, a Baidu union ad slot, 导读 box, a 【推荐】 line inside the text, a 转载 notice,
相关范文, 上一篇/下一篇, footer with ICP). The query's words are highlighted everywhere in the cached text
by `<span style="background-color:…;color:black;font-weight:bold">`, inside the speech too."""

import re
from urllib.parse import quote

from common import SPEECHES, Family

HOST = "www.baidu-kuaizhao.test"
SITE = "范文先锋网"
OHOST = "www.fwxianfeng.com"
QUERY = "讲话 致辞 范文"
COLORS = {"讲话": "#ffff66", "致辞": "#a0ffff", "范文": "#99ff99"}
Q = quote(QUERY)

ARTICLES = [
    # speech, original path, cache m=, cache date, column, author, hits
    (SPEECHES["bdkz-1"], "/jianghuagao/anquan/2024/0605/48213.html", "9d78d513d9d430a94f9b9e697c14c0121a4381132ba1a3020ea28449e3732b40506793ac26520774a4d20d1716df4b4beb802102",
     "2024年6月11日 03:27:45", "安全生产讲话", "安安"),
    (SPEECHES["bdkz-2"], "/zhici/jieri/2023/1025/45107.html", "9f65cb4a8c8507ed4fece763104d8c3e5f13c3206b8b89123f84d71884642c101b34a5e570200704d3c3613b1afb4b53acf6397734",
     "2023年11月2日 18:04:11", "节日致辞", "小雨"),
]
LIST_M = "9e7bc54787934eac58e4dd2d1159863e4e0997634ac0d0622fd3c7269e374b22015b23b97f254e8f81852f6716e8381bfbf14367"


def cache_target(m: str, n: int) -> str:
    return f"/c?m={m}&p=8b2a9715d9c340ab02be9b7c1e&newp=c33ecd15d9c041ff57ed9e76&user=baidu&fm=sc&query={Q}&qid=e5a1c3f50002b6d4&p1={n}"


def esc(url: str) -> str:
    return url.replace("&", "&amp;")


def highlight(html_text: str) -> str:
    """Baidu marks the query words in the cached page's text, never inside tags, scripts or the title."""
    out, skip = [], False
    for piece in re.split(r"(<[^>]+>)", html_text):
        if piece.startswith("<"):
            low = piece.lower()
            if re.match(r"<(script|style|title)\b", low):
                skip = True
            elif re.match(r"</(script|style|title)>", low):
                skip = False
            out.append(piece)
        elif skip or not piece.strip():
            out.append(piece)
        else:
            out.append(re.sub("|".join(COLORS), lambda m: f'<span style="background-color:{COLORS[m.group(0)]};color:black;font-weight:bold">{m.group(0)}</span>', piece))
    return "".join(out)


def notice(orig_url: str, when: str) -> str:
    words = "&nbsp;".join(f'<span style="background-color:{c};color:black;font-weight:bold">{w}</span>' for w, c in COLORS.items())
    return f"""<div style="position:relative">
<div id="bd_snap" style="background:#fff;border:1px solid #999;margin:-1px -1px 0;padding:0 0 10px 0;font-family:arial,sans-serif;font-size:13px;color:#000;text-align:left">
<div id="bd_snap_head" style="padding:10px 12px 0 12px;overflow:hidden;zoom:1">
<a href="http://www.baidu.com/" style="float:left;margin-right:14px"><img src="http://www.baidu.com/img/baidu_jgylogo3.gif" alt="百度" border="0" width="117" height="38"/></a>
<div id="bd_snap_txt" style="line-height:22px">
<div>这是 <a href="{orig_url}" style="text-decoration:underline;color:#0000cc">{orig_url}</a> 的百度快照。快照日期为：{when}，页面不代表被搜索网站的即时页面。<a href="{orig_url}" style="text-decoration:underline;color:#0000cc">查看原网页</a></div>
<div>您查询的关键词是：{words}&nbsp;。如果打开速度慢，可以尝试<a href="{esc(orig_url)}" style="text-decoration:underline;color:#0000cc">快速版</a>；如果想保存快照，可以<a href="http://cang.baidu.com/do/add?it=&amp;iu={quote(orig_url, safe='')}" style="text-decoration:underline;color:#0000cc" target="_blank">添加到搜藏</a>。</div>
<div style="color:#7a77c8">(百度和网页 <a href="{orig_url}" style="color:#7a77c8">{orig_url}</a> 的作者无关，不对其内容负责。百度快照谨为网络故障时之索引，不代表被搜索网站的即时页面。)</div>
</div></div></div></div>
<div style="position:relative">
"""


def original_page(title: str, crumbs: str, main: str, side: str) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{title}</title>
<meta name="keywords" content="讲话稿,致辞,发言稿,范文" />
<meta name="description" content="{SITE}提供各类讲话稿、致辞、发言稿范文，欢迎阅读参考。" />
<link href="/skin/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/skin/js/jquery.min.js"></script>
</head>
<body>
<div class="top"><div class="w1000"><span class="fl">欢迎来到{SITE}！</span><span class="fr"><a href="/">设为首页</a> | <a href="/">加入收藏</a> | <a href="/sitemap.html">网站地图</a></span></div></div>
<div class="header w1000"><div class="logo"><a href="/"><img src="/skin/images/logo.png" alt="{SITE}" /></a></div>
<div class="search"><form action="/plus/search.php" method="get"><input type="text" name="q" class="sinput" value="请输入关键词" /><input type="submit" class="sbtn" value="搜索" /></form></div></div>
<div class="nav"><ul class="w1000"><li><a href="/">首页</a></li><li><a href="/jianghuagao/">讲话稿</a></li><li><a href="/zhici/">致辞</a></li><li><a href="/fayangao/">发言稿</a></li><li><a href="/gongzuozongjie/">工作总结</a></li><li><a href="/xindetihui/">心得体会</a></li><li><a href="/hetong/">合同范本</a></li></ul></div>
<div class="w1000 place">当前位置：{crumbs}</div>
<div class="w1000 clearfix">
<div class="main fl">
{main}
</div>
<div class="side fr">
{side}
</div>
</div>
<div class="footer"><div class="w1000"><p><a href="/about.html">关于我们</a> | <a href="/contact.html">联系我们</a> | <a href="/mianze.html">免责声明</a> | <a href="/sitemap.html">网站地图</a></p>
<p>本站部分文章来自网络，仅供学习参考，如有侵权请联系删除。 Copyright &copy; 2015-2024 {SITE} 版权所有</p>
<p><a href="https://beian.miit.gov.cn/" rel="nofollow" target="_blank">苏ICP备16021347号-2</a></p>
<script type="text/javascript" src="/skin/js/tongji.js"></script></div></div>
</body>
</html>"""


def side_box(articles) -> str:
    items = "".join(f'<li><a href="{p}" title="{s.title}">{s.title}</a></li>' for s, p, *_ in articles)
    return f"""<div class="sbox"><div class="stit">热门范文</div><ul class="slist">{items}<li><a href="/jianghuagao/anquan/2024/0520/47766.html">在安全生产工作会议上的讲话稿</a></li><li><a href="/fayangao/2024/0412/46902.html">优秀员工代表发言稿</a></li></ul></div>
<div class="sbox ad"><script type="text/javascript">/*300*250 创建于 2019-03-12*/var cpro_id = "u3562217";</script><script type="text/javascript" src="http://cpro.baidustatic.com/cpro/ui/c.js"></script></div>"""


def article_main(speech, path, column, author, idx) -> str:
    y, m, d = speech.date.split("-")
    paras = [f"<p>{p}</p>" for p in speech.paras]
    recommend = ('<p class="tj">【推荐】<a href="/jianghuagao/anquan/2024/0520/47766.html" target="_blank">在安全生产工作会议上的讲话稿</a></p>' if idx == 0
                 else '<p class="tj">【推荐】<a href="/zhici/jieri/2023/1020/45011.html" target="_blank">重阳节慰问老人致辞（精选5篇）</a></p>')
    paras.insert(len(paras) // 2, recommend)
    cat = path.split("/")[1]
    return f"""<div class="arc">
<h1>{speech.title}</h1>
<div class="info">时间：{y}-{m}-{d} {'08:42' if idx == 0 else '15:16'} &nbsp; 栏目：<a href="/{cat}/">{column}</a> &nbsp; 作者：{author} &nbsp; 点击：<script src="/plus/count.php?view=yes&amp;aid={path.rsplit('/', 1)[1][:-5]}&amp;mid=1" type="text/javascript" language="javascript"></script></div>
<div class="ad640"><script type="text/javascript">/*640*60 文章页上方*/var cpro_id = "u3562209";</script><script type="text/javascript" src="http://cpro.baidustatic.com/cpro/ui/c.js"></script></div>
<div class="daodu"><b>导读：</b>{speech.title}由{SITE}的网友为您精心收集整理，供您在写作时参考。更多{column}范文请访问{SITE}{column}栏目。</div>
<div class="content">
{chr(10).join(paras)}
</div>
<div class="zz">本文由{SITE}整理发布，转载请保留本文链接：http://{OHOST}{path}</div>
<div class="fenye"></div>
<div class="xgwz"><div class="tit">《{speech.title}》相关范文</div><ul>
<li><a href="/{cat}/2024/0301/44890.html">{'在安全生产月活动总结会上的讲话' if idx == 0 else '在老年节座谈会上的讲话'}</a></li>
<li><a href="/{cat}/2024/0115/43920.html">{'企业安全生产工作会议领导讲话范文' if idx == 0 else '敬老院重阳节活动致辞范文'}</a></li>
<li><a href="/{cat}/2023/1208/42317.html">{'安全生产月启动仪式主持词' if idx == 0 else '社区书记在老年人座谈会上的发言'}</a></li>
</ul></div>
<div class="prenext"><p>上一篇：<a href="/{cat}/2024/0604/48180.html">{'在安全生产警示教育大会上的讲话' if idx == 0 else '在社区志愿者表彰会上的讲话'}</a></p><p>下一篇：<a href="/{cat}/2024/0606/48247.html">{'安全生产月活动动员讲话稿' if idx == 0 else '在老年大学开学典礼上的致辞'}</a></p></div>
</div>"""


def results_page(results, page_no) -> str:
    blocks = []
    for i, (title, showurl, abstract, date_label, cache) in enumerate(results, start=1 + (page_no - 1) * 10):
        hl = lambda s: re.sub("|".join(COLORS), lambda m: f"<em>{m.group(0)}</em>", s)
        cache_a = f' - <a data-click="{{\'rsv_snapshot\':\'1\'}}" href="{esc(cache)}" target="_blank" class="m">百度快照</a>' if cache else ""
        blocks.append(f"""<div class="result c-container " id="{i}" srcid="1599" tpl="se_com_default" data-click="{{'rsv_bdr':'0','p5':{i}}}"><h3 class="t"><a data-click="{{'F':'778717EA','F1':'9D73F1E4','F2':'4CA6DE6B','F3':'54E5343F','T':'1718080000','y':'FDB7DBEB'}}" href="http://www.baidu.com/link?url=Q{i}nX3kGZ5jT0eY{i}pKc8uV7mW2sR9bL4aH6dF1gE" target="_blank">{hl(title)}</a></h3><div class="c-abstract"><span class=" newTimeFactor_before_abs m">{date_label}&nbsp;-&nbsp;</span>{hl(abstract)}</div><div class="f13"><a target="_blank" href="http://www.baidu.com/link?url=Q{i}nX3kGZ5jT0eY{i}pKc8uV7mW2sR9bL4aH6dF1gE" class="c-showurl" style="text-decoration:none;">{showurl}&nbsp;</a><div class="c-tools" id="tools_{i}" data-tools="{{'title':'{title}','url':'http://www.baidu.com/link?url=Q{i}nX3kGZ5jT0eY'}}"><a class="c-tip-icon"><i class="c-icon c-icon-triangle-down-g"></i></a></div>{cache_a}</div></div>""")
    p1 = f"/s?ie=utf-8&wd={Q}"
    p2 = f"/s?wd={Q}&pn=10&oq={Q}&ie=utf-8&rsv_pq=c9a6e1f200035d1e&rsv_t=5b3eQ0jLx2Ws9YkP"
    if page_no == 1:
        pager = f'<strong><span class="pc">1</span></strong><a href="{esc(p2)}"><span class="pc">2</span></a><a href="{esc(p2)}" class="n">下一页&gt;</a>'
    else:
        pager = f'<a href="{esc(p1)}" class="n">&lt;上一页</a><a href="{esc(p1)}"><span class="pc">1</span></a><strong><span class="pc">2</span></strong>'
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="content-type" content="text/html;charset=utf-8"><meta http-equiv="X-UA-Compatible" content="IE=Edge"><meta content="always" name="referrer">
<title>{QUERY}_百度搜索</title>
<link rel="stylesheet" href="https://ss1.bdstatic.com/5eN1bjq8AAUYm2zgoY3K/r/www/cache/static/protocol/https/soutu/css/soutu_new2_8a2b1c4.css" type="text/css">
<script>var bds={{se:{{}},su:{{urdata:[],urSendClick:function(){{}}}},util:{{}},use:{{}},comm:{{domain:"http://www.baidu.com",ubsurl:"http://sclick.baidu.com/w.gif",tn:"baidu",queryEnc:"{Q}",queryId:"e5a1c3f50002b6d4",inter:"",templateName:"baidu",sugHost:"http://suggestion.baidu.com/su",query:"{QUERY}",qid:"e5a1c3f50002b6d4",cid:"0",sid:"1437_21118_29523_29721_29567",indexSid:"",stoken:"",serverTime:"1718080065",user:"",username:"",loginAction:[],useFavo:"",pinyin:"",favoOn:"",curResultNum:"{len(results)}",rightResultExist:false,protectNum:0,zxlNum:0,pageNum:{page_no},pageSize:10,newindex:0,async:1,maxPreloadThread:5,maxPreloadTimes:10,preloadMouseMoveDistance:5,switchAddMask:false,isDebug:false,ishome:0}}}};</script>
</head>
<body link="#0000cc">
<div id="wrapper" class="wrapper_s">
<div id="head"><div class="head_wrapper"><div class="s_form"><div class="s_form_wrapper"><a href="/" id="result_logo"><img src="//www.baidu.com/img/baidu_jgylogo3.gif" alt="到百度首页" title="到百度首页"></a><form id="form" name="f" action="/s" class="fm"><input type="hidden" name="ie" value="utf-8"><span class="bg s_ipt_wr"><input id="kw" name="wd" class="s_ipt" value="{QUERY}" maxlength="255" autocomplete="off"></span><span class="bg s_btn_wr"><input type="submit" id="su" value="百度一下" class="bg s_btn"></span></form></div></div>
<div id="u"><a href="http://www.baidu.com/gaoji/preferences.html" name="tj_settingicon" class="pf">设置</a><a href="https://passport.baidu.com/v2/?login" name="tj_login" class="lb">登录</a></div></div></div>
<div id="s_tab" class="s_tab"><b>网页</b><a href="http://tieba.baidu.com/f?kw={Q}&amp;fr=wwwt">贴吧</a><a href="http://zhidao.baidu.com/q?ct=17&amp;tn=ikaslist&amp;word={Q}">知道</a><a href="http://music.taihe.com/search?key={Q}">音乐</a><a href="http://image.baidu.com/search/index?tn=baiduimage&amp;word={Q}">图片</a><a href="http://v.baidu.com/v?ct=301989888&amp;word={Q}">视频</a><a href="http://map.baidu.com/m?word={Q}">地图</a><a href="http://wenku.baidu.com/search?word={Q}">文库</a><a href="/more/">更多»</a></div>
<div id="container" class="container_s">
<div class="head_nums_cont_outer OP_LOG"><div class="nums"><span class="nums_text">百度为您找到相关结果约1,860,000个</span></div></div>
<div id="content_left">
{chr(10).join(blocks)}
</div>
<div id="rs"><div class="tt">相关搜索</div><table cellpadding="0"><tr><th><a href="/s?wd=%E5%AE%89%E5%85%A8%E7%94%9F%E4%BA%A7%E6%9C%88%E8%AE%B2%E8%AF%9D%E7%A8%BF">安全生产月讲话稿</a></th><th><a href="/s?wd=%E9%87%8D%E9%98%B3%E8%8A%82%E8%87%B4%E8%BE%9E">重阳节致辞</a></th><th><a href="/s?wd=%E9%A2%86%E5%AF%BC%E8%AE%B2%E8%AF%9D%E7%A8%BF%E8%8C%83%E6%96%87">领导讲话稿范文</a></th></tr></table></div>
<div id="page">{pager}<span class="nums">百度为您找到相关结果约1,860,000个</span></div>
</div>
<div id="foot"><div class="foot-inner"><span id="help"><a href="http://help.baidu.com/question" target="_blank">帮助</a><a href="http://www.baidu.com/search/jubao.html" target="_blank">举报</a><a href="http://jianyi.baidu.com" target="_blank">用户反馈</a></span></div></div>
</div>
<script type="text/javascript" src="https://ss1.bdstatic.com/5eN1bjq8AAUYm2zgoY3K/r/www/cache/static/protocol/https/global/js/all_async_search_0f1b1c3.js"></script>
</body></html>
"""


def cache_page(orig_url: str, when: str, original: str) -> str:
    head = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<meta http-equiv="content-type" content="text/html;charset=utf-8">
<meta content="always" name="referrer">
<script>var bds={{se:{{}},comm:{{ishome:0,query:"{QUERY}",qid:"e5a1c3f50002b6d4"}}}};</script>
<base href="{orig_url}">
<style>body{{margin-top:0;padding-top:0}}#bd_snap a{{font-size:13px}}</style>
"""
    return head + notice(orig_url, when) + highlight(original) + "\n</div>\n"


def build() -> Family:
    fam = Family(HOST, "百度快照 (Baidu cache) views of a 范文 site, reached from a Baidu results page",
                 home=f"/s?ie=utf-8&wd={Q}")
    cached = []
    for idx, (speech, path, m, when, column, author) in enumerate(ARTICLES):
        orig_url = f"http://{OHOST}{path}"
        cat = path.split("/")[1]
        crumbs = f'<a href="/">首页</a> &gt; <a href="/{cat}/">{"讲话稿" if idx == 0 else "致辞"}</a> &gt; <a href="/{cat}/{path.split("/")[2]}/">{column}</a> &gt; 正文'
        page = original_page(f"{speech.title}_{column}_{SITE}", crumbs, article_main(speech, path, column, author, idx), side_box([a for a in ARTICLES]))
        target = cache_target(m, idx + 1)
        fam.route(target, f"cache/{m[:16]}.html", cache_page(orig_url, when, page))
        fam.doc([target], speech)
        cached.append(target)
    # the cached column listing
    list_url = f"http://{OHOST}/jianghuagao/"
    rows = "".join(f'<li><span>{s.date}</span><a href="{p}" target="_blank">{s.title}</a><p>{s.paras[1][:60]}…</p></li>' for s, p, *_ in ARTICLES[:1]) + "".join(
        f'<li><span>{d}</span><a href="/jianghuagao/{c}/{d[:4]}/{d[5:7]}{d[8:]}/{n}.html" target="_blank">{t}</a><p>{t}的范文，欢迎阅读参考…</p></li>'
        for t, c, d, n in [("在全市防汛抗旱工作会议上的讲话稿", "zhengfu", "2024-05-30", 47980), ("在公司年中工作会议上的讲话", "qiye", "2024-05-28", 47902),
                           ("在教师节表彰大会上的讲话稿", "xuexiao", "2024-05-21", 47788), ("在安全生产工作会议上的讲话稿", "anquan", "2024-05-20", 47766)])
    listing = original_page(f"讲话稿_讲话稿范文大全_{SITE}", '<a href="/">首页</a> &gt; 讲话稿',
                            f'<div class="listbox"><div class="ltit">讲话稿</div><ul class="e2">{rows}</ul><div class="pages"><ul><li><span class="pageinfo">共 <strong>86</strong>页<strong>1716</strong>条</span></li><li class="thisclass">1</li><li><a href="list_3_2.html">2</a></li><li><a href="list_3_3.html">3</a></li><li><a href="list_3_2.html">下一页</a></li><li><a href="list_3_86.html">末页</a></li></ul></div></div>',
                            side_box(ARTICLES))
    list_target = cache_target(LIST_M, 3)
    fam.route(list_target, f"cache/{LIST_M[:16]}.html", cache_page(list_url, "2024年6月9日 22:15:03", listing))
    s1, s2 = SPEECHES["bdkz-1"], SPEECHES["bdkz-2"]
    page1 = [
        (f"{s1.title}_安全生产讲话_{SITE}", f"{OHOST}/jianghuagao/anquan/...", f"{s1.paras[1][:80]}...", "2024年6月5日", cached[0]),
        (f"讲话稿_讲话稿范文大全_{SITE}", f"{OHOST}/jianghuagao/", "范文先锋网讲话稿栏目为您提供各类讲话稿范文，包括领导讲话稿、会议讲话稿、开幕式致辞等...", "2024年6月9日", list_target),
        ("领导讲话稿范文大全(精选10篇)_百度文库", "wenku.baidu.com/view/3f2a...", "领导讲话稿范文大全(精选10篇) 讲话稿是在特定场合发表讲话的文稿...", "2023年12月18日", None),
        ("致辞范文_致辞大全_开幕致辞_节日致辞-第一范文网", "www.diyifanwen.com/zhici/", "第一范文网致辞栏目为您提供开幕致辞、节日致辞、婚礼致辞等范文...", "2024年3月2日", None),
    ]
    page2 = [
        (f"{s2.title}_节日致辞_{SITE}", f"{OHOST}/zhici/jieri/...", f"{s2.paras[1][:80]}...", "2023年10月25日", cached[1]),
        ("讲话稿怎么写?讲话稿格式及范文_百度知道", "zhidao.baidu.com/question/...", "讲话稿的写法:一、开头 称呼要根据听众确定...", "2022年8月4日", None),
    ]
    p2 = f"/s?wd={Q}&pn=10&oq={Q}&ie=utf-8&rsv_pq=c9a6e1f200035d1e&rsv_t=5b3eQ0jLx2Ws9YkP"
    fam.route(f"/s?ie=utf-8&wd={Q}", "s/pn0.html", results_page(page1, 1))
    fam.route(p2, "s/pn10.html", results_page(page2, 2))
    fam.not_documents += [p2, list_target]
    fam.put("/robots.txt", "User-agent: Baiduspider\nDisallow: /baidu\nDisallow: /s?\nDisallow: /ulink?\nDisallow: /link?\n\nUser-agent: *\nDisallow: /\n")
    fam.noise += [
        "的百度快照", "快照日期为", "您查询的关键词是", "百度和网页", "不对其内容负责", "百度快照谨为网络故障时之索引", "添加到搜藏",
        "当前位置：", "导读：", "栏目：", "【推荐】", "重阳节慰问老人", "转载请保留本文链接",
        "上一篇：", "下一篇：", "苏ICP备16021347号-2", "欢迎来到", "百度为您找到相关结果", "百度一下",
    ]
    fam.note = "home is a Baidu results page (query route); the cached pages carry <base href> to the original site, so their own links lead off the host"
    return fam
