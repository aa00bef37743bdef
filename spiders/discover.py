"""Where else a site lists its pages, as crawlers look: sitemaps, feeds, `data-*` links, inline JSON.

Links in `<a href>` are not the only way a site names its pages:
- robots.txt `Sitemap:` lines, sitemap indexes and (gzipped) sitemaps: read with Scrapy's own
  sitemap support (`scrapy.utils.sitemap`, as `SitemapSpider` does);
- RSS/Atom feeds a page offers (`<link rel="alternate" type="application/rss+xml">`): their items;
- `data-*` attributes that carry a link (`data-href`, `data-url`, `data-link`, …), which a
  script turns into navigation;
- absolute URLs written inside inline scripts, however escaped (`\\/`, `\\u0026`, HTML entities
  over JSON in a string: WeChat's `var msgList = '{&quot;content_url&quot;:…}'`), as Heritrix's
  JavaScript extractor reads them: only the site's own URLs are fetched (the spider's choice);
- the state a server-rendered app embeds for its scripts: `<script type="application/json">`
  (Next.js `__NEXT_DATA__`), JSON-LD, `window.__INITIAL_STATE__ = {…}`, `window.__NUXT__ = …`.
  JSON is parsed as JSON and walked for strings that are URLs or site paths; a state that is
  JavaScript, not JSON (Nuxt's function call), is read for its string literals.

Pure functions over bytes or a parsel Selector; what is same-site and worth fetching is the
spider's choice (its own `candidate` / patterns).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from urllib.parse import unquote, urljoin

from lxml import etree
from parsel import Selector
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

MAX_SITEMAP_BYTES = 50 * 1024 * 1024  # the sitemaps.org limit for one uncompressed sitemap
FEED_TYPES = re.compile(r"application/(?:rss|atom|rdf)\+xml|application/feed\+json", re.I)
# `data-*` attributes whose value is a link by its name: data-href, data-url, data-link,
# data-article-url, data-target-href, data-path … (not data-src: images and scripts).
DATA_LINK_NAME = re.compile(r"^data-(?:[\w-]*[-_])?(?:href|url|link|path|permalink)$", re.I)
# Any other `data-*` attribute counts when its value is a URL or a root path of a page (a "load
# more" button's `data-next="/channel/2.html"`, `data-more`, `data-page-url`), unless its name or
# value says it is a picture, a script or a style (lazy-loaded images: data-original, data-lazy …).
DATA_RESOURCE_NAME = re.compile(
    r"src|img|image|pic|photo|icon|thumb|poster|cover|logo|avatar|bg|background|original|lazy|video|"
    r"audio|font|css|style|script|api",
    re.I,
)
RESOURCE_PATH = re.compile(
    r"\.(?:jpe?g|png|gif|webp|svg|ico|bmp|css|js|json|mp3|mp4|m4a|webm|woff2?|ttf|pdf|zip)(?:[?#].*)?$", re.I
)
# A string that names a page: an http(s) URL, or a path from the site's root. No spaces, no
# template or route placeholders (`/posts/[slug]`, `/a/{id}`), no protocol-relative `//cdn`.
URL_STRING = re.compile(r"^(?:https?://[^\s\"'<>]+|/(?!/)[^\s\"'<>\[\]{}]*)$", re.I)
MAX_URL_LENGTH = 500
# The state object a server-rendered app assigns for its scripts: `window.__INITIAL_STATE__ =`,
# `window.__NUXT__=`, `__PRELOADED_STATE__ =`, `window.__APOLLO_STATE__ =`.
STATE_ASSIGNMENT = re.compile(r"(?:window\.|var\s+|let\s+|const\s+|\b)(__[A-Za-z0-9_]+__)\s*=\s*")
JS_STRING = re.compile(r'"((?:[^"\\\n]|\\.){1,500})"')
# An absolute URL in script text once unescaped: it ends at a quote, a space, a bracket or a backslash.
SCRIPT_URL = re.compile(r"https?://[^\s\"'<>\\()\[\]{}]+", re.I)
JS_UNICODE_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
MAX_UNESCAPES = 3  # HTML-escaped JSON inside an HTML-escaped string: `&amp;amp;` is two levels
JSON_SCRIPT_TYPES = re.compile(r"^application/(?:ld\+)?json$", re.I)


# --- sitemaps -------------------------------------------------------------------------------
def robots_sitemaps(robots_body: bytes, robots_url: str) -> list[str]:
    """The sitemaps a robots.txt names (`Sitemap:` lines, relative ones resolved)."""
    return list(dict.fromkeys(sitemap_urls_from_robots(robots_body, base_url=robots_url)))


def sitemap_body(body: bytes, max_size: int = MAX_SITEMAP_BYTES) -> bytes | None:
    """The XML of a sitemap answer: gunzipped when the file is gzip (`sitemap.xml.gz`, whatever
    Content-Type the server gave it), None when it inflates past `max_size`."""
    if body[:2] == b"\x1f\x8b":
        try:
            return gunzip(body, max_size=max_size)
        except Exception:  # a broken or oversize gzip is an unreadable sitemap
            return None
    return body


def read_sitemap(body: bytes) -> tuple[str, list[dict]]:
    """(`urlset` | `sitemapindex`, its entries: `loc`, `lastmod`, …) of a sitemap's XML.

    Raises ValueError for a body that is no sitemap."""
    try:
        sitemap = Sitemap(body)
        entries = [entry for entry in sitemap if entry.get("loc")]
    except (etree.XMLSyntaxError, StopIteration) as exc:
        raise ValueError(f"not a sitemap ({exc.__class__.__name__})") from None
    if sitemap.type not in ("urlset", "sitemapindex"):
        raise ValueError(f"not a sitemap (root element {sitemap.type!r})")
    return sitemap.type, entries


def _elements(sel: Selector, path: str) -> list:
    """What `path` selects, read from the parsed tree itself: a parsel Selector around each of a
    real page's hundreds of `data-*` elements cost more than the rest of the link handling."""
    root = sel.root
    return root.xpath(path) if hasattr(root, "xpath") else []


