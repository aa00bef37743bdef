"""A site of real weight: the real pages of `../shared/realpages` served under thousands of URLs.

    ReplicaWeb(empty_dir, hosts=[], dynamic={"realweight.test": RealPagesSite(load_real_pages(DIR), 3000)})

The pages are read from their folder when the server starts (never copied into this repository)
and served byte for byte as the peer projects stored them, as `text/html` with no charset (the
page says what it is, or detection must): article N is real page N mod their number, so the same
page appears under several URLs (dedup merges them; the benchmark counts pages fetched). Listings
in the bench site's shape link them: `/` and `/list/index_N.html`, LISTED per page, each with a
下一页 link to the next.
"""

from __future__ import annotations

import gzip
import html
from pathlib import Path

from replica.server import DEFAULT_LAST_MODIFIED, HostSite, Resource

LISTED = 25  # article links per listing page


def load_real_pages(folder: Path) -> list[bytes]:
    """Every page of the realpages folder (`CORPUS/NAME.html.gz`), in a stable order."""
    paths = sorted(Path(folder).glob("*/*.html.gz"))
    if not paths:
        raise FileNotFoundError(f"no real pages (CORPUS/NAME.html.gz) in {folder}")
    return [gzip.decompress(path.read_bytes()) for path in paths]


class RealPagesSite(HostSite):
    def __init__(self, pages: list[bytes], n_articles: int, name: str = "realweight.test"):
        self.name = name
        self.root = None
        self.html_content_type = "text/html"
        self.base_last_modified = DEFAULT_LAST_MODIFIED
        self.edits = {}
        self.faults = []
        self.query_routes = {}
        self.n_articles = n_articles
        self.articles = [
            Resource.of(pages[n % len(pages)], "text/html", DEFAULT_LAST_MODIFIED) for n in range(n_articles)
        ]
        self.n_listings = max(1, -(-n_articles // LISTED))
        self.listings = [
            self._resource(self.listing(page).encode("utf-8")) for page in range(1, self.n_listings + 1)
        ]

    def article_paths(self) -> list[str]:
        return [f"/a/{n}.html" for n in range(self.n_articles)]

    def lookup(self, key: str):
        return self.resolve("/" + key, key)

    def resolve(self, target: str, key: str):
        if key in self.edits:
            return self.edits[key]
        path = target.split("?", 1)[0]
        if path == "/robots.txt":
            return self._resource(b"User-agent: *\nAllow: /\n", "text/plain")
        if path in ("/", "/list/", "/list/index.html"):
            return self.listings[0]
        for prefix, table in (("/list/index_", self.listings), ("/a/", self.articles)):
            if path.startswith(prefix) and path.endswith(".html"):
                number = path[len(prefix) : -len(".html")]
                if number.isdigit():
                    index = int(number) - 1 if table is self.listings else int(number)
                    return table[index] if 0 <= index < len(table) else None
        return None

    def _resource(self, data: bytes, content_type: str = "text/html; charset=utf-8") -> Resource:
        return Resource.of(data, content_type, self.base_last_modified)

    def listing(self, page: int) -> str:
        first = (page - 1) * LISTED
        items = "\n".join(
            f'<li><a href="/a/{n}.html">文章 {n}</a></li>'
            for n in range(first, min(first + LISTED, self.n_articles))
        )
        pager = f'<a href="/list/index_{page + 1}.html">下一页</a>' if page < self.n_listings else ""
        return (
            '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
            f"<title>{html.escape(f'文章列表 第{page}页')}</title></head>\n<body>\n"
            f'<ul class="list">\n{items}\n</ul>\n<div class="pages">{pager}</div>\n</body></html>\n'
        )
