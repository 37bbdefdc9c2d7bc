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
the last member belongs to all of them, a date only to the member it follows.

Attributes read after the number, in any order: ``date`` ("ngày 1/12/2011", "ngày
22–01-2019", "ngày 19.8.2020", "ngày 28 tháng 11 năm 2023"; "năm 2011" gives "2011"),
``issuer`` ("của Ban Bí thư", "do …", or "được Quốc hội khóa XV thông qua"; the name is
capitalised words plus ``data/docref_issuer_*.txt``), ``term`` ("khóa XI", "(khoá
XII)"); before the type word, an issuing subject ("Chính phủ đã ban hành Nghị định số
…", see ``data/docref_issuer_heads.txt`` and ``data/docref_issue_verbs.txt``).
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
issuer words, code parts), so the time is linear in the input.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

import regex

from ttcorpus.models import DocRef
from ttcorpus.normalize import fold
from ttcorpus.resources import data_lines, data_rows

__all__ = ["DocType", "code_parts", "doc_type", "find_doc_refs", "types_for_code"]


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
        sub = phrase_trie(rests, from_end=from_end)
        alts.append((sub + atom if from_end else atom + sub) if sub else atom)
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


# Any spelling of any type word, in any case ("Chỉ thị", "CHỈ THỊ", "Chị thị"): read
# forwards, and read backwards inside the scan's look-behind.
_TYPE_WORD = rf"(?i:{phrase_trie(_type_spellings())})(?![\w])"
_TYPE_WORD_BACKWARDS = rf"(?i:{phrase_trie(_type_spellings(), from_end=True)})"
# The characters a type word or "số" can end with: a cheap first test in the scan.
_LAST_CHARS = "".join(
    sorted({c for w in [*_type_spellings(), "số"] for c in (w[-1], w[-1].upper())})
)
# "số", "Số", "SỐ" — the word that introduces a document number.
_SO = r"(?i:số)"
# Between the type word (or "số") and the number: "số 09", "số: 09", "Chỉ thị 36".
_NUMBER_SEP = r"(?:\s?:\s?|\s)"
# One word of a law's title between the type word and "số" ("Luật Phòng, chống ma
# túy số 73/2021/QH14"): no sentence punctuation, not itself a type word.
_TITLE_WORD = rf"(?!{_TYPE_WORD})[^\s.;:!?()\[\]\"“”]{{1,25}}"
_MAX_TITLE_WORDS = 15
# A number read after its type word: the engine skips ahead on digits and reads the
# type word, an optional title and "số" backwards in a look-behind.
_NUMBER = (
    rf"(?P<number>\d(?<=[{regex.escape(_LAST_CHARS)}]{_NUMBER_SEP}\d)"
    rf"(?<=(?<![\w])(?P<type>{_TYPE_WORD_BACKWARDS})"
    rf"(?:(?P<title>(?:\s+{_TITLE_WORD}){{0,{_MAX_TITLE_WORDS}}}?)\s+(?P<so>{_SO}))?"
    rf"{_NUMBER_SEP}\d)\d{{0,5}})(?!\d|[.,]\d)"
)

# A code word: "CT", "TW", "NĐ", "QĐi", "CTr", "QH14", "VKSTK".
_CODE_WORD = r"\p{L}[\p{L}\d]{0,11}"
_DASH = r"[-–]"
# After the number: party "-CT/TW", "-KH/TĐTN-TNXP"; state "/2019/NĐ-CP", "/CV-VPTW",
# "/2018/QH14".
_CODE = (
    rf"(?:\s?{_DASH}\s?(?P<party>{_CODE_WORD}/{_CODE_WORD}(?:{_DASH}{_CODE_WORD}){{0,3}})"
    rf"|/(?:(?P<year>(?:19|20)\d\d)/)?(?P<state>{_CODE_WORD}(?:{_DASH}{_CODE_WORD}){{0,4}}))"
    r"(?![\w/])"
)

