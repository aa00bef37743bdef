"""The versioned store: documents in, versions out, states from one version to the next."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import opencc
import pytest

from archive.files import canonical_json_bytes, sha256_bytes
from archive.store import Archive, ArchiveError
from pipelines.document import Document

GOLD = Path(__file__).resolve().parent.parent / "samples" / "gold"


def gold_doc(name: str, index: int = 0, **override) -> dict:
    """The document the extraction step yields for a gold page (its expected text)."""
    gold = json.loads((GOLD / f"{name}.gold.json").read_text(encoding="utf-8"))
    expected = gold["docs"][index]
    part = expected.get("part")
    doc = {
        "url": gold["url"] + (f"#{part}" if part else ""),
        "title": expected.get("title") or expected.get("title_contains"),
        "text": expected["text"],
        "published_at": expected.get("published_at"),
        "site": gold["host"],
        "part": part,
        "script": "Hans",
        "text_original": None,
        "truncated": expected["truncated"],
        "omitted_chars": expected.get("omitted_chars") or 0,
        "declared_chars": None,
        "gaps": [],
        "removed": [],
        "flags": [],
        "encoding": "utf-8",
        "encoding_source": "header",
        "pages": [gold["url"]],
        "extractor_version": "test",
        "profile_version": "test",
    }
    doc.update(override)
    return doc


def seen_at(doc: dict, fetched_at: str = "2026-11-01T00:00:00Z") -> dict:
    url = doc["url"].split("#", 1)[0]
    return {
        "url": url,
        "fetch_url": url,
        "pages": [
            {
                "url": url,
                "fetch_url": url,
                "status": 200,
                "fetched_at": fetched_at,
                "etag": None,
                "last_modified": None,
                "warc": None,
            }
        ],
    }


def crawl(archive: Archive, docs: list[dict], **commit) -> tuple[int, list[str]]:
    run = archive.begin_run({"spiders": ["test"]})
    ids = [doc_id for doc in docs for doc_id in run.add_documents([Document.from_dict(doc)], seen_at(doc))]
    version = run.commit({}, **commit)
    return version, [run.final_id(doc_id) for doc_id in ids]


def states(archive: Archive, version: int | None = None) -> dict[str, str]:
    return {doc_id: entry["state"] for doc_id, entry in archive.manifest(version).items()}


FULL = "huigou6-3406"  # the complete text of a speech ...
PAYWALLED = "wm114-2025111000"  # ... and the replica's paywalled copy of it (duplicates.json)


@pytest.fixture()
def archive(tmp_path):
    return Archive(tmp_path / "archive")


def test_a_first_crawl_commits_version_one_with_every_document_new(archive):
    version, ids = crawl(archive, [gold_doc("ai-1080"), gold_doc("huigou6-3401")])
    assert version == 1 and archive.versions() == [1] and archive.latest() == 1
    assert set(states(archive).values()) == {"new"}
    obj = archive.document(ids[0])
    assert obj["title"] == "在全县人才工作工作推进会议上的讲话"
    assert obj["urls"] == ["http://jianghua-ai.test/jianghua/1080.html"]
    assert obj["provenance"][0]["pages"][0]["status"] == 200
    assert obj["copies"][0]["kind"] == "canonical"
    meta = archive.meta(1)
    assert meta["status"] == "complete" and meta["parent"] is None and meta["documents"]["new"] == 2
    assert meta["run_id"].startswith("r000001-")


def test_objects_are_content_addressed_and_readable(archive):
    crawl(archive, [gold_doc("ai-1080")])
    entry = next(iter(archive.manifest(1).values()))
    data = archive.object_path(entry["hash"]).read_bytes()
    assert sha256_bytes(data) == entry["hash"]
    assert data == canonical_json_bytes(json.loads(data))
    assert "人才工作" in data.decode("utf-8")  # not \u-escaped


def test_the_paywalled_copy_and_the_full_text_end_as_one_document_with_the_full_text(archive):
    version, ids = crawl(archive, [gold_doc(PAYWALLED), gold_doc(FULL)])
    assert ids[0] == ids[1] and len(archive.manifest(version)) == 1
    obj = archive.document(ids[0])
    assert obj["text"] == gold_doc(FULL)["text"] and obj["truncated"] is False
    kinds = {c["url"]: c["kind"] for c in obj["copies"]}
    assert kinds == {gold_doc(FULL)["url"]: "canonical", gold_doc(PAYWALLED)["url"]: "truncated"}
    assert sorted(obj["sites"]) == ["www.huigou6.com", "www.wm114.cn"]
    assert len(obj["provenance"]) == 2


def test_a_later_complete_copy_replaces_the_truncated_canonical_and_the_id_stays(archive):
    _, (first_id,) = crawl(archive, [gold_doc(PAYWALLED)])
    assert archive.document(first_id)["truncated"] is True
    version, (second_id,) = crawl(archive, [gold_doc(FULL)])
    assert second_id == first_id
    assert states(archive, version) == {first_id: "changed"}
    obj = archive.document(first_id)
    assert obj["truncated"] is False and obj["text"] == gold_doc(FULL)["text"]
    assert archive.document(first_id, version=1)["truncated"] is True  # the old version is intact


def test_a_traditional_mirror_copy_is_merged_as_other_script(archive):
    original = gold_doc("huigou6-3401")
    hant = opencc.OpenCC("s2t").convert(original["text"])
    mirror = dict(
        original,
        url="http://fanwen-hant.test/fayangao/9.html",
        site="fanwen-hant.test",
        script="Hant",
        text_original=hant,
        text=opencc.OpenCC("t2s").convert(hant),
    )
    _, ids = crawl(archive, [original, mirror])
    assert ids[0] == ids[1]
    kinds = sorted(c["kind"] for c in archive.document(ids[0])["copies"])
    assert kinds == ["canonical", "other_script"]


def test_a_lightly_edited_copy_is_merged_as_near(archive):
    original = gold_doc("huigou6-3401")
    sentences = original["text"].split("。")
    edited = "。".join(sentences[:3] + sentences[4:]).replace("同志们", "各位同志", 1)
    copy = dict(original, url="http://copy.test/1.html", site="copy.test", text=edited)
    _, ids = crawl(archive, [original, copy])
    assert ids[0] == ids[1]
    assert sorted(c["kind"] for c in archive.document(ids[0])["copies"]) == ["canonical", "near"]


def test_ids_are_stable_across_runs_and_a_refetch_changes_nothing(archive):
    docs = [gold_doc("ai-1080"), gold_doc("hant-1300", 1)]
    _, first_ids = crawl(archive, docs)
    version, second_ids = crawl(archive, docs)
    assert second_ids == first_ids
    assert set(states(archive, version).values()) == {"unchanged"}
    assert archive.manifest(2)[first_ids[0]]["hash"] == archive.manifest(1)[first_ids[0]]["hash"]


def test_an_edited_page_makes_its_document_changed(archive):
    doc = gold_doc("huigou6-3401")
    _, (doc_id,) = crawl(archive, [doc])
    edited = dict(doc, text=doc["text"].replace("同志们", "各位同志", 1))
    version, (again,) = crawl(archive, [edited])
    assert again == doc_id and states(archive, version) == {doc_id: "changed"}
    assert "各位同志" in archive.document(doc_id)["text"]


def test_a_retitled_page_makes_its_document_changed_but_a_plain_refetch_does_not(archive):
    doc = gold_doc("ai-1082")
    _, (doc_id,) = crawl(archive, [doc])
    refetched = dict(doc, removed=[{"rule": "related_list", "text": "今日热点……"}])
    version, _ = crawl(archive, [refetched])
    assert states(archive, version) == {doc_id: "unchanged"}
    version, _ = crawl(archive, [dict(doc, title="在招商引资和项目建设动员部署会上的讲话")])
    assert states(archive, version) == {doc_id: "changed"}
    assert archive.document(doc_id)["title"] == "在招商引资和项目建设动员部署会上的讲话"


def test_a_shorter_new_text_of_the_canonical_page_replaces_the_old_one(archive):
    doc = gold_doc("ai-1083")
    dirty = dict(doc, text=doc["text"] + "\n\n本文来源于网络,仅供参考")
    _, (doc_id,) = crawl(archive, [dirty])
    version, _ = crawl(archive, [doc])  # re-extracted with better rules
    assert states(archive, version) == {doc_id: "changed"}
    assert archive.document(doc_id)["text"] == doc["text"]


def test_a_canonical_page_that_turns_paywalled_keeps_the_full_text(archive):
    doc = gold_doc("ai-1083")
    _, (doc_id,) = crawl(archive, [doc])
    cut = dict(doc, text=doc["text"][:600], truncated=True, declared_chars=len(doc["text"]))
    crawl(archive, [cut])
    obj = archive.document(doc_id)
    assert obj["text"] == doc["text"] and obj["truncated"] is False
    assert [(c["kind"], c["truncated"]) for c in obj["copies"]] == [
        ("canonical", True)
    ]  # the page shows less


def test_carry_over_keeps_documents_unchanged_and_counts_them_seen(archive):
    doc = gold_doc("hant-1300", 0)
    crawl(archive, [doc, gold_doc("hant-1300", 1)])
    run = archive.begin_run({})
    run.carry_over("http://fanwen-hant.test/fayangao/1300.html")  # both parts of the page
    version = run.commit({})
    assert set(states(archive, version).values()) == {"unchanged"}
    meta = archive.meta(version)
    assert meta["documents_seen"] == 2 and meta["archive_stats"]["pages_carried_over"] == 1


def test_a_run_that_saw_nothing_still_commits_a_version(archive):
    crawl(archive, [gold_doc("ai-1080")])
    version, _ = crawl(archive, [])
    assert version == 2 and set(states(archive, 2).values()) == {"unchanged"}


def test_a_crawl_of_one_site_never_removes_another_sites_documents(archive):
    crawl(archive, [gold_doc("ai-1080"), gold_doc("huigou6-3401")])
    version, _ = crawl(archive, [gold_doc("ai-1081")])
    assert sorted(states(archive, version).values()) == ["new", "unchanged", "unchanged"]


def test_a_document_is_removed_only_when_every_url_is_gone(archive):
    _, ids = crawl(archive, [gold_doc(FULL), gold_doc(PAYWALLED), gold_doc("ai-1080")])
    shared, single = ids[0], ids[2]
    run = archive.begin_run({})
    run.mark_gone(gold_doc(FULL)["url"])
    run.mark_gone(gold_doc("ai-1080")["url"])
    version = run.commit({})
    assert states(archive, version) == {shared: "changed", single: "removed"}
    assert archive.document(shared)["gone_urls"] == [gold_doc(FULL)["url"]]
    assert [d["doc_id"] for d in archive.documents(version)] == [shared]
    # The removed document's text stays in the versions that held it.
    assert archive.document(single, version=1)["title"] == gold_doc("ai-1080")["title"]
    run = archive.begin_run({})
    run.mark_gone(gold_doc(PAYWALLED)["url"])
    version = run.commit({})
    assert states(archive, version) == {shared: "removed"}
    version, _ = crawl(archive, [])
    assert archive.manifest(version) == {}


def test_a_page_that_comes_back_revives_its_document_under_the_same_id(archive):
    _, (doc_id,) = crawl(archive, [gold_doc("ai-1080")])
    run = archive.begin_run({})
    run.mark_gone(gold_doc("ai-1080")["url"])
    run.commit({})
    version, (again,) = crawl(archive, [gold_doc("ai-1080")])
    assert again == doc_id and states(archive, version) == {doc_id: "new"}


def test_meta_links_each_version_to_its_parent(archive):
    crawl(archive, [gold_doc("ai-1080")])
    crawl(archive, [gold_doc("ai-1081")], status="partial")
    meta = archive.meta(2)
    parent_meta = (archive.version_dir(1) / "meta.json").read_bytes()
    assert meta["parent"] == 1 and meta["parent_meta_sha256"] == sha256_bytes(parent_meta)
    assert meta["status"] == "partial"
    manifest = (archive.version_dir(2) / "manifest.jsonl").read_bytes()
    assert meta["manifest_sha256"] == sha256_bytes(manifest)


def test_commit_hooks_run_after_the_version_is_durable(archive):
    run = archive.begin_run({})
    seen = []
    run.add_commit_hook(lambda: seen.append(archive.latest()))
    run.commit({})
    assert seen == [1]


def test_abort_leaves_no_version_and_frees_the_archive(archive):
    run = archive.begin_run({})
    run.add_documents([Document.from_dict(gold_doc("ai-1080"))], seen_at(gold_doc("ai-1080")))
    run.abort()
    assert archive.versions() == [] and not any(archive.staging_dir.iterdir())
    version, _ = crawl(archive, [gold_doc("ai-1080")])
    assert version == 1


def test_a_run_stages_its_documents_in_one_file_and_commits_them_as_objects(archive):
    docs = [gold_doc("ai-1080"), gold_doc("huigou6-3401"), gold_doc(FULL)]
    run = archive.begin_run({})
    ids = [doc_id for doc in docs for doc_id in run.add_documents([Document.from_dict(doc)], seen_at(doc))]
    # However many documents a run touches, staging holds one file: dropping it is one unlink.
    assert [p.name for p in run.staging.iterdir()] == ["working.sqlite"]
    run.commit({})
    assert not any(archive.staging_dir.iterdir())
    for doc, doc_id in zip(docs, ids, strict=True):
        entry = archive.manifest()[run.final_id(doc_id)]
        data = archive.object_path(entry["hash"]).read_bytes()
        assert data == canonical_json_bytes(archive.document(run.final_id(doc_id)))
        assert sha256_bytes(data) == entry["hash"] and json.loads(data)["text"] == doc["text"]


def test_reading_a_missing_version_or_document_is_one_clear_error(archive):
    with pytest.raises(ArchiveError, match="holds no version"):
        archive.meta()
    crawl(archive, [gold_doc("ai-1080")])
    with pytest.raises(ArchiveError, match="no version 9"):
        archive.manifest(9)
    with pytest.raises(ArchiveError, match="no document dnope"):
        archive.document("dnope")


def test_run_ids_sort_in_version_order(archive):
    crawl(archive, [])
    crawl(archive, [])
    run_ids = [archive.meta(v)["run_id"] for v in archive.versions()]
    assert run_ids == sorted(run_ids) and run_ids[1].startswith("r000002-")


# --- the two Scrapy pipelines, without Scrapy's engine ---------------------------------------
class _Stats:
    def __init__(self):
        self.values = {}

    def inc_value(self, key, count=1):
        self.values[key] = self.values.get(key, 0) + count


def _crawler_with(run):
    """A crawler as far as the pipelines see it, sharing `run` the way `speech-archive crawl` does."""
    from scrapy.settings import Settings

    from crawler.run_binding import attach_run

    return attach_run(SimpleNamespace(settings=Settings({}), stats=_Stats()), run)


def test_the_pipelines_assign_ids_carry_over_and_mark_gone(archive):
    from crawler.archiving import ArchivePipeline, DedupPipeline
    from pipelines.items import PageCapture, PageItem

    crawl(archive, [gold_doc("ai-1080")])
    run = archive.begin_run({"spiders": ["test"]})
    crawler = _crawler_with(run)
    dedup, store = DedupPipeline.from_crawler(crawler), ArchivePipeline.from_crawler(crawler)
    page = PageCapture(
        url=gold_doc(FULL)["url"],
        status=200,
        headers={},
        body=b"",
        fetched_at="2026-11-02T00:00:00Z",
        warc={
            "file": f"{run.run_id}-00000.warc.gz",
            "offset": 0,
            "record_id": "<urn:x>",
            "payload_digest": "sha1:X",
        },
    )
    fetched = PageItem(
        site="huigou6", url=page.url, pages=[page], documents=[Document.from_dict(gold_doc(FULL))]
    )
    store.process_item(dedup.process_item(fetched))
    assert fetched.doc_ids[0].startswith("d")
    store.process_item(PageItem(site="x", url=gold_doc("ai-1080")["url"], gone=True))
    version = run.commit({})
    assert sorted(states(archive, version).values()) == ["new", "removed"]
    obj = archive.document(fetched.doc_ids[0])
    assert obj["provenance"][0]["pages"][0]["warc"]["file"].startswith(run.run_id)
    assert crawler.stats.values["speech_archive/dedup/documents"] == 1


def test_ids_of_new_documents_do_not_depend_on_which_copy_arrived_first(tmp_path):
    """The paywalled copy first or the full text first: the same id (from the canonical copy)."""
    one, two = Archive(tmp_path / "one"), Archive(tmp_path / "two")
    _, ids_one = crawl(one, [gold_doc(PAYWALLED), gold_doc(FULL)])
    _, ids_two = crawl(two, [gold_doc(FULL), gold_doc(PAYWALLED)])
    assert set(ids_one) == set(ids_two) and len(set(ids_one)) == 1
    assert list(one.manifest(1)) == list(two.manifest(1))
    # Committed ids never move again: a later, more complete copy changes the text, not the id.
    _, (later,) = crawl(one, [gold_doc(PAYWALLED)])
    assert later == ids_one[0]
