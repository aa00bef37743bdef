"""The benchmarks (`python -m bench`) at tiny sizes, so they never rot. No targets are checked here:
timings on a shared machine say nothing in a test; what is pinned is that every figure is produced
and the runs behind them did what they claim (same pages fetched, an unchanged re-crawl is all 304s,
the dedup truth matches the generator)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from crawlhelp import HANG

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:  # bench/ is not an installed package: it runs from the repository
    sys.path.insert(0, str(REPO_ROOT))

from bench import LARGE_FIGURES, REAL_FIGURES, SCALE_FIGURES, TARGETS  # noqa: E402
from bench.__main__ import TABLE_BEGIN, TABLE_END  # noqa: E402
from bench.crawl import REAL_PAGES  # noqa: E402
from bench.dedup import generate_documents, original_paragraphs  # noqa: E402


def test_every_benchmark_runs_at_tiny_sizes_and_prints_its_figures(tmp_path):
    table = tmp_path / "README.md"
    table.write_text(f"# results\n\n{TABLE_BEGIN}\nold\n{TABLE_END}\n\nafter\n", encoding="utf-8")
    tiny = [
        "--articles",
        "40",
        "--real-articles",
        "12",
        "--dedup-docs",
        "300",
        "--search-docs",
        "300",
        "--extract-pages",
        "5",
        "--opencc-chars",
        "20000",
        "--store-docs",
        "200",
        "--store-versions",
        "4",
    ]

    result = subprocess.run(
        [sys.executable, "-m", "bench", *tiny, "--repeats", "1", "--table", str(table)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=2 * HANG,  # a bound against a hang only
    )

    assert result.returncode == 0, result.stderr[-3000:]
    figures = dict(line.split(": ", 1) for line in result.stdout.splitlines() if ": " in line)
    default_figures = set(TARGETS) - LARGE_FIGURES - SCALE_FIGURES
    if not REAL_PAGES.is_dir():  # ../shared is not everywhere
        default_figures -= REAL_FIGURES
    assert default_figures <= set(figures)
    # the baseline and the crawl fetched the same site: 40 articles, 1 listing, home, robots.txt
    # (once for its rules, once for its Sitemap lines)
    assert figures["fetch_only_pages"] == figures["crawl_pages"] == "44"
    # 304 for every unchanged article; robots.txt is always fetched in full (a 304 would read as no rules)
    assert figures["recrawl_not_modified"] == "40"
    assert figures["peer_pages"] == "44"  # the naive peer pipeline walked the same site
    assert int(figures["reprocess_documents"]) > 0
    if REAL_PAGES.is_dir():  # 12 real pages at 12 URLs, the home listing, robots.txt twice
        assert figures["real_fetch_only_pages"] == figures["real_peer_pages"] == "15"
        # the product's spider also follows listing and article links it finds on the real pages
        assert int(figures["real_crawl_pages"]) >= 15
    assert figures["dedup_docs"] == "300"
    assert figures["search_docs"] == "300" and figures["search_queries_found"] == figures["search_queries"]
    assert figures["store_docs"] == "200" and figures["store_versions"] == "4"
    assert int(figures["store_unchanged_version_bytes"]) < int(figures["store_checkpoint_bytes"])
    assert 0.0 <= float(figures["dedup_precision"]) <= 1.0 and 0.0 <= float(figures["dedup_recall"]) <= 1.0
    text = table.read_text(encoding="utf-8")
    assert text.startswith("# results") and text.endswith("after\n") and "old" not in text
    assert all(f"`{name}`" in text for name in default_figures)


def test_the_large_store_benchmark_runs_tiny_behind_its_option():
    result = subprocess.run(
        [sys.executable, "-m", "bench", "--only", "store-large", "--store-large-docs", "150"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=2 * HANG,  # a bound against a hang only
    )
    assert result.returncode == 0, result.stderr[-3000:]
    figures = dict(line.split(": ", 1) for line in result.stdout.splitlines() if ": " in line)
    assert LARGE_FIGURES <= set(figures) and figures["store_large_docs"] == "150"
    assert "store_docs" not in figures and "crawl_pages" not in figures  # only what was asked


def test_the_scale_benchmark_runs_at_tiny_sizes(tmp_path):
    from bench.dedup import run_in_process
    from bench.scale import crawl_budget

    figures = crawl_budget(
        n_articles=60, budget=30, new_per_run=3, growth_runs=2, still_runs=2, ceiling=4, workdir=tmp_path
    )
    assert figures["scale_crawl_runs_to_fetch_all"] >= 2  # 60 articles and their listings > 30 a run
    assert figures["scale_new_archived_same_run_ratio"] == 1.0
    assert figures["scale_recheck_longest_wait_runs"] <= figures["scale_recheck_bound_runs"]
    indexes = run_in_process(300, commit_every=100, index_dir=tmp_path)
    assert indexes["url_index_found_ratio"] == 1.0
    assert {"dedup_recall_near", "dedup_recall_truncated", "url_index_lookup_ms"} <= set(indexes)


def test_generated_copies_are_made_from_the_original_they_name():
    docs = list(generate_documents(400, seed=3))
    copies = [d for d in docs if d.source is not None]
    assert {d.kind for d in copies} == {"near", "truncated"}
    assert 0.03 < len(copies) / len(docs) < 0.2
    for doc in copies:
        original = "\n\n".join(original_paragraphs(3, doc.source))
        assert docs[doc.source].text == original and docs[doc.source].source is None
        if doc.kind == "truncated":
            assert original.startswith(doc.text) and len(doc.text) < len(original)
        else:
            assert doc.text != original and doc.text.count("\n\n") == original.count("\n\n")


def test_the_dedup_growth_benchmark_reports_each_size_after_its_synthetic_filler(capsys):
    from bench.dedup_growth import run

    run([100, 200], filler=300)
    filler, *lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert filler["filler"] == 300
    assert [(line["docs"], line["index_entries"]) for line in lines] == [(100, 400), (200, 500)]
    assert all(line["lookup_cpu_ms"] > 0 and line["match_add_cpu_ms_per_doc"] > 0 for line in lines)


def test_the_reprocess_benchmark_keeps_its_crawl_and_changes_the_texts_when_asked(tmp_path, capsys):
    from bench.reprocess import main

    kept = tmp_path / "kept"
    assert main(["--articles", "30", "--archive", str(kept), "--repeats", "1"]) == 0
    same = capsys.readouterr().out
    assert main(["--archive", str(kept), "--repeats", "2", "--changed-rules", "--workers", "0"]) == 0
    changed = capsys.readouterr().out
    assert [p.name for p in (kept / "versions").iterdir()] == ["000001"]  # reprocessed copies only
    assert ", changed 0, " in same.splitlines()[0] and ", changed 0, " not in changed.splitlines()[0]
    for out in (same, changed):
        figures = dict(line.split(": ", 1) for line in out.splitlines()[1:])
        assert int(figures["reprocess_documents"]) > 0
        assert float(figures["reprocess_cpu_ms_per_doc_least"]) > 0
