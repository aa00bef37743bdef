"""The document: one speech as the pure steps hand it on, from normalize to dedup and the store.

`CANONICAL_FIELDS` are the fields a stored document object takes from its canonical (most
complete) copy; the rest say where and how this copy was read.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field


def _canonical(default=None, *, default_factory=None):
    """A field the stored object takes from the canonical copy."""
    if default_factory is not None:
        return field(default_factory=default_factory, metadata={"canonical": True})
    return field(default=default, metadata={"canonical": True})


@dataclass
class Document:
    url: str  # the page URL, or URL#k for part k of a page of several speeches
    title: str | None = _canonical()
    text: str = _canonical("")  # clean, Simplified script, paragraphs separated by a blank line
    published_at: str | None = _canonical()  # the page's date (its publication), as archives cite it
    # the day the speech was given, when its own heading dates it ("（2024年3月6日）" under the title,
    # "时间：…"): often a day or more before the page's publication
    given_on: str | None = _canonical()
    site: str | None = None  # profile name, or "generic"
    part: int | None = None
    script: str | None = _canonical()  # "Hans" | "Hant": the script the site served
    text_original: str | None = _canonical()  # the served Traditional text, when converted
    truncated: bool = _canonical(False)  # the site did not show all of it
    omitted_chars: int = _canonical(0)  # characters the site elided (paywall notices)
    declared_chars: int | None = _canonical()  # the length the site says the full text has
    gaps: list[dict] = _canonical(default_factory=list)  # {"offset", "omitted_chars", "kind"}
    removed: list[dict] = _canonical(default_factory=list)  # {"rule", "text"}: what was stripped
    flags: list[str] = _canonical(default_factory=list)  # "mojibake", "generated_text_marker", ...
    encoding: str | None = None
    encoding_source: str | None = None
    pages: list[str] = field(default_factory=list)  # every page URL it was stitched from
    extractor_version: str | None = _canonical()
    profile_version: str | None = _canonical()

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Document:
        """A document from its dict form (JSON from a worker, a gold file); unknown keys ignored."""
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    @property
    def complete(self) -> bool:
        """The site neither cut this copy short nor elided parts of it, and no part it says the text
        goes on in is missing."""
        return not self.truncated and not self.omitted_chars and not self.gaps


CANONICAL_FIELDS = tuple(f.name for f in dataclasses.fields(Document) if f.metadata.get("canonical"))
