"""Archives stay valid across code changes: an archive written by an earlier release of the code
(tests/fixtures/archive-2026-11: the four replica sites crawled on 2026-11-30, before the layered
architecture) verifies, and a crawl of the unchanged sites into it re-extracts every page (its
fetch history is not part of the fixture) and changes no document: same ids, same object bytes.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from crawlhelp import crawl_sites, manifest_states

from archive.store import Archive
from archive.verify import verify_archive

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "archive-2026-11"


def test_an_archive_written_by_the_earlier_code_verifies_and_recrawls_with_nothing_changed(
    tmp_path, replica_web
):
    archive_dir = tmp_path / "archive"
    shutil.copytree(FIXTURE, archive_dir)
    before = Archive(archive_dir)
    assert verify_archive(before).ok
    old_entries = before.manifest(1)

    result = crawl_sites(replica_web, archive_dir)
    assert result.returncode == 0, result.stdout + result.stderr

    after = Archive(archive_dir)
    assert after.versions() == [1, 2] and verify_archive(after).ok
    meta = after.meta(2)
    assert meta["stats"]["pages_fetched"] > 0 and meta["stats"]["not_modified"] == 0  # all re-extracted
    states = manifest_states(archive_dir, 2)
    assert {doc_id: states[doc_id] for doc_id in old_entries} == dict.fromkeys(old_entries, "unchanged")
    assert meta["documents"]["changed"] == 0 and meta["documents"]["removed"] == 0
    new_entries = after.manifest(2)
    assert {d: new_entries[d]["hash"] for d in old_entries} == {d: e["hash"] for d, e in old_entries.items()}
