import json
import subprocess
import sys

from tests.conftest import HNR_MIRROR, ROOT

SEED = HNR_MIRROR / "site" / "luohe.hnr.cn" / "202002" / "04" / "3216.html"


def extract(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "crawler", "extract", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )


def test_prints_one_article_as_readable_json():
    done = extract(str(SEED), "--url", "http://luohe.hnr.cn/202002/04/3216.html")
    assert done.returncode == 0, done.stderr
    assert "\\u" not in done.stdout
    article = json.loads(done.stdout)
    assert article["extractor"] == "hnr-desktop-2019"
    assert article["place"] == "漯河" and article["editor"] == "赵惠"
    assert {(n["value"], n["unit"]) for n in article["numbers"]} >= {(1871, "人"), (1500000, "元")}


def test_a_page_without_text_says_why_and_fails():
    video = HNR_MIRROR / "site" / "news.hnr.cn" / "202103" / "15" / "4890.html"
    done = extract(str(video), "--url", "http://news.hnr.cn/202103/15/4890.html")
    assert done.returncode == 1
    assert "no_body" in done.stderr


def test_a_missing_file_is_a_clear_error():
    done = extract("no/such/page.html")
    assert done.returncode == 2 and "cannot read" in done.stderr
