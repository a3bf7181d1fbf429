import pytest

from crawler.extract.byline import parse_dateline
from crawler.sites import load_profile

PROFILE = load_profile("hnr")
PATTERN = PROFILE.article.dateline
REPORTERS = PROFILE.article.reporter_labels
CORRESPONDENTS = PROFILE.article.correspondent_labels


@pytest.mark.parametrize(
    ("paragraph", "place", "reporters", "correspondents"),
    [
        ("映象网漯河讯(记者 杨增强 通讯员 陈洋)新型冠状病毒", "漯河", ["杨增强"], ["陈洋"]),
        (
            "映象网郑州讯（记者 张三 李四 通讯员 王五、赵六）近日",
            "郑州",
            ["张三", "李四"],
            ["王五", "赵六"],
        ),
        ("映象网临颍讯（记者杨增强）", "临颍", ["杨增强"], []),
        ("映象网讯（通讯员 陈洋）", None, [], ["陈洋"]),
        ("映象网许昌讯 近日，许昌", "许昌", [], []),
        ("本网消息 近日", None, [], []),
        ("近日，漯河市召陵区召开会议（记者 杨增强）", None, [], []),
    ],
)
def test_dateline(paragraph, place, reporters, correspondents):
    byline = parse_dateline(paragraph, PATTERN, REPORTERS, CORRESPONDENTS)
    assert (byline.place, byline.reporters, byline.correspondents) == (
        place,
        reporters,
        correspondents,
    )
