"""`speech-archive demo`: serve the bundled replica web, crawl all four sites into an archive, audit it.

What a newcomer runs first (`make demo`): real HTTP on 127.0.0.1, real Scrapy, the real
archive. Politeness delays are lowered because the "sites" are this machine's own server.
"""

from __future__ import annotations

import sys
from pathlib import Path

from crawler import exitcodes

DEMO_SITES = {
    "wm114": "www.wm114.cn",
    "huigou6": "www.huigou6.com",
    "fanwen_hant": "fanwen-hant.test",
    "jianghua_ai": "jianghua-ai.test",
}


def add_arguments(parser) -> None:
    from crawler.commands import add_archive_argument

    add_archive_argument(parser, "demo-archive")
    parser.add_argument(
        "--sites",
        type=Path,
        default=None,
        metavar="DIR",
        help="replica web folder, one sub-folder per host (default: the bundled one)",
    )


def run(args) -> int:
    from types import SimpleNamespace

    from archive.store import Archive
    from crawler.commands import audit
    from crawler.commands.serve import default_sites_dir
    from crawler.crawl_process import run_crawl, write_html_report
    from crawler.plan import CrawlPlan, SpiderRun
    from replica.server import ReplicaWeb

    sites_dir = args.sites or default_sites_dir()
    if not Path(sites_dir).is_dir():
        print(f"speech-archive demo: no replica web at {sites_dir}", file=sys.stderr)
        return exitcodes.FAILURE
    with ReplicaWeb(Path(sites_dir), hosts=list(DEMO_SITES.values())) as web:
        for host, url in sorted(web.urls.items()):
            print(f"replica {host} -> {url}")
        plan = CrawlPlan(
            archive_dir=Path(args.archive),
            spiders=[SpiderRun(name, {"base_url": web.urls[host]}) for name, host in DEMO_SITES.items()],
            # The replica is this machine's own server: no need to wait between requests.
            settings={"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False},
            progress=False,
            write_report=False,  # written last, so the demo ends by saying where it is
        )
        code = run_crawl(plan)
    if code not in (exitcodes.OK, exitcodes.PARTIAL):
        return code
    print()
    audit_code = audit.run(SimpleNamespace(archive=args.archive, json=False))
    archive = Archive(args.archive)
    write_html_report(archive, archive.latest())
    return code or audit_code