# --- feeds ----------------------------------------------------------------------------------
def feed_urls(sel: Selector, base_url: str) -> list[str]:
    """The RSS/Atom feeds a page offers in its head (`<link rel="alternate" type="…+xml">`)."""
    found = []
    for link in _elements(sel, "//link[@href]"):
        rel = (link.attrib.get("rel") or "").lower().split()
        if "alternate" in rel and FEED_TYPES.search(link.attrib.get("type") or ""):
            found.append(urljoin(base_url, link.attrib["href"].strip()))
    return list(dict.fromkeys(found))


def feed_item_links(body: bytes, base_url: str) -> list[str]:
    """The item links of an RSS 2.0 / RSS 1.0 (RDF) / Atom feed, or of a JSON Feed."""
    stripped = body.lstrip()
    if stripped[:1] in (b"{", b"["):
        try:
            items = json.loads(stripped).get("items") or []
        except (ValueError, AttributeError):
            return []
        return [
            urljoin(base_url, i["url"])
            for i in items
            if isinstance(i, dict) and isinstance(i.get("url"), str)
        ]
    try:
        sel = Selector(body=body, type="xml")
    except Exception:
        return []
    sel.remove_namespaces()
    links = sel.xpath("//item/link/text()").getall()  # RSS 2.0 and RSS 1.0
    links += sel.xpath("//item[not(link)]/guid[not(@isPermaLink='false')]/text()").getall()
    for link in sel.xpath("//entry/link[@href]"):  # Atom: the entry's own page, not its feed
        if (link.attrib.get("rel") or "alternate") == "alternate":
            links.append(link.attrib["href"])
    return list(dict.fromkeys(urljoin(base_url, link.strip()) for link in links if link.strip()))


# --- links a script follows -----------------------------------------------------------------
def _is_url_string(value: str) -> bool:
    return len(value) <= MAX_URL_LENGTH and bool(URL_STRING.match(value))


# The `data-*` attributes themselves, not their elements: an element's other attributes (an
# `<svg>`'s xmlns, an `itemtype`, an `<img src>`, a form's `action`) name no page to read, and a
# proxy object per element cost more than the rest of the look.
DATA_ATTRIBUTES = "//body//@*[starts-with(name(), 'data-')]"


