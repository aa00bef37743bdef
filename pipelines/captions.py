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


# …or a sentence saying what the picture shows, signed by its photographer at the end: "5月22日，全国
# 农村供水高质量发展推进会在浙江湖州召开。 水利部网站 王海摄" (a ministry's TRS page), "…在会上讲话。
# （刘洋　摄）" (a county site): the credit makes it the picture's, whatever its length.
# a caption's credit at its end: "…（记者 王晓 摄）", "摄影：王晓", a file photo's "宣讲家网 资料图",
# "（新华社资料图片）"
PHOTO_CREDIT_END = re.compile(
    r"(?:[^\s。！？，,]{1,12}\s*摄|摄影\s*[:：/]\s*[^\s。]{1,12}|[^\s。！？，,]{0,12}\s*资料(?:图片?|照片))\s*[)）]?$"
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
        credited = len(text) <= NAMED_CAPTION_CHARS and PHOTO_CREDIT_END.search(text)
        if (
            text
            and (credited or (len(text) <= IMAGE_CAPTION_CHARS and not SENTENCE_END.search(text)))
            and (_centred(caption) and (_centred(holder) or holder.tag == "figure"))
            and not _bold(caption)
            and next(caption.iter("img", "a"), None) is None
            and not keep(text)
            and caption not in found
        ):
            found.append(caption)
    # a photo story (a blog's trip, each picture over its line): the lines are the text
    return found if len(found) <= MAX_IMAGE_CAPTIONS else []


# A caption box named as a picture's description rather than a "caption": "img-desc" (趣头条, 快资讯,
# UC, 36氪), "img_descr" (新浪), "image-desc" (企鹅号), "pic-txt" (环球网), "pic_tit" (光明日报's
# paper), "pgc-img-caption" (头条号). Read on the generic path too, where the page's own markup is all
# there is: a short box with no paragraph inside, its picture right before it or in its parent.
PICTURE_CAPTION_CLASS = re.compile(
    r"(?:^|[\s_-])(?:img|image|pic|picture|photo)[-_]?(?:descr?|description|caption|txt|text|tit|note)(?:$|[\s_-])",
    re.I,
)
NAMED_CAPTION_CHARS = 120
CAPTION_INNER_BLOCKS = ("p", "div", "section", "table", "ul", "ol")


def named_captions(root) -> list:
    """The boxes of `root` whose class names them a picture's caption (CAPTION_CLASS,
    PICTURE_CAPTION_CLASS), each short, holding no block of its own and standing by its picture:
    the picture in the element right before it, or beside it in its parent. None on a photo story
    (the captions hold as much text as the rest of the page)."""
    found = []
    for el in root.iter():
        names = el.get("class")
        if not names or not isinstance(el.tag, str) or el.tag.lower() == "figcaption":
            continue  # a figcaption: trafilatura leaves it out itself
        if not (CAPTION_CLASS.search(names) or PICTURE_CAPTION_CLASS.search(names)):
            continue
        text = " ".join((el.text_content() or "").split())
        if not text or len(text) > NAMED_CAPTION_CHARS or any(a in found for a in el.iterancestors()):
            continue
        if any(box is not el for box in el.iter(*CAPTION_INNER_BLOCKS)):
            continue  # a box of paragraphs: a picture-and-text block, not a caption
        if _by_its_picture(el):
            found.append(el)
    if not found:
        return []  # (the page's whole text is read only when there is something to weigh)
    caption_chars = sum(len(" ".join((el.text_content() or "").split())) for el in found)
    total = len(" ".join((root.text_content() or "").split()))
    return found if caption_chars * 2 < total else []


def _by_its_picture(el) -> bool:
    before = el.getprevious()
    if before is not None and isinstance(before.tag, str) and next(before.iter("img"), None) is not None:
        return True
    parent = el.getparent()
    return parent is not None and any(el not in img.iterancestors() for img in parent.iter("img"))
