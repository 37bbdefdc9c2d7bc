"""Opinion-piece bylines: the author's name with an academic title or rank, then the
author's office or institute, on the same line or the next. Neither is the title."""

from __future__ import annotations

import pytest

from ttcorpus.clean import clean_article
from ttcorpus.clean.metadata import Byline, is_affiliation, parse_byline


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("TS. LÊ THỊ THU HÀ - Phó Viện trưởng Viện Nghiên cứu lập pháp", ("Lê Thị Thu Hà",)),
        ("PGS, TS ĐỖ VĂN HÙNG, Trưởng khoa Xây dựng Đảng, Học viện Báo chí và Tuyên truyền",
         ("Đỗ Văn Hùng",)),
        ("ThS NGUYỄN MINH ĐỨC – Viện Kinh tế Việt Nam", ("Nguyễn Minh Đức",)),
        ("Thượng tá Phạm Quốc Việt, Phó Chủ nhiệm Chính trị Bộ Tư lệnh Thủ đô",
         ("Phạm Quốc Việt",)),
        ("GS.TSKH VŨ MINH KHƯƠNG - Ủy viên Hội đồng Lý luận Trung ương", ("Vũ Minh Khương",)),
    ],
)
def test_byline_with_office(text: str, authors: tuple[str, ...]) -> None:
    assert parse_byline(text) == Byline(authors)


@pytest.mark.parametrize(
    "text",
    [
        # a headline naming a person and what they are: no rank or academic title,
        # the name not in capitals
        "Đồng chí Trường Chinh - Tổng Bí thư trong những năm kháng chiến",
        "Chủ tịch Hồ Chí Minh - Anh hùng giải phóng dân tộc",
        # the tail is no office
        "TS. NGUYỄN VĂN BÌNH - những suy nghĩ về đổi mới giáo dục",
        "Đại tá TRẦN AN - người lính già giữ rừng",
    ],
)
def test_not_a_byline_with_office(text: str) -> None:
    assert parse_byline(text) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Viện Triết học, Viện Hàn lâm Khoa học xã hội Việt Nam", True),
        ("Trường Đại học Kinh tế quốc dân", True),
        ("Phó Trưởng Ban Tuyên giáo Tỉnh ủy Bình Định", True),
        ("Giám đốc Sở Khoa học và Công nghệ tỉnh Yên Bái", True),
        ("Viện Triết học đã tổ chức hội thảo.", False),  # a sentence
        ("Phó Giám đốc", False),  # too short to name an office
        ("Thời sự, Chính trị, Xã hội", False),  # labels, not bodies
        ("Kinh tế và những vấn đề đặt ra", False),
    ],
)
def test_is_affiliation(text: str, want: bool) -> None:
    assert is_affiliation(text) is want


_BODY = (
    "Trong những năm qua, công tác xây dựng Đảng ở cơ sở đã đạt nhiều kết quả quan "
    "trọng, góp phần giữ vững ổn định chính trị và thúc đẩy phát triển kinh tế - xã hội "
    "ở các địa phương.\n\n"
    "Tuy nhiên, chất lượng sinh hoạt ở một số nơi chưa cao, nội dung còn đơn điệu, "
    "chưa gắn với những vấn đề thực tiễn mà người dân quan tâm."
)


@pytest.mark.parametrize(
    ("head", "authors", "attribution"),
    [
        (  # name with an academic title, the institutes on the next line
            "PGS, TS PHAN VĂN LONG\nViện Chủ nghĩa xã hội khoa học, Học viện Chính trị khu vực I",
            ["Phan Văn Long"],
            "Viện Chủ nghĩa xã hội khoa học, Học viện Chính trị khu vực I",
        ),
        (  # the office on the same line as the name
            "TS. HOÀNG THỊ LAN - Phó Vụ trưởng Vụ Pháp chế, Bộ Giáo dục và Đào tạo",
            ["Hoàng Thị Lan"],
            None,
        ),
        (  # an office phrase on the next line
            "ThS. LÝ QUANG HUY\nPhó Trưởng phòng Tổ chức cán bộ, Sở Nội vụ tỉnh Cao Bằng",
            ["Lý Quang Huy"],
            "Phó Trưởng phòng Tổ chức cán bộ, Sở Nội vụ tỉnh Cao Bằng",
        ),
    ],
)
def test_byline_and_affiliation_under_the_title(
    head: str, authors: list[str], attribution: str | None
) -> None:
    title = "Đổi mới nội dung sinh hoạt chi bộ ở vùng sâu, vùng xa trong giai đoạn mới"
    page = (f"TẠP CHÍ LÝ LUẬN\nTrang chủ / Nghiên cứu\n\n{title}\n\n{head}\n"
            f"10:15, ngày 12-3-2024\n\n{_BODY}")
    a = clean_article(page)
    assert a.title == title
    assert a.authors == authors
    assert a.attribution == attribution
    assert a.text == _BODY.replace("\n\n", "\n")


@pytest.mark.parametrize(
    "label",
    ["Công đoàn", "Thời sự", "Pháp luật"],  # a label, not a byline: title-cased it reads as a name
)
def test_a_headline_under_a_section_label_is_no_affiliation(label: str) -> None:
    headline = "Tổng Liên đoàn chỉ đạo chăm lo Tết cho đoàn viên, người lao động năm 2025"
    a = clean_article(f"Báo Mẫu\n{label}\n{headline}\n25/10/2024 11:30\n{_BODY}")
    assert a.title == headline
    assert a.section == label and a.attribution is None
