"""The one clock: UTC, to the second, and its ISO 8601 form (`2026-11-30T03:17:00Z`).

Archive metadata, fetch times, WARC dates and the lock all read it, so times compare as strings.
"""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def iso(ts: datetime) -> str:
    return ts.strftime("%Y-%m-%dT%H:%M:%SZ")


def utc_now_iso() -> str:
    return iso(utc_now())
