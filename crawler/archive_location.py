"""Says where a crawl's archive is, in the first lines of its log: a plain `scrapy crawl SITE`
without `-s ARCHIVE_DIR=DIR` writes `./archive-data`, which a user should not have to guess."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from scrapy.exceptions import NotConfigured

logger = logging.getLogger(__name__)


class ArchiveLocationLogged:
    """A Scrapy extension that only logs, when extensions are built (before any request)."""

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if settings.get("DISTRIBUTED_WORKER_ID"):
            raise NotConfigured("a distributed worker writes no archive: its coordinator does")
        where = Path(settings.get("ARCHIVE_DIR") or "archive-data").resolve()
        chosen = settings.getpriority("ARCHIVE_DIR") > settings.getpriority("BOT_NAME") or os.environ.get(
            "SPEECH_ARCHIVE_DIR"
        )
        how = "ARCHIVE_DIR" if chosen else "the default; -s ARCHIVE_DIR=DIR writes elsewhere"
        logger.info("archive: %s (%s)", where, how)
        return cls()
