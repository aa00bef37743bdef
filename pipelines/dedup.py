"""One document per speech: exact, near and truncated copies found across pages, sites and runs.

The pure part is `normalise_for_dedup`, `shingles` and `DedupIndex`; `DedupPipeline` is the thin
Scrapy step that hands each article's documents to the archive run, which asks the index and
assigns doc ids.

How copies are found (texts arrive already in Simplified script, so a Traditional mirror is
compared like any other copy):
- exact: the same normalised text (sha256 lookup);
- near: MinHash (datasketch, 128 permutations) over character 5-gram shingles, LSH banding for
  candidates, Jaccard >= 0.8;
- truncated: the shorter copy's shingles >= 0.9 contained in a longer one. Jaccard alone misses
  these (a paywalled replica and its full text sit at Jaccard 0.61-0.73), so the LSH bands are cut
  for a low threshold (32 bands x 4 rows: a pair at Jaccard 0.4 is a candidate half the time, at
  0.6 in 99 % of cases), the opening 48 characters are one more bucket (a paywalled copy keeps
  the opening, however short it is), and each candidate is then checked on a content-defined
  1/8 sample of its shingle hashes, which estimates Jaccard and containment without any text.

Everything lives in one SQLite file (exact hashes, band buckets, signatures, samples), so memory
stays bounded whatever the archive holds: a lookup reads only the rows its buckets point at.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from datasketch import MinHash

SHINGLE_SIZE = 5
NUM_PERM = 128
LSH_BANDS = 32
LSH_ROWS = NUM_PERM // LSH_BANDS
NEAR_JACCARD = 0.8
TRUNCATED_CONTAINMENT = 0.9
# A copy this short (in shingles) is never called a truncated copy: a few template sentences
# are contained in many speeches.
MIN_CONTAINED_SHINGLES = 100
# Content-defined sampling keeps every shingle hash whose top 3 mixed bits are zero (1/8):
# the same shingle is kept in every copy, so sample overlap estimates set overlap.
SAMPLE_SHIFT = 29
# Below this many sampled hashes the full hash set is stored instead (short texts).
MIN_SAMPLE = 32
MAX_CANDIDATES = 64
# A paywalled copy keeps the opening of the speech: its first characters are one more bucket,
# so a copy cut to a small part of the text (Jaccard too low for the bands) is still a candidate.
PREFIX_ANCHOR_CHARS = 48
INDEX_SCHEMA = "dedup-2"

_WHITESPACE = re.compile(r"\s+")
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=1).permutations


def normalise_for_dedup(text: str) -> str:
    """The text dedup compares: NFKC (full-width forms folded) and every whitespace run removed.

    CJK text has no word spaces, and copies of one speech differ in paragraph breaks and
    stray spaces (PDF conversion), so whitespace carries no signal here.
    """
    return _WHITESPACE.sub("", unicodedata.normalize("NFKC", text or ""))


def shingles(text: str, k: int = SHINGLE_SIZE) -> set[str]:
    """Character k-grams of the normalised text (the whole text when shorter than k)."""
    return _shingles_of_normalised(normalise_for_dedup(text), k)


def _shingles_of_normalised(norm: str, k: int = SHINGLE_SIZE) -> set[str]:
    if len(norm) <= k:
        return {norm} if norm else set()
    return {norm[i : i + k] for i in range(len(norm) - k + 1)}


def text_sha256(text: str) -> str:
    """sha256 hex of the normalised text: what "exact copy" means."""
    return hashlib.sha256(normalise_for_dedup(text).encode("utf-8")).hexdigest()


def _identity(value):
    return value


# Powers of the 64-bit FNV prime: a 5-gram's hash is sum(codepoint_j * P^j) mod 2^64.
_SHINGLE_POWERS = np.array([pow(0x100000001B3, j, 1 << 64) for j in range(SHINGLE_SIZE)], dtype=np.uint64)


def shingle_hashes(norm: str) -> np.ndarray:
    """Sorted distinct 32-bit hashes of the 5-gram shingles of a normalised text.

    Vectorised over the code points (one numpy pass instead of a Python call per shingle),
    then a splitmix64 finaliser so every output bit depends on every character.
    """
    codepoints = np.frombuffer(norm.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    if codepoints.size == 0:
        return np.zeros(0, dtype=np.uint32)
    if codepoints.size <= SHINGLE_SIZE:
        windows = codepoints[None, :]
    else:
        windows = np.lib.stride_tricks.sliding_window_view(codepoints, SHINGLE_SIZE)
    h = (windows * _SHINGLE_POWERS[: windows.shape[1]]).sum(axis=1, dtype=np.uint64)
    h ^= h >> np.uint64(30)
    h *= np.uint64(0xBF58476D1CE4E5B9)
    h ^= h >> np.uint64(27)
    h *= np.uint64(0x94D049BB133111EB)
    h ^= h >> np.uint64(31)
    return np.unique((h & np.uint64(0xFFFFFFFF)).astype(np.uint32))


@dataclass(frozen=True)
class Fingerprint:
    """What the index keeps of one text."""

    sha: str
    size: int  # number of distinct shingles
    prefix: str  # the first PREFIX_ANCHOR_CHARS normalised characters ("" when shorter)
    signature: np.ndarray  # MinHash hash values (uint32, NUM_PERM)
    sample: np.ndarray  # sorted uint32 shingle hashes (the 1/8 sample, or all when `sampled` is False)
    sampled: bool

    def band_keys(self) -> list[int]:
        keys = []
        for band in range(LSH_BANDS):
            rows = self.signature[band * LSH_ROWS : (band + 1) * LSH_ROWS]
            digest = hashlib.blake2b(bytes([band]) + rows.tobytes(), digest_size=8).digest()
            keys.append(int.from_bytes(digest, "big", signed=True))
        if self.prefix:
            digest = hashlib.blake2b(b"prefix" + self.prefix.encode("utf-8"), digest_size=8).digest()
            keys.append(int.from_bytes(digest, "big", signed=True))
        return keys


def fingerprint(text: str) -> Fingerprint:
    """MinHash signature, shingle-hash sample and sha of one text.

    Shingles are hashed once (`shingle_hashes`) and fed to datasketch's MinHash in one batch
    with an identity hashfunc (its affine32 scheme mixes the input with a murmur finaliser).
    Per-shingle `update` with the default sha1 costs ~4 ms a document; this ~0.5 ms.
    """
    norm = normalise_for_dedup(text)
    hashes = shingle_hashes(norm)
    minhash = MinHash(num_perm=NUM_PERM, permutations=_PERMUTATIONS, scheme="affine32", hashfunc=_identity)
    if hashes.size:
        minhash.update_batch(hashes)
    sample = hashes[(hashes >> np.uint32(SAMPLE_SHIFT)) == 0]
    sampled = sample.size >= MIN_SAMPLE
    return Fingerprint(
        sha=hashlib.sha256(norm.encode("utf-8")).hexdigest(),
        size=int(hashes.size),
        prefix=norm[:PREFIX_ANCHOR_CHARS] if len(norm) >= PREFIX_ANCHOR_CHARS else "",
        signature=minhash.hashvalues.astype(np.uint32),
        sample=sample if sampled else hashes,
        sampled=sampled,
    )


def _comparable(sample: np.ndarray, sampled: bool) -> np.ndarray:
    """Reduce a full hash set to the 1/8 sample so it compares with a sampled one."""
    if sampled:
        return sample
    return sample[(sample >> np.uint32(SAMPLE_SHIFT)) == 0]


def overlap(a: Fingerprint, b: Fingerprint) -> tuple[float, float, float]:
    """Estimated (Jaccard, containment of a in b, containment of b in a) from the samples."""
    if a.sampled or b.sampled:
        sa, sb = _comparable(a.sample, a.sampled), _comparable(b.sample, b.sampled)
    else:
        sa, sb = a.sample, b.sample
    if not sa.size or not sb.size:
        return 0.0, 0.0, 0.0
    inter = np.intersect1d(sa, sb, assume_unique=True).size
    union = sa.size + sb.size - inter
    return inter / union, inter / sa.size, inter / sb.size


@dataclass(frozen=True)
class Match:
    """An archived copy the text is a copy of.

    `kind` is exact|near|truncated; for "truncated", `query_is_longer` says which side is cut:
    False when the new text is the truncated one, True when the archived copy is.
    """

    doc_id: str
    kind: str
    score: float
    query_is_longer: bool = False


def classify(query: Fingerprint, stored: Fingerprint) -> tuple[str, float, bool] | None:
    """How `query` relates to `stored`: (kind, score, query_is_longer) or None when distinct."""
    if query.sha == stored.sha:
        return "exact", 1.0, False
    jaccard, query_in_stored, stored_in_query = overlap(query, stored)
    if jaccard >= NEAR_JACCARD:
        return "near", jaccard, query.size > stored.size
    shorter_is_query = query.size <= stored.size
    containment = query_in_stored if shorter_is_query else stored_in_query
    shorter_size = min(query.size, stored.size)
    if containment >= TRUNCATED_CONTAINMENT and shorter_size >= MIN_CONTAINED_SHINGLES:
        return "truncated", containment, not shorter_is_query
    return None


_SCHEMA = """
CREATE TABLE IF NOT EXISTS entry (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL,
    sha TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    complete INTEGER NOT NULL,
    signature BLOB NOT NULL,
    sample BLOB NOT NULL,
    sampled INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS entry_doc ON entry(doc_id);
CREATE TABLE IF NOT EXISTS band (
    key INTEGER NOT NULL,
    entry INTEGER NOT NULL,
    PRIMARY KEY (key, entry)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


class DedupIndex:
    """Persistent index of every copy's fingerprint, keyed to the document it belongs to.

    `path` is a SQLite file (or a directory, which gets `dedup.sqlite`); None keeps it in memory.
    Writes open a transaction that lasts until `commit()` (the archive commits it together with
    a version, and `rollback()` forgets an aborted run's copies).
    """

    def __init__(self, path: Path | str | None = None):
        if path is None:
            target = ":memory:"
        else:
            target = Path(path)
            if target.suffix != ".sqlite":
                target.mkdir(parents=True, exist_ok=True)
                target = target / "dedup.sqlite"
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
        self.path = None if target == ":memory:" else target
        self._db = sqlite3.connect(str(target), isolation_level=None)
        self._db.executescript(_SCHEMA)
        schema = self.get_meta("schema")
        if schema is None:
            self._db.execute("INSERT INTO meta VALUES ('schema', ?)", (INDEX_SCHEMA,))
        elif schema != INDEX_SCHEMA:
            raise ValueError(f"dedup index {target} has schema {schema}, expected {INDEX_SCHEMA}")
        self._last: tuple[str, Fingerprint] | None = None

    # -- transactions ---------------------------------------------------------------------
    def _begin(self) -> None:
        if not self._db.in_transaction:
            self._db.execute("BEGIN")

    def commit(self) -> None:
        if self._db.in_transaction:
            self._db.execute("COMMIT")

    def rollback(self) -> None:
        if self._db.in_transaction:
            self._db.execute("ROLLBACK")

    def close(self) -> None:
        self.rollback()
        self._db.close()

    def get_meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self._begin()
        self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM entry").fetchone()[0]

    # -- lookups --------------------------------------------------------------------------
    def _fingerprint(self, text: str) -> Fingerprint:
        # match() then add() of the same text is the common path: hash it once.
        if self._last is not None and self._last[0] == text:
            return self._last[1]
        fp = fingerprint(text)
        self._last = (text, fp)
        return fp

    def match(self, text: str) -> Match | None:
        """The best archived copy this text is a copy of, or None."""
        query = self._fingerprint(text)
        row = self._db.execute("SELECT doc_id FROM entry WHERE sha = ?", (query.sha,)).fetchone()
        if row:
            return Match(row[0], "exact", 1.0)
        keys = query.band_keys()
        placeholders = ",".join("?" * len(keys))
        # The entries sharing most bands first; a bounded number of rows is read.
        rows = self._db.execute(
            f"SELECT e.doc_id, e.sha, e.size, e.signature, e.sample, e.sampled, COUNT(*) AS hits "
            f"FROM band b JOIN entry e ON e.id = b.entry WHERE b.key IN ({placeholders}) "
            f"GROUP BY b.entry ORDER BY hits DESC LIMIT {MAX_CANDIDATES}",
            keys,
        ).fetchall()
        best: Match | None = None
        for doc_id, sha, size, signature, sample, sampled, _hits in rows:
            stored = Fingerprint(
                sha=sha,
                size=size,
                prefix="",  # not needed to compare
                signature=np.frombuffer(signature, dtype=np.uint32),
                sample=np.frombuffer(sample, dtype=np.uint32),
                sampled=bool(sampled),
            )
            found = classify(query, stored)
            if found is None:
                continue
            kind, score, query_is_longer = found
            rank = (kind == "near", score)
            if best is None or rank > (best.kind == "near", best.score):
                best = Match(doc_id, kind, score, query_is_longer)
        return best

    def add(self, doc_id: str, text: str, *, complete: bool) -> None:
        """Remember this copy as belonging to `doc_id` (a text already indexed is left as is)."""
        fp = self._fingerprint(text)
        self._begin()
        cur = self._db.execute(
            "INSERT OR IGNORE INTO entry (doc_id, sha, size, complete, signature, sample, sampled) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                doc_id,
                fp.sha,
                fp.size,
                int(complete),
                fp.signature.tobytes(),
                fp.sample.tobytes(),
                int(fp.sampled),
            ),
        )
        if cur.rowcount != 1:
            return
        entry_id = cur.lastrowid
        self._db.executemany(
            "INSERT OR IGNORE INTO band (key, entry) VALUES (?, ?)",
            [(key, entry_id) for key in fp.band_keys()],
        )

    def doc_ids(self) -> Iterable[str]:
        for (doc_id,) in self._db.execute("SELECT DISTINCT doc_id FROM entry"):
            yield doc_id

    def has_doc(self, doc_id: str) -> bool:
        return (
            self._db.execute("SELECT 1 FROM entry WHERE doc_id = ? LIMIT 1", (doc_id,)).fetchone() is not None
        )

    def rename_doc(self, old: str, new: str) -> None:
        """Every copy indexed under `old` now belongs to `new` (a run settling its new ids)."""
        self._begin()
        self._db.execute("UPDATE entry SET doc_id = ? WHERE doc_id = ?", (new, old))


def new_doc_id(text: str) -> str:
    """A stable id from the first copy's normalised text (never from a URL path)."""
    return "d" + text_sha256(text)[:16]


class DedupPipeline:
    """Scrapy step: hands an article's documents to the archive run, which dedups them and
    assigns doc ids (set on each document as `doc_id`). Pages the server did not change, or
    says are gone, pass through to ArchivePipeline."""

    def __init__(self, crawler):
        self.crawler = crawler
        self._run = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _archive_run(self):
        if self._run is None:
            from crawler.run import archive_run

            self._run = archive_run(self.crawler)
        return self._run

    def process_item(self, item):
        if getattr(item, "unchanged", False) or getattr(item, "gone", False) or not item.documents:
            return item
        from pipelines.archive import seen_at_from_item

        doc_ids = self._archive_run().add_documents(item.documents, seen_at_from_item(item))
        for doc, doc_id in zip(item.documents, doc_ids, strict=True):
            doc["doc_id"] = doc_id
        if self.crawler.stats:
            self.crawler.stats.inc_value("speech_archive/dedup/documents", len(doc_ids))
        return item
