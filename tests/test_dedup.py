"""Dedup: the four kinds of copies of a gold speech are found, distinct speeches are not merged."""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import numpy as np
import opencc
import pytest
from datasketch import MinHash

import pipelines.dedup as dedup_module
from pipelines.dedup import (
    CROWDED_BAND_ENTRIES,
    MAX_CANDIDATES,
    NUM_PERM,
    OPENING_READ_LIMIT,
    RECENT_MERGE_ROWS,
    DedupIndex,
    DedupKey,
    Match,
    _overlaps_with_many,
    fingerprint,
    new_doc_id,
    normalise_for_dedup,
    overlap,
    shingle_hashes,
    shingles,
)

GOLD = Path(__file__).resolve().parent.parent / "samples" / "gold"
DUPLICATES = Path(__file__).resolve().parent.parent / "samples" / "sites" / "duplicates.json"
FIXTURE_ARCHIVE = Path(__file__).resolve().parent / "fixtures" / "archive-2026-11"


def gold_texts() -> dict[str, str]:
    """Every gold document's expected text, keyed by its URL (URL#part on multi-speech pages)."""
    texts = {}
    for path in sorted(GOLD.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for doc in gold["docs"]:
            url = gold["url"] + (f"#{doc['part']}" if doc.get("part") else "")
            texts[url] = doc["text"]
    return texts


def gold_text(name: str) -> str:
    return json.loads((GOLD / f"{name}.gold.json").read_text(encoding="utf-8"))["docs"][0]["text"]


def light_edit(text: str) -> str:
    """What a copying site does: a different salutation, one sentence dropped, a word changed."""
    sentences = text.split("。")
    edited = "。".join(sentences[:3] + sentences[4:])
    return edited.replace("同志们", "各位同志", 1).replace("要", "必须", 2)


def truncated_with_gap(text: str) -> str:
    """A paywalled copy: the opening, a gap where the site elided text, then cut short."""
    n = len(text)
    return text[: int(n * 0.35)] + text[int(n * 0.5) : int(n * 0.8)]


def traditional_copy(text: str) -> str:
    """A zh-Hant mirror's text after the normalise step converted it back to Simplified."""
    return opencc.OpenCC("t2s").convert(opencc.OpenCC("s2t").convert(text))


def test_normalise_folds_whitespace_and_full_width_forms():
    assert normalise_for_dedup("同志们：\n\n  今天 我们\t开会。ＡＢ１") == "同志们:今天我们开会。AB1"


def test_shingles_are_character_five_grams_of_the_normalised_text():
    assert shingles("一二 三四五六") == {"一二三四五", "二三四五六"}
    assert shingles("短文") == {"短文"}
    assert shingles("") == set()


@pytest.fixture()
def index():
    idx = DedupIndex(None)
    yield idx
    idx.close()


SOURCE = "huigou6-3401"
OTHER = "ai-1080"  # a speech of another site, no copy of SOURCE


@pytest.mark.parametrize(
    "make_copy, kind",
    [
        (lambda t: t.replace("\n\n", "\n  "), "exact"),
        (light_edit, "near"),
        (truncated_with_gap, "truncated"),
        (traditional_copy, "exact"),
    ],
    ids=["exact-copy", "near-copy", "truncated-copy", "traditional-copy"],
)
def test_each_kind_of_copy_matches_the_original(index, make_copy, kind):
    original = gold_text(SOURCE)
    index.add("d-original", original, complete=True)
    match = index.match(make_copy(original))
    assert match is not None
    assert (match.doc_id, match.kind) == ("d-original", kind)


def test_a_copy_cut_to_a_small_part_of_the_text_is_still_found_through_its_opening(index):
    original = gold_text(SOURCE)
    short_copy = original[:500]  # Jaccard about 0.25: no band would bring it up
    index.add("d-original", original, complete=True)
    match = index.match(short_copy)
    assert match is not None and (match.doc_id, match.kind) == ("d-original", "truncated")


def test_a_full_text_arriving_after_its_truncated_copy_matches_it_and_says_it_is_longer(index):
    original = gold_text(SOURCE)
    index.add("d-first", truncated_with_gap(original), complete=False)
    match = index.match(original)
    assert match is not None and match.kind == "truncated" and match.query_is_longer


def test_the_replica_webs_paywalled_copies_match_their_full_texts():
    """duplicates.json pairs, with the texts the gold files expect: replicas sit at Jaccard
    0.61-0.73 yet are the same speech."""
    texts = gold_texts()
    pairs = json.loads(DUPLICATES.read_text(encoding="utf-8"))["same_speech"]
    for first, second in pairs:
        idx = DedupIndex(None)
        idx.add("d-first", texts[first], complete=True)
        match = idx.match(texts[second])
        idx.close()
        assert match is not None and match.doc_id == "d-first", (first, second)


def test_the_gold_pages_make_as_many_documents_as_duplicates_json_says():
    """Copies share one id; every other speech (same template phrasing or not) keeps its own."""
    texts = gold_texts()
    duplicates = json.loads(DUPLICATES.read_text(encoding="utf-8"))
    idx = DedupIndex(None)
    doc_of = {}
    for url, text in texts.items():
        match = idx.match(text)
        doc_of[url] = match.doc_id if match else new_doc_id(text)
        idx.add(doc_of[url], text, complete=True)
    idx.close()
    for first, second in duplicates["same_speech"]:
        assert doc_of[first] == doc_of[second]
    assert len(set(doc_of.values())) == duplicates["documents"]


def test_doc_ids_come_from_the_text_and_are_stable():
    text = gold_text(SOURCE)
    assert new_doc_id(text) == new_doc_id(text.replace("\n\n", "\n"))
    assert new_doc_id(text).startswith("d") and len(new_doc_id(text)) == 17


def test_the_index_persists_across_reopening(tmp_path):
    original = gold_text(SOURCE)
    idx = DedupIndex(tmp_path / "index")
    idx.add("d-kept", original, complete=True)
    idx.commit()
    idx.close()
    again = DedupIndex(tmp_path / "index")
    assert again.match(light_edit(original)).doc_id == "d-kept"
    assert len(again) == 1
    again.close()


def test_an_uncommitted_addition_is_forgotten(tmp_path):
    idx = DedupIndex(tmp_path / "dedup.sqlite")
    idx.add("d-lost", gold_text(SOURCE), complete=True)
    idx.close()
    again = DedupIndex(tmp_path / "dedup.sqlite")
    assert again.match(gold_text(SOURCE)) is None
    again.close()


def test_sample_estimates_follow_the_exact_set_overlap():
    a, b = gold_text(SOURCE), truncated_with_gap(gold_text(SOURCE))
    sa, sb = shingles(a), shingles(b)
    exact_containment = len(sa & sb) / len(sb)
    _, b_in_a, _ = overlap(fingerprint(b), fingerprint(a))
    assert exact_containment > 0.99
    assert abs(b_in_a - exact_containment) < 0.05


# --- precision / recall on a generated set ---------------------------------------------------
def generated_corpus(seed: int = 7, speeches: int = 40):
    """Template-like speeches (sentences drawn from one shared pool, so distinct speeches share
    phrasing) and copies of each: exact, near, truncated, Traditional. Returns [(truth, text)]."""
    rng = random.Random(seed)
    pool = sorted({s.strip() for t in gold_texts().values() for s in t.split("。") if len(s.strip()) > 12})
    items = []
    for n in range(speeches):
        body = "。".join(rng.sample(pool, 22)) + "。"
        variants = [body]
        kind = n % 4
        if kind == 0:
            variants.append(body.replace("。", "。\n\n"))
        elif kind == 1:
            variants.append(light_edit(body))
        elif kind == 2:
            variants.append(truncated_with_gap(body))
        else:
            variants.append(traditional_copy(body))
        items += [(n, v) for v in variants]
    rng.shuffle(items)
    return items


def test_precision_and_recall_on_a_generated_set():
    items = generated_corpus()
    idx = DedupIndex(None)
    assigned = []
    for _, text in items:
        match = idx.match(text)
        doc_id = match.doc_id if match else new_doc_id(text)
        idx.add(doc_id, text, complete=True)
        assigned.append(doc_id)
    idx.close()
    true_pairs = predicted_pairs = correct = 0
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            same_truth = items[i][0] == items[j][0]
            same_doc = assigned[i] == assigned[j]
            true_pairs += same_truth
            predicted_pairs += same_doc
            correct += same_truth and same_doc
    precision, recall = correct / predicted_pairs, correct / true_pairs
    assert precision == 1.0
    assert recall >= 0.95


# --- the MinHash signature and candidate generation --------------------------------------------
def test_the_minhash_signature_is_datasketchs_for_the_same_shingle_hashes():
    """Signatures are computed in numpy for speed; the values are datasketch's MinHash."""
    for text in (gold_text(SOURCE), "短文", ""):
        norm = normalise_for_dedup(text)
        reference = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=lambda value: value)
        reference.update_batch(shingle_hashes(norm))
        assert np.array_equal(fingerprint(text).signature, reference.hashvalues)


