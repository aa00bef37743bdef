"""One crawl run: spiders in one Scrapy process, one archive run, one committed version, a report.

`CrawlPlan` (crawler/plan.py) is what to crawl;
`run_crawl(plan)` takes the archive lock, runs the spiders with Scrapy's CrawlerProcess,
commits the version with the run report in its metadata and prints a short summary.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from archive.files import describe_write_failure, is_disk_full, write_failure
from crawler import exitcodes
from crawler.crawl_report import build_run_report, spider_stats_of
from crawler.logredact import redact_credentials
from crawler.plan import CrawlPlan, project_settings, spider_class
from crawler.run_binding import site_furniture_policy

logger = logging.getLogger(__name__)


def run_crawl(plan: CrawlPlan) -> int:
    from archive.lock import ArchiveLocked
    from archive.store import Archive, ArchiveDamaged

    archive = Archive(plan.archive_dir)
    meta = {
        "spiders": [s.name for s in plan.spiders],
        "spider_args": {s.name: s.kwargs for s in plan.spiders},
        "mode": "distributed" if plan.redis_url else "single-process",
        # Kept in the version's metadata forever: a password in a -s value must not be.
        "settings": {k: redact_credentials(v) if isinstance(v, str) else v for k, v in plan.settings.items()},
    }
    # On a full disk the run's log file cannot be written either: no "--- Logging error ---"
    # tracebacks on stderr, the run ends with one line (see write_failed_exit).
    logging.raiseExceptions = False
    try:
        furniture_policy = site_furniture_policy(project_settings(plan.settings))
    except ValueError as exc:  # checked before anything is written
        print(f"speech-archive crawl: {exc}", file=sys.stderr)
        return exitcodes.USAGE
    try:
        run = archive.begin_run(meta)
    except ArchiveLocked as exc:
        print(f"speech-archive crawl: {exc}", file=sys.stderr)
        return exitcodes.LOCKED
    except ArchiveDamaged as exc:  # the version to build on is damaged: nothing written
        print(
            f"speech-archive crawl: {exitcodes.damaged_message(exc, 'nothing was written')}", file=sys.stderr
        )
        return exitcodes.DAMAGED
    except Exception as exc:  # a disk too full to open a run (its staging, its indexes)
        if write_failure(exc) is None:
            raise
        return write_failed_exit(archive, write_failure(exc), "opening the run")
    run.furniture_policy = furniture_policy
    started = time.monotonic()
    log_path = Path(archive.logs_dir) / f"{run.run_id}.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    show_progress = plan.progress if plan.progress is not None else sys.stderr.isatty()
    settings = project_settings(plan.settings)
    settings.set("ARCHIVE_DIR", str(plan.archive_dir), priority="cmdline")
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

            spider_stats = coordinate(settings, plan, run)  # a second Ctrl-C: KeyboardInterrupt
        else:
            crawlers, stopped_at_once = run_spiders(settings, plan, run)
            if stopped_at_once:
                return stopped_at_once_exit(archive, run)
            spider_stats = spider_stats_of(crawlers)
    except KeyboardInterrupt:
        return stopped_at_once_exit(archive, run)
    except Exception as exc:  # Scrapy failed to start: nothing fetched, nothing committed
        logger.debug("crawl failed to start", exc_info=True)
        run.abort()
        if write_failure(exc) is not None:
            return write_failed_exit(archive, write_failure(exc), "during the crawl")
        what = "distributed run failed" if plan.redis_url else "could not start"
        print(f"speech-archive crawl: {what}: {exc} (log: {log_path})", file=sys.stderr)
        return exitcodes.FAILURE
    if run.write_failure is not None:  # a write during the crawl failed: it stopped there
        run.abort()
        return write_failed_exit(archive, run.write_failure, "during the crawl")
    if archive.damage_met:  # a document to merge into was damaged: never built on
        run.abort()
        why = exitcodes.damaged_message(archive.damage_met[0], "nothing of this run was committed")
        print(f"speech-archive crawl: {why}", file=sys.stderr)
        return exitcodes.DAMAGED

    report = build_run_report(spider_stats, duration=time.monotonic() - started, log_path=log_path)
    status = "interrupted" if report["interrupted"] else "complete"
    try:
        version = run.commit(report, status=status)
    except Exception as exc:  # the commit undid itself: the last version is as it was
        if write_failure(exc) is None:
            raise
        logger.debug("commit failed", exc_info=True)
        return write_failed_exit(archive, write_failure(exc), f"while committing version {run.version}")
    meta = archive.meta(version)
    report = dict(meta.get("stats", report), documents=document_counts(meta))
    print_summary(version, status, report, archive, sys.stdout)
    late = next((write_failure(e) for e in run.after_commit_errors if write_failure(e) is not None), None)
    if late is not None:
        print(
            f"speech-archive crawl: {failure_label(late)} after version {version} was committed "
            f"({describe_write_failure(late)}); the version is whole, the next run rebuilds the "
            "indexes and re-fetches what the fetch history missed",
            file=sys.stderr,
        )
        return exitcodes.WRITE_FAILED
    wanted = plan.write_report and settings.getbool("REPORT_AFTER_CRAWL", True)
    if wanted and os.environ.get("SPEECH_ARCHIVE_NO_REPORT") != "1":
        write_html_report(archive, version)
    if report["interrupted"]:
        return exitcodes.INTERRUPTED
    return exitcodes.PARTIAL if report["errors_total"] else exitcodes.OK


def failure_label(exc: BaseException) -> str:
    return "disk full" if is_disk_full(exc) else "write failed"


def stopped_at_once_exit(archive, run) -> int:
    """A second Ctrl-C: the run is abandoned (nothing committed, its staging removed)."""
    run.abort()
    print(
        "speech-archive crawl: stopped at once (second Ctrl-C): nothing of this run was committed; "
        f"{kept_version(archive)}",
        file=sys.stderr,
    )
    return exitcodes.STOPPED_AT_ONCE


def kept_version(archive) -> str:
    latest = archive.latest()
    return f"version {latest} is intact" if latest is not None else "the archive holds no version yet"


def write_failed_exit(archive, exc: BaseException, when: str) -> int:
    """One line for a write the disk refused; the exit code WRITE_FAILED."""
    kept = kept_version(archive)
    print(
        f"speech-archive crawl: {failure_label(exc)} {when} ({describe_write_failure(exc)}): nothing of "
        f"this run was committed; {kept}. Free space in {archive.root} and run again.",
        file=sys.stderr,
    )
    return exitcodes.WRITE_FAILED


def run_spiders(settings, plan: CrawlPlan, run) -> tuple[list, bool]:
    """Every spider of the plan in one CrawlerProcess, all writing into `run`; (the crawlers,
    whether a second Ctrl-C stopped them at once)."""
    from scrapy.crawler import CrawlerProcess
    from scrapy.spiderloader import get_spider_loader

    from crawler.run_binding import attach_run
    from crawler.shutdown import StopOnSignals

    settings.set("LOG_INSTALL_ROOT_HANDLER", True, priority="cmdline")
    process = CrawlerProcess(settings)
    loader = get_spider_loader(settings)
    crawlers = []
    for spider in plan.spiders:
        crawler = attach_run(process.create_crawler(spider_class(loader, spider)), run)
        process.crawl(crawler, **spider.kwargs)
        crawlers.append(crawler)
    stop = StopOnSignals(process).install()
    process.start(install_signal_handlers=False)
    return crawlers, stop.stopped_at_once


def document_counts(meta: dict) -> dict:
    """new / changed / unchanged / removed from the manifest, copies merged from the run's counters."""
    counts = dict(meta.get("documents", {}))
    counters = meta.get("archive_stats", {})
    counts["merged"] = sum(v for k, v in counters.items() if k.startswith("copies_matched/"))
    return counts


