"""Tests for the agency finder: head words, localities, abbreviations, canonical
names, nested and office-named bodies, quoted board names, what is no agency, and
a property over arbitrary text."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.agency_views import names
from tests.timing import cpu_seconds
from ttcorpus.extract.agencies import canonical_agency, find_agencies

# ---------------------------------------------------------------- head words

HEAD_CASES = [
    "Bộ Tư pháp",
    "Bộ Tư lệnh Cảnh sát cơ động",
    "Bộ Chỉ huy Quân sự tỉnh Hà Giang",
    "Ban Tuyên giáo Tỉnh ủy Lạng Sơn",
    "Cục Thuế tỉnh Bắc Ninh",
    "Tổng cục Hải quan",
    "Chi cục Kiểm lâm tỉnh Sơn La",
    "Vụ Pháp chế",
    "Sở Tư pháp tỉnh Bắc Ninh",
    "Phòng Cảnh sát hình sự",
    "Đội Cảnh sát giao thông",
    "Ủy ban Dân tộc",
    "Hội đồng Thi đua - Khen thưởng",
    "Văn phòng Chính phủ",
    "Tòa án Quân sự Quân khu",
    "Viện Khoa học xã hội Việt Nam",
    "Học viện Cảnh sát nhân dân",
    "Công an tỉnh Quảng Ninh",
    "Mặt trận Tổ quốc Việt Nam",
    "Hội Nông dân Việt Nam",
    "Liên đoàn Lao động tỉnh Bắc Giang",
    "Tổng Liên đoàn Lao động Việt Nam",
    "Hiệp hội Du lịch Việt Nam",
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "Cơ quan Cảnh sát điều tra",
    "Thanh tra Chính phủ",
    "Kiểm toán Nhà nước",
    "Kho bạc Nhà nước huyện Đông Anh",
    "Ngân hàng Chính sách xã hội",
    "Đài Phát thanh và Truyền hình tỉnh Nghệ An",
    "Thông tấn xã Việt Nam",
    "Bộ đội Biên phòng tỉnh Lai Châu",
    "Đồn Biên phòng Cửa khẩu Quốc tế Lào Cai",
    "Tỉnh ủy Kiên Giang",
    "Thành ủy Hà Nội",
    "Huyện ủy Mường Khương",
    "Đảng ủy Công an Trung ương",
    "Tỉnh đoàn Nghệ An",
    "Quận đoàn Cầu Giấy",
    "Ủy ban nhân dân tỉnh Bình Định",
    "Hội đồng nhân dân tỉnh Quảng Nam",
    "Tòa án nhân dân huyện Bảo Thắng",
    "Viện kiểm sát nhân dân tối cao",
    "Ban Chỉ đạo 389 tỉnh Long An",
    "Ban Quản lý dự án đầu tư xây dựng tỉnh Quảng Trị",
    "Chính phủ",
    "Quốc hội",
    "Bộ Chính trị",
    "Ban Bí thư",
]


@pytest.mark.parametrize("body", HEAD_CASES)
def test_head_word_bodies(body: str) -> None:
    assert names(f"Sáng 5/3, {body} đã tổ chức hội nghị.") == [body]
    assert names(f"Theo {body}, kết quả đạt cao.") == [body]


# ---------------------------------------------------------------- localities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("giao Công an huyện Mường Khương chủ trì", "Công an huyện Mường Khương"),
        ("UBND thị xã Sơn Tây tặng quà", "UBND thị xã Sơn Tây"),
        ("UBND thị trấn Sa Pa cho biết", "UBND thị trấn Sa Pa"),
        ("Công an phường 5 bắt giữ", "Công an phường 5"),
        ("Công an TP Cần Thơ khởi tố", "Công an TP Cần Thơ"),
        ("Chủ tịch UBND TP.Hồ Chí Minh phát biểu", "UBND TP.Hồ Chí Minh"),
        ("Tòa án nhân dân thành phố Đà Nẵng xét xử", "Tòa án nhân dân thành phố Đà Nẵng"),
        ("Công an tỉnh cho biết", "Công an tỉnh"),
        ("Công an cấp xã phải phân công", "Công an cấp xã"),
        ("Hội Liên hiệp Phụ nữ tỉnh đẩy mạnh", "Hội Liên hiệp Phụ nữ tỉnh"),
        ("Tòa án nhân dân cấp cao tại Hà Nội", "Tòa án nhân dân cấp cao"),
        ("UBND quận Hoàng Mai tổ chức", "UBND quận Hoàng Mai"),
        ("Tòa án nhân dân huyện Hoàng Su Phì xét xử", "Tòa án nhân dân huyện Hoàng Su Phì"),
        ("Ban Chỉ đạo 138 huyện Bảo Yên phối hợp", "Ban Chỉ đạo 138 huyện Bảo Yên"),
        ("Ban Bí thư Trung ương Đảng quyết định", "Ban Bí thư Trung ương Đảng"),
        ("Ban Dân vận Trung ương; Mặt trận", "Ban Dân vận Trung ương"),
    ],
)
def test_localities(text: str, expected: str) -> None:
    assert names(text)[0] == expected


# ---------------------------------------------------------------- abbreviations


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("UBND xã Tân Lập", "Ủy ban nhân dân xã Tân Lập"),
        ("HĐND tỉnh Yên Bái", "Hội đồng nhân dân tỉnh Yên Bái"),
        ("Ủy ban MTTQ Việt Nam tỉnh Hòa Bình", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hòa Bình"),
        ("TTXVN", "Thông tấn xã Việt Nam"),
        ("BCA", "Bộ Công an"),
        ("Ban Chỉ đạo TW", "Ban Chỉ đạo Trung ương"),
        ("TAND huyện Gia Lâm", "Tòa án nhân dân huyện Gia Lâm"),
        ("VKSND tỉnh Phú Yên", "Viện kiểm sát nhân dân tỉnh Phú Yên"),
        ("Đoàn TNCS Hồ Chí Minh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
        ("Sở LĐ-TB&XH tỉnh Nghệ An", "Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An"),
        ("Phòng CSGT Công an tỉnh", "Phòng Cảnh sát giao thông Công an tỉnh"),
        ("Công an TP Hải Phòng", "Công an thành phố Hải Phòng"),
    ],
)
def test_abbreviations_are_expanded_in_canonical(text: str, canonical: str) -> None:
    found = find_agencies(f"Theo {text}, năm nay")
    assert [(a.name, a.canonical) for a in found] == [(text, canonical)]


# ---------------------------------------------------------------- canonical names


@pytest.mark.parametrize(
    "spellings",
    [
        [
            "UBND tỉnh Kiên Giang",
            "Uỷ ban nhân dân tỉnh Kiên Giang",
            "Ủy Ban Nhân Dân tỉnh Kiên Giang",
        ],
        ["Ban chỉ đạo 138", "Ban Chỉ đạo 138", "BCĐ 138"],
        ["Tòa án nhân dân tối cao", "Toà án nhân dân tối cao", "TANDTC"],
        ["Mặt trận Tổ quốc Việt Nam", "MTTQ Việt Nam", "Mặt trận Tổ quốc", "MTTQ"],
        ["Ban Bí thư", "Ban Bí thư Trung ương Đảng", "Ban Bí thư khóa XI", "Ban Bí thư (khoá XI)"],
        ["Ủy ban Quốc phòng và An ninh", "Uỷ ban Quốc phòng và An ninh của Quốc hội"],
        ["Bộ Lao động - Thương binh và Xã hội", "Bộ Lao động, Thương binh và Xã hội", "Bộ LĐTBXH"],
        ["UBND Thành phố", "Ủy ban nhân dân thành phố", "UBND TP"],
    ],
)
def test_canonical_is_shared_by_spellings(spellings: list[str]) -> None:
    assert len({canonical_agency(s) for s in spellings}) == 1


def test_canonical_of_found_mentions_is_shared() -> None:
    found = find_agencies("Uỷ ban nhân dân tỉnh Lai Châu và UBND tỉnh Lai Châu; Ban chỉ đạo 94.")
    assert found[0].canonical == found[1].canonical == "Ủy ban nhân dân tỉnh Lai Châu"
    assert found[2].canonical == "Ban Chỉ đạo 94"


def test_listed_bare_body_shares_the_locality_in_canonical() -> None:
    found = find_agencies("Đảng ủy, UBND xã Bản Lầu tổ chức")
    assert [a.name for a in found] == ["Đảng ủy", "UBND xã Bản Lầu"]
    assert found[0].canonical == "Đảng ủy xã Bản Lầu"


# ---------------------------------------------------------------- nested bodies


@pytest.mark.parametrize(
    "body",
    [
        "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        "Ủy ban Pháp luật Quốc hội",
        "Ban Thường vụ Tỉnh ủy Bắc Kạn",
        "Phòng Cảnh sát giao thông Công an tỉnh Thanh Hóa",
        "Văn phòng Cơ quan Cảnh sát điều tra Bộ Công an",
        "Ủy ban Kiểm tra Tỉnh ủy Quảng Ninh",
        "Ban Chấp hành Đảng bộ Công an Trung ương",
        "Cục Xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc",
        "Sở Lao động - Thương binh và Xã hội",
        "Bộ Văn hóa, Thể thao và Du lịch",
    ],
)
def test_nested_bodies_are_one_mention(body: str) -> None:
    assert names(f"Đại diện {body} khẩn trương tham mưu cho lãnh đạo.") == [body]


def test_parent_after_cua_is_its_own_mention() -> None:
    assert names("lãnh đạo Ủy ban Tư pháp của Quốc hội dự") == ["Ủy ban Tư pháp của Quốc hội"]
    assert names("Bộ Y tế và Bộ Tài chính") == ["Bộ Y tế", "Bộ Tài chính"]


# ---------------------------------------------------------------- office-named bodies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đại tướng Tô Lâm, Bộ trưởng Bộ Công an phát biểu", ["Bộ Công an"]),
        ("Chủ tịch UBND tỉnh Nguyễn Văn Bình chủ trì", ["UBND tỉnh"]),
        ("Cục trưởng Cục Quản lý thị trường tỉnh Hà Tĩnh", ["Cục Quản lý thị trường tỉnh Hà Tĩnh"]),
        ("Giám đốc Công an tỉnh Lào Cai Hoàng Ngọc Thanh", ["Công an tỉnh Lào Cai"]),
        ("Phó Trưởng Ban Thường trực Ban Tuyên giáo Trung ương", ["Ban Tuyên giáo Trung ương"]),
        ("Chánh án TAND huyện Đông Anh Lê Văn Tám", ["TAND huyện Đông Anh"]),
        ("Bí thư Thành ủy Hải Phòng Trần Lưu Quang", ["Thành ủy Hải Phòng"]),
        ("Bí thư Đảng ủy phường Tân Định Nguyễn Thị Hoa", ["Đảng ủy phường Tân Định"]),
        ("Thứ trưởng Bộ Công an Trung tướng Nguyễn Văn Sơn", ["Bộ Công an"]),
    ],
)
def test_bodies_named_by_an_office(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# ---------------------------------------------------------------- quoted and topic boards


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'kiện toàn Ban chỉ đạo "Toàn dân đoàn kết xây dựng đời sống văn hóa" Trung ương.',
            'Ban chỉ đạo "Toàn dân đoàn kết xây dựng đời sống văn hóa" Trung ương',
        ),
        (
            "Ban Chỉ đạo “Ngày vì người nghèo” tỉnh đã trao quà",
            "Ban Chỉ đạo “Ngày vì người nghèo” tỉnh",
        ),
        (
            "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Hà Nam họp",
            "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Hà Nam",
        ),
        (
            "kiện toàn Ban Chỉ đạo công tác dân tộc, Ban Chỉ đạo 35",
            "Ban Chỉ đạo công tác dân tộc",
        ),
        ("Ban chỉ đạo từ cấp tỉnh đến cơ sở", "Ban chỉ đạo"),
    ],
)
def test_quoted_and_topic_boards(text: str, expected: str) -> None:
    assert names(text)[0] == expected


# ---------------------------------------------------------------- numbered units


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đảng ủy Quân khu 7 đã ban hành Kế hoạch.", ["Đảng ủy Quân khu 7"]),
        (
            "Bộ Tư lệnh Quân khu 9 và Sư đoàn 5 tham gia diễn tập.",
            ["Bộ Tư lệnh Quân khu 9", "Sư đoàn 5"],
        ),
        ("Chiều 3/4, Quân đoàn 4 tổ chức lễ ra quân.", ["Quân đoàn 4"]),
        ("Sư đoàn 312 thuộc Quân đoàn 1 được tặng thưởng.", ["Sư đoàn 312", "Quân đoàn 1"]),
        (
            "Lữ đoàn 144, Trung đoàn 2 và Tiểu đoàn 3 cùng dự.",
            ["Lữ đoàn 144", "Trung đoàn 2", "Tiểu đoàn 3"],
        ),
        ("Binh đoàn 12 khởi công dự án.", ["Binh đoàn 12"]),
        ("Hải đoàn 129 và Hải đội 2 tuần tra.", ["Hải đoàn 129", "Hải đội 2"]),
        ("Vùng 2 Hải quân tổ chức hội thao.", ["Vùng 2 Hải quân"]),
        ("Bộ Tư lệnh Vùng 4 Hải quân phối hợp.", ["Bộ Tư lệnh Vùng 4 Hải quân"]),
        ("Bộ Tư lệnh Vùng Cảnh sát biển 3 cứu nạn.", ["Bộ Tư lệnh Vùng Cảnh sát biển 3"]),
        ("Tòa án quân sự Quân khu 5 xét xử.", ["Tòa án quân sự Quân khu 5"]),
        # the number ends the unit: a date, a year or a name after it is no part of it
        ("Quân khu 7 năm 2020 đạt kết quả tốt.", ["Quân khu 7"]),
        ("Sư đoàn 5 ngày 12/3 đã tổng kết.", ["Sư đoàn 5"]),
        ("Chính ủy Quân đoàn 3 Nguyễn Văn An phát biểu.", ["Quân đoàn 3"]),
        ("Quân khu 4 và Quân khu 5 phối hợp.", ["Quân khu 4", "Quân khu 5"]),
        ("Theo Quyết định số 15/QĐ-BTL của Bộ Tư lệnh Quân khu 7,", ["Bộ Tư lệnh Quân khu 7"]),
        # a number already belongs to a topic board; a code is an abbreviation
        ("Ban Chỉ đạo 138 tỉnh họp.", ["Ban Chỉ đạo 138 tỉnh"]),
        ("Cục C03 Bộ Công an chủ trì.", ["Cục C03 Bộ Công an"]),
    ],
)
def test_numbered_units_keep_their_number(text: str, expected: list[str]) -> None:
    found = find_agencies(text)
    assert [a.name for a in found] == expected
    assert [a.text for a in found] == expected


@pytest.mark.parametrize(
    ("spelling", "canonical"),
    [
        ("Đảng uỷ Quân khu 7", "Đảng ủy Quân khu 7"),
        ("Bộ Tư lệnh Quân khu 9", "Bộ Tư lệnh Quân khu 9"),
        ("Sư đoàn 312", "Sư đoàn 312"),
        ("Vùng 2 Hải quân", "Vùng 2 Hải quân"),
    ],
)
def test_numbered_units_keep_their_number_in_canonical(spelling: str, canonical: str) -> None:
    assert canonical_agency(spelling) == canonical
    assert [a.canonical for a in find_agencies(f"Theo {spelling}, năm nay")] == [canonical]


@pytest.mark.parametrize(
    "text",
    [
        "mức lương tối thiểu Vùng 1 là 4,68 triệu đồng, Vùng 2 là 4,16 triệu đồng",
        "các tỉnh Vùng Tây Bắc và Vùng Đồng bằng sông Cửu Long",
        "Sư đoàn 1.200 người, Trung đoàn 3 000 quân",
        "Sư đoàn 5/2020 và Lữ đoàn 12-3, Quân khu 44-KL/TW",
        "các quân khu 7 và 9, sư đoàn 5",
        "Sư đoàn trưởng Nguyễn Văn An và Trung đoàn trưởng Lê Văn Bình",
    ],
)
def test_numbers_that_name_no_unit(text: str) -> None:
    assert find_agencies(text) == []


# ---------------------------------------------------------------- not agencies


@pytest.mark.parametrize(
    "text",
    [
        "các cấp ủy, chính quyền và các ban, ngành, đoàn thể",
        "Cấp ủy, chính quyền các cấp cần quan tâm.",
        "phối hợp với chính quyền và cơ quan chức năng",
        "lực lượng công an xã và công an cấp huyện",
        "Ông Đoàn Văn Hậu cho biết.",
        "Hồ Văn Lực khai nhận mua của Đoàn Minh Tiến.",
        "Tỉnh Kiên Giang có nhiều đảo.",
        "tại Hà Nội và TP Hồ Chí Minh",
        "Bộ trưởng cho rằng Bộ sẽ ban hành.",
        "Hội nghị Trung ương 6 khóa XII; Ban hành kèm theo; Bộ luật Hình sự.",
        "lực lượng Công an nhân dân và Quân đội nhân dân",
        "chủ trương của Đảng, chính sách của Nhà nước",
        "củng cố Ban Chỉ đạo các cấp",
        "Ủy ban nhân dân các cấp chủ động",
        "phố cổ Hội An và Trung tâm Y tế huyện",
        "BỘ CÔNG AN TỔ CHỨC HỘI NGHỊ",
        "Đoàn công tác, Đội hình thanh niên, Phòng chống dịch",
    ],
)
def test_not_agencies(text: str) -> None:
    assert find_agencies(text) == []


# ---------------------------------------------------------------- offsets and order


def test_offsets_order_and_no_overlap() -> None:
    text = "Sáng 12/4, tại trụ sở Trung ương Đảng, Ban Bí thư và Bộ Công an, Bộ Quốc phòng họp."
    found = find_agencies(text)
    assert [a.text for a in found] == [
        "Trung ương Đảng",
        "Ban Bí thư",
        "Bộ Công an",
        "Bộ Quốc phòng",
    ]
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start
    for a in found:
        assert text[a.start : a.end] == a.text


_PIECES = ["Ban ", "Bộ ", "Ủy ban ", "Uỷ ban ", "UBND ", "tỉnh ", "xã ", "Công an ", "Chỉ đạo "]
_PIECES += ["Tổ ", "quốc ", "Nguyễn ", "Văn ", "các cấp", "TP.", "Hà Nội ", "và ", "phòng, chống "]
_ALPHABET = st.sampled_from([*'BCĐHPSTUVbcdhkmnstuyđạảấồộớủỷ ,.;"“”-&0123456789\n', *_PIECES])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_any_text_gives_valid_offsets(text: str) -> None:
    found = find_agencies(text)
    last_end = 0
    for a in found:
        assert text[a.start : a.end] == a.text
        assert a.start >= last_end and a.end > a.start
        assert a.name and a.canonical
        last_end = a.end


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_unicode_does_not_crash(text: str) -> None:
    for a in find_agencies(text):
        assert text[a.start : a.end] == a.text


# ---------------------------------------------------------------- linear time


@pytest.mark.parametrize(
    "unit", ["Ban ", "Ban Chỉ đạo phòng, ", "Ủy ban nhân dân tỉnh ", "Công an Hà Nội ", "Ab ", "1"]
)
def test_time_is_linear(unit: str) -> None:
    def run(n: int) -> float:
        text = unit * n
        return cpu_seconds(lambda: find_agencies(text))

    small, large = run(5_000), run(20_000)
    assert large < 1.0
    assert large < 10 * small + 0.05  # 4× the input, well under 10× the time


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sở Nông nghiệp và Phát triển nông thôn đã kiểm tra.",
         ["Sở Nông nghiệp và Phát triển nông thôn"]),
        ("Lãnh đạo Phòng Tài nguyên và Môi trường, Sở Giao thông vận tải tỉnh Yên Bái dự.",
         ["Phòng Tài nguyên và Môi trường", "Sở Giao thông vận tải tỉnh Yên Bái"]),
        ("Phòng Lao động - Thương binh và Xã hội huyện Mèo Vạc cho biết.",
         ["Phòng Lao động - Thương binh và Xã hội huyện Mèo Vạc"]),
        ("Sở Văn hóa, Thể thao và Du lịch cùng Sở Khoa học và Công nghệ ký kết.",
         ["Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ"]),
        # a field that is no department's name still ends at its lower-case tail
        ("Sở Nông nghiệp và Phát triển thị trường là đề xuất.", ["Sở Nông nghiệp và Phát triển"]),
    ],
)
def test_departments_named_by_their_field_are_whole(text: str, expected: list[str]) -> None:
    assert [a.text for a in find_agencies(text)] == expected


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("BHXH tỉnh Thanh Hóa đã chi trả.", "Bảo hiểm xã hội tỉnh Thanh Hóa"),
        ("BHXH Việt Nam cho biết.", "Bảo hiểm xã hội Việt Nam"),
        ("Bảo hiểm xã hội huyện Như Xuân", "Bảo hiểm xã hội huyện Như Xuân"),
    ],
)
def test_social_insurance_bodies(text: str, canonical: str) -> None:
    assert [a.canonical for a in find_agencies(text)] == [canonical]


def test_social_insurance_as_a_benefit_is_no_body() -> None:
    assert find_agencies("Người tham gia bảo hiểm xã hội tự nguyện tăng.") == []
