"""The per-archive fetch history: what each URL answered last time, and when to ask it again.

Two tables in one SQLite file (WAL, so another process can read while a crawl writes):
- `history`: URL -> {etag, last_modified, payload_digest, status, fetched_at, warc (ref), site,
  continuations (for an article's first page: the URLs of its later pages, so a re-crawl re-checks
  them too)}, the validators of conditional requests;
- `revisit`: URL -> the revisit policy's record of it (archive/revisit_policy.py): the site (spider) it
  belongs to, the site's run in which it was last checked, its current interval in runs, how
  often it was checked and found changed, and whether it is only known so far (`pending`: found
  on a listing, left unfetched by the run's budget). Plus `site_runs`: runs completed per site.

A run *stages* its entries; they become the history only when `apply(run_id)` moves them over
in one transaction, which the run's commit does right after its version is durable: a crash before
that leaves staged rows that nobody trusts (the next run clears them), never history claiming pages
the archive does not hold. So staged rows need no durability of their own: they are written in
transactions of up to `STAGE_BATCH` writes (committed by `apply`, `discard`, `close` or when full),
not one transaction per page, which cost a re-crawl of unchanged pages four per page.

An entry staged for a page of an article (`article` = the article's first URL) is *held* until the
article's outcome reaches the archive (`settle(run_id, article)`: archived whole, carried over as
unchanged, gone, or found to hold no speech); a held entry is never applied. So a run interrupted
between page 1 and page 2 of an article leaves page 1 unknown, and the next run fetches the article
whole instead of getting a 304 for page 1 and never asking for page 2. Entries staged without an
article (listings, pages found but left unfetched) are settled as they are staged.

Only the archive run (archive/writing.py) opens this file: one `RunHistory`, one connection per run.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

FIELDS = ("etag", "last_modified", "payload_digest", "status", "fetched_at", "warc", "site", "continuations")
JSON_FIELDS = ("warc", "continuations")  # stored as JSON text
STAGE_BATCH = 1000  # staged writes per transaction (see the module docstring)
# The revisit policy's columns (archive/revisit_policy.py makes the records).
STAGING_TABLES = ("staged", "staged_revisit", "staged_site_runs")
REVISIT_FIELDS = (
    "site", "kind", "pending", "checked_run", "checked_at", "interval", "checks", "changes", "last_changed",
)  # fmt: skip

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
    article TEXT, settled INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (run_id, url)
);
CREATE TABLE IF NOT EXISTS revisit (
    url TEXT PRIMARY KEY,
    site TEXT NOT NULL, kind TEXT, pending INTEGER NOT NULL DEFAULT 0,
    checked_run INTEGER, checked_at TEXT, interval INTEGER NOT NULL DEFAULT 1,
    checks INTEGER NOT NULL DEFAULT 0, changes INTEGER NOT NULL DEFAULT 0, last_changed TEXT
);
CREATE INDEX IF NOT EXISTS revisit_by_deadline ON revisit (site, pending, checked_run + interval, checked_run);
CREATE TABLE IF NOT EXISTS staged_revisit (
    run_id TEXT NOT NULL,
    url TEXT NOT NULL,
    site TEXT NOT NULL, kind TEXT, pending INTEGER NOT NULL DEFAULT 0,
    checked_run INTEGER, checked_at TEXT, interval INTEGER NOT NULL DEFAULT 1,
    checks INTEGER NOT NULL DEFAULT 0, changes INTEGER NOT NULL DEFAULT 0, last_changed TEXT,
    article TEXT, settled INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (run_id, url)
);
-- settle() finds an article's staged rows by (run_id, article): without these, each call scanned
-- every row the run had staged, a crawl's settling grew with the square of its articles.
CREATE INDEX IF NOT EXISTS staged_by_article ON staged (run_id, article);
CREATE INDEX IF NOT EXISTS staged_revisit_by_article ON staged_revisit (run_id, article);
CREATE TABLE IF NOT EXISTS site_runs (site TEXT PRIMARY KEY, runs INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS staged_site_runs (run_id TEXT NOT NULL, site TEXT NOT NULL, PRIMARY KEY (run_id, site));
"""
# Columns added since the first schema: an older history gets them when it is opened.
_ADDED_COLUMNS = {
    "history": (("continuations", "TEXT"),),
    "staged": (("continuations", "TEXT"), ("article", "TEXT"), ("settled", "INTEGER NOT NULL DEFAULT 1")),
    "staged_revisit": (("article", "TEXT"), ("settled", "INTEGER NOT NULL DEFAULT 1")),
}


