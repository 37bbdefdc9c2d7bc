"""Find numbered document references: party numbering ("Chỉ thị số 09-CT/TW",
"Kế hoạch số 215-KH/TĐTN-TNXP"), state numbering ("Nghị định số 100/2019/NĐ-CP",
"Luật số 30/2023/QH15", "Công văn số 6917/CV-VPTW") and bare numbers ("Kết luận 44",
"Nghị quyết số 25"), with the attributes the text states after them.

A reference is a type word from ``data/doc_types.tsv`` (any case, common misspellings
such as "Chị thị" included; ``type`` is always the correct spelling), then an optional
"số"/"số:", then a number with or without a code. A law named by its title may stand
between the type word and "số" when a coded number follows ("Luật Phòng, chống ma túy
số 73/2021/QH14"). Not references: type words without a number ("các chỉ thị, nghị
quyết của Đảng", "Quyết định kiện toàn Ban Chỉ đạo") and a bare number without "số"
that counts something ("Kế hoạch 5 năm"): see ``data/docref_bare_followers.txt``.

Members of a coordinated list share the type word ("Kết luận 44-KL/TW và 45-KL/TW",
"các Nghị định số 100/2019/NĐ-CP, 123/2021/NĐ-CP"); an issuer or term stated after
the last member belongs to all of them, a date only to the member it follows. So do
documents of one type listed with their own type words ("Kết luận số 96-KL/TW, Kết
luận số 97-KL/TW của Ban Chấp hành Trung ương khóa XIII"), when their codes name the
same issuers (see ``same_kind``) and the earlier ones state no issuer; an issuing
subject reaches a document of the same kind listed after another's title clause ("HĐND
tỉnh đã thông qua Nghị quyết số 25/2024/NQ-HĐND về học phí, và Nghị quyết số …").

Attributes read after the number, in any order: ``date`` ("ngày 1/12/2011", "ngày
22–01-2019", "ngày 19.8.2020", "ngày 28 tháng 11 năm 2023"; "năm 2011" gives "2011"),
``issuer`` ("của Ban Bí thư", "do …", or "được Quốc hội khóa XV thông qua"; the name is
capitalised words plus ``data/docref_issuer_*.txt``), ``term`` ("khóa XI", "(khoá
XII)"); before the type word, an issuing subject ("Chính phủ đã ban hành Nghị định số
…", "Quốc hội khóa XV cũng đã thông qua …", see ``data/docref_issuer_heads.txt`` and
``data/docref_issue_verbs.txt``), shared by the documents listed after it, or the
agent of a passive clause ("được Thủ tướng phê duyệt tại Quyết định …"). A name may
hold a number or an ordinal ("Hội nghị Trung ương 8", "Hội nghị lần thứ sáu Ban Chấp
hành Trung ương Đảng"); it ends at a clause verb ("của Trung ương tổ chức …") and
before a signer's personal name ("do Chủ tịch UBND tỉnh Nguyễn Văn A ký").
``scope`` is "national" for a central issuer code (``data/doc_codes.tsv``), the
province of a local one when the issuer names it (``data/provinces.txt``), else None.
A code whose type part contradicts the type word is kept and flagged in ``warnings``.
``year`` is the year inside a state number ("100/2019/NĐ-CP"); ``id`` is the canonical
number ("09-CT/TW", "100/2019/NĐ-CP"), None for a bare number.

>>> [(r.text, r.type, r.number, r.code, r.id, r.issuer, r.date, r.term, r.scope)
...  for r in find_doc_refs("thực hiện Chị thị số 09-CT/TW ngày 1/12/2011 của Ban Bí "
...                         "thư (khóa XI) và Nghị định 100/2019/NĐ-CP")]
... # doctest: +NORMALIZE_WHITESPACE
[('Chị thị số 09-CT/TW', 'Chỉ thị', '09', 'CT/TW', '09-CT/TW', 'Ban Bí thư',
  '2011-12-01', 'XI', 'national'),
 ('Nghị định 100/2019/NĐ-CP', 'Nghị định', '100', 'NĐ-CP', '100/2019/NĐ-CP', None,
  None, None, 'national')]
>>> find_doc_refs("các chỉ thị, nghị quyết của Đảng; Kế hoạch 5 năm")
[]

Speed: the scan is one ``regex`` pattern that starts at a digit and checks the type
word in a bounded look-behind, so the engine skips ahead on digits and Python runs
only per candidate number. All repetitions are bounded (type words, title gap,
issuer words, code parts), so the time is linear in the input. Patterns needed only
for rare shapes (a title before "số", a subject's name longer than its window) are
compiled on first use.
"""

from __future__ import annotations

import functools
import operator
import re
import unicodedata
from dataclasses import dataclass, field

import regex

from ttcorpus.models import DocRef
from ttcorpus.normalize import fold
from ttcorpus.resources import data_lines, data_rows, data_section

__all__ = [
    "DATE_AFTER",
    "FRONTED_REACH",
    "DocType",
    "code_parts",
    "code_scope",
    "doc_type",
    "find_doc_refs",
    "fronted_day_month",
    "has_issuing_subject",
    "initials_fit",
    "issuer_scope",
    "joined_over_title",
    "same_kind",
    "single_spaced",
    "types_for_code",
]


# ---------------------------------------------------------------- reference data


@dataclass(frozen=True, slots=True)
class DocType:
    """One document type of ``doc_types.tsv``: its name, type codes, and whether a
    bare number without "số" counts."""

    name: str
    codes: frozenset[str]
    bare: bool
    spellings: tuple[str, ...] = field(default=())


@functools.cache
def _doc_types() -> dict[str, DocType]:
    """Folded spelling (correct or not) → its DocType."""
    out: dict[str, DocType] = {}
    for row in data_rows("doc_types.tsv"):
        name, codes, bare, others = (*row, "-", "-", "-")[:4]
        spellings = [name] + [s.strip() for s in others.split(",") if s.strip() not in ("", "-")]
        kind = DocType(
            name=name,
            codes=frozenset(c.strip() for c in codes.split(",") if c.strip() not in ("", "-")),
            bare=bare.strip().lower() == "yes",
            spellings=tuple(spellings),
        )
        for s in spellings:
            out.setdefault(fold(s), kind)
    return out


@functools.lru_cache(maxsize=4096)
def _folded(words: str) -> str:
    """``fold``, remembered: the words before an issuing subject and the subjects' names
    recur from one document to the next."""
    return fold(words)


@functools.lru_cache(maxsize=1024)
def doc_type(word: str) -> DocType | None:
    """The DocType a type word stands for, whatever its case or misspelling.

    >>> doc_type("CHỊ THỊ").name
    'Chỉ thị'
    """
    return _doc_types().get(fold(word))


@functools.cache
def _type_codes() -> dict[str, tuple[str, ...]]:
    """Type code ("CT") → the type names that use it, in data-file order."""
    out: dict[str, list[str]] = {}
    for kind in dict.fromkeys(_doc_types().values()):
        for code in kind.codes:
            out.setdefault(code, []).append(kind.name)
    return {code: tuple(names) for code, names in out.items()}


def types_for_code(type_code: str) -> tuple[str, ...]:
    """The document types a type code stands for.

    >>> types_for_code("KL")
    ('Kết luận',)
    """
    return _type_codes().get(type_code, ())


_TERM_DIGITS = regex.compile(r"\d+$")


@functools.cache
def _issuer_codes() -> dict[str, str]:
    """Issuer code → scope ("national" or "local")."""
    return {row[0]: row[1] for row in data_rows("doc_codes.tsv") if len(row) >= 2}


@functools.cache
def code_parts(code: str) -> tuple[str | None, tuple[str, ...]]:
    """Split a document code into its type part (a known type code, or None) and its
    issuer parts, term digits dropped.

    >>> code_parts("CT/TW")
    ('CT', ('TW',))
    >>> code_parts("NĐ-CP")
    ('NĐ', ('CP',))
    >>> code_parts("QH14")
    (None, ('QH',))
    >>> code_parts("KH/TĐTN-TNXP")
    ('KH', ('TĐTN', 'TNXP'))
    """
    if "/" in code:  # party numbering: TYPE/ISSUER[-ISSUER]
        head, _, tail = code.partition("/")
        parts = [head, *tail.split("-")]
    else:  # state numbering: [TYPE-]ISSUER[-ISSUER]
        parts = code.split("-")
    type_part: str | None = None
    if parts and parts[0] in _type_codes() and (len(parts) > 1 or "/" in code):
        type_part = parts.pop(0)
    issuers = tuple(_TERM_DIGITS.sub("", p) or p for p in parts if p)
    return type_part, issuers


def _code_scope(issuer_parts: tuple[str, ...]) -> str | None:
    """ "national" if any issuer part is central, "local" if any is local, else None."""
    known = _issuer_codes()
    scopes = {known.get(p) or ("national" if p.endswith("TW") else None) for p in issuer_parts}
    if "national" in scopes:
        return "national"
    if "local" in scopes:
        return "local"
    return None


# ---------------------------------------------------------------- patterns


def phrase_trie(phrases: list[str], *, from_end: bool = False) -> str:
    r"""One regex for a phrase list, factored on shared beginnings (or, ``from_end``,
    shared endings, for patterns read backwards in a look-behind) so that the engine
    tries each character once instead of once per phrase. Spaces match any white space.

    >>> phrase_trie(["Chỉ thị", "Chị thị", "Kết luận"]).replace(r"\s+", " ")
    '(?:Kết luận|Ch(?:ỉ thị|ị thị))'
    >>> phrase_trie(["luật", "bộ luật"], from_end=True).replace(r"\s+", " ")
    '(?:bộ )?luật'
    """
    return _trie(phrases, from_end, from_end)


def _mirrored_trie(phrases: list[str], *, from_end: bool = False) -> str:
    r"""``phrase_trie(phrases, from_end=from_end)`` as the ``regex`` module reads it
    backwards (in a look-behind or a ``(?r)`` pattern), written for the mirrored text:
    the same alternatives in the same order, each spelt from its end.

    >>> _mirrored_trie(["luật", "bộ luật"], from_end=True).replace(r"\s+", " ")
    'tậul(?: ộb)?'
    >>> _mirrored_trie(["Ban", "Bộ"]).replace(r"\s+", " ")
    '(?:na|ộ)B'
    """
    return _trie(phrases, from_end, not from_end)


def _trie(phrases: list[str], from_end: bool, backwards: bool) -> str:
    """A phrase trie grouped on the phrases' first (or, ``from_end``, last) characters,
    each branch written forwards or ``backwards``."""
    words = sorted(set(phrases))
    optional = "" in words
    groups: dict[str, list[str]] = {}
    for w in words:
        if w:
            key, rest = (w[-1], w[:-1]) if from_end else (w[0], w[1:])
            groups.setdefault(key, []).append(rest)
    alts = []
    # Longest phrases first, so that "Bộ luật" wins over "luật" and "Quy định x" over
    # "Quy định" wherever both fit.
    for char, rests in sorted(groups.items(), key=lambda kv: (-max(map(len, kv[1])), kv[0])):
        atom = r"\s+" if char == " " else regex.escape(char)
        sub = _trie(rests, from_end, backwards)
        alts.append((sub + atom if backwards else atom + sub) if sub else atom)
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if optional else body


def _type_spellings() -> list[str]:
    """Every spelling of every type word, lower-cased (the patterns ignore case)."""
    return sorted({s.lower() for kind in _doc_types().values() for s in kind.spellings})


# Lower-case words of issuers' names, by where they may stand.
_ISSUER_WORD_FILES = {
    "any": "docref_issuer_words.txt",
    "second": "docref_issuer_syllables.txt",
    "inner": "docref_issuer_joiners.txt",
}


def _issuer_words(where: str) -> list[str]:
    """Lower-case words of issuers' names that may stand ``where``: "any" (anywhere),
    "second" (after a capitalised syllable), "inner" (inside, never last)."""
    return list(data_lines(_ISSUER_WORD_FILES[where]))


def _lines(name: str) -> str:
    """A one-column data file as one pattern."""
    return phrase_trie(list(data_lines(name)))


@functools.cache
def _bmp_categories() -> str:
    """The two-letter general category ("Lu", "Mn" …) of every character of the Basic
    Multilingual Plane, in code point order: character ``c`` at ``2 * ord(c)``."""
    return "".join(map(unicodedata.category, map(chr, range(0x10000))))


