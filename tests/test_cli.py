"""The `speech-archive` command in-process: `main(argv) -> int`, one clear line on bad input."""

from __future__ import annotations

import pytest

from crawler import exitcodes
from crawler.cli import SUBCOMMANDS, main


def test_every_subcommand_is_built_and_has_help(capsys):
    for name in SUBCOMMANDS:
        with pytest.raises(SystemExit) as done:
            main([name, "--help"])
        assert done.value.code == 0
        assert "usage: speech-archive " + name in capsys.readouterr().out


def test_exit_codes_are_distinct():
    codes = {k: v for k, v in vars(exitcodes).items() if k.isupper()}
    assert len(set(codes.values())) == len(codes)


def test_an_unknown_command_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as done:
        main(["frobnicate"])
    assert done.value.code == exitcodes.USAGE


def test_extract_of_a_missing_file_is_one_line_and_exit_1(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "missing.html")]) == exitcodes.FAILURE
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "missing.html" in err


def test_extract_prints_json_lines_for_a_gold_page(capsys, samples_dir):
    page = samples_dir / "gold" / "ai-1080.html"
    assert main(["extract", str(page), "--url", "http://jianghua-ai.test/jianghua/1080.html"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 and lines[0].startswith("{")


def test_audit_of_a_directory_that_is_no_archive_is_one_line(tmp_path, capsys):
    code = main(["audit", "--archive", str(tmp_path / "nothing-here")])
    assert code == exitcodes.FAILURE
    assert capsys.readouterr().err.count("\n") == 1
