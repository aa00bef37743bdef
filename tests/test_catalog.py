"""The archive's catalog (archive/catalog.py) and its search (archive/search.py), on an archive made
by a real crawl of the bundled replica: what it holds, what a query finds, and how it is kept up
to date (each commit, a deleted catalog, a crawl holding the lock)."""

from __future__ import annotations

import shutil
import sqlite3

import opencc
import pytest
from crawlhelp import audit

from archive import store
from archive.catalog import build_catalog, catalog_for_reading, catalog_path, catalog_sizes, catalog_stamp
from archive.lock import ArchiveLock
from archive.search import Filters, search
from archive.store import Archive


def unique_phrase(docs: list[dict], doc: dict, length: int = 10) -> str | None:
    """A stretch of `doc`'s text found in no other document (title or text); the replica's
    speeches share many paragraphs, so some have none."""
    others = [
        (d.get("title") or "") + "\n" + (d.get("text") or "") for d in docs if d["doc_id"] != doc["doc_id"]
    ]
    text = doc["text"]
    for start in range(0, len(text) - length, 7):
        phrase = text[start : start + length]
        if phrase.strip() == phrase and "\n" not in phrase and not any(phrase in o for o in others):
            return phrase
    return None


def scan(docs: list[dict], term: str) -> set[str]:
    return {d["doc_id"] for d in docs if term in (d.get("title") or "") or term in (d.get("text") or "")}


def rows(path, sql: str) -> list[tuple]:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


@pytest.fixture
def archive_copy(replica_archive, tmp_path) -> Archive:
    shutil.copytree(replica_archive, tmp_path / "archive")
    return Archive(tmp_path / "archive")


def test_the_crawl_commit_wrote_a_catalog_of_the_latest_version_as_audit_counts_it(replica_archive):
    archive = Archive(replica_archive)
    path = catalog_path(archive)
    docs = list(Archive(replica_archive).documents())
    summary = audit(replica_archive)

    assert path == replica_archive / "index" / "catalog.sqlite"
    assert catalog_stamp(path) == archive.latest() == 1
    assert [r[0] for r in rows(path, "SELECT doc_id FROM documents ORDER BY doc_id")] == sorted(
        d["doc_id"] for d in docs
    )
    assert rows(path, "SELECT count(*) FROM documents WHERE truncated = 1")[0][0] == summary["truncated"]
    assert rows(path, "SELECT count(*) FROM urls")[0][0] == summary["urls"]
    assert dict(rows(path, "SELECT kind, count(*) FROM urls WHERE kind != 'canonical' GROUP BY kind")) == {
        kind: n for kind, n in summary["merged"].items() if n
    }
    assert rows(path, "SELECT DISTINCT version, state FROM document_versions") == [(1, "new")]
    assert not list((replica_archive / "index").glob(".catalog*.tmp"))  # nothing half-written left


def test_a_phrase_from_a_speech_finds_that_document_first(replica_archive):
    docs = list(Archive(replica_archive).documents())
    path = catalog_path(Archive(replica_archive))
    tried = 0
    for doc in docs:
        phrase = unique_phrase(docs, doc)
        if phrase is None:
            continue
        tried += 1

        hits, total = search(path, phrase)

        assert hits[0].doc_id == doc["doc_id"], phrase
        assert total == 1
        start, end = hits[0].marks[0]
        assert hits[0].snippet[start:end] == phrase
    assert tried >= len(docs) // 2


def test_a_query_in_traditional_script_finds_the_simplified_text(replica_archive):
    docs = list(Archive(replica_archive).documents())
    path = catalog_path(Archive(replica_archive))
    to_traditional = opencc.OpenCC("s2t").convert
    # a speech the Traditional-script site published (the archive keeps it in Simplified)
    hant = [d for d in docs if "fanwen_hant" in d["sites"]]
    hant_source, phrase = next(
        (d, p) for d in hant if (p := unique_phrase(docs, d, length=12)) and to_traditional(p) != p
    )
    traditional = to_traditional(phrase)

    hits, _ = search(path, traditional)

    assert [h.doc_id for h in hits] == [hant_source["doc_id"]]


@pytest.mark.parametrize("term", ["教育", "会", "均衡发展", "教育家型校长", "同志们", "XXX"])
def test_hits_are_exactly_the_documents_containing_the_text_short_or_long(replica_archive, term):
    docs = list(Archive(replica_archive).documents())

    hits, total = search(catalog_path(Archive(replica_archive)), term, limit=1000)

    assert {h.doc_id for h in hits} == scan(docs, term)  # no trigram false positive, nothing missed
    assert total == len(hits)


def test_several_words_must_all_occur(replica_archive):
    docs = list(Archive(replica_archive).documents())
    expected = scan(docs, "均衡") & scan(docs, "校长队伍")

    hits, _ = search(catalog_path(Archive(replica_archive)), "均衡 校长队伍", limit=1000)

    assert expected and {h.doc_id for h in hits} == expected


