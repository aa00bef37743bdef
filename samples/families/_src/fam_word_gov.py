"""A city department's site (市人力资源和社会保障局) that publishes its leaders' speeches as Word
"Save as Web Page" files: the CMS article page (TRS-style `t20240308_N.html`, GBK) is a short
notice with an 附件： link to `P0….htm`, the file Microsoft Word 15 wrote (`xmlns:o`/`xmlns:w`,
`Generator` meta, `<!--[if gte mso 9]><xml>` document properties, mso styles, `WordSection1`,
`MsoNormal` paragraphs with `lang=EN-US` spans around Latin digits and `<o:p></o:p>`).

The first file is the typeset 印发 document: the red-headed 文件 page (文号, red rule as VML, the
notice, signature), a page break, then the speech with its own title, speaker and date lines, and
the 版记 (抄送 / 印发) at the end; it was made by Word from the typeset PDF, so each page's footer
`— N —` stands in the text before the page break, and one paragraph is cut in two there. The
second is a native Word export: footnote references in the text and the `mso-element:footnote-list`
at the end, headers and footers (`— 1 —`) only in `….files/header.htm`, a manual page break before
an appended 附 table of hotline numbers."""

import re

from common import SPEECHES, Family

HOST = "rsj.linjiang.gov.test"
SITE = "临江市人力资源和社会保障局"

FS = "font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:\"Times New Roman\""
LINE = "line-height:28.0pt;mso-line-height-rule:exactly"

WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="{files}/filelist.xml">
{images}<title>{title}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>{author}</o:Author>
  <o:LastAuthor>{last}</o:LastAuthor>
  <o:Revision>{rev}</o:Revision>
  <o:TotalTime>{total}</o:TotalTime>
  <o:LastPrinted>{printed}</o:LastPrinted>
  <o:Created>{created}</o:Created>
  <o:LastSaved>{saved}</o:LastSaved>
  <o:Pages>{pages}</o:Pages>
  <o:Words>{words}</o:Words>
  <o:Characters>{chars}</o:Characters>
  <o:Company>{company}</o:Company>
  <o:Lines>{lines}</o:Lines>
  <o:Paragraphs>{paras}</o:Paragraphs>
  <o:CharactersWithSpaces>{chars2}</o:CharactersWithSpaces>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<link rel=themeData href="{files}/themedata.thmx">
<link rel=colorSchemeMapping href="{files}/colorschememapping.xml">
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:DrawingGridVerticalSpacing>{grid}</w:DrawingGridVerticalSpacing>
  <w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery>
  <w:DisplayVerticalDrawingGridEvery>2</w:DisplayVerticalDrawingGridEvery>
  <w:ValidateAgainstSchemas/>
  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>
  <w:IgnoreMixedContent>false</w:IgnoreMixedContent>
  <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText>
  <w:DoNotPromoteQF/>
  <w:LidThemeOther>EN-US</w:LidThemeOther>
  <w:LidThemeAsian>ZH-CN</w:LidThemeAsian>
  <w:LidThemeComplexScript>X-NONE</w:LidThemeComplexScript>
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
   <w:SplitPgBreakAndParaMark/>
   <w:EnableOpenTypeKerning/>
   <w:DontFlipMirrorIndents/>
   <w:OverrideTableStyleHps/>
   <w:UseFELayout/>
  </w:Compatibility>
  <m:mathPr>
   <m:mathFont m:val="Cambria Math"/>
   <m:brkBin m:val="before"/>
   <m:brkBinSub m:val="&#45;-"/>
   <m:smallFrac m:val="off"/>
   <m:dispDef/>
   <m:lMargin m:val="0"/>
   <m:rMargin m:val="0"/>
   <m:defJc m:val="centerGroup"/>
   <m:wrapIndent m:val="1440"/>
   <m:intLim m:val="subSup"/>
   <m:naryLim m:val="undOvr"/>
  </m:mathPr></w:WordDocument>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:LatentStyles DefLockedState="false" DefUnhideWhenUsed="false"
  DefSemiHidden="false" DefQFormat="false" DefPriority="99"
  LatentStyleCount="376">
  <w:LsdException Locked="false" Priority="0" QFormat="true" Name="Normal"/>
  <w:LsdException Locked="false" Priority="9" QFormat="true" Name="heading 1"/>
  <w:LsdException Locked="false" Priority="9" SemiHidden="true"
   UnhideWhenUsed="true" QFormat="true" Name="heading 2"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="footnote text"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="header"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="footer"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="footnote reference"/>
  <w:LsdException Locked="false" Priority="10" QFormat="true" Name="Title"/>
  <w:LsdException Locked="false" Priority="22" QFormat="true" Name="Strong"/>
  <w:LsdException Locked="false" Priority="59" Name="Table Grid"/>
 </w:LatentStyles>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;
	mso-font-alt:SimSun;
	mso-font-charset:134;
	mso-generic-font-family:auto;
	mso-font-pitch:variable;
	mso-font-signature:3 680460288 22 0 262145 0;}}
