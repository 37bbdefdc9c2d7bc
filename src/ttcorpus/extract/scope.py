"""Give local document references the locality of the article they are cited in.

Party committees and people's committees of every province number their own
documents ("174-KH/TU" of Kiên Giang is not "174-KH/TU" of Hà Nội), so a local
document needs its locality to be one document across the corpus. ``find_doc_refs``
takes it from the stated issuer ("Ban Thường vụ Tỉnh ủy Kiên Giang"); where the
issuer names none ("Ban Thường vụ Tỉnh ủy đã có Kế hoạch số 95-KH/TU"), this step
takes the one province named by the article's site or by its agencies
(``data/provinces.txt``). Two provinces, or none, leave the scope None. National
codes (TW, CP, TTg, …) are left alone; so are codes ``data/doc_codes.tsv`` does not
know. A name that is also a person's ("Đoàn TNCS Hồ Chí Minh") counts only after the
words of ``data/scope_namesakes.tsv``.

>>> from ttcorpus.extract.docrefs import find_doc_refs
>>> from ttcorpus.models import Agency
>>> refs = find_doc_refs("Tỉnh ủy có Kế hoạch số 95-KH/TU thực hiện Chỉ thị số 36-CT/TW")
>>> [r.scope for r in infer_scopes(refs, "Báo Tuyên Quang điện tử", [])]
['Tuyên Quang', 'national']
>>> agencies = [Agency("UBND tỉnh Lào Cai", 0, 17, "UBND tỉnh Lào Cai")]
>>> [r.scope for r in infer_scopes(refs, "Báo Tuyên Quang điện tử", agencies)]
[None, 'national']
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import regex

from ttcorpus.extract.docrefs import code_parts
from ttcorpus.models import Agency, DocRef, replaced
from ttcorpus.normalize import fold
from ttcorpus.resources import data_lines, data_rows, phrase_alternation

__all__ = ["infer_scopes", "is_local_code", "provinces_named"]


@functools.cache
def _code_scopes() -> dict[str, str]:
    """Issuer code → "national" or "local" (``doc_codes.tsv``)."""
    return {row[0]: row[1] for row in data_rows("doc_codes.tsv") if len(row) >= 2}


@functools.lru_cache(maxsize=1 << 12)
def is_local_code(code: str | None) -> bool:
    """Whether a document code belongs to a local body: a local issuer part and no
    central one.

    >>> is_local_code("KH/TU"), is_local_code("CT/TW"), is_local_code("KH-TA")
    (True, False, False)
    >>> is_local_code("QĐ-UBND"), is_local_code(None)
    (True, False)
    """
    if not code:
        return False
    scopes = {_code_scopes().get(part) for part in code_parts(code)[1]}
    central = any(part.endswith("TW") for part in code_parts(code)[1])
    return "local" in scopes and "national" not in scopes and not central


@functools.cache
def _provinces() -> dict[str, str]:
    """Folded province name → its first spelling in ``provinces.txt``."""
    out: dict[str, str] = {}
    for name in data_lines("provinces.txt"):
        out.setdefault(fold(name), name)
    return out


@functools.cache
def _namesakes() -> dict[str, tuple[str, ...]]:
    """Folded name → the folded words one of which must stand right before it."""
    out = {}
    for row in data_rows("scope_namesakes.tsv"):
        if len(row) >= 2:
            out[fold(row[0])] = tuple(fold(w) for w in row[1].split(",") if w.strip())
    return out


@functools.cache
def _province_pattern() -> regex.Pattern[str]:
    """Any folded province name, as whole words."""
    return regex.compile(rf"(?<![\w])(?P<name>{phrase_alternation(list(_provinces()))})(?![\w])")


def _counts_as_place(folded: str, name: str, start: int) -> bool:
    """A namesake is a place only after one of its words ("thành phố Hồ Chí Minh")."""
    words = _namesakes().get(name)
    if not words:
        return True
    before = folded[:start].rstrip()
    return any(
        before.endswith(w) and (len(before) == len(w) or not before[-len(w) - 1].isalnum())
        for w in words
    )


def provinces_named(names: Iterable[str | None]) -> set[str]:
    """The provinces and cities named in some names (sites, agencies).

    >>> sorted(provinces_named(["Công an tỉnh Kiên Giang", "Bộ Công an", None]))
    ['Kiên Giang']
    >>> provinces_named(["Đoàn TNCS Hồ Chí Minh"]), provinces_named(["Công an TP. Hồ Chí Minh"])
    (set(), {'Hồ Chí Minh'})
    """
    found: set[str] = set()
    for name in names:
        if name:
            found |= _provinces_in(name)
    return found


@functools.lru_cache(maxsize=1 << 14)
def _provinces_in(name: str) -> frozenset[str]:
    """The provinces one name names (cached: bodies and sites recur across articles).

    >>> sorted(_provinces_in("Sở Tư pháp tỉnh Kiên Giang"))
    ['Kiên Giang']
    """
    folded = fold(name)
    return frozenset(
        _provinces()[m.group("name")]
        for m in _province_pattern().finditer(folded)
        if _counts_as_place(folded, m.group("name"), m.start())
    )


def _one_province(names: Iterable[str | None]) -> str | None:
    """The one province named by ``names``, or None for none or several (reading
    stops at a second one: the same answer as ``provinces_named``, sooner).

    >>> _one_province(["Báo Lào Cai", "UBND tỉnh Lào Cai", None]), _one_province([])
    ('Lào Cai', None)
    >>> _one_province(["UBND tỉnh Lào Cai", "Công an tỉnh Yên Bái", "Bộ Công an"])
    """
    found: set[str] = set()
    for name in names:
        if name:
            found |= _provinces_in(name)
            if len(found) > 1:
                return None
    return next(iter(found)) if found else None


def infer_scopes(refs: list[DocRef], site: str | None, agencies: Iterable[Agency]) -> list[DocRef]:
    """``refs`` (same order and offsets) with each local reference whose scope is
    unknown given the one province named by ``site`` or ``agencies``, if exactly one is."""
    if not any(r.scope is None and is_local_code(r.code) for r in refs):
        return list(refs)
    place = _one_province([site, *(a.name for a in agencies)])
    if place is None:
        return list(refs)
    return [
        replaced(r, scope=place) if r.scope is None and is_local_code(r.code) else r
        for r in refs
    ]
