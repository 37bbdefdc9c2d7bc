"""Find what one cited document says about another in the same article: a plan that
implements a conclusion, a conclusion that continues a directive, a decree that amends,
replaces or details another document.

The finder reads only the document mentions (``doc_refs``, sorted by start) and the
text between two consecutive mentions. A relation is stated when that gap is, in order:
the source's own attributes (date, issuer, term, "được … ban hành"), a link ("về việc",
"để"), a verb phrase ("tiếp tục đẩy mạnh thực hiện có hiệu quả", "sửa đổi, bổ sung một
số điều của"), and nothing else; the cue phrases by role are in
``data/relation_cues.tsv``. A passive verb ("được thay thế bởi") turns the relation round.

- A plan or programme named without a number between two implementing verbs (role
  "middle"): the source implements the target directly ("Nghị quyết số 34/NQ-CP về việc
  thực hiện Chương trình hành động thực hiện Kết luận số 12-KL/TW"); a passive may name
  the part acted on before its agent ("Luật số 76/2015/QH13 đã được sửa đổi, bổ sung một
  số điều theo Luật số 47/2019/QH14": 47/2019/QH14 amends 76/2015/QH13).
- Coordinated targets get one relation each ("thực hiện Chỉ thị 09-CT/TW và 18-CT/TW");
  coordinated sources too, one to one when both sides are lists of the same length.
- Across a clause: a document followed by a purpose link and a verb with no object
  ("Ngay sau khi Chỉ thị 36 được ban hành, Ban Thường vụ Tỉnh ủy đã có Kế hoạch số
  95-KH/TU, ngày 10-10-2019 để triển khai trên địa bàn tỉnh") implements the nearest
  other document before it in the same sentence, when the clause naming that document
  opens with an opener or an implementing verb ("Ngay sau khi", "Thực hiện").
- A bare type word after such a clause ("Kế hoạch số 145-KH/TU … để thực hiện Chỉ
  thị"): the one document of that type named earlier in the article (none when two are).
- A fronted purpose clause: "Thực hiện Chỉ thị số 05-CT/TW …, Ban Thường vụ Huyện ủy
  đã ban hành Kế hoạch số 20-KH/HU" (an issuing body and an issue verb right before
  the source).
- Attributes set off by commas, then a bare verb: "Kế hoạch số 145-KH/TU, ngày
  20-9-2022, thực hiện Nghị quyết số 21-NQ/TW" (not when the source is itself the
  object of such a verb: "quán triệt Nghị quyết …, ngày …, triển khai Kết luận …").
- A passive after a comma reaches back across the source's title clause ("về …",
  "quy định …"): "Nghị định 123/2016/NĐ-CP quy định chức năng, nhiệm vụ … của bộ, đã
  được sửa đổi, bổ sung bởi Nghị định 101/2020/NĐ-CP" (agent "bởi" or "tại"; the same
  sentence, a title of at most ``_MAX_TITLE`` characters naming no document of the
  other side's type without a number: "… thi hành Luật Ban hành văn bản, được sửa đổi,
  bổ sung bởi Nghị định số 154/2020/NĐ-CP" amends the decree, not the law). So does an
  active "amends", "replaces" or "details" verb after a comma: "Quy định số 17-QĐ/TU
  về khuyến khích, bảo vệ cán bộ dám nghĩ, dám làm, thay thế Quy định số 09-QĐ/TU".
- A sentence opened by an opener and a bare type word ("Ngay sau khi Chỉ thị được ban
  hành, … Kế hoạch số 48-KH/TU … để triển khai thực hiện"): the purpose clause carries
  out the one document of that type named earlier in the article.
- Not relations: a co-mention ("thực hiện Chỉ thị 09 và Kết luận 44"), a topic or
  another clause between the two ("Chỉ thị 36, gắn với thực hiện Kết luận 13"), a
  meeting or report about a document ("Hội nghị quán triệt Kết luận 44": no document
  is its source; "Báo cáo số 20-BC/TU về việc thực hiện …": a report type, role
  "report" of the data file), a document and itself, a source dated before its target.
  A pair of documents gets one relation, the first found.

``source`` and ``target`` are indices into ``refs``; the evidence span runs from the
first of the two mentions to the last (to the end of the cue for a purpose clause).

>>> from ttcorpus.extract.docrefs import find_doc_refs
>>> text = ("Tỉnh ủy ban hành Kế hoạch số 174-KH/TU về việc thực hiện Kết luận số 44-KL/TW "
...         "ngày 22/1/2019 của Ban Bí thư về tiếp tục đẩy mạnh thực hiện Chỉ thị số 09-CT/TW.")
>>> refs = find_doc_refs(text)
>>> [(r.relation, refs[r.source].id, refs[r.target].id) for r in find_doc_relations(text, refs)]
[('implements', '174-KH/TU', '44-KL/TW'), ('continues', '44-KL/TW', '09-CT/TW')]
>>> find_doc_relations("thực hiện Chỉ thị 09-CT/TW và Kết luận 44-KL/TW",
...                    find_doc_refs("thực hiện Chỉ thị 09-CT/TW và Kết luận 44-KL/TW"))
[]

Speed: each gap is read once by anchored patterns whose repetitions are all bounded
(the attributes in one call, then the cue), only gaps shorter than ``_MAX_CUE`` after
the attributes are matched, and backward checks read a bounded window before a
mention, after the cheaper tests; lists and the antecedent search walk at most
``_MAX_LIST`` mentions. The time is linear in the text, and mostly spent inside the
``regex`` calls (three quarters of it; the attributes alone, a name of a body above
all, take 40 %).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable

import regex
from regex import _regex as _regex_engine

from ttcorpus.extract.docrefs import joined_over_title, phrase_trie, same_kind
from ttcorpus.models import DocRef, DocRelation
from ttcorpus.normalize import fold
from ttcorpus.resources import data_lines, data_rows, data_section

__all__ = ["RELATIONS", "find_doc_relations"]

RELATIONS = ("implements", "continues", "amends", "replaces", "details")
# The verbs of the data file, by the relation they state ("continues" is "implements"
# after a continuation word).
_VERB_ROLES = ("implements", "amends", "replaces", "details")


@functools.cache
def _cues() -> dict[str, tuple[str, ...]]:
    """Role → its phrases, from ``relation_cues.tsv``."""
    out: dict[str, list[str]] = {}
    for row in data_rows("relation_cues.tsv"):
        if len(row) >= 2 and row[1]:
            out.setdefault(row[0], []).append(row[1])
    out["count"] = list(data_lines("docref_count_words.txt"))  # shared with docrefs
    return {role: tuple(phrases) for role, phrases in out.items()}


def _cased(*phrases: str) -> str:
    """Phrases in any case, as one pattern of whole words.

    >>> regex.fullmatch(_cased("về việc"), "Về  việc") is not None
    True
    """
    return rf"(?i:{phrase_trie(sorted({p.lower() for p in phrases}))})(?![\w])"


def _role(role: str) -> str:
    """One role's phrases as a pattern: any case, whole words."""
    return _cased(*_cues()[role])


def _words(name: str) -> str:
    """A one-column data file as a pattern of whole words."""
    return rf"{phrase_trie(list(data_lines(name)))}(?![\w])"


@functools.cache
def _type_words() -> tuple[str, ...]:
    """Every spelling of every document type word (``doc_types.tsv``)."""
    out = []
    for row in data_rows("doc_types.tsv"):
        out.append(row[0])
        if len(row) >= 4:
            out.extend(s.strip() for s in row[3].split(",") if s.strip() not in ("", "-"))
    return tuple(out)


