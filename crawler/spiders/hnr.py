"""映象网 (hnr.cn): channel listings, their pagination and related reading."""

from crawler.spiders.base import BaseNewsSpider


class HnrSpider(BaseNewsSpider):
    """Everything site-specific is in ``crawler/sites/hnr.toml``."""

    name = "hnr"
    profile_name = "hnr"
