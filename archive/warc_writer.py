"""Raw capture: every HTTP exchange written to WARC 1.1 exactly as received.

`WarcWriter` streams gzip-per-record WARC files (`<prefix>-00000.warc.gz`, ...) through warcio,
rotating at a size limit; each exchange becomes a request and a response record, a 304 becomes a
"server-not-modified" revisit record that refers to the original capture, and a re-fetched page
whose payload is the one already captured an "identical-payload-digest" revisit record. Revisit
records are kept small (a re-crawl writes one per page): only the WARC fields the standard
requires plus those replay uses, and of a 304 only the headers it is about. The response body is
stored as it came off the wire (still gzip/br-encoded if the server sent it so); only the
transfer encoding is gone, so the stored headers are made to say so.

Reading the captures back is `archive.warc_reader`'s job.
"""

from __future__ import annotations

import io
import os
import re
import threading
import uuid
from datetime import UTC, datetime
from http import HTTPStatus
from pathlib import Path
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import datetime_to_iso_date
from warcio.warcwriter import WARCWriter
from zlib_ng import zlib_ng

from archive.cdxj import IndexEntry, WrittenFile, plain, plain_mime
from archive.warc_reader import target_uri

DEFAULT_MAX_FILE_SIZE = 256 * 1024 * 1024
WARC_VERSION = "WARC/1.1"
SERVER_NOT_MODIFIED_PROFILE = "http://netpreserve.org/warc/1.1/revisit/server-not-modified"
IDENTICAL_PAYLOAD_PROFILE = "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"
REVISIT_PROFILES = (SERVER_NOT_MODIFIED_PROFILE, IDENTICAL_PAYLOAD_PROFILE)
# What a 304 says about the page it confirms (RFC 9110 15.4.5 and the validators); the rest of
# its headers (Server, Content-Length: 0, ...) would only make every revisit record longer.
NOT_MODIFIED_HEADERS = frozenset(
    ("date", "etag", "last-modified", "cache-control", "expires", "vary", "content-location")
)
SOFTWARE = "speech-archive/0.1 (warcio)"

Headers = list[tuple[str, str]]


def warc_date(fetched_at: str) -> str:
    """The WARC-Date for an ISO 8601 time (any offset, or naive meaning UTC): UTC, `Z`, micros if any."""
    moment = datetime.fromisoformat(fetched_at)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return datetime_to_iso_date(moment, use_micros=True)


def status_line(status: int, reason: str | None) -> str:
    """`200 OK`; the standard phrase when the server's own reason is not known."""
    if not reason:
        try:
            reason = HTTPStatus(status).phrase
        except ValueError:
            reason = ""
    return f"{status} {reason}".rstrip()


def headers_for_stored_body(headers: Headers, body: bytes) -> Headers:
    """Response headers made consistent with a body whose transfer encoding was removed.

    The body is kept as received (content-encoding intact), but chunking is gone: a reader must
    not try to de-chunk it, so Transfer-Encoding goes and Content-Length states the stored size.
    """
    chunked = any(name.lower() == "transfer-encoding" for name, _ in headers)
    stored = [(name, value) for name, value in headers if name.lower() != "transfer-encoding"]
    lengths = [value for name, value in stored if name.lower() == "content-length"]
    if chunked or (lengths and lengths[0].strip() != str(len(body))):
        stored = [(name, value) for name, value in stored if name.lower() != "content-length"]
        stored.append(("Content-Length", str(len(body))))
    return stored


def request_target(url: str) -> tuple[str, str]:
    """(host header value, request-target path) of an absolute URL."""
    parts = urlsplit(url)
    target = parts.path or "/"
    if parts.query:
        target += "?" + parts.query
    return parts.netloc, target