@functools.cache
def _type_of_spelling() -> dict[str, str]:
    """Folded spelling of a type word → the folded type it names ("chị thị" → "chỉ thị")."""
    out = {}
    for row in data_rows("doc_types.tsv"):
        out[fold(row[0])] = fold(row[0])
        if len(row) >= 4:
            for spelling in row[3].split(","):
                if spelling.strip() not in ("", "-"):
                    out[fold(spelling.strip())] = fold(row[0])
    return out


# ---------------------------------------------------------------- the source's attributes
# The date, issuer and term a source states after its number; the Vietnamese words in
# these patterns are the grammatical glue of a date ("ngày", "tháng", "năm"), of an
# issuer ("của", "do") and of a term ("khóa"), as in ``docrefs``.
_DATE_VALUE = (
    r"\d{1,2}\s?[/.\-–]\s?\d{1,2}\s?[/.\-–]\s?\d{4}(?!\d)"
    rf"|\d{{1,2}}\s+{_cased('tháng')}\s+\d{{1,2}}\s+{_cased('năm')}\s+\d{{4}}(?!\d)"
    # a date written without its year ("ký ngày 9/1"), not the start of a longer one
    r"|\d{1,2}\s?[/.\-–]\s?\d{1,2}(?!\d|\s?[/.\-–]\s?\d)"
)
_DATE = (
    rf"(?:{_cased('ban hành', 'ký')}\s+)?(?:{_cased('vào')}\s+)?{_cased('ngày')}\s+"
    rf"(?:{_DATE_VALUE})"
)
_YEAR = rf"{_cased('năm')}\s+(?:19|20)\d\d(?!\d)"
_TERM = rf"{_cased('khóa', 'khoá')}\s+[IVXL]{{1,6}}(?![\w])"
# A link or verb that starts with a word of bodies' names ("triển khai": "triển" is the
# second syllable of "Phát triển") is never part of a name, so that a name leaves it
# ("của Tỉnh ủy Kiên Giang| triển khai …"). Only those phrases are checked: a look-ahead
# at every word of a name would cost more than the name.
_NAME_SYLLABLES = frozenset(
    w.split()[0].lower()
    for name in ("docref_issuer_syllables.txt", "docref_issuer_words.txt",
                 "docref_issuer_joiners.txt")
    for w in data_lines(name)
)
_CUE_PHRASES_IN_NAMES = [
    p for r in ("link", "purpose", "adverb", "passive", "continuation", *_VERB_ROLES)
    for p in _cues()[r] if p.split()[0].lower() in _NAME_SYLLABLES
]
_CUE_START = _cased(*_CUE_PHRASES_IN_NAMES) if _CUE_PHRASES_IN_NAMES else "(?!)"
# An issuer's name: capitalised words (with the lower-case second syllable of a
# compound, "Bí thư") and the lower-case words of bodies' names (``docref_issuer_*``);
# a joining word ("và", "Ban") only before a capitalised word.
# A phrase of bodies' names written with a capital, its later words in lower case
# ("Đảng bộ| tỉnh", "Nhân dân"): read whole, or its lower-case word would end the name
# ("của Ban Chấp hành Đảng bộ tỉnh| về thực hiện …").
_CAPITALISED_PHRASES = sorted(
    {w[:1].upper() + w[1:] for w in data_lines("docref_issuer_words.txt") if " " in w}
)
_CAP_WORD = (
    rf"(?:{phrase_trie(_CAPITALISED_PHRASES)}(?![\w])"
    rf"|\p{{Lu}}[\p{{L}}\p{{M}}]{{0,15}}"
    rf"(?:\s+(?!{_CUE_START}){_words('docref_issuer_syllables.txt')})?)"
)
# (``_CAP_WORD`` stands once, after a space or a dash: a dash and a word never start
# alike, so the order of the alternatives that can match is kept, and the pattern, in
# seven patterns, compiles faster.)
_NAME_WORD = (
    rf"(?:(?:\s+(?!{_CUE_START})|\s?[-–]\s?){_CAP_WORD}"
    rf"|\s+(?!{_CUE_START})(?:{_words('docref_issuer_words.txt')}"
    rf"|{_words('docref_issuer_joiners.txt')}(?=\s+\p{{Lu}})))"
)
_NAME = rf"{_CAP_WORD}{_NAME_WORD}{{0,12}}"


def _compiled(pattern: str) -> regex.Pattern[str]:
    """``pattern`` compiled with a name (``_NAME``) that stands in it more than once
    written once, in a defined group that each place calls: the ``regex`` module
    backtracks into a called group as into the group written out, and the name captures
    nothing, so the pattern is the same, compiled faster. (A call costs more at match
    time: only for patterns run after a cheap first test, not ``_ATTRIBUTES`` or
    ``_CUE``, which run at most mentions.)"""
    if pattern.count(_NAME) < 2:
        return regex.compile(pattern)
    called = pattern.replace(_NAME, "(?&body_name)")
    return regex.compile(rf"(?(DEFINE)(?P<body_name>{_NAME})){called}")
_ISSUE_VERB = _words("docref_issue_verbs.txt")
# A link that opens with an issue verb ("ban hành Chương trình hành động"): the issuer
# before it leaves the verb to the link ("Nghị quyết số 16/NQ-CP của Chính phủ| ban hành
# Chương trình hành động thực hiện |Kết luận …").
_VERB_LINKS = [
    p for p in _cues()["link"]
    if any(fold(p).startswith(fold(v) + " ") for v in data_lines("docref_issue_verbs.txt"))
]
_NOT_A_LINK = rf"(?!{_cased(*_VERB_LINKS)})" if _VERB_LINKS else ""
_ISSUER = rf"{_cased('của', 'do')}\s+{_NAME}(?:\s+{_NOT_A_LINK}{_ISSUE_VERB})?"
# "được Quốc hội khóa XV thông qua", "đã được ban hành": the source's issuing.
_ISSUED = (
    rf"(?:{_role('adverb')}\s+)?{_role('passive')}\s+(?:{_NAME}\s+)?(?:{_TERM}\s+)?"
    rf"{_ISSUE_VERB}"
)
# Before an attribute or a link: a comma or white space, read one way only (so that a
# failed match does not retry every split of the same spaces).
_SEP = r"(?:\s*+,\s*+|\s++)"
# When the source takes effect ("có hiệu lực từ ngày 01/01/2025", role "effect"): a
# clause of the source, after which its verb may follow a comma ("Nghị quyết số
# 136/2024/QH15 có hiệu lực từ ngày 01/01/2025, thay thế Nghị quyết số 119/2020/QH14").
_EFFECT = rf"{_role('effect')}\s+{_cased('ngày')}\s+(?:{_DATE_VALUE})"
# The session that adopted the source ("… được Quốc hội thông qua ngày 18/1/2024| tại Kỳ
# họp bất thường lần thứ 5|, thay thế …"): "tại" (glue: "at"), a meeting's head word
# (``docref_meeting_heads.txt``), then its numbers and the words of
# ``relation_session_words.txt``.
_SESSION = (
    rf"{_cased('tại')}\s+{_cased(*data_lines('docref_meeting_heads.txt'))}"
    rf"(?:\s+(?:{_cased(*data_lines('relation_session_words.txt'))}|\d{{1,3}}(?![\w/]|[.,\-]\d)"
    rf"|[IVXL]{{1,6}}(?![\w]))){{0,6}}"
)
_ATTRIBUTE = (
    rf"{_SEP}(?:\(\s*(?:{_DATE}|{_YEAR}|{_TERM})\s*\)"
    rf"|{_DATE}|{_YEAR}|{_TERM}|{_ISSUER}|{_ISSUED}|{_EFFECT}|{_SESSION})"
)
# The source's signing clause as its first attribute ("Nghị quyết 03/NQ-CP| do Thủ tướng
# Phạm Minh Chính ký ngày 9/1|, cụ thể hóa |Nghị quyết 57-NQ/TW"): like attributes set off
# by commas, it leaves the verb after the next comma to the source.
_SIGNED_BY = regex.compile(rf"{_SEP}{_cased('do')}\s+{_NAME}\s+{_ISSUE_VERB}")
# The most attributes read after one mention.
_MAX_ATTRIBUTES = 6
# The attributes after a mention, read in one call: each one is the first that matches
# where the previous one ended (an atomic group: never re-split once read).
_ATTRIBUTES = regex.compile(rf"(?>{_ATTRIBUTE}){{0,{_MAX_ATTRIBUTES}}}+")

