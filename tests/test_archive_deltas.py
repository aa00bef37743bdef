"""Versions that cost what changed: a version is a checkpoint (every entry) or a delta (its
changes on the checkpoint before it), and reads back exactly as if every version were whole."""

from __future__ import annotations

import json

import pytest
from test_archive_store import FULL, PAYWALLED, gold_doc, seen_at

from archive.store import Archive
from archive.verify import verify_archive
from archive.versions import CHANGES_FILE, MANIFEST_FILE, CheckpointPolicy
from pipelines.document import Document

ALWAYS_CHECKPOINT = CheckpointPolicy(max_deltas=0)  # how every version was written before deltas
ALWAYS_DELTA = CheckpointPolicy(max_deltas=1000, max_delta_fraction=1000.0)

# One archive's life: (documents fetched, URLs reported gone) per run.
HISTORY = [
    ([PAYWALLED, "ai-1080", "huigou6-3401"], []),
    ([FULL], []),  # the paywalled speech's full text: changed
    ([], []),  # nothing fetched: all unchanged
    ([], ["ai-1080"]),  # removed
    (["ai-1081"], []),  # new; the removed one is gone from this version on
    (["ai-1080"], []),  # the page came back: the same id, new again
    (["huigou6-3401"], []),  # fetched again, same text: unchanged
    ([], [FULL, PAYWALLED]),  # every URL of the merged speech gone: removed
    ([], []),
]


def run_history(archive: Archive, history=HISTORY) -> None:
    for fetched, gone in history:
        run = archive.begin_run({"spiders": ["test"]})
        for name in fetched:
            doc = gold_doc(name)
            run.add_documents([Document.from_dict(doc)], seen_at(doc))
        for name in gone:
            run.mark_gone(gold_doc(name)["url"])
        run.commit({})


def stored_as(archive: Archive) -> list[str]:
    return [
        "delta" if (archive.version_dir(v) / CHANGES_FILE).exists() else "checkpoint"
        for v in archive.versions()
    ]


@pytest.fixture(scope="module")
def whole_and_delta(tmp_path_factory):
    root = tmp_path_factory.mktemp("deltas")
    whole = Archive(root / "whole", checkpoint_policy=ALWAYS_CHECKPOINT)
    delta = Archive(root / "delta", checkpoint_policy=ALWAYS_DELTA)
    run_history(whole)
    run_history(delta)
    return whole, delta


def test_every_version_reads_back_the_same_whether_stored_whole_or_as_changes(whole_and_delta):
    whole, delta = whole_and_delta
    assert stored_as(whole) == ["checkpoint"] * len(HISTORY)
    assert stored_as(delta) == ["checkpoint"] + ["delta"] * (len(HISTORY) - 1)
    for version in whole.versions():
        assert list(delta.iter_manifest(version)) == list(whole.iter_manifest(version)), version
        assert delta.manifest(version) == whole.manifest(version)
        assert list(delta.documents(version, include_removed=True)) == list(
            whole.documents(version, include_removed=True)
        )
        assert delta.meta(version)["documents"] == whole.meta(version)["documents"], version
    assert verify_archive(whole).ok and verify_archive(delta).ok


def test_a_delta_holds_only_what_changed_and_unchanged_documents_read_as_unchanged(whole_and_delta):
    _, delta = whole_and_delta
    states = {e["doc_id"]: e["state"] for e in delta.iter_manifest(2)}
    assert sorted(states.values()) == ["changed", "unchanged", "unchanged"]
    changes = (delta.version_dir(2) / CHANGES_FILE).read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["state"] for line in changes] == ["changed"]
    assert (delta.version_dir(3) / CHANGES_FILE).read_bytes() == b""  # an unchanged version
    assert set(delta.manifest(3)) == set(states)
    assert {e["state"] for e in delta.manifest(3).values()} == {"unchanged"}
    # version 7 fetched huigou6-3401 again with the same text: not in its changes, still unchanged
    refetched = {e["doc_id"] for e in delta.iter_manifest(7) if e["state"] == "unchanged"}
    assert (delta.version_dir(7) / CHANGES_FILE).read_bytes() == b"" and len(refetched) == 4


def test_a_delta_meta_names_its_checkpoint_and_hashes_its_changes(whole_and_delta):
    from archive.files import sha256_file

    _, delta = whole_and_delta
    meta = delta.meta(4)
    assert meta["manifest_kind"] == "delta" and meta["checkpoint"] == 1
    assert meta["deltas_since_checkpoint"] == 3
    assert (meta["changes_sha256"], meta["changes_bytes"]) == sha256_file(delta.version_dir(4) / CHANGES_FILE)
    assert "manifest_sha256" not in meta
    first = delta.meta(1)
    assert first["manifest_kind"] == "checkpoint" and first["checkpoint"] == 1
    assert (first["manifest_sha256"], first["manifest_bytes"]) == sha256_file(
        delta.version_dir(1) / MANIFEST_FILE
    )


def test_a_checkpoint_comes_after_max_deltas_so_a_read_never_needs_more(tmp_path):
    archive = Archive(
        tmp_path / "a", checkpoint_policy=CheckpointPolicy(max_deltas=3, max_delta_fraction=1000.0)
    )
    run_history(archive, [(["ai-1080"], [])] + [([], [])] * 8)
    assert stored_as(archive) == ["checkpoint", "delta", "delta", "delta"] * 2 + ["checkpoint"]
    assert [archive.meta(v)["checkpoint"] for v in archive.versions()] == [1, 1, 1, 1, 5, 5, 5, 5, 9]


def test_a_checkpoint_comes_once_the_changes_pass_the_fraction_of_the_checkpoint(tmp_path):
    # Each run changes one of four documents: a delta of about a quarter of the checkpoint.
    archive = Archive(
        tmp_path / "a", checkpoint_policy=CheckpointPolicy(max_deltas=100, max_delta_fraction=0.6)
    )
    names = ["ai-1080", "ai-1081", "huigou6-3401", PAYWALLED]
    history = [(names, [])] + [([FULL], [])] + [([], [name]) for name in names[:3]]
    run_history(archive, history)
    kinds = stored_as(archive)
    assert kinds[0] == "checkpoint" and "delta" in kinds and kinds.count("checkpoint") >= 2
    for version in archive.versions():
        meta = archive.meta(version)
        checkpoint_bytes = archive.meta(meta["checkpoint"])["manifest_bytes"]
        assert meta["delta_bytes_since_checkpoint"] <= 0.6 * checkpoint_bytes
    assert verify_archive(archive).ok


def test_the_default_policy_stores_an_unchanged_version_as_an_empty_delta(tmp_path):
    archive = Archive(tmp_path / "a")
    run_history(archive, [(["ai-1080", "ai-1081"], []), ([], []), (["ai-1080"], [])])
    assert stored_as(archive) == ["checkpoint", "delta", "delta"]
    assert archive.meta(3)["documents"] == {"new": 0, "changed": 0, "unchanged": 2, "removed": 0}
