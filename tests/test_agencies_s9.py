"""Agency rules added by the lead in session 9: a delegation head written "Trưởng đoàn
ĐBQH …" (lower-case "đoàn", data/agency_office_heads.tsv) names the delegation."""

from __future__ import annotations

import pytest

from tests.agency_views import pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bà Lê Thị Hoa, Trưởng đoàn ĐBQH tỉnh Quảng Trị, phát biểu.",
         [("đoàn ĐBQH tỉnh Quảng Trị", "Đoàn đại biểu Quốc hội tỉnh Quảng Trị")]),
        ("Phó Trưởng đoàn ĐBQH tỉnh Bến Tre Nguyễn Văn Tâm cho biết",
         [("đoàn ĐBQH tỉnh Bến Tre", "Đoàn đại biểu Quốc hội tỉnh Bến Tre")]),
        # a working delegation's head names no body
        ("ông Trần Văn Hùng làm trưởng đoàn công tác của huyện", []),
    ],
)
def test_a_delegation_head_in_lower_case(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert pairs(text) == expected
