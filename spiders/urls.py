"""URLs as the generic crawl queues them: one canonical form, and the shapes of spider traps.

Sites that never end do it with URLs: a session id that is new on every page (`?sid=…`,
`;jsessionid=…`), tracking parameters, the same query in another order, a calendar that always
links to next month, relative links that pile up path segments (`/a/b/a/b/a/b/`). `canonical_url`
folds the first three into one URL before the URL is queued (w3lib's `canonicalize_url` sorts
the query and normalises escapes); `trap_kind` names the last two. Pure functions, no Scrapy.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

# Query parameters that name a visitor or a visit, never a page (lower-case names).
SESSION_PARAMS = frozenset(
    "sid sessid sessionid session_id jsessionid phpsessid aspsessionid cfid cftoken formhash "
    "_ rand random nocache timestamp ts token share_token".split()
)
# Where a link was clicked, not what it leads to (Discuz! `extra=page=1`, `highlight`; ad tags).
TRACKING_PARAMS = frozenset("spm from fromuid extra highlight scm ref referer referrer gclid fbclid".split())
TRACKING_PREFIXES = ("utm_", "hmsr", "hmpl", "hmcu", "hmkw", "hmci")
# A shared link's marks of who shared it and where (WeChat's `from=singlemessage&isappinstalled=0`,
# a news app's `share_id=…&source=wechat`): `source` only with a sharing channel as its value, as
# a site may name a page's own source with it.
SHARE_PARAMS = frozenset("share_id shareid share_from share_source sharer_shareid isappinstalled".split())
SHARE_CHANNELS = frozenset(
    "wechat weixin wx timeline singlemessage groupmessage moments qq qzone weibo app share h5".split()
)
PATH_SESSION = re.compile(r";(?:jsessionid|phpsessid|sid|sessionid)=[^/?#]*", re.I)

# A date a calendar links to: 2024-07, 2024/07, 202407, 2024-07-03, 20240703, year=2024&month=7.
DATE_IN_TEXT = re.compile(
    r"(?<!\d)((?:19|20)\d{2})[-/_.]?(0[1-9]|1[0-2])(?:[-/_.]?(0[1-9]|[12]\d|3[01]))?(?!\d)"
)
# The names a calendar gives a bare date value (`?date=20240512`, `?ym=202405`): under any other
# name a run of digits is an id, whatever date it would spell.
CALENDAR_KEYS = frozenset("year month day date ym ymd yearmonth cal calendar d m y".split())
YEAR_ONLY = re.compile(r"^(?:19|20)\d{2}$")
DATE_PART = re.compile(r"^\d{1,2}$")
INDEX_NAME = re.compile(r"^(?:index|default)(?:_\d+)?\.\w+$", re.I)
EARLIEST_YEAR = 1990  # no speech site's calendar has anything before this
DIGITS = re.compile(r"\d+")


class BadURL(ValueError):
    """A URL given to crawl from (start URL, mirror, listed article) that is no http(s) URL."""


def check_http_url(url: str, what: str = "") -> None:
    """An absolute http(s) URL with a host, or BadURL naming the bad value after `what`: the one
    check of `crawl --start-url`, `--base-url`, `--urls` and `scrapy crawl generic -a start_url`."""
    try:
        parts = urlsplit(url)
        port_ok = parts.port is None or parts.port > 0
    except ValueError:
        parts, port_ok = None, False
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname or not port_ok:
        raise BadURL(f"{what}{url!r} is not an http(s) URL")
    if any(ch.isspace() for ch in url):
        raise BadURL(f"{what}{url!r} is not an http(s) URL")


def is_dropped_param(name: str, value: str = "") -> bool:
    name = name.lower()
    return (
        name in SESSION_PARAMS
        or name in TRACKING_PARAMS
        or name in SHARE_PARAMS
        or name.startswith(TRACKING_PREFIXES)
        or (name == "source" and value.lower() in SHARE_CHANNELS)
    )


def canonical_url(url: str) -> str:
    """The one form of `url` the crawl queues: no fragment, no session or tracking parameters,
    query sorted, escapes normalised. The scheme and host are kept as given."""
    parts = urlsplit(url)
    path = PATH_SESSION.sub("", parts.path)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_dropped_param(k, v)]
    cleaned = urlunsplit((parts.scheme, parts.netloc, path or "/", urlencode(query), ""))
    return canonicalize_url(cleaned, keep_fragments=False)


def redirect_target(url: str) -> str | None:
    """The page a redirector's link names in its query ("https://www.google.com/url?q=<page>&sa=D",
    "https://link.zhihu.com/?target=<page>", "…/go?to=<page>"): the first parameter whose value is
    an absolute http(s) URL, or None. Editors and platforms send every link through one; where it
    names a page of the site being crawled, that page is what the link leads to."""
    if "=http" not in url:
        return None
    for _, value in parse_qsl(urlsplit(url).query):
        if value.startswith(("http://", "https://")):
            return value
    return None


# A page-number parameter ("&Page=1", "&page=1", "?p=1", "&pageNo=1"; a post offset "&start=0"):
# at its first value it names the page the URL without it names (动易's `ShowArticle.asp?
# ArticleID=1186` and its pager's `…&Page=1`).
PAGE_PARAM = re.compile(r"^(?:page|p|pg|pn|pageno|pagenum|pageindex|curpage|currentpage|paged)$", re.I)
OFFSET_PARAM = re.compile(r"^(?:start|offset)$", re.I)


def without_first_page_param(url: str) -> str:
    """`url` less a page-number parameter at page 1 (or an offset at 0): the same page's URL."""
    parts = urlsplit(url)
    if not parts.query:
        return url
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [
        (k, v)
        for k, v in pairs
        if not ((PAGE_PARAM.match(k) and v == "1") or (OFFSET_PARAM.match(k) and v == "0"))
    ]
    if len(kept) == len(pairs):
        return url
    return urlunsplit(parts._replace(query=urlencode(kept)))


