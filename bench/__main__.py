"""`python -m bench`: every benchmark, one `name: value` line per figure (see bench/README.md).

python -m bench                                   # full sizes (under 10 minutes on 2 cores)
python -m bench --only crawl --articles 1000      # one family, smaller
python -m bench --only crawl-real                 # the real pages of ../shared/realpages, 2,000 URLs
python -m bench --only store-large                # a large size, not in the default run
python -m bench --only scale                      # the big sizes: 20,000 articles in a budget, 10^6 documents
python -m bench --table bench/README.md           # also rewrite the results table there
"""

from __future__ import annotations

import argparse
import os
import platform
import shlex
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from bench import TARGETS, meets_target

FAMILIES = ("extract", "crawl", "crawl-real", "dedup", "search", "distributed", "store")
LARGE_FAMILIES = ("store-large", "scale")  # only with --only: they take minutes (scale: about an hour)
TABLE_BEGIN, TABLE_END = "<!-- bench:begin -->", "<!-- bench:end -->"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--only", action="append", choices=FAMILIES + LARGE_FAMILIES, help="run only these families"
    )
    parser.add_argument("--articles", type=int, default=5000, help="articles of the crawled bench site")
    parser.add_argument(
        "--real-articles", type=int, default=2000, help="article URLs of the real-weight site (crawl-real)"
    )
    parser.add_argument(
        "--realpages", type=Path, default=None, help="folder of the real pages (default: ../shared/realpages)"
    )
    parser.add_argument("--concurrency", type=int, default=16, help="CONCURRENT_REQUESTS(_PER_DOMAIN)")
    parser.add_argument(
        "--extract-workers",
        type=int,
        default=None,
        help="EXTRACT_WORKERS for the crawl (default: the product's)",
    )
    parser.add_argument("--dedup-docs", type=int, default=100_000, help="documents fed to the dedup index")
    parser.add_argument("--search-docs", type=int, default=100_000, help="documents in the searched catalog")
    parser.add_argument(
        "--extract-pages", type=int, default=200, help="generated pages in the extraction set"
    )
    parser.add_argument("--opencc-chars", type=int, default=5_000_000, help="characters converted t2s")
    parser.add_argument("--store-docs", type=int, default=10_000, help="documents of the store benchmark")
    parser.add_argument(
        "--store-versions", type=int, default=50, help="versions of 1 %% changes in the store benchmark"
    )
    parser.add_argument(
        "--store-large-docs", type=int, default=100_000, help="documents of `--only store-large`"
    )
    parser.add_argument("--scale-articles", type=int, default=20_000, help="scale: articles of the site")
    parser.add_argument("--scale-budget", type=int, default=2_000, help="scale: --max-requests of each run")
    parser.add_argument("--scale-new", type=int, default=100, help="scale: new articles before each run")
    parser.add_argument(
        "--scale-docs", type=int, default=1_000_000, help="scale: documents fed to the indexes (0: none)"
    )
    parser.add_argument(
        "--scale-search-docs",
        type=int,
        default=1_000_000,
        help="scale: documents of the searched catalog (0: none)",
    )
    parser.add_argument("--repeats", type=int, default=3, help="passes of the in-process timings (best kept)")
    parser.add_argument("--table", type=Path, default=None, help="write the results table into this file")
    return parser


def run_benchmarks(args) -> dict[str, float]:
    families = args.only or list(FAMILIES)
    figures: dict[str, float] = {}
    if "extract" in families:
        from bench import extraction

        figures.update(extraction.run(args.extract_pages, args.opencc_chars, args.repeats))
    if "crawl" in families:
        from bench import crawl

        figures.update(crawl.run(args.articles, args.concurrency, args.extract_workers))
    if "crawl-real" in families:
        from bench import crawl

        figures.update(
            crawl.run_real(
                args.real_articles,
                args.concurrency,
                args.extract_workers,
                pages_dir=args.realpages or crawl.REAL_PAGES,
            )
        )
    if "dedup" in families:
        from bench import dedup

        figures.update(dedup.run(args.dedup_docs))
    if "search" in families:
        from bench import search

        figures.update(search.run(args.search_docs))
    if "distributed" in families:  # needs Debian's redis-server (`make services`)
        from bench import distributed

        figures.update(distributed.throughput(args.articles, [1, 2, 4], timeout=1800))
    if "store" in families:
        from bench import store

        figures.update(store.run(args.store_docs, args.store_versions, 0.01, args.repeats))
    if "store-large" in families:
        from bench import store

        figures.update(store.run_large(args.store_large_docs))
    if "scale" in families:
        from bench import scale

        figures.update(
            scale.run(
                args.scale_articles, args.scale_budget, args.scale_new, args.scale_docs, args.concurrency
            )
        )
        if args.scale_search_docs:
            from bench import search

            # a 10^6-document catalog: about an hour to build; a broad query reads every match: 60 phrases
            figures.update(
                {
                    f"scale_{name}": value
                    for name, value in search.run(
                        args.scale_search_docs, timeout=6 * 3600, n_queries=60, baseline=False
                    ).items()
                }
            )
    return figures


def format_value(value) -> str:
    if isinstance(value, float):
        return f"{value:.4g}" if abs(value) < 1000 else f"{value:.0f}"
    return str(value)


def machine() -> str:
    import psutil

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = psutil.virtual_memory().total / 2**30
    return (
        f"{cpu}, {os.cpu_count()} cores, {memory:.0f} GiB RAM, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}"
    )


def results_table(figures: dict[str, float], command: str, started: datetime, load: tuple) -> str:
    lines = [
        f"Machine: {machine()}  ",
        f"Date: {started:%Y-%m-%d %H:%M} UTC, load average at start {load[0]:.2f}, at end "
        f"{figures.get('load_average_at_end', float('nan')):.2f} (a shared machine: absolute figures are noisy, "
        "the ratios were measured side by side)  ",
        f"Command: `{command}`",
        "",
        "| figure | value | target | met |",
        "| --- | ---: | --- | --- |",
    ]
    for name, value in figures.items():
        if not isinstance(value, int | float) or name not in TARGETS:
            continue
        target = TARGETS[name]
        met = meets_target(name, value)
        lines.append(
            f"| `{name}` | {format_value(value)} | {f'{target[0]} {target[1]:g}' if target else ''} | "
            f"{'' if met is None else 'yes' if met else '**no**'} |"
        )
    return "\n".join(lines) + "\n"


def write_table(path: Path, table: str) -> None:
    """Replace the block between the bench markers in `path` (or write the file if it has none)."""
    block = f"{TABLE_BEGIN}\n{table}{TABLE_END}"
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    if TABLE_BEGIN in text and TABLE_END in text:
        head, rest = text.split(TABLE_BEGIN, 1)
        text = head + block + rest.split(TABLE_END, 1)[1]
    else:
        text = block + "\n"
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    started = datetime.now(UTC)
    load = os.getloadavg()
    began = time.perf_counter()
    figures = run_benchmarks(args)
    figures["bench_total_s"] = time.perf_counter() - began
    figures["load_average_at_start"] = load[0]
    figures["load_average_at_end"] = os.getloadavg()[0]
    for name, value in figures.items():
        print(f"{name}: {format_value(value)}", flush=True)
    missed = [name for name, value in figures.items() if meets_target(name, value) is False]
    print(f"targets_missed: {','.join(missed) if missed else 'none'}")
    if args.table:
        command = "python -m bench" + (" " + shlex.join(argv if argv is not None else sys.argv[1:]))
        write_table(args.table, results_table(figures, command.strip(), started, load))
    return 0


if __name__ == "__main__":
    sys.exit(main())
