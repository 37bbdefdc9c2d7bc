"""Find dates: full dates, partial dates and ranges, with ISO 8601 values.

What counts as a date (each rule is a pattern of structure plus a data file of words):

* **Full dates** in every common form — ``1/12/2011``, ``01/12/2011``, ``22-7-2019``,
  ``22–01-2019``, ``19.8.2020``, ``ngày 19 tháng 8 năm 2020`` (and ISO ``2020-08-19``) —
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
* **Day and month without a year** (``Sáng 12/4``, ``Ngày 27/8``, ``tối 30/5``) take
  the year of ``published`` when the article has one, else ``--MM-DD``. Because
  ``7/7 huyện``, ``63/63 tỉnh``, ``8/10 hộ`` and ``trực 24/7`` look the same, a bare
  day/month is a date only with evidence: a day lead right before it (above), or a
  temporal preposition before it *and* punctuation or the line end right after it
  ("Tính đến 30/6, …"), or a place in a range (below). Times of day ("21 giờ 15
  phút ngày 2/6/2023") are not part of the mention.
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
glued to either end disqualifies), impossible days (``31/2``, checked against the
calendar of the resolved year), and lunar dates (``dates_lunar_markers.txt``: "ngày
15/8 âm lịch"). Quarters ("quý I/2024") and a month with no year outside a range
("tháng 8") are not reported.

>>> [(d.text, d.value) for d in find_dates(
...     "Sáng 27/6, tại Hà Nội. Luật số 30/2023/QH15 thông qua ngày 28 tháng 11 năm 2023; "
...     "63/63 tỉnh, giai đoạn 2016 - 2025, từ ngày 17/3 đến ngày 30/4.", "2024-06-27T11:20")]
... # doctest: +NORMALIZE_WHITESPACE
[('Sáng 27/6', '2024-06-27'), ('ngày 28 tháng 11 năm 2023', '2023-11-28'),
 ('giai đoạn 2016 - 2025', '2016/2025'), ('từ ngày 17/3 đến ngày 30/4', '2024-03-17/2024-04-30')]
>>> [(d.text, d.value) for d in find_dates("Ngày 27/8, Ban Chỉ đạo 138 họp; tỷ lệ 8/10.")]
[('Ngày 27/8', '--08-27')]

Speed: the scan is one stdlib ``re`` pattern that starts at a digit, so the engine
skips ahead on its first character; the words to the left of a number (lead, cue,
opener) are read by one ``regex`` pattern matched *backwards* from the number
(``regex.REVERSE``) over a bounded window. Python work is per number, never per word.
All repetitions are bounded, so the time is linear in the input.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

import regex
from dateutil.parser import isoparse
from dateutil.relativedelta import relativedelta

from ttcorpus.models import DateMention
from ttcorpus.normalize import fold
from ttcorpus.resources import data_lines, phrase_alternation

__all__ = ["find_dates"]

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

# Grammatical glue inside the numeric forms: the month and year nouns of
# "ngày 19 tháng 8 năm 2020" and "tháng 9 năm 2021".
_MONTH_WORD = "tháng"
_YEAR_WORD = "năm"


def _folded_set(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


_DAY_NOUN_SET = _folded_set(_DAY_NOUNS)
_YEAR_CUE_SET = _folded_set(_YEAR_CUES)
_OPENER_SET = _folded_set(_RANGE_OPENERS)
_CONNECTOR_SET = _folded_set(_RANGE_CONNECTORS)
_PREPOSITION_SET = _folded_set(_PREPOSITIONS)

# ---------------------------------------------------------------- patterns

_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH = r"(?:0?[1-9]|1[0-2])"
_YEAR = r"(?:1\d{3}|20\d{2}|21\d{2})"
_SEP = r"[/.\-\u2013\u2014]"  # slash, dot, hyphen, en dash, em dash
_DASH = r"[\-\u2013\u2014]"
_SP = r"[^\S\n]"  # white space within a line
# A number ends where no word character, decimal part, code ("/QĐ", "-CP") or further
# slash follows; a dash then a digit may follow (the second end of a range).
_NUMBER_END = r"(?!\w)(?![.,]\d)(?!/\w)(?!" + _DASH + r"[^\W\d_])"
# A number starts where no word character or number with a separator ("1.427",
# "7.288/10.546", "QH15/") precedes it; the check sits after the first digit so that
# the stdlib engine can skip ahead on digits.
_NUMBER_START = r"\d(?<!\w\d)(?<!\w[.,/]\d)"

# Every numeric form, longest first, anchored on its first digit (restored by the
# look-ahead, so that the named groups hold whole numbers).
_NUMERIC = re.compile(
    rf"(?={_NUMBER_START})"
    r"(?:"
    rf"(?P<iso_y>{_YEAR})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>0[1-9]|[12]\d|3[01])"
    rf"|(?P<d>{_DAY}){_SEP}(?P<m>{_MONTH}){_SEP}(?P<y>{_YEAR})"
    rf"|(?P<wd>{_DAY}){_SP}{{1,3}}(?i:{_MONTH_WORD}){_SP}{{1,3}}(?P<wm>{_MONTH})"
    rf"(?:{_SP}{{0,3}},?{_SP}{{1,3}}(?i:{_YEAR_WORD}){_SP}{{1,3}}(?P<wy>{_YEAR}))?"
    rf"|(?P<am>{_MONTH}){_SEP}(?P<ay>{_YEAR})"
    rf"|(?P<bd>{_DAY}){_SEP}(?P<bm>{_MONTH})"
    rf"|(?P<nm>{_MONTH}){_SP}{{1,3}}(?i:{_YEAR_WORD}){_SP}{{1,3}}(?P<ny>{_YEAR})"
    rf"|(?P<year>{_YEAR})"
    r"|(?P<num>\d{1,2})"
    r")" + _NUMBER_END
)
# Where to look for the next number: a digit not glued to a word or number.
_NEXT_NUMBER = re.compile(_NUMBER_START)

# The words right before a number, matched backwards from it: a range opener,
# connector or preposition; a part of the day; a weekday; a relative day; a unit (day
# noun, "tháng", year cue); an opening parenthesis after a lead ("Sáng nay (27/6").
_LEFT_CONTEXT = regex.compile(
    r"(?<!\w)"
    rf"(?:(?P<pre>{phrase_alternation(_RANGE_OPENERS + _RANGE_CONNECTORS + _PREPOSITIONS)})"
    rf"{_SP}{{1,3}})?"
    rf"(?:(?P<daypart>{phrase_alternation(_DAYPARTS)}){_SP}{{1,3}})?"
    rf"(?:(?P<weekday>{phrase_alternation(_WEEKDAYS)}){_SP}{{0,3}},?{_SP}{{0,3}})?"
    rf"(?:(?P<rel>{phrase_alternation(_RELATIVE_DAYS)}){_SP}{{0,3}},?{_SP}{{0,3}})?"
    rf"(?:(?P<unit>{phrase_alternation((*_DAY_NOUNS, _MONTH_WORD, *_YEAR_CUES))})"
    rf"{_SP}{{1,3}})?"
    rf"(?P<paren>\({_SP}{{0,3}})?",
    regex.REVERSE | regex.IGNORECASE,
)
_LEFT_WINDOW = 64

_DASH_GAP = re.compile(rf"{_SP}{{0,3}}{_DASH}{_SP}{{0,3}}")
_WORD_GAP = re.compile(rf"{_SP}{{1,3}}")
_CLAUSE_BREAK = re.compile(rf"{_SP}{{0,3}}(?:[,.;:!?)\n]|\Z)")
_CLOSE_PAREN = re.compile(rf"{_SP}{{0,3}}\)")
_OPEN_PAREN_BEFORE = re.compile(rf"\({_SP}{{0,3}}\Z")
_LUNAR_AFTER = regex.compile(
    rf"{_SP}{{0,3}}\(?{_SP}{{0,3}}{phrase_alternation(_LUNAR_MARKERS)}(?!\w)",
    regex.IGNORECASE,
)

# ---------------------------------------------------------------- atoms


@dataclass(slots=True, frozen=True)
class _Context:
    """What stands left of a number (see ``_LEFT_CONTEXT``)."""

    lead_start: int | None  # start of the lead kept in a single mention
    pre: str | None  # folded opener, connector or preposition
    pre_start: int
    day_lead: bool  # a day noun, part of the day, weekday or relative day
    unit: str | None  # folded day noun, "tháng" or year cue
    lead_paren: bool  # a lead, then "(" before the number


_NO_CONTEXT = _Context(None, None, -1, False, None, False)


@dataclass(slots=True)
class _Atom:
    """One dated number with its left context, before ranges are joined.

    ``start``/``end`` span the single mention (lead included); ``pre``/``pre_start``
    is the opener, connector or preposition before it, kept only in a range;
    ``standalone`` says whether it is a date on its own, ``cued`` whether a lead or
    unit word names it as a date (so a range with it stands)."""

    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    standalone: bool
    cued: bool
    pre: str | None
    pre_start: int


def _read_context(text: str, core: int, floor: int) -> _Context:
    """The words left of the number at ``core``, not reaching before ``floor``.

    >>> c = _read_context("Từ năm 2011", 7, 0)
    >>> (c.pre, c.unit, c.lead_start)
    ('từ', 'năm', 3)
    """
    m = _LEFT_CONTEXT.match(text, max(floor, core - _LEFT_WINDOW), core)
    if m is None or m.start() == core:
        return _NO_CONTEXT
    daypart, weekday, rel, unit = (m.group(g) for g in ("daypart", "weekday", "rel", "unit"))
    pre = fold(m.group("pre")) if m.group("pre") else None
    if rel and len(rel.split()) == 1 and not daypart:
        # "thông qua ngày 28/11", "thông qua (26/6)": a one-syllable relative word
        # counts only after a daypart; without one, only the unit after it is context
        if not unit:
            return _NO_CONTEXT
        pre = daypart = weekday = rel = None
    leads = [m.start(g) for g, v in zip(("daypart", "weekday", "rel", "unit"),
                                        (daypart, weekday, rel, unit)) if v]
    funit = fold(unit) if unit else None
    return _Context(
        lead_start=min(leads) if leads else None,
        pre=pre,
        pre_start=m.start("pre") if pre else -1,
        day_lead=bool(daypart or weekday or rel or funit in _DAY_NOUN_SET),
        unit=funit,
        lead_paren=bool(leads and m.group("paren")),
    )


def _as_int(value: str | None) -> int | None:
    return int(value) if value else None


def _make_atom(m: re.Match[str], ctx: _Context, text: str) -> _Atom | None:
    """Decide what the number form ``m`` is, given its left context; None when it
    is no date and cannot be part of one."""
    g = m.groupdict()
    core, end = m.start(), m.end()
    day_unit = ctx.unit in _DAY_NOUN_SET
    month_unit = ctx.unit == fold(_MONTH_WORD)
    year_unit = ctx.unit in _YEAR_CUE_SET
    day_lead = ctx.day_lead and not (month_unit or year_unit)
    prep = ctx.pre in _PREPOSITION_SET and ctx.lead_start is None
    if g["iso_y"] or g["y"] or g["wy"]:
        if g["iso_y"]:
            y, mo, d = g["iso_y"], g["iso_m"], g["iso_d"]
        elif g["y"]:
            y, mo, d = g["y"], g["m"], g["d"]
        else:
            y, mo, d = g["wy"], g["wm"], g["wd"]
        return _atom(core, end, ctx, day_lead, text, int(y), int(mo), int(d), True)
    if g["bd"] or g["wd"]:
        d, mo = (g["bd"], g["bm"]) if g["bd"] else (g["wd"], g["wm"])
        if g["wd"] and not day_lead:
            return None
        standalone = day_lead or (prep and _CLAUSE_BREAK.match(text, end) is not None)
        return _atom(core, end, ctx, day_lead, text, None, int(mo), int(d), standalone)
    if g["am"] or g["nm"]:
        mo, y = (g["am"], g["ay"]) if g["am"] else (g["nm"], g["ny"])
        if g["nm"] and not month_unit:
            return None
        return _atom(core, end, ctx, month_unit, text, int(y), int(mo), None,
                     month_unit or prep)
    if g["year"]:
        return _atom(core, end, ctx, year_unit, text, int(g["year"]), None, None, year_unit)
    if month_unit:
        return _atom(core, end, ctx, True, text, None, int(g["num"]), None, False)
    if day_unit:
        return _atom(core, end, ctx, True, text, None, None, int(g["num"]), False)
    return None


def _atom(
    core: int, end: int, ctx: _Context, keep_lead: bool, text: str,
    year: int | None, month: int | None, day: int | None, standalone: bool,
) -> _Atom | None:
    """An atom spanning the number and, when ``keep_lead``, its lead (with the closing
    parenthesis of "Sáng nay (27/6)"). Impossible months and days give None."""
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    start = core
    if keep_lead and ctx.lead_start is not None:
        start = ctx.lead_start
        if ctx.lead_paren:
            close = _CLOSE_PAREN.match(text, end)
            if close is not None:
                end = close.end()
            standalone = standalone or day is not None
    return _Atom(start, end, year, month, day, standalone, keep_lead and start < core,
                 ctx.pre, ctx.pre_start)


def _scan_atoms(text: str) -> Iterator[_Atom]:
    """Every dated number in order, with its lead; numbers that are no date are
    skipped, and a rejected long form is retried from its next number."""
    pos, floor, n = 0, 0, len(text)
    while pos < n:
        m = _NUMERIC.search(text, pos)
        if m is None:
            return
        atom = _make_atom(m, _read_context(text, m.start(), floor), text)
        if atom is None:
            nxt = _NEXT_NUMBER.search(text, m.start() + 1, m.end())
            pos = nxt.start() if nxt else m.end()
            continue
        yield atom
        pos = floor = atom.end



# ---------------------------------------------------------------- values

_Parts = tuple[int | None, int | None, int | None]  # year, month, day


def _published_year(published: str | None) -> int | None:
    """The year of an ISO dateline, or None.

    >>> _published_year("2019-07-24T10:30"), _published_year("n/a"), _published_year(None)
    (2019, None, None)
    """
    if not published:
        return None
    try:
        return isoparse(published.strip()).year
    except (ValueError, OverflowError, TypeError):
        return None


def _is_real(parts: _Parts) -> bool:
    """Whether the parts name a real calendar day, month or year (an unknown year
    is taken as a leap year, so 29/2 stands).

    >>> _is_real((2023, 2, 29)), _is_real((None, 2, 29)), _is_real((None, 4, 31))
    (False, True, False)
    """
    year, month, day = parts
    if month is None:
        return year is not None and day is None
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
        return f"--{month:02d}-{day:02d}"
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _single_parts(atom: _Atom, year: int | None) -> _Parts | None:
    """The parts of a date standing alone; a day/month takes the dateline's year."""
    parts: _Parts = (atom.year, atom.month, atom.day)
    if atom.year is None:
        if atom.month is None or atom.day is None:
            return None
        parts = (year, atom.month, atom.day)
    return parts if _is_real(parts) else None


