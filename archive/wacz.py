"""Package a version's WARC captures as WACZ 1.1 (py-wacz), for ReplayWeb.page and pywb.

`export_wacz(archive, version, output)` gathers the WARC files that hold the version's captures,
writes `pages.jsonl` (one page per captured page of every archived document: its URL as
captured, capture time, the document's title, the site's own URLs and, as Browsertrix does in
`text`, the clean text of the speeches that start on that page), and hands both to py-wacz's own `wacz create`,
which indexes the WARCs (CDXJ), copies them unchanged and writes `datapackage.json` with their
digests. Nothing of the package is assembled by hand.

Which WARC files: those the version's documents were captured in (their provenance), the files
of the run that made the version (its 304 revisit records) and, for any revisit record in
them, the file holding the capture it refers to, so every record in the package replays.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from archive.store import Archive, ArchiveError
from archive.warc_reader import reading_warc

logger = logging.getLogger(__name__)

PAGES_HEADER = {"format": "json-pages-1.0", "id": "pages", "title": "Archived speech pages"}


class WaczExportError(Exception):
    """The package could not be made (one clear line)."""


def _record_head(path: Path, offset: int) -> dict | None:
    """Type, target URI, date, id and refers-to of the WARC record at `offset` (headers only)."""
    with open(path, "rb") as stream, reading_warc(path, offset):
        stream.seek(offset)
        for record in ArchiveIterator(stream):
            headers = record.rec_headers
            return {
                "type": record.rec_type,
                "url": headers.get_header("WARC-Target-URI"),
                "date": headers.get_header("WARC-Date"),
                "record_id": headers.get_header("WARC-Record-ID"),
                "refers_to": headers.get_header("WARC-Refers-To"),
            }
    return None


def _record_ids(path: Path) -> Iterator[tuple[str, str, str | None]]:
    """(record id, type, refers-to) of every record in a WARC file."""
    with open(path, "rb") as stream, reading_warc(path):
        for record in ArchiveIterator(stream):
            headers = record.rec_headers
            yield headers.get_header("WARC-Record-ID"), record.rec_type, headers.get_header("WARC-Refers-To")


def _run_files(archive: Archive, up_to: int) -> dict[int, list[str]]:
    """WARC file names written by each run up to version `up_to` (from the versions' metas)."""
    return {v: sorted(archive.meta(v).get("warc_files") or {}) for v in archive.versions() if v <= up_to}


def collect_captures(archive: Archive, version: int, on_damaged=None) -> tuple[list[Path], list[dict]]:
    """(WARC files, pages) of the version's captures; pages in pages.jsonl form, without header.

    A page is one capture (URL as captured, its time); the documents on it (several speeches on
    one page, or one speech continued over pages) are named by `title`, `doc_ids` and `urls`.
    `text` (Browsertrix's field for a page's text, which replay tools search) holds the clean text
    of each speech on the page where it starts, so a search finds a speech once, at its beginning.
    Every WARC file is checked against its recorded sha256 before it is read (ArchiveDamaged);
    a damaged document object raises ArchiveDamaged, or with `on_damaged` is handed to it and
    left out.
    """
    files: set[str] = set()
    pages: dict[tuple[str, str], dict] = {}
    for doc in archive.documents(version, on_damaged=on_damaged):
        for entry in doc.get("provenance") or []:
            for number, page in enumerate(entry.get("pages") or [], 1):
                ref = dict(page.get("warc") or {})
                if not ref.get("file"):
                    continue
                if ref.get("refers_to"):  # a revisit: the page is the capture it confirms
                    files.add(ref["file"])
                    ref = ref["refers_to"]
                path = archive.check_warc(ref["file"])  # missing or damaged: ArchiveDamaged names it
                head = _record_head(path, int(ref.get("offset") or 0))
                if head is None or (ref.get("record_id") and head["record_id"] != ref["record_id"]):
                    raise WaczExportError(
                        f"no capture {ref.get('record_id')} at {ref['file']}:{ref.get('offset')}"
                    )
                files.add(ref["file"])
                title = doc.get("title") or head["url"]
                if len(entry.get("pages") or []) > 1:
                    title = f"{title} ({number}/{len(entry['pages'])})"
                key = (head["url"], head["date"])
                found = pages.setdefault(
                    key,
                    {
                        "url": head["url"],
                        "ts": head["date"],
                        "titles": [],
                        "doc_ids": [],
                        "urls": [],
                        "texts": [],
                    },
                )
                if title not in found["titles"]:
                    found["titles"].append(title)
                if number == 1 and doc.get("text") and doc["text"] not in found["texts"]:
                    found["texts"].append(doc["text"])
                if doc["doc_id"] not in found["doc_ids"]:
                    found["doc_ids"].append(doc["doc_id"])
                for url in (entry.get("url"), page.get("url")):
                    if url and url not in found["urls"]:
                        found["urls"].append(url)
    runs = _run_files(archive, version)
    files.update(name for name in runs.get(version, []) if (archive.warc_dir / name).is_file())
    for name in sorted(files):
        archive.check_warc(name)
    files |= _originals_of_revisits(archive, files, runs)
    listed = []
    for (_url, _ts), page in sorted(pages.items()):
        listed.append(
            {
                "url": page["url"],
                "ts": page["ts"],
                "title": " / ".join(page["titles"]),
                "doc_ids": page["doc_ids"],
                "urls": sorted(page["urls"]),
                **({"text": "\n\n".join(page["texts"])} if page["texts"] else {}),
            }
        )
    return [archive.warc_dir / name for name in sorted(files)], listed


def _originals_of_revisits(archive: Archive, files: set[str], runs: dict[int, list[str]]) -> set[str]:
    """Earlier WARC files holding the captures that revisit records in `files` refer to."""
    present, wanted = set(), set()
    for name in sorted(files):
        for record_id, record_type, refers_to in _record_ids(archive.warc_dir / name):
            present.add(record_id)
            if record_type == "revisit" and refers_to:
                wanted.add(refers_to)
    wanted -= present
    extra: set[str] = set()
    for version in sorted(runs, reverse=True):  # newest first: a 304 confirms a recent capture
        if not wanted:
            break
        for name in runs[version]:
            path = archive.warc_dir / name
            if name in files or not path.is_file():
                continue
            archive.check_warc(name)
            ids = {record_id for record_id, _type, _ref in _record_ids(path)}
            if ids & wanted:
                extra.add(name)
                wanted -= ids
    if wanted:
        logger.warning("%d revisit records refer to captures not in the archive's WARC files", len(wanted))
    return extra


def write_pages_jsonl(pages: list[dict], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(PAGES_HEADER) + "\n")
        for page in pages:
            fh.write(json.dumps(page, ensure_ascii=False) + "\n")


def export_wacz(archive: Archive, version: int | None, output: Path, on_damaged=None) -> Path:
    """Write the WACZ package of `version` (latest by default) to `output`; its path. Nothing is
    written when a file it reads is damaged (ArchiveDamaged), but with `on_damaged` a damaged
    document object is handed to it and its pages left out."""
    from wacz.main import main as wacz_main

    if version is None:
        version = archive.latest()
        if version is None:
            raise ArchiveError(f"archive {archive.root} holds no version yet")
    meta = archive.meta(version)  # ArchiveError for a version that does not exist
    warcs, pages = collect_captures(archive, version, on_damaged)
    if not warcs:
        raise WaczExportError(f"version {version} has no WARC captures to package")
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="wacz-", dir=output.parent) as work:
        pages_path = Path(work) / "pages.jsonl"
        write_pages_jsonl(pages, pages_path)
        partial = Path(work) / "package.wacz"
        args = [
            "create",
            "--output",
            str(partial),
            "--pages",
            str(pages_path),
            "--hash-type",
            "sha256",
            "--title",
            f"speech-archive {archive.root.name} version {version}",
            "--desc",
            f"WARC captures of version {version} ({meta.get('run_id')}, {meta.get('status')}): "
            f"{len(pages)} pages in {len(warcs)} WARC files",
            *[str(path) for path in warcs],
        ]
        said = io.StringIO()
        with contextlib.redirect_stdout(said):  # py-wacz narrates on stdout; keep it for the log
            code = wacz_main(args)
        for line in said.getvalue().splitlines():
            logger.info("wacz: %s", line)
        if code != 0:
            raise WaczExportError(f"py-wacz could not create the package: {said.getvalue().strip()[-300:]}")
        packaged = packaged_pages(partial)
        missing = {(p["url"], p["ts"]) for p in pages} - {(p["url"], p["ts"]) for p in packaged}
        if missing:
            raise WaczExportError(
                f"pages without a capture in the WARCs: {len(missing)}, e.g. {sorted(missing)[0]}"
            )
        os.replace(partial, output)
    return output


def packaged_pages(path: Path) -> list[dict]:
    """The pages listed in a WACZ's pages/pages.jsonl (header left out)."""
    with zipfile.ZipFile(path) as package:
        lines = package.read("pages/pages.jsonl").decode("utf-8").splitlines()
    return [page for page in (json.loads(line) for line in lines if line.strip()) if "format" not in page]
