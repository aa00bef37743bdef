"""`speech-archive extract FILE [--url URL]`: the clean speeches of saved pages, as JSON Lines.

A page with no speech (listing, navigation, empty, binary, too large, undecodable) prints no
document, one line on stderr saying why, and exits 0 (a page without a speech is no error). Without
--url the site profile is guessed from the page itself (canonical link, site fingerprint).

Several pages of one site (`extract A.html B.html C.html --url URL_A --url URL_B --url URL_C`, each
FILE with its --url in the same order) are read together: a block that recurs on enough of one
host's pages is that site's furniture and is taken out, as a crawl does (pipelines/site_furniture.py).
One page relies on its structure alone.
"""

from __future__ import annotations

import sys

from crawler import exitcodes


def add_arguments(parser) -> None:
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="the saved page (raw bytes as served); several pages of one site: several FILEs",
    )
    parser.add_argument(
        "--url",
        action="append",
        metavar="URL",
        help="the URL the page was fetched from (chooses the site profile); with several FILEs, one --url per FILE, in order",
    )
    parser.add_argument(
        "--content-type", metavar="TYPE", help="the Content-Type header it was served with, if known"
    )
    parser.add_argument(
        "--profiles", metavar="DIR", help="a folder of your own site profiles (beside the shipped ones)"
    )


def run(args) -> int:
    import json
    from pathlib import Path

    files, urls = args.files, args.url or []
    if urls and len(urls) != len(files):
        print(
            f"speech-archive extract: {len(files)} FILEs and {len(urls)} --url: give one --url per FILE, in order",
            file=sys.stderr,
        )
        return exitcodes.USAGE
    bodies = []
    for name in files:  # every file read before anything is printed
        try:
            bodies.append(Path(name).read_bytes())
        except OSError as exc:
            print(f"speech-archive extract: cannot read {name}: {exc.strerror or exc}", file=sys.stderr)
            return exitcodes.FAILURE

    from pipelines.encoding import decode_body
    from pipelines.page import explain_page
    from pipelines.profile import CANONICAL, ProfileError
    from pipelines.site_furniture import furnish_documents
    from spiders.shipped import profile_registry

    try:
        registry = profile_registry((args.profiles,) if args.profiles else ())
    except ProfileError as exc:
        print(f"speech-archive extract: {exc}", file=sys.stderr)
        return exitcodes.USAGE
    headers = {"Content-Type": args.content_type} if args.content_type else None
    pages = []
    for i, (name, body) in enumerate(zip(files, bodies, strict=True)):
        url = urls[i] if urls else None
        if url:
            profile = registry.for_url(url)
        else:
            head = decode_body(body[:65536], headers).text
            profile = registry.for_content(head)
            m = CANONICAL.search(head[:20000])
            url = (m.group(1) or m.group(2)) if m else Path(name).resolve().as_uri()
        documents, why_none = explain_page(body, url, headers, profile)
        pages.append((name, url, documents, why_none))
    if len(pages) > 1:  # the site's own pages as evidence of its furniture
        furnished = furnish_documents({url: docs for _, url, docs, _ in pages})
        pages = [(name, url, furnished[url], why) for name, url, _, why in pages]
    for name, _, documents, why_none in pages:
        for doc in documents:
            sys.stdout.write(json.dumps(doc.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
        if why_none:  # a page without a speech is no error: say why, exit 0
            print(f"speech-archive extract: no document in {name}: {why_none}", file=sys.stderr)
    sys.stdout.flush()
    return exitcodes.OK
