"""WarcWriter writes valid WARC 1.1 with the body as received; read_record gives the page back."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest
from crawlhelp import HANG
from warcio.archiveiterator import ArchiveIterator

from archive.warc_reader import iter_responses, read_record
from archive.warc_writer import IDENTICAL_PAYLOAD_PROFILE, WarcWriter, headers_for_stored_body, warc_date

WARCIO = str(Path(sys.executable).with_name("warcio"))
PAGE = "<html><head><title>在全市工作会议上的讲话</title></head><body><p>同志们：</p></body></html>".encode()
URL = "http://127.0.0.1:8000/jianghua/1080.html"
REQUEST_HEADERS = [("User-Agent", "speech-archive/0.1"), ("Accept-Encoding", "gzip, deflate, br")]


def warcio(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([WARCIO, *args], capture_output=True, text=True, timeout=HANG)


def records(path: Path) -> list[dict]:
    """Every record of a WARC file: its WARC headers, HTTP status line and raw (stored) payload."""
    result = []
    with open(path, "rb") as stream:
        for record in ArchiveIterator(stream):
            result.append(
                {
                    "type": record.rec_type,
                    "warc": dict(record.rec_headers.headers),
                    "http": dict(record.http_headers.headers) if record.http_headers else {},
                    "statusline": record.http_headers.statusline if record.http_headers else None,
                    "raw": record.raw_stream.read(),
                }
            )
    return result


def write_page(writer: WarcWriter, body: bytes = PAGE, headers=None, url: str = URL) -> dict:
    return writer.write_exchange(
        url,
        "GET",
        REQUEST_HEADERS,
        200,
        "OK",
        headers or [("Content-Type", "text/html; charset=utf-8"), ("ETag", '"v1"')],
        body,
        fetched_at="2024-05-01T12:00:00Z",
        ip="127.0.0.1",
    )


def test_an_exchange_is_a_valid_request_response_pair(tmp_path):
    with WarcWriter(tmp_path, "run1") as writer:
        ref = write_page(writer)

    path = tmp_path / "run1-00000.warc.gz"
    assert ref["file"] == "run1-00000.warc.gz"
    assert warcio("check", "-v", str(path)).returncode == 0
    index = [json.loads(line) for line in warcio("index", str(path)).stdout.splitlines()]
    assert [row["warc-type"] for row in index] == ["warcinfo", "response", "request"]
    assert int(index[1]["offset"]) == ref["offset"]

    warcinfo, response, request = records(path)
    assert warcinfo["warc"]["WARC-Filename"] == "run1-00000.warc.gz"
    assert response["warc"]["WARC-Record-ID"] == ref["record_id"]
    assert response["warc"]["WARC-Payload-Digest"] == ref["payload_digest"].strip()
    assert ref["payload_digest"].startswith("sha1:")
    assert "WARC-Block-Digest" in response["warc"]
    assert response["warc"]["WARC-Date"] == ref["date"] == "2024-05-01T12:00:00Z"
    assert response["warc"]["WARC-IP-Address"] == "127.0.0.1"
    assert response["statusline"] == "200 OK"
    assert response["raw"] == PAGE
    assert request["warc"]["WARC-Concurrent-To"] == ref["record_id"]
    assert request["http"]["Host"] == "127.0.0.1:8000"
    assert request["statusline"] == "/jianghua/1080.html HTTP/1.1"
    assert request["http"]["User-Agent"] == "speech-archive/0.1"


def test_a_gzip_body_is_stored_as_received_and_read_back_decoded(tmp_path):
    encoded = gzip.compress(PAGE)
    headers = [
        ("Content-Type", "text/html"),
        ("Content-Encoding", "gzip"),
        ("Transfer-Encoding", "chunked"),
    ]
    with WarcWriter(tmp_path, "run1") as writer:
        ref = write_page(writer, encoded, headers)

    path = tmp_path / ref["file"]
    assert warcio("check", str(path)).returncode == 0
    response = next(r for r in records(path) if r["type"] == "response")
    assert response["raw"] == encoded  # the wire bytes, not the page
    # Chunking was undone before we saw the body: the stored headers must not claim it.
    assert "Transfer-Encoding" not in response["http"]
    assert response["http"]["Content-Length"] == str(len(encoded))

    headers_back, body = read_record(tmp_path, ref)
    assert body == PAGE
    assert headers_back["Content-Encoding"] == "gzip"
    assert headers_back["Content-Type"] == "text/html"


def test_headers_for_stored_body_keep_a_correct_length_untouched():
    headers = [("Content-Length", "5"), ("ETag", '"x"')]
    assert headers_for_stored_body(headers, b"hello") == headers
    assert headers_for_stored_body([("Content-Length", "9")], b"hello") == [("Content-Length", "5")]


def test_files_rotate_by_size_and_every_file_is_valid(tmp_path):
    with WarcWriter(tmp_path, "big", max_file_size=4096) as writer:
        refs = [write_page(writer, PAGE * 20 + str(i).encode(), url=f"{URL}?p={i}") for i in range(12)]
        names = list(writer.files)

    files = sorted(p.name for p in tmp_path.iterdir())
    assert len(files) > 2
    assert files == names == [f"big-{i:05d}.warc.gz" for i in range(len(files))]
    for name in files:
        assert warcio("check", str(tmp_path / name)).returncode == 0
        assert records(tmp_path / name)[0]["type"] == "warcinfo"
    # Request and response of an exchange share their file; every ref reads back.
    for i, ref in enumerate(refs):
        assert read_record(tmp_path, ref)[1] == PAGE * 20 + str(i).encode()


def test_a_new_writer_never_overwrites_earlier_files(tmp_path):
    with WarcWriter(tmp_path, "run") as writer:
        first = write_page(writer)
    with WarcWriter(tmp_path, "run") as writer:
        second = write_page(writer)
    assert (first["file"], second["file"]) == ("run-00000.warc.gz", "run-00001.warc.gz")


def test_a_writer_that_wrote_nothing_leaves_no_file(tmp_path):
    WarcWriter(tmp_path / "warc", "idle").close()
    assert not (tmp_path / "warc").exists()


def test_a_revisit_refers_to_the_original_capture(tmp_path):
    with WarcWriter(tmp_path, "run1") as writer:
        original = write_page(writer)
    with WarcWriter(tmp_path, "run2") as writer:
        revisit = writer.write_revisit(
            URL, 304, [("ETag", '"v1"')], refers_to=original, fetched_at="2024-06-01T08:00:00+08:00"
        )

    path = tmp_path / revisit["file"]
    assert warcio("check", str(path)).returncode == 0
    record = next(r for r in records(path) if r["type"] == "revisit")
    assert record["warc"]["WARC-Profile"] == "http://netpreserve.org/warc/1.1/revisit/server-not-modified"
    assert record["warc"]["WARC-Refers-To"] == original["record_id"]
    assert record["warc"]["WARC-Refers-To-Target-URI"] == URL
    assert record["warc"]["WARC-Refers-To-Date"] == original["date"]
    assert record["warc"]["WARC-Date"] == revisit["date"] == "2024-06-01T00:00:00Z"
    assert record["statusline"] == "304 Not Modified"
    assert revisit["payload_digest"] == original["payload_digest"]
    # Reading a revisit's ref follows it to the page it confirms.
    assert read_record(tmp_path, revisit)[1] == PAGE


def test_a_304_revisit_keeps_only_what_the_304_is_about(tmp_path):
    with WarcWriter(tmp_path, "run1") as writer:
        original = write_page(writer)
    answer = [
        ("Server", "replica-web/1"),
        ("Content-Length", "0"),
        ("Date", "Sat, 01 Jun 2024 00:00:00 GMT"),
        ("ETag", '"v1"'),
        ("Last-Modified", "Wed, 01 May 2024 12:00:00 GMT"),
    ]
    with WarcWriter(tmp_path, "run2") as writer:
        revisit = writer.write_revisit(
            URL, 304, answer, refers_to=original, fetched_at="2024-06-01T00:00:00Z"
        )

    record = next(r for r in records(tmp_path / revisit["file"]) if r["type"] == "revisit")
    assert record["http"] == {
        "Date": "Sat, 01 Jun 2024 00:00:00 GMT",
        "ETag": '"v1"',
        "Last-Modified": "Wed, 01 May 2024 12:00:00 GMT",
    }
    assert record["warc"]["WARC-Payload-Digest"] == original["payload_digest"]  # replay matches by it
    assert "WARC-Block-Digest" not in record["warc"] and "WARC-IP-Address" not in record["warc"]
    assert record["raw"] == b""


def test_a_page_fetched_again_unchanged_is_an_identical_payload_revisit(tmp_path):
    with WarcWriter(tmp_path, "run1") as writer:
        original = write_page(writer)
    headers = [("Content-Type", "text/html; charset=utf-8"), ("Server", "replica-web/1")]
    with WarcWriter(tmp_path, "run2") as writer:
        second = writer.write_revisit(
            URL,
            200,
            headers,
            refers_to=original,
            fetched_at="2024-06-01T00:00:00Z",
            profile=IDENTICAL_PAYLOAD_PROFILE,
        )
    with WarcWriter(tmp_path, "run3") as writer:
        # Confirming the second fetch refers to the capture that holds the payload, not to a revisit.
        third = writer.write_revisit(URL, 304, [], refers_to=second, fetched_at="2024-07-01T00:00:00Z")

    for ref in (second, third):
        assert warcio("check", str(tmp_path / ref["file"])).returncode == 0
        assert ref["refers_to"] == original
        assert read_record(tmp_path, ref)[1] == PAGE
    record = next(r for r in records(tmp_path / second["file"]) if r["type"] == "revisit")
    assert record["warc"]["WARC-Profile"] == IDENTICAL_PAYLOAD_PROFILE
    assert record["warc"]["WARC-Refers-To"] == original["record_id"]
    assert record["warc"]["WARC-Payload-Digest"] == original["payload_digest"]
    assert record["statusline"] == "200 OK" and record["http"] == dict(headers)
    third_record = next(r for r in records(tmp_path / third["file"]) if r["type"] == "revisit")
    assert third_record["warc"]["WARC-Refers-To"] == original["record_id"]


def test_an_unknown_revisit_profile_is_refused(tmp_path):
    with WarcWriter(tmp_path, "run1") as writer:
        original = write_page(writer)
        with pytest.raises(ValueError, match="revisit profile"):
            writer.write_revisit(URL, refers_to=original, fetched_at="2024-06-01T00:00:00Z", profile="other")


def test_iter_responses_yields_every_page_decoded_with_its_ref(tmp_path):
    with WarcWriter(tmp_path, "run1", max_file_size=1024) as writer:
        plain = write_page(writer, PAGE, url=URL + "?a")
        zipped = write_page(writer, gzip.compress(PAGE), [("Content-Encoding", "gzip")], url=URL + "?b")
        revisit = writer.write_revisit(URL + "?a", refers_to=plain, fetched_at="2024-05-02T00:00:00Z")

    responses = list(iter_responses(tmp_path))
    assert [(r.url, r.status, r.body) for r in responses] == [
        (URL + "?a", 200, PAGE),
        (URL + "?b", 200, PAGE),
    ]
    assert [r.ref for r in responses] == [plain, zipped]
    with_revisits = list(iter_responses(tmp_path, include_revisits=True))
    assert [r.record_type for r in with_revisits] == ["response", "response", "revisit"]
    assert with_revisits[2].refers_to == plain["record_id"]
    assert with_revisits[2].ref["offset"] == revisit["offset"]


def test_read_record_refuses_a_ref_that_points_elsewhere(tmp_path):
    with WarcWriter(tmp_path, "run1") as writer:
        ref = write_page(writer)
    with pytest.raises(ValueError):
        read_record(tmp_path, {**ref, "record_id": "<urn:uuid:00000000-0000-0000-0000-000000000000>"})


def test_warc_date_is_utc():
    assert warc_date("2024-05-01T20:00:00+08:00") == "2024-05-01T12:00:00Z"
    assert warc_date("2024-05-01T12:00:00.250000Z") == "2024-05-01T12:00:00.250000Z"
    assert warc_date("2024-05-01T12:00:00") == "2024-05-01T12:00:00Z"
