"""Session 9 people fixes from the probe13 pages (extending test_people_probe12.py): a
two-syllable item of a list opened by a plural office and a colon, a personal prefix
written with a space after its apostrophe ("bà K' Hương"), a longer body's name that
holds a stop ("Bộ Khoa học và Công nghệ thông tin Hàn Quốc", "Ban Quản lý dự án 85",
"Trường Tiểu học và THCS …") and the office before "và" and the next person's name."""

from __future__ import annotations

import pytest

from ttcorpus.extract.people import find_people


def _people(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(p.name, p.titles) for p in find_people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 1. a list opened by a plural office and a colon: a two-syllable item counts
        ("Dự họp có các Phó Chủ tịch UBND tỉnh: Hà Sơn, Lê Văn Tâm, Vũ Minh;",
         [("Hà Sơn", ("Phó Chủ tịch UBND tỉnh",)),
          ("Lê Văn Tâm", ("Phó Chủ tịch UBND tỉnh",)),
          ("Vũ Minh", ("Phó Chủ tịch UBND tỉnh",))]),
        ("Cùng dự có các Thứ trưởng: Đỗ Hùng và Trần Quốc Nam.",
         [("Đỗ Hùng", ("Thứ trưởng",)), ("Trần Quốc Nam", ("Thứ trưởng",))]),
        # 2. a space (or a curly apostrophe) after a personal prefix; the name as written
        ("Tham dự có bà H' Liên, Phó Giám đốc Sở Y tế tỉnh.",
         [("H' Liên", ("bà", "Phó Giám đốc Sở Y tế tỉnh"))]),
        ("Ông K’ Bròn, Chủ tịch UBND xã, cho biết.",
         [("K’ Bròn", ("Ông", "Chủ tịch UBND xã"))]),
        # 3. a foreign ministry whose name holds "thông tin", before its country
        ("Gặp ông Kim Min-su, Thứ trưởng Bộ Khoa học và Công nghệ thông tin Hàn Quốc, hôm qua.",
         [("Kim Min-su", ("ông", "Thứ trưởng Bộ Khoa học và Công nghệ thông tin Hàn Quốc"))]),
        ("Ông Lê Văn Tâm, Cục trưởng Cục Công nghệ thông tin, phát biểu.",
         [("Lê Văn Tâm", ("Ông", "Cục trưởng Cục Công nghệ thông tin"))]),
        # 4. a project board and a combined school
        ("Ông Trần Văn Long, Giám đốc Ban Quản lý dự án 6 cho biết.",
         [("Trần Văn Long", ("Ông", "Giám đốc Ban Quản lý dự án 6"))]),
        ("Bà Lê Thị Thu, Phó Giám đốc Ban Quản lý dự án Hồ Tây phát biểu.",
         [("Lê Thị Thu", ("Bà", "Phó Giám đốc Ban Quản lý dự án Hồ Tây"))]),
        ("Cô Hà Thị Lan, Hiệu trưởng Trường Tiểu học và THCS Pa Cheng, chia sẻ.",
         [("Hà Thị Lan", ("Cô", "Hiệu trưởng Trường Tiểu học và THCS Pa Cheng"))]),
        ("Thầy Vũ Văn Đạt, Phó Hiệu trưởng Trường THCS và THPT Nà Hang nói.",
         [("Vũ Văn Đạt", ("Thầy", "Phó Hiệu trưởng Trường THCS và THPT Nà Hang"))]),
        # 5. "A, office và B, office": the office before "và" is A's
        (
            "Dự có các đồng chí Lê Văn Tâm, Bí thư Đảng ủy xã và Trần Thị Hoa, Chủ tịch "
            "UBND xã.",
            [("Lê Văn Tâm", ("các đồng chí", "Bí thư Đảng ủy xã")),
             ("Trần Thị Hoa", ("Chủ tịch UBND xã",))],
        ),
        (
            "Ông Vũ Văn Hải, Giám đốc Sở Nội vụ và Lê Thị Mai, Phó Giám đốc Sở, cùng dự.",
            [("Vũ Văn Hải", ("Ông", "Giám đốc Sở Nội vụ")),
             ("Lê Thị Mai", ("Phó Giám đốc Sở",))],
        ),
    ],
)
def test_probe13_fixes(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a colon after a term of address or a singular office: two syllables still wait
        ("Dự có các đồng chí: Hà Sơn, Vũ Minh.", []),
        ("Dự có Thứ trưởng: Hà Sơn.", []),
        # a prefix with a space but no title before it; a prefix with no name after it
        ("Thôn K' Long có 30 hộ dân.", []),
        ("Ông nói: 'K' là chữ cái.", []),
        # "thông tin" after a Vietnamese ministry is a verb
        ("Ông Lê Văn Tâm, Thứ trưởng Bộ Khoa học và Công nghệ thông tin về dự án.",
         [("Lê Văn Tâm", ("Ông", "Thứ trưởng Bộ Khoa học và Công nghệ"))]),
        ("Ông Lê Văn Tâm, Thứ trưởng Bộ Khoa học và Công nghệ thông tin: đã xong.",
         [("Lê Văn Tâm", ("Ông", "Thứ trưởng Bộ Khoa học và Công nghệ"))]),
        # "dự" that is "attend" still ends the office
        ("Ông Trần Văn Long, Giám đốc Ban Quản lý dự hội nghị.",
         [("Trần Văn Long", ("Ông", "Giám đốc Ban Quản lý"))]),
        # "và" before a rank or an honorific: the next person's title, as before
        ("Ông Vũ Văn Hải, Giám đốc Sở Nội vụ và Đại tá Lê Văn Mai dự.",
         [("Vũ Văn Hải", ("Ông", "Giám đốc Sở Nội vụ")), ("Lê Văn Mai", ("Đại tá",))]),
        # an office before the next person's name with no "và" is still dropped
        ("Chủ tịch nước Lương Văn Cường, Thủ tướng Phạm Văn Chính dự.",
         [("Lương Văn Cường", ("Chủ tịch nước",)), ("Phạm Văn Chính", ("Thủ tướng",))]),
    ],
)
def test_probe13_unchanged(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _people(text) == expected
