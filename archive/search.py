"""Full-text search over an archive's catalog (`archive.catalog`): the SQL of a query, ranked hits.

A query is one or more terms (split on white space), all of which a document's title or text must
contain. Terms are converted to Simplified script first (the archive keeps Simplified text), so a
query typed in Traditional finds the text. A term of three or more characters is looked up in the
trigram index (the AND of its trigrams, since a detail=none index takes no phrase queries) and
every term is then checked exactly with instr(); a query whose terms are all shorter than three
characters cannot use the index and scans the documents instead.

`match_clause` is shared by `speech-archive search` and the Datasette view (`browse`).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

MIN_INDEXED_CHARS = 3  # the trigram index finds substrings of at least this many characters
MAX_QUERY_CHARS = 200
SNIPPET_CONTEXT = 40  # characters either side of the first match


class QueryError(ValueError):
    """A query or filter the catalog cannot take; its message is one clear line."""


@dataclass(frozen=True)
class Filters:
    site: str | None = None
    since: str | None = None  # YYYY-MM-DD, inclusive, on the published date
    until: str | None = None
    flag: str | None = None
    truncated: bool = False


@dataclass
class Hit:
    doc_id: str
    title: str | None
    site: str | None
    sites: list[str]
    published_at: str | None
    url: str | None
    urls: list[str]
    truncated: bool
    flags: list[str]
    snippet: str
    marks: list[tuple[int, int]] = field(default_factory=list)  # matched spans within `snippet`


def query_terms(query: str) -> list[str]:
    """The query's terms in Simplified script; QueryError when there is nothing to search for."""
    from pipelines.normalize import to_simplified

    if "\x00" in query:
        raise QueryError("the query contains a NUL character")
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"the query is {len(query)} characters long; at most {MAX_QUERY_CHARS} are searched")
    terms = list(dict.fromkeys(to_simplified(query).split()))
    if not terms:
        raise QueryError("the query is empty")
    return terms


def trigram_expression(terms: list[str]) -> str | None:
    """An FTS5 query: every trigram of every term long enough, each quoted, ANDed."""
    trigrams: dict[str, None] = {}
    for term in terms:
        for i in range(len(term) - MIN_INDEXED_CHARS + 1):
            trigrams[term[i : i + MIN_INDEXED_CHARS]] = None
    if not trigrams:
        return None
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in trigrams)


def _contains(column: str, param: str, term: str) -> str:
    # The trigram index folds case; instr() does not, so compare lowered text when it matters.
    if term.lower() != term.upper():
        return f"instr(lower({column}), lower(:{param})) > 0"
    return f"instr({column}, :{param}) > 0"


def match_clause(terms: list[str], table: str = "documents", prefix: str = "q") -> tuple[str, dict]:
    """SQL (a WHERE condition on `table`, the catalog's documents) and its named parameters."""
    clauses, params = [], {}
    expression = trigram_expression(terms)
    if expression is not None:
        params[f"{prefix}_fts"] = expression
        clauses.append(
            f"{table}.n IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH :{prefix}_fts)"
        )
    for i, term in enumerate(terms):
        name = f"{prefix}{i}"
        params[name] = term
        clauses.append(
            f"({_contains(f'{table}.title', name, term)} OR {_contains(f'{table}.text', name, term)})"
        )
    return " AND ".join(clauses), params


def parse_day(value: str | None, *, end: bool = False) -> str | None:
    """YYYY, YYYY-MM or YYYY-MM-DD as the first (or, with `end`, last) day it names."""
    if value is None:
        return None
    text = value.strip()
    try:
        if re.fullmatch(r"\d{4}", text):
            return f"{text}-12-31" if end else f"{text}-01-01"
        if re.fullmatch(r"\d{4}-\d{2}", text):
            first = date.fromisoformat(f"{text}-01")
            if not end:
                return first.isoformat()
            following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return date.fromordinal(following.toordinal() - 1).isoformat()
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise QueryError(f"not a date: {value!r} (use YYYY-MM-DD, YYYY-MM or YYYY)") from None


