"""The issuer of a document named as the subject that issues it, where the body's
name is one the agency grammar reads but the document finder's short issuer grammar
does not ("Đảng ủy Quân khu 7 đã ban hành Kế hoạch số 12-KH/ĐU": a numbered unit,
a lower-case word inside the name).

The gap between the end of an agency mention and the document must be exactly an
issuing verb phrase, maybe after a term ("khóa XI", read too): a run of up to three
adverbs ("cũng đã"), an issuing verb ("ban hành", "ký", "thông qua"), an optional
count word ("các", "hai") — the same data files as
``docrefs`` reads (``docref_verb_adverbs.txt``, ``docref_issue_verbs.txt``,
``docref_count_words.txt``). A body a signer acts for ("Thay mặt Ban Thường vụ
Tỉnh ủy, đồng chí … ký ban hành …", "… do … ký thay mặt UBND tỉnh",
``docref_on_behalf.txt``) is the issuer in place of the signer.

>>> from ttcorpus.extract.agencies import find_agencies
>>> from ttcorpus.extract.docrefs import find_doc_refs
>>> text = "Đảng ủy Quân khu 7 đã ban hành Kế hoạch số 12-KH/ĐU về công tác dân vận."
>>> [r.issuer for r in fill_subject_issuers(text, find_doc_refs(text), find_agencies(text))]
['Đảng ủy Quân khu 7']
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata

import regex

from ttcorpus.extract.docrefs import (
    DATE_AFTER,
    FRONTED_REACH,
    code_parts,
    code_scope,
    fronted_day_month,
    has_issuing_subject,
    initials_fit,
    issuer_scope,
    joined_over_title,
    phrase_trie,
    same_kind,
    single_spaced,
)
from ttcorpus.models import Agency, DateMention, DocRef, replaced
from ttcorpus.normalize import fold
from ttcorpus.resources import data_lines, data_rows


def _phrases(name: str) -> str:
    """A one-column data file as one pattern, any case (``docrefs.phrase_trie``)."""
    return rf"(?i:{phrase_trie(list(data_lines(name)))})"


# A term of office between the subject and its verb ("Đảng bộ Quân khu 7 khóa XI ban
# hành …"): "khóa" is grammatical glue.
_TERM = r"(?i:khóa|khoá)\s+(?P<term>[IVXL]{1,6})(?!\w)"
_ISSUE_VERB = _phrases("docref_issue_verbs.txt")
# An issuing verb phrase right before the document: adverbs, the verb, a count word.
_VERB_PHRASE = (
    rf"\s+(?:{_phrases('docref_verb_adverbs.txt')}\s+){{0,3}}"
    rf"{_ISSUE_VERB}\s+(?:{_phrases('docref_count_words.txt')}\s+)?"
)
_ISSUING_GAP = regex.compile(rf"(?:\s+(?:\(\s*{_TERM}\s*\)|{_TERM}))?{_VERB_PHRASE}")
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
    listed after it ("…, Chỉ thị 2-CT/ĐU và Nghị quyết 3-NQ/ĐU") share it. Then a body
    a signer acts for ("thay mặt …", see ``fill_on_behalf``) is the issuer."""
    if any(r.issuer is None for r in refs):
        refs = fill_bare_subjects(text, refs)
    if any(r.issuer in _BARE_HEADS for r in refs):
        refs = fill_bare_heads(refs, agencies, text)
    if not agencies:
        return refs
    found = fill_longer_issuers(text, refs, agencies)
    if any(r.issuer is None for r in found):
        found = _fill_subjects(text, found, agencies)
    found = fill_on_behalf(text, found, agencies)
    if any(r.issuer is None for r in found):
        found = share_named_issuer(text, found)
    if any(r.issuer is None for r in found) and _COLON in text:
        found = fill_listed(text, found, agencies)
    return [
        _rescoped(ref) if ref.issuer != old.issuer and ref.scope is None and ref.code else ref
        for old, ref in zip(refs, found, strict=True)
    ]


def _rescoped(ref: DocRef) -> DocRef:
    """``ref`` with the scope its new issuer gives (``docrefs.issuer_scope``)."""
    assert ref.code is not None
    scope = issuer_scope(code_scope(ref.code), ref.issuer)
    return ref if scope is None else replaced(ref, scope=scope)


# A head word or office standing alone as an issuer → the head of the body it stands for.
_BARE_HEADS = {row[0]: row[1] for row in data_rows("issuer_bare_heads.tsv")}


