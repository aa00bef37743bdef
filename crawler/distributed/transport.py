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
import pickle
import shutil
import tempfile
from pathlib import Path
from types import SimpleNamespace

from scrapy import signals

from archive.warc import DEFAULT_MAX_FILE_SIZE, WarcWriter
from crawler.distributed import RunKeys
from crawler.distributed.connection import connect
from crawler.middlewares import ConditionalRequestMiddleware, WarcCaptureMiddleware, archive_run

logger = logging.getLogger(__name__)

KIND_WARC = "warc"
KIND_HISTORY = "history"
KIND_ITEM = "item"


# --- messages ------------------------------------------------------------------------------------
def encode_message(kind: str, run_id: str, worker_id: str, payload) -> dict:
    return {
        "k": kind,
        "r": run_id,
        "w": worker_id,
        "d": pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL),
    }


def decode_message(fields: dict) -> tuple[str, str, str, object]:
    """(kind, run id, worker id, payload) of a stream entry."""
    return fields[b"k"].decode(), fields[b"r"].decode(), fields[b"w"].decode(), pickle.loads(fields[b"d"])


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
