"""The archive's derived indexes (dedup, URLs) and a run's working documents, each one SQLite file.

The indexes under `index/` are committed after a version is published and stamped with the version
they reflect; a stamp that does not match the latest version (a crash between the two) makes the
next run rebuild them from it (`open_indexes`).
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from pipelines.dedup import DedupIndex
from pipelines.merge import is_complete
from pipelines.sqlite_index import SqliteIndex

logger = logging.getLogger(__name__)


class UrlIndex(SqliteIndex):
    """URL -> doc ids, for 304s and 404s (which name a URL, not a text). SQLite, like dedup."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), isolation_level=None)
        self._db.executescript(
            "CREATE TABLE IF NOT EXISTS url (url TEXT NOT NULL, doc_id TEXT NOT NULL,"
            " PRIMARY KEY (url, doc_id)) WITHOUT ROWID;"
            "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
        )

    def add(self, url: str, doc_id: str) -> None:
        self._begin()
        self._db.execute("INSERT OR IGNORE INTO url VALUES (?, ?)", (url, doc_id))

    def doc_ids(self, url: str) -> list[str]:
        """Documents seen at `url` or at one of its parts (`url#k`)."""
        base = url.split("#", 1)[0]
        rows = self._db.execute(
            "SELECT DISTINCT doc_id FROM url WHERE url = ? OR url = ? OR (url > ? AND url < ?)",
            (url, base, base + "#", base + "$"),
        )
        return sorted(r[0] for r in rows)

    def rename_doc(self, old: str, new: str) -> None:
        self._begin()
        self._db.execute("UPDATE OR IGNORE url SET doc_id = ? WHERE doc_id = ?", (new, old))
        self._db.execute("DELETE FROM url WHERE doc_id = ?", (old,))


class WorkingDocuments:
    """The documents a run has touched so far, by doc id, in one SQLite file under its staging.

    Compact JSON (the C encoder; the canonical indented form is made once, at commit) in one
    open transaction with no journal and no fsync: a crash discards staging anyway, and a
    whole run's documents would not fit in memory on a big crawl.
    """

    def __init__(self, path: Path):
        self._db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        self._db.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
            "CREATE TABLE IF NOT EXISTS working (doc_id TEXT PRIMARY KEY, body TEXT NOT NULL);"
        )
        self._db.execute("BEGIN")

    def put(self, obj: dict) -> None:
        body = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
        self._db.execute("INSERT OR REPLACE INTO working VALUES (?, ?)", (obj["doc_id"], body))

    def get(self, doc_id: str) -> dict | None:
        row = self._db.execute("SELECT body FROM working WHERE doc_id = ?", (doc_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def __contains__(self, doc_id: str) -> bool:
        return self._db.execute("SELECT 1 FROM working WHERE doc_id = ?", (doc_id,)).fetchone() is not None

    def delete(self, doc_id: str) -> None:
        self._db.execute("DELETE FROM working WHERE doc_id = ?", (doc_id,))

    def items_by_id(self) -> Iterator[tuple[str, dict]]:
        """(doc_id, object) of every working document, in doc id order, streamed."""
        for doc_id, body in self._db.execute("SELECT doc_id, body FROM working ORDER BY doc_id"):
            yield doc_id, json.loads(body)

    def close(self) -> None:
        self._db.close()  # the uncommitted transaction goes with the file


def open_indexes(archive):
    """The dedup and URL indexes, rebuilt from the latest version if their stamp is stale."""
    latest = str(archive.latest() or 0)
    opened = []
    try:
        opened.append(DedupIndex(archive.index_dir / "dedup.sqlite"))
        opened.append(UrlIndex(archive.index_dir / "urls.sqlite"))
        dedup, urls = opened
        stamps = (dedup.get_meta("version") or "0", urls.get_meta("version") or "0")
        if stamps == (latest, latest):
            return dedup, urls
        logger.warning("archive indexes reflect version %s, latest is %s: rebuilding", stamps, latest)
    except (ValueError, sqlite3.DatabaseError) as exc:  # another schema, or a damaged file
        logger.warning("archive indexes unusable (%s): rebuilding", exc)
    for index in opened:
        index.close()
    for name in ("dedup.sqlite", "urls.sqlite"):
        for suffix in ("", "-journal", "-wal", "-shm"):
            (archive.index_dir / (name + suffix)).unlink(missing_ok=True)
    dedup = DedupIndex(archive.index_dir / "dedup.sqlite")
    urls = UrlIndex(archive.index_dir / "urls.sqlite")
    if latest != "0":
        for obj in archive.documents():
            dedup.add(obj["doc_id"], obj.get("text") or "", complete=is_complete(obj))
            for url in obj.get("urls", []):
                urls.add(url, obj["doc_id"])
    dedup.set_meta("version", latest)
    urls.set_meta("version", latest)
    dedup.commit()
    urls.commit()
    return dedup, urls
