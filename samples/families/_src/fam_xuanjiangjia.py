"""宣讲家网 (www.71.cn)-like lecture site: a lecture's 文稿 published at `/YYYY/MMDD/N.shtml` and
continued on `N_2.shtml`, `N_3.shtml` (pager `共3页: 上一页 1 2 3 下一页`); the page heads the text
with the 文稿 / 视频 / 音频 tabs of the lecture (the 视频 and 音频 pages are separate pages with the
player and a 内容简介), a 主讲人 box (photo, name, 简介) and an editor's 【导读】 on page 1 only;
the h1 of one lecture carries the speaker's name (`李明远：…`); `（根据录音整理…）` closing line,
责任编辑, 【字体】【打印】【关闭】, share bar, 推荐文稿 / 相关视频 lists, copy-protection script that
appends a 来源 to copied text. Served as `text/html` without a charset, UTF-8 in the meta tag."""

from common import SPEECHES, Family, render, split_paras

HOST = "www.xuanjiangjia-like.test"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>@@TITLE@@</title>
<meta name="keywords" content="@@KEYWORDS@@" />
<meta name="description" content="@@DESC@@" />
<link href="/statics/css/common.css" rel="stylesheet" type="text/css" />
<link href="/statics/css/article.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/statics/js/jquery.min.js"></script>
<script type="text/javascript" src="/statics/js/common.js"></script>
</head>
<body>
<div class="topbar"><div class="w1000"><span class="fl">您好，欢迎来到宣讲家网！　<a href="/member/login.shtml" rel="nofollow">登录</a> | <a href="/member/register.shtml" rel="nofollow">注册</a></span><span class="fr"><a href="/app/" target="_blank">宣讲家APP</a> | <a href="javascript:;" onclick="AddFavorite(window.location,document.title)">加入收藏</a> | <a href="/help/about.shtml">关于我们</a></span></div></div>
<div class="header w1000">
<div class="logo"><a href="/"><img src="/statics/images/logo.png" alt="宣讲家网" width="300" height="70" /></a></div>
<div class="search"><form action="/search/" method="get" target="_blank"><select name="type"><option value="wengao">文稿</option><option value="video">视频</option><option value="audio">音频</option></select><input type="text" name="q" class="s_text" value="" /><input type="submit" class="s_btn" value="搜 索" /></form></div>
</div>
<div class="nav"><ul class="w1000">
<li><a href="/">首页</a></li>
<li><a href="/llzy/">理论资源</a></li>
<li><a href="/wengao/" @@CUR@@>文稿</a></li>
<li><a href="/shipin/">视频</a></li>
<li><a href="/yinpin/">音频</a></li>
<li><a href="/zhuanjia/">专家库</a></li>
<li><a href="/dangjian/">党建</a></li>
<li><a href="/zhuanti/">专题</a></li>
</ul></div>
"""

FOOT = """<div class="footer">
<div class="w1000">
<p><a href="/help/about.shtml">关于我们</a> | <a href="/help/contact.shtml">联系我们</a> | <a href="/help/copyright.shtml">版权声明</a> | <a href="/help/join.shtml">合作加盟</a> | <a href="/help/map.shtml">网站地图</a></p>
<p>宣讲家网 版权所有 未经书面授权 不得复制或建立镜像</p>
<p>主办单位：宣讲家网编辑部　<a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">京ICP备10205627号-1</a>　京公网安备 11010202000731号</p>
</div>
</div>
<script type="text/javascript">
document.body.oncopy = function () {
  setTimeout(function () {
    var text = window.getSelection ? window.getSelection().toString() : "";
    if (text.length > 50 && window.clipboardData) {
      window.clipboardData.setData("Text", text + "\\r\\n本文来源于宣讲家网，原文链接：" + location.href);
    }
  }, 0);
};
</script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?4b2e8a1d6c3f9e0b7a5d2c1e8f3a6b9d";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script>
</body>
</html>
"""

LECTURES = [
    {
        "speech": SPEECHES["f53b-1"],
        "id": 1219876,
        "day": "2024/0314",
        "time": "2024-03-14 09:30:12",
        "h1": "李明远：数字经济时代的县域产业转型",
        "speaker": "李明远",
        "photo": "/uploadfile/zhuanjia/2019/0612/limingyuan.jpg",
        "bio": "国家行政学院经济学部教授、博士生导师，中国区域经济学会常务理事。主要研究方向为区域经济与产业政策，著有《县域经济发展论》《数字时代的产业组织》等。",
        "daodu": "县域经济怎么转、往哪里转，关系到共同富裕能不能在基层落地。李明远教授认为，数字经济正在削弱县域“离市场远、信息不对称、人才留不住”的劣势，县域转型要避开“重硬件轻应用”等误区，抓住特色产业链数字化、农村电商提质和公共服务数字化三个环节。",
        "parts": 3,
        "editor": "张晓彤",
        "column": ("经济建设", "/wengao/jingji/"),
        "video": 1219877,
        "audio": 1219878,
        "tail": "（本文系作者在全国县委书记研修班上的讲座，宣讲家网根据录音整理，已经本人审阅）",
        "photo_in_text": None,
    },
    {
        "speech": SPEECHES["f53b-2"],
        "id": 1234502,
        "day": "2024/0521",
        "time": "2024-05-21 15:02:47",
        "h1": "讲好身边故事 做好基层理论宣讲",
        "speaker": "周红梅",
        "photo": "/uploadfile/zhuanjia/2021/0308/zhouhongmei.jpg",
        "bio": "全国基层理论宣讲先进个人，某市“百姓名嘴”宣讲团团长，从事基层理论宣讲工作十五年，累计宣讲一千余场。",
        "daodu": "理论宣讲最怕台上讲得口干舌燥、台下听得昏昏欲睡。周红梅结合十几年基层宣讲经历，谈了宣讲故事从哪里来、怎么讲，以及年轻宣讲员应当具备的素质。",
        "parts": 2,
        "editor": "刘思远",
        "column": ("党的建设", "/wengao/dangjian/"),
        "video": 1234503,
        "audio": None,
        "tail": "（本文根据作者在市委宣传部基层宣讲骨干培训班上的讲课录音整理，未经本人审阅）",
        "photo_in_text": ("/uploadfile/2024/0521/20240521030112483.jpg", "周红梅在培训班上授课。宣讲家网 资料图"),
    },
]

OTHERS = [
    ("/2024/0611/1241193.shtml", "王建平：新时代的基层治理现代化", "2024-06-11"),
    ("/2024/0428/1229940.shtml", "陈立新：科技自立自强的战略意义", "2024-04-28"),
    ("/2024/0402/1224516.shtml", "如何理解发展新质生产力", "2024-04-02"),
    ("/2024/0219/1211087.shtml", "赵岩：全面深化改革的方法论", "2024-02-19"),
    ("/2024/0123/1206632.shtml", "黄河流域生态保护的实践与思考", "2024-01-23"),
]


def page_url(lec, n=1):
    return f"/{lec['day']}/{lec['id']}.shtml" if n == 1 else f"/{lec['day']}/{lec['id']}_{n}.shtml"


def pager(lec, n):
    if lec["parts"] == 1:
        return ""
    parts = [f'共{lec["parts"]}页: ']
    parts.append(f'<a href="{page_url(lec, n - 1)}">上一页</a>' if n > 1 else '<a class="a1">上一页</a>')
    for k in range(1, lec["parts"] + 1):
        parts.append(f"<span>{k}</span>" if k == n else f'<a href="{page_url(lec, k)}">{k}</a>')
    parts.append(f'<a href="{page_url(lec, n + 1)}">下一页</a>' if n < lec["parts"] else '<a class="a1">下一页</a>')
    return '<div id="pages" class="text-c">' + " ".join(parts) + "</div>"


def tabs(lec, on):
    day = lec["day"]
    out = [f'<a href="{page_url(lec)}"' + (' class="on"' if on == "wg" else "") + ">文稿</a>"]
    out.append(f'<a href="/{day}/{lec["video"]}.shtml"' + (' class="on"' if on == "sp" else "") + ">视频</a>")
    if lec["audio"]:
        out.append(f'<a href="/{day}/{lec["audio"]}.shtml"' + (' class="on"' if on == "yp" else "") + ">音频</a>")
    else:
        out.append('<a class="none" title="暂无音频">音频</a>')
    return '<div class="wg_tab">' + "".join(out) + "</div>"


def zjr_box(lec):
    return f"""<div class="zjr_box clearfix">
