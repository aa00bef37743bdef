"""央视网 (news.cctv.com/special/…) 专题 pages on the CNTV 可视化专题 template: a speech printed inline
on the 专题's own index page (`/special/2024fzjzr/index.shtml`) under the 专题 banner, with the
专题's own nav (首页 / 最新报道 / 领导讲话 / 视频 / 科普知识), a 视频 box (`createVodPlayer` script,
video title and 视频简介) beside the 最新报道 list above the 领导讲话 module that carries the text
(`h3.tit`, `来源：… | 2024年05月12日 10:36`, the text, `编辑：… 责任编辑：…`), and 相关报道 / 图片报道 (with
captions) / 科普知识 modules below; modules are `md > md_hd (mh_title, 更多) + md_bd` inside
`column_wrapper`s with `ELMT…` ids. The second 专题 folds the text in a fixed-height box with a
`展开全文` button (all the text is in the page). Home `/` is the 新闻频道 page with a 专题 block, and
`/special/index.shtml` the 专题汇总 list; each 专题's 最新报道 sub-list is not a document."""

from common import SPEECHES, Family, render

HOST = "news.yangshi-zhuanti.test"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<meta name="spm-id" content="C@@SPM@@" />
<link type="text/css" rel="stylesheet" href="//r.img.cctvpic.com/photoAlbum/templet/common/DEPA1452927611484598/style.css" />
<script type="text/javascript" src="//r.img.cctvpic.com/library/script/jquery-1.7.2.min.js"></script>
<script type="text/javascript" src="//r.img.cctvpic.com/photoAlbum/templet/js/jquery.cntvCommon.min.js"></script>
<script type="text/javascript">var commentTitle = "@@CTITLE@@"; var itemid1 = "@@ITEMID@@";</script>
</head>
<body>
<div class="page_wrap">
<div id="page_head">
	<div class="head_top"><div class="w1000">
		<a class="logo" href="https://www.cctv.com/" target="_blank"><img src="//p1.img.cctvpic.com/photoAlbum/templet/common/DEPA1452927611484598/logo_cctv.png" alt="央视网" /></a>
		<ul class="nav_top">
			<li><a href="/">新闻</a></li><li><a href="https://sports.cctv.com/">体育</a></li><li><a href="https://tv.cctv.com/">电视</a></li><li><a href="https://tv.cctv.com/live/">直播</a></li><li><a href="/special/index.shtml">专题</a></li><li><a href="https://app.cctv.com/">央视新闻客户端</a></li>
		</ul>
		<div class="login"><a href="javascript:void(0);" onclick="login()">登录</a> | <a href="https://reg.cctv.com/" target="_blank">注册</a></div>
	</div></div>
</div>
"""

FOOT = """<div id="page_bottom">
	<div class="w1000">
		<p><a href="https://www.cctv.com/gyys/index.shtml" target="_blank">关于我们</a> | <a href="https://www.cctv.com/gyys/flsm/index.shtml" target="_blank">法律声明</a> | <a href="https://www.cctv.com/gyys/lxfs/index.shtml" target="_blank">联系方式</a> | <a href="https://www.cctv.com/sitemap/index.shtml" target="_blank">网站地图</a></p>
		<p>央视网版权所有　<a href="https://beian.miit.gov.cn/" target="_blank">京ICP证060535号</a>　网上传播视听节目许可证(0102004号)　京公网安备11010502036007号</p>
		<p>违法和不良信息举报电话：010-68508888　举报邮箱：jubao@cctv.com</p>
	</div>
</div>
</div>
<script type="text/javascript" src="//js.data.cctv.com/__aplus_plugin_cctv.js,aplus_plugin_aplus_u.js"></script>
<script type="text/javascript">
	with(document)with(body)with(insertBefore(createElement("script"),firstChild))setAttribute("exparams","v_id=&aplus&",id="tb-beacon-aplus",src=(location>"https"?"//js":"//js")+".data.cctv.com/cctv_aplus.js")
