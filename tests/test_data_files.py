"""Every data file is documented (header comment, listed in data/README.md),
read by the code, and loads cleanly."""

from __future__ import annotations

import pathlib

import pytest

from ttcorpus.resources import data_lines, data_rows, data_section

DATA = pathlib.Path(__file__).resolve().parent.parent / "src" / "ttcorpus" / "data"
SRC = DATA.parent
FILES = sorted(p for p in DATA.iterdir() if p.suffix in (".txt", ".tsv"))
CODE = "\n".join(p.read_text(encoding="utf-8") for p in SRC.rglob("*.py"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_data_file_is_documented_used_and_loads(path: pathlib.Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("#"), "a data file opens with a header comment"
    assert f"`{path.name}`" in (DATA / "README.md").read_text(encoding="utf-8")
    stem_used = path.name in CODE or path.stem in CODE
    assert stem_used, f"{path.name} is not read by any module"
    entries = data_rows(path.name) if path.suffix == ".tsv" else data_lines(path.name)
    assert entries, "no entries"
    assert len(set(entries)) == len(entries) or path.suffix == ".tsv", "duplicate entries"


def test_a_data_section_is_read_up_to_the_next_heading() -> None:
    ranks = data_section("person_titles.txt", "military and police ranks")
    assert "Thiếu tá" in ranks and "Bộ trưởng" not in ranks
    with pytest.raises(KeyError):
        data_section("person_titles.txt", "no such section")


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_readme_counts_the_entries(path: pathlib.Path) -> None:
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    row = next(line for line in readme.splitlines() if line.startswith(f"| `{path.name}` |"))
    entries = data_rows(path.name) if path.suffix == ".tsv" else data_lines(path.name)
    assert row.split("|")[2].strip() == str(len(entries))
