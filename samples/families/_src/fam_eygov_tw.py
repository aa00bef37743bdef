"""行政院 (www.ey.gov.tw)-like 院長致詞 pages (Traditional, zh-Hant-TW) on the ASP.NET MVC 政府網站 CMS
Taiwan's central agencies share: extensionless `/Page/<16 hex>` columns and `/Page/<16 hex>/<uuid>`
articles (`extensionless_html`); the 無障礙 furniture of that rulebook (`跳到主要內容區塊`, `:::` accesskey
anchors U / C / Z, a `<noscript>` telling to turn JavaScript on, the AA 無障礙標章), top links (回首頁 /
網站導覽 / English / 雙語詞彙), 字級 小 中 大, the crumb `首頁 > 新聞與公告 > 院長致詞`, `h2.h2_title`,
the info list with 民國 dates (`發布日期：113-06-14`, `資料來源：行政院`), a news lead before the text
(`…今（14）日上午出席…，致詞全文如下：`), a photo with its caption, the text as `<p>`s, 相關照片 / 分享
(Facebook / LINE / X / 列印 / 回上一頁), the footer address block with its own 更新日期 and 瀏覽人次. The
column `/Page/<col>` is also the articles' folder (`folder_pages`) and lists ten rows a page: page 2 is `?page=2` (a query route). Expected texts in Simplified."""

import json

import opencc

from common import FAMILIES, SPEECHES, Family, render

HOST = "www.xingzhengyuan.gov.test"
_TW = opencc.OpenCC("s2twp")
TO_CN = opencc.OpenCC("tw2s")
COL = "A3412E6C1CBA9B13"
NEWS = "9277F759E41CCD91"


def tw(text: str) -> str:
    return _TW.convert(text)


def roc(date: str) -> str:
    y, m, d = date.split("-")
    return f"{int(y) - 1911}-{m}-{d}"


ARTS = [
    {
        "speech": SPEECHES["f48d-3"],
        "uuid": "6b2e9f41-3c7a-4d5e-8f10-a2b4c6d8e0f1",
        "lead": "行政院長今（14）日上午出席「113年度長期照顧服務人員表揚典禮」，感謝長照第一線人員的辛勞付出，致詞全文如下：",
        "photo": "院長出席「113年度長期照顧服務人員表揚典禮」並與得獎人合影（行政院提供）",
        "views": 3187,
    },
    {
        "speech": SPEECHES["f48d-4"],
        "uuid": "d40a7c13-9e5b-4f26-b7c8-1e3f5a7b9c2d",
        "lead": "行政院長今（24）日下午前往臺南市視導「113年全民防衛動員暨災害防救演習」，肯定各單位的整備成果，致詞全文如下：",
        "photo": "院長視導「113年全民防衛動員暨災害防救演習」，與參演人員及志工致意（行政院提供）",
        "views": 2451,
    },
]

OTHER_ROWS = [
    ("院長出席「2024智慧城市展」開幕典禮致詞", "2024-03-19", "0c6e8a2b-4d1f-4a3e-9b5c-7d8e9f0a1b2c"),
    ("院長出席全國模範勞工表揚大會致詞", "2024-04-30", "1d7f9b3c-5e2a-4b4f-8c6d-8e9f0a1b2c3d"),
    ("院長出席「國家防災日」記者會致詞", "2024-02-21", "2e8a0c4d-6f3b-4c5a-9d7e-9f0a1b2c3d4e"),
    ("院長出席醫師節慶祝大會致詞", "2024-11-08", "3f9b1d5e-7a4c-4d6b-8e8f-0a1b2c3d4e5f"),
    ("院長出席原住民族文化節開幕典禮致詞", "2024-08-01", "4a0c2e6f-8b5d-4e7c-9f9a-1b2c3d4e5f6a"),
    ("院長出席青年創業論壇致詞", "2024-05-28", "5b1d3f7a-9c6e-4f8d-8a0b-2c3d4e5f6a7b"),
    ("院長出席全國治安會報致詞", "2024-01-16", "6c2e4a8b-0d7f-4a9e-9b1c-3d4e5f6a7b8c"),
    ("院長出席農業部成立週年慶致詞", "2023-08-01", "7d3f5b9c-1e8a-4b0f-8c2d-4e5f6a7b8c9d"),
    ("院長出席全國運動會開幕典禮致詞", "2023-10-21", "8e4a6c0d-2f9b-4c1a-9d3e-5f6a7b8c9d0e"),
    ("院長出席金鼎獎頒獎典禮致詞", "2023-09-26", "9f5b7d1e-3a0c-4d2b-8e4f-6a7b8c9d0e1f"),
    ("院長出席全國教師節表揚大會致詞", "2023-09-27", "a06c8e2f-4b1d-4e3c-9f5a-7b8c9d0e1f2a"),
]

