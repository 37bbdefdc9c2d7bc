"""The issuer of a document named as the subject that issues it, where the body's
name is one the agency grammar reads but the document finder's short issuer grammar
does not ("Đảng ủy Quân khu 7 đã ban hành Kế hoạch số 12-KH/ĐU": a numbered unit,
a lower-case word inside the name).

The gap between the end of an agency mention and the document must be exactly an
issuing verb phrase, maybe after a term ("khóa XI", read too): a run of up to three
adverbs ("cũng đã"), an issuing verb ("ban hành", "ký", "thông qua"), an optional
count word ("các", "hai") — the same data files as
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

from ttcorpus.extract.docrefs import DATE_AFTER, phrase_trie
from ttcorpus.models import Agency, DateMention, DocRef, replaced
from ttcorpus.resources import data_lines


def _phrases(name: str) -> str:
    """A one-column data file as one pattern, any case (``docrefs.phrase_trie``)."""
    return rf"(?i:{phrase_trie(list(data_lines(name)))})"


# A term of office between the subject and its verb ("Đảng bộ Quân khu 7 khóa XI ban
# hành …"): "khóa" is grammatical glue.
_TERM = r"(?i:khóa|khoá)\s+(?P<term>[IVXL]{1,6})(?!\w)"
_ISSUING_GAP = regex.compile(
    rf"(?:\s+(?:\(\s*{_TERM}\s*\)|{_TERM}))?"
    rf"\s+(?:{_phrases('docref_verb_adverbs.txt')}\s+){{0,3}}"
    rf"{_phrases('docref_issue_verbs.txt')}\s+(?:{_phrases('docref_count_words.txt')}\s+)?"
)
_MAX_GAP = 64  # characters between the body's name and the document
# What joins the members of a list the subject issues ("Kế hoạch 1-KH/ĐU, Chỉ thị
# 2-CT/ĐU và Nghị quyết 3-NQ/ĐU"): a comma, a list word of ``docref_list_words.txt``.
_LIST_WORD = _phrases("docref_list_words.txt")
# A date the previous member states may stand before it ("Chỉ thị 2-CT/ĐU ngày 9-12-2014
# và Kế hoạch 3-KH/ĐU").
_LIST_JOIN = regex.compile(
    rf"(?:{DATE_AFTER})?(?:\s*,\s*(?:{_LIST_WORD}\s+)?|\s+{_LIST_WORD}\s+)"
    rf"(?:{_phrases('docref_count_words.txt')}\s+)?"
)


def fill_subject_issuers(text: str, refs: list[DocRef], agencies: list[Agency]) -> list[DocRef]:
    """``refs`` with ``issuer`` set where it was missing and an agency mention right
    before the document issues it (the gap is an issuing verb phrase); the documents
    listed after it ("…, Chỉ thị 2-CT/ĐU và Nghị quyết 3-NQ/ĐU") share it."""
    if not agencies or all(r.issuer is not None for r in refs):
        return refs
    by_end = {a.end: a for a in agencies}  # (of two ending together, the later one)
    ends = sorted(by_end)
    out: list[DocRef] = []
    # the subject's name and term, while its list of documents runs on
    shared: tuple[str, str | None] | None = None
    for ref in refs:
        if shared is not None and not (out and _LIST_JOIN.fullmatch(text, out[-1].end, ref.start)):
            shared = None
        if ref.issuer is None:
            subject = shared or _subject_before(text, ref.start, by_end, ends)
            if subject is not None:
                ref = replaced(ref, issuer=subject[0], term=ref.term or subject[1])
                shared = subject
        else:
            shared = None
        out.append(ref)
    return out


def _subject_before(
    text: str, start: int, by_end: dict[int, Agency], ends: list[int]
) -> tuple[str, str | None] | None:
    """The agency whose mention ends where an issuing gap before ``start`` begins, the
    nearest first (``ends``: the keys of ``by_end``, sorted), and the term stated in
    the gap."""
    lo = start - _MAX_GAP
    k = bisect.bisect_left(ends, start)  # ends[:k] end before the document
    while k and ends[k - 1] >= lo:
        k -= 1
        if gap := _ISSUING_GAP.fullmatch(text, ends[k], start):
            return by_end[ends[k]].text, gap["term"]
    return None


# A signing date the date finder completes from the dateline ("Quyết định 5862/QĐ-UBND
# do Chủ tịch UBND thành phố ký ngày 18/11"): "ký"/"ban hành" and "ngày" are the glue
# of the date phrase (as in ``docrefs``); what stands between the reference and it is
# one clause (the issuer's "do …"/"của …"), no sentence punctuation, no other document.
_SIGNED_ON = regex.compile(r"(?i:ký|ban\s+hành|ký\s+ban\s+hành)\s+(?:vào\s+)?(?i:ngày)\s+")
_CLAUSE_BREAK = regex.compile(r"[.;:!?()\[\]\"“”\n]")
_MAX_SIGNING_GAP = 120  # characters between the reference and "ký ngày"
_FULL_DATE = regex.compile(r"\d{4}-\d\d-\d\d")


def fill_signing_dates(text: str, refs: list[DocRef], dates: list[DateMention]) -> list[DocRef]:
    """``refs`` with ``date`` set where it was missing and the clause after the
    reference says when it was signed with a date written without its year, which the
    date finder has completed ("ký ngày 18/11" in an article of November 2024).

    >>> from ttcorpus.extract.dates import find_dates
    >>> from ttcorpus.extract.docrefs import find_doc_refs
    >>> text = "Quyết định 12/QĐ-UBND do Chủ tịch UBND tỉnh ký ngày 18/11."
    >>> [r.date for r in fill_signing_dates(text, find_doc_refs(text),
    ...                                     find_dates(text, "2024-11-20"))]
    ['2024-11-18']
    """
    if not dates or all(r.date is not None for r in refs):
        return refs
    full = {d.start: d.value for d in dates if _FULL_DATE.fullmatch(d.value)}
    if not full:
        return refs
    out: list[DocRef] = []
    for i, ref in enumerate(refs):
        if ref.date is None:
            limit = min(ref.end + _MAX_SIGNING_GAP, refs[i + 1].start if i + 1 < len(refs)
                        else len(text))
            value = _signing_date(text, ref.end, limit, full)
            if value is not None:
                ref = replaced(ref, date=value)
        out.append(ref)
    return out


def _signing_date(text: str, pos: int, limit: int, full: dict[int, str]) -> str | None:
    """The completed date of the first "ký ngày …" between ``pos`` and ``limit`` in the
    same clause (``full``: full dates by their start)."""
    cue = _SIGNED_ON.search(text, pos, limit)
    if cue is None or _CLAUSE_BREAK.search(text, pos, cue.start()):
        return None
    for start in (cue.end(), cue.start()):  # the mention may include "ngày" or the cue
        if start in full:
            return full[start]
    day = text.rfind("ngày", cue.start(), cue.end())
    return full.get(day)
