"""The request queue's serializer (scrapy-redis `SCHEDULER_SERIALIZER`): JSON, never pickle.

A queued request travels through Redis as `Request.to_dict()`: headers and bodies are bytes, and
an article's continuation request carries its PageItem (pages fetched so far, the site profile).
`dumps` writes JSON with tagged values for what JSON lacks (bytes, tuples, non-text keys) and for
the project's own dataclasses, by name from a fixed list; `loads` rebuilds only those and refuses
anything else (a pickle, an unknown type) with ValueError — whoever can write to the Redis can
queue a bad request, never run code in a worker.
"""

from __future__ import annotations

import base64
import dataclasses
import json

from pipelines.clean import CleanedPage
from pipelines.dedup import Identity
from pipelines.document import Document
from pipelines.items import PageCapture, PageItem
from pipelines.profile import CrawlRules, ExtractRules, Profile
from pipelines.split import SpeechPart

# The only classes a queued request may carry, by name.
TYPES = {
    cls.__name__: cls
    for cls in (
        PageItem,
        PageCapture,
        Profile,
        ExtractRules,
        CrawlRules,
        CleanedPage,
        SpeechPart,
        Document,
        Identity,
    )
}


def encode(value):
    if isinstance(value, bytes):
        return {"$bytes": base64.b64encode(value).decode("ascii")}
    if isinstance(value, tuple):
        return {"$tuple": [encode(v) for v in value]}
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        if all(isinstance(k, str) for k in value):
            return {"$map": {k: encode(v) for k, v in value.items()}}
        return {"$pairs": [[encode(k), encode(v)] for k, v in value.items()]}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        name = type(value).__name__
        if TYPES.get(name) is not type(value):
            raise TypeError(f"a queued request cannot carry a {name}")
        return {
            "$type": name,
            "fields": {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)},
        }
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"a queued request cannot carry a {type(value).__name__}")


def decode(value):
    if isinstance(value, list):
        return [decode(v) for v in value]
    if not isinstance(value, dict):
        return value
    if "$bytes" in value:
        return base64.b64decode(value["$bytes"], validate=True)
    if "$tuple" in value:
        return tuple(decode(v) for v in value["$tuple"])
    if "$map" in value:
        return {k: decode(v) for k, v in value["$map"].items()}
    if "$pairs" in value:
        return {decode(k): decode(v) for k, v in value["$pairs"]}
    if "$type" in value:
        cls = TYPES.get(value["$type"])
        if cls is None:
            raise ValueError(f"unknown type {value['$type']!r} in a queued request")
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: decode(v) for k, v in value["fields"].items() if k in known})
    raise ValueError("untagged object in a queued request")


def dumps(obj) -> bytes:
    return json.dumps(encode(obj), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def loads(data: bytes):
    if data[:1] == b"\x80":  # pickle's protocol marker: not one of ours, never loaded
        raise ValueError("a pickled queue entry; refused unread")
    try:
        return decode(json.loads(data))
    except (json.JSONDecodeError, UnicodeDecodeError, TypeError, KeyError) as exc:
        raise ValueError(f"a queue entry that is not ours ({exc.__class__.__name__})") from None
