"""Numbers as written: Arabic, Chinese, mixed magnitudes, neighbouring-digit ranges."""

from __future__ import annotations

import pytest

from crawler.figures.numerals import parse_number


@pytest.mark.parametrize(
    ("written", "value", "value_max", "approximate"),
    [
        ("2亿3940万", 239400000, None, False),
        ("62万3千余", 623000, None, True),
        ("两", 2, None, False),
        ("两千", 2000, None, False),
        ("十三", 13, None, False),
        ("二十", 20, None, False),
        ("一百零五", 105, None, False),
        ("三百二十万", 3200000, None, False),
        ("20多万", 200000, None, True),
        ("1,871", 1871, None, False),
        ("1.5万", 15000, None, False),
        ("1.2亿", 120000000, None, False),
        ("1.8万亿", 1800000000000, None, False),
        ("1千万", 10000000, None, False),
        ("3千5百", 3500, None, False),
        ("94.5", 94.5, None, False),
        ("两三", 2, 3, False),
        ("三五", 3, 5, False),
        ("两三万", 20000, 30000, False),
    ],
)
def test_parse_number(
    written: str, value: float, value_max: float | None, approximate: bool
) -> None:
    parsed = parse_number(written)
    assert parsed is not None
    assert (parsed.value, parsed.value_max, parsed.approximate) == (value, value_max, approximate)
    assert type(parsed.value) is type(value)


@pytest.mark.parametrize("written", ["五一", "一一", "二〇二〇"])
def test_digit_runs_are_not_numbers(written: str) -> None:
    assert parse_number(written) is None


@pytest.mark.parametrize(
    ("written", "value"),
    [("168.3亿", 16830000000), ("0.35万", 3500), ("1.1万", 11000), ("2.675", 2.675), ("0.1", 0.1)],
)
def test_values_are_exact(written: str, value: int | float) -> None:
    parsed = parse_number(written)
    assert parsed is not None and parsed.value == value and type(parsed.value) is type(value)


def test_a_run_of_digits_no_text_reports_is_no_number() -> None:
    assert parse_number("9" * 40) is None
