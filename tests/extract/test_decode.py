"""Decoding page bytes: header, BOM, lying or missing <meta>, the GB family as GB18030."""

from __future__ import annotations

import codecs

from crawler.extract.decode import decode_html

TEXT = "漯河市区新增口袋公园，市民推窗见绿。"


def page(charset: str | None) -> str:
    meta = (
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        if charset
        else ""
    )
    return f"<html><head>{meta}<title>新闻</title></head><body><p>{TEXT}</p></body></html>"


def test_http_header_charset() -> None:
    text, encoding = decode_html(page(None).encode("gbk"), "text/html; charset=GBK")
    assert TEXT in text and encoding == "gb18030"


def test_bom_wins() -> None:
    text, encoding = decode_html(codecs.BOM_UTF8 + page("gbk").encode("utf-8"))
    assert TEXT in text and encoding == "utf-8-sig"


def test_meta_that_lies_about_utf8_bytes() -> None:
    text, encoding = decode_html(page("gb2312").encode("utf-8"))
    assert TEXT in text and encoding == "utf-8"


def test_no_declaration_gbk() -> None:
    text, _ = decode_html(page(None).encode("gbk"))
    assert TEXT in text


def test_gb2312_declared_page_with_gbk_only_characters() -> None:
    gbk_only = "记者 李喆 朱镕基 王瑄"  # 喆, 镕 and 瑄 are not in GB2312
    data = page("gb2312").replace(TEXT, gbk_only).encode("gbk")
    text, encoding = decode_html(data)
    assert gbk_only in text and encoding == "gb18030"


def test_utf8_page_with_one_broken_byte_stays_utf8() -> None:
    data = page("utf-8").encode("utf-8").replace(b"<title>", b"<title>\xff")
    text, encoding = decode_html(data)
    assert TEXT in text and encoding == "utf-8"


def test_undeclared_utf8_page_with_one_broken_byte_stays_utf8() -> None:
    data = page(None).encode("utf-8").replace(b"<title>", b"<title>\xe6\x96")
    text, encoding = decode_html(data)
    assert TEXT in text and encoding == "utf-8"


def test_gbk_bytes_whose_meta_says_utf8() -> None:
    text, encoding = decode_html(page("utf-8").encode("gbk"))
    assert TEXT in text and encoding == "gb18030"


def test_gbk_bytes_whose_header_says_utf8() -> None:
    text, encoding = decode_html(page(None).encode("gbk"), "text/html; charset=utf-8")
    assert TEXT in text and encoding == "gb18030"


def test_bom_beats_header_and_meta() -> None:
    data = codecs.BOM_UTF8 + page("gb2312").encode("utf-8")
    text, encoding = decode_html(data, "text/html; charset=GBK")
    assert TEXT in text and not text.startswith("\ufeff") and encoding == "utf-8-sig"


def test_utf16_bom() -> None:
    text, encoding = decode_html(page(None).encode("utf-16"))
    assert TEXT in text and encoding == "utf-16"


def test_header_says_gbk_but_bytes_are_utf8() -> None:
    text, encoding = decode_html(page("gbk").encode("utf-8"), "text/html; charset=gbk")
    assert TEXT in text and encoding == "utf-8"


def test_latin1_server_default_does_not_garble_a_gbk_page() -> None:
    text, encoding = decode_html(page("gb2312").encode("gbk"), "text/html; charset=ISO-8859-1")
    assert TEXT in text and encoding == "gb18030"


def test_utf8_page_with_an_included_gbk_snippet_stays_utf8() -> None:
    body = "".join(f"<p>{TEXT}</p>" for _ in range(60))
    snippet = "<div>广告：本地招聘信息汇总，欢迎投递简历！</div>".encode("gbk")
    data = page("gb2312").replace(f"<p>{TEXT}</p>", body).encode("utf-8")
    data = data.replace(b"</body>", snippet + b"</body>")
    text, encoding = decode_html(data)
    assert text.count(TEXT) == 60 and encoding == "utf-8"


def test_a_few_undecodable_bytes_in_a_long_page_are_left_out() -> None:
    text = "新闻正文。" * 2000
    data = text.encode("gb18030")
    damaged = data[:5000] + b"\xff" + data[5000:]
    decoded, encoding = decode_html(damaged)
    assert encoding == "gb18030"
    assert "\ufffd" not in decoded
    assert decoded.count("新闻正文。") >= 1999


def test_many_undecodable_bytes_stay_for_the_quality_check() -> None:
    damaged = "新闻正文。".encode("gb18030") + b"\xff\xfe" * 10
    assert "\ufffd" in decode_html(damaged)[0]
