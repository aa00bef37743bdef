"""`ReplicaWeb`: serve folders of site files on 127.0.0.1, one port per host, over real HTTP.

A sites folder holds one sub-folder per host (`samples/sites/www.wm114.cn/…`) with the bytes that
host serves and a `_site.json` giving the Content-Type header of its HTML pages (and optionally a
`last_modified` date, `query_routes` for dynamic URLs, and `extensionless_html` for sites whose
page names have no extension). Every host gets its own threaded HTTP/1.1 server so a spider can be pointed
at it with `base_url`.

What tests get beyond a static file server:
- validators: an ETag (quoted hash of the bytes) and a Last-Modified that is the same on every
  run, and 304 answers to If-None-Match / If-Modified-Since, so incremental crawls can be tested;
- a request log (`requests()`), to assert what was downloaded again or never fetched, and
  `wait_for_requests(n)`, so a test waits for a crawl's Nth request rather than for the clock;
- held answers (`hold_answers(after=n)`): a crawl caught mid-way, for as long as the test needs;
- live edits in memory (`put`, `delete`), the folder on disk is never written;
- fault injection (`inject`): status codes, slow answers, connection resets, truncated bodies,
  redirect loops, a gzip bomb, a huge body, non-HTML payloads;
- several hosts on one port: a request naming a served host (absolute-form target, as a client
  sends to its `http_proxy`, or Host header) is answered by that host, whichever port it reached,
  so `http_proxy=http://127.0.0.1:PORT` lets a crawler fetch the hosts' real URLs
  (`http://www.x.test/…`); https is not spoken (a crawler answers such links over http).

Only the standard library is used: the server must start in milliseconds inside every test.
"""

from __future__ import annotations

import functools
import json
import mimetypes
import random
import socket
import socketserver
import struct
import sys
import threading
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from hashlib import sha256
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

SITE_META = "_site.json"
# Last-Modified of every file on disk unless `_site.json` says otherwise: fixed, so validators
# (and WARC records) are the same on every run and every machine.
DEFAULT_LAST_MODIFIED = datetime(2025, 11, 10, 0, 0, 0, tzinfo=UTC)
DEFAULT_HTML_CONTENT_TYPE = "text/html; charset=utf-8"
# Non-HTML files the sites carry, answered with what real servers send.
CONTENT_TYPES_BY_NAME = {"robots.txt": "text/plain", "sitemap.xml": "application/xml"}
# Extensionless non-HTML files by their path: Blogger's Atom feed.
CONTENT_TYPES_BY_KEY = {"feeds/posts/default": "application/atom+xml; charset=UTF-8"}

# Names a request may give for "this server" rather than for one of the hosts it serves.
LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1", ""})

FAULTS = ("status", "slow", "reset", "truncate", "redirect_loop", "gzip_bomb", "huge", "not_html")
ANY_PATH = "*"

STREAM_CHUNK = 64 * 1024
HUGE_DEFAULT_SIZE = 50 * 1024 * 1024
GZIP_BOMB_DEFAULT_SIZE = 1 << 30  # inflated size: 1 GiB of zeros
GZIP_BOMB_BLOCK = 1 << 20
# A server thread gives up on an idle keep-alive connection after this many seconds.
IDLE_CONNECTION_TIMEOUT = 30.0


class PathRefused(ValueError):
    """A request target that tries to leave the host folder or is not a path at all."""


def resource_key(target: str) -> str:
    """The file a request target names, relative to the host folder: '/' -> 'index.html'.

    Percent-decoding happens once, before the check, so `%2e%2e` is refused like `..`.
    Absolute-form targets (`http://host/path`) keep only their path. Raises PathRefused for
    anything that could escape the folder.
    """
    if target.startswith(("http://", "https://")):
        target = urlsplit(target).path or "/"
    path = target.split("#", 1)[0].split("?", 1)[0]
    if not path.startswith("/"):
        raise PathRefused(f"not an origin-form path: {target!r}")
    path = unquote(path, errors="strict")
    if "\x00" in path or "\\" in path:
        raise PathRefused(f"forbidden character in {target!r}")
    segments = []
    for segment in path.split("/"):
        if segment == "..":
            raise PathRefused(f"parent segment in {target!r}")
        if segment not in ("", "."):
            segments.append(segment)
    if path.endswith("/") or not segments:
        segments.append("index.html")
    return "/".join(segments)


