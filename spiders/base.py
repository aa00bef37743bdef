"""The one profile-driven spider every site spider is a thin subclass of.

A site profile (spiders/profiles/<name>.toml) says where a site starts, which URLs are
listings and which are articles and where its sitemap is. The spider walks listings (always
fetched, so new articles are found), visits articles, follows an article's own continuation
pages (`ID_2.html`, 下一页) and hands the pipelines one `PageItem` per article with every
page's raw bytes.

Every request says what it is for the crawl budget (crawler/budget.py) and the revisit policy
(crawler/revisit_scheduling.py): `meta["page_kind"]` (listing, article, continuation, sitemap) and a
Scrapy priority (listings, then new articles; the policy ranks known pages below them).
Start pages, sitemaps and an article's continuation pages are `budget_exempt`: a run always
looks at its start pages, and an article is archived whole or not at all.

`base_url` points the spider at a mirror (the bundled replica on 127.0.0.1): requests go
there, but everything archived names the site's real URL, so documents, ids and dedup do
not depend on where a copy was fetched from.
"""

from __future__ import annotations

import itertools
import logging
import re
import sys
from urllib.parse import urljoin, urlsplit, urlunsplit

import scrapy
from lxml import etree

from pipelines.items import PageCapture, PageItem
from pipelines.profile import Profile
from pipelines.timestamps import utc_now_iso
from spiders.discover import (
    MAX_SITEMAP_BYTES,
    data_attribute_links,
    feed_item_links,
    feed_urls,
    inline_json_links,
    read_sitemap,
    robots_sitemaps,
    sitemap_body,
)
from spiders.parts import load_more_url
from spiders.urls import check_http_url

# Answers the spider wants to see rather than have filtered out by HttpErrorMiddleware:
# 304 = unchanged since the last crawl, 404/410 = an archived page went away.
HANDLED_STATUSES = [304, 404, 410]
CONTINUATION_SUFFIX = re.compile(r"(\d+)\.s?html?")  # what follows `stem_` in a continuation page's path
# Link texts that mean "the next page" on Chinese sites (and a few English ones).
NEXT_PAGE_TEXTS = ("下一页", "下页", "后页", "next", "Next", "»", ">")
# Scrapy priorities (higher first): listings find new articles, new articles are what the archive
# is for; known pages come after both (crawler/revisit_scheduling.py gives them priorities below zero).
PRIORITY_LISTING = 300
PRIORITY_NEW_ARTICLE = 200
BAD_ARGUMENT_EXIT = 2  # wrong arguments: argparse's code, crawler/exitcodes.py's USAGE
MAX_SOURCES = 1000  # sitemaps and feeds asked per spider and run (a sitemap index that never ends)
# Links whose canonical names and kinds are remembered (a site's menus and footers, on every page);
# when full, the older half goes (a real site's pages hold a hundred or more links each).
LINK_NAMES_KEPT = 100_000


# What a reader can follow on a page: `<a href>` and image-map `<area href>`, any other element
# with an `href` but the head's `<link>` and `<base>` (a mobile framework's own link element: MIP's
# `<mip-link href>`),
# and the pages a frameset or an inline frame shows (`<frame src>`, `<iframe src>`: an old site's
# home page is often only a frameset, its menu and lists in the frames).
PAGE_LINKS = (
    "descendant-or-self::*[@href][not(self::link or self::base)]/@href | "
    "descendant-or-self::frame/@src | descendant-or-self::iframe/@src"
)


# Plain strings: lxml's default "smart" results each keep a reference to their element.
PAGE_LINKS_XPATH = etree.XPath(PAGE_LINKS, smart_strings=False)


def page_hrefs(selector) -> list[str]:
    """Every link of the page a reader can follow (PAGE_LINKS), read from the tree itself (a
    parsel Selector per link cost more than the rest of the link handling)."""
    return PAGE_LINKS_XPATH(selector.root)


def origin_of(url: str) -> str:
    """`scheme://host:port` of an absolute URL (or more of it, never less)."""
    start = url.find("//") + 2
    end = url.find("/", start)
    return url if end < 0 else url[:end]