def fill_bare_heads(refs: list[DocRef], agencies: list[Agency], text: str) -> list[DocRef]:
    """``refs`` with an issuer that is a bare head word ("Bộ") or office ("Bộ trưởng")
    replaced by the one body of that head named earlier in the article ("Bộ Tài chính";
    for an office, one named right after it first); None when there is no such body
    or several (``issuer_bare_heads.tsv``).

    >>> from ttcorpus.extract.agencies import find_agencies
    >>> from ttcorpus.extract.docrefs import find_doc_refs
    >>> text = "Bộ Tài chính họp. Bộ cũng ban hành Thông tư số 7/2025/TT-BTC."
    >>> [r.issuer for r in fill_bare_heads(find_doc_refs(text), find_agencies(text), text)]
    ['Bộ Tài chính']
    """
    out = list(refs)
    for k, ref in enumerate(out):
        head = _BARE_HEADS.get(ref.issuer or "")
        if head is None:
            continue
        bare = ref.issuer
        assert bare is not None
        bodies: dict[str, str] = {}  # canonical name → the latest mention as written
        after_office: dict[str, str] = {}
        for a in agencies:
            if a.start >= ref.start:
                continue
            name = " ".join(a.text.split())
            if not name.startswith(head + " ") or name == bare:
                continue
            key = fold(a.canonical or a.name)
            bodies[key] = name
            if bare != head and text[max(0, a.start - len(bare) - 1) : a.start] == bare + " ":
                after_office[key] = name
        chosen = after_office if after_office else bodies
        body = next(iter(chosen.values())) if len(chosen) == 1 else None
        out[k] = replaced(ref, issuer=body)
    return out


# A bare word or office of the table opening the clause that issues the document ("…;
# Thống đốc đã ký Chỉ thị số 06/CT-NHNN", "…, tỉnh đã ban hành Quyết định …"), which the
# document finder reads no issuer from (no head of ``docref_issuer_heads.txt``): read
# backwards from the document.
_BARE_SUBJECT = regex.compile(
    rf"(?r)(?:^|[.,;:!?(\n\"“])\s*(?P<bare>{phrase_trie(list(_BARE_HEADS))})"
    rf"{_VERB_PHRASE}"
)


def fill_bare_subjects(text: str, refs: list[DocRef]) -> list[DocRef]:
    """``refs`` with a missing issuer set to the bare word or office of
    ``issuer_bare_heads.tsv`` that opens the clause issuing it ("…, tỉnh đã ban hành
    Quyết định số 3225/QĐ-UBND"), for ``fill_bare_heads`` to resolve, when the code's
    initials name its body ("UBND tỉnh"; not "…, tỉnh đã ban hành Kế hoạch số 5-KH/TU").

    >>> from ttcorpus.extract.docrefs import find_doc_refs
    >>> text = "Để triển khai, Thống đốc đã ký Chỉ thị số 6/CT-NHNN."
    >>> [r.issuer for r in fill_bare_subjects(text, find_doc_refs(text))]
    ['Thống đốc']
    """
    out = list(refs)
    for k, ref in enumerate(out):
        if ref.issuer is not None:
            continue
        found = _BARE_SUBJECT.match(text, max(0, ref.start - _MAX_GAP), ref.start)
        if found is not None and ref.code and initials_fit(_BARE_HEADS[found["bare"]], ref.code):
            out[k] = replaced(ref, issuer=found["bare"])
    return out


# The glue before an issuer named after its document ("của", "do"; as in ``docrefs``).
_OF_OR_BY = regex.compile(r"(?<!\w)(?i:của|do)\s+$")
_MAX_ATTRIBUTES_GAP = 80  # characters between a document and "của <issuer>"


def fill_longer_issuers(text: str, refs: list[DocRef], agencies: list[Agency]) -> list[DocRef]:
    """``refs`` with an issuer read after "của"/"do" that stops inside a body's name
    replaced by the agency mention that starts where it does and runs on past a word
    the document grammar does not read: a symbol inside an abbreviation ("Bộ GD&ĐT"),
    a lower-case syllable of a title word ("Bộ Tư lệnh Bộ đội Biên phòng").

    >>> from ttcorpus.extract.agencies import find_agencies
    >>> from ttcorpus.extract.docrefs import find_doc_refs
    >>> text = "Thông tư số 5/2021/TT-BGDĐT ngày 1/3/2021 của Bộ GD&ĐT quy định về trường."
    >>> [r.issuer for r in fill_longer_issuers(text, find_doc_refs(text), find_agencies(text))]
    ['Bộ GD&ĐT']
    """
    by_start = {a.start: a for a in agencies}
    out = list(refs)
    for k, ref in enumerate(out):
        name = ref.issuer
        if name is None:
            continue
        at = text.find(name, ref.end, ref.end + _MAX_ATTRIBUTES_GAP + len(name))
        body = by_start.get(at)
        if body is None or len(body.text) <= len(name) or not body.text.startswith(name):
            continue
        if not _OF_OR_BY.search(text, ref.end, at):
            continue
        nxt = body.text[len(name)]
        if nxt.isspace() and not body.text[len(name) + 1 :][:1].islower():
            continue  # a capitalised word the document grammar left out on purpose
        out[k] = replaced(ref, issuer=single_spaced(body.text))
    return out


