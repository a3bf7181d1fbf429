"""The project as a user gets it: a copy of the checkout, its wheel, a fresh venv with it installed.

Everything is built in temporary folders, never in the checkout. Dependencies come from the
package index through pip's cache; the venv is made without pip and filled by this
interpreter's pip (``pip --python``), which saves the seconds of ``ensurepip``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import ROOT, clean_env

VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
# What is not part of the project's source: local state, caches, builds (and what the
# package does not need: tests, fixtures, benchmarks).
NOT_SOURCE = shutil.ignore_patterns(
    ".git", ".venv", "data", ".state", "build", "dist", "*.egg-info", "__pycache__",
    ".pytest_cache", ".ruff_cache", "bench", "tests", "fixtures",
)  # fmt: skip


def package_data_files() -> list[str]:
    """Every file of the package that is not Python code, as ``crawler/…`` paths."""
    return sorted(
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "crawler").rglob("*")
        if path.is_file()
        and path.suffix not in {".py", ".pyc"}
        and "__pycache__" not in path.parts
        and not path.name.startswith(".")
    )


def copy_source(dest: Path) -> Path:
    """The checkout's source files in ``dest``."""
    shutil.copytree(ROOT, dest, ignore=NOT_SOURCE)
    return dest


def run(
    command: list[str], env: dict[str, str] | None = None, **kwargs
) -> subprocess.CompletedProcess:
    """Run ``command`` (without proxy variables unless ``env`` names one); raise with its output."""
    done = subprocess.run(command, capture_output=True, text=True, env=env or clean_env(), **kwargs)
    if done.returncode != 0:
        output = done.stdout[-3000:] + done.stderr[-3000:]
        raise AssertionError(f"{' '.join(command)} failed ({done.returncode}):\n{output}")
    return done


@dataclass
class Venv:
    root: Path
    wheel: Path

    def bin(self, name: str) -> Path:
        return self.root / "bin" / name


def install_wheel(work: Path) -> Venv:
    """Build the wheel from a copy of the checkout as pip builds it; install it in a fresh venv."""
    source = copy_source(work / "src")
    run([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-w", str(work / "dist")])
    (wheel,) = (work / "dist").glob("hnr_crawler-*.whl")
    venv = Venv(work / "venv", wheel)
    run([sys.executable, "-m", "venv", "--without-pip", str(venv.root)])
    pip = [sys.executable, "-m", "pip", "--python", str(venv.bin("python"))]
    run([*pip, "install", "--no-compile", "--disable-pip-version-check", str(wheel)])
    return venv
