"""Agencies: fixes from the probe pages of session 8 (probe11), with cases that must not
change."""

from __future__ import annotations

import pytest

from tests.agency_views import canonicals as _canonicals
from tests.agency_views import names as _names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # clause verbs end a name (stops and cut verbs)
        ("Ủy ban Kiểm tra Huyện ủy kết luận: đồng chí X có vi phạm.", ["Ủy ban Kiểm tra Huyện ủy"]),
        ("Hội Nông dân xã duy trì sinh hoạt định kỳ.", ["Hội Nông dân xã"]),
        ("Ban Tuyên giáo Tỉnh ủy truyền đạt nghị quyết.", ["Ban Tuyên giáo Tỉnh ủy"]),
        (
            "Ban Thường vụ Tỉnh ủy thi hành kỷ luật Ban Thường vụ Huyện ủy Nghi Lộc.",
            ["Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Huyện ủy Nghi Lộc"],
        ),
        ("Ban Dân vận Đảng ủy Khối giới thiệu tài liệu.", ["Ban Dân vận Đảng ủy Khối"]),
        ("Trường Chính trị khu vực I mở lớp.", ["Trường Chính trị khu vực I"]),
        ("Học viện Chính trị khu vực III tổ chức hội thảo.", ["Học viện Chính trị khu vực III"]),
        ("Ông Y, Phó Cục trưởng Cục Việc làm giữ chức Cục trưởng.", ["Cục Việc làm"]),
        # nouns whose syllable is a stop
        ("Cục Quản lý lao động ngoài nước cho biết.", ["Cục Quản lý lao động ngoài nước"]),
        ("Sở Y tế ngoài giờ hành chính vẫn trực.", ["Sở Y tế"]),
        # not changed: a noun with the verb's syllable
        ("Cục Quản lý thi hành án hình sự phối hợp.", ["Cục Quản lý thi hành án hình sự"]),
        ("Đảng ủy Khối các cơ quan tỉnh Bắc Giang họp.",
         ["Đảng ủy Khối các cơ quan tỉnh Bắc Giang"]),
        ("Hội Nông dân Việt Nam huyện Nam Đàn cho biết.", ["Hội Nông dân Việt Nam huyện Nam Đàn"]),
        # a joint office inside a name; a body's committee before a board's topic
        (
            "Chi bộ Văn phòng HĐND và UBND huyện Nam Đàn tổ chức đại hội.",
            ["Chi bộ Văn phòng HĐND và UBND huyện Nam Đàn"],
        ),
        (
            "Ban Chỉ đạo của Tỉnh ủy về chuyển đổi số họp phiên thứ nhất.",
            ["Ban Chỉ đạo của Tỉnh ủy về chuyển đổi số"],
        ),
        ("Ban Chỉ đạo của Tỉnh ủy họp.", ["Ban Chỉ đạo", "Tỉnh ủy"]),
        # a country closes a name
        (
            "Học viện Chính trị và Hành chính quốc gia Campuchia cử đoàn sang.",
            ["Học viện Chính trị và Hành chính quốc gia Campuchia"],
        ),
        # bodies named by their type with a lower-case field
        ("đại diện Trạm Y tế xã, trường tiểu học dự họp.", ["Trạm Y tế xã"]),
        ("Sở Nội vụ và Trường Chính trị tỉnh mở lớp.", ["Sở Nội vụ", "Trường Chính trị tỉnh"]),
        (
            "Chi nhánh Văn phòng đăng ký đất đai huyện Mường La cấp giấy.",
            ["Văn phòng đăng ký đất đai huyện Mường La"],
        ),
        ("Đảng ủy các cơ quan Đảng tỉnh Hà Nam họp.", ["Đảng ủy các cơ quan Đảng tỉnh Hà Nam"]),
        ("sự lãnh đạo của Ban cán sự đảng, lãnh đạo Bộ.", ["Ban cán sự đảng"]),
        ("Phó Trưởng đoàn đại biểu Quốc hội tỉnh Hà Tĩnh phát biểu.",
         ["đoàn đại biểu Quốc hội tỉnh Hà Tĩnh"]),
        ("Trưởng đoàn đại biểu tham dự.", []),
        # a person after a locality word
        ("Chủ tịch UBND huyện Lê Thu Trang cho biết.", ["UBND huyện"]),
        ("Phó Chủ tịch UBND thành phố Vũ Hằng cho biết.", ["UBND thành phố"]),
        ("UBND quận Phạm Nga Dung cho biết.", ["UBND quận"]),
        # not changed: places
        ("UBND huyện Hoàng Su Phì cho biết.", ["UBND huyện Hoàng Su Phì"]),
        ("UBND thành phố Cao Lãnh cho biết.", ["UBND thành phố Cao Lãnh"]),
        ("UBND thành phố Hà Tĩnh cho biết.", ["UBND thành phố Hà Tĩnh"]),
        ("UBND phường Hoàng Hoa Thám cho biết.", ["UBND phường Hoàng Hoa Thám"]),
    ],
)
def test_names(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "canonicals"),
    [
        (
            "Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào dự lễ.",
            ["Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào"],
        ),
        ("Đoàn cán bộ Đảng NDCM Lào cử người dự.", ["Đảng Nhân dân Cách mạng Lào"]),
        ("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy dự lễ.",
         ["Ban Chấp hành Trung ương Đảng", "Tỉnh ủy"]),
        (
            "Ban Tổ chức Trung ương Đảng Cộng sản Cuba mở lớp.",
            ["Ban Tổ chức Trung ương Đảng Cộng sản Cuba"],
        ),
        # a list of bare bodies shares the locality of the last one
        (
            "Đảng ủy, HĐND, UBND và Ủy ban MTTQ xã Ea Sol họp.",
            ["Đảng ủy xã Ea Sol", "Hội đồng nhân dân xã Ea Sol", "Ủy ban nhân dân xã Ea Sol",
             "Ủy ban Mặt trận Tổ quốc Việt Nam xã Ea Sol"],
        ),
        (
            "Đảng ủy - HĐND - UBND phường Tân Lập trao quà.",
            ["Đảng ủy phường Tân Lập", "Hội đồng nhân dân phường Tân Lập",
             "Ủy ban nhân dân phường Tân Lập"],
        ),
        # not clean: a located body in between keeps its own
        (
            "Đảng ủy, UBND huyện Mê Linh và UBND xã Tiến Thắng họp.",
            ["Đảng ủy huyện Mê Linh", "Ủy ban nhân dân huyện Mê Linh",
             "Ủy ban nhân dân xã Tiến Thắng"],
        ),
        # a short name given in brackets
        (
            "Ban Quản lý dự án đầu tư xây dựng huyện Đông Sơn (sau đây gọi tắt là Ban QLDA) "
            "làm chủ đầu tư; Ban QLDA chưa lập hồ sơ.",
            ["Ban Quản lý dự án đầu tư xây dựng huyện Đông Sơn"] * 3,
        ),
        ("Ban QLDA huyện Nga Sơn (Ban QLDA) làm chủ đầu tư.",
         ["Ban QLDA huyện Nga Sơn", "Ban QLDA"]),
    ],
)
def test_canonicals(text: str, canonicals: list[str]) -> None:
    assert _canonicals(text) == canonicals
