"""The HTML audit report: one self-contained file a person opens in a browser, offline.

`render_report(archive, version)` returns the page, `write_report(archive, version, output)`
writes it (by default to ARCHIVE/reports/report-v000003.html, next to the version it describes).

What is in it: the headline numbers of `audit` (the same figures: taken from `audit_summary`
for the latest version, counted by the same rules for an older one), plots of the archive
across versions and runs, and the tables a person acts on (problems, truncated, flagged and
merged documents), whose rows open the document with its paywall gaps and stripped pieces
marked. The plots are matplotlib SVG inlined with `svg.fonttype = none`, so text stays text and
the browser draws the Chinese labels with the system's CJK font; there is no JavaScript, no
external font, style or picture, and no link out (the documents' URLs are shown as text).

Size: plots are aggregates (their size does not grow with the archive), tables list at most
`TABLE_ROWS` rows each (the most important first, and say how many they leave out), and the
documents opened from them carry at most `TEXT_BUDGET_CHARS` characters of text in all.
"""

from __future__ import annotations

import io
import os
import re
import statistics
from collections import Counter, defaultdict
from datetime import UTC, datetime
from pathlib import Path

from archive.audit import audit_summary
from archive.document_view import marked_text_segments, missing_chars
from archive.figures import MERGED_KINDS, count_document, new_counts, readable_documents
from archive.store import Archive, ArchiveDamaged, ArchiveError
from archive.verify import verify_archive
from archive.versions import STATES
from pipelines.merge import canonical_site

TABLE_ROWS = 100  # rows per table; the rest is counted, not listed
COPIES_SHOWN = 10  # URLs listed per merged speech; the rest are counted
TEXT_BUDGET_CHARS = 300_000  # document text embedded across all document views (~0.9 MB of UTF-8)
STATE_COLOURS = {"new": "#2b8a3e", "changed": "#e8a33d", "unchanged": "#9aa5b1", "removed": "#c92a2a"}
# Fonts the SVG text asks for: CJK first, so Chinese site names and titles render.
CJK_FONTS = ["Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "DejaVu Sans"]


def default_report_path(archive: Archive, version: int) -> Path:
    return archive.reports_dir / f"report-v{version:06d}.html"


# --- figures of one version -------------------------------------------------------------------
def document_figures(docs) -> dict:
    """The per-document figures of `audit` (same counting rules as `audit_summary`), plus what
    the plots and tables need. One pass; keeps no document text."""
    figures = {
        **new_counts(),
        "lengths_by_site": defaultdict(list),
        "elided_by_site": defaultdict(lambda: {"paywall": 0, "truncation": 0}),
        "truncated_rows": [],
        "flagged_rows": [],
        "merged_rows": [],
    }
    for doc in docs:
        count_document(figures, doc)
        site = canonical_site(doc) or "?"
        chars = len(doc.get("text") or "")
        figures["lengths_by_site"][site].append(chars)
        row = {
            "doc_id": doc["doc_id"],
            "title": doc.get("title") or "(untitled)",
            "site": site,
            "chars": chars,
        }
        if doc.get("truncated") or doc.get("omitted_chars"):
            missing = missing_chars(doc)
            paywall = int(doc.get("omitted_chars") or 0)
            figures["elided_by_site"][site]["paywall"] += paywall
            figures["elided_by_site"][site]["truncation"] += missing - paywall
            whole = chars + missing
            figures["truncated_rows"].append(
                dict(
                    row,
                    omitted=paywall,
                    cut=missing - paywall,
                    declared=doc.get("declared_chars"),
                    truncated=bool(doc.get("truncated")),
                    missing_share=(missing / whole) if whole else 0.0,
                )
            )
        if doc.get("flags"):
            figures["flagged_rows"].append(dict(row, flags=list(doc["flags"])))
        copies = doc.get("copies") or []
        if len(copies) > 1:
            figures["merged_rows"].append(
                dict(
                    row,
                    copies=[
                        {"url": c.get("url"), "kind": c.get("kind"), "site": c.get("site")} for c in copies
                    ],
                )
            )
    figures["truncated_rows"].sort(key=lambda r: (-(r["omitted"] + r["cut"]), r["doc_id"]))
    figures["flagged_rows"].sort(key=lambda r: (-len(r["flags"]), r["doc_id"]))
    figures["merged_rows"].sort(key=lambda r: (-len(r["copies"]), r["doc_id"]))
    return figures


def version_series(archive: Archive, up_to: int) -> list[dict]:
    """Per version up to `up_to`: documents by (canonical) site and by state, and the run's stats.

    Read from manifests and metas only, so it stays cheap with many versions."""
    series = []
    for number in archive.versions():
        if number > up_to:
            break
        by_site: Counter = Counter()
        try:
            meta = archive.meta(number)
            for entry in archive.iter_manifest(number):
                if entry.get("state") != "removed":
                    by_site[entry.get("site") or "?"] += 1
        except ArchiveDamaged:  # named in the problems table (verify); plotted as empty
            meta, by_site = {"status": "damaged"}, Counter()
        stats = meta.get("stats") or {}
        series.append(
            {
                "version": number,
                "status": meta.get("status"),
                "started_at": meta.get("started_at"),
                "by_site": by_site,
                "states": {state: (meta.get("documents") or {}).get(state, 0) for state in STATES},
                "pages_fetched": stats.get("pages_fetched") or 0,
                "not_modified": stats.get("not_modified") or 0,
                "errors": dict(stats.get("errors") or {}),
                "errors_total": stats.get("errors_total") or 0,
                "duration_s": stats.get("duration_s"),
                "pages_per_s": stats.get("pages_per_s"),
            }
        )
    return series


# --- plots -------------------------------------------------------------------------------------
def _svg_of(fig, name: str) -> str:
    """The figure as inline SVG: no XML prologue, no metadata, no namespace URLs, scales to width."""
    import matplotlib.pyplot as plt

    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None}, bbox_inches="tight")
    plt.close(fig)
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg") :]
    svg = re.sub(r"<metadata>.*?</metadata>\s*", "", svg, flags=re.S)

    def root_tag(match: re.Match) -> str:
        tag = re.sub(r'\s(?:width|height|xmlns(?::\w+)?|version)="[^"]*"', "", match.group(0))
        return tag[:-1] + f' class="plot" data-plot="{name}" role="img" preserveAspectRatio="xMidYMid meet">'

    return re.sub(r"<svg\b[^>]*>", root_tag, svg, count=1)