# Dates: "1/12/2011", "22–01-2019", "19.8.2020", "28 tháng 11 năm 2023".
_DATE_VALUE = (
    r"(?P<dday>\d{1,2})\s?[/.\-–]\s?(?P<dmonth>\d{1,2})\s?[/.\-–]\s?(?P<dyear>\d{4})(?!\d)"
    r"|(?P<dday>\d{1,2})\s+(?i:tháng)\s+(?P<dmonth>\d{1,2})\s+(?i:năm)\s+(?P<dyear>\d{4})(?!\d)"
)
# "ngày" (optionally "ban hành ngày", "ký ngày", "vào ngày") + a date; the words are
# grammatical glue of the date phrase, not data.
_DATE_CORE = rf"(?:(?i:ban\s+hành|ký)\s+)?(?:vào\s+)?(?i:ngày)\s+(?:{_DATE_VALUE})"
_DATE_ATTR = rf"\s*,?\s*(?:\(\s*{_DATE_CORE}\s*\)|{_DATE_CORE})"
# "năm 2011" right after the number: a year-only date.
_YEAR_ATTR = r"\s+(?i:năm)\s+(?P<yearonly>(?:19|20)\d\d)(?![\d/.\-–])"
# "khóa XI", "khoá XII", "(khóa XI)".
_TERM_CORE = r"(?i:khóa|khoá)\s+(?P<term>[IVXL]{1,6})(?![\w])"
_TERM_ATTR = rf"\s*,?\s*(?:\(\s*{_TERM_CORE}\s*\)|{_TERM_CORE})"

# A capitalised word of an issuer's name, with the lower-case second syllable of a
# compound ("Ban", "Chấp hành", "Bí thư", "UBND"). A name is cut before a type word
# afterwards ("của Ban Bí thư và Kết luận …"), see ``_issuer_at``.
_CAP_WORD = rf"\p{{Lu}}[\p{{L}}\p{{M}}]*(?:\s+{phrase_trie(_issuer_words('second'))}(?![\w]))?"
_ISSUER_UNIT = (
    rf"(?:\s+(?:{_CAP_WORD}|{phrase_trie(_issuer_words('any') + _issuer_words('inner'))}"
    rf"(?![\w]))|\s?{_DASH}\s?{_CAP_WORD})"
)
_MAX_ISSUER_UNITS = 12
_ISSUER_NAME = rf"{_CAP_WORD}{_ISSUER_UNIT}{{0,{_MAX_ISSUER_UNITS}}}"
_VERBS = _lines("docref_issue_verbs.txt")
_ADVERBS = _lines("docref_verb_adverbs.txt")
# "của Ban Bí thư", "do Bộ Công an" — "của"/"do" are grammatical glue.
_ISSUER_ATTR = rf"\s*,?\s*(?i:của|do)\s+(?P<issuer>{_ISSUER_NAME})"
# "(Luật số 30/2023/QH15) được Quốc hội khoá XV thông qua ngày 28 tháng 11 năm 2023".
_PASSIVE_ATTR = (
    rf"\s*\)?\s*,?\s*(?:{_ADVERBS}\s+)?(?i:được)\s+(?P<issuer>{_ISSUER_NAME})"
    rf"(?:\s+(?:\(\s*{_TERM_CORE}\s*\)|{_TERM_CORE}))?"
    rf"\s+(?:{_ADVERBS}\s+)?(?:{_VERBS})(?:\s+(?:vào\s+)?(?i:ngày)\s+(?:{_DATE_VALUE}))?"
)
# Up to five attributes after a number, in any order.
_ATTRIBUTES = rf"(?:{_DATE_ATTR}|{_ISSUER_ATTR}|{_PASSIVE_ATTR}|{_TERM_ATTR}|{_YEAR_ATTR}){{0,5}}"

