"""Spans of a text whose numbers are never figures: contacts, codes, names, ordinals, dates."""

from __future__ import annotations

import re

from .dates import blocked_spans
from .lexicon import LATIN_UNITS, PRODUCTS, SET_PHRASES

_NUM = r"[\d零〇一二两三四五六七八九十百千]"
# Patterns run only on texts holding one of their marks (a cheap test before a slow search).
GUARDED = [
    (("@",), re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),  # mailboxes
    (("://", "www."), re.compile(r"(?:https?://|www\.)[\w./?=&%#:-]+")),  # addresses on the web
]
NOT_FIGURES = re.compile(
    "|".join(
        [
            r"(?:电话|热线|手机|联系方式|传真|咨询|举报|号码|QQ|微信)[^\d\n]{0,6}[\d\s()（）\-－—、/]{5,}",
            r"(?<!\d)(?:\d{3,4}[\s\-－]\d{3,4}[\s\-－]\d{3,4}|0\d{2,3}[\-－—]\d{7,8}|1[3-9]\d{9})(?!\d)",
            r"[〔\[【(（]\d{4}[〕\]】)）]\s*第?\d+号",  # document numbers
            r"《[^《》\n]*》",  # titles of documents and works
            r"[“\"‘][^“”\"‘’\n]{1,10}[”\"’]",  # short quoted slogans (“九个一律”)
            rf"第{_NUM}+|前{_NUM}+(?:名|位|季度)",  # ordinals and ranks
            r"(?<![A-Za-z])[A-Z]{1,2}-?\d+[A-Za-z0-9.]*|COVID-19",  # codes: KN95, N95, H1N1
            rf"\d+(?:\.\d+)?(?!(?:{LATIN_UNITS})(?![A-Za-z]))[A-Za-z]+",  # 3M, 5G
            rf"(?:村|社区|组|队){_NUM}+组|{_NUM}+(?:号|室|单元|楼|层|等奖|等功|年级|星级)",
            rf"一(\w)一(?!次)\w|{_NUM}+分之{_NUM}+",  # 一村一策, fractions
            PRODUCTS,
            "|".join(sorted(SET_PHRASES, key=len, reverse=True)),
        ]
    )
)


def blocked_mask(text: str, dates: list[re.Match[str]]) -> bytearray:
    """A byte per character of ``text``: 1 where no figure may start (``dates``: DATE matches)."""
    mask = bytearray(len(text))
    spans = [m.span() for m in NOT_FIGURES.finditer(text)] + blocked_spans(text, dates)
    for marks, pattern in GUARDED:
        if any(mark in text for mark in marks):
            spans += [m.span() for m in pattern.finditer(text)]
    for start, end in spans:
        mask[start:end] = b"\x01" * (end - start)
    return mask
