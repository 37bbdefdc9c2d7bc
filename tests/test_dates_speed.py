"""Speed of ttcorpus.extract.dates: inputs that used to cost dozens of times more per
character than article text (issue 5) stay linear and cheap, and every fast path of
the finder gives exactly what its plain definition gives (checked on generated text)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.timing import cpu_seconds
from ttcorpus.extract import dates
from ttcorpus.extract.dates import find_dates

# ---------------------------------------------------------------- chains of numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dates and ranges glued with dashes keep every number they need
        ("nghỉ lễ ngày 30-4-1-5 năm nay", [("ngày 30-4-1-5", "2024-04-30/2024-05-01")]),
        ("ngày 22-7-2019-22-7-2020", [("ngày 22-7-2019-22-7-2020", "2019-07-22/2020-07-22")]),
        (
            "giai đoạn 2016-2017-2018-2019",
            [("giai đoạn 2016-2017", "2016/2017"), ("2018-2019", "2018/2019")],
        ),
        # deeper in a chain a number is part of a code, not a date
        (
            "giai đoạn 2016-2017-2018-2019-2020-2021",
            [("giai đoạn 2016-2017", "2016/2017"), ("2018-2019", "2018/2019")],
        ),
        ("mã hồ sơ 1-1-1-1-1-1-1-1 đã nộp", []),
        ("số máy 0912-345-678-90-12 ngày 1/2/2020", [("ngày 1/2/2020", "2020-02-01")]),
        # glued with slashes or dots: never a date start
        ("Chỉ thị số " + "1/" * 20 + " ngày 2/3/2021", [("ngày 2/3/2021", "2021-03-02")]),
    ],
)
def test_chains_of_numbers(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_dates(text, "2024-01-01")
    assert [(d.text, d.value) for d in found] == expected
    assert all(text[d.start : d.end] == d.text for d in found)


# ---------------------------------------------------------------- linear and cheap

_ARTICLE = (
    "Sáng 12/4, tại Hội trường UBND tỉnh, Ban Chỉ đạo tổ chức hội nghị sơ kết 6 tháng "
    "đầu năm 2024; có 62/63 địa phương báo cáo, tỷ lệ đạt 8/10 chỉ tiêu. Từ ngày 17/3 "
    "đến ngày 30/4, các đoàn kiểm tra đã làm việc với 25 xã, phường theo Kế hoạch số "
    "87/KH-UBND ngày 22-7-2019, giai đoạn 2021 - 2025 cần hoàn thành 1.427 hồ sơ.\n"
)

# inputs that used to cost 30 to 50 times article text per character
_HOSTILE: dict[str, Callable[[int], str]] = {
    "1-1-1-…": lambda n: "Nghị quyết số " + "1-" * (n // 2),
    "1/1/1/…": lambda n: "Chỉ thị số " + "1/" * (n // 2),
    "digits": lambda n: "Chỉ thị số " + "1" * n,
    "2016-2016-…": lambda n: "giai đoạn " + "2016-" * (n // 5),
}


def _cpu_seconds(text: str) -> float:
    return cpu_seconds(lambda: find_dates(text, "2024-01-01"))


@pytest.mark.parametrize("build", _HOSTILE.values(), ids=list(_HOSTILE))
def test_hostile_input_is_linear(build: Callable[[int], str]) -> None:
    """time(2n) < 4 × time(n), plus a little for timer noise."""
    small, large = _cpu_seconds(build(50_000)), _cpu_seconds(build(100_000))
    assert large < 4 * small + 0.02, f"{small:.4f}s then {large:.4f}s"


@pytest.mark.parametrize("build", _HOSTILE.values(), ids=list(_HOSTILE))
def test_hostile_input_costs_about_what_article_text_costs(
    build: Callable[[int], str],
) -> None:
    """Per character, within a wide margin of article text (it was 30 to 50 times)."""
    size = 100_000
    article = (_ARTICLE * (size // len(_ARTICLE) + 1))[:size]
    hostile = build(size)
    ratio = (_cpu_seconds(hostile) / len(hostile)) / (_cpu_seconds(article) / len(article))
    assert ratio < 10, f"{ratio:.1f} times article text per character"


# ---------------------------------------------------------------- fast paths

_TOKENS = st.sampled_from(
    [
        *"0123456789/-.–—,() \n\t",
        *("1", "12", "2016", "2024", "1/12/2011", "22-7-2019", "30", "31"),
        *("ngày ", "Ngày ", "Sáng ", "sáng nay ", "tháng ", "năm ", "Năm ", "từ ", "Từ "),
        *("đến ", "đến hết ", "tới ", "giai đoạn ", "SN ", "sinh năm ", "thứ Hai, ", "nay, "),
        *("hôm qua ", "âm lịch", "QĐ", "B", "x ", "Hà Nội ", "  ", "mùng ", "vào tối "),
    ]
)
_DATEY = st.lists(_TOKENS, max_size=40).map("".join)

# The plain definition of the scan: a digit that starts a number (neither glued nor
# deep in a dash chain), a number form (digit counts given back freely), its end.
_PLAIN_FORMS = dates._NUMBER_FORMS.replace("}+", "}").replace("?+", "?")
_PLAIN_NUMERIC = regex.compile(
    rf"[0-9](?<!{dates._GLUED})(?<!{dates._DASH_CHAIN})(?:{_PLAIN_FORMS}){dates._NUMBER_END}"
)


def test_plain_number_forms_differ_only_in_possessive_counts() -> None:
    assert _PLAIN_FORMS != dates._NUMBER_FORMS
    assert _PLAIN_FORMS.replace("?", "").replace("}", "") == (
        dates._NUMBER_FORMS.replace("?+", "").replace("}+", "").replace("?", "").replace("}", "")
    )


@settings(max_examples=400, deadline=None)
@given(_DATEY)
def test_the_scan_skips_only_what_cannot_start_a_number(text: str) -> None:
    fast = [m.span() for m in dates._NUMERIC.finditer(text)]
    assert fast == [m.span() for m in _PLAIN_NUMERIC.finditer(text)]


_PLAIN_LEFT_CONTEXT = re.compile(dates._left_context(guard=False))


@settings(max_examples=400, deadline=None)
@given(_DATEY)
def test_guarded_left_context_reads_the_same_words(text: str) -> None:
    mirrored = text[::-1]
    for start in range(0, len(mirrored), 3):
        fast_m = dates._LEFT_CONTEXT.match(mirrored, start)
        plain_m = _PLAIN_LEFT_CONTEXT.match(mirrored, start)
        assert (fast_m and (fast_m.regs, fast_m.groups())) == (
            plain_m and (plain_m.regs, plain_m.groups())
        )


_MakeAtom = Callable[[str, int, int, "dates._Context"], "dates._Atom | None"]


def _judged_atom(text: str, start: int, end: int, context: dates._Context) -> dates._Atom | None:
    """``_make_atom`` of the form at ``start:end``, or None when it is no date form."""
    form = dates._form(text[start:end])
    return None if form is None else dates._make_atom(text, start, end, form, context)


def _plain_scan(text: str, make_atom: _MakeAtom = _judged_atom) -> list[dates._Atom]:
    """``_scan_atoms`` as plainly defined: one search per number, restarting after each,
    each number judged by ``make_atom`` with its left context."""
    atoms: list[dates._Atom] = []
    pos = floor = 0
    while (m := dates._NUMERIC.search(text, pos)) is not None:
        start, end = m.span()
        atom = make_atom(text, start, end, dates._read_context(text, start, floor))
        if atom is None:
            pos = dates._DIGIT_RUN.search(text, start, end).end()
            continue
        atoms.append(atom)
        pos = floor = atom.end
    return atoms


@settings(max_examples=400, deadline=None)
@given(_DATEY)
def test_one_finditer_finds_the_atoms_of_one_search_per_number(text: str) -> None:
    assert dates._scan_atoms(text) == _plain_scan(text)