@font-face
	{{font-family:黑体;
	panose-1:2 1 6 9 6 1 1 1 1 1;
	mso-font-alt:SimHei;
	mso-font-charset:134;
	mso-generic-font-family:modern;
	mso-font-pitch:fixed;
	mso-font-signature:-2147482945 953122042 22 0 262145 0;}}
@font-face
	{{font-family:仿宋_GB2312;
	mso-font-alt:仿宋;
	mso-font-charset:134;
	mso-generic-font-family:modern;
	mso-font-pitch:fixed;
	mso-font-signature:1 135135232 16 0 262144 0;}}
@font-face
	{{font-family:楷体_GB2312;
	mso-font-alt:楷体;
	mso-font-charset:134;
	mso-generic-font-family:modern;
	mso-font-pitch:fixed;
	mso-font-signature:1 135135232 16 0 262144 0;}}
@font-face
	{{font-family:方正小标宋简体;
	mso-font-charset:134;
	mso-generic-font-family:script;
	mso-font-pitch:fixed;
	mso-font-signature:1 135135232 16 0 262144 0;}}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin:0cm;
	margin-bottom:.0001pt;
	text-align:justify;
	text-justify:inter-ideograph;
	mso-pagination:none;
	font-size:10.5pt;
	mso-bidi-font-size:12.0pt;
	font-family:"Times New Roman",serif;
	mso-fareast-font-family:宋体;
	mso-font-kerning:1.0pt;}}
p.MsoFootnoteText, li.MsoFootnoteText, div.MsoFootnoteText
	{{mso-style-noshow:yes;
	mso-style-link:"脚注文本 字符";
	margin:0cm;
	margin-bottom:.0001pt;
	mso-pagination:none;
	layout-grid-mode:char;
	font-size:9.0pt;
	font-family:"Times New Roman",serif;
	mso-fareast-font-family:宋体;}}
p.MsoHeader, li.MsoHeader, div.MsoHeader
	{{mso-style-link:"页眉 字符";
	margin:0cm;
	margin-bottom:.0001pt;
	text-align:center;
	mso-pagination:none;
	tab-stops:center 207.65pt right 415.3pt;
	layout-grid-mode:char;
	border:none;
	mso-border-bottom-alt:solid windowtext .75pt;
	padding:0cm;
	mso-padding-alt:0cm 0cm 1.0pt 0cm;
	font-size:9.0pt;
	font-family:"Times New Roman",serif;
	mso-fareast-font-family:宋体;}}
p.MsoFooter, li.MsoFooter, div.MsoFooter
	{{mso-style-link:"页脚 字符";
	margin:0cm;
	margin-bottom:.0001pt;
	mso-pagination:none;
	tab-stops:center 207.65pt right 415.3pt;
	layout-grid-mode:char;
	font-size:9.0pt;
	font-family:"Times New Roman",serif;
	mso-fareast-font-family:宋体;}}
span.MsoFootnoteReference
	{{mso-style-noshow:yes;
	vertical-align:super;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	mso-default-props:yes;
	font-size:10.0pt;
	mso-ansi-font-size:10.0pt;
	mso-bidi-font-size:10.0pt;
	mso-font-kerning:0pt;}}
 /* Page Definitions */
 @page
	{{mso-footnote-separator:url("{files}/header.htm") fs;
	mso-footnote-continuation-separator:url("{files}/header.htm") fcs;
	mso-endnote-separator:url("{files}/header.htm") es;
	mso-endnote-continuation-separator:url("{files}/header.htm") ecs;}}
@page WordSection1
	{{size:595.3pt 841.9pt;
	margin:104.9pt 79.4pt 85.05pt 79.4pt;
	mso-header-margin:42.55pt;
	mso-footer-margin:49.6pt;
	mso-even-footer:url("{files}/header.htm") ef1;
	mso-footer:url("{files}/header.htm") f1;
	mso-page-numbers:1;
	mso-title-page:{titlepage};
	layout-grid:{grid};}}
div.WordSection1
	{{page:WordSection1;}}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{{mso-style-name:普通表格;
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-parent:"";
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-para-margin:0cm;
	mso-para-margin-bottom:.0001pt;
	mso-pagination:widow-orphan;
	font-size:10.0pt;
	font-family:"Times New Roman",serif;}}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="2050"/>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <o:shapelayout v:ext="edit">
  <o:idmap v:ext="edit" data="1"/>
 </o:shapelayout></xml><![endif]-->
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:{grid}'>

"""

WORD_END = """</div>

</body>

</html>
"""

PAGE_BREAK = (
    f"<span lang=EN-US style='{FS}'><br clear=all style='mso-special-character:line-break;"
    "page-break-before:always'>\n</span>\n\n"
)


def latin(text: str, style: str) -> str:
    """Word's runs: Latin letters and digits in their own `lang=EN-US` span inside a CJK run."""
    out, last = [], 0
    for m in re.finditer(r"[0-9A-Za-z.%]+", text):
        out.append(text[last : m.start()])
        out.append(f"</span><span lang=EN-US style='{style}'>{m.group()}</span><span style='{style}'>")
        last = m.end()
    out.append(text[last:])
    return f"<span style='{style}'>" + "".join(out) + "</span>"


