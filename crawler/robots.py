"""robots.txt obeyed by every request, however many wait for the file at once.

Scrapy's RobotsTxtMiddleware keeps one Deferred per host while robots.txt downloads, and every
request that arrives meanwhile awaits it. Under the asyncio reactor each await adds a callback
that hands the parser to its own future and passes None down the chain, so the second and later
waiters get no parser and go out unchecked: a page linking five pages of a host not yet asked
sent four of them past its robots.txt. Once the file is read the middleware keeps the parser
itself, so a waiter left without one asks again and gets it (None then means what Scrapy means
by it: the file could not be had, and everything is allowed).
"""

from __future__ import annotations

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware


class RobotsTxtObeyed(RobotsTxtMiddleware):
    async def process_request(self, request, spider=None) -> None:
        if request.meta.get("dont_obey_robotstxt"):
            return
        if request.url.startswith(("data:", "file:")):
            return
        parser = await self.robot_parser(request)
        if parser is None:
            parser = await self.robot_parser(request)  # read by now: the middleware's own copy
        self.process_request_2(parser, request)
