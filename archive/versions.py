"""Versions: their numbering and states, the manifest's line form, checkpoints and deltas, the hash
chain, publishing.

A version's manifest lists every document it holds (doc id, object hash, state). It is stored in
one of two ways, named by `manifest_kind` in its meta:

- a **checkpoint** (`manifest.jsonl`): every entry, as archives have always been written (a meta
  without `manifest_kind` is a checkpoint);
- a **delta** (`changes.jsonl`): only the entries new, changed or removed in this version. Every
  other document of its parent is "unchanged", and documents removed in the parent are gone. Its
  meta names the checkpoint it builds on (`checkpoint`); the versions between them are deltas.

Reading a delta version reads its checkpoint and the deltas after it, never more: the
`CheckpointPolicy` (see `choose_manifest_kind`) writes a checkpoint instead of a delta once the
chain would pass `max_deltas` deltas or `max_delta_fraction` of the checkpoint's bytes.

A version appears only by the rename of a complete, fsynced staging directory into `versions/`
(`publish_version`); its meta carries the sha256 of its manifest or changes file and of its
parent's meta, and its own hash (`meta_self_hash`), so `verify` can walk the chain.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from archive.damaged import ArchiveDamaged, relative
from archive.files import canonical_json_bytes, fsync_dir, sha256_bytes, sha256_file

VERSION_RE = re.compile(r"^\d{6}$")
STATES = ("new", "changed", "unchanged", "removed")
RUN_STATUSES = ("complete", "partial", "interrupted")

MANIFEST_FILE = "manifest.jsonl"  # a checkpoint: every entry of the version
CHANGES_FILE = "changes.jsonl"  # a delta: the entries new, changed or removed in the version
CHECKPOINT, DELTA = "checkpoint", "delta"


@dataclass(frozen=True)
class CheckpointPolicy:
    """When a version is written whole (a checkpoint) rather than as its changes (a delta).

    Reading any version reads one checkpoint plus at most `max_deltas` deltas that together hold
    at most `max_delta_fraction` of the checkpoint's bytes: at most 1.2 checkpoints' worth of
    entries by default. An unchanged version is a delta of zero entries, so on an archive that
    hardly changes a checkpoint comes every `max_deltas + 1` versions: 10^5 documents (a 20 MB
    manifest) then cost about 40 KB of manifest a version instead of 20 MB.
    """

    max_deltas: int = 500
    max_delta_fraction: float = 0.2

    def allows_delta(self, parent: ChainPosition, delta_bytes: int) -> bool:
        return (
            parent.deltas + 1 <= self.max_deltas
            and parent.delta_bytes + delta_bytes <= self.max_delta_fraction * parent.checkpoint_bytes
        )


DEFAULT_POLICY = CheckpointPolicy()


@dataclass(frozen=True)
class ChainPosition:
    """Where a version stands in its delta chain: the checkpoint it reads from, and the deltas
    (count, bytes) from that checkpoint up to and including itself."""

    checkpoint: int
    checkpoint_bytes: int
    deltas: int
    delta_bytes: int


def manifest_kind(meta: dict) -> str:
    return meta.get("manifest_kind") or CHECKPOINT  # archives written before deltas: all checkpoints


def manifest_file_for(kind: str) -> str:
    return CHANGES_FILE if kind == DELTA else MANIFEST_FILE


def manifest_file(meta: dict) -> str:
    """The file a version's entries are stored in: manifest.jsonl or changes.jsonl."""
    return manifest_file_for(manifest_kind(meta))


def entries_digest(meta: dict) -> tuple[str | None, int | None]:
    """The (sha256, bytes) a meta records for its manifest or changes file (None: not recorded,
    as in archives older than the hash chain)."""
    prefix = "manifest" if manifest_kind(meta) == CHECKPOINT else "changes"
    return meta.get(f"{prefix}_sha256"), meta.get(f"{prefix}_bytes")


def chain_position(version: int, meta: dict, checkpoint_meta: Callable[[int], dict]) -> ChainPosition:
    """The chain position of `version` (its meta given; `checkpoint_meta(n)` reads another's)."""
    if manifest_kind(meta) == CHECKPOINT:
        return ChainPosition(version, int(meta.get("manifest_bytes") or 0), 0, 0)
    base = int(meta["checkpoint"])
    return ChainPosition(
        base,
        int(checkpoint_meta(base).get("manifest_bytes") or 0),
        int(meta.get("deltas_since_checkpoint") or 0),
        int(meta.get("delta_bytes_since_checkpoint") or 0),
    )


def choose_manifest_kind(parent: ChainPosition | None, delta_bytes: int, policy: CheckpointPolicy) -> str:
    """A delta when the policy allows one on top of `parent`; else (and for a first version) a
    checkpoint."""
    if parent is None or not policy.allows_delta(parent, delta_bytes):
        return CHECKPOINT
    return DELTA


