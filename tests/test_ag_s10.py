"""Agency rules of session 10: names that hold an inner "và", comma or dash (comma
phrases, a department's activity after a dash, a plural topic's comma list), a place
after a committee inside a mention, highland personal names after a locality, and the
cached facts of ``_placed_short_names``."""

from __future__ import annotations

import pytest

from tests.agency_views import names, pairs
from ttcorpus.extract.agencies import _level_facts, _placed_short_names, find_agencies
from ttcorpus.models import Agency


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "và" and a capitalised comma phrase open a second field of one name
        ("Lãnh đạo Cục Quản lý đê điều và Phòng, chống thiên tai đã kiểm tra đê.",
         ["Cục Quản lý đê điều và Phòng, chống thiên tai"]),
        ("Bộ giao Cục Quản lý đê điều và Phòng, chống thiên tai, Cục Thủy lợi rà soát.",
         ["Cục Quản lý đê điều và Phòng, chống thiên tai", "Cục Thủy lợi"]),
        # a comma phrase's second half after a department's field
        ("Vụ Giáo dục chính trị và Công tác học sinh, sinh viên hướng dẫn các trường.",
         ["Vụ Giáo dục chính trị và Công tác học sinh, sinh viên"]),
        # a department's activity after a dash keeps its object
        ("Ông Hùng, Cục trưởng Cục Kinh tế - Quản lý đầu tư xây dựng, cho biết.",
         ["Cục Kinh tế - Quản lý đầu tư xây dựng"]),
        ("Cục Kinh tế - Quản lý đầu tư xây dựng chủ trì thẩm định.",
         ["Cục Kinh tế - Quản lý đầu tư xây dựng"]),
        # a board's plural topic with a comma list, a clause verb after it
        ("Ban Quản lý các khu du lịch, khu kinh tế tổng hợp số liệu hằng tháng.",
         ["Ban Quản lý các khu du lịch, khu kinh tế"]),
        ("Ban Quản lý các khu du lịch tỉnh Quảng Bình họp.",
         ["Ban Quản lý các khu du lịch tỉnh Quảng Bình"]),
    ],
)
def test_inner_joints_kept(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two bodies stay two
        ("Bộ Công an và Bộ Quốc phòng ký quy chế.", ["Bộ Công an", "Bộ Quốc phòng"]),
        ("Sở Y tế, Sở Giáo dục và Đào tạo cùng dự.", ["Sở Y tế", "Sở Giáo dục và Đào tạo"]),
        ("Ban Tuyên giáo - Dân vận Tỉnh ủy họp.", ["Ban Tuyên giáo - Dân vận Tỉnh ủy"]),
        # a lower-case "phòng, chống" after "và" is a clause, a capitalised body a new name
        ("Sở Y tế và phòng, chống dịch là trọng tâm.", ["Sở Y tế"]),
        ("Cục Quản lý đê điều và Phòng Kỹ thuật họp.", ["Cục Quản lý đê điều", "Phòng Kỹ thuật"]),
        # a field after a dash that names no activity, and a verb after one
        ("Vụ Kế hoạch - Tài chính thuộc Bộ Tài chính họp.",
         ["Vụ Kế hoạch - Tài chính", "Bộ Tài chính"]),
        ("Vụ Tổ chức - Cán bộ tham mưu cho Bộ trưởng.", ["Vụ Tổ chức - Cán bộ"]),
        # a half of a comma phrase with no second half
        ("Vụ Công tác học sinh, các trường đại học họp.", ["Vụ Công tác học sinh"]),
        # a body's abbreviation after a comma or "và" opens the next body, not the topic
        ("Ban Chỉ đạo phòng, chống dịch, UBND tỉnh và Sở Y tế họp.",
         ["Ban Chỉ đạo phòng, chống dịch", "UBND tỉnh", "Sở Y tế"]),
        ("Ban Chỉ đạo phòng chống dịch và UBND huyện họp.",
         ["Ban Chỉ đạo phòng chống dịch", "UBND huyện"]),
        ("Ban Chỉ đạo phòng, chống dịch, UBND các huyện họp.",
         ["Ban Chỉ đạo phòng, chống dịch"]),
        # a capitalised "Tổng hợp" still names a department
        ("Phòng Tổng hợp và Vụ Tổng hợp họp.", ["Phòng Tổng hợp", "Vụ Tổng hợp"]),
        # a plural body before a list of places names no one body (generic, dropped)
        ("Đoàn làm việc tại UBND các huyện Tư Nghĩa, Mộ Đức và thị xã Đức Phổ.", []),
    ],
)
def test_separate_bodies_stay_separate(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place after a territorial committee inside the mention
        ("Sáng 3/5, Ban Thường vụ Thành ủy Hạ Long làm việc với các phường.",
         [("Ban Thường vụ Thành ủy Hạ Long", "Ban Thường vụ Thành ủy Hạ Long")]),
        ("Ban Tuyên giáo Thành ủy Hạ Long và Ban Thường vụ Thị ủy Đông Triều họp.",
         [("Ban Tuyên giáo Thành ủy Hạ Long", "Ban Tuyên giáo Thành ủy Hạ Long"),
          ("Ban Thường vụ Thị ủy Đông Triều", "Ban Thường vụ Thị ủy Đông Triều")]),
        # a full name after a committee is still a person
        ("Ban Thường vụ Thành ủy Lương Nguyễn Minh Triết dự.",
         [("Ban Thường vụ Thành ủy", "Ban Thường vụ Thành ủy")]),
        ("Ủy ban Kiểm tra Huyện ủy Lê Văn Hùng phát biểu.",
         [("Ủy ban Kiểm tra Huyện ủy", "Ủy ban Kiểm tra Huyện ủy")]),
        # a party committee with no level keeps the person check
        ("Ban Thường vụ Đảng ủy Lê Hùng họp.",
         [("Ban Thường vụ Đảng ủy", "Ban Thường vụ Đảng ủy")]),
    ],
)
def test_place_after_a_committee(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a highland name after a locality word is a person
        ("Phó Chủ tịch HĐND tỉnh Ksor H'Lim Nay ghi nhận ý kiến.", ["HĐND tỉnh"]),
        ("Chủ tịch UBND huyện Rơ Mah Thông Kpă phát biểu.", ["UBND huyện"]),
        ("Chủ tịch UBND tỉnh Siu Hoa Nay làm việc.", ["UBND tỉnh"]),
        # highland places with an apostrophe or two syllables stay places
        ("UBND huyện Cư M'gar và UBND huyện Ea H'leo họp.",
         ["UBND huyện Cư M'gar", "UBND huyện Ea H'leo"]),
        ("UBND huyện M'Đrắk và UBND xã Ia Rsai họp.", ["UBND huyện M'Đrắk", "UBND xã Ia Rsai"]),
        ("Công an huyện Krông Pa và UBND tỉnh Gia Lai họp.",
         ["Công an huyện Krông Pa", "UBND tỉnh Gia Lai"]),
    ],
)
def test_highland_names_after_a_locality(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("canonical", "facts"),
    [
        ("Ủy ban nhân dân tỉnh", (True, "", "", "")),
        ("Ban Thường vụ Tỉnh ủy", (True, "", "", "")),
        ("Tỉnh ủy Gia Lai", (False, "Tỉnh ủy", "tỉnh", "gia lai")),
        ("Ủy ban nhân dân tỉnh Gia Lai", (False, "Ủy ban nhân dân tỉnh", "tỉnh", "gia lai")),
        ("Bộ Công an", (False, "", "", "")),
    ],
)
def test_level_facts(canonical: str, facts: tuple[bool, str, str, str]) -> None:
    assert _level_facts(canonical) == facts


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("UBND tỉnh Gia Lai chỉ đạo; UBND tỉnh đã họp", "Ủy ban nhân dân tỉnh Gia Lai"),
        ("UBND tỉnh Gia Lai, UBND tỉnh Kon Tum; UBND tỉnh đã họp", "Ủy ban nhân dân tỉnh"),
        ("Tỉnh ủy Bình Định; UBND tỉnh Đắk Lắk; UBND tỉnh đã họp", "Ủy ban nhân dân tỉnh"),
        # another body's place alone gives the short form no place
        ("Tỉnh ủy Gia Lai chỉ đạo; UBND tỉnh đã họp", "Ủy ban nhân dân tỉnh"),
        ("Bộ Công an họp", "Bộ Công an"),
    ],
)
def test_placed_short_names(text: str, last: str) -> None:
    assert find_agencies(text)[-1].canonical == last


def test_placed_short_names_without_shorts_returns_the_list() -> None:
    out = [Agency("Bộ Công an", 0, 10, "Bộ Công an", "Bộ Công an")]
    assert _placed_short_names(out) is out