# The scan: type word, number, code and attributes in one match.
_REFERENCE = regex.compile(rf"{_NUMBER}(?:{_CODE})?{_ATTRIBUTES}")
# A further member of a list: ", " / " và " / ", và " (+ "số"), number, code, attributes.
_LIST_WORDS = _lines("docref_list_words.txt")
_MEMBER = regex.compile(
    rf"\s*(?:,\s*(?:{_LIST_WORDS}\s+)?|\s+{_LIST_WORDS}\s+)(?:{_SO}{_NUMBER_SEP})?"
    rf"(?P<number>\d{{1,6}})(?!\d|[.,]\d)(?:{_CODE})?{_ATTRIBUTES}"
)
# Plural or count words between the verb and the type word ("ban hành các Nghị định").
_PLURAL = r"(?i:các|những|hai|ba)"
# Before the type word: "Ban Thường vụ Tỉnh ủy Kiên Giang ban hành Kế hoạch …",
# matched backwards from the type word (the issuer starts with a head word).
_ISSUING_SUBJECT = regex.compile(
    rf"(?r)(?<![\w])(?P<issuer>{_lines('docref_issuer_heads.txt')}"
    rf"{_ISSUER_UNIT}{{0,{_MAX_ISSUER_UNITS}}})"
    rf"\s+(?:{_ADVERBS}\s+)?(?:{_VERBS})\s+(?:{_PLURAL}\s+)?"
)
_SUBJECT_WINDOW = 200
_SUBJECT_ISSUER = _ISSUING_SUBJECT.groupindex["issuer"]
# What may follow a bare number written without "số": punctuation or a word of the data
# file (not "năm": "Kế hoạch 5 năm 2021 - 2025" is a five-year plan).
_BARE_FOLLOWER = regex.compile(
    rf"\s*(?:[.,;:!?)\]\"”…\-–]|(?i:{_lines('docref_bare_followers.txt')})(?![\w]))"
)
_YEAR_LIKE = regex.compile(r"(?:19|20)\d\d")
# A type word inside a matched issuer's name: the name ends before it.
_TYPE_INSIDE = regex.compile(rf"\s{_TYPE_WORD}")
_LONGEST_TYPE = max(len(s) for s in _type_spellings())
_TYPE_FIRST_WORDS = frozenset(s.split()[0] for s in _type_spellings())
# Words that may sit inside a name but not end it ("Ủy ban …", "… và …").
_ISSUER_INNER_ENDINGS = tuple(" " + w.split()[-1] for w in _issuer_words("inner"))
# How far an anchored pattern may read: longer than any reference with its attributes.
# Bounding the window also stops the regex module from pre-scanning the whole rest of
# the text for a required literal on every call.
_WINDOW = 600


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


def clean_issuer(name: str) -> str:
    """An issuer's name without a trailing word that only joins names.

    >>> clean_issuer("Ban Bí thư và"), clean_issuer("Ủy ban")
    ('Ban Bí thư', 'Ủy ban')
    """
    while name.endswith(_ISSUER_INNER_ENDINGS) and name.count(" ") > 1:
        name = name[: name.rindex(" ")].rstrip()
    return name


def _issuer_at(text: str, start: int, end: int) -> str:
    """The issuer's name at text[start:end], cut before a type word that follows it
    ("của Ban Bí thư và Chỉ thị số 18…" → "Ban Bí thư")."""
    name = text[start:end]
    if any(word.lower() in _TYPE_FIRST_WORDS for word in name.split()[1:]):
        cut = _TYPE_INSIDE.search(text, start, end + _LONGEST_TYPE)
        if cut and cut.start() < end:
            name = text[start : cut.start()]
    return clean_issuer(name)


def _locality(issuer: str | None) -> str | None:
    """The province or city an issuer names ("Ban Thường vụ Tỉnh ủy Kiên Giang")."""
    if not issuer:
        return None
    found = _province_pattern().findall(issuer)
    return found[-1] if found else None


def _bare_number_counts(text: str, end: int, number: str) -> bool:
    """A bare number without "số" is a reference only before a boundary or a word of
    ``docref_bare_followers.txt`` ("Chỉ thị 36 được…"), and never a year."""
    if _YEAR_LIKE.fullmatch(number):
        return False
    if not text[end : end + _WINDOW].strip():  # the end of the text
        return True
    return _BARE_FOLLOWER.match(text, end, end + _WINDOW) is not None


def _code_type_conflict(type_name: str, code: str) -> bool:
    """Whether the type part of ``code`` names another type than ``type_name``."""
    type_part, _ = code_parts(code)
    kind = doc_type(type_name)
    return bool(type_part and kind is not None and type_part not in kind.codes)


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

    def finish(self, text: str) -> DocRef:
        code_id = scope = None
        warnings: tuple[str, ...] = ()
        if self.code:
            if "/" in self.code:
                code_id = f"{self.number}-{self.code}"
            else:
                code_id = "/".join(p for p in (self.number, self.year, self.code) if p)
            scope = _code_scope(code_parts(self.code)[1])
            if scope == "local":
                scope = _locality(self.issuer)
            if _code_type_conflict(self.type, self.code):
                warnings = (f"code {self.code} contradicts type {self.type}",)
        return DocRef(
            text=text[self.start : self.end],
            start=self.start,
            end=self.end,
            type=self.type,
            number=self.number,
            code=self.code,
            year=self.year,
            id=code_id,
            issuer=self.issuer,
            date=self.date,
            term=self.term,
            scope=scope,
            warnings=warnings,
        )


# Group numbers of the two patterns: the regex module looks a group up by number ten
# times faster than by name.
_REF_GROUPS = dict(_REFERENCE.groupindex)
_MEMBER_GROUPS = dict(_MEMBER.groupindex)


