"""A day/month without a year, near the turn of the year: the year that puts it
within six months of the dateline."""

from __future__ import annotations

import pytest

from ttcorpus.extract.dates import find_dates


@pytest.mark.parametrize(
    ("text", "published", "values"),
    [
        ("Tối 30/12, đoàn kiểm tra về tới xã.", "2025-01-03", ["2024-12-30"]),
        ("Sáng 2/1 tới, tỉnh tổ chức lễ ra quân.", "2024-12-27T08:00", ["2025-01-02"]),
        ("Ngày 15/7, hội nghị sơ kết diễn ra.", "2024-01-10", ["2024-07-15"]),  # six months
        ("Ngày 16/7, hội nghị sơ kết diễn ra.", "2024-01-10", ["2024-07-16"]),
        ("Ngày 20/8, hội nghị sơ kết diễn ra.", "2024-01-10", ["2023-08-20"]),  # seven back
        ("Từ ngày 25/12 đến ngày 5/1, cao điểm tấn công trấn áp tội phạm.", "2025-01-06",
         ["2024-12-25/2025-01-05"]),
        ("Ngày 28/12, hội nghị diễn ra.", None, ["--12-28"]),
    ],
)
def test_year_of_a_day_and_month(text: str, published: str | None, values: list[str]) -> None:
    assert [d.value for d in find_dates(text, published)] == values
