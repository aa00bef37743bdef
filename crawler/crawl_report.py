"""The run report: what a crawl did, from the Scrapy stats of its crawlers.

Stored in the version's metadata (`stats`), printed as the run's summary and read back by
`audit` and the HTML report. Errors are counted by kind so that a cron mail says what
went wrong, not just that something did.
"""

from __future__ import annotations

import re
from collections import Counter

from crawler.run_binding import stats_for_meta

# Stats keys (prefix -> error kind) that count as errors of a run.
ERROR_KEYS = [
    # robots.txt refusals are Scrapy's IgnoreRequest too: counted apart, they are not failures.
    (re.compile(r"^downloader/exception_type_count/scrapy\.exceptions\.IgnoreRequest$"), None),
    (re.compile(r"^robotstxt/forbidden$"), "robots_forbidden"),
    (re.compile(r"^downloader/exception_type_count/(?:[\w.]+\.)?(\w+)$"), "{0}"),
    (re.compile(r"^retry/max_reached$"), "retries_exhausted"),
    (re.compile(r"^downloader/response_status_count/(5\d\d)$"), "http_{0}"),
    (re.compile(r"^spider_exceptions/(\w+)$"), "spider_{0}"),
    (re.compile(r"^speech_archive/errors/(\w+)$"), "{0}"),
    (re.compile(r"^speech_archive/skipped/(\w+)$"), "skipped_{0}"),
    (re.compile(r"^httperror/response_ignored_status_count/(\d+)$"), "http_{0}"),
    (re.compile(r"^redirect/max_reached$"), "redirect_loop"),
]
# Kinds that are counted and reported but do not make the run "finished with errors":
# a page that is not HTML or a skipped bad sitemap is the site's doing, not a failure.
NOT_FAILURES = {"skipped_not_html", "skipped_bad_sitemap", "skipped_not_an_article", "robots_forbidden"}
# A 5xx that was retried and then answered is not an error of the run; retries_exhausted is.
RETRIED_STATUSES = {"http_500", "http_502", "http_503", "http_504", "http_522", "http_524"}


# Exception names as a person reads them in a report.
EXCEPTION_KINDS = {
    "DownloadCancelledError": "download_too_large",  # the body passed DOWNLOAD_MAXSIZE
    "DownloadTimeoutError": "timeout",
    "TimeoutError": "timeout",
    "ResponseDataLossError": "body_cut_short",
    "ResponseFailed": "body_cut_short",
    "DownloadFailedError": "connection_lost",
    "ConnectionLost": "connection_lost",
    "ConnectionRefusedError": "connection_refused",
    "DNSLookupError": "dns_lookup_failed",
}
RETRIED_EXCEPTION = re.compile(r"^retry/reason_count/(?:[\w.]+\.)?(\w+)$")


def errors_by_kind(stats: dict) -> Counter:
    """Failures that stayed failures, by kind: an exception retried and then answered is not one."""
    retried: Counter = Counter()
    for key, value in stats.items():
        match = RETRIED_EXCEPTION.match(key)
        if match and isinstance(value, int):
            retried[match.group(1)] += value
    errors: Counter = Counter()
    for key, value in stats.items():
        for pattern, template in ERROR_KEYS:
            match = pattern.match(key)
            if match and isinstance(value, int):
                if template is None:
                    break
                if template == "{0}" and key.startswith("downloader/exception_type_count/"):
                    name = match.group(1)
                    value -= retried.get(name, 0)
                    name = EXCEPTION_KINDS.get(name, name)
                else:
                    name = template.format(*match.groups())
                if value > 0:
                    errors[name] += value
                break
    return errors


# Scrapy's own limits, reported with the crawl's cuts (`speech_archive/cut/<kind>`).
SCRAPY_CUTS = {"depth/request_ignored_count": "depth", "urllength/request_ignored_count": "url_too_long"}


def cut_by_kind(totals) -> dict:
    """What the crawl chose not to fetch, by kind: budget, traps, dry listing chains, limits.
    A cut is no error: a run that stopped at its budget or at a trap is complete."""
    cut = {k.split("/", 2)[-1]: v for k, v in totals.items() if k.startswith("speech_archive/cut/") and v}
    for key, kind in SCRAPY_CUTS.items():
        if totals.get(key):
            cut[kind] = cut.get(kind, 0) + totals[key]
    return dict(sorted(cut.items()))


def discovered_by_path(totals) -> dict:
    """Pages (and sitemaps, feeds) queued, by how they were found: `link`, `sitemap`, `feed`,
    `inline_json`, … (`speech_archive/discovered/<path>`, spiders/discover.py)."""
    prefix = "speech_archive/discovered/"
    return dict(sorted((k[len(prefix) :], v) for k, v in totals.items() if k.startswith(prefix) and v))


def left_for_next_run(totals) -> dict:
    """What the run's budget left: `new` pages found but not fetched, `due` known pages unchecked."""
    return {kind: totals.get(f"speech_archive/left/{kind}", 0) for kind in ("new", "due")}


def spider_stats_of(crawlers) -> list[tuple[str, dict]]:
    """(spider name, its Scrapy stats) of each crawler of a single-process run."""
    return [(c.spidercls.name, c.stats.get_stats() if c.stats else {}) for c in crawlers]


def build_run_report(spider_stats: list[tuple[str, dict]], *, duration: float, log_path=None) -> dict:
    """The report of a run from (spider name, stats) of each spider it ran."""
    totals: Counter = Counter()
    spiders = {}
    interrupted = False
    for name, stats in spider_stats:
        reason = stats.get("finish_reason", "not started")
        spiders[name] = {
            "finish_reason": reason,
            "stats": stats_for_meta(stats),
        }
        interrupted = interrupted or reason in ("shutdown", "cancelled", "not started")
        for key, value in stats.items():
            if isinstance(value, int) and not isinstance(value, bool):
                totals[key] += value
    return summarise(totals, duration=duration, spiders=spiders, interrupted=interrupted, log_path=log_path)


def summarise(totals, *, duration: float, spiders: dict, interrupted: bool, log_path=None) -> dict:
    errors = errors_by_kind(totals)
    # Retried server errors that later succeeded are noise; a request that ran out of
    # retries shows up as retries_exhausted.
    for kind in RETRIED_STATUSES:
        errors.pop(kind, None)
    pages = totals.get("downloader/response_count", 0)
    not_modified = totals.get("downloader/response_status_count/304", 0)
    failures = sum(v for k, v in errors.items() if k not in NOT_FAILURES)
    return {
        "pages_fetched": pages,
        "not_modified": not_modified,
        "bytes_received": totals.get("downloader/response_bytes", 0),
        "items": totals.get("item_scraped_count", 0),
        "dropped": {
            k.split("/", 2)[-1]: v for k, v in totals.items() if k.startswith("speech_archive/dropped/")
        },
        "cut": cut_by_kind(totals),
        "discovered": discovered_by_path(totals),
        "left_for_next_run": left_for_next_run(totals),
        "budget": {
            "requests": totals.get("speech_archive/budget/requests", 0),
            "max_requests": totals.get("speech_archive/budget/max_requests", 0),
        },
        "errors": dict(sorted(errors.items())),
        "errors_total": failures,
        "duration_s": round(duration, 3),
        "pages_per_s": round(pages / duration, 2) if duration > 0 else None,
        "interrupted": interrupted,
        "spiders": spiders,
        "log_file": str(log_path) if log_path else None,
    }
