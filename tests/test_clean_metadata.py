"""Metadata parsers: datelines in every form, titles with a trailing dateline,
bylines, attributions, site names and sections."""

from __future__ import annotations

import pytest

from ttcorpus.clean.metadata import (
    Byline,
    breadcrumb_section,
    is_comment_signature,
    is_time_only_dateline,
    parse_attribution,
    parse_byline,
    parse_dateline,
    parse_place_dateline,
    recase_site_name,
    split_trailing_dateline,
)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # the forms the issue lists
        ("Thứ hai, ngày 20/02/2017 19h09'", "2017-02-20T19:09"),
        ("(10:30 | 24/07/2019)", "2019-07-24T10:30"),
        ("(09:39 12/07/2017)", "2017-07-12T09:39"),
        ("Cập nhật: 08:15, 19/08/2020", "2020-08-19T08:15"),
        ("19/08/2020 08:15 GMT+7", "2020-08-19T08:15"),
        ("Thứ Tư, 19/08/2020 - 08:15", "2020-08-19T08:15"),
        ("Ngày đăng: 19-08-2020", "2020-08-19"),
        # other forms seen on Vietnamese portals
        ("Chủ Nhật, 17/03/2024 14:27 (GMT+07:00)", "2024-03-17T14:27"),
        ("05/01/2023 | 07:45 GMT+7", "2023-01-05T07:45"),
        ("Thứ bảy, 5/1/2023, 7:05 (GMT+7)", "2023-01-05T07:05"),
        ("Thứ Năm, 6/3/2025, 09:10 [GMT+7]", "2025-03-06T09:10"),  # zone in square brackets
        ("Cập nhật lúc 10:15 ngày 12/03/2024", "2024-03-12T10:15"),
        ("Đăng lúc 9 giờ 30 phút ngày 12/3/2024", "2024-03-12T09:30"),
        ("Ngày 12 tháng 3 năm 2024", "2024-03-12"),
        ("2024-03-12 10:15", "2024-03-12T10:15"),
        ("[12.03.2024]", "2024-03-12"),
        ("Posted: 03:20 PM 12/03/2024", "2024-03-12T15:20"),
        ("T5, 14/11/2024 - 6:05", "2024-11-14T06:05"),
        ("Thứ Sáu, 14:20, 05/04/2024", "2024-04-05T14:20"),
        ("Thứ Sáu, 05-04-2024, 18:20", "2024-04-05T18:20"),
        ("Cập nhật: 05/04/2024 lúc 10:20", "2024-04-05T10:20"),
        ("Ngày cập nhật 05/04/2024", "2024-04-05"),
        ("2024-04-05T10:20:00+07:00", "2024-04-05T10:20"),
    ],
)
def test_dateline_forms(text: str, iso: str) -> None:
    assert parse_dateline(text) == iso


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 22/7/2019, Ban Thường vụ Tỉnh ủy ban hành kế hoạch.",  # a body sentence
        "Hội nghị tổng kết ngày 12/03/2024",
        "12/03",  # no year
        "32/13/2024",  # no such date
        "Lượt xem: 2.318",
        "Năm 2024",
        "Kế hoạch số 25/KH-UBND",
    ],
)
def test_not_a_dateline(text: str) -> None:
    assert parse_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Cao Bằng, ngày 02/12/2024", "2024-12-02"),
        ("TP. Cần Thơ, ngày 7 tháng 10 năm 2023", "2023-10-07"),
        ("Cao Bằng, ngày 02/12/2024, tại hội trường Tỉnh ủy", None),  # then a sentence
        ("tại tỉnh Cao Bằng, ngày 02/12/2024", None),  # a place word in lower case
        ("Cao Bằng, 02/12/2024", "2024-12-02"),  # news agencies leave out "ngày"
        ("Cao Bằng, 02/12/2024 tại hội trường", None),  # then words
    ],
)
def test_place_first_dateline(text: str, iso: str | None) -> None:
    assert parse_place_dateline(text) == iso


