"""Dates, times and periods in a text: spans that are not figures, and the as_of they give."""

from __future__ import annotations

import calendar
import heapq
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from crawler.regions.patterns import Led

from .clauses import RANGE, Bounds
from .lexicon import DAYS_AFTER
from .numerals import parse_number

_CN = "〇零一二两三四五六七八九十"
_Y = r"(?P<y>\d{4}|[〇零一二三四五六七八九]{4})年"
_M = r"(?P<m>\d{1,2}|十[一二]?|[一二三四五六七八九])月份?"
_D = r"(?P<d>\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]"
_TIME_AFTER = (
    rf"(?P<time>\s*(?:凌晨|上午|中午|下午|晚上|晚)?\s*\d{{1,2}}(?:{RANGE}\d{{1,2}})?[时点])?"
)

# A calendar date or the end of a stated date range (1月1日至31日, 1-5月).
DATE = Led(
    rf"(?:(?:{_Y})?{_M}(?:{_D}|(?P<part>末|底|上旬|中旬|下旬))?{_TIME_AFTER}"
    rf"(?:{RANGE}(?:(?P<y2>\d{{4}})年)?(?:(?P<m2>\d{{1,2}}|十[一二]?|[一二三四五六七八九])月)?"
    rf"(?P<d2>\d{{1,2}}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]{_TIME_AFTER.replace('time', 'time2')})?"
    rf"|(?P<iy>\d{{4}})[-/.](?P<im>\d{{1,2}})[-/.](?P<id>\d{{1,2}})(?!\d)"
    rf"|(?P<pm1>\d{{1,2}}|十[一二]?|[一二三四五六七八九]){RANGE}(?P<pm2>\d{{1,2}}|十[一二]?|[一二三四五六七八九])月份?"
    rf"|(?P<q>前|第)?(?P<qn>[一二三四1-4])季度"
    rf"|(?P<half>上|下)半年"
    rf"|(?P<ey>\d{{4}}|[〇零一二三四五六七八九]{{4}})年(?:末|底)"
    rf"|(?P<ry>今年|去年|上年|明年)(?:末|底))",
    rf"\d{_CN}前第上下今去明",
    dense=True,
)
# Spans that are dates or times but give no as_of.
NOT_FIGURES = Led(
    rf"(?:(?<![\d.])(?:1[6-9]\d{{2}}|20\d{{2}})(?:{RANGE}(?:1[6-9]\d{{2}}|20\d{{2}}))?\s*"
    rf"(?:年度|年代|年|届|级|版|赛季)|[〇零一二三四五六七八九]{{4}}年|\d0年代|[一二三四五六七八九]十年代|\d0后"
    rf"|\d{{1,2}}{RANGE}\d{{1,2}}[时点日号]|\d{{1,2}}[:：]\d{{2}}(?::\d{{2}})?"
    rf"|\d{{1,2}}[时点](?:\d{{1,2}}分)?(?:许|整)?|[{_CN}]{{1,3}}[时点](?:[{_CN}]{{1,3}}分|半|整|许)"
    # a day (its day mark looked for first: the lookbehinds are the slow part)
    rf"|(?=(?:\d{{1,2}}|[{_CN}]{{1,3}})[日号]){''.join(f'(?<!{w})' for w in DAYS_AFTER)}(?<![\d{_CN}])"
    rf"(?:\d{{1,2}}|[{_CN}]{{1,3}})(?:日|号(?![线楼院令文码位机台馆厅门]))|\d{{1,2}}月份?"
    rf"|(?:周|星期|礼拜)[一二三四五六日天])",
    rf"\d{_CN}周星礼",
    dense=True,
)
# A day of the month alone, opening a sentence or clause (24日，… 3日下午，…).
DAY = re.compile(
    rf"(?=[\d一二三四五六七八九十])(?<![\d{_CN}月年号.])(?P<d>\d{{1,2}}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]"
    r"(?:凌晨|清晨|早晨|上午|中午|下午|傍晚|晚上|晚间|晚|早上|夜间|深夜)?"
    r"(?:\s*\d{1,2}[时点](?:\d{1,2}分)?(?:许|左右)?)?\s*(?=[，,])"
)
_DAY_MARK = re.compile(r"[日号][^，,。\n]{0,10}[，,]")  # a cheap test before DAY
# Marks every DATE match holds: a text without any has none (a regex opening with a class
# is searched at C speed, hence 4 digits written as one and three).
_DATE_MARK_WORDS = ("月", "季", "半", "年末", "年底")
_ISO_DATE_MARK = re.compile(r"\d\d{3}[-/.]")
_NOT_FIGURE_MARKS = re.compile("[年届级版赛后时点日号:：月周星礼]")
_GOVERN_BEFORE = re.compile(
    r"(?:截至|截止|截止到|截至到|到|至|目前)\s*[（(]?\s*(?:今年|去年|上年|明年)?$"
)
# A date compared with (比去年一季度增长5%) is not the date the figure describes.
_COMPARED = re.compile(r"(?:比|较|与|同|相比|对比)(?:去年|上年|今年|前年|\d{4}年)?$")
_GOVERN_BACK = re.compile(r"[（(]\s*(?:截至|截止)\s*$")  # 156万剂次（截至5月31日）
_EVENT_AFTER = re.compile(r"\s*(?:以来|起|开始|前|后|之前|之后|至今)")
_SINCE = re.compile(r"以来[，,]")  # 今年以来，2月1日以来，专项行动开展以来，
_LEADING_FILLER = re.compile(
    r"(?:\s|【[^】\n]*】|(?:\d{4}|[〇零一二三四五六七八九]{4})年的?|今年|去年|在|于|到了|据统计|据了解|据悉|另外"
    r"|同时|此外|其中|[，,、“”])*"
)
# The characters _LEADING_FILLER and DAY may begin with: a clause opening with none of them
# holds no day alone.
_FILLER_OR_DAY_FIRST = re.compile(r"[\s\d【〇零一二三四五六七八九十今去在于到据另同此其，,、“”]")
_YEAR_MARK = Led(
    r"(?<!\d)(1[6-9]\d{2}|20\d{2}|[〇零一二三四五六七八九]{4})年|(今年|去年|明年)",
    "12〇零一二三四五六七八九今去明",
    dense=True,
)
_RELATIVE = re.compile(r"(?P<until>截至|截止)?(?P<word>目前|发稿时|今天|今日|昨天|昨日|前天)")
_RELATIVE_WORD = re.compile("目前|发稿时|今天|今日|昨天|昨日|前天")  # a cheap test before _RELATIVE
_RELATIVE_DAYS = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2, "目前": 0, "发稿时": 0}
_PART_DAYS = {"上旬": 10, "中旬": 20, "下旬": 0, "末": 0, "底": 0}  # 0: the month's last day


