"""`speech-archive search` and `speech-archive catalog` as a user runs them (in-process `main`),
on an archive made by a real crawl of the bundled replica."""

from __future__ import annotations

import json
import shutil

import pytest
from test_catalog import unique_phrase

from archive.catalog import catalog_path, catalog_stamp
from archive.lock import ArchiveLock
from archive.store import Archive
from crawler import exitcodes
from crawler.cli import main


def run(capsys, *args) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def docs(replica_archive) -> list[dict]:
    return list(Archive(replica_archive).documents())


def test_a_phrase_prints_its_document_first_with_urls_and_the_match_marked(replica_archive, docs, capsys):
    doc, phrase = next((d, p) for d in docs if (p := unique_phrase(docs, d)))

    code, out, err = run(capsys, "search", phrase, "--archive", str(replica_archive))

    assert code == exitcodes.OK, err
    lines = out.splitlines()
    assert lines[0] == f"1 document matches {phrase!r}"
    assert lines[2].startswith("1. ") and lines[2].endswith(f"[{doc['doc_id']}]")
    assert f"«{phrase}»" in out
    for url in doc["urls"]:
        assert f"   {url}" in lines


def test_json_lines_carry_the_fields_a_script_needs(replica_archive, docs, capsys):
    code, out, _ = run(capsys, "search", "教育家型校长", "--json", "--archive", str(replica_archive))

    hits = [json.loads(line) for line in out.splitlines()]
    assert code == exitcodes.OK
    assert len(hits) == sum("教育家型校长" in d["text"] for d in docs) > 1
    for hit in hits:
        assert {"doc_id", "title", "site", "sites", "published_at", "url", "urls", "snippet", "marks"} <= set(
            hit
        )
        start, end = hit["marks"][0]
        assert hit["snippet"][start:end] == "教育家型校长"


def test_filters_on_the_command_line(replica_archive, docs, capsys):
    def doc_ids(*args) -> set[str]:
        code, out, err = run(
            capsys, "search", "教育", "--json", "--limit", "1000", "--archive", str(replica_archive), *args
        )
        assert code == exitcodes.OK, err
        return {json.loads(line)["doc_id"] for line in out.splitlines()}

    with_text = [d for d in docs if "教育" in d["text"] or "教育" in (d.get("title") or "")]
    assert doc_ids("--site", "huigou6") == {d["doc_id"] for d in with_text if "huigou6" in d["sites"]}
    assert doc_ids("--flag", "paywall") == {d["doc_id"] for d in with_text if "paywall" in d["flags"]}
    assert doc_ids("--truncated") == {d["doc_id"] for d in with_text if d["truncated"] or d["omitted_chars"]}
    assert doc_ids("--since", "2023-01", "--until", "2024-06-30") == {
        d["doc_id"] for d in with_text if "2023-01-01" <= (d.get("published_at") or "")[:10] <= "2024-06-30"
    }
    assert doc_ids("--site", "huigou6") and doc_ids("--truncated")


def test_nothing_found_is_not_an_error(replica_archive, capsys):
    code, out, _ = run(capsys, "search", "量子引力弦论", "--archive", str(replica_archive))

    assert (code, out) == (exitcodes.OK, "no match\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["   "], "the query is empty"),
        (["教育", "--since", "2024-02-30"], "not a date: '2024-02-30'"),
        (["教育", "--since", "2025", "--until", "2024"], "--since 2025 is after --until 2024"),
        (["x" * 201], "at most 200 are searched"),
    ],
)
def test_a_query_the_catalog_cannot_take_is_one_clear_line(replica_archive, capsys, args, message):
    code, out, err = run(capsys, "search", *args, "--archive", str(replica_archive))

    assert code == exitcodes.USAGE
    assert out == "" and len(err.splitlines()) == 1 and message in err


def test_no_archive_is_one_clear_line(tmp_path, capsys):
    code, _, err = run(capsys, "search", "教育", "--archive", str(tmp_path / "none"))

    assert (
        code == exitcodes.FAILURE
        and err.strip() == f"speech-archive search: no archive at {tmp_path / 'none'}"
    )


def test_catalog_command_rebuilds_a_deleted_catalog_and_respects_a_crawls_lock(
    replica_archive, tmp_path, capsys
):
    root = tmp_path / "archive"
    shutil.copytree(replica_archive, root)
    path = catalog_path(Archive(root))
    path.unlink()

    crawl = ArchiveLock(root / "lock")
    crawl.acquire()
    try:
        code, _, err = run(capsys, "catalog", "--archive", str(root))
        assert code == exitcodes.LOCKED and "locked by pid" in err
        assert not path.exists()
        code, out, err = run(capsys, "search", "教育家型校长", "--archive", str(root))  # still answers
        assert code == exitcodes.OK and "documents match" in out and "a crawl holds the archive lock" in err
        assert not path.exists()
    finally:
        crawl.release()

    code, out, err = run(capsys, "catalog", "--archive", str(root))
    assert code == exitcodes.OK, err
    assert catalog_stamp(path) == 1 and "version 1, built" in out and "the documents' text" in out
    code, out, _ = run(capsys, "catalog", "--archive", str(root), "--rebuild")
    assert code == exitcodes.OK and "version 1, built" in out
    code, out, _ = run(capsys, "catalog", "--archive", str(root))
    assert code == exitcodes.OK and "up to date" in out


def test_a_count_beyond_the_candidates_checked_is_printed_as_an_estimate(
    replica_archive, docs, capsys, monkeypatch
):
    import archive.search

    word = "教育"
    holding = [d for d in docs if word + "的" in d["text"] or word + "的" in (d.get("title") or "")]
    assert len(holding) > 4
    monkeypatch.setattr(archive.search, "CHECK_ALL", 1)  # as for a word with thousands of candidates
    monkeypatch.setattr(archive.search, "FIRST_BATCH", 1)

    code, out, err = run(capsys, "search", word + "的", "--limit", "1", "--archive", str(replica_archive))

    assert code == exitcodes.OK, err
    assert out.splitlines()[0].startswith("1 of about ") and out.splitlines()[0].endswith(
        f" match {word + '的'!r}"
    )
