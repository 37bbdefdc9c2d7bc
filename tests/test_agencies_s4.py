"""Agency fixes found on unseen pages (session 4): honorifics that look like bodies,
bare unit levels, a field verb before a place, "các" in a board's topic, villages."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.agency_views import names
from tests.timing import cpu_seconds
from ttcorpus.extract.agencies import find_agencies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an honorific of the army's soldiers is no body
        ("Cán bộ, chiến sĩ rèn luyện phẩm chất Bộ đội Cụ Hồ trong thời kỳ mới.", []),
        ("Giữ gìn và phát huy bản chất Bộ đội Cụ Hồ, anh nói.", []),
        # ... while the border guard is one
        (
            "Bộ đội Biên phòng tỉnh Cao Bằng phối hợp tuần tra.",
            ["Bộ đội Biên phòng tỉnh Cao Bằng"],
        ),
        (
            "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Điện Biên tổ chức lễ ra quân.",
            ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh Điện Biên"],
        ),
    ],
)
def test_honorific_is_no_body(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare unit level speaks of any cell
        ("Chi bộ là hạt nhân lãnh đạo ở cơ sở.", []),
        ("Ông nhắc lại: “Chi bộ mạnh thì đảng viên mạnh”.", []),
        ("Đảng bộ đã lãnh đạo nhân dân vượt khó.", []),
        ("Chi đoàn tổ chức ngày chủ nhật xanh.", []),
        ("Đảng bộ các cấp chuẩn bị đại hội.", []),
        # with a locality, a village or a name it is one unit
        ("Chi bộ thôn Khuổi Lừa sinh hoạt chuyên đề.", ["Chi bộ thôn Khuổi Lừa"]),
        ("Chi đoàn ấp 3 ra quân làm đường.", ["Chi đoàn ấp 3"]),
        ("Chi bộ tổ dân phố Tân Tiến họp.", ["Chi bộ tổ dân phố Tân Tiến"]),
        ("Đảng bộ tỉnh Cao Bằng đã lãnh đạo thực hiện.", ["Đảng bộ tỉnh Cao Bằng"]),
        ("Đảng bộ huyện đề ra ba khâu đột phá.", ["Đảng bộ huyện"]),
        ("Đảng bộ Quân đội luôn giữ vững vai trò.", ["Đảng bộ Quân đội"]),
        ("Đại hội Đảng bộ Quân khu lần thứ XIII.", ["Đảng bộ Quân khu"]),
        ("Đại hội Đảng bộ Công an Trung ương.", ["Đảng bộ Công an Trung ương"]),
        # committees stand alone, as before
        ("Tỉnh ủy đã ban hành kế hoạch.", ["Tỉnh ủy"]),
        ("Đảng ủy, UBND xã Nà Ngần họp bàn.", ["Đảng ủy", "UBND xã Nà Ngần"]),
        # a village word with no name after it gives no locality
        ("Đảng ủy thôn nào cũng vậy.", ["Đảng ủy"]),
        ("Sở Nông nghiệp và Phát triển nông thôn tỉnh Sơn La", [
            "Sở Nông nghiệp và Phát triển nông thôn tỉnh Sơn La"
        ]),
    ],
)
def test_bare_unit_level_needs_a_name_or_locality(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_village_locality_is_shared_with_the_bare_body_before() -> None:
    found = find_agencies("Đảng ủy, Chi bộ thôn Nặm Đăm biểu dương đảng viên.")
    assert [(a.name, a.canonical) for a in found] == [
        ("Đảng ủy", "Đảng ủy thôn Nặm Đăm"),
        ("Chi bộ thôn Nặm Đăm", "Chi bộ thôn Nặm Đăm"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a field verb runs on into a province or a locality
        (
            "Thành phố giao Viện Quy hoạch xây dựng Đà Nẵng lập đồ án.",
            ["Viện Quy hoạch xây dựng Đà Nẵng"],
        ),
        (
            "Ông là Viện trưởng Viện Kinh tế xây dựng thành phố Cần Thơ.",
            ["Viện Kinh tế xây dựng thành phố Cần Thơ"],
        ),
        # ... but not into what is no place, and a clause verb never does
        ("Viện Quy hoạch xây dựng đồ án trong tháng 5.", ["Viện Quy hoạch"]),
        ("Sở Tư pháp thực hiện Việt Nam hóa biểu mẫu.", ["Sở Tư pháp"]),
        ("Cục Thuế triển khai Hà Nội trước.", ["Cục Thuế"]),
        ("Bộ Công an xây dựng lực lượng chính quy.", ["Bộ Công an"]),
    ],
)
def test_field_verb_before_a_place_stays_in_the_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "các" with a plural noun at the opening of a board's topic
        (
            "Phó Trưởng Ban Chỉ đạo nhà nước các dự án, công trình trọng điểm ngành năng "
            "lượng tham dự.",
            ["Ban Chỉ đạo nhà nước các dự án, công trình trọng điểm ngành năng lượng"],
        ),
        (
            "Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh Yên Bái họp.",
            ["Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh Yên Bái"],
        ),
        # or before a locality
        (
            "Ban Quản lý các khu công nghiệp tỉnh Thái Nguyên cho biết.",
            ["Ban Quản lý các khu công nghiệp tỉnh Thái Nguyên"],
        ),
        (
            "Ban Quản lý dự án vận hành các khu công nghiệp tỉnh Long An.",
            ["Ban Quản lý dự án vận hành các khu công nghiệp tỉnh Long An"],
        ),
        # not "các cấp", not other plurals, not late in a topic with no locality
        ("Ban Chỉ đạo các cấp phải vào cuộc.", []),
        ("Ban Chỉ đạo phòng chống dịch yêu cầu các địa phương.", [
            "Ban Chỉ đạo phòng chống dịch"
        ]),
        ("Ban Quản lý dự án vận hành các công trình cho xã.", [
            "Ban Quản lý dự án vận hành"
        ]),
        ("Ban Chỉ đạo các địa phương họp.", []),  # generic (agency_generic_after.txt)
        ("Ông báo cáo Ban Chỉ đạo các nội dung trên.", ["Ban Chỉ đạo"]),
    ],
)
def test_plural_topic_of_a_board(text: str, expected: list[str]) -> None:
    assert names(text) == expected


_PIECES = [
    "Chi bộ", "Đảng bộ", "Chi đoàn", "thôn", "ấp", "Nà", "Lầu", "3", "Viện", "Quy",
    "hoạch", "xây dựng", "Hà Nội", "thành phố", "Ban Chỉ đạo", "Ban Quản lý", "các",
    "dự án", "khu công nghiệp", "tỉnh", "Bộ đội", "Cụ Hồ", ",", "“", "”", "là", "nhà nước",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16).map(" ".join))
def test_any_text_gives_valid_offsets(text: str) -> None:
    for a in find_agencies(text):
        assert text[a.start : a.end] == a.text == a.name


@pytest.mark.parametrize(
    "unit",
    ["Ban Quản lý các dự án ", "Viện Quy xây dựng ", "Chi bộ thôn Nà ", "các khu công nghiệp "],
)
def test_time_is_linear(unit: str) -> None:
    def run(n: int) -> float:
        text = unit * n
        return cpu_seconds(lambda: find_agencies(text))

    small, large = run(3_000), run(12_000)
    assert large < 1.0
    assert large < 10 * small + 0.05  # 4× the input, well under 10× the time
