"""The real-pages set (``../shared/realpages``): pages and a person's answers, and the
extractors compared on them (this project, trafilatura, GNE), each as one function.

Shared by ``bench/realpages_eval.py`` (quality) and ``bench/extract_bench.py`` (speed).
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from crawler import extract_article
from crawler.extract import NotAnArticle, extract_page
from crawler.extract.clean import clean_article
from crawler.extract.decode import decode_html
from crawler.items import Article

ROOT = Path(__file__).resolve().parent.parent
#: ``REALPAGES`` (the folder holding ``pages/``) overrides where the set is looked for.
ENV = "REALPAGES"
#: Headlines of the pages as they show them: annotated for this project (the set has none).
TITLES = Path(__file__).resolve().parent / "realpages_titles.jsonl"
_UNKNOWN = {"", "UNKNOWN", "UNKNWON"}


@dataclass
class Page:
    id: str
    html: bytes
    body: str
    date: str | None  # as the answer gives it: YYYY-M-D H:MM[:SS], parts missing; None: none shown
    authors: list[str]
    title: str | None = None
    answered: bool = True  # False: the answer files are empty (no answer, not UNKNOWN)

    @property
    def url(self) -> str:
        """A URL without a date or a profile's host: the page is read as any site's."""
        return f"http://realpages.invalid/{self.id}.html"


@dataclass
class Result:
    """What an extractor gave for a page; ``refused`` when it gave no article."""

    body: str = ""
    title: str | None = None
    answered: bool = True  # False: the answer files are empty (no answer, not UNKNOWN)
    date: str | None = None
    authors: list[str] = field(default_factory=list)
    refused: str | None = None
    failed: list[str] = field(default_factory=list)  # text stages that failed (figures …)


def folder() -> Path:
    """``$REALPAGES``, else ``shared/realpages`` beside the checkout (or beside a folder above
    it, for a git worktree kept in a subfolder)."""
    if os.environ.get(ENV):
        return Path(os.environ[ENV])
    for up in ROOT.parents:
        if (up / "shared" / "realpages").is_dir():
            return up / "shared" / "realpages"
    return ROOT.parent / "shared" / "realpages"


def load_pages(where: Path | None = None) -> list[Page]:
    """Every page of the set with its answers; exits with a clear line when the set is absent."""
    pages_dir = (where or folder()) / "pages"
    if not pages_dir.is_dir():
        sys.exit(
            f"real pages not found: {pages_dir} does not exist. They lie beside the checkout in"
            f" ../shared/realpages; set {ENV}=/path/to/realpages to read them elsewhere."
        )
    titles = {}
    if TITLES.exists():
        for line in TITLES.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                titles[row["id"]] = row["title"]
    found = []
    for html in sorted(pages_dir.glob("*.html")):
        stem = html.name.removesuffix(".html")

        def answer(kind: str, stem: str = stem) -> str:
            path = pages_dir / f"{stem}.{kind}.txt"
            return path.read_text(encoding="utf-8").strip() if path.exists() else ""

        date, author = answer("date"), answer("author")
        found.append(
            Page(
                id=stem,
                html=html.read_bytes(),
                body=answer("cleaned"),
                date=None if date in _UNKNOWN else date,
                authors=[] if author in _UNKNOWN else _names(author),
                title=titles.get(stem),
                answered=bool(date or author),
            )
        )
    return found


# A failed stage is counted by the scorers: its log line would only repeat it.
logging.getLogger("crawler.article").setLevel(logging.ERROR)


def ours(page: Page) -> Result:
    """This project: the one text job (``crawler.extract_article``: extraction, cleaning,
    quality check, dates, figures), as the crawl runs it. Its author is the reporters, else
    the editor (the person the page credits, as the answers take it)."""
    try:
        article = extract_article(page.html, page.url)
    except NotAnArticle as exc:
        return Result(refused=exc.reason)
    return _result(article)


def extracted(page: Page) -> Result:
    """This project's extraction and cleaning only (``extract_page``, ``clean_article``)."""
    try:
        article = clean_article(extract_page(page.html, page.url))
    except NotAnArticle as exc:
        return Result(refused=exc.reason)
    return _result(article)


def _result(article: Article) -> Result:
    """What the scorers compare of an Article."""
    return Result(
        body=article.body,
        title=article.title,
        date=article.published_at or None,
        authors=list(article.reporters) or ([article.editor] if article.editor else []),
        failed=list(article.failed_stages),
    )


def _trafilatura() -> Callable[[Page], Result] | str:
    if not importlib.util.find_spec("trafilatura"):
        return "not installed (pip install -r bench/requirements.txt)"
    import trafilatura

    def run(page: Page) -> Result:
        doc = trafilatura.bare_extraction(
            decode_html(page.html)[0],
            with_metadata=True,
            date_extraction_params={"extensive_search": True, "outputformat": "%Y-%m-%d %H:%M:%S"},
        )
        if doc is None or not doc.text:
            return Result(refused="no text")
        return Result(
            body=doc.text,
            title=doc.title,
            date=_drop_midnight(doc.date),
            authors=_names(doc.author),
        )

    return run


def _gne() -> Callable[[Page], Result] | str:
    if not importlib.util.find_spec("gne"):
        return "not installed (pip install -r bench/requirements.txt)"
    from gne import GeneralNewsExtractor

    extractor = GeneralNewsExtractor()

    def run(page: Page) -> Result:
        try:
            found = extractor.extract(decode_html(page.html)[0])
        except Exception as exc:  # GNE raises on pages it cannot read: a refusal
            return Result(refused=type(exc).__name__)
        if not found.get("content"):
            return Result(refused="no text")
        return Result(
            body=found["content"],
            title=found.get("title"),
            date=found.get("publish_time") or None,
            authors=_names(found.get("author")),
        )

    return run


def extractors() -> dict[str, Callable[[Page], Result] | str]:
    """This project and its peers; a peer not installed is a string saying so."""
    return {"this project": ours, "trafilatura": _trafilatura(), "GNE": _gne()}


def _names(value: str | None) -> list[str]:
    return [n for n in re.split(r"[\s;；,，、]+", value or "") if n]


def _drop_midnight(value: str | None) -> str | None:
    """htmldate writes 00:00:00 for a day without a time: the day alone."""
    return value.removesuffix(" 00:00:00") if value else None
