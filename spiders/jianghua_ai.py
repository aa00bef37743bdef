"""a generated-text 讲话范文 site (jianghua-ai.test): everything site-specific is in spiders/profiles/jianghua_ai.toml."""

from spiders.base import ProfileSpider


class JianghuaAiSpider(ProfileSpider):
    name = "jianghua_ai"
