"""How a worker's results reach the coordinator, which alone writes the archive.

Workers on other machines cannot write the archive directory, so everything travels through one
Redis stream (`<ns>:handover`), in the order it happened:
- `warc`: bytes a worker's WarcWriter appended to one of its WARC files, with their offset. The
  coordinator writes them at that offset into `warc/<run_id>-<worker>-NNNNN.warc.gz`, so every WARC
  reference a worker took (file, offset) is valid in the archive; a chunk written twice is the
  same bytes at the same place.
- `history`: a fetch history entry the conditional-request middleware staged for the run.
- `item`: an article as the extraction steps left it (documents, captures' provenance; the raw
  bodies are in the WARC already and are not sent again).
Every message is JSON checked against `HANDOVER_SCHEMA` (WARC bytes ride raw in a field of their
own), never pickle: whoever can write to the Redis must not be able to run code in the coordinator,
the process that holds the archive lock. A message that is not valid JSON of its kind's schema is
refused, logged and counted (`speech_archive/distributed/handover_refused`), never loaded.
A request's WARC chunk is sent from the downloader middleware, before its item exists, so the
coordinator never archives a document whose capture it has not written.

The fetch history is read by workers from `<ns>:history`, published by the coordinator at the
start of the run: a distributed re-crawl sends the same conditional requests as a local one.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import shutil
import tempfile
from pathlib import Path
from types import SimpleNamespace

import jsonschema
from scrapy import signals

from archive.warc_writer import DEFAULT_MAX_FILE_SIZE, WarcWriter
from crawler.distributed import RunKeys
from crawler.distributed.connection import connect
from crawler.middlewares import ConditionalRequestMiddleware, WarcCaptureMiddleware, archive_run
from pipelines.document import Document
from pipelines.items import PageCapture, PageItem

logger = logging.getLogger(__name__)

KIND_WARC = "warc"
KIND_HISTORY = "history"
KIND_ITEM = "item"


# --- messages ------------------------------------------------------------------------------------
_TEXT = {"type": ["string", "null"]}
_WARC_REF = {
    "type": ["object", "null"],
    "properties": {
        "file": {"type": "string"},
        "offset": {"type": "integer", "minimum": 0},
        "length": {"type": "integer", "minimum": 0},
        "record_id": _TEXT,
        "payload_digest": _TEXT,
        "date": _TEXT,
        "url": _TEXT,
        "refers_to": {"$ref": "#/$defs/warc_ref"},
    },
    "additionalProperties": False,
}
_HISTORY_ENTRY = {
    "type": "object",
    "properties": {
        "etag": _TEXT,
        "last_modified": _TEXT,
        "payload_digest": _TEXT,
        "status": {"type": ["integer", "null"]},
        "fetched_at": _TEXT,
        "warc": {"$ref": "#/$defs/warc_ref"},
        "site": _TEXT,
        "continuations": {"type": ["array", "null"], "items": {"type": "string"}},
    },
    "additionalProperties": False,
}
_PAGE = {
    "type": "object",
    "required": ["url", "status", "headers", "fetched_at"],
    "properties": {
        "url": {"type": "string"},
        "status": {"type": "integer"},
        "headers": {"type": "object", "additionalProperties": {"type": "string"}},
        "fetched_at": {"type": "string"},
        "fetch_url": _TEXT,
        "warc": {"$ref": "#/$defs/warc_ref"},
        "etag": _TEXT,
        "last_modified": _TEXT,
    },
    "additionalProperties": False,
}
# One schema per message kind; the WARC chunk's bytes travel beside the JSON, not in it.
HANDOVER_SCHEMA = {
    "warc": {
        "type": "object",
        "required": ["file", "offset"],
        "properties": {"file": {"type": "string"}, "offset": {"type": "integer", "minimum": 0}},
        "additionalProperties": False,
    },
    "history": {  # a fetch history entry, or a page an article continues on
        "type": "object",
        "required": ["url"],
        "properties": {
            "url": {"type": "string"},
            "entry": _HISTORY_ENTRY,
            "continuation": {"type": "string"},
        },
        "oneOf": [{"required": ["entry"]}, {"required": ["continuation"]}],
        "additionalProperties": False,
    },
    "item": {
        "type": "object",
        "required": ["site", "url", "pages", "unchanged", "gone", "documents"],
        "properties": {
            "site": {"type": "string"},
            "url": {"type": "string"},
            "pages": {"type": "array", "items": _PAGE},
            "unchanged": {"type": "boolean"},
            "gone": {"type": "boolean"},
            # Documents as the extraction steps left them: plain JSON objects with their text.
            "documents": {
                "type": "array",
                "items": {"type": "object", "required": ["text"], "properties": {"text": {"type": "string"}}},
            },
        },
        "additionalProperties": False,
    },
}
_VALIDATORS = {
    kind: jsonschema.Draft202012Validator({**schema, "$defs": {"warc_ref": _WARC_REF}})
    for kind, schema in HANDOVER_SCHEMA.items()
}


class HandoverRefused(ValueError):
    """A hand-over message that is not what a worker sends; `reason` is a short stats label."""

    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason = reason


def item_to_json(item: PageItem) -> dict:
    """A hand-over item as plain JSON (page bodies are in the WARC already and are not sent)."""
    pages = [
        {f.name: getattr(page, f.name) for f in dataclasses.fields(page) if f.name != "body"}
        for page in item.pages
    ]
    return {
        "site": item.site,
        "url": item.url,
        "pages": pages,
        "unchanged": item.unchanged,
        "gone": item.gone,
        "documents": [doc.to_dict() for doc in item.documents],
    }


def item_from_json(data: dict) -> PageItem:
    return PageItem(
        site=data["site"],
        url=data["url"],
        pages=[PageCapture(body=b"", **page) for page in data["pages"]],
        unchanged=data["unchanged"],
        gone=data["gone"],
        documents=[Document.from_dict(doc) for doc in data["documents"]],
    )


def encode_message(kind: str, run_id: str, worker_id: str, payload) -> dict:
    """Stream fields of one message: kind, run, worker, JSON payload (`d`), raw WARC bytes (`b`)."""
    fields = {"k": kind, "r": run_id, "w": worker_id}
    if kind == KIND_WARC:
        fields["b"] = payload["data"]
        payload = {"file": payload["file"], "offset": payload["offset"]}
    elif kind == KIND_ITEM:
        payload = item_to_json(payload)
    fields["d"] = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return fields


def decode_message(fields: dict) -> tuple[str, str, str, object]:
    """(kind, run id, worker id, payload) of a stream entry; HandoverRefused unless it is valid JSON
    of its kind's schema. Nothing in a message is ever unpickled or evaluated."""
    try:
        kind, run_id, worker_id = (fields[name].decode("utf-8") for name in (b"k", b"r", b"w"))
        raw = fields[b"d"]
    except (KeyError, UnicodeDecodeError) as exc:
        raise HandoverRefused("malformed", f"message fields missing or not text: {exc}") from None
    if kind not in _VALIDATORS:
        raise HandoverRefused("unknown_kind", f"unknown message kind {kind!r}")
    if raw[:1] == b"\x80":  # pickle's protocol marker: a sender that is not one of our workers
        raise HandoverRefused("pickle", f"{kind} message from {worker_id!r} is a pickle; refused unread")
    try:
        payload = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise HandoverRefused("not_json", f"{kind} message from {worker_id!r} is not JSON: {exc}") from None
    error = jsonschema.exceptions.best_match(_VALIDATORS[kind].iter_errors(payload))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(top)"
        raise HandoverRefused("schema", f"{kind} message from {worker_id!r} at {where}: {error.message}")
    if kind == KIND_WARC:
        data = fields.get(b"b")
        if not isinstance(data, bytes):
            raise HandoverRefused("schema", f"warc message from {worker_id!r} carries no bytes")
        payload["data"] = data
    elif kind == KIND_ITEM:
        payload = item_from_json(payload)
    return kind, run_id, worker_id, payload


