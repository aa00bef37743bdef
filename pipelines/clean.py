"""Step 2 (clean): take the site's noise out of the content area, recording every piece taken out.

Order matters: PDF page breaks are joined while the served whitespace is still there, then the
notices that can span lines (paywall elisions, truncation notices, outlines) are cut from the joined
text, then the line rules run (head-only intros, anywhere widgets, tail-only end markers and
generated tails). Elisions leave a gap marker, removals a removal marker (see extract.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from pipelines import page_dates, vocabulary
from pipelines.extract import ExtractedPage
from pipelines.markers import (
    HEADING,
    REMOVAL_BASE,
    REMOVAL_LIMIT,
    Ledger,
    markers_in,
    removal_marker,
    without_markers,
)
from pipelines.preformatted import join_wrapped_blocks
from pipelines.profile import ExtractRules
from pipelines.vocabulary import CJK, han_count

# A blank line *inside* one paragraph followed by a lone number: the page number of the PDF the
# text was converted from; the sentence around it continues.
PDF_PAGE_BREAK = re.compile(
    r"(?<=\S)[ \t\u3000\xa0]*\n[ \t\u3000\xa0]*\n[ \t\u3000\xa0]*(\d{1,4})[ \t\u3000\xa0]+(?=\S)"
)
SPACES = re.compile(r"[\s\u3000\xa0]+")
SPACE_NEAR_CJK = re.compile(f"(?<=[{CJK}]) +| +(?=[{CJK}])")
# Inside Chinese text, spaces around digits and ASCII punctuation are PDF/typesetting debris
# ("达 90 %", "1 . 2 万"); between two Latin words they are real.
SPACE_NEAR_DIGIT = re.compile(
    r"(?<=[0-9.,:;%+\-/()]) +(?=[0-9A-Za-z.,:;%+\-/()])|(?<=[0-9A-Za-z.,:;%+\-/()]) +(?=[0-9.,:;%+\-/()])"
)
ASCII_LETTER = re.compile(r"[A-Za-z]")
HEAD_WINDOW = 6  # head-only rules look at this many content lines
# Words every paywall / truncation notice contains (any script): a page without them has none,
# and checking for them is far cheaper than running the notice patterns over the whole text.
PAYWALL_HINT = vocabulary.folded("省略")
TRUNCATION_HINT = vocabulary.folded("未完")
WALL_HINT = vocabulary.folded(
    "隐藏|此处|未显示|未读|字内容|登录|APP|App|app|客户端|VIP|vip|会员|粉丝|付费|购买|订阅|全文|%| to "
)
SOURCE_HINT = vocabulary.folded("来自|来源于|转自|摘自|出自|原文|本文地址|本文链接|本帖最后由")


@dataclass
class CleanedPage:
    url: str
    site: str
    profile_version: str | None
    rules: ExtractRules
    title: str | None
    published_at: str | None
    given_on: str | None = None  # the day the speech was given, as its own heading dates it
    paragraphs: list[str] = field(default_factory=list)  # headings start with HEADING; markers inside
    gaps: list[dict] = field(default_factory=list)  # {"kind", "omitted_chars"}; gap markers index it
    removed: list[dict] = field(default_factory=list)  # {"rule", "text"}; removal markers index it
    truncated: bool = False
    declared_chars: int | None = None
    encoding: str = "utf-8"
    encoding_source: str = "default"
    flags: list[str] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)
    next_page: str | None = None


def collapse_cjk_spaces(text: str) -> str:
    """Fold whitespace; drop spaces next to CJK characters, and around digits in Chinese text."""
    text = SPACES.sub(" ", text).strip()
    if " " not in text:  # most Chinese lines: nothing left to drop, skip the lookaround scans
        return text
    text = SPACE_NEAR_CJK.sub("", text)
    if han_count(text) * 2 >= len(ASCII_LETTER.findall(text)):  # a Chinese line
        text = SPACE_NEAR_DIGIT.sub("", text)
    return text


def strip_pdf_page_numbers(text: str, ledger: Ledger) -> str:
    def join(m: re.Match) -> str:
        ledger.remove("pdf_page_number", m.group(1))
        before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
        glue = " " if before.isascii() and before.isalnum() and after.isascii() and after.isalpha() else ""
        return glue + removal_marker(len(ledger.removed) - 1)

    return PDF_PAGE_BREAK.sub(join, text)


def strip_paywall_notices(text: str, ledger: Ledger) -> str:
    if not PAYWALL_HINT.search(text):  # the notice's own words are absent: skip the slow scan
        return text

    def cut(m: re.Match) -> str:
        marker = ledger.remove("paywall_notice", m.group(0))
        return ledger.gap("paywall", int(m["omitted"])) + marker

    return vocabulary.PAYWALL_NOTICE.sub(cut, text)


def strip_truncation_notice(text: str, ledger: Ledger) -> tuple[str, int | None, bool]:
    if not TRUNCATION_HINT.search(text):
        return text, None, False
    declared, found = None, False

    def cut(m: re.Match) -> str:
        nonlocal declared, found
        found, declared = True, int(m["declared"])
        marker = ledger.remove("truncation_notice", m.group(0))
        return ledger.gap("truncation", None) + marker

    return vocabulary.TRUNCATION_NOTICE.sub(cut, text), declared, found


def strip_injected_source(text: str, ledger: Ledger) -> str:
    """Anti-copy source lines injected into the text ("本文来自…转载请注明…"), and a site's mark in
    brackets ("（好范文网 www.… 整理）"), wherever they stand."""
    text = vocabulary.SITE_MARK_INLINE.sub(lambda m: ledger.remove("site_mark", m.group(0)), text)
    if "http" not in text and not SOURCE_HINT.search(text):
        return text
    text = vocabulary.INJECTED_SOURCE.sub(lambda m: ledger.remove("injected_source", m.group(0)), text)
    return vocabulary.FORUM_EDIT_NOTE.sub(lambda m: ledger.remove("forum_edit_note", m.group(0)), text)


def mark_preview_end(lines: list[str], ledger: Ledger) -> list[str]:
    """A document viewer's preview stops: its notice ("还剩5页未读…") becomes the gap, at the
    notice's place, or at the end when the notice is not in the content area."""
    for i, line in enumerate(lines):
        body = content_of(line)
        m = vocabulary.PREVIEW_REMAINING.search(body)
        if m and len(body) <= 80 and not any(content_of(ln) for ln in lines[:i]):
            # the notice ahead of all the text: the extractor moved the viewer's fold box (it
            # stands after the preview on the page); the preview stops at the text's end
            lines[i] = ledger.remove("preview_wall", line)
            return [*lines, ledger.gap("truncation", None)]
        if m and len(body) <= 80:
            lines[i] = ledger.gap("truncation", None) + ledger.remove("preview_wall", line)
            return lines[: i + 1] + [
                ledger.remove("preview_wall", ln) for ln in lines[i + 1 :] if content_of(ln)
            ]
    return [*lines, ledger.gap("truncation", None)]


