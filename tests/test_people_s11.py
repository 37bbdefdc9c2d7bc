"""Session 11: designation, transfer, assignment and rotation wording gives the office
that follows it (data/people_office_links.txt)."""

from __future__ import annotations

import pytest

from ttcorpus.extract import find_people


@pytest.mark.parametrize(
    ("text", "name", "office"),
    [
        ("Ông Phạm Văn Tuấn được chỉ định giữ chức Phó Bí thư Huyện ủy Mường Tè.",
         "Phạm Văn Tuấn", "Phó Bí thư Huyện ủy Mường Tè"),
        ("Bà Đinh Thị Lan, được điều động giữ chức vụ Chánh Văn phòng UBND tỉnh.",
         "Đinh Thị Lan", "Chánh Văn phòng UBND tỉnh"),
        ("Đồng chí Lục Văn Hòa được phân công làm Trưởng Ban Dân vận Tỉnh ủy.",
         "Lục Văn Hòa", "Trưởng Ban Dân vận Tỉnh ủy"),
        ("Ông Vi Văn Sơn được luân chuyển giữ chức Bí thư Đảng ủy xã Nà Hỳ.",
         "Vi Văn Sơn", "Bí thư Đảng ủy xã Nà Hỳ"),
    ],
)
def test_appointment_wording_gives_the_office(text: str, name: str, office: str) -> None:
    (person,) = find_people(text)
    assert person.name == name
    assert office in person.titles


def test_a_designated_act_is_no_office() -> None:
    (person,) = find_people("Ông Nguyễn Văn Bình được chỉ định làm chứng tại phiên tòa.")
    assert person.titles == ("Ông",)


@pytest.mark.parametrize(
    ("text", "offices"),
    [
        ("Ông Hoàng Văn Đức, Bí thư Huyện ủy kiêm Chủ tịch HĐND huyện, phát biểu.",
         ("Bí thư Huyện ủy", "Chủ tịch HĐND huyện")),
        ("Bà Nông Thị Lý, Phó Hiệu trưởng kiêm Tổ trưởng chuyên môn, cho biết",
         ("Phó Hiệu trưởng", "Tổ trưởng chuyên môn")),
    ],
)
def test_an_office_held_concurrently_is_a_second_title(text: str,
                                                       offices: tuple[str, ...]) -> None:
    (person,) = find_people(text)
    assert person.titles[1:] == offices


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Bộ trưởng Bộ Nội vụ Lào Vilayvong Bouddakham thăm tỉnh.", "Vilayvong Bouddakham",
         "Bộ trưởng Bộ Nội vụ Lào"),
        ("Bộ trưởng Bộ Tài chính Campuchia Aun Pornmoniroth dự.", "Aun Pornmoniroth",
         "Bộ trưởng Bộ Tài chính Campuchia"),
    ],
)
def test_a_foreign_minister_named_by_the_ministry(text: str, name: str, title: str) -> None:
    (person,) = find_people(text)
    assert (person.name, person.titles) == (name, (title,))