def _fill_subjects(text: str, refs: list[DocRef], agencies: list[Agency]) -> list[DocRef]:
    """``fill_subject_issuers`` without the bodies signers act for."""
    by_end = {a.end: a for a in agencies}  # (of two ending together, the later one)
    ends = sorted(by_end)
    out: list[DocRef] = []
    # the subject's name and term, while its list of documents runs on
    shared: tuple[str, str | None] | None = None
    # the nouns the shared subject counted ("14 văn bản …, trong đó có …"), or ""
    counted = ""
    for ref in refs:
        if shared is not None and not (
            out
            and (
                _listed_after(text, out[-1], ref)
                or (counted and _counted_after(text, out[-1], ref, counted))
            )
        ):
            shared, counted = None, ""
        if ref.issuer is None:
            subject = shared or _subject_before(text, ref.start, by_end, ends)
            if subject is None and (found := _counted_nouns(text, ref, by_end, ends)):
                if _counts(found[2], ref):
                    subject, counted = found[:2], found[2]
            subject = subject or _clause_subject(text, ref, agencies)
            if subject is not None:
                ref = replaced(ref, issuer=single_spaced(subject[0]), term=ref.term or subject[1])
                shared = subject
        else:
            shared, counted = None, ""
        out.append(ref)
    return out


def share_named_issuer(text: str, refs: list[DocRef]) -> list[DocRef]:
    """``refs`` where a document without an issuer listed right after another (a join,
    or the other's title clause and a join, of any type) takes the other's issuer when
    its own code's initials name that body ("Bộ Tài chính đã ban hành Công văn số
    9876/BTC-ĐT hướng dẫn chuyển tiếp và Thông tư số 38/2025/TT-BTC": TT-BTC, Bộ Tài
    chính); not a code that names another body or none ("… về cư trú và Chỉ thị số
    7/CT-TTg"), where the second document may be the first one's topic.

    >>> from ttcorpus.extract.docrefs import find_doc_refs
    >>> text = "Bộ Y tế ban hành Công văn số 5/BYT-KH hướng dẫn và Thông tư số 2/2025/TT-BYT."
    >>> [r.issuer for r in share_named_issuer(text, find_doc_refs(text))]
    ['Bộ Y tế', 'Bộ Y tế']
    """
    out = list(refs)
    for k in range(1, len(out)):
        ref, before = out[k], out[k - 1]
        if ref.issuer is not None or before.issuer is None or not ref.code:
            continue
        if not initials_fit(before.issuer, ref.code):
            continue
        dated = _DATED.match(text, before.end, ref.start)  # ("…/BTC-ĐT| ngày 10/7/2025|")
        end = dated.end() if dated else before.end
        if _LIST_JOIN.fullmatch(text, before.end, ref.start) or joined_over_title(
            text, end, ref.start
        ):
            out[k] = replaced(ref, issuer=before.issuer)
    return out


def _counted_after(text: str, before: DocRef, ref: DocRef, counted: str) -> bool:
    """Whether ``ref``, of a type ``counted`` counts, follows the title clause of
    ``before`` and a join in a list of counted documents ("… trong đó có Chỉ thị số
    28-CT/TU về phòng ngừa tham nhũng và Kế hoạch số 245-KH/TU")."""
    if not _counts(counted, ref):
        return False
    dated = _DATED.match(text, before.end, ref.start)  # ("… 28-CT/TU| ngày 10/1/2024|")
    return joined_over_title(text, dated.end() if dated else before.end, ref.start)


_DATED = regex.compile(DATE_AFTER)



def _listed_after(text: str, before: DocRef, ref: DocRef) -> bool:
    """Whether ``ref`` is listed right after ``before``: a join, or the title clause of
    ``before`` and a join when both are of one kind ("Kế hoạch số 12-KH/ĐU về công tác
    dân vận và Kế hoạch số 13-KH/ĐU")."""
    if _LIST_JOIN.fullmatch(text, before.end, ref.start):
        return True
    return same_kind(before, ref) and joined_over_title(text, before.end, ref.start)


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


