"""The crawl benchmark's second baseline: the naive peer pipeline.

What a plain Scrapy project doing the same job would be: the fetch-only spider's walk
(`bench.fetch_only`), `trafilatura.bare_extraction` of every article in the spider's callback,
and every exchange (request and response) written by warcio's `WARCWriter` (gzipped records,
one file) from a downloader middleware. No dedup, no history, no archive versions: the product
should be well ahead of it, since its extraction runs on every core.

    python -m bench.peer http://127.0.0.1:PORT --warc /tmp/peer.warc.gz [--profile P]   # prints JSON stats
"""

from __future__ import annotations

import sys
from io import BytesIO

from scrapy import signals

from bench.fetch_only import FetchOnlySpider
from bench.fetch_only import main as fetch_main


class PeerSpider(FetchOnlySpider):
    name = "bench_peer"
    custom_settings = {
        "DOWNLOADER_MIDDLEWARES": {"bench.peer.WarcEveryExchange": 950},
    }

    def article(self, response):
        import trafilatura

        result = trafilatura.bare_extraction(response.text, url=response.url, with_metadata=True)
        if result is not None:
            yield {"url": response.url, "title": result.title, "date": result.date, "text": result.text}


class WarcEveryExchange:
    """Each request and response, as Scrapy has them, into one WARC file (warcio)."""

    def __init__(self, path: str):
        from warcio.warcwriter import WARCWriter

        self.stream = open(path, "wb")  # noqa: SIM115  closed on spider_closed
        self.writer = WARCWriter(self.stream, gzip=True)

    @classmethod
    def from_crawler(cls, crawler):
        middleware = cls(crawler.settings.get("PEER_WARC_FILE"))
        crawler.signals.connect(middleware.close, signal=signals.spider_closed)
        return middleware

    def process_response(self, request, response, spider=None):
        from warcio.statusandheaders import StatusAndHeaders

        def header_list(headers):
            return [(k.decode("latin-1"), v.decode("latin-1")) for k, vs in headers.items() for v in vs]

        request_headers = StatusAndHeaders(
            f"{request.method} {request.url} HTTP/1.1", header_list(request.headers), is_http_request=True
        )
        self.writer.write_record(
            self.writer.create_warc_record(
                request.url, "request", payload=BytesIO(request.body), http_headers=request_headers
            )
        )
        response_headers = StatusAndHeaders(
            f"{response.status} OK", header_list(response.headers), protocol="HTTP/1.1"
        )
        self.writer.write_record(
            self.writer.create_warc_record(
                response.url, "response", payload=BytesIO(response.body), http_headers=response_headers
            )
        )
        return response

    def close(self, *args, **kwargs) -> None:
        self.stream.close()


if __name__ == "__main__":
    sys.exit(fetch_main(spider_class=PeerSpider, prog="python -m bench.peer"))
