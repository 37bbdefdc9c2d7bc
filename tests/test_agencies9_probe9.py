"""Agencies on unseen sites (probe 9): Party blocs, names run past a verb or a comma,
the Council of Judges, departments with a second field after "và", regions with a
number, central abbreviations with a locality, and bodies of listed localities."""

from __future__ import annotations

import pytest

from tests.agency_views import names, pairs
from ttcorpus.extract.agencies import find_agencies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bloc is no place, its lower-case words stay in the name
        # (its standing board: "Thường trực" before a party committee, agency_standing_heads)
        ("Thường trực Đảng ủy Khối Doanh nghiệp, nhất là",
         ["Thường trực Đảng ủy Khối Doanh nghiệp"]),
        ("Đảng bộ Khối Doanh nghiệp có 52 chi bộ.", ["Đảng bộ Khối Doanh nghiệp"]),
        ("Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Lạng Sơn họp.",
         ["Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Lạng Sơn"]),
        ("kết luận của Ban Thường vụ Đảng ủy Khối các cơ quan Trung ương, nhất là",
         ["Ban Thường vụ Đảng ủy Khối các cơ quan Trung ương"]),
        ("Đảng ủy Khối các cơ quan tỉnh Hà Nam tổng kết.",
         ["Đảng ủy Khối các cơ quan tỉnh Hà Nam"]),
        ("Đảng bộ Khối đạt nhiều kết quả.", ["Đảng bộ Khối"]),
        # a verb ends a name; a name never ends with a comma
        ("Ban Quản lý các khu công nghiệp tỉnh rà soát, giao nhiệm vụ",
         ["Ban Quản lý các khu công nghiệp tỉnh"]),
        ("Ủy ban Kiểm tra Huyện ủy đưa việc này vào kế hoạch.", ["Ủy ban Kiểm tra Huyện ủy"]),
        # a department's second field after "và"
        ("Vụ Hợp tác và Phát triển nhân lực chủ trì.", ["Vụ Hợp tác và Phát triển nhân lực"]),
        ("Cục Tin học và Thống kê tài chính.", ["Cục Tin học và Thống kê tài chính"]),
        ("Vụ Thực hành quyền công tố và kiểm sát điều tra án ma túy (Vụ 4) họp; Vụ 4 đề nghị",
         ["Vụ Thực hành quyền công tố và kiểm sát điều tra án ma túy", "Vụ 4"]),
        # a comma inside the second field: read when the department's code closes it
        # (probe 10: test_agencies_probe10.py)
        ("Vụ Kiểm sát thi hành án và kiểm sát tạm giữ, tạm giam (Vụ 8) cho biết",
         ["Vụ Kiểm sát thi hành án và kiểm sát tạm giữ, tạm giam"]),
        # must not change: no code closes the second field, a list after "và"
        ("Vụ Tổng hợp và kiểm tra nghiệp vụ hằng năm", ["Vụ Tổng hợp"]),
        ("Sở Tư pháp và Sở Nội vụ", ["Sở Tư pháp", "Sở Nội vụ"]),
    ],
)
def test_names_end_where_they_end(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hội đồng Thẩm phán Tòa án nhân dân tối cao thông qua nghị quyết.",
         [("Hội đồng Thẩm phán Tòa án nhân dân tối cao",
           "Hội đồng Thẩm phán Tòa án nhân dân tối cao")]),
        ("theo Nghị quyết của Hội đồng Thẩm phán TANDTC ngày 5/3",
         [("Hội đồng Thẩm phán TANDTC", "Hội đồng Thẩm phán Tòa án nhân dân tối cao")]),
        ("Kiểm toán Nhà nước khu vực XIII kiểm toán ngân sách.",
         [("Kiểm toán Nhà nước khu vực XIII", "Kiểm toán Nhà nước khu vực XIII")]),
        ("Đoàn của KTNN khu vực IV làm việc.",
         [("KTNN khu vực IV", "Kiểm toán Nhà nước khu vực IV")]),
        ("Sau kiểm toán, KTNN kiến nghị thu hồi 5 tỷ đồng.", [("KTNN", "Kiểm toán Nhà nước")]),
        ("Đội Cảnh sát khu vực 2 tuần tra.",
         [("Đội Cảnh sát khu vực 2", "Đội Cảnh sát khu vực 2")]),
        ("BĐBP Quảng Trị tổ chức tuần tra.", [("BĐBP Quảng Trị", "Bộ đội Biên phòng Quảng Trị")]),
        ("BĐBP tỉnh Kon Tum phối hợp.", [("BĐBP tỉnh Kon Tum", "Bộ đội Biên phòng tỉnh Kon Tum")]),
        # a known abbreviation in brackets right after its body is no second mention
        ("Kiểm toán Nhà nước (KTNN) công bố; KTNN cho biết.",
         [("Kiểm toán Nhà nước", "Kiểm toán Nhà nước"), ("KTNN", "Kiểm toán Nhà nước")]),
        # must not change: a number that is a date or a figure; a region with no number
        ("Kiểm toán Nhà nước khu vực 12/2023", [("Kiểm toán Nhà nước khu vực",
                                              "Kiểm toán Nhà nước khu vực")]),
        ("Quốc hội tỉnh Bến Tre", [("Quốc hội", "Quốc hội")]),
        ("BĐBP Nguyễn Văn Hùng", [("BĐBP", "Bộ đội Biên phòng")]),
    ],
)
def test_canonical_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a body of several listed localities is generic, as "các tỉnh" alone is
        "Sở Tài chính các tỉnh Hà Nam, Nam Định, Ninh Bình báo cáo.",
        "đề nghị UBND các huyện Mường Tè, Sìn Hồ rà soát",
        "Bộ Chỉ huy Bộ đội Biên phòng các tỉnh Kiên Giang, An Giang tuần tra.",
    ],
)
def test_bodies_of_listed_localities_are_generic(text: str) -> None:
    assert find_agencies(text) == []