def _first_day(parts: _Parts) -> _dt.date:
    year, month, day = parts
    return _dt.date(year if year is not None else 2000, month or 1, day or 1)


def _range_parts(a: _Atom, b: _Atom, year: int | None) -> tuple[_Parts, _Parts] | None:
    """The two ends of a range, the start borrowing what it lacks from the end
    ("tháng 8 … tháng 10/2024", "ngày 16-17/3"); None when they do not make one.

    >>> _range_parts(_Atom(0, 0, None, 8, None, False, True, None, -1),
    ...              _Atom(0, 0, 2024, 10, None, True, True, None, -1), None)
    ((2024, 8, None), (2024, 10, None))
    """
    if b.month is None and b.year is None or b.day is not None and b.month is None:
        return None  # the end must stand on its own
    if (a.month is None) != (b.month is None) and a.year is None:
        return None
    if a.day is not None and b.day is None and b.month is not None and a.month is None:
        return None
    borrowed = a.year is None
    end: _Parts = (b.year if b.year is not None else year, b.month, b.day)
    start: _Parts = (
        a.year if a.year is not None else end[0],
        a.month if a.month is not None else (end[1] if a.day is not None else None),
        a.day,
    )
    if start[0] is None and end[0] is not None or start[0] is not None and end[0] is None:
        return None
    if start[0] is None and (start[2] is None or end[2] is None):
        return None  # a month without any year is no value
    if not (_is_real(start) and _is_real(end)):
        return None
    if _first_day(start) >= _first_day(end):
        if not borrowed or start[0] is None:
            return None
        earlier = _first_day(start) - relativedelta(years=1)
        start = (earlier.year, start[1], start[2])
        if not _is_real(start):
            return None
    return start, end


