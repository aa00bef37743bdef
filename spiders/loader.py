"""Spiders made from profiles: a new site is one TOML file, no Python module.

Scrapy asks its spider loader (`SPIDER_LOADER_CLASS`) for spiders by name. This one serves the
classes found in `SPIDER_MODULES` (the `generic` spider) plus one `ProfileSpider` subclass per
profile that has a `[crawl]` table, from the shipped folder and the user's (`PROFILES_DIR`).
A broken profile fails here, when the loader is built, with one line naming file and key.
"""

from __future__ import annotations

import sys

import scrapy
from scrapy.spiderloader import SpiderLoader

from pipelines.profile import Profile, ProfileError
from spiders.base import ProfileSpider
from spiders.shipped import profile_registry


def profile_dirs(settings) -> tuple[str, ...]:
    """The user's profile folders: the PROFILES_DIR setting (one path or a list)."""
    value = settings.get("PROFILES_DIR") or ()
    if isinstance(value, str):
        value = [value]
    return tuple(str(v) for v in value if v)


def spider_for_profile(profile: Profile) -> type[ProfileSpider]:
    """A ProfileSpider subclass named after the profile (what `scrapy list` shows)."""
    class_name = "".join(part.capitalize() for part in profile.name.split("_")) + "Spider"
    return type(
        class_name, (ProfileSpider,), {"name": profile.name, "profile": profile, "__module__": __name__}
    )


class ProfileSpiderLoader:
    """Scrapy's SpiderLoader for SPIDER_MODULES, plus a spider per profile with [crawl]."""

    def __init__(self, settings):
        self.modules = SpiderLoader.from_settings(settings)
        self.registry = profile_registry(profile_dirs(settings))
        self.from_profiles = {
            profile.name: spider_for_profile(profile)
            for profile in self.registry.profiles.values()
            if profile.crawl is not None and profile.name not in self.modules.list()
        }

    @classmethod
    def from_settings(cls, settings) -> ProfileSpiderLoader:
        """What Scrapy calls (`scrapy list`, `scrapy crawl`): a broken profile is one line, exit 2."""
        try:
            return cls(settings)
        except ProfileError as exc:
            print(f"scrapy: bad site profile: {exc}", file=sys.stderr, flush=True)
            raise SystemExit(2) from None

    def load(self, spider_name: str):
        if spider_name in self.from_profiles:
            return self.from_profiles[spider_name]
        return self.modules.load(spider_name)

    def list(self) -> list[str]:
        return sorted(set(self.modules.list()) | set(self.from_profiles))

    def find_by_request(self, request) -> list[str]:
        found = set(self.modules.find_by_request(request))
        found.update(name for name, cls in self.from_profiles.items() if cls.handles_request(request))
        return sorted(found)


if scrapy.version_info < (2, 18):
    # Scrapy before 2.18 refuses a SPIDER_LOADER_CLASS that does not declare ISpiderLoader (2.18
    # dropped the check and deprecated the interface module).
    from scrapy.interfaces import ISpiderLoader
    from zope.interface import classImplements

    classImplements(ProfileSpiderLoader, ISpiderLoader)
