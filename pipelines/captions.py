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
