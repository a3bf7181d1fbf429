"""The body of a page with no profile: paragraphs of the best-scored container, noise left out.

Inside the container, noise boxes, link lists and image captions are skipped; the lines
that remain are dropped when they are credits, widgets, captions or notices (:data:`DROP`,
copyright and reprint statements), and the body ends at a heading that opens a related,
recommended or comments section (:data:`STOP`). An e-paper's 引题 and 副题 around the
headline, in the same cell as the text, are not body either.
"""

from __future__ import annotations

import re

from lxml import etree

from crawler.extract.generic.caption import is_caption, is_caption_line
from crawler.extract.generic.scan import BLOCKS, COPYRIGHT, PageScan
from crawler.extract.html import all_text, squash

_LABELS = r"(?:责任编辑|责编|编辑|主编|审核|审校|审签|校对|监制|统筹|策划|终审|初审|复审|值班编辑|值班主任|美编|制图|设计|排版|视频|摄像|剪辑|海报|图片|摄影|文字|作者|记者|通讯员|实习生|来源|出品|本期编辑|新媒体编辑|文图|图文|文|图)"
_WIDGET = r"(?:打印|关闭|收藏|点赞|在看|分享|举报|评论|纠错)(?:本页|本文|此文|窗口)?"
# A heading after which nothing is the article's.
STOP = re.compile(
    r"^[^，。：:]{0,8}?[【\[『]?\s*(?:相关(?:阅读|新闻|报道|链接|文章|推荐|稿件|专题)|推荐阅读|热门推荐|精彩推荐|为您推荐|今日推荐|"
    r"猜你喜欢|往期(?:推荐|回顾|精彩)|更多精彩|热点新闻|热门(?:文章|新闻|排行)|延伸阅读|拓展阅读|更多阅读|"
    r"热门阅读|精彩阅读|编辑推荐|大家都在看|看了又看|你可能(?:感兴趣|还想看|喜欢)|"
    r"(?:网友|热门|最新|全部|读者|精彩|用户)(?:评论|留言|跟帖|跟贴)|评论区|留言区|发表评论|我要(?:评论|留言)|"
    r"点击排行|排行榜|免责声明|版权声明|特别声明)\s*[】\]』]?\s*[:：]?\s*"
    r"(?:换一换|更多\s*>*|[(（]?\s*共?\s*\d+\s*条?\s*[)）]?)?$"
)
# A comments heading of one word, nothing before it: 评论（6条） / 留言
COMMENTS_HEADING = re.compile(r"^(?:评论|留言|跟帖|跟贴)\s*[(（]?\s*共?\s*\d*\s*条?\s*[)）]?$")
DROP = tuple(
    re.compile(p)
    for p in (
        # credit lines: 编辑：张三 审核：李四 / (责任编辑：张三) / 编辑 | 张三
        rf"^[(（\[【]?\s*(?:(?:本报|本台|本网|新华社|特约|融媒|见习)*{_LABELS}\s*(?:[:：|丨｜/]|\s)\s*[^。！？，；]{{0,24}}?\s*){{1,6}}[)）\]】]?$",
        r"^[(（\[【]?\s*(?:原标题|来源|文章来源|信息来源|稿源|本文来源|转自|转载自)\s*[:：]",
        r"^(?:分享到|分享至|扫一扫|扫描二维码|打印本页|关闭窗口|返回顶部|返回搜狐|返回列表|阅读原文|点击阅读原文|"
        r"上一(?:篇|条|页)|下一(?:篇|条|页)|【?纠错】?)",
        r"^[【\[]?(?:关键词|关键字|标签|Tags?)\s*[】\]]?\s*[:：]",
        # a bar of widget words only: 打印 | 关闭 / 收藏 点赞 在看
        rf"^{_WIDGET}(?:\s*[|｜/·]?\s*{_WIDGET})*$",
        r"^(?:原文链接|原文地址|本文链接)\s*[:：]",
        r"^点击(?:查看|进入|下载|阅读|观看|收听)",
        r"视频加载中|浏览器(?:不支持|版本过低)|请升级浏览器",
        # WeChat's own widgets
        r"^(?:预览时标签不可点|微信扫一扫|继续滑动看下一个|向上滑动看下一个|轻触阅读原文|知道了|喜欢此内容的人还喜欢|"
        r"微信扫一扫可打开此内容|使用完整服务|取消\s*允许)",
        # a photo credit on its own: 本报记者 张三 摄 / 图/李四
        r"^[(（]?(?:[^，。！？：:]{0,10}(?:记者|通讯员|实习生|摄影|图)\s*[/:：]?\s*)?[\u4e00-\u9fff·]{2,4}(?:[\s、]+[\u4e00-\u9fff·]{2,4})*(?:\s+|\s*/\s*)(?:摄|摄影|供图)\s*[)）]?$",
        r"^【?\s*字[号体]\s*[:：]?\s*[大中小]",
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
    )
)
_DROP_ANY = re.compile("|".join(f"(?:{p.pattern})" for p in DROP))
# Platform notices, however long: 免责声明：本内容来自…… / ……仅代表作者观点，不代表本站立场
NOTICE = re.compile(
    r"^[【\[]?\s*[\u4e00-\u9fff]{0,4}声明\s*[】\]]?\s*[:：]|"
    r"(?:本文|文章|内容|稿件)[^。]{0,24}(?:仅代表|不代表)[^。]{0,30}(?:观点|立场)|"
    r"不代表本(?:网|站|平台|报|号)|仅提供信息(?:存储|发布)"
)
NOTICE_MAX = 200
# A copyright or reprint statement (本文为红网原创文章，转载请……) is at most this long.
REPRINT_MAX = 120
# The headline block: 引题 and 副题 are short lines with no sentence punctuation, at most
# this many above and below the headline, which is among the container's first lines.
HEADLINE_LINE_MAX = 40
HEADLINE_LINES = 2
HEADLINE_FIRST = 3
_NOT_HEADLINE = re.compile(
    r"[。；;]|[：:！？!?]$|^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.、．\s]|第.{1,3}[章节部分])"
)
# A table cell longer than this (characters) is layout holding prose, not data.
DATA_CELL_MAX = 40
# What a portal appends to the last paragraph: ……。返回搜狐，查看更多 / ……。编辑：张三
_TRAILING_LINK = re.compile(
    r"\s*返回[\u4e00-\u9fff]{2,6}[，,]\s*查看更多\s*$"
    r"|(?<=[。！？”])\s*(?:责任编辑|责编|编辑)\s*[:：]\s*[\u4e00-\u9fff·]{2,4}\s*$"
)
# A line of reporters' names: 大河报·豫视频记者 陈晨 王磊 通讯员 宋佳
CREDIT_LINE = re.compile(
    r"^[(（\[【]?[^，。！？：:()（）]{0,12}?(?:记者|通讯员|实习生)\s*[:：]?\s*[\u4e00-\u9fff·]{2,4}"
    r"(?:[\s、]+(?:(?:记者|通讯员|实习生)\s*)?[\u4e00-\u9fff·]{2,4})*\s*[)）\]】]?$"
)
# A short line of the date, source, views … of the article (an info bar).
_INFO = re.compile(
    r"(?:发布|发表|更新)?(?:时间|日期)\s*[:：]|(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}"
)
_INFO_WORDS = re.compile(r"来源|作者|编辑|发布|浏览|点击|阅读|字号|打印|分享|评论|\d{1,2}:\d{2}")
# An info bar is at most this long (characters); with two kinds of info, this long.
INFO_MAX = 60
INFO_MAX_LONG = 120
# An editor credit that ends the last paragraph: ……工作。（责任编辑：张三）
_TRAILING_CREDIT = re.compile(
    rf"\s*[(（\[【]\s*{_LABELS}\s*[:：]?\s*[^()（）\[\]【】]{{1,30}}[)）\]】]\s*$"
)


