"""`speech-archive extract FILE [--url URL]`: the clean speeches of one saved page, as JSON Lines.

A page with no speech (listing, navigation, empty, binary, too large, undecodable) prints no
document, one line on stderr saying why, and exits 0 (a page without a speech is no error). Without
--url the site profile is guessed from the page itself (canonical link, site fingerprint).
"""

from __future__ import annotations

import sys

from crawler import exitcodes


def add_arguments(parser) -> None:
    parser.add_argument("file", metavar="FILE", help="the saved page (raw bytes as served)")
    parser.add_argument("--url", help="the URL the page was fetched from (chooses the site profile)")
    parser.add_argument(
        "--content-type", metavar="TYPE", help="the Content-Type header it was served with, if known"
    )
    parser.add_argument(
        "--profiles", metavar="DIR", help="a folder of your own site profiles (beside the shipped ones)"
    )


def run(args) -> int:
    import json
    from pathlib import Path

    try:
        body = Path(args.file).read_bytes()
    except OSError as exc:
        print(f"speech-archive extract: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return exitcodes.FAILURE

    from pipelines.encoding import decode_body
    from pipelines.page import explain_page
    from pipelines.profile import CANONICAL, ProfileError
    from spiders.shipped import profile_registry

    try:
        registry = profile_registry((args.profiles,) if args.profiles else ())
    except ProfileError as exc:
        print(f"speech-archive extract: {exc}", file=sys.stderr)
        return exitcodes.USAGE
    headers = {"Content-Type": args.content_type} if args.content_type else None
    url, profile = args.url, None
    if url:
        profile = registry.for_url(url)
    else:
        head = decode_body(body[:65536], headers).text
        profile = registry.for_content(head)
        m = CANONICAL.search(head[:20000])
        url = (m.group(1) or m.group(2)) if m else Path(args.file).resolve().as_uri()
    documents, why_none = explain_page(body, url, headers, profile)
    for doc in documents:
        sys.stdout.write(json.dumps(doc.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
    sys.stdout.flush()
    if why_none:  # a page without a speech is no error: say why, exit 0
        print(f"speech-archive extract: no document in {args.file}: {why_none}", file=sys.stderr)
    return exitcodes.OK
