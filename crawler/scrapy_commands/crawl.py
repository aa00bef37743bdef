"""`scrapy crawl SITE`: Scrapy's own command, ending with the exit code of the archive run.

ArchiveRunAddon owns the run (opens it before any request, commits or abandons it when the engine
stops) and records the exit code that calls for: 5 interrupted, 6 a write failed, 130 stopped at
once by a second Ctrl-C — the codes `speech-archive crawl` gives. This command reads it.
"""

from __future__ import annotations

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError

from crawler import exitcodes
from crawler.run_binding import abandon_run, exit_code_of
from crawler.shutdown import StopOnSignals


class Command(ScrapyCrawlCommand):
    def run(self, args, opts) -> None:
        if len(args) != 1:
            raise UsageError("give one spider: scrapy crawl SITE")
        crawler = self.crawler_process.create_crawler(args[0])
        self.crawler_process.crawl(crawler, **opts.spargs)
        stop = StopOnSignals(self.crawler_process).install()
        self.crawler_process.start(install_signal_handlers=False)
        if self.crawler_process.bootstrap_failed:
            self.exitcode = exitcodes.FAILURE
        elif stop.stopped_at_once:
            abandon_run(crawler)
            self.exitcode = exitcodes.STOPPED_AT_ONCE
        else:
            self.exitcode = exit_code_of(crawler)
