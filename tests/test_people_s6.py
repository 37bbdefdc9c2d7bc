"""People, session 6: an office stops at a sentence or line end, a verb before a title
is never part of an office, an addressee's office stays with the addressee, an office
whose body ends with a dotted abbreviation is followed by its holder's name, and a
plural office with its body is shared by the list after its colon."""

from __future__ import annotations

import pytest

from ttcorpus.extract import extract_entities
from ttcorpus.extract.people import find_people
from ttcorpus.models import Article


def _people(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(p.name, p.titles) for p in find_people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office after a link verb stops at the sentence end, the line end or a comma
        (
            "Giám đốc Sở Nội vụ Lê Thị Hồng Vân làm Phó Trưởng ban thường trực.\n"
            "Ban đặt ra năm nhiệm vụ trọng tâm.",
            [("Lê Thị Hồng Vân", ("Giám đốc Sở Nội vụ", "Phó Trưởng ban thường trực"))],
        ),
        (
            "Ông Đỗ Văn Kiên giữ chức vụ Trưởng ban Tuyên giáo. Hội nghị kết thúc lúc 11 giờ.",
            [("Đỗ Văn Kiên", ("Ông", "Trưởng ban Tuyên giáo"))],
        ),
        (
            "Ông Phạm Quốc Bảo Thứ trưởng Bộ Tài chính, Trưởng đoàn công tác đến dự.",
            [("Phạm Quốc Bảo", ("Ông", "Thứ trưởng Bộ Tài chính"))],
        ),
        # an office glued on after the name stops at the line end
        (
            "Ông Phạm Quốc Bảo Thứ trưởng Bộ Tài chính\nGiám đốc Kho bạc phát biểu.",
            [("Phạm Quốc Bảo", ("Ông", "Thứ trưởng Bộ Tài chính"))],
        ),
        # a verb between two offices: the first office is someone else's
        (
            "Bộ trưởng phân công Thứ trưởng Vũ Đức Thịnh theo dõi dự án.",
            [("Vũ Đức Thịnh", ("Thứ trưởng",))],
        ),
        # an addressee before the comma, the name a subject: the office is not its own
        (
            "Báo cáo với Chủ tịch nước, Chủ tịch UBND tỉnh Hà Giang Lò Văn Sình cho biết "
            "tỉnh đã xóa xong nhà tạm.",
            [("Lò Văn Sình", ("Chủ tịch UBND tỉnh Hà Giang",))],
        ),
        (
            "Trình bày tờ trình gửi Thủ tướng, Bộ trưởng Bộ Xây dựng Mai Văn Tùng nêu rõ "
            "ba giải pháp.",
            [("Mai Văn Tùng", ("Bộ trưởng Bộ Xây dựng",))],
        ),
        # a dotted abbreviation ends the body, then the holder and a directing verb
        (
            "Sở kiến nghị Phó Chủ tịch UBND TP.HCM Võ Văn Hoan chỉ đạo các quận.",
            [("Võ Văn Hoan", ("Phó Chủ tịch UBND TP.HCM",))],
        ),
        (
            "Giám đốc Công an TP.HCM Mai Hoàng Long tổ chức lực lượng tuần tra.",
            [("Mai Hoàng Long", ("Giám đốc Công an TP.HCM",))],
        ),
        # a plural office with its body, then a colon and a list of names
        (
            "Tới dự có các Phó Chủ tịch Quốc hội: Trần Quang Phương, Nguyễn Đức Hải.",
            [
                ("Trần Quang Phương", ("Phó Chủ tịch Quốc hội",)),
                ("Nguyễn Đức Hải", ("Phó Chủ tịch Quốc hội",)),
            ],
        ),
        (
            "Có mặt các Phó Chủ tịch Hội đồng Dân tộc của Quốc hội: Quàng Văn Hương "
            "và Hà Thị Minh Thu.",
            [
                ("Quàng Văn Hương", ("Phó Chủ tịch Hội đồng Dân tộc của Quốc hội",)),
                ("Hà Thị Minh Thu", ("Phó Chủ tịch Hội đồng Dân tộc của Quốc hội",)),
            ],
        ),
    ],
)
def test_fixed(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rank or an honorific after the office: the office is the person's own
        (
            "Giám đốc Công an tỉnh Thiếu tướng Đinh Văn Nơi kiểm tra địa bàn.",
            [("Đinh Văn Nơi", ("Thiếu tướng", "Giám đốc Công an tỉnh"))],
        ),
        (
            "Có Bộ trưởng Bộ Y tế bà Đào Hồng Lan dự.",
            [("Đào Hồng Lan", ("bà", "Bộ trưởng Bộ Y tế"))],
        ),
        # "với" before the comma but the name is no subject: both offices stay
        (
            "Đoàn làm việc với Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc Hầu A Lềnh.",
            [("Hầu A Lềnh", ("Bộ trưởng", "Chủ nhiệm Ủy ban Dân tộc"))],
        ),
        # "của" is no addressee: the chain of offices is the speaker's
        (
            "Theo ý kiến của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Trần Văn Sơn cho biết "
            "đề án đã xong.",
            [("Trần Văn Sơn", ("Bộ trưởng", "Chủ nhiệm Văn phòng Chính phủ"))],
        ),
        # an honorific list is no plural office; a singular office shares nothing
        (
            "Dự có các đồng chí: Trần Cẩm Tú, Lê Minh Hưng.",
            [("Trần Cẩm Tú", ()), ("Lê Minh Hưng", ())],
        ),
        (
            "Phó Chủ tịch Quốc hội: Trần Quang Phương phát biểu.",
            [("Trần Quang Phương", ())],
        ),
        # an office inside a body name, lower case, goes on ("Ban chỉ đạo")
        (
            "Ông Lê Văn Dũng giữ chức vụ Phó Trưởng Ban chỉ đạo phòng chống thiên tai.",
            [("Lê Văn Dũng", ("Ông", "Phó Trưởng Ban chỉ đạo phòng chống thiên tai"))],
        ),
        # a place after "TP." stays a place
        ("Người dân TP.HCM Nguyễn Huệ đông vui.", []),
        # a two-syllable run after a body with a verb is still no name
        ("Chủ tịch UBND TP.HCM Bình Chánh chỉ đạo các xã.", []),
    ],
)
def test_unchanged(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _people(text) == expected


def test_extract_entities_carries_the_fix() -> None:
    text = "Thủ tướng giao Phó Thủ tướng Lê Thành Long chỉ đạo xử lý.\nCuộc họp kết thúc."
    people = extract_entities(Article(id="t", source="t", text=text)).people
    assert [(p.name, p.titles) for p in people] == [("Lê Thành Long", ("Phó Thủ tướng",))]


# ---------------------------------------------------------------- second round
# Offices end at modal and responsibility verbs; field-named departments, double
# family names, Central Highlands names and "Văn Thị" are followed by their holder;
# a given name that opens an office is no short reference; a body name may hold a
# comma and a compound title a dash.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verbs that end an office
        (
            "Ông Hà Văn Quý, Giám đốc Sở Xây dựng phải chịu trách nhiệm trước UBND tỉnh.",
            [("Hà Văn Quý", ("Ông", "Giám đốc Sở Xây dựng"))],
        ),
        (
            "Bà Lưu Thị Hạnh, Chánh Văn phòng UBND tỉnh cần rà soát lại hồ sơ.",
            [("Lưu Thị Hạnh", ("Bà", "Chánh Văn phòng UBND tỉnh"))],
        ),
        (
            "Đồng chí Tạ Quang Vinh, Phó Giám đốc Sở Nội vụ cũng cho biết thêm.",
            [("Tạ Quang Vinh", ("Đồng chí", "Phó Giám đốc Sở Nội vụ"))],
        ),
        # a department named by its field, then the holder's name
        (
            "Phó Giám đốc Sở Tài nguyên và Môi trường Cao Văn Lợi trình bày dự thảo.",
            [("Cao Văn Lợi", ("Phó Giám đốc Sở Tài nguyên và Môi trường",))],
        ),
        (
            "Dự có Giám đốc Sở Lao động – Thương binh và Xã hội Vi Thị Ngọc.",
            [("Vi Thị Ngọc", ("Giám đốc Sở Lao động – Thương binh và Xã hội",))],
        ),
        (
            "Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch Trịnh Thị Thủy dự lễ khai mạc.",
            [("Trịnh Thị Thủy", ("Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch",))],
        ),
        # a double family name after a party committee or a local unit
        (
            "Phó Bí thư Thành ủy Trương Lê Minh Khoa phát biểu bế mạc.",
            [("Trương Lê Minh Khoa", ("Phó Bí thư Thành ủy",))],
        ),
        (
            "Trưởng Ban Dân vận Huyện ủy Đặng Trần Thị Hòa báo cáo kết quả.",
            [("Đặng Trần Thị Hòa", ("Trưởng Ban Dân vận Huyện ủy",))],
        ),
        # "Văn" opens a name before "Thị"
        (
            "Phó Chủ tịch UBND tỉnh Văn Thị Mỹ Hạnh kiểm tra công trình.",
            [("Văn Thị Mỹ Hạnh", ("Phó Chủ tịch UBND tỉnh",))],
        ),
        # Central Highlands names: a personal prefix after a local unit, a clan name
        # or a "K'" given name after an honorific or title
        (
            "Phó Chủ tịch UBND xã Y Blô Ayun cho biết bà con đã thu hoạch xong.",
            [("Y Blô Ayun", ("Phó Chủ tịch UBND xã",))],
        ),
        (
            "Tiếp đoàn có ông Liêng Hót Ha Sương, Chủ tịch Hội Nông dân xã.",
            [("Liêng Hót Ha Sương", ("ông", "Chủ tịch Hội Nông dân xã"))],
        ),
        (
            "Chị Kră Jăn K'Hoa chia sẻ kinh nghiệm trồng cà phê.",
            [("Kră Jăn K'Hoa", ("Chị",))],
        ),
        (
            "Đại biểu H'Lan Niê phát biểu tại tổ.",
            [("H'Lan Niê", ("Đại biểu",))],
        ),
        # a given name that opens an office is no short reference
        (
            "Dự có Phó Bí thư Tỉnh ủy Phan Minh Thường. Sau đó, Phó Bí thư Thường trực "
            "Huyện ủy trình bày.",
            [("Phan Minh Thường", ("Phó Bí thư Tỉnh ủy",))],
        ),
        # an office after a name and "và"
        (
            "Tỉnh mời Giám đốc Sở Y tế Đỗ Văn Nguyên và Giám đốc Sở Tư pháp Lê Thị Mai dự.",
            [
                ("Đỗ Văn Nguyên", ("Giám đốc Sở Y tế",)),
                ("Lê Thị Mai", ("Giám đốc Sở Tư pháp",)),
            ],
        ),
        # a body name with a comma; a compound title with a dash
        (
            "Trình bày báo cáo, Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục Đinh Công Sỹ cho biết.",
            [("Đinh Công Sỹ", ("Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục",))],
        ),
        (
            "Phó Chủ tịch - Tổng Thư ký Hội Luật gia Việt Nam Lê Văn Thọ phát biểu.",
            [("Lê Văn Thọ", ("Phó Chủ tịch", "Tổng Thư ký Hội Luật gia Việt Nam"))],
        ),
    ],
)
def test_fixed_round_two(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clan name with no title is no name ("Bon" is also a village)
        ("Bà con bon Bu Sir đã thu hoạch xong.", []),
        ("Ka Sa Ha Năm đi làm rẫy.", []),
        # "Văn" with no "Thị" after it is no family name
        ("Văn Minh Đô Thị được công nhận.", []),
        # a place name glued before a name after a local unit stays out of it
        (
            "Chủ tịch UBND huyện Bắc Hà Lê Văn Tâm chỉ đạo.",
            [("Lê Văn Tâm", ("Chủ tịch UBND huyện Bắc Hà",))],
        ),
        # a province after the department is no person
        ("Giám đốc Sở Tài nguyên và Môi trường Hà Nội cho biết.", []),
        # a comma between a name and a place is no office over a comma
        (
            "Ông Hồ Văn Niên, Bí thư Tỉnh ủy, Gia Lai Nguyễn Văn Minh dự.",
            [("Hồ Văn Niên", ("Ông", "Bí thư Tỉnh ủy")), ("Nguyễn Văn Minh", ())],
        ),
        # a dash after a phrase that is no whole title joins nothing
        (
            "Hội nghị tổng kết - Phó Chủ tịch UBND tỉnh Trần Văn Lực phát biểu.",
            [("Trần Văn Lực", ("Phó Chủ tịch UBND tỉnh",))],
        ),
        # the short reference of a given name still works
        (
            "Đại tá Trần Minh Thường chủ trì. Đại tá Thường cho biết.",
            [("Trần Minh Thường", ("Đại tá",)), ("Trần Minh Thường", ("Đại tá",))],
        ),
    ],
)
def test_unchanged_round_two(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _people(text) == expected
