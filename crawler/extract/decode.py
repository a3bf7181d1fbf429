"""Bytes of a page to text: BOM, then valid UTF-8, then the declared charset, then GB18030.

A ``<meta>`` charset can lie (pages re-saved as UTF-8 that still declare gb2312), so
bytes that are valid UTF-8 are read as UTF-8 whatever is declared, and so are bytes
with a few broken sequences among many valid multi-byte ones (a truncated UTF-8 page). GB2312 and GBK are
subsets of GB18030, which is used in their place so that a page declared gb2312 but
holding GBK-only characters still decodes.
"""

from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([a-zA-Z0-9_.:-]+)", re.I)
_GB_FAMILY = {
    "gb2312",
    "gbk",
    "gb_2312-80",
    "x-gbk",
    "cp936",
    "ms936",
    "euc-cn",
    "csgb2312",
    "gb18030",
}


def normalise_charset(name: str | None) -> str | None:
    """Python codec name for a declared charset; the GB family maps to gb18030."""
    if not name:
        return None
    name = name.strip().lower()
    if name in _GB_FAMILY:
        return "gb18030"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def declared_charsets(data: bytes, content_type: str | None = None) -> list[str]:
    """Charsets the HTTP header and then the page's ``<meta>`` declare, known codecs only."""
    found = []
    if content_type and (m := _HEADER_CHARSET.search(content_type)):
        found.append(m.group(1))
    if m := _META_CHARSET.search(data[:4096]):
        found.append(m.group(1).decode("ascii", "ignore"))
    return [c for c in dict.fromkeys(map(normalise_charset, found)) if c]


def decode_html(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Return the page's text and the encoding that decoded it."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return data.decode("utf-8", errors="replace"), "utf-8"
    for encoding in [*declared_charsets(data, content_type), "gb18030"]:
        if encoding == "utf-8":
            continue
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    fallback = (declared_charsets(data, content_type) or ["gb18030"])[0]
    return data.decode(fallback, errors="replace"), fallback


def _mostly_utf8(data: bytes) -> bool:
    """Bytes that are UTF-8 but for a few broken sequences; GBK text breaks on most characters."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    multibyte = sum(1 for c in text if "\u0080" <= c < "\ufffd" or c > "\ufffd")
    return broken <= 8 and multibyte >= 20 * broken
