"""Decoding, extraction and cleaning never raise on any input: arbitrary and mutilated
HTML (hypothesis), and every page of ``../shared/realpages`` whole and cut (when present)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler import extract_article
from crawler.extract import NotAnArticle, extract_page
from crawler.extract.clean import clean_article, clean_paragraphs
from crawler.extract.decode import decode_html
from crawler.items import Article

URL = "http://news.example.cn/2024/0403/1.html"
ROOT = Path(__file__).resolve().parents[2]
REALPAGES = next(
    (
        path
        for path in (
            Path(os.environ.get("REALPAGES", "/nonexistent")),
            *(up / "shared" / "realpages" for up in ROOT.parents),
        )
        if (path / "pages").is_dir()
    ),
    None,
)
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_TEXT = st.text(
    alphabet=st.sampled_from(
        list("新闻记者通讯员责任编辑来源发布时间年月日：，。！？（）【】")
        + list("0123456789-/: \n\t<>&;\"'=")
        + ["\u3000", "\xa0", "\ufffd", "\x00", "é", "😀"]
    ),
    max_size=60,
)
_TAGS = st.sampled_from(
    ["div", "p", "span", "a", "h1", "title", "td", "tr", "table", "br", "script", "style",
     "b", "font", "li", "ul", "meta", "img", "iframe", "html", "body", "head", "!--", "?xml"]
)  # fmt: skip
_ATTRS = st.sampled_from(
    ['', ' class="content"', ' class="title"', ' id="comment"', ' style="display:none"',
     ' href="/a/2024/0403/2.html"', ' property="og:title" content="标题"',
     ' name="publishdate" content="2024-04-03 10:00"', ' hidden', ' class="share nav"']
)  # fmt: skip


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    """Tag soup: tags opened and closed in any order, attributes, text in between."""
    parts = []
    for _ in range(draw(st.integers(0, 40))):
        tag = draw(_TAGS)
        kind = draw(st.sampled_from(["open", "close", "text", "text"]))
        if kind == "open":
            parts.append(f"<{tag}{draw(_ATTRS)}>")
        elif kind == "close":
            parts.append(f"</{tag}>")
        else:
            parts.append(draw(_TEXT))
    return "".join(parts)


def _extract(data: bytes | str) -> None:
    """Extraction and cleaning give an Article or NotAnArticle, nothing else; so does the
    whole text job (figures included)."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    try:
        article = extract_page(raw, URL)
    except NotAnArticle:
        pass
    else:
        assert isinstance(article, Article)
        assert isinstance(clean_article(article), Article)
    with contextlib.suppress(NotAnArticle):
        assert isinstance(extract_article(raw, URL), Article)


@PROPERTY
@given(st.binary(max_size=2000), st.one_of(st.none(), st.text(max_size=40)))
def test_decoding_never_raises(data: bytes, content_type: str | None) -> None:
    text, encoding = decode_html(data, content_type)
    assert isinstance(text, str) and encoding


@PROPERTY
@given(html_pages())
def test_extraction_of_tag_soup_gives_an_article_or_a_reason(page: str) -> None:
    _extract(page)


@PROPERTY
@given(st.binary(max_size=3000))
def test_extraction_of_any_bytes_gives_an_article_or_a_reason(data: bytes) -> None:
    _extract(data)


@PROPERTY
@given(st.text(max_size=500))
def test_cleaning_never_raises(body: str) -> None:
    assert all(isinstance(line, str) for line in clean_paragraphs(body))


def _real_pages() -> list[Path]:
    return sorted((REALPAGES / "pages").glob("*.html")) if REALPAGES else []


@pytest.mark.skipif(REALPAGES is None, reason="../shared/realpages is not there")
@pytest.mark.parametrize("path", _real_pages(), ids=lambda p: p.stem[:8])
def test_every_real_page_whole_and_cut(path: Path) -> None:
    data = path.read_bytes()
    _extract(data)
    for share in (3, 2):  # a truncated download, a page cut in a multi-byte character
        _extract(data[: len(data) // share + 1])


@pytest.mark.skipif(REALPAGES is None, reason="../shared/realpages is not there")
@settings(max_examples=40, deadline=None)
@given(st.data())
def test_real_pages_mutilated(data: st.DataObject) -> None:
    pages = _real_pages()
    page = pages[data.draw(st.integers(0, len(pages) - 1))].read_bytes()
    at = data.draw(st.integers(0, len(page)))
    junk = data.draw(st.binary(max_size=50) | st.sampled_from([b"</div>", b"<table>", b"<!--"]))
    _extract(page[:at] + junk + page[at:])