WALL_LINE_OWN_HAN = 12  # fewer Han than this besides the wall: the line is the wall ("，请登录后查看")


def mark_truncation_walls(lines: list[str], ledger: Ledger) -> tuple[list[str], bool]:
    """Login, app, VIP and hidden-length walls: the wall becomes a gap (with the hidden length
    when the wall says it) where the rest of the text would be, and the document is truncated.
    A bare "展开阅读全文" folds text the page holds: a widget, taken out, no gap. The phrase alone
    is cut from a longer line, never the paragraph around it."""
    truncated = False
    for i, line in enumerate(lines):
        body = content_of(line)
        if not body or not WALL_HINT.search(body):
            continue
        m = vocabulary.TRUNCATION_WALL.search(body)
        if m is not None and vocabulary.only_a_download_offer(body):
            m = None  # "下载Word文档（会员专享…）": the download is the members', the text is on the page
        is_wall = m is not None
        if not is_wall:
            m = vocabulary.EXPAND_BUTTON.search(body)
            if not m:
                continue
        hidden = (m["hidden"] or m["rest"]) if is_wall else None
        rule = "truncation_wall" if is_wall else "expand_button"
        marker = ledger.gap("truncation", int(hidden) if hidden else None) if is_wall else ""
        if han_count(body.replace(m.group(0), "")) < WALL_LINE_OWN_HAN:
            lines[i] = marker + ledger.remove(rule, line)
        else:
            lines[i] = line.replace(m.group(0), marker + ledger.remove(rule, m.group(0)), 1)
        truncated = truncated or is_wall
    return lines, truncated


SPEAKER_BEFORE_TITLE_CHARS = 16  # "李景华", "市委书记王明" before the speech's own title
SUBTITLE = re.compile(r"^\s*(?:[：:]|——)\s*[^\s：:]")  # "：求真、担当与韧性", "——在…上的讲话"
# A document's file name leads with its year ("2023年镇长在…的讲话.doc", "2023年在全县…讲话（最新）":
# 豆丁, 蚂蚁文库): the uploader's label, never a speaker; the Word file's own heading is the title.
FILE_NAME_YEAR = re.compile(r"^\s*(?:19|20)\d{2}\s*年")
# A label and its bar before the title ("讲话全文丨周立新：在…"): a headline's label
# (title_after_bar reads it), never a speaker run into the title ("王立群：在…" is one).
SPEAKER_NOT_BEFORE = re.compile(r"[｜丨|]")


def document_title(page, heading_title: str | None) -> str | None:
    """The speech's own heading's title over the page's (a file name, a headline), but on a forum
    post the topic's subject, which the poster gave the thread: the page's title. Unless the subject
    is no speech's title and the post heads the speech with one the subject does not hold (a Q&A's
    "…的讲话怎么写？" answered under "在全县…开班式上的讲话", "…今天开工了！附街道领导的致辞")."""
    page_title = collapse_cjk_spaces(page.title) if page.title else None
    if "forum_post" in page.flags and page_title:
        if (
            heading_title
            and vocabulary.SPEECH_TITLE_LINE.match(heading_title)
            and not vocabulary.SPEECH_TITLE_LINE.match(page_title)
            and heading_title not in page_title
        ):
            return heading_title
        return page_title
    if heading_title and page_title and (at := page_title.find(heading_title)) >= 0:
        speaker, subtitle = page_title[:at], page_title[at + len(heading_title) :]
        if (
            len(speaker) <= SPEAKER_BEFORE_TITLE_CHARS
            and not FILE_NAME_YEAR.match(speaker)
            and not SPEAKER_NOT_BEFORE.search(speaker)
            and ((speaker and not subtitle) or SUBTITLE.match(subtitle))
        ):
            # the same title with its speaker before it ("李景华在…上的致辞"), or with the subtitle
            # the headline gives it ("校长王启明在…上的讲话：求真、担当与韧性")
            return page_title
    title = heading_title or page_title
    if not title:
        return title
    title = RELEASE_NOTE.sub("", title) or title
    return title_after_bar(REPOST_MARK.sub("", title) or title)


# A government press release's note on its title of what comes with it or in which language:
# "…致辭（只有中文）", "…（附圖）", "…（附圖及短片）" (Hong Kong's 新聞公報): the release's, not the speech's title.
RELEASE_NOTE = vocabulary.folded(
    r"\s*[（(](?:只有(?:中文|英文)|附(?:图|图片|短片|视频|图/短片|图及短片))[）)]\s*$"
)


