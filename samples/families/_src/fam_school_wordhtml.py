"""A county high school's site (松岭县第一中学) whose speeches are Office documents saved as web pages.

The CMS pages (a PHPCMS-v9-style school template, UTF-8) are ordinary: home, 新闻中心 and 党建工作
lists, article pages with the 发布时间/来源/作者/点击 line, 【打印本页】【关闭窗口】, 上一篇/下一篇.

- The 校长's speech is a Word 2003 "网页 (*.htm; *.html)" export (not the filtered one), uploaded by FTP
  next to its `.files` folder and reached only through the 附件 link of a news report: GB2312 meta
  over GBK bytes, `Generator: Microsoft Word 11`, `File-List` → `2024cjkxdl.files/filelist.xml`,
  `o:DocumentProperties`, the mso style sheet, `div.Section1`; the document's own centred title,
  byline and date line (a Word 2003 `st1:chsdate` smart tag), `<span lang=EN-US>` digit runs,
  `<o:p></o:p>` and `<o:p>&nbsp;</o:p>` lines, a footnote (`mso-footnote-id:ftn1`, `[1]` shown
  through `<![if !supportFootnotes]>`) and the footnote list after the text; a hard page break
  (`<br clear=all style='page-break-before:always'>`) before the 附件 table; the page-number footer
  (`— PAGE —` field) only in `2024cjkxdl.files/header.htm`, as Word writes it.
- The 书记's speech is pasted from WPS 文字 into the CMS editor: the WPS clipboard style sheet left in
  a `<p><style>…</style></p>`, `p.p0` paragraphs with `mso-spacerun:'yes'` spans and `<font face>`
  around digit runs, the document's own title / byline / date lines, a `— 2 —` page-number
  paragraph (the text came from a PDF turned back into a document) and an 整理 note after the text.

The server sends `text/html` with no charset: each page says its own in a meta tag (UTF-8 for the CMS,
gb2312 for the Word export), as a static server answers uploaded `.htm` files."""

from dataclasses import dataclass, field

from common import SPEECHES, Family

HOST = "www.songling-yizhong.test"
SCHOOL = "松岭县第一中学"

XZ, SJ = SPEECHES["SLZ1"], SPEECHES["SLZ2"]
XZ_BYLINE = "松岭县第一中学校长　周明远"
SJ_BYLINE = "学校党总支书记　李桂芳"
SJ_DATE = "（2024年6月28日）"
SJ_NOTE = "（根据会议录音整理，有删节）"
FOOTNOTE_AT = "古人讲“学然后知不足”"
FOOTNOTE = "语出《礼记·学记》：“是故学然后知不足，教然后知困。知不足，然后能自反也；知困，然后能自强也。”"
EXPORT = "/xzjh/2024cjkxdl.htm"
FILES = "/xzjh/2024cjkxdl.files/"
NEWS = "/xwzx/2024/0226/876.html"
DJ = "/djgz/2024/0701/912.html"

# 附件 table of the Word export: (序号, 项目, 获奖情况, 指导教师)
AWARDS = [
    ("1", "全县中学生篮球赛（男子组）", "冠军", "吴建国、彭涛"),
    ("2", "全市中小学艺术展演（合唱）", "一等奖", "邹丽华"),
    ("3", "全市高中数学联赛（预赛）", "一等奖2人、二等奖5人", "高二数学备课组"),
    ("4", "全县中小学生读书征文", "一等奖3人", "高一语文备课组"),
    ("5", "全市青少年科技创新大赛", "二等奖1项", "陈晓峰"),
]


@dataclass
class MixedCharsetFamily(Family):
    """A host whose pages do not share one charset: each file is stored in its own."""

    encodings: dict[str, str] = field(default_factory=dict)

    def put(self, path: str, text: str, encoding: str | None = None) -> None:
        super().put(path, text, encoding)
        key = path.lstrip("/")
        key = key + "index.html" if (not key or key.endswith("/")) else key
        self.encodings[key] = encoding or self.encoding

    def check(self) -> None:
        # the shared check reads every file in `self.encoding`: hand it UTF-8 copies
        stored = self.files
        self.files = {
            name: data.decode(self.encodings.get(name, self.encoding)).encode(self.encoding)
            for name, data in stored.items()
        }
        try:
            super().check()
        finally:
            self.files = stored


def gb2312_refs(text: str) -> str:
    """Word labels the page gb2312 but writes code page 936 (GBK); what is outside it becomes `&#N;`."""
    return "".join(c if _in_cp936(c) else f"&#{ord(c)};" for c in text)


def _in_cp936(c: str) -> bool:
    try:
        c.encode("gbk")
    except UnicodeEncodeError:
        return False
    return True


def word_wrap(src: str, width: int = 76) -> str:
    """Word 2003 wraps its HTML source at spaces inside tags once a line passes ~76 columns."""
    out, col, in_tag = [], 0, False
    for ch in src:
        if ch == "<":
            in_tag = True
        elif ch == ">":
            in_tag = False
        if ch == " " and in_tag and col >= width:
            out.append("\n")
            col = 0
            continue
        out.append(ch)
        col = 0 if ch == "\n" else col + 1
    return "".join(out)