# ---------------------------------------------------------------- the verb phrase
# Between chained activities: a comma, "và" (glue: "and") or a space.
_CHAIN = rf"(?:\s*,\s*|\s+{_cased('và')}\s+|\s+)"
# A verb chained before an amending verb ("Kết luận số 150-KL/TW| hướng dẫn bổ sung |Quy
# định số 189-QĐ/TW", role "chained"): the relation is the second verb's.
_CHAINED = rf"(?:{_role('chained')}\s+)?"
_VERB = "|".join(
    f"(?P<{role}>{_CHAINED if role == 'amends' else ''}{_role(role)})" for role in _VERB_ROLES
)
_VERB_PHRASE = (
    rf"(?:{_role('adverb')}\s+){{0,2}}(?P<continuation>{_role('continuation')}\s+)?"
    rf"(?:{_role('activity')}{_CHAIN}){{0,4}}(?:{_VERB})"
)
_AFTER_VERB = rf"(?:\s+{_role('manner')}){{0,2}}(?:\s+{_role('object')})?"
# The target starts after white space or an opening quote.
_BEFORE_TARGET = rf"(?:\s+{_role('count')})?(?:\s+|\s*[\"“])"

# Source, link, verb, target: "Kế hoạch số 174-KH/TU| về việc thực hiện |Kết luận …"
# (the link or verb may open a quotation or a parenthesis).
# A document named without a number may be the first of the targets: "… hướng dẫn thực
# hiện một số điều của| Luật Quản lý thuế ngày 13/6/2019 và |Nghị định số 123/2020/NĐ-CP":
# a capitalised type word of role "named", up to ``_MAX_NAME_WORDS`` words of its name,
# maybe its date, and a join (a comma, "và": glue).
_MAX_NAME_WORDS = 10
_UNNUMBERED_TARGET = (
    rf"\s+(?=\p{{Lu}}){_role('named')}(?:\s+[\p{{L}}\p{{M}}]{{1,12}}){{1,{_MAX_NAME_WORDS}}}?"
    rf"(?:\s*,?\s*{_DATE})?(?:\s*,|\s+{_cased('và')})"
)
# After an implementing verb, a plan or programme named without a number that carries
# out the target (role "middle"): the source implements the target through it, stated
# directly ("Nghị quyết số 34/NQ-CP về việc thực hiện| Chương trình hành động thực hiện
# |Kết luận số 12-KL/TW"); not after another verb ("sửa đổi Kế hoạch thực hiện Kết luận"
# amends the plan).
_MIDDLE = (
    rf"(?(implements)(?:\s+{_role('middle')}(?:\s+{_ISSUER})?"
    rf"\s+(?:{_role('adverb')}\s+){{0,2}}(?:{_role('continuation')}\s+)?"
    rf"(?:{_role('activity')}{_CHAIN}){{0,4}}{_role('implements')}"
    rf"(?:\s+{_role('manner')}){{0,2}})?)"
)
# A link may name the plan or programme itself before its implementing verb: "Nghị quyết
# số 98/NQ-CP| về Chương trình hành động thực hiện |Nghị quyết số 10-NQ/TW" (the source
# implements the target through it, as above).
_IMPLEMENTS_AHEAD = (
    rf"(?=\s+(?:{_role('adverb')}\s+){{0,2}}(?:{_role('continuation')}\s+)?"
    rf"(?:{_role('activity')}{_CHAIN}){{0,4}}{_role('implements')})"
)
_LINKED_MIDDLE = rf"(?:\s+{_role('middle')}(?:\s+{_ISSUER})?{_IMPLEMENTS_AHEAD})?"
# A link that ends with such a plan or programme ("ban hành Chương trình hành động") may
# name its issuer before the implementing verb too: "Nghị quyết số 03/NQ-CP| ban hành
# Chương trình hành động của Chính phủ thực hiện |Nghị quyết số 57-NQ/TW".
_MIDDLE_LINKS = [
    p for p in _cues()["link"]
    if any(fold(p).endswith(" " + fold(m)) for m in _cues()["middle"])
]
_LINK_WITH_MIDDLE = (
    rf"{_cased(*_MIDDLE_LINKS)}\s+{_ISSUER}{_IMPLEMENTS_AHEAD}|" if _MIDDLE_LINKS else ""
)
_FORWARD = (
    rf"(?:{_SEP}[\"“]?(?:{_LINK_WITH_MIDDLE}{_role('link')}{_LINKED_MIDDLE})\s+"
    rf"|\s*[(\"“]\s*|\s+)"
    rf"{_VERB_PHRASE}{_AFTER_VERB}{_MIDDLE}"
)
# Target first: "Nghị định 46/2016/NĐ-CP| đã được thay thế bởi |Nghị định 100/2019/NĐ-CP",
# maybe with the part acted on: "Luật số 76/2015/QH13| đã được sửa đổi, bổ sung một số
# điều theo |Luật số 47/2019/QH14".
_PASSIVE = (
    rf"(?:{_SEP}|\s*\(\s*)(?:{_role('adverb')}\s+){{0,2}}(?P<passive>{_role('passive')})\s+(?:{_VERB})"
    rf"(?:\s+{_role('object')})?\s+{_role('agent')}"
)
_CUE = regex.compile(rf"(?:{_FORWARD}|{_PASSIVE}){_BEFORE_TARGET}")
_CUE_OVER_UNNUMBERED = _compiled(rf"{_FORWARD}{_UNNUMBERED_TARGET}{_BEFORE_TARGET}")
# Its cheap first test: such a type word, capitalised, in the gap (found as a literal).
_NAMED_TYPES = tuple(sorted({p[:1].upper() + p[1:] for p in _cues()["named"]}))
# After attributes set off by commas, a bare verb after the closing comma: "Kế hoạch số
# 145-KH/TU, ngày 20-9-2022,| thực hiện |Nghị quyết …" (with no attributes, ", thực hiện"
# after a document chains activities: "học tập Nghị quyết 21, thực hiện Chỉ thị 09").
_CUE_AFTER_BLOCK = regex.compile(rf"\s*,\s*{_VERB_PHRASE}{_AFTER_VERB}{_BEFORE_TARGET}")
# … unless the source is itself the object of such a verb ("quán triệt Nghị quyết số
# 21-NQ/TW, ngày 16-6-2022, triển khai Kết luận …" chains activities too): matched
# backwards from the source.
_VERB_BEFORE_SOURCE = regex.compile(
    rf"(?r)(?<![\w]){_cased(*(p for r in ('activity', *_VERB_ROLES) for p in _cues()[r]))}"
    rf"(?:\s+{_role('count')})?\s+"
)

