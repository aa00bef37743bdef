"""Recheck stored files of an archive against the manifests and the hash chain.

What is checked, and how each file is covered:
- `versions/N/meta.json`: its own `meta_sha256`, and (for every N but the first) the next
  version's `parent_meta_sha256`; `version` and `parent` must follow the directory order, and a
  delta's `checkpoint` and `deltas_since_checkpoint` must follow from its parent's;
- `versions/N/manifest.jsonl` (a checkpoint) or `versions/N/changes.jsonl` (a delta):
  `manifest_sha256`/`manifest_bytes` or `changes_sha256`/`changes_bytes` in the meta;
- `objects/ab/<sha256>.json`: its size in the entry naming it, its own name (the sha256 of its
  bytes) and the doc id inside. Every object is named by the version that wrote it (as new,
  changed or removed), so checking the entries of every version's file covers them all;
- `warc/<run_id>-NNNNN.warc.gz`: sha256 and size recorded in the meta of the run that wrote it;
- `cdxj/index.cdxj`: there, when there are WARC files and `cdxj/` (archives older than the index
  get it at their next commit; it is derived from the WARCs, its bytes are recorded nowhere);
- the index stamp: an index built from a version that no longer exists means it was deleted.
Every bad, missing or truncated file is named (path relative to the archive root).

Two scopes: `verify_archive(archive)` reads every file of every version; `verify_archive(archive,
since=record)` reads byte for byte only the versions after the last one a previous verify
checked (the record, archive/verified.py), links them to it through the hash chain, and of the
earlier versions checks that every file is there with its recorded size (one stat a file:
metas, manifests and changes, objects, WARC files, and the CDXJ index), as restic's `check`
does without `--read-data`: one directory scan compared with the listing the record keeps
(archive/listing.py), file by file from the manifests only when that differs. A byte changed in place in an already verified file is found only
by a full verify (or by the read that meets it: reads check objects against their address).
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from archive.cdxj import cdxj_path
from archive.files import sha256_bytes, sha256_file
from archive.listing import stored_listing
from archive.store import Archive
from archive.verified import VerifiedRecord
from archive.versions import (
    CHANGES_FILE,
    CHECKPOINT,
    DELTA,
    MANIFEST_FILE,
    VERSION_RE,
    manifest_file,
    manifest_kind,
    meta_self_hash,
)

_PROBLEM_ORDER = {"missing": 0, "truncated": 1, "corrupt": 2, "chain": 3, "stray": 4}


@dataclass(frozen=True)
class Problem:
    path: str  # relative to the archive root
    kind: str  # missing | truncated | corrupt | chain | stray
    detail: str

    def __str__(self) -> str:
        return f"{self.path}: {self.kind}: {self.detail}"


@dataclass
class VerifyReport:
    versions: int = 0  # versions checked byte for byte
    objects: int = 0
    warc_files: int = 0
    files: int = 0  # files whose content was checked (metas, manifests and changes, objects, WARC)
    present: int = 0  # files of already verified versions found there with their recorded size
    present_objects: int = 0  # of which objects
    present_warc_files: int = 0  # of which WARC files
    first: int | None = None  # the versions checked byte for byte: first..last
    last: int | None = None
    since: VerifiedRecord | None = None  # None: every version was checked
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def full(self) -> bool:
        return self.since is None


def _rel(archive: Archive, path: Path) -> str:
    try:
        return str(path.relative_to(archive.root))
    except ValueError:
        return str(path)


def _check_sized_file(archive: Archive, path: Path, sha: str, size: int | None, report: VerifyReport) -> bool:
    """Compare a file with its recorded sha256 and size; record what is wrong."""
    rel = _rel(archive, path)
    if not path.is_file():
        report.problems.append(Problem(rel, "missing", "file is missing"))
        return False
    report.files += 1
    actual_sha, actual_size = sha256_file(path)
    if size is not None and actual_size < size:
        report.problems.append(Problem(rel, "truncated", f"{actual_size} of {size} bytes"))
        return False
    if actual_sha != sha:
        detail = "content does not match its sha256"
        if size is not None and actual_size != size:
            detail += f" ({actual_size} bytes, expected {size})"
        report.problems.append(Problem(rel, "corrupt", detail))
        return False
    return True


def _version_dirs(archive: Archive) -> list[Path]:
    if not archive.versions_dir.is_dir():
        return []
    return sorted(p for p in archive.versions_dir.iterdir() if VERSION_RE.match(p.name))


def verify_archive(archive: Archive, *, since: VerifiedRecord | None = None) -> VerifyReport:
    """Check every version, or (with `since`) the versions after `since.version`; never raises on
    damage, reports it."""
    report = VerifyReport(since=since)
    checked_objects: set[str] = set()
    previous: tuple[int, Path, dict | None] | None = None
    vdirs = all_vdirs = _version_dirs(archive)
    if since is not None:
        previous = _check_verified_part(archive, vdirs, since, report)
        vdirs = [vdir for vdir in vdirs if int(vdir.name) > since.version]
    for vdir in vdirs:
        number = int(vdir.name)
        report.versions += 1
        report.first = number if report.first is None else report.first
        report.last = number
        meta_path = vdir / "meta.json"
        meta = None
        if not meta_path.is_file():
            report.problems.append(Problem(_rel(archive, meta_path), "missing", "file is missing"))
        else:
            report.files += 1
            meta = _load_meta(archive, meta_path, report)
        if meta is not None:
            _check_chain(archive, number, meta, previous, report)
            entries_path = vdir / manifest_file(meta)
            if not entries_path.is_file():
                report.problems.append(Problem(_rel(archive, entries_path), "missing", "file is missing"))
            else:
                prefix = "changes" if manifest_kind(meta) == DELTA else "manifest"
                _check_sized_file(
                    archive,
                    entries_path,
                    meta.get(f"{prefix}_sha256", ""),
                    meta.get(f"{prefix}_bytes"),
                    report,
                )
                # Even a damaged file names objects worth checking.
                _check_objects(archive, entries_path, checked_objects, report, written_only=since is not None)
            for name, rec in sorted((meta.get("warc_files") or {}).items()):
                report.warc_files += 1
                _check_sized_file(
                    archive, archive.warc_dir / name, rec.get("sha256", ""), rec.get("bytes"), report
                )
        else:
            # Without its meta the file cannot be trusted, but its objects can still be checked.
            found = [vdir / name for name in (MANIFEST_FILE, CHANGES_FILE) if (vdir / name).is_file()]
            if not found:
                report.problems.append(
                    Problem(
                        _rel(archive, vdir / MANIFEST_FILE), "missing", "no manifest.jsonl or changes.jsonl"
                    )
                )
            for path in found:
                _check_objects(archive, path, checked_objects, report, written_only=False)
        previous = (number, meta_path, meta)
    report.objects = len(checked_objects)
    index = cdxj_path(archive.root)
    # Replay tools read the WARCs through it (archives from before the index have no cdxj/ yet).
    if (report.warc_files or report.present_warc_files) and index.parent.is_dir():
        _present_sized(archive, index, None, report)
    _check_index_stamp(archive, report, all_vdirs)
    report.problems.sort(key=lambda p: (p.path, _PROBLEM_ORDER.get(p.kind, 9)))
    return report


def _check_verified_part(
    archive: Archive, vdirs: list[Path], since: VerifiedRecord, report: VerifyReport
) -> tuple[int, Path, dict | None] | None:
    """The versions a previous verify checked: every file still there with its recorded size, the
    last version's meta unchanged (restic's `check` without `--read-data`).

    One stat a file (metas, manifests and changes, objects, WARC files): first as one directory
    scan compared with the listing the record keeps (archive/listing.py); when that differs, file
    by file from the metas and manifests, naming what is missing or of another size. Byte-for-byte
    checks of these files are `verify --full`'s. Returns the chain position the next version
    links to."""
    numbers = {int(vdir.name) for vdir in vdirs}
    last_dir = archive.version_dir(since.version)
    if since.version not in numbers:
        report.problems.append(
            Problem(_rel(archive, last_dir), "missing", f"verified at {since.verified_at}, now gone")
        )
        return None
    listing = stored_listing(archive.root, since.version) if since.stored_sha256 else None
    if listing is not None and listing.sha256 == since.stored_sha256:
        # Every file there with the size it had when it was read whole: one directory scan.
        report.present, report.present_objects = listing.files, listing.objects
        report.present_warc_files = listing.warc_files
    else:  # something differs (or an older record): file by file, to name it
        _check_verified_files(archive, numbers, since, report)
    meta_path = last_dir / "meta.json"
    if not meta_path.is_file():
        return None
    if sha256_file(meta_path)[0] != since.meta_sha256:
        report.problems.append(
            Problem(
                _rel(archive, meta_path), "corrupt", f"changed since it was verified at {since.verified_at}"
            )
        )
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        meta = None
    return since.version, meta_path, meta if isinstance(meta, dict) else None


def _check_verified_files(
    archive: Archive, numbers: set[int], since: VerifiedRecord, report: VerifyReport
) -> None:
    """One stat a file of the verified versions, from their metas and manifests: names each file
    missing or of another size than recorded."""
    seen_objects: set[str] = set()
    warcs = 0
    for number in range(1, since.version + 1):
        vdir = archive.version_dir(number)
        if number not in numbers:
            report.problems.append(Problem(_rel(archive, vdir), "missing", f"version {number} is missing"))
            continue
        meta = _present_meta(archive, vdir / "meta.json", report)
        if meta is None:
            continue
        entries_path = vdir / manifest_file(meta)
        prefix = "changes" if manifest_kind(meta) == DELTA else "manifest"
        if _present_sized(archive, entries_path, meta.get(f"{prefix}_bytes"), report):
            _present_objects(archive, entries_path, seen_objects, report)
        for name, rec in sorted((meta.get("warc_files") or {}).items()):
            warcs += 1
            _present_sized(archive, archive.warc_dir / name, rec.get("bytes"), report)
    report.present_objects = len(seen_objects)
    report.present_warc_files = warcs


def _present_sized(archive: Archive, path: Path, size: int | None, report: VerifyReport) -> bool:
    """The file is there (with `size` bytes, when recorded); one stat."""
    try:
        actual = os.stat(path).st_size
    except FileNotFoundError:
        report.problems.append(Problem(_rel(archive, path), "missing", "file is missing"))
        return False
    report.present += 1
    if size is not None and actual != size:
        kind = "truncated" if actual < size else "corrupt"
        report.problems.append(Problem(_rel(archive, path), kind, f"{actual} bytes, {size} recorded"))
    return True


def _present_meta(archive: Archive, path: Path, report: VerifyReport) -> dict | None:
    """A verified version's meta: there and readable (its bytes are vouched for by the hash chain
    up to the last verified meta, which is hashed)."""
    try:
        meta = json.loads(path.read_bytes())
    except FileNotFoundError:
        report.problems.append(Problem(_rel(archive, path), "missing", "file is missing"))
        return None
    except (UnicodeDecodeError, json.JSONDecodeError):
        report.problems.append(Problem(_rel(archive, path), "corrupt", "not valid JSON"))
        return None
    report.present += 1
    return meta if isinstance(meta, dict) else None


_UNCHANGED = b'"state":"unchanged"'  # manifest lines are compact JSON: a carried-over entry, skipped unparsed
# hash and size of a compact manifest line (keys sorted: doc_id, hash, site, size, ...); else JSON
_HASH_SIZE = re.compile(rb'"hash":"([0-9a-f]{64})",(?:"site":(?:null|"[^"\\]*"),)?"size":(\d+),')


def _present_objects(archive: Archive, entries_path: Path, seen: set[str], report: VerifyReport) -> None:
    """Every object the version wrote (entries not "unchanged"): there, with its recorded size.

    The cheapest loop of verify, run over every object of the verified versions: plain strings
    and one stat an object (a Path an object costs more than the stat)."""
    rel = _rel(archive, entries_path)
    objects = str(archive.objects_dir)
    with open(entries_path, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            if _UNCHANGED in raw:
                continue
            found = _HASH_SIZE.search(raw)
            if found is not None:
                digest, size = found.group(1).decode(), int(found.group(2))
            else:
                try:
                    entry = json.loads(raw)
                    digest, size = entry["hash"], entry.get("size")
                    if entry.get("state") == "unchanged":
                        continue
                except (ValueError, KeyError, TypeError, AttributeError):
                    report.problems.append(Problem(rel, "corrupt", f"line {lineno} is not a manifest entry"))
                    continue
            if digest in seen:
                continue
            seen.add(digest)
            path = f"{objects}/{digest[:2]}/{digest}.json"
            try:
                actual = os.stat(path).st_size
            except FileNotFoundError:
                report.problems.append(Problem(_rel(archive, Path(path)), "missing", "file is missing"))
                continue
            report.present += 1
            if size is not None and actual != size:
                kind = "truncated" if actual < size else "corrupt"
                report.problems.append(
                    Problem(_rel(archive, Path(path)), kind, f"{actual} bytes, {size} recorded")
                )


def _load_meta(archive: Archive, path: Path, report: VerifyReport) -> dict | None:
    rel = _rel(archive, path)
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        report.problems.append(Problem(rel, "corrupt", f"not valid JSON ({exc.__class__.__name__})"))
        return None
    if not isinstance(meta, dict):
        report.problems.append(Problem(rel, "corrupt", "not a JSON object"))
        return None
    if meta.get("meta_sha256") != meta_self_hash(meta):
        report.problems.append(Problem(rel, "corrupt", "content does not match its meta_sha256"))
    return meta


def _check_chain(archive: Archive, number: int, meta: dict, previous, report: VerifyReport) -> None:
    rel = _rel(archive, archive.version_dir(number) / "meta.json")
    if meta.get("version") != number:
        report.problems.append(
            Problem(rel, "chain", f"says version {meta.get('version')}, directory is {number}")
        )
    expected_parent = previous[0] if previous else None
    parent = meta.get("parent")
    if parent != expected_parent:
        if parent is not None and not archive.version_dir(parent).exists():
            missing = _rel(archive, archive.version_dir(parent))
            report.problems.append(
                Problem(missing, "missing", f"version {parent} (parent of {number}) is missing")
            )
        else:
            report.problems.append(Problem(rel, "chain", f"parent is {parent}, expected {expected_parent}"))
        return
    if previous is not None and previous[1].is_file():
        parent_sha, _ = sha256_file(previous[1])
        if parent_sha != meta.get("parent_meta_sha256"):
            report.problems.append(
                Problem(
                    _rel(archive, previous[1]), "corrupt", f"does not match the hash chain (version {number})"
                )
            )
    _check_delta_position(rel, number, meta, previous[2] if previous else None, report)


def _check_delta_position(rel: str, number: int, meta: dict, parent_meta: dict | None, report) -> None:
    """A delta builds on its parent's checkpoint, one delta further along the chain."""
    if manifest_kind(meta) != DELTA:
        return
    if parent_meta is None:
        if meta.get("parent") is None:
            report.problems.append(Problem(rel, "chain", "a delta with no parent version"))
        return
    if manifest_kind(parent_meta) == CHECKPOINT:
        expected = (meta.get("parent"), 1)
    else:
        expected = (parent_meta.get("checkpoint"), (parent_meta.get("deltas_since_checkpoint") or 0) + 1)
    found = (meta.get("checkpoint"), meta.get("deltas_since_checkpoint"))
    if found != expected:
        report.problems.append(
            Problem(rel, "chain", f"delta position (checkpoint, deltas) is {found}, expected {expected}")
        )


