"""Step 1 (extract): bytes -> decoded HTML -> title, date and the content area as a list of text blocks.

With a site profile the content area, title and date come from its selectors; without one,
trafilatura (precision first) finds the main text. Blocks keep their inner whitespace as served,
because the blank line inside a paragraph is what marks a PDF page break (clean.py).

Removals and elisions are tracked with private-use "marker" characters left in the text where a
piece was taken out, so later steps know which speech (and which offset) each belongs to.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from pipelines import answer_dates, captions, floors, layouts, page_dates, tables, text_container, vocabulary
from pipelines.encoding import decode_body
from pipelines.html_parser import html_parser
from pipelines.main_text import main_text, min_extracted_size, page_metadata
from pipelines.markers import PRIVATE_USE, markers_in, removal_marker, without_markers
from pipelines.page_dates import parse_date
from pipelines.preformatted import unwrap_preformatted
from pipelines.profile import ExtractRules, Profile

BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd tr table tbody thead tfoot section article aside header "
    "footer blockquote pre center address figure figcaption main nav hr form fieldset details summary".split()
)
HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())
STRIP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "object",
    "embed",
    "svg",
    "canvas",
    "select",
    "textarea",
    "button",
)
MAX_HTML_CHARS = 8 * 1024 * 1024  # matches DOWNLOAD_MAXSIZE: a bigger page is not a speech page
# trafilatura needs seconds per MB; a page this large with no profile is a dump, not a speech page.
MAX_GENERIC_HTML_CHARS = 2 * 1024 * 1024
TITLE_SEPARATORS = re.compile(r"\s*(?:[_|｜]|\s[-–—]\s|-{1,2}|——)\s*")
# …and Blogger's "博客名: 文章标题" after a site's name (an ASCII colon and a space: a headline's
# own full-width colon, "书记：…", is no separator)
SITE_FIRST_SEPARATORS = re.compile(TITLE_SEPARATORS.pattern + r"|:\s+")
WORD_CHAR = re.compile(r"[^\W\d_]")
TITLE_SEPARATORS_BUT_DASHES = re.compile(r"\s*(?:[_|｜]|\s[-–—]\s|-{1,2})\s*")
SPACES = re.compile(r"[\s\u3000\xa0]+")


@dataclass
class ExtractedPage:
    """One page after extraction: picklable, so it can come back from a worker process."""

    url: str
    site: str  # profile name or "generic"
    profile_version: str | None
    rules: ExtractRules  # the profile's [extract] table (clean/split read their site specifics from it)
    title: str | None = None
    published_at: str | None = None
    blocks: list[tuple[str, str]] = field(default_factory=list)  # ("heading"|"para", raw text)
    removed: list[dict] = field(default_factory=list)  # {"rule", "text"}; removal markers index it
    encoding: str = "utf-8"
    encoding_source: str = "default"
    flags: list[str] = field(default_factory=list)
    next_page: str | None = None  # the article continues at this URL
    method: str = "none"  # "profile" | "layout" | "trafilatura" | "fallback" | "none"
    site_layout: str | None = None  # the CMS whose page layout was recognised (pipelines/layouts.py)
    own_prose: bool | None = None  # has_own_prose of the blocks, when the generic path checked it
    # markers of what the generic path took out of the tree before extraction (anti-copy pieces,
    # the poster's matter after the text): they end the blocks, so the document records them
    end_markers: str = ""


# --- selectors --------------------------------------------------------------------------------


@functools.lru_cache(maxsize=256)
def _compiled(selector: str):
    from lxml import etree

    if selector.startswith(("/", "(", "./")):
        return etree.XPath(selector)
    from lxml.cssselect import CSSSelector

    return CSSSelector(selector)


def select(root, selector: str | None) -> list:
    if not selector:
        return []
    try:
        found = _compiled(selector)(root)
    except Exception:  # a broken selector in a profile must not kill the crawl
        return []
    return found if isinstance(found, list) else [found]


def element_text(el) -> str:
    if isinstance(el, str):
        return fold_spaces(el)
    return fold_spaces(el.text_content() if hasattr(el, "text_content") else "".join(el.itertext()))


def fold_spaces(text: str) -> str:
    """Private-use characters out, each whitespace run (full-width and no-break spaces too) one
    space, none at the ends. str.split() splits where SPACES matches, several times faster."""
    text = text or ""
    if PRIVATE_USE.search(text):
        text = PRIVATE_USE.sub("", text)
    return " ".join(text.split())


# --- date ---------------------------------------------------------------------------------------


# --- HTML to blocks -----------------------------------------------------------------------------


def html_blocks(root, dropped: set, removed: list[dict]) -> list[tuple[str, str]]:
    """Text of `root` as blocks: block elements and <br> break, headings are marked, dropped
    elements leave a removal marker (and their text in `removed`)."""
    from lxml import etree

    blocks: list[tuple[str, str]] = []
    buf: list[str] = []
    heading_depth = 0

    def flush(kind: str) -> None:
        text = "".join(buf)
        buf.clear()
        if without_markers(text).strip():
            blocks.append((kind, text))
        elif markers_in(text):  # a removal with no text around it: keep its marker
            buf.append(markers_in(text))

    def add(text: str | None) -> None:
        if text:
            buf.append(PRIVATE_USE.sub("", text))

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event == "start":
            if el in dropped:
                text = fold_spaces(el.text_content()) if tag else ""
                if text:
                    rule = dropped[el]
                    removed.append(
                        {"rule": rule if rule in layouts.NOISE_RULES else f"drop:{rule}", "text": text}
                    )
                    buf.append(removal_marker(len(removed) - 1))
                walker.skip_subtree()
                continue
            if not tag:
                continue
            if tag in BLOCK_TAGS or tag == "br":
                flush("heading" if heading_depth else "para")
            if tag in HEADING_TAGS:
                heading_depth += 1
            if tag != "br":
                add(el.text)
        else:
            if tag in HEADING_TAGS:
                flush("heading")
                heading_depth = max(0, heading_depth - 1)
            elif tag in BLOCK_TAGS:
                flush("heading" if heading_depth else "para")
            if el is not root:
                add(el.tail)
    flush("para")
    if buf:  # trailing markers with nothing after them
        blocks.append(("para", "".join(buf)))
    return blocks


FALLBACK_BREAK = re.compile(
    r"<\s*(?:br|/?(?:p|div|h[1-6]|li|tr|section|article|table|blockquote))\b[^>]*>", re.I
)
FALLBACK_DROP = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S)
FALLBACK_TAG = re.compile(r"<[^>]*>")


def fallback_blocks(html: str) -> list[tuple[str, str]]:
    """Text of a page lxml cannot build a tree of (too deep): tags out, breaks kept."""
    import html as htmllib

    text = FALLBACK_DROP.sub(" ", html)
    text = FALLBACK_BREAK.sub("\n", text)
    text = htmllib.unescape(FALLBACK_TAG.sub("", text))
    return [("para", line) for line in text.split("\n") if line.strip()]


KEEP_TAGS = frozenset("html head title meta link body p br h1 h2 h3 h4 h5 h6 script style".split())
BR_RUN = re.compile(r"(?:<br>\s*){2,}")
ANY_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)\b[^>]*>")


def flatten_containers(html: str) -> str:
    """Every tag but paragraphs, headings and line breaks out; block containers become <br>."""

    def keep_or_break(m: re.Match) -> str:
        name = m.group(2).lower()
        if name in KEEP_TAGS:
            return m.group(0)
        return "<br>" if name in BLOCK_TAGS else ""

    return BR_RUN.sub("<br>", ANY_TAG.sub(keep_or_break, html))


HEAD_ONLY_TAGS = frozenset("title meta link script style base noscript template object".split())


def rescue_body_from_head(root) -> bool:
    """Move what the parser nested inside <head> back into a body of its own.

    An element libxml2 does not know standing before <body> (a CMS's server-side include tag
    left in the page, `<xx:include>`) makes it put the rest of the page, body and all, inside
    <head>, where no extractor looks. Everything from the first element that has no place in a
    head on is the body. Returns whether the tree was changed."""
    from lxml import etree

    head = root.find("head")
    if head is None:
        return False
    children = list(head)
    start = next(
        (
            i
            for i, el in enumerate(children)
            if isinstance(el.tag, str) and el.tag.lower() not in HEAD_ONLY_TAGS
        ),
        None,
    )
    if start is None:
        return False
    stray = children[start:]
    stray_text = sum(len((el.text_content() or "").strip()) for el in stray)
    body = root.find("body")
    if body is not None and len((body.text_content() or "").strip()) >= stray_text:
        return False
    if body is None:
        body = etree.SubElement(root, "body")
    for el in reversed(stray):
        body.insert(0, el)
    return True


XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def parse_html(html: str):
    """lxml tree (huge_tree off: libxml2 stops at depth 256) and whether the tree was cut short."""
    from lxml import etree

    parser = html_parser()
    if html[:200].lstrip().startswith("<?xml"):
        # lxml refuses a str that declares its bytes' encoding (XHTML, WAP pages' `<?xml … encoding=…?>`):
        # the page is decoded already, the declaration says nothing more
        html = XML_DECLARATION.sub("", html, count=1)
    try:
        root = etree.fromstring(html, parser)
    except (etree.ParserError, ValueError, etree.XMLSyntaxError):
        return None, False
    too_deep = any(
        "depth" in (e.message or "").lower() or e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log
    )
    return root, too_deep


# --- the step -----------------------------------------------------------------------------------


# A document library titles its page with the uploaded file's name: "在全县教育工作会议上的讲话.docx".
FILE_EXTENSION = re.compile(r"\s*\.(?:docx?|pdf|wps|txt|pptx?|xlsx?)$", re.IGNORECASE)
FILE_NAME_TITLE = re.compile(
    r"\.(?:docx?|pdf|wps|txt|pptx?|xlsx?|md|markdown|rst)(?![A-Za-z0-9])", re.IGNORECASE
)


# A mail's subject as a list archive prints it: the list's tag and a space ("[通讯] "), a reply's or
# forward's prefix, a part of several ("[1/2]") before the subject itself. A forum's tag written onto
# its subject ("[原创]社区…") is the subject's own.
SUBJECT_TAGS = re.compile(
    r"^(?:(?:Re|RE|Fwd|FW|Fw)\s*[:：]\s*|\[[^\[\]]{1,24}\]\s+|\[\d{1,2}/\d{1,2}\]\s*)+(?=\S)"
)


def page_title(root, profile: Profile | None) -> str | None:
    """The page's title (`title_of`), less a file name's extension and a mail subject's tags."""
    title = title_of(root, profile)
    if not title:
        return title
    title = SUBJECT_TAGS.sub("", title) or title
    return FILE_EXTENSION.sub("", title) or title  # a title that is only ".docx" stays as it is