# A blog platform's mark on a post reposted from another blog ("[转载]在…的讲话", as 新浪博客 and
# 凤凰博报 print it before the title), a news site's mark of what the page carries ("【视频】在…的讲话",
# a broadcaster's video article): the platform's, not the speech's title. A forum poster's own
# tag ("[原创]…") is his subject's (forum posts keep the page's title, above).
REPOST_MARK = re.compile(r"^\s*[\[【［]\s*(?:转载?|视频|图文|组图|图集|音频|直播)\s*[\]】］]\s*")


# A news app's headline: a label or a quotation, a full-width bar, then the speech's own title
# ("全文｜在全县…大会上的讲话", "致辞全文｜在…开幕式上的致辞", "“每一步成长都离不开好的营商环境”｜在…上的
# 企业家代表发言"; 川观新闻, 封面新闻): the title is what follows the bar, less a speaker named before
# a colon ("四川师范学院校长：在…上的致辞"). A headline whose part after the bar is no speech's title
# stays whole.
# The bar may be the CJK stroke 丨 that WeChat accounts type for it ("讲话全文丨周立新：在全县…上的讲话").
TITLE_AFTER_BAR = re.compile(r"^[^｜丨]{1,30}[｜丨](?P<title>[^｜丨]+)$")
SPEAKER_BEFORE_COLON = re.compile(rf"^[^：:]{{1,{SPEAKER_BEFORE_TITLE_CHARS}}}[：:](?P<title>.+)$")


def title_after_bar(title: str) -> str:
    m = TITLE_AFTER_BAR.match(title)
    if not m:
        return title
    rest = m["title"].strip()
    speaker = SPEAKER_BEFORE_COLON.match(rest)
    if speaker and vocabulary.SPEECH_TITLE_LINE.match(speaker["title"].strip()):
        return speaker["title"].strip()
    return rest if vocabulary.SPEECH_TITLE_LINE.match(rest) else title


SUBJECT_LINE = re.compile(
    r"^(?:标\s*题|Subject)\s*[:：]\s*(?:(?:Re|RE|Fwd|FW)\s*[:：]\s*)*(?P<subject>\S.*)$"
)


def message_subject(ledger: Ledger) -> str | None:
    """The subject of a message's header taken off above the text (a text BBS's "标  题: …"): the
    title its writer gave it, where the page's own is the site's name."""
    for piece in ledger.removed:
        if piece["rule"] == "message_header" and (m := SUBJECT_LINE.match(piece["text"].strip())):
            return collapse_cjk_spaces(m["subject"].strip())
    return None


SENDER_LINE = re.compile(r"^(?:发信人|发件人|寄信人|From)\s*[:：]")


def cut_later_messages(lines: list[str], ledger: Ledger) -> list[str]:
    """A page of several messages, each under its own header (a text BBS's 同主题 page, a mail
    digest): the first message is the text, the ones after it (from the next sender's line on) are
    its replies. Only when the text itself opens with such a header. A flat thread whose posts
    each open with a "name 发表于 time" line (a forum's text-only copy): the first poster's posts
    are the text, joined, and another poster's header starts the replies."""
    first_content = next((i for i, line in enumerate(lines) if content_of(line)), None)
    posts = [
        (i, m["name"]) for i, line in enumerate(lines) if (m := POST_HEADER_LINE.match(content_of(line)))
    ]
    if len(posts) >= 2 and posts[0][0] == first_content:
        poster = posts[0][1]
        cut = next((i for i, name in posts if name != poster), len(lines))
        headers = {i for i, name in posts if i < cut}
        return [
            ledger.remove("post_header", line) if i in headers else line for i, line in enumerate(lines[:cut])
        ] + [ledger.remove("later_message", line) if content_of(line) else line for line in lines[cut:]]
    senders = [i for i, line in enumerate(lines) if SENDER_LINE.match(content_of(line))]
    if len(senders) < 2 or senders[0] != first_content:
        return lines
    cut = senders[1]
    return lines[:cut] + [
        ledger.remove("later_message", line) if content_of(line) else line for line in lines[cut:]
    ]


# A post's header line in a flat thread: "村小老王 发表于 2009-9-1 19:22" (its spaces may be folded
# away next to the Han characters and digits).
POST_HEADER_LINE = re.compile(
    r"^(?P<name>[^\s。，！？]{1,24}?)\s*发表于\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月][\d\s:：日]{1,14}$"
)


SIGNATURE_DELIMITER = re.compile(r"^--\s*$")  # a mail's or a text BBS's "-- " (RFC 3676) over the signature
SIGNATURE_LINES = 12  # a signature, the list's footer and the BBS's 来源 lines: a few short lines
SIGNATURE_LINE_CHARS = 160


def cut_signature(lines: list[str], ledger: Ledger) -> list[str]:
    """A message's signature: the last line that is only "--" and the few short lines after it (the
    sender's motto, address, the mailing list's footer, the BBS's ※ 来源 line) go; none of a speech
    comes after its writer's signature."""
    for i in range(len(lines) - 1, -1, -1):
        if SIGNATURE_DELIMITER.match(content_of(lines[i])):
            after = [content_of(line) for line in lines[i + 1 :] if content_of(line)]
            if len(after) > SIGNATURE_LINES or any(len(b) > SIGNATURE_LINE_CHARS for b in after):
                return lines
            return lines[:i] + [
                ledger.remove("signature", line) if content_of(line) else line for line in lines[i:]
            ]
    return lines


def strip_outline(text: str, ledger: Ledger) -> str:
    return vocabulary.OUTLINE.sub(lambda m: ledger.remove("outline", m.group(0)), text, count=1)


def content_of(line: str) -> str:
    return without_markers(line).strip()