def latin_runs(text: str, wrap) -> str:
    """Digit / Latin runs in a Chinese paragraph become their own runs (`lang=EN-US` or `<font face>`)."""
    import re

    return re.sub(r"[0-9A-Za-z.%]+", lambda m: wrap(m.group(0)), text)


# --- the CMS pages (UTF-8) -------------------------------------------------------------------------
NAV = [
    ("/", "学校首页"),
    ("/xxgk/", "学校概况"),
    ("/xwzx/", "新闻中心"),
    ("/tzgg/", "通知公告"),
    ("/djgz/", "党建工作"),
    ("/jxky/", "教学科研"),
    ("/dyyd/", "德育园地"),
    ("/zsxx/", "招生信息"),
]


def cms_head(title: str) -> str:
    nav = "".join(f'<li><a href="{href}">{name}</a></li>' for href, name in NAV)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=7" />
<title>{title}</title>
<meta name="keywords" content="松岭一中,松岭县第一中学,松岭县一中">
<meta name="description" content="松岭县第一中学创办于1952年，是省级示范性普通高中。">
<link href="/statics/css/school.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/statics/js/jquery.min.js"></script>
<script type="text/javascript" src="/statics/js/jquery.sgallery.js"></script>
</head>
<body>
<div class="topbar"><div class="w980"><span class="fl">欢迎访问{SCHOOL}网站！今天是：<script type="text/javascript">document.write(new Date().toLocaleDateString());</script></span>
<span class="fr"><a href="javascript:void(0)" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://{HOST}/');">设为首页</a> | <a href="javascript:window.external.AddFavorite('http://{HOST}/','{SCHOOL}')">加入收藏</a> | <a href="/index.php?m=member">教师登录</a></span></div></div>
<div class="header"><div class="w980"><a href="/"><img src="/statics/images/school/logo.png" alt="{SCHOOL}" /></a><span class="xiaoxun">校训：厚德　博学　笃行　致远</span></div></div>
<div class="nav"><ul class="w980">{nav}</ul></div>
"""


CMS_FOOT = f"""<div class="footer">
<p><a href="/xxgk/">学校简介</a> | <a href="/xxgk/lxwm.html">联系我们</a> | <a href="http://jyj.songling.gov.test/" target="_blank">松岭县教育局</a></p>
<p>版权所有：{SCHOOL}　地址：松岭县城南新区育才路1号　邮编：336500　电话：0795-7321025</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">赣ICP备12003417号-1</a>　技术支持：松岭县电教站</p>
</div>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {{
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?5e2c7a91d0b34f6e8a17c2b9d4f03a61";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
}})();
</script>
</body>
</html>
"""

# (url, title, date) of each column, newest first; the speech pages slot in by date
NEWS_ROWS = [
    ("/xwzx/2024/0315/902.html", "我校举行2024年春季田径运动会", "2024-03-15"),
    ("/xwzx/2024/0308/895.html", "我校开展“三八”妇女节教职工趣味活动", "2024-03-08"),
    ("/xwzx/2024/0304/889.html", "高三年级召开百日冲刺动员大会", "2024-03-04"),
    ("/xwzx/2024/0301/884.html", "我校组织开展春季开学安全大检查", "2024-03-01"),
    (NEWS, "我校隆重举行2024年春季开学典礼", "2024-02-26"),
    ("/xwzx/2024/0123/861.html", "我校召开2023年秋季学期期末工作总结会", "2024-01-23"),
    ("/xwzx/2024/0112/855.html", "我校男子篮球队夺得全县中学生篮球赛冠军", "2024-01-12"),
]
DJ_ROWS = [
    ("/djgz/2024/0705/918.html", "学校党总支开展“七一”走访慰问老党员活动", "2024-07-05"),
    (DJ, SJ.title, "2024-07-01"),
    ("/djgz/2024/0614/905.html", "第二党支部开展“党员示范课”展示活动", "2024-06-14"),
    ("/djgz/2024/0524/898.html", "学校党总支召开党纪学习教育警示教育会", "2024-05-24"),
    ("/djgz/2024/0426/891.html", "学校党总支召开党纪学习教育动员部署会", "2024-04-26"),
    ("/djgz/2024/0329/887.html", "各党支部开展3月份主题党日活动", "2024-03-29"),
]


def li(url, title, day):
    return f'<li><span class="date">{day}</span><a href="{url}" target="_blank" title="{title}">{title}</a></li>\n'


def list_page(cat, name, rows):
    items = "".join(li(*r) for r in rows)
    return (
        cms_head(f"{name} - {SCHOOL}")
        + f"""<div class="main w980">
