"""Captions attached to images, told by the markup that attaches them.

HTML gives a picture its caption with <figure>/<figcaption>; themes and CMSs that predate it mark
the caption box with a class naming it ("wp-caption-text", "image-caption", "pic-caption"). A
general extractor (trafilatura) already leaves figure captions out of the text; on a content area
a site profile or a known CMS layout names, they are dropped here the same way. On a photo story
the captions are the text: they stay when they hold as much text as the rest of the content.
"""

from __future__ import annotations

import re

CAPTION_CLASS = re.compile(r"(?:^|[\s_-])(?:wp-)?caption(?:-text)?(?:$|\s)", re.I)


def caption_elements(content) -> list:
    """The outermost caption elements inside `content` (none on a photo story)."""
    found = []
    for el in content.iter():
        if not isinstance(el.tag, str) or el is content:
            continue
        tag = el.tag.lower()
        if tag != "figcaption" and not CAPTION_CLASS.search(el.get("class") or ""):
            continue
        if any(parent in found for parent in el.iterancestors()):
            continue
        if (el.text_content() or "").strip():
            found.append(el)
    caption_chars = sum(len((el.text_content() or "").strip()) for el in found)
    total = len((content.text_content() or "").strip())
    return found if caption_chars * 2 < total else []


# A caption printed as the paragraph under its picture, with no markup naming it (WeChat's editor,
# news CMSs' `<p align="center"><img></p><p align="center">会议现场</p>`): a short line, no
# sentence, centred as the picture is, right after a block that holds the picture and no text.
IMAGE_CAPTION_CHARS = 30
SENTENCE_END = re.compile(r"[。！？!?；;：:]")
CENTRED = re.compile(r"text-align\s*:\s*center", re.I)
BLOCKS = frozenset(("p", "div", "section", "center", "figure"))
# A speech's page shows a picture or a few (the meeting, the speaker); a page of many pictures each
# over its line is a photo story, whose lines are its text.
MAX_IMAGE_CAPTIONS = 5


def _centred(el) -> bool:
    return (
        el.tag == "center"
        or (el.get("align") or "").lower() == "center"
        or bool(CENTRED.search(el.get("style") or ""))
    )


def _only_a_picture(el) -> bool:
    return (
        el.tag in BLOCKS and not (el.text_content() or "").strip() and next(el.iter("img"), None) is not None
    )


def _bold(el) -> bool:
    return any(True for _ in el.iter("strong", "b", "h1", "h2", "h3", "h4"))


def image_captions(root, keep=lambda text: False) -> list:
    """The unmarked captions of `root`'s pictures: each a centred block of one short line with no
    sentence and nothing bold (a title under a banner is bold or a heading), right after a centred
    block holding only a picture. `keep(text)` spares a line that is the text's own (its title).
    None on a photo story (more than MAX_IMAGE_CAPTIONS of them)."""
    found = []
    for img in root.iter("img"):
        holder = img.getparent()
        while holder is not None and holder.tag not in BLOCKS:
            holder = holder.getparent()
        if holder is None or not _only_a_picture(holder):
            continue
        caption = holder.getnext()
        if caption is None or not isinstance(caption.tag, str) or caption.tag not in BLOCKS:
            continue
        text = " ".join((caption.text_content() or "").split())
        if (
            text
            and len(text) <= IMAGE_CAPTION_CHARS
            and not SENTENCE_END.search(text)
            and (_centred(caption) and (_centred(holder) or holder.tag == "figure"))
            and not _bold(caption)
            and next(caption.iter("img", "a"), None) is None
            and not keep(text)
            and caption not in found
        ):
            found.append(caption)
    # a photo story (a blog's trip, each picture over its line): the lines are the text
    return found if len(found) <= MAX_IMAGE_CAPTIONS else []
