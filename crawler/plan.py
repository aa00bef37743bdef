"""What a crawl is asked to do: which spiders, with which arguments and settings.

Built from the command line (`CrawlPlan.from_args`) and the sites config; every check happens
here, before anything is written. Used by the crawl, the distributed coordinator and the worker.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from crawler import exitcodes
from crawler.setting_values import BadSetting, check_setting_values
from crawler.sites_config import SitesConfigError
from crawler.sites_config import load_sites_config as read_sites_config
from pipelines.profile import ProfileError
from spiders.loader import profile_dirs
from spiders.shipped import profile_registry
from spiders.urls import BadURL
from spiders.urls import check_http_url as _check_http_url

# Shipped with the package, so `crawl --all` works from any folder; --sites-config names another.
DEFAULT_SITES_CONFIG = Path(__file__).resolve().with_name("sites.toml")


def parse_pairs(pairs: list[str], what: str) -> dict[str, str]:
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise ValueError(f"{what} must look like NAME=VALUE, got {pair!r}")
        out[key.strip()] = value.strip()
    return out


class CrawlSetupError(Exception):
    """The plan cannot be run (unknown spider, unreadable sites config, bad setting): wrong input."""

    exit_code = exitcodes.USAGE


class ArchiveUnusable(CrawlSetupError):
    """The archive folder cannot take a run (a file, a folder of other things, read-only)."""

    exit_code = exitcodes.FAILURE


class ArchiveDamagedHere(CrawlSetupError):
    """The version a run would build on is damaged: nothing is written (exit DAMAGED)."""

    exit_code = exitcodes.DAMAGED


@dataclass
class SpiderRun:
    name: str
    kwargs: dict = field(default_factory=dict)
    settings: dict = field(default_factory=dict)


@dataclass
class CrawlPlan:
    archive_dir: Path
    spiders: list[SpiderRun]
    settings: dict = field(default_factory=dict)
    redis_url: str | None = None
    workers: int | None = None
    write_report: bool = True
    progress: bool | None = None  # None: when stderr is a terminal
    warnings: list[str] = field(default_factory=list)  # said before the crawl starts, not fatal

    @classmethod
    def from_args(cls, args) -> CrawlPlan:
        base_urls = parse_pairs(args.base_url, "--base-url")
        for name, url in base_urls.items():
            check_http_url(url, f"--base-url {name}=")
        for url in args.start_url:
            check_http_url(url, "--start-url ")
        overrides = parse_pairs(args.set, "-s")
        known_settings = project_settings()
        check_settings(overrides, known_settings, "-s {name}={value}")
        if getattr(args, "profiles", None):
            if not Path(args.profiles).is_dir():
                raise CrawlSetupError(f"--profiles {args.profiles}: no such folder")
            overrides["PROFILES_DIR"] = str(Path(args.profiles).resolve())
        max_requests = getattr(args, "max_requests", None)
        if max_requests is not None and max_requests < 0:
            raise CrawlSetupError("--max-requests must be 0 (no limit) or more")
        max_minutes = getattr(args, "max_minutes", None)
        if max_minutes is not None:
            if max_minutes < 0:
                raise CrawlSetupError("--max-minutes must be 0 (no limit) or more")
            overrides["MAX_MINUTES"] = str(max_minutes)
        # `crawl generic --start-url URL` is `crawl --start-url URL`: the generic spider is
        # started once per start URL below, never by its name.
        names = [name for name in args.sites if name != "generic"]
        if "generic" in args.sites and not args.start_url:
            raise CrawlSetupError("the generic spider crawls sites without a profile: give --start-url URL")
        site_settings: dict[str, dict] = {}
        site_budgets: dict[str, int] = {}
        if args.all or args.sites_config:
            config_path = args.sites_config or DEFAULT_SITES_CONFIG
            config = load_sites_config(config_path)
            for name, entry in config.items():
                given_as = f"sites config {config_path}: sites.{name}.settings.{{name}} = {{value!r}}"
                check_settings(entry.get("settings", {}), known_settings, given_as)
                if args.all and entry.get("enabled", True):
                    names.append(name)
                    if entry.get("base_url"):
                        check_http_url(str(entry["base_url"]), f"sites config [{name}] base_url = ")
                        base_urls.setdefault(name, entry["base_url"])
                site_settings[name] = dict(entry.get("settings", {}))
                if "max_requests" in entry:
                    site_budgets[name] = entry["max_requests"]
                if "max_minutes" in entry:
                    site_settings[name]["MAX_MINUTES"] = entry["max_minutes"]
        known = available_spiders(project_settings(overrides))
        spiders = []
        for name in dict.fromkeys(names):
            if name not in known or name == "generic":
                raise CrawlSetupError(
                    f"unknown site {name!r}; known: {', '.join(sorted(known - {'generic'}))}"
                )
            kwargs = {"base_url": base_urls[name]} if name in base_urls else {}
            if args.max_pages:
                kwargs["max_pages"] = args.max_pages
            # The command line's budget wins over the site's own in the sites config.
            budget = max_requests if max_requests is not None else site_budgets.get(name)
            if budget is not None:
                kwargs["max_requests"] = budget
            spiders.append(SpiderRun(name, kwargs, site_settings.get(name, {})))
        listed = read_url_list(args.urls) if getattr(args, "urls", None) else []
        spiders += url_list_spiders(listed, overrides, base_urls, known)
        # One set of mirror flags serves a run of some of the sites: a mirror of a known site that
        # is not in this run is ignored with a warning; a name that is no site is a mistake.
        unknown_bases = sorted(set(base_urls) - known)
        if unknown_bases:
            raise CrawlSetupError(
                f"--base-url names no known site: {', '.join(unknown_bases)};"
                f" known: {', '.join(sorted(known - {'generic'}))}"
            )
        warnings = [
            f"--base-url {name}={base_urls[name]} ignored: {name} is not in this run"
            for name in sorted(set(base_urls) - {s.name for s in spiders})
        ]
        for url in args.start_url:
            kwargs = {"start_url": url}
            if args.allow:
                kwargs["allow"] = args.allow
            if args.max_pages:
                kwargs["max_pages"] = args.max_pages
            if max_requests is not None:
                kwargs["max_requests"] = max_requests
            spiders.append(SpiderRun("generic", kwargs))
        if not spiders:
            raise CrawlSetupError("nothing to crawl: name sites, --all, --start-url or --urls")
        check_archive_folder(Path(args.archive))
        progress = True if args.progress else False if args.quiet else None
        return cls(
            archive_dir=Path(args.archive),
            spiders=spiders,
            settings=overrides,
            redis_url=args.redis or None,
            workers=args.workers,
            write_report=not args.no_report,
            progress=progress,
            warnings=warnings,
        )


def read_url_list(path) -> list[str]:
    """The URLs of a `--urls FILE`: one per line, blank lines and `#` comments skipped; a bad
    line is a CrawlSetupError naming file and line."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise CrawlSetupError(f"--urls {path}: cannot read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise CrawlSetupError(f"--urls {path}: not UTF-8 text") from None
    urls = []
    for number, line in enumerate(lines, 1):
        url = "" if line.lstrip().startswith("#") else line.strip()
        if url:
            check_http_url(url, f"--urls {path}:{number}: ")
            urls.append(url)
    if not urls:
        raise CrawlSetupError(f"--urls {path}: no URL in it")
    return list(dict.fromkeys(urls))


def url_list_spiders(urls: list[str], overrides: dict, base_urls: dict, known: set[str]) -> list[SpiderRun]:
    """Listed articles, each through its site's profile (its spider), else the generic spider
    (one per origin): fetched and archived with their continuations, no links followed."""
    from urllib.parse import urlsplit

    registry = profile_registry(tuple(filter(None, [overrides.get("PROFILES_DIR")])))
    by_spider: dict[str, list[str]] = {}
    for url in urls:
        profile = registry.for_url(url)
        if profile is not None and profile.name in known and profile.name != "generic":
            key = profile.name
        else:
            parts = urlsplit(url)
            key = f"generic {parts.scheme}://{parts.netloc}"
        by_spider.setdefault(key, []).append(url)
    spiders = []
    for key, listed in by_spider.items():
        name = key.split(" ", 1)[0]
        kwargs: dict = {"urls": listed}
        if name in base_urls:
            kwargs["base_url"] = base_urls[name]
        spiders.append(SpiderRun(name, kwargs))
    return spiders


def check_http_url(url: str, what: str) -> None:
    """An absolute http(s) URL with a host, or CrawlSetupError naming the bad value (the check
    the generic spider makes of `-a start_url` too: spiders/urls.py)."""
    try:
        _check_http_url(url, what)
    except BadURL as exc:
        raise CrawlSetupError(str(exc)) from None


def load_sites_config(path: Path) -> dict[str, dict]:
    """The sites config, validated (crawler/sites_config.py); CrawlSetupError naming file and key."""
    try:
        return read_sites_config(path)
    except SitesConfigError as exc:
        raise CrawlSetupError(str(exc)) from None


def check_settings(values: dict, known_settings, given_as: str) -> None:
    """Scrapy settings read as Scrapy will read them, before a version is opened."""
    try:
        check_setting_values(values, known_settings, given_as)
    except BadSetting as exc:
        raise CrawlSetupError(str(exc)) from None


def check_archive_folder(root: Path) -> None:
    """ArchiveUnusable unless `root` can take a run: an archive, an empty folder or none yet, on
    a filesystem it can write to. Checked with the plan, so a wrong folder writes nothing."""
    from archive.store import Archive, ArchiveDamaged, ArchiveError

    try:
        Archive(root).check_writable_here()
    except ArchiveError as exc:
        raise ArchiveUnusable(str(exc)) from None
    except ArchiveDamaged as exc:
        raise ArchiveDamagedHere(exitcodes.damaged_message(exc, "nothing was written")) from None


def available_spiders(settings=None) -> set[str]:
    """Spider names (a profile that does not load is a CrawlSetupError naming file and key)."""
    from scrapy.spiderloader import get_spider_loader

    settings = settings or project_settings()
    try:
        profile_registry(profile_dirs(settings))  # every profile validated, one error line if not
    except ProfileError as exc:
        raise CrawlSetupError(f"bad site profile: {exc}") from None
    return set(get_spider_loader(settings).list())


def project_settings(overrides: dict | None = None):
    """The project's Scrapy settings wherever the command is run from (no scrapy.cfg lookup)."""
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    return settings


def spider_class(loader, spider: SpiderRun):
    cls = loader.load(spider.name)
    if not spider.settings:
        return cls
    # Per-site settings from the sites config ride on the spider's own custom_settings.
    merged = {**(cls.custom_settings or {}), **spider.settings}
    return type(cls.__name__, (cls,), {"custom_settings": merged, "__module__": cls.__module__})