def query_key(target: str) -> str:
    """A request target with its query parameters sorted: how query routes are matched."""
    if target.startswith(("http://", "https://")):
        parts = urlsplit(target)
        target = parts.path + ("?" + parts.query if parts.query else "")
    path, _, query = target.split("#", 1)[0].partition("?")
    return path + "?" + urlencode(sorted(parse_qsl(query, keep_blank_values=True)))


def etag_of(data: bytes) -> str:
    return '"' + sha256(data).hexdigest()[:32] + '"'


def http_date(moment: datetime) -> str:
    return format_datetime(moment.astimezone(UTC), usegmt=True)


def parse_http_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def parse_site_date(value: str | None) -> datetime | None:
    """`last_modified` of `_site.json`: ISO 8601 or an HTTP date."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return parse_http_date(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def etag_matches(if_none_match: str, etag: str) -> bool:
    """Weak comparison, as RFC 9110 asks for If-None-Match."""
    if if_none_match.strip() == "*":
        return True
    bare = etag.removeprefix("W/")
    return any(candidate.strip().removeprefix("W/") == bare for candidate in if_none_match.split(","))


@dataclass(frozen=True)
class Resource:
    """One file as served: its bytes and the validators derived from them."""

    data: bytes
    content_type: str
    last_modified: datetime
    etag: str = ""

    @classmethod
    def of(cls, data: bytes, content_type: str, last_modified: datetime) -> Resource:
        return cls(data, content_type, last_modified.replace(microsecond=0), etag_of(data))


class _Directory:
    """A lookup result: the key is a folder asked for without its trailing slash."""


DIRECTORY = _Directory()


@dataclass
class Fault:
    kind: str
    key: str  # resource key, or ANY_PATH
    remaining: int | None  # None: always
    params: dict = field(default_factory=dict)


class HostSite:
    """The files of one host: the folder on disk plus the in-memory edits over it."""

    def __init__(self, name: str, root: Path):
        self.name = name
        self.root = root.resolve()
        meta_file = self.root / SITE_META
        meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.is_file() else {}
        self.html_content_type: str = meta.get("content_type", DEFAULT_HTML_CONTENT_TYPE)
        # Sites whose pages have no extension (`/p/7012345678`, `/a/785123456_121106`): such
        # names are served as the site's HTML rather than as octet-stream.
        self.extensionless_html: bool = bool(meta.get("extensionless_html", False))
        # Sites whose page names are also folders (`/question/N` beside `/question/N/answer/M`):
        # a folder asked for without its slash answers its index.html instead of a redirect.
        self.folder_pages: bool = bool(meta.get("folder_pages", False))
        self.base_last_modified = parse_site_date(meta.get("last_modified")) or DEFAULT_LAST_MODIFIED
        self.edits: dict[str, Resource | None] = {}  # key -> replacement, None = deleted
        self.faults: list[Fault] = []
        # Dynamic URLs of the site (`/index.php?m=content&c=index&a=show&id=88`) -> the file that
        # answers them; matched with the query in any order.
        self.query_routes = {query_key(target): key for target, key in meta.get("query_routes", {}).items()}

    def resolve(self, target: str, key: str) -> Resource | _Directory | None:
        """What a request target gets: a routed dynamic URL, else the file its path names."""
        if "?" in target and self.query_routes:
            routed = self.query_routes.get(query_key(target))
            if routed is not None:
                return self.lookup(routed)
        return self.lookup(key)

    def content_type(self, key: str) -> str:
        name = key.rsplit("/", 1)[-1]
        if name.lower().endswith((".html", ".htm", ".shtml", ".jhtml", ".jsp", ".aspx", ".cgi")):
            return self.html_content_type
        if name in CONTENT_TYPES_BY_NAME:
            return CONTENT_TYPES_BY_NAME[name]
        if key in CONTENT_TYPES_BY_KEY:
            return CONTENT_TYPES_BY_KEY[key]
        if self.extensionless_html and "." not in name:
            return self.html_content_type
        guessed, _ = mimetypes.guess_type(name)
        return guessed or "application/octet-stream"

    def file_for(self, key: str) -> Path | None:
        """The file on disk for a key, or None when it is not servable (missing, meta, hidden, outside)."""
        if key == SITE_META or any(part.startswith(".") for part in key.split("/")):
            return None
        candidate = (self.root / key).resolve()
        if not candidate.is_relative_to(self.root):  # e.g. a symlink pointing out of the folder
            return None
        return candidate

    def lookup(self, key: str) -> Resource | _Directory | None:
        if key in self.edits:
            return self.edits[key]
        path = self.file_for(key)
        if path is None:
            return None
        if path.is_file():
            return Resource.of(path.read_bytes(), self.content_type(key), self.base_last_modified)
        if path.is_dir():
            if self.folder_pages and (path / "index.html").is_file():
                return self.lookup(key + "/index.html")
            return DIRECTORY
        return None


@dataclass
class _Hold:
    """`hold_answers`: how many requests still go through, and the event that lets the rest go."""

    free: int
    release: threading.Event = field(default_factory=threading.Event)


class _HostServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address, web: ReplicaWeb, site: HostSite):
        self.web = web
        self.site = site
        super().__init__(address, _ReplicaHandler)

    def handle_error(self, request, client_address):
        if isinstance(sys.exc_info()[1], OSError):
            return  # a client gone mid-request (a crawl killed by a test): no traceback on stderr
        super().handle_error(request, client_address)

    def server_bind(self):
        # HTTPServer.server_bind resolves the FQDN of the address, which can stall on a
        # machine without DNS; the name is never used here.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = host, port


class _ReplicaHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "replica-web/1"
    timeout = IDLE_CONNECTION_TIMEOUT
    server: _HostServer

    # --- plumbing -----------------------------------------------------------------------------
    def setup(self):
        super().setup()
        # Headers and body go out in separate writes: without this, Nagle's algorithm and the
        # client's delayed ACK stall every answer by ~40 ms.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.web._track_connection(self.connection, opened=True)

    def finish(self):
        try:
            super().finish()
        except OSError:
            pass
        finally:
            self.server.web._track_connection(self.connection, opened=False)

    def log_message(self, format, *args):
        pass  # the request log replaces stderr noise

    def version_string(self):
        return self.server_version

    def do_GET(self):
        self._answer(head=False)

    def do_HEAD(self):
        self._answer(head=True)

    def _answer(self, head: bool):
        web = self.server.web
        # Which host answers: the one the request names (absolute-form target, as proxies get,
        # or Host header) when this web serves it, else the host of this port.
        site = self.site = web.site_for(self.server.site, self.path, self.headers.get("Host"))
        self.entry = {
            "host": site.name if site else urlsplit(self.path).hostname,
            "method": self.command,
            "path": self.path,
            "status": 0,
            "bytes_sent": 0,
            "conditional": bool(self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since")),
            "fault": None,
        }
        # Logged now and filled in as the answer goes out: a client that has its answer
        # must find the request in the log already.
        web._log_request(self.entry)
        if web.on_request is not None:
            web.on_request(dict(self.entry))
        if site is None:  # a proxy request for a host this web does not serve
            self._send_message(HTTPStatus.BAD_GATEWAY, head)
            return
        try:
            release = web._hold_for_this_request()
            if release is not None:
                release.wait()
            if web.latency:
                web._stopping.wait(web.latency)
            try:
                key = resource_key(self.path)
            except (PathRefused, UnicodeDecodeError):
                self._send_message(HTTPStatus.BAD_REQUEST, head)
                return
            fault = web._take_fault(site, key)
            if fault is None:
                self._serve(key, head)
                return
            self.entry["fault"] = fault.kind
            getattr(self, f"_fault_{fault.kind}")(key, head, **fault.params)
        except OSError:  # the client went away (reset, or gave up on a huge body)
            self.close_connection = True

    def _send(
        self,
        status: int,
        headers: dict[str, str],
        body: bytes | Iterable[bytes] = b"",
        head: bool = False,
        length: int | None = None,
    ):
        """Status line, headers and (unless HEAD / 304) the body, counted into the log entry."""
        self.entry["status"] = int(status)
        self.send_response(status)
        if isinstance(body, bytes):
            length = len(body)
        for name, value in headers.items():
            self.send_header(name, value)
        if status != HTTPStatus.NOT_MODIFIED:
            self.send_header("Content-Length", str(length or 0))
        self.end_headers()
        if head or status == HTTPStatus.NOT_MODIFIED:
            return
        for chunk in [body] if isinstance(body, bytes) else body:
            self.entry["bytes_sent"] += len(chunk)  # counted first: the client may read it at once
            try:
                self.wfile.write(chunk)
            except OSError:
                self.entry["bytes_sent"] -= len(chunk)
                raise

    def _send_message(self, status: int, head: bool, headers: dict[str, str] | None = None):
        phrase = HTTPStatus(status).phrase
        body = f"<html><body><h1>{int(status)} {phrase}</h1></body></html>\n".encode()
        headers = {"Content-Type": "text/html; charset=utf-8", **(headers or {})}
        self._send(status, headers, body, head)

    def _serve(self, key: str, head: bool):
        found = self.site.resolve(self.path, key)
        if found is DIRECTORY:
            self._send_message(HTTPStatus.MOVED_PERMANENTLY, head, {"Location": "/" + key + "/"})
            return
        if found is None:
            self._send_message(HTTPStatus.NOT_FOUND, head)
            return
        validators = {"ETag": found.etag, "Last-Modified": http_date(found.last_modified)}
        if self._not_modified(found):
            self._send(HTTPStatus.NOT_MODIFIED, validators, head=head)
            return
        self._send(HTTPStatus.OK, {"Content-Type": found.content_type, **validators}, found.data, head)

    def _not_modified(self, resource: Resource) -> bool:
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match:  # takes precedence over If-Modified-Since (RFC 9110 13.2.2)
            return etag_matches(if_none_match, resource.etag)
        since = parse_http_date(self.headers.get("If-Modified-Since"))
        return since is not None and resource.last_modified <= since

    # --- faults: one method per kind, `_fault_<kind>(key, head, **params)` ---------------------
    def _fault_status(self, key, head, status=503, headers=None):
        if int(status) == HTTPStatus.NOT_MODIFIED:
            self._send(status, dict(headers or {}), head=head)
        else:
            self._send_message(status, head, headers)

    def _fault_slow(self, key, head, seconds=5.0):
        self.server.web._stopping.wait(seconds)
        self._serve(key, head)

    def _fault_reset(self, key, head):
        # SO_LINGER with a zero timeout makes close() send RST instead of FIN.
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        self.connection.close()

    def _fault_truncate(self, key, head):
        found = self.site.lookup(key)
        if isinstance(found, Resource):
            data, content_type = found.data, found.content_type
        else:
            data, content_type = _filler_html(4096), DEFAULT_HTML_CONTENT_TYPE
        self.close_connection = True  # the declared length is never reached: close after half
        half = data[: max(1, len(data) // 2)]
        self._send(HTTPStatus.OK, {"Content-Type": content_type}, [half], head, length=len(data))

    def _fault_redirect_loop(self, key, head, to=None, status=302):
        location = to or self.path
        self._send_message(status, head, {"Location": location})

    def _fault_gzip_bomb(self, key, head, size=GZIP_BOMB_DEFAULT_SIZE):
        length, chunks = gzip_bomb(size)
        headers = {"Content-Type": DEFAULT_HTML_CONTENT_TYPE, "Content-Encoding": "gzip"}
        self._send(HTTPStatus.OK, headers, chunks, head, length=length)

    def _fault_huge(self, key, head, size=HUGE_DEFAULT_SIZE):
        self._send(
            HTTPStatus.OK, {"Content-Type": DEFAULT_HTML_CONTENT_TYPE}, huge_html(size), head, length=size
        )

    def _fault_not_html(self, key, head, kind="pdf", size=64 * 1024, seed=0, content_type=None):
        if kind == "pdf":
            body, declared = MINIMAL_PDF, "application/pdf"
        else:  # "random": bytes that are no document at all
            body, declared = random.Random(seed).randbytes(size), "application/octet-stream"
        self._send(HTTPStatus.OK, {"Content-Type": content_type or declared}, body, head)


MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def _filler_html(size: int) -> bytes:
    return b"".join(huge_html(size))


def huge_html(size: int) -> Iterator[bytes]:
    """Exactly `size` bytes of an HTML page made of repeated paragraphs, in STREAM_CHUNK pieces."""
    head = b'<!DOCTYPE html><html><head><meta charset="utf-8"><title>huge</title></head><body>\n'
    paragraph = "<p>这是一个非常大的页面,用来测试下载大小的上限。</p>\n".encode()
    paragraphs = paragraph * (STREAM_CHUNK // len(paragraph))  # whole paragraphs: valid UTF-8
    chunk, sent = head + paragraphs, 0
    while sent < size:
        piece = chunk[: size - sent]
        sent += len(piece)
        yield piece
        chunk = paragraphs


@functools.lru_cache(maxsize=4)
def _gzip_bomb_parts(size: int) -> tuple[bytes, bytes, int, bytes, bytes]:
    """The pieces of a gzip member inflating to `size` zero bytes, built by streaming zlib.

    Each 1 MiB block of zeros is compressed after a full flush, which resets the compressor, so
    every full block compresses to the same bytes: the body is that block repeated, never held
    whole in memory, and building it costs one block's compression plus a CRC pass.
    """
    blocks, rest = divmod(size, GZIP_BOMB_BLOCK)
    zero_block = bytes(GZIP_BOMB_BLOCK)
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)  # raw deflate; gzip framing added here
    block = compressor.compress(zero_block) + compressor.flush(zlib.Z_FULL_FLUSH)
    tail = compressor.compress(bytes(rest)) + compressor.flush(zlib.Z_FINISH)
    crc = 0
    for _ in range(blocks):
        crc = zlib.crc32(zero_block, crc)
    crc = zlib.crc32(bytes(rest), crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"  # gzip, deflate, no name, mtime 0
    trailer = struct.pack("<II", crc & 0xFFFFFFFF, size & 0xFFFFFFFF)
    return header, block, blocks, tail, trailer


def gzip_bomb(size: int = GZIP_BOMB_DEFAULT_SIZE) -> tuple[int, Iterator[bytes]]:
    """(compressed length, chunks) of a gzip body that inflates to `size` bytes of zeros."""
    header, block, blocks, tail, trailer = _gzip_bomb_parts(size)
    length = len(header) + len(block) * blocks + len(tail) + len(trailer)

    def chunks() -> Iterator[bytes]:
        yield header
        per_chunk = max(1, STREAM_CHUNK // len(block))
        left = blocks
        while left:
            n = min(per_chunk, left)
            yield block * n
            left -= n
        yield tail + trailer

    return length, chunks()


class ReplicaWeb:
    """Every host folder of `sites_dir` served on its own 127.0.0.1 port.

    `hosts` picks some of them (default: all). `latency` delays every answer (seconds).
    `dynamic` adds hosts whose pages are made per request (a `HostSite` subclass overriding
    `resolve`, e.g. the endless trap site of `replica.trap`).
    `port_base` serves the hosts, in sorted order, on port_base, port_base + 1, …; by default
    each host binds a free port. `on_request(entry)` is called as each request arrives, before it
    is answered, with its log entry (tests interrupt a crawl at its Nth request this way).
    Use as a context manager or call start() / stop().
    """

    def __init__(
        self,
        sites_dir: Path,
        hosts: list[str] | None = None,
        *,
        latency: float = 0.0,
        port_base: int | None = None,
        dynamic: dict[str, HostSite] | None = None,
        on_request: Callable[[dict], None] | None = None,
    ):
        self.sites_dir = Path(sites_dir)
        self.on_request = on_request
        if not self.sites_dir.is_dir():
            raise FileNotFoundError(f"no sites folder at {self.sites_dir}")
        available = sorted(
            p.name for p in self.sites_dir.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))
        )
        if hosts is None:
            hosts = available
        unknown = sorted(set(hosts) - set(available))
        if unknown:
            raise ValueError(f"no folder for host(s) {', '.join(unknown)} in {self.sites_dir}")
        dynamic = dict(dynamic or {})
        self.hosts: list[str] = sorted(set(hosts) | set(dynamic))
        self.latency = float(latency)
        self.port_base = port_base
        self._sites = {
            host: dynamic.get(host) or HostSite(host, self.sites_dir / host) for host in self.hosts
        }
        self._servers: dict[str, _HostServer] = {}
        self._threads: dict[str, threading.Thread] = {}  # host -> its serve_forever thread
        self._lock = threading.Lock()
        self._log: list[dict] = []
        self._logged = threading.Condition(self._lock)  # notified at each request logged
        self._holds: list[_Hold] = []
        self._connections: set[socket.socket] = set()
        self._stopping = threading.Event()

    # --- lifecycle ---------------------------------------------------------------------------
    def start(self) -> ReplicaWeb:
        if self._servers:
            return self
        self._stopping.clear()
        try:
            for index, host in enumerate(self.hosts):
                port = 0 if self.port_base is None else self.port_base + index
                self._servers[host] = _HostServer(("127.0.0.1", port), self, self._sites[host])
        except OSError:
            self.stop()
            raise
        for host, server in self._servers.items():
            thread = threading.Thread(
                target=server.serve_forever,
                kwargs={"poll_interval": 0.05},
                name=f"replica-{host}",
                daemon=True,
            )
            thread.start()
            self._threads[host] = thread
        return self

    def stop(self) -> None:
        self._stopping.set()  # wakes handlers sleeping in "slow" faults or latency
        with self._lock:
            holds, self._holds = self._holds, []
        for hold in holds:  # and those holding an answer
            hold.release.set()
        servers, self._servers = self._servers, {}
        threads, self._threads = self._threads, {}
        for host, server in servers.items():
            if host in threads:  # shutdown() waits for serve_forever: only call it on running ones
                server.shutdown()
        with self._lock:
            connections = list(self._connections)
        for connection in connections:  # keep-alive connections must not outlive the server
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        for server in servers.values():
            server.server_close()
        for thread in threads.values():
            thread.join(timeout=5)

    def __enter__(self) -> ReplicaWeb:
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()

    # --- addresses ---------------------------------------------------------------------------
    @property
    def urls(self) -> dict[str, str]:
        if not self._servers:
            raise RuntimeError("the replica web is not started")
        return {host: f"http://127.0.0.1:{server.server_port}" for host, server in self._servers.items()}

    def url(self, host: str, path: str = "/") -> str:
        return self.urls[host] + (path if path.startswith("/") else "/" + path)

    # --- request log -------------------------------------------------------------------------
    def requests(self, host: str | None = None) -> list[dict]:
        """Answered requests in order: host, method, path (as sent), status (0: no answer),
        bytes_sent (body bytes), conditional (validators sent), fault (kind or None)."""
        with self._lock:
            return [dict(e) for e in self._log if host is None or e["host"] == host]

    def clear_requests(self) -> None:
        with self._lock:
            self._log.clear()

    def wait_for_requests(self, count: int, host: str | None = None, timeout: float | None = None) -> bool:
        """Block until the log holds `count` requests (of `host`, or of any host); False if
        `timeout` seconds passed first (a bound against a hang, not a way to pace a test)."""
        with self._logged:
            return self._logged.wait_for(
                lambda: sum(1 for e in self._log if host is None or e["host"] == host) >= count, timeout
            )

    def hold_answers(self, after: int = 0) -> threading.Event:
        """Answer `after` more requests, then hold every answer until the returned event is set
        (or the server stops). Held requests are in the log already: `wait_for_requests(after + 1)`
        returns once a crawl is caught mid-way, and it stays there as long as the test needs."""
        hold = _Hold(after)
        with self._lock:
            self._holds.append(hold)
        return hold.release

    def _hold_for_this_request(self) -> threading.Event | None:
        """The event this request's answer waits for, if a hold has let its `after` requests go."""
        with self._lock:
            self._holds = [hold for hold in self._holds if not hold.release.is_set()]
            for hold in self._holds:
                if hold.free == 0:
                    return hold.release
                hold.free -= 1
        return None

    def _log_request(self, entry: dict) -> None:
        """Keep `entry` itself: its handler fills in status and bytes_sent as it answers."""
        with self._logged:
            self._log.append(entry)
            self._logged.notify_all()

    def _track_connection(self, connection: socket.socket, opened: bool) -> None:
        with self._lock:
            if opened:
                self._connections.add(connection)
            else:
                self._connections.discard(connection)

    # --- live edits --------------------------------------------------------------------------
    def put(self, host: str, path: str, data: bytes) -> None:
        """Replace or add a page in memory: new ETag, a Last-Modified later than the old one."""
        site = self._site(host)
        key = resource_key(path)
        with self._lock:
            previous = site.lookup(key)
            floor = previous.last_modified if isinstance(previous, Resource) else site.base_last_modified
            now = datetime.now(UTC).replace(microsecond=0)
            modified = max(now, floor + timedelta(seconds=1))
            site.edits[key] = Resource.of(bytes(data), site.content_type(key), modified)

    def delete(self, host: str, path: str) -> None:
        """Make a page answer 404 (until put again)."""
        site = self._site(host)
        with self._lock:
            site.edits[resource_key(path)] = None

    # --- faults ------------------------------------------------------------------------------
    def inject(self, host: str, path: str, fault: str, times: int | None = 1, **params) -> None:
        """Make the next `times` requests for `path` (or "*": any path) of `host` fail with `fault`.

        `times=None` keeps the fault for good. Faults and their parameters:
        status (status=503, headers={}), slow (seconds=5.0), reset, truncate,
        redirect_loop (to=None: to itself; to=PATH: PATH redirects back, a pair; status=302),
        gzip_bomb (size=1 GiB inflated), huge (size=50 MiB), not_html (kind="pdf"|"random",
        size, seed, content_type). Earlier injections match first.
        """
        if fault not in FAULTS:
            raise ValueError(f"unknown fault {fault!r}; one of {', '.join(FAULTS)}")
        if times is not None and times < 1:
            raise ValueError("times must be at least 1 (or None for always)")
        site = self._site(host)
        key = ANY_PATH if path == ANY_PATH else resource_key(path)
        with self._lock:
            site.faults.append(Fault(fault, key, times, dict(params)))
            if fault == "redirect_loop" and params.get("to"):
                back = {**params, "to": path}
                site.faults.append(Fault(fault, resource_key(params["to"]), times, back))

    def clear_faults(self, host: str | None = None) -> None:
        with self._lock:
            for site in self._sites.values():
                if host is None or site.name == host:
                    site.faults.clear()

    def _take_fault(self, site: HostSite, key: str) -> Fault | None:
        with self._lock:
            for fault in site.faults:
                if fault.key in (key, ANY_PATH):
                    if fault.remaining is not None:
                        fault.remaining -= 1
                        if fault.remaining <= 0:
                            site.faults.remove(fault)
                    return fault
        return None

    def site_for(self, own: HostSite, target: str, host_header: str | None) -> HostSite | None:
        """The host a request is for. An absolute-form target (`GET http://www.x.test/a HTTP/1.1`,
        what a client sends to an HTTP proxy) names it, else the Host header; a served name picks
        that host, so every port also works as `http_proxy` for the whole web. A loopback name
        (`127.0.0.1:PORT`) picks the host served on that port, or this port's own; another name
        in an absolute-form target is a host out of reach (None: 502)."""
        absolute = target.startswith(("http://", "https://"))
        named = urlsplit(target if absolute else "//" + (host_header or ""))
        name = (named.hostname or "").lower()
        if name in self._sites:
            return self._sites[name]
        if name in LOOPBACK_NAMES:
            port = named.port
            by_port = [h for h, server in self._servers.items() if server.server_port == port]
            return self._sites[by_port[0]] if by_port else own
        return None if absolute else own

    @property
    def proxy_url(self) -> str:
        """An address to give clients as `http_proxy`: any port routes by the requested host."""
        return next(iter(self.urls.values()))

    def _site(self, host: str) -> HostSite:
        try:
            return self._sites[host]
        except KeyError:
            raise KeyError(f"host {host!r} is not served (serving: {', '.join(self.hosts)})") from None
