"""`speech-archive browse` in Debian's headless Chromium (network cut, driven over DevTools with the
helpers of test_report_browser): a search typed into the page lands on the right document, the
facets count what `audit --json` counts, no script error, nothing requested beyond 127.0.0.1, and
a commit's new catalog shows on the next page load while the server keeps running. At 1280×900 a
documents row is at most 120 px tall, and a search is ranked as `speech-archive search` ranks it.
A request Datasette refuses is one line in the server's log."""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import aiohttp
import pytest
from crawlhelp import HANG, REPO_ROOT, audit
from test_catalog import unique_phrase
from test_report_browser import NETWORK_CUT_BUT_LOOPBACK, Chromium, DevTools
from test_search_ranking import QUERY, ranking_fixture

from archive.store import Archive
from crawler import exitcodes
from crawler.cli import main

FACETS = """JSON.stringify(Object.fromEntries([...document.querySelectorAll('.facet-info')].map(f => [
  f.dataset.column,
  Object.fromEntries([...f.querySelectorAll('li')].map(li => {
    const m = li.textContent.trim().match(/^(.*?)\\s+(?:·\\s+)?([\\d,]+)(?:\\s+✖)?$/);
    return m ? [m[1].trim(), Number(m[2].replace(/,/g, ''))] : [li.textContent.trim(), null];
  }))
])))"""
ROW_COUNT = "document.querySelector('h3').textContent.replace(/\\s+/g, ' ').trim()"


class Browse:
    """`speech-archive browse --port 0` in a process of its own; `.url` once it listens."""

    def __init__(self, archive: Path):
        self.archive = archive
        self.process: subprocess.Popen | None = None
        self.url = ""

    def __enter__(self) -> Browse:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "crawler.cli", "browse", "--archive", str(self.archive), "--port", "0"],
            cwd=REPO_ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        line = self.process.stdout.readline()
        found = re.search(r"(http://127\.0\.0\.1:\d+)/catalog/documents", line)
        assert found, line + self.process.stderr.read()
        self.url = found.group(1)
        return self

    def __exit__(self, *exc) -> None:
        os.killpg(self.process.pid, signal.SIGTERM)
        self.process.wait(timeout=HANG)


async def visit(base: str, profile: Path, shots: Path, phrase: str, commit) -> dict:
    seen: dict = {}
    with Chromium(profile, NETWORK_CUT_BUT_LOOPBACK) as browser:
        async with aiohttp.ClientSession() as http:
            async with http.ws_connect(browser.websocket_url(), max_msg_size=0) as websocket:
                page = await DevTools.open_page(websocket)
                await page.navigate(f"{base}/catalog/documents")
                seen["facets"] = json.loads(await page.evaluate(FACETS))
                seen["rows_before"] = await page.evaluate(ROW_COUNT)
                await page.screenshot(shots / "browse-documents.png")
                # the search box, as a person uses it
                await page.evaluate(
                    f"document.querySelector('#_search').value = {json.dumps(phrase)};"
                    "document.querySelector('#_search').form.requestSubmit(); true"
                )
                await page.wait_for_event("Page.loadEventFired")
                seen["found"] = await page.evaluate(ROW_COUNT)
                link = await page.evaluate("document.querySelector('li.hit a.title').href")
                await page.navigate(link)
                seen["document"] = json.loads(
                    await page.evaluate(
                        "JSON.stringify({id: document.querySelector('h1').dataset.docId,"
                        " marks: [...document.querySelectorAll('.speech-text mark.gap')].map(m => m.dataset.gap),"
                        " urls: [...document.querySelectorAll('table.urls td:first-child')].map(td => td.textContent),"
                        " versions: document.querySelectorAll('table.versions tbody tr').length})"
                    )
                )
                await page.screenshot(shots / "browse-document.png")
                seen["text_fonts"] = await page.fonts_of(".speech-text")
                commit()  # a crawl commits a new version while the server runs
                await page.navigate(f"{base}/catalog/documents")
                seen["rows_after"] = await page.evaluate(ROW_COUNT)
                seen["errors"] = page.errors()
                seen["requested"] = page.requested_urls()
    return seen


