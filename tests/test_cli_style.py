"""One style across the command line: the same metavar for the same kind of value, defaults shown
in help, counts that agree with their nouns, an export whose format cannot be told refused before
anything is written, errors that name the user's path, "no version N" worded alike, a mirror for a
site not in this run ignored with a warning, data on stdout and messages on stderr, README
examples on ports that clash with nothing, and `archive-data/` ignored by git."""

from __future__ import annotations

import argparse
import json
import re
import shutil

import pytest
from crawlhelp import FAST, REPO_ROOT, SITE_SPIDERS, speech_archive

from crawler import exitcodes
from crawler.cli import build_parser, main
from crawler.commands import default_archive
from crawler.wording import counted

FIXTURE = REPO_ROOT / "tests" / "fixtures" / "archive-2026-11"
# The one metavar for each kind of value.
METAVARS = {
    "DIR", "FILE", "N", "SECONDS", "MINUTES", "VERSION", "DATE", "URL", "SITE", "SITE=URL", "FLAG",
    "HOST", "REGEX", "NAME=VALUE", "RUN_ID", "TYPE", "QUERY", "DOC_ID", "A", "B",
}  # fmt: skip


def subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(sub.choices)


def options() -> list[tuple[str, argparse.Action]]:
    return [
        (name, action)
        for name, parser in subcommands().items()
        for action in parser._actions
        if not isinstance(action, argparse._HelpAction)
    ]


@pytest.fixture
def archive(tmp_path):
    root = tmp_path / "archive"
    shutil.copytree(FIXTURE, root)
    return root


def run(capsys, *args) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_same_kind_of_value_has_the_same_metavar_everywhere():
    seen: dict[str, set] = {}
    for command, action in options():
        if action.nargs == 0 or action.choices:  # a flag takes no value; choices show themselves
            continue
        metavar = action.metavar or action.dest.upper()  # argparse's own when none is given
        assert metavar in METAVARS, f"{command} {action.option_strings or action.dest}: {metavar}"
        for option in action.option_strings:
            seen.setdefault(option, set()).add(metavar)
    assert {option: m for option, m in seen.items() if len(m) > 1} == {}
    assert seen["--archive"] == {"DIR"} and seen["-o"] == {"FILE"} and seen["--max-pages"] == {"N"}


def test_every_default_is_shown_in_help_and_every_positional_explained():
    for command, action in options():
        if action.default not in (None, False, [], argparse.SUPPRESS) and action.nargs != 0:
            assert "default" in (action.help or ""), f"{command} {action.option_strings}"
        assert action.help, f"{command} {action.dest} has no help"
    parsers = subcommands()
    for command in ("crawl", "reprocess"):
        assert f"(default: {default_archive()};" in parsers[command].format_help().replace("\n", " ")
    assert "DOC_ID" in parsers["show"].format_help() and "the document's id" in parsers["show"].format_help()


def test_verify_is_described_as_what_it_does_by_default():
    assert "since the last verify" in build_parser().format_help()


def test_counts_agree_with_their_nouns(archive, capsys):
    assert [
        counted(1, "version"),
        counted(2, "version"),
        counted(1, "copy", "copies"),
        counted(0, "page"),
    ] == [
        "1 version",
        "2 versions",
        "1 copy",
        "0 pages",
    ]
    code, out, _ = run(capsys, "audit", "--archive", str(archive))
    assert code == exitcodes.OK and out.splitlines()[0].endswith(": 1 version, latest 1")
    code, out, _ = run(capsys, "verify", "--full", "--archive", str(archive))
    assert out.startswith("ok: 1 version, 24 objects, 4 WARC files checked")

    damaged = next((archive / "objects").glob("*/*.json"))
    damaged.write_bytes(damaged.read_bytes().replace(b"{", b"[", 1))
    code, _, err = run(capsys, "verify", "--full", "--archive", str(archive))
    assert code == exitcodes.FAILURE and err.startswith("FAILED: 1 problem; 1 version,")


