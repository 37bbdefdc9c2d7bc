"""Agency fixes of session 6: a person or rank after a body's locality, names cut short,
generic plurals, a missed central body, codes in brackets and short names as aliases."""

from __future__ import annotations

import pytest

from tests.agency_views import names
from tests.agency_views import pairs as canonicals


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a full name after a committee: a second family name or a middle name
        ("Phó Bí thư Tỉnh ủy Trần Lê Minh Khoa phát biểu.", ["Tỉnh ủy"]),
        ("Bí thư Thành ủy Đỗ Phan Thanh Hà dự họp.", ["Thành ủy"]),
        # a city abbreviation already names the place
        ("Phó Chủ tịch UBND TP.HCM Võ Ngọc Lan cho biết.", ["UBND TP.HCM"]),
        ("Thường trực Thành ủy TPHCM Phạm Hồ Tâm chủ trì.", ["Thường trực Thành ủy TPHCM"]),
        # a Central Highlands name after a district
        ("Chủ tịch UBND huyện Y Ngông Kdăm phát biểu.", ["UBND huyện"]),
        # a rank after the locality word or the place
        ("Giám đốc Công an tỉnh Thượng tá Lê Văn Hùng dự.", ["Công an tỉnh"]),
        ("Giám đốc Công an tỉnh Gia Lai Đại tá Phạm Minh Tú dự.", ["Công an tỉnh Gia Lai"]),
        # must not change: places
        ("UBND xã Y Tý tổ chức họp.", ["UBND xã Y Tý"]),
        ("Huyện ủy Hoàng Su Phì tổ chức hội nghị.", ["Huyện ủy Hoàng Su Phì"]),
        ("Công an quận Hai Bà Trưng phối hợp.", ["Công an quận Hai Bà Trưng"]),
        ("UBND huyện Anh Sơn chỉ đạo.", ["UBND huyện Anh Sơn"]),
        ("UBND huyện Trần Văn Thời, Cà Mau", ["UBND huyện"]),  # (as before)
    ],
)
def test_person_or_rank_after_a_locality(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bộ Tổng Tham mưu hướng dẫn các đơn vị.", ["Bộ Tổng Tham mưu"]),
        ("Tổng cục Chính trị nghiên cứu, đề xuất giải pháp.", ["Tổng cục Chính trị"]),
        ("Sở Khoa học và Công nghệ nghiên cứu phương án.", ["Sở Khoa học và Công nghệ"]),
        (
            "Đảng ủy Tổng công ty Điện lực miền Bắc tổ chức đại hội.",
            ["Đảng ủy Tổng công ty Điện lực miền Bắc"],
        ),
        (
            "Ban Quản lý Khu kinh tế Vân Phong và Ban Quản lý Khu công nghệ cao Đà Nẵng họp.",
            ["Ban Quản lý Khu kinh tế Vân Phong", "Ban Quản lý Khu công nghệ cao Đà Nẵng"],
        ),
        ("Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh báo cáo.", ["Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh"]),
        ("UBND huyện Krông A'na và HĐND huyện Đắk R'lấp", ["UBND huyện Krông A'na",
                                                         "HĐND huyện Đắk R'lấp"]),
        (
            "Phòng Cảnh sát giao thông - trật tự Công an tỉnh Bình Dương cho biết.",
            ["Phòng Cảnh sát giao thông - trật tự Công an tỉnh Bình Dương"],
        ),
        ("Theo Vụ Pháp luật hình sự - hành chính, dự thảo đã xong.",
         ["Vụ Pháp luật hình sự - hành chính"]),
        # must not change: a phrase in apposition after a dash
        ("Sở Y tế - cơ quan thường trực phối hợp.", ["Sở Y tế"]),
        ("Sở Tư pháp - đơn vị chủ trì soạn thảo.", ["Sở Tư pháp"]),
        ("Cục Thuế - cơ quan quản lý thuế.", ["Cục Thuế"]),
        (
            "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam và Đoàn Chủ tịch Ủy ban Trung "
            "ương MTTQ Việt Nam",
            [
                "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam",
                "Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam",
            ],
        ),
        # must not change: a deputy head's title before a board
        ("Phó Trưởng Ban Thường trực Ban Dân vận Trung ương", ["Ban Dân vận Trung ương"]),
        ("Trung tâm Dữ liệu quốc gia vận hành hệ thống.", ["Trung tâm Dữ liệu quốc gia"]),
    ],
)
def test_names_cut_short_or_missed(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sở Xây dựng làm việc với UBND các quận về quy hoạch.",
        "Lấy ý kiến tại UBND các phường, thị trấn.",
        "HĐND các thành phố trực thuộc tỉnh.",
    ],
)
def test_generic_plurals_are_no_body(text: str) -> None:
    assert all(n not in ("UBND", "HĐND") for n in names(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cục A05 và Cục An ninh kinh tế (A05) phối hợp; A05 cho biết.",
            [
                ("Cục A05", "Cục An ninh kinh tế"),
                ("Cục An ninh kinh tế", "Cục An ninh kinh tế"),
                ("A05", "Cục An ninh kinh tế"),
            ],
        ),
        (
            "Kiểm toán Nhà nước (KTNN) đã kết luận; KTNN kiến nghị xử lý.",
            [("Kiểm toán Nhà nước", "Kiểm toán Nhà nước"), ("KTNN", "Kiểm toán Nhà nước")],
        ),
        # must not change: a code inside a document number is no mention
        (
            "Thanh tra Chính phủ (TTCP) ban hành Kết luận số 12/KL-TTCP.",
            [("Thanh tra Chính phủ", "Thanh tra Chính phủ")],
        ),
        (
            "Đoàn ĐBQH tỉnh Nghệ An",
            [("Đoàn ĐBQH tỉnh Nghệ An", "Đoàn đại biểu Quốc hội tỉnh Nghệ An")],
        ),
        (
            "Ủy ban Xã hội của Quốc hội và Ủy ban Xã hội thẩm tra.",
            [
                ("Ủy ban Xã hội của Quốc hội", "Ủy ban Xã hội của Quốc hội"),
                ("Ủy ban Xã hội", "Ủy ban Xã hội của Quốc hội"),
            ],
        ),
        (
            "Ban cán sự đảng Bộ họp; Ban cán sự đảng Bộ Y tế đã có kế hoạch.",
            [
                ("Ban cán sự đảng Bộ", "Ban cán sự đảng Bộ Y tế"),
                ("Ban cán sự đảng Bộ Y tế", "Ban cán sự đảng Bộ Y tế"),
            ],
        ),
        # must not change: two longer names, so no one body for the short one
        (
            "Văn phòng Bộ; Văn phòng Bộ Y tế và Văn phòng Bộ Tư pháp",
            [
                ("Văn phòng Bộ", "Văn phòng Bộ"),
                ("Văn phòng Bộ Y tế", "Văn phòng Bộ Y tế"),
                ("Văn phòng Bộ Tư pháp", "Văn phòng Bộ Tư pháp"),
            ],
        ),
    ],
)
def test_names_an_article_gives(text: str, expected: list[tuple[str, str]]) -> None:
    assert canonicals(text) == expected
