"""Where the text is on pages of the CMSs that carry most Chinese speech texts, as data.

A site with no profile is still usually built with one of a handful of systems, and each prints
its article body in the same place on every site: TRS WCM's `div.TRS_Editor`, Hanweb jcms's
`div#zoom` (with the `ArticleTitle`/`PubDate` meta tags both write), DedeCMS's
`div.viewbox div.content`, PHPCMS v9's `div#Article div.content`, WordPress's single-post
`div.entry-content`, Founder's e-paper (ENP) `founder-content` and `founder-title`, and on a
Discuz! thread the first post ("楼主") only: replies, signatures and "本帖最后由…编辑" are not the
speech, and a thread page without the first post holds replies (save the first poster's own
floors that say they go on with his text: pipelines/floors.py).

Each layout is recognised by markup the software itself writes (never by a URL); a page no layout
matches goes to trafilatura. Anti-copy noise that hides inside the text is listed here too:
inline CSS that hides an element, and Discuz!'s "jammer" text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Layout:
    name: str
    detect: str  # XPath: true on pages of this software that hold one article
    content: str  # XPath of the content area (first match)
    title: str | None = None  # XPath of the title (element or attribute)
    date: str | None = None
    drop: tuple[str, ...] = ()  # XPaths, relative to the content area, of page furniture inside it
    replies_only: str | None = None  # XPath true on a page of replies (no article on it)
    # A forum's posts (XPath, in page order): the first post's author may go on with the text in
    # later floors of his own (pipelines/floors.py).
    posts: str | None = None


DISCUZ_POSTS = "//div[@id='postlist']/div[starts-with(@id,'post_')]"
# The thread's first post: "楼主" in Discuz! X's floor link ("樓主" in its Traditional-script
# packs, Hong Kong's and Taiwan's boards), "1#" in Discuz! 7's (later pages start at 11#), "1楼"
# where a board's own template counts floors in words (小木虫's).
DISCUZ_FIRST_POST = (
    DISCUZ_POSTS + "[.//*[starts-with(@id,'postnum')][contains(.,'楼主') or contains(.,'樓主')"
    " or normalize-space(.)='1#' or normalize-space(.)='1楼' or normalize-space(.)='1樓']]"
)

BBPRESS_POSTS = (
    "//div[@id='bbpress-forums']//li[contains(concat(' ',normalize-space(@class),' '),' bbp-body ')]"
    "/div[contains(concat(' ',normalize-space(@class),' '),' hentry ')]"
)
BBPRESS_TOPIC = BBPRESS_POSTS + "[contains(concat(' ',normalize-space(@class),' '),' type-topic ')]"

LAYOUTS: tuple[Layout, ...] = (
    Layout(
        name="discuz",
        detect="//div[@id='postlist']//*[starts-with(@id,'postmessage_')]",
        content=DISCUZ_FIRST_POST + "//td[starts-with(@id,'postmessage_')]",
        title="//span[@id='thread_subject']",
        date=DISCUZ_FIRST_POST + "//em[starts-with(@id,'authorposton')]",
        drop=(".//*[contains(@class,'pstatus')]", ".//*[contains(@class,'sign')]", ".//div[@class='quote']"),
        replies_only="not(" + DISCUZ_FIRST_POST + ")",
        posts=DISCUZ_POSTS,
    ),
    Layout(
        name="trs_wcm",
        detect="//div[contains(concat(' ',normalize-space(@class),' '),' TRS_Editor ')]",
        content="//div[contains(concat(' ',normalize-space(@class),' '),' TRS_Editor ')]",
        title="//meta[@name='ArticleTitle']/@content",
        date="//meta[@name='PubDate']/@content",
    ),
    Layout(
        name="hanweb_jcms",
        detect="//div[@id='zoom'][//meta[@name='ArticleTitle']]",
        content="//div[@id='zoom']",
        title="//meta[@name='ArticleTitle']/@content",
        date="//meta[@name='PubDate']/@content",
    ),
    Layout(
        name="dedecms",
        detect="//div[contains(@class,'viewbox')]//div[contains(concat(' ',normalize-space(@class),' '),' content ')]",
        content="//div[contains(@class,'viewbox')]//div[contains(concat(' ',normalize-space(@class),' '),' content ')]",
        title="//div[contains(@class,'viewbox')]//div[@class='title']//h2",
        date="//div[contains(@class,'viewbox')]//div[@class='info']",
        drop=(".//div[contains(@class,'dede_pages')]",),
    ),
    Layout(
        name="phpcms",
        detect="//div[@id='Article']/div[contains(concat(' ',normalize-space(@class),' '),' content ')]",
        content="//div[@id='Article']/div[contains(concat(' ',normalize-space(@class),' '),' content ')]",
        title="//div[@id='Article']/h1/text()[1]",
        date="//div[@id='Article']/h1/span",
        drop=(".//div[@id='pages']",),
    ),
    Layout(
        # Founder's e-paper (方正 数字报 / ENP) marks an article's parts with its own tags.
        name="founder_enp",
        detect="//founder-content",
        content="//founder-content",
        title="//founder-title",
    ),
    Layout(
        # bbPress, WordPress's forum plugin, inside the theme's one entry: the topic's own post
        # (`type-topic`, on its first page only), not the thread around it; later pages hold replies.
        name="bbpress",
        detect="//div[@id='bbpress-forums']//ul[contains(concat(' ',normalize-space(@class),' '),' bbp-replies ')]",
        content=BBPRESS_TOPIC
        + "/div[contains(concat(' ',normalize-space(@class),' '),' bbp-reply-content ')]",
        date="(//div[@id='bbpress-forums']//li[contains(@class,'bbp-body')]"
        "//span[contains(@class,'bbp-reply-post-date')])[1]",
        replies_only="not(" + BBPRESS_TOPIC + ")",
        posts=BBPRESS_POSTS,
    ),
    Layout(
        # Discuz! 6 / 7's Archiver (`/archiver/tid-N.html`, the text copy it serves search engines):
        # every post a bare "<p class="author"><strong>name</strong> 发表于 time</p>" line, then its
        # text as <br> lines, all in one `div#content`; the first poster's posts are the text, another
        # poster's header starts the replies (clean.cut_later_messages).
        name="discuz_archiver",
        detect="//div[@id='content'][p[@class='author']]/following-sibling::div[@id='end']",
        content="//div[@id='content']",
        title="//div[@id='content']/h3[1]",
        date="//div[@id='content']/p[@class='author'][1]",
        # a later page of the thread: its first post is under no subject (page 1's opens with it)
        replies_only="not(//div[@id='content']/p[@class='author'][1]/following-sibling::*[1][self::h3])",
    ),
    Layout(
        name="wordpress",
        # One post on the page: an archive or home page prints one entry per post.
        detect="count(//article//div[contains(concat(' ',normalize-space(@class),' '),' entry-content ')]) = 1"
        " and //body[contains(concat(' ',normalize-space(@class),' '),' single ')]",
        content="//article//div[contains(concat(' ',normalize-space(@class),' '),' entry-content ')]",
        title="//article//h1[contains(@class,'entry-title')]",
        date="//article//time[contains(@class,'entry-date')]/@datetime",
        drop=(
            ".//div[contains(@class,'sharedaddy')]",
            ".//div[contains(@class,'jp-relatedposts')]",
            ".//div[contains(@class,'page-links')]",
        ),
    ),
)

# Anti-copy noise inside the text: elements hidden by inline CSS and Discuz!'s jammer text
# (random characters in a <font class="jammer"> or a hidden <span>, visible to copy, not to eyes).
HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:\.0+)?(?:px|pt|em|rem|%)?\s*(?:;|$|!)"
    r"|(?:^|;)\s*(?:width|height)\s*:\s*0(?:px)?\s*;[^;]*overflow\s*:\s*hidden",
    re.I,
)
NOISE_RULES = frozenset(
    {"hidden_text", "jammer", "figure_caption", "image_caption"}
)  # recorded under their own name
JAMMER_CLASS = re.compile(r"(?:^|\s)jammer(?:\s|$)", re.I)


def hidden_rule(el, hidden_classes: frozenset = frozenset()) -> str | None:
    """ "hidden_text" / "jammer" when an element is anti-copy noise, else None (`hidden_classes`:
    the classes the page's own stylesheet hides, `stylesheet_hidden_classes`)."""
    classes = el.get("class") or ""
    if JAMMER_CLASS.search(classes):
        return "jammer"
    style = el.get("style")
    if (style and HIDDEN_STYLE.search(style)) or el.get("hidden") is not None:
        return "hidden_text"
    if hidden_classes and classes and not hidden_classes.isdisjoint(classes.split()):
        return "hidden_text"
    return None


# The same anti-copy pieces hidden by a class the page's <style> block hides (`.sy_jm{display:none}`,
# the site's name and address inside every paragraph) rather than by their own style attribute. Only
# a rule of the page's top level whose selector is one class (`.x`, `span.x`): a rule inside
# `@media` hides for some screens only, a descendant selector for some places only. Not `font-size:0`
# there: a stylesheet sets it on a row of inline boxes to close the gaps between them, each box
# setting its own size again (WeChat's `.rich_media_meta_list`).
SHEET_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
STYLE_BLOCK = re.compile(r"<style\b[^>]*>(.*?)</style\s*>", re.I | re.S)
CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
CSS_NESTED_BLOCK = re.compile(r"@[^{};]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}")  # @media, @supports …
CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
ONE_CLASS_SELECTOR = re.compile(r"^\s*(?:[a-z][a-z0-9]*)?\.(-?[_a-z][\w-]*)\s*$", re.I)


def stylesheet_hidden_classes(html: str) -> frozenset:
    if "<style" not in html and "<STYLE" not in html:
        return frozenset()
    classes = set()
    for sheet in STYLE_BLOCK.findall(html):
        sheet = CSS_NESTED_BLOCK.sub("", CSS_COMMENT.sub("", sheet))
        for selectors, declarations in CSS_RULE.findall(sheet):
            if SHEET_HIDDEN.search(declarations):
                classes.update(
                    m[1] for selector in selectors.split(",") if (m := ONE_CLASS_SELECTOR.match(selector))
                )
    return frozenset(classes)


# A hidden element that holds paragraphs of prose is not anti-copy noise but a container a script
# shows once the page has loaded (WeChat's `#js_content` ships with `visibility: hidden`; lazy
# article bodies and "expand" panels likewise): its text is the page's text. Anti-copy pieces are
# short and sit inside a paragraph; a hidden menu or tab of links is link text, not prose.
REVEALED_MIN_HAN = 200
REVEALED_MIN_BLOCKS = 2
REVEALED_PAGE_HAN = 60  # one page's text layer of several: a few lines
REVEALED_LINE_HAN = 30  # an anti-copy piece is a few characters; a line of the text is a sentence or more
REVEALED_BLOCKS = frozenset("p div section article li blockquote h1 h2 h3 h4 h5 h6 table".split())


def is_revealed_container(el, min_han: int = REVEALED_MIN_HAN) -> bool:
    """Whether a hidden element is a block of the page's prose a script reveals, not noise
    (`min_han`: the prose it must hold; less for one page of a document's several)."""
    from pipelines.vocabulary import han_count

    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if tag not in REVEALED_BLOCKS:
        return False
    blocks = 0
    for child in el.iter():
        if child is el or not isinstance(child.tag, str):
            continue
        # a block, or a line of prose in an inline element: a document viewer's text layer prints
        # each paragraph as a <span> in a box hidden until its page image loads (文档网's phone pages)
        if child.tag.lower() in REVEALED_BLOCKS or han_count(child.text or "") >= REVEALED_LINE_HAN:
            blocks += 1
            if blocks >= REVEALED_MIN_BLOCKS:
                break
    if blocks < REVEALED_MIN_BLOCKS:
        return False
    text = el.text_content()
    han = han_count(text)
    if han < min_han:
        return False
    link_han = sum(han_count(a.text_content()) for a in el.iter("a"))
    return link_han * 2 < han


def hidden_elements(root, hidden_classes: frozenset = frozenset()) -> dict:
    """Every outermost anti-copy element under `root`, with its rule (a hidden container of prose
    is not one: it is looked into, and only the noise inside it is taken)."""
    from pipelines.vocabulary import han_count

    found = {}
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        rule = hidden_rule(el, hidden_classes)
        if not rule or any(parent in found for parent in el.iterancestors()):
            continue
        if not (el.text_content() or "").strip():
            continue  # hides nothing a reader could copy: no noise to take out
        if rule == "hidden_text" and is_revealed_container(el):
            continue
        found[el] = rule
    # A document viewer hides each page's text layer until that page's image loads: alike hidden
    # boxes (same tag and class), each of lines of prose, are the text together when together
    # they hold a text's worth, though each page alone holds less.
    alike: dict[tuple, list] = {}
    for el, rule in found.items():
        if rule == "hidden_text" and el.get("class"):
            alike.setdefault((el.tag, el.get("class")), []).append(el)
    for group in alike.values():
        if len(group) < 2 or not all(is_revealed_container(el, REVEALED_PAGE_HAN) for el in group):
            continue
        if sum(han_count(el.text_content()) for el in group) >= REVEALED_MIN_HAN:
            for el in group:
                del found[el]
    return found


def _xpath(root, expression: str):
    try:
        return root.xpath(expression)
    except Exception:  # an expression the document cannot answer is no match
        return []


def detect_layout(root) -> Layout | None:
    for layout in LAYOUTS:
        found = _xpath(root, layout.detect)
        if found is True or (isinstance(found, list) and found):
            return layout
    return None


def first(root, expression: str | None):
    if not expression:
        return None
    found = _xpath(root, expression)
    if isinstance(found, list):
        return found[0] if found else None
    return found or None


def continuation_floors(root, layout: Layout, content) -> list:
    """The text areas of the later posts in which the first post's author goes on with its text
    ("（接上楼）": pipelines/floors.py), in page order."""
    from pipelines.floors import later_floors

    if not layout.posts:
        return []
    posts = [post for post in _xpath(root, layout.posts) if not isinstance(post, str)]
    first = next((post for post in posts if content is post or content in post.iterdescendants()), None)
    return later_floors(first, posts) if first is not None else []


def is_replies_only(root, layout: Layout) -> bool:
    return bool(layout.replies_only and _xpath(root, layout.replies_only) is True)


NOSCRIPT_TEXT_MIN = 200  # characters: a page's text, not a "please enable JavaScript" notice
OUTSIDE_NOSCRIPT = (
    "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]"
)


def text_only_in_noscript(root) -> bool:
    """The body holds its text only inside `<noscript>` (Flarum's view for readers without scripts,
    a script-rendered app's fallback): a reader without scripts sees that text, so it is the page's.
    Where the body has text of its own outside them, the `<noscript>` boxes are only notices
    ("请启用 JavaScript") and go with the scripts."""
    if not any(len("".join(box.itertext()).strip()) >= NOSCRIPT_TEXT_MIN for box in root.iter("noscript")):
        return False
    return sum(len(t.strip()) for t in root.xpath(OUTSIDE_NOSCRIPT)) < NOSCRIPT_TEXT_MIN
