"""One writer at a time: an flock on ARCHIVE/lock, which also says who holds it.

The kernel releases an flock when its holder dies (even on SIGKILL), so a lock file left by a
dead writer is simply taken over: whatever pid it names, if the flock can be had, it is stale.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from pipelines.timestamps import utc_now_iso


class ArchiveLocked(RuntimeError):
    """Another live process holds the archive's write lock."""

    def __init__(self, pid: int | None, since: str | None):
        self.pid = pid
        self.since = since
        super().__init__(f"archive is locked by pid {pid if pid is not None else '?'} since {since or '?'}")


def read_lock_owner(path: Path) -> tuple[int | None, str | None]:
    """(pid, ISO time) written in the lock file, or (None, None) when empty or unreadable."""
    try:
        fields = Path(path).read_text(encoding="utf-8").split()
    except OSError:
        return None, None
    pid = int(fields[0]) if fields and fields[0].isdigit() else None
    since = fields[1] if len(fields) > 1 else None
    return pid, since


def live_lock_owner(path: Path) -> int | None:
    """The pid named in the lock file when that process is alive, without taking the lock (taking
    it, even for a moment, could make a writer starting then fail). An empty file: nobody."""
    pid, _ = read_lock_owner(path)
    if pid is None:
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None  # a writer that died: its flock went with it
    except PermissionError:
        return pid  # alive, another user's
    return pid


class ArchiveLock:
    """The write lock of one archive; `acquire()` raises ArchiveLocked at once if held."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self._fd: int | None = None
        self.stale_owner: tuple[int | None, str | None] | None = None  # set when we took one over

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        if self._fd is not None:
            raise RuntimeError("lock already held by this object")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise ArchiveLocked(*read_lock_owner(self.path)) from None
        previous = read_lock_owner(self.path)
        self.stale_owner = previous if previous != (None, None) else None
        since = utc_now_iso()
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()} {since}\n".encode(), 0)
        os.fsync(fd)
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, 0)  # an empty lock file reads as "nobody"
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    def __enter__(self) -> ArchiveLock:
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()
