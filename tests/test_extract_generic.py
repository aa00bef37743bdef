"""Pages in common layouts of hosts with no profile come out clean through the generic path
(trafilatura + the shared vocabulary)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipelines.extract import extract
from pipelines.page import process_page

FIXTURES = Path(__file__).parent / "fixtures" / "extract" / "generic"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
URL = "http://news.example.cn/2025/0318/123.html"
NOISE = [
    "首页",
    "当前位置",
    "来源",
    "责任编辑",
    "字体",
    "分享到",
    "打印",
    "关闭",
    "相关文章",
    "版权所有",
    "评论",
    "路人甲",
    "标签",
    "最新文章",
    "下面是小编",
    "欢迎阅读参考",
    "（完）",
    "上一篇",
    "下一篇",
    "本站内容来源于网络",
]


@pytest.mark.parametrize(
    "name, published_at, encoding_source, removed_rules",
    [
        ("portal", "2025-03-18", "meta", {"editor_credit"}),
        ("blog", "2024-11-02", "meta", {"intro", "end_marker"}),
        ("prevnext", "2023-06-30", "meta", {"intro"}),
        ("gb_meta_lies", "2022-09-15", "detected", set()),
        ("utf8_meta_says_gb2312", "2022-09-15", "detected", set()),
    ],
)
def test_generic_page_comes_out_clean(name, published_at, encoding_source, removed_rules):
    (doc,) = process_page((FIXTURES / f"{name}.html").read_bytes(), URL)
    assert doc.site == "generic" and doc.profile_version is None
    assert doc.title == EXPECTED["title"]
    assert doc.text == "\n\n".join(EXPECTED["paragraphs"])
    assert not [n for n in NOISE if n in doc.text]
    assert doc.published_at.startswith(published_at)
    assert doc.encoding_source == encoding_source
    assert removed_rules <= {r["rule"] for r in doc.removed}
    assert (doc.part, doc.truncated, doc.omitted_chars, doc.gaps, doc.script) == (
        None,
        False,
        0,
        [],
        "Hans",
    )


def test_lying_meta_is_flagged():
    (doc,) = process_page((FIXTURES / "gb_meta_lies.html").read_bytes(), URL)
    assert doc.encoding == "gb18030" and "declared_charset_wrong" in doc.flags


def test_http_header_wins_over_meta():
    body = (FIXTURES / "gb_meta_lies.html").read_bytes()
    (doc,) = process_page(body, URL, {"Content-Type": "text/html; charset=GB2312"})
    assert (doc.encoding, doc.encoding_source) == ("gb18030", "header")
    assert doc.text == "\n\n".join(EXPECTED["paragraphs"])


def test_generic_multi_speech_page_is_split():
    paragraphs = EXPECTED["paragraphs"]
    body = "".join(
        f"<h2>讲话范文第{k}篇</h2>" + "".join(f"<p>{p}</p>" for p in paragraphs[k - 1 :]) for k in (1, 2)
    )
    html = f"<html><head><meta charset='utf-8'><title>讲话范文</title></head><body><article>{body}</article></body></html>"
    docs = process_page(html.encode(), URL)
    assert [(d.part, d.url) for d in docs] == [(1, URL + "#1"), (2, URL + "#2")]
    assert docs[1].text == "\n\n".join(paragraphs[1:])


def test_a_title_naming_the_site_first_gives_the_heading_the_page_prints_whole():
    # "人人网 - 陈思远的日志 - …的发言": the blog's entry title stands in an h3 under the owner's h2
    title = "在外国语学院2012届毕业生欢送会上的发言"
    html = (
        f"<html><head><title>人人网 - 陈思远的日志 - {title}</title></head><body>"
        f"<h2>陈思远的日志</h2><h3 class='title-article'><strong>{title}</strong></h3>"
        f"<div id='blogContent'><p>{'同志们，今天我们在这里欢送毕业生。' * 8}</p>"
        f"<p>{'希望大家在新的岗位上再创佳绩，前程似锦。' * 8}</p></div></body></html>"
    )
    assert extract(html.encode(), "http://blog.renren-like.test/blog/1/2").title == title
