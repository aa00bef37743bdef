"""Replay tools resolve the archive's WARC captures: revisits name their original, a CDXJ index lists
every capture, and pywb replays a revisit through that index without re-indexing.

The archive is crawled twice from two replica webs on different ports (a mirror that moved, as
the demo's free ports do): the second crawl's 304s become revisit records whose own URI is the
new mirror's, while the original capture sits at the old one.
"""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest
from crawlhelp import HANG, crawl_sites
from test_distributed_support import free_port
from warcio.archiveiterator import ArchiveIterator
from warcio.timeutils import iso_date_to_timestamp

from archive.cdxj import cdxj_path, read_cdxj
from archive.store import Archive
from replica.server import ReplicaWeb

pytestmark = pytest.mark.slow
SITES = ("wm114", "huigou6")


@pytest.fixture(scope="module")
def moved_archive(samples_dir, tmp_path_factory) -> Path:
    archive = tmp_path_factory.mktemp("replay") / "archive"
    for _ in range(2):  # each ReplicaWeb listens on new free ports: the mirror moved
        with ReplicaWeb(samples_dir / "sites") as web:
            result = crawl_sites(web, archive, SITES)
            assert result.returncode == 0, result.stderr
    return archive


def warc_records(archive: Path) -> list[dict]:
    """Every response / revisit record: its WARC headers, file, offset and stored payload."""
    records = []
    for path in sorted((archive / "warc").glob("*.warc.gz")):
        with open(path, "rb") as fh:
            iterator = ArchiveIterator(fh)
            for record in iterator:
                if record.rec_type not in ("response", "revisit"):
                    continue
                headers = dict(record.rec_headers.headers)
                payload = record.raw_stream.read()
                records.append(
                    {
                        "file": path.name,
                        "offset": iterator.get_record_offset(),
                        "headers": headers,
                        "payload": payload,
                    }
                )
    return records


def test_a_revisit_after_the_mirror_moved_refers_to_the_original_uri_and_date(moved_archive):
    records = warc_records(moved_archive)
    by_id = {r["headers"]["WARC-Record-ID"]: r["headers"] for r in records}
    revisits = [r["headers"] for r in records if r["headers"]["WARC-Type"] == "revisit"]

    assert revisits, "the second crawl wrote revisit records"
    for revisit in revisits:
        original = by_id[revisit["WARC-Refers-To"]]
        assert revisit["WARC-Refers-To-Target-URI"] == original["WARC-Target-URI"]
        assert revisit["WARC-Refers-To-Date"] == original["WARC-Date"]
        assert revisit["WARC-Target-URI"] != original["WARC-Target-URI"]  # the port changed


def test_the_cdxj_index_lists_every_capture_sorted(moved_archive):
    index = cdxj_path(moved_archive)
    lines = [line for line in index.read_text(encoding="utf-8").splitlines() if line]
    entries = {
        (fields["url"], timestamp, fields["filename"], int(fields["offset"]))
        for _key, timestamp, fields in read_cdxj(index)
    }
    captures = {
        (
            r["headers"]["WARC-Target-URI"],
            iso_date_to_timestamp(r["headers"]["WARC-Date"]),
            r["file"],
            r["offset"],
        )
        for r in warc_records(moved_archive)
    }

    assert lines == sorted(lines)
    assert entries == captures
    assert {name for _, _, name, _ in entries} == set(Archive(moved_archive).meta(1)["warc_files"]) | set(
        Archive(moved_archive).meta(2)["warc_files"]
    )


def test_every_revisit_resolves_through_the_cdxj_index_as_pywb_does(moved_archive):
    """pywb's lookup for a revisit at another URL: the index entry at WARC-Refers-To-Target-URI and
    -Date with the same digest, then the record at its file, offset and length."""
    index = list(read_cdxj(cdxj_path(moved_archive)))
    revisits = [r["headers"] for r in warc_records(moved_archive) if r["headers"]["WARC-Type"] == "revisit"]

    assert revisits
    for revisit in revisits:
        (entry,) = [
            fields
            for _key, timestamp, fields in index
            if fields["url"] == revisit["WARC-Refers-To-Target-URI"]
            and timestamp == iso_date_to_timestamp(revisit["WARC-Refers-To-Date"])
            and fields["digest"] == revisit["WARC-Payload-Digest"]
            and fields["mime"] != "warc/revisit"
        ]
        with open(moved_archive / "warc" / entry["filename"], "rb") as fh:
            fh.seek(int(entry["offset"]))
            record = next(iter(ArchiveIterator(fh)))
            assert record.rec_headers.get_header("WARC-Record-ID") == revisit["WARC-Refers-To"]
            assert record.rec_type == "response"


