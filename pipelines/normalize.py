"""Step 5 (normalize): speech parts -> documents.

Traditional-script speeches are converted to Simplified with OpenCC (t2s, one converter per
process), keeping the original; markers left by the earlier steps become `gaps` offsets and
`removed` entries of the speech they sit in. A part with too little Chinese text is no speech.
"""

from __future__ import annotations

import functools
import re

from pipelines.document import Document
from pipelines.encoding import looks_like_mojibake
from pipelines.markers import GAP_BASE, HEADING, MARKER, REMOVAL_BASE, without_markers
from pipelines.split import SpeechPart
from pipelines.vocabulary import HAN_RANGES, han_count

EXTRACTOR_VERSION = "2026.12.18.1"  # bump when a rule changes what documents come out
MIN_SPEECH_HAN = 50  # fewer Han characters than this is a stub, a listing or a wall, not a speech
MAX_SPEECH_CHARS = 200_000  # a "speech" longer than a book chapter is a dump or a loop
TRADITIONAL_SHARE = 0.03  # share of Traditional-only characters that makes a text Hant


@functools.lru_cache(maxsize=1)
def t2s():
    import opencc

    return opencc.OpenCC("t2s")


@functools.lru_cache(maxsize=1)
def traditional_only() -> re.Pattern[str]:
    """A character class of every Han character OpenCC changes on its own (about 4,000 of them).

    Built once per process (~20 ms): counting them in a text is then one regex scan in C instead
    of a converter call per character.
    """
    converter = t2s()
    chars = (chr(c) for lo, hi in HAN_RANGES for c in range(lo, hi + 1))
    return re.compile("[" + "".join(ch for ch in chars if converter.convert(ch) != ch) + "]")


def detect_script(text: str, han: int | None = None) -> str:
    """ "Hant" when a noticeable share of the Han characters exist only in Traditional script.

    `han` is `han_count(text)` when the caller has it already.
    """
    han = han_count(text) if han is None else han
    if not han:
        return "Hans"
    traditional = len(traditional_only().findall(text))
    return "Hant" if traditional >= 2 and traditional / han >= TRADITIONAL_SHARE else "Hans"


def to_simplified(text: str) -> str:
    # Plain t2s, not Taiwan's table: 著 stays 著 (著力, 随著), as the mainland originals these
    # mirrors copy often write it, so a mirror's copy is the original's exact copy.
    return t2s().convert(text)


def resolve_markers(text: str) -> tuple[str, list[tuple[int, int]], list[int]]:
    """Text without markers, [(offset, gap index)], [removal index] in reading order."""
    # Markers are rare: jump from one to the next with a regex instead of a Python loop per character.
    out, gaps, removals = [], [], []
    length = start = 0
    for m in MARKER.finditer(text):
        out.append(text[start : m.start()])
        length += m.start() - start
        start = m.end()
        code = ord(m.group())
        if code < REMOVAL_BASE:
            gaps.append((length, code - GAP_BASE))
        else:
            removals.append(code - REMOVAL_BASE)
    out.append(text[start:])
    return "".join(out), gaps, removals


def normalize_part(part: SpeechPart) -> Document | None:
    page = part.page
    raw = "\n\n".join(p.replace(HEADING, "").strip() for p in part.paragraphs)
    plain = without_markers(raw)
    han = han_count(plain)
    if han < MIN_SPEECH_HAN or len(plain) > MAX_SPEECH_CHARS:
        return None
    script = detect_script(plain, han)
    title = part.title
    if script == "Hant":
        raw, title = to_simplified(raw), to_simplified(title) if title else title
    text, gap_at, removal_ids = resolve_markers(raw)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    gaps = [
        {
            "offset": min(offset, len(text)),
            "omitted_chars": page.gaps[i]["omitted_chars"],
            "kind": page.gaps[i]["kind"],
        }
        for offset, i in gap_at
        if i < len(page.gaps)
    ]
    truncated = any(g["kind"] == "truncation" for g in gaps) or (part.part is None and page.truncated)
    flags = list(dict.fromkeys(page.flags))  # each flag once, in the order first raised
    if looks_like_mojibake(text) and "mojibake" not in flags:
        flags.append("mojibake")
    return Document(
        url=part.url,
        title=title,
        text=text,
        published_at=page.published_at,
        given_on=page.given_on if part.part is None else None,  # a heading's date: a page of one speech
        site=page.site,
        part=part.part,
        script=script,
        text_original=plain.strip() if script == "Hant" else None,
        truncated=truncated,
        omitted_chars=sum(g["omitted_chars"] or 0 for g in gaps if g["kind"] == "paywall"),
        declared_chars=page.declared_chars if truncated or part.part is None else None,
        gaps=gaps,
        removed=[page.removed[i] for i in removal_ids if i < len(page.removed)],
        flags=flags,
        encoding=page.encoding,
        encoding_source=page.encoding_source,
        pages=list(page.pages),
        extractor_version=EXTRACTOR_VERSION,
        profile_version=page.profile_version,
    )


def normalize(parts: list[SpeechPart]) -> list[Document]:
    return [doc for doc in (normalize_part(part) for part in parts) if doc is not None]
