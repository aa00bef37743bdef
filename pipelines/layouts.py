"""Where the text is on pages of the CMSs that carry most Chinese speech texts, as data.

A site with no profile is still usually built with one of a handful of systems, and each prints
its article body in the same place on every site: TRS WCM's `div.TRS_Editor`, Hanweb jcms's
`div#zoom` (with the `ArticleTitle`/`PubDate` meta tags both write), DedeCMS's
`div.viewbox div.content`, PHPCMS v9's `div#Article div.content`, WordPress's single-post
`div.entry-content`, and on a Discuz! thread the first post ("楼主") only: replies, signatures
and "本帖最后由…编辑" are not the speech, and a thread page without the first post holds replies.

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


DISCUZ_POSTS = "//div[@id='postlist']/div[starts-with(@id,'post_')]"
DISCUZ_FIRST_POST = DISCUZ_POSTS + "[.//*[starts-with(@id,'postnum')][contains(.,'楼主')]]"

LAYOUTS: tuple[Layout, ...] = (
    Layout(
        name="discuz",
        detect="//div[@id='postlist']//*[starts-with(@id,'postmessage_')]",
        content=DISCUZ_FIRST_POST + "//td[starts-with(@id,'postmessage_')]",
        title="//span[@id='thread_subject']",
        date=DISCUZ_FIRST_POST + "//em[starts-with(@id,'authorposton')]",
        drop=(".//*[contains(@class,'pstatus')]", ".//*[contains(@class,'sign')]", ".//div[@class='quote']"),
        replies_only="not(" + DISCUZ_FIRST_POST + ")",
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
NOISE_RULES = frozenset({"hidden_text", "jammer"})
JAMMER_CLASS = re.compile(r"(?:^|\s)jammer(?:\s|$)", re.I)


def hidden_rule(el) -> str | None:
    """ "hidden_text" / "jammer" when an element is anti-copy noise, else None."""
    if JAMMER_CLASS.search(el.get("class") or ""):
        return "jammer"
    style = el.get("style")
    if (style and HIDDEN_STYLE.search(style)) or el.get("hidden") is not None:
        return "hidden_text"
    return None


def hidden_elements(root) -> dict:
    """Every outermost anti-copy element under `root`, with its rule."""
    found = {}
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        rule = hidden_rule(el)
        if rule and not any(parent in found for parent in el.iterancestors()):
            found[el] = rule
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


def is_replies_only(root, layout: Layout) -> bool:
    return bool(layout.replies_only and _xpath(root, layout.replies_only) is True)
