"""Session 11: a day/month listed after a date in a later month is a date when its day
cannot be a month number (no ratio reads so); a proper fraction stays a ratio."""

from __future__ import annotations

import pytest

from ttcorpus.extract import find_dates


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Đoàn kiểm tra làm việc vào ngày 4/2 và 17/6.", ["2025-02-04", "2025-06-17"]),
        ("Các phiên họp diễn ra ngày 9/1, 13/3 và 25/4 tại trụ sở.",
         ["2025-01-09", "2025-03-13", "2025-04-25"]),
    ],
)
def test_a_later_month_listed_with_a_day_above_twelve(text: str, values: list[str]) -> None:
    assert [d.value for d in find_dates(text, "2025-07-01T08:00")] == values


@pytest.mark.parametrize("text", ["ngày 2/3 và 5/8 hộ dân đã nhận hỗ trợ",
                                  "ngày 1/2 và 3/10 số xã đạt chuẩn"])
def test_a_proper_fraction_after_a_date_is_no_date(text: str) -> None:
    assert len(find_dates(text, "2025-07-01T08:00")) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hội nghị họp trong các ngày (12/3 - 15/3) tại Hà Nội.",
         ("ngày (12/3 - 15/3)", "2025-03-12/2025-03-15")),
        ("Trong dịp lễ (30/4 - 1/5), lượng khách tăng.",
         ("dịp lễ (30/4 - 1/5)", "2025-04-30/2025-05-01")),
    ],
)
def test_a_lead_before_a_bracketed_range_keeps_both_brackets(
    text: str, expected: tuple[str, str]
) -> None:
    (d,) = find_dates(text, "2025-07-01T08:00")
    assert (d.text, d.value) == expected
    assert d.text.count("(") == d.text.count(")")
