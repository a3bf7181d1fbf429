"""It deploys like a Scrapy project: the README's scrapyd commands, run as written, against a real scrapyd.

See :mod:`tests.packaging.scrapyd_readme` for what changes (places, port, proxy). scrapyd binds
127.0.0.1 with the README's config plus a short poll interval, and is stopped by its PID.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import time
import urllib.request
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from crawler.mirror import CRAWL_OPTIONS
from tests.conftest import EXPECTED_URLS, clean_env, read_jsonl
from tests.packaging.install import VERSION, package_data_files, run
from tests.packaging.scrapyd_readme import ScrapydReadme

PROJECT = "hnr-crawler"
# scrapyd looks for new jobs every 5 s by default; the test's config asks every 0.2 s.
TEST_CONFIG = "poll_interval = 0.2\n"
# The politeness delays off, as in every crawl of the mirror (a local folder).
MIRROR_SETTINGS = " ".join(f"-d setting={value}" for value in CRAWL_OPTIONS[1::2])


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get_json(url: str) -> dict:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(url, timeout=5) as response:
        return json.load(response)


def shell(command: str) -> str:
    return run(["bash", "-c", command]).stdout


@dataclass
class Scrapyd:
    process: subprocess.Popen
    url: str
    readme: ScrapydReadme
    schedule: str
    listjobs: str
    log: Path

    def place(self, name: str) -> Path:
        return self.readme.places[name]

    def wait_for(self, job: str, timeout: float = 120) -> dict:
        """The job's entry in ``listjobs.json`` (the README's command) once it is finished."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            jobs = json.loads(shell(self.listjobs))
            finished = [j for j in jobs["finished"] if j["id"] == job]
            if finished:
                return finished[0]
            assert self.process.poll() is None, "scrapyd stopped"
            time.sleep(0.3)
        raise AssertionError(f"job {job} did not finish in {timeout} s")

    def reports(self) -> set[Path]:
        return set((self.place("/var/lib/hnr") / "data" / "hnr").glob("*.report.json"))


def wait_until_up(process: subprocess.Popen, url: str, log: Path) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            get_json(url + "daemonstatus.json")
            return
        except OSError:
            assert process.poll() is None and time.monotonic() < deadline, log.read_text()[-3000:]
            time.sleep(0.2)