<div class="side">
<div class="side-tit">{name}</div>
<ul class="side-menu"><li><a href="/xwzx/">学校新闻</a></li><li><a href="/tzgg/">通知公告</a></li><li><a href="/djgz/">党建工作</a></li></ul>
</div>
<div class="cont">
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/{cat}/">{name}</a> &gt; 列表</div>
<ul class="list">
{items}</ul>
<div id="pages" class="text-c"><a class="a1">{len(rows)}条</a> <a href="/{cat}/" class="a1">上一页</a> <span>1</span> <a href="/{cat}/" class="a1">下一页</a></div>
</div>
</div>
"""
        + CMS_FOOT
    )


def article_page(cat, name, row_list, url, title, stamp, source, author, aid, body):
    at = [r[0] for r in row_list].index(url)
    newer = row_list[at - 1] if at > 0 else None
    older = row_list[at + 1] if at + 1 < len(row_list) else None
    prev = f'<a href="{older[0]}">{older[1]}</a>' if older else "没有了"
    nxt = f'<a href="{newer[0]}">{newer[1]}</a>' if newer else "没有了"
    return (
        cms_head(f"{title} - {name} - {SCHOOL}")
        + f"""<div class="main w980">
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/{cat}/">{name}</a> &gt; 正文</div>
<div class="article">
<h1>{title}</h1>
<div class="info">发布时间：{stamp}　来源：{source}　作者：{author}　点击：<span id="hits">0</span>次</div>
<div class="content" id="Article">
{body}
</div>
<div class="print">【<a href="javascript:window.print();">打印本页</a>】　【<a href="javascript:window.close();">关闭窗口</a>】</div>
<div class="updown">上一篇：{prev}<br />下一篇：{nxt}</div>
</div>
</div>
<script language="JavaScript" src="/api.php?op=count&id={aid}&modelid=1"></script>
"""
        + CMS_FOOT
    )


def news_body():
    return f"""<p>　　2月26日上午，我校在田径场隆重举行2024年春季开学典礼。全校三千二百余名师生参加典礼，典礼由副校长刘建华主持。</p>
<p>　　典礼在雄壮的国歌声中开始。高二（5）班王思远同学代表学生发言，表示新学期要珍惜时光、刻苦学习；高三年级教师代表邹丽华老师发言。随后，校长周明远作了讲话，他回顾了上学期学校取得的成绩，并向全体同学提出了新学期的希望。典礼最后，学校对上学期获奖的集体和个人进行了表彰。</p>
<p style="text-align: center;"><img src="/uploadfile/2024/0226/20240226103521458.jpg" width="600" height="400" alt="" /></p>
<p>　　校长讲话全文见附件。</p>
<p>附件：<a href="{EXPORT}" target="_blank">校长在2024年春季开学典礼上的讲话.htm</a></p>
<p style="text-align: right;">（校办公室　张晓冬　文/图）</p>"""


# --- the 书记's speech: WPS 文字 pasted into the editor ---------------------------------------------
WPS_STYLE = """<p><style>
@font-face{
font-family:"Times New Roman";
}

@font-face{
font-family:"宋体";
}

@font-face{
font-family:"仿宋_GB2312";
}

@font-face{
font-family:"方正小标宋简体";
}

@font-face{
font-family:"楷体_GB2312";
}

