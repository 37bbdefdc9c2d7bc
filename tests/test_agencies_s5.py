"""Agency fixes found on unseen pages (session 5): clause verbs that end a name,
the Front's committees with a bare locality, departments named by a comma list of
fields, joint offices, a bare council sharing the next body's locality, and a
committee member's title ("Tỉnh ủy viên")."""

from __future__ import annotations

import pytest

from tests.agency_views import canonicals, names
from ttcorpus.extract.agencies import canonical_agency, find_agencies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause verb ends the name, whatever comes after it
        (
            "Ban Thường vụ Huyện ủy giao Ủy ban Kiểm tra Huyện ủy rà soát hồ sơ.",
            ["Ban Thường vụ Huyện ủy", "Ủy ban Kiểm tra Huyện ủy"],
        ),
        ("Ban Dân vận Tỉnh ủy dự Hội nghị sơ kết.", ["Ban Dân vận Tỉnh ủy"]),
        ("Cục Hải quan dự buổi làm việc với doanh nghiệp.", ["Cục Hải quan"]),
        ("Hội Cựu chiến binh giao chỉ tiêu cho cơ sở.", ["Hội Cựu chiến binh"]),
        ("Hội Chữ thập đỏ bàn giao nhà nhân ái cho hộ nghèo.", ["Hội Chữ thập đỏ"]),
        ("Thị ủy Hoàng Mai trình Tỉnh ủy đề án sáp nhập.", ["Thị ủy Hoàng Mai", "Tỉnh ủy"]),
        ("Ban Tổ chức trình phương án nhân sự.", ["Ban Tổ chức"]),
        ("UBND huyện giao Phòng Nội vụ chủ trì.", ["UBND huyện", "Phòng Nội vụ"]),
        ("Công an thị xã bàn giao tang vật.", ["Công an thị xã"]),
        ("Sở Tài chính phê duyệt dự toán.", ["Sở Tài chính"]),
        # ... but "giao", "dự", "trình" inside a noun of the name stay
        ("Phòng Cảnh sát giao thông Công an tỉnh Hà Tĩnh tuần tra.", [
            "Phòng Cảnh sát giao thông Công an tỉnh Hà Tĩnh"
        ]),
        ("Bộ Ngoại giao thông tin về vụ việc.", ["Bộ Ngoại giao"]),
        ("Ban Quản lý dự án đầu tư xây dựng huyện Kỳ Anh khởi công.", [
            "Ban Quản lý dự án đầu tư xây dựng huyện Kỳ Anh"
        ]),
        ("Ban An toàn giao thông tỉnh Hà Nam ra quân.", ["Ban An toàn giao thông tỉnh Hà Nam"]),
        ("Sở Giao thông vận tải tỉnh Bình Định kiểm tra.", [
            "Sở Giao thông vận tải tỉnh Bình Định"
        ]),
        ("Sở Giao dịch Ngân hàng Nhà nước thông báo.", ["Sở Giao dịch Ngân hàng Nhà nước"]),
        # inside a quoted title nothing is cut
        ('Ban chỉ đạo "Giao quân" Trung ương họp.', ['Ban chỉ đạo "Giao quân" Trung ương']),
    ],
)
def test_clause_verb_ends_the_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ủy ban Mặt trận Tổ quốc Việt Nam huyện chủ trì buổi gặp mặt.", [
            "Ủy ban Mặt trận Tổ quốc Việt Nam huyện"
        ]),
        ("Lãnh đạo Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể.", ["Ủy ban MTTQ Việt Nam tỉnh"]),
        ("Ủy ban MTTQ Việt Nam thành phố Vinh phát động.", [
            "Ủy ban MTTQ Việt Nam thành phố Vinh"
        ]),
        # unchanged: the central committee, and a place with a verb after it
        ("Ủy ban Mặt trận Tổ quốc Việt Nam kêu gọi.", ["Ủy ban Mặt trận Tổ quốc Việt Nam"]),
        ("Quận đoàn Hải Châu đưa thanh niên đi.", ["Quận đoàn Hải Châu"]),
    ],
)
def test_front_committee_keeps_a_bare_locality(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "spelling",
    [
        "Ủy ban MTTQ tỉnh Hà Tĩnh",
        "Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh",
        "Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh",
        "Ủy ban Mặt trận Tổ quốc tỉnh Hà Tĩnh",
    ],
)
def test_front_committee_has_one_canonical_name(spelling: str) -> None:
    assert canonical_agency(spelling) == "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh"


