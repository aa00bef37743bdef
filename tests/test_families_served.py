"""The site families (samples/families) are servable as written: the replica server answers every
home page, article page and listed non-document with 200 and the Content-Type the host declares,
robots.txt `Sitemap:` lines name files the host serves, and expected.json agrees with the pages.
No extraction here: what the pages must yield is other tests' business."""

from __future__ import annotations

import html
import json
import re
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote, unquote, urljoin, urlsplit

import pytest
from crawlhelp import HANG

from replica.server import ReplicaWeb

FAMILIES = Path(__file__).resolve().parent.parent / "samples" / "families"
EXPECTED = json.loads((FAMILIES / "expected.json").read_text(encoding="utf-8"))
HOSTS = sorted(EXPECTED)


@pytest.fixture(scope="module")
def families_web():
    with ReplicaWeb(FAMILIES) as web:
        yield web


def fetch(web: ReplicaWeb, url: str) -> tuple[int, str, bytes]:
    """GET a family URL (`http://host/path?query`) from the replica serving that host."""
    parts = urlsplit(url)
    target = parts.path + ("?" + parts.query if parts.query else "")
    with urllib.request.urlopen(web.url(parts.hostname, target), timeout=HANG) as answer:
        return answer.status, answer.headers["Content-Type"], answer.read()


def declared_type(host: str) -> str:
    return json.loads((FAMILIES / host / "_site.json").read_text(encoding="utf-8"))["content_type"]


def test_every_family_folder_has_expectations_and_ten_or_more_families():
    folders = sorted(p.name for p in FAMILIES.iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))
    assert folders == HOSTS
    assert len(HOSTS) >= 10
    assert all(host.endswith(".test") for host in HOSTS)


@pytest.mark.parametrize("host", HOSTS)
def test_home_articles_and_non_documents_answer_with_the_declared_type(families_web, host):
    family = EXPECTED[host]
    urls = [
        family["home"],
        *(page for doc in family["documents"] for page in doc["pages"]),
        *family["not_documents"],
    ]
    assert family["documents"], host
    for url in urls:
        assert urlsplit(url).hostname == host, url
        status, content_type, body = fetch(families_web, url)
        assert status == 200, url
        assert content_type == declared_type(host), url
        assert body.lstrip().startswith(b"<"), url


@pytest.mark.parametrize("host", HOSTS)
def test_robots_sitemap_lines_name_files_the_host_serves(families_web, host):
    status, content_type, body = fetch(families_web, f"http://{host}/robots.txt")
    assert (status, content_type) == (200, "text/plain")
    for line in body.decode("ascii").splitlines():
        if line.lower().startswith("sitemap:"):
            sitemap = line.split(":", 1)[1].strip()
            status, _, xml = fetch(families_web, f"http://{host}{urlsplit(sitemap).path}")
            assert status == 200 and b"<loc>" in xml, sitemap
            for loc in re.findall(rb"<loc>([^<]+)</loc>", xml):
                assert fetch(families_web, f"http://{host}{urlsplit(loc.decode()).path}")[0] == 200, loc


@pytest.mark.parametrize("host", HOSTS)
def test_expected_documents_are_well_formed_and_free_of_the_hosts_noise(host):
    family = EXPECTED[host]
    for doc in family["documents"]:
        assert doc["url"] == doc["pages"][0]
        assert set(doc) >= {"url", "pages", "title", "text", "truncated", "published_at"}
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", doc["published_at"])
        length = len(doc["text"].replace("\n", ""))
        assert doc["truncated"] or 600 <= length <= 2500, (doc["title"], length)
        for noise in family["noise"]:
            assert noise not in doc["text"], (doc["title"], noise)
        assert not set(doc["pages"][1:]) - set(family["not_documents"]), (
            "continuation pages are not documents"
        )


def test_holdout_names_only_families_that_exist():
    # a round's holdouts, once measured, are fixed against and leave the list (empty between rounds)
    lines = (FAMILIES / "HOLDOUT").read_text(encoding="utf-8").splitlines()
    hosts = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    assert len(set(hosts)) == len(hosts) and set(hosts) <= set(HOSTS)


