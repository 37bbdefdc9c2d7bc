"""People after an office and its body with no comma, offices shared by a list under a
plural office, chains of offices before one name, and where an office phrase ends
(session 5)."""

from __future__ import annotations

import pytest

from ttcorpus.extract.people import find_people


def people(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(p.name, p.titles) for p in find_people(text)]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # a district or other capitalised name ends the body
        ("Tại buổi làm việc, Chủ tịch UBND huyện Quế Võ Trần Văn Bình nhấn mạnh yêu cầu.",
         "Trần Văn Bình", "Chủ tịch UBND huyện Quế Võ"),
        ("Phó Chủ tịch Hội Cựu chiến binh Việt Nam Đỗ Thanh Tùng đã dự.",
         "Đỗ Thanh Tùng", "Phó Chủ tịch Hội Cựu chiến binh Việt Nam"),
        ("Theo Tổng Giám đốc Đài Truyền hình Việt Nam Lê Ngọc Quang, năm nay khó.",
         "Lê Ngọc Quang", "Tổng Giám đốc Đài Truyền hình Việt Nam"),
        # the run opens with the end of the body: "Bắc | Ninh", "Yên | Sơn", "Hoàng Mai"
        ("Phó Giám đốc Công an tỉnh Bắc Ninh Phạm Thị Hoa yêu cầu các đơn vị.",
         "Phạm Thị Hoa", "Phó Giám đốc Công an tỉnh Bắc Ninh"),
        ("Bí thư Huyện ủy Yên Sơn Lê Đức Toàn phát biểu bế mạc.",
         "Lê Đức Toàn", "Bí thư Huyện ủy Yên Sơn"),
        ("Sáng nay, Chủ tịch UBND quận Hoàng Mai Đặng Văn Phúc kiểm tra công trình.",
         "Đặng Văn Phúc", "Chủ tịch UBND quận Hoàng Mai"),
        # an abbreviation ends the body
        ("Phó Giám đốc Sở Xây dựng TP.HCM Trần Quang Lâm trả lời báo chí.",
         "Trần Quang Lâm", "Phó Giám đốc Sở Xây dựng TP.HCM"),
        ("Chủ tịch MTTQ TPHCM Trần Thị Ngọc Mai cho rằng cần làm rõ.",
         "Trần Thị Ngọc Mai", "Chủ tịch MTTQ TPHCM"),
        # a local unit with no name of its own ends the body
        ("Chủ tịch UBND xã Phạm Văn Đông cho biết, đường đã xong.",
         "Phạm Văn Đông", "Chủ tịch UBND xã"),
        ("Phó Chủ tịch UBND thành phố Võ Văn Hoan nêu rõ.",
         "Võ Văn Hoan", "Phó Chủ tịch UBND thành phố"),
    ],
)
def test_a_name_after_an_office_and_its_body(text: str, name: str, title: str) -> None:
    assert (name, (title,)) in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "UBND huyện Quế Võ tổ chức hội nghị tổng kết.",
        "Đoàn công tác đến thành phố Hồ Chí Minh làm việc.",
        "Chủ tịch UBND thành phố Hồ Chí Minh cho biết, dự án đã xong.",
        # a place named after a hero, or a school, is no person
        "Chủ tịch UBND phường Trần Hưng Đạo cho biết, năm nay tốt.",
        "Chủ tịch UBND huyện Hoàng Su Phì cho biết, năm nay tốt.",
        "Hiệu trưởng Trường THPT Lê Quý Đôn cho biết, năm nay tốt.",
        "Hiệu trưởng Trường ĐH Tôn Đức Thắng cho biết, năm nay tốt.",
        "Giám đốc Công ty TNHH Phan Thành Công cho biết, năm nay tốt.",
        "Bí thư Đoàn TNCS Hồ Chí Minh phát biểu.",
        # no verb after the run: the name of the body goes on
        "Chủ tịch Hội đồng Giải Võ Trường Toản năm nay.",
        # two syllables after a capitalised word are the end of a place
        "Phó Bí thư Huyện ủy Si Ma Cai cùng dự.",
    ],
)
def test_places_and_bodies_after_an_office_are_no_people(text: str) -> None:
    assert people(text) == []