def item_for_handover(item):
    """The item without what the coordinator does not need: page bodies (in WARC) and scratch state."""
    pages = [dataclasses.replace(page, body=b"") for page in item.pages]
    return dataclasses.replace(item, pages=pages, cleaned_pages=[], article=None, speeches=[])


def handover_key(item) -> str:
    """Same article, same captured bytes -> same key: a hand-over repeated (a reclaimed request
    fetched again) is stored once."""
    digest = hashlib.sha256()
    digest.update(json.dumps([item.site, item.url, item.unchanged, item.gone]).encode())
    for page in item.pages:
        ref = page.warc or {}
        digest.update(b"\0" + (page.url or "").encode() + b"\0" + str(ref.get("payload_digest")).encode())
    for doc in item.documents:
        digest.update(b"\1" + json.dumps([doc.url, doc.text], ensure_ascii=False).encode())
    return digest.hexdigest()


class HandOver:
    """Appends messages to the run's hand-over stream."""

    def __init__(self, server, keys: RunKeys, run_id: str, worker_id: str):
        self.server = server
        self.keys = keys
        self.run_id = run_id
        self.worker_id = worker_id

    def send(self, kind: str, payload) -> None:
        self.server.xadd(self.keys.handover, encode_message(kind, self.run_id, self.worker_id, payload))


