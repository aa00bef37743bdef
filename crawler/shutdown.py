"""Ctrl-C and SIGTERM during a crawl: the first stops gracefully, a second stops at once.

Scrapy's CrawlerProcess handles the signals itself when asked to; we install this handler instead
(`start(install_signal_handlers=False)`) because a crawl stopped at once must not be committed:
the first signal stops every crawler gracefully (what was archived so far is committed as an
`interrupted` version); the second marks every crawler as stopped at once and stops the reactor,
so the run's owner abandons the run (nothing committed, the last version intact) and the command
exits with STOPPED_AT_ONCE.
"""

from __future__ import annotations

import logging
import signal

from scrapy.utils.defer import deferred_from_coro

from crawler.run_binding import STOPPED_AT_ONCE_ATTRIBUTE

logger = logging.getLogger(__name__)

SHUTDOWN_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class StopOnSignals:
    """Installed around `process.start()`; `stopped_at_once` tells the run's owner what happened."""

    def __init__(self, process):
        self.process = process
        self.received = 0
        self.stopped_at_once = False

    def install(self) -> StopOnSignals:
        for signum in SHUTDOWN_SIGNALS:
            signal.signal(signum, self.handle)
        return self

    def handle(self, signum, _frame) -> None:
        from twisted.internet import reactor

        self.received += 1
        if self.received == 1:
            reactor.callFromThread(self.stop_gracefully, signum)
        else:
            self.stopped_at_once = True
            for crawler in list(self.process.crawlers):
                setattr(crawler, STOPPED_AT_ONCE_ATTRIBUTE, True)
            reactor.callFromThread(self.stop_at_once, signum)

    def stop_gracefully(self, signum: int) -> None:
        logger.info(
            "Received %s, shutting down gracefully (what was archived is committed). "
            "Send again to stop at once: nothing of this run will be committed.",
            signal.Signals(signum).name,
        )
        for crawler in list(self.process.crawlers):
            deferred_from_coro(crawler.stop_async())  # each closes with reason "shutdown"

    def stop_at_once(self, signum: int) -> None:
        from twisted.internet import reactor

        logger.info(
            "Received %s twice, stopping at once: nothing of this run is committed",
            signal.Signals(signum).name,
        )
        if reactor.running:
            reactor.stop()