def para(text: str, *, lead: str = "", lead_font: str = "黑体", indent=True, extra: str = "") -> str:
    """A body paragraph: 三号仿宋, two-character indent, optional bold lead sentence in 黑体/楷体."""
    style = f"text-indent:32.0pt;mso-char-indent-count:2.0;{LINE}" if indent else LINE
    lead_style = f"font-size:16.0pt;font-family:{lead_font};mso-hansi-font-family:\"Times New Roman\""
    body = (latin(lead, lead_style) if lead else "") + latin(text, FS) + extra
    return f"<p class=MsoNormal style='{style}'>{body}<span lang=EN-US style='{FS}'><o:p></o:p></span></p>\n\n"


def centred(text: str, font: str, size: str, extra_style: str = "") -> str:
    style = f"font-size:{size};font-family:{font};mso-hansi-font-family:\"Times New Roman\"{extra_style}"
    return (
        f"<p class=MsoNormal align=center style='text-align:center;{LINE}'>{latin(text, style)}"
        f"<span lang=EN-US style='font-size:{size}'><o:p></o:p></span></p>\n\n"
    )


def blank() -> str:
    return f"<p class=MsoNormal style='{LINE}'><span lang=EN-US style='{FS}'><o:p>&nbsp;</o:p></span></p>\n\n"


def right(text: str, pad: str = "64.0pt") -> str:
    return (
        f"<p class=MsoNormal align=right style='margin-right:{pad};text-align:right;{LINE}'>"
        f"{latin(text, FS)}<span lang=EN-US style='{FS}'><o:p></o:p></span></p>\n\n"
    )


def leads(paras):
    """Split `第一，…。` / `一要…。` paragraphs into their lead sentence and the rest."""
    out = []
    for p in paras:
        m = re.match(r"^((第[一二三四五六]，|[一二三四五]要)[^。]*。)(.*)$", p)
        out.append((m.group(1), m.group(3), "黑体" if p.startswith("第") else "楷体_GB2312") if m else ("", p, ""))
    return out


def footnote_ref(n: int) -> str:
    return (
        f"<a style='mso-footnote-id:ftn{n}' href=\"#_ftn{n}\" name=\"_ftnref{n}\" title=\"\"><span\n"
        f"class=MsoFootnoteReference><span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312'><span\n"
        "style='mso-special-character:footnote'><![if !supportFootnotes]><span\n"
        "class=MsoFootnoteReference><span lang=EN-US style='font-size:16.0pt;font-family:\"Times New Roman\",serif;\n"
        "mso-fareast-font-family:仿宋_GB2312;mso-bidi-font-family:\"Times New Roman\";mso-ansi-language:EN-US;\n"
        f"mso-fareast-language:ZH-CN;mso-bidi-language:AR-SA'>[{n}]</span></span><![endif]></span></span></span></a>"
    )


# ---- the first file: the 印发 document, converted from the typeset PDF -------------------------------

DOC1 = dict(
    speech=SPEECHES["WD1"],
    file="P020240308391726540183",
    folder="/xxgk/tzgg/202403/",
    article="t20240308_1187654.html",
    notice_title="关于印发周建国同志在全市人力资源和社会保障工作会议上的讲话的通知",
    number="临人社发〔2024〕12号",
    addressees="各县（市、区）人力资源和社会保障局，临江经开区社会事业局，市局机关各科室、直属各单位：",
    notice="现将周建国同志在全市人力资源和社会保障工作会议上的讲话印发给你们，请结合实际，认真抓好贯彻落实。",
    speaker="市人力资源和社会保障局党组书记、局长　周建国",
    dateline="（2024年2月29日）",
    issued="2024年3月8日",
    cc="抄送：市委组织部，市委编办，市政府办公室，市财政局。",
    office="临江市人力资源和社会保障局办公室",
    published="2024-03-08",
    cms_time="2024-03-08 10:12",
)
# page layout of the typeset document: after which speech paragraph each page ends, and the one
# paragraph the page break cuts (index, cut after this many characters)
DOC1_PAGES = [3, 8]
DOC1_CUT = (6, 38)


def footer_line(n: int) -> str:
    return (
        f"<p class=MsoNormal align=center style='text-align:center;{LINE}'><span lang=EN-US\n"
        f"style='font-size:14.0pt;font-family:宋体'>— {n} —<o:p></o:p></span></p>\n\n"
    )