HEAD = """<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@@TITLE@@</title>
<meta name="DC.Title" content="@@TITLE@@">
<meta name="DC.Creator" content="行政院">
<meta name="DC.Subject" content="院長致詞">
<meta name="DC.Publisher" content="行政院">
<meta name="DC.Date" content="@@DCDATE@@">
<meta name="Category.Theme" content="300">
<meta name="Category.Cake" content="600">
<meta name="Category.Service" content="I00">
<link rel="stylesheet" href="/Content/css/style.css?v=20240315">
<script src="/Scripts/jquery-3.6.0.min.js"></script>
</head>
<body>
<a href="#C" class="sr-only sr-only-focusable" title="跳到主要內容區塊">跳到主要內容區塊</a>
<noscript>您的瀏覽器不支援JavaScript功能，若網頁功能無法正常使用時，請開啟瀏覽器JavaScript狀態</noscript>
<header class="header">
	<div class="container">
		<a href="#U" id="AU" accesskey="U" title="上方功能區塊" class="accesskey">:::</a>
		<h1 class="logo"><a href="/" title="行政院(另開新視窗)"><img src="/Images/logo.png" alt="行政院"></a></h1>
		<ul class="top_link">
			<li><a href="/">回首頁</a></li>
			<li><a href="/Page/SiteMap">網站導覽</a></li>
			<li><a href="https://english.ey.gov.tw/" title="English(另開新視窗)" target="_blank">English</a></li>
			<li><a href="/Page/F0C3A4F1B8A2B6E5">雙語詞彙</a></li>
		</ul>
		<form class="search" action="/Search" method="get"><label for="q" class="sr-only">搜尋</label><input type="text" id="q" name="q" title="請輸入關鍵字"><button type="submit">搜尋</button></form>
		<nav class="menu"><ul>
			<li><a href="/Page/@@NEWS@@">新聞與公告</a></li>
			<li><a href="/Page/5A8A0CB5B41DA11E">政策與計畫</a></li>
			<li><a href="/Page/A4D5B2A9C3E1F607">施政與法令</a></li>
			<li><a href="/Page/7E2B1C9D0F3A4B58">資訊公開</a></li>
			<li><a href="/Page/2B9C5E1A7D4F3C60">關於本院</a></li>
		</ul></nav>
	</div>
</header>
<main id="C" class="main">
	<div class="container">
		<a href="#C" id="AC" accesskey="C" title="中央內容區塊" class="accesskey">:::</a>
"""

FOOT = """	</div>
</main>
<footer class="footer">
	<div class="container">
		<a href="#Z" id="AZ" accesskey="Z" title="下方功能區塊" class="accesskey">:::</a>
		<ul class="footer_link">
			<li><a href="/Page/PrivacyPolicy">隱私權及資訊安全政策</a></li>
			<li><a href="/Page/GovOpenData">政府網站資料開放宣告</a></li>
			<li><a href="/Page/Accessibility">無障礙聲明</a></li>
			<li><a href="/Page/Contact">聯絡我們</a></li>
		</ul>
		<address>行政院 地址：100009臺北市中正區忠孝東路1段1號　總機：(02)3356-6500</address>
		<p class="update">更新日期：@@UPDATED@@　瀏覽人次：@@COUNTER@@</p>
		<p class="aa"><a href="https://accessibility.moda.gov.tw/Applications/Detail?category=20240118151002" title="無障礙網站(另開新視窗)" target="_blank"><img src="/Images/accessibilityAA.jpg" alt="通過AA無障礙網頁檢測" width="88" height="31"></a></p>
		<p class="copyright">Copyright © 2024 Executive Yuan, R.O.C. All Rights Reserved.</p>
	</div>
</footer>
<script src="/Scripts/common.js?v=20240315"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7Q3X1Z9K2E"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-7Q3X1Z9K2E');</script>
</body>
</html>
"""


