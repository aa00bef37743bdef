"""A way back from a damaged version: set it aside, never delete it, and go on from the last intact one.

`set_aside_damaged(archive)` finds the oldest version whose own files are not as recorded (its
meta against its `meta_sha256` and its parent's hash link, its manifest or changes file against
the sha256 the meta records) and moves it, and every version after it (they build on it: deltas
are read through it, and each meta names its parent's by hash), into
`quarantine/<when>/versions/`, with a `note.json` saying what was damaged, which versions were
set aside and why. What was derived from those versions goes with them: the fetch history (it
names captures of the set-aside runs, so the next crawl would take their pages as already
archived; and the site evidence, which counts their pages), the dedup, URL and search indexes (stamped with a version that is gone; rebuilt from
the last intact version), and `verified.json` when it names a set-aside version. Nothing is
deleted. The next run then builds on the last intact version, and its meta names what was set
aside (`run.set_aside`, see `pending_notes`), so the chain records what happened.

A damaged object is not set aside here: it belongs to every version that names it. A run that
makes the same object again restores it (files.write_object replaces a file whose bytes are
not its address); `speech-archive reprocess` rebuilds a damaged object from its captures.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from archive.damaged import ArchiveDamaged, relative
from archive.files import canonical_json_bytes, fsync_dir, sha256_file, write_file_durably
from archive.intact import check_file, check_meta, entries_digest
from archive.verified import RECORD_FILE, load_record
from archive.versions import manifest_file
from pipelines.timestamps import iso, utc_now

QUARANTINE_DIR = "quarantine"
NOTE_FILE = "note.json"
DERIVED_INDEXES = ("dedup.sqlite", "urls.sqlite", "catalog.sqlite")


@dataclass(frozen=True)
class SetAside:
    versions: list[int]
    damage: ArchiveDamaged
    folder: Path  # quarantine/<when>


def first_damaged_version(archive) -> tuple[int, ArchiveDamaged] | None:
    """The oldest version whose meta, manifest or changes file, or link to its parent's meta, is
    not as recorded; None when every version's own files are intact (objects are not read)."""
    previous_meta: Path | None = None
    for number in archive.versions():
        meta_path = archive.version_dir(number) / "meta.json"
        try:
            meta = check_meta(archive.root, meta_path)
            check_file(archive.root, archive.version_dir(number) / manifest_file(meta), *entries_digest(meta))
            recorded = meta.get("parent_meta_sha256")
            if previous_meta is not None and recorded is not None and previous_meta.is_file():
                if sha256_file(previous_meta)[0] != recorded:
                    raise ArchiveDamaged(
                        relative(archive.root, previous_meta),
                        f"does not match the hash chain (version {number})",
                    )
        except ArchiveDamaged as exc:
            if previous_meta is not None and exc.path == relative(archive.root, previous_meta):
                return number - 1, exc  # the parent's meta was edited after its child was written
            return number, exc
        previous_meta = meta_path
    return None


def set_aside_damaged(archive) -> SetAside | None:
    """Move the oldest damaged version and every later one into quarantine (with what was derived
    from them), under the archive's lock; None when there is nothing to set aside."""
    from archive.lock import ArchiveLock

    lock = ArchiveLock(archive.lock_path)
    lock.acquire()
    try:
        found = first_damaged_version(archive)
        if found is None:
            return None
        first, damage = found
        versions = [v for v in archive.versions() if v >= first]
        stamp = utc_now().strftime("%Y%m%dT%H%M%SZ")
        folder = archive.root / QUARANTINE_DIR / f"{stamp}-v{first:06d}"
        (folder / "versions").mkdir(parents=True)
        (folder / "index").mkdir()
        note = {
            "set_aside_at": iso(utc_now()),
            "versions": versions,
            "damage": {"path": damage.path, "detail": damage.detail},
            "why": (
                f"version {first} is damaged ({damage}); the versions after it build on it. "
                f"The next run builds on version {first - 1 if first > 1 else 'none'}."
            ),
            "moved": [],
            "recorded_in": None,  # the version whose meta names this (set by its commit)
        }
        moves = [
            (archive.version_dir(v), folder / "versions" / archive.version_dir(v).name) for v in versions
        ]
        for name in DERIVED_INDEXES:
            moves.append((archive.index_dir / name, folder / "index" / name))
        for derived in (archive.history_path, archive.site_evidence_path):  # both name set-aside runs' pages
            for suffix in ("", "-wal", "-shm"):
                moves.append((Path(f"{derived}{suffix}"), folder / f"{derived.name}{suffix}"))
        record = load_record(archive.root)
        if record is not None and record.version >= first:
            moves.append((archive.root / RECORD_FILE, folder / RECORD_FILE))
        # The note first: a crash part-way leaves a note saying what was meant, the rest in place.
        write_file_durably(folder / NOTE_FILE, canonical_json_bytes(note))
        for source, target in moves:
            if source.exists():
                os.rename(source, target)
                note["moved"].append(relative(archive.root, source))
        write_file_durably(folder / NOTE_FILE, canonical_json_bytes(note))
        for path in {archive.versions_dir, archive.index_dir, archive.root, folder, folder / "versions"}:
            if path.is_dir():
                fsync_dir(path)
        return SetAside(versions, damage, folder)
    finally:
        lock.release()


def pending_notes(root: Path) -> list[Path]:
    """Notes of set-aside versions no committed version names yet."""
    quarantine = Path(root) / QUARANTINE_DIR
    if not quarantine.is_dir():
        return []
    notes = []
    for note in sorted(quarantine.glob(f"*/{NOTE_FILE}")):
        try:
            if json.loads(note.read_text(encoding="utf-8")).get("recorded_in") is None:
                notes.append(note)
        except (OSError, ValueError):
            continue
    return notes


def describe_notes(root: Path, notes: list[Path]) -> list[dict]:
    """What a run's meta says of the set-aside versions it follows."""
    described = []
    for note in notes:
        data = json.loads(note.read_text(encoding="utf-8"))
        described.append(
            {
                "quarantine": relative(Path(root), note.parent),
                "versions": data["versions"],
                "damage": data["damage"],
            }
        )
    return described


def mark_recorded(notes: list[Path], version: int) -> None:
    """The version `version` names these set-aside versions in its meta: say so in their notes."""
    for note in notes:
        data = json.loads(note.read_text(encoding="utf-8"))
        data["recorded_in"] = version
        write_file_durably(note, canonical_json_bytes(data))
