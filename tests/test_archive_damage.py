"""A damaged archive is never built on nor read as good (issue 22).

A run checks the version it builds on before it writes (its meta, manifest or changes, their
hashes): on damage one line names the file, exit 7, and not a byte of the archive changes. Every
read of an object checks it against its address: `show`, `export`, `diff`, `export-wacz` name a
damaged one and give exit 7; an export writes no file unless `--skip-damaged`. The archives are
real crawls of the replica web (`replica_archive`), damaged in a copy.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from crawlhelp import REPO_ROOT, SITE_SPIDERS, crawl_sites, speech_archive

from archive.damaged import ArchiveDamaged
from archive.files import canonical_json_bytes
from archive.store import Archive
from crawler import exitcodes


# --- helpers ----------------------------------------------------------------------------------
def archive_bytes(root: Path) -> dict[str, str]:
    """sha256 of every file under the archive: what "nothing written" is compared on."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def copy_of(archive_dir: Path, tmp_path: Path) -> Path:
    target = tmp_path / "archive"
    shutil.copytree(archive_dir, target)
    return target


def manifest_of(root: Path) -> Path:
    archive = Archive(root)
    version_dir = archive.version_dir(archive.latest())
    return next(p for p in (version_dir / "manifest.jsonl", version_dir / "changes.jsonl") if p.is_file())


