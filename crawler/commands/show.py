"""`speech-archive show DOC_ID [--version N]`: one document with its provenance."""

from __future__ import annotations

import json
import sys

from archive.document_view import text_with_gaps
from crawler import exitcodes


def add_arguments(parser) -> None:
    from crawler.commands import add_archive_argument

    add_archive_argument(parser)
    parser.add_argument(
        "doc_id", metavar="DOC_ID", help="the document's id (d + 16 hex digits, as search and export list it)"
    )
    parser.add_argument("--version", type=int, default=None, help="version (default: the latest)")
    parser.add_argument("--json", action="store_true", help="print the stored object as JSON")


def format_document(obj: dict, version: int) -> str:
    lines = [
        f"{obj['doc_id']}  (version {version})",
        f"title: {obj.get('title')}",
        f"published: {obj.get('published_at') or '?'}"
        + (f"  given: {obj['given_on']}" if obj.get("given_on") else ""),
        f"sites: {', '.join(obj.get('sites') or [])}",
        f"truncated: {obj.get('truncated')}  omitted chars: {obj.get('omitted_chars') or 0}"
        + (f"  declared: {obj['declared_chars']}" if obj.get("declared_chars") else ""),
    ]
    if obj.get("flags"):
        lines.append(f"flags: {', '.join(obj['flags'])}")
    lines.append("copies:")
    for copy in obj.get("copies") or []:
        gone = "  GONE" if copy["url"] in (obj.get("gone_urls") or []) else ""
        lines.append(
            f"  {copy['kind']:<12} {copy['url']}  {copy['chars']} chars"
            + ("  truncated" if copy.get("truncated") else "")
            + gone
        )
    lines.append("provenance:")
    for prov in obj.get("provenance") or []:
        lines.append(f"  {prov.get('url')}")
        for page in prov.get("pages") or []:
            warc = page.get("warc") or {}
            where = f"  {warc.get('file')}@{warc.get('offset')}" if warc else ""
            lines.append(
                f"    {page.get('status')} {page.get('fetched_at')} {page.get('fetch_url') or page.get('url')}{where}"
            )
    lines.append("")
    lines.append(text_with_gaps(obj))
    removed = obj.get("removed") or []
    if removed:
        lines.append("")
        lines.append(f"removed from the page ({len(removed)}):")
        for item in removed:
            snippet = " ".join(str(item.get("text", "")).split())
            rule = item.get("rule")
            if item.get("pages"):  # site furniture: how many of the host's pages carried it
                rule = f"{rule}, {item['pages']} pages"
            lines.append(f"  [{rule}] {snippet[:200]}{'…' if len(snippet) > 200 else ''}")
    for revision in obj.get("revisions") or []:  # changed with no page of it changed (site furniture)
        lines.append(
            f"revised in version {revision.get('version')}: {revision.get('reason')}"
            f" ({revision.get('removed', 0)} removed, {revision.get('restored', 0)} put back)"
        )
    return "\n".join(lines)


def run(args) -> int:
    from archive.store import ArchiveError, open_existing

    try:
        archive = open_existing(args.archive)
        version = args.version if args.version is not None else archive.latest()
        obj = archive.document(args.doc_id, version)
    except ArchiveError as exc:
        print(f"speech-archive show: {exc}", file=sys.stderr)
        return exitcodes.FAILURE
    except (OSError, ValueError) as exc:
        print(f"speech-archive show: cannot read {args.doc_id}: {exc}", file=sys.stderr)
        return exitcodes.FAILURE
    if args.json:
        print(json.dumps(obj, ensure_ascii=False, sort_keys=True, indent=1))
    else:
        print(format_document(obj, version))
    return exitcodes.OK