def filter_clause(filters: Filters, table: str = "documents") -> tuple[str, dict]:
    clauses, params = [], {}
    if filters.site:
        clauses.append(f"EXISTS (SELECT 1 FROM json_each({table}.sites) WHERE value = :f_site)")
        params["f_site"] = filters.site
    if filters.flag:
        clauses.append(f"EXISTS (SELECT 1 FROM json_each({table}.flags) WHERE value = :f_flag)")
        params["f_flag"] = filters.flag
    since, until = parse_day(filters.since), parse_day(filters.until, end=True)
    if since and until and since > until:
        raise QueryError(f"--since {filters.since} is after --until {filters.until}")
    if since:
        clauses.append(f"{table}.published_date >= :f_since")
        params["f_since"] = since
    if until:
        clauses.append(f"{table}.published_date <= :f_until")
        params["f_until"] = until
    if filters.truncated:
        clauses.append(f"{table}.truncated = 1")
    return " AND ".join(clauses) or "1", params


def snippet(text: str, terms: list[str], context: int = SNIPPET_CONTEXT) -> tuple[str, list[tuple[int, int]]]:
    """A window of `text` around the first match, on one line, and the matched spans in it."""
    folded = text.lower()
    found = [(folded.find(t.lower()), t) for t in terms]
    found = [(pos, t) for pos, t in found if pos >= 0]
    if not found:
        window, start = text[: 2 * context], 0
    else:
        pos, term = min(found)
        start = max(0, pos - context)
        window = text[start : pos + len(term) + context]
    prefix = "…" if start > 0 else ""
    suffix = "…" if start + len(window) < len(text) else ""
    window = re.sub(r"\s+", " ", window)  # same length: one white space for one
    body = prefix + window + suffix
    marks = []
    lowered = body.lower()
    for term in terms:
        at = lowered.find(term.lower())
        while at >= 0:
            marks.append((at, at + len(term)))
            at = lowered.find(term.lower(), at + len(term))
    return body, sorted(marks)


def search(path: Path, query: str, filters: Filters = Filters(), limit: int = 20) -> tuple[list[Hit], int]:
    """Ranked hits (title matches first, then the texts that mention the query earliest, newest
    first) and the number of documents matching in all."""
    import json

    terms = query_terms(query)
    where, params = match_clause(terms, "d")
    where_filters, filter_params = filter_clause(filters, "d")
    params.update(filter_params)
    title_hits = " + ".join(_contains("d.title", f"q{i}", t) for i, t in enumerate(terms))
    # Where the first term first occurs: counting every occurrence (replace() over each text) cost
    # ten times the search itself on common words (bench: search).
    first_at = "instr(d.text, :q0)"
    sql = (
        "SELECT d.doc_id, d.title, d.site, d.sites, d.published_at, d.url, d.truncated, d.flags"
        f" FROM documents d WHERE {where} AND {where_filters}"
        f" ORDER BY ({title_hits}) DESC, {first_at} = 0, {first_at}, d.published_date DESC, d.doc_id"
        " LIMIT :limit"
    )
    params["limit"] = int(limit)
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = db.execute(sql, params).fetchall()
        # counted apart: a window count(*) over the ranked query made it four times slower
        total = db.execute(
            f"SELECT count(*) FROM documents d WHERE {where} AND {where_filters}",
            {k: v for k, v in params.items() if k != "limit"},
        ).fetchone()[0]
        hits = []
        for doc_id, title, site, sites, published, url, truncated, flags in rows:
            # the text is read for the hits shown only: sorting every match with it is the slow part
            (text,) = db.execute("SELECT text FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
            urls = [r[0] for r in db.execute("SELECT url FROM urls WHERE doc_id = ? ORDER BY url", (doc_id,))]
            body, marks = snippet(text or "", terms)
            hits.append(
                Hit(
                    doc_id=doc_id,
                    title=title,
                    site=site,
                    sites=json.loads(sites or "[]"),
                    published_at=published,
                    url=url,
                    urls=urls,
                    truncated=bool(truncated),
                    flags=json.loads(flags or "[]"),
                    snippet=body,
                    marks=marks,
                )
            )
    except sqlite3.OperationalError as exc:
        raise QueryError(f"the catalog cannot take this query ({exc})") from None
    finally:
        db.close()
    return hits, total
