"""Step 4 (split): one page (or stitched article) -> one part per speech.

Pages that hold several speeches head each one "title第1篇", "title第2篇", …; the profile's
`multi_speech_heading` (or the shared vocabulary's) recognises those headings. Part k of page URL
is named `URL#k`.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from pipelines import vocabulary
from pipelines.clean import CleanedPage
from pipelines.markers import HEADING, Ledger, markers_in, without_markers
from pipelines.profile import ExtractRules

MAX_HEADING_CHARS = 100


@dataclass
class SpeechPart:
    url: str  # page URL, or URL#k for part k of a page of several speeches
    part: int | None
    title: str | None
    paragraphs: list[str] = field(default_factory=list)  # markers still inside
    page: CleanedPage | None = None


def heading_pattern(rules: ExtractRules) -> tuple[re.Pattern[str], int]:
    """The part-heading pattern and how many headings make a page "several speeches"."""
    custom = rules.multi_speech_heading
    if custom:
        try:
            return vocabulary.folded(custom), 1
        except re.error:
            pass
    return vocabulary.MULTI_SPEECH_HEADING, 2


def find_part_headings(page: CleanedPage) -> list[tuple[int, int, str]]:
    """(paragraph index, part number, heading text) of every part heading, in order."""
    pattern, minimum = heading_pattern(page.rules)
    found = []
    for i, paragraph in enumerate(page.paragraphs):
        text = without_markers(paragraph).strip()
        if len(text) > MAX_HEADING_CHARS or not (paragraph.startswith(HEADING) or len(text) <= 60):
            continue
        m = pattern.match(text)
        if m:
            groups = m.groupdict()
            number = vocabulary.part_number(groups.get("part") or groups.get("part2") or "0")
            found.append((i, number, text))
    numbers = [n for _, n, _ in found]
    if len(found) < minimum or numbers != list(range(1, len(found) + 1)):
        return []  # "第3篇" alone, or out of order: a line of the speech, not a layout
    return found


OWN_TITLE_CHARS = 40
SENTENCE_MARKS = re.compile(r"[。！？!?；;]")


def own_title_line(body: list[str]) -> bool:
    """Whether a part opens with its speech's own title: a short line with no sentence in it, right
    above the speech's address ("让“光盘”成为一种习惯" over "尊敬的老师，亲爱的同学们：")."""
    if len(body) < 2:
        return False
    first, second = without_markers(body[0]).strip(), without_markers(body[1]).strip()
    return (
        0 < len(first) <= OWN_TITLE_CHARS
        and not SENTENCE_MARKS.search(first)
        and bool(vocabulary.SALUTATION.match(second) or vocabulary.SALUTATION_OPENING.match(second))
    )


def split(page: CleanedPage | None) -> list[SpeechPart]:
    """One part per speech; the page is left as it was (text before the first part heading is
    recorded as removed on the parts' own copy of the page)."""
    if page is None or not page.paragraphs:
        return []
    headings = find_part_headings(page)
    if not headings:
        return [
            SpeechPart(url=page.url, part=None, title=page.title, paragraphs=list(page.paragraphs), page=page)
        ]
    ledger = Ledger(page.removed)
    lead = page.paragraphs[: headings[0][0]]
    lead_markers = "".join(
        ledger.remove("before_first_part", p) if without_markers(p).strip() else markers_in(p) for p in lead
    )
    parts = []
    page = dataclasses.replace(page, removed=ledger.removed)
    for k, (index, number, text) in enumerate(headings):
        end = headings[k + 1][0] if k + 1 < len(headings) else len(page.paragraphs)
        heading_markers = markers_in(page.paragraphs[index])
        body = list(page.paragraphs[index + 1 : end])
        title = text
        if own_title_line(body):  # "珍惜粮食演讲稿 篇一" over the speech's own title line
            title = without_markers(body[0]).strip()
            heading_markers += markers_in(body[0]) + ledger.remove("part_title", title)
            body = body[1:]
        prefix = (lead_markers if k == 0 else "") + heading_markers
        if body and prefix:
            body[0] = prefix + body[0]
        parts.append(
            SpeechPart(url=f"{page.url}#{number}", part=number, title=title, paragraphs=body, page=page)
        )
    return parts
