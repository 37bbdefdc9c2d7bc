"""Cutting lines where page parts were glued together."""

from __future__ import annotations

import pytest

from ttcorpus.clean import clean_article
from ttcorpus.clean.segment import Page, segment_line


def cut(
    line: str, in_head: bool = False, page: list[str] | None = None
) -> list[tuple[str, str | None]]:
    pieces = segment_line(line, page=Page(page or [line]), in_head=in_head)
    return [(line[p.start : p.end], p.kind) for p in pieces]


def test_row_cells_get_their_own_kinds() -> None:
    assert cut("Ngày đăng: 05/01/2023 - 09:10 | Lượt xem: 1.002") == [
        ("Ngày đăng: 05/01/2023 - 09:10", "dateline"),
        ("Lượt xem: 1.002", "counter"),
    ]
    assert cut("Lượt xem: 87 | Chia sẻ | In trang") == [
        ("Lượt xem: 87", "counter"),
        ("Chia sẻ | In trang", "share"),
    ]


def test_menu_row_is_one_piece() -> None:
    assert cut("Trang chủ | Tin tức | Văn bản | Liên hệ") == [
        ("Trang chủ | Tin tức | Văn bản | Liên hệ", "nav")
    ]
    assert cut("Kinh tế | Xã hội | Giáo dục | Thể thao") == [
        ("Kinh tế | Xã hội | Giáo dục | Thể thao", "nav")
    ]


def test_dateline_across_a_bar_is_not_cut() -> None:
    assert cut("(15:20 | 02/09/2021)") == [("(15:20 | 02/09/2021)", None)]


def test_two_unknown_cells_are_not_a_row() -> None:
    assert cut("Hà Nội | Đà Nẵng") == [("Hà Nội | Đà Nẵng", None)]


def test_title_with_trailing_dateline_in_the_head() -> None:
    assert cut("Khởi công cầu Rạch Miễu 2 (07:30 | 05/01/2023)", in_head=True) == [
        ("Khởi công cầu Rạch Miễu 2", None),
        ("(07:30 | 05/01/2023)", "dateline"),
    ]
    # outside the head a trailing date (a related item) is left alone
    assert cut("Khởi công cầu Rạch Miễu 2 (05/01/2023)") == [
        ("Khởi công cầu Rạch Miễu 2 (05/01/2023)", None)
    ]


FLAT_HEADER = (
    "≡ Trang chủ Kinh tế Xã hội Văn hóa Pháp luật Tìm kiếm Kinh tế "
    "Cà Mau: Khởi công dự án điện gió ngoài khơi 12/03/2024 | 09:30 GMT+7 "
    "Sáng 12/3, tại huyện Ngọc Hiển, UBND tỉnh Cà Mau tổ chức lễ khởi công dự án điện gió "
    "ngoài khơi với tổng vốn đầu tư hơn 4.000 tỷ đồng, công suất 200 MW."
)


def test_flattened_page_header() -> None:
    assert cut(FLAT_HEADER, in_head=True) == [
        ("≡ Trang chủ Kinh tế Xã hội Văn hóa Pháp luật Tìm kiếm", "nav"),
        ("Kinh tế", "section"),
        ("Cà Mau: Khởi công dự án điện gió ngoài khơi", None),
        ("12/03/2024 | 09:30 GMT+7", "dateline"),
        (FLAT_HEADER[FLAT_HEADER.index("Sáng 12/3") :], None),
    ]


@pytest.mark.parametrize("daypart", ["Sáng", "Chiều", "Tối"])
def test_flattened_header_whose_lead_opens_with_a_daypart(daypart: str) -> None:
    """"… 09:30 Sáng 4/1/2025, …": the daypart word opens the lead, not the time."""
    line = (f"≡ Trang chủ Kinh tế Xã hội Tìm kiếm Kinh tế Khởi công cầu vượt sông Hậu "
            f"Ngày đăng: 05/01/2025 09:30 {daypart} 4/1/2025, tại Cần Thơ, UBND thành phố "
            "tổ chức lễ khởi công cây cầu vượt sông với tổng vốn đầu tư hơn 5.000 tỷ đồng.")
    pieces = cut(line, in_head=True)
    assert ("Ngày đăng: 05/01/2025 09:30", "dateline") in pieces
    assert pieces[-1] == (line[line.index(f"{daypart} 4/1") :], None)


def test_flattened_header_under_a_masthead_in_capitals() -> None:
    line = ("BÁO MẪU ĐIỆN TỬ Trang chủ Kinh tế Xã hội Tìm kiếm Kinh tế Khởi công cầu vượt "
            "sông Hậu 05/01/2025 | 09:30 Sáng 4/1, tại Cần Thơ, UBND thành phố tổ chức lễ "
            "khởi công cây cầu vượt sông với tổng vốn đầu tư hơn 5.000 tỷ đồng.")
    assert cut(line, in_head=True)[:4] == [
        ("BÁO MẪU ĐIỆN TỬ", "site"),
        ("Trang chủ Kinh tế Xã hội Tìm kiếm", "nav"),
        ("Kinh tế", "section"),
        ("Khởi công cầu vượt sông Hậu", None),
    ]


def test_flattened_header_only_in_the_head() -> None:
    assert len(cut(FLAT_HEADER, in_head=False)) == 1


BODY_A = "Hội nghị thống nhất nhiều giải pháp để đẩy mạnh chuyển đổi số trong năm tới."
BODY_B = (
    "Theo báo cáo, toàn tỉnh đã có 95% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến, "
    "vượt chỉ tiêu đề ra."
)


