"""Properties of ``extract_figures`` on any text (hypothesis) and on every real paragraph of
the evaluation sets: it never raises, ``raw == text[start:end]``, values are finite, and the
analyst's fields keep to their vocabularies."""

from __future__ import annotations

import json
import math
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.figures import extract_figures
from crawler.figures.lexicon import INDICATORS

INDICATOR_NAMES = {name for name, *_ in INDICATORS}
# Characters the rules read: digits, Chinese numerals, units, markers, punctuation, dates.
ALPHABET = (
    "0123456789.,-~/%％：:，。；、（）()“”\n 零〇一二两三四五六七八九十百千万亿多余近约超逾第前"
    "人例个项家元万亿吨公斤天小时月年日号次每周早晚各截至累计新增现有共其中全区市县省我该"
    "漯河召陵郾城新华区同比增长下降岁以上今天昨日分别和及确诊疑似拨付捐款卡点"
)
ROOT = Path(__file__).resolve().parents[2]


def _check(text: str, published_at: str | None, title: str | None = None) -> None:
    for figure in extract_figures(text, published_at, title=title, place=title):
        assert text[figure.start : figure.end] == figure.raw
        assert math.isfinite(figure.value)
        assert figure.value_max is None or math.isfinite(figure.value_max)
        assert figure.qualifier in (None, "new", "cumulative", "current")
        assert figure.indicator is None or figure.indicator in INDICATOR_NAMES
        assert figure.region is None or len(figure.region["code"]) == 6
        assert figure.raw in figure.sentence or len(figure.sentence) >= 200


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.text(alphabet=ALPHABET, max_size=120),
    published_at=st.one_of(st.none(), st.dates().map(str), st.text(max_size=12)),
)
def test_figures_of_any_text(text: str, published_at: str | None) -> None:
    _check(text, published_at)


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=200), title=st.one_of(st.none(), st.text(max_size=20)))
def test_figures_of_any_unicode(text: str, title: str | None) -> None:
    _check(text, "2020-02-04", title)


def test_figures_of_every_evaluation_paragraph() -> None:
    paths = [ROOT / "bench" / "figures_dev.jsonl", ROOT / "bench" / "figures_blind.jsonl"]
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            _check(case["text"], case.get("published_at"), case.get("title"))
