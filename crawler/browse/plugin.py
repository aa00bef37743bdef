"""The Datasette plugin of `speech-archive browse` (registered by `crawler.browse.app` only).

- `filters_from_request`: `?_search=` on the documents table is `archive.search.match_clause`
  (Traditional converted, the trigram index for terms of 3+ characters, exact instr() checks,
  a scan for shorter ones), since Datasette's own FTS search sends phrase queries, which a
  detail=none index refuses. It also turns the table page's search box on.
- `extra_template_vars`: the document page's clean text cut at its paywall gaps and truncation
  (`archive.document_view.marked_text_segments`, as the HTML report shows them), removed pieces, URLs
  and versions.
- `register_routes`: `/-/search`, the search ranked by relevance with the matching passage marked:
  `archive.search.ranked`, the one ranking `speech-archive search` uses too.
- `extra_template_vars`: the documents list's short rows (a snippet, the flags), and the
  document page.
- `asgi_wrapper`: before each request, a catalog file replaced by a commit (a new inode at the
  watched path) is opened afresh; an immutable database would otherwise keep reading the old,
  unlinked file for as long as the server runs. A search typed into the documents table's box
  goes to the ranked search (`?_unranked=1` keeps Datasette's table, newest first, with facets).
- `handle_exception`: a request Datasette refuses (a rejected SQL query, a bad argument) is one
  log line, not a traceback with locals.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from datasette import Response, hookimpl
from datasette.database import Database
from datasette.filters import FilterArguments
from datasette.utils import tilde_decode
from datasette.utils.asgi import Base400
from datasette.views.base import DatasetteError
from markupsafe import Markup, escape

PLUGIN = "speech-archive"
DOCUMENTS = "documents"
SEARCH_PATH = "/-/search"
PAGE_SIZE = 20
LIST_SNIPPET_CHARS = 80  # the documents list: a line of the text, the rest on the document page
UNRANKED = "_unranked"  # ?_search=… on the documents table, as a filter, newest first
# Facet filters of the documents table that the ranked search takes as its own filters.
FACET_FILTERS = {"sites__arraycontains": "site", "flags__arraycontains": "flag", "truncated": "truncated"}
IGNORED_TABLE_ARGS = {"_sort", "_sort_desc", "_sort_by_desc", "_filter_column", "_filter_op", "_filter_value"}
logger = logging.getLogger("speech_archive.browse")
RANKED_HELP = (
    "Finds any text in titles and speeches (Simplified or Traditional script; several words separated "
    "by spaces must all occur). Most relevant first, as `speech-archive search` ranks: more of the "
    "words in the title, then more mentions in the text, then the earliest mention, then the newest."
)


def _config(datasette) -> dict:
    return datasette.plugin_config(PLUGIN) or {}


def _is_catalog(datasette, database: str | None) -> bool:
    return database == _config(datasette).get("database")


@hookimpl(trylast=True)  # last, so its search box setting wins over Datasette's own "no FTS here"
def filters_from_request(request, database, table, datasette):
    if table != DOCUMENTS or not _is_catalog(datasette, database):
        return None
    from archive.search import QueryError, match_clause, query_terms

    query = request.args.get("_search", "")
    context = {"supports_search": True, "search": query}
    if not query.strip():
        return FilterArguments([], {}, [], context)
    try:
        terms = query_terms(query)
    except QueryError as exc:  # said on the page, no rows (an exception would print a traceback)
        return FilterArguments(["0"], {}, [f"search refused: {exc}"], context)
    where, params = match_clause(terms, table=DOCUMENTS, prefix="sa_q")
    searched = " ".join(terms)
    described = f'search matches "{query}"' + (f' (as "{searched}")' if searched != query.strip() else "")
    return FilterArguments([where], params, [described], context)


def list_snippet(text: str | None, query: str = "") -> Markup:
    """A line of a document's text for the documents list: where the search matches, marked, or
    its beginning."""
    from archive.search import QueryError, query_terms, snippet

    terms = []
    if query.strip():
        try:
            terms = query_terms(query)
        except QueryError:
            pass
    if not terms:
        return Markup(escape(" ".join((text or "")[: LIST_SNIPPET_CHARS * 2].split())[:LIST_SNIPPET_CHARS]))
    body, marks = snippet(text or "", terms, context=LIST_SNIPPET_CHARS // 3)
    out, pos = [], 0
    for start, end in marks:
        if start >= pos:
            out += [escape(body[pos:start]), Markup("<mark>"), escape(body[start:end]), Markup("</mark>")]
            pos = end
    out.append(escape(body[pos:]))
    return Markup("").join(out)


@hookimpl
def extra_template_vars(template, database, table, view_name, request, datasette):
    if table != DOCUMENTS or not _is_catalog(datasette, database):
        return {}
    if view_name == "table":
        query = request.args.get("_search", "") if request else ""
        return {
            "speech_list": True,
            "list_snippet": lambda text: list_snippet(text, query),
            "list_flags": lambda flags: json.loads(flags or "[]"),
        }
    if view_name != "row":
        return {}

    async def document_view():
        from archive.document_view import marked_text_segments

        doc_id = tilde_decode(request.url_vars["pks"])
        db = datasette.get_database(database)
        row = (await db.execute("SELECT * FROM documents WHERE doc_id = ?", [doc_id])).first()
        if row is None:
            return {}
        doc = dict(row)
        doc["gaps"] = json.loads(doc.get("gaps") or "[]")
        urls = await db.execute(
            "SELECT * FROM urls WHERE doc_id = ? ORDER BY kind != 'canonical', url", [doc_id]
        )
        removed = await db.execute("SELECT rule, text FROM removed WHERE doc_id = ? ORDER BY seq", [doc_id])
        versions = await db.execute(
            "SELECT h.version, h.state, h.title, v.run_id, v.started_at, v.status"
            " FROM document_versions h LEFT JOIN versions v ON v.version = h.version"
            " WHERE h.doc_id = ? ORDER BY h.version",
            [doc_id],
        )
        return {
            "speech": {
                "doc_id": doc_id,
                "title": doc.get("title") or "(untitled)",
                "published_at": doc.get("published_at"),
                "sites": json.loads(doc.get("sites") or "[]"),
                "flags": json.loads(doc.get("flags") or "[]"),
                "chars": doc.get("chars"),
                "declared_chars": doc.get("declared_chars"),
                "omitted_chars": doc.get("omitted_chars"),
                "truncated": bool(doc.get("truncated")),
                "segments": marked_text_segments(doc),
                "urls": [dict(r) for r in urls.rows],
                "removed": [dict(r) for r in removed.rows],
                "versions": [dict(r) for r in versions.rows],
            }
        }

    return document_view


def _filters_from(args) -> tuple[str, object]:
    from archive.search import Filters

    def text(name: str) -> str | None:
        return (args.get(name) or "").strip() or None

    return (args.get("q") or "").strip(), Filters(
        text("site"), text("since"), text("until"), text("flag"), args.get("truncated") in ("1", "on")
    )


async def search_page(datasette, request):
    """`/-/search?q=…[&site=&since=&until=&flag=&truncated=1&page=N]`: ranked hits, marked."""
    from archive.search import QueryError, known_sites, marked_segments, ranked

    name = _config(datasette)["database"]
    db = datasette.get_database(name)
    query, filters = _filters_from(request.args)
    try:
        page = max(1, int(request.args.get("page") or 1))
    except ValueError:
        page = 1
    offset = (page - 1) * PAGE_SIZE
    hits, total, refused = [], 0, None
    if query:
        try:
            hits, total = await db.execute_fn(lambda conn: ranked(conn, query, filters, PAGE_SIZE, offset))
        except QueryError as exc:
            refused = str(exc)
            logger.warning("browse: search refused: %s", exc)
    sites = await db.execute_fn(known_sites)
    args = {k: request.args.get(k) for k in request.args.keys() if k != "page" and request.args.get(k)}

    def page_url(n: int) -> str:
        return f"{SEARCH_PATH}?{urlencode({**args, 'page': n})}"

    table_args = {"_search": query, UNRANKED: "1"}
    if filters.site:
        table_args["sites__arraycontains"] = filters.site
    if filters.flag:
        table_args["flags__arraycontains"] = filters.flag
    if filters.truncated:
        table_args["truncated"] = "1"
    context = {
        "database": name,
        "query": query,
        "filters": filters,
        "sites": sites,
        "help": RANKED_HELP,
        "refused": refused,
        "total": total,
        "total_exact": getattr(total, "exact", True),
        "offset": offset,
        "hits": [dict(vars(hit), pieces=marked_segments(hit)) for hit in hits],
        "search_path": SEARCH_PATH,
        "previous_url": page_url(page - 1) if page > 1 else None,
        "next_url": page_url(page + 1) if offset + len(hits) < total else None,
        "table_url": f"{datasette.urls.table(name, DOCUMENTS)}?{urlencode(table_args)}",
        "json_url": f"{datasette.urls.table(name, DOCUMENTS, format='json')}?{urlencode(table_args)}",
    }
    html = await datasette.render_template("speech-search.html", context, request=request, view_name="search")
    return Response.html(html, status=400 if refused else 200)


@hookimpl
def register_routes(datasette):
    return [(rf"^{SEARCH_PATH}$", search_page)]


def ranked_search_location(datasette, path: str, query_string: bytes) -> str | None:
    """Where a request for the documents table with a search goes instead: the ranked search,
    with the facet filters it takes; None to leave it to Datasette's table."""
    name = _config(datasette).get("database")
    if path != f"/{name}/{DOCUMENTS}":
        return None
    args = parse_qsl(query_string.decode("latin-1"), keep_blank_values=True)
    keys = {k for k, v in args}
    query = dict(args).get("_search", "").strip()
    if not query or UNRANKED in keys:
        return None
    ranked_args = {"q": query}
    for key, value in args:
        if key in FACET_FILTERS:
            ranked_args[FACET_FILTERS[key]] = value
        elif key == "year" and value.isdigit():
            ranked_args["since"] = ranked_args["until"] = value
        elif key != "_search" and key not in IGNORED_TABLE_ARGS:
            return None  # a filter the ranked search does not have: Datasette's table, as asked
    return f"{SEARCH_PATH}?{urlencode(ranked_args)}"


