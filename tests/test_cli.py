"""The command line, through Typer's CliRunner and once through a real pipe."""

from __future__ import annotations

import json
import pathlib
import shutil
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from ttcorpus.cli import app

runner = CliRunner()

ARTICLE = """Tỉnh ủy Bắc Ninh sơ kết công tác dân vận

Thứ Ba, 05/03/2024 - 09:10

Sáng 5/3, Tỉnh ủy Bắc Ninh tổ chức hội nghị sơ kết công tác dân vận năm 2023.

Các đại biểu đã thảo luận và thống nhất phương hướng cho năm tới.

Minh Anh

Chia sẻ: Facebook | Zalo
"""


def _records(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_clean_seeds_to_stdout(seeds_dir: pathlib.Path) -> None:
    result = runner.invoke(app, ["clean", str(seeds_dir), "--quiet", "-j", "1"])
    assert result.exit_code == 0, result.output
    records = _records(result.stdout)
    assert [r["id"] for r in records] == sorted(p.stem for p in seeds_dir.glob("*.txt"))
    for r in records:
        assert r["text"] and isinstance(r["removed"], list)
        assert set(r) >= {
            "id",
            "source",
            "title",
            "published",
            "authors",
            "attribution",
            "site",
            "section",
            "text",
            "removed",
        }
    assert result.stderr == ""


def test_output_file_and_summary(tmp_path: pathlib.Path, seeds_dir: pathlib.Path) -> None:
    out = tmp_path / "o" / "seeds.jsonl"
    result = runner.invoke(app, ["clean", str(seeds_dir), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert len(_records(out.read_text())) == 5
    assert "articles" in result.stderr and "removed lines" in result.stderr


def test_unreadable_input_is_reported_and_others_go_through(tmp_path: pathlib.Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    result = runner.invoke(
        app,
        [
            "clean",
            str(tmp_path / "missing.txt"),
            str(good),
            "--errors",
            str(errors),
            "-q",
            "-j",
            "1",
        ],
    )
    assert result.exit_code == 1
    assert [r["id"] for r in _records(result.stdout)] == ["good"]
    assert "missing.txt: not found" in result.stderr
    assert "Traceback" not in result.output
    (err,) = _records(errors.read_text())
    assert err == {
        "source": str(tmp_path / "missing.txt"),
        "error": "not found",
        "detail": "no such file or directory",
    }


def test_usage_error_exits_2() -> None:
    result = runner.invoke(app, ["clean", "--no-such-option", "x"])
    assert result.exit_code == 2
    result = runner.invoke(app, ["clean"])
    assert result.exit_code == 2


def test_stdin_plain_text_is_one_article() -> None:
    result = runner.invoke(app, ["clean", "-", "-q", "-j", "1"], input=ARTICLE)
    assert result.exit_code == 0, result.output
    (rec,) = _records(result.stdout)
    assert rec["id"] == "stdin"
    assert "Sáng 5/3, Tỉnh ủy Bắc Ninh" in rec["text"]


def test_stdin_jsonl_with_custom_fields_passes_other_fields_through() -> None:
    lines = [
        json.dumps({"doc": f"d{i}", "body": ARTICLE, "url": f"http://x/{i}"}, ensure_ascii=False)
        for i in range(2)
    ]
    result = runner.invoke(
        app,
        ["clean", "-", "--text-field", "body", "--id-field", "doc", "-q", "-j", "1"],
        input="\n" + "\n".join(lines),
    )
    assert result.exit_code == 0, result.output
    recs = _records(result.stdout)
    assert [r["id"] for r in recs] == ["d0", "d1"]
    assert [r["url"] for r in recs] == ["http://x/0", "http://x/1"]
    assert all("body" not in r for r in recs)  # the consumed text field becomes text/removed
    assert recs[0]["source"] == "<stdin>:2"


def test_extract_of_clean_output_equals_extract_of_raw(seeds_dir: pathlib.Path) -> None:
    cleaned = runner.invoke(app, ["clean", str(seeds_dir), "-q", "-j", "1"])
    via_pipe = runner.invoke(app, ["extract", "-", "-q", "-j", "1"], input=cleaned.stdout)
    direct = runner.invoke(app, ["extract", str(seeds_dir), "-q", "-j", "1"])
    assert via_pipe.exit_code == direct.exit_code == 0
    assert _records(via_pipe.stdout) == _records(direct.stdout)
    assert "doc_refs" in _records(direct.stdout)[0]


def test_jobs_2_gives_the_same_bytes_as_jobs_1(seeds_dir: pathlib.Path) -> None:
    one = runner.invoke(app, ["extract", str(seeds_dir), "-q", "-j", "1"])
    two = runner.invoke(app, ["extract", str(seeds_dir), "-q", "-j", "2"])
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("ttcorpus ")


def _ttcorpus() -> list[str]:
    exe = pathlib.Path(sys.executable).with_name("ttcorpus")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("ttcorpus")
    return [found] if found else [sys.executable, "-m", "ttcorpus"]


def _shell(pipeline: str) -> subprocess.CompletedProcess[str]:
    """Run a shell pipeline as a user would type it; its output and exit code."""
    return subprocess.run(
        pipeline, shell=True, capture_output=True, text=True, timeout=120, check=False
    )


def test_installed_command_in_a_real_pipe(seeds_dir: pathlib.Path) -> None:
    """`ttcorpus clean seeds/ | ttcorpus extract -` through the OS, like a user."""
    cmd = " ".join(_ttcorpus())
    proc = _shell(f"{cmd} clean {seeds_dir} -q | {cmd} extract - -q")
    assert proc.returncode == 0, proc.stderr
    recs = _records(proc.stdout)
    assert len(recs) == 5 and all("dates" in r for r in recs)


def test_closed_pipe_ends_quietly(seeds_dir: pathlib.Path) -> None:
    cmd = " ".join(_ttcorpus())
    proc = _shell(f"{cmd} clean {seeds_dir} {seeds_dir} {seeds_dir} -q -j 1 | head -c 10")
    assert "Traceback" not in proc.stderr
    assert "Broken pipe" not in proc.stderr


@pytest.mark.parametrize("module_args", [["-m", "ttcorpus", "--version"]])
def test_python_dash_m(module_args: list[str]) -> None:
    proc = subprocess.run(
        [sys.executable, *module_args], capture_output=True, text=True, timeout=60, check=False
    )
    assert proc.returncode == 0 and proc.stdout.startswith("ttcorpus ")
