"""Spans of a text whose numbers are never figures: contacts, codes, names, ordinals, dates."""

from __future__ import annotations

import re

from crawler.regions.patterns import Led

from .dates import blocked_spans
from .lexicon import AGE_UNITS, LATIN_UNITS, PRODUCTS, SET_PHRASES, alternation, trie_alternation

# What a blocked character is, for the subject rules: a date is skipped over, a name is read.
BLOCKED, DATE, NAME = 1, 2, 3

_NUM = r"[\d零〇一二两三四五六七八九十百千]"
_CN = "零〇一二两三四五六七八九十百千"
# Patterns run only on texts holding one of their marks (a cheap test before a slow search).
# Each opens with a character or a class (\d\d*, not \d+), which the re module skips to at C
# speed; a pattern opening with a repeat is tried at every position of the text.
GUARDED = [
    (("@",), re.compile(r"[\w.+-][\w.+-]*@[\w-]+(?:\.[\w-]+)+")),  # mailboxes
    (("://", "www."), re.compile(r"(?:https?://|www\.)[\w./?=&%#:-]+")),  # addresses on the web
    # short quoted slogans: “九个一律”, “五要五不准”, “14+7”, “3个100%”
    (
        ("“", '"', "‘"),
        re.compile(
            rf"[“\"‘](?:{_NUM}+个?[^{_CN}\d“”\"‘’\n]{{1,6}}"
            rf"|(?:[{_CN}两]+[^{_CN}\d“”\"‘’\n]{{1,3}}){{2,}}|[\dA-Za-z+＋%％个]+)[”\"’]"
        ),
    ),
    (("每",), re.compile(r"每[十百千万]+")),  # rates: 每千名老人, 每万人
    ((":", "：", "∶"), re.compile(r"\d\d*(?:\.\d+)?(?:[:：∶]\d+(?:\.\d+)?)+")),  # 6.3∶42.7∶51.0
    (("满",), re.compile(rf"满{_NUM}+元?减{_NUM}+元?")),  # coupon terms: 满200元减50元
    (("比",), re.compile(r"\d\d*比\d+(?!\d)")),  # scores: 3比1
    (("秒", "分"), re.compile(r"\d\d*(?:小时|时)\d+分(?!钟)(?:\d+秒)?|\d\d*分\d+秒")),  # race times
]
# Any mark of a guarded pattern: most texts have none, and skip every guarded search.
_GUARD_MARKS = re.compile("|".join(re.escape(mark) for marks, _ in GUARDED for mark in marks))
_LETTER = re.compile(r"[A-Za-z]")
# Codes and names with letters, run only on texts that have a Latin letter.
CODES = Led(
    "|".join(
        [
            r"(?<![A-Za-z])[A-Z]{1,2}-?\d+[A-Za-z0-9.·-]*|COVID-19",  # codes: KN95, N95, H1N1
            r"[A-Za-z]+\d+[A-Za-z0-9]*",  # model names: Mate40, iPhone13
            rf"\d+(?:\.\d+)?(?!(?:{LATIN_UNITS})(?![A-Za-z]))[A-Za-z]+",  # 3M, 5G
        ]
    ),
    r"A-Za-z\d",
)
_FIRST = (
    "电热手联传咨举号拨QQ微〔[【(（《第前村社组队一87" + _CN + "".join(w[0] for w in SET_PHRASES)
)
NOT_FIGURES = Led(
    "|".join(
        [
            r"(?:电话|热线|手机|联系方式|传真|咨询|举报|号码|拨打|QQ|微信)[^\d\n]{0,6}[\d\s()（）\-－—、/]{5,}",
            r"(?<!\d)(?:\d{3,4}[\s\-－]\d{3,4}[\s\-－]\d{3,4}|0\d{2,3}[\-－—]\d{5,8}|1[3-9]\d{9}|\d{6}(?=[，,。；;\s]|$))(?!\d)",
            r"[〔\[【(（]\d{4}[〕\]】)）]\s*第?\d+号",  # document numbers
            r"《[^《》\n]*》",  # titles of documents and works
            rf"第{_NUM}+|前{_NUM}+(?:名|位|季度)|{_NUM}+届(?:{_NUM}+次)?",  # ordinals and ranks
            rf"(?:村|社区|组|队){_NUM}+组|{_NUM}+(?:号|室|单元|楼|层|等奖|等功|年级|星级)",
            rf"一(\w)一(?!次)\w|{_NUM}+分之{_NUM}+",  # 一村一策, fractions
            PRODUCTS,
            trie_alternation(SET_PHRASES),
        ]
    ),
    rf"\d{re.escape(''.join(sorted(set(_FIRST))))}",
    dense=True,
)
# Qualifiers that are not figures, and that a subject skips over like a date (3岁以上人群):
# ages, and periods rather than durations (前5个月, 三年来, 近三年; 近14天 is a window).
# A run of numerals is read once (possessively: nothing after it opens with a numeral), then
# what may follow it: an age, a period, or a baby's age (8个多月大的女婴).
QUALIFIERS = Led(
    rf"{_NUM}++(?:(?:{alternation(AGE_UNITS)})(?:及以上|及以下|以上|以下)?"
    rf"|[多余]?(?:个多?月|年)来|[多余]?(?:个多?月|周|天)大(?=的|了|时))"
    rf"|前{_NUM}+个月|近{_NUM}+(?:个月|年)",
    rf"\d前近{_CN}",
    dense=True,
)
_QUALIFIER_MARKS = re.compile("[岁来前近大]")
_NAMES = re.compile(r"[A-Za-z]|\d+[A-Za-z]|\d+号线")


def blocked_mask(text: str, dates: list[re.Match[str]]) -> bytearray:
    """A byte per character of ``text``: nonzero where no figure may start.

    ``dates`` are the DATE matches; their characters and other times are ``DATE``,
    codes and names with letters (5G, N95, 3号线) are ``NAME``, the rest ``BLOCKED``.
    """
    mask = bytearray(len(text))
    spans = [m.span() for m in NOT_FIGURES.finditer(text)]
    if _GUARD_MARKS.search(text):
        for marks, pattern in GUARDED:
            for mark in marks:
                if mark in text:
                    spans += [m.span() for m in pattern.finditer(text)]
                    break
    if _LETTER.search(text):
        spans += [m.span() for m in CODES.finditer(text)]
    for start, end in spans:
        kind = NAME if _NAMES.match(text, start) else BLOCKED
        mask[start:end] = bytes([kind]) * (end - start)
    if _QUALIFIER_MARKS.search(text):
        for found in QUALIFIERS.finditer(text):
            mask[found.start() : found.end()] = bytes([DATE]) * (found.end() - found.start())
    for start, end in blocked_spans(text, dates):
        mask[start:end] = bytes([DATE]) * (end - start)
    return mask
