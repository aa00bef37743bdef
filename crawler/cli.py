"""The `speech-archive` command: `main(argv=None) -> int`, argparse subcommands.

Each subcommand lives in its own module under `crawler.commands` with two functions,
`add_arguments(parser)` and `run(args) -> int`. A module is imported only when its subcommand is
chosen (`--help` and `--version` import none: the one-line help of each is here), so
`speech-archive extract` does not pay for Scrapy's start-up, nor `--version` for anything.
Exit codes are in `crawler.exitcodes` (and the README).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Iterable

from archive.damaged import ArchiveDamaged
from crawler import exitcodes

# name -> (module under crawler.commands, one-line help)
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "demo": ("demo", "serve the bundled replica web, crawl it into an archive and audit it"),
    "serve-samples": ("serve", "serve the bundled replica web on 127.0.0.1 ports"),
    "extract": ("extract", "extract clean speeches from one saved page (JSON Lines on stdout)"),
    "crawl": ("crawl", "crawl sites into the archive and commit one version"),
    "worker": ("worker", "run a crawler process fed from Redis (distributed mode)"),
    "verify": ("verify", "check the versions added since the last verify (--full: every stored file)"),
    "audit": ("audit", "summarise the archive: versions, documents, problems"),
    "diff": ("diff", "documents added, changed and removed between two versions"),
    "show": ("show", "one document with its provenance"),
    "export": ("export", "export a version's documents, every field (JSON Lines, CSV, Parquet)"),
    "reprocess": ("reprocess", "rebuild every document from archived WARC captures"),
    "repair": ("repair", "set a damaged version aside (kept in quarantine/) so the next crawl goes on"),
    "report": ("report", "write the self-contained HTML audit report"),
    "export-wacz": ("export_wacz", "package a version's WARC captures as WACZ"),
    "search": ("search", "full-text search over the latest version (Chinese, 3+ characters indexed)"),
    "browse": ("browse", "a read-only local web view of the catalog (Datasette)"),
    "catalog": ("catalog", "refresh or rebuild the archive's search catalog (takes the lock)"),
}


def installed_version() -> str:
    """The version of the installed distribution (a source checkout that was never installed: unknown)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("speech-archive")
    except PackageNotFoundError:
        return "unknown (not installed)"


def chosen_command(argv: list[str]) -> str | None:
    """The subcommand `argv` names, if any: its first argument that is no option (the top-level
    options, -h and -V, take no value)."""
    for arg in argv:
        if arg == "--":
            return None
        if not arg.startswith("-"):
            return arg if arg in SUBCOMMANDS else None
    return None


def build_parser(commands: Iterable[str] | None = None) -> argparse.ArgumentParser:
    """The parser: every subcommand with its help line; the arguments of `commands` only (their
    modules imported), of every subcommand when None."""
    parser = argparse.ArgumentParser(
        prog="speech-archive",
        description="Crawl Chinese speech-template sites into a clean, deduplicated, versioned archive.",
    )
    parser.add_argument("-V", "--version", action="version", version=f"speech-archive {installed_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    wanted = set(SUBCOMMANDS if commands is None else commands)
    for name, (module, help_text) in SUBCOMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(_module=module)
        if name not in wanted:
            continue
        try:
            mod = importlib.import_module(f"crawler.commands.{module}")
        except ModuleNotFoundError as exc:  # a subcommand not built yet must not break the others
            if exc.name != f"crawler.commands.{module}":
                raise
            p.set_defaults(_missing=True)
            continue
        mod.add_arguments(p)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    command = chosen_command(argv)
    parser = build_parser([command] if command else [])
    args = parser.parse_args(argv)
    if getattr(args, "_missing", False):
        print(f"speech-archive: '{args.command}' is not available in this build", file=sys.stderr)
        return exitcodes.FAILURE
    mod = importlib.import_module(f"crawler.commands.{args._module}")
    try:
        return int(mod.run(args) or 0)
    except KeyboardInterrupt:
        print("speech-archive: interrupted", file=sys.stderr)
        return exitcodes.INTERRUPTED
    except BrokenPipeError:  # `speech-archive export | head` is not an error
        return exitcodes.OK
    except ArchiveDamaged as exc:  # any command that read a damaged file: one line, its own code
        print(f"speech-archive {args.command}: {exitcodes.damaged_message(exc)}", file=sys.stderr)
        return exitcodes.DAMAGED


if __name__ == "__main__":
    sys.exit(main())
