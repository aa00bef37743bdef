"""The HTML audit report as a file: what it shows, that it is self-contained, where it goes, and
the `report` command. (tests/test_report_browser.py opens it in Chromium.)"""

from __future__ import annotations

import html
import re

import pytest
from test_report_archive import STRIPPED_INTRO, build_sample_archive

import archive.report as report_module
from archive.audit import audit_summary
from archive.document_view import marked_text_segments, text_with_gaps
from archive.figures import document_figures
from archive.report import render_report, report_context, write_report
from archive.store import Archive, ArchiveError
from crawler import exitcodes
from crawler.cli import main as cli_main


@pytest.fixture(scope="module")
def sample_archive(tmp_path_factory, samples_dir):
    return build_sample_archive(tmp_path_factory.mktemp("report") / "archive", samples_dir)


@pytest.fixture(scope="module")
def page(sample_archive) -> str:
    return render_report(sample_archive)


def metric(page: str, key: str) -> str:
    found = re.search(rf'data-metric="{re.escape(key)}" data-value="([^"]*)"', page)
    assert found, key
    return html.unescape(found.group(1))


def document_view(page: str, doc_id: str) -> str:
    found = re.search(rf'<article class="doc" id="d-{doc_id}">(.*?)</article>', page, re.S)
    assert found, doc_id
    return found.group(1)


def test_headline_numbers_are_the_audit_figures(sample_archive, page):
    audit = audit_summary(sample_archive)

    for key in ("versions", "documents", "truncated", "flagged", "omitted_chars"):
        assert int(metric(page, key)) == audit[key], key
    for site, count in audit["by_site"].items():
        assert int(metric(page, f"by_site.{site}")) == count
    for kind, count in audit["merged"].items():
        assert int(metric(page, f"merged.{kind}")) == count
    assert metric(page, "last_run.status") == audit["last_run"]["status"] == "complete"
    assert int(metric(page, "last_run.errors_total")) == audit["last_run"]["stats"]["errors_total"]
    assert int(metric(page, "problems")) == len(audit["problems"])


def test_document_figures_count_as_audit_does(sample_archive):
    audit = audit_summary(sample_archive, verify=False)

    figures = document_figures(sample_archive.documents())

    for key in ("documents", "truncated", "flagged", "omitted_chars", "copies", "urls"):
        assert figures[key] == audit[key], key
    assert dict(figures["by_site"]) == audit["by_site"]
    assert dict(figures["merged"]) == audit["merged"]
    assert dict(figures["flags"]) == audit["flags"]


def test_report_is_self_contained(sample_archive, page):
    own_urls = set()
    for doc in sample_archive.documents():
        own_urls.update(doc["urls"])
        own_urls.update(p["url"] for entry in doc["provenance"] for p in entry["pages"])

    # No resource is loaded from anywhere and nothing links out: every href is an anchor here.
    assert not re.search(r"<(?:script|link|img|iframe|object|embed)\b", page)
    assert not re.search(r"\bsrc\s*=", page)
    assert "@import" not in page and "url(http" not in page
    assert all(href.startswith("#") for href in re.findall(r'href="([^"]*)"', page))
    # The only URLs are the documents' own, shown as text.
    assert set(re.findall(r"https?://[^\s\"<>]+", page)) <= own_urls
    assert page.count("<svg") == 6


def test_report_of_the_replica_archive_is_small_enough_to_mail(page):
    assert len(page.encode("utf-8")) < 2 * 1024 * 1024


def test_tables_list_truncated_flagged_and_merged_documents(sample_archive, page):
    docs = list(sample_archive.documents())
    truncated = [d for d in docs if d["truncated"] or d["omitted_chars"]]
    flagged = [d for d in docs if d["flags"]]
    merged = [d for d in docs if len(d["copies"]) > 1]
    sections = {
        name: re.search(rf'<section id="{name}">(.*?)</section>', page, re.S).group(1)
        for name in ("truncated", "flagged", "merged")
    }

    for name, expected in (("truncated", truncated), ("flagged", flagged), ("merged", merged)):
        rows = re.findall(r'<tr data-doc="([^"]+)">', sections[name])
        assert sorted(rows) == sorted(d["doc_id"] for d in expected), name
        for doc_id in rows:  # each row opens its document
            assert f'href="#d-{doc_id}"' in sections[name]
            document_view(page, doc_id)
    for doc in merged:  # with all its URLs
        for url in doc["urls"]:
            assert html.escape(url) in sections["merged"]
    most_missing = truncated[0]
    assert f"{most_missing['omitted_chars']:,}" in sections["truncated"]


def test_document_view_marks_the_paywall_gap_where_it_was_and_the_stripped_pieces(sample_archive, page):
    paywalled = next(d for d in sample_archive.documents() if any(g["kind"] == "paywall" for g in d["gaps"]))
    gap = next(g for g in paywalled["gaps"] if g["kind"] == "paywall")

    view = document_view(page, paywalled["doc_id"])
    text = re.search(r'<div class="text">(.*?)</div>', view, re.S).group(1)
    before, mark = re.search(r'^(.*?)<mark class="gap paywall">(.*?)</mark>', text, re.S).groups()

    assert html.unescape(before) == paywalled["text"][: gap["offset"]]
    assert f"{gap['omitted_chars']:,} characters" in mark
    assert '<mark class="gap truncation">' in text  # the site cut it off at the end

    stripped = next(
        d for d in sample_archive.documents() if d["removed"] and d["flags"] == [] and len(d["copies"]) > 1
    )
    view = document_view(page, stripped["doc_id"])
    assert f'<del class="stripped">{STRIPPED_INTRO}</del>' in view


