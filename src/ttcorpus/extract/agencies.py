"""Find agencies: party, state and mass organisations, ministries, committees,
steering boards, courts and news agencies, each with one canonical name.

A mention opens with a *start* and may run on with a *continuation*:

* starts (all in ``data/``): a central body of the gazetteer or one of its
  aliases (``agencies.tsv``: "Bộ Chính trị", "Ban Bí thư", "TTXVN"); a body
  named by its type (``agency_compound_heads.txt``: "Ủy ban nhân dân", "Tòa án
  nhân dân", or an abbreviation for one, ``abbreviations.tsv``: "UBND"); a
  committee named by its level (``agency_locality_heads.txt``: "Tỉnh ủy", "Quận
  đoàn"), or its standing committee with the "Ban" left out
  (``agency_standing_heads.tsv``: "Thường vụ Tỉnh ủy", canonical "Ban Thường vụ Tỉnh
  ủy"); a board named by a topic (``agency_topic_heads.txt``: "Ban Chỉ đạo");
  a unit named by its number (``agency_numbered_units.txt``: "Quân khu 7", "Sư
  đoàn 312", "Vùng 2 Hải quân"; the number is part of the name, a date or code
  is not a number: "Quân khu 7 | năm 2020"); or a head word that needs a name
  after it (``agency_heads.txt``: "Bộ", "Cục", "Sở", "Công an"). The first word
  must be capitalised as written there: Vietnamese capitalises the first
  syllable of a proper name, so "các ban, ngành", "cấp ủy" and "công an xã" in
  running text are no bodies. Later words match in any case, and old-style tone
  placement ("Uỷ ban", "Toà án") is accepted.
* the continuation: capitalised name parts, each with a bounded tail of
  lower-case syllables ("Bộ Công an", "Cục Xây dựng phong trào toàn dân bảo vệ
  an ninh Tổ quốc"), joined by spaces, "và" ("Ủy ban Quốc phòng và An ninh"), a
  dash or a comma list closed by "và" ("Sở Lao động - Thương binh và Xã hội"; not
  after a number: "Ban Chỉ đạo 35 | và Lực lượng 47");
  nested bodies are just more name parts ("Phòng Cảnh sát giao thông Công an
  tỉnh Nghệ An", "Ủy ban Pháp luật Quốc hội", "Đảng ủy Quân khu 7"); a topic
  board also takes a lower-case topic with commas, a number or a quoted title
  ("Ban Chỉ đạo 138", 'Ban chỉ đạo "Thực hiện …" Trung ương'), and "các" before a
  plural noun (``agency_plural_topics.txt``) at the topic's opening or before a
  locality ("Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh"); last comes an
  optional locality ("tỉnh Kiên Giang", "thành phố Đà Nẵng", "xã Sín Chéng",
  "cấp huyện", "tối cao"; a village word, ``agency_villages.txt``, only with the
  place after it: "Chi bộ thôn Nà Lầu").

A tail of lower-case syllables ends at a function word, a clause verb
(``agency_stops.txt``, ``agency_verbs.txt``), a locality word
(``agency_localities.txt``) or a bound; the first part's tail may go on over a verb
that names a field ("xây dựng") when a locality or a proper name closes it within a
few syllables ("Viện Quy hoạch xây dựng Hà Nội"); a later part longer than one
syllable must run into another body, a locality or a proper name
(``agency_proper_words.txt``, ``provinces.txt``). A capitalised title or rank
(``agency_name_stops.txt``), or after the first part a document, event or time word
(``agency_part_stops.txt``), ends the name ("Bộ Công an | Trung tướng …", "Ban chỉ
đạo … | Chương trình …"); after "và" or a comma, another body or an institution that
is no agency (``agency_other_heads.txt``: "Bệnh viện", "Trường") opens a new name. A
run of capitalised syllables that starts with a family name (``surnames.txt``) and
is no province or proper name is a person and cuts the mention ("Công an tỉnh Lào
Cai | Hoàng Ngọc Thanh"; "Đoàn Minh Tiến" is no body); after a district or commune
word such a run is a place unless it has a middle name
(``agency_middle_names.txt``). A body followed by "các cấp", "cùng cấp" …
(``agency_generic_after.txt``) is generic and dropped, and so are places and
honorifics that look like bodies (``agency_false_bodies.txt``: "Hội An", "Bộ đội Cụ
Hồ"). A head word with nothing after it is no body ("Bộ trưởng"), nor is a bare unit
level that names a kind of cell (``agency_unit_level_heads.txt``: "Chi bộ | là “tế
bào” của Đảng"), while a committee may stand alone ("Tỉnh ủy"). A central body that
opens with no head word ("Quốc hội") takes nothing after it ("Đại biểu Quốc hội |
tỉnh Bến Tre"). A body named by an office is found inside it: "Bộ trưởng Bộ Công an"
→ "Bộ Công an". A clause verb that is also a syllable of a noun in names
(``agency_cut_verbs.tsv``: "giao", but "Cảnh sát giao thông") cuts a matched mention
("Ban Thường vụ Tỉnh ủy | giao …"); after any cut the search goes on at the cut, so a
body in the rest of the match is found ("… giao | Ủy ban Kiểm tra Tỉnh ủy"); a
committee followed by "viên" is a member's title ("Tỉnh ủy viên",
``agency_generic_after.txt``). A joint office is one body ("Văn phòng HĐND và UBND
huyện Yên Thành", ``agency_compound_heads.txt``), and a central department may be named
by a comma list of fields ("Cục Hộ tịch, quốc tịch, chứng thực", "Vụ Phổ biến, giáo dục
pháp luật"; ``agency_departments.txt``, list heads, shared objects). The bare words
"Đảng" and "Nhà nước" are not reported: they name the Party and the State in the
abstract, and annotators leave them optional.

``name`` is the mention as written: an abbreviation stays as the text has it
("UBND tỉnh Tuyên Quang"), since annotators and readers match what the text
says; ``canonical`` (see ``canonical_agency``) expands abbreviations, modernises
tone placement, fixes the case of type words and maps gazetteer aliases to one
name; a bare body listed just before a located one shares its locality there
("Đảng ủy, UBND xã Sín Chéng": "Đảng ủy xã Sín Chéng"); a local body's short name
takes its full form before a locality (``agency_local_full_names.tsv``: "Ủy ban MTTQ
tỉnh X" → "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh X").

>>> [(a.text, a.canonical) for a in find_agencies(
...     "Chiều 20/2, Bộ Công an phối hợp với UBND tỉnh Kiên Giang và Ban chỉ đạo 138.")]
... # doctest: +NORMALIZE_WHITESPACE
[('Bộ Công an', 'Bộ Công an'),
 ('UBND tỉnh Kiên Giang', 'Ủy ban nhân dân tỉnh Kiên Giang'),
 ('Ban chỉ đạo 138', 'Ban Chỉ đạo 138')]

Speed: one stdlib ``re`` pattern whose first item is a character trie of every start, so
the engine skips ahead on the trie's first characters; all repetitions are bounded or
possessive and every look-around reads a bounded window, so the time is linear in the
input. A match is bounded too (a few dozen words), so reading again the rest of a match
cut short costs at most a constant factor. The pattern is shaped for the engine: the
word guard of a start is read a few characters into the trie, where most capitalised
words have already failed; a look-ahead for "a body opens here" holds only the shortest
start phrases; optional groups are alternations with the empty string (a branch, not a
repeat); nothing after the start is tried unless a space follows. It is compiled on
first use (about 0.1 s), so importing the module is cheap. Python work is per mention,
and the judgement of a mention (person check, canonical name) is kept per spelling in a
dict. ``tests/test_agencies_fast.py`` checks the shaped pattern against the plain one.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterable

from ttcorpus.encodings import is_syllable
from ttcorpus.extract.charclasses import latin_letters
from ttcorpus.models import Agency
from ttcorpus.normalize import collapse_spaces, fold, modern_tones, unify_punctuation
from ttcorpus.resources import data_lines, data_rows, data_section

__all__ = ["canonical_agency", "find_agencies"]

# ---------------------------------------------------------------- character classes




def _ranges(escaped: str) -> str:
    """A character class's escaped members written with ranges ("A-Z"): the same set,
    in fewer characters for the engine's parser (each copy of a class of letters
    costs it about a millisecond, and the grammar holds a hundred).

    >>> _ranges("ABCDXa")
    'A-DXa'
    """
    codes = sorted({ord(c) for c in re.sub(r"\\(.)", r"\1", escaped)})
    out = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        first, last = re.escape(chr(codes[i])), re.escape(chr(codes[j]))
        out.append(first if j == i else first + last if j == i + 1 else f"{first}-{last}")
        i = j + 1
    return "".join(out)


_U = _ranges(latin_letters("isupper"))
_L = _ranges(latin_letters("islower"))
_END = r"(?![\w'’])"  # the end of a word
_CAP = rf"[{_U}][{_L}]*{_END}"  # one capitalised syllable ("Công", "A")
_LOW = rf"[{_L}]+{_END}"  # one lower-case syllable
# An abbreviation: two or more capitals or digits, with inner "&" or "-" ("UBND",
# "MTTQ", "LĐ-TB&XH", "A05").
_ABBR = rf"[{_U}](?:[{_U}\d&]|-[{_U}\d])+{_END}(?!\.\w)"

# ---------------------------------------------------------------- spellings

_TONES = "\u0300\u0301\u0303\u0309\u0323"
# A tone on the first vowel of a final oa, oe or uy ("hòa", "Ủy"), not after "q".
_MODERN_TONE = re.compile(
    rf"(?<![qQ])([oO](?=[{_TONES}][aAeE])|[uU](?=[{_TONES}][yY]))([{_TONES}])(\w)(?!\w)"
)


def _old_tones(text: str) -> str:
    """The old-style tone placement on a final oa/oe/uy (the inverse of
    ``normalize.modern_tones``).

    >>> _old_tones("Ủy ban, Tòa án, khóa")
    'Uỷ ban, Toà án, khoá'
    """
    decomposed = unicodedata.normalize("NFD", text)
    moved = _MODERN_TONE.sub(lambda m: m.group(1) + m.group(3) + m.group(2), decomposed)
    return unicodedata.normalize("NFC", moved)


def _spellings(phrase: str) -> set[str]:
    """A data phrase in both tone placements."""
    modern = modern_tones(phrase)
    return {phrase, modern, _old_tones(modern)}


# ---------------------------------------------------------------- phrase tries


# A unit's number in a phrase of ``agency_numbered_units.txt`` ("Quân khu #"): one to
# four digits that are no part of a date, a document number or a larger figure
# ("7/2020", "44-KL/TW", "1.200", "3 000").
_UNIT_NUMBER_MARK = "#"
_UNIT_NUMBER = r"\d{1,4}(?!\w)(?![.,:]\d|[/-]\w| \d)"


@functools.cache
def _char_pattern(ch: str, exact: bool) -> str:
    if ch == " ":
        return ch
    if ch == _UNIT_NUMBER_MARK:
        return _UNIT_NUMBER
    if exact or ch.upper() == ch.lower():
        return re.escape(ch)
    return "[" + re.escape(ch.lower()) + re.escape(ch.upper()) + "]"


# Not inside a word or a code: no letter, digit, apostrophe, slash, "&" or "-" before
# the phrase's first character; checked after ``_GUARD_DEPTH`` characters of it.
_GUARD = r"(?<![\w'’/&-]{})"
_GUARD_DEPTH = 3


def _trie(
    phrases: Iterable[str],
    *,
    exact_words: int = 99,
    exact: Iterable[str] = (),
    conditions: dict[str, str] | None = None,
    guard_first: bool = False,
    shortest: bool = False,
) -> str:
    """One regex alternation for a phrase list, shaped as a character trie (so the
    engine scans ahead on the set of first characters and never retries a shared
    prefix). The first ``exact_words`` words match as written, later ones in any
    case; the ``exact`` phrases match wholly as written; a phrase of ``conditions``
    matches only where its condition (a look-around) holds at its end. ``guard_first`` refuses a
    match that starts inside a word or a code
    ("QĐ-UBND"); the look-behind that says so is placed a few characters in (or
    at a shorter phrase's end), where most texts have already left the trie: it
    reads the character before the match whatever its depth.

    ``shortest`` keeps only the phrases that have no other phrase as a prefix: a
    look-ahead that asks whether the text *opens* with some phrase (no word end
    after it) is true for a phrase exactly when it is true for its shortest prefix
    in the list, so the long phrases only cost compile time there.

    >>> _trie(["Ban", "Ban Chỉ đạo"], exact_words=1)
    'Ban(?: [cC][hH][ỉỈ] [đĐ][ạẠ][oO]|)'
    >>> _trie(["Ban", "Ban Chỉ đạo", "Bộ"], exact_words=1, shortest=True)
    'B(?:an|ộ)'
    >>> bool(re.fullmatch(_trie(["Ủy ban"], exact_words=1), "Ủy Ban"))
    True
    """
    root: dict[str, dict] = {}
    ends: set[int] = set()
    ending: dict[int, str] = {}  # a phrase's condition, by its end node
    as_written = set(exact)
    for phrase in [*phrases, *as_written]:
        node = root
        words = 0
        for ch in phrase:
            if ch == " ":
                words += 1
            exact_here = words < exact_words or phrase in as_written
            key = ch if exact_here else ch.lower()
            node = node.setdefault(("e" if exact_here else "i") + key, {})
        ends.add(id(node))
        if conditions and phrase in conditions:
            ending[id(node)] = conditions[phrase]

    def emit(node: dict[str, dict], depth: int, guarded: bool) -> str:
        if shortest and id(node) in ends:
            return ""
        alts = []
        for key, child in sorted(node.items()):
            piece = _char_pattern(key[1], key[0] == "e")
            guard_here = not guarded and (depth + 1 == _GUARD_DEPTH or id(child) in ends)
            if guard_here:
                if _UNIT_NUMBER_MARK in key:
                    raise ValueError("a number within the guard depth")
                piece += _GUARD.format("." * (depth + 1))
            alts.append(piece + emit(child, depth + 1, guarded or guard_here))
        condition = ending.get(id(node), "")
        if not alts:
            return condition
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if condition:
            return f"(?:{body}|{condition})"
        return _optional(body) if id(node) in ends else body

    return emit(root, 0, not guard_first)


def _optional(pattern: str) -> str:
    """``(?:pattern)?`` written as an alternation with the empty string: the same
    matches in the same order of preference, but the engine takes a branch where
    ``?`` would set up a repeat (measurably cheaper on every mention).

    >>> _optional("ab")
    '(?:ab|)'
    """
    return f"(?:{pattern}|)"


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _lines(name: str) -> list[str]:
    return [_nfc(line) for line in data_lines(name)]


def _departments() -> list[str]:
    """Offices named by the field they run (``agency_departments.txt``): each head
    with each field.

    >>> "Sở Nông nghiệp và Phát triển nông thôn" in _departments()
    True
    """
    heads = data_section("agency_departments.txt", "heads")
    fields = data_section("agency_departments.txt", "fields")
    return [unicodedata.normalize("NFC", f"{h} {f}") for h in heads for f in fields]


def _all_spellings(phrases: Iterable[str]) -> set[str]:
    return {s for p in phrases for s in _spellings(p)}


# ---------------------------------------------------------------- data

_PLAIN, _TYPE, _LEVEL, _TOPIC, _CENTRAL = "plain", "type", "level", "topic", "central"
_UNIT = "unit"  # a numbered unit ("Quân khu 7"): complete on its own

_ABBREVIATIONS: dict[str, str] = {
    row[0]: unicodedata.normalize("NFC", row[1]) for row in data_rows("abbreviations.tsv")
}
_GAZETTEER: list[tuple[str, ...]] = [
    tuple(unicodedata.normalize("NFC", cell) for cell in row if cell)
    for row in data_rows("agencies.tsv")
]


def _foreign_parties() -> list[tuple[str, ...]]:
    """Gazetteer rows for the parties of other countries (``agency_foreign_parties.txt``):
    each party, and its central committee under each of its names, so that "Trung ương
    Đảng" followed by such a party's name is that party's committee.

    >>> rows = _foreign_parties()
    >>> rows[0]
    ('Đảng Nhân dân Cách mạng Lào', 'Đảng NDCM Lào')
    >>> "Trung ương Đảng Nhân dân Cách mạng Lào" in rows[1]
    True
    """
    name = "agency_foreign_parties.txt"
    parties = [tuple(map(_nfc, line.split("\t"))) for line in data_section(name, "parties")]
    committees = [tuple(map(_nfc, line.split("\t"))) for line in data_section(name, "committees")]
    rows: list[tuple[str, ...]] = []
    for party in parties:
        rows.append(party)
        for full, *short in committees:
            rows.append(tuple(f"{words} {p}" for words in (full, *short) for p in party))
    return rows


_GAZETTEER += _foreign_parties()


_UNITS = _lines("agency_numbered_units.txt")
# The words of a unit before its number ("Sư đoàn", "Vùng Cảnh sát biển"): type words
# whose case canonical names fix.
_UNIT_HEADS = [unit.split(_UNIT_NUMBER_MARK)[0].strip() for unit in _UNITS]
_DIGITS = re.compile(r"\d+")
# A body's standing committee or board with its "Ban" left out ("Thường vụ Tỉnh ủy",
# "Thường trực HĐND"; see ``agency_standing_heads.tsv``): the short words → the full ones,
# → the bodies they go before ("*": the committees named by their level), and → the
# office words that make them part of an office ("Phó Chủ tịch | Thường trực HĐND").
_STANDING_ROWS = [tuple(map(_nfc, row)) for row in data_rows("agency_standing_heads.tsv")]
_STANDING = {row[0]: row[1] for row in _STANDING_ROWS}
_EVERY_COMMITTEE = "*"
_STANDING_OFFICES = {
    row[0]: tuple(w + " " for w in row[3].split(";")) if len(row) > 3 else ()
    for row in _STANDING_ROWS
}


def _standing_pairs() -> list[tuple[str, str]]:
    """Each standing body's phrase (short words and body), with the body: before each
    committee named by its level (not the unit levels: "Chi bộ" has no standing
    committee), or before the bodies its row lists (both: "*;Đảng bộ").

    >>> pairs = dict(_standing_pairs())
    >>> "Thường vụ Đảng ủy" in pairs, "Thường vụ Chi bộ" in pairs, pairs["Thường trực HĐND"]
    (True, False, 'HĐND')
    >>> "BCH Đảng bộ" in pairs, "BTV Tỉnh ủy" in pairs
    (True, True)
    """
    units = {fold(h) for h in _lines("agency_unit_level_heads.txt")}
    committees = [h for h in _lines("agency_locality_heads.txt") if fold(h) not in units]
    pairs = []
    for short, _full, bodies, *_ in _STANDING_ROWS:
        for item in bodies.split(";"):
            listed = committees if item == _EVERY_COMMITTEE else [item]
            pairs += [(f"{short} {body}", body) for body in listed]
    return pairs


def _standing_heads() -> list[str]:
    return [phrase for phrase, _ in _standing_pairs()]


# An office word, then a head in lower case that opens a body after it ("Trưởng | ban Dân
# tộc HĐND tỉnh"; ``agency_office_heads.tsv``): start phrases matched as written; with a
# topic board's words after the head, the board's head in lower case ("Trưởng | ban Chỉ
# đạo Trung ương về …"), so that its topic is read as after "Ban Chỉ đạo"; so with a
# department's field ("Trưởng | phòng Tài chính - Kế hoạch huyện …").
_TOPIC_HEADS = _lines("agency_topic_heads.txt")


def _office_heads() -> dict[str, int]:
    """Each office-and-head phrase → the length of its office word with the space.

    >>> heads = _office_heads()
    >>> heads["Trưởng ban"], heads["Trưởng ban Chỉ đạo"]
    (7, 7)
    """
    heads: dict[str, int] = {}
    for office, head in data_rows("agency_office_heads.tsv"):
        heads[_nfc(f"{office} {head}")] = len(office) + 1
        for topic in (*_TOPIC_HEADS, *_departments()):  # "Trưởng | phòng Tài chính - Kế hoạch"
            first, _, rest = topic.partition(" ")
            if rest and first.lower() == head.lower():
                heads[_nfc(f"{office} {head} {rest}")] = len(office) + 1
    return heads


_OFFICE_HEADS = _office_heads()


def _levelled_abbreviations() -> frozenset[str]:
    """Abbreviations that stand for a head word and a locality word ("CATP": "Công an
    thành phố"): a body named by its level, which may stand alone or take its place's
    name ("CATP Hà Nội"), as a body named by its type does.

    >>> "CATP" in _levelled_abbreviations(), "UBND" in _levelled_abbreviations()
    (True, False)
    """
    heads = set(_lines("agency_heads.txt"))
    return frozenset(
        abbr
        for abbr, full in _ABBREVIATIONS.items()
        for word in _lines("agency_localities.txt")
        if full.endswith(" " + word) and full[: -len(word) - 1] in heads
    )


_LEVELLED = _levelled_abbreviations()
# A provincial police department's code ("PC04", ``agency_police_codes.txt``): a body alone.
_POLICE_CODES = _lines("agency_police_codes.txt")


def _start_kinds() -> dict[str, str]:
    """Every start phrase (folded) → its kind; later entries do not override."""
    kinds: dict[str, str] = {}
    sources = [
        (_TOPIC, _lines("agency_topic_heads.txt")),
        (_LEVEL, _lines("agency_locality_heads.txt")),
        (_TYPE, [*_lines("agency_compound_heads.txt"), *_departments(),
                 *_lines("agency_foreign_heads.txt"), *_POLICE_CODES]),
        (_CENTRAL, [name for row in _GAZETTEER for name in row]),
        (_PLAIN, _lines("agency_heads.txt")),
        (_UNIT, _UNITS),
    ]
    for kind, phrases in sources:
        for phrase in phrases:
            kinds.setdefault(fold(phrase), kind)
    for abbr, full in _ABBREVIATIONS.items():
        full_kind = kinds.get(fold(full))
        if full_kind is not None and full_kind != _PLAIN:
            kinds.setdefault(fold(abbr), full_kind)
        elif abbr in _LEVELLED:  # "CATP"
            kinds.setdefault(fold(abbr), _TYPE)
    for phrase, body in _standing_pairs():  # of the body's kind ("Thường trực HĐND")
        kinds.setdefault(fold(phrase), kinds.get(fold(body), _LEVEL))
    return kinds


_START_KIND = _start_kinds()


def _kind(start: str) -> str:
    """The kind of a start phrase as found ("Quân khu 7" is a "Quân khu #")."""
    key = fold(start)
    kind = _START_KIND.get(key)
    if kind is None:
        kind = _START_KIND.get(_DIGITS.sub(_UNIT_NUMBER_MARK, key), _PLAIN)
    return kind


_HEAD_FILES = (
    "agency_heads.txt",
    "agency_compound_heads.txt",
    "agency_locality_heads.txt",
    "agency_topic_heads.txt",
)
# The start phrases as data spells them (abbreviations included), each in both
# tone placements; the canonical spelling of each, by folded key.
_START_PHRASES = {
    s
    for row in (
        _lines("agency_topic_heads.txt"),
        _lines("agency_locality_heads.txt"),
        _standing_heads(),
        _lines("agency_compound_heads.txt"),
        _lines("agency_foreign_heads.txt"),
        _departments(),
        _POLICE_CODES,
        _lines("agency_heads.txt"),
        [name for row in _GAZETTEER for name in row],
        _UNITS,
    )
    for s in _all_spellings(row)
} | {abbr for abbr in _ABBREVIATIONS if fold(abbr) in _START_KIND}
_SPELLING = {
    fold(p): modern_tones(p)
    for p in (
        *_lines("agency_heads.txt"),
        *_lines("agency_compound_heads.txt"),
        *_lines("agency_foreign_heads.txt"),
        *_departments(),
        *_lines("agency_locality_heads.txt"),
        *_standing_heads(),
        *_lines("agency_topic_heads.txt"),
        *(name for row in _GAZETTEER for name in row if not name.isupper()),
        *_UNIT_HEADS,
    )
}
# Bare bodies that take the locality of the next body in a list ("Đảng ủy, UBND xã
# X"): the ones not named by their level ("Tỉnh ủy" already says where it is).
_LEVEL_WORDS = frozenset(fold(w).split()[0] for w in _lines("agency_localities.txt"))
_SHARES_LOCALITY = frozenset(
    s
    for s in _START_PHRASES
    if _START_KIND.get(fold(s)) in (_TYPE, _LEVEL) and fold(s).split()[0] not in _LEVEL_WORDS
    and s not in _LEVELLED  # "CATP" says where it is
    and s not in _POLICE_CODES  # "PC02, PC04 Công an tỉnh …": the police's, not the place's
)
# First words of the head words: a central body that opens with none ("Quốc hội",
# "Chính phủ") takes no locality or further name parts.
_HEAD_WORDS = frozenset(
    w.split()[0] for name in _HEAD_FILES for p in _lines(name) for w in _spellings(p)
)
_SURNAMES = frozenset(data_lines("surnames.txt"))
_MIDDLE_NAMES = frozenset(data_lines("agency_middle_names.txt"))
_GIVEN_NAMES = frozenset(_lines("agency_given_names.txt"))
# The second syllable of a run that makes it a full name after a locality word.
_NAME_SECONDS = _MIDDLE_NAMES | _SURNAMES | _GIVEN_NAMES
_PROPER_NAMES = (*data_lines("provinces.txt"), *data_lines("agency_proper_words.txt"))
# A country of two syllables or more is no person in a run either ("Cơ quan Hợp tác quốc tế
# Hàn Quốc": "Hàn" is a family name); ``countries.txt``, section countries.
_COUNTRY_KEYS = frozenset(
    tuple(fold(c).split()) for c in data_section("countries.txt", "countries") if " " in c
)
_PROPER = frozenset(tuple(fold(p).split()) for p in _PROPER_NAMES) | _COUNTRY_KEYS
# Foreign countries, folded (``countries.txt`` less the proper words that end many
# bodies' names, ``agency_proper_words.txt``: "Việt Nam"): a capitalised run after one
# inside a mention is a foreign person ("Bộ Quốc phòng Lào | Chansamone Chanyalath"),
# unless the country opens a longer place ("Lào Cai").
_FOREIGN_KEYS = frozenset(
    tuple(fold(c).split()) for c in data_section("countries.txt", "countries")
) - frozenset(tuple(fold(p).split()) for p in data_lines("agency_proper_words.txt"))
_FOREIGN_LONGEST = max(map(len, _FOREIGN_KEYS))
_PROPER_LONGEST = max(len(p) for p in _PROPER)
_LOCALITY_WORDS = _lines("agency_localities.txt")
_VILLAGE_WORDS = _lines("agency_villages.txt")
_LOCALITY_KEYS = frozenset(fold(w).split()[-1] for w in (*_LOCALITY_WORDS, *_VILLAGE_WORDS))
# A feature's word before its name ("vịnh | Hạ Long"): the run after it is a place.
_FEATURE_KEYS = frozenset(map(fold, _lines("agency_place_features.txt")))
_PROVINCE_WORD = fold(_LOCALITY_WORDS[0])  # "tỉnh": followed by a province name only
# The words for a city ("thành phố", "TP", the second entry and its spellings): a run of
# three syllables or more after one that opens with a family name and is no known place
# is a person ("UBND thành phố | Hồ Kỳ Minh"): city names are one or two syllables.
_CITY_KEYS = frozenset(
    fold(w).split()[-1]
    for w in _LOCALITY_WORDS
    if fold(_ABBREVIATIONS.get(w, w)) == fold(_LOCALITY_WORDS[1])
)
# A city abbreviation that already names the place ("TPHCM"): a run after it is no place.
_NAMED_CITY_KEYS = frozenset(
    fold(w).split()[-1] for w in map(_nfc, data_section("agency_localities.txt", "named cities"))
)
# Syllables that open a Central Highlands personal name ("Y Phiên Niê").
_PERSON_PREFIXES = frozenset(_lines("agency_person_prefixes.txt"))

# ---------------------------------------------------------------- patterns



def _office_head_conditions() -> dict[str, str]:
    """For each office-and-head phrase, a look-ahead that is false when the head follows
    again, capitalised: the lower-case head is then the office's own word and the body
    opens after it ("Phó Trưởng ban | Ban Tuyên giáo Tỉnh ủy", not "ban Ban …").

    >>> bool(re.match("x" + _office_head_conditions()["Trưởng ban"], "x Ban Tuyên giáo"))
    False
    """
    conditions = {}
    for office, head in data_rows("agency_office_heads.tsv"):
        first = _nfc(head).split(" ", 1)[0]
        capitalised = re.escape(first[:1].upper() + first[1:])
        conditions[_nfc(f"{office} {head}")] = f"(?! {capitalised}{_END})"
    return conditions


_START = _trie(
    _START_PHRASES,
    exact_words=1,
    exact=_OFFICE_HEADS,
    conditions=_office_head_conditions(),
    guard_first=True,
)
# In a look-ahead after a space ("a new body opens here"), the shortest start phrases
# suffice, and need no word guard.
_START_OPENS = _trie(_START_PHRASES, exact_words=1, shortest=True)


def _held_stops() -> dict[str, str]:
    """For a function word that is also the last syllable of a noun
    (``agency_held_stops.txt``: "nhà ở"), a look-behind that is false right after the
    noun's other syllables, where the word is no function word; for one that is the
    noun's first syllable ("ngoài nước"), a look-ahead that is false before the rest.

    >>> stop = re.compile("ở" + _held_stops()["ở"])
    >>> bool(stop.search("Cục Thuế ở")), bool(stop.search("Cục Quản lý nhà ở"))
    (True, False)
    >>> stop = re.compile("ngoài" + _held_stops()["ngoài"])
    >>> bool(stop.search("ngoài giờ")), bool(stop.search("lao động ngoài nước"))
    (True, False)
    """
    conditions: dict[str, str] = {}
    stops = frozenset(_lines("agency_stops.txt"))
    for noun in _lines("agency_held_stops.txt"):
        first, rest = noun.split(" ", 1)
        if first in stops:  # "ngoài nước" (abroad): "ngoài" (outside) is no stop before "nước"
            after = "".join(_char_pattern(ch, False) for ch in rest)
            conditions[first] = conditions.get(first, "") + f"(?! {after}{_END})"
            continue
        last = noun.rsplit(" ", 1)[1]
        behind = "".join(_char_pattern(ch, False) for ch in noun)
        # the noun's first syllable is a whole word
        word = f"(?<![\\w'’]{'.' * len(noun)})"
        conditions[last] = conditions.get(last, "") + f"(?<!{behind}{word})"
    return conditions


# Function words; one that ends a noun is none there ("nhà ở": housing).
_STOPS = _trie(_all_spellings(_lines("agency_stops.txt")), conditions=_held_stops()) + _END
_VERBS = _trie(_all_spellings(_lines("agency_verbs.txt"))) + _END
_NAME_STOPS = _trie(_all_spellings(_lines("agency_name_stops.txt")), exact_words=1) + _END
_PART_STOPS = _trie(_all_spellings(_lines("agency_part_stops.txt")), exact_words=1) + _END
_PROPER_WORDS = _trie(_all_spellings(_PROPER_NAMES)) + _END
# "TP." may touch the name; a dot that ends the line or the text is the sentence's ("…
# của Đảng ủy Công an TP." → "TP", the trie's shorter word).
_LOCALITY = _trie(_LOCALITY_WORDS) + rf"(?:(?<=\.)(?!\n|$)|(?<!\.){_END})"
_OTHER_HEADS = _trie(_all_spellings(_lines("agency_other_heads.txt")), exact_words=1) + _END
_QUALIFIER = _trie(_lines("agency_qualifiers.txt")) + _END
# A locality word that really opens a locality: not followed by a lower-case word
# ("xã hội" is a noun, "xã Sín Chéng" a place, "tỉnh," the province).
_LOCALITY_OPENING = rf"{_LOCALITY}(?! [{_L}])"


# One lower-case syllable of a name part's tail.
_TAIL = rf" (?!{_STOPS}|{_VERBS}|{_LOCALITY_OPENING}){_LOW}"
# What may follow a long tail of a later name part: another body, a locality, a proper
# name ("Cảnh sát giao thông | Công an tỉnh") or a country (``countries.txt``, section
# countries: "Học viện Chính trị và Hành chính quốc gia | Lào").
_COUNTRY = _trie(map(_nfc, data_section("countries.txt", "countries")), exact_words=1) + _END
_CLOSER = rf" (?:{_START_OPENS}|{_LOCALITY}|{_PROPER_WORDS}|{_COUNTRY})"
# The head words of bodies and institutions in lower case ("công an", "cơ quan").
_BODY_WORDS = _trie(
    {p.lower() for name in ("agency_heads.txt", "agency_other_heads.txt") for p in _lines(name)}
)
# A field joined to the one before it by a dash ("Đội Cảnh sát giao thông - trật tự Công
# an huyện", "Vụ Pháp luật dân sự - kinh tế"): a dash right after a lower-case tail
# syllable, two lower-case syllables (no function word, verb, locality or body's head
# word), then another body, a locality, a proper name or punctuation, so that a phrase
# in apposition ("Sở Y tế - cơ quan thường trực …") is left out.
_DASH_SYLLABLE = rf" (?!{_STOPS}|{_VERBS}|{_LOCALITY_OPENING}|(?:{_BODY_WORDS}){_END}){_LOW}"
# A field of ``agency_dash_fields.txt`` ("hành chính") may be followed by a function word
# or a clause verb as well: "Vụ Pháp luật hình sự - hành chính | chủ trì".
_DASH_FIELDS = _trie(_lines("agency_dash_fields.txt")) + _END
_DASH_FIELD = (
    rf" -(?:(?= {_DASH_FIELDS} (?:{_STOPS}|{_VERBS})) {_LOW} {_LOW}"
    rf"|{_DASH_SYLLABLE}{_DASH_SYLLABLE}(?={_CLOSER}|[,.;:)]|$))"
)
# A step of the first part's tail: a syllable, maybe with a dashed field after it; and
# "phòng, chống" (prevention and combat) keeps its comma inside a name: "Cục Cảnh sát
# phòng, chống tội phạm về môi trường", "Cục Phòng, chống ma túy".
_TAIL_STEP = rf"(?:{_TAIL}(?:{_DASH_FIELD}|)|(?<=[pP]hòng), chống{_END})"
_MAX_FIRST_TAIL = 12  # lower-case syllables after the first capitalised name part
# A verb that is also a field ("xây dựng": construction) stays in the first part's
# tail when a locality or a proper place closes it within a few syllables: "Viện Quy
# hoạch xây dựng Hà Nội", but "Sở Tư pháp | thực hiện kế hoạch".
_CLAUSE_VERBS = (
    _trie(_all_spellings(map(_nfc, data_section("agency_verbs.txt", "clause verbs")))) + _END
)
_FIELD_TAIL = rf" (?!{_STOPS}|{_CLAUSE_VERBS}|{_LOCALITY_OPENING}){_LOW}"
# A clause verb may open a board's topic ("Ban Chỉ đạo thực hiện quy chế dân chủ") but
# never ends it: a topic whose object is a document or a programme by its capitalised
# name ("Ban Chỉ đạo thực hiện | Nghị quyết …") ends before the verb, as a topic the
# grammar cannot read does ("Ban Chỉ đạo | tổng kết …"); the document is a reference.
_CLAUSE_VERB_ENDINGS = tuple(
    " " + v for v in _all_spellings(map(_nfc, data_section("agency_verbs.txt", "clause verbs")))
)
_MAX_FIELD_TAIL = 3
_PLACE_CLOSER = rf" (?:{_LOCALITY_OPENING}|{_PROPER_WORDS})"
# A numbered unit inside a name ("Đảng ủy | Quân khu 7").
_UNIT_PART = _trie(_all_spellings(_UNITS), exact_words=1) + _END
# An abbreviation written with a dot inside (``abbreviations.tsv``: "T.Ư", Trung ương),
# read whole as a name part ("Ủy ban Kiểm tra T.Ư"); a locality's ("TP.HCM") is a locality.
_DOTTED_ABBR = (
    _trie(a for a in _ABBREVIATIONS if "." in a.rstrip(".") and a not in _LOCALITY_WORDS)
    + _END
)
# A bare bloc head ("Khối", ``agency_blocs.txt``) takes no lower-case tail: its words are read
# after the mention ("Đảng ủy Khối | các cơ quan tỉnh", see ``_rest_after``), and anything
# else is the next clause ("Ban Tổ chức Đảng ủy Khối | giới thiệu …").
_BLOCS = _lines("agency_blocs.txt")
_BLOC_HEAD = _BLOCS[0].split(" ", 1)[0]  # "Khối"
_BARE_BLOC = rf"{_BLOC_HEAD}{_END}(?= [{_L}])"
# A Roman numeral ends a name part: it takes no lower-case tail ("Học viện Chính trị khu
# vực I | truyền đạt …", as "khu vực II" is read, an abbreviation); so does a country
# other than Việt Nam ("Đảng Nhân dân Cách mạng Lào | cử …"; ``countries.txt``, section
# countries, less the proper words that end many bodies' names,
# ``agency_proper_words.txt``: "… Việt Nam chi nhánh tỉnh").
_ROMAN = rf"[IVX]{{1,4}}{_END}"
_FOREIGN = (
    _trie(
        set(map(_nfc, data_section("countries.txt", "countries")))
        - set(map(_nfc, data_lines("agency_proper_words.txt"))),
        exact_words=1,
    )
    + _END
)
# A foreign country after a complete name, then a lower-case word: the name ends with the
# country ("Bộ Quốc phòng Lào | sang thăm …"; see ``_country_end``), unless a locality
# follows ("Hội Hữu nghị Việt Nam - Lào | tỉnh …" keeps it) or the country and the word
# are one word (``agency_country_nouns.txt``: "Anh hùng").
_COUNTRY_THEN_LOWER = re.compile(rf" (?:{_FOREIGN})(?= (?!{_LOCALITY_OPENING})[{_L}])")
_COUNTRY_NOUNS = frozenset(fold(w) for w in _lines("agency_country_nouns.txt"))
# A foreign country right after a central body named without a head word, maybe after
# one or two words of a capitalised and a lower-case syllable (no function word, so no
# person's name, "Quốc hội | Nguyễn Đức Hải"): that country's body ("Chính phủ Lào",
# "Chính phủ Hoàng gia Campuchia"), never Việt Nam's.
_FOREIGN_AFTER = re.compile(rf"(?: {_CAP} (?!{_STOPS}){_LOW}){{0,2}} (?:{_FOREIGN})")
# A joint office (``agency_compound_heads.txt``, a head with "và" in it) read whole.
_JOINT_OFFICE = (
    _trie(_all_spellings(h for h in _lines("agency_compound_heads.txt") if " và " in h),
          exact_words=1)
    + _END
)
# The first name part: a numbered unit, a joint office, a capitalised word with a long
# tail, or an abbreviation.
_FIRST_PART = (
    rf"(?=[{_U}])(?!{_NAME_STOPS}|{_LOCALITY})"
    rf"(?:{_UNIT_PART}|{_DOTTED_ABBR}|{_JOINT_OFFICE}|{_CAP}(?:{_TAIL_STEP}){{0,{_MAX_FIRST_TAIL}}}+"
    + _optional(rf"(?:{_FIELD_TAIL}){{1,{_MAX_FIELD_TAIL}}}+(?={_PLACE_CLOSER})")
    + rf"|{_ABBR})"
)
# A later name part: a numbered unit, a Roman numeral, a bare bloc head, a joint office
# ("Chi bộ | Văn phòng Đoàn ĐBQH và HĐND tỉnh …"), one tail syllable ("Tổ quốc"), or a
# longer tail that runs into a closer.
_PART = (
    rf"(?=[{_U}])(?!{_NAME_STOPS}|{_PART_STOPS}|{_LOCALITY})"
    rf"(?:{_UNIT_PART}|{_DOTTED_ABBR}|{_ROMAN}|{_BARE_BLOC}|{_JOINT_OFFICE}|{_FOREIGN}"
    rf"|{_CAP}(?:{_TAIL}(?:(?:{_TAIL}){{1,5}}+(?={_CLOSER})|)|)|{_ABBR})"
)
# Name parts are joined by a space, or by "và", a dash or a comma list closed by
# "và" ("Sở Lao động - Thương binh và Xã hội", "Bộ Văn hóa, Thể thao và Du lịch");
# after such a joint the part must not open another body or institution.
# (A joint ends with a space or a dash; a start right after a dash is inside a code
# for the word guard, so it opens no new body.)
_NOT_NEW_BODY = rf"(?!{_OTHER_HEADS})(?:(?<=-)|(?!{_START_OPENS}))"
# A name closed by its number takes no more parts after "và" ("Ban Chỉ đạo 35 | và Lực
# lượng 47"): the digit look-behinds, read only once "và" or a comma has matched.
# (The comma list is written with one copy of a part: "X(?:Y){0,2}" with Y the item
# X is but for the look-behind on the digit; that look-behind, "(?<!\d, )" after the
# first comma, reads the same character as "(?<!\d)" before it.)
_JOINT = (
    rf"(?: và (?<!\d và )| ?- ?|(?<!\d)(?:, {_NOT_NEW_BODY}{_PART}){{1,3}} và )"
    rf"{_NOT_NEW_BODY}"
)
_MORE_PARTS = rf"(?: |{_JOINT}){_PART}"
_MAX_PARTS = 8
# A topic board's lower-case topic: words (not function words), with commas and
# "và" between them ("phòng, chống tội phạm, tệ nạn xã hội và xây dựng …").
# "các" (all the, a function word) before a plural noun of
# ``agency_plural_topics.txt`` stays in a topic at its opening ("Ban Quản lý | các
# khu công nghiệp", "Ban Chỉ đạo nhà nước | các công trình, dự án …") or when a
# locality follows within a few words ("… các khu công nghiệp tỉnh Bắc Ninh"); the noun
# is read whole, in any case ("Ban Quản lý các Khu công nghiệp tỉnh …").
_ALL_THE = "các"
_PLURAL_TOPIC = rf"{_ALL_THE} {_trie(_lines('agency_plural_topics.txt'), exact_words=0)}{_END}"
_TOPIC_WORD = (
    rf"(?:(?={_PLURAL_TOPIC}(?:{_TAIL}){{0,3}} {_LOCALITY_OPENING}){_PLURAL_TOPIC}"
    rf"|(?!{_STOPS}|{_LOCALITY_OPENING})(?:{_LOW}|{_ABBR}))"
)
# Right after "về" a capitalised word of ``agency_topic_capitals.txt`` before a comma or a
# lower-case word opens a topic too ("… quốc gia về Phòng, chống thiên tai").
_TOPIC_CAPITAL = (
    rf"(?<= về ){_trie(_lines('agency_topic_capitals.txt'), exact_words=1)}{_END}(?=,? [{_L}])"
)
_TOPIC_OPENING = rf"(?:{_TOPIC_CAPITAL}|(?:{_TOPIC_WORD} ){{0,2}}{_PLURAL_TOPIC}|{_TOPIC_WORD})"
# After "và" a word of ``agency_and_stops.txt`` opens the next noun phrase ("… giao thông
# tỉnh | và vụ án tại …").
_AND_STOPS = _trie(_lines("agency_and_stops.txt")) + _END
# After a comma a verb of ``agency_comma_stops.txt`` opens a clause ("… chuyển đổi số |
# , tập trung vào …"); after a comma or "và" a body's abbreviation opens the next body
# ("Ban Chỉ đạo phòng, chống dịch |, UBND các huyện").
_COMMA_STOPS = _trie(_lines("agency_comma_stops.txt")) + _END
_TOPIC_TEXT = (
    rf" {_TOPIC_OPENING}"
    rf"(?:(?: |(?:, (?!{_COMMA_STOPS})| và (?!{_AND_STOPS}))(?!{_START_OPENS})){_TOPIC_WORD})"
    r"{0,30}+"
)
# A topic opened by "về" (on), maybe after the board's level (``agency_topic_levels.txt``):
# "Ban Chỉ đạo quốc gia về phòng, chống thiên tai", "Ban Chỉ đạo về chính sách nhà ở …".
_ABOUT = "về"
_TOPIC_LEVEL = _trie(_all_spellings(_lines("agency_topic_levels.txt")), exact_words=0) + _END
# (written before the topic text, which it shares with a topic opened by no "về")
# A board named by the committee it serves before its topic: "Ban Chỉ đạo của Thành ủy về
# phát triển khoa học, công nghệ …" (a committee by its level, ``agency_locality_heads.txt``,
# only when "về" follows).
_OF = "của"
_OWNER = (
    rf"(?: {_OF} {_trie(_all_spellings(_lines('agency_locality_heads.txt')), exact_words=1)}"
    rf"{_END}(?= {_ABOUT} )|)"
)
_TOPIC_ABOUT = _optional(rf"{_OWNER} {_optional(_TOPIC_LEVEL + ' ')}{_ABOUT}")
_ABOUT_ENDING = " " + _ABOUT
_QUOTED = r' (?:"[^"\n]{2,200}"|“[^”\n]{2,200}”)'
_NUMBER = r" \d{1,4}(?!\w)(?![.,/:-]\d)"


def _after_topic_head() -> str:
    """Look-behinds true right after a topic head ("Ban Chỉ đạo", "BCĐ"): one for
    each length of head, behind a one-character look-behind on the heads' last
    letters that most other bodies ("Bộ Công an") fail at once.

    >>> after = re.compile(_after_topic_head())
    >>> bool(after.search("Ban chỉ đạo")), bool(after.search("BCĐ")), bool(after.search("Bộ"))
    (True, True, False)
    """
    heads = _all_spellings(_lines("agency_topic_heads.txt"))
    heads |= {a for a, full in _ABBREVIATIONS.items() if fold(full) in map(fold, heads)}
    heads |= _all_spellings(o[n:] for o, n in _OFFICE_HEADS.items() if " " in o[n:])
    by_length: dict[int, list[str]] = {}
    for head in heads:
        by_length.setdefault(len(head), []).append(head)
    last = {h[-1] if " " not in h else c for h in heads for c in (h[-1].lower(), h[-1].upper())}
    behinds = "|".join(f"(?<={_trie(hs, exact_words=1)})" for _, hs in sorted(by_length.items()))
    return f"(?<=[{re.escape(''.join(sorted(last)))}])(?:{behinds})"


# A place: capitalised syllables or a number ("phường 5"), maybe two names joined by a
# dash ("Bà Rịa - Vũng Tàu").
# A place's syllable: capitalised, not the opening of a title or rank of two words or
# more (``agency_name_stops.txt``: "Công an tỉnh | Đại tá …"; a one-word honorific may
# be a place's syllable: "quận Hai Bà Trưng", "huyện Anh Sơn"), maybe with an apostrophe
# inside, as highland names are written ("Cư M'gar", "Ea H'leo", "M'Đrắk").
_TITLE_STOPS = (
    _trie(_all_spellings(w for w in _lines("agency_name_stops.txt") if " " in w), exact_words=1)
    + _END
)
_PLACE_SYLLABLE = rf"(?!{_TITLE_STOPS})[{_U}][{_L}]*(?:['’][{_U}{_L}][{_L}]*)?{_END}"
_PLACE = rf"(?:{_PLACE_SYLLABLE}|\d{{1,2}}(?!\w))(?: {_PLACE_SYLLABLE}){{0,3}}" + _optional(
    rf" - {_PLACE_SYLLABLE}(?: {_PLACE_SYLLABLE}){{0,2}}"
)
# "TP.Hồ Chí Minh" is written with no space after the abbreviation's dot.
# A village word ("thôn", "ấp") gives a locality only with the place's name after it.
_VILLAGE = _trie(_VILLAGE_WORDS) + _END


def _located() -> str:
    """A locality after a body: a locality word, maybe with its place, a village word
    with its place, or a qualifier ("cấp huyện").

    Plainly ``(?:LOCALITY(?:SEP PLACE|)|VILLAGE PLACE|QUALIFIER)``; written with one
    copy of the long ``PLACE`` as ``(?:(?>LOCALITY)SEP|VILLAGE )PLACE|LOCALITY|QUALIFIER``
    when no village word and locality word open alike (neither a prefix of the other:
    the two tries, written as is, then never both match at one place). The same match:
    where a locality word matches, the plain form takes its first reading and PLACE
    after it, else that word alone (the rest of the pattern always succeeds, so nothing
    backtracks into it); the short form tries the same reading with PLACE (atomic, so
    no other reading), then the village branch, which fails there, then the same first
    reading alone. Where none matches, both try VILLAGE PLACE, then QUALIFIER.

    >>> located = re.compile(_located())
    >>> [located.match(t).group() for t in (" tỉnh Lào Cai", " thôn Nà Lầu", " xã hội")]
    [' tỉnh Lào Cai', ' thôn Nà Lầu', ' xã']
    """
    sep = rf"(?: |(?<=\.)(?=[{_U}]))"
    if any(v.startswith(w) or w.startswith(v) for v in _VILLAGE_WORDS for w in _LOCALITY_WORDS):
        return rf" (?:{_LOCALITY}{_optional(sep + _PLACE)}|{_VILLAGE} {_PLACE}|{_QUALIFIER})"
    return rf" (?:(?:(?>{_LOCALITY}){sep}|{_VILLAGE} ){_PLACE}|{_LOCALITY}|{_QUALIFIER})"


_LOCATED = _located()

_GENERIC = rf" {_trie(_lines('agency_generic_after.txt'))}{_END}"
_NAME = (
    rf"(?:{_after_topic_head()}(?:{_TOPIC_ABOUT}{_TOPIC_TEXT}|{_QUOTED}|{_NUMBER}| {_PART})"
    rf"| {_FIRST_PART})"
    rf"(?:{_MORE_PARTS}){{0,{_MAX_PARTS}}}+"
)
# Everything after the start opens with a space: with none, the engine skips it all.
MENTION = (
    rf"(?P<start>{_START}){_END}"
    rf"(?:(?= )(?P<cont>{_optional(_NAME)}{_optional(_LOCATED)})"
    # flags read through ``lastgroup``: generic words follow ("các cấp"), or the text
    # runs on with a capitalised syllable (a name the person check must see)
    + _optional(rf"(?P<generic>(?={_GENERIC}))|(?P<runs_on>(?= [{_U}]))")
    + "|)"
)


@functools.cache
def _mention() -> re.Pattern[str]:
    """``MENTION`` compiled, on first use: its 60 kB take the engine about 0.1 s,
    which commands that never look for agencies do not pay."""
    return re.compile(MENTION)


_GENERIC_AFTER = re.compile(_GENERIC)
# Places that open with a head word and a capitalised syllable ("Hội An"), countries among
# them ("Đài Loan": "Đài" heads a broadcaster's name, countries.txt).
_FALSE_BODY = re.compile(
    _trie(_all_spellings([
        *_lines("agency_false_bodies.txt"),
        *(c for c in map(_nfc, data_section("countries.txt", "countries"))
          if c.split(" ", 1)[0] in _HEAD_WORDS),
    ])) + _END
)
# (a highland syllable may hold an apostrophe: "Ksor H'Bơ")
_CAP_SYLLABLE = rf"[{_U}][{_L}]*(?:['’][{_U}{_L}][{_L}]*)?{_END}"
_CAP_PAIR = re.compile(rf"(?<![\w'’]){_CAP_SYLLABLE} {_CAP_SYLLABLE}")
# A capitalised syllable that ends a mention: when the text runs on with another one,
# the pair is split by the mention's end ("UBND TPHCM Dương | Anh Đức").
_CAP_LAST = re.compile(rf"(?<![\w'’]){_CAP}$")
# A run of capitalised syllables (a place or proper name) that the pattern let take
# a lower-case tail: the tail is the next clause's verb.
# A locality word there is the body's locality ("Ủy ban MTTQ Việt Nam tỉnh").
# A bloc of bodies under one Party committee (``agency_blocs.txt``: "Khối Doanh nghiệp") is
# no place.
_BLOC = _trie(_all_spellings(_BLOCS), exact_words=1) + _END
_PLACE_THEN_LOWER = re.compile(
    rf" (?!{_START_OPENS}|{_BLOC}){_CAP} {_CAP} (?!{_LOCALITY}){_LOW}$"
)
# A locality at the end of a mention, and what may stand between two listed bodies.
_LOCATED_END = re.compile(rf" (?:{_LOCALITY}|{_VILLAGE})(?: |(?<=\.))(?P<place>{_PLACE})$")
_LIST_GLUE = frozenset({", ", " và ", " - "})
# A function word capitalised after an abbreviation's dot at a mention's end opens the next
# sentence, no place ("Đảng ủy Công an TP. | Các đơn vị …"; ``agency_stops.txt``).
_SENTENCE_OPENER = re.compile(rf"(?<=\.) ([{_U}][{_L}]*)$")
_CAPITAL_STOPS = frozenset(
    w[:1].upper() + w[1:] for w in _all_spellings(_lines("agency_stops.txt")) if " " not in w
)


def _cut_verbs() -> re.Pattern[str]:
    """A clause verb that is also a syllable of a noun in names
    (``agency_cut_verbs.tsv``), where it is no part of such a noun.

    >>> [bool(_cut_verbs().search(t)) for t in ("Tỉnh ủy giao Ban", "Cảnh sát giao thông",
    ...     "Bộ Ngoại giao", "Cục Thuế dự hội nghị", "Ban Quản lý dự án")]
    [True, False, False, True, False]
    """
    verbs = []
    for row in data_rows("agency_cut_verbs.tsv"):
        verb, after, before = (*row, "", "")[:3]  # (empty trailing columns are stripped)
        behinds = "".join(f"(?<! {_trie([_nfc(b)], exact_words=0)} )" for b in before.split())
        nouns = rf"(?! (?:{_trie(map(_nfc, after.split()))}){_END})" if after else ""
        verbs.append(f"{behinds}{_trie([_nfc(verb)])}{_END}{nouns}")
    return re.compile(" (?:" + "|".join(verbs) + ")")


_CUT_VERB = _cut_verbs()
_QUOTES = ('"', "“", "”")
_MAX_GLUE = 4
# (a highland syllable may hold an apostrophe: "H'Bơ", "M'gar")
_CAP_WORD = re.compile(rf"[{_U}][{_L}]*(?:['’][{_U}{_L}][{_L}]*)?")
_WORD = re.compile(r"\S+")
_SEPARATORS = frozenset({"và", "-", ","})

# canonical names
_ABBREVIATION = re.compile(rf"(?<![\w'’])(?:{_trie(_ABBREVIATIONS)}){_END}")
# Type words: the start phrases, a unit's words before its number in place of the unit.
_TYPE_PHRASES = {p for p in _START_PHRASES if _UNIT_NUMBER_MARK not in p}
_TYPE_PHRASES |= _all_spellings(_UNIT_HEADS)


@functools.cache
def _type_words() -> re.Pattern[str]:
    """Any type word (compiled on first use, as for ``_mention``)."""
    return re.compile(rf"(?<![\w'’])(?:{_trie(_TYPE_PHRASES, exact_words=1)}){_END}")


# A locality word written with a capital inside a name ("UBND Thành phố"): canonical
# names write it in lower case.
_CAPITALISED_LOCALITY = re.compile(
    rf"(?<= )(?:{_trie(w[0].upper() + w[1:] for w in _LOCALITY_WORDS if w.islower())})"
    rf"(?= [{_U}]|$)"
)
_DOTTED_EXPANSION = re.compile(rf"(?<![\w'’]){_DOTTED_ABBR}")
# "TP.Hồ Chí Minh" → "TP. Hồ Chí Minh", "Tp.HCM" → "Tp. HCM"
_DOT_GLUED = re.compile(rf"(?<=[{_U}{_L}]\.)(?=[{_U}])")
# A local body's short name before a locality → its full name (see
# ``agency_local_full_names.tsv``): "Ủy ban Mặt trận Tổ quốc | tỉnh" → "… Việt Nam tỉnh".
_LOCAL_FULL_NAMES = {
    _nfc(short): _nfc(full) for short, full in data_rows("agency_local_full_names.tsv")
}
_LOCAL_SHORT_NAME = re.compile(
    rf"(?<![\w'’])(?:{_trie(_LOCAL_FULL_NAMES)})(?= (?:{_LOCALITY}))"
)
# A standing committee's short words at the opening of a name ("Thường vụ | Tỉnh ủy").
_STANDING_SHORT = re.compile(rf"^(?:{_trie(_STANDING, exact_words=1)})(?= )")
_TERM = re.compile(r",? \(?(?:khóa|nhiệm kỳ) [IVXLC\d]+\)?$")  # "Ban Bí thư khóa XI"


# ---------------------------------------------------------------- judging a match


def _foreign_country(keys: list[str]) -> int:
    """How many leading keys name a foreign country (0: none).

    >>> _foreign_country(["lào", "vilay"]), _foreign_country(["việt", "nam"])
    (1, 0)
    """
    for n in range(min(len(keys), _FOREIGN_LONGEST), 0, -1):
        if tuple(keys[:n]) in _FOREIGN_KEYS:
            return n
    return 0


def _foreign_person_after(words: list[str], i: int, j: int, country: int, known: int) -> bool:
    """Whether the capitalised run ``words[i:j]``, opening with a foreign country of
    ``country`` words, goes on with a foreign person's name: not a longer known place
    (``known``), not a place after a locality word ("huyện | Nga Sơn", "huyện | Mỹ
    Đức"), and a word not spelled as a Vietnamese syllable.

    >>> w = "Bộ Ngoại giao Lào Bounleua Sinxayvoravong".split()
    >>> _foreign_person_after(w, 3, 6, 1, 0)
    True
    >>> w = "UBND huyện Mỹ Đức".split()
    >>> _foreign_person_after(w, 2, 4, 1, 0)
    False
    """
    if known > country or (i and fold(words[i - 1]) in _LOCALITY_KEYS):
        return False
    return any(not is_syllable(w) for w in words[i + country : j])


def _is_proper(keys: list[str]) -> int:
    """How many leading keys name a province or a proper word (0: none)."""
    for n in range(min(len(keys), _PROPER_LONGEST), 0, -1):
        if tuple(keys[:n]) in _PROPER:
            return n
    return 0


# A central body's abbreviation whose full name opens with a head word ("BĐBP": "Bộ đội
# Biên phòng"; "KTNN": "Kiểm toán Nhà nước") stands for that name: it takes a locality or
# a name after it as the full name does ("BĐBP Hà Giang", "KTNN khu vực V").
_HEADED_ABBREVIATIONS = frozenset(
    name
    for row in _GAZETTEER
    for name in row[1:]
    if name in _ABBREVIATIONS and row[0].split(" ", 1)[0] in _HEAD_WORDS
)
# Level heads that need a name or a locality ("Chi bộ | là …" is any cell).
_UNIT_LEVEL_HEADS = frozenset(fold(h) for h in _lines("agency_unit_level_heads.txt"))
_HEADING_RUN = 4  # capitalised syllables in a row, none a known name: a heading


def _proper_suffix(keys: list[str]) -> int:
    """How many trailing keys name a province or a proper word (0: none): a run that
    ends with one is no title-case heading ("Khu kinh tế Đông Nam | Nghệ An").

    >>> _proper_suffix(["đông", "nam", "nghệ", "an"]), _proper_suffix(["hội", "nghị"])
    (2, 0)
    """
    for n in range(min(len(keys), _PROPER_LONGEST), 0, -1):
        if tuple(keys[-n:]) in _PROPER:
            return n
    return 0


def _name_start(words: list[str], i: int, j: int, known: int) -> int | None:
    """Where a personal name that ends a capitalised run ``words[i:j]`` starts
    (after the ``known`` leading words that are a place), or None. A name is two to
    four syllables, opens with a family name and ends the run; one that follows a
    place inside the run has at least three syllables ("Tân Định | Nguyễn Thị Hoa")
    so that a place such as "Si Ma Cai" is not cut."""
    for p in range(i + known, j - 1):
        if words[p] in _SURNAMES and 2 <= j - p <= 4 and (p == i or j - p >= 3):
            return p
    return None


# Committees named by a territorial level ("Thành ủy", "Huyện ủy"; ``agency_locality_heads.txt``
# whose first word is a locality's), folded: inside a mention a run after one is its
# place, as after a committee that opens the mention ("Ban Thường vụ Thành ủy Hạ Long").
_TERRITORIAL = frozenset(
    fold(h) for h in _lines("agency_locality_heads.txt") if fold(h).split()[0] in _LEVEL_WORDS
)


def _after_province_committee(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` follows a committee named by the province level ("Tỉnh ủy"),
    whose place can only be a province: any other full name after it is a person.

    >>> _after_province_committee("Tỉnh ủy Nguyễn Nhân Chiến".split(), 2)
    True
    >>> _after_province_committee("Huyện ủy Hoàng Su Phì".split(), 2)
    False
    """
    return (
        i >= 2
        and fold(words[i - 2]) == _PROVINCE_WORD
        and fold(words[i - 2] + " " + words[i - 1]) in _TERRITORIAL
    )


def _person_cut(words: list[str], first: int, kind: str, runs_on: bool = False) -> int | None:
    """Where a personal name inside a mention starts (an index into ``words``), or
    None. ``first`` is the index of the first word after the start phrase;
    ``runs_on`` says the text goes on with another capitalised syllable.

    >>> _person_cut("Công an tỉnh Lào Cai Hoàng Ngọc Thanh".split(), 2, "plain")
    5
    >>> _person_cut("Đoàn Minh Tiến".split(), 1, "plain")
    1
    >>> _person_cut("Huyện ủy Si Ma Cai".split(), 2, "level") is None
    True
    >>> _person_cut("Đảng ủy phường Tân Định Nguyễn Thị".split(), 2, "level", runs_on=True)
    5
    >>> _person_cut("UBND thành phố Hồ Kỳ Minh".split(), 1, "type")
    3
    >>> _person_cut("UBND huyện Lê Lan Anh".split(), 1, "type")
    2
    >>> _person_cut("UBND thành phố Đỗ Lan".split(), 1, "type")
    3
    """
    n = len(words)
    caps = [_CAP_WORD.fullmatch(w) is not None for w in words]
    if kind == _PLAIN and first == 1 and words[0] in _SURNAMES and n > 1 and caps[1]:
        if (n == 2 and runs_on) or (n > 2 and caps[2]):
            return 1  # "Đoàn Minh Tiến": the head word is a family name
    i = first
    while i < n:
        if not caps[i]:
            i += 1
            continue
        j = i
        while j < n and caps[j]:
            j += 1
        end = j + (runs_on and j == n)  # the run may go on past the mention
        if end - i >= 2:
            keys = [fold(w) for w in words[i:j]]
            known = _is_proper(keys)
            country = _foreign_country(keys)
            if country and j - i > country and _foreign_person_after(words, i, j, country, known):
                return i + country  # "Bộ Công an Lào | Vilay Lakhamphong"
            p = _name_start(words, i, end, known) if known < end - i else None
            if p is None and end - i - known - _proper_suffix(keys) >= _HEADING_RUN:
                return i  # "Hội Nghị Tổng Kết Công Tác": a title-case heading
            if p is not None and p > i:
                return p
            if p == i:
                before = fold(words[i - 1]) if i else ""
                place_word = (
                    (before in _LOCALITY_KEYS and before not in _NAMED_CITY_KEYS)
                    or (before in _FEATURE_KEYS and words[i - 1].islower())
                    or (kind == _LEVEL and i == first)
                    or (i >= 2 and fold(words[i - 2] + " " + words[i - 1]) in _TERRITORIAL)
                )  # (the last: a committee inside the mention, "Ban Thường vụ Thành ủy | X")
                # after "tỉnh" only a province is a place; after "xã", "quận" … a
                # run is a place ("quận Hoàng Mai", "huyện Hoàng Su Phì") unless it
                # reads as a full name: a middle name or a second family name
                # ("xã | Nguyễn Văn Minh", "Thành ủy | Lương Nguyễn Minh Triết"), or
                # a Central Highlands name ("huyện | Y Phiên Niê")
                if not place_word or before == _PROVINCE_WORD:
                    return i
                if end - i >= 3 and _after_province_committee(words, i):
                    return i  # "Tỉnh ủy | Nguyễn Nhân Chiến": only a province is its place
                if before in _CITY_KEYS and end - i >= 3:
                    return i  # "thành phố | Hồ Kỳ Minh"
                if before in _CITY_KEYS and j - i == end - i == 2 and words[i + 1] in _GIVEN_NAMES:
                    return i  # "thành phố | Đỗ Lan"
                if end - i >= 3 and (
                    words[i] in _PERSON_PREFIXES
                    or (i + 1 < n and words[i + 1] in _NAME_SECONDS)
                ):
                    return i  # "xã | Nguyễn Văn Minh", "huyện | Nguyễn Lan Hương"
        i = j
    return None


# Judged mentions by spelling, one table for mentions the text runs on after (see
# ``_judged``); emptied when full. A plain dict: the look-up is per mention.
_Judged = tuple[int, str, bool]
_JUDGED: tuple[dict[str, _Judged], dict[str, _Judged]] = ({}, {})
_JUDGED_MAX = 1 << 14


def _judged(mention: str, start: str, runs_on: bool) -> _Judged:
    """A matched ``mention`` (opening with the phrase ``start``) judged: the length
    of the body it holds (0: none), that body's canonical name and whether it ends in a
    bare head word (a short name, see ``_article_names``). Stored in
    ``_JUDGED``: the same spellings recur, and ``start`` is a function of the
    spelling.

    >>> _judged("UBND tỉnh Lào Cai Hoàng Ngọc Thanh", "UBND", False)
    (17, 'Ủy ban nhân dân tỉnh Lào Cai', False)
    >>> _judged("Bộ", "Bộ", False)
    (0, '', False)
    """
    length = _judged_length(mention, start, runs_on)
    judged = (
        length,
        canonical_agency(mention[:length]) if length else "",
        _ends_with_bare_head(mention[:length]),
    )
    table = _JUDGED[runs_on]
    if len(table) >= _JUDGED_MAX:
        table.clear()
    table[mention] = judged
    return judged


def _judged_length(mention: str, start: str, runs_on: bool = False) -> int:
    """How much of a matched ``mention`` (opening with the phrase ``start``) is the
    body: its whole length, less when a person's name or a clause verb was caught
    at its end, 0 when it is no body.

    >>> _judged_length("Bộ", "Bộ"), _judged_length("Đoàn Minh Tiến", "Đoàn")
    (0, 0)
    >>> _judged_length("Chi bộ", "Chi bộ"), _judged_length("Chi bộ thôn Nà Lầu", "Chi bộ")
    (0, 18)
    >>> _judged_length("Quận đoàn Thanh Khê đưa", "Quận đoàn")
    19
    """
    kind = _kind(start)
    if len(mention) == len(start) and (kind == _PLAIN or fold(start) in _UNIT_LEVEL_HEADS):
        return 0  # a head word with no name: "Bộ trưởng", "Hội nghị", "Chi bộ | là"
    if _FALSE_BODY.match(mention):
        return 0  # "Hội An" is a town
    if kind == _CENTRAL and start.split(" ", 1)[0] not in _HEAD_WORDS:
        if start not in _HEADED_ABBREVIATIONS:
            if foreign := _FOREIGN_AFTER.match(mention, len(start)):
                return foreign.end()  # "Chính phủ Lào": another country's body
            return len(start)  # "Đại biểu Quốc hội | tỉnh Bến Tre": a central body has no locality
    if mention.endswith(","):  # a name never ends with a comma ("… tỉnh rà soát, | giao")
        return _judged_length(mention[:-1], start, runs_on)
    if (opener := _SENTENCE_OPENER.search(mention)) and opener.group(1) in _CAPITAL_STOPS:
        # "Đảng ủy Công an TP. | Các đơn vị …": the dot ends the sentence, not the name
        return _judged_length(mention[: opener.start() - 1], start, runs_on)
    after = max(len(start), *(mention.rfind(q) for q in _QUOTES))  # not inside a title
    verb = _CUT_VERB.search(mention, after)
    if verb:  # "Ban Thường vụ Tỉnh ủy | giao Ủy ban Kiểm tra …", "Cục Thuế | dự hội nghị"
        return _judged_length(mention[: verb.start()], start)
    country = _country_end(mention, start, kind)
    if country:  # "Bộ Quốc phòng Lào | sang thăm"
        return _judged_length(mention[:country], start, runs_on)
    if len(mention) > len(start) and mention.endswith(_CLAUSE_VERB_ENDINGS):
        # "Ban Chỉ đạo | thực hiện" (Nghị quyết …): the verb opens no topic
        verb_end = next(v for v in _CLAUSE_VERB_ENDINGS if mention.endswith(v))
        return _judged_length(mention[: -len(verb_end)], start, runs_on)
    if mention.endswith(_ABOUT_ENDING):  # "Ban Chỉ đạo | về" (dự …): "về" opened no topic
        return _judged_length(mention[: -len(_ABOUT_ENDING)], start, runs_on)
    if (
        not _CAP_PAIR.search(mention)
        and not (kind == _PLAIN and start in _SURNAMES)
        and not (runs_on and _CAP_LAST.search(mention, len(start)))
    ):
        return len(mention)
    spans = [w.span() for w in _WORD.finditer(mention)]
    words = [mention[a:b] for a, b in spans]
    first = len(start.split())
    cut = _person_cut(words, first, kind, runs_on)
    if cut is None:
        if _PLACE_THEN_LOWER.search(mention, len(start)):
            return mention.rindex(" ")  # "Quận đoàn Thanh Khê | đưa"
        return len(mention)
    while cut > first and words[cut - 1] in _SEPARATORS:
        cut -= 1
    if cut <= first and kind == _PLAIN:
        return 0
    return spans[cut - 1][1] - (mention[spans[cut - 1][1] - 1] == ",")


def _country_end(mention: str, start: str, kind: str) -> int:
    """Where a name ends at a foreign country that a lower-case word follows (0: no
    such country): after a complete name, that is a central body ("Bộ Quốc phòng") or
    a name part after the start phrase, not a head word's own first part ("Ủy ban |
    Pháp luật").

    >>> _country_end("Bộ Quốc phòng Lào sang thăm", "Bộ Quốc phòng", _CENTRAL)
    17
    >>> _country_end("Vụ Pháp luật hình sự", "Vụ", _PLAIN)
    0
    >>> _country_end("Công an nhân dân Anh hùng", "Công an", _PLAIN)
    0
    """
    m = _COUNTRY_THEN_LOWER.search(mention, len(start))
    if m is None or (m.start() == len(start) and kind != _CENTRAL):
        return 0
    word = _WORD.match(mention, m.end() + 1)
    if word and fold(f"{m.group()[1:]} {word.group()}") in _COUNTRY_NOUNS:
        return 0
    return m.end()


def _may_share_locality(name: str) -> bool:
    """A bare body that may take the place of a body listed after it (see
    ``_share_locality``): a type or level word ("HĐND", "Đảng ủy"), or a committee
    named by its level ("Tỉnh ủy", "Ban Thường vụ Huyện ủy").

    >>> _may_share_locality("HĐND"), _may_share_locality("Ban Thường vụ Huyện ủy")
    (True, True)
    >>> _may_share_locality("Bộ Công an")
    False
    """
    return name in _SHARES_LOCALITY or bool(_level_committee(name))


def _level_committee(name: str) -> str:
    """The committee named by its level that ends ``name``, folded, or "".

    >>> _level_committee("Ban Thường vụ Huyện ủy"), _level_committee("Sở Y tế")
    ('huyện ủy', '')
    """
    committee = " ".join(fold(name).split(" ")[-2:])
    return committee if committee in _TERRITORIAL else ""


def _share_locality(text: str, out: list[Agency], start: int, located: str) -> None:
    """Give the bare bodies at the end of ``out``, listed (", ", " và ", " - ") just before
    a ``located`` body that starts at ``start``, the same locality in their canonical
    names: "Đảng ủy, HĐND, UBND xã Sín Chéng" → "Đảng ủy xã Sín Chéng", "Hội đồng nhân dân
    xã Sín Chéng"; the list must be clean (bare bodies and glue only).

    A committee named by the same level takes the place's name: "Tỉnh ủy, HĐND, UBND
    tỉnh Lào Cai" → "Tỉnh ủy Lào Cai" (``_TERRITORIAL``).

    >>> [a.canonical for a in find_agencies("Đảng ủy - HĐND - UBND xã Bản Phố họp")]
    ... # doctest: +NORMALIZE_WHITESPACE
    ['Đảng ủy xã Bản Phố', 'Hội đồng nhân dân xã Bản Phố', 'Ủy ban nhân dân xã Bản Phố']
    >>> [a.canonical for a in find_agencies("Huyện ủy, UBND huyện Bát Xát")]
    ['Huyện ủy Bát Xát', 'Ủy ban nhân dân huyện Bát Xát']
    >>> [a.canonical for a in find_agencies("Tỉnh ủy, UBND thành phố Huế")]  # another level
    ['Tỉnh ủy', 'Ủy ban nhân dân thành phố Huế']
    """
    locality = _LOCATED_END.search(located)
    if not locality:
        return
    level = fold(locality.group()).split(" ", 1)[0]  # " tỉnh Lào Cai" → "tỉnh"
    k = len(out) - 1
    while k >= 0 and text[out[k].end : start] in _LIST_GLUE:
        prev = out[k]
        committee = _level_committee(prev.name)  # "… Tỉnh ủy" → "tỉnh ủy"
        if committee and committee.split(" ", 1)[0] == level:
            canonical = canonical_agency(f"{prev.name} {locality.group('place')}")
        elif prev.name in _SHARES_LOCALITY:
            canonical = canonical_agency(prev.name + locality.group())
        else:
            break
        out[k] = Agency(prev.text, prev.start, prev.end, prev.name, canonical)
        start = prev.start
        k -= 1


# ---------------------------------------------------------------- public


@functools.lru_cache(maxsize=1 << 14)
def _normalized(name: str) -> str:
    """A name with modern tones, straight quotes, expanded abbreviations, type
    words spelled as in the data and locality words in lower case."""
    s = collapse_spaces(unify_punctuation(modern_tones(unicodedata.normalize("NFC", name))))
    s = _TERM.sub("", s)
    s = s[:1].upper() + s[1:]  # "ban Dân tộc" after an office word ("Trưởng ban …")
    s = _DOTTED_EXPANSION.sub(lambda m: _ABBREVIATIONS[m.group()], s)  # "T.Ư"
    s = _DOT_GLUED.sub(" ", s)
    s = _ABBREVIATION.sub(lambda m: _ABBREVIATIONS[m.group()], s)
    s = _type_words().sub(lambda m: _SPELLING.get(fold(m.group()), m.group()), s)
    s = _CAPITALISED_LOCALITY.sub(lambda m: m.group().lower(), s)
    s = _STANDING_SHORT.sub(lambda m: _STANDING[m.group()], s)
    return _LOCAL_SHORT_NAME.sub(lambda m: _LOCAL_FULL_NAMES[m.group()], s)


@functools.cache
def _gazetteer_names() -> dict[str, str]:
    """Every gazetteer name and alias, normalized and folded → the body's full name."""
    return {fold(_normalized(name)): row[0] for row in _GAZETTEER for name in row}


@functools.lru_cache(maxsize=1 << 14)
def canonical_agency(name: str) -> str:
    """One stable name for every spelling of a body: abbreviations expanded, modern
    tone placement, type words in their usual case, the term of office dropped,
    gazetteer aliases mapped to the body's full name.

    >>> canonical_agency("UBND tỉnh Kiên Giang")
    'Ủy ban nhân dân tỉnh Kiên Giang'
    >>> canonical_agency("Uỷ ban Nhân dân tỉnh Kiên Giang")
    'Ủy ban nhân dân tỉnh Kiên Giang'
    >>> canonical_agency("Ban chỉ đạo phòng, chống tội phạm")
    'Ban Chỉ đạo phòng, chống tội phạm'
    >>> canonical_agency("Ban Bí thư khóa XI"), canonical_agency("Đoàn TNCS Hồ Chí Minh")
    ('Ban Bí thư Trung ương Đảng', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh')
    """
    s = _normalized(name)
    return _gazetteer_names().get(fold(s), s)


# A unit named by what it deals with, after "về": "… tội phạm về ma túy".
_SUBJECT_AFTER = tuple(
    fold(r[1]) for r in data_rows("agency_subject_topics.tsv") if r[0] == "after"
)
_SUBJECT = re.compile(
    r" về (?:"
    + "|".join(
        re.escape(t)
        for t in sorted((r[1] for r in data_rows("agency_subject_topics.tsv") if r[0] == "topic"),
                        key=len, reverse=True)
    )
    + rf"){_END}",
    re.IGNORECASE,
)


_SUBJECT_OPENING = " về "  # what a subject after a unit opens with (see ``_SUBJECT``)


# A central department named by a comma list of lower-case fields ("Cục Hộ tịch, quốc
# tịch, chứng thực"; ``agency_departments.txt``, list heads): the head and a field of a
# capitalised and a lower-case syllable, then two or three items of two syllables, none
# a function word, verb, locality or a body's head word in lower case ("công an, ngân
# hàng" list bodies), or one item of two such syllables and an object the two fields
# share ("Vụ Phổ biến, giáo dục pháp luật"; ``agency_departments.txt``, shared objects),
# the last one ending the words (no lower-case word or item after).
_LIST_OPENING = ", "
_LIST_HEADS = map(_nfc, data_section("agency_departments.txt", "list heads"))
_LIST_HOST = re.compile(rf"(?:{_trie(_all_spellings(_LIST_HEADS))}) {_CAP} {_LOW}")
_LIST_SYLLABLE = rf"(?!{_STOPS}|{_VERBS}|{_LOCALITY}){_LOW}"
_LIST_ITEM = rf", (?!(?:{_BODY_WORDS}){_END}){_LIST_SYLLABLE} {_LIST_SYLLABLE}"
_SHARED_OBJECT = _trie(map(_nfc, data_section("agency_departments.txt", "shared objects")))
_FIELD_LIST = re.compile(
    rf"(?:(?:{_LIST_ITEM}){{2,3}}|{_LIST_ITEM} {_SHARED_OBJECT}{_END})"
    rf"(?!, [{_L}]| (?!{_STOPS}|{_VERBS})[{_L}])"
)


# The rest of a name that the grammar leaves after a mention's end (see ``_subject_after``):
# a bloc's lower-case words after "Khối" ("Ban Thường vụ Đảng ủy Khối | các cơ quan Trung
# ương"), with a level or locality after them;
_BLOC_ENDING = " " + _BLOC_HEAD
_BLOC_REST = re.compile(
    rf" (?:{_trie(_all_spellings(b.split(' ', 1)[1] for b in _BLOCS), exact_words=0)}){_END}"
    rf"(?: {_LOCALITY}(?: {_PROPER_WORDS}|)| {_PROPER_WORDS}|)"
)
# a region's number ("Kiểm toán Nhà nước khu vực | V"; ``agency_qualifiers.txt``, numbered);
_NUMBERED_ENDINGS = tuple(
    " " + q for q in _all_spellings(map(_nfc, data_section("agency_qualifiers.txt", "numbered")))
)
# since 2025 a regional court or procuracy adds its province after a dash ("VKSND khu vực
# 5 | - Đắk Lắk"; provinces.txt only).
_PROVINCE_NAMES = _trie(_all_spellings(map(_nfc, data_lines("provinces.txt"))), exact_words=1)
_REGION_NUMBER = re.compile(
    r" (?:[IVX]{1,5}|\d{1,2})(?![\w'’])(?![.,/:-]\d)"
    + _optional(rf" [-–] (?:{_PROVINCE_NAMES}){_END}")
)
# A body named after the country ("Ủy ban MTTQ Việt Nam", "Hội LHPN Việt Nam") and then a
# bare level of two syllables ("thành phố", "thị xã", not followed by a place's name) is
# that level's body: "Ủy ban MTTQ Việt Nam | thành phố phát động …", as "… Việt Nam tỉnh".
# (the country among the proper words that end names, agency_proper_words.txt)
_NATION_ENDINGS = tuple(
    " " + w
    for w in _all_spellings(map(_nfc, data_lines("agency_proper_words.txt")))
    if w in set(map(_nfc, data_section("countries.txt", "countries")))
)
_BARE_LONG_LEVEL = re.compile(
    " " + _trie(w for w in _LOCALITY_WORDS if " " in w) + rf"{_END}(?! [{_U}\d])"
)
# a central department's second field after "và": the lower-case rest of a capitalised one,
# closed by punctuation, a function word or a verb ("Vụ Pháp chế và Quản lý | khoa học"),
# or a lower-case one that a code in brackets closes ("Vụ Thực hành quyền công tố | và
# kiểm sát điều tra án trật tự xã hội (Vụ 2)").
_DEPARTMENT_OPENINGS = tuple(
    h + " " for h in _all_spellings(map(_nfc, data_section("agency_departments.txt", "list heads")))
)
_AND = " và "
_AND_PART_END = re.compile(rf" và {_CAP}(?: {_LOW}|)$")
_LOWER_END = re.compile(rf" {_LOW}$")
_FIELD_REST = re.compile(rf"(?:{_TAIL}){{1,3}}+(?=[,.;:()]| (?:{_STOPS}|{_VERBS})|\n|$)")
_AND_FIELD = re.compile(rf" và(?:{_TAIL}){{2,10}}+(?= \()")
# a department's activity after a dash and its lower-case object (``agency_dash_activities.txt``:
# "Cục Kinh tế - Quản lý | đầu tư xây dựng"; a field verb such as "xây dựng" included).
_DASH_ACTIVITY_END = re.compile(
    rf" - (?:{_trie(_all_spellings(_lines('agency_dash_activities.txt')), exact_words=1)})$"
)
_DASH_OBJECT = re.compile(
    rf"(?:{_FIELD_TAIL}){{1,4}}+(?=[,.;:()]| (?:{_STOPS}|{_VERBS}|[{_U}])|\n|$)"
)
# A body's branch (``agency_branches.txt``) named by a numbered region or a locality and
# its place: "Ngân hàng Nhà nước | chi nhánh Khu vực 14", "… | chi nhánh tỉnh Cà Mau".
_BRANCH_WORDS = _lines("agency_branches.txt")
_BRANCH_OPENINGS = tuple(" " + w for w in _BRANCH_WORDS)
_REGION_WORDS = {
    s for q in data_section("agency_qualifiers.txt", "numbered") for s in (q, q[0].upper() + q[1:])
}
_BRANCH_REST = re.compile(
    rf" (?:{_trie(_BRANCH_WORDS)}) (?:(?:{_trie(_REGION_WORDS)}){_REGION_NUMBER.pattern}"
    rf"|{_LOCALITY} {_PLACE})"
)
# A second field after "và" (a capitalised word and two to four lower-case syllables)
# that a foreign country closes: the whole is that country's body ("Bộ Ngoại giao | và
# Hợp tác quốc tế Campuchia"), not Việt Nam's ministry.
_AND_FOREIGN_FIELD = re.compile(
    rf" và {_NOT_NEW_BODY}{_CAP}(?: (?!{_STOPS}|{_VERBS}|{_LOCALITY}){_LOW}){{2,4}} (?:{_FOREIGN})"
)
_RESTED_ENDINGS = (_BLOC_ENDING, *_NUMBERED_ENDINGS, *_NATION_ENDINGS)
_RESTED_OPENINGS = (_SUBJECT_OPENING, _LIST_OPENING, _AND, *_BRANCH_OPENINGS)
# Any unit's second field after "và" when its code in brackets closes it ("Phòng Công tác
# Đảng | và công tác chính trị (PX03)", "… tội phạm về kinh tế | và chức vụ (PC03)"), not
# when it opens with a body's head word ("Sở Y tế | và bệnh viện (BV)").
_AND_CODED_FIELD = re.compile(
    rf" và(?! (?:{_BODY_WORDS}){_END})(?:{_TAIL}){{2,10}}+(?= \({_ABBR}\))"
)


def _rest_after(text: str, end: int, mention: str) -> int:
    """How many characters after a mention belong to its name as a bloc's words, a
    region's number or a department's second field (see above), else 0.

    >>> t = "Đảng ủy Khối các cơ quan tỉnh Bắc Giang họp"
    >>> t[12 : 12 + _rest_after(t, 12, t[:12])]
    ' các cơ quan tỉnh Bắc Giang'
    >>> t = "Vụ Pháp chế và Quản lý khoa học chủ trì"
    >>> t[22 : 22 + _rest_after(t, 22, t[:22])]
    ' khoa học'
    """
    if text.startswith(_AND, end) and (m := _AND_CODED_FIELD.match(text, end)):
        return m.end() - end  # "Phòng Công tác Đảng | và công tác chính trị (PX03)"
    if text.startswith(_BRANCH_OPENINGS, end) and (m := _BRANCH_REST.match(text, end)):
        return m.end() - end  # "Ngân hàng Nhà nước | chi nhánh Khu vực 14"
    if text.startswith(_AND, end) and not mention.endswith(_NATION_ENDINGS):
        if m := _AND_FOREIGN_FIELD.match(text, end):
            return m.end() - end  # "Bộ Ngoại giao | và Hợp tác quốc tế Campuchia"
    if mention.endswith(_NATION_ENDINGS):
        m = _BARE_LONG_LEVEL.match(text, end)
    elif mention.endswith(_BLOC_ENDING):
        m = _BLOC_REST.match(text, end)
    elif mention.endswith(_NUMBERED_ENDINGS):
        m = _REGION_NUMBER.match(text, end)
    elif not mention.startswith(_DEPARTMENT_OPENINGS):
        return 0
    elif text.startswith(_AND, end):
        m = _AND_FIELD.match(text, end) if _LOWER_END.search(mention) else None
    elif _DASH_ACTIVITY_END.search(mention):
        m = _DASH_OBJECT.match(text, end)  # "Cục Kinh tế - Quản lý | đầu tư xây dựng"
    else:
        m = _FIELD_REST.match(text, end) if _AND_PART_END.search(mention) else None
    return m.end() - end if m else 0


# Fixed phrases with a comma inside (``agency_comma_phrases.txt``: "học sinh, sinh viên"):
# a mention ending with a phrase's first half takes its second ("Vụ … Công tác học sinh |,
# sinh viên"); after a lower-case tail, "và" and a phrase capitalised open a second field
# with its own lower-case tail ("Cục Quản lý đê điều | và Phòng, chống thiên tai"), closed
# as ``_FIELD_REST`` is or by a capitalised word.
_COMMA_PHRASES = dict(p.split(", ", 1) for p in _lines("agency_comma_phrases.txt"))
_COMMA_PHRASE_END = re.compile(rf"(?<= )(?:{_trie(_COMMA_PHRASES, exact_words=0)})$")
_CAPITALISED_PHRASES = (p[0].upper() + p[1:] for p in _lines("agency_comma_phrases.txt"))
_AND_PHRASE = re.compile(
    rf" và (?:{_trie(_CAPITALISED_PHRASES, exact_words=1)})"
    rf"{_END}(?:{_FIELD_TAIL}){{1,4}}+(?=[,.;:()]| (?:{_STOPS}|{_VERBS}|[{_U}])|\n|$)"
)


def _phrase_rest(text: str, end: int, mention: str) -> int:
    """How many characters after a mention belong to its name by a comma phrase (see
    ``_COMMA_PHRASES``), else 0.

    >>> t = "Vụ Công tác học sinh, sinh viên chủ trì"
    >>> t[20 : 20 + _phrase_rest(t, 20, t[:20])]
    ', sinh viên'
    >>> t = "Cục Quản lý đê điều và Phòng, chống thiên tai, Cục Thủy lợi"
    >>> t[19 : 19 + _phrase_rest(t, 19, t[:19])]
    ' và Phòng, chống thiên tai'
    >>> _phrase_rest("Sở Y tế và Phòng Y tế", 7, "Sở Y tế")
    0
    """
    if text.startswith(_AND, end):
        if not _LOWER_END.search(mention):
            return 0
        m = _AND_PHRASE.match(text, end)
        return m.end() - end if m else 0
    m = _COMMA_PHRASE_END.search(mention)
    if m is None:
        return 0
    rest = ", " + _COMMA_PHRASES[m.group().lower()]
    if not text.startswith(rest, end) or _WORD_GOES_ON.match(text, end + len(rest)):
        return 0
    return len(rest)


_WORD_GOES_ON = re.compile(r"[\w'’]")


# A central department whose name runs on in lower case, with commas, "và" and a region's
# number, up to a code of its own head word and number in brackets ("Cục Thanh tra |,
# giải quyết khiếu nại, tố cáo khu vực II (Cục II)", "Vụ Thực hành quyền công tố | và kiểm
# sát điều tra án tham nhũng, chức vụ (Vụ 3)"): the code says where the name ends.
_DEPARTMENT_NUMBER = r"(?:\d{1,2}|[IVX]{1,5})(?![\w'’])"
_CODED_REST = re.compile(
    rf"(?:,? (?:{_LOW}|{_DEPARTMENT_NUMBER})){{1,24}}+"
    rf"(?= \((?P<head>{_trie(h.strip() for h in _DEPARTMENT_OPENINGS)}) {_DEPARTMENT_NUMBER}\))"
)


def _coded_rest(text: str, end: int, mention: str) -> int:
    """How many characters after a department's ``mention`` belong to its name when a
    code of its head word and number closes it (see ``_CODED_REST``), else 0.

    >>> t = "Cục Thanh tra, giải quyết khiếu nại, tố cáo khu vực II (Cục II) họp"
    >>> t[13 : 13 + _coded_rest(t, 13, t[:13])]
    ', giải quyết khiếu nại, tố cáo khu vực II'
    >>> _coded_rest("Cục Thuế và các sở (Vụ 2)", 8, "Cục Thuế")
    0
    """
    m = _CODED_REST.match(text, end)
    if m is None or not mention.startswith(m.group("head") + " "):
        return 0
    return m.end() - end


def _subject_after(text: str, end: int, mention: str) -> int:
    """How many characters after a unit belong to its name: "về <topic>", the
    rest of a department's comma list of fields, or the rest ``_rest_after`` reads.

    >>> t = "Cục Cảnh sát điều tra tội phạm về ma túy phối hợp"
    >>> _subject_after(t, 30, t[:30])
    10
    >>> t = "Cục Hộ tịch, quốc tịch, chứng thực hướng dẫn"
    >>> t[11 : 11 + _subject_after(t, 11, t[:11])]
    ', quốc tịch, chứng thực'
    """
    if mention.startswith(_DEPARTMENT_OPENINGS) and (coded := _coded_rest(text, end, mention)):
        return coded
    if text.startswith((_LIST_OPENING, _AND), end) and (phrase := _phrase_rest(text, end, mention)):
        return phrase
    if not text.startswith((_SUBJECT_OPENING, _LIST_OPENING), end):
        rest = _rest_after(text, end, mention)
        if rest and text.startswith(_LIST_OPENING, end + rest):  # "… học sinh | , sinh viên"
            rest += _phrase_rest(text, end + rest, text[end : end + rest])
        return rest
    if text.startswith(_LIST_OPENING, end):
        if not _takes_list(mention):
            return 0
        m = _FIELD_LIST.match(text, end)
        return m.end() - end if m else 0
    if not text.startswith(_SUBJECT_OPENING, end) or not _takes_subject(mention):
        return 0
    m = _SUBJECT.match(text, end)
    if m is None:
        return 0
    more = _AND_CODED_FIELD.match(text, m.end())  # "về kinh tế | và chức vụ (PC03)"
    subject = (more or m).end()
    return subject + _parent_after(text, subject) - end  # "… | Công an tỉnh Điện Biên"


@functools.lru_cache(maxsize=1 << 12)
def _takes_list(mention: str) -> bool:
    """Whether a mention is a department that may be named by a list of fields
    (cached, as ``_takes_subject``).

    >>> _takes_list("Cục Hộ tịch"), _takes_list("Cục Thuế"), _takes_list("Bộ Tư pháp")
    (True, False, False)
    """
    return _LIST_HOST.fullmatch(mention) is not None


@functools.lru_cache(maxsize=1 << 12)
def _takes_subject(mention: str) -> bool:
    """Whether a unit's name ends with words a subject may follow ("tội phạm").
    Cached: the same units recur.

    >>> _takes_subject("Phòng Cảnh sát điều tra tội phạm"), _takes_subject("Công an tỉnh")
    (True, False)
    """
    return fold(mention).endswith(_SUBJECT_AFTER)


# A code in brackets right after a body names it in the article ("Cục Cảnh sát quản lý
# hành chính về trật tự xã hội (C06)", "Thanh tra Chính phủ (TTCP)"); the code alone
# ("TTCP") or after the body's head word ("Cục C06") is the same body there. A department's
# head word and number is such a code too ("Vụ Thực hành quyền công tố … (Vụ 2)").
_NUMBERED_DEPARTMENT = rf"(?:{_trie(h.strip() for h in _DEPARTMENT_OPENINGS)}) {_DEPARTMENT_NUMBER}"
# A code may be two abbreviations ("Ban Quản lý Khu kinh tế … (BQL KKT)").
_DEFINED_CODE = re.compile(rf" \((?P<code>{_ABBR}(?: {_ABBR})?|{_NUMBERED_DEPARTMENT})\)")
_CODE_GUARD = r"(?<![\w'’/&.-])"  # not inside a word, a code or a document number
_CODE_END = r"(?![\w'’/&]|-\w)"
# Head words that may end a short name standing for a longer one in the same article
# ("Ban cán sự đảng Bộ" for "Ban cán sự đảng Bộ Giáo dục và Đào tạo").
_BARE_HEADS = frozenset(h for h in _lines("agency_heads.txt") if " " not in h)
_CODE_OPENING = " ("
# A short name given in brackets (``agency_alias_cues.txt``: "(sau đây gọi tắt là Ban QLDA)").
_ALIAS = re.compile(
    rf" \((?:{_trie(_all_spellings(_lines('agency_alias_cues.txt')), exact_words=0)}) "
    r"(?P<code>[^()\n]{2,80})\)"
)


def _ends_with_bare_head(name: str) -> bool:
    """Whether a name of two words or more ends in a bare head word.

    >>> _ends_with_bare_head("Ban cán sự đảng Bộ"), _ends_with_bare_head("Bộ Y tế")
    (True, False)
    """
    head, _, last = name.rpartition(" ")
    return bool(head) and last in _BARE_HEADS


def _article_names(text: str, out: list[Agency]) -> list[Agency]:
    """The mentions of one text with the names the article gives its bodies: a code in
    brackets after a body is that body wherever it stands alone or after the body's head
    word; a short name ending in a bare head word ("Ban cán sự đảng Bộ") is the one body
    of the article whose name goes on from it. A known abbreviation in brackets right
    after its own body ("Kiểm toán Nhà nước (KTNN)") defines it as a code does: it is no
    second mention there. A short name given in brackets ("(sau đây gọi tắt là Ban QLDA)")
    is the body wherever it is a mention, there included.

    >>> t = "Cục C06 và Cục Cảnh sát quản lý hành chính (C06); C06 cho biết"
    >>> [(a.name, a.canonical) for a in find_agencies(t)]  # doctest: +NORMALIZE_WHITESPACE
    [('Cục C06', 'Cục Cảnh sát quản lý hành chính'),
     ('Cục Cảnh sát quản lý hành chính', 'Cục Cảnh sát quản lý hành chính'),
     ('C06', 'Cục Cảnh sát quản lý hành chính')]
    """
    codes: dict[str, str] = {}
    in_brackets: set[int] = set()  # a known abbreviation in brackets right after its body
    for i, a in enumerate(out):
        if text.startswith(_CODE_OPENING, a.end) and (alias := _ALIAS.match(text, a.end)):
            after = out[i + 1] if i + 1 < len(out) else None
            if after and (after.start, after.end) == alias.span("code"):
                codes.setdefault(after.name, a.canonical or a.name)  # "(… gọi tắt là Ban QLDA)"
            continue
        if text.startswith(_CODE_OPENING, a.end):
            m = _DEFINED_CODE.match(text, a.end)
            code = m.group("code") if m else ""
            if not code or not m or (" " in code and _kind(code.split(" ", 1)[0]) != _PLAIN):
                continue  # (two words: a code, not a body's name, "(UBND TP)")
            if code not in _ABBREVIATIONS and (
                fold(code) not in _START_KIND or code in _POLICE_CODES  # "(PC04)"
            ):
                codes.setdefault(code, a.canonical or a.name)
                if i + 1 < len(out) and out[i + 1].start == m.start("code"):
                    in_brackets.add(i + 1)  # "(Cục II)", a mention itself, defines a code
            elif i + 1 < len(out) and out[i + 1].start == m.start("code"):
                if out[i + 1].end == m.end("code") and out[i + 1].canonical == a.canonical:
                    in_brackets.add(i + 1)  # "Kiểm toán Nhà nước (KTNN)": no second mention
    if in_brackets:
        out = [a for i, a in enumerate(out) if i not in in_brackets]
    short = [i for i, a in enumerate(out) if _ends_with_bare_head(a.name)]
    if not codes and not short:
        return out
    renamed = list(out)
    if short:
        # the longer canonical names by each of their opening word runs (linear)
        going_on: dict[str, set[str]] = {}
        for c in {a.canonical for a in out if a.canonical}:
            words = c.split(" ")
            for k in range(1, len(words)):
                going_on.setdefault(" ".join(words[:k]), set()).add(c)
        for i in short:
            a = out[i]
            longer = going_on.get(a.canonical, set()) if a.canonical else set()
            if len(longer) == 1:  # "Ban cán sự đảng Bộ"
                renamed[i] = Agency(a.text, a.start, a.end, a.name, next(iter(longer)))
    for i, a in enumerate(out):
        head, _, last = a.name.rpartition(" ")
        opening = head[:1].upper() + head[1:]  # "Trưởng | phòng PC04": the head in capitals
        if last in codes and " " not in head and codes[last].split(" ", 1)[0] == opening:
            renamed[i] = Agency(a.text, a.start, a.end, a.name, codes[last])  # "Cục C06"
        elif a.name in codes:  # "Cục II", a code that is a mention itself
            renamed[i] = Agency(a.text, a.start, a.end, a.name, codes[a.name])
    if codes:
        alone = re.compile(
            _CODE_GUARD + "(?:" + "|".join(map(re.escape, sorted(codes, key=len, reverse=True)))
            + ")" + _CODE_END
        )
        starts = [a.start for a in renamed]  # (in order, none overlapping)
        for m in alone.finditer(text):
            start, end = m.span()
            k = bisect.bisect_right(starts, start) - 1
            inside = k >= 0 and end <= renamed[k].end
            defining = text[start - 1 : start] == "(" and text[end : end + 1] == ")"
            if not inside and not defining:
                renamed.append(Agency(m.group(), start, end, m.group(), codes[m.group()]))
        renamed.sort(key=lambda a: a.start)
    return renamed


# The openings of matches that may hold an office word before the body.
_SHIFTS = (*_OFFICE_HEADS, *(short + " " for short, offices in _STANDING_OFFICES.items()
                              if offices))


def _office_shift(text: str, start: int, mention: str) -> int:
    """How many characters at the opening of a ``mention`` matched at ``start`` belong
    to an office, not to the body: the office word before a lower-case head ("Trưởng |
    ban Dân tộc"), or a standing body's short words after an office word ("Phó Chủ tịch
    Thường trực | HĐND tỉnh").

    >>> t = "Phó Chủ tịch Thường trực HĐND tỉnh"
    >>> _office_shift(t, 13, t[13:]), _office_shift(t[13:], 0, t[13:])
    (12, 0)
    """
    for phrase, length in _OFFICE_HEADS.items():
        if mention.startswith(phrase) and (len(mention) == len(phrase) or
                                           mention[len(phrase)] == " "):
            return length
    for short, offices in _STANDING_OFFICES.items():
        if offices and mention.startswith(short + " ") and text.endswith(offices, 0, start):
            return len(short) + 1
    return 0


# A numbered unit whose service follows its number ("Vùng 5 Hải quân"), listed after
# others of its kind that leave the service out ("Vùng 1, Vùng 3, Vùng 5 Hải quân"):
# each listed number is a unit of that service. The unit's words before and after "#".
_SHARED_SERVICE = {
    head: unit.split(_UNIT_NUMBER_MARK, 1)[1].strip()
    for unit, head in zip(_UNITS, _UNIT_HEADS, strict=True)
    if not unit.endswith(_UNIT_NUMBER_MARK)
}
_SERVICE_OPENINGS = tuple(head + " " for head in _SHARED_SERVICE)
# One listed unit before the next, service left out: "Vùng 1, ", "Vùng 3 và ".
_ELIDED_UNIT = re.compile(
    rf"(?<![\w'’])(?P<head>{_trie(_SHARED_SERVICE)}) (?P<n>\d{{1,4}})(?:, | và )\Z"
)
_ELIDED_WINDOW = 24  # characters: a listed unit and its joint
_MAX_ELIDED = 8


def _elided_units(text: str, start: int, mention: str, floor: int) -> list[Agency]:
    """The units listed before a ``mention`` at ``start`` that carries their shared
    service, in order, none before ``floor``.

    >>> t = "Vùng 1, Vùng 3 và Vùng 5 Hải quân"
    >>> [(a.name, a.canonical) for a in _elided_units(t, 18, t[18:], 0)]
    [('Vùng 1', 'Vùng 1 Hải quân'), ('Vùng 3', 'Vùng 3 Hải quân')]
    """
    head = next(h for h in _SHARED_SERVICE if mention.startswith(h + " "))
    if not fold(mention).endswith(" " + fold(_SHARED_SERVICE[head])):
        return []
    found: list[Agency] = []
    pos = start
    while len(found) < _MAX_ELIDED:
        m = _ELIDED_UNIT.search(text, max(floor, pos - _ELIDED_WINDOW), pos)
        if m is None or m.group("head") != head:
            break
        name = text[m.start() : m.end("n")]
        canonical = canonical_agency(f"{name} {_SHARED_SERVICE[head]}")
        found.append(Agency(name, m.start(), m.end("n"), name, canonical))
        pos = m.start()
    return found[::-1]


# A head word that is also a place's syllable (``agency_place_syllable_heads.txt``), and
# what makes it one: a capitalised syllable before it, after a lower-case word ("khu đô
# thị Nhơn | Hội Bắc").
_PLACE_SYLLABLE_HEADS = tuple(h + " " for h in _lines("agency_place_syllable_heads.txt"))
_AFTER_PLACE_SYLLABLE = re.compile(rf"[{_L}] [{_U}][{_L}]* \Z")
_PLACE_SYLLABLE_WINDOW = 12  # characters: a syllable and its spaces


def _inside_place(text: str, start: int) -> bool:
    """Whether a mention at ``start`` opening with a head word of
    ``agency_place_syllable_heads.txt`` is a place's syllable there.

    >>> t = "Khu đô thị Nhơn Hội Bắc; Tại Hội Nông dân"
    >>> _inside_place(t, t.index("Hội Bắc")), _inside_place(t, t.index("Hội Nông"))
    (True, False)
    """
    window = max(0, start - _PLACE_SYLLABLE_WINDOW)
    return _AFTER_PLACE_SYLLABLE.search(text, window, start) is not None


# A second locality after a located body, joined by "và", with the same locality word:
# the same kind of body there ("Ban Chỉ đạo … tỉnh Quảng Ninh | và tỉnh Gia Lai"), the
# place whole (no capitalised syllable after it).
_AND_LOCALITY = re.compile(
    rf" và (?P<word>{_LOCALITY})(?: |(?<=\.))(?:{_PLACE})(?![\w'’/-]| [{_U}])"
)


def _second_locality(text: str, end: int, mention: str, start: str) -> Agency | None:
    """The body that a located ``mention`` ending at ``end`` (opening with the phrase
    ``start``) names again in a second locality after "và", or None.

    >>> t = "Công an tỉnh Kon Tum và tỉnh Gia Lai phối hợp"
    >>> a = _second_locality(t, 20, t[:20], "Công an")
    >>> a.name, a.canonical
    ('tỉnh Gia Lai', 'Công an tỉnh Gia Lai')
    >>> _second_locality("UBND xã A Lưới và huyện Nam Đông", 14, "UBND xã A Lưới", "UBND")
    """
    m = _AND_LOCALITY.match(text, end)
    own = _LOCATED_END.search(mention) if m else None
    if m is None or own is None or not own.group().startswith(" " + m.group("word")):
        return None
    name = mention[: own.start()] + text[m.start("word") - 1 : m.end()]
    if _judged_length(name, start) != len(name):
        return None  # "… tỉnh Kon Tum và tỉnh | Nguyễn …"
    written = text[m.start("word") : m.end()]
    return Agency(written, m.start("word"), m.end(), written, canonical_agency(name))


def _parent_after(text: str, end: int) -> int:
    """How many characters after a unit named by its subject name the body it belongs
    to, right after it with a space between (0: none): the unit's name goes on with it,
    as a nested body's name part does ("Phòng Cảnh sát hình sự Công an tỉnh X"; the
    grammar reads no part after a subject). Its canonical name is the text as written.

    >>> t = "Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Điện Biên phát hiện"
    >>> _parent_after(t, 42)
    23
    >>> _parent_after("… về ma túy. Công an tỉnh", 11)
    0
    """
    if not text.startswith(" ", end):
        return 0
    m = _mention().match(text, end + 1)
    if m is None or m.lastgroup == "generic" or _office_shift(text, m.start(), m.group()):
        return 0
    length = _judged_length(m.group(), m.group("start"), m.lastgroup == "runs_on")
    return 1 + length if length else 0


# A canonical name that ends in a level word with no place after it ("Ủy ban nhân dân
# tỉnh", ``agency_level_endings.txt``), and one that ends in a level word and its place.
_LEVEL_ENDINGS = tuple(" " + w for w in _lines("agency_level_endings.txt"))
_LEVEL_PLACE = re.compile(
    rf"(?<= )(?:{_trie(_lines('agency_level_endings.txt'), exact_words=1)})(?P<place> {_PLACE})$"
)


_LEVEL_WORDS_ALONE = frozenset(w.strip() for w in _LEVEL_ENDINGS)  # "Tỉnh ủy"


@functools.lru_cache(maxsize=1 << 12)
def _place_key(canonical: str) -> str:
    """The name before the place of a canonical name that ends in a level word and a
    place, else "". Cached: names recur.

    >>> _place_key("Ủy ban nhân dân tỉnh Gia Lai"), _place_key("Tỉnh ủy Gia Lai")
    ('Ủy ban nhân dân tỉnh', 'Tỉnh ủy')
    >>> _place_key("Ủy ban nhân dân tỉnh"), _place_key("Hội đồng nhân dân tỉnh Ksor H'Bơ")
    ('', '')
    """
    m = _LEVEL_PLACE.search(" " + canonical)  # (the offsets count the space)
    if m is None:
        return ""
    level, place = m.group()[: m.start("place") - m.start()], m.group("place")[1:]
    if fold(level) == _PROVINCE_WORD and tuple(fold(place).split()) not in _PROPER:
        return ""  # after "tỉnh" only a province is a place ("HĐND tỉnh | Ksor H'Bơ")
    return canonical[: m.start("place") - 1]


@functools.lru_cache(maxsize=256)
def _level_of(short: str) -> str:
    """The level a canonical name ending in a level word names, as its first syllable
    folded: "tỉnh" for "Ủy ban nhân dân tỉnh" and "Ban Thường vụ Tỉnh ủy" alike.

    >>> _level_of("Ủy ban nhân dân tỉnh") == _level_of("Ban Thường vụ Tỉnh ủy")
    True
    """
    for ending in _LEVEL_ENDINGS:
        if short.endswith(ending) or short == ending[1:]:
            return fold(ending.split()[0])
    return ""


@functools.lru_cache(maxsize=1 << 12)
def _level_facts(canonical: str) -> tuple[bool, str, str, str]:
    """What ``_placed_short_names`` needs of a canonical name, cached (names recur):
    whether it names a body by its level alone, and for a placed name the name before
    the place, its level and the place folded.

    >>> _level_facts("Ủy ban nhân dân tỉnh")
    (True, '', '', '')
    >>> _level_facts("Tỉnh ủy Gia Lai")
    (False, 'Tỉnh ủy', 'tỉnh', 'gia lai')
    """
    short = canonical.endswith(_LEVEL_ENDINGS) or canonical in _LEVEL_WORDS_ALONE
    key = _place_key(canonical)
    if not key:
        return short, "", "", ""
    return short, key, _level_of(key), fold(canonical[len(key) + 1 :])


def _placed_short_names(out: list[Agency]) -> list[Agency]:
    """The mentions ``out`` of one article, each body named by its level alone ("UBND
    tỉnh") renamed to the one body of that name the article places ("UBND tỉnh Gia
    Lai"); with two places, or none, it keeps its own canonical name.

    >>> t = "UBND tỉnh Gia Lai chỉ đạo; UBND tỉnh đã họp"
    >>> [a.canonical for a in find_agencies(t)]
    ['Ủy ban nhân dân tỉnh Gia Lai', 'Ủy ban nhân dân tỉnh Gia Lai']
    >>> t = "UBND tỉnh Gia Lai, UBND tỉnh Kon Tum; UBND tỉnh đã họp"
    >>> [a.canonical for a in find_agencies(t)][-1]
    'Ủy ban nhân dân tỉnh'

    A place named with another body of the same level counts too:

    >>> t = "Tỉnh ủy Bình Định; UBND tỉnh Đắk Lắk; UBND tỉnh đã họp"
    >>> [a.canonical for a in find_agencies(t)][-1]
    'Ủy ban nhân dân tỉnh'
    """
    canonicals = {a.canonical for a in out}  # (a few distinct names: the work is per name)
    facts = {c: _level_facts(c) for c in canonicals if c}  # (cached per name)
    shorts = {c for c, fact in facts.items() if fact[0]}
    if not shorts:
        return out
    placed: dict[str, set[str]] = {}  # a short canonical name → the full ones
    places: dict[str, set[str]] = {}  # a level ("tỉnh") → the places the article names
    for c, (_, key, level, place) in facts.items():
        if key:
            places.setdefault(level, set()).add(place)
            if key in shorts:
                placed.setdefault(key, set()).add(c)
    full = {
        short: next(iter(names))
        for short, names in placed.items()
        if len(names) == 1 and len(places[_level_of(short)]) == 1
    }
    if not full:
        return out
    return [
        Agency(a.text, a.start, a.end, a.name, full[a.canonical])
        if a.canonical in full else a
        for a in out
    ]


def find_agencies(text: str) -> list[Agency]:
    """Every agency mentioned in ``text``, in order, non-overlapping, the longest
    reading at each place.

    >>> [a.name for a in find_agencies(
    ...     "Đại tướng Tô Lâm, Bộ trưởng Bộ Công an; Phó Trưởng Ban Thường trực Ban "
    ...     "Dân vận Trung ương; Giám đốc Công an tỉnh Lào Cai Hoàng Ngọc Thanh")]
    ['Bộ Công an', 'Ban Dân vận Trung ương', 'Công an tỉnh Lào Cai']
    >>> find_agencies("các cấp ủy, chính quyền, các ban, ngành và công an xã")
    []
    >>> [a.name for a in find_agencies("Ban Thường vụ Huyện ủy giao Ủy ban Kiểm tra Huyện ủy")]
    ['Ban Thường vụ Huyện ủy', 'Ủy ban Kiểm tra Huyện ủy']
    """
    out: list[Agency] = []
    search = _mention().search
    pos = 0
    named = False  # a code in brackets or a short name: see ``_article_names``
    while (m := search(text, pos)) is not None:
        flag = m.lastgroup
        mention = m.group()
        runs_on = flag == "runs_on"
        start, end = m.span()
        shift = _office_shift(text, start, mention) if mention.startswith(_SHIFTS) else 0
        if shift:  # "Trưởng | ban Dân tộc …", "Phó Chủ tịch Thường trực | HĐND tỉnh"
            start += shift
            mention = mention[shift:]
        if mention.startswith(_PLACE_SYLLABLE_HEADS) and _inside_place(text, start):
            pos = start + mention.index(" ")  # "Nhơn | Hội Bắc": a place, no body
            continue
        judged = _JUDGED[runs_on].get(mention)
        if judged is None:
            judged = _judged(mention, m.group("start")[shift:], runs_on)
        length, canonical, bare = judged
        pos = end
        if length == end - start:
            if flag == "generic":
                continue  # "Ban Chỉ đạo các cấp"
        elif not length:
            continue  # no body ("Bộ trưởng", "Đoàn Minh Tiến")
        else:
            # cut short: scanning resumes at the cut ("Ban Thường vụ Tỉnh ủy | giao Ủy
            # ban Kiểm tra …"), a bounded way back, since a match is bounded
            pos = end = start + length
            if _GENERIC_AFTER.match(text, end):
                continue  # a generic body
            mention = text[start:end]
        if text.startswith(_RESTED_OPENINGS, end) or mention.startswith(
            _DEPARTMENT_OPENINGS
        ) or mention.endswith(_RESTED_ENDINGS):  # (cheap tests first)
            subject = _subject_after(text, end, mention)
            if subject:
                canonical += text[end : end + subject]
                pos = end = end + subject
                mention = text[start:end]
        if out and start - out[-1].end <= _MAX_GLUE and _may_share_locality(out[-1].name):
            _share_locality(text, out, start, mention)
        if mention.startswith(_SERVICE_OPENINGS):  # "Vùng 1, Vùng 3, | Vùng 5 Hải quân"
            out += _elided_units(text, start, mention, out[-1].end if out else 0)
        out.append(Agency(mention, start, end, mention, canonical))
        if text.startswith(_AND, end) and (
            second := _second_locality(text, end, mention, m.group("start")[shift:])
        ):
            out.append(second)  # "… tỉnh Quảng Ninh | và tỉnh Gia Lai"
            pos = second.end
        if bare or text.startswith(_CODE_OPENING, end):
            named = True
    if named:
        out = _article_names(text, out)
    return _placed_short_names(out)