p.p0{
margin:0pt;
margin-bottom:0.0001pt;
margin-bottom:0pt;
margin-top:0pt;
text-align:justify;
font-size:10.5000pt; font-family:'Times New Roman'; }
@page{mso-page-border-surround-header:no;
	mso-page-border-surround-footer:no;}@page Section0{
margin-top:104.9500pt;
margin-bottom:87.9000pt;
margin-left:79.4000pt;
margin-right:73.7000pt;
size:595.3000pt 841.9000pt;
layout-grid:15.6000pt;
}
div.Section0{page:Section0;}</style></p>"""

WPS_P = 'class="p0" style="margin-bottom:0pt; margin-top:0pt; {extra}line-height:28.0000pt; mso-line-height-rule:exactly;"'


def wps_run(text, font="仿宋_GB2312", size="16.0000", bold=False):
    weight = " font-weight:bold;" if bold else ""
    span = f"<span style=\"mso-spacerun:'yes'; font-family:{font};{weight} font-size:{size}pt; mso-font-kerning:1.0000pt;\">"

    def latin(run):
        return f'</span>{span}<font face="{font}">{run}</font></span>{span}'

    inner = span + latin_runs(text, latin) + "</span>"
    inner = inner.replace(f"{span}</span>", "")
    return f"<b>{inner}</b>" if bold else inner


def wps_para(text, *, center=False, indent=True, font="仿宋_GB2312", size="16.0000", lead=None, plain=False):
    extra = "text-align:center; " if center else ("text-indent:32.0000pt; " if indent else "")
    runs = ""
    if lead:
        runs += wps_run(lead, font="楷体_GB2312", bold=True)
        text = text[len(lead) :]
    if plain:  # one run in one font: WPS writes no <font face> split
        runs += f"<span style=\"mso-spacerun:'yes'; font-family:{font}; font-size:{size}pt; mso-font-kerning:1.0000pt;\">{text}</span>"
    else:
        runs += wps_run(text, font=font, size=size)
    tail = f"<span style=\"mso-spacerun:'yes'; font-family:{font}; font-size:{size}pt; mso-font-kerning:1.0000pt;\"><o:p></o:p></span>"
    return f"<p {WPS_P.format(extra=extra)}>{runs}{tail}</p>"


def wps_blank():
    return (
        f"<p {WPS_P.format(extra='')}><span style=\"mso-spacerun:'yes'; font-family:仿宋_GB2312; "
        'font-size:16.0000pt; mso-font-kerning:1.0000pt;"><o:p>&nbsp;</o:p></span></p>'
    )


def dj_body():
    out = [WPS_STYLE]
    out.append(wps_para(SJ.title, center=True, font="方正小标宋简体", size="22.0000"))
    out.append(wps_para(SJ_BYLINE, center=True, font="楷体_GB2312"))
    out.append(wps_para(SJ_DATE, center=True, font="楷体_GB2312", plain=True))
    out.append(wps_blank())
    for n, para in enumerate(SJ.paras):
        if n == 5:
            # a page number carried over from the PDF the text was turned back from
            out.append(wps_para("— 2 —", center=True, font="宋体", size="14.0000", plain=True))
        lead = para.split("。")[0] + "。" if para[:2] in ("一要", "二要", "三要") else None
        out.append(wps_para(para, indent=n > 0, lead=lead))
    out.append(wps_blank())
    out.append(
        f"<p {WPS_P.format(extra='text-align:right; ')}>" + wps_run(SJ_NOTE, font="楷体_GB2312") + "</p>"
    )
    return "\n".join(out)


# --- the 校长's speech: Word 2003 "网页" export (gb2312) ---------------------------------------------
W_BODY = "font-size:16.0pt;font-family:仿宋_GB2312"


def w_latin(run):
    return f"<span lang=EN-US>{run}</span>"


def w_para(text, *, indent=True, lead=None, footnote_after=None):
    style = "text-indent:32.0pt;mso-char-indent-count:2.0;" if indent else ""
    style += "line-height:28.0pt;mso-line-height-rule:exactly"
    body = ""
    if lead:
        body += (
            f"<b style='mso-bidi-font-weight:normal'><span style='{W_BODY};mso-hansi-font-family:宋体'>"
            f"{latin_runs(lead, w_latin)}</span></b>"
        )
        text = text[len(lead) :]
    inner = latin_runs(text, w_latin)
    if footnote_after:
        inner = inner.replace(
            footnote_after,
            footnote_after
            + '<a style=\'mso-footnote-id:ftn1\' href="#_ftn1" name="_ftnref1" title=""><span class=MsoFootnoteReference>'
            "<span lang=EN-US><span style='mso-special-character:footnote'><![if !supportFootnotes]>[1]<![endif]>"
            "</span></span></span></a>",
        )
    body += (
        f"<span style='{W_BODY};mso-hansi-font-family:宋体'>{inner}<span lang=EN-US><o:p></o:p></span></span>"
    )
    return word_wrap(f"<p class=MsoNormal style='{style}'>{body}</p>")


def w_center(inner, font, size):
    return word_wrap(
        "<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt;mso-line-height-rule:exactly'>"
        f"<span style='font-size:{size}pt;font-family:{font}'>{inner}<span lang=EN-US><o:p></o:p></span></span></p>"
    )


W_BLANK = (
    "<p class=MsoNormal style='line-height:28.0pt;mso-line-height-rule:exactly'><span lang=EN-US\n"
    "style='font-size:16.0pt;font-family:仿宋_GB2312'><o:p>&nbsp;</o:p></span></p>"
)
W_PAGE_BREAK = (
    "<span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体;\n"
    'mso-bidi-font-family:"Times New Roman";mso-font-kerning:1.0pt;mso-ansi-language:EN-US;\n'
    "mso-fareast-language:ZH-CN;mso-bidi-language:AR-SA'><br clear=all style='page-break-before:always'>\n"
    "</span>"
)

W_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:st1="urn:schemas-microsoft-com:office:smarttags"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 11">
<meta name=Originator content="Microsoft Word 11">
<link rel=File-List href="2024cjkxdl.files/filelist.xml">
<title>在2024年春季开学典礼上的讲话</title>
<o:SmartTagType namespaceuri="urn:schemas-microsoft-com:office:smarttags"
 name="chsdate"/>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>xzb</o:Author>
  <o:LastAuthor>xzb</o:LastAuthor>
  <o:Revision>6</o:Revision>
  <o:TotalTime>137</o:TotalTime>
  <o:Created>2024-02-23T01:42:00Z</o:Created>
  <o:LastSaved>2024-02-26T07:58:00Z</o:LastSaved>
  <o:Pages>4</o:Pages>
  <o:Words>254</o:Words>
  <o:Characters>1453</o:Characters>
  <o:Company>松岭一中</o:Company>
  <o:Lines>12</o:Lines>
  <o:Paragraphs>3</o:Paragraphs>
  <o:CharactersWithSpaces>1704</o:CharactersWithSpaces>
  <o:Version>11.9999</o:Version>
 </o:DocumentProperties>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:PunctuationKerning/>
  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>
  <w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery>
  <w:DisplayVerticalDrawingGridEvery>2</w:DisplayVerticalDrawingGridEvery>
  <w:ValidateAgainstSchemas/>
  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>
  <w:IgnoreMixedContent>false</w:IgnoreMixedContent>
  <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText>
  <w:Compatibility>
   <w:SpaceForUL/>
   <w:BalanceSingleByteDoubleByteWidth/>
   <w:DoNotLeaveBackslashAlone/>
   <w:ULTrailSpace/>
   <w:DoNotExpandShiftReturn/>
   <w:AdjustLineHeightInTable/>
   <w:BreakWrappedTables/>
   <w:SnapToGridInCell/>
   <w:WrapTextWithPunct/>
   <w:UseAsianBreakRules/>
   <w:DontGrowAutofit/>
   <w:UseFELayout/>
  </w:Compatibility>
  <w:BrowserLevel>MicrosoftInternetExplorer4</w:BrowserLevel>
 </w:WordDocument>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:LatentStyles DeflockedState="false" LatentStyleCount="156">
 </w:LatentStyles>
</xml><![endif]--><!--[if !mso]><object
 classid="clsid:38481807-CA0E-42D2-BF39-B33AF135CC4D" id=ieooui></object>
<style>
st1\\:*{behavior:url(#ieooui) }
</style>
<![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;
	mso-font-alt:SimSun;
	mso-font-charset:134;
	mso-generic-font-family:auto;
	mso-font-pitch:variable;
	mso-font-signature:3 135135232 16 0 262145 0;}
@font-face
	{font-family:黑体;
	panose-1:2 1 6 0 3 1 1 1 1 1;
	mso-font-alt:SimHei;
	mso-font-charset:134;
	mso-generic-font-family:modern;
	mso-font-pitch:fixed;
	mso-font-signature:1 135135232 16 0 262144 0;}
@font-face
	{font-family:仿宋_GB2312;
	mso-font-alt:仿宋;
	mso-font-charset:134;
	mso-generic-font-family:modern;
	mso-font-pitch:fixed;
	mso-font-signature:1 135135232 16 0 262144 0;}
@font-face
	{font-family:楷体_GB2312;
	mso-font-alt:楷体;
	mso-font-charset:134;
	mso-generic-font-family:modern;
	mso-font-pitch:fixed;
	mso-font-signature:1 135135232 16 0 262144 0;}
@font-face
	{font-family:方正小标宋简体;
	mso-font-charset:134;
	mso-generic-font-family:script;
	mso-font-pitch:fixed;
	mso-font-signature:1 135135232 16 0 262144 0;}
@font-face
	{font-family:"\\@宋体";
	panose-1:2 1 6 0 3 1 1 1 1 1;
	mso-font-charset:134;
	mso-generic-font-family:auto;
	mso-font-pitch:variable;
	mso-font-signature:3 135135232 16 0 262145 0;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-parent:"";
	margin:0cm;
	margin-bottom:.0001pt;
	text-align:justify;
	text-justify:inter-ideograph;
	mso-pagination:none;
	font-size:10.5pt;
	mso-bidi-font-size:12.0pt;
	font-family:"Times New Roman";
	mso-fareast-font-family:宋体;
	mso-font-kerning:1.0pt;}
p.MsoFootnoteText, li.MsoFootnoteText, div.MsoFootnoteText
	{mso-style-noshow:yes;
	margin:0cm;
	margin-bottom:.0001pt;
	layout-grid-mode:char;
	mso-pagination:none;
	font-size:9.0pt;
	font-family:"Times New Roman";
	mso-fareast-font-family:宋体;
	mso-font-kerning:1.0pt;}
p.MsoFooter, li.MsoFooter, div.MsoFooter
	{margin:0cm;
	margin-bottom:.0001pt;
	mso-pagination:none;
	tab-stops:center 207.65pt right 415.3pt;
	layout-grid-mode:char;
	font-size:9.0pt;
	font-family:"Times New Roman";
	mso-fareast-font-family:宋体;
	mso-font-kerning:1.0pt;}
span.MsoFootnoteReference
	{mso-style-noshow:yes;
	vertical-align:super;}
 /* Page Definitions */
 @page
	{mso-page-border-surround-header:no;
	mso-page-border-surround-footer:no;
	mso-footnote-separator:url("2024cjkxdl.files/header.htm") fs;
	mso-footnote-continuation-separator:url("2024cjkxdl.files/header.htm") fcs;
	mso-endnote-separator:url("2024cjkxdl.files/header.htm") es;
	mso-endnote-continuation-separator:url("2024cjkxdl.files/header.htm") ecs;}
@page Section1
	{size:595.3pt 841.9pt;
	margin:104.9pt 73.7pt 87.9pt 79.4pt;
	mso-header-margin:42.55pt;
	mso-footer-margin:70.9pt;
	mso-even-footer:url("2024cjkxdl.files/header.htm") ef1;
	mso-footer:url("2024cjkxdl.files/header.htm") f1;
	mso-paper-source:0;
	layout-grid:28.9pt;}
div.Section1
	{page:Section1;
	layout-grid:28.9pt;}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{mso-style-name:普通表格;
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-parent:"";
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-para-margin:0cm;
	mso-para-margin-bottom:.0001pt;
	mso-pagination:widow-orphan;
	font-size:10.0pt;
	font-family:"Times New Roman";
	mso-ansi-language:#0400;
	mso-fareast-language:#0400;
	mso-bidi-language:#0400;}
table.MsoTableGrid
	{mso-style-name:网格型;
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	border:solid windowtext 1.0pt;
	mso-border-alt:solid windowtext .5pt;
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-border-insideh:.5pt solid windowtext;
	mso-border-insidev:.5pt solid windowtext;
	mso-para-margin:0cm;
	mso-para-margin-bottom:.0001pt;
	text-align:justify;
	text-justify:inter-ideograph;
	mso-pagination:none;
	font-size:10.0pt;
	font-family:"Times New Roman";
	mso-ansi-language:#0400;
	mso-fareast-language:#0400;
	mso-bidi-language:#0400;}
</style>
<![endif]-->
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=Section1 style='layout-grid:28.9pt'>
"""


