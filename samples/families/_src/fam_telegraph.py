"""Telegraph (telegra.ph) pages as its server prints them: `/<标题>-MM-DD` (the title kept in the path,
percent-encoded in links, files stored under decoded names, extensionless), `main.tl_article` with the
`tl_article_header` (h1, `address` with the author's `a[rel=author]` and `time[datetime]`) and
`article#_tl_editor.tl_article_content` which repeats the title (`<h1>…<br></h1>`) and author
(`<address>…<br></address>`) before the text; the editor furniture printed for everyone (`_tl_tooltip`,
`_tl_blocks`, `tl_article_buttons` with Edit / Publish), the footer `Report content on this page` and the
hidden report popup (Violence / Child Abuse / Copyright…, dmca@telegram.org), the `var T={…datetime…}`
script rewriting the date, core.min.js and the `_websync_` script. Telegraph has no listings: the home is
a Telegraph page the author made to list the speeches (合集, `<ul>` of links, not a document)."""

from urllib.parse import quote, unquote, urlsplit

from common import SPEECHES, Family

HOST = "telegra-ph-like.test"
T1, T2 = SPEECHES["g37a-t1"], SPEECHES["g37a-t2"]
MONTHS = "January February March April May June July August September October November December".split()


class TelegraphFamily(Family):
    def file_for_url(self, url: str) -> str:
        parts = urlsplit(url if "://" in url else self.url(url))
        return unquote(parts.path).lstrip("/") or "index.html"


def path_of(title: str, mmdd: str) -> str:
    return f"/{title}-{mmdd}"


def href(path: str) -> str:
    return quote(path, safe="/-")


PAGES = [
    dict(sp=T1, path=path_of(T1.title, "07-26"), author="华教研修｜小林老师", author_url="https://t.me/huajiao_yanxiu",
         dt="2024-07-26T09:41:17+0000", ts=1721986877, page_id="9c1f6b0e2a7d4e5b8f3a1c6d0e9b7a24",
         lead="<p><em>（结业式现场致辞，根据速记稿整理，已征得本人同意发布。）</em></p>",
         tail="<p><br></p><p>——</p><p>研修班资料汇总：<a href=\"https://t.me/huajiao_yanxiu\" target=\"_blank\">t.me/huajiao_yanxiu</a></p>"),
    dict(sp=T2, path=path_of(T2.title, "04-21"), author="灯下读书会", author_url=None,
         dt="2024-04-21T13:05:52+0000", ts=1713704752, page_id="3b7e2d9a1f0c4a6e9d5b2c8f1a0e7d63",
         lead='<figure><img src="/file/6a1c0f9e2b7d3e5a4c8b1.jpg"><figcaption>五周年分享会现场</figcaption></figure>',
         tail="<p><br></p><blockquote>“灯下读书会”每月第三个周六晚七点，社区活动中心二楼，欢迎邻居们来玩。</blockquote>"),
]
INDEX = dict(title="讲话稿存档（持续更新）", path=path_of("讲话稿存档持续更新", "04-21"), author="小林", author_url=None,
             dt="2024-04-21T14:20:03+0000", ts=1713709203, page_id="5e0a9c7b3d1f4b2a8e6c0d9f7b1a3e58")


