"""When a page says it was published: read from the page's own words and markup, never guessed.

Pure functions over the decoded HTML and its parsed tree (extract.py calls them in this order):
- `parse_date`: the first plausible date in a string, ISO 8601;
- `date_line`: a line of the page that is a date and nothing else ("2024年3月13日（星期三）", a
  press release's closing line; "2019-03-12 10:22" under a heading), when the page holds one such
  date only — a list of dated links is no date of the page;
- `script_publish_date`: a publishing platform's own record in a script — WeChat's article
  template sets `var ct = "1718965800"` (Unix seconds) and fills its visible date from it once the
  page runs, so the HTML's date line is empty, on mp.weixin.qq.com and on the mirrors that copy
  its pages whole;
- `state_publish_dates`: the publish times an app's inline state records (`"publish_time":
  "2024-06-12 17:05:43"`, `"pubtime"`, `"datePublished"`, Unix seconds or milliseconds), taken by
  `page_date` only for a labelled date the page prints without its year, when month and day
  agree (百家号 prints "发布时间：06-12" and keeps the year in `window.jsonData`; a related list's
  items carry publish times too, later in the state); and, when the page prints no date at all,
  the first of them is the page's (`state_publish_date`);
- `evidenced`: whether a date another tool found (htmldate) is written on the page: htmldate
  falls back on a bare year (a copyright line's "2024", a title's "2024届") and gives it as 1
  January, a day the page never names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from urllib.parse import urlsplit

from pipelines import vocabulary

# the time zone Chinese publishing platforms write their pages' dates in
CHINA_TIME = timezone(timedelta(hours=8))
WEEKDAY = r"(?:[(（]\s*)?(?:星期|周|礼拜)[一二三四五六日天](?:\s*[)）])?"
DATE_LINE = vocabulary.folded(rf"^\s*(?:{vocabulary.DATE.pattern})\s*(?:{WEEKDAY})?\s*$")
# (starts with its literal "var" so that the search over a whole page runs at string-search speed)
SCRIPT_PUBLISH_TIME = re.compile(r"""var\s+ct\s*=\s*["']?(\d{10})["']?\s*[;,\n]""")
# An app state's publish-time field: a quoted key, then a quoted date or a Unix time. The keys
# as apps name them: `publish_time` (百家号), `publish_at` (UC's 大鱼号), `createdAt` (Flarum's
# discussions, most JavaScript stacks), `created_at` (Discourse, Rails), `datePublished`.
STATE_PUBLISH_TIME = re.compile(
    r"""["'](?:publish_?[tT]ime|publish_?[dD]ate|publish(?:ed)?_?[aA]t|pub_?[tT]ime|pub_?[dD]ate|ptime|datePublished"""
    r"""|created_?[aA]t)["']\s*:\s*"""
    r"""(?:["'](\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?)|(\d{10}|\d{13})\b)"""
)
MAX_STATE_DATES = 20
NOT_OF_THE_PAGE = {"a", "li", "option", "dd", "dt"}  # a dated link, list item, menu entry
SHORT_TEXTS = "//body//text()[string-length(normalize-space(.)) <= 40]"
SHORT_PARAGRAPHS = "//body//p[string-length(normalize-space(.)) <= 40]"
BRACKETED_DATE_LINE = vocabulary.folded(  # with the occasion or a note: "（2024年5月4日，根据录音整理）"
    rf"^\s*{vocabulary.LP}\s*(?:{vocabulary.DATE.pattern})(?:\s*[，,、]?[^()（）\n]{{1,30}})?\s*{vocabulary.RP}\s*$"
    # or dash-led with the speaker: "——2025年1月18日 协会主席 李慕白"
    rf"|^\s*[—–-]{{1,2}}\s*(?:19|20)\d{{2}}\s*[-/.年]\s*\d{{1,2}}\s*[-/.月]\s*\d{{1,2}}\s*日?(?:\s+[{vocabulary.HAN_CLASS}、·\s]{{2,20}})?\s*$"
)


# A date in the Republic of China's calendar, as Taiwan's government and many of its sites print
# one ("中華民國113年07月18日", "民國113年4月30日"): year 1 is 1912.
ROC_DATE = vocabulary.folded(r"(?:中华民国|民国)\s*(\d{1,3})\s*(?=年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")
ROC_YEAR_ONE = 1911


def in_common_era(text: str) -> str:
    """`text` with its Republic-of-China dates' years written in the common era."""
    if "民" not in text:
        return text
    return ROC_DATE.sub(lambda m: str(int(m[1]) + ROC_YEAR_ONE), text)


def parse_date(text: str | None, labelled: bool = False) -> str | None:
    """First plausible date in `text` as ISO 8601 (date, or date and time as given)."""
    if not text:
        return None
    text = in_common_era(text)
    if labelled:
        label = vocabulary.DATE_LABEL.search(text)
        if not label:
            return None
        text = text[label.end() : label.end() + 60]
    for m in vocabulary.DATE.finditer(text):
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            continue
        iso = f"{y:04d}-{mo:02d}-{d:02d}"
        if m["H"] is not None and int(m["H"]) < 24 and int(m["M"]) < 60:
            iso += f"T{int(m['H']):02d}:{int(m['M']):02d}:{int(m['S'] or 0):02d}"
        return iso
    return None


def date_line(root) -> str | None:
    """The one date the page prints as a line of its own (a text of nothing but a date, outside
    links and lists); None when there is none or several different ones. A line is a text node,
    or a short paragraph whose date is cut into spans (Word's exports print "2024", "年", "3"…
    each in its own span). Failing a bare date, a speech's own dated line in brackets
    ("（2023年11月21日）", under its title) is the text's date, when it is the only one."""
    bare: dict[str, str] = {}
    bracketed: dict[str, str] = {}
    edits = set(edit_time_boxes(root))
    texts = [
        str(node)
        for node in root.xpath(SHORT_TEXTS)
        if _of_the_page(holder := _holder(node)) and not _inside_any(holder, edits)
    ]
    texts += [
        el.text_content()
        for el in root.xpath(SHORT_PARAGRAPHS)
        if _of_the_page(el) and not _inside_any(el, edits)
    ]
    for text in texts:
        if "年" not in text and not any(ch.isdigit() for ch in text):
            continue
        text = in_common_era(text)
        if DATE_LINE.match(text):
            found = bare
        elif BRACKETED_DATE_LINE.match(text) or HAN_NUMERAL_DATE_LINE.match(text):
            found = bracketed
        else:
            continue
        date = parse_date(text) or han_numeral_date(text)
        if date:
            found.setdefault(date[:10], date)
    for found in (bare, bracketed):
        if found:
            return next(iter(found.values())) if len(found) == 1 else None
    return None


# A note or a lead that dates the speech in its first words: "2024年6月15日，学会副理事长林素芬在第五届
# 青年学者学术沙龙开幕式上致辞。" (an editor's note over a docs page's text, a news lead over a speech).
LEAD_DATE = vocabulary.folded(
    r"^\s*(?:(?:备注|说明|注|编者按|提示)\s*[:：]?\s*)?(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?:上午|下午|晚上?)?\s*[，,]"
    r"[^。！？\n]{0,80}?(?:讲话|致辞|致词|发言|演讲|报告)"
)


# A speech's record over its text, a wiki's info table or macro ("讲话人 周明远 时间 2025年6月27日上午 地点
# 学校体育馆", DokuWiki; "会议名称 … 时间 2025年1月24日 14:30 地点 …", Confluence): the day its time
# field names is the speech's. Not an edit's time ("更新时间", "修改时间", "最后编辑时间"): no text's day.
RECORD_TIME = vocabulary.folded(
    r"(?<![改新辑])(?:讲话|会议|活动|演讲|报告)?(?:时间|日期)\s*[:：]?\s*"
    r"(?P<date>(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)))"
)


def record_date(texts: list[str]) -> str | None:
    """The day the first of `texts` (records and notes taken off over the text) names in a time
    field (RECORD_TIME)."""
    for text in texts:
        found = RECORD_TIME.search(text or "")
        if found:
            return parse_date(found["date"])
    return None


def lead_date(texts: list[str]) -> str | None:
    """The date the first of `texts` (a note's, the text's first lines) opening with a dated
    sentence of a speech given (LEAD_DATE) names."""
    for text in texts:
        found = LEAD_DATE.match(text or "")
        if found:
            return parse_date(found["date"])
    return None


# C's asctime, as a mail archive (pipermail's "Sat Dec 14 18:22:05 CST 2024") and a text BBS's header
# ("发信站: 清源站 (Fri Jun 28 21:14:05 2024)") print a message's time: htmldate reads neither.
ASCTIME = re.compile(
    r"(?<![A-Za-z])(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(?P<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+"
    r"(?P<d>\d{1,2})\s+(?P<H>\d{1,2}):(?P<M>\d{2}):(?P<S>\d{2})\s+(?:[A-Z]{2,5}\s+)?(?P<y>\d{4})(?!\d)"
)
MONTHS = {name: i for i, name in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}


# The day a news CMS files an article under in its address: "/20050513/n225551143.shtml" (搜狐),
# "t20240516_887766.html" (TRS), "/2024/05/16/slug", "/2024-04/18/c_1130.htm" (新华网).
URL_DATE = re.compile(
    r"(?:^|[/_t])(?P<y>(?:19|20)\d{2})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?=[/_.]|$)"
    r"|/(?P<y2>(?:19|20)\d{2})[/-](?P<m2>0[1-9]|1[0-2])/(?P<d2>0[1-9]|[12]\d|3[01])(?=/)"
)


def url_date(url: str) -> str | None:
    """The day the page's own address is filed under (URL_DATE), or None."""
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    m = URL_DATE.search(path)
    if not m:
        return None
    y, mo, d = (m["y"], m["m"], m["d"]) if m["y"] else (m["y2"], m["m2"], m["d2"])
    return f"{y}-{mo}-{d}"


def asctime_date(text: str) -> str | None:
    """The first asctime time in `text` (the message's own: it heads the message), ISO 8601."""
    m = ASCTIME.search(text)
    if not m or not (1 <= int(m["d"]) <= 31 and int(m["H"]) < 24 and int(m["M"]) < 60):
        return None
    return (
        f"{int(m['y']):04d}-{MONTHS[m['m']]:02d}-{int(m['d']):02d}"
        f"T{int(m['H']):02d}:{int(m['M']):02d}:{int(m['S']):02d}"
    )


HAN_DIGITS = {ch: i for i, ch in enumerate("〇一二三四五六七八九")} | {"零": 0}
HAN_NUMERAL_DATE_LINE = re.compile(
    r"^\s*[(（]?\s*(?P<y>[〇零一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,2})月"
    r"(?P<d>[一二三四五六七八九十]{1,3})日\s*[)）]?\s*$"
)


def han_numeral_number(text: str) -> int:
    """1 to 31 written in Han numerals ("八", "十一", "二十", "三十一")."""
    if "十" not in text:
        return HAN_DIGITS[text]
    tens, _, ones = text.partition("十")
    return (HAN_DIGITS[tens] if tens else 1) * 10 + (HAN_DIGITS[ones] if ones else 0)


def han_numeral_date(text: str) -> str | None:
    """A speech's dated line in Han numerals, as official texts print it ("（一九九一年十一月八日）",
    "二〇二四年三月十二日"): ISO 8601, or None."""
    m = HAN_NUMERAL_DATE_LINE.match(text)
    if not m:
        return None
    try:
        year = int("".join(str(HAN_DIGITS[ch]) for ch in m["y"]))
        return datetime(year, han_numeral_number(m["m"]), han_numeral_number(m["d"])).strftime("%Y-%m-%d")
    except (KeyError, ValueError):
        return None


def _holder(node):
    """The element a text node stands in: a tail's is its element's parent (the date after a
    post's status icon link, `<a><img></a> 2024-02-27, 09:15`, is the header cell's, not the link's)."""
    parent = node.getparent()
    return parent.getparent() if parent is not None and node.is_tail else parent


# Words an edit-time label holds (an XPath test in C first: most pages have none).
EDIT_TIME_WORDS = (
    "最后",
    "最近",
    "修订",
    "修改",
    "ast updated",
    "ast Updated",
    "ast modified",
    "ast Modified",
    "ast edited",
)
EDIT_TIME_BOX_CHARS = 80  # the label's box: the label, the time, an editor's name; no more


def _short_text(el, limit: int) -> str | None:
    """The element's text without whitespace, or None when it is longer than `limit`: read no
    further than needed (a label standing right under a page's body must not cost the page)."""
    parts, read = [], 0
    for piece in el.itertext():
        parts.append(piece)
        read += len(piece)
        if read > 4 * limit:
            return None
    text = "".join("".join(parts).split())
    return text if len(text) <= limit else None


def _label_near(text: str, word: str) -> bool:
    """An edit-time label starting at or just before an occurrence of `word` in `text`."""
    at = text.find(word)
    while at >= 0:
        if vocabulary.EDIT_TIME_LABEL.search(text, max(0, at - 4), at + 24):
            return True
        at = text.find(word, at + 1)
    return False


def page_footer_boxes(root) -> list:
    """The page's own footer: a `<footer>` outside any article, an element with the id "footer" or
    "foot". Its copyright years, licence numbers and the server's clock (UCenter Home's
    `<div id="footer" title="2011-05-06 09:41">`, which htmldate reads as the page's day) are no
    date of the text; an article's own `<footer>` (a post's byline) is left."""
    return [
        el
        for el in root.xpath("//body//footer | //body//*[@id='footer' or @id='foot']")
        if not any(a.tag == "article" for a in el.iterancestors())
    ]


def edit_time_boxes(root) -> list:
    """The outermost boxes printing the page's last edit: the smallest element around an edit-time
    label (vocabulary.EDIT_TIME_LABEL: "最后更新于: <time>", a property row "最后编辑时间 | 2025年7月9日")
    that holds a date too. A docs page's, a wiki's or an online editor's edit time is when the file
    last changed, not when its text was given or published."""
    body = root.find(".//body") if root.tag != "body" else root
    page_text = body.text_content() if body is not None else ""
    words = [word for word in EDIT_TIME_WORDS if word in page_text]
    if not any(_label_near(page_text, word) for word in words):
        return []  # (most pages: string searches over the text, not an XPath test of every text node)
    test = " or ".join(f"contains(., '{word}')" for word in words)
    boxes = []
    for node in root.xpath(f"//body//text()[{test}]"):
        el = _holder(node)
        while el is not None and el.tag not in ("body", "html"):
            text = _short_text(el, EDIT_TIME_BOX_CHARS)
            if text is None:
                break
            if vocabulary.EDIT_TIME_LABEL.search(text) and (
                vocabulary.DATE.search(text) or el.xpath("descendant-or-self::*[@datetime]")
            ):
                if el not in boxes:
                    boxes.append(el)
                break
            el = el.getparent()
    return [box for box in boxes if not any(a in boxes for a in box.iterancestors())]


def _inside_any(el, boxes: set) -> bool:
    return bool(boxes) and (el in boxes or any(a in boxes for a in el.iterancestors()))


def _of_the_page(el) -> bool:
    return (
        el is not None
        and el.tag not in NOT_OF_THE_PAGE
        and not any(a.tag in NOT_OF_THE_PAGE for a in el.iterancestors())
    )


def script_publish_date(html: str) -> str | None:
    """The publishing date a platform's script records (WeChat's `var ct`), in China time."""
    found = SCRIPT_PUBLISH_TIME.search(html)
    if found is None:
        return None
    when = china_time(int(found.group(1)))
    return when.strftime("%Y-%m-%d") if when else None


def china_time(seconds: int) -> datetime | None:
    """A Unix time (seconds) in China time, or None when it is no timestamp of 2000 to 2100."""
    if not 946_684_800 <= seconds <= 4_102_444_800:
        return None
    return datetime.fromtimestamp(seconds, CHINA_TIME)


def state_publish_dates(html: str) -> list[str]:
    """The publish times the page's inline state records, in page order (ISO 8601; Unix times in
    China time), at most MAX_STATE_DATES."""
    found = []
    for m in STATE_PUBLISH_TIME.finditer(html):
        if m.group(1):
            date = parse_date(m.group(1))
        else:
            when = china_time(int(m.group(2)[:10]))  # milliseconds: their first ten digits
            date = when.strftime("%Y-%m-%dT%H:%M:%S") if when else None
        if date:
            found.append(date)
            if len(found) >= MAX_STATE_DATES:
                break
    return found


def state_publish_date(html: str) -> str | None:
    """The first publish time of the page's inline state: an app that prints its date only once
    its script runs (a forum's discussion, a share page) records its own object first, its
    replies and related items after it."""
    found = state_publish_dates(html)
    return found[0] if found else None


# What a labelled date without its year prints: "06-12", "6月12日", "06/12", maybe a time after it
# with no space between (two spans: "06-12" "17:05").
MONTH_DAY = re.compile(
    r"\s*(?P<m>\d{1,2})\s*(?:[-/.]|月)\s*(?P<d>\d{1,2})日?(?=\s*\d{1,2}[:：]\d{2}|[^\d]|$)"
)


def labelled_month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of the first labelled date in `text` that prints no year ("发布时间：06-12")."""
    for label in vocabulary.DATE_LABEL.finditer(text):
        m = MONTH_DAY.match(text, label.end())
        if m and 1 <= int(m["m"]) <= 12 and 1 <= int(m["d"]) <= 31:
            return int(m["m"]), int(m["d"])
    return None


def evidenced(date: str, url: str, page_text: Callable[[], str], source: str = "") -> bool:
    """Whether `date` (YYYY-MM-DD…) is written in the page's URL or its text (`page_text()`, read
    only when needed), in any of the usual forms. htmldate's fallbacks land on a 1st unasked: a
    bare year on 1 January, a year and month (an upload folder's "/uploads/2023-03/" in an image's
    address) on the month's 1st; a 1st of another month counts when the page as served (`source`:
    its meta times too) writes that day."""
    y, m, d = date[:4], date[5:7], date[8:10]
    if not (y.isdigit() and m.isdigit() and d.isdigit()):
        return False
    if d != "01" and not source:
        return True
    if f"{y}{m}{d}" in re.sub(r"[-/_.]", "", url):
        return True

    def written(found: re.Match) -> bool:
        return (parse_date(found.group(0)) or "")[:10] == date[:10]

    # Any other day counts when the page as served writes it as a date; a run of digits in an
    # asset's address ("main.js?v=20240523", a build stamp) is no date the page gives.
    if (d != "01" or m != "01") and any(written(found) for found in vocabulary.DATE.finditer(source)):
        return True
    return any(written(found) for found in vocabulary.DATE.finditer(page_text()))


def a_member_s_date(date: str, page_text: str) -> bool:
    """Whether `date` is written in the page only as a member's profile field ("注册日期: 2009-03-15"
    in a forum post's author column): the member's day, never the page's."""
    label = vocabulary.MEMBER_DATE_LABEL
    found = [
        m for m in vocabulary.DATE.finditer(page_text) if (parse_date(m.group(0)) or "")[:10] == date[:10]
    ]
    if not found and date[8:10] == "01":  # htmldate dates a month printed alone ("注册时间：2021-03") its 1st
        found = list(re.finditer(rf"{date[:4]}\s*[-/.年]\s*0?{int(date[5:7])}(?!\d)", page_text))
    return bool(found) and all(label.search(page_text, max(0, m.start() - 12), m.start()) for m in found)
