"""Site furniture: the blocks a host prints on its article pages whatever the article is.

A crawl sees many article pages of one host. A block (a paragraph of a document's text) that
recurs, after masking digits, dates and URLs, on enough of them is the site's template talking (an
ad or notice inside the text, a copyright or download box after it), not the speech: it is removed
and recorded in the document's `removed` pieces with rule `site_furniture` and the number of the
host's article pages that carried it.

A speech's own formula that happens to recur ("同志们：", "谢谢大家！") is told apart by its shape,
not by a phrase list: a short utterance (at most `FORMULA_MAX_CHARS` characters, one clause, with
no digits, brackets, link or "label：value" in it) that addresses or exclaims (ends in ：！？), or a
closing statement of a few characters ("谢谢。"), is the speaker's, and stays however many pages
carry it; a short statement of the site's ("本文仅供学习参考。") is not. One exception, by structure: an utterance ending in a colon
introduces what follows it, so when what follows is furniture ("温馨提示：" before the site's
notice), or nothing, it is furniture too.

Pure functions, no Scrapy, no storage: the archive run keeps the evidence (archive/site_evidence.py)
and calls these at its commit; `speech-archive extract` with several pages of one site calls them
on evidence counted in memory (`count_evidence`).

Thresholds (why these defaults). A template prints its furniture on every article it renders, so
furniture is on (nearly) all of a host's article pages; on real sites the lines it leaves after
structure has done its work are short (a byline, "责任编辑：", the issue line of a journal: all on 3
of 3 pages of their hosts in ../shared/realpages). A speech's own text is not on all pages, but 范文
sites build speeches from stock paragraphs and closings and publish variants ("…讲话稿3篇"): the
bundled replica sites, built that way, have stock paragraphs on 3 of 3, 3 of 5 and 4 of 8 pages and
a stock closing exhortation on 4 of 8.
- `min_pages` 3: two pages sharing a block can be a speech and its reprint; three pages of one host
  carrying it under different speeches is a template;
- `min_share` 0.6 of the host's article pages (those that gave a document): above the share stock
  text reaches on the smallest hosts (4 of 8), below the nearly-all of a template;
- `prose_min_pages` 5 for a block of prose (more than `PROSE_CHARS` characters once masked): that is
  what speeches, stock paragraphs included, are made of, so it needs more pages to be the site's.
On a real crawl (hundreds of pages a host) furniture is on nearly all pages and stock text on a
few, far from these bounds. Whether a key is prose is its lowest bit, so the counts alone decide.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from pipelines.document import Document

FURNITURE_RULE = "site_furniture"
PARAGRAPH_BREAK = "\n\n"  # Document.text: paragraphs separated by a blank line
PROSE_CHARS = 50  # a masked block longer than this is prose (see prose_min_pages)
FORMULA_MAX_CHARS = 16  # "各位领导、各位来宾、同志们：" is 14; the shortest copyright box is longer


@dataclass(frozen=True)
class FurniturePolicy:
    """When a recurring block counts as the site's furniture (see the module docstring)."""

    min_pages: int = 3
    min_share: float = 0.6
    prose_min_pages: int = 5

    def __post_init__(self):
        if self.min_pages < 2:
            raise ValueError("SITE_FURNITURE_MIN_PAGES must be at least 2 (one page is no evidence)")
        if self.prose_min_pages < self.min_pages:
            raise ValueError("SITE_FURNITURE_PROSE_MIN_PAGES must be at least SITE_FURNITURE_MIN_PAGES")
        if not 0.0 <= self.min_share <= 1.0:
            raise ValueError("SITE_FURNITURE_MIN_SHARE must be between 0 and 1")