def test_central_front_canonical_names_are_unchanged() -> None:
    assert canonical_agency("Ủy ban MTTQ Việt Nam") == "Ủy ban Mặt trận Tổ quốc Việt Nam"
    assert canonical_agency("Mặt trận Tổ quốc") == "Mặt trận Tổ quốc Việt Nam"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cục Hộ tịch, quốc tịch, chứng thực tổ chức tập huấn.", [
            "Cục Hộ tịch, quốc tịch, chứng thực"
        ]),
        ("Làm việc với Vụ Hộ tịch, quốc tịch, chứng thực, Cục Bổ trợ tư pháp.", [
            "Vụ Hộ tịch, quốc tịch, chứng thực", "Cục Bổ trợ tư pháp"
        ]),
        # ordinary lists stay lists
        ("Bộ Tư pháp, Bộ Nội vụ thống nhất.", ["Bộ Tư pháp", "Bộ Nội vụ"]),
        ("Sở Nội vụ, các sở, ngành và địa phương.", ["Sở Nội vụ"]),
        ("Cục Hải quan, công an, biên phòng phối hợp.", ["Cục Hải quan"]),
        ("Cục Thuế tỉnh, kho bạc, ngân hàng phối hợp.", ["Cục Thuế tỉnh"]),
        ("Cục Quản lý thị trường, thuế vụ, hải quan, y tế, giáo dục.", [
            "Cục Quản lý thị trường"
        ]),
        ("Vụ Pháp chế, Thanh tra Bộ kiểm tra.", ["Vụ Pháp chế", "Thanh tra Bộ"]),
    ],
)
def test_department_named_by_a_field_list(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "canonical"),
    [
        (
            "Văn phòng HĐND và UBND huyện Nghi Lộc tổng hợp.",
            "Văn phòng HĐND và UBND huyện Nghi Lộc",
            "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Nghi Lộc",
        ),
        (
            "Theo Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Nghi Lộc.",
            "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Nghi Lộc",
            "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Nghi Lộc",
        ),
        (
            "Văn phòng Đoàn ĐBQH và HĐND tỉnh Hà Tĩnh thông báo.",
            "Văn phòng Đoàn ĐBQH và HĐND tỉnh Hà Tĩnh",
            "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Hà Tĩnh",
        ),
    ],
)
def test_joint_office_is_one_body(text: str, expected: str, canonical: str) -> None:
    found = find_agencies(text)
    assert [a.name for a in found] == [expected]
    assert found[0].canonical == canonical


def test_office_of_one_body_and_another_body_stay_two() -> None:
    assert names("Văn phòng Tỉnh ủy và UBND tỉnh Hà Nam phối hợp.") == [
        "Văn phòng Tỉnh ủy",
        "UBND tỉnh Hà Nam",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "HĐND, UBND tỉnh Thái Bình tổ chức lễ.",
            ["Hội đồng nhân dân tỉnh Thái Bình", "Ủy ban nhân dân tỉnh Thái Bình"],
        ),
        (
            "HĐND và UBND huyện Đô Lương tổ chức lễ.",
            ["Hội đồng nhân dân huyện Đô Lương", "Ủy ban nhân dân huyện Đô Lương"],
        ),
        # a body with its own locality keeps it
        (
            "HĐND tỉnh, UBND huyện Đô Lương họp.",
            ["Hội đồng nhân dân tỉnh", "Ủy ban nhân dân huyện Đô Lương"],
        ),
    ],
)
def test_bare_council_shares_the_next_locality(text: str, expected: list[str]) -> None:
    assert canonicals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đồng chí Trần Văn Hùng, Tỉnh ủy viên, Giám đốc Sở Nội vụ.", ["Sở Nội vụ"]),
        ("Bà Lê Thị Mai, Thành ủy viên, Bí thư Quận ủy Hải Châu.", ["Quận ủy Hải Châu"]),
        ("Ông Phan Văn Nam, Huyện ủy viên, Trưởng Công an huyện.", ["Công an huyện"]),
        ("Ông là Đảng ủy viên, Trưởng thôn.", []),
        # the committees themselves stay
        ("Tỉnh ủy Hà Tĩnh chỉ đạo.", ["Tỉnh ủy Hà Tĩnh"]),
        ("Ủy viên Ban Thường vụ Thành ủy, Trưởng ban.", ["Ban Thường vụ Thành ủy"]),
        ("Huyện ủy vừa ban hành nghị quyết.", ["Huyện ủy"]),
    ],
)
def test_committee_member_title_is_no_body(text: str, expected: list[str]) -> None:
    assert names(text) == expected
