"""Agency finder, session 8: names with a remit that holds "và", a comma or "về", the
standing body of a council, a lower-case "ban" after an office word, the party
organisation of a province's party bodies and numbered units listed with their service
left out. New sentences; negative cases must keep their old answers."""

from __future__ import annotations

import pytest

from tests.agency_views import names
from ttcorpus.extract.agencies import find_agencies


def found(text: str) -> list[tuple[str, str]]:
    return [(a.name, a.canonical) for a in find_agencies(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a council or board named by its remit (compound heads)
        (
            "Sáng nay, Hội đồng Giáo dục quốc phòng và an ninh thành phố Cần Thơ họp.",
            ["Hội đồng Giáo dục quốc phòng và an ninh thành phố Cần Thơ"],
        ),
        (
            "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn huyện Mường Tè trực ban.",
            ["Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn huyện Mường Tè"],
        ),
        (
            "Ban Chỉ huy PCTT và TKCN tỉnh Quảng Trị ra công điện.",
            ["Ban Chỉ huy PCTT và TKCN tỉnh Quảng Trị"],
        ),
        (
            "Đại diện Văn phòng Điều phối Chương trình mục tiêu quốc gia tỉnh Sơn La dự.",
            ["Văn phòng Điều phối Chương trình mục tiêu quốc gia tỉnh Sơn La"],
        ),
        (
            "Quyết định sáp nhập Đảng bộ các cơ quan Đảng thành phố Huế vào Đảng bộ mới.",
            ["Đảng bộ các cơ quan Đảng thành phố Huế"],
        ),
        # a department whose name holds "và" (gazetteer)
        (
            "Lãnh đạo Cục Quản lý nhà và thị trường bất động sản trả lời báo chí.",
            ["Cục Quản lý nhà và thị trường bất động sản"],
        ),
        # a topic opened by "về", maybe after the board's level
        (
            "Ban Chỉ đạo quốc gia về phòng, chống thiên tai đã họp trực tuyến.",
            ["Ban Chỉ đạo quốc gia về phòng, chống thiên tai"],
        ),
        (
            "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực họp phiên thứ 25.",
            ["Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực"],
        ),
        (
            "Huyện kiện toàn Ban Chỉ đạo về chính sách nhà ở và thị trường bất động sản cấp huyện.",
            ["Ban Chỉ đạo về chính sách nhà ở và thị trường bất động sản cấp huyện"],
        ),
        # "nhà ở" (housing) is a noun: "ở" does not end the tail
        (
            "Ban Quản lý nhà ở công vụ tỉnh Điện Biên họp.",
            ["Ban Quản lý nhà ở công vụ tỉnh Điện Biên"],
        ),
        # a lower-case "ban" after an office word
        ("Bà Lò Thị Mai, Trưởng ban Pháp chế HĐND huyện phát biểu.", ["ban Pháp chế HĐND huyện"]),
        (
            "Ông Vi Văn Hà, Phó Trưởng ban Văn hóa - Xã hội HĐND tỉnh.",
            ["ban Văn hóa - Xã hội HĐND tỉnh"],
        ),
        ("Phó ban Tuyên giáo Huyện ủy chủ trì.", ["ban Tuyên giáo Huyện ủy"]),
        # numbered units listed with the service left out
        (
            "Vùng 2, Vùng 4 và Vùng 5 Hải quân tổ chức huấn luyện.",
            ["Vùng 2", "Vùng 4", "Vùng 5 Hải quân"],
        ),
    ],
)
def test_found_whole(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trưởng ban Pháp chế HĐND huyện", [("ban Pháp chế HĐND huyện",
                                             "Ban Pháp chế Hội đồng nhân dân huyện")]),
        ("Vùng 1 và Vùng 3 Hải quân", [("Vùng 1", "Vùng 1 Hải quân"),
                                      ("Vùng 3 Hải quân", "Vùng 3 Hải quân")]),
        # the standing body of a council
        ("Thường trực HĐND huyện Krông Pắc giám sát.", [
            ("Thường trực HĐND huyện Krông Pắc",
             "Thường trực Hội đồng nhân dân huyện Krông Pắc")]),
        ("Thường trực Hội đồng nhân dân xã họp.", [
            ("Thường trực Hội đồng nhân dân xã", "Thường trực Hội đồng nhân dân xã")]),
    ],
)
def test_canonical(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Thường trực" after an office word is part of the office
        ("Ông Hà, Phó Chủ tịch Thường trực HĐND tỉnh phát biểu.", ["HĐND tỉnh"]),
        ("Chủ tịch Thường trực Hội đồng nhân dân huyện dự.", ["Hội đồng nhân dân huyện"]),
        # and before a party committee it is an office too (unchanged)
        ("Phó Bí thư Thường trực Thành ủy Cần Thơ dự.", ["Thành ủy Cần Thơ"]),
        ("Thường vụ Huyện ủy họp.", ["Thường vụ Huyện ủy"]),
        # "Trưởng Ban" keeps its capitalised start phrase (unchanged)
        ("Trưởng Ban Chỉ đạo phòng, chống tội phạm tỉnh dự.", [
            "Ban Chỉ đạo phòng, chống tội phạm tỉnh"]),
        # a lower-case "ban" with no name after it, or with no office word, is no body
        ("Trưởng ban tổ chức hội thi phát biểu.", []),
        ("các ban, ngành và ban Dân vận", []),
        # "về" that opens no topic
        ("Ban Chỉ đạo về thăm huyện Mèo Vạc.", ["Ban Chỉ đạo"]),
        ("Ban Chỉ đạo về dự hội nghị tại xã.", ["Ban Chỉ đạo"]),
        ("Ban Chỉ đạo quốc gia về làm việc với tỉnh.", ["Ban Chỉ đạo quốc gia"]),
        # "ở" (at) after other words still ends a name
        ("Cục Thuế ở tỉnh này", ["Cục Thuế"]),
        # "Vùng" and a number alone, not listed before the service, is no unit
        ("Vùng 1 áp dụng mức lương tối thiểu mới; Vùng 2 Hải quân", ["Vùng 2 Hải quân"]),
        ("Vùng 3, Vùng Cảnh sát biển 2 tuần tra.", ["Vùng Cảnh sát biển 2"]),
        # a generic locality after the remit still drops the body (unchanged)
        ("Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn các huyện trực ban.", []),
    ],
)
def test_unchanged_or_left_out(text: str, expected: list[str]) -> None:
    assert names(text) == expected