def body_lines(
    page: PageScan, container: etree._Element, headline: etree._Element | None = None
) -> list[str]:
    """Lines of text of the container, split at blocks and ``<br>``, noise boxes and
    captions skipped; the headline, when the container holds it, as a line of its own
    (for :func:`without_headline_block`). Read from the scan's pieces of text: the
    elements left out, or read as one line (a table row of data), only mark their span."""
    container_chars = page.chars.get(container, 0)
    # A headline element holding nothing else is noise to the scan; here it is a line.
    alone = headline if headline in page.noise else None
    start, end, noise, teasers = page.start, page.end, page.noise, page.teasers
    spans: dict[int, list[tuple[int, str | None]]] = {}  # first piece -> (end, own line)
    inside = 0  # pieces before this index belong to an element already taken care of
    for element in container.iterdescendants():
        first = start.get(element)
        if first is None or first < inside:
            continue
        tag = element.tag
        if element is alone:
            line: str | None = all_text(element)
        elif tag == "tr" and (cells := data_row(element)) is not None:
            line = " ".join(cells)
        elif (
            element in noise
            or (tag in BLOCKS and (page.is_link_list(element) or element in teasers))
            or is_caption(page, element, container_chars)
        ):
            line = None
        else:
            continue
        last = end[element]
        if last > first or line:
            spans.setdefault(first, []).append((last, line))
            inside = last
    found: list[str] = []
    parts: list[str] = []
    segments = page.segments
    index, stop = start[container], end[container]
    while index <= stop:
        if index in spans:
            for last, line in spans.pop(index):
                if line is not None:
                    found += ("".join(parts), line)
                    parts = []
                index = max(index, last)
            continue
        if index == stop:
            break
        segment = segments[index]
        if segment.newline and parts:
            found.append("".join(parts))
            parts = []
        parts.append(segment.text)
        index += 1
    found.append("".join(parts))
    return [text for text in map(squash, found) if text]


