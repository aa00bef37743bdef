"""A run: one crawl writing into the archive, committed as one version (or nothing).

Why it survives a crash: a run works in `staging/<run_id>/` (its documents as they grow, in one
SQLite file, so dropping them is one unlink, not one per document), objects are written once
under their own hash and never rewritten, and a version appears only by the rename of a
complete, fsynced staging directory into `versions/`. Whatever is killed when, the last version
stays intact; the next run clears the staging area.

A run's jobs, in the order a crawl calls them: `identify` (dedup against the index),
`stage` (merge into the document's object), `carry_over` / `mark_gone` (pages not fetched
anew), `commit` (settle ids, write objects and the manifest or changes, publish, then indexes and hooks).
"""

from __future__ import annotations

import dataclasses
import heapq
import json
import logging
import os
import shutil
import signal
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from archive.captures import ArchiveCaptures
from archive.cdxj import update_cdxj_index
from archive.files import (
    canonical_json_bytes,
    fsync_dir,
    manifest_line,
    sha256_bytes,
    sha256_file,
    write_file_durably,
    write_lines_durably,
    write_object,
)
from archive.history import FetchHistory, RunHistory
from archive.indexes import WorkingDocuments, open_indexes
from archive.lock import ArchiveLock
from archive.site_evidence import SiteEvidence
from archive.versions import (
    CHECKPOINT,
    DELTA,
    RUN_STATUSES,
    STATES,
    ChainPosition,
    chain_position,
    choose_manifest_kind,
    manifest_file_for,
    meta_self_hash,
    publish_version,
)
from pipelines.dedup import DedupKey, Identity, new_doc_id, normalise_for_dedup
from pipelines.document import Document
from pipelines.merge import canonical_site, is_gone, merge_copy, new_document_object, sorted_object
from pipelines.site_furniture import (
    FURNITURE_RULE,
    Furnished,
    FurniturePolicy,
    furniture_of,
    host_of,
    page_keys,
    refurnish,
    restore_site_furniture,
)
from pipelines.timestamps import iso, utc_now

logger = logging.getLogger(__name__)

# Tests kill a run at a named step of its commit (SPEECH_ARCHIVE_KILL_AT=commit:objects, ...) to
# show that whatever step a crash hits, the archive and its fetch history stay consistent.
KILL_AT = os.environ.get("SPEECH_ARCHIVE_KILL_AT")


def fault_point(step: str) -> None:
    if KILL_AT == step:
        os.kill(os.getpid(), signal.SIGKILL)


def refurnished(obj: dict, furniture: dict[int, int]) -> Furnished:
    """`refurnish` of a stored document object under its host's `furniture`. A host without
    furniture and a document none was taken from: what `refurnish` gives, without hashing every
    paragraph (nothing to put back, nothing to take out)."""
    text, removed, gaps = obj.get("text") or "", obj.get("removed") or [], obj.get("gaps") or []
    if not furniture and not any(piece.get("rule") == FURNITURE_RULE for piece in removed):
        return Furnished(text, list(removed), list(gaps))
    return refurnish(text, removed, gaps, furniture)


