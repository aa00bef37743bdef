"""The HTML audit report: one self-contained file a person opens in a browser, offline.

`render_report(archive, version)` returns the page, `write_report(archive, version, output)`
writes it (by default to ARCHIVE/reports/report-v000003.html, next to the version it describes).

What is in it: the headline numbers of `audit` (the same figures: taken from `audit_summary`
for the latest version, counted by the same rules for an older one), plots of the archive
across versions and runs, and the tables a person acts on (problems, truncated, flagged and
merged documents), whose rows open the document with its paywall gaps and stripped pieces
marked. The figures are counted in `archive.figures`, drawn by `archive.report_plots` (inline
SVG whose text the browser draws with the system's CJK font) and laid out by the Jinja template
`archive/templates/report.html`; there is no JavaScript, no external font, style or picture, and
no link out (the documents' URLs are shown as text).

Size: plots are aggregates (their size does not grow with the archive), tables list at most
`TABLE_ROWS` rows each (the most important first, and say how many they leave out), and the
documents opened from them carry at most `TEXT_BUDGET_CHARS` characters of text in all.
"""

from __future__ import annotations

import os
import statistics
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from archive.audit import audit_summary
from archive.document_view import marked_text_segments
from archive.figures import MERGED_KINDS, document_figures, readable_documents, version_series
from archive.report_plots import (
    plot_documents_per_site,
    plot_duration_and_speed,
    plot_lengths_and_elisions,
    plot_merged_by_kind,
    plot_pages_and_errors,
    plot_states_per_version,
    plot_style,
)
from archive.store import Archive, ArchiveDamaged, ArchiveError
from archive.verify import verify_archive

TABLE_ROWS = 100  # rows per table; the rest is counted, not listed
COPIES_SHOWN = 10  # URLs listed per merged speech; the rest are counted
TEXT_BUDGET_CHARS = 300_000  # document text embedded across all document views (~0.9 MB of UTF-8)


def default_report_path(archive: Archive, version: int) -> Path:
    return archive.reports_dir / f"report-v{version:06d}.html"


def report_template() -> str:
    """The page's Jinja template, shipped in the archive package."""
    return resources.files("archive").joinpath("templates", "report.html").read_text(encoding="utf-8")


# --- documents, as a person reads them ---------------------------------------------------------
def document_views(archive: Archive, version: int, doc_ids: list[str]) -> tuple[list[dict], set[str]]:
    """Documents to open from the tables, within the text budget; (views, ids left out)."""
    views, left_out, budget = [], set(), TEXT_BUDGET_CHARS
    for doc_id in doc_ids:
        if budget <= 0:
            left_out.add(doc_id)
            continue
        try:
            doc = archive.document(doc_id, version)
        except (OSError, ValueError, ArchiveError, ArchiveDamaged):
            left_out.add(doc_id)
            continue
        limit = budget if len(doc.get("text") or "") > budget else None
        budget -= len(doc.get("text") or "")
        views.append(
            {
                "doc_id": doc_id,
                "title": doc.get("title") or "(untitled)",
                "sites": doc.get("sites") or [],
                "published_at": doc.get("published_at"),
                "chars": len(doc.get("text") or ""),
                "declared": doc.get("declared_chars"),
                "truncated": doc.get("truncated"),
                "flags": doc.get("flags") or [],
                "copies": doc.get("copies") or [],
                "removed": doc.get("removed") or [],
                "segments": marked_text_segments(doc, limit),
                "captures": [
                    {
                        "url": page.get("url"),
                        "status": page.get("status"),
                        "fetched_at": page.get("fetched_at"),
                        "warc": (page.get("warc") or {}).get("file"),
                    }
                    for entry in doc.get("provenance") or []
                    for page in entry.get("pages") or []
                ],
            }
        )
    return views, left_out


