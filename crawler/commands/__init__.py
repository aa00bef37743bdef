"""One module per subcommand: `add_arguments(parser)` and `run(args) -> int`."""

import os


def default_archive() -> str:
    """Where the archive is when --archive is not given: env, then Scrapy setting default."""
    return os.environ.get("SPEECH_ARCHIVE_DIR") or os.environ.get("ARCHIVE_DIR") or "archive-data"


def counted(n: int, word: str, plural: str | None = None) -> str:
    """'1 version', '2 versions', '1 match', '3 matches': a count with its noun agreeing."""
    return f"{n} {word if n == 1 else plural or word + 's'}"
