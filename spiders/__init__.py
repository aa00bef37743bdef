"""Spiders of speech-archive: one per site family, each driven by a declarative profile (spiders/profiles/*.toml)."""
