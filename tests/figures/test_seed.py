"""The seed article (映象网 漯河, 2020-02-04): its figures exactly, and no contact numbers."""

from __future__ import annotations

from pathlib import Path

from crawler.figures import extract_figures

SEED = Path(__file__).with_name("seed-hnr-luohe-2020-02-04.txt").read_text(encoding="utf-8")
LINES = SEED.splitlines()
BODY = "\n".join(line for line in LINES[6:13] if line.strip())

# (value, unit, kind, raw, subject, approximate, as_of)
EXPECTED = [
    (1871, "人", "count", "1871人", "武汉返乡人员", False, "2020-01-31"),
    (3, "例", "count", "3例", "确诊病人", False, "2020-01-31"),
    (7, "例", "count", "7例", "疑似病人", False, "2020-01-31"),
    (7, "个", "count", "7个", "工作组", False, None),
    (13, "项", "count", "十三项", "工作制度", False, None),
    (24, "小时", "duration", "24小时", "应急值班", False, None),
    (200000, "份", "count", "20多万份", "宣传资料", True, None),
    (14, "天", "duration", "14天", "居家自我隔离", False, None),
    (24, "小时", "duration", "24小时", "管控", False, None),
    (2, "次/天", "frequency", "一天2次", "测量体温", False, None),
    (3, "个", "count", "3个", "卡点", False, None),
    (1500000, "元", "money", "150万元", "区卫健委", False, None),
    (1000000, "元", "money", "100万元", "区人民医院", False, None),
]


def test_body_is_the_four_paragraphs() -> None:
    assert BODY.count("\n") == 3
    assert BODY.startswith("映象网漯河讯") and BODY.endswith("依纪依法从严处理。")


def test_seed_figures_exactly() -> None:
    found = extract_figures(BODY, "2020-02-04")
    got = [(f.value, f.unit, f.kind, f.raw, f.subject, f.approximate, f.as_of) for f in found]
    assert got == EXPECTED
    for figure in found:
        assert BODY[figure.start : figure.end] == figure.raw
        assert figure.value_max is None and figure.direction is None


def test_seed_page_reports_no_contact_numbers() -> None:
    found = extract_figures(SEED, "2020-02-04")
    raws = {f.raw for f in found}
    assert not any(part in raw for raw in raws for part in ("166", "5088", "6886", "180", "9699"))
    assert not any(f.value in (2012, 2019, 2020) for f in found)


TITLE = LINES[2]
ZHAOLING = {"name": "河南省漯河市召陵区", "code": "411104"}


def test_seed_done_when_of_issue_11() -> None:
    """The 1871 返乡人员, 3 确诊 and 7 疑似: cumulative, as of 2020-01-31, of 召陵区 (the text
    says 全区; the headline names the district); the 150万元 and 100万元 too (区财政)."""
    found = extract_figures(BODY, "2020-02-04", title=TITLE, place="漯河")
    by_raw = {f.raw: f for f in found}
    for raw, indicator in (("1871人", "people_screened"), ("3例", "confirmed_cases"),
                           ("7例", "suspected_cases")):  # fmt: skip
        figure = by_raw[raw]
        assert (figure.qualifier, figure.as_of, figure.region) == (
            "cumulative",
            "2020-01-31",
            ZHAOLING,
        )
        assert figure.indicator == indicator
        assert figure.sentence.startswith("截至2020年1月31日,全区共排查出武汉返乡人员1871人")
    for raw in ("150万元", "100万元"):
        assert by_raw[raw].region == ZHAOLING and by_raw[raw].indicator == "funds_allocated"
    assert by_raw["3个"].indicator == "checkpoints"
    assert by_raw["十三项"].region is None  # its sentence names no division
