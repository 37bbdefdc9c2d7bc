"""Probe round 13 (cleaner): a comment form's login prompt, a signing unit with commas
in its name, a rank before a signed unit, a body on stage as the last caption,
unlabelled related headlines led by a place, a generic portal label over its body, a
motto under the masthead, a menu tab again above the title."""

from __future__ import annotations

import pytest

from ttcorpus.clean.article import _body_on_stage, _place_headline, clean_article
from ttcorpus.clean.metadata import parse_signature

PARAS = [
    "Sáng 14/9, UBND xã Tân Lập tổ chức hội nghị sơ kết công tác chuyển đổi số 9 tháng "
    "năm 2025. Đồng chí Hà Văn Tám, Chủ tịch UBND xã chủ trì hội nghị.",
    "Theo báo cáo, đến nay toàn xã có 86% hồ sơ thủ tục hành chính được tiếp nhận trực "
    "tuyến, tăng 21% so với cùng kỳ năm trước; 100% cán bộ, công chức sử dụng chữ ký số.",
    "Kết luận hội nghị, đồng chí Hà Văn Tám đề nghị các thôn tiếp tục tuyên truyền để "
    "người dân sử dụng dịch vụ công trực tuyến, hoàn thành chỉ tiêu trước ngày 31/12.",
]
HEAD = ["CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN LẬP", "Trang chủ | Tin tức | Văn bản | Liên hệ",
        "Xã Tân Lập sơ kết công tác chuyển đổi số 9 tháng năm 2025",
        "Ngày đăng: 15/09/2025 | 08:10"]
FOOT = ["Tin liên quan", "Xã Tân Lập ra quân làm đường giao thông nông thôn",
        "Cơ quan chủ quản: UBND xã Tân Lập", "Điện thoại: 0216.3851.222"]


def _page(*middle: str, head: list[str] = HEAD, foot: list[str] = FOOT) -> str:
    return "\n".join([*head, *PARAS, *middle, *foot])


def _kinds(page: str) -> dict[str, str]:
    return {r.text: r.kind for r in clean_article(page).removed}


# ---------------------------------------------------------------------------
# 1. A comment form's login prompt

@pytest.mark.parametrize("prompt", [
    "Bạn chưa đăng nhập. Vui lòng đăng nhập để bình luận.",
    "Vui lòng đăng nhập để gửi bình luận.",
])
def test_login_prompt_leaves_the_byline(prompt: str) -> None:
    page = _page("Minh Khôi", "Ý kiến bạn đọc", prompt)
    a = clean_article(page)
    assert a.authors == ["Minh Khôi"]
    assert prompt not in a.text and PARAS[-1] in a.text


def test_login_words_in_a_paragraph_stay() -> None:
    last = ("Người dân đăng nhập Cổng dịch vụ công quốc gia để nộp hồ sơ, không phải đến "
            "trụ sở UBND xã như trước.")
    a = clean_article(_page(last, "Minh Khôi"))
    assert last in a.text and a.authors == ["Minh Khôi"]


# ---------------------------------------------------------------------------
# 2-3. Signatures with a unit

@pytest.mark.parametrize("line, authors, unit", [
    ("Thu Hà - Trung tâm Văn hóa, Thông tin và Thể thao xã Tân Lập", ("Thu Hà",),
     "Trung tâm Văn hóa, Thông tin và Thể thao xã Tân Lập"),
    ("Minh Đức - Phòng Văn hóa, Khoa học và Thông tin", ("Minh Đức",),
     "Phòng Văn hóa, Khoa học và Thông tin"),
    ("Trung úy Trần Quốc Bảo - Phòng Cảnh sát giao thông", ("Trần Quốc Bảo",),
     "Phòng Cảnh sát giao thông"),
    ("Đại úy NGUYỄN THANH SƠN - Đội Tham mưu", ("Nguyễn Thanh Sơn",), "Đội Tham mưu"),
    ("Thu Hà - Văn phòng Huyện ủy", ("Thu Hà",), "Văn phòng Huyện ủy"),
])
def test_signature_with_unit(line: str, authors: tuple[str, ...], unit: str) -> None:
    found = parse_signature(line)
    assert found is not None and found.authors == authors and found.attribution == unit


@pytest.mark.parametrize("line", [
    "Hà Nội - Trung tâm Văn hóa, Thông tin và Thể thao của cả nước",
    "Thu Hà - Trung tâm Y tế huyện đã tiếp nhận, điều trị cho 12 bệnh nhân",
])
def test_no_signature(line: str) -> None:
    found = parse_signature(line)
    assert found is None or found.attribution is None


def test_rank_without_unit_keeps_no_attribution() -> None:
    found = parse_signature("Thạc sĩ Lê Hoa - Phó Trưởng khoa Luật, Trường Đại học Mỏ")
    assert found is not None and found.authors == ("Lê Hoa",) and found.attribution is None


def test_signed_unit_with_commas_on_a_page() -> None:
    line = "Thu Hà - Trung tâm Văn hóa, Thông tin và Thể thao xã Tân Lập"
    a = clean_article(_page(line))
    assert a.authors == ["Thu Hà"]
    assert a.attribution == "Trung tâm Văn hóa, Thông tin và Thể thao xã Tân Lập"


# ---------------------------------------------------------------------------
# 4. A body on stage, the last picture's caption

