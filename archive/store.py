"""The versioned archive store: content-addressed document objects, one manifest per version.

Layout (see README): `versions/NNNNNN/{manifest.jsonl,meta.json}`, `objects/ab/<sha256>.json`,
`warc/`, `history.sqlite`, `index/` (dedup and URL indexes, search catalog: derived data), `staging/<run_id>/`,
`logs/`, `reports/`, and `lock`.

Why it survives a crash: a run works in `staging/<run_id>/` (its documents as they grow, in one
SQLite file, so dropping them is one unlink, not one per document), objects
are written once under their own hash and never rewritten, and a version appears only by the
rename of a complete, fsynced staging directory into `versions/`. Whatever is killed when, the
last version stays intact; the next run clears the staging area. The indexes under `index/` are
committed after the rename and stamped with the version they reflect; a stamp that does not
match the latest version (a crash between the two) makes the next run rebuild them from it.
"""

from __future__ import annotations

import hashlib
import heapq
import json
import logging
import os
import re
import shutil
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from archive.lock import ArchiveLock, ArchiveLocked  # noqa: F401  (re-exported for callers)
from archive.sqlite_index import SqliteIndex

logger = logging.getLogger(__name__)

VERSION_RE = re.compile(r"^\d{6}$")
STATES = ("new", "changed", "unchanged", "removed")
RUN_STATUSES = ("complete", "partial", "interrupted")
# Document fields taken from the canonical (most complete) copy.
CANONICAL_FIELDS = (
    "title",
    "text",
    "published_at",
    "truncated",
    "omitted_chars",
    "declared_chars",
    "gaps",
    "removed",
    "flags",
    "script",
    "text_original",
    "extractor_version",
    "profile_version",
)


class ArchiveError(Exception):
    """A request the archive cannot answer (no such version or document); one clear line."""


