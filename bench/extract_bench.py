"""Pages per second of ``extract_article`` in one process, beside trafilatura and GNE.

    .venv/bin/python bench/extract_bench.py [--rounds N]

Pages: ``fixtures/generic`` (and ``fixtures/hnr/site`` when present), each decoded from
bytes by every extractor's own path, repeated ``--rounds`` times. trafilatura and GNE
(``pip install -r bench/requirements.txt``) run on the same pages in the same run; each
is skipped with a note when not installed.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import time
from collections.abc import Callable
from pathlib import Path

from crawler.extract import NotAnArticle, extract_article
from crawler.extract.decode import decode_html

ROOT = Path(__file__).resolve().parent.parent
PAGE_DIRS = (ROOT / "fixtures" / "generic", ROOT / "fixtures" / "hnr" / "site")
PAGE_SUFFIXES = {"", ".html", ".htm", ".shtml", ".jhtml"}


def pages() -> list[tuple[str, bytes]]:
    found = []
    for folder in PAGE_DIRS:
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "expected" not in path.parts and path.suffix in PAGE_SUFFIXES:
                url = "http://" + path.relative_to(folder).as_posix()
                found.append((url, path.read_bytes()))
    return found


def ours(url: str, data: bytes) -> None:
    with contextlib.suppress(NotAnArticle):
        extract_article(data, url)


def extractors() -> dict[str, Callable[[str, bytes], object] | str]:
    found: dict[str, Callable[[str, bytes], object] | str] = {"crawler (generic + profiles)": ours}
    if importlib.util.find_spec("trafilatura"):
        import trafilatura

        def run_trafilatura(url: str, data: bytes) -> object:
            return trafilatura.bare_extraction(decode_html(data)[0], url=url, with_metadata=True)

        found["trafilatura"] = run_trafilatura
    else:
        found["trafilatura"] = "not installed (pip install -r bench/requirements.txt)"
    if importlib.util.find_spec("gne"):
        from gne import GeneralNewsExtractor

        gne = GeneralNewsExtractor()

        def run_gne(url: str, data: bytes) -> object:
            try:
                return gne.extract(decode_html(data)[0])
            except Exception:  # GNE raises on pages it cannot read; count the time anyway
                return None

        found["gne"] = run_gne
    else:
        found["gne"] = "not installed (pip install -r bench/requirements.txt)"
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    corpus = pages()
    print(f"{len(corpus)} pages x {args.rounds} rounds, one process")
    for name, run in extractors().items():
        if isinstance(run, str):
            print(f"{name:30} skipped: {run}")
            continue
        for url, data in corpus:  # warm up: imports, caches
            run(url, data)
        started = time.perf_counter()
        for _ in range(args.rounds):
            for url, data in corpus:
                run(url, data)
        elapsed = time.perf_counter() - started
        total = len(corpus) * args.rounds
        print(f"{name:30} {total / elapsed:8.1f} pages/s  ({elapsed * 1000 / total:.2f} ms/page)")


if __name__ == "__main__":
    main()
