"""One crawl run: spiders in one Scrapy process, one archive run, one committed version, a report.

`CrawlPlan` is what to crawl (pure, built from the command line and the sites config);
`run_crawl(plan)` takes the archive lock, runs the spiders with Scrapy's CrawlerProcess,
commits the version with the run report in its metadata and prints a short summary.
"""

from __future__ import annotations

import logging
import os
import sys
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from crawler import exitcodes

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SITES_CONFIG = REPO_ROOT / "sites.toml"

logger = logging.getLogger(__name__)


class CrawlSetupError(Exception):
    """The plan cannot be run (unknown spider, unreadable sites config)."""


@dataclass
class SpiderRun:
    name: str
    kwargs: dict = field(default_factory=dict)
    settings: dict = field(default_factory=dict)


@dataclass
class CrawlPlan:
    archive_dir: Path
    spiders: list[SpiderRun]
    settings: dict = field(default_factory=dict)
    redis_url: str | None = None
    workers: int | None = None
    write_report: bool = True
    progress: bool | None = None  # None: when stderr is a terminal

    @classmethod
    def from_args(cls, args) -> CrawlPlan:
        from crawler.commands.crawl import parse_pairs

        base_urls = parse_pairs(args.base_url, "--base-url")
        for name, url in base_urls.items():
            check_http_url(url, f"--base-url {name}=")
        for url in args.start_url:
            check_http_url(url, "--start-url ")
        overrides = parse_pairs(args.set, "-s")
        # `crawl generic --start-url URL` is `crawl --start-url URL`: the generic spider is
        # started once per start URL below, never by its name.
        names = [name for name in args.sites if name != "generic"]
        if "generic" in args.sites and not args.start_url:
            raise CrawlSetupError("the generic spider crawls sites without a profile: give --start-url URL")
        site_settings: dict[str, dict] = {}
        if args.all:
            config = load_sites_config(args.sites_config or DEFAULT_SITES_CONFIG)
            for name, entry in config.items():
                if entry.get("enabled", True):
                    names.append(name)
                    if entry.get("base_url"):
                        check_http_url(str(entry["base_url"]), f"sites config [{name}] base_url = ")
                        base_urls.setdefault(name, entry["base_url"])
                    site_settings[name] = dict(entry.get("settings", {}))
        known = available_spiders()
        spiders = []
        for name in dict.fromkeys(names):
            if name not in known or name == "generic":
                raise CrawlSetupError(
                    f"unknown site {name!r}; known: {', '.join(sorted(known - {'generic'}))}"
                )
            kwargs = {"base_url": base_urls[name]} if name in base_urls else {}
            if args.max_pages:
                kwargs["max_pages"] = args.max_pages
            spiders.append(SpiderRun(name, kwargs, site_settings.get(name, {})))
        unknown_bases = set(base_urls) - {s.name for s in spiders}
        if unknown_bases and not args.all:
            raise CrawlSetupError(
                f"--base-url names a site not being crawled: {', '.join(sorted(unknown_bases))}"
            )
        for url in args.start_url:
            kwargs = {"start_url": url}
            if args.allow:
                kwargs["allow"] = args.allow
            if args.max_pages:
                kwargs["max_pages"] = args.max_pages
            spiders.append(SpiderRun("generic", kwargs))
        if not spiders:
            raise CrawlSetupError("nothing to crawl: name sites, --all, or --start-url")
        progress = True if args.progress else False if args.quiet else None
        return cls(
            archive_dir=Path(args.archive),
            spiders=spiders,
            settings=overrides,
            redis_url=args.redis or None,
            workers=args.workers,
            write_report=not args.no_report,
            progress=progress,
        )


def check_http_url(url: str, what: str) -> None:
    """An absolute http(s) URL with a host, or CrawlSetupError naming the bad value."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        port_ok = parts.port is None or parts.port > 0
    except ValueError:
        parts, port_ok = None, False
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname or not port_ok:
        raise CrawlSetupError(f"{what}{url!r} is not an http(s) URL")
    if any(ch.isspace() for ch in url):
        raise CrawlSetupError(f"{what}{url!r} is not an http(s) URL")


def load_sites_config(path: Path) -> dict[str, dict]:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise CrawlSetupError(f"cannot read sites config {path}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise CrawlSetupError(f"sites config {path} is not valid TOML: {exc}") from None
    sites = data.get("sites", {})
    if not isinstance(sites, dict):
        raise CrawlSetupError(f"sites config {path}: [sites] must be a table")
    return sites


def available_spiders() -> set[str]:
    from scrapy.spiderloader import SpiderLoader

    return set(SpiderLoader.from_settings(project_settings()).list())


def project_settings(overrides: dict | None = None):
    """The project's Scrapy settings wherever the command is run from (no scrapy.cfg lookup)."""
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    return settings


def spider_class(loader, spider: SpiderRun):
    cls = loader.load(spider.name)
    if not spider.settings:
        return cls
    # Per-site settings from the sites config ride on the spider's own custom_settings.
    merged = {**(cls.custom_settings or {}), **spider.settings}
    return type(cls.__name__, (cls,), {"custom_settings": merged, "__module__": cls.__module__})