def strip_title_repeats(lines: list[str], title: str | None, ledger: Ledger) -> list[str]:
    """The title printed again at the top of the body ("1 在…讲话 同志们:" on PDF pages)."""
    if not title:
        return lines
    folded = collapse_cjk_spaces(title)
    prefix = None  # compiled only when a line holds the title: most pages never repeat it
    seen = 0
    for i, line in enumerate(lines):
        body = content_of(line)
        if not body:
            continue
        seen += 1
        if seen > 4:
            break
        if folded not in body:
            continue
        if prefix is None:
            prefix = re.compile(r"^(?:\d{1,3}\s*)?[^\s\d]{0,2}?" + re.escape(folded) + r"\s*")
        m = prefix.match(body)
        if body == folded or (m and m.end() == len(body)):
            lines[i] = ledger.remove("title_repeat", line)
        elif m and not line.startswith(HEADING):
            lines[i] = ledger.remove("title_repeat", m.group(0)) + body[m.end() :]
    return lines


# A clause leading in to what follows, the poster's ("…社区书记的交流发言反响很好，转给有需要的朋友参考："):
# it has a clause break and ends with a colon; the address itself is the first line SALUTATION reads.
LEAD_IN = re.compile(r"[，,][^\n]*[:：]$")
NOTE_LINES = 3  # a poster's words about the text come in its first lines, before the speech's address
SENTENCE_MARK = re.compile(r"[。！？!?]")
TEASER_END = re.compile(r"(?:……|\.\.\.|…)$")


def lines_before_address(lines: list[str], within: int) -> list[int]:
    """Indexes of the content lines before the speech's address line ("同志们："), when the address
    is among the first `within` content lines; else none."""
    first = [i for i, line in enumerate(lines) if content_of(line)][:within]
    address = next(
        (
            k
            for k, i in enumerate(first)
            if vocabulary.SALUTATION.match(body := content_of(lines[i]))
            or vocabulary.SALUTATION_OPENING.match(body)
        ),
        None,
    )
    if (
        address is not None
        and address + 1 < len(first)
        and LEAD_IN.search(content_of(lines[first[address]]))
        and vocabulary.SALUTATION.match(content_of(lines[first[address + 1]]))
    ):  # "…供各位股友参考，有兴趣的可以看看：" names someone too: the address is the line under it
        address += 1
    return first[: address or 0]


FORWARD_WINDOW = 12  # a forwarding note and the speech's heading stand in the first lines
# What a forwarder says of the text they pass on: "现将…全文转发如下", "…整理稿发给大家", "供…参阅".
FORWARDING = re.compile(r"如下|发给大家|转发|供[^。！？\n]{0,12}(?:参阅|参考|学习)")
SEPARATOR_LINE = re.compile(r"^[=\-_*~—－＝·.]{3,}$")


def strip_forwarding_note(lines: list[str], ledger: Ledger) -> list[str]:
    """A speech passed on with a note of the forwarder's own: the forwarder's address ("各位会员："),
    their sentences saying what follows ("现将…工作报告全文转发如下"), their sign-off, then the
    speech's heading and its own address ("各位代表，各位会员："). Everything up to the note's last
    sentence (or the separator after it) goes; the heading is the speech's (strip_speech_heading)."""
    first = [i for i, line in enumerate(lines) if content_of(line)][:FORWARD_WINDOW]
    bodies = [content_of(lines[i]) for i in first]
    addresses = [k for k, body in enumerate(bodies) if vocabulary.SALUTATION.match(body)]
    if len(addresses) < 2 or addresses[0] != 0:
        return lines
    note = range(1, addresses[1])
    if not any(FORWARDING.search(bodies[k]) and SENTENCE_MARK.search(bodies[k]) for k in note):
        return lines
    last = max(
        k for k in [0, *note] if k == 0 or SENTENCE_MARK.search(bodies[k]) or SEPARATOR_LINE.match(bodies[k])
    )
    for k in range(last + 1):
        lines[first[k]] = ledger.remove("forwarding_note", lines[first[k]])
    return lines


# A label saying the text itself starts here, on a line of its own: "演讲正文", "讲话全文", "【正文】".
# …or between rules, said as what follows: "——以下为讲话全文——" (和讯博客's blogger under his note).
TEXT_START_LABEL = re.compile(
    r"^[—–\-]*\s*[【\[]?\s*(?:以下(?:为|是))?\s*(?:演讲|讲话|发言|致辞|报告)?(?:正文|全文)\s*[】\]]?\s*[:：]?\s*[—–\-]*$"
)
TEXT_START_WINDOW = 8  # the label stands among the first lines
FRONT_MATTER_CHARS = 600  # what stands before it: a note, a speaker's bio, no more


def cut_before_text_label(lines: list[str], ledger: Ledger) -> list[str]:
    """The front matter a page puts over a talk's write-up ("本文整理自…的演讲", 嘉宾介绍 and the
    speaker's bio) when a label then says the text itself starts ("演讲正文"): it goes, label and all."""
    first = [i for i, line in enumerate(lines) if content_of(line)][:TEXT_START_WINDOW]
    for k, i in enumerate(first):
        if TEXT_START_LABEL.match(content_of(lines[i])):
            before = first[:k]
            if sum(len(content_of(lines[j])) for j in before) <= FRONT_MATTER_CHARS:
                for j in (*before, i):
                    lines[j] = ledger.remove("front_matter", lines[j])
            break
    return lines


def strip_notes_before_address(lines: list[str], ledger: Ledger) -> list[str]:
    """A speech opens with its address to the audience ("同志们："). Sentences before it, in the first
    lines, are the poster's or blogger's words about the text ("今天上午团拜会老板的致辞，我起草的…",
    "（年底在中心总结会上的讲话，按讲稿整理…）", "（本文为副省长…的讲话，有删节）"); a heading, byline
    or occasion line (no sentence) stays."""
    head = lines_before_address(lines, NOTE_LINES + 1)
    for k, i in enumerate(head):
        body = content_of(lines[i])
        is_note = (
            SENTENCE_MARK.search(body)
            or vocabulary.BRACKETED_NOTE.match(body)
            or LEAD_IN.search(body)  # "…转给有需要的朋友参考：" over the address
            or TEASER_END.search(body)  # a summary box quoting the text and breaking off "……"
        )
        if is_note and not lines[i].startswith(HEADING):
            lines[i] = ledger.remove("poster_note", lines[i])
            # its label on a line of its own, a box's title ("编者按" over the note): no note, no label
            if k and LEAD_LABEL_LINE.match(content_of(lines[head[k - 1]])):
                lines[head[k - 1]] = ledger.remove("poster_note", lines[head[k - 1]])
    return lines