PLOT_STYLE = {
    "svg.fonttype": "none",  # text stays text: the browser draws it with the CJK font
    "font.family": "sans-serif",
    "font.sans-serif": CJK_FONTS,
    "font.size": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
}


def plot_style(name: str):
    """The plots' matplotlib settings, for one plot only (the process's own stay as they were);
    `svg.hashsalt` makes the SVG ids unique per plot of the page and stable across runs."""
    import matplotlib

    matplotlib.use("svg", force=False)
    return matplotlib.rc_context({**PLOT_STYLE, "svg.hashsalt": name})


def _figure(name: str, width: float | None = None, height: float = 3.2, ncols: int = 1):
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator, StrMethodFormatter

    width = width or (5.5 if ncols == 1 else 11.0)  # a half-width or a full-width plot of the page
    fig, axes = plt.subplots(1, ncols, figsize=(width, height), squeeze=False, layout="constrained")
    for ax in axes[0]:  # counts: whole numbers with thousands separators, never "1e6"
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.yaxis.set_major_formatter(StrMethodFormatter("{x:,.0f}"))
    return fig, list(axes[0])


def _no_data(ax, what: str) -> None:
    ax.text(0.5, 0.5, f"no {what} yet", ha="center", va="center", transform=ax.transAxes, color="#666")
    ax.set_xticks([])
    ax.set_yticks([])