# A box the template names the title ("<td class="title">", a table-layout portal's heading cell).
NAMED_TITLE = (
    "//td[contains(@class, 'title')] | //div[contains(@class, 'title')] | //p[contains(@class, 'title')]"
)


def is_home_link_only(el) -> bool:
    """A heading that is nothing but a link to the site's home: the site's name as its logo."""
    links = el.xpath(".//a[@href]")
    if len(links) != 1 or fold_spaces(links[0].text_content()) != fold_spaces(el.text_content()):
        return False
    try:
        return urlsplit(links[0].get("href")).path in ("", "/", "/index.html", "/index.php")
    except ValueError:  # an address urllib cannot read ("http://[…"): no link home
        return False


SITE_NAME_CHARS = 10  # a <title>'s first part this short, before a separator, names the site or sender
# A forum's prefix on a thread's title (XenForo's `span.label`, a board's `span.prefix`, a badge):
# the thread's kind ("讲话稿", "致辞"), printed in its heading before the title itself.
TITLE_LABEL_CLASS = re.compile(r"(?:^|\s)(?:label|prefix|badge)(?:[\s-]|$)")
TITLE_LABEL_CHARS = 8


def heading_text(el) -> str:
    """A heading's text, less a forum's prefix label printed before the title (TITLE_LABEL_CLASS)."""
    text = element_text(el)
    first = next((child for child in el if isinstance(child.tag, str)), None)
    if first is None or (el.text or "").strip() or not TITLE_LABEL_CLASS.search(first.get("class") or ""):
        return text
    label = element_text(first)
    if label and len(label) <= TITLE_LABEL_CHARS and text.startswith(label):
        return text[len(label) :].strip() or text
    return text


def title_of(root, profile: Profile | None) -> str | None:
    rules = profile.extract if profile else ExtractRules()
    for el in select(root, rules.title):
        text = element_text(el)
        if text:
            return text
    title_el = select(root, "//head/title") or select(root, "//title")
    raw = element_text(title_el[0]) if title_el else ""
    if rules.title_strip:
        raw = re.sub(rules.title_strip, "", raw).strip()
    if raw and not WORD_CHAR.search(raw):
        raw = ""  # a <title> of digits and marks only ("41", a template's count): no title at all
    if not profile:
        first = TITLE_SEPARATORS.split(raw)[0].strip() if raw else raw
        head = TITLE_SEPARATORS_BUT_DASHES.split(raw)[0].strip() if raw else raw
        if "——" in head and vocabulary.SPEECH_TITLE_LINE.match(head.split("——", 1)[1].strip()):
            first = head  # "新学期 新希望——校长在…上的讲话": the headline's occasion subtitle, no site's name
        # The heading the <title> starts with is the article's, whatever its level (a blog's
        # h2, a forum's h3 under an h1 holding the blog's or forum's name) or element (a
        # table-layout portal's title cell, when its <title> adds the site's name after a space).
        # A <title> that puts the site's name first ("文秘笔记-在公司…的致辞", the site's name its
        # heading linking home): the later part a heading of the page starts with.
        parts = [part.strip() for part in SITE_FIRST_SEPARATORS.split(raw)] if raw else []
        named = select(root, "//h1 | //h2 | //h3") + [
            el for el in select(root, NAMED_TITLE) if "title" in (el.get("class") or "").split()
        ]
        if len(parts) > 1:
            if any(is_home_link_only(el) and element_text(el) == parts[0] for el in named):
                own = [element_text(el) for el in named if not is_home_link_only(el)]
                later = next(
                    (p for p in parts[1:] if len(p) >= 4 and any(t.startswith(p) for t in own)), None
                )
                if later:
                    return later
        headings = [(el.tag, text) for el in named if 2 <= len(text := heading_text(el)) <= 120]
        heading = max(
            (text for _, text in headings), key=lambda t: (first.startswith(t), len(t)), default=None
        )
        if heading and first and first.startswith(heading) and 2 * len(heading) >= len(first):
            return heading
        h1 = [heading_text(el) for el in named if el.tag == "h1" and not is_home_link_only(el)]
        h1 = [text for text in h1 if 2 <= len(text) <= 120]
        if (
            len(h1) == 1
            and h1[0] == raw
            and len(first) >= 4
            and len(pieces := TITLE_SEPARATORS.split(raw)) >= 2
            and len(pieces[-1].strip()) <= SITE_NAME_CHARS // 2
        ):
            return first  # the template prints its <title>, the site's suffix too ("…_许知远_一席"), as the heading
        if (
            heading
            and first.startswith(heading)
            and len(h1) == 1
            and h1[0] != heading
            and raw.find(h1[0], len(heading)) >= len(heading)
        ):
            # the <title> starts with one heading and names the h1 only after it ("文章 @ 博客名 ::
            # 痞客邦 ::"): the h1 is the blog's or site's name, the heading the <title> starts with the text's
            return heading
        if len(h1) == 1 and (not raw or h1[0] in raw or raw in h1[0]):
            return h1[0]
        # A <title> naming a file ("2024/jianghua.md · owner/repo", "讲话稿.docx - 文库"): a
        # repository's or a library's file view, whose one heading is the text's own title.
        if len(h1) == 1 and FILE_NAME_TITLE.search(raw) and not FILE_NAME_TITLE.search(h1[0]):
            return h1[0]
        # A <title> with the site's short name first (no heading of the page) and, after it, a
        # heading the page prints whole ("人人网 - 陈思远的日志 - 在…欢送会上的发言" over its `h3`):
        # that heading is the text's.
        own = {text for _, text in headings}
        if (
            len(parts) > 1
            and len(parts[0]) <= SITE_NAME_CHARS
            and not any(t.startswith(parts[0]) for t in own)
        ):
            later = next((p for p in reversed(parts[1:]) if len(p) >= 4 and p in own), None)
            if later:
                return later
        # A <title> of the sender's name, then the issue's own words ("青商通讯 | 第15期：…分享实录",
        # a newsletter's archive page), over the one heading that names the text itself.
        if len(h1) == 1 and len(parts) > 1 and len(parts[0]) <= SITE_NAME_CHARS and parts[0] not in h1[0]:
            return h1[0]
        raw = first
    return raw or None