# A field of the text's record, "name：value" on a line of its own ("时间：2024年6月20日", "场合：毕业典礼",
# "整理：老李（据现场发言稿）", "分享人：林晓梅"): a short label, a value that is no sentence.
# …or "【name】value", as journal databases and library catalogues print a record ("【机构】…；",
# "【出版日期】2024-03-10", "【DOI】" left empty)
FIELD_LINE = re.compile(
    r"^[\u4e00-\u9fff]{2,4}\s*[:：]\s*[^\s:：。！？!?][^。！？!?:：]{0,40}$"
    r"|^【[\u4e00-\u9fffA-Za-z]{2,6}】\s*[:：]?\s*(?:[^\s:：。！？!?][^。！？!?:：]{0,40})?$"
)
MIN_FIELD_LINES = 2  # one "name：value" line alone may be the speech's own (a subtitle, a quotation)


# A paragraph's indent inside a block: two full-width spaces after a sentence's or a label's end, where
# a page runs its paragraphs together in one box (a catalogue's text snapshot, a pasted text with
# its line breaks lost): each indent starts a paragraph, as it does on paper.
INNER_INDENT = re.compile(r"(?<=[。！？!?：:；;”」』])[ \t]*\u3000{2,}[ \t]*(?=\S)")


def split_at_indents(raw: str) -> list[str]:
    return INNER_INDENT.split(raw) if "\u3000\u3000" in raw else [raw]


def strip_snapshot_label(lines: list[str], ledger: Ledger) -> tuple[list[str], bool]:
    """A text given as a snapshot of the whole ("【正文快照】：…", a journal database's excerpt for
    guests): the label goes, and the text is truncated where the snapshot stops."""
    for i, line in enumerate(lines[:HEAD_WINDOW]):
        m = vocabulary.SNAPSHOT_LABEL.match(content_of(line))
        if m:
            rest = content_of(line)[m.end() :]
            lines[i] = ledger.remove("preview_label", m.group(0)) + rest
            return [*lines, ledger.gap("truncation", None)], True
    return lines, False


def strip_field_lines(lines: list[str], ledger: Ledger) -> list[str]:
    """The text's record printed over it as "name：value" lines, before the speech's address (a
    Markdown note's quoted 时间/场合/整理 lines, a newsletter's 分享人): two of them at least."""
    head = [i for i in lines_before_address(lines, HEADING_LINES) if not lines[i].startswith(HEADING)]
    fields = [i for i in head if FIELD_LINE.match(content_of(lines[i]))]
    if len(fields) < MIN_FIELD_LINES:  # alone, only the line naming who gives the talk
        fields = [i for i in fields if SPEAKER_FIELD.match(content_of(lines[i]))]
    for i in fields:
        lines[i] = ledger.remove("field_line", lines[i])
    return lines


# The field naming who gives a lecture or talk, over its transcript: "主讲人：…副教授　李秀英" (a 干部学院's
# page), "讲师：沈景明" (an e-learning course), "分享人：林晓梅" (a newsletter): the page's record, alone too.
SPEAKER_FIELD = re.compile(r"^(?:主讲人?|讲师|分享人|讲话人|发言人|报告人|演讲人|宣讲人|授课人)\s*[:：]")


LEAD_LABEL_LINE = re.compile(rf"^[【\[]?\s*(?:{vocabulary.LEAD_LABELS})\s*[】\]]?[:：]?$")


HEADING_LINES = 6  # a speech's own heading (title, date, speaker) is over within these lines
# The subtitle a speech's heading gives its occasion under a main title: "——在集团公司2024年工作会议
# 暨职工代表大会上的讲话" under "坚定信心　真抓实干 / 奋力开创集团高质量发展新局面".
OCCASION_SUBTITLE = re.compile(r"^[—–-]{1,2}\s*\S")
MAIN_TITLE_LINE_CHARS = 30  # a main title's line: no sentence, short


def introduced_title(lines: list[str], head: list[int]) -> bool:
    """The poster's sentence, then the speech's own title line, then its address: an answer or a
    post handing on a speech ("楼主你好！…帮你写了一篇…：" over "优秀员工代表在…上的发言")."""
    bodies = [content_of(lines[i]) for i in head]
    return any(
        vocabulary.SPEECH_TITLE_LINE.match(body)
        and any(SENTENCE_MARK.search(b) or LEAD_IN.search(b) for b in bodies[:k])
        for k, body in enumerate(bodies)
    )


def speech_heading_date(ledger: Ledger) -> str | None:
    """The date of the speech's own heading (its dated line, taken off by strip_speech_heading):
    the day the speech was given, the document's date when the page gives none of its own (where
    it gives one, the page's publishing date is the document's, as archives cite it)."""
    for piece in ledger.removed:
        if piece["rule"] == "speech_heading" and vocabulary.HEADING_DATE_LINE.match(piece["text"]):
            return page_dates.parse_date(piece["text"]) or page_dates.han_numeral_date(piece["text"])
        # the text's record over it, its day as a field: "时间：2024年1月18日" (strip_field_lines)
        if piece["rule"] == "field_line" and (m := DATE_FIELD.match(piece["text"])):
            return page_dates.parse_date(m.group(1))
    return None


DATE_FIELD = re.compile(r"^\s*(?:时间|日期|讲话时间|发言时间)\s*[:：]\s*(.+)$")


