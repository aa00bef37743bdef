"""The one HTML parser of the extract step: lxml.html's, with its element classes chosen in C.

lxml.html's own parser picks each element's Python class by calling a Python method
(`HtmlElementClassLookup.lookup`, for its form and input classes) every time an element is first
touched from Python: thousands of calls a page, in our steps and in trafilatura's, which reads the
tree we hand it (and its copies, which keep the parser). A default-class lookup gives every element
`lxml.html.HtmlElement` (text_content, drop_tree, what trafilatura checks for) without that call:
about 8 % of trafilatura's time on the real pages, the same text out."""

from __future__ import annotations


def html_parser():
    """A new parser (lxml parsers are not shared between threads): recover, comments and
    processing instructions out, no network, huge_tree off (libxml2 stops at depth 256)."""
    from lxml import etree
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser(
        recover=True, huge_tree=False, remove_comments=True, remove_pis=True, no_network=True
    )
    parser.set_element_class_lookup(
        etree.ElementDefaultClassLookup(
            element=lxml_html.HtmlElement,
            comment=lxml_html.HtmlComment,
            pi=lxml_html.HtmlProcessingInstruction,
            entity=lxml_html.HtmlEntity,
        )
    )
    return parser
