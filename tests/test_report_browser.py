"""The HTML report in a real browser: Debian's headless Chromium, network cut, driven over the
DevTools protocol (aiohttp's websocket client, which Scrapy already brings; no browser download).

The page is opened from file://; the tests check that every plot is drawn, that no script error
or failed load is logged and nothing but the file itself is requested, that the headline
numbers are those `speech-archive audit --json` prints, and that the Chinese text is drawn with
a CJK font; they take screenshots (kept in the test's tmp directory).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import aiohttp
import pytest
from crawlhelp import HANG
from test_report_archive import build_sample_archive

from archive.report import write_report
from crawler.cli import main as cli_main

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Every wait is on the browser's own signal (its DevToolsActivePort file, a reply, an event);
# these bounds only catch a hang.
START_TIMEOUT = HANG
STEP_TIMEOUT = HANG
NETWORK_CUT = [
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--proxy-server=127.0.0.1:9",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# The same, but for pages served on 127.0.0.1 (which the browser reaches directly, no proxy).
NETWORK_CUT_BUT_LOOPBACK = [
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    "--proxy-bypass-list=127.0.0.1",
    *NETWORK_CUT[1:],
]


class Chromium:
    """A headless Chromium of our own (its own profile, its own process group), stopped on exit."""

    def __init__(self, profile: Path, network_cut: list[str] = NETWORK_CUT):
        self.profile = profile
        self.network_cut = network_cut
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> Chromium:
        self.process = subprocess.Popen(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0",
                f"--user-data-dir={self.profile}",
                "--window-size=1280,2000",
                *self.network_cut,
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        return self

    def websocket_url(self) -> str:
        """The browser endpoint, from the DevToolsActivePort file Chromium writes once it listens."""
        port_file = self.profile / "DevToolsActivePort"
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"chromium exited with {self.process.returncode}")
            if port_file.is_file():
                lines = port_file.read_text().split()
                if len(lines) >= 2:
                    return f"ws://127.0.0.1:{lines[0]}{lines[1]}"
            time.sleep(0.1)
        raise TimeoutError("chromium did not open its DevTools port")

    def __exit__(self, *exc) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)  # the group we started: browser and helpers
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)


class DevTools:
    """One page over the DevTools protocol: commands in, events collected."""

    def __init__(self, websocket, session_id: str):
        self.ws = websocket
        self.session_id = session_id
        self.ids = itertools.count(1)
        self.events: list[dict] = []

    @classmethod
    async def open_page(cls, websocket) -> DevTools:
        browser = cls(websocket, session_id="")
        target = await browser.send("Target.createTarget", url="about:blank")
        attached = await browser.send("Target.attachToTarget", targetId=target["targetId"], flatten=True)
        page = cls(websocket, attached["sessionId"])
        page.ids = browser.ids
        for domain in ("Page", "Runtime", "Log", "Network", "DOM", "CSS"):
            await page.send(f"{domain}.enable")
        return page

    async def send(self, method: str, **params) -> dict:
        message_id = next(self.ids)
        message = {"id": message_id, "method": method, "params": params}
        if self.session_id:
            message["sessionId"] = self.session_id
        await self.ws.send_str(json.dumps(message))
        while True:
            reply = await asyncio.wait_for(self.ws.receive_json(), STEP_TIMEOUT)
            if reply.get("id") == message_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)

    async def wait_for_event(self, method: str) -> dict:
        deadline = time.monotonic() + STEP_TIMEOUT
        while time.monotonic() < deadline:
            for event in self.events:
                if event["method"] == method:
                    self.events.remove(event)
                    return event
            message = await asyncio.wait_for(self.ws.receive_json(), STEP_TIMEOUT)
            if "method" in message:
                self.events.append(message)
        raise TimeoutError(f"no {method} event")

    async def navigate(self, url: str, *, within_document: bool = False) -> None:
        """Go to `url` and wait until it is loaded (or, for a #fragment of this page, scrolled to)."""
        done = "Page.navigatedWithinDocument" if within_document else "Page.loadEventFired"
        self.events = [e for e in self.events if e["method"] != done]
        await self.send("Page.navigate", url=url)
        await self.wait_for_event(done)

    async def evaluate(self, expression: str):
        result = await self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])
        return result["result"].get("value")

    async def screenshot(self, path: Path, selector: str | None = None) -> bytes:
        """A PNG of the whole page, or of the element matching `selector`."""
        params = {"format": "png", "captureBeyondViewport": True}
        if selector:
            box = await self.evaluate(
                f"(() => {{ const r = document.querySelector({json.dumps(selector)}).getBoundingClientRect();"
                " return {x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height, scale: 1}; })()"
            )
            params["clip"] = box
        shot = await self.send("Page.captureScreenshot", **params)
        data = base64.b64decode(shot["data"])
        path.write_bytes(data)
        return data

    async def fonts_of(self, selector: str) -> dict[str, int]:
        """Platform fonts that drew the text of the first element matching `selector`: name -> glyphs."""
        root = await self.send("DOM.getDocument", depth=-1)
        node = await self.send("DOM.querySelector", nodeId=root["root"]["nodeId"], selector=selector)
        fonts = await self.send("CSS.getPlatformFontsForNode", nodeId=node["nodeId"])
        return {font["familyName"]: font["glyphCount"] for font in fonts["fonts"]}

    def errors(self) -> list[dict]:
        found = []
        for event in self.events:
            params = event.get("params", {})
            if event["method"] == "Runtime.exceptionThrown":
                found.append(event)
            elif event["method"] == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append(event)
            elif event["method"] == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                found.append(event)
            elif event["method"] == "Network.loadingFailed":
                found.append(event)
        return found

    def requested_urls(self) -> list[str]:
        return [
            e["params"]["request"]["url"] for e in self.events if e["method"] == "Network.requestWillBeSent"
        ]