def page_date(root, profile: Profile | None, script_date: str | None = None, html: str = "") -> str | None:
    """The profile's date element; else a labelled date ("发布时间：…"), else the platform's own
    record (`script_date`, read before the scripts went), else, for a labelled date printed
    without its year, the first publish time of the app's inline state (in `html`, the page as
    served) on that month and day. htmldate (generic path) and a line that is only a date
    (page_dates.py) come after, when these found none."""
    rules = profile.extract if profile else ExtractRules()
    for el in select(root, rules.date):
        date = parse_date(element_text(el))
        if date:
            return date
    body = select(root, "//body")
    text = element_text(body[0])[:200000] if body else ""
    found = parse_date(text, labelled=True) or script_date
    if found:
        return found
    month_day = page_dates.labelled_month_day(text) if html else None
    if month_day is None:
        return None
    return next(
        (d for d in page_dates.state_publish_dates(html) if (int(d[5:7]), int(d[8:10])) == month_day),
        None,
    )


def extract(
    body: bytes,
    url: str,
    headers: Mapping[str, str] | None = None,
    profile: Profile | None = None,
    later_page: bool = False,
) -> ExtractedPage:
    """Decode `body` and pull out title, date and the content area; never raises on bad input.

    `profile` is the page's site profile (the caller looks it up: `ProfileRegistry.for_url`);
    without one the page takes the generic path (trafilatura finds the main text). `later_page`:
    the page is page 2+ of a text stitched from several; on a forum topic's later page the text
    is the first poster's floors that go on with it (pipelines/floors.py), not its replies."""
    page = ExtractedPage(
        url=url,
        site=profile.name if profile else "generic",
        profile_version=profile.version if profile else None,
        rules=profile.extract if profile else ExtractRules(),
    )
    body = body or b""
    decoded = decode_body(body, headers)
    page.encoding, page.encoding_source = decoded.encoding, decoded.source
    page.flags.extend(decoded.flags)
    html = decoded.text[:MAX_HTML_CHARS]
    if not html.strip():
        page.flags.append("empty")
        return page
    if "\x00" in html[:4096] or "<" not in html[:65536]:
        page.flags.append("not_html")
        return page
    html = html.replace("\x00", "")
    root, too_deep = parse_html(html)
    if root is None:
        page.flags.append("unparsable")
        return page
    if too_deep:
        # libxml2 stopped at its depth limit (huge_tree off): what it built is a fragment. Rebuild
        # from the page with its containers flattened; the site's selectors no longer apply.
        page.flags.append("too_deep")
        html = flatten_containers(html)
        root, still_too_deep = parse_html(html)
        if root is None or still_too_deep:
            page.title = page_title(root, None) if root is not None else None
            page.blocks = fallback_blocks(html)
            page.method = "fallback"
            return page
        profile = None
    if rescue_body_from_head(root):
        page.flags.append("body_in_head")
        html = etree_html(root)
    script_date = page_dates.script_publish_date(html)
    hidden_classes = layouts.stylesheet_hidden_classes(html)  # read before <style> goes with STRIP_TAGS
    if ("<noscript" in html or "<NOSCRIPT" in html) and layouts.text_only_in_noscript(root):
        for box in root.iter("noscript"):
            box.tag = "div"  # a reader without scripts sees it: the page's text
    for el in select(root, "//" + " | //".join(STRIP_TAGS)):
        el.drop_tree()
    page.title = page_title(root, profile)
    page.published_at = page_date(root, profile, script_date, html)
    hidden = layouts.hidden_elements(root, hidden_classes)
    going_on = floors.going_on_floors(root) if later_page else []
    page_text = element_text(root)[:400000]
    if vocabulary.PREVIEW_REMAINING.search(page_text):
        page.flags.append("preview_cut")  # a document viewer's preview: the rest is not on the page
    layout = None if profile else layouts.detect_layout(root)
    if profile:
        extract_with_profile(root, page, profile, hidden)
        if page.method == "none" and profile.extract.fallback_generic:
            extract_generic(generic_html(root, html, hidden, page), page, root)
    elif layout:
        extract_with_layout(root, page, layout, hidden)
    else:
        extract_generic(generic_html(root, html, hidden, page), page, root)
    if going_on and ({"replies_only", "forum_post"} & set(page.flags)):
        # a forum topic's later page with the poster's floors going on: they are the text, its
        # replies are not (a later page without such a floor, a blog's page 2 above its comments,
        # is read as any page is)
        page.blocks = [block for floor in going_on for block in html_blocks(floor, {}, page.removed)]
        page.method = "layout" if page.method == "none" else page.method
    if page.blocks and page.method in ("trafilatura", "layout"):
        cut_link_runs(page, root)
    if page.end_markers and page.blocks:
        # what went from the tree before extraction (see ExtractedPage): the markers ride on the
        # last line, invisible to the rules that read lines, kept if that line goes too
        kind, raw = page.blocks[-1]
        page.blocks[-1] = (kind, raw + page.end_markers)
    wall = None
    if page.method == "trafilatura" and page.blocks:
        wall = wall_after_text(page_text, page.blocks)
        if wall:  # left out by the extractor as furniture; clean.py makes it the text's gap
            page.blocks.append(("para", wall))
    if page.blocks and not (
        page.own_prose if wall is None and page.own_prose is not None else has_own_prose(root, page.blocks)
    ):
        # Navigation, listings, tag clouds: every line is the text of a link to somewhere else.
        page.flags.append("no_prose")
        page.blocks = []
    if page.blocks and profile is None:  # a Q&A page's text is an answer, dated by its own header
        lines = [raw for _, raw in page.blocks[:ANSWER_LINES]]
        page.published_at = answer_dates.answer_date(root, html, page_text, lines) or page.published_at
    if not page.published_at:
        page.published_at = page_dates.date_line(root) or page_dates.asctime_date(page_text[:20000])
    if not page.published_at:  # an editor's note taken off over the text, or the text's own lead
        notes = [piece["text"] for piece in page.removed if piece["rule"] in LEAD_DATE_RULES]
        page.published_at = page_dates.lead_date(
            notes + [text for _, text in page.blocks[:LEAD_BLOCKS]]
        ) or page_dates.record_date(notes)
    if not page.published_at and page.blocks and page_dates.labelled_month_day(page_text[:200000]) is None:
        # a date the page's script prints from its state, and the page prints no date of its own
        # (a labelled one without its year that matched no record is some other day)
        page.published_at = page_dates.state_publish_date(html)
    if not page.published_at and page.blocks:  # last: the day the page's own address is filed under
        page.published_at = page_dates.url_date(page.url)
    return page


RECORD_LABEL_CELL = re.compile(r"[:：][\s\u3000]*</t[dh]>")  # a "发布机构：" cell, as served
RECORD_FIELD_CELL = re.compile(r"<td[^>]*>\s*[\u4e00-\u9fff]{2,6}[:：]")  # a "发布时间：2023-06-12" cell


ANSWER_LINES = 6  # the text's first lines looked for in an answer's box (the question's may come first)
LEAD_DATE_RULES = ("admonition", "before_speech_section")  # boxes over the text that may date it
LEAD_BLOCKS = 3  # the text's own lead: its first lines


