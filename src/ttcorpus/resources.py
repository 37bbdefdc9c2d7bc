"""Data files under ``ttcorpus/data/``, loaded once and cached.

A data file has one entry a line; ``#`` starts a comment line; blank lines are
ignored. ``.tsv`` files separate columns with a tab.

>>> "Hà Nội" in data_lines("provinces.txt")
True
"""

from __future__ import annotations

import functools
from importlib import resources

import regex


@functools.cache
def data_text(name: str) -> str:
    """The whole text of one data file."""
    return resources.files("ttcorpus").joinpath("data").joinpath(name).read_text(encoding="utf-8")


@functools.cache
def data_lines(name: str) -> tuple[str, ...]:
    """The entries of a one-column data file, comments and blanks skipped."""
    out = []
    for line in data_text(name).splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


@functools.cache
def data_section(name: str, section: str) -> tuple[str, ...]:
    """The entries under one ``# --- section`` heading of a one-column data file
    (up to the next heading).

    >>> data_section("person_titles.txt", "military and police ranks")[:2]
    ('Đại tướng', 'Thượng tướng')
    """
    out: list[str] = []
    inside = False
    for line in data_text(name).splitlines():
        line = line.strip()
        if line.startswith("# ---"):
            inside = line[5:].strip() == section
        elif inside and line and not line.startswith("#"):
            out.append(line)
    if not out:
        raise KeyError(f"{name} has no section {section!r}")
    return tuple(out)


@functools.cache
def data_rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a tab-separated data file, each cell stripped."""
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in data_lines(name))


def phrase_alternation(phrases: tuple[str, ...] | list[str]) -> str:
    """One regex alternation for a phrase list, longest first, escaped, spaces
    matching any run of white space.

    >>> phrase_alternation(["Hà Nội", "Hà"])
    '(?:Hà\\\\s+Nội|Hà)'
    """
    parts = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "(?:" + "|".join(r"\s+".join(regex.escape(w) for w in p.split()) for p in parts) + ")"
