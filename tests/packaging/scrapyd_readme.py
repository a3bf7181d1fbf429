"""The README's "Under scrapyd" section as a test runs it: its commands as written, in other places.

The folders it names (``/opt/scrapyd``, ``/srv/hnr-crawler``, ``/var/lib/…``) become
temporary ones, the port a free one, the proxy the fixture mirror; nothing else changes.
``/srv/hnr-crawler`` is a copy of the checkout whose ``.venv`` is this interpreter's venv.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from tests.conftest import ROOT
from tests.packaging.install import copy_source, run

PLACES = ("/opt/scrapyd", "/srv/hnr-crawler", "/var/lib/scrapyd", "/var/lib/hnr")
PORT, PROXY = "6800", "http://proxy.example.org:3128"


def readme_section(title: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index(f"### {title}\n")
    ends = [text.find(mark, start + 1) for mark in ("\n## ", "\n### ")]
    return text[start : min([e for e in ends if e > 0] or [len(text)])]


def code_block(section: str, language: str, first_line: str = "") -> str:
    """The one block of ``language`` (whose first line is ``first_line``, if given)."""
    blocks = re.findall(rf"```{language}\n(.*?)```", section, flags=re.S)
    (block,) = [b for b in blocks if b.startswith(first_line)]
    return block


def shell_lines(block: str) -> list[str]:
    """The block's commands, a line continued by ``\\`` joined to the next."""
    return [line for line in block.replace("\\\n", " ").splitlines() if line.strip()]


class ScrapydReadme:
    def __init__(self, root: Path) -> None:
        section = readme_section("Under scrapyd")
        self.config = code_block(section, "ini", "# /var/lib/scrapyd/scrapyd.conf\n")
        self.commands = shell_lines(code_block(section, "sh"))
        self.cron = code_block(section, "cron").strip()
        self.places = {place: root / place.strip("/").replace("/", "-") for place in PLACES}
        self.port, self.proxy = PORT, PROXY

    def localize(self, text: str) -> str:
        for place, path in self.places.items():
            text = text.replace(place, str(path))
        text = text.replace(PROXY, self.proxy).replace(PORT, self.port)
        assert not re.search("|".join(PLACES) + f"|{PORT}", text), text
        return text

    def line_index(self, pattern: str) -> int:
        return next(i for i, line in enumerate(self.commands) if re.search(pattern, line))

    def install(self) -> ScrapydReadme:
        """The checkout in its place, then the commands before scrapyd starts (its venv)."""
        source = copy_source(self.places["/srv/hnr-crawler"])
        (source / ".venv").symlink_to(sys.prefix)
        for line in self.commands[: self.line_index(r"/bin/scrapyd(\s|$)")]:
            run(["bash", "-c", self.localize(line)])
        return self
