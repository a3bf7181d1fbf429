"""The body of a page with no profile: paragraphs of the best-scored container, noise left out.

Inside the container, noise boxes and link lists are skipped; the lines that remain are
dropped when they are credits, widgets or notices (:data:`DROP`), and the body ends at a
heading that opens a related, recommended or comments section (:data:`STOP`).
"""

from __future__ import annotations

import re

from lxml import etree

from crawler.extract.generic_scan import BLOCKS, PageScan
from crawler.extract.html import SKIP_TAGS, squash

_LABELS = r"(?:责任编辑|责编|编辑|主编|审核|审校|审签|校对|监制|统筹|策划|终审|初审|复审|值班编辑|值班主任|美编|制图|设计|排版|视频|摄像|剪辑|海报|图片|摄影|文字|作者|记者|通讯员|实习生|来源|出品|本期编辑|新媒体编辑)"
# A heading after which nothing is the article's.
STOP = re.compile(
    r"^[^，。：:]{0,8}?[【\[『]?\s*(?:相关(?:阅读|新闻|报道|链接|文章|推荐|稿件|专题)|推荐阅读|热门推荐|精彩推荐|为您推荐|今日推荐|"
    r"猜你喜欢|往期(?:推荐|回顾|精彩)|更多精彩|热点新闻|热门(?:文章|新闻|排行)|(?:网友|热门|最新|全部)评论|"
    r"发表评论|我要评论|评论区|点击排行|排行榜|免责声明|版权声明|特别声明)\s*[】\]』]?\s*[:：]?\s*"
    r"(?:换一换|更多\s*>*|[(（]?\s*共?\s*\d+\s*条?\s*[)）]?)?$"
)
DROP = tuple(
    re.compile(p)
    for p in (
        # credit lines: 编辑：张三 审核：李四 / (责任编辑：张三) / 编辑 | 张三
        rf"^[(（\[【]?\s*(?:(?:本报|本台|本网|新华社|特约|融媒|见习)*{_LABELS}\s*(?:[:：|丨｜/]|\s)\s*[^。！？，；]{{0,24}}?\s*){{1,6}}[)）\]】]?$",
        r"^[(（\[【]?\s*(?:原标题|来源|文章来源|信息来源|稿源|本文来源|转自|转载自)\s*[:：]",
        r"^(?:分享到|分享至|扫一扫|扫描二维码|打印本页|打印|关闭窗口|关闭|返回顶部|返回搜狐|收藏|点赞|在看|阅读原文|点击阅读原文|上一篇|下一篇|【?纠错】?)",
        r"^【?\s*字[号体]\s*[:：]?\s*[大中小]",
        r"(?:Copyright|版权所有|ICP备|ICP证|公网安备|未经(?:书面)?(?:授权|许可).{0,12}(?:转载|使用|复制)|转载请注明|违法和不良信息举报)",
        r"^(?:点击|浏览|阅读|访问)(?:次数|量|数)?\s*[:：]\s*\d*$",
        r"^(?:【[^】]{1,6}】\s*){2,}$",
        r"^[-—_=*·\s]*(?:END|完|The End)[-—_=*·\s]*$",
        r"^(?:长按|识别|扫码)(?:识别|二维码|关注)",
        r"^(?:点击|关注)(?:上方|下方)?.{0,6}(?:蓝字|关注我们|关注)",
    )
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
# An editor credit that ends the last paragraph: ……工作。（责任编辑：张三）
_TRAILING_CREDIT = re.compile(
    rf"\s*[(（\[【]\s*{_LABELS}\s*[:：]?\s*[^()（）\[\]【】]{{1,30}}[)）\]】]\s*$"
)


def body_lines(page: PageScan, container: etree._Element) -> list[str]:
    """Lines of text of the container, split at blocks and ``<br>``, noise boxes skipped."""
    found: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        if text := squash("".join(buffer)):
            found.append(text)
        buffer.clear()

    def walk(element: etree._Element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        visible = element in page.start and tag not in SKIP_TAGS
        listing = tag in BLOCKS and (page.is_link_list(element) or is_teaser_list(element))
        if visible and element not in page.noise and not listing:
            block = tag in BLOCKS
            if block:
                flush()
            if element.text:
                buffer.append(element.text)
            for child in element:
                walk(child)
            if block:
                flush()
        elif tag in BLOCKS:
            flush()
        if element.tail:
            buffer.append(element.tail)

    if container.text:
        buffer.append(container.text)
    for child in container:
        walk(child)
    flush()
    return found


def clean_lines(lines: list[str], title: str) -> list[str]:
    """The article's paragraphs among the container's lines."""
    kept: list[str] = []
    for line in lines:
        if STOP.match(line):
            if kept:
                break
            continue
        if line == title or is_boilerplate(line):
            continue
        kept.append(line)
    if kept:
        kept[-1] = _TRAILING_CREDIT.sub("", kept[-1])
    return [line for line in kept if line]


def is_boilerplate(line: str) -> bool:
    if len(line) <= 80 and (any(p.search(line) for p in DROP) or CREDIT_LINE.match(line)):
        return True
    return (
        len(line) <= 60
        and bool(_INFO.search(line))
        and bool(_INFO_WORDS.search(line))
        and not re.search("[。，]", line)
    )


def is_teaser_list(element: etree._Element) -> bool:
    """Repeated items that each open with a headline link: a recommendation box."""
    groups: dict[tuple[str, str], list[etree._Element]] = {}
    for child in element:
        if isinstance(child.tag, str):
            groups.setdefault((child.tag, child.get("class") or ""), []).append(child)
    for items in groups.values():
        if len(items) >= 2 and sum(map(_opens_with_link, items)) * 2 > len(items):
            return True
    return False


def _opens_with_link(item: etree._Element) -> bool:
    link = next(item.iter("a"), None)
    if link is None:
        return False
    headline = squash(link.xpath("string()"))
    return len(headline) >= 6 and squash(item.xpath("string()")).startswith(headline)
