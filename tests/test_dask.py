"""The Dask path gives the same records as the CLI (local cluster, 2 workers)."""

from __future__ import annotations

import json
import pathlib

import pytest
from typer.testing import CliRunner

from ttcorpus.cli import app

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("dask.distributed")


def _corpus(tmp_path: pathlib.Path, seeds_dir: pathlib.Path) -> list[pathlib.Path]:
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(seeds_dir.glob("*.txt"))]
    files = []
    for part in range(2):
        path = tmp_path / "in" / f"part{part}.jsonl"
        path.parent.mkdir(exist_ok=True)
        lines = [
            json.dumps(
                {"id": f"{stem}-{part}", "text": text, "url": f"u{part}"}, ensure_ascii=False
            )
            for stem, text in texts
        ]
        if part == 1:
            lines.insert(2, "{not json")
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        files.append(path)
    return files


@pytest.mark.slow
def test_dask_equals_cli_on_the_seeds(tmp_path: pathlib.Path, seeds_dir: pathlib.Path) -> None:
    from ttcorpus.integrations.dask import run_jsonl

    files = _corpus(tmp_path, seeds_dir)
    cli = CliRunner().invoke(app, ["extract", *map(str, files), "-q", "-j", "1"])
    assert cli.exit_code == 1  # the broken line
    want = [json.loads(x) for x in cli.stdout.splitlines()]

    out = tmp_path / "out"
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        run_jsonl(str(tmp_path / "in" / "*.jsonl"), str(out))
    got = [
        json.loads(x)
        for p in sorted(out.glob("part-*.jsonl"))
        for x in p.read_text(encoding="utf-8").splitlines()
        if x.strip()
    ]
    assert len(got) == len(want) == 10
    assert got == want
    errors = [
        json.loads(x)
        for p in sorted((out / "errors").glob("*.jsonl"))
        for x in p.read_text(encoding="utf-8").splitlines()
        if x.strip()
    ]
    assert [e["error"] for e in errors] == ["invalid JSON"]
    assert errors[0]["source"].endswith("part1.jsonl:3")