def handover_from_crawler(crawler) -> HandOver:

    settings = crawler.settings
    server = connect(settings.get("REDIS_URL"), settings.getfloat("DISTRIBUTED_REDIS_GIVE_UP_AFTER", 60.0))
    keys = RunKeys(settings.get("DISTRIBUTED_NAMESPACE"))
    return HandOver(server, keys, settings.get("DISTRIBUTED_RUN_ID"), settings.get("DISTRIBUTED_WORKER_ID"))


class HandOverPipeline:
    """A worker's last item step: the item goes to the coordinator instead of the archive."""

    def __init__(self, handover: HandOver, stats=None):
        self.handover = handover
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(handover_from_crawler(crawler), crawler.stats)

    def process_item(self, item):
        self.handover.send(KIND_ITEM, item_for_handover(item))
        if self.stats is not None:
            self.stats.inc_value("speech_archive/distributed/items_handed_over")
        return item


# --- what a worker has instead of an archive run ---------------------------------------------------
class WorkerRun:
    """Stands in for archive.store.Run in a worker: its id, a local spool for WARC files, no commit."""

    def __init__(self, run_id: str, spool_dir: Path):
        self.run_id = run_id
        self.archive = SimpleNamespace(warc_dir=Path(spool_dir), history_path=None, root=Path(spool_dir))
        self.failures: list[str] = []  # why this worker stopped early (Redis gone, a spider failed)

    def add_commit_hook(self, fn) -> None:
        """The coordinator applies the staged history when it commits; nothing to do here."""


class SharedHistory:
    """FetchHistory as a worker sees it: read from Redis, staged entries handed to the coordinator."""

    def __init__(self, server, keys: RunKeys, handover: HandOver):
        self.server = server
        self.keys = keys
        self.handover = handover

    def get(self, url: str) -> dict | None:
        raw = self.server.hget(self.keys.history, url)
        return json.loads(raw) if raw else None

    def stage(self, run_id: str, url: str, entry: dict) -> None:
        self.handover.send(KIND_HISTORY, {"url": url, "entry": entry})

    def add_continuation(self, run_id: str, first_url: str, url: str) -> None:
        # After page 1's entry on the same stream: the coordinator applies them in order.
        self.handover.send(KIND_HISTORY, {"url": first_url, "continuation": url})

    def apply(self, run_id: str) -> int:
        return 0

    def close(self) -> None:
        pass


