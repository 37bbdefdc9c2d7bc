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
