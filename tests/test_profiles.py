"""Site profiles: typed, validated when loaded, and a new site is one TOML file.

A profile written to a folder of the user's own is crawled (real HTTP, the replica server) with
no Python added; a misspelled key, a selector or a regex that does not compile each fail with one
line naming the file and the key, before anything is fetched or written.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from crawlhelp import FAST, HANG, export, speech_archive

from crawler import exitcodes
from crawler.cli import main
from pipelines.profile import ProfileError, ProfileRegistry, load_profile
from spiders.shipped import profile_registry, shipped_profiles, shipped_profiles_dir

# The GBK county portal the replica generator writes (replica/generate.py), described
# as a user would describe it: where its speeches are, how its pages continue, its URL shapes.
PORTAL_PROFILE = """\
# A county government portal: GBK pages, articles continue on ID_2.html through a 下一页 pager.
name = "gbk_portal"
version = "1"
hosts = ["gbk-portal.test"]

[extract]
content = "div.article div.content"
title = "div.article h1.art-title"
drop = ["p.src", "div.pager", "p.editor", "div.share", "p.tools"]
next_page = "div.pager a"
next_page_text = "下一页"

[crawl]
origin = "http://gbk-portal.test"
start_paths = ["/news/"]
listing_pattern = '^/news/(index(_\\d+)?\\.html)?$'
article_pattern = '^/news/\\d+\\.html$'
"""


def write_profile(folder: Path, text: str, name: str = "gbk_portal") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "broken, key",
    [
        (PORTAL_PROFILE.replace("content =", "contnet ="), "extract.contnet"),
        (PORTAL_PROFILE.replace('"div.article div.content"', '"div.article[["'), "extract.content"),
        (PORTAL_PROFILE.replace("'^/news/\\d+\\.html$'", "'^/news/(\\d+\\.html$'"), "crawl.article_pattern"),
        (PORTAL_PROFILE.replace('origin = "http://gbk-portal.test"\n', ""), "crawl.origin"),
        (PORTAL_PROFILE.replace("hosts =", "host ="), "host"),
    ],
    ids=["misspelled key", "bad selector", "bad regex", "missing origin", "misspelled top key"],
)
def test_a_broken_profile_is_one_error_naming_file_and_key(tmp_path, broken, key):
    path = write_profile(tmp_path / "profiles", broken)
    with pytest.raises(ProfileError) as error:
        load_profile(path)
    message = str(error.value)
    assert str(path) in message and f"'{key}'" in message and "\n" not in message


def test_the_loader_reads_the_folders_it_is_given_and_knows_none_of_its_own(tmp_path):
    # ProfileRegistry(()) is what ../shared/tools/realpages.py builds: no profile, the generic path.
    assert (
        ProfileRegistry(()).names() == []
        and ProfileRegistry(()).for_url("http://www.wm114.cn/a/1.html") is None
    )
    assert shipped_profiles_dir().parent.name == "spiders" and shipped_profiles_dir().is_dir()
    assert ProfileRegistry((shipped_profiles_dir(),)).for_url("http://www.wm114.cn/a/1.html").name == "wm114"
    # A user's profile of a shipped name wins over the shipped one.
    mine = PORTAL_PROFILE.replace('name = "gbk_portal"', 'name = "wm114"')
    write_profile(tmp_path / "profiles", mine)
    registry = profile_registry((str(tmp_path / "profiles"),))
    assert registry["wm114"].hosts == ("gbk-portal.test",) and "huigou6" in registry.names()


def test_every_shipped_profile_loads_typed():
    registry = shipped_profiles()
    assert {"wm114", "huigou6", "fanwen_hant", "jianghua_ai"} <= set(registry.names())
    assert "bench" not in registry.names()  # the benchmark fixture lives with the benchmarks
    huigou6 = registry["huigou6"]
    assert huigou6.extract.drop == ("div.pagination", "div.url", "div.related")
    assert huigou6.crawl.start_paths == ("/zhuantifanwen/gongwenfanwen/",)


@pytest.mark.parametrize("command", ["crawl", "extract"])
def test_the_cli_refuses_a_broken_profile_in_one_line_before_writing(tmp_path, capsys, command):
    path = write_profile(tmp_path / "profiles", PORTAL_PROFILE.replace("content =", "contnet ="))
    archive = tmp_path / "archive"
    if command == "crawl":
        argv = ["crawl", "gbk_portal", "--profiles", str(path.parent), "--archive", str(archive)]
    else:
        page = tmp_path / "page.html"
        page.write_bytes(b"<html><body><p>x</p></body></html>")
        argv = ["extract", str(page), "--profiles", str(path.parent)]
    assert main(argv) == exitcodes.USAGE
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and str(path) in err and "'extract.contnet'" in err
    assert not archive.exists()


def test_a_new_site_is_one_toml_file_crawled_with_no_python(tmp_path):
    from replica.generate import generate_generic_site
    from replica.server import ReplicaWeb

    site = generate_generic_site(tmp_path / "sites", seed=5)
    expected = json.loads((site.parent / "expected.json").read_text(encoding="utf-8"))["documents"]
    profiles = tmp_path / "my-profiles"
    write_profile(profiles, PORTAL_PROFILE)
    archive = tmp_path / "archive"
    with ReplicaWeb(site.parent, hosts=[site.name]) as web:
        result = speech_archive(
            "crawl",
            "gbk_portal",
            "--profiles",
            str(profiles),
            "--base-url",
            f"gbk_portal={web.url(site.name, '/')}",
            "--archive",
            str(archive),
            *FAST,
        )
    assert result.returncode == 0, result.stdout + result.stderr
    docs = export(archive)
    assert sorted(d["title"] for d in docs) == sorted(d["title"] for d in expected)
    by_url = {d["urls"][0]: d for d in docs}
    for want in expected:
        got = by_url[want["url"]]
        assert got["sites"] == ["gbk_portal"] and got["text"] == want["text"]
    assert not list(Path(__file__).resolve().parents[1].glob("spiders/gbk_portal*"))


def test_scrapy_list_shows_a_profile_from_the_profiles_setting(tmp_path):
    import subprocess
    import sys

    profiles = tmp_path / "p"
    write_profile(profiles, PORTAL_PROFILE)
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "list", "-s", f"PROFILES_DIR={profiles}"],
        cwd=Path(__file__).resolve().parents[1],
        capture_output=True,
        text=True,
        timeout=HANG,
    )
    assert result.returncode == 0, result.stderr
    assert {"gbk_portal", "generic", "wm114"} <= set(result.stdout.split())


def test_scrapy_list_with_a_broken_profile_is_one_line_and_exit_2(tmp_path):
    import subprocess
    import sys

    path = write_profile(tmp_path / "p", PORTAL_PROFILE.replace("content =", "contnet ="))
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "list", "-s", f"PROFILES_DIR={path.parent}"],
        cwd=Path(__file__).resolve().parents[1],
        capture_output=True,
        text=True,
        timeout=HANG,
    )
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert str(path) in line and "'extract.contnet'" in line
