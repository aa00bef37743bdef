"""audit, diff, show and export on a small archive built from gold pages."""

from __future__ import annotations

import json

import pytest
from test_archive_store import FULL, PAYWALLED, gold_doc, seen_at

from archive.audit import audit_summary
from archive.export import EXPORT_FIELDS, PARQUET_FIELDS, published_timestamp
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


def test_export_prints_json_lines_of_the_versions_documents_with_every_field(archive, capsys):
    assert main(["export", "--archive", str(archive.root)]) == exitcodes.OK
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 2
    assert set(rows[0]) == set(EXPORT_FIELDS)
    for row in rows:
        assert row == {field: archive.document(row["doc_id"]).get(field) for field in EXPORT_FIELDS}
    assert main(["export", "--version", "1", "--archive", str(archive.root)]) == exitcodes.OK
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    paywalled = next(row for row in rows if row["flags"] == ["paywall"])
    assert paywalled["gaps"] == [PAYWALL_GAP] and paywalled["removed"][0]["rule"] == "paywall_notice"
    assert {"omitted_chars", "declared_chars", "copies", "script"} <= set(paywalled)


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


# --- export formats, diff --text, verify --json ---------------------------------------------------
def documents_by_id(archive: Archive, version: int | None = None) -> dict[str, dict]:
    return {doc["doc_id"]: doc for doc in archive.documents(version)}


def test_parquet_export_reads_back_in_duckdb_with_every_field(archive, tmp_path, capsys):
    duckdb = pytest.importorskip("duckdb")
    out = tmp_path / "docs.parquet"
    assert (
        main(
            [
                "export",
                "--version",
                "1",
                "--format",
                "parquet",
                "-o",
                str(out),
                "--archive",
                str(archive.root),
            ]
        )
        == 0
    )
    assert "2 documents written" in capsys.readouterr().err

    table = duckdb.sql(f"SELECT * FROM read_parquet('{out}') ORDER BY doc_id")
    assert tuple(table.columns) == PARQUET_FIELDS
    rows = [dict(zip(table.columns, values, strict=True)) for values in table.fetchall()]
    expected = documents_by_id(archive, 1)
    assert [row["doc_id"] for row in rows] == sorted(expected)
    for row in rows:
        doc = expected[row["doc_id"]]
        for field in EXPORT_FIELDS:
            value = row[field]
            if field == "published_at":  # a UTC timestamp and its precision
                assert (value, row["published_precision"]) == published_timestamp(doc.get(field))
                continue
            if field == "provenance":  # nested structs; the fetch times as timestamps
                assert [p["url"] for p in value] == [p["url"] for p in doc[field]]
                assert [pg["status"] for p in value for pg in p["pages"]] == [
                    pg["status"] for p in doc[field] for pg in p["pages"]
                ]
                continue
            if field in (
                "gaps",
                "copies",
                "removed",
            ):  # structs come back with every column, absent ones None
                value = [
                    {k: v for k, v in item.items() if k in orig}
                    for item, orig in zip(value, doc[field], strict=True)
                ]
            assert value == doc.get(field), field
    # A data tool filters on the fields the old export dropped.
    flagged = duckdb.sql(
        f"SELECT doc_id FROM read_parquet('{out}') WHERE list_contains(flags, 'paywall')"
    ).fetchall()
    assert [doc_id for (doc_id,) in flagged] == [
        d for d, doc in expected.items() if "paywall" in doc["flags"]
    ]


