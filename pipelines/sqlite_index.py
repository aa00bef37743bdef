"""What the archive's SQLite indexes (dedup, URLs) share: explicit transactions and a meta table.

Each index runs in autocommit mode and opens a transaction on its first write, so a whole run's
writes become durable together when the archive commits the version (or vanish on rollback).
"""

from __future__ import annotations

import sqlite3


class SqliteIndex:
    """Base of an index kept in one SQLite file with a `meta (key, value)` table; `self._db` is set
    by the subclass (isolation_level=None)."""

    _db: sqlite3.Connection

    def _begin(self) -> None:
        if not self._db.in_transaction:
            self._db.execute("BEGIN")

    def get_meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self._begin()
        self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def commit(self) -> None:
        if self._db.in_transaction:
            self._db.execute("COMMIT")

    def rollback(self) -> None:
        if self._db.in_transaction:
            self._db.execute("ROLLBACK")

    def close(self) -> None:
        self.rollback()
        self._db.close()
