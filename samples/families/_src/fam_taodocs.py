"""淘豆网 (taodocs.com)-like document page: `/p-NNNNNNN.html` titled `<file>.doc - 淘豆网` with the
uploader's file name (not the speech's title, which is the first line of the text), the info line
(上传人 / 文档编号 / 上传时间 / 格式 / 页数 / 大小) with 下载此文档 / 收藏 / 举报 under the `h1`, the page
images (`alt="….doc_第N页"`, lazy-loaded through `data-original`) with `第N页 / 共M页` under each, a
`点击查看更多>>` / `下载此文档` bar, then the `文档介绍：` block: the Word file's text as `<br />` lines,
its own title first, ending in the site's tag `内容来自淘豆网www.…转载请标明出处.`; both documents'
text is complete (the site sells the download, the text is printed for search engines); 相关文档 (the
other), 该用户的其他文档, 最新文档, the 免责声明 box and the footer with its ICP line. Listing
`/c-85.html` → `/c-85-2.html`; home → listing."""

from common import SPEECHES, Family, render

HOST = "www.taodou-doc.test"
CLAIM = "内容来自淘豆网www.taodou-doc.test转载请标明出处."

DOCS = [
    {
        "speech": SPEECHES["f42d-1"],
        "pid": 8812457,
        "file": "2024年镇党委书记在防汛抗旱工作部署会上的讲话（精选）",
        "ext": "doc",
        "user": "清风笔杆",
        "uid": 2283451,
        "uptime": "2024-05-16",
        "pages": 4,
        "size": "31.50KB",
        "price": 10,
    },
    {
        "speech": SPEECHES["f42d-4"],
        "pid": 8790113,
        "file": "区长在物业管理服务提升推进会讲话",
        "ext": "docx",
        "user": "xzwm2019",
        "uid": 1976602,
        "uptime": "2024-05-02",
        "pages": 4,
        "size": "23.18KB",
        "price": 8,
    },
]

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<meta name="mobile-agent" content="format=html5;url=http://m.taodou-doc.test@@PATH@@" />
<link rel="stylesheet" type="text/css" href="//static.taodou-doc.test/css/global.css?v=20200916" />
<link rel="stylesheet" type="text/css" href="//static.taodou-doc.test/css/@@CSS@@.css?v=20200916" />
<script type="text/javascript" src="//static.taodou-doc.test/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="//static.taodou-doc.test/js/jquery.lazyload.min.js"></script>
</head>
<body>
<div class="top">
	<div class="w1200 clearfix">
		<div class="top_l fl">淘豆网，专业文档分享平台！</div>
		<div class="top_r fr" id="topLogin"><a href="/login.html" rel="nofollow">登录</a>|<a href="/reg.html" rel="nofollow">免费注册</a>|<a href="/upload.html" rel="nofollow">上传文档</a>|<a href="/vip.html" rel="nofollow" class="red">开通VIP</a></div>
	</div>
</div>
<div class="head w1200 clearfix">
	<div class="logo fl"><a href="/"><img src="//static.taodou-doc.test/images/logo.png" alt="淘豆网" /></a></div>
	<div class="search fl">
		<form action="/search.html" method="get" target="_blank"><input type="text" name="q" class="s_txt" value="" placeholder="请输入关键词" /><input type="submit" class="s_btn" value="搜索" /></form>
		<p class="hot_word">热门搜索：<a href="/search.html?q=%E8%AE%B2%E8%AF%9D%E7%A8%BF" target="_blank">讲话稿</a><a href="/search.html?q=%E5%BF%83%E5%BE%97%E4%BD%93%E4%BC%9A" target="_blank">心得体会</a><a href="/search.html?q=%E5%B7%A5%E4%BD%9C%E6%80%BB%E7%BB%93" target="_blank">工作总结</a></p>
	</div>
	<div class="upload fr"><a href="/upload.html" rel="nofollow"><img src="//static.taodou-doc.test/images/upload_btn.png" alt="上传文档" /></a></div>
</div>
<div class="nav">
	<ul class="w1200 clearfix">
		<li><a href="/">首页</a></li>
		<li><a href="/c-80.html">IT计算机</a></li>
		<li><a href="/c-81.html">行业资料</a></li>
		<li class="on"><a href="/c-85.html">党政相关</a></li>
		<li><a href="/c-86.html">办公文档</a></li>
		<li><a href="/c-87.html">中学教育</a></li>
		<li><a href="/c-88.html">资格考试</a></li>
		<li><a href="/c-89.html">生活休闲</a></li>
	</ul>
