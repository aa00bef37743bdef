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
STOPPED_AT_ONCE = 130  # a second Ctrl-C (128 + SIGINT, as shells report it): nothing committed
