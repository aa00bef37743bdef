"""What `verify` has checked: `ARCHIVE/verified.json`, so the next verify checks only what came since.

The record names the last version checked byte for byte, the sha256 of its meta (the hash chain
then vouches for every version before it) and when. It lives beside `versions/`, never inside:
it is no part of any version and not covered by the hash chain, like `index/` (deleting it only
makes the next verify check everything again). It is written only when no crawl holds the
archive's lock, so verify never writes into an archive a crawl is writing; verify never takes
the lock itself (a cron crawl starting then would find it held and exit 3).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from archive.files import canonical_json_bytes, fsync_dir, sha256_file, write_file_durably
from archive.listing import stored_listing
from archive.lock import live_lock_owner

RECORD_FILE = "verified.json"


@dataclass(frozen=True)
class VerifiedRecord:
    version: int  # every version up to this one was verified
    meta_sha256: str  # sha256 of that version's meta.json then
    verified_at: str  # when (ISO 8601, UTC)
    full_verified_at: str | None = None  # the last `verify --full`
    # The stored files of the versions up to `version` then, with their sizes (archive/listing.py):
    # a plain verify that lists the same needs to look no further.
    stored_sha256: str | None = None
    stored_files: int | None = None


def load_record(root: Path) -> VerifiedRecord | None:
    """The record, or None when there is none or it cannot be read (then everything is checked)."""
    try:
        data = json.loads((Path(root) / RECORD_FILE).read_text(encoding="utf-8"))
        return VerifiedRecord(
            version=int(data["version"]),
            meta_sha256=str(data["meta_sha256"]),
            verified_at=str(data["verified_at"]),
            full_verified_at=data.get("full_verified_at"),
            stored_sha256=data.get("stored_sha256"),
            stored_files=data.get("stored_files"),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save_record(root: Path, lock_path: Path, record: VerifiedRecord) -> str | None:
    """Write the record; None when written, else why not (one phrase)."""
    owner = live_lock_owner(lock_path)
    if owner is not None:
        return f"a crawl (pid {owner}) holds the archive lock"
    path = Path(root) / RECORD_FILE
    try:
        write_file_durably(path, canonical_json_bytes(asdict(record)))
        fsync_dir(path.parent)
    except OSError as exc:
        return f"{RECORD_FILE} could not be written ({exc.strerror or exc})"
    return None


def record_for(root: Path, version: int, verified_at: str, full_verified_at: str | None) -> VerifiedRecord:
    meta_sha, _ = sha256_file(Path(root) / "versions" / f"{version:06d}" / "meta.json")
    listing = stored_listing(root, version)
    return VerifiedRecord(version, meta_sha, verified_at, full_verified_at, listing.sha256, listing.files)