</div>
"""

FOOT = """<div class="footer">
	<div class="w1200">
		<p class="foot_link"><a href="/help/about.html" rel="nofollow">关于我们</a> - <a href="/help/service.html" rel="nofollow">网站声明</a> - <a href="/help/contact.html" rel="nofollow">联系我们</a> - <a href="/help/tort.html" rel="nofollow">侵权投诉</a> - <a href="/help/index.html" rel="nofollow">帮助中心</a> - <a href="/sitemap.html">网站地图</a></p>
		<p>本站为文档C2C交易模式，即用户上传的文档直接被用户下载，本站只是中间服务平台，本站所有文档下载所得的收益归上传人（含作者）所有。</p>
		<p>Copyright &copy; 2013-2024 淘豆网 All Rights Reserved <a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">闽ICP备13021875号-3</a></p>
	</div>
</div>
<div style="display:none;">
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?a7c21f3e90d84b65c1e2f09d3b7a6e58";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</div>
</body>
</html>
"""

DETAIL = """<div class="w1200 crumbs"><a href="/">淘豆网</a> &gt; <a href="/c-85.html">党政相关</a> &gt; <a href="/c-85.html">讲话致辞</a> &gt; <span>@@FILE@@</span></div>
<div class="w1200 clearfix">
<div class="doc_l fl">
	<div class="doc_title">
		<h1><i class="ico_@@EXT@@"></i>@@FILE@@</h1>
		<div class="doc_info">
			<span>上传人：<a href="/u-@@UID@@.html" target="_blank" rel="nofollow">@@USER@@</a></span>
			<span>文档编号：@@PID@@</span>
			<span>上传时间：@@UPTIME@@</span>
			<span>格式：@@EXTU@@</span>
			<span>页数：@@PAGES@@</span>
			<span>大小：@@SIZE@@</span>
		</div>
		<div class="doc_btns">
			<a href="/download-@@PID@@.html" class="btn_down" rel="nofollow">下载此文档</a>
			<a href="javascript:;" class="btn_fav" onclick="addFavorite(@@PID@@)" rel="nofollow">收藏</a>
			<a href="/help/tort.html?id=@@PID@@" class="btn_report" rel="nofollow" target="_blank">举报</a>
			<div class="bdsharebuttonbox"><span>分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_sqq" data-cmd="sqq" title="分享到QQ好友"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div>
		</div>
	</div>
	<div class="doc_view" id="docView">
@@IMAGES@@
		<div class="view_more"><a href="javascript:;" id="loadMore" rel="nofollow">点击查看更多&gt;&gt;</a></div>
		<div class="view_down"><p>该文档共<em>@@PAGES@@</em>页，下载后可编辑，售价<em>@@PRICE@@</em>元</p><a href="/download-@@PID@@.html" class="btn_down_big" rel="nofollow">下载此文档</a></div>
	</div>
	<div class="doc_intro">
		<div class="intro_t">文档介绍：</div>
		<div class="intro_c">@@INTRO@@</div>
	</div>
	<div class="doc_statement">
		<p><b>免责声明：</b></p>
		<p>1. 本站所有文档均为用户上传分享，仅供在线阅读和学习交流，版权归原作者所有；</p>
		<p>2. 如您认为文档侵犯了您的权益，请点击“<a href="/help/tort.html?id=@@PID@@" rel="nofollow" target="_blank">侵权投诉</a>”，本站将在核实后及时删除；</p>
		<p>3. 下载前请先预览，预览内容跟原文是一样的，在线预览图片经过高度压缩，下载原文更清晰。</p>
	</div>
	<div class="doc_relate">
		<div class="relate_t">相关文档</div>
		<ul class="clearfix">
			<li><i class="ico_@@OEXT@@"></i><a href="/p-@@OPID@@.html" target="_blank" title="@@OFILE@@">@@OFILE@@</a><span>@@OPAGES@@页</span></li>
			<li><i class="ico_doc"></i><a href="/p-8765092.html" target="_blank" title="乡镇防汛应急预案（2024年修订）.doc">乡镇防汛应急预案（2024年修订）.doc</a><span>9页</span></li>
			<li><i class="ico_docx"></i><a href="/p-8701374.html" target="_blank" title="小区物业服务质量考核办法.docx">小区物业服务质量考核办法.docx</a><span>6页</span></li>
		</ul>
	</div>
