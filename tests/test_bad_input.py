"""Bad input is one clear line and an exit code, never a traceback, and nothing is written.

Wherever nothing may be written, the archive's bytes are compared before and after (a hash of
every file under its folder), or the archive folder must not exist afterwards. Read-only cases
use a read-only mount (the tests run as root: file modes would not stop a write).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from crawlhelp import REPO_ROOT, speech_archive

from archive.store import Archive
from crawler import exitcodes
from crawler.cli import build_parser, main
from crawler.plan import CrawlPlan

FIXTURE_ARCHIVE = REPO_ROOT / "tests" / "fixtures" / "archive-2026-11"


def tree_digest(root: Path) -> dict[str, str] | None:
    """Relative path -> sha256 of every file under `root`; None when `root` does not exist."""
    if not root.exists():
        return None
    if root.is_file():
        return {".": hashlib.sha256(root.read_bytes()).hexdigest()}
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def one_line(err: str, prefix: str) -> str:
    assert "Traceback" not in err and "Unhandled error" not in err, err
    (line,) = err.strip().splitlines()
    assert line.startswith(prefix), line
    return line


@pytest.fixture()
def archive_copy(tmp_path) -> Path:
    """A copy of the archive an earlier release wrote (one version, its WARC files)."""
    archive = tmp_path / "archive"
    shutil.copytree(FIXTURE_ARCHIVE, archive)
    return archive


@pytest.fixture()
def read_only_archive(tmp_path) -> Path:
    """The fixture archive on a tmpfs of its own, remounted read-only."""
    mount = tmp_path / "ro"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mount)], check=True)
    try:
        shutil.copytree(FIXTURE_ARCHIVE, mount / "archive")
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        yield mount / "archive"
    finally:
        subprocess.run(["umount", str(mount)], check=True)


def damage_a_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


# --- sites.toml -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("config", "named"),
    [
        ("[sites.wm114]\nmax_request = 3\n", "unknown key 'sites.wm114.max_request'"),
        ("[sites.wm114]\nenabeld = false\n", "unknown key 'sites.wm114.enabeld'"),
        ('[sites.wm114]\nenabled = "no"\n', "sites.wm114.enabled must be true or false"),
        ('[sites.wm114]\nmax_minutes = "soon"\n', "sites.wm114.max_minutes must be"),
        ("[sites]\nwm114 = 1\n", "sites.wm114 must be a table"),
        ("[site.wm114]\nenabled = true\n", "unknown key 'site'"),
        (
            '[sites.wm114.settings]\nDOWNLOAD_DELAY = "fast"\n',
            "sites.wm114.settings.DOWNLOAD_DELAY = 'fast': DOWNLOAD_DELAY must be a number",
        ),
        (
            '[sites.wm114.settings]\nROBOTSTXT_OBEY = "perhaps"\n',
            "sites.wm114.settings.ROBOTSTXT_OBEY = 'perhaps': ROBOTSTXT_OBEY must be true or false",
        ),
    ],
)
def test_a_bad_sites_config_is_one_line_naming_file_and_key_and_nothing_is_written(
    config, named, tmp_path, archive_copy, capsys
):
    path = tmp_path / "my-sites.toml"
    path.write_text(config, encoding="utf-8")
    before = tree_digest(archive_copy)
    code = main(["crawl", "--all", "--sites-config", str(path), "--archive", str(archive_copy)])
    line = one_line(capsys.readouterr().err, f"speech-archive crawl: sites config {path}: ")
    assert code == exitcodes.USAGE
    assert named in line
    assert tree_digest(archive_copy) == before


def test_the_shipped_sites_config_is_valid(tmp_path):
    args = build_parser().parse_args(["crawl", "--all", "--archive", str(tmp_path / "a")])
    assert {s.name for s in CrawlPlan.from_args(args).spiders} >= {"wm114", "huigou6"}


# --- Scrapy settings --------------------------------------------------------------------------------
def test_a_bad_scrapy_setting_is_one_line_before_a_version_is_opened(archive_copy):
    before = tree_digest(archive_copy)
    result = speech_archive("crawl", "wm114", "--archive", str(archive_copy), "-s", "DOWNLOAD_DELAY=fast")
    assert result.returncode == exitcodes.USAGE
    assert one_line(result.stderr, "speech-archive crawl: ") == (
        "speech-archive crawl: -s DOWNLOAD_DELAY=fast: DOWNLOAD_DELAY must be a number"
    )
    assert tree_digest(archive_copy) == before
    assert Archive(archive_copy).versions() == [1]


@pytest.mark.parametrize(
    "setting",
    ["AUTOTHROTTLE_ENABLED=maybe", "CONCURRENT_REQUESTS=many", "EXTENSIONS={not json", "MAX_REQUESTS=lots"],
)
def test_each_known_setting_is_read_as_its_default_s_type(setting, tmp_path, capsys):
    archive = tmp_path / "archive"
    assert main(["crawl", "wm114", "--archive", str(archive), "-s", setting]) == exitcodes.USAGE
    name = setting.split("=")[0]
    assert f"{name} must be" in one_line(capsys.readouterr().err, f"speech-archive crawl: -s {name}=")
    assert tree_digest(archive) is None


def test_a_component_setting_naming_what_does_not_load_is_one_line_and_no_version(archive_copy):
    # Scrapy would fail to start after the run was opened ("Unhandled error in Deferred")
    before = tree_digest(archive_copy)
    result = speech_archive(
        "crawl", "--start-url", "http://127.0.0.1:9/", "--archive", str(archive_copy),
        "-s", 'EXTENSIONS={"no.such.Extension": 100}',
    )  # fmt: skip
    assert result.returncode == exitcodes.USAGE
    line = one_line(result.stderr, "speech-archive crawl: -s EXTENSIONS=")
    assert "EXTENSIONS names 'no.such.Extension', which does not load (No module named 'no')" in line
    assert tree_digest(archive_copy) == before


def test_good_values_and_unknown_settings_pass_as_scrapy_lets_them(tmp_path):
    args = build_parser().parse_args(
        ["crawl", "wm114", "--archive", str(tmp_path / "a"), "-s", "DOWNLOAD_DELAY=0.5", "-s",
         "ROBOTSTXT_OBEY=false", "-s", 'EXTENSIONS={"scrapy.extensions.telnet.TelnetConsole": null}', "-s",
         "MY_OWN_COMPONENT_SETTING=anything"]
    )  # fmt: skip
    assert CrawlPlan.from_args(args).settings["MY_OWN_COMPONENT_SETTING"] == "anything"


# --- start URLs under scrapy crawl ----------------------------------------------------------------
def scrapy_crawl(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", *args, "-s", "LOG_LEVEL=CRITICAL"],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("spider_args", "line"),
    [
        (
            ["generic", "-a", "start_url=ftp://x"],
            "scrapy crawl: -a start_url='ftp://x' is not an http(s) URL",
        ),
        (["wm114", "-a", "base_url=ftp://y"], "scrapy crawl: -a base_url='ftp://y' is not an http(s) URL"),
        (["wm114", "-a", "max_pages=lots"], "scrapy crawl: -a max_pages must be a whole number, not 'lots'"),
        (
            ["generic", "-a", "start_url=http://127.0.0.1:9/", "-s", "DOWNLOAD_DELAY=fast"],
            "scrapy crawl: -s DOWNLOAD_DELAY=fast: DOWNLOAD_DELAY must be a number",
        ),
    ],
)
def test_scrapy_crawl_checks_its_input_like_speech_archive_crawl(spider_args, line, tmp_path, archive_copy):
    fresh = tmp_path / "fresh"
    for archive in (fresh, archive_copy):
        before = tree_digest(archive)
        result = scrapy_crawl(*spider_args, "-s", f"ARCHIVE_DIR={archive}")
        assert result.returncode == exitcodes.USAGE, result.stderr[-2000:]
        assert one_line(result.stderr, "scrapy crawl: ") == line
        assert tree_digest(archive) == before
    # the same URL to `speech-archive crawl`: the same check, the same answer
    assert main(["crawl", "--start-url", "ftp://x", "--archive", str(fresh)]) == exitcodes.USAGE


# --- the archive folder ---------------------------------------------------------------------------
def test_crawl_into_a_file_or_a_folder_that_is_no_archive_is_one_line(tmp_path, capsys):
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not an archive\n", encoding="utf-8")
    a_folder = tmp_path / "photos"
    a_folder.mkdir()
    (a_folder / "cat.jpg").write_bytes(b"\xff\xd8")
    for target, why in ((a_file, "(it is a file)"), (a_folder, "(no versions/ directory)")):
        before = tree_digest(target)
        assert main(["crawl", "wm114", "--archive", str(target)]) == exitcodes.FAILURE
        assert why in one_line(capsys.readouterr().err, f"speech-archive crawl: {target} is not an archive")
        assert tree_digest(target) == before


def test_crawl_and_reprocess_on_a_read_only_archive_are_one_line(read_only_archive):
    before = tree_digest(read_only_archive)
    result = speech_archive("crawl", "wm114", "--archive", str(read_only_archive))
    assert result.returncode == exitcodes.FAILURE
    assert "read-only file system" in one_line(result.stderr, f"speech-archive crawl: {read_only_archive}")
    result = speech_archive("reprocess", "--archive", str(read_only_archive))
    assert result.returncode == exitcodes.FAILURE
    assert "read-only file system" in one_line(result.stderr, "speech-archive reprocess: ")
    result = scrapy_crawl("wm114", "-s", f"ARCHIVE_DIR={read_only_archive}")
    assert result.returncode == exitcodes.FAILURE
    assert "read-only file system" in one_line(result.stderr, f"scrapy crawl: {read_only_archive}")
    assert tree_digest(read_only_archive) == before


# --- a damaged WARC -------------------------------------------------------------------------------
def test_export_wacz_of_a_damaged_warc_is_one_line_and_writes_no_package(archive_copy, tmp_path):
    warc = sorted((archive_copy / "warc").iterdir())[0]
    damage_a_byte(warc)
    before = tree_digest(archive_copy)
    output = tmp_path / "out.wacz"
    result = speech_archive("export-wacz", "--archive", str(archive_copy), "-o", str(output))
    # Its run's meta records the file's sha256: the damage is named before warcio reads a byte.
    assert result.returncode == exitcodes.DAMAGED
    line = one_line(result.stderr, "speech-archive export-wacz: ")
    assert f"archive damaged: warc/{warc.name}" in line
    assert not output.exists() and list(tmp_path.glob("*.wacz")) == []
    assert tree_digest(archive_copy) == before


def test_reprocess_on_a_damaged_warc_is_one_line_and_commits_nothing(archive_copy):
    warc = sorted((archive_copy / "warc").iterdir())[0]
    damage_a_byte(warc)
    stored = ("versions", "objects", "warc")
    before = [tree_digest(archive_copy / part) for part in stored]
    result = speech_archive("reprocess", "--archive", str(archive_copy))
    assert result.returncode == exitcodes.DAMAGED, result.stderr
    assert "Traceback" not in result.stderr
    (line,) = [x for x in result.stderr.splitlines() if x.startswith("speech-archive reprocess: ")]
    assert f"archive damaged: warc/{warc.name}" in line
    assert Archive(archive_copy).versions() == [1]
    assert [tree_digest(archive_copy / part) for part in stored] == before  # nothing committed


# --- created files and temporary folders ----------------------------------------------------------
@pytest.fixture()
def umask():
    """Set the process's umask for one test (restored after)."""
    saved = os.umask(0o022)
    yield os.umask
    os.umask(saved)


