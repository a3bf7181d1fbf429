"""The dateline that opens a Chinese news story: place, reporters and correspondents."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from crawler.vocabulary import CORRESPONDENT_LABELS, REPORTER_LABELS

_NAME_SPLIT = re.compile(r"[\s、，,;；/]+")
_NOT_A_NAME = re.compile(r"[\d:：@]|报道|摄影|摄$|^文$|^图$")


@dataclass
class Byline:
    place: str | None = None
    reporters: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)


def parse_dateline(
    paragraph: str,
    pattern: re.Pattern[str],
    reporter_labels: tuple[str, ...] = REPORTER_LABELS[:1],
    correspondent_labels: tuple[str, ...] = CORRESPONDENT_LABELS,
) -> Byline:
    """Read the dateline at the start of a paragraph; an empty Byline when there is none."""
    m = pattern.match(paragraph)
    if not m:
        return Byline()
    place = (m.groupdict().get("place") or "").strip() or None
    reporters, correspondents = split_credits(
        m.groupdict().get("credits") or "", reporter_labels, correspondent_labels
    )
    return Byline(place, reporters, correspondents)


def split_credits(
    credits: str, reporter_labels: tuple[str, ...], correspondent_labels: tuple[str, ...]
) -> tuple[list[str], list[str]]:
    """Names after each label of ``记者 杨增强 通讯员 陈洋``, by role, in order."""
    labels = sorted({*reporter_labels, *correspondent_labels}, key=len, reverse=True)
    marker = re.compile("|".join(map(re.escape, labels)))
    roles: dict[str, list[str]] = {"reporter": [], "correspondent": []}
    pieces = marker.split(credits)
    found = marker.findall(credits)
    for label, names in zip(found, pieces[1:], strict=True):
        role = "correspondent" if label in correspondent_labels else "reporter"
        for name in _NAME_SPLIT.split(names):
            name = name.strip("：: ")
            if 2 <= len(name) <= 5 and not _NOT_A_NAME.search(name):
                roles[role].append(name)
    return roles["reporter"], roles["correspondent"]
