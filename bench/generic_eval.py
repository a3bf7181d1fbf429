"""Accuracy of the generic extractor on the pages of ``fixtures/generic``.

    .venv/bin/python bench/generic_eval.py [-v]

For every ``fixtures/generic/expected/*.json``: the title exact, ``published_at`` exact,
and the body scored on snippets: a ``body_contains`` snippet found is a true positive,
one missing a false negative, a ``body_not_contains`` snippet found a false positive.
The body F-score is micro-averaged over all pages. Pages expected to be no article count
as right when extraction refuses them with the expected reason. ``-v`` lists every miss.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path

from crawler.extract import NotAnArticle, extract_page

GENERIC = Path(__file__).resolve().parent.parent / "fixtures" / "generic"


@dataclass
class Score:
    pages: int = 0
    titles: int = 0
    dates: int = 0
    bodies_exact: int = 0
    tp: int = 0
    fn: int = 0
    fp: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def f_score(self) -> float:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def evaluate(expected: dict, score: Score) -> None:
    name = expected["page"]
    data = (GENERIC / name).read_bytes()
    score.pages += 1
    try:
        article = extract_page(data, expected["url"])
    except NotAnArticle as exc:
        if expected.get("not_an_article") == exc.reason:
            score.titles, score.dates, score.bodies_exact = (
                score.titles + 1,
                score.dates + 1,
                score.bodies_exact + 1,
            )
        else:
            score.fn += len(expected.get("body_contains", ()))
            score.misses.append(f"{name}: refused ({exc})")
        return
    if "not_an_article" in expected:
        score.misses.append(f"{name}: extracted, expected {expected['not_an_article']}")
        return
    for what, got in (("title", article.title), ("published_at", article.published_at)):
        if got == expected[what]:
            score.titles += what == "title"
            score.dates += what == "published_at"
        else:
            score.misses.append(f"{name}: {what} {got!r} != {expected[what]!r}")
    for snippet in expected["body_contains"]:
        if snippet in article.body:
            score.tp += 1
        else:
            score.fn += 1
            score.misses.append(f"{name}: body lacks {snippet!r}")
    for snippet in expected["body_not_contains"]:
        if snippet in article.body:
            score.fp += 1
            score.misses.append(f"{name}: body has {snippet!r}")
    if article.body == expected["body"]:
        score.bodies_exact += 1
    else:
        score.misses.append(f"{name}: body not exact")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args()
    score = Score()
    for path in sorted((GENERIC / "expected").glob("*.json")):
        evaluate(json.loads(path.read_text(encoding="utf-8")), score)
    n = score.pages
    print(f"{n} pages")
    print(f"titles exact    {score.titles}/{n} = {score.titles / n:.1%}")
    print(f"dates exact     {score.dates}/{n} = {score.dates / n:.1%}")
    print(f"body F-score    {score.f_score:.3f}  (tp {score.tp}, fn {score.fn}, fp {score.fp})")
    print(f"bodies exact    {score.bodies_exact}/{n}")
    if args.verbose:
        for miss in score.misses:
            print("  " + miss)


if __name__ == "__main__":
    main()
