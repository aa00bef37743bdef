"""`reprocess` rebuilds documents from the WARC captures alone, with today's rules."""

from __future__ import annotations

import pytest
from crawlhelp import crawl_sites, export, speech_archive

import pipelines.page


@pytest.fixture
def crawled_archive(tmp_path, replica_web):
    archive = tmp_path / "a"
    result = crawl_sites(replica_web, archive, ("jianghua_ai", "fanwen_hant"))
    assert result.returncode == 0, result.stdout + result.stderr
    return archive


def test_reprocess_with_the_same_rules_changes_nothing(crawled_archive):
    before = {d["doc_id"]: d["text"] for d in export(crawled_archive)}
    result = speech_archive("reprocess", "--archive", str(crawled_archive))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("version 2 committed (reprocessed)")
    assert {d["doc_id"]: d["text"] for d in export(crawled_archive, version=2)} == before
    assert speech_archive("verify", "--archive", str(crawled_archive)).returncode == 0


def test_improved_rules_reach_the_archive_without_the_network(crawled_archive, monkeypatch):
    from archive.reprocess import reprocess
    from archive.store import Archive
    from spiders.shipped import shipped_profiles

    archive = Archive(crawled_archive)
    clean_texts = {d["doc_id"]: d["text"] for d in export(crawled_archive)}
    real = pipelines.page.process_pages

    def older_rules(pages, profile=None):  # a rule set that leaves a footer in the text
        docs = real(pages, profile)
        for doc in docs:
            doc.text += "\n\n本文来源于网络,仅供参考"
        return docs

    monkeypatch.setattr(pipelines.page, "process_pages", older_rules)
    dirty_version, _ = reprocess(archive, shipped_profiles())
    monkeypatch.setattr(pipelines.page, "process_pages", real)
    assert set(archive.meta(dirty_version)["documents"].items()) >= {("changed", len(clean_texts))}

    fixed_version, counts = reprocess(
        archive, shipped_profiles()
    )  # the rules improved: back to the clean texts
    assert counts["documents_rebuilt"] >= len(clean_texts)
    docs = {d["doc_id"]: d["text"] for d in export(crawled_archive, version=fixed_version)}
    assert docs == clean_texts
    assert speech_archive("verify", "--archive", str(crawled_archive)).returncode == 0


def test_reprocess_of_an_empty_archive_is_a_one_line_error(tmp_path):
    result = speech_archive("reprocess", "--archive", str(tmp_path / "none"))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1


def test_reprocess_in_two_processes_stages_what_one_process_stages(crawled_archive):
    from archive.reprocess import reprocess
    from archive.store import Archive
    from spiders.shipped import shipped_profiles

    archive = Archive(crawled_archive)
    one_process, counts_one = reprocess(archive, shipped_profiles(), 1, workers=0)
    two_processes, counts_two = reprocess(archive, shipped_profiles(), 1, workers=2)
    assert counts_two == counts_one and counts_one["documents_rebuilt"] > 0
    assert export(crawled_archive, version=two_processes) == export(crawled_archive, version=one_process)
    assert archive.meta(two_processes)["documents"].get("changed", 0) == 0
    # the same objects, byte for byte: every entry names its object by the hash of its bytes
    assert list(archive.iter_manifest(two_processes)) == list(archive.iter_manifest(one_process))
    assert list(archive.iter_manifest(one_process)) == [
        dict(entry, state="unchanged") for entry in archive.iter_manifest(1)
    ]


def test_reprocess_refuses_a_number_of_workers_that_is_none(crawled_archive):
    result = speech_archive("reprocess", "--archive", str(crawled_archive), "--workers", "many")
    assert result.returncode == 2
    assert (
        result.stderr
        == "speech-archive reprocess: --workers must be 'auto' or a number of processes (0: none), not 'many'\n"
    )


def test_reprocess_with_a_profiles_folder_that_is_not_there_is_a_one_line_usage_error(
    crawled_archive, tmp_path
):
    missing = tmp_path / "no-such-folder"
    result = speech_archive("reprocess", "--archive", str(crawled_archive), "--profiles", str(missing))
    assert result.returncode == 2
    assert result.stderr == f"speech-archive reprocess: {missing}: no such profiles folder\n"


def test_reprocess_rebuilds_through_the_users_own_profile_of_a_site(crawled_archive, tmp_path):
    """The user's folder wins over the shipped one, as in `crawl --profiles`: here their copy of
    jianghua_ai's profile strips one phrase as the site's noise."""
    from spiders.shipped import shipped_profiles_dir

    def with_the_phrase(version: int) -> dict[str, list[str]]:
        texts: dict[str, list[str]] = {}
        for d in export(crawled_archive, version=version):
            if "同志们" in d["text"]:
                texts.setdefault(",".join(d["sites"]), []).append(d["doc_id"])
        return texts

    assert "jianghua_ai" in with_the_phrase(1)
    own = tmp_path / "own"
    own.mkdir()
    shipped = (shipped_profiles_dir() / "jianghua_ai.toml").read_text(encoding="utf-8")
    (own / "jianghua_ai.toml").write_text(
        shipped.replace("noise = []", 'noise = ["同志们"]'), encoding="utf-8"
    )

    result = speech_archive("reprocess", "--archive", str(crawled_archive), "--profiles", str(own))

    assert result.returncode == 0, result.stderr
    assert "changed 0" not in result.stdout
    assert "jianghua_ai" not in with_the_phrase(2)
