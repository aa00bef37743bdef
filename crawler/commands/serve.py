"""`speech-archive serve-samples`: serve the bundled replica web until SIGINT / SIGTERM.

Prints one line per host, `HOST -> http://127.0.0.1:PORT`, so a person (or a script) can point
a spider at it with `-a base_url=…`, then `http_proxy -> http://127.0.0.1:PORT`: every port also
answers each host by its own name, so `http_proxy=… speech-archive crawl --start-url
http://HOST/` crawls the hosts' real URLs (sitemaps, feeds and canonical links name them).
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path

from crawler import exitcodes


def default_sites_dir() -> Path:
    """The bundled replica web, package data of the `replica` package (replica/sites; samples/sites
    in the repository points there), so a wheel install serves it from any folder."""
    from importlib import resources

    return Path(str(resources.files("replica").joinpath("sites")))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--sites",
        type=Path,
        default=None,
        metavar="DIR",
        help="folder with one sub-folder per host (default: the bundled replica web)",
    )
    parser.add_argument(
        "--host",
        action="append",
        dest="hosts",
        default=None,
        metavar="HOST",
        help="serve only this host (repeatable; default: every host folder)",
    )
    parser.add_argument(
        "--port-base",
        type=int,
        default=None,
        metavar="N",
        help="serve the hosts, in sorted order, on ports N, N+1, … (default: free ports)",
    )
    parser.add_argument(
        "--latency", type=float, default=0.0, metavar="SECONDS", help="delay every answer (default: 0)"
    )


def run(args: argparse.Namespace) -> int:
    from replica.server import ReplicaWeb

    sites = args.sites or default_sites_dir()
    if not sites.is_dir():
        print(f"speech-archive serve-samples: no sites folder at {sites} (use --sites DIR)", file=sys.stderr)
        return exitcodes.FAILURE
    if args.port_base is not None and not 1 <= args.port_base <= 65535:
        print(f"speech-archive serve-samples: --port-base {args.port_base} is not a port", file=sys.stderr)
        return exitcodes.USAGE
    try:
        web = ReplicaWeb(sites, args.hosts, latency=args.latency, port_base=args.port_base)
    except (ValueError, OSError) as exc:
        print(f"speech-archive serve-samples: {exc}", file=sys.stderr)
        return exitcodes.FAILURE
    if not web.hosts:
        print(f"speech-archive serve-samples: no host folders in {sites}", file=sys.stderr)
        return exitcodes.FAILURE

    stop = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        try:
            web.start()
        except OSError as exc:  # e.g. a port of --port-base already in use
            print(f"speech-archive serve-samples: cannot listen: {exc}", file=sys.stderr)
            return exitcodes.FAILURE
        for host, url in web.urls.items():
            print(f"{host} -> {url}")
        print(f"http_proxy -> {web.proxy_url}")
        sys.stdout.flush()
        while not stop.wait(0.5):  # a timed wait so the signal handler gets to run
            pass
        return exitcodes.OK
    finally:
        web.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
