"""Who wrote a page with no profile: reporters and correspondents, or a post's author.

In order: a labelled name in the info bar under the headline (作者：李四, 记者 张三,
文/王五), a dateline or credit line among the text's first lines (本报讯（记者 张三 通讯员
李四）, 本报记者罗科苏盈发自北京), a line holding only a name right under the headline
(a blog's or a commentary's byline), a poster named after the text (ggjjzhzz 发表于 …,
由海姑娘张贴, by duscha, 作者：宋怡), a credit in brackets closing the text's last lines
(（信报记者 蔡雪婧）, （姚峰 上海报道）), a name in brackets closing the text (（袁源）).
"""

from __future__ import annotations

import re

from crawler.extract.byline import split_credits
from crawler.extract.generic.body import CREDIT_LINE
from crawler.vocabulary import (
    CORRESPONDENT_LABELS,
    CREDIT_LABELS,
    INTERN_LABELS,
    NAME_ENDS,
    REPORTER_LABELS,
    SOURCE_LABELS,
    alternation,
)

_HANZI_NAME = r"[\u4e00-\u9fff·]{2,5}"
# A person's name, or a user name of letters, digits, hanzi and a few signs.
_NAME = re.compile(
    rf"(?:{_HANZI_NAME}|[\w.&·-]*[A-Za-z&][\w.&·-]*)"  # noqa: RUF001
)
_NAME_SPLIT = re.compile(r"[\s、，,;；]+")
_NOT_NAME = re.compile(
    "^" + alternation((*CREDIT_LABELS, *SOURCE_LABELS)) + "$|" + alternation(NAME_ENDS)
)
# A name alone on the line under a headline: two or three hanzi, or a user name.
_BARE_NAME = re.compile(r"[\u4e00-\u9fff·]{2,3}|[\w.&·-]*[A-Za-z][\w.&·-]*")
_WRITERS = "(?:" + alternation((*REPORTER_LABELS, *INTERN_LABELS)) + "|(?<![\u4e00-\u9fff])文)"
# 作者：李四 / 记者 张三 / 【作者】王五 / 文/赵六 / 实习生 刘国栋
_REPORTER, _INTERN = REPORTER_LABELS[0], INTERN_LABELS[0]  # 记者, 实习生
_LABELLED = re.compile(
    rf"{_WRITERS}\s*(?:[】\]]\s*[:：]?|[:：/|｜]|(?:(?<={_REPORTER})|(?<={_INTERN}))\s)\s*"
)
# 本报记者罗科苏盈发自北京 / 记者张三报道
_REPORTS_FROM = re.compile(rf"{_REPORTER}\s*({_HANZI_NAME}?)\s*(?:发自|报道)")
_DATELINE = re.compile(r"^.{0,24}?(?:讯|电|消息)\s*[(（]([^()（）]{2,60})[)）]")
# A poster named after the text: ggjjzhzz 发表于 …, 由海姑娘张贴, … by duscha
_POSTED = re.compile(
    r"(?:^|\s)([^\s:：]{2,20})\s*发表于|由\s*([^\s:：]{2,20}?)\s*(?:于[^。，]{0,40}?)?(?:张贴|发表)"
    r"|\bby\s+([^\s〓]{2,20})"
)
# Brackets closing a line: （信报记者 蔡雪婧）, （姚峰 上海报道）
_CLOSING_BRACKETS = re.compile(r"[(（]\s*([^()（）]{2,30}?)\s*[)）]\s*$")
# A person reporting from a place: 姚峰 上海报道 (not an agency: 新华社 北京报道)
_NAME_REPORTS = re.compile(r"^([\u4e00-\u9fff]{2,3})(?<![社台网报站])\s+[\u4e00-\u9fff]{0,6}报道$")
# A name in brackets closing the text: （袁源）
_CLOSING_NAME = re.compile(rf"^[(（]\s*({_HANZI_NAME})\s*[)）]$")
_REPORTERS = (*REPORTER_LABELS, *INTERN_LABELS)
_NOT_WORD = re.compile(r"[\W_]+")
# A byline is looked for in this many of the text's first lines (a headline block may come first).
FIRST_LINES = 5
# ... and a poster in this many of its last lines.
LAST_LINES = 6