def _version_ticks(ax, versions: list[int]) -> None:
    step = max(1, len(versions) // 20)  # at most ~20 labels, however many versions
    ax.set_xticks(range(0, len(versions), step))
    ax.set_xticklabels([str(v) for v in versions[::step]])
    ax.set_xlabel("version")


def _stacked_bars(
    ax, versions: list[int], layers: dict[str, list[float]], colours: dict | None = None
) -> None:
    bottom = [0.0] * len(versions)
    for label, values in layers.items():
        colour = (colours or {}).get(label)
        ax.bar(range(len(versions)), values, bottom=bottom, label=label, color=colour, width=0.8)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    _version_ticks(ax, versions)


def plot_documents_per_site(series: list[dict]) -> str:
    fig, (ax,) = _figure("documents-per-site")
    sites = sorted({site for v in series for site in v["by_site"]})
    versions = [v["version"] for v in series]
    if sites:
        _stacked_bars(ax, versions, {site: [v["by_site"].get(site, 0) for v in series] for site in sites})
        ax.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    else:
        _no_data(ax, "documents")
    ax.set_title("Documents per site (of the canonical copy)")
    ax.set_ylabel("documents")
    return _svg_of(fig, "documents-per-site")


def plot_states_per_version(series: list[dict]) -> str:
    fig, (ax,) = _figure("states-per-version")
    versions = [v["version"] for v in series]
    if versions:
        layers = {state: [v["states"][state] for v in series] for state in STATES}
        _stacked_bars(ax, versions, layers, STATE_COLOURS)
        ax.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    else:
        _no_data(ax, "versions")
    ax.set_title("Documents by state per version")
    ax.set_ylabel("documents")
    return _svg_of(fig, "states-per-version")


def plot_pages_and_errors(series: list[dict]) -> str:
    fig, (left, right) = _figure("pages-and-errors", ncols=2)
    versions = [v["version"] for v in series]
    if versions:
        positions = range(len(versions))
        left.bar(
            [p - 0.2 for p in positions],
            [v["pages_fetched"] for v in series],
            width=0.4,
            label="pages fetched",
        )
        left.bar(
            [p + 0.2 for p in positions],
            [v["not_modified"] for v in series],
            width=0.4,
            label="not modified (304)",
        )
        _version_ticks(left, versions)
        left.legend(fontsize=8, framealpha=0.9, loc="lower right")
        kinds = sorted({kind for v in series for kind in v["errors"]})
        if kinds:
            _stacked_bars(
                right, versions, {kind: [v["errors"].get(kind, 0) for v in series] for kind in kinds}
            )
            right.legend(fontsize=7, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        else:
            _no_data(right, "errors")
    else:
        _no_data(left, "runs")
        _no_data(right, "runs")
    left.set_title("Pages fetched and 304s per run")
    right.set_title("Errors by kind per run")
    return _svg_of(fig, "pages-and-errors")


def plot_duration_and_speed(series: list[dict]) -> str:
    from matplotlib.ticker import AutoLocator, ScalarFormatter

    fig, (left, right) = _figure("duration-and-speed", ncols=2)
    timed = [v for v in series if v["duration_s"] is not None]
    versions = [v["version"] for v in series]
    if timed:
        positions = range(len(versions))
        left.bar(positions, [v["duration_s"] or 0 for v in series], color="#4263eb")
        right.plot(positions, [v["pages_per_s"] or 0 for v in series], marker="o", color="#0b7285")
        right.set_ylim(bottom=0)
        right.yaxis.set_major_locator(AutoLocator())  # a rate: fractions are fine
        right.yaxis.set_major_formatter(ScalarFormatter())
        _version_ticks(left, versions)
        _version_ticks(right, versions)
    else:
        _no_data(left, "timed runs")
        _no_data(right, "timed runs")
    left.set_title("Run duration (s)")
    right.set_title("Pages per second")
    return _svg_of(fig, "duration-and-speed")


def plot_lengths_and_elisions(figures: dict) -> str:
    fig, (left, right) = _figure("lengths-and-elisions", ncols=2, height=3.6)
    sites = sorted(figures["lengths_by_site"])
    if sites:
        # Whiskers at the 5th/95th percentile and no outlier dots: the plot's size must not grow
        # with the number of documents.
        left.boxplot(
            [figures["lengths_by_site"][s] for s in sites], tick_labels=sites, whis=(5, 95), showfliers=False
        )
        left.tick_params(axis="x", labelrotation=30)
        left.set_ylabel("characters")
        elided = figures["elided_by_site"]
        paywall = [elided[s]["paywall"] if s in elided else 0 for s in sites]
        cut = [elided[s]["truncation"] if s in elided else 0 for s in sites]
        right.bar(sites, paywall, label="paywall gaps", color="#e8590c")
        right.bar(sites, cut, bottom=paywall, label="cut off (truncation)", color="#fab005")
        right.tick_params(axis="x", labelrotation=30)
        right.legend(fontsize=8, framealpha=0.9)
    else:
        _no_data(left, "documents")
        _no_data(right, "documents")
    left.set_title("Document length by site")
    right.set_title("Characters the sites elided, by site")
    return _svg_of(fig, "lengths-and-elisions")


def plot_merged_by_kind(figures: dict) -> str:
    fig, (ax,) = _figure("merged-by-kind")
    counts = [figures["merged"].get(kind, 0) for kind in MERGED_KINDS]
    bars = ax.bar([kind.replace("_", " ") for kind in MERGED_KINDS], counts, color="#7048e8")
    ax.bar_label(bars, fontsize=8)
    ax.set_title("Copies merged into another document, by kind")
    ax.set_ylabel("copies")
    return _svg_of(fig, "merged-by-kind")


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
    return env.from_string(TEMPLATE).render(**context)


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


TEMPLATE = r"""<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Audit report · version {{ version }} · {{ archive }}</title>
<style>
:root { --ink: #1f2933; --muted: #616e7c; --line: #d9e2ec; --bg: #f5f7fa; --accent: #364fc7; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; line-height: 1.5;
  font-family: system-ui, "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC",
    "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; }
header, main { max-width: 1100px; margin: 0 auto; padding: 0 1.2rem; }
header { padding-top: 1.2rem; }
h1 { font-size: 1.5rem; margin: 0 0 .2rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .6rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
.sub { color: var(--muted); margin: 0; font-size: .9rem; }
.headline { display: grid; grid-template-columns: repeat(auto-fill, minmax(9.5rem, 1fr)); gap: .6rem; margin: 1rem 0; }
.metric { background: var(--bg); border-radius: 6px; padding: .5rem .7rem; margin: 0; }
.metric dt { font-size: .8rem; color: var(--muted); }
.metric dd { margin: 0; font-size: 1.45rem; font-weight: 600; }
.metric.bad dd { color: #c92a2a; }
.metric.good dd { color: #2b8a3e; }
.plots { display: grid; grid-template-columns: repeat(auto-fit, minmax(460px, 1fr)); gap: 1rem; }
figure.wide { grid-column: 1 / -1; }
figure { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: .5rem; }
figcaption { font-size: .85rem; color: var(--muted); }
svg.plot { width: 100%; height: auto; display: block; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--bg); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.more { color: var(--muted); font-size: .85rem; }
.url { font-family: ui-monospace, monospace; font-size: .8rem; word-break: break-all; }
a { color: var(--accent); }
.kind { display: inline-block; font-size: .75rem; padding: 0 .35rem; border-radius: 3px; background: #e7f5ff; }
.kind.canonical { background: #d3f9d8; }
.doc { display: none; border: 2px solid var(--accent); border-radius: 8px; padding: .8rem 1rem; margin: 1rem 0; }
.doc:target { display: block; }
.doc h3 { margin: 0 0 .3rem; }
.doc .text { white-space: pre-wrap; font-size: 1rem; line-height: 1.8; background: #fff; }
mark.gap { background: #ffe8cc; border: 1px dashed #e8590c; padding: 0 .3rem; border-radius: 3px; }
mark.gap.truncation, mark.gap.shortened { background: #fff3bf; border-color: #f08c00; }
del.stripped { background: #ffe3e3; color: #862e2e; }
.legend mark, .legend del { font-size: .85rem; }
.close { float: right; }
</style>
</head>
<body>
<header>
<h1>Audit report — version {{ version }}{% if version != latest %} (latest is {{ latest }}){% endif %}</h1>
<p class="sub">Archive <span class="url">{{ archive }}</span> · generated {{ generated_at }} ·
the figures are those of <code>speech-archive audit</code>{% if version != latest %}, counted for version {{ version }}{% endif %}.</p>
</header>
<main>
<section id="headline">
<dl class="headline">
{% macro metric(key, label, value, cls="") %}<div class="metric {{ cls }}" data-metric="{{ key }}" data-value="{{ value }}"><dt>{{ label }}</dt><dd>{{ value if value is string else value|n }}</dd></div>
{% endmacro %}
{{ metric("versions", "versions", headline.versions) }}
{{ metric("documents", "documents", headline.documents) }}
{{ metric("truncated", "truncated", headline.truncated, "bad" if headline.truncated else "") }}
{{ metric("omitted_chars", "characters elided by the sites", headline.omitted_chars) }}
{{ metric("flagged", "flagged", headline.flagged, "bad" if headline.flagged else "") }}
{{ metric("merged", "copies merged", headline.merged.values()|sum) }}
{% for kind, count in headline.merged.items() %}
{{ metric("merged." ~ kind, "merged: " ~ kind.replace("_", " "), count) }}
{% endfor %}
{% for site, count in headline.by_site.items() %}
{{ metric("by_site." ~ site, "site: " ~ site, count) }}
{% endfor %}
{{ metric("last_run.status", "run of version " ~ headline.last_run.version, headline.last_run.status, "good" if headline.last_run.status == "complete" else "bad") }}
{{ metric("last_run.errors_total", "errors in that run", headline.last_run.errors_total, "bad" if headline.last_run.errors_total else "") }}
{{ metric("problems", "problems", headline.problems, "bad" if headline.problems else "good") }}
</dl>
<p class="sub">Run <code>{{ headline.last_run.run_id }}</code>, {{ headline.last_run.started_at }} → {{ headline.last_run.ended_at }}.
{% if flags %}Flags: {% for flag, count in flags.items() %}{{ flag }} {{ count|n }}{% if not loop.last %}, {% endif %}{% endfor %}. {% endif %}
Median document length {{ median_chars|n }} characters.</p>
</section>

<section id="plots">
<h2>Plots</h2>
<div class="plots">
{% for caption, svg, wide in plots %}
<figure{% if wide %} class="wide"{% endif %}>{{ svg|safe }}<figcaption>{{ caption }}</figcaption></figure>
{% endfor %}
</div>
</section>

{% macro more(table) %}{% if table.total > table.rows|length %}<p class="more">Showing {{ table.rows|length|n }} of {{ table.total|n }}, the most important first; <code>speech-archive audit --json</code> and <code>speech-archive show DOC_ID</code> give the rest.</p>{% endif %}{% endmacro %}
{% macro opener(row) %}{% if row.doc_id in not_opened %}{{ row.title }} <span class="more">(<code>speech-archive show {{ row.doc_id }}</code>)</span>{% else %}<a href="#d-{{ row.doc_id }}">{{ row.title }}</a>{% endif %}{% endmacro %}

<section id="problems">
<h2>Problems ({{ problems.total|n }})</h2>
{% if problems.total %}
<table><thead><tr><th>file</th><th>kind</th><th>what is wrong</th></tr></thead><tbody>
{% for p in problems.rows %}<tr><td class="url">{{ p.path }}</td><td>{{ p.kind }}</td><td>{{ p.detail }}</td></tr>
{% endfor %}</tbody></table>
{{ more(problems) }}
{% else %}<p>None: <code>verify</code> found every file as recorded and every run complete.</p>{% endif %}
</section>

<section id="truncated">
<h2>Truncated documents ({{ tables.truncated_rows.total|n }})</h2>
{% if tables.truncated_rows.total %}
<table><thead><tr><th>document</th><th>site</th><th class="num">characters kept</th><th class="num">paywall gaps</th><th class="num">cut off</th><th class="num">declared</th><th class="num">missing</th></tr></thead><tbody>
{% for r in tables.truncated_rows.rows %}<tr data-doc="{{ r.doc_id }}"><td>{{ opener(r) }}</td><td>{{ r.site }}</td><td class="num">{{ r.chars|n }}</td><td class="num">{{ r.omitted|n }}</td><td class="num">{{ r.cut|n if r.cut or not r.truncated else "unknown" }}</td><td class="num">{{ r.declared|n }}</td><td class="num">{{ "%.0f"|format(r.missing_share * 100) }} %</td></tr>
{% endfor %}</tbody></table>
{{ more(tables.truncated_rows) }}
{% else %}<p>None.</p>{% endif %}
</section>

<section id="flagged">
<h2>Flagged documents ({{ tables.flagged_rows.total|n }})</h2>
{% if tables.flagged_rows.total %}
<table><thead><tr><th>document</th><th>site</th><th class="num">characters</th><th>flags</th></tr></thead><tbody>
{% for r in tables.flagged_rows.rows %}<tr data-doc="{{ r.doc_id }}"><td>{{ opener(r) }}</td><td>{{ r.site }}</td><td class="num">{{ r.chars|n }}</td><td>{% for f in r.flags %}<span class="kind">{{ f }}</span> {% endfor %}</td></tr>
{% endfor %}</tbody></table>
{{ more(tables.flagged_rows) }}
{% else %}<p>None.</p>{% endif %}
</section>

<section id="merged">
<h2>Merged speeches ({{ tables.merged_rows.total|n }})</h2>
{% if tables.merged_rows.total %}
<table><thead><tr><th>document</th><th>copies: URL and how it matched</th></tr></thead><tbody>
{% for r in tables.merged_rows.rows %}<tr data-doc="{{ r.doc_id }}"><td>{{ opener(r) }}</td><td>{% for c in r.copies[:copies_shown] %}<div><span class="kind {{ c.kind }}">{{ c.kind }}</span> <span class="url">{{ c.url }}</span></div>{% endfor %}{% if r.copies|length > copies_shown %}<div class="more">and {{ (r.copies|length - copies_shown)|n }} more copies (<code>speech-archive show {{ r.doc_id }}</code>)</div>{% endif %}</td></tr>
{% endfor %}</tbody></table>
{{ more(tables.merged_rows) }}
{% else %}<p>None.</p>{% endif %}
</section>

<section id="documents">
<h2>Documents</h2>
<p class="sub legend">Open one from the tables above. In the text, <mark class="gap">〔… characters elided by the site …〕</mark> marks a paywall gap
and <mark class="gap truncation">〔cut off by the site here〕</mark> a truncation; <del class="stripped">struck-through pieces</del> are what the cleaner took out (site noise), with the rule that took them.</p>
{% for d in views %}
<article class="doc" id="d-{{ d.doc_id }}">
<a class="close" href="#documents">close</a>
<h3>{{ d.title }}</h3>
<p class="sub"><code>{{ d.doc_id }}</code> · {{ d.sites|join(", ") }}{% if d.published_at %} · published {{ d.published_at }}{% endif %} · {{ d.chars|n }} characters{% if d.declared %} (the site declares {{ d.declared|n }}){% endif %}{% if d.flags %} · flags: {{ d.flags|join(", ") }}{% endif %}</p>
<table><thead><tr><th>copy</th><th>URL</th><th>site</th><th class="num">characters</th></tr></thead><tbody>
{% for c in d.copies[:copies_shown] %}<tr><td><span class="kind {{ c.kind }}">{{ c.kind }}</span></td><td class="url">{{ c.url }}</td><td>{{ c.site }}</td><td class="num">{{ c.chars|n }}</td></tr>
{% endfor %}{% if d.copies|length > copies_shown %}<tr><td colspan="4" class="more">and {{ (d.copies|length - copies_shown)|n }} more copies</td></tr>{% endif %}</tbody></table>
{% if d.removed %}<p><strong>Taken out by the cleaner</strong> (the archive does not record where):</p>
<ul>{% for r in d.removed %}<li><span class="kind">{{ r.rule }}</span> <del class="stripped">{{ r.text }}</del></li>{% endfor %}</ul>{% endif %}
<div class="text">{% for s in d.segments %}{% if s.text is defined %}{{ s.text }}{% else %}<mark class="gap {{ s.gap }}">〔{% if s.omitted_chars %}… {{ s.omitted_chars|n }} characters {% endif %}{{ s.label }}{% if s.omitted_chars %} …{% endif %}〕</mark>{% endif %}{% endfor %}</div>
{% if d.captures %}<p class="sub">Captured: {% for c in d.captures %}<span class="url">{{ c.url }}</span> ({{ c.status }}, {{ c.fetched_at }}{% if c.warc %}, {{ c.warc }}{% endif %}){% if not loop.last %}; {% endif %}{% endfor %}</p>{% endif %}
</article>
{% endfor %}
</section>
</main>
</body>
</html>
"""
