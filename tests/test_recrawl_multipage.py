"""Incremental re-crawl of an article over three pages (huigou6 replica, real HTTP): when page 1
answers 304 the known later pages are asked with conditional requests too, and an edit on page 2
alone gives exactly one changed document."""

from __future__ import annotations

from crawlhelp import crawl_sites, manifest_states, speech_archive

from replica.huigou6 import HOST, generate_huigou6_site, three_page_paths
from replica.server import ReplicaWeb


def test_an_edit_on_page_2_of_a_three_page_article_is_one_changed_document(tmp_path):
    generate_huigou6_site(tmp_path / "sites")
    first, second, third = three_page_paths()
    archive = tmp_path / "archive"
    with ReplicaWeb(tmp_path / "sites") as web:
        assert crawl_sites(web, archive, ("huigou6",)).returncode == 0
        web.clear_requests()
        unchanged = crawl_sites(web, archive, ("huigou6",))
        assert unchanged.returncode == 0, unchanged.stderr
        asked = {r["path"]: r for r in web.requests() if r["path"] in (first, second, third)}
        # Page 1 answered 304, and pages 2 and 3 were still asked, conditionally.
        assert all(asked[p]["conditional"] and asked[p]["status"] == 304 for p in (first, second, third))
        assert set(manifest_states(archive, 2).values()) == {"unchanged"}

        page = (tmp_path / "sites" / HOST / second.lstrip("/")).read_bytes()
        edited = page.replace(b"</p>", "我们一定要把招商引资的各项任务落到实处。</p>".encode(), 1)
        assert edited != page
        web.put(HOST, second, edited)
        result = crawl_sites(web, archive, ("huigou6",))
        assert result.returncode == 0, result.stdout + result.stderr

    states = manifest_states(archive, 3)
    changed = [doc_id for doc_id, state in states.items() if state != "unchanged"]
    assert len(changed) == 1 and states[changed[0]] == "changed"
    shown = speech_archive("show", changed[0], "--archive", str(archive))
    assert "我们一定要把招商引资的各项任务落到实处" in shown.stdout
    assert second.rsplit("/", 1)[1] in shown.stdout and third.rsplit("/", 1)[1] in shown.stdout