# A passive that reaches back across the source's title clause: "Nghị định 123/2016/NĐ-CP|
# quy định chức năng, nhiệm vụ … của bộ|, đã được sửa đổi, bổ sung bởi |Nghị định
# 101/2020/NĐ-CP". The title opens right after the attributes …
_TITLE_OPEN = regex.compile(rf"{_SEP}{_role('title')}\s")
# … the passive, after a comma, ends where the next mention starts (matched backwards) …
_PASSIVE_BACK = regex.compile(  # (or in brackets: "… người có uy tín (được sửa đổi bởi …")
    rf"(?r)[,(]\s*(?:{_role('adverb')}\s+){{0,2}}{_role('passive')}\s+(?:{_VERB})"
    rf"(?:\s+{_role('object')})?\s+{_role('far agent')}{_BEFORE_TARGET}"
)
# … or an active verb that only documents take, after a comma, reaches back across it
# to the source before the title: "Quy định số 17-QĐ/TU| về khuyến khích, bảo vệ cán bộ
# dám nghĩ, dám làm|, thay thế |Quy định số 09-QĐ/TU" (not "implements": "…, thực hiện"
# after a title chains the activities of the title itself) …
_TITLE_VERB_ROLES = ("amends", "replaces", "details")
_TITLE_VERB = "|".join(f"(?P<{role}>{_role(role)})" for role in _TITLE_VERB_ROLES)
_ACTIVE_BACK = regex.compile(
    rf"(?r),\s*(?:{_role('adverb')}\s+){{0,2}}(?:{_TITLE_VERB}){_AFTER_VERB}{_BEFORE_TARGET}"
)
# … and such a verb after a comma right after the source and its attributes, set off or
# not: "Nghị định số 123/2024/NĐ-CP do Phó Thủ tướng … ký ban hành ngày 4/10/2024|, thay
# thế |Nghị định số 91/2019/NĐ-CP" (an activity verb there chains activities instead).
_DOC_VERB_AFTER_COMMA = regex.compile(
    rf"\s*,\s*(?:{_role('adverb')}\s+){{0,2}}(?:{_TITLE_VERB}){_AFTER_VERB}{_BEFORE_TARGET}"
)
# … and the title between them is one clause of at most ``_MAX_TITLE`` characters: no
# sentence break, no parenthesis or quotation, and no type word of the other document's
# type (a document named without a number: "… của Luật Đất đai, đã được sửa đổi bởi Luật
# số 35/2018/QH14" may be the one meant; "… thi hành Luật Ban hành văn bản, được sửa đổi
# bởi Nghị định số 154/2020/NĐ-CP" amends no law).
_MAX_TITLE = 200
_TITLE_STOP = regex.compile(r"[.!?;:…()\[\]\"“”\n]")
_TYPE_IN_TITLE = regex.compile(
    rf"(?<![\w])(?i:{phrase_trie(sorted({t.lower() for t in _type_words()}))})(?![\w])"
)

# A verb phrase that implements (or, after a continuation word, continues).
_IMPLEMENTS_PHRASE = (
    rf"(?:{_role('adverb')}\s+){{0,2}}(?P<continuation>{_role('continuation')}\s+)?"
    rf"(?:{_role('activity')}{_CHAIN}){{0,4}}{_role('implements')}"
    rf"(?:\s+{_role('manner')}){{0,2}}"
)
# A purpose clause with no object: "Kế hoạch số 95-KH/TU, ngày 10-10-2019| để triển
# khai| trên địa bàn tỉnh" — its object is a document named before in the sentence.
_ANAPHOR = rf"{_cased(*_type_words())}(?!\s*(?:{_cased('số')})?\s*:?\s*\d)"
_CLAUSE_END = (
    rf"(?=\s*[.,;:!?…)\]\n]|\s*$|\s+{_role('locative')}|\s+{_ANAPHOR})"
)
# The bare type word that may follow a purpose clause: "… để thực hiện| Chỉ thị." — the
# one document of that type named earlier in the article.
_ANAPHOR_AFTER = regex.compile(rf"\s+(?P<type>{_ANAPHOR})")
_PURPOSE_CLAUSE = regex.compile(
    rf"{_SEP}{_role('purpose')}\s+"
    rf"{_IMPLEMENTS_PHRASE}{_CLAUSE_END}"
)
# The clause that names the earlier document opens with an opener or an implementing
# verb ("Ngay sau khi| Chỉ thị 36 …", "Thực hiện| Chỉ thị …"): matched backwards.
_ANTECEDENT_OPENER = regex.compile(
    rf"(?r)(?<![^.!?;:,…\n])\s*(?:{_role('opener')}|(?:{_role('purpose')}\s+)?"
    rf"{_IMPLEMENTS_PHRASE})(?:\s+{_role('count')})?\s+"
)

# A sentence that opens with an opener and a bare type word names the document a purpose
# clause later in it carries out: "Ngay sau khi| Chỉ thị| được ban hành, Ban Thường vụ
# Tỉnh ủy đã ban hành Kế hoạch số 48-KH/TU để triển khai thực hiện" — the one document of
# that type named earlier in the article. Matched where the sentence starts …
_OPENER_ANAPHOR = regex.compile(rf"\s*{_role('opener')}\s+(?P<type>{_ANAPHOR})")
# … found backwards from the source (the last sentence break before it).
_SENTENCE_BREAK_BACK = regex.compile(r"(?r)[.!?;…](?=\s)|\n")

# A fronted purpose clause and the issuing of the source: "Thực hiện Chỉ thị số
# 05-CT/TW …, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 20-KH/HU". The cue opens a
# sentence or clause and ends where the first target starts …
# The cue is matched backwards from where the first target starts …
_FRONTED_CUE = regex.compile(
    rf"(?r)(?<![^.!?;:,…\n])\s*(?:{_role('purpose')}\s+)?{_IMPLEMENTS_PHRASE}"
    rf"(?:\s+{_role('count')})?\s+"
)
# … and the main clause, from the last comma before the source, is an issuing body and
# an issue verb, maybe after the date of the issuing ("…, ngày 5/3/2024 UBND tỉnh ban
# hành Kế hoạch số …"); the body may be named by its administrative unit alone ("…,
# tỉnh đã ban hành Kế hoạch số …": the units of ``people_place_cues.txt``).
# (The body is "<name>", "<unit> <name>" or "<unit>", written with the name once: these
# two patterns only test whether a clause is one, by ``fullmatch``.)
_UNIT = _cased(*data_section("people_place_cues.txt", "administrative units"))
_BODY = rf"(?:(?:{_UNIT}\s+)?{_NAME}|{_UNIT})"
_ISSUING_SUBJECT = regex.compile(
    rf",\s*(?:{_DATE}\s+)?{_BODY}\s+"
    rf"(?:{_role('adverb')}\s+){{0,2}}{_ISSUE_VERB}"
    rf"(?:\s+{_role('count')})?\s+"
)
_SUBJECT_WINDOW = 160
# … or a body that submits the source to the one who issues it ("…, Bộ đã trình Thủ
# tướng phê duyệt Quyết định số 1088/QĐ-TTg": ``docref_submit_verbs.txt``, then the
# verbs of ``docref_passive_verbs.txt``), tried when "trình" stands before the source.
_SUBMITTING_SUBJECT = _compiled(
    rf",\s*(?:{_DATE}\s+)?{_BODY}\s+"
    rf"(?:{_role('adverb')}\s+){{0,2}}{_words('docref_submit_verbs.txt')}\s+{_NAME}\s+"
    rf"{_words('docref_passive_verbs.txt')}(?:\s+{_role('count')})?\s+"
)
_SUBMIT_WORD = "trình"  # (the cheap first test: every submitting verb ends with it)
# The issue verb alone, read backwards from the source: a cheap first test.
_ISSUE_VERB_BEFORE = regex.compile(rf"(?r)\s{_ISSUE_VERB}(?:\s+{_role('count')})?\s+")

