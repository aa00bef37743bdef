"""Site profiles: one TOML file per site family, typed and validated when it is loaded.

A profile names the hosts it covers and carries two tables: `[extract]` (read by the pure
extraction steps: content/title/date selectors, site-specific noise, multi-speech heading,
next-page link) and `[crawl]` (read by the spiders: origin, start paths, listing/article URL
patterns, sitemaps). A misspelled key, a selector or regex that does not compile, a missing
required field: `ProfileError` naming the file and the key, before any request is sent.

This module loads and validates the profile files of the folders it is given and knows no folder
of its own: the shipped profiles are data files of the `spiders` package (`spiders/profiles/`,
named by `spiders.shipped.shipped_profiles_dir()`), and a user adds a folder of their own
(`PROFILES_DIR` setting, `--profiles DIR`); the spiders and the commands pass those folders in.
`ProfileRegistry` is the one map from a URL (or a saved page's content) to its profile.
"""

from __future__ import annotations

import fnmatch
import functools
import re
import tomllib
from dataclasses import MISSING, dataclass, field, fields
from pathlib import Path
from urllib.parse import urlsplit


class ProfileError(ValueError):
    """A profile that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class ExtractRules:
    """`[extract]`: where the speech is on a page of this site and what of it is site noise."""

    content: str | None = None  # selector (CSS, or XPath when it starts with / or ( or ./)
    title: str | None = None
    date: str | None = None
    title_strip: str | None = None  # regex removed from the <title> text
    drop: tuple[str, ...] = ()  # selectors inside the content area that are not the speech
    next_page: str | None = None  # selector of the link to the article's next page
    next_page_text: str | None = None  # ...when its text contains this
    noise: tuple[str, ...] = ()  # regexes of site-specific noise inside the text
    multi_speech_heading: str | None = None  # regex of "title第N篇" part headings
    fallback_generic: bool = False  # no content area found: fall back to the generic extractor


@dataclass(frozen=True)
class CrawlRules:
    """`[crawl]`: where the site starts and which of its URLs are listings and articles."""

    origin: str
    listing_pattern: str
    article_pattern: str
    start_paths: tuple[str, ...] = ("/",)
    sitemaps: tuple[str, ...] = ()


@dataclass(frozen=True)
class Profile:
    name: str
    hosts: tuple[str, ...]  # host patterns, fnmatch style: "www.wm114.cn", "*.wm114.cn"
    version: str
    extract: ExtractRules = field(default_factory=ExtractRules)
    crawl: CrawlRules | None = None  # a profile without [crawl] only extracts (no spider)
    fingerprints: tuple[str, ...] = ()  # strings that identify a saved page of this site
    path: str | None = field(default=None, compare=False)

    def matches_host(self, host: str) -> bool:
        host = host.lower().rstrip(".")
        return any(fnmatch.fnmatchcase(host, pattern.lower()) for pattern in self.hosts)


# --- validation ----------------------------------------------------------------------------------
TOP_KEYS = {"name", "version", "hosts", "fingerprints", "extract", "crawl"}
SELECTOR_KEYS = {"content", "title", "date", "next_page"}
REGEX_KEYS = {"title_strip", "multi_speech_heading", "listing_pattern", "article_pattern"}
# Keys earlier profiles had, with what took their place: a clear error, not "unknown key".
RETIRED_KEYS = {
    "crawl.recrawl_interval": "when a known page is fetched again is the crawl's revisit policy now "
    "(MAX_REQUESTS / max_requests in sites.toml, see the README); remove the key",
}


def _compile_selector(selector: str) -> None:
    from lxml import etree

    if selector.startswith(("/", "(", "./")):
        etree.XPath(selector)
    else:
        from cssselect import GenericTranslator

        GenericTranslator().css_to_xpath(selector)


def _check_value(where: str, key: str, value, expected) -> object:
    """`value` as the field's type (tuples from lists), or ProfileError naming the key."""
    if expected in ("tuple[str, ...]",):
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ProfileError(f"{where}: key '{key}' must be a list of strings")
        return tuple(value)
    if expected in ("str", "str | None"):
        if not isinstance(value, str):
            raise ProfileError(f"{where}: key '{key}' must be a string")
        return value
    if expected == "int":
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ProfileError(f"{where}: key '{key}' must be a whole number >= 0")
        return value
    if expected == "bool":
        if not isinstance(value, bool):
            raise ProfileError(f"{where}: key '{key}' must be true or false")
        return value
    raise AssertionError(f"no check for {expected}")  # pragma: no cover - schema bug


