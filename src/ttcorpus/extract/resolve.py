"""Resolve short document references to the full forms they stand for (eyecite's
``resolve`` step, after ``find_doc_refs``).

A short form is a reference without a code ("Chỉ thị số 09", "Chỉ thị 36",
"Kết luận 44"). It takes the ``code``, ``year``, ``id`` and ``scope`` of the full
form of the same type and number in the same text — the nearest one before it, else
the nearest after it — and its ``issuer``, ``date`` and ``term`` where it states none.
A short form whose own issuer differs from the full form's is another document and
is left alone. Mentions of the same document also share what each of them states:
full forms of the same ``id``, and short forms of the same type and number when the
text has no full form for them.

>>> from ttcorpus.extract.docrefs import find_doc_refs
>>> refs = resolve_doc_refs(find_doc_refs(
...     "Chỉ thị số 36-CT/TW ngày 16/8/2019 của Bộ Chính trị … quán triệt Chỉ thị 36, …"))
>>> [(r.text, r.id, r.issuer, r.date) for r in refs]
... # doctest: +NORMALIZE_WHITESPACE
[('Chỉ thị số 36-CT/TW', '36-CT/TW', 'Bộ Chính trị', '2019-08-16'),
 ('Chỉ thị 36', '36-CT/TW', 'Bộ Chính trị', '2019-08-16')]
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
from collections.abc import Sequence
from typing import Any

from ttcorpus.models import DocRef, replaced
from ttcorpus.normalize import fold
from ttcorpus.resources import data_lines

__all__ = ["resolve_doc_refs"]

# What mentions of one document share when one of them states it.
_SHARED_ATTRIBUTES = ("issuer", "date", "term")
# What a short form takes from its full form.
_IDENTITY = ("code", "year", "id", "scope")


def _type_number(ref: DocRef) -> tuple[str, str]:
    """The key a short form shares with its full form: folded type, number without
    leading zeros ("09" and "9" are one number).

    >>> _type_number(DocRef("Chỉ thị số 09", 0, 13, "Chỉ thị", "09"))
    ('chỉ thị', '9')
    """
    return _key(ref.type, ref.number)


@functools.lru_cache(maxsize=4096)
def _key(type_name: str, number: str) -> tuple[str, str]:
    """``_type_number`` of a type and a number, remembered."""
    number = number.lstrip("0") or "0" if number.isdigit() else _folded(number)
    return _folded(type_name), number


@functools.lru_cache(maxsize=4096)
def _folded(word: str) -> str:
    """``fold``, remembered: the same few types and issuers recur in every article."""
    return fold(word)


@functools.lru_cache(maxsize=4096)
def _issuer_key(name: str) -> str:
    """An issuer's name folded with its spaces dropped, for containment tests."""
    return fold(name).replace(" ", "")


@functools.cache
def _titles() -> frozenset[str]:
    """Folded titles of office-holders (``person_titles.txt``, shared with ``people``)."""
    return frozenset(fold(t) for t in data_lines("person_titles.txt"))


def _signer_title(issuer: str | None) -> bool:
    """Whether an issuer is only the title of the one who signed ("Phó Thủ tướng"), no
    body: another mention's body ("Chính phủ") is then the issuer.

    >>> _signer_title("Phó Thủ tướng"), _signer_title("Bộ trưởng Bộ Tài chính")
    (True, False)
    """
    return issuer is not None and _folded(issuer) in _titles()


def _better_issuer(own: str | None, other: str | None) -> bool:
    """Whether ``other`` replaces a stated ``own`` issuer: ``own`` is a signer's title,
    ``other`` a body."""
    return _signer_title(own) and other is not None and not _signer_title(other)


def _same_issuer(a: str | None, b: str | None) -> bool:
    """Two stated issuers name one body when either contains the other (folded,
    spaces ignored): "Ban Bí thư" and "Ban Bí thư Trung ương Đảng" do.

    >>> _same_issuer("Ban Bí thư", "Ban Bí thư Trung ương Đảng")
    True
    >>> _same_issuer("Ban Bí thư", "Bộ Chính trị")
    False
    """
    if not a or not b or _signer_title(a) or _signer_title(b):
        return True
    fa, fb = _issuer_key(a), _issuer_key(b)
    return fa in fb or fb in fa


def _fill_missing(ref: DocRef, source: DocRef, names: tuple[str, ...]) -> DocRef:
    """``ref`` with each of ``names`` it lacks taken from ``source``."""
    changes = {
        name: getattr(source, name)
        for name in names
        if getattr(ref, name) is None and getattr(source, name) is not None
    }
    if "issuer" in names and _better_issuer(ref.issuer, source.issuer):
        changes["issuer"] = source.issuer
    return replaced(ref, **changes) if changes else ref


