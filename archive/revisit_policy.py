"""The revisit policy: which pages the archive already knows a run checks again.

Counted in runs of a site, not in hours: a site crawled nightly and one crawled weekly age alike.

- Each known page has an interval (in runs). Checked for the first time: 1. Found changed: back to
  1, a page that changed is checked again soon. Found unchanged: at least twice the interval and at
  least the runs it has just been seen not to change in, up to `max_interval` (the ceiling): a page
  that never changes is checked less and less often. (A listing "changed" when it led to pages the
  archive did not know; its bytes change whenever anything is added above it.)
- A page's deadline is its last check plus its interval. A run with a budget checks known pages in
  deadline order (earliest first; then the one checked longest ago; then the one that changed most
  often before), as many as their demand, ceil(sum of 1/interval) over the site's known pages, and
  as the budget leaves after listings, new pages and sitemap hints. (A run with no limit checks
  every known page, in the same order.) Spreading checks at the rate the intervals ask
  for keeps runs even; on a site that stops changing the intervals only grow, so every run asks
  fewer pages than the one before, down to (known pages / max_interval).
- A sitemap `lastmod` newer than the page's last check makes it checked at once.

The bound: every known page is checked again within `revisit_bound(known, per_run, max_interval)` =
max_interval + max(max_interval, ceil(known / per_run)) runs of its site, where `per_run` is the
fewest checks of known pages a run's budget left in the meantime. Why: a page is overdue at most
`max_interval` runs after its check. From then on only pages with an earlier (or equal) deadline
come before it, fewer than `known`, and no page checked later joins them (its deadline is past
the current run). Every run checks at least min(per_run, known / max_interval) of them, because
the demand is at least known / max_interval.
"""

from __future__ import annotations

import math

from pipelines.timestamps import parse_time

DEFAULT_MAX_INTERVAL = 16  # runs: a page that never changes is checked at least this often
# Priorities of known pages in Scrapy's scheduler (new pages and listings are far above zero):
# a sitemap hint first, then pages never fetched, then due pages, stalest first.
PRIORITY_HINTED = 100
PRIORITY_PENDING = 50
PRIORITY_DUE_FLOOR = -100


def first_check(site: str, kind: str | None, run: int, now: str) -> dict:
    return {
        "site": site,
        "kind": kind,
        "pending": 0,
        "checked_run": run,
        "checked_at": now,
        "interval": 1,
        "checks": 1,
        "changes": 0,
        "last_changed": now,
    }


def after_check(
    previous: dict | None,
    *,
    site: str,
    kind: str | None,
    run: int,
    now: str,
    changed: bool,
    max_interval: int = DEFAULT_MAX_INTERVAL,
) -> dict:
    """The record of a page just checked in run `run`, from its previous record (None or pending:
    never checked before)."""
    if previous is None or previous.get("pending") or not previous.get("checks"):
        return first_check(site, kind, run, now)
    if changed:
        interval = 1
    else:
        unchanged_for = max(1, run - (previous.get("checked_run") or run))
        interval = min(max_interval, max(2 * (previous.get("interval") or 1), unchanged_for))
    return {
        "site": site,
        "kind": kind or previous.get("kind"),
        "pending": 0,
        "checked_run": run,
        "checked_at": now,
        "interval": interval,
        "checks": (previous.get("checks") or 0) + 1,
        "changes": (previous.get("changes") or 0) + (1 if changed else 0),
        "last_changed": now if changed else previous.get("last_changed"),
    }


def deadline(record: dict) -> int:
    """The run by which a checked page is due again."""
    return (record.get("checked_run") or 0) + (record.get("interval") or 1)


def is_due(record: dict, run: int) -> bool:
    """Whether a page is due in its site's run `run` (never fetched: always)."""
    if record.get("pending") or record.get("checked_run") is None:
        return True
    return run >= deadline(record)


def checks_wanted(demand: float) -> int:
    """Known pages a run checks: their demand (sum of 1/interval), rounded up."""
    return math.ceil(demand - 1e-9) if demand > 0 else 0


def hinted_by_lastmod(record: dict | None, lastmod: str | None) -> bool:
    """A sitemap says the page changed after it was last checked."""
    if not record or not lastmod or not record.get("checked_at") or record.get("pending"):
        return False
    try:
        return parse_time(lastmod) > parse_time(record["checked_at"])
    except (TypeError, ValueError):
        return False  # a lastmod that is no date is no hint


def recheck_priority(record: dict, run: int) -> int:
    """Scrapy priority of a known page: the further past its deadline, the higher; all below zero,
    under new pages and listings. Pages of one priority keep the order they were scheduled in."""
    overdue = run - deadline(record)
    return PRIORITY_DUE_FLOOR + max(0, min(overdue + 50, -PRIORITY_DUE_FLOOR - 1))


def revisit_bound(known: int, per_run: int, max_interval: int = DEFAULT_MAX_INTERVAL) -> int:
    """Runs within which every one of `known` pages is checked again (see the module docstring)."""
    if per_run <= 0:
        raise ValueError("a run that checks no known page bounds nothing")
    return max_interval + max(max_interval, math.ceil(known / per_run))