<div class="zjr_pic"><a href="/zhuanjia/{lec['speaker']}/" target="_blank"><img src="{lec['photo']}" width="100" height="125" alt="{lec['speaker']}" /></a></div>
<dl class="zjr_txt"><dt>主讲人：<a href="/zhuanjia/{lec['speaker']}/" target="_blank">{lec['speaker']}</a></dt><dd>{lec['bio']}</dd></dl>
</div>"""


def side(lec):
    rows = "\n".join(f'<li><a href="{u}" target="_blank" title="{t}">{t}</a></li>' for u, t, _ in OTHERS[:4])
    return f"""<div class="right">
<div class="r_box"><h3>主讲人其他文稿</h3><ul>
<li><a href="/zhuanjia/{lec['speaker']}/" target="_blank">{lec['speaker']}的全部文稿&gt;&gt;</a></li>
</ul></div>
<div class="r_box"><h3>热点文稿</h3><ul>
{rows}
</ul></div>
<div class="r_app"><img src="/statics/images/app_ewm.png" width="120" height="120" alt="" /><p>扫码下载宣讲家APP</p><p>随时随地听讲座</p></div>
</div>"""


def article(lec, other, n, runs):
    s = lec["speech"]
    first = n == 1
    last = n == lec["parts"]
    paras = []
    for i, p in enumerate(runs[n - 1]):
        paras.append(f"<p>　　{p}</p>")
        if first and i == 0 and lec["photo_in_text"]:
            src, cap = lec["photo_in_text"]
            paras.append(f'<p style="text-align: center;"><img src="{src}" alt="" width="500" height="333" /></p>')
            paras.append(f'<p style="text-align: center;"><span style="font-family: 楷体_GB2312;">{cap}</span></p>')
    if last:
        paras.append(f'<p style="text-align: right;">{lec["tail"]}</p>')
    body = "\n".join(paras)
    top = ""
    if first:
        top = zjr_box(lec) + f'\n<div class="daodu"><strong>【导读】</strong>{lec["daodu"]}</div>'
    recom = "\n".join(
        f'<li><span>{d}</span><a href="{u}" target="_blank">{t}</a></li>'
        for u, t, d in [(page_url(other), other["h1"], other["time"][:10])] + OTHERS[:5]
    )
    title = lec["h1"] if first else f'{lec["h1"]}(第{n}页)'
    column, colurl = lec["column"]
    page = HEAD + """<div class="w1000 main clearfix">
