"""The per-archive fetch history: what each URL answered last time, for conditional requests.

URL -> {etag, last_modified, payload_digest, status, fetched_at, warc (ref), site, continuations
(for an article's first page: the URLs of its later pages, so a re-crawl re-checks them too)}, in SQLite
(WAL, so another process can read while a crawl writes). A run *stages* its entries; they
become the history only when `apply(run_id)` moves them over in one transaction, which the
archive does after the run's version is durable: a crash before that leaves staged rows that
nobody trusts, never history claiming pages the archive does not hold.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path

from pipelines.timestamps import utc_now

FIELDS = ("etag", "last_modified", "payload_digest", "status", "fetched_at", "warc", "site", "continuations")
JSON_FIELDS = ("warc", "continuations")  # stored as JSON text

_SCHEMA = """
CREATE TABLE IF NOT EXISTS history (
    url TEXT PRIMARY KEY,
    etag TEXT, last_modified TEXT, payload_digest TEXT, status INTEGER,
    fetched_at TEXT, warc TEXT, site TEXT, continuations TEXT
);
CREATE TABLE IF NOT EXISTS staged (
    run_id TEXT NOT NULL,
    url TEXT NOT NULL,
    etag TEXT, last_modified TEXT, payload_digest TEXT, status INTEGER,
    fetched_at TEXT, warc TEXT, site TEXT, continuations TEXT,
    PRIMARY KEY (run_id, url)
);
"""
# Columns added since the first schema: an older history gets them when it is opened.
_ADDED_COLUMNS = (("continuations", "TEXT"),)


def parse_time(value: str | float | int | datetime) -> datetime:
    """An aware UTC datetime from ISO 8601 text (naive means UTC), epoch seconds or a datetime."""
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, int | float):
        return datetime.fromtimestamp(value, UTC)
    else:
        moment = datetime.fromisoformat(value)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def is_due(entry: dict | None, interval_s: float | None, now: str | float | datetime) -> bool:
    """Whether a URL last fetched as `entry` should be fetched again `interval_s` after that."""
    if entry is None or not interval_s or not entry.get("fetched_at"):
        return True
    elapsed = (parse_time(now) - parse_time(entry["fetched_at"])).total_seconds()
    return elapsed >= interval_s


class FetchHistory:
    """SQLite fetch history of one archive; see the module docstring for staged vs committed."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock = threading.RLock()
        self._db: sqlite3.Connection | None = None
        self._connect()

    def _connect(self) -> sqlite3.Connection:
        # Reopens after close(): a commit hook may apply after the crawl closed its handles.
        if self._db is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable at checkpoint, never corrupt
            db.executescript(_SCHEMA)
            for table in ("history", "staged"):
                present = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
                for column, kind in _ADDED_COLUMNS:
                    if column not in present:
                        db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
            self._db = db
        return self._db

    @staticmethod
    def _row_to_entry(row: tuple) -> dict:
        entry = dict(zip(FIELDS, row, strict=True))
        for name in JSON_FIELDS:
            entry[name] = json.loads(entry[name]) if entry[name] else None
        if entry["continuations"] is None:  # only an article's first page has later pages
            del entry["continuations"]
        return entry

    def get(self, url: str) -> dict | None:
        """The committed entry of `url`, or None."""
        with self._lock:
            row = (
                self._connect()
                .execute(f"SELECT {', '.join(FIELDS)} FROM history WHERE url = ?", (url,))
                .fetchone()
            )
        return self._row_to_entry(row) if row else None

    def stage(self, run_id: str, url: str, entry: dict) -> None:
        """Record what `url` answered in run `run_id`; invisible to `get` until `apply(run_id)`."""
        values = [entry.get(name) for name in FIELDS]
        for name in JSON_FIELDS:
            value = entry.get(name)
            values[FIELDS.index(name)] = json.dumps(value, sort_keys=True) if value else None
        with self._lock:
            self._connect().execute(
                f"INSERT OR REPLACE INTO staged (run_id, url, {', '.join(FIELDS)}) "
                f"VALUES (?, ?, {', '.join('?' * len(FIELDS))})",
                (run_id, url, *values),
            )

    def add_continuation(self, run_id: str, first_url: str, url: str) -> None:
        """Record, in run `run_id`'s staged entry of an article's first page, that the article
        continues on `url` (in reading order; nothing happens when page 1 was not staged)."""
        with self._lock:
            db = self._connect()
            row = db.execute(
                "SELECT continuations FROM staged WHERE run_id = ? AND url = ?", (run_id, first_url)
            ).fetchone()
            if row is None:
                return
            pages = json.loads(row[0]) if row[0] else []
            if url not in pages:
                pages.append(url)
                db.execute(
                    "UPDATE staged SET continuations = ? WHERE run_id = ? AND url = ?",
                    (json.dumps(pages), run_id, first_url),
                )

    def staged(self, run_id: str) -> dict[str, dict]:
        """The entries run `run_id` has staged, by URL."""
        with self._lock:
            rows = (
                self._connect()
                .execute(f"SELECT url, {', '.join(FIELDS)} FROM staged WHERE run_id = ?", (run_id,))
                .fetchall()
            )
        return {row[0]: self._row_to_entry(row[1:]) for row in rows}

    def apply(self, run_id: str) -> int:
        """Make run `run_id`'s staged entries the history, all at once; how many there were."""
        columns = ", ".join(FIELDS)
        with self._lock:
            db = self._connect()
            db.execute("BEGIN IMMEDIATE")
            try:
                moved = db.execute(
                    f"INSERT OR REPLACE INTO history (url, {columns}) "
                    f"SELECT url, {columns} FROM staged WHERE run_id = ?",
                    (run_id,),
                ).rowcount
                db.execute("DELETE FROM staged WHERE run_id = ?", (run_id,))
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        return moved

    def discard(self, run_id: str) -> int:
        """Forget run `run_id`'s staged entries (the run was not committed)."""
        with self._lock:
            return self._connect().execute("DELETE FROM staged WHERE run_id = ?", (run_id,)).rowcount

    def due(self, url: str, interval_s: float | None, now: str | float | datetime | None = None) -> bool:
        """Whether `url` should be fetched: never fetched, no interval, or the interval has passed."""
        return is_due(self.get(url), interval_s, utc_now() if now is None else now)

    def __len__(self) -> int:
        with self._lock:
            return self._connect().execute("SELECT COUNT(*) FROM history").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    def __enter__(self) -> FetchHistory:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
