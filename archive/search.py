"""Full-text search over an archive's catalog (`archive.catalog`): the SQL of a query, ranked hits.

A query is one or more terms (split on white space), all of which a document's title or text must
contain. Terms are converted to Simplified script first (the archive keeps Simplified text), so a
query typed in Traditional finds the text. A term of three or more characters is looked up in the
trigram index (the AND of its trigrams, since a detail=none index takes no phrase queries) and
every term is then checked exactly with instr(); a query whose terms are all shorter than three
characters cannot use the index and scans the documents instead.

Ranking is one function, `ranked(db, query, filters, limit, offset)`, which `speech-archive search`
(through `search(path, ...)`) and the ranked search page of `browse` both call: documents whose
title holds more of the terms first, then those whose text holds the terms more often, then those
that mention the first term earliest, then the newest. `rank_order` is that order in SQL, the
definition; `ranked` computes it in one pass over the candidates (`RankScan`), reading each text
once. `match_clause` (no ranking) is the filter behind Datasette's own `?_search=` on the
documents table.
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
    # Parenthesized: `rank_order` adds these up, and `+` binds tighter than `>`.
    if term.lower() != term.upper():
        return f"(instr(lower({column}), lower(:{param})) > 0)"
    return f"(instr({column}, :{param}) > 0)"


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


def occurrences(column: str, param: str, term: str) -> str:
    """SQL: how many times `term` occurs in `column` (case folded like `_contains`)."""
    if term.lower() != term.upper():
        column, value = f"lower({column})", f"lower(:{param})"
    else:
        value = f":{param}"
    return f"((length({column}) - length(replace({column}, {value}, ''))) / length({value}))"


def rank_order(terms: list[str], table: str = "d") -> str:
    """The ORDER BY of a ranked search, the relevance of a document to `terms` (see the module)."""
    title_hits = " + ".join(_contains(f"{table}.title", f"q{i}", t) for i, t in enumerate(terms))
    text_hits = " + ".join(occurrences(f"{table}.text", f"q{i}", t) for i, t in enumerate(terms))
    first_at = f"instr({table}.text, :q0)"
    return (
        f"({title_hits}) DESC, ({text_hits}) DESC, {first_at} = 0, {first_at},"
        f" {table}.published_date DESC, {table}.doc_id"
    )


def known_sites(db: sqlite3.Connection) -> list[str]:
    return [
        r[0]
        for r in db.execute("SELECT DISTINCT value FROM documents, json_each(documents.sites) ORDER BY value")
    ]


class RankScan:
    """The SQL function the ranked search calls once per candidate document: None when the
    document does not match, else its relevance packed in one integer that sorts, descending, as
    `rank_order` does (title hits, then mentions in the text, then the earliest mention of the
    first term), counting the matches as it goes.

    It works on the title and text as UTF-8 bytes (`CAST(... AS BLOB)`): no decoding, and
    `bytes.count` / `in` find what instr() and replace() find (a UTF-8 match starts on a
    character) in one read of the text, where the SQL of `rank_order` read it once per term and
    per expression. Case is folded as SQLite's lower() folds it (ASCII only), for the terms that
    have case, as `_contains` and `occurrences` do.
    """

    FIELD = (1 << 28) - 1  # mentions and the first mention's position, 28 bits each

    def __init__(self, terms: list[str]) -> None:
        self.needles = [
            (term.encode().lower(), True) if term.lower() != term.upper() else (term.encode(), False)
            for term in terms
        ]
        self.first = terms[0].encode()
        self.matches = 0

    def __call__(self, title: bytes | None, text: bytes | None) -> int | None:
        text = text or b""
        lowered_title = lowered_text = None
        title_hits = text_hits = 0
        for needle, folded in self.needles:
            if folded:
                if lowered_text is None:
                    lowered_title, lowered_text = (title or b"").lower(), text.lower()
                in_title, mentions = needle in lowered_title, lowered_text.count(needle)
            else:
                in_title, mentions = title is not None and needle in title, text.count(needle)
            if not (in_title or mentions):
                return None
            title_hits += in_title
            text_hits += mentions
        self.matches += 1
        at = text.find(self.first)
        # the earliest mention first, a text without the first term (matched in the title) last
        earliest = 0 if at < 0 else self.FIELD - min(len(text[:at].decode()), self.FIELD - 1)
        # a NULL title makes rank_order's title hits NULL, which sorts after 0: one below it
        title_rank = 0 if title is None else title_hits + 1
        return (title_rank << 56) | (min(text_hits, self.FIELD) << 28) | earliest


def ranked(
    db: sqlite3.Connection, query: str, filters: Filters = Filters(), limit: int = 20, offset: int = 0
) -> tuple[list[Hit], int]:
    """The hits of `query` over the open catalog `db`, best first (`rank_order`), `limit` of them
    from `offset`, and the number of documents matching in all. QueryError for a query, date or
    site the catalog cannot take.

    One pass over the candidates (from the trigram index, or every document for a query of
    short terms only): `RankScan` checks each one and computes its rank, SQLite keeps the best
    `offset + limit` and the scan counts the matches, so the text of a candidate is read once.
    """
    import json

    terms = query_terms(query)
    expression = trigram_expression(terms)
    where_filters, params = filter_clause(filters, "d")
    candidates = "1"
    if expression is not None:
        params["q_fts"] = expression
        candidates = "d.n IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH :q_fts)"
    scan = RankScan(terms)
    db.create_function("speech_archive_rank", 2, scan, deterministic=True)
    sql = (
        "WITH scanned AS MATERIALIZED ("
        " SELECT d.doc_id, d.title, d.site, d.sites, d.published_at, d.url, d.truncated, d.flags,"
        " d.chars, d.published_date,"
        " speech_archive_rank(CAST(d.title AS BLOB), CAST(d.text AS BLOB)) AS relevance"
        f" FROM documents d WHERE {candidates} AND {where_filters})"
        " SELECT doc_id, title, site, sites, published_at, url, truncated, flags, chars FROM scanned"
        " WHERE relevance IS NOT NULL"
        " ORDER BY relevance DESC, published_date DESC, doc_id LIMIT :limit OFFSET :offset"
    )
    params.update(limit=int(limit), offset=int(offset))
    try:
        if filters.site and filters.site not in (sites := known_sites(db)):
            raise QueryError(
                f"no site {filters.site!r} in the catalog (its sites: {', '.join(sites) or 'none'})"
            )
        rows = db.execute(sql, params).fetchall()
        total = scan.matches  # the materialized scan ran over every candidate before the LIMIT
        hits = []
        for doc_id, title, site, sites, published, url, truncated, flags, chars in rows:
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
                    chars=chars,
                )
            )
    except sqlite3.OperationalError as exc:
        raise QueryError(f"the catalog cannot take this query ({exc})") from None
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
