"""Google Docs "Publish to the web" pages (docs.google.com/document/d/e/2PACX-…/pub) as a guest gets them:
extensionless `/document/d/e/<id>/pub`, `og:` meta (site_name Google Docs), the fastpub stylesheet, the
`#banners > #publish-banner` (Published using Google Docs, Report abuse, Learn more), `#header` with `#title`
(the file name) and `#interval` (Updated automatically every 5 minutes), `#contents` opening with the document's
generated `<style type="text/css">` (`lst-kix_…` list rules, `.c0`…`.cN` paragraph / span classes, `.title`,
`.subtitle`, `h1`…) and its `<p class="cN"><span class="cN">` runs (empty `<p><span></span></p>` spacers, a bold
run inside a paragraph), then `#footer`. The file name is not the speech's title: the speech prints its own
centred title, speaker line and date line at the top (the only date on the page). Home is a published 目录
document whose numbered list links the two speeches as Docs prints every hyperlink: through
`https://www.google-like.test/url?q=<pub address>&sa=D&source=editors&ust=…&usg=…` (another host), so no
plain on-host link reaches them (`found_by` redirect link)."""

from common import SPEECHES, Family

HOST = "docs.google-like.test"
REDIRECT = "https://www.google-like.test/url"

GRAD = SPEECHES["F35A4"]
CORP = SPEECHES["F35A3"]

DOCS = [
    {"id": "2PACX-1vQm7Rk3YpL0aZ9wXc2VbN4sTfJ8uHgE1dKiO6qPlMnBvCxZaSdFgHjKlQwErTyUiOp5aS6dF7gH8jK9lZxCv",
     "name": "2024届研究生毕业典礼校长致辞（定稿）", "speech": GRAD, "speaker": "校长　孙明远", "dline": "（2024年6月21日）",
     "bold": None, "ust": "1719035204118342", "usg": "AOvVaw0hX3kq9ZfT2mRk1nLpB7eD"},
    {"id": "2PACX-1vTq8WeR5tY2uI9oP3aSdF6gHjK1lZxC4vBnM7qWeRtYuIoPaSdFgHjKlZxCvBnMqWeRtYuIoP2aS3dF4gH5j",
     "name": "2025年职代会工作报告-终稿0116", "speech": CORP, "speaker": "公司党委副书记、总经理　赵永辉", "dline": "（2025年1月18日）",
     "bold": "一是市场开拓取得新突破，", "ust": "1737280511902615", "usg": "AOvVaw3Lq0pRk7sT1vNm9xZbC2dE"},
]
INDEX = {"id": "2PACX-1vRz5Kx8cV1bN4mQ7wE0rT3yU6iO9pA2sD5fG8hJ1kL4zX7cV0bN3mQ6wE9rT2yU5iO8pA1sD4fG7hJ0kL3zX",
         "name": "讲话稿汇编（2024—2025）目录"}

