"""The WACZ export: py-wacz's package of a version's captures, which `wacz validate` accepts,
whose pages list every archived URL, and whose CDXJ index leads to each capture exactly as
received (what pywb serves in replay: the record the index points at, payload unchanged)."""

from __future__ import annotations

import gzip
import io
import json
import re
import subprocess
import sys
import zipfile

import pytest
from crawlhelp import HANG
from test_report_archive import CHANGED_PAGE, GONE_PAGE, build_sample_archive, gold_pages
from warcio.archiveiterator import ArchiveIterator

from archive.wacz import export_wacz, packaged_pages
from crawler import exitcodes
from crawler.cli import main as cli_main


@pytest.fixture(scope="module")
def sample_archive(tmp_path_factory, samples_dir):
    return build_sample_archive(tmp_path_factory.mktemp("wacz") / "archive", samples_dir)


@pytest.fixture(scope="module")
def latest_package(sample_archive, tmp_path_factory):
    return export_wacz(sample_archive, None, tmp_path_factory.mktemp("wacz-out") / "latest.wacz")


def wacz_validate(path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "wacz", "validate", "-f", str(path)],
        capture_output=True,
        text=True,
        timeout=HANG,
    )


def cdxj_lines(package: zipfile.ZipFile) -> list[tuple[str, str, dict]]:
    """(urlkey, timestamp, fields) of every line of the package's compressed CDXJ index."""
    text = gzip.decompress(package.read("indexes/index.cdx.gz")).decode("utf-8")
    lines = []
    for line in text.splitlines():
        if line.strip():
            urlkey, timestamp, fields = line.split(" ", 2)
            lines.append((urlkey, timestamp, json.loads(fields)))
    return lines


def record_at(package: zipfile.ZipFile, fields: dict):
    """The WARC record a CDXJ line points at (file, offset, length), read from the package."""
    data = package.read(f"archive/{fields['filename']}")
    chunk = data[int(fields["offset"]) : int(fields["offset"]) + int(fields["length"])]
    record = next(iter(ArchiveIterator(io.BytesIO(chunk))))
    return record, record.raw_stream.read()


def test_wacz_validate_accepts_the_package(latest_package):
    result = wacz_validate(latest_package)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "Validation succeeded" in result.stdout


def test_package_holds_index_pages_datapackage_and_the_captures_warcs(sample_archive, latest_package):
    with zipfile.ZipFile(latest_package) as package:
        names = set(package.namelist())
        datapackage = json.loads(package.read("datapackage.json"))

    warcs = {name for name in names if name.startswith("archive/")}
    run_files = {f"archive/{name}" for v in (1, 2) for name in sample_archive.meta(v)["warc_files"]}
    assert warcs == run_files  # version 2's documents still live in version 1's captures
    assert {
        "indexes/index.cdx.gz",
        "indexes/index.idx",
        "pages/pages.jsonl",
        "datapackage-digest.json",
    } <= names
    assert datapackage["wacz_version"].startswith("1.1")
    described = {resource["path"]: resource for resource in datapackage["resources"]}
    assert set(described) == names - {"datapackage.json", "datapackage-digest.json"}
    assert all(resource["hash"].startswith("sha256:") for resource in described.values())


def test_pages_list_every_archived_url_with_its_title_and_capture_time(
    sample_archive, latest_package, samples_dir
):
    pages = packaged_pages(latest_package)

    listed_urls = {url for page in pages for url in page["urls"]}
    for doc in sample_archive.documents():
        assert set(doc["urls"]) <= listed_urls, doc["doc_id"]
        captured = [page for page in pages if doc["doc_id"] in page["doc_ids"]]
        assert captured and all(doc["title"] in page["title"] for page in captured)
    for page in pages:
        assert page["url"].startswith("http") and page["ts"].endswith("Z") and page["title"]
    # The changed page is listed at its new capture, the others at their first one.
    changed = next(p for p in pages if p["url"].endswith(CHANGED_PAGE.split("-")[1] + ".html"))
    assert changed["ts"] == "2026-11-21T08:00:00Z"
    # A removed document's page is not listed.
    gone_url = next(g["url"] for g in gold_pages(samples_dir) if g["name"] == GONE_PAGE)
    assert gone_url not in listed_urls


def test_pages_carry_the_clean_text_of_the_speeches_that_start_on_them(sample_archive, latest_package):
    pages = packaged_pages(latest_package)

    for doc in sample_archive.documents():
        on = [page for page in pages if doc["doc_id"] in page["doc_ids"]]
        with_text = [page for page in on if doc["text"] in page.get("text", "")]
        # On the first page of each copy of the speech; not on the pages it continues on.
        assert 1 <= len(with_text) <= len(doc["urls"]), doc["doc_id"]
    for page in pages:  # the captured URL, which replays, and the site's own URLs stay
        assert page["url"].startswith("http") and page["urls"]