def _table(where: str, prefix: str, data: dict, cls) -> object:
    known = {f.name: f for f in fields(cls)}
    values = {}
    for key, value in data.items():
        dotted = f"{prefix}.{key}"
        if dotted in RETIRED_KEYS:
            raise ProfileError(f"{where}: key '{dotted}' is retired: {RETIRED_KEYS[dotted]}")
        if key not in known:
            raise ProfileError(f"{where}: unknown key '{dotted}' (known: {', '.join(sorted(known))})")
        value = _check_value(where, dotted, value, known[key].type)
        patterns = value if isinstance(value, tuple) else (value,)
        for pattern in patterns:
            try:
                if key in SELECTOR_KEYS or key == "drop":
                    _compile_selector(pattern)
                elif key in REGEX_KEYS or key == "noise":
                    re.compile(pattern)
            except Exception as exc:
                kind = "selector" if key in SELECTOR_KEYS or key == "drop" else "regex"
                raise ProfileError(f"{where}: key '{dotted}': bad {kind} {pattern!r} ({exc})") from None
        values[key] = value
    for name in known:
        if name not in values and _required(cls, name):
            raise ProfileError(f"{where}: missing required key '{prefix}.{name}'")
    return cls(**values)


def _required(cls, name: str) -> bool:
    f = next(f for f in fields(cls) if f.name == name)
    return f.default is MISSING and f.default_factory is MISSING


def parse_profile(data: dict, where: str, default_name: str) -> Profile:
    for key in data:
        if key not in TOP_KEYS:
            raise ProfileError(f"{where}: unknown key '{key}' (known: {', '.join(sorted(TOP_KEYS))})")
    hosts = data.get("hosts")
    if hosts is None:
        raise ProfileError(f"{where}: missing required key 'hosts'")
    hosts = _check_value(where, "hosts", hosts, "tuple[str, ...]")
    if not hosts:
        raise ProfileError(f"{where}: key 'hosts' names no host")
    name = _check_value(where, "name", data.get("name", default_name), "str")
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise ProfileError(f"{where}: key 'name' must be a spider name (letters, digits, _), not {name!r}")
    version = data.get("version", "1")
    if isinstance(version, int) and not isinstance(version, bool):
        version = str(version)
    for key in ("extract", "crawl"):
        if key in data and not isinstance(data[key], dict):
            raise ProfileError(f"{where}: key '{key}' must be a table ([{key}])")
    return Profile(
        name=name,
        hosts=hosts,
        version=_check_value(where, "version", version, "str"),
        extract=_table(where, "extract", data.get("extract", {}), ExtractRules),
        crawl=_table(where, "crawl", data["crawl"], CrawlRules) if "crawl" in data else None,
        fingerprints=_check_value(where, "fingerprints", data.get("fingerprints", []), "tuple[str, ...]"),
        path=where,
    )


def load_profile(path: Path) -> Profile:
    """One profile file, validated (ProfileError naming the file and the key)."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ProfileError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ProfileError(f"{path}: not valid TOML ({exc})") from None
    return parse_profile(data, str(path), Path(path).stem)


@functools.lru_cache(maxsize=16)
def load_profile_dirs(directories: tuple[str, ...]) -> dict[str, Profile]:
    """Every profile of these folders by name, a later folder's winning; read once per process."""
    profiles: dict[str, Profile] = {}
    for directory in directories:
        if not Path(directory).is_dir():
            raise ProfileError(f"{directory}: no such profiles folder")
        for path in sorted(Path(directory).glob("*.toml")):
            profile = load_profile(path)
            profiles[profile.name] = profile  # a user's folder comes later and wins
    return profiles


# --- the registry ---------------------------------------------------------------------------------
CANONICAL = re.compile(
    r"""<link\b[^>]*rel=["']?canonical["']?[^>]*href=["']([^"']+)["']|<meta\b[^>]*property=["']og:url["'][^>]*content=["']([^"']+)["']""",
    re.I,
)


def host_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


class ProfileRegistry:
    """Every profile of the given folders (a later folder's profile wins over an earlier one of the
    same name), by name, by host, by content. No folder: no profile, every page takes the generic
    path. `spiders.shipped.profile_registry(user_dirs)` is the shipped folder plus the user's."""

    def __init__(self, dirs: tuple[str | Path, ...] | list[str | Path] = ()):
        self.dirs = tuple(str(d) for d in dirs if d)
        self.profiles = dict(load_profile_dirs(self.dirs))

    def __getitem__(self, name: str) -> Profile:
        return self.profiles[name]

    def get(self, name: str | None) -> Profile | None:
        return self.profiles.get(name or "")

    def names(self) -> list[str]:
        return sorted(self.profiles)

    def for_url(self, url: str) -> Profile | None:
        host = host_of(url)
        if not host:
            return None
        for profile in self.profiles.values():
            if profile.matches_host(host):
                return profile
        return None

    def for_content(self, html: str) -> Profile | None:
        """The profile of a saved page with no URL: its canonical link, else a site fingerprint."""
        m = CANONICAL.search(html[:20000])
        if m:
            profile = self.for_url(m.group(1) or m.group(2))
            if profile:
                return profile
        for profile in self.profiles.values():
            if any(f and f in html for f in profile.fingerprints):
                return profile
        return None
