"""The archive's catalog: one SQLite file, `index/catalog.sqlite`, to search and browse an archive,
and its word index beside it (`index/catalog-words/<name>/`, `archive.word_index`).

It holds the latest version's documents (fields, canonical site and every site, URLs and how each
copy was merged, dates, flags, truncation, paywall gaps, removed pieces) and every document's
version history (the versions in which it was new, changed or removed); the word index (tantivy)
holds each title's and text's characters and character pairs with their counts, from which a
search finds and ranks. Derived data, like the dedup and URL indexes: built from the archive's
public read API only (`versions()`, `latest()`, `meta(v)`, `manifest(v)`, `document(doc_id, v)`,
`documents(v)`, which check every file against its recorded hash as they read it), never the only
copy of anything, stamped with the version it reflects and the name of its word index, written to
a temporary file and renamed into place, so a reader (a search, a Datasette serving it) sees the
old catalog and its index or the new ones, whole. A word index is written under a new name (a
copy of the previous one when only some documents changed), never changed in place; the previous
one is kept for the readers still on the previous catalog, older ones are removed.

The writer refreshes it at each commit (`refresh_catalog`, under the archive lock): when the
catalog on disk reflects an earlier version, it is copied and only the documents of the versions
since are replaced; otherwise it is built afresh. A catalog of an earlier schema (1: an FTS5
trigram table inside the file) is rebuilt, and the log says so in one line.

Why this index and not FTS5 (measured, README "How a search runs, and why this index"): ranking
by relevance needs how often a document uses the words. FTS5 keeps that only with positions
(`detail=full`, 2.7× the text with the text) or reads every matching text again (`detail=none`,
1.4×: 1.6 s p95 at 10^5 speeches); the word index keeps the counts without positions (0.16× the
text) and tantivy ranks with them, keeping only the best few.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from archive import word_index
from archive.files import mode_as_created
from archive.lock import ArchiveLock, ArchiveLocked

logger = logging.getLogger(__name__)

CATALOG_NAME = "catalog.sqlite"
SCHEMA_VERSION = "2"  # 2: the word index (archive.word_index) replaced the FTS5 trigram table
DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")

SCHEMA = """
CREATE TABLE catalog_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE versions (
    version INTEGER PRIMARY KEY, run_id TEXT, status TEXT, started_at TEXT, ended_at TEXT,
    spiders TEXT, new INTEGER, changed INTEGER, unchanged INTEGER, removed INTEGER
);
CREATE TABLE documents (
    doc_id TEXT PRIMARY KEY,
    n INTEGER NOT NULL UNIQUE,
    title TEXT,
    site TEXT,
    sites TEXT,
    published_at TEXT,
    published_date TEXT,
    year INTEGER,
    truncated INTEGER NOT NULL,
    omitted_chars INTEGER NOT NULL,
    declared_chars INTEGER,
    chars INTEGER NOT NULL,
    flags TEXT,
    script TEXT,
    url TEXT,
    copies INTEGER NOT NULL,
    first_version INTEGER,
    changed_in INTEGER,
    gaps TEXT,
    text TEXT
);
CREATE INDEX documents_published ON documents (published_date);
CREATE INDEX documents_site ON documents (site);
CREATE TABLE urls (
    doc_id TEXT NOT NULL REFERENCES documents (doc_id),
    url TEXT NOT NULL,
    kind TEXT,
    site TEXT,
    chars INTEGER,
    truncated INTEGER,
    gone INTEGER NOT NULL,
    PRIMARY KEY (doc_id, url)
) WITHOUT ROWID;
CREATE INDEX urls_url ON urls (url);
CREATE TABLE removed (
    doc_id TEXT NOT NULL REFERENCES documents (doc_id),
    seq INTEGER NOT NULL,
    rule TEXT,
    text TEXT,
    PRIMARY KEY (doc_id, seq)
) WITHOUT ROWID;
CREATE TABLE document_versions (
    doc_id TEXT NOT NULL,
    version INTEGER NOT NULL REFERENCES versions (version),
    state TEXT NOT NULL,
    title TEXT,
    hash TEXT,
    PRIMARY KEY (doc_id, version)
) WITHOUT ROWID;
CREATE INDEX document_versions_version ON document_versions (version, state);
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
    DELETE FROM urls WHERE doc_id = old.doc_id;
    DELETE FROM removed WHERE doc_id = old.doc_id;