<div class="position">您现在的位置：<a href="/">首页</a> &gt; <a href="/wengao/">文稿</a> &gt; <a href="@@COLURL@@">@@COLUMN@@</a> &gt; 正文</div>
<div class="left">
<div class="article">
<h1>@@H1@@</h1>
<div class="info"><span class="time">@@TIME@@</span>　<span>来源：宣讲家网</span>　<span>作者：@@SPEAKER@@</span>　<span class="zh">【字体：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】</span></div>
@@TABS@@
@@TOP@@
<div class="article_con" id="article_con">
@@BODY@@
</div>
@@PAGER@@
<div class="zrbj">责任编辑：@@EDITOR@@</div>
<div class="tools clearfix">
<div class="share fl">分享到：<a href="javascript:;" class="wx" title="分享到微信">微信</a><a href="javascript:;" class="wb" title="分享到新浪微博">微博</a><a href="javascript:;" class="qq" title="分享到QQ空间">QQ空间</a></div>
<div class="fr">【<a href="javascript:;" onclick="AddFavorite(window.location,document.title)">收藏</a>】【<a href="javascript:window.print();">打印</a>】【<a href="javascript:window.close();">关闭</a>】</div>
</div>
</div>
<div class="tuijian">
<h3><span>推荐文稿</span></h3>
<ul>
@@RECOM@@
</ul>
</div>
<div class="tuijian sp">
<h3><span>相关视频</span></h3>
<ul class="pic_list">
<li><a href="/@@DAY@@/@@VIDEO@@.shtml"><img src="/uploadfile/video/@@VIDEO@@.jpg" alt="" /><p>@@VTITLE@@</p></a></li>
</ul>
</div>
</div>
@@SIDE@@
</div>
""" + FOOT
    return render(
        page,
        TITLE=f"{title}_宣讲家网",
        KEYWORDS=f"{s.title},{lec['speaker']},宣讲家",
        DESC=lec["daodu"][:100],
        CUR='class="on"',
        COLURL=colurl,
        COLUMN=column,
        H1=lec["h1"],
        TIME=lec["time"],
        SPEAKER=lec["speaker"],
        TABS=tabs(lec, "wg"),
        TOP=top,
        BODY=body,
        PAGER=pager(lec, n),
        EDITOR=lec["editor"],
        RECOM=recom,
        DAY=lec["day"],
        VIDEO=lec["video"],
        VTITLE=f"【视频】{lec['h1']}",
        SIDE=side(lec),
    )


def media_page(lec, kind):
    s = lec["speech"]
    num = lec["video"] if kind == "sp" else lec["audio"]
    if kind == "sp":
        player = f"""<div class="player" id="player_box"><div id="a1"></div>
