"""The mirror's faults, seen by a plain HTTP client: drips, truncations, resets, 429s,
content types, inflated pages and gzip bombs; and its refusal of a faulty mirror.toml."""

from __future__ import annotations

import email.utils
import http.client
import json
import time
import zlib
from pathlib import Path

import pytest

from crawler.mirror import Mirror, MirrorConfigError, running_mirror
from tests.conftest import HNR_MIRROR

SEED_FILE = HNR_MIRROR / "site" / "luohe.hnr.cn" / "202002" / "04" / "3216.html"
ROUTES = """
[[route]]
url = "http://luohe.hnr.cn/drip.html"
drip_seconds = 1

[[route]]
url = "http://luohe.hnr.cn/truncated.html"
truncate = 0.25
times = 1

[[route]]
url = "http://luohe.hnr.cn/reset-before.html"
reset = "before"

[[route]]
url = "http://luohe.hnr.cn/reset-mid.html"
reset = "mid"

[[route]]
url = "http://luohe.hnr.cn/busy.html"
status = 429
retry_after = 7
times = 2

[[route]]
url = "http://luohe.hnr.cn/busy-date.html"
status = 429
retry_after = 30
retry_after_date = true

[[route]]
url = "http://luohe.hnr.cn/image.html"
content_type = "image/jpeg"

[[route]]
url = "http://luohe.hnr.cn/big.html"
size_mb = 3

[[route]]
url = "http://luohe.hnr.cn/bomb.html"
gzip = true
size_mb = 50
"""
NAMES = ["drip", "truncated", "reset-before", "reset-mid", "busy", "image", "big", "bomb"]


@pytest.fixture(scope="module")
def mirror(tmp_path_factory):
    root = tmp_path_factory.mktemp("faults")
    (root / "mirror.toml").write_text(ROUTES, encoding="utf-8")
    folder = root / "site" / "luohe.hnr.cn"
    folder.mkdir(parents=True)
    page = SEED_FILE.read_bytes()
    big = page.replace(b'<div id="text_fix">', b'<div id="text_fix"><!--repeat-->', 1)
    for name in NAMES:
        (folder / f"{name}.html").write_bytes(big if name == "big" else page)
    log = root / "log.jsonl"
    with running_mirror([root, HNR_MIRROR], log) as server:
        yield server, log


def request(server, path: str) -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=10)
    connection.request("GET", f"http://luohe.hnr.cn/{path}")
    return connection.getresponse()


def test_drip_trickles_the_whole_page(mirror):
    started = time.monotonic()
    response = request(mirror[0], "drip.html")
    assert response.read() == SEED_FILE.read_bytes()
    assert time.monotonic() - started >= 0.9


def test_truncated_body_then_the_file(mirror):
    response = request(mirror[0], "truncated.html")
    assert int(response.getheader("Content-Length")) == len(SEED_FILE.read_bytes())
    with pytest.raises(http.client.IncompleteRead) as cut:
        response.read()
    assert len(cut.value.partial) == len(SEED_FILE.read_bytes()) // 4
    assert request(mirror[0], "truncated.html").read() == SEED_FILE.read_bytes()


def test_resets_before_and_mid_answer(mirror):
    with pytest.raises(ConnectionError):
        request(mirror[0], "reset-before.html")
    response = request(mirror[0], "reset-mid.html")
    assert response.status == 200
    with pytest.raises((ConnectionError, http.client.IncompleteRead)):
        response.read()


def test_429_with_retry_after_for_times_requests(mirror):
    for _ in range(2):
        busy = request(mirror[0], "busy.html")
        assert (busy.status, busy.getheader("Retry-After")) == (429, "7")
        busy.read()
    assert request(mirror[0], "busy.html").status == 200
    dated = request(mirror[0], "busy-date.html")
    when = email.utils.parsedate_to_datetime(dated.getheader("Retry-After")).timestamp()
    assert dated.status == 429 and 28 <= when - time.time() <= 31


def test_content_type_as_configured(mirror):
    response = request(mirror[0], "image.html")
    assert response.getheader("Content-Type") == "image/jpeg"
    assert response.read() == SEED_FILE.read_bytes()


def test_page_inflated_to_its_size(mirror):
    body = request(mirror[0], "big.html").read()
    assert 2.9 * 2**20 <= len(body) <= 3 * 2**20
    assert body.startswith(SEED_FILE.read_bytes()[:200]) and body.rstrip().endswith(b"</html>")


def test_gzip_bomb_is_small_on_the_wire_and_huge_inflated(mirror):
    response = request(mirror[0], "bomb.html")
    assert response.getheader("Content-Encoding") == "gzip"
    wire = response.read()
    assert len(wire) < 2**20
    inflate, size, data = zlib.decompressobj(31), 0, wire
    while data:
        size += len(inflate.decompress(data, 2**22))
        data = inflate.unconsumed_tail
    assert inflate.eof and size >= 49 * 2**20


def test_log_tells_when_and_which_fault(mirror):
    server, log = mirror
    request(mirror[0], "reset-mid.html").close()
    records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    mid = [r for r in records if r["url"].endswith("/reset-mid.html")][-1]
    assert mid["fault"] == "reset-mid" and abs(mid["at"] - time.time()) < 5


@pytest.mark.parametrize(
    ("toml", "named"),
    [
        ('[[route]]\nurl = "http://a.cn/"\nstatuss = 500\n', "unknown key 'statuss'"),
        ('[[route]]\nurl = "http://a.cn/"\ntimes = "once"\n', "times = 'once'"),
        ('[[route]]\nurl = "http://a.cn/"\nreset = "after"\n', "reset must be one of"),
        ('[[route]]\nurl = "http://a.cn/"\nlocation = "http://b.cn/"\n', "needs a 3xx status"),
        ('[[route]]\nurl = "http://a.cn/x.html"\nsize_mb = 3\n', "need a file"),
        ("[[route]\n", "not valid TOML"),
    ],
)
def test_a_faulty_mirror_toml_names_file_and_key(tmp_path: Path, toml: str, named: str):
    (tmp_path / "mirror.toml").write_text(toml, encoding="utf-8")
    with pytest.raises(MirrorConfigError, match="mirror.toml") as refused:
        Mirror([tmp_path])
    assert named in str(refused.value)
