"""Search ranked by relevance, one ranking for `speech-archive search` and `browse`: an older speech
that holds the query five times comes before a newer one that holds it once (even where the newer
one names it in its first line), and a site filter naming no site of the catalog says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_archive_store import gold_doc, seen_at

from archive.store import Archive
from crawler import exitcodes
from crawler.cli import main
from pipelines.document import Document

QUERY = "青少年航天科普"


def ranking_fixture(root: Path) -> dict[str, str]:
    """An archive of two speeches; returns {"older": doc_id, "newer": doc_id}."""
    older = gold_doc("ai-1080", published_at="2019-03-01")
    paragraphs = older["text"].split("\n")
    older["text"] = "\n".join(
        p + (f"开展{QUERY}活动。" if 0 < i <= 5 else "") for i, p in enumerate(paragraphs)
    )  # five mentions, none in the first paragraph
    newer = gold_doc("huigou6-3401", published_at="2024-05-01")
    newer["text"] = f"{QUERY}走进校园。" + newer["text"]  # one mention, in the first line
    assert older["text"].count(QUERY) == 5 and newer["text"].count(QUERY) == 1
    archive = Archive(root)
    run = archive.begin_run({"spiders": ["test"]})
    ids = {}
    for name, doc in (("older", older), ("newer", newer)):
        (ids[name],) = run.add_documents([Document.from_dict(doc)], seen_at(doc))
    run.commit({})
    return {name: run.final_id(doc_id) for name, doc_id in ids.items()}


@pytest.fixture
def ranked_archive(tmp_path) -> tuple[Path, dict[str, str]]:
    root = tmp_path / "ranking"
    return root, ranking_fixture(root)


def test_the_speech_holding_the_query_more_often_comes_first_though_older(ranked_archive, capsys):
    root, ids = ranked_archive

    assert main(["search", QUERY, "--archive", str(root)]) == exitcodes.OK

    out = capsys.readouterr().out
    ranks = [line.split("[")[-1].rstrip("]") for line in out.splitlines() if line[:3] in ("1. ", "2. ")]
    assert ranks == [ids["older"], ids["newer"]]
    assert out.splitlines()[0] == f"2 documents match {QUERY!r}"


def test_one_match_is_worded_in_the_singular(ranked_archive, capsys):
    root, _ = ranked_archive

    assert main(["search", QUERY + "走进", "--archive", str(root)]) == exitcodes.OK

    assert capsys.readouterr().out.splitlines()[0] == f"1 document matches {QUERY + '走进'!r}"


def test_a_site_filter_naming_no_site_of_the_catalog_says_so(ranked_archive, capsys):
    root, _ = ranked_archive

    code = main(["search", QUERY, "--site", "nosuch", "--archive", str(root)])

    err = capsys.readouterr().err
    assert code == exitcodes.USAGE
    assert err.count("\n") == 1 and "no site 'nosuch' in the catalog" in err and "jianghua-ai.test" in err