# --- the report --------------------------------------------------------------------------------
def report_context(archive: Archive, version: int | None = None, *, verify: bool = True) -> dict:
    """Everything the page shows, as plain data (the tests read it too)."""

    latest = archive.latest()
    if latest is None:
        raise ArchiveError(f"archive {archive.root} holds no version yet")
    version = latest if version is None else int(version)
    damage: list[dict] = []
    try:
        meta = archive.meta(version)  # ArchiveError for a version that does not exist
    except ArchiveDamaged as exc:
        meta = {}
        damage.append({"path": exc.path, "kind": "damaged", "detail": exc.detail})
    try:
        summary = audit_summary(archive, verify=False)
    except (OSError, ValueError) as exc:  # a damaged object: count it ourselves, verify names it
        summary = {"problems": [f"audit could not read the archive: {exc}"]}
    problems = damage + [{"path": "", "kind": "run", "detail": text} for text in summary["problems"]]
    if verify:
        problems += [
            {"path": p.path, "kind": p.kind, "detail": p.detail} for p in verify_archive(archive).problems
        ]
    unreadable: list[str] = []
    figures = document_figures(readable_documents(archive, version, unreadable))
    problems += [{"path": "", "kind": "unreadable", "detail": detail} for detail in unreadable]
    if version == latest and "documents" in summary:
        headline = {key: summary[key] for key in ("versions", "documents", "by_site", "truncated", "flagged")}
        headline["merged"] = dict(summary["merged"])
        headline["omitted_chars"] = summary["omitted_chars"]
    else:  # an older version: audit's figures, counted for that version
        headline = {
            "versions": len([v for v in archive.versions() if v <= version]),
            "documents": figures["documents"],
            "by_site": dict(sorted(figures["by_site"].items())),
            "truncated": figures["truncated"],
            "flagged": figures["flagged"],
            "merged": {kind: figures["merged"][kind] for kind in MERGED_KINDS},
            "omitted_chars": figures["omitted_chars"],
        }
    stats = meta.get("stats") or {}
    headline["last_run"] = {
        "version": version,
        "run_id": meta.get("run_id"),
        "status": meta.get("status"),
        "started_at": meta.get("started_at"),
        "ended_at": meta.get("ended_at"),
        "errors_total": stats.get("errors_total", 0),
    }
    headline["problems"] = len(problems)

    tables = {}
    for name in ("truncated_rows", "flagged_rows", "merged_rows"):
        rows = figures[name]
        tables[name] = {"rows": rows[:TABLE_ROWS], "total": len(rows)}
    to_open = []
    for name in ("truncated_rows", "flagged_rows", "merged_rows"):
        to_open += [row["doc_id"] for row in tables[name]["rows"] if row["doc_id"] not in to_open]
    views, not_opened = document_views(archive, version, to_open)
    series = version_series(archive, version)
    lengths = [n for values in figures["lengths_by_site"].values() for n in values]
    return {
        "archive": str(archive.root),
        "version": version,
        "latest": latest,
        "generated_at": datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%SZ"),
        "headline": headline,
        "flags": dict(sorted(figures["flags"].items())),
        "median_chars": int(statistics.median(lengths)) if lengths else 0,
        "series": series,
        "figures": figures,
        "problems": {"rows": problems[:TABLE_ROWS], "total": len(problems)},
        "tables": tables,
        "views": views,
        "not_opened": not_opened,
        "table_rows": TABLE_ROWS,
        "copies_shown": COPIES_SHOWN,
    }


def render_report(archive: Archive, version: int | None = None, *, verify: bool = True) -> str:
    """The report of `version` (latest by default) as one self-contained HTML page."""
    import jinja2

    context = report_context(archive, version, verify=verify)
    series, figures = context["series"], context["figures"]
    plots = [
        ("documents-per-site", "Documents per site across versions", plot_documents_per_site, series, False),
        ("states-per-version", "Documents by state per version", plot_states_per_version, series, False),
        (
            "pages-and-errors",
            "Pages fetched, 304s and errors by kind per run",
            plot_pages_and_errors,
            series,
            True,
        ),
        ("duration-and-speed", "Run duration and pages per second", plot_duration_and_speed, series, True),
        (
            "lengths-and-elisions",
            "Document length and elided characters by site",
            plot_lengths_and_elisions,
            figures,
            True,
        ),
        ("merged-by-kind", "Copies merged by kind", plot_merged_by_kind, figures, False),
    ]
    context["plots"] = []
    for name, caption, plot, data, wide in plots:
        with plot_style(name):
            context["plots"].append((caption, plot(data), wide))
    env = jinja2.Environment(
        autoescape=True, trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined
    )
    env.filters["n"] = lambda value: "–" if value is None else f"{value:,}"
    return env.from_string(report_template()).render(**context)


def write_report(
    archive: Archive, version: int | None = None, output: Path | None = None, *, verify: bool = True
) -> Path:
    """Write the report of `version` (latest by default); its path."""
    if version is None:
        version = archive.latest()
        if version is None:
            raise ArchiveError(f"archive {archive.root} holds no version yet")
    page = render_report(archive, version, verify=verify)
    output = Path(output) if output is not None else default_report_path(archive, version)
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(f".{output.name}.{os.getpid()}.tmp")
    tmp.write_text(page, encoding="utf-8")
    os.replace(tmp, output)  # a reader never sees half a report
    return output
