"""The head of a page: the site name inside a masthead line (motto, owner, flattened
date and buttons), and a menu set one label a line above the title."""

from __future__ import annotations

import pytest

from ttcorpus.clean import clean_article
from ttcorpus.clean.metadata import site_name

_BODY = (
    "Sáng 20/11, tại trụ sở cơ quan, lãnh đạo địa phương đã chủ trì hội nghị đánh giá kết "
    "quả thực hiện nhiệm vụ chính trị và triển khai nhiệm vụ trọng tâm thời gian tới.\n"
    "Theo báo cáo, các chỉ tiêu chủ yếu đều đạt và vượt kế hoạch đề ra, đời sống vật chất, "
    "tinh thần của nhân dân tiếp tục được cải thiện."
)
_TITLE = "Hội nghị đánh giá kết quả thực hiện nhiệm vụ chính trị năm 2024"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("BÁO YÊN BÁI - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN TỈNH YÊN BÁI", "BÁO YÊN BÁI"),
        ("Báo Đồng Nai – Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Đồng Nai",
         "Báo Đồng Nai"),
        ("TẠP CHÍ QUỐC PHÒNG TOÀN DÂN Cơ quan của Quân ủy Trung ương Thứ Tư, 20/11/2024 "
         "English Đăng nhập", "TẠP CHÍ QUỐC PHÒNG TOÀN DÂN"),
        # names that stay whole
        ("Cổng thông tin điện tử Sở Y tế - Thành phố Cần Thơ",
         "Cổng thông tin điện tử Sở Y tế - Thành phố Cần Thơ"),
        ("Pháp luật - Đời sống", "Pháp luật - Đời sống"),
        ("BÁO ĐIỆN TỬ ĐẢNG CỘNG SẢN VIỆT NAM", "BÁO ĐIỆN TỬ ĐẢNG CỘNG SẢN VIỆT NAM"),
        ("Trang tin điện tử Ủy ban nhân dân huyện Mường Tè",
         "Trang tin điện tử Ủy ban nhân dân huyện Mường Tè"),
    ],
)
def test_site_name(line: str, name: str) -> None:
    assert site_name(line) == name


def test_site_name_from_a_masthead_with_a_motto() -> None:
    page = (f"BÁO YÊN BÁI - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN TỈNH YÊN BÁI\n"
            f"Trang chủ > Thời sự\n\n{_TITLE}\n\n{_BODY}\n\n© Báo Yên Bái điện tử")
    a = clean_article(page)
    assert a.site == "Báo Yên Bái"
    assert a.title == _TITLE and a.text == _BODY


@pytest.mark.parametrize(
    "brand", [None, "DânViệtPlus", "Tin Tức Online", "Biên phòng điện tử"]
)
def test_vertical_menu_above_the_title(brand: str | None) -> None:
    labels = ["Mới cập nhật", "Tin nóng", "Chính trị", "Kinh doanh", "Đời sống", "Chính trị"]
    head = "\n".join(([brand] if brand else []) + labels)
    a = clean_article(f"{head}\n{_TITLE}\n20/11/2024 09:30\n{_BODY}")
    kinds = [(r.text, r.kind) for r in a.removed if r.text in labels]
    assert kinds == [(label, "nav") for label in labels[:-1]] + [("Chính trị", "section")]
    assert a.section == "Chính trị"
    assert a.site == brand  # a menu label is no site name
    assert a.title == _TITLE and a.text == _BODY


def test_three_labels_are_no_menu() -> None:
    """Site, section and sub-section above the title keep their kinds."""
    a = clean_article(f"Tin Tức Online\nThời sự\nChính trị\n\n{_TITLE}\n\n{_BODY}")
    assert a.site == "Tin Tức Online"
    assert a.section == "Chính trị"
    assert not any(r.kind == "nav" for r in a.removed)


def test_the_last_tab_of_a_menu_is_no_section() -> None:
    """Only a tab shown again above the title is the page's category; a trail under
    the title names the section then."""
    labels = ["Thời sự", "Kinh doanh", "Pháp luật", "Văn hóa - Giải trí"]
    page = f"{chr(10).join(labels)}\n{_TITLE}\nTrang chủ / Xã hội / Giáo dục\n{_BODY}"
    a = clean_article(page)
    assert [r.kind for r in a.removed if r.text in labels] == ["nav"] * 4
    assert a.section == "Giáo dục" and a.title == _TITLE and a.text == _BODY


@pytest.mark.parametrize("name", ["PLO", "VTC", "VOV.VN", "BAOMOI.COM"])
def test_acronym_and_domain_site_names_keep_their_capitals(name: str) -> None:
    a = clean_article(f"{name}\nThời sự\n\n{_TITLE}\n\n{_BODY}")
    assert a.site == name


def test_a_language_switch_set_one_name_a_line_is_nav() -> None:
    languages = ["Tiếng Việt", "English", "Français", "中文", "Русский"]
    a = clean_article("Cổng thông tin điện tử tỉnh Mẫu\n" + "\n".join(languages)
                      + f"\nThời sự\n\n{_TITLE}\n\n{_BODY}")
    assert [r.kind for r in a.removed if r.text in languages] == ["nav"] * 5
    assert a.site == "Cổng thông tin điện tử tỉnh Mẫu" and a.section == "Thời sự"