def page(title, author, author_url, dt, ts, page_id, body, path, desc) -> str:
    y, m, d = dt[:10].split("-")
    shown = f"{MONTHS[int(m) - 1]} {d}, {y}"
    a = f'<a rel="author" href="{author_url}" target="_blank">{author}</a>' if author_url else f'<a rel="author">{author}</a>'
    a2 = f'<a href="{author_url}" target="_blank">{author}</a>' if author_url else author
    canon = f"https://{HOST}{href(path)}"
    mail = quote(f'Report to Telegraph page "{title}"')
    mbody = quote(f"Reported page: {canon}\n\n\n", safe="")
    return f"""<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <title>{title} – Telegraph</title>
    <meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no" />
    <meta name="format-detection" content="telephone=no" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="MobileOptimized" content="176" />
    <meta name="HandheldFriendly" content="True" />
    <meta name="robots" content="index, follow" />
    <meta property="og:type" content="article">
    <meta property="og:title" content="{title}">
    <meta property="og:description" content="{desc}">
    <meta property="og:image" content="">
    <meta property="og:site_name" content="Telegraph">
    <meta property="article:published_time" content="{dt}">
    <meta property="article:modified_time" content="{dt}">
    <meta property="article:author" content="{author}">
    <meta name="twitter:card" content="summary">
    <meta name="twitter:title" content="{title}">
    <meta name="twitter:description" content="{desc}">
    <meta name="twitter:image" content="">
    <link rel="canonical" href="{canon}" />
    <link rel="shortcut icon" href="/favicon.ico?1" type="image/x-icon">
    <link rel="icon" type="image/png" href="/images/favicon.png?1" sizes="16x16">
    <link rel="icon" type="image/png" href="/images/favicon_2x.png?1" sizes="32x32">
    <link href="/css/quill.core.min.css" rel="stylesheet">
    <link href="/css/core.min.css?47" rel="stylesheet">
  </head>
  <body>
    <div class="tl_page_wrap">
      <div class="tl_page">
        <main class="tl_article">
          <header class="tl_article_header" dir="auto">
            <h1>{title}</h1>
            <address>
              {a}<!--
           --><time datetime="{dt}">{shown}</time>
            </address>
          </header>
          <article id="_tl_editor" class="tl_article_content"><h1>{title}<br></h1><address>{a2}<br></address>{body}</article>
          <div id="_tl_link_tooltip" class="tl_link_tooltip"></div>
          <div id="_tl_tooltip" class="tl_tooltip">
            <div class="buttons">
              <span class="button_hover"></span>
              <span class="button_group"><!--
             --><button id="_bold_button"></button><!--
             --><button id="_italic_button"></button><!--
             --><button id="_link_button"></button><!--
           --></span><!--
           --><span class="button_group"><!--
             --><button id="_header_button"></button><!--
             --><button id="_subheader_button"></button><!--
             --><button id="_quote_button"></button><!--
           --></span>
            </div>
            <div class="prompt">
              <span class="close"></span>
              <div class="prompt_input_wrap"><input type="url" class="prompt_input" /></div>
            </div>
          </div>
          <div id="_tl_blocks" class="tl_blocks">
            <div class="buttons">
              <button id="_image_button"></button>
              <button id="_embed_button"></button>
            </div>
          </div>
          <aside class="tl_article_buttons">
            <div class="account account_top"></div>
            <button id="_edit_button" class="button edit_button">Edit</button><!--
         --><button id="_publish_button" class="button publish_button">Publish</button>
            <div class="account account_bottom"></div>
            <div id="_error_msg" class="error_msg"></div>
          </aside>
        </main>
      </div>
          <div class="tl_page_footer">
      <div id="_report_button" class="report_button">Report content on this page</div>
    </div>
    </div>
      <div class="tl_popup tl_popup_hidden" id="_report_popup">
    <main class="tl_popup_body tl_report_body">
      <form id="_report_form" method="post">
        <section>
          <h2 class="tl_popup_header">Report Page</h2>
          <div class="tl_radio_items">
            <label class="tl_radio_item">
              <input type="radio" class="radio" name="reason" value="violence">
              <span class="tl_radio_item_label">Violence</span>
            </label>
            <label class="tl_radio_item">
              <input type="radio" class="radio" name="reason" value="childabuse">
              <span class="tl_radio_item_label">Child Abuse</span>
            </label>
            <label class="tl_radio_item">
              <input type="radio" class="radio" name="reason" value="copyright">
              <span class="tl_radio_item_label">Copyright</span>
            </label>
            <label class="tl_radio_item">
              <input type="radio" class="radio" name="reason" value="illegal_drugs">
              <span class="tl_radio_item_label">Illegal Drugs</span>
            </label>
            <label class="tl_radio_item">
              <input type="radio" class="radio" name="reason" value="personal_details">
              <span class="tl_radio_item_label">Personal Details</span>
            </label>
            <label class="tl_radio_item">
              <input type="radio" class="radio" name="reason" value="other">
              <span class="tl_radio_item_label">Other</span>
            </label>
          </div>
          <div class="tl_textfield_item tl_comment_field">
            <input type="text" class="tl_textfield" name="comment" value="" placeholder="Add Comment…">
          </div>
          <div class="tl_copyright_field">
            Please submit your DMCA takedown request to <a href="mailto:dmca@telegram.org?subject={mail}&body={mbody}" target="_blank">dmca@telegram.org</a>
          </div>
        </section>
        <aside class="tl_popup_buttons">
          <button type="reset" class="button" id="_report_cancel">Cancel</button>
          <button type="submit" class="button submit_button">Report</button>
        </aside>
      </form>
    </main>
  </div>
    
    <script>var T={{"apiUrl":"https:\\/\\/edit.telegra.ph","datetime":{ts},"pageId":"{page_id}","editable":true}};(function(){{var b=document.querySelector('time');if(b&&T.datetime){{var a=new Date(1E3*T.datetime),d='January February March April May June July August September October November December'.split(' ')[a.getMonth()],c=a.getDate();b.innerText=d+' '+(10>c?'0':'')+c+', '+a.getFullYear()}}}})();</script>
    <script src="/js/jquery.min.js"></script>
    <script src="/js/jquery.selection.min.js"></script>
    <script src="/js/autosize.min.js"></script>
    <script src="/js/load-image.all.min.js?1"></script>
    <script src="/js/quill.min.js?10"></script>
    <script src="/js/core.min.js?67"></script>
    <script async src="https://t.me/_websync_?path={quote(path.lstrip("/"), safe="-")}&hash={page_id[:18]}"></script>
  </body>
</html>
"""


