"""BENCHMARK FIXTURE: the generated bench site (bench.test) of `python -m bench`; the profile is
spiders/profiles/bench.toml. Not a real site and not in sites.toml."""

from spiders.base import ProfileSpider


class BenchSpider(ProfileSpider):
    name = "bench"