@dataclass(frozen=True)
class Governing:
    """A date that governs the figures after it, up to ``until``."""

    start: int
    until: int
    year: int | None
    month: int
    day: int
    first_month: int | None = None  # a period's first month (1-5月 → 1); None for a day

    def iso(self, year: int | None) -> str | None:
        """The date in ISO form, ``--MM-DD`` without a year; day 0 is the month's end.
        None for a day that no calendar has (2月30日)."""
        day = self.day or _end_of_month(year, self.month)
        try:
            date(year or 2000, self.month, day)  # 2000: a leap year, for --02-29
        except ValueError:
            return None
        return f"{year:04d}-{self.month:02d}-{day:02d}" if year else f"--{self.month:02d}-{day:02d}"


def _small(written: str | None) -> int | None:
    if not written:
        return None
    parsed = parse_number(written)
    return int(parsed.value) if parsed else None


def _year(written: str | None) -> int | None:
    if not written:
        return None
    if written.isdigit():
        return int(written)
    digits = "〇一二三四五六七八九"
    return int("".join(str(digits.index(c) if c in digits else 0) for c in written))


def published_day(published_at: str | None) -> date | None:
    """The calendar day of a ``published_at`` (a date or an ISO datetime), or None."""
    if not published_at or not isinstance(published_at, str):
        return None
    try:
        return date.fromisoformat(published_at[:10])
    except ValueError:
        return None


