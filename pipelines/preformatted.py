"""Plain text typed into a terminal or a mail client, printed in `<pre>`: its paragraphs hard-wrapped.

A mail archive (pipermail, hypermail) and a text BBS's web view (FireBird's `bbscon`, 水木, 未名)
print each message as it was typed: every line broken at the client's width (72 or 76 columns,
36 or 38 Chinese characters), the paragraph going on on the next line. Read line by line, each
piece of a sentence becomes a paragraph of its own. The width is the message's own evidence: most
lines of a wrapped message stop within one character of the same column; a message posted from
the web (one line a paragraph) has no such column, and is left as it is.
"""

from __future__ import annotations

import re
import unicodedata

MIN_WRAP_COLUMNS = 40  # narrower than this: verse or a list, not a paragraph wrapped by a client
MAX_WRAP_COLUMNS = 120  # wider: no line a client or a printed page wraps at (60 Chinese characters)
MIN_FULL_LINES = 4  # lines stopping at the width: fewer, and the width is no evidence
MIN_FULL_SHARE = 0.3  # of the message's lines of text
SLACK_COLUMNS = 2  # a wrapped line stops one wide character short when the next would not fit
# A line that starts a paragraph of its own: an indent (full-width or spaces), a quotation ("> ",
# ": "), a list mark. The line before it is never joined to it.
OWN_START = re.compile(r"^(?:[\s\u3000]|[>:|]|[-*•·]\s|\d{1,2}[.、)]\s*)")


def columns(line: str) -> int:
    """The line's width in a terminal's columns: wide (CJK) characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def wrapped_line_ends(text: str, indent_columns: int = 0) -> set[int]:
    """The numbers of the lines (0-based) that the client broke, not the writer: each is to be
    joined to the line after it. Empty when the text shows no wrap width. `indent_columns`: a
    paragraph's first line, printed indented but read without its indent, stops that much short."""
    lines = text.split("\n")
    if max(len(line.rstrip()) for line in lines) > MAX_WRAP_COLUMNS:
        return set()  # a line wider than any client wraps at (a character takes a column or two)
    widths = [columns(line.rstrip()) for line in lines]
    typed = [w for w in widths if w]
    if not typed:
        return set()
    width = max(typed)
    full: list[int] = []
    for i, w in enumerate(widths):
        first_of_paragraph = not full or full[-1] != i - 1
        if w >= width - SLACK_COLUMNS - (indent_columns if first_of_paragraph else 0):
            full.append(i)
    if (
        not MIN_WRAP_COLUMNS <= width <= MAX_WRAP_COLUMNS
        or len(full) < MIN_FULL_LINES
        or len(full) < MIN_FULL_SHARE * len(typed)
    ):
        return set()
    return {
        i for i in full if i + 1 < len(lines) and lines[i + 1].strip() and not OWN_START.match(lines[i + 1])
    }


def _text_slots(el):
    """(element, "text" | "tail") of every piece of text inside `el`, in reading order (a comment's
    own text is no text of the page; what follows it is)."""
    if isinstance(el.tag, str):
        yield el, "text"
    for child in el:
        yield from _text_slots(child)
        yield child, "tail"


def unwrap_preformatted(root) -> int:
    """Join the lines a client wrapped in every `<pre>` of `root` (in place); how many were joined.
    A line break is dropped only between two pieces of one paragraph (`wrapped_line_ends`); the
    lines' own text, and the elements inside (links, colours), stay as they were."""
    joined = 0
    for pre in root.iter("pre"):
        ends = wrapped_line_ends("".join(getattr(e, slot) or "" for e, slot in _text_slots(pre)))
        if not ends:
            continue
        line = 0
        for el, slot in _text_slots(pre):
            piece = getattr(el, slot)
            if not piece or "\n" not in piece:
                continue
            out = []
            for part in piece.split("\n")[:-1]:
                if line in ends:
                    out.append(part.rstrip(" "))
                    joined += 1
                else:
                    out.append(part + "\n")
                line += 1
            out.append(piece.rsplit("\n", 1)[1])
            setattr(el, slot, "".join(out))
    return joined


INDENT_COLUMNS = 4  # a Chinese paragraph's indent: two full-width spaces


def join_wrapped_blocks(texts: list[str]) -> list[str]:
    """The same for a text printed one wrapped line a block (a document viewer's text layer: each
    line of the page a positioned `div`, pdf2htmlEX's and 百度文库's readers): the blocks a line
    width broke are joined to the block after them; a text of paragraphs is left as it is."""
    ends = wrapped_line_ends("\n".join(texts), indent_columns=INDENT_COLUMNS)
    if not ends:
        return texts
    out: list[str] = []
    carry = ""
    for i, text in enumerate(texts):
        if i in ends:
            carry += text.rstrip(" ")
            continue
        out.append(carry + text)
        carry = ""
    if carry:
        out.append(carry)
    return out
