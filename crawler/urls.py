"""URL canonicalisation shared by spiders, extraction and state."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

_DEFAULT_TRACKING = frozenset(
    {"utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "spm", "from"}
)
_DEFAULT_PORTS = {("http", 80), ("https", 443)}


def canonical_url(
    url: str,
    base: str | None = None,
    tracking: frozenset[str] = _DEFAULT_TRACKING,
    scheme: str | None = None,
) -> str:
    """Absolute URL without fragment, tracking parameters or default port, host lower-cased;
    an http(s) URL gets ``scheme`` when one is given (a site served on one scheme only)."""
    if base:
        url = urljoin(base, url.strip())
    parts = urlsplit(url.strip())
    new_scheme = parts.scheme.lower()
    if scheme and new_scheme in {"http", "https"}:
        new_scheme = scheme
    host = (parts.hostname or "").lower()
    if parts.port and (parts.scheme, parts.port) not in _DEFAULT_PORTS:
        host = f"{host}:{parts.port}"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        query = urlencode([(k, v) for k, v in pairs if k.lower() not in tracking])
    return urlunsplit((new_scheme, host, parts.path or "/", query, ""))
