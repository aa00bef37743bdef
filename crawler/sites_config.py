"""The sites config (`crawler/sites.toml`, `--sites-config FILE`): read and validated as a whole.

Checked against a JSON Schema (jsonschema) when it is read, like a site profile: an unknown or
misspelled key (`enabeld`, `max_request`), a value of the wrong type (`enabled = "no"`) is one
error naming the file and the key, before anything is written. The values of
`[sites.NAME.settings]` are Scrapy settings, checked by crawler/setting_values.py.
"""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import jsonschema

# "description" is what a wrong value is told: the error line says "KEY must be ...".
SITE_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "enabled": {"type": "boolean", "description": "must be true or false"},
        "base_url": {"type": "string", "description": "must be an http(s) URL string"},
        "max_requests": {
            "type": "integer",
            "minimum": 0,
            "description": "must be a whole number >= 0 (0 = no limit)",
        },
        "max_minutes": {
            "type": "number",
            "minimum": 0,
            "description": "must be a whole number >= 0 (0 = no limit)",
        },
        "settings": {
            "type": "object",
            "description": "must be a table of Scrapy settings ([sites.NAME.settings])",
        },
    },
}
SITES_CONFIG_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "sites": {
            "type": "object",
            "description": "must be a table ([sites.NAME])",
            "additionalProperties": {**SITE_SCHEMA, "description": "must be a table ([sites.NAME])"},
        }
    },
}


@functools.cache
def validator() -> jsonschema.Draft202012Validator:
    # jsonschema is imported when a config is read (--all, --sites-config): 0.05 s a crawl without one saves
    import jsonschema

    return jsonschema.Draft202012Validator(SITES_CONFIG_SCHEMA)


class SitesConfigError(ValueError):
    """A sites config that cannot be used; the message names the file and the key."""


def load_sites_config(path: Path | str) -> dict[str, dict]:
    """site name -> its entry, validated (SitesConfigError naming file and key)."""
    where = f"sites config {path}"
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise SitesConfigError(f"cannot read {where}: {exc.strerror or exc}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SitesConfigError(f"{where} is not valid TOML: {exc}") from None
    import jsonschema

    error = jsonschema.exceptions.best_match(validator().iter_errors(data))
    if error is not None:
        raise SitesConfigError(f"{where}: {describe(error)}")
    return data.get("sites", {})


def describe(error: jsonschema.ValidationError) -> str:
    """One phrase naming the dotted key: "unknown key 'sites.wm114.enabeld' (known: ...)" or
    "sites.wm114.enabled must be true or false"."""
    path = [str(part) for part in error.absolute_path]
    if error.validator == "additionalProperties":
        known = error.schema.get("properties", {})
        extra = sorted(key for key in error.instance if key not in known)
        key = ".".join([*path, extra[0]])
        return f"unknown key '{key}' (known: {', '.join(sorted(known)) or 'sites'})"
    expected = error.schema.get("description") or error.message
    return f"{'.'.join(path) or 'the file'} {expected}"
