"""A run killed in the site-furniture part of its commit loses nothing and counts nothing twice.

The commit applies the host's furniture to its documents (this run's and those archived earlier,
revised once with reason "site_furniture"), publishes the version, then applies the site evidence
staged in the run, then the fetch history. A kill (SIGKILL, by SPEECH_ARCHIVE_KILL_AT at a named
step) anywhere in there, then one complete run, must give exactly the documents of an
uninterrupted sequence — ids, texts, removed pieces with their page counts, revisions — and the
evidence of an uninterrupted sequence: each article page once, none missing. `reprocess` killed
the same way leaves the archive as it was, and `repair` sets the evidence aside with the versions.

Real crawls over HTTP of the fixture host of tests/test_crawl_site_furniture.py: a first run reads
two article pages (too few: no furniture), the second all six (the ad and the copyright box become
furniture; the first two documents are revised).
"""

from __future__ import annotations

import hashlib
import shutil
import signal
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from crawlhelp import FAST, export, manifest_states, speech_archive
from test_site_furniture import AD, HOST, PAGES

from archive.store import Archive
from crawler import exitcodes
from replica.server import ReplicaWeb

# Every step of the commit, the site-furniture ones (furniture, evidence, evidence-applied) among them.
COMMIT_STEPS = (
    "commit:furniture",  # documents revised in the working set, nothing written yet
    "commit:objects",
    "commit:staged",
    "commit:published",  # the version is published; indexes, evidence, history not yet
    "commit:indexes",
    "commit:evidence",  # inside the evidence's transaction, before its COMMIT
    "commit:evidence-applied",  # the evidence applied, the fetch history not yet
    "commit:history",
)


def crawl(archive: Path, urls: list[str], tmp: Path, step: str | None = None):
    listed = tmp / f"urls-{len(urls)}.txt"
    listed.write_text("".join(f"{url}\n" for url in urls), encoding="utf-8")
    env = {"SPEECH_ARCHIVE_KILL_AT": step} if step else None
    return speech_archive("crawl", "--urls", str(listed), "--archive", str(archive), *FAST, env=env)


def as_archived(archive: Path) -> dict:
    return {d["doc_id"]: (d["text"], d["removed"], d["urls"], d.get("revisions")) for d in export(archive)}


def evidence(archive: Path) -> dict:
    """What the site evidence holds once no run is open: each page's keys, each host's furniture,
    and nothing staged."""
    db = sqlite3.connect(archive / "site_evidence.sqlite")
    try:
        pages = {}
        for host, url, page_set in db.execute("SELECT host, url, page_set FROM pages"):
            keys = db.execute("SELECT key FROM page_blocks WHERE page_set = ?", (page_set,))
            pages[(host, url)] = frozenset(k for (k,) in keys)
        furniture = sorted(db.execute("SELECT host, key, pages FROM furniture"))
        staged = sum(
            db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("staged_pages", "staged_furniture", "staged_hosts")
        )
    finally:
        db.close()
    return {"pages": pages, "furniture": furniture, "staged": staged}


def verify(archive: Path) -> None:
    result = speech_archive("verify", "--full", "--archive", str(archive))
    assert result.returncode == exitcodes.OK, result.stdout + result.stderr


@pytest.fixture(scope="module")
def sequence(tmp_path_factory):
    """The replica web, the article URLs, the archive after the first run (two pages) and after an
    uninterrupted second run (all six)."""
    tmp = tmp_path_factory.mktemp("furniture-kill")
    with ReplicaWeb(PAGES, hosts=[HOST]) as web:
        urls = [web.url(HOST, f"/a/{n}.html") for n in range(6)]
        base, reference = tmp / "base", tmp / "reference"
        assert crawl(base, urls[:2], tmp).returncode == exitcodes.OK
        shutil.copytree(base, reference)
        assert crawl(reference, urls, tmp).returncode == exitcodes.OK
        yield web, urls, base, reference


def test_the_uninterrupted_sequence_revises_the_first_documents_once(sequence):
    _, _, base, reference = sequence
    docs = as_archived(reference)
    assert len(docs) == 6 and all(AD not in text for text, *_ in docs.values())
    revised = [revisions for *_, revisions in docs.values() if revisions]
    assert revised == [[{"version": 2, "reason": "site_furniture", "removed": 3, "restored": 0}]] * 2
    held = evidence(reference)
    assert len(held["pages"]) == 6 and held["furniture"] and held["staged"] == 0
    assert all(pages == 6 for _, _, pages in held["furniture"])


def test_a_run_killed_at_any_step_of_its_commit_then_run_once_holds_what_an_uninterrupted_one_does(
    sequence, tmp_path
):
    web, urls, base, reference = sequence
    expected, expected_evidence = as_archived(reference), evidence(reference)

    def killed_then_complete(step: str):
        archive = tmp_path / step.replace(":", "-")
        shutil.copytree(base, archive)
        killed = crawl(archive, urls, tmp_path, step)
        assert killed.returncode == -signal.SIGKILL, f"{step}: {killed.returncode}\n{killed.stderr}"
        complete = crawl(archive, urls, tmp_path)
        assert complete.returncode == exitcodes.OK, f"after {step}: {complete.stderr[-3000:]}"
        return step, archive

    with ThreadPoolExecutor(max_workers=2) as pool:  # each case: two crawls of its own archive
        for step, archive in pool.map(killed_then_complete, COMMIT_STEPS):
            assert as_archived(archive) == expected, f"killed at {step}: documents differ"
            assert evidence(archive) == expected_evidence, f"killed at {step}: evidence differs"
            verify(archive)