def shared_history_from_crawler(crawler) -> SharedHistory:
    handover = handover_from_crawler(crawler)
    return SharedHistory(handover.server, handover.keys, handover)


class SharedConditionalRequestMiddleware(ConditionalRequestMiddleware):
    """The conditional-request middleware on the shared (Redis) fetch history."""

    @classmethod
    def from_crawler(cls, crawler):
        middleware = cls(shared_history_from_crawler(crawler), archive_run(crawler), crawler.stats)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware


class WarcShipper:
    """Sends what a WarcWriter appended to its files since the last call, file by file."""

    def __init__(self, writer, handover: HandOver):
        self.writer = writer
        self.handover = handover
        self.shipped: dict[str, int] = {}
        self.finished: set[str] = set()

    def ship(self) -> int:
        sent = 0
        for name in list(self.writer.files):
            if name in self.finished:
                continue
            path = Path(self.writer.directory) / name
            offset = self.shipped.get(name, 0)
            with open(path, "rb") as fh:
                fh.seek(offset)
                data = fh.read()
            if data:
                self.handover.send(KIND_WARC, {"file": name, "offset": offset, "data": data})
                self.shipped[name] = offset + len(data)
                sent += len(data)
            if name != self.writer.files[-1] or self.writer._file is None:
                self.finished.add(name)  # rotated or closed: nothing more will be appended
        return sent


class ShippingWarcCaptureMiddleware(WarcCaptureMiddleware):
    """WARC capture into a local spool, every exchange shipped to the coordinator as written."""

    @classmethod
    def from_crawler(cls, crawler):

        settings = crawler.settings
        run = archive_run(crawler)
        spool = Path(
            tempfile.mkdtemp(prefix="speech-archive-warc-", dir=settings.get("DISTRIBUTED_SPOOL_DIR"))
        )
        writer = WarcWriter(
            spool,
            prefix=settings.get("WARC_PREFIX") or str(run.run_id),
            max_file_size=settings.getint("WARC_MAX_FILE_SIZE", DEFAULT_MAX_FILE_SIZE),
            info={
                "operator": settings.get("CONTACT", ""),
                "http-header-user-agent": settings.get("USER_AGENT"),
            },
        )
        history = shared_history_from_crawler(crawler)
        middleware = cls(writer, history, crawler.stats)
        middleware.shipper = WarcShipper(writer, history.handover)
        middleware.spool = spool
        crawler.signals.connect(middleware.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def process_response(self, request, response):
        response = super().process_response(request, response)
        self.shipper.ship()
        return response

    def spider_idle(self, spider=None):
        pass  # the coordinator makes the archive's copy durable

    def spider_closed(self, spider=None, reason=None):
        super().spider_closed(spider, reason)
        self.shipper.ship()
        shutil.rmtree(self.spool, ignore_errors=True)


# --- the coordinator's side -------------------------------------------------------------------------
class WarcAssembler:
    """Writes shipped WARC chunks into the archive's warc/ directory at their offsets."""

    def __init__(self, warc_dir: Path, run_id: str):
        self.warc_dir = Path(warc_dir)
        self.run_id = run_id
        self._files: dict[str, object] = {}

    def write(self, name: str, offset: int, data: bytes) -> None:
        if "/" in name or "\\" in name or not name.startswith(f"{self.run_id}-"):
            raise ValueError(f"refusing WARC chunk for {name!r}: not a file of run {self.run_id}")
        fh = self._files.get(name)
        if fh is None:
            self.warc_dir.mkdir(parents=True, exist_ok=True)
            path = self.warc_dir / name
            fh = open(path, "r+b" if path.exists() else "w+b")
            self._files[name] = fh
        fh.seek(offset)
        fh.write(data)

    def sync(self) -> None:
        for fh in self._files.values():
            fh.flush()
            os.fsync(fh.fileno())

    def close(self) -> None:
        self.sync()
        for fh in self._files.values():
            fh.close()
        self._files.clear()
