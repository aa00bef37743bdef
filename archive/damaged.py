"""The error of a read that met damage: a stored file missing, unreadable or not what the archive
recorded (an object whose bytes are not its address, a manifest whose sha256 is not its meta's).

Every read that can tell a damaged file from a good one raises it instead of handing on what it
read; the commands give it one line and their own exit code ("archive damaged").
"""

from __future__ import annotations

from pathlib import Path


class ArchiveDamaged(Exception):
    """A stored file is missing, unreadable or not what the archive recorded; `path` names it
    (relative to the archive root). Not an ArchiveError: the commands give it its own exit code."""

    def __init__(self, path: str | Path, detail: str):
        super().__init__(f"{path}: {detail}")
        self.path = str(path)
        self.detail = detail


def relative(root: Path, path: Path) -> str:
    """`path` as the archive names it: relative to its root."""
    try:
        return str(Path(path).relative_to(root))
    except ValueError:
        return str(path)
