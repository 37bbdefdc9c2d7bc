"""Find dates: full dates, partial dates and ranges, with ISO 8601 values.

What counts as a date (each rule is a pattern of structure plus a data file of words):

* **Full dates** in every common form — ``1/12/2011``, ``01/12/2011``, ``22-7-2019``,
  ``22–01-2019``, ``19.8.2020``, ``ngày 19 tháng 8 năm 2020``, ``12/4 năm 2021`` (and ISO
  ``2020-08-19``) —
  are dates wherever they stand, value ``YYYY-MM-DD``. A lead right before them stays in
  the mention: a day noun (``dates_day_nouns.txt``: ngày, hôm, mùng), a part of the
  day (``dates_dayparts.txt``: Sáng, Chiều, Tối, …), a weekday
  (``dates_weekdays.txt``), or a relative day before a parenthesised date
  (``dates_relative_days.txt``: "Sáng nay (27/6)").
* **Month and year**: ``tháng 8/2020``, ``tháng 9 năm 2021`` → ``YYYY-MM``; a bare
  ``8/2020`` only after a temporal preposition (``dates_prepositions.txt``: "đến
  7/2024"), since ``12/2023`` alone is as likely a document number.
* **Years**: a four-digit year (1000–2199) is a date only after a year cue
  (``dates_year_cues.txt``: "năm 2016", "Trong năm 2016", "sinh năm 1990",
  "SN 1996" — birth years count, as in the gold) or inside a range. Qualifiers before
  "năm" ("6 tháng đầu năm 2024", "cuối năm 2023", "đến năm 2030") are not part of the
  mention; the value is the year. Durations and ages ("93 năm", "2 năm 6 tháng") have
  no year number and are never dates; nor are relative words ("năm nay", "hằng năm").
  Years listed after a year date share its cue, each a date of its own ("năm 2022,
  2023", "sửa đổi năm 2008 và 2014"): only a later year of 19xx or 20xx ("năm 2023, 15
  xã" and "năm 2023, 2000 người" are counts).
* **Lists of months** after a lone "tháng N" (``_LIST_GLUE``: ",", "và"), each month a
  date of its own: "tháng 8, 9/2024", "tháng 8 và tháng 9 năm 2024", "tháng 8, 9 và 10
  năm 2024" take the year the last states; "tháng 10 và đầu tháng 11" (a qualifier from
  ``dates_prepositions.txt`` left out of the mention) takes the dateline's year like a
  day/month. The list must end in a month led by "tháng" or stating the year, since
  "tháng 8, 9 xã" ends in a count.
* **A month without a year** ("vào tháng 7.", "trung tuần tháng 7", "tháng 7 năm nay")
  is a date, value ``YYYY-MM``, only with a dateline and with evidence
  (``dates_month_words.tsv``): a temporal preposition or a lead right before "tháng"
  ("vào", "đến hết", "trong", "trung tuần"), or a clause break or a relative-year phrase
  right after the number. That phrase places the year ("năm nay": the dateline's, "năm
  sau", "năm ngoái", "tới": the next such month, "vừa qua", "đến nay": the last one);
  else the year is the one nearest the dateline, as for a day/month. Never after a
  number or a rate word ("3 tháng 7 ngày", "2 tháng 9", "mỗi tháng 2 lần", "rằm tháng
  7"), nor as the start of a range that fails ("Từ tháng 8 đến tháng 14/2024"). Counts
  of months ("6 tháng đầu năm") have no number after "tháng".
* **Day and month without a year** (``Sáng 12/4``, ``Ngày 27/8``, ``tối 30/5``) take
  the year of ``published`` that puts them within six months of it ("Ngày 28/12" in
  a paper of 2 January is last December), else ``--MM-DD``; a relative-year phrase
  after them places them as it places a month ("ngày 15/2 năm sau", "ngày 20/11 tới",
  "ngày 1/7 vừa qua"). A coming date — a forward cue before it in its clause
  (``dates_forward_cues.tsv``: "sẽ", "dự kiến", "chậm nhất", or a deadline word such as
  "trước" after an obligation word such as "phải"), and no past word ("đã") or
  document number there — takes its next occurrence on or after the dateline where
  the nearest year would put it more than a month before it ("Dự kiến ngày 20/11" in
  a paper of 17 April; "phải … trước tháng 9" in one of 10 January); so does a month
  without a year. A lone day led by a part of the day right before the next day's
  date is the day before ("đêm 26 rạng sáng 27/7/2023"). Because
  ``7/7 huyện``, ``63/63 tỉnh``, ``8/10 hộ`` and ``trực 24/7`` look the same, a bare
  day/month is a date only with evidence: a day lead right before it (above), or a
  temporal preposition before it *and* punctuation or the line end right after it
  ("Tính đến 30/6, …"), or a place in a range (below). Times of day ("21 giờ 15
  phút ngày 2/6/2023") are not part of the mention. Days listed before the one that
  names the month are dates each, its month after a slash, a hyphen or a dot ("ngày 14
  và 15/4", "ngày 3 và 4-4", "ngày 17 và 18.4.2025"; "mỗi ngày 3 và 4-5 lượt" is a
  rate), and so are day/months listed after a day/month date in a list ending in "và"
  ("Ngày 14-4 và 15-4", "ngày 14/4, 15/4 và 16/4": a later day of the same or the next
  month, or of a later month when the day is no month number, "ngày 12/3 và 20/5";
  "Ngày 27/8, 7/7 huyện" is no list).
* **Ranges** ``START/END``: two dates joined by a dash (``2021-2025``, ``(17/3 -
  30/4)``, ``(19.8.1945 - 19.8.2015)``) or by a connector word
  (``dates_range_connectors.txt``: đến, tới, đến hết) after a range opener
  (``dates_range_openers.txt``: từ, giai đoạn, nhiệm kỳ, năm học). The opener and
  surrounding parentheses stay in the mention ("giai đoạn 2016 - 2025", "(2017 -
  2021)", "Từ năm 2011 đến năm 2015"). The start borrows what it lacks from the end
  ("Từ tháng 8 đến tháng 10/2024" → ``2024-08/2024-10``, "ngày 16-17/3"), stepping
  back a year when that is needed to keep the start first ("từ 20/12 đến 10/1/2024").
  A dash range of two bare years needs start < end; one of two bare day/months needs
  a lead, an opener or parentheses.

Not dates: fractions and ratios (``62/63 địa phương``, ``tỷ lệ 8/10``), numbers glued
to letters or inside longer numbers (``B93``, ``Ban Chỉ đạo 138``, ``1.427``, ``5,6
kg``, phone ``0207.3822.246``), numbers inside document numbers and codes
(``521/2005/QĐ-TTg``, ``87/CT-VKSTK``, ``30/2023/QH15``: a slash or a dash and letter
glued to either end disqualifies), numbers deep in a chain joined by dashes (after
four numbers: ``1-1-1-1-1-1``, a code; two dates or a range of two take at most three
before the second starts: ``22-7-2019-22-7-2020``, ``30-4-1-5``), impossible days
(``31/2``, checked against the calendar of the resolved year), and lunar dates
(``dates_lunar_markers.txt``: "ngày 15/8 âm lịch"). Quarters ("quý I/2024": the
contract has no value form for them) and a month with no year and no evidence ("Tháng
8 có", or any month without a dateline: ``--MM`` is no value form of the contract) are
not reported.

>>> [(d.text, d.value) for d in find_dates(
...     "Sáng 27/6, tại Hà Nội. Luật số 30/2023/QH15 thông qua ngày 28 tháng 11 năm 2023; "
...     "63/63 tỉnh, giai đoạn 2016 - 2025, từ ngày 17/3 đến ngày 30/4.", "2024-06-27T11:20")]
... # doctest: +NORMALIZE_WHITESPACE
[('Sáng 27/6', '2024-06-27'), ('ngày 28 tháng 11 năm 2023', '2023-11-28'),
 ('giai đoạn 2016 - 2025', '2016/2025'), ('từ ngày 17/3 đến ngày 30/4', '2024-03-17/2024-04-30')]
>>> [(d.text, d.value) for d in find_dates("Ngày 27/8, Ban Chỉ đạo 138 họp; tỷ lệ 8/10.")]
[('Ngày 27/8', '--08-27')]

Speed: the scan is one ``finditer`` of a ``regex`` pattern whose first item is an
ASCII digit, so the engine skips ahead on it (the ``regex`` module runs this
digit-led pattern a third faster than stdlib ``re``); the pattern already demands of a
lone number or year what makes it worth a look (a unit word before it, or a dash or
connector after it), and where no number can start it skips a whole run of digits
or of glued numbers at once ("(*SKIP)"), so "1/1/1…" or 100,000 digits cost about
what ordinary text costs. The words to the left of a number (lead, cue, opener) are
read by one anchored match of a mirrored pattern on the mirrored window of at most 64
characters before it. Python work is per number, never per word; all repetitions are
bounded, so the time is linear in the input. On article text some 60 % of the time
is spent inside the two patterns.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import functools
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

import regex

from ttcorpus.models import DateMention
from ttcorpus.resources import data_lines, data_rows

__all__ = ["find_dates"]


def _key(phrase: str) -> str:
    """The matching key of a cue word: lower case, single spaces.

    >>> _key("Giai  Đoạn")
    'giai đoạn'
    """
    return " ".join(phrase.lower().split())


# ---------------------------------------------------------------- vocabulary

_DAY_NOUNS = data_lines("dates_day_nouns.txt")
_DAYPARTS = data_lines("dates_dayparts.txt")
_WEEKDAYS = data_lines("dates_weekdays.txt")
_RELATIVE_DAYS = data_lines("dates_relative_days.txt")
_YEAR_CUES = data_lines("dates_year_cues.txt")
_RANGE_OPENERS = data_lines("dates_range_openers.txt")
_RANGE_CONNECTORS = data_lines("dates_range_connectors.txt")
_PREPOSITIONS = data_lines("dates_prepositions.txt")
_LUNAR_MARKERS = data_lines("dates_lunar_markers.txt")
_MONTH_WORDS = data_rows("dates_month_words.tsv")

# Grammatical glue inside the numeric forms: the month and year nouns of
# "ngày 19 tháng 8 năm 2020" and "tháng 9 năm 2021".
_MONTH_WORD = "tháng"
_YEAR_WORD = "năm"

_OPENER_KEYS = frozenset(map(_key, _RANGE_OPENERS))
# Openers that hold a day noun ("ngày từ", "các ngày"): a lone number after one is a day.
_DAY_OPENER_KEYS = frozenset(
    k for k in _OPENER_KEYS if any(w in {_key(d) for d in _DAY_NOUNS} for w in k.split())
)
_CONNECTOR_KEYS = frozenset(map(_key, _RANGE_CONNECTORS))
# Openers that end in "từ" (glue: "from"): a lone number after one may open a range of
# days ending in a full date ("từ 1 - 3/7/2025", ``_DAY_RANGE_END``).
_FROM_KEYS = frozenset(k for k in _OPENER_KEYS if k.split()[-1] == "từ")
_PREPOSITION_KEYS = frozenset(map(_key, _PREPOSITIONS))

# ---------------------------------------------------------------- patterns

_SP = r"[^\S\n]"  # white space within a line
_GAP = _SP + "{1,3}"
_SEP = r"[/.\-\u2013\u2014]"  # slash, dot, hyphen, en dash, em dash
_DASH = r"[\-\u2013\u2014]"
_YEARS = (1000, 2199)


def _alternation(words: Iterable[str], *, any_case: bool = False) -> str:
    """One alternation of words or phrases (lower case), factored as a character trie
    so the engine never retries a shared prefix; a space matches ``_GAP``. With
    ``any_case`` each letter matches either case (cheaper than ``re.IGNORECASE``).

    >>> _alternation(["đến", "đến hết", "tới"])
    '(?:tới|đến(?:[^\\\\S\\\\n]{1,3}hết|))'
    >>> _alternation(["hôm"], any_case=True)
    '[hH][ôÔ][mM]'
    """
    root: dict[str, dict] = {}
    for word in {_key(w) for w in words}:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(root, any_case)


def _trie_pattern(node: dict[str, dict], any_case: bool) -> str:
    branches = [
        _char_pattern(char, any_case) + _trie_pattern(child, any_case)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    # an optional tail is written "(?:…|)": the stdlib engine runs an empty branch
    # much faster than a "?" on a group
    return "(?:" + "|".join(branches) + ("|)" if "" in node else ")")


def _char_pattern(char: str, any_case: bool) -> str:
    if char == " ":
        return _GAP
    if any_case and len(_cases(char)) == 2:
        return f"[{_cases(char)}]"
    return re.escape(char)


def _cases(char: str) -> str:
    """The spellings of a letter in any case: itself and its one-letter capital.

    >>> _cases("đ"), _cases("2"), _cases("ß")
    ('đĐ', '2', 'ß')
    """
    upper = char.upper()
    return char + upper if upper != char and len(upper) == 1 else char


def _mirrored(words: Iterable[str], *, guard: bool = True) -> str:
    """The alternation of the words written backwards, any case, for reading leftwards;
    with ``guard``, after a look-ahead at their first letters: the stdlib engine then
    gives up at once where no word fits, instead of trying every branch.

    >>> _mirrored(["hôm", "ngày"])
    '(?=[MYmy])(?:[mM][ôÔ][hH]|[yY][àÀ][gG][nN])'
    """
    backwards = [_key(w)[::-1] for w in words]
    alternation = _alternation(backwards, any_case=True)
    if not guard:
        return alternation
    firsts = sorted({c for word in backwards for c in _cases(word[0])})
    return f"(?=[{''.join(map(re.escape, firsts))}])" + alternation


def _year_before(words: Iterable[str]) -> str:
    """One look-behind true when one of the words and one space, or a dash (and maybe a
    space), stand right before the four-digit number just matched: "năm 2016", "SN
    1996", "2016 - 2025"."""
    return rf"(?<=(?:{_alternation(words)}{_SP}|{_DASH}{_SP}?)[0-9]{{4}})"