def _draft(text: str, m: regex.Match[str], g: dict[str, int], start: int, kind: str) -> _Draft:
    """A draft from a match of ``_REFERENCE`` or ``_MEMBER`` (group numbers ``g``):
    number, code and the first stated date, issuer and term."""
    d = _Draft(start, m.end(g["number"]), kind, m.group(g["number"]))
    if party := m.group(g["party"]):
        d.code = party.replace(" ", "").replace("–", "-")
        d.end = m.end(g["party"])
    elif state := m.group(g["state"]):
        d.code = state.replace("–", "-")
        d.year = m.group(g["year"])
        d.end = m.end(g["state"])
    if m.end() == d.end:  # no attributes
        return d
    if days := m.captures(g["dday"]):
        d.date = _iso_date(days[0], m.captures(g["dmonth"])[0], m.captures(g["dyear"])[0])
    elif years := m.captures(g["yearonly"]):
        d.date = years[0]
    if issuers := m.spans(g["issuer"]):
        d.issuer = _issuer_at(text, *issuers[0])
    if terms := m.captures(g["term"]):
        d.term = terms[0]
    return d


def _head(text: str, m: regex.Match[str]) -> _Draft | None:
    """The reference a scan match stands for, or None when its number is no reference."""
    g = _REF_GROUPS
    type_word = m.group(g["type"])
    kind = doc_type(type_word)
    if kind is None:
        return None
    coded = m.group(g["party"]) or m.group(g["state"])
    if m.group(g["title"]):
        # A title between type word and "số" only with a capitalised type word and a
        # coded number of the same type ("Luật Phòng, chống ma túy số 73/2021/QH14").
        if not type_word[0].isupper() or not coded:
            return None
        if _code_type_conflict(kind.name, coded.replace("–", "-")):
            return None
    if not coded and m.group(g["so"]) is None:
        number_end = m.end(g["number"])
        if not kind.bare or not _bare_number_counts(text, number_end, m.group(g["number"])):
            return None
    return _draft(text, m, g, m.start(g["type"]), kind.name)


def _members(text: str, head: _Draft, pos: int) -> list[_Draft]:
    """Members coordinated after the head ("… 44-KL/TW và 45-KL/TW"), each with its
    own attributes. A bare member follows only a bare head."""
    g = _MEMBER_GROUPS
    members: list[_Draft] = []
    while m := _MEMBER.match(text, pos, pos + _WINDOW):
        coded = m.group(g["party"]) or m.group(g["state"])
        if not coded and (
            head.code is not None
            or not _bare_number_counts(text, m.end(g["number"]), m.group(g["number"]))
        ):
            break
        member = _draft(text, m, g, m.start(g["number"]), head.type)
        member.type = _member_type(head.type, member.code)
        members.append(member)
        pos = m.end()
    return members


def _issuing_subject(text: str, start: int) -> str | None:
    """The body named as issuing the document just before it ("Chính phủ đã ban hành")."""
    m = _ISSUING_SUBJECT.match(text, max(0, start - _SUBJECT_WINDOW), start)
    return _issuer_at(text, *m.span(_SUBJECT_ISSUER)) if m else None


def find_doc_refs(text: str) -> list[DocRef]:
    """Every numbered document reference in ``text``, sorted by start, with the
    attributes stated around it (short forms are filled later by ``resolve``).

    >>> [(r.type, r.id, r.issuer) for r in find_doc_refs(
    ...     "hai Kết luận 44-KL/TW và 45-KL/TW của Ban Bí thư")]
    [('Kết luận', '44-KL/TW', 'Ban Bí thư'), ('Kết luận', '45-KL/TW', 'Ban Bí thư')]
    >>> [(r.type, r.number, r.code, r.warnings) for r in find_doc_refs("Chỉ thị số 44-KL/TW")]
    [('Chỉ thị', '44', 'KL/TW', ('code KL/TW contradicts type Chỉ thị',))]
    """
    refs: list[DocRef] = []
    taken_until = -1
    pos = 0
    number, type_word = _REF_GROUPS["number"], _REF_GROUPS["type"]
    while m := _REFERENCE.search(text, pos):
        pos = m.end(number)
        if m.start(type_word) < taken_until:
            continue
        head = _head(text, m)
        if head is None:
            continue
        group = [head, *_members(text, head, m.end())]
        last = group[-1]
        subject = _issuing_subject(text, head.start)
        for d in group:
            d.issuer = d.issuer or last.issuer or subject
            d.term = d.term or last.term
            refs.append(d.finish(text))
        taken_until = pos = max(m.end(), group[-1].end)
    refs.sort(key=lambda r: r.start)
    return refs
