"""A site with no profile: stay on the start host, tell what each page is, archive speeches.

`scrapy crawl generic -a start_url=URL [-a allow=REGEX] [-a max_pages=N] [-a max_requests=N] [-a origin=URL]`

Each fetched page is classified from its content, links and pager together (spiders/classify.py):
an article is archived with the pages its own pager leads to stitched on (TRS `_1.html`, DedeCMS
`_2.html`, WordPress `/slug/2/`, PHPCMS `&page=2`, …); a page whose pager says it is page 2+ of
another is a continuation, never a document; a forum thread is its first post, its later pages
are replies; a listing is followed. `origin` names the site's real origin when `start_url` points
at a mirror.

Sites that never end are cut off, and every cut is counted under `speech_archive/cut/<kind>`:
- URLs are canonicalised before they are queued (session and tracking parameters dropped, query
  sorted: spiders/urls.py), so a fresh session id is not a new page;
- calendar pages outside any archive's years and piled-up paths are not followed;
- a chain of listing pages is followed until GENERIC_DRY_LISTINGS consecutive ones brought no
  link new to the crawl (pager and calendar links do not count as new);
- DEPTH_LIMIT, and the request budget MAX_REQUESTS (`-a max_requests=N`), which has a default
  here because a site without a profile has no known size.
A run cut off this way is complete: what was found is archived and the report says what was cut.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.http import HtmlResponse

from pipelines.floors import going_on_floors
from pipelines.items import PageItem
from spiders.base import ArticleMirror, ProfileSpider, article_url_list, page_hrefs, parse_budget
from spiders.classify import (
    ARTICLE,
    CONTINUATION,
    FORUM_REPLIES,
    is_forum_thread,
    keeps_text_in,
    page_kind,
    text_box,
)
from spiders.discover import data_attribute_links, inline_json_links, script_string_urls
from spiders.pagers import find_pager, first_page_url, is_later_page, script_links
from spiders.parts import next_part_url, previous_part_url, says_it_continues
from spiders.shipped import shipped_profiles
from spiders.urls import (
    canonical_url,
    check_http_url,
    is_calendar_url,
    redirect_target,
    same_page,
    trap_kind,
    url_template,
)

SKIPPED_EXTENSIONS = re.compile(
    r"\.(jpe?g|png|gif|webp|svg|ico|css|js|pdf|docx?|xlsx?|pptx?|zip|rar|7z|mp[34]|avi|exe)$", re.I
)
# Defaults for a site nobody has described; a run overrides them with -s NAME=VALUE.
GENERIC_SETTINGS = {
    "MAX_REQUESTS": 5000,  # requests for new pages per spider per run (continuations excepted)
    "GENERIC_DRY_LISTINGS": 3,  # consecutive listing pages with nothing new before a chain stops
    "DEPTH_LIMIT": 40,  # links from the start page (an article's continuations count too)
}
MAX_ARTICLE_PAGES = 50  # a pager that goes further is a trap, not an article


class GenericSpider(ProfileSpider):
    name = "generic"
    custom_settings = {**ProfileSpider.custom_settings, **GENERIC_SETTINGS}

    def __init__(
        self,
        *args,
        start_url: str | None = None,
        allow: str | None = None,
        max_pages: str | int | None = None,
        max_requests: str | int | None = None,
        origin: str | None = None,
        urls: str | list[str] | None = None,
        **kwargs,
    ):
        scrapy.Spider.__init__(self, *args, **kwargs)
        self.article_urls = article_url_list(urls)
        start_url = start_url or (self.article_urls[0] if self.article_urls else None)
        if not start_url:
            raise ValueError("the generic spider needs -a start_url=URL (or -a urls=...)")
        check_http_url(start_url, "-a start_url=")  # as `speech-archive crawl --start-url` checks it
        if origin:
            check_http_url(origin, "-a origin=")
        self.start_url = start_url
        parts = urlsplit(start_url)
        canonical = origin or f"{parts.scheme}://{parts.netloc}"
        self.mirror = ArticleMirror(canonical, [urlsplit(canonical).hostname], start_url if origin else None)
        self.allowed_domains = self.mirror.allowed_domains
        self.allow_re = re.compile(allow) if allow else None
        self.max_pages = parse_budget(max_pages, "max_pages") or None
        self.pages_seen = 0
        self.requests_made = 0
        self.threads_open: set[str] = set()  # forum topics whose next page is being looked at
        self.loading_rest: set[str] = set()  # the addresses a "继续阅读全文" button loads a text's rest from
        self.max_requests_arg = parse_budget(max_requests)
        self.profile = None
        # A page on a host a shipped profile covers is extracted by that profile's rules.
        self.shipped_profiles = shipped_profiles()
        self.seen: set[str] = set()  # canonical URLs requested in this run
        self.sources_asked: set[str] = set()  # sitemaps and feeds asked in this run

    async def start(self):
        if self.article_urls:
            # A list of articles: each fetched and archived (with its continuations), no links
            # followed; a page of the list that is no article is counted, not archived.
            for listed in self.article_urls:
                url = canonical_url(self.mirror.to_canonical(listed))
                self.seen.add(url)
                self.requests_made += 1
                request = self.page_request(url, dont_filter=True)
                request.meta["listed_article"] = True
                request.meta["dont_obey_robotstxt"] = True  # named by the user (see below)
                yield request
            return
        url = canonical_url(self.mirror.to_canonical(self.start_url))
        self.seen.add(url)
        self.requests_made += 1  # the start page is the budget's first request
        request = self.page_request(url, dont_filter=True)
        request.meta["budget_exempt"] = True  # a run always looks at its start page
        # The page the user named is fetched as a reader asks for it, even where robots.txt keeps
        # crawlers off it (a Q&A site's search page, `Disallow: /search`); what it links to is
        # crawled, and asked of robots.txt, as always.
        request.meta["dont_obey_robotstxt"] = True
        yield request
        # The sitemaps the site names in robots.txt list pages no link may lead to.
        yield self.robots_request(f"{self.mirror.canonical.scheme}://{self.mirror.canonical.netloc}")

    def page_request(self, canonical: str, dont_filter: bool = False, dry: int = 0) -> scrapy.Request:
        # With no profile a page's kind is known only after fetching it, and a listing must
        # be read whole to find new articles: fetch in full, let the payload digest tell
        # an unchanged article (no re-extraction) from a changed one.
        return scrapy.Request(
            self.mirror.to_fetch(canonical),
            callback=self.parse_any,
            meta={"always_fetch": True, "canonical_url": canonical, "dry_listings": dry},
            dont_filter=dont_filter,
        )

    # --- links ------------------------------------------------------------------------------
    def page_links(self, response) -> list[tuple[str, str]]:
        """(link, how it was found) for every link of a page: `<a href>` first (and the pages the
        redirectors they go through name), then links only a script would follow (script pagers and
        data stores, `data-*` attributes, inline JSON, absolute URLs in script strings)."""
        sel, base = response.selector, response.url
        hrefs = page_hrefs(sel)
        found = [(urljoin(base, h), "link") for h in hrefs]
        # a redirector's link (an editor's, a platform's) naming a page: `candidate` keeps it if on-site
        found += [(url, "redirect_link") for h in hrefs if (url := redirect_target(h))]
        found += [(url, "script") for url in script_links(sel, base)]
        found += [(url, "data_attribute") for url in data_attribute_links(sel, base)]
        found += [(url, "inline_json") for url in inline_json_links(sel, base)]
        found += [(url, "script_string") for url in script_string_urls(sel)]
        rest = self.rest_of_text(
            response
        )  # the rest of this page's text: its continuation, no page of its own
        return [(url, via) for url, via in found if url != rest] if rest else found

    def follow_canonical(self, url: str, lastmod: str | None = None):
        """A page a sitemap or feed names: fetched like a link (same site, not a trap, once)."""
        url = self.candidate(url)
        if url is None or url in self.seen:
            return
        if self.under_page_budget() and self.within_request_budget():
            self.seen.add(url)
            yield self.page_request(url)

    def candidate(self, url: str) -> str | None:
        """The canonical form of a link worth fetching, or None (offsite, a file, a trap)."""
        url = canonical_url(self.mirror.to_canonical(url))
        parts = urlsplit(url)
        if (parts.hostname or "") not in self.mirror.hosts or parts.scheme not in ("http", "https"):
            return None
        if SKIPPED_EXTENSIONS.search(parts.path or "/"):
            return None
        if self.allow_re and not self.allow_re.search(url):
            return None
        kind = trap_kind(url)
        if kind:
            self.cut(kind)
            return None
        return url

    def parse(self, response, kind: str = ARTICLE):
        """Follow the links of a page; a listing chain that has brought nothing new stops."""
        if response.status != 200 or not self.is_html(response):
            return
        here = response.meta.get("canonical_url") or canonical_url(self.mirror.to_canonical(response.url))
        template = url_template(here)
        fresh: dict[str, str] = {}  # canonical URL -> how it was found
        new = 0
        for link, via in self.page_links(response):
            url = self.candidate(link)
            if url is None or url in self.seen or url in fresh:
                continue
            fresh[url] = via
            # Another page of the same pager or calendar is navigation, not something new.
            if url_template(url) != template and not is_calendar_url(url):
                new += 1
        dry = 0 if new or kind == ARTICLE else response.meta.get("dry_listings", 0) + 1
        yield from self.feed_requests(response)
        if dry > self.settings.getint("GENERIC_DRY_LISTINGS", 3):
            self.cut("listing_chain", len(fresh))
            return
        for url, via in fresh.items():
            if self.under_page_budget() and self.within_request_budget():
                self.seen.add(url)
                self.discovered(via)
                yield self.page_request(url, dry=dry)

    def parse_any(self, response):
        if response.status != 200 or not self.is_html(response):
            yield from self.parse_article(response)  # 304 / 404 / not HTML: handled as for an article
            return
        here = response.meta.get("canonical_url") or response.url
        kind = page_kind(response.selector, here)
        self.crawler.stats.inc_value(f"speech_archive/generic/{kind}")
        if response.meta.get("listed_article") and kind != ARTICLE:
            self.logger.info("listed URL %s is no article (%s): not archived", here, kind)
            self.crawler.stats.inc_value("speech_archive/skipped/not_an_article")
            return
        if kind == ARTICLE:
            yield from self.parse_article(response)
        elif kind == CONTINUATION:
            # Page 2+ of an article reached on its own: the article is archived from its first page.
            first = first_page_url(find_pager(response.selector, response.url, article=True)) or (
                previous_part_url(response.selector, response.url)  # a later part of a text in parts
            )
            url = self.candidate(first) if first else None
            if url and url not in self.seen and self.within_request_budget():
                self.seen.add(url)
                yield self.page_request(url)
        elif kind == FORUM_REPLIES:
            return  # a thread's later page: replies, neither a document nor a way to new ones
        else:
            yield from self.parse(response, kind)

    # --- continuations, by the article's own pager --------------------------------------------
    def continuation_of(self, response, item: PageItem) -> str | None:
        if len(item.pages) >= MAX_ARTICLE_PAGES:
            return None
        if is_forum_thread(response.selector) or going_on_floors(response.selector.root):
            # a topic's next page: replies, unless the first poster goes on there in a floor of
            # his own ("（接上楼）", pipelines/floors.py); parse_continuation looks before stitching.
            # A page whose floors go on with its text is a topic's, though its opening post is
            # printed apart from them (HadSky, Vanilla) and the page is not read as a thread.
            if len(item.pages) > 1 and not going_on_floors(response.selector.root):
                return None  # page 2+ that held no floor of his: the text ended before it
            pager = find_pager(response.selector, response.url, article=True)
            link = pager.next_url if pager is not None else None
            url = self.candidate(link) if link else None
            if url is None or url in {p.url for p in item.pages}:
                return None
            self.seen.add(url)
            self.threads_open.add(item.url)
            return url
        pager = find_pager(response.selector, response.url, article=True)
        if pager is None:  # a text in parts: the part's notice names the next (spiders/parts.py)
            link = next_part_url(response.selector, response.url)
            rest = None if link else self.rest_of_text(response)
            url = self.candidate(link or rest) if (link or rest) else None
            if url is None or url in {p.url for p in item.pages}:
                return None
            self.seen.add(url)
            if rest:  # the rest of the text, loaded into the page by its button: its next page
                self.loading_rest.add(url)
            return url
        wanted = len(item.pages) + 1
        if pager.current not in (None, wanted - 1):
            return None
        link = pager.url_of(wanted) or (pager.next_url if pager.current == wanted - 1 else None)
        url = self.candidate(link) if link else None
        if url is None or url in {p.url for p in item.pages}:
            return None
        self.seen.add(url)
        return url

    def parse_continuation(self, response):
        item: PageItem = response.meta["item"]
        ok = response.status == 200 and self.is_html(response)
        if item.url in self.threads_open:
            self.threads_open.discard(item.url)
            if not ok or not going_on_floors(response.selector.root):
                # the topic's next page holds replies only: the text is the pages before it
                self.crawler.stats.inc_value("speech_archive/generic/thread_page_without_floors")
                yield item
                return
            yield from super().parse_continuation(response)
            return
        if ok and response.meta["canonical_url"] in self.loading_rest:
            self.loading_rest.discard(response.meta["canonical_url"])
            yield from super().parse_continuation(response)
            return
        if ok and is_forum_thread(response.selector) and going_on_floors(response.selector.root):
            # a topic's next page where the first poster goes on in a floor of his own, though the
            # first page's posts were not read as a thread's (its opening post printed apart)
            yield from super().parse_continuation(response)
            return
        if ok:
            pager = find_pager(response.selector, response.url, article=True)
            here = response.meta["canonical_url"]
            if pager is None and self.is_next_part(response, item):
                yield from super().parse_continuation(response)
                return
            first = first_page_url(pager)
            # The page the pager led to must say it is a later page of this same article (its
            # page 1 may carry the page parameter: `…?ArticleID=1186&Page=1`).
            first = self.candidate(first) if first else None
            if (
                not is_later_page(pager, here)
                or (first and not same_page(first, item.url))
                or not self.keeps_the_text_box(response, item)
            ):
                self.crawler.stats.inc_value("speech_archive/generic/not_a_continuation")
                yield item
                yield from self.parse_any(response)
                return
        yield from super().parse_continuation(response)

    def continuation_failed(self, failure):
        item: PageItem = failure.request.meta["item"]
        if item.url in self.threads_open:
            self.threads_open.discard(item.url)
            # a topic's next page looked at for the poster's floors: not there, nothing missing
            self.crawler.stats.inc_value("speech_archive/generic/thread_page_without_floors")
            yield item
            return
        yield from super().continuation_failed(failure)

    @staticmethod
    def keeps_the_text_box(response, item: PageItem) -> bool:
        """The page the pager led to has prose where the article's last page had its text (a
        forum topic's page 2, replies only, has none in the first post's box)."""
        last = item.pages[-1]
        previous = HtmlResponse(last.url, body=last.body, headers=last.headers)
        box = text_box(previous.selector)
        return box is None or keeps_text_in(response.selector, box)

    def is_next_part(self, response, item: PageItem) -> bool:
        """The page says it goes on from a previous part, and that part is the article's last page
        (or, when it names none, it was reached by that page's own notice of a next part:
        "（未完待续）下篇：<a>" there, "（接上篇）" here)."""
        previous = previous_part_url(response.selector, response.meta["canonical_url"])
        previous = self.candidate(previous) if previous else None
        if previous is None:
            return says_it_continues(response.selector)
        return same_page(previous, item.pages[-1].url)

    def new_item(self, url: str, **kwargs) -> PageItem:
        return PageItem(site="generic", url=url, profile=self.shipped_profiles.for_url(url), **kwargs)
