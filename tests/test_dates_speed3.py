"""Fast paths of ttcorpus.extract.dates (speed wave 3) give exactly what their plain
definitions give: a number form is judged before its context is read, a plain dateline
is checked against the calendar instead of ``isoparse``, a range start a year earlier
is one year less, and dateutil is not imported until a dateline needs it."""

from __future__ import annotations

import subprocess
import sys

import pytest
from dateutil.parser import isoparse
from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_dates_speed import _plain_scan
from ttcorpus.extract import dates
from ttcorpus.extract.dates import _Atom, find_dates

_TOKENS = st.sampled_from(
    [
        *"0123456789/-.–,() \n\t",
        "\u00a0",
        *("1", "12", "31", "32", "63", "99", "2016", "2024", "2500", "0", "00"),
        *("1/12/2011", "31/13/2020", "29/2", "63/63", "8/2020", "13/2020", "2020-08-19"),
        *("ngày ", "Ngày ", "NGÀY ", "Sáng ", "sáng nay ", "tháng ", "năm ", "Từ ", "từ "),
        *("đến ", "tới ", "giai đoạn ", "SN ", "thứ Hai, ", "hôm qua ", "âm lịch", "mùng "),
        *(" tháng ", " năm ", "vào tối ", "Tính đến ", "trong ", "B", "x ", ", ", "  "),
    ]
)
_DATEY = st.lists(_TOKENS, max_size=40).map("".join)


# ---------------------------------------------------------------- number forms


def _plain_make_atom(
    text: str, start: int, end: int, context: dates._Context
) -> dates._Atom | None:
    """The atom as plainly defined: the numbers of the form, placed by their count,
    width and left context, then checked against the ranges of a day, month and year."""
    lead_start, pre, pre_start, unit, day_lead, lead_paren = context
    runs = dates._DIGIT_RUN.findall(text[start:end])
    numbers, wide = [int(r) for r in runs], [len(r) == 4 for r in runs]
    words = not text[start:end].isascii()
    if unit in (dates._CTX_MONTH, dates._CTX_YEAR):
        day_lead = False
    year = month = day = None
    when = None
    if len(numbers) == 3:
        day, month, year = numbers if not wide[0] else numbers[::-1]
        keep_lead, standalone = day_lead, True
    elif len(numbers) == 2 and wide[1]:
        if words and unit != dates._CTX_MONTH:
            return None
        month, year = numbers
        keep_lead = unit == dates._CTX_MONTH
        standalone = keep_lead or (lead_start < 0 and pre in dates._PREPOSITION_KEYS)
    elif len(numbers) == 2:
        if words and not day_lead:
            return None
        day, month = numbers
        keep_lead = standalone = day_lead
        if not standalone and lead_start < 0 and pre in dates._PREPOSITION_KEYS:
            standalone = dates._CLAUSE_BREAK.match(text, end) is not None
    elif wide[0]:
        year = numbers[0]
        keep_lead = standalone = unit == dates._CTX_YEAR
    elif unit == dates._CTX_MONTH:
        month, keep_lead = numbers[0], True
        standalone, when = dates._lone_month(text, lead_start, end, pre)
    elif unit == dates._CTX_DAY:
        day, keep_lead, standalone = numbers[0], True, False
    else:
        return None
    if not (
        (year is None or 1000 <= year <= 2199)
        and (month is None or 1 <= month <= 12)
        and (day is None or 1 <= day <= 31)
    ):
        return None
    cued = keep_lead and lead_start >= 0
    if cued:
        start = lead_start
        close = dates._CLOSE_PAREN.match(text, end) if lead_paren else None
        if close is not None:
            end = close.end()
            standalone = standalone or day is not None
    return _Atom(start, end, year, month, day, standalone, cued, pre, pre_start, when)


