"""How the command behaves when things go wrong: Ctrl-C, a full disk, an
unwritable output, bad input among good — always a clear message, never a traceback."""

from __future__ import annotations

import json
import os
import pathlib
import signal
import subprocess
import sys
import time

import pytest

from tests.test_cli import _ttcorpus


def _big_jsonl(path: pathlib.Path, seeds_dir: pathlib.Path, copies: int) -> pathlib.Path:
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(copies):
            fh.write(json.dumps({"id": f"r{i}", "text": texts[i % len(texts)]}, ensure_ascii=False))
            fh.write("\n")
    return path


@pytest.mark.slow
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_exits_130_and_leaves_no_partial_output(
    tmp_path: pathlib.Path, seeds_dir: pathlib.Path, jobs: str
) -> None:
    src = _big_jsonl(tmp_path / "in.jsonl", seeds_dir, 20000)
    out = tmp_path / "out" / "o.jsonl"
    proc = subprocess.Popen(
        [*_ttcorpus(), "extract", str(src), "-o", str(out), "-q", "-j", jobs],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (out.parent.exists() and any(out.parent.iterdir())):
        time.sleep(0.05)  # wait until the run is under way (its temporary file exists)
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert not out.exists()
    assert not list(out.parent.glob("*")) if out.parent.exists() else True


def test_full_disk_on_stdout_is_a_clear_message(seeds_dir: pathlib.Path) -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    with open("/dev/full", "wb") as full:
        proc = subprocess.run(
            [*_ttcorpus(), "clean", str(seeds_dir), "-q", "-j", "1"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert "cannot write output" in proc.stderr


def test_output_that_is_a_directory_is_a_clear_message(
    tmp_path: pathlib.Path, seeds_dir: pathlib.Path
) -> None:
    (tmp_path / "o.jsonl").mkdir()
    proc = subprocess.run(
        [*_ttcorpus(), "clean", str(seeds_dir), "-o", str(tmp_path / "o.jsonl"), "-q", "-j", "1"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert "ttcorpus: error" in proc.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["o.jsonl"]  # no temporary file left


def test_bad_records_among_good_ones(tmp_path: pathlib.Path, seeds_dir: pathlib.Path) -> None:
    text = (seeds_dir / sorted(os.listdir(seeds_dir))[0]).read_text(encoding="utf-8")
    lines = [
        json.dumps({"id": "a", "text": text}, ensure_ascii=False),
        "{broken",
        json.dumps({"id": "b", "body": "x"}),
        json.dumps({"id": "c", "text": ["x"]}),
        json.dumps({"id": "d", "text": text}, ensure_ascii=False),
    ]
    src = tmp_path / "mixed.jsonl"
    src.write_text("\n".join(lines), encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    errors = tmp_path / "errors.jsonl"
    proc = subprocess.run(
        [*_ttcorpus(), "extract", str(tmp_path), "--errors", str(errors), "-q", "-j", "2"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert [json.loads(x)["id"] for x in proc.stdout.splitlines()] == ["a", "d"]
    errs = [json.loads(x) for x in errors.read_text().splitlines()]
    assert [(e["source"].replace(str(tmp_path) + os.sep, ""), e["error"]) for e in errs] == [
        ("empty.txt", "empty"),
        ("image.txt", "binary"),
        ("mixed.jsonl:2", "invalid JSON"),
        ("mixed.jsonl:3", "no text"),
        ("mixed.jsonl:4", "invalid text"),
    ]
    assert len(proc.stderr.strip().splitlines()) == 5  # one line per failed input


def test_python_dash_m_usage_error_exits_2() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "ttcorpus", "clean", "--bogus"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