def _check_objects(
    archive: Archive, entries_path: Path, checked: set[str], report: VerifyReport, *, written_only: bool
) -> None:
    """The objects a manifest or changes file names (with `written_only`, only those its version
    wrote: entries not "unchanged")."""
    rel = _rel(archive, entries_path)
    with open(entries_path, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            try:
                entry = json.loads(raw)
                digest, doc_id = entry["hash"], entry["doc_id"]
            except (ValueError, KeyError, TypeError):
                report.problems.append(Problem(rel, "corrupt", f"line {lineno} is not a manifest entry"))
                continue
            if digest in checked or (written_only and entry.get("state") == "unchanged"):
                continue
            checked.add(digest)
            _check_object(archive, digest, doc_id, entry.get("size"), report)


def _check_object(archive: Archive, digest: str, doc_id: str, size: int | None, report: VerifyReport) -> None:
    """An object against its name (its sha256), its size and the doc id naming it: read once."""
    path = archive.object_path(digest)
    rel = _rel(archive, path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        report.problems.append(Problem(rel, "missing", "file is missing"))
        return
    report.files += 1
    if size is not None and len(data) < size:
        report.problems.append(Problem(rel, "truncated", f"{len(data)} of {size} bytes"))
        return
    if sha256_bytes(data) != digest:
        detail = "content does not match its sha256"
        if size is not None and len(data) != size:
            detail += f" ({len(data)} bytes, expected {size})"
        report.problems.append(Problem(rel, "corrupt", detail))
        return
    try:
        stored_id = json.loads(data).get("doc_id")
    except (ValueError, AttributeError):
        stored_id = None
    if stored_id != doc_id:
        report.problems.append(Problem(rel, "corrupt", f"holds {stored_id}, manifest says {doc_id}"))


def _check_index_stamp(archive: Archive, report: VerifyReport, vdirs: list[Path]) -> None:
    path = archive.index_dir / "dedup.sqlite"
    if not path.is_file():
        return
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        finally:
            db.close()
    except sqlite3.Error:
        return  # the index is derived data, rebuilt by the next run; not an archived file
    stamped = int(row[0]) if row and str(row[0]).isdigit() else 0
    latest = max((int(vdir.name) for vdir in vdirs), default=0)
    if stamped > latest:
        missing = _rel(archive, archive.version_dir(stamped))
        report.problems.append(Problem(missing, "missing", f"version {stamped} was committed but is gone"))
