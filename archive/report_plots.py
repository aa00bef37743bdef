"""The report's plots: matplotlib figures drawn as inline SVG, one function per plot.

Each `plot_*` takes the figures it draws (`archive.figures.version_series` or
`document_figures`) and returns an `<svg>` element; call it inside `plot_style(name)`. The SVG
keeps its text as text (`svg.fonttype = none`), so the browser draws the Chinese labels with the
system's CJK font, and holds aggregates only: its size does not grow with the archive.
"""

from __future__ import annotations

import io
import re

from archive.figures import MERGED_KINDS
from archive.versions import STATES

STATE_COLOURS = {"new": "#2b8a3e", "changed": "#e8a33d", "unchanged": "#9aa5b1", "removed": "#c92a2a"}
# Fonts the SVG text asks for: CJK first, so Chinese site names and titles render.
CJK_FONTS = ["Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "DejaVu Sans"]


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
    # Not the headline's figure (paywall gaps only): this adds the cut-off ends, so it says so.
    right.set_title("Characters the sites kept back, by site:\npaywall gaps and cut-off ends")
    return _svg_of(fig, "lengths-and-elisions")


def plot_merged_by_kind(figures: dict) -> str:
    fig, (ax,) = _figure("merged-by-kind")
    counts = [figures["merged"].get(kind, 0) for kind in MERGED_KINDS]
    bars = ax.bar([kind.replace("_", " ") for kind in MERGED_KINDS], counts, color="#7048e8")
    ax.bar_label(bars, fontsize=8)
    ax.set_title("Copies merged into another document, by kind")
    ax.set_ylabel("copies")
    return _svg_of(fig, "merged-by-kind")
