# ruff: noqa: E501
"""Official documents copied whole: letterhead, number, type heading with its subject
lines (the title), recipients list and signing block (kept)."""

from __future__ import annotations

import pytest

from ttcorpus.clean import clean_article
from ttcorpus.clean.boilerplate import chrome_kind

DOCUMENT = """HUYỆN ỦY BẢO LÂM
Số 12-CTr/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Bảo Lâm, ngày 15 tháng 3 năm 2023
CHƯƠNG TRÌNH HÀNH ĐỘNG
thực hiện Nghị quyết số 29-NQ/TU ngày 10/2/2023 của Ban Chấp hành Đảng bộ tỉnh
về phát triển du lịch cộng đồng
Thực hiện Nghị quyết số 29-NQ/TU ngày 10/2/2023 của Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Huyện ủy xây dựng chương trình hành động như sau.
Các cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể quán triệt nghị quyết đến cán bộ, đảng viên và nhân dân trong quý II năm 2023.
Nơi nhận:
- Ban Thường vụ Tỉnh ủy (b/c),
- Các chi, đảng bộ trực thuộc,
- Lưu Văn phòng Huyện ủy.
T/M BAN THƯỜNG VỤ
BÍ THƯ
(đã ký)
Hoàng Văn Quân
"""


def test_document_layout() -> None:
    article = clean_article(DOCUMENT)
    kinds = {r.text: r.kind for r in article.removed}
    assert article.authors == []
    assert article.published == "2023-03-15"
    assert article.title == (
        "CHƯƠNG TRÌNH HÀNH ĐỘNG thực hiện Nghị quyết số 29-NQ/TU ngày 10/2/2023 của Ban "
        "Chấp hành Đảng bộ tỉnh về phát triển du lịch cộng đồng"
    )
    assert kinds["ĐẢNG CỘNG SẢN VIỆT NAM"] == "document_header"
    assert kinds["Số 12-CTr/HU"] == "document_header"
    # the recipients list and the signing block stay with the document
    for kept in ("Nơi nhận:", "- Lưu Văn phòng Huyện ủy.", "T/M BAN THƯỜNG VỤ", "Hoàng Văn Quân"):
        assert kept in article.text.split("\n")


@pytest.mark.parametrize(
    "line",
    [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Độc lập - Tự do - Hạnh phúc ----------",
        "Số: 2345/QĐ-UBND",
    ],
)
def test_letterhead_lines(line: str) -> None:
    assert chrome_kind(line) == ("document_header", True)


@pytest.mark.parametrize(
    "line", ["Đảng Cộng sản Việt Nam là đội tiên phong của giai cấp công nhân", "Số 5 năm 2024"]
)
def test_not_letterhead(line: str) -> None:
    kind = chrome_kind(line)
    assert kind is None or kind[0] != "document_header"


def test_a_one_line_title_is_not_joined_to_a_heading_above_a_capitalised_line() -> None:
    page = (
        "Báo Bảo Lâm\nTHÔNG BÁO\nHuyện ủy Bảo Lâm tổ chức hội nghị cán bộ chủ chốt\n"
        "Sáng 2/4, Huyện ủy Bảo Lâm tổ chức hội nghị cán bộ chủ chốt để quán triệt "
        "các văn bản mới của Trung ương và của tỉnh.\n"
        "Hội nghị giao các chi, đảng bộ trực thuộc triển khai thực hiện nghiêm túc.\n"
    )
    article = clean_article(page)
    assert article.title == "Huyện ủy Bảo Lâm tổ chức hội nghị cán bộ chủ chốt"
    assert article.authors == []
