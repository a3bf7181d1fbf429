"""Dates, times and periods in a text: spans that are not figures, and the as_of they give."""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta

from .lexicon import DAYS_AFTER
from .numerals import parse_number

_CN = "〇零一二两三四五六七八九十"
_Y = r"(?P<y>\d{4}|[〇零一二三四五六七八九]{4})年"
_M = r"(?P<m>\d{1,2}|十[一二]?|[一二三四五六七八九])月份?"
_D = r"(?P<d>\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]"
_RANGE = r"\s*(?:至|到|—+|–|-|－|~|～)\s*"
_TIME_AFTER = (
    rf"(?P<time>\s*(?:凌晨|上午|中午|下午|晚上|晚)?\s*\d{{1,2}}(?:{_RANGE}\d{{1,2}})?[时点])?"
)

# A calendar date or the end of a stated date range (1月1日至31日, 1-5月).
DATE = re.compile(
    rf"(?=[\d{_CN}前第上下])(?:(?:{_Y})?{_M}(?:{_D})?{_TIME_AFTER}"
    rf"(?:{_RANGE}(?:(?P<y2>\d{{4}})年)?(?:(?P<m2>\d{{1,2}}|十[一二]?|[一二三四五六七八九])月)?"
    rf"(?P<d2>\d{{1,2}}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]{_TIME_AFTER.replace('time', 'time2')})?"
    rf"|(?P<iy>\d{{4}})[-/.](?P<im>\d{{1,2}})[-/.](?P<id>\d{{1,2}})(?!\d)"
    rf"|(?P<pm1>\d{{1,2}}|十[一二]?|[一二三四五六七八九]){_RANGE}(?P<pm2>\d{{1,2}}|十[一二]?|[一二三四五六七八九])月份?"
    rf"|(?P<q>前|第)?(?P<qn>[一二三四1-4])季度"
    rf"|(?P<half>上|下)半年"
    rf"|(?P<ey>\d{{4}}|[〇零一二三四五六七八九]{{4}})年(?:末|底))"
)
# Spans that are dates or times but give no as_of.
NOT_FIGURES = re.compile(
    rf"(?=[\d{_CN}周星礼])(?:(?<![\d.])(?:1[6-9]\d{{2}}|20\d{{2}})(?:{_RANGE}(?:1[6-9]\d{{2}}|20\d{{2}}))?\s*"
    rf"(?:年度|年代|年|届|级|版|赛季)|[〇零一二三四五六七八九]{{4}}年|\d0年代|[一二三四五六七八九]十年代|\d0后"
    rf"|\d{{1,2}}{_RANGE}\d{{1,2}}[时点日号]|\d{{1,2}}[:：]\d{{2}}(?::\d{{2}})?"
    rf"|\d{{1,2}}[时点](?:\d{{1,2}}分)?(?:许|整)?|[{_CN}]{{1,3}}[时点](?:[{_CN}]{{1,3}}分|半|整|许)"
    rf"|{''.join(f'(?<!{w})' for w in DAYS_AFTER)}(?<![\d{_CN}])(?:\d{{1,2}}|[{_CN}]{{1,3}})(?:日|号(?![线楼院令文码位机台馆厅门]))|\d{{1,2}}月份?"
    rf"|(?:周|星期|礼拜)[一二三四五六日天])"
)
# Marks every DATE and every NOT_FIGURES match holds: a text without any has neither.
_DATE_MARKS = re.compile(r"[月季半]|年[末底]|\d{4}[-/.]")
_NOT_FIGURE_MARKS = re.compile("[年届级版赛后时点日号:：月周星礼]")
_GOVERN_BEFORE = re.compile(r"(?:截至|截止|截止到|截至到|到|至|目前)\s*[（(]?\s*$")
_GOVERN_BACK = re.compile(r"[（(]\s*(?:截至|截止)\s*$")  # 156万剂次（截至5月31日）
_EVENT_AFTER = re.compile(r"\s*(?:以来|起|开始|前|后|之前|之后|至今)")
_CLAUSE_END = re.compile(r"[，,；;。！？!?\n]")
_SINCE = re.compile(r"以来[，,]")  # 今年以来，2月1日以来，专项行动开展以来，
_SENTENCE_END = re.compile(r"[。！？；!?;\n]")
_SENTENCE_TAIL = re.compile(r"[。！？；!?;\n][^。！？；!?;\n]*$")
_FULL_STOP = re.compile(r"[。！？!?\n]")
_LEADING_FILLER = re.compile(
    r"(?:\s|【[^】\n]*】|(?:\d{4}|[〇零一二三四五六七八九]{4})年|今年|去年|在|于|据统计|据了解|据悉|另外|同时|此外|其中|[，,、“”])*"
)
_YEAR_MARK = re.compile(
    r"(?<!\d)(1[6-9]\d{2}|20\d{2}|[〇零一二三四五六七八九]{4})年|(今年|去年|明年)"
)
_RELATIVE = re.compile(r"(?P<until>截至|截止)?(?P<word>目前|发稿时|今天|今日|昨天|昨日|前天)")
_RELATIVE_WORD = re.compile("目前|发稿时|今天|今日|昨天|昨日|前天")  # a cheap test before _RELATIVE
_RELATIVE_DAYS = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2, "目前": 0, "发稿时": 0}


