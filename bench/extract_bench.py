"""Pages per second of extraction in one process, on the real pages, beside trafilatura and GNE.

    .venv/bin/python bench/extract_bench.py [--rounds N]

Pages: ``../shared/realpages`` (or ``$REALPAGES``; see ``bench/realpages.py``), read from
bytes by every extractor (this project decodes them itself; the peers get the text our
decoder gives, as in ``bench/realpages_eval.py``). Rows: this project's extraction and
cleaning (``extract_page``, ``clean_article``), the whole text job with the figures stage
(``crawler.extract_article``: also the quality check and dates), trafilatura and GNE
(``pip install -r bench/requirements.txt``; each is skipped with a note when not installed). Best of ``--rounds`` passes over all pages, after one
pass to warm up, the extractors' passes interleaved, timed in CPU seconds of this process
(the machine may be shared: wall time would count other processes' work).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from realpages import Page, Result, extracted, extractors, load_pages


def one_pass(run: Callable[[Page], object], pages: list[Page]) -> tuple[float, int]:
    """CPU seconds of one pass over the pages, and the pages where a text stage failed."""
    failed = 0
    started = time.process_time()
    for page in pages:
        got = run(page)
        failed += isinstance(got, Result) and bool(got.failed)
    return time.process_time() - started, failed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    pages = load_pages()
    size = sum(len(page.html) for page in pages) // 1024
    print(
        f"{len(pages)} real pages ({size} KB); best of {args.rounds} passes each, the"
        " extractors' passes interleaved; one process, CPU time"
    )
    found: dict[str, Callable[[Page], object] | str] = dict(extractors())
    runs = {
        "this project (extract + clean)": extracted,
        "this project + figures": found.pop("this project"),
        **found,
    }
    best: dict[str, float] = {}
    failed: dict[str, int] = {}
    for name, run in runs.items():
        if isinstance(run, str):
            print(f"{name:32} skipped: {run}")
        else:
            failed[name] = one_pass(run, pages)[1]  # warm up: imports, caches
            best[name] = float("inf")
    for _ in range(args.rounds):  # interleaved, so that a busy spell costs every row alike
        for name in best:
            best[name] = min(best[name], one_pass(runs[name], pages)[0])
    for name, seconds in best.items():
        note = f"  (a text stage failed on {failed[name]} pages; kept)" if failed[name] else ""
        print(f"{name:32} {len(pages) / seconds:7.1f} pages/s{note}")


if __name__ == "__main__":
    main()