# Between two members of a coordinated list, after the first one's attributes: a comma
# or a list word ("và", "hoặc", "cùng"), then a count word or "số" (glue: "number").
_LIST_JOIN = regex.compile(
    rf"(?:\s*,\s*(?:{_words('docref_list_words.txt')}\s+)?"
    rf"|\s+{_words('docref_list_words.txt')}\s+)"
    rf"(?:{_role('count')}\s+)?(?:{_cased('số')}\s*:?\s*)?"
)
# A clause whose subject is a type word and "này" (glue: "this"), then the verb and the
# target: "Nghị định này thay thế |Nghị định số 83/2013/NĐ-CP" — the source is the one
# document of that type the article names before (not counting those other documents
# act on). Matched backwards from the target.
_THIS = "này"
_MAX_THIS_GAP = 80  # characters from "này" to the target (the verb phrase)
_THIS_TYPE = regex.compile(
    rf"(?r)(?<![^.!?;:,…\n])\s*(?P<type>{_cased(*_type_words())})\s+"
)
_THIS_VERB = regex.compile(
    rf"\s+(?:{_role('adverb')}\s+){{0,2}}(?:{_VERB}){_AFTER_VERB}{_BEFORE_TARGET}"
)
# The target named by a type word and "này" after the source's verb phrase: "Nghị định
# số 88/2025/NĐ-CP của Chính phủ| quy định chi tiết một số điều của luật này" — the one
# document of that type named before the source in the same sentence.
_TO_THIS = _compiled(
    rf"{_FORWARD}\s+(?P<type>{_cased(*_type_words())})\s+{_THIS}(?![\w])"
)
# Where a sentence ends between two mentions.
_SENTENCE_BREAK = regex.compile(r"[.!?;…](?=\s|$)|\n")

# The ``concurrent`` argument of the ``regex`` matching calls made once per mention:
# False keeps the GIL, which costs less than releasing and taking it back around
# every short match (given positionally: a keyword argument costs more still).
_KEEP_GIL = False

# The longest gap read between two mentions (longer than any attributes + cue), and the
# most mentions a list or the antecedent search walks over.
_WINDOW = 300
_MAX_LIST = 12
# A digit in a mention's attributes: a date written there (see ``own_dated``).
_DIGIT = regex.compile(r"\d")
# The longest link and verb phrase read (after the attributes), and the longest join
# between list members: a longer gap is prose, rejected without matching.
_MAX_CUE = 160
_MAX_JOIN = 40


# ---------------------------------------------------------------- cheap first tests
# Before a pattern is run where a phrase must stand, one character is looked at: the
# first (or last) letter of the phrase, in any case the pattern allows. A failed test
# is a sure miss: white space in these patterns is ``\s``, which ``str.isspace`` covers.


def _any_case(letters: Iterable[str]) -> frozenset[str]:
    """The letters in every case the ``regex`` module matches them in under ``(?i)``
    (its simple case folding: "k" is also the Kelvin sign).

    >>> sorted(_any_case("đ")), chr(0x212A) in _any_case("k")
    (['Đ', 'đ'], True)
    """
    flags = regex.IGNORECASE | regex.UNICODE
    return frozenset(
        chr(code) for letter in letters for code in _regex_engine.get_all_cases(flags, ord(letter))
    )


def _char_before(text: str, end: int, skipped: str = "") -> str:
    """The last character before ``end`` that is neither white space nor in
    ``skipped`` ("" if none).

    >>> _char_before("ban hành  Kế", 10), _char_before(' thực hiện "', 12, '"')
    ('h', 'n')
    """
    k = end - 1
    while k >= 0 and (text[k].isspace() or text[k] in skipped):
        k -= 1
    return text[k] if k >= 0 else ""


def _char_after(text: str, start: int) -> str:
    """The first character from ``start`` that is neither white space nor a comma.

    >>> _char_after("XII, để triển khai", 3)
    'đ'
    """
    k, n = start, len(text)
    while k < n and (text[k].isspace() or text[k] == ","):
        k += 1
    return text[k] if k < n else ""


# The last letter of an issue verb (as written: those patterns keep case) or of a count
# word, right before a source issued in a fronted purpose clause ("… đã ban hành| Kế
# hoạch"); of a verb phrase or a count word, right before a target; the first letter
# of a purpose link, after a source's attributes ("…, để| triển khai").
_ISSUE_VERB_LAST = frozenset(
    v[-1] for v in data_lines("docref_issue_verbs.txt")
) | _any_case(w.lower()[-1] for w in _cues()["count"])
_CUE_LAST = _any_case(
    p.lower()[-1]
    for role in (*_VERB_ROLES, "manner", "object", "agent", "count")
    for p in _cues()[role]
)
_QUOTES = "\"“"  # a target may open a quotation
_PURPOSE_FIRST = _any_case(p.lower()[0] for p in _cues()["purpose"])
# The first letter of a bare verb phrase after a comma ("…, ngày 20-9-2022,| thực hiện"),
# and of a title clause ("Nghị định 123/2016/NĐ-CP| quy định …").
_VERB_FIRST = _any_case(
    p.lower()[0]
    for role in ("adverb", "continuation", "activity", *_VERB_ROLES)
    for p in _cues()[role]
)
_TITLE_FIRST = _any_case(p.lower()[0] for p in _cues()["title"])
# The last letter of the join after a target named without a number ("và", a comma),
# and the first of a forward cue (a link, a verb phrase, an opening bracket or quote).
_JOIN_LAST = _any_case("à,")
_FORWARD_FIRST = _VERB_FIRST | _any_case(p.lower()[0] for p in _cues()["link"]) | set("(\"“")


# ---------------------------------------------------------------- helpers


@functools.lru_cache(maxsize=256)
def _is_report(doc_type: str) -> bool:
    """Whether a document type is never a side of a relation (role "report")."""
    return fold(doc_type) in {fold(t) for t in _cues().get("report", ())}


def _identity(ref: DocRef) -> tuple[str, ...]:
    """What makes two mentions one document: id and scope, else type and number.

    >>> _identity(DocRef("Chỉ thị số 09", 0, 13, "Chỉ thị", "09"))
    ('chỉ thị', '9')
    """
    if ref.id:
        return (ref.id, ref.scope or "")
    number = ref.number.lstrip("0") or "0"
    return (_folded(ref.type), number)


@functools.lru_cache(maxsize=256)
def _folded(word: str) -> str:
    """``fold``, remembered: the same few type names recur in every article."""
    return fold(word)


def _earlier(date: str | None, other: str | None) -> bool:
    """Whether a stated date is before another, to the precision both state: a
    document cannot carry out one issued after it.

    >>> _earlier("2016-11-30", "2017-08-14"), _earlier("2019", "2019-01-22"), _earlier(None, "2019")
    (True, False, False)
    """
    if not date or not other:
        return False
    n = min(len(date), len(other))
    return date[:n] < other[:n]


def _pairs(
    sources: list[int], targets: list[int], *, respective: bool = True
) -> list[tuple[int, int]]:
    """Source–target pairs of two coordinated lists: every pair when one side is a
    single document, one to one when both have the same length (and ``respective``:
    not for a fronted purpose clause, "Để triển khai A và B, … ban hành C và D", which
    does not say which plan carries out which), else none.

    >>> _pairs([0], [1, 2]), _pairs([0, 1], [2, 3]), _pairs([0, 1], [2, 3, 4])
    ([(0, 1), (0, 2)], [(0, 2), (1, 3)], [])
    >>> _pairs([2, 3], [0, 1], respective=False)
    []
    """
    if len(sources) == 1 or len(targets) == 1:
        return list(itertools.product(sources, targets))
    if respective and len(sources) == len(targets):
        return list(zip(sources, targets, strict=True))
    return []


