"""A full disk at any moment: a write that fails (ENOSPC, EIO) ends the run with one clear line and
exit code WRITE_FAILED, the last version stays intact and verifying, and the next run, once space
is back, completes.

On a real small filesystem (a tmpfs with a size limit, mounted by the test: the tests run as
root) with real crawls of the replica, and at precise points of the commit by injecting the error
where a real filesystem cannot place it.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from crawlhelp import HANG, crawl_sites, speech_archive
from test_archive_store import FULL, PAYWALLED, gold_doc, seen_at

from archive import writing as store
from archive.files import write_failure
from archive.store import Archive
from archive.verify import verify_archive
from crawler import exitcodes
from crawler.archiving import ArchivePipeline
from pipelines.document import Document
from pipelines.items import PageItem


@pytest.fixture()
def small_fs(tmp_path):
    """A 600 KB tmpfs of its own; `resize(size)` gives it more room ("space is back")."""
    mount = tmp_path / "small-fs"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(mount)], check=True)

    def resize(size: str) -> None:
        subprocess.run(["mount", "-o", f"remount,size={size}", str(mount)], check=True)

    try:
        yield mount, resize
    finally:
        subprocess.run(["umount", str(mount)], check=True)


def assert_one_clear_line(result) -> None:
    assert result.returncode == exitcodes.WRITE_FAILED, result.stdout + result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    # (No space left on device: PATH) or (SQLite: database or disk is full), wherever it filled
    assert lines[0].startswith("speech-archive crawl: disk full ")
    assert "nothing of this run was committed" in lines[0] and "Traceback" not in result.stdout


def verifies(archive_dir: Path) -> bool:
    result = speech_archive("verify", "--archive", str(archive_dir), "--full")
    return result.returncode == 0 and result.stdout.startswith("ok:")


def test_a_first_crawl_into_a_600k_filesystem_stops_with_one_line_and_the_next_completes(
    small_fs, replica_web
):
    mount, resize = small_fs
    archive_dir = mount / "archive"
    result = crawl_sites(replica_web, archive_dir)
    assert_one_clear_line(result)
    assert "the archive holds no version yet" in result.stderr
    assert Archive(archive_dir).versions() == []

    resize("64m")
    result = crawl_sites(replica_web, archive_dir)
    assert result.returncode == 0, result.stderr
    assert Archive(archive_dir).versions() == [1] and verifies(archive_dir)


def test_a_disk_that_fills_during_a_later_crawl_leaves_the_last_version_whole(small_fs, replica_web):
    mount, resize = small_fs
    resize("16m")
    archive_dir = mount / "archive"
    result = crawl_sites(replica_web, archive_dir, ("wm114", "huigou6"))
    assert result.returncode == 0, result.stderr
    version_1 = {p: p.read_bytes() for p in (archive_dir / "versions").rglob("*") if p.is_file()}

    # Leave 150 KB: the crawl of all four sites runs out of space while it fetches.
    free = os.statvfs(mount).f_bavail * os.statvfs(mount).f_frsize
    filler = mount / "filler"
    filler.write_bytes(b"\0" * (free - 150 * 1024))
    result = crawl_sites(replica_web, archive_dir)
    assert_one_clear_line(result)
    assert "version 1 is intact" in result.stderr
    assert Archive(archive_dir).versions() == [1]
    assert {p: p.read_bytes() for p in (archive_dir / "versions").rglob("*") if p.is_file()} == version_1
    assert verifies(archive_dir)

    filler.unlink()
    result = crawl_sites(replica_web, archive_dir)
    assert result.returncode == 0, result.stderr
    assert Archive(archive_dir).versions() == [1, 2] and verifies(archive_dir)
    assert Archive(archive_dir).meta(2)["documents"]["new"] > 0


def fill_up(mount: Path) -> Path:
    """Write a file until the filesystem refuses another byte."""
    filler = mount / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        while True:
            os.write(fd, b"\0" * 65536)
    except OSError as exc:
        assert exc.errno == errno.ENOSPC
    try:
        while True:
            os.write(fd, b"\0")
    except OSError:
        pass
    os.close(fd)
    return filler


def test_a_disk_full_to_the_last_byte_at_commit_time_leaves_the_last_version(small_fs):
    mount, resize = small_fs
    resize("4m")
    archive = Archive(mount / "archive")
    run = archive.begin_run({})
    run.add_documents([Document.from_dict(gold_doc(PAYWALLED))], seen_at(gold_doc(PAYWALLED)))
    run.commit({})
    run = archive.begin_run({})
    for name in (FULL, "ai-1080", "ai-1081"):
        run.add_documents([Document.from_dict(gold_doc(name))], seen_at(gold_doc(name)))
    filler = fill_up(mount)
    with pytest.raises(Exception) as failed:
        run.commit({})
    assert write_failure(failed.value) is not None, failed.value
    assert archive.versions() == [1] and verify_archive(archive).ok
    filler.unlink()
    run = archive.begin_run({})
    for name in (FULL, "ai-1080", "ai-1081"):
        run.add_documents([Document.from_dict(gold_doc(name))], seen_at(gold_doc(name)))
    assert run.commit({}) == 2 and verify_archive(archive).ok


# --- injected at precise points of the commit -------------------------------------------------
def disk_full(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device", "injected")


def io_error(*args, **kwargs):
    raise OSError(errno.EIO, "Input/output error", "injected")


def sqlite_full(*args, **kwargs):
    """SQLite's own SQLITE_FULL, as a full disk gives it (here: a database capped at two pages)."""
    db = sqlite3.connect(":memory:")
    db.execute("PRAGMA max_page_count=2")
    db.execute("CREATE TABLE t (x)")
    db.execute("INSERT INTO t VALUES (zeroblob(100000))")


