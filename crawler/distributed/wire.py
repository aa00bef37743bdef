"""The hand-over stream's wire format: what a worker sends the coordinator, and how it is checked.

Workers on other machines cannot write the archive directory, so everything travels through one
Redis stream (`<ns>:handover`), in the order it happened:
- `warc`: bytes a worker's WarcWriter appended to one of its WARC files, with their offset. The
  coordinator writes them at that offset into `warc/<run_id>-<worker>-NNNNN.warc.gz`, so every WARC
  reference a worker took (file, offset) is valid in the archive; a chunk written twice is the
  same bytes at the same place.
- `history`: a fetch history entry the conditional-request middleware staged for the run (with the
  article it belongs to), a page an article continues on, or an article whose outcome was archived
  (`settle`: its pages' entries may be applied).
- `item`: an article as the extraction steps left it (documents, captures' provenance; the raw
  bodies are in the WARC already and are not sent again).
Every message is JSON checked against `HANDOVER_SCHEMA` (WARC bytes ride raw in a field of their
own), never pickle: whoever can write to the Redis must not be able to run code in the coordinator,
the process that holds the archive lock. A message that is not valid JSON of its kind's schema is
refused (`HandoverRefused`), never loaded.

The worker's end is crawler/distributed/sender.py, the coordinator's crawler/distributed/intake.py.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json

import jsonschema

from pipelines.document import Document
from pipelines.items import PageCapture, PageItem

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
            "article": {"type": "string"},
            "continuation": {"type": "string"},
            "settle": {"const": True},
        },
        "oneOf": [{"required": ["entry"]}, {"required": ["continuation"]}, {"required": ["settle"]}],
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
    """The item without what the coordinator does not need: page bodies (in WARC), dedup and block
    keys (the coordinator's index hashes the documents itself, and so does its site evidence)."""
    pages = [dataclasses.replace(page, body=b"") for page in item.pages]
    return dataclasses.replace(item, pages=pages, dedup_keys=[], block_keys=None)


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