def _relation_of(m: regex.Match[str]) -> str:
    """The relation a matched verb phrase states."""
    verb = next(role for role in _VERB_ROLES if m.group(role) is not None)
    if verb == "implements" and m.group("continuation") is not None:
        return "continues"
    return verb


class _Mentions:
    """The mentions of one text and what stands between them, each gap read once:
    where the attributes after a mention end, and whether it is joined to the next."""

    def __init__(self, text: str, refs: list[DocRef]) -> None:
        self.text = text
        self.refs = refs
        # where each mention starts and ends, and where the text ends after the last
        self.starts = [r.start for r in refs]
        self.ends = [r.end for r in refs]
        self.next_starts = [*self.starts[1:], len(text)]
        self._attributes_end: dict[int, int] = {}
        self._joined: dict[int, bool] = {}

    def gap_end(self, i: int) -> int | None:
        """Where the gap after mention ``i`` ends (the next mention), None if it is
        the last one or the gap is too long to read."""
        if i + 1 >= len(self.starts) or self.starts[i + 1] - self.ends[i] > _WINDOW:
            return None
        return self.starts[i + 1]

    def attributes_end(self, i: int) -> int:
        """Where the attributes stated after mention ``i`` end (its end if none)."""
        end = self._attributes_end.get(i)
        if end is None:
            pos = self.ends[i]
            limit = min(pos + _WINDOW, self.next_starts[i])
            end = _ATTRIBUTES.match(self.text, pos, limit, _KEEP_GIL).end()
            end = self._joint_issuer_end(i, end, limit)
            self._attributes_end[i] = end
        return end

    def _joint_issuer_end(self, i: int, end: int, limit: int) -> int:
        """``end``, or past the rest of mention ``i``'s joint issuer and the attributes
        after it when the attributes end inside that issuer as written ("Kết luận số
        127-KL/TW của Bộ Chính trị|, Ban Bí thư| và Kế hoạch …": the issuer is "Bộ Chính
        trị, Ban Bí thư")."""
        issuer = self.refs[i].issuer
        if issuer is None or "," not in issuer:
            return end
        first = issuer[: issuer.index(",")]
        rest = issuer[len(first) :]
        if not self.text.endswith(first, 0, end) or end + len(rest) > limit:
            return end
        if not self.text.startswith(rest, end):
            return end
        return _ATTRIBUTES.match(self.text, end + len(rest), limit, _KEEP_GIL).end()

    def joined(self, i: int) -> bool:
        """Whether mentions ``i`` and ``i + 1`` are members of one coordinated list."""
        if i not in self._joined:
            end = self.gap_end(i)
            pos = self.attributes_end(i)
            self._joined[i] = (
                end is not None and pos <= end <= pos + _MAX_JOIN
                and _LIST_JOIN.fullmatch(self.text, pos, end) is not None
            )
        return self._joined[i]

    def list_after(self, first: int) -> list[int]:
        """``first`` and the mentions coordinated after it ("Chỉ thị 09-CT/TW và
        18-CT/TW")."""
        members = [first]
        while len(members) < _MAX_LIST and self.joined(members[-1]):
            members.append(members[-1] + 1)
        return members

    def own_dated(self, members: list[int]) -> list[int]:
        """The sources of a cue after the coordinated ``members``: the last one alone
        when it states its own date right after it, which the others do not share — the
        cue then belongs to that document ("Chỉ thị số 19-CT/TW và Kết luận số 65-KL/TW
        ngày 30/10/2019 của Bộ Chính trị| về tiếp tục thực hiện |…": only 65-KL/TW)."""
        last = members[-1]
        date = self.refs[last].date
        if len(members) < 2 or date is None or self.attributes_end(last) == self.ends[last]:
            return members
        if all(self.refs[k].date == date for k in members):
            return members
        if not _DIGIT.search(self.text, self.ends[last], self.attributes_end(last)):
            return members  # (no date written there: it came from elsewhere)
        return [last]

    def targets_after(self, first: int) -> list[int]:
        """``list_after``, and a list of targets of one kind also runs on past a
        member's title clause ("… sửa đổi Nghị định số 167/2017/NĐ-CP của Chính phủ|
        quy định việc sắp xếp lại tài sản công và |Nghị định số 67/2021/NĐ-CP")."""
        members = [first]
        while len(members) < _MAX_LIST:
            k = members[-1]
            if not self.joined(k) and not self._joined_over_title(k):
                break
            members.append(k + 1)
        return members

    def _joined_over_title(self, i: int) -> bool:
        end = self.gap_end(i)
        return (
            end is not None
            and same_kind(self.refs[i], self.refs[i + 1])
            and joined_over_title(self.text, self.attributes_end(i), end)
        )

    def list_before(self, last: int) -> list[int]:
        """The mentions coordinated before ``last``, and ``last``, in text order."""
        members = [last]
        while members[0] > 0 and len(members) < _MAX_LIST and self.joined(members[0] - 1):
            members.insert(0, members[0] - 1)
        return members

    def cue_end(self, i: int) -> int | None:
        """Where a cue after mention ``i`` may end (the next mention), None when the gap
        is too long or the letter before the next mention ends no cue (a sure miss for
        every kind of cue below)."""
        end = self.gap_end(i)
        if end is None or _char_before(self.text, end, _QUOTES) not in _CUE_LAST:
            return None
        return end

    def _over_unnumbered_to(self, i: int, end: int) -> regex.Match[str] | None:
        """A forward cue whose first target is named without a number, ending at
        ``end``, the next mention ("… hướng dẫn thực hiện| Luật Quản lý thuế và |Nghị
        định …"); the gap ends with a join."""
        if all(self.text.find(w, self.ends[i], end) < 0 for w in _NAMED_TYPES):
            return None
        pos = self.attributes_end(i)
        if not pos <= end <= pos + _MAX_CUE or _char_after(self.text, pos) not in _FORWARD_FIRST:
            return None
        return _CUE_OVER_UNNUMBERED.fullmatch(self.text, pos, end, _KEEP_GIL)

    def cue(self, i: int) -> regex.Match[str] | None:
        """The link and verb phrase between mention ``i`` and the next, if that is all
        that stands there after ``i``'s attributes."""
        end = self.cue_end(i)
        return None if end is None else self._cue_to(i, end)

    def cue_after_block(self, i: int) -> regex.Match[str] | None:
        """A bare verb phrase after attributes of mention ``i`` set off by commas ("…,
        ngày 20-9-2022,| thực hiện |"), if that is all that stands before the next."""
        end = self.cue_end(i)
        if end is None or _char_after(self.text, self.attributes_end(i)) not in _VERB_FIRST:
            return None
        return self._block_cue_to(i, end)

    def passive_after_title(self, i: int) -> regex.Match[str] | None:
        """A passive verb that reaches back across the title clause of mention ``i``
        ("… quy định chức năng, nhiệm vụ, đã được sửa đổi bởi |"), ending where the
        next mention starts."""
        end = self.cue_end(i)
        if end is None or _char_after(self.text, self.attributes_end(i)) not in _TITLE_FIRST:
            return None
        return self._title_passive_to(i, end)

    def stated(self, i: int) -> tuple[str, bool] | None:
        """The relation stated between mention ``i`` and the next, and whether it is
        passive (the next mention is then the source): the three methods above, their
        common tests made once."""
        end = self.gap_end(i)
        if end is None:
            return None
        last = _char_before(self.text, end, _QUOTES)
        if last not in _CUE_LAST:
            if last not in _JOIN_LAST:
                return None
            m = self._over_unnumbered_to(i, end)
            return None if m is None else (_relation_of(m), False)
        m = self._cue_to(i, end)
        if m is not None:
            return _relation_of(m), m.group("passive") is not None
        first = _char_after(self.text, self.attributes_end(i))
        if first in _VERB_FIRST:
            m = self._block_cue_to(i, end)
            if m is not None:
                return _relation_of(m), False
            m = self._doc_verb_to(i, end)
            if m is not None:
                return next(r for r in _TITLE_VERB_ROLES if m.group(r) is not None), False
        if first in _TITLE_FIRST:
            return self._title_cue_to(i, end)
        return None

    def _cue_to(self, i: int, end: int) -> regex.Match[str] | None:
        pos = self.attributes_end(i)
        if not pos <= end <= pos + _MAX_CUE:
            return None
        return _CUE.fullmatch(self.text, pos, end, _KEEP_GIL)

    def _block_cue_to(self, i: int, end: int) -> regex.Match[str] | None:
        pos = self.attributes_end(i)
        if pos == self.ends[i] or not pos <= end <= pos + _MAX_CUE:
            return None
        if self.text[self.ends[i]:pos].lstrip()[:1] != "," and _SIGNED_BY.match(
            self.text, self.ends[i], pos, _KEEP_GIL
        ) is None:
            return None  # the attributes are not set off, nor a signing clause
        m = _CUE_AFTER_BLOCK.fullmatch(self.text, pos, end, _KEEP_GIL)
        if m is None:
            return None
        start = self.starts[i]
        if _VERB_BEFORE_SOURCE.match(self.text, max(0, start - _MAX_JOIN), start, _KEEP_GIL):
            return None  # the source is an activity's object
        return m

    def _doc_verb_to(self, i: int, end: int) -> regex.Match[str] | None:
        """An amends, replaces or details verb after a comma right after the
        attributes of mention ``i``, unless the mention is an activity's object."""
        pos = self.attributes_end(i)
        if not pos <= end <= pos + _MAX_CUE or self.text[pos:end].lstrip()[:1] != ",":
            return None
        m = _DOC_VERB_AFTER_COMMA.fullmatch(self.text, pos, end, _KEEP_GIL)
        if m is None:
            return None
        start = self.starts[i]
        if _VERB_BEFORE_SOURCE.match(self.text, max(0, start - _MAX_JOIN), start, _KEEP_GIL):
            return None  # "sửa đổi Nghị định 1, thay thế Nghị định 2": a chain
        return m

    def _title_passive_to(self, i: int, end: int) -> regex.Match[str] | None:
        found = self._across_title(i, end, _PASSIVE_BACK)
        return None if found is None else found[1]

    def _across_title(
        self, i: int, end: int, cue: regex.Pattern[str]
    ) -> tuple[int, regex.Match[str]] | None:
        """``cue`` (matched backwards from ``end``) after the title clause of mention
        ``i``, a clause of at most ``_MAX_TITLE`` characters with no sentence break;
        and where the title's words start (after its opening word)."""
        title = _TITLE_OPEN.match(self.text, self.attributes_end(i), end, _KEEP_GIL)
        if title is None:
            return None
        m = cue.match(self.text, title.end(), end, _KEEP_GIL)
        if m is None or m.start() - title.end() > _MAX_TITLE:
            return None
        if _TITLE_STOP.search(self.text, title.end(), m.start(), _KEEP_GIL) is not None:
            return None
        return title.end(), m

    def _title_cue_to(self, i: int, end: int) -> tuple[str, bool] | None:
        """The relation (and whether it is passive) of a cue after a comma that reaches
        back across the title clause of mention ``i`` to it, unless the title names a
        document of the next mention's type without a number (it may be the one meant)."""
        passive = True
        found = self._across_title(i, end, _PASSIVE_BACK)
        if found is None:
            passive = False
            found = self._across_title(i, end, _ACTIVE_BACK)
            if found is None:
                return None
        title, m = found
        other = _folded(self.refs[i + 1].type)
        for word in _TYPE_IN_TITLE.finditer(self.text, title, m.start(), _KEEP_GIL):
            if _type_of_spelling().get(fold(word.group())) == other:
                return None
        if passive:
            return _relation_of(m), True
        return next(r for r in _TITLE_VERB_ROLES if m.group(r) is not None), False

    def purpose_clause(self, i: int) -> regex.Match[str] | None:
        """A purpose clause without an object right after mention ``i`` ("… để triển
        khai trên địa bàn"), ending before the next mention."""
        pos = self.attributes_end(i)
        if _char_after(self.text, pos) not in _PURPOSE_FIRST:
            return None
        m = _PURPOSE_CLAUSE.match(self.text, pos, None, _KEEP_GIL)
        if m is None or (i + 1 < len(self.refs) and m.end() > self.starts[i + 1]):
            return None
        return m

    def fronted(self, source: int) -> tuple[str, list[int]] | None:
        """The relation and the documents of a fronted purpose clause whose main clause
        issues ``source`` ("Thực hiện Chỉ thị 05-CT/TW …, Huyện ủy ban hành Kế hoạch số
        20-KH/HU"): the list before the comma, if the clause opens with the cue."""
        start, j = self.starts[source], source - 1
        if j < 0:
            return None
        # the cheapest tests first: a comma after the previous mention, and an issue
        # verb's last letter before the source
        comma = self.text.rfind(",", max(0, start - _SUBJECT_WINDOW), start)
        if comma < self.ends[j]:
            return None
        if not self._issuing_clause(comma, start):
            return None
        if _SENTENCE_BREAK.search(self.text, self.refs[j].end, comma):
            return None
        targets = self.list_before(j)
        first = self.refs[targets[0]].start
        cue = _FRONTED_CUE.match(self.text, max(0, first - _MAX_CUE), first)
        if cue is None:
            return None
        return ("continues" if cue.group("continuation") else "implements"), targets

    def _issuing_clause(self, comma: int, start: int) -> bool:
        """Whether text[comma:start] is a main clause that issues the document at
        ``start``: its subject and an issue verb, or a body submitting it to the one that
        acts on it ("…, Bộ đã trình Thủ tướng phê duyệt |")."""
        if self.text.find(_SUBMIT_WORD, comma, start) >= 0 and _SUBMITTING_SUBJECT.fullmatch(
            self.text, comma, start, _KEEP_GIL
        ):
            return True
        if _char_before(self.text, start) not in _ISSUE_VERB_LAST:
            return False
        if _ISSUE_VERB_BEFORE.match(
            self.text, max(0, start - _MAX_JOIN), start, _KEEP_GIL
        ) is None:
            return False
        return _ISSUING_SUBJECT.fullmatch(self.text, comma, start) is not None

    def antecedents(self, source: int) -> list[int]:
        """The document a purpose clause after ``source`` carries out: the nearest other
        mention before it in the same sentence, with the mentions coordinated with it."""
        own = set(self.list_before(source))
        here = _identity(self.refs[source])
        j = source - 1
        while j >= 0 and source - j <= _MAX_LIST:
            if _SENTENCE_BREAK.search(self.text, self.refs[j].end, self.refs[j + 1].start):
                return []
            if j not in own and _identity(self.refs[j]) != here:
                targets = self.list_before(j)
                first = self.refs[targets[0]].start
                opener = _ANTECEDENT_OPENER.match(self.text, max(0, first - _MAX_CUE), first)
                return targets if opener is not None else []
            j -= 1
        return []


    def named_back(self, source: int, clause_end: int) -> tuple[list[int], int]:
        """The document a bare type word after a purpose clause stands for ("Kế hoạch
        số 145-KH/TU … để thực hiện Chỉ thị"): the one document of that type named
        before ``source`` (none when two are); its mentions and the anaphor's end."""
        m = _ANAPHOR_AFTER.match(self.text, clause_end, None, _KEEP_GIL)
        if m is None:
            return [], clause_end
        return self.the_one_named(source, m.group("type")), m.end()

    def named_by_opener(self, source: int) -> list[int]:
        """The document named by a bare type word after the opener of ``source``'s
        sentence ("Ngay sau khi Chỉ thị được ban hành, … Kế hoạch số 48-KH/TU … để
        triển khai"), when no other mention stands in that sentence before ``source``."""
        start = self.starts[source]
        lo = max(0, start - _MAX_CUE)
        if source > 0:
            lo = max(lo, self.ends[source - 1])
        brk = _SENTENCE_BREAK_BACK.search(self.text, lo, start, _KEEP_GIL)
        if brk is None and lo > 0:
            return []  # another mention, or more than a clause, before the source
        m = _OPENER_ANAPHOR.match(self.text, brk.end() if brk else 0, start, _KEEP_GIL)
        if m is None:
            return []
        return self.the_one_named(source, m.group("type"))

    def this_source(self, target: int, found: _Found) -> tuple[str, int] | None:
        """The relation and the source of a clause "<type> này <verb> <target>" right
        before mention ``target``: the one document of that type named before it that
        no other document acts on (as a target in ``found``)."""
        start = self.starts[target]
        lo = max(0, start - _MAX_THIS_GAP)
        if target > 0:
            lo = max(lo, self.ends[target - 1])
        at = self.text.rfind(_THIS, lo, start)
        if at < 0 or _char_before(self.text, start, _QUOTES) not in _CUE_LAST:
            return None
        m = _THIS_VERB.fullmatch(self.text, at + len(_THIS), start, _KEEP_GIL)
        if m is None:
            return None
        subject = _THIS_TYPE.match(self.text, max(lo, at - _MAX_JOIN), at, _KEEP_GIL)
        if subject is None:
            return None
        wanted = _type_of_spelling().get(fold(subject.group("type")))
        here = _identity(self.refs[target])
        acted_on = {_identity(self.refs[t]) for _, t in found.items}
        named: dict[tuple[str, ...], int] = {}
        for j in range(target):
            ref = self.refs[j]
            key = _identity(ref)
            if _folded(ref.type) == wanted and key != here and key not in acted_on:
                named[key] = j
        if len(named) != 1:
            return None
        return _relation_of(m), next(iter(named.values()))

    def this_target(self, source: int) -> tuple[str, int] | None:
        """The relation and the target of a verb phrase after ``source`` whose object is a
        type word and "này" ("… quy định chi tiết một số điều của luật này"): the one
        document of that type named before ``source`` (none when two are), in the same
        sentence."""
        pos = self.attributes_end(source)
        hi = min(pos + _MAX_CUE, self.next_starts[source])
        if self.text.find(_THIS, pos, hi) < 0 or _char_after(self.text, pos) not in _FORWARD_FIRST:
            return None
        m = _TO_THIS.match(self.text, pos, hi, _KEEP_GIL)
        if m is None:
            return None
        named = self.the_one_named(source, m.group("type"))
        if not named or _SENTENCE_BREAK.search(
            self.text, self.ends[named[0]], self.starts[source]
        ):
            return None
        return _relation_of(m), named[0]

    def the_one_named(self, source: int, type_word: str) -> list[int]:
        """The one document of the type ``type_word`` spells named before ``source``
        (its last mention), other than ``source``; none when two are."""
        wanted = _type_of_spelling().get(fold(type_word))
        here = _identity(self.refs[source])
        named: dict[tuple[str, ...], int] = {}  # identity → its last mention before
        for j in range(source):
            ref = self.refs[j]
            if _folded(ref.type) == wanted and _identity(ref) != here:
                named[_identity(ref)] = j
        return list(named.values()) if len(named) == 1 else []


