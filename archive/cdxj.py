"""The archive's CDXJ index (`cdxj/index.cdxj`, beside `warc/`): every capture, for replay tools.

pywb (and any CDXJ reader) replays the archive's `warc/` through this file without indexing it
first: one line per response / revisit record, `SURT timestamp {json}`, sorted, the JSON naming
the WARC file (relative to `warc/`), offset and length. The lines come from cdxj-indexer, the
Webrecorder tool pywb and py-wacz index with, so they are what those tools expect.

`update_cdxj_index(archive, written)` runs when a run's version is committed, with the archive lock
held: it indexes every WARC file the index does not name yet (the run's, and any a crash kept from
being indexed) and merges them in, replacing the file atomically, so a reader sees the old index
or the new one, never half of it.

The run's own files need not be read back: its `WarcWriter` noted what a line says of each
response and revisit record as it wrote it (`IndexEntry`, `written`), and `cdxj_line` makes the
line cdxj-indexer would (its key function, the same fields in its order; tests/test_cdxj.py
compares the two on every kind of record the crawl writes). A file the writer could not vouch for
(a header cdxj-indexer would read differently, a size that is not what was written) and any file
of another writer (a distributed worker's, one a crash left) is read by cdxj-indexer as before.
"""

from __future__ import annotations

import heapq
import json
import logging
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import NamedTuple

from archive.files import mode_as_created
from archive.warc_reader import DamagedWarc, reading_warc, warc_files

logger = logging.getLogger(__name__)

CDXJ_DIR = "cdxj"
CDXJ_NAME = "index.cdxj"


class IndexEntry(NamedTuple):
    """What the CDXJ line of one response or revisit record says, noted by the writer."""

    url: str  # WARC-Target-URI
    date: str  # WARC-Date
    mime: str | None  # "warc/revisit", or the HTTP Content-Type's type (None: no such header)
    status: str  # the HTTP status code
    digest: str  # WARC-Payload-Digest
    offset: int  # of the record's gzip member in its file
    length: int  # of that member


class WrittenFile(NamedTuple):
    """A WARC file as its writer wrote it: its size and its records' entries, or None when some
    record's line is cdxj-indexer's to make (see `plain_mime`)."""

    size: int
    entries: tuple[IndexEntry, ...] | None


_MIME_END = re.compile(r"[;\s]")  # cdxj-indexer's: the type ends at a parameter or a space


def plain(text: str) -> bool:
    """Printable ASCII with no space at either end: written and read back by warcio unchanged."""
    return text.isascii() and text.isprintable() and text == text.strip()


def plain_mime(headers: Iterable[tuple[str, str]]) -> tuple[bool, str | None]:
    """(True, the CDXJ `mime` of a response with these HTTP headers) when cdxj-indexer, reading
    the record back, finds exactly that: every name and value plain (`plain`; a value may be
    empty). (False, None) otherwise (non-ASCII, control characters, a name that warcio's reader
    would read as the continuation of the line before): the file is then left to cdxj-indexer."""
    mime = None
    for name, value in headers:
        if not name or ":" in name or not plain(name) or (value and not plain(value)):
            return False, None
        if mime is None and name.lower() == "content-type":
            mime = _MIME_END.split(value, 1)[0] if value else value
    return True, mime


def url_key(url: str) -> str:
    """The SURT key of `url`, as cdxj-indexer makes it."""
    import surt  # imported by Scrapy's cookie middleware already in a crawl; 0.1 s elsewhere

    try:
        return surt.surt(url)
    except Exception:  # cdxj-indexer's own fallback
        return url


def cdxj_line(entry: IndexEntry, filename: str) -> str:
    """The CDXJ line cdxj-indexer writes for the record `entry` of WARC file `filename`."""
    from warcio.timeutils import iso_date_to_timestamp

    fields: dict[str, str] = {"url": entry.url}
    if entry.mime is not None:
        fields["mime"] = entry.mime
    fields["status"] = entry.status
    fields["digest"] = entry.digest
    fields["length"] = str(entry.length)
    fields["offset"] = str(entry.offset)
    fields["filename"] = filename
    return f"{url_key(entry.url)} {iso_date_to_timestamp(entry.date)} {json.dumps(fields)}\n"


