"""Every gold page of the replica web extracts clean, scored at least as strictly as acceptance
(/work/shared/tools/score.py): document count, text F1 >= 0.98 ignoring whitespace, no noise string,
every must_contain, title, date, truncated and omitted_chars."""

from __future__ import annotations

import difflib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.page import process_page, process_pages
from spiders.shipped import shipped_profiles

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "samples" / "gold"
SITES = ROOT / "samples" / "sites"
GOLD_FILES = sorted(GOLD.glob("*.gold.json"))
MIN_F1 = 0.98
WS = re.compile(r"\s+")
SHIPPED = shipped_profiles()  # the profiles `speech-archive extract --url` looks pages up in


def squash(text: str | None) -> str:
    return WS.sub("", text or "")


def f1(out: str, gold: str) -> float:
    a, b = squash(out), squash(gold)
    if not a and not b:
        return 1.0
    if not a or not b:
        return 0.0
    m = sum(bl.size for bl in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    p, r = m / len(a), m / len(b)
    return 2 * p * r / (p + r) if p + r else 0.0


def problems_of(docs: list, gold: dict, want: list[dict]) -> list[str]:
    docs = [doc.to_dict() for doc in docs]
    problems = []
    if len(docs) != len(want):
        problems.append(f"docs {len(docs)} != {len(want)}")
    for k, w in enumerate(want):
        d = docs[k] if k < len(docs) else {}
        score = f1(d.get("text", ""), w["text"])
        if score < MIN_F1:
            problems.append(f"doc{k + 1} F1 {score:.3f}")
        if "title" in w and squash(d.get("title")) != squash(w["title"]):
            problems.append(f"doc{k + 1} title {d.get('title')!r}")
        if "title_contains" in w and squash(w["title_contains"]) not in squash(d.get("title")):
            problems.append(f"doc{k + 1} title {d.get('title')!r} lacks {w['title_contains']!r}")
        if "part" in w and d.get("part") != w["part"]:
            problems.append(f"doc{k + 1} part {d.get('part')!r}")
        if "truncated" in w and bool(d.get("truncated")) != w["truncated"]:
            problems.append(f"doc{k + 1} truncated={d.get('truncated')!r}")
        if "omitted_chars" in w and d.get("omitted_chars") != w["omitted_chars"]:
            problems.append(f"doc{k + 1} omitted_chars={d.get('omitted_chars')!r}")
        if w.get("published_at") and not str(d.get("published_at") or "").startswith(w["published_at"]):
            problems.append(f"doc{k + 1} published_at {d.get('published_at')!r}")
    alltext = squash("".join(x.get("text", "") for x in docs))
    problems += [f"noise leaked: {n}" for n in gold.get("noise", []) if squash(n) in alltext]
    problems += [f"missing: {m}" for m in gold.get("must_contain", []) if squash(m) not in alltext]
    return problems


def page_of(url: str) -> Path:
    host, _, path = url.split("://", 1)[1].partition("/")
    return SITES / host / path


def load(gold_file: Path) -> tuple[dict, bytes]:
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    body = gold_file.with_name(gold_file.name.replace(".gold.json", ".html")).read_bytes()
    return gold, body


@pytest.mark.parametrize("gold_file", GOLD_FILES, ids=lambda p: p.name.split(".")[0])
def test_gold_page_extracts_clean(gold_file):
    gold, body = load(gold_file)
    docs = process_page(body, gold["url"], None, SHIPPED.for_url(gold["url"]))
    assert problems_of(docs, gold, gold.get("page_docs", gold["docs"])) == []
    for doc in docs:
        assert doc.script == gold.get("script", "Hans")
        assert doc.site != "generic"
        assert doc.pages == [gold["url"]]
        if gold.get("script") == "Hant":
            assert doc.text_original and doc.text_original != doc.text
        if gold.get("generated_text_marker"):
            assert "generated_text_marker" in doc.flags
        for gap in doc.gaps:
            assert 0 <= gap["offset"] <= len(doc.text)


@pytest.mark.parametrize(
    "gold_file",
    [g for g in GOLD_FILES if "pages" in json.loads(g.read_text())],
    ids=lambda p: p.name.split(".")[0],
)
def test_article_over_several_pages_is_stitched(gold_file):
    gold, body = load(gold_file)
    pages = [(body, gold["url"], {"Content-Type": "text/html; charset=utf-8"})]
    pages += [(page_of(url).read_bytes(), url, None) for url in gold["pages"]]
    docs = process_pages(pages, SHIPPED.for_url(gold["url"]))
    assert problems_of(docs, gold, gold["docs"]) == []
    assert docs[0].pages == [gold["url"], *gold["pages"]]
    assert docs[0].url == gold["url"]


def test_wm114_paywall_and_truncation_are_recorded():
    gold, body = load(GOLD / "wm114-2025111000.gold.json")
    (doc,) = process_page(body, gold["url"], None, SHIPPED.for_url(gold["url"]))
    assert doc.truncated is True
    assert doc.declared_chars == 2026
    assert [g["kind"] for g in doc.gaps] == ["paywall", "truncation"]
    paywall = doc.gaps[0]
    assert paywall["omitted_chars"] == 700
    assert doc.text[: paywall["offset"]].endswith("黑板报、")
    assert doc.gaps[1]["offset"] == len(doc.text)
    rules = [r["rule"] for r in doc.removed]
    assert rules == ["outline", "title_repeat", "paywall_notice", "truncation_notice"]
    assert doc.encoding == "gb18030" and doc.encoding_source == "meta"


def test_huigou6_pdf_page_numbers_are_cut_and_sentences_rejoined():
    gold, body = load(GOLD / "huigou6-3404.gold.json")
    (doc,) = process_page(body, gold["url"], None, SHIPPED.for_url(gold["url"]))
    assert "“一切工作到支部”" in doc.text
    assert "达标率达90%" in doc.text and "超1.2万人次" in doc.text
    assert [r["text"] for r in doc.removed if r["rule"] == "pdf_page_number"] == ["2", "3"]
    assert doc.text.startswith("同志们、朋友们:")


def test_cli_prints_what_process_page_gives(tmp_path):
    for name in ("wm114-2025111000", "hant-1300", "ai-1080", "huigou6-3404"):
        gold, body = load(GOLD / f"{name}.gold.json")
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "crawler.cli",
                "extract",
                str(GOLD / f"{name}.html"),
                "--url",
                gold["url"],
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
        assert run.returncode == 0, run.stderr
        expected = "".join(
            json.dumps(d.to_dict(), ensure_ascii=False, sort_keys=True) + "\n"
            for d in process_page(body, gold["url"], None, SHIPPED.for_url(gold["url"]))
        )
        assert run.stdout == expected


def test_cli_guesses_the_profile_without_url():
    run = subprocess.run(
        [sys.executable, "-m", "crawler.cli", "extract", str(GOLD / "wm114-2025111000.html")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    docs = [json.loads(line) for line in run.stdout.splitlines()]
    assert run.returncode == 0 and len(docs) == 1
    assert docs[0]["site"] == "wm114" and docs[0]["truncated"] is True


def test_per_page_table_against_trafilatura_alone(capsys):
    """Prints the per-page F1 of this extractor next to trafilatura.extract on the same pages."""
    import trafilatura

    rows, ours_total, theirs_total = [], 0.0, 0.0
    for gold_file in GOLD_FILES:
        gold, body = load(gold_file)
        want = gold.get("page_docs", gold["docs"])
        ours = process_page(body, gold["url"], None, SHIPPED.for_url(gold["url"]))
        ours_f1 = f1("".join(d.text for d in ours), "".join(w["text"] for w in want))
        html = body.decode("gb18030" if gold.get("encoding") == "gbk" else "utf-8")
        theirs = trafilatura.extract(html, favor_precision=True, include_comments=False) or ""
        theirs_f1 = f1(theirs, "".join(w["text"] for w in want))
        rows.append(
            (
                gold_file.name.split(".")[0],
                ours_f1,
                theirs_f1,
                "ok" if not problems_of(ours, gold, want) else "BAD",
            )
        )
        ours_total += ours_f1
        theirs_total += theirs_f1
    with capsys.disabled():
        print(f"\n{'page':24s} {'ours':>6s} {'trafilatura':>11s}")
        for name, a, b, status in rows:
            print(f"{name:24s} {a:6.3f} {b:11.3f} {status}")
        print(f"{'mean':24s} {ours_total / len(rows):6.3f} {theirs_total / len(rows):11.3f}")
    assert all(status == "ok" for *_, status in rows)
    assert ours_total > theirs_total