def generic_html(root, html: str, hidden: dict, page: ExtractedPage) -> str:
    """Ready `root` for the generic extractor: anti-copy elements out, layout tables turned into
    blocks (pipelines/tables.py). Returns the page as served: the extractor reads `root` itself
    (pipelines/main_text.py), the string is only measured (MAX_GENERIC_HTML_CHARS)."""
    if hidden:
        without_hidden(root, hidden, page)
    # (each step below only where the page as served has what it looks for: a string search is
    # far cheaper than a walk over a real page's tree)
    if "hidden" in html or "HIDDEN" in html:
        unclip(root)
    if CUSTOM_BLOCK_TAG.search(html):
        name_custom_blocks(root)
    if "<pre" in html or "<PRE" in html:
        unwrap_preformatted(root)
    if "mso-" in html:
        drop_note_references(root, page)
    if RECORD_LABEL_CELL.search(html) or RECORD_FIELD_CELL.search(html):
        for table in tables.record_tables(root):
            remove_element(table, "record_table", page)
    if FRAGMENT_LINK.search(html):
        for box in tables_of_contents(root):
            remove_element(box, "table_of_contents", page)
    if "<dd" in html or "<DD" in html:
        for field_list in tables.field_lists(root):
            remove_element(field_list, "field_list", page)
    for link in edit_links(root, "mw-editsection" in html):
        remove_element(link, "edit_link", page)
    if "admonition" in html or "custom-container" in html:
        for box in admonitions(root):
            remove_element(box, "admonition", page)
    if "todo" in html or "task-list" in html or "checkbox" in html:
        lowered = html.lower()  # a login form's checkbox alone must not pay for reading every class
        for item in todo_items(root, by_class="todo" in lowered or "task-list" in lowered):
            remove_element(item, "todo_list", page)
    turned = tables.unwrap_layout_tables(root)
    if turned:
        page.flags.append("layout_tables")
    if "<img" in html or "<IMG" in html:
        for caption in captions.named_captions(root):
            remove_element(caption, "figure_caption", page)
        for caption in captions.image_captions(root, keep=SPEECH_TITLE):
            remove_element(caption, "image_caption", page)
    drop_empty_inline(root)
    drop_heading_anchors(root)
    if "border" in html:
        heading_badges_unbordered(root)
    if "message" in html:
        prose_named_message(root)
    if "omment" in html:
        posts_named_comments(root)
    items_as_boxes(root)
    if "<section" in html:
        sections_as_paragraphs(root)
    drop_after_closing_break(root, page)
    drop_sections_around_speech(root, page)
    return html


# A clipping declaration ("overflow: hidden", "overflow-y:hidden !important"): the box shows what
# fits and the rest on "展开全文" or scroll; nothing in it is hidden from the reader.
OVERFLOW_HIDDEN = re.compile(r"overflow(?:-[xy])?\s*:\s*hidden\s*(?:!\s*important)?\s*;?", re.I)


def unclip(root) -> None:
    """Clipping taken out of the inline styles the generic extractor reads. trafilatura discards
    every element whose style says "hidden" (its OVERALL_DISCARD_XPATH), and a clipped box is
    not hidden: a folded article body (`height: 520px; overflow: hidden` under a 展开全文 or a
    follow-to-read mask), a layout wrapper with `overflow:hidden` to clear its floats. What is
    really hidden (display:none, zero size) was judged before (`layouts.hidden_elements`)."""
    for el in root.xpath("//*[contains(@style, 'hidden') or contains(@style, 'HIDDEN')]"):
        style = el.get("style")
        clipped = OVERFLOW_HIDDEN.sub("", style)
        if clipped != style and "hidden" not in clipped.lower():
            el.set("style", clipped)


# An editor's own element named after the HTML block it stands for (`<ne-p>`, `<ne-h2>`,
# `<x-li>`): as served, a custom element is inline to any reader of the tree but a browser with the
# site's stylesheet, so the editor's paragraphs would run together into one line of text.
CUSTOM_BLOCK_TAG = re.compile(r"<[a-z][a-z0-9]*-(?:p|h[1-6]|li|blockquote|pre)[\s>]", re.I)
CUSTOM_BLOCKS = frozenset(("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre"))


def name_custom_blocks(root) -> None:
    """Each custom element named `<prefix>-<block>` read as that block (`ne-p` as `p`)."""
    for el in root.iter():
        tag = el.tag
        if isinstance(tag, str) and "-" in tag:
            block = tag.rsplit("-", 1)[1].lower()
            if block in CUSTOM_BLOCKS:
                el.tag = block


# A note's reference in a Word export's text (`<a href="#_ftn1" style="mso-footnote-id:ftn1">[1]</a>`,
# endnotes `#_edn1`). Wikis' references (`#cite_note-3`) stay: the real pages' expected texts keep them.
NOTE_HREF = re.compile(r"^#_(?:ftn|edn)\d", re.I)
NOTE_MARK = re.compile(r"^[\[［(（]?\s*\d{1,3}\s*[\]］)）]?$")
# Word's list of the notes after the text (`<div style='mso-element:footnote-list'>`).
NOTE_LIST_STYLE = re.compile(r"mso-element\s*:\s*(?:footnote|endnote)-list", re.I)


EDIT_WORDS = re.compile(r"^\[?\s*(?:编辑|编辑源代码|编辑本段|修改|edit|edit source)\s*\]?$", re.I)


def edit_links(root, mediawiki: bool = True) -> list:
    """A wiki's "[编辑]" beside each section heading (MediaWiki's `span.mw-editsection`, or a link
    of that one word in a heading): the reader's tool, not the heading's words."""
    found = (
        root.xpath("//*[contains(concat(' ', normalize-space(@class), ' '), ' mw-editsection ')]")
        if mediawiki
        else []
    )
    for heading in root.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        for a in heading.iter("a"):
            if EDIT_WORDS.match(fold_spaces(a.text_content())) and not any(
                a is f or f in a.iterancestors() for f in found
            ):
                found.append(a)
    return outermost(found)


def outermost(elements: list) -> list:
    """The elements that are inside none of the others, in their order."""
    chosen = set(elements)
    return [el for el in elements if not any(a in chosen for a in el.iterancestors())]


# A docs generator's call-out box (Python-Markdown's and MkDocs Material's `div.admonition`,
# Docusaurus's `theme-admonition`, VuePress's `custom-container tip`): the editor's note, tip or
# warning beside a page's text ("编者按", "稿件信息", "本页为上篇"), never the text itself.
ADMONITION_CLASS = re.compile(r"(?:^|\s)(?:admonition|theme-admonition|custom-container)(?:\s|$)")


def admonitions(root) -> list:
    """The outermost call-out boxes of a docs page, when the page's text outweighs them (on a page
    that is all call-outs they are its text)."""
    found = outermost(
        [
            el
            for el in root.xpath(
                "//*[contains(@class, 'admonition') or contains(@class, 'custom-container')]"
            )
            if ADMONITION_CLASS.search(el.get("class") or "")
        ]
    )
    inside = sum(len(fold_spaces(el.text_content())) for el in found)
    body = root.find(".//body")
    total = len(fold_spaces(body.text_content())) if body is not None else 0
    return found if found and inside * 3 < total else []


# A to-do item of a notes or docs editor (Feishu's and Youdao's `data-block-type="todo"`, a
# Markdown task list's `li.task-list-item` with its checkbox): the writer's own list of things to
# do (会务待办, 会前准备), kept beside a text, never a speech's words. The heading right over the
# list goes with it.
TODO_CLASS = re.compile(r"(?:^|[\s-])todo(?:[\s-]|$)|(?:^|\s)task-list-item(?:\s|$)", re.I)


UPPER_TO_LOWER = "'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'"  # XPath 1.0's lower-casing


TOC_TITLE_CHARS = 8  # "文章目录", "本文目录", "Contents": the box's title beside its list


def tables_of_contents(root) -> list:
    """A blog's or a docs page's table of contents (Begin's 文章目录, a wiki's toc, a theme's
    outline): a list of two or more items, each nothing but a link to a place on this same page
    ("#title-0"), taken with the box around it when the box adds only its title. Its entries are
    the text's own headings printed again, before the text."""
    found = []
    for lst in root.xpath("//ul[li] | //ol[li]"):
        items = [li for li in lst if li.tag == "li"]
        if len(items) < 2:
            continue
        if not all(_only_a_link_on_the_page(li) for li in items):
            continue
        box, own = lst, len(fold_spaces(lst.text_content()))
        while (parent := box.getparent()) is not None and parent.tag not in ("body", "html"):
            if len(fold_spaces(parent.text_content())) - own > TOC_TITLE_CHARS:
                break
            box = parent
        found.append(box)
        title = box.getprevious()  # the box's title standing before it ("目录" over a wiki's list)
        if title is not None and isinstance(title.tag, str) and is_toc_title(title):
            found.append(title)
    return outermost(found)