# What may follow a lone number or a bare year that can only be one end of a range:
# a dash and a digit, or a connector ("17-20/3", "tháng 8 đến tháng 10/2024").
_RANGE_NEXT = (
    rf"(?={_SP}{{0,3}}{_DASH}{_SP}{{0,3}}[0-9]"
    rf"|{_GAP}{_alternation(c.split()[0] for c in _RANGE_CONNECTORS)}(?!\w))"
)
# The glue between the items of a list: a comma, "và" (and), or both ("2022, 2023",
# "2022 và 2023", "tháng 8, 9 và 10").
_LIST_GLUE = "(?:, | và |, và )"
# A year listed after a four-digit year ("năm 2022, 2023", "năm 2008 và 2014"): only a
# plausible year, 19xx or 20xx (see ``_listed_year``).
_YEAR_LISTED = rf"(?<=[0-9]{{4}}{_LIST_GLUE}(?:19|20)[0-9]{{2}})"
# Month qualifiers that may stand before "tháng" inside a list of months ("tháng 10
# và đầu tháng 11"): the temporal prepositions that neither open nor join a range.
_MONTH_QUALIFIERS = tuple(
    p for p in _PREPOSITIONS if _key(p) not in _OPENER_KEYS | _CONNECTOR_KEYS
)
_MONTH_QUALIFIER = rf"(?:{_alternation(_MONTH_QUALIFIERS, any_case=True)}{_GAP}|)"
_MONTH_LEAD = rf"{_MONTH_QUALIFIER}(?i:{_MONTH_WORD})"
# A number listed before the item that names the month: a day ("ngày 14 | và 15/11",
# "ngày 14 |, 15 và 16/11/2024", see ``_day_list``) or a month ("tháng 8 |, 9/2024",
# "tháng 8 | và tháng 9 năm 2024", "tháng 10 | và đầu tháng 11", "tháng 8 |, 9 và 10
# năm 2024", see ``_month_list``). At most ten numbers before it, so that a long run of
# "1, 1, 1, …" costs each number a bounded look, not one to the end of the run.
_LIST_NEXT = (
    rf"(?=(?:{_LIST_GLUE}[0-9]{{1,2}}){{0,10}}{_LIST_GLUE}(?:[0-9]{{1,2}}(?:{_SEP}[0-9]"
    rf"|{_GAP}(?i:{_YEAR_WORD}){_GAP}[0-9]{{4}})|{_MONTH_LEAD}{_GAP}[0-9]))"
)
# The word before a cued year or a range's second year: the last word of a year cue or
# of a connector, or a dash ("năm 2016", "SN 1996", "2016 - 2025", "đến 2020").
_YEAR_BEFORE = _year_before(c.split()[-1] for c in (*_YEAR_CUES, *_RANGE_CONNECTORS))