# ---------------------------------------------------------------- counted documents
# "Huyện ủy Mường La đã ban hành| 14 nghị quyết, 22 kế hoạch, trong đó có |Kế hoạch số
# 156-KH/HU": after the issuing verb phrase, counted nouns (a number and up to five
# lower-case words, joined by commas or list words), then a cue of
# ``docref_among_cues.txt``; the document's type must be one of the nouns counted.
_AMONG = _phrases("docref_among_cues.txt")
_AMONG_BEFORE = regex.compile(rf"(?r)(?<!\w){_AMONG}\s+")
_LOWER_RUN = r"[\p{Ll}\p{M}]{1,12}(?:\s+[\p{Ll}\p{M}]{1,12}){0,4}"
# A counted noun may hold words after a comma ("14 văn bản lãnh đạo, chỉ đạo").
_COUNTED = rf"\d{{1,4}}\s+{_LOWER_RUN}(?:\s*,\s*(?!{_AMONG}){_LOWER_RUN}){{0,2}}"
# Nouns that count documents of any type ("văn bản"): ``docref_generic_nouns.txt``.
_GENERIC_NOUNS = tuple(" " + fold(w) + " " for w in data_lines("docref_generic_nouns.txt"))
_MAX_COUNTED = 8
_COUNTED_GAP = regex.compile(
    rf"(?:\s+(?:\(\s*{_TERM}\s*\)|{_TERM}))?{_VERB_PHRASE}"
    rf"(?P<list>{_COUNTED}(?:(?:\s*,\s*(?:{_LIST_WORD}\s+)?|\s+{_LIST_WORD}\s+){_COUNTED})"
    rf"{{0,{_MAX_COUNTED}}})\s*,?\s*{_AMONG}\s+"
)
_MAX_COUNTED_GAP = 300  # characters between the subject's name and the document
_NOT_LETTER = regex.compile(r"[^\p{L}\p{M}]+")


def _counted_subject(
    text: str, ref: DocRef, by_end: dict[int, Agency], ends: list[int]
) -> tuple[str, str | None] | None:
    """The agency that issued documents it counts, one of which is ``ref``: "Huyện ủy
    Mường La đã ban hành 14 nghị quyết, 22 kế hoạch, trong đó có Kế hoạch số 156-KH/HU"
    (the type, "kế hoạch", among the nouns counted); and the term stated (``ends``: the
    keys of ``by_end``, sorted).

    >>> from ttcorpus.extract.agencies import find_agencies
    >>> from ttcorpus.extract.docrefs import find_doc_refs
    >>> text = "Huyện ủy Mường La ban hành 9 nghị quyết, 5 kế hoạch, trong đó có Kế hoạch 6-KH/HU"
    >>> found = {a.end: a for a in find_agencies(text)}
    >>> _counted_subject(text, find_doc_refs(text)[0], found, sorted(found))
    ('Huyện ủy Mường La', None)
    """
    found = _counted_nouns(text, ref, by_end, ends)
    return found[:2] if found is not None and _counts(found[2], ref) else None


def _counted_nouns(
    text: str, ref: DocRef, by_end: dict[int, Agency], ends: list[int]
) -> tuple[str, str | None, str] | None:
    """``_counted_subject`` before checking the type: the agency, the term and the
    nouns counted (folded, each word with a space either side), or None."""
    start = ref.start
    if _AMONG_BEFORE.match(text, max(0, start - 24), start) is None:
        return None
    lo = start - _MAX_COUNTED_GAP
    k = bisect.bisect_left(ends, start)
    while k and ends[k - 1] >= lo:
        k -= 1
        gap = _COUNTED_GAP.fullmatch(text, ends[k], start)
        if gap is not None:
            counted = " " + fold(_NOT_LETTER.sub(" ", gap["list"])) + " "
            return by_end[ends[k]].text, gap["term"], counted
    return None


def _counts(counted: str, ref: DocRef) -> bool:
    """Whether folded counted nouns (``_counted_nouns``) count ``ref``: its type is one
    of them, or a noun of ``docref_generic_nouns.txt`` is."""
    return " " + fold(ref.type) + " " in counted or any(g in counted for g in _GENERIC_NOUNS)


# ---------------------------------------------------------------- a clause's subject
# "Bộ Công an đã tham mưu Chính phủ ban hành Nghị định số 69/2024/NĐ-CP|, đồng thời ban
# hành |Thông tư số 17/2024/TT-BCA": a verb coordinated with the clause's first one
# (``docref_coordinators.txt``) has the clause's subject, read backwards from the
# document; the subject opens the sentence or a clause after a comma ("Trong quý I, Bộ
# Công an …") and must be the body the document's code names.
_COORDINATED_VERB = regex.compile(
    rf"(?r)(?<!\w){_phrases('docref_coordinators.txt')}{_VERB_PHRASE}"
)
_SENTENCE_BREAK_BACK = regex.compile(r"(?r)[.;!?](?=\s)|\n")
_MAX_CLAUSE = 300  # characters from the subject to the document


def _clause_subject(
    text: str, ref: DocRef, agencies: list[Agency]
) -> tuple[str, str | None] | None:
    """The subject of the clause whose coordinated verb issues ``ref`` (", đồng thời
    ban hành …"), when ``ref``'s code names it, the nearest first.

    >>> from ttcorpus.extract.agencies import find_agencies
    >>> from ttcorpus.extract.docrefs import find_doc_refs
    >>> text = ("Bộ Công an đã trình Chính phủ ban hành Nghị định số 1/2024/NĐ-CP, đồng thời "
    ...         "ban hành Thông tư số 2/2024/TT-BCA.")
    >>> _clause_subject(text, find_doc_refs(text)[1], find_agencies(text))
    ('Bộ Công an', None)
    """
    if not ref.code or not code_parts(ref.code)[1]:
        return None
    start = ref.start
    verb = _COORDINATED_VERB.match(text, max(0, start - _MAX_GAP), start)
    if verb is None:
        return None
    lo = max(0, start - _MAX_CLAUSE)
    brk = _clause_break_end(text, lo, verb.start())
    if brk is None and lo:
        return None
    sentence = brk or 0
    for body in reversed(agencies):
        if body.end > verb.start() or body.start < sentence:
            continue
        before = text[sentence : body.start].rstrip()
        if (not before or before.endswith(",")) and _code_fits(body.text, ref.code):
            return body.text, None
    return None