def on_call(n: int, fn, failure):
    calls = []

    def wrapped(*args, **kwargs):
        calls.append(1)
        if len(calls) == n:
            failure()
        return fn(*args, **kwargs)

    return wrapped


@pytest.fixture()
def archive_with_one_version(tmp_path):
    archive = Archive(tmp_path / "archive")
    run = archive.begin_run({})
    run.add_documents([Document.from_dict(gold_doc(PAYWALLED))], seen_at(gold_doc(PAYWALLED)))
    run.commit({})
    return archive


COMMIT_POINTS = {
    "second object": lambda mp: mp.setattr(store, "write_object", on_call(2, store.write_object, disk_full)),
    "manifest or changes": lambda mp: mp.setattr(store, "write_lines_durably", disk_full),
    "meta": lambda mp: mp.setattr(store, "write_file_durably", disk_full),
    "syncing the version directory": lambda mp: mp.setattr(store, "fsync_dir", io_error),
    "publishing (rename)": lambda mp: mp.setattr(store, "publish_version", disk_full),
}


@pytest.mark.parametrize("point", list(COMMIT_POINTS))
def test_a_write_failing_at_any_point_of_the_commit_leaves_the_last_version_and_the_next_run_completes(
    archive_with_one_version, monkeypatch, point
):
    archive = archive_with_one_version
    before = {p: p.read_bytes() for p in archive.versions_dir.rglob("*") if p.is_file()}
    run = archive.begin_run({})
    for name in (FULL, "ai-1080", "ai-1081"):
        run.add_documents([Document.from_dict(gold_doc(name))], seen_at(gold_doc(name)))
    COMMIT_POINTS[point](monkeypatch)
    with pytest.raises(Exception) as failed:
        run.commit({})
    monkeypatch.undo()
    assert write_failure(failed.value) is not None  # what the crawl reports as WRITE_FAILED
    assert archive.versions() == [1]
    assert {p: p.read_bytes() for p in archive.versions_dir.rglob("*") if p.is_file()} == before
    assert verify_archive(archive).ok and not any(archive.staging_dir.iterdir())
    # Space is back: the next run (the lock was released) commits all of it.
    run = archive.begin_run({})
    for name in (FULL, "ai-1080", "ai-1081"):
        run.add_documents([Document.from_dict(gold_doc(name))], seen_at(gold_doc(name)))
    assert run.commit({}) == 2
    assert archive.meta(2)["documents"] == {"new": 2, "changed": 1, "unchanged": 0, "removed": 0}
    assert verify_archive(archive).ok


