"""Lines of a container that are not the article's: credits, widgets, notices, section headings."""

from __future__ import annotations

import pytest

from crawler.extract.generic.body import clean_lines

PARAGRAPH = "4月2日，许昌市区新开通3条公交线路，覆盖东城区和示范区的12个居民小区。"


@pytest.mark.parametrize(
    "line",
    [
        "（责任编辑：张三）",
        "[责任编辑：李明_NN1234]",
        "（编辑：贾静　审核：王建华）",
        "编辑 | 王宇 校对 | 刘佳 审核 | 周峰",
        "文/记者 张三 图/记者 李四",
        "本报记者 张三 摄",
        "图/李四 摄",
        "澎湃新闻记者 王选辉",
        "（总台央视记者 杨阳 梁小琛）",
        "来源：河南日报",
        "原文链接：https://example.cn/a/1.html",
        "图片来源：视觉中国",
        "图片来源于网络",
        "《 人民日报 》（ 2024年04月03日 02 版）",
        "更多精彩资讯，请在应用市场下载“央视新闻”客户端",
        "下载大河报APP，看更多新闻",
        "打印 | 关闭",
        "【打印】【关闭】",
        "分享到：微信 微博 QQ空间",
        "点击进入专题：2024全国两会",
        "免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。",
        "平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。",
        "本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场。",
        "版权所有 未经书面授权不得转载",
        "视频加载中...",
        "4月1日，在河南省周口市商水县，植保无人机在麦田里作业。新华社记者 李安 摄",
        "▲市民在新建成的口袋公园里休闲。（记者 王磊 摄）",
        "游客在景区内拍照留念。新华社发（张三 摄）",
        "航拍下的黄河湿地。视觉中国供图",
        "农技人员在查看小麦长势（资料图）",
        "9月5日，市民在超市选购商品。（图片来源：东方IC）",
        "老城区一处正在修缮的院落。澎湃新闻记者 李明 图",
        "学生们在操场上锻炼。光明图片/视觉中国",
        "本文为大河网原创稿件，转载请注明出处。",
        "（本文系中国青年网独家稿件，未经授权不得转载。）",
        "如需转载，请联系本号获得授权。",
        "版权声明：本文由作者授权发布，版权归原作者所有。",
    ],
)
def test_dropped(line: str) -> None:
    assert clean_lines([PARAGRAPH, line, PARAGRAPH], "标题") == [PARAGRAPH, PARAGRAPH]


@pytest.mark.parametrize(
    "line",
    [
        "关闭小散乱污企业300家，全市空气质量优良天数同比增加21天。",
        "打印机、复印机等办公设备纳入集中采购目录。",
        "文旅部推出春季乡村旅游精品线路",
        "他用手机拍摄了全过程，并上传到网上。",
        "如下图，该区域已划入生态保护红线。",
        "（市政府供图的说明会在下周公布）。",
        "版权保护法律意识正在逐步增强，侵权案件数量同比下降两成。",
        "他表示，这只代表他个人的看法。",
        "编者按：入园难、入园贵是不少家长关心的问题。",
        "(完)",
        "专家评论",
        "市民可通过下载“i郑州”APP办理。",
    ],
)
def test_kept(line: str) -> None:
    assert clean_lines([PARAGRAPH, line], "标题") == [PARAGRAPH, line]


@pytest.mark.parametrize(
    "heading",
    ["相关阅读", "【延伸阅读】", "读者留言（24）", "网友评论", "评论（6条）", "大家都在看"],
)
def test_a_section_heading_ends_the_body(heading: str) -> None:
    assert clean_lines([PARAGRAPH, heading, "其他新闻的一段正文，不属于本文。"], "标题") == [
        PARAGRAPH
    ]


def test_trailing_credit_and_portal_link_leave_the_last_paragraph() -> None:
    last = "目前，该电梯已完成图纸设计。返回搜狐，查看更多"
    assert clean_lines([PARAGRAPH, last], "标题")[-1] == "目前，该电梯已完成图纸设计。"
    assert clean_lines(["预计5月底前投入使用。（责任编辑：赵悦）"], "标题") == [
        "预计5月底前投入使用。"
    ]


BODY = ["本报讯（记者 李鹏）6月上旬，全省小麦陆续进入灌浆期。", PARAGRAPH]


def test_the_kicker_and_subtitle_around_the_headline_are_not_body() -> None:
    lines = ["抓好麦收 颗粒归仓", "标题", "已完成作业面积6200万亩，占计划的73%", *BODY]
    assert clean_lines(lines, "标题") == BODY
    assert clean_lines(["标题", "——来自某县麦区的调查", *BODY], "标题") == BODY


def test_short_lines_after_the_headline_that_open_the_text_stay() -> None:
    notice = ["各县（市、区）人民政府：", "一、总体要求", PARAGRAPH]
    assert clean_lines(["标题", *notice], "标题") == notice
    assert clean_lines(["导语", "正文小标题", PARAGRAPH], "标题") == [
        "导语",
        "正文小标题",
        PARAGRAPH,
    ]


def test_a_numbered_subheading_right_after_the_headline_stays() -> None:
    assert clean_lines(["标题", "01 门诊报销", PARAGRAPH], "标题") == ["01 门诊报销", PARAGRAPH]