@pytest.fixture(scope="module")
def pywb(tmp_path_factory) -> Path:
    """pywb's `wayback` in a venv of its own (pywb pins redis 2.x, which the project cannot share)."""
    venv = tmp_path_factory.mktemp("pywb") / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run(
        [str(venv / "bin" / "pip"), "install", "-q", "--disable-pip-version-check", "pywb>=2.8"],
        check=True,
        capture_output=True,
        timeout=600,
    )
    return venv / "bin" / "wayback"


@contextmanager
def wayback(executable: Path, workdir: Path, collections: dict[str, Path]):
    """pywb serving each archive's warc/ through its cdxj/ index (no re-indexing); yields its base URL."""
    config = "collections:\n"
    for name, archive in collections.items():
        config += f"  {name}:\n    index_paths: {archive / 'cdxj'}/\n    archive_paths: {archive / 'warc'}/\n"
    (workdir / "config.yaml").write_text(config, encoding="utf-8")
    port = free_port()
    server = subprocess.Popen(
        [str(executable), "-p", str(port), "-b", "127.0.0.1"],
        cwd=workdir,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + HANG  # the wait is on the port; the bound catches a hang
        while True:
            try:
                get(base + "/")
                break
            except OSError:  # not listening yet
                if server.poll() is not None or time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=HANG)


def get(url: str, timeout: float = HANG) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def moved_page_archive(root: Path) -> tuple[Path, dict, dict]:
    """An archive whose page was captured at one mirror, then fetched again, unchanged and without
    validators, at a mirror on another port: a response, then an identical-payload revisit."""
    from types import SimpleNamespace

    from archive.cdxj import update_cdxj_index
    from archive.warc_writer import IDENTICAL_PAYLOAD_PROFILE, WarcWriter

    body = "<html><body><h1>在全市工作会议上的讲话</h1><p>同志们：……</p></body></html>".encode()
    headers = [("Content-Type", "text/html; charset=utf-8")]
    old_url, new_url = "http://127.0.0.1:8001/wen/1.html", "http://127.0.0.1:9002/wen/1.html"
    with WarcWriter(root / "warc", prefix="r000001") as writer:
        original = writer.write_exchange(
            old_url, "GET", [], 200, None, headers, body, fetched_at="2025-11-10T08:00:00+00:00"
        )
    with WarcWriter(root / "warc", prefix="r000002") as writer:
        revisit = writer.write_revisit(
            new_url,
            200,
            headers,
            refers_to=original,
            fetched_at="2025-11-17T08:00:00+00:00",
            profile=IDENTICAL_PAYLOAD_PROFILE,
        )
    update_cdxj_index(SimpleNamespace(root=root, warc_dir=root / "warc"))
    return root, {"url": old_url, **original, "body": body}, {"url": new_url, **revisit}


def test_pywb_replays_the_archive_and_resolves_a_revisit_at_a_moved_mirror(moved_archive, pywb, tmp_path):
    small, original, revisit = moved_page_archive(tmp_path / "small")
    first_capture = next(r for r in warc_records(moved_archive) if r["headers"]["WARC-Type"] == "response")
    first_ts = iso_date_to_timestamp(first_capture["headers"]["WARC-Date"])

    with wayback(pywb, tmp_path, {"speech": moved_archive, "small": small}) as base:
        crawled = get(f"{base}/speech/{first_ts}id_/{first_capture['headers']['WARC-Target-URI']}")
        resolved = get(f"{base}/small/{iso_date_to_timestamp(revisit['date'])}id_/{revisit['url']}")

    assert crawled == (200, first_capture["payload"])  # the crawled archive replays through its index
    assert resolved == (200, original["body"])  # the revisit's payload, found at the old mirror
