"""The crawl budget and the revisit policy in real crawls of a growing replica site.

A scaled-down version of the `python -m bench --only scale` crawl: a 200-article site (newest
first, as real sites list), 80 requests a run, five new articles before each run for a while,
then a site that stops changing. Real `speech-archive crawl` runs over real HTTP, checked on the
replica server's request log and on the archive.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from archive.revisit_policy import revisit_bound
from crawler.cli import main
from replica.generate import BenchSite, write_bench_site
from replica.server import ReplicaWeb
from tests.crawlhelp import FAST, REPO_ROOT, export, speech_archive

BENCH_PROFILES = REPO_ROOT / "bench" / "profiles"
HOST = "bench.test"
BUDGET = 80
CEILING = 4
NEW_PER_RUN = 5


def crawl(web, archive: Path, *extra: str):
    """One budgeted run; (its result, {path: status} of what the site answered, meta of the version)."""
    web.clear_requests()
    result = speech_archive(
        "crawl",
        "bench",
        "--profiles",
        str(BENCH_PROFILES),
        "--base-url",
        f"bench={web.urls[HOST]}",
        "--archive",
        str(archive),
        "--max-requests",
        str(BUDGET),
        *FAST,
        "-s",
        f"REVISIT_MAX_INTERVAL={CEILING}",
        *extra,
    )
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    answered = {r["path"]: r["status"] for r in web.requests() if r["path"] != "/robots.txt"}
    latest = max(int(p.name) for p in (archive / "versions").iterdir())
    meta = json.loads((archive / "versions" / f"{latest:06d}" / "meta.json").read_text(encoding="utf-8"))
    return result, answered, meta


def publish(web, bench: BenchSite, pages: dict[str, bytes]) -> None:
    for path, data in {**pages, **bench.index_pages()}.items():
        web.put(HOST, path, data)


def test_a_growing_site_within_a_budget_new_articles_same_run_old_ones_within_the_bound(tmp_path):
    bench = BenchSite(seed=5)
    write_bench_site(tmp_path / "sites", bench, 200)
    archive = tmp_path / "archive"
    checked_in: dict[str, list[int]] = {}
    per_run: list[int] = []
    with ReplicaWeb(tmp_path / "sites") as web:
        run = 0
        left_new = None
        # The first runs fetch the site as far as the budget goes; each leaves the rest for later.
        while left_new != 0:
            run += 1
            result, answered, meta = crawl(web, archive)
            assert len(answered) <= BUDGET  # robots.txt aside, never more than the budget
            assert "left for the next run" in result.stdout
            left_new = meta["stats"]["left_for_next_run"]["new"]
            assert meta["status"] == "complete"
            for path in answered:
                checked_in.setdefault(path, []).append(run)
            assert run <= 4, "the first 200 articles took more than four runs of 80 requests"
        drained = run
        assert all(f"/a/{n}.html" in checked_in for n in range(1, 201))

        # Five new articles before each of eight runs: each is archived in the run it appears in.
        for _ in range(8):
            run += 1
            new = bench.add_articles(NEW_PER_RUN)
            publish(web, bench, new)
            _, answered, meta = crawl(web, archive)
            assert {answered.get(path) for path in new} == {200}, answered
            assert len(answered) <= BUDGET
            assert meta["documents"]["new"] >= 1
            for path in answered:
                checked_in.setdefault(path, []).append(run)

        # Then the site stops changing: every run asks no more than the one before.
        for _ in range(6):
            run += 1
            _, answered, _meta = crawl(web, archive)
            per_run.append(len(answered))
            for path in answered:
                checked_in.setdefault(path, []).append(run)

    assert all(b <= a for a, b in zip(per_run, per_run[1:], strict=False)), per_run
    assert per_run[-1] < BUDGET

    # Every article was checked again within the stated bound, from the end of the first fetch on.
    articles = {path: runs for path, runs in checked_in.items() if path.startswith("/a/")}
    known = len(checked_in)
    listings_and_new = 5 + NEW_PER_RUN  # at most: home, three listings walked, one pager end; new ones
    bound = revisit_bound(known, BUDGET - listings_and_new, CEILING)
    assert bound == CEILING + max(CEILING, math.ceil(known / (BUDGET - listings_and_new)))
    for path, runs in articles.items():
        gaps = [b - a for a, b in zip(runs, runs[1:], strict=False) if a >= drained]
        assert all(gap <= bound for gap in gaps), (path, runs, bound)
        assert runs[-1] > run - bound, (path, runs, bound)

    # What the archive holds: every article, once.
    urls = {url for doc in export(archive) for url in doc["urls"]}
    assert {f"http://{HOST}/a/{n}.html" for n in range(1, 241)} <= {u.split("#", 1)[0] for u in urls}


def test_a_sitemap_lastmod_brings_an_edited_article_forward(tmp_path):
    bench = BenchSite(seed=6, sitemap=True)
    write_bench_site(tmp_path / "sites", bench, 40)
    archive = tmp_path / "archive"
    profiles = tmp_path / "profiles"  # the bench profile, with the sitemap this copy of the site has
    profiles.mkdir()
    profile = (BENCH_PROFILES / "bench.toml").read_text(encoding="utf-8")
    (profiles / "bench.toml").write_text(profile + 'sitemaps = ["/sitemap.xml"]\n', encoding="utf-8")
    with ReplicaWeb(tmp_path / "sites") as web:
        first = speech_archive(
            "crawl", "bench", "--profiles", str(profiles), "--archive", str(archive), *FAST,
            "--base-url", f"bench={web.urls[HOST]}", "-s", "REVISIT_MAX_INTERVAL=16",
        )  # fmt: skip
        assert first.returncode == 0, first.stderr[-2000:]
        bench.now = bench.now.replace(year=2030)  # the edit is later than any check
        edited = bench.edit_article(7)
        for path, data in {**edited, **bench.index_pages()}.items():
            web.put(HOST, path, data)
        web.clear_requests()
        # Room for the home page, the sitemap, the first listing and one more page.
        second = speech_archive(
            "crawl", "bench", "--profiles", str(profiles), "--archive", str(archive), *FAST,
            "--base-url", f"bench={web.urls[HOST]}", "--max-requests", "4",
        )  # fmt: skip
        assert second.returncode == 0, second.stderr[-2000:]
        answered = {r["path"]: r["status"] for r in web.requests() if r["path"] != "/robots.txt"}
    articles = {path: status for path, status in answered.items() if path.startswith("/a/")}
    assert articles == {"/a/7.html": 200}
    assert "budget: 4 of 4 requests (budget spent)" in second.stdout


def test_budget_input_is_checked_before_anything_is_written(tmp_path, capsys):
    archive = tmp_path / "archive"
    assert main(["crawl", "bench", "--archive", str(archive), "--max-requests", "-1"]) == 2
    assert "--max-requests must be 0 (no limit) or more" in capsys.readouterr().err
    config = tmp_path / "sites.toml"
    config.write_text('[sites.wm114]\nmax_requests = "many"\n', encoding="utf-8")
    assert main(["crawl", "--all", "--sites-config", str(config), "--archive", str(archive)]) == 2
    assert "sites.wm114.max_requests must be a whole number >= 0" in capsys.readouterr().err
    assert not archive.exists()


def test_a_sites_budget_comes_from_the_sites_config_and_the_command_line_wins(tmp_path):
    from crawler.cli import build_parser
    from crawler.plan import CrawlPlan

    config = tmp_path / "sites.toml"
    config.write_text("[sites.wm114]\nmax_requests = 300\nmax_minutes = 20\n", encoding="utf-8")
    args = build_parser().parse_args(["crawl", "--all", "--sites-config", str(config)])
    (spider,) = CrawlPlan.from_args(args).spiders
    assert spider.kwargs["max_requests"] == 300 and spider.settings["MAX_MINUTES"] == 20
    args = build_parser().parse_args(
        ["crawl", "--all", "--sites-config", str(config), "--max-requests", "50"]
    )
    assert CrawlPlan.from_args(args).spiders[0].kwargs["max_requests"] == 50