def _clause_break_end(text: str, lo: int, verb_start: int) -> int | None:
    """Where the sentence holding a coordinated verb at ``verb_start`` starts, after
    the last break from ``lo`` on; a ";" right before the verb continues the clause
    ("…; đồng thời ban hành …"). None when no break is found."""
    hi = verb_start
    before = text[lo:hi].rstrip()
    if before.endswith(_SEMICOLON):
        hi = lo + len(before) - 1
    brk = _SENTENCE_BREAK_BACK.search(text, lo, hi)
    return brk.end() if brk else None


_SEMICOLON = ";"
_STANDING = tuple(w + " " for w in data_lines("issuer_standing_bodies.txt"))
# Tone and vowel marks (not the letter "đ"): "Tỉnh ủy" is abbreviated "TU".
_MARKS = regex.compile(r"\p{Mn}+")


def _code_fits(name: str, code: str) -> bool:
    """Whether ``code`` names the body ``name``: its initials (``initials_fit``), or for
    a committee those without marks, the committee also standing for its standing
    bodies (``issuer_standing_bodies.txt``).

    >>> _code_fits("Ban Thường vụ Tỉnh ủy", "23-KH/TU"), _code_fits("Sở Y tế", "23-KH/TU")
    (True, False)
    """
    if initials_fit(name, code):
        return True
    for prefix in _STANDING:
        if name.startswith(prefix):
            name = name[len(prefix) :]
            break
    plain = unicodedata.normalize("NFC", _MARKS.sub("", unicodedata.normalize("NFD", name)))
    return plain != name and initials_fit(plain, code)


# ---------------------------------------------------------------- a counted list
# "… công bố các quyết định của |Ban Thường vụ Tỉnh ủy|, cụ thể:" then the documents of
# that type, each opening one of the following lines or separated by ";" in the same
# paragraph: a count word and the type word in lower case ("của" is glue), the body, a
# list opener of ``docref_list_openers.txt`` and a colon; read backwards from the colon.
_COLON = ":"
_COUNTED_OF = regex.compile(
    rf"(?r)(?<!\w){_phrases('docref_count_words.txt')}\s+(?P<type>[\p{{Ll}}\p{{M}}]{{1,12}}"
    rf"(?:\s+[\p{{Ll}}\p{{M}}]{{1,12}}){{0,2}})\s+(?i:của)\s+$"
)
_LIST_OPENER = regex.compile(rf"\s*,?\s*{_phrases('docref_list_openers.txt')}\s*:\s*")
# Between two documents of such a list: one line break, or in one paragraph a ";" and
# no sentence end (a dot before no digit).
_NEXT_LINE = regex.compile(r"[^\n]*\n\s*")
_NEXT_ITEM = regex.compile(r"[^\n;]*;[^\n;]*")
_SENTENCE_END = regex.compile(r"\.(?!\d)|[!?]")
_MAX_COUNTED_OF = 60  # characters of "các quyết định của " before the body


def fill_listed(text: str, refs: list[DocRef], agencies: list[Agency]) -> list[DocRef]:
    """``refs`` with the body whose counted documents a colon opens as the issuer of
    those listed after it without one: "các quyết định của Ban Thường vụ Tỉnh ủy, cụ
    thể:" then "Quyết định số 1452-QĐ/TU …" on each following line (or separated by ";"
    in the same paragraph), while they are of the counted type.

    >>> from ttcorpus.extract.agencies import find_agencies
    >>> from ttcorpus.extract.docrefs import find_doc_refs
    >>> text = ("Ông công bố các quyết định của Ban Thường vụ Tỉnh ủy, cụ thể:\\n"
    ...         "Quyết định số 11-QĐ/TU điều động ông A.\\nQuyết định số 12-QĐ/TU bổ nhiệm ông B.")
    >>> [r.issuer for r in fill_listed(text, find_doc_refs(text), find_agencies(text))]
    ['Ban Thường vụ Tỉnh ủy', 'Ban Thường vụ Tỉnh ủy']
    """
    by_end = {a.end: a for a in agencies}
    out = list(refs)
    k = 0
    while k < len(out):
        ref = out[k]
        body = _counting_body(text, ref, by_end) if ref.issuer is None else None
        if body is None:
            k += 1
            continue
        out[k] = replaced(ref, issuer=single_spaced(body))
        while k + 1 < len(out) and out[k + 1].type == ref.type and _next_item(
            text, out[k].end, out[k + 1].start
        ):
            k += 1
            if out[k].issuer is None:
                out[k] = replaced(out[k], issuer=single_spaced(body))
        k += 1
    return out