</script>
</body>
</html>
"""

SPECIALS = [
    {
        "slug": "2024fzjzr",
        "name": "2024年全国防灾减灾日",
        "slogan": "人人讲安全　个个会应急——着力提升基层防灾避险能力",
        "speech": SPEECHES["f48d-1"],
        "source": "应急管理部网站",
        "time": "2024年05月12日 10:36",
        "itemid": "ARTIr7kQeX1b2QmN4vC0aZpJ240512",
        "spm": "94212.P4dFy7ZzKq1w",
        "video": ("【视频】2024年全国防灾减灾日主题宣传活动启动", "3e9b1c7d5a2f4e6b8c0d1e3f5a7b9c2d",
                  "5月12日，2024年全国防灾减灾日主题宣传活动在京启动，活动现场发布了应急科普读本和系列短视频。"),
        "news": [
            ("各地开展防灾减灾日主题宣传活动 应急科普进社区进校园", "2024-05-12"),
            ("国家防总：今年汛期极端天气事件偏多 各地要做好防范准备", "2024-05-11"),
            ("全国自然灾害综合风险普查成果转化应用工作推进会召开", "2024-05-09"),
            ("直击演练现场：山区村群众有序转移到安置点", "2024-05-08"),
        ],
        "pics": [
            ("5月12日，小学生在应急科普体验馆体验地震模拟平台。", "新华社记者 李华 摄"),
            ("消防救援人员向社区居民演示灭火器使用方法。", "央视网记者 王冉 摄"),
        ],
        "kepu": ["地震来了怎么办？记住“伏地、遮挡、手抓牢”", "暴雨天出行，这些安全提示请收好", "家庭应急物资储备清单"],
        "editor": "编辑：陈思彤　责任编辑：刘亮",
        "fold": False,
    },
    {
        "slug": "2024xcgj",
        "name": "乡村工匠 薪火相传",
        "slogan": "能工巧匠助力乡村全面振兴",
        "speech": SPEECHES["f48d-2"],
        "source": "农业农村部网站",
        "time": "2024年09月26日 16:05",
        "itemid": "ARTIp2WcX8mH0tLq9sK6vQeR240926",
        "spm": "94212.PgN0Qs5cVt7B",
        "video": ("【视频】全国乡村工匠培育工作推进会召开", "8a0c2e4f6b8d1a3c5e7f9b0d2f4a6c8e",
                  "9月26日，全国乡村工匠培育工作推进会召开，浙江、贵州等地交流了工匠工坊建设的经验做法。"),
        "news": [
            ("乡村工匠名师名单公布 竹编木雕刺绣等传统技艺入选", "2024-09-25"),
            ("贵州：工匠工坊带动留守妇女家门口就业", "2024-09-20"),
            ("浙江：老手艺插上电商翅膀 竹编卖到全国", "2024-09-18"),
            ("第二届全国乡村工匠技能大赛将于10月举行", "2024-09-12"),
        ],
        "pics": [
            ("9月20日，贵州某县工匠工坊里，绣娘们正在赶制苗绣订单。", "央视网记者 杨帆 摄"),
            ("浙江安吉，老篾匠手把手教徒弟编织竹制灯具。", "新华社记者 徐昱 摄"),
        ],
        "kepu": ["什么是乡村工匠？一图读懂认定标准", "乡村工匠工坊可享受哪些扶持政策", "非遗工作站建设指南"],
        "editor": "编辑：赵一鸣　责任编辑：张晓",
        "fold": True,
    },
]


def md(title, body, more=None, cls=""):
    more_link = f'<a class="mh_option" href="{more}" target="_blank">更多&gt;&gt;</a>' if more else ""
    return f"""		<div class="md {cls}">
			<div class="md_hd"><span class="mh_title">{title}</span>{more_link}</div>
			<div class="md_bd">
{body}
			</div>
		</div>"""


def news_rows(sp, with_date=True):
    return "\n".join(
        f'\t\t\t\t<li><a href="https://news.cctv.com/2024/{d[5:7]}/{d[8:10]}/ARTI{sp["itemid"][4:12]}{i}{d[2:4]}{d[5:7]}{d[8:10]}.shtml" target="_blank">{t}</a>'
        + (f'<span class="date">{d}</span>' if with_date else "") + "</li>"
        for i, (t, d) in enumerate(sp["news"])
    )


def special_page(sp, other):
    speech = sp["speech"]
    base = f"/special/{sp['slug']}"
    vt, guid, brief = sp["video"]
    body = "\n".join(f"\t\t\t\t\t<p>{p}</p>" for p in speech.paras)
    fold_open = ('<div class="text_box" id="text_box" style="height:620px;overflow:hidden;">' if sp["fold"]
                 else '<div class="text_box">')
    fold_btn = ('\n\t\t\t\t<div class="zhankai" id="zhankai" onclick="document.getElementById(\'text_box\').style.height=\'auto\';this.style.display=\'none\';">展开全文<i class="arrow"></i></div>'
                if sp["fold"] else "")
    pics = "\n".join(
        f'\t\t\t\t<li><a href="{base}/tp/index.shtml" target="_blank"><img src="//p{k + 2}.img.cctvpic.com/photoworkspace/contentimg/2024/{sp["itemid"][-6:]}{k}.jpg" alt="" /></a><p class="caption">{c}（{cr}）</p></li>'
        for k, (c, cr) in enumerate(sp["pics"])
    )
    kepu = "\n".join(f'\t\t\t\t<li><a href="{base}/kp/index.shtml" target="_blank">{t}</a></li>' for t in sp["kepu"])
    page = HEAD + """<div class="zt_banner" style="background:url(//p1.img.cctvpic.com/photoAlbum/page/performance/img/2024/@@SLUG@@/banner.jpg) no-repeat center top;">
	<div class="w1000"><h1 class="zt_title">@@NAME@@</h1><p class="zt_slogan">@@SLOGAN@@</p></div>