def _category_ranges(*categories: str) -> list[tuple[int, int]]:
    """The runs of characters of the Basic Multilingual Plane whose Unicode general
    category starts with one of ``categories``, as (first, last) code points. A run of
    such characters is a run of wanted categories in ``_bmp_categories()`` (a category's
    first letter is a capital, its second is not, so runs are found at even offsets).

    >>> _category_ranges("Lu")[:2]
    [(65, 90), (192, 214)]
    """
    wanted = "|".join(c if len(c) == 2 else f"{c}." for c in categories)
    runs = re.finditer(f"(?:{wanted})+", _bmp_categories())
    return [(run.start() // 2, run.end() // 2 - 1) for run in runs]


def _class_body(ranges: list[tuple[int, int]]) -> str:
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )


def _category_class(*categories: str) -> str:
    """The characters of the Basic Multilingual Plane whose Unicode general category
    starts with one of ``categories``, as the body of a character class (stdlib ``re``
    has no ``\\p{…}``).

    >>> re.fullmatch(f"[{_category_class('Lu')}]+", "ĐÀỸ") is not None
    True
    """
    return _class_body(_category_ranges(*categories))


def _category_set(*categories: str) -> str:
    """``[…]`` of ``_category_class(*categories)``, or the same set written as the
    complement of the other characters when they are fewer (stdlib ``re`` compiles a
    class in time proportional to the characters it lists, for each place it stands).

    >>> re.fullmatch(f"{_category_set('L', 'M')}+", "Nghị") is not None
    True
    >>> re.fullmatch(_category_set("L", "M"), "\U00020000") is None  # only the BMP
    True
    """
    ranges = _category_ranges(*categories)
    listed = sum(b - a + 1 for a, b in ranges)
    if listed <= 0x8000:
        return f"[{_class_body(ranges)}]"
    others: list[tuple[int, int]] = []
    after = 0
    for a, b in ranges:
        if a > after:
            others.append((after, a - 1))
        after = b + 1
    if after <= 0xFFFF:
        others.append((after, 0xFFFF))
    return f"[^{_class_body(others)}\U00010000-\U0010ffff]"


# The general categories, for writing a set of them as the complement of the others.
_MINOR_CATEGORIES = {
    "L": ("Lu", "Ll", "Lt", "Lm", "Lo"), "M": ("Mn", "Mc", "Me"), "N": ("Nd", "Nl", "No"),
    "P": ("Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po"), "S": ("Sm", "Sc", "Sk", "So"),
    "Z": ("Zs", "Zl", "Zp"), "C": ("Cc", "Cf", "Cs", "Co", "Cn"),
}


@functools.cache
def _bmp_text() -> str:
    """Every character of the Basic Multilingual Plane, in code point order."""
    utf32 = bytearray(4 * 0x10000)  # little-endian: low byte, high byte, 0, 0
    utf32[0::4] = bytes(range(256)) * 256
    utf32[1::4] = b"".join(bytes([high]) * 256 for high in range(256))
    return utf32.decode("utf-32-le", "surrogatepass")


@functools.cache
def _regex_category_set(*categories: str) -> str:
    """``_category_set(*categories)`` for the ``regex`` module, written with its
    ``\\p{…}`` properties, which it compiles several times faster than a list of ranges:
    the complement of the other categories, of the characters outside the BMP and of
    those the module's Unicode tables (newer than ``unicodedata``'s) add to the wanted
    categories — the same set. The list of ranges itself when the tables also take a
    character out of them.

    >>> _regex_category_set("Lu").startswith("[^")
    True
    """
    others = [
        minor
        for major, minors in _MINOR_CATEGORIES.items()
        if major not in categories
        for minor in ((major,) if not set(minors) & set(categories) else minors)
        if minor not in categories
    ]
    props = "".join(rf"\p{{{c}}}" for c in others)
    native = f"[^{props}\U00010000-\U0010ffff]"
    bmp, ranges = _bmp_text(), _category_ranges(*categories)
    # the characters unicodedata leaves out, and those of them the module takes in
    gaps = zip([-1, *(b for _, b in ranges)], [*(a for a, _ in ranges), len(bmp)], strict=True)
    outside = "".join(bmp[after + 1 : before] for after, before in gaps)
    added = regex.findall(native, outside)
    # … and none that unicodedata takes in and the module leaves out
    taken = len(bmp) - len(regex.sub(native, "", bmp))
    if taken - len(added) != len(bmp) - len(outside):
        return _category_set(*categories)
    return f"[^{props}\U00010000-\U0010ffff{''.join(map(regex.escape, added))}]"


def _regex_compile(pattern: str) -> regex.Pattern[str]:
    """``regex.compile`` of a pattern written for both engines, its sets ``_UPPER`` and
    ``_LETTER_OR_MARK`` as ``_regex_category_set`` writes them (the same pattern)."""
    pattern = pattern.replace(_UPPER, _regex_category_set("Lu"))
    return regex.compile(pattern.replace(_LETTER_OR_MARK, _regex_category_set("L", "M")))


_UPPER = _category_set("Lu")  # \p{Lu}, BMP only
_LETTER = _category_class("L")  # \p{L}, BMP only: the body of a class
_LETTER_OR_MARK = _category_set("L", "M")  # [\p{L}\p{M}], BMP only

# Any spelling of any type word, in any case ("Chỉ thị", "CHỈ THỊ", "Chị thị"): read
# forwards, read backwards inside a ``regex`` look-behind, and written backwards to
# read the mirrored text before a number with stdlib ``re``.
_TYPE_WORD = rf"(?i:{phrase_trie(_type_spellings())})(?![\w])"
_TYPE_WORD_BACKWARDS = rf"(?i:{phrase_trie(_type_spellings(), from_end=True)})"
_TYPE_WORD_MIRRORED = rf"(?i:{_mirrored_trie(_type_spellings(), from_end=True)})"
# "số", "Số", "SỐ" — the word that introduces a document number.
_SO = r"(?i:số)"
# Between the type word (or "số") and the number: "số 09", "số: 09", "Chỉ thị 36".
# The pattern reads the same both ways.
_NUMBER_SEP = r"(?:\s?:\s?|\s)"
# One word of a law's title between the type word and "số" ("Luật Phòng, chống ma
# túy số 73/2021/QH14"): no sentence punctuation, not itself a type word.
_TITLE_WORD = rf"(?!{_TYPE_WORD})[^\s.;:!?()\[\]\"“”]{{1,25}}"
_MAX_TITLE_WORDS = 15
# A number with what stands before it: its type word, maybe a title, and "số", read
# backwards in a look-behind (``regex``). Used only when a title may stand between type
# word and "số" (see ``_left_of_number``): seldom, so compiled on first use.
_TITLED_NUMBER = (
    rf"\d(?<=(?<![\w])(?P<type>{_TYPE_WORD_BACKWARDS})"
    rf"(?:(?P<title>(?:\s+{_TITLE_WORD}){{0,{_MAX_TITLE_WORDS}}}?)\s+(?P<so>{_SO}))?"
    rf"{_NUMBER_SEP}\d)"
)


@functools.cache
def _titled_number() -> regex.Pattern[str]:
    return regex.compile(_TITLED_NUMBER)


# A title type (``docref_title_types.txt``: "Luật", "Bộ luật", "Pháp lệnh") written in
# lower case right before "số" may end the title of one written with a capital ("Luật
# Ban hành văn bản quy phạm pháp luật số 64/2025/QH15"): the title's words may then be
# lower-case type words, never capitalised ones (which start another mention). Read
# backwards in a look-behind, as ``_TITLED_NUMBER``; no word with a digit (it would
# reach back over another number). Compiled on first use.
_TITLE_TYPE_NAMES = tuple(data_lines("docref_title_types.txt"))
_FOLDED_TITLE_TYPES = frozenset(
    fold(w) for t in _TITLE_TYPE_NAMES for w in (t, t.split()[-1])
)
_TITLE_WORD_IN_LOWER = rf"(?!(?={_UPPER}){_TYPE_WORD})[^\s\d.;:!?()\[\]\"“”]{{1,25}}"
_TITLED_IN_LOWER = (
    rf"\d(?<=(?<![\w])(?P<type>{phrase_trie(list(_TITLE_TYPE_NAMES), from_end=True)})"
    rf"(?:\s+{_TITLE_WORD_IN_LOWER}){{1,{_MAX_TITLE_WORDS}}}?\s+{_SO}{_NUMBER_SEP}\d)"
)


@functools.cache
def _titled_in_lower() -> regex.Pattern[str]:
    return _regex_compile(_TITLED_IN_LOWER)


# The scan: an ASCII digit (document numbers are written in ASCII digits) right after
# a separator after the last three letters of "số" or of a type word. (The ``regex``
# module runs this variable-width look-behind faster than stdlib ``re`` runs the
# equivalent fixed-width ones, and ``[0-9]`` twice as fast as ``\d``.) The separator is
# read loosely, as one to three of its characters (every separator, and a few runs that
# are none, such as two spaces): a class costs the engine less than the alternation at
# each digit, and ``_left_of_number`` reads the separator exactly.
_ENDINGS = sorted({w[-3:] for w in (*_type_spellings(), "số")})
_LOOSE_SEP = r"[\s:]{1,3}"
_CANDIDATE = regex.compile(
    rf"[0-9](?<=(?i:{phrase_trie(_ENDINGS, from_end=True)}){_LOOSE_SEP}[0-9])"
)
# What stands before a number, read on the mirrored text: the separator, maybe "số"
# (mirrored), and the type word, not glued to a word before it.
_SO_MIRRORED = r"(?i:ốs)"
_LEFT_OF_NUMBER = re.compile(
    rf"{_NUMBER_SEP}(?:(?P<so>{_SO_MIRRORED})\s+|)(?P<type>{_TYPE_WORD_MIRRORED})(?!\w)"
)
_LEFT_SO, _LEFT_TYPE = _LEFT_OF_NUMBER.groupindex["so"], _LEFT_OF_NUMBER.groupindex["type"]
_SO_BEFORE_NUMBER = re.compile(rf"{_NUMBER_SEP}{_SO_MIRRORED}")
_WIDE_SPACE = re.compile(r"\s\s")
# The mirrored window: room for a separator, "số", a space, the longest type word and
# the character before it, when every run of white space in it is one character.
_LEFT_WINDOW = 64

# A code word: "CT", "TW", "NĐ", "QĐi", "CTr", "QH14", "VKSTK"; an issuer's initials run to
# 13 and more letters ("ĐCTUBTWMTTQVN", Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam), so a
# word may hold up to ``_MAX_CODE_WORD`` characters (a shorter bound drops the whole segment).
_MAX_CODE_WORD = 16
_CODE_WORD = (  # (a letter, then letters or digits)
    rf"(?!\d)[{_LETTER}\d]{{1,{_MAX_CODE_WORD}}}"
    # "&" between two letters inside a word ("BNN&PTNT", "BGD&ĐT"): one such joint
    rf"(?:(?<=[{_LETTER}])&[{_LETTER}]{{1,{_MAX_CODE_WORD}}})?"
)
_DASH = r"[-–]"
# After the number: party "-CT/TW", "-KH/TĐTN-TNXP"; state "/2019/NĐ-CP", "/CV-VPTW",
# "/2018/QH14". A joint code names one issuer per segment, five and more of them at times
# ("/2017/QCPH-VKSNDTC-TANDTC-BCA-BQP-BTC"): up to ``_MAX_CODE_SEGMENTS`` after the first.
# A line of a PDF may end inside a code, after a slash or a dash ("59/2019/|NĐ-CP"): one
# line break may stand there (``_draft`` drops it from the code).
_MAX_CODE_SEGMENTS = 8
_WRAP = r"\n?"
_CODE_TAIL = rf"(?:{_DASH}{_WRAP}{_CODE_WORD}){{0,{_MAX_CODE_SEGMENTS}}}"
_CODE = (
    rf"(?:\s?{_DASH}\s?(?P<party>{_CODE_WORD}/{_WRAP}{_CODE_WORD}{_CODE_TAIL})"
    rf"|/{_WRAP}(?:(?P<year>(?:19|20)\d\d)/{_WRAP})?(?P<state>{_CODE_WORD}{_CODE_TAIL})"
    # a state number with its year and no code ("Quyết định số 1/2024 của Ủy ban …")
    r"|/(?P<bareyear>(?:19|20)\d\d))"
    r"(?![\w/])"
)
# A state number written with thousands separators ("Văn bản số 12.850/BTC-ĐT"): groups
# of three digits after a dot, then "/" and a code word (or a year and a code word), so a
# date ("12.8.2020") or a decimal ("12.850 tỷ") is never one. ``number`` keeps it as
# written; the id drops the dots (``_plain_number``).
_GROUPED_NUMBER = rf"\d{{1,3}}(?:\.\d{{3}}){{1,2}}(?=/(?:(?:19|20)\d\d/)?[{_LETTER}])"
# The number (one to six digits, not a decimal) and its code, read from its first digit.
_NUMBER_AND_CODE = re.compile(
    rf"(?P<number>{_GROUPED_NUMBER}|\d{{1,6}})(?!\d|[.,]\d)(?:{_CODE})?"
)


def _plain_number(number: str) -> str:
    """A number without its thousands separators, as ids write it.

    >>> _plain_number("12.850"), _plain_number("09")
    ('12850', '09')
    """
    return number.replace(".", "")


_NUMBER, _PARTY, _YEAR, _STATE, _BARE_YEAR = (
    _NUMBER_AND_CODE.groupindex[name]
    for name in ("number", "party", "year", "state", "bareyear")
)


# Dates: "1/12/2011", "22–01-2019", "19.8.2020", "28 tháng 11 năm 2023": day, month and
# year are the value's three runs of digits (see ``_date_of``).
_DAY_MONTH_YEAR = (
    r"\d{1,2}\s?[/.\-–]\s?\d{1,2}\s?[/.\-–]\s?\d{4}(?!\d)"
    r"|\d{1,2}\s+(?i:tháng)\s+\d{1,2}\s+(?i:năm)\s+\d{4}(?!\d)"
)


def _date_value(tag: str) -> str:
    """A date's value, as group ``date`` + ``tag``."""
    return rf"(?P<date{tag}>{_DAY_MONTH_YEAR})"


def _date_core(tag: str) -> str:
    """A date after "ngày" (optionally "ban hành ngày", "ký ngày", "vào ngày", passive
    "được ban hành ngày", "đã được ký ngày"); the words are grammatical glue of the date
    phrase, not data."""
    return (
        rf"(?:(?:(?:đã\s+)?được\s+)?(?i:ban\s+hành|ký)\s+)?(?:vào\s+)?(?i:ngày)\s+"
        rf"(?:{_date_value(tag)})"
    )


def _term_core(tag: str) -> str:
    """A term of office, "khóa XI", "khoá XII", as group ``term`` + ``tag``."""
    return rf"(?i:khóa|khoá)\s+(?P<term{tag}>[IVXL]{{1,6}})(?![\w])"


# Before an attribute: spaces and maybe a comma ("…/TW, ngày …"), taken whole (possessive:
# an attribute starts with a word or a bracket, never after part of this gap); before
# the passive "được …" also a closing bracket.
_GAP = r"\s*+,?+\s*+"
_PASSIVE_GAP = r"\s*+\)?+\s*+,?+\s*+"
_DATE_ATTR = rf"{_GAP}(?:\(\s*{_date_core('p')}\s*\)|{_date_core('q')})"
# The same, as other finders read it after a reference ("…/TW, ngày 30-3-2007, và …").
DATE_AFTER = rf"{_GAP}(?:\(\s*{_date_core('u')}\s*\)|{_date_core('v')})"
# "năm 2011" right after the number: a year-only date.
_YEAR_ATTR = r"\s+(?i:năm)\s+(?P<yearonly>(?:19|20)\d\d)(?![\d/.\-–])"
# "cùng ngày" (``docref_same_date.txt``): the date of the document cited just before
# ("… 145-QĐ/TW, 146-QĐ/TW cùng ngày của Bộ Chính trị"), or the date written after it
# for every document of the list ("… cùng ngày 9/5/2024"). Without a date it must end
# the number's clause: punctuation, the end, or the glue of an issuer or a title ("của",
# "do", "về", "khóa"), not "cùng ngày với …" (the day of something else).
_SAME_DATE_ATTR = (
    rf"\s+(?P<sameday>(?i:{_lines('docref_same_date.txt')}))(?!\w)"
    rf"(?:\s+(?P<samedate>{_DAY_MONTH_YEAR})"
    rf"|(?=\s*(?:[^\w\s]|$)|\s+(?i:của|do|về|khóa|khoá)(?!\w)))"
)
# "khóa XI", "khoá XII", "(khóa XI)".
_TERM_ATTR = rf"{_GAP}(?:\(\s*{_term_core('p')}\s*\)|{_term_core('q')})"

# A capitalised word of an issuer's name, with the lower-case second syllable of a
# compound ("Ban", "Chấp hành", "Bí thư", "UBND"). A name is cut before a type word
# afterwards ("của Ban Bí thư và Kết luận …"), see ``_issuer_at``.
_CAP_WORD = (
    rf"{_UPPER}{_LETTER_OR_MARK}*"
    rf"(?:\s+{phrase_trie(_issuer_words('second'))}(?![\w]))?"
)
# One more unit of a name: a capitalised word after a space or a dash ("Ban Chỉ đạo",
# "Sở Nội vụ - Ban Thi đua"), or a listed lower-case word ("Ủy ban nhân dân tỉnh").
# (``_CAP_WORD`` stands once: a dash and a lower-case word never start alike.)
# "và" (glue: "and") before the name of a campaign or an event, no body's, joins no
# names: the name ends before it ("của Bộ Chính trị| và Cuộc vận động …").
_AND_NON_BODY = rf"và\s+(?:{_lines('docref_issuer_non_bodies.txt')})(?!\w)"
_ISSUER_WORD = (
    rf"(?!{_AND_NON_BODY}){phrase_trie(_issuer_words('any') + _issuer_words('inner'))}(?![\w])"
)
# A plenum's or a unit's number inside a name ("Hội nghị Trung ương 8", "Quân khu 7",
# "Ban Chỉ đạo 35"): one to three digits, followed by what may follow a bare document
# number (``docref_bare_followers.txt``: "khóa", "về", "của" …), a capitalised word or
# punctuation — not by a counted noun ("của Bộ Chính trị 5 năm qua").
# (In a subject's name, "Quân khu 7 đã ban hành …", the name is followed by the issuing
# verb phrase, which the subject pattern reads: no look-ahead there.)
_SUBJECT_NAME_NUMBER = r"\d{1,3}(?!\w|[/.,\-–]\d)"
_NAME_NUMBER = (
    rf"{_SUBJECT_NAME_NUMBER}"
    rf"(?=\s*(?:[^\w\s]|$)|\s+(?:{_UPPER}|(?i:{_lines('docref_bare_followers.txt')})(?!\w)))"
)
# An ordinal inside a name ("Hội nghị lần thứ sáu Ban Chấp hành Trung ương", "Đại hội
# lần thứ XIII"): "lần thứ" (grammatical glue) and a numeral in digits, Roman numerals
# or words (``docref_ordinals.txt``).
_ORDINAL_NUMERAL = rf"(?:\d{{1,2}}|[IVXL]{{1,6}}|{_lines('docref_ordinals.txt')})(?!\w)"
_NAME_ORDINAL = rf"lần\s+thứ\s+{_ORDINAL_NUMERAL}"
_ISSUER_UNIT = rf"(?:(?:\s+|\s?{_DASH}\s?){_CAP_WORD}|\s+{_ISSUER_WORD})"
_SUBJECT_UNIT = (
    rf"(?:(?:\s+|\s?{_DASH}\s?){_CAP_WORD}"
    rf"|\s+(?:{_ISSUER_WORD}|{_SUBJECT_NAME_NUMBER}|{_NAME_ORDINAL}))"
)
_MAX_ISSUER_UNITS = 12
_ISSUER_NAME = rf"{_CAP_WORD}{_ISSUER_UNIT}{{0,{_MAX_ISSUER_UNITS}}}"
# A name read after "của"/"do"/"được": its units may be numbers and ordinals too
# ("Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng", "Hội nghị Trung ương 8").
_NUMBERED_NAME = (
    rf"{_CAP_WORD}(?:{_ISSUER_UNIT}|\s+(?:{_NAME_NUMBER}|{_NAME_ORDINAL}))"
    rf"{{0,{_MAX_ISSUER_UNITS}}}"
)
_VERBS = _lines("docref_issue_verbs.txt")
_ADVERBS = _lines("docref_verb_adverbs.txt")
# Before an issuing verb, a run of one to three adverbs ("cũng đã ban hành").
_MAX_ADVERBS = 3
_ADVERB_RUN = rf"(?:{_ADVERBS}\s+){{0,{_MAX_ADVERBS}}}"
# "của Ban Bí thư", "do Bộ Công an" — "của"/"do" are grammatical glue.
_ISSUER_ATTR = rf"{_GAP}(?i:của|do)\s+(?P<issuera>{_NUMBERED_NAME})"
# After "do <name>", a role other than issuing (``docref_do_roles.txt``: "…, do Phó Chủ
# tịch UBND tỉnh làm trưởng ban"): the name is no issuer of the document.
_DO = "do"  # (glue: "by")
_DO_ROLE = re.compile(rf"\s+(?i:{_lines('docref_do_roles.txt')})(?!\w)")
# "(Luật số 30/2023/QH15) được Quốc hội khoá XV thông qua ngày 28 tháng 11 năm 2023".
_PASSIVE_ATTR = (
    rf"{_PASSIVE_GAP}{_ADVERB_RUN}(?i:được)\s+(?P<issuerb>{_NUMBERED_NAME})"
    rf"(?:\s+(?:\(\s*{_term_core('r')}\s*\)|{_term_core('s')}))?"
    rf"\s+{_ADVERB_RUN}(?:{_VERBS})(?:\s+(?:vào\s+)?(?i:ngày)\s+(?:{_date_value('r')}))?"
)
# One attribute after a number (they come in any order, up to five). The group that
# closes last in a match (``lastindex``) holds its value and says its kind.
# After a date set off by a comma, a main clause with its issuing subject: the date is
# that clause's ("Thực hiện Nghị quyết số 12-NQ/TW, ngày 5/3/2024, UBND tỉnh ban hành
# Kế hoạch …"), not the document's before it. Compiled on first use.
_CLAUSE_AFTER_DATE = (
    rf"\s*,?\s*(?:{_lines('docref_issuer_heads.txt')}){_SUBJECT_UNIT}{{0,{_MAX_ISSUER_UNITS}}}"
    rf"\s+{_ADVERB_RUN}(?:{_VERBS})(?!\w)"
)


@functools.cache
def _clause_after_date() -> regex.Pattern[str]:
    return _regex_compile(_CLAUSE_AFTER_DATE)


# The further issuers of a joint document after the first one ("của Ủy ban Thường vụ Quốc
# hội|, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"): names after commas,
# the last maybe joined by "và" (glue, ``_JOINT_WORD``). Read when the list ends the
# reference's attributes (``_JOINT_END``: "của Bộ Chính trị, Ban Bí thư về …") or a type
# word follows it; when the code names two issuers or more, also when the list is joined
# by "và" or names no more bodies than the code before a title ("… MTTQ Việt Nam| quy
# định chi tiết …", ``_TITLE_OPENER``). The issuer is then the list as written ("Bộ
# Chính trị, Ban Bí thư"). Not after a comma alone: "của UBND tỉnh, Sở Y tế đã …" names
# the subject of the next clause.
_MAX_JOINT = 4
_JOINT_NAMES = re.compile(rf"(?:\s*,\s*{_NUMBERED_NAME}){{1,{_MAX_JOINT}}}")
_JOINT_WORD = re.compile(r"\svà\s")
# What may follow the list (glue of the attributes, as in ``_SAME_DATE_ATTR``): sentence
# punctuation or a bracket (not a comma, nor the dot of a number), the end, a title
# ("về"), a term ("khóa").
_JOINT_END = re.compile(r"\s*(?:[;:!?()\[\]\"“”…]|\.(?!\d)|$)|\s+(?i:về|khóa|khoá)(?!\w)")
# A comma or "và" left at the end of a list cut before a type word.
_TRAILING_JOIN = re.compile(r"(?:\s*,|\s+và)?\s*$")
# A numbered meeting named right after the document's date, without "của" ("Nghị quyết
# số 60-NQ/TW ngày 12/4/2025 Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa
# XIII", "… ngày 12/4/2025 Hội nghị Trung ương 11"): its issuer. It starts with a
# meeting's head word as written (``docref_meeting_heads.txt``) and holds a number or an
# ordinal; read only right after a date, not after a comma (a clause's subject then:
# "…, ngày 5/3/2024, Hội nghị lần thứ 3 đã …"; see ``_read_attributes``).
_MEETING_ATTR = (
    rf"\s+(?P<issuerm>(?:{'|'.join(map(re.escape, data_lines('docref_meeting_heads.txt')))})"
    rf"(?:{_ISSUER_UNIT}){{0,3}}\s+(?:{_NAME_NUMBER}|{_NAME_ORDINAL})"
    rf"(?:{_ISSUER_UNIT}|\s+(?:{_NAME_NUMBER}|{_NAME_ORDINAL})){{0,{_MAX_ISSUER_UNITS}}})"
)
_ATTRIBUTES = (
    _DATE_ATTR, _ISSUER_ATTR, _PASSIVE_ATTR, _TERM_ATTR, _YEAR_ATTR, _SAME_DATE_ATTR, _MEETING_ATTR
)
_ATTRIBUTE = re.compile("|".join(f"(?:{a})" for a in _ATTRIBUTES))
_MAX_ATTRIBUTES = 5
_KIND_OF_LAST_GROUP = {
    _ATTRIBUTE.groupindex[name]: kind
    for kind, names in {
        "date": ("datep", "dateq"),
        "issuer": ("issuera",),
        "passive": ("issuerb", "termr", "terms", "dater"),  # (its last part that matched)
        "term": ("termp", "termq"),
        "year": ("yearonly",),
        "same": ("sameday", "samedate"),
        "meeting": ("issuerm",),
    }.items()
    for name in names
}
assert len(_KIND_OF_LAST_GROUP) == _ATTRIBUTE.groups
_PASSIVE_ISSUER = _ATTRIBUTE.groupindex["issuerb"]

# A further member of a list: ", " / " và " / ", và " (+ "số"), number, code (its
# attributes are read as the head's).
_LIST_WORDS = _lines("docref_list_words.txt")
# (What stands before the member's number; the number and code are read by
# ``_NUMBER_AND_CODE`` from its first digit, which is where this pattern ends.)
_MEMBER = re.compile(
    rf"\s*(?:,\s*(?:{_LIST_WORDS}\s+)?|\s+{_LIST_WORDS}\s+)(?:{_SO}{_NUMBER_SEP})?(?=\d)"
)
# What joins a document to the one before it in a list of documents one subject issues
# (", ", " và ", ", và "), maybe with a count word ("và các Kế hoạch …").
_JOIN = (
    rf"(?:,\s*(?:{_LIST_WORDS}\s+)?|\s+{_LIST_WORDS}\s+)"
    rf"(?:(?i:{_lines('docref_count_words.txt')})\s+)?"
)
_LIST_JOIN = re.compile(rf"\s*{_JOIN}")
# A document's title clause between two documents of a list one subject issues: "HĐND
# tỉnh đã thông qua Nghị quyết số 25/2024/NQ-HĐND| về mức chi hỗ trợ, và |Nghị quyết số
# 30/2024/NQ-HĐND". It opens with a title word (role "title" of ``relation_cues.tsv``:
# "về", "quy định" …), holds no sentence punctuation and ends with a join, read backwards
# from the next document.
_TITLE_OPENER = re.compile(
    rf"\s+(?i:{phrase_trie([r[1] for r in data_rows('relation_cues.tsv') if r[0] == 'title'])})\s"
)
_TITLE_STOP = re.compile(r"[.;:!?()\[\]\n]")
_JOIN_BACKWARDS = regex.compile(rf"(?r){_JOIN}")  # (the same join, read backwards)
_MAX_TITLE_GAP = 200
# Plural or count words between the verb and the type word ("ban hành các Nghị định").
_PLURALS = tuple(data_lines("docref_count_words.txt"))
_PLURAL = rf"(?i:{'|'.join(_PLURALS)})"
# Before the type word: "Ban Thường vụ Tỉnh ủy Kiên Giang ban hành Kế hoạch …",
# matched backwards from the type word (the issuer starts with a head word). Needed only
# when the faster mirrored reading below reaches its window's edge: compiled on first use.
_ISSUING_SUBJECT = (
    rf"(?r)(?<![\w])(?P<issuer>{_lines('docref_issuer_heads.txt')}"
    rf"{_SUBJECT_UNIT}{{0,{_MAX_ISSUER_UNITS}}})"
    rf"(?:\s+(?:\(\s*{_term_core('x')}\s*\)|{_term_core('y')}))?"
    rf"\s+{_ADVERB_RUN}(?:{_VERBS})\s+(?:{_PLURAL}\s+)?"
)
_SUBJECT_WINDOW = 200
# The agent of a passive clause that cites the document ("Quy hoạch đã được Thủ tướng
# phê duyệt tại Quyết định 1569/QĐ-TTg"): "được" and "tại"/"theo" are grammatical glue,
# the verbs are ``docref_passive_verbs.txt``; the verb's object may stand between it and
# "tại"/"theo", up to ``_MAX_OBJECT_WORDS`` lower-case words ("được UBND tỉnh công nhận
# đưa ra khỏi danh sách điểm nóng theo Quyết định …"), not another cue nor "của"/"quy
# định" (the document is then a legal basis: "… theo quy định tại Nghị định …"). Or the
# body whose direction the document carries ("chỉ đạo của Thủ tướng Chính phủ tại Công
# điện số 114/CĐ-TTg", nouns of ``docref_directive_nouns.txt``; "của" is glue). Only
# after "tại"/"theo"; compiled on first use.
_MAX_OBJECT_WORDS = 10
_LOWER_WORD = rf"(?!(?:tại|theo|của|quy\s+định)(?!\w)){_category_set('Ll', 'M')}{{1,12}}"
_AGENT_NAME = rf"{_CAP_WORD}{_SUBJECT_UNIT}{{0,{_MAX_ISSUER_UNITS}}}"
_AGENT_CUE = r"\s+(?:tại|theo)\s+"
_PASSIVE_VERBS = _lines("docref_passive_verbs.txt")
_PASSIVE_AGENT = (
    rf"(?r)(?<![\w])(?i:được)\s+(?P<issuer>{_AGENT_NAME})"
    rf"\s+{_ADVERB_RUN}(?:{_PASSIVE_VERBS}){_AGENT_CUE}"
)
# The same with the verb's object, read forwards from the last "được" before the
# document (a backward reading of the object words costs many times more); the object
# may name a body ("được Chính phủ trình Quốc hội tại Tờ trình số 561/TTr-CP").
_PASSIVE_WITH_OBJECT = (
    rf"(?i:được)\s+(?P<issuer>{_AGENT_NAME})\s+{_ADVERB_RUN}(?:{_PASSIVE_VERBS})"
    rf"(?:\s+(?:{_LOWER_WORD}|{_CAP_WORD})){{1,{_MAX_OBJECT_WORDS}}}{_AGENT_CUE}"
)
# The active form: the body, as an issuing subject (a head of ``docref_issuer_heads.txt``),
# then the verb, its object and "tại"/"theo" ("UBND tỉnh cũng phê duyệt bổ sung vốn tại
# Quyết định số 2894/QĐ-UBND"); kept only when the document's code fits the body's name.
_ACTIVE_AGENT = (
    rf"(?r)(?<![\w])(?P<issuer>{_lines('docref_issuer_heads.txt')}"
    rf"{_SUBJECT_UNIT}{{0,{_MAX_ISSUER_UNITS}}})\s+{_ADVERB_RUN}(?:{_PASSIVE_VERBS})"
    rf"(?:\s+{_LOWER_WORD}){{0,{_MAX_OBJECT_WORDS}}}{_AGENT_CUE}"
)
# The body after "của", read forwards from the last "của" before the document when a
# noun of direction stands before it.
_DIRECTOR = rf"(?P<issuer>{_AGENT_NAME}){_AGENT_CUE}"
_DIRECTIVE_NOUNS = tuple(data_lines("docref_directive_nouns.txt"))
_OF = "của"  # (glue: "of")
_BY = "được"  # (glue: the passive auxiliary)
_PASSIVE_CUES = ("tại", "theo")
_PASSIVE_WINDOW = 200
# Codes of offices ("VPCP", "VPTW", "VPUB"): such a document conveys the direction of the
# head it serves ("ý kiến chỉ đạo của Phó Thủ tướng tại Văn bản số 123/VPCP-KTTH"), whom
# it does not name as its issuer. "VP" abbreviates "Văn phòng".
_OFFICE_CODE_PREFIX = "VP"


# The agent of an act the document records, after "do" (glue: "by"): "Vụ án do Cơ quan
# Cảnh sát điều tra … khởi tố theo Quyết định …" (``docref_act_verbs.tsv``: the verb and
# the types that record it). Compiled on first use.
_ACT_TYPES = {
    row[0]: frozenset(t.strip() for t in row[1].split(","))
    for row in data_rows("docref_act_verbs.tsv")
}
_DONE_BY = (
    rf"(?r)(?<![\w])(?i:do)\s+(?P<issuer>(?:{_lines('docref_issuer_heads.txt')})"
    rf"{_SUBJECT_UNIT}{{0,{_MAX_ISSUER_UNITS}}}|{_AGENT_NAME})\s+{_ADVERB_RUN}"
    rf"(?P<verb>{phrase_trie(list(_ACT_TYPES))}){_AGENT_CUE}"
)


@functools.cache
def _done_by_backwards() -> regex.Pattern[str]:
    return _regex_compile(_DONE_BY)


@functools.cache
def _passive_agent_backwards() -> regex.Pattern[str]:
    return _regex_compile(_PASSIVE_AGENT)


@functools.cache
def _passive_with_object() -> regex.Pattern[str]:
    return _regex_compile(_PASSIVE_WITH_OBJECT)


@functools.cache
def _active_agent_backwards() -> regex.Pattern[str]:
    return _regex_compile(_ACTIVE_AGENT)


@functools.cache
def _director() -> regex.Pattern[str]:
    return _regex_compile(_DIRECTOR)


@functools.lru_cache(maxsize=4096)
def initials_fit(name: str, code: str) -> bool:
    """Whether the issuer parts of ``code`` abbreviate ``name`` (one is a prefix of the
    other's initials, an all-capitals word counting whole), or it has none. Remembered:
    an article tests the same issuer against the same codes again and again.

    >>> initials_fit("Sở Giáo dục", "QĐ-SGDĐT"), initials_fit("Thủ tướng", "NĐ-CP")
    (True, False)
    """
    parts = _issuer_parts(code)
    if not parts:
        return True
    initials = "".join(w if w.isupper() else w[0] for w in name.split()).upper()
    return any(initials.startswith(p.upper()) or p.upper().startswith(initials) for p in parts)


def _act_agent(text: str, lo: int, start: int, type_name: str) -> str | None:
    """The body that did the act a document of ``type_name`` at ``start`` records, named
    after "do" before the act's verb and "theo"/"tại" (``_DONE_BY``), or None.

    >>> text = "Vụ án do Công an tỉnh Nam Định khởi tố theo Quyết định"
    >>> at = text.index("Quyết")
    >>> _act_agent(text, 0, at, "Quyết định"), _act_agent(text, 0, at, "Nghị định")
    ('Công an tỉnh Nam Định', None)
    """
    found = _done_by_backwards().match(text, lo, start)
    if found is None or type_name not in _ACT_TYPES[" ".join(found["verb"].split())]:
        return None
    return _issuer_at(text, *found.span("issuer"))


def _passive_agent(
    text: str, start: int, code: str | None = None, type_name: str | None = None
) -> str | None:
    """The body that issued the document at ``start`` (coded ``code``) as the agent of a
    passive clause citing it, or as the one whose direction it carries.

    >>> _passive_agent("đã được Thủ tướng phê duyệt tại Quyết định", 32)
    'Thủ tướng'
    >>> text = "chỉ đạo của Thủ tướng Chính phủ tại Công điện"
    >>> _passive_agent(text, 36, "CĐ-TTg"), _passive_agent(text, 36, "VPCP-KTTH")
    ('Thủ tướng Chính phủ', None)
    >>> _passive_agent("UBND tỉnh phê duyệt vốn tại Quyết định", 28, "QĐ-UBND")
    'UBND tỉnh'
    """
    if not text[max(0, start - 6) : start].rstrip().endswith(_PASSIVE_CUES):
        return None
    lo = max(0, start - _PASSIVE_WINDOW)
    found = _passive_agent_backwards().match(text, lo, start)
    if found is not None:
        return _issuer_at(text, *found.span("issuer"))
    window = text[lo:start].lower()
    at = window.rfind(_BY)
    if at >= 0:
        found = _passive_with_object().fullmatch(text, lo + at, start)
        if found is not None:
            name = _issuer_at(text, *found.span("issuer"))
            # "được Thủ tướng phê duyệt dự án theo Nghị định …/NĐ-CP": a legal basis
            return name if not code or initials_fit(name, code) else None
    if type_name and (agent := _act_agent(text, lo, start, type_name)):
        return agent  # "Vụ án do Công an tỉnh khởi tố theo Quyết định …"
    if code and _issuer_parts(code) and (found := _active_agent_backwards().match(text, lo, start)):
        name = _issuer_at(text, *found.span("issuer"))
        if initials_fit(name, code):
            return name  # "UBND tỉnh phê duyệt … tại Quyết định …/QĐ-UBND"
    at = window.rfind(_OF)
    if at < 0 or not window[:at].rstrip().endswith(_DIRECTIVE_NOUNS):
        return None
    if code and any(p.startswith(_OFFICE_CODE_PREFIX) for p in _issuer_parts(code)):
        return None
    name_at = lo + at + len(_OF)
    while name_at < start and text[name_at].isspace():
        name_at += 1
    found = _director().fullmatch(text, name_at, start)
    return _issuer_at(text, *found.span("issuer")) if found else None


# The body a document is submitted to, right before it ("Bộ Tài chính đã trình Thủ tướng
# Quyết định số 1920/QĐ-TTg"), maybe before the verb of its act ("… trình Thủ tướng phê
# duyệt Quyết định số 1088/QĐ-TTg", ``docref_passive_verbs.txt``): it issues the
# document when the code names it
# (``docref_submit_verbs.txt``; not after a syllable making "trình" part of a noun,
# ``docref_submit_compounds.txt``). Read backwards from the type word; compiled on first use.
_SUBMIT_WORD = "trình"  # (the cheap first test: every verb of the file ends with it)
_SUBMITTED_TO = (
    rf"(?r)(?<![\w])(?<!(?i:{_lines('docref_submit_compounds.txt')})\s+)"
    rf"(?i:{_lines('docref_submit_verbs.txt')})\s+(?P<issuer>{_AGENT_NAME})"
    rf"(?:\s+{_ADVERB_RUN}(?:{_PASSIVE_VERBS}))?\s+"
)
_SUBMIT_WINDOW = 120


@functools.cache
def _submitted_to_backwards() -> regex.Pattern[str]:
    return _regex_compile(_SUBMITTED_TO)


def _submitted_to(text: str, start: int, code: str | None) -> str | None:
    """The body the document at ``start`` is submitted to, when its code names it.

    >>> text = "Bộ Tài chính đã trình Thủ tướng Quyết định"
    >>> _submitted_to(text, 32, "QĐ-TTg"), _submitted_to(text, 32, "QĐ-BTC")
    ('Thủ tướng', None)
    """
    if not code or not _issuer_parts(code):
        return None
    lo = max(0, start - _SUBMIT_WINDOW)
    if _SUBMIT_WORD not in text[lo:start].lower():
        return None
    found = _submitted_to_backwards().match(text, lo, start)
    if found is None:
        return None
    name = _issuer_at(text, *found.span("issuer"))
    words = name.split()
    # the whole name, or its first words ("Thủ tướng Chính phủ" for "TTg")
    fits = initials_fit(name, code) or any(
        initials_fit(" ".join(words[:n]), code) for n in range(len(words) - 1, 1, -1)
    )
    return name if fits else None


@functools.cache
def _issuing_subject_backwards() -> regex.Pattern[str]:
    return _regex_compile(_ISSUING_SUBJECT)


def _mirrored_lines(name: str) -> str:
    """``_lines(name)`` as read backwards, for the mirrored text."""
    return _mirrored_trie(list(data_lines(name)))


# The same pattern for stdlib ``re`` on the mirrored window before the type word (each
# piece spelt from its end, look-aheads and look-behinds swapped), many times faster;
# the ``regex`` pattern above stays for a match that reaches the window's edge.
_CAP_WORD_MIRRORED = (
    rf"(?:(?<!\w){_mirrored_trie(_issuer_words('second'))}\s+)?"
    rf"{_LETTER_OR_MARK}*{_UPPER}"
)
_ORDINAL_MIRRORED = (
    rf"(?<!\w)(?:\d{{1,2}}|[IVXL]{{1,6}}|{_mirrored_lines('docref_ordinals.txt')})"
    r"\s+ứht\s+nầl"  # "lần thứ"
)
_ISSUER_UNIT_MIRRORED = (
    rf"(?:(?:{_CAP_WORD_MIRRORED}"
    rf"|(?<!\w){_mirrored_trie(_issuer_words('any') + _issuer_words('inner'))}"
    rf"|(?<!\w)(?<!\d[/.,\-–])\d{{1,3}}|{_ORDINAL_MIRRORED})\s+"
    rf"|{_CAP_WORD_MIRRORED}\s?{_DASH}\s?)"
)
# A term between the subject and its verb ("Quốc hội khóa XV thông qua …"), mirrored.
_KHOA_MIRRORED = r"(?i:aóhk|áohk)"
_TERM_MIRRORED = (
    rf"(?:\s+(?:\)\s*(?<!\w)(?P<termm>[IVXL]{{1,6}})\s+{_KHOA_MIRRORED}\s*\("
    rf"|(?<!\w)(?P<termn>[IVXL]{{1,6}})\s+{_KHOA_MIRRORED}))?"
)
_ISSUING_SUBJECT_MIRRORED = re.compile(
    rf"(?:\s+(?i:{'|'.join(p[::-1] for p in _PLURALS)}))?"
    rf"\s+(?:{_mirrored_lines('docref_issue_verbs.txt')})"
    rf"(?:\s+{_mirrored_lines('docref_verb_adverbs.txt')}){{0,{_MAX_ADVERBS}}}"
    rf"{_TERM_MIRRORED}"
    rf"\s+(?P<issuer>(?:{_ISSUER_UNIT_MIRRORED}){{0,{_MAX_ISSUER_UNITS}}}"
    rf"{_mirrored_lines('docref_issuer_heads.txt')})(?!\w)"
)
# The last word of each issuing verb: the word before the type word (or before a
# plural word there) must be one, a cheap test before the backwards pattern.
_VERB_LAST_WORDS = frozenset(v.split()[-1] for v in data_lines("docref_issue_verbs.txt"))
_VERB_PEEK = 40
# What may follow a bare number written without "số": punctuation or a word of the data
# file (not "năm": "Kế hoạch 5 năm 2021 - 2025" is a five-year plan).
_BARE_FOLLOWER = re.compile(
    rf"\s*(?:[.,;:!?)\]\"”…\-–]|(?i:{_lines('docref_bare_followers.txt')})(?![\w]))"
)
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
# A type word inside a matched issuer's name: the name ends before it.
_TYPE_INSIDE = regex.compile(rf"\s{_TYPE_WORD}")
_LONGEST_TYPE = max(len(s) for s in _type_spellings())
_TYPE_FIRST_WORDS = frozenset(s.split()[0] for s in _type_spellings())
# Words that may sit inside a name but not end it ("Ủy ban …", "… và …").
_ISSUER_INNER_ENDINGS = tuple(" " + w.split()[-1] for w in _issuer_words("inner"))
# How far an anchored pattern may read: longer than any reference with its attributes.
_WINDOW = 600

# The mirrored reading relies on these: "số" ends no type word, and the window holds
# the longest one with its separator, "số" and the character before it.
assert not any(fold(s).endswith("số") for s in _type_spellings())
assert 3 + 2 + 1 + _LONGEST_TYPE + 1 <= _LEFT_WINDOW


@functools.cache
def _province_pattern() -> regex.Pattern[str]:
    names = _lines("provinces.txt")
    return regex.compile(rf"(?<![\w]){names}(?![\w])")


# ---------------------------------------------------------------- small helpers


def _iso_date(day: str, month: str, year: str) -> str | None:
    """The ISO date of a day, month and year, or None when it is no calendar date.

    >>> _iso_date("22", "01", "2019"), _iso_date("31", "13", "2019")
    ('2019-01-22', None)
    """
    d, m, y = int(day), int(month), int(year)
    if not (1 <= m <= 12 and 1 <= d <= 31 and 1900 <= y <= 2100):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


_DIGIT_RUN = re.compile(r"\d+")


@functools.lru_cache(maxsize=4096)
def _date_of(value: str) -> str | None:
    """The ISO date of a matched date value, whose three runs of digits are the day, the
    month and the year; None when it is no calendar date.

    >>> _date_of("22–01-2019"), _date_of("28 tháng 11 năm 2023"), _date_of("31/13/2019")
    ('2019-01-22', '2023-11-28', None)
    """
    day, month, year = _DIGIT_RUN.findall(value)
    return _iso_date(day, month, year)


# Capitalised words that never end an issuer's name ("Ngày", "Lần"): cut at the end.
_END_STOPS = frozenset(data_lines("docref_issuer_end_stops.txt"))
_LAST_WORD = re.compile(r"\s+(\S+)$")


def single_spaced(name: str | None) -> str | None:
    """A name read across a line break or a run of spaces ("Bộ\\nChính trị"), its words
    joined by single spaces.

    >>> single_spaced("Thủ\\ntướng  Chính phủ"), single_spaced(None)
    ('Thủ tướng Chính phủ', None)
    """
    if name is None or ("\n" not in name and "  " not in name and "\t" not in name):
        return name
    return " ".join(name.split())


@functools.lru_cache(maxsize=4096)
def clean_issuer(name: str) -> str:
    """An issuer's name without a trailing word that only joins names, without the
    lower-case words read after the province or city that closes it (the second
    syllable a name may take is then a verb's first: "UBND tỉnh Quảng Nam| triển
    khai"), and without a capitalised date or time word at its end.

    >>> clean_issuer("Ban Bí thư và"), clean_issuer("Ủy ban")
    ('Ban Bí thư', 'Ủy ban')
    >>> clean_issuer("UBND tỉnh Lâm Đồng giao"), clean_issuer("Tỉnh ủy Bình Định Ngày")
    ('UBND tỉnh Lâm Đồng', 'Tỉnh ủy Bình Định')
    """
    while name.endswith(_ISSUER_INNER_ENDINGS) and name.count(" ") > 1:
        name = name[: name.rindex(" ")].rstrip()
    last = _LAST_WORD.search(name)
    if last is None:
        return name
    if last[1] in _END_STOPS:
        return clean_issuer(name[: last.start()])
    if last[1][0].islower():
        place = None
        for found in _province_pattern().finditer(name):
            place = found  # (the last one)
        if place is not None and (tail := name[place.end() :]).strip() and all(
            w[0].islower() for w in tail.split()
        ):
            return name[: place.end()]
    return name


@functools.lru_cache(maxsize=4096)
def _may_hold_type_word(name: str) -> bool:
    """Whether a word after the first of an issuer's name may open a type word."""
    return any(word.lower() in _TYPE_FIRST_WORDS for word in name.split()[1:])


def _name_end(text: str, start: int, end: int) -> int:
    """Where the issuer's name matched at text[start:end] ends: before a type word that
    follows it ("của Ban Bí thư và Chỉ thị số 18…": before " Chỉ thị"), else at ``end``."""
    if _may_hold_type_word(text[start:end]):
        cut = _TYPE_INSIDE.search(text, start, end + _LONGEST_TYPE)
        if cut and cut.start() < end:
            return cut.start()
    return end


@functools.cache
def _verb_word_hosts() -> dict[str, tuple[str, ...]]:
    """Verb-like word of a name (``docref_issuer_verb_words.tsv``) → the folded nouns
    it may follow in a name, each with a space before it."""
    return {
        row[0]: tuple(" " + fold(n.strip()) for n in row[1].split(",") if n.strip())
        for row in data_rows("docref_issuer_verb_words.tsv")
    }


_VERB_WORD_IN_NAME = re.compile(
    rf"(?<=\s)(?:{phrase_trie([row[0] for row in data_rows('docref_issuer_verb_words.tsv')])})"
    r"(?!\w)"
)


@functools.lru_cache(maxsize=4096)
def _clause_verb_cut(name: str) -> int:
    """Where an issuer's name read after "của"/"do" ends: before a lower-case word that
    is also a verb ("tổ chức", "chỉ đạo"), unless it follows a noun that takes it in
    a name ("Ban tổ chức", "Ủy ban kiểm tra"); else at its end.

    >>> name = "Trung ương tổ chức Hội nghị"
    >>> name[: _clause_verb_cut(name)], _clause_verb_cut("Ban chỉ đạo") == len("Ban chỉ đạo")
    ('Trung ương', True)
    """
    hosts = _verb_word_hosts()
    for m in _VERB_WORD_IN_NAME.finditer(name):
        before = " " + fold(name[: m.start()].rstrip())
        if not before.endswith(hosts.get(m.group(), ())):
            return len(name[: m.start()].rstrip())
    return len(name)


@functools.cache
def _place_cues() -> frozenset[str]:
    """Folded words that make the capitalised run after them a place or an institution
    ("TP", "huyện", "Tỉnh ủy"): ``people_place_cues.txt``, shared with ``people``."""
    return frozenset(fold(w) for w in data_lines("people_place_cues.txt"))


@functools.cache
def _unit_cues() -> frozenset[str]:
    """Administrative units ("tỉnh", "huyện"): before a signer's name with a common
    middle name they name no place ("Chủ tịch UBND tỉnh Nguyễn Văn Bình")."""
    return frozenset(
        fold(w) for w in data_section("people_place_cues.txt", "administrative units")
    )


@functools.cache
def _middle_names() -> frozenset[str]:
    return frozenset(data_lines("agency_middle_names.txt"))


@functools.cache
def _surnames() -> frozenset[str]:
    return frozenset(data_lines("surnames.txt"))


_WORD = re.compile(r"\S+")
_PERSON_SIZES = (4, 3)  # syllables of a full personal name at a name's end


@functools.lru_cache(maxsize=4096)
def _without_person(name: str) -> str:
    """An issuer's name without the personal name of the one who signs for it at its
    end ("Ban Bí thư Trần Cẩm Tú" → "Ban Bí thư"): three or four capitalised syllables
    from a family name of ``surnames.txt``, unless a place cue stands before them or a
    province's name overlaps them ("UBND TP Hồ Chí Minh").

    >>> _without_person("Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh")
    'Chủ tịch UBND TP Hà Nội'
    >>> _without_person("Tỉnh ủy Thừa Thiên Huế"), _without_person("UBND TP Hồ Chí Minh")
    ('Tỉnh ủy Thừa Thiên Huế', 'UBND TP Hồ Chí Minh')
    >>> _without_person("Chủ tịch UBND tỉnh Nguyễn Văn Bình")
    'Chủ tịch UBND tỉnh'
    >>> _without_person("UBND phường Trần Hưng Đạo")
    'UBND phường Trần Hưng Đạo'
    """
    spans = [m.span() for m in _WORD.finditer(name)]
    words = [name[a:b] for a, b in spans]
    for size in _PERSON_SIZES:
        first = len(words) - size
        if first < 1 or words[first] not in _surnames():
            continue
        if not all(w[:1].isupper() and w[1:].islower() for w in words[first:]):
            continue
        before = [_folded(w) for w in words[max(0, first - 3) : first]]
        cues = [" ".join(before[i:]) for i in range(len(before))]
        if _second_syllable(words, first - 1):
            cues.pop()  # "Bộ Tài nguyên và Môi trường": "trường" ends a compound word
        if any(c in _place_cues() for c in cues) and not (
            any(c in _unit_cues() for c in cues) and words[first + 1] in _middle_names()
        ):
            return name  # (a unit named after no one: "UBND tỉnh | Nguyễn Văn Bình" is a person)
        cut = spans[first][0]
        if any(p.end() > cut for p in _province_pattern().finditer(name)):
            continue  # "… tỉnh Lai Châu Tống Thanh Hải": the shorter reading may fit
        return name[:cut].rstrip()
    return name


@functools.cache
def _second_syllables() -> frozenset[str]:
    return frozenset(_issuer_words("second"))


def _second_syllable(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` is the lower-case second syllable of the capitalised word
    before it ("Môi trường"), not a word of its own (a place cue: "trường").

    >>> _second_syllable(["Bộ", "Môi", "trường"], 2), _second_syllable(["xã", "trường"], 1)
    (True, False)
    """
    return (
        k > 0 and words[k] in _second_syllables() and words[k - 1][:1].isupper()
    )


def _issuer_at(text: str, start: int, end: int) -> str:
    """The issuing subject's name at text[start:end], cut before a type word that
    follows it ("của Ban Bí thư và Chỉ thị số 18…" → "Ban Bí thư"), without a signer's
    name at its end ("Ban Bí thư Trần Cẩm Tú đã ký …" → "Ban Bí thư")."""
    return _without_person(clean_issuer(text[start : _name_end(text, start, end)]))


@functools.lru_cache(maxsize=1024)
def _locality(issuer: str | None) -> str | None:
    """The province or city an issuer names ("Ban Thường vụ Tỉnh ủy Kiên Giang")."""
    if not issuer:
        return None
    found = _province_pattern().findall(issuer)
    return found[-1] if found else None


def issuer_scope(code_scope: str | None, issuer: str | None) -> str | None:
    """A reference's ``scope`` from its code's (``_code_scope``: "national", "local" or
    None for a code ``doc_codes.tsv`` does not list) and its stated issuer: the province
    the issuer names for a local code, the province named after an administrative unit
    word for an unlisted one ("Bộ Chỉ huy BĐBP tỉnh Điện Biên").

    >>> issuer_scope("local", "Tỉnh ủy Kiên Giang"), issuer_scope(None, "Thanh tra tỉnh Nam Định")
    ('Kiên Giang', 'Nam Định')
    >>> issuer_scope("national", "Bộ Chính trị"), issuer_scope(None, "Học viện Hà Nội")
    ('national', None)
    """
    if code_scope == "local":
        return _locality(issuer)
    if code_scope is None and issuer:
        return _unit_locality(issuer)
    return code_scope


@functools.lru_cache(maxsize=1024)
def _unit_locality(issuer: str) -> str | None:
    """The province or city an issuer names right after an administrative unit word
    ("Bộ Chỉ huy BĐBP tỉnh Điện Biên" → "Điện Biên"; ``people_place_cues.txt``): the
    locality of a document whose code ``doc_codes.tsv`` does not list, which such a
    body issues for its province. A province named otherwise ("Đại học Quốc gia Hà
    Nội") gives none.

    >>> _unit_locality("Thanh tra tỉnh Thanh Hóa"), _unit_locality("Đại học Quốc gia Hà Nội")
    ('Thanh Hóa', None)
    """
    found = None
    for m in _province_pattern().finditer(issuer):
        found = m  # (the last one)
    if found is None:
        return None
    before = issuer[: found.start()].split()
    for size in (2, 1):  # "thành phố", "tỉnh"
        if len(before) >= size and fold(" ".join(before[-size:])) in _unit_cues():
            return found.group()
    return None


def _bare_number_counts(text: str, end: int, number: str) -> bool:
    """A bare number without "số" is a reference only before a boundary or a word of
    ``docref_bare_followers.txt`` ("Chỉ thị 36 được…"), and never a year."""
    return _YEAR_LIKE.fullmatch(number) is None and _followed_as_name(text, end)


def _followed_as_name(text: str, end: int) -> bool:
    """Whether the end of the text, punctuation or a word of
    ``docref_bare_followers.txt`` follows ``end``: a bare number or a title ends there."""
    if not text[end : end + _WINDOW].strip():  # the end of the text
        return True
    return _BARE_FOLLOWER.match(text, end, end + _WINDOW) is not None


@functools.lru_cache(maxsize=1024)
def _code_type_conflict(type_name: str, code: str) -> bool:
    """Whether the type part of ``code`` names another type than ``type_name``."""
    type_part, _ = code_parts(code)
    kind = doc_type(type_name)
    return bool(type_part and kind is not None and type_part not in kind.codes)


@functools.lru_cache(maxsize=1024)
def code_scope(code: str) -> str | None:
    """What a code says of a reference's scope: "national", "local" or None (a code
    ``doc_codes.tsv`` does not list).

    >>> code_scope("KH/TU"), code_scope("CT/TW"), code_scope("KH-BCH")
    ('local', 'national', None)
    """
    return _code_scope(code_parts(code)[1])


@functools.lru_cache(maxsize=1024)
def _code_facts(type_name: str, code: str) -> tuple[str | None, tuple[str, ...]]:
    """What a code says of a reference of type ``type_name``: its scope ("national",
    "local" or None) and its warnings.

    >>> _code_facts("Chỉ thị", "KL/TW")
    ('national', ('code KL/TW contradicts type Chỉ thị',))
    """
    scope = _code_scope(code_parts(code)[1])
    if _code_type_conflict(type_name, code):
        return scope, (f"code {code} contradicts type {type_name}",)
    return scope, ()


def _member_type(head_type: str, code: str | None) -> str:
    """A list member shares the head's type unless its own code names another one."""
    if code and _code_type_conflict(head_type, code):
        names = types_for_code(code_parts(code)[0] or "")
        if len(names) == 1:
            return names[0]
    return head_type


# ---------------------------------------------------------------- one reference


@dataclass(slots=True)
class _Draft:
    """A reference being built from one match: where it is and what it states."""

    start: int
    end: int
    type: str
    number: str
    code: str | None = None
    year: str | None = None
    issuer: str | None = None
    date: str | None = None
    term: str | None = None
    same_date: bool = False  # "cùng ngày": the date of the list, or of the one before

    def finish(self, text: str) -> DocRef:
        code_id = scope = None
        warnings: tuple[str, ...] = ()
        if code := self.code:
            number = _plain_number(self.number) if "." in self.number else self.number
            if "/" in code:
                code_id = f"{number}-{code}"
            elif self.year:
                code_id = f"{number}/{self.year}/{code}"
            else:
                code_id = f"{number}/{code}"
            scope, warnings = _code_facts(self.type, code)
            scope = issuer_scope(scope, self.issuer)
        return DocRef(
            text[self.start : self.end],
            self.start,
            self.end,
            self.type,
            self.number,
            code,
            self.year,
            code_id,
            single_spaced(self.issuer),
            self.date,
            self.term,
            scope,
            warnings,
        )


def _read_attributes(text: str, d: _Draft, pos: int, endpos: int) -> int:
    """Fill ``d`` with the first date, issuer and term stated in the attributes from
    ``pos`` (up to five, in any order); return where they end."""
    date: str | None = None  # the first full date's value ("1/12/2011")
    year_only: str | None = None
    issuer: str | None = None
    previous = ""  # the kind of the attribute read before
    for _ in range(_MAX_ATTRIBUTES):
        m = _ATTRIBUTE.match(text, pos, endpos)
        if m is None:
            break
        last = m.lastindex
        assert last is not None  # (every alternative ends with a group)
        kind = previous = _meeting_after_date(_KIND_OF_LAST_GROUP[last], previous)
        if not kind:
            break  # a meeting's name not right after the date: no attribute
        if kind == "date":
            if "," in text[m.start() : m.start(last)] and _clause_after_date().match(
                text, m.end(), endpos
            ):
                break  # "…, ngày 5/3/2024, UBND tỉnh ban hành …": the next clause's date
            date = date or m[last]
        elif kind == "issuer" or kind == "passive":
            name_start, name_end = m.span(last if kind == "issuer" else _PASSIVE_ISSUER)
            name = text[name_start:name_end]
            if _may_hold_type_word(name):
                cut = _name_end(text, name_start, name_end)
                if cut < name_end:
                    # The name runs into the next reference ("của Ban Bí thư và Nghị quyết
                    # 12-NQ/TW…"): the name and this reference's attributes end before it.
                    issuer = issuer or _without_person(clean_issuer(text[name_start:cut]))
                    pos = cut
                    break
            if (
                kind == "issuer"
                and _DO_ROLE.match(text, name_end, endpos) is not None
                and text[m.start() : name_start].rstrip().lower().endswith(_DO)
            ):
                break  # "…, do Phó Chủ tịch UBND tỉnh làm trưởng ban": a role, no issuer
            cut = _clause_verb_cut(name)
            if cut < len(name):  # "của Trung ương tổ chức Hội nghị …": a clause begins
                issuer = issuer or _without_person(clean_issuer(name[:cut]))
                pos = name_start + cut
                break
            if issuer is None and kind == "issuer" and (
                joint := _joint_end(text, d.code, (name_start, name_end), endpos)
            ):
                # "của Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch …": the
                # issuers of a joint document
                name = text[name_start : joint[0]]
                cut = _clause_verb_cut(name)
                pos = name_start + cut
                issuer = _without_person(clean_issuer(name[:cut]))
                if joint[1]:
                    break  # a type word follows: the next reference
                continue
            issuer = issuer or _without_person(clean_issuer(name))
            if kind == "passive":
                date = date or m["dater"]
                d.term = d.term or m["termr"] or m["terms"]
        elif kind == "term":
            d.term = d.term or m[last]
        elif kind == "same":
            d.same_date = True
            date = date or m["samedate"]
        else:  # "year"
            year_only = year_only or m[last]
        pos = m.end()
    if date is not None:
        d.date = _date_of(date)
    elif year_only is not None:
        d.date = year_only
    if issuer is not None:
        d.issuer = issuer
    return pos


def _meeting_after_date(kind: str, previous: str) -> str:
    """The kind of an attribute read after one of kind ``previous``: a meeting's name
    (kind "meeting") is an issuer right after a date only, else no attribute ("").

    >>> _meeting_after_date("meeting", "date"), _meeting_after_date("meeting", "term")
    ('issuer', '')
    """
    if kind != "meeting":
        return kind
    return "issuer" if previous == "date" else ""


# Fixed lists of joint issuers (``docref_joint_issuers.txt``: "Bộ Chính trị, Ban Bí
# thư"): kept whole before a clause, unless a capitalised word continues the last name or
# an issuing verb makes it the next clause's subject ("…, Ban Bí thư đã ban hành …").
_FIXED_JOINT = re.compile(
    "(?:"
    + "|".join(
        r"\s*,\s*".join(r"\s+".join(map(re.escape, item.split())) for item in line.split(","))
        for line in data_lines("docref_joint_issuers.txt")
    )
    + rf")(?!\w)(?!\s+{_UPPER})(?!\s+{_ADVERB_RUN}(?:{_VERBS})(?!\w))"
)


def _fixed_joint_end(text: str, name_start: int, endpos: int) -> int | None:
    """Where a fixed list of joint issuers at ``name_start`` ends, or None.

    >>> _fixed_joint_end("Bộ Chính trị, Ban Bí thư, việc sắp xếp", 0, 38)
    24
    >>> _fixed_joint_end("Bộ Chính trị, Ban Bí thư đã ban hành", 0, 36) is None
    True
    """
    found = _FIXED_JOINT.match(text, name_start, endpos)
    return found.end() if found else None


def _joint_end(
    text: str, code: str | None, name: tuple[int, int], endpos: int
) -> tuple[int, bool] | None:
    """Where the list of joint issuers after the first one (at ``name``, its start and
    end) ends, and whether a type word follows it; None when no list of issuers follows,
    or when the code names one issuer, the first ("Thông tư số 6/2018/TT-BYT của Bộ Y tế,
    …": "BYT" is Bộ Y tế alone; "TW" in "KL/TW" names a level, no body).

    >>> text = "KL 1-KL/TW của Bộ Chính trị, Ban Bí thư về tổ chức"
    >>> _joint_end(text, "KL/TW", (15, 27), len(text))
    (39, False)
    >>> _joint_end("của Bộ Chính trị, Tỉnh ủy đã ban hành", "KL/TW", (4, 16), 37)
    """
    name_start, name_end = name
    parts = _issuer_parts(code)
    if len(parts) == 1 and code and initials_fit(text[name_start:name_end], code):
        return None
    joint = _JOINT_NAMES.match(text, name_end, endpos)
    if joint is None:
        return None
    end = joint.end()
    cut = _TYPE_INSIDE.search(text, name_end, min(endpos, end + _LONGEST_TYPE))
    if cut is not None and cut.start() < end:
        # "của Bộ Chính trị, Ban Bí thư và |Nghị quyết số …": the list ends before it
        listed = _TRAILING_JOIN.sub("", text[name_end : cut.start()])
        end = name_end + len(listed)
        return (end, True) if _JOINT_NAMES.fullmatch(text, name_end, end) else None
    if _JOINT_END.match(text, end, endpos):
        return end, False
    if len(parts) > 1 and (
        _JOINT_WORD.search(joint[0])
        or (joint[0].count(",") < len(parts) and _TITLE_OPENER.match(text, end, endpos))
    ):
        return end, False
    fixed = _fixed_joint_end(text, name_start, endpos)
    return (fixed, False) if fixed is not None and fixed > name_end else None


def _draft(text: str, m: re.Match[str], start: int, kind: str, endpos: int) -> tuple[_Draft, int]:
    """A draft from a match of ``_NUMBER_AND_CODE``: number, code and the first stated
    date, issuer and term; and where its attributes end."""
    number, party, state = m.group(_NUMBER, _PARTY, _STATE)
    d = _Draft(start, m.end(_NUMBER), kind, number)
    if party:
        d.code = party.replace(" ", "").replace("\n", "").replace("–", "-")
        d.end = m.end(_PARTY)
    elif state:
        d.code = state.replace("\n", "").replace("–", "-")
        d.year = m.group(_YEAR)
        d.end = m.end(_STATE)
    elif bare_year := m.group(_BARE_YEAR):  # "số 1/2024": the year, no code
        d.year = bare_year
        d.end = m.end(_BARE_YEAR)
    return d, _read_attributes(text, d, m.end(), endpos)


_Left = tuple[int, str, bool, bool]  # type start, type word, a title stands, "số" stands


def _left_of_number(text: str, at: int) -> _Left | None:
    """What stands before the number at ``at``: its type word and "số", or None when no
    type word does. Read on the mirrored window before the number; a title between
    type word and "số" ("Luật Phòng, chống ma túy số 73/…") is read by ``regex``.

    >>> _left_of_number("theo Chỉ thị số 09", 16), _left_of_number("hơn 30", 4)
    ((5, 'Chỉ thị', False, True), None)
    """
    lo = at - _LEFT_WINDOW if at > _LEFT_WINDOW else 0
    mirrored = text[lo:at][::-1]
    m = _LEFT_OF_NUMBER.match(mirrored)
    if m is not None and (not lo or m.end() < _LEFT_WINDOW):
        after, before = m.span(_LEFT_TYPE)  # in the mirrored window
        word = text[at - before : at - after]
        if word[0].islower() and m.start(_LEFT_SO) >= 0 and fold(word) in _FOLDED_TITLE_TYPES:
            # "Luật Ban hành văn bản quy phạm pháp |luật số 64/2025/QH15": the lower-case
            # word ends the title of a law named with a capital before it
            t = _titled_in_lower().match(text, at)
            if t is not None:
                return t.start("type"), t.group("type"), True, True
        return at - before, word, False, m.start(_LEFT_SO) >= 0
    if _SO_BEFORE_NUMBER.match(mirrored) is None and not (lo and _WIDE_SPACE.search(mirrored)):
        return None
    t = _titled_number().match(text, at)
    if t is None:
        return None
    return t.start("type"), t.group("type"), bool(t.group("title")), t.group("so") is not None


def _head(text: str, m: re.Match[str], left: _Left) -> tuple[_Draft, int] | None:
    """The reference a number stands for (and where its attributes end), or None when
    the number is no reference."""
    type_start, type_word, titled, so = left
    kind = doc_type(type_word)
    if kind is None:
        return None
    coded = m.group(_PARTY) or m.group(_STATE)
    if titled:
        # A title between type word and "số" only with a capitalised type word and a
        # coded number of the same type ("Luật Phòng, chống ma túy số 73/2021/QH14").
        if not type_word[0].isupper() or not coded:
            return None
        if _code_type_conflict(kind.name, coded.replace("–", "-")):
            return None
    if not coded and not so:
        if not kind.bare or not _bare_number_counts(text, m.end(_NUMBER), m.group(_NUMBER)):
            return None
    return _draft(text, m, type_start, kind.name, len(text))


# A bare number that no follower marks as a reference names the coded document of its
# type and number stated elsewhere in the text ("… Nghị quyết số 847-NQ/QUTW … cụ thể
# hóa Nghị quyết 847 sát với …") when it has this many digits or more (one digit may
# count something: "Kế hoạch 5 năm").
_MIN_NAMED_DIGITS = 2


def _may_name_coded(m: re.Match[str], left: _Left) -> bool:
    """Whether a number ``_head`` rejects is bare and may name a coded document."""
    number = m.group(_NUMBER)
    return (
        not left[2]
        and not left[3]
        and len(number) >= _MIN_NAMED_DIGITS
        and not (m.group(_PARTY) or m.group(_STATE))
        and _YEAR_LIKE.fullmatch(number) is None
    )


def _named_by_coded(
    text: str, deferred: list[tuple[_Left, re.Match[str]]], drafts: list[_Draft]
) -> list[_Draft]:
    """The bare numbers of ``deferred`` whose type and number a coded document of
    ``drafts`` has, as drafts (``resolve`` gives them its code and attributes).

    >>> [r.text for r in find_doc_refs("Chỉ thị số 32-CT/TW … thực hiện Chỉ thị 32 sát "
    ...                                "với; Chỉ thị 33 sát")]
    ['Chỉ thị số 32-CT/TW', 'Chỉ thị 32']
    """
    coded = {(d.type, d.number.lstrip("0")) for d in drafts if d.code is not None}
    out = []
    for left, m in deferred:
        kind = doc_type(left[1])
        if kind is not None and (kind.name, m.group(_NUMBER).lstrip("0")) in coded:
            out.append(_draft(text, m, left[0], kind.name, len(text))[0])
    return out


# A law named by its title alone (``docref_title_types.txt``), after the article cites
# it with title and number: the title as written there, maybe followed by "năm <year>".
_TITLE_TYPES = frozenset(data_lines("docref_title_types.txt"))
# (read after the type word, up to "số" and the number)
_TITLE_OF = re.compile(rf"\s+(?P<title>{_UPPER}(?s:.){{0,300}}?)\s+{_SO}{_NUMBER_SEP}\d")
# "năm <year>" after a title; the year may end the sentence ("… Luật Đất đai năm 2013.")
_TITLE_YEAR = re.compile(r"\s+(?i:năm)\s+(?P<yearonly>(?:19|20)\d\d)(?![\d/\-–]|\.\d)")
_NOT_BEFORE_TITLE = regex.compile(
    rf"(?r)(?<!\w)(?i:{_lines('docref_title_not_before.txt')})\s+$"
)
_TITLE_SPACE = re.compile(r"\s+")
_WORD_CHAR = re.compile(r"\w")
# A predicate word after a title (``docref_title_followers.txt``: "Luật Nhà ở có hiệu lực")
_TITLE_FOLLOWER = re.compile(rf"\s+(?i:{_lines('docref_title_followers.txt')})(?!\w)")


@functools.lru_cache(maxsize=256)
def _title_pattern(type_name: str, title: str) -> re.Pattern[str]:
    """A type word and a title ending a word, any white space between the words (it
    starts with a literal, which the engine finds fast; the caller checks that a word
    starts there)."""
    words = _TITLE_SPACE.split(f"{type_name} {title}")
    return re.compile(r"\s+".join(map(re.escape, words)) + r"(?!\w)")


def _ends_title(text: str, end: int) -> bool:
    """Whether a law's title (or its year) ends at ``end``: punctuation, a word of
    ``docref_bare_followers.txt`` or one of ``docref_title_followers.txt`` follows.

    >>> _ends_title("Luật Nhà ở có hiệu lực", 10), _ends_title("Luật Đầu tư công", 11)
    (True, False)
    """
    return _followed_as_name(text, end) or _TITLE_FOLLOWER.match(text, end) is not None


def _named_by_title(
    text: str, titled: list[tuple[_Draft, int]], drafts: list[_Draft]
) -> list[_Draft]:
    """Mentions of the coded documents of ``titled`` (cited with a title before "số";
    each with where its type word ends) by their type word and title alone, not inside
    ``drafts``, as drafts with their code; issuer, date and term come from the full
    form in ``resolve``. The title ends
    at a word or mark ``docref_bare_followers.txt`` or ``docref_title_followers.txt``
    allows, or at "năm <year>" of the full form's year; a title two documents share
    names neither without its year. When the title also stands for another text (a
    draft of ``docref_title_not_before.txt``, a longer title, "(sửa đổi)", another
    year), only its mentions with the full form's year are taken.

    >>> text = "Luật Đất đai số 31/2024/QH15 … theo Luật Đất đai, và Luật Đất đai năm 2024"
    >>> [(r.text, r.id) for r in find_doc_refs(text)][1:]
    [('Luật Đất đai', '31/2024/QH15'), ('Luật Đất đai', '31/2024/QH15')]
    >>> [r.text for r in find_doc_refs(text + "; dự thảo Luật Đất đai")][1:]
    ['Luật Đất đai']
    """
    fulls: dict[tuple[str, str], list[_Draft]] = {}
    for d, type_end in titled:
        if d.code is None or d.type not in _TITLE_TYPES:
            continue
        found = _TITLE_OF.match(text, type_end, d.end)
        if found is None:
            continue
        fulls.setdefault((d.type, " ".join(found["title"].split())), []).append(d)
    spans = sorted((d.start, d.end) for d in drafts)
    out: list[_Draft] = []
    for (type_name, title), docs in fulls.items():
        found_here: list[_Draft] = []
        with_year: list[_Draft] = []  # those followed by "năm <year>"
        other_text = False
        for m in _title_pattern(type_name, title).finditer(text):
            start, end = m.span()
            if start and _WORD_CHAR.match(text, start - 1):
                continue
            if any(a < end and start < b for a, b in spans):
                continue
            year = _TITLE_YEAR.match(text, end)
            if _NOT_BEFORE_TITLE.search(text, max(0, start - 20), start):
                which = set()
            elif year is not None:
                which = {(d.number, d.year, d.code) for d in docs if d.year == year[1]}
            elif _ends_title(text, end):
                which = {(d.number, d.year, d.code) for d in docs}
            else:
                which = set()
            if not which:
                # the title stands for another text too: only mentions with the year
                # of the full form are its own
                other_text = True
            elif len(which) == 1:
                number, year_of, code = which.pop()
                draft = _Draft(start, end, type_name, number, code, year_of)
                found_here.append(draft)
                if year is not None and _ends_title(text, year.end()):
                    with_year.append(draft)
        out.extend(with_year if other_text else found_here)
    return out


def _members(text: str, head: _Draft, pos: int) -> tuple[list[_Draft], int]:
    """Members coordinated after the head ("… 44-KL/TW và 45-KL/TW"), each with its
    own attributes, and where the last one's attributes end. A bare member follows
    only a bare head."""
    members: list[_Draft] = []
    while lead := _MEMBER.match(text, pos, pos + _WINDOW):
        m = _NUMBER_AND_CODE.match(text, lead.end(), pos + _WINDOW)
        if m is None:
            break
        if not (m.group(_PARTY) or m.group(_STATE)) and (
            head.code is not None or not _bare_number_counts(text, m.end(_NUMBER), m.group(_NUMBER))
        ):
            break
        member, pos = _draft(text, m, m.start(), head.type, pos + _WINDOW)
        member.type = _member_type(head.type, member.code)
        members.append(member)
    return members, pos


def _verb_before(words: list[str]) -> bool:
    """Whether the last word (or the one before a plural word there) ends an issuing
    verb: "… đã ban hành", "… ban hành các"."""
    if words[-1] in _VERB_LAST_WORDS:
        return True
    return len(words) > 1 and words[-1].lower() in _PLURALS and words[-2] in _VERB_LAST_WORDS


def _issuing_subject(text: str, start: int) -> str | None:
    """The body named as issuing the document just before it ("Chính phủ đã ban hành")."""
    found = _issuing_subject_and_term(text, start)
    return found[0] if found else None


def _issuing_subject_and_term(text: str, start: int) -> tuple[str, str | None] | None:
    """The body named as issuing the document just before it ("Chính phủ đã ban hành"),
    and the term stated between them ("Quốc hội khóa XV thông qua"), or None."""
    found = _issuing_subject_at(text, start)
    return found[:2] if found else None


# A date fronted before the clause whose subject issues the document ("Trước đó, ngày
# 25/11/2024, Bộ trưởng Bộ Tài chính đã ký Quyết định …"): the document's date. It opens
# the clause (after the start of the text, punctuation or a bracket), maybe after "vào";
# "ngày"/"vào" are grammatical glue. Read backwards from the subject; compiled on first use.
# A part of the day may open it in place of "ngày" or before it ("Chiều 4/6, Bộ Nông
# nghiệp … ban hành Công điện …", "Sáng ngày 3/6"; ``dates_dayparts.txt``, shared with
# ``dates``).
# A list or answer mark opening the line before the date ("- Ngày 22/12/2024, …").
_LIST_MARK = r"(?:[\-*+]\s+)?"
_DAY_WORD = rf"(?:(?i:ngày)|(?i:{_lines('dates_dayparts.txt')})(?:\s+(?i:ngày))?)"
_FRONTED_DATE = (
    rf"(?r)(?:^|[.,;:!?(\n\"“])\s*{_LIST_MARK}(?:(?i:vào)\s+)?{_DAY_WORD}\s+"
    rf"(?P<date>{_DAY_MONTH_YEAR})\s*,?\s*"
)
_FRONTED_DATE_WINDOW = 48


@functools.cache
def _fronted_date_backwards() -> regex.Pattern[str]:
    return regex.compile(_FRONTED_DATE)


@functools.cache
def _office_titles() -> frozenset[str]:
    """Folded titles of office-holders (``person_titles.txt``, shared with ``people``)."""
    return frozenset(fold(t) for t in data_lines("person_titles.txt"))


_MAX_OFFICE_WORDS = 3
_MAX_OFFICE = 40  # characters of the title
_WORDS_BEFORE = regex.compile(r"(?r)(?:\S+\s+){1,3}")


def _office_start(text: str, subject_start: int) -> int:
    """Where the office-holder's title that the issuing subject at ``subject_start`` follows
    starts ("Viện trưởng VKSND tối cao đã ký …": the office signs for its body, whose name
    the subject reads), else ``subject_start``.

    >>> text = "ngày 26/6, Viện trưởng VKSND tối cao"
    >>> _office_start(text, text.index("VKSND")), _office_start("ngày 26/6, VKSND", 11)
    (11, 11)
    """
    found = _WORDS_BEFORE.match(text, max(0, subject_start - _MAX_OFFICE), subject_start)
    if found is None:
        return subject_start
    spans = [w.span() for w in _WORD.finditer(text, found.start(), subject_start)]
    for n in range(min(len(spans), _MAX_OFFICE_WORDS), 0, -1):
        start = spans[-n][0]
        if _folded(" ".join(text[start:subject_start].split())) in _office_titles():
            return start
    return subject_start


def _fronted_date(text: str, subject_start: int) -> str | None:
    """The date fronted before an issuing subject at ``subject_start``, or None.

    >>> text = "Trước đó, ngày 25/11/2024, Bộ Tài chính ban hành"
    >>> _fronted_date(text, text.index("Bộ")), _fronted_date("Sau ngày 5/3/2024 Bộ", 18)
    ('2024-11-25', None)
    """
    subject_start = _office_start(text, subject_start)
    if not text[max(0, subject_start - 3) : subject_start].rstrip(" ,")[-1:].isdigit():
        return None
    lo = max(0, subject_start - _FRONTED_DATE_WINDOW)
    found = _fronted_date_backwards().match(text, lo, subject_start)
    return _date_of(found["date"]) if found else None


# The same date written without its year ("Ngày 21/10, Thủ tướng … ký ban hành Chỉ thị
# …"): the dates finder completes it from the article's dateline (see
# ``issuers.fill_signing_dates``). Compiled on first use.
_FRONTED_DAY_MONTH = (
    rf"(?r)(?:^|[.,;:!?(\n\"“])\s*{_LIST_MARK}(?:(?i:vào)\s+)?(?P<date>{_DAY_WORD}\s+"
    r"\d{1,2}\s?[/.\-–]\s?\d{1,2})(?![\d/.\-–])\s*,?\s*"
)


@functools.cache
def _fronted_day_month_backwards() -> regex.Pattern[str]:
    return regex.compile(_FRONTED_DAY_MONTH)


# How far before the document such a date may start: the subject's window and the date's.
FRONTED_REACH = _SUBJECT_WINDOW + _FRONTED_DATE_WINDOW


def has_issuing_subject(text: str, start: int) -> bool:
    """Whether a clause whose subject issues the document at ``start`` ends right before
    it: ``fronted_day_month`` finds no date without one (a cheap test before a costlier
    one)."""
    return _issuing_subject_at(text, start) is not None


def fronted_day_month(text: str, start: int) -> int | None:
    """Where a date without its year ("Ngày 21/10") starts when it is fronted before the
    clause whose issuing subject issues the document at ``start``, else None.

    >>> text = "Ngày 21/10, Thủ tướng Chính phủ ký ban hành Chỉ thị số 36/CT-TTg"
    >>> fronted_day_month(text, text.index("Chỉ")), fronted_day_month(text[12:], 33)
    (0, None)
    """
    found = _issuing_subject_at(text, start)
    if found is None:
        return None
    subject_start = _office_start(text, found[2])
    if not text[max(0, subject_start - 3) : subject_start].rstrip(" ,")[-1:].isdigit():
        return None
    lo = max(0, subject_start - _FRONTED_DATE_WINDOW)
    date = _fronted_day_month_backwards().match(text, lo, subject_start)
    return date.start("date") if date else None


# A meeting named by its head word alone ("Hội nghị cũng thông qua Quyết định số …"):
# it adopts the document, and names no body that issues it.
_MEETINGS = frozenset(fold(w) for w in data_lines("docref_meeting_heads.txt"))


def _issuing_subject_at(text: str, start: int) -> tuple[str, str | None, int] | None:
    """``_issuing_subject_and_term`` and where the subject's name starts, None for a
    meeting named by its head word alone (``docref_meeting_heads.txt``)."""
    found = _issuing_subject_found(text, start)
    if found is not None and _folded(found[0]) in _MEETINGS:
        return None
    return found


def _issuing_subject_found(text: str, start: int) -> tuple[str, str | None, int] | None:
    """``_issuing_subject_at`` with any subject."""
    lo = max(0, start - _VERB_PEEK)
    words = text[lo:start].rsplit(None, 2)  # the last two words, after what precedes them
    if not lo or len(words) > 2:  # the last two words are whole: test them first
        if not words or not text[start - 1].isspace() or not _verb_before(words):
            return None
    lo = max(0, start - _SUBJECT_WINDOW)
    mirrored = text[lo:start][::-1]
    m = _ISSUING_SUBJECT_MIRRORED.match(mirrored)
    if m is None:
        return None
    if lo and m.end() == len(mirrored):
        # the name may run on past the window's edge: the ``regex`` pattern decides
        found = _issuing_subject_backwards().match(text, lo, start)
        if found is None:
            return None
        a, b = found.span("issuer")
        return _issuer_at(text, a, b), found["termx"] or found["termy"], a
    a, b = m.span("issuer")
    term = m["termm"] or m["termn"]
    return _issuer_at(text, start - b, start - a), term[::-1] if term else None, start - b


_START_OF = operator.attrgetter("start")


def joined_over_title(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], between two documents, is the first one's title clause
    and a list join ("… Nghị quyết số 25/2024/NQ-HĐND| về mức chi hỗ trợ, và |…").

    >>> joined_over_title("NQ 1 về mức chi hỗ trợ, và NQ 2", 4, 27)
    True
    >>> joined_over_title("NQ 1 về mức chi. Sau đó, NQ 2", 4, 25)
    False
    """
    if end - start > _MAX_TITLE_GAP or _TITLE_OPENER.match(text, start, end) is None:
        return False
    if _TITLE_STOP.search(text, start, end) is not None:
        return False
    return _JOIN_BACKWARDS.match(text, start, end) is not None


@functools.lru_cache(maxsize=1024)
def _issuer_parts(code: str | None) -> tuple[str, ...]:
    return code_parts(code)[1] if code else ()


def same_kind(a: _Draft | DocRef, b: _Draft | DocRef) -> bool:
    """Whether two documents of a list are of one type and their codes, if both have
    one, name the same issuers ("25/2024/NQ-HĐND", "30/2024/NQ-HĐND"): an issuer or a
    subject stated for one of them may stand for both.

    >>> a, b = find_doc_refs("Nghị quyết 25/2024/NQ-HĐND, Nghị quyết 3/2024/NQ-CP")
    >>> same_kind(a, a), same_kind(a, b)
    (True, False)
    """
    if a.type != b.type:
        return False
    return not (a.code and b.code) or _issuer_parts(a.code) == _issuer_parts(b.code)


def _share_back(pending: list[_Draft], last: _Draft) -> None:
    """Give the issuer and term ``last`` states to the documents listed before it
    without one ("Kết luận số 96-KL/TW, Kết luận số 97-KL/TW của Ban Chấp hành Trung
    ương khóa XIII"), nearest first, while they are of its kind."""
    for d in reversed(pending):
        if d.issuer is not None or not same_kind(d, last):
            return
        d.issuer = last.issuer
        d.term = d.term or last.term


def _numbered_before(a: _Draft | DocRef, b: _Draft | DocRef) -> bool:
    """Whether ``a`` is the document numbered right before ``b`` in one series: same type
    and issuers, both coded, the same year if both state one, and the next number
    ("217-QĐ/TW", "218-QĐ/TW") — documents issued together, on one day.

    >>> a, b, c = find_doc_refs("Quyết định 217-QĐ/TW, 218-QĐ/TW và 220-QĐ/TW")
    >>> _numbered_before(a, b), _numbered_before(b, c)
    (True, False)
    """
    if not (a.code and b.code) or not same_kind(a, b):
        return False
    if a.year and b.year and a.year != b.year:
        return False
    return int(_plain_number(b.number)) - int(_plain_number(a.number)) == 1


def _share_date_back(text: str, drafts: list[_Draft], group: list[_Draft]) -> None:
    """Give the date the last document of ``group`` states to those listed right before
    it without one (members of ``group``, then the last of ``drafts`` joined to it by a
    list word), while each is numbered right before the next ("Quyết định số 217-QĐ/TW và
    Quyết định số 218-QĐ/TW ngày 12/12/2013": both dated)."""
    later = group[-1]
    date = later.date
    for a in reversed(group[:-1]):
        if a.date is not None or not _numbered_before(a, later):
            return
        a.date, later = date, a
    for a in reversed(drafts):
        if (
            a.date is not None
            or not _numbered_before(a, later)
            or _LIST_JOIN.fullmatch(text, a.end, later.start) is None
        ):
            return
        a.date, later = date, a


# Sentence punctuation between two documents (not the dot inside a date "19.8.2020").
_SENTENCE_BETWEEN = re.compile(r"[;!?\n]|\.(?!\d)")


def _share_same_date(text: str, drafts: list[_Draft], group: list[_Draft]) -> None:
    """Give every document of ``group``, whose last one says "cùng ngày", the date
    written after it (and to the documents listed right before the group without one),
    or else the date of the document cited just before the group in the same sentence
    (the last of ``drafts``).

    >>> [r.date for r in find_doc_refs("Quy định số 4-QĐ/TW ngày 9/5/2024 và Quy định số "
    ...                                "5-QĐ/TW, 6-QĐ/TW cùng ngày của Bộ Chính trị")]
    ['2024-05-09', '2024-05-09', '2024-05-09']
    """
    date = group[-1].date
    if date is None:
        if not drafts or _SENTENCE_BETWEEN.search(text, drafts[-1].end, group[0].start):
            return
        date = drafts[-1].date
    else:
        later = group[0]
        for a in reversed(drafts):
            if a.date is not None or _LIST_JOIN.fullmatch(text, a.end, later.start) is None:
                break
            a.date, later = date, a
    for d in group:
        d.date = d.date or date


# Before a short form: a noun phrase naming a body after the document it carries out
# (``docref_named_after_nouns.txt``); after it, "của" (glue: "of"). Compiled on first use.
_NAMED_AFTER = (
    rf"(?r)(?<!\w)(?i:{_lines('docref_named_after_nouns.txt')})\s+"
)
_OF_AFTER = re.compile(r"\s*(?i:của)\s")


@functools.cache
def _named_after_backwards() -> regex.Pattern[str]:
    return regex.compile(_NAMED_AFTER)


def _noun_phrase_issuers(text: str, drafts: list[_Draft]) -> None:
    """Drop, in place, the issuer read after a short form that a body's name holds ("Ban
    Chỉ đạo thực hiện Nghị quyết 12| của Công an thành phố": the body's "của") when the
    text cites a coded document of its type and number, whose issuer ``resolve`` gives it.

    >>> [r.issuer for r in find_doc_refs("Nghị quyết số 12-NQ/ĐU của Đảng ủy; Ban Chỉ đạo "
    ...                                  "thực hiện Nghị quyết 12 của Công an tỉnh")]
    ['Đảng ủy', None]
    """
    if all(d.code is not None or d.issuer is None for d in drafts):
        return  # (the common case: no short form states an issuer)
    coded = {(d.type, d.number.lstrip("0")) for d in drafts if d.code is not None}
    for d in drafts:
        if (
            d.code is None
            and d.issuer is not None
            and (d.type, d.number.lstrip("0")) in coded
            and _OF_AFTER.match(text, d.end)
            and _named_after_backwards().match(text, max(0, d.start - 60), d.start)
        ):
            d.issuer = None


def find_doc_refs(text: str) -> list[DocRef]:
    """Every numbered document reference in ``text``, sorted by start, with the
    attributes stated around it (short forms are filled later by ``resolve``).

    >>> [(r.type, r.id, r.issuer) for r in find_doc_refs(
    ...     "hai Kết luận 44-KL/TW và 45-KL/TW của Ban Bí thư")]
    [('Kết luận', '44-KL/TW', 'Ban Bí thư'), ('Kết luận', '45-KL/TW', 'Ban Bí thư')]
    >>> [(r.type, r.number, r.code, r.warnings) for r in find_doc_refs("Chỉ thị số 44-KL/TW")]
    [('Chỉ thị', '44', 'KL/TW', ('code KL/TW contradicts type Chỉ thị',))]
    """
    taken_until = -1
    pos = 0
    # The issuing subject of the last group, and where that group's attributes end: a
    # document coordinated right after it shares the subject ("Bộ Quốc phòng ban hành
    # Chỉ thị số 91/CT-BQP ngày 9-12-2014 và Kế hoạch số 1234/KH-BQP").
    carried: tuple[str, str | None] | None = None
    carried_end = -1
    drafts: list[_Draft] = []
    # The documents listed right before the current one that state no issuer: one
    # stated after a later member of the list is theirs too.
    pending: list[_Draft] = []
    # Bare numbers without a follower: references if a coded one of their type and number
    # is in the text.
    deferred: list[tuple[_Left, re.Match[str]]] = []
    # heads with a title between type word and "số", and where their type words end
    titled: list[tuple[_Draft, int]] = []
    for candidate in _CANDIDATE.finditer(text):
        at = candidate.start()
        if at < pos:
            continue
        left = _left_of_number(text, at)
        if left is None:
            continue
        m = _NUMBER_AND_CODE.match(text, at)
        if m is None:
            continue
        pos = m.end("number")
        if left[0] < taken_until:
            continue
        found = _head(text, m, left)
        if found is None:
            if _may_name_coded(m, left):
                deferred.append((left, m))
            continue
        head, head_end = found
        if left[2]:
            titled.append((head, left[0] + len(left[1])))
        members, members_end = _members(text, head, head_end)
        group = [head, *members]
        last = group[-1]
        shared_issuer = last.issuer
        subject = None
        # Whether this group is listed right after the previous one: tested only when a
        # carried subject or documents waiting for an issuer may need it.
        joined = ((carried is not None and shared_issuer is None) or bool(pending)) and (
            _LIST_JOIN.fullmatch(text, carried_end, head.start) is not None
        )
        if shared_issuer is None:
            if carried is not None and (
                joined
                or (
                    same_kind(drafts[-1], head)
                    and joined_over_title(text, carried_end, head.start)
                )
            ):
                subject = carried
            elif found_subject := _issuing_subject_at(text, head.start):
                subject = found_subject[:2]
                if head.date is None:
                    head.date = _fronted_date(text, found_subject[2])
            if subject is None and (
                agent := _passive_agent(text, head.start, head.code, head.type)
            ):
                subject = agent, None
            if subject is None and (to := _submitted_to(text, head.start, head.code)):
                subject = to, None
            if subject is not None:
                shared_issuer = subject[0]
                last.term = last.term or subject[1]
        elif joined:
            _share_back(pending, last)
        for d in group:
            d.issuer = d.issuer or shared_issuer
            d.term = d.term or last.term
        if last.same_date:
            _share_same_date(text, drafts, group)
        elif last.date is not None and (
            (members and group[-2].date is None) or (drafts and drafts[-1].date is None)
        ):
            _share_date_back(text, drafts, group)
        drafts.extend(group)
        if shared_issuer is not None:
            pending = []
        elif joined:
            pending.extend(group)
        else:
            pending = group
        taken_until = pos = max(head_end, last.end)
        carried, carried_end = subject, max(head_end, members_end)
    if deferred and drafts:
        drafts.extend(_named_by_coded(text, deferred, drafts))
    if titled:
        drafts.extend(_named_by_title(text, titled, drafts))
    if len(drafts) > 1:
        _noun_phrase_issuers(text, drafts)
    refs = [d.finish(text) for d in drafts]
    refs.sort(key=_START_OF)
    return refs
