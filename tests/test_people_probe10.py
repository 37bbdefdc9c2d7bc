"""Session 8 people fixes from the probe10 pages: "ĐBQH" and "Chính trị viên" as
titles, office phrases of up to twelve words before a name, "Quận" as a given name,
"Ha" as a clan name after a title, one-syllable K'/H' names after a title, notes in
brackets ("(SN …)", "(quốc tịch …)"), office stops ("trực tiếp", "nghiêm túc",
"đồng chủ trì"), body names with a dash or a comma, offices stacked after a fronted
phrase, clan names as list items, and border posts as places."""

from __future__ import annotations

import pytest

from ttcorpus.extract.people import find_people


def _people(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(p.name, p.titles) for p in find_people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "ĐBQH" before a name; a province of two syllables after it is no person
        ("Phát biểu tại tổ, ĐBQH Lò Văn Thắng (Sơn La) đề nghị làm rõ.",
         [("Lò Văn Thắng", ("ĐBQH",))]),
        ("ĐBQH Trịnh Thị Mai, Ủy viên Ủy ban Pháp luật, cho rằng cần sửa.",
         [("Trịnh Thị Mai", ("ĐBQH", "Ủy viên Ủy ban Pháp luật"))]),
        ("Đoàn ĐBQH Hà Nội và Đại biểu Quốc hội Hải Phòng tiếp xúc cử tri.", []),
        ("Chủ tịch Hồ Chí Minh kính yêu.", [("Hồ Chí Minh", ("Chủ tịch",))]),
        # an office of twelve words before the name
        (
            "Tiếp đoàn có Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam "
            "Nguyễn Hữu Dũng và các cán bộ.",
            [("Nguyễn Hữu Dũng",
              ("Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",))],
        ),
        # "Quận" last after a common middle name
        ("Làm việc với đoàn có ông Phạm Văn Quận, Bí thư Huyện ủy.",
         [("Phạm Văn Quận", ("ông", "Bí thư Huyện ủy"))]),
        ("Trụ sở tại số 5 Trần Văn Quận 3 đã chuyển đi.", []),
        ("Ông Lê Quận Sơn cho biết.", []),
        # "Ha" as a clan name, only after a title
        ("Theo ông Ha Trung, Chủ tịch UBND xã, bà con đã đồng thuận.",
         [("Ha Trung", ("ông", "Chủ tịch UBND xã"))]),
        ("Diện tích 20 Ha Lúa đã thu hoạch.", []),
        # a lone K'/H' syllable after a title or a department's office
        ("Bà K'Điệp, Phó Chủ tịch UBND huyện, cho biết.",
         [("K'Điệp", ("Bà", "Phó Chủ tịch UBND huyện"))]),
        ("Giám đốc Sở Tài nguyên và Môi trường K'Lình trả lời chất vấn.",
         [("K'Lình", ("Giám đốc Sở Tài nguyên và Môi trường",))]),
        ("Người dân thôn K'Long và xã K'Dang đã đến dự.", []),
        ("Trưởng thôn K'Long cho biết.", []),
        # a note in brackets: evidence for a two-syllable name, offices after it kept
        ("Công an bắt giữ Rơ Mah Khoa (SN 1990) và Siu H'Nga (SN 1997) tại nhà.",
         [("Rơ Mah Khoa", ()), ("Siu H'Nga", ())]),
        ("Lò Hùng (Điện Biên) đã đến.", []),
        (
            "Tòa tuyên phạt bị cáo Đinh Văn Tú (SN 1970, nguyên Phó Giám đốc Sở Y tế tỉnh) "
            "5 năm tù.",
            [("Đinh Văn Tú", ("bị cáo", "nguyên Phó Giám đốc Sở Y tế tỉnh"))],
        ),
        ("Bị cáo Đinh Văn Tú (SN 1970, trú xã A) và một người khác.",
         [("Đinh Văn Tú", ("Bị cáo",))]),
        ("Ông Trần Văn Lâm (Hà Tĩnh), Giám đốc Công ty, dự.",
         [("Trần Văn Lâm", ("Ông",))]),
        # a foreign name before "(quốc tịch …)" with its office after the bracket
        (
            "Các bị can gồm Kim Min-seok (quốc tịch Hàn Quốc), Giám đốc Công ty TNHH ABC "
            "Vina, về tội đưa hối lộ.",
            [("Kim Min-seok", ("Giám đốc Công ty TNHH ABC Vina",))],
        ),
        (
            "Bị can gồm: Lê Văn Tùng, nguyên Giám đốc Sở Y tế; John Miller (quốc tịch Mỹ), "
            "Giám đốc Công ty XYZ.",
            [("Lê Văn Tùng", ("nguyên Giám đốc Sở Y tế",)),
             ("John Miller", ("Giám đốc Công ty XYZ",))],
        ),
        ("Công ty TNHH Daewon Vina (quốc tịch Hàn Quốc) bị phạt.", []),
        # office stops
        ("Thượng tá Lê Văn Hải, Trưởng Công an huyện trực tiếp chỉ huy lực lượng.",
         [("Lê Văn Hải", ("Thượng tá", "Trưởng Công an huyện"))]),
        ("Bà Lê Thị Hoa, Chủ tịch UBND huyện nghiêm túc nhận khuyết điểm.",
         [("Lê Thị Hoa", ("Bà", "Chủ tịch UBND huyện"))]),
        ("Ông Võ Văn Hưng, Thứ trưởng Bộ Tài chính đồng chủ trì hội nghị.",
         [("Võ Văn Hưng", ("Ông", "Thứ trưởng Bộ Tài chính"))]),
        # body names holding a dash or a comma
        ("Ông Y Bhim Niê, Phó Trưởng Ban Dân tộc - Tôn giáo tỉnh, phát biểu.",
         [("Y Bhim Niê", ("Ông", "Phó Trưởng Ban Dân tộc - Tôn giáo tỉnh"))]),
        ("Bà Lê Thị Vân, Phó Chủ nhiệm Ủy ban Tài chính, Ngân sách, đoàn Nghệ An nêu.",
         [("Lê Thị Vân", ("Bà", "Phó Chủ nhiệm Ủy ban Tài chính, Ngân sách"))]),
        ("Thiếu tá Sùng A Lử, Chính trị viên Đồn Biên phòng Mường Nhé hứa sẽ làm tốt.",
         [("Sùng A Lử", ("Thiếu tá", "Chính trị viên Đồn Biên phòng Mường Nhé"))]),
        # offices stacked after a fronted phrase of time or place
        ("Sáng 3/5, tại Hà Nội, Phó Thủ tướng, Bộ trưởng Bộ Tài chính Hồ Đức Phớc dự.",
         [("Hồ Đức Phớc", ("Phó Thủ tướng", "Bộ trưởng Bộ Tài chính"))]),
        ("Phát biểu bế mạc, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Đỗ Trọng Hưng nêu rõ.",
         [("Đỗ Trọng Hưng", ("Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"))]),
        (
            "Dự có ông Lê Văn Bình, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Trần Văn Sơn.",
            [("Lê Văn Bình", ("ông", "Bộ trưởng")),
             ("Trần Văn Sơn", ("Chủ nhiệm Văn phòng Chính phủ",))],
        ),
        ("Ông Tom Brown, Đại sứ, Trưởng đoàn Lê Văn Cường phát biểu.",
         [("Tom Brown", ("Ông", "Đại sứ")), ("Lê Văn Cường", ("Trưởng đoàn",))]),
        # a clan name as an item of a list of people with its offices
        (
            "Kỷ luật các ông: Lê Văn Tuấn, nguyên Bí thư Huyện ủy; Điểu Kré, nguyên Phó "
            "Chủ tịch UBND huyện; Trần Văn Hòa, nguyên Trưởng phòng.",
            [("Lê Văn Tuấn", ("nguyên Bí thư Huyện ủy",)),
             ("Điểu Kré", ("nguyên Phó Chủ tịch UBND huyện",)),
             ("Trần Văn Hòa", ("nguyên Trưởng phòng",))],
        ),
        ("Các bon gồm: Bon Bu Prâng, xã Đắk Nia; Bon Sar Pu.", []),
        # border posts are places
        ("Phối hợp với Trạm Kiểm soát biên phòng Lý Văn Sơn tuần tra.", []),
        ("Cán bộ Đồn Biên phòng Hoàng Văn Thụ tuần tra.", []),
    ],
)
def test_probe10(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _people(text) == expected
