"""One document per speech: exact, near and truncated copies found across pages, sites and runs.

Pure functions (`normalise_for_dedup`, `shingles`, `fingerprint`) and `DedupIndex`; the archive
run asks the index (`archive.writing.Run.identify`), the merge policy (pipelines/merge.py) decides
what the stored document becomes.

How copies are found (texts arrive already in Simplified script, so a Traditional mirror is
compared like any other copy):
- exact: the same normalised text (sha256 lookup);
- near: MinHash (128 permutations) over character 5-gram shingles, LSH banding for candidates,
  Jaccard >= 0.8;
- truncated: the shorter copy's shingles >= 0.9 contained in a longer one. Jaccard alone misses
  these (a paywalled replica and its full text sit at Jaccard 0.61-0.73), so the LSH bands are cut
  for a low threshold (32 bands x 4 rows: a pair at Jaccard 0.4 is a candidate half the time, at
  0.6 in 99 % of cases), and the opening of the text is a few more buckets (a paywalled copy keeps
  the opening, however much of the rest it drops): the first 104, 208, 416, ... characters, one
  bucket each. 104 characters is the shortest text that can be called a truncated copy
  (MIN_CONTAINED_SHINGLES), and the longer openings tell a copy's source from the many speeches
  that start with the same stock sentences ("同志们:今天,我们召开…"): the source shares every
  opening bucket the copy has, so it ranks first among the candidates.
  Each candidate is then checked on a content-defined 1/8 sample of its shingle hashes, which
  estimates Jaccard and containment without any text (all candidates of a lookup in one numpy pass).

The MinHash signature is datasketch's "affine32" MinHash (seed 1, identity hashfunc over our
32-bit shingle hashes: murmur3 fmix32, then a_k * h + b_k mod 2^32, minimum per permutation),
with datasketch's own permutation parameters, computed here in numpy: datasketch's
`update_batch` calls the hash function once per shingle in Python, about 0.5 ms a document, while
one (128 x shingles) numpy product takes about 0.1 ms. `tests/test_dedup.py` pins that the values
equal datasketch's.

Everything lives in one SQLite file (exact hashes, buckets, samples), so memory stays bounded
whatever the archive holds. A bucket is one row keyed by its 64-bit key, holding the ids of its
latest entries up to its read limit: a lookup reads one row per bucket and at most MAX_CANDIDATES
entries, whatever the archive holds. Additions wait in memory until the commit writes them in key
order into a small table of recent appends, which moves into the bucket table in one key-ordered
walk every RECENT_MERGE_ROWS rows (schema dedup-5; a dedup-4 index is migrated on open). An entry
linked to a text by one crowded band alone is not checked (CROWDED_BAND_ENTRIES).
"""

from __future__ import annotations

import functools
import hashlib
import sqlite3
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from pipelines.sqlite_index import SqliteIndex

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
# The entries sharing most buckets with a text are compared with it, at most this many.
MAX_CANDIDATES = 64
# A lookup reads at most this many entries of one bucket, the latest (LSH band / opening bucket):
# bounded work per lookup whatever the index holds. A near copy shares about half its 32 bands
# with its source, most of them rare; a stock opening shared by more speeches than this is told
# apart by the longer openings.
BAND_READ_LIMIT = 32
OPENING_READ_LIMIT = 256
# A band bucket holding at least this many entries is crowded: its rows are stock phrasing many
# texts share, so an entry sharing that band alone with a text is not checked against it. On
# generated speeches (bench/dedup.py, 20,000 documents) 99 % of the entries a lookup checked
# shared just one band with the text and none was a copy (every copy shared two buckets or
# more); they were 55 of the 64 a lookup may check. A band bucket of fewer entries still makes
# its entries candidates on its own (a truncated copy without the source's opening may share
# a single band with it).
CROWDED_BAND_ENTRIES = 4
# Bucket appends are held in memory and written in key order at each commit, or when this many
# texts are pending (38 keys each, about 180 bytes a key in Python: at most about 70 MB).
PENDING_FLUSH_ENTRIES = 10_000
# Opening buckets: the first 104 characters (the shortest text that can be a truncated copy),
# then 208, 416, ... up to PREFIX_ANCHOR_LEVELS lengths.
PREFIX_ANCHOR_CHARS = MIN_CONTAINED_SHINGLES + SHINGLE_SIZE - 1
PREFIX_ANCHOR_LEVELS = 6
# SQLite page cache of the index (KiB): the band table's inserts land at random keys, and once
# the index outgrows the default 2 MiB cache most lookups and inserts go to the OS for pages
# (bench at 10^5 documents, 170 MB of index: 1.23 ms a document with 2 MiB, 1.19 with 64 MiB,
# 1.06 with 256 MiB but 325 MB RSS). 64 MiB keeps the crawl process well inside its RSS budget.
INDEX_CACHE_KIB = 64 * 1024
# The commit writes bucket appends into a small table of recent appends (it stays in the page
# cache, so a commit rewrites few pages) and moves them into the bucket table, in key order, once
# it holds this many rows. Appending to the big table at every commit rewrote most of its pages
# at 10^6 documents (380,000 keys a 10,000-document commit over 177,000 leaf pages).
RECENT_MERGE_ROWS = 1_500_000
INDEX_SCHEMA = "dedup-5"
# An index of the layout before the recent-appends table: migrated in place on open (the table
# created empty, which is what that layout means).
_MIGRATED_SCHEMA = "dedup-4"


