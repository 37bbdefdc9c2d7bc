"""Agency names from probe round 13: the 2025 party bodies with a comma in the name,
numbered project boards, "xuất cấp" as a clause verb, a verb after a comma ending a
board's topic, and 2025 departments with a lower-case field after "và"."""

from __future__ import annotations

import pytest

from tests.agency_views import names, pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 1. the 2025 party bodies: the comma belongs to the name
        ("Đồng chí A, Trưởng Ban Chính sách, chiến lược Trung ương, dự họp.",
         [("Ban Chính sách, chiến lược Trung ương", "Ban Chính sách, chiến lược Trung ương")]),
        ("Ban Chính sách, Chiến lược TW đã trình đề án.",
         [("Ban Chính sách, Chiến lược TW", "Ban Chính sách, chiến lược Trung ương")]),
        ("Đảng ủy MTTQ, các đoàn thể Trung ương tổ chức hội nghị.",
         [("Đảng ủy MTTQ, các đoàn thể Trung ương",
           "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương")]),
        ("Theo Đảng ủy Mặt trận Tổ quốc, các đoàn thể TW, kế hoạch đã xong.",
         [("Đảng ủy Mặt trận Tổ quốc, các đoàn thể TW",
           "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương")]),
        # 5. 2025 departments with a lower-case field after "và"
        ("Cục Quản lý và Xây dựng công trình thủy lợi kiểm tra đê.",
         [("Cục Quản lý và Xây dựng công trình thủy lợi",
           "Cục Quản lý và Xây dựng công trình thủy lợi")]),
        ("Theo Cục Nhà giáo và Cán bộ quản lý giáo dục, số giáo viên thiếu tăng.",
         [("Cục Nhà giáo và Cán bộ quản lý giáo dục", "Cục Nhà giáo và Cán bộ quản lý giáo dục")]),
        ("Cục An toàn bức xạ và hạt nhân cấp phép.",
         [("Cục An toàn bức xạ và hạt nhân", "Cục An toàn bức xạ và hạt nhân")]),
    ],
)
def test_whole_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # must not change: two bodies in a comma list; other departments after "và"
        ("Ban Tổ chức, Ban Tuyên giáo Trung ương phối hợp.",
         ["Ban Tổ chức", "Ban Tuyên giáo Trung ương"]),
        ("Ban Chính sách tỉnh họp.", ["Ban Chính sách tỉnh"]),
        ("Cục Thuế và người dân cùng đối thoại.", ["Cục Thuế"]),
        ("Vụ Pháp chế và Quản lý khoa học chủ trì.", ["Vụ Pháp chế và Quản lý khoa học"]),
        # 2. a project board's number is part of its name
        ("Ban Quản lý dự án 85 bàn giao mặt bằng.", ["Ban Quản lý dự án 85"]),
        ("Giám đốc Ban Quản lý dự án 6, ông B, cho biết.", ["Ban Quản lý dự án 6"]),
        ("Ban Quản lý dự án 2 Bộ Xây dựng họp.", ["Ban Quản lý dự án 2 Bộ Xây dựng"]),
        # must not change: a date, a figure, a named board
        ("Ban Quản lý dự án 7/2024 chưa họp.", ["Ban Quản lý dự án"]),
        ("Ban Quản lý dự án 1.500 tỷ đồng.", ["Ban Quản lý dự án"]),
        ("Ban Quản lý dự án Mỹ Thuận bàn giao.", ["Ban Quản lý dự án Mỹ Thuận"]),
        # 3. "xuất cấp" (issue from the reserve) is a clause verb
        ("Bộ giao Cục Dự trữ Nhà nước khu vực Hà Tĩnh xuất cấp 30 tấn gạo.",
         ["Cục Dự trữ Nhà nước khu vực Hà Tĩnh"]),
        ("Cục Trồng trọt và Bảo vệ thực vật xuất cấp giống lúa.",
         ["Cục Trồng trọt và Bảo vệ thực vật"]),
        ("Cục Xuất nhập khẩu cho biết.", ["Cục Xuất nhập khẩu"]),
        # 4. a verb after a comma ends a board's topic
        ("Ban Chỉ đạo về phát triển du lịch, văn hóa, tập trung vào ba nhiệm vụ.",
         ["Ban Chỉ đạo về phát triển du lịch, văn hóa"]),
        ("Ban Chỉ đạo phòng, chống ma túy, góp phần giữ vững an ninh.",
         ["Ban Chỉ đạo phòng, chống ma túy"]),
        # must not change: a topic's comma list of fields
        ("Ban Chỉ đạo về phòng, chống thiên tai, tìm kiếm cứu nạn tỉnh họp.",
         ["Ban Chỉ đạo về phòng, chống thiên tai, tìm kiếm cứu nạn tỉnh"]),
        ("Ban Chỉ đạo phòng, chống tội phạm và tệ nạn xã hội tỉnh họp.",
         ["Ban Chỉ đạo phòng, chống tội phạm và tệ nạn xã hội tỉnh"]),
    ],
)
def test_name_ends(text: str, expected: list[str]) -> None:
    assert names(text) == expected