def strip_speech_heading(lines: list[str], ledger: Ledger) -> tuple[list[str], str | None]:
    """The speech's own heading above its address: its date line, speaker line and title line go,
    and its title is returned (else the heading the extractor took off above the text): the
    speech's own title, where the page's may be a file name or a headline. Only when a date line
    (`vocabulary.HEADING_DATE_LINE`) or a byline naming someone by role and name is among them, or
    the poster's sentence introduces the title line (`introduced_title`: a Q&A answer or a post
    handing on a speech): without one of these, short lines before the address may be the speech's
    own (an occasion line stays either way)."""
    head = lines_before_address(lines, HEADING_LINES)
    if not any(
        vocabulary.HEADING_DATE_LINE.match(content_of(lines[i]))
        or vocabulary.ROLE_AND_NAME_LINE.match(content_of(lines[i]))
        or vocabulary.NAME_AND_ROLE_LINE.match(content_of(lines[i]))
        for i in head
    ) and not introduced_title(lines, head):
        return lines, None
    title = None
    subtitle = next(
        (
            k
            for k, i in enumerate(head)
            if OCCASION_SUBTITLE.match(body := content_of(lines[i]))
            and vocabulary.SPEECH_TITLE_LINE.match(body.lstrip("—–- \u3000"))
        ),
        None,
    )
    if subtitle is not None and all(
        len(body := content_of(lines[i])) <= MAIN_TITLE_LINE_CHARS and not SENTENCE_MARK.search(body)
        for i in head[:subtitle]
    ):
        # a main title over the occasion subtitle, in a heading its date or byline confirms: the
        # speech's headline, not its words
        for i in head[: subtitle + 1]:
            lines[i] = ledger.remove("speech_heading", lines[i])
        head = head[subtitle + 1 :]
    for i in head:
        body = content_of(lines[i])
        if vocabulary.PHOTO_CREDIT.search(body):
            # a picture's caption under the heading ("校长刘振华在开学典礼上讲话（融媒体中心　李文博　摄）")
            # reads like a title line but is the caption's, never the speech's title
            lines[i] = ledger.remove("photo_caption", lines[i])
            continue
        if vocabulary.SPEECH_TITLE_LINE.match(body):
            title = title or body
        elif not (
            vocabulary.HEADING_DATE_LINE.match(body)
            or vocabulary.HEADING_SPEAKER_LINE.match(body)
            or vocabulary.ROLE_AND_NAME_LINE.match(body)
            or vocabulary.NAME_AND_ROLE_LINE.match(body)
        ):
            continue
        lines[i] = ledger.remove("speech_heading", lines[i])
    if title is None:  # its title line printed as a heading above the text box (text_container.py)
        title = next(
            (
                piece["text"]
                for piece in reversed(ledger.removed)
                if piece["rule"] == "heading_outside_text"
                and vocabulary.SPEECH_TITLE_LINE.match(piece["text"])
            ),
            None,
        )
    return lines, title


def apply_line_rules(lines: list[str], rules, ledger: Ledger, window: int | None = None) -> list[str]:
    seen = 0
    for i, line in enumerate(lines):
        body = content_of(line)
        if not body:
            continue
        seen += 1
        if window is not None and seen > window:
            break
        for name, pattern in rules:
            if pattern.search(body):
                lines[i] = ledger.remove(name, line)
                break
    return lines


OWN_ADDRESS_LINE_CHARS = 100  # a line this short naming the site's own address is the site's
SECOND_LEVEL = frozenset({"com", "gov", "org", "net", "edu", "ac", "mil"})  # "xx.gov.cn", "xx.com.hk"


def site_domain(url: str) -> str | None:
    """The registrable part of a URL's host ("biqugo-like.test" of "m.biqugo-like.test", "xx.gov.cn"
    of "www.xx.gov.cn"); None for an address without a name (an IP, localhost)."""
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:  # an address urllib cannot read ("http://[…"): no name to look for
        return None
    labels = host.split(".")
    if len(labels) < 2 or labels[-1].isdigit():
        return None
    keep = 3 if len(labels) >= 3 and labels[-2] in SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def strip_own_address_lines(lines: list[str], url: str, ledger: Ledger) -> list[str]:
    """A short line naming the site's own address is the site speaking, not the speaker: a reading
    site's "天才一秒记住本站地址：www.….。手机版阅读网址：m.…" between a chapter's paragraphs, a
    blog's "出处：https://www.…/" box: the address given as such, after a colon or in brackets. (Inside a
    paragraph, in brackets, it is the site's mark: `vocabulary.SITE_MARK_INLINE`.) A speech naming
    the site ("登录市政府门户网站www.…反映") names it in its sentence, and stays."""
    domain = site_domain(url)
    if not domain:
        return lines
    # the address given as such: after a label's colon or in brackets ("网址：m.…", "【笔趣阁 www.…】")
    given = re.compile(
        r"[:：【\[]\s*[^\s:：【\[\]】]{0,6}?\s*(?:https?://)?(?:[\w-]+\.)*" + re.escape(domain), re.I
    )
    for i, line in enumerate(lines):
        body = content_of(line)
        if body and len(body) <= OWN_ADDRESS_LINE_CHARS and domain in body.lower() and given.search(body):
            lines[i] = ledger.remove("own_address", line)
    return lines


AFTER_THANKS_LINES, AFTER_THANKS_CHARS = 1, 80  # a poster's word (a site's box is the evidence's)
# …or, under a rule he drew below the thanks ("——————", "------"), his few lines of advice and
# sign-off (a Q&A answer's "几点建议：…" and "以上，希望对你有帮助…"; 360问答, 悟空问答)
AFTER_SEPARATOR_LINES, AFTER_SEPARATOR_CHARS = 3, 300


def separated(lines: list[str], thanks: int, first_after: int) -> bool:
    """Whether a line that is only a rule stands between the thanks and the next line of words."""
    return any(SEPARATOR_LINE.match(content_of(lines[i])) for i in range(thanks + 1, first_after))