<script type="text/javascript" src="/statics/ckplayer/ckplayer.js"></script>
<script type="text/javascript">
var flashvars = {{ f: "https://v.xuanjiangjia-like.test/mp4/2024/{num}.mp4", c: 0, p: 1 }};
CKobject.embed("/statics/ckplayer/ckplayer.swf", "a1", "ckplayer_a1", "640", "400", false, flashvars);
</script></div>"""
        label = "视频"
    else:
        player = f'<div class="player audio"><audio controls="controls" preload="none" src="https://v.xuanjiangjia-like.test/mp3/2024/{num}.mp3">您的浏览器不支持音频播放</audio></div>'
        label = "音频"
    page = HEAD + """<div class="w1000 main clearfix">
<div class="position">您现在的位置：<a href="/">首页</a> &gt; <a href="/@@KINDURL@@/">@@LABEL@@</a> &gt; 正文</div>
<div class="left">
<div class="article">
<h1>【@@LABEL@@】@@H1@@</h1>
<div class="info"><span class="time">@@TIME@@</span>　<span>来源：宣讲家网</span>　<span>时长：@@DUR@@</span></div>
@@TABS@@
@@PLAYER@@
<div class="jianjie"><h3>内容简介</h3><p>@@DAODU@@</p></div>
@@ZJR@@
<div class="zrbj">责任编辑：@@EDITOR@@</div>
</div>
</div>
@@SIDE@@
</div>
""" + FOOT
    return render(
        page,
        TITLE=f"【{label}】{lec['h1']}_宣讲家网",
        KEYWORDS=f"{s.title},{label}",
        DESC=lec["daodu"][:100],
        CUR="",
        KINDURL="shipin" if kind == "sp" else "yinpin",
        LABEL=label,
        H1=lec["h1"],
        TIME=lec["time"],
        DUR="01:12:35",
        TABS=tabs(lec, kind),
        PLAYER=player,
        DAODU=lec["daodu"],
        ZJR=zjr_box(lec),
        EDITOR=lec["editor"],
        SIDE=side(lec),
    )


def listing(n):
    items = sorted(
        [(page_url(l), l["h1"], l["time"][:10], l["daodu"][:60] + "……") for l in LECTURES]
        + [(u, t, d, "") for u, t, d in OTHERS],
        key=lambda x: x[2],
        reverse=True,
    )
    older = [
        ("/2023/1215/1198450.shtml", "刘海燕：基层党组织建设的几个着力点", "2023-12-15", ""),
        ("/2023/1128/1195302.shtml", "高质量发展的内涵与路径", "2023-11-28", ""),
        ("/2023/1107/1191877.shtml", "孙伟：中华优秀传统文化的当代价值", "2023-11-07", ""),
    ]
    rows = items if n == 1 else older
    lis = "\n".join(
        f'<li><h4><a href="{u}" target="_blank">{t}</a></h4>' + (f"<p>{d2}</p>" if d2 else "") + f'<span class="date">{d}</span></li>'
        for u, t, d, d2 in rows
    )
    pg = (
        '<div id="pages" class="text-c"><a class="a1">上一页</a> <span>1</span> <a href="/wengao/index_2.shtml">2</a> <a href="/wengao/index_2.shtml">下一页</a></div>'
        if n == 1
        else '<div id="pages" class="text-c"><a href="/wengao/">上一页</a> <a href="/wengao/">1</a> <span>2</span> <a class="a1">下一页</a></div>'
    )
    page = HEAD + """<div class="w1000 main clearfix">