# A number starts at an ASCII digit not glued to a word or to a number with a
# separator ("B93", "1.427", "7.288/10.546": what stands before the digit just read),
# nor deep in a chain of numbers joined by dashes ("1-1-1-1-1-1", "0912-345-678-90-1"):
# a number after four numbers so joined is no date, as dates and ranges written with
# dashes put at most three numbers before the start of a date ("22-7-2019-22-7-2020",
# "30-4-1-5", "2016-2017-2018-2019").
_GLUED = r"\w[0-9]|\w[.,/][0-9]"
_DASH_CHAIN = rf"[0-9]{_DASH}[0-9]+{_DASH}[0-9]+{_DASH}[0-9]+{_DASH}[0-9]"
# Every numeric form after its first digit, factored so that the engine never reads a
# digit twice; digit counts are loose here and checked against the calendar later.
# Optional parts are written "(?:…|)" (see _trie_pattern); a digit count is possessive
# where giving a digit back could never let the rest match.
_NUMBER_FORMS = (
    r"[0-9]{3}(?:"  # four digits: a year
    + r"-[0-9]{2}-[0-9]{2}"  # ISO 2020-08-19
    + rf"|(?i:{_YEAR_BEFORE}|{_RANGE_NEXT})"  # năm 2016, SN 1996, 2016 - …
    + rf"|{_YEAR_LISTED}"  # năm 2022, 2023
    + r")"
    + r"|[0-9]?+(?:"  # one or two digits: a day or a month
    + rf"{_SEP}(?:[0-9]{{4}}"  # 8/2020
    + rf"|[0-9]{{1,2}}+(?:{_SEP}[0-9]{{4}}"  # 19/8/2020, 22-7-2019, 19.8.2020
    + rf"|{_GAP}(?i:{_YEAR_WORD}){_GAP}[0-9]{{4}}|))"  # 12/4 năm 2021; 12/4
    + rf"|{_GAP}(?i:{_MONTH_WORD}){_GAP}[0-9]{{1,2}}+"  # 19 tháng 8
    + rf"(?:{_SP}{{0,3}},?{_GAP}(?i:{_YEAR_WORD}){_GAP}[0-9]{{4}}|)"  # … năm 2020
    + rf"|{_GAP}(?i:{_YEAR_WORD}){_GAP}[0-9]{{4}}"  # (tháng) 9 năm 2021
    + rf"|(?i:{_RANGE_NEXT})"  # ngày 17-…, tháng 8 đến …
    + rf"|{_LIST_NEXT}"  # ngày 14 và 15/11, tháng 8 và tháng 9
    + rf"|(?<=(?i:{_MONTH_WORD}){_GAP}[0-9]{{1,2}})"  # tháng 7 (see ``_lone_month``)
    + r")"
)
# A number ends where no word character, decimal part, code ("/QĐ", "-CP") or further
# slash follows, though a dash then a digit may (the second end of a range).
_NUMBER_END = rf"(?!\w)(?![.,][0-9])(?!/\w)(?!{_DASH}[^\W\d_])"
# Where no number starts, the search skips at once past the rest of the digit run and
# the runs glued after it by a dot, comma or slash (none of them starts a number), or
# by dashes inside a dash chain: "(*SKIP)(*FAIL)" resumes the search there, so a long
# run of digits or of "1/1/1…" is not tried digit by digit. (Up to 64 runs at a time:
# the ``regex`` module runs a bounded repeat of a group faster than an unbounded one.)
_SKIP_GLUED = r"[0-9]*+(?:[.,/][0-9]++){0,64}+(*SKIP)(*FAIL)"
_SKIP_DASH_CHAIN = rf"[0-9]*+(?:{_DASH}[0-9]++){{0,64}}+(*SKIP)(*FAIL)"
# The scan: a digit, then where it cannot start a number a skip, else a number form.
# (Its plain definition, which the tests check it against, is
# "[0-9](?<!GLUED)(?<!DASH_CHAIN)(?:NUMBER_FORMS)NUMBER_END".)
_NUMERIC = regex.compile(
    rf"[0-9](?:(?<={_GLUED}){_SKIP_GLUED}|(?<={_DASH_CHAIN}){_SKIP_DASH_CHAIN}"
    rf"|(?:{_NUMBER_FORMS}){_NUMBER_END}|{_SKIP_GLUED})"
)
_DIGIT_RUN = re.compile(r"[0-9]+")


def _weekday_heads(units: Iterable[str], guard: bool) -> str:
    """Mirrored look-ahead that stops a unit word from being read as the end of a
    weekday name ("thứ Năm (27/6)" is a weekday, not the year cue "năm")."""
    heads = [
        w[: -len(u)].strip()
        for w in map(_key, _WEEKDAYS)
        for u in map(_key, units)
        if w.endswith(" " + u)
    ]
    return rf"(?!{_GAP}{_mirrored(heads, guard=guard)}(?!\w))" if heads else ""


_UNITS = (*_DAY_NOUNS, _MONTH_WORD, *_YEAR_CUES)


def _left_context(*, guard: bool = True) -> str:
    """The words right before a number, read leftwards on the mirrored text: an opening
    parenthesis after a lead ("Sáng nay (27/6"), a unit (day noun, "tháng" or year
    cue), a relative day, a weekday, a part of the day, and a range opener, connector
    or preposition. Group numbers are used below (``_CTX_*``). ``guard``: each word
    list after a look-ahead at its first letters, and the spaces before a word taken
    possessively (a word starts with neither a space nor a comma, so giving one back
    never helps): the same matches, found faster."""

    def words(phrases: Iterable[str]) -> str:
        return _mirrored(phrases, guard=guard)

    once = "+" if guard else ""
    gap = _GAP + once  # one to three spaces
    comma = f"{_SP}{{0,3}}{once},?{_SP}{{0,3}}{once}"  # maybe a comma ("thứ Hai, ngày")
    # each slot is optional, written "(?:…|)" (see _trie_pattern)
    return (
        r"(?:(\()|)"
        rf"(?:{gap}(?:({words(_DAY_NOUNS)})|({words([_MONTH_WORD])})"
        rf"|({words(_YEAR_CUES)})){_weekday_heads(_UNITS, guard)}|)"
        rf"(?:{comma}({words(_RELATIVE_DAYS)})|)"
        rf"(?:{comma}({words(_WEEKDAYS)})|)"
        rf"(?:{gap}({words(_DAYPARTS)})|)"
        rf"(?:{gap}({words((*_RANGE_OPENERS, *_RANGE_CONNECTORS, *_PREPOSITIONS))})|)"
        r"(?!\w)"
    )


_LEFT_CONTEXT = re.compile(_left_context())
_CTX_PAREN, _CTX_DAY, _CTX_MONTH, _CTX_YEAR = 1, 2, 3, 4
_CTX_REL, _CTX_WEEKDAY, _CTX_DAYPART, _CTX_PRE = 5, 6, 7, 8
_LEFT_WINDOW = 64
_BEFORE_CONTEXT = frozenset(" (\t")
# The last letters of every context phrase, in both cases, and "(" and ","
# ("thứ Hai, ngày"): a number after a word ending otherwise has no context.
_CONTEXT_LAST_CHARS = frozenset(
    "(, \t"
    + "".join(
        w[-1] + w[-1].upper()
        for w in map(
            _key,
            (
                *_DAY_NOUNS,
                _MONTH_WORD,
                *_YEAR_CUES,
                *_RELATIVE_DAYS,
                *_WEEKDAYS,
                *_DAYPARTS,
                *_RANGE_OPENERS,
                *_RANGE_CONNECTORS,
                *_PREPOSITIONS,
            ),
        )
    )
)

_BARE_YEAR_SPAN = 50  # the widest range of two bare years with no cue, opener or brackets
_RANGE_GAP = 7  # the most characters between the two ends of a range ("2016 - 2025")
_DASH_GAP = re.compile(rf"{_SP}{{0,3}}{_DASH}{_SP}{{0,3}}")
_WORD_GAP = re.compile(_GAP)
_CLAUSE_BREAK = re.compile(rf"{_SP}{{0,3}}(?:[,.;:!?)\n]|\Z)")
_CLOSE_PAREN = re.compile(rf"{_SP}{{0,3}}\)")
_OPEN_PAREN_BEFORE = re.compile(rf"\({_SP}{{0,3}}\Z")
_LUNAR_KEYS = tuple(sorted({_key(w) for w in _LUNAR_MARKERS}))
# A lunar marker follows a date after a space: the character after it is "(" or the
# marker's first letter (a cheap test before the pattern).
_LUNAR_FIRST = frozenset("(" + "".join(k[0] + k[0].upper() for k in _LUNAR_KEYS))
_LUNAR_AFTER = re.compile(
    rf"{_SP}{{0,3}}\(?{_SP}{{0,3}}{_alternation(_LUNAR_MARKERS, any_case=True)}(?!\w)"
)

# ---------------------------------------------------------------- atoms

# What stands left of a number (see ``_LEFT_CONTEXT``), as a plain tuple because one
# is built for nearly every number: (lead_start: start of the lead kept in a single
# mention or -1, pre: key of the opener/connector/preposition or None, pre_start,
# unit: _CTX_DAY/_CTX_MONTH/_CTX_YEAR or 0, day_lead: a day noun, part of the day,
# weekday or relative day, lead_paren: a lead then "(" before the number).
_Context = tuple[int, str | None, int, int, bool, bool]
_NO_CONTEXT: _Context = (-1, None, -1, 0, False, False)