def w_table():
    widths = (38, 190, 120, 120)
    cell = (
        "<td width={w} valign=top style='width:{pt}pt;{border}padding:0cm 5.4pt 0cm 5.4pt'>\n"
        "<p class=MsoNormal align=center style='text-align:center'><span style='font-size:12.0pt;"
        "font-family:{font}'>{text}<span lang=EN-US><o:p></o:p></span></span></p>\n</td>"
    )
    rows = []
    head = ("序号", "项目", "获奖情况", "指导教师")
    for r, row in enumerate([head, *AWARDS]):
        cells = []
        for c, (w, text) in enumerate(zip(widths, row, strict=True)):
            border = (
                "border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;"
                if r == 0 and c == 0
                else "border-top:none;border-left:solid windowtext 1.0pt;border-bottom:solid windowtext 1.0pt;"
                "border-right:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;"
            )
            font = "黑体" if r == 0 else "仿宋_GB2312"
            cells.append(
                word_wrap(
                    cell.format(
                        w=w, pt=round(w * 0.75, 1), border=border, font=font, text=latin_runs(text, w_latin)
                    )
                )
            )
        rows.append(f" <tr style='mso-yfti-irow:{r}'>\n  " + "\n  ".join(cells) + "\n </tr>")
    return (
        "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0\n"
        " style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;\n"
        " mso-yfti-tbllook:480;mso-padding-alt:0cm 5.4pt 0cm 5.4pt;mso-border-insideh:\n"
        " .5pt solid windowtext;mso-border-insidev:.5pt solid windowtext'>\n" + "\n".join(rows) + "\n</table>"
    )


