"""The CDXJ index of a run's own WARC files is made from what its writer noted, and is line for
line what cdxj-indexer makes reading the files back; files the writer cannot vouch for are read."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from archive import cdxj
from archive.cdxj import cdxj_lines_of, cdxj_path, plain_mime, update_cdxj_index
from archive.warc_writer import IDENTICAL_PAYLOAD_PROFILE, WarcWriter

PAGE = "<html><head><title>在全市工作会议上的讲话</title></head><body><p>同志们：</p></body></html>".encode()
BASE = "http://127.0.0.1:8000"


def write_every_kind(writer: WarcWriter) -> None:
    """One of each record a crawl writes: pages, a listing, robots.txt, redirects, errors, a page
    without Content-Type, one with an empty one, a query string, a 304 and an identical payload."""

    def exchange(
        path, status=200, headers=(("Content-Type", "text/html; charset=utf-8"),), body=PAGE, at="12"
    ):
        return writer.write_exchange(
            f"{BASE}{path}",
            "GET",
            [("User-Agent", "speech-archive/0.1")],
            status,
            None,
            list(headers),
            body,
            fetched_at=f"2024-05-01T{at}:00:00.123456+00:00",
        )

    page = exchange(
        "/jianghua/1080.html", headers=[("Content-Type", "text/html;charset=GBK"), ("ETag", '"v1"')]
    )
    exchange("/robots.txt", headers=[("Content-Type", "text/plain")], body=b"User-agent: *\nDisallow:\n")
    exchange("/list_1.html", headers=[("content-type", "TEXT/HTML"), ("Transfer-Encoding", "chunked")])
    exchange(
        "/old.html", 301, [("Location", f"{BASE}/jianghua/1080.html"), ("Content-Type", "text/html")], b""
    )
    exchange("/gone.html", 404, [("Content-Type", "text/html")], b"<html>not here</html>")
    exchange("/file.bin", headers=[], body=b"\x00\x01")
    exchange("/empty-type.html", headers=[("Content-Type", "")])
    exchange("/search?q=%E8%AE%B2%E8%AF%9D&page=2", headers=[("Content-Type", "text/html; charset=utf-8")])
    exchange("/a/../b/./c.html", headers=[("Content-Type", "application/xhtml+xml")], at="13")
    writer.write_revisit(
        f"{BASE}/jianghua/1080.html",
        304,
        [("ETag", '"v1"'), ("Server", "replica")],
        refers_to=page,
        fetched_at="2024-05-08T12:00:00Z",
    )
    writer.write_revisit(
        f"{BASE}/jianghua/1080.html",
        200,
        [("Content-Type", "text/html;charset=GBK")],
        refers_to=page,
        fetched_at="2024-05-09T12:00:00Z",
        profile=IDENTICAL_PAYLOAD_PROFILE,
    )


def test_the_lines_made_from_the_writer_are_cdxj_indexers_lines(tmp_path):
    warc = tmp_path / "warc"
    with WarcWriter(warc, prefix="r000001", max_file_size=4000) as writer:  # a few files
        write_every_kind(writer)
    written = writer.written_files()
    assert len(written) > 1 and all(w.entries is not None for w in written.values())

    made = sorted(line for name, w in written.items() for line in cdxj.written_lines(warc / name, w))
    read = cdxj_lines_of(warc, sorted(warc.iterdir()))
    assert len(read) == 11  # responses and revisits: no warcinfo, no request
    assert made == read


def test_a_commit_indexes_its_own_files_without_reading_them_and_reads_the_others(tmp_path, monkeypatch):
    warc = tmp_path / "warc"
    with WarcWriter(warc, prefix="r000001") as earlier:  # a crash kept it from being indexed
        write_every_kind(earlier)
    with WarcWriter(warc, prefix="r000002") as writer:
        write_every_kind(writer)
    expected = cdxj_lines_of(warc, sorted(warc.iterdir()))

    read_back: list[str] = []
    real = cdxj.cdxj_lines_of

    def spy(warc_dir, paths):
        paths = list(paths)
        read_back.extend(p.name for p in paths)
        return real(warc_dir, paths)

    monkeypatch.setattr(cdxj, "cdxj_lines_of", spy)
    archive = SimpleNamespace(root=tmp_path, warc_dir=warc)
    assert update_cdxj_index(archive, writer.written_files()) == len(expected)
    assert read_back == ["r000001-00000.warc.gz"]  # only the file no writer of this run wrote
    assert cdxj_path(tmp_path).read_text(encoding="utf-8").splitlines(keepends=True) == expected


def test_a_file_that_is_not_what_its_writer_wrote_is_read_back(tmp_path, monkeypatch):
    warc = tmp_path / "warc"
    with WarcWriter(warc, prefix="r000001") as writer:
        write_every_kind(writer)
    written = writer.written_files()
    path = warc / "r000001-00000.warc.gz"
    path.write_bytes(path.read_bytes()[:-10])  # cut short after the writer closed it
    assert cdxj.written_lines(path, written[path.name]) is None


@pytest.mark.parametrize(
    ("headers", "mime"),
    [
        ([("Content-Type", "text/html; charset=utf-8")], "text/html"),
        ([("Content-Type", "text/html ; x=1")], "text/html"),
        ([("ETag", '"1"')], None),
        ([("Content-Type", "")], ""),
        ([("Content-Type", "text/plain"), ("Content-Type", "text/html")], "text/plain"),
    ],
)
def test_plain_headers_give_the_mime_cdxj_indexer_reads(headers, mime):
    assert plain_mime(headers) == (True, mime)


@pytest.mark.parametrize(
    "headers",
    [
        [("Content-Type", "text/html; charset=讲话")],  # not ASCII: warcio may encode it
        [("Content-Type", " text/html")],  # warcio's reader strips it
        [("Content-Type", "text/html"), (" X-Folded", "1")],  # read as a continuation line
        [("X-Odd", "a\tb")],
    ],
)
def test_unusual_headers_are_left_to_cdxj_indexer(headers):
    assert plain_mime(headers) == (False, None)


def test_a_file_with_an_unusual_header_is_read_back_and_indexed_the_same(tmp_path):
    warc = tmp_path / "warc"
    with WarcWriter(warc, prefix="r000001") as writer:
        write_every_kind(writer)
        writer.write_exchange(
            f"{BASE}/odd.html",
            "GET",
            [],
            200,
            None,
            [("Content-Type", "text/html; charset=讲话")],
            PAGE,
            fetched_at="2024-05-01T12:00:00Z",
        )
    assert writer.written_files()["r000001-00000.warc.gz"].entries is None
    archive = SimpleNamespace(root=tmp_path, warc_dir=warc)
    assert update_cdxj_index(archive, writer.written_files()) == 12
    assert cdxj_path(tmp_path).read_text(encoding="utf-8").splitlines(keepends=True) == cdxj_lines_of(
        warc, sorted(warc.iterdir())
    )
