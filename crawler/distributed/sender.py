"""The worker's end of a distributed run: its share of the run, and what it hands the coordinator.

A worker holds no archive. `WorkerRun` is what its crawl components reach through the crawler
(crawler.run_binding.archive_run), with the same two parts a single-process run has where behaviour differs:
- `history`: the fetch history as Redis shows it (published by the coordinator at the start of the
  run), staging and settling handed over on the stream (`SharedHistory`);
- `captures`: WARC files spooled locally and shipped chunk by chunk as they are written
  (`ShippingCaptures`); a request's WARC chunk leaves before its item exists, so the coordinator
  never archives a document whose capture it has not written.
Items go over the stream too (`HandOverPipeline`), in the wire format of crawler/distributed/wire.py.
"""

from __future__ import annotations

import json
import logging
import shutil
import tempfile
from pathlib import Path

from archive.warc_writer import WarcWriter
from crawler.distributed import RunKeys
from crawler.distributed.wire import KIND_HISTORY, KIND_ITEM, KIND_WARC, encode_message, item_for_handover
from crawler.run_binding import archive_run

logger = logging.getLogger(__name__)


class HandOver:
    """Appends messages to the run's hand-over stream."""

    def __init__(self, server, keys: RunKeys, run_id: str, worker_id: str):
        self.server = server
        self.keys = keys
        self.run_id = run_id
        self.worker_id = worker_id

    def send(self, kind: str, payload) -> None:
        self.server.xadd(self.keys.handover, encode_message(kind, self.run_id, self.worker_id, payload))


class HandOverPipeline:
    """A worker's last item step: the item goes to the coordinator instead of the archive."""

    def __init__(self, handover: HandOver, stats=None):
        self.handover = handover
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(archive_run(crawler).handover, crawler.stats)

    def process_item(self, item):
        self.handover.send(KIND_ITEM, item_for_handover(item))
        if self.stats is not None:
            self.stats.inc_value("speech_archive/distributed/items_handed_over")
        return item


class SharedHistory:
    """The run's fetch history as a worker sees it: what earlier runs committed, read from Redis;
    what this run stages and settles, handed to the coordinator (which applies it in order)."""

    def __init__(self, server, keys: RunKeys, handover: HandOver):
        self.server = server
        self.keys = keys
        self.handover = handover

    def get(self, url: str) -> dict | None:
        raw = self.server.hget(self.keys.history, url)
        return json.loads(raw) if raw else None

    def stage(self, url: str, entry: dict, article: str | None = None) -> None:
        payload = {"url": url, "entry": entry}
        if article is not None:
            payload["article"] = article
        self.handover.send(KIND_HISTORY, payload)

    def add_continuation(self, first_url: str, url: str) -> None:
        # After page 1's entry on the same stream: the coordinator applies them in order.
        self.handover.send(KIND_HISTORY, {"url": first_url, "continuation": url})

    def settle(self, article: str) -> None:
        self.handover.send(KIND_HISTORY, {"url": article, "settle": True})


class WarcShipper:
    """Sends what a WarcWriter appended to its files since the last call, file by file."""

    def __init__(self, writer: WarcWriter, handover: HandOver):
        self.writer = writer
        self.handover = handover
        self.shipped: dict[str, int] = {}
        self.finished: set[str] = set()

    def ship(self, final: bool = False) -> int:
        """Send what is new; `final` once the writer is closed (its last file is then finished)."""
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
            if final or name != self.writer.files[-1]:
                self.finished.add(name)  # rotated or closed: nothing more will be appended
        return sent


class ShippingCaptures:
    """Where a worker's WARC captures go: a local spool folder per writer, every chunk shipped to
    the coordinator as it is written (the archive's copy is made durable there)."""

    def __init__(self, handover: HandOver, spool_root: str | None = None):
        self.handover = handover
        self.spool_root = spool_root
        self.shippers: dict[int, WarcShipper] = {}

    def open(self, *, prefix: str, max_file_size: int, info: dict) -> WarcWriter:
        spool = Path(tempfile.mkdtemp(prefix="speech-archive-warc-", dir=self.spool_root))
        writer = WarcWriter(spool, prefix=prefix, max_file_size=max_file_size, info=info)
        self.shippers[id(writer)] = WarcShipper(writer, self.handover)
        return writer

    def written(self, writer: WarcWriter) -> None:
        self.shippers[id(writer)].ship()

    def make_durable(self, writer: WarcWriter) -> None:
        self.shippers[id(writer)].ship()

    def close(self, writer: WarcWriter) -> None:
        writer.close()
        self.shippers.pop(id(writer)).ship(final=True)
        shutil.rmtree(writer.directory, ignore_errors=True)


class WorkerRun:
    """A worker's share of a distributed run: the run id, the run's history as Redis shows it, the
    captures it ships, the hand-over stream. Dedup, staging and the commit are the coordinator's."""

    def __init__(self, run_id: str, handover: HandOver, spool_root: str | None = None):
        self.run_id = run_id
        self.handover = handover
        self.history = SharedHistory(handover.server, handover.keys, handover)
        self.captures = ShippingCaptures(handover, spool_root)
        self.write_failure: BaseException | None = None  # a spool write the disk refused
        self.failures: list[str] = []  # why this worker stopped early (Redis gone, a spider failed)