def run_crawl(plan: CrawlPlan) -> int:
    from archive.lock import ArchiveLocked
    from archive.store import Archive
    from crawler.run import share_run, unshare_run

    archive = Archive(plan.archive_dir)
    meta = {
        "spiders": [s.name for s in plan.spiders],
        "spider_args": {s.name: s.kwargs for s in plan.spiders},
        "mode": "distributed" if plan.redis_url else "single-process",
        "settings": dict(plan.settings),
    }
    try:
        run = archive.begin_run(meta)
    except ArchiveLocked as exc:
        print(f"speech-archive crawl: {exc}", file=sys.stderr)
        return exitcodes.LOCKED
    started = time.monotonic()
    log_path = Path(archive.logs_dir) / f"{run.run_id}.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    show_progress = plan.progress if plan.progress is not None else sys.stderr.isatty()
    settings = project_settings(plan.settings)
    settings.set("ARCHIVE_DIR", str(plan.archive_dir), priority="cmdline")
    settings.set("ARCHIVE_RUN_ID", share_run(run), priority="cmdline")
    settings.set("LOG_FILE", str(log_path), priority="cmdline")
    if show_progress:
        settings.set(
            "EXTENSIONS", {**settings.getdict("EXTENSIONS"), "crawler.progress.ProgressDisplay": 900}
        )
    if plan.redis_url:
        from crawler import distributed

        distributed.apply_coordinator_settings(settings, plan)

    try:
        if plan.redis_url:
            from crawler.distributed.coordinator import coordinate

            crawlers = coordinate(settings, plan, run)
        else:
            crawlers = run_spiders(settings, plan)
    except Exception as exc:  # Scrapy failed to start: nothing fetched, nothing committed
        logger.debug("crawl failed to start", exc_info=True)
        run.abort()
        what = "distributed run failed" if plan.redis_url else "could not start"
        print(f"speech-archive crawl: {what}: {exc} (log: {log_path})", file=sys.stderr)
        return exitcodes.FAILURE

    from crawler.runreport import build_run_report

    report = build_run_report(crawlers, duration=time.monotonic() - started, log_path=log_path)
    status = "interrupted" if report["interrupted"] else "complete"
    version = run.commit(report, status=status)
    unshare_run(run)
    meta = archive.meta(version)
    report = dict(meta.get("stats", report), documents=document_counts(meta))
    print_summary(version, status, report, archive, sys.stdout)
    wanted = plan.write_report and settings.getbool("REPORT_AFTER_CRAWL", True)
    if wanted and os.environ.get("SPEECH_ARCHIVE_NO_REPORT") != "1":
        write_html_report(archive, version)
    if report["interrupted"]:
        return exitcodes.INTERRUPTED
    return exitcodes.PARTIAL if report["errors_total"] else exitcodes.OK


def run_spiders(settings, plan: CrawlPlan) -> list:
    from scrapy.crawler import CrawlerProcess
    from scrapy.spiderloader import SpiderLoader

    settings.set("LOG_INSTALL_ROOT_HANDLER", True, priority="cmdline")
    process = CrawlerProcess(settings)
    loader = SpiderLoader.from_settings(settings)
    crawlers = []
    for spider in plan.spiders:
        crawler = process.create_crawler(spider_class(loader, spider))
        process.crawl(crawler, **spider.kwargs)
        crawlers.append(crawler)
    process.start()
    return crawlers


def document_counts(meta: dict) -> dict:
    """new / changed / unchanged / removed from the manifest, copies merged from the run's counters."""
    counts = dict(meta.get("documents", {}))
    counters = meta.get("archive_stats", {})
    counts["merged"] = sum(v for k, v in counters.items() if k.startswith("copies_matched/"))
    return counts


def print_summary(version: int, status: str, report: dict, archive, out) -> None:
    docs = report.get("documents", {})
    out.write(
        f"version {version} committed ({status}): "
        f"{report['pages_fetched']} pages fetched, {report['not_modified']} not modified, "
        f"documents new {docs.get('new', 0)} / changed {docs.get('changed', 0)} / "
        f"unchanged {docs.get('unchanged', 0)} / removed {docs.get('removed', 0)}, "
        f"copies merged {docs.get('merged', 0)}, errors {report['errors_total']}, "
        f"{report['duration_s']:.1f}s\n"
    )
    if report["errors"]:
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(report["errors"].items()))
        out.write(f"errors by kind: {kinds}\n")
    if report.get("cut"):
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(report["cut"].items()))
        out.write(f"not fetched (cut): {kinds}\n")
    out.write(f"archive: {archive.root}  log: {report.get('log_file')}\n")
    out.flush()


def write_html_report(archive, version: int) -> None:
    try:
        from archive.report import write_report
    except ImportError:
        return
    try:
        path = write_report(archive, version=version)
    except Exception as exc:  # a report is a convenience; the version is already safe
        logger.warning("HTML report not written: %s", exc)
        print(f"HTML report not written: {exc}", file=sys.stderr)
        return
    print(f"report: {path}")
