"""Session 10 (pe3): a board's whole name over the commas of its topic, a bare office
before a verb after a fronted clause (the next clause's subject), Khmer given names
that are never Kinh ones ("Chau Ty"), and two offices before a foreign name."""

from __future__ import annotations

import pytest

from ttcorpus.extract.people import find_people


def _people(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(p.name, p.titles) for p in find_people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a board whose topic holds commas: the office takes the board's whole name
        (
            "Ông Trần Quốc Bảo, Trưởng Ban Chỉ đạo tỉnh về phát triển khoa học, công nghệ, "
            "đổi mới sáng tạo và chuyển đổi số chủ trì buổi làm việc.",
            [
                (
                    "Trần Quốc Bảo",
                    (
                        "Ông",
                        "Trưởng Ban Chỉ đạo tỉnh về phát triển khoa học, công nghệ, "
                        "đổi mới sáng tạo và chuyển đổi số",
                    ),
                )
            ],
        ),
        (
            "Đồng chí Lê Minh Hải, Trưởng Ban Chỉ đạo nhà nước các công trình, dự án "
            "quan trọng quốc gia, ngành năng lượng kiểm tra tiến độ.",
            [
                (
                    "Lê Minh Hải",
                    (
                        "Đồng chí",
                        "Trưởng Ban Chỉ đạo nhà nước các công trình, dự án quan trọng quốc "
                        "gia, ngành năng lượng",
                    ),
                )
            ],
        ),
        # negative: a board with no comma in its name, then a second office
        (
            "Ông Võ Văn Tài, Trưởng Ban Chỉ đạo phòng chống thiên tai tỉnh, Giám đốc Sở "
            "Nông nghiệp cho biết.",
            [
                (
                    "Võ Văn Tài",
                    ("Ông", "Trưởng Ban Chỉ đạo phòng chống thiên tai tỉnh",
                     "Giám đốc Sở Nông nghiệp"),
                )
            ],
        ),
        # a bare office before a verb after a fronted clause: the next clause's subject
        (
            "Tiếp ông Đỗ Văn Khánh, Thủ tướng đánh giá cao những đóng góp của doanh nghiệp.",
            [("Đỗ Văn Khánh", ("ông",))],
        ),
        (
            "Tiếp Bộ trưởng Quốc phòng Lào Chansamone Chanyalath, Chủ tịch nước khẳng định "
            "quan hệ đặc biệt.",
            [("Chansamone Chanyalath", ("Bộ trưởng Quốc phòng Lào",))],
        ),
        # negative: the name opens the sentence, or the office has its body
        (
            "Ông Đỗ Văn Khánh, Giám đốc Sở Xây dựng cho biết tiến độ đạt yêu cầu.",
            [("Đỗ Văn Khánh", ("Ông", "Giám đốc Sở Xây dựng"))],
        ),
        (
            "Ông Đỗ Văn Khánh, Giám đốc cho biết công ty đã hoàn thành kế hoạch.",
            [("Đỗ Văn Khánh", ("Ông", "Giám đốc"))],
        ),
        (
            "Gặp ông Đỗ Văn Khánh, Chủ tịch UBND xã cho biết mùa màng bội thu.",
            [("Đỗ Văn Khánh", ("ông", "Chủ tịch UBND xã"))],
        ),
        (
            "Tổ công tác do ông Đỗ Văn Khánh, Trưởng ban trực tiếp chỉ đạo.",
            [("Đỗ Văn Khánh", ("ông", "Trưởng ban"))],
        ),
        (
            "Chuyên án do Thượng tá Đỗ Văn Khánh, Trưởng Công an huyện làm Trưởng ban.",
            [("Đỗ Văn Khánh", ("Thượng tá", "Trưởng Công an huyện", "Trưởng ban"))],
        ),
        # a Khmer given name that is never a Kinh one, after a Khmer family name
        (
            "Đại đức Chau Sa, trụ trì chùa, cùng ông Chau Ty tặng quà cho bà con.",
            [("Chau Sa", ("Đại đức",)), ("Chau Ty", ("ông",))],
        ),
        ("Theo ông Danh Ty, vụ lúa năm nay đạt năng suất cao.", [("Danh Ty", ("ông",))]),
        # negative: "Ty" after any other word is still no name
        ("Ông Trần Ty dự lễ khánh thành.", []),
        # two offices before a foreign name, after "với"
        (
            "Hội đàm với Phó Thủ tướng, Bộ trưởng Ngoại giao Lào Saleumxay Kommasith nhân "
            "dịp chuyến thăm.",
            [("Saleumxay Kommasith", ("Phó Thủ tướng", "Bộ trưởng Ngoại giao Lào"))],
        ),
        (
            "Làm việc với Phó Thủ tướng, Bộ trưởng Bộ Tài chính Hồ Đức Phớc tại Hà Nội.",
            [("Hồ Đức Phớc", ("Phó Thủ tướng", "Bộ trưởng Bộ Tài chính"))],
        ),
        # negative: the addressee's office when the name after it is a subject
        (
            "Báo cáo với Tổng Bí thư, Bí thư Tỉnh ủy Nguyễn Văn Ân cho biết tình hình.",
            [("Nguyễn Văn Ân", ("Bí thư Tỉnh ủy",))],
        ),
    ],
)
def test_people_pe3(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _people(text) == expected
