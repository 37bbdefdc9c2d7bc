"""Tests for ttcorpus.extract.dates (session 7): years listed after a year date ("năm
2022, 2023") and lists of months ("tháng 10 và đầu tháng 11", "tháng 8, 9/2024"), each
item a date of its own; counts and fractions after them stay no dates."""

from __future__ import annotations

import time

import pytest

from tests.test_dates import found as _found
from ttcorpus.extract.dates import find_dates

PUBLISHED = "2025-03-14T08:30"


def found(text: str, published: str | None = PUBLISHED) -> list[tuple[str, str]]:
    """(mention text, value) pairs, checking offsets (``tests.test_dates.found``)."""
    return _found(text, published)


# ---------------------------------------------------------------- listed years


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nguồn vốn năm 2021, 2022 được chuyển sang.",
            [("năm 2021", "2021"), ("2022", "2022")],
        ),
        (
            "Kết quả năm 2023 và 2024 đều vượt kế hoạch.",
            [("năm 2023", "2023"), ("2024", "2024")],
        ),
        (
            "Nghị quyết năm 2005 (bổ sung năm 2010, 2019) vẫn còn hiệu lực.",
            [("năm 2005", "2005"), ("năm 2010", "2010"), ("2019", "2019")],
        ),
        (
            "Trong năm 2018, 2019 và 2020, xã đã xây 12 nhà.",
            [("Trong năm 2018", "2018"), ("2019", "2019"), ("2020", "2020")],
        ),
        (
            "vốn năm 2021, và 2022 chưa giải ngân",
            [("năm 2021", "2021"), ("2022", "2022")],
        ),
        # a listed year may still start a range of its own
        (
            "năm 2019, 2021 - 2023 tỉnh đạt chuẩn",
            [("năm 2019", "2019"), ("2021 - 2023", "2021/2023")],
        ),
    ],
)
def test_years_listed_after_a_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counts after a year: fewer digits, not later, not 19xx/20xx, or a decimal
        ("Năm 2024, 18 xã đạt chuẩn nông thôn mới.", [("Năm 2024", "2024")]),
        ("năm 2024, 2000 hộ được hỗ trợ", [("năm 2024", "2024")]),
        ("năm 2024, 2.500 hộ được hỗ trợ", [("năm 2024", "2024")]),
        ("năm 2024, 2025,5 tỷ đồng", [("năm 2024", "2024")]),
        ("năm 1990, 1800 người", [("năm 1990", "1990")]),
        ("năm 2024, 2130 người", [("năm 2024", "2024")]),
        # not after a year date: a document number, a month/year, a bare number
        ("Thông tư 15/2021, 2022 và 2023 của Bộ", []),
        ("Đoàn 2001, 2002 đã đến", []),
        ("ngày 5/6/2021, 2022 cán bộ tham gia", [("ngày 5/6/2021", "2021-06-05")]),
        # a year glued to a code is still no year
        ("năm 2022, 2023/QĐ-UBND", [("năm 2022", "2022")]),
    ],
)
def test_not_listed_years(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


# ---------------------------------------------------------------- lists of months


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Trong tháng 1 và đầu tháng 2, lực lượng đã tuần tra 300 lượt.",
            PUBLISHED,
            [("tháng 1", "2025-01"), ("tháng 2", "2025-02")],
        ),
        (
            "Từ cuối tháng 11, tháng 12 và giữa tháng 1, mưa kéo dài.",
            "2025-01-20",
            [("tháng 11", "2024-11"), ("tháng 12", "2024-12"), ("tháng 1", "2025-01")],
        ),
        (
            "trong tháng 6, 7/2023 đoàn kiểm tra",
            PUBLISHED,
            [("tháng 6", "2023-06"), ("7/2023", "2023-07")],
        ),
        (
            "vào tháng 4 và tháng 5 năm 2022, dự án khởi công",
            PUBLISHED,
            [("tháng 4", "2022-04"), ("tháng 5 năm 2022", "2022-05")],
        ),
        (
            "trong các tháng 3, 4 và 5 năm 2021.",
            PUBLISHED,
            [("tháng 3", "2021-03"), ("4", "2021-04"), ("5 năm 2021", "2021-05")],
        ),
        (
            "tháng 2, tháng 3, và tháng 4/2024 đều tăng",
            PUBLISHED,
            [("tháng 2", "2024-02"), ("tháng 3", "2024-03"), ("tháng 4/2024", "2024-04")],
        ),
        (
            "Tháng 9, 10 và tháng 11 có mưa lớn.",
            "2024-12-02",
            [("Tháng 9", "2024-09"), ("10", "2024-10"), ("tháng 11", "2024-11")],
        ),
    ],
)
def test_lists_of_months(text: str, published: str | None, expected: list[tuple[str, str]]) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a count or a fraction ends the list: no month list, the lone month after
        # "trong" is a date of its own (probe9)
        ("Trong tháng 2, 9 xã đã hoàn thành.", PUBLISHED, [("tháng 2", "2025-02")]),
        ("Trong tháng 2 và 3 xã khác", PUBLISHED, [("tháng 2", "2025-02")]),
        ("trong tháng 5, 7/10 hộ có điện", PUBLISHED, [("tháng 5", "2025-05")]),
        ("tháng 5 và 8/2024/QĐ-UBND", PUBLISHED, []),
        ("định kỳ 6 tháng 1 lần, 2 lần", PUBLISHED, []),
        # no year known: a month without year has no value form
        ("Trong tháng 1 và đầu tháng 2, đoàn làm việc.", None, []),
        # months with a stated year must rise; the dated last still stands
        ("tháng 12 và tháng 1/2025", PUBLISHED, [("tháng 1/2025", "2025-01")]),
        # out of range
        ("tháng 11, 13/2024", PUBLISHED, []),
        # a range, not a list; a month after an opener stays a range
        (
            "Từ tháng 8 đến tháng 10/2024",
            PUBLISHED,
            [("Từ tháng 8 đến tháng 10/2024", "2024-08/2024-10")],
        ),
        (
            "tháng 8 và từ tháng 9 đến tháng 10/2024",
            PUBLISHED,
            [("từ tháng 9 đến tháng 10/2024", "2024-09/2024-10")],
        ),
        # a lone month is a date with a dateline (probe9), not a list
        ("Trong tháng 8, đơn vị đã kiểm tra.", PUBLISHED, [("tháng 8", "2025-08")]),
        # quarters: the contract has no value form for them
        ("Dự kiến trong quý II/2025 và quý III, 2025 hoàn thành.", PUBLISHED, []),
    ],
)
def test_not_lists_of_months(
    text: str, published: str | None, expected: list[tuple[str, str]]
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lists of days are untouched
        ("các ngày 3 và 4/5, đoàn làm việc", [("ngày 3", "2025-05-03"), ("4/5", "2025-05-04")]),
        (
            "ngày 7, 8 và 9/3/2024",
            [("ngày 7", "2024-03-07"), ("8", "2024-03-08"), ("9/3/2024", "2024-03-09")],
        ),
        ("Có 14 và 15/20 xã đạt chuẩn.", []),
        ("ngày 19 tháng 8 năm 2020", [("ngày 19 tháng 8 năm 2020", "2020-08-19")]),
    ],
)
def test_day_lists_and_full_dates_unchanged(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "1, " * 30_000,
        "1 và " * 20_000,
        ", 1" * 30_000 + "/2",
        "tháng 1, 2, 3, " * 8_000,
        "tháng 10 và đầu " * 8_000,
        "năm 2020, 2021, " * 8_000,
        "năm 1999 và " * 10_000 + "2000",
        "ngày 1, " + "1, " * 20_000 + "2/3",
    ],
)
def test_lists_stay_linear(text: str) -> None:
    start = time.perf_counter()
    mentions = find_dates(text, PUBLISHED)
    assert time.perf_counter() - start < 3.0
    assert all(text[d.start : d.end] == d.text for d in mentions)
