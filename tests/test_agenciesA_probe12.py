"""Where an agency's name ends (probe pages of session 9, round 12): a country or
"nhân dịp" ends a name, "và" goes on only with a field, reporting verbs cut, an office's
lower-case head before the same head capitalised, Hmong names after a committee, a
capitalised topic after "về", a unit's subject then its parent, "hậu cần", a dashed
lower-case field, a zone named by a place, a sentence-final dot and foreign governments.
"""

from __future__ import annotations

import pytest

from tests.agency_views import names, pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 1. a country after a complete name ends it; "nhân dịp", "nhân chuyến", "cử" cut
        ("Bộ Ngoại giao Campuchia nhân dịp này gửi thư.", ["Bộ Ngoại giao Campuchia"]),
        ("Đoàn của Bộ Nội vụ Lào nhân chuyến công tác.", ["Bộ Nội vụ Lào"]),
        ("Bộ Y tế Lào sang làm việc với tỉnh.", ["Bộ Y tế Lào"]),
        ("Bộ Giáo dục Lào cử đoàn sang học tập.", ["Bộ Giáo dục Lào"]),
        ("Cơ quan Phát triển quốc tế Hàn Quốc (KOICA) tài trợ.",
         ["Cơ quan Phát triển quốc tế Hàn Quốc"]),
        # must not change: a country that is a head's own first part, or a word
        ("Vụ Pháp luật quốc tế chủ trì.", ["Vụ Pháp luật quốc tế"]),
        ("Ủy ban Pháp luật Quốc hội họp.", ["Ủy ban Pháp luật Quốc hội"]),
        ("Hội Hữu nghị Việt Nam - Lào tỉnh Hà Tĩnh họp.",
         ["Hội Hữu nghị Việt Nam - Lào tỉnh Hà Tĩnh"]),
        ("Ủy ban Bầu cử tỉnh Nam Định họp.", ["Ủy ban Bầu cử tỉnh Nam Định"]),
        ("Ban Chỉ đạo nhân dân tự quản họp.", ["Ban Chỉ đạo nhân dân tự quản"]),
        # 2. "và" then a noun of a new phrase ends a topic
        ("Ban Quản lý dự án giao thông tỉnh và vụ việc tại xã được nêu.",
         ["Ban Quản lý dự án giao thông tỉnh"]),
        ("Ban Chỉ đạo phòng, chống tội phạm và tệ nạn xã hội tỉnh họp.",
         ["Ban Chỉ đạo phòng, chống tội phạm và tệ nạn xã hội tỉnh"]),
        # 3. reporting verbs end a name
        ("Ủy ban Kiểm tra Huyện ủy thẩm tra hồ sơ.", ["Ủy ban Kiểm tra Huyện ủy"]),
        ("Ban Tổ chức Tỉnh ủy thẩm định hồ sơ nhân sự.", ["Ban Tổ chức Tỉnh ủy"]),
        ("Cục Thẩm định giá họp.", ["Cục Thẩm định giá"]),
        # 4. an office's lower-case head before the same head capitalised
        ("Phó Trưởng ban Ban Dân vận Huyện ủy dự.", ["Ban Dân vận Huyện ủy"]),
        ("Trưởng ban Ban Quản lý Khu công nghiệp tỉnh dự.",
         ["Ban Quản lý Khu công nghiệp tỉnh"]),
        ("Trưởng ban Pháp chế HĐND tỉnh dự.", ["ban Pháp chế HĐND tỉnh"]),
        # 5. a Hmong name after a committee with no locality
        ("Bí thư Huyện ủy Giàng A Páo phát biểu.", ["Huyện ủy"]),
        ("Bí thư Thành ủy Vàng Seo Sử phát biểu.", ["Thành ủy"]),
        ("Huyện ủy Mù Cang Chải họp.", ["Huyện ủy Mù Cang Chải"]),
        ("UBND huyện A Lưới họp.", ["UBND huyện A Lưới"]),
        # 6. a capitalised topic after "về"
        ("Ban Chỉ đạo về Phòng, chống ma túy tỉnh Điện Biên họp.",
         ["Ban Chỉ đạo về Phòng, chống ma túy tỉnh Điện Biên"]),
        ("Ban Chỉ đạo về Phòng Tư pháp họp.", ["Ban Chỉ đạo", "Phòng Tư pháp"]),
        # 8. "hậu cần" is a field
        ("Phòng Hậu cần Công an tỉnh Hà Nam cấp phát.", ["Phòng Hậu cần Công an tỉnh Hà Nam"]),
        ("Cục Hậu cần Quân khu 3 tổ chức.", ["Cục Hậu cần Quân khu 3"]),
        ("Công an tỉnh cần chú ý.", ["Công an tỉnh"]),
        # 9. a dashed lower-case field before a clause
        ("Vụ Pháp luật hình sự - hành chính cho biết.", ["Vụ Pháp luật hình sự - hành chính"]),
        ("Phòng Cảnh sát giao thông - trật tự đã họp.", ["Phòng Cảnh sát giao thông - trật tự"]),
        ("Sở Y tế - cơ quan thường trực cho biết.", ["Sở Y tế"]),
        ("Ban Quản lý dự án - đơn vị được giao.", ["Ban Quản lý dự án"]),
        # 10. a zone named by a place with no locality word
        ("Ban Quản lý Khu kinh tế Đông Nam Nghệ An làm việc.",
         ["Ban Quản lý Khu kinh tế Đông Nam Nghệ An"]),
        ("Ban Quản lý Khu kinh tế cửa khẩu Lào Cai làm việc.",
         ["Ban Quản lý Khu kinh tế cửa khẩu Lào Cai"]),
        ("Ban Quản lý Khu kinh tế Vân Đồn làm việc.", ["Ban Quản lý Khu kinh tế Vân Đồn"]),
        # 11. a sentence-final dot
        ("Văn bản của Huyện ủy và Công an TP.", ["Huyện ủy", "Công an TP"]),
        ("Ý kiến của Công an TP. Các xã đã họp.", ["Công an TP"]),
        ("Công an TP. Hồ Chí Minh họp.", ["Công an TP. Hồ Chí Minh"]),
        ("UBND TP. Từ Sơn họp.", ["UBND TP. Từ Sơn"]),
        ("Ý kiến của Công an TP.\nDòng sau.", ["Công an TP"]),
        ("Lãnh đạo Công an TP. cho biết thêm.", ["Công an TP."]),
    ],
)
def test_name_ends(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 7. a unit named by its subject keeps its parent; a "và" field before a code
        ("Đội Cảnh sát điều tra tội phạm về ma túy Công an huyện Mường Nhé bắt giữ.",
         [("Đội Cảnh sát điều tra tội phạm về ma túy Công an huyện Mường Nhé",
           "Đội Cảnh sát điều tra tội phạm về ma túy Công an huyện Mường Nhé")]),
        ("Phòng Cảnh sát kinh tế Công an tỉnh Sơn La bắt giữ.",
         [("Phòng Cảnh sát kinh tế Công an tỉnh Sơn La",
           "Phòng Cảnh sát kinh tế Công an tỉnh Sơn La")]),
        ("Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Lai Châu (PC04) chủ trì; "
         "PC04 đã bắt.",
         [("Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Lai Châu",
           "Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Lai Châu"),
          ("PC04", "Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Lai Châu")]),
        ("Cục Cảnh sát điều tra tội phạm về ma túy. Công an tỉnh họp.",
         [("Cục Cảnh sát điều tra tội phạm về ma túy", "Cục Cảnh sát điều tra tội phạm về ma túy"),
          ("Công an tỉnh", "Công an tỉnh")]),
        ("Phòng Cảnh sát điều tra tội phạm về kinh tế và chức vụ (PC03) khởi tố.",
         [("Phòng Cảnh sát điều tra tội phạm về kinh tế và chức vụ",
           "Phòng Cảnh sát điều tra tội phạm về kinh tế và chức vụ")]),
        ("Phòng Công tác Đảng và công tác quần chúng (PX03) tổ chức.",
         [("Phòng Công tác Đảng và công tác quần chúng",
           "Phòng Công tác Đảng và công tác quần chúng")]),
        ("Sở Y tế và bệnh viện tỉnh (BV) họp.", [("Sở Y tế", "Sở Y tế")]),
        # 12. a foreign people's government is no Chính phủ
        ("Phó Chủ tịch Chính phủ nhân dân tỉnh Vân Nam tiếp đoàn.",
         [("Chính phủ nhân dân tỉnh Vân Nam", "Chính phủ nhân dân tỉnh Vân Nam")]),
        ("Thủ tướng Chính phủ Việt Nam - Lào chủ trì.", [("Chính phủ", "Chính phủ")]),
    ],
)
def test_name_ends_canonical(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected
