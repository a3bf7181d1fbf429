"""Extraction quality on real pages nobody here wrote: this project beside trafilatura and GNE.

    .venv/bin/python bench/realpages_eval.py [-v] [--only NAME]

Reads ``../shared/realpages`` (or ``$REALPAGES``): 55 pages of Chinese sites with a person's
answers (body text, date, authors; see its README) and the headlines annotated for this
project in ``bench/realpages_titles.jsonl``. Every extractor gets the same decoded text.

- body P/R/F: character level on the text with all whitespace removed; the characters in
  common are the longest common subsequence of the two texts (exact, bit-parallel), so
  text in the wrong order or repeated does not count. P, R and F are means over the pages.
- snippet F: trafilatura's evaluation method. Each line of the answer (10 characters or
  more, whitespace removed) is a snippet the body must hold; each line of the page's visible
  text that is not in the answer is one it must not hold. Counts summed over all pages.
- date: the parts the answer gives (year … seconds) equal; ``day`` compares year, month and
  day only. A page whose answer is UNKNOWN is right when no date is given.
- author: the same names (order aside); UNKNOWN is right when none is given.
- date and author count the pages whose answer files are not empty (one page has none).
- headline: equal with whitespace removed (only pages with an annotated headline).
- refused: pages the extractor gave no article for (all 55 pages have an answer body).
"""

from __future__ import annotations

import argparse
import re
import time
from dataclasses import dataclass, field

from lxml import html as lxml_html
from realpages import Page, Result, extractors, load_pages

from crawler.extract.decode import decode_html
from crawler.extract.html import lines

_SPACE = re.compile(r"\s+")
SNIPPET_MIN = 10


def flat(text: str | None) -> str:
    return _SPACE.sub("", text or "")


def lcs_length(a: str, b: str) -> int:
    """Length of the longest common subsequence (Hyyrö's bit-parallel algorithm)."""
    if not a or not b:
        return 0
    if len(a) < len(b):
        a, b = b, a
    masks: dict[str, int] = {}
    for i, char in enumerate(b):
        masks[char] = masks.get(char, 0) | (1 << i)
    full = (1 << len(b)) - 1
    v = full
    for char in a:
        u = v & masks.get(char, 0)
        v = ((v + u) | (v - u)) & full
    return len(b) - v.bit_count()


def date_parts(value: str | None) -> list[int]:
    """Year, month, day, hour, minute, second as far as a date shows them."""
    if not value:
        return []
    numbers = [int(n) for n in re.findall(r"\d+", value)]
    if not numbers or not 1000 <= numbers[0] <= 2999:
        return []
    return numbers[:6]


def date_right(answer: str | None, got: str | None, day_only: bool = False) -> bool:
    want, have = date_parts(answer), date_parts(got)
    if not want:
        return not have
    if day_only:
        want = want[:3]
    return have[: len(want)] == want


def names_right(answer: list[str], got: list[str]) -> bool:
    return sorted(answer) == sorted(got) or "".join(sorted(answer)) == "".join(sorted(got))


def page_lines(page: Page) -> list[str]:
    """The visible lines of a page, whitespace removed (for snippets it must not hold)."""
    root = lxml_html.document_fromstring(decode_html(page.html)[0])
    body = root.find("body")
    return [flat(line) for line in lines(body if body is not None else root)]


@dataclass
class Score:
    pages: int = 0
    precision: float = 0.0
    recall: float = 0.0
    f: float = 0.0
    tp: int = 0
    fn: int = 0
    fp: int = 0
    answered: int = 0
    dates: int = 0
    days: int = 0
    authors: int = 0
    titled: int = 0
    titles: int = 0
    refused: int = 0
    failed_stages: int = 0
    seconds: float = 0.0
    misses: list[str] = field(default_factory=list)

    def add(self, page: Page, got: Result, outside: list[str]) -> None:
        self.pages += 1
        want, have = flat(page.body), flat(got.body)
        common = lcs_length(want, have)
        p = common / len(have) if have else 0.0
        r = common / len(want) if want else 0.0
        self.precision += p
        self.recall += r
        self.f += 2 * p * r / (p + r) if p + r else 0.0
        for snippet in (flat(line) for line in page.body.splitlines()):
            if len(snippet) >= SNIPPET_MIN:
                if snippet in have:
                    self.tp += 1
                else:
                    self.fn += 1
        self.fp += sum(1 for line in outside if line in have)
        self.refused += got.refused is not None
        self.failed_stages += bool(got.failed)
        if page.answered:
            self.answered += 1
            self.dates += date_right(page.date, got.date)
            self.days += date_right(page.date, got.date, day_only=True)
            self.authors += names_right(page.authors, got.authors)
        if page.title is not None:
            self.titled += 1
            self.titles += flat(page.title) == flat(got.title)
        self._note(page, got, p, r)

    def _note(self, page: Page, got: Result, p: float, r: float) -> None:
        short = page.id[:8]
        if got.refused:
            self.misses.append(f"{short} refused: {got.refused}")
            return
        if p < 0.95 or r < 0.95:
            self.misses.append(f"{short} body P {p:.2f} R {r:.2f}")
        if page.answered and not date_right(page.date, got.date):
            self.misses.append(f"{short} date {got.date!r}, answer {page.date!r}")
        if page.answered and not names_right(page.authors, got.authors):
            self.misses.append(f"{short} author {got.authors}, answer {page.authors}")
        if page.title is not None and flat(page.title) != flat(got.title):
            self.misses.append(f"{short} headline {got.title!r}, annotated {page.title!r}")

    def snippet_f(self) -> float:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self, name: str) -> str:
        n, a = self.pages, self.answered
        headline = f"{self.titles / self.titled:7.1%}" if self.titled else "    n/a"
        return (
            f"| {name:14} | {self.precision / n:.3f} | {self.recall / n:.3f} | {self.f / n:.3f}"
            f" | {self.snippet_f():.3f} | {headline} | {self.dates / a:6.1%} | {self.days / a:6.1%}"
            f" | {self.authors / a:6.1%} | {self.refused:2d} | {n / self.seconds:6.1f} |"
        )


HEADER = (
    "| extractor      | body P | body R | body F | snippet F | headline | date   | day    "
    "| author | refused | pages/s |\n"
    "|----------------|-------|-------|-------|-------|---------|--------|--------|--------|----|--------|"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    parser.add_argument("--only", help="run this extractor only (e.g. 'this project')")
    args = parser.parse_args()
    pages = load_pages()
    outside = {}
    for page in pages:
        answer = flat(page.body)
        outside[page.id] = [
            line
            for line in dict.fromkeys(page_lines(page))
            if len(line) >= 10 and line not in answer
        ]
    titled = sum(page.title is not None for page in pages)
    print(
        f"{len(pages)} real pages, {titled} with an annotated headline (annotated for this project)"
    )
    print(HEADER)
    scores: dict[str, Score] = {}
    for name, run in extractors().items():
        if args.only and name != args.only:
            continue
        if isinstance(run, str):
            print(f"| {name:14} | skipped: {run}")
            continue
        score = scores[name] = Score()
        for page in pages:
            started = time.perf_counter()
            got = run(page)
            score.seconds += time.perf_counter() - started
            score.add(page, got, outside[page.id])
        print(score.row(name))
    for name, score in scores.items():
        if score.failed_stages:
            print(f"{name}: a text stage failed on {score.failed_stages} pages (the article kept)")
    if args.verbose:
        for name, score in scores.items():
            print(f"\n{name}: {len(score.misses)} misses")
            for miss in score.misses:
                print("  " + miss)


if __name__ == "__main__":
    main()