# A link to a place on a page: "#title-0", or the page's own address with it (a plugin's table of
# contents over a text split into pages: "http://…/2208/#一、…", "…/2208/2/#三、…"); not a script
# router's "#/news/1" or "#!/…", which names a page.
FRAGMENT_LINK = re.compile(r"""href\s*=\s*["'][^"'#\s]*#[^/!"'\s]""")
FRAGMENT_HREF = re.compile(r"^[^#\s]*#[^/!\s]")


def is_toc_title(box) -> bool:
    """A table of contents' title box: a few words of its own ("文章目录"), its links at most a
    toggle's icon or word (Easy Table of Contents' "Toggle"), never a linked title."""
    if any(vocabulary.han_count(a.text_content()) for a in box.iter("a")):
        return False
    linked = len(fold_spaces("".join(a.text_content() for a in box.iter("a"))))
    return 0 < len(fold_spaces(box.text_content())) - linked <= TOC_TITLE_CHARS


def _only_a_link_on_the_page(item) -> bool:
    """A list item that is one link to a fragment of a page (its sub-list aside)."""
    links = [a for a in item.iter("a") if a.get("href") is not None]
    if not links or not all(FRAGMENT_HREF.match((a.get("href") or "").strip()) for a in links):
        return False
    text = fold_spaces("".join(t for t in item.itertext()))
    linked = fold_spaces("".join("".join(a.itertext()) for a in links))
    return bool(text) and len(linked) >= len(text) - 2


def todo_items(root, by_class: bool = True) -> list:
    """The outermost to-do items of the page, with a heading standing right before a run of them;
    the items marked by a class or block type looked for only when `by_class`."""
    checkbox_items = "//li[input[@type='checkbox']]"
    candidates = root.xpath(  # (TODO_CLASS reads both attributes case-blind)
        f"//*[contains(translate(@data-block-type, {UPPER_TO_LOWER}), 'todo')"
        f" or contains(translate(@class, {UPPER_TO_LOWER}), 'todo')"
        f" or contains(translate(@class, {UPPER_TO_LOWER}), 'task-list-item')] | {checkbox_items}"
        if by_class
        else checkbox_items
    )
    found = outermost(
        [
            el
            for el in candidates
            if (el.tag == "li" and el.find("input[@type='checkbox']") is not None)
            or TODO_CLASS.search((el.get("data-block-type") or "") + " " + (el.get("class") or ""))
        ]
    )
    inside = set(found)
    for item in [el for el in found if el.getprevious() not in inside]:
        before = item.getprevious()
        if before is not None and is_heading_block(before) and len(fold_spaces(before.text_content())) <= 20:
            found.append(before)
    return found


def is_heading_block(el) -> bool:
    """A heading element, or an editor's block marked as one (`data-block-type="heading h3"`)."""
    return el.tag in ("h1", "h2", "h3", "h4", "h5", "h6") or "heading" in (el.get("data-block-type") or "")


def remove_element(el, rule: str, page: ExtractedPage) -> None:
    """`el` out of the tree before the generic extractor reads it, its text recorded as removed
    (the marker with the text's end: `end_markers`)."""
    text = fold_spaces(el.text_content())
    if text:
        page.removed.append({"rule": rule, "text": text})
        page.end_markers += removal_marker(len(page.removed) - 1)
    el.drop_tree()  # keeps the element's tail: the text around it joins up again


def drop_note_references(root, page: ExtractedPage) -> None:
    """A Word export's footnote and endnote references out of the text ("…工作部署[1]，对…" reads
    "…工作部署，对…"), and Word's list of the notes after it: the notes are the publisher's
    apparatus, not the speaker's words. Each recorded as removed (`note_reference`, `notes`)."""
    for el in root.xpath("//*[contains(@style, 'mso-element')]"):
        if NOTE_LIST_STYLE.search(el.get("style") or "") and el.getparent() is not None:
            remove_element(el, "notes", page)
    for a in root.xpath("//a[@href or @style]"):
        href, style = a.get("href") or "", a.get("style") or ""
        is_note = NOTE_HREF.match(href) or "mso-footnote-id" in style or "mso-endnote-id" in style
        if is_note and NOTE_MARK.match(fold_spaces(a.text_content())) and a.getparent() is not None:
            remove_element(a, "note_reference", page)


AFTER_BREAK_SHARE = 0.5  # what follows the rule is short beside the speech before it


def short_tail_after(mark) -> list:
    """The elements after `mark` in its box, when they are short beside what stands before it
    (AFTER_BREAK_SHARE: a poster's matter after the speech, not more of it); else none."""
    after = [el for el in mark.itersiblings() if isinstance(el.tag, str)]
    after_chars = sum(len(fold_spaces(el.text_content())) for el in after)
    before_chars = sum(
        len(fold_spaces(el.text_content()))
        for el in mark.itersiblings(preceding=True)
        if isinstance(el.tag, str)
    )
    return after if after_chars <= AFTER_BREAK_SHARE * before_chars else []


def drop_after_closing_break(root, page: ExtractedPage) -> None:
    """A horizontal rule right after the speech's closing thanks separates the poster's own
    matter from the speech (a blogger's last words to his group, an appended script and its
    "附：" line): what follows it in the same box goes, each piece recorded as removed
    (`after_closing_break`), when it is short beside what stands before the rule."""
    for hr in root.iter("hr"):
        before = hr.getprevious()
        if before is None or not isinstance(before.tag, str):  # nothing, or a comment: no closing
            continue
        if not vocabulary.CLOSING_THANKS.search(fold_spaces(before.text_content())):
            continue
        after = short_tail_after(hr)
        if not after or (hr.tail or "").strip():
            continue
        for el in after:
            remove_element(el, "after_closing_break", page)
        return


def short_head_before(mark) -> list | None:
    """The elements before `mark` in its box (maybe none), when they are short beside what stands
    after it (AFTER_BREAK_SHARE: the page's matter before the speech's section, not more of the
    speech); else None."""
    before = [el for el in mark.itersiblings(preceding=True) if isinstance(el.tag, str)]
    before_chars = sum(len(fold_spaces(el.text_content())) for el in before)
    after_chars = sum(
        len(fold_spaces(el.text_content())) for el in mark.itersiblings() if isinstance(el.tag, str)
    )
    return before if before_chars <= AFTER_BREAK_SHARE * after_chars else None


def holds_only(parent, child) -> bool:
    """`parent` has no text of its own beside `child`'s (whitespace and empty elements aside)."""
    if (parent.text or "").strip():
        return False
    for other in parent:
        if (other.tail or "").strip():
            return False
        if other is not child and isinstance(other.tag, str) and other.text_content().strip():
            return False
    return True


def heading_box(heading):
    """The heading with the wrappers around it that hold nothing else (a page builder's widget
    boxes: Elementor's `elementor-widget-heading > elementor-widget-container > h2`)."""
    box = heading
    while (parent := box.getparent()) is not None and parent.tag not in ("body", "html"):
        if not holds_only(parent, box):
            break
        box = parent
    return box


def first_words(el) -> str:
    """The text of the first element in `el` (itself included) that holds words of its own."""
    for d in el.iter():
        if isinstance(d.tag, str) and d.text and d.text.strip():
            return fold_spaces(d.text_content())
    return ""


def opens_with_address(box) -> bool:
    """The speech's address ("同志们：") first in the box after `box` (a heading's box), or in the
    one after that (an editor's note on the copy between)."""
    following = [el for el in box.itersiblings() if isinstance(el.tag, str)][:2]
    return any(vocabulary.SALUTATION.match(first_words(el)) for el in following)


