from crawler.extract.html import first_text, make_selector, paragraphs, text_of


def test_paragraphs_split_on_blocks_and_br_and_skip_scripts():
    sel = make_selector(
        "<div id=a>\u3000\u3000漯河<em>市</em><br>第二行<p>三段<script>var x=1</script>尾&nbsp;</p>"
        "<style>p{}</style>tail<!-- note -->end</div>"
    )
    div = sel.css("#a")[0]
    assert paragraphs(div) == ["漯河市", "第二行", "三段尾", "tailend"]
    assert text_of(div) == "漯河市 第二行 三段尾 tailend"


def test_first_text_takes_first_selector_with_text():
    sel = make_selector("<h1> </h1><h2 class='t'>标题 “一” | 二</h2>")
    assert first_text(sel, ["h1", "h2.t"]) == "标题 “一” | 二"
    assert first_text(sel, ["//h2[@class='t']"]) == "标题 “一” | 二"
    assert first_text(sel, ["h3"]) == ""


def test_xml_declaration_is_tolerated():
    sel = make_selector(
        '<?xml version="1.0" encoding="gb2312"?><html><body><p>正文</p></body></html>'
    )
    assert sel.css("p::text").get() == "正文"
