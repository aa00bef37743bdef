"""The stored files of the versions up to N, as one fingerprint: what a plain `verify` compares.

`stored_listing(root, up_to)` lists, with their sizes, every file of `versions/NNNNNN/` for
N ≤ `up_to`, every object, and every WARC file, leaving out what the versions after `up_to`
wrote (their directories, the objects their entries name as new, changed or removed, their WARC
files). A clean verify records the fingerprint (sha256 of the sorted "name size" lines); the
next plain verify lists the archive again: the same fingerprint means every file verified then
is still there with the size it had when it was read whole, in one directory scan (one stat a
file, no manifest parsed). Any difference is then looked into file by file (archive/verify.py)
to name what is missing or changed in size. The CDXJ index (rewritten at every commit), the
indexes, the history and logs are not in it.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from archive.versions import CHANGES_FILE, MANIFEST_FILE, VERSION_RE

_UNCHANGED = b'"state":"unchanged"'  # compact manifest lines: a carried-over entry, skipped unparsed


@dataclass(frozen=True)
class Listing:
    sha256: str
    files: int
    objects: int
    warc_files: int


def _written_after(root: Path, up_to: int) -> tuple[set[str], set[str]]:
    """(object digests, WARC file names) the versions after `up_to` wrote (unreadable parts skipped:
    then the fingerprint differs and verify looks file by file)."""
    objects: set[str] = set()
    warcs: set[str] = set()
    versions = root / "versions"
    for name in sorted(os.listdir(versions)) if versions.is_dir() else []:
        if not VERSION_RE.match(name) or int(name) <= up_to:
            continue
        vdir = versions / name
        try:
            warcs.update(json.loads((vdir / "meta.json").read_bytes()).get("warc_files") or {})
        except (OSError, ValueError, AttributeError):
            pass
        for entries in (vdir / MANIFEST_FILE, vdir / CHANGES_FILE):
            try:
                with open(entries, "rb") as fh:
                    for line in fh:
                        if _UNCHANGED not in line:
                            at = line.find(b'"hash":"')
                            if at >= 0:
                                objects.add(line[at + 8 : at + 72].decode("ascii", "replace"))
            except OSError:
                continue
    return objects, warcs


def _object_lines(folder: str, later_objects: set[str]) -> list[str]:
    """Each object file of `folder` as "name size". Scanned through the folder's descriptor, each
    stat looks up one name instead of walking the whole path: the plain verify's cost is this
    stat, once per stored object."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        with os.scandir(fd) as entries:
            return [
                f"{e.name} {e.stat().st_size}"
                for e in entries
                if e.name.endswith(".json") and e.name[0] != "." and e.name[:-5] not in later_objects
            ]
    finally:
        os.close(fd)


def stored_listing(root: Path | str, up_to: int) -> Listing:
    """The fingerprint of the stored files of the versions up to `up_to` (see the module doc)."""
    root = Path(root)
    later_objects, later_warcs = _written_after(root, up_to)
    lines: list[str] = []
    versions = root / "versions"
    if versions.is_dir():
        for vdir in os.scandir(versions):
            if VERSION_RE.match(vdir.name) and int(vdir.name) <= up_to:
                lines += [f"v/{vdir.name}/{e.name} {e.stat().st_size}" for e in os.scandir(vdir.path)]
    objects = 0
    objects_dir = root / "objects"
    if objects_dir.is_dir():
        for sub in os.scandir(objects_dir):
            if sub.is_dir():
                found = _object_lines(sub.path, later_objects)
                lines += found
                objects += len(found)
    warcs = 0
    warc_dir = root / "warc"
    if warc_dir.is_dir():
        for e in os.scandir(warc_dir):
            if e.is_file() and e.name not in later_warcs:
                lines.append(f"w/{e.name} {e.stat().st_size}")
                warcs += 1
    lines.sort()
    digest = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
    return Listing(digest, len(lines), objects, warcs)
