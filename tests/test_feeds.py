"""The Scrapy way: `scrapy crawl SITE -o docs.jsonl` gets one row per document the crawl archived
(several for a page of several speeches, the merged record when a copy was merged), in JSON Lines
and CSV, with the fields of `speech-archive export`; a re-crawl that changes nothing adds no row.
Scrapy's feed log counts those rows. An archive that cannot be written is one line under `scrapy
crawl` too, and the log's first lines say where the archive is."""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
from pathlib import Path

from crawlhelp import REPO_ROOT, export

from archive.export import EXPORT_FIELDS
from crawler import exitcodes

FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "RETRY_BACKOFF_BASE=0.05"]


def scrapy_crawl(site: str, base_url: str, archive: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", site, "-a", f"base_url={base_url}",
         "-s", f"ARCHIVE_DIR={archive}", *FAST, *extra],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=240,
    )  # fmt: skip


def test_a_feed_gets_one_row_per_archived_document_in_jsonl_and_csv(tmp_path, replica_web):
    archive = tmp_path / "archive"
    base = replica_web.urls["fanwen-hant.test"]
    result = scrapy_crawl(
        "fanwen_hant", base, archive, "-o", str(tmp_path / "docs.jsonl"), "-o", str(tmp_path / "docs.csv")
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    rows = [json.loads(line) for line in (tmp_path / "docs.jsonl").read_text(encoding="utf-8").splitlines()]
    archived = {d["doc_id"]: d for d in export(archive)}
    assert sorted(r["doc_id"] for r in rows) == sorted(archived)  # one row per document, each once
    assert any("#2" in url for r in rows for url in r["urls"])  # a page of several speeches: several rows
    for row in rows:
        assert set(EXPORT_FIELDS) <= set(row) and row["state"] == "new"
        assert row["text"] == archived[row["doc_id"]]["text"] and row["text"]
    with open(tmp_path / "docs.csv", encoding="utf-8", newline="") as fh:
        table = list(csv.DictReader(fh))
    assert sorted(r["doc_id"] for r in table) == sorted(archived)
    assert all(json.loads(r["urls"]) == archived[r["doc_id"]]["urls"] for r in table)  # lists as JSON text
    stored = dict(re.findall(r"Stored (\w+) feed \((\d+) items\)", result.stderr))
    assert stored == {"jsonl": str(len(rows)), "csv": str(len(rows))}  # Scrapy's count is the rows

    again = scrapy_crawl("fanwen_hant", base, archive, "-o", str(tmp_path / "again.jsonl"))
    assert again.returncode == 0, again.stderr[-3000:]
    assert (tmp_path / "again.jsonl").read_text(encoding="utf-8") == ""  # carry-overs are not rows
    assert "Stored jsonl feed (0 items)" in again.stderr


def test_a_feed_row_is_the_document_as_archived_without_the_site_furniture(tmp_path):
    from test_site_furniture import AD, BOX, HOST, PAGES

    from replica.server import ReplicaWeb

    archive = tmp_path / "archive"
    with ReplicaWeb(PAGES, hosts=[HOST]) as web:
        urls = " ".join(web.url(HOST, f"/a/{n}.html") for n in range(6))
        result = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "generic", "-a", f"urls={urls}",
             "-s", f"ARCHIVE_DIR={archive}", *FAST, "-o", str(tmp_path / "docs.jsonl")],
            cwd=REPO_ROOT, capture_output=True, text=True, timeout=240,
        )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    rows = [json.loads(line) for line in (tmp_path / "docs.jsonl").read_text(encoding="utf-8").splitlines()]
    archived = {d["doc_id"]: d for d in export(archive)}
    assert len(rows) == 6 and sorted(r["doc_id"] for r in rows) == sorted(archived)
    for row in rows:  # the ad and the copyright box every page carries: furniture, in the row too
        assert AD not in row["text"] and not any(piece in row["text"] for piece in BOX)
        assert (row["text"], row["removed"]) == (
            archived[row["doc_id"]]["text"],
            archived[row["doc_id"]]["removed"],
        )


def test_scrapy_crawl_says_where_its_archive_is_in_its_first_lines(tmp_path):
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "crawler.settings", "PYTHONPATH": str(REPO_ROOT)}
    env.pop("SPEECH_ARCHIVE_DIR", None)
    plain = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "jianghua_ai", "-a", "base_url=http://127.0.0.1:9",
         "-s", "RETRY_ENABLED=False"],
        cwd=tmp_path, capture_output=True, text=True, timeout=240, env=env,
    )  # fmt: skip
    chosen = scrapy_crawl("jianghua_ai", "http://127.0.0.1:9", tmp_path / "mine", "-s", "RETRY_ENABLED=False")

    def first_records(log: str) -> list[str]:  # log records, not the lines of Scrapy's versions dict
        return [line for line in log.splitlines() if re.match(r"\d{4}-\d\d-\d\d ", line)][:5]

    first = first_records(plain.stderr)
    assert any(
        f"archive: {tmp_path / 'archive-data'} (the default; -s ARCHIVE_DIR=DIR" in line for line in first
    ), first
    assert (tmp_path / "archive-data" / "versions").is_dir()
    assert any(
        f"archive: {tmp_path / 'mine'} (ARCHIVE_DIR)" in line for line in chosen.stderr.splitlines()[:15]
    )


def test_scrapy_crawl_into_a_folder_that_is_no_archive_is_one_line(tmp_path):
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "holiday.jpg").write_bytes(b"\xff\xd8")
    result = scrapy_crawl("wm114", "http://127.0.0.1:9", folder, "-s", "LOG_LEVEL=ERROR")
    assert result.returncode == exitcodes.FAILURE
    assert result.stderr.strip().splitlines() == [
        f"scrapy crawl: {folder} is not an archive (no versions/ directory) and is not empty"
    ]
    assert sorted(p.name for p in folder.iterdir()) == ["holiday.jpg"]


def test_scrapy_crawl_on_a_locked_archive_is_one_line_and_exit_3(tmp_path):
    from archive.store import Archive

    archive = Archive(tmp_path / "archive")
    run = archive.begin_run({"spiders": ["holder"]})
    try:
        result = scrapy_crawl("wm114", "http://127.0.0.1:9", archive.root, "-s", "LOG_LEVEL=ERROR")
    finally:
        run.abort()
    assert result.returncode == exitcodes.LOCKED
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("scrapy crawl: archive is locked by pid ")