def doc1() -> str:
    d = DOC1
    speech = d["speech"]
    files = d["file"] + ".files"
    head = WORD_HEAD.format(
        files=files,
        images="",
        title="临江市人力资源和社会保障局文件",
        author="Administrator",
        last="rsj-bgs",
        rev=3,
        total=12,
        printed="2024-03-08T01:58:00Z",
        created="2024-03-07T01:22:00Z",
        saved="2024-03-08T02:05:00Z",
        pages=5,
        words=412,
        chars=2351,
        company="Microsoft",
        lines=19,
        paras=5,
        chars2=2758,
        grid="15.6pt",
        titlepage="yes",
    )
    red = "font-size:36.0pt;font-family:方正小标宋简体;color:red;letter-spacing:-1.0pt"
    body = (
        blank()
        + f"<p class=MsoNormal align=center style='text-align:center;line-height:60.0pt;mso-line-height-rule:exactly'><span\n"
        f"style='{red}'>临江市人力资源和社会保障局文件</span><span lang=EN-US style='{red}'><o:p></o:p></span></p>\n\n"
        + blank()
        + centred(d["number"], "仿宋_GB2312", "16.0pt")
        + "<p class=MsoNormal style='line-height:14.0pt;mso-line-height-rule:exactly'><!--[if gte vml 1]><v:line\n"
        ' id="直接连接符_1" o:spid="_x0000_s1026" style=\'position:absolute;left:0;text-align:left;\n'
        " z-index:251659264;visibility:visible;mso-wrap-style:square;mso-wrap-distance-left:9pt;\n"
        " mso-wrap-distance-top:0;mso-wrap-distance-right:9pt;mso-wrap-distance-bottom:0;\n"
        " mso-position-horizontal:absolute;mso-position-horizontal-relative:text;\n"
        ' mso-position-vertical:absolute;mso-position-vertical-relative:text\' from="-.15pt,7.8pt"\n'
        ' to="442.35pt,7.8pt" o:gfxdata="" strokecolor="red" strokeweight="1.5pt"/><![endif]--><![if !vml]><span\n'
        "style='mso-ignore:vglayout;position:absolute;z-index:251659264;left:0px;margin-left:-1px;\n"
        f"margin-top:9px;width:592px;height:3px'><img width=592 height=3\nsrc=\"{files}/image001.gif\" v:shapes=\"直接连接符_1\"></span><![endif]><span\n"
        f"lang=EN-US style='{FS}'><o:p>&nbsp;</o:p></span></p>\n\n"
        + blank()
        + centred(d["notice_title"], "方正小标宋简体", "22.0pt")
        + blank()
        + para(d["addressees"], indent=False)
        + para(d["notice"])
        + blank()
        + blank()
        + right("临江市人力资源和社会保障局", "48.0pt")
        + right(d["issued"], "64.0pt")
        + para("（此件公开发布）")
        + footer_line(1)
        + PAGE_BREAK
        + centred(speech.title, "方正小标宋简体", "22.0pt")
        + blank()
        + centred(d["speaker"], "楷体_GB2312", "16.0pt")
        + centred(d["dateline"], "楷体_GB2312", "16.0pt")
        + blank()
    )
    page = 2
    cut_at, cut_len = DOC1_CUT
    for n, (lead, rest, font) in enumerate(leads(speech.paras)):
        if n == cut_at:
            # the typeset page ends mid-paragraph: Word's PDF reflow keeps the two halves apart
            body += para(rest[:cut_len], lead=lead, lead_font=font)
            body += footer_line(page) + PAGE_BREAK
            page += 1
            body += para(rest[cut_len:], indent=False)
        else:
            extra = "<a name=\"_GoBack\"></a>" if n == 4 else ""
            body += para(rest, lead=lead, lead_font=font, extra=extra)
        if n in DOC1_PAGES:
            body += footer_line(page) + PAGE_BREAK
            page += 1
    border = "border-top:solid windowtext 1.0pt;border-bottom:solid windowtext 1.0pt"
    body += (
        blank()
        + blank()
        + "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=595\n"
        f" style='width:446.25pt;border-collapse:collapse;border:none;mso-border-top-alt:solid windowtext .5pt;\n"
        " mso-border-bottom-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n"
        f" <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>\n  <td width=595 valign=top style='width:446.25pt;{border};padding:0cm 5.4pt 0cm 5.4pt'>\n"
        f"  <p class=MsoNormal style='margin-left:14.0pt;{LINE}'>{latin(d['cc'], 'font-size:14.0pt;font-family:仿宋_GB2312')}<span\n"
        "  lang=EN-US style='font-size:14.0pt'><o:p></o:p></span></p>\n  </td>\n </tr>\n"
        f" <tr style='mso-yfti-irow:1;mso-yfti-lastrow:yes'>\n  <td width=595 valign=top style='width:446.25pt;{border};padding:0cm 5.4pt 0cm 5.4pt'>\n"
        f"  <p class=MsoNormal style='margin-left:14.0pt;{LINE}'>{latin(d['office'], 'font-size:14.0pt;font-family:仿宋_GB2312')}<span\n"
        "  style='mso-spacerun:yes'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>"
        f"{latin(d['issued'] + '印发', 'font-size:14.0pt;font-family:仿宋_GB2312')}<span lang=EN-US style='font-size:14.0pt'><o:p></o:p></span></p>\n"
        "  </td>\n </tr>\n</table>\n\n"
        + footer_line(page)
    )
    return head + body + WORD_END