def data_row(row: etree._Element) -> list[str] | None:
    """The cells of a table row of data (short cells of text only), else None: a layout row."""
    cells: list[str] = []
    for cell in row:
        if not isinstance(cell.tag, str):
            continue
        if cell.tag not in ("td", "th") or any(
            isinstance(e.tag, str) and e.tag in BLOCKS for e in cell.iterdescendants()
        ):
            return None
        text = all_text(cell)
        if len(text) > DATA_CELL_MAX:
            return None
        cells.append(text)
    filled = [c for c in cells if c]
    return filled if len(filled) >= 2 else None


def clean_lines(lines: list[str], title: str) -> list[str]:
    """The article's paragraphs among the container's lines."""
    kept: list[str] = []
    for line in without_headline_block(lines, title):
        if STOP.match(line) or COMMENTS_HEADING.match(line):
            if kept:
                break
            continue
        if line == title or is_boilerplate(line):
            continue
        kept.append(line)
    if kept:
        kept[-1] = _TRAILING_CREDIT.sub("", _TRAILING_LINK.sub("", kept[-1]))
    return [line for line in kept if line]


def without_headline_block(lines: list[str], title: str) -> list[str]:
    """The lines without the 引题 and 副题 around a headline among the first lines."""
    top = lines[:HEADLINE_FIRST]
    if title not in top:
        return lines
    at = top.index(title)
    first, last = at, at + 1
    while first > max(at - HEADLINE_LINES, 0) and _headline_like(lines[first - 1]):
        first -= 1
    while last < min(at + 1 + HEADLINE_LINES, len(lines)) and _headline_like(lines[last]):
        last += 1
    return lines[:first] + lines[last:]


def _headline_like(line: str) -> bool:
    return len(line) <= HEADLINE_LINE_MAX and not _NOT_HEADLINE.search(line)


def is_boilerplate(line: str) -> bool:
    if len(line) <= NOTICE_MAX and NOTICE.search(line):
        return True
    if (len(line) <= REPRINT_MAX and COPYRIGHT.search(line)) or is_caption_line(line):
        return True
    if len(line) <= 80 and (_DROP_ANY.search(line) or CREDIT_LINE.match(line)):
        return True
    words = len(set(_INFO_WORDS.findall(line)))
    return (
        len(line) <= (INFO_MAX_LONG if words >= 2 else INFO_MAX)
        and words > 0
        and bool(_INFO.search(line))
        and not re.search("[。，]", line)
    )
