from crawler.extract.quality import mojibake

TEXT = "新型冠状病毒感染的肺炎疫情防控工作开展以来，漯河市召陵区深入贯彻落实中央、省、市决策部署，强化领导、压实责任。"


def test_clean_chinese_passes():
    assert mojibake(TEXT) is None


def test_replacement_character_is_caught():
    assert mojibake(TEXT[:10] + "\ufffd" + TEXT[10:]) == "replacement_character"


def test_utf8_read_as_latin1_is_caught():
    assert mojibake(TEXT.encode("utf-8").decode("latin-1")) == "utf8_read_as_latin1"


def test_utf8_read_as_gbk_is_caught():
    assert mojibake(TEXT.encode("utf-8").decode("gb18030", errors="ignore")) == "utf8_read_as_gbk"
