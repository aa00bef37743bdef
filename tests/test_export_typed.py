"""Parquet typed for data tools: published_at a UTC timestamp with its precision, provenance and
gaps as nested structs and lists, a truncation's omitted_chars filled as `show` computes it (JSON
Lines too, and otherwise unchanged), a field the schema does not know refused; the README's duckdb
queries run on an export of an archive written by an earlier release."""

from __future__ import annotations

import json
import re
import shutil
from datetime import UTC, date, datetime

import pytest
from crawlhelp import REPO_ROOT

from archive.export import export_record, write_parquet
from archive.store import Archive
from crawler import exitcodes
from crawler.cli import main

duckdb = pytest.importorskip("duckdb")
FIXTURE = REPO_ROOT / "tests" / "fixtures" / "archive-2026-11"


@pytest.fixture
def archive(tmp_path):
    root = tmp_path / "archive"
    shutil.copytree(FIXTURE, root)
    return root


def parquet_of(archive, tmp_path, capsys):
    out = tmp_path / "docs.parquet"
    assert main(["export", "--archive", str(archive), "-o", str(out)]) == exitcodes.OK
    capsys.readouterr()
    return out


def test_a_truncation_gap_carries_the_chars_show_says_are_not_shown(archive, tmp_path, capsys):
    out = parquet_of(archive, tmp_path, capsys)
    cut = duckdb.sql(
        f"SELECT doc_id, g.omitted_chars FROM '{out}', unnest(gaps) AS t(g) WHERE g.kind = 'truncation'"
    ).fetchall()
    assert cut  # the fixture has documents the sites cut off, their full length declared
    for doc_id, omitted in cut:
        assert main(["show", doc_id, "--archive", str(archive)]) == exitcodes.OK
        shown = re.search(r"(\d+) chars not shown", capsys.readouterr().out)
        assert omitted == int(shown.group(1))

    # JSON Lines: the same figure filled in, every other value as stored
    assert main(["export", "--archive", str(archive)]) == exitcodes.OK
    lines = {r["doc_id"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}
    for doc in Archive(archive).documents():
        row = lines[doc["doc_id"]]
        for gap, stored in zip(row["gaps"] or [], doc.get("gaps") or [], strict=True):
            if stored["omitted_chars"] is None:
                assert gap == {**stored, "omitted_chars": dict(cut)[doc["doc_id"]]}
            else:
                assert gap == stored
        assert {k: v for k, v in row.items() if k != "gaps"} == {k: doc.get(k) for k in row if k != "gaps"}


def test_published_at_is_a_utc_timestamp_with_its_precision(archive, tmp_path):
    doc = next(iter(Archive(archive).documents()))
    dated = export_record({**doc, "doc_id": "dday", "published_at": "2021-08-14"})
    timed = export_record({**doc, "doc_id": "dtime", "published_at": "2021-08-14T07:30:00"})
    undated = export_record({**doc, "doc_id": "dnone", "published_at": None})
    out = tmp_path / "dates.parquet"
    assert write_parquet([dated, timed, undated], out) == 3

    rows = duckdb.sql(
        f"SELECT doc_id, published_at, published_precision, typeof(published_at) FROM '{out}' ORDER BY doc_id"
    ).fetchall()
    assert rows == [
        ("dday", datetime(2021, 8, 14, tzinfo=UTC), "day", "TIMESTAMP WITH TIME ZONE"),
        ("dnone", None, None, "TIMESTAMP WITH TIME ZONE"),
        # a time the site printed is Beijing time: 07:30 +08:00 is 23:30 UTC the day before
        ("dtime", datetime(2021, 8, 13, 23, 30, tzinfo=UTC), "time", "TIMESTAMP WITH TIME ZONE"),
    ]


def test_the_day_a_speech_was_given_is_a_date_beside_the_page_s_publication(archive, tmp_path):
    doc = next(iter(Archive(archive).documents()))  # written by an earlier release: no given_on
    given = export_record({**doc, "doc_id": "dgiven", "published_at": "2024-01-29", "given_on": "2024-01-26"})
    older = export_record({**doc, "doc_id": "dolder"})
    out = tmp_path / "given.parquet"
    assert write_parquet([given, older], out) == 2
    rows = duckdb.sql(f"SELECT doc_id, given_on, typeof(given_on) FROM '{out}' ORDER BY doc_id").fetchall()
    assert rows == [("dgiven", date(2024, 1, 26), "DATE"), ("dolder", None, "DATE")]


def test_provenance_and_gaps_are_nested_structs_and_lists(archive, tmp_path, capsys):
    out = parquet_of(archive, tmp_path, capsys)
    types = dict(
        duckdb.sql(f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '{out}')").fetchall()
    )
    assert types["provenance"].startswith("STRUCT(url VARCHAR, fetch_url VARCHAR, pages STRUCT(")
    assert (
        types["provenance"].endswith(")[])[]")
        and "fetched_at TIMESTAMP WITH TIME ZONE" in types["provenance"]
    )
    assert types["gaps"] == 'STRUCT(kind VARCHAR, "offset" BIGINT, omitted_chars BIGINT)[]'

    pages = duckdb.sql(
        f"SELECT p.url, pg.warc.file, pg.warc.offset FROM '{out}', unnest(provenance) AS t(p), unnest(p.pages) AS u(pg)"
    ).fetchall()
    stored = [
        (seen["url"], page["warc"]["file"], page["warc"]["offset"])
        for doc in Archive(archive).documents()
        for seen in doc["provenance"]
        for page in seen["pages"]
    ]
    assert sorted(pages) == sorted(stored) and stored


def test_a_provenance_field_the_schema_does_not_know_is_refused_not_dropped(archive, tmp_path):
    doc = next(iter(Archive(archive).documents()))
    doc["provenance"][0]["pages"][0]["proxy"] = "http://proxy.example/"
    with pytest.raises(ValueError, match=r"no Parquet column for provenance\[\]\.pages\[\]\.proxy"):
        write_parquet([export_record(doc)], tmp_path / "x.parquet")


def test_the_readmes_duckdb_queries_run_over_each_nested_field(archive, tmp_path, capsys):
    out = parquet_of(archive, tmp_path, capsys)
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Export for data tools") :]
    queries = re.findall(r'^duckdb -c "(.*)"$', section[: section.index("\n## ")], re.M)
    fields = ("gaps", "removed", "copies", "provenance", "published_at", "flags")
    for field in fields:
        assert any(field in q for q in queries), field
    for query in queries:
        assert duckdb.sql(query.replace("'docs.parquet'", f"'{out}'")).fetchall(), query
