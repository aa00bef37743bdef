"""The site profiles shipped with the package: where they are, and the registry of them plus a
user's folders.

The TOML files are package data of `spiders` (`spiders/profiles/*.toml`), found through
`importlib.resources`; the loader and validator (`pipelines.profile`) take folders as arguments
and know none of their own, so the spiders, the commands and the archive's `reprocess` get the
shipped profiles from here.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from pipelines.profile import ProfileRegistry


@functools.cache
def shipped_profiles_dir() -> Path:
    """The folder of the shipped profiles (a regular folder: the package is installed unzipped)."""
    return Path(str(resources.files("spiders").joinpath("profiles")))


def profile_registry(user_dirs: tuple[str, ...] | list[str] = ()) -> ProfileRegistry:
    """The shipped profiles plus the user's folders (a user's profile wins over a shipped one of
    the same name)."""
    return ProfileRegistry((shipped_profiles_dir(), *user_dirs))


def shipped_profiles() -> ProfileRegistry:
    """The shipped profiles alone."""
    return profile_registry()
