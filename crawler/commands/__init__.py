"""One module per subcommand: `add_arguments(parser)` and `run(args) -> int`."""

import os


def default_archive() -> str:
    """Where the archive is when --archive is not given: env, then Scrapy setting default."""
    return os.environ.get("SPEECH_ARCHIVE_DIR") or os.environ.get("ARCHIVE_DIR") or "archive-data"
