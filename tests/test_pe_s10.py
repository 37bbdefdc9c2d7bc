"""Session 10 (pe): notes in brackets before an office, a title that runs on over a
given name, foreign names after a generic title, the sign-off person of a text."""

from __future__ import annotations

import pytest

from ttcorpus.extract.people import find_people


def _people(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(p.text, p.name, p.titles) for p in find_people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an age in brackets, then the office
        (
            "Bà Lò Thị Dung (52 tuổi), Trưởng bản Nà Hỳ, chia sẻ.",
            [("Lò Thị Dung", "Lò Thị Dung", ("Bà", "Trưởng bản Nà Hỳ"))],
        ),
        (
            "Ông Trần Văn Khải (61 tuổi, trú tại xã Tân Phú), Chủ tịch Hội Nông dân xã, nói.",
            [("Trần Văn Khải", "Trần Văn Khải", ("Ông", "Chủ tịch Hội Nông dân xã"))],
        ),
        # a clan name before a year of birth is a name; the chief accountant an office
        (
            "Cơ quan điều tra đã khởi tố Ka Thị Lan (SN 1983), Kế toán trưởng cùng hai người.",
            [("Ka Thị Lan", "Ka Thị Lan", ("Kế toán trưởng",))],
        ),
        (
            "Bị can Ka Thị Lan (SN 1983) đã khai nhận.",
            [("Ka Thị Lan", "Ka Thị Lan", ("Bị can",))],
        ),
        (
            "Ông Lê Quang Vũ, Kế toán trưởng Ban Quản lý dự án, trình bày.",
            [("Lê Quang Vũ", "Lê Quang Vũ", ("Ông", "Kế toán trưởng Ban Quản lý dự án"))],
        ),
    ],
)
def test_office_after_a_note(text: str, expected: list) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Làng Ka Sa Ha (khoảng 300 hộ) nằm ven suối.",  # no note only a person has
        "Bon Bu Prâng (xã Đắk Nia) có 120 hộ.",
        "Ka Sa Ha (90 năm) là làng cổ.",  # years, not an age
    ],
)
def test_no_person_without_a_personal_note(text: str) -> None:
    assert _people(text) == []


def test_number_without_age_word_is_no_note() -> None:
    assert _people("Lò Văn Pọm (48 năm), Chủ tịch xã, nói.") == [
        ("Lò Văn Pọm", "Lò Văn Pọm", ())
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dự lễ có Chủ tịch nước Lương Cường, Thủ tướng Chính phủ Phạm Minh Chính.",
            [
                ("Lương Cường", "Lương Cường", ("Chủ tịch nước",)),
                ("Phạm Minh Chính", "Phạm Minh Chính", ("Thủ tướng Chính phủ",)),
            ],
        ),
        (
            "Các đồng chí Trần Lưu Quang; Phạm Minh Chính, Phó Thủ tướng Chính phủ dự.",
            [
                ("Trần Lưu Quang", "Trần Lưu Quang", ("Các đồng chí",)),
                ("Phạm Minh Chính", "Phạm Minh Chính", ("Phó Thủ tướng Chính phủ",)),
            ],
        ),
    ],
)
def test_title_running_on_is_no_short_reference(text: str, expected: list) -> None:
    assert _people(text) == expected


def test_short_reference_still_found() -> None:
    # negative: a given name after a title, then a verb, is still a reference
    got = _people("Thủ tướng Phạm Minh Chính dự. Sau đó, Thủ tướng Chính nói.")
    assert got[-1] == ("Chính", "Phạm Minh Chính", ("Thủ tướng",))


def test_full_name_that_is_a_short_reference_is_one_mention() -> None:
    got = _people("Đồng chí Cil Ha Thu, Bí thư Chi bộ, dự. Sau đó ông Ha Thu kể lại.")
    assert got == [
        ("Cil Ha Thu", "Cil Ha Thu", ("Đồng chí", "Bí thư Chi bộ")),
        ("Ha Thu", "Cil Ha Thu", ("ông",)),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ông cảm ơn Chủ tịch José Raúl Mulino Quintero đã tiếp đoàn.",
            [("José Raúl Mulino Quintero", "José Raúl Mulino Quintero", ("Chủ tịch",))],
        ),
        (
            "Bộ trưởng Quốc phòng Lào Chansamone Chanyalath tới. "
            "Bộ trưởng Chansamone Chanyalath nói.",
            [
                ("Chansamone Chanyalath", "Chansamone Chanyalath", ("Bộ trưởng Quốc phòng Lào",)),
                ("Chansamone Chanyalath", "Chansamone Chanyalath", ("Bộ trưởng",)),
            ],
        ),
    ],
)
def test_foreign_name_after_generic_title(text: str, expected: list) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chủ tịch Masan Group cho biết.",
        "Tổng Giám đốc Coca-Cola Beverages nói.",
        "Bộ trưởng Chansamone Chanyalath nói.",  # unknown given name, seen nowhere else
    ],
)
def test_generic_title_before_a_company_is_no_person(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Đề nghị các đơn vị thực hiện.\nTM. BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n(đã ký)\nLê Văn Hòa",
            "PHÓ BÍ THƯ",
        ),
        ("Nơi nhận:\n- Như trên.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Hòa\n", "PHÓ CHỦ TỊCH"),
        ("Xin trân trọng cảm ơn!\nLê Văn Hòa\nChủ tịch UBND tỉnh", "Chủ tịch UBND tỉnh"),
    ],
)
def test_sign_off_title(text: str, title: str) -> None:
    assert _people(text) == [("Lê Văn Hòa", "Lê Văn Hòa", (title,))]


@pytest.mark.parametrize(
    "text",
    [
        # not at the end, or the line is a sentence, or the name is inside a line
        "PHÓ CHỦ TỊCH\nLê Văn Hòa\nĐoàn công tác làm việc tại huyện.",
        "Xin cảm ơn.\nLê Văn Hòa\nChủ tịch UBND tỉnh phát biểu.",
        "Cuộc họp kết thúc.\nNgười viết: Lê Văn Hòa",
        "Tham dự còn có:\nLê Văn Hòa\nTrần Văn Bình",
    ],
)
def test_no_sign_off_title(text: str) -> None:
    assert all(p[2] == () for p in _people(text) if p[1] == "Lê Văn Hòa")
