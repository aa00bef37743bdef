"""The report's headline card and its plot of what the sites kept back count different things, and
say so: the card the characters behind paywall gaps (what `audit` counts), the plot those plus the
cut-off ends the sites' declared lengths tell."""

from __future__ import annotations

import re
import shutil

from crawlhelp import REPO_ROOT

from archive.document_view import missing_chars
from archive.store import Archive
from crawler import exitcodes
from crawler.cli import main

FIXTURE = REPO_ROOT / "tests" / "fixtures" / "archive-2026-11"


def test_the_card_and_the_plot_are_titled_for_what_they_count(tmp_path, capsys):
    root = tmp_path / "archive"
    shutil.copytree(FIXTURE, root)
    docs = list(Archive(root).documents())
    out = tmp_path / "report.html"

    assert main(["report", "--archive", str(root), "-o", str(out), "--no-verify"]) == exitcodes.OK

    html = out.read_text(encoding="utf-8")
    card = re.search(r'data-metric="omitted_chars" data-value="(\d+)"><dt>([^<]*)</dt>', html)
    paywalled = sum(int(d.get("omitted_chars") or 0) for d in docs)
    kept_back = sum(missing_chars(d) for d in docs)
    assert kept_back > paywalled  # the fixture has cut-off ends as well as paywall gaps
    assert (int(card.group(1)), card.group(2)) == (paywalled, "characters behind paywall gaps")
    assert "Characters the sites kept back, by site:" in html and "paywall gaps and cut-off ends" in html
    assert "characters elided by the sites" not in html
