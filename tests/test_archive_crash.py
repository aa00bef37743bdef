"""A writer killed at any point of a commit leaves the last version intact; the next run works."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from test_archive_store import FULL, PAYWALLED, gold_doc, seen_at

from archive.store import Archive
from archive.verify import verify_archive
from pipelines.document import Document

ROOT = Path(__file__).resolve().parent.parent

# Runs one crawl into the archive and SIGKILLs itself at the named point of the commit
# (by wrapping the store's own steps: nothing in the store knows about tests).
CRASHING_WRITER = """
import json, os, signal, sys
from archive import writing as store
from archive.store import Archive
from pipelines.document import Document

archive_dir, point, docs_file = sys.argv[1:4]
docs = json.load(open(docs_file, encoding="utf-8"))

def die():
    os.kill(os.getpid(), signal.SIGKILL)

def after(n, fn):
    calls = []
    def wrapped(*args, **kwargs):
        calls.append(1)
        if len(calls) == n:
            die()
        return fn(*args, **kwargs)
    return wrapped

if point == "second_object":
    store.write_object = after(2, store.write_object)
elif point == "manifest_line":
    store.manifest_line = after(2, store.manifest_line)
elif point == "meta":
    store.meta_self_hash = after(1, store.meta_self_hash)
elif point == "publish":
    store.publish_version = after(1, store.publish_version)
elif point == "after_publish":
    publish = store.publish_version
    def publish_then_die(*args):
        publish(*args)
        die()
    store.publish_version = publish_then_die

run = Archive(archive_dir).begin_run({"spiders": ["crashing"]})
for doc, seen in docs:
    run.add_documents([Document.from_dict(doc)], seen)
run.commit({})
print("survived")
"""


def run_crashing_writer(archive_dir: Path, point: str, docs: list[dict], tmp_path: Path) -> int:
    docs_file = tmp_path / "docs.json"
    docs_file.write_text(json.dumps([[d, seen_at(d)] for d in docs], ensure_ascii=False), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-c", CRASHING_WRITER, str(archive_dir), point, str(docs_file)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return proc.returncode


@pytest.fixture()
def archive_with_one_version(tmp_path):
    archive = Archive(tmp_path / "archive")
    run = archive.begin_run({})
    run.add_documents([Document.from_dict(gold_doc(PAYWALLED))], seen_at(gold_doc(PAYWALLED)))
    run.commit({})
    return archive


@pytest.mark.parametrize("point", ["second_object", "manifest_line", "meta", "publish"])
def test_a_writer_killed_mid_commit_leaves_the_last_version_intact(archive_with_one_version, tmp_path, point):
    archive = archive_with_one_version
    before = (archive.version_dir(1) / "manifest.jsonl").read_bytes()
    new_docs = [gold_doc(FULL), gold_doc("ai-1080"), gold_doc("ai-1081")]
    assert run_crashing_writer(archive.root, point, new_docs, tmp_path) == -signal.SIGKILL
    assert archive.versions() == [1]
    assert (archive.version_dir(1) / "manifest.jsonl").read_bytes() == before
    assert verify_archive(archive).ok
    # The next run clears the dead run's staging area and commits as version 2; the index
    # holds nothing of the dead run (the paywalled copy alone is known, so FULL merges into it).
    run = archive.begin_run({})
    assert [p.name for p in archive.staging_dir.iterdir()] == [run.run_id]
    ids = run.add_documents([Document.from_dict(gold_doc(FULL))], seen_at(gold_doc(FULL)))
    assert run.commit({}) == 2
    assert ids == list(archive.manifest(1))
    assert archive.manifest(2)[ids[0]]["state"] == "changed"
    assert verify_archive(archive).ok


def test_a_writer_killed_after_publishing_leaves_a_whole_version_and_the_index_is_rebuilt(
    archive_with_one_version, tmp_path
):
    archive = archive_with_one_version
    assert (
        run_crashing_writer(archive.root, "after_publish", [gold_doc("ai-1080")], tmp_path) == -signal.SIGKILL
    )
    assert archive.versions() == [1, 2] and verify_archive(archive).ok
    (ai_id,) = [k for k, e in archive.manifest(2).items() if e["state"] == "new"]
    # The index missed version 2's commit; the next run rebuilds it, so the copy is recognised.
    run = archive.begin_run({})
    copy = dict(gold_doc("ai-1080"), url="http://mirror.test/1080.html", site="mirror.test")
    assert run.add_documents([Document.from_dict(copy)], seen_at(copy)) == [ai_id]
    assert run.commit({}) == 3


def test_an_exception_inside_commit_leaves_the_last_version_and_frees_the_lock(
    archive_with_one_version, monkeypatch
):
    from archive import writing as store

    archive = archive_with_one_version
    run = archive.begin_run({})
    run.add_documents([Document.from_dict(gold_doc("ai-1080"))], seen_at(gold_doc("ai-1080")))

    def disk_full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store, "publish_version", disk_full)
    with pytest.raises(OSError):
        run.commit({})
    monkeypatch.undo()
    assert archive.versions() == [1] and verify_archive(archive).ok
    run = archive.begin_run({})  # the lock was released
    assert run.add_documents([Document.from_dict(gold_doc("ai-1080"))], seen_at(gold_doc("ai-1080")))
    assert run.commit({}) == 2
    assert [e["state"] for e in archive.manifest(2).values()].count("new") == 1
