"""Offices around a name: where one person's office ends and the next person's
title begins; capitalised words of a name are never a stop; committee memberships."""

from __future__ import annotations

import pytest

from ttcorpus.extract.people import find_people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of titled people: the next person's title is no office of this one
        ("Dự lễ có Phó Chủ tịch nước Võ Thị Ánh Xuân, Bộ trưởng Bộ Tài chính Hồ Đức Phớc.",
         [("Võ Thị Ánh Xuân", ("Phó Chủ tịch nước",)),
          ("Hồ Đức Phớc", ("Bộ trưởng Bộ Tài chính",))]),
        # "và" before a rank opens the next person
        ("Ông Lò Văn Pằng, Trưởng Ban Dân tộc tỉnh và Đại tá Vi Văn Hùng, Chỉ huy trưởng"
         " Bộ Chỉ huy Quân sự tỉnh dự buổi lễ.",
         [("Lò Văn Pằng", ("Ông", "Trưởng Ban Dân tộc tỉnh")),
          ("Vi Văn Hùng", ("Đại tá", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"))]),
        # "và" inside an agency's name goes on
        ("Ông Đinh Tiến Dũng, Chủ nhiệm Ủy ban Quốc phòng và An ninh, phát biểu.",
         [("Đinh Tiến Dũng", ("Ông", "Chủ nhiệm Ủy ban Quốc phòng và An ninh"))]),
        # a capitalised "Thông tin" is part of the ministry's name, not the verb
        ("Thứ trưởng Bộ Thông tin và Truyền thông Phan Tâm chủ trì.",
         [("Phan Tâm", ("Thứ trưởng Bộ Thông tin và Truyền thông",))]),
        # membership of a local party committee opens a list of offices
        ("Đồng chí Hà Văn Sử, Huyện ủy viên, Chủ tịch UBND xã Na Ngoi phát biểu.",
         [("Hà Văn Sử", ("Đồng chí", "Huyện ủy viên", "Chủ tịch UBND xã Na Ngoi"))]),
        # "đ/c" is how reports abbreviate "đồng chí"
        ("Dự họp có đ/c Bế Văn Sáu, Phó Bí thư Đảng ủy xã.",
         [("Bế Văn Sáu", ("đ/c", "Phó Bí thư Đảng ủy xã"))]),
        # a monk's dharma family name
        ("Hòa thượng Thích Thanh Nhiễu dự lễ.", [("Thích Thanh Nhiễu", ("Hòa thượng",))]),
        ("Thích ứng với biến đổi khí hậu là nhiệm vụ lâu dài.", []),
    ],
)
def test_offices_belong_to_their_person(
    text: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert [(p.name, p.titles) for p in find_people(text)] == expected
