"""Exit codes of the `speech-archive` command, in one place (the README lists them)."""

OK = 0  # success
FAILURE = 1  # the command failed (bad input, unreadable file, verify found problems)
USAGE = 2  # wrong arguments (argparse's own code)
LOCKED = 3  # the archive is locked by another writer
PARTIAL = 4  # the run finished, but with errors (some pages failed); what was fetched is committed
INTERRUPTED = 5  # stopped by SIGTERM / Ctrl-C; see README for what is committed
WRITE_FAILED = (
    6  # a write failed (disk full, I/O error): the run is not committed, the last version is intact
)
DAMAGED = 7  # the archive is damaged (a file missing or not as recorded): nothing was written or given out


def damaged_message(exc, outcome: str = "") -> str:
    """The one line for a damaged archive (archive.damaged.ArchiveDamaged): the file, what is
    wrong, what the command did about it (`outcome`), where to look next."""
    return (
        f"archive damaged: {exc}{'; ' + outcome if outcome else ''} "
        "(`speech-archive verify --full` lists every damaged file; "
        'README, "Faults": how to recover)'
    )


STOPPED_AT_ONCE = 130  # a second Ctrl-C (128 + SIGINT, as shells report it): nothing committed
