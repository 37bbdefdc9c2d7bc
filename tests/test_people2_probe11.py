"""People found on the session-8 probe pages (probe11): foreign names after "đồng chí"
and academic titles, lists under a plural office, "Già làng", and offices after a name
(a department after a comma, "kiêm …", a lower-case office, an ethnic note, a copula
before an honorific, "tại" before a country). New sentences, with negative cases."""

from __future__ import annotations

import pytest

from ttcorpus.extract.people import find_people


def _people(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(p.name, p.titles) for p in find_people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # foreign names after "đồng chí" and in a list after "các đồng chí"
        (
            "Đón đồng chí Thongsavanh Phomvihane, Trưởng Ban Đối ngoại Trung ương Lào.",
            [("Thongsavanh Phomvihane", ("đồng chí", "Trưởng Ban Đối ngoại Trung ương Lào"))],
        ),
        (
            "Khen thưởng các đồng chí Bounthong Chitmany, Khamla Vongsa và Souphan Keomixay.",
            [
                ("Bounthong Chitmany", ("các đồng chí",)),
                ("Khamla Vongsa", ()),
                ("Souphan Keomixay", ()),
            ],
        ),
        ("Phó Giáo sư Anna Lindqvist trình bày.", [("Anna Lindqvist", ("Phó Giáo sư",))]),
        # a plural office shared by each name of the list
        (
            "Có mặt các Phó Giám đốc Trần Quốc Việt, Lê Bảo, Hà Thị Thu.",
            [
                ("Trần Quốc Việt", ("Phó Giám đốc",)),
                ("Lê Bảo", ("Phó Giám đốc",)),
                ("Hà Thị Thu", ("Phó Giám đốc",)),
            ],
        ),
        # "Già làng", capitalised or not, before a name
        ("Già làng Rơ Châm Klơi (làng Ia Mơr) kể lại.", [("Rơ Châm Klơi", ("Già làng",))]),
        ("Theo già làng A Hơn, cả làng đồng lòng.", [("A Hơn", ("già làng",))]),
        # the office of the one who appoints is not the appointee's
        (
            "Giám đốc Sở Nội vụ điều động ông Phan Văn Tường, Phó Trưởng phòng Tổ chức, "
            "Sở Y tế làm Trưởng phòng.",
            [("Phan Văn Tường", ("ông", "Phó Trưởng phòng Tổ chức, Sở Y tế", "Trưởng phòng"))],
        ),
        # a lower-case word that only looks like an office head
        (
            "Bị cáo Đỗ Văn Lâm (SN 1980), Giám đốc Công ty Minh Phát, tổng số tiền 3 tỷ đồng.",
            [("Đỗ Văn Lâm", ("Bị cáo", "Giám đốc Công ty Minh Phát"))],
        ),
        # "kiêm" after a comma adds an office
        (
            "Bà Lê Thị Ngọc, Phó Chủ tịch UBND huyện, kiêm Trưởng Công an huyện, dự.",
            [("Lê Thị Ngọc", ("Bà", "Phó Chủ tịch UBND huyện", "Trưởng Công an huyện"))],
        ),
        # a lower-case office after a name
        (
            "TS Hoàng Minh Đức, giảng viên Trường Đại học Luật nói.",
            [("Hoàng Minh Đức", ("TS", "giảng viên Trường Đại học Luật"))],
        ),
        # an office before a copula and an honorific
        (
            "Người chịu trách nhiệm chính là Chủ tịch UBND xã nhiệm kỳ trước là ông Vũ Đình Kha.",
            [("Vũ Đình Kha", ("ông", "Chủ tịch UBND xã nhiệm kỳ trước"))],
        ),
        # an ethnic note between the name and the office
        (
            "Anh Hồ Văn Thắm, dân tộc Vân Kiều, Trưởng bản Cù Bai cho biết.",
            [("Hồ Văn Thắm", ("Anh", "Trưởng bản Cù Bai"))],
        ),
    ],
)
def test_probe11_people(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Vietnamese name after "đồng chí" is not read as foreign
        ("Đồng chí Y Blăk Êban phát biểu.", [("Y Blăk Êban", ("Đồng chí",))]),
        # a list item after a singular honorific gets nothing from it
        (
            "Tiếp đồng chí Bounthong Chitmany và Khamla Vongsa.",
            [("Bounthong Chitmany", ("đồng chí",))],
        ),
        # a singular office is not shared with the next name
        (
            "Dự có Thứ trưởng Trần Quốc Việt, Lê Bảo.",
            [("Trần Quốc Việt", ("Thứ trưởng",))],
        ),
        # a village's name after "Trưởng thôn" stays a place
        ("Ông Sùng Mí Chơ, Trưởng thôn Lô Lô Chải cho biết.",
         [("Sùng Mí Chơ", ("Ông", "Trưởng thôn Lô Lô Chải"))]),
        # a bare department with no office before it is no office
        ("Ông Mai Văn Hùng, Sở Y tế, cho biết.", [("Mai Văn Hùng", ("Ông",))]),
        # a department followed by a province's name is left as it was
        (
            "Ông Mai Văn Hùng, Trưởng phòng, Sở Y tế Hà Nội, cho biết.",
            [("Mai Văn Hùng", ("Ông", "Trưởng phòng"))],
        ),
        # a capitalised "Tổng" office after a name stays
        (
            "Ông Lý Văn Sang, Tổng biên tập Báo Nhân Dân dự.",
            [("Lý Văn Sang", ("Ông", "Tổng biên tập Báo Nhân Dân"))],
        ),
        # "làm việc" after a comma adds no office
        ("Ông Lý Văn Sang, Giám đốc Sở, làm việc với huyện.",
         [("Lý Văn Sang", ("Ông", "Giám đốc Sở"))]),
        # no office before the copula: nothing added
        ("Người đứng ra nhận là ông Vũ Đình Kha.", [("Vũ Đình Kha", ("ông",))]),
        # a lower-case note that is no ethnic group ends the offices
        ("Ông Hồ Văn Thắm, dân tộc thiểu số, Trưởng bản Cù Bai nói.",
         [("Hồ Văn Thắm", ("Ông",))]),
        # "tại" ends an office
        ("Ông Trần Văn Bình, Giám đốc Sở tại Hà Nội cho biết.",
         [("Trần Văn Bình", ("Ông", "Giám đốc Sở"))]),
    ],
)
def test_probe11_unchanged(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _people(text) == expected
