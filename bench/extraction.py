"""Extraction figures: the whole per-page path against trafilatura alone, and OpenCC's t2s rate.

- `extract_ratio_vs_trafilatura`: decode, extract, clean, split, normalise (`process_page`) and
  the dedup hashing of every document (`pipelines.dedup.fingerprint`), against
  `trafilatura.bare_extraction` of the same bytes, in the same process, best of N passes each.
  The pages are the gold pages (four site families), generated bench-site articles (profile path)
  and the generated GBK portal (generic path, which itself calls trafilatura).
- `opencc_mchar_per_s`: `pipelines.normalize.to_simplified` over speech-sized Traditional texts.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from bench.measure import REPO_ROOT, best_of

SAMPLES = REPO_ROOT / "samples"
Page = tuple[bytes, str, dict[str, str]]  # body, url, headers


def site_headers(sites_dir: Path, host: str) -> dict[str, str]:
    meta = sites_dir / host / "_site.json"
    content_type = "text/html; charset=utf-8"
    if meta.is_file():
        content_type = json.loads(meta.read_text(encoding="utf-8")).get("content_type", content_type)
    return {"Content-Type": content_type}


def gold_pages(limit: int | None = None) -> list[Page]:
    """The gold pages with the URL and Content-Type their host serves them with."""
    pages = []
    for gold in sorted((SAMPLES / "gold").glob("*.gold.json"))[:limit]:
        meta = json.loads(gold.read_text(encoding="utf-8"))
        body = gold.with_name(gold.name.replace(".gold.json", ".html")).read_bytes()
        pages.append((body, meta["url"], site_headers(SAMPLES / "sites", meta["host"])))
    return pages


def generated_pages(workdir: Path, n_bench_articles: int) -> list[Page]:
    """Bench-site articles (UTF-8, bench profile) and the GBK portal's pages (generic path)."""
    from replica.generate import generate_bench_site, generate_generic_site

    pages = []
    bench = generate_bench_site(workdir / "bench", n_articles=n_bench_articles, seed=1)
    for n in range(1, n_bench_articles + 1):
        body = (bench / "a" / f"{n}.html").read_bytes()
        pages.append((body, f"http://bench.test/a/{n}.html", site_headers(bench.parent, bench.name)))
    portal = generate_generic_site(workdir / "portal", seed=1)
    for path in sorted((portal / "news").glob("*.html")):
        if path.stem.startswith("index"):
            continue
        url = f"http://{portal.name}/news/{path.name}"
        pages.append((path.read_bytes(), url, site_headers(portal.parent, portal.name)))
    return pages


def whole_path(pages: list[Page]) -> int:
    """Every page through the product's path, documents fingerprinted as dedup does."""
    from pipelines.dedup import fingerprint
    from pipelines.page import process_page
    from spiders.shipped import profile_registry

    # The bench site's profile is a fixture of the benchmarks (bench/profiles), not shipped.
    registry = profile_registry((str(Path(__file__).resolve().parent / "profiles"),))
    documents = 0
    for body, url, headers in pages:
        for doc in process_page(body, url, headers, registry.for_url(url)):
            fingerprint(doc.text)
            documents += 1
    return documents


def trafilatura_alone(pages: list[Page]) -> None:
    import trafilatura

    for body, url, _headers in pages:
        trafilatura.bare_extraction(body, url=url)


def extraction_figures(pages: list[Page], repeats: int = 3) -> dict[str, float]:
    whole_path(pages)  # warm-up: imports, compiled selectors, OpenCC dictionaries
    trafilatura_alone(pages)
    ours = theirs = float("inf")
    for _ in range(max(1, repeats)):  # interleaved, so a noisy spell hits both sides
        ours = min(ours, best_of(1, lambda: whole_path(pages)))
        theirs = min(theirs, best_of(1, lambda: trafilatura_alone(pages)))
    return {
        "extract_pages": len(pages),
        "extract_ms_per_page": 1000 * ours / len(pages),
        "trafilatura_ms_per_page": 1000 * theirs / len(pages),
        "extract_ratio_vs_trafilatura": ours / theirs,
    }


def traditional_texts(n_chars: int, seed: int = 0) -> list[str]:
    """Speech-sized Traditional-script texts totalling about `n_chars` characters."""
    import random

    import opencc

    from replica.generate import SpeechWriter

    writer = SpeechWriter(random.Random(seed))
    s2t = opencc.OpenCC("s2t")
    texts, total = [], 0
    while total < n_chars:
        _title, paragraphs = writer.speech(12)
        text = s2t.convert("\n\n".join(paragraphs))
        texts.append(text)
        total += len(text)
    return texts


def opencc_figures(n_chars: int = 5_000_000, repeats: int = 3) -> dict[str, float]:
    from pipelines.normalize import to_simplified

    texts = traditional_texts(n_chars)
    chars = sum(len(t) for t in texts)
    to_simplified(texts[0])  # warm-up: the converter and its dictionaries

    def convert_all() -> None:
        for text in texts:
            to_simplified(text)

    seconds = best_of(repeats, convert_all)
    return {"opencc_mchar_per_s": chars / seconds / 1e6}


def run(n_bench_articles: int = 200, opencc_chars: int = 5_000_000, repeats: int = 3) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="bench-extract-") as tmp:
        pages = gold_pages() + generated_pages(Path(tmp), n_bench_articles)
        figures = extraction_figures(pages, repeats)
    figures.update(opencc_figures(opencc_chars, repeats))
    return figures
