"""Division names written in a text, and the divisions an article is about (its context).

A name is read when written whole (召陵区, 漯河市); a short name (漯河) only where it is the
dateline's place. A name several divisions share (新华区) is resolved by the article's other
divisions: the one inside a province or city the headline, dateline or text names; else none.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import cache

from .divisions import Division, by_name, by_short_name
from .patterns import trie

# Names that are also common words (城区, 郊区): read only right after their parent's name.
GENERIC_NAMES = {"城区", "郊区", "矿区", "东区", "西区", "南区", "北区", "市中区", "新城区",
                 "城中区", "城东区", "城西区", "城北区", "城关区", "新区"}  # fmt: skip
# Short names of provinces and cities that are also common words (大庆, 日照, 北海, 中山):
# never read as a division without their suffix.
COMMON_WORDS = {"来宾", "北海", "红河", "安顺", "四平", "大庆", "攀枝花", "黄山", "白银", "玉树", "日照",
                "开封", "大同", "长治", "中山", "白山", "朝阳", "安康", "通化", "普洱", "海东", "海西",
                "海北", "文山", "三明", "丽江", "宜春", "永州"}  # fmt: skip
# Before a two-character name (和县, 代县) a character that ends a word: else the name is
# the tail of another word (市和县两级, 新时代县域).
_WORD_END_BEFORE = set("在于的、和与及至到从向对赴经由将把为是：:，,。；;（(“”\"'　 \n")


@dataclass(frozen=True)
class Mention:
    """A division name written at ``text[start:end]`` and the divisions it may be."""

    start: int
    end: int
    candidates: tuple[Division, ...]


@cache
def _name_pattern() -> re.Pattern[str]:
    ends = sorted({name[-1] for name in by_name()})
    return re.compile(f"[{''.join(ends)}]")


@cache
def _endings() -> frozenset[str]:
    """The last two characters of every name: a cheap test before the lengths are tried."""
    return frozenset(name[-2:] for name in by_name())


@cache
def short_name_firsts() -> frozenset[str]:
    """The characters a short name of a province or city may begin with."""
    return frozenset(name[0] for name in by_short_name())


@cache
def _lengths() -> dict[str, list[int]]:
    """The lengths of the names ending with each character, longest first."""
    lengths: dict[str, set[int]] = {}
    for name in by_name():
        lengths.setdefault(name[-1], set()).add(len(name))
    return {end: sorted(found, reverse=True) for end, found in lengths.items()}


def find_mentions(text: str) -> list[Mention]:
    """Every division name written in ``text``, the longest where two overlap."""
    names, endings, lengths = by_name(), _endings(), _lengths()
    found: list[Mention] = []
    for end_mark in _name_pattern().finditer(text):
        end = end_mark.end()
        if text[end - 2 : end] not in endings:
            continue
        for length in lengths[end_mark[0]]:
            name = text[end - length : end] if length <= end else ""
            if name not in names:
                continue
            start = end - length
            after_parent = bool(found) and found[-1].end == start
            if name in GENERIC_NAMES and not after_parent:
                break
            if (
                length == 2
                and start
                and not after_parent
                and text[start - 1] not in _WORD_END_BEFORE
            ):
                break
            if found and start < found[-1].end:
                if length <= found[-1].end - found[-1].start:
                    break
                found.pop()
            found.append(Mention(start, end, names[name]))
            break
    return found


@cache
def _short_pattern() -> re.Pattern[str]:
    names = [
        name
        for name, found in by_short_name().items()
        if name not in COMMON_WORDS and any(d.level != "county" for d in found)
    ]
    return re.compile(trie(names))


class _Free:
    """Whether a span lies outside every one of some mentions (sorted)."""

    def __init__(self, taken: list[Mention]) -> None:
        self.taken = taken
        self.starts = [m.start for m in taken]

    def __call__(self, start: int, end: int) -> bool:
        index = bisect_right(self.starts, start) - 1
        if index >= 0 and self.taken[index].end > start:
            return False  # inside a full name (杭州市)
        return not (index + 1 < len(self.taken) and self.taken[index + 1].start < end)


def find_short_mentions(text: str, taken: list[Mention]) -> list[Mention]:
    """Provinces and cities written without their suffix (杭州, 江苏) outside the ``taken``
    mentions (sorted); the candidates are the provinces and cities of that short name."""
    names = by_short_name()
    free = _Free(taken)
    found: list[Mention] = []
    for match in _short_pattern().finditer(text):
        if free(*match.span()):
            candidates = tuple(d for d in names[match[0]] if d.level != "county")
            found.append(Mention(match.start(), match.end(), candidates))
    return found


def short_mentions_at(
    text: str, starts: list[int], ends: list[int], taken: list[Mention]
) -> list[Mention]:
    """Provinces and cities written without their suffix that start at one of ``starts``
    or end at one of ``ends`` (both sorted), outside the ``taken`` mentions."""
    names, pattern, firsts = by_short_name(), _short_pattern(), short_name_firsts()
    spans = set()
    for start in starts:
        if text[start : start + 1] not in firsts:
            continue
        found = pattern.match(text, start)
        if found:
            spans.add(found.span())
    for end in ends:
        for length in (4, 3, 2):
            if end >= length and text[end - length : end] in names:
                spans.add((end - length, end))
                break
    free = _Free(taken)
    out = []
    for start, end in sorted(spans):
        if not free(start, end):
            continue
        candidates = tuple(d for d in names[text[start:end]] if d.level != "county")
        if candidates:
            out.append(Mention(start, end, candidates))
    return out


def _supported(candidates: tuple[Division, ...], known: list[Division]) -> list[Division]:
    """The candidates inside, or around, a division the article names elsewhere."""
    inside = [c for c in candidates if any(c.within(k) or k.within(c) for k in known)]
    if inside:
        return inside
    return [c for c in candidates if any(c.code[:2] == k.code[:2] for k in known)]


def _one(candidates: list[Division] | tuple[Division, ...]) -> Division | None:
    """The single division meant: the only candidate, or the smallest of a nested chain
    (吉林 → 吉林市 inside 吉林省)."""
    if len(candidates) == 1:
        return candidates[0]
    smallest = max(candidates, key=lambda d: len(d.parents))
    return smallest if all(smallest.within(c) for c in candidates) else None


def resolve(
    mention: Mention, known: list[Division], parent: Division | None = None
) -> Division | None:
    """The division a mention names, given the divisions the article names for sure."""
    candidates = mention.candidates
    if len(candidates) == 1:
        return candidates[0]
    if parent is not None:
        under = [c for c in candidates if c.within(parent)]
        if under or candidates[0].name in GENERIC_NAMES:  # 郑州市城区: no division
            return _one(under) if under else None
    supported = _supported(candidates, known)
    return _one(supported) if supported else None


def place_candidates(place: str | None) -> tuple[Division, ...]:
    """The divisions a dateline place may name (漯河 → 漯河市; 新华区: four of them)."""
    if not place:
        return ()
    place = place.strip()
    return by_name().get(place) or by_short_name().get(place) or ()


def sure_divisions(mentions: list[Mention]) -> list[Division]:
    """The divisions of the mentions that name only one."""
    return [m.candidates[0] for m in mentions if len(m.candidates) == 1]


def place_division(place: str | None, known: list[Division]) -> Division | None:
    """The division a dateline place names (漯河, 漯河市, 召陵区), or None."""
    candidates = place_candidates(place)
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    return _one(_supported(candidates, known) or candidates)


class ArticleRegions:
    """The divisions an article names: in its headline, its dateline place and its text."""

    def __init__(
        self,
        title: str = "",
        place: str | None = None,
        body: str = "",
        body_mentions: tuple[list[Mention], list[Mention]] | None = None,
    ) -> None:
        """``body_mentions``: the body's full and short names, when the caller found them."""
        self.title_mentions = find_mentions(title) if title else []
        if body_mentions is None:
            full = find_mentions(body or "")
            body_mentions = full, find_short_mentions(body or "", full)
        self.body_mentions, short = body_mentions
        sure = sure_divisions(self.title_mentions + self.body_mentions)
        self.place = place_division(place, sure) if place else None
        known = sure + ([self.place] if self.place else [])
        title_short = find_short_mentions(title, self.title_mentions) if title else []
        self.title = self._resolved(sorted(self.title_mentions + title_short, key=_start), known)
        self.body = self._resolved(self.body_mentions, known)
        self.body_short = self._resolved(short, known)
        self._by_suffix: dict[str, tuple[list[int], list[Division]]] = {}
        self._scopes: dict[str, Division | None] = {}

    @staticmethod
    def _resolved(mentions: list[Mention], known: list[Division]) -> list[tuple[Mention, Division]]:
        out: list[tuple[Mention, Division]] = []
        for mention in mentions:
            parent = out[-1][1] if out and out[-1][0].end == mention.start else None
            division = resolve(mention, known, parent)
            if division is not None:
                out.append((mention, division))
        return out

    def scope(self, suffix: str) -> Division | None:
        """The division 全区 / 我市 / 本县 … means: the one named with that suffix in the
        headline, else the dateline's place or a division above it, else the one the text
        names most often."""
        if suffix not in self._scopes:
            self._scopes[suffix] = self._scope(suffix)
        return self._scopes[suffix]

    def _scope(self, suffix: str) -> Division | None:
        title = [d for _, d in self.title if _ends(d, suffix)]
        if title:
            return _one(list(dict.fromkeys(title)))
        if self.place:
            around = [d for d in [*self.place.parents, self.place] if _ends(d, suffix)]
            if around:
                return around[-1]
        named = [d for _, d in self.body if _ends(d, suffix)]
        counts = Counter(named).most_common(2) if named else []
        if counts and (len(counts) == 1 or counts[0][1] > counts[1][1]):
            return counts[0][0]
        return None

    def last_before(self, suffix: str, position: int) -> Division | None:
        """The division with that suffix the text named last before ``position`` (该区)."""
        if suffix not in self._by_suffix:
            named = [(m.start, d) for m, d in self.body if _ends(d, suffix)]
            self._by_suffix[suffix] = ([s for s, _ in named], [d for _, d in named])
        starts, divisions = self._by_suffix[suffix]
        index = bisect_left(starts, position)
        return divisions[index - 1] if index else self.scope(suffix)


def _start(mention: Mention) -> int:
    return mention.start


def _ends(division: Division, suffix: str) -> bool:
    if suffix == "区" and division.level == "province":
        return False  # 全区 is a district; an autonomous region is 全区 only in its own news
    return division.name.endswith(suffix)
