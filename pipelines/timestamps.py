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


def parse_time(value: str | float | int | datetime) -> datetime:
    """An aware UTC datetime from ISO 8601 text (naive means UTC), epoch seconds or a datetime."""
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, int | float):
        return datetime.fromtimestamp(value, UTC)
    else:
        moment = datetime.fromisoformat(value)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
