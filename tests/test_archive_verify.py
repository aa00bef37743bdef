"""verify: every stored file is checked; a flipped byte, a deleted or truncated file is named."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest
from test_archive_store import FULL, PAYWALLED, gold_doc, seen_at

from archive.store import Archive
from archive.verified import RECORD_FILE
from archive.verify import verify_archive
from archive.versions import CHANGES_FILE, MANIFEST_FILE, CheckpointPolicy
from crawler import exitcodes
from crawler.cli import main
from pipelines.document import Document


def build_archive(root: Path) -> Archive:
    """Two versions (a checkpoint, then a delta), merged copies, a WARC file written by the first run."""
    archive = Archive(root, checkpoint_policy=CheckpointPolicy(max_delta_fraction=10.0))
    run = archive.begin_run({"spiders": ["test"]})
    (archive.warc_dir / f"{run.run_id}-00000.warc.gz").write_bytes(gzip.compress(b"WARC/1.1\r\n" * 200))
    for doc in (gold_doc(PAYWALLED), gold_doc("ai-1080")):
        run.add_documents([Document.from_dict(doc)], seen_at(doc))
    run.commit({})
    run = archive.begin_run({"spiders": ["test"]})
    run.add_documents([Document.from_dict(gold_doc(FULL))], seen_at(gold_doc(FULL)))
    run.commit({})
    return archive


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Archive:
    return build_archive(tmp_path_factory.mktemp("pristine") / "archive")


def stored_files(archive: Archive) -> list[str]:
    """Every file the archive vouches for: versions, objects, WARC captures."""
    files = []
    for top in ("versions", "objects", "warc"):
        files += [
            str(p.relative_to(archive.root)) for p in sorted((archive.root / top).rglob("*")) if p.is_file()
        ]
    return files


def damaged_copy(pristine: Archive, tmp_path: Path) -> Archive:
    shutil.copytree(pristine.root, tmp_path / "archive")
    return Archive(tmp_path / "archive")


def flip_a_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle] ^= 0x01
    path.write_bytes(bytes(data))


def truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def test_a_pristine_archive_verifies(pristine):
    report = verify_archive(pristine)
    assert report.ok, report.problems
    assert report.versions == 2 and report.objects == 3 and report.warc_files == 1
    assert len(stored_files(pristine)) == 2 * 2 + 3 + 1 == report.files
    assert (pristine.version_dir(1) / MANIFEST_FILE).is_file() and (
        pristine.version_dir(2) / CHANGES_FILE
    ).is_file()


def test_every_stored_file_is_covered(pristine, tmp_path):
    """Each file, damaged each way, is named by verify (checked in one loop for speed)."""
    for damage in (flip_a_byte, Path.unlink, truncate):
        for n, rel in enumerate(stored_files(pristine)):
            archive = damaged_copy(pristine, tmp_path / f"{damage.__name__}-{n}")
            damage(archive.root / rel)
            report = verify_archive(archive)
            named = {p.path for p in report.problems}
            assert rel in named, f"{damage.__name__} {rel}: {report.problems}"


@pytest.mark.parametrize(
    "damage, kind",
    [(flip_a_byte, "corrupt"), (Path.unlink, "missing"), (truncate, "truncated")],
    ids=["flipped-byte", "deleted", "truncated"],
)
def test_the_command_fails_and_names_the_damaged_object(pristine, tmp_path, capsys, damage, kind):
    archive = damaged_copy(pristine, tmp_path)
    entry = next(iter(archive.manifest(2).values()))
    path = archive.object_path(entry["hash"])
    damage(path)
    assert main(["verify", "--archive", str(archive.root)]) == exitcodes.FAILURE
    out = capsys.readouterr().out
    assert f"{path.relative_to(archive.root)}: {kind}" in out


def test_the_command_passes_on_a_sound_archive(pristine, tmp_path, capsys):
    archive = damaged_copy(pristine, tmp_path)  # undamaged: a copy, so its record stays its own
    assert main(["verify", "--archive", str(archive.root)]) == exitcodes.OK
    assert (
        capsys.readouterr().out
        == "ok: 2 versions, 3 objects, 1 WARC file checked: every version, every file read (8 files)\n"
    )


def add_version(archive: Archive, name: str) -> int:
    run = archive.begin_run({"spiders": ["test"]})
    run.add_documents([Document.from_dict(gold_doc(name))], seen_at(gold_doc(name)))
    return run.commit({})


def verify_out(archive: Archive, capsys, *args: str) -> tuple[int, str]:
    code = main(["verify", "--archive", str(archive.root), *args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_verify_checks_the_versions_added_since_the_last_verify_and_says_so(pristine, tmp_path, capsys):
    archive = damaged_copy(pristine, tmp_path)
    assert verify_out(archive, capsys)[1].endswith("every version, every file read (8 files)\n")
    first_record = json.loads((archive.root / RECORD_FILE).read_text(encoding="utf-8"))
    assert first_record["version"] == 2 and first_record["full_verified_at"] == first_record["verified_at"]
    add_version(archive, "ai-1081")
    add_version(archive, "huigou6-3401")
    code, out = verify_out(archive, capsys)
    # two metas, two changes or manifest files, two new objects: 6 files, nothing of versions 1-2
    assert code == exitcodes.OK
    assert out == (
        "ok: verified versions 3..4 (6 files read); versions 1..2: every file there with its recorded size "
        f"(9 files, 3 objects, 1 WARC file; read at {first_record['verified_at']}); "
        "`verify --full` re-reads everything\n"
    )
    record = json.loads((archive.root / RECORD_FILE).read_text(encoding="utf-8"))
    assert record["version"] == 4 and record["full_verified_at"] == first_record["full_verified_at"]
    code, out = verify_out(archive, capsys)
    assert code == exitcodes.OK and out.startswith(
        "ok: no version since version 4 (0 files read); versions 1..4: every file there"
    )
    code, out = verify_out(archive, capsys, "--full")
    assert code == exitcodes.OK and out.startswith("ok: 4 versions, 5 objects, 1 WARC file checked: every")


@pytest.mark.parametrize("damaged", ["object", "manifest", "warc"])
def test_a_tampered_file_in_an_already_verified_version_is_caught_by_full(
    pristine, tmp_path, capsys, damaged
):
    archive = damaged_copy(pristine, tmp_path)
    assert verify_out(archive, capsys)[0] == exitcodes.OK
    add_version(archive, "ai-1081")
    entry = next(iter(archive.manifest(1).values()))
    path = {
        "object": archive.object_path(entry["hash"]),
        "manifest": archive.version_dir(1) / MANIFEST_FILE,
        "warc": next(archive.warc_dir.iterdir()),
    }[damaged]
    flip_a_byte(path)
    # The default verify reads only version 3 (its own files are sound): by design it cannot see this.
    code, out = verify_out(archive, capsys)
    assert code == exitcodes.OK and "verified version 3 (" in out
    code, out = verify_out(archive, capsys, "--full")
    assert code == exitcodes.FAILURE
    assert f"{path.relative_to(archive.root)}: corrupt" in out


def test_the_default_verify_still_finds_a_verified_version_deleted_or_its_files_missing(
    pristine, tmp_path, capsys
):
    archive = damaged_copy(pristine, tmp_path)
    assert verify_out(archive, capsys)[0] == exitcodes.OK
    add_version(archive, "ai-1081")
    (archive.version_dir(1) / MANIFEST_FILE).unlink()
    code, out = verify_out(archive, capsys)
    assert code == exitcodes.FAILURE and "versions/000001/manifest.jsonl: missing" in out


def test_the_default_verify_catches_a_change_to_the_last_verified_meta(pristine, tmp_path, capsys):
    archive = damaged_copy(pristine, tmp_path)
    assert verify_out(archive, capsys)[0] == exitcodes.OK
    add_version(archive, "ai-1081")
    flip_a_byte(archive.version_dir(2) / "meta.json")
    code, out = verify_out(archive, capsys)
    assert code == exitcodes.FAILURE and "versions/000002/meta.json: corrupt" in out


def test_a_damaged_object_of_a_new_version_is_caught_by_the_default_verify(pristine, tmp_path, capsys):
    archive = damaged_copy(pristine, tmp_path)
    assert verify_out(archive, capsys)[0] == exitcodes.OK
    add_version(archive, "ai-1081")
    (entry,) = [e for e in archive.manifest(3).values() if e["state"] == "new"]
    truncate(archive.object_path(entry["hash"]))
    code, out = verify_out(archive, capsys)
    assert code == exitcodes.FAILURE and f"{entry['hash']}.json: truncated" in out
    assert (
        json.loads((archive.root / RECORD_FILE).read_text(encoding="utf-8"))["version"] == 2
    )  # not moved on


def test_verify_records_nothing_while_a_crawl_holds_the_archive_lock(pristine, tmp_path, capsys):
    archive = damaged_copy(pristine, tmp_path)
    run = archive.begin_run({})  # a writer holding the lock (this process)
    try:
        code, out = verify_out(archive, capsys)
    finally:
        run.abort()
    assert code == exitcodes.OK
    assert "not recorded: a crawl (pid" in out and not (archive.root / RECORD_FILE).exists()


def test_a_deleted_version_breaks_the_chain_and_is_named(pristine, tmp_path):
    archive = damaged_copy(pristine, tmp_path)
    run = archive.begin_run({})
    run.commit({})
    shutil.rmtree(archive.version_dir(2))
    assert "versions/000002" in {p.path for p in verify_archive(archive).problems}


def test_a_deleted_latest_version_is_noticed_through_the_index_stamp(pristine, tmp_path):
    archive = damaged_copy(pristine, tmp_path)
    shutil.rmtree(archive.version_dir(2))
    assert "versions/000002" in {p.path for p in verify_archive(archive).problems}


def test_verify_on_a_missing_archive_says_so_in_one_line(tmp_path, capsys):
    assert main(["verify", "--archive", str(tmp_path / "nowhere")]) == exitcodes.FAILURE
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no archive at" in err