def test_the_self_media_author_page_lists_its_articles_in_url_encoded_render_data(families_web):
    family = EXPECTED["www.kuaixun-hao.test"]
    _, _, body = fetch(families_web, family["home"])
    encoded = re.search(rb'<script id="RENDER_DATA" type="application/json">([^<]+)</script>', body).group(1)
    assert b"{" not in encoded, "the JSON is URL-encoded, as encodeURIComponent leaves it"
    feed = json.loads(unquote(encoded.decode("ascii")))["data"]["feed"]
    listed = {urlsplit(item["article_url"]).path for item in feed}
    assert listed == {urlsplit(doc["url"]).path for doc in family["documents"]}


@pytest.mark.parametrize("host", [host for host in HOSTS if "charset=" not in EXPECTED[host]["content_type"]])
def test_pages_served_without_a_charset_declare_one_in_a_meta_tag(families_web, host):
    family = EXPECTED[host]
    for doc in family["documents"]:
        _, _, body = fetch(families_web, doc["url"])
        assert re.search(rb"""<meta[^>]+charset=["']?(gb2312|gbk|gb18030|utf-8|big5)""", body, re.I), doc[
            "url"
        ]


def test_discuz_threads_answer_their_dynamic_address_with_the_same_first_post(families_web):
    family = EXPECTED["bbs.linli-home.test"]
    for doc in family["documents"]:
        tid = re.search(r"thread-(\d+)-1-1\.html", doc["url"]).group(1)
        _, _, static = fetch(families_web, doc["url"])
        _, _, dynamic = fetch(families_web, f"http://bbs.linli-home.test/forum.php?mod=viewthread&tid={tid}")
        first_post = re.compile(rb'<td class="t_f" id="postmessage_\d+">(.*?)</td>', re.S)
        assert first_post.search(static).group(1) == first_post.search(dynamic).group(1)


URL_SAFE = ":/?&=%#;,+@!$'()*[]~"
LINK = re.compile(rb"""<a\b[^>]*?(?<![-\w])href\s*=\s*["']([^"'#]+)""", re.IGNORECASE)


def reachable_by_links(web: ReplicaWeb, host: str, home: str, limit: int = 300) -> set[str]:
    """Family URLs reached from the home page by following plain <a href> links on the host (no
    scripts, sitemaps, feeds or data attributes): what a crawler finds without any other path."""
    seen, queue = {home}, [home]
    while queue and len(seen) < limit:
        url = queue.pop(0)
        try:
            status, content_type, body = fetch(web, url)
        except urllib.error.HTTPError:
            continue
        if "html" not in content_type:
            continue
        for raw in LINK.findall(body):
            href = quote(html.unescape(raw.decode("utf-8", "replace")).strip(), safe=URL_SAFE)
            if href.startswith(("javascript:", "mailto:", "xinwenke:")):
                continue
            target = urljoin(url, href)
            if urlsplit(target).hostname == host and target.split("#")[0] not in seen:
                seen.add(target.split("#")[0])
                queue.append(target.split("#")[0])
    return seen


@pytest.mark.parametrize("host", HOSTS)
def test_articles_marked_found_by_links_are_reachable_by_links_and_no_others_are(families_web, host):
    family = EXPECTED[host]
    reached = reachable_by_links(families_web, host, family["home"])
    for doc in family["documents"]:
        assert (doc["url"] in reached) == (doc["found_by"] == "links"), (doc["url"], doc["found_by"])


@pytest.mark.parametrize("host", HOSTS)
def test_continuation_pages_are_linked_plainly_unless_marked_script_pager(families_web, host):
    family = EXPECTED[host]
    reached = reachable_by_links(families_web, host, family["home"])
    for doc in family["documents"]:
        if len(doc["pages"]) > 1:
            linked = all(page in reached for page in doc["pages"][1:])
            assert linked == (doc["pages_found_by"] == "links"), (doc["url"], doc["pages_found_by"])