def test_reprocess_killed_in_its_commit_leaves_the_archive_as_it_was(sequence, tmp_path):
    _, _, _, reference = sequence
    expected, expected_evidence = as_archived(reference), evidence(reference)
    for step in COMMIT_STEPS:
        archive = tmp_path / step.replace(":", "-")
        shutil.copytree(reference, archive)
        killed = speech_archive("reprocess", "--archive", str(archive), env={"SPEECH_ARCHIVE_KILL_AT": step})
        assert killed.returncode == -signal.SIGKILL, f"{step}: {killed.returncode}\n{killed.stderr}"
        verify(archive)
        assert as_archived(archive) == expected, f"reprocess killed at {step}"
        assert evidence(archive)["pages"] == expected_evidence["pages"], step
        again = speech_archive("reprocess", "--archive", str(archive))
        assert again.returncode == exitcodes.OK, f"after {step}: {again.stderr}"
        latest = Archive(archive).latest()
        assert set(manifest_states(archive, latest).values()) == {"unchanged"}, step
        assert as_archived(archive) == expected and evidence(archive) == expected_evidence, step


def test_repair_sets_the_evidence_aside_with_the_damaged_version_and_the_next_run_rebuilds_it(
    sequence, tmp_path
):
    _, urls, _, reference = sequence
    archive = tmp_path / "archive"
    shutil.copytree(reference, archive)
    held = hashlib.sha256((archive / "site_evidence.sqlite").read_bytes()).hexdigest()
    changes = next((archive / "versions" / "000002").glob("*.jsonl"))
    changes.write_bytes(changes.read_bytes().replace(b'"', b"'", 1))  # version 2 damaged

    result = speech_archive("repair", "--archive", str(archive))
    assert result.returncode == exitcodes.OK, result.stderr
    (folder,) = (archive / "quarantine").iterdir()
    assert hashlib.sha256((folder / "site_evidence.sqlite").read_bytes()).hexdigest() == held
    assert not (archive / "site_evidence.sqlite").exists()
    assert Archive(archive).versions() == [1]

    # The next run builds on version 1 with no evidence and no history: it reads every page anew.
    assert crawl(archive, urls, tmp_path).returncode == exitcodes.OK
    assert as_archived(archive) == as_archived(reference)
    assert evidence(archive) == evidence(reference)
    verify(archive)


def test_when_the_evidence_cannot_be_applied_the_fetch_history_waits_so_the_next_run_reads_the_page(
    tmp_path, monkeypatch
):
    """A full disk after the version is published: were the page known to the fetch history but not
    in the evidence, the next run would carry it over (304) and the evidence would miss it for good."""
    from test_archive_store import PAYWALLED, gold_doc, seen_at

    from archive.history import FetchHistory
    from archive.site_evidence import SiteEvidence
    from pipelines.document import Document

    doc = gold_doc(PAYWALLED)
    url = seen_at(doc)["url"]

    def add_the_page(run):
        run.add_documents([Document.from_dict(doc)], seen_at(doc))
        run.history.stage(url, {"etag": '"v1"', "status": 200, "site": "gold"}, article=url)
        run.settle(url)

    def disk_full(self, *args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    archive = Archive(tmp_path / "archive")
    run = archive.begin_run({})
    add_the_page(run)
    with monkeypatch.context() as patched:
        patched.setattr(SiteEvidence, "apply", disk_full)
        assert run.commit({}) == 1
    assert [str(e) for e in run.after_commit_errors] == ["database or disk is full"]
    with FetchHistory(archive.history_path) as history:
        assert history.get(url) is None  # not known: the next run fetches it whole

    run = archive.begin_run({})  # ... and stages its blocks again
    add_the_page(run)
    assert run.commit({}) == 2 and not run.after_commit_errors
    with FetchHistory(archive.history_path) as history:
        assert history.get(url)["etag"] == '"v1"'
    assert [url for _, url in evidence(archive.root)["pages"]] == [url.split("#", 1)[0]]
    assert evidence(archive.root)["staged"] == 0


def test_reprocess_restores_a_damaged_object_whose_site_furniture_was_taken_out(sequence, tmp_path):
    """The captures give the text as extracted; the furniture the commit took out (and the revision
    saying so) is put on it as the damaged file names it, and the address vouches for the result."""
    _, _, _, reference = sequence
    archive = tmp_path / "archive"
    shutil.copytree(reference, archive)
    expected = as_archived(archive)
    revised = [doc_id for doc_id, (*_, revisions) in expected.items() if revisions]
    made_once = [doc_id for doc_id, (*_, revisions) in expected.items() if not revisions]
    store = Archive(archive)
    for doc_id in (revised[0], made_once[0]):
        path = store.object_path(store.manifest()[doc_id]["hash"])
        data = path.read_bytes()
        assert "谢谢大家".encode() in data
        path.write_bytes(data.replace("谢谢大家".encode(), "多谢大家".encode(), 1))  # its text altered
    result = speech_archive("reprocess", "--archive", str(archive))
    assert result.returncode == exitcodes.OK, result.stderr
    assert result.stderr.count("restored") == 2
    verify(archive)
    assert as_archived(archive) == expected