def _end_of_month(year: int | None, month: int) -> int:
    return calendar.monthrange(year or 2001, month)[1]


def _calendar(match: re.Match[str]) -> tuple[int | None, int, int, int | None]:
    """(year as written, month, day, first month of a period) a date match stands for.

    A range stands for its end; day 0 is the end of the month (resolved once the year is
    known: 截至2月底); the first month is None for a single day.
    """
    g = match.groupdict()
    if g["iy"]:
        return int(g["iy"]), int(g["im"]), int(g["id"]), None
    if g["pm2"]:
        return None, _small(g["pm2"]) or 0, 0, _small(g["pm1"])
    if g["qn"]:
        month = 3 * (_small(g["qn"]) or 0)
        return None, month, 0, 1 if g["q"] == "前" else month - 2
    if g["half"]:
        return (None, 6, 30, 1) if g["half"] == "上" else (None, 12, 31, 7)
    if g["ey"]:
        return _year(g["ey"]), 12, 31, 1
    if g["ry"]:
        return None, 12, 31, None  # the year is relative: resolved against the publication
    year = _year(g["y2"]) or _year(g["y"])
    month = _small(g["m2"]) or _small(g["m"]) or 0
    if g["part"] and not g["d2"]:
        return year, month, _PART_DAYS[g["part"]], None
    day = _small(g["d2"]) or _small(g["d"])
    if day is None:
        return year, month, 0, _small(g["m"])
    return year, month, day, None


def find_dates(text: str) -> list[re.Match[str]]:
    """The ``DATE`` matches of a text."""
    if any(word in text for word in _DATE_MARK_WORDS) or _ISO_DATE_MARK.search(text):
        return list(DATE.finditer(text))
    return []


