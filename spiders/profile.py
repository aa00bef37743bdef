"""Site profiles: one small TOML file per site family in spiders/profiles/.

A profile names the hosts it covers and carries two tables: `[extract]` (read by the extraction
pipelines: content/title/date selectors, site-specific noise, multi-speech heading, next-page link)
and `[crawl]` (read by the spiders; kept here as a plain dict, not validated). Adding a site is
adding one file.
"""

from __future__ import annotations

import fnmatch
import functools
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

PROFILE_DIR = Path(__file__).with_name("profiles")


@dataclass(frozen=True)
class Profile:
    name: str
    hosts: list[str]  # host patterns, fnmatch style: "www.wm114.cn", "*.wm114.cn"
    version: str
    extract: dict = field(default_factory=dict)
    crawl: dict = field(default_factory=dict)
    fingerprints: list[str] = field(default_factory=list)  # strings that identify a saved page of this site

    def __hash__(self) -> int:  # dict/list fields: hash by identity of the profile file
        return hash((self.name, self.version))

    def matches_host(self, host: str) -> bool:
        host = host.lower().rstrip(".")
        return any(fnmatch.fnmatchcase(host, pattern.lower()) for pattern in self.hosts)


def load_profile(path: Path) -> Profile:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    hosts = data.get("hosts") or []
    if isinstance(hosts, str):
        hosts = [hosts]
    return Profile(
        name=str(data.get("name") or path.stem),
        hosts=[str(h) for h in hosts],
        version=str(data.get("version", "1")),
        extract=dict(data.get("extract") or {}),
        crawl=dict(data.get("crawl") or {}),
        fingerprints=[str(f) for f in data.get("fingerprints") or []],
    )


@functools.lru_cache(maxsize=4)
def _load_dir(directory: str) -> dict[str, Profile]:
    profiles = {}
    for path in sorted(Path(directory).glob("*.toml")):
        profile = load_profile(path)
        profiles[profile.name] = profile
    return profiles


def load_profiles(directory: Path | str | None = None) -> dict[str, Profile]:
    """Every profile by name (read once per process)."""
    return dict(_load_dir(str(directory or PROFILE_DIR)))


def host_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def profile_for_url(url: str) -> Profile | None:
    host = host_of(url)
    if not host:
        return None
    for profile in load_profiles().values():
        if profile.matches_host(host):
            return profile
    return None


CANONICAL = re.compile(
    r"""<link\b[^>]*rel=["']?canonical["']?[^>]*href=["']([^"']+)["']|<meta\b[^>]*property=["']og:url["'][^>]*content=["']([^"']+)["']""",
    re.I,
)


def profile_for_content(html: str) -> Profile | None:
    """Guess the profile of a saved page with no URL: its canonical link, else a site fingerprint."""
    m = CANONICAL.search(html[:20000])
    if m:
        profile = profile_for_url(m.group(1) or m.group(2))
        if profile:
            return profile
    for profile in load_profiles().values():
        if any(f and f in html for f in profile.fingerprints):
            return profile
    return None