@dataclass(frozen=True)
class Governing:
    """A date that governs the figures after it, up to ``until``."""

    start: int
    until: int
    year: int | None
    month: int
    day: int
    first_month: int | None = None  # a period's first month (1-5月 → 1); None for a day

    def iso(self, year: int | None) -> str:
        """The date in ISO form, ``--MM-DD`` without a year; day 0 is the month's end."""
        day = self.day or _end_of_month(year, self.month)
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


def _published(published_at: str | None) -> date | None:
    if not published_at:
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
    year = _year(g["y2"]) or _year(g["y"])
    month = _small(g["m2"]) or _small(g["m"]) or 0
    day = _small(g["d2"]) or _small(g["d"])
    if day is None:
        return year, month, 0, _small(g["m"])
    return year, month, day, None


def find_dates(text: str) -> list[re.Match[str]]:
    """The ``DATE`` matches of a text."""
    return list(DATE.finditer(text)) if _DATE_MARKS.search(text) else []


def blocked_spans(text: str, dates: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Spans of dates (``DATE`` matches), times, years and periods: never figures."""
    spans = [m.span() for m in dates]
    if _NOT_FIGURE_MARKS.search(text):
        spans += [m.span() for m in NOT_FIGURES.finditer(text)]
    return spans


def _sentence_start(text: str, position: int) -> int:
    low = max(0, position - 200)
    found = _SENTENCE_TAIL.search(text, low, position)
    return found.start() + 1 if found else low


def _governs(text: str, match: re.Match[str], has_time: bool) -> int | None:
    """Where a date's governance ends, or None when it governs nothing."""
    start = match.start()
    paragraph_end = text.find("\n", start)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    if has_time or _GOVERN_BEFORE.search(text, max(0, start - 6), start):
        return paragraph_end
    if _EVENT_AFTER.match(text, match.end()):
        return None
    if match.groupdict().get("d2"):  # a stated range of days is the period its sentence reports on
        found = _FULL_STOP.search(text, match.end())
        return found.start() if found else len(text)
    if _LEADING_FILLER.fullmatch(text, _sentence_start(text, start), start) is None:
        if match["d"] is None and match["id"] is None:
            return None
        found = _CLAUSE_END.search(text, match.end())  # 郑州东站10月1日发送旅客18.6万人次
        return found.start() if found else len(text)
    found = _FULL_STOP.search(text, match.end())  # a list after a date: 新增确诊：0；累计确诊：156
    return found.start() if found else len(text)


class AsOf:
    """Resolves the as_of date of a position in a text."""

    def __init__(self, text: str, published_at: str | None, dates: list[re.Match[str]]) -> None:
        self.published = _published(published_at)
        self.year_marks: list[tuple[int, int]] = (
            [
                (m.start(), y)
                for m in _YEAR_MARK.finditer(text)
                if (y := _year(m[1]) or self._relative_year(m[2]))
            ]
            if "年" in text
            else []
        )
        self.governing: list[Governing] = []
        for match in dates:
            parts = _calendar(match)
            if not (1 <= parts[1] <= 12 and 0 <= parts[2] <= 31):
                continue
            if _GOVERN_BACK.search(text, max(0, match.start() - 4), match.start()):
                sentence = _sentence_start(text, match.start())
                self.governing.append(Governing(sentence, match.end(), *parts))
                continue
            has_time = bool(match["time"] or match["time2"])
            until = _governs(text, match, has_time)
            if until is not None:
                self.governing.append(Governing(match.start(), until, *parts))
        if self.published:
            relatives = _RELATIVE.finditer(text) if _RELATIVE_WORD.search(text) else ()
            for match in relatives:
                if match["word"] in ("目前", "发稿时") and not match["until"]:
                    continue
                until = _governs(text, match, bool(match["until"]))
                if until is not None:
                    day = self.published + timedelta(days=_RELATIVE_DAYS[match["word"]])
                    self.governing.append(
                        Governing(match.start(), until, day.year, day.month, day.day)
                    )
            for match in _SINCE.finditer(text):
                if match.start() - _sentence_start(text, match.start()) <= 24:
                    until = _SENTENCE_END.search(text, match.end())
                    day = self.published
                    self.governing.append(
                        Governing(
                            match.start(),
                            until.start() if until else len(text),
                            day.year,
                            day.month,
                            day.day,
                        )
                    )
        self.governing.sort(key=lambda g: g.start)
        self._starts = [g.start for g in self.governing]

    def _relative_year(self, word: str | None) -> int | None:
        if not word or self.published is None:
            return None
        return self.published.year + {"今年": 0, "去年": -1, "明年": 1}[word]

    def _year_for(self, g: Governing) -> int | None:
        if g.year is not None:
            return g.year
        before = [year for pos, year in self.year_marks if pos < g.start]
        if before:
            return before[-1]
        if self.published is None:
            return None
        year = self.published.year
        if g.first_month is not None:
            return year if g.first_month <= self.published.month else year - 1
        if (g.month, g.day) > (self.published.month, self.published.day + 7):
            year -= 1
        return year

    def at(self, position: int) -> str | None:
        """The ISO date governing ``position``, ``--MM-DD`` when no year is known."""
        index = bisect_right(self._starts, position)
        for g in reversed(self.governing[:index]):
            if g.until >= position:
                return g.iso(self._year_for(g))
        return None