def test_filters_narrow_the_hits_to_the_documents_they_name(replica_archive):
    docs = list(Archive(replica_archive).documents())
    path = catalog_path(Archive(replica_archive))
    everything = scan(docs, "教育")

    def found(**filters) -> set[str]:
        return {h.doc_id for h in search(path, "教育", Filters(**filters), limit=1000)[0]}

    by_id = {d["doc_id"]: d for d in docs}
    assert found(site="fanwen_hant") == {i for i in everything if "fanwen_hant" in by_id[i]["sites"]} != set()
    assert (
        found(flag="mojibake")
        == {i for i in everything if "mojibake" in (by_id[i].get("flags") or [])}
        != set()
    )
    assert (
        found(truncated=True)
        == {i for i in everything if by_id[i].get("truncated") or by_id[i].get("omitted_chars")}
        != set()
    )
    dated = {i: (by_id[i].get("published_at") or "")[:10] for i in everything}
    assert (
        found(since="2021-01-01", until="2022-12-31")
        == {i for i, day in dated.items() if "2021-01-01" <= day <= "2022-12-31"}
        != set()
    )
    assert found(since="2024") == {i for i, day in dated.items() if day >= "2024-01-01"}
    assert found(site="fanwen_hant", truncated=True, since="2099") == set()


def test_a_deleted_catalog_is_rebuilt_by_the_next_search_when_the_lock_is_free(archive_copy):
    path = catalog_path(archive_copy)
    before = rows(path, "SELECT * FROM documents ORDER BY doc_id")
    path.unlink()

    with catalog_for_reading(archive_copy) as (found, note):
        assert (found, note) == (path, None)
    assert rows(path, "SELECT * FROM documents ORDER BY doc_id") == before


def test_a_crawl_holding_the_lock_is_never_written_into(archive_copy):
    path = catalog_path(archive_copy)
    path.unlink()
    crawl = ArchiveLock(archive_copy.lock_path)
    crawl.acquire()
    try:
        with catalog_for_reading(archive_copy) as (found, note):
            assert found != path and catalog_stamp(found) == 1 and "lock" in note
            hits, _ = search(found, "教育家型校长")
            assert hits
    finally:
        crawl.release()

    assert not path.exists()  # the archive was left alone
    assert not found.parent.exists()  # and the temporary catalog was removed


def test_each_commit_refreshes_the_catalog_with_the_versions_it_lacks(archive_copy):
    path = catalog_path(archive_copy)
    gone = rows(path, "SELECT doc_id, url FROM documents WHERE copies = 1 ORDER BY doc_id LIMIT 1")[0]
    kept = rows(path, "SELECT count(*) FROM documents")[0][0] - 1

    run = archive_copy.begin_run({"spiders": ["test"]})
    run.mark_gone(gone[1])
    assert run.commit({}) == 2

    assert catalog_stamp(path) == 2
    assert rows(path, "SELECT count(*) FROM documents")[0][0] == kept
    assert rows(path, f"SELECT version, state FROM document_versions WHERE doc_id = '{gone[0]}'") == [
        (1, "new"),
        (2, "removed"),
    ]
    assert rows(path, "SELECT version, removed FROM versions ORDER BY version") == [(1, 0), (2, 1)]
    # the update in place gives what a build from scratch gives
    fresh = archive_copy.root / "fresh.sqlite"
    assert build_catalog(archive_copy, fresh, incremental=False)["mode"] == "built"
    for table in ("urls", "removed", "document_versions", "versions"):
        assert rows(path, f"SELECT * FROM {table} ORDER BY 1, 2") == rows(
            fresh, f"SELECT * FROM {table} ORDER BY 1, 2"
        )
    columns = "doc_id, title, sites, truncated, flags, gaps, text, first_version, changed_in"  # not n, the index key
    assert rows(path, f"SELECT {columns} FROM documents ORDER BY doc_id") == rows(
        fresh, f"SELECT {columns} FROM documents ORDER BY doc_id"
    )
    assert search(path, "教育家型校长", limit=100)[1] == search(fresh, "教育家型校长", limit=100)[1]


def test_catalog_size_is_reported_against_the_text(replica_archive):
    sizes = catalog_sizes(catalog_path(Archive(replica_archive)))
    text = sum(
        len(((d.get("title") or "") + d["text"]).encode()) for d in Archive(replica_archive).documents()
    )

    assert sizes["text_bytes"] == text
    assert sizes["catalog_bytes"] > text