def names_after(text: str) -> list[str]:
    """The names a text opens with, up to the first word that is not a name."""
    names = []
    for word in _NAME_SPLIT.split(text.strip()):
        word = word.strip("【】[]()（）")
        if not word:
            continue
        if not _NAME.fullmatch(word) or len(word) > 20 or _NOT_NAME.search(word):
            break
        names.append(word)
    return names


def labelled_names(text: str) -> list[str]:
    """Names after the first writer label of a text (作者：…, 记者 …)."""
    for m in _LABELLED.finditer(text):
        if names := names_after(text[m.end() :]):
            return names
    return []


def credits_of(
    after: list[str], lines: list[str], tail: str, title: str = "", before: str = ""
) -> tuple[list[str], list[str]]:
    """Reporters and correspondents (see the module's doc). ``after`` is the lines between
    the headline and the text, ``lines`` those of the text's container (credit lines
    included), ``tail`` what follows it, ``title`` the headline, ``before`` the text just
    above it."""
    labelled = [name for line in after for name in labelled_names(line)]
    if labelled:
        return list(dict.fromkeys(labelled)), []
    reporters: list[str] = []
    correspondents: list[str] = []
    for line in (*after, *lines[:FIRST_LINES]):
        if m := _DATELINE.match(line):
            return split_credits(m.group(1), _REPORTERS, CORRESPONDENT_LABELS)
        if m := _REPORTS_FROM.search(line[:30]):
            return [m.group(1)], []
        if len(line) <= 40 and CREDIT_LINE.match(line):  # 本报记者 王燕平 方云凤
            found = split_credits(line.strip("()（）[]【】"), _REPORTERS, CORRESPONDENT_LABELS)
            reporters += found[0]
            correspondents += found[1]
    if reporters or correspondents:
        return reporters, correspondents
    # a name alone under the headline, or under the headline's words atop the text
    heading = _squeeze(title)
    under = [
        line
        for up, line in zip(["", *lines], lines[:FIRST_LINES], strict=False)
        if _squeeze(up) in heading
    ]
    for line in (*after[:2], *under):
        if names := _bare_names(line):
            return names, []
    for text in after[:3]:
        if (m := _POSTED.search(text)) and (name := _poster(m)):
            return [name], []
    for line in lines[-3:]:
        if len(line) <= 40 and CREDIT_LINE.match(line):
            return split_credits(line.strip("()（）[]【】"), _REPORTERS, CORRESPONDENT_LABELS)
        if names := labelled_names(line) if len(line) <= 40 else []:
            return names, []
    for text in (*lines[-LAST_LINES:], tail, before):
        if (m := _POSTED.search(text)) and (name := _poster(m)):
            return [name], []
    for line in reversed(lines[-3:]):
        if not (m := _CLOSING_BRACKETS.search(line)):
            continue
        if CREDIT_LINE.match(credit := m.group(1)):
            return split_credits(credit, _REPORTERS, CORRESPONDENT_LABELS)
        if m := _NAME_REPORTS.match(credit):
            return [m.group(1)], []
    if lines and (m := _CLOSING_NAME.match(lines[-1])):
        return [m.group(1)], []
    if names := labelled_names(tail):
        return names, []
    return [], []


def _bare_names(line: str) -> list[str]:
    """The names a line holds when it holds nothing else: 胡平 / 赵延东、风笑天 / duscha."""
    names = names_after(line) if len(line) <= 24 else []
    alone = " ".join(names) == " ".join(_NAME_SPLIT.split(line))
    return names if names and alone and all(map(_BARE_NAME.fullmatch, names)) else []


def _squeeze(text: str) -> str:
    return _NOT_WORD.sub("", text)


def _poster(m: re.Match[str]) -> str | None:
    name = next(g for g in m.groups() if g)
    return name if _NAME.fullmatch(name) and not _NOT_NAME.search(name) else None
