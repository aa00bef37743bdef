"""Item pipelines of speech-archive: extract -> clean -> split -> normalize (-> dedup -> archive).

Each step is a pure function (testable without Scrapy) with a thin pipeline class around it;
`pipelines.page.process_page` chains the same functions for one saved page.
"""
