"""Cleaner fixes from the probe pages of session 9 (cleanB): a caption's label on its own
line, a table-of-contents label, short attendance and gift captions after the last
paragraph, menus set one label a line (long repeated tabs, the menu's own links, labels
in capitals under the home link), an English name after a site's name, tags in capitals,
a byline in capitals under a bulleted teaser, "Tin bài khác". New sentences, with cases
that must not change."""

from __future__ import annotations

import pytest

from ttcorpus.clean import boilerplate as bp
from ttcorpus.clean import clean_article
from ttcorpus.clean.article import Unit, _repeated_tabs

HEAD = ["Báo Bình Minh điện tử", "Thời sự Kinh tế Xã hội Pháp luật Văn hóa Thể thao",
        "Thời sự"]
TITLE = "Huyện Yên Lập tổng kết công tác phòng chống thiên tai năm 2024"
DATE = "Thứ Hai, 14/04/2025 09:30"
PARA_1 = ("Sáng 14/4, UBND huyện Yên Lập tổ chức hội nghị tổng kết công tác phòng chống "
          "thiên tai năm 2024, triển khai nhiệm vụ năm 2025 với sự tham dự của các xã.")
PARA_2 = ("Theo báo cáo, năm 2024 toàn huyện gia cố hơn 12 km kè sông, di dời 85 hộ dân "
          "khỏi vùng sạt lở; các công trình thủy lợi đều được kiểm tra trước mùa mưa bão.")
PARA_3 = ("Phát biểu kết luận, Chủ tịch UBND huyện Trần Minh Đức đề nghị các xã rà soát "
          "phương án sơ tán dân, chuẩn bị đủ vật tư và lực lượng tại chỗ trước mùa mưa.")
TAIL = ["Lê Hồng Vân", "Tin liên quan", "Yên Lập ra quân làm thủy lợi đầu xuân",
        "© Bản quyền thuộc Báo Bình Minh"]


def _clean(lines: list[str]):
    return clean_article("\n".join(lines))


def _kinds(article) -> dict[str, str]:
    return {r.text: r.kind for r in article.removed}


def _page(*body: str, tail: list[str] = TAIL) -> list[str]:
    return [*HEAD, TITLE, DATE, *body, *tail]


# -- 1. a caption's label on its own line ----------------------------------------

@pytest.mark.parametrize("label", ["Chú thích ảnh", "Chú thích ảnh:", "CHÚ THÍCH ẢNH",
                                   "Chú thích hình ảnh"])
def test_caption_label_goes_with_its_caption(label: str) -> None:
    caption = "Toàn cảnh hội nghị tổng kết. Ảnh: Minh Phương"
    a = _clean(_page(PARA_1, label, caption, PARA_2, PARA_3))
    assert _kinds(a)[label] == "caption" and _kinds(a)[caption] == "caption"
    assert a.text == "\n".join([PARA_1, PARA_2, PARA_3])


@pytest.mark.parametrize("line", [
    "Chú thích ảnh do phóng viên ghi lại tại hiện trường vụ sạt lở.",
    "Chú thích",
])
def test_longer_lines_with_the_words_stay(line: str) -> None:
    assert not bp.is_caption_label(line, line.count(" ") + 1)


# -- 2. a table-of-contents label ------------------------------------------------

def test_table_of_contents_label_is_a_widget() -> None:
    a = _clean(_page(PARA_1, "Mục lục", PARA_2, PARA_3))
    assert _kinds(a)["Mục lục"] == "widget"
    assert a.text == "\n".join([PARA_1, PARA_2, PARA_3])


def test_sentence_about_a_table_of_contents_stays() -> None:
    line = "Mục lục của bộ sách được sắp xếp theo từng chuyên đề."
    a = _clean(_page(PARA_1, line, PARA_2, PARA_3))
    assert line in a.text


# -- 3. short captions after the last paragraph ----------------------------------

@pytest.mark.parametrize("caption", [
    "Các đại biểu tham dự hội nghị.",
    "Đại biểu dự lễ kỷ niệm",
    "Các đồng chí chụp ảnh lưu niệm cùng các điển hình.",
])
def test_attendance_caption_before_the_byline(caption: str) -> None:
    a = _clean(_page(PARA_1, PARA_2, PARA_3, caption))
    assert _kinds(a)[caption] == "caption"
    assert a.text.endswith(PARA_3)


