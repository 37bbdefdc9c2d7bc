"""Dates: ranges of days opened by "từ" without "ngày", the year a sentence opens
with, and forward cues after a document number (session-10 probe pages)."""

import pytest

from ttcorpus.extract.dates import find_dates


def _values(text: str, published: str | None = "2023-03-14T10:00") -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in find_dates(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lễ hội diễn ra (từ 4 - 6/8/2024) tại bãi biển.",
         [("(từ 4 - 6/8/2024)", "2024-08-04/2024-08-06")]),
        ("Giải đấu tổ chức từ 10 đến 12/5/2022 ở Huế.",
         [("từ 10 đến 12/5/2022", "2022-05-10/2022-05-12")]),
        ("Đoàn công tác kể từ 12 – 15.8.2024 làm việc tại tỉnh.",
         [("kể từ 12 – 15.8.2024", "2024-08-12/2024-08-15")]),
    ],
)
def test_lone_day_after_from_opens_a_range(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tỷ lệ hộ nghèo giảm từ 2 - 3/7 hộ mỗi năm.",  # a ratio, no full date
        "Số xã tăng từ 2 - 31/2/2025.",  # no 31 February
    ],
)
def test_no_range_without_a_full_date(text: str) -> None:
    assert _values(text) == []


def test_range_not_opened_by_a_year_opener() -> None:
    assert _values("Nhiệm kỳ 5 - 7/9/2025 họp.") == [("7/9/2025", "2025-09-07")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sentence's own year beats the year nearest the dateline (March 2023)
        ("Năm 2023, hai huyện thống nhất tổ chức giao lưu; hội diễn vào tháng 10.",
         [("Năm 2023", "2023"), ("tháng 10", "2023-10")]),
        ("Trong năm 2021, huyện khởi công cầu ngày 12/11 và khánh thành vào tháng 12.",
         [("Trong năm 2021", "2021"), ("ngày 12/11", "2021-11-12"), ("tháng 12", "2021-12")]),
        # the next sentence is back on the dateline
        ("Năm 2023, tỉnh đạt kết quả tốt. Ngày 12/11, đoàn về thăm.",
         [("Năm 2023", "2023"), ("Ngày 12/11", "2022-11-12")]),
        # a year inside the sentence (not opening it) sets nothing
        ("Dịp này, năm 2023, vào tháng 10 có hội chợ.",
         [("năm 2023", "2023"), ("tháng 10", "2022-10")]),
    ],
)
def test_year_opening_a_sentence(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the cue after the document number still counts
        ("HĐND sẽ giám sát Nghị quyết số 21/2024/NQ-HĐND và kỳ họp dự kiến vào đầu tháng 7.",
         [("tháng 7", "2025-07")]),
        # a cue before the number only: the date may be the document's
        ("Tỉnh sẽ thực hiện Nghị quyết số 21/2024/NQ-HĐND ngày 12/7.",
         [("ngày 12/7", "2024-07-12")]),
    ],
)
def test_forward_cue_after_a_document_number(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text, "2024-12-12T10:00") == expected
