"""One writer at a time, across processes; a dead writer's lock is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from archive.lock import ArchiveLock, ArchiveLocked, read_lock_owner
from archive.store import Archive

ROOT = Path(__file__).resolve().parent.parent

HOLD_THE_LOCK = """
import sys
from archive.store import Archive
run = Archive(sys.argv[1]).begin_run({"spiders": ["holder"]})
print("locked", flush=True)
sys.stdin.readline()  # hold the lock until told (or killed)
run.commit({})
print("committed", flush=True)
"""


@pytest.fixture()
def holder(tmp_path):
    """Another process holding the archive's write lock."""
    archive_dir = tmp_path / "archive"
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD_THE_LOCK, str(archive_dir)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout.readline().strip() == "locked"
        yield proc, archive_dir
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)


def test_a_second_writer_is_refused_at_once_naming_the_holder(holder):
    proc, archive_dir = holder
    with pytest.raises(ArchiveLocked) as refused:
        Archive(archive_dir).begin_run({})
    assert refused.value.pid == proc.pid
    assert str(refused.value).startswith(f"archive is locked by pid {proc.pid} since 20")
    # The holder is not disturbed: it still commits its version.
    out, _ = proc.communicate("\n", timeout=60)
    assert "committed" in out and Archive(archive_dir).versions() == [1]


def test_the_lock_of_a_killed_writer_is_taken_over(holder):
    proc, archive_dir = holder
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert read_lock_owner(archive_dir / "lock")[0] == proc.pid  # the file still names it
    archive = Archive(archive_dir)
    run = archive.begin_run({})
    assert read_lock_owner(archive_dir / "lock")[0] == os.getpid()
    assert run.commit({}) == 1  # the dead run's staging was cleared, nothing committed by it


def test_a_lock_file_naming_a_process_that_holds_no_flock_is_stale(tmp_path):
    lock_path = tmp_path / "lock"
    lock_path.write_text(f"{os.getppid()} 2026-01-01T00:00:00Z\n")  # a live pid, but no flock
    lock = ArchiveLock(lock_path)
    lock.acquire()
    assert lock.stale_owner == (os.getppid(), "2026-01-01T00:00:00Z")
    lock.release()
    assert read_lock_owner(lock_path) == (None, None)


def test_two_writers_in_one_process_are_refused_too(tmp_path):
    archive = Archive(tmp_path / "archive")
    run = archive.begin_run({})
    with pytest.raises(ArchiveLocked):
        archive.begin_run({})
    run.commit({})
    archive.begin_run({}).abort()  # free again once committed