# -- keys ------------------------------------------------------------------------------------------
_URL = re.compile(r"(?:https?://|www\.)[^\s，。；、）)】\]]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
_CJK_DATE = re.compile(r"[〇零一二三四五六七八九十百千两]+(?=[年月日号時时分秒])")
_DIGITS = re.compile(r"\d+(?:[.,:：/-]\d+)*")


def host_of(url: str) -> str:
    """The host whose pages are compared: the URL's host and port, lower case."""
    parts = urlsplit(url or "")
    return (parts.netloc.rsplit("@", 1)[-1] or "").lower()


def mask(block: str) -> str:
    """The block as compared across pages: NFKC, whitespace removed, URLs, e-mail addresses,
    numbers and dates masked (a view counter, a page number or a date does not make it another block)."""
    text = unicodedata.normalize("NFKC", block or "")
    # _URL can only match at "://", "www." or "@": without them the substitution is skipped, since
    # on a paragraph of CJK (all \w) its e-mail branch scans on from every character (most of the cost)
    if "://" in text or "@" in text or "www." in text.lower():
        text = _URL.sub("<url>", text)
    text = _CJK_DATE.sub("0", text)
    text = _DIGITS.sub("0", text)
    return "".join(text.split()).lower()


def block_key(block: str) -> int:
    """A 63-bit key of the masked block (fits an SQLite INTEGER); its lowest bit says prose."""
    return masked_key(mask(block))


def masked_key(masked: str) -> int:
    digest = hashlib.blake2b(masked.encode("utf-8"), digest_size=8).digest()
    return (int.from_bytes(digest, "big") >> 2) << 1 | (len(masked) > PROSE_CHARS)


def is_prose_key(key: int) -> bool:
    return bool(key & 1)


def blocks(text: str) -> list[str]:
    return (text or "").split(PARAGRAPH_BREAK) if text else []


def block_keys(text: str) -> set[int]:
    """The keys of a document's blocks (its paragraphs), each once."""
    return {masked_key(masked) for masked in map(mask, blocks(text)) if masked}  # each masked once


def page_keys(texts: Iterable[str]) -> frozenset[int]:
    """The keys one article page carries: those of every document it gave (a page of several speeches)."""
    keys: set[int] = set()
    for text in texts:
        keys |= block_keys(text)
    return frozenset(keys)


# -- evidence --------------------------------------------------------------------------------------
def furniture_of(
    key_pages: Mapping[int, int], pages: int, policy: FurniturePolicy = FurniturePolicy()
) -> dict[int, int]:
    """Which keys are the host's furniture, with how many of its article pages carry each:
    `key_pages` counts the distinct article pages of the host carrying each key, `pages` is the
    number of its article pages."""
    share = policy.min_share * pages
    return {
        key: n
        for key, n in key_pages.items()
        if n >= share and n >= (policy.prose_min_pages if is_prose_key(key) else policy.min_pages)
    }


def count_evidence(pages: Mapping[str, Iterable[str]]) -> dict[str, tuple[Counter, int]]:
    """In memory, what the archive's evidence holds: article URL -> its documents' texts, counted per
    host as (distinct pages carrying each key, distinct pages). Identical pages at two URLs count once."""
    by_host: dict[str, set[frozenset[int]]] = {}
    for url, texts in pages.items():
        keys = page_keys(texts)
        if keys:
            by_host.setdefault(host_of(url), set()).add(keys)
    evidence = {}
    for host, distinct in by_host.items():
        counts: Counter = Counter()
        for keys in distinct:
            counts.update(keys)
        evidence[host] = (counts, len(distinct))
    return evidence


# -- shape: the speaker's own formula --------------------------------------------------------------
_FORMULA_END = "！!？?：:"  # an address, an exclamation, a question
_STATEMENT_MAX_CHARS = 6  # a closing statement: "谢谢。", "我就讲这些。"; "本文仅供学习参考。" is the site's
_NOT_SPOKEN = re.compile(r"[\d【】\[\]〔〕<>《》|/@#＠©®™]|https?:|www\.", re.IGNORECASE)


def is_speech_formula(block: str) -> bool:
    """A short utterance of the speaker's (a salutation, a closing): see the module docstring."""
    text = "".join(unicodedata.normalize("NFKC", block or "").split())
    if not text or len(text) > FORMULA_MAX_CHARS:
        return False
    if text[-1] not in _FORMULA_END and not (text[-1] in "。." and len(text) <= _STATEMENT_MAX_CHARS):
        return False
    if _NOT_SPOKEN.search(text):
        return False
    return not re.search(r"[：:。！!？?]", text.rstrip(_FORMULA_END + "。."))  # one clause, no "label：value"


def introduces(block: str) -> bool:
    return "".join(block.split())[-1:] in "：:"


# -- applying it to a document ---------------------------------------------------------------------
@dataclass
class Furnished:
    """A document's text, `removed` and `gaps` with the furniture taken out."""

    text: str
    removed: list[dict]
    gaps: list[dict]

    @property
    def furniture(self) -> list[dict]:
        return [r for r in self.removed if r.get("rule") == FURNITURE_RULE]


def _gap_anchors(paragraphs: list[str], gaps: Iterable[dict]) -> list[tuple[int, int, dict]]:
    """Each gap as (paragraph index, offset inside it, gap): a gap at a paragraph's end stays with
    it; a gap at the end of the text (a truncation) is anchored to the end (index len(paragraphs))."""
    anchors, start = [], 0
    bounds = []
    for para in paragraphs:
        bounds.append((start, start + len(para)))
        start += len(para) + len(PARAGRAPH_BREAK)
    text_end = bounds[-1][1] if bounds else 0
    for gap in gaps:
        offset = int(gap.get("offset") or 0)
        if offset >= text_end:
            anchors.append((len(paragraphs), 0, gap))
            continue
        index = next((i for i, (_, end) in enumerate(bounds) if offset <= end), len(bounds) - 1)
        begin, end = bounds[index] if bounds else (0, 0)
        anchors.append((index, max(0, min(offset, end) - begin), gap))
    return anchors


def _join(paragraphs: list[str], keep: list[bool], anchors) -> tuple[str, list[dict]]:
    """The kept paragraphs joined, and the gaps at their offsets in that text (a gap inside a
    paragraph not kept moves to the end of the last kept one before it)."""
    positions, text_parts, start = {}, [], 0
    last_kept_end = 0
    for i, para in enumerate(paragraphs):
        if keep[i]:
            if text_parts:
                start += len(PARAGRAPH_BREAK)
            positions[i] = start
            text_parts.append(para)
            start += len(para)
            last_kept_end = start
        else:
            positions[i] = None
            positions[(i, "end")] = last_kept_end
    gaps = []
    for index, inner, gap in anchors:
        if index >= len(paragraphs):
            offset = start
        elif positions.get(index) is not None:
            offset = positions[index] + inner
        else:
            offset = positions.get((index, "end"), 0)
        gaps.append({**gap, "offset": offset})
    return PARAGRAPH_BREAK.join(text_parts), gaps


def restore_site_furniture(text: str, removed: list[dict], gaps: list[dict]) -> Furnished:
    """The document as extracted, before furniture was taken out: each `site_furniture` piece put
    back at the paragraph it was taken from (`at`); the other removed pieces as they were."""
    pieces = sorted(
        (r for r in removed or [] if r.get("rule") == FURNITURE_RULE), key=lambda r: r.get("at", 0)
    )
    others = [r for r in removed or [] if r.get("rule") != FURNITURE_RULE]
    if not pieces:
        return Furnished(text, others, list(gaps or []))
    kept = blocks(text)
    anchors = _gap_anchors(kept, gaps or [])
    paragraphs: list[str] = []
    index_of_kept: list[int] = []
    queue = list(pieces)
    for para in kept:
        while queue and queue[0].get("at", 0) <= len(paragraphs):
            paragraphs.append(queue.pop(0)["text"])
        index_of_kept.append(len(paragraphs))
        paragraphs.append(para)
    paragraphs.extend(piece["text"] for piece in queue)
    keep = [True] * len(paragraphs)
    raw_anchors = [
        (len(paragraphs) if i >= len(index_of_kept) else index_of_kept[i], inner, gap)
        for i, inner, gap in anchors
    ]
    raw_text, raw_gaps = _join(paragraphs, keep, raw_anchors)
    return Furnished(raw_text, others, raw_gaps)


def strip_site_furniture(
    text: str,
    furniture: Mapping[int, int],
    removed: list[dict] | None = None,
    gaps: list[dict] | None = None,
) -> Furnished:
    """`text` (as extracted) without the blocks whose keys are `furniture` (key -> pages carrying
    it), each recorded in `removed` as {"rule": "site_furniture", "text", "pages", "at"} (`at`: its
    paragraph index in `text`, so `restore_site_furniture` can put it back). Gap offsets follow
    the text. A text that would keep nothing is left whole (a page that is all template is no
    speech with furniture around it)."""
    paragraphs = blocks(text)
    keys = [block_key(p) for p in paragraphs]
    recurring = [k in furniture for k in keys]
    furn = [r and not is_speech_formula(p) for p, r in zip(paragraphs, recurring, strict=True)]
    # A recurring colon-ended formula goes with the furniture it introduces (or with nothing after it).
    for i in range(len(paragraphs) - 1, -1, -1):
        if recurring[i] and not furn[i] and introduces(paragraphs[i]):
            furn[i] = i + 1 >= len(paragraphs) or furn[i + 1]
    if not any(furn) or all(furn):
        return Furnished(text, list(removed or []), list(gaps or []))
    anchors = _gap_anchors(paragraphs, gaps or [])
    new_text, new_gaps = _join(paragraphs, [not f for f in furn], anchors)
    pieces = [
        {"rule": FURNITURE_RULE, "text": p, "pages": furniture[k], "at": i}
        for i, (p, k, f) in enumerate(zip(paragraphs, keys, furn, strict=True))
        if f
    ]
    return Furnished(new_text, list(removed or []) + pieces, new_gaps)


def refurnish(text: str, removed: list[dict], gaps: list[dict], furniture: Mapping[int, int]) -> Furnished:
    """A stored document's text, removed pieces and gaps under the host's furniture as it is now:
    what earlier furniture took out is put back, then today's is taken out. A piece removed before
    and still furniture keeps the page count recorded when it was removed, so the document changes
    only when what is furniture changes."""
    raw = restore_site_furniture(text, removed, gaps)
    before = {block_key(r["text"]): r.get("pages") for r in removed or [] if r.get("rule") == FURNITURE_RULE}
    counts = {k: before.get(k) or n for k, n in furniture.items()}
    return strip_site_furniture(raw.text, counts, raw.removed, raw.gaps)


def furnish_documents(
    pages: Mapping[str, list[Document]], policy: FurniturePolicy = FurniturePolicy()
) -> dict:
    """Several article pages read together (`speech-archive extract` with several pages): the same
    evidence a crawl keeps, counted over these pages, taken out of their documents. `pages` maps
    each article URL to its documents, as extracted; returns them with the furniture removed (a
    host with fewer pages than the policy asks is left as it is)."""
    evidence = count_evidence({url: [d.text for d in docs] for url, docs in pages.items()})
    furniture = {host: furniture_of(counts, n, policy) for host, (counts, n) in evidence.items()}
    furnished = {}
    for url, docs in pages.items():
        host_furniture = furniture.get(host_of(url), {})
        furnished[url] = []
        for doc in docs:
            result = strip_site_furniture(doc.text, host_furniture, doc.removed, doc.gaps)
            furnished[url].append(
                dataclasses.replace(doc, text=result.text, removed=result.removed, gaps=result.gaps)
            )
    return furnished
