"""Regex helpers shared by the figures and regions packages."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator


def trie_alternation(words: list[str]) -> str:
    """A regex alternation of ``words`` as a trie (排(?:查(?:出|整治)?|…)) behind a test of its
    first character, for use inside a larger pattern: the longest word wins, and a failing
    character is tried once, not once per word."""
    return f"(?=[{first_characters(words)}]){trie(words)}"


def trie(words: list[str]) -> str:
    """The trie of ``words`` alone: as a whole pattern it opens with a branch of characters,
    which the re module skips to at C speed (a lookahead before it would not let it)."""
    trie: dict = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(c) + build(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def first_characters(words: list[str]) -> str:
    """The first characters of ``words``, escaped for a character class."""
    return "".join(re.escape(c) for c in sorted({word[0] for word in words if word}))


class Led:
    """A pattern whose matches all begin with one of a few characters (``firsts``, the body of
    a character class), searched only where one of them stands.

    The re module tries a pattern at every position of a text unless the pattern opens with a
    literal or a class, and most positions of a Chinese text can begin none of these. By
    default a search steps from one of ``firsts`` to the next and tries the pattern there: best
    when most of them begin a match (numbers). With ``dense`` (characters that stand often and
    seldom begin a match: digits, numerals) one search opens with their class and a lookbehind
    steps back over the character so that a lookahead can try the whole pattern: the rest is
    skipped at C speed, and the pattern runs once more where it matched. Matches, spans and
    groups are those of the pattern's own ``search`` and ``finditer``, as long as every match
    begins with a character of ``firsts`` and none is empty. (A pattern with a group reference
    cannot be ``dense``: it cannot stand in a lookbehind.)
    """

    __slots__ = ("_first", "_where", "pattern")

    def __init__(self, pattern: str, firsts: str, dense: bool = False) -> None:
        self.pattern = re.compile(pattern)
        self._first = re.compile(f"[{firsts}]")
        self._where = re.compile(rf"[{firsts}](?<=(?=(?:{pattern}))(?s:.))") if dense else None

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """The first match at or after ``pos``, as ``re.Pattern.search`` finds it."""
        if self._where is None:
            return self._step(text, pos, endpos)
        where = self._where.search(text, pos, endpos)
        return None if where is None else self.pattern.match(text, where.start(), endpos)

    def _step(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        """The first match, trying the pattern at each of ``firsts`` in turn."""
        first, match = self._first.search, self.pattern.match
        at = first(text, pos, endpos)
        while at is not None:
            found = match(text, at.start(), endpos)
            if found is not None:
                return found
            at = first(text, at.start() + 1, endpos)
        return None

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """Every match in order, as ``re.Pattern.finditer`` finds them."""
        found = self.search(text, pos, endpos)
        while found is not None:
            yield found
            found = self.search(text, found.end(), endpos)


class Finder:
    """Every match of a pattern whose matches all begin with one of ``firsts`` (the body of a
    character class), each found by one search: the search opens with that class, which the
    re module skips to at C speed, and a lookbehind steps back over the character so that a
    lookahead can try the whole pattern, its match kept as the group ``match``.

    Where ``Led`` runs the pattern once more on every match, this reads it from the search:
    the thing to use when a text holds many matches (numbers). ``finditer`` yields the
    matches ``pattern.finditer`` finds, each as the search's match object: its span is
    ``span("match")``, and the pattern's named groups keep their names.
    """

    __slots__ = ("_search", "pattern")

    def __init__(self, pattern: str, firsts: str) -> None:
        self.pattern = re.compile(pattern)
        self._search = re.compile(rf"[{firsts}](?<=(?=(?P<match>{pattern}))(?s:.))").search

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        found = self._search(text)
        while found is not None:
            yield found
            found = self._search(text, found.end("match"))


def word_starts(words: list[str]) -> re.Pattern[str]:
    """A pattern matching one character wherever one of ``words`` begins, overlapping words
    included (共建成: 共建 and 建成), with the longest word there as group 1.

    It opens with the class of the words' first characters, which the re module skips to at C
    speed; the lookbehind steps back over that character so the lookahead can read the word.
    """
    return re.compile(rf"[{first_characters(words)}](?<=(?=({trie_alternation(words)}))(?s:.))")


def preceded(lookbehind: str, word: str, negative: bool = False) -> str:
    """``(?<=lookbehind)word`` (``(?<!…)`` with ``negative``) written to open with the word
    itself, the lookbehind stepping back over it: in an alternation of such words, each opening
    with a character, the re module skips at C speed to where one may begin."""
    word = re.escape(word)
    return f"{word}(?<{'!' if negative else '='}{lookbehind}{word})"


def ending(alternatives: list[str]) -> re.Pattern[str]:
    """A pattern matching one of ``alternatives`` at the end of a phrase (``$``). As every match
    ends there, the alternatives' order does not change what a search finds; each should open
    with a character (see ``preceded``), so that the search skips to where one may begin."""
    return re.compile(f"(?:{'|'.join(alternatives)})$")