def _file_key(path: Path) -> tuple[int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_ino, st.st_mtime_ns, st.st_size


@hookimpl
def asgi_wrapper(datasette):
    config = _config(datasette)
    if not config.get("watch"):
        return None
    watched, name = Path(config["watch"]), config["database"]
    seen = {"key": _file_key(watched)}  # this server's own state, made per Datasette instance

    def follow_replaced_catalog() -> None:
        key = _file_key(watched)
        if key is None or key == seen["key"]:
            return
        seen["key"] = key
        # A new Database object, new connections (browse runs Datasette with num_sql_threads=0,
        # so connections belong to the Database, not to per-thread caches keyed by its name).
        if name in datasette.databases:
            datasette.remove_database(name)
        datasette.add_database(
            Database(datasette, path=str(watched), is_mutable=False), name=name, route=name
        )

    def wrap(app):
        async def wrapped(scope, receive, send):
            if scope.get("type") == "http":
                follow_replaced_catalog()
                location = ranked_search_location(
                    datasette, scope.get("path", ""), scope.get("query_string", b"")
                )
                if location is not None:
                    await Response.redirect(location).asgi_send(send)
                    return
            await app(scope, receive, send)

        return wrapped

    return wrap


@hookimpl
def handle_exception(datasette, request, exception):
    """Every error page of browse (Datasette's own handler is blocked by `crawler.browse.app`: it
    prints a traceback with locals for each refused request). A request Datasette refuses (400s,
    a rejected SQL query, a bad argument) is one log line; anything else is a bug, logged with
    its traceback. The page is Datasette's error page either way."""

    async def error_page():
        refused = isinstance(exception, Base400 | DatasetteError)
        status = getattr(exception, "status", 400) if refused else 500
        if isinstance(exception, Base400):
            message = exception.args[0]
        elif isinstance(exception, DatasetteError):
            message = exception.message
        else:
            message = str(exception)
        target = request.path + (f"?{request.query_string}" if request.query_string else "")
        if refused:
            logger.warning("browse: %s %s: %s", status, target, " ".join(str(message).split()))
        else:
            logger.error("browse: %s %s failed", status, target, exc_info=exception)
        info = {"ok": False, "error": message, "status": status, "title": getattr(exception, "title", None)}
        if request.path.endswith(".json"):
            return Response.json(info, status=status)
        if isinstance(exception, DatasetteError) and exception.message_is_html:
            info["error"] = Markup(message)
        template = datasette.jinja_env.select_template([f"{status}.html", "error.html"])
        html = await template.render_async(
            dict(info, urls=datasette.urls, app_css_hash=datasette.app_css_hash(), menu_links=lambda: [])
        )
        return Response.html(html, status=status)

    return error_page