@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
def test_export_files_and_the_cdxj_index_honour_the_umask(mask, mode, umask, archive_copy, tmp_path, capsys):
    from archive.catalog import build_catalog
    from archive.cdxj import cdxj_path, update_cdxj_index

    umask(mask)
    for fmt in ("jsonl", "csv", "parquet"):
        output = tmp_path / f"docs.{fmt}"
        assert main(["export", "--archive", str(archive_copy), "-o", str(output)]) == exitcodes.OK
        assert stat.S_IMODE(output.stat().st_mode) == mode, fmt
    archive = Archive(archive_copy)
    assert update_cdxj_index(archive) > 0
    assert stat.S_IMODE(cdxj_path(archive_copy).stat().st_mode) == mode
    catalog = tmp_path / "catalog.sqlite"
    build_catalog(archive, catalog)
    assert stat.S_IMODE(catalog.stat().st_mode) == mode


def test_search_on_a_read_only_archive_without_a_catalog_leaves_no_temporary_folder(
    read_only_archive, tmp_path
):
    assert not (read_only_archive / "index" / "catalog.sqlite").exists()
    before = tree_digest(read_only_archive)
    temp = tmp_path / "temp"
    temp.mkdir()
    for _ in range(2):
        result = speech_archive(
            "search", "教育家型校长", "--archive", str(read_only_archive), env={"TMPDIR": str(temp)}
        )
        assert result.returncode == exitcodes.OK, result.stderr
        assert "教育家型校长" in result.stdout
        assert "built a temporary one (removed when done)" in result.stderr
        assert list(temp.iterdir()) == []
    assert tree_digest(read_only_archive) == before