# ---- the second file: a native Word export with footnotes; footers in header.htm ---------------------

DOC2 = dict(
    speech=SPEECHES["WD2"],
    file="P020231124508812736455",
    folder="/xwzx/gzdt/202311/",
    article="t20231124_1176321.html",
    speaker="市人力资源和社会保障局党组成员、副局长　李志刚",
    dateline="（2023年11月21日）",
    published="2023-11-21",
    cms_time="2023-11-24 16:35",
)
FOOTNOTES = [
    # (paragraph index, after this text, footnote text)
    (1, "根治拖欠农民工工资工作部署", "《国务院根治拖欠农民工工资工作领导小组办公室关于开展2023年冬季根治欠薪专项行动的通知》。"),
    (7, "失信联合惩戒对象名单", "依据《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》（人力资源社会保障部令第45号）。"),
]
HOTLINES = [
    ("市人力资源和社会保障局（市劳动保障监察支队）", "0715-8216315"),
    ("江北区人力资源和社会保障局", "0715-8327015"),
    ("江南区人力资源和社会保障局", "0715-8451262"),
    ("临江经开区社会事业局", "0715-8669123"),
    ("全国根治欠薪线索反映平台", "微信小程序“全国根治欠薪线索反映平台”"),
]


def doc2() -> str:
    d = DOC2
    speech = d["speech"]
    files = d["file"] + ".files"
    head = WORD_HEAD.format(
        files=files,
        images="",
        title="在全市根治欠薪冬季专项行动部署会上的讲话（定稿）",
        author="lzg",
        last="微软用户",
        rev=7,
        total=186,
        printed="2023-11-20T09:41:00Z",
        created="2023-11-17T07:03:00Z",
        saved="2023-11-24T08:12:00Z",
        pages=4,
        words=337,
        chars=1926,
        company="Lenovo",
        lines=16,
        paras=4,
        chars2=2259,
        grid="15.6pt",
        titlepage="no",
    )
    body = (
        centred(speech.title, "方正小标宋简体", "22.0pt")
        + blank()
        + centred(d["speaker"], "楷体_GB2312", "16.0pt")
        + centred(d["dateline"], "楷体_GB2312", "16.0pt")
        + blank()
    )
    for n, (lead, rest, font) in enumerate(leads(speech.paras)):
        notes = [(i + 1, after) for i, (k, after, _) in enumerate(FOOTNOTES) if k == n]
        if not notes:
            body += para(rest, lead=lead, lead_font=font)
            continue
        (num, after) = notes[0]
        before, tail = rest.split(after, 1)
        body += (
            f"<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;{LINE}'>"
            + (latin(lead, 'font-size:16.0pt;font-family:楷体_GB2312') if lead else "")
            + latin(before + after, FS)
            + footnote_ref(num)
            + latin(tail, FS)
            + f"<span lang=EN-US style='{FS}'><o:p></o:p></span></p>\n\n"
        )
    rows = "".join(
        f" <tr style='mso-yfti-irow:{i}'>\n  <td width=331 style='width:248.1pt;border:solid windowtext 1.0pt;"
        "padding:0cm 5.4pt 0cm 5.4pt'>\n"
        f"  <p class=MsoNormal>{latin(name, 'font-size:12.0pt;font-family:仿宋_GB2312')}<span lang=EN-US style='font-size:12.0pt'><o:p></o:p></span></p>\n  </td>\n"
        "  <td width=222 style='width:166.5pt;border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt 0cm 5.4pt'>\n"
        f"  <p class=MsoNormal align=center style='text-align:center'>{latin(tel, 'font-size:12.0pt;font-family:仿宋_GB2312')}<span lang=EN-US style='font-size:12.0pt'><o:p></o:p></span></p>\n  </td>\n </tr>\n"
        for i, (name, tel) in enumerate(HOTLINES, 1)
    )
    body += (
        PAGE_BREAK
        + para("附：", indent=False, lead="", lead_font="黑体")
        + centred("全市根治欠薪冬季专项行动投诉举报电话", "方正小标宋简体", "18.0pt")
        + "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0\n style='border-collapse:collapse;border:none;"
        "mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n"
        " <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>\n  <td width=331 style='width:248.1pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>\n"
        "  <p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:12.0pt;font-family:黑体'>单位</span></b></p>\n  </td>\n"
        "  <td width=222 style='width:166.5pt;border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt 0cm 5.4pt'>\n"
        "  <p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:12.0pt;font-family:黑体'>电话</span></b></p>\n  </td>\n </tr>\n"
        + rows
        + "</table>\n\n"
        + blank()
        + "<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all>\n\n"
        '<hr align=left size=1 width="33%">\n\n<![endif]>\n\n'
    )
    for i, (_, _, text) in enumerate(FOOTNOTES, 1):
        body += (
            f"<div style='mso-element:footnote' id=ftn{i}>\n\n<p class=MsoFootnoteText><a style='mso-footnote-id:ftn{i}'\n"
            f'href="#_ftnref{i}" name="_ftn{i}" title=""><span class=MsoFootnoteReference><span\n'
            "lang=EN-US><span style='mso-special-character:footnote'><![if !supportFootnotes]><span\n"
            "class=MsoFootnoteReference><span lang=EN-US style='font-size:9.0pt;font-family:\"Times New Roman\",serif;\n"
            "mso-fareast-font-family:宋体;mso-ansi-language:EN-US;mso-fareast-language:ZH-CN;mso-bidi-language:AR-SA'>"
            f"[{i}]</span></span><![endif]></span></span></span></a><span\nlang=EN-US> </span>{latin(text, 'font-size:9.0pt;font-family:宋体')}</p>\n\n</div>\n\n"
        )
    body += "</div>\n\n"
    return head + body + WORD_END


