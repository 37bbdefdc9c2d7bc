"""Session 7 people fixes: names of ethnic minorities opened by a conditional family
name after a title, and offices that run over a dash, a comma, a lower-case "và" or a
stop word inside the name of a body (people_body_names.txt, agency_departments.txt)."""

from __future__ import annotations

import pytest

from ttcorpus.extract.people import find_people


def _people(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(p.name, p.titles) for p in find_people(text)]


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        # Raglai, Khmer, Cham and Bahnar names after an honorific
        (
            "Phát biểu tại buổi làm việc, đồng chí Mấu Văn Hùng, Phó Chủ tịch UBND huyện "
            "cho biết.",
            "Mấu Văn Hùng",
            ("đồng chí", "Phó Chủ tịch UBND huyện"),
        ),
        (
            "Ông Pi Năng Văn Lợi, Chủ tịch UBND xã Sơn Bình đã đón đoàn.",
            "Pi Năng Văn Lợi",
            ("Ông", "Chủ tịch UBND xã Sơn Bình"),
        ),
        ("Cùng dự có bà Bo Bo Thị Lan, Bí thư Đảng ủy xã.", "Bo Bo Thị Lan",
         ("bà", "Bí thư Đảng ủy xã")),
        ("Tiếp đoàn có ông Néang Sa Rết, trưởng ấp.", "Néang Sa Rết", ("ông", "trưởng ấp")),
        ("Ông Abdul Ro Ma, Phó Chủ tịch UBND xã, cho biết.", "Abdul Ro Ma",
         ("Ông", "Phó Chủ tịch UBND xã")),
        ("Về dự có đồng chí A Sang, Phó Chủ tịch UBND tỉnh Kon Tum.", "A Sang",
         ("đồng chí", "Phó Chủ tịch UBND tỉnh Kon Tum")),
        # an office after the name that runs over a dash or a comma in a body's name
        (
            "Ông Lê Văn Tâm, Trưởng ban Văn hóa - Xã hội HĐND tỉnh, phát biểu.",
            "Lê Văn Tâm",
            ("Ông", "Trưởng ban Văn hóa - Xã hội HĐND tỉnh"),
        ),
        (
            "Bà Trần Thị Mai, Giám đốc Sở Lao động – Thương binh và Xã hội tỉnh dự.",
            "Trần Thị Mai",
            ("Bà", "Giám đốc Sở Lao động – Thương binh và Xã hội tỉnh"),
        ),
        (
            "Ông Hồ Quang Vinh, Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch phát biểu.",
            "Hồ Quang Vinh",
            ("Ông", "Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch"),
        ),
        (
            "Trung tá Vũ Đình Hải, Phó Trưởng phòng Cảnh sát phòng cháy, chữa cháy và "
            "cứu nạn, cứu hộ cho biết.",
            "Vũ Đình Hải",
            ("Trung tá", "Phó Trưởng phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ"),
        ),
        # a lower-case "và" or a stop word inside a body's name
        (
            "Ông Đỗ Văn Thành, Cục trưởng Cục Quản lý nhà và thị trường bất động sản nói.",
            "Đỗ Văn Thành",
            ("Ông", "Cục trưởng Cục Quản lý nhà và thị trường bất động sản"),
        ),
        (
            "Đại tá Ngô Văn Quý, Cục trưởng Cục Cảnh sát quản lý hành chính về trật tự xã "
            "hội cho biết.",
            "Ngô Văn Quý",
            ("Đại tá", "Cục trưởng Cục Cảnh sát quản lý hành chính về trật tự xã hội"),
        ),
        (
            "Ông Lý Văn Khoa, Đội trưởng Đội Cảnh sát giao thông - trật tự Công an quận "
            "kiểm tra.",
            "Lý Văn Khoa",
            ("Ông", "Đội trưởng Đội Cảnh sát giao thông - trật tự Công an quận"),
        ),
    ],
)
def test_fixed(text: str, name: str, titles: tuple[str, ...]) -> None:
    assert (name, titles) in _people(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a conditional family name with no title is no name
        ("Hàng hóa loại A Plus bán chạy ở Bo Bo Market.", []),
        ("Ông A và bà B cùng ký hợp đồng.", []),
        # a dash or a comma that no body's name spans still ends the office
        (
            "Ông Lê Văn Tâm, Trưởng ban Kinh tế - tổ chức họp ngay.",
            [("Lê Văn Tâm", ("Ông", "Trưởng ban Kinh tế"))],
        ),
        (
            "Ông Phan Văn Mãi, Giám đốc Sở Văn hóa, các sở, ngành dự.",
            [("Phan Văn Mãi", ("Ông", "Giám đốc Sở Văn hóa"))],
        ),
        # "và", "về" outside a listed name still end the office
        (
            "Ông Trịnh Văn Lâm, Giám đốc Sở Y tế và các bác sĩ dự.",
            [("Trịnh Văn Lâm", ("Ông", "Giám đốc Sở Y tế"))],
        ),
        (
            "Bà Lê Thị Hà, Trưởng phòng Cảnh sát giao thông về dự.",
            [("Lê Thị Hà", ("Bà", "Trưởng phòng Cảnh sát giao thông"))],
        ),
        # the place name "Bà Rịa - Vũng Tàu" is no honorific and name
        ("Tại tỉnh Bà Rịa - Vũng Tàu, Phó Chủ tịch UBND tỉnh dự.", []),
    ],
)
def test_unchanged(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _people(text) == expected
