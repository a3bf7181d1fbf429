"""The division table shipped with the package: GB/T 2260 codes, names, levels, full names."""

from __future__ import annotations

from crawler.regions import all_divisions, by_code


def test_the_table_holds_every_level_and_no_placeholder() -> None:
    divisions = all_divisions()
    levels = {d.level for d in divisions}
    assert levels == {"province", "city", "county"}
    assert sum(d.level == "province" for d in divisions) == 31
    names = {d.name for d in divisions}
    assert not names & {"市辖区", "县", "省直辖县级行政区划"}
    assert all(len(d.code) == 6 and d.code.isdigit() for d in divisions)
    assert "411171" not in by_code()  # NBS development zones are no GB/T 2260 division


def test_full_names_and_short_names() -> None:
    table = by_code()
    assert table["411104"].full_name == "河南省漯河市召陵区"
    assert table["411100"].record() == {"name": "河南省漯河市", "code": "411100"}
    assert table["110101"].full_name == "北京市东城区"  # no 市辖区 between
    assert table["419001"].full_name == "河南省济源市"  # directly under its province
    assert table["450000"].short == "广西"
    assert table["422800"].short == "恩施"
    assert table["411100"].short == "漯河"
    assert table["130433"].short == "馆陶"
