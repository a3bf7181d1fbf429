"""Signs that text was decoded with the wrong charset."""

from __future__ import annotations

import re

# UTF-8 read as Latin-1/cp1252: 'å' 'ä' 'ç' ... followed by a continuation-range character.
_LATIN1_UTF8 = re.compile(r"[ÃÂâäåæçèéêëìíîïðñòóôõö][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ''" "•–—˜™š›œžŸ]")
# UTF-8 read as GBK: full-width punctuation turns into these pairs.
_UTF8_AS_GBK = re.compile(r"銆[\u4e00-\u9fff�]|锛[\u4e00-\u9fff�]|鈥[\u4e00-\u9fff�]|锟斤拷")


def mojibake(text: str) -> str | None:
    """Why the text looks wrongly decoded (a short reason), or None when it looks right."""
    if "\ufffd" in text:
        return "replacement_character"
    if len(_LATIN1_UTF8.findall(text)) >= 2:
        return "utf8_read_as_latin1"
    if len(_UTF8_AS_GBK.findall(text)) >= 2 or _rare_hanzi_share(text[:2000]) > 0.25:
        return "utf8_read_as_gbk"
    return None


def _rare_hanzi_share(sample: str) -> float:
    """Share of hanzi whose GBK lead byte is 0xE4-0xE9, where UTF-8 lead bytes of hanzi land.

    Real text has few of these rare characters; UTF-8 bytes read as GBK are full of them.
    """
    hanzi = len(_HANZI.findall(sample))
    return len(_RARE_HANZI.findall(sample)) / hanzi if hanzi >= 20 else 0.0


_HANZI = re.compile("[\u4e00-\u9fff]")
_RARE_HANZI = re.compile(
    "["
    + "".join(
        bytes((lead, trail)).decode("gb18030")
        for lead in range(0xE4, 0xEA)
        for trail in range(0x40, 0xFF)
        if trail != 0x7F
    )
    + "]"
)