def test_index_leads_to_every_capture_byte_for_byte_as_received(sample_archive, latest_package, samples_dir):
    sent = {gold["url"]: gold["body"] for gold in gold_pages(samples_dir)}
    recorded = {}  # record id -> payload digest the archive recorded at capture
    for doc in sample_archive.documents():
        for entry in doc["provenance"]:
            for page in entry["pages"]:
                recorded[page["warc"]["record_id"]] = page["warc"]["payload_digest"]

    with zipfile.ZipFile(latest_package) as package:
        lines = cdxj_lines(package)
        responses = {}
        for _urlkey, timestamp, fields in lines:
            record, payload = record_at(package, fields)
            if record.rec_type != "response":
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            assert url == fields["url"]
            assert record.rec_headers.get_header("WARC-Payload-Digest") == fields["digest"]
            assert int(record.http_headers.get_statuscode()) == int(fields["status"]) == 200
            edited = url.endswith(CHANGED_PAGE.split("-")[1] + ".html") and timestamp.startswith("20261121")
            expected = sent[url] + (b"<!-- edited -->" if edited else b"")
            assert payload == expected, url
            responses[(url, fields["digest"])] = record.rec_headers.get_header("WARC-Record-ID")
        revisits = [fields for _u, _t, fields in lines if fields.get("mime") == "warc/revisit"]

    # Every capture the documents name is in the index, with the digest recorded at capture.
    indexed = {record_id: digest for (_url, digest), record_id in responses.items()}
    for record_id, digest in recorded.items():
        assert indexed.get(record_id) == digest
    # Every 304 revisit replays from a response in the package (pywb matches URL and digest).
    assert revisits
    for fields in revisits:
        assert (fields["url"], fields["digest"]) in responses


def test_an_older_version_packages_only_what_it_had(sample_archive, tmp_path, samples_dir):
    path = export_wacz(sample_archive, 1, tmp_path / "v1.wacz")

    with zipfile.ZipFile(path) as package:
        warcs = {name for name in package.namelist() if name.startswith("archive/")}
    assert warcs == {f"archive/{name}" for name in sample_archive.meta(1)["warc_files"]}
    pages = packaged_pages(path)
    assert len({p["url"] for p in pages}) == len(gold_pages(samples_dir))
    assert all(p["ts"].startswith("2026-11-20") for p in pages)
    assert any(CHANGED_PAGE.split("-")[1] in p["url"] for p in pages)
    assert wacz_validate(path).returncode == 0


def test_export_wacz_command(sample_archive, tmp_path, capsys):
    output = tmp_path / "out" / "archive.wacz"

    code = cli_main(["export-wacz", "--archive", str(sample_archive.root), "-o", str(output)])

    assert code == exitcodes.OK
    assert output.is_file() and str(output) in capsys.readouterr().out
    assert wacz_validate(output).returncode == 0


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--version", "9", "-o", "x.wacz"], exitcodes.FAILURE, "has no version 9"),
        (["-o", "x.zip"], exitcodes.USAGE, "must end in .wacz"),
    ],
)
def test_export_wacz_command_says_what_is_wrong_in_one_line(
    sample_archive, tmp_path, capsys, args, code, message
):
    args = [a if a not in ("x.wacz", "x.zip") else str(tmp_path / a) for a in args]

    assert cli_main(["export-wacz", "--archive", str(sample_archive.root), *args]) == code

    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_export_wacz_of_a_missing_archive_fails_cleanly(tmp_path, capsys):
    code = cli_main(["export-wacz", "--archive", str(tmp_path / "none"), "-o", str(tmp_path / "x.wacz")])

    assert code == exitcodes.FAILURE
    assert "no archive at" in capsys.readouterr().err


REPLICA_SITES = {
    "wm114": "www.wm114.cn",
    "huigou6": "www.huigou6.com",
    "fanwen_hant": "fanwen-hant.test",
    "jianghua_ai": "jianghua-ai.test",
}


@pytest.mark.slow
def test_package_of_the_replica_crawl_validates_and_lists_every_archived_url(replica_web, tmp_path, capsys):
    archive_dir = tmp_path / "archive"
    command = [
        sys.executable,
        "-m",
        "crawler.cli",
        "crawl",
        *REPLICA_SITES,
        "--archive",
        str(archive_dir),
        "--quiet",
    ]
    for name, host in REPLICA_SITES.items():
        command += ["--base-url", f"{name}={replica_web.urls[host]}"]
    command += ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False"]
    crawl = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert crawl.returncode == exitcodes.OK, crawl.stdout[-2000:] + crawl.stderr[-2000:]
    # The crawl wrote the report of its version, next to it.
    assert (archive_dir / "reports" / "report-v000001.html").is_file()

    output = tmp_path / "replica.wacz"
    assert cli_main(["export-wacz", "--archive", str(archive_dir), "-o", str(output)]) == exitcodes.OK
    result = wacz_validate(output)
    assert result.returncode == 0, result.stdout + result.stderr

    from archive.store import Archive

    archive = Archive(archive_dir)
    pages = packaged_pages(output)
    listed = {url for page in pages for url in page["urls"]}
    docs = list(archive.documents())
    assert docs and {url for doc in docs for url in doc["urls"]} <= listed
    with zipfile.ZipFile(output) as package:
        indexed = {(fields["url"], ts) for _key, ts, fields in cdxj_lines(package)}
    for page in pages:  # each page replays from a capture in the index
        assert (page["url"], re.sub(r"\D", "", page["ts"])[:14]) in indexed