def article_page(a, other):
    s = a["speech"]
    body = "\n".join(f"\t\t\t\t<p>{tw(p)}</p>" for p in s.paras)
    page = HEAD + """		<ol class="breadcrumb"><li><a href="/">首頁</a></li><li><a href="/Page/@@NEWS@@">新聞與公告</a></li><li><a href="/Page/@@COL@@">院長致詞</a></li></ol>
		<div class="words">
			<h2 class="h2_title">@@H2@@</h2>
			<ul class="info">
				<li>發布日期：@@ROC@@</li>
				<li>資料來源：行政院</li>
			</ul>
			<ul class="font_size"><li>字級</li><li><a href="javascript:;" class="fs_s" title="小">小</a></li><li><a href="javascript:;" class="fs_m" title="中">中</a></li><li><a href="javascript:;" class="fs_l" title="大">大</a></li></ul>
			<div class="data_midlle_news_box02">
				<p class="lead">@@LEAD@@</p>
				<figure class="pic"><img src="/Upload/RelPic/4/202406/@@UUID@@_1.jpg" alt="@@PHOTO@@"><figcaption>@@PHOTO@@</figcaption></figure>
@@BODY@@
			</div>
			<div class="rel_photo"><h3>相關照片</h3><ul><li><a href="/Upload/RelPic/4/202406/@@UUID@@_1.jpg" title="@@PHOTO@@(另開新視窗)" target="_blank"><img src="/Upload/RelPic/4/202406/@@UUID@@_1_s.jpg" alt="@@PHOTO@@"></a></li></ul></div>
			<div class="share">
				<span>分享</span>
				<a href="https://www.facebook.com/sharer/sharer.php?u=https%3a%2f%2fwww.ey.gov.tw%2fPage%2f@@COL@@%2f@@UUID@@" target="_blank" title="Facebook(另開新視窗)">Facebook</a>
				<a href="https://social-plugins.line.me/lineit/share?url=https%3a%2f%2fwww.ey.gov.tw%2fPage%2f@@COL@@%2f@@UUID@@" target="_blank" title="LINE(另開新視窗)">LINE</a>
				<a href="https://twitter.com/share?url=https%3a%2f%2fwww.ey.gov.tw%2fPage%2f@@COL@@%2f@@UUID@@" target="_blank" title="X(另開新視窗)">X</a>
				<a href="javascript:window.print();" title="列印">列印</a>
				<a href="javascript:history.back();" title="回上一頁">回上一頁</a>
			</div>
			<div class="prev_next"><a href="/Page/@@COL@@/@@OTHER_UUID@@">@@OTHER_TITLE@@</a></div>
		</div>
""" + FOOT
    return render(page, TITLE=f"{tw(s.title)}-院長致詞-行政院", DCDATE=s.date, NEWS=NEWS, COL=COL, H2=tw(s.title),
                  ROC=roc(s.date), LEAD=a["lead"], UUID=a["uuid"], PHOTO=a["photo"], BODY=body,
                  OTHER_UUID=other["uuid"], OTHER_TITLE=tw(other["speech"].title), UPDATED=roc(s.date)[:-2] + "%02d" % (int(s.date[-2:]) + 1),
                  COUNTER=a["views"])


def list_page(rows, page_no, pages):
    pager = []
    for k in range(1, pages + 1):
        href = f"/Page/{COL}" if k == 1 else f"/Page/{COL}?page={k}"
        pager.append(f'<li class="active"><span>{k}</span></li>' if k == page_no else f'<li><a href="{href}" title="第{k}頁">{k}</a></li>')
    if page_no < pages:
        pager.append(f'<li><a href="/Page/{COL}?page={page_no + 1}" title="下一頁">下一頁</a></li>')
    if page_no > 1:
        pager.insert(0, f'<li><a href="/Page/{COL}" title="上一頁">上一頁</a></li>')
    items = "\n".join(
        f'\t\t\t\t<li><span class="date">{roc(d)}</span><a href="/Page/{COL}/{u}" title="{t}">{t}</a></li>' for t, d, u in rows
    )
    page = HEAD + """		<ol class="breadcrumb"><li><a href="/">首頁</a></li><li><a href="/Page/@@NEWS@@">新聞與公告</a></li><li>院長致詞</li></ol>
		<h2 class="h2_title">院長致詞</h2>
		<div class="list_box">
			<ul class="news_list">
@@ITEMS@@
			</ul>
			<p class="total">第 @@PN@@ / @@PAGES@@ 頁，共 @@COUNT@@ 筆</p>
			<ul class="pagination">@@PAGER@@</ul>
		</div>
""" + FOOT
    return render(page, TITLE="院長致詞-行政院", DCDATE="2024-07-24", NEWS=NEWS, ITEMS=items, PN=page_no, PAGES=pages,
                  COUNT=13, PAGER="".join(pager), UPDATED="113-07-25", COUNTER=58214)


