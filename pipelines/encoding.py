"""Turn a page's bytes into text: BOM, then the HTTP header, then the page's own meta, then detection.

Chinese sites routinely declare `gb2312` while serving GBK/GB18030 bytes, so every GB label is read
as gb18030 (a strict superset). When the declared charset cannot decode the bytes, charset-normalizer
decides and the document records that the declaration lied.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Labels whose real-world meaning is wider than their name (WHATWG encoding standard, plus GB).
SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "gb18030": "gb18030",
    "hz": "gb18030",
    "latin-1": "cp1252",
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "big5": "big5hkscs",  # WHATWG: "big5" is Big5 with the HKSCS extensions
}
CHARSET_PARAM = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
META_TAG = re.compile(rb"<meta\b[^>]*>", re.I)
MOJIBAKE = re.compile(
    r"\ufffd|锟斤拷|烫烫烫|屯屯屯"  # replacement char, GBK/UTF-8 round-trip classics
    r"|(?<=[\u4e00-\u9fff])\?{2,}[A-Za-z]?(?=[\u4e00-\u9fff])"  # "??h域": a GBK char lost to '?'
    r"|[\u00c0-\u00ff][\u0080-\u00bf\u2018-\u203a\u20ac]{1,2}[\u00c0-\u00ff]"  # UTF-8 read as Latin-1
)


@dataclass
class Decoded:
    text: str
    encoding: str
    source: str  # "bom" | "header" | "meta" | "detected" | "default"
    flags: list[str] = field(default_factory=list)


def canonical_encoding(label: str | bytes | None) -> str | None:
    """Python codec name for a charset label, widened to the superset browsers really use."""
    if not label:
        return None
    if isinstance(label, bytes):
        label = label.decode("ascii", "ignore")
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    return SUPERSETS.get(name, name)


def header_charset(headers: Mapping[str, str] | None) -> str | None:
    for key, value in (headers or {}).items():
        if key.lower() == "content-type" and value:
            raw = value.encode("latin-1", "ignore") if isinstance(value, str) else value
            m = CHARSET_PARAM.search(raw)
            return m.group(1).decode("ascii") if m else None
    return None


def meta_charset(body: bytes) -> str | None:
    """`<meta charset>` or `<meta http-equiv=Content-Type content=...charset=...>` in the first 4 KB."""
    for tag in META_TAG.findall(body[:4096]):
        m = CHARSET_PARAM.search(tag)
        if m:
            return m.group(1).decode("ascii")
    return None


def needs_superset(body: bytes, label: str, encoding: str) -> bool:
    """Whether bytes that `encoding` decoded would fail under the narrower charset `label` names
    (Big5 pages with Hong Kong characters, GB2312 pages with GBK ones): the decision is recorded."""
    try:
        narrow = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return False
    if narrow == encoding:
        return False
    try:
        body.decode(narrow)
    except UnicodeDecodeError:
        return True
    except LookupError:
        return False
    return False


def detect(body: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(body[:262144]).best()
    return canonical_encoding(best.encoding) if best else None


def decode_body(body: bytes, headers: Mapping[str, str] | None = None) -> Decoded:
    """Decode `body` following BOM > header > meta > detection; never raises."""
    for bom, name in BOMS:
        if body.startswith(bom):
            return Decoded(body.decode(name, "replace"), name.replace("-sig", ""), "bom")
    flags: list[str] = []
    for source, label in (("header", header_charset(headers)), ("meta", meta_charset(body))):
        if not label:
            continue
        encoding = canonical_encoding(label)
        if encoding is None:
            if "unknown_charset" not in flags:  # header and meta may both name one: a flag is said once
                flags.append("unknown_charset")
            continue
        try:
            text = body.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            flags.append("declared_charset_wrong")
            break  # a lying declaration: let the bytes speak
        if needs_superset(body, label, encoding):
            flags.append("charset_widened")  # e.g. declared big5, bytes only Big5-HKSCS decodes
        return Decoded(text, encoding, source, flags)
    try:
        return Decoded(body.decode("utf-8"), "utf-8", "detected", flags)
    except UnicodeDecodeError:
        pass
    encoding = detect(body)
    if encoding not in CJK_ENCODINGS:
        # The detector guessed a single-byte codepage (or nothing) for a page a Chinese codec reads
        # all but a few stray bytes of: a GBK page with a damaged byte pair, an undeclared one.
        chinese = tolerant_chinese(body)
        if chinese is not None:
            return Decoded(chinese[1], chinese[0], "detected", [*flags, "decoded_with_errors"])
    if encoding:
        try:
            return Decoded(body.decode(encoding, "replace"), encoding, "detected", flags)
        except LookupError:
            pass
    return Decoded(body.decode("utf-8", "replace"), "utf-8", "default", [*flags, "undecodable"])


CJK_ENCODINGS = frozenset(
    "gb18030 big5 big5hkscs cp950 shift_jis cp932 euc_jp euc-jp euc_kr euc-kr iso2022_jp utf-8 utf-16 utf-32".split()
)
TOLERATED_ERRORS = 1 / 1000  # replacement characters per decoded character: a few damaged bytes


def tolerant_chinese(body: bytes) -> tuple[str, str] | None:
    """(encoding, text) of the Chinese codec that decodes `body` with the fewest errors, when
    they are few enough to be damage rather than a wrong guess; gb18030 first (ties go to it)."""
    best = None
    for encoding in ("gb18030", "big5"):
        text = body.decode(encoding, "replace")
        errors = text.count("\ufffd")
        if best is None or errors < best[0]:
            best = (errors, encoding, text)
    errors, encoding, text = best
    if errors > max(2, len(text) * TOLERATED_ERRORS) or not common_han(text, encoding):
        return None
    return encoding, text


# Common characters of each codec (GB2312; Big5 level 1): running text is made of them, while bytes
# of another encoding (UTF-16, say) read as GBK or Big5 come out as rare characters.
COMMON_HAN_SHARE = 0.8


def common_han(text: str, encoding: str) -> bool:
    """Do the Han characters `encoding` read look like running text (mostly common ones)?"""
    han = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    if len(han) < 20:
        return True  # too few to judge
    if encoding == "gb18030":
        common = sum(1 for c in han if c.encode("gb2312", "ignore"))
    else:
        common = sum(1 for c in han if 0xA4 <= (c.encode("big5", "ignore") or b"\0")[0] <= 0xC6)
    return common >= COMMON_HAN_SHARE * len(han)


def looks_like_mojibake(text: str) -> bool:
    return bool(MOJIBAKE.search(text))
