"""The archive's CDXJ index (`cdxj/index.cdxj`, beside `warc/`): every capture, for replay tools.

pywb (and any CDXJ reader) replays the archive's `warc/` through this file without indexing it
first: one line per response / revisit record, `SURT timestamp {json}`, sorted, the JSON naming
the WARC file (relative to `warc/`), offset and length. The lines come from cdxj-indexer, the
Webrecorder tool pywb and py-wacz index with, so they are what those tools expect.

`update_cdxj_index(archive)` runs when a run's version is committed, with the archive lock held:
it indexes every WARC file the index does not name yet (the run's, and any a crash kept from
being indexed) and merges them in, replacing the file atomically, so a reader sees the old index
or the new one, never half of it.
"""

from __future__ import annotations

import heapq
import json
import logging
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from archive.files import mode_as_created
from archive.warc_reader import DamagedWarc, reading_warc, warc_files

logger = logging.getLogger(__name__)

CDXJ_DIR = "cdxj"
CDXJ_NAME = "index.cdxj"


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


def update_cdxj_index(archive) -> int:
    """Index the WARC files of `archive` that its CDXJ index lacks; how many lines were added."""
    warc_dir = Path(archive.warc_dir)
    index = cdxj_path(archive.root)
    known = indexed_files(index)
    new_files = (
        [p for p in warc_files(warc_dir) if p.is_file() and p.name not in known] if warc_dir.is_dir() else []
    )
    added = cdxj_lines_of(warc_dir, new_files)
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
