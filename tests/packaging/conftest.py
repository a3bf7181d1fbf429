"""Fixtures of the packaging tests: the installed wheel, and scrapyd's venv as the README makes it.

Both installs spend most of their time waiting on the package index, so they start in the
background as soon as the session's tests are collected (only those that a collected test
needs), while the other tests run; a fixture waits for the one it needs. Their folders are
removed when the session ends.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.packaging.install import Venv, install_wheel
from tests.packaging.scrapyd_readme import ScrapydReadme

_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="install")
_installs: dict[str, Future] = {}
_work: list[Path] = []
# The fixtures that wait for an install, and the install.
INSTALLS: dict[str, Callable[[Path], object]] = {
    "wheel_venv": lambda work: install_wheel(work / "wheel"),
    "scrapyd_install": lambda work: ScrapydReadme(work / "scrapyd").install(),
}


def _start(fixture: str) -> Future:
    """The install behind ``fixture``, started once."""
    if fixture not in _installs:
        if not _work:
            _work.append(Path(tempfile.mkdtemp(prefix="hnr-packaging-")))
        _installs[fixture] = _pool.submit(INSTALLS[fixture], _work[0])
    return _installs[fixture]


def pytest_collection_finish(session: pytest.Session) -> None:
    if os.environ.get("PYTEST_XDIST_WORKER"):
        return  # with pytest-xdist every process collects every test: install when a test asks
    needed = {name for item in session.items for name in getattr(item, "fixturenames", ())}
    for fixture in INSTALLS:
        if fixture in needed:
            _start(fixture)


def pytest_sessionfinish(session: pytest.Session) -> None:
    _pool.shutdown(wait=True, cancel_futures=True)
    for folder in _work:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def wheel_venv() -> Venv:
    """A fresh venv with the project's wheel and its dependencies installed, nothing else."""
    return _start("wheel_venv").result()


@pytest.fixture(scope="session")
def wheel(wheel_venv: Venv) -> Path:
    return wheel_venv.wheel


@pytest.fixture(scope="session")
def scrapyd_install() -> ScrapydReadme:
    """The README's scrapyd commands up to starting scrapyd: the checkout, scrapyd's venv."""
    return _start("scrapyd_install").result()