STYLE = ("@import url(https://themes.googleusercontent-like.test/fonts/css?kit=fpjTOVmNbO4Lz34iLyptLUXza5VhXqVC6o75Eld_V98);"
         ".lst-kix_8qv1c7m2x0lp-0>li:before{content:\"\" counter(lst-ctn-kix_8qv1c7m2x0lp-0,decimal) \". \"}"
         "ol.lst-kix_8qv1c7m2x0lp-0.start{counter-reset:lst-ctn-kix_8qv1c7m2x0lp-0 0}"
         ".lst-kix_8qv1c7m2x0lp-0>li{counter-increment:lst-ctn-kix_8qv1c7m2x0lp-0}"
         "li.li-bullet-0:before{margin-left:-18pt;white-space:nowrap;display:inline-block;min-width:18pt}ol{margin:0;padding:0}table td,table th{padding:0}"
         ".c1{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:16pt;font-family:\"FangSong\";font-style:normal}"
         ".c2{padding-top:0pt;padding-bottom:0pt;line-height:1.5;orphans:2;widows:2;text-indent:32pt;text-align:justify}"
         ".c3{padding-top:0pt;padding-bottom:0pt;line-height:1.5;orphans:2;widows:2;text-align:center}"
         ".c4{color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:22pt;font-family:\"SimSun\";font-style:normal}"
         ".c5{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:16pt;font-family:\"KaiTi\";font-style:normal}"
         ".c6{color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:16pt;font-family:\"FangSong\";font-style:normal}"
         ".c7{padding-top:0pt;padding-bottom:0pt;line-height:1.5;orphans:2;widows:2;text-align:justify;height:11pt}"
         ".c8{background-color:#ffffff;max-width:451.4pt;padding:72pt 72pt 72pt 72pt}"
         ".c9{color:#1155cc;text-decoration:underline}.c10{margin-left:36pt;padding-left:0pt}"
         ".c11{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}"
         ".c12{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:\"Arial\";font-style:normal}"
         ".c13{padding:0;margin:0}"
         ".title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:\"Arial\";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}"
         ".subtitle{padding-top:0pt;color:#666666;font-size:15pt;padding-bottom:16pt;font-family:\"Arial\";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}"
         "li{color:#000000;font-size:11pt;font-family:\"Arial\"}p{margin:0;color:#000000;font-size:11pt;font-family:\"Arial\"}"
         "h1{padding-top:20pt;color:#000000;font-size:20pt;padding-bottom:6pt;font-family:\"Arial\";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}"
         "h2{padding-top:18pt;color:#000000;font-size:16pt;padding-bottom:6pt;font-family:\"Arial\";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}")

NONCE = "x2Vh7qL0bR9sT4kPzN1mWg"


def pub_url(doc_id):
    return f"https://{HOST}/document/d/e/{doc_id}/pub"


def page(doc_id, name, desc, contents):
    return f"""<!DOCTYPE html><html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="strict-origin-when-cross-origin"><meta property="og:title" content="{name}"><meta property="og:type" content="article"><meta property="og:site_name" content="Google Docs"><meta property="og:url" content="{pub_url(doc_id)}"><meta property="og:description" content="{desc}"><meta name="google" content="notranslate"><meta http-equiv="X-UA-Compatible" content="IE=edge;"><title>{name}</title><link rel="shortcut icon" href="https://ssl.gstatic-like.test/docs/documents/images/kix-favicon-2023q4.ico"><link href="/static/document/client/css/3651424359-fastpub_css_ltr.css" type="text/css" rel="stylesheet" nonce="{NONCE}"><script nonce="{NONCE}">_docs_flag_initialData={{"docs-ails":"docs_cold","docs-fwds":"docs_sdf","docs-crs":"docs_crs_nfd","docs-shdn":0,"docs-tfh":"","docs-pub":true}};</script></head><body><div id="banners"><div id="publish-banner"><div id="publish-banner-content"><span id="publish-banner-text">Published using Google Docs</span><span id="publish-banner-buttons"><a href="https://{HOST}/abuse?id={doc_id}" target="_blank" id="publish-banner-report-abuse">Report abuse</a><a href="https://support.google-like.test/docs/answer/183965" target="_blank" id="publish-banner-learn-more">Learn more</a></span></div></div></div><div id="header"><div id="title">{name}</div><div id="interval"><span>Updated automatically every 5 minutes</span></div></div><div id="contents"><style type="text/css">{STYLE}</style>{contents}</div><div id="footer"><div id="publish-footer"><a href="https://{HOST}/" target="_blank" class="publish-footer-link">Published using Google Docs</a><span class="dash">–</span><a href="https://{HOST}/abuse?id={doc_id}" target="_blank" class="publish-footer-link">Report abuse</a><span class="dash">–</span><span>Updated automatically every 5 minutes</span></div></div><script nonce="{NONCE}" type="text/javascript">(function(){{var b=document.getElementById("banners");if(b&&window.self!==window.top){{b.style.display="none"}}}})();</script><script nonce="{NONCE}" src="/static/document/client/js/2745180946-viewer_core.js"></script></body></html>"""


