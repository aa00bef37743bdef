"""A site that never ends, made per request: what an unprofiled crawl must stop on by itself.

    ReplicaWeb(sites_dir, hosts=[], dynamic={"trap.test": TrapSite()})

- `/list/index.html`, `/list/index_N.html` for every N: an endless 下一页 pager. Pages 1 and 2
  list the site's real articles; every later page lists the same "recommended" ones again.
- every page has a 刷新 link carrying a fresh `?sid=…` and pager links carrying it too, as
  session-id sites print them;
- `/calendar/?month=YYYY-MM`: a calendar that always links to next (and last) month, with a link
  per day to `/list/day/YYYY-MM-DD.html`, a listing of the same articles;
- `/news/<id>.html`: the real articles (gold speech texts), which must be archived.
"""

from __future__ import annotations

import html
import itertools
import threading
from datetime import date
from urllib.parse import parse_qsl, urlsplit

from replica.cms import gold_speech, ps
from replica.server import DEFAULT_LAST_MODIFIED, HostSite, Resource

TRAP_SPEECHES = ("huigou6-3404", "wm114-2025111002", "ai-1083")
FIRST_PAGE_ARTICLES = 2  # on /list/index.html; the rest on index_2.html
CALENDAR_START = "2024-06"


class TrapSite(HostSite):
    def __init__(self, name: str = "trap.test", speeches=TRAP_SPEECHES):
        self.name = name
        self.root = None
        self.html_content_type = "text/html; charset=utf-8"
        self.base_last_modified = DEFAULT_LAST_MODIFIED
        self.edits = {}
        self.faults = []
        self.query_routes = {}
        self.speeches = [gold_speech(ref) for ref in speeches]
        self._sessions = itertools.count(1)
        self._lock = threading.Lock()

    # --- what the crawl must find ----------------------------------------------------------------
    def article_paths(self) -> list[str]:
        return [f"/news/{101 + n}.html" for n in range(len(self.speeches))]

    # --- serving ---------------------------------------------------------------------------------
    def lookup(self, key: str):
        return self.resolve("/" + key, key)

    def resolve(self, target: str, key: str):
        if key in self.edits:
            return self.edits[key]
        parts = urlsplit(target)
        path, query = parts.path, dict(parse_qsl(parts.query))
        if path == "/robots.txt":
            return self._resource(b"User-agent: *\nAllow: /\n", "text/plain")
        if path in ("/", "/index.html", "/list/", "/list/index.html"):
            return self._page(self.listing(1))
        if path.startswith("/list/index_") and path.endswith(".html"):
            number = path[len("/list/index_") : -len(".html")]
            return self._page(self.listing(int(number))) if number.isdigit() else None
        if path.startswith("/list/day/"):
            return self._page(self.listing(0, title=path[len("/list/day/") :].removesuffix(".html")))
        if path in ("/calendar/", "/calendar/index.html"):
            return self._page(self.calendar(query.get("month", CALENDAR_START)))
        if path.startswith("/news/") and path in self.article_paths():
            return self._page(self.article(self.article_paths().index(path)))
        return None

    def _resource(self, data: bytes, content_type: str) -> Resource:
        return Resource.of(data, content_type, self.base_last_modified)

    def _page(self, text: str | None):
        return self._resource(text.encode("utf-8"), self.html_content_type) if text else None

    def _sid(self) -> str:
        with self._lock:
            return f"{next(self._sessions) * 7919:08x}"

    # --- pages -----------------------------------------------------------------------------------
    def frame(self, title: str, body: str) -> str:
        sid = self._sid()
        return (
            '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
            f"<title>{html.escape(title)} - 无尽资讯网</title></head>\n<body>\n"
            f'<div class="nav"><a href="/?sid={sid}">首页</a> <a href="/list/index.html?sid={sid}">资讯列表</a> '
            f'<a href="?sid={sid}">刷新</a> <a href="/calendar/?month={CALENDAR_START}&amp;sid={sid}">日历</a></div>\n'
            f'{body}\n<div class="footer">无尽资讯网 版权所有</div>\n</body></html>\n'
        )

    def listing(self, page: int, title: str | None = None) -> str:
        sid = self._sid()
        paths = self.article_paths()
        if page == 1:
            chosen = range(FIRST_PAGE_ARTICLES)
        elif page == 2:
            chosen = range(FIRST_PAGE_ARTICLES, len(paths))
        else:  # every later page, and every day of the calendar: the same recommended articles
            chosen = range(len(paths))
        items = "\n".join(
            f'<li><a href="{paths[i]}?sid={sid}">{html.escape(self.speeches[i]["title"])}</a></li>'
            for i in chosen
        )
        pager = ""
        if page:
            numbers = " ".join(
                f"<span>{n}</span>" if n == page else f'<a href="/list/index_{n}.html?sid={sid}">{n}</a>'
                for n in range(max(2, page - 2), page + 3)
            )
            pager = (
                f'<div class="pages"><a href="/list/index.html?sid={sid}">首页</a> {numbers} '
                f'<a href="/list/index_{page + 1}.html?sid={sid}">下一页</a></div>'
            )
        return self.frame(title or f"资讯列表 第{page}页", f'<ul class="list">\n{items}\n</ul>\n{pager}')

    def calendar(self, month: str) -> str | None:
        try:
            year, mon = (int(x) for x in month.split("-"))
            first = date(year, mon, 1)
        except ValueError:
            return None
        prev = date(year - (mon == 1), 12 if mon == 1 else mon - 1, 1)
        nxt = date(year + (mon == 12), 1 if mon == 12 else mon + 1, 1)
        days = " ".join(
            f'<a href="/list/day/{first.year:04d}-{first.month:02d}-{d:02d}.html">{d}</a>'
            for d in range(1, 29)
        )
        body = (
            f'<table class="calendar"><caption>{first.year}年{first.month}月</caption><tr><td>{days}</td></tr></table>\n'
            f'<a href="/calendar/?month={prev:%Y-%m}">上个月</a> <a href="/calendar/?month={nxt:%Y-%m}">下个月</a>'
        )
        return self.frame(f"{first.year}年{first.month}月", body)

    def article(self, index: int) -> str:
        speech = self.speeches[index]
        body = (
            f'<div class="article"><h1>{html.escape(speech["title"])}</h1>\n'
            f'<div class="info">发布时间：{speech["date"]}</div>\n<div class="text">\n{ps(speech["paragraphs"])}\n</div></div>'
        )
        return self.frame(speech["title"], body)