class FolderFamily(Family):
    """`/Page/<col>` is the column and `/Page/<col>/<uuid>` its articles: the column is stored as the folder's
    index.html (`folder_pages`)."""

    def file_for_url(self, u: str) -> str:
        key = super().file_for_url(u)
        return key + "/index.html" if key + "/index.html" in self.files else key

    def write(self) -> dict:
        out = super().write()
        site = FAMILIES / self.host / "_site.json"
        meta = json.loads(site.read_text(encoding="utf-8"))
        meta["folder_pages"] = True
        site.write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return out


def build() -> Family:
    fam = FolderFamily(HOST, "行政院 (ey.gov.tw)-like 院長致詞 on the ASP.NET MVC 政府網站 CMS (Traditional, 民國 dates)", extensionless_html=True)
    rows = [(tw(a["speech"].title), a["speech"].date, a["uuid"]) for a in ARTS] + OTHER_ROWS
    rows.sort(key=lambda r: r[1], reverse=True)
    fam.put(f"/Page/{COL}/index.html", list_page(rows[:10], 1, 2))
    fam.route(f"/Page/{COL}?page=2", f"/Page/{COL}_page2.html", list_page(rows[10:], 2, 2))
    for i, a in enumerate(ARTS):
        fam.put(f"/Page/{COL}/{a['uuid']}", article_page(a, ARTS[1 - i]))
        s = a["speech"]
        fam.doc([f"/Page/{COL}/{a['uuid']}"], s, text=TO_CN.convert(tw(s.text)), title=TO_CN.convert(tw(s.title)))
    latest = "\n".join(
        f'\t\t\t\t<li><a href="/Page/{COL}/{u}">{t}</a><span class="date">{roc(d)}</span></li>' for t, d, u in rows[:5]
    )
    home = HEAD + """		<div class="banner"><ul><li><a href="/Page/5A8A0CB5B41DA11E"><img src="/Upload/Banner/20240520.jpg" alt="施政重點"></a></li></ul></div>
		<section class="index_news">
			<h2>院長致詞</h2>
			<ul>
@@LATEST@@
			</ul>
			<a class="more" href="/Page/@@COL@@" title="更多院長致詞">更多</a>
		</section>
		<section class="index_news">
			<h2>即時新聞澄清</h2>
			<ul><li><a href="/Page/@@NEWS@@">網傳「電價再調漲」訊息不實</a><span class="date">113-07-22</span></li></ul>
		</section>
""" + FOOT
    fam.put("/", render(home, TITLE="行政院全球資訊網", DCDATE="2024-07-24", NEWS=NEWS, COL=COL, LATEST=latest, UPDATED="113-07-25", COUNTER=58214))
    fam.not_documents += ["/", f"/Page/{COL}", f"/Page/{COL}?page=2"]
    fam.put("/robots.txt", "User-agent: *\nDisallow: /Search\nDisallow: /Upload/Tmp/\n")
    fam.noise += ["致詞全文如下：", "發布日期：", "資料來源：行政院", "相關照片", "回上一頁", "跳到主要內容區塊", "瀏覽人次", "（行政院提供）"]
    fam.noise += [TO_CN.convert(n) for n in fam.noise if TO_CN.convert(n) != n]
    fam.simplify_check = TO_CN.convert
    fam.note = ("pages in Traditional script (opencc s2twp), expected title and text in Simplified (tw2s of what the page prints); "
                "dates are 民國 (發布日期：113-06-14 = 2024-06-14), the footer's 更新日期 is a day later; the news lead "
                "(…致詞全文如下：) and the photo caption are not the speech")
    return fam
