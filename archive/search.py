"""Full-text search over an archive's catalog (`archive.catalog`): ranked hits, and the SQL filter
behind Datasette's own search box.

A query is one or more terms (split on white space), all of which a document's title or text must
contain. Terms are converted to Simplified script first (the archive keeps Simplified text), so a
query typed in Traditional finds the text; case is folded.

Ranking is one function, `ranked(db, query, filters, limit, offset)`, which `speech-archive search`
(through `search(path, ...)`) and the ranked search page of `browse` both call. The catalog's word
index (`archive.word_index`: each document's characters and character pairs, with their counts)
gives the candidates, best first by BM25 (a title match weighs more than a text match), and tantivy
keeps only the best ones. A term of one or two characters is one term of that index, so its
candidates are exactly its matches; a longer term's candidates hold all of its pairs, and each is
checked against the stored text in SQL (`match_clause`, instr()) before it is shown, in batches
until the page is full.
The number of matches is exact when every candidate could be checked cheaply (at most
`CHECK_ALL` of them, or terms of one or two characters without filters), otherwise estimated from
the share of the candidates checked that matched, and said to be an estimate (`Count.exact`).

`match_clause` (no ranking, no index) is the filter behind Datasette's own `?_search=` on the
documents table: the same matches, newest first, found by reading the texts.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

MAX_QUERY_CHARS = 200
CHECK_ALL = 300  # candidates checked against the text to give an exact count
FIRST_BATCH = 40  # candidates read for a page of 10; then ×4 each time the page is not full
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
    chars: int | None = None  # length of the clean text


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


def _contains(column: str, param: str, term: str) -> str:
    # instr() does not fold case: compare lowered text when it matters.
    if term.lower() != term.upper():
        return f"(instr(lower({column}), lower(:{param})) > 0)"
    return f"(instr({column}, :{param}) > 0)"


def match_clause(terms: list[str], table: str = "documents", prefix: str = "q") -> tuple[str, dict]:
    """SQL (a WHERE condition on `table`, the catalog's documents) and its named parameters."""
    clauses, params = [], {}
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


def known_sites(db: sqlite3.Connection) -> list[str]:
    return [
        r[0]
        for r in db.execute("SELECT DISTINCT value FROM documents, json_each(documents.sites) ORDER BY value")
    ]


class Count(int):
    """A number of matches; `exact` is False for an estimate."""

    exact: bool = True

    def __new__(cls, value: int, exact: bool = True) -> Count:
        count = super().__new__(cls, value)
        count.exact = exact
        return count


HIT_COLUMNS = "doc_id, title, site, sites, published_at, url, truncated, flags, chars, text"


def _hit(db: sqlite3.Connection, row: tuple, terms: list[str]) -> Hit:
    import json

    doc_id, title, site, sites, published, url, truncated, flags, chars, text = row
    urls = [r[0] for r in db.execute("SELECT url FROM urls WHERE doc_id = ? ORDER BY url", (doc_id,))]
    body, marks = snippet(text or "", terms)
    return Hit(
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
        chars=chars,
    )


def ranked(
    db: sqlite3.Connection, query: str, filters: Filters = Filters(), limit: int = 20, offset: int = 0
) -> tuple[list[Hit], Count]:
    """The hits of `query` over the open catalog `db`, best first, `limit` of them from `offset`,
    and the number of documents matching in all (`Count`, exact or estimated). QueryError for a
    query, date or site the catalog cannot take.

    Candidates come from the word index a batch at a time, best first; those the filters keep
    and whose title or text holds every term (`match_clause`, for terms of three or more
    characters), both checked in SQL, are the hits, in the index's order, until `offset + limit`
    are found.
    """
    from archive import word_index

    terms = query_terms(query)
    where_filters, params = filter_clause(filters, "d")
    if filters.site and filters.site not in (sites := known_sites(db)):
        raise QueryError(f"no site {filters.site!r} in the catalog (its sites: {', '.join(sites) or 'none'})")
    index = word_index.open_for(db)
    if index is None:
        raise QueryError("the catalog has no word index (rebuild it: speech-archive catalog --rebuild)")
    candidates = word_index.Candidates(index, terms)
    filtered = where_filters != "1"
    # terms of three or more characters: the candidates are checked by the definition, in SQLite
    # (instr() on the stored text, no row brought into Python)
    check, check_params = ("1", {}) if candidates.exact else match_clause(terms, "d", prefix="c")
    wanted = offset + limit
    found: list[int] = []
    checked = 0
    batch, at = max(FIRST_BATCH, 4 * wanted), 0
    try:
        while len(found) < wanted:
            ns = candidates.fetch(batch, at)
            at += len(ns)
            if not ns:
                break
            if candidates.count <= CHECK_ALL and at < candidates.count:
                more = candidates.fetch(candidates.count - at, at)  # few: check all, count exactly
                ns += more
                at += len(more)
            if filtered or not candidates.exact:
                kept = {
                    r[0]
                    for r in db.execute(
                        "SELECT n FROM documents d WHERE n IN (SELECT value FROM json_each(:ns))"
                        f" AND {where_filters} AND {check}",
                        {**params, **check_params, "ns": "[" + ",".join(map(str, ns)) + "]"},
                    )
                }
                found += [n for n in ns if n in kept]
            else:
                found += ns
            checked = at
            if at >= candidates.count:
                break
            batch *= 4
        shown = found[offset:wanted]
        rows = {
            r[-1]: r[:-1]
            for r in db.execute(
                f"SELECT {HIT_COLUMNS}, n FROM documents WHERE n IN (SELECT value FROM json_each(:ns))",
                {"ns": "[" + ",".join(map(str, shown)) + "]"},
            )
        }
        hits = [_hit(db, rows[n], terms) for n in shown if n in rows]
    except sqlite3.OperationalError as exc:
        raise QueryError(f"the catalog cannot take this query ({exc})") from None
    total_candidates = candidates.count or 0
    if at >= total_candidates:
        total = Count(len(found))
    elif candidates.exact and not filtered:
        total = Count(total_candidates)
    else:
        total = Count(round(total_candidates * len(found) / checked) if checked else 0, exact=False)
    return hits, total


def search(
    path: Path, query: str, filters: Filters = Filters(), limit: int = 20, offset: int = 0
) -> tuple[list[Hit], int]:
    """`ranked` over the catalog file at `path`, opened read-only."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return ranked(db, query, filters, limit, offset)
    finally:
        db.close()


def marked_segments(hit: Hit) -> list[tuple[str, bool]]:
    """The hit's snippet as (text, is a match) pieces, for a page to mark up."""
    pieces, pos = [], 0
    for start, end in hit.marks:
        if start < pos:
            continue
        pieces += [(hit.snippet[pos:start], False), (hit.snippet[start:end], True)]
        pos = end
    pieces.append((hit.snippet[pos:], False))
    return [(text, mark) for text, mark in pieces if text]
