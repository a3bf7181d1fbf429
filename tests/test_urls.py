from crawler.urls import canonical_url


def test_tracking_query_fragment_and_case_are_dropped():
    assert canonical_url("HTTP://News.HNR.cn:80/202002/04/3216.html?from=timeline#top") == (
        "http://news.hnr.cn/202002/04/3216.html"
    )


def test_relative_links_resolve_and_other_queries_stay():
    assert (
        canonical_url("2.html?page=2&utm_source=x", "http://news.hnr.cn/xwrd/")
        == "http://news.hnr.cn/xwrd/2.html?page=2"
    )


def test_profile_tracking_params():
    assert (
        canonical_url("http://a.cn/x?isappinstalled=0&id=3", tracking=frozenset({"isappinstalled"}))
        == "http://a.cn/x?id=3"
    )