def test_marked_text_segments_cut_the_text_at_its_gaps():
    doc = {
        "text": "同志们:今天开会。总结去年。部署今年。",
        "gaps": [
            {"offset": 9, "omitted_chars": 120, "kind": "paywall"},
            {"offset": 19, "kind": "truncation"},
        ],
        "truncated": True,
        "omitted_chars": 120,
        "declared_chars": 200,
    }

    segments = marked_text_segments(doc)

    assert segments == [
        {"text": "同志们:今天开会。"},
        {"gap": "paywall", "label": "elided by the site (paywall)", "omitted_chars": 120},
        {"text": "总结去年。部署今年。"},
        {"gap": "truncation", "label": "cut off by the site here", "omitted_chars": 61},
    ]
    shortened = marked_text_segments(doc, limit=12)
    assert shortened[-1]["gap"] == "shortened"
    assert "".join(s.get("text", "") for s in shortened) == "同志们:今天开会。总结去"


def test_a_missing_part_is_marked_where_the_archived_text_stops():
    doc = {
        "text": "同志们:今天开会。总结去年。",
        "gaps": [{"offset": 14, "omitted_chars": None, "kind": "part_missing"}],
    }
    assert marked_text_segments(doc)[-1] == {
        "gap": "part_missing",
        "label": "goes on in a page or part not archived",
        "omitted_chars": None,
    }
    assert text_with_gaps(doc).endswith("总结去年。[… goes on in a page or part not archived …]")


def test_an_older_version_is_reported_with_its_own_figures(sample_archive):
    context = report_context(sample_archive, 1, verify=False)

    assert context["version"] == 1
    assert context["headline"]["versions"] == 1
    assert context["headline"]["documents"] == sum(1 for _ in sample_archive.documents(1))
    assert context["headline"]["last_run"]["run_id"] == sample_archive.meta(1)["run_id"]
    assert [v["version"] for v in context["series"]] == [1]


def test_large_archives_get_tables_that_sample_and_a_text_budget(sample_archive, monkeypatch):
    monkeypatch.setattr(report_module, "TABLE_ROWS", 1)
    monkeypatch.setattr(report_module, "TEXT_BUDGET_CHARS", 10)

    page = render_report(sample_archive, verify=False)

    truncated = re.search(r'<section id="truncated">(.*?)</section>', page, re.S).group(1)
    assert len(re.findall(r"<tr data-doc=", truncated)) == 1
    assert "Showing 1 of 3" in truncated
    assert len(re.findall(r'<article class="doc"', page)) == 1  # the budget opens only the first
    assert "shortened in this report" in page
    assert "speech-archive show d" in page  # the rest point at the command that shows them


def test_problems_verify_finds_are_listed(sample_archive, tmp_path):
    import shutil

    damaged = Archive(shutil.copytree(sample_archive.root, tmp_path / "damaged"))
    cut, lost = [e for e in damaged.manifest().values() if e["state"] != "removed"][:2]
    damaged.object_path(cut["hash"]).write_text("{}", encoding="utf-8")
    damaged.object_path(lost["hash"]).unlink()

    page = render_report(damaged)  # a damaged archive still gets its report

    problems = re.search(r'<section id="problems">(.*?)</section>', page, re.S).group(1)
    assert re.search(rf"{cut['hash']}\.json</td><td>truncated</td>", problems)
    assert re.search(rf"{lost['hash']}\.json</td><td>missing</td>", problems)
    assert f"document {lost['doc_id']} could not be read" in problems
    # the cut object is never read as good either: its bytes are not its address
    assert f"document {cut['doc_id']} could not be read" in problems
    assert int(metric(page, "problems")) == 6


def test_write_report_goes_next_to_the_version_it_describes(sample_archive):
    path = write_report(sample_archive, version=1)

    assert path == sample_archive.reports_dir / "report-v000001.html"
    assert "Audit report — version 1" in path.read_text(encoding="utf-8")


def test_report_command_writes_and_prints_the_path(sample_archive, tmp_path, capsys):
    output = tmp_path / "mail" / "audit.html"

    code = cli_main(["report", "--archive", str(sample_archive.root), "-o", str(output)])

    assert code == exitcodes.OK
    assert capsys.readouterr().out.strip() == str(output)
    assert output.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize(
    ("args", "message"),
    [(["--version", "9"], "has no version 9"), (["--archive-missing"], "no archive at")],
)
def test_report_command_says_what_is_wrong_in_one_line(sample_archive, tmp_path, capsys, args, message):
    if args == ["--archive-missing"]:
        args = ["--archive", str(tmp_path / "none")]
    else:
        args = ["--archive", str(sample_archive.root), *args]

    assert cli_main(["report", *args]) == exitcodes.FAILURE

    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_an_archive_without_versions_has_no_report(tmp_path):
    with pytest.raises(ArchiveError):
        write_report(Archive(tmp_path / "empty"))