def header_htm(main: str) -> str:
    """`….files/header.htm`: where Word keeps headers, footers and footnote separators."""
    field = (
        "<!--[if supportFields]><span lang=EN-US style='font-size:14.0pt'><span\n"
        "style='mso-element:field-begin'></span><span style='mso-spacerun:yes'> </span>PAGE<span\n"
        "style='mso-spacerun:yes'>   </span>\\* MERGEFORMAT <span style='mso-element:field-separator'></span></span><![endif]--><span\n"
        "lang=EN-US style='font-size:14.0pt;mso-no-proof:yes'>{n}</span><!--[if supportFields]><span\n"
        "lang=EN-US style='font-size:14.0pt'><span style='mso-element:field-end'></span></span><![endif]-->"
    )
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link id=Main-File rel=Main-File href="../{main}">
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

<div style='mso-element:footer' id=ef1>

<p class=MsoFooter style='margin-left:14.0pt'><span style='font-size:14.0pt;font-family:宋体'>— </span>{field.format(n=2)}<span
style='font-size:14.0pt;font-family:宋体'> —</span></p>

</div>

<div style='mso-element:footer' id=f1>

<p class=MsoFooter align=right style='margin-right:14.0pt;text-align:right'><span
style='font-size:14.0pt;font-family:宋体'>— </span>{field.format(n=1)}<span
style='font-size:14.0pt;font-family:宋体'> —</span></p>

</div>

</body>

</html>
"""


def filelist(main: str, images: bool) -> str:
    img = ' <o:File HRef="image001.gif"/>\n' if images else ""
    return (
        '<xml xmlns:o="urn:schemas-microsoft-com:office:office">\n'
        f' <o:MainFile HRef="../{main}"/>\n <o:File HRef="themedata.thmx"/>\n <o:File HRef="colorschememapping.xml"/>\n'
        f'{img} <o:File HRef="header.htm"/>\n <o:File HRef="filelist.xml"/>\n</xml>'
    )


# ---- the department's CMS ------------------------------------------------------------------------


NAV = [
    ("/", "首页"),
    ("/xwzx/gzdt/", "工作动态"),
    ("/xxgk/tzgg/", "通知公告"),
    ("/xxgk/zcwj/", "政策文件"),
    ("/jyfw/", "就业服务"),
    ("/shbz/", "社会保障"),
    ("/hdjl/", "互动交流"),
]


def cms_head(title: str, meta: str = "") -> str:
    nav = "".join(f'<li><a href="{href}">{name}</a></li>' for href, name in NAV)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{title}</title>
<meta name="SiteName" content="{SITE}" />
<meta name="SiteDomain" content="{HOST}" />
<meta name="SiteIDCode" content="4210000021" />
{meta}<link href="/images/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/images/jquery.min.js"></script>
</head>
<body>
<div class="top">
  <div class="w1100"><span class="fl">欢迎访问{SITE}网站</span><span class="fr"><a href="/wza/">无障碍</a> | <a href="/ydb/">移动版</a> | <a href="javascript:void(0)" onclick="AddFavorite()">加入收藏</a></span></div>
</div>
<div class="banner"><div class="w1100"><a href="/"><img src="/images/logo.png" alt="{SITE}" /></a>
  <div class="search"><form action="/was5/web/search" method="get" target="_blank"><input type="text" name="searchword" class="sinput" value="请输入关键字" /><input type="submit" class="sbtn" value="搜索" /></form></div></div></div>
<div class="nav"><ul class="w1100">{nav}</ul></div>
"""


CMS_FOOT = f"""<div class="footer">
  <div class="w1100">
    <p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sybz/">使用帮助</a></p>
    <p>主办：{SITE}　地址：临江市江北区人民路88号　邮编：434000　联系电话：0715-8216300</p>
    <p><a href="https://beian.miit.gov.cn/" target="_blank">鄂ICP备12004417号-1</a>　<img src="/images/ga.png" /> 鄂公网安备 42100202000318号　网站标识码：4210000021</p>
    <p><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/17/000/0000/60771234/CA170000000607712340002.js' type='text/javascript'%3E%3C/script%3E"));</script></p>
  </div>
</div>
</body>
</html>
"""


