"""Shared test fixtures."""

from __future__ import annotations

import pathlib
from typing import Any

import pytest

from ttcorpus.pipeline import process_record

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def seeds_dir() -> pathlib.Path:
    """The bundled sample corpus (five real scraped articles)."""
    return SEEDS


@pytest.fixture(scope="session")
def seed_records() -> list[dict[str, Any]]:
    """The seeds through ``clean`` and ``extract``, as records (computed once)."""
    seeds = sorted(SEEDS.glob("*.txt"))
    assert seeds
    return [process_record({"id": p.stem, "text": p.read_text(encoding="utf-8"),
                            "source": str(p)}) for p in seeds]