def same_page(a: str, b: str) -> bool:
    """Two URLs of one page, a page-number parameter at its first page aside."""
    return a == b or without_first_page_param(a) == without_first_page_param(b)


def url_template(url: str) -> str:
    """`url` with every run of digits as `N` and query values dropped: pages of one pager, one
    calendar or one list share it (`/list/index_N.html`, `/cal/?month=`)."""
    parts = urlsplit(url)
    keys = sorted({k for k, _ in parse_qsl(parts.query, keep_blank_values=True)})
    return DIGITS.sub("N", parts.path) + ("?" + "&".join(keys) if keys else "")


YEAR_FOLDER_FIRST, YEAR_FOLDER_AHEAD = 1900, 5  # a lone four-digit folder outside these is an id


def calendar_dates(url: str) -> list[date]:
    """The dates a calendar-like URL points at: its last path part or a query value is a date.

    An article under a dated folder (`/2024/05/12/slug/`, `/202305/t20230512_887766.html`)
    names a document, not a day: only a URL that *ends* in the date is a calendar page.
    """
    parts = urlsplit(url)
    found = []
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        m = DATE_IN_TEXT.fullmatch(value.strip())
        if m and value.strip().isdigit() and key.lower() not in CALENDAR_KEYS:
            pass  # a bare number under another name is an id (`?messagekey=190412`), not April 1904
        elif m:
            found.append(_date_of(m))
        elif key.lower() in ("year", "y") and YEAR_ONLY.match(value.strip()):
            found.append(date(int(value), 1, 1))
    segments = [s for s in parts.path.split("/") if s]
    if segments and INDEX_NAME.match(segments[-1]):
        segments = segments[:-1]
    if segments:
        last = re.sub(r"\.\w+$", "", segments[-1])
        m = DATE_IN_TEXT.fullmatch(last)
        if m:
            found.append(_date_of(m))
        elif (
            YEAR_ONLY.match(last)
            and not (len(segments) >= 2 and segments[-2].isdigit())
            and YEAR_FOLDER_FIRST <= int(last) <= date.today().year + YEAR_FOLDER_AHEAD
        ):
            # (`/info/1023/2094.htm`: a page numbered in a numbered column, 博达 VSB's ids, not a
            # year; nor `/archives/2056/`, a post's id: a calendar walked year by year is cut at
            # next year's page long before it reaches years this far ahead)
            found.append(date(int(last), 1, 1))
        elif DATE_PART.match(last) and len(segments) >= 2:
            # `/2024/07/` and `/2024/07/03/`: a year folder followed by month (and day) only.
            numbers = []
            for segment in reversed(segments):
                if not segment.isdigit():
                    break
                numbers.insert(0, segment)
            if (
                len(numbers) >= 2
                and YEAR_ONLY.match(numbers[0])
                and YEAR_FOLDER_FIRST <= int(numbers[0]) <= date.today().year + YEAR_FOLDER_AHEAD
                and 1 <= int(numbers[1]) <= 12
            ):  # (`/archives/2056/2/`: page 2 of post 2056, no February of 2056)
                found.append(date(int(numbers[0]), int(numbers[1]), 1))
    return found


def _date_of(m: re.Match) -> date:
    return date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))


def is_calendar_url(url: str) -> bool:
    return bool(calendar_dates(url))


def repeats_path(url: str, times: int = 3) -> bool:
    """A path segment (or run of segments) piled up by relative links: `/a/b/a/b/a/b/`."""
    segments = [s for s in urlsplit(url).path.split("/") if s]
    counts: dict[str, int] = {}
    for segment in segments:
        counts[segment] = counts.get(segment, 0) + 1
        if counts[segment] >= times:
            return True
    for size in range(2, len(segments) // 2 + 1):
        for start in range(len(segments) - 2 * size + 1):
            if segments[start : start + size] == segments[start + size : start + 2 * size]:
                return True
    return False


def trap_kind(url: str, today: date | None = None, years_ahead: int = 1) -> str | None:
    """ "calendar" for a date outside any speech site's archive (before 1990, or more than
    `years_ahead` years from today), "repeating_path" for piled-up segments, else None."""
    if repeats_path(url):
        return "repeating_path"
    today = today or date.today()
    for day in calendar_dates(url):
        if day.year < EARLIEST_YEAR or day.year > today.year + years_ahead:
            return "calendar"
    return None