def speech(p: dict) -> str:
    body = p["lead"] + "".join(f"<p>{x}</p>" for x in p["sp"].paras) + p["tail"]
    return page(p["sp"].title, p["author"], p["author_url"], p["dt"], p["ts"], p["page_id"], body, p["path"],
                p["sp"].paras[1][:80] + "…")


def index() -> str:
    i = INDEX
    body = ("<p>平时帮朋友们整理的几篇发言稿，放在这里方便转发。有错字欢迎指出。</p>"
            "<h3>2024</h3><ul>"
            + "".join(f'<li><a href="{href(p["path"])}">{p["sp"].title}</a>（{p["dt"][:10]}）</li>' for p in PAGES)
            + "</ul><p>——</p><p>转载请注明出处。</p>")
    return page(i["title"], i["author"], None, i["dt"], i["ts"], i["page_id"], body, i["path"],
                "平时帮朋友们整理的几篇发言稿，放在这里方便转发。")


def build() -> Family:
    fam = TelegraphFamily(HOST, "Telegraph (telegra.ph) pages: tl_article, author link, time, Edit/Publish, Report popup",
                          content_type="text/html; charset=utf-8", extensionless_html=True, home=href(INDEX["path"]))
    fam.files[INDEX["path"].lstrip("/")] = index().encode("utf-8")
    for p in PAGES:
        fam.files[p["path"].lstrip("/")] = speech(p).encode("utf-8")
        fam.doc([href(p["path"])], p["sp"])
    fam.files["robots.txt"] = b"User-agent: *\nDisallow: /edit\nDisallow: /upload\n"
    fam.not_documents += [href(INDEX["path"])]
    fam.noise += ["Report content on this page", "Report Page", "Violence", "dmca@telegram.org", "Publish",
                  "根据速记稿整理", "研修班资料汇总", "五周年分享会现场", "每月第三个周六晚七点", "华教研修｜小林老师", "灯下读书会”每月"]
    fam.note = (
        "Telegraph: extensionless `/<title>-MM-DD` paths with Chinese characters (percent-encoded in links, files under decoded "
        "names); the article body repeats the h1 and address (title and author are not text); the italic note, picture caption, "
        "the `——` tail and blockquote after the text are not part of the speech. The home is the author's own index page (not a "
        "document); the date is the `time` element (also article:published_time)."
    )
    return fam
