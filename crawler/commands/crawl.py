"""`speech-archive crawl`: run site spiders (or the generic one) into the archive, one version per run.

    speech-archive crawl wm114 huigou6 --archive DIR [--base-url wm114=http://127.0.0.1:8731]
    speech-archive crawl --start-url http://example.org/ --archive DIR      # the generic spider
    speech-archive crawl --all --archive DIR                                # every enabled site (cron)
    speech-archive crawl --all --max-requests 2000 --archive DIR            # ... within a budget per site

The archive lock is taken before Scrapy starts, every spider writes into the same run, and
the run is committed once they have all stopped. A SIGTERM or Ctrl-C stops the spiders
gracefully and what was finished is committed as a version marked `interrupted`; SIGKILL
leaves the previous version as it was. A run that used its whole request budget is complete:
what it left (pages found but not fetched, known pages due for a check) is counted in its report
and asked first by the next run.
"""

from __future__ import annotations

import sys
from pathlib import Path

from crawler import exitcodes
from crawler.commands import add_archive_argument


def add_arguments(parser) -> None:
    parser.add_argument("sites", nargs="*", metavar="SITE", help="spider names (see `scrapy list`)")
    parser.add_argument("--all", action="store_true", help="every site enabled in the sites config")
    parser.add_argument(
        "--sites-config",
        type=Path,
        default=None,
        metavar="FILE",
        help="TOML file of sites and per-site settings (default: the bundled crawler/sites.toml)",
    )
    add_archive_argument(parser)
    parser.add_argument(
        "--profiles",
        metavar="DIR",
        default=None,
        help="a folder of your own site profiles (NAME.toml), crawled like the shipped ones",
    )
    parser.add_argument(
        "--base-url",
        action="append",
        default=[],
        metavar="SITE=URL",
        help="fetch SITE from a mirror at URL (e.g. the bundled replica)",
    )
    parser.add_argument(
        "--start-url",
        action="append",
        default=[],
        metavar="URL",
        help="crawl a site that has no profile with the generic spider",
    )
    parser.add_argument(
        "--urls",
        type=Path,
        default=None,
        metavar="FILE",
        help="crawl the article URLs listed in FILE (one per line), each through its site's profile or the generic path",
    )
    parser.add_argument(
        "--allow", default=None, metavar="REGEX", help="generic spider: only follow URLs matching REGEX"
    )
    parser.add_argument(
        "--max-pages",
        type=int,
        default=None,
        metavar="N",
        help="stop following links after N pages per spider (default: no limit)",
    )
    parser.add_argument(
        "--max-requests",
        type=int,
        default=None,
        metavar="N",
        help="requests per site in this run (0 = no limit; default: the site's max_requests in the "
        "sites config, else MAX_REQUESTS). Listings and new articles go first, then known "
        "articles stalest first; what is left is fetched first next run",
    )
    parser.add_argument(
        "--max-minutes",
        type=float,
        default=None,
        metavar="MINUTES",
        help="after MINUTES per site only the pages of articles in progress are fetched "
        "(0 = no limit; default: the site's max_minutes in the sites config, else MAX_MINUTES)",
    )
    parser.add_argument(
        "-s",
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a Scrapy setting for this run (repeatable)",
    )
    parser.add_argument(
        "--redis",
        default=None,
        metavar="URL",
        help="distributed mode: coordinate workers through Redis at URL",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=None,
        metavar="N",
        help="distributed mode: local workers to start (default: one per core; 0 = none)",
    )
    parser.add_argument(
        "--no-report", action="store_true", help="do not write the HTML report for the version"
    )
    progress = parser.add_mutually_exclusive_group()
    progress.add_argument("--progress", action="store_true", help="show progress even when not on a terminal")
    progress.add_argument("--quiet", action="store_true", help="print only the summary")


def run(args) -> int:
    from crawler.crawl_process import run_crawl
    from crawler.plan import CrawlPlan, CrawlSetupError

    try:
        plan = CrawlPlan.from_args(args)
    except (ValueError, CrawlSetupError) as exc:
        print(f"speech-archive crawl: {exc}", file=sys.stderr)
        return getattr(exc, "exit_code", exitcodes.USAGE)  # a folder that is no archive: 1
    for warning in plan.warnings:
        print(f"speech-archive crawl: warning: {warning}", file=sys.stderr)
    return run_crawl(plan)
