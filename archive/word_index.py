"""The catalog's word index: tantivy over the characters and character pairs of every title and text.

Chinese has no spaces between words, so the index's terms are the text's single characters and
its overlapping pairs of characters (within each run of non-space characters, lowered), with how
often each occurs in the document (`freq`, no positions). From that alone tantivy finds and ranks:

- a query word of one character is the documents holding that character, a word of two the
  documents holding that pair: exactly the documents whose text contains the word;
- a longer word is the documents holding all of its pairs: a superset of those containing it, so
  `archive.search` checks the best candidates against the text and keeps the true ones;
- the order is BM25 over those terms (a title match weighs `TITLE_BOOST` times a text one): the
  documents that use the word's characters most, for their length, first. Tantivy keeps the best
  few without sorting every match, which is what makes a query over 10^5 speeches take
  milliseconds where reading each matching text (the ranking before) took seconds.

Positions (for exact phrase queries) would make it 4× bigger (0.53× the text at 2·10^4 generated
speeches, beyond what the catalog may take beside its copy of the text); without them the index
is 0.16× the text. Measured options and figures: README, "How a search runs, and why this index".

The index is a directory beside the catalog file, `catalog-words/<name>/`; the catalog records
its name (`catalog_meta.words`), so the catalog file's rename publishes both at once.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import uuid
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

WORDS_DIR = "catalog-words"
TITLE_BOOST = 3.0
HEAP_BYTES = 100_000_000  # the writer's memory before it writes a segment


def schema():
    import tantivy

    builder = tantivy.SchemaBuilder()
    builder.add_unsigned_field("n", stored=True, indexed=True, fast=True)
    for name in ("title1", "title2", "text1", "text2"):
        builder.add_text_field(name, tokenizer_name="whitespace", index_option="freq")
    return builder.build()


def grams(text: str | None, size: int) -> str:
    """The text's characters (`size` 1) or overlapping character pairs (`size` 2), space separated,
    lowered, within each run of non-space characters (a run of one character gives itself)."""
    runs = (text or "").lower().split()
    if size == 1:
        return " ".join("".join(runs))  # every character of every run, joined in C
    return " ".join(run[i : i + 2] for run in runs for i in range(max(1, len(run) - 1)))


def query_grams(term: str) -> tuple[str, list[str], bool]:
    """(field suffix, the term's grams, whether holding them all means containing the term)."""
    term = term.lower()
    if len(term) == 1:
        return "1", [term], True
    pairs = list(dict.fromkeys(term[i : i + 2] for i in range(len(term) - 1)))
    return "2", pairs, len(term) == 2


def words_dir(catalog_file: Path) -> Path:
    return catalog_file.parent / WORDS_DIR


def new_index_dir(catalog_file: Path, copy_of: Path | None = None) -> Path:
    """A fresh, uniquely named index directory beside the catalog file (a copy of `copy_of`)."""
    target = words_dir(catalog_file) / uuid.uuid4().hex
    target.parent.mkdir(parents=True, exist_ok=True)
    if copy_of is not None:
        # Hard links, not copies: tantivy writes each file once and replaces meta files by rename,
        # so the previous index (still read by a reader of the previous catalog) never changes.
        shutil.copytree(copy_of, target, copy_function=_link_or_copy)
    else:
        target.mkdir()
    return target


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:  # a file system without hard links
        shutil.copy2(source, target)


class WordIndexWriter:
    """Adds and deletes documents (by the catalog's `n`) in the index at `path`; `close` commits."""

    def __init__(self, path: Path, create: bool) -> None:
        import tantivy

        self._tantivy = tantivy
        self.index = tantivy.Index(schema(), path=str(path)) if create else tantivy.Index.open(str(path))
        self.writer = self.index.writer(heap_size=HEAP_BYTES, num_threads=1)

    def add(self, n: int, title: str | None, text: str | None) -> None:
        doc = self._tantivy.Document()
        doc.add_unsigned("n", n)
        doc.add_text("title1", grams(title, 1))
        doc.add_text("title2", grams(title, 2))
        doc.add_text("text1", grams(text, 1))
        doc.add_text("text2", grams(text, 2))
        self.writer.add_document(doc)

    def delete(self, n: int) -> None:
        self.writer.delete_documents_by_term("n", n)

    def close(self) -> None:
        self.writer.commit()
        self.writer.wait_merging_threads()


def index_rows(path: Path, rows: Iterable[tuple[int, str | None, str | None]], create: bool = True) -> None:
    writer = WordIndexWriter(path, create)
    for n, title, text in rows:
        writer.add(n, title, text)
    writer.close()


def prune(catalog_file: Path, keep: Iterable[str]) -> None:
    """Remove the index directories no catalog names any more (`keep`: the names still read)."""
    keep = set(keep)
    parent = words_dir(catalog_file)
    if not parent.is_dir():
        return
    for entry in parent.iterdir():
        if entry.name not in keep and entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)


@lru_cache(maxsize=8)
def _open(path: str, mtime_ns: int):
    import tantivy

    return tantivy.Index.open(path)


def open_for(db: sqlite3.Connection):
    """The word index of the open catalog `db` (the directory its `catalog_meta.words` names)."""
    row = db.execute("SELECT value FROM catalog_meta WHERE key = 'words'").fetchone()
    files = [r[2] for r in db.execute("PRAGMA database_list") if r[1] == "main"]
    if row is None or not files or not files[0]:
        return None
    path = words_dir(Path(files[0])) / row[0]
    meta = path / "meta.json"
    if not meta.is_file():
        return None
    return _open(str(path), meta.stat().st_mtime_ns)


class Candidates:
    """The documents holding every query word's grams, best first (BM25), fetched a batch at a time."""

    def __init__(self, index, terms: list[str]) -> None:
        import tantivy

        self.searcher = index.searcher()
        schema_ = index.schema
        must = []
        self.exact = True
        for term in terms:
            suffix, terms_grams, exact = query_grams(term)
            self.exact &= exact

            def all_of(field: str, grams_: list[str] = terms_grams):
                queries = [tantivy.Query.term_query(schema_, field, g) for g in grams_]
                if len(queries) == 1:
                    return queries[0]
                return tantivy.Query.boolean_query([(tantivy.Occur.Must, q) for q in queries])

            either = tantivy.Query.boolean_query(
                [
                    (tantivy.Occur.Should, tantivy.Query.boost_query(all_of("title" + suffix), TITLE_BOOST)),
                    (tantivy.Occur.Should, all_of("text" + suffix)),
                ]
            )
            must.append(either)
        self.query = (
            must[0]
            if len(must) == 1
            else tantivy.Query.boolean_query([(tantivy.Occur.Must, q) for q in must])
        )
        self.count: int | None = None

    def fetch(self, limit: int, offset: int) -> list[int]:
        """The `n` of the candidates ranked offset..offset+limit; counts them all on the first call."""
        result = self.searcher.search(self.query, limit, count=self.count is None, offset=offset)
        if self.count is None:
            self.count = result.count
        # the fast field (a column), not the stored document: thousands of hits cost microseconds
        return self.searcher.fast_field_values("n", [address for _, address in result.hits])
