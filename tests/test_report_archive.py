"""A small real archive for the report and WACZ tests, built through the store API.

`build_sample_archive(root, samples_dir)` captures every gold page of samples/gold into a WARC
(as the crawl would, with `WarcWriter`) and commits two versions:
- version 1: every gold page's documents (the copies the replica web holds merge into one
  document each), with the paywall gaps, truncation, stripped pieces and flags the pipelines
  record;
- version 2: one page changed, one page gone (its document removed), the rest answered 304
  (written as revisit records of the version 1 captures, as the crawl writes them).
The tests in this module pin what the other tests rely on.
"""

from __future__ import annotations

import json
from pathlib import Path

from archive.store import Archive
from archive.warc_writer import WarcWriter
from pipelines.document import Document

SITE_OF_HOST = {
    "www.wm114.cn": "wm114",
    "www.huigou6.com": "huigou6",
    "fanwen-hant.test": "fanwen_hant",
    "jianghua-ai.test": "jianghua_ai",
}
CHANGED_PAGE = "huigou6-3401"  # re-fetched with an edited text in version 2
GONE_PAGE = "ai-1082"  # answers 404 in version 2
STRIPPED_INTRO = "下面是小编为大家整理的讲话稿,供大家参考。"


def gold_pages(samples_dir: Path) -> list[dict]:
    pages = []
    for path in sorted((samples_dir / "gold").glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        gold["name"] = path.name.removesuffix(".gold.json")
        gold["body"] = (samples_dir / "gold" / f"{gold['name']}.html").read_bytes()
        site_json = samples_dir / "sites" / gold["host"] / "_site.json"
        gold["content_type"] = json.loads(site_json.read_text(encoding="utf-8"))["content_type"]
        pages.append(gold)
    return pages


def documents_of(gold: dict, text_edit: str = "") -> list[dict]:
    """The documents the pipelines hand to the archive for one gold page."""
    site = SITE_OF_HOST[gold["host"]]
    several = len(gold["docs"]) > 1
    docs = []
    for k, expected in enumerate(gold["docs"], 1):
        text = expected["text"] + text_edit
        title = expected.get("title") or f"{expected['title_contains']}第{expected.get('part', k)}篇"
        gaps, omitted = [], expected.get("omitted_chars") or 0
        if omitted:  # the site's mid-text elision sits where the marker was, mid-text
            gaps.append({"offset": len(text) // 2, "omitted_chars": omitted, "kind": "paywall"})
        if expected.get("truncated"):
            gaps.append({"offset": len(text), "omitted_chars": None, "kind": "truncation"})
        flags = ["generated_text_marker"] if gold.get("generated_text_marker") else []
        docs.append(
            {
                "url": f"{gold['url']}#{k}" if several else gold["url"],
                "site": site,
                "title": title,
                "text": text,
                "published_at": expected.get("published_at"),
                "truncated": bool(expected.get("truncated")),
                "omitted_chars": omitted,
                "declared_chars": len(text) + omitted + 500 if expected.get("truncated") else None,
                "gaps": gaps,
                "removed": [{"rule": "intro", "text": STRIPPED_INTRO}] if site == "huigou6" else [],
                "flags": flags,
                "script": gold.get("script") or "Hans",
            }
        )
    return docs


def capture(writer: WarcWriter, gold: dict, fetched_at: str, body: bytes | None = None) -> dict:
    """Write the page's exchange to WARC; the provenance (`seen_at`) the archive keeps."""
    body = gold["body"] if body is None else body
    ref = writer.write_exchange(
        gold["url"],
        "GET",
        [("User-Agent", "speech-archive-test")],
        200,
        "OK",
        [("Content-Type", gold["content_type"]), ("Content-Length", str(len(body)))],
        body,
        fetched_at=fetched_at,
    )
    page = {
        "url": gold["url"],
        "fetch_url": gold["url"],
        "status": 200,
        "fetched_at": fetched_at,
        "etag": None,
        "last_modified": None,
        "warc": ref,
    }
    return {"url": gold["url"], "fetch_url": gold["url"], "pages": [page]}


def run_stats(pages: int, not_modified: int, errors: dict, duration: float, documents: dict) -> dict:
    return {
        "pages_fetched": pages,
        "not_modified": not_modified,
        "errors": errors,
        "errors_total": sum(errors.values()),
        "duration_s": duration,
        "pages_per_s": round(pages / duration, 2),
        "documents": documents,
        "interrupted": False,
    }


def build_sample_archive(root: Path, samples_dir: Path) -> Archive:
    archive = Archive(root)
    pages = gold_pages(samples_dir)

    run = archive.begin_run({"spiders": sorted(SITE_OF_HOST.values())})
    first_capture = {}
    with WarcWriter(archive.warc_dir, prefix=run.run_id) as writer:
        for i, gold in enumerate(pages):
            seen_at = capture(writer, gold, f"2026-11-20T08:{i // 60:02d}:{i % 60:02d}+00:00")
            first_capture[gold["name"]] = seen_at["pages"][0]["warc"]
            run.add_documents([Document.from_dict(d) for d in documents_of(gold)], seen_at)
    docs = {"new": run.counters["documents_created"], "changed": 0, "unchanged": 0, "removed": 0}
    docs["merged"] = run.counters["copies_added"] - run.counters["documents_created"]
    run.commit(run_stats(len(pages) + 4, 0, {"http_404": 1}, 12.5, docs))

    run = archive.begin_run({"spiders": sorted(SITE_OF_HOST.values())})
    with WarcWriter(archive.warc_dir, prefix=run.run_id) as writer:
        for gold in pages:
            if gold["name"] == CHANGED_PAGE:
                edited = "\n\n(此稿于近日修订。)"
                seen_at = capture(
                    writer, gold, "2026-11-21T08:00:00+00:00", gold["body"] + b"<!-- edited -->"
                )
                run.add_documents(
                    [Document.from_dict(d) for d in documents_of(gold, text_edit=edited)], seen_at
                )
            elif gold["name"] == GONE_PAGE:
                run.mark_gone(gold["url"])
            else:
                writer.write_revisit(
                    gold["url"],
                    304,
                    [],
                    refers_to=first_capture[gold["name"]],
                    fetched_at="2026-11-21T08:00:01+00:00",
                )
                run.carry_over(gold["url"])
    docs = {"new": 0, "changed": 1, "unchanged": len(pages) - 2, "removed": 1, "merged": 0}
    run.commit(run_stats(len(pages) + 4, len(pages) - 2, {"http_404": 1, "TimeoutError": 2}, 4.0, docs))
    return archive


# --- what the other tests rely on ------------------------------------------------------------
def test_sample_archive_has_two_versions_with_every_kind_of_document(tmp_path, samples_dir):
    archive = build_sample_archive(tmp_path / "archive", samples_dir)

    assert archive.versions() == [1, 2]
    states = {entry["state"] for entry in archive.manifest(2).values()}
    assert {"changed", "removed", "unchanged"} <= states
    docs = list(archive.documents(2))
    assert any(d["truncated"] for d in docs)
    assert any(g["kind"] == "paywall" for d in docs for g in d["gaps"])
    assert any(d["flags"] for d in docs)
    assert any(len(d["copies"]) > 1 for d in docs)
    assert any(d["removed"] for d in docs)
    assert archive.meta(2)["warc_files"] and archive.meta(1)["warc_files"]