@pytest.mark.parametrize("closing", [
    "Các đại biểu thống nhất thông qua nghị quyết.",
    "Các đại biểu đã dự buổi lễ.",
    "Các đại biểu góp ý dự thảo quy chế.",
    "Các đại biểu dự hội nghị, thảo luận và thống nhất cao.",
    "Hội nghị kết thúc trong cùng ngày.",
])
def test_closing_sentence_stays(closing: str) -> None:
    a = _clean(_page(PARA_1, PARA_2, PARA_3, closing))
    assert a.text.endswith(closing)


def test_long_gift_caption_without_full_stop() -> None:
    caption = ("Đồng chí Trần Minh Đức trao quà lưu niệm cho ông Kim Jae-won, "
               "Thị trưởng thành phố Suwon, Hàn Quốc")
    a = _clean(_page(PARA_1, PARA_2, PARA_3, caption))
    assert _kinds(a)[caption] == "caption"
    assert a.text.endswith(PARA_3)


def test_long_gift_sentence_with_full_stop_stays() -> None:
    sentence = ("Đồng chí Trần Minh Đức trao quà cho các hộ dân bị ảnh hưởng nặng nề "
                "tại xã Minh Hòa, xã Xuân Thủy và xã Hưng Long của huyện.")
    a = _clean(_page(PARA_1, PARA_2, PARA_3, sentence))
    assert a.text.endswith(sentence)


# -- 4. menus set one label a line -----------------------------------------------

MASTHEAD = ["TẠP CHÍ BÌNH MINH", "Cơ quan của Ban Tuyên giáo Tỉnh ủy", DATE]


def test_long_tab_repeated_above_the_title_is_the_section() -> None:
    tab = "Xây dựng Đảng và hệ thống chính trị"
    menu = ["Trang chủ", "Thời sự", "Kinh tế - Xã hội", tab, "Văn hóa - Văn nghệ",
            "Quốc phòng - An ninh", "Khoa giáo"]
    a = _clean([*MASTHEAD, *menu, tab, TITLE, PARA_1, PARA_2, PARA_3, *TAIL])
    assert a.section == tab
    assert _kinds(a)["Kinh tế - Xã hội"] == "nav"


@pytest.mark.parametrize("lines", [
    ["Thời sự", "Xây dựng Đảng và hệ thống chính trị", "Khoa giáo"],  # once
    ["Thời sự", "Ý kiến", "Thời sự"],  # short: a label anyway
    ["Thời sự", "Sáng 3/4, hội nghị khai mạc tại Hà Nội và các điểm cầu.",
     "Sáng 3/4, hội nghị khai mạc tại Hà Nội và các điểm cầu."],  # too long for a tab
])
def test_no_long_repeated_tab(lines: list[str]) -> None:
    us = [Unit(n, t, 0, t.count(" ") + 1) for n, t in enumerate([*lines, TITLE], 1)]
    assert _repeated_tabs(us, range(len(us)), len(lines)) == set()


@pytest.mark.parametrize("labels", [
    ["Tin tức - Sự kiện", "Văn bản", "Thủ tục hành chính"],
    ["Tin tức", "Thông báo", "Văn bản pháp quy"],
])
def test_labels_before_the_menus_own_links_are_nav(labels: list[str]) -> None:
    menu = ["Trang chủ", "Giới thiệu", *labels, "Hỏi đáp", "Liên hệ", "Tìm kiếm"]
    a = _clean(["SỞ TƯ PHÁP TỈNH BÌNH MINH", DATE, *menu, "Tin hoạt động của Sở", TITLE,
                PARA_1, PARA_2, PARA_3, *TAIL])
    assert all(_kinds(a)[label] == "nav" for label in labels)
    assert a.section == "Tin hoạt động của Sở"


def test_trail_above_the_title_after_tool_links_stays_section() -> None:
    head = ["SỞ TƯ PHÁP TỈNH BÌNH MINH", DATE, "Đăng nhập", "Đăng ký", "Tìm kiếm",
            "Tin tức", "Hoạt động"]
    a = _clean([*head, TITLE, PARA_1, PARA_2, PARA_3, *TAIL])
    assert _kinds(a)["Hoạt động"] == "section"


def test_menu_in_capitals_under_the_home_link_is_nav() -> None:
    menu = ["TRANG CHỦ", "GIỚI THIỆU", "TIN TỨC - SỰ KIỆN", "VĂN BẢN", "THỦ TỤC HÀNH CHÍNH"]
    a = _clean(["Cổng thông tin điện tử Sở Tư pháp", DATE, *menu, "Hoạt động của Sở", TITLE,
                PARA_1, PARA_2, PARA_3, *TAIL])
    assert all(_kinds(a)[label] == "nav" for label in menu)
    assert a.site == "Cổng thông tin điện tử Sở Tư pháp"
    assert a.section == "Hoạt động của Sở"


