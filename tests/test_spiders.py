"""Spiders on frozen pages (no engine, no network), and a convention test over every spider.

In the manner of City Bureau's city-scrapers: a saved page in (read as bytes), what the spider
yields out. Kingfisher-style: every spider the loader lists keeps the same conventions.
"""

from __future__ import annotations

import re

import pytest
from crawlhelp import SAMPLES
from scrapy import Request
from scrapy.http import HtmlResponse
from scrapy.spiderloader import get_spider_loader
from scrapy.utils.test import get_crawler

from crawler.plan import project_settings
from pipelines.items import PageItem
from spiders.base import ArticleMirror
from spiders.classify import looks_like_article
from spiders.shipped import shipped_profiles

LOADER = get_spider_loader(project_settings())
SITE_SPIDERS = [name for name in LOADER.list() if name != "generic"]
MIRROR = "http://127.0.0.1:8001"


def spider(name: str, **kwargs):
    cls = LOADER.load(name)
    crawler = get_crawler(cls, settings_dict={"ARCHIVE_DIR": "/nonexistent"})
    return cls.from_crawler(crawler, **kwargs)


def response_for(
    host: str, path: str, fetch_base: str | None = None, status: int = 200, meta=None
) -> HtmlResponse:
    file = SAMPLES / "sites" / host / (path.lstrip("/") + ("index.html" if path.endswith("/") else ""))
    body = file.read_bytes() if status == 200 else b""
    url = (fetch_base or f"http://{host}") + path
    request = Request(url, meta=meta or {})
    return HtmlResponse(url, status=status, body=body, request=request, headers={"Content-Type": "text/html"})


@pytest.mark.parametrize("name", SITE_SPIDERS)
def test_every_site_spider_has_a_profile_with_the_crawl_keys(name):
    profile = shipped_profiles()[name]
    for key in ("origin", "start_paths", "listing_pattern", "article_pattern"):
        assert getattr(profile.crawl, key), f"{name}: [crawl] lacks {key}"
    re.compile(profile.crawl.article_pattern)
    re.compile(profile.crawl.listing_pattern)
    assert profile.hosts and profile.extract.content
    cls = LOADER.load(name)
    assert cls.profile == profile, "a site spider is made from its profile, no module of its own"
    assert cls.__module__ == "spiders.loader" and not (SAMPLES.parent / "spiders" / f"{name}.py").exists()


@pytest.mark.parametrize("name", SITE_SPIDERS)
def test_base_url_sends_requests_to_the_mirror_but_names_the_real_site(name):
    s = spider(name, base_url=MIRROR)
    origin = s.profile.crawl.origin
    assert s.mirror.to_fetch(origin + "/a/1.html") == MIRROR + "/a/1.html"
    assert s.mirror.to_canonical(MIRROR + "/a/1.html") == origin + "/a/1.html"
    assert "127.0.0.1" in s.allowed_domains


def test_a_listing_page_yields_its_articles_and_next_listing_page():
    s = spider("wm114", base_url=MIRROR)
    out = list(s.parse(response_for("www.wm114.cn", "/wen/jianghua/index.html", MIRROR)))
    urls = [r.url for r in out]
    assert MIRROR + "/wen/jianghua/2025111000.html" in urls
    assert MIRROR + "/wen/jianghua/index_2.html" in urls
    articles = [r for r in out if r.callback == s.parse_article]
    assert all(r.meta["canonical_url"].startswith("http://www.wm114.cn/wen/") for r in articles)
    listings = [r for r in out if r.callback == s.parse]
    assert listings and all(r.meta["always_fetch"] for r in listings)


def test_an_article_page_becomes_one_item_with_its_raw_bytes():
    s = spider("jianghua_ai", base_url=MIRROR)
    canonical = "http://jianghua-ai.test/jianghua/1080.html"
    resp = response_for("jianghua-ai.test", "/jianghua/1080.html", MIRROR, meta={"canonical_url": canonical})
    items = [x for x in s.parse_article(resp) if isinstance(x, PageItem)]
    assert len(items) == 1
    item = items[0]
    assert item.site == "jianghua_ai" and item.url == canonical
    assert item.pages[0].body == (SAMPLES / "sites/jianghua-ai.test/jianghua/1080.html").read_bytes()
    assert item.pages[0].fetch_url == MIRROR + "/jianghua/1080.html"


def test_an_article_that_continues_is_followed_to_its_next_page_before_it_is_emitted():
    s = spider("huigou6", base_url=MIRROR)
    canonical = "http://www.huigou6.com/zhuantifanwen/gongwenfanwen/3404.html"
    resp = response_for(
        "www.huigou6.com", "/zhuantifanwen/gongwenfanwen/3404.html", MIRROR, meta={"canonical_url": canonical}
    )
    out = list(s.parse_article(resp))
    assert not [x for x in out if isinstance(x, PageItem)]
    follow = [x for x in out if isinstance(x, Request) and x.callback == s.parse_continuation]
    assert [r.url for r in follow] == [MIRROR + "/zhuantifanwen/gongwenfanwen/3404_2.html"]

    page2 = response_for(
        "www.huigou6.com", "/zhuantifanwen/gongwenfanwen/3404_2.html", MIRROR, meta=follow[0].meta
    )
    items = [x for x in s.parse_continuation(page2) if isinstance(x, PageItem)]
    assert len(items) == 1
    assert [p.url for p in items[0].pages] == [canonical, canonical.replace("3404", "3404_2")]


def test_304_and_404_answers_become_unchanged_and_gone_items():
    s = spider("jianghua_ai")
    url = "http://jianghua-ai.test/jianghua/1080.html"
    not_modified = HtmlResponse(url, status=304, body=b"", request=Request(url))
    gone = HtmlResponse(url, status=404, body=b"", request=Request(url))
    assert [x.unchanged for x in s.parse_article(not_modified)] == [True]
    assert [x.gone for x in s.parse_article(gone)] == [True]


def test_the_generic_classifier_tells_articles_from_listings():
    article = response_for("jianghua-ai.test", "/jianghua/1080.html")
    listing = response_for("www.huigou6.com", "/zhuantifanwen/gongwenfanwen/")
    assert looks_like_article(article.selector)
    assert not looks_like_article(listing.selector)


def test_unknown_hosts_are_never_mapped_onto_the_mirror():
    mirror = ArticleMirror("http://www.wm114.cn", ["www.wm114.cn"], MIRROR)
    assert mirror.to_fetch("http://evil.example/wen/1.html") == "http://evil.example/wen/1.html"


def test_another_site_is_told_by_its_host_and_the_site_s_own_hosts_never_are():
    mirror = ArticleMirror("http://www.wm114.cn", ["www.wm114.cn"], MIRROR)
    assert mirror.is_offsite("http://evil.example/wen/1.html")
    assert mirror.is_offsite("https://evil.example:8443?q=1")
    for own in (
        "http://www.wm114.cn/wen/1.html",
        "https://WWW.WM114.CN:443/wen/1.html",  # any case, any port: the site's host
        "http://www.wm114.cn?page=2",  # a query straight after the host
        MIRROR + "/wen/1.html",  # the mirror the crawl fetches from
        "http://user@evil.example@www.wm114.cn/",  # user info: parsed properly, never guessed
    ):
        assert not mirror.is_offsite(own), own