# An editor's box under the speech, its bracketed label then its one line ("【延伸阅读】" and a fact):
# the label says what it is, so the label and its line go too.
BOX_LABEL_LINE = re.compile(r"^[【\[][^】\]\n]{2,8}[】\]]$")


def is_sign_off(body: str) -> bool:
    """A speech's signature under its thanks: the speaker by role and name, or the day."""
    return bool(
        vocabulary.ROLE_AND_NAME_LINE.match(body)
        or vocabulary.NAME_AND_ROLE_LINE.match(body)
        or vocabulary.HEADING_DATE_LINE.match(body)
        or page_dates.DATE_LINE.match(body)
    )


def cut_after_closing_thanks(lines: list[str], ledger: Ledger) -> list[str]:
    """What stands after the speaker's closing thanks at the text's end, one short line, is the
    poster's ("发言不用太长，真情实感最重要。战友，加油！" under a Q&A answer's speech): a speech
    ends with its thanks. (A site's box repeated under every page is the site evidence's.) A line of
    punctuation ("——", a separator before the poster's line) is nothing."""
    content = [
        i
        for i, line in enumerate(lines)
        if (body := content_of(line)) and not vocabulary.PUNCTUATION_ONLY.match(body)
    ]
    for k in range(len(content) - 1, max(-1, len(content) - AFTER_SEPARATOR_LINES - 1), -1):
        if vocabulary.CLOSING_THANKS.search(content_of(lines[content[k]])):
            after = content[k + 1 :]
            if after and separated(lines, content[k], after[0]):
                # the poster drew a rule under the speech: what follows it is his, a few lines
                if len(after) <= AFTER_SEPARATOR_LINES and (
                    sum(len(content_of(lines[i])) for i in after) <= AFTER_SEPARATOR_CHARS
                ):
                    for i in range(content[k] + 1, len(lines)):
                        if content_of(lines[i]):
                            lines[i] = ledger.remove("after_closing_thanks", lines[i])
                break
            if len(after) > AFTER_THANKS_LINES + 1:
                break  # three lines of words after the thanks, no rule between: the text goes on
            if len(after) > AFTER_THANKS_LINES and not (
                BOX_LABEL_LINE.match(content_of(lines[after[0]]))
                # a box's label last, its links gone ("…请关注演讲稿频道。" over "【相关推荐】")
                or (
                    len(after) == AFTER_THANKS_LINES + 1
                    and BOX_LABEL_LINE.match(content_of(lines[after[-1]]))
                )
                or all(is_sign_off(content_of(lines[i])) for i in after)
            ):
                break
            if after and sum(len(content_of(lines[i])) for i in after) <= AFTER_THANKS_CHARS:
                for i in after:
                    lines[i] = ledger.remove("after_closing_thanks", lines[i])
            break
    return lines


APPENDIX_AFTER_SHARE = 0.6  # an appendix starts after this share of the text's characters
APPENDIX_MAX_SHARE = 0.5  # and is short beside the text before it
SENTENCE_END = re.compile(r"[。！？!?][”」』\"]?$")


def cut_appendix(lines: list[str], ledger: Ledger) -> list[str]:
    """An appendix after the speech ("附：" then a table of hotlines, "附件" then a list of awards:
    the attachments an official paper or a Word export carries) goes with its label, when the
    label stands in the text's last part and what follows is short beside the speech and is a
    table's cells, not prose (no line ends a sentence: an appended report is the article's)."""
    sizes = [len(content_of(line)) for line in lines]
    total = sum(sizes)
    before = 0
    for i, line in enumerate(lines):
        body = content_of(line)
        if (
            body
            and before >= APPENDIX_AFTER_SHARE * total
            and vocabulary.APPENDIX_LABEL.match(body)
            and total - before <= APPENDIX_MAX_SHARE * before
            and i + 1 < len(lines)
            and not any(SENTENCE_END.search(content_of(ln)) for ln in lines[i + 1 :])
        ):
            return lines[:i] + [ledger.remove("appendix", ln) if content_of(ln) else ln for ln in lines[i:]]
        before += sizes[i]
    return lines


def strip_photo_captions(lines: list[str], ledger: Ledger) -> list[str]:
    """Photo captions ending in their credit ("…图为会议现场。新华社记者李明摄") go wherever they
    stand, when the text has more prose of its own than captions; on a photo story the captions
    are the text, and stay."""
    bodies = [content_of(line) for line in lines]
    captions = [i for i, body in enumerate(bodies) if body and vocabulary.PHOTO_CREDIT.search(body)]
    caption_chars = sum(len(bodies[i]) for i in captions)
    if not captions or caption_chars * 2 >= sum(len(body) for body in bodies):
        return lines
    for i in captions:
        lines[i] = ledger.remove("photo_caption", lines[i])
    return lines


AFTER_MARK_LINE_CHARS = 40  # longer than this after a closing mark: prose, so the mark was no end


def cut_after_closing_mark(lines: list[str], ledger: Ledger) -> list[str]:
    """A line that is only a closing mark ("完", "END", "（完）") ends the speech: the short lines
    after it (issuing office, date and time line, credits) are the page's, not the speech's.
    When a line of prose follows, the mark ended something else and everything stays."""
    for i in range(len(lines) - 1, -1, -1):
        if not vocabulary.CLOSING_MARK_LINE.match(content_of(lines[i]) or "."):
            continue
        after = [content_of(line) for line in lines[i + 1 :]]
        if any(len(body) > AFTER_MARK_LINE_CHARS for body in after):
            return lines
        lines[i] = ledger.remove("end_marker", lines[i])
        for j in range(i + 1, len(lines)):
            if content_of(lines[j]):
                lines[j] = ledger.remove("after_closing_mark", lines[j])
        return lines
    return lines