class Run:
    """One crawl writing into the archive; becomes version `.version` when committed."""

    def __init__(self, archive, lock: ArchiveLock, meta: dict):
        """`archive` is the archive.store.Archive it writes into (under `lock`)."""
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
        # The parent version's documents (doc id -> object hash), read when first needed: a run
        # that only carries pages over (an unchanged re-crawl) never reads its parent's manifest,
        # whose files `begin_run` has checked against their recorded sha256 already.
        self._parent_hashes_read: dict[str, str] | None = None
        self._dedup, self._urls = open_indexes(archive)
        self._working = WorkingDocuments(self.staging / "working.sqlite")
        # The run's fetch history: one connection, staged with the run, applied by its commit.
        self.history = RunHistory(FetchHistory(archive.history_path), self.run_id)
        self.history.store.discard_others(self.run_id)  # what runs killed before their commit staged
        self.captures = ArchiveCaptures(archive.warc_dir)  # the crawl's WARC files, as fetched
        # Which blocks each host's article pages carry (site furniture): staged, applied at commit.
        self.site_evidence = SiteEvidence(archive.site_evidence_path, self.run_id)
        self.site_evidence.discard_others()
        # The policy the evidence was last applied with, unless the crawl's settings say otherwise
        # (crawler/run_binding.py): `reprocess` makes the documents the crawl made.
        self.furniture_policy = FurniturePolicy(**(self.site_evidence.policy() or {}))
        self._touched: set[str] = set()
        self._seen: set[str] = set()
        self._created: set[str] = set()  # ids first given in this run (provisional until commit)
        self.renamed: dict[str, str] = {}  # provisional id -> the id it was committed under
        self._hooks: list[Callable[[], object]] = []
        self.counters: Counter = Counter()
        self.after_commit_errors: list[Exception] = []  # failures once the version was durable
        # A write the crawl could not make (a full disk): the run cannot be committed whole.
        self.write_failure: BaseException | None = None
        self.closed = False

    def __repr__(self) -> str:
        return f"Run({self.run_id!r}, version={self.version})"

    @property
    def _parent_hashes(self) -> dict[str, str]:
        if self._parent_hashes_read is None:
            hashes: dict[str, str] = {}
            if self.parent is not None:
                for entry in self.archive.iter_manifest(self.parent):
                    if entry["state"] != "removed":
                        hashes[entry["doc_id"]] = entry["hash"]
            self._parent_hashes_read = hashes
        return self._parent_hashes_read

    def _parent_documents(self) -> int:
        """How many documents the parent version holds (not removed): from its meta's counts when
        the manifest was not needed so far (a meta of the delta-aware store: new, changed and
        unchanged are exactly its live entries), else from the manifest."""
        if self._parent_hashes_read is None and self.parent is not None:
            meta = self.archive.meta(self.parent)
            counts = meta.get("documents") or {}
            if "manifest_kind" in meta and all(
                isinstance(counts.get(s), int) for s in ("new", "changed", "unchanged")
            ):
                return counts["new"] + counts["changed"] + counts["unchanged"]
        return len(self._parent_hashes)

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
    def identify(self, doc: Document, key: DedupKey | None = None) -> Identity:
        """Dedup: which document `doc` is a copy of (exact, near, truncated), or a new id.

        The document joins the dedup index at once, so a later copy in the same run finds it.
        The id of a document first seen in this run is provisional until `commit` (see
        `_settle_new_doc_ids`); `final_id` maps it afterwards.
        """
        self._check_open()
        if key is None:
            norm = normalise_for_dedup(doc.text or "")
        else:  # normalised and hashed by a worker process (`pipelines.dedup.dedup_key`)
            norm = key.norm
            self._dedup.know_fingerprint(key)
        match = self._dedup.match(norm)
        doc_id = match.doc_id if match else new_doc_id(norm)
        if match is None:
            self._created.add(doc_id)
        self._dedup.add(doc_id, norm, complete=doc.complete)
        return Identity(doc_id, match.kind if match else "exact")

    def stage(self, doc: Document, identity: Identity, seen_at: dict) -> str:
        """Archive one identified copy: merged into its document's object (the merge policy of
        pipelines/merge.py), which the commit writes. Returns the doc id."""
        self._check_open()
        doc_id = identity.doc_id
        copy_url = doc.url or (seen_at or {}).get("url") or ""
        existing = self._working_doc(doc_id)
        if existing is None:
            obj = new_document_object(doc_id, doc, copy_url, seen_at)
            self.counters["documents_created"] += 1
        else:
            obj = merge_copy(existing, doc, copy_url, seen_at, identity.kind)
            if copy_url in existing.get("urls", []):
                self.counters["copies_refetched"] += 1  # a page seen before, not a new copy
            else:
                self.counters[f"copies_matched/{identity.kind}"] += 1
        if copy_url:
            self._urls.add(copy_url, doc_id)
        if obj != existing:
            self._save_working(obj)
        self._seen.add(doc_id)
        self.counters["copies_added"] += 1
        return doc_id

    def staged_change(self, doc_id: str) -> tuple[str, dict] | None:
        """("new" | "changed", the document's object as staged so far), or None when the run has
        not changed it: what a feed of this run's documents gets. A document first seen in this
        run carries its provisional id (see `_settle_new_doc_ids`)."""
        obj = self._working.get(doc_id)
        if obj is None:
            return None
        parent = self._parent_hashes.get(doc_id)
        if parent is None:
            return "new", obj
        if sha256_bytes(canonical_json_bytes(obj)) == parent:
            return None
        return "changed", obj

    def add_documents(
        self,
        docs: list[Document],
        seen_at: dict,
        keys: list[DedupKey] | None = None,
        blocks: frozenset[int] | None = None,
    ) -> list[str]:
        """Dedup and stage the documents of one fetched article; returns their doc ids.
        `keys`: their dedup keys when a worker process made them (one per document); `blocks`:
        likewise the page's block keys (`pipelines.site_furniture.page_keys` of their texts)."""
        self.record_blocks(seen_at["url"], docs, blocks)
        keys = keys if keys is not None and len(keys) == len(docs) else [None] * len(docs)
        return [
            self.stage(doc, self.identify(doc, key), seen_at) for doc, key in zip(docs, keys, strict=True)
        ]

    def record_blocks(
        self, article_url: str, docs: list[Document], blocks: frozenset[int] | None = None
    ) -> None:
        """Site evidence: the blocks the article page at `article_url` carries (its documents as
        extracted, before any site furniture is taken out); the commit decides what is furniture.
        `blocks`: their keys when a worker process computed them (`page_keys` of the texts)."""
        self._check_open()
        if blocks is None:
            blocks = page_keys(d.text for d in docs)
        self.site_evidence.stage_page(host_of(article_url), article_url.split("#", 1)[0], blocks)

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
                self._save_working(sorted_object(obj))

    def settle(self, article: str) -> None:
        """The outcome of the article first fetched at `article` reached the archive: the pages it
        was fetched from become known (asked conditionally) when this run commits."""
        self._check_open()
        self.history.settle(article)

    def add_commit_hook(self, fn: Callable[[], object]) -> None:
        """`fn()` runs once the version is durable and the fetch history applied (the catalog)."""
        self._hooks.append(fn)

    # -- ending ---------------------------------------------------------------------------
    def final_id(self, doc_id: str) -> str:
        """The id `doc_id` (as add_documents returned it) was committed under."""
        return self.renamed.get(doc_id, doc_id)

    def settle_documents(self) -> None:
        """Decide what the commit will write for the documents staged so far: site furniture from
        all the evidence, then each new document's id. The commit does it (again: a second time
        changes nothing); a feed of the run's documents does it first, once every page is in, so
        that its rows are the documents as committed."""
        self._check_open()
        self._apply_site_furniture()
        self._settle_new_doc_ids()

    def _settle_new_doc_ids(self) -> None:
        """Give each document first seen in this run the id of its canonical text.

        During the run a new document is keyed by whichever copy arrived first; which copy
        that is depends on download order (and, distributed, on which worker was faster).
        The canonical copy does not: the most complete one. Keying by it makes two crawls of
        the same sites give the same ids; once committed, an id never changes again.
        """
        for provisional in sorted(self._created):
            obj = self._working_doc(provisional)
            if obj is None:
                continue
            final = new_doc_id(normalise_for_dedup(obj.get("text") or ""))
            taken = final in self._parent_hashes or final in self._working
            if final == provisional or taken or self._dedup.has_doc(final):
                continue
            obj["doc_id"] = final
            self._save_working(sorted_object(obj))
            self._working.delete(provisional)
            for ids in (self._touched, self._seen):
                if provisional in ids:
                    ids.discard(provisional)
                    ids.add(final)
            self._dedup.rename_doc(provisional, final)
            self._urls.rename_doc(provisional, final)
            self.renamed[provisional] = final
        self._created.clear()

    def _apply_site_furniture(self) -> None:
        """Site furniture, from all the evidence (committed and this run's), on every document of
        each host this run read pages of: the documents staged now, and those archived earlier
        that carry a block whose standing changed. Done here, once every page of the run is in,
        so the documents do not depend on the order pages came in nor on which process read them.
        A document archived earlier that changes only because of this carries a revision saying so."""
        evidence = self.site_evidence
        furniture: dict[str, dict[int, int]] = {}
        doc_ids: set[str] = set()
        for host in evidence.staged_hosts():
            counts, pages = evidence.counts(host)
            furniture[host] = furniture_of(counts, pages, self.furniture_policy)
            changed = set(furniture[host]) ^ set(evidence.furniture(host))
            evidence.stage_furniture(host, furniture[host])
            for url in sorted(set(evidence.staged_urls(host)) | set(evidence.urls_carrying(host, changed))):
                doc_ids.update(self._urls.doc_ids(url))
        for doc_id in sorted(doc_ids):
            obj = self._working_doc(doc_id)
            if obj is None or is_gone(obj):
                continue
            canonical = next((c["url"] for c in obj.get("copies", []) if c["kind"] == "canonical"), "")
            host = host_of(canonical)
            if host not in furniture:
                furniture[host] = evidence.furniture(host)
            result = refurnished(obj, furniture[host])
            if (result.text, result.removed, result.gaps) == (
                obj.get("text"),
                obj.get("removed"),
                obj.get("gaps"),
            ):
                continue
            obj = dict(obj, text=result.text, removed=result.removed, gaps=result.gaps)
            revision = self._furniture_revision(doc_id, obj)
            if revision:
                obj["revisions"] = [*obj.get("revisions", []), revision]
                self.counters["documents_revised/site_furniture"] += 1
            self.counters["site_furniture/documents_changed"] += 1
            self._save_working(sorted_object(obj))

    def _furniture_revision(self, doc_id: str, obj: dict) -> dict | None:
        """The revision note of a document archived before this run whose text, as its page gave it,
        is the same, and whose site furniture is not: it changed because the evidence grew."""
        digest = self._parent_hashes.get(doc_id)
        if digest is None:
            return None
        parent = self.archive.load_object(digest)

        def as_extracted(o: dict) -> str:
            return restore_site_furniture(
                o.get("text") or "", o.get("removed") or [], o.get("gaps") or []
            ).text

        def pieces(o: dict) -> set[str]:
            return {r["text"] for r in o.get("removed") or [] if r.get("rule") == FURNITURE_RULE}

        if as_extracted(parent) != as_extracted(obj) or pieces(parent) == pieces(obj):
            return None
        return {
            "version": self.version,
            "reason": FURNITURE_RULE,
            "removed": len(pieces(obj) - pieces(parent)),
            "restored": len(pieces(parent) - pieces(obj)),
        }

    def _touched_entries(self) -> dict[str, dict]:
        """Write the touched documents' objects; their manifest entries, by doc id."""
        entries: dict[str, dict] = {}
        dirs: set[Path] = set()
        for doc_id, obj in self._working.items_by_id():
            if doc_id not in self._touched:
                continue
            data = canonical_json_bytes(obj)
            digest = sha256_bytes(data)
            dirs.add(write_object(self.archive.object_path(digest), data))
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

    def _state_counts(self, touched: dict[str, dict]) -> Counter:
        """Documents by state without reading the parent's manifest again: every live parent
        document the run did not touch is unchanged."""
        states = Counter(entry["state"] for entry in touched.values())
        states["unchanged"] += self._parent_documents()
        if touched:
            states["unchanged"] -= sum(1 for d in touched if d in self._parent_hashes)
        return states

    def _parent_position(self) -> ChainPosition | None:
        if self.parent is None:
            return None
        return chain_position(self.parent, self.archive.meta(self.parent), self.archive.meta)

    def commit(self, stats: dict | None = None, status: str = "complete") -> int:
        """Write the manifest (a checkpoint) or the changes (a delta) and the meta, publish the
        version atomically, release the lock."""
        self._check_open()
        if status not in RUN_STATUSES:
            raise ValueError(f"status must be one of {RUN_STATUSES}, not {status!r}")
        try:
            version_stage = self.staging / "version"
            version_stage.mkdir(parents=True, exist_ok=True)
            self._apply_site_furniture()
            fault_point("commit:furniture")
            self._settle_new_doc_ids()
            touched = self._touched_entries()
            fault_point("commit:objects")
            changes = [touched[k] for k in sorted(touched) if touched[k]["state"] != "unchanged"]
            change_lines = [manifest_line(entry) for entry in changes]
            parent = self._parent_position()
            kind = choose_manifest_kind(
                parent, sum(len(line) for line in change_lines), self.archive.checkpoint_policy
            )
            if kind == DELTA:
                lines: Iterable[bytes] = change_lines
                states = self._state_counts(touched)
            else:
                states = Counter()

                def checkpoint_lines():
                    for entry in self._manifest_entries(touched):
                        states[entry["state"]] += 1
                        yield manifest_line(entry)

                lines = checkpoint_lines()
            file_sha, file_bytes = write_lines_durably(version_stage / manifest_file_for(kind), lines)
            storage = self._storage_meta(kind, parent, file_sha, file_bytes)
            meta = self._meta(stats or {}, status, states, storage)
            write_file_durably(version_stage / "meta.json", canonical_json_bytes(meta))
            fsync_dir(version_stage)
            fault_point("commit:staged")
            publish_version(self.archive.versions_dir, version_stage, self.version)
        except BaseException:
            self._close(committed=False)
            raise
        # The version is durable: indexes, fetch history, hooks, lock. A failure here (a disk that
        # filled up) cannot undo it; it is kept in `after_commit_errors` for the caller to report.
        # Each is safe to lose: a stale index is rebuilt, and a page missing from the history is
        # fetched whole again by the next run.
        fault_point("commit:published")
        for index in (self._dedup, self._urls):
            try:
                index.set_meta("version", str(self.version))
                index.commit()
            except sqlite3.Error as exc:  # the stale stamp makes the next run rebuild it
                logger.exception("could not commit an archive index after version %s", self.version)
                self.after_commit_errors.append(exc)
        fault_point("commit:indexes")
        evidence_applied = False
        try:  # before the fetch history: a page it knows has its blocks in the evidence
            # (a kill inside the evidence's transaction rolls it back: tested at commit:evidence)
            self.site_evidence.apply(
                dataclasses.asdict(self.furniture_policy),
                before_commit=lambda: fault_point("commit:evidence"),
            )
            evidence_applied = True
        except sqlite3.Error as exc:
            logger.exception("could not apply the site evidence after version %s", self.version)
            self.after_commit_errors.append(exc)
        fault_point("commit:evidence-applied")
        # A page the history knows is not read again (a 304 carries it over): were its blocks not in
        # the evidence, the evidence would miss it for good. So the history waits for the evidence;
        # unapplied, it makes the next run fetch this run's pages whole (and stage their blocks).
        try:
            if evidence_applied:
                self.history.apply()
        except sqlite3.Error as exc:
            logger.exception("could not apply the fetch history after version %s", self.version)
            self.after_commit_errors.append(exc)
        fault_point("commit:history")
        for hook in self._hooks:
            try:
                hook()
            except Exception as exc:  # one broken hook must not undo a committed version
                logger.exception("commit hook %r failed after version %s", hook, self.version)
                self.after_commit_errors.append(exc)
        try:  # the run's WARC files are complete: replay tools find them through the CDXJ index
            update_cdxj_index(self.archive, self.captures.written_files())
        except Exception as exc:  # the next commit indexes whatever this one could not
            logger.exception("could not update the CDXJ index after version %s", self.version)
            self.after_commit_errors.append(exc)
        self._close(committed=True)
        return self.version

    def _storage_meta(self, kind: str, parent: ChainPosition | None, file_sha: str, file_bytes: int) -> dict:
        """What the meta says about how the version is stored (see versions.py)."""
        if kind == CHECKPOINT:
            return {
                "manifest_kind": CHECKPOINT,
                "manifest_sha256": file_sha,
                "manifest_bytes": file_bytes,
                "checkpoint": self.version,
                "deltas_since_checkpoint": 0,
                "delta_bytes_since_checkpoint": 0,
            }
        assert parent is not None
        return {
            "manifest_kind": DELTA,
            "changes_sha256": file_sha,
            "changes_bytes": file_bytes,
            "checkpoint": parent.checkpoint,
            "deltas_since_checkpoint": parent.deltas + 1,
            "delta_bytes_since_checkpoint": parent.delta_bytes + file_bytes,
        }

    def _meta(self, stats: dict, status: str, states: Counter, storage: dict) -> dict:
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
            **storage,
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
        try:
            if not committed:
                self.history.discard()
            self.history.close()
        except sqlite3.Error:
            logger.exception("closing the fetch history failed")  # its staged rows go with the next run
        try:
            if not committed:
                self.site_evidence.discard()
            self.site_evidence.close()
        except sqlite3.Error:
            logger.exception("closing the site evidence failed")  # its staged rows go with the next run
        for index in (self._dedup, self._urls):
            try:
                index.close()  # rolls back anything not committed
            except Exception:
                logger.exception("closing an archive index failed")
        shutil.rmtree(self.staging, ignore_errors=True)
        self._lock.release()
