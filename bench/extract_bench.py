"""Pages per second of extraction in one process, on the real pages, beside trafilatura and GNE.

    .venv/bin/python bench/extract_bench.py [--rounds N]

Pages: ``../shared/realpages`` (or ``$REALPAGES``; see ``bench/realpages.py``), read from
bytes by every extractor (this project decodes them itself; the peers get the text our
decoder gives, as in ``bench/realpages_eval.py``). Rows: this project's extraction and
cleaning (``extract_page``, ``clean_article``), the whole text job with the figures stage
(``crawler.extract_article``: also the quality check and dates), trafilatura and GNE (``pip install -r bench/requirements.txt``; each is skipped
with a note when not installed). Best of ``--rounds`` passes over all pages, after one
pass to warm up, timed in CPU seconds of this process (the machine may be shared: wall time
would count other processes' work).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from realpages import Page, Result, extracted, extractors, load_pages


def pages_per_second(run: Callable[[Page], object], pages: list[Page], rounds: int) -> float:
    failed = 0
    for page in pages:  # warm up: imports, caches
        got = run(page)
        failed += isinstance(got, Result) and bool(got.failed)
    if failed:
        print(f"  (a text stage failed on {failed} of the pages below; the articles kept)")
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
        "this project (extract + clean)": extracted,
        "this project + figures": runs.pop("this project"),
        **runs,
    }
    for name, run in runs.items():
        if isinstance(run, str):
            print(f"{name:32} skipped: {run}")
            continue
        print(f"{name:32} {pages_per_second(run, pages, args.rounds):7.1f} pages/s")


if __name__ == "__main__":
    main()
