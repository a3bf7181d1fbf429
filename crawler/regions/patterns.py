"""Regex helpers shared by the figures and regions packages."""

from __future__ import annotations

import re


def trie_alternation(words: list[str]) -> str:
    """A regex alternation of ``words`` as a trie (排(?:查(?:出|整治)?|…)): the longest word
    wins, and a failing character is tried once, not once per word."""
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

    firsts = "".join(re.escape(c) for c in sorted(trie))
    return f"(?=[{firsts}]){build(trie)}"