@dataclass(slots=True)
class _Atom:
    """One dated number with its left context, before ranges are joined.

    ``start``/``end`` span the single mention (lead included); ``pre``/``pre_start``
    is the opener, connector or preposition before it, kept only in a range;
    ``standalone``: a date on its own; ``cued``: a lead names it as a date."""

    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    standalone: bool
    cued: bool
    pre: str | None
    pre_start: int
    when: str | None = None  # a month without a year: its role in dates_month_words.tsv


def _read_context(text: str, core: int, floor: int) -> _Context:
    """The words left of the number at ``core``, not reaching before ``floor``.

    >>> _read_context("Từ năm 2011", 7, 0) == (3, "từ", 0, _CTX_YEAR, False, False)
    True
    """
    # cheap tests first: a context ends in a space, a tab or "(" right before the
    # number, and the word before it can end a lead, cue or opener
    before = text[core - 1 : core] if core > floor else ""
    if before not in _BEFORE_CONTEXT:
        return _NO_CONTEXT
    if before != "(" and text[core - 2 : core - 1] not in _CONTEXT_LAST_CHARS:
        return _NO_CONTEXT
    lo = core - _LEFT_WINDOW
    if lo < floor:
        lo = floor
    m = _LEFT_CONTEXT.match(text[lo:core][::-1])
    if m is None or not m.end():
        return _NO_CONTEXT
    paren, day, month, year, rel, weekday, daypart, pre = m.groups()
    unit = _CTX_DAY if day else _CTX_MONTH if month else _CTX_YEAR if year else 0
    day_opener = not unit and pre is not None and _mirrored_key(pre) in _DAY_OPENER_KEYS
    if day_opener:
        unit = _CTX_DAY  # "các ngày từ 15 - 17/9": the opener names days
    if rel and " " not in rel and not daypart:
        # "thông qua ngày 28/11", "thông qua (26/6)": a one-syllable relative word
        # counts only after a part of the day; without one, only the unit is context
        if not unit:
            return _NO_CONTEXT
        rel = weekday = pre = None
    # the leftmost lead word starts the mention
    if daypart:
        lead = _CTX_DAYPART
    elif weekday:
        lead = _CTX_WEEKDAY
    elif rel:
        lead = _CTX_REL
    else:
        lead = _CTX_PRE if day_opener else unit
    return (
        core - m.end(lead) if lead else -1,
        _mirrored_key(pre) if pre else None,
        core - m.end(_CTX_PRE) if pre else -1,
        unit,
        bool(daypart or weekday or rel or day or day_opener),
        bool(lead and paren),
    )


@functools.lru_cache(maxsize=256)
def _mirrored_key(mirrored: str) -> str:
    """The key of a phrase read backwards (cached: the same few openers recur).

    >>> _mirrored_key("nạoĐ  iaiG")
    'giai đoạn'
    """
    return _key(mirrored[::-1])


_Parts = tuple[int | None, int | None, int | None]  # year, month, day


# The shapes of a number form: day/month/year (or ISO year-month-day), month/year,
# day/month, a year, and a lone number of one or two digits (a day or a month by its
# lead: "ngày 17", "tháng 8").
_FULL, _MONTH_YEAR, _DAY_MONTH, _YEAR, _LONE = range(5)
# What a number form states: its shape, year, month and day (a lone number is kept as
# the day), and whether it has words ("19 tháng 8 năm 2020").
_Form = tuple[int, int | None, int | None, int | None, bool]


@functools.lru_cache(maxsize=4096)
def _form(form: str) -> _Form | None:
    """What the number form states, or None when no context can make it a date: a day,
    month or year out of range ("63/63", "31/13/2020", "2500", "45"). Cached: the same
    forms recur.

    >>> _form("19 tháng 8 năm 2020"), _form("7/2024"), _form("63/63")
    ((0, 2020, 8, 19, True), (1, 2024, 7, None, False), None)
    """
    runs = _DIGIT_RUN.findall(form)
    numbers = tuple(map(int, runs))
    year = month = day = None
    if len(runs) == 3:
        shape = _FULL
        year, month, day = numbers if len(runs[0]) == 4 else numbers[::-1]
    elif len(runs) == 2:
        if len(runs[1]) == 4:
            shape, (month, year) = _MONTH_YEAR, numbers
        else:
            shape, (day, month) = _DAY_MONTH, numbers
    elif len(runs[0]) == 4:
        shape, year = _YEAR, numbers[0]
    else:
        shape, day = _LONE, numbers[0]
    if not (
        (year is None or _YEARS[0] <= year <= _YEARS[1])
        and (month is None or 1 <= month <= 12)
        and (day is None or 1 <= day <= 31)
    ):
        return None
    return shape, year, month, day, not form.isascii()


def _make_atom(text: str, start: int, end: int, form: _Form, context: _Context) -> _Atom | None:
    """Decide what the number form ``text[start:end]`` (stating ``form``) is, given its
    left context; None when it is no date and cannot be one end of a range.

    >>> _make_atom("tỷ lệ 8/10 hộ", 6, 10, _form("8/10"), _NO_CONTEXT).standalone
    False
    >>> _make_atom("Sáng 12/4", 5, 9, _form("12/4"), _read_context("Sáng 12/4", 5, 0))
    ... # doctest: +NORMALIZE_WHITESPACE
    _Atom(start=0, end=9, year=None, month=4, day=12, standalone=True, cued=True,
          pre=None, pre_start=-1, when=None)
    """
    shape, year, month, day, words = form
    lead_start, pre, pre_start, unit, day_lead, lead_paren = context
    when = None
    if unit == _CTX_MONTH or unit == _CTX_YEAR:
        day_lead = False
    if shape == _FULL:
        keep_lead, standalone = day_lead, True
    elif shape == _MONTH_YEAR:
        if words and unit != _CTX_MONTH:
            return None  # "5 năm 2020" is no month
        keep_lead = unit == _CTX_MONTH
        standalone = keep_lead or (lead_start < 0 and pre in _PREPOSITION_KEYS)
    elif shape == _DAY_MONTH:
        if words and not day_lead:
            return None  # "15 tháng 8" without "ngày" may be a duration
        keep_lead = standalone = day_lead
        if not standalone and lead_start < 0 and pre in _PREPOSITION_KEYS:
            standalone = _CLAUSE_BREAK.match(text, end) is not None
    elif shape == _YEAR:
        keep_lead = standalone = unit == _CTX_YEAR
    elif unit == _CTX_MONTH and day is not None and day <= 12:
        month, day, keep_lead = day, None, True
        standalone, when = _lone_month(text, lead_start, end, pre)
    elif unit == _CTX_DAY:
        keep_lead, standalone = True, False
    elif pre in _FROM_KEYS and _DAY_RANGE_END.match(text, end) is not None:
        # "(từ 1 - 3/7/2025)": a lone number after "từ", then a dash or "đến" and a
        # full date, is the range's first day (as after "từ ngày")
        lead_start, keep_lead, standalone = pre_start, True, False
    else:
        return None
    cued = keep_lead and lead_start >= 0
    if cued:
        start = lead_start
        if lead_paren:
            close = _CLOSE_PAREN.match(text, end)
            if close is not None:
                end = close.end()
                standalone = standalone or day is not None
    return _Atom(start, end, year, month, day, standalone, cued, pre, pre_start, when)


def _month_words(*roles: str) -> tuple[str, ...]:
    """The phrases of ``dates_month_words.tsv`` with one of the roles."""
    return tuple(row[1] for row in _MONTH_WORDS if len(row) >= 2 and row[0] in roles)


_WHEN_ROLES = ("this", "next", "last", "future", "past")
_WHEN_OF = {_key(row[1]): row[0] for row in _MONTH_WORDS if row[0] in _WHEN_ROLES}
# Read leftwards from "tháng" on the mirrored text: a number ("3 tháng 7 ngày" is a
# duration, "2 tháng 9" a day), a word that makes the month no date ("mỗi tháng 2 lần"),
# or a lead ("trung tuần tháng 7").
_MONTH_BEFORE = re.compile(
    rf"{_GAP}(?:([0-9])|(?:({_mirrored(_month_words('not'))})"
    rf"|({_mirrored(_month_words('lead'))}))(?!\w))"
)
# Right after the number: a clause break (not a comma before a number: "tháng 7, 8, 9"
# is a list), or a relative-year phrase ("tháng 7 năm nay").
_MONTH_AFTER = re.compile(
    rf"{_SP}{{0,3}}(?:[.;:!?)\n]|,(?!{_SP}{{0,3}}[0-9])|\Z)"
    rf"|{_GAP}({_alternation(_month_words(*_WHEN_ROLES), any_case=True)})(?!\w)"
)