def test_caption_with_bracketed_credit_glued_between_sentences() -> None:
    line = f"{BODY_A} Lãnh đạo tỉnh bấm nút khai trương hệ thống. (Ảnh: Quốc Bảo) {BODY_B}"
    assert cut(line) == [
        (BODY_A, None),
        ("Lãnh đạo tỉnh bấm nút khai trương hệ thống. (Ảnh: Quốc Bảo)", "caption"),
        (BODY_B, None),
    ]


def test_caption_with_bare_credit_ends_at_a_known_name() -> None:
    line = f"{BODY_A} Lãnh đạo tỉnh bấm nút khai trương. Ảnh: Quốc Bảo Nhân dịp này, {BODY_B}"
    page = [line, "Quốc Bảo"]  # the byline names the photographer elsewhere
    caption = "Lãnh đạo tỉnh bấm nút khai trương. Ảnh: Quốc Bảo"
    assert cut(line, page=page)[1] == (caption, "caption")


def test_caption_with_bare_credit_ends_before_a_sentence_opener() -> None:
    line = f"{BODY_A} Lãnh đạo tỉnh bấm nút khai trương. Ảnh: Hải Yến Tại buổi lễ, {BODY_B}"
    pieces = cut(line)
    assert pieces[1] == ("Lãnh đạo tỉnh bấm nút khai trương. Ảnh: Hải Yến", "caption")
    assert pieces[2][0].startswith("Tại buổi lễ")


@pytest.mark.parametrize("name", ["Minh Anh", "THANH ĐẠT", "Hồng Thắng"])
def test_a_credit_that_ends_the_line_keeps_its_whole_name(name: str) -> None:
    # the name's last syllable is a common word the page writes in lower case
    line = f"{BODY_A} Lãnh đạo tỉnh trao quà cho các gia đình chính sách. Ảnh: {name}"
    page = [line, "anh em đồng lòng đạt kết quả thắng lợi"]
    assert cut(line, page=page) == [
        (BODY_A, None),
        (f"Lãnh đạo tỉnh trao quà cho các gia đình chính sách. Ảnh: {name}", "caption"),
    ]


def test_a_credit_in_capitals_glued_to_the_next_sentence() -> None:
    line = f"{BODY_A} Lãnh đạo tỉnh tặng quà các hộ nghèo. Ảnh: MINH KHOATại buổi lễ, {BODY_B}"
    pieces = cut(line)
    assert pieces[1] == ("Lãnh đạo tỉnh tặng quà các hộ nghèo. Ảnh: MINH KHOA", "caption")
    assert pieces[2][0] == f"Tại buổi lễ, {BODY_B}"


def test_ad_slot_glued_before_a_sentence() -> None:
    line = f"Quảng cáo {BODY_B} {BODY_A}"
    assert cut(line) == [("Quảng cáo", "ad"), (f"{BODY_B} {BODY_A}", None)]


def test_read_more_teaser_glued_before_a_sentence() -> None:
    line = (
        "Xem thêm: Cà Mau đẩy mạnh phát triển năng lượng tái tạo trong giai đoạn mới "
        f"Trong năm 2024, {BODY_B}"
    )
    pieces = cut(line, page=[line, "điện gió trong tỉnh"])
    assert pieces[0] == (
        "Xem thêm: Cà Mau đẩy mạnh phát triển năng lượng tái tạo trong giai đoạn mới",
        "related",
    )
    assert pieces[1][0].startswith("Trong năm 2024")


def test_end_mark_then_byline_and_buttons() -> None:
    line = f"{BODY_B} {BODY_A}/. Minh Châu Chia sẻ Facebook Zalo Bình luận"
    pieces = segment_line(line, page=Page([line]))
    got = [(line[p.start : p.end], p.kind, p.after_end) for p in pieces]
    assert got == [
        (f"{BODY_B} {BODY_A}/.", None, False),
        ("Minh Châu", None, True),
        ("Chia sẻ Facebook Zalo Bình luận", "share", True),
    ]


def test_pieces_cover_the_line() -> None:
    for line in [FLAT_HEADER, f"Quảng cáo {BODY_B} {BODY_A}"]:
        pieces = segment_line(line, page=Page([line]), in_head=True)
        rest = line
        for p in pieces:
            rest = rest.replace(line[p.start : p.end], " ", 1)
        assert not rest.strip()


@pytest.mark.parametrize(
    ("title_line", "title", "site"),
    [
        ("Đồng Nai khởi công tuyến đường ven sông - Báo Đồng Nai điện tử",
         "Đồng Nai khởi công tuyến đường ven sông", "Báo Đồng Nai điện tử"),
        ("Bộ Tư pháp tổng kết công tác năm – Cổng thông tin điện tử Bộ Tư pháp",
         "Bộ Tư pháp tổng kết công tác năm", "Cổng thông tin điện tử Bộ Tư pháp"),
        # a dash inside the headline before a word that only looks like a site's
        ("Hội nghị tổng kết năm 2024 - Báo cáo kết quả nổi bật",
         "Hội nghị tổng kết năm 2024 - Báo cáo kết quả nổi bật", None),
    ],
)
def test_a_page_title_with_the_site_after_a_dash(
    title_line: str, title: str, site: str | None
) -> None:
    para = ("Sáng 12/3, tại hội trường Ủy ban nhân dân tỉnh, lãnh đạo tỉnh chủ trì hội nghị "
            "với sự tham dự của đại diện các sở, ngành và địa phương trong tỉnh.")
    a = clean_article("\n".join([title_line, para, para.replace("Sáng", "Chiều")]))
    assert (a.title, a.site) == (title, site)


def test_a_head_line_that_is_one_dateline_is_not_cut() -> None:
    assert cut("Cập nhật: 14:30 | 20/11/2024", in_head=True) == [
        ("Cập nhật: 14:30 | 20/11/2024", None)  # one piece: the line rules call it a dateline
    ]
