"""Agency fixes of session 7: no "và" after a name closed by its number, "bảo đảm" ends a
name, a committee's standing committee without "Ban", the standing board of a local Front
committee."""

from __future__ import annotations

import pytest

from tests.agency_views import names
from tests.agency_views import pairs as canonicals
from ttcorpus.extract.agencies import canonical_agency


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name closed by its number takes no part after "và" or a comma list
        ("Ban Chỉ đạo 389 và Tổ công tác 12 họp bàn.", ["Ban Chỉ đạo 389"]),
        ("Vai trò Ban Chỉ đạo 35 và Đội 4 trong đấu tranh.", ["Ban Chỉ đạo 35"]),
        ("Ban Chỉ đạo 138, Tổ 5 và Nhóm 3 cùng làm.", ["Ban Chỉ đạo 138"]),
        ("Sư đoàn 9 và Trung đoàn 2 diễn tập.", ["Sư đoàn 9", "Trung đoàn 2"]),
        # must not change: a number then a space-joined body or a locality; "và" in a
        # name with no number
        ("Ban Chỉ đạo 35 Quân ủy Trung ương họp.", ["Ban Chỉ đạo 35 Quân ủy Trung ương"]),
        ("Ban Chỉ đạo 138 huyện Bảo Thắng họp.", ["Ban Chỉ đạo 138 huyện Bảo Thắng"]),
        ("Ủy ban Quốc phòng và An ninh thẩm tra.", ["Ủy ban Quốc phòng và An ninh"]),
        ("Sở Lao động - Thương binh và Xã hội tỉnh Nam Định", [
            "Sở Lao động - Thương binh và Xã hội tỉnh Nam Định"
        ]),
        # "bảo đảm", "đảm bảo" end a name part's tail
        ("c) Thành phần Ban Chấp hành bảo đảm tỷ lệ nữ.", ["Ban Chấp hành"]),
        ("Cơ cấu Ban Chấp hành đảm bảo:", ["Ban Chấp hành"]),
        ("Sở Giao thông vận tải bảo đảm an toàn.", ["Sở Giao thông vận tải"]),
        # must not change: a capitalised "Bảo đảm" in a name, a board's topic
        ("Cục Bảo đảm an toàn hàng hải Việt Nam cho biết.", [
            "Cục Bảo đảm an toàn hàng hải Việt Nam"
        ]),
        ("Ban Chỉ đạo bảo đảm trật tự an toàn giao thông tỉnh họp.", [
            "Ban Chỉ đạo bảo đảm trật tự an toàn giao thông tỉnh"
        ]),
    ],
)
def test_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Thường vụ" before a party or Youth Union committee: its standing committee
        ("Thường vụ Đảng ủy Sư đoàn đã ban hành Nghị quyết.", [
            ("Thường vụ Đảng ủy Sư đoàn", "Ban Thường vụ Đảng ủy Sư đoàn")
        ]),
        ("Thường vụ Huyện ủy Mường Khương chỉ đạo.", [
            ("Thường vụ Huyện ủy Mường Khương", "Ban Thường vụ Huyện ủy Mường Khương")
        ]),
        ("Thường vụ Tỉnh đoàn phát động.", [("Thường vụ Tỉnh đoàn", "Ban Thường vụ Tỉnh đoàn")]),
        # must not change: with "Ban"; "Thường trực" (an office: "Phó Bí thư Thường
        # trực"); "Ủy ban Thường vụ Quốc hội"; a unit level has no standing committee
        ("Ban Thường vụ Quận ủy họp.", [("Ban Thường vụ Quận ủy", "Ban Thường vụ Quận ủy")]),
        ("Phó Bí thư Thường trực Thành ủy dự.", [("Thành ủy", "Thành ủy")]),
        ("Ủy ban Thường vụ Quốc hội cho ý kiến.", [
            ("Ủy ban Thường vụ Quốc hội", "Ủy ban Thường vụ Quốc hội")
        ]),
        ("Thường vụ Chi bộ thôn Nà Phìn họp.", [("Chi bộ thôn Nà Phìn", "Chi bộ thôn Nà Phìn")]),
        # the standing board of a local Front committee
        ("Ban Thường trực Ủy ban MTTQ tỉnh Cao Bằng phát động.", [(
            "Ban Thường trực Ủy ban MTTQ tỉnh Cao Bằng",
            "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cao Bằng",
        )]),
        ("Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bát Xát thăm hỏi.", [(
            "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bát Xát",
            "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Bát Xát",
        )]),
        ("Ban Thường trực MTTQ xã Tả Van trao quà.", [(
            "Ban Thường trực MTTQ xã Tả Van",
            "Ban Thường trực Mặt trận Tổ quốc Việt Nam xã Tả Van",
        )]),
        # must not change: the central board; the committee itself
        ("Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam chúc mừng.", [(
            "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam",
            "Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        )]),
        ("Ủy ban MTTQ tỉnh Cao Bằng phát động.", [
            ("Ủy ban MTTQ tỉnh Cao Bằng", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cao Bằng")
        ]),
    ],
)
def test_canonicals(text: str, expected: list[tuple[str, str]]) -> None:
    assert canonicals(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Thường vụ Tỉnh ủy", "Ban Thường vụ Tỉnh ủy"),
        ("Thường Vụ Thành Ủy", "Ban Thường vụ Thành ủy"),
        ("Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Tỉnh ủy"),  # (unchanged)
    ],
)
def test_standing_canonical(name: str, expected: str) -> None:
    assert canonical_agency(name) == expected
