"""How the command line words what it counts: one style for every message."""

from __future__ import annotations


def counted(n: int, word: str, plural: str | None = None) -> str:
    """'1 version', '2 versions', '1 copy', '3 copies': a count with its noun agreeing."""
    return f"{n} {word if n == 1 else plural or word + 's'}"