# After a lone day, the rest of a range of days ending in a full date: a dash or a
# connector, then day/month/year ("từ 1 - 3/7/2025", "từ 1 đến 3/7/2025").
_DAY_RANGE_END = re.compile(
    rf"(?:{_SP}{{0,3}}{_DASH}{_SP}{{0,3}}"
    rf"|{_GAP}{_alternation(_RANGE_CONNECTORS, any_case=True)}{_GAP})"
    r"[0-9]{1,2}[/.\-][0-9]{1,2}[/.\-][0-9]{4}(?![0-9])"
)


# A range going on after a month: a dash and a number, or a connector and a number or a
# date word ("tháng 8 đến tháng 10/2024"; not "tháng 7 tới tại Hà Nội").
_RANGE_AFTER = re.compile(
    rf"{_SP}{{0,3}}{_DASH}{_SP}{{0,3}}[0-9]"
    rf"|{_GAP}{_alternation(_RANGE_CONNECTORS, any_case=True)}{_GAP}"
    rf"(?:[0-9]|{_alternation((*_DAY_NOUNS, _MONTH_WORD, _YEAR_WORD), any_case=True)}(?!\w))"
)


def _lone_month(text: str, start: int, end: int, pre: str | None) -> tuple[bool, str | None]:
    """Whether the month "tháng N" (``text[start:end]``, no year) is a date on its own,
    and the role of the phrase after it that places its year (None: the year nearest
    the dateline). Evidence: a temporal preposition or a lead before "tháng", or a
    clause break or a relative-year phrase after the number; never after a number or a
    rate word ("3 tháng 7 ngày", "mỗi tháng 2 lần"), nor where a range goes on ("Từ tháng 8
    đến tháng 14/2024" names no month 14: the range, not its start, is the date).

    >>> _lone_month("vào tháng 7 tới.", 4, 11, "vào"), _lone_month("mỗi tháng 2 lần.", 4, 11, None)
    ((True, 'future'), (False, None))
    """
    when, right = None, False
    after = _MONTH_AFTER.match(text, end)
    if after is not None:
        phrase = after.group(1)
        if phrase is None:
            right = True
        elif _key(phrase) not in _CONNECTOR_KEYS or _CLAUSE_BREAK.match(text, after.end()):
            when, right = _WHEN_OF[_key(phrase)], True
    if not right and _RANGE_AFTER.match(text, end) is not None:
        return False, None  # the start of a range ("Từ tháng 8 đến …"), a date only in it
    before = _MONTH_BEFORE.match(text[max(0, start - _LEFT_WINDOW) : start][::-1])
    if before is not None and (before.group(1) or before.group(2)):
        return False, None
    if pre is not None or right or (before is not None and before.group(3)):
        return True, when
    return False, None


def _scan_atoms(text: str) -> list[_Atom]:
    """Every dated number in order, with its lead; numbers that are no date are
    skipped, and a rejected long form is retried from its next number.

    One ``finditer`` reads the text; it restarts only after a rejected form of several
    numbers (an atom that ends at a closing parenthesis needs no restart: no number
    starts inside the parenthesis and spaces it took).
    """
    atoms: list[_Atom] = []
    floor = 0
    numbers = _NUMERIC.finditer(text, concurrent=False)
    while (m := next(numbers, None)) is not None:
        start, end = m.span()
        form = _form(text[start:end])
        # the context is read only for a form that may be a date
        atom = (
            None if form is None
            else _make_atom(text, start, end, form, _read_context(text, start, floor))
        )
        if atom is None:
            first = _DIGIT_RUN.match(text, start, end)
            if first is not None and first.end() < end:
                numbers = _NUMERIC.finditer(text, first.end(), concurrent=False)
            continue
        atoms.append(atom)
        floor = atom.end
    return atoms


# ---------------------------------------------------------------- values


# The common dateline shape, a day and maybe a time before 24:00, read without
# ``isoparse`` (its verdict is the calendar's); every other form goes through it.
_PLAIN_DATELINE = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[T ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?)?"
)


# The dateline's year, month and day.
_Dateline = tuple[int, int, int]


@functools.lru_cache(maxsize=1024)
def _published_day(published: str | _dt.date | None) -> _Dateline | None:
    """The year, month and day of an ISO dateline (or of a ``date``), or None.

    >>> _published_day("2019-07-24T10:30"), _published_day("n/a"), _published_day(None)
    ((2019, 7, 24), None, None)
    >>> _published_day("2019-12-31T24:00"), _published_day("2019-02-30")
    ((2020, 1, 1), None)
    """
    if isinstance(published, _dt.date):
        return published.year, published.month, published.day
    if not published or not isinstance(published, str):
        return None
    published = published.strip()
    plain = _PLAIN_DATELINE.fullmatch(published)
    if plain is not None:
        year, month, day = map(int, plain.groups())
        try:
            _dt.date(year, month, day)
        except ValueError:
            return None  # no such day: "2019-02-30"
        return year, month, day
    # imported here, as only an unusual dateline needs it: the import costs a CLI run
    # some 30 to 60 ms
    from dateutil.parser import isoparse

    try:
        when = isoparse(published)
    except (ValueError, OverflowError, TypeError):
        return None
    return when.year, when.month, when.day


@functools.lru_cache(maxsize=1024)
def _published_month(published: str | _dt.date | None) -> tuple[int, int] | None:
    """The year and month of an ISO dateline, or None (see ``_published_day``).

    >>> _published_month("2019-07-24T10:30"), _published_month("2019-12-31T24:00")
    ((2019, 7), (2020, 1))
    """
    day = _published_day(published)
    return None if day is None else (day[0], day[1])


# A day/month without a year is taken within this many months of the dateline:
# "Ngày 28/12" in a paper of 2 January is last December, "Sáng 3/1" in one of 29
# December is next January.
NEAREST_MONTHS = 6


def _year_near(month: int | None, published: _Dateline | None) -> int | None:
    """The year that puts ``month`` nearest the dateline's month.

    >>> _year_near(12, (2025, 1, 2)), _year_near(1, (2024, 12, 9)), _year_near(7, (2024, 1, 9))
    (2024, 2025, 2024)
    """
    if published is None:
        return None
    year, at = published[0], published[1]
    if month is None:
        return year
    if month - at > NEAREST_MONTHS:
        return year - 1
    if at - month > NEAREST_MONTHS:
        return year + 1
    return year


def _role_year(role: str | None, month: int, day: int | None, dateline: _Dateline) -> int:
    """The year of a month or day/month without one, by the role of the words around it
    (``dates_month_words.tsv``: "this", "next", "last", "future" — the first occurrence
    on or after the dateline —, "past" — the last one up to it), else the nearest.

    >>> [_role_year(r, 3, 5, (2024, 4, 17)) for r in ("future", "past", "next", None)]
    [2025, 2024, 2025, 2024]
    >>> _role_year("future", 4, 17, (2024, 4, 17)), _role_year("future", 4, None, (2024, 4, 17))
    (2024, 2024)
    """
    year, at, on = dateline
    if role == "this":
        return year
    if role == "next":
        return year + 1
    if role == "last":
        return year - 1
    if role == "future":
        return year + ((month, day or 32) < (at, on))
    if role == "past":
        return year - ((month, day or 0) > (at, on))
    return _year_near(month, dateline) or year


# A forward cue moves a date only where the nearest year puts it more than this many days
# before the dateline: a page dated a few days after the plans it reports ("sẽ họp ngày
# 10/4" on 15 April) keeps them in the past days.
FORWARD_GRACE_DAYS = 31
# The words before a date that make it a coming one (``dates_forward_cues.tsv``), read in
# its clause: back to the last punctuation mark, at most this many characters.
FORWARD_WINDOW = 120
_FORWARD_ROLES = ("cue", "deadline", "obligation", "past", "neutral")
_FORWARD_ROLE = {
    _key(row[1]): row[0]
    for row in data_rows("dates_forward_cues.tsv")
    if len(row) >= 2 and row[0] in _FORWARD_ROLES
}
_FORWARD_WORDS = re.compile(
    rf"(?<!\w)({_alternation(_FORWARD_ROLE, any_case=True)})(?!\w)"
)
# What ends a clause before a date (a dot or comma inside a number does not).
_CLAUSE_MARK = re.compile(r"[;:!?()\[\]\n]|[.,](?![0-9])")
# A document number in the clause ("12/KH-UBND", "09-CT/TW", "30/2023/QH15"): the date
# after it is the document's, a past one.
_DOC_NUMBER = re.compile(r"[0-9][/\-](?:[0-9]+[/\-])?[A-ZĐ]")
# The relative-year phrases after a month or day/month ("tới", "năm sau", "vừa qua").
_WHEN_AFTER = re.compile(
    rf"{_GAP}({_alternation(_month_words(*_WHEN_ROLES), any_case=True)})(?!\w)"
)


