"""慧慧文档网 www.huigou6.com: everything site-specific is in spiders/profiles/huigou6.toml."""

from spiders.base import ProfileSpider


class Huigou6Spider(ProfileSpider):
    name = "huigou6"
