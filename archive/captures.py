"""Where a run's WARC captures go: straight into the archive's warc/ folder.

The crawl's capture middleware asks its run for a capture sink (`run.captures`) and writes every
exchange through the writer it opens. A single-process run writes here; a distributed worker's
sink ships the same bytes to the coordinator instead (crawler/distributed/sender.py). Both have
`open`, `written`, `make_durable` and `close`.
"""

from __future__ import annotations

from pathlib import Path

from archive.cdxj import WrittenFile
from archive.warc_writer import WarcWriter


class ArchiveCaptures:
    """WARC files written into the archive's own warc/ folder, made durable ahead of the commit."""

    def __init__(self, warc_dir: Path):
        self.warc_dir = Path(warc_dir)
        self.writers: list[WarcWriter] = []

    def open(self, *, prefix: str, max_file_size: int, info: dict) -> WarcWriter:
        writer = WarcWriter(self.warc_dir, prefix=prefix, max_file_size=max_file_size, info=info)
        self.writers.append(writer)
        return writer

    def written_files(self) -> dict[str, WrittenFile]:
        """What the writers noted of the files they wrote (the commit indexes them from it)."""
        return {name: written for writer in self.writers for name, written in writer.written_files().items()}

    def written(self, writer: WarcWriter) -> None:
        """Nothing to do: the bytes are where the archive keeps them."""

    def make_durable(self, writer: WarcWriter) -> None:
        writer.sync()

    def close(self, writer: WarcWriter) -> None:
        writer.close()