# --- bytes on disk -----------------------------------------------------------------------------
def canonical_json_bytes(obj) -> bytes:
    """The one byte form of a stored JSON file: readable, sorted keys, UTF-8, final newline."""
    return (json.dumps(obj, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")


def manifest_line(entry: dict) -> bytes:
    return (json.dumps(entry, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n").encode()


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size


def meta_self_hash(meta: dict) -> str:
    """sha256 of the meta without its own `meta_sha256`: lets verify check the newest meta too."""
    return sha256_bytes(canonical_json_bytes({k: v for k, v in meta.items() if k != "meta_sha256"}))


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_file_durably(path: Path, data: bytes) -> None:
    """Write via a temporary name, fsync, rename: the file is whole or absent (dir fsync is the
    caller's, so many files can share one)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def iso(ts: datetime) -> str:
    return ts.strftime("%Y-%m-%dT%H:%M:%SZ")


# --- the document object -----------------------------------------------------------------------
def is_complete(doc: dict) -> bool:
    """A copy is complete when the site neither cut it short nor elided parts of it."""
    return not doc.get("truncated") and not doc.get("omitted_chars") and not doc.get("gaps")


def copy_rank(complete: bool, chars: int) -> tuple[bool, int]:
    """Canonical text = most complete copy: complete beats truncated, then longer."""
    return (bool(complete), int(chars))


def _provenance_entry(seen_at: dict, copy_url: str) -> dict:
    entry = dict(seen_at or {})
    entry["url"] = copy_url
    return entry


def _sorted_object(obj: dict) -> dict:
    # Order-independent lists: the object hash must not depend on which site was crawled first.
    obj["urls"] = sorted(set(obj["urls"]))
    obj["sites"] = sorted(set(obj["sites"]))
    obj["gone_urls"] = sorted(set(obj.get("gone_urls", [])))
    obj["copies"] = sorted(obj["copies"], key=lambda c: (c["kind"] != "canonical", c["url"]))
    obj["provenance"] = sorted(obj["provenance"], key=lambda p: p.get("url") or "")
    return obj


def new_document_object(doc_id: str, doc: dict, copy_url: str, seen_at: dict) -> dict:
    """The object of a speech seen for the first time: this copy is its canonical text."""
    from pipelines.dedup import normalise_for_dedup, text_sha256

    obj = {field: doc.get(field) for field in CANONICAL_FIELDS}
    obj["gaps"] = obj["gaps"] or []
    obj["removed"] = obj["removed"] or []
    obj["flags"] = obj["flags"] or []
    obj["truncated"] = bool(obj["truncated"])
    obj["omitted_chars"] = obj["omitted_chars"] or 0
    obj.update(
        doc_id=doc_id,
        sites=[doc["site"]] if doc.get("site") else [],
        urls=[copy_url],
        gone_urls=[],
        copies=[
            {
                "url": copy_url,
                "kind": "canonical",
                "text_sha256": text_sha256(doc.get("text") or ""),
                "truncated": not is_complete(doc),
                "chars": len(normalise_for_dedup(doc.get("text") or "")),
                "site": doc.get("site"),
                "script": doc.get("script"),
            }
        ],
        provenance=[_provenance_entry(seen_at, copy_url)],
    )
    return _sorted_object(obj)


def merge_copy(obj: dict, doc: dict, copy_url: str, seen_at: dict, match_kind: str) -> dict:
    """Add one copy of the speech to its object; the copy becomes canonical if more complete.

    `match_kind` is how the index matched it (exact|near|truncated). A copy already known at
    the same URL with the same text changes nothing but an edited title or date (so a plain
    re-fetch leaves the object, and its hash, as they were).
    """
    from pipelines.dedup import normalise_for_dedup, text_sha256

    obj = json.loads(json.dumps(obj))  # work on a copy
    sha = text_sha256(doc.get("text") or "")
    chars = len(normalise_for_dedup(doc.get("text") or ""))
    complete = is_complete(doc)
    obj["gone_urls"] = [u for u in obj.get("gone_urls", []) if u != copy_url]
    same_url = next((c for c in obj["copies"] if c["url"] == copy_url), None)
    if same_url is not None and same_url["text_sha256"] == sha:
        # The same text again. Only an edited title or date of the canonical page is news; the
        # rest (noise removed around it, fetch times) would make every re-fetch a "change".
        if same_url["kind"] == "canonical":
            for field in ("title", "published_at"):
                if doc.get(field):
                    obj[field] = doc[field]
        return _sorted_object(obj)

    canonical = next(c for c in obj["copies"] if c["kind"] == "canonical")
    new_rank = copy_rank(complete, chars)
    old_rank = copy_rank(not canonical["truncated"], canonical["chars"])
    if canonical["url"] == copy_url:
        # The canonical page itself says something new (edited, or re-extracted with better
        # rules): it replaces its old text, unless it lost text the archive had in full.
        becomes_canonical = complete or not old_rank[0]
    else:
        becomes_canonical = new_rank > old_rank

    def relation(copy_complete: bool, copy_script: str | None, canonical_script: str | None) -> str:
        if match_kind == "truncated" or not copy_complete:
            return "truncated"
        if copy_script and canonical_script and copy_script != canonical_script:
            return "other_script"
        return "near" if match_kind == "near" else "exact"

    obj["copies"] = [c for c in obj["copies"] if c["url"] != copy_url]
    new_copy = {
        "url": copy_url,
        "kind": "canonical",
        "text_sha256": sha,
        "truncated": not complete,
        "chars": chars,
        "site": doc.get("site"),
        "script": doc.get("script"),
    }
    if becomes_canonical:
        for copy in obj["copies"]:
            if copy["kind"] == "canonical":
                copy["kind"] = relation(not copy["truncated"], copy.get("script"), doc.get("script"))
        published_before = obj.get("published_at")
        for field in CANONICAL_FIELDS:
            obj[field] = doc.get(field)
        obj["gaps"] = obj["gaps"] or []
        obj["removed"] = obj["removed"] or []
        obj["flags"] = obj["flags"] or []
        obj["truncated"] = bool(obj["truncated"])
        obj["omitted_chars"] = obj["omitted_chars"] or 0
        obj["published_at"] = obj["published_at"] or published_before
    elif canonical["url"] == copy_url:
        pass  # still the canonical page (its text kept from when it was complete)
    else:
        new_copy["kind"] = relation(complete, doc.get("script"), obj.get("script"))
        obj["published_at"] = obj.get("published_at") or doc.get("published_at")
    obj["copies"].append(new_copy)
    obj["urls"].append(copy_url)
    if doc.get("site"):
        obj["sites"].append(doc["site"])
    obj["provenance"] = [p for p in obj["provenance"] if p.get("url") != copy_url]
    obj["provenance"].append(_provenance_entry(seen_at, copy_url))
    return _sorted_object(obj)


def canonical_site(obj: dict) -> str | None:
    for copy in obj.get("copies", []):
        if copy["kind"] == "canonical":
            return copy.get("site")
    return (obj.get("sites") or [None])[0]


def is_gone(obj: dict) -> bool:
    """Every URL the document was seen at is gone (404/410)."""
    urls = set(obj.get("urls") or [])
    return bool(urls) and urls <= set(obj.get("gone_urls") or [])


# --- URL index -----------------------------------------------------------------------------------
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


# --- a run's working documents --------------------------------------------------------------------
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


# --- the archive ---------------------------------------------------------------------------------
class Archive:
    """An archive directory. Reading never needs the lock; writing goes through `begin_run`."""

    def __init__(self, root: Path | str):
        self.root = Path(root)
        self.versions_dir = self.root / "versions"
        self.objects_dir = self.root / "objects"
        self.warc_dir = self.root / "warc"
        self.history_path = self.root / "history.sqlite"
        self.index_dir = self.root / "index"
        self.staging_dir = self.root / "staging"
        self.logs_dir = self.root / "logs"
        self.reports_dir = self.root / "reports"
        self.lock_path = self.root / "lock"
        self._manifest_cache: tuple[int, dict] | None = None

    def __repr__(self) -> str:
        return f"Archive({str(self.root)!r})"

    def exists(self) -> bool:
        return self.versions_dir.is_dir()

    # -- versions -------------------------------------------------------------------------
    def version_dir(self, version: int) -> Path:
        return self.versions_dir / f"{int(version):06d}"

    def versions(self) -> list[int]:
        """Committed versions, oldest first (a directory counts once manifest and meta exist)."""
        if not self.versions_dir.is_dir():
            return []
        found = []
        for child in self.versions_dir.iterdir():
            if VERSION_RE.match(child.name) and (child / "meta.json").is_file():
                if (child / "manifest.jsonl").is_file():
                    found.append(int(child.name))
        return sorted(found)

    def latest(self) -> int | None:
        versions = self.versions()
        return versions[-1] if versions else None

    def _resolve(self, version: int | None) -> int:
        if version is None:
            latest = self.latest()
            if latest is None:
                raise ArchiveError(f"archive {self.root} holds no version yet")
            return latest
        if not (self.version_dir(version) / "meta.json").is_file():
            raise ArchiveError(f"archive {self.root} has no version {version}")
        return int(version)

    def meta(self, version: int | None = None) -> dict:
        version = self._resolve(version)
        return json.loads((self.version_dir(version) / "meta.json").read_text(encoding="utf-8"))

    def iter_manifest(self, version: int | None = None) -> Iterator[dict]:
        """Manifest entries in file order (sorted by doc_id), streamed."""
        version = self._resolve(version)
        with open(self.version_dir(version) / "manifest.jsonl", encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)

    def manifest(self, version: int | None = None) -> dict[str, dict]:
        version = self._resolve(version)
        if self._manifest_cache and self._manifest_cache[0] == version:
            return self._manifest_cache[1]
        entries = {entry["doc_id"]: entry for entry in self.iter_manifest(version)}
        self._manifest_cache = (version, entries)
        return entries

    # -- objects --------------------------------------------------------------------------
    def object_path(self, digest: str) -> Path:
        return self.objects_dir / digest[:2] / f"{digest}.json"

    def load_object(self, digest: str) -> dict:
        return json.loads(self.object_path(digest).read_text(encoding="utf-8"))

    def document(self, doc_id: str, version: int | None = None) -> dict:
        """The stored object of `doc_id` as of `version` (latest by default)."""
        entry = self.manifest(version).get(doc_id)
        if entry is None:
            raise ArchiveError(f"no document {doc_id} in version {self._resolve(version)}")
        return self.load_object(entry["hash"])

    def documents(self, version: int | None = None, *, include_removed: bool = False) -> Iterator[dict]:
        """Every document of a version (those removed in it only with include_removed)."""
        for entry in self.iter_manifest(version):
            if entry["state"] == "removed" and not include_removed:
                continue
            yield self.load_object(entry["hash"])

    # -- writing --------------------------------------------------------------------------
    def ensure_layout(self) -> None:
        for path in (
            self.versions_dir,
            self.objects_dir,
            self.warc_dir,
            self.index_dir,
            self.staging_dir,
            self.logs_dir,
            self.reports_dir,
        ):
            path.mkdir(parents=True, exist_ok=True)

    def begin_run(self, meta: dict | None = None) -> Run:
        """Take the write lock (ArchiveLocked if another live writer has it) and open a run."""
        from archive.catalog import refresh_catalog

        self.ensure_layout()
        lock = ArchiveLock(self.lock_path)
        lock.acquire()
        try:
            if lock.stale_owner:
                logger.warning("took over a stale archive lock (pid %s since %s)", *lock.stale_owner)
            self.clear_staging()
            run = Run(self, lock, dict(meta or {}))
            run.add_commit_hook(lambda: refresh_catalog(self))  # the search catalog follows each version
            return run
        except BaseException:
            lock.release()
            raise

    def clear_staging(self) -> None:
        """Remove what an interrupted run left in staging (only ever called under the lock)."""
        if not self.staging_dir.is_dir():
            return
        for child in self.staging_dir.iterdir():
            logger.info("clearing staging area %s left by an interrupted run", child.name)
            if child.is_dir():
                shutil.rmtree(child, ignore_errors=True)
            else:
                child.unlink(missing_ok=True)

    def open_indexes(self):
        """The dedup and URL indexes, rebuilt from the latest version if their stamp is stale."""
        from pipelines.dedup import DedupIndex

        latest = str(self.latest() or 0)
        opened = []
        try:
            opened.append(DedupIndex(self.index_dir / "dedup.sqlite"))
            opened.append(UrlIndex(self.index_dir / "urls.sqlite"))
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
                (self.index_dir / (name + suffix)).unlink(missing_ok=True)
        dedup = DedupIndex(self.index_dir / "dedup.sqlite")
        urls = UrlIndex(self.index_dir / "urls.sqlite")
        if latest != "0":
            for obj in self.documents():
                dedup.add(obj["doc_id"], obj.get("text") or "", complete=is_complete(obj))
                for url in obj.get("urls", []):
                    urls.add(url, obj["doc_id"])
        dedup.set_meta("version", latest)
        urls.set_meta("version", latest)
        dedup.commit()
        urls.commit()
        return dedup, urls


class Run:
    """One crawl writing into the archive; becomes version `.version` when committed."""

    def __init__(self, archive: Archive, lock: ArchiveLock, meta: dict):
        self.archive = archive
        self._lock = lock
        self.begin_meta = meta
        self.parent = archive.latest()
        self.version = (self.parent or 0) + 1
        started = utc_now()
        self.started_at = iso(started)
        self.run_id = f"r{self.version:06d}-{started:%Y%m%dT%H%M%SZ}"
        self.staging = archive.staging_dir / self.run_id
        self.staging.mkdir(parents=True, exist_ok=True)
        self._parent_hashes: dict[str, str] = {}
        if self.parent is not None:
            for entry in archive.iter_manifest(self.parent):
                if entry["state"] != "removed":
                    self._parent_hashes[entry["doc_id"]] = entry["hash"]
        self._dedup, self._urls = archive.open_indexes()
        self._working = WorkingDocuments(self.staging / "working.sqlite")
        self._touched: set[str] = set()
        self._seen: set[str] = set()
        self._created: set[str] = set()  # ids first given in this run (provisional until commit)
        self.renamed: dict[str, str] = {}  # provisional id -> the id it was committed under
        self._hooks: list[Callable[[], object]] = []
        self.counters: Counter = Counter()
        self.closed = False

    def __repr__(self) -> str:
        return f"Run({self.run_id!r}, version={self.version})"

    def __enter__(self) -> Run:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if not self.closed:
            if exc_type is None:
                self.commit({})
            else:
                self.abort()

    # -- working documents ----------------------------------------------------------------
    def _working_doc(self, doc_id: str) -> dict | None:
        obj = self._working.get(doc_id)
        if obj is not None:
            return obj
        digest = self._parent_hashes.get(doc_id)
        if digest is not None:
            return self.archive.load_object(digest)
        return None

    def _save_working(self, obj: dict) -> None:
        self._working.put(obj)
        self._touched.add(obj["doc_id"])

    def _check_open(self) -> None:
        if self.closed:
            raise RuntimeError(f"run {self.run_id} is already committed or aborted")

    # -- what a crawl reports -------------------------------------------------------------
    def add_documents(self, docs: list[dict], seen_at: dict) -> list[str]:
        """Dedup and stage the documents of one fetched article; returns their doc ids.

        The id of a document first seen in this run is provisional until `commit` (see
        `_settle_new_doc_ids`); `final_id` maps it afterwards.
        """
        from pipelines.dedup import new_doc_id, normalise_for_dedup

        self._check_open()
        doc_ids = []
        for doc in docs:
            norm = normalise_for_dedup(doc.get("text") or "")
            copy_url = doc.get("url") or (seen_at or {}).get("url") or ""
            match = self._dedup.match(norm)
            doc_id = match.doc_id if match else new_doc_id(norm)
            if match is None:
                self._created.add(doc_id)
            existing = self._working_doc(doc_id)
            if existing is None:
                obj = new_document_object(doc_id, doc, copy_url, seen_at)
                self.counters["documents_created"] += 1
            else:
                obj = merge_copy(existing, doc, copy_url, seen_at, match.kind if match else "exact")
                if copy_url in existing.get("urls", []):
                    self.counters["copies_refetched"] += 1  # a page seen before, not a new copy
                else:
                    self.counters[f"copies_matched/{match.kind if match else 'exact'}"] += 1
            self._dedup.add(doc_id, norm, complete=is_complete(doc))
            if copy_url:
                self._urls.add(copy_url, doc_id)
            if obj != existing:
                self._save_working(obj)
            self._seen.add(doc_id)
            self.counters["copies_added"] += 1
            doc_ids.append(doc_id)
        return doc_ids

    def carry_over(self, url: str) -> None:
        """The page was not modified: its documents stay as they are and count as seen."""
        self._check_open()
        doc_ids = self._urls.doc_ids(url)
        self._seen.update(doc_ids)
        self.counters["pages_carried_over"] += 1
        self.counters["documents_carried_over"] += len(doc_ids)

    def mark_gone(self, url: str) -> None:
        """The server says the page is gone: a document whose every URL is gone is removed."""
        self._check_open()
        base = url.split("#", 1)[0]
        self.counters["pages_gone"] += 1
        for doc_id in self._urls.doc_ids(url):
            obj = self._working_doc(doc_id)
            if obj is None:
                continue
            gone = {u for u in obj["urls"] if u == url or u.split("#", 1)[0] == base}
            if gone - set(obj.get("gone_urls", [])):
                obj["gone_urls"] = list(set(obj.get("gone_urls", [])) | gone)
                self._save_working(_sorted_object(obj))

    def add_commit_hook(self, fn: Callable[[], object]) -> None:
        """`fn()` runs once the version is durable (e.g. applying the run's fetch history)."""
        self._hooks.append(fn)

    # -- ending ---------------------------------------------------------------------------
    def final_id(self, doc_id: str) -> str:
        """The id `doc_id` (as add_documents returned it) was committed under."""
        return self.renamed.get(doc_id, doc_id)

    def _settle_new_doc_ids(self) -> None:
        """Give each document first seen in this run the id of its canonical text.

        During the run a new document is keyed by whichever copy arrived first; which copy
        that is depends on download order (and, distributed, on which worker was faster).
        The canonical copy does not: the most complete one. Keying by it makes two crawls of
        the same sites give the same ids; once committed, an id never changes again.
        """
        from pipelines.dedup import new_doc_id, normalise_for_dedup

        for provisional in sorted(self._created):
            obj = self._working_doc(provisional)
            if obj is None:
                continue
            final = new_doc_id(normalise_for_dedup(obj.get("text") or ""))
            taken = final in self._parent_hashes or final in self._working
            if final == provisional or taken or self._dedup.has_doc(final):
                continue
            obj["doc_id"] = final
            self._save_working(_sorted_object(obj))
            self._working.delete(provisional)
            for ids in (self._touched, self._seen):
                if provisional in ids:
                    ids.discard(provisional)
                    ids.add(final)
            self._dedup.rename_doc(provisional, final)
            self._urls.rename_doc(provisional, final)
            self.renamed[provisional] = final
        self._created.clear()

    def _touched_entries(self) -> dict[str, dict]:
        """Write the touched documents' objects; their manifest entries, by doc id."""
        entries: dict[str, dict] = {}
        dirs: set[Path] = set()
        for doc_id, obj in self._working.items_by_id():
            if doc_id not in self._touched:
                continue
            data = canonical_json_bytes(obj)
            digest = sha256_bytes(data)
            dirs.add(write_object(self.archive, digest, data))
            parent = self._parent_hashes.get(doc_id)
            if is_gone(obj):
                state = "removed"
            elif parent is None:
                state = "new"
            else:
                state = "changed" if digest != parent else "unchanged"
            entries[doc_id] = {
                "doc_id": doc_id,
                "hash": digest,
                "state": state,
                "title": obj.get("title"),
                "site": canonical_site(obj),
                "size": len(data),
            }
        if dirs:
            os.sync()  # every object's data and directory entry is on disk before the manifest
        return entries

    def _manifest_entries(self, touched: dict[str, dict]) -> Iterator[dict]:
        """Parent entries carried over unchanged, merged in doc id order with the touched ones."""

        def parent_entries():
            if self.parent is None:
                return
            for entry in self.archive.iter_manifest(self.parent):
                if entry["state"] == "removed" or entry["doc_id"] in touched:
                    continue
                yield dict(entry, state="unchanged")

        fresh = (touched[k] for k in sorted(touched))
        yield from heapq.merge(parent_entries(), fresh, key=lambda e: e["doc_id"])

    def commit(self, stats: dict | None = None, status: str = "complete") -> int:
        """Write manifest + meta, publish the version atomically, release the lock."""
        self._check_open()
        if status not in RUN_STATUSES:
            raise ValueError(f"status must be one of {RUN_STATUSES}, not {status!r}")
        try:
            version_stage = self.staging / "version"
            version_stage.mkdir(parents=True, exist_ok=True)
            self._settle_new_doc_ids()
            touched = self._touched_entries()
            states: Counter = Counter()
            manifest_hash = hashlib.sha256()
            manifest_bytes = 0
            with open(version_stage / "manifest.jsonl", "wb") as fh:
                for entry in self._manifest_entries(touched):
                    line = manifest_line(entry)
                    fh.write(line)
                    manifest_hash.update(line)
                    manifest_bytes += len(line)
                    states[entry["state"]] += 1
                fh.flush()
                os.fsync(fh.fileno())
            meta = self._meta(stats or {}, status, states, manifest_hash.hexdigest(), manifest_bytes)
            write_file_durably(version_stage / "meta.json", canonical_json_bytes(meta))
            fsync_dir(version_stage)
            publish_version(self.archive, version_stage, self.version)
        except BaseException:
            self._close(committed=False)
            raise
        # The version is durable: indexes, hooks, lock.
        for index in (self._dedup, self._urls):
            try:
                index.set_meta("version", str(self.version))
                index.commit()
            except sqlite3.Error:  # the stale stamp makes the next run rebuild it
                logger.exception("could not commit an archive index after version %s", self.version)
        for hook in self._hooks:
            try:
                hook()
            except Exception:  # one broken hook must not undo a committed version
                logger.exception("commit hook %r failed after version %s", hook, self.version)
        self._close(committed=True)
        return self.version

    def _meta(
        self, stats: dict, status: str, states: Counter, manifest_sha: str, manifest_bytes: int
    ) -> dict:
        parent_meta_sha = None
        if self.parent is not None:
            parent_meta_sha, _ = sha256_file(self.archive.version_dir(self.parent) / "meta.json")
        warc_files = {}
        if self.archive.warc_dir.is_dir():
            for path in sorted(self.archive.warc_dir.glob(f"{self.run_id}-*")):
                digest, size = sha256_file(path)
                warc_files[path.name] = {"sha256": digest, "bytes": size}
        begin = dict(self.begin_meta)
        meta = {
            "version": self.version,
            "run_id": self.run_id,
            "spiders": begin.pop("spiders", []),
            "settings": begin.pop("settings", {}),
            "run": begin,  # whatever else the caller said about the run (mode, redis, ...)
            "started_at": self.started_at,
            "ended_at": iso(utc_now()),
            "status": status,
            "stats": stats,
            "archive_stats": dict(sorted(self.counters.items())),
            "documents": {state: states.get(state, 0) for state in STATES},
            "documents_seen": len(self._seen),
            "manifest_sha256": manifest_sha,
            "manifest_bytes": manifest_bytes,
            "parent": self.parent,
            "parent_meta_sha256": parent_meta_sha,
            "warc_files": warc_files,
        }
        meta["meta_sha256"] = meta_self_hash(meta)
        return json.loads(json.dumps(meta, default=str))

    def abort(self) -> None:
        """Forget the run: indexes rolled back, staging cleared, lock released."""
        if self.closed:
            return
        self._close(committed=False)

    def _close(self, *, committed: bool) -> None:
        self.closed = True
        self._working.close()
        for index in (self._dedup, self._urls):
            try:
                index.close()  # rolls back anything not committed
            except Exception:
                logger.exception("closing an archive index failed")
        shutil.rmtree(self.staging, ignore_errors=True)
        self._lock.release()


def write_object(archive: Archive, digest: str, data: bytes) -> Path:
    """Store an object under its hash unless present (objects are never rewritten).

    Written straight to its name, and not fsynced one by one (creating a file is most of an
    object's cost, a millisecond of fsync more): the commit syncs them all at once before any
    manifest refers to them. A file of the wrong size under the name can only be one a crash
    cut short before that sync (no version refers to it yet), so it is written again.
    """
    path = archive.object_path(digest)
    try:
        if path.stat().st_size == len(data):
            return path.parent
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(data)
    return path.parent


def publish_version(archive: Archive, staged: Path, version: int) -> None:
    """The atomic step: a complete staged version directory becomes versions/NNNNNN."""
    target = archive.version_dir(version)
    if target.exists():
        raise FileExistsError(f"{target} already exists; refusing to overwrite an archived version")
    os.rename(staged, target)
    fsync_dir(archive.versions_dir)


def open_existing(root: Path | str) -> Archive:
    """An archive that holds at least one version, or ArchiveError with one clear line."""
    archive = Archive(root)
    if not archive.root.exists():
        raise ArchiveError(f"no archive at {archive.root}")
    if not archive.versions_dir.is_dir():
        raise ArchiveError(f"{archive.root} is not an archive (no versions/ directory)")
    if archive.latest() is None:
        raise ArchiveError(f"archive {archive.root} holds no version yet")
    return archive
