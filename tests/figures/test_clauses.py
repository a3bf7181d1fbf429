"""Clause and sentence bounds by bisection over the marks of a text."""

from __future__ import annotations

from crawler.figures.clauses import Bounds


def test_starts_and_ends() -> None:
    text = "甲乙，丙丁；戊己。庚"
    bounds = Bounds(text)
    assert bounds.clauses.start(4) == 3 and bounds.clauses.end(4) == 5
    assert bounds.sentences.start(4) == 0 and bounds.sentences.start(7) == 6
    assert bounds.full_stops.start(7) == 0 and bounds.full_stops.end(0) == 8
    assert bounds.full_stops.end(9) == len(text)
    assert bounds.lines.end(3) == len(text)


def test_reach_caps_how_far_back_a_start_is() -> None:
    text = "甲" * 100 + "。" + "乙" * 300
    bounds = Bounds(text)
    assert bounds.sentences.start(150, 200) == 101
    assert bounds.sentences.start(390, 200) == 190  # no mark within reach