</div>
<div class="doc_r fr">
	<div class="user_box">
		<div class="user_info clearfix"><img src="//static.taodou-doc.test/images/avatar.png" alt="@@USER@@" class="fl" /><p class="name"><a href="/u-@@UID@@.html" target="_blank" rel="nofollow">@@USER@@</a></p><p class="data">文档：@@UDOCS@@　粉丝：@@UFANS@@</p></div>
		<a href="/u-@@UID@@.html" class="btn_shop" target="_blank" rel="nofollow">进入TA的店铺</a>
	</div>
	<div class="r_box">
		<div class="r_t">该用户的其他文档</div>
		<ul>
			<li><a href="/p-@@U1ID@@.html" target="_blank">@@U1@@</a></li>
			<li><a href="/p-@@U2ID@@.html" target="_blank">@@U2@@</a></li>
		</ul>
	</div>
	<div class="r_box">
		<div class="r_t">最新文档</div>
		<ul>
			<li><a href="/p-8813002.html" target="_blank">2024年上半年工作总结和下半年工作计划.docx</a></li>
			<li><a href="/p-8812998.html" target="_blank">党支部书记抓基层党建工作述职报告.doc</a></li>
			<li><a href="/p-8812960.html" target="_blank">学习贯彻党纪学习教育交流发言材料.docx</a></li>
		</ul>
	</div>
	<div class="r_ad"><a href="/vip.html" rel="nofollow"><img src="//static.taodou-doc.test/images/vip_ad.jpg" alt="开通VIP 海量文档免费下" /></a></div>
</div>
</div>
<script type="text/javascript">
var docid = @@PID@@, pagecount = @@PAGES@@;
$(function(){ $("img.lazy").lazyload({effect:"fadeIn"}); });
window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"","bdMini":"2","bdPic":"","bdStyle":"0","bdSize":"24"},"share":{}};with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='http://bdimg.share.baidu.com/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];
</script>
"""

USER_OTHERS = {
    2283451: [(8812311, "防汛抗旱工作总结汇报材料.docx"), (8811906, "镇长在安全生产工作会议上的讲话.doc")],
    1976602: [(8789844, "老旧小区改造工作推进会讲话.docx"), (8789520, "社区网格化管理工作汇报.doc")],
}


def images(d):
    out = []
    for n in range(1, d["pages"] + 1):
        out.append(
            f"""		<div class="page" id="page{n}"><img class="lazy" src="//static.taodou-doc.test/images/loading.gif" data-original="//img.taodou-doc.test/doc/{d["pid"] % 1000}/{d["pid"]}/{n}.jpg" alt="{d["file"]}.{d["ext"]}_第{n}页" width="818" />
			<div class="page_num">第{n}页 / 共{d["pages"]}页</div></div>"""
        )
    return "\n".join(out)


def intro(d):
    # the Word file's text as the site prints it: one line per paragraph, its own title first
    lines = [d["speech"].title] + d["speech"].paras + [CLAIM]
    return "<br />\n".join(lines)


def doc_page(d, o):
    file = f"{d['file']}.{d['ext']}"
    ofile = f"{o['file']}.{o['ext']}"
    others = USER_OTHERS[d["uid"]]
    return render(
        HEAD + DETAIL + FOOT,
        TITLE=f"{file} - 淘豆网",
        KEYWORDS=f"{d['file']},讲话稿,淘豆网",
        DESC=f"{d['speech'].paras[0]}{d['speech'].paras[1][:60]}…",
        PATH=f"/p-{d['pid']}.html",
        CSS="doc",
        FILE=file,
        EXT=d["ext"],
        EXTU=d["ext"].upper(),
        UID=d["uid"],
        USER=d["user"],
        PID=d["pid"],
        UPTIME=d["uptime"],
        PAGES=d["pages"],
        SIZE=d["size"],
        PRICE=d["price"],
        IMAGES=images(d),
        INTRO=intro(d),
        OEXT=o["ext"],
        OPID=o["pid"],
        OFILE=ofile,
        OPAGES=o["pages"],
        UDOCS=138 if d["uid"] == 2283451 else 57,
        UFANS=12 if d["uid"] == 2283451 else 3,
        U1ID=others[0][0],
        U1=others[0][1],
        U2ID=others[1][0],
        U2=others[1][1],
    )


LIST = """<div class="w1200 crumbs"><a href="/">淘豆网</a> &gt; <span>党政相关</span></div>
<div class="w1200 clearfix">
<div class="list_l fl">
	<div class="list_sort"><a href="/c-85.html" class="on">最新上传</a><a href="/c-85-hot.html" rel="nofollow">热门文档</a></div>
	<ul class="doc_list">
@@ITEMS@@
	</ul>
	<div class="pagination">@@PAGER@@</div>
