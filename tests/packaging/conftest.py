"""Fixtures of the packaging tests: the installed wheel, and scrapyd's venv as the README makes it.

Both installs spend most of their time waiting on the package index, so they run at once,
in the background, from the first packaging test on; a fixture waits for the one it needs.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.packaging.install import Venv, install_wheel
from tests.packaging.scrapyd_readme import ScrapydReadme


@pytest.fixture(scope="session")
def background() -> Iterator[ThreadPoolExecutor]:
    with ThreadPoolExecutor(max_workers=2) as pool:
        yield pool


@pytest.fixture(scope="session")
def wheel_install(background, tmp_path_factory: pytest.TempPathFactory) -> Future[Venv]:
    return background.submit(install_wheel, tmp_path_factory.mktemp("wheel"))


@pytest.fixture(scope="session")
def scrapyd_install(background, tmp_path_factory) -> Future[ScrapydReadme]:
    return background.submit(ScrapydReadme(tmp_path_factory.mktemp("scrapyd")).install)


@pytest.fixture(scope="session", autouse=True)
def _install_at_once(request: pytest.FixtureRequest) -> None:
    """Start every install that a test of this session needs."""
    needed = {name for item in request.session.items for name in getattr(item, "fixturenames", ())}
    for name in ("wheel_install", "scrapyd_install"):
        if name in needed:
            request.getfixturevalue(name)


@pytest.fixture(scope="session")
def wheel_venv(wheel_install: Future[Venv]) -> Venv:
    """A fresh venv with the project's wheel and its dependencies installed, nothing else."""
    return wheel_install.result()


@pytest.fixture(scope="session")
def wheel(wheel_venv: Venv) -> Path:
    return wheel_venv.wheel
