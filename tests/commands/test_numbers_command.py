"""``python -m crawler numbers`` as a user runs it: JSON lines or plain text in, figure
records with every field out; bad lines, a closed pipe and Ctrl-C end cleanly."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
COMMAND = [sys.executable, "-m", "crawler", "numbers"]


def _run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [*COMMAND, *args], input=stdin.encode("utf-8"), capture_output=True, cwd=ROOT, timeout=60
    )


def _records(out: subprocess.CompletedProcess[bytes]) -> list[dict]:
    return [json.loads(line) for line in out.stdout.decode("utf-8").splitlines()]


def test_numbers_reads_json_lines() -> None:
    lines = [
        {
            "id": "a",
            "text": "截至10月11日，全县共检查农机具1200余台。",
            "published_at": "2021-10-12",
            "title": "舞阳县开展农机安全大检查",
        },
        {"id": "b", "text": "一是加强宣传。", "url": "http://news.hnr.cn/1.html"},
    ]
    out = _run(stdin="\n".join(json.dumps(x, ensure_ascii=False) for x in lines))
    assert out.returncode == 0, out.stderr
    records = _records(out)
    assert [r["id"] for r in records] == ["a", "b"]
    (figure,) = records[0]["numbers"]
    assert figure["value"] == 1200 and figure["unit"] == "台" and figure["approximate"] is True
    assert figure["as_of"] == "2021-10-11" and figure["subject"] == "农机具"
    assert figure["qualifier"] == "cumulative"
    assert figure["region"] == {"name": "河南省漯河市舞阳县", "code": "411121"}
    assert figure["sentence"] == "截至10月11日，全县共检查农机具1200余台。"
    assert records[1]["numbers"] == []
    assert "农机具" in out.stdout.decode("utf-8")  # not escaped


def test_numbers_reads_plain_text_as_one() -> None:
    out = _run(
        "--published-at",
        "2020-02-04",
        "--title",
        "漯河市召陵区",
        stdin="区财政拨付区卫健委150万元。\n设置3个卡点。\n",
    )
    (record,) = _records(out)
    money, points = record["numbers"]
    assert (money["value"], money["unit"], money["indicator"]) == (1500000, "元", "funds_allocated")
    assert money["region"]["code"] == "411104"
    assert (points["value"], points["unit"], points["indicator"]) == (3, "个", "checkpoints")


def test_mid_sentence_today_with_a_publication_date() -> None:
    out = _run("--published-at", "2020-02-04", stdin="张磊今天表示有3人")
    assert out.returncode == 0 and not out.stderr
    (figure,) = _records(out)[0]["numbers"]
    assert (figure["value"], figure["as_of"]) == (3, "2020-02-04")


def test_bad_lines_are_named_and_fail_the_run() -> None:
    stdin = (
        '{"id": 1, "text": "设置3个卡点"}\nnot json\n\n{"id": 3}\n{"id": 4, "text": "7个工作组"}\n'
    )
    out = _run(stdin=stdin)
    assert out.returncode == 1
    assert [r["id"] for r in _records(out)] == [1, 4]  # nothing else lost
    errors = out.stderr.decode("utf-8").splitlines()
    assert errors == [
        "numbers: line 2: not JSON (Expecting value at column 1)",
        'numbers: line 4: not an object with a "text" string',
    ]


def test_a_closed_pipe_ends_quietly() -> None:
    line = json.dumps(
        {"id": 1, "text": "全区共排查出返乡人员1871人，确诊病人3例。"}, ensure_ascii=False
    )
    producer = subprocess.Popen(
        [*COMMAND], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT
    )
    head = subprocess.Popen(["head", "-n", "1"], stdin=producer.stdout, stdout=subprocess.PIPE)
    assert producer.stdout is not None
    producer.stdout.close()  # head holds the pipe's reading end alone
    _, errors = producer.communicate(("\n".join([line] * 20000)).encode("utf-8"), timeout=120)
    first = head.communicate(timeout=60)[0].decode("utf-8")
    assert json.loads(first)["id"] == 1
    assert producer.returncode == 0
    assert b"Traceback" not in errors and b"BrokenPipe" not in errors


def _wait_reading_stdin(pid: int) -> None:
    """Until the process waits in read(0, …): imported, and reading its input (Linux)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        call = Path(f"/proc/{pid}/syscall").read_text().split()
        if call[:2] == ["0", "0x0"]:
            return
        time.sleep(0.05)
    raise AssertionError("the command never read its input")


def test_ctrl_c_ends_without_a_traceback() -> None:
    process = subprocess.Popen(
        COMMAND, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT
    )
    _wait_reading_stdin(process.pid)
    process.send_signal(signal.SIGINT)
    _, errors = process.communicate(timeout=30)
    assert process.returncode == 130
    assert errors.decode("utf-8").strip() == "numbers: interrupted"