def _after_role(text: str, end: int) -> str | None:
    """The role of a relative-year phrase right after the date ending at ``end``
    ("ngày 20/11 tới.", "ngày 15/2 năm sau"); a phrase that is also a range connector
    ("tới") counts only before punctuation or the line end.

    >>> _after_role("ngày 15/2 năm sau,", 9), _after_role("ngày 5/9 tới Hà Nội", 8)
    ('next', None)
    """
    after = _WHEN_AFTER.match(text, end)
    if after is None:
        return None
    phrase = _key(after.group(1))
    if phrase in _CONNECTOR_KEYS and _CLAUSE_BREAK.match(text, after.end()) is None:
        return None
    return _WHEN_OF[phrase]


@functools.lru_cache(maxsize=1024)
def _long_past(month: int, day: int | None, dateline: _Dateline) -> bool:
    """Whether the nearest occurrence of the month or day/month (its last day for a
    month) lies more than ``FORWARD_GRACE_DAYS`` before the dateline. Cached: the same
    dates recur.

    >>> _long_past(11, 20, (2024, 4, 17)), _long_past(4, 10, (2024, 4, 17))
    (True, False)
    >>> _long_past(9, None, (2025, 1, 10)), _long_past(12, None, (2025, 1, 10))
    (True, False)
    """
    year = _year_near(month, dateline) or dateline[0]
    if day is None:
        day = calendar.monthrange(year, month)[1]
    try:
        gap = _dt.date(*dateline) - _dt.date(year, month, day)
    except ValueError:
        return False
    return gap.days > FORWARD_GRACE_DAYS


def _coming(
    text: str, start: int, month: int | None, day: int | None, dateline: _Dateline | None
) -> bool:
    """Whether the date starting at ``start`` (no year) is a coming one that the nearest
    year would put in the past (``_long_past``): its clause has a forward cue ("sẽ",
    "dự kiến"), or a deadline word right before it after an obligation word in the
    clause or an earlier clause of its sentence ("phải … trước", "giao X chủ trì, …
    trước"), and no past word or document number in the clause
    (``dates_forward_cues.tsv``).

    >>> pub = (2025, 1, 10)
    >>> _coming("phải kết nối trước tháng 9.", 19, 9, None, pub)
    True
    >>> _coming("đã kết nối trước tháng 9.", 17, 9, None, pub)
    False
    >>> _coming("giao Sở chủ trì, xong trước tháng 9.", 28, 9, None, pub)
    True
    """
    if dateline is None or month is None or not _long_past(month, day, dateline):
        return False
    lo = sentence = max(0, start - FORWARD_WINDOW)
    for mark in _CLAUSE_MARK.finditer(text, lo, start):
        lo = mark.end()
        if text[mark.start()] != ",":
            sentence = lo
    # a document number in the clause: only the words after it count ("sẽ giám sát
    # Nghị quyết số 15/2024/NQ-HĐND …, dự kiến vào tháng 7")
    cues_from = lo
    for number in _DOC_NUMBER.finditer(text, lo, start):
        cues_from = number.end()
    cue = obligation = False
    for word in _FORWARD_WORDS.finditer(text, sentence, start):
        role = _FORWARD_ROLE[_key(word.group(1))]
        if word.start() < lo:
            # an earlier clause of the sentence lends only its obligation ("giao Sở
            # Nội vụ chủ trì, hoàn thành trước ngày 30/11")
            obligation = obligation or role == "obligation"
        elif word.start() < cues_from:
            continue
        elif role == "past":
            return False
        elif role == "cue":
            cue = True
        elif role == "obligation":
            obligation = True
        elif role == "deadline" and obligation and not text[word.end() : start].strip():
            cue = True
    return cue


def _year_of(
    text: str, start: int, end: int, month: int | None, day: int | None, dateline: _Dateline
) -> int | None:
    """The year of the date ``text[start:end]`` written without one: the one a
    relative-year phrase after it states, the next occurrence after a forward cue, else
    the one nearest the dateline.

    >>> pub = (2024, 4, 17)
    >>> [_year_of(t, t.find("20/11") - 5, t.find("20/11") + 5, 11, 20, pub)
    ...  for t in ("Ngày 20/11 tới.", "Ngày 20/11, đoàn về.", "Dự kiến ngày 20/11")]
    [2024, 2023, 2024]
    """
    if month is None:
        return _year_near(month, dateline)
    role = _after_role(text, end) if text[end : end + 1] == " " else None
    if role is None:
        if not _coming(text, start, month, day, dateline):
            return _year_near(month, dateline)
        role = "future"
    return _role_year(role, month, day, dateline)


def _is_real(parts: _Parts) -> bool:
    """Whether the parts name a real calendar day, month or year (an unknown year
    is taken as a leap year, so 29/2 stands).

    >>> _is_real((2023, 2, 29)), _is_real((None, 2, 29)), _is_real((None, 4, 31))
    (False, True, False)
    """
    year, month, day = parts
    if month is None:
        return year is not None and day is None
    if day is None:
        return year is not None
    if day <= 28:
        return True  # every month has 28 days
    try:
        _dt.date(year if year is not None else 2000, month, day or 1)
    except ValueError:
        return False
    return True


def _iso(parts: _Parts) -> str:
    """ISO 8601 text for the parts: ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, ``--MM-DD``.

    >>> _iso((2011, 12, 1)), _iso((2024, 7, None)), _iso((2016, None, None)), _iso((None, 4, 12))
    ('2011-12-01', '2024-07', '2016', '--04-12')
    """
    year, month, day = parts
    if year is None:
        return f"--{_TWO_DIGITS[month or 0]}-{_TWO_DIGITS[day or 0]}"
    if month is None:
        return str(year)
    if day is None:
        return f"{year}-{_TWO_DIGITS[month]}"
    return f"{year}-{_TWO_DIGITS[month]}-{_TWO_DIGITS[day]}"


_TWO_DIGITS = tuple(f"{n:02d}" for n in range(32))


def _single_parts(atom: _Atom, year: int | None) -> _Parts | None:
    """The parts of a date standing alone; a day/month takes the dateline's year."""
    parts: _Parts = (atom.year, atom.month, atom.day)
    if atom.year is None:
        if atom.month is None or atom.day is None:
            return None
        parts = (year, atom.month, atom.day)
    return parts if _is_real(parts) else None


@functools.lru_cache(maxsize=4096)
def _single_value(
    year: int | None, month: int | None, day: int | None, dateline: _Dateline | None
) -> str | None:
    """The ISO value of a date standing alone (a day/month takes the year near the
    dateline's), or None when it names no real day, month or year. Cached: the same
    dates recur.

    >>> _single_value(None, 4, 12, (2024, 6, 1)), _single_value(2023, 2, 29, None)
    ('2024-04-12', None)
    """
    atom = _Atom(0, 0, year, month, day, True, False, None, -1)
    parts = _single_parts(atom, _year_near(month, dateline))
    return None if parts is None else _iso(parts)


def _month_value(
    month: int | None, when: str | None, dateline: _Dateline | None
) -> str | None:
    """The ISO value of a month without a year ("tháng 7"): the year a relative phrase
    after it states (``when``, see ``dates_month_words.tsv``), else the one nearest the
    dateline; None without a dateline.

    >>> _month_value(7, None, (2024, 6, 1)), _month_value(5, "future", (2024, 6, 1))
    ('2024-07', '2025-05')
    >>> _month_value(7, "past", (2024, 6, 1)), _month_value(7, None, None)
    ('2023-07', None)
    """
    if dateline is None or month is None:
        return None
    year = _role_year(when, month, None, dateline)
    return _iso((year, month, None)) if _YEARS[0] <= year <= _YEARS[1] else None


def _first_day(parts: _Parts) -> _dt.date:
    year, month, day = parts
    return _dt.date(year if year is not None else 2000, month or 1, day or 1)


def _range_parts(a: _Atom, b: _Atom, year: int | None) -> tuple[_Parts, _Parts] | None:
    """The two ends of a range, the start borrowing what it lacks from the end
    ("tháng 8 … tháng 10/2024", "ngày 16-17/3"), a year earlier when needed to come
    first ("20/12 … 10/1/2024"); None when they make no range.

    >>> _range_parts(_Atom(0, 0, None, 8, None, False, True, None, -1),
    ...              _Atom(0, 0, 2024, 10, None, True, True, None, -1), None)
    ((2024, 8, None), (2024, 10, None))
    """
    if b.month is None and (b.year is None or b.day is not None):
        return None  # the end must be a date on its own
    if a.day is not None and a.month is None and b.day is None:
        return None  # "ngày 17 đến tháng 4": a day needs the end's month
    if a.month is not None and a.year is None and b.month is None:
        return None  # "tháng 8 đến năm 2020"
    end: _Parts = (b.year if b.year is not None else year, b.month, b.day)
    start: _Parts = (
        a.year if a.year is not None else end[0],
        a.month if a.month is not None or a.day is None else end[1],
        a.day,
    )
    if (start[0] is None) != (end[0] is None) or not (_is_real(start) and _is_real(end)):
        return None
    if _first_day(start) >= _first_day(end):
        if a.year is not None or start[0] is None:
            return None
        if start[0] <= _dt.MINYEAR:
            return None
        start = (start[0] - 1, start[1], start[2])  # 29/2 then needs a leap year
        if not _is_real(start):
            return None
    return start, end