PAGE_FACTS = """JSON.stringify({
  metrics: Object.fromEntries([...document.querySelectorAll('[data-metric]')].map(
    e => [e.dataset.metric, e.querySelector('dd').textContent.trim()])),
  plots: [...document.querySelectorAll('svg.plot')].map(s => {
    const box = s.getBoundingClientRect();
    return {name: s.dataset.plot, width: box.width, height: box.height,
            shapes: s.querySelectorAll('path, rect, use').length,
            labels: [...s.querySelectorAll('text')].filter(t => t.getBBox().width > 0).length};
  }),
  openDocument: [...document.querySelectorAll('article.doc')].filter(
    a => getComputedStyle(a).display !== 'none').map(a => a.id),
  gapMarks: [...document.querySelectorAll(':target mark.gap')].map(m => m.textContent),
})"""


async def inspect_report(report: Path, profile: Path, shots: Path, doc_id: str) -> dict:
    with Chromium(profile) as browser:
        async with aiohttp.ClientSession() as http:
            async with http.ws_connect(browser.websocket_url(), max_msg_size=0) as websocket:
                page = await DevTools.open_page(websocket)
                await page.send(
                    "Emulation.setDeviceMetricsOverride",
                    width=1280,
                    height=2000,
                    deviceScaleFactor=1,
                    mobile=False,
                )
                await page.navigate(report.as_uri())
                overview = json.loads(await page.evaluate(PAGE_FACTS))
                overview_png = await page.screenshot(shots / "report-overview.png")
                await page.navigate(report.as_uri() + f"#d-{doc_id}", within_document=True)
                opened = json.loads(await page.evaluate(PAGE_FACTS))
                document_png = await page.screenshot(shots / "report-document.png", selector=f"#d-{doc_id}")
                title_fonts = await page.fonts_of(f"#d-{doc_id} h3")
                text_fonts = await page.fonts_of(f"#d-{doc_id} .text")
                return {
                    "overview": overview,
                    "opened": opened,
                    "overview_png": overview_png,
                    "document_png": document_png,
                    "title_fonts": title_fonts,
                    "text_fonts": text_fonts,
                    "errors": page.errors(),
                    "requested": page.requested_urls(),
                }


@pytest.fixture(scope="module")
def sample_archive(tmp_path_factory, samples_dir):
    return build_sample_archive(tmp_path_factory.mktemp("report-browser") / "archive", samples_dir)


def audit_json(archive, capsys) -> dict:
    capsys.readouterr()
    assert cli_main(["audit", "--archive", str(archive.root), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def as_number(text: str) -> int:
    return int(text.replace(",", ""))


@pytest.mark.slow
def test_report_opens_offline_in_chromium_with_plots_the_audit_figures_and_chinese_text(
    sample_archive, tmp_path, capsys
):
    report = write_report(sample_archive)
    audit = audit_json(sample_archive, capsys)
    paywalled = next(d for d in sample_archive.documents() if any(g["kind"] == "paywall" for g in d["gaps"]))

    seen = asyncio.run(inspect_report(report, tmp_path / "profile", tmp_path, paywalled["doc_id"]))

    # Nothing went wrong and nothing but the file itself was asked for.
    assert seen["errors"] == []
    assert {url.split("#")[0] for url in seen["requested"]} == {report.as_uri()}

    # Every plot is drawn: laid out at a real size, with shapes and visible labels.
    plots = seen["overview"]["plots"]
    assert [p["name"] for p in plots] == [
        "documents-per-site",
        "states-per-version",
        "pages-and-errors",
        "duration-and-speed",
        "lengths-and-elisions",
        "merged-by-kind",
    ]
    for plot in plots:
        assert plot["width"] > 300 and plot["height"] > 150, plot
        assert plot["shapes"] >= 10 and plot["labels"] >= 5, plot

    # The headline numbers are those of `audit --json`.
    metrics = seen["overview"]["metrics"]
    for key in ("versions", "documents", "truncated", "flagged"):
        assert as_number(metrics[key]) == audit[key], key
    for site, count in audit["by_site"].items():
        assert as_number(metrics[f"by_site.{site}"]) == count, site
    for kind, count in audit["merged"].items():
        assert as_number(metrics[f"merged.{kind}"]) == count, kind
    assert as_number(metrics["merged"]) == sum(audit["merged"].values())
    assert as_number(metrics["omitted_chars"]) == audit["omitted_chars"]
    assert metrics["last_run.status"] == audit["last_run"]["status"]
    assert as_number(metrics["problems"]) == len(audit["problems"])

    # A row opens its document, the paywall gap marked in the text.
    assert seen["overview"]["openDocument"] == []
    assert seen["opened"]["openDocument"] == [f"d-{paywalled['doc_id']}"]
    omitted = f"{paywalled['omitted_chars']:,}"
    assert any(omitted in mark and "paywall" in mark for mark in seen["opened"]["gapMarks"])

    # Chinese is drawn with a CJK font, not tofu.
    for fonts in (seen["title_fonts"], seen["text_fonts"]):
        cjk = {name: n for name, n in fonts.items() if "CJK" in name or "Han" in name or "Hei" in name}
        assert cjk and sum(cjk.values()) > 0, fonts

    # Screenshots were taken (PNG, not blank-sized).
    for png in (seen["overview_png"], seen["document_png"]):
        assert png.startswith(b"\x89PNG") and len(png) > 20_000