def notice_page(title, source, time, column, column_href, paragraphs, attach_name, attach_href, extra_meta):
    paras = "".join(
        f'<p style="text-indent: 2em; font-family: 仿宋_GB2312; font-size: 16pt; line-height: 1.75em;">{p}</p>\n'
        for p in paragraphs
    )
    meta = (
        f'<meta name="ArticleTitle" content="{title}" />\n<meta name="PubDate" content="{time}" />\n'
        f'<meta name="ContentSource" content="{source}" />\n<meta name="ColumnName" content="{column}" />\n'
        f'<meta name="ColumnType" content="{column}" />\n{extra_meta}'
    )
    return (
        cms_head(f"{title}_{column}_{SITE}", meta)
        + f"""<div class="w1100 main">
  <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="{column_href}">{column}</a> &gt; 正文</div>
  <div class="xl_box">
    <div class="xl_title"><h1>{title}</h1></div>
    <div class="xl_info">发布时间：{time}　　来源：{source}　　浏览次数：<span id="clicks">--</span>　　【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
    <div class="xl_con" id="zoom">
<div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{{margin-top:0px;margin-bottom:0px;line-height:1.75;font-family:仿宋_GB2312;font-size:16pt;}}
</style>
{paras}</div>
    </div>
    <div class="xl_fj">
      <p>附件：</p>
      <p><a href="{attach_href}" target="_blank" OLDSRC="/protect/{attach_href[2:]}">{attach_name}</a></p>
    </div>
    <div class="xl_tools"><span class="fl"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></span><span class="fr">分享到：<a href="javascript:void(0)" class="wx">微信</a> <a href="javascript:void(0)" class="wb">微博</a></span></div>
  </div>
</div>
<script type="text/javascript">$.get("/cms/clicks?docid={attach_href[-12:-4]}",function(d){{$("#clicks").text(d);}});</script>
"""
        + CMS_FOOT
    )


def list_page(column, href, items):
    lis = "".join(f'<li><a href="{u}" target="_blank" title="{t}">{t}</a><span>{d}</span></li>\n' for u, t, d in items)
    return (
        cms_head(f"{column}_{SITE}")
        + f"""<div class="w1100 main">
  <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="{href}">{column}</a></div>
  <div class="list_left"><h3>{column}</h3></div>
  <div class="list_right"><ul class="list">
{lis}</ul>
  <div class="page"><script type="text/javascript">
var currentPage = 0;var countPage = 1;
createPageHTML(countPage, currentPage, "index", "html");
</script></div>
  </div>
</div>
"""
        + CMS_FOOT
    )


TZGG = [
    (DOC1["folder"] + DOC1["article"], DOC1["notice_title"], "2024-03-08"),
    ("/xxgk/tzgg/202403/t20240305_1186021.html", "关于做好2024年度全市职称评审工作的通知", "2024-03-05"),
    ("/xxgk/tzgg/202402/t20240226_1184470.html", "关于公布2024年第一批市级创业孵化示范基地名单的通知", "2024-02-26"),
    ("/xxgk/tzgg/202401/t20240118_1181235.html", "关于调整全市最低工资标准的通知", "2024-01-18"),
]
GZDT_TITLE = "市人社局召开全市根治欠薪冬季专项行动部署会"
GZDT = [
    ("/xwzx/gzdt/202312/t20231206_1178850.html", "我市举办2023年“就业援助月”专场招聘会", "2023-12-06"),
    (DOC2["folder"] + DOC2["article"], GZDT_TITLE, "2023-11-24"),
    ("/xwzx/gzdt/202311/t20231115_1175002.html", "市人社局开展社保基金管理风险排查", "2023-11-15"),
]


def home() -> str:
    def block(name, href, items):
        lis = "".join(f'<li><a href="{u}" target="_blank">{t}</a><span>{d[5:]}</span></li>' for u, t, d in items)
        return f'<div class="box"><div class="box_t"><h3>{name}</h3><a href="{href}" class="more">更多&gt;&gt;</a></div><ul>{lis}</ul></div>\n'

    return (
        cms_head(SITE, '<meta name="ColumnName" content="首页" />\n')
        + '<div class="w1100 main">\n'
        + block("工作动态", "/xwzx/gzdt/", GZDT)
        + block("通知公告", "/xxgk/tzgg/", TZGG)
        + """<div class="box"><div class="box_t"><h3>办事服务</h3></div><ul><li><a href="/jyfw/">就业创业</a></li><li><a href="/shbz/">社会保险</a></li><li><a href="/hdjl/">劳动维权</a></li></ul></div>
</div>
"""
        + CMS_FOOT
    )