def test_masthead_in_capitals_without_home_link_stays_site() -> None:
    head = ["BỘ TƯ PHÁP", "CỔNG THÔNG TIN ĐIỆN TỬ", DATE]
    a = _clean([*head, TITLE, PARA_1, PARA_2, PARA_3, *TAIL])
    assert _kinds(a)["BỘ TƯ PHÁP"] == "site"


# -- 5. an English name after the site's name ------------------------------------

@pytest.mark.parametrize(("line", "site"), [
    ("Cổng thông tin điện tử Thanh tra Chính phủ tỉnh Bình Minh - Government Inspectorate",
     "Cổng thông tin điện tử Thanh tra Chính phủ tỉnh Bình Minh"),
    ("Trang thông tin điện tử Sở Ngoại vụ | Department of Foreign Affairs",
     "Trang thông tin điện tử Sở Ngoại vụ"),
    ("Báo Công an - CAND Online", "Báo Công an - CAND Online"),
    ("Báo Bình Minh - Hoa Binh Minh", "Báo Bình Minh - Hoa Binh Minh"),
])
def test_english_tail_of_the_site_name(line: str, site: str) -> None:
    a = _clean([line, DATE, TITLE, PARA_1, PARA_2, PARA_3, *TAIL])
    assert a.site == site


# -- 6. kinds of removed lines ---------------------------------------------------

def test_tags_in_capitals_under_a_bare_label() -> None:
    tail = ["Lê Hồng Vân", "Từ khóa", "phòng chống thiên tai", "UBND TP", "kè sông",
            "BÁO BÌNH MINH", "Tổng biên tập: Nguyễn Văn Hải", "© Bản quyền thuộc Báo Bình Minh"]
    a = _clean(_page(PARA_1, PARA_2, PARA_3, tail=tail))
    kinds = _kinds(a)
    assert kinds["UBND TP"] == "tags" and kinds["kè sông"] == "tags"
    assert kinds["BÁO BÌNH MINH"] == "footer"


def test_masthead_in_capitals_after_tags_is_footer() -> None:
    tail = ["Lê Hồng Vân", "Từ khóa", "phòng chống thiên tai", "SỞ TƯ PHÁP",
            "Tổng biên tập: Nguyễn Văn Hải", "© Bản quyền thuộc Báo Bình Minh"]
    a = _clean(_page(PARA_1, PARA_2, PARA_3, tail=tail))
    assert _kinds(a)["SỞ TƯ PHÁP"] == "footer"


def test_byline_in_capitals_under_a_bulleted_teaser() -> None:
    teaser = ">> Yên Lập ra quân nạo vét kênh mương đầu năm"
    tail = [teaser, "LÊ HỒNG VÂN", "Tin cùng chuyên mục", "Huyện Hạ Hòa sơ kết phòng chống lụt bão",
            "© Bản quyền thuộc Báo Bình Minh"]
    a = _clean(_page(PARA_1, PARA_2, PARA_3, tail=tail))
    kinds = _kinds(a)
    assert kinds["LÊ HỒNG VÂN"] == "byline" and kinds[teaser] == "related"
    assert a.authors == ["Lê Hồng Vân"]


def test_caps_line_under_a_related_block_is_no_byline() -> None:
    tail = ["Lê Hồng Vân", "Tin liên quan", "Yên Lập ra quân nạo vét kênh mương",
            "Hạ Hòa sơ kết công tác phòng chống lụt bão", "ĐOÀN THANH NIÊN",
            "© Bản quyền thuộc Báo Bình Minh"]
    a = _clean(_page(PARA_1, PARA_2, PARA_3, tail=tail))
    assert _kinds(a)["ĐOÀN THANH NIÊN"] != "byline"
    assert a.authors == ["Lê Hồng Vân"]


def test_other_news_header_opens_a_related_block() -> None:
    items = ["Yên Lập ra quân nạo vét kênh mương (10/04/2025)",
             "Hạ Hòa sơ kết công tác phòng chống lụt bão (02/04/2025)"]
    tail = ["Lê Hồng Vân", "Chia sẻ:", "Facebook Zalo", "Tin bài khác", *items,
            "© Bản quyền thuộc Báo Bình Minh"]
    a = _clean(_page(PARA_1, PARA_2, PARA_3, tail=tail))
    kinds = _kinds(a)
    assert kinds["Tin bài khác"] == "related"
    assert all(kinds[item] == "related" for item in items)
