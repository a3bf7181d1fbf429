"""The Chinese words news pages label their parts with, in one place.

Site profiles start from these defaults and may narrow them; the generic extractor and the
cleaning stage build their patterns from them. No other module holds literals of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: The editor in charge: 责任编辑：张三, 责编:赵惠 (longest first, so 责任编辑 is not read as 编辑).
EDITOR_LABELS = ("责任编辑", "责编", "编辑")
#: Where a story comes from: 来源：映象网.
SOURCE_LABELS = ("文章来源", "信息来源", "新闻来源", "稿件来源", "本文来源", "稿源", "来源")
#: A source given as 来自：新华社.
SOURCE_FROM = "来自"
#: Who wrote it: 记者 杨增强, 作者：李四.
REPORTER_LABELS = ("记者", "作者", "撰文", "执笔人", "执笔")
#: Local correspondents named in a dateline: 通讯员 陈洋.
CORRESPONDENT_LABELS = ("通讯员",)
#: Students and interns credited beside reporters.
INTERN_LABELS = ("实习生",)
#: The keyword line: 文章关键词:漯河 强化.
KEYWORD_LABELS = ("文章关键词", "关键词", "关键字", "标签")
#: The keyword label read on pages without a profile (文章关键词 ends with it).
KEYWORD_LABEL = "关键词"
#: Headings of a block of links to other stories.
RELATED_HEADINGS = (
    "相关阅读", "相关新闻", "相关报道", "相关推荐", "相关链接", "相关文章", "相关稿件", "相关专题",
)  # fmt: skip
#: Other headings after which nothing on a page is the article's (besides RELATED_HEADINGS).
END_HEADINGS = (
    "推荐阅读", "热门推荐", "精彩推荐", "为您推荐", "今日推荐", "猜你喜欢", "往期推荐", "往期回顾",
    "往期精彩", "更多精彩", "热点新闻", "热门文章", "热门新闻", "热门排行", "延伸阅读", "拓展阅读",
    "更多阅读", "热门阅读", "精彩阅读", "编辑推荐", "大家都在看", "看了又看", "你可能感兴趣",
    "你可能还想看", "你可能喜欢", "评论区", "留言区", "发表评论", "我要评论", "我要留言", "点击排行",
    "排行榜", "免责声明", "版权声明", "特别声明",
)  # fmt: skip
#: Words of comment sections: 网友评论, 评论（6条）.
COMMENT_WORDS = ("评论", "留言", "跟帖", "跟贴")
#: Lines naming where a reprint came from, besides SOURCE_LABELS: 原标题：…, 转自…
REPRINT_LABELS = ("原标题", "转自", "转载自")
#: The buttons a page puts around a story: 打印 | 关闭 | 收藏.
WIDGET_WORDS = ("打印", "关闭", "收藏", "点赞", "在看", "分享", "举报", "评论", "纠错")
#: Photo credits: 摄影/张三, 图/李四.
PHOTO_LABELS = ("摄影", "图")
#: A pager's link to the next page.
NEXT_PAGE = ("下一页", "下页", "后页")
#: Words of an info bar beside its date and credits: 发布时间, 浏览, 字号.
INFO_WORDS = ("时间", "发布", "日期", "浏览", "点击", "阅读", "字号")
#: Words that end a list of names in a byline: widgets and labels beside it.
NAME_ENDS = (
    "分享", "评论", "我来说两句", "打印", "收藏", "推荐", "出自", "出处", "阅读", "浏览", "点击",
    "时间", "日期", "发布", "发表", "字号", "关闭", "转载", "原创", "更新", "编者按", "摘要",
    "导读", "简介", "关注", "粉丝", "访问", "留言", "回复", "我要说说",
)  # fmt: skip
#: Every credit a news page prints under or above a story (editors, reviewers, camera …).
CREDIT_LABELS = (
    "责任编辑", "责编", "编辑", "主编", "审核", "审校", "审签", "校对", "监制", "统筹", "策划",
    "终审", "初审", "复审", "值班编辑", "值班主任", "美编", "制图", "设计", "排版", "视频",
    "摄像", "剪辑", "海报", "图片", "摄影", "文字", "作者", "记者", "通讯员", "实习生", "来源",
    "出品", "本期编辑", "新媒体编辑", "文图", "图文", "文", "图",
)  # fmt: skip


def alternation(words: Iterable[str]) -> str:
    """A regex group matching any of the words, longest first."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"