@pytest.mark.parametrize(
    ("text", "title", "iso"),
    [
        ("Sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW (14:05 03/02/2023)",
         "Sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW", "2023-02-03T14:05"),
        ("Hội nghị Ban Chấp hành (08:00 | 01/10/2022)", "Hội nghị Ban Chấp hành",
         "2022-10-01T08:00"),
        ("Hội nghị Ban Chấp hành - 01/10/2022", "Hội nghị Ban Chấp hành", "2022-10-01"),
    ],
)
def test_title_with_trailing_dateline(text: str, title: str, iso: str) -> None:
    got = split_trailing_dateline(text)
    assert got is not None
    assert (got[0], got[2]) == (title, iso)
    assert got[1] in text


@pytest.mark.parametrize(
    "text",
    ["Quốc phòng - An ninh", "Thành phố Huế (Thừa Thiên Huế)", "Giai đoạn 2021 - 2025"],
)
def test_no_trailing_dateline(text: str) -> None:
    assert split_trailing_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "byline"),
    [
        ("Hoàng Minh", Byline(("Hoàng Minh",))),  # a bare name line
        ("Minh Anh (TTXVN)", Byline(("Minh Anh",), "TTXVN")),
        ("Lê Hà (TTXVN/Vietnam+)", Byline(("Lê Hà",), "TTXVN/Vietnam+")),
        ("Phạm Tuấn/VOV", Byline(("Phạm Tuấn",), "VOV")),
        ("Bài, ảnh: Trần Quang", Byline(("Trần Quang",))),
        ("Tin và ảnh: Ngọc Lan - Hữu Phúc", Byline(("Ngọc Lan", "Hữu Phúc"))),
        ("Thực hiện: Hoài An và Quốc Việt", Byline(("Hoài An", "Quốc Việt"))),
        ("Hà Linh - Bảo Châu", Byline(("Hà Linh", "Bảo Châu"))),
        ("PV", Byline(())),
        ("Nhóm PV", Byline(())),
        ("CTV (TTXVN)", Byline((), "TTXVN")),
        ("PV/TTXVN", Byline((), "TTXVN")),
        ("Minh Anh (tổng hợp)", Byline(("Minh Anh",))),  # a note, not an agency
        # army and police papers: a rank before the name, the name in capitals
        ("Thượng úy LÊ VĂN TÂM (Đồn Biên phòng Ba Sơn)",
         Byline(("Lê Văn Tâm",), "Đồn Biên phòng Ba Sơn")),
        ("Trung tá Đỗ Thị Hằng", Byline(("Đỗ Thị Hằng",))),
        ("Đại úy PHẠM KHÁNH - Thiếu úy VŨ LINH", Byline(("Phạm Khánh", "Vũ Linh"))),
        ("Bài và ảnh: LƯU QUANG VINH", Byline(("Lưu Quang Vinh",))),
        ("ThS. Hoàng Thu Trang", Byline(("Hoàng Thu Trang",))),  # an academic title
        ("N.T.H", Byline(("N.T.H",))),  # initials
    ],
)
def test_byline_forms(text: str, byline: Byline) -> None:
    assert parse_byline(text) == byline


@pytest.mark.parametrize(
    "text",
    ["Xây dựng Đảng", "Tin liên quan", "Thời sự | Xã hội", "Theo TTXVN",
     "Hội nghị kết thúc.", "Ông Trần Văn Bình cho biết", "UBND TỈNH",
     "Thượng tá Đinh Văn Long kiểm tra công tác huấn luyện",  # a sentence about him
     "BAN CHỈ ĐẠO TỈNH",  # capitals with no rank or lead: not a name
     "TP.HCM", "UBND",  # abbreviations, not initials
     "Đại tá"],
)
def test_not_a_byline(text: str) -> None:
    assert parse_byline(text) is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Theo Báo Nhân Dân", "Báo Nhân Dân"),
        ('Theo "Cổng thông tin điện tử Chính phủ"', "Cổng thông tin điện tử Chính phủ"),
        ("Theo “Báo Quân đội nhân dân”", "Báo Quân đội nhân dân"),
        ("Nguồn: VOV", "VOV"),
        ("Nguồn: baochinhphu.vn", "baochinhphu.vn"),
        ("(Theo TTXVN)", "TTXVN"),
        # a wire agency alone in brackets, the way wire copy ends
        ("(VNA/Vietnam+)", "VNA/Vietnam+"),
        ("(PANO)", "PANO"),
    ],
)
def test_attribution_forms(text: str, source: str) -> None:
    assert parse_attribution(text) == source


