"""Signals of the project, beside Scrapy's own."""

#: A page gave no article (HTTP error, no body, ...): sent with url, reason, detail.
page_rejected = object()