@pytest.mark.slow
def test_browse_searches_facets_and_documents_in_chromium(replica_archive, tmp_path):
    root = tmp_path / "archive"
    shutil.copytree(replica_archive, root)
    archive = Archive(root)
    docs = list(archive.documents())
    summary = audit(root)
    target = next(d for d in docs if d["gaps"] and unique_phrase(docs, d))  # a speech with a gap marked
    phrase = unique_phrase(docs, target)
    gone = next(d for d in docs if len(d["urls"]) == 1 and d["doc_id"] != target["doc_id"])

    def commit():
        run = archive.begin_run({"spiders": ["test"]})
        run.mark_gone(gone["urls"][0])
        run.commit({})

    with Browse(root) as browse:
        seen = asyncio.run(visit(browse.url, tmp_path / "profile", tmp_path, phrase, commit))
        assert browse.process.poll() is None  # still serving

    assert seen["errors"] == []
    assert all(url.startswith(browse.url + "/") for url in seen["requested"]), seen["requested"]

    # facets count what audit counts
    assert seen["facets"]["sites"] == summary["by_site"]
    assert seen["facets"]["flags"] == summary["flags"]
    assert seen["facets"]["truncated"].get("1") == summary["truncated"]
    years = {}
    for d in docs:
        if d.get("published_at"):  # an undated speech is in no year
            years[d["published_at"][:4]] = years.get(d["published_at"][:4], 0) + 1
    assert seen["facets"]["year"] == years
    assert seen["rows_before"].startswith(f"{summary['documents']} rows")

    # the search lands on the document, its gaps marked, its URLs and versions listed
    assert seen["found"] == "1 document matches, most relevant first"
    assert seen["document"]["id"] == target["doc_id"]
    assert seen["document"]["marks"] == [g["kind"] for g in sorted(target["gaps"], key=lambda g: g["offset"])]
    assert seen["document"]["urls"] == sorted(
        target["urls"], key=lambda u: (u != target["copies"][0]["url"], u)
    )
    assert seen["document"]["versions"] == 1
    assert any("CJK" in name for name in seen["text_fonts"]), seen["text_fonts"]

    # the commit's catalog is shown without a restart
    assert seen["rows_after"].startswith(f"{summary['documents'] - 1} rows")


def test_browse_says_how_to_install_datasette_when_it_is_missing(replica_archive, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "datasette", None)  # as if not installed

    code = main(["browse", "--archive", str(replica_archive)])

    err = capsys.readouterr().err
    assert code == exitcodes.FAILURE
    assert len(err.splitlines()) == 1 and "pip install 'speech-archive[browse]'" in err


DOCUMENT_ROWS = """JSON.stringify([...document.querySelectorAll('table.speech-list tr.speech')].map(tr => ({
  id: tr.dataset.docId,
  height: tr.getBoundingClientRect().height,
  cells: Object.fromEntries([...tr.querySelectorAll('td')].map(td => [td.className, td.innerText.trim()])),
})))"""
HITS = """JSON.stringify([...document.querySelectorAll('li.hit')].map(li => ({
  id: li.dataset.docId, marks: [...li.querySelectorAll('.snippet mark')].map(m => m.textContent)})))"""


