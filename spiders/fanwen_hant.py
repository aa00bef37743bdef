"""a Traditional-script 发言稿 mirror (fanwen-hant.test): everything site-specific is in spiders/profiles/fanwen_hant.toml."""

from spiders.base import ProfileSpider


class FanwenHantSpider(ProfileSpider):
    name = "fanwen_hant"