# ---------------------------------------------------------------- ranges


def _joined(text: str, a: _Atom, b: _Atom) -> tuple[int, int] | None:
    """The span of the range ``a`` … ``b`` when the words between join them (an
    opener before and parentheses around kept), else None."""
    opener = a.pre in _OPENER_KEYS
    if b.pre is None:
        if b.start - a.end > _RANGE_GAP or _DASH_GAP.fullmatch(text, a.end, b.start) is None:
            return None
    elif b.pre in _CONNECTOR_KEYS and opener:
        if (
            b.pre_start - a.end > _RANGE_GAP
            or _WORD_GAP.fullmatch(text, a.end, b.pre_start) is None
        ):
            return None
    else:
        return None
    start = a.pre_start if opener else a.start
    end = b.end
    before = _OPEN_PAREN_BEFORE.search(text, max(0, start - 4), start)
    after = _CLOSE_PAREN.match(text, end) if before else None
    if before and after:
        start, end = before.start(), after.end()
    elif text.count("(", start, end) > text.count(")", start, end):
        # a lead before the bracket ("các ngày (12/3 - 15/3)"): the bracket closes too
        close = _CLOSE_PAREN.match(text, end)
        if close is not None:
            end = close.end()
    if a.standalone or b.standalone or a.cued or b.cued or opener or after:
        return start, end
    if a.month is None and b.month is None and a.year and b.year:
        # two bare years ("2021-2025"); a wide span is more likely a count ("1900-2000 người")
        if b.year - a.year <= _BARE_YEAR_SPAN:
            return start, end
    return None


def _lunar(text: str, end: int) -> bool:
    """Whether a lunar-calendar marker follows the date ending at ``end``.

    >>> _lunar("ngày 15/8 âm lịch", 9), _lunar("ngày 15/8 năm nay", 9)
    (True, False)
    """
    if text[end + 1 : end + 2] not in _LUNAR_FIRST and text[end : end + 1] != "(":
        return False
    return _LUNAR_AFTER.match(text, end) is not None


def find_dates(text: str, published: str | None = None) -> list[DateMention]:
    """Every date, partial date and range in ``text``, in order, not overlapping.

    ``published`` is the article's dateline (ISO, e.g. ``"2019-07-24T10:30"``); a
    day/month without a year takes its year, or is ``--MM-DD`` without one.

    >>> [(d.text, d.value) for d in find_dates("Chiều 23/8, tính đến tháng 7/2024, "
    ...     "Từ năm 2019 đến hết năm 2023 có 112/138 xã", "2024-08-23T16:12")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('Chiều 23/8', '2024-08-23'), ('tháng 7/2024', '2024-07'),
     ('Từ năm 2019 đến hết năm 2023', '2019/2023')]
    """
    atoms = _scan_atoms(text)
    if not atoms:
        return []
    dateline = _published_day(published)
    out: list[DateMention] = []
    resume = 0  # atoms starting before this were read as part of an earlier mention
    stated: tuple[int | None, int] = (None, -1)  # a year opening a sentence; its end
    followers: list[_Atom | None] = [*atoms[1:], None]
    for a, b in zip(atoms, followers, strict=True):
        if a.start < resume:
            continue
        if b is not None and (b.pre_start if b.pre else b.start) - a.end <= _RANGE_GAP:
            mention = _range_mention(text, a, b, dateline)
            if mention is not None:
                out.append(mention)
                resume = b.end
                continue
        if b is not None and a.cued and a.month is None and a.day is not None:
            listed = _day_list(text, a, b, dateline)
            if listed:
                out += listed
                resume = b.end
                continue
        if a.day is None and a.year is None and a.month is not None:
            listed = _month_list(text, a, dateline)
            if listed:
                out += listed
                resume = listed[-1].end
                continue
        if not a.standalone:
            continue
        if b is not None and not b.standalone:
            if b.month is None and _listed_year(text, a, b):
                b.standalone = True  # "năm 2022, 2023": the next year is a date too
            elif b.day is not None and _listed_day(text, a, b):
                b.standalone = True  # "ngày 14/4 và 15/4": the next day is a date too
                b.year = a.year
        if a.year is None and a.start < stated[1] and a.when is None:
            # "Năm 2023, hai bên …; … vào tháng 10": the sentence's own year
            value = _single_value(stated[0], a.month, a.day, None) if a.day else (
                _iso((stated[0], a.month, None)))
        elif a.year is None and a.day is None:
            when = a.when
            if when is None and _coming(text, a.start, a.month, None, dateline):
                when = "future"  # "sẽ tổ chức vào tháng 12"
            value = _month_value(a.month, when, dateline)
        elif a.year is None and dateline is not None:
            year = _year_of(text, a.start, a.end, a.month, a.day, dateline)
            value = _single_value(year, a.month, a.day, dateline)
        else:
            value = _single_value(a.year, a.month, a.day, dateline)
            if a.month is None and value is not None:
                stated = _sentence_year(text, a, stated)
        if value is not None and not _lunar(text, a.end):
            if a.cued and a.day is not None and text[a.start - 2 : a.start - 1].isdigit():
                night = _day_before(text, a, value, out[-1].end if out else 0)
                if night is not None:
                    out.append(night)  # "đêm 26 rạng sáng 27/7/2023"
            out.append(
                # positional: keyword arguments cost a frozen dataclass more
                DateMention(text[a.start : a.end], a.start, a.end, value)
            )
    return out


# Where a sentence ends: a final mark before a space or the end, or a line break.
_SENTENCE_END = re.compile(r"[.!?…](?=\s|\Z)|\n")
# What may stand between a sentence's start and a year that opens it: nothing, or an
# opening bracket or quote.
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?…]\s+|\n)[\s\"“(]*\Z")


def _sentence_year(
    text: str, a: _Atom, stated: tuple[int | None, int]
) -> tuple[int | None, int]:
    """``(year, sentence end)`` when the year ``a`` opens its sentence and a comma
    follows it ("Năm 2023, hai bên …"): the dates without a year later in that
    sentence are in that year. Else ``stated`` unchanged.

    >>> t = "Năm 2023, hai bên tổ chức giao lưu; hội thao vào tháng 10. Sau đó"
    >>> _sentence_year(t, _scan_atoms(t)[0], (None, -1))
    (2023, 57)
    """
    if text[a.end : a.end + 1] != "," or not _SENTENCE_OPENING.search(
        text, max(0, a.start - 4), a.start
    ):
        return stated
    end = _SENTENCE_END.search(text, a.end)
    return a.year, end.start() if end is not None else len(text)


# Days listed before the one that names their month: "ngày 14 và 15/11", "các ngày
# 14, 15 và 16/11/2024". What stands between the first day and the last date.
_DAY_LIST_GAP = re.compile(r"(?:(?:, | và |, và )[0-9]{1,2})*(?:, | và |, và )")
_LISTED_DAY = re.compile(r"[0-9]{1,2}")


def _day_list(
    text: str, a: _Atom, b: _Atom, dateline: _Dateline | None
) -> list[DateMention]:
    """The dates of a list of days whose last item names the month (``a``: the first
    day, cued by "ngày"; ``b``: the last, a day and month, its month written with any
    separator: "ngày 3 và 4-4"), each day a mention of its own; empty when they make no
    such list (the days must rise, and be real; "mỗi ngày 3 và 4-5 lượt" is a rate).

    >>> [(d.text, d.value) for d in _day_list(
    ...     "ngày 14, 15 và 16/11", *_scan_atoms("ngày 14, 15 và 16/11"), None)]
    [('ngày 14', '--11-14'), ('15', '--11-15'), ('16/11', '--11-16')]
    """
    if a.day is None or b.day is None or b.month is None or b.pre is not None:
        return []
    gap = _DAY_LIST_GAP.fullmatch(text, a.end, b.start)
    if gap is None:
        return []
    before = _MONTH_BEFORE.match(text[max(0, a.start - _LEFT_WINDOW) : a.start][::-1])
    if before is not None and before.group(2):
        return []  # a rate, "mỗi ngày 3 và 4-5 lượt" (the words that make a month none)
    spans = [(a.start, a.end), *(m.span() for m in _LISTED_DAY.finditer(text, a.end, b.start))]
    days: list[int] = [a.day, *(int(text[s:e]) for s, e in spans[1:]), b.day]
    if any(x >= y for x, y in itertools.pairwise(days)):
        return []
    year = b.year
    if year is None and dateline is not None:
        year = _year_of(text, a.start, b.end, b.month, b.day, dateline)
    out = []
    for (s, e), day in zip([*spans, (b.start, b.end)], days, strict=True):
        value = _single_value(year, b.month, day, dateline)
        if value is None:
            return []
        out.append(DateMention(text[s:e], s, e, value))
    return out


