"""speech-archive: Scrapy settings, items, middlewares and the command line."""
