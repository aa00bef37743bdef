"""The generic path parses a page once: trafilatura reads the extract step's own tree (and leaves
it as it was), and its metadata pass runs only for what our own steps did not find."""

from __future__ import annotations

from lxml import etree
from lxml import html as lxml_html

from pipelines.extract import extract, parse_html
from pipelines.main_text import main_text

PROSE = "".join(
    f"<p>第{i}段：同志们，今年的各项工作任务十分繁重，我们要坚定信心、迎难而上，扎扎实实把每一项工作落到实处。</p>"
    for i in range(1, 7)
)
PAGE = (
    "<html><head><title>在全市工作会议上的讲话_市政府</title>{meta}</head><body>"
    '<div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a></div>'
    '<form action="/s"><input name="q"><label>搜索</label></form>'
    "<div class='article'><h1>在全市工作会议上的讲话</h1>{dateline}{prose}</div>"
    "<div class='footer'>版权所有 市政府办公室</div></body></html>"
)
URL = "http://www.example.gov.cn/art/123.html"


def page(meta: str = "", dateline: str = "") -> bytes:
    return PAGE.format(meta=meta, dateline=dateline, prose=PROSE).encode("utf-8")


def test_trafilatura_reads_the_tree_and_leaves_it_as_it_was():
    root, _ = parse_html(page().decode("utf-8"))
    before = etree.tostring(root, encoding="unicode")
    found = main_text(root, URL, favor_precision=True)
    assert found is not None and "第6段" in found.text
    assert etree.tostring(root, encoding="unicode") == before


def test_every_element_of_the_parsed_tree_is_an_html_element():
    root, _ = parse_html(page().decode("utf-8"))
    assert all(isinstance(el, lxml_html.HtmlElement) for el in root.iter() if isinstance(el.tag, str))
    assert root.find(".//form").text_content() == "搜索"


def test_date_from_the_page_meta_when_the_text_has_none():
    extracted = extract(
        page(meta='<meta property="article:published_time" content="2024-03-12T09:30:00">'), URL
    )
    assert extracted.method == "trafilatura" and "第6段" in extracted.blocks[-1][1]
    assert extracted.published_at == "2024-03-12"


def test_own_dateline_wins_over_the_page_meta():
    extracted = extract(
        page(
            meta='<meta property="article:published_time" content="2024-03-12T09:30:00">',
            dateline="<div>发布时间：2023年5月6日</div>",
        ),
        URL,
    )
    assert extracted.published_at == "2023-05-06"