class FetchHistory:
    """SQLite fetch history of one archive; see the module docstring for staged vs committed."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock = threading.RLock()
        self._db: sqlite3.Connection | None = None
        self._batched = 0  # staged writes in the open transaction
        self._connect()

    def _connect(self) -> sqlite3.Connection:
        # Reopens after close(): a commit hook may apply after the crawl closed its handles.
        if self._db is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable at checkpoint, never corrupt
            db.executescript(_SCHEMA)
            for table, added in _ADDED_COLUMNS.items():
                present = {row[1] for row in db.execute(f"PRAGMA table_info({table})")}
                for column, kind in added:
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

    def stage(self, run_id: str, url: str, entry: dict, article: str | None = None) -> None:
        """Record what `url` answered in run `run_id`; invisible to `get` until `apply(run_id)`,
        and held until `settle(run_id, article)` when it is a page of `article`."""
        values = [entry.get(name) for name in FIELDS]
        for name in JSON_FIELDS:
            value = entry.get(name)
            values[FIELDS.index(name)] = json.dumps(value, sort_keys=True) if value else None
        self._stage_write(
            f"INSERT OR REPLACE INTO staged (run_id, url, {', '.join(FIELDS)}, article, settled) "
            f"VALUES (?, ?, {', '.join('?' * len(FIELDS))}, ?, ?)",
            (run_id, url, *values, article, int(article is None)),
        )

    def _stage_write(self, sql: str, params: tuple) -> sqlite3.Cursor:
        """One write of staged rows, in the open batch (begun when there is none)."""
        with self._lock:
            db = self._connect()
            if not db.in_transaction:
                db.execute("BEGIN")
            cursor = db.execute(sql, params)
            self._batched += 1
            if self._batched >= STAGE_BATCH:
                self.flush()
            return cursor

    def flush(self) -> None:
        """Commit the staged writes of the open batch."""
        with self._lock:
            if self._db is not None and self._db.in_transaction:
                self._db.execute("COMMIT")
            self._batched = 0

    def settle(self, run_id: str, article: str) -> int:
        """The outcome of `article` reached the archive: its pages' entries (and revisit records)
        staged in run `run_id` may be applied. How many history entries it released."""
        with self._lock:
            released = self._stage_write(
                "UPDATE staged SET settled = 1 WHERE run_id = ? AND article = ? AND settled = 0",
                (run_id, article),
            ).rowcount
            self._stage_write(
                "UPDATE staged_revisit SET settled = 1 WHERE run_id = ? AND article = ? AND settled = 0",
                (run_id, article),
            )
        return released

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
                self._stage_write(
                    "UPDATE staged SET continuations = ? WHERE run_id = ? AND url = ?",
                    (json.dumps(pages), run_id, first_url),
                )

    def staged(self, run_id: str, settled: bool | None = None) -> dict[str, dict]:
        """The entries run `run_id` has staged, by URL (only the settled or the held ones when
        `settled` says so)."""
        sql = f"SELECT url, {', '.join(FIELDS)} FROM staged WHERE run_id = ?"
        params: tuple = (run_id,)
        if settled is not None:
            sql += " AND settled = ?"
            params += (int(settled),)
        with self._lock:
            rows = self._connect().execute(sql, params).fetchall()
        return {row[0]: self._row_to_entry(row[1:]) for row in rows}

    def entries(self) -> Iterator[tuple[str, dict]]:
        """Every committed (url, entry), for a distributed run's workers."""
        with self._lock:
            rows = self._connect().execute(f"SELECT url, {', '.join(FIELDS)} FROM history").fetchall()
        for row in rows:
            yield row[0], self._row_to_entry(row[1:])

    def apply(self, run_id: str) -> int:
        """Make run `run_id`'s settled entries the history (and its revisit records and run count),
        all at once, and forget its held ones; how many history entries were applied."""
        columns = ", ".join(FIELDS)
        revisit_columns = ", ".join(REVISIT_FIELDS)
        with self._lock:
            self.flush()
            db = self._connect()
            db.execute("BEGIN IMMEDIATE")
            try:
                moved = db.execute(
                    f"INSERT OR REPLACE INTO history (url, {columns}) "
                    f"SELECT url, {columns} FROM staged WHERE run_id = ? AND settled = 1",
                    (run_id,),
                ).rowcount
                # Pages checked replace their record; pages only found keep an existing one.
                # In staging order, so pending pages keep the order they were found in.
                db.execute(
                    f"INSERT OR REPLACE INTO revisit (url, {revisit_columns}) SELECT url, {revisit_columns} "
                    "FROM staged_revisit WHERE run_id = ? AND pending = 0 AND settled = 1 ORDER BY rowid",
                    (run_id,),
                )
                db.execute(
                    f"INSERT OR IGNORE INTO revisit (url, {revisit_columns}) SELECT url, {revisit_columns} "
                    "FROM staged_revisit WHERE run_id = ? AND pending = 1 ORDER BY rowid",
                    (run_id,),
                )
                db.execute(
                    "INSERT INTO site_runs (site, runs) SELECT site, 1 FROM staged_site_runs WHERE run_id = ? "
                    "ON CONFLICT (site) DO UPDATE SET runs = runs + 1",
                    (run_id,),
                )
                for table in STAGING_TABLES:
                    db.execute(f"DELETE FROM {table} WHERE run_id = ?", (run_id,))
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        return moved

    def discard(self, run_id: str) -> int:
        """Forget run `run_id`'s staged entries (the run was not committed)."""
        with self._lock:
            self.flush()
            db = self._connect()
            removed = db.execute("DELETE FROM staged WHERE run_id = ?", (run_id,)).rowcount
            for table in STAGING_TABLES[1:]:
                db.execute(f"DELETE FROM {table} WHERE run_id = ?", (run_id,))
        return removed

    def discard_others(self, run_id: str) -> int:
        """Forget what runs other than `run_id` staged: runs killed before their commit (only the
        holder of the archive lock stages, so no other run is alive)."""
        with self._lock:
            self.flush()
            db = self._connect()
            removed = db.execute("DELETE FROM staged WHERE run_id != ?", (run_id,)).rowcount
            for table in STAGING_TABLES[1:]:
                db.execute(f"DELETE FROM {table} WHERE run_id != ?", (run_id,))
        return removed

    # --- the revisit policy's records (archive/revisit_policy.py decides; this only keeps them) ---------
    def site_runs(self, site: str) -> int:
        """How many runs of `site` were committed."""
        with self._lock:
            row = self._connect().execute("SELECT runs FROM site_runs WHERE site = ?", (site,)).fetchone()
        return row[0] if row else 0

    def stage_site_run(self, run_id: str, site: str) -> None:
        """Count run `run_id` as one more run of `site` once applied."""
        self._stage_write(
            "INSERT OR IGNORE INTO staged_site_runs (run_id, site) VALUES (?, ?)", (run_id, site)
        )

    def revisit_record(self, url: str) -> dict | None:
        """The committed revisit record of `url`, or None for a page this archive never met."""
        with self._lock:
            row = (
                self._connect()
                .execute(f"SELECT {', '.join(REVISIT_FIELDS)} FROM revisit WHERE url = ?", (url,))
                .fetchone()
            )
        return dict(zip(REVISIT_FIELDS, row, strict=True)) if row else None

    def stage_revisit(self, run_id: str, url: str, record: dict, article: str | None = None) -> None:
        """Record what the policy learnt of `url` in run `run_id` (a check replaces a pending find);
        held with its article's history entries, like them."""
        values = [record.get(name) for name in REVISIT_FIELDS]
        self._stage_write(
            f"INSERT OR REPLACE INTO staged_revisit (run_id, url, {', '.join(REVISIT_FIELDS)}, article, settled) "
            f"VALUES (?, ?, {', '.join('?' * len(REVISIT_FIELDS))}, ?, ?)",
            (run_id, url, *values, article, int(article is None)),
        )

    def stage_pending(self, run_id: str, url: str, site: str, kind: str | None) -> None:
        """`url` was found but not fetched in run `run_id`: a page to fetch in a later run."""
        self._stage_write(
            "INSERT OR IGNORE INTO staged_revisit (run_id, url, site, kind, pending) VALUES (?, ?, ?, ?, 1)",
            (run_id, url, site, kind),
        )

    def pending_pages(self, site: str, limit: int | None = None) -> list[tuple[str, str | None]]:
        """(url, kind) of the pages of `site` found but never fetched, in the order they were found."""
        sql = "SELECT url, kind FROM revisit WHERE site = ? AND pending = 1 ORDER BY rowid"
        with self._lock:
            if limit is not None:
                return self._connect().execute(sql + " LIMIT ?", (site, limit)).fetchall()
            return self._connect().execute(sql, (site,)).fetchall()

    def recheck_pages(self, site: str, limit: int | None = None) -> list[dict]:
        """The checked pages of `site` in the order a run checks them (archive/revisit_policy.py):
        earliest deadline first, then checked longest ago, then changed most often; as records
        with `url`."""
        sql = (
            f"SELECT url, {', '.join(REVISIT_FIELDS)} FROM revisit WHERE site = ? AND pending = 0 "
            "ORDER BY checked_run + interval, checked_run, changes DESC, url"
        )
        params: tuple = (site,)
        if limit is not None:
            sql += " LIMIT ?"
            params += (limit,)
        with self._lock:
            rows = self._connect().execute(sql, params).fetchall()
        return [{"url": row[0], **dict(zip(REVISIT_FIELDS, row[1:], strict=True))} for row in rows]

    def revisit_counts(self, site: str, run: int) -> dict[str, float]:
        """Of `site`'s known pages in its run `run`: how many are known, pending (found, never
        fetched) and due, and their demand (sum of 1/interval over the checked ones)."""
        with self._lock:
            row = (
                self._connect()
                .execute(
                    "SELECT COUNT(*), COALESCE(SUM(pending), 0), "
                    "COALESCE(SUM(pending = 0 AND checked_run + interval <= ?), 0), "
                    "COALESCE(SUM(CASE WHEN pending = 0 THEN 1.0 / interval END), 0) "
                    "FROM revisit WHERE site = ?",
                    (run, site),
                )
                .fetchone()
            )
        return {"known": row[0], "pending": row[1], "due": row[2], "demand": row[3]}

    def left_after(self, run_id: str, site: str, run: int) -> dict[str, int]:
        """What run `run_id` (run `run` of `site`) leaves for the next one, from its staged records:
        `new` pages found but never fetched, `due` known pages it did not get to."""
        with self._lock:
            db = self._connect()
            new = db.execute(
                "SELECT COUNT(*) FROM ("
                " SELECT url FROM revisit WHERE site = ? AND pending = 1"
                " UNION SELECT url FROM staged_revisit WHERE run_id = ? AND site = ? AND pending = 1"
                ") WHERE url NOT IN (SELECT url FROM staged_revisit WHERE run_id = ? AND pending = 0)",
                (site, run_id, site, run_id),
            ).fetchone()[0]
            due = db.execute(
                "SELECT COUNT(*) FROM revisit WHERE site = ? AND pending = 0 AND checked_run + interval <= ?"
                " AND url NOT IN (SELECT url FROM staged_revisit WHERE run_id = ? AND pending = 0)",
                (site, run, run_id),
            ).fetchone()[0]
        return {"new": new, "due": due}

    def __len__(self) -> int:
        with self._lock:
            return self._connect().execute("SELECT COUNT(*) FROM history").fetchone()[0]

    def close(self) -> None:
        """Commit the open batch (the staged rows stay for `apply`) and close."""
        with self._lock:
            if self._db is not None:
                try:
                    self.flush()
                finally:
                    self._db.close()
                    self._db = None

    def __enter__(self) -> FetchHistory:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class RunHistory:
    """The fetch history as one run sees it: what earlier runs committed, and this run's staging.

    The archive run owns the one instance of its run (`Run.history`); crawl components reach it
    through the run. A distributed worker has its own `HistoryStore` of the same shape
    (crawler/distributed/worker_history.py), read from Redis and handed to the coordinator.
    """

    def __init__(self, store: FetchHistory, run_id: str):
        self.store = store
        self.run_id = run_id

    # what earlier runs committed
    def get(self, url: str) -> dict | None:
        return self.store.get(url)

    def entries(self) -> Iterator[tuple[str, dict]]:
        return self.store.entries()

    def revisit_record(self, url: str) -> dict | None:
        return self.store.revisit_record(url)

    def site_runs(self, site: str) -> int:
        return self.store.site_runs(site)

    def pending_pages(self, site: str, limit: int | None = None) -> list[tuple[str, str | None]]:
        return self.store.pending_pages(site, limit)

    def recheck_pages(self, site: str, limit: int | None = None) -> list[dict]:
        return self.store.recheck_pages(site, limit)

    def revisit_counts(self, site: str, run: int) -> dict[str, float]:
        return self.store.revisit_counts(site, run)

    def left_after(self, site: str, run: int) -> dict[str, int]:
        return self.store.left_after(self.run_id, site, run)

    # this run's staging
    def stage(self, url: str, entry: dict, article: str | None = None) -> None:
        self.store.stage(self.run_id, url, entry, article)

    def add_continuation(self, first_url: str, url: str) -> None:
        self.store.add_continuation(self.run_id, first_url, url)

    def settle(self, article: str) -> int:
        return self.store.settle(self.run_id, article)

    def stage_revisit(self, url: str, record: dict, article: str | None = None) -> None:
        self.store.stage_revisit(self.run_id, url, record, article)

    def stage_pending(self, url: str, site: str, kind: str | None) -> None:
        self.store.stage_pending(self.run_id, url, site, kind)

    def stage_site_run(self, site: str) -> None:
        self.store.stage_site_run(self.run_id, site)

    def staged(self, settled: bool | None = None) -> dict[str, dict]:
        return self.store.staged(self.run_id, settled)

    # the run's ending
    def apply(self) -> int:
        return self.store.apply(self.run_id)

    def discard(self) -> int:
        return self.store.discard(self.run_id)

    def close(self) -> None:
        self.store.close()