def _counting_body(text: str, ref: DocRef, by_end: dict[int, Agency]) -> str | None:
    """The body whose documents, counted before a list opener and a colon right before
    ``ref``, are of ``ref``'s type ("các quyết định của <body>, cụ thể: |Quyết định …")."""
    colon = text.rfind(_COLON, max(0, ref.start - 8), ref.start)
    if colon < 0 or text[colon + 1 : ref.start].strip():
        return None
    for end, body in by_end.items():
        if not end < colon or colon - end > 20:
            continue
        if _LIST_OPENER.fullmatch(text, end, ref.start) is None:
            continue
        counted = _COUNTED_OF.match(text, max(0, body.start - _MAX_COUNTED_OF), body.start)
        if counted is not None and fold(counted["type"]) == fold(ref.type):
            return body.text
    return None


def _next_item(text: str, end: int, start: int) -> bool:
    """Whether the document at ``start`` is the next item of a list after the one ending
    at ``end``: it opens the next line, or follows a ";" in the same paragraph."""
    if _NEXT_LINE.fullmatch(text, end, start):
        return True
    return _NEXT_ITEM.fullmatch(text, end, start) is not None and not _SENTENCE_END.search(
        text, end, start
    )


# ---------------------------------------------------------------- signing on behalf
# "thay mặt", "T/M", "TM." (``docref_on_behalf.txt``): the body named right after it is
# the one the signer acts for.
_ON_BEHALF = regex.compile(
    rf"(?<!\w){_phrases('docref_on_behalf.txt')}(?:(?<=\.)|(?!\w))\s*"
)
# The cues as they may be written in a clean body (white space collapsed): a word in
# lower case, capitalised or in capitals, an abbreviation as listed ("T/M") — found as
# literals, a cheap test before the pattern runs.
_ON_BEHALF_LITERALS = tuple(sorted(
    {form for p in data_lines("docref_on_behalf.txt")
     for form in ((p,) if p.isupper() else (p.lower(), p[:1].upper() + p[1:], p.upper()))}
))
# (No literal starts another, so that each cue is found once, at one position.)
assert not any(a != b and b.startswith(a) for a in _ON_BEHALF_LITERALS for b in _ON_BEHALF_LITERALS)


