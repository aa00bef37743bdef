"""`speech-archive crawl` checks its input before anything is written: one line, exit 2, no archive."""

from __future__ import annotations

import pytest

from crawler import exitcodes
from crawler.cli import build_parser, main
from crawler.plan import CrawlPlan


@pytest.mark.parametrize(
    "argv",
    [
        ["crawl", "wm114", "--base-url", "wm114=not a url"],
        ["crawl", "wm114", "--base-url", "wm114=ftp://127.0.0.1/"],
        ["crawl", "wm114", "--base-url", "wm114=http://"],
        ["crawl", "--start-url", "www.example.cn/news/"],
        ["crawl", "--start-url", "http://127.0.0.1:99999/"],
        ["crawl", "generic"],
    ],
)
def test_bad_urls_are_one_line_exit_2_and_no_archive(argv, tmp_path, capsys):
    archive = tmp_path / "archive"
    assert main([*argv, "--archive", str(archive)]) == exitcodes.USAGE
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("speech-archive crawl: ")
    assert "Traceback" not in err
    assert not archive.exists()


def test_crawl_generic_with_a_start_url_is_the_generic_crawl(tmp_path):
    args = build_parser().parse_args(
        ["crawl", "generic", "--start-url", "http://127.0.0.1:8001/news/", "--archive", str(tmp_path)]
    )
    plan = CrawlPlan.from_args(args)
    assert [(s.name, s.kwargs["start_url"]) for s in plan.spiders] == [
        ("generic", "http://127.0.0.1:8001/news/")
    ]