def build() -> Family:
    fam = Family(
        HOST,
        "city department site (TRS-style CMS) publishing speeches as Microsoft Word 15 `Save as Web Page` .htm attachments (GBK)",
        encoding="gbk",
        content_type="text/html",
    )
    fam.put("/", home())
    fam.put("/index.html", home())
    fam.put("/xxgk/tzgg/", list_page("通知公告", "/xxgk/tzgg/", TZGG))
    fam.put("/xwzx/gzdt/", list_page("工作动态", "/xwzx/gzdt/", GZDT))
    fam.not_documents += ["/", "/xxgk/tzgg/", "/xwzx/gzdt/"]

    # the 印发 notice: a notice page whose attachment is the whole 文件 as Word wrote it
    d = DOC1
    name1 = f"周建国同志在全市人力资源和社会保障工作会议上的讲话.htm"
    fam.put(
        d["folder"] + d["article"],
        notice_page(
            d["notice_title"],
            "市人社局办公室",
            d["cms_time"],
            "通知公告",
            "/xxgk/tzgg/",
            [d["addressees"], d["notice"]],
            name1,
            f"./{d['file']}.htm",
            f'<meta name="Keywords" content="讲话,人社工作会议" />\n<meta name="Description" content="{d["notice"]}" />\n',
        ),
    )
    fam.put(d["folder"] + d["file"] + ".htm", doc1())
    fam.put(d["folder"] + d["file"] + ".files/header.htm", header_htm(d["file"] + ".htm"))
    fam.put(d["folder"] + d["file"] + ".files/filelist.xml", filelist(d["file"] + ".htm", True), "ascii")
    fam.not_documents += [d["folder"] + d["article"], d["folder"] + d["file"] + ".files/header.htm"]
    fam.doc([d["folder"] + d["file"] + ".htm"], d["speech"], published_at=d["published"])

    # a 工作动态 news item with the speech attached
    d = DOC2
    news = [
        "11月21日，市人社局召开全市根治欠薪冬季专项行动部署会，传达学习国务院和省政府有关会议精神，"
        "对今冬明春全市根治欠薪工作进行部署。市人社局党组成员、副局长李志刚出席会议并讲话。",
        "市住建局、市交通运输局、市水利和湖泊局等行业主管部门，各县（市、区）人社局分管负责同志参加会议。"
        "李志刚同志的讲话全文见附件。",
    ]
    name2 = "李志刚同志在全市根治欠薪冬季专项行动部署会上的讲话.htm"
    fam.put(
        d["folder"] + d["article"],
        notice_page(
            GZDT_TITLE,
            "劳动保障监察支队",
            d["cms_time"],
            "工作动态",
            "/xwzx/gzdt/",
            news,
            name2,
            f"./{d['file']}.htm",
            '<meta name="Keywords" content="根治欠薪,冬季专项行动" />\n',
        ),
    )
    fam.put(d["folder"] + d["file"] + ".htm", doc2())
    fam.put(d["folder"] + d["file"] + ".files/header.htm", header_htm(d["file"] + ".htm"))
    fam.put(d["folder"] + d["file"] + ".files/filelist.xml", filelist(d["file"] + ".htm", False), "ascii")
    fam.not_documents += [d["folder"] + d["article"], d["folder"] + d["file"] + ".files/header.htm"]
    fam.doc([d["folder"] + d["file"] + ".htm"], d["speech"], published_at=d["published"])

    fam.put("/robots.txt", "User-agent: *\nDisallow: /cms/\nDisallow: /was5/\nDisallow: /protect/\n", "ascii")
    fam.check_ignore += ["[1]", "[2]"] + [f"— {n} —" for n in range(1, 6)]
    fam.noise += [
        "临江市人力资源和社会保障局文件",
        "临人社发〔",
        DOC1["notice_title"],
        "临江经开区社会事业局，市局机关各科室",
        "现将周建国同志",
        "（此件公开发布）",
        DOC1["speaker"],
        "抄送：",
        "印发",
        "— 2 —",
        "— 3 —",
        DOC2["speaker"],
        "[1]",
        "[2]",
        "冬季根治欠薪专项行动的通知》",
        "人力资源社会保障部令第",
        "冬季专项行动投诉举报电话",
        "（定稿）",
        "李志刚同志的讲话全文见附件",
        "当前位置",
        "发布时间：",
        "【字体：",
        "附件：",
        "打印本页",
        "鄂ICP备12004417号-1",
    ]
    fam.note = (
        "The documents are the Word `Save as Web Page` files (`P0….htm`), reached through the 附件 link of an "
        "ordinary CMS page (a 印发 notice / a short news item, no speech text: not documents); the header is "
        "`text/html` with no charset, Word's meta says gb2312, the bytes are GBK. The first file is the whole "
        "印发 文件 (red head, 文号, notice, signature, 版记 around the speech) made from the typeset PDF: its page "
        "footers `— N —` stand in the text and one paragraph is cut into two `<p>` at a page break (expected as one); "
        "the second is a native export with footnote references `[1]` `[2]` inside paragraphs and the footnote "
        "list at the end, its footers only in `….files/header.htm`. published_at: the first file's 印发 date "
        "(signature and 版记), the second's date line (the only date in the file)."
    )
    return fam