def cdxj_path(archive_root: Path) -> Path:
    return Path(archive_root) / CDXJ_DIR / CDXJ_NAME


def cdxj_lines_of(warc_dir: Path, paths: Iterable[Path]) -> list[str]:
    """Sorted CDXJ lines of the WARC files `paths`, their file names relative to `warc_dir`.

    A damaged file is left out with one warning line (not a traceback): the index stays whole
    for the others, and the next commit, finding it still unindexed, tries (and warns) again."""
    paths = list(paths)
    if not paths:
        return []
    # Imported here: it pulls pkg_resources, pyamf and requests (0.16 s), which every command
    # opening the archive would pay at start, while only a commit with new WARC files needs it.
    from cdxj_indexer.main import CDXJIndexer

    lines: list[str] = []
    with tempfile.TemporaryDirectory(prefix="speech-archive-cdxj-") as tmp:
        for number, path in enumerate(paths):
            out = os.path.join(tmp, f"{number}.cdxj")
            try:
                with reading_warc(Path(path)):
                    CDXJIndexer(output=out, inputs=[str(path)], dir_root=str(warc_dir)).process_all()
            except DamagedWarc as exc:
                logger.warning("CDXJ index: %s: left out of the index", exc)
                continue
            with open(out, encoding="utf-8") as fh:
                lines += [line if line.endswith("\n") else line + "\n" for line in fh if line.strip()]
    return sorted(lines)


def parse_line(line: str) -> tuple[str, str, dict]:
    """(SURT key, 14-digit timestamp, fields) of one CDXJ line."""
    key, timestamp, fields = line.rstrip("\n").split(" ", 2)
    return key, timestamp, json.loads(fields)


def read_cdxj(path: Path) -> Iterator[tuple[str, str, dict]]:
    if not Path(path).is_file():
        return
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield parse_line(line)


def indexed_files(path: Path) -> set[str]:
    return {fields.get("filename") for _, _, fields in read_cdxj(path)}


def written_lines(path: Path, written: WrittenFile | None) -> list[str] | None:
    """The lines of the WARC file at `path` from what its writer noted, or None when it must be read."""
    if written is None or written.entries is None:
        return None
    try:
        if path.stat().st_size != written.size:  # not the file the writer left
            return None
    except OSError:
        return None
    return [cdxj_line(entry, path.name) for entry in written.entries]


def update_cdxj_index(archive, written: Mapping[str, WrittenFile] | None = None) -> int:
    """Index the WARC files of `archive` that its CDXJ index lacks; how many lines were added.
    `written`: what the committing run's writers noted of the files they wrote, by file name."""
    warc_dir = Path(archive.warc_dir)
    index = cdxj_path(archive.root)
    known = indexed_files(index)
    new_files = (
        [p for p in warc_files(warc_dir) if p.is_file() and p.name not in known] if warc_dir.is_dir() else []
    )
    added: list[str] = []
    to_read: list[Path] = []
    for path in new_files:
        lines = written_lines(path, (written or {}).get(path.name))
        if lines is None:
            to_read.append(path)
        else:
            added += lines
    added = sorted(added + cdxj_lines_of(warc_dir, to_read))
    if not added and index.exists():
        return 0
    index.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".index-", suffix=".tmp", dir=index.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            existing = open(index, encoding="utf-8") if index.exists() else None
            try:
                out.writelines(heapq.merge(existing or [], added))
            finally:
                if existing is not None:
                    existing.close()
            out.flush()
            os.fsync(out.fileno())
        mode_as_created(tmp)
        os.replace(tmp, index)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(added)
