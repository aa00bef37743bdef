"""The Datasette plugin of `speech-archive browse` (registered by `crawler.browse.app` only).

- `filters_from_request`: `?_search=` on the documents table is `archive.search.match_clause`
  (Traditional converted, the trigram index for terms of 3+ characters, exact instr() checks,
  a scan for shorter ones), since Datasette's own FTS search sends phrase queries, which a
  detail=none index refuses. It also turns the table page's search box on.
- `extra_template_vars`: the document page's clean text cut at its paywall gaps and truncation
  (`archive.document_view.marked_text_segments`, as the HTML report shows them), removed pieces, URLs
  and versions.
- `asgi_wrapper`: before each request, a catalog file replaced by a commit (a new inode at the
  watched path) is opened afresh; an immutable database would otherwise keep reading the old,
  unlinked file for as long as the server runs.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from datasette import hookimpl
from datasette.database import Database
from datasette.filters import FilterArguments
from datasette.utils import tilde_decode

PLUGIN = "speech-archive"
DOCUMENTS = "documents"


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


@hookimpl
def extra_template_vars(template, database, table, view_name, request, datasette):
    if view_name != "row" or table != DOCUMENTS or not _is_catalog(datasette, database):
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
            await app(scope, receive, send)

        return wrapped

    return wrap