</div>
<div class="zt_nav"><div class="w1000"><ul>
	<li class="cur"><a href="@@BASE@@/index.shtml">首页</a></li>
	<li><a href="@@BASE@@/zxbd/index.shtml">最新报道</a></li>
	<li><a href="@@BASE@@/index.shtml#ldjh">领导讲话</a></li>
	<li><a href="@@BASE@@/sp/index.shtml">视频</a></li>
	<li><a href="@@BASE@@/tp/index.shtml">图片</a></li>
	<li><a href="@@BASE@@/kp/index.shtml">科普知识</a></li>
</ul></div></div>
<div class="column_wrapper w1000" id="ELMTx7Kc3QwZ1bYp">
	<div class="col_w640 left">
		<div class="md md_video">
			<div class="md_hd"><span class="mh_title">视频</span></div>
			<div class="md_bd">
				<div class="video_box"><div id="vplayer_1" class="player"></div></div>
				<script type="text/javascript">
					var paramsObj = {"divId":"vplayer_1","w":640,"h":360,"videoCenterId":"@@GUID@@","isAutoPlay":"false","posterImg":"//p2.img.cctvpic.com/fmspic/2024/@@GUID@@.jpg"};
					createVodPlayer(paramsObj);
				</script>
				<div class="video_title"><a href="@@BASE@@/sp/index.shtml" target="_blank">@@VTITLE@@</a></div>
				<div class="brief">视频简介：@@BRIEF@@</div>
			</div>
		</div>
	</div>
	<div class="col_w340 right">
@@ZXBD@@
	</div>
</div>
<div class="column_wrapper w1000" id="ELMTq0Rs8NvD4hJm">
	<a name="ldjh"></a>
	<div class="md md_ldjh">
		<div class="md_hd"><span class="mh_title">领导讲话</span></div>
		<div class="md_bd">
			<div class="text_area">
				<h3 class="tit">@@STITLE@@</h3>
				<div class="info">来源：@@SOURCE@@ | @@TIME@@</div>
				@@FOLD_OPEN@@
@@BODY@@
				</div>@@FOLD_BTN@@
				<p class="edit">@@EDITOR@@</p>
			</div>
		</div>
	</div>
</div>
<div class="column_wrapper w1000" id="ELMTb5Yt2KpL9cWe">
	<div class="col_w640 left">
@@XGBD@@
@@TPBD@@
	</div>
	<div class="col_w340 right">
@@KEPU@@
@@WANGQI@@
	</div>
</div>
""" + FOOT
    zxbd = md("最新报道", "\t\t\t<ul class=\"news_list\">\n" + news_rows(sp) + "\n\t\t\t</ul>", f"{base}/zxbd/index.shtml")
    xgbd = md("相关报道", "\t\t\t<ul class=\"news_list\">\n" + news_rows(sp, False) + "\n\t\t\t</ul>")
    tpbd = md("图片报道", "\t\t\t<ul class=\"pic_list\">\n" + pics + "\n\t\t\t</ul>", f"{base}/tp/index.shtml")
    kp = md("科普知识", "\t\t\t<ul class=\"news_list\">\n" + kepu + "\n\t\t\t</ul>", f"{base}/kp/index.shtml")
    wq = md("往期专题", f'\t\t\t<ul class="news_list"><li><a href="/special/{other["slug"]}/index.shtml">{other["name"]}</a></li><li><a href="/special/index.shtml">更多专题</a></li></ul>')
    return render(page, TITLE=f"{sp['name']}_央视网(cctv.com)", KEYWORDS=f"{sp['name']},专题", DESC=sp["slogan"],
                  SPM=sp["spm"], CTITLE=sp["name"], ITEMID=sp["itemid"], SLUG=sp["slug"], NAME=sp["name"],
                  SLOGAN=sp["slogan"], BASE=base, GUID=guid, VTITLE=vt, BRIEF=brief, ZXBD=zxbd, STITLE=speech.title,
                  SOURCE=sp["source"], TIME=sp["time"], FOLD_OPEN=fold_open, BODY=body, FOLD_BTN=fold_btn,
                  EDITOR=sp["editor"], XGBD=xgbd, TPBD=tpbd, KEPU=kp, WANGQI=wq)


def list_page(title, rows, crumb):
    page = HEAD + """<div class="w1000 list_wrap">
	<div class="crumb">您的位置：<a href="/">央视网新闻</a> &gt; @@CRUMB@@</div>
	<ul class="zt_list">