END;
"""


class CatalogError(Exception):
    """The catalog cannot be read or built; one clear line."""


def catalog_path(archive) -> Path:
    return archive.index_dir / CATALOG_NAME


def catalog_meta(path: Path) -> dict[str, str]:
    """The catalog file's `catalog_meta` rows; {} when missing or unreadable."""
    if not path.is_file():
        return {}
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return dict(db.execute("SELECT key, value FROM catalog_meta"))
        finally:
            db.close()
    except sqlite3.Error:
        return {}


def catalog_stamp(path: Path) -> int | None:
    """The version a catalog file reflects; None when missing, unreadable, of another schema, or
    when its word index is missing."""
    rows = catalog_meta(path)
    if rows.get("schema") != SCHEMA_VERSION or not str(rows.get("version", "")).isdigit():
        return None
    if not (word_index.words_dir(path) / rows.get("words", "") / "meta.json").is_file():
        return None
    return int(rows["version"])


# --- rows from the archive's objects -----------------------------------------------------------
def published_date(value) -> str | None:
    match = DATE_RE.match(str(value or ""))
    return "-".join(match.groups()) if match else None


def is_truncated(obj: dict) -> bool:
    """As `audit` counts them: cut short by the site, or with parts elided."""
    return bool(obj.get("truncated") or obj.get("omitted_chars"))


def document_row(obj: dict, first_version: int | None, changed_in: int | None) -> dict:
    text = obj.get("text") or ""
    date = published_date(obj.get("published_at"))
    canonical = next((c for c in obj.get("copies") or [] if c.get("kind") == "canonical"), None)
    return {
        "doc_id": obj["doc_id"],
        "n": 0,
        "title": obj.get("title"),
        "site": canonical["site"] if canonical else (obj.get("sites") or [None])[0],
        "sites": json.dumps(sorted(obj.get("sites") or []), ensure_ascii=False),
        "published_at": obj.get("published_at"),
        "published_date": date,
        "year": int(date[:4]) if date else None,
        "truncated": int(is_truncated(obj)),
        "omitted_chars": int(obj.get("omitted_chars") or 0),
        "declared_chars": obj.get("declared_chars"),
        "chars": len(text),
        "flags": json.dumps(sorted(obj.get("flags") or []), ensure_ascii=False),
        "script": obj.get("script"),
        "url": canonical["url"] if canonical else (obj.get("urls") or [None])[0],
        "copies": len(obj.get("copies") or []),
        "first_version": first_version,
        "changed_in": changed_in,
        "gaps": json.dumps(obj.get("gaps") or [], ensure_ascii=False, sort_keys=True),
        "text": text,
    }


DOCUMENT_COLUMNS = tuple(document_row({"doc_id": ""}, None, None))
INSERT_DOCUMENT = (
    f"INSERT INTO documents ({', '.join(DOCUMENT_COLUMNS)}) "
    f"VALUES ({', '.join(':' + c for c in DOCUMENT_COLUMNS)})"
)


def insert_document(db: sqlite3.Connection, obj: dict) -> int:
    """Insert the document's rows; returns its `n` (its key in the word index)."""
    doc_id = obj["doc_id"]
    first, changed = db.execute(
        "SELECT min(version), max(CASE WHEN state IN ('new', 'changed') THEN version END)"
        " FROM document_versions WHERE doc_id = ?",
        (doc_id,),
    ).fetchone()
    row = document_row(obj, first, changed)
    row["n"] = db.execute("SELECT coalesce(max(n), 0) + 1 FROM documents").fetchone()[0]
    db.execute(INSERT_DOCUMENT, row)
    gone = set(obj.get("gone_urls") or [])
    copies = {c["url"]: c for c in obj.get("copies") or []}
    db.executemany(
        "INSERT OR IGNORE INTO urls VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                doc_id,
                url,
                copies.get(url, {}).get("kind"),
                copies.get(url, {}).get("site"),
                copies.get(url, {}).get("chars"),
                int(bool(copies.get(url, {}).get("truncated"))),
                int(url in gone),
            )
            for url in sorted(set(obj.get("urls") or []) | set(copies))
        ],
    )
    db.executemany(
        "INSERT INTO removed VALUES (?, ?, ?, ?)",
        [(doc_id, i, r.get("rule"), r.get("text")) for i, r in enumerate(obj.get("removed") or [])],
    )
    return row["n"]