def _range_mention(
    text: str, a: _Atom, b: _Atom, dateline: _Dateline | None
) -> DateMention | None:
    """The range ``a`` … ``b`` as one mention, or None when they make no range; an end
    without a year takes it as a date standing alone would (``_year_of``)."""
    span = _joined(text, a, b)
    if span is None:
        return None
    s, e = span
    year = _year_near(b.month, dateline)
    if b.year is None and b.month is not None and dateline is not None:
        year = _year_of(text, s, e, b.month, b.day, dateline)
    ends = _range_parts(a, b, year)
    if ends is None or _lunar(text, e):
        return None
    return DateMention(text[s:e], s, e, f"{_iso(ends[0])}/{_iso(ends[1])}")


# A list of months whose first item is a lone "tháng N" (``_Atom`` ``a``): more months
# joined by ``_LIST_GLUE``, each maybe led by "tháng" (and a qualifier: "đầu tháng
# 11"); the last is led by "tháng" or states the year ("tháng 8, 9/2024", "tháng 8 và
# tháng 9 năm 2024", "tháng 10 và đầu tháng 11"). A bare last number ("tháng 8, 9 xã")
# may be a count, so it ends no list. The year, if any, belongs to the last item.
_LISTED_YEAR = rf"(?:/(?P<year>[0-9]{{4}})|{_GAP}(?i:{_YEAR_WORD}){_GAP}(?P<year>[0-9]{{4}}))"


def _month_item(group: str) -> str:
    """A month led by "tháng" (maybe qualified: "đầu tháng 11"), its number in ``group``;
    the qualifier is left out of the mention, so the caller puts it before its group."""
    return rf"(?i:{_MONTH_WORD}){_GAP}(?P<{group}>[0-9]{{1,2}})"


_MONTH_LIST = regex.compile(
    rf"(?:{_LIST_GLUE}(?:{_MONTH_QUALIFIER}(?P<item>{_month_item('n')})"
    rf"|(?P<item>(?P<n>[0-9]{{1,2}})))){{0,10}}"
    rf"{_LIST_GLUE}(?:{_MONTH_QUALIFIER}(?P<last>{_month_item('ln')}(?:{_LISTED_YEAR}|))"
    rf"|(?P<last>(?P<ln>[0-9]{{1,2}}){_LISTED_YEAR}))"
    rf"{_NUMBER_END}(?!{_SP}{{0,3}}{_DASH})"
)


def _month_list(text: str, a: _Atom, dateline: _Dateline | None) -> list[DateMention]:
    """The dates of a list of months that starts with the lone month ``a`` ("tháng
    8"), each month a mention of its own ("tháng" kept, a qualifier such as "đầu" not);
    all take the year the last states, or else, like a day/month, the year of the
    dateline nearest them. Empty when there is no such list, a month is out of range,
    months with a stated year do not rise, or no year is known.

    >>> [(d.text, d.value) for d in find_dates(
    ...     "trong tháng 3 và cuối tháng 4, rồi tháng 5, 6/2025", "2024-12-20")]
    [('tháng 3', '2025-03'), ('tháng 4', '2025-04'), ('tháng 5', '2025-05'), ('6/2025', '2025-06')]
    """
    if text[a.end : a.end + 1] not in _LIST_GLUE_FIRST:
        return []
    m = _MONTH_LIST.match(text, a.end)
    if m is None:
        return []
    spans = [(a.start, a.end), *m.spans("item"), m.span("last")]
    months = [a.month or 0, *map(int, m.captures("n")), int(m["ln"])]
    if not all(1 <= month <= 12 for month in months):
        return []
    if m["year"] is not None:
        stated = int(m["year"])
        if not _YEARS[0] <= stated <= _YEARS[1] or any(
            x >= y for x, y in itertools.pairwise(months)
        ):
            return []
        years: list[int | None] = [stated] * len(months)
    else:
        if dateline is None:
            return []
        years = [
            _role_year("future", month, None, dateline)
            if _coming(text, a.start, month, None, dateline)
            else _year_near(month, dateline)
            for month in months
        ]
    return [
        DateMention(text[s:e], s, e, _iso((year, month, None)))
        for (s, e), year, month in zip(spans, years, months, strict=True)
    ]


_LIST_GLUE_FIRST = frozenset(", ")
# Listed years: the next one later, and 19xx or 20xx (a count after a year, "năm 2023,
# 15 xã", has fewer digits; "năm 2023, 2000 người" is not later).
_LISTED_YEARS = (1900, 2099)
_YEAR_LIST_GAP = re.compile(_LIST_GLUE)


def _listed_year(text: str, a: _Atom, b: _Atom) -> bool:
    """Whether the year ``b`` is listed after the year date ``a`` and shares its cue
    ("năm 2022, 2023", "năm 2008 và 2014").

    >>> [d.text for d in find_dates("năm 2022 và 2023, năm 2023, 2000 người")]
    ['năm 2022', '2023', 'năm 2023']
    """
    return (
        a.year is not None
        and a.month is None
        and a.day is None
        and b.year is not None
        and b.month is None
        and b.pre is None
        and a.year < b.year
        and _LISTED_YEARS[0] <= b.year <= _LISTED_YEARS[1]
        and _YEAR_LIST_GAP.fullmatch(text, a.end, b.start) is not None
    )


# Day/months listed after a day/month date ("Ngày 14-4 và 15-4", "ngày 14/4, 15/4 và
# 16/4"): the list ends in "và" and its last item, so that "Ngày 27/8, 7/7 huyện" (a
# comma, then a ratio) is no list.
_DAY_MONTH_ITEM = rf"[0-9]{{1,2}}{_SEP}[0-9]{{1,2}}"
_LISTED_DAY_MONTHS = re.compile(
    rf"(?:, {_DAY_MONTH_ITEM}){{0,10}}(?:, và | và ){_DAY_MONTH_ITEM}(?!{_SEP}?[0-9])"
)


def _listed_day(text: str, a: _Atom, b: _Atom) -> bool:
    """Whether the day/month ``b`` is listed after the date ``a`` and shares its lead
    ("Ngày 14-4 và 15-4", "ngày 30/4, 1/5 và 2/5"): a later day of the same or the next
    month — or of any later month when its day is no month's number, which no ratio
    has ("ngày 12/3 và 20/5"; "ngày 2/3 và 5/6 hộ" stays a ratio) — in a list that ends
    with "và" and a day/month.

    >>> [d.text for d in find_dates("Ngày 14-4 và 15-4, ngày 27/8, 7/7 huyện")]
    ['Ngày 14-4', '15-4', 'ngày 27/8']
    >>> [d.value for d in find_dates("vào ngày 12/3 và 20/5", "2025-01-02")]
    ['2025-03-12', '2025-05-20']
    """
    return (
        a.day is not None
        and a.month is not None
        and b.year is None
        and b.month is not None
        and b.pre is None
        and (a.month, a.day) < (b.month, b.day)
        and (b.month - a.month <= 1 or (b.day is not None and b.day > 12))
        and text[a.end : a.end + 1] in _LIST_GLUE_FIRST
        and _LISTED_DAY_MONTHS.match(text, a.end) is not None
    )


# A lone day led by a part of the day, right before a date led by one too: "đêm 26 |
# rạng sáng 27/7/2023" (read on the text before the second date, up to the number).
_DAYPART_AT = re.compile(rf"(?i:{_alternation(_DAYPARTS)})(?!\w)")
_DAY_BEFORE = re.compile(
    rf"(?<!\w)(?i:{_alternation(_DAYPARTS)}){_GAP}([0-9]{{1,2}}){_GAP}\Z"
)


def _day_before(text: str, a: _Atom, value: str, floor: int) -> DateMention | None:
    """The day before the date ``a`` (value ``value``, led by a part of the day), written
    as a lone day led by a part of the day right before it ("đêm 26 rạng sáng 27/7/2023":
    the night of the 26th), in the month and year of ``a``; None otherwise, and where
    the text before ``floor`` would be taken.

    >>> [(d.text, d.value) for d in find_dates("đêm 26 rạng sáng 27/7/2023, lũ về")]
    [('đêm 26', '2023-07-26'), ('rạng sáng 27/7/2023', '2023-07-27')]
    """
    if _DAYPART_AT.match(text, a.start) is None:
        return None
    m = _DAY_BEFORE.search(text, max(floor, a.start - 24), a.start)
    if m is None or a.day is None or int(m.group(1)) + 1 != a.day:
        return None
    start, end = m.start(), m.end(1)
    return DateMention(text[start:end], start, end, value[:-2] + f"{a.day - 1:02d}")
