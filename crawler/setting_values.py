"""Scrapy setting values checked before a run opens: `-s NAME=VALUE` and `[sites.NAME.settings]`.

A known setting (one Scrapy or this project gives a default) must convert the way Scrapy will
read it: the getter of its default's type (`getbool`, `getfloat`, `getdict`, ...) is asked now,
so `DOWNLOAD_DELAY=fast` is one line before anything is written, not a traceback from inside
the engine after a version was opened; an object a component setting names (EXTENSIONS,
ITEM_PIPELINES, ...) must load. An unknown name is allowed, as Scrapy allows it (a component of
one's own may read it).
"""

from __future__ import annotations

import logging
import sys

from scrapy.settings import BaseSettings

from crawler.exitcodes import USAGE as USAGE_EXIT

# The getter Scrapy reads a setting of this default's type with, and what a wrong value is told.
# An int default is read as a number: DOWNLOAD_DELAY's default is 0 and 0.5 is a fine value.
_GETTERS = (
    (bool, "getbool", "true or false"),
    (int, "getfloat", "a number"),
    (float, "getfloat", "a number"),
    (dict | BaseSettings, "getdict", "a table (or a JSON object)"),
)


class BadSetting(ValueError):
    """A setting whose value Scrapy could not read; the message names where it was given."""


def check_setting_values(values: dict, defaults: BaseSettings, given_as: str) -> None:
    """BadSetting naming the setting as it was given if one of `values` does not read as its
    default's type. `given_as` formats it from `name` and `value`: "-s {name}={value}",
    "sites config F: sites.X.settings.{name} = {value!r}"."""
    for name, value in values.items():
        if name not in defaults:
            continue
        default = defaults[name]
        for kind, getter, expected in _GETTERS:
            if isinstance(default, kind):
                probe = BaseSettings({name: value})
                given = given_as.format(name=name, value=value)
                try:
                    read = getattr(probe, getter)(name)
                except (TypeError, ValueError):
                    raise BadSetting(f"{given}: {name} must be {expected}") from None
                if f"{name}_BASE" in defaults or name == "ADDONS":
                    check_components(read, f"{given}: {name}")
                break


def check_components(components: dict, where: str) -> None:
    """Each object a component setting names (EXTENSIONS, ITEM_PIPELINES, ...: Scrapy's settings
    with a `_BASE`; the object path is the key, or the value where it is a string, as in
    DOWNLOAD_HANDLERS) loads, as Scrapy will load it when the crawl starts."""
    from scrapy.utils.misc import load_object

    for key, value in components.items():
        path = value if isinstance(value, str) else key
        if value is None or not isinstance(path, str):
            continue  # None disables a component; a class given as itself is loaded already
        try:
            load_object(path)
        except (ImportError, NameError, AttributeError, ValueError) as exc:
            raise BadSetting(f"{where} names {path!r}, which does not load ({exc})") from None


class SettingValuesAddon:
    """Scrapy add-on (ADDONS, before the archive run's): a plain `scrapy crawl -s NAME=VALUE` has
    its values checked as `speech-archive crawl` checks them, before the archive run opens: one
    line and exit 2, not a traceback after the archive's layout was made."""

    def __init__(self, crawler=None):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def update_settings(self, settings) -> None:
        from scrapy.settings import SETTINGS_PRIORITIES, Settings

        defaults = Settings()
        defaults.setmodule("crawler.settings", priority="project")
        given = {
            name: settings[name]
            for name in settings
            if settings.getpriority(name) is not None
            and settings.getpriority(name) >= SETTINGS_PRIORITIES["cmdline"]
        }
        try:
            check_setting_values(given, defaults, "-s {name}={value}")
        except BadSetting as exc:
            print(f"scrapy crawl: {exc}", file=sys.stderr, flush=True)
            logging.shutdown()
            raise SystemExit(USAGE_EXIT) from None
