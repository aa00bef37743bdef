"""Site furniture on real pages (../shared/realpages, other projects' test data: read, never copied).

The real pages are single pages of about a hundred hosts; read together by host, as `extract` with
several pages reads them, a host with three pages is enough evidence. What the defaults take out
there must be the site's (F1 against the corpus' own expected text never lower), and hosts with
fewer pages are untouched."""

from __future__ import annotations

import gzip
import json
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from pipelines.page import process_page
from pipelines.site_furniture import furnish_documents, host_of

REALPAGES = Path(__file__).resolve().parents[1] / ".." / "shared" / "realpages"
pytestmark = pytest.mark.skipif(not REALPAGES.is_dir(), reason="../shared/realpages is not here")


def test_the_defaults_take_out_only_what_the_expected_texts_do_not_have():
    sys.path.insert(0, str(REALPAGES.parent / "tools"))
    from score import f1

    from spiders.shipped import profile_registry

    registry = profile_registry(())
    by_host: dict[str, dict[str, Path]] = defaultdict(dict)
    for gold in sorted(REALPAGES.glob("*/*.gold.json")):
        url = json.loads(gold.read_text(encoding="utf-8"))["url"]
        by_host[host_of(url)][f"{url}#{gold.name}"] = gold  # two corpus pages may share a URL
    changed_hosts = set()
    furnished_by_host = {}
    for host, pages in by_host.items():
        if len(pages) < 3:
            continue  # fewer pages than the threshold: nothing to read together
        docs = {}
        for key, gold in pages.items():
            body = gzip.decompress(gold.with_name(gold.name.replace(".gold.json", ".html.gz")).read_bytes())
            docs[key] = process_page(body, key.split("#")[0], None, registry.for_url(key.split("#")[0]))
        furnished = furnished_by_host[host] = furnish_documents(docs)
        for key, gold in pages.items():
            if [d.text for d in furnished[key]] == [d.text for d in docs[key]]:
                continue
            changed_hosts.add(host)
            expected = "\n".join(d["text"] for d in json.loads(gold.read_text(encoding="utf-8"))["docs"])
            before = f1("\n".join(d.text for d in docs[key]), expected)[2]
            after = f1("\n".join(d.text for d in furnished[key]), expected)[2]
            assert after >= before - 0.005, (key, before, after)
            pieces = [r["text"] for d in furnished[key] for r in d.removed if r["rule"] == "site_furniture"]
            assert pieces and all(len(p) <= 50 for p in pieces), pieces
    # a journal's issue line, on 3 of 3 pages of its host, goes as the site's furniture
    assert "beijingspring.com" in changed_hosts
    # www.sohu.com's empty editor field ("责任编辑：" and nothing after it) ends no text: the
    # field line after the text goes on every page, whatever the evidence
    sohu = [d.text for page in furnished_by_host["www.sohu.com"].values() for d in page]
    assert len(sohu) == 3 and not any("责任编辑" in text for text in sohu)