def _affine32_permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """datasketch's permutation parameters for its affine32 scheme (`MinHash._init_permutations`),
    drawn here: importing datasketch imports scipy, 70 MB and a second in every crawl worker.
    tests/test_dedup.py pins that they equal datasketch's."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


# As (NUM_PERM, 1) columns so a signature is one broadcast product over the shingle hashes.
_PERM_A, _PERM_B = (column[:, None].copy() for column in _affine32_permutations(NUM_PERM, seed=1))
_EMPTY_HASH = np.uint32(0xFFFFFFFF)
# An entry id in a bucket row.
_ENTRY_ID = np.dtype("<u4")
_BAND_LIMIT_BYTES = BAND_READ_LIMIT * _ENTRY_ID.itemsize
_CROWDED_BAND_BYTES = CROWDED_BAND_ENTRIES * _ENTRY_ID.itemsize
# Shingle hashes per product block: bounds the temporary (NUM_PERM x block x 4 bytes) for long texts.
_SIGNATURE_BLOCK = 8192


def normalise_for_dedup(text: str) -> str:
    """The text dedup compares: NFKC (full-width forms folded) and every whitespace run removed.

    CJK text has no word spaces, and copies of one speech differ in paragraph breaks and
    stray spaces (PDF conversion), so whitespace carries no signal here.
    """
    # str.split() drops exactly the characters regex \s matches (str.isspace), four times faster.
    return "".join(unicodedata.normalize("NFKC", text or "").split())


def shingles(text: str, k: int = SHINGLE_SIZE) -> set[str]:
    """Character k-grams of the normalised text (the whole text when shorter than k)."""
    return _shingles_of_normalised(normalise_for_dedup(text), k)


def _shingles_of_normalised(norm: str, k: int = SHINGLE_SIZE) -> set[str]:
    if len(norm) <= k:
        return {norm} if norm else set()
    return {norm[i : i + k] for i in range(len(norm) - k + 1)}


def text_sha256(text: str) -> str:
    """sha256 hex of the normalised text: what "exact copy" means."""
    return normalised_sha256(normalise_for_dedup(text))


def normalised_sha256(norm: str) -> str:
    """sha256 hex of a text already normalised by `normalise_for_dedup`."""
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


# Powers of the 64-bit FNV prime: a 5-gram's hash is sum(codepoint_j * P^j) mod 2^64.
_SHINGLE_POWERS = np.array([pow(0x100000001B3, j, 1 << 64) for j in range(SHINGLE_SIZE)], dtype=np.uint64)


def _splitmix64(h: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser (in place on a uint64 array): every output bit depends on every input bit."""
    h ^= h >> np.uint64(30)
    h *= np.uint64(0xBF58476D1CE4E5B9)
    h ^= h >> np.uint64(27)
    h *= np.uint64(0x94D049BB133111EB)
    h ^= h >> np.uint64(31)
    return h