def change_a_hash_digit(root: Path) -> str:
    """One hex digit of one entry's object hash changed: the manifest stays valid JSON."""
    path = manifest_of(root)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    entry = json.loads(lines[0])
    digit = entry["hash"][0]
    entry["hash"] = ("0" if digit != "0" else "1") + entry["hash"][1:]
    lines[0] = json.dumps(entry, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
    path.write_text("".join(lines), encoding="utf-8")
    return str(path.relative_to(root))


def edit_the_meta(root: Path) -> str:
    """The latest meta edited in place, still valid JSON (its own hash no longer matches)."""
    path = manifest_of(root).parent / "meta.json"
    meta = json.loads(path.read_text(encoding="utf-8"))
    meta["status"] = "complete" if meta["status"] != "complete" else "partial"
    path.write_bytes(canonical_json_bytes(meta))
    return str(path.relative_to(root))


def break_the_json(path: Path) -> None:
    """A flipped byte where it breaks the JSON (the opening brace)."""
    data = bytearray(path.read_bytes())
    data[0] ^= 0x20  # "{" becomes "["... of a line that then does not parse as an object
    data[1] = 0xFF
    path.write_bytes(bytes(data))


def alter_an_object(root: Path) -> tuple[str, str, str]:
    """One character of one document's text changed, the object still valid JSON: (doc id, object
    path relative to the archive, the altered text)."""
    archive = Archive(root)
    entry = next(e for e in archive.iter_manifest() if e["state"] != "removed")
    path = archive.object_path(entry["hash"])
    obj = json.loads(path.read_text(encoding="utf-8"))
    text = obj["text"]
    at = next(i for i, c in enumerate(text) if "\u4e00" <= c <= "\u9fff")
    obj["text"] = text[:at] + ("贸" if text[at] != "贸" else "费") + text[at + 1 :]
    path.write_bytes(canonical_json_bytes(obj))
    return entry["doc_id"], str(path.relative_to(root)), obj["text"]


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr[-3000:]
    assert "Traceback" not in stderr
    return lines[0]


# --- never build on damage ----------------------------------------------------------------------
DAMAGES = {
    "a hash digit in the manifest": change_a_hash_digit,
    "a byte that breaks the manifest's JSON": lambda root: (
        break_the_json(manifest_of(root)) or str(manifest_of(root).relative_to(root))
    ),
    "a byte that breaks the meta's JSON": lambda root: (
        break_the_json(manifest_of(root).parent / "meta.json")
        or str((manifest_of(root).parent / "meta.json").relative_to(root))
    ),
    "the manifest deleted": lambda root: delete(manifest_of(root), root),
}


def delete(path: Path, root: Path) -> str:
    path.unlink()
    return str(path.relative_to(root))


@pytest.mark.parametrize("damage", ["a hash digit in the manifest", "a byte that breaks the meta's JSON"])
def test_a_crawl_on_a_damaged_version_names_the_file_exits_7_and_writes_nothing(
    replica_archive, replica_web, tmp_path, damage
):
    root = copy_of(replica_archive, tmp_path)
    named = DAMAGES[damage](root)
    before = archive_bytes(root)
    result = crawl_sites(replica_web, root, ("huigou6",))
    assert result.returncode == exitcodes.DAMAGED, result.stderr[-2000:]
    line = one_line(result.stderr)
    assert line.startswith(f"speech-archive crawl: archive damaged: {named}: ")
    assert "nothing was written" in line
    assert archive_bytes(root) == before


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_begin_run_checks_the_parent_version_before_writing_anything(replica_archive, tmp_path, damage):
    root = copy_of(replica_archive, tmp_path)
    named = DAMAGES[damage](root)
    before = archive_bytes(root)
    with pytest.raises(ArchiveDamaged) as caught:
        Archive(root).begin_run({})
    assert caught.value.path == named
    assert archive_bytes(root) == before


def test_a_delta_version_is_checked_down_to_its_checkpoint(tmp_path):
    from test_archive_store import FULL, PAYWALLED, gold_doc, seen_at

    from archive.versions import CheckpointPolicy
    from pipelines.document import Document

    archive = Archive(tmp_path / "archive", checkpoint_policy=CheckpointPolicy(max_delta_fraction=10.0))
    for name in (PAYWALLED, FULL):
        run = archive.begin_run({})
        run.add_documents([Document.from_dict(gold_doc(name))], seen_at(gold_doc(name)))
        run.commit({})
    assert archive.meta(2)["manifest_kind"] == "delta"
    change_a_hash_digit_in(archive.version_dir(1) / "manifest.jsonl")  # the checkpoint version 2 reads
    before = archive_bytes(archive.root)
    with pytest.raises(ArchiveDamaged, match=r"versions/000001/manifest.jsonl: content does not match"):
        archive.begin_run({})
    assert archive_bytes(archive.root) == before


def change_a_hash_digit_in(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    at = text.index('"hash":"') + len('"hash":"')
    path.write_text(text[:at] + ("0" if text[at] != "0" else "1") + text[at + 1 :], encoding="utf-8")


def test_a_plain_scrapy_crawl_on_a_damaged_archive_refuses_to_start(replica_archive, replica_web, tmp_path):
    root = copy_of(replica_archive, tmp_path)
    named = change_a_hash_digit(root)
    before = archive_bytes(root)
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "huigou6", "-a",
         f"base_url={replica_web.urls[SITE_SPIDERS['huigou6']]}", "-s", f"ARCHIVE_DIR={root}",
         "-s", "LOG_LEVEL=CRITICAL"],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    assert result.returncode == exitcodes.DAMAGED, result.stderr[-2000:]
    assert one_line(result.stderr).startswith(f"scrapy crawl: archive damaged: {named}: ")
    assert archive_bytes(root) == before


@pytest.mark.parametrize("command", [["reprocess"], ["catalog", "--rebuild"]])
def test_reprocess_and_a_catalog_rebuild_refuse_a_damaged_version(replica_archive, tmp_path, command):
    root = copy_of(replica_archive, tmp_path)
    named = change_a_hash_digit(root)
    before = archive_bytes(root)
    result = speech_archive(*command, "--archive", str(root))
    assert result.returncode == exitcodes.DAMAGED
    assert one_line(result.stderr).startswith(f"speech-archive {command[0]}: archive damaged: {named}: ")
    assert archive_bytes(root) == before


def test_the_report_of_a_damaged_archive_lists_the_damage_in_its_problems_table(replica_archive, tmp_path):
    root = copy_of(replica_archive, tmp_path)
    named = change_a_hash_digit(root)
    output = tmp_path / "report.html"
    result = speech_archive("report", "--archive", str(root), "-o", str(output))
    assert result.returncode == exitcodes.OK, result.stderr[-2000:]
    assert "Traceback" not in result.stderr and "no document" not in result.stderr
    page = output.read_text(encoding="utf-8")
    problems = page[page.index('<section id="problems">') :]
    problems = problems[: problems.index("</section>")]
    assert named in problems


def test_the_report_of_an_archive_whose_meta_is_no_json_lists_it(replica_archive, tmp_path):
    root = copy_of(replica_archive, tmp_path)
    meta = manifest_of(root).parent / "meta.json"
    break_the_json(meta)
    output = tmp_path / "report.html"
    result = speech_archive("report", "--archive", str(root), "-o", str(output))
    assert result.returncode == exitcodes.OK, result.stderr[-2000:]
    page = output.read_text(encoding="utf-8")
    assert str(meta.relative_to(root)) in page[page.index('<section id="problems">') :]


# --- reads check hashes --------------------------------------------------------------------------
@pytest.fixture
def altered(replica_archive, tmp_path) -> tuple[Path, str, str, str]:
    """A copy of the replica archive with one character of one document's text changed."""
    root = copy_of(replica_archive, tmp_path)
    return (root, *alter_an_object(root))


def test_show_of_an_altered_object_names_it_and_never_prints_the_text(altered):
    root, doc_id, object_path, text = altered
    result = speech_archive("show", doc_id, "--archive", str(root))
    assert result.returncode == exitcodes.DAMAGED
    line = one_line(result.stderr)
    assert line.startswith(f"speech-archive show: archive damaged: {object_path}: content does not match")
    assert result.stdout == ""


def test_reads_of_a_version_whose_manifest_is_damaged_name_it(replica_archive, tmp_path):
    root = copy_of(replica_archive, tmp_path)
    named = change_a_hash_digit(root)
    doc_id = json.loads(manifest_of(root).read_text(encoding="utf-8").splitlines()[1])["doc_id"]
    for args in (["diff", "1", "1"], ["show", doc_id], ["export"]):
        result = speech_archive(*args, "--archive", str(root))
        assert result.returncode == exitcodes.DAMAGED, (args, result.stderr[-2000:])
        assert one_line(result.stderr).startswith(
            f"speech-archive {args[0]}: archive damaged: {named}: content does not match the sha256 its meta"
        )


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_an_export_that_meets_an_altered_object_writes_no_file(altered, tmp_path, fmt):
    root, _doc_id, object_path, _text = altered
    output = tmp_path / f"docs.{fmt}"
    before = archive_bytes(root)
    result = speech_archive("export", "--archive", str(root), "-o", str(output))
    assert result.returncode == exitcodes.DAMAGED
    assert one_line(result.stderr).startswith(f"speech-archive export: archive damaged: {object_path}: ")
    assert not output.exists() and list(tmp_path.glob(".docs.*")) == []
    assert archive_bytes(root) == before


def test_an_export_with_skip_damaged_leaves_the_object_out_and_says_so(altered, tmp_path):
    root, doc_id, object_path, text = altered
    output = tmp_path / "docs.jsonl"
    result = speech_archive("export", "--archive", str(root), "-o", str(output), "--skip-damaged")
    assert result.returncode == exitcodes.DAMAGED
    rows = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert doc_id not in {row["doc_id"] for row in rows} and all(row["text"] != text for row in rows)
    assert len(rows) == len(Archive(root).manifest()) - 1
    assert f"skipped damaged {object_path}" in result.stderr
    assert "1 damaged documents skipped" in result.stderr


def test_export_to_stdout_never_prints_the_altered_text(altered):
    root, _doc_id, _object_path, text = altered
    result = speech_archive("export", "--archive", str(root))
    assert result.returncode == exitcodes.DAMAGED
    assert text not in result.stdout


def test_a_wacz_export_that_meets_an_altered_object_writes_no_file(altered, tmp_path):
    root, _doc_id, object_path, _text = altered
    output = tmp_path / "crawl.wacz"
    result = speech_archive("export-wacz", "--archive", str(root), "-o", str(output))
    assert result.returncode == exitcodes.DAMAGED
    assert one_line(result.stderr).startswith(f"speech-archive export-wacz: archive damaged: {object_path}: ")
    assert not output.exists()
    result = speech_archive("export-wacz", "--archive", str(root), "-o", str(output), "--skip-damaged")
    assert result.returncode == exitcodes.DAMAGED and output.is_file()
    assert "1 damaged documents skipped" in result.stderr


def test_a_damaged_warc_is_named_by_reprocess_and_the_wacz_export(replica_archive, tmp_path):
    root = copy_of(replica_archive, tmp_path)
    warc = sorted((root / "warc").glob("*.warc.gz"))[0]
    data = bytearray(warc.read_bytes())
    data[len(data) // 2] ^= 0x01
    warc.write_bytes(bytes(data))
    before = archive_bytes(root)
    for args in (["reprocess"], ["export-wacz", "-o", str(tmp_path / "crawl.wacz")]):
        result = speech_archive(*args, "--archive", str(root))
        assert result.returncode == exitcodes.DAMAGED, result.stderr[-2000:]
        line = one_line(result.stderr)
        assert f"archive damaged: warc/{warc.name}: content does not match" in line
    assert archive_bytes(root) == before and not (tmp_path / "crawl.wacz").exists()


# --- a way back ----------------------------------------------------------------------------------
def test_reprocess_restores_a_damaged_object_its_captures_rebuild_byte_for_byte(altered):
    root, doc_id, object_path, text = altered
    digest = Path(object_path).stem
    result = speech_archive("reprocess", "--archive", str(root))
    assert result.returncode == exitcodes.OK, result.stderr[-2000:]
    assert "1 damaged objects restored from their captures" in result.stdout
    restored = (root / object_path).read_bytes()
    assert hashlib.sha256(restored).hexdigest() == digest and text not in restored.decode("utf-8")
    archive = Archive(root)
    assert archive.meta()["documents"]["changed"] == 0  # the rebuilt version is the same documents
    assert speech_archive("verify", "--full", "--archive", str(root)).returncode == exitcodes.OK
    assert speech_archive("show", doc_id, "--archive", str(root)).returncode == exitcodes.OK


def test_an_object_write_replaces_a_file_whose_bytes_are_not_its_address(tmp_path):
    from archive.files import sha256_bytes, write_object

    data = canonical_json_bytes({"doc_id": "d", "text": "教育经费"})
    path = tmp_path / "objects" / sha256_bytes(data)[:2] / f"{sha256_bytes(data)}.json"
    path.parent.mkdir(parents=True)
    path.write_bytes(data.replace("费".encode(), "贸".encode()))  # same size, other bytes
    write_object(path, data)
    assert path.read_bytes() == data


def repair(root: Path) -> subprocess.CompletedProcess:
    return speech_archive("repair", "--archive", str(root))


def test_repair_sets_a_damaged_version_aside_and_the_next_crawl_goes_on_from_the_last_intact_one(
    replica_archive, replica_web, tmp_path
):
    root = copy_of(replica_archive, tmp_path)
    assert crawl_sites(replica_web, root, ("huigou6",)).returncode == exitcodes.OK  # version 2
    evidence = archive_bytes(root)
    named = edit_the_meta(root)  # version 2's (an unchanged re-crawl: a delta of no entries)
    damaged_bytes = archive_bytes(root)[named]
    assert crawl_sites(replica_web, root, ("huigou6",)).returncode == exitcodes.DAMAGED

    result = repair(root)
    assert result.returncode == exitcodes.OK, result.stderr
    assert result.stdout.startswith(f"set aside version 2 ({named}: ")
    (folder,) = (root / "quarantine").iterdir()
    note = json.loads((folder / "note.json").read_text(encoding="utf-8"))
    assert note["versions"] == [2] and note["damage"]["path"] == named and note["recorded_in"] is None
    # Nothing deleted: every file is still there, the set-aside ones under quarantine/.
    after = archive_bytes(root)
    moved = {
        name.split("/", 2)[2]: digest for name, digest in after.items() if name.startswith("quarantine/")
    }
    for name, digest in evidence.items():
        if name == named:
            assert moved["versions/" + name.split("/", 1)[1]] == damaged_bytes
        elif name.startswith("versions/000002/"):
            assert moved["versions/" + name.split("/", 1)[1]] == digest
        elif name.startswith("index/") and name.split("/")[-1] in (
            "dedup.sqlite",
            "urls.sqlite",
            "catalog.sqlite",
        ):
            assert moved[name] == digest
        elif not name.startswith(
            ("history.sqlite", "site_evidence.sqlite", "verified.json", "index/", "lock")
        ):
            assert after[name] == digest, name
    assert Archive(root).versions() == [1]
    assert speech_archive("verify", "--archive", str(root)).returncode == exitcodes.OK

    result = crawl_sites(replica_web, root, ("huigou6",))
    assert result.returncode == exitcodes.OK, result.stderr[-2000:]
    archive = Archive(root)
    assert archive.versions() == [1, 2]
    set_aside = archive.meta(2)["run"]["set_aside"]
    assert set_aside == [
        {"quarantine": str(folder.relative_to(root)), "versions": [2], "damage": note["damage"]}
    ]
    assert json.loads((folder / "note.json").read_text(encoding="utf-8"))["recorded_in"] == 2
    assert speech_archive("verify", "--full", "--archive", str(root)).returncode == exitcodes.OK
    assert repair(root).stdout.startswith("nothing to set aside")


def test_repair_of_a_damaged_first_version_leaves_an_empty_archive_the_next_crawl_fills(
    replica_archive, tmp_path
):
    root = copy_of(replica_archive, tmp_path)
    break_the_json(manifest_of(root).parent / "meta.json")
    result = repair(root)
    assert result.returncode == exitcodes.OK and "builds on an empty archive" in result.stdout
    assert Archive(root).versions() == []
    run = Archive(root).begin_run({})
    assert run.version == 1 and run.begin_meta["set_aside"][0]["versions"] == [1]
    run.abort()


# --- plain verify: every file there with its size ------------------------------------------------
def verified_copy(replica_archive: Path, tmp_path: Path) -> Path:
    """A copy verified once (so a plain verify then reads nothing of its version again)."""
    root = copy_of(replica_archive, tmp_path)
    assert speech_archive("verify", "--archive", str(root)).returncode == exitcodes.OK
    return root


def first_object(root: Path) -> Path:
    archive = Archive(root)
    return archive.object_path(next(archive.iter_manifest())["hash"])


PLAIN_VERIFY_FINDS = {
    "an object deleted": (lambda root: first_object(root), lambda p: p.unlink(), "missing"),
    "an object truncated": (
        lambda root: first_object(root),
        lambda p: p.write_bytes(p.read_bytes()[:10]),
        "truncated",
    ),
    "a WARC file deleted": (
        lambda root: sorted((root / "warc").glob("*.warc.gz"))[0],
        Path.unlink,
        "missing",
    ),
    "the CDXJ index deleted": (lambda root: root / "cdxj" / "index.cdxj", Path.unlink, "missing"),
    "a manifest deleted": (lambda root: manifest_of(root), Path.unlink, "missing"),
}


@pytest.mark.parametrize("case", list(PLAIN_VERIFY_FINDS))
def test_a_plain_verify_finds_a_file_missing_or_cut_short_in_a_verified_version(
    replica_archive, tmp_path, case
):
    root = verified_copy(replica_archive, tmp_path)
    which, damage, kind = PLAIN_VERIFY_FINDS[case]
    path = which(root)
    damage(path)
    result = speech_archive("verify", "--archive", str(root))
    assert result.returncode == exitcodes.FAILURE
    assert f"{path.relative_to(root)}: {kind}" in result.stdout
    assert "versions 1..1: every file there with its recorded size" in result.stderr


def test_a_plain_verify_says_what_it_read_and_what_it_only_found_there(replica_archive, tmp_path):
    root = verified_copy(replica_archive, tmp_path)
    archive = Archive(root)
    objects = len({entry["hash"] for entry in archive.iter_manifest()})
    warcs = len(list((root / "warc").glob("*.warc.gz")))
    result = speech_archive("verify", "--archive", str(root))
    assert result.returncode == exitcodes.OK
    line = one_line(result.stdout)
    assert line.startswith("ok: no version since version 1 (0 files read); versions 1..1: every file there")
    assert f"{objects} objects, {warcs} WARC files" in line
    assert line.endswith("`verify --full` re-reads everything")
    full = one_line(speech_archive("verify", "--full", "--archive", str(root)).stdout)
    assert full.startswith(
        f"ok: 1 version, {objects} objects, {warcs} WARC files checked: every version, every"
    )


# --- show of a removed document, a flag once ---------------------------------------------------------
def test_show_of_a_document_removed_in_the_latest_version_says_in_which(tmp_path):
    from test_archive_store import FULL, gold_doc, seen_at

    from pipelines.document import Document

    archive = Archive(tmp_path / "archive")
    doc = gold_doc(FULL)
    run = archive.begin_run({})
    (doc_id,) = run.add_documents([Document.from_dict(doc)], seen_at(doc))
    run.commit({})
    run = archive.begin_run({})
    run.mark_gone(doc["url"])
    run.commit({})
    run = archive.begin_run({})
    run.commit({})
    for version in (2, 3):
        result = speech_archive("show", doc_id, "--archive", str(archive.root), "--version", str(version))
        assert result.returncode == exitcodes.FAILURE and result.stdout == ""
        assert one_line(result.stderr) == (
            f"speech-archive show: document {doc_id} was removed in version 2; "
            f"its last text: show {doc_id} --version 1"
        )
    assert speech_archive("show", doc_id, "--archive", str(archive.root), "--version", "1").returncode == 0


def test_a_page_naming_two_charsets_it_cannot_read_is_flagged_once():
    from pipelines.encoding import decode_body
    from pipelines.page import process_page

    body = (
        '<html><head><meta charset="x-unknown-2"><title>讲话</title></head><body><article>'
        + "<p>同志们，今天我们召开全市教育工作会议，总结经验，部署任务。教育经费投入持续增加。</p>" * 8
        + "</article></body></html>"
    ).encode()
    headers = {"Content-Type": "text/html; charset=x-unknown-1"}
    assert decode_body(body, headers).flags == ["unknown_charset"]
    docs = process_page(body, "http://example.org/a/1.html", headers)
    assert docs and all(doc.flags.count("unknown_charset") == 1 for doc in docs)


# --- on a read-only mount (the tests run as root: file modes would not stop a write) -------------
@pytest.fixture
def read_only(tmp_path):
    """mount(path) -> a read-only bind mount of `path`; unmounted after the test."""
    mounts = []

    def mount(source: Path) -> Path:
        target = tmp_path / f"read-only-{len(mounts)}"
        target.mkdir()
        subprocess.run(["mount", "--bind", str(source), str(target)], check=True)
        mounts.append(target)
        subprocess.run(["mount", "-o", "remount,bind,ro", str(target)], check=True)
        return target

    yield mount
    for target in reversed(mounts):
        subprocess.run(["umount", str(target)], check=True)


def test_a_damaged_read_only_archive_is_named_by_every_command_and_nothing_is_written(
    replica_archive, replica_web, tmp_path, read_only
):
    root = copy_of(replica_archive, tmp_path)
    _doc_id, object_path, text = alter_an_object(root)
    before = archive_bytes(root)
    mounted = read_only(root)
    for args in (
        ["export", "-o", str(tmp_path / "docs.jsonl")],
        ["export-wacz", "-o", str(tmp_path / "c.wacz")],
    ):
        result = speech_archive(*args, "--archive", str(mounted))
        assert result.returncode == exitcodes.DAMAGED, (args, result.stderr[-2000:])
        assert object_path in one_line(result.stderr) and text not in result.stdout
    assert not (tmp_path / "docs.jsonl").exists() and not (tmp_path / "c.wacz").exists()
    result = speech_archive("verify", "--archive", str(mounted))
    assert result.returncode == exitcodes.FAILURE and f"{object_path}: corrupt" in result.stdout
    change_a_hash_digit_in(manifest_of(root))  # through the writable path; the mount sees it
    before = archive_bytes(root)
    result = crawl_sites(replica_web, mounted, ("huigou6",))
    assert result.returncode == exitcodes.DAMAGED, result.stderr[-2000:]
    assert one_line(result.stderr).startswith("speech-archive crawl: archive damaged: versions/000001/")
    assert archive_bytes(root) == before


def test_a_crawl_that_must_merge_into_a_damaged_object_commits_nothing(
    replica_archive, replica_web, tmp_path
):
    root = copy_of(replica_archive, tmp_path)
    _doc_id, object_path, _text = alter_an_object(root)
    # Without its fetch history the re-crawl re-extracts every page and merges each document
    # into its stored object, the damaged one included.
    for path in root.glob("history.sqlite*"):
        path.unlink()
    stored = {k: v for k, v in archive_bytes(root).items() if k.startswith(("versions/", "objects/"))}
    site = next(
        name for name, host in SITE_SPIDERS.items() if host in (root / object_path).read_text("utf-8")
    )
    result = crawl_sites(replica_web, root, (site,))
    assert result.returncode == exitcodes.DAMAGED, result.stderr[-2000:]
    line = one_line(result.stderr)
    assert line.startswith(f"speech-archive crawl: archive damaged: {object_path}: ")
    assert "nothing of this run was committed" in line
    assert {k: v for k, v in archive_bytes(root).items() if k.startswith(("versions/", "objects/"))} == stored
