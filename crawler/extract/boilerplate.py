"""Lines no news body keeps, whatever the site: credit lines, source and reprint lines,
widgets and share bars, notices, app promotions. One list, for the generic extractor's
body and the clean stage alike; its words come from :mod:`crawler.vocabulary`.
"""

from __future__ import annotations

import re

from crawler.vocabulary import (
    CORRESPONDENT_LABELS,
    CREDIT_LABELS,
    INTERN_LABELS,
    KEYWORD_LABELS,
    PHOTO_LABELS,
    REPORTER_LABELS,
    REPRINT_LABELS,
    SOURCE_LABELS,
    WIDGET_WORDS,
    alternation,
)

_LABELS = alternation(CREDIT_LABELS)
_WIDGET = rf"{alternation(WIDGET_WORDS)}(?:本页|本文|此文|窗口)?"
_PEOPLE = alternation((*REPORTER_LABELS[:1], *CORRESPONDENT_LABELS, *INTERN_LABELS, *PHOTO_LABELS))
DROP = tuple(
    re.compile(p)
    for p in (
        # one credit with its value: 编辑：张三，李四
        rf"^[(（\[【]?\s*{_LABELS}\s*[:：][^。！？]{{0,30}}[)）\]】]?$",
        # credit lines: 编辑：张三 审核：李四 / (责任编辑：张三) / 松花江网编辑 孙桂芳
        rf"^[(（\[【]?\s*(?:(?:[\u4e00-\u9fff]{{1,8}}?(?:网|报|台|社)|特约|融媒|见习)*{_LABELS}\s*(?:[:：|丨｜/]|\s)\s*[^。！？，；]{{0,24}}?\s*){{1,6}}[)）\]】]?$",
        rf"^[(（\[【]?\s*{alternation((*REPRINT_LABELS, *SOURCE_LABELS))}\s*[:：]",
        r"^(?:分享到|分享至|扫一扫|扫描二维码|打印本页|关闭窗口|返回顶部|返回搜狐|返回列表|阅读原文|点击阅读原文|"
        r"上一(?:篇|条|页)|下一(?:篇|条|页)|【?纠错】?|【?\s*字[号体]\s*[:：]?\s*[大中小])",
        rf"^[【\[]?{alternation((*KEYWORD_LABELS, 'Tags', 'Tag'))}\s*[】\]]?\s*[:：]",
        # a bar of widget words only: 打印 | 关闭 / 收藏 点赞 在看
        rf"^{_WIDGET}(?:\s*[|｜/·]?\s*{_WIDGET})*$",
        r"^(?:原文链接|原文地址|本文链接)\s*[:：]",
        r"^点击(?:查看|进入|下载|阅读|观看|收听)",
        r"视频加载中|浏览器(?:不支持|版本过低)|请升级浏览器",
        # WeChat's own widgets
        r"^(?:预览时标签不可点|微信扫一扫|继续滑动看下一个|向上滑动看下一个|轻触阅读原文|知道了|喜欢此内容的人还喜欢|"
        r"微信扫一扫可打开此内容|使用完整服务|取消\s*允许)",
        # a photo credit on its own: 本报记者 张三 摄 / 图/李四
        rf"^[(（]?(?:[^，。！？：:]{{0,10}}{_PEOPLE}\s*[/:：]?\s*)?[\u4e00-\u9fff·]{{2,4}}(?:[\s、]+[\u4e00-\u9fff·]{{2,4}})*(?:\s+|\s*/\s*)(?:摄|摄影|供图)\s*[)）]?$",
        r"(?:Copyright|版权所有|ICP备|ICP证|公网安备|未经(?:书面)?(?:授权|许可).{0,12}(?:转载|使用|复制)|转载请注明|违法和不良信息举报)",
        r"^(?:点击|浏览|阅读|访问)(?:次数|量|数)?\s*[:：]\s*\d*$",
        r"^(?:【[^】]{1,6}】\s*){2,}$",
        r"^[-—_=*·\s]*(?:END|完|The End)[-—_=*·\s]*$",
        r"^(?:长按|识别|扫码)(?:识别|二维码|关注)",
        r"^(?:点击|关注)(?:上方|下方)?.{0,6}(?:蓝字|关注我们|关注)",
        # an image's credit: 图片来源：视觉中国
        r"^[(（\[【]?\s*(?:图片|图|题图|封面图?|配图|视频)\s*(?:来源|来自|源自|提供)\s*(?:(?:于\s*)?网络|[:：])",
        # the print edition a portal copied the story from: 《 人民日报 》（ 2024年04月03日 02 版）
        r"^《\s*[^》]{2,12}\s*》\s*[(（]\s*(?:19|20)\d{2}\s*年.{0,12}版\s*[)）]$",
        # an app promotion: 更多精彩资讯，请在应用市场下载“央视新闻”客户端
        r"(?:更多|精彩).{0,20}(?:下载|打开|安装).{0,12}(?:客户端|APP|App|app)"
        r"|(?:下载|打开|安装).{0,12}(?:客户端|APP|App|app).{0,6}(?:看|查看|阅读)(?:更多|全文|精彩)",
        # the end of a page's text, a notice left in it: 正文已结束，您可以按alt+4进行评论
        r"^(?:正文)?(?:已)?(?:结束|完)[，,].{0,20}(?:评论|返回|按)",
    )
)
# The patterns tied to the line's start are tried there only (one match); the others anywhere.
_AT_START = re.compile("|".join(f"(?:{p.pattern[1:]})" for p in DROP if p.pattern.startswith("^")))
_ANYWHERE = re.compile("|".join(f"(?:{p.pattern})" for p in DROP if not p.pattern.startswith("^")))
#: A line longer than this is never dropped as a whole by :data:`DROP`.
DROP_MAX = 80


def dropped(line: str) -> bool:
    """A short line no news body keeps (see :data:`DROP`)."""
    if len(line) > DROP_MAX:
        return False
    return _AT_START.match(line) is not None or _ANYWHERE.search(line) is not None