def word_export():
    out = [W_HEAD]
    out.append(w_center(latin_runs(XZ.title, w_latin), "方正小标宋简体", "22.0"))
    out.append(W_BLANK)
    out.append(w_center(XZ_BYLINE, "楷体_GB2312", "16.0"))
    out.append(
        w_center(
            '（<st1:chsdate IsROCDate="False" IsLunarDate="False" Day="26" Month="2" Year="2024" w:st="on">'
            "<span lang=EN-US>2024</span>年<span lang=EN-US>2</span>月<span lang=EN-US>26</span>日</st1:chsdate>）",
            "楷体_GB2312",
            "16.0",
        )
    )
    out.append(W_BLANK)
    for n, para in enumerate(XZ.paras):
        lead = para.split("。")[0] + "。" if para[:2] in ("第一", "第二", "第三") else None
        at = FOOTNOTE_AT if FOOTNOTE_AT in para else None
        out.append(w_para(para, indent=n > 0, lead=lead, footnote_after=at))
    out.append(W_BLANK)
    out.append(W_PAGE_BREAK)
    out.append(
        word_wrap(
            "<p class=MsoNormal style='line-height:28.0pt;mso-line-height-rule:exactly'><span style='font-size:16.0pt;"
            "font-family:黑体'>附件<span lang=EN-US><o:p></o:p></span></span></p>"
        )
    )
    out.append(
        w_center(
            "<span lang=EN-US>2023</span>年秋季学期学校集体和个人获奖情况一览表", "方正小标宋简体", "18.0"
        )
    )
    out.append(W_BLANK)
    out.append(w_table())
    out.append(
        "<p class=MsoNormal><span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312'><o:p>&nbsp;</o:p></span></p>"
    )
    out.append("\n</div>\n")
    out.append(
        "<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all>\n\n"
        '<hr align=left size=1 width="33%">\n\n<![endif]>\n\n'
        "<div style='mso-element:footnote' id=ftn1>\n\n"
        + word_wrap(
            '<p class=MsoFootnoteText><a style=\'mso-footnote-id:ftn1\' href="#_ftnref1" name="_ftn1" title="">'
            "<span class=MsoFootnoteReference><span lang=EN-US><span style='mso-special-character:footnote'>"
            "<![if !supportFootnotes]>[1]<![endif]></span></span></span></a><span style='font-family:宋体;"
            f'mso-ascii-font-family:"Times New Roman";mso-hansi-font-family:"Times New Roman"\'>{FOOTNOTE}</span>'
            "<span lang=EN-US><o:p></o:p></span></p>"
        )
        + "\n\n</div>\n\n</div>\n\n</body>\n\n</html>\n"
    )
    return gb2312_refs("\n\n".join(out))