def test_a_plural_office_before_a_colon_is_shared_by_the_list() -> None:
    text = "Cùng dự có các Bộ trưởng: Nguyễn Hồng Diên, Đào Hồng Lan và Lê Minh Hoan."
    assert people(text) == [
        ("Nguyễn Hồng Diên", ("Bộ trưởng",)),
        ("Đào Hồng Lan", ("Bộ trưởng",)),
        ("Lê Minh Hoan", ("Bộ trưởng",)),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an honorific list keeps its old behaviour: the honorific is not shared
        ("Dự có các đồng chí: Lê Văn Thành, Trần Hồng Minh.",
         [("Lê Văn Thành", ()), ("Trần Hồng Minh", ())]),
        # a singular office before a colon is no list title
        ("Phát biểu của Bộ trưởng: Nguyễn Văn Thắng, chuyên gia, nói.",
         [("Nguyễn Văn Thắng", ())]),
    ],
)
def test_no_shared_office(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("Tham dự có Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc Hầu A Lềnh.",
         ("Bộ trưởng", "Chủ nhiệm Ủy ban Dân tộc")),
        ("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nguyễn Văn Thi dự.",
         ("Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh")),
        ("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Đỗ Văn Chiến phát biểu.",
         ("Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh")),
        # a verb before the first office: only the office is taken
        ("Chính phủ giao Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc Hầu A Lềnh chủ trì.",
         ("Bộ trưởng", "Chủ nhiệm Ủy ban Dân tộc")),
    ],
)
def test_a_chain_of_offices_before_one_name(text: str, titles: tuple[str, ...]) -> None:
    assert people(text)[-1][1] == titles


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # the chain is an appositive of an earlier name
        ("Ông Lê Minh Khái, Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc Hầu A Lềnh dự.",
         ("Chủ nhiệm Ủy ban Dân tộc",)),
        # the clause before the comma ends with a name, an honorific or a body
        ("Dự có Phó Thủ tướng Lê Văn Thành, Bộ trưởng Bộ Y tế Đào Hồng Lan.",
         ("Bộ trưởng Bộ Y tế",)),
        ("Theo bà, Giám đốc Sở Y tế Lê Văn Tâm đã ký.", ("Giám đốc Sở Y tế",)),
        ("Thực hiện Kết luận của Ban Bí thư, Bộ trưởng Tô Lâm yêu cầu.", ("Bộ trưởng",)),
        # the office before the comma is someone else's, after a link verb
        ("Tổ công tác do Bộ trưởng làm Tổ trưởng, Thứ trưởng Lê Văn Tâm làm Tổ phó.",
         ("Thứ trưởng",)),
        # an honorific after the comma opens a new clause
        ("Đại diện Sở Y tế, ông Lê Văn Tâm cho biết.", ("ông",)),
    ],
)
def test_no_chain_of_offices(text: str, titles: tuple[str, ...]) -> None:
    assert people(text)[-1][1] == titles


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Đồng chí Hà Văn Sơn, Phó Chủ tịch UBND tỉnh Hòa Bình truyền đạt chuyên đề.",
         "Phó Chủ tịch UBND tỉnh Hòa Bình"),
        ("Ông Lê Văn Tám, Giám đốc Sở Nội vụ đề xuất bổ sung biên chế.", "Giám đốc Sở Nội vụ"),
        ("Bà Trần Thị Vân, Chủ tịch Hội Phụ nữ tỉnh cảm ơn các nhà tài trợ.",
         "Chủ tịch Hội Phụ nữ tỉnh"),
        # a range of years stays whole, as "khóa XIII" does
        ("Ông Trần Văn Dũng, Chủ tịch HĐND huyện nhiệm kỳ 2021 - 2026 đã ký.",
         "Chủ tịch HĐND huyện nhiệm kỳ 2021 - 2026"),
        ("Ông Trần Văn Dũng, Bí thư Huyện ủy nhiệm kỳ 2020 – 2025 phát biểu.",
         "Bí thư Huyện ủy nhiệm kỳ 2020 – 2025"),
        # a dash between words still ends the office
        ("Ông Trần Văn Dũng, Bí thư Huyện ủy - người đứng đầu huyện.", "Bí thư Huyện ủy"),
        # an office that holds a lower-case word still reads to its end
        ("Ông Lê Văn Hòa, Trưởng Ban chỉ đạo phòng chống thiên tai, phát biểu.",
         "Trưởng Ban chỉ đạo phòng chống thiên tai"),
    ],
)
def test_where_an_appositive_office_ends(text: str, office: str) -> None:
    assert office in people(text)[0][1]