# ---------------------------------------------------------------- ranges


def _range_start(text: str, a: _Atom) -> int:
    """Where a range beginning with ``a`` starts: its opener, else its lead."""
    return a.pre_start if a.pre in _OPENER_SET else a.start


def _joined(text: str, a: _Atom, b: _Atom) -> tuple[int, int] | None:
    """The span of the range ``a`` … ``b`` when the words between join them, with an
    opener before and parentheses around kept; else None."""
    opener = a.pre in _OPENER_SET
    if b.pre is None:
        if _DASH_GAP.fullmatch(text, a.end, b.start) is None:
            return None
    elif b.pre in _CONNECTOR_SET and opener:
        if _WORD_GAP.fullmatch(text, a.end, b.pre_start) is None:
            return None
    else:
        return None
    start, end = _range_start(text, a), b.end
    before = _OPEN_PAREN_BEFORE.search(text, max(0, start - 4), start)
    after = _CLOSE_PAREN.match(text, end)
    wrapped = before is not None and after is not None
    if wrapped:
        start, end = before.start(), after.end()  # type: ignore[union-attr]
    bare_years = a.month is None and b.month is None
    if not (a.standalone or b.standalone or a.cued or b.cued or opener or wrapped or bare_years):
        return None
    return start, end


def _lunar(text: str, end: int) -> bool:
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
    year = _published_year(published)
    atoms = list(_scan_atoms(text))
    out: list[DateMention] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms):
            b = atoms[i + 1]
            span = _joined(text, a, b)
            ends = _range_parts(a, b, year) if span else None
            if span and ends and not _lunar(text, span[1]):
                s, e = span
                value = f"{_iso(ends[0])}/{_iso(ends[1])}"
                out.append(DateMention(text=text[s:e], start=s, end=e, value=value))
                i += 2
                continue
        parts = _single_parts(a, year) if a.standalone else None
        if parts is not None and not _lunar(text, a.end):
            out.append(DateMention(text=text[a.start:a.end], start=a.start, end=a.end,
                                   value=_iso(parts)))
        i += 1
    return out
