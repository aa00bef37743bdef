"""audit, diff, show and export on a small archive built from gold pages."""

from __future__ import annotations

import json

import pytest
from test_archive_store import FULL, PAYWALLED, gold_doc, seen_at

from archive.audit import audit_summary
from archive.store import Archive
from crawler import exitcodes
from crawler.cli import main
from pipelines.document import Document

PAYWALL_GAP = {"offset": 120, "omitted_chars": 700, "kind": "paywall"}


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Archive:
    """v1: a paywalled copy (with its gap) and one other speech; v2: the full text arrives,
    one page is gone, one speech is new."""
    archive = Archive(tmp_path_factory.mktemp("cmd") / "archive")
    paywalled = gold_doc(
        PAYWALLED,
        gaps=[PAYWALL_GAP],
        removed=[
            {
                "rule": "paywall_notice",
                "text": "……(新文秘网http://www.wm114.cn省略700字,正式会员可完整阅读)……",
            }
        ],
        flags=["paywall"],
    )
    run = archive.begin_run({"spiders": ["wm114", "jianghua_ai"]})
    for doc in (paywalled, gold_doc("ai-1080")):
        run.add_documents([Document.from_dict(doc)], seen_at(doc))
    run.commit({"item_scraped_count": 2})
    run = archive.begin_run({"spiders": ["huigou6"]})
    for doc in (gold_doc(FULL), gold_doc("ai-1081")):
        run.add_documents([Document.from_dict(doc)], seen_at(doc))
    run.mark_gone(gold_doc("ai-1080")["url"])
    run.commit({"item_scraped_count": 2})
    return archive


def ids_by_name(archive: Archive) -> dict[str, str]:
    by_url = {}
    for entry in archive.manifest(1).values():
        for url in archive.load_object(entry["hash"])["urls"]:
            by_url[url] = entry["doc_id"]
    return by_url


def test_audit_json_has_the_summary_fields(archive, capsys):
    assert main(["audit", "--archive", str(archive.root), "--json"]) == exitcodes.OK
    summary = json.loads(capsys.readouterr().out)
    assert summary["versions"] == 2 and summary["documents"] == 2
    assert summary["by_site"] == {"jianghua-ai.test": 1, "www.huigou6.com": 1, "www.wm114.cn": 1}
    assert summary["truncated"] == 0  # the full text replaced the paywalled canonical
    assert summary["merged"]["truncated"] == 1
    assert summary["last_run"]["documents"] == {"changed": 1, "new": 1, "removed": 1, "unchanged": 0}
    assert summary["last_run"]["stats"] == {"item_scraped_count": 2}
    assert summary["problems"] == []
    assert {
        "versions",
        "documents",
        "by_site",
        "truncated",
        "flagged",
        "merged",
        "last_run",
        "problems",
    } <= set(summary)


def test_audit_history_lists_each_version(archive):
    summary = audit_summary(archive)
    assert [v["new"] for v in summary["history"]] == [2, 1]
    first = {v["version"]: v for v in summary["history"]}[1]
    assert first["status"] == "complete"


def test_audit_text_lists_versions_and_problems(archive, capsys):
    assert main(["audit", "--archive", str(archive.root)]) == exitcodes.OK
    out = capsys.readouterr().out
    assert "2 versions" in out and "problems: none" in out


def test_diff_lists_added_changed_and_removed_documents_with_titles(archive, capsys):
    assert main(["diff", "1", "2", "--archive", str(archive.root)]) == exitcodes.OK
    out = capsys.readouterr().out.splitlines()
    assert sorted(line[0] for line in out) == ["+", "-", "~"]
    assert any(line.startswith("+ ") and gold_doc("ai-1081")["title"] in line for line in out)
    assert any(line.startswith("- ") and gold_doc("ai-1080")["title"] in line for line in out)
    assert any(line.startswith("~ ") and gold_doc(FULL)["title"] in line for line in out)


def test_show_marks_the_paywall_gap_in_the_text_and_lists_removals(archive, capsys):
    doc_id = ids_by_name(archive)[gold_doc(PAYWALLED)["url"]]
    assert main(["show", doc_id, "--version", "1", "--archive", str(archive.root)]) == exitcodes.OK
    out = capsys.readouterr().out
    text = gold_doc(PAYWALLED)["text"]
    assert text[:120] + "[… 700 chars omitted by the site …]" + text[120:] in out
    assert "[paywall_notice] ……(新文秘网" in out
    assert "provenance:" in out and "200 2026-11-01T00:00:00Z" in out


def test_show_of_the_latest_version_has_the_full_text_and_both_copies(archive, capsys):
    doc_id = ids_by_name(archive)[gold_doc(PAYWALLED)["url"]]
    assert main(["show", doc_id, "--archive", str(archive.root)]) == exitcodes.OK
    out = capsys.readouterr().out
    assert "omitted by the site" not in out
    assert (
        "canonical    " + gold_doc(FULL)["url"] in out and "truncated    " + gold_doc(PAYWALLED)["url"] in out
    )


def test_show_of_an_unknown_document_is_one_line(archive, capsys):
    assert main(["show", "dnope", "--archive", str(archive.root)]) == exitcodes.FAILURE
    assert capsys.readouterr().err == "speech-archive show: no document dnope in version 2\n"


def test_export_prints_json_lines_of_the_versions_documents(archive, capsys):
    assert main(["export", "--archive", str(archive.root)]) == exitcodes.OK
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 2
    assert set(rows[0]) == {
        "doc_id",
        "title",
        "text",
        "urls",
        "sites",
        "truncated",
        "published_at",
        "provenance",
    }
    assert main(["export", "--version", "1", "--archive", str(archive.root)]) == exitcodes.OK
    assert len(capsys.readouterr().out.splitlines()) == 2


@pytest.mark.parametrize("command", [["audit"], ["diff", "1", "2"], ["show", "d1"], ["export"], ["verify"]])
def test_a_missing_or_empty_archive_is_one_clear_line(tmp_path, capsys, command):
    assert main([*command, "--archive", str(tmp_path / "missing")]) == exitcodes.FAILURE
    assert capsys.readouterr().err == f"speech-archive {command[0]}: no archive at {tmp_path / 'missing'}\n"
    Archive(tmp_path / "empty").ensure_layout()
    assert main([*command, "--archive", str(tmp_path / "empty")]) == exitcodes.FAILURE
    assert (
        capsys.readouterr().err
        == f"speech-archive {command[0]}: archive {tmp_path / 'empty'} holds no version yet\n"
    )


def test_a_version_that_does_not_exist_is_one_clear_line(archive, capsys):
    assert main(["export", "--version", "7", "--archive", str(archive.root)]) == exitcodes.FAILURE
    assert capsys.readouterr().err.endswith("has no version 7\n")


def test_audit_of_a_damaged_archive_names_the_unreadable_object_instead_of_crashing(tmp_path, capsys):
    damaged = Archive(tmp_path / "archive")
    run = damaged.begin_run({"spiders": ["jianghua_ai"]})
    doc = gold_doc("ai-1080")
    run.add_documents([Document.from_dict(doc)], seen_at(doc))
    run.commit({})
    entry = next(iter(damaged.manifest(1).values()))
    damaged.object_path(entry["hash"]).unlink()
    assert main(["audit", "--archive", str(damaged.root), "--json"]) == exitcodes.OK
    summary = json.loads(capsys.readouterr().out)
    assert any(entry["doc_id"] in problem and "unreadable" in problem for problem in summary["problems"])
    assert any("missing" in problem for problem in summary["problems"])
