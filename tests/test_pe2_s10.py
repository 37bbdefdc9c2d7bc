"""Session 10 (pe2): "nguyên" only before an office, the Governor and an architect as
titles, the office after "hiện là", no office from "làm chủ tọa", Ê Đê "H" and the
surname "Chìu", a special zone that looks like a name, foreign offices with a
minister of state, Cambodia's foreign ministry and a consulate "tại" a city."""

from __future__ import annotations

import pytest

from ttcorpus.extract.people import find_people


def _people(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(p.text, p.name, p.titles) for p in find_people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "nguyên" before a noun is no former office
        (
            "Theo Chủ tịch UBND tỉnh Lê Văn Tâm, nguyên nhân chính là mưa lớn kéo dài.",
            [("Lê Văn Tâm", "Lê Văn Tâm", ("Chủ tịch UBND tỉnh",))],
        ),
        (
            "Ông Phan Văn Lộc, nguyên tắc làm việc là công khai, cho biết.",
            [("Phan Văn Lộc", "Phan Văn Lộc", ("Ông",))],
        ),
        # negative: before an office it still is
        (
            "Ông Phan Văn Lộc, nguyên Phó Giám đốc Sở Tư pháp, cho biết.",
            [("Phan Văn Lộc", "Phan Văn Lộc", ("Ông", "nguyên Phó Giám đốc Sở Tư pháp"))],
        ),
        (
            "Bà Đỗ Thị Hạnh, cựu cán bộ Hội Phụ nữ xã, kể lại.",
            [("Đỗ Thị Hạnh", "Đỗ Thị Hạnh", ("Bà", "cựu cán bộ Hội Phụ nữ xã"))],
        ),
        # the Governor of the State Bank; an architect
        (
            "Thống đốc NHNN Đoàn Văn Quý chủ trì cuộc họp.",
            [("Đoàn Văn Quý", "Đoàn Văn Quý", ("Thống đốc NHNN",))],
        ),
        (
            "Phó Thống đốc Lý Minh Tâm phát biểu.",
            [("Lý Minh Tâm", "Lý Minh Tâm", ("Phó Thống đốc",))],
        ),
        (
            "KTS Trịnh Văn Khoa, Viện trưởng Viện Kiến trúc, nhận xét.",
            [("Trịnh Văn Khoa", "Trịnh Văn Khoa", ("KTS", "Viện trưởng Viện Kiến trúc"))],
        ),
        (
            "Kiến trúc sư Mai Thị Hương trình bày đồ án.",
            [("Mai Thị Hương", "Mai Thị Hương", ("Kiến trúc sư",))],
        ),
        # the office held now, after a note
        (
            "Bà Lâm Thị Nga, ứng cử viên HĐND tỉnh, hiện là Phó Chủ tịch Hội Nông dân xã, nói.",
            [
                (
                    "Lâm Thị Nga",
                    "Lâm Thị Nga",
                    ("Bà", "ứng cử viên HĐND tỉnh", "Phó Chủ tịch Hội Nông dân xã"),
                )
            ],
        ),
        (
            "Ông Kiều Văn Đạt, nay là Giám đốc Sở Công Thương, chia sẻ.",
            [("Kiều Văn Đạt", "Kiều Văn Đạt", ("Ông", "Giám đốc Sở Công Thương"))],
        ),
        # presiding is an act, not an office; "làm" before a capitalised office still links
        (
            "Thẩm phán Đinh Văn Tới, Phó Chánh án, làm chủ tọa phiên xử.",
            [("Đinh Văn Tới", "Đinh Văn Tới", ("Thẩm phán", "Phó Chánh án"))],
        ),
        (
            "Ông Hà Văn Sinh làm Chủ tịch Hội Cựu chiến binh xã từ năm 2019.",
            [("Hà Văn Sinh", "Hà Văn Sinh", ("Ông", "Chủ tịch Hội Cựu chiến binh xã"))],
        ),
        # Ê Đê women's prefix written "H" with a space; the Sán Chỉ surname "Chìu"
        (
            "Chị H Yim Kđoh, Trưởng thôn Buôn Trấp, cho biết.",
            [("H Yim Kđoh", "H Yim Kđoh", ("Chị", "Trưởng thôn Buôn Trấp"))],
        ),
        (
            "Ông Chìu Văn Hải, Trưởng bản Khe Lạc, kể lại.",
            [("Chìu Văn Hải", "Chìu Văn Hải", ("Ông", "Trưởng bản Khe Lạc"))],
        ),
        # negative: a bare "H" with no title opens no name
        ("Khu H Ngọc Lâm đã hoàn thành.", []),
        # a special zone that looks like a name is a place; a person so named keeps a title
        ("Huyện đảo gồm 2 đặc khu là Cát Hải và Bạch Long Vĩ.", []),
        (
            "Ông Bạch Long Vĩ, Trưởng thôn, cho biết.",
            [("Bạch Long Vĩ", "Bạch Long Vĩ", ("Ông", "Trưởng thôn"))],
        ),
        (
            "Ông Lý Sơn Hải nói.",
            [("Lý Sơn Hải", "Lý Sơn Hải", ("Ông",))],
        ),
        # an abbreviation ending in a one-letter family name hides no name after it
        (
            "Phát biểu, ĐBQH Hà Văn Sỹ (Quảng Bình) đề nghị bổ sung.",
            [("Hà Văn Sỹ", "Hà Văn Sỹ", ("ĐBQH",))],
        ),
        # an appointment after a list opened by a plural is every item's
        (
            "Các đồng chí Vàng Văn Sử, Lò Thị Hiên được bầu giữ chức Phó Chủ tịch HĐND xã.",
            [
                ("Vàng Văn Sử", "Vàng Văn Sử", ("Các đồng chí", "Phó Chủ tịch HĐND xã")),
                ("Lò Thị Hiên", "Lò Thị Hiên", ("Phó Chủ tịch HĐND xã",)),
            ],
        ),
        (
            "Những ông Tạ Văn An, Mai Văn Bốn và Lưu Văn Cảnh được bổ nhiệm giữ chức Phó"
            " Giám đốc Sở Xây dựng.",
            [
                ("Tạ Văn An", "Tạ Văn An", ("ông", "Phó Giám đốc Sở Xây dựng")),
                ("Mai Văn Bốn", "Mai Văn Bốn", ("Phó Giám đốc Sở Xây dựng",)),
                ("Lưu Văn Cảnh", "Lưu Văn Cảnh", ("Phó Giám đốc Sở Xây dựng",)),
            ],
        ),
        # negative: no plural before the list; an item with an office of its own; a verb link
        (
            "Theo ông Tạ Văn An, Mai Văn Bốn được bổ nhiệm giữ chức Giám đốc Sở Xây dựng.",
            [
                ("Tạ Văn An", "Tạ Văn An", ("ông",)),
                ("Mai Văn Bốn", "Mai Văn Bốn", ("Giám đốc Sở Xây dựng",)),
            ],
        ),
        (
            "Các ông Tạ Văn An, Phó Giám đốc Sở Tài chính, Mai Văn Bốn được bầu giữ chức"
            " Chủ tịch Hội.",
            [
                ("Tạ Văn An", "Tạ Văn An", ("ông", "Phó Giám đốc Sở Tài chính")),
                ("Mai Văn Bốn", "Mai Văn Bốn", ("Chủ tịch Hội",)),
            ],
        ),
        (
            "Các ông Tạ Văn An và Mai Văn Bốn làm Trưởng đoàn.",
            [
                ("Tạ Văn An", "Tạ Văn An", ("ông",)),
                ("Mai Văn Bốn", "Mai Văn Bốn", ("Trưởng đoàn",)),
            ],
        ),
    ],
)
def test_people_pe2(text: str, expected: list[tuple[str, str, tuple[str, ...]]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quốc vụ khanh Bộ Ngoại giao Lào Bounleua Sinxayvoravong tiếp đoàn.",
            [("Bounleua Sinxayvoravong", ("Quốc vụ khanh Bộ Ngoại giao Lào",))],
        ),
        (
            "Bộ trưởng Ngoại giao và Hợp tác quốc tế Campuchia Prak Sokhonn hội đàm.",
            [("Prak Sokhonn", ("Bộ trưởng Ngoại giao và Hợp tác quốc tế Campuchia",))],
        ),
        (
            "Tổng Lãnh sự Hàn Quốc tại TP Hồ Chí Minh Shin Choong Il phát biểu.",
            [("Shin Choong Il", ("Tổng Lãnh sự Hàn Quốc tại TP Hồ Chí Minh",))],
        ),
        (
            "Lãnh sự Lào tại Đà Nẵng Phoxay Khaykhamphithoune dự lễ.",
            [("Phoxay Khaykhamphithoune", ("Lãnh sự Lào tại Đà Nẵng",))],
        ),
        # negative: no name after the city; a generic title with no country
        ("Tổng Lãnh sự Hàn Quốc tại TP Hồ Chí Minh cho biết.", []),
        ("Quốc vụ khanh Masan Group nói.", []),
    ],
)
def test_foreign_offices_pe2(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert [(p.name, p.titles) for p in find_people(text)] == expected
