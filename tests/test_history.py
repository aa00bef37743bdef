"""FetchHistory: staged entries count only once applied; committed ones survive reopening."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

from archive.history import FetchHistory

URL = "https://www.huigou6.com/a/3400.html"
ENTRY = {
    "etag": '"abc"',
    "last_modified": "Wed, 01 May 2024 12:00:00 GMT",
    "payload_digest": "sha1:AAAA",
    "status": 200,
    "fetched_at": "2024-05-01T12:00:00Z",
    "warc": {"file": "run1-00000.warc.gz", "offset": 337, "record_id": "<urn:uuid:1>"},
    "site": "www.huigou6.com",
}


def test_staged_entries_are_invisible_until_applied(tmp_path):
    with FetchHistory(tmp_path / "history.sqlite") as history:
        history.stage("run1", URL, ENTRY)
        assert history.get(URL) is None
        assert history.staged("run1") == {URL: ENTRY}
        assert history.apply("run1") == 1
        assert history.get(URL) == ENTRY
        assert history.staged("run1") == {}


def test_committed_entries_survive_reopening_and_staged_ones_of_a_crashed_run_stay_out(tmp_path):
    path = tmp_path / "history.sqlite"
    history = FetchHistory(path)
    history.stage("run1", URL, ENTRY)
    history.apply("run1")
    history.stage("run2", URL, {**ENTRY, "etag": '"new"'})  # run2 "crashes" before commit
    history.close()

    with FetchHistory(path) as reopened:
        assert reopened.get(URL) == ENTRY
        assert len(reopened) == 1


def test_discard_forgets_a_runs_staged_entries(tmp_path):
    with FetchHistory(tmp_path / "history.sqlite") as history:
        history.stage("run1", URL, ENTRY)
        assert history.discard("run1") == 1
        assert history.apply("run1") == 0
        assert history.get(URL) is None


def test_a_later_run_replaces_the_entry(tmp_path):
    with FetchHistory(tmp_path / "history.sqlite") as history:
        history.stage("run1", URL, ENTRY)
        history.apply("run1")
        history.stage("run2", URL, {**ENTRY, "etag": '"v2"', "warc": None})
        history.apply("run2")
        assert history.get(URL)["etag"] == '"v2"'
        assert history.get(URL)["warc"] is None


def checked(run: int, interval: int = 1, changes: int = 0) -> dict:
    return {
        "site": "huigou6",
        "kind": "article",
        "pending": 0,
        "checked_run": run,
        "checked_at": "2024-05-01T12:00:00Z",
        "interval": interval,
        "checks": 1,
        "changes": changes,
        "last_changed": "2024-05-01T12:00:00Z",
    }


def test_revisit_records_and_the_site_run_count_arrive_with_the_runs_history(tmp_path):
    with FetchHistory(tmp_path / "history.sqlite") as history:
        history.stage_site_run("run1", "huigou6")
        history.stage_revisit("run1", URL, checked(1))
        history.stage_pending("run1", URL + "?found", "huigou6", "article")
        assert history.revisit_record(URL) is None and history.site_runs("huigou6") == 0
        history.apply("run1")
        assert history.revisit_record(URL) == checked(1)
        assert history.revisit_record(URL + "?found")["pending"] == 1
        assert history.site_runs("huigou6") == 1
        history.stage_site_run("run2", "huigou6")
        history.apply("run2")
        assert history.site_runs("huigou6") == 2


def test_a_page_found_again_unfetched_keeps_what_its_checks_taught(tmp_path):
    with FetchHistory(tmp_path / "history.sqlite") as history:
        history.stage_revisit("run1", URL, checked(1, interval=4, changes=2))
        history.apply("run1")
        history.stage_pending("run2", URL, "huigou6", "article")
        history.apply("run2")
        assert history.revisit_record(URL) == checked(1, interval=4, changes=2)


def test_a_discarded_run_teaches_nothing(tmp_path):
    with FetchHistory(tmp_path / "history.sqlite") as history:
        history.stage_site_run("run1", "huigou6")
        history.stage_revisit("run1", URL, checked(1))
        history.discard("run1")
        history.apply("run1")
        assert history.revisit_record(URL) is None and history.site_runs("huigou6") == 0


def test_known_pages_come_in_deadline_order_then_stalest_then_most_changed(tmp_path):
    with FetchHistory(tmp_path / "history.sqlite") as history:
        pages = {
            "late": checked(5, interval=8),  # deadline 13
            "stale": checked(1, interval=4),  # deadline 5, checked longest ago
            "changing": checked(4, interval=1, changes=3),  # deadline 5
            "steady": checked(4, interval=1),  # deadline 5, never changed
        }
        for name, record in pages.items():
            history.stage_revisit("run1", f"http://a.test/{name}", record)
        history.stage_pending("run1", "http://a.test/found", "huigou6", "article")
        history.apply("run1")
        order = [r["url"].rsplit("/", 1)[1] for r in history.recheck_pages("huigou6")]
        assert order == ["stale", "changing", "steady", "late"]
        assert history.pending_pages("huigou6") == [("http://a.test/found", "article")]
        counts = history.revisit_counts("huigou6", 6)
        assert counts == {"known": 5, "pending": 1, "due": 3, "demand": 1 / 8 + 1 / 4 + 1 + 1}


def test_apply_after_close_reopens(tmp_path):
    # The archive's commit hook may run after the crawl closed its handles.
    history = FetchHistory(tmp_path / "history.sqlite")
    history.stage("run1", URL, ENTRY)
    history.close()
    assert history.apply("run1") == 1
    assert history.get(URL) == ENTRY
    history.close()


def test_another_process_reads_committed_entries_while_the_crawl_holds_it_open(tmp_path):
    path = tmp_path / "history.sqlite"
    with FetchHistory(path) as history:
        history.stage("run1", URL, ENTRY)
        history.apply("run1")
        history.stage("run2", "https://www.huigou6.com/a/3401.html", ENTRY)
        reader = (
            "import sys; from archive.history import FetchHistory;"
            "h = FetchHistory(sys.argv[1]); print(h.get(sys.argv[2])['etag'], len(h))"
        )
        result = subprocess.run(
            [sys.executable, "-c", reader, str(path), URL], capture_output=True, text=True, timeout=60
        )
        assert result.stdout.split() == ['"abc"', "1"]
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_an_articles_later_pages_ride_on_its_first_pages_entry(tmp_path):
    with FetchHistory(tmp_path / "history.sqlite") as history:
        history.stage("run1", URL, ENTRY)
        history.add_continuation("run1", URL, URL.replace("3400", "3400_2"))
        history.add_continuation("run1", URL, URL.replace("3400", "3400_2"))  # asked twice: listed once
        history.add_continuation("run1", "https://www.huigou6.com/never-staged.html", URL)
        history.apply("run1")
        assert history.get(URL)["continuations"] == [URL.replace("3400", "3400_2")]
        assert history.get("https://www.huigou6.com/never-staged.html") is None


def test_a_history_written_before_continuations_were_recorded_opens_and_reads(tmp_path):

    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path)
    db.executescript(
        "CREATE TABLE history (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, payload_digest TEXT,"
        " status INTEGER, fetched_at TEXT, warc TEXT, site TEXT);"
        "INSERT INTO history (url, etag, status) VALUES ('http://a.cn/1.html', '\"e\"', 200);"
    )
    db.commit()
    db.close()
    with FetchHistory(path) as history:
        assert history.get("http://a.cn/1.html")["etag"] == '"e"'
