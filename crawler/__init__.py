"""Scrapy crawler that turns Chinese regional news into clean articles and reported figures."""