def test_shingle_hashes_are_sorted_and_distinct():
    hashes = shingle_hashes(normalise_for_dedup(gold_text(SOURCE) * 2))
    assert np.array_equal(hashes, np.unique(hashes))


def stock_opening_speeches(count: int, seed: int = 3) -> list[str]:
    """Distinct speeches that all open with the same 150-character stock paragraph."""
    rng = random.Random(seed)
    pool = sorted({s.strip() for t in gold_texts().values() for s in t.split("。") if len(s.strip()) > 12})
    opening = "同志们:今天,我们召开这次会议,主要任务是总结前一阶段工作情况,安排部署下一阶段工作。"
    opening = (opening * 4)[:150]
    return [opening + "。".join(rng.sample(pool, 24)) + "。" for _ in range(count)]


def test_a_truncated_copy_finds_its_source_among_many_speeches_with_the_same_stock_opening(index):
    """More speeches share the opening than a lookup compares: the longer opening buckets,
    which only the source shares with the copy, put the source first."""
    speeches = stock_opening_speeches(3 * MAX_CANDIDATES)
    for number, speech in enumerate(speeches):
        index.add(f"d{number}", speech, complete=True)
    for number in (5, 70, 150):
        cut_copy = speeches[number][: len(speeches[number]) // 4]  # Jaccard about 0.25
        match = index.match(cut_copy)
        assert match is not None and (match.doc_id, match.kind) == (f"d{number}", "truncated")


def test_a_bucket_shared_by_more_texts_than_a_lookup_reads_gives_it_the_latest(index):
    """A lookup reads a bounded part of each bucket (its work must not grow with the archive):
    the newest texts sharing a crowded opening are the ones it sees."""
    rng = random.Random(5)
    pool = sorted({s.strip() for t in gold_texts().values() for s in t.split("。") if len(s.strip()) > 12})
    opening = "。".join(rng.sample(pool, 20))[:150]  # no repeats: 146 distinct shingles
    speeches = [
        opening
        + "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(60))
        + "。".join(rng.sample(pool, 24))
        for _ in range(OPENING_READ_LIMIT + 20)
    ]
    for number, speech in enumerate(speeches):
        index.add(f"d{number}", speech, complete=True)
    newest = len(speeches) - 1
    cut_copy = speeches[newest][:200]  # the shared opening and 50 characters of its own only
    match = index.match(cut_copy)
    assert match is not None and (match.doc_id, match.kind) == (f"d{newest}", "truncated")


def test_one_lookup_estimates_the_same_overlaps_as_comparing_pairs():
    texts = list(gold_texts().values())[:12] + ["同志们好" * 40, "短文"]
    prints = [fingerprint(text) for text in texts]
    for query in (prints[0], prints[-2]):  # a sampled query, and a short one compared on its full set
        together = _overlaps_with_many(
            query, [fp.sample.tobytes() for fp in prints], [fp.sampled for fp in prints]
        )
        assert [tuple(row) for row in together.tolist()] == [overlap(query, fp) for fp in prints]


def test_an_index_of_another_schema_is_refused_so_the_archive_rebuilds_it(tmp_path):
    path = tmp_path / "dedup.sqlite"
    old = sqlite3.connect(path)
    old.executescript(
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
        "INSERT INTO meta VALUES ('schema', 'dedup-2');"
        "CREATE TABLE entry (id INTEGER PRIMARY KEY, doc_id TEXT, signature BLOB);"
    )
    old.commit()
    old.close()
    with pytest.raises(ValueError, match="schema dedup-2"):
        DedupIndex(path)


def bucket_widths(index: DedupIndex) -> dict[str, int]:
    """The widest row (bytes of entry ids) of the bucket table and of the recent appends."""
    return {
        table: index._db.execute(f"SELECT COALESCE(MAX(LENGTH(entries)), 0) FROM {table}").fetchone()[0]  # noqa: SLF001
        for table in ("bucket", "bucket_recent")
    }


@pytest.mark.parametrize("merge_rows", [0, RECENT_MERGE_ROWS])
def test_a_crowded_bucket_keeps_only_as_many_entries_as_a_lookup_reads(index, monkeypatch, merge_rows):
    """The index holds one row per bucket, cut to its read limit: a stock opening shared by every
    speech costs a lookup the same at 300 speeches as it would at a million. So do the recent
    appends, and a bucket row after they are moved into it (merge_rows 0: at every commit)."""
    monkeypatch.setattr(dedup_module, "RECENT_MERGE_ROWS", merge_rows)
    speeches = stock_opening_speeches(OPENING_READ_LIMIT + 40)
    for number, speech in enumerate(speeches):
        index.add(f"d{number}", speech, complete=True)
        if number == 100:
            index.commit()
    index.commit()
    merged = merge_rows == 0
    assert bucket_widths(index) == {
        "bucket": 4 * OPENING_READ_LIMIT if merged else 0,
        "bucket_recent": 0 if merged else 4 * OPENING_READ_LIMIT,
    }


def test_lookups_see_additions_alike_pending_written_and_merged(index, monkeypatch):
    """Bucket appends wait in memory until the commit writes them in key order into the recent
    appends, which later move into the bucket table: a lookup finds the same copies at each
    stage, also in a bucket that outgrows its read limit across them."""
    speeches = stock_opening_speeches(OPENING_READ_LIMIT + 40)
    for number, speech in enumerate(speeches[:100]):
        index.add(f"d{number}", speech, complete=True)
    monkeypatch.setattr(dedup_module, "RECENT_MERGE_ROWS", 0)
    index.commit()  # the first 100 merged into the bucket table
    monkeypatch.setattr(dedup_module, "RECENT_MERGE_ROWS", RECENT_MERGE_ROWS)
    for number, speech in enumerate(speeches[100:200], start=100):
        index.add(f"d{number}", speech, complete=True)
    index.commit()  # the next 100 in the recent appends
    for number, speech in enumerate(speeches[200:], start=200):
        index.add(f"d{number}", speech, complete=True)
    probes = [speech[: len(speech) // 4] for speech in speeches[-30:]] + [light_edit(gold_text(SOURCE))]
    pending = [index.match(probe) for probe in probes]
    assert [m.doc_id for m in pending[:30]] == [f"d{n}" for n in range(len(speeches) - 30, len(speeches))]
    index.commit()
    assert bucket_widths(index)["bucket_recent"] > 0
    assert [index.match(probe) for probe in probes] == pending
    monkeypatch.setattr(dedup_module, "RECENT_MERGE_ROWS", 0)
    index.add("d-last", gold_text(OTHER), complete=True)  # a commit that merges
    index.commit()
    assert bucket_widths(index)["bucket_recent"] == 0
    assert [index.match(probe) for probe in probes] == pending


def test_an_index_of_the_layout_before_recent_appends_is_migrated_on_open(tmp_path, monkeypatch):
    """A dedup-4 index (the bucket table only) gets the empty recent appends table and says
    dedup-5; its copies are found as before, and new additions land beside them."""
    path = tmp_path / "dedup.sqlite"
    monkeypatch.setattr(dedup_module, "RECENT_MERGE_ROWS", 0)
    before = DedupIndex(path)
    before.add("d-old", gold_text(SOURCE), complete=True)
    before.commit()
    before.close()
    monkeypatch.setattr(dedup_module, "RECENT_MERGE_ROWS", RECENT_MERGE_ROWS)
    earlier = sqlite3.connect(path)
    earlier.executescript("DROP TABLE bucket_recent; UPDATE meta SET value = 'dedup-4' WHERE key = 'schema';")
    earlier.close()
    index = DedupIndex(path)
    assert index.get_meta("schema") == "dedup-5"
    assert index.match(light_edit(gold_text(SOURCE))).doc_id == "d-old"
    index.add("d-new", gold_text(OTHER), complete=True)
    index.commit()
    index.close()
    again = DedupIndex(path)
    assert [again.match(light_edit(gold_text(name))).doc_id for name in (SOURCE, OTHER)] == ["d-old", "d-new"]
    again.close()


def test_an_archive_whose_dedup_index_has_the_earlier_layout_rebuilds_it_with_one_line(tmp_path, caplog):
    from archive.indexes import open_indexes
    from archive.store import Archive

    archive_dir = tmp_path / "archive"
    shutil.copytree(FIXTURE_ARCHIVE, archive_dir)
    archive = Archive(archive_dir)
    archive.index_dir.mkdir(parents=True, exist_ok=True)
    earlier = sqlite3.connect(archive.index_dir / "dedup.sqlite")
    earlier.executescript(
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
        f"INSERT INTO meta VALUES ('schema', 'dedup-3'), ('version', '{archive.latest()}');"
        "CREATE TABLE band (key INTEGER NOT NULL, entry INTEGER NOT NULL, PRIMARY KEY (key, entry)) WITHOUT ROWID;"
    )
    earlier.commit()
    earlier.close()
    with caplog.at_level("WARNING", logger="archive.indexes"):
        dedup, urls = open_indexes(archive)
    assert [r.getMessage() for r in caplog.records if "dedup-3" in r.getMessage()] == [
        f"archive indexes unusable (dedup index {archive.index_dir / 'dedup.sqlite'} has schema dedup-3,"
        " expected dedup-5): rebuilding"
    ]
    stored = next(iter(archive.documents()))
    assert dedup.match(stored["text"]) == Match(stored["doc_id"], "exact", 1.0)
    dedup.close()
    urls.close()


def test_an_entry_sharing_only_a_crowded_band_with_a_text_is_not_checked(index):
    """A band bucket that many texts share is stock phrasing: an entry linked to the query by it
    alone is not compared, while one sharing a rare band, or two buckets, still is."""
    crowded_band, rare_band, other_band = 11, 22, 33

    def add(number: int, *bands: int) -> None:
        # Fingerprints made by hand: only their bucket keys matter to the candidates.
        fp = fingerprint(f"第{number}篇")
        index.know_fingerprint(
            DedupKey(
                f"t{number}",
                replace(fp, keys=(*bands, *range(1000 * (number + 1), 1000 * (number + 1) + 31))),
            )
        )
        index.add(f"d{number}", f"t{number}", complete=True)

    for number in range(CROWDED_BAND_ENTRIES):
        add(number, crowded_band)
    add(10, rare_band)
    add(11, crowded_band, other_band)
    index.commit()
    query = replace(fingerprint("查询"), keys=(crowded_band, rare_band, other_band, *range(-31, -3)))
    stored_ids = dict(index._db.execute("SELECT doc_id, id FROM entry"))  # noqa: SLF001
    assert sorted(index._candidates(query)) == sorted([stored_ids["d10"], stored_ids["d11"]])  # noqa: SLF001
