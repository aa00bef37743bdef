"""全国政协 (cppcc.gov.cn)-like pages on the CNTV-built CMS: `/zxww/2024/05/16/ARTI1715820283412123.shtml`;
page meta (`filetype`, `publishedtype`, `pagetype`, `catalogs`, `contentid`, `publishdate`, `author`,
`source`), the top bar (中国政协 / 人民政协网 / 中国政协杂志 links), logo + search, the red channel nav, the
`cnt_nav` 当前位置 breadcrumb, `cnt_bd` with `<!--repaste.title.begin-->h1<!--repaste.title.end-->`,
the `function` line (`span.info` 来源 + time, 字号 大 中 小, `bdsharebuttonbox` 分享到), the text between
`<!--repaste.body.begin-->` / `<!--repaste.body.end-->` inside `#text_area`, the speaker's name line
centred before one speech and a photo + 楷体 caption in the other, `div.zebian` (编辑 / 责任编辑) under the
text, 相关新闻, the side column (热点推荐, 专题), `var itemid1`/`commentTitle` scripts; channel list
`/zxww/newcppcc/dfzx/index.shtml` → `index_2.shtml` (`ul.list` with `span.time`, `div.page`); footer with
全国政协办公厅 主办, 京ICP备, 京公网安备. UTF-8."""

from common import SPEECHES, Family, render

HOST = "www.zhongguo-zhengxie-like.test"

# speech, date path, ARTI id, headline, source, stamp, editor, resp editor, catalog, crumb
ARTICLES = [
    (SPEECHES["f40b-1"], "2024/05/16", "ARTI1715820283412123",
     "周德明：在政协第十三届委员会常务委员会第八次会议上的讲话", "地方政协", "2024-05-16 09:14",
     "王一帆", "陈晓", "dfzx", "地方政协"),
    (SPEECHES["f40b-2"], "2024/05/11", "ARTI1715386514276401",
     "林秀华委员：打通产教融合“最后一公里” 让职业教育更好服务产业发展", "人民政协报", "2024-05-11 10:32",
     "刘畅", "孙美娟", "dfzx", "地方政协"),
]

FILLER = [
    [("省政协召开专题协商会 聚焦县域商业体系建设", "2024-05-16", "/zxww/2024/05/16/ARTI1715819950286510.shtml"),
     ("市政协组织委员视察城市更新项目推进情况", "2024-05-15", "/zxww/2024/05/15/ARTI1715738821154392.shtml"),
     ("县政协开展“有事好商量”协商议事活动", "2024-05-14", "/zxww/2024/05/14/ARTI1715652016793201.shtml")],
    [("政协委员走进企业 助力民营经济发展", "2024-05-10", "/zxww/2024/05/10/ARTI1715301277643018.shtml"),
     ("区政协召开提案办理协商会", "2024-05-09", "/zxww/2024/05/09/ARTI1715218834902117.shtml")],
]

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
@@META@@<title>@@TITLE@@</title>
<meta name="keywords" content="@@KW@@" />
<meta name="description" content="@@DESC@@" />
<link type="text/css" rel="stylesheet" href="//www.cppcc.gov.cn/Library/zxww/style/public.css" />
<link type="text/css" rel="stylesheet" href="//www.cppcc.gov.cn/Library/zxww/style/@@CSS@@.css" />
<script type="text/javascript" src="//js.data.cctv.com/js/jquery-1.7.2.min.js"></script>
</head>
<body>
<div class="top_bar">
 <div class="w1000">
  <span class="date" id="today"></span>
  <div class="top_link"><a href="/">中国政协网</a> | <a href="http://www.rmzxb.com.cn/" target="_blank">人民政协网</a> | <a href="http://www.cppcc.gov.cn/zxww/newcppcc/zxzz/index.shtml" target="_blank">中国政协杂志</a> | <a href="http://www.cppcc.gov.cn/zxww/newcppcc/wap/index.shtml" target="_blank">手机版</a></div>
 </div>
</div>
<div class="header">
 <div class="w1000">
  <div class="logo"><a href="/"><img src="//www.cppcc.gov.cn/Library/zxww/images/logo.png" alt="中国人民政治协商会议全国委员会" /></a></div>
  <div class="search"><form action="http://search.cppcc.gov.cn/search.html" method="get" target="_blank"><input type="text" name="qtext" class="inp" value="" /><input type="submit" class="btn" value="搜索" /></form></div>
 </div>
</div>
<div class="nav">
 <div class="w1000">
  <ul>
   <li><a href="/">首页</a></li>
   <li><a href="/zxww/newcppcc/zxyw/index.shtml">政协要闻</a></li>
   <li><a href="/zxww/newcppcc/zxjg/index.shtml">政协机构</a></li>
   <li><a href="/zxww/newcppcc/zxwy/index.shtml">委员风采</a></li>
   <li><a href="/zxww/newcppcc/xslz/index.shtml">协商议政</a></li>
   <li><a href="/zxww/newcppcc/taft/index.shtml">提案工作</a></li>
   <li class="cur"><a href="/zxww/newcppcc/dfzx/index.shtml">地方政协</a></li>
   <li><a href="/zxww/newcppcc/zxll/index.shtml">理论研究</a></li>
   <li><a href="/zxww/newcppcc/wszl/index.shtml">文史资料</a></li>
  </ul>
 </div>