# --- extract says why -----------------------------------------------------------------------------
SPEECH_PARAGRAPH = (
    "<p>" + "教育是国之大计、党之大计。我们要坚持把教育摆在优先发展的战略地位，" * 20 + "</p>\n"
)
NO_DOCUMENT_PAGES = {
    "empty.html": (b"", "the page is empty"),
    "photo.jpg": (bytes(range(256)) * 12, "not HTML"),
    "dump.html": (
        ("<html><body>" + SPEECH_PARAGRAPH * 4000 + "</body></html>").encode(),
        "too large to extract without a site profile",
    ),
    "klingon.html": (
        b"<html><head><meta charset='x-klingon'></head><body><p>"
        + ("教育是国之大计、党之大计。" * 50).encode("utf-16-le")
        + b"</p></body></html>",
        "its charset is unknown",
    ),
    "nav.html": (
        (
            "<html><body><ul>"
            + "".join(
                f"<li><a href='/a/{i}.html'>第{i}篇：在全市教育工作会议上的讲话</a></li>" for i in range(60)
            )
            + "</ul></body></html>"
        ).encode(),
        "no prose of its own",
    ),
}


@pytest.mark.parametrize("name", sorted(NO_DOCUMENT_PAGES))
def test_extract_says_why_a_page_gives_no_document_and_exits_0(name, tmp_path, capsys):
    body, reason = NO_DOCUMENT_PAGES[name]
    page = tmp_path / name
    page.write_bytes(body)
    assert main(["extract", str(page)]) == exitcodes.OK
    out, err = capsys.readouterr()
    assert out == ""
    line = one_line(err, f"speech-archive extract: no document in {page}: ")
    assert reason in line


def test_extract_of_a_speech_says_nothing_on_stderr(tmp_path, capsys):
    page = tmp_path / "speech.html"
    page.write_text(
        "<html><head><title>在全市教育大会上的讲话</title></head><body><article>"
        f"<h1>在全市教育大会上的讲话</h1>{SPEECH_PARAGRAPH * 5}</article></body></html>",
        encoding="utf-8",
    )
    assert main(["extract", str(page)]) == exitcodes.OK
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1 and err == ""
