"""Headless Chromium (Debian's package) for the report tests, installed when missing and possible."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
)


def _has_chinese_font() -> bool:
    if shutil.which("fc-list") is None:
        return False
    found = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True, check=False)
    return bool(found.stdout.strip())


def _install(packages: list[str]) -> None:
    """apt-get install, with one apt-get update when the package lists are stale or absent."""
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages]
    if subprocess.run(install, env=env, capture_output=True, check=False).returncode != 0:
        subprocess.run(["apt-get", "update", "-qq"], env=env, capture_output=True, check=False)
        subprocess.run(install, env=env, capture_output=True, check=False)


@dataclass
class Chromium:
    path: Path

    def _run(self, page: Path, *args: str) -> subprocess.CompletedProcess[str]:
        with tempfile.TemporaryDirectory() as profile:
            return subprocess.run(
                [str(self.path), *FLAGS, f"--user-data-dir={profile}", *args, page.as_uri()],
                capture_output=True,
                text=True,
                timeout=60,
                check=True,
            )

    def dump_dom(self, page: Path) -> str:
        return self._run(page, "--dump-dom").stdout

    def screenshot(self, page: Path, png: Path, width: int, height: int) -> None:
        self._run(page, f"--screenshot={png}", f"--window-size={width},{height}")


@pytest.fixture(scope="session")
def chromium() -> Chromium:
    missing = [] if CHROMIUM.exists() else ["chromium"]
    if not _has_chinese_font():
        missing.append("fonts-wqy-microhei")  # else Chinese labels show as boxes
    if missing and os.geteuid() == 0 and shutil.which("apt-get"):
        _install(missing)
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed, and this user cannot install it")
    return Chromium(CHROMIUM)
