"""A version's documents for data tools: JSON Lines, CSV or Parquet, every document field.

`export_documents(archive, version, changed_since)` yields the documents (all of a version, or
only those new or changed since an older version); `write_jsonl`, `write_csv` and
`write_parquet` write them. Rows carry every field the archive keeps of a document, so a
mojibake-flagged or truncated document can be filtered in duckdb or pandas.

Column types (Parquet): lists of URLs, sites and flags are lists of strings; `gaps`, `removed`
and `copies` are lists of structs; `provenance` (where and how each copy was fetched, WARC
references included: deep and irregular) is one JSON text. CSV has one column per field too,
lists and records as JSON text.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from archive.store import Archive, ArchiveError

# Every field of a document object, in column order.
EXPORT_FIELDS = (
    "doc_id",
    "title",
    "text",
    "published_at",
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
)


def export_record(obj: dict) -> dict:
    """One document as exported: every field, missing ones as None."""
    return {field: obj.get(field) for field in EXPORT_FIELDS}


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
            raise ArchiveError(f"no version {changed_since} in {archive.root}")
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


def parquet_schema():
    import pyarrow as pa

    text_list = pa.list_(pa.string())
    return pa.schema(
        [
            ("doc_id", pa.string()),
            ("title", pa.string()),
            ("text", pa.string()),
            ("published_at", pa.string()),
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
            ("removed", pa.list_(pa.struct([("rule", pa.string()), ("text", pa.string())]))),
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
            ("provenance", pa.string()),  # JSON text
        ]
    )


def _parquet_row(record: dict) -> dict:
    row = dict(record)
    row["provenance"] = json.dumps(record["provenance"], ensure_ascii=False, sort_keys=True)
    for field in ("extractor_version", "profile_version"):
        row[field] = None if record[field] is None else str(record[field])
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
            batch.append(_parquet_row(record))
            if len(batch) >= batch_rows:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
                batch = []
        if batch or not count:  # an empty export is still a file with the schema
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count