SPACER = '<p class="c7"><span class="c1"></span></p>'


def speech_contents(d):
    s = d["speech"]
    out = [f'<p class="c3"><span class="c4">{s.title}</span></p>', SPACER,
           f'<p class="c3"><span class="c5">{d["speaker"]}</span></p>',
           f'<p class="c3"><span class="c5">{d["dline"]}</span></p>', SPACER]
    for para in s.paras:
        if d["bold"] and d["bold"] in para:
            before, after = para.split(d["bold"], 1)
            out.append(f'<p class="c2"><span class="c1">{before}</span><span class="c6">{d["bold"]}</span><span class="c1">{after}</span></p>')
        else:
            out.append(f'<p class="c2"><span class="c1">{para}</span></p>')
    out.append(SPACER)
    return "".join(out)


def index_contents():
    items = "".join(
        f'<li class="c11 c10 li-bullet-0"><span class="c12 c9"><a class="c9" href="{REDIRECT}?q={pub_url(d["id"])}&amp;sa=D&amp;source=editors&amp;ust={d["ust"]}&amp;usg={d["usg"]}">{d["speech"].title}</a></span><span class="c12">（{d["dline"][1:-1]}）</span></li>'
        for d in DOCS
    )
    return ('<p class="c3"><span class="c4">讲话稿汇编（2024—2025）</span></p><p class="c7"><span class="c12"></span></p>'
            '<p class="c11"><span class="c12">说明：本目录收录办公室起草的部分讲话稿定稿，点击标题查看全文。文稿仅供内部学习参考，请勿转载。</span></p>'
            '<p class="c7"><span class="c12"></span></p>'
            f'<ol class="c13 lst-kix_8qv1c7m2x0lp-0 start" start="1">{items}</ol>'
            '<p class="c7"><span class="c12"></span></p><p class="c11"><span class="c12">（持续更新中）</span></p>')


def build() -> Family:
    fam = Family(HOST, 'Google Docs "Publish to the web" pages (/document/d/e/ID/pub): #banners, #header #title, #contents with generated c-class styles, #footer; 目录 doc linking through google.com/url redirects',
                 extensionless_html=True)
    index_path = f"/document/d/e/{INDEX['id']}/pub"
    fam.home = index_path
    fam.put(index_path, page(INDEX["id"], INDEX["name"], "讲话稿汇编（2024—2025） 说明：本目录收录办公室起草的部分讲话稿定稿", index_contents()))
    fam.not_documents.append(index_path)
    for d in DOCS:
        path = f"/document/d/e/{d['id']}/pub"
        fam.put(path, page(d["id"], d["name"], d["speech"].title + " " + d["speaker"], speech_contents(d)))
        fam.doc([path], d["speech"], found_by="redirect link")
    fam.put("/robots.txt", "User-agent: *\nAllow: /$\nAllow: /support/\nAllow: /a/\nAllow: /Doc\nAllow: /View\nAllow: /ViewDoc\n"
            "Allow: /present\nAllow: /templates\nAllow: /fileview\nAllow: /viewer\nAllow: /document/d/e/\nAllow: /document/pub\n"
            "Allow: /spreadsheets/d/e/\nAllow: /presentation/d/e/\nAllow: /forms/d/e/\nDisallow: /\n")
    fam.noise += ["Published using Google Docs", "Report abuse", "Updated automatically every 5 minutes", "Learn more",
                  DOCS[0]["speaker"], DOCS[1]["speaker"], DOCS[0]["dline"], DOCS[1]["dline"], DOCS[0]["name"], DOCS[1]["name"]]
    fam.note = ("the documents are reached only through the 目录 doc's hyperlinks, which Docs prints as "
                "`https://www.google-like.test/url?q=<pub address>&sa=D…` redirects on another host (found_by redirect link); "
                "title is the speech's own centred title (the header and <title> show the file name); "
                "published_at is the date line typed under the speaker line")
    return fam