@pytest.mark.parametrize("text, expected", [
    ("Ban Chấp hành Đảng bộ xã Tân Lập khóa I ra mắt đại hội.", True),
    ("Ban Thường vụ Đảng ủy phường chụp ảnh lưu niệm với đại biểu.", True),
    ("Ban Chấp hành Đảng bộ xã đã ra mắt đại hội và nhận nhiệm vụ mới.", False),
    ("Công ty Bình Minh ra mắt dòng sản phẩm mới tại thị trường miền Bắc.", False),
    ("Ban Chấp hành ra mắt đại hội, hứa hẹn hoàn thành tốt nhiệm vụ được giao.", False),
    ("Sở Y tế dự kiến triển khai trong tháng 12.", False),
])
def test_body_on_stage(text: str, expected: bool) -> None:
    assert _body_on_stage(text) is expected


def test_stage_caption_before_the_byline() -> None:
    caption = "Ban Chấp hành Đảng bộ xã Tân Lập khóa I ra mắt đại hội."
    a = clean_article(_page(caption, "Minh Khôi"))
    assert caption not in a.text and _kinds(_page(caption, "Minh Khôi"))[caption] == "caption"
    assert a.authors == ["Minh Khôi"] and PARAS[-1] in a.text


def test_closing_sentence_with_a_body_stays() -> None:
    last = "Ban Chấp hành Đảng bộ xã đã ra mắt đại hội và nhận nhiệm vụ mới."
    a = clean_article(_page(last, "Minh Khôi"))
    assert last in a.text


# ---------------------------------------------------------------------------
# 5. Related headlines led by a place, with no label

@pytest.mark.parametrize("text, expected", [
    ("Quảng Trị: Khởi công cầu vượt sông Thạch Hãn mới", True),
    ("Nhóm dự án: 12 công trình", False),
    ("Tổng vốn: Hơn 500 tỷ đồng cho cả giai đoạn", False),
    ("Theo kế hoạch năm nay của tỉnh: Hoàn thành", False),
])
def test_place_headline(text: str, expected: bool) -> None:
    assert _place_headline(text) is expected


def test_unlabelled_teasers_before_tags() -> None:
    heads = ["Lào Cai: Thông xe cầu Bảo Hà mới sau 18 tháng thi công",
             "Yên Bái cũ đón 2 triệu lượt khách trong 6 tháng"]
    a = clean_article(_page(*heads, "Từ khóa: chuyển đổi số, xã Tân Lập"))
    kinds = {r.text: r.kind for r in a.removed}
    assert all(kinds.get(h) == "related" for h in heads)
    assert PARAS[-1] in a.text


def test_closing_lines_with_colons_stay() -> None:
    # the last paragraph ends with a colon: the lines under it are its list
    intro = "Kết quả cụ thể của từng thôn như sau:"
    items = ["Thôn Nà Pồng: 120 hộ sử dụng dịch vụ công trực tuyến",
             "Thôn Khuổi Hẩu: 96 hộ sử dụng dịch vụ công trực tuyến"]
    a = clean_article(_page(intro, *items, "Từ khóa: chuyển đổi số, xã Tân Lập"))
    assert all(i in a.text for i in items)


# ---------------------------------------------------------------------------
# 6. Masthead, motto, section

def test_generic_label_over_the_body() -> None:
    head = ["Cổng thông tin điện tử", "BỘ DÂN TỘC VÀ TÔN GIÁO", "Trang chủ", "Giới thiệu",
            "Tin tức", "Văn bản", "Liên hệ", *HEAD[2:]]
    a = clean_article(_page(head=head))
    assert a.site == "Bộ Dân tộc và Tôn giáo"


def test_outlet_with_its_own_name_stays_the_site() -> None:
    head = ["Cổng thông tin điện tử tỉnh Lạng Sơn", "Trang chủ | Tin tức | Văn bản",
            *HEAD[2:]]
    assert clean_article(_page(head=head)).site == "Cổng thông tin điện tử tỉnh Lạng Sơn"


MENU = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "An ninh trật tự", "Văn bản",
        "Liên hệ"]


def test_motto_is_no_section_and_caps_tab_is() -> None:
    head = ["BỘ CÔNG AN", "CÔNG AN TỈNH LẠNG SƠN", "Vì nhân dân phục vụ", *MENU,
            "TIN TỨC - SỰ KIỆN", *HEAD[2:]]
    a = clean_article(_page(head=head))
    kinds = {r.text: r.kind for r in a.removed}
    assert a.section == "Tin tức - Sự kiện"
    assert kinds["Vì nhân dân phục vụ"] != "section"
    assert a.site == "Công an tỉnh Lạng Sơn"


def test_motto_without_a_label_gives_no_section() -> None:
    head = ["BỘ CÔNG AN", "CÔNG AN TỈNH LẠNG SƠN", "Vì nhân dân phục vụ", *MENU, *HEAD[2:]]
    assert clean_article(_page(head=head)).section is None


def test_section_under_masthead_without_menu_stays() -> None:
    head = ["Báo Lạng Sơn", "Thời sự", *HEAD[2:]]
    assert clean_article(_page(head=head)).section == "Thời sự"


def test_tab_named_more_fully_above_the_title() -> None:
    head = ["BỘ KHOA HỌC VÀ CÔNG NGHỆ", "Trang chủ", "Tin tức", "Chuyển đổi số",
            "Văn bản pháp luật", "Tin tức - Sự kiện", *HEAD[2:]]
    assert clean_article(_page(head=head)).section == "Tin tức - Sự kiện"


def test_last_menu_tab_above_the_title_is_no_section() -> None:
    head = ["BỘ KHOA HỌC VÀ CÔNG NGHỆ", "Trang chủ", "Tin tức", "Chuyển đổi số",
            "Văn bản pháp luật", "Bưu chính - Viễn thông", *HEAD[2:]]
    assert clean_article(_page(head=head)).section is None
