"""Site furniture in the crawl: real Scrapy crawls over HTTP of a host whose article pages carry an
ad inside the text and a copyright box after it, and whose speeches all open "同志们：" and end
"谢谢大家！". The run keeps the evidence and applies it at its commit, so the documents do not
depend on the order pages came in, `reprocess` makes the same documents, and a document archived
before the evidence was enough is revised once, saying why."""

from __future__ import annotations

from crawlhelp import FAST, export, manifest_states, speech_archive
from test_site_furniture import AD, BOX, HOST, PAGES, SMALL

from crawler import exitcodes
from replica.server import ReplicaWeb


def crawl_urls(web, archive, urls, tmp_path) -> None:
    listed = tmp_path / "urls.txt"
    listed.write_text("".join(f"{url}\n" for url in urls), encoding="utf-8")
    result = speech_archive("crawl", "--urls", str(listed), "--archive", str(archive), *FAST)
    assert result.returncode == exitcodes.OK, result.stdout + result.stderr


def articles(web, host, numbers) -> list[str]:
    return [web.url(host, f"/a/{n}.html") for n in numbers]


def furniture_of(doc) -> list[dict]:
    return [r for r in doc["removed"] if r["rule"] == "site_furniture"]


def as_archived(docs) -> dict:
    return {d["doc_id"]: (d["text"], d["removed"], d["urls"], d.get("revisions")) for d in docs}


def test_furniture_removed_closing_kept_whatever_the_crawl_order_and_reprocess_agrees(tmp_path):
    with ReplicaWeb(PAGES, hosts=[HOST, SMALL]) as web:
        pages = articles(web, HOST, range(6)) + articles(web, SMALL, range(2))
        forward, backward = tmp_path / "forward", tmp_path / "backward"
        crawl_urls(web, forward, pages, tmp_path)
        crawl_urls(web, backward, pages[::-1], tmp_path)
        big_site, small_site = web.urls[HOST], web.urls[SMALL]
    docs = export(forward)
    assert as_archived(docs) == as_archived(export(backward))
    big = [d for d in docs if d["urls"][0].startswith(big_site)]
    small = [d for d in docs if d["urls"][0].startswith(small_site)]
    assert len(big) == 6 and len(small) == 2
    for doc in big:
        assert AD not in doc["text"] and not any(piece in doc["text"] for piece in BOX)
        assert [(r["pages"], AD in r["text"]) for r in furniture_of(doc)] == [
            (6, True),
            (6, False),
            (6, False),
        ]
        assert doc["text"].startswith("同志们：") and doc["text"].endswith("谢谢大家！")
    for doc in small:  # two pages are no evidence: structure only
        assert AD in doc["text"] and not furniture_of(doc)

    result = speech_archive("reprocess", "--archive", str(forward))
    assert result.returncode == exitcodes.OK, result.stderr
    assert set(manifest_states(forward, 2).values()) == {"unchanged"}
    assert as_archived(export(forward, version=2)) == as_archived(docs)

    # the evidence is rebuilt from the captures: without it, reprocess makes the same documents
    for path in forward.glob("site_evidence.sqlite*"):
        path.unlink()
    assert speech_archive("reprocess", "--archive", str(forward)).returncode == exitcodes.OK
    assert set(manifest_states(forward, 3).values()) == {"unchanged"}


def test_a_later_run_that_grows_the_evidence_revises_earlier_documents_once_saying_why(tmp_path):
    archive = tmp_path / "archive"
    with ReplicaWeb(PAGES, hosts=[HOST]) as web:
        crawl_urls(web, archive, articles(web, HOST, range(2)), tmp_path)  # two pages: too few
        first = {d["doc_id"]: d for d in export(archive)}
        assert len(first) == 2 and all(AD in d["text"] and not furniture_of(d) for d in first.values())

        crawl_urls(web, archive, articles(web, HOST, [2]), tmp_path)  # the third page makes it furniture
        second = {d["doc_id"]: d for d in export(archive)}
        states = manifest_states(archive, 2)
        assert sorted(states[doc_id] for doc_id in first) == ["changed"] * 2
        for doc_id in first:
            doc = second[doc_id]
            assert AD not in doc["text"] and doc["text"].endswith("谢谢大家！")
            assert [r["pages"] for r in furniture_of(doc)] == [3, 3, 3]
            assert doc["revisions"] == [
                {"version": 2, "reason": "site_furniture", "removed": 3, "restored": 0}
            ]
        (new,) = set(second) - set(first)
        assert second[new]["revisions"] is None and len(furniture_of(second[new])) == 3

        shown = speech_archive("show", next(iter(first)), "--archive", str(archive)).stdout
        assert "[site_furniture, 3 pages] 温馨提示" in shown
        assert "revised in version 2: site_furniture (3 removed, 0 put back)" in shown

        crawl_urls(web, archive, articles(web, HOST, [3]), tmp_path)  # more evidence, nothing new to remove
        states = manifest_states(archive, 3)
        assert [states[doc_id] for doc_id in second] == ["unchanged"] * 3
        third = {d["doc_id"]: d for d in export(archive)}
        assert all(third[doc_id] == second[doc_id] for doc_id in second)
        assert [r["pages"] for r in furniture_of(third[(set(third) - set(second)).pop()])] == [4, 4, 4]


def test_a_threshold_out_of_range_is_one_line_and_nothing_is_written(tmp_path):
    listed = tmp_path / "urls.txt"
    listed.write_text(f"http://{HOST}/a/0.html\n", encoding="utf-8")
    archive = tmp_path / "archive"
    for setting in (
        "SITE_FURNITURE_MIN_PAGES=1",
        "SITE_FURNITURE_MIN_SHARE=1.5",
        "SITE_FURNITURE_PROSE_MIN_PAGES=2",
    ):
        result = speech_archive("crawl", "--urls", str(listed), "--archive", str(archive), "-s", setting)
        assert result.returncode == exitcodes.USAGE and result.stderr.count("\n") == 1, result.stderr
        assert setting.split("=")[0] in result.stderr and not archive.exists()


def test_a_distributed_crawl_makes_the_documents_a_single_process_makes(tmp_path):
    """Workers hand over documents as extracted; the coordinator's run holds the evidence."""
    import sys

    from test_distributed_support import RedisServer, run_crawl

    redis = RedisServer(tmp_path / "redis").start()
    try:
        with ReplicaWeb(PAGES, hosts=[HOST]) as web:
            single, distributed = tmp_path / "single", tmp_path / "distributed"
            crawl_urls(web, single, articles(web, HOST, range(6)), tmp_path)
            listed = tmp_path / "urls.txt"  # the same list, the other way round
            listed.write_text(
                "".join(f"{url}\n" for url in articles(web, HOST, range(5, -1, -1))), encoding="utf-8"
            )
            command = [sys.executable, "-m", "crawler.cli", "crawl", "--urls", str(listed)]
            command += [
                "--archive",
                str(distributed),
                "--no-report",
                *FAST,
                "--redis",
                redis.url,
                "--workers",
                "2",
            ]
            result = run_crawl(command)
            assert result.returncode == exitcodes.OK, result.stderr
    finally:
        redis.stop()
    docs = export(distributed)
    assert as_archived(docs) == as_archived(export(single))
    assert len(docs) == 6 and all(len(furniture_of(d)) == 3 for d in docs)