_SHARED_VALUES = operator.attrgetter(*_SHARED_ATTRIBUTES)


def _first_stated(stated: Sequence[tuple[str | None, ...]]) -> tuple[str | None, ...]:
    """For each shared attribute, the first value stated among the mentions' values
    (``_SHARED_VALUES`` of each), or None.

    >>> _first_stated([(None, "2020-01-02", None), ("Bộ Chính trị", "2021-03-04", None)])
    ('Bộ Chính trị', '2020-01-02', None)
    """
    first = list(stated[0])
    for values in stated[1:]:
        if None not in first:
            break
        for k, value in enumerate(values):
            if first[k] is None:
                first[k] = value
    return tuple(first)


def _share_within(refs: list[DocRef], groups: dict[Any, list[int]]) -> None:
    """Fill, in place, each group's missing shared attributes from the group's others."""
    for members in groups.values():
        if len(members) < 2:
            continue
        stated = [_SHARED_VALUES(refs[i]) for i in members]
        pooled = _first_stated(stated)
        issuer = pooled[0]
        if _signer_title(issuer):  # a body another mention states comes first
            body = next((s[0] for s in stated if s[0] and not _signer_title(s[0])), None)
            issuer = body or issuer
            pooled = (issuer, *pooled[1:])
        for i, own in zip(members, stated, strict=True):
            if None not in own and not _better_issuer(own[0], issuer):
                continue  # (states them all: nothing to take)
            changes = {
                name: value
                for name, mine, value in zip(_SHARED_ATTRIBUTES, own, pooled, strict=True)
                if mine is None and value is not None
            }
            if issuer is not None and _better_issuer(own[0], issuer):
                changes["issuer"] = issuer
            if changes and _same_issuer(own[0], issuer):
                refs[i] = replaced(refs[i], **changes)


def _full_form_for(short: DocRef, fulls: list[DocRef], starts: list[int]) -> DocRef | None:
    """The full form a short form stands for among ``fulls`` (same type and number,
    sorted by ``starts``): a compatible issuer, the nearest before it, else the
    nearest after it; the same year, when both state one ("Nghị quyết số 01/2024" is not
    "Nghị quyết số 01/2023/NQ-HĐND")."""
    at = bisect.bisect_left(starts, short.start)
    for i in itertools.chain(range(at - 1, -1, -1), range(at, len(fulls))):
        if short.year and fulls[i].year and short.year != fulls[i].year:
            continue
        if _same_issuer(short.issuer, fulls[i].issuer):
            return fulls[i]
    return None


def _by_start(ref: DocRef) -> int:
    return ref.start


def resolve_doc_refs(refs: list[DocRef]) -> list[DocRef]:
    """Short forms take their full form's code, id, issuer and date; mentions of one
    document share the attributes any of them states. Order and offsets are kept.

    >>> from ttcorpus.extract.docrefs import find_doc_refs
    >>> [(r.number, r.code, r.issuer) for r in resolve_doc_refs(find_doc_refs(
    ...     "Kết luận 44 nêu rõ … Kết luận số 44-KL/TW của Ban Bí thư"))]
    [('44', 'KL/TW', 'Ban Bí thư'), ('44', 'KL/TW', 'Ban Bí thư')]
    """
    out = list(refs)
    by_id: dict[Any, list[int]] = {}
    shorts: list[int] = []
    for i, ref in enumerate(out):
        if ref.id is None:
            shorts.append(i)
        else:
            by_id.setdefault(ref.id, []).append(i)
    if len(by_id) < len(out) - len(shorts):  # some document is mentioned twice
        _share_within(out, by_id)
    if not shorts:
        return out

    fulls_by_key: dict[tuple[str, str], list[DocRef]] = {}
    for ref in out:
        if ref.id is not None:
            fulls_by_key.setdefault(_type_number(ref), []).append(ref)
    starts = {}
    for key, fulls in fulls_by_key.items():
        fulls.sort(key=_by_start)
        starts[key] = [f.start for f in fulls]
    orphans: dict[Any, list[int]] = {}
    for i in shorts:
        ref = out[i]
        key = _type_number(ref)
        full = _full_form_for(ref, fulls_by_key.get(key, []), starts.get(key, []))
        if full is None:
            orphans.setdefault(key, []).append(i)
            continue
        out[i] = _fill_missing(ref, full, _IDENTITY + _SHARED_ATTRIBUTES)
    _share_within(out, orphans)
    return out
