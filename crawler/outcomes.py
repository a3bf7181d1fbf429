"""What became of a URL, from the reason a page gave no article or an item was rejected.

Reasons are short stats keys (``rejects/<reason>``): ``http_<status>``, a network
exception's name (``TimeoutError``), ``extraction_failed``, ``too_large``,
``redirect_loop``, ``offsite_redirect``, ``redirect_alias`` (a redirect to a page
already crawled), ``no_body``, ``no_title``, ``empty_body``,
``encoding``, ``invalid/<field>``, ``duplicate_body``, ``robots_unavailable``. Only real non-articles are final:
a page that is gone (404, 410), a page with no text, and an alias of another page; every
other reason leaves the URL to be fetched again by the next run.
"""

from __future__ import annotations

from enum import StrEnum


class Outcome(StrEnum):
    EXPORTED = "exported"  # its article is in a feed
    GONE = "gone"  # 404 or 410
    NO_ARTICLE = "no_article"  # a page with no article text (video, gallery, listing)
    ALIAS = "alias"  # another URL's page: a redirect, a canonical link, the same text
    ERROR = "error"  # the fetch or the extraction failed: fetched again by the next run

    @property
    def final(self) -> bool:
        """Not fetched again until ``FINAL_RECHECK_DAYS`` have passed."""
        return self in _FINAL


_FINAL = frozenset({Outcome.GONE, Outcome.NO_ARTICLE, Outcome.ALIAS})
_BY_REASON = {
    "http_404": Outcome.GONE,
    "http_410": Outcome.GONE,
    "no_body": Outcome.NO_ARTICLE,
    "no_title": Outcome.NO_ARTICLE,
    "empty_body": Outcome.NO_ARTICLE,
    "duplicate_body": Outcome.ALIAS,
    "offsite_redirect": Outcome.ALIAS,
    "redirect_alias": Outcome.ALIAS,
}
# Failures of a fetch or of the crawler's own code, besides HTTP statuses and exceptions.
_ERRORS = frozenset({"extraction_failed", "too_large", "redirect_loop", "robots_unavailable"})


def outcome_of(reason: str) -> Outcome:
    """The state outcome of a page or item rejected for ``reason``."""
    return _BY_REASON.get(reason, Outcome.ERROR)


def is_error(reason: str) -> bool:
    """A reason that is a failure (it counts in the run's error rate) rather than a page
    without an article: an HTTP status, a network exception's name, or a failure of the
    crawler's own code."""
    return reason.startswith("http_") or reason[:1].isupper() or reason in _ERRORS
