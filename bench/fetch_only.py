"""The crawl benchmark's baseline: a spider that fetches what the bench spider fetches and discards it.

It walks the same site the same way (start at `/`, robots.txt obeyed, listing and article URLs
from the bench profile's `[crawl]` patterns) with Scrapy's default middlewares and no item
pipelines, so the difference to the real crawl is what the product adds: capture, history,
extraction, dedup and the archive. Lives in bench/, not spiders/, so `scrapy list` stays the
product's spiders.

    python -m bench.fetch_only http://127.0.0.1:PORT --concurrency 16   # prints JSON stats
    python -m bench.fetch_only URL --profile bench/profiles/realweight.toml   # another bench site
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import scrapy

BENCH_PROFILE = Path(__file__).resolve().parent / "profiles" / "bench.toml"


def bench_patterns(profile: Path = BENCH_PROFILE) -> tuple[re.Pattern, re.Pattern]:
    from pipelines.profile import load_profile

    crawl = load_profile(Path(profile)).crawl
    return re.compile(crawl.listing_pattern), re.compile(crawl.article_pattern)


class FetchOnlySpider(scrapy.Spider):
    name = "bench_fetch_only"

    def __init__(self, base_url: str, profile: Path = BENCH_PROFILE, **kwargs):
        super().__init__(**kwargs)
        self.base_url = base_url.rstrip("/")
        self.allowed_domains = [urlsplit(self.base_url).hostname]
        self.listing_re, self.article_re = bench_patterns(profile)

    async def start(self):
        yield scrapy.Request(self.base_url + "/", callback=self.parse)
        # The bench spider reads robots.txt for its Sitemap lines too (spiders/discover.py).
        yield scrapy.Request(
            self.base_url + "/robots.txt", callback=self.discard, meta={"dont_obey_robotstxt": True}
        )

    def parse(self, response):
        """A listing: follow articles and further listings, like the bench spider does."""
        for href in response.css("a::attr(href)").getall():
            url = urljoin(response.url, href)
            path = urlsplit(url).path or "/"
            if self.article_re.search(path):
                yield scrapy.Request(url, callback=self.article)
            elif self.listing_re.search(path):
                yield scrapy.Request(url, callback=self.parse)

    def article(self, response):
        return None

    def discard(self, response):
        return None


def crawl_settings(concurrency: int) -> dict:
    """Scrapy defaults plus the benchmark's politeness-off settings (the same as the real crawl's)."""
    return {
        "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
        "ROBOTSTXT_OBEY": True,
        "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": False,
        "CONCURRENT_REQUESTS": concurrency,
        "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency,
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "WARNING",
        "LOG_INSTALL_ROOT_HANDLER": True,
    }


def main(
    argv: list[str] | None = None, spider_class=FetchOnlySpider, prog="python -m bench.fetch_only"
) -> int:
    from scrapy.crawler import CrawlerProcess

    parser = argparse.ArgumentParser(prog=prog)
    parser.add_argument("base_url")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--profile", type=Path, default=BENCH_PROFILE, help="the bench site's profile")
    parser.add_argument("--warc", type=Path, default=None, help="(peer pipeline) the WARC file to write")
    args = parser.parse_args(argv)
    settings = crawl_settings(args.concurrency)
    if args.warc is not None:
        settings["PEER_WARC_FILE"] = str(args.warc)
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(spider_class)
    process.crawl(crawler, base_url=args.base_url, profile=args.profile)
    process.start()
    stats = crawler.stats.get_stats()
    print(
        json.dumps(
            {
                "responses": stats.get("downloader/response_count", 0),
                "items": stats.get("item_scraped_count", 0),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
