"""Quality of ``extract_figures`` on the held-out set ``tests/figures/heldout.jsonl``.

Prints precision/recall/F1 of (value, unit), the share of not-figure spans reported,
subject and as_of accuracy, frequency recall, and every failure.

Run: .venv/bin/python bench/figures_eval.py [--quiet] [PATH]
"""

from __future__ import annotations

import argparse
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crawler.figures import extract_figures
from crawler.items import Figure

HELDOUT = Path(__file__).resolve().parents[1] / "tests" / "figures" / "heldout.jsonl"
# Arabic numbers not inside an expected figure are not-figure spans too (dates, codes, numbers).
_ARABIC_RUN = re.compile(r"\d+(?:[.:：·∶/+-]\d+)*")


@dataclass
class Scores:
    expected: int = 0
    found: int = 0
    matched: int = 0
    not_figures: int = 0
    not_figures_reported: int = 0
    subjects: int = 0
    subjects_right: int = 0
    dated: int = 0
    dated_right: int = 0
    frequencies: int = 0
    frequencies_found: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def false_positive_rate(self) -> float:
        return self.not_figures_reported / self.not_figures if self.not_figures else 0.0

    @property
    def subject_accuracy(self) -> float:
        return self.subjects_right / self.subjects if self.subjects else 1.0

    @property
    def as_of_accuracy(self) -> float:
        return self.dated_right / self.dated if self.dated else 1.0

    @property
    def frequency_recall(self) -> float:
        return self.frequencies_found / self.frequencies if self.frequencies else 1.0


def load(path: Path = HELDOUT) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _listed(case: dict[str, Any]) -> list[tuple[int, int]]:
    text = case["text"]
    return [(text.find(s), text.find(s) + len(s)) for s in case["not_figures"]]


def _spans(case: dict[str, Any]) -> list[tuple[int, int]]:
    """Where each expected raw stands: in order, outside the listed not-figure spans."""
    text, listed = case["text"], _listed(case)
    spans, cursor = [], 0
    for raw in (e["raw"] for e in case["figures"]):
        at = text.find(raw, cursor)
        while at >= 0 and any(_overlaps((at, at + len(raw)), span) for span in listed):
            at = text.find(raw, at + 1)
        spans.append((at, at + len(raw)))
        cursor = at + len(raw) if at >= 0 else cursor
    return spans


def _same(expected: dict[str, Any], figure: Figure) -> bool:
    return math.isclose(expected["value"], figure.value, rel_tol=1e-9) and (
        expected["unit"] == figure.unit
    )


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _match(case: dict[str, Any], found: list[Figure]) -> list[Figure | None]:
    """The found figure paired with each expected one: same (value, unit), nearest first."""
    spans = _spans(case)
    free = list(found)
    pairs: list[Figure | None] = [None] * len(spans)
    for near in (True, False):
        for i, (expected, span) in enumerate(zip(case["figures"], spans, strict=True)):
            if pairs[i] is not None:
                continue
            for figure in free:
                if _same(expected, figure) and (
                    not near or _overlaps(span, (figure.start, figure.end))
                ):
                    pairs[i] = figure
                    free.remove(figure)
                    break
    return pairs


def not_figure_spans(case: dict[str, Any]) -> list[tuple[int, int]]:
    """The listed not-figure spans and every Arabic number outside the expected figures."""
    text = case["text"]
    figures = _spans(case)
    spans = _listed(case)
    for run in _ARABIC_RUN.finditer(text):
        span = run.span()
        if not any(_overlaps(span, other) for other in figures + spans):
            spans.append(span)
    return spans


def _subject_right(expected: Any, got: str | None) -> bool:
    return got in expected if isinstance(expected, list) else got == expected


def _describe(figure: Figure) -> str:
    return f"{figure.raw}={figure.value} {figure.unit} s={figure.subject} @{figure.as_of}"


def score_case(case: dict[str, Any], scores: Scores) -> None:
    text = case["text"]
    found = extract_figures(text, case.get("published_at"))
    pairs = _match(case, found)
    problems: list[str] = []
    scores.expected += len(pairs)
    scores.found += len(found)
    scores.matched += sum(p is not None for p in pairs)
    for expected, figure in zip(case["figures"], pairs, strict=True):
        name = f"{expected['raw']}={expected['value']} {expected['unit']}"
        if expected["kind"] == "frequency":
            scores.frequencies += 1
            scores.frequencies_found += figure is not None
        if figure is None:
            problems.append(f"missed {name}")
            continue
        if expected["subject"] is not None:
            scores.subjects += 1
            if _subject_right(expected["subject"], figure.subject):
                scores.subjects_right += 1
            else:
                problems.append(f"subject {name}: {figure.subject!r} ≠ {expected['subject']!r}")
        if expected["as_of"] is not None:
            scores.dated += 1
            if figure.as_of == expected["as_of"]:
                scores.dated_right += 1
            else:
                problems.append(f"as_of {name}: {figure.as_of} ≠ {expected['as_of']}")
    matched = {id(p) for p in pairs if p is not None}
    problems += [f"extra {_describe(f)}" for f in found if id(f) not in matched]
    for span in not_figure_spans(case):
        scores.not_figures += 1
        if any(_overlaps(span, (f.start, f.end)) for f in found):
            scores.not_figures_reported += 1
            problems.append(f"not a figure: {text[span[0] : span[1]]}")
    if problems:
        scores.failures.append(text + "\n    " + "\n    ".join(problems))


def evaluate(cases: list[dict[str, Any]]) -> Scores:
    scores = Scores()
    for case in cases:
        score_case(case, scores)
    return scores


def report(scores: Scores) -> str:
    return "\n".join(
        [
            f"figures: expected {scores.expected}, found {scores.found}, matched {scores.matched}",
            f"precision {scores.precision:.3f}  recall {scores.recall:.3f}  F1 {scores.f1:.3f}",
            f"not-figure spans reported: {scores.not_figures_reported}/{scores.not_figures}"
            f" = {scores.false_positive_rate:.1%}",
            f"subject accuracy: {scores.subjects_right}/{scores.subjects}"
            f" = {scores.subject_accuracy:.3f}",
            f"as_of accuracy: {scores.dated_right}/{scores.dated} = {scores.as_of_accuracy:.3f}",
            f"frequency recall: {scores.frequencies_found}/{scores.frequencies}"
            f" = {scores.frequency_recall:.3f}",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=HELDOUT)
    parser.add_argument("--quiet", action="store_true", help="scores only, no failures")
    args = parser.parse_args()
    cases = load(args.path)
    scores = evaluate(cases)
    if not args.quiet:
        for failure in scores.failures:
            print(failure)
        print()
    print(f"{len(cases)} texts")
    print(report(scores))


if __name__ == "__main__":
    main()