def blocked_spans(text: str, dates: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Spans of dates (``DATE`` matches), times, years and periods: never figures."""
    spans = [m.span() for m in dates]
    if _NOT_FIGURE_MARKS.search(text):
        spans += [m.span() for m in NOT_FIGURES.finditer(text)]
    return spans


class AsOf:
    """The as_of dates of positions in a text: what date, if any, governs each."""

    def __init__(
        self, text: str, published_at: str | None, dates: list[re.Match[str]], bounds: Bounds
    ) -> None:
        self.text = text
        self.bounds = bounds
        self.published = published_day(published_at)
        marks = _YEAR_MARK.finditer(text) if "年" in text else ()
        years = [(m.start(), _year(m[1]) or self._relative_year(m[2])) for m in marks]
        self.year_marks = [(pos, year) for pos, year in years if year]
        self._year_positions = [pos for pos, _ in self.year_marks]
        self.governing: list[Governing] = []
        for match in dates:
            self._date(match)
        if self.published:
            self._relative_dates()
        self.governing.sort(key=lambda g: g.start)

    def _date(self, match: re.Match[str]) -> None:
        text = self.text
        year, month, day, first_month = _calendar(match)
        if match["ry"]:
            year = self._relative_year(match["ry"])
        if not (1 <= month <= 12 and 0 <= day <= 31):
            return
        if _GOVERN_BACK.search(text, max(0, match.start() - 4), match.start()):
            sentence = self.bounds.sentences.start(match.start(), 200)
            self.governing.append(Governing(sentence, match.end(), year, month, day, first_month))
            return
        fixed = bool(match["time"] or match["time2"])
        until = self._governs(match.start(), match.end(), fixed, bool(match["d2"]))
        if until is not None:
            self.governing.append(Governing(match.start(), until, year, month, day, first_month))

    def _relative_dates(self) -> None:
        """今天, 昨日, 截至目前 …; a day alone (24日，…); 今年以来, …: days known from the
        publication date."""
        text, published = self.text, self.published
        assert published is not None
        relatives = _RELATIVE.finditer(text) if _RELATIVE_WORD.search(text) else ()
        for match in relatives:
            if match["word"] in ("目前", "发稿时") and not match["until"]:
                continue
            until = self._governs(match.start(), match.end(), bool(match["until"]))
            if until is not None:
                day = published + timedelta(days=_RELATIVE_DAYS[match["word"]])
                self.governing.append(Governing(match.start(), until, day.year, day.month, day.day))
        for match in self._clause_days() if _DAY_MARK.search(text) else ():
            day = _day_before(published, _small(match["d"]))
            if day is None:
                continue
            until = self._governs(match.start(), match.end(), False)
            if until is not None:
                self.governing.append(Governing(match.start(), until, day.year, day.month, day.day))
        for match in _SINCE.finditer(text):
            if match.start() - self.bounds.sentences.start(match.start(), 200) <= 24:
                until = self.bounds.sentences.end(match.end())
                self.governing.append(
                    Governing(match.start(), until, published.year, published.month, published.day)
                )

    def _clause_days(self) -> Iterator[re.Match[str]]:
        """The days of the month written alone that open a clause (a sentence opens one)."""
        text = self.text
        for opening in self.bounds.clauses.openings():
            if not _FILLER_OR_DAY_FIRST.match(text, opening):
                continue
            found = DAY.match(text, _LEADING_FILLER.match(text, opening).end())
            if found:
                yield found

    def _initial(self, start: int) -> bool:
        """Whether a date opens its sentence or its clause."""
        text, bounds = self.text, self.bounds
        return (
            _LEADING_FILLER.fullmatch(text, bounds.sentences.start(start, 200), start) is not None
            or _LEADING_FILLER.fullmatch(text, bounds.clauses.start(start, 60), start) is not None
        )

    def _governs(self, start: int, end: int, fixed: bool, days_range: bool = False) -> int | None:
        """Where a date's governance ends, or None when it governs nothing.

        A date with a time, or after 截至, governs its paragraph; a stated range of days
        its sentence; a date opening a sentence or clause the rest of its sentence (a list
        after it: 新增确诊：0；累计确诊：156); a date inside a clause that clause
        (郑州东站10月1日发送旅客18.6万人次, 2005年一季度16.2%的增长率), unless it is
        compared with (比去年同期) or an event's start (1月1日起).
        """
        text, bounds = self.text, self.bounds
        if fixed or _GOVERN_BEFORE.search(text, max(0, start - 8), start):
            return bounds.lines.end(start)
        if _EVENT_AFTER.match(text, end):
            return None
        if days_range or self._initial(start):
            return bounds.full_stops.end(end)
        if _COMPARED.search(text, max(0, start - 7), start):
            return None
        return bounds.clauses.end(end)

    def _relative_year(self, word: str | None) -> int | None:
        if not word or self.published is None:
            return None
        return self.published.year + {"今年": 0, "去年": -1, "上年": -1, "明年": 1}[word]

    def _year_for(self, g: Governing) -> int | None:
        if g.year is not None:
            return g.year
        index = bisect_right(self._year_positions, g.start - 1)
        if index:
            return self.year_marks[index - 1][1]
        if self.published is None:
            return None
        year = self.published.year
        if g.first_month is not None:
            return year if g.first_month <= self.published.month else year - 1
        if (g.month, g.day) > (self.published.month, self.published.day + 7):
            year -= 1
        return year

    def resolve(self, positions: Iterable[int]) -> list[str | None]:
        """The ISO date governing each position (ascending), ``--MM-DD`` when no year is known.

        One sweep: the governing dates that started are kept in a heap by their start, the
        latest first, and one whose span ended is dropped for good.
        """
        governing, out = self.governing, []
        heap: list[tuple[int, int]] = []  # (-start, index)
        next_ = 0
        for position in positions:
            while next_ < len(governing) and governing[next_].start <= position:
                heapq.heappush(heap, (-governing[next_].start, next_))
                next_ += 1
            while heap and governing[heap[0][1]].until < position:
                heapq.heappop(heap)
            g = governing[heap[0][1]] if heap else None
            out.append(g.iso(self._year_for(g)) if g else None)
        return out


def _day_before(published: date, day: int | None) -> date | None:
    """The date of a day of the month written alone: this month's when it is not after the
    publication day, else last month's."""
    if not day or day > 31:
        return None
    month_start = published.replace(day=1)
    if day > published.day:
        month_start = (month_start - timedelta(days=1)).replace(day=1)
    try:
        return month_start.replace(day=day)
    except ValueError:
        return None
