"""Pages per second of extraction in one process, on the real pages, beside trafilatura and GNE.

    .venv/bin/python bench/extract_bench.py [--rounds N]

Pages: ``../shared/realpages`` (or ``$REALPAGES``; see ``bench/realpages.py``), read from
bytes by every extractor (this project decodes them itself; the peers get the text our
decoder gives, as in ``bench/realpages_eval.py``). Rows: this project's extraction and
cleaning, the same with the figures stage (``crawler.figures.extract_figures`` on the clean
body), trafilatura and GNE (``pip install -r bench/requirements.txt``; each is skipped
with a note when not installed). Best of ``--rounds`` passes over all pages, after one
pass to warm up, timed in CPU seconds of this process (the machine may be shared: wall time
would count other processes' work).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from realpages import Page, Result, extractors, load_pages, ours

from crawler.figures import extract_figures

FIGURES_FAILED: set[str] = set()


def with_figures(page: Page) -> Result:
    found = ours(page)
    if found.refused is None:
        try:
            extract_figures(found.body, found.date)
        except Exception:  # the stage's own failure: counted, as the crawl records it
            FIGURES_FAILED.add(page.id)
    return found


def pages_per_second(run: Callable[[Page], object], pages: list[Page], rounds: int) -> float:
    for page in pages:  # warm up: imports, caches
        run(page)
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        for page in pages:
            run(page)
        best = min(best, time.process_time() - started)
    return len(pages) / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    pages = load_pages()
    size = sum(len(page.html) for page in pages) // 1024
    print(
        f"{len(pages)} real pages ({size} KB); best of {args.rounds} passes, one process, CPU time"
    )
    runs: dict[str, Callable[[Page], object] | str] = dict(extractors())
    runs = {
        "this project (extract + clean)": runs.pop("this project"),
        "this project + figures": with_figures,
        **runs,
    }
    for name, run in runs.items():
        if isinstance(run, str):
            print(f"{name:32} skipped: {run}")
            continue
        print(f"{name:32} {pages_per_second(run, pages, args.rounds):7.1f} pages/s")
    if FIGURES_FAILED:
        print(f"(the figures stage raised on {len(FIGURES_FAILED)} of the pages)")


if __name__ == "__main__":
    main()