</div>
"""

FOOT = """<div class="footer">
 <div class="w1000">
  <p class="links"><a href="/zxww/newcppcc/gywm/index.shtml" target="_blank">关于我们</a> | <a href="/zxww/newcppcc/lxwm/index.shtml" target="_blank">联系我们</a> | <a href="/zxww/newcppcc/wzdt/index.shtml" target="_blank">网站地图</a></p>
  <p>中国人民政治协商会议全国委员会办公厅主办　版权所有</p>
  <p><a href="https://beian.miit.gov.cn/" target="_blank">京ICP备05064018号-1</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010202008812" target="_blank">京公网安备 11010202008812号</a></p>
 </div>
</div>
<script type="text/javascript">
var d=new Date();document.getElementById("today").innerHTML=d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日";
</script>
<script type="text/javascript" src="//js.data.cctv.com/__aplus_plugin_cctv.js,aplus_plugin_aplus_u.js"></script>
</body>
</html>
"""

SIDE = """<div class="col_right">
   <div class="box_r">
    <div class="tit_r"><span>热点推荐</span></div>
    <ul class="list_r">
     <li><a href="/zxww/2024/05/16/ARTI1715819950286510.shtml" target="_blank">省政协召开专题协商会 聚焦县域商业体系建设</a></li>
     <li><a href="/zxww/2024/05/15/ARTI1715738821154392.shtml" target="_blank">市政协组织委员视察城市更新项目推进情况</a></li>
     <li><a href="/zxww/2024/05/10/ARTI1715301277643018.shtml" target="_blank">政协委员走进企业 助力民营经济发展</a></li>
    </ul>
   </div>
   <div class="box_r">
    <div class="tit_r"><span>专题</span></div>
    <div class="zt_img"><a href="/zxww/newcppcc/zt/2024qglh/index.shtml" target="_blank"><img src="//p1.img.cctvpic.com/photoAlbum/page/performance/img/2024/3/1/1709256321654_112.jpg" alt="2024全国两会" /></a></div>
   </div>
  </div>"""


def page_name(a):
    return f"/zxww/{a[1]}/{a[2]}.shtml"


def article(a, other):
    speech, dpath, arti, title, source, stamp, editor, reditor, cat, crumb = a
    paras = "\n".join(f"<p>　　{p}</p>" for p in speech.paras)
    if a is ARTICLES[0]:
        paras = '<p style="text-align: center;">周德明</p>\n<p style="text-align: center;">（2024年5月15日）</p>\n' + paras
    else:
        paras = (
            '<p style="text-align: center;"><img src="//p3.img.cctvpic.com/photoworkspace/contentimg/2024/05/11/2024051110321496512.jpg" alt="" width="500" /></p>\n'
            '<p style="text-align: center;"><span style="font-family: 楷体, 楷体_GB2312;">林秀华委员在双周协商座谈会上发言。记者 齐波 摄</span></p>\n' + paras
        )
    meta = f"""<meta name="filetype" content="1" />
<meta name="publishedtype" content="1" />
<meta name="pagetype" content="1" />
<meta name="catalogs" content="PAGE1385534412345{cat}" />
<meta name="contentid" content="{arti}" />
<meta name="publishdate" content="{stamp[:10]}" />
<meta name="author" content="{editor}" />
<meta name="source" content="{source}" />
"""
    page = HEAD + """<div class="column_wrapper w1000">
 <div class="col_left">
  <div class="cnt_nav">当前位置：<a href="/">首页</a> &gt; <a href="/zxww/newcppcc/@@CAT@@/index.shtml">@@CRUMB@@</a> &gt; 正文</div>
  <div class="cnt_bd">
   <!--repaste.title.begin--><h1>@@H@@</h1><!--repaste.title.end-->
   <div class="function">
    <span class="info"><i>来源：<a href="javascript:void(0);">@@SOURCE@@</a>　@@STAMP@@</i></span>
    <span class="font">字号：<a href="javascript:void(0);" onclick="setFontSize(18)">大</a> <a href="javascript:void(0);" onclick="setFontSize(16)">中</a> <a href="javascript:void(0);" onclick="setFontSize(14)">小</a></span>
    <div class="bdsharebuttonbox"><span>分享到：</span><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div>
   </div>
   <div class="cnt_text" id="text_area">
<!--repaste.body.begin-->@@BODY@@<!--repaste.body.end-->
   </div>
   <div class="zebian"><span>编辑：@@EDITOR@@</span>　<span>责任编辑：@@REDITOR@@</span></div>
  </div>
  <div class="xgxw">
   <div class="tit"><span>相关新闻</span></div>
   <ul>
    <li><a href="@@OURL@@" target="_blank">@@OH@@</a><span class="time">@@ODAY@@</span></li>
   </ul>
  </div>
 </div>
 @@SIDE@@
