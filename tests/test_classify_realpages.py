"""How a generic crawl takes real article pages written by others (../shared/realpages, read in
place, never copied): an article page taken for a listing is never archived.

Measured on the 130 article-like pages (cwced, magic-html-article, readability, newspaper4k): 42
were taken for listings before table cells' inline text, `<form>`-wrapped pages, `<p>` straight in
`<body>` and long prose under heavy navigation were read as prose; 13 then, 11 since custom elements
(`<founder-content>`) and paragraphs printed as leaf `<div>`s count as prose (most of the rest are
pages whose text a script writes, or stubs). The bound keeps it from sliding back.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from parsel import Selector

from pipelines.encoding import decode_body
from spiders.classify import LISTING, page_kind

REALPAGES = Path(__file__).resolve().parents[1].parent / "shared" / "realpages"
ARTICLE_CORPORA = ("cwced", "magic-html-article", "readability", "newspaper4k")
MOST_TAKEN_FOR_LISTINGS = 11


@pytest.mark.skipif(not REALPAGES.is_dir(), reason="../shared/realpages is not here")
def test_real_article_pages_are_rarely_taken_for_listings():
    kinds = {}
    for corpus in ARTICLE_CORPORA:
        for gold in sorted((REALPAGES / corpus).glob("*.gold.json")):
            page = gold.with_name(gold.name.replace(".gold.json", ".html.gz"))
            text = decode_body(gzip.decompress(page.read_bytes())).text
            kinds[f"{corpus}/{page.name}"] = page_kind(
                Selector(text=text), json.loads(gold.read_text())["url"]
            )
    assert len(kinds) == 130
    listings = sorted(name for name, kind in kinds.items() if kind == LISTING)
    assert len(listings) <= MOST_TAKEN_FOR_LISTINGS, listings
