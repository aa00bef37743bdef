"""A version's documents for data tools: JSON Lines, CSV or Parquet, every document field.

`export_documents(archive, version, changed_since)` yields the documents (all of a version, or
only those new or changed since an older version); `write_jsonl`, `write_csv` and
`write_parquet` write them. Rows carry every field the archive keeps of a document, so a
mojibake-flagged or truncated document can be filtered in duckdb or pandas. A truncation gap's
`omitted_chars` is filled where the site's declared length tells it (as `show` prints it).

Column types (Parquet, typed for data tools): `published_at` is a UTC timestamp with a
`published_precision` column beside it ("day": the site printed a date, read as 00:00 UTC of that
day; "time": it printed a time, read as China Standard Time, UTC+8); `given_on`, the day the speech
was given where its own heading dates it, a date; lists of URLs, sites and
flags are lists of strings; `gaps`, `removed` and `copies` are lists of structs; `provenance`
(where and how each copy was fetched, WARC references included) is a list of structs with its
pages as a nested list. A field the schema does not know is refused, never dropped. CSV has one
column per field, lists and records as JSON text; JSON Lines keeps the stored values.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from archive.document_view import gaps_with_known_sizes
from archive.store import Archive, ArchiveError

# Every field of a document object, in column order.
EXPORT_FIELDS = (
    "doc_id",
    "title",
    "text",
    "published_at",
    "given_on",
    "urls",
    "sites",
    "gone_urls",
    "truncated",
    "omitted_chars",
    "declared_chars",
    "gaps",
    "removed",
    "flags",
    "script",
    "copies",
    "text_original",
    "extractor_version",
    "profile_version",
    "provenance",
    "revisions",
)


def export_record(obj: dict) -> dict:
    """One document as exported: every field, missing ones as None, gap sizes filled where known."""
    record = {field: obj.get(field) for field in EXPORT_FIELDS}
    if record["gaps"]:
        record["gaps"] = gaps_with_known_sizes(obj)
    return record


def changed_doc_ids(archive: Archive, since: int, version: int) -> set[str]:
    """Documents of `version` that are new or whose content changed after version `since`."""
    old = {k: e["hash"] for k, e in archive.manifest(since).items() if e["state"] != "removed"}
    new = {k: e["hash"] for k, e in archive.manifest(version).items() if e["state"] != "removed"}
    return {doc_id for doc_id, digest in new.items() if old.get(doc_id) != digest}


def export_documents(
    archive: Archive, version: int | None = None, changed_since: int | None = None, on_damaged=None
) -> Iterator[dict]:
    """The documents to export; ArchiveError for a version the archive does not have. A damaged
    object raises ArchiveDamaged, or with `on_damaged` is handed to it and left out."""
    version = archive.latest() if version is None else version
    if version is None:
        raise ArchiveError(f"archive {archive.root} holds no version yet")
    if changed_since is not None:
        if changed_since not in archive.versions():
            raise ArchiveError(f"archive {archive.root} has no version {changed_since}")
        if changed_since > version:
            raise ArchiveError(f"--changed-since {changed_since} is after version {version}")
        wanted = changed_doc_ids(archive, changed_since, version)
    for obj in archive.documents(version, on_damaged=on_damaged):
        if changed_since is None or obj["doc_id"] in wanted:
            yield export_record(obj)


def write_jsonl(records: Iterable[dict], out) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
        count += 1
    return count


def _csv_value(value):
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value


def write_csv(records: Iterable[dict], out) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(EXPORT_FIELDS)
    count = 0
    for record in records:
        writer.writerow([_csv_value(record[field]) for field in EXPORT_FIELDS])
        count += 1
    return count


# The sites print local times; the sites of this project are in China (UTC+8, no daylight saving).
SITE_TIMEZONE = timezone(timedelta(hours=8))
# Parquet's columns: those of EXPORT_FIELDS, with published_precision beside published_at.
_AFTER_DATE = EXPORT_FIELDS.index("published_at") + 1
PARQUET_FIELDS = (*EXPORT_FIELDS[:_AFTER_DATE], "published_precision", *EXPORT_FIELDS[_AFTER_DATE:])


def published_timestamp(value: str | None) -> tuple[datetime | None, str | None]:
    """A stored `published_at` ("2021-08-14" or "2021-08-14T09:30:00") as a UTC timestamp and its
    precision, "day" or "time"; ValueError for anything else."""
    if not value:
        return None, None
    moment = datetime.fromisoformat(value)
    if len(value) == 10:  # a date alone: that day, 00:00 UTC, so the date reads back unchanged
        return moment.replace(tzinfo=UTC), "day"
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=SITE_TIMEZONE)
    return moment.astimezone(UTC), "time"


def utc_timestamp(value: str | None) -> datetime | None:
    """A time the crawl recorded (ISO 8601, UTC: "2026-11-30T03:30:30Z") as a timestamp."""
    if not value:
        return None
    moment = datetime.fromisoformat(value)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def parquet_schema():
    import pyarrow as pa

    text_list = pa.list_(pa.string())
    utc = pa.timestamp("s", tz="UTC")
    warc_fields = [
        ("file", pa.string()),
        ("offset", pa.int64()),
        ("length", pa.int64()),
        ("record_id", pa.string()),
        ("payload_digest", pa.string()),
        ("date", pa.string()),  # the WARC-Date as written
        ("url", pa.string()),
    ]
    warc = pa.struct([*warc_fields, ("refers_to", pa.struct(warc_fields))])  # a revisit's original
    page = pa.struct(
        [
            ("url", pa.string()),
            ("fetch_url", pa.string()),
            ("status", pa.int64()),
            ("fetched_at", utc),
            ("etag", pa.string()),
            ("last_modified", pa.string()),
            ("warc", warc),
        ]
    )
    return pa.schema(
        [
            ("doc_id", pa.string()),
            ("title", pa.string()),
            ("text", pa.string()),
            ("published_at", utc),
            ("published_precision", pa.string()),  # day | time
            ("given_on", pa.date32()),  # the day the speech was given, as its heading dates it
            ("urls", text_list),
            ("sites", text_list),
            ("gone_urls", text_list),
            ("truncated", pa.bool_()),
            ("omitted_chars", pa.int64()),
            ("declared_chars", pa.int64()),
            (
                "gaps",
                pa.list_(
                    pa.struct([("kind", pa.string()), ("offset", pa.int64()), ("omitted_chars", pa.int64())])
                ),
            ),
            (
                "removed",
                pa.list_(
                    pa.struct(
                        [
                            ("rule", pa.string()),
                            ("text", pa.string()),
                            ("pages", pa.int64()),  # site_furniture: the host's pages that carried it
                            ("at", pa.int64()),  # site_furniture: its paragraph in the text as extracted
                        ]
                    )
                ),
            ),
            ("flags", text_list),
            ("script", pa.string()),
            (
                "copies",
                pa.list_(
                    pa.struct(
                        [
                            ("url", pa.string()),
                            ("kind", pa.string()),
                            ("site", pa.string()),
                            ("script", pa.string()),
                            ("truncated", pa.bool_()),
                            ("chars", pa.int64()),
                            ("text_sha256", pa.string()),
                        ]
                    )
                ),
            ),
            ("text_original", pa.string()),
            ("extractor_version", pa.string()),
            ("profile_version", pa.string()),
            (
                "provenance",
                pa.list_(
                    pa.struct([("url", pa.string()), ("fetch_url", pa.string()), ("pages", pa.list_(page))])
                ),
            ),
            (  # revisions of a document no page of which changed (site furniture: archive/writing.py)
                "revisions",
                pa.list_(
                    pa.struct(
                        [
                            ("version", pa.int64()),
                            ("reason", pa.string()),
                            ("removed", pa.int64()),
                            ("restored", pa.int64()),
                        ]
                    )
                ),
            ),
        ]
    )


def unknown_fields(value, arrow_type, where: str) -> list[str]:
    """Keys of `value` that `arrow_type` has no field for (pyarrow would drop them silently)."""
    import pyarrow as pa

    if isinstance(value, dict) and pa.types.is_struct(arrow_type):
        names = {arrow_type.field(i).name: arrow_type.field(i).type for i in range(arrow_type.num_fields)}
        found = [f"{where}.{key}" for key in value if key not in names]
        for key, item in value.items():
            if key in names:
                found += unknown_fields(item, names[key], f"{where}.{key}")
        return found
    if isinstance(value, list) and pa.types.is_list(arrow_type):
        return [f for item in value for f in unknown_fields(item, arrow_type.value_type, f"{where}[]")]
    return []


def _parquet_row(record: dict, schema) -> dict:
    row = dict(record)
    row["published_at"], row["published_precision"] = published_timestamp(record["published_at"])
    row["given_on"] = date.fromisoformat(record["given_on"][:10]) if record["given_on"] else None
    row["provenance"] = [
        {
            **seen,
            "pages": [
                {**page, "fetched_at": utc_timestamp(page.get("fetched_at"))}
                for page in seen.get("pages") or []
            ],
        }
        for seen in record["provenance"] or []
    ]
    for field in ("extractor_version", "profile_version"):
        row[field] = None if record[field] is None else str(record[field])
    for field in ("gaps", "removed", "copies", "provenance", "revisions"):
        unknown = unknown_fields(row[field], schema.field(field).type, field)
        if unknown:
            raise ValueError(f"document {record['doc_id']}: no Parquet column for {', '.join(unknown)}")
    return row


def write_parquet(records: Iterable[dict], path: Path, batch_rows: int = 1000) -> int:
    """Parquet through pyarrow, written in row groups of `batch_rows` documents (bounded memory)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    count = 0
    with pq.ParquetWriter(str(path), schema, compression="zstd") as writer:
        batch: list[dict] = []
        for record in records:
            batch.append(_parquet_row(record, schema))
            if len(batch) >= batch_rows:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
                batch = []
        if batch or not count:  # an empty export is still a file with the schema
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count
