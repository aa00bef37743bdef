"""Versions: their numbering and states, the manifest's line form, the hash chain, publishing.

A version appears only by the rename of a complete, fsynced staging directory into `versions/`
(`publish_version`); its meta carries the sha256 of its manifest and of its parent's meta, and
its own hash (`meta_self_hash`), so `verify` can walk the chain.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from archive.files import canonical_json_bytes, fsync_dir, sha256_bytes

VERSION_RE = re.compile(r"^\d{6}$")
STATES = ("new", "changed", "unchanged", "removed")
RUN_STATUSES = ("complete", "partial", "interrupted")


def meta_self_hash(meta: dict) -> str:
    """sha256 of the meta without its own `meta_sha256`: lets verify check the newest meta too."""
    return sha256_bytes(canonical_json_bytes({k: v for k, v in meta.items() if k != "meta_sha256"}))


def publish_version(versions_dir: Path, staged: Path, version: int) -> None:
    """The atomic step: a complete staged version directory becomes versions/NNNNNN."""
    target = versions_dir / f"{int(version):06d}"
    if target.exists():
        raise FileExistsError(f"{target} already exists; refusing to overwrite an archived version")
    os.rename(staged, target)
    fsync_dir(versions_dir)
