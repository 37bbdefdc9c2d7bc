"""Short views of ``find_agencies`` output shared by the agency test files.

>>> names("Sở Tài chính tỉnh Nam Định họp.")
['Sở Tài chính tỉnh Nam Định']
"""

from __future__ import annotations

from ttcorpus.extract.agencies import find_agencies


def names(text: str) -> list[str]:
    """The agency names found in ``text``, in order."""
    return [a.name for a in find_agencies(text)]


def canonicals(text: str) -> list[str | None]:
    """The canonical names of the agencies found in ``text``, in order."""
    return [a.canonical for a in find_agencies(text)]


def pairs(text: str) -> list[tuple[str, str | None]]:
    """(name, canonical) of each agency found in ``text``, in order."""
    return [(a.name, a.canonical) for a in find_agencies(text)]
