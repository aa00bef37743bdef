"""trafilatura's main-text extraction on the tree extract.py has already parsed, and its metadata
only where the page's own title and date were not found.

Why not `bare_extraction(html_string, with_metadata=True)`: that parses the page again and runs
trafilatura's whole metadata pass (author, site name, categories, tags, licence, htmldate) on every
page, about a quarter of the generic path's time, for a title and a date our own steps find on
nearly every page. trafilatura copies a tree it is handed before changing it, so the caller's tree
is left as it was.
"""

from __future__ import annotations

import functools
import re
from contextlib import contextmanager


def main_text(tree, url: str, favor_precision: bool = False, include_comments: bool = False):
    """trafilatura's Document for the main text of `tree` (an lxml.html tree; left unchanged), or
    None when it finds none.

    trafilatura's own extractor first (`fast`: without its readability and jusText comparison,
    about a third of its time); the comparison runs only when that finds no text or less than
    trafilatura's MIN_EXTRACTED_SIZE (250 characters), the length under which trafilatura itself
    takes a text for a short or failed extraction and calls on its fallbacks."""
    found = _bare_extraction(tree, url, favor_precision, include_comments, fast=True)
    text = (getattr(found, "text", None) or "") if found is not None else ""
    if len(text.strip()) >= min_extracted_size():
        return found
    return _bare_extraction(tree, url, favor_precision, include_comments, fast=False)


@functools.cache
def min_extracted_size() -> int:
    from trafilatura.settings import DEFAULT_CONFIG

    return DEFAULT_CONFIG.getint("DEFAULT", "MIN_EXTRACTED_SIZE")


def _bare_extraction(tree, url: str, favor_precision: bool, include_comments: bool, fast: bool):
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            tree,
            url=url if url.startswith("http") else None,
            fast=fast,
            favor_precision=favor_precision,
            include_comments=include_comments,
            include_tables=True,
            with_metadata=False,
            deduplicate=False,
        )
    except (RecursionError, ValueError, TypeError):
        return None


@contextmanager
def namespace_urls_hidden(root):
    """The root's namespace declarations set aside while htmldate reads the tree: their URLs are
    no dates, but a Word export's `xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"`
    reads to htmldate as 1 December 2004. Put back as they were, in their order."""
    attributes = list(root.attrib.items())
    declared = [name for name, _ in attributes if name == "xmlns" or name.startswith("xmlns:")]
    if not declared:
        yield
        return
    for name in declared:
        del root.attrib[name]
    try:
        yield
    finally:
        root.attrib.clear()
        for name, value in attributes:
            root.set(name, value)


# htmldate's last resort for a date it cannot read itself is dateparser, set up by htmldate for
# every one of dateparser's ~200 locales: each call tries the string against all of them, and the
# first pages a process reads pay for compiling each locale's patterns (43 against 33 ms a real page
# over the first 158 pages, 29.4 against 28.4 after). The pages here are Chinese, their dates
# written in Chinese or in figures and English month names; the same 158 real pages give the same
# dates with these two languages only. htmldate's own settings for it, kept as they are.
DATE_LANGUAGES = ["zh", "en"]
HTMLDATE_EXTERNAL_SETTINGS = {
    "NORMALIZE": True,
    "PARSERS": ["custom-formats", "absolute-time"],
    "PREFER_DATES_FROM": "past",
    "PREFER_LOCALE_DATE_ORDER": True,
    "RETURN_AS_TIMEZONE_AWARE": False,
    "STRICT_PARSING": True,
}


@functools.cache
def dates_in_page_languages() -> None:
    """htmldate's dateparser (its `get_external_parser`) limited to DATE_LANGUAGES, once a process."""
    from dateparser import DateDataParser
    from htmldate import extractors

    if not callable(getattr(extractors, "get_external_parser", None)):
        return  # another htmldate: its own parser stays
    parser = DateDataParser(languages=DATE_LANGUAGES, settings=HTMLDATE_EXTERNAL_SETTINGS)
    extractors.get_external_parser = lambda: parser


@contextmanager
def other_times_hidden(tree):
    """The boxes that print the page's last edit (page_dates.edit_time_boxes) and the page's own
    footer (page_dates.page_footer_boxes) set aside while htmldate reads the tree: a docs page's or
    a wiki's edit time is not when its text was given, nor the server's clock or copyright years
    in a footer. Put back where they were, tails and all."""
    from pipelines.page_dates import edit_time_boxes, page_footer_boxes

    found = edit_time_boxes(tree) + page_footer_boxes(tree)
    boxes = [box for box in dict.fromkeys(found) if not any(a in found for a in box.iterancestors())]
    aside = []
    for box in boxes:
        parent = box.getparent()
        aside.append((parent, parent.index(box), box, box.tail))
        box.tail = None
        parent.remove(box)
    try:
        yield
    finally:
        for parent, index, box, tail in reversed(aside):
            parent.insert(index, box)
            box.tail = tail


# An ISO time with a fraction of a second ("2024-11-09T03:40:12.000Z", as Ghost, Next.js and most
# JavaScript stacks print `article:published_time`): htmldate 1.11 reads none of it and falls
# back on the first date in the body, a related post's. The fraction is no part of a day.
ISO_FRACTION = re.compile(r"^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})\.\d{1,9}")


@contextmanager
def meta_times_whole_seconds(tree):
    """The head's meta elements' ISO times without their fraction of a second while htmldate
    reads the tree (ISO_FRACTION); put back as they were. The page's own times are in its head;
    the body's (a Q&A page's `itemprop="dateCreated"` per answer) are left as they were."""
    changed = []
    for meta in tree.iterfind("head/meta[@content]"):
        content = meta.get("content")
        if "T" in content and (m := ISO_FRACTION.match(content)):
            changed.append((meta, content))
            meta.set("content", m.group(1) + content[m.end() :])
    try:
        yield
    finally:
        for meta, content in changed:
            meta.set("content", content)


def page_metadata(page, url: str, want_title: bool = True, want_date: bool = True):
    """(title, date) of `page` (the parsed tree, left unchanged, or HTML) as trafilatura's metadata
    pass (`bare_extraction(..., with_metadata=True)`) finds them, each only when wanted (None
    otherwise): the same steps, less the author, site name, categories, tags and licence it would
    look for too."""
    from htmldate import find_date
    from trafilatura.metadata import examine_meta, extract_meta_json, extract_title, extract_url
    from trafilatura.settings import Extractor
    from trafilatura.utils import load_html

    dates_in_page_languages()

    options = Extractor(url=url if url.startswith("http") else None, with_metadata=True)
    try:
        tree = load_html(page)
        if tree is None:
            return None, None
        metadata = examine_meta(tree)
        try:
            metadata = extract_meta_json(tree, metadata)
        except Exception:  # as trafilatura: a bug in its JSON-LD reading costs the JSON-LD only
            pass
        if want_title and not metadata.title:
            metadata.title = extract_title(tree)
        if want_date:
            # the page's own URL (og:url, canonical) tells htmldate a date in the path; htmldate
            # works on a copy of a tree it is handed
            metadata.url = metadata.url or extract_url(tree, options.url)
            with namespace_urls_hidden(tree), meta_times_whole_seconds(tree), other_times_hidden(tree):
                metadata.date = find_date(tree, **{**options.date_params, "url": metadata.url})
        metadata.clean_and_trim()
    except (RecursionError, ValueError, TypeError):
        return None, None
    return (metadata.title if want_title else None), (metadata.date if want_date else None)
