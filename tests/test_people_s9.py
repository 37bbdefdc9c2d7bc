"""People rules added by the lead in session 9: "nhân dịp" / "nhân chuyến" (on the
occasion of a visit) end an office phrase (data/people_office_stops.txt), also after
a foreign body's country."""

from __future__ import annotations

import pytest

from ttcorpus.extract.people import find_people


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("Thủ tướng tiếp ông Somsavat Lengsavad, Bộ trưởng Bộ Ngoại giao Lào nhân chuyến "
         "thăm Việt Nam.", "Somsavat Lengsavad", ("ông", "Bộ trưởng Bộ Ngoại giao Lào")),
        ("Bà Trần Thị Lan, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, nhân dịp này đã trao quà.",
         "Trần Thị Lan", ("Bà", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh")),
        # unchanged: an office that goes on
        ("Ông Lê Văn Hòa, Phó Chủ tịch Ủy ban nhân dân tỉnh, phát biểu.",
         "Lê Văn Hòa", ("Ông", "Phó Chủ tịch Ủy ban nhân dân tỉnh")),
    ],
)
def test_an_occasion_ends_the_office(text: str, name: str, titles: tuple[str, ...]) -> None:
    found = {p.name: p.titles for p in find_people(text)}
    assert found[name] == titles
