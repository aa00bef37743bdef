"""verify: every stored file is checked; a flipped byte, a deleted or truncated file is named."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pytest
from test_archive_store import FULL, PAYWALLED, gold_doc, seen_at

from archive.store import Archive
from archive.verify import verify_archive
from crawler import exitcodes
from crawler.cli import main
from pipelines.document import Document


def build_archive(root: Path) -> Archive:
    """Two versions, merged copies, a WARC file written by the first run."""
    archive = Archive(root)
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
    assert len(stored_files(pristine)) == 2 * 2 + 3 + 1


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


def test_the_command_passes_on_a_sound_archive(pristine, capsys):
    assert main(["verify", "--archive", str(pristine.root)]) == exitcodes.OK
    assert capsys.readouterr().out.startswith("ok: 2 versions, 3 objects, 1 WARC files")


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
