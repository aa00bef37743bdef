"""`speech-archive browse [--port N]`: the archive's catalog in Datasette, read-only, on 127.0.0.1.

Facets by site, year, flag and truncation, full-text search, a page per document (its clean
text with the paywall gaps and truncation marked, removed pieces, URLs and versions) and
Datasette's JSON API. The catalog is opened immutable; while a crawl commits, the page keeps
serving, and shows the new catalog once the commit has put it in place. Datasette is an optional
extra: `pip install 'speech-archive[browse]'` (`make setup` installs it).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import sys

from crawler import exitcodes

INSTALL_HINT = (
    "Datasette is not installed; install it with: pip install 'speech-archive[browse]' "
    "(or pip install datasette, into the environment speech-archive runs in)"
)


def add_arguments(parser) -> None:
    from crawler.commands import add_archive_argument

    add_archive_argument(parser)
    parser.add_argument(
        "--port",
        type=int,
        default=8001,
        metavar="N",
        help="port (default: %(default)s, Datasette's; 0: any free one)",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: %(default)s, this machine only)"
    )


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.listen(128)
    return sock


async def serve(datasette, sock: socket.socket) -> None:
    import uvicorn

    await datasette.invoke_startup()
    config = uvicorn.Config(datasette.app(), log_level="warning", lifespan="off")
    await uvicorn.Server(config).serve(sockets=[sock])


def run(args) -> int:
    try:
        import datasette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError:
        print(f"speech-archive browse: {INSTALL_HINT}", file=sys.stderr)
        return exitcodes.FAILURE
    from archive.catalog import CatalogError, catalog_for_reading
    from archive.store import ArchiveError, open_existing

    if not 0 <= args.port <= 65535:
        print(f"speech-archive browse: no such port: {args.port}", file=sys.stderr)
        return exitcodes.USAGE
    catalog = contextlib.ExitStack()  # a temporary catalog lives as long as the server
    try:
        archive = open_existing(args.archive)
        path, note = catalog.enter_context(catalog_for_reading(archive))
    except (ArchiveError, CatalogError) as exc:
        print(f"speech-archive browse: {exc}", file=sys.stderr)
        return exitcodes.FAILURE
    with catalog:
        return serve_catalog(args, archive, path, note)


def serve_catalog(args, archive, path, note) -> int:
    from archive.catalog import catalog_path, catalog_stamp
    from crawler.browse.app import DATABASE, build_datasette

    if note:
        print(f"speech-archive browse: note: {note}", file=sys.stderr)
    try:
        sock = bind(args.host, args.port)
    except OSError as exc:
        print(
            f"speech-archive browse: cannot listen on {args.host}:{args.port}: {exc.strerror}",
            file=sys.stderr,
        )
        return exitcodes.FAILURE
    log = logging.getLogger("speech_archive.browse")  # refused requests, one line each
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log.addHandler(handler)
    log.propagate = False
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    datasette = build_datasette(path, archive.root.resolve(), catalog_path(archive).resolve())
    print(
        f"browsing {archive.root} (catalog of version {catalog_stamp(path)}) at "
        f"http://{shown}:{port}/{DATABASE}/documents  (Ctrl-C stops)",
        flush=True,
    )
    try:
        asyncio.run(serve(datasette, sock))
    finally:
        sock.close()
    return exitcodes.OK
