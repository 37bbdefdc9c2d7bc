"""Credit lines of long-form and interview pages: the writers under "Nội dung:", the
layout and graphics credits that are no authors, interview bylines in capitals with
their role in brackets."""

from __future__ import annotations

import pytest

from ttcorpus.clean import clean_article
from ttcorpus.clean.metadata import is_credit_line, parse_byline

_TITLE = "Vùng cao Hà Giang đổi thay sau 15 năm xây dựng nông thôn mới"
_LEAD = (
    "Mười lăm năm qua, bằng nhiều cách làm sáng tạo, các huyện vùng cao Hà Giang đã huy động "
    "sức dân làm đường, xây trường, đưa điện lưới về tận thôn bản."
)
_P2 = (
    "Theo Văn phòng Điều phối nông thôn mới tỉnh, đến nay toàn tỉnh có 52 xã đạt chuẩn, thu "
    "nhập bình quân đầu người tăng gấp ba lần so với năm 2010."
)


def test_long_form_credits_under_the_headline() -> None:
    page = "\n".join([
        "Báo Vùng Cao", "Longform", _TITLE, "Thứ Sáu, 06-12-2024, 07:00",
        "Nội dung: LÊ HẠNH - TRẦN KHOA", "Ảnh: VĂN TOÀN", "Thiết kế: MAI LAN", _LEAD, _P2,
    ])
    a = clean_article(page)
    assert a.title == _TITLE
    assert a.authors == ["Lê Hạnh", "Trần Khoa"]  # the designer is no author
    assert a.text == f"{_LEAD}\n{_P2}"


@pytest.mark.parametrize(
    ("line", "credit"),
    [("Trình bày: Hà Vy", True), ("Đồ họa: Minh Tú", True), ("Trình bày đề án mới", False)],
)
def test_production_roles_are_credit_lines_without_authors(line: str, credit: bool) -> None:
    assert is_credit_line(line) is credit
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("line", "author"),
    [("TRẦN VĂN MINH (thực hiện)", "Trần Văn Minh"), ("HOÀNG LAN (ghi)", "Hoàng Lan")],
)
def test_interview_byline_in_capitals_with_its_role(line: str, author: str) -> None:
    byline = parse_byline(line)
    assert byline is not None and byline.authors == (author,)