async def rows_and_ranking(base: str, profile: Path) -> dict:
    seen: dict = {}
    with Chromium(profile, NETWORK_CUT_BUT_LOOPBACK) as browser:
        async with aiohttp.ClientSession() as http:
            async with http.ws_connect(browser.websocket_url(), max_msg_size=0) as websocket:
                page = await DevTools.open_page(websocket)
                await page.send(
                    "Emulation.setDeviceMetricsOverride",
                    width=1280,
                    height=900,
                    deviceScaleFactor=1,
                    mobile=False,
                )
                await page.navigate(f"{base}/catalog/documents")
                seen["rows"] = json.loads(await page.evaluate(DOCUMENT_ROWS))
                seen["list_text"] = await page.evaluate("document.body.innerText")
                await page.evaluate(
                    f"document.querySelector('#_search').value = {json.dumps(QUERY)};"
                    "document.querySelector('#_search').form.requestSubmit(); true"
                )
                await page.wait_for_event("Page.loadEventFired")
                seen["hits"] = json.loads(await page.evaluate(HITS))
                link = await page.evaluate("document.querySelector('li.hit a.title').href")
                await page.navigate(link)
                seen["document_text"] = await page.evaluate(
                    "document.querySelector('.speech-text').innerText"
                )
                seen["errors"] = page.errors()
    return seen


@pytest.mark.slow
def test_documents_rows_are_short_and_a_search_is_ranked_as_the_cli_ranks_it(tmp_path, capsys):
    root = tmp_path / "ranking"
    ids = ranking_fixture(root)
    docs = {d["doc_id"]: d for d in Archive(root).documents()}
    assert main(["search", QUERY, "--json", "--archive", str(root)]) == exitcodes.OK
    cli_order = [json.loads(line)["doc_id"] for line in capsys.readouterr().out.splitlines()]

    with Browse(root) as browse:
        seen = asyncio.run(rows_and_ranking(browse.url, tmp_path / "profile"))

    assert seen["errors"] == []
    assert {row["id"] for row in seen["rows"]} == set(docs)
    for row in seen["rows"]:
        doc = docs[row["id"]]
        assert row["height"] <= 120, row
        cells = row["cells"]
        assert cells["doc"].startswith(doc["title"][:8])  # the title, then a line of the text
        assert cells["fact site"] == doc["sites"][0] and cells["fact date"] == doc["published_at"]
        assert cells["fact chars"] == f"{len(doc['text']):,}"
        assert doc["text"][:20].split("\n")[0] in cells["doc"]
    older = docs[ids["older"]]
    assert older["text"] not in seen["list_text"]  # the full text is on the document's page only
    assert " ".join(seen["document_text"].split()) == " ".join(older["text"].split())

    # the older speech holds the query five times, the newer once: older first, as in the CLI
    assert [hit["id"] for hit in seen["hits"]] == cli_order == [ids["older"], ids["newer"]]
    assert all(hit["marks"] and set(hit["marks"]) == {QUERY} for hit in seen["hits"])


def test_a_request_datasette_refuses_is_one_line_in_the_log(tmp_path):
    import urllib.error
    import urllib.request

    root = tmp_path / "ranking"
    ranking_fixture(root)
    probes = [
        "/catalog?sql=drop+table+documents",
        "/catalog?sql=select+*+from+nosuch",
        "/catalog.json?sql=select+nosuch()",
        "/catalog/documents?_sort=nosuch",
        "/catalog/documents.json?_size=-1",
        "/catalog/documents?_next=zz&_sort=nosuch",
        "/-/search?q=" + urllib.request.quote(QUERY) + "&site=nosuch",
        "/-/search?q=" + urllib.request.quote(QUERY) + "&since=yesterday",
        "/catalog?sql=select+1+from",
    ]
    with Browse(root) as browse:
        statuses = []
        for probe in probes:
            try:
                with urllib.request.urlopen(browse.url + probe, timeout=30) as answer:
                    statuses.append(answer.status)
            except urllib.error.HTTPError as refused:
                statuses.append(refused.code)
    log, printed = browse.process.stderr.read(), browse.process.stdout.read()

    assert all(status >= 400 for status in statuses), statuses
    assert "Traceback" not in log + printed and printed == ""  # (rich printed its tracebacks on stdout)
    assert len(log.splitlines()) == len(probes), log