def test_csv_export_has_one_column_per_field_and_the_texts(archive, tmp_path):
    import csv

    out = tmp_path / "docs.csv"
    assert (
        main(["export", "-o", str(out), "--archive", str(archive.root)]) == exitcodes.OK
    )  # format from suffix

    with open(out, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert tuple(rows[0]) == EXPORT_FIELDS
    expected = documents_by_id(archive)
    for row in rows:
        doc = expected[row["doc_id"]]
        assert row["text"] == doc["text"] and row["title"] == doc["title"]
        assert json.loads(row["urls"]) == doc["urls"] and json.loads(row["gaps"]) == doc["gaps"]
        assert row["truncated"] == ("true" if doc["truncated"] else "false")


def test_changed_since_exports_only_documents_new_or_changed_after_that_version(archive, capsys):
    assert main(["export", "--changed-since", "1", "--archive", str(archive.root)]) == exitcodes.OK
    exported = {json.loads(line)["doc_id"] for line in capsys.readouterr().out.splitlines()}
    old, new = archive.manifest(1), archive.manifest(2)
    expected = {
        k for k, e in new.items() if e["state"] != "removed" and old.get(k, {}).get("hash") != e["hash"]
    }
    assert exported == expected and exported  # the full text that arrived, and the new speech
    assert main(["export", "--changed-since", "2", "--archive", str(archive.root)]) == exitcodes.OK
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize(
    ("arguments", "code", "message"),
    [
        (["--format", "parquet"], exitcodes.USAGE, "needs --output FILE"),
        (["--changed-since", "9"], exitcodes.FAILURE, "no version 9"),
        (["--version", "1", "--changed-since", "2"], exitcodes.FAILURE, "after version 1"),
    ],
)
def test_export_mistakes_are_one_line_and_write_nothing(archive, tmp_path, capsys, arguments, code, message):
    target = ["-o", str(tmp_path / "out.jsonl")] if arguments[0] != "--format" else []
    assert main(["export", *arguments, *target, "--archive", str(archive.root)]) == code
    err = capsys.readouterr().err
    assert message in err and len(err.splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


def test_diff_text_shows_what_changed_in_each_changed_text(archive, capsys):
    assert main(["diff", "1", "2", "--text", "--archive", str(archive.root)]) == exitcodes.OK
    out = capsys.readouterr().out

    changed = [line.split()[1] for line in out.splitlines() if line.startswith("~ ")]
    (doc_id,) = changed
    old, new = archive.document(doc_id, 1)["text"], archive.document(doc_id, 2)["text"]
    assert f"--- {doc_id} (version 1)" in out and f"+++ {doc_id} (version 2)" in out
    hunks = out[out.index(f"--- {doc_id}") :].splitlines()[2:]
    added = {line[1:] for line in hunks if line.startswith("+")}
    removed = {line[1:] for line in hunks if line.startswith("-")}
    assert added <= set(new.splitlines()) and removed <= set(old.splitlines())
    assert added - set(old.splitlines())  # the text that arrived in version 2


def test_diff_of_one_document_as_json_carries_its_text_diff(archive, capsys):
    main(["diff", "1", "2", "--json", "--archive", str(archive.root)])
    (changed,) = json.loads(capsys.readouterr().out)["changed"]

    assert (
        main(["diff", "1", "2", changed["doc_id"], "--text", "--json", "--archive", str(archive.root)]) == 0
    )
    result = json.loads(capsys.readouterr().out)
    assert result["added"] == [] and result["removed"] == []
    assert result["changed"][0]["text_diff"][0] == f"--- {changed['doc_id']} (version 1)"
    assert main(["diff", "1", "2", "dnotadocument", "--archive", str(archive.root)]) == exitcodes.FAILURE
    assert capsys.readouterr().err == "speech-archive diff: no document dnotadocument in version 1 or 2\n"


def test_verify_json_reports_counts_and_each_problem(archive, tmp_path, capsys):
    import shutil

    assert main(["verify", "--json", "--full", "--archive", str(archive.root)]) == exitcodes.OK
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True and report["full"] is True and report["problems"] == []
    assert report["versions"] == 2 and report["objects"] >= 4 and report["checked"] == {"first": 1, "last": 2}
    assert main(["verify", "--json", "--archive", str(archive.root)]) == exitcodes.OK  # nothing new since
    report = json.loads(capsys.readouterr().out)
    assert report["full"] is False and report["since"]["version"] == 2 and report["checked"] is None

    damaged = tmp_path / "damaged"
    shutil.copytree(archive.root, damaged)
    victim = next((damaged / "objects").rglob("*.json"))
    victim.write_bytes(victim.read_bytes()[:-5])
    assert main(["verify", "--json", "--full", "--archive", str(damaged)]) == exitcodes.FAILURE
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False
    assert any(p["path"] == str(victim.relative_to(damaged)) for p in report["problems"])