def drop_sections_around_speech(root, page: ExtractedPage) -> None:
    """A page about a speech that carries it as one section of its own (a 范文 note's 适用场景 and
    写作点评 around a 范文正文 section, a wiki article's lead, infobox, 背景 and 影响 around its
    讲话全文): the sections are told by their headings' places, not by their words.
    - The one heading whose section opens with the speech's address: what stands before it in
      the same box goes, with the heading (`before_speech_section`), when it is short beside what
      follows; a heading that is the speech's own title stays. Several such headings are several
      speeches (pipelines/split.py), left whole.
    - After the speech, a heading right after the speaker's closing thanks, or one the poster
      heads as his afterword ("后记", "写在后面"), opens the page's matter: it goes with what
      follows it in the box (`after_closing_section`, `poster_note`), when short beside the speech.
    A speech's own parts ("一、…") come after its address and before its thanks."""
    headings = root.xpath(".//h2 | .//h3 | .//h4")
    boxes = [heading_box(heading) for heading in headings]
    opening = [(h, box) for h, box in zip(headings, boxes, strict=True) if opens_with_address(box)]
    if len(opening) == 1 and (before := short_head_before(opening[0][1])) is not None:
        heading, box = opening[0]
        if not before and any(sib.tag == heading.tag for sib in box.itersiblings()):
            return  # a lone page's heading over the first of its parts: pipelines/split.py's
        if not vocabulary.SPEECH_TITLE_LINE.match(fold_spaces(heading.text_content())):
            before.append(box)
        for el in before:
            remove_element(el, "before_speech_section", page)
    opening = [h for h, _ in opening]
    for heading in headings:
        if heading.getparent() is None or heading in opening:
            continue
        if vocabulary.NOTE_HEADING.match(fold_spaces(heading.text_content())):
            rule = "poster_note"
        else:
            previous = heading.getprevious()
            if previous is None or not isinstance(previous.tag, str):
                continue
            if not vocabulary.CLOSING_THANKS.search(fold_spaces(previous.text_content())):
                continue
            rule = "after_closing_section"
        after = short_tail_after(heading)
        if after:
            for el in [heading, *after]:
                remove_element(el, rule, page)
            return


# An inline element holding nothing inside a paragraph: WordPress's `<p><span id="more-1187"></span>…`
# where a post's "read more" cut was, an empty `<b></b>` an editor left, a finance site's quote box
# after a company's name (`<a>青禾精密</a><span class="stockQuote"></span>在公司总部…`, filled by a
# script). trafilatura's precision setting loses the paragraph's text after one (the empty element's
# tail), so it goes, its tail kept. Not a link with an address, nor an icon inside a link.
EMPTY_INLINE = ("span", "b", "strong", "i", "em", "font", "u", "small", "a")
PARAGRAPHS = frozenset(("p", "div", "li", "td", "section", "blockquote"))


def items_as_boxes(root) -> None:
    """A list whose items hold paragraphs of their own is a run of boxes, not a list (NodeBB prints
    its posts as `<li component="post">`, each with its `<p>`s): read as `<div>`s, so the generic
    extractor keeps their paragraphs apart, in page order, instead of joining each into one
    "- …" item line."""
    for li in list(root.iter("li")):
        parent = li.getparent()
        if parent is None or parent.tag not in ("ul", "ol"):
            continue
        if sum(1 for p in li.iterdescendants("p") if p.text or len(p)) >= 2:
            parent.tag = "div"
            for item in parent:
                if item.tag == "li":
                    item.tag = "div"


# trafilatura drops every element whose class holds "message" (a site's flash message, its UI
# chrome) unless that would take nearly all of the page's text; a forum's post body is named so
# (Xiuno's `div.message`, XenForo's `message-body`, Discuz!'s `postmessage`), and a thread of
# twenty short replies keeps the guard from saving the first post. A box that holds sentences of
# prose is no flash message: its class is read without the word.
MESSAGE_WORD = re.compile(r"message", re.I)
MESSAGE_PROSE_CHARS = 200  # a flash message is a line; a post's body is paragraphs
PROSE_SENTENCES = 3
SENTENCE_MARKS = re.compile(r"[。！？；]")


def boxes_named(root, word: str, attributes: tuple[str, ...]) -> list:
    """The body's elements whose named attributes hold `word` (lower-case), any case."""
    tests = " or ".join(f"contains(translate(@{a},'{word.upper()}','{word}'),'{word}')" for a in attributes)
    return root.xpath(f"//body//*[{tests}]")


def unname_prose_boxes(boxes: list, word: re.Pattern, stand_in: str, attributes: tuple[str, ...]) -> None:
    """Each box holding sentences of prose gets `word` in its attributes replaced by `stand_in`."""
    for el in boxes:
        text = el.text_content()
        if len(text) >= MESSAGE_PROSE_CHARS and len(SENTENCE_MARKS.findall(text)) >= PROSE_SENTENCES:
            for name in attributes:
                if el.get(name):
                    el.set(name, word.sub(stand_in, el.get(name)))


def prose_named_message(root) -> None:
    unname_prose_boxes(boxes_named(root, "message", ("class",)), MESSAGE_WORD, "mesg", ("class",))


# trafilatura drops what its class or id calls a comment; a forum that names every post so
# (Invision Community's `div#comments` of `article.ipsComment`s) loses its first post with its
# replies. When the page's longest paragraph stands in such a box, the page is a thread of them (an
# article's comments stand under a text of its own): the boxes holding prose are read without the word.
COMMENT_WORD = re.compile(r"comment", re.I)
LONGEST_PARAGRAPH_MIN = 40  # a sentence or two: a page with no paragraph of prose is left alone


def posts_named_comments(root) -> None:
    named = boxes_named(root, "comment", ("class", "id"))
    if not named:
        return
    # a leaf paragraph's text is its own text (no child elements)
    leaves = (
        el for el in root.iter("p", "div", "td") if el.text and not any(isinstance(c.tag, str) for c in el)
    )
    longest = max(leaves, key=lambda el: len(el.text), default=None)
    if longest is None or len(longest.text) < LONGEST_PARAGRAPH_MIN:
        return
    boxes = set(named)
    if any(a in boxes for a in longest.iterancestors()):
        unname_prose_boxes(named, COMMENT_WORD, "cmnt", ("class", "id"))  # the thread's `div#comments` too


HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def drop_heading_anchors(root) -> None:
    """A heading's permalink anchor, a link to itself with no words (Hexo's and Sphinx's
    `<a class="headerlink" href="#一、…"></a>`, Markdown renderers' `#` icons): no link the reader
    follows. trafilatura's precision setting drops headings that hold a link, and with them a
    speech's own section headings ("一、先做一个爱读书的大人"); the anchor goes, its tail stays."""
    for a in list(root.iter("a")):
        if (
            (a.get("href") or "").startswith("#")
            and not "".join(a.itertext()).strip()
            and any(True for _ in a.iterancestors(*HEADINGS))
        ):
            a.drop_tree()


# A speech's numbered section heading ("一、清醒认识当前安全生产形势", "（二）…", "第三，…"), short.
SECTION_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[，,、])\s*\S"
)
SECTION_HEADING_CHARS = 40
BORDER_DECLARATION = re.compile(r"\bborder[-a-z]*\s*:[^;]*;?", re.I)


SECTION_BLOCKS = (
    "p",
    "div",
    "section",
    "table",
    "ul",
    "ol",
    "blockquote",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "figure",
    "img",
)


def sections_as_paragraphs(root) -> None:
    """A `<section>` holding only a run of text (WeChat's 135编辑器 and 秀米 print every paragraph so:
    `<section style="text-indent:2em"><span>同志们：</span></section>`) is a paragraph: trafilatura
    keeps a long one and drops a short one (the address, a section heading), so each is made a <p>.
    Only a styled one with no link: a site's own layout boxes (`<section class="crumbs">`) stay."""
    for el in root.iter("section"):
        if (
            el.get("style")  # an editor's paragraph carries its own style; a site's layout box a class
            and next(el.iterdescendants(*SECTION_BLOCKS, "a"), None) is None
            and el.text_content().strip()
        ):
            el.tag = "p"


def heading_badges_unbordered(root) -> None:
    """A speech's numbered section heading printed as a badge (WeChat's `<section style="…
    border-radius: 4px…"><p><strong>一、…</strong></p></section>`): trafilatura's precision setting
    drops every box whose style names a border, and the heading with it. The badge's border
    declarations go; a bordered box holding more than such a heading is left to trafilatura."""
    for el in root.xpath(".//*[contains(@style, 'border')]"):
        text = " ".join(el.text_content().split())
        if len(text) <= SECTION_HEADING_CHARS and SECTION_HEADING.match(text):
            el.set("style", BORDER_DECLARATION.sub("", el.get("style")))


def drop_empty_inline(root) -> None:
    empty = [
        el
        for el in root.iter(*EMPTY_INLINE)
        if len(el) == 0
        and not (el.text and el.text.strip())
        and el.tail
        and el.tail.strip()
        and not (el.tag == "a" and el.get("href"))
        and in_paragraph_not_link(el)
    ]
    for el in empty:
        el.drop_tag()  # its tail joins the text before it