def strip_tail(lines: list[str], ledger: Ledger, flags: list[str]) -> list[str]:
    """Peel end markers, generator tails, walls and widgets off the end; cut an inline end marker."""
    for i, line in enumerate(lines):  # "(全文结束)" ends the text even mid-line
        m = vocabulary.END_MARKER.search(line)
        if m and (not content_of(line[m.end() :]) or i >= len(lines) - 4):
            rest = "\n".join(lines[i + 1 :])
            lines[i] = line[: m.start()] + ledger.remove("end_marker", line[m.start() :])
            if "end_marker" not in flags:
                flags.append("end_marker")
            tail = [ln for ln in rest.split("\n")] if rest else []
            lines = lines[: i + 1] + tail
            break
    end = len(lines)
    while end > 0:
        body = content_of(lines[end - 1])
        if not body:
            end -= 1
            continue
        rule = next((name for name, pattern in vocabulary.TAIL_LINES if pattern.search(body)), None)
        if rule is None:
            break
        lines[end - 1] = ledger.remove(rule, lines[end - 1])
        if rule == "generated_tail" and "generated_text_marker" not in flags:
            flags.append("generated_text_marker")
        end -= 1
    return lines


def site_noise(text: str, patterns: tuple[str, ...], ledger: Ledger) -> str:
    for pattern in patterns:
        try:
            regex = vocabulary.folded(pattern, re.MULTILINE)
        except re.error:
            continue
        text = regex.sub(lambda m: ledger.remove("site_noise", m.group(0)), text)
    return text


def to_paragraphs(lines: list[str], ledger: Ledger) -> list[str]:
    """Non-empty lines; a line left with markers only hands them to the paragraph before it."""
    paragraphs: list[str] = []
    pending = ""
    for line in lines:
        body = content_of(line)
        if body and vocabulary.PUNCTUATION_ONLY.match(body) and not line.startswith(HEADING):
            line = ledger.remove("punctuation_only", line)
            body = ""
        if not body:
            if paragraphs:
                paragraphs[-1] += markers_in(line)
            else:
                pending += markers_in(line)
            continue
        heading = line.startswith(HEADING)
        text = line.replace(HEADING, "").strip()
        paragraphs.append((HEADING if heading else "") + pending + text)
        pending = ""
    if pending:
        paragraphs.append(pending)
    return paragraphs


def mark_part_missing(lines: list[str], ledger: Ledger) -> bool:
    """Whether the page's text ends on a notice, taken out, that it goes on in a later page, part or
    floor (`vocabulary.GOES_ON_LATER`): then a "part_missing" gap is left there, so the document
    says it is not whole until stitch puts the rest after it (and drops the gap)."""
    for i in range(len(lines) - 1, -1, -1):
        if content_of(lines[i]):
            return False
        removed = [
            ledger.removed[code - REMOVAL_BASE]["text"]
            for code in map(ord, lines[i])
            if REMOVAL_BASE <= code < REMOVAL_BASE + REMOVAL_LIMIT
            and code - REMOVAL_BASE < len(ledger.removed)
        ]
        if any(vocabulary.GOES_ON_LATER.search(text) for text in removed):
            lines[i] += ledger.gap("part_missing", None)
            return True
    return False


def clean(page: ExtractedPage) -> CleanedPage:
    ledger = Ledger(page.removed)
    flags = list(page.flags)
    lines = []
    for kind, raw in page.blocks:
        for piece in split_at_indents(strip_pdf_page_numbers(raw, ledger)):
            text = collapse_cjk_spaces(piece)
            if text:
                lines.append((HEADING if kind == "heading" else "") + text)
    joined = "\n".join(join_wrapped_blocks(lines))  # a viewer's text layer: one wrapped line a block
    joined = strip_paywall_notices(joined, ledger)
    joined, declared, truncated = strip_truncation_notice(joined, ledger)
    joined = strip_outline(joined, ledger)
    joined = strip_injected_source(joined, ledger)
    joined = site_noise(joined, page.rules.noise, ledger)
    lines = joined.split("\n")
    if "preview_cut" in flags and lines != [""]:
        lines = mark_preview_end(lines, ledger)
        truncated = True
    lines, walled = mark_truncation_walls(lines, ledger)
    truncated = truncated or walled
    lines = cut_later_messages(lines, ledger)
    lines = cut_signature(lines, ledger)
    lines = strip_title_repeats(lines, page.title, ledger)
    lines, snapshot = strip_snapshot_label(lines, ledger)
    truncated = truncated or snapshot
    lines = strip_field_lines(lines, ledger)
    lines = apply_line_rules(lines, vocabulary.HEAD_LINES, ledger, window=HEAD_WINDOW)
    lines = cut_before_text_label(lines, ledger)
    lines = strip_forwarding_note(lines, ledger)
    lines, heading_title = strip_speech_heading(lines, ledger)
    heading_date = speech_heading_date(ledger)
    lines = strip_notes_before_address(lines, ledger)
    lines = apply_line_rules(lines, vocabulary.LINES, ledger)
    lines = strip_own_address_lines(lines, page.url, ledger)
    lines = strip_photo_captions(lines, ledger)
    lines = cut_after_closing_mark(lines, ledger)
    lines = cut_appendix(lines, ledger)
    lines = strip_tail(lines, ledger, flags)
    lines = cut_after_closing_thanks(lines, ledger)
    if mark_part_missing(lines, ledger):
        flags.append("part_missing")
    return CleanedPage(
        url=page.url,
        site=page.site,
        profile_version=page.profile_version,
        rules=page.rules,
        title=message_subject(ledger) or document_title(page, heading_title),
        published_at=page.published_at or heading_date,
        given_on=heading_date,
        paragraphs=to_paragraphs(lines, ledger),
        gaps=ledger.gaps,
        removed=ledger.removed,
        truncated=truncated,
        declared_chars=declared,
        encoding=page.encoding,
        encoding_source=page.encoding_source,
        flags=flags,
        pages=[page.url],
        next_page=page.next_page,
    )
