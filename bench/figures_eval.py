"""Quality of ``extract_figures`` on every evaluation set, one block of scores per set.

Sets (JSON lines: text, published_at, title?, place?, figures, not_figures):
- ``heldout``: ``tests/figures/heldout.jsonl``, sentences in the style of regional news;
- ``blind``: ``bench/figures_blind.jsonl``, texts written by QA without the extractor;
- ``dev``: ``bench/figures_dev.jsonl``, paragraphs of ``../shared/realpages`` (real pages
  nobody here wrote) annotated by hand with every field: a development set, tuned on.

Scores: precision/recall/F1 of (value, unit) matched per text (nearest first where the
expected figure gives its ``raw``); not-figure spans reported (the listed ones, and every
Arabic number outside an expected figure when ``raw`` is given); subject (exact, or one
of a list; lenient: one contains the other); as_of over figures that have one; qualifier,
region (by code) and indicator over every matched figure whose set annotates them (null
included: a figure whose text names no division needs none); frequency recall.

Run: .venv/bin/python bench/figures_eval.py [--set NAME] [--failures]
"""

from __future__ import annotations

import argparse
import json
import math
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crawler.figures import extract_figures
from crawler.items import Figure

ROOT = Path(__file__).resolve().parents[1]
SETS = {
    "heldout": ROOT / "tests" / "figures" / "heldout.jsonl",
    "blind": ROOT / "bench" / "figures_blind.jsonl",
    "dev": ROOT / "bench" / "figures_dev.jsonl",
}
HELDOUT = SETS["heldout"]
# Arabic numbers not inside an expected figure are not-figure spans too (dates, codes, numbers).
_ARABIC_RUN = re.compile(r"\d+(?:[.:：·∶/+-]\d+)*")
_QUOTES = "“”\"'‘’《》「」 "
FIELDS = ("qualifier", "region", "indicator")


@dataclass
class Scores:
    expected: int = 0
    found: int = 0
    matched: int = 0
    not_figures: int = 0
    not_figures_reported: int = 0
    subjects: int = 0
    subjects_right: int = 0
    subjects_lenient: int = 0
    dated: int = 0
    dated_right: int = 0
    frequencies: int = 0
    frequencies_found: int = 0
    fields: dict[str, list[int]] = field(default_factory=lambda: {f: [0, 0] for f in FIELDS})
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

    def accuracy(self, name: str) -> float | None:
        right, total = self.fields[name]
        return right / total if total else None


def load(path: Path = HELDOUT) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _listed(case: dict[str, Any]) -> list[tuple[int, int]]:
    text = case["text"]
    return [(text.find(s), text.find(s) + len(s)) for s in case.get("not_figures", [])]


def _spans(case: dict[str, Any]) -> list[tuple[int, int] | None]:
    """Where each expected raw stands: in order, outside the listed not-figure spans."""
    text, listed = case["text"], _listed(case)
    spans: list[tuple[int, int] | None] = []
    cursor = 0
    for expected in case["figures"]:
        raw = expected.get("raw")
        if not raw:
            spans.append(None)
            continue
        at = text.find(raw, cursor)
        while at >= 0 and any(_overlaps((at, at + len(raw)), span) for span in listed):
            at = text.find(raw, at + 1)
        spans.append((at, at + len(raw)) if at >= 0 else None)
        cursor = at + len(raw) if at >= 0 else cursor
    return spans


def _same(expected: dict[str, Any], figure: Figure) -> bool:
    return math.isclose(expected["value"], figure.value, rel_tol=1e-9) and (
        expected["unit"] == figure.unit
    )


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
                close = span is not None and _overlaps(span, (figure.start, figure.end))
                if _same(expected, figure) and (close or not near):
                    pairs[i] = figure
                    free.remove(figure)
                    break
    return pairs


def not_figure_spans(case: dict[str, Any]) -> list[tuple[int, int]]:
    """The listed not-figure spans, and every Arabic number outside the expected figures
    when the set gives where they stand."""
    text = case["text"]
    spans = _listed(case)
    figures = _spans(case)
    if any(span is None for span in figures):
        return spans
    for run in _ARABIC_RUN.finditer(text):
        span = run.span()
        if not any(_overlaps(span, other) for other in [*figures, *spans] if other):
            spans.append(span)
    return spans


