"""The coordinator's end of the hand-over stream (crawler/distributed/wire.py), applied in order.

WARC bytes go into warc/, fetch history entries are staged (applied when the version commits),
and items are archived through `crawler.archiving.archive_item` — the very function the
single-process crawl's archive step uses. A hand-over repeated (a reclaimed request fetched
again) is archived once.
"""

from __future__ import annotations

import logging
import os
from collections import Counter
from pathlib import Path

from crawler.archiving import archive_item
from crawler.distributed import RunKeys
from crawler.distributed.wire import (
    KIND_HISTORY,
    KIND_ITEM,
    KIND_WARC,
    HandoverRefused,
    decode_message,
    handover_key,
)

logger = logging.getLogger(__name__)

READ_BATCH = 200


class HandOverIntake:
    def __init__(self, server, keys: RunKeys, run):
        self.server = server
        self.keys = keys
        self.run = run
        self.history = run.history  # the run's history: workers' entries staged and settled in it
        self.assembler = WarcAssembler(run.archive.warc_dir, run.run_id)
        self.last_id = "0-0"
        self.handed: set[str] = set()
        self.counters: Counter = Counter()  # speech_archive/... stats of the intake

    def drain(self, block_ms: int = 500) -> int:
        found = self.server.xread({self.keys.handover: self.last_id}, count=READ_BATCH, block=block_ms)
        handled = 0
        for _stream, messages in found or []:
            ids = []
            for message_id, fields in messages:
                self.apply(fields)
                self.last_id = message_id.decode() if isinstance(message_id, bytes) else message_id
                ids.append(message_id)
                handled += 1
            if ids:
                self.server.xdel(self.keys.handover, *ids)
        return handled

    def apply(self, fields: dict) -> None:
        try:
            kind, run_id, worker, payload = decode_message(fields)
        except HandoverRefused as refused:  # never loaded: counted and logged
            self.counters["speech_archive/distributed/handover_refused"] += 1
            self.counters[f"speech_archive/distributed/handover_refused/{refused.reason}"] += 1
            logger.warning("hand-over message refused: %s", refused)
            return
        if run_id != self.run.run_id:  # a straggler of a dead coordinator's run
            self.counters["speech_archive/distributed/foreign_messages"] += 1
            return
        if kind == KIND_WARC:
            self.assembler.write(payload["file"], payload["offset"], payload["data"])
            self.counters["speech_archive/distributed/warc_bytes"] += len(payload["data"])
        elif kind == KIND_HISTORY and "continuation" in payload:
            self.history.add_continuation(payload["url"], payload["continuation"])
        elif kind == KIND_HISTORY and "settle" in payload:
            self.history.settle(payload["url"])
        elif kind == KIND_HISTORY:
            self.history.stage(payload["url"], payload["entry"], payload.get("article"))
            self.counters["speech_archive/distributed/history_staged"] += 1
        elif kind == KIND_ITEM:
            key = handover_key(payload)
            if key in self.handed:
                self.counters["speech_archive/distributed/items_repeated"] += 1
                return
            self.handed.add(key)
            self.process_item(payload)
            self.counters["speech_archive/distributed/items"] += 1
        else:
            logger.warning("unknown hand-over message %r from %s", kind, worker)

    def process_item(self, item) -> None:
        outcome = archive_item(self.run, item)
        if outcome == "documents":
            self.counters["speech_archive/dedup/documents"] += len(item.documents)
            self.counters["speech_archive/archive/documents"] += len(item.documents)
        else:
            self.counters[f"speech_archive/archive/{outcome}"] += 1

    def stats(self) -> dict:
        return dict(self.counters)

    def close(self) -> None:
        self.assembler.close()


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