def test_an_export_whose_format_cannot_be_told_is_refused_before_writing(archive, tmp_path, capsys):
    out = tmp_path / "docs.xlsx"

    code, stdout, err = run(capsys, "export", "--archive", str(archive), "-o", str(out))

    assert code == exitcodes.USAGE and stdout == ""
    assert err.count("\n") == 1 and str(out) in err and "--format" in err
    assert not out.exists() and not list(tmp_path.glob(".docs.xlsx*"))
    assert run(capsys, "export", "--archive", str(archive), "-o", str(out), "--format", "csv")[0] == 0
    assert out.read_text(encoding="utf-8").startswith("doc_id,title,")


def test_a_failed_export_names_the_users_path_not_its_temporary_file(archive, tmp_path, capsys):
    out = tmp_path / "no-such-folder" / "docs.jsonl"

    code, _, err = run(capsys, "export", "--archive", str(archive), "-o", str(out))

    assert code == exitcodes.FAILURE
    assert err == f"speech-archive export: cannot write {out}: No such file or directory\n"


def test_a_missing_version_is_worded_alike_everywhere(archive, capsys):
    said = {
        run(capsys, *args, "--archive", str(archive))[2].split(": ", 1)[1]
        for args in (["export", "--changed-since", "0"], ["export", "--changed-since", "99"], ["export", "--version", "99"],
                     ["show", "d069a9f1fee9d2ecd", "--version", "99"], ["diff", "1", "99"])
    }  # fmt: skip
    assert said == {f"archive {archive} has no version 0\n", f"archive {archive} has no version 99\n"}


def test_data_on_stdout_messages_on_stderr(archive, tmp_path, capsys):
    code, out, err = run(capsys, "export", "--archive", str(archive))
    assert code == 0 and err == "" and all(json.loads(line) for line in out.splitlines())
    code, out, err = run(capsys, "export", "--archive", str(archive), "-o", str(tmp_path / "d.jsonl"))
    assert code == 0 and out == "" and err == f"24 documents written to {tmp_path / 'd.jsonl'} (jsonl)\n"
    code, out, err = run(capsys, "search", "量子引力弦论", "--json", "--archive", str(archive))
    assert code == 0 and out == "" and err == "speech-archive search: no match\n"


def test_a_mirror_for_a_site_not_in_this_run_is_ignored_with_a_warning(tmp_path, replica_web):
    site = "jianghua_ai"
    mirrors = [f"--base-url={name}={replica_web.urls[host]}" for name, host in SITE_SPIDERS.items()]

    result = speech_archive("crawl", site, "--archive", str(tmp_path / "a"), *FAST, *mirrors, "--no-report")

    assert result.returncode == exitcodes.OK, result.stderr[-2000:]
    warnings = [line for line in result.stderr.splitlines() if "warning: --base-url" in line]
    assert len(warnings) == len(SITE_SPIDERS) - 1 and all("is not in this run" in w for w in warnings)
    by_site = json.loads(speech_archive("audit", "--json", "--archive", str(tmp_path / "a")).stdout)[
        "by_site"
    ]
    assert by_site == {site: by_site[site]} and by_site[site] > 0  # the site in the run, from its mirror
    unknown = speech_archive(
        "crawl", site, "--archive", str(tmp_path / "b"), "--base-url", "nosuch=http://127.0.0.1:9"
    )
    assert unknown.returncode == exitcodes.USAGE
    assert unknown.stderr.count("\n") == 1 and "no known site: nosuch" in unknown.stderr
    assert not (tmp_path / "b").exists()


def test_the_readmes_example_ports_clash_with_nothing():
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    mirrors = {int(p) for p in re.findall(r"base_url=http://127\.0\.0\.1:(\d+)", readme)}
    browse_default = subcommands()["browse"].get_default("port")
    others = {browse_default, 8000, 8080, 6379}  # browse/Datasette, python -m http.server, pywb, Redis
    assert mirrors and not mirrors & others
    assert {int(p) for p in re.findall(r"wayback -b 127\.0\.0\.1 -p (\d+)", readme)} == {8080}


def test_the_default_archive_folder_is_ignored_by_git():
    assert "archive-data/" in (REPO_ROOT / ".gitignore").read_text().splitlines()
