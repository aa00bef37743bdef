"""Reading WARC captures back (the files `archive.warc_writer` wrote): for reprocessing, the
WACZ export and the CDXJ index.

`read_record` returns the response a stored ref points at (a revisit ref followed to the original),
`iter_responses` every response record of a file or folder; bodies come with their
content-encoding decoded.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

Headers = list[tuple[str, str]]


@dataclass
class WarcResponse:
    """One response (or revisit) record read back; `body` has its content-encoding decoded."""

    url: str
    status: int
    headers: Headers  # HTTP headers as stored, in order
    body: bytes
    date: str
    record_id: str
    payload_digest: str | None
    record_type: str  # "response" or "revisit"
    ref: dict = field(default_factory=dict)  # {"file", "offset", "length", ...}
    refers_to: str | None = None  # a revisit's original record id

    @property
    def header_map(self) -> dict[str, str]:
        return first_values(self.headers)


def first_values(headers: Headers) -> dict[str, str]:
    """Headers as a dict of the first value of each name, names as stored."""
    result: dict[str, str] = {}
    seen: set[str] = set()
    for name, value in headers:
        if name.lower() not in seen:
            seen.add(name.lower())
            result[name] = value
    return result


def _decoded_body(record) -> bytes:
    # content_stream() undoes gzip/deflate/br (warcio falls back to the raw bytes when a
    # server's claimed encoding does not decode).
    return record.content_stream().read()


class DamagedWarc(ValueError):
    """A WARC file whose bytes are no readable record (a damaged byte): names the file and offset."""


# What warcio and zlib raise for bytes that are no WARC record (EOFError: a gzip member cut short).
UNREADABLE_RECORD = (ArchiveLoadFailed, zlib.error, EOFError)


@contextmanager
def reading_warc(path: Path, offset: int | None = None):
    """Turn warcio's and zlib's errors reading `path` into one DamagedWarc line (their own
    message quotes the damaged bytes)."""
    try:
        yield
    except UNREADABLE_RECORD as exc:
        at = f" at offset {offset}" if offset is not None else ""
        raise DamagedWarc(
            f"WARC file {Path(path).name} is damaged: no readable record{at} ({type(exc).__name__})"
        ) from None


def read_record(warc_dir: Path, ref: dict) -> tuple[dict[str, str], bytes]:
    """The HTTP headers (first value of each) and decoded body of the response record at `ref`.

    A revisit ref (from `write_revisit`) is followed to the original response it refers to.
    """
    path = Path(warc_dir) / ref["file"]
    with open(path, "rb") as stream, reading_warc(path, ref["offset"]):
        stream.seek(ref["offset"])
        record = next(iter(ArchiveIterator(stream)), None)
        if record is None:
            raise ValueError(f"no WARC record at {ref['file']}:{ref['offset']}")
        record_id = record.rec_headers.get_header("WARC-Record-ID")
        if ref.get("record_id") and record_id != ref["record_id"]:
            raise ValueError(
                f"record at {ref['file']}:{ref['offset']} is {record_id}, not {ref['record_id']}"
            )
        if record.rec_type == "revisit":
            if not ref.get("refers_to"):
                raise ValueError(f"{record_id} is a revisit and the ref does not say what it refers to")
            return read_record(warc_dir, ref["refers_to"])
        if record.rec_type != "response":
            raise ValueError(f"{record_id} is a {record.rec_type} record, not a response")
        headers = first_values(record.http_headers.headers if record.http_headers else [])
        return headers, _decoded_body(record)


def target_uri(warc_dir: Path, ref: dict) -> str | None:
    """The WARC-Target-URI of the record at `ref` (refs written before they carried "url"), or None
    when that file is not in `warc_dir` (a worker's spool holds only its own run's files)."""
    path = Path(warc_dir) / ref.get("file", "")
    if not ref.get("file") or not path.is_file():
        return None
    with open(path, "rb") as stream, reading_warc(path, ref["offset"]):
        stream.seek(ref["offset"])
        record = next(iter(ArchiveIterator(stream)), None)
        return record.rec_headers.get_header("WARC-Target-URI") if record is not None else None


def warc_files(path: Path) -> list[Path]:
    """The WARC files at `path`: the file itself, or a directory's *.warc.gz / *.warc in name order."""
    path = Path(path)
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.name.endswith((".warc.gz", ".warc")))
    return [path]


def iter_responses(path: Path, *, include_revisits: bool = False) -> Iterator[WarcResponse]:
    """Every response record (and, if asked, revisit record) in a WARC file or directory, in order."""
    wanted = ("response", "revisit") if include_revisits else ("response",)
    for file in warc_files(path):
        with open(file, "rb") as stream, reading_warc(file):
            records = ArchiveIterator(stream)
            for record in records:
                if record.rec_type not in wanted:
                    continue
                headers = record.rec_headers
                http = record.http_headers
                body = _decoded_body(record) if record.rec_type == "response" else b""
                offset = records.get_record_offset()
                records.read_to_end(record)
                yield WarcResponse(
                    url=headers.get_header("WARC-Target-URI"),
                    status=int(http.get_statuscode()) if http else 0,
                    headers=list(http.headers) if http else [],
                    body=body,
                    date=headers.get_header("WARC-Date"),
                    record_id=headers.get_header("WARC-Record-ID"),
                    payload_digest=headers.get_header("WARC-Payload-Digest"),
                    record_type=record.rec_type,
                    ref={
                        "file": file.name,
                        "offset": offset,
                        "length": records.get_record_length(),
                        "record_id": headers.get_header("WARC-Record-ID"),
                        "payload_digest": headers.get_header("WARC-Payload-Digest"),
                        "date": headers.get_header("WARC-Date"),
                        "url": headers.get_header("WARC-Target-URI"),
                    },
                    refers_to=headers.get_header("WARC-Refers-To"),
                )
