"""Session 9 people fixes from the probe12 pages: an office glued to a name by a hyphen
("ông Siu Hương-Phó Trưởng Ban …"), "Viện" and "Bộ" as given names, Hmong middle names
and Dao family names, "Ủy viên dự khuyết", a former office before a name ("nguyên Chủ
tịch nước …"), a first office introduced by appointment wording after a comma, a
deputy's delegation in brackets ("(Đoàn Quảng Nam)"), a board's topic after "về" with
"phòng, chống", "Khu ủy" as a party committee, "Tỉnh trưởng" after a foreign name, a
deputy of a listed title ("Phó Bí thư Đảng ủy") and the offices before the colon of a
list of ranked names."""

from __future__ import annotations

import pytest

from ttcorpus.extract.people import find_people


def _people(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(p.name, p.titles) for p in find_people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 1. an office glued to the name by a hyphen ends the name
        ("Đoàn do ông Rah Lan Hiếu-Trưởng Ban Pháp chế HĐND tỉnh dẫn đầu.",
         [("Rah Lan Hiếu", ("ông", "Trưởng Ban Pháp chế HĐND tỉnh"))]),
        ("Cùng đi có ông Siu Nhân-Phó Trưởng Ban Dân tộc HĐND tỉnh.",
         [("Siu Nhân", ("ông", "Phó Trưởng Ban Dân tộc HĐND tỉnh"))]),
        ("Tiếp đoàn có bà Ksor H'Loan-Phó Chủ tịch UBND huyện Krông Pa.",
         [("Ksor H'Loan", ("bà", "Phó Chủ tịch UBND huyện Krông Pa"))]),
        ("Đồng chí Lê Văn Thành-Bí thư Đảng ủy xã phát biểu.",
         [("Lê Văn Thành", ("Đồng chí", "Bí thư Đảng ủy xã"))]),
        # 2. "Viện" and "Bộ" last after a common middle name are given names
        ("Dự có Thiếu tướng Phạm Văn Viện, Phó Tư lệnh Quân khu.",
         [("Phạm Văn Viện", ("Thiếu tướng", "Phó Tư lệnh Quân khu"))]),
        ("Ông Hoàng Quốc Viện, Phó Chủ tịch UBND xã, cho biết.",
         [("Hoàng Quốc Viện", ("Ông", "Phó Chủ tịch UBND xã"))]),
        ("Bài viết của Thiếu tướng Lê Xuân Bộ đăng trên báo.",
         [("Lê Xuân Bộ", ("Thiếu tướng",))]),
        # 3. Hmong middle names after a local unit; Dao family names after a title
        ("Chủ tịch UBND huyện Thào A Sính cho biết.",
         [("Thào A Sính", ("Chủ tịch UBND huyện",))]),
        ("Phó Chủ tịch UBND xã Giàng Seo Lử phát biểu.",
         [("Giàng Seo Lử", ("Phó Chủ tịch UBND xã",))]),
        ("Ông Phàn Văn Sơn, Trưởng thôn, cho biết.",
         [("Phàn Văn Sơn", ("Ông", "Trưởng thôn"))]),
        # 4. "Ủy viên dự khuyết" keeps the chain of offices going
        (
            "Đồng chí Lê Minh Hoan, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, "
            "Bí thư Tỉnh ủy chủ trì.",
            [("Lê Minh Hoan", ("Đồng chí", "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng",
                               "Bí thư Tỉnh ủy"))],
        ),
        # 5. a former office before the name keeps "nguyên" / "cựu", as after it
        ("Buổi lễ có nguyên Chủ tịch nước Trương Văn Tấn tới dự.",
         [("Trương Văn Tấn", ("nguyên Chủ tịch nước",))]),
        ("Cùng dự có cựu Bộ trưởng Bộ Y tế Lê Thị Nga.",
         [("Lê Thị Nga", ("cựu Bộ trưởng Bộ Y tế",))]),
        ("Ông Đào Văn Tùng, nguyên Phó Thủ tướng, phát biểu.",
         [("Đào Văn Tùng", ("Ông", "nguyên Phó Thủ tướng"))]),
        ("Dự có nguyên Phó Bí thư Tỉnh ủy Nguyễn Văn Kiên.",
         [("Nguyễn Văn Kiên", ("nguyên Phó Bí thư Tỉnh ủy",))]),
        # 6. appointment wording after the name's comma gives its first office
        ("3. Ông Lê Văn Hải, giữ chức Phó Giám đốc Sở Tài chính;",
         [("Lê Văn Hải", ("Ông", "Phó Giám đốc Sở Tài chính"))]),
        ("2. Bà Trần Thị Mai, bổ nhiệm lại chức vụ Chánh Văn phòng UBND tỉnh;",
         [("Trần Thị Mai", ("Bà", "Chánh Văn phòng UBND tỉnh"))]),
        ("Ông Hồ Văn Nam, được bổ nhiệm giữ chức vụ Giám đốc Sở Y tế, phát biểu.",
         [("Hồ Văn Nam", ("Ông", "Giám đốc Sở Y tế"))]),
        # 7. a delegation note in brackets is no person; offices after it attach
        ("Đại biểu Lê Văn Hòa (Đoàn Thanh Hóa), Ủy viên Ủy ban Pháp luật, phát biểu.",
         [("Lê Văn Hòa", ("Đại biểu", "Ủy viên Ủy ban Pháp luật"))]),
        ("ĐBQH Phạm Thị Hằng (Đoàn TP.HCM), Phó Chủ nhiệm Ủy ban Xã hội, nói.",
         [("Phạm Thị Hằng", ("ĐBQH", "Phó Chủ nhiệm Ủy ban Xã hội"))]),
        # 8. a board's topic after "về", over "phòng, chống"
        (
            "Phó Thủ tướng Lê Văn Thành, Phó Trưởng Ban Chỉ đạo quốc gia về phòng, "
            "chống dịch bệnh, chủ trì.",
            [("Lê Văn Thành", ("Phó Thủ tướng",
                               "Phó Trưởng Ban Chỉ đạo quốc gia về phòng, chống dịch bệnh"))],
        ),
        (
            "Ông Trần Cẩm Tú, Phó Trưởng Ban Chỉ đạo Trung ương về Phòng, chống tham "
            "nhũng, tiêu cực phát biểu.",
            [("Trần Cẩm Tú", ("Ông", "Phó Trưởng Ban Chỉ đạo Trung ương về Phòng, chống "
                                     "tham nhũng, tiêu cực"))],
        ),
        # 9. a region after "Khu ủy" is a place
        ("Hội đàm với đồng chí Trần Cương, Bí thư Khu ủy Quảng Tây.",
         [("Trần Cương", ("đồng chí", "Bí thư Khu ủy Quảng Tây"))]),
        # 10. a foreign name's appositive office
        ("Tiếp ông Lee Sang-min, Tỉnh trưởng tỉnh Gangwon, chiều nay.",
         [("Lee Sang-min", ("ông", "Tỉnh trưởng tỉnh Gangwon"))]),
        # 11. offices before the colon of a list go to every ranked name
        (
            "Dự có các đồng chí Phó Bí thư Đảng ủy, Phó Giám đốc Công an tỉnh: Đại tá "
            "Lê Văn Tâm, Đại tá Hà Văn Lộc; Thượng tá Vũ Văn Tín, Trưởng phòng PV01.",
            [("Lê Văn Tâm", ("Đại tá", "Phó Bí thư Đảng ủy", "Phó Giám đốc Công an tỉnh")),
             ("Hà Văn Lộc", ("Đại tá", "Phó Bí thư Đảng ủy", "Phó Giám đốc Công an tỉnh")),
             ("Vũ Văn Tín", ("Thượng tá", "Trưởng phòng PV01"))],
        ),
        (
            "Tham dự có các Thứ trưởng: Thượng tướng Lê Văn Dũng, Trung tướng Phạm Văn Thế.",
            [("Lê Văn Dũng", ("Thượng tướng", "Thứ trưởng")),
             ("Phạm Văn Thế", ("Trung tướng", "Thứ trưởng"))],
        ),
        ("Phó Bí thư Đảng ủy Trần Văn Bảo phát biểu.",
         [("Trần Văn Bảo", ("Phó Bí thư Đảng ủy",))]),
    ],
)
def test_probe12_fixes(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hyphen before no office: a foreign name, as before
        ("Ông Kim Jong-Un đến Hà Nội.", [("Kim Jong-Un", ("Ông",))]),
        ("Chủ tịch Kim Jong-Un tới thăm.", []),
        # "Viện" before a field is a body, not a given name
        ("Trụ sở Lê Văn Viện Kiểm sát đã chuyển.", []),
        ("Nhà số 4 Trần Văn Bộ 3 đã bán.", []),
        # "nguyên" that is no "former"
        ("Ông giữ nguyên Đại tá Lê Văn Hùng trong danh sách.",
         [("Lê Văn Hùng", ("Đại tá",))]),
        ("Giữ nguyên hiện trạng, Chủ tịch xã Trần Văn Hải cho biết.",
         [("Trần Văn Hải", ("Chủ tịch xã",))]),
        # appointment wording that opens no office
        ("Ông Lê Văn Hải, giữ chức vụ quan trọng, phát biểu.", [("Lê Văn Hải", ("Ông",))]),
        ("Ông Lê Văn Hải, làm việc tại Sở Tài chính.", [("Lê Văn Hải", ("Ông",))]),
        # a bracket with a person's name stays a person
        ("Một người (Đoàn Văn Hậu) cho biết.", [("Đoàn Văn Hậu", ())]),
        ("Cháu Lê Văn Tú (Đoàn Công tác) đến.", [("Lê Văn Tú", ("Cháu",))]),
        # "về" after an office that is no board ends it
        ("Ông Lê Văn An, Giám đốc Sở Y tế về dự họp.",
         [("Lê Văn An", ("Ông", "Giám đốc Sở Y tế"))]),
        # a singular term of address before a colon shares no office
        ("Dự có đồng chí Phó Giám đốc Công an tỉnh: Đại tá Lê Văn An.",
         [("Lê Văn An", ("Đại tá",))]),
        ("Thành phần gồm: Đại tá Lê Văn An, Đại tá Trần Văn Bình.",
         [("Lê Văn An", ("Đại tá",)), ("Trần Văn Bình", ("Đại tá",))]),
        # a list item with its own office keeps it alone
        ("Dự có các đồng chí: Đại tá Lê Văn An, Phó Giám đốc; Đại tá Trần Văn Bình.",
         [("Lê Văn An", ("Đại tá", "Phó Giám đốc")), ("Trần Văn Bình", ("Đại tá",))]),
    ],
)
def test_probe12_unchanged(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _people(text) == expected