def _norm(subject: Any) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", str(subject or "")) if c not in _QUOTES)


def _subject_right(expected: Any, got: str | None, lenient: bool = False) -> bool:
    options = expected if isinstance(expected, list) else [expected]
    have = _norm(got)
    for option in map(_norm, options):
        if have == option:
            return True
        if (
            lenient
            and have
            and min(len(have), len(option)) >= 2
            and (have in option or option in have)
        ):
            return True
    return False


def _code(region: dict[str, str] | None) -> str | None:
    return region["code"] if region else None


def _describe(figure: Figure) -> str:
    return (
        f"{figure.raw}={figure.value} {figure.unit} s={figure.subject} @{figure.as_of}"
        f" q={figure.qualifier} r={_code(figure.region)} i={figure.indicator}"
    )


def score_case(case: dict[str, Any], scores: Scores) -> None:
    text = case["text"]
    found = extract_figures(
        text, case.get("published_at"), title=case.get("title"), place=case.get("place")
    )
    pairs = _match(case, found)
    problems: list[str] = []
    scores.expected += len(pairs)
    scores.found += len(found)
    scores.matched += sum(p is not None for p in pairs)
    for expected, figure in zip(case["figures"], pairs, strict=True):
        name = f"{expected.get('raw') or ''}={expected['value']} {expected['unit']}"
        if expected["kind"] == "frequency":
            scores.frequencies += 1
            scores.frequencies_found += figure is not None
        if figure is None:
            problems.append(f"missed {name}")
            continue
        if expected.get("subject") is not None:
            scores.subjects += 1
            scores.subjects_lenient += _subject_right(expected["subject"], figure.subject, True)
            if _subject_right(expected["subject"], figure.subject):
                scores.subjects_right += 1
            else:
                problems.append(f"subject {name}: {figure.subject!r} ≠ {expected['subject']!r}")
        if expected.get("as_of") is not None:
            scores.dated += 1
            if figure.as_of == expected["as_of"]:
                scores.dated_right += 1
            else:
                problems.append(f"as_of {name}: {figure.as_of} ≠ {expected['as_of']}")
        for key in FIELDS:
            if key not in expected:
                continue
            want, got = expected[key], getattr(figure, key)
            if key == "region":
                want, got = _code(want), _code(got)
            scores.fields[key][1] += 1
            if want == got:
                scores.fields[key][0] += 1
            else:
                problems.append(f"{key} {name}: {got} ≠ {want}")
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


def _share(right: int, total: int) -> str:
    return f"{right}/{total} = {right / total:.3f}" if total else "n/a"


def report(scores: Scores) -> str:
    lines = [
        f"figures: expected {scores.expected}, found {scores.found}, matched {scores.matched}",
        f"precision {scores.precision:.3f}  recall {scores.recall:.3f}  F1 {scores.f1:.3f}",
        f"not-figure spans reported: {scores.not_figures_reported}/{scores.not_figures}"
        f" = {scores.false_positive_rate:.1%}",
        f"subject accuracy: {_share(scores.subjects_right, scores.subjects)}"
        f" (lenient {_share(scores.subjects_lenient, scores.subjects)})",
        f"as_of accuracy: {_share(scores.dated_right, scores.dated)}",
    ]
    lines += [f"{key} accuracy: {_share(*scores.fields[key])}" for key in FIELDS]
    lines.append(f"frequency recall: {_share(scores.frequencies_found, scores.frequencies)}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), action="append", help="default: all")
    parser.add_argument("--failures", action="store_true", help="print every failure too")
    args = parser.parse_args()
    for name in args.set or list(SETS):
        cases = load(SETS[name])
        scores = evaluate(cases)
        if args.failures:
            print("\n".join(scores.failures), end="\n\n")
        print(f"== {name} ({SETS[name].relative_to(ROOT)}): {len(cases)} texts")
        print(report(scores), end="\n\n")


if __name__ == "__main__":
    main()
