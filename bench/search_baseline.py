"""The search before issue 24's word index, kept only as the bench's baseline, measured in the
same run on the same documents: an FTS5 trigram table (external content, `detail=none`) in the
catalog file, its candidates (the AND of a query's trigrams, or every document for terms shorter
than three characters) each read once by `RankScan`, SQLite keeping the best `limit`.

`add_trigram_index(path)` adds that table to a catalog file (a copy: the catalog proper has none);
`search(path, query, limit)` returns (doc_ids, total) in the previous ranking's order.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from archive.search import query_terms


def add_trigram_index(path: Path) -> None:
    db = sqlite3.connect(str(path), isolation_level=None)
    try:
        db.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
            "CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents',"
            " content_rowid='n', tokenize='trigram', detail=none);"
            "INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');"
            "INSERT INTO documents_fts (documents_fts) VALUES ('optimize');"
            "VACUUM;"
        )
    finally:
        db.close()


def trigram_expression(terms: list[str]) -> str | None:
    trigrams: dict[str, None] = {}
    for term in terms:
        for i in range(len(term) - 2):
            trigrams[term[i : i + 3]] = None
    if not trigrams:
        return None
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in trigrams)


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


def search(path: Path, query: str, limit: int = 10) -> tuple[list[str], int]:
    terms = query_terms(query)
    expression = trigram_expression(terms)
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        candidates, params = "1", {"limit": limit}
        if expression is not None:
            params["q_fts"] = expression
            candidates = "d.n IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH :q_fts)"
        scan = RankScan(terms)
        db.create_function("speech_archive_rank", 2, scan, deterministic=True)
        rows = db.execute(
            "WITH scanned AS MATERIALIZED (SELECT d.doc_id, d.published_date,"
            " speech_archive_rank(CAST(d.title AS BLOB), CAST(d.text AS BLOB)) AS relevance"
            f" FROM documents d WHERE {candidates})"
            " SELECT doc_id FROM scanned WHERE relevance IS NOT NULL"
            " ORDER BY relevance DESC, published_date DESC, doc_id LIMIT :limit",
            params,
        ).fetchall()
        for (doc_id,) in rows:  # as the CLI did: the text of each hit shown, for its snippet
            db.execute("SELECT text FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        return [r[0] for r in rows], scan.matches
    finally:
        db.close()