class WarcWriter:
    """Streaming WARC writer: records go to disk as they come, one gzip member per record.

    A new file opens (with its warcinfo record) at the first write after the previous file
    passed `max_file_size`; request and response of one exchange always share a file. Files
    are flushed after every exchange and fsynced when rotated, synced or closed.
    """

    def __init__(
        self,
        directory: Path,
        prefix: str,
        max_file_size: int = DEFAULT_MAX_FILE_SIZE,
        info: dict[str, str] | None = None,
    ):
        self.directory = Path(directory)
        self.prefix = prefix
        self.max_file_size = max_file_size
        self.info = dict(info or {})
        self.records_written = 0
        self.bytes_written = 0
        self.files: list[str] = []  # names written by this writer, in order
        # Per file: its size so far and the CDXJ entries of its response and revisit records
        # (None once one of them is cdxj-indexer's to read): the commit indexes from them.
        self._index: dict[str, tuple[int, list[IndexEntry] | None]] = {}
        self._lock = threading.Lock()
        self._file: io.BufferedWriter | None = None
        self._warc: WARCWriter | None = None
        self._rendered: io.BytesIO | None = None  # the record warcio renders, before gzip
        self._name: str | None = None
        self._next_index = self._first_free_index()
        self._closed = False

    # --- files ---------------------------------------------------------------------------------

    def _first_free_index(self) -> int:
        """Never overwrite: continue after the highest existing `<prefix>-NNNNN.warc.gz`."""
        pattern = re.compile(re.escape(self.prefix) + r"-(\d{5,})\.warc\.gz$")
        taken = []
        if self.directory.is_dir():
            for path in self.directory.iterdir():
                match = pattern.match(path.name)
                if match:
                    taken.append(int(match.group(1)))
        return max(taken) + 1 if taken else 0

    def _ensure_open(self) -> None:
        if self._closed:
            raise ValueError("WarcWriter is closed")
        if self._file is not None:
            return
        self.directory.mkdir(parents=True, exist_ok=True)
        for _attempt in range(1000):  # another writer may take a name first: never overwrite
            name = f"{self.prefix}-{self._next_index:05d}.warc.gz"
            self._next_index += 1
            try:
                self._file = open(self.directory / name, "xb")  # kept open across writes
                break
            except FileExistsError:
                continue
        else:
            raise FileExistsError(f"no free WARC file name for prefix {self.prefix!r} in {self.directory}")
        self._name = name
        self._index[name] = (0, [])
        # warcio renders each record (uncompressed, into a buffer); it is written as one gzip
        # member at level 6 (`_write_gzip_member`): warcio's own gzip is level 9, a third of the
        # crawl's time on real pages for a WARC a few percent smaller. zlib-ng writes the same
        # gzip format, as small, in half of zlib's time (1.0 against 1.8 ms for a 130 KB page).
        self._rendered = io.BytesIO()
        self._warc = WARCWriter(self._rendered, gzip=False, warc_version=WARC_VERSION)
        self.files.append(name)
        info = {
            "software": SOFTWARE,
            "format": "WARC File Format 1.1",
            "conformsTo": "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/",
            **self.info,
        }
        self._write(self._warc.create_warcinfo_record(name, info))

    def _write(self, record) -> tuple[int, int]:
        """Write one record; (offset, length) of its gzip member in the current file."""
        self._rendered.seek(0)
        self._rendered.truncate()
        self._warc.write_record(record)
        return self._write_gzip_member(self._rendered.getvalue())

    def _finish_file(self) -> None:
        if self._file is None:
            return
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        self._file = self._warc = self._rendered = self._name = None

    def _after_exchange(self) -> None:
        self._file.flush()
        if self._file.tell() >= self.max_file_size:
            self._finish_file()

    def sync(self) -> None:
        """Make everything written so far durable (fsync the open file)."""
        with self._lock:
            if self._file is not None:
                self._file.flush()
                os.fsync(self._file.fileno())

    def close(self) -> None:
        with self._lock:
            self._finish_file()
            self._closed = True

    def __enter__(self) -> WarcWriter:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- records -------------------------------------------------------------------------------

    def write_exchange(
        self,
        url: str,
        method: str,
        request_headers: Headers,
        status: int,
        reason: str | None,
        response_headers: Headers,
        body: bytes,
        *,
        fetched_at: str,
        ip: str | None = None,
        protocol: str = "HTTP/1.1",
    ) -> dict:
        """Write a response record and its request record; the response's ref.

        `body` is the payload exactly as received (content-encoding intact). The ref is
        {"file", "offset", "length", "record_id", "payload_digest", "date"}.
        """
        date = warc_date(fetched_at)
        host, target = request_target(url)
        if not any(name.lower() == "host" for name, _ in request_headers):
            request_headers = [("Host", host), *request_headers]
        extra = {"WARC-Date": date}
        if ip:
            extra["WARC-IP-Address"] = ip

        with self._lock:
            self._ensure_open()
            response = self._warc.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body),
                length=len(body),
                warc_headers_dict=dict(extra),
                http_headers=StatusAndHeaders(
                    status_line(status, reason),
                    headers_for_stored_body(response_headers, body),
                    protocol=protocol,
                ),
            )
            response_id = response.rec_headers.get_header("WARC-Record-ID")
            request = self._warc.create_warc_record(
                url,
                "request",
                warc_headers_dict={**extra, "WARC-Concurrent-To": response_id},
                http_headers=StatusAndHeaders(
                    f"{method.upper()} {target} {protocol}", list(request_headers), is_http_request=True
                ),
            )
            offset, length = self._write(response)
            digest = response.rec_headers.get_header("WARC-Payload-Digest")
            readable, mime = plain_mime(headers_for_stored_body(response_headers, body))
            self._note(IndexEntry(url, date, mime, str(status), digest, offset, length) if readable else None)
            ref = {
                "file": self._name,
                "offset": offset,
                "length": length,
                "record_id": response_id,
                "payload_digest": response.rec_headers.get_header("WARC-Payload-Digest"),
                "date": date,
                "url": url,  # the captured URI: a later revisit's WARC-Refers-To-Target-URI
            }
            self._write(request)
            self._after_exchange()
        return ref

    def write_revisit(
        self,
        url: str,
        status: int = 304,
        response_headers: Headers | None = None,
        *,
        refers_to: dict,
        fetched_at: str,
        reason: str | None = None,
        protocol: str = "HTTP/1.1",
        profile: str = SERVER_NOT_MODIFIED_PROFILE,
    ) -> dict:
        """Write a revisit record pointing at the original capture `refers_to`; its ref.

        `profile` is SERVER_NOT_MODIFIED_PROFILE (a 304: only NOT_MODIFIED_HEADERS are kept) or
        IDENTICAL_PAYLOAD_PROFILE (a full answer whose payload digest is the original's: its
        headers are kept, its body is not). A ref that is itself a revisit's is followed to the
        response it refers to, so a page confirmed crawl after crawl never grows a chain. The ref
        returned carries the original's payload digest and, under "refers_to", the original ref,
        so `read_record` can follow it to the payload.
        """
        if profile not in REVISIT_PROFILES:
            raise ValueError(f"unknown revisit profile {profile!r}")
        while refers_to.get("refers_to"):
            refers_to = refers_to["refers_to"]
        # Replay finds the original by its own URI and date, which differ from the revisit's when
        # the page was fetched through a mirror that has moved since (the demo's free ports).
        original_uri = refers_to.get("url") or target_uri(self.directory, refers_to) or url
        headers = [(n, v) for n, v in response_headers or [] if n.lower() != "transfer-encoding"]
        if profile == SERVER_NOT_MODIFIED_PROFILE:
            headers = [(n, v) for n, v in headers if n.lower() in NOT_MODIFIED_HEADERS]
        http_block = StatusAndHeaders(status_line(status, reason), headers, protocol=protocol).to_bytes()
        date = warc_date(fetched_at)
        record_id = f"<urn:uuid:{uuid.uuid4()}>"
        # Written by hand, not through warcio: warcio always adds a block digest, which nothing
        # reads back and which costs a revisit record a tenth of its compressed size.
        fields = [
            ("WARC-Type", "revisit"),
            ("WARC-Record-ID", record_id),
            ("WARC-Date", date),
            ("WARC-Target-URI", url),
            ("WARC-Profile", profile),
            ("WARC-Refers-To", refers_to["record_id"]),
            ("WARC-Refers-To-Target-URI", original_uri),
            ("WARC-Refers-To-Date", refers_to["date"]),
            ("WARC-Payload-Digest", refers_to["payload_digest"]),  # replay finds the payload by it
            ("Content-Type", "application/http; msgtype=response"),
            ("Content-Length", str(len(http_block))),
        ]
        head = "".join(f"{name}: {value}\r\n" for name, value in fields)
        record = f"{WARC_VERSION}\r\n{head}\r\n".encode() + http_block + b"\r\n\r\n"
        with self._lock:
            self._ensure_open()
            offset, length = self._write_gzip_member(record)
            digest = str(refers_to["payload_digest"])
            self._note(IndexEntry(url, date, "warc/revisit", str(status), digest, offset, length))
            ref = {
                "file": self._name,
                "offset": offset,
                "length": length,
                "record_id": record_id,
                "payload_digest": refers_to["payload_digest"],
                "date": date,
                "refers_to": dict(refers_to),
            }
            self._after_exchange()
        return ref

    def _note(self, entry: IndexEntry | None) -> None:
        """Keep the CDXJ entry of the record just written (None: its file is read back instead)."""
        size, entries = self._index[self._name]
        if (
            entries is not None
            and entry is not None
            and plain(entry.url)
            and entry.digest
            and plain(entry.digest)
        ):
            entries.append(entry)
        else:
            self._index[self._name] = (size, None)

    def written_files(self) -> dict[str, WrittenFile]:
        """Each file this writer wrote, by name: its size and the CDXJ entries of its records."""
        with self._lock:
            return {
                name: WrittenFile(size, None if entries is None else tuple(entries))
                for name, (size, entries) in self._index.items()
            }

    def _write_gzip_member(self, record: bytes) -> tuple[int, int]:
        """Write one whole WARC record as its own gzip member; (offset, length) as `_write`."""
        compressor = zlib_ng.compressobj(6, zlib_ng.DEFLATED, zlib_ng.MAX_WBITS + 16)
        data = compressor.compress(record) + compressor.flush()
        offset = self._file.tell()
        self._file.write(data)
        self._index[self._name] = (offset + len(data), self._index[self._name][1])
        self.records_written += 1
        self.bytes_written += len(data)
        return offset, len(data)