W_HEADER_FILE = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 11">
<meta name=Originator content="Microsoft Word 11">
<link id=Main-File rel=Main-File href="../2024cjkxdl.htm">
</head>

<body lang=ZH-CN>

<div style='mso-element:footnote-separator' id=fs>

<p class=MsoNormal><span lang=EN-US><span style='mso-special-character:footnote-separator'><![if !supportFootnotes]>

<hr align=left size=1 width="33%">

<![endif]></span></span></p>

</div>

<div style='mso-element:footnote-continuation-separator' id=fcs>

<p class=MsoNormal><span lang=EN-US><span style='mso-special-character:footnote-continuation-separator'><![if !supportFootnotes]>

<hr align=left size=1>

<![endif]></span></span></p>

</div>

<div style='mso-element:endnote-separator' id=es>

<p class=MsoNormal><span lang=EN-US><span style='mso-special-character:footnote-separator'><![if !supportFootnotes]>

<hr align=left size=1 width="33%">

<![endif]></span></span></p>

</div>

<div style='mso-element:endnote-continuation-separator' id=ecs>

<p class=MsoNormal><span lang=EN-US><span style='mso-special-character:footnote-continuation-separator'><![if !supportFootnotes]>

<hr align=left size=1>

<![endif]></span></span></p>

</div>

<div style='mso-element:footer' id=ef1>

<p class=MsoFooter style='margin-left:14.0pt;mso-para-margin-left:1.0gd'><span
lang=EN-US style='font-size:14.0pt;mso-bidi-font-size:9.0pt;font-family:宋体;
mso-hansi-font-family:宋体'>— </span><!--[if supportFields]><span lang=EN-US
style='font-size:14.0pt;mso-bidi-font-size:9.0pt;font-family:宋体;mso-hansi-font-family:
宋体'><span style='mso-element:field-begin'></span><span
style='mso-spacerun:yes'> </span>PAGE <span style='mso-element:field-separator'></span></span><![endif]--><span
lang=EN-US style='font-size:14.0pt;mso-bidi-font-size:9.0pt;font-family:宋体;
mso-hansi-font-family:宋体'><span style='mso-no-proof:yes'>2</span></span><!--[if supportFields]><span
lang=EN-US style='font-size:14.0pt;mso-bidi-font-size:9.0pt;font-family:宋体;
mso-hansi-font-family:宋体'><span style='mso-element:field-end'></span></span><![endif]--><span
lang=EN-US style='font-size:14.0pt;mso-bidi-font-size:9.0pt;font-family:宋体;
mso-hansi-font-family:宋体'> —<o:p></o:p></span></p>

</div>

<div style='mso-element:footer' id=f1>

<p class=MsoFooter align=right style='margin-right:14.0pt;mso-para-margin-right:
1.0gd;text-align:right'><span lang=EN-US style='font-size:14.0pt;mso-bidi-font-size:
9.0pt;font-family:宋体;mso-hansi-font-family:宋体'>— </span><!--[if supportFields]><span
lang=EN-US style='font-size:14.0pt;mso-bidi-font-size:9.0pt;font-family:宋体;
mso-hansi-font-family:宋体'><span style='mso-element:field-begin'></span><span
style='mso-spacerun:yes'> </span>PAGE <span style='mso-element:field-separator'></span></span><![endif]--><span
lang=EN-US style='font-size:14.0pt;mso-bidi-font-size:9.0pt;font-family:宋体;
mso-hansi-font-family:宋体'><span style='mso-no-proof:yes'>1</span></span><!--[if supportFields]><span
lang=EN-US style='font-size:14.0pt;mso-bidi-font-size:9.0pt;font-family:宋体;
mso-hansi-font-family:宋体'><span style='mso-element:field-end'></span></span><![endif]--><span
lang=EN-US style='font-size:14.0pt;mso-bidi-font-size:9.0pt;font-family:宋体;
mso-hansi-font-family:宋体'> —<o:p></o:p></span></p>

</div>

</body>

</html>
"""

W_FILELIST = """<xml xmlns:o="urn:schemas-microsoft-com:office:office">
 <o:MainFile HRef="../2024cjkxdl.htm"/>
 <o:File HRef="header.htm"/>
 <o:File HRef="filelist.xml"/>
