"""The `speech-archive` command in-process: `main(argv) -> int`, one clear line on bad input."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from crawler import exitcodes
from crawler.cli import SUBCOMMANDS, main

ROOT = Path(__file__).resolve().parents[1]


def test_every_subcommand_is_built_and_has_help(capsys):
    for name in SUBCOMMANDS:
        with pytest.raises(SystemExit) as done:
            main([name, "--help"])
        assert done.value.code == 0
        assert "usage: speech-archive " + name in capsys.readouterr().out


def test_the_top_level_help_lists_every_subcommand_with_its_help(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = " ".join(capsys.readouterr().out.split())  # argparse wraps the help lines
    for name, (_, help_text) in SUBCOMMANDS.items():
        assert f"{name} {help_text}" in out, name


def commands_imported_by(*argv: str) -> set[str]:
    """The subcommand modules a fresh `speech-archive ARGV` process imports before it exits."""
    probe = (
        "import sys\n"
        "from crawler.cli import main\n"
        "try:\n"
        f"    main({list(argv)!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('imported:', *(m for m in sys.modules if m.startswith('crawler.commands.')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    (line,) = [line for line in result.stdout.splitlines() if line.startswith("imported:")]
    return set(line.split()[1:])


def test_subcommand_modules_load_only_when_their_subcommand_is_chosen():
    assert commands_imported_by("--version") == set()
    assert commands_imported_by("--help") == set()
    assert commands_imported_by("extract", "--help") == {"crawler.commands.extract"}
    assert commands_imported_by("report", "--version-of-nothing") == {"crawler.commands.report"}


def test_the_settings_module_sets_each_setting_once():
    tree = ast.parse((ROOT / "crawler" / "settings.py").read_text(encoding="utf-8"))
    names = [
        t.id
        for node in tree.body
        if isinstance(node, ast.Assign)
        for t in node.targets
        if isinstance(t, ast.Name)
    ]
    assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})


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
