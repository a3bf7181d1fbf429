"""Who wrote a page: labelled names, datelines, credit lines, a name under the headline,
a poster named after the text."""

from __future__ import annotations

import pytest

from crawler.extract.generic.credits import credits_of, names_after

TEXT = ["近日，市文化馆举办迎春书画展，展出本地作者的作品一百二十余幅，吸引了众多市民前来参观。"]


@pytest.mark.parametrize(
    ("after", "lines", "tail", "reporters"),
    [
        (
            ["2005年08月16日 来源：新华网", "新华网黑龙江频道 记者 伊琳 李清芬"],
            TEXT,
            "",
            ["伊琳", "李清芬"],
        ),
        (["作者：李晓敏 刘晓阳 编辑：王学瑞"], TEXT, "", ["李晓敏", "刘晓阳"]),
        (["作者:孙仲旻", "分享："], TEXT, "", ["孙仲旻"]),
        (["本报实习生 刘国栋 周炜", "本报记者 王燕平"], TEXT, "", ["刘国栋", "周炜", "王燕平"]),
        ([], ["本报记者罗科苏盈发自北京", *TEXT], "", ["罗科苏盈"]),
        ([], ["本报讯（记者 郭学军 通讯员 王敏）5月6日，记者从市文广旅局获悉。"], "", ["郭学军"]),
        (["胡平"], TEXT, "", ["胡平"]),
        (["赵延东、风笑天"], TEXT, "", ["赵延东", "风笑天"]),
        (["ggjjzhzz 发表于 2005-9-15 11:46:00"], TEXT, "", ["ggjjzhzz"]),
        ([], TEXT, "本贴由大卫于2005年8月12日16:12:21在〖心灵论坛〗发表.", ["大卫"]),
        ([], TEXT, "〓 发布时间 2005/03/15 22:36:13 by duscha 〓", ["duscha"]),
        ([], [*TEXT, "（袁源）"], "", ["袁源"]),
        ([], [TEXT[0] + "(晚报记者 陈佳 刘洋)"], "", ["陈佳", "刘洋"]),
        ([], [TEXT[0] + "（何雯 郑州报道）"], "", ["何雯"]),
        ([], [TEXT[0] + "（新华社 北京报道）"], "", []),
        ([], [TEXT[0] + "（市文化馆供稿）"], "", []),
        (["发表评论"], TEXT, "", []),
        (["【我来说两句】【收藏本文】【热点排行】"], TEXT, "", []),
    ],
)
def test_credits(after: list[str], lines: list[str], tail: str, reporters: list[str]) -> None:
    assert credits_of(after, lines, tail)[0] == reporters


def test_a_name_under_the_headline_s_words_atop_the_text() -> None:
    lines = [
        "2003-5-29 09:07 高山流水",
        "下岗职工的再就业",
        "下岗职工的再就业",
        "赵延东、风笑天",
        *TEXT,
    ]
    assert credits_of([], lines, "", "下岗职工的再就业")[0] == ["赵延东", "风笑天"]


def test_a_poster_named_above_the_headline() -> None:
    before = "[湖湘文化]陈天华《警世钟》 ggjjzhzz 发表于 2005-9-15 11:46:00"
    assert credits_of([], TEXT, "", "陈天华《警世钟》", before)[0] == ["ggjjzhzz"]


def test_a_body_sentence_naming_who_issued_something_names_no_poster() -> None:
    lines = [*TEXT, "该方案由市政府于3月1日印发，自4月1日起施行。"]
    assert credits_of([], lines, "")[0] == []


def test_names_stop_at_the_first_word_that_is_no_name() -> None:
    assert names_after("宋怡 杨志华 我要说说") == ["宋怡", "杨志华"]
    assert names_after("赵婕 出自[人民文学出版社]") == ["赵婕"]
