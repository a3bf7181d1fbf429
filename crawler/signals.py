"""Signals of the project, beside Scrapy's own."""

#: A page gave no article (HTTP error, no body, ...): sent with url, reason, detail and the
#: request (how the page was reached, for a retry by the next run).
page_rejected = object()
