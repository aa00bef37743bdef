"""`speech-archive crawl --urls FILE`: a list of article URLs, each through its site's profile or
the generic path; exactly those articles archived (stitched over their pages), nothing else."""

from __future__ import annotations

import json
from pathlib import Path

from crawlhelp import FAST, SAMPLES, export, speech_archive

from crawler import exitcodes
from replica.server import ReplicaWeb

CMS = SAMPLES / "cms"
DEDE = "www.dede-fanwen.test"


def test_listed_articles_of_profiled_and_unprofiled_sites_are_archived_and_nothing_else(
    tmp_path, replica_web
):
    expected = json.loads((CMS / "expected.json").read_text(encoding="utf-8"))[DEDE]["documents"]
    three_pages = next(d for d in expected if len(d["pages"]) == 3)
    archive = tmp_path / "archive"
    with ReplicaWeb(CMS, hosts=[DEDE]) as cms:
        listing = cms.url(DEDE, "/a/fanwen/list_5_2.html")  # a listing in the list: counted, not archived
        url_list = tmp_path / "urls.txt"
        url_list.write_text(
            "# speeches to archive\n"
            "http://www.wm114.cn/wen/jianghua/2025111000.html\n"
            "http://www.huigou6.com/zhuantifanwen/gongwenfanwen/3404.html\n"
            "\n"
            f"{cms.url(DEDE, three_pages['pages'][0])}\n"
            f"{listing}\n",
            encoding="utf-8",
        )
        result = speech_archive(
            "crawl",
            "--urls",
            str(url_list),
            "--base-url",
            f"wm114={replica_web.urls['www.wm114.cn']}",
            "--base-url",
            f"huigou6={replica_web.urls['www.huigou6.com']}",
            "--archive",
            str(archive),
            *FAST,
        )
    assert result.returncode == exitcodes.OK, result.stdout + result.stderr
    docs = export(archive)
    by_site = {d["sites"][0]: d for d in docs}
    assert sorted(by_site) == ["generic", "huigou6", "wm114"] and len(docs) == 3
    assert by_site["wm114"]["urls"] == ["http://www.wm114.cn/wen/jianghua/2025111000.html"]
    huigou6_pages = [p["url"] for p in by_site["huigou6"]["provenance"][0]["pages"]]
    assert huigou6_pages[1].endswith("3404_2.html")  # its continuation stitched on
    assert len(by_site["generic"]["provenance"][0]["pages"]) == 3
    meta = json.loads((archive / "versions/000001/meta.json").read_text(encoding="utf-8"))
    assert meta["stats"]["errors"] == {"skipped_not_an_article": 1} and meta["stats"]["errors_total"] == 0


def test_a_bad_line_in_the_url_list_is_one_line_naming_it_and_nothing_is_written(tmp_path):
    url_list = tmp_path / "urls.txt"
    url_list.write_text("http://www.wm114.cn/wen/jianghua/2025111000.html\nnot a url\n", encoding="utf-8")
    archive = tmp_path / "archive"
    result = speech_archive("crawl", "--urls", str(url_list), "--archive", str(archive))
    assert result.returncode == exitcodes.USAGE
    assert result.stderr.strip().count("\n") == 0 and f"{url_list}:2" in result.stderr
    assert not archive.exists()
    missing = speech_archive("crawl", "--urls", str(tmp_path / "nope.txt"), "--archive", str(archive))
    assert missing.returncode == exitcodes.USAGE and "cannot read" in missing.stderr
    assert not Path(archive).exists()
