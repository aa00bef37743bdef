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


OWN_ROWS = "./tr | ./tbody/tr | ./thead/tr | ./tfoot/tr"


def _cells(row) -> list:
    return [c for c in row if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]


# A record's label cell: a short name and its colon ("索 引 号：", "发布机构：", "名　　称：").
RECORD_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,8}[:：]$")
# …or a label and its value in one cell ("发布时间：2023-06-12", a document library's info table).
RECORD_FIELD = re.compile(r"^[\u4e00-\u9fff]{2,6}[:：][^。！？!?]{1,40}$")


def record_tables(root) -> list:
    """Tables that are a record of the page, not its text: every row a label cell or more
    ("索引号：", "发布机构：", "成文日期：") beside its value, as government portals print their
    信息公开 metadata over the document. A data table's cells are values, not "name：" labels."""
    found = []
    for table in root.iter("table"):
        if table.find(".//table") is not None:
            continue
        rows = table.xpath(OWN_ROWS)
        if len(rows) < 2:
            continue
        for row in rows:
            cells = _cells(row)
            texts = [SPACE_AND_SEPARATORS.sub("", c.text_content()) for c in cells]
            labels = sum(1 for text in texts if RECORD_LABEL.match(text))
            fields = sum(1 for text in texts if RECORD_FIELD.match(text))
            if fields == len(texts):
                continue  # every cell a field with its value ("发布时间：2023-06-12", a document library's)
            if not labels or len(cells) < 2 * labels:
                break
        else:
            found.append(table)
    return found


FIELD_TERM_CHARS = 8  # a field's name: "报告人", "日期", "详细信息"
FIELD_VALUE_CHARS = 60  # a field's value: a name with its office, a date, a source


def field_lists(root) -> list:
    """Definition lists that are a record of the page, not its text: short terms beside short
    values ("报告人: 陈国栋（理事长）", "日期: 2023年11月11日"), as Sphinx prints a document's field
    list under its heading and Joomla its article info. A glossary's or a FAQ's definitions are
    passages, longer than a value."""
    found = []
    for dl in root.iter("dl"):
        if dl.find(".//dl") is not None:
            continue
        terms = [el for el in dl if el.tag == "dt"]
        values = [el for el in dl if el.tag == "dd"]
        if len(values) < 2 or len(terms) + len(values) != len([el for el in dl if isinstance(el.tag, str)]):
            continue
        if all(_visible_chars(t) <= FIELD_TERM_CHARS for t in terms) and all(
            0 < _visible_chars(v) <= FIELD_VALUE_CHARS
            and not SENTENCE_END.search(v.text_content().strip()[:-1])
            for v in values
        ):
            found.append(dl)
    return found


SENTENCE_END = re.compile(r"[。！？!?]")  # inside a value: a sentence goes on, a passage


def is_layout_table(table, rows: list) -> bool:
    if table.find(".//table") is not None:
        return True  # a table inside a table: a page frame, not a grid of data
    if len(rows) < 2 or not any(len(_cells(r)) >= 2 for r in rows):
        return True  # one row (a menu bar, a frame) or one column (a stack of blocks): no grid
    text = _visible_chars(table)
    links = len(SPACE_AND_SEPARATORS.sub("", "".join(table.xpath(".//a//text()"))))
    if text and links >= LINK_SHARE * text:
        return True  # a grid of links (and their separators) is a menu or a listing, not data
    return any(_visible_chars(cell) >= PROSE_CELL_CHARS for row in rows for cell in _cells(row))


def _built_alike(table, rows: list) -> list:
    """The tables beside `table` (same parent) sharing a class with it and of its shape (the cells
    of each row): a forum prints every floor as the same table (MOP's `tz_table`, the first floor
    `tz_table tz_lz`), so a floor of one short reply is laid out as the first's long post is."""
    classes = set((table.get("class") or "").split())
    shape = [len(_cells(row)) for row in rows]
    parent = table.getparent()
    if not classes or parent is None:
        return []
    return [
        other
        for other in parent.iterchildren("table")
        if other is not table
        and classes & set((other.get("class") or "").split())
        and [len(_cells(row)) for row in other.xpath(OWN_ROWS)] == shape
    ]


def unwrap_layout_tables(root) -> int:
    """Turn every layout table under `root` into nested <div>s; the number of tables turned.
    Outer tables first: a table nested in a layout table is judged on its own."""
    turned = 0
    alike: set = set()  # tables of the same kind beside a layout table (a forum's floors)
    for table in list(root.iter("table")):
        rows = table.xpath(OWN_ROWS)
        if table not in alike and not is_layout_table(table, rows):
            continue
        # (only a table with a class has kin to find: most layout tables have none)
        if table.get("class") and any(
            _visible_chars(cell) >= PROSE_CELL_CHARS for row in rows for cell in _cells(row)
        ):
            alike.update(_built_alike(table, rows))  # a post's floor: its kind are floors too
        turned += 1
        parts = [table, *(el for el in table if isinstance(el.tag, str) and el.tag.lower() in TABLE_PARTS)]
        for row in rows:
            parts.append(row)
            parts.extend(_cells(row))
        for el in parts:
            tag = el.tag.lower()
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
