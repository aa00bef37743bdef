"""Hostile input ends quickly, without a traceback and without a junk document."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.extract import extract
from pipelines.page import process_page
from spiders.shipped import shipped_profiles

ROOT = Path(__file__).resolve().parents[1]
SPEECH = (
    "同志们：今天我们召开全县教育工作会议，主要任务是总结去年工作，部署今年任务，进一步坚定信心、砥砺奋进。"
    * 4
)
URLS = [
    "http://unknown.example.cn/a/1.html",
    "http://www.wm114.cn/wen/jianghua/1.html",
    "http://www.huigou6.com/x/1.html",
]


def nested(depth: int, inner: str, tag: str = "div") -> bytes:
    return f"<html><body>{f'<{tag}>' * depth}{inner}{f'</{tag}>' * depth}</body></html>".encode()


HOSTILE = {
    "empty": b"",
    "whitespace": b" \r\n\t  \n",
    "binary": random.Random(7).randbytes(300_000),
    "png": b"\x89PNG\r\n\x1a\n" + random.Random(8).randbytes(50_000),
    "navigation_only": (
        "<html><body><div class='nav'>"
        + "".join(f"<a href='/p/{i}.html'>在全县第{i}次工作会议上的讲话</a> " for i in range(300))
        + "</div><ul>"
        + "".join(f"<li><a href='/l/{i}.html'>讲话稿第{i}页</a></li>" for i in range(100))
        + "</ul></body></html>"
    ).encode(),
    "charset_lies_binary": b"<html><head><meta charset='utf-8'></head><body>"
    + bytes(range(128, 256)) * 400
    + b"</body></html>",
    "deep_20000_empty": nested(20_000, "x"),
    "deep_20000_spans_in_p": nested(20_000, "同志们", tag="p><span"),
    "five_megabytes": (
        "<html><body><h1>大页面</h1>"
        + "".join(
            f"<div class='c{i}'><p>第{i}段，这是一个很大的页面，用来测试解析速度和内存占用是否可控。</p></div>"
            for i in range(40_000)
        )
        + "</body></html>"
    ).encode(),
    "unclosed_garbage": b"<html><body><div><p><<<<>>>><script>alert(1)<table><tr><td>" * 2000,
    "nul_bytes": b"<html>\x00\x00<body>\x00" * 1000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
@pytest.mark.parametrize("url", URLS, ids=["generic", "wm114", "huigou6"])
def test_hostile_page_gives_no_document(name, url):
    assert process_page(HOSTILE[name], url, None, shipped_profiles().for_url(url)) == []


def test_five_megabyte_page_is_really_that_big():
    assert len(HOSTILE["five_megabytes"]) > 5_000_000


def test_speech_inside_20000_deep_nesting_is_still_found():
    body = (
        b"<html><head><title>\xe8\xae\xb2\xe8\xaf\x9d</title></head><body>"
        + b"<div>" * 20_000
        + f"<h1>在全县教育工作会议上的讲话</h1><p>{SPEECH}</p><p>谢谢大家！</p>".encode()
        + b"</div>" * 20_000
        + b"</body></html>"
    )
    page = extract(body, URLS[0])
    assert "too_deep" in page.flags
    (doc,) = process_page(body, URLS[0])
    assert doc.text == SPEECH + "\n\n谢谢大家！"
    assert "too_deep" in doc.flags


def test_charset_that_lies_is_detected_and_recorded():
    html = f"<html><head><meta charset='utf-8'></head><body><h1>讲话</h1><p>{SPEECH}</p></body></html>"
    (doc,) = process_page(html.encode("gb18030"), URLS[0])
    assert doc.text == SPEECH
    assert doc.encoding == "gb18030" and doc.encoding_source == "detected"
    assert "declared_charset_wrong" in doc.flags


def test_cli_on_hostile_files(tmp_path):
    reasons = {
        "empty": "the page is empty",
        "binary": "not HTML",
        "deep_20000_empty": "no prose of its own",
        "five_megabytes": "too large to extract without a site profile",
    }
    for name, reason in reasons.items():
        path = tmp_path / f"{name}.html"
        path.write_bytes(HOSTILE[name])
        run = subprocess.run(
            [sys.executable, "-m", "crawler.cli", "extract", str(path)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
        # no document, exit 0, and one line saying why (a page without a speech is no error)
        assert (run.returncode, run.stdout) == (0, ""), run.stderr
        (line,) = run.stderr.splitlines()
        assert line.startswith(f"speech-archive extract: no document in {path}: {reason}"), line


def test_cli_unreadable_file_is_one_line_and_exit_1(tmp_path):
    run = subprocess.run(
        [sys.executable, "-m", "crawler.cli", "extract", str(tmp_path / "missing.html")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert run.returncode == 1 and run.stdout == ""
    assert len(run.stderr.strip().splitlines()) == 1 and "Traceback" not in run.stderr
    run = subprocess.run(
        [sys.executable, "-m", "crawler.cli", "extract", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert run.returncode == 1 and len(run.stderr.strip().splitlines()) == 1
