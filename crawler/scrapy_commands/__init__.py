"""The project's Scrapy commands (COMMANDS_MODULE): `scrapy crawl` with the archive's exit codes."""