def forget_older_half(remembered: dict) -> None:
    """Drop the first-remembered half of `remembered` (a dict keeps insertion order)."""
    for key in list(itertools.islice(remembered, len(remembered) // 2)):
        del remembered[key]


def base_folder(url: str) -> str | None:
    """`scheme://host/folder/` of an absolute URL (its query and fragment aside): a path-relative
    link (`x.html`, `../x.html`) resolves against it as against the URL itself. None when the URL
    has no path."""
    url = url.split("#", 1)[0].split("?", 1)[0]
    slash = url.rfind("/")
    return url[: slash + 1] if slash >= url.find("//") + 2 else None


def first_header(headers, name: str) -> str | None:
    """The first value of header `name` as text (Scrapy keeps bytes; a plain dict may hold str)."""
    value = headers.get(name)
    if value is None:
        return None
    return value.decode("latin-1") if isinstance(value, bytes) else value


def parse_budget(value: str | int | None, name: str = "max_requests") -> int | None:
    """A count given as a spider argument (`-a max_requests=N`, `-a max_pages=N`): None when not
    given, else a whole number >= 0 (ValueError naming the argument if not)."""
    if value is None or value == "":
        return None
    try:
        budget = int(value)
    except (TypeError, ValueError):
        raise ValueError(f"-a {name} must be a whole number, not {value!r}") from None
    if budget < 0:
        raise ValueError(f"-a {name} must be 0 (no limit) or more, not {budget}")
    return budget


def headers_as_dict(headers) -> dict[str, str]:
    return {k.decode("latin-1"): v[0].decode("latin-1") for k, v in headers.items() if v}


def article_url_list(urls: str | list[str] | None) -> list[str]:
    """The spider argument `urls`: a list, or URLs separated by whitespace (`-a urls="A B"`),
    each an http(s) URL (BadURL if not)."""
    if not urls:
        return []
    listed = list(urls) if isinstance(urls, list | tuple) else str(urls).split()
    for url in listed:
        check_http_url(url, "-a urls: ")
    return listed


class ArticleMirror:
    """Maps URLs between the site's real origin and the mirror the crawl fetches from."""

    def __init__(self, canonical_origin: str, hosts: list[str], base_url: str | None):
        self.canonical = urlsplit(canonical_origin)
        self.hosts = {h.lower() for h in hosts} | {self.canonical.hostname}
        self.base = urlsplit(base_url.rstrip("/")) if base_url else None

    def to_fetch(self, url: str) -> str:
        parts = urlsplit(url)
        if self.base and (parts.hostname or "").lower() in self.hosts:
            return urlunsplit((self.base.scheme, self.base.netloc, parts.path or "/", parts.query, ""))
        return url

    def is_offsite(self, absolute_url: str) -> bool:
        """Whether an `http(s)://` URL names another site's page, told from its host alone
        without parsing the URL (a real page's links are mostly to other sites); False when in
        doubt (user info, an IPv6 address)."""
        netloc = absolute_url.split("/", 3)[2].split("?", 1)[0].split("#", 1)[0]
        if "@" in netloc or "[" in netloc or "\\" in netloc:
            return False
        host = netloc.split(":", 1)[0].lower()
        return bool(host) and host not in self.hosts and not (self.base and netloc == self.base.netloc)

    def to_canonical(self, url: str) -> str:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        mirrored = self.base and parts.netloc == self.base.netloc
        if mirrored or host in self.hosts:
            # The site's own scheme: links may say https while the archive names it as listed.
            return urlunsplit(
                (self.canonical.scheme, self.canonical.netloc, parts.path or "/", parts.query, "")
            )
        return url

    @property
    def allowed_domains(self) -> list[str]:
        domains = set(self.hosts)
        if self.base and self.base.hostname:
            domains.add(self.base.hostname)
        return sorted(domains)


class ProfileSpider(scrapy.Spider):
    """Crawls one site as its profile describes; the spider loader makes one subclass per
    profile (spiders/loader.py), setting `name` and `profile`."""

    custom_settings = {"HTTPERROR_ALLOWED_CODES": HANDLED_STATUSES}
    profile: Profile | None = None

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        """The spider, or, for a bad argument (`scrapy crawl generic -a start_url=ftp://x`), one
        line and exit 2 before the run opens: the answer `speech-archive crawl` gives (its plan
        checks the same arguments first, so there this never happens)."""
        try:
            return super().from_crawler(crawler, *args, **kwargs)
        except ValueError as exc:  # the arguments' checks below are all ValueErrors
            print(f"scrapy crawl: {exc}", file=sys.stderr, flush=True)
            logging.shutdown()
            raise SystemExit(BAD_ARGUMENT_EXIT) from None

    def __init__(
        self,
        *args,
        base_url: str | None = None,
        max_pages: str | int | None = None,
        max_requests: str | int | None = None,
        urls: str | list[str] | None = None,
        **kwargs,
    ):
        super().__init__(*args, **kwargs)
        self.requests_made = 0  # the generic spider's own count (spiders/generic.py)
        # `-a urls="URL URL ..."` (or a list, from `speech-archive crawl --urls FILE`): fetch these
        # articles only, no listings or sitemaps.
        self.article_urls = article_url_list(urls)
        if self.profile is None or self.profile.crawl is None:
            raise ValueError(f"no site profile with a [crawl] table named {self.name!r}")
        crawl = self.profile.crawl
        if base_url:
            check_http_url(base_url, "-a base_url=")
        self.mirror = ArticleMirror(crawl.origin, list(self.profile.hosts), base_url)
        self.allowed_domains = self.mirror.allowed_domains
        self.article_re = re.compile(crawl.article_pattern)
        self.listing_re = re.compile(crawl.listing_pattern)
        self.max_pages = parse_budget(max_pages, "max_pages") or None
        self.max_requests_arg = parse_budget(max_requests)
        self.pages_seen = 0
        self.sources_asked: set[str] = set()  # robots.txt sitemaps and feeds asked in this run
        self._last_links: tuple | None = None  # (response, its links): `canonical_links` of the last page
        self._link_names: dict[tuple[str, str], str] = {}  # `canonical_link`'s remembered names
        self._link_kinds: dict[str, str | None] = {}  # `link_kind`'s remembered answers

    @property
    def max_requests(self) -> int:
        """MAX_REQUESTS (`-a max_requests=N` wins): requests per spider and run; 0 = no limit."""
        if getattr(self, "max_requests_arg", None) is not None:
            return self.max_requests_arg
        return self.settings.getint("MAX_REQUESTS", 0) if getattr(self, "settings", None) else 0

    # --- where a crawl starts ---------------------------------------------------------------
    async def start(self):
        if self.article_urls:
            for url in self.article_urls:
                request = self.article_request(self.mirror.to_canonical(url))
                request.meta["dont_obey_robotstxt"] = True  # named by the user, as a reader asks for it
                yield request
            return
        crawl = self.profile.crawl
        origin = crawl.origin.rstrip("/")
        for path in crawl.start_paths:
            request = self.listing_request(origin + path)
            request.meta.update(start=True, budget_exempt=True)
            yield request
        for path in crawl.sitemaps:
            request = self.sitemap_request(origin + path)
            if request is not None:
                yield request
        # The sitemaps the site itself names in robots.txt (after the profile's own: one request each).
        yield self.robots_request(origin)

    # --- sources that list pages: robots.txt, sitemaps, feeds ------------------------------------
    def source_request(self, canonical_url: str, callback, **meta) -> scrapy.Request:
        """A request for a file that lists pages (robots.txt, a sitemap, a feed): always fetched in
        full (a 304 would hide its list), exempt from the budget like start pages."""
        return scrapy.Request(
            self.mirror.to_fetch(canonical_url),
            callback=callback,
            meta={"always_fetch": True, "page_kind": "sitemap", "budget_exempt": True, **meta},
            priority=PRIORITY_LISTING,
            dont_filter=True,
        )

    def robots_request(self, origin: str) -> scrapy.Request:
        # Scrapy's RobotsTxtMiddleware reads robots.txt for its rules only (and its copy may be a
        # 304 on a re-crawl): the spider asks it once more for its `Sitemap:` lines, as
        # SitemapSpider does. `dont_obey_robotstxt` marks it as robots.txt (crawler/budget.py).
        return self.source_request(
            origin.rstrip("/") + "/robots.txt", self.parse_robots, dont_obey_robotstxt=True
        )

    def sitemap_request(self, canonical_url: str) -> scrapy.Request | None:
        """A request for a sitemap of this site not asked yet in this run, else None."""
        asked = self.sources_asked
        if urlsplit(canonical_url).hostname not in self.mirror.hosts or canonical_url in asked:
            return None
        if len(asked) >= MAX_SOURCES:
            self.cut("sources")
            return None
        asked.add(canonical_url)
        return self.source_request(canonical_url, self.parse_sitemap)

    def parse_robots(self, response):
        if response.status != 200:
            return
        for url in robots_sitemaps(response.body, response.url):
            request = self.sitemap_request(self.mirror.to_canonical(url))
            if request is not None:
                self.discovered("robots")
                yield request

    def parse_sitemap(self, response):
        """A sitemap (plain or gzip): its pages are followed, a sitemap index's sitemaps read."""
        if response.status != 200:
            return
        body = sitemap_body(response.body, self.settings.getint("DOWNLOAD_MAXSIZE") or MAX_SITEMAP_BYTES)
        try:
            if body is None:
                raise ValueError("gzip that does not inflate within the download limit")
            kind, entries = read_sitemap(body)
        except ValueError as exc:  # a broken sitemap is a skipped source, not a failed crawl
            self.logger.warning("sitemap %s unreadable: %s", response.url, exc)
            self.crawler.stats.inc_value("speech_archive/skipped/bad_sitemap")
            return
        for entry in entries:
            url = self.mirror.to_canonical(urljoin(response.url, entry["loc"]))
            if kind == "sitemapindex":
                request = self.sitemap_request(url)
                if request is not None:
                    self.discovered("sitemap_index")
                    yield request
            else:
                yield from self.follow_discovered(url, "sitemap", lastmod=entry.get("lastmod"))

    def feed_requests(self, response):
        """The RSS/Atom feeds a page offers, each asked once per run."""
        asked = self.sources_asked
        for url in feed_urls(response.selector, response.url):
            url = self.mirror.to_canonical(url)
            if urlsplit(url).hostname in self.mirror.hosts and url not in asked and len(asked) < MAX_SOURCES:
                asked.add(url)
                self.discovered("feed_source")
                yield self.source_request(url, self.parse_feed)

    def parse_feed(self, response):
        if response.status != 200:
            return
        for link in feed_item_links(response.body, response.url):
            yield from self.follow_discovered(self.mirror.to_canonical(link), "feed")

    def follow_discovered(self, url: str, via: str, lastmod: str | None = None):
        """Follow a page found through `via` (sitemap, feed, data_attribute, inline_json), counted."""
        for request in self.follow_canonical(url, lastmod=lastmod):
            self.discovered(via)
            yield request

    def discovered(self, via: str, n: int = 1) -> None:
        """Count what a discovery path led to: `speech_archive/discovered/<via>`."""
        if n and getattr(self, "crawler", None) is not None and self.crawler.stats is not None:
            self.crawler.stats.inc_value(f"speech_archive/discovered/{via}", n)

    def listing_request(self, canonical_url: str) -> scrapy.Request:
        # Listings are always fetched in full: they are how new and edited articles are found.
        return scrapy.Request(
            self.mirror.to_fetch(canonical_url),
            callback=self.parse,
            meta={"always_fetch": True, "canonical_url": canonical_url, "page_kind": "listing"},
            priority=PRIORITY_LISTING,
        )

    def article_request(self, canonical_url: str, lastmod: str | None = None) -> scrapy.Request:
        meta = {"canonical_url": canonical_url, "page_kind": "article"}
        if lastmod:
            meta["lastmod"] = lastmod  # the sitemap's word on when the page last changed
        return scrapy.Request(
            self.mirror.to_fetch(canonical_url),
            callback=self.parse_article,
            meta=meta,
            priority=PRIORITY_NEW_ARTICLE,
        )

    def revisit_request(self, canonical_url: str, kind: str | None = None) -> scrapy.Request | None:
        """A request for a page the archive already knows (the revisit policy asks), or None when
        the page is no longer one of this site's listings or articles (the profile changed)."""
        parts = urlsplit(canonical_url)
        if parts.hostname not in self.mirror.hosts:
            return None
        path = parts.path or "/"
        if self.article_re.search(path):
            return self.article_request(canonical_url)
        if self.listing_re.search(path) or kind == "listing":
            return self.listing_request(canonical_url)
        return None

    # --- listings ---------------------------------------------------------------------------
    # (response, its text's rest): `rest_of_text` of the last page, for every spider of this class
    _last_rest: tuple | None = None

    def rest_of_text(self, response) -> str | None:
        """Where a "继续阅读全文" button loads the rest of the page's text from (spiders/parts.py), read
        once a page: the links and the continuation both ask."""
        last = self._last_rest
        if last is None or last[0] is not response:
            self._last_rest = last = (response, load_more_url(response.selector, response.url))
        return last[1]

    def canonical_links(self, response) -> list[str]:
        """The page's `<a href>` links, resolved and named as the archive names them, each once:
        `parse` and `continuation_of` read the same list of the same page (a real page holds a
        few hundred links, most of them the site's menus again: their names are remembered)."""
        last = self._last_links
        if last is not None and last[0] is response:
            return last[1]
        hrefs = page_hrefs(response.selector)
        links = list(dict.fromkeys(self.canonical_link(response.url, href) for href in hrefs))
        self._last_links = (response, links)
        return links

    def canonical_link(self, base: str, href: str) -> str:
        if href.startswith(("http://", "https://")):
            if self.mirror.is_offsite(href):
                return href  # never followed: named as written
            key = (base.split(":", 1)[0], href)  # urljoin keeps an absolute URL whatever the page
        elif href.startswith("/") and not href.startswith("//"):
            key = (origin_of(base), href)  # a root-relative link names one URL per site
        elif href and not href.startswith(("?", "#", "//")) and (folder := base_folder(base)):
            key = (folder, href)  # a path-relative link names one URL per folder
        else:
            return self.mirror.to_canonical(urljoin(base, href))
        found = self._link_names.get(key)
        if found is None:
            if len(self._link_names) >= LINK_NAMES_KEPT:
                forget_older_half(self._link_names)
            found = self._link_names[key] = self.mirror.to_canonical(urljoin(base, href))
        return found

    def parse(self, response):
        """A listing page (or the home page): follow articles and further listings."""
        if response.status != 200 or not self.is_html(response):
            return
        for url in self.canonical_links(response):
            yield from self.follow_canonical(url)
        # Pages a script would link: `data-*` links, the app state's JSON; and the site's feeds.
        rest = self.rest_of_text(response)  # the text's rest: its continuation, no page of its own
        for via, links in (
            ("data_attribute", data_attribute_links(response.selector, response.url)),
            ("inline_json", inline_json_links(response.selector, response.url)),
        ):
            for link in links:
                if link != rest:
                    yield from self.follow_discovered(self.mirror.to_canonical(link), via)
        yield from self.feed_requests(response)

    def follow_canonical(self, url: str, lastmod: str | None = None):
        kind = self.link_kind(url)
        if kind == "article":
            if self.under_page_budget():
                yield self.article_request(url, lastmod)
        elif kind == "listing":
            # The request budget is counted where requests go out, in priority order
            # (crawler/budget.py), not here.
            yield self.listing_request(url)

    def link_kind(self, url: str) -> str | None:
        """ "article", "listing" or None (another site's, or a page the profile does not name), by
        the profile's patterns; remembered, since every page links the site's menus again."""
        kind = self._link_kinds.get(url, "")
        if kind != "":
            return kind
        parts = urlsplit(url)
        path = parts.path or "/"
        if parts.hostname not in self.mirror.hosts:
            kind = None
        elif self.article_re.search(path):
            kind = "article"
        elif self.listing_re.search(path):
            kind = "listing"
        else:
            kind = None
        if len(self._link_kinds) >= LINK_NAMES_KEPT:
            forget_older_half(self._link_kinds)
        self._link_kinds[url] = kind
        return kind

    def within_request_budget(self) -> bool:
        """The generic spider's count of pages it asks for (it follows links of unknown kinds and
        cuts traps by it); a page refused is counted as cut. An article's continuation pages are
        not charged: an article is archived whole or not at all."""
        limit = self.max_requests
        if limit and self.requests_made >= limit:
            self.cut("max_requests")
            return False
        self.requests_made += 1
        return True

    def cut(self, kind: str, n: int = 1) -> None:
        """Count what the crawl chose not to fetch (budget, trap, dry listing chain)."""
        if n and getattr(self, "crawler", None) is not None and self.crawler.stats is not None:
            self.crawler.stats.inc_value(f"speech_archive/cut/{kind}", n)

    def under_page_budget(self) -> bool:
        if self.max_pages is None:
            return True
        self.pages_seen += 1
        return self.pages_seen <= self.max_pages

    # --- articles ---------------------------------------------------------------------------
    def parse_article(self, response):
        canonical = response.meta.get("canonical_url") or self.mirror.to_canonical(response.url)
        if response.status in (404, 410):
            self.crawler.stats.inc_value("speech_archive/pages/gone")
            yield self.new_item(canonical, gone=True)
            return
        if response.status == 304 or self.payload_unchanged(response):
            known = (response.meta.get("history") or {}).get("continuations") or []
            if known:
                # Page 1 is unchanged; the article's later pages may not be: ask them too.
                yield self.recheck_request(canonical, known, 0)
                return
            self.crawler.stats.inc_value("speech_archive/pages/unchanged")
            yield self.new_item(canonical, unchanged=True)
            return
        if not self.is_html(response):
            self.crawler.stats.inc_value("speech_archive/skipped/not_html")
            self.logger.info("skipped %s: not an HTML page", response.url)
            return
        if not self.article_urls:  # a list of articles is crawled as listed, nothing more
            # Related lists on article pages lead to more articles.
            yield from self.parse(response)
        item = self.new_item(canonical, pages=[self.capture(response, canonical)])
        yield from self.continue_or_emit(response, item)

    def continue_or_emit(self, response, item: PageItem):
        next_url = self.continuation_of(response, item)
        if next_url is None:
            yield item
            return
        yield scrapy.Request(
            self.mirror.to_fetch(next_url),
            callback=self.parse_continuation,
            errback=self.continuation_failed,
            # Continuations of a changed article are always fetched whole, and each is
            # requested once per article even if a related list links to it too.
            meta={
                "always_fetch": True,
                "item": item,
                "canonical_url": next_url,
                "continuation_of": item.url,
                "page_kind": "continuation",
                "budget_exempt": True,
            },
            priority=PRIORITY_LISTING,  # an article in progress is finished before anything else
            dont_filter=True,
        )

    # --- re-crawl of an article over several pages ----------------------------------------------
    def recheck_request(self, first_url: str, pages: list[str], index: int) -> scrapy.Request:
        """A conditional request for the `index`-th known later page of an unchanged first page."""
        meta = {
            "canonical_url": pages[index],
            "continuation_of": first_url,
            "recheck": {"first": first_url, "pages": pages, "index": index},
            "page_kind": "continuation",
            "budget_exempt": True,  # the check of an article in progress is finished
        }
        return scrapy.Request(
            self.mirror.to_fetch(pages[index]),
            callback=self.parse_recheck,
            errback=self.recheck_failed,
            meta=meta,
            priority=PRIORITY_LISTING,
            dont_filter=True,
        )

    def parse_recheck(self, response):
        info = response.meta["recheck"]
        if response.status == 304 or self.payload_unchanged(response):
            if info["index"] + 1 < len(info["pages"]):
                yield self.recheck_request(info["first"], info["pages"], info["index"] + 1)
                return
            self.crawler.stats.inc_value("speech_archive/pages/unchanged")
            yield self.new_item(info["first"], unchanged=True)
            return
        # A later page changed (or went away): the article is fetched whole and stitched again.
        self.crawler.stats.inc_value("speech_archive/pages/continuation_changed")
        yield scrapy.Request(
            self.mirror.to_fetch(info["first"]),
            callback=self.parse_article,
            # An article check in progress; as an "article", the revisit policy records it changed.
            meta={
                "always_fetch": True,
                "canonical_url": info["first"],
                "page_kind": "article",
                "budget_exempt": True,
                "revisit": "continuation_changed",
            },
            priority=PRIORITY_LISTING,
            dont_filter=True,
        )

    def recheck_failed(self, failure):
        # The later page could not be asked: keep the archived article as it is (nothing lost).
        info = failure.request.meta["recheck"]
        self.logger.warning("re-check of %s failed: %s", failure.request.url, failure.value)
        self.crawler.stats.inc_value("speech_archive/errors/continuation_recheck_failed")
        yield self.new_item(info["first"], unchanged=True)

    def parse_continuation(self, response):
        item: PageItem = response.meta["item"]
        if response.status != 200 or not self.is_html(response):
            self.crawler.stats.inc_value("speech_archive/errors/continuation_missing")
            item.pages_missing = True
            yield item  # what we have is still worth archiving (its pages say how far it got)
            return
        item.pages.append(self.capture(response, response.meta["canonical_url"]))
        yield from self.continue_or_emit(response, item)

    def continuation_failed(self, failure):
        item = failure.request.meta["item"]
        self.crawler.stats.inc_value("speech_archive/errors/continuation_missing")
        self.logger.warning("continuation %s failed: %s", failure.request.url, failure.value)
        item.pages_missing = True
        yield item

    def continuation_of(self, response, item: PageItem) -> str | None:
        """The next page of this same article (`ID.html` -> `ID_2.html` -> `ID_3.html`), if linked."""
        first_path = urlsplit(item.url).path
        stem = re.sub(r"(_\d+)?\.s?html?$", "", first_path)
        wanted = len(item.pages) + 1
        if wanted > 50:  # a pager that never ends is a trap, not an article
            return None
        # `stem_N.html`: a prefix test, then one precompiled pattern (compiling a pattern per
        # article stem cost more than the rest of the spider's work on the page).
        prefix = stem + "_"
        for url in self.canonical_links(response):
            if prefix not in url:  # (a substring test first: most links are no page of this one)
                continue
            path = urlsplit(url).path
            if not path.startswith(prefix):
                continue
            match = CONTINUATION_SUFFIX.fullmatch(path, len(prefix))
            if match and int(match.group(1)) == wanted:
                return url
        return None

    # --- helpers ----------------------------------------------------------------------------
    def new_item(self, url: str, **kwargs) -> PageItem:
        return PageItem(site=self.profile.name, url=url, profile=self.profile, **kwargs)

    def payload_unchanged(self, response) -> bool:
        previous = response.meta.get("history") or {}
        current = (response.meta.get("warc") or {}).get("payload_digest")
        return bool(previous.get("payload_digest") and current == previous["payload_digest"])

    @staticmethod
    def is_html(response) -> bool:
        content_type = (first_header(response.headers, "Content-Type") or "text/html").lower()
        return "html" in content_type or "xml" in content_type

    def capture(self, response, canonical_url: str) -> PageCapture:
        return PageCapture(
            url=canonical_url,
            fetch_url=response.url,
            status=response.status,
            headers=headers_as_dict(response.headers),
            body=response.body,
            fetched_at=response.meta.get("fetched_at") or utc_now_iso(),
            warc=response.meta.get("warc"),
            etag=first_header(response.headers, "ETag"),
            last_modified=first_header(response.headers, "Last-Modified"),
        )