def in_paragraph_not_link(el) -> bool:
    """Inside a paragraph and not inside a link: a link's own icon (`<a><i class="icon"></i>返回首页</a>`)
    stays, as trafilatura's link handling expects it."""
    for ancestor in el.iterancestors():
        if ancestor.tag == "a":
            return False
        if ancestor.tag in PARAGRAPHS:
            return True
    return False


WALL_REACH = 120  # characters after the end of the text a wall stands within (a button, a notice)
WALL_WORDS = 16  # characters either side of a wall's phrase that say what it walls


def wall_after_text(page_text: str, blocks: list[tuple[str, str]]) -> str | None:
    """A login/app/VIP/hidden-length wall standing right after the end of the extracted text in
    the page's reading order, when the extractor left it out as furniture; None when there is none.
    The last block may be the site's own source or copyright line printed under the wall, so the
    wall is looked for after each of the last two blocks."""
    texts = [t for t in (fold_spaces(without_markers(raw)) for _, raw in reversed(blocks)) if t][:2]
    if texts and vocabulary.TRUNCATION_WALL.search(texts[0]):
        return None  # the wall is in the text already: clean.py finds it there
    for last in texts:
        end = last[-12:]
        if len(end) < 4:
            continue
        at = page_text.find(end)
        if at < 0:
            continue
        m = vocabulary.TRUNCATION_WALL.search(page_text, at + len(end), at + len(end) + WALL_REACH)
        if m:
            # the words around it (the page's text is one line here): a members' download is no wall
            if vocabulary.only_a_download_offer(
                page_text[max(0, m.start() - WALL_WORDS) : m.end() + WALL_WORDS]
            ):
                return None
            return m.group(0)
    return None


def etree_html(root) -> str:
    from lxml import etree

    return etree.tostring(root, encoding="unicode", method="html")


def without_hidden(root, hidden: dict, page: ExtractedPage) -> None:
    """Take the page's anti-copy elements out of `root` before the generic extractor reads it,
    each recorded as removed; its marker goes with the text's end (`end_markers`: the extractor
    drops private-use characters, so none can stand where the piece was)."""
    for el, rule in hidden.items():
        remove_element(el, rule, page)


def extract_with_layout(root, page: ExtractedPage, layout: layouts.Layout, hidden: dict) -> None:
    """A page of a known CMS (pipelines/layouts.py): its content area, title and date."""
    page.site_layout = layout.name
    if layouts.is_replies_only(root, layout):
        page.flags.append("replies_only")  # a forum thread's later page: replies, no speech
        page.method = "layout"
        return
    content = layouts.first(root, layout.content)
    if content is None or isinstance(content, str):
        page.flags.append("no_content_area")
        return
    title = layouts.first(root, layout.title)
    if title is not None:
        page.title = fold_spaces(title if isinstance(title, str) else title.text_content()) or page.title
    date = layouts.first(root, layout.date)
    if date is not None:
        page.published_at = (
            parse_date(date if isinstance(date, str) else element_text(date)) or page.published_at
        )
    dropped = layout_dropped(content, layout, hidden)
    drop_sections_around_speech(content, page)  # a page builder's sections inside the CMS's area
    page.blocks = html_blocks(content, dropped, page.removed)
    for floor in layouts.continuation_floors(root, layout, content):  # the poster's text goes on
        page.blocks.extend(html_blocks(floor, layout_dropped(floor, layout, hidden), page.removed))
    page.method = "layout"
    # the lines of links the CMS's area ends with, as on the generic path: a post's file block
    # ("致辞全文（PDF）（186KB）下载"), its other language's link ("Versão portuguesa")
    trim_link_lines(page, link_text_pattern(root), head=False)


def layout_dropped(container, layout: layouts.Layout, hidden: dict) -> dict:
    """What goes from a layout's text area: anti-copy noise, captions, a table of contents and
    the layout's own furniture inside it."""
    dropped = {el: rule for el, rule in hidden.items() if _inside(el, container)}
    dropped.update(captions_in(container))
    dropped.update((el, "table_of_contents") for el in tables_of_contents(container))
    for expression in layout.drop:
        for el in layouts._xpath(container, expression) or []:
            if not isinstance(el, str):
                dropped.setdefault(el, expression)
    return dropped


def captions_in(container) -> dict:
    """The captions inside a content area, each with its rule: those its markup names, and the
    unmarked ones under their pictures (as the generic path takes them, generic_html)."""
    found = {el: "figure_caption" for el in captions.caption_elements(container)}
    found.update((el, "image_caption") for el in captions.image_captions(container, SPEECH_TITLE))
    return found


def _inside(el, container) -> bool:
    return el is container or any(parent is container for parent in el.iterancestors())


SPEECH_TITLE = vocabulary.SPEECH_TITLE_LINE.match  # a caption-like line that is the speech's own title stays

MIN_OWN_PROSE_HAN = 50  # as normalize.MIN_SPEECH_HAN: less than this is no speech


LINK_CARD_BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "span")


def link_text_pattern(root):
    """A pattern matching the text of any link on the page (the longest first), or None. A card
    that is one link around blocks (`<a class="column-card"><p>专栏名</p><p>￥29.90</p></a>`) reads
    as a line per block: each block's text is its link's text too."""
    texts = set()
    for a in root.iter("a"):
        texts.add(fold_spaces(a.text_content()))
        if len(a):
            texts.update(fold_spaces(el.text_content()) for el in a.iter(*LINK_CARD_BLOCKS) if el is not a)
    anchors = sorted((t for t in texts if len(t) >= 2), key=len, reverse=True)[:3000]
    return re.compile("|".join(re.escape(t) for t in anchors)) if anchors else None


def has_own_prose(root, blocks: list[tuple[str, str]], link_text=None) -> bool:
    """Whether the blocks hold enough text that is not the text of links on the page."""
    link_text = link_text if link_text is not None else link_text_pattern(root)
    han = 0
    for _, raw in blocks:
        text = fold_spaces(without_markers(raw))
        if link_text is not None:
            text = link_text.sub("", text)
        han += vocabulary.han_count(text)
        if han >= MIN_OWN_PROSE_HAN:
            return True
    return False


LINK_LINE_OWN_CHARS = 3  # what a line of links has besides them: separators, a date, a count
NOT_WORD = re.compile(r"[\W_\d]+")


def is_link_line(text: str, link_text) -> bool:
    """A line that is nothing but the text of links on the page (with separators, dates, counts)."""
    if link_text is None:
        return False
    folded = fold_spaces(without_markers(text))
    if not folded:
        return False
    left = link_text.sub("", folded)
    if not left.strip():
        return True  # the whole line is the text of links, words or not (a card's "￥29.90")
    rest = NOT_WORD.sub("", left)
    return len(rest) < LINK_LINE_OWN_CHARS and len(rest) < len(NOT_WORD.sub("", folded))


def trim_link_lines(page: ExtractedPage, link_text, head: bool = True) -> None:
    """Runs of link-only lines before the first and after the last line of the text's own prose
    (a menu row, a related-articles list, a tag row) are the page's furniture, not the text
    (`head` False: only those after it)."""
    blocks = page.blocks
    start, end = 0, len(blocks)
    while head and start < end and is_link_line(blocks[start][1], link_text):
        start += 1
    while end > start and is_link_line(blocks[end - 1][1], link_text):
        end -= 1
    end = tail_of_links(blocks, start, end, link_text)
    drop_link_blocks(page, set(range(start)) | set(range(end, len(blocks))))


SENTENCE_MARKS = re.compile(r"[。！？!?；;]")
TAIL_LABEL_CHARS = 24  # a related list's heading, a footer's site name or "Powered by …": short, no sentence
TAIL_LINK_LINES = 2


def tail_of_links(blocks: list[tuple[str, str]], start: int, end: int, link_text) -> int:
    """Where the text ends when its last lines are a related list and a footer printed as lines of
    the same box (a WAP page's `<p>`s and `<br/>`s): link lines, with short labels among and after
    them ("相关范文", "Powered by EmpireCMS"), at least TAIL_LINK_LINES of them links."""
    links, k = 0, end
    while k > start:
        text = fold_spaces(without_markers(blocks[k - 1][1]))
        if is_link_line(blocks[k - 1][1], link_text):
            links += 1
        elif not (0 < len(text) <= TAIL_LABEL_CHARS and not SENTENCE_MARKS.search(text)):
            break
        k -= 1
    if links < TAIL_LINK_LINES:
        return end
    # the run starts with its first link, or the one label right over it, never with a line of the text
    first_link = next(i for i in range(k, end) if is_link_line(blocks[i][1], link_text))
    return max(k, first_link - 1)