<div class="position">您现在的位置：<a href="/">首页</a> &gt; 文稿</div>
<div class="left"><div class="wg_list">
<ul>
@@LIS@@
</ul>
@@PG@@
</div></div>
</div>
""" + FOOT
    return render(page, TITLE="文稿_宣讲家网" if n == 1 else "文稿_宣讲家网_第2页", KEYWORDS="文稿,讲座,宣讲", DESC="宣讲家网文稿频道", CUR='class="on"', LIS=lis, PG=pg)


def home():
    a = LECTURES[0]
    page = HEAD + """<div class="w1000 main clearfix">
<div class="focus"><a href="@@URL@@" target="_blank"><img src="/uploadfile/2024/0314/focus_1219876.jpg" alt="" /><p>@@H1@@</p></a></div>
<div class="box"><h2><a href="/wengao/">推荐文稿</a><a class="more" href="/wengao/">更多&gt;&gt;</a></h2><ul>
<li><a href="@@URL@@" target="_blank">@@H1@@</a></li>
@@OTHERS@@
</ul></div>
<div class="box"><h2><a href="/shipin/">精品视频</a></h2><ul>
<li><a href="/@@DAY@@/@@VIDEO@@.shtml" target="_blank">【视频】@@H1@@</a></li>
</ul></div>
<div class="box"><h2><a href="/zhuanjia/">名家专栏</a></h2><ul>
<li><a href="/zhuanjia/李明远/">李明远</a></li><li><a href="/zhuanjia/周红梅/">周红梅</a></li>
</ul></div>
</div>
""" + FOOT
    others = "\n".join(f'<li><a href="{u}" target="_blank">{t}</a></li>' for u, t, _ in OTHERS[:3])
    return render(page, TITLE="宣讲家网_理论宣讲 讲座 文稿 视频", KEYWORDS="宣讲家,理论,讲座,文稿", DESC="宣讲家网", CUR="", URL=page_url(a), H1=a["h1"], OTHERS=others, DAY=a["day"], VIDEO=a["video"])


def build() -> Family:
    fam = Family(
        HOST,
        "宣讲家网 (71.cn)-like lecture site: 文稿 over 共N页 pages, 主讲人 box, 视频 / 音频 tabs, 推荐文稿",
        content_type="text/html",
    )
    fam.put("/", home())
    fam.put("/wengao/index.html", listing(1))
    fam.put("/wengao/index_2.shtml", listing(2))
    fam.not_documents += ["/", "/wengao/", "/wengao/index_2.shtml"]
    for i, lec in enumerate(LECTURES):
        runs = split_paras(lec["speech"].paras, lec["parts"])
        paths = [page_url(lec, n) for n in range(1, lec["parts"] + 1)]
        for n, path in enumerate(paths, 1):
            fam.put(path, article(lec, LECTURES[1 - i], n, runs))
        fam.not_documents += paths[1:]
        fam.put(f"/{lec['day']}/{lec['video']}.shtml", media_page(lec, "sp"))
        fam.not_documents.append(f"/{lec['day']}/{lec['video']}.shtml")
        if lec["audio"]:
            fam.put(f"/{lec['day']}/{lec['audio']}.shtml", media_page(lec, "yp"))
            fam.not_documents.append(f"/{lec['day']}/{lec['audio']}.shtml")
        fam.doc(paths, lec["speech"], published_at=lec["time"][:10])
    fam.put("/robots.txt", "User-agent: *\nDisallow: /member/\nDisallow: /search/\nDisallow: /api/\n", "ascii")
    fam.noise += [
        "主讲人：",
        "国家行政学院经济学部教授",
        "【导读】",
        "根据录音整理",
        "责任编辑：",
        "推荐文稿",
        "相关视频",
        "京ICP备10205627号-1",
        "周红梅在培训班上授课",
        "宣讲家网 资料图",
        "共3页",
        "【字体：",
        "扫码下载宣讲家APP",
    ]
    fam.note = (
        "Each lecture's 文稿 runs over `N.shtml`, `N_2.shtml` (and `N_3.shtml`); pages 2+ are continuations. "
        "The 主讲人 box and 【导读】 (page 1 only), the 文稿 / 视频 / 音频 tabs, the `（…根据录音整理…）` line "
        "after the text, the photo caption inside the second lecture and the 推荐文稿 list are furniture. "
        "The first lecture's h1 is prefixed with the speaker's name (`李明远：`): the title is the lecture's. "
        "The 视频 / 音频 pages (player + 内容简介) are not documents. `published_at` is the page's date."
    )
    return fam
