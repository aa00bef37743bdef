"""The revisit policy (archive/revisit_policy.py) on the fetch history, without Scrapy: intervals, order,
the stated bound, and fewer checks each run on a site that stopped changing."""

from __future__ import annotations

import pytest

from archive.history import FetchHistory
from archive.revisit_policy import (
    after_check,
    checks_wanted,
    hinted_by_lastmod,
    is_due,
    recheck_priority,
    revisit_bound,
)
from pipelines.profile import ProfileError, parse_profile

NOW = "2025-11-10T00:00:00Z"


def check(previous, run, changed, max_interval=16):
    return after_check(
        previous, site="s", kind="article", run=run, now=NOW, changed=changed, max_interval=max_interval
    )


def test_a_page_that_never_changes_is_checked_less_and_less_often_up_to_the_ceiling():
    record = check(None, 1, changed=True)
    intervals = []
    for run in range(2, 200):
        if is_due(record, run):
            record = check(record, run, changed=False, max_interval=16)
            intervals.append(record["interval"])
    assert intervals[:5] == [2, 4, 8, 16, 16]
    assert record["checks"] == len(intervals) + 1 and record["changes"] == 0


def test_a_page_that_changed_is_checked_again_next_run():
    record = check(check(None, 1, changed=True), 5, changed=False)  # unchanged for 4 runs: 4
    assert record["interval"] == 4
    changed = check(record, 9, changed=True)
    assert (changed["interval"], changed["changes"], is_due(changed, 10)) == (1, 1, True)


def test_a_page_seen_unchanged_over_a_long_wait_waits_as_long_again():
    record = check(check(None, 1, changed=True), 12, changed=False)
    assert record["interval"] == 11


def test_a_sitemap_lastmod_after_the_last_check_is_a_hint_and_nonsense_is_not():
    record = check(None, 1, changed=True)
    assert hinted_by_lastmod(record, "2025-11-11")
    assert hinted_by_lastmod(record, "2025-11-10T08:00:00+08:00") is False  # the same moment
    assert not hinted_by_lastmod(record, "yesterday")
    assert not hinted_by_lastmod(None, "2025-11-11")


def test_priorities_of_known_pages_stay_under_new_pages_and_rise_with_lateness():
    from spiders.base import PRIORITY_NEW_ARTICLE

    early = recheck_priority({"checked_run": 9, "interval": 4}, 10)
    due = recheck_priority({"checked_run": 6, "interval": 4}, 10)
    late = recheck_priority({"checked_run": 1, "interval": 4}, 10)
    assert early < due < late < 0 < PRIORITY_NEW_ARTICLE


def test_the_bound_grows_with_the_site_over_the_budget_and_needs_a_budget():
    assert revisit_bound(1000, 500, 16) == 32
    assert revisit_bound(22_000, 1_000, 16) == 16 + 22  # the budget, not the ceiling, binds
    with pytest.raises(ValueError):
        revisit_bound(10, 0)


def test_recrawl_interval_in_a_profile_says_what_replaced_it():
    data = {
        "name": "x",
        "version": "1",
        "hosts": ["x.test"],
        "crawl": {
            "origin": "http://x.test",
            "listing_pattern": "^/$",
            "article_pattern": "^/a/",
            "recrawl_interval": 0,
        },
    }
    with pytest.raises(ProfileError, match="recrawl_interval' is retired: .*MAX_REQUESTS"):
        parse_profile(data, "x.toml", "x")


# --- many runs of a site through the fetch history --------------------------------------------
def simulate(tmp_path, *, articles, budget, new_per_run, growth_runs, stable_runs, max_interval):
    """Runs of a site as the crawl makes them: new pages first, then pages left pending, then
    known pages by deadline at their demand, all within `budget` checks. Returns, per run, the
    checks of known pages, and every page's list of runs it was checked in."""
    history = FetchHistory(tmp_path / "history.sqlite")
    site = "s"
    next_page = 1
    waiting = []  # pages found this run and not yet known to the history
    checked_in: dict[str, list[int]] = {}
    known_checks_per_run = []
    drained = None

    def note(url, run):
        checked_in.setdefault(url, []).append(run)

    waiting += [f"/a/{n}" for n in range(next_page, next_page + articles)]
    next_page += articles
    for index in range(growth_runs + stable_runs):
        run = history.site_runs(site) + 1
        run_id = f"run{run}"
        history.stage_site_run(run_id, site)
        left = budget
        if index and index <= growth_runs:
            waiting = [f"/a/{n}" for n in range(next_page, next_page + new_per_run)] + waiting
            next_page += new_per_run
        for url in waiting:  # discovery: new pages first, the rest pending
            if left:
                history.stage_revisit(run_id, url, check(None, run, changed=True, max_interval=max_interval))
                note(url, run)
                left -= 1
            else:
                history.stage_pending(run_id, url, site, "article")
        waiting = []
        for url, _kind in history.pending_pages(site):
            if not left:
                break
            history.stage_revisit(run_id, url, check(None, run, changed=True, max_interval=max_interval))
            note(url, run)
            left -= 1
        quota = min(left, checks_wanted(history.revisit_counts(site, run)["demand"]))
        known_checks = 0
        for record in history.recheck_pages(site, limit=quota):
            history.stage_revisit(run_id, record["url"], check(record, run, False, max_interval))
            note(record["url"], run)
            known_checks += 1
        known_checks_per_run.append(known_checks)
        history.apply(run_id)
        if drained is None and not history.pending_pages(site):
            drained = run
    history.close()
    return known_checks_per_run, checked_in, drained


def test_every_known_page_is_checked_within_the_bound_and_a_still_site_asks_less_each_run(tmp_path):
    budget, new_per_run, max_interval = 120, 10, 8
    known_checks, checked_in, drained = simulate(
        tmp_path,
        articles=600,
        budget=budget,
        new_per_run=new_per_run,
        growth_runs=20,
        stable_runs=20,
        max_interval=max_interval,
    )
    known = len(checked_in)
    bound = revisit_bound(known, budget - new_per_run, max_interval)
    assert (known, bound) == (800, 8 + 8)  # 110 checks a run for known pages: the ceiling binds
    last_run = len(known_checks)
    # Once the first pages of the site were all fetched (the budget had room for known pages):
    for url, runs in checked_in.items():
        gaps = [b - a for a, b in zip(runs, runs[1:], strict=False) if a >= drained]
        assert all(gap <= bound for gap in gaps), (url, runs)
        assert runs[-1] > last_run - bound, (url, runs)  # and not left waiting at the end
    # The site stopped changing after run 21 (known pages / ceiling = 100 < 110 a run): every run after asks no more than the one before,
    # and in the end about one check per page per ceiling.
    still = known_checks[21:]
    assert all(b <= a for a, b in zip(still, still[1:], strict=False)), still
    assert still[-1] < still[0] and still[-1] <= -(-known // max_interval) + 1