def test_a_write_failing_after_the_version_is_published_keeps_it_and_says_so(
    archive_with_one_version, monkeypatch
):
    archive = archive_with_one_version
    run = archive.begin_run({})
    run.add_documents([Document.from_dict(gold_doc("ai-1080"))], seen_at(gold_doc("ai-1080")))
    run.add_commit_hook(sqlite_full)  # e.g. the fetch history taking the run's entries
    monkeypatch.setattr(run._dedup, "commit", sqlite_full)
    assert run.commit({}) == 2
    assert [write_failure(e) is not None for e in run.after_commit_errors] == [True, True]
    assert archive.versions() == [1, 2] and verify_archive(archive).ok
    # The dedup index missed version 2: the next run rebuilds it and recognises the document.
    run = archive.begin_run({})
    ids = run.add_documents([Document.from_dict(gold_doc("ai-1080"))], seen_at(gold_doc("ai-1080")))
    assert ids == [next(d for d, e in archive.manifest(2).items() if e["state"] == "new")]
    run.abort()


@pytest.mark.parametrize("failure", [disk_full, io_error, sqlite_full], ids=["ENOSPC", "EIO", "SQLITE_FULL"])
def test_a_write_failing_during_the_crawl_stops_it_and_the_run_is_not_committed(
    archive_with_one_version, failure
):
    archive = archive_with_one_version
    run = archive.begin_run({})
    from scrapy.settings import Settings

    fields = {"stats": None, "engine": None, "settings": Settings(), "speech_archive_run": run}
    crawler = type("Crawler", (), fields)()
    pipeline = ArchivePipeline(crawler)
    run.stage = failure
    doc = gold_doc("ai-1080")
    item = PageItem(site=doc["site"], url=doc["url"], documents=[Document.from_dict(doc)])
    from scrapy.exceptions import DropItem

    with pytest.raises(DropItem):
        pipeline.process_item(item)
    assert write_failure(run.write_failure) is not None
    with pytest.raises(DropItem, match="disk full"):  # later items are dropped without writing
        pipeline.process_item(item)
    run.abort()
    assert archive.versions() == [1] and verify_archive(archive).ok


def test_an_error_that_is_not_a_failed_write_is_not_taken_for_one():
    assert write_failure(OSError(errno.ENOENT, "No such file or directory")) is None
    assert write_failure(sqlite3.OperationalError("no such table: x")) is None
    assert write_failure(ValueError("bad")) is None
    wrapped = RuntimeError("commit failed")
    wrapped.__cause__ = OSError(errno.ENOSPC, "No space left on device")
    assert write_failure(wrapped) is wrapped.__cause__


def test_a_plain_scrapy_crawl_whose_disk_fills_mid_crawl_says_so_and_exits_6(small_fs, tmp_path):
    from replica.generate import generate_bench_site
    from replica.server import ReplicaWeb

    mount, _resize = small_fs  # 600 KB: the archive's layout fits, 400 articles' WARC does not
    site = generate_bench_site(tmp_path / "sites", n_articles=400, seed=2)
    repo = Path(__file__).resolve().parents[1]
    archive_dir = mount / "archive"
    with ReplicaWeb(site.parent, hosts=[site.name]) as web:
        result = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "bench", "-a", f"base_url={web.urls[site.name]}",
             "-s", f"PROFILES_DIR={repo / 'bench' / 'profiles'}", "-s", f"ARCHIVE_DIR={archive_dir}",
             "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "LOG_LEVEL=CRITICAL"],
            cwd=repo, capture_output=True, text=True, timeout=HANG,
        )  # fmt: skip
    assert result.returncode == exitcodes.WRITE_FAILED, result.stderr[-2000:]
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("scrapy crawl: a write failed (") and "nothing of this run was committed" in line
    assert Archive(archive_dir).versions() == []
