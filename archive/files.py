"""Bytes on disk: the one canonical JSON form, hashes, and writes that are whole or absent."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from pathlib import Path


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


def write_lines_durably(path: Path, lines: Iterable[bytes]) -> tuple[str, int]:
    """Stream `lines` into a new file and fsync it; (sha256, bytes) of what was written."""
    digest = hashlib.sha256()
    size = 0
    with open(path, "wb") as fh:
        for line in lines:
            fh.write(line)
            digest.update(line)
            size += len(line)
        fh.flush()
        os.fsync(fh.fileno())
    return digest.hexdigest(), size


def write_object(path: Path, data: bytes) -> Path:
    """Store an object under its hash unless present (objects are never rewritten).

    Written straight to its name, and not fsynced one by one (creating a file is most of an
    object's cost, a millisecond of fsync more): the commit syncs them all at once before any
    manifest refers to them. A file of the wrong size under the name can only be one a crash
    cut short before that sync (no version refers to it yet), so it is written again.
    """
    try:
        if path.stat().st_size == len(data):
            return path.parent
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(data)
    return path.parent