@pytest.fixture(scope="module")
def scrapyd(scrapyd_install: ScrapydReadme, hnr_mirror) -> Iterator[Scrapyd]:
    readme = scrapyd_install
    readme.port, readme.proxy = str(free_port()), hnr_mirror.proxy
    cfg = readme.places["/srv/hnr-crawler"] / "scrapy.cfg"
    cfg.write_text(readme.localize(cfg.read_text()))
    config_path = Path(readme.localize(readme.config.splitlines()[0].lstrip("# ")))
    config_path.write_text(readme.localize(readme.config) + TEST_CONFIG)
    lines = [
        readme.localize(line).replace("-d spider=hnr", f"-d spider=hnr {MIRROR_SETTINGS}")
        for line in readme.commands
    ]
    daemon, schedule = readme.line_index(r"/bin/scrapyd(\s|$)"), readme.line_index("schedule.json")
    log = config_path.with_name("scrapyd.out")
    with log.open("w") as out:
        process = subprocess.Popen(
            ["bash", "-c", lines[daemon]],
            env=clean_env(HOME=str(config_path.parent)),  # no ~/.scrapyd.conf of the user's
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    url = f"http://127.0.0.1:{readme.port}/"
    try:
        wait_until_up(process, url, log)
        for line in lines[daemon + 1 : schedule]:
            run(["bash", "-c", line])
        listjobs = lines[readme.line_index("listjobs.json")]
        yield Scrapyd(process, url, readme, lines[schedule], listjobs, log)
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def deployed_egg(scrapyd: Scrapyd) -> Path:
    (egg,) = (scrapyd.place("/var/lib/scrapyd") / "eggs" / PROJECT).glob("*.egg")
    return egg


def test_scrapyd_knows_the_deployed_spiders(scrapyd: Scrapyd) -> None:
    spiders = get_json(f"{scrapyd.url}listspiders.json?project={PROJECT}")
    assert {"hnr", "news"} <= set(spiders["spiders"]), spiders


def test_the_egg_holds_every_data_file_of_the_package(scrapyd: Scrapyd) -> None:
    names = set(zipfile.ZipFile(deployed_egg(scrapyd)).namelist())
    assert [f for f in package_data_files() if f not in names] == []


def test_jobs_import_the_crawler_from_the_egg_only(scrapyd: Scrapyd) -> None:
    python = str(scrapyd.place("/opt/scrapyd") / "bin" / "python")
    absent = subprocess.run([python, "-c", "import crawler"], capture_output=True, cwd="/")
    assert absent.returncode != 0, "the crawler is installed in scrapyd's venv: it hides the egg"
    code = "import sys; sys.path.append(sys.argv[1]); import crawler; print(crawler.__version__)"
    done = run([python, "-c", code, str(deployed_egg(scrapyd))], cwd="/")
    assert done.stdout.strip() == VERSION


@pytest.fixture(scope="module")
def first_job(scrapyd: Scrapyd) -> tuple[dict, Path]:
    """The README's ``schedule.json`` command, and the job's run report once it is finished."""
    answer = json.loads(shell(scrapyd.schedule))
    assert answer["status"] == "ok", answer
    job = scrapyd.wait_for(answer["jobid"])
    (report,) = scrapyd.reports()
    return job, report


def test_the_scheduled_job_exports_every_expected_article(first_job: tuple[dict, Path]) -> None:
    _, report_path = first_job
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert report["status"] == "ok", report
    feed = Path(report["feed"])
    assert feed.parent == report_path.parent
    assert sorted(item["url"] for item in read_jsonl(feed)) == EXPECTED_URLS


def test_the_jobs_log_is_where_the_readme_says(scrapyd: Scrapyd, first_job) -> None:
    job, _ = first_job
    log = scrapyd.place("/var/lib/scrapyd") / "logs" / PROJECT / "hnr" / f"{job['id']}.log"
    assert log.is_file()
    assert job["log_url"] == f"/logs/{PROJECT}/hnr/{job['id']}.log"


def test_the_cron_line_schedules_the_next_incremental_run(scrapyd: Scrapyd, first_job) -> None:
    cron = scrapyd.readme.localize(scrapyd.readme.cron)
    fields = cron.split(None, 5)
    assert all(re.fullmatch(r"[\d*/,-]+", f) for f in fields[:5]), "five time fields first"
    command = fields[5].replace("-d spider=hnr", f"-d spider=hnr {MIRROR_SETTINGS}")
    assert "%" not in command.replace("\\%", ""), "cron reads a bare % as a new line"
    before = scrapyd.reports()
    run(["/bin/sh", "-c", command.replace("\\%", "%")])  # what cron does with the line
    deadline = time.monotonic() + 60
    while not (scrapyd.reports() - before) and time.monotonic() < deadline:
        time.sleep(0.3)
    (report_path,) = scrapyd.reports() - before
    jobs = json.loads(shell(scrapyd.listjobs))
    for job in jobs["running"] + jobs["pending"]:
        scrapyd.wait_for(job["id"])
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert report["status"] == "ok", report
    assert report["articles"]["exported"] == 0, "the state of the first job is used"


def test_a_refused_argument_is_in_scrapyds_log_with_the_exit_status(scrapyd: Scrapyd) -> None:
    answer = json.loads(shell(scrapyd.schedule + " -d since=2024/01/01"))
    job = scrapyd.wait_for(answer["jobid"])["id"]
    log = scrapyd.log.read_text(encoding="utf-8")
    (pid,) = re.findall(rf"Process died: exitstatus=2 .*job='{job}' pid=(\d+)", log)
    refusals = re.findall(rf"\[Launcher,{pid}/stderr\] (crawl: .*)", log)
    assert len(refusals) == 1 and "since" in refusals[0], refusals