def read_entries(path: Path, digest: tuple[str | None, int | None] = (None, None), root: Path | None = None):
    """The entries of one manifest or changes file, in file order (by doc id), streamed.

    With `digest` (the sha256 and size its meta records) the file is hashed first (in C, a small
    part of parsing it) and ArchiveDamaged raised before any entry is handed on if it does not
    match; so is a line that is no JSON entry or a file that cannot be read: a damaged manifest
    is never taken for a good one."""
    name = relative(root, path) if root is not None else str(path)
    sha, size = digest
    try:
        if sha is not None or size is not None:
            actual_sha, actual_size = sha256_file(path)
            if size is not None and actual_size != size:
                raise ArchiveDamaged(name, f"{actual_size} bytes, its meta records {size}")
            if sha is not None and actual_sha != sha:
                raise ArchiveDamaged(name, "content does not match the sha256 its meta records")
        with open(path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    entry = json.loads(line)
                    if "hash" not in entry or "doc_id" not in entry:
                        raise ValueError
                except (ValueError, TypeError):
                    raise ArchiveDamaged(name, f"line {lineno} is not a manifest entry") from None
                yield entry
    except FileNotFoundError:
        raise ArchiveDamaged(name, "file is missing") from None
    except UnicodeDecodeError:
        raise ArchiveDamaged(name, "not UTF-8 text") from None
    except OSError as exc:
        raise ArchiveDamaged(name, f"cannot be read ({exc.strerror or exc})") from None


def iter_version_entries(
    version_dir: Callable[[int], Path],
    version: int,
    meta: dict,
    meta_of: Callable[[int], dict] | None = None,
    root: Path | None = None,
) -> Iterator[dict]:
    """Every manifest entry of `version`, by doc id, whichever way it is stored.

    For a delta: the changes of the deltas after the checkpoint are held in memory (bounded by
    the policy to a fraction of the checkpoint), the checkpoint is streamed and merged with them.
    An entry a delta before `version` touched, or a checkpoint entry, reads as "unchanged" (or
    is left out when it was removed), exactly as a full manifest of `version` would list it.
    With `meta_of` (reads another version's meta) every file read is checked against the sha256
    its meta records (see `read_entries`); `root` names files relative to the archive.
    """

    def entries(number: int, name: str, number_meta: dict | None) -> Iterator[dict]:
        if number_meta is None and meta_of is not None:
            number_meta = meta_of(number)
        digest = entries_digest(number_meta) if number_meta is not None else (None, None)
        return read_entries(version_dir(number) / name, digest, root)

    if manifest_kind(meta) == CHECKPOINT:
        yield from entries(version, MANIFEST_FILE, meta)
        return
    base = int(meta["checkpoint"])
    latest_change: dict[str, tuple[dict, int]] = {}
    for number in range(base + 1, version + 1):
        for entry in entries(number, CHANGES_FILE, meta if number == version else None):
            latest_change[entry["doc_id"]] = (entry, number)

    def as_of_version(doc_id: str) -> dict | None:
        entry, number = latest_change[doc_id]
        if number == version:
            return entry
        if entry["state"] == "removed":
            return None  # removed by an earlier delta: gone from this version
        return dict(entry, state="unchanged")

    # Merge by doc id: the checkpoint streamed, the changed ids sorted (one comparison an entry).
    changed = sorted(latest_change)
    at = 0
    for entry in entries(base, MANIFEST_FILE, None):
        doc_id = entry["doc_id"]
        while at < len(changed) and changed[at] < doc_id:
            if (found := as_of_version(changed[at])) is not None:
                yield found
            at += 1
        if at < len(changed) and changed[at] == doc_id:
            if (found := as_of_version(doc_id)) is not None:
                yield found
            at += 1
        elif entry["state"] != "removed":  # removed in the checkpoint: gone after it
            entry["state"] = "unchanged"
            yield entry
    for doc_id in changed[at:]:
        if (found := as_of_version(doc_id)) is not None:
            yield found


def meta_self_hash(meta: dict) -> str:
    """sha256 of the meta without its own `meta_sha256`: lets verify check the newest meta too."""
    return sha256_bytes(canonical_json_bytes({k: v for k, v in meta.items() if k != "meta_sha256"}))


def publish_version(versions_dir: Path, staged: Path, version: int) -> None:
    """The atomic step: a complete staged version directory becomes versions/NNNNNN."""
    target = versions_dir / f"{int(version):06d}"
    if target.exists():
        raise FileExistsError(f"{target} already exists; refusing to overwrite an archived version")
    os.rename(staged, target)
    fsync_dir(versions_dir)
