"""新文秘网 www.wm114.cn: everything site-specific is in spiders/profiles/wm114.toml."""

from spiders.base import ProfileSpider


class Wm114Spider(ProfileSpider):
    name = "wm114"
