"""The division table: every province-, prefecture- and county-level division, by code and name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources

# The 55 minority nationalities as division names write them (恩施土家族苗族自治州 → 恩施):
# a closed list, used only to shorten the names of autonomous divisions.
NATIONALITIES = [
    "蒙古",
    "回",
    "藏",
    "维吾尔",
    "苗",
    "彝",
    "壮",
    "布依",
    "朝鲜",
    "满",
    "侗",
    "瑶",
    "白",
    "土家",
    "哈尼",
    "哈萨克",
    "傣",
    "黎",
    "傈僳",
    "佤",
    "畲",
    "高山",
    "拉祜",
    "水",
    "东乡",
    "纳西",
    "景颇",
    "柯尔克孜",
    "土",
    "达斡尔",
    "仫佬",
    "羌",
    "布朗",
    "撒拉",
    "毛南",
    "仡佬",
    "锡伯",
    "阿昌",
    "普米",
    "塔吉克",
    "怒",
    "乌孜别克",
    "俄罗斯",
    "鄂温克",
    "德昂",
    "保安",
    "裕固",
    "京",
    "塔塔尔",
    "独龙",
    "鄂伦春",
    "赫哲",
    "门巴",
    "珞巴",
    "基诺",
]
_AUTONOMOUS = re.compile(
    rf"(?:(?:{'|'.join(sorted(NATIONALITIES, key=len, reverse=True))})族)*自治(?:区|州|县|旗)$"
)
_SUFFIX = re.compile(r"(?:特别行政区|地区|林区|特区|省|市|区|县|旗|盟|州)$")


@dataclass(frozen=True)
class Division:
    """One division: its 6-digit GB/T 2260 code and its name (召陵区)."""

    code: str
    name: str

    @property
    def level(self) -> str:
        """``province``, ``city`` (prefecture level) or ``county``."""
        if self.code.endswith("0000"):
            return "province"
        return "city" if self.code.endswith("00") else "county"

    @cached_property
    def short(self) -> str:
        """The name without its suffix (漯河市 → 漯河, 广西壮族自治区 → 广西); the name
        itself when too little would be left (城区, 涉县)."""
        short = _AUTONOMOUS.sub("", self.name)
        if short == self.name:
            short = _SUFFIX.sub("", self.name)
        return short if len(short) >= 2 else self.name

    @property
    def parents(self) -> list[Division]:
        """The province and prefecture above it, those that exist, the largest first."""
        table = by_code()
        codes = [self.code[:2] + "0000", self.code[:4] + "00"]
        return [table[c] for c in dict.fromkeys(codes) if c != self.code and c in table]

    @cached_property
    def full_name(self) -> str:
        """河南省漯河市召陵区; 北京市东城区; 河南省济源市."""
        return "".join(d.name for d in [*self.parents, self])

    def within(self, other: Division) -> bool:
        """Whether this division is ``other`` or lies inside it."""
        return self == other or other in self.parents

    def record(self) -> dict[str, str]:
        """The division as figure and article records give it: {"name", "code"}."""
        return {"name": self.full_name, "code": self.code}


@cache
def all_divisions() -> tuple[Division, ...]:
    """Every division of the table shipped with the package (``divisions.tsv``)."""
    text = resources.files("crawler.regions").joinpath("divisions.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line)
    return tuple(Division(code, name) for code, name in rows)


@cache
def by_code() -> dict[str, Division]:
    return {d.code: d for d in all_divisions()}


@cache
def by_name() -> dict[str, tuple[Division, ...]]:
    """Divisions by full name (新华区: four of them)."""
    table: dict[str, list[Division]] = {}
    for division in all_divisions():
        table.setdefault(division.name, []).append(division)
    return {name: tuple(found) for name, found in table.items()}


@cache
def by_short_name() -> dict[str, tuple[Division, ...]]:
    """Divisions by short name (漯河 → 漯河市; 吉林 → 吉林省 and 吉林市)."""
    table: dict[str, list[Division]] = {}
    for division in all_divisions():
        if division.short != division.name:
            table.setdefault(division.short, []).append(division)
    return {name: tuple(found) for name, found in table.items()}