def test_a_site_name_over_a_menu_is_known_by_its_copyright_and_lead() -> None:
    labels = ["Thời sự", "Thế giới", "Kinh doanh", "Bất động sản", "Đăng nhập"]
    page = ("Người lao động\n" + "\n".join(labels) + f"\n{_TITLE}\n"
            f"Người lao động - {_BODY}\n© Bản quyền thuộc về Báo Người lao động")
    a = clean_article(page)
    assert a.site == "Người lao động"
    assert a.text == _BODY
    assert ("lead_prefix", "Người lao động -") in [(r.kind, r.text) for r in a.removed]


@pytest.mark.parametrize(
    ("head", "site"),
    [
        # a parent body over the unit that runs the site: the unit
        (["SỞ Y TẾ", "BỆNH VIỆN ĐA KHOA TỈNH"], "Bệnh viện đa khoa tỉnh"),
        (["BỘ TƯ PHÁP", "CỤC THI HÀNH ÁN DÂN SỰ TỈNH BẮC KẠN"],
         "Cục thi hành án dân sự tỉnh Bắc Kạn"),
        # a parent body over a motto in capitals: the body
        (["BỘ CÔNG AN", "CƠ QUAN CỦA BỘ CÔNG AN"], "Bộ Công an"),
        # a body over its outlet's name: the outlet
        (["ỦY BAN NHÂN DÂN TỈNH BẮC KẠN", "Cổng thông tin điện tử tỉnh Bắc Kạn"],
         "Cổng thông tin điện tử tỉnh Bắc Kạn"),
        # a name over its owner: the name
        (["BÁO BẮC KẠN", "CƠ QUAN CỦA ĐẢNG BỘ TỈNH BẮC KẠN"], "Báo Bắc Kạn"),
    ],
)
def test_two_line_masthead(head: list[str], site: str) -> None:
    a = clean_article("\n".join([*head, _TITLE, _BODY]))
    assert (a.site, a.title) == (site, _TITLE)


@pytest.mark.parametrize(
    "widget",
    ["Lạng Sơn 19°C", "Hà Nội 24°C - 30°C", "Lạng Sơn: Nhiều mây, 18 - 24°C", "Làm mới", "Print"],
)
def test_weather_and_buttons_in_the_head(widget: str) -> None:
    a = clean_article("\n".join(["BÁO LẠNG SƠN", widget, _TITLE, _BODY]))
    assert (a.site, a.title) == ("Báo Lạng Sơn", _TITLE)
    assert [r.kind for r in a.removed if r.text == widget] == ["widget"]


def test_an_english_tagline_under_the_site_is_no_section() -> None:
    head = ["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LẠNG SƠN", "Lang Son Provincial Portal", "Thời sự"]
    a = clean_article("\n".join([*head, _TITLE, _BODY]))
    assert a.section == "Thời sự"
    assert [r.kind for r in a.removed if r.text == "Lang Son Provincial Portal"] == ["site"]


def test_the_pages_address_atop_a_print_view() -> None:
    url = "https://baolangson.vn/hoi-nghi-danh-gia-ket-qua-123456.html"
    a = clean_article("\n".join([url, "In bài viết", "BÁO LẠNG SƠN", _TITLE, _BODY]))
    assert (a.site, a.title) == ("Báo Lạng Sơn", _TITLE)
    assert [r.kind for r in a.removed if r.text == url] == ["nav"]


@pytest.mark.parametrize(
    "head",
    [
        ["TÒA ÁN NHÂN DÂN TỈNH BẮC KẠN", "Trang thông tin điện tử"],  # no name of its own
        ["Tiền Phong", "Báo của thanh niên Việt Nam"],  # a brand over its motto
    ],
)
def test_two_line_masthead_keeps_the_first(head: list[str]) -> None:
    a = clean_article("\n".join([*head, _TITLE, _BODY]))
    assert a.site is not None and a.site.lower() == head[0].lower()


def test_a_category_between_the_menus_search_entry_and_the_title() -> None:
    head = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Tìm kiếm",
            "Hoạt động của lãnh đạo Ủy ban nhân dân tỉnh"]
    a = clean_article("\n".join(["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LẠNG SƠN", *head, _TITLE, _BODY]))
    assert (a.section, a.title) == ("Hoạt động của lãnh đạo Ủy ban nhân dân tỉnh", _TITLE)


def test_a_brand_ending_with_a_proper_name_over_a_menu_and_a_tight_trail() -> None:
    head = ["Nông thôn Việt Nam", "Thời sự", "Kinh tế", "Xã hội", "Tin tức/Kinh tế"]
    a = clean_article("\n".join([*head, _TITLE, "Font chữ: A- A+", _BODY]))
    assert (a.site, a.section, a.title) == ("Nông thôn Việt Nam", "Kinh tế", _TITLE)
