"""What a run checks of the version it builds on before it writes anything: `check_version_intact`.

Its meta, its manifest or changes file, and for a delta the checkpoint and deltas it is read
from, each against the sha256 recorded for it. Objects are checked as they are read
(`Archive.load_object`). A file that fails is named (relative to the archive) in ArchiveDamaged.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from archive.damaged import ArchiveDamaged, relative
from archive.files import sha256_file
from archive.versions import (
    CHANGES_FILE,
    CHECKPOINT,
    MANIFEST_FILE,
    entries_digest,
    manifest_kind,
    meta_self_hash,
)


def read_meta(root: Path, path: Path) -> dict:
    """A version's meta.json as a dict; ArchiveDamaged if it cannot be read or is no JSON object."""
    rel = relative(root, path)
    try:
        meta = json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        raise ArchiveDamaged(rel, "file is missing") from None
    except OSError as exc:
        raise ArchiveDamaged(rel, f"cannot be read ({exc.strerror or exc})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ArchiveDamaged(rel, f"not valid JSON ({exc.__class__.__name__})") from None
    if not isinstance(meta, dict):
        raise ArchiveDamaged(rel, "not a JSON object")
    return meta


def check_file(root: Path, path: Path, sha: str | None, size: int | None) -> None:
    """The file is there with the sha256 (and size) recorded; ArchiveDamaged naming it if not."""
    rel = relative(root, path)
    try:
        actual_sha, actual_size = sha256_file(path)
    except FileNotFoundError:
        raise ArchiveDamaged(rel, "file is missing") from None
    except OSError as exc:
        raise ArchiveDamaged(rel, f"cannot be read ({exc.strerror or exc})") from None
    if size is not None and actual_size != size:
        raise ArchiveDamaged(rel, f"{actual_size} bytes, its meta records {size}")
    if sha is not None and actual_sha != sha:
        raise ArchiveDamaged(rel, "content does not match the sha256 its meta records")


def check_meta(root: Path, path: Path) -> dict:
    """A meta that reads as JSON and matches its own `meta_sha256`."""
    meta = read_meta(root, path)
    if "meta_sha256" in meta and meta["meta_sha256"] != meta_self_hash(meta):
        raise ArchiveDamaged(relative(root, path), "content does not match its meta_sha256")
    return meta


def check_version_intact(root: Path, version_dir: Callable[[int], Path], version: int) -> None:
    """Everything a run reads of `version` before building on it, checked: its meta (and the
    metas of the checkpoint and deltas it is read from), their manifest and changes files
    against the sha256 each meta records, and the link of each delta to its parent's meta.
    Objects are checked as they are read (`Archive.load_object`). Raises ArchiveDamaged."""
    meta = check_meta(root, version_dir(version) / "meta.json")
    chain = [(version, meta)]
    if manifest_kind(meta) != CHECKPOINT:
        try:
            base = int(meta["checkpoint"])
        except (KeyError, TypeError, ValueError):
            raise ArchiveDamaged(
                relative(root, version_dir(version) / "meta.json"), "a delta without its checkpoint"
            ) from None
        for number in range(version - 1, base - 1, -1):
            chain.append((number, check_meta(root, version_dir(number) / "meta.json")))
    for number, number_meta in chain:
        name = MANIFEST_FILE if manifest_kind(number_meta) == CHECKPOINT else CHANGES_FILE
        check_file(root, version_dir(number) / name, *entries_digest(number_meta))
    # Within the chain each meta names its parent's by hash: a parent meta edited in place is found.
    for (number, number_meta), (parent, _) in zip(chain, chain[1:], strict=False):
        recorded = number_meta.get("parent_meta_sha256")
        parent_path = version_dir(parent) / "meta.json"
        if recorded is not None and sha256_file(parent_path)[0] != recorded:
            raise ArchiveDamaged(
                relative(root, parent_path), f"does not match the hash chain (version {number})"
            )