</div>
<div class="list_r fr">
	<div class="r_box"><div class="r_t">党政相关</div><ul class="sub_cat"><li><a href="/c-85.html">讲话致辞</a></li><li><a href="/c-85.html">述职报告</a></li><li><a href="/c-85.html">心得体会</a></li></ul></div>
</div>
</div>
"""


def list_item(d):
    file = f"{d['file']}.{d['ext']}"
    return f"""		<li class="clearfix"><div class="pic fl"><a href="/p-{d["pid"]}.html" target="_blank"><img src="//img.taodou-doc.test/doc/{d["pid"] % 1000}/{d["pid"]}/s.jpg" alt="{file}" /></a></div>
		<div class="txt fl"><h3><i class="ico_{d["ext"]}"></i><a href="/p-{d["pid"]}.html" target="_blank" title="{file}">{file}</a></h3>
		<p class="summary">{d["speech"].paras[1][:80]}…</p>
		<p class="info"><span>页数：{d["pages"]}</span><span>上传人：{d["user"]}</span><span>{d["uptime"]}</span></p></div></li>"""


def build() -> Family:
    fam = Family(
        HOST,
        "淘豆网 (taodocs) document page: file-name title, info line, page images, 文档介绍 text with the site's claim line",
    )
    pagers = {
        1: '<span class="current">1</span><a href="/c-85-2.html">2</a><a href="/c-85-2.html">下一页</a><a href="/c-85-2.html">尾页</a>',
        2: '<a href="/c-85.html">首页</a><a href="/c-85.html">上一页</a><a href="/c-85.html">1</a><span class="current">2</span>',
    }
    for page, d in ((1, DOCS[0]), (2, DOCS[1])):
        path = "/c-85.html" if page == 1 else "/c-85-2.html"
        fam.put(
            path,
            render(
                HEAD + LIST + FOOT,
                TITLE="党政相关" + ("" if page == 1 else "_第2页") + " - 淘豆网",
                KEYWORDS="党政相关,讲话致辞,述职报告",
                DESC="淘豆网党政相关频道，提供讲话致辞、述职报告等文档在线阅读与下载",
                PATH=path,
                CSS="list",
                ITEMS=list_item(d),
                PAGER=pagers[page],
            ),
        )
    home = """<div class="w1200 index_box clearfix">
	<div class="index_cat fl"><div class="cat_t"><a href="/c-85.html">党政相关</a><a href="/c-85.html" class="more">更多&gt;&gt;</a></div>
	<ul><li><i class="ico_@@EXT@@"></i><a href="/p-@@PID@@.html" target="_blank" title="@@FILE@@">@@FILE@@</a></li></ul></div>
	<div class="index_login fr"><p>登录淘豆网，上传文档赚钱</p><a href="/login.html" rel="nofollow">立即登录</a></div>
</div>
"""
    fam.put(
        "/",
        render(
            HEAD + home + FOOT,
            TITLE="淘豆网-专业文档分享平台",
            KEYWORDS="淘豆网,文档分享,文档下载,在线阅读",
            DESC="淘豆网是专业的文档分享平台，海量文档在线阅读与下载",
            PATH="/",
            CSS="index",
            EXT=DOCS[0]["ext"],
            PID=DOCS[0]["pid"],
            FILE=f"{DOCS[0]['file']}.{DOCS[0]['ext']}",
        ),
    )
    fam.not_documents += ["/", "/c-85.html", "/c-85-2.html"]
    for i, d in enumerate(DOCS):
        path = f"/p-{d['pid']}.html"
        fam.put(path, doc_page(d, DOCS[1 - i]))
        fam.doc([path], d["speech"], published_at=d["uptime"])
    fam.note = (
        "title is the speech's own, the first line of the 文档介绍 text (the page heads it with the uploaded "
        "file's name); published_at is the 上传时间; the text ends before the site's 内容来自淘豆网…转载请标明出处. line"
    )
    fam.put("/robots.txt", "User-agent: *\nDisallow: /download-\nDisallow: /search.html\nDisallow: /u-\n")
    fam.noise += [
        "2024年镇党委书记在防汛抗旱工作部署会上的讲话（精选）",
        "区长在物业管理服务提升推进会讲话",
        "上传人：",
        "清风笔杆",
        "xzwm2019",
        "文档编号：",
        "格式：DOC",
        "下载此文档",
        "第1页 / 共4页",
        "点击查看更多",
        "售价",
        "文档介绍：",
        "内容来自淘豆网",
        "转载请标明出处",
        "免责声明",
        "侵权投诉",
        "相关文档",
        "乡镇防汛应急预案",
        "该用户的其他文档",
        "进入TA的店铺",
        "最新文档",
        "闽ICP备13021875号-3",
    ]
    return fam