def data_attribute_links(sel: Selector, base_url: str) -> list[str]:
    """Links kept in `data-*` attributes (`<li data-href="/a/1.html">`, `data-url`, `data-link`), and
    page URLs in any other `data-*` attribute (`<button data-next="/list/2.html">`)."""
    found = []
    for value in _elements(sel, DATA_ATTRIBUTES):
        name = value.attrname  # lxml's attribute result knows its name
        value = value.strip()
        if not value or value.startswith(("#", "javascript:")):
            continue
        if DATA_LINK_NAME.match(name):
            if _is_url_string(value) or (" " not in value and "/" in value):
                found.append(urljoin(base_url, value))
        elif (
            _is_url_string(value)
            and not DATA_RESOURCE_NAME.search(name[5:])
            and not RESOURCE_PATH.search(value)
        ):
            found.append(urljoin(base_url, value))
    return list(dict.fromkeys(found))


def _strings_in(value) -> Iterator[str]:
    """Every string in a parsed JSON value, keys aside."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            yield item
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _state_values(script: str) -> Iterator[object]:
    """The JSON values a script assigns to `__NAME__` state variables; for a state that is not
    JSON (a function call, JS literals), its string literals."""
    decoder = json.JSONDecoder()
    for match in STATE_ASSIGNMENT.finditer(script):
        start = match.end()
        try:
            value, _ = decoder.raw_decode(script, start)
        except ValueError:
            end = script.find("</script", start)
            yield [_js_string(s) for s in JS_STRING.findall(script, start, end if end > 0 else len(script))]
            continue
        yield value


def _js_string(literal: str) -> str:
    """A double-quoted JS string literal's value (`\\u002F` and `\\/` as `/`)."""
    try:
        return json.loads(f'"{literal}"')
    except ValueError:
        return literal


PERCENT_ENCODED_JSON = re.compile(r"^%(?:7B|5B)", re.I)  # `{` or `[` through encodeURIComponent


def percent_decoded_json(text: str) -> str:
    """A JSON script as JSON: some apps (今日头条's `RENDER_DATA`) write it through
    encodeURIComponent, so that no `</script>` can close it early."""
    return unquote(text) if PERCENT_ENCODED_JSON.match(text) else text


def inline_json_links(sel: Selector, base_url: str) -> list[str]:
    """URLs and site paths named in the JSON a page embeds for its scripts."""
    values: list[object] = []
    for script in _elements(sel, "//script[not(@src)]"):
        text = "".join(script.xpath("./text()")).strip()
        if not text:
            continue
        if JSON_SCRIPT_TYPES.match((script.attrib.get("type") or "").strip()):
            try:
                values.append(json.loads(percent_decoded_json(text)))
            except ValueError:
                continue
        elif "__" in text:
            values.extend(_state_values(text))
    found = []
    for value in values:
        for string in _strings_in(value):
            string = string.strip()
            if _is_url_string(string) and string != "/":
                found.append(urljoin(base_url, string))
    return list(dict.fromkeys(found))


def _unescaped_script(text: str) -> str:
    """Script text with its string escapes undone: JS (`\\/`, `\\uXXXX`) and HTML entities, the
    latter as many levels deep as a page nests them."""
    text = JS_UNICODE_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text).replace("\\/", "/")
    for _ in range(MAX_UNESCAPES):
        unescaped = html.unescape(text)
        if unescaped == text:
            break
        text = unescaped
    return text


def script_string_urls(sel: Selector) -> list[str]:
    """Absolute http(s) URLs written anywhere in the page's inline scripts."""
    found = []
    for script in _elements(sel, "//script[not(@src)]/text()"):
        if "http" not in script:
            continue
        for m in SCRIPT_URL.finditer(_unescaped_script(script)):
            url = m.group(0).rstrip(".,;:!")
            if len(url) <= MAX_URL_LENGTH:
                found.append(url)
    return list(dict.fromkeys(found))


def scripted_links(sel: Selector, base_url: str) -> list[str]:
    """`data-*` links and inline-JSON links together (what a crawler without JavaScript misses)."""
    return list(dict.fromkeys(data_attribute_links(sel, base_url) + inline_json_links(sel, base_url)))
