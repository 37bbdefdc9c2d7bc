"""The issuer of a document named as the subject that issues it, where the body's
name is one the agency grammar reads but the document finder's short issuer grammar
does not ("Đảng ủy Quân khu 7 đã ban hành Kế hoạch số 12-KH/ĐU": a numbered unit,
a lower-case word inside the name).

The gap between the end of an agency mention and the document must be exactly an
issuing verb phrase: an optional adverb ("đã", "vừa"), an issuing verb ("ban hành",
"ký", "thông qua"), an optional count word ("các", "hai") — the same data files as
``docrefs`` reads (``docref_verb_adverbs.txt``, ``docref_issue_verbs.txt``,
``docref_count_words.txt``).

>>> from ttcorpus.extract.agencies import find_agencies
>>> from ttcorpus.extract.docrefs import find_doc_refs
>>> text = "Đảng ủy Quân khu 7 đã ban hành Kế hoạch số 12-KH/ĐU về công tác dân vận."
>>> [r.issuer for r in fill_subject_issuers(text, find_doc_refs(text), find_agencies(text))]
['Đảng ủy Quân khu 7']
"""

from __future__ import annotations

import bisect

import regex

from ttcorpus.extract.docrefs import phrase_trie
from ttcorpus.models import Agency, DocRef, replaced
from ttcorpus.resources import data_lines


def _phrases(name: str) -> str:
    """A one-column data file as one pattern, any case (``docrefs.phrase_trie``)."""
    return rf"(?i:{phrase_trie(list(data_lines(name)))})"


_ISSUING_GAP = regex.compile(
    rf"\s+(?:{_phrases('docref_verb_adverbs.txt')}\s+)?"
    rf"{_phrases('docref_issue_verbs.txt')}\s+(?:{_phrases('docref_count_words.txt')}\s+)?"
)
_MAX_GAP = 40  # characters between the body's name and the document
# What joins the members of a list the subject issues ("Kế hoạch 1-KH/ĐU, Chỉ thị
# 2-CT/ĐU và Nghị quyết 3-NQ/ĐU"): a comma, a list word of ``docref_list_words.txt``.
_LIST_WORD = _phrases("docref_list_words.txt")
_LIST_JOIN = regex.compile(rf"\s*,\s*(?:{_LIST_WORD}\s+)?|\s+{_LIST_WORD}\s+")


def fill_subject_issuers(text: str, refs: list[DocRef], agencies: list[Agency]) -> list[DocRef]:
    """``refs`` with ``issuer`` set where it was missing and an agency mention right
    before the document issues it (the gap is an issuing verb phrase); the documents
    listed after it ("…, Chỉ thị 2-CT/ĐU và Nghị quyết 3-NQ/ĐU") share it."""
    if not agencies or all(r.issuer is not None for r in refs):
        return refs
    by_end = {a.end: a for a in agencies}  # (of two ending together, the later one)
    ends = sorted(by_end)
    out: list[DocRef] = []
    shared: str | None = None  # the subject's name, while its list of documents runs on
    for ref in refs:
        if shared is not None and not (out and _LIST_JOIN.fullmatch(text, out[-1].end, ref.start)):
            shared = None
        if ref.issuer is None:
            issuer = shared or _subject_before(text, ref.start, by_end, ends)
            if issuer is not None:
                ref = replaced(ref, issuer=issuer)
                shared = issuer
        else:
            shared = None
        out.append(ref)
    return out


def _subject_before(
    text: str, start: int, by_end: dict[int, Agency], ends: list[int]
) -> str | None:
    """The agency whose mention ends where an issuing gap before ``start`` begins, the
    nearest first (``ends``: the keys of ``by_end``, sorted)."""
    lo = start - _MAX_GAP
    k = bisect.bisect_left(ends, start)  # ends[:k] end before the document
    while k and ends[k - 1] >= lo:
        k -= 1
        if _ISSUING_GAP.fullmatch(text, ends[k], start):
            return by_end[ends[k]].text
    return None