@@ROWS@@
	</ul>
	<div class="page_nav"><span class="cur">1</span></div>
</div>
""" + FOOT
    return render(page, TITLE=f"{title}_央视网(cctv.com)", KEYWORDS=title, DESC=title, SPM="94212.PzTlist0001",
                  CTITLE=title, ITEMID="", CRUMB=crumb, ROWS=rows)


def build() -> Family:
    fam = Family(HOST, "央视网 (news.cctv.com/special/…) 专题 page: a speech inline under the 专题 banner, 视频 box, 最新报道 / 相关报道 / 图片报道 modules",
                 content_type="text/html")
    for i, sp in enumerate(SPECIALS):
        other = SPECIALS[1 - i]
        base = f"/special/{sp['slug']}"
        fam.put(f"{base}/index.shtml", special_page(sp, other))
        rows = news_rows(sp).replace("\t\t\t\t", "\t\t")
        fam.put(f"{base}/zxbd/index.shtml", list_page(f"最新报道_{sp['name']}", rows,
                                                      f'<a href="{base}/index.shtml">{sp["name"]}</a> &gt; 最新报道'))
        fam.not_documents.append(f"{base}/zxbd/index.shtml")
        fam.doc([f"{base}/index.shtml"], sp["speech"], published_at="-".join(sp["time"][:11].replace("年", "-").replace("月", "-").replace("日", "").split("-")))
    zt_rows = "\n".join(
        f'\t\t<li><a href="/special/{sp["slug"]}/index.shtml" target="_blank"><img src="//p1.img.cctvpic.com/photoAlbum/page/performance/img/2024/{sp["slug"]}/s.jpg" alt="{sp["name"]}" /></a><p><a href="/special/{sp["slug"]}/index.shtml" target="_blank">{sp["name"]}</a></p><span>{sp["time"][:11]}</span></li>'
        for sp in reversed(SPECIALS)
    )
    fam.put("/special/index.shtml", list_page("专题汇总", zt_rows, "专题汇总"))
    home = HEAD + """<div class="w1000 home">
	<div class="md"><div class="md_hd"><span class="mh_title">要闻</span></div><div class="md_bd"><ul class="news_list">
		<li><a href="https://news.cctv.com/2024/09/27/ARTIaB3cD4eF5gH6iJ7kL8mN240927.shtml" target="_blank">国庆假期铁路预计发送旅客1.5亿人次</a></li>
		<li><a href="https://news.cctv.com/2024/09/27/ARTIzY9xW8vU7tS6rQ5pO4nM240927.shtml" target="_blank">多地秋粮陆续开镰收获</a></li>
	</ul></div></div>
	<div class="md"><div class="md_hd"><span class="mh_title">专题</span><a class="mh_option" href="/special/index.shtml">更多&gt;&gt;</a></div><div class="md_bd"><ul class="zt_list">
@@ROWS@@
	</ul></div></div>
</div>
""" + FOOT
    fam.put("/", render(home, TITLE="新闻频道_央视网(cctv.com)", KEYWORDS="新闻,央视网", DESC="央视网新闻频道", SPM="94212.PhomeNews01",
                        CTITLE="", ITEMID="", ROWS=zt_rows))
    fam.not_documents += ["/", "/special/index.shtml"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /search/\n")
    fam.noise += ["视频简介：", "最新报道", "相关报道", "图片报道", "科普知识", "展开全文", "责任编辑：", "京ICP证060535号",
                  "人人讲安全　个个会应急", "新华社记者 李华 摄"]
    fam.note = ("the speech is printed inline on the 专题's index page: the page's <title> is the 专题's name, the speech's "
                "title is the module's h3.tit; published_at is the module's info line (来源：… | 2024年05月12日 10:36); "
                "the second 专题 folds the text behind 展开全文 with all of it in the page (not truncated)")
    return fam