@settings(max_examples=500, deadline=None)
@given(_DATEY)
def test_judging_the_form_first_changes_no_atom(text: str) -> None:
    assert dates._scan_atoms(text) == _plain_scan(text, _plain_make_atom)


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("1/12/2011", (dates._FULL, 2011, 12, 1, False)),
        ("2020-08-19", (dates._FULL, 2020, 8, 19, False)),
        ("19 tháng 8 năm 2020", (dates._FULL, 2020, 8, 19, True)),
        ("8/2020", (dates._MONTH_YEAR, 2020, 8, None, False)),
        ("27/6", (dates._DAY_MONTH, None, 6, 27, False)),
        ("2016", (dates._YEAR, 2016, None, None, False)),
        ("17", (dates._LONE, None, None, 17, False)),
        # out of range whatever stands before them
        ("63/63", None),
        ("31/13/2020", None),
        ("12/2500", None),
        ("2500", None),
        ("45", None),
        ("0", None),
    ],
)
def test_form(form: str, expected: dates._Form | None) -> None:
    assert dates._form(form) == expected


# ---------------------------------------------------------------- datelines


def _plain_published_month(published: str) -> tuple[int, int] | None:
    try:
        when = isoparse(published.strip())
    except (ValueError, OverflowError, TypeError):
        return None
    return when.year, when.month


@settings(max_examples=500, deadline=None)
@given(
    st.integers(0, 9999),
    st.integers(0, 13),
    st.integers(0, 32),
    st.sampled_from(["", "T10:30", " 23:59", "T00:00:59", "T24:00", "T10:30+07:00", "Z"]),
)
def test_plain_dateline_agrees_with_isoparse(year: int, month: int, day: int, time: str) -> None:
    published = f"{year:04d}-{month:02d}-{day:02d}{time}"
    dates._published_month.cache_clear()
    assert dates._published_month(published) == _plain_published_month(published)


def test_dateutil_is_imported_only_when_a_dateline_needs_it() -> None:
    code = (
        "import sys; import ttcorpus.extract.dates as d; "
        "d.find_dates('Sáng 30/5, họp.', '2024-05-31T08:00'); "
        "print('dateutil' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# ---------------------------------------------------------------- a range start a year back


def _plain_range_parts(
    a: _Atom, b: _Atom, year: int | None
) -> tuple[dates._Parts, dates._Parts] | None:
    """``_range_parts`` as first written: the start a calendar year back by dateutil."""
    if b.month is None and (b.year is None or b.day is not None):
        return None
    if a.day is not None and a.month is None and b.day is None:
        return None
    if a.month is not None and a.year is None and b.month is None:
        return None
    end = (b.year if b.year is not None else year, b.month, b.day)
    start = (
        a.year if a.year is not None else end[0],
        a.month if a.month is not None or a.day is None else end[1],
        a.day,
    )
    if (start[0] is None) != (end[0] is None) or not (
        dates._is_real(start) and dates._is_real(end)
    ):
        return None
    if dates._first_day(start) >= dates._first_day(end):
        if a.year is not None or start[0] is None:
            return None
        earlier = dates._first_day(start) - relativedelta(years=1)
        start = (earlier.year, start[1], start[2])
        if not dates._is_real(start):
            return None
    return start, end


_YEAR = st.one_of(st.none(), st.integers(1001, 2199))
_MONTH = st.one_of(st.none(), st.integers(1, 12))
_DAY = st.one_of(st.none(), st.integers(1, 31))


@settings(max_examples=500, deadline=None)
@given(_YEAR, _MONTH, _DAY, _YEAR, _MONTH, _DAY, _YEAR)
def test_a_year_earlier_is_the_calendar_year_before(
    year_a: int | None,
    month_a: int | None,
    day_a: int | None,
    year_b: int | None,
    month_b: int | None,
    day_b: int | None,
    published: int | None,
) -> None:
    a = _Atom(0, 0, year_a, month_a, day_a, False, True, None, -1)
    b = _Atom(0, 0, year_b, month_b, day_b, True, True, None, -1)
    assert dates._range_parts(a, b, published) == _plain_range_parts(a, b, published)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("từ 20/12 đến 10/1/2024", ["2023-12-20/2024-01-10"]),
        ("từ tháng 11 đến tháng 2/2025", ["2024-11/2025-02"]),
        ("từ 29/2 đến 1/2/2024", []),  # no 29 February in 2023
    ],
)
def test_ranges_across_the_new_year(text: str, values: list[str]) -> None:
    assert [d.value for d in find_dates(text) if "/" in d.value] == values