def add_version(db: sqlite3.Connection, archive, version: int) -> set[str]:
    """The version's row and its documents' history rows; returns the doc ids it touched."""
    meta = archive.meta(version)
    states = meta.get("documents") or {}
    db.execute(
        "INSERT OR REPLACE INTO versions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            version,
            meta.get("run_id"),
            meta.get("status"),
            meta.get("started_at"),
            meta.get("ended_at"),
            json.dumps(meta.get("spiders") or [], ensure_ascii=False),
            *(int(states.get(s, 0)) for s in ("new", "changed", "unchanged", "removed")),
        ),
    )
    # the version's own changes: an unchanged re-crawl's delta is empty, its checkpoint is not read
    touched = list(archive.changed_entries(version))
    db.executemany(
        "INSERT OR REPLACE INTO document_versions VALUES (?, ?, ?, ?, ?)",
        [(e["doc_id"], version, e["state"], e.get("title"), e.get("hash")) for e in touched],
    )
    return {e["doc_id"] for e in touched}


# --- building -----------------------------------------------------------------------------------
def open_new_catalog(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(str(path), isolation_level=None)
    # One transaction, no journal: the file is a temporary one until it is renamed into place.
    db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;")
    return db


def _stamp(db: sqlite3.Connection, version: int, words: str) -> None:
    db.executemany(
        "INSERT OR REPLACE INTO catalog_meta VALUES (?, ?)",
        [
            ("schema", SCHEMA_VERSION),
            ("version", str(version)),
            ("words", words),
            ("built_at", str(int(time.time()))),
        ],
    )


def _fill(db: sqlite3.Connection, archive, latest: int) -> None:
    def history() -> None:
        for version in archive.versions():
            add_version(db, archive, version)

    fill_catalog(db, archive.documents(latest), latest, history)


def database_file(db: sqlite3.Connection) -> Path:
    return Path(next(r[2] for r in db.execute("PRAGMA database_list") if r[1] == "main"))


def fill_catalog(db: sqlite3.Connection, documents: Iterable[dict], latest: int, history=None) -> None:
    """Create the schema in an empty database and load `documents` (objects as the store keeps
    them) after `history()` has added the version rows; then write the word index (a new
    directory beside the database file) from the rows, and compact the file."""
    db.executescript(SCHEMA)
    db.execute("BEGIN")
    if history is not None:
        history()
    for obj in documents:
        insert_document(db, obj)
    words = word_index.new_index_dir(database_file(db))
    try:
        word_index.index_rows(words, db.execute("SELECT n, title, text FROM documents ORDER BY n"))
    except BaseException:
        shutil.rmtree(words, ignore_errors=True)
        raise
    _stamp(db, latest, words.name)
    db.execute("COMMIT")
    db.execute("VACUUM")


def _update(db: sqlite3.Connection, archive, since: int, latest: int, words_before: Path) -> int:
    """Apply the versions after `since`, in the catalog and in a copy of its word index; returns
    how many documents were replaced."""
    db.execute("BEGIN")
    touched: set[str] = set()
    for version in (v for v in archive.versions() if since < v <= latest):
        touched |= add_version(db, archive, version)
    if not touched:  # an unchanged re-crawl: the word index stays as it is
        _stamp(db, latest, words_before.name)
        db.execute("COMMIT")
        return 0
    manifest = archive.manifest(latest)
    words = word_index.new_index_dir(database_file(db), copy_of=words_before)
    try:
        writer = word_index.WordIndexWriter(words, create=False)
        for doc_id in sorted(touched):
            for (n,) in db.execute("SELECT n FROM documents WHERE doc_id = ?", (doc_id,)).fetchall():
                writer.delete(n)
            db.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))
            entry = manifest.get(doc_id)
            if entry is not None and entry.get("state") != "removed":
                obj = archive.document(doc_id, latest)
                writer.add(insert_document(db, obj), obj.get("title"), obj.get("text"))
        writer.close()
    except BaseException:
        shutil.rmtree(words, ignore_errors=True)
        raise
    _stamp(db, latest, words.name)
    db.execute("COMMIT")
    return len(touched)