def print_summary(version: int, status: str, report: dict, archive, out) -> None:
    from crawler.wording import counted

    docs = report.get("documents", {})
    out.write(
        f"version {version} committed ({status}): "
        f"{counted(report['pages_fetched'], 'page')} fetched, {report['not_modified']} not modified, "
        f"documents new {docs.get('new', 0)} / changed {docs.get('changed', 0)} / "
        f"unchanged {docs.get('unchanged', 0)} / removed {docs.get('removed', 0)}, "
        f"copies merged {docs.get('merged', 0)}, errors {report['errors_total']}, "
        f"{report['duration_s']:.1f}s\n"
    )
    left = report.get("left_for_next_run") or {}
    budget = report.get("budget") or {}
    if budget.get("max_requests") or any(left.values()):
        cut = report.get("cut") or {}
        used_all = budget.get("max_requests") and budget.get("requests", 0) >= budget["max_requests"]
        spent = " (budget spent)" if used_all or cut.get("max_requests") or cut.get("max_minutes") else ""
        limit = f" of {budget['max_requests']}" if budget.get("max_requests") else ""
        out.write(
            f"budget: {budget.get('requests', 0)}{limit} requests{spent}; left for the next run: "
            f"{counted(left.get('new', 0), 'new page')}, {counted(left.get('due', 0), 'known page')} due\n"
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
