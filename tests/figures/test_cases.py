"""The sentence cases: each sentence with every figure it reports, in order.

``cases.jsonl`` covers every kind and exclusion; ``cases_more.jsonl`` the failure causes
a blind evaluation found (frequencies carried over clauses, subjects of changes, periods,
ages and thresholds, units, as_of from ranges), written in other words and domains;
``cases_subjects.jsonl`` one sentence per rule of the subject convention (``subjects``);
``cases_fields.jsonl`` the analyst's fields of issue 11 (qualifier, region, as_of, indicator,
exact values, implied units, frequencies, whole-word subjects), with headline and place.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler.figures import extract_figures


def _load(name: str) -> list[dict]:
    lines = Path(__file__).with_name(name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


CASES = _load("cases.jsonl")
MORE = _load("cases_more.jsonl")
SUBJECTS = _load("cases_subjects.jsonl")
FIELDS = _load("cases_fields.jsonl")
ALL = CASES + MORE + SUBJECTS + FIELDS


@pytest.mark.parametrize("case", ALL, ids=[c["text"][:20] for c in ALL])
def test_case(case: dict) -> None:
    text = case["text"]
    found = extract_figures(
        text, case.get("published_at"), title=case.get("title"), place=case.get("place")
    )
    assert [(f.value, f.unit) for f in found] == [(e["value"], e["unit"]) for e in case["figures"]]
    for figure, expected in zip(found, case["figures"], strict=True):
        assert text[figure.start : figure.end] == figure.raw
        assert type(figure.value) is type(expected["value"])
        for name, value in expected.items():
            assert getattr(figure, name) == value, (name, figure)
        for name in ("value_max", "direction", "as_of"):
            if name not in expected:
                assert getattr(figure, name) is None, (name, figure)


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 200
