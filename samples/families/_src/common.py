"""Shared helpers for writing the site families: speeches, files in a host folder, the expected list.

The families are static files; this is only how they were written (run `python build.py` here to
write them again). Nothing under `_src` is served: the replica server skips folders starting with `_`.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

SRC = Path(__file__).resolve().parent
FAMILIES = SRC.parent


@dataclass
class Speech:
    key: str
    title: str
    date: str  # YYYY-MM-DD
    paras: list[str]

    @property
    def text(self) -> str:
        return "\n".join(self.paras)

    def chars(self) -> int:
        return len(self.text.replace("\n", ""))


def load_speeches() -> dict[str, Speech]:
    found: dict[str, Speech] = {}
    for path in sorted(SRC.glob("speeches[0-9]*.txt")):
        current = None
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("=== "):
                key, title, date = (part.strip() for part in line[4:].split("|"))
                current = found[key] = Speech(key, title, date, [])
            elif line.strip():
                current.paras.append(line.strip())
    more = SRC / "speeches_more.txt"
    key, at, extra = None, 0, []

    def flush():
        if key:
            paras = found[key].paras
            paras[len(paras) + at : len(paras) + at] = extra

    for line in more.read_text(encoding="utf-8").splitlines() if more.exists() else []:
        if line.startswith("+++ "):
            flush()
            key, at = (part.strip() for part in line[4:].split("|"))
            at, extra = int(at), []
        elif line.strip():
            extra.append(line.strip())
    flush()
    return found


SPEECHES = load_speeches()


def render(template: str, **values) -> str:
    """`@@NAME@@` placeholders (braces are everywhere in the pages' scripts and styles)."""
    out = template
    for name, value in values.items():
        out = out.replace(f"@@{name}@@", str(value))
    left = re.findall(r"@@[A-Z_0-9]+@@", out)
    if left:
        raise KeyError(f"unfilled placeholders {sorted(set(left))}")
    return out


def split_paras(paras: list[str], parts: int) -> list[list[str]]:
    """Cut paragraphs into `parts` runs of about equal length, as a CMS's page breaker does."""
    total = sum(len(p) for p in paras)
    runs: list[list[str]] = [[]]
    done = 0
    for para in paras:
        if len(runs) < parts and done >= total * len(runs) / parts and runs[-1]:
            runs.append([])
        runs[-1].append(para)
        done += len(para)
    assert len(runs) == parts, (len(runs), parts)
    return runs


@dataclass
class Family:
    host: str
    software: str
    encoding: str = "utf-8"
    content_type: str = "text/html; charset=utf-8"
    site_note: str = ""
    query_routes: dict[str, str] = field(default_factory=dict)
    # page names without an extension (`/p/7012345678`) served as HTML (`extensionless_html`)
    extensionless_html: bool = False
    files: dict[str, bytes] = field(default_factory=dict)
    home: str = "/"
    documents: list[dict] = field(default_factory=list)
    noise: list[str] = field(default_factory=list)
    not_documents: list[str] = field(default_factory=list)
    # furniture that sits inside a paragraph of speech on purpose (a page number splitting it):
    # left out when checking that every expected paragraph is shown
    check_ignore: list[str] = field(default_factory=list)
    # pages in Traditional script, expected text in Simplified: how a page is converted to check it
    simplify_check: object = None
    note: str = ""

    def url(self, path: str) -> str:
        return f"http://{self.host}{path}"

    def put(self, path: str, text: str, encoding: str | None = None) -> None:
        """A file the host serves at `path` (a folder path gets index.html)."""
        key = path.lstrip("/")
        if not key or key.endswith("/"):
            key += "index.html"
        self.files[key] = text.encode(encoding or self.encoding)

    def route(self, target: str, file_path: str, text: str) -> None:
        """A dynamic URL (with a query) answered by a stored file."""
        self.put(file_path, text)
        self.query_routes[target] = file_path.lstrip("/")

    def doc(
        self,
        pages: list[str],
        speech: Speech,
        *,
        truncated: bool = False,
        text: str | None = None,
        title: str | None = None,
        published_at: str | None = None,
        found_by: str = "links",
        pages_found_by: str = "links",
    ):
        self.documents.append(
            {
                "url": self.url(pages[0]),
                "pages": [self.url(p) for p in pages],
                "title": title or speech.title,
                "text": text if text is not None else speech.text,
                "truncated": truncated,
                "published_at": published_at or speech.date,
                "found_by": found_by,
                **({"pages_found_by": pages_found_by} if len(pages) > 1 else {}),
            }
        )

    # --- writing and checking -----------------------------------------------------------------
    def file_for_url(self, url: str) -> str:
        parts = urlsplit(url if "://" in url else self.url(url))
        target = parts.path + ("?" + parts.query if parts.query else "")
        if parts.query:
            return self.query_routes[target]
        key = parts.path.lstrip("/")
        return key + "index.html" if (not key or key.endswith("/")) else key

    def page_text(self, url: str) -> str:
        raw = self.files[self.file_for_url(url)].decode(self.encoding)
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = re.sub(r"(?is)<(span|font)\b[^>]*display:\s*none[^>]*>.*?</\1>", "", raw)
        raw = re.sub(r"(?s)<[^>]+>", "", raw)
        text = re.sub(r"\s+", "", html.unescape(raw))
        if self.simplify_check:
            text = self.simplify_check(text)
        for piece in self.check_ignore:
            text = text.replace(re.sub(r"\s+", "", piece), "")
        return text

    def check(self) -> None:
        assert self.host.endswith(".test"), self.host
        self.file_for_url(self.url(self.home))
        every = "".join(
            data.decode(self.encoding, errors="replace")
            for name, data in self.files.items()
            if not name.endswith(".png")
        )
        for noise in self.noise:
            shown = self.simplify_check(every) if self.simplify_check else every
            assert noise in every or noise in shown, f"{self.host}: noise {noise!r} is on no page"
        for url in self.not_documents:
            assert self.file_for_url(url) in self.files, url
        for doc in self.documents:
            assert 0 < len(doc["text"]) and (
                doc["truncated"] or 600 <= len(doc["text"].replace("\n", "")) <= 2500
            )
            for noise in self.noise:
                assert noise not in doc["text"], f"{self.host}: noise {noise!r} inside {doc['title']}"
            shown = "".join(self.page_text(page) for page in doc["pages"])
            for para in doc["text"].split("\n"):
                assert re.sub(r"\s+", "", para) in shown, (
                    f"{self.host}: {para[:30]!r} not shown on {doc['pages']}"
                )

    def write(self) -> dict:
        self.check()
        root = FAMILIES / self.host
        for name, data in self.files.items():
            target = root / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        meta = {"content_type": self.content_type}
        if self.site_note:
            meta["note"] = self.site_note
        if self.query_routes:
            meta["query_routes"] = self.query_routes
        if self.extensionless_html:
            meta["extensionless_html"] = True
        (root / "_site.json").write_text(
            json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        out = {
            "family": self.software,
            "home": self.url(self.home),
            "content_type": self.content_type,
            "documents": self.documents,
            "noise": self.noise,
            "not_documents": [self.url(p) if p.startswith("/") else p for p in self.not_documents],
        }
        if self.note:
            out["note"] = self.note
        return out
