"""Numbers as written in Chinese news: Arabic, Chinese and mixed (2亿3940万, 62万3千余, 两三)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}  # fmt: skip
SMALL_MAGNITUDES = {"十": 10, "百": 100, "千": 1000}
BIG_MAGNITUDES = {"万": 10_000, "亿": 100_000_000}
CN_DIGITS = "零〇一二两三四五六七八九"

ARABIC = r"\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
ATOM = rf"(?:{ARABIC}|(?:[{CN_DIGITS}十百]|千(?![瓦克米]))+)"
# A number: atoms joined by magnitudes, with 多/余 inside (20多万, 62万3千余 → 62万3千).
NUMBER = rf"{ATOM}(?:[多余]?(?:[十百万亿]|千(?![瓦克米]))+(?:{ATOM})?)*"
NUMBER_FIRSTS = rf"\d{CN_DIGITS}十百千"  # the characters a NUMBER begins with

_TOKEN = re.compile(rf"{ARABIC}|[{CN_DIGITS}]|[十百千万亿]")
# Two neighbouring digits read as a range (两三天, 七八个, 三五天), then magnitudes.
_NEIGHBOURS = re.compile(r"([一二两三四五六七八九])([二三四五六七八九])([十百千万亿]*)")
_PLAIN = re.compile(r"(?P<number>[0-9]+(?:\.[0-9]+)?)(?P<scale>[万亿])?")
_RANGE_PAIRS = {(1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 7), (7, 8), (8, 9), (3, 5)}


class Parsed(NamedTuple):
    """A parsed number: value, upper bound of a range, whether 多/余 made it approximate."""

    value: int | float
    value_max: int | float | None
    approximate: bool


def exact(value: Decimal | int | float) -> int | float:
    """A value as recorded: an int when whole, else the float nearest the exact decimal
    (168.3亿 → 16830000000, 0.35万 → 3500, 2.5 → 2.5)."""
    number = value if isinstance(value, Decimal) else Decimal(str(value))
    if not number.is_finite():
        raise ValueError(f"not a finite number: {value}")
    return int(number) if number == number.to_integral_value() else float(number)


def _read(tokens: list[str]) -> Decimal:
    zero, one = Decimal(0), Decimal(1)
    total = zero  # 亿 and 万 parts already closed
    section = zero  # the part below 万 built with 十百千
    current: Decimal | None = None  # the last number not yet given a magnitude
    digit_run = ""  # Chinese digits read one by one (二〇二〇)
    for token in tokens:
        if token in DIGITS:
            digit_run += str(DIGITS[token])
            current = Decimal(digit_run)
        elif token in SMALL_MAGNITUDES:
            section += (one if current is None else current) * SMALL_MAGNITUDES[token]
            current, digit_run = None, ""
        elif token in BIG_MAGNITUDES:
            part = section + (current or zero)
            if token == "亿":
                total = ((total + part) or one) * BIG_MAGNITUDES[token]
            else:
                total += (part or one) * BIG_MAGNITUDES[token]
            section, current, digit_run = zero, None, ""
        else:
            current, digit_run = Decimal(token.replace(",", "")), ""
    return total + section + (current or zero)


# Beyond this no text reports a quantity (and 64-bit columns end): a run of digits, not a figure.
LARGEST = Decimal(10) ** 18


def parse_number(written: str) -> Parsed | None:
    """The value of a written number, or None when it is not one."""
    parsed = _parse(written)
    if parsed is None or abs(parsed.value) > LARGEST or abs(parsed.value_max or 0) > LARGEST:
        return None
    return parsed


def _parse(written: str) -> Parsed | None:
    plain = _PLAIN.fullmatch(written)
    if plain:  # the common cases (1871, 4.5万), read as _read would
        number, scale = plain["number"], plain["scale"]
        if "." not in number:  # whole: int arithmetic is exact
            whole = int(number)
            return Parsed((whole or 1) * BIG_MAGNITUDES[scale] if scale else whole, None, False)
        value = Decimal(number)
        if scale:
            value = (value or Decimal(1)) * BIG_MAGNITUDES[scale]
        return Parsed(exact(value), None, False)
    if written in DIGITS:
        return Parsed(DIGITS[written], None, False)
    approximate = any(c in written for c in "多余来")
    core = written.replace("多", "").replace("余", "").replace("来", "")
    neighbours = _NEIGHBOURS.fullmatch(core)
    if neighbours:
        low, high = DIGITS[neighbours[1]], DIGITS[neighbours[2]]
        if (low, high) in _RANGE_PAIRS:
            scale = _read(["1", *neighbours[3]]) if neighbours[3] else 1
            return Parsed(exact(low * scale), exact(high * scale), approximate)
    if len(core) > 1 and all(c in CN_DIGITS for c in core):
        return None  # 五一, 一一: names and list runs, not numbers
    tokens = _TOKEN.findall(core)
    if not tokens or "".join(tokens) != core:
        return None
    return Parsed(exact(_read(tokens)), None, approximate)


def is_bare_magnitude(written: str) -> bool:
    """Whether a number is magnitudes only (百, 千万): usually an idiom, not a figure."""
    return not written.strip("十百千万亿多余")
