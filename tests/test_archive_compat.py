"""Archives stay valid across code changes: an archive written by an earlier release of the code
(tests/fixtures/archive-2026-11: the four replica sites crawled on 2026-11-30, before the layered
architecture) verifies, and a crawl of the unchanged sites into it re-extracts every page (its
fetch history is not part of the fixture) and changes no document: same ids, same object bytes.
The reader of checkpoints and deltas reads it, and commits delta versions on top of it.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from crawlhelp import crawl_sites, manifest_states
from test_archive_store import gold_doc, seen_at

from archive.store import Archive
from archive.verify import verify_archive
from archive.versions import CheckpointPolicy
from crawler import exitcodes
from crawler.cli import main
from pipelines.document import Document

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


def test_the_new_reader_reads_the_earlier_archive_and_commits_delta_versions_on_top(tmp_path, capsys):
    """Version 1 of the fixture is a full manifest with no word of checkpoints or deltas: read as a
    checkpoint, and later versions are deltas on it; its files are never rewritten."""
    archive_dir = tmp_path / "archive"
    shutil.copytree(FIXTURE, archive_dir)
    fixture_files = {
        p.relative_to(FIXTURE): p.read_bytes() for p in (FIXTURE / "versions").rglob("*") if p.is_file()
    }
    manifest_path = FIXTURE / "versions" / "000001" / "manifest.jsonl"
    on_disk = [
        json.loads(line) for line in manifest_path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    archive = Archive(archive_dir, checkpoint_policy=CheckpointPolicy(max_delta_fraction=10.0))
    assert "manifest_kind" not in archive.meta(1)
    assert list(archive.iter_manifest(1)) == on_disk and len(on_disk) > 10

    gone = archive.document(on_disk[0]["doc_id"])["urls"]
    run = archive.begin_run({"spiders": ["test"]})  # an unchanged version ...
    assert run.commit({}) == 2
    run = archive.begin_run({"spiders": ["test"]})  # ... and one removing a document
    for url in gone:
        run.mark_gone(url)
    text = "同志们：今天我们召开全市档案工作会议，总结去年的工作，部署今年的任务。" * 20
    new_doc = gold_doc("ai-1081", url="http://jianghua-ai.test/jianghua/9999.html", text=text)
    run.add_documents([Document.from_dict(new_doc)], seen_at(new_doc))
    assert run.commit({}) == 3

    for version in (2, 3):
        meta = archive.meta(version)
        assert (meta["manifest_kind"], meta["checkpoint"]) == ("delta", 1)
        assert not (archive.version_dir(version) / "manifest.jsonl").exists()
    assert {e["state"] for e in archive.manifest(2).values()} == {"unchanged"}
    assert set(archive.manifest(2)) == {e["doc_id"] for e in on_disk}
    states = {doc_id: e["state"] for doc_id, e in archive.manifest(3).items()}
    assert states.pop(on_disk[0]["doc_id"]) == "removed"
    assert sorted(set(states.values())) == ["new", "unchanged"] and list(states.values()).count("new") == 1
    assert archive.meta(3)["documents"] == {
        "new": 1,
        "changed": 0,
        "unchanged": len(on_disk) - 1,
        "removed": 1,
    }
    after = {
        p.relative_to(archive_dir): p.read_bytes()
        for p in (archive_dir / "versions").rglob("*")
        if p.is_file()
    }
    assert {k: after[k] for k in fixture_files} == fixture_files  # the earlier version, byte for byte

    assert verify_archive(archive).ok
    assert main(["verify", "--archive", str(archive_dir)]) == exitcodes.OK
    assert "every version" in capsys.readouterr().out
    run = archive.begin_run({})
    run.commit({})
    assert main(["verify", "--archive", str(archive_dir)]) == exitcodes.OK
    assert capsys.readouterr().out.startswith(
        "ok: verified version 4 (2 files read); versions 1..3: every file there with its recorded size"
    )
