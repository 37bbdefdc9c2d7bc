"""Find people: full Vietnamese personal names with the titles and offices attached
to them, and later short references ("Đại tá Khôi", "ông Dìn") resolved to the full
name seen in the same text.

A name is a run of 2–5 capitalised syllables that starts with a family name from
``data/surnames.txt`` ("Nguyễn Văn Sơn", "Thào Xuân Sùng", "Y Thanh Hà Niê Kđăm").
Evidence that the run is a person:

* a title, rank, office or honorific right before it (``person_titles.txt``,
  ``people_honorifics.txt``): "Đại tướng Tô Lâm", "ông Giàng A Chử", or an office
  earlier in its clause ("có Bộ trưởng Bộ Y tế Đào Hồng Lan");
* or, with no title, at least three syllables ("phát hiện Hồ Văn Lực (SN 1996)");
* a two-syllable name with no title counts only as an item of a list of people
  ("có các đồng chí: Tô Huy, Phó Giám đốc …; …", "các đồng chí Lê Minh Hưng, Lương
  Cường"), before a note in brackets that only a person has ("Ksor H'Bla (SN 1995)",
  ``people_clause_cues.txt``) or when the same name is found with evidence elsewhere
  in the text;
* a single syllable with a personal prefix is a name right after a title or an
  office whose body is a department ("ông K'Broi", "Giám đốc Sở Y tế K'Broi").

Counter-evidence wins: a place or institution word just before the run
(``people_place_cues.txt``: "đường Trần Cao Vân", "TP Hồ Chí Minh", "Trường Lê Quý
Đôn"), an abbreviation just before it ("Đoàn TNCS Hồ Chí Minh"), a province or city of
the gazetteer (``provinces.txt``) with no title, a capitalised word glued in front of
it mid-sentence (the tail of a longer proper name), a run longer than five syllables
(a title-cased heading) or containing a word never found in names
(``people_not_name_words.txt``: "Đoàn Đại Biểu Quốc Hội"), or quotation marks around
it with no title.

``titles`` holds the title before the name and the offices after it, comma-separated,
each cut where the office phrase ends (``people_office_stops.txt``). An office
introduced by "giữ chức vụ"-type wording (``people_office_links.txt``) is added too.
A mention's ``text`` is the name only, without the title before it; ``name`` is the
full name, also for a resolved short reference. A short reference that no full name
in the text explains is dropped, and a bare given name is never a person.

>>> [(p.text, p.name, p.titles) for p in find_people(
...     "Đại tướng Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an chủ trì. "
...     "Theo Bộ trưởng Tô Lâm, … Đại tá Trần Minh Khôi cho biết. Đại tá Khôi nói.")]
... # doctest: +NORMALIZE_WHITESPACE
[('Tô Lâm', 'Tô Lâm', ('Đại tướng', 'Ủy viên Bộ Chính trị', 'Bộ trưởng Bộ Công an')),
 ('Tô Lâm', 'Tô Lâm', ('Bộ trưởng',)),
 ('Trần Minh Khôi', 'Trần Minh Khôi', ('Đại tá',)),
 ('Khôi', 'Trần Minh Khôi', ('Đại tá',))]
>>> find_people("Đoàn TNCS Hồ Chí Minh tại TP Hồ Chí Minh, đường Trần Cao Vân")
[]

Speed: the scan is one stdlib ``re`` pattern whose first item is a character trie of
the family names, so the engine skips ahead on the trie's first-character set (the
``regex`` module, lacking that optimisation, is three times slower here); the same
scan finds the foreign titles (``foreign_names.py``), as that skip is its costly part
(``tests/test_spe_speed.py`` checks it against the plain patterns). Python work is
per candidate name, never per word of the text. Short references are looked for once
per given name with ``str.find`` (its places shared by the endings "Mai Lan" and
"Lan"), not once per ending. Cheap tests stand before costlier ones (a capital letter
before the syllable pattern, two words before a whole office phrase), and
``tests/test_people_fast_paths.py`` checks each such shortcut against its plain
definition. All repetitions are bounded and every look-around reads a bounded window,
so the time is linear in the input.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ttcorpus.extract.agencies import find_agencies
from ttcorpus.extract.charclasses import latin_letters
from ttcorpus.extract.charclasses import trie_alternation as _trie_alternation
from ttcorpus.extract.foreign_names import (
    ADDRESS_BEFORE_CAPITAL,
    CAPITAL_TITLE,
    CAPITAL_TITLE_FIRSTS,
    find_foreign_names,
    lower_case_titles,
)
from ttcorpus.models import Person
from ttcorpus.normalize import fold
from ttcorpus.resources import data_lines, data_section

__all__ = ["find_people"]

# ---------------------------------------------------------------- character classes


_UPPER = latin_letters("isupper")
_LOWER = latin_letters("islower")
# One capitalised syllable: a capital, then lower-case letters only, so all-caps words
# ("UBND", "HỒ") never count, nor does a word hyphenated to the next ("Kim Young-ho" is a
# foreign name: ``foreign_names.py``). A lone capital is a syllable ("Giàng A Chử", "Y Thanh"),
# and so is an Ede/Jarai prefixed one ("H'Hen").
_SYLLABLE = rf"[{_UPPER}](?:['’][{_UPPER}])?[{_LOWER}]*(?![\w'’]|-\w)"
# A syllable of a name run may also end before a hyphen and a capital: an office glued
# on with no spaces ("ông Rah Lan Lâm-Trưởng Ban Dân tộc"), or else the capitalised
# half of a foreign name ("Kim Jong-Un"), which ``_trim_run`` drops.
_RUN_SYLLABLE = rf"[{_UPPER}](?:['’][{_UPPER}])?[{_LOWER}]*(?![\w'’]|-(?![{_UPPER}])\w)"
_MAX_NAME = 5  # syllables in a personal name
_RUN_LIMIT = _MAX_NAME + 2  # syllables matched at most; a longer run is no name


# ---------------------------------------------------------------- data


@functools.lru_cache(maxsize=1 << 16)
def _key(word: str) -> str:
    """The matching key of one word: folded (case, tone placement, Đ) with a trailing
    abbreviation dot dropped.

    >>> _key("TS."), _key("Uỷ")
    ('ts', 'ủy')
    """
    return fold(word[:-1] if len(word) > 1 and word.endswith(".") else word)


_END = "\0"  # marks the end of a phrase in a word trie


def _word_trie(phrases: Iterable[Sequence[str]]) -> dict[str, dict]:
    root: dict[str, dict] = {}
    for words in phrases:
        node = root
        for word in words:
            node = node.setdefault(word, {})
        node[_END] = {}
    return root


def _longest_walk(trie: dict[str, dict], keys: Iterable[str]) -> int:
    """How many ``keys`` the longest phrase of a word trie covers (0: none)."""
    best = 0
    node = trie
    for n, key in enumerate(keys, 1):
        child = node.get(key)
        if child is None:
            break
        node = child
        if _END in node:
            best = n
    return best


class PhraseSet:
    """The phrases of some data files, looked up by the folded words at the start or
    the end of a word list (longest phrase first), through a word trie each way.

    >>> titles = PhraseSet("person_titles.txt")
    >>> titles.suffix("Tham dự có Phó Giám đốc".split()), titles.prefix(["Uỷ", "viên", "x"])
    (3, 0)
    >>> "phó chủ tịch" in titles
    True
    >>> PhraseSet(lines=["già làng"]).suffix(["Theo", "Già", "làng"])
    2
    """

    __slots__ = ("backward", "firsts", "forward", "keys", "lasts", "longest")

    def __init__(self, *names: str, lines: Iterable[str] = ()) -> None:
        every = [*(line for name in names for line in data_lines(name)), *lines]
        phrases = {tuple(_key(w) for w in line.split()) for line in every}
        self.keys = frozenset(" ".join(p) for p in phrases)
        self.firsts = frozenset(p[0] for p in phrases)
        self.lasts = frozenset(p[-1] for p in phrases)
        self.forward = _word_trie(phrases)
        self.backward = _word_trie(p[::-1] for p in phrases)
        self.longest = max((len(p) for p in phrases), default=1)

    def __contains__(self, phrase: object) -> bool:
        return isinstance(phrase, str) and " ".join(map(_key, phrase.split())) in self.keys

    def prefix(self, words: Sequence[str]) -> int:
        """How many of the first ``words`` make the longest phrase of the set (0: none)."""
        if not words or _key(words[0]) not in self.firsts:
            return 0
        return _longest_walk(self.forward, map(_key, words[: self.longest]))

    def prefix_of_keys(self, keys: Sequence[str]) -> int:
        """``prefix`` for words already folded by ``_key``."""
        if not keys or keys[0] not in self.firsts:
            return 0
        return _longest_walk(self.forward, keys[: self.longest])

    def suffix(self, words: Sequence[str]) -> int:
        """How many of the last ``words`` make the longest phrase of the set (0: none)."""
        if not words or _key(words[-1]) not in self.lasts:
            return 0
        return _longest_walk(self.backward, map(_key, reversed(words[-self.longest :])))

    def suffix_of_keys(self, keys: Sequence[str]) -> int:
        """``suffix`` for words already folded by ``_key``."""
        if not keys or keys[-1] not in self.lasts:
            return 0
        return _longest_walk(self.backward, reversed(keys[-self.longest :]))


_SURNAMES = frozenset(data_lines("surnames.txt"))
# Family names that open a name only after a title ("ông Ka Sa Ha Năm"), family names
# that open one only before a given word ("Văn Thị Bạch Tuyết"), and the prefixes of
# Central Highlands given names ("Y Phiên Niê"): people_conditional_surnames.txt.
_TITLED_SURNAMES = frozenset(data_section("people_conditional_surnames.txt", "after a title"))
_SURNAMES_BEFORE = dict(
    line.split(" ", 1)
    for line in data_section("people_conditional_surnames.txt", "before a given word")
)
_PERSONAL_PREFIXES = tuple(data_section("people_conditional_surnames.txt", "personal prefixes"))
_SURNAME_PREFIXES = tuple(
    s for s in _SURNAMES | _TITLED_SURNAMES if s.endswith(("'", "’"))
)  # "H'Hen", "K'Lim"
_BEFORE_NAME = PhraseSet("person_titles.txt", "people_honorifics.txt")
_HONORIFICS = PhraseSet("people_honorifics.txt")
_OFFICE_HEADS = PhraseSet("person_titles.txt", "people_office_heads.txt")
# The heads written capitalised in people_office_heads.txt ("Phó", "Trưởng", "Tổng"):
# prefixes of an office that, written in lower case before a word that opens no office,
# are ordinary words ("tổng cộng"); not "nguyên", "cựu", written in lower case there.
_PREFIX_HEADS = frozenset(
    _key(w) for w in data_lines("people_office_heads.txt") if " " not in w and w[0].isupper()
)
# Words before an office that make it a former one ("nguyên", "cựu"): kept in the title.
_FORMER = frozenset(map(_key, data_section("people_office_heads.txt", "former")))
_STOPS = PhraseSet("people_office_stops.txt")
_LINKS = PhraseSet("people_office_links.txt")
_VERB_LINKS = frozenset(map(_key, data_section("people_office_links.txt", "verbs")))
_ACTS = PhraseSet(lines=data_section("people_office_heads.txt", "acts"))
_PLACE_CUES = PhraseSet("people_place_cues.txt")
# Roles that end with a place cue but name a person after them ("Già làng Siu Glai").
_PLACE_ROLES = PhraseSet(
    lines=data_section("person_titles.txt", "roles that end with a place word")
)
_FUNCTION_WORDS = PhraseSet("people_function_words.txt")
_NOT_IN_NAMES = PhraseSet("people_not_name_words.txt").keys
_GIVEN_TOO = frozenset(map(_key, data_section("people_not_name_words.txt", "also given names")))
# Khmer given names never found in Kinh names ("Ty"), allowed last after a Khmer family
# name ("Chau Ty"): people_not_name_words.txt and people_conditional_surnames.txt.
_KHMER_GIVEN_TOO = frozenset(
    map(_key, data_section("people_not_name_words.txt", "Khmer given too"))
)
_KHMER_SURNAMES = frozenset(data_section("people_conditional_surnames.txt", "Khmer family names"))
_PLACES = PhraseSet("provinces.txt", "places_special_zones.txt")
_COUNTRIES = frozenset(data_section("countries.txt", "countries"))
_LONGEST_COUNTRY = max(c.count(" ") + 1 for c in _COUNTRIES)  # words
# Prepositions that make an office before a comma someone else's when the name after
# the comma is a subject ("Báo cáo với Tổng Bí thư, Bí thư Tỉnh ủy … cho biết"), and
# verbs that make a name a subject although they may also be part of an office.
_ADDRESSEE_CUES = frozenset(
    map(_key, data_section("people_clause_cues.txt", "addressee prepositions"))
)
_SUBJECT_VERBS = frozenset(
    " ".join(map(_key, verb.split()))
    for verb in data_section("people_clause_cues.txt", "subject verbs")
)
# The place cues that may also end the body of an office right before its holder's
# name ("Chủ tịch UBND huyện | Nguyễn Văn Hùng cho biết", "Phó Bí thư Tỉnh ủy | …"):
# the administrative units and party committees of people_place_cues.txt.
_LOCAL_UNITS = frozenset(
    " ".join(map(_key, cue.split()))
    for section in ("administrative units", "party committees")
    for cue in data_section("people_place_cues.txt", section)
)
# The units below the commune ("thôn", "bản", "tổ dân phố"): a title that ends with
# one ("Trưởng thôn") may be followed by the village's name, not its holder's; and
# the administrative units, which after such a name show it a village's ("…, xã Lũng
# Cú"): people_place_cues.txt.
_VILLAGES = frozenset(
    " ".join(map(_key, cue.split())) for cue in data_section("people_place_cues.txt", "villages")
)
_ADMINISTRATIVE_UNITS = frozenset(
    " ".join(map(_key, cue.split()))
    for cue in data_section("people_place_cues.txt", "administrative units")
)
# Common middle names: after a local unit, a run that opens with a family name is its
# holder's name only if its second syllable is one of these ("UBND xã | Nguyễn Văn
# Minh"; but "huyện Hoàng Su Phì" is a place). The list is shared with agencies.py;
# the Hmong ones ("Vàng A Dình") are in people_middle_names.txt.
_MIDDLE_NAMES = frozenset(
    (*data_lines("agency_middle_names.txt"), *data_lines("people_middle_names.txt"))
)
_MAX_AGENCY_NAME = 4  # syllables of a name read after an office's body
# The fields that name a department ("Sở Tài nguyên và Môi trường", "Sở Lao động -
# Thương binh và Xã hội"), shared with agencies.py: folded, dashes made one, and
# indexed by their last word. Such a name may end with a place word ("… Môi trường",
# "… nông thôn") or hold a comma or a dash, yet its holder's name may follow it.
_DASHES = str.maketrans("–—", "--")
_FIELDS: dict[str, list[str]] = {}
for _field in data_section("agency_departments.txt", "fields"):
    _folded = fold(_field.translate(_DASHES))
    _FIELDS.setdefault(_folded.rsplit(" ", 1)[-1], []).append(_folded)
_FIELD_WORD_LIMIT = 40  # characters read back for the last word of a field
# The head words of those departments ("Sở", "Phòng") and their fields, longest first:
# an appositive that opens with one after an office names that office's department.
_DEPARTMENT_HEADS = frozenset(data_section("agency_departments.txt", "heads"))
_DEPARTMENT_FIELDS = tuple(
    sorted({f for fields in _FIELDS.values() for f in fields}, key=len, reverse=True)
)
_LONGEST_FIELD = len(_DEPARTMENT_FIELDS[0])
# The same fields and the names of committees and police units that hold a dash, a
# comma, a lower-case "và" or a stop word (people_body_names.txt: "Ban Kinh tế - Ngân
# sách"), for an office read after a name. Inside one, a lower-case "và" or a
# stop word does not end the office ("Cục Quản lý nhà và thị trường bất động sản",
# "Cục Cảnh sát quản lý hành chính về trật tự xã hội"): the names indexed by the key
# of such a word, with its place in the name. Nor does a comma or a dash end the
# appositive ("Bộ Văn hóa, Thể thao và Du lịch"): the names split at each such break,
# as (the part before it, the rest), indexed by the last word before it.
_INNER_BREAKS: dict[str, list[tuple[tuple[str, ...], int]]] = {}
_BREAK_NAMES: dict[str, list[tuple[str, str]]] = {}
_NAME_BREAK = re.compile(r",| -")  # where a comma or a dash splits a body's name
for _field in (
    *data_section("agency_departments.txt", "fields"),
    *data_lines("people_body_names.txt"),
):
    _folded = fold(_field.translate(_DASHES))
    _name_keys = tuple(_key(w) for w in _folded.split())
    for _at, _word in enumerate(_name_keys):
        if _at and (_word == "và" or _word in _STOPS.firsts):
            _INNER_BREAKS.setdefault(_word, []).append((_name_keys, _at))
    for _m in _NAME_BREAK.finditer(_folded):
        _before = _folded[: _m.start()]
        _BREAK_NAMES.setdefault(_before.rsplit(" ", 1)[-1], []).append(
            (_before, _folded[_m.start() :])
        )
_MAX_NAME_BREAKS = 4  # breaks inside one body's name that an appositive runs over
# (a cheap test first: the last two letters of a word before such a break, a word of
# two letters also capitalised)
_BREAK_WORD_ENDS = frozenset(
    end for word in _BREAK_NAMES for end in (word[-2:], word[-2:].capitalize())
)
# A rank, a comma, then an academic title, before one name ("Thiếu tướng, PGS.TS Nguyễn
# Văn A"): the two sections of person_titles.txt that chain so.
_RANKS = frozenset(map(_key, data_section("person_titles.txt", "military and police ranks")))
_ACADEMIC = frozenset(
    map(_key, data_section("person_titles.txt", "academic, professional and honorary titles"))
)
_NOT_OFFICES = _RANKS | _ACADEMIC  # titles that never open a chain of offices
_MAX_OFFICE_WORDS = 16  # an office phrase longer than this is cut
# "và" ends an office phrase unless a capitalised word follows ("Ủy ban Quốc phòng
# và An ninh"): grammatical glue, named here rather than listed as data.
_AND = "và"
_AND_NEXT = f" {_AND} "  # (before the next person's name inside an office read too far)
# "về" ends an office phrase unless it opens the topic of a board named by one
# (agency_topic_heads.txt, maybe with its level, agency_topic_levels.txt: "Trưởng Ban
# Chỉ đạo quốc gia về phòng, chống thiên tai"): grammatical glue, named here.
_ABOUT = "về"
_TOPIC_HEADS = PhraseSet("agency_topic_heads.txt")
_TOPIC_LEVELS = PhraseSet("agency_topic_levels.txt")
# The plural marker that makes an honorific introduce a list ("các đồng chí").
_PLURALS = frozenset({"các", "những"})

# ---------------------------------------------------------------- patterns

# A family name (a prefix such as "H'" runs on into the rest of its syllable), then
# 1–6 more capitalised syllables: one more than a name may have, so that a longer
# run is seen and rejected.
NAME_RUN = re.compile(
    _trie_alternation(
        _SURNAMES | _TITLED_SURNAMES | _SURNAMES_BEFORE.keys(),
        then={
            **dict.fromkeys(_SURNAME_PREFIXES, rf"[{_UPPER}][{_LOWER}]*"),
            **{name: f"(?= {re.escape(word)} )" for name, word in _SURNAMES_BEFORE.items()},
            # a one-letter family name or prefix ("Y", "H") only at a word's start, so a
            # capital ending an abbreviation ("ĐBQH Hà Sỹ Đồng") never opens a run that
            # hides the name after it
            **{
                name: rf"(?<![\w'’]{name})"
                for name in _SURNAMES | _TITLED_SURNAMES
                if len(name) == 1
            },
        },
    )
    + rf"(?: {_RUN_SYLLABLE}){{1,{_RUN_LIMIT - 1}}}"
)
# One scan finds the family-name runs and the foreign titles (``foreign_names.py``):
# skipping to a letter that may open one is the costly part of such a scan, so it is
# paid once. Each match is one capital where a run or a title that opens with a
# capital starts, or that a lower-case term of address and a space stand before ("ông
# Marc …": only there may a name follow one); so none hides another. The look-behind
# over that capital tries the patterns from it, as ``NAME_RUN.match`` and the title
# pattern would ("title" is set only where a run starts too). Read by
# ``_runs_and_titles``.
_ADDRESS_BEFORE = tuple(f"{address} " for address in ADDRESS_BEFORE_CAPITAL)
_RUN_OR_TITLE = re.compile(
    "["
    + "".join(map(re.escape, sorted(
        set(_UPPER)
        | {w[0] for w in _SURNAMES | _TITLED_SURNAMES | _SURNAMES_BEFORE.keys()}
        | CAPITAL_TITLE_FIRSTS
    )))
    + "]"
    + rf"(?<=(?:(?=(?P<run>{NAME_RUN.pattern}))(?=(?P<title>{CAPITAL_TITLE}))?"
    + rf"|(?=(?P<lone_title>{CAPITAL_TITLE}))"
    + "".join(f"|(?<={re.escape(before)})" for before in _ADDRESS_BEFORE)
    + ").)"
)
# A lone syllable with a personal prefix ("K'Broi", "H'Hen"): a whole name only after
# a title (see ``_lone_prefixed``).
# (matched at each apostrophe, which ``str.find`` finds far faster than a scan; the
# prefix before it is then checked in Python)
# (a space may follow the apostrophe: "bà K' Hương" is written as "K'Hương" is)
_LONE_PREFIXED = re.compile(rf"['’] ?[{_UPPER}][{_LOWER}]+(?![\w'’-])")
_APOSTROPHES = "'’"
# The end of the last clause break in a window before a name: punctuation, a dash
# between spaces, or a full stop not after a capital ("TS. Lê", "TP. Huế" stay whole).
# (In these break patterns every alternative opens with a plain character, so the
# engine tells at a glance where one may start.)
_BREAK = rf"[,;:!?()\[\]\"“”…\n–—]| - |\.(?<![{_UPPER}]\.)(?=\s|$)"
_LAST_BREAK = re.compile(rf"(?s).*(?:{_BREAK})")
# Where an office read word by word ahead of a name ends: an office never runs over a
# clause break, a sentence end or a line end ("làm Phó Trưởng ban thường trực.\nKế …").
_AHEAD_END = re.compile(_BREAK)
# Where an appositive office ends, looking forward.
# A dash between two numbers is a range inside the office ("nhiệm kỳ 2021 - 2026"),
# kept whole as "khóa XIII" is.
_SEGMENT_END = re.compile(
    r"[,;:!?()\[\]\"“”…\n—]| (?:(?<!\d )- |- (?!\d))|–(?:(?<!\d–)(?<!\d –)|(?! ?\d))"
    r"|\.\.*(?=\s|$)"
)
# What opens an appositive office after a name: a comma, a bracket or a dash.
# (or a hyphen glued to the name and to an office: "ông Siu Hương-Phó Trưởng Ban")
_APPOSITIVE_OPENING = re.compile(rf", | ?\(| [-–] |-(?=[{_UPPER}])")
# A note in brackets after a name that only a person has: a year of birth, a
# residence, a nationality (people_clause_cues.txt: "(SN 1968, …)", "(quốc tịch …)").
_COPULAS = frozenset(map(_key, data_section("people_clause_cues.txt", "copulas")))
_ADVERBIAL_OPENERS = PhraseSet(lines=data_section("people_clause_cues.txt", "adverbial openers"))
_CLAUSE_GLUE = PhraseSet(lines=data_section("people_clause_cues.txt", "clause glue"))
_AGENT_CUES = frozenset(map(_key, data_section("people_clause_cues.txt", "agent prepositions")))
_COMMA_NOTES = PhraseSet(lines=data_section("people_clause_cues.txt", "appositive notes"))
_COMMA_NOTE_OPENERS = tuple(  # (a cheap test first: the notes' first words, as written)
    f"{note.split()[0]} " for note in data_section("people_clause_cues.txt", "appositive notes")
)
# (or an age: a number of years and a word of ``age notes``, "(48 tuổi)")
_MAX_AGE_DIGITS = 3
_NOTE = re.compile(
    "(?:"
    + "|".join(
        sorted(map(re.escape, data_section("people_clause_cues.txt", "bracketed notes")),
               key=len, reverse=True)
    )
    + rf"|\d{{1,{_MAX_AGE_DIGITS}}} (?:"
    + "|".join(map(re.escape, data_section("people_clause_cues.txt", "age notes")))
    + r"))(?![\w'’])",
    re.IGNORECASE,
)
# The words that open a deputy's delegation in brackets ("(Đoàn Quảng Nam)"), and the
# words that may stand before its province ("(Đoàn TP Hồ Chí Minh)").
_DELEGATIONS = PhraseSet(lines=data_section("people_clause_cues.txt", "delegation notes"))
_MAX_NOTE = 60  # characters of a delegation note read
_DELEGATION_OPENERS = frozenset(
    note.split()[0] for note in data_section("people_clause_cues.txt", "delegation notes")
)
# What may stand between a village's name and the unit it belongs to ("…, xã", "… (xã").
_UNIT_OPENING = re.compile(r",? \(?")
_CAPITALISED = re.compile(_SYLLABLE)
_HYPHENATED_NEXT = re.compile(rf" [{_UPPER}][{_LOWER}]*-\w")
_NEXT_WORD = re.compile(r" (\w+)")
_WORD = re.compile(r"\w+")
_ABBREVIATION = re.compile(rf"[{_UPPER}][{_UPPER}\d.]+")
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\"“(…])\s*$", re.MULTILINE)
_LIST_OPENINGS = ("; ", ": ")  # a list goes on after a semicolon or a colon
# What joins the items of a list of names under one plural office ("các Phó Thủ
# tướng: A, B và C"): grammatical glue.
_LIST_GLUE = (", ", " và ")
_SPACE = re.compile(r"\s")
_LOOKBACK = 100  # characters of context read before a name
_BEFORE_WORDS = 14  # words of that context kept
_OFFICE_LOOKBACK = 14  # words of an office phrase read before a name
_MAX_OFFICES = 8  # appositive offices read after one name
_FEW_TAILS = 16  # up to this many given names are searched with str.find
_SEGMENT_LIMIT = 300  # characters of an appositive office read after a name
# The words of an appositive whose keys an office phrase may read (its head, its
# length limit and a stop phrase after it).
_OFFICE_KEYS = max(_OFFICE_HEADS.longest, _MAX_OFFICE_WORDS + _STOPS.longest)


# ---------------------------------------------------------------- context


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    name: str
    titles: list[str] = field(default_factory=list)
    # a name with no title and too short to stand alone: kept only if the same name
    # is found with evidence elsewhere in the text
    pending: bool = False
    # where each office after the name starts (the last len(offices_at) titles)
    offices_at: list[int] = field(default_factory=list)
    # where the title before a foreign name starts (-1: not read)
    title_at: int = -1


def _clause_start(text: str, pos: int) -> int:
    """Where the clause that ends at ``pos`` starts, as far back as a window reaches (a
    word the window cuts in two left out).

    >>> _clause_start("Tại hội nghị, Bộ trưởng Tô Lâm", 24)
    13
    """
    lo = max(0, pos - _LOOKBACK)
    last = _LAST_BREAK.match(text, lo, pos)
    if last:
        return last.end()
    if lo > 0 and not text[lo - 1].isspace() and not text[lo].isspace():
        space = _SPACE.search(text, lo, pos)  # the window cut a word in two
        return space.start() if space else pos
    return lo


def _clause_before(text: str, pos: int) -> list[str]:
    """The words of the clause that ends at ``pos`` (at most a window's worth).

    >>> _clause_before("Tại hội nghị, Bộ trưởng Tô Lâm", 24)
    ['Bộ', 'trưởng']
    """
    return list(_clause_facts(text[_clause_start(text, pos) : pos])[0])


_ClauseFacts = tuple[tuple[str, ...], tuple[str, ...], str | None, str | None]


@functools.lru_cache(maxsize=1 << 14)
def _clause_facts(clause: str) -> _ClauseFacts:
    """The last words of a clause before a name, their keys, the title they end with
    and an office that opens earlier in the clause. Cached: the same clauses recur
    ("đồng chí", "Dự hội nghị có Bộ trưởng").

    >>> _clause_facts("Dự hội nghị có Bộ trưởng Bộ Công an Thượng tướng")[2:]
    ('Thượng tướng', 'Bộ trưởng Bộ Công an')
    """
    before = tuple(clause.split()[-_BEFORE_WORDS:])
    keys = tuple(map(_key, before))
    title = _title_before(before, keys)
    cut = len(before) - (title.count(" ") + 1 if title else 0)
    office = _office_before(before[:cut], keys[:cut])
    if office is not None:
        office = _with_former(before, keys, cut - office.count(" ") - 2, office)
    elif title is not None and _key(title) not in _NOT_OFFICES and not _HONORIFICS.suffix_of_keys(
        keys
    ):
        i = cut - 1
        if i >= 0 and keys[i] in _PREFIX_HEADS and before[i][:1].isupper():
            # a deputy of a listed title: "Phó Bí thư Đảng ủy" ("Bí thư Đảng ủy")
            title = f"{before[i]} {title}"
            i -= 1
        title = _with_former(before, keys, i, title)
    return before, keys, title, office


def _with_former(before: Sequence[str], keys: Sequence[str], i: int, phrase: str) -> str:
    """An office ``phrase`` with the word at ``i`` before it when that word makes it a
    former office (``people_office_heads.txt``: "nguyên", "cựu"), written in lower
    case or opening its clause (not the end of a name: "Lê Văn Nguyên").

    >>> w = "có nguyên Chủ tịch nước".split()
    >>> _with_former(w, [_key(x) for x in w], 1, "Chủ tịch nước")
    'nguyên Chủ tịch nước'
    """
    if i < 0 or keys[i] not in _FORMER:
        return phrase
    if not before[i].islower() and i and _is_capitalised(before[i - 1]):
        return phrase
    return f"{before[i]} {phrase}"


def _is_capitalised(word: str) -> bool:
    """A capital and then only lower-case letters ("Hà", "A"; not "UBND", "tỉnh")."""
    return word[:1].isupper() and (len(word) == 1 or word[1:].islower())


def _capitalised_tail(words: Sequence[str]) -> Sequence[str]:
    """The capitalised words at the end of ``words`` (at most four)."""
    n = 0
    while n < min(4, len(words)) and _is_capitalised(words[-1 - n]):
        n += 1
    return words[len(words) - n :]


def _capitalised_word_follows(text: str, pos: int) -> bool:
    """Whether a space and a capitalised syllable follow ``pos`` (a capital letter
    is looked for before the pattern is tried).

    >>> _capitalised_word_follows("Sơn La", 3), _capitalised_word_follows("Sơn UBND", 3)
    (True, False)
    """
    return (
        text.startswith(" ", pos)
        and text[pos + 1 : pos + 2].isupper()
        and _CAPITALISED.match(text, pos + 1) is not None
    )


def _inside_quotes(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a quotation opened earlier on its line.

    >>> _inside_quotes('phong trào “Học tập Lê Văn Tám”', 22)
    True
    """
    lo = max(0, pos - _LOOKBACK)
    newline = text.rfind("\n", lo, pos)
    before = text[newline + 1 if newline >= 0 else lo : pos]
    return before.rfind("“") > before.rfind("”") or before.count('"') % 2 == 1


def _at_sentence_start(text: str, pos: int) -> bool:
    """Whether only a sentence break (or the start of a line) precedes ``pos``."""
    return _SENTENCE_END.search(text, max(0, pos - 20), pos) is not None


# ---------------------------------------------------------------- offices


def _office_end(words: Sequence[str], keys: Sequence[str] | None = None) -> int:
    """How many of ``words`` belong to the office phrase they open: up to a reporting
    verb or clause glue, or a length limit.

    >>> _office_end("Phó Giám đốc Công an tỉnh cho biết".split())
    6
    >>> _office_end("Phó Chủ nhiệm Ủy ban Quốc phòng và An ninh".split())
    10
    >>> _office_end("người có uy tín ở thôn Khuổi Củng".split())
    4
    >>> _office_end("Chủ nhiệm Ủy ban Dân tộc và Thiếu tướng Lê Văn".split())
    6
    >>> _office_end("Bộ trưởng Bộ Thông tin và Truyền thông thông tin".split())
    8
    """
    limit = min(len(words), _MAX_OFFICE_WORDS)
    if keys is None:
        keys = [_key(w) for w in words[: limit + _STOPS.longest]]
    stop_starts = _STOPS.firsts
    inside = 0  # the words up to here are a body's name that holds a "và" or a stop
    for i in range(max(1, _OFFICE_HEADS.prefix_of_keys(keys)), limit):
        if i < inside:
            continue
        key = keys[i]
        if key == _AND:
            # "Ủy ban Quốc phòng và An ninh" goes on; "… và Thiếu tướng X" is the next
            # person
            if (i + 1 < len(words) and _is_capitalised(words[i + 1])
                    and not _BEFORE_NAME.prefix_of_keys(keys[i + 1 :])):
                continue
            inside = _body_name_end(keys, i)
            if inside < 0:
                return i
        # a stop is written in lower case: "thông tin" (informed) ends an office,
        # "Bộ Thông tin và Truyền thông" does not
        elif key in stop_starts and not words[i][:1].isupper() and _STOPS.prefix_of_keys(
            keys[i:]
        ):
            if key == _ABOUT and _opens_topic(keys, i):
                continue
            inside = _body_name_end(keys, i)
            if inside < 0:
                return i
            if _field_ends(keys, i) and not _country_at(words, inside):
                # "Bộ Khoa học và Công nghệ | thông tin về …"; but "Bộ Khoa học và Công
                # nghệ thông tin Hàn Quốc" is a longer name
                return i
    return limit


def _field_ends(keys: Sequence[str], i: int) -> bool:
    """Whether the keys before ``i`` end a department's field (``agency_departments.txt``),
    so that a stop at ``i`` may end the office although a longer body's name holds it.

    >>> k = [_key(w) for w in "Bộ trưởng Bộ Khoa học và Công nghệ thông tin".split()]
    >>> _field_ends(k, 8), _field_ends(k, 7)
    (True, False)
    """
    for field_ in _FIELDS.get(keys[i - 1], ()):
        n = field_.count(" ") + 1
        if i > n and " ".join(keys[i - n : i]) == field_:
            return True
    return False


def _country_at(words: Sequence[str], i: int) -> bool:
    """Whether a country's name (``countries.txt``) stands at ``i`` in ``words``.

    >>> _country_at("thông tin Hàn Quốc".split(), 2), _country_at("thông tin về".split(), 2)
    (True, False)
    """
    return any(
        " ".join(words[i : i + n]) in _COUNTRIES for n in range(1, _LONGEST_COUNTRY + 1)
    )


def _opens_topic(keys: Sequence[str], i: int) -> bool:
    """Whether the "về" at ``i`` opens the topic of a board that the keys before it
    name (``agency_topic_heads.txt``), maybe with its level in between.

    >>> k = [_key(w) for w in "Trưởng Ban Chỉ đạo quốc gia về phòng".split()]
    >>> _opens_topic(k, 6), _opens_topic(k[:4] + k[6:], 4), _opens_topic(["giám", "đốc", "về"], 2)
    (True, True, False)
    """
    head = keys[:i]
    level = _TOPIC_LEVELS.suffix_of_keys(head)
    if level:
        head = head[:-level]
    return _TOPIC_HEADS.suffix_of_keys(head) > 0


def _body_name_end(keys: Sequence[str], i: int) -> int:
    """Where the body's name (``people_body_names.txt``, the fields of departments)
    that holds the "và" or stop word at ``i`` ends, or ``-i`` when no such name
    stands there (then the office ends at ``i``).

    >>> k = [_key(w) for w in "Cục trưởng Cục Quản lý nhà và thị trường bất động sản".split()]
    >>> _body_name_end(k, 6), _body_name_end(k[:8], 6)
    (12, -6)
    """
    for name, at in _INNER_BREAKS.get(keys[i], ()):
        first = i - at
        if first >= 1 and tuple(keys[first : first + len(name)]) == name:
            return first + len(name)
    return -i


def _name_over_break(text: str, seg_start: int, at: int) -> int:
    """Where a body's name ends that a comma or a dash at ``at`` splits, when the name
    opens inside the appositive that starts at ``seg_start``; -1 when none does.

    >>> t = "ông A, Trưởng ban Kinh tế - Ngân sách HĐND tỉnh"
    >>> _name_over_break(t, 7, t.index(" - ")), _name_over_break(t, 7, 5)
    (37, -1)
    """
    if text[at : at + 1] in "–—" and text[at - 1 : at] == " ":
        at -= 1  # (a dash stop may start after its space)
    space = text.rfind(" ", max(seg_start, at - _FIELD_WORD_LIMIT), at)
    for before, rest in _BREAK_NAMES.get(_key(text[space + 1 : at]), ()):
        first = at - len(before)
        if first < seg_start or (first > seg_start and text[first - 1] != " "):
            continue
        end = at + len(rest)
        if fold(text[first:end].translate(_DASHES)) == before + rest and not text[
            end : end + 1
        ].isalnum():
            return end
    return -1


def _linked_office(words: Sequence[str]) -> str | None:
    """The office after a link phrase.

    >>> _linked_office("giữ chức vụ Trưởng Ban chỉ đạo".split())
    'Trưởng Ban chỉ đạo'
    >>> _linked_office("làm chủ tọa phiên tòa".split()) is None
    True
    """
    k = _LINKS.prefix(words)
    rest = words[k:]
    if not k or not _OFFICE_HEADS.prefix(rest):
        return None
    if (
        k == 1
        and _key(words[0]) in _VERB_LINKS
        and rest[0].islower()
        and _ACTS.prefix(rest)
    ):
        return None  # "làm chủ tọa phiên tòa": an act, no office
    return " ".join(rest[: _office_end(rest)])


def _appositives(
    text: str, pos: int, starts: list[int] | None = None
) -> tuple[list[str], int]:
    """The offices after a name that ends at ``pos``: comma-separated (or bracketed)
    phrases that open with an office word, and one introduced by a link phrase
    ("giữ chức vụ …"). Also returns where the last office ends; ``starts``, when
    given, receives where each office starts.

    >>> _appositives("Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an chủ trì", 6)
    (['Ủy viên Bộ Chính trị', 'Bộ trưởng Bộ Công an'], 50)
    """
    titles: list[str] = []
    if starts is None:
        starts = []
    n = len(text)
    scan = pos  # where the next appositive may open (past a note in brackets)
    bracket = False  # whether ``scan`` is inside a bracket
    while len(titles) < _MAX_OFFICES:
        opening = _APPOSITIVE_OPENING.match(text, scan)
        if opening is None:
            break
        bracket = bracket or opening.group().endswith("(")
        seg_start = opening.end()
        limit = min(n, seg_start + _SEGMENT_LIMIT)
        stop = _SEGMENT_END.search(text, seg_start, limit)
        seg_end = stop.start() if stop else limit
        if bracket and stop and text[seg_end] in ",)" and _NOTE.match(text, seg_start):
            # a note in brackets ("(SN 1968, nguyên Phó Giám đốc …)", "(quốc tịch Hàn
            # Quốc), Tổng Giám đốc …"): the offices after it are still the name's
            bracket = text[seg_end] == ","
            scan = seg_end + (not bracket)
            continue
        if (
            bracket
            and stop
            and text[seg_end] == ")"
            and _delegation_end(text, seg_start) == seg_end
        ):
            bracket = False  # "Đại biểu Lê Văn A (Đoàn Quảng Nam), Phó Chủ nhiệm …"
            scan = seg_end + 1
            continue
        if not titles and text[seg_end : seg_end + 1] == "," and _is_comma_note(
            text[seg_start:seg_end]
        ):
            scan = seg_end  # "Y Thu, dân tộc Giẻ Triêng, Trưởng thôn …"
            continue
        head = text[seg_start:seg_end].split(None, 1)
        # each kind of appositive gives: the office to add (None when the segment
        # extends the office before), where it starts and ends, and a linked office
        # when the office ends inside the segment
        office: str | None
        linked: str | None
        body = None
        if titles and head and head[0] in _DEPARTMENT_HEADS and len(head) == 2:
            body = _department_name(head[0], head[1])
        if body is not None:
            # the department of the office before: "Trưởng phòng Quản lý ngân sách,
            # Sở Tài chính"
            titles[-1] += ", " + body
            office, at, end = None, seg_start, seg_start + len(body)
            rest = text[end:seg_end].split()
            linked = _linked_office(rest) if rest else None
            whole = not rest
        elif head and _key(head[0]) in _LINKS.firsts:
            # a further office after a comma: "…, nguyên Phó Giám đốc Sở, kiêm Giám đốc …",
            # or the first one in a list of appointments: "Ông A, giữ chức Phó Giám đốc …"
            seg_end = _over_name_breaks(text, seg_start, seg_end, stop, limit)
            office = _linked_office(text[seg_start:seg_end].split())
            if office is None:
                break
            at = text.find(office, seg_start, seg_end)
            end = at + len(office)
            linked = None
            whole = not text[end:seg_end].strip()
        else:
            if not head or _key(head[0]) not in _OFFICE_HEADS.firsts:
                break
            seg_end = _over_name_breaks(text, seg_start, seg_end, stop, limit)
            found = _segment_office(text[seg_start:seg_end])
            if found is None:
                break
            office, linked, whole = found
            at, end = seg_start, seg_start + len(office)
            if whole and stop is not None and text[seg_end] == ",":
                board = _board_over_comma(text, seg_start, seg_end)
                if board is not None:  # "Trưởng Ban Chỉ đạo … về khoa học, công nghệ, …"
                    office, linked, whole, end, seg_end = board
        if office is not None:
            titles.append(office)
            starts.append(at)
        if not whole:
            if linked:
                titles.append(linked)
                starts.append(end)
            return titles, end
        pos = scan = seg_end
        bracket = bracket and text[seg_end] == ","
    if not titles:
        word = _NEXT_WORD.match(text, pos)
        if word and _key(word.group(1)) in _LINKS.firsts:
            linked = _linked_office(_words_ahead(text, pos))
            if linked:
                titles.append(linked)
                starts.append(pos)
    return titles, pos


def _board_over_comma(
    text: str, seg_start: int, seg_end: int
) -> tuple[str, str | None, bool, int, int] | None:
    """When the office that runs from ``seg_start`` to the comma at ``seg_end`` names a
    board (``agency_topic_heads.txt``) whose whole name, as the agencies finder reads it,
    runs on over that comma: the office up to the board's end, the office a link phrase
    adds after it, whether it runs to its segment's end, where it ends and where its
    segment ends. None otherwise.

    >>> t = "A, Trưởng Ban Chỉ đạo về khoa học, công nghệ và đổi mới sáng tạo chủ trì"
    >>> _board_over_comma(t, 3, t.index(", c"))[0]
    'Trưởng Ban Chỉ đạo về khoa học, công nghệ và đổi mới sáng tạo'
    >>> t = "A, Trưởng Ban Chỉ đạo về khoa học, Giám đốc Sở Y tế"
    >>> _board_over_comma(t, 3, t.index(", G")) is None
    True
    """
    keys = [_key(w) for w in text[seg_start:seg_end].split()[:_OFFICE_KEYS]]
    if not any(
        k in _TOPIC_HEADS.firsts and _TOPIC_HEADS.prefix_of_keys(keys[i:])
        for i, k in enumerate(keys)
    ):
        return None
    window = text[seg_start : seg_start + _SEGMENT_LIMIT]
    span = seg_end - seg_start
    for agency in find_agencies(window):
        if agency.start >= span:
            break
        if agency.end <= span + 1:
            continue
        end = seg_start + agency.end
        stop = _SEGMENT_END.search(text, end, seg_start + _SEGMENT_LIMIT)
        next_end = stop.start() if stop else min(len(text), seg_start + _SEGMENT_LIMIT)
        rest = text[end:next_end].split()
        linked = _linked_office(rest) if rest else None
        return text[seg_start:end], linked, not rest, end, next_end
    return None


def _over_name_breaks(
    text: str, seg_start: int, seg_end: int, stop: re.Match[str] | None, limit: int
) -> int:
    """Where an appositive segment ends once a comma or a dash inside a body's name
    is passed over: "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch".

    >>> t = "X, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch, phát biểu"
    >>> stop = _SEGMENT_END.search(t, 3)
    >>> t[3 : _over_name_breaks(t, 3, stop.start(), stop, len(t))]
    'Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch'
    """
    for _ in range(_MAX_NAME_BREAKS):
        if stop is None or (
            text[seg_end - 2 : seg_end] not in _BREAK_WORD_ENDS
            and not text.startswith(" –", seg_end - 1)  # (a dash stop after its space)
        ):
            break
        over = _name_over_break(text, seg_start, seg_end)
        if over < 0:
            break
        stop = _SEGMENT_END.search(text, over, limit)
        seg_end = stop.start() if stop else limit
    return seg_end


def _is_comma_note(segment: str) -> bool:
    """Whether a segment between commas after a name is a note that only a person
    has (``people_clause_cues.txt``): its opening words, then capitalised words only.

    >>> _is_comma_note("dân tộc Giẻ Triêng"), _is_comma_note("dân tộc thiểu số")
    (True, False)
    """
    if not segment.startswith(_COMMA_NOTE_OPENERS):
        return False
    words = segment.split()
    n = _COMMA_NOTES.prefix(words)
    return 0 < n < len(words) <= n + _MAX_NAME and all(map(_is_capitalised, words[n:]))


def _department_name(head: str, rest: str) -> str | None:
    """The name of a department (a head word and a field of ``agency_departments.txt``)
    that opens an appositive, as written, when only a lower-case word may follow it.

    >>> _department_name("Sở", "Tài chính giữ chức Phó Giám đốc")
    'Sở Tài chính'
    >>> _department_name("Sở", "Tài chính tỉnh"), _department_name("Sở", "Tài chính Hà Nội")
    ('Sở Tài chính', None)
    """
    folded = fold(rest[: _LONGEST_FIELD + 2].translate(_DASHES))
    for field_ in _DEPARTMENT_FIELDS:
        if folded.startswith(field_) and (
            len(folded) == len(field_)
            or (folded[len(field_)] == " " and rest[len(field_) + 1 : len(field_) + 2].islower())
        ):
            return f"{head} {rest[: len(field_)]}"
    return None


@functools.lru_cache(maxsize=1 << 14)
def _segment_office(segment: str) -> tuple[str, str | None, bool] | None:
    """The office an appositive opens with, the office a link phrase adds after it,
    and whether the office runs to the segment's end; None when it opens with no
    office. Cached: the same offices recur.

    >>> _segment_office("Phó Giám đốc Công an tỉnh cho biết")
    ('Phó Giám đốc Công an tỉnh', None, False)
    >>> _segment_office("tổng cộng 6"), _segment_office("phó giám đốc sở")[0]
    (None, 'phó giám đốc sở')
    >>> _segment_office("nguyên nhân chính"), _segment_office("nguyên Phó Giám đốc")[0]
    (None, 'nguyên Phó Giám đốc')
    """
    words = segment.split()
    keys = [_key(w) for w in words[:_OFFICE_KEYS]]
    head = _OFFICE_HEADS.prefix_of_keys(keys)
    if not head:
        return None
    if (
        head == 1
        and keys[0] in _PREFIX_HEADS
        and words[0].islower()
        and len(words) > 1
        and words[1].islower()
        and keys[1] not in _OFFICE_HEADS.firsts
    ):
        return None  # "tổng cộng 6,5 tỷ đồng" is no "Tổng …" office
    if keys[0] in _FORMER and not _OFFICE_HEADS.prefix_of_keys(keys[1:]):
        return None  # "nguyên nhân chủ yếu là …": "nguyên" marks only a former office
    cut = _office_end(words, keys)
    office = " ".join(words[:cut])
    if cut < len(words):
        return office, _linked_office(words[cut:]), False
    return office, None, True


def _office_before(before: Sequence[str], keys: Sequence[str]) -> str | None:
    """An office phrase that opens earlier in the clause and runs up to the name
    (or its rank): "có Bộ trưởng Bộ Công an" → "Bộ trưởng Bộ Công an".

    >>> w = "Lê Văn Nguyên và Giám đốc Sở Y tế".split()
    >>> _office_before(w, [_key(x) for x in w])
    'Giám đốc Sở Y tế'
    """
    heads = _OFFICE_HEADS.firsts
    i = max(0, len(before) - _OFFICE_LOOKBACK)
    while i < len(before) - 1:
        if keys[i] in heads and before[i][:1].isupper() and _OFFICE_HEADS.prefix_of_keys(keys[i:]):
            rest = before[i:]
            cut = _office_end(rest, keys[i:])
            if cut == len(rest):
                return " ".join(rest)
            # an office (or a given name that reads as one: "Nguyên") that ends before
            # the name; another may open after it ("Võ Nguyên Phong và Giám đốc Sở …")
            i += cut
        i += 1
    return None


# ---------------------------------------------------------------- full names


def _title_before(before: Sequence[str], keys: Sequence[str]) -> str | None:
    """The title, rank or honorific that ends right before a name, as written."""
    k = _BEFORE_NAME.suffix_of_keys(keys)
    return " ".join(before[-k:]) if k else None


def _rank_before_comma(text: str, pos: int) -> str | None:
    """The rank that ends a clause just before ``pos`` where a comma stands, the first
    of a chain of titles ("Thiếu tướng, PGS.TS Nguyễn Văn A": the rank before the
    academic title).

    >>> t = "Thiếu tướng, PGS.TS Nguyễn Văn A"
    >>> _rank_before_comma(t, t.index(" PGS")), _rank_before_comma("Ông, TS Lê B", 4)
    ('Thiếu tướng', None)
    """
    comma = text.rfind(",", max(0, pos - 2), pos + 1)
    if comma < 0 or text[comma + 1 : pos + 1].strip():
        return None
    title = _clause_facts(text[_clause_start(text, comma) : comma])[2]
    return title if title is not None and _key(title) in _RANKS else None


def _place_before(
    before: Sequence[str], keys: Sequence[str], title: str | None, syllables: int
) -> bool:
    """Whether the words before a name make it a place, street or institution."""
    if not before:
        return False
    if _PLACE_CUES.suffix_of_keys(keys):
        if _PLACE_ROLES.suffix_of_keys(keys):
            return False  # "Già làng Siu Glai": a role, not a place
        # "Phó Chủ tịch UBND tỉnh Nguyễn Văn An": a multi-word title that ends in a
        # place word still introduces a person when the name is a full one.
        return not (title and " " in title and syllables >= 3)
    last = before[-1]
    if last[0].isdigit():
        return True  # an address: "số 12 Trần Hưng Đạo"
    return (
        last[-1].isupper()
        and _ABBREVIATION.fullmatch(last) is not None
        and keys[-1] not in _BEFORE_NAME.keys
    )


def _words_ahead(text: str, pos: int) -> list[str]:
    """The words an office phrase from ``pos`` may take (splitting no further).

    >>> _words_ahead("Nguyễn Văn Sơn Thứ trưởng Bộ Công an", 15)
    ['Thứ', 'trưởng', 'Bộ', 'Công', 'an']
    >>> _words_ahead("Lê Văn An làm Phó Trưởng ban.\\nKế hoạch", 14)
    ['Phó', 'Trưởng', 'ban']
    """
    return _text_ahead(text, pos).split(None, _MAX_OFFICE_WORDS)[:_MAX_OFFICE_WORDS]


def _text_ahead(text: str, pos: int) -> str:
    """The text from ``pos`` that an office read ahead may take: up to a clause break.

    >>> _text_ahead("Thứ trưởng Bộ Công an. Kế hoạch", 0)
    'Thứ trưởng Bộ Công an'
    """
    limit = min(len(text), pos + _SEGMENT_LIMIT)
    stop = _AHEAD_END.search(text, pos, limit)
    return text[pos : stop.start() if stop else limit]


def _split_office(text: str, start: int, words: Sequence[str]) -> tuple[Sequence[str], list[str]]:
    """Cut a run before an office glued on with no comma ("Nguyễn Văn Sơn Thứ trưởng
    Bộ Công an"): the name's words and that office (or no office)."""
    offset = start + len(words[0]) + len(words[1]) + 2
    for i in range(2, len(words)):
        if _key(words[i]) in _OFFICE_HEADS.firsts and _opens_long_office(text, offset):
            ahead = _words_ahead(text, offset)
            if _OFFICE_HEADS.prefix(ahead) >= 2:
                return words[:i], [" ".join(ahead[: _office_end(ahead)])]
        offset += len(words[i]) + 1
    return words, []


def _opens_long_office(text: str, pos: int) -> bool:
    """Whether the first two words from ``pos`` may open an office phrase of two words
    or more (a cheap test before reading all the words an office may take: "Anh" in
    "Nguyễn Tuấn Anh" seldom opens "Anh hùng …").

    >>> _opens_long_office("Lê Văn Thanh tra", 7), _opens_long_office("Lê Văn Thanh Tùng", 7)
    (True, False)
    """
    pair = text[pos : pos + _SEGMENT_LIMIT].split(None, 2)
    if len(pair) < 2:
        return False
    seconds = _OFFICE_HEADS.forward.get(_key(pair[0]), ())
    if _key(pair[1]) in seconds:
        return True
    # the office read ahead stops at a clause break glued to the second word ("tra…")
    cut = _AHEAD_END.search(pair[1]) if seconds and not pair[1].isalpha() else None
    return cut is not None and _key(pair[1][: cut.start()]) in seconds


def _strip_place(words: Sequence[str]) -> int:
    """How many leading words of a run are a province or city of the gazetteer."""
    return _PLACES.prefix(words)


@functools.lru_cache(maxsize=1 << 14)
def _run_words(run: str) -> tuple[tuple[str, ...], bool, int, bool]:
    """The words of a capitalised run, whether a word after the second may open an
    office, how many words come before the first one never found in names, and
    whether the first word may belong to the context instead (a function word or
    the start of a province: see ``_strip_leading``). Cached: the same names recur.

    >>> _run_words("Nguyễn Văn Sơn Thứ trưởng")
    (('Nguyễn', 'Văn', 'Sơn', 'Thứ', 'trưởng'), True, 5, False)
    >>> _run_words("Đoàn Đại Biểu Quốc Hội")[2], _run_words("Hà Nội")[3]
    (2, True)
    """
    words = tuple(run.split(" "))
    keys = [_key(w) for w in words]
    office = len(words) > 2 and not _OFFICE_HEADS.firsts.isdisjoint(keys[2:])
    clean = next((i for i, k in enumerate(keys) if k in _NOT_IN_NAMES), len(keys))
    strippable = keys[0] in _FUNCTION_WORDS.keys or keys[0] in _PLACES.firsts
    return words, office, clean, strippable


def _trim_run(
    text: str, start: int, end: int
) -> tuple[int, Sequence[str], list[str], bool] | None:
    """The name part of the family-name run at ``start:end``: its end, its words, an
    office glued on after it and whether its first word may belong to the context;
    None when the run is part of a word, longer than a name, or has a word no name
    has (a title-cased agency: "Đoàn Đại Biểu Quốc Hội")."""
    if start and (text[start - 1].isalnum() or text[start - 1] in "'’"):
        return None
    run_words, office_inside, clean, strippable = _run_words(text[start:end])
    # ``NAME_RUN`` takes every capitalised syllable up to its limit, so another one
    # can follow only a run that reached the limit.
    if len(run_words) == _RUN_LIMIT and _capitalised_word_follows(text, end):
        return None  # longer than any name: a title-cased heading or agency
    if _HYPHENATED_NEXT.match(text, end):
        return None  # a foreign name: "Tổng thống Hàn Quốc Lee Jae-myung"
    if text.startswith("-", end) and not _OFFICE_HEADS.prefix(_words_ahead(text, end + 1)):
        return None  # "Kim Jong-Un"; but "ông Siu Hương-Phó Trưởng Ban …" is a name
    words: Sequence[str] = run_words
    office: list[str] = []
    if office_inside:
        words, office = _split_office(text, start, words)
        end = start + len(" ".join(words))
    if clean < len(words) and not _given_name_last(text, end, words, clean):
        return None
    return end, words, office, strippable


def _given_name_last(text: str, end: int, words: Sequence[str], clean: int) -> bool:
    """Whether the one word of a run never found in names (the first at ``clean``)
    is a given name here: the last of three syllables after a common middle name,
    not before a number (``people_not_name_words.txt``).

    >>> _given_name_last("ông Trần Đức Quận dự", 17, ["Trần", "Đức", "Quận"], 2)
    True
    >>> _given_name_last("Lê Văn Quận 3", 11, ["Lê", "Văn", "Quận"], 2)
    False
    >>> _given_name_last("ông Chau Ty dự", 11, ["Chau", "Ty"], 1)
    True
    """
    if clean == len(words) - 1 and words[0] in _KHMER_SURNAMES:
        return _key(words[clean]) in _KHMER_GIVEN_TOO  # "Đại đức Chau Ty"
    return (
        clean == len(words) - 1 == 2
        and words[1] in _MIDDLE_NAMES
        and _key(words[2]) in _GIVEN_TOO
        and not text[end + 1 : end + 2].isdigit()
    )


def _glued_words_allowed(text: str, start: int, glued: Sequence[str]) -> bool:
    """Whether capitalised words glued in front of a name (no title among them) leave
    it a name: a province ("Công an tỉnh Lào Cai Hoàng Ngọc Thanh") or one
    sentence-initial word ("Theo Nguyễn Văn An") do; anything else is the head of a
    longer proper name ("Giải Võ Trường Toản")."""
    if _strip_place(glued) == len(glued):
        return True
    return len(glued) == 1 and _at_sentence_start(text, start - len(glued[0]) - 1)


def _strip_leading(
    text: str, start: int, words: Sequence[str], before: Sequence[str], title: str | None
) -> tuple[int, Sequence[str], Sequence[str], str | None] | None:
    """Move a leading function word ("Từ Hà Nội …") or province ("tỉnh Hà Giang
    Nguyễn Văn An") from the name into its context. Returns the new start, words,
    context and title, or None when what is left is no name ("Hà Nội")."""
    if not before and _FUNCTION_WORDS.prefix(words[:1]) and _at_sentence_start(text, start):
        start += len(words[0]) + 1
        before, words = [words[0]], words[1:]
        if len(words) < 2 or words[0] not in _SURNAMES:
            return None
    place = _strip_place(words) if _key(words[0]) in _PLACES.firsts else 0
    if place == len(words) and title and place > 2:
        # "Chủ tịch Hồ Chí Minh"; but a province of two syllables after a title is the
        # title's place ("Đại biểu Quốc hội Hà Nội")
        return start, words, before, title
    if place:
        if len(words) - place < 2 or words[place] not in _SURNAMES:
            return None
        start += len(" ".join(words[:place])) + 1
        before, words, title = [*before, *words[:place]], words[place:], None
    return start, words, before, title


def _delegation_end(text: str, pos: int) -> int:
    """Where a note giving a deputy's delegation that opens at ``pos``, right after a
    bracket, ends (at its closing bracket), or -1: "Đoàn", then a province or an
    abbreviation (``people_clause_cues.txt``, ``provinces.txt``).

    >>> t = "Lê Văn A (Đoàn Quảng Nam), Phó Chủ nhiệm"
    >>> _delegation_end(t, 10), _delegation_end("(Đoàn TP Hồ Chí Minh)", 1)
    (24, 20)
    >>> _delegation_end("(Đoàn Văn Hậu)", 1), _delegation_end("(Đoàn công tác)", 1)
    (-1, -1)
    """
    close = text.find(")", pos, pos + _MAX_NOTE)
    if close < 0 or not text.startswith(tuple(_DELEGATION_OPENERS), pos):
        return -1
    words = text[pos:close].split()
    n = _DELEGATIONS.prefix(words)
    place = words[n:]
    if not n or not place:
        return -1
    if _ABBREVIATION.fullmatch(place[0]) and _key(place[0]) not in _BEFORE_NAME.keys:
        place = place[1:]  # "TPHCM", "TP Hồ Chí Minh"
    return close if not place or _strip_place(place) == len(place) else -1


def _note_follows(text: str, end: int) -> bool:
    """Whether a note in brackets that only a person has follows ``end``.

    >>> _note_follows("Lò Pọm (SN 1990) và", 6), _note_follows("Lò Pọm (Điện Biên)", 6)
    (True, False)
    """
    return text.startswith(" (", end) and _NOTE.match(text, end + 2) is not None


def _is_listed(text: str, start: int, after: list[str], lists: dict[int, bool]) -> bool:
    """Whether a two-syllable name with no title is an item of a list of people."""
    opening = lists.get(start)
    if opening is True:
        return True  # "các đồng chí Lê Minh Hưng, Lương Cường"
    return bool(after) and (opening is False or _opens_list(text, start))


def _note_list(
    text: str, mention: _Mention, title: str | None, after_end: int, lists: dict[int, bool]
) -> None:
    """Record where the next item of a list that this mention is part of starts."""
    if text.startswith(_LIST_OPENINGS, after_end):
        lists[after_end + 2] = False  # "…; Tô Huy, Phó Giám đốc …": needs its office
    elif after_end == mention.end and text.startswith(", ", mention.end):
        plural = title is not None and _key(title.split(" ", 1)[0]) in _PLURALS
        if plural or lists.get(mention.start):
            lists[mention.end + 2] = True  # "các đồng chí Lê Minh Hưng, Lương Cường"


def _full_name(
    text: str,
    run: tuple[int, int],
    lists: dict[int, bool],
    shared: dict[int, str],
    listed: dict[int, list[str]] | None = None,
) -> _Mention | None:
    """Judge one run that starts with a family name (its span ``run``): a person with
    its titles, a pending name (no evidence yet), or None.

    ``lists`` records where the next item of a list of people may start, and whether
    that item needs an office of its own to count ("…; Tô Huy, Phó Giám đốc …") or
    not ("các đồng chí Lê Minh Hưng, Lương Cường"); ``shared``, where the next item
    of a list under a plural office starts and that office ("các Phó Thủ tướng: …");
    ``listed``, the same for the offices before the colon of a list whose items have a
    rank ("các đồng chí Phó Bí thư Đảng ủy, Phó Giám đốc: Đại tá A, Đại tá B").
    """
    start = run[0]
    trimmed = _trim_run(text, start, run[1])
    if trimmed is None:
        return None
    end, words, glued_office, strippable = trimmed
    if text[start - 1 : start] == "(" and _delegation_end(text, start) >= 0:
        return None  # "(Đoàn Quảng Nam)" after a deputy's name
    judged: _Judged | None
    clause_start = _clause_start(text, start)
    before, keys, title, office = _clause_facts(text[clause_start:start])
    # (a field's last word is always in the clause: a cheap test before the lookup)
    department = _department_office(text, start, words) if keys and keys[-1] in _FIELDS else None
    if department is not None:
        clause_start, judged = department
        title = judged[4]
    else:
        judged = _judge_context(text, start, words, before, keys, title, office, strippable)
    if judged is None:
        if title is not None or office is None:
            return None
        # an office, its body and then the holder's name, with no comma
        judged = _name_after_body(text, start, end, words, before)
        if judged is None:
            return None
    elif title is not None and len(words) > 3 and (
        len(words) > _MAX_AGENCY_NAME or not _is_typical_name(words, whole=True)
    ):
        # a title that ends with a local unit, then the unit's name: "Bí thư Huyện ủy
        # Yên Sơn Lê Đức Toàn"
        judged = _name_after_body(text, start, end, words, before) or judged
    start, words, before, keys, title, office = judged
    if office is None and title is not None:
        cut = len(before) - title.count(" ") - 2
        if cut > 1 and keys[cut] in _COPULAS and _HONORIFICS.suffix_of_keys(keys):
            # "Giám đốc Ban QLDA giai đoạn 2021-2023 là ông Nguyễn Hữu Thành"
            office = _office_before(before[:cut], keys[:cut])
    # "bon Bu Prâng": a clan name opens a name only after a title, or as an item of a
    # list of people with its office ("…; Điểu K'Rông, nguyên Phó Bí thư Tỉnh ủy; …"),
    # or before a note in brackets that only a person has ("Ka Thị Hoa (SN 1980)")
    clan = title is None and words[0] in _TITLED_SURNAMES
    if clan and _note_follows(text, end):
        clan = False
    if clan and start not in lists and not _opens_list(text, start):
        return None
    name = " ".join(words)
    if name in _COUNTRIES:
        return None  # "Tổng Lãnh sự Hàn Quốc tại TP HCM"
    titles = [title] if title else []
    if title and len(before) == title.count(" ") + 1 and _key(title) in _ACADEMIC:
        rank = _rank_before_comma(text, text.rfind(title, 0, start) - 1)
        if rank:
            titles.insert(0, rank)
    if office and not (
        title and _key(title) not in _NOT_OFFICES and not _HONORIFICS.suffix_of_keys(keys)
    ):
        # (an office before another office with no comma is someone else's: "Thủ
        # tướng giao Phó Thủ tướng Trần Hồng Hà")
        titles.append(office)
    if (
        titles
        and len(before) == (title.count(" ") + 1 if title else 0) + (
            office.count(" ") + 1 if office else 0
        )
        and not (title and _HONORIFICS.suffix_of_keys(keys))
    ):
        # the clause is one office and the offices before its comma are the same
        # person's (not after an honorific: "Đại diện LĐLĐ tỉnh, bà Nguyễn Thị Hà")
        titles[:0] = _offices_before_comma(text, clause_start, end)
    elif not titles and start in shared:
        titles.append(shared[start])  # "các Phó Thủ tướng: Trần Hồng Hà, Lê Thành Long"
    elif not titles and before:
        office = _office_over_comma(text, clause_start, before)
        if office is not None:
            titles.append(office)  # "Chủ nhiệm Ủy ban Tài chính, Ngân sách Lê Văn A"
    if glued_office:
        return _Mention(start, end, name, titles + glued_office)
    offices_at: list[int] = []
    after, after_end = _appositives(text, end, offices_at)
    lead = len(before) - len(_words_of(title)) - len(_words_of(office))
    if after and lead > 0:
        _drop_next_subject(text, before[:lead], after, offices_at)  # "Tiếp ông A, Thủ tướng …"
    if clan and not after:
        return None
    mention = _Mention(start, end, name, titles + after, offices_at=offices_at)
    if listed is not None and (office is None or not titles):
        _add_listed_offices(text, mention, clause_start, title, after, listed)
    if not titles and len(mention.titles) > len(after):
        # the offices a list opened by an office and a colon shares: a two-syllable
        # item stands too ("các Thứ trưởng Bộ Nội vụ: Cao Huy, Vũ Chiến Thắng")
        titles = mention.titles[: len(mention.titles) - len(after)]
    if not titles and (
        (
            len(words) == 2
            and not _is_listed(text, start, after, lists)
            and not _note_follows(text, end)
        )
        or (len(words) > 2 and _inside_quotes(text, start))
    ):
        mention.pending = True
        return mention
    _note_list(text, mention, title, after_end, lists)
    if after_end == end:
        _note_shared(text, mention, titles, shared)
    return mention


_Judged = tuple[int, Sequence[str], tuple[str, ...], tuple[str, ...], str | None, str | None]


def _judge_context(
    text: str,
    start: int,
    words: Sequence[str],
    before: tuple[str, ...],
    keys: tuple[str, ...],
    title: str | None,
    office: str | None,
    strippable: bool,
) -> _Judged | None:
    """The run's start, name words, context words and their keys, title and office
    once the context has been weighed, or None when the context makes it no name
    (glued capitalised words, a place word, an abbreviation before it)."""
    if not title and before and _is_capitalised(before[-1]):
        if not _glued_words_allowed(text, start, _capitalised_tail(before)):
            return None
    if strippable:  # (otherwise _strip_leading would leave the run as it is)
        stripped = _strip_leading(text, start, words, before, title)
        if stripped is None:
            return None
        if stripped[0] != start:
            start, words, moved, title = stripped
            before, keys = tuple(moved), tuple(map(_key, moved))
            cut = len(before) - (title.count(" ") + 1 if title else 0)
            office = _office_before(before[:cut], keys[:cut])
    if not 2 <= len(words) <= _MAX_NAME or _place_before(before, keys, title, len(words)):
        return None
    if title is not None and _names_village(text, start, words, before, keys, title):
        return None
    return start, words, before, keys, title, office


def _names_village(
    text: str,
    start: int,
    words: Sequence[str],
    before: Sequence[str],
    keys: Sequence[str],
    title: str,
) -> bool:
    """Whether a run after a title that ends with a village word ("Trưởng thôn") is
    the village's name, part of the office: a run with no common middle name that a
    commune or a higher unit follows ("Trưởng thôn Lô Lô Chải, xã Lũng Cú"), or whose
    office is an appositive after an earlier name ("ông Sùng Mí Chơ, Trưởng thôn Lô
    Lô Chải cho biết"). A run with a common middle name stays a person ("Trưởng thôn
    Nguyễn Văn An, xã Lũng Cú").

    >>> t = "Trưởng bản Lò Lò Chải (xã Sín Chéng)"
    >>> _names_village(t, 11, t[11:22].split(), t[:10].split(), ("trưởng", "bản"), t[:10])
    True
    >>> t = "Trưởng bản Lò Văn Pọm, xã Sín Chéng"
    >>> _names_village(t, 11, t[11:21].split(), t[:10].split(), ("trưởng", "bản"), t[:10])
    False
    """
    cue = _PLACE_CUES.suffix_of_keys(keys)
    size = title.count(" ") + 1
    if not cue or _PLACE_ROLES.suffix_of_keys(keys):
        return False
    if cue >= size or " ".join(keys[-cue:]) not in _VILLAGES:
        return False
    if _is_typical_name(words):
        return False
    ahead = _UNIT_OPENING.match(text, start + len(" ".join(words)))
    if ahead is not None and ahead.end() > ahead.start():
        after = text[ahead.end() : ahead.end() + _LOOKBACK].split(None, _STOPS.longest)
        unit = _PLACE_CUES.prefix(after)
        if unit and " ".join(map(_key, after[:unit])) in _ADMINISTRATIVE_UNITS:
            return True  # "Trưởng thôn Lô Lô Chải, xã Lũng Cú"
    # the title is the whole clause, opened by a comma after a capitalised word (the
    # end of the name whose appositive it is)
    at = start - len(title) - 1
    if len(before) != size or not text.startswith(", ", at - 2):
        return False
    previous = text[max(0, at - 2 - _FIELD_WORD_LIMIT) : at - 2].rsplit(None, 1)[-1:]
    return bool(previous) and _is_capitalised(previous[0])


def _department_office(text: str, start: int, words: Sequence[str]) -> tuple[int, _Judged] | None:
    """Where the clause of an office starts and the judged name, when the run at
    ``start`` follows an office whose body is a department named by its field
    (``agency_departments.txt``): "Giám đốc Sở Tài nguyên và Môi trường | Nguyễn Văn
    A", "Giám đốc Sở Lao động - Thương binh và Xã hội | Trần Văn B". The field may end
    with a place word or hold a comma or a dash, which elsewhere end a name's context.

    >>> t = "Bộ trưởng Bộ Tài nguyên và Môi trường Đặng Văn Khánh dự"
    >>> _department_office(t, 38, ["Đặng", "Văn", "Khánh"])[1][5]
    'Bộ trưởng Bộ Tài nguyên và Môi trường'
    """
    if start < 2 or text[start - 1] != " " or not 1 <= len(words) <= _MAX_NAME:
        return None
    space = text.rfind(" ", max(0, start - _FIELD_WORD_LIMIT), start - 1)
    fields = _FIELDS.get(_key(text[space + 1 : start - 1]))
    if fields is None or _strip_place(words):
        return None
    for field_ in fields:
        at = start - 1 - len(field_)
        if at < 2 or fold(text[at : start - 1].translate(_DASHES)) != field_:
            continue
        head = text.rfind(" ", max(0, at - _FIELD_WORD_LIMIT), at - 1)
        if text[at - 1] != " " or not _is_capitalised(text[head + 1 : at - 1]):
            return None
        clause_start = _clause_start(text, head + 1)
        _, keys, title, office = _clause_facts(text[clause_start : head + 1])
        if title is not None and (_HONORIFICS.suffix_of_keys(keys) or _key(title) in _NOT_OFFICES):
            return None
        phrase = title or office
        if phrase is None:
            return None
        office = " ".join((phrase, *text[head + 1 : start - 1].split()))
        words_before = tuple(text[clause_start:start].split())
        keys = tuple(map(_key, words_before))
        return clause_start, (start, words, words_before, keys, None, office)
    return None


def _is_typical_name(words: Sequence[str], whole: bool = False) -> bool:
    """A common middle name second ("Nguyễn Thị Hà", not "Hoàng Su Phì"), or a
    Central Highlands personal prefix first ("Y Phiên Niê"), or, when ``whole`` (the
    run opens right after a lower-case word, so it is no tail of a place name: not
    "huyện Quế | Võ Trần Văn Bình"), a common middle name third after a double family
    name ("Huỳnh Lê Thanh Tâm").

    >>> _is_typical_name("Y Phiên Niê".split()), _is_typical_name("Hoàng Su Phì".split())
    (True, False)
    >>> _is_typical_name("Huỳnh Lê Thanh Tâm".split(), whole=True), _is_typical_name(
    ...     "Huỳnh Lê Thanh Tâm".split())
    (True, False)
    """
    return (
        words[1] in _MIDDLE_NAMES
        or (
            words[0].startswith(_PERSONAL_PREFIXES)
            and (len(words[0]) == 1 or not words[0][1].isalpha())
        )
        or (
            whole
            and len(words) == _MAX_AGENCY_NAME
            and words[0] in _SURNAMES
            and words[1] in _SURNAMES
            and words[2] in _MIDDLE_NAMES
        )
    )


def _name_after_body(
    text: str, start: int, end: int, words: Sequence[str], before: Sequence[str]
) -> _Judged | None:
    """The holder's name at the end of a run that follows an office and the name of
    its body with no comma, when the name is the subject of a verb or ends its clause
    ("Chủ tịch Hội Nông dân Việt Nam Lương Quốc Đoàn cho biết", "Phó Chủ tịch UBND
    TPHCM Dương Anh Đức", "Chủ tịch UBND huyện Nguyễn Văn Hùng nói"). The name has
    three or four syllables. The body may end with capitalised words, an
    abbreviation or a local unit (then the name needs a common middle name); the
    run may open with the end of the body ("… tỉnh Bắc | Ninh Nguyễn Thị Hà", "quận |
    Hoàng Mai Lê Văn Hùng").

    >>> _name_after_body("Giám đốc Sở Tư pháp TP.HCM Lê Văn Hùng nói", 27, 38,
    ...     ("Lê", "Văn", "Hùng"), ("Giám", "đốc", "Sở", "Tư", "pháp", "TP.HCM"))[1]
    ('Lê', 'Văn', 'Hùng')
    """
    if not _subject_ends(text, end):
        return None
    n = len(words)
    if n < 3:
        return None
    # a name of three or four syllables (two are too often the end of a place: "Huyện
    # ủy Si | Ma Cai"): the whole run if it looks like a name, then a family name
    # inside it that opens one, then the whole run as it is
    splits = [i for i in range(1, n - 2) if words[i] in _SURNAMES and n - i <= _MAX_AGENCY_NAME]
    # (a double family name only for a run that no capitalised word is glued to)
    whole = bool(before) and not _is_capitalised(before[-1])
    order = [
        i
        for i in (0, *splits)
        if n - i <= _MAX_AGENCY_NAME and _is_typical_name(words[i:], whole and not i)
    ]
    if n <= _MAX_AGENCY_NAME:
        order.append(0)
    for i in dict.fromkeys(order):
        name = words[i:]
        if _strip_place(name) == len(name):
            continue  # "Hồ Chí Minh"
        context = (*before, *words[:i])
        keys = tuple(map(_key, context))
        if not _body_end_allows(context, keys, name, whole and not i):
            continue
        office = _office_before(context, keys)
        if office is not None:
            at = start + len(" ".join(words[:i])) + 1 if i else start
            return at, name, context, keys, None, office
    return None


def _body_end_allows(
    context: Sequence[str], keys: Sequence[str], name: Sequence[str], whole: bool = False
) -> bool:
    """Whether the body of an office may end with the last words of ``context`` right
    before the holder's ``name``: capitalised words or an abbreviation, or a local
    unit before a name with a common middle name ("UBND
    huyện Nguyễn Văn Hùng"; not "Trường THPT Lê Quý Đôn", "phường Trần Hưng Đạo")."""
    cue = _PLACE_CUES.suffix_of_keys(keys)
    if cue:
        unit = " ".join(keys[-cue:]) in _LOCAL_UNITS
        return unit and _is_typical_name(name, whole)
    last = context[-1]
    return _is_capitalised(last) or _ABBREVIATION.fullmatch(last) is not None


def _subject_ends(text: str, end: int) -> bool:
    """Whether a name that ends at ``end`` ends its clause or is followed by a verb or
    clause glue in lower case (``people_office_stops.txt``).

    >>> _subject_ends("Lê Văn Hùng cho biết", 11), _subject_ends("Lê Văn Hùng năm", 11)
    (True, False)
    >>> _subject_ends("Lê Văn Hùng chỉ đạo các sở", 11)
    True
    """
    if end >= len(text) or _SEGMENT_END.match(text, end) or _APPOSITIVE_OPENING.match(text, end):
        return True
    return _verb_follows(text, end)


def _verb_follows(text: str, end: int) -> bool:
    """Whether a verb or clause glue in lower case follows ``end``
    (``people_office_stops.txt``, and the subject verbs of ``people_clause_cues.txt``).

    >>> _verb_follows("Lê Văn Hùng cho biết", 11), _verb_follows("Lê Văn Hùng, Bộ trưởng", 11)
    (True, False)
    """
    ahead = _WORD.findall(text, end, end + _LOOKBACK)[: _STOPS.longest]
    if not ahead or not ahead[0][:1].islower():
        return False
    if _STOPS.prefix(ahead) > 0:
        return True
    keys = [_key(w) for w in ahead[:2]]
    return keys[0] in _SUBJECT_VERBS or " ".join(keys) in _SUBJECT_VERBS


def _words_of(phrase: str | None) -> list[str]:
    """The words of a phrase, none for None.

    >>> _words_of("Bộ trưởng"), _words_of(None)
    (['Bộ', 'trưởng'], [])
    """
    return phrase.split() if phrase else []


def _drop_next_subject(
    text: str, lead: Sequence[str], after: list[str], offices_at: list[int]
) -> None:
    """Drop, in place, the offices read after a name that a fronted clause holds (the
    words ``lead`` stand before the name and its title in its clause) when the first is
    a bare title (no body) followed directly by a verb: that title is the subject of the
    next clause ("Tiếp Bộ trưởng X, Thủ tướng đánh giá cao …"); "Ông A, Giám đốc Sở Y tế
    cho biết" keeps its office (it has a body), and so does a name after an agent
    preposition ("do bà A, Trưởng ban trình bày").

    >>> t = "Tiếp ông A, Thủ tướng đánh giá cao"
    >>> after, at = ["Thủ tướng"], [12]
    >>> _drop_next_subject(t, ["Tiếp"], after, at); after
    []
    >>> t = "Tiếp ông A, Thủ tướng và ông B"
    >>> after, at = ["Thủ tướng"], [12]
    >>> _drop_next_subject(t, ["Tiếp"], after, at); after
    ['Thủ tướng']
    """
    if _key(lead[-1]) in _AGENT_CUES:
        return
    office = after[0]
    words = office.split()
    if _OFFICE_HEADS.prefix(words) != len(words) or find_agencies(office):
        return
    end = offices_at[0] + len(office)
    if text[end : end + 1] != " " or not _predicate_follows(text, end):
        return
    ahead = _WORD.findall(text, end, end + _LOOKBACK)[: _CLAUSE_GLUE.longest]
    if _CLAUSE_GLUE.prefix(ahead) == 0:
        after.clear()
        offices_at.clear()


def _predicate_follows(text: str, end: int) -> bool:
    """Whether a verb follows ``end`` (``_verb_follows``) that is no opener of an
    adverbial phrase (``people_clause_cues.txt``, "adverbial openers").

    >>> _predicate_follows("Lê Văn Hùng cho biết", 11)
    True
    >>> _predicate_follows("Lê Văn Hùng tại Huế", 11)
    False
    """
    if not _verb_follows(text, end):
        return False
    ahead = _WORD.findall(text, end, end + _LOOKBACK)[: _ADVERBIAL_OPENERS.longest]
    return _ADVERBIAL_OPENERS.prefix(ahead) == 0


def _offices_before_comma(text: str, pos: int, name_end: int | None = None) -> list[str]:
    """The offices before the comma that ends at ``pos`` when they belong to the name
    after the clause at ``pos`` ("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Trần Văn
    Sơn": "Bộ trưởng"): each earlier clause must end with an office, and a clause that
    is wholly an office and follows a comma must follow another office (otherwise the
    chain is a list of offices of an earlier name: "ông A, Bộ trưởng, …"). When the
    name, which ends at ``name_end``, is the subject of a verb, an office after a
    preposition such as "với" is the addressee's ("Báo cáo với Tổng Bí thư, Bí thư
    Tỉnh ủy … cho biết").

    >>> t = "Dự có Tổng Bí thư, Ủy viên Bộ Chính trị, Bí thư Tỉnh ủy Lê Văn Hùng"
    >>> _offices_before_comma(t, t.index("Bí thư Tỉnh"))
    ['Tổng Bí thư', 'Ủy viên Bộ Chính trị']
    >>> _offices_before_comma("ông Lê Văn An, Bộ trưởng, Chủ nhiệm X", 25)
    []
    >>> t = "Báo cáo gửi Thủ tướng, Bộ trưởng Bộ Y tế Lê Thị Hà đề nghị"
    >>> _offices_before_comma(t, 23), _offices_before_comma(t, 23, t.index(" đề"))
    (['Thủ tướng'], [])
    """
    found: list[str] = []
    fronted = False  # a clause with no office was passed: only more such clauses may come
    for _ in range(_MAX_OFFICES):
        # (a clause starts after its break, or after the space that follows it)
        dash = False
        if text.startswith(",", pos - 1):
            comma = pos - 1
        elif text.startswith(", ", pos - 2):
            comma = pos - 2
        elif text.startswith(_TITLE_DASHES, pos - 3):
            # a compound title joined by a dash: "Phó Chủ tịch - Tổng Thư ký Ủy ban …"
            comma, dash = pos - 3, True
        elif text.startswith(_TITLE_DASHES[1][1:2], pos - 1):
            comma, dash = pos - 1, True  # (a clause starts right after an en dash)
        else:
            return found
        if fronted and dash:
            return found  # "VOV.VN - Chiều 15/4, Phó Thủ tướng, Bộ trưởng …"
        pos = _clause_start(text, comma)
        before, keys, title, office = _clause_facts(text[pos:comma])
        if found and title is None and office is None and _is_fronted(before):
            # a fronted phrase of time or place: "Hôm nay, Phó Thủ tướng, Bộ trưởng …"
            fronted = True
            continue
        if fronted:
            return []
        if office is None and (
            title is None or _HONORIFICS.suffix_of_keys(keys) or _key(title) in _NOT_OFFICES
        ):
            # no office: "Theo ông, Giám đốc Sở Y tế Lê Văn Hùng"; a rank stays with
            # its own clause: "có Thượng tá, Trưởng phòng Vi Văn Lực"
            return []
        if _ends_with_name(before):
            return []  # "có Phó Thủ tướng Lê Thành Long, Bộ trưởng Bộ Y tế Đào Hồng Lan"
        phrase = title or office or ""  # "Thủ tướng giao Bộ trưởng" → "Bộ trưởng"
        words = phrase.count(" ") + 1
        if dash and (words < len(before) or title is None):
            return []  # before a dash only a whole title joins: "Phó Chủ tịch - …"
        if words < len(before):
            # "Dự có Bộ trưởng"; but "của Ban Bí thư" is a body, "Theo Bộ trưởng" unsure,
            # and "do Thủ tướng làm Trưởng ban" is another person's office
            if _is_capitalised(before[-words - 1]) or _LINKS.suffix(before[:-words]):
                return []
            if (
                name_end is not None
                and keys[-words - 1] in _ADDRESSEE_CUES
                and _predicate_follows(text, name_end)
            ):
                return []  # "Báo cáo với Tổng Bí thư, Bí thư Tỉnh ủy Lê Văn A cho biết"
            return [phrase, *found]
        found.insert(0, phrase)
    return []


def _is_fronted(before: Sequence[str]) -> bool:
    """Whether a clause with no office may be a fronted phrase of time or place
    before a chain of offices: after its first word, it does not end with a name or
    any capitalised word other than a province ("Hôm nay", "Tại Hà Nội"; not "ông
    John Smith").

    >>> _is_fronted("Chiều 15/4".split()), _is_fronted("Tại Hà Nội".split())
    (True, True)
    >>> _is_fronted("ông John Smith".split()), _is_fronted([])
    (False, False)
    """
    if not before:
        return False
    tail = _capitalised_tail(before[1:])  # (the first word may be capitalised: "Tại")
    return _strip_place(tail) == len(tail)


_MAX_BODY_TAIL = 3  # words of a body's name after a comma inside it
_TITLE_DASHES = (" - ", " – ")  # what joins the titles of a compound title


def _office_over_comma(text: str, clause_start: int, before: Sequence[str]) -> str | None:
    """An office whose body's name holds a comma, when the clause at ``clause_start``
    (its words ``before``) is the rest of that name: one capitalised word and lower-case
    ones ("Chủ nhiệm Ủy ban Tài chính, Ngân sách | Lê Văn A").

    >>> t = "Chủ nhiệm Ủy ban Tài chính, Ngân sách Lê Văn A"
    >>> _office_over_comma(t, 27, ["Ngân", "sách"])
    'Chủ nhiệm Ủy ban Tài chính, Ngân sách'
    >>> _office_over_comma("Giám đốc Sở cho biết, Ngân sách Lê Văn A", 21, ["Ngân", "sách"])
    """
    if (
        len(before) > _MAX_BODY_TAIL
        or not text.startswith(",", clause_start - 1)
        or not _is_capitalised(before[0])
        or not all(w.isalpha() and w.islower() for w in before[1:])
        or _STOPS.firsts.intersection(map(_key, before[1:]))
    ):
        return None
    comma = clause_start - 1
    words, _, title, office = _clause_facts(text[_clause_start(text, comma) : comma])
    if title is not None or office is None:
        return None
    if _ends_with_name(words) or office.count(" ") < 2:
        return None
    return f"{office}, {' '.join(before)}"


def _ends_with_name(words: Sequence[str]) -> bool:
    """Whether ``words`` end with what may be a personal name: two or more
    capitalised words from a family name on, not a province.

    >>> _ends_with_name("Phó Thủ tướng Lê Thành Long".split()), _ends_with_name(
    ...     "Bí thư Tỉnh ủy Thanh Hóa".split())
    (True, False)
    """
    tail = _capitalised_tail(words)
    return any(
        tail[i] in _SURNAMES and _strip_place(tail[i:]) < len(tail) - i
        for i in range(len(tail) - 1)
    )


def _plural_office_before(text: str, pos: int) -> str | None:
    """The office of a list that a plural office opens (with a colon or not), when
    ``pos`` starts its first item: "các Phó Thủ tướng: …", "các Thứ trưởng Lê Văn
    A, …" → the office (an honorific is not shared: "các đồng chí: …").

    >>> _plural_office_before("Dự có các Phó Thủ tướng: Trần Hồng Hà", 25)
    'Phó Thủ tướng'
    >>> _plural_office_before("Dự có các Thứ trưởng Lê Văn An", 21)
    'Thứ trưởng'
    >>> _plural_office_before("Dự có các Phó Chủ tịch Quốc hội: Trần Thanh Mẫn", 33)
    'Phó Chủ tịch Quốc hội'
    """
    if text.startswith(": ", pos - 2):
        pos -= 2
    elif not text.startswith(" ", pos - 1):
        return None
    clause = text[_clause_start(text, pos) : pos].rstrip()
    _, keys, title, office = _clause_facts(clause)
    if title is None:
        title = office  # an office with its body: "các Phó Chủ tịch Quốc hội: …"
    if title is None or _HONORIFICS.suffix_of_keys(keys) or not clause.endswith(title):
        return None
    # (the word before it read from the clause: a long office fills the words kept)
    before = clause[: len(clause) - len(title)].rsplit(None, 1)[-1:]
    return title if before and _key(before[0]) in _PLURALS else None


def _add_listed_offices(
    text: str,
    mention: _Mention,
    clause_start: int,
    title: str | None,
    after: list[str],
    listed: dict[int, list[str]],
) -> None:
    """Give a name with no office of its own (``after`` it only the rank of the next
    item: "Đại tá A, Đại tá B"), alone in its clause or after its rank or honorific,
    the offices a list it is an item of shares ("các đồng chí Phó Bí thư Đảng ủy, Phó
    Giám đốc CATP: Đại tá A, Đại tá B": both), and record them for the next item
    (after a comma or "và"; a semicolon ends the group)."""
    item = mention.start - len(title) - 1 if title else mention.start
    offices = listed.get(item)
    if offices is None and (item != clause_start + 1 or not text.startswith(":", clause_start - 1)):
        return  # (the cheap tests first)
    if title is not None and _key(title) not in _NOT_OFFICES and not _HONORIFICS.prefix(
        title.split()
    ):
        return  # an office of its own
    if not all(map(_opens_rank, after)):
        return
    if offices is None:
        offices = _offices_before_colon(text, clause_start - 1)
        if not offices:
            return
    at = len(mention.titles) - len(mention.offices_at)  # (before the offices after it)
    mention.titles[at:at] = offices
    for glue in _LIST_GLUE:
        if text.startswith(glue, mention.end):
            listed[mention.end + len(glue)] = offices


def _opens_rank(phrase: str) -> bool:
    """Whether an appositive read after a name opens with a rank or an academic title,
    the title of the next item of a list ("Đại tá Đỗ Văn B"), not an office.

    >>> _opens_rank("Đại tá Đỗ Văn B"), _opens_rank("Phó Giám đốc CATP")
    (True, False)
    """
    words = phrase.split(None, _OFFICE_HEADS.longest)
    n = _OFFICE_HEADS.prefix(words)
    return " ".join(map(_key, words[:n])) in _NOT_OFFICES


def _offices_before_colon(text: str, colon: int) -> list[str]:
    """The offices that a plural word, maybe a term of address, and a chain of offices
    before the colon at ``colon`` give every item of the list after it.

    >>> t = "Dự có các đồng chí Phó Bí thư Đảng ủy, Phó Giám đốc CATP: Đại tá A"
    >>> _offices_before_colon(t, t.index(":"))
    ['Phó Bí thư Đảng ủy', 'Phó Giám đốc CATP']
    >>> _offices_before_colon("Dự có đồng chí Phó Giám đốc CATP: Đại tá A", 32)
    []
    """
    found: list[str] = []
    end = colon
    for _ in range(_MAX_OFFICES):
        start = _clause_start(text, end)
        before, keys, title, office = _clause_facts(text[start:end])
        if office is None and (
            title is None or _key(title) in _NOT_OFFICES or _HONORIFICS.suffix_of_keys(keys)
        ):
            return []
        phrase = office if office is not None else title or ""
        found.insert(0, phrase)
        n = phrase.count(" ") + 1
        if n == len(before) and text.startswith(",", start - 1):
            end = start - 1  # a further office before a comma: "…, Phó Giám đốc CATP:"
            continue
        if office is not None and title is not None:
            return []  # "các Phó Giám đốc Đại tá:": no list of offices
        # a plural word right before the office or opening the term of address before
        # it ("các Phó Giám đốc: …", "các đồng chí Phó Giám đốc: …")
        rest = keys[: len(keys) - n]
        lead = rest[len(rest) - _HONORIFICS.suffix_of_keys(rest) - 1 :]
        return found if _PLURALS.intersection(lead) else []
    return []


def _note_shared(text: str, mention: _Mention, titles: list[str], shared: dict[int, str]) -> None:
    """Record the office the next item of a list under a plural office shares."""
    office = shared.get(mention.start)
    if office is None and titles:
        # (the mention's own title shared: only before a next item, with a plural
        # word in the window before it — cheap tests first)
        if len(titles) > 1 or not text.startswith(_LIST_GLUE, mention.end):
            return
        window = text[max(0, mention.start - _LOOKBACK) : mention.start].lower()
        if not any(f"{plural} " in window for plural in _PLURALS):
            return
    if office is None and len(titles) <= 1:
        office = _plural_office_before(text, mention.start)
        if office is not None and not titles:
            mention.titles.append(office)
        elif office is not None and titles[0] != office:
            office = None  # (the office is the mention's own title: "các Thứ trưởng A")
    if office is None:
        return
    for glue in _LIST_GLUE:
        if text.startswith(glue, mention.end):
            shared[mention.end + len(glue)] = office


def _opens_list(text: str, pos: int) -> bool:
    """Whether ``pos`` follows a colon that opens a list of people: "có các đồng
    chí: …"."""
    if not text.startswith(": ", pos - 2):
        return False
    return _HONORIFICS.suffix(_clause_before(text, pos - 2)) > 0


# ---------------------------------------------------------------- short references


@functools.lru_cache(maxsize=1 << 12)
def _endings(name: str) -> tuple[str, ...]:
    """The proper endings of a name, longest first.

    >>> _endings("Hà Thị Mai Lan")
    ('Thị Mai Lan', 'Mai Lan', 'Lan')
    """
    words = name.split(" ")
    return tuple(" ".join(words[i:]) for i in range(1, len(words)))


def _short_references(text: str, full: list[_Mention]) -> list[_Mention]:
    """Mentions by a title and the given name(s) only ("Đại tá Khôi", "Bà Hằng"), each
    resolved to the nearest full name before it that ends the same way (or, failing
    that, the first one after it). With no title before it, a given name is no
    mention ("Lực khai nhận …")."""
    owners, inside = _tail_index(full)
    whole = {(m.start, m.end): m for m in full}
    out: list[_Mention] = []
    for start, tail in _find_tails(text, owners, inside):
        end = start + len(tail)
        title = _short_reference_at(text, start, end)
        if title is not None:
            name = _owner(owners[tail], start)
            same = whole.get((start, end))
            if same is not None:
                # found as a full name too ("Ông Ha Sơn" after "Cil Ha Sơn"): one
                # mention, of the longer name
                same.name = name
                continue
            out.append(_Mention(start, end, name, [title, *_appositives(text, end)[0]]))
    return out


def _tail_index(full: list[_Mention]) -> tuple[dict[str, list[_Mention]], set[int]]:
    """Each ending of a full name (its given name, its last two syllables, …) → the
    full mentions that end so, in text order; and where those endings start inside
    the full mentions themselves (no short reference there).

    >>> owners, inside = _tail_index([_Mention(0, 7, "Mai Lan"), _Mention(9, 19, "Hà Thị Lan")])
    >>> {tail: [m.start for m in same] for tail, same in owners.items()}, sorted(inside)
    ({'Lan': [0, 9], 'Thị Lan': [9]}, [4, 12, 16])
    """
    owners: dict[str, list[_Mention]] = {}
    inside: set[int] = set()
    for mention in full:
        for tail in _endings(mention.name):
            same = owners.get(tail)
            if same is None:
                owners[tail] = [mention]
            else:
                same.append(mention)
            inside.add(mention.end - len(tail))
    return owners, inside


def _owner(owners: list[_Mention], start: int) -> str:
    """The full name that a short reference at ``start`` stands for: the nearest of
    its possible ``owners`` (in text order) before it, or else the first one after.

    >>> owners = [_Mention(0, 7, "Mai Lan"), _Mention(20, 30, "Hà Thị Lan")]
    >>> _owner(owners, 40), _owner(owners, 10), _owner(owners[1:], 10)
    ('Hà Thị Lan', 'Mai Lan', 'Hà Thị Lan')
    """
    i = bisect.bisect_left(owners, start, key=_START_OF)
    return owners[i - 1 if i else 0].name


def _find_tails(
    text: str, tails: Iterable[str], skip: set[int] | frozenset[int] = frozenset()
) -> list[tuple[int, str]]:
    """Where the tails occur in ``text``, in text order: each tail's occurrences as
    ``str.find`` finds them resuming where the last one ends (so not overlapping),
    but not at the starts in ``skip`` (the ends of the full names).

    For a few tails, each last word is looked for once and its places are shared by
    the tails that end with it ("Mai Lan", "Lan"); for many, one trie pattern finds
    them all (so the time stays linear however many names there are).

    >>> _find_tails("bà Mai Lan, chị Lan", ["Mai Lan", "Lan"], {3, 7})
    [(16, 'Lan')]
    """
    tails = list(tails)
    if len(tails) > _FEW_TAILS:
        pattern = re.compile(_trie_alternation(tails))
        return [(m.start(), m.group()) for m in pattern.finditer(text) if m.start() not in skip]
    found: list[tuple[int, str]] = []
    ends_of: dict[str, list[int]] = {}
    for tail in tails:
        last = tail[tail.rfind(" ") + 1 :]
        ends = ends_of.get(last)
        if ends is None:
            ends = ends_of[last] = _ends_of(text, last)
        size = len(tail)
        whole = size == len(last)
        free = 0  # where the last occurrence kept ends
        for end in ends:
            start = end - size
            if start >= free and (whole or text.startswith(tail, start)):
                free = end
                if start not in skip:
                    found.append((start, tail))
    found.sort()
    return found


def _ends_of(text: str, word: str) -> list[int]:
    """Where each occurrence of ``word`` in ``text`` ends, overlapping ones included.

    >>> _ends_of("Lan Lanh", "Lan"), _ends_of("aaa", "aa")
    ([3, 7], [2, 3])
    """
    ends = []
    pos = text.find(word)
    while pos != -1:
        ends.append(pos + len(word))
        pos = text.find(word, pos + 1)
    return ends


def _short_reference_at(text: str, start: int, end: int) -> str | None:
    """The title of a short reference at ``start:end``, or None if it is not one."""
    if start < 2 or text[start - 1] != " ":
        return None  # a title is always before it
    if end < len(text) and (text[end].isalnum() or text[end] in "'’"):
        return None
    if _capitalised_word_follows(text, end):
        return None  # part of a longer capitalised run ("Sơn La")
    if _opens_long_office(text, text.rfind(" ", start, end) + 1 or start):
        return None  # the head of an office: "Phó Bí thư Thường trực Thành ủy"
    before, keys, title, _ = _clause_facts(text[_clause_start(text, start) : start])
    if title is None or _place_before(before, keys, None, 1):
        return None
    if _title_runs_on(title, text, start):
        return None  # "Thủ tướng Chính phủ Phạm Minh Chính": "Chính" is no reference
    return title


def _title_runs_on(title: str, text: str, pos: int) -> bool:
    """Whether a title before ``pos`` and the words from ``pos`` make a longer title or
    office phrase, so that the capitalised word at ``pos`` is part of it, not a name.

    >>> _title_runs_on("Thủ tướng", "Thủ tướng Chính phủ dự", 10)
    True
    >>> _title_runs_on("Thủ tướng", "Thủ tướng Chính nói", 10)
    False
    """
    own = title.split()
    if _key(own[0]) in _FORMER:
        own = own[1:]  # "nguyên Thủ tướng"
    ahead = text[pos : pos + _LOOKBACK].split(None, _OFFICE_HEADS.longest)
    return _OFFICE_HEADS.prefix([*own, *ahead[: _OFFICE_HEADS.longest]]) > len(own)


# ---------------------------------------------------------------- public

_START_OF = operator.attrgetter("start")


def find_people(text: str) -> list[Person]:
    """Every person mentioned in ``text``, in order: full names found from family-name
    and title evidence, and short references resolved to them.

    >>> [(p.name, p.titles) for p in find_people(
    ...     "Tham dự có chị Lê Thị Hoài Thương, Phó Bí thư Tỉnh đoàn Nghệ An; "
    ...     "Thượng tá Phan Văn Dũng, Phó Trưởng phòng Cảnh sát giao thông.")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('Lê Thị Hoài Thương', ('chị', 'Phó Bí thư Tỉnh đoàn Nghệ An')),
     ('Phan Văn Dũng', ('Thượng tá', 'Phó Trưởng phòng Cảnh sát giao thông'))]
    """
    found: list[_Mention] = []
    pending: list[_Mention] = []
    lists: dict[int, bool] = {}
    shared: dict[int, str] = {}
    listed: dict[int, list[str]] = {}
    runs, titles = _runs_and_titles(text)
    for run in runs:
        mention = _full_name(text, run, lists, shared, listed)
        if mention is not None:
            (pending if mention.pending else found).append(mention)
    lone = _lone_prefixed(text, found)
    if lone:
        found = sorted(found + lone, key=_START_OF)
    if pending:
        known = {m.name for m in found}
        found += [m for m in pending if m.name in known]
        found.sort(key=_START_OF)
    foreign = _foreign_mentions(text, found, titles)
    if foreign:
        found = sorted(found + foreign, key=_START_OF)
    _drop_offices_of_the_next(found)
    _share_linked_office(text, found)
    if found and not found[-1].titles:
        _sign_off_title(text, found[-1])
    if found:
        found += _short_references(text, found)
        found.sort(key=_START_OF)
    return [
        Person(text[x.start : x.end], x.start, x.end, x.name, _distinct(x.titles))
        for x in found
    ]


def _runs_and_titles(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans of the family-name runs that ``NAME_RUN.finditer`` gives and of the
    matches of the foreign title pattern (``foreign_names.title_spans``, but for a
    lower-case term of address with no capital after it), each in text order, from one
    scan of ``_RUN_OR_TITLE``.

    >>> _runs_and_titles("Phó Thủ tướng Lào Sonexay và ông Lê Văn Anh, bà (nói)")
    ([(33, 43)], [(0, 13), (4, 13), (29, 32)])
    """
    runs: list[tuple[int, int]] = []
    titles: list[tuple[int, int]] = []
    addresses: list[int] = []
    free = 0  # where the last run taken ends: the runs do not overlap
    for m in _RUN_OR_TITLE.finditer(text):
        at = m.start()
        if text.endswith(_ADDRESS_BEFORE, 0, at):
            addresses += (at - len(b) for b in _ADDRESS_BEFORE if text.endswith(b, 0, at))
        run = m.span("run")
        if run[0] < 0:
            title = m.span("lone_title")
        else:
            if run[0] >= free:
                runs.append(run)
                free = run[1]
            title = m.span("title")
        if title[0] >= 0:
            titles.append(title)
    lower = lower_case_titles(text, addresses)
    if lower:
        titles = sorted(titles + lower)
    return runs, titles


# The marks of a signature that may stand between a signer's office and name in the
# signing block of a document ("BÍ THƯ" / "(đã ký)" / "Lê Văn A"): read from the data
# of the cleaner, which keeps that block.
_SIGNED_MARKS = frozenset(data_section("clean_signature_formulas.txt", "marks"))
_MAX_SIGN_OFF_WORDS = 10  # words of a signer's office on its own line


def _sign_off_title(text: str, mention: _Mention) -> None:
    r"""Give the last mention of a text, when it has no title and is a line of its own
    at the very end, the office on the line just above it (the signing block of a
    document: "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / "(đã ký)" / "Lê Văn A") or, for the
    signature of a speech, on the one line after it ("Lê Văn A" / "Bí thư Tỉnh ủy").
    A line counts as an office only when an office phrase fills it whole.

    >>> m = _Mention(21, 30, "Lê Văn Ba")
    >>> _sign_off_title("Xin cảm ơn.\nGIÁM ĐỐC\nLê Văn Ba", m); m.titles
    ['GIÁM ĐỐC']
    >>> m = _Mention(12, 21, "Lê Văn Ba")
    >>> _sign_off_title("Xin cảm ơn.\nLê Văn Ba\nBí thư Tỉnh ủy\n", m); m.titles
    ['Bí thư Tỉnh ủy']
    >>> m = _Mention(12, 21, "Lê Văn Ba")
    >>> _sign_off_title("Xin cảm ơn.\nLê Văn Ba\nBí thư Tỉnh ủy rất vui.", m); m.titles
    []
    """
    head = text.rfind("\n", 0, mention.start) + 1
    tail = text.find("\n", mention.end)
    if tail < 0:
        tail = len(text)
    if text[head : mention.start].strip() or text[mention.end : tail].strip():
        return  # not a line of its own
    rest = text[tail:].strip()
    if rest:
        if "\n" not in rest and _whole_office(rest):
            mention.titles.append(rest)
        return
    for _ in range(2):  # the office, or a mark of a signature and then the office
        if head < 2:
            return
        above = text[text.rfind("\n", 0, head - 1) + 1 : head - 1].strip()
        if _whole_office(above):
            mention.titles.append(above)
            return
        if above not in _SIGNED_MARKS:
            return
        head = text.rfind("\n", 0, head - 1) + 1


def _whole_office(line: str) -> bool:
    """Whether an office phrase (or a title) fills a line whole.

    >>> _whole_office("PHÓ CHỦ TỊCH"), _whole_office("Phó Chủ tịch UBND tỉnh cho biết")
    (True, False)
    """
    if not line or line.count(" ") >= _MAX_SIGN_OFF_WORDS or _AHEAD_END.search(line):
        return False  # (a sentence, not an office: "Bí thư Tỉnh ủy phát biểu.")
    found = _segment_office(line)
    return found is not None and found[2] and found[0] == line


def _lone_prefixed(text: str, found: list[_Mention]) -> list[_Mention]:
    """Names of one syllable with a personal prefix ("K'Broi") right after a title or
    honorific, or after an office whose body is a department named by its field,
    where no other name was found; each with the offices after it.

    >>> [(m.name, m.titles) for m in _lone_prefixed("Ông K'Broi, Giám đốc Sở Y tế, nói", [])]
    [("K'Broi", ['Ông', 'Giám đốc Sở Y tế'])]
    >>> _lone_prefixed("thôn K'Long và xã K'Dang", [])
    []
    """
    out: list[_Mention] = []
    starts = [m.start for m in found]  # (in text order, not overlapping)
    for m in _apostrophe_matches(text):
        start, end = m.start() - 1, m.end()
        if start < 0 or text[start : start + 2] not in _SURNAME_PREFIXES:
            continue
        if start and (text[start - 1].isalnum() or text[start - 1] in "'’"):
            continue  # inside a word
        i = bisect.bisect_left(starts, end)
        if (i and found[i - 1].end > start) or _capitalised_word_follows(text, end):
            continue
        before, keys, title, _ = _clause_facts(text[_clause_start(text, start) : start])
        if title is not None:
            if _place_before(before, keys, None, 1):
                continue  # "Trưởng thôn K'Long"
            titles = [title]
        else:
            department = _department_office(text, start, (text[start:end],))
            if department is None or department[1][5] is None:
                continue
            titles = [department[1][5]]
        offices_at: list[int] = []
        after, _ = _appositives(text, end, offices_at)
        out.append(_Mention(start, end, text[start:end], titles + after, offices_at=offices_at))
    return out


def _apostrophe_matches(text: str) -> list[re.Match[str]]:
    """Where ``_LONE_PREFIXED`` matches at an apostrophe of ``text`` (those at a
    straight apostrophe first, each kind in text order).

    >>> [m.group() for m in _apostrophe_matches("K’Lim và K'Broi, H'x, K' Hương")]
    ["'Broi", "' Hương", '’Lim']
    """
    out = []
    for quote in _APOSTROPHES:
        at = text.find(quote)
        while at >= 0:
            m = _LONE_PREFIXED.match(text, at)
            if m is not None:
                out.append(m)
            at = text.find(quote, at + 1)
    return out


def _foreign_mentions(
    text: str, found: list[_Mention], titles: Sequence[tuple[int, int]] | None = None
) -> list[_Mention]:
    """Foreign names after a title (``foreign_names.py``; ``titles``: where its title
    pattern matches, when already found) where no Vietnamese name was found, each with
    the offices after it.

    >>> [(m.name, m.titles) for m in _foreign_mentions("Ngài Marc Knapper, Đại sứ Hoa Kỳ, dự", [])]
    [('Marc Knapper', ['Ngài', 'Đại sứ Hoa Kỳ'])]
    """
    out: list[_Mention] = []
    starts = [m.start for m in found]  # (in text order, not overlapping)
    ends = {m.end for m in found}  # (where names end: an office after one is its own)
    for start, end, name, title in find_foreign_names(text, frozenset(starts), titles):
        i = bisect.bisect_left(starts, end)  # found[:i] start before the name ends
        if i and found[i - 1].end > start:
            continue
        offices_at: list[int] = []
        after, _ = _appositives(text, end, offices_at)
        lead = start - len(title) - 1 if title else start
        lead_words = text[_clause_start(text, lead) : lead].split()
        if after and lead_words:
            _drop_next_subject(text, lead_words, after, offices_at)  # "Tiếp Bộ trưởng X, …"
        mention = _Mention(start, end, name, [title, *after], offices_at=offices_at)
        if title:
            mention.title_at = start - len(title) - 1
            mention.titles[:0] = _foreign_offices_before(text, mention.title_at, end, ends)
        ends.add(end)
        out.append(mention)
    return out


def _foreign_offices_before(text: str, title_at: int, end: int, ends: set[int]) -> list[str]:
    """The offices before the comma that opens the clause of a foreign name's title at
    ``title_at`` when that clause is the title alone (see ``_offices_before_comma``) and
    no name found earlier (ending at one of ``ends``) stands right before that comma.

    >>> t = "hội đàm với Phó Thủ tướng, Bộ trưởng Ngoại giao Lào Saleumxay Kommasith"
    >>> _foreign_offices_before(t, t.index("Bộ"), len(t), set())
    ['Phó Thủ tướng']
    >>> t = "Ông Lê Văn A, Bộ trưởng Ngoại giao Lào Saleumxay Kommasith"
    >>> _foreign_offices_before(t, t.index("Bộ"), len(t), {12})
    []
    """
    clause_start = _clause_start(text, title_at)
    if text[clause_start:title_at].strip():
        return []  # "tiếp Đại sứ X": the clause holds more than the title
    if len(text[:clause_start].rstrip(" ,")) in ends:
        return []  # "Đại sứ Úc Gillian Bird, Tổng Thư ký ASEAN Kao Kim Hourn"
    return _offices_before_comma(text, clause_start, end)


def _drop_offices_of_the_next(found: list[_Mention]) -> None:
    """An "office" after a name that runs over the next person's name is that
    person's title, not an office of this one ("Chủ tịch nước Lương Cường, Thủ tướng
    Chính phủ Phạm Minh Chính": Lương Cường is not "Thủ tướng …"): it is dropped,
    with the offices after it; but the part of it before "và" and that name stays
    ("A, Chủ tịch UBND phường và B, Chủ tịch …"). ``found`` is in text order."""
    for k, m in enumerate(found[:-1]):
        if not m.offices_at:
            continue
        nxt = found[k + 1].start
        if found[k + 1].title_at >= 0:
            nxt = found[k + 1].title_at  # "…, Giám đốc Quốc gia WB Mariam J. Sherman"
        first_office = len(m.titles) - len(m.offices_at)
        for j, at in enumerate(m.offices_at):
            office = m.titles[first_office + j]
            if at <= nxt < at + len(office):
                own = office[: nxt - at]
                keep = j + (own.endswith(_AND_NEXT) and own.count(" ") > _AND_NEXT.count(" "))
                if keep > j:
                    # "A, Chủ tịch UBND phường và B, Chủ tịch …": the office before
                    # "và" is A's
                    m.titles[first_office + j] = own[: -len(_AND_NEXT)]
                del m.titles[first_office + keep :]
                del m.offices_at[keep:]
                break


def _share_linked_office(text: str, found: list[_Mention]) -> None:
    """An office that a link phrase gives the last name of a list ("các đồng chí A, B
    và C được bầu giữ chức Phó Chủ tịch") is every item's: the names before it, each
    joined to the next by a comma or "và" alone (no office of its own between), get
    it too, when a plural word ("các", "những") opens the list. A verb link ("làm",
    ``people_office_links.txt``) is not shared. ``found`` is in text order.

    >>> t = "các ông Lê Văn An, Hà Văn Bé được bầu giữ chức Phó Chủ tịch"
    >>> found = [_Mention(8, 17, "Lê Văn An", ["ông"]),
    ...          _Mention(19, 28, "Hà Văn Bé", ["Phó Chủ tịch"], offices_at=[28])]
    >>> _share_linked_office(t, found)
    >>> found[0].titles
    ['ông', 'Phó Chủ tịch']
    """
    for k in range(len(found) - 1, 0, -1):
        last = found[k]
        if last.offices_at != [last.end] or not last.titles:
            continue  # no office linked right after the name
        link = _NEXT_WORD.match(text, last.end)
        if link is None or _key(link.group(1)) in _VERB_LINKS:
            continue
        j = k
        while j > 0:
            item, nxt = found[j - 1], found[j]
            if item.offices_at or text[item.end : nxt.start] not in _LIST_GLUE:
                break
            j -= 1
        if j == k or _PLURALS.isdisjoint(map(_key, _clause_before(text, found[j].start)[-3:])):
            continue  # no list, or none a plural marks ("Theo ông A, B được bầu …")
        for item in found[j:k]:
            item.titles.append(last.titles[-1])


def _distinct(titles: list[str]) -> tuple[str, ...]:
    """The titles in order, each once, empty ones left out.

    >>> _distinct(["ông", "", "Bộ trưởng", "ông"]), _distinct(["bà"])
    (('ông', 'Bộ trưởng'), ('bà',))
    """
    if len(titles) == 1 and titles[0]:
        return (titles[0],)
    return tuple(dict.fromkeys(filter(None, titles)))
