"""Bytes of a page to text: BOM, then valid UTF-8, then the declared charset, then GB18030.

A ``<meta>`` charset can lie (pages re-saved as UTF-8 that still declare gb2312), so
bytes that are valid UTF-8 are read as UTF-8 whatever is declared, and so are bytes
that are UTF-8 but for a few broken sequences among many valid multi-byte ones (a
truncated page, or a GBK snippet included in a UTF-8 page). GB2312 and GBK are subsets of
GB18030, which is used in their place so that a page declared gb2312 but holding GBK-only
characters still decodes. A Western single-byte charset (a server's ISO-8859-1 default)
is not believed for bytes that are not UTF-8: it would decode anything, into mojibake.
A few bytes that no charset reads (at most one character in :data:`STRAY_PER_CHARS`: a
damaged page, not a wrong charset) are left out; more stay as U+FFFD, for the quality check
to refuse the text.
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
# Charsets that decode any bytes: never proof that a page is in them.
_SINGLE_BYTE = frozenset({"latin-1", "iso8859-1", "cp1252", "ascii", "iso8859-15"})
# UTF-8 wins over broken sequences when it has this many valid multi-byte characters per one.
UTF8_VALID_PER_BROKEN = 20
# Undecodable bytes are left out when there is at most one per this many characters.
STRAY_PER_CHARS = 2000
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
            return _without_stray(data.decode(encoding, errors="replace")), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return _without_stray(data.decode("utf-8", errors="replace")), "utf-8"
    for encoding in [*declared_charsets(data, content_type), "gb18030"]:
        if encoding == "utf-8" or encoding in _SINGLE_BYTE:
            continue
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    candidates = [*declared_charsets(data, content_type), "gb18030"]
    decoded = [
        (data.decode(c, errors="replace"), c)
        for c in dict.fromkeys(candidates)
        if c not in _SINGLE_BYTE
    ]
    text, encoding = min(decoded, key=lambda found: found[0].count("\ufffd"))
    return _without_stray(text), encoding


def _without_stray(text: str) -> str:
    """The text without its U+FFFD when they are a stray few (see the module's doc)."""
    broken = text.count("\ufffd")
    return text.replace("\ufffd", "") if broken * STRAY_PER_CHARS <= len(text) else text


def _mostly_utf8(data: bytes) -> bool:
    """Bytes that are UTF-8 but for a few broken sequences; GBK text breaks on most characters."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    multibyte = len(text) - len(text.encode("ascii", "ignore")) - broken
    return multibyte >= UTF8_VALID_PER_BROKEN * broken
