"""Recheck every stored file of an archive against the manifests and the hash chain.

What is checked, and how each file is covered:
- `versions/N/meta.json`: its own `meta_sha256`, and (for every N but the first) the next
  version's `parent_meta_sha256`; `version` and `parent` must follow the directory order;
- `versions/N/manifest.jsonl`: `manifest_sha256` and `manifest_bytes` in the meta;
- `objects/ab/<sha256>.json`: its size in the manifest entry, its own name (the sha256 of its
  bytes) and the doc id inside;
- `warc/<run_id>-NNNNN.warc.gz`: sha256 and size recorded in the meta of the run that wrote it;
- the index stamp: an index built from a version that no longer exists means it was deleted.
Every bad, missing or truncated file is named (path relative to the archive root).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from archive.files import sha256_file
from archive.store import Archive
from archive.versions import VERSION_RE, meta_self_hash

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
    versions: int = 0
    objects: int = 0
    warc_files: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


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


def verify_archive(archive: Archive) -> VerifyReport:
    """Check everything; never raises on damage, reports it."""
    report = VerifyReport()
    checked_objects: set[str] = set()
    previous: tuple[int, Path] | None = None
    for vdir in _version_dirs(archive):
        number = int(vdir.name)
        report.versions += 1
        meta_path, manifest_path = vdir / "meta.json", vdir / "manifest.jsonl"
        for path in (meta_path, manifest_path):
            if not path.is_file():
                report.problems.append(Problem(_rel(archive, path), "missing", "file is missing"))
        meta = _load_meta(archive, meta_path, report) if meta_path.is_file() else None
        if meta is not None:
            _check_chain(archive, number, meta, previous, report)
            if manifest_path.is_file():
                _check_sized_file(
                    archive,
                    manifest_path,
                    meta.get("manifest_sha256", ""),
                    meta.get("manifest_bytes"),
                    report,
                )
                # Even a damaged manifest names objects worth checking.
                _check_objects(archive, manifest_path, checked_objects, report)
            for name, rec in sorted((meta.get("warc_files") or {}).items()):
                report.warc_files += 1
                _check_sized_file(
                    archive, archive.warc_dir / name, rec.get("sha256", ""), rec.get("bytes"), report
                )
        elif manifest_path.is_file():
            # Without its meta the manifest cannot be trusted, but its objects can still be checked.
            _check_objects(archive, manifest_path, checked_objects, report)
        previous = (number, meta_path)
    report.objects = len(checked_objects)
    _check_index_stamp(archive, report)
    report.problems.sort(key=lambda p: (p.path, _PROBLEM_ORDER.get(p.kind, 9)))
    return report


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


def _check_objects(archive: Archive, manifest_path: Path, checked: set[str], report: VerifyReport) -> None:
    rel = _rel(archive, manifest_path)
    with open(manifest_path, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            try:
                entry = json.loads(raw)
                digest, doc_id = entry["hash"], entry["doc_id"]
            except (ValueError, KeyError, TypeError):
                report.problems.append(Problem(rel, "corrupt", f"line {lineno} is not a manifest entry"))
                continue
            if digest in checked:
                continue
            checked.add(digest)
            path = archive.object_path(digest)
            if _check_sized_file(archive, path, digest, entry.get("size"), report):
                try:
                    stored_id = json.loads(path.read_bytes()).get("doc_id")
                except (ValueError, AttributeError):
                    stored_id = None
                if stored_id != doc_id:
                    report.problems.append(
                        Problem(_rel(archive, path), "corrupt", f"holds {stored_id}, manifest says {doc_id}")
                    )


def _check_index_stamp(archive: Archive, report: VerifyReport) -> None:
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
    latest = archive.latest() or 0
    if stamped > latest:
        missing = _rel(archive, archive.version_dir(stamped))
        report.problems.append(Problem(missing, "missing", f"version {stamped} was committed but is gone"))
