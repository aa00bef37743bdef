"""The ranked search takes its candidates from the word index (characters and character pairs) and
must find exactly the documents the plain definition (`match_clause`: every term in the title or
the text, read with instr()) finds, count them exactly on a small catalog, and page through one
order, on a catalog of speeches that tie, repeat the query, name it in the title, mix Latin
letters of both cases, lack a title or a date."""

from __future__ import annotations

import random
import sqlite3

import pytest

from archive.catalog import fill_catalog, open_new_catalog
from archive.search import Filters, filter_clause, match_clause, query_terms, ranked

PIECES = ("教育", "发展", "民生保障", "AI", "ai", "Ai", "航天科普", "。", "，", "乡村振兴", "GDP增长", "5G")


def speech(i: int, rng: random.Random) -> dict:
    text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 40)))
    title = None if i % 11 == 0 else "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 3)))
    date = None if i % 7 == 0 else f"20{rng.randint(10, 24)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
    site = ("a", "b")[i % 2]
    return {
        "doc_id": f"d{i:04d}",
        "title": title,
        "text": text,
        "published_at": date,
        "sites": [site],
        "urls": [f"http://{site}.test/{i}"],
        "copies": [{"url": f"http://{site}.test/{i}", "kind": "canonical", "site": site}],
        "flags": ["paywall"] if i % 5 == 0 else [],
    }


@pytest.fixture(scope="module")
def catalog(tmp_path_factory):
    path = tmp_path_factory.mktemp("scan") / "catalog.sqlite"
    rng = random.Random(24)
    db = open_new_catalog(path)
    fill_catalog(db, (speech(i, rng) for i in range(400)), 1)
    db.close()
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    yield db
    db.close()


def by_definition(db, query: str, filters: Filters) -> list[str]:
    terms = query_terms(query)
    where, params = match_clause(terms, "d")
    where_filters, filter_params = filter_clause(filters, "d")
    sql = f"SELECT d.doc_id FROM documents d WHERE {where} AND {where_filters}"
    return [r[0] for r in db.execute(sql, {**params, **filter_params})]


@pytest.mark.parametrize(
    "query",
    [
        "教育",
        "育发",
        "。",
        "民生保障",
        "AI",
        "ai",
        "GDP",
        "gdp增长",
        "5G",
        "航天 教育",
        "ai 乡村振兴",
        "发展。教育",
    ],
)
@pytest.mark.parametrize("filters", [Filters(), Filters(site="b"), Filters(since="2018")])
def test_the_ranked_search_finds_and_counts_what_the_definition_finds(catalog, query, filters):
    expected = by_definition(catalog, query, filters)

    hits, total = ranked(catalog, query, filters, limit=len(expected) + 5)
    page, _ = ranked(catalog, query, filters, limit=7, offset=3)

    assert expected, "the query should match some speeches"
    assert sorted(h.doc_id for h in hits) == sorted(expected)
    assert total == len(expected) and total.exact
    assert [h.doc_id for h in page] == [h.doc_id for h in hits][3:10]


def test_a_title_holding_the_query_ranks_first(catalog):
    hits, _ = ranked(catalog, "航天科普", limit=1000)

    in_title = [i for i, h in enumerate(hits) if "航天科普" in (h.title or "")]
    assert in_title and in_title == list(range(len(in_title)))


def test_beyond_the_candidates_checked_the_count_is_an_estimate_and_the_hits_stay_exact(catalog, monkeypatch):
    import archive.search

    expected = set(by_definition(catalog, "民生保障", Filters()))
    monkeypatch.setattr(archive.search, "CHECK_ALL", 5)
    monkeypatch.setattr(archive.search, "FIRST_BATCH", 5)

    hits, total = ranked(catalog, "民生保障", limit=10)

    assert len(hits) == 10 and {h.doc_id for h in hits} <= expected
    assert not total.exact and total > 10