</xml>"""


def home():
    news = "".join(li(*r) for r in NEWS_ROWS[:6])
    dj = "".join(li(*r) for r in DJ_ROWS[:5])
    notices = "".join(
        li(*r)
        for r in [
            ("/tzgg/2024/0301/883.html", "关于2024年春季学期作息时间调整的通知", "2024-03-01"),
            ("/tzgg/2024/0220/870.html", "2024年春季学期开学工作安排", "2024-02-20"),
            ("/tzgg/2024/0118/858.html", "关于做好2024年寒假安全工作的告家长书", "2024-01-18"),
        ]
    )
    box = """<div class="box {cls}"><div class="box-tit"><span>{name}</span><a href="/{cat}/" class="more">更多&gt;&gt;</a></div>
<ul class="list">
{rows}</ul></div>
"""
    return (
        cms_head(f"{SCHOOL}")
        + f"""<div class="main w980">
<div class="focus"><img src="/uploadfile/2024/0226/20240226103521458.jpg" width="480" height="300" alt="我校隆重举行2024年春季开学典礼" /><p><a href="{NEWS}">我校隆重举行2024年春季开学典礼</a></p></div>
{box.format(cls="news", name="学校新闻", cat="xwzx", rows=news)}{box.format(cls="notice", name="通知公告", cat="tzgg", rows=notices)}{box.format(cls="dangjian", name="党建工作", cat="djgz", rows=dj)}
<div class="links">友情链接：<a href="http://jyj.songling.gov.test/" target="_blank">松岭县教育局</a> <a href="http://www.songling.gov.test/" target="_blank">松岭县人民政府</a></div>
</div>
"""
        + CMS_FOOT
    )


def build() -> Family:
    fam = MixedCharsetFamily(
        HOST,
        "county high school site (UTF-8 CMS) publishing speeches as Word 2003 / WPS 'save as web page' HTML",
        content_type="text/html",
    )
    fam.put("/", home())
    fam.put("/xwzx/", list_page("xwzx", "新闻中心", NEWS_ROWS))
    fam.put("/djgz/", list_page("djgz", "党建工作", DJ_ROWS))
    fam.put(
        NEWS,
        article_page(
            "xwzx",
            "新闻中心",
            NEWS_ROWS,
            NEWS,
            "我校隆重举行2024年春季开学典礼",
            "2024-02-26 16:35:12",
            "校办公室",
            "张晓冬",
            876,
            news_body(),
        ),
    )
    fam.put(EXPORT, word_export(), "gbk")
    fam.put(FILES + "header.htm", W_HEADER_FILE, "gbk")
    fam.put(FILES + "filelist.xml", W_FILELIST, "gbk")
    fam.put(
        DJ,
        article_page(
            "djgz",
            "党建工作",
            DJ_ROWS,
            DJ,
            SJ.title,
            "2024-07-01 09:12:40",
            "党总支办公室",
            "党总支",
            912,
            dj_body(),
        ),
    )
    fam.put(
        "/robots.txt", "User-agent: *\nDisallow: /phpcms/\nDisallow: /caches/\nDisallow: /api.php\n", "ascii"
    )
    fam.doc([EXPORT], XZ, published_at="2024-02-26")
    fam.doc([DJ], SJ, published_at="2024-07-01")
    fam.not_documents += ["/", "/xwzx/", "/djgz/", NEWS, FILES + "header.htm"]
    fam.check_ignore.append("[1]")
    fam.noise += [
        XZ_BYLINE,
        "附件",
        "年秋季学期学校集体和个人获奖情况一览表",
        "全县中学生篮球赛（男子组）",
        "吴建国、彭涛",
        "指导教师",
        "[1]",
        "语出《礼记",
        "是故学然后知不足，教然后知困",
        "知困，然后能自强也",
        SJ_BYLINE,
        SJ_DATE,
        "— 2 —",
        SJ_NOTE,
        "发布时间：",
        "来源：党总支办公室",
        "点击：",
        "打印本页",
        "关闭窗口",
        "上一篇：",
        "下一篇：",
        "当前位置：",
        "学校党总支开展“七一”走访慰问老党员活动",
        "第二党支部开展“党员示范课”展示活动",
        "版权所有：",
        "赣ICP备12003417号-1",
        "校训：",
        "mso-spacerun",
        "font-family",
        "Section0",
        "校长讲话全文见附件",
    ]
    fam.note = (
        "`text/html` with no charset: the CMS pages say utf-8 in their meta tag, the Word 2003 export "
        "`/xzjh/2024cjkxdl.htm` says gb2312 (GBK bytes) and is linked only as the 附件 of a news report "
        "(not a document); its footnote, byline/date lines, 附件 table and the `.files/header.htm` page-number "
        "footer are not the speech; the other speech is WPS text pasted into the CMS editor with its style "
        "sheet, own title/byline/date lines, a `— 2 —` page-number paragraph and an 整理 note"
    )
    return fam
