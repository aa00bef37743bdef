"""Bytes on disk: the one canonical JSON form, hashes, and writes that are whole or absent."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable
from contextlib import contextmanager
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


def current_umask() -> int:
    """The process's umask, read from /proc (setting it to learn it would race other threads)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def mode_as_created(path: Path | str) -> None:
    """Give a file made by `tempfile.mkstemp` (always 0600) the mode `open()` gives a new file,
    0666 less the umask, before it is renamed into place: an index or an export that another
    user (a replay server) is meant to read must not be private by accident."""
    os.chmod(path, 0o666 & ~current_umask())


@contextmanager
def naming(path: Path):
    """An OSError from writing `path` names it (a write's ENOSPC does not say which file)."""
    try:
        yield
    except OSError as exc:
        if exc.filename is None:
            exc.filename = str(path)
        raise


def write_file_durably(path: Path, data: bytes) -> None:
    """Write via a temporary name, fsync, rename: the file is whole or absent (dir fsync is the
    caller's, so many files can share one)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with naming(path), open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def write_lines_durably(path: Path, lines: Iterable[bytes]) -> tuple[str, int]:
    """Stream `lines` into a new file and fsync it; (sha256, bytes) of what was written."""
    digest = hashlib.sha256()
    size = 0
    with naming(path), open(path, "wb") as fh:
        for line in lines:
            fh.write(line)
            digest.update(line)
            size += len(line)
        fh.flush()
        os.fsync(fh.fileno())
    return digest.hexdigest(), size


def write_object(path: Path, data: bytes) -> Path:
    """Store an object under its hash unless it is there already, whole and unaltered.

    Written straight to its name, and not fsynced one by one (creating a file is most of an
    object's cost, a millisecond of fsync more): the commit syncs them all at once before any
    manifest refers to them. A file of the wrong size under the name (a crash cut it short
    before that sync), or of the right size with other bytes (damaged since), is written again:
    a run that makes the same object restores it.
    """
    try:
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return path.parent
    except FileNotFoundError:
        with naming(path.parent):
            path.parent.mkdir(parents=True, exist_ok=True)
    with naming(path), open(path, "wb") as fh:
        fh.write(data)
    return path.parent


# A write the storage itself refused: the disk (or quota) is full, or the device failed.
WRITE_FAILURE_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EIO})
_SQLITE_FULL, _SQLITE_IOERR = 13, 10  # primary result codes (extended ones keep them in the low byte)


def write_failure(exc: BaseException | None) -> BaseException | None:
    """The storage failure behind `exc` (itself, or its cause or context), or None.

    OSError with ENOSPC, EDQUOT or EIO, and SQLite's "database or disk is full" and "disk I/O
    error", which is how a full disk reaches a write through SQLite.
    """
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, OSError) and exc.errno in WRITE_FAILURE_ERRNOS:
            return exc
        if isinstance(exc, sqlite3.Error):
            code = getattr(exc, "sqlite_errorcode", None)
            if code is not None and code & 0xFF in (_SQLITE_FULL, _SQLITE_IOERR):
                return exc
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return None


def is_disk_full(exc: BaseException) -> bool:
    """A failed write for want of space (not a failing device)."""
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT)
    return getattr(exc, "sqlite_errorcode", _SQLITE_FULL) & 0xFF == _SQLITE_FULL


def describe_write_failure(exc: BaseException) -> str:
    """One phrase: what failed and where ("No space left on device: ARCHIVE/objects/ab/…")."""
    if isinstance(exc, OSError):
        what = exc.strerror or os.strerror(exc.errno or 0)
        return f"{what}: {exc.filename}" if exc.filename else what
    return f"SQLite: {exc}"
