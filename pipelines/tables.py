"""Layout tables read as blocks, not as rows of a grid.

Older portals and forums (and many government sites) lay the whole page out with <table>: the
menu is a row, the article a cell, a forum post a row of two cells (author | post). An extractor
that takes them for data prints each row as one line of `|`-joined cells, menu first. A table is
a *layout* table when it holds another table or a cell holding a passage of prose, when it has
one row or one column, or when most of its text is link text; such a table's rows and cells become plain blocks (<div>), so that each cell is
judged on its own (a row of menu links is link text, a cell of prose is text). A grid of short
cells (figures, a schedule) stays a table.
"""

from __future__ import annotations

import re

TABLE_PARTS = frozenset("table thead tbody tfoot tr td th caption".split())
PROSE_CELL_CHARS = 120  # a cell this long is a passage, not a datum
LINK_SHARE = 0.4  # a menu's links come with separators ("首页 - 新闻 - 体育"): well under all of its text
SPACE_AND_SEPARATORS = re.compile(r"[\s\xa0\u3000|｜/\-·•]+")


def _visible_chars(el) -> int:
    return len(SPACE_AND_SEPARATORS.sub("", el.text_content() or ""))


def is_layout_table(table) -> bool:
    rows = [r for r in table.iter("tr") if _own_part(r, table)]
    widths = {sum(1 for c in r if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")) for r in rows}
    if len(rows) < 2 or max(widths, default=0) < 2:
        return True  # one row (a menu bar, a frame) or one column (a stack of blocks): no grid
    text = _visible_chars(table)
    links = sum(_visible_chars(a) for a in table.iter("a"))
    if text and links >= LINK_SHARE * text:
        return True  # a grid of links (and their separators) is a menu or a listing, not data
    for el in table.iter():
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if el is table or not tag:
            continue
        if tag == "table":
            return True
        if tag in ("td", "th") and _visible_chars(el) >= PROSE_CELL_CHARS:
            return True
    return False


def unwrap_layout_tables(root) -> int:
    """Turn every layout table under `root` into nested <div>s; the number of tables turned."""
    turned = 0
    for table in list(root.iter("table")):
        if table.tag != "table":  # turned already, as part of a layout table's nested rows
            continue
        if not is_layout_table(table):
            continue
        turned += 1
        for el in [table, *table.iterdescendants()]:
            tag = el.tag.lower() if isinstance(el.tag, str) else ""
            if tag in TABLE_PARTS and (tag != "table" or el is table):
                if tag != "table" and not _own_part(el, table):
                    continue
                el.tag = "div"
                for attr in ("colspan", "rowspan", "cellpadding", "cellspacing", "border", "width", "height"):
                    el.attrib.pop(attr, None)
                if tag in ("td", "th"):
                    lines_to_paragraphs(el)
    return turned


BLOCKS = frozenset(
    "p div table ul ol dl li blockquote h1 h2 h3 h4 h5 h6 pre section article form hr center address".split()
)


def lines_to_paragraphs(cell) -> None:
    """A cell's text set in lines (text<br>text<br>) as paragraphs, as a page's own <p>s are:
    a line-broken cell is the page's text, and extractors look for paragraphs."""
    from lxml import etree

    children = list(cell)
    if sum(1 for c in children if isinstance(c.tag, str) and c.tag.lower() == "br") < 2:
        return
    nodes = []  # the cell's new children, in order
    para = None

    def text_into(text):
        nonlocal para
        if not text:
            return
        if para is None:
            para = etree.Element("p")
            para.text = ""
        if len(para):
            para[-1].tail = (para[-1].tail or "") + text
        else:
            para.text += text

    def close():
        nonlocal para
        if para is not None and ((para.text or "").strip() or len(para)):
            nodes.append(para)
        para = None

    text_into(cell.text)
    cell.text = None
    for child in children:
        tail, child.tail = child.tail, None
        tag = child.tag.lower() if isinstance(child.tag, str) else ""
        if tag == "br":
            close()
            cell.remove(child)
        elif tag in BLOCKS:
            close()
            nodes.append(child)
        else:
            if para is None:
                para = etree.Element("p")
                para.text = ""
            para.append(child)  # moves the inline element out of the cell
        text_into(tail)
    close()
    for node in nodes:
        cell.append(node)


def _own_part(el, table) -> bool:
    """Whether a row or cell belongs to `table` itself, not to a table nested inside it."""
    for parent in el.iterancestors():
        if parent is table:
            return True
        if isinstance(parent.tag, str) and parent.tag.lower() == "table":
            return False
    return False
