"""The generic spider, no profile, real HTTP, on replicas of the CMSs that carry most Chinese
speech texts (samples/cms) and on a site that never ends (replica/trap.py).

Every speech of each family is archived once, stitched over its pages and clean; no listing,
continuation or reply page becomes a document. The endless site's crawl ends by itself, archives
the articles its first listing pages link to, and its report counts what was cut.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from crawlhelp import FAST, export, speech_archive

from crawler import exitcodes
from replica.server import ReplicaWeb
from replica.trap import TrapSite
from spiders.urls import canonical_url

CMS = Path(__file__).resolve().parents[1] / "samples" / "cms"
EXPECTED = json.loads((CMS / "expected.json").read_text(encoding="utf-8"))
MIRROR = re.compile(r"^http://127\.0\.0\.1:(\d+)(/.*)$")


def squash(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "")


def path_of(path: str) -> str:
    """A replica path as the crawl names it (canonical: query sorted)."""
    return canonical_url("http://host" + path)[len("http://host") :]


def meta_of(archive: Path, version: int) -> dict:
    return json.loads((archive / "versions" / f"{version:06d}" / "meta.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def cms_crawl(tmp_path_factory):
    """One `speech-archive crawl --start-url …` per family start page, all in one run."""
    archive = tmp_path_factory.mktemp("cms") / "archive"
    with ReplicaWeb(CMS) as web:
        args = ["crawl", "--archive", str(archive), *FAST]
        for host, site in sorted(EXPECTED.items()):
            args += ["--start-url", web.url(host, site["start"])]
        result = speech_archive(*args)
        hosts = {web.urls[h].rsplit(":", 1)[1]: h for h in EXPECTED}
    assert result.returncode == exitcodes.OK, result.stdout + result.stderr
    by_page: dict[tuple[str, str], dict] = {}
    for doc in export(archive):
        for url in doc["urls"]:
            port, path = MIRROR.match(url).groups()
            by_page[(hosts[port], path)] = doc
    return archive, by_page


@pytest.mark.parametrize("host", sorted(EXPECTED))
def test_every_speech_of_the_family_is_archived_once_stitched_and_clean(cms_crawl, host):
    _, by_page = cms_crawl
    site = EXPECTED[host]
    archived = {path: doc for (h, path), doc in by_page.items() if h == host}
    wanted = {path_of(d["path"]): d for d in site["documents"]}
    assert sorted(archived) == sorted(wanted), "no listing, continuation or reply page is a document"
    assert len({doc["doc_id"] for doc in archived.values()}) == len(wanted)
    for path, want in wanted.items():
        doc = archived[path]
        assert squash(doc["text"]) == squash(want["text"]), path
        assert doc["truncated"] is want["truncated"]
        pages = [MIRROR.match(p["url"]).group(2) for prov in doc["provenance"] for p in prov["pages"]]
        assert pages == [path_of(p) for p in want["pages"]], "stitched over all its pages, in order"
        for noise in site["noise"]:
            assert noise not in doc["text"], noise


def test_the_families_are_all_in_one_complete_run(cms_crawl):
    archive, by_page = cms_crawl
    meta = meta_of(archive, 1)
    assert meta["status"] == "complete"
    assert meta["documents"]["new"] == sum(len(s["documents"]) for s in EXPECTED.values())


def test_a_site_that_never_ends_is_crawled_to_a_complete_run_that_counts_what_it_cut(tmp_path):
    site = TrapSite()
    archive = tmp_path / "archive"
    with ReplicaWeb(CMS, hosts=[], dynamic={"trap.test": site}) as web:
        result = speech_archive(
            "crawl", "--start-url", web.url("trap.test", "/list/index.html"), "--archive", str(archive), *FAST
        )
        fetched = web.requests()
    assert result.returncode == exitcodes.OK, result.stdout + result.stderr
    assert "not fetched (cut): " in result.stdout
    # It ended by itself, long before the thousands of pages the site would go on serving.
    assert len(fetched) < 400
    pager_pages = {int(m.group(1)) for r in fetched if (m := re.match(r"/list/index_(\d+)\.html", r["path"]))}
    # GENERIC_DRY_LISTINGS (3) hops without anything new; a numbered pager skips up to two
    # pages a hop, so the chain stops within a dozen pages of the last new article (page 2).
    assert max(pager_pages) <= 12
    assert not [r for r in fetched if re.search(r"month=20(2[89]|[3-9]\d)", r["path"])], (
        "no calendar far ahead"
    )
    docs = export(archive)
    assert sorted(MIRROR.match(u).group(2) for d in docs for u in d["urls"]) == site.article_paths()
    meta = meta_of(archive, 1)
    assert meta["status"] == "complete"
    assert meta["stats"]["cut"].get("listing_chain", 0) > 0


def test_a_run_that_stops_at_its_request_budget_is_complete_and_says_so(tmp_path):
    archive = tmp_path / "archive"
    with ReplicaWeb(CMS, hosts=["www.dede-fanwen.test"]) as web:
        result = speech_archive(
            "crawl",
            "--start-url",
            web.url("www.dede-fanwen.test", "/a/fanwen/"),
            "--archive",
            str(archive),
            *FAST,
            "-s",
            "MAX_REQUESTS=4",
        )
        pages = [r["path"] for r in web.requests() if r["path"] != "/robots.txt"]
    assert result.returncode == exitcodes.OK, result.stdout + result.stderr
    assert "max_requests" in result.stdout
    assert meta_of(archive, 1)["stats"]["cut"]["max_requests"] > 0
    # Four pages asked for, plus the continuations of the article among them (never cut):
    # what is archived is whole.
    first_pages = [p for p in pages if not re.search(r"_\d+\.html$", p)]
    assert len(first_pages) == 4
    (doc,) = export(archive)
    assert len(doc["provenance"][0]["pages"]) == 3


def test_the_start_page_the_user_names_is_fetched_though_robots_txt_keeps_crawlers_off_it(tmp_path):
    # A Q&A site's search page is `Disallow: /search`; the user started there on purpose. The
    # page is read; what it links to is asked of robots.txt as always (here: nothing else).
    host = sorted(EXPECTED)[0]
    start = EXPECTED[host]["start"]
    archive = tmp_path / "archive"
    with ReplicaWeb(CMS, hosts=[host]) as web:
        web.put(host, "/robots.txt", b"User-agent: *\nDisallow: /\n")
        result = speech_archive(
            "crawl", "--start-url", web.url(host, start), "--archive", str(archive), *FAST
        )
        fetched = {r["path"] for r in web.requests(host)}
    assert result.returncode == exitcodes.OK, result.stdout + result.stderr
    assert fetched == {"/robots.txt", start}
