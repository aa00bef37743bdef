"""One module per subcommand: `add_arguments(parser)` and `run(args) -> int`."""

import os


def add_archive_argument(parser, default: str | None = None) -> None:
    """`--archive DIR`, the same in every subcommand, its default shown."""
    parser.add_argument(
        "--archive",
        metavar="DIR",
        default=default or default_archive(),
        help="archive directory (default: %(default)s"
        + ("" if default else "; the environment's SPEECH_ARCHIVE_DIR sets another")
        + ")",
    )


def default_archive() -> str:
    """Where the archive is when --archive is not given: env, then Scrapy setting default."""
    return os.environ.get("SPEECH_ARCHIVE_DIR") or os.environ.get("ARCHIVE_DIR") or "archive-data"
