"""The generic extractor on its development sets: pages written for this project.

    .venv/bin/python bench/devsets_eval.py [-v]

These sets were written here and tuned on, so they measure regressions, not quality (the
real pages do that: ``bench/realpages_eval.py``). Each is pages plus one file of answers:

- ``fixtures/generic``: ``expected/*.json`` (title, date, source, editor, reporters,
  snippets the body must and must not hold, the whole body), also the tests' answers;
- ``bench/blind_pages``: ``expected.jsonl`` (title, date, snippets the body must and must
  not hold), pages in the styles of 24 portals.

Scores per set: titles and dates exact; the body's snippet F (a snippet it must hold and
holds is a true positive, one missing a false negative, one it must not hold and holds a
false positive; counts summed over the pages; exact for the fixtures, whitespace and
character forms ignored for the blind pages, as their answers were written); pages expected to be no
article count as right when refused with the expected reason. ``-v`` lists every miss.
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from crawler.extract import NotAnArticle, extract_page
from crawler.extract.clean import clean_article

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "generic"
BLIND = Path(__file__).resolve().parent / "blind_pages"
_SPACE = re.compile(r"\s+")


@dataclass
class Case:
    name: str
    path: Path
    url: str
    title: str | None = None
    date: str | None = None
    must: list[str] = field(default_factory=list)
    must_not: list[str] = field(default_factory=list)
    refused: str | None = None  # the reason expected when the page is no article
    loose: bool = False  # snippets matched with whitespace removed and NFKC forms


def fixture_cases() -> Iterator[Case]:
    for path in sorted((FIXTURES / "expected").glob("*.json")):
        row = json.loads(path.read_text(encoding="utf-8"))
        yield Case(
            name=path.stem,
            path=FIXTURES / row["page"].rstrip("/"),
            url=row["url"],
            title=row.get("title"),
            date=row.get("published_at"),
            must=row.get("body_contains", []),
            must_not=row.get("body_not_contains", []),
            refused=row.get("not_an_article"),
        )


def blind_cases() -> Iterator[Case]:
    for line in (BLIND / "expected.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            yield Case(
                name=row["file"],
                path=BLIND / row["file"],
                url=row["url"],
                title=row["title"],
                date=row["published_at"],
                must=row["must"],
                must_not=row["must_not"],
                loose=True,
            )


def _loose(text: str) -> str:
    return _SPACE.sub("", unicodedata.normalize("NFKC", text))


@dataclass
class Score:
    pages: int = 0
    titles: int = 0
    dates: int = 0
    tp: int = 0
    fn: int = 0
    fp: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, case: Case) -> None:
        self.pages += 1
        try:
            article = clean_article(extract_page(case.path.read_bytes(), case.url))
        except NotAnArticle as exc:
            if case.refused == exc.reason:
                self.titles, self.dates = self.titles + 1, self.dates + 1
            else:
                self.fn += len(case.must)
                self.misses.append(f"{case.name}: refused ({exc})")
            return
        if case.refused:
            self.misses.append(f"{case.name}: extracted, expected {case.refused}")
            return
        for what, want, got in (
            ("title", case.title, article.title),
            ("date", case.date, article.published_at),
        ):
            if want == got:
                self.titles += what == "title"
                self.dates += what == "date"
            else:
                self.misses.append(f"{case.name}: {what} {got!r} != {want!r}")
        form = _loose if case.loose else str
        body = form(article.body)
        for snippet in case.must:
            if form(snippet) in body:
                self.tp += 1
            else:
                self.fn += 1
                self.misses.append(f"{case.name}: body lacks {snippet!r}")
        for snippet in case.must_not:
            if form(snippet) in body:
                self.fp += 1
                self.misses.append(f"{case.name}: body has {snippet!r}")

    def f_score(self) -> float:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args()
    print("development sets (written and tuned here: regressions, not quality)")
    for name, cases in (
        ("fixtures/generic", fixture_cases()),
        ("bench/blind_pages", blind_cases()),
    ):
        score = Score()
        for case in cases:
            score.add(case)
        n = score.pages
        print(
            f"{name:18} {n:3} pages  titles {score.titles / n:6.1%}  dates {score.dates / n:6.1%}"
            f"  body snippet F {score.f_score():.3f} (tp {score.tp}, fn {score.fn}, fp {score.fp})"
        )
        if args.verbose:
            for miss in score.misses:
                print("  " + miss)


if __name__ == "__main__":
    main()
