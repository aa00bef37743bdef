"""The two pieces of Scrapy's engine distributed mode reads without a public API
(crawler/distributed/scrapy_internals.py), checked on a real crawl: this fails as soon as a Scrapy
release changes them, instead of distributed workers losing or stalling requests quietly."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from crawlhelp import REPO_ROOT

from replica.server import ReplicaWeb

SCRIPT = textwrap.dedent(
    """
    import json, sys
    import scrapy
    from scrapy.crawler import CrawlerProcess
    from crawler.distributed.scrapy_internals import engine_inprogress, wake_engine

    seen = {}

    class Probe(scrapy.Spider):
        name = "probe"
        start_urls = [sys.argv[1]]

        def parse(self, response):
            seen["in_progress_while_scraped"] = response.request in engine_inprogress(self.crawler)
            seen["woken_while_open"] = wake_engine(self.crawler)

    process = CrawlerProcess({"LOG_LEVEL": "ERROR", "ROBOTSTXT_OBEY": False, "ADDONS": {}})
    crawler = process.create_crawler(Probe)
    process.crawl(crawler)
    process.start()
    print(json.dumps(seen))
    """
)


def test_the_engine_still_shows_its_requests_in_progress_and_can_be_woken(samples_dir):
    with ReplicaWeb(samples_dir / "sites", ["www.huigou6.com"]) as web:
        result = subprocess.run(
            [sys.executable, "-c", SCRIPT, web.url("www.huigou6.com", "/")],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["in_progress_while_scraped"] is True
    assert seen["woken_while_open"] is True
