"""Division names in text, resolved by the article's headline, dateline place and text."""

from __future__ import annotations

from crawler.regions import ArticleRegions, find_mentions, is_division_name, place_region


def _names(text: str) -> list[str]:
    return [text[m.start : m.end] for m in find_mentions(text)]


def test_whole_names_are_found_and_word_tails_are_not() -> None:
    assert _names("河南省漯河市召陵区、广西壮族自治区和恩施土家族苗族自治州") == [
        "河南省", "漯河市", "召陵区", "广西壮族自治区", "恩施土家族苗族自治州",
    ]  # fmt: skip
    assert _names("市和县两级，新时代县域经济，全区城区道路") == []
    assert _names("在和县，阳泉市城区") == ["和县", "阳泉市", "城区"]


def test_place_region_normalises_the_dateline_place() -> None:
    assert place_region("漯河") == {"name": "河南省漯河市", "code": "411100"}
    assert place_region("召陵区") == {"name": "河南省漯河市召陵区", "code": "411104"}
    assert place_region("济源")["code"] == "419001"
    assert place_region("吉林")["code"] == "220200"  # the city inside the province of that name
    assert place_region("巴黎") is None and place_region(None) is None and place_region("") is None


def test_a_shared_name_is_settled_by_the_article_or_left_unknown() -> None:
    assert place_region("新华区") is None  # four cities have one
    assert place_region("新华区", "平顶山市新华区召开会议")["code"] == "410402"
    assert place_region("新华区", "", "石家庄市委召开会议。新华区……")["code"] == "130105"
    assert place_region("长安", "西安市长安区")["code"] == "610116"


def test_scope_words_resolve_through_headline_then_dateline_then_text() -> None:
    article = ArticleRegions("漯河市召陵区突出“三个强化”", "漯河", "全区共排查")
    assert article.scope("区").code == "411104"
    assert article.scope("市").code == "411100"
    assert article.scope("省").code == "410000"  # the dateline's province
    assert article.scope("县") is None
    in_text = ArticleRegions("", None, "临颍县召开会议。临颍县要求……舞阳县")
    assert in_text.scope("县").code == "411122"  # named most often


def test_division_names_are_told_from_words() -> None:
    assert is_division_name("郾城区") and is_division_name("郾城") and is_division_name("漯河")
    assert not is_division_name("城区") and not is_division_name("工作组")
