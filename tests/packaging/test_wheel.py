"""It installs like a package: the wheel in a fresh venv crawls the mirror from outside the checkout."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

import crawler
from crawler.mirror import CRAWL_OPTIONS
from tests.conftest import HNR_MIRROR, ROOT, clean_env, read_jsonl
from tests.packaging.install import VERSION, Venv, package_data_files, run

EXPECTED = read_jsonl(HNR_MIRROR / "expected" / "articles.jsonl")
SEED_URL = "http://luohe.hnr.cn/202002/04/3216.html"
SEED_PAGE = HNR_MIRROR / "site" / "luohe.hnr.cn" / "202002" / "04" / "3216.html"


def test_the_version_is_the_projects() -> None:
    assert crawler.__version__ == VERSION


def test_the_wheel_holds_every_data_file_of_the_package(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert package_data_files(), "the package has no data files: the profile and schema are gone?"
    assert [f for f in package_data_files() if f not in names] == []


def test_the_wheel_declares_the_console_command_and_scrapyds_settings(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/entry_points.txt"))
        entry_points = archive.read(name).decode()
    assert "hnr-crawler = crawler.__main__:main" in entry_points
    assert "[scrapy]\nsettings = crawler.settings" in entry_points


def test_the_installed_package_is_imported_from_the_venv(wheel_venv: Venv, tmp_path: Path) -> None:
    code = "import crawler; print(crawler.__file__); print(crawler.__version__)"
    where, version = run([str(wheel_venv.bin("python")), "-c", code], cwd=tmp_path).stdout.split()
    assert Path(where).is_relative_to(wheel_venv.root), where
    assert version == VERSION


@pytest.fixture(scope="module")
def installed_crawl(wheel_venv: Venv, hnr_mirror, tmp_path_factory) -> Path:
    """``scrapy crawl hnr`` of the installed package, run in an empty folder as the README says."""
    work = tmp_path_factory.mktemp("outside")
    run(
        [str(wheel_venv.bin("scrapy")), "crawl", "hnr", "-O", "out.jsonl", *CRAWL_OPTIONS],
        cwd=work,
        env=clean_env(http_proxy=hnr_mirror.proxy, SCRAPY_SETTINGS_MODULE="crawler.settings"),
        timeout=120,
    )
    return work


def test_the_installed_crawl_exports_every_expected_article(installed_crawl: Path) -> None:
    exported = {item["url"]: item for item in read_jsonl(installed_crawl / "out.jsonl")}
    assert sorted(exported) == sorted(a["url"] for a in EXPECTED)
    for article in EXPECTED:
        assert exported[article["url"]]["title"] == article["title"]
        assert exported[article["url"]]["body"] == article["body"]


def test_the_installed_crawl_keeps_its_state_and_report_in_its_folder(
    installed_crawl: Path,
) -> None:
    report = json.loads((installed_crawl / "out.jsonl.report.json").read_text(encoding="utf-8"))
    assert report["status"] == "ok"
    assert (installed_crawl / ".state" / "hnr.sqlite").is_file()
    assert (installed_crawl / "out.jsonl.figures.csv").is_file()


def test_the_console_command_extracts_a_page(wheel_venv: Venv, tmp_path: Path) -> None:
    done = run(
        [str(wheel_venv.bin("hnr-crawler")), "extract", str(SEED_PAGE), "--url", SEED_URL],
        cwd=tmp_path,
    )
    article = json.loads(done.stdout)
    expected = next(a for a in EXPECTED if a["url"] == SEED_URL)
    assert (article["title"], article["body"]) == (expected["title"], expected["body"])
    assert article["numbers"] and article["failed_stages"] == []


def test_the_library_entry_point_works_outside_the_checkout(
    wheel_venv: Venv, tmp_path: Path
) -> None:
    code = (
        "import json, sys; from crawler import extract_article; "
        "article = extract_article(open(sys.argv[1], 'rb').read(), sys.argv[2]); "
        "print(json.dumps([article.title, article.body, article.numbers], ensure_ascii=False))"
    )
    done = run([str(wheel_venv.bin("python")), "-c", code, str(SEED_PAGE), SEED_URL], cwd=tmp_path)
    title, body, numbers = json.loads(done.stdout)
    expected = next(a for a in EXPECTED if a["url"] == SEED_URL)
    assert (title, body) == (expected["title"], expected["body"])
    in_checkout = crawler.extract_article(SEED_PAGE.read_bytes(), SEED_URL)
    assert numbers == json.loads(json.dumps(in_checkout.numbers)) != []


def test_the_checkout_is_not_on_the_installed_path(wheel_venv: Venv, tmp_path: Path) -> None:
    code = "import sys; print('\\n'.join(sys.path))"
    paths = run([str(wheel_venv.bin("python")), "-c", code], cwd=tmp_path).stdout.split()
    assert not [p for p in paths if p and Path(p).resolve().is_relative_to(ROOT)]
