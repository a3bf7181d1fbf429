"""Pages per second of ``extract_article`` in one process, beside trafilatura and GNE.

    .venv/bin/python bench/extract_bench.py [--rounds N]

Pages: ``fixtures/generic`` (and ``fixtures/hnr/site`` when present), each decoded from
bytes by every extractor's own path, repeated ``--rounds`` times; then the large pages alone
(``--large`` bytes and more: real portal pages with their navigation, sidebars and
scripts). trafilatura and GNE (``pip install -r bench/requirements.txt``) run on the same
pages in the same run; each is skipped with a note when not installed.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import time
from collections.abc import Callable
from pathlib import Path

from crawler.extract import NotAnArticle, extract_page
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
        extract_page(data, url)


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


def pages_per_second(
    run: Callable[[str, bytes], object], corpus: list[tuple[str, bytes]], rounds: int
) -> float:
    for url, data in corpus:  # warm up: imports, caches
        run(url, data)
    started = time.perf_counter()
    for _ in range(rounds):
        for url, data in corpus:
            run(url, data)
    return len(corpus) * rounds / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--large", type=int, default=20_000, help="bytes of a large page")
    args = parser.parse_args()
    corpus = pages()
    large = [(url, data) for url, data in corpus if len(data) >= args.large]
    print(
        f"{len(corpus)} pages ({sum(len(d) for _, d in corpus) // 1024} KB), of which {len(large)}"
        f" of {args.large // 1000} KB or more; {args.rounds} rounds, one process"
    )
    print(f"{'':30} {'all pages':>14} {'large pages':>14}")
    for name, run in extractors().items():
        if isinstance(run, str):
            print(f"{name:30} skipped: {run}")
            continue
        rates = [pages_per_second(run, c, args.rounds) if c else 0.0 for c in (corpus, large)]
        print(f"{name:30}" + "".join(f" {rate:8.1f} pages/s" for rate in rates))


if __name__ == "__main__":
    main()