def drop_link_blocks(page: ExtractedPage, drop: set[int]) -> None:
    """The blocks at `drop` go as link_only, each leaving its removal marker where it stood."""
    if not drop:
        return
    kept: list[tuple[str, str]] = []
    for i, (kind, raw) in enumerate(page.blocks):
        if i not in drop:
            kept.append((kind, raw))
            continue
        page.removed.append({"rule": "link_only", "text": fold_spaces(raw)})
        kept.append(("para", markers_in(raw) + removal_marker(len(page.removed) - 1)))
    page.blocks = kept


LABELLED_LINK = re.compile(r"^[【\[［]\s*[^】\]］]{1,6}\s*[】\]］]\s*(?P<link>\S.*)$")
LINK_RUN = 2  # lines in a row, each a link to another page: a box of links, not a speech's lines
LINK_TEXT_CHARS = 80  # longer than a link's text: a line of prose


def cut_link_runs(page: ExtractedPage, root) -> None:
    """Inside the text, two or more lines in a row each the whole text of a link to another page
    (a 推荐阅读 / 相关文章 box between paragraphs, a column of site links) are the page's
    furniture. Links within the page (a table of contents) do not count: headings are theirs."""
    texts = [fold_spaces(without_markers(raw)) for _, raw in page.blocks]
    # a link's text is short and ends no sentence or address: "…（精选5篇）", not "同志们：" or "…。"
    short = [0 < len(text) <= LINK_TEXT_CHARS and text[-1] not in "。！？：:；;，," for text in texts]
    labelled = [
        LABELLED_LINK.match(text) if is_short else None for is_short, text in zip(short, texts, strict=True)
    ]
    if not any(a and b for a, b in zip(short, short[1:], strict=False)) and not any(labelled):
        return  # no two short lines in a row: no box of links (and no need to read the links)
    away = {
        fold_spaces(a.text_content())
        for a in root.iter("a")
        if (a.get("href") or "").strip()
        and not (a.get("href") or "").strip().startswith(("#", "javascript:"))
    }
    away.discard("")
    linked = [is_short and text in away for is_short, text in zip(short, texts, strict=True)]
    cut: set[int] = set()
    i = 0
    while i < len(linked):
        j = i
        while j < len(linked) and linked[j]:
            j += 1
        if j - i >= LINK_RUN:
            cut.update(range(i, j))
        i = max(j, i + 1)
    # one line, a label in brackets and a link's whole text: "【推荐】<a>在…会议上的讲话稿</a>"
    cut.update(i for i, m in enumerate(labelled) if m and m["link"].strip() in away)
    drop_link_blocks(page, cut)


def extract_with_profile(root, page: ExtractedPage, profile: Profile, hidden: dict | None = None) -> None:
    rules = profile.extract
    containers = select(root, rules.content)
    if not containers:
        page.flags.append("no_content_area")
        return
    content = containers[0]
    dropped = {el: rule for el, rule in (hidden or {}).items() if _inside(el, content)}
    dropped.update(captions_in(content))
    for selector in rules.drop:
        for el in select(content, selector):
            dropped[el] = selector
    page.blocks = html_blocks(content, dropped, page.removed)
    page.method = "profile"
    wanted = rules.next_page_text
    for el in select(root, rules.next_page):
        if (not wanted or wanted in element_text(el)) and el.get("href"):
            page.next_page = urljoin(page.url, el.get("href"))
            break


# trafilatura's settings, tried in turn until one finds prose of the page's own: precision first;
# then its balanced setting, which keeps shorter blocks; then with the blocks it takes for
# comments (a page that is a list of short posts: a comment list, a Q&A, a microblog).
GENERIC_TRIES = ({"favor_precision": True}, {}, {"include_comments": True})
# A first find shorter than trafilatura's MIN_EXTRACTED_SIZE may be a question over the answer that
# holds the page's text (a Q&A page's answers read as comments): a later try's is taken instead when
# it is SHORT_TEXT_GAIN times longer and holds a paragraph of LONG_PARAGRAPH_CHARS, twice the first
# find's longest (more prose, not the same prose with the page's menus around it).
SHORT_TEXT_GAIN = 3
LONG_PARAGRAPH_CHARS = 100


def longest_paragraph(blocks: list[tuple[str, str]]) -> int:
    return max((len(text) for _, text in blocks), default=0)


def holds_more_prose(text: str, blocks: list, short: tuple) -> bool:
    """Whether a later try's find (`text`, `blocks`) is more prose than the short first one."""
    short_text, _, short_blocks = short
    return len(text) >= SHORT_TEXT_GAIN * len(short_text) and longest_paragraph(blocks) >= max(
        LONG_PARAGRAPH_CHARS, 2 * longest_paragraph(short_blocks)
    )


def extract_generic(html: str, page: ExtractedPage, root=None) -> None:
    if len(html) > MAX_GENERIC_HTML_CHARS:
        page.flags.append("oversized")
        return
    doc, own_prose, link_text = None, None, None
    short = None  # (text, doc, blocks) of a first find too short to be sure of (a question)
    for settings in GENERIC_TRIES:
        # the parsed tree, not the string: trafilatura copies it and leaves `root` as it was
        found = main_text(root if root is not None else html, page.url, **settings)
        text = (getattr(found, "text", None) or "") if found is not None else ""
        if not text.strip():
            continue
        doc = found
        blocks = [("para", table_row_as_text(line)) for line in text.split("\n") if line.strip()]
        blocks = [block for block in blocks if block[1].strip()]
        if root is None:
            break
        if link_text is None:
            link_text = link_text_pattern(root)
        own_prose = has_own_prose(root, blocks, link_text)
        if not own_prose:
            continue
        if short is None and len(text) < min_extracted_size():
            short = (text, doc, blocks)  # try the wider settings
            continue
        if short is not None and not holds_more_prose(text, blocks, short):
            _, doc, blocks = short
        break
    else:
        if short is not None:
            _, doc, blocks = short
            own_prose = True
    if doc is None:
        page.flags.append("no_content_area")
        return
    page.blocks = blocks
    page.method = "trafilatura"
    page.own_prose = own_prose
    if own_prose:
        trim_link_lines(page, link_text)
        post = text_container.trim_outside(page, root)
        if post is not None:  # the poster's own later floors that go on with his text
            going_on = floors.later_floors(post, text_container.floors_of_its_thread(post))
        else:
            last = next(
                (t for t in (without_markers(raw).strip() for _, raw in reversed(page.blocks)) if t), ""
            )
            going_on = floors.floors_after_text(root, last)
        for floor in going_on:
            page.blocks.extend(html_blocks(floor, {}, page.removed))
        if post is None and not going_on:  # the text's later page boxes the extractor left unread
            unread = text_container.unread_boxes(root, page.blocks)
            for box in unread:
                page.blocks.extend(html_blocks(box, {}, page.removed))
            if (
                unread
                and "preview_cut" in page.flags
                and text_container.after_preview_notice(root, unread[-1])
            ):
                # the viewer's notice ("剩余3页未读，展开阅读全文") only folds pages the page holds
                page.flags.remove("preview_cut")
    if page.title and page.published_at:
        return
    # trafilatura's metadata, only for what our own steps did not find
    title, date = page_metadata(
        root if root is not None else html, page.url, not page.title, not page.published_at
    )
    if title:
        page.title = fold_spaces(title)
    date = parse_date(date) if date else None
    text = functools.cache(lambda: element_text(root) if root is not None else html)
    if (
        date
        and page_dates.evidenced(date, page.url, text, html)
        and not page_dates.a_member_s_date(date, text())
    ):
        page.published_at = date


TABLE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
TABLE_RULE = re.compile(r"^[\s|:\-]*$")


def table_row_as_text(line: str) -> str:
    """A data table's row as trafilatura prints it ("| a | b |", "|---|---|") as its cells' text."""
    m = TABLE_ROW.match(line)
    if not m:
        return line
    if TABLE_RULE.match(line):
        return ""
    return " ".join(cell.strip() for cell in m.group(1).split("|") if cell.strip())