@pytest.mark.parametrize(
    "text",
    [
        "Theo đó, Ban Thường vụ yêu cầu các cấp ủy tăng cường kiểm tra",
        "Theo kế hoạch, hội nghị kéo dài hai ngày.",
        "Theo Ban Tổ chức, năm nay có 500 vận động viên tham gia giải chạy",
        "Nguồn lực của tỉnh còn hạn chế",
        "(Còn nữa)",  # a note in brackets, no agency
        "(Ảnh: Hải Nam)",
    ],
)
def test_not_an_attribution(text: str) -> None:
    assert parse_attribution(text) is None


@pytest.mark.parametrize(
    ("name", "page", "want"),
    [
        ("BÁO HẢI PHÒNG", ["© Báo Hải Phòng điện tử"], "Báo Hải Phòng"),
        ("BÁO HẢI PHÒNG", [], "Báo Hải Phòng"),
        ("CỔNG THÔNG TIN ĐIỆN TỬ SỞ Y TẾ", ["Theo Sở Y tế, …"], "Cổng thông tin điện tử Sở Y tế"),
        ("Cổng thông tin điện tử Gia Lai", [], "Cổng thông tin điện tử Gia Lai"),
        ("ĐẠI ĐOÀN KẾT", ["trong khối đại đoàn kết"], "Đại đoàn kết"),  # lower-case use skipped
        # a known body's name (data/agencies.tsv, abbreviations.tsv) as the tail
        ("CỔNG THÔNG TIN ĐIỆN TỬ BỘ NỘI VỤ", [], "Cổng thông tin điện tử Bộ Nội vụ"),
        ("ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ QUỐC VIỆT NAM", ["Ủy ban Trung ương MTTQ Việt Nam họp"],
         "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
        ("TRANG TIN ĐIỆN TỬ ỦY BAN NHÂN DÂN", [], "Trang tin điện tử Ủy ban nhân dân"),
        # … and inside it, with the proper names that end bodies' names
        ("CỔNG THÔNG TIN ĐIỆN TỬ BỘ CÔNG THƯƠNG VIỆT NAM", [],
         "Cổng thông tin điện tử Bộ Công Thương Việt Nam"),
        ("TẠP CHÍ KINH TẾ VIỆT NAM", [], "Tạp chí kinh tế Việt Nam"),
    ],
)
def test_recase_site_name(name: str, page: list[str], want: str) -> None:
    assert recase_site_name(name, page) == want


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("Trang chủ » Kinh tế » Nông nghiệp", "Nông nghiệp"),
        ("Tin tức › Hoạt động của Sở", "Hoạt động của Sở"),
        ("Trang chủ", None),
    ],
)
def test_breadcrumb_section(text: str, section: str | None) -> None:
    assert breadcrumb_section(text) == section


@pytest.mark.parametrize(
    ("text", "signed"),
    [
        ("Phạm Thu Hà - 03/12/2024 21:40", True),
        ("hoangnam_89 (03/12/2024)", True),  # a nickname
        ("03/12/2024 21:40 | Phạm Thu Hà", True),
        ("Bạn đọc Quang - 3-12-2024", True),
        ("Phạm Thu Hà", False),  # no date
        ("Ngày 03/12/2024, Ủy ban nhân dân tỉnh ban hành kế hoạch", False),
        ("Kế hoạch số 12/KH-UBND - 03/12/2024 - triển khai", False),
    ],
)
def test_comment_signature(text: str, signed: bool) -> None:
    assert is_comment_signature(text) is signed


@pytest.mark.parametrize(
    ("text", "time_only"),
    [
        ("Cập nhật lúc 10:20", True),
        ("10:20 AM GMT+7", True),
        ("Đăng lúc 9 giờ 30", True),
        ("45 phút trước", True),
        ("(15:20)", True),
        ("10 giờ sáng nay, đoàn công tác đến xã", False),
        ("Cập nhật lúc 10:20, 15/03/2024", False),  # it has a date: a full dateline
        ("Lượt xem: 1.234", False),
    ],
)
def test_time_only_dateline(text: str, time_only: bool) -> None:
    assert is_time_only_dateline(text) is time_only