class _Found:
    """Relations collected in order, one for each source and target (the first found)."""

    def __init__(self, text: str, refs: list[DocRef]) -> None:
        self.text = text
        self.refs = refs
        self.items: dict[tuple[int, int], DocRelation] = {}

    def add(self, relation: str, source: int, target: int, cue_end: int = 0) -> None:
        a, b = self.refs[source], self.refs[target]
        if _identity(a) == _identity(b) or (source, target) in self.items:
            return
        if _earlier(a.date, b.date) or _is_report(a.type) or _is_report(b.type):
            return
        start, end = min(a.start, b.start), max(a.end, b.end, cue_end)
        self.items[(source, target)] = DocRelation(
            relation, source, target, self.text[start:end], start, end
        )


# ---------------------------------------------------------------- the finder


def find_doc_relations(text: str, refs: list[DocRef]) -> list[DocRelation]:
    """The relations the text states between the documents of ``refs`` (the article's
    resolved ``doc_refs``, sorted by start; ``source`` and ``target`` index them).

    >>> from ttcorpus.extract.docrefs import find_doc_refs
    >>> text = ("Nghị định số 123/2021/NĐ-CP sửa đổi, bổ sung một số điều của các Nghị định "
    ...         "số 100/2019/NĐ-CP và 46/2016/NĐ-CP.")
    >>> refs = find_doc_refs(text)
    >>> [(r.relation, refs[r.source].id, refs[r.target].id)
    ...  for r in find_doc_relations(text, refs)]  # doctest: +NORMALIZE_WHITESPACE
    [('amends', '123/2021/NĐ-CP', '100/2019/NĐ-CP'),
     ('amends', '123/2021/NĐ-CP', '46/2016/NĐ-CP')]
    """
    if len(refs) < 2:
        return []
    found = _Found(text, refs)
    mentions = _Mentions(text, refs)
    for i in range(len(refs)):
        # (a cheap first test: "này" just before the mention)
        if i and text.rfind(_THIS, max(refs[i - 1].end, refs[i].start - _MAX_THIS_GAP),
                            refs[i].start) >= 0:
            this = mentions.this_source(i, found)
            if this is not None:
                for t in mentions.targets_after(i):
                    found.add(this[0], this[1], t)
        fronted = mentions.fronted(i)
        if fronted is not None:
            relation, targets = fronted
            for s, t in _pairs(mentions.list_after(i), targets, respective=False):
                found.add(relation, s, t)
        if i and (this_target := mentions.this_target(i)) is not None:
            found.add(this_target[0], i, this_target[1])
        cue = mentions.stated(i)
        if cue is not None:
            relation, passive = cue
            before = mentions.list_before(i)
            if passive:
                sources, targets = mentions.list_after(i + 1), before
            else:
                sources, targets = mentions.own_dated(before), mentions.targets_after(i + 1)
            for s, t in _pairs(sources, targets):
                found.add(relation, s, t)
            continue
        if i == 0:
            continue  # a purpose clause carries out a document named before its source
        clause = mentions.purpose_clause(i)
        if clause is None:
            continue
        relation = "continues" if clause.group("continuation") else "implements"
        targets, cue_end = mentions.antecedents(i), clause.end()
        if not targets:
            targets, cue_end = mentions.named_back(i, clause.end())
        if not targets:
            targets = mentions.named_by_opener(i)
        for t in targets:
            found.add(relation, i, t, cue_end)
    return list(found.items.values())
