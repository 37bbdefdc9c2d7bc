"""The person finder's fast paths give exactly what their plain definitions give.

Each shortcut in ``ttcorpus.extract.people`` (a cheap test before a pattern, one
search shared by several tails, a pattern reordered so the engine can skip) is
checked here against the straightforward way of computing the same thing, on
generated inputs built from pieces that reach the edge cases.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ttcorpus.extract import people
from ttcorpus.extract.people import (
    _BREAK,
    _CAPITALISED,
    _OFFICE_HEADS,
    _SEGMENT_END,
    _UPPER,
    NAME_RUN,
    _capitalised_word_follows,
    _clause_facts,
    _distinct,
    _endings,
    _ends_of,
    _find_tails,
    _Mention,
    _office_end,
    _opens_long_office,
    _owner,
    _run_words,
    _split_office,
    _strip_leading,
    _tail_index,
    _words_ahead,
)
from ttcorpus.extract.people import _key as key

# Words and marks that reach the edges: names, self-overlapping given names ("Anh
# Anh"), office heads that are also given names ("Thanh", "Anh", "Tiến"), places,
# function words, abbreviations and every kind of clause break.
_WORDS = (
    "Nguyễn Văn Anh Thanh tra Tiến sĩ Lan Mai Lanh Hà Nội Giang Từ Theo ông bà Đại tá "
    "Phó Chủ tịch UBND tỉnh TP. TS. A B H'Hen Y ư an , ; : . .. ( ) “ ” \" - – — … "
    "\n \t Bộ trưởng Công an giữ chức vụ hùng"
).split(" ")
_PHRASES = st.lists(st.sampled_from(_WORDS), max_size=12).map(" ".join)
# A name run with an office glued on after it, or other capitalised words, in context.
_RUNS = st.tuples(
    _PHRASES,
    st.sampled_from(["Nguyễn Văn", "Lê", "Trần Thị Mai", "Hà", "Từ Lê", "Y"]),
    st.sampled_from(["Anh", "Thanh", "Tiến", "Lan", "Nội", "Giang"]),
    st.sampled_from(["Thanh tra", "Tiến sĩ", "Anh hùng", "Thứ trưởng Bộ Công an", "Tùng", ""]),
    st.sampled_from(["", ",", ".", " cho biết", ", Phó Chủ tịch UBND tỉnh,", "\n"]),
).map(lambda parts: " ".join(parts[:4]) + parts[4])
_TEXTS = (
    _RUNS
    | st.lists(st.sampled_from(_WORDS), max_size=30).map(" ".join)
    | st.lists(st.sampled_from(_WORDS), max_size=30).map("".join)
)


def _slow_split_office(text: str, start: int, words: tuple[str, ...]) -> tuple[list, list]:
    """``_split_office`` without the cheap test before reading the office."""
    offset = start + len(words[0]) + len(words[1]) + 2
    for i in range(2, len(words)):
        if key(words[i]) in _OFFICE_HEADS.firsts:
            ahead = _words_ahead(text, offset)
            if _OFFICE_HEADS.prefix(ahead) >= 2:
                return list(words[:i]), [" ".join(ahead[: _office_end(ahead)])]
        offset += len(words[i]) + 1
    return list(words), []


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_split_office_equals_the_plain_definition(text: str) -> None:
    for m in NAME_RUN.finditer(text):
        words = _run_words(m.group())[0]
        fast_words, fast_office = _split_office(text, m.start(), words)
        assert (list(fast_words), fast_office) == _slow_split_office(text, m.start(), words)


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.integers(0, 40))
def test_a_long_office_never_opens_where_the_cheap_test_says_no(text: str, pos: int) -> None:
    if not _opens_long_office(text, pos):
        assert _OFFICE_HEADS.prefix(_words_ahead(text, pos)) < 2


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.integers(0, 40))
def test_capitalised_word_follows_equals_the_pattern(text: str, pos: int) -> None:
    plain = text.startswith(" ", pos) and _CAPITALISED.match(text, pos + 1) is not None
    assert _capitalised_word_follows(text, pos) == plain


# The clause break as first written: the look-behind before the full stop.
_PLAIN_LAST_BREAK = re.compile(rf"(?s).*(?:[,;:!?()\[\]\"“”…\n–—]| - |(?<![{_UPPER}])\.(?=\s|$))")
_LAST_BREAK = re.compile(rf"(?s).*(?:{_BREAK})")


_PLAIN_SEGMENT_END = re.compile(r"[,;:!?()\[\]\"“”…\n–—]| - |\.+(?=\s|$)")


@pytest.mark.parametrize(
    ("fast_pattern", "plain_pattern", "method"),
    [
        (_LAST_BREAK, _PLAIN_LAST_BREAK, "match"),  # the clause break
        (_SEGMENT_END, _PLAIN_SEGMENT_END, "search"),  # the end of an office segment
    ],
)
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='aAĐ. ,-–:\n\t"“', max_size=40), st.data())
def test_reordered_pattern_equals_the_plain_one(
    fast_pattern: re.Pattern[str], plain_pattern: re.Pattern[str], method: str,
    text: str, data: st.DataObject,
) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    fast = getattr(fast_pattern, method)(text, lo, hi)
    plain = getattr(plain_pattern, method)(text, lo, hi)
    assert (fast and fast.span()) == (plain and plain.span())


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_runs_that_cannot_be_stripped_are_left_as_they_are(text: str) -> None:
    for m in NAME_RUN.finditer(text):
        words, _, _, strippable = _run_words(m.group())
        if strippable:
            continue
        for clause in ("", "ông", "Theo", "tỉnh Hà Giang"):
            before, _, title, _ = _clause_facts(clause)
            kept = (m.start(), words, before, title)
            assert _strip_leading(text, m.start(), words, before, title) == kept


# ---------------------------------------------------------------- short references


def _slow_find_tails(text: str, tails: list[str], skip: set[int]) -> list[tuple[int, str]]:
    """Each tail looked for on its own with ``str.find``, in text order."""
    found = []
    for tail in tails:
        pos = text.find(tail)
        while pos != -1:
            if pos not in skip:
                found.append((pos, tail))
            pos = text.find(tail, pos + len(tail))
    return sorted(found)


_NAMES = st.sampled_from(
    ["Lê Mai Lan", "Hà Thị Lan", "Vũ Anh Anh", "Hồ A A", "Đỗ Lan", "Lê Văn Anh", "Y A"]
)
_NAME_TEXT = st.lists(
    st.sampled_from(["Lan", "Mai Lan", "Anh", "Anh Anh", "A", "A A", "Lanh", " ", ", ", "bà "]),
    max_size=25,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_NAME_TEXT, st.lists(_NAMES, min_size=1, max_size=4), st.sets(st.integers(0, 60)))
def test_find_tails_equals_one_search_per_tail(text: str, names: list[str], skip: set[int]) -> None:
    tails = list(dict.fromkeys(t for name in names for t in _endings(name)))
    assert _find_tails(text, tails, skip) == _slow_find_tails(text, tails, skip)


@given(_NAME_TEXT, st.sampled_from(["Lan", "A", "A A", "Anh Anh", "an"]))
def test_ends_of_finds_every_occurrence(text: str, word: str) -> None:
    plain = [i + len(word) for i in range(len(text)) if text.startswith(word, i)]
    assert _ends_of(text, word) == plain


@given(st.lists(st.tuples(st.integers(0, 50), _NAMES), min_size=1, max_size=6), st.data())
def test_owner_equals_the_nearest_earlier_full_name(
    spots: list[tuple[int, str]], data: st.DataObject
) -> None:
    full = [_Mention(start, start + len(name), name) for start, name in sorted(set(spots))]
    owners_of, _ = _tail_index(full)
    tail = data.draw(st.sampled_from(sorted(owners_of)))
    start = data.draw(st.integers(0, 60))
    owners = [m for m in full if tail in _endings(m.name)]
    assert owners_of[tail] == owners
    before = [m for m in owners if m.start < start]
    assert _owner(owners, start) == (before[-1] if before else owners[0]).name


@given(st.lists(st.sampled_from(["", "ông", "Bộ trưởng", "bà", "Đại tá"]), max_size=4))
def test_distinct_titles_equal_the_plain_definition(titles: list[str]) -> None:
    assert _distinct(titles) == tuple(dict.fromkeys(filter(None, titles)))


def test_fast_paths_keep_the_module_doctest_result() -> None:
    text = "Đại tướng Tô Lâm chủ trì. Theo Bộ trưởng Tô Lâm, … Đại tá Trần Minh Khôi nói."
    assert [(p.text, p.name) for p in people.find_people(text)] == [
        ("Tô Lâm", "Tô Lâm"),
        ("Tô Lâm", "Tô Lâm"),
        ("Trần Minh Khôi", "Trần Minh Khôi"),
    ]
