"""The cleaner's fast paths give exactly what the slow definitions give: per-word
page look-ups, the one-scan trigger test, the dateline window search, and the
remembered pieces of lines that recur across articles."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ttcorpus.clean import article as article_module
from ttcorpus.clean import clean_article
from ttcorpus.clean.metadata import EMBEDDED_DATELINE, split_trailing_dateline
from ttcorpus.clean.phrases import literal_alternation
from ttcorpus.clean.segment import (
    _FULL_DATE,
    LONG_LINE_TRIGGERS,
    Page,
    _first_dateline,
    needs_cutting,
)

# ---------------------------------------------------------------------------
# Page look-ups

_WORDS = ["dịp", "Dịp", "này", "(dịp)", "dịp,", "dịp-dịp", "Thu", "Hà", "ảnh", "TTXVN",
          "x", "đức", "Đức", "«dịp»", "", "1", "Ảnh:", "(Ảnh:", "Thu Hà)", "Hà)"]
_line = st.lists(st.sampled_from(_WORDS), max_size=8).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(_line, min_size=1, max_size=5), st.sampled_from([*_WORDS, "hà", "thu", "ttxvn"]))
def test_is_lower_word_agrees_with_the_word_set(lines: list[str], word: str) -> None:
    page = Page(lines)
    assert page.is_lower_word(word) == (word in page.lower_words)


_PARTS = ["Thu", "Hà", "Đức", "T", "Thu Hà"]


@settings(max_examples=300, deadline=None)
@given(st.lists(_line, min_size=1, max_size=5), st.sampled_from(_PARTS))
def test_credit_names_with_a_part_are_the_pages_names_holding_it(
    lines: list[str], part: str
) -> None:
    page = Page(lines)
    found = page.credit_names_with(part)
    assert found <= page.credit_names
    assert {n for n in page.credit_names if part in n} <= found


@pytest.mark.parametrize(
    ("lines", "word", "expected"),
    [
        (["Nhân dịp này, bà con dự hội."], "dịp", True),
        (["Nhân (dịp) này."], "dịp", True),
        (["Nhân dịp-dịp này."], "dịp", False),  # inside a longer token
        (["Dịp này, bà con dự hội."], "dịp", False),  # capitalised only
        (["Quang cảnh hội nghị."], "hà", False),
    ],
)
def test_is_lower_word_cases(lines: list[str], word: str, expected: bool) -> None:
    assert Page(lines).is_lower_word(word) is expected


def test_page_counts_its_lookups() -> None:
    page = Page(["Quang cảnh. Ảnh: Thu Hà"])
    assert page.lookups == 0
    page.is_lower_word("hà")
    page.credit_names_with("Thu")
    assert page.lookups == 2


# ---------------------------------------------------------------------------
# Scans


@pytest.mark.parametrize(
    "literals", [["Ảnh", "ẢNH", "Clip"], ["ab", "abc", "b"], ["/. ", "Video"], ["a.b", "a*b"]]
)
def test_literal_alternation_finds_what_in_finds(literals: list[str]) -> None:
    pattern = re.compile(literal_alternation(literals))
    for text in ["xx Ảnh: A", "ẢN", "abc", "b", "a", "hết./. Video", "a.b", "axb", "a*b", ""]:
        assert (pattern.search(text) is not None) == any(x in text for x in literals)
    for literal in literals:
        assert pattern.fullmatch(literal)


def test_literal_alternation_of_nothing_matches_nothing() -> None:
    assert re.compile(literal_alternation([])).search("abc") is None


_ORIGINAL_FULL_DATE = re.compile(r"(?<![\d/])\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)\d\d(?![\d/])")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789/.- a", max_size=30))
def test_full_date_scan_is_the_look_behind_pattern(text: str) -> None:
    assert [m.span() for m in _FULL_DATE.finditer(text)] == [
        m.span() for m in _ORIGINAL_FULL_DATE.finditer(text)
    ]


_DATE_BITS = ["15/08/2015", "07:45", "|", "-", ",", "GMT+7", "Thứ Sáu", "Cập nhật:", "ngày",
              "Sáng", "14/8", "tại", "(", ")", "19h09'", "Chủ nhật", "lúc", "T2", "xT2"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_DATE_BITS), min_size=1, max_size=10), st.data())
def test_first_dateline_is_the_leftmost_search_match(bits: list[str], data: st.DataObject) -> None:
    s = " ".join(bits)
    a = data.draw(st.integers(0, len(s)))
    b = data.draw(st.integers(a, len(s)))
    latest = data.draw(st.integers(a, b))
    m = EMBEDDED_DATELINE.search(s, a, b)
    expected = m.span() if m and m.start() <= latest else None
    got = _first_dateline(s, a, b, latest)
    assert (got.span() if got else None) == expected


@pytest.mark.parametrize(
    ("title", "iso"),
    [
        ("Hội nghị sơ kết Chỉ thị 09 (09:39 12/07/2017)", "2017-07-12T09:39"),
        ("Hội nghị giao ban - 19/08/2020", "2020-08-19"),
        ("Hội nghị giao ban - Thứ Tư, 19 tháng 8 năm 2020", "2020-08-19"),
        ("Hội nghị giao ban - 2020-08-19", "2020-08-19"),
        ("Quốc phòng - An ninh", None),
        ("Chỉ thị 09-CT/TW (khóa XI)", None),
        ("Hội nghị - lần thứ 12/2020", None),
    ],
)
def test_trailing_dateline_quick_test_keeps_dated_titles(title: str, iso: str | None) -> None:
    result = split_trailing_dateline(title)
    assert (result[2] if result else None) == iso


def _words(text: str) -> int:
    return text.count(" ") + 1


def test_trigger_scan_finds_every_trigger() -> None:
    filler = " ".join(["các"] * 8)
    for trigger in LONG_LINE_TRIGGERS:
        line = f"{filler} {trigger}cuối {filler}"
        assert needs_cutting(line, _words(line), False), trigger
    line = f"{filler} hình ảnh minh họa {filler}"
    assert not needs_cutting(line, _words(line), False)


# ---------------------------------------------------------------------------
# Remembered lines

_PAGE_LINES = [
    "BÁO MẪU ĐIỆN TỬ",
    "Trang chủ | Thời sự | Kinh tế | Xã hội",
    "Hội nghị triển khai công tác năm 2024",
    "Thứ Ba, 12/03/2024 - 09:15",
    "Sáng 12/3, tại Hà Nội, Ban Chỉ đạo tổ chức hội nghị triển khai công tác năm 2024 "
    "với sự tham dự của đại diện các sở, ban, ngành và địa phương trong tỉnh.",
    "Quang cảnh hội nghị. Ảnh: Thu Hà",
    "Quang cảnh hội nghị. Ảnh: Thu Hà Dịp này, các đại biểu thống nhất nhiệm vụ.",
    "Các đại biểu thống nhất đề ra nhiệm vụ trọng tâm trong thời gian tới, tập trung cơ sở.",
    "Nhân dịp này, Ban Chỉ đạo trao bằng khen cho các tập thể có thành tích xuất sắc.",
    "Thu Hà",
    "Minh Anh",
    "(Ảnh: Minh Anh)",
    "Chia sẻ: Facebook | Zalo",
    "Lượt xem: 1.002 | Chia sẻ | In trang",
    "© Báo Mẫu điện tử. Giấy phép số 12/GP-BTTTT",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.sampled_from(_PAGE_LINES), min_size=1, max_size=10),
                min_size=2, max_size=4))
def test_remembered_lines_do_not_change_the_output(pages: list[list[str]]) -> None:
    """Cleaning a page after others (lines remembered) gives what cleaning it
    afresh gives: only lines whose pieces did not depend on their page are kept."""
    texts = ["\n".join(lines) for lines in pages]
    warm = [clean_article(t).to_dict() for t in texts]
    cold = []
    for t in texts:
        article_module.clear_caches()
        cold.append(clean_article(t).to_dict())
    assert warm == cold
