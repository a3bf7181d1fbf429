"""The figure rules: number, unit, range, markers, direction, subject and as_of, over a text."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import deque
from collections.abc import Iterator
from decimal import Decimal

from crawler.items import Figure
from crawler.regions.patterns import Finder, Led, first_characters

from . import subjects
from .annotate import annotate
from .clauses import RANGE, Bounds
from .dates import AsOf, find_dates
from .exclusions import DATE, blocked_mask
from .lexicon import (
    APPROX_AFTER,
    APPROX_BEFORE,
    APPROX_INSIDE,
    ATTRIBUTE_WORDS,
    DAY_PARTS,
    DOWN_WORDS,
    FREQUENCY_UNITS,
    FROM_WORDS,
    GENERIC_NOUNS,
    INDEFINITE_BEFORE,
    META_NOUNS,
    MONEY_AS_YUAN,
    MONEY_NOUNS,
    ONE_COUNTS_AFTER,
    ONE_COUNTS_UNITS,
    ONE_COUNTS_WORDS,
    PERIODS,
    PERSON_CLASSIFIERS,
    SLOGAN_HEADS,
    SUBJECT_BEFORE,
    THRESHOLD_AFTER,
    THRESHOLD_BEFORE,
    TOTAL_WORDS,
    UNITS,
    UP_WORDS,
    YUAN,
    Unit,
    alternation,
    trie_alternation,
)
from .numerals import NUMBER, NUMBER_FIRSTS, Parsed, exact, is_bare_magnitude, parse_number

_PERIOD = alternation(list(PERIODS))
_FREQ_UNIT = alternation(list(FREQUENCY_UNITS))

CANDIDATE = Finder(
    rf"百分之(?P<pct>{NUMBER})|(?P<num>{NUMBER}|(?<=[上近超逾约])[万亿])", NUMBER_FIRSTS + "万亿"
)
UNIT = re.compile(rf"[{APPROX_INSIDE}]?(?P<unit>{trie_alternation(list(UNITS))})")
RANGE_TAIL = re.compile(rf"{RANGE}(?P<num>{NUMBER})")
_PER_WORDS = alternation([*UNITS, *PERIODS, "h", "s"])
PER_UNIT = re.compile(rf"\s*[/／]\s*(?P<per>{_PER_WORDS})")
SLASH_PERIOD = re.compile(rf"\s*[/／]\s*(?P<period>{_PERIOD})")
# 一天2次, 一日3次, 每周至少3次, 一天清扫三遍; 每4小时测量一次, 每月开展一次.
FREQUENCY = Led(
    rf"(?:每|(?<![\d.月〇零一二两三四五六七八九十])(?P<one>一|1))个?(?P<period>{_PERIOD})(?:内)?"
    rf"(?P<verb>(?(one)[^，,。；;、\n\d每一两]{{0,4}}?))"
    rf"(?P<approx>至少|最多|约|不少于|不超过)?(?P<num>{NUMBER})(?P<unit>{_FREQ_UNIT})"
    rf"|每隔?(?:(?P<every>{NUMBER})个?)?(?P<period2>{_PERIOD})(?P<verb2>[^，,。；;\n\d各]{{0,6}}?)"
    rf"(?:一|1)(?P<unit2>{_FREQ_UNIT})",
    "每一1",
)
# 早晚各一次, 上下午各测一次: a count for each part of the day.
DAY_PARTS_FREQUENCY = Led(
    rf"(?P<parts>{alternation(list(DAY_PARTS))})各(?P<verb>[^，,。；;\n\d]{{0,6}}?)"
    rf"(?P<num>[一两二三1-3])(?P<unit>{_FREQ_UNIT})",
    first_characters(list(DAY_PARTS)),
)
# A number standing alone after a label (新增确诊：1, 价格指数为100.9).
BARE = re.compile(r"(?:[:：]|(?<=[\u4e00-\u9fff])为)$")
_BARE_END = re.compile(r"[，,。；;、\n）)]|$")
_PER_PERIOD = re.compile(rf"(?:每|日均|周均|月均)个?(?P<period>{_PERIOD})?")
# 每天300人以上: a count per period is a frequency (日均, an average, stays a count).
_EVERY = re.compile(rf"每个?(?P<period>{_PERIOD})")
_MONEY_NOUN = re.compile(rf"(?:{alternation(MONEY_NOUNS)})$")
_APPROX_BEFORE = re.compile(rf"(?:{alternation(APPROX_BEFORE)})$")
_APPROX_AFTER = re.compile(alternation(APPROX_AFTER))
_DIRECTION = re.compile(rf"{alternation(DOWN_WORDS + UP_WORDS)}")
_INDEFINITE = re.compile(rf"(?:{alternation(INDEFINITE_BEFORE)})$")
_ONE_COUNTS = re.compile(rf"(?:{alternation(ONE_COUNTS_AFTER)})$")
_SLOGAN = re.compile(alternation(SLOGAN_HEADS))
_CJK_NUMERAL = re.compile(r"[零〇一二两三四五六七八九十百千]")
_PERSONS = {"人", "名", "位", "户", "家"}
BELOW_ZERO = "零下"
_PREDICATE = re.compile(r"[在为是达满]$")
# A duration whose noun is not written after it (6至12小时内反馈, 14天后).
_NOT_BEFORE_NOUN = re.compile(r"(?:以内|之内|内|以后|之后|后|以前|前|以来|来|左右)")
_TOTALS = re.compile(alternation(TOTAL_WORDS))
_THRESHOLD_AFTER = re.compile(alternation(THRESHOLD_AFTER))
_THRESHOLD_BEFORE = re.compile(rf"(?:{alternation(THRESHOLD_BEFORE)})$")
# Between a single-character change word and its number (降3%, 降了3%, 降幅达3%): no noun.
_WORD_AT = re.compile(r"[\u4e00-\u9fff](?<!的)")
_CHANGE_GAP = re.compile(r"(?:了|幅(?:达|为)?)?")


def _unit_at(text: str, pos: int) -> tuple[Unit, int, bool] | None:
    """The unit written at ``pos``: (unit, end, whether 多/余 stood before it)."""
    found = UNIT.match(text, pos)
    if not found:
        return None
    unit = UNITS[found["unit"]]
    end = found.end()
    if end < len(text) and text[end] in unit.blocked_after:
        return None
    return unit, end, found.start("unit") > pos or "多" in found["unit"]  # 3个多月


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    last = deque(matches, maxlen=1)
    return last[0] if last else None


def _direction(text: str, start: int, clause: int) -> str | None:
    """``down`` when the nearest change word before a number in its clause is a fall."""
    words = list(_DIRECTION.finditer(text, clause, start))
    if not words:
        return None
    word = words[-1]
    if len(word[0]) == 1 and not _CHANGE_GAP.fullmatch(text, word.end(), start):
        return None  # 降雨量, 减免: a single character counts only next to the number
    if word[0] in UP_WORDS or text[word.end() : word.end() + 1] in ("至", "到", "为"):
        return None
    return "down"


def _approximate_before(text: str, start: int, written: str, kind: str) -> bool:
    found = _APPROX_BEFORE.search(text, max(0, start - 4), start)
    if not found:
        return False
    word = found[0]
    if word == "上":
        return is_bare_magnitude(written)
    if word == "近":  # 近14天: the last 14 days, a window, not about 14 days
        return kind != "duration" and text[found.start() - 1 : found.start()] not in (
            "最", "附", "靠", "临", "接"
        )  # fmt: skip
    return True


def _acceptable(text: str, start: int, written: str, unit: Unit, unit_end: int) -> bool:
    """Whether a number with a unit reads as a figure rather than an idiom or article."""
    chinese = bool(_CJK_NUMERAL.match(written))
    if unit.arabic_only and chinese:
        return False
    if text.startswith("几", start + len(written)):
        return False
    if is_bare_magnitude(written) and _INDEFINITE.search(text, max(0, start - 2), start):
        return False
    if written == "一":
        if text[start + 1 : unit_end].lstrip(APPROX_INSIDE) in ONE_COUNTS_WORDS:
            return True
        if _ONE_COUNTS.search(text, max(0, start - 3), start):
            return True
        # 新增确诊病例一例 counts; 完成一例心脏移植手术 (a noun after it) is an article
        return unit.unit in ONE_COUNTS_UNITS and subjects.after(text, unit_end) is None
    if written in ("百", "千", "万"):
        return unit.unit in _PERSONS or bool(_APPROX_BEFORE.search(text, max(0, start - 2), start))
    return True


class _Extractor:
    def __init__(self, text: str, published_at: str | None) -> None:
        self.text = text
        dates = find_dates(text)
        self.mask = blocked_mask(text, dates)
        self.bounds = Bounds(text)
        self.as_of = AsOf(text, published_at, dates, self.bounds)
        self.figures: list[Figure] = []
        # Runs of figures each found in order (one per pass): looked up by bisection.
        self.runs: list[tuple[list[int], list[Figure]]] = []
        self.floor = 0  # where the last figure ended: a subject does not reach back past it

    def clause_start(self, pos: int) -> int:
        return self.bounds.clauses.start(pos, 60)

    def sentence_start(self, pos: int) -> int:
        return self.bounds.sentences.start(pos, 200)

    def new_run(self) -> None:
        self.runs.append(([], []))

    def free(self, start: int, end: int) -> bool:
        return not any(self.mask[start:end])

    def take(self, start: int, end: int) -> None:
        self.mask[start:end] = b"\x01" * (end - start)

    def earlier(self, start: int) -> Figure | None:
        """The figure before ``start`` in its sentence, if any."""
        sentence = self.sentence_start(start)
        best = None
        for ends, figures in self.runs:
            index = bisect_right(ends, start) - 1
            if index < 0:
                continue
            figure = figures[index]
            if figure.start >= sentence and (best is None or figure.end > best.end):
                best = figure
        return best

    def subject(self, start: int, end: int, unit: Unit, clause: int) -> str | None:
        """The subject of a figure, and when its own clause names none, its clause's subject:
        比上年增长4.1% reports on what the sentence's figure before measured; 共计121天 on
        what the clause before opened with; 频次为每月1次 on what the clause before did."""
        text, floor, mask = self.text, self.floor, self.mask
        if self.figures and subjects.linked(text, floor, start):
            return self.figures[-1].subject
        clause = max(clause, floor)
        prefix = (
            text[clause:start]
            if mask.find(DATE, clause, start) < 0
            else "".join(text[i] for i in range(clause, start) if mask[i] != DATE)
        )
        change = subjects.only_change(prefix)
        if change and (earlier := self.earlier(start)) and earlier.subject:
            return earlier.subject
        found = self.written_subject(start, end, unit)
        if not clause:
            return found
        if found is None and (
            change or subjects.only_total(prefix) or subjects.only_copula(prefix)
        ):
            return subjects.topic(text, self.clause_start(clause - 1), clause - 1)
        if found in META_NOUNS:
            return subjects.action(text, self.clause_start(clause - 1), clause - 1) or found
        return found

    def written_subject(self, start: int, end: int, unit: Unit) -> str | None:
        """The subject written next to a figure."""
        text, floor, mask = self.text, self.floor, self.mask
        persons = unit.unit in SUBJECT_BEFORE or unit.kind == "other"
        if text[start - 1 : start] == "的":  # 被困的3名工人: the noun is written after
            return subjects.after(text, end, persons) or subjects.before(text, start, floor, mask)
        from_ = start > 0 and text[start - 1] in FROM_WORDS[0]
        if from_ or unit.unit in PERSON_CLASSIFIERS:
            found = subjects.after(text, end, True)  # 由五名党员组成, 2000余名女孩走出大山
            if found and (from_ or subjects.is_person(found)):
                return found
        if text[end : end + 1] == "的":  # 全长1.8公里的滨河步道: an attribute of the noun after
            found = subjects.before(text, start, floor, mask)
            if found is None or found in ATTRIBUTE_WORDS:
                return subjects.after(text, end) or found
        if unit.kind == "other" and _PREDICATE.search(text, max(0, start - 1), start):
            return subjects.before(text, start, floor, mask)  # 年龄在65岁以上
        if unit.kind == "duration" and _NOT_BEFORE_NOUN.match(text, end):
            return subjects.before(text, start, floor, mask)
        if unit.noun_first or unit.kind in ("duration", "frequency"):
            found = subjects.after(text, end, persons)
            if unit.kind == "duration" and found in GENERIC_NOUNS:  # 隔离14天措施: the activity
                found = None
            return found or subjects.before(text, start, floor, mask, activity=unit.noun_first)
        return (
            subjects.before(text, start, floor, mask, verbs=False)
            or subjects.after(text, end, persons)
            or subjects.before(text, start, floor, mask)
        )

    def add(
        self,
        start: int,
        end: int,
        parsed: Parsed,
        unit: Unit,
        approximate: bool,
        written: str = "",
        subject: str | None = None,
    ) -> None:
        text = self.text
        unit_name = YUAN if unit.unit in MONEY_AS_YUAN else unit.unit
        clause = self.clause_start(start)
        figure = Figure(
            value=parsed.value,
            unit=unit_name or None,
            kind=unit.kind,
            raw=text[start:end],
            start=start,
            end=end,
            value_max=parsed.value_max,
            approximate=approximate
            or parsed.approximate
            or bool(_APPROX_AFTER.match(text, end))
            or _approximate_before(text, start, written, unit.kind),
            direction=_direction(text, start, clause),
            subject=self.frequency_action(subject or self.subject(start, end, unit, clause), unit),
        )
        self.figures.append(figure)
        ends, run = self.runs[-1]
        ends.append(end)
        run.append(figure)
        self.take(start, end)
        self.floor = end

    @staticmethod
    def frequency_action(subject: str | None, unit: Unit) -> str | None:
        """A frequency's subject is its action (为隔离人员测量体温 → 测量体温)."""
        return (
            subjects.frequency_action(subject) if subject and unit.kind == "frequency" else subject
        )

    def in_sentence(self, start: int) -> Iterator[Figure]:
        """The figures found so far in the sentence holding ``start``."""
        low, high = self.sentence_start(start), self.bounds.sentences.end(start)
        for ends, figures in self.runs:
            index = bisect_right(ends, low)
            while index < len(figures) and figures[index].start < high:
                yield figures[index]
                index += 1

    def frequencies(self) -> None:
        text = self.text
        self.new_run()
        for found in FREQUENCY.finditer(text):
            if not self.free(found.end("period"), found.end()) or any(
                self.mask[found.start() : found.end("period")].strip(bytes([DATE]))
            ):
                continue  # 一日 alone is read as a day of the month
            written = found["num"] or "一"
            parsed = parse_number(written)
            if parsed is None:
                continue
            period = PERIODS[found["period"] or found["period2"]]
            if found["every"]:
                every = parse_number(found["every"])
                period = f"{every.value}{period}" if every and every.value != 1 else period
            unit = Unit("frequency", f"{found['unit'] or found['unit2']}/{period}")
            verb = "verb" if found["period"] else "verb2"
            subject = subjects.after(text, found.end()) or subjects.between(
                text, found.start(verb), found.end(verb)
            )
            approximate = bool(found["approx"])
            self.add(found.start(), found.end(), parsed, unit, approximate, subject=subject)
        self.new_run()
        for found in DAY_PARTS_FREQUENCY.finditer(text) if "各" in text else ():
            if not self.free(*found.span()) or any(
                f.kind == "frequency" and f.unit.endswith("/天")
                for f in self.in_sentence(found.start())
            ):
                continue  # 每日两次，早晚各一次: the same frequency told again
            parsed = parse_number(found["num"])
            if parsed is None:
                continue
            count = Parsed(exact(Decimal(parsed.value) * DAY_PARTS[found["parts"]]), None, False)
            unit = Unit("frequency", f"{found['unit']}/天")
            subject = subjects.after(text, found.end()) or subjects.between(
                text, found.start("verb"), found.end("verb")
            )
            self.add(found.start(), found.end(), count, unit, False, subject=subject)

    def numbers(self) -> None:
        text = self.text
        self.new_run()
        self.floor = 0
        for found in CANDIDATE.finditer(text):
            start, end = found.span("match")
            if self.mask[start]:
                continue
            if found["pct"]:
                parsed = parse_number(found["pct"])
                if parsed:
                    self.add(start, end, parsed, UNITS["%"], False)
                continue
            written = found["num"]
            parsed = parse_number(written)
            if parsed is None:
                continue
            self.number(start, end, written, parsed)

    def number(self, start: int, end: int, written: str, parsed: Parsed) -> None:
        text = self.text
        unit_found = _unit_at(text, end)
        upper = RANGE_TAIL.match(text, unit_found[1] if unit_found else end)
        if upper and self.free(upper.start("num"), upper.end("num")):
            high = parse_number(upper["num"])
            high_unit = _unit_at(text, upper.end())
            same = not unit_found or (high_unit and high_unit[0] == unit_found[0])
            if high and high_unit and same:
                low = parsed.value
                scale = _scale(upper["num"])
                if scale > 1 and _scale(written) == 1 and low * scale <= high.value:
                    low = exact(Decimal(str(low)) * scale)
                parsed = Parsed(low, high.value, parsed.approximate or high.approximate)
                unit_found, end = high_unit, upper.end()
            elif (
                high
                and not unit_found
                and not high_unit
                and min(_scale(written), _scale(upper["num"])) > 1
            ):
                parsed = Parsed(parsed.value, high.value, parsed.approximate or high.approximate)
                end = upper.end()  # 100亿～120亿: a range of amounts whose unit is not written
        if unit_found is None:
            self.bare(start, end, written, parsed)
            return
        unit, unit_end, inside = unit_found
        if not _acceptable(text, start, written, unit, unit_end) or self.threshold(start, unit_end):
            return
        if unit.unit == "个" and _CJK_NUMERAL.match(written) and _SLOGAN.match(text, unit_end):
            return
        if unit.unit in FREQUENCY_UNITS:
            slash = SLASH_PERIOD.match(text, unit_end)
            if slash:
                unit_end = slash.end()
                unit = Unit("frequency", f"{unit.unit}/{PERIODS[slash['period']]}")
            else:
                unit = self.frequency_of(start, unit.unit) or unit
        elif unit.kind == "count":
            unit = self.per_period(start, unit) or unit
        if text.startswith(BELOW_ZERO, start - len(BELOW_ZERO)):
            start -= len(BELOW_ZERO)
            parsed = parsed._replace(value=-parsed.value)
        elif parsed.value_max is None and written.startswith(("-", "负")):
            parsed = parsed._replace(value=-parsed.value)
        else:
            per = PER_UNIT.match(text, unit_end)
            if per:
                unit_end = per.end()
                unit = unit._replace(unit=f"{unit.unit}/{per['per']}")
        subject = None
        if unit.kind == "frequency" and unit.unit.split("/", 1)[0] in FREQUENCY_UNITS:
            per = _last(_PER_PERIOD.finditer(text, self.clause_start(start), start))
            subject = subjects.after(text, unit_end) or (
                subjects.between(text, per.end() if per else self.clause_start(start), start)
            )
        self.add(start, unit_end, parsed, unit, inside, written, subject)

    def frequency_of(self, start: int, times: str) -> Unit | None:
        """A count of 次 read as a frequency when its clause says per what (每天…2次), or when
        an earlier clause of its sentence gave a frequency and this one does not total."""
        text = self.text
        clause = self.clause_start(start)
        per = _last(_PER_PERIOD.finditer(text, clause, start))
        if per is not None and per["period"]:
            return Unit("frequency", f"{times}/{PERIODS[per['period']]}")
        if per is not None or clause == start or _TOTALS.search(text, clause, start):
            return None  # 两次检测间隔: a count opening its clause is no action's count
        last = self.earlier(start)
        if last is None or last.kind != "frequency" or last.unit is None:
            return None
        return Unit("frequency", f"{times}/{last.unit.split('/', 1)[1]}")

    def per_period(self, start: int, unit: Unit) -> Unit | None:
        """A count its clause gives per period (每天300人以上 → 人/天), with no other figure
        between the two."""
        every = _last(_EVERY.finditer(self.text, max(self.clause_start(start), self.floor), start))
        if every is None:
            return None
        return Unit("frequency", f"{unit.unit}/{PERIODS[every['period']]}")

    def threshold(self, start: int, unit_end: int) -> bool:
        """Whether a figure only qualifies a category noun (56人以上大班额, 超10亿元项目9个)."""
        text = self.text
        after = _THRESHOLD_AFTER.match(text, unit_end)
        if after:
            return _WORD_AT.match(text, after.end()) is not None and bool(
                subjects.after(text, after.end())
            )
        if not _THRESHOLD_BEFORE.search(text, max(0, start - 2), start):
            return False
        noun = subjects.after(text, unit_end)
        return bool(noun) and CANDIDATE.pattern.match(text, unit_end + len(noun)) is not None

    def bare(self, start: int, end: int, written: str, parsed: Parsed) -> None:
        """A number without a unit: a large one (人口3.8万), or one standing after a label."""
        text = self.text
        large = _scale(written) >= 10_000 and not is_bare_magnitude(written)
        labelled = (
            _CJK_NUMERAL.match(written) is None
            and BARE.search(text, max(0, start - 1), start) is not None
            and _BARE_END.match(text, end) is not None
        )
        if large or labelled:
            label = start - 1 if labelled and text[start - 1] in ":：" else start
            subject = subjects.before(text, label, self.floor, self.mask)
            money = large and subject is not None and _MONEY_NOUN.search(subject) is not None
            unit = Unit("money", YUAN) if money else Unit("other", "")  # 捐款38万: yuan
            self.add(start, end, parsed, unit, False, written, subject)


def _scale(written: str) -> int:
    """The magnitude a number ends with (万 → 10000), 1 when none."""
    core = written.rstrip(APPROX_INSIDE)
    if core.endswith("亿"):
        return 100_000_000
    if core.endswith("万"):
        return 10_000
    return 1


def extract_figures(
    text: str,
    published_at: str | None = None,
    *,
    title: str | None = None,
    place: str | None = None,
) -> list[Figure]:
    """Every figure ``text`` reports, in order, with offsets into ``text``.

    ``published_at`` (a date or ISO datetime) dates year-less and relative dates; ``title``
    and ``place`` (the headline and the dateline's place) tell which division 全区, 我市 …
    mean.
    """
    extractor = _Extractor(text, published_at)
    extractor.frequencies()
    extractor.numbers()
    figures = sorted(extractor.figures, key=lambda f: f.start)
    annotate(text, figures, extractor.bounds, extractor.as_of, title, place)
    return figures