def test_a_catalog_of_the_previous_schema_is_rebuilt_and_said_so_in_one_line(archive_copy, capsys):
    from crawler.cli import main

    path = catalog_path(archive_copy)
    before = rows(path, "SELECT doc_id, title, text FROM documents ORDER BY doc_id")
    db = sqlite3.connect(path)
    with db:  # as schema 1 left it: an FTS5 trigram table in the file, no word index
        db.execute("UPDATE catalog_meta SET value = '1' WHERE key = 'schema'")
        db.execute("DELETE FROM catalog_meta WHERE key = 'words'")
        db.execute("CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, tokenize='trigram')")
    db.close()
    assert catalog_stamp(path) is None

    assert main(["catalog", "--archive", str(archive_copy.root)]) == 0

    out = capsys.readouterr().out.strip()
    assert out.count("\n") == 0 and "rebuilt (the catalog on disk was of schema 1" in out
    assert catalog_stamp(path) == 1
    assert rows(path, "SELECT doc_id, title, text FROM documents ORDER BY doc_id") == before
    assert rows(path, "SELECT name FROM sqlite_master WHERE name = 'documents_fts'") == []
    assert search(path, "教育家型校长")[0]


def test_a_missing_word_index_makes_the_catalog_rebuilt(archive_copy):
    from archive.word_index import words_dir

    path = catalog_path(archive_copy)
    shutil.rmtree(words_dir(path))
    assert catalog_stamp(path) is None

    with catalog_for_reading(archive_copy) as (found, note):
        assert (found, note) == (path, None)
        assert search(found, "教育家型校长")[0]


def file_bytes(folder) -> dict:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_a_commit_that_changes_nothing_keeps_the_word_index_as_it_is(archive_copy):
    from archive.catalog import catalog_meta
    from archive.word_index import words_dir

    path = catalog_path(archive_copy)
    before = catalog_meta(path)["words"]
    files = file_bytes(words_dir(path) / before)

    run = archive_copy.begin_run({"spiders": ["test"]})
    assert run.commit({}) == 2

    assert catalog_stamp(path) == 2 and catalog_meta(path)["words"] == before
    assert [p.name for p in words_dir(path).iterdir()] == [before]  # no copy made
    assert file_bytes(words_dir(path) / before) == files
    assert search(path, "教育家型校长")[0]


def test_a_run_that_carries_pages_over_reads_no_manifest_and_counts_every_document_unchanged(
    archive_copy, monkeypatch
):
    """A run that only carries pages over neither opens nor commits by reading the checkpoint
    (every document of the archive), and the catalog learns the version from its empty delta:
    its meta and the catalog count every document unchanged all the same."""
    path = catalog_path(archive_copy)
    documents = rows(path, "SELECT count(*) FROM documents")[0][0]
    carried = rows(path, "SELECT url FROM documents ORDER BY doc_id LIMIT 1")[0][0]
    read: list[str] = []
    real_read_entries = store.read_entries

    def spy(file, *args, **kwargs):
        read.append(file.name)
        return real_read_entries(file, *args, **kwargs)

    monkeypatch.setattr(store, "read_entries", spy)
    monkeypatch.setattr(store, "iter_version_entries", lambda *a, **k: pytest.fail("a whole manifest read"))
    run = archive_copy.begin_run({"spiders": ["test"]})
    run.carry_over(carried)
    assert run.commit({}) == 2

    assert read == ["changes.jsonl"]
    meta = archive_copy.meta(2)
    assert meta["documents"] == {"new": 0, "changed": 0, "unchanged": documents, "removed": 0}
    assert meta["archive_stats"]["pages_carried_over"] == 1 and meta["documents_seen"] >= 1
    assert catalog_stamp(path) == 2
    versions = rows(path, "SELECT version, new, changed, unchanged, removed FROM versions ORDER BY version")
    assert versions[1] == (2, 0, 0, documents, 0)
    assert rows(path, "SELECT count(*) FROM document_versions WHERE version = 2") == [(0,)]


def test_a_commit_with_changes_writes_a_new_word_index_and_keeps_only_the_previous_one(archive_copy):
    from archive.catalog import catalog_meta
    from archive.word_index import words_dir

    path = catalog_path(archive_copy)
    names = [catalog_meta(path)["words"]]
    first_files = file_bytes(words_dir(path) / names[0])
    gone = [
        url for (url,) in rows(path, "SELECT url FROM documents WHERE copies = 1 ORDER BY doc_id LIMIT 2")
    ]
    for url in gone:
        run = archive_copy.begin_run({"spiders": ["test"]})
        run.mark_gone(url)
        run.commit({})
        names.append(catalog_meta(path)["words"])
        if len(names) == 2:  # the previous index, read by whoever still holds the previous catalog
            assert file_bytes(words_dir(path) / names[0]) == first_files

    assert len(set(names)) == 3  # a new directory each time, none changed in place
    assert sorted(p.name for p in words_dir(path).iterdir()) == sorted(names[1:])
    # its unchanged segment files are the previous index's, linked, not copied
    previous, latest = (words_dir(path) / name for name in names[1:])
    common = {p.name for p in previous.iterdir() if p.suffix == ".idx"} & {p.name for p in latest.iterdir()}
    assert common and all((previous / n).stat().st_ino == (latest / n).stat().st_ino for n in common)
