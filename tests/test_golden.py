"""The seeds' full `extract` output is pinned; `make golden` rewrites it after a
deliberate change (then review the diff)."""

from __future__ import annotations

import json

import pytest

from tests.golden.update import GOLDEN, current_records


def test_seeds_output_matches_the_golden_file() -> None:
    if not GOLDEN.exists():
        pytest.fail("no golden file: run `make golden` and review it")
    want = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines()]
    got = current_records()
    assert [r["id"] for r in got] == [r["id"] for r in want]
    for g, w in zip(got, want, strict=True):
        assert g == w, f"{g['id']} differs from the golden file; run `make golden` if intended"
