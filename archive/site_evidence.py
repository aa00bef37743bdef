"""Site evidence: which blocks each host's article pages carry, growing across runs.

One SQLite file, `ARCHIVE/site_evidence.sqlite` (WAL):
- `pages`: host, article URL -> the set of block keys its documents carry (pipelines/site_furniture.py
  `page_keys`), as a `page_sets` id (its digest); a page fetched again replaces its row;
- `page_blocks`: page set -> its keys (shared by identical pages: the same page at two URLs counts once);
- `furniture`: host, key -> pages that carried it when the furniture was last applied (what the
  documents in the archive were made with), and `meta` (the policy it was computed with).

Like the fetch history, a run *stages* its rows (`staged_pages`, `staged_furniture`, keyed by run
id); `apply` makes them the evidence in one transaction, after the run's version is published; a
run killed before that leaves staged rows the next run clears. Only the archive run
(archive/writing.py) opens this file: an import-linter contract.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import Counter
from collections.abc import Callable
from pathlib import Path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS page_sets (id INTEGER PRIMARY KEY, digest TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS page_blocks (
    page_set INTEGER NOT NULL, key INTEGER NOT NULL, PRIMARY KEY (page_set, key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS pages (
    host TEXT NOT NULL, url TEXT NOT NULL, page_set INTEGER NOT NULL, PRIMARY KEY (host, url)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS staged_pages (
    run_id TEXT NOT NULL, host TEXT NOT NULL, url TEXT NOT NULL, page_set INTEGER NOT NULL,
    PRIMARY KEY (run_id, host, url)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS furniture (
    host TEXT NOT NULL, key INTEGER NOT NULL, pages INTEGER NOT NULL, PRIMARY KEY (host, key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS staged_furniture (
    run_id TEXT NOT NULL, host TEXT NOT NULL, key INTEGER NOT NULL, pages INTEGER NOT NULL,
    PRIMARY KEY (run_id, host, key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS staged_hosts (run_id TEXT NOT NULL, host TEXT NOT NULL, PRIMARY KEY (run_id, host));
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def keys_digest(keys: frozenset[int]) -> str:
    return hashlib.sha256(",".join(map(str, sorted(keys))).encode()).hexdigest()[:32]


class SiteEvidence:
    """The evidence of one archive, as one run sees it (committed rows plus its own staged ones)."""

    def __init__(self, path: Path, run_id: str):
        self.path = Path(path)
        self.run_id = run_id
        self._db: sqlite3.Connection | None = None

    def _connect(self) -> sqlite3.Connection:
        if self._db is None:
            db = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.executescript(_SCHEMA)
            self._db = db
        return self._db

    def discard_others(self) -> None:
        """Rows staged by runs that never committed (killed)."""
        db = self._connect()
        for table in ("staged_pages", "staged_furniture", "staged_hosts"):
            db.execute(f"DELETE FROM {table} WHERE run_id != ?", (self.run_id,))

    # -- what the run records ---------------------------------------------------------------
    def stage_page(self, host: str, url: str, keys: frozenset[int]) -> None:
        """The article page `url` of `host` carries these block keys (this run's reading of it)."""
        if not keys:
            return
        digest = keys_digest(keys)
        db = self._connect()
        db.execute("BEGIN")
        row = db.execute("SELECT id FROM page_sets WHERE digest = ?", (digest,)).fetchone()
        if row is None:
            page_set = db.execute("INSERT INTO page_sets (digest) VALUES (?)", (digest,)).lastrowid
            db.executemany("INSERT INTO page_blocks VALUES (?, ?)", [(page_set, k) for k in sorted(keys)])
        else:
            page_set = row[0]
        db.execute(
            "INSERT OR REPLACE INTO staged_pages VALUES (?, ?, ?, ?)", (self.run_id, host, url, page_set)
        )
        db.execute("INSERT OR IGNORE INTO staged_hosts VALUES (?, ?)", (self.run_id, host))
        db.execute("COMMIT")

    def staged_hosts(self) -> list[str]:
        rows = self._connect().execute(
            "SELECT host FROM staged_hosts WHERE run_id = ? ORDER BY host", (self.run_id,)
        )
        return [host for (host,) in rows]

    def staged_urls(self, host: str) -> list[str]:
        rows = self._connect().execute(
            "SELECT url FROM staged_pages WHERE run_id = ? AND host = ? ORDER BY url", (self.run_id, host)
        )
        return [url for (url,) in rows]

    # -- what it is evidence of -------------------------------------------------------------
    _PAGES = """
        SELECT url, page_set FROM staged_pages WHERE run_id = :run AND host = :host
        UNION ALL
        SELECT url, page_set FROM pages WHERE host = :host
          AND url NOT IN (SELECT url FROM staged_pages WHERE run_id = :run AND host = :host)
    """

    def counts(self, host: str) -> tuple[Counter, int]:
        """(distinct article pages of `host` carrying each key, distinct article pages), committed
        evidence and this run's together (a page this run read again counts as this run read it)."""
        db = self._connect()
        args = {"run": self.run_id, "host": host}
        sets = f"SELECT DISTINCT page_set FROM ({self._PAGES})"
        (pages,) = db.execute(f"SELECT count(*) FROM ({sets})", args).fetchone()
        rows = db.execute(
            f"SELECT key, count(*) FROM page_blocks WHERE page_set IN ({sets}) GROUP BY key", args
        )
        return Counter(dict(rows)), pages

    def urls_carrying(self, host: str, keys: set[int]) -> list[str]:
        """The article URLs of `host` (committed or this run's) whose pages carry any of `keys`."""
        if not keys:
            return []
        db = self._connect()
        db.execute("CREATE TEMP TABLE IF NOT EXISTS wanted (key INTEGER PRIMARY KEY)")
        db.execute("DELETE FROM wanted")
        db.executemany("INSERT OR IGNORE INTO wanted VALUES (?)", [(k,) for k in keys])
        rows = db.execute(
            f"SELECT DISTINCT url FROM ({self._PAGES}) WHERE page_set IN"
            " (SELECT page_set FROM page_blocks WHERE key IN (SELECT key FROM wanted)) ORDER BY url",
            {"run": self.run_id, "host": host},
        )
        return [url for (url,) in rows]

    def furniture(self, host: str) -> dict[int, int]:
        """The host's furniture as the archive's documents were last made with (committed)."""
        rows = self._connect().execute("SELECT key, pages FROM furniture WHERE host = ?", (host,))
        return dict(rows)

    def stage_furniture(self, host: str, furniture: dict[int, int]) -> None:
        db = self._connect()
        db.execute("BEGIN")
        db.execute("DELETE FROM staged_furniture WHERE run_id = ? AND host = ?", (self.run_id, host))
        db.executemany(
            "INSERT INTO staged_furniture VALUES (?, ?, ?, ?)",
            [(self.run_id, host, k, n) for k, n in sorted(furniture.items())],
        )
        db.execute("INSERT OR IGNORE INTO staged_hosts VALUES (?, ?)", (self.run_id, host))
        db.execute("COMMIT")

    def policy(self) -> dict | None:
        """The furniture policy the evidence was last applied with ({"min_pages", "min_share"})."""
        row = self._connect().execute("SELECT value FROM meta WHERE name = 'policy'").fetchone()
        return json.loads(row[0]) if row else None

    # -- the run's end ----------------------------------------------------------------------
    def apply(self, policy: dict, before_commit: Callable[[], object] | None = None) -> None:
        """This run's pages and furniture become the evidence (after its version is published), in
        one transaction: a run killed before its COMMIT (`before_commit`: the tests' fault point)
        leaves the evidence as it was, its staged rows for the next run to clear."""
        db = self._connect()
        db.execute("BEGIN IMMEDIATE")
        db.execute(
            "INSERT OR REPLACE INTO pages SELECT host, url, page_set FROM staged_pages WHERE run_id = ?",
            (self.run_id,),
        )
        hosts = [h for (h,) in db.execute("SELECT host FROM staged_hosts WHERE run_id = ?", (self.run_id,))]
        for host in hosts:
            staged = db.execute(
                "SELECT count(*) FROM staged_furniture WHERE run_id = ? AND host = ?", (self.run_id, host)
            ).fetchone()[0]
            db.execute("DELETE FROM furniture WHERE host = ?", (host,))
            if staged:
                db.execute(
                    "INSERT INTO furniture SELECT host, key, pages FROM staged_furniture"
                    " WHERE run_id = ? AND host = ?",
                    (self.run_id, host),
                )
        for table in ("page_blocks", "page_sets"):  # sets no page carries any more
            column = "page_set" if table == "page_blocks" else "id"
            db.execute(
                f"DELETE FROM {table} WHERE {column} NOT IN (SELECT page_set FROM pages)"
                f" AND {column} NOT IN (SELECT page_set FROM staged_pages WHERE run_id != ?)",
                (self.run_id,),
            )
        db.execute("INSERT OR REPLACE INTO meta VALUES ('policy', ?)", (json.dumps(policy, sort_keys=True),))
        for table in ("staged_pages", "staged_furniture", "staged_hosts"):
            db.execute(f"DELETE FROM {table} WHERE run_id = ?", (self.run_id,))
        if before_commit is not None:
            before_commit()
        db.execute("COMMIT")

    def discard(self) -> None:
        db = self._connect()
        for table in ("staged_pages", "staged_furniture", "staged_hosts"):
            db.execute(f"DELETE FROM {table} WHERE run_id = ?", (self.run_id,))

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
