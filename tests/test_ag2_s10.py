"""Agency rules of session 10, wave 2 (probe14): whole names with a function word or a
region, clause verbs that end a name, a bare city level after "Việt Nam", the 2025 regional
courts and bank branches, a presidium before a mass organisation, foreign bodies, a
person after a province's committee, and generic mentions that are no body."""

from __future__ import annotations

import pytest

from tests.agency_views import names, pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whole names from the gazetteer and the department fields
        ("Sáng nay, Cục Quản lý chất lượng nông lâm sản và thủy sản thuộc Bộ Y tế họp.",
         ["Cục Quản lý chất lượng nông lâm sản và thủy sản", "Bộ Y tế"]),
        ("Hội thảo do Viện Lúa đồng bằng sông Cửu Long tổ chức.",
         ["Viện Lúa đồng bằng sông Cửu Long"]),
        ("Ủy ban Quản lý vốn nhà nước tại doanh nghiệp đã báo cáo.",
         ["Ủy ban Quản lý vốn nhà nước tại doanh nghiệp"]),
        ("Ngày truyền thống Mặt trận Dân tộc Thống nhất Việt Nam được tổ chức.",
         ["Mặt trận Dân tộc Thống nhất Việt Nam"]),
        ("Vụ Đông Nam Á - Nam Á - Nam Thái Bình Dương phối hợp.",
         ["Vụ Đông Nam Á - Nam Á - Nam Thái Bình Dương"]),
        ("Cơ quan Thanh tra, giám sát ngân hàng đã làm việc.",
         ["Cơ quan Thanh tra, giám sát ngân hàng"]),
        ("Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao Công an tỉnh "
         "Gia Lai cảnh báo.",
         ["Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao Công an tỉnh "
          "Gia Lai"]),
        # a board's level before "về" and its topic list
        ("Ban Chỉ đạo tỉnh về phát triển khoa học, công nghệ và chuyển đổi số họp phiên đầu.",
         ["Ban Chỉ đạo tỉnh về phát triển khoa học, công nghệ và chuyển đổi số"]),
        ("Ban Chỉ đạo thành phố về phát triển khoa học, công nghệ, tập trung vào ba việc.",
         ["Ban Chỉ đạo thành phố về phát triển khoa học, công nghệ"]),
        # a national park's and a bay's board, a plural topic
        ("Ban Quản lý Vườn quốc gia Cúc Phương cho biết.",
         ["Ban Quản lý Vườn quốc gia Cúc Phương"]),
        ("Ban Quản lý các khu đô thị mới của tỉnh đã rà soát.",
         ["Ban Quản lý các khu đô thị mới"]),
        # a 2025 regional procuracy or court with its province; a bank's branch
        ("Viện trưởng VKSND khu vực 3 - Gia Lai ký quyết định.", ["VKSND khu vực 3 - Gia Lai"]),
        ("Tòa án nhân dân khu vực 1 - Cần Thơ mở phiên tòa.",
         ["Tòa án nhân dân khu vực 1 - Cần Thơ"]),
        ("Ngân hàng Nhà nước chi nhánh Khu vực 9 cho biết.",
         ["Ngân hàng Nhà nước chi nhánh Khu vực 9"]),
        ("Ngân hàng Nhà nước chi nhánh tỉnh Sơn La cho biết.",
         ["Ngân hàng Nhà nước chi nhánh tỉnh Sơn La"]),
        # clause verbs end a name
        ("Đảng bộ Khối đặt mục tiêu hoàn thành kế hoạch.", ["Đảng bộ Khối"]),
        ("Kho bạc Nhà nước rút ngắn thời gian thanh toán.", ["Kho bạc Nhà nước"]),
        ("Cục Thuế đẩy nhanh hoàn thuế.", ["Cục Thuế"]),
        # a presidium before the Front's committee or a mass organisation
        ("Đoàn Chủ tịch Hội Nông dân Việt Nam ban hành hướng dẫn.",
         ["Đoàn Chủ tịch Hội Nông dân Việt Nam"]),
        ("Đoàn Chủ tịch Ủy ban MTTQ tỉnh họp.", ["Đoàn Chủ tịch Ủy ban MTTQ tỉnh"]),
        # a lower-case "đoàn" after the delegation head's title, a capitalised field
        ("Trưởng đoàn Đại biểu Quốc hội thành phố phát biểu.",
         ["đoàn Đại biểu Quốc hội thành phố"]),
    ],
)
def test_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a congress's presidium and a presidium alone are no body
        ("Đoàn Chủ tịch Đại hội điều hành phiên thảo luận.", []),
        ("Đoàn Chủ tịch điều hành hội nghị.", []),
        # a bank branch with no region or place keeps the bank alone
        ("Ngân hàng Nhà nước chi nhánh mới khai trương.", ["Ngân hàng Nhà nước"]),
        # a region's number with something other than a province after the dash
        ("VKSND khu vực 2 - Phó Viện trưởng Lê Hà ký.", ["VKSND khu vực 2"]),
        # the head "Hội" with a level only names no association; with a name it does
        ("Kiện toàn bộ máy Hội cấp huyện, cấp xã.", []),
        ("Hội Cựu chiến binh cấp tỉnh họp.", ["Hội Cựu chiến binh cấp tỉnh"]),
        # "và" and a capitalised body stay two bodies
        ("Bộ Tài chính và Hải quan Lào ký kết.", ["Bộ Tài chính"]),
        ("Bộ Ngoại giao và Bộ Quốc phòng Lào họp.", ["Bộ Ngoại giao", "Bộ Quốc phòng Lào"]),
        # a topic level with a place is placed, no topic
        ("Ban Chỉ đạo tỉnh họp.", ["Ban Chỉ đạo tỉnh"]),
        # a district's committee keeps a three-syllable place
        ("Huyện ủy Hoàng Su Phì họp.", ["Huyện ủy Hoàng Su Phì"]),
    ],
)
def test_negative_cases(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare city level after "Việt Nam" belongs to the local committee
        ("Ủy ban MTTQ Việt Nam thành phố phát động phong trào.",
         [("Ủy ban MTTQ Việt Nam thành phố", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố")]),
        ("Hội LHPN Việt Nam thị xã tổ chức.",
         [("Hội LHPN Việt Nam thị xã", "Hội Liên hiệp Phụ nữ Việt Nam thị xã")]),
        # with the city's name, as before; the national body stays national
        ("Ủy ban MTTQ Việt Nam thành phố Huế phát động.",
         [("Ủy ban MTTQ Việt Nam thành phố Huế",
           "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Huế")]),
        ("Ủy ban MTTQ Việt Nam phát động.",
         [("Ủy ban MTTQ Việt Nam", "Ủy ban Mặt trận Tổ quốc Việt Nam")]),
        # a foreign country after the government or a ministry's second field
        ("Chính phủ Hoàng gia Thái Lan mong muốn mở rộng hợp tác.",
         [("Chính phủ Hoàng gia Thái Lan", "Chính phủ Hoàng gia Thái Lan")]),
        ("Chính phủ Lào đề nghị hỗ trợ.", [("Chính phủ Lào", "Chính phủ Lào")]),
        ("Bộ Ngoại giao và Hợp tác quốc tế Campuchia gửi công hàm.",
         [("Bộ Ngoại giao và Hợp tác quốc tế Campuchia",
           "Bộ Ngoại giao và Hợp tác quốc tế Campuchia")]),
        # Việt Nam's government stays Việt Nam's
        ("Chính phủ Việt Nam và Lào ký hiệp định.", [("Chính phủ", "Chính phủ")]),
        ("Chính phủ Việt Nam - Cuba hợp tác.", [("Chính phủ", "Chính phủ")]),
        ("Chính phủ chỉ đạo các bộ.", [("Chính phủ", "Chính phủ")]),
        # a person's name holding a country's name ("Đức") is no foreign body
        ("Chủ tịch Quốc hội Trần Đức Long phát biểu.", [("Quốc hội", "Quốc hội")]),
        ("Phó Thủ tướng Chính phủ Lê Đức Minh dự.", [("Chính phủ", "Chính phủ")]),
    ],
)
def test_pairs(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a full name after the province's committee is a person, any middle syllable
        ("Bí thư Tỉnh ủy Trần Quốc Nam yêu cầu.", ["Tỉnh ủy"]),
        ("Ban Thường vụ Tỉnh ủy Lê Nhân Hòa dự.", ["Ban Thường vụ Tỉnh ủy"]),
        # a province stays a place
        ("Tỉnh ủy Lâm Đồng và Tỉnh ủy Hà Giang họp.", ["Tỉnh ủy Lâm Đồng", "Tỉnh ủy Hà Giang"]),
        ("Tỉnh ủy Thừa Thiên Huế họp.", ["Tỉnh ủy Thừa Thiên Huế"]),
    ],
)
def test_person_after_province_committee(text: str, expected: list[str]) -> None:
    assert names(text) == expected