def _publish(tmp: Path, path: Path) -> None:
    mode_as_created(tmp)  # mkstemp made it 0600: a catalog others (browse) read honours the umask
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def build_catalog(archive, path: Path, *, incremental: bool = True) -> dict:
    """Write the catalog of `archive`'s latest version to `path` (temporary file, then rename).

    With `incremental`, a catalog at `path` that reflects an earlier version of this archive is
    brought up to date instead of rebuilt. Returns what was done: {"version", "mode", "documents",
    "seconds"}.
    """
    started = time.perf_counter()
    latest = archive.latest()
    if latest is None:
        raise CatalogError(f"archive {archive.root} holds no version yet")
    path.parent.mkdir(parents=True, exist_ok=True)
    before = catalog_meta(path)
    stamp = catalog_stamp(path) if incremental else None
    if stamp == latest:
        return {"version": latest, "mode": "up to date", "documents": 0, "seconds": 0.0}
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        if stamp is not None and stamp < latest and stamp in archive.versions():
            shutil.copyfile(path, tmp)
            db = open_new_catalog(tmp)
            try:
                replaced = _update(db, archive, stamp, latest, word_index.words_dir(path) / before["words"])
            finally:
                db.close()
            mode = f"updated from version {stamp}"
        else:
            tmp.unlink()
            db = open_new_catalog(tmp)
            try:
                _fill(db, archive, latest)
                replaced = db.execute("SELECT count(*) FROM documents").fetchone()[0]
            finally:
                db.close()
            mode = "built"
            if before.get("schema") not in (None, SCHEMA_VERSION):
                mode = (
                    f"rebuilt (the catalog on disk was of schema {before['schema']},"
                    f" this version reads schema {SCHEMA_VERSION})"
                )
        words = catalog_meta(tmp)["words"]
        _publish(tmp, path)
    except BaseException:
        after = catalog_meta(tmp).get("words")
        tmp.unlink(missing_ok=True)
        if after and after != before.get("words"):  # never the index the catalog on disk reads
            shutil.rmtree(word_index.words_dir(path) / after, ignore_errors=True)
        raise
    # the previous index stays for a reader still on the previous catalog; older ones go
    word_index.prune(path, {words, before.get("words", "")})
    return {
        "version": latest,
        "mode": mode,
        "documents": replaced,
        "seconds": round(time.perf_counter() - started, 3),
    }


def refresh_catalog(archive) -> dict:
    """Bring `index/catalog.sqlite` up to the latest version. The caller holds the archive lock
    (the writer, after publishing a version; `speech-archive catalog`)."""
    result = build_catalog(archive, catalog_path(archive))
    logger.info("catalog of %s: %s (version %s)", archive.root, result["mode"], result["version"])
    return result


@contextmanager
def catalog_for_reading(archive) -> Iterator[tuple[Path, str | None]]:
    """`with catalog_for_reading(archive) as (path, note)`: a catalog to read, and a note for the
    user when it is not the archive's current one.

    A current catalog is used as it is. A stale or missing one is refreshed when the archive's
    lock is free (taken for the time it takes); a crawl holding the lock is never written into:
    its stale catalog is read (the crawl's commit refreshes it), or, when there is none (or the
    archive is not writable by us), one is built in a temporary directory outside the archive,
    removed when the `with` block ends.
    """
    latest = archive.latest()
    path = catalog_path(archive)
    stamp = catalog_stamp(path)
    if latest is None:
        raise CatalogError(f"archive {archive.root} holds no version yet")
    if stamp == latest:
        yield path, None
        return
    lock = ArchiveLock(archive.lock_path)
    try:
        lock.acquire()
    except ArchiveLocked as exc:
        reason = f"a crawl holds the archive lock (pid {exc.pid})"
    except OSError as exc:
        reason = f"the archive is not writable here ({exc.strerror})"
    else:
        try:
            refresh_catalog(archive)
        finally:
            lock.release()
        yield path, None
        return
    if stamp is not None:
        yield path, f"the catalog is of version {stamp}, the archive's latest is {latest}: {reason}"
        return
    with tempfile.TemporaryDirectory(prefix="speech-archive-catalog-") as tmp_dir:
        build_catalog(archive, Path(tmp_dir) / CATALOG_NAME, incremental=False)
        yield (
            Path(tmp_dir) / CATALOG_NAME,
            f"no catalog in the archive yet and {reason}: built a temporary one (removed when done)",
        )


def catalog_sizes(path: Path) -> dict:
    """Bytes of the catalog (the file and its word index) and of the documents' text it holds
    (title and text, UTF-8)."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        (text_bytes,) = db.execute(
            "SELECT coalesce(sum(length(CAST(coalesce(title, '') || coalesce(text, '') AS BLOB))), 0)"
            " FROM documents"
        ).fetchone()
    finally:
        db.close()
    words = word_index.words_dir(path) / catalog_meta(path).get("words", "")
    words_bytes = sum(f.stat().st_size for f in words.rglob("*") if f.is_file()) if words.name else 0
    return {
        "catalog_bytes": path.stat().st_size + words_bytes,
        "words_bytes": words_bytes,
        "text_bytes": int(text_bytes),
    }


def doc_ids_in(path: Path) -> Iterable[str]:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in db.execute("SELECT doc_id FROM documents ORDER BY doc_id")]
    finally:
        db.close()