</div>
<script type="text/javascript">
var itemid1 = "@@ARTI@@";
var commentTitle = "@@H@@";
var publishDate = "@@PD@@";
function setFontSize(s){$("#text_area p").css("font-size",s+"px");}
</script>
<script>window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"","bdMini":"2","bdPic":"","bdStyle":"0","bdSize":"16"},"share":{}};with(document)0[(getElementsByTagName('head')[0]||body).appendChild(createElement('script')).src='http://bdimg.share.baidu.com/static/api/js/share.js?v=89860593.js?cdnversion='+~(-new Date()/36e5)];</script>
""" + FOOT
    return render(
        page,
        META=meta,
        TITLE=f"{title}_中国政协网",
        KW=title,
        DESC=title,
        CSS="content",
        CAT=cat,
        CRUMB=crumb,
        H=title,
        SOURCE=source,
        STAMP=stamp,
        BODY=paras,
        EDITOR=editor,
        REDITOR=reditor,
        OURL=page_name(other),
        OH=other[3],
        ODAY=other[5][:10],
        SIDE=SIDE,
        ARTI=arti,
        PD=stamp.replace("-", "").replace(" ", "").replace(":", "") + "00",
    )


def list_page(n):
    a = ARTICLES[n]
    items = [(a[3], a[5][:10], page_name(a))] + FILLER[n]
    lis = "\n".join(f'<li><a href="{h}" target="_blank">{t}</a><span class="time">{d}</span></li>' for t, d, h in items)
    pg = (
        '<div class="page"><span class="cur">1</span><a href="index_2.shtml">2</a><a href="index_2.shtml">下一页</a><a href="index_2.shtml">尾页</a></div>'
        if n == 0
        else '<div class="page"><a href="index.shtml">首页</a><a href="index.shtml">上一页</a><a href="index.shtml">1</a><span class="cur">2</span></div>'
    )
    page = HEAD + """<div class="column_wrapper w1000">
 <div class="col_left">
  <div class="cnt_nav">当前位置：<a href="/">首页</a> &gt; 地方政协</div>
  <ul class="list">
@@LIS@@
  </ul>
  @@PG@@
 </div>
 @@SIDE@@
</div>
""" + FOOT
    return render(page, META="", TITLE="地方政协_中国政协网", KW="地方政协", DESC="中国政协网地方政协频道", CSS="list", LIS=lis, PG=pg, SIDE=SIDE)


def home():
    a, b = ARTICLES
    page = HEAD + """<div class="w1000 index">
 <div class="ttxw"><h2><a href="/zxww/2024/05/16/ARTI1715819950286510.shtml" target="_blank">省政协召开专题协商会 聚焦县域商业体系建设</a></h2></div>
 <div class="idx_box">
  <div class="idx_tit"><a href="/zxww/newcppcc/dfzx/index.shtml">地方政协</a><a href="/zxww/newcppcc/dfzx/index.shtml" class="more">更多&gt;&gt;</a></div>
  <ul><li><a href="@@U1@@" target="_blank">@@H1@@</a></li><li><a href="@@U2@@" target="_blank">@@H2@@</a></li></ul>
 </div>
</div>
""" + FOOT
    return render(page, META="", TITLE="中国政协网", KW="中国政协,全国政协,人民政协", DESC="中国人民政治协商会议全国委员会官方网站", CSS="index",
                  U1=page_name(a), H1=a[3], U2=page_name(b), H2=b[3])


def build() -> Family:
    fam = Family(
        HOST,
        "cppcc.gov.cn-like 全国政协 site on the CNTV-built CMS: /zxww/Y/M/D/ARTI….shtml, cnt_nav 当前位置, repaste.title/body markers, function line (来源/time/字号/分享到), #text_area, zebian 编辑/责任编辑, 相关新闻, 热点推荐 side",
    )
    for i, a in enumerate(ARTICLES):
        fam.put(page_name(a), article(a, ARTICLES[1 - i]))
        fam.doc([page_name(a)], a[0], title=a[3], published_at=a[5][:10])
    fam.put("/", home())
    fam.put("/zxww/newcppcc/dfzx/index.shtml", list_page(0))
    fam.put("/zxww/newcppcc/dfzx/index_2.shtml", list_page(1))
    fam.not_documents += ["/", "/zxww/newcppcc/dfzx/index.shtml", "/zxww/newcppcc/dfzx/index_2.shtml"]
    fam.put("/robots.txt", "User-agent: *\nDisallow:\n")
    fam.noise += [
        "当前位置：",
        "字号：",
        "分享到：",
        "责任编辑：陈晓",
        "相关新闻",
        "热点推荐",
        "林秀华委员在双周协商座谈会上发言。记者 齐波 摄",
        "京ICP备05064018号-1",
        "中国人民政治协商会议全国委员会办公厅主办",
    ]
    return fam