def _literal_scanners(literals: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """The literals as stdlib patterns, one per first character: the literals of one
    pattern share a prefix, which ``re`` looks for first, fast (a dozen ``str.find``
    passes over the text cost three times more)."""
    by_first: dict[str, list[str]] = {}
    for literal in literals:
        by_first.setdefault(literal[0], []).append(literal)
    return tuple(re.compile("|".join(map(re.escape, group))) for group in by_first.values())


_ON_BEHALF_SCANNERS = _literal_scanners(_ON_BEHALF_LITERALS)


def _cues(text: str, lo: int, hi: int) -> list[regex.Match[str]]:
    """The cues starting in ``text[lo:hi]``, in order, found as literals (each
    occurrence, overlapping ones too) and checked by the pattern."""
    found = []
    for scanner in _ON_BEHALF_SCANNERS:
        hit = scanner.search(text, lo, hi)
        while hit is not None:
            at = hit.start()
            if m := _ON_BEHALF.match(text, at):
                found.append(m)
            hit = scanner.search(text, at + 1, hi)
    found.sort(key=regex.Match.start)
    return found
# "… do Phó Chủ tịch UBND tỉnh| ký thay mặt |UBND tỉnh": the issuing verb before the cue.
_VERB_BEFORE_CUE = regex.compile(rf"(?r)(?<!\w){_ISSUE_VERB}\s+$")
# The agent clause after the document ("do …"; grammatical glue, as in ``docrefs``).
_BY = regex.compile(r"(?<!\w)(?i:do)\s")
# A fronted cue opens a clause: at the start of the text or after sentence or clause
# punctuation or an opening bracket or quote.
_CLAUSE_OPENERS = ".;:!?,([\"“\n"
# After the body of a fronted cue: maybe a comma, the signer (one clause, up to
# ``_MAX_SIGNER`` characters) and the issuing verb phrase right before the document:
# "Thay mặt Ban Thường vụ Tỉnh ủy|, đồng chí Lê Văn Hùng đã ký ban hành |Kế hoạch …".
_MAX_SIGNER = 120
_SIGNER_AND_VERB = regex.compile(
    rf"\s*,?(?:\s*[^.;:!?()\[\]\n\"“”]{{1,{_MAX_SIGNER}}}?)?{_VERB_PHRASE}"
)
_MAX_ON_BEHALF_GAP = 160  # characters between the document and a cue after it
_MAX_BODY = 120  # characters of the name of the body a fronted cue names


def fill_on_behalf(text: str, refs: list[DocRef], agencies: list[Agency]) -> list[DocRef]:
    """``refs`` with the body a signer acts for as the issuer, in place of the signer
    (or of a body named inside the signer's office): "Thay mặt <body>, <signer> ký ban
    hành <document>" (and the documents listed after it), "<document> … do <signer> ký
    thay mặt <body>". The issuer is replaced only when it is missing or was read from
    the signer's words.

    >>> from ttcorpus.extract.agencies import find_agencies
    >>> from ttcorpus.extract.docrefs import find_doc_refs
    >>> text = "Quyết định số 7/QĐ-UBND do Phó Chủ tịch UBND tỉnh ký thay mặt UBND tỉnh."
    >>> [r.issuer for r in fill_on_behalf(text, find_doc_refs(text), find_agencies(text))]
    ['UBND tỉnh']
    """
    if not refs or not agencies:
        return refs
    # a cue stands at most a signer's clause and a body's name before the first
    # document, or an agent clause after the last one
    lo = max(0, refs[0].start - _MAX_SIGNER - _MAX_BODY - _MAX_GAP)
    cues = _cues(text, lo, refs[-1].end + _MAX_ON_BEHALF_GAP)
    if not cues:
        return refs
    out = list(refs)
    by_start = {a.start: a for a in agencies}
    starts = [r.start for r in out]
    ends = [r.end for r in out]
    agency_starts = sorted(by_start)
    for cue in cues:
        body = by_start.get(cue.end()) or _body_after_title(
            text, cue.end(), agency_starts, by_start
        )
        if body is None:
            continue
        if _VERB_BEFORE_CUE.search(text, max(0, cue.start() - 20), cue.start()):
            k = bisect.bisect_right(ends, cue.start()) - 1  # the document before the cue
            if k >= 0 and _signed_after(text, out[k], cue.start()):
                out[k] = _with_issuer(out[k], body.text, text, out[k].end, cue.start())
            continue
        before = text[max(0, cue.start() - 3) : cue.start()].rstrip()
        if before and before[-1] not in _CLAUSE_OPENERS:
            continue
        k = bisect.bisect_left(starts, body.end)  # the first document after the body
        if k == len(out) or not _SIGNER_AND_VERB.fullmatch(text, body.end, out[k].start):
            continue
        old = out[k].issuer
        out[k] = _with_issuer(out[k], body.text, text, body.end, out[k].start)
        while k + 1 < len(out) and out[k + 1].issuer in (None, old) and _LIST_JOIN.fullmatch(
            text, out[k].end, out[k + 1].start
        ):
            k += 1
            out[k] = replaced(out[k], issuer=out[k - 1].issuer)
    return out


@functools.cache
def _titles() -> frozenset[str]:
    """Folded titles of office-holders (``person_titles.txt``, shared with ``people``)."""
    return frozenset(fold(t) for t in data_lines("person_titles.txt"))


_MAX_TITLE = 40  # characters of an office's title before its body's name


def _body_after_title(
    text: str, at: int, starts: list[int], by_start: dict[int, Agency]
) -> Agency | None:
    """The agency named after an office's title at ``at`` ("thừa ủy quyền |Chủ tịch
    |UBND tỉnh"; ``starts``: the keys of ``by_start``, sorted), or None.

    >>> from ttcorpus.extract.agencies import find_agencies
    >>> text = "Chủ tịch UBND tỉnh"
    >>> found = {a.start: a for a in find_agencies(text)}
    >>> _body_after_title(text, 0, sorted(found), found).text
    'UBND tỉnh'
    """
    k = bisect.bisect_right(starts, at)
    if k == len(starts) or starts[k] - at > _MAX_TITLE:
        return None
    title = fold(text[at : starts[k]].strip())
    return by_start[starts[k]] if title in _titles() else None


def _signed_after(text: str, ref: DocRef, cue: int) -> bool:
    """Whether the words between ``ref`` and a signing cue at ``cue`` are its agent
    clause ("do …"): one clause, short, naming no other document."""
    if cue - ref.end > _MAX_ON_BEHALF_GAP or _CLAUSE_BREAK.search(text, ref.end, cue):
        return False
    return _BY.search(text, ref.end, cue) is not None


def _with_issuer(ref: DocRef, body: str, text: str, lo: int, hi: int) -> DocRef:
    """``ref`` with ``body`` as its issuer, unless it states another one outside the
    signer's words ``text[lo:hi]``."""
    if ref.issuer is not None and ref.issuer != body and text.find(ref.issuer, lo, hi) < 0:
        return ref
    at = ref.issuer.find(" " + body) if ref.issuer else -1
    if ref.issuer and at >= 0 and ref.issuer[at + 1 + len(body) :][:1] == " ":
        body = ref.issuer[at + 1 :]  # "Phó Chủ tịch |UBND tỉnh Gia Lai": the fuller name
    return replaced(ref, issuer=single_spaced(body))


# A signing date the date finder completes from the dateline ("Quyết định 5862/QĐ-UBND
# do Chủ tịch UBND thành phố ký ngày 18/11"): "ký"/"ban hành" and "ngày" are the glue
# of the date phrase (as in ``docrefs``); what stands between the reference and it is
# one clause (the issuer's "do …"/"của …"), no sentence punctuation, no other document.
_SIGNED_ON = regex.compile(r"(?i:ký|ban\s+hành|ký\s+ban\s+hành)\s+(?:vào\s+)?(?i:ngày)\s+")
_CLAUSE_BREAK = regex.compile(r"[.;:!?()\[\]\"“”\n]")
_MAX_SIGNING_GAP = 120  # characters between the reference and "ký ngày"
_FULL_DATE = regex.compile(r"\d{4}-\d\d-\d\d")
# The end of "ngày"/"Ngày" (glue of the date phrase): a fronted date needs it, a cheap
# test before one is looked for (``docrefs.fronted_day_month``).
_DAY = "gày"
# Or a part of the day before a date ("Chiều 4/6, …"; ``dates_dayparts.txt``).
_DAYPART_BEFORE_DATE = regex.compile(rf"{_phrases('dates_dayparts.txt')}\s+\d")


def fill_signing_dates(text: str, refs: list[DocRef], dates: list[DateMention]) -> list[DocRef]:
    """``refs`` with ``date`` set where it was missing and the clause after the
    reference says when it was signed with a date written without its year, which the
    date finder has completed ("ký ngày 18/11" in an article of November 2024), or such
    a date is fronted before the clause whose subject issues it ("Ngày 21/10, Thủ tướng
    … ký ban hành Chỉ thị …", see ``docrefs.fronted_day_month``).

    >>> from ttcorpus.extract.dates import find_dates
    >>> from ttcorpus.extract.docrefs import find_doc_refs
    >>> text = "Quyết định 12/QĐ-UBND do Chủ tịch UBND tỉnh ký ngày 18/11."
    >>> [r.date for r in fill_signing_dates(text, find_doc_refs(text),
    ...                                     find_dates(text, "2024-11-20"))]
    ['2024-11-18']
    """
    if not dates or all(r.date is not None for r in refs):
        return refs
    # The full dates by their start, built when the first signing cue is found: most
    # articles have none, and their dates need no reading.
    full: dict[int, str] | None = None
    out: list[DocRef] = []
    for i, ref in enumerate(refs):
        if ref.date is None:
            limit = min(ref.end + _MAX_SIGNING_GAP, refs[i + 1].start if i + 1 < len(refs)
                        else len(text))
            cue = _signing_cue(text, ref.end, limit)
            fronted = None
            reach = max(0, ref.start - FRONTED_REACH)
            if cue is None and (
                text.find(_DAY, reach, ref.start) >= 0
                # (the issuing subject first: far cheaper than the search, and needed)
                or (
                    has_issuing_subject(text, ref.start)
                    and _DAYPART_BEFORE_DATE.search(text, reach, ref.start)
                )
            ):
                fronted = fronted_day_month(text, ref.start)
            if cue is not None or fronted is not None:
                if full is None:
                    full = {d.start: d.value for d in dates if _FULL_DATE.fullmatch(d.value)}
                if cue is not None:
                    value = _signing_date(text, cue, full)
                else:
                    value = _fronted(text, fronted, full)
                if value is not None:
                    ref = replaced(ref, date=value)
        out.append(ref)
    return out


def _fronted(text: str, at: int | None, full: dict[int, str]) -> str | None:
    """The completed date fronted at ``at`` ("Ngày 21/10, …"; ``full``: full dates by
    their start): its mention may start at "ngày" or at its digits."""
    if at is None:
        return None
    if at in full:
        return full[at]
    digits = at + len(text[at:].split(None, 1)[0])
    while digits < len(text) and text[digits].isspace():
        digits += 1
    return full.get(digits)


def _signing_cue(text: str, pos: int, limit: int) -> regex.Match[str] | None:
    """The first "ký ngày" between ``pos`` and ``limit`` in the same clause, or None."""
    cue = _SIGNED_ON.search(text, pos, limit)
    if cue is None or _CLAUSE_BREAK.search(text, pos, cue.start()):
        return None
    return cue


def _signing_date(text: str, cue: regex.Match[str], full: dict[int, str]) -> str | None:
    """The completed date a signing cue (``_signing_cue``) introduces (``full``: full
    dates by their start)."""
    for start in (cue.end(), cue.start()):  # the mention may include "ngày" or the cue
        if start in full:
            return full[start]
    day = text.rfind("ngày", cue.start(), cue.end())
    return full.get(day)
