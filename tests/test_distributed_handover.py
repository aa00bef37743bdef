"""The hand-over stream carries JSON checked against a schema: a pickle on it is refused, never loaded."""

from __future__ import annotations

import json
import os
import pickle

import pytest
from crawlhelp import HANG
from test_distributed_support import RedisServer, crawl_command, started, wait_until

from archive.store import Archive
from archive.verify import verify_archive
from crawler.distributed.wire import (
    KIND_HISTORY,
    KIND_ITEM,
    KIND_WARC,
    HandoverRefused,
    decode_message,
    encode_message,
)
from pipelines.document import Document
from pipelines.items import PageCapture, PageItem

REF = {
    "file": "run-w1-00000.warc.gz",
    "offset": 1234,
    "length": 456,
    "record_id": "<urn:uuid:0f0e0d0c-0b0a-0908-0706-050403020100>",
    "payload_digest": "sha1:ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
    "date": "2025-11-10T08:00:00.000000Z",
    "url": "http://127.0.0.1:8001/wen/jianghua/2025111000.html",
}


def stream_fields(fields: dict) -> dict:
    """A message as redis-py reads it back from the stream: bytes keys and values."""
    return {
        key.encode(): value if isinstance(value, bytes) else value.encode() for key, value in fields.items()
    }


def an_item() -> PageItem:
    page = PageCapture(
        url="http://www.wm114.cn/wen/jianghua/2025111000.html",
        status=200,
        headers={"Content-Type": "text/html"},
        body=b"<html>bytes stay in the WARC</html>",
        fetched_at="2025-11-10T08:00:00+00:00",
        fetch_url=REF["url"],
        warc=REF,
        etag='"abc"',
    )
    doc = Document(
        url=page.url, title="在全市工作会议上的讲话", text="同志们：……", site="wm114", flags=["mojibake"]
    )
    return PageItem(site="wm114", url=page.url, pages=[page], documents=[doc])


def test_an_item_crosses_as_json_and_comes_back_the_same_without_its_bodies():
    item = an_item()
    fields = stream_fields(encode_message(KIND_ITEM, "run1", "w1", item))

    assert json.loads(fields[b"d"])["documents"][0]["title"] == "在全市工作会议上的讲话"
    kind, run_id, worker, back = decode_message(fields)
    assert (kind, run_id, worker) == (KIND_ITEM, "run1", "w1")
    assert back.documents == item.documents
    assert back.pages[0].warc == REF and back.pages[0].body == b""
    assert back.pages[0].fetch_url == REF["url"]


def test_warc_bytes_travel_raw_beside_their_json():
    data = bytes(range(256)) * 4
    fields = stream_fields(
        encode_message(KIND_WARC, "run1", "w1", {"file": "f.warc.gz", "offset": 7, "data": data})
    )

    assert json.loads(fields[b"d"]) == {"file": "f.warc.gz", "offset": 7}
    assert decode_message(fields)[3] == {"file": "f.warc.gz", "offset": 7, "data": data}


def test_a_history_entry_round_trips():
    entry = {
        "etag": '"x"',
        "last_modified": None,
        "payload_digest": "sha1:A",
        "status": 200,
        "fetched_at": "2025-11-10T08:00:00+00:00",
        "warc": {**REF, "refers_to": REF},
        "site": "wm114",
    }
    fields = stream_fields(encode_message(KIND_HISTORY, "run1", "w1", {"url": "http://a/", "entry": entry}))

    assert decode_message(fields)[3] == {"url": "http://a/", "entry": entry}


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (pickle.dumps({"url": "http://a/", "entry": {}}), "pickle"),
        (b"not json at all", "not_json"),
        (json.dumps({"url": "http://a/", "entry": {"status": "two hundred"}}).encode(), "schema"),
        (json.dumps({"url": "http://a/", "entry": {}, "extra": 1}).encode(), "schema"),
    ],
)
def test_anything_but_a_valid_json_message_is_refused(payload, reason):
    fields = stream_fields({"k": KIND_HISTORY, "r": "run1", "w": "w1", "d": payload})

    with pytest.raises(HandoverRefused) as refused:
        decode_message(fields)
    assert refused.value.reason == reason


class LeavesAMark:
    """Unpickling this makes a directory: the proof that a payload was loaded."""

    def __init__(self, path: str):
        self.path = path

    def __reduce__(self):
        return (os.mkdir, (self.path,))


@pytest.mark.slow
def test_a_pickled_payload_on_the_stream_is_refused_and_counted_never_loaded(fresh_replica_web, tmp_path):
    redis_server = RedisServer(tmp_path / "redis").start()
    marker = tmp_path / "unpickled"
    archive = tmp_path / "archive"
    # Held answers keep the run going until the test has written into its stream.
    release = fresh_replica_web.hold_answers()
    client = redis_server.client()
    try:
        command = crawl_command(archive, fresh_replica_web, redis_url=redis_server.url, workers=1)
        with started(command) as proc:
            try:
                raw = wait_until(lambda: client.hget("speech-archive:run", "descriptor"))
                run_id = json.loads(raw)["run_id"]
                client.xadd(
                    "speech-archive:handover",
                    {
                        "k": KIND_ITEM,
                        "r": run_id,
                        "w": "intruder",
                        "d": pickle.dumps(LeavesAMark(str(marker))),
                    },
                )
            finally:
                release.set()
            out, err = proc.communicate(timeout=HANG)
    finally:
        redis_server.stop()

    assert proc.returncode == 0, err.decode()
    assert not marker.exists()
    stats = Archive(archive).meta()["stats"]["spiders"]["wm114"]["stats"]
    assert stats["speech_archive/distributed/handover_refused/pickle"] == 1
    assert stats["speech_archive/distributed/items"] > 0
    assert verify_archive(Archive(archive)).ok
