"""The archive directory and its read API: versions, manifests, document objects.

Layout (see README): `versions/NNNNNN/meta.json` with `manifest.jsonl` (a checkpoint) or
`changes.jsonl` (a delta on the checkpoint before it, see versions.py), `objects/ab/<sha256>.json`,
`warc/`, `history.sqlite`, `index/` (dedup and URL indexes, search catalog: derived data),
`staging/<run_id>/`, `logs/`, `reports/`, and `lock`. Reading never needs the lock; writing goes
through `begin_run` (archive/writing.py). The write side lives in files.py (bytes on disk), versions.py
(manifests, hash chain, publishing), indexes.py (derived indexes, working documents) and writing.py (a run).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

from archive.catalog import refresh_catalog
from archive.lock import ArchiveLock, ArchiveLocked  # noqa: F401  (re-exported for callers)
from archive.versions import (
    CHANGES_FILE,
    DEFAULT_POLICY,
    MANIFEST_FILE,
    VERSION_RE,
    CheckpointPolicy,
    iter_version_entries,
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
        """Committed versions, oldest first (a directory counts once its meta and its manifest or
        changes file exist)."""
        if not self.versions_dir.is_dir():
            return []
        found = []
        for child in self.versions_dir.iterdir():
            if VERSION_RE.match(child.name) and (child / "meta.json").is_file():
                if (child / MANIFEST_FILE).is_file() or (child / CHANGES_FILE).is_file():
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
        """Every manifest entry of the version, sorted by doc_id, streamed: read from its
        checkpoint, or from the checkpoint and the deltas up to it (versions.py)."""
        version = self._resolve(version)
        yield from iter_version_entries(self.version_dir, version, self.meta(version))

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

    def check_writable_here(self) -> None:
        """ArchiveError unless the root is an archive, an empty folder, or not there yet: a crawl
        pointed at the wrong folder must not scatter an archive's layout into it."""
        if self.root.exists():
            if not self.root.is_dir():
                raise ArchiveError(f"{self.root} is not an archive (it is a file)")
            if not self.versions_dir.is_dir() and any(self.root.iterdir()):
                raise ArchiveError(f"{self.root} is not an archive (no versions/ directory) and is not empty")
        check_writable(self.root)

    def begin_run(self, meta: dict | None = None) -> Run:
        """Take the write lock (ArchiveLocked if another live writer has it) and open a run."""

        self.check_writable_here()
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
