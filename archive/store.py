"""The archive directory and its read API: versions, manifests, document objects.

Layout (see README): `versions/NNNNNN/meta.json` with `manifest.jsonl` (a checkpoint) or
`changes.jsonl` (a delta on the checkpoint before it, see versions.py), `objects/ab/<sha256>.json`,
`warc/`, `history.sqlite`, `index/` (dedup and URL indexes, search catalog: derived data),
`staging/<run_id>/`, `logs/`, `reports/`, and `lock`. Reading never needs the lock; writing goes
through `begin_run` (archive/writing.py), which first checks the version it builds on
(archive/intact.py). Every read checks what it reads: an object against its address
(`load_object`, the one place), a manifest or changes file against its meta's sha256; damage is
ArchiveDamaged (archive/damaged.py), naming the file. The write side lives in files.py (bytes on disk), versions.py
(manifests, hash chain, publishing), indexes.py (derived indexes, working documents) and writing.py (a run).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

from archive.catalog import refresh_catalog
from archive.damaged import ArchiveDamaged, relative  # noqa: F401  (ArchiveDamaged re-exported)
from archive.files import sha256_bytes
from archive.intact import check_file, check_version_intact, read_meta
from archive.lock import ArchiveLock, ArchiveLocked  # noqa: F401  (re-exported for callers)
from archive.repair import describe_notes, mark_recorded, pending_notes
from archive.versions import (
    CHANGES_FILE,
    DEFAULT_POLICY,
    DELTA,
    VERSION_RE,
    CheckpointPolicy,
    entries_digest,
    iter_version_entries,
    manifest_kind,
    read_entries,
)
from archive.writing import Run

logger = logging.getLogger(__name__)


class ArchiveError(Exception):
    """A request the archive cannot answer (no such version or document); one clear line."""


# --- the archive ---------------------------------------------------------------------------------
class Archive:
    """An archive directory. Reading never needs the lock; writing goes through `begin_run`."""

    def __init__(self, root: Path | str, *, checkpoint_policy: CheckpointPolicy = DEFAULT_POLICY):
        self.root = Path(root)
        self.checkpoint_policy = checkpoint_policy  # how the runs opened here store their versions
        self.versions_dir = self.root / "versions"
        self.objects_dir = self.root / "objects"
        self.warc_dir = self.root / "warc"
        self.history_path = self.root / "history.sqlite"
        self.site_evidence_path = self.root / "site_evidence.sqlite"  # archive/site_evidence.py
        self.index_dir = self.root / "index"
        self.staging_dir = self.root / "staging"
        self.logs_dir = self.root / "logs"
        self.reports_dir = self.root / "reports"
        self.lock_path = self.root / "lock"
        self._manifest_cache: tuple[int, dict] | None = None
        self._warcs_checked: set[str] = set()
        self.damage_met: list[ArchiveDamaged] = []  # damaged objects the reads of this Archive met

    def __repr__(self) -> str:
        return f"Archive({str(self.root)!r})"

    def exists(self) -> bool:
        return self.versions_dir.is_dir()

    # -- versions -------------------------------------------------------------------------
    def version_dir(self, version: int) -> Path:
        return self.versions_dir / f"{int(version):06d}"

    def versions(self) -> list[int]:
        """Committed versions, oldest first: every `versions/NNNNNN` directory (one appears only by
        the rename of a complete staged version, so a file missing from it is damage, which the
        reads name, never a version that is not there)."""
        if not self.versions_dir.is_dir():
            return []
        return sorted(
            int(child.name)
            for child in self.versions_dir.iterdir()
            if VERSION_RE.match(child.name) and child.is_dir()
        )

    def latest(self) -> int | None:
        versions = self.versions()
        return versions[-1] if versions else None

    def _resolve(self, version: int | None) -> int:
        if version is None:
            latest = self.latest()
            if latest is None:
                raise ArchiveError(f"archive {self.root} holds no version yet")
            return latest
        if not self.version_dir(version).is_dir():
            raise ArchiveError(f"archive {self.root} has no version {version}")
        return int(version)

    def meta(self, version: int | None = None) -> dict:
        """The version's meta.json (ArchiveDamaged when it is no JSON object)."""
        version = self._resolve(version)
        return read_meta(self.root, self.version_dir(version) / "meta.json")

    def iter_manifest(self, version: int | None = None) -> Iterator[dict]:
        """Every manifest entry of the version, sorted by doc_id, streamed: read from its
        checkpoint, or from the checkpoint and the deltas up to it (versions.py). Each file is
        hashed as it is read: ArchiveDamaged, at its end, if it is not what its meta records."""
        version = self._resolve(version)
        yield from iter_version_entries(self.version_dir, version, self.meta(version), self.meta, self.root)

    def changed_entries(self, version: int | None = None) -> Iterator[dict]:
        """The entries the version made new, changed or removed, by doc_id: a delta's own changes
        file (hashed as it is read, as `iter_manifest` does), without reading its checkpoint and
        the deltas before it; of a checkpoint, its entries that are not unchanged."""
        version = self._resolve(version)
        meta = self.meta(version)
        if manifest_kind(meta) == DELTA:
            path = self.version_dir(version) / CHANGES_FILE
            yield from (
                e for e in read_entries(path, entries_digest(meta), self.root) if e["state"] != "unchanged"
            )
            return
        yield from (e for e in self.iter_manifest(version) if e["state"] != "unchanged")

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
        """The object stored under `digest`, checked against its address as it is read: the one
        place every read of a document goes through. ArchiveDamaged if it is missing, unreadable
        or its bytes are not the ones the address names (never altered text handed on as good)."""
        path = self.object_path(digest)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise self._damaged(path, "file is missing") from None
        except OSError as exc:
            raise self._damaged(path, f"cannot be read ({exc.strerror or exc})") from None
        if sha256_bytes(data) != digest:
            raise self._damaged(path, "content does not match its address (sha256)")
        return json.loads(data)

    def _damaged(self, path: Path, detail: str) -> ArchiveDamaged:
        """The error for a damaged file, remembered in `damage_met`: a run that met one while
        merging into a document (inside Scrapy, which logs it and goes on) is not committed."""
        exc = ArchiveDamaged(relative(self.root, path), detail)
        self.damage_met.append(exc)
        return exc

    def document(self, doc_id: str, version: int | None = None) -> dict:
        """The stored object of `doc_id` as of `version` (latest by default); ArchiveError for a
        document the version does not hold, saying in which version it was removed if it was."""
        version = self._resolve(version)
        entry = self.manifest(version).get(doc_id)
        if entry is None or entry["state"] == "removed":
            removed_in = version if entry is not None else self.removed_in(doc_id, version)
            if removed_in is None:
                raise ArchiveError(f"no document {doc_id} in version {version}")
            raise ArchiveError(
                f"document {doc_id} was removed in version {removed_in}"
                + (f"; its last text: show {doc_id} --version {removed_in - 1}" if removed_in > 1 else "")
            )
        return self.load_object(entry["hash"])

    def removed_in(self, doc_id: str, version: int) -> int | None:
        """The version up to `version` in which `doc_id` was last removed, or None (never held)."""
        for number in reversed([v for v in self.versions() if v <= version]):
            entry = next((e for e in self.iter_manifest(number) if e["doc_id"] == doc_id), None)
            if entry is not None:
                return number if entry["state"] == "removed" else None
        return None

    def documents(
        self,
        version: int | None = None,
        *,
        include_removed: bool = False,
        on_damaged: Callable[[ArchiveDamaged], None] | None = None,
    ) -> Iterator[dict]:
        """Every document of a version (those removed in it only with include_removed). A damaged
        object raises ArchiveDamaged, or with `on_damaged` is handed to it and skipped."""
        for entry in self.iter_manifest(version):
            if entry["state"] == "removed" and not include_removed:
                continue
            try:
                obj = self.load_object(entry["hash"])
            except ArchiveDamaged as exc:
                # The entry itself may be what is damaged (a hash digit changed): the manifest is
                # checked whole at its end, so name it now rather than the object it misnames.
                self.check_intact(self._resolve(version))
                if on_damaged is None:
                    raise
                on_damaged(exc)
                continue
            yield obj

    # -- WARC files ----------------------------------------------------------------------
    def warc_records(self) -> dict[str, dict]:
        """Every committed WARC file's recorded sha256 and size, by name (from the versions' metas)."""
        records: dict[str, dict] = {}
        for number in self.versions():
            records.update(self.meta(number).get("warc_files") or {})
        return records

    def check_warc(self, name: str) -> Path:
        """The path of WARC file `name`, checked (once per Archive) against the sha256 and size its
        run's meta records before anything is read from it; ArchiveDamaged if it is not as recorded."""
        path = self.warc_dir / name
        if name not in self._warcs_checked:
            record = self.warc_records().get(name)
            if record is None:
                if not path.is_file():
                    raise ArchiveDamaged(relative(self.root, path), "file is missing")
            else:
                check_file(self.root, path, record.get("sha256"), record.get("bytes"))
            self._warcs_checked.add(name)
        return path

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

    def check_writable_here(self) -> None:
        """ArchiveError unless the root is an archive, an empty folder, or not there yet (a crawl
        pointed at the wrong folder must not scatter an archive's layout into it), and writable;
        ArchiveDamaged before that when the version to build on is damaged (damage is named
        first: it is what the archivist must act on, read-only or not)."""
        if self.root.exists():
            if not self.root.is_dir():
                raise ArchiveError(f"{self.root} is not an archive (it is a file)")
            if not self.versions_dir.is_dir() and any(self.root.iterdir()):
                raise ArchiveError(f"{self.root} is not an archive (no versions/ directory) and is not empty")
            self.check_intact()
        check_writable(self.root)

    def check_intact(self, version: int | None = None) -> None:
        """ArchiveDamaged naming the first file of `version` (default: the latest) that is not as
        recorded: what a writer checks before it builds on a version (archive/intact.py)."""
        version = self.latest() if version is None else version
        if version is not None:
            check_version_intact(self.root, self.version_dir, version)

    def begin_run(self, meta: dict | None = None) -> Run:
        """Take the write lock (ArchiveLocked if another live writer has it) and open a run.

        The version the run builds on is checked first (`check_intact`): on damage ArchiveDamaged
        names the file, and nothing at all is written."""

        self.check_writable_here()
        checked = self.latest()
        self.check_intact(checked)
        self.ensure_layout()
        lock = ArchiveLock(self.lock_path)
        lock.acquire()
        try:
            if self.latest() != checked:  # a writer committed between the check and the lock
                self.check_intact()
            if lock.stale_owner:
                logger.warning("took over a stale archive lock (pid %s since %s)", *lock.stale_owner)
            self.clear_staging()
            meta = dict(meta or {})
            notes = pending_notes(self.root)  # versions set aside by `repair` since the last commit
            if notes:
                meta["set_aside"] = describe_notes(self.root, notes)
            run = Run(self, lock, meta)
            if notes:
                run.add_commit_hook(lambda: mark_recorded(notes, run.version))
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


def check_writable(root: Path) -> None:
    """ArchiveError unless `root` (or, not there yet, the folder it would be made in) can be
    written: a read-only mount is one line before a run opens (access(2) sees it, even as root)."""
    existing = next((p for p in (root, *root.absolute().parents) if p.exists()), None)
    if existing is None or os.access(existing, os.W_OK):
        return
    if os.statvfs(existing).f_flag & os.ST_RDONLY:
        raise ArchiveError(f"{root} is on a read-only file system: nothing can be written there")
    raise ArchiveError(f"{root} is not writable by this user ({existing})")


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