def shingle_hashes(norm: str) -> np.ndarray:
    """Sorted distinct 32-bit hashes of the 5-gram shingles of a normalised text.

    Vectorised over the code points (one numpy pass instead of a Python call per shingle),
    then a splitmix64 finaliser so every output bit depends on every character.
    """
    codepoints = np.frombuffer(norm.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    if codepoints.size == 0:
        return np.zeros(0, dtype=np.uint32)
    # sum_j codepoint[i + j] * P^j as SHINGLE_SIZE shifted products (a sum over a sliding window
    # view's rows is several times slower); uint64 wraps, so the order of the sum does not matter.
    count = max(1, codepoints.size - SHINGLE_SIZE + 1)
    width = min(SHINGLE_SIZE, codepoints.size)
    h = codepoints[:count] * _SHINGLE_POWERS[0]
    for j in range(1, width):
        h += codepoints[j : j + count] * _SHINGLE_POWERS[j]
    h = _splitmix64(h)
    return _sorted_distinct((h & np.uint64(0xFFFFFFFF)).astype(np.uint32))


def _sorted_distinct(values: np.ndarray) -> np.ndarray:
    """`np.unique` for a small uint32 array: a sort and a neighbour mask, several times faster
    than the hash-based unique numpy 2 uses for integers."""
    values = np.sort(values)
    if values.size < 2:
        return values
    keep = np.empty(values.size, dtype=bool)
    keep[0] = True
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    return values[keep]


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finaliser, as datasketch pre-mixes each input hash (affine32 scheme)."""
    h = h ^ (h >> np.uint32(16))
    h *= np.uint32(0x85EBCA6B)
    h ^= h >> np.uint32(13)
    h *= np.uint32(0xC2B2AE35)
    h ^= h >> np.uint32(16)
    return h


def minhash_signature(hashes: np.ndarray) -> np.ndarray:
    """The MinHash of a set of uint32 hashes: datasketch's `MinHash(num_perm=NUM_PERM, seed=1,
    hashfunc=identity)` after `update_batch(hashes)`, hash values equal, as uint32."""
    signature = np.full(NUM_PERM, _EMPTY_HASH, dtype=np.uint32)
    mixed = _fmix32(np.asarray(hashes, dtype=np.uint32))
    for start in range(0, mixed.size, _SIGNATURE_BLOCK):
        # uint32 arithmetic wraps: that is datasketch's "mod 2^32".
        permuted = _PERM_A * mixed[None, start : start + _SIGNATURE_BLOCK]
        permuted += _PERM_B
        np.minimum(signature, permuted.min(axis=1), out=signature)
    return signature


# One odd constant per band, so equal rows in different bands make different keys.
_BAND_SALTS = (np.arange(1, LSH_BANDS + 1, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)) | np.uint64(1)


def _band_keys(signature: np.ndarray) -> list[int]:
    """One signed 64-bit bucket key per LSH band (the band's LSH_ROWS values and its number, mixed)."""
    rows = signature.astype(np.uint32).reshape(LSH_BANDS, LSH_ROWS).astype(np.uint64)
    key = _BAND_SALTS.copy()
    for row in range(LSH_ROWS):
        key = _splitmix64(key ^ rows[:, row])
    return key.view(np.int64).tolist()


def _opening_keys(norm: str) -> list[int]:
    """One bucket key per opening length (PREFIX_ANCHOR_CHARS, twice that, ...) the text reaches."""
    keys = []
    length = PREFIX_ANCHOR_CHARS
    for _ in range(PREFIX_ANCHOR_LEVELS):
        if len(norm) < length:
            break
        digest = hashlib.blake2b(norm[:length].encode("utf-8"), digest_size=8, person=b"opening").digest()
        keys.append(int.from_bytes(digest, "big", signed=True))
        length *= 2
    return keys


@dataclass(frozen=True)
class Fingerprint:
    """What the index keeps of one text."""

    sha: str
    size: int  # number of distinct shingles
    signature: np.ndarray  # MinHash hash values (uint32, NUM_PERM)
    sample: np.ndarray  # sorted uint32 shingle hashes (the 1/8 sample, or all when `sampled` is False)
    sampled: bool
    keys: tuple[int, ...] = ()  # its LSH band and opening buckets

    def band_keys(self) -> list[int]:
        return list(self.keys)


def fingerprint(text: str) -> Fingerprint:
    """MinHash signature, bucket keys, shingle-hash sample and sha of one text."""
    norm = normalise_for_dedup(text)
    hashes = shingle_hashes(norm)
    signature = minhash_signature(hashes)
    sample = hashes[(hashes >> np.uint32(SAMPLE_SHIFT)) == 0]
    sampled = sample.size >= MIN_SAMPLE
    return Fingerprint(
        sha=hashlib.sha256(norm.encode("utf-8")).hexdigest(),
        size=int(hashes.size),
        signature=signature,
        sample=sample if sampled else hashes,
        sampled=sampled,
        keys=tuple(_band_keys(signature) + _opening_keys(norm)),
    )


@functools.lru_cache(maxsize=4)  # a text's match() and add() ask for the same keys
def _bucket_limits(keys: tuple[int, ...]) -> dict[int, int]:
    """Each distinct bucket key of a fingerprint with its read limit in bytes (bands come first)."""
    band_count = min(LSH_BANDS, len(keys))
    limits = [BAND_READ_LIMIT] * band_count + [OPENING_READ_LIMIT] * (len(keys) - band_count)
    return {key: limit * _ENTRY_ID.itemsize for key, limit in zip(keys, limits, strict=True)}


@dataclass(frozen=True)
class DedupKey:
    """A document's text as dedup reads it, hashed: made where the document is made (a worker
    process of the crawl or of `reprocess`), so the archive run only looks it up."""

    norm: str  # normalise_for_dedup(text)
    fingerprint: Fingerprint  # fingerprint(norm): exactly what DedupIndex would compute


def dedup_key(text: str) -> DedupKey:
    norm = normalise_for_dedup(text)
    return DedupKey(norm, fingerprint(norm))


def _comparable(sample: np.ndarray, sampled: bool) -> np.ndarray:
    """Reduce a full hash set to the 1/8 sample so it compares with a sampled one."""
    if sampled:
        return sample
    return sample[(sample >> np.uint32(SAMPLE_SHIFT)) == 0]


def _compared_sets(a: Fingerprint, b_sample: np.ndarray, b_sampled: bool) -> tuple[np.ndarray, np.ndarray]:
    """The two hash sets that stand for a and b: full sets when both have them, else both 1/8 samples."""
    if a.sampled or b_sampled:
        return _comparable(a.sample, a.sampled), _comparable(b_sample, b_sampled)
    return a.sample, b_sample


def _ratios(inter: int, size_a: int, size_b: int) -> tuple[float, float, float]:
    if not size_a or not size_b:
        return 0.0, 0.0, 0.0
    return inter / (size_a + size_b - inter), inter / size_a, inter / size_b


def overlap(a: Fingerprint, b: Fingerprint) -> tuple[float, float, float]:
    """Estimated (Jaccard, containment of a in b, containment of b in a) from the samples."""
    sa, sb = _compared_sets(a, b.sample, b.sampled)
    return _ratios(np.intersect1d(sa, sb, assume_unique=True).size, sa.size, sb.size)


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


def _judge(
    query_size: int, stored_size: int, ratios: tuple[float, float, float]
) -> tuple[str, float, bool] | None:
    """(kind, score, query_is_longer) from the sizes and estimated overlap of two distinct texts."""
    jaccard, query_in_stored, stored_in_query = ratios
    if jaccard >= NEAR_JACCARD:
        return "near", jaccard, query_size > stored_size
    shorter_is_query = query_size <= stored_size
    containment = query_in_stored if shorter_is_query else stored_in_query
    if containment >= TRUNCATED_CONTAINMENT and min(query_size, stored_size) >= MIN_CONTAINED_SHINGLES:
        return "truncated", containment, not shorter_is_query
    return None


def classify(query: Fingerprint, stored: Fingerprint) -> tuple[str, float, bool] | None:
    """How `query` relates to `stored`: (kind, score, query_is_longer) or None when distinct."""
    if query.sha == stored.sha:
        return "exact", 1.0, False
    return _judge(query.size, stored.size, overlap(query, stored))


def _hits_per_owner(query_set: np.ndarray, values: np.ndarray, owners: np.ndarray, count: int) -> np.ndarray:
    """How many of `values` are in the sorted `query_set`, counted per owner (0..count-1)."""
    if not query_set.size or not values.size:
        return np.zeros(count, dtype=np.intp)
    # A searchsorted of thousands of unsorted values is slow (about 40 ns a value); a table
    # of the query's low 16 bits rules out nearly every non-member first.
    low_bits = np.zeros(1 << 16, dtype=bool)
    low_bits[query_set & np.uint32(0xFFFF)] = True
    maybe = np.flatnonzero(low_bits.take(values & np.uint32(0xFFFF)))
    maybe_values = values[maybe]
    positions = np.searchsorted(query_set, maybe_values)
    positions[positions == query_set.size] = 0
    return np.bincount(owners[maybe[query_set[positions] == maybe_values]], minlength=count)


def _overlaps_with_many(query: Fingerprint, samples: list[bytes], sampled: list[bool]) -> np.ndarray:
    """`overlap(query, s)` for every stored sample (its uint32 hashes as bytes), as the rows of an
    (n, 3) array, in one pass over their concatenation.

    A lookup compares up to MAX_CANDIDATES entries: one numpy pass over all their samples, with
    no numpy call per candidate, costs about what a single intersect1d does.
    """
    count = len(samples)
    stored_sizes = np.fromiter(map(len, samples), dtype=np.intp, count=count) >> 2  # uint32 bytes
    values = np.frombuffer(b"".join(samples), dtype=np.uint32)
    owners = np.repeat(np.arange(count, dtype=np.intp), stored_sizes)
    if query.sampled and all(sampled):  # the common case: every set is a 1/8 sample
        hits = _hits_per_owner(query.sample, values, owners, count)
        query_sizes = np.full(count, query.sample.size, dtype=np.intp)
    else:
        # Which query set each stored set is compared with: False the full hashes, True the 1/8
        # sample; a full stored set compared with the query's sample is reduced to its sample.
        stored_sampled = np.fromiter(sampled, dtype=bool, count=count)
        side = stored_sampled | query.sampled
        keep = ~(side & ~stored_sampled)[owners] | ((values >> np.uint32(SAMPLE_SHIFT)) == 0)
        values, owners = values[keep], owners[keep]
        stored_sizes = np.bincount(owners, minlength=count)
        query_sets = (query.sample, _comparable(query.sample, query.sampled))
        on_sample = side[owners]
        hits = _hits_per_owner(query_sets[0], values[~on_sample], owners[~on_sample], count)
        hits += _hits_per_owner(query_sets[1], values[on_sample], owners[on_sample], count)
        query_sizes = np.where(side, query_sets[1].size, query_sets[0].size)
    ratios = np.zeros((count, 3))
    both = (query_sizes > 0) & (stored_sizes > 0)
    inter = hits[both].astype(np.float64)
    ratios[both, 0] = inter / (query_sizes[both] + stored_sizes[both] - hits[both])
    ratios[both, 1] = inter / query_sizes[both]
    ratios[both, 2] = inter / stored_sizes[both]
    return ratios


_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entry (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL,
    sha TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    complete INTEGER NOT NULL,
    sample BLOB NOT NULL,
    sampled INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS entry_doc ON entry(doc_id);
-- One row per bucket (LSH band or opening): the ids of its latest entries, oldest first, as
-- little-endian uint32, at most the bucket's read limit. A lookup reads one row per bucket
-- whatever the archive holds, and a crowded bucket never grows past its limit.
CREATE TABLE IF NOT EXISTS bucket (key INTEGER PRIMARY KEY, entries BLOB NOT NULL);
"""
# Since dedup-5: appends since the last merge, per bucket, cut to the bucket's read limit (`cap`,
# in bytes); a bucket's entries are its `bucket` row's followed by its `bucket_recent` row's.
_RECENT_SCHEMA = """
CREATE TABLE IF NOT EXISTS bucket_recent (key INTEGER PRIMARY KEY, entries BLOB NOT NULL, cap INTEGER NOT NULL);
"""


class DedupIndex(SqliteIndex):
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
        self._db.execute(f"PRAGMA cache_size = -{INDEX_CACHE_KIB}")
        # Another schema's tables may not fit this one's statements: check before creating any.
        self._db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        schema = self.get_meta("schema")
        if schema is not None and schema not in (INDEX_SCHEMA, _MIGRATED_SCHEMA):
            self._db.close()
            raise ValueError(f"dedup index {target} has schema {schema}, expected {INDEX_SCHEMA}")
        self._db.executescript(_SCHEMA)
        if schema is None:
            self._db.executescript(_RECENT_SCHEMA)
            self._db.execute("INSERT INTO meta VALUES ('schema', ?)", (INDEX_SCHEMA,))
        elif schema == _MIGRATED_SCHEMA:
            # The same entries and buckets, nothing appended since: one transaction, so a
            # migration cut short leaves the dedup-4 file as it was.
            self._db.executescript(
                f"BEGIN; {_RECENT_SCHEMA} UPDATE meta SET value = '{INDEX_SCHEMA}' WHERE key = 'schema'; COMMIT;"
            )
        self._last: tuple[str, Fingerprint] | None = None
        # Bucket appends not yet written: key -> (entry ids, the bucket's read limit in bytes).
        # Lookups see them; `commit` (or PENDING_FLUSH_ENTRIES texts) writes them in key order.
        self._pending: dict[int, tuple[bytearray, int]] = {}
        self._pending_count = 0

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

    def know_fingerprint(self, key: DedupKey) -> None:
        """The next match()/add() of `key.norm` use the fingerprint made elsewhere, not hashed again."""
        self._last = (key.norm, key.fingerprint)

    def _candidates(self, query: Fingerprint) -> list[int]:
        """Entry ids sharing the most buckets with the query (at most MAX_CANDIDATES).

        Each bucket gives its latest entries only, at most its read limit: a bucket that many
        texts share (stock phrases, a stock opening) says little about any of them, and reading
        it whole would make every lookup grow with the index. Counted here rather than by a
        GROUP BY: numpy ranks a few hundred ids faster than SQLite sorts its grouped rows.
        """
        limits = _bucket_limits(query.keys)
        if not limits:
            return []
        keys = list(limits)
        marks = ",".join("?" * len(keys))
        merged, recent = {}, {}
        for key, ids, is_recent in self._db.execute(
            f"SELECT key, entries, 0 FROM bucket WHERE key IN ({marks})"
            f" UNION ALL SELECT key, entries, 1 FROM bucket_recent WHERE key IN ({marks})",
            keys + keys,
        ):
            (recent if is_recent else merged)[key] = ids
        pending = self._pending
        buckets, crowded = [], []
        for key, limit in limits.items():
            ids = merged.get(key, b"")
            if key in recent:
                ids += recent[key]
            if key in pending:
                ids += pending[key][0]
            if not ids:
                continue
            # Oldest first: the latest `limit` bytes are what the bucket holds.
            ids = ids[-limit:]
            buckets.append(ids)
            crowded.append(limit == _BAND_LIMIT_BYTES and len(ids) >= _CROWDED_BAND_BYTES)
        if not buckets:
            return []
        # Each id doubled, plus 1 where it comes from a crowded band: sorted, an entry's first
        # occurrence says whether any bucket other than a crowded band gave it.
        tagged = np.frombuffer(b"".join(buckets), dtype=_ENTRY_ID).astype(np.int64) << 1
        if any(crowded):
            sizes = np.fromiter(map(len, buckets), dtype=np.intp, count=len(buckets)) // _ENTRY_ID.itemsize
            tagged |= np.repeat(np.array(crowded, dtype=np.int64), sizes)
        tagged.sort()
        ids = tagged >> 1
        first = np.flatnonzero(np.concatenate(([True], ids[1:] != ids[:-1])))
        entries = ids[first]
        hits = np.diff(np.append(first, ids.size))
        # An entry that shares nothing with the query but one crowded band (stock phrasing) is
        # no candidate: see CROWDED_BAND_ENTRIES.
        keep = (hits > 1) | ((tagged[first] & 1) == 0)
        entries, hits = entries[keep], hits[keep]
        if entries.size > MAX_CANDIDATES:
            # Most shared buckets first; among equals, the latest entries.
            order = np.lexsort((-entries, -hits))[:MAX_CANDIDATES]
            entries = entries[order]
        return entries.tolist()

    def match(self, text: str) -> Match | None:
        """The best archived copy this text is a copy of, or None."""
        query = self._fingerprint(text)
        row = self._db.execute("SELECT doc_id FROM entry WHERE sha = ?", (query.sha,)).fetchone()
        if row:
            return Match(row[0], "exact", 1.0)
        candidates = self._candidates(query)
        if not candidates:
            return None
        rows = self._db.execute(
            f"SELECT doc_id, size, sample, sampled FROM entry WHERE id IN ({','.join('?' * len(candidates))})",
            candidates,
        ).fetchall()
        ratios = _overlaps_with_many(query, [row[2] for row in rows], [bool(row[3]) for row in rows])
        # Only a candidate over one of the two thresholds can be a copy: the rest are not judged.
        possible = (ratios[:, 0] >= NEAR_JACCARD) | (ratios[:, 1:].max(axis=1) >= TRUNCATED_CONTAINMENT)
        best: Match | None = None
        for i in np.flatnonzero(possible).tolist():
            doc_id, size = rows[i][0], rows[i][1]
            found = _judge(query.size, size, (float(ratios[i, 0]), float(ratios[i, 1]), float(ratios[i, 2])))
            if found is None:
                continue
            kind, score, query_is_longer = found
            if best is None or (kind == "near", score) > (best.kind == "near", best.score):
                best = Match(doc_id, kind, score, query_is_longer)
        return best

    def add(self, doc_id: str, text: str, *, complete: bool) -> None:
        """Remember this copy as belonging to `doc_id` (a text already indexed is left as is)."""
        fp = self._fingerprint(text)
        self._begin()
        cur = self._db.execute(
            "INSERT OR IGNORE INTO entry (doc_id, sha, size, complete, sample, sampled) VALUES (?, ?, ?, ?, ?, ?)",
            (doc_id, fp.sha, fp.size, int(complete), fp.sample.tobytes(), int(fp.sampled)),
        )
        if cur.rowcount != 1:
            return
        entry_id = cur.lastrowid.to_bytes(_ENTRY_ID.itemsize, "little")
        for key, limit in _bucket_limits(fp.keys).items():
            pending = self._pending.get(key)
            if pending is None:
                self._pending[key] = pending = (bytearray(), limit)
            pending[0].extend(entry_id)
        self._pending_count += 1
        if self._pending_count >= PENDING_FLUSH_ENTRIES:
            self._flush()

    def _flush(self) -> None:
        """Write the pending bucket appends into the recent appends, in key order; move those into
        the bucket table once there are RECENT_MERGE_ROWS of them (one walk along it, in key order,
        for several commits' appends, instead of most of its pages rewritten at every commit)."""
        if not self._pending:
            return
        self._begin()
        # Appended, then cut to the bucket's read limit: `||` makes text of two blobs (bytes kept),
        # CAST makes it a blob again so that substr counts bytes, from the end.
        self._db.executemany(
            "INSERT INTO bucket_recent (key, entries, cap) VALUES (?1, substr(?2, -?3), ?3)"
            " ON CONFLICT (key) DO UPDATE SET entries = substr(CAST(entries || excluded.entries AS BLOB), -?3)",
            [(key, *appends) for key, appends in sorted(self._pending.items())],
        )
        self._pending.clear()
        self._pending_count = 0
        if self._db.execute("SELECT COUNT(*) FROM bucket_recent").fetchone()[0] >= RECENT_MERGE_ROWS:
            self._merge_recent()

    def _merge_recent(self) -> None:
        """Move the recent appends into the bucket table (inside the open transaction)."""
        # `WHERE true` lets SQLite parse ON CONFLICT after a SELECT; a key new to the bucket table
        # (most of them) is inserted as it is, already cut; an existing one gets the recent
        # entries appended and is cut to the read limit again.
        self._db.execute(
            "INSERT INTO bucket (key, entries) SELECT key, entries FROM bucket_recent WHERE true ORDER BY key"
            " ON CONFLICT (key) DO UPDATE SET entries = substr(CAST(bucket.entries || excluded.entries AS BLOB),"
            " -(SELECT cap FROM bucket_recent WHERE bucket_recent.key = excluded.key))"
        )
        self._db.execute("DELETE FROM bucket_recent")

    def commit(self) -> None:
        self._flush()
        super().commit()

    def rollback(self) -> None:
        self._pending.clear()
        self._pending_count = 0
        super().rollback()

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


@dataclass(frozen=True)
class Identity:
    """What dedup says of one copy: its document's id and how it matched (exact|near|truncated)."""

    doc_id: str
    kind: str


def new_doc_id(text: str) -> str:
    """A stable id from the first copy's normalised text (never from a URL path)."""
    return "d" + text_sha256(text)[:16]
