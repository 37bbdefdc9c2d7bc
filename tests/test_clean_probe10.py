"""Session-8 probe fixes of the cleaner: reader widgets under the dateline, site names
and headings never bylines, bylines after a bare "more" link or with a curly
apostrophe, slideshows, polls, pull-quotes, the last picture's caption, spaced
breadcrumbs, the site's short name opening the lead. Each rule with cases that must
not change."""

from __future__ import annotations

import pytest

from ttcorpus.clean import clean_article
from ttcorpus.clean.article import is_foreign_line
from ttcorpus.clean.boilerplate import chrome_kind, is_slide_counter
from ttcorpus.clean.metadata import parse_agency_source, parse_byline

_TITLE = "Ủy ban nhân dân tỉnh làm việc với đoàn công tác của tập đoàn điện tử"
_P1 = (
    "Sáng 12/3, tại trụ sở UBND tỉnh, đồng chí Hoàng Minh Tâm, Phó Chủ tịch UBND tỉnh đã "
    "làm việc với đoàn công tác của tập đoàn về kế hoạch mở rộng nhà máy trong năm nay."
)
_P2 = (
    "Tại buổi làm việc, đại diện tập đoàn cho biết doanh nghiệp dự kiến tuyển thêm hai "
    "nghìn lao động, ưu tiên người dân địa phương và con em đồng bào dân tộc thiểu số."
)
_P3 = (
    "Phát biểu kết luận, đồng chí Hoàng Minh Tâm đề nghị các sở, ngành tạo điều kiện "
    "thuận lợi nhất để dự án sớm đi vào hoạt động, bảo đảm tiến độ đã cam kết."
)


def _removed(a: object, kind: str) -> list[str]:
    return [r.text for r in a.removed if r.kind == kind]  # type: ignore[attr-defined]


# --- 1. widgets under the dateline, the headline above it


@pytest.mark.parametrize(
    ("line", "verdict"),
    [
        ("[Giọng nam] [Giọng nữ]", ("widget", True)),
        ("[Giọng nữ miền Bắc] | [Giọng nam miền Nam]", ("widget", True)),
        ("Nghe đọc bài viết", ("widget", True)),
        ("Cập nhật liên tục", ("widget", True)),
        ("Xem thêm video", ("related", True)),
        ("[Xem bài gốc tại đây]", ("related", True)),  # unchanged: one bracketed teaser
        ("[Hội nghị] [Đại biểu phát biểu ý kiến]", None),  # words of no button
        ("Tỉnh cập nhật liên tục tình hình mưa lũ trên địa bàn.", None),
    ],
)
def test_bracketed_buttons_and_labels(line: str, verdict: tuple[str, bool] | None) -> None:
    assert chrome_kind(line) == verdict


def test_reader_widgets_under_the_dateline_are_no_title() -> None:
    a = clean_article("\n".join([
        "Báo Miền Núi điện tử", "Thời sự", _TITLE, "12/03/2025 08:15",
        "Nghe đọc bài viết", "[Giọng nam] [Giọng nữ]", _P1, _P2,
    ]))
    assert (a.title, a.section, a.text) == (_TITLE, "Thời sự", f"{_P1}\n{_P2}")


@pytest.mark.parametrize(
    ("under", "title"),
    [
        ("Bấm nghe ngay nhé", _TITLE),  # a short unknown line under the dateline
        ("Tỉnh chủ động hút đầu tư công nghệ cao", "Tỉnh chủ động hút đầu tư công nghệ cao"),
    ],
)
def test_headline_above_the_dateline(under: str, title: str) -> None:
    a = clean_article("\n".join(["Báo Miền Núi", "Thời sự", _TITLE, "12/03/2025 08:15",
                                 under, _P1, _P2]))
    assert a.title == title


# --- 2. site names and headings are no bylines


def test_masthead_second_line_above_the_menu_is_no_byline() -> None:
    menu = ["Thời sự", "Kinh tế", "Xã hội", "Thế giới", "Thể thao"]
    a = clean_article("\n".join(["TTMN.VN", "ĐÀI PHÁT SÓNG MIỀN NÚI", "Thứ Tư, 12/03/2025",
                                 *menu, _TITLE, "12/03/2025 08:15", _P1, _P2, "Lan Anh"]))
    assert a.authors == ["Lan Anh"]
    assert "ĐÀI PHÁT SÓNG MIỀN NÚI" in _removed(a, "site")


def test_a_byline_under_the_section_above_the_dateline_stays() -> None:
    a = clean_article("\n".join(["Báo Miền Núi", "Chính trị", "THU HÀ",
                                 "Thứ Tư, 12/03/2025 - 08:15", _TITLE, _P1, _P2]))
    assert a.authors == ["Thu Hà"]


@pytest.mark.parametrize(
    ("text", "foreign"),
    [
        ("BAC SON PROVINCE PORTAL", True),
        ("Ministry of Planning", True),
        ("NGUYEN VAN HUNG", False),  # a name written without its marks
        ("Thu Huong", False),
        ("Portal", False),  # one word
    ],
)
def test_foreign_lines(text: str, foreign: bool) -> None:
    assert is_foreign_line(text) is foreign


def test_english_motto_and_outlet_lines_are_no_bylines() -> None:
    a = clean_article("\n".join(["Bỏ qua nội dung chính", "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC SƠN",
                                 "BAC SON PROVINCE PORTAL", "Thứ Tư, 12/03/2025", "Trang chủ",
                                 "Giới thiệu", "Tin tức", "Chính quyền", _TITLE, _P1, _P2,
                                 "Hữu Nam"]))
    assert a.authors == ["Hữu Nam"]


def test_outlet_name_under_the_short_masthead_is_no_byline() -> None:
    menu = ["Chính trị", "Kinh tế", "Xã hội", "Văn hóa"]
    a = clean_article("\n".join(["MNO", "Báo Miền Nam Online Mới", "Thứ Tư, 12/03/2025", *menu,
                                 "Chính trị", _TITLE, "QUANG VINH", _P1, _P2]))
    assert a.authors == ["Quang Vinh"]


def test_links_to_the_sites_other_editions_are_no_bylines() -> None:
    a = clean_article("\n".join(["Tiếng Miền Núi điện tử", "Thời sự", _TITLE, _P1, _P2,
                                 "MINH CHÂU", "Tiếng Miền Núi cuối tuần", "Thời Tiếng Miền Núi",
                                 "Tin cùng chuyên mục", "Một tin khác của chuyên mục thời sự"]))
    assert a.authors == ["Minh Châu"]


def test_a_writer_whose_name_is_a_province_is_kept() -> None:
    a = clean_article("\n".join(["Báo Hà Giang", "Thời sự", _TITLE, _P1, _P2, "Hà Giang"]))
    assert a.authors == ["Hà Giang"]


@pytest.mark.parametrize("heading", ["THÔNG CÁO BÁO CHÍ", "TUYÊN BỐ CHUNG", "Thông cáo báo chí"])
def test_text_type_headings_are_no_bylines(heading: str) -> None:
    assert parse_byline(heading) is None
    assert parse_byline(heading.title()) is None


def test_a_press_release_heading_credits_no_author() -> None:
    a = clean_article("\n".join(["Bộ Kinh tế Vùng", "Tin tức / Thông cáo", _TITLE,
                                 "Ngày đăng: 12/03/2025", "THÔNG CÁO BÁO CHÍ", _P1, _P2]))
    assert a.authors == []


# --- 3. bylines found


@pytest.mark.parametrize("link", ["Xem thêm", "Mời bạn đọc xem video đang được quan tâm:"])
def test_byline_after_a_bare_more_link(link: str) -> None:
    a = clean_article("\n".join(["Báo Miền Núi", "Thời sự", _TITLE, _P1, _P2, link,
                                 "HỒNG NHUNG", "Tags:", "đầu tư"]))
    assert a.authors == ["Hồng Nhung"]


def test_related_items_after_a_header_are_no_byline() -> None:
    a = clean_article("\n".join(["Báo Miền Núi", "Thời sự", _TITLE, _P1, _P2,
                                 "Tin liên quan", "Tỉnh đón đoàn doanh nghiệp nước ngoài",
                                 "Minh Tú"]))
    assert a.authors == []


@pytest.mark.parametrize("name", ["K’DUYÊN", "K'DUYÊN"])
def test_highland_name_with_either_apostrophe(name: str) -> None:
    b = parse_byline(f"{name} (Ban Dân vận Tỉnh ủy)")
    assert b is not None and b.authors == (name.title(),)
    assert b.attribution == "Ban Dân vận Tỉnh ủy"


@pytest.mark.parametrize(
    ("line", "source"),
    [("Phòng Chính trị/BĐBP", "Phòng Chính trị/BĐBP"), ("Cục Hậu cần", "Cục Hậu cần"),
     ("Phòng Chính trị/bộ đội", None)],
)
def test_office_with_its_parent_abbreviated(line: str, source: str | None) -> None:
    assert parse_agency_source(line) == source


def test_office_under_the_byline_is_the_attribution() -> None:
    a = clean_article("\n".join(["Cổng Quốc Phòng Vùng", "Tin tức", _TITLE, _P1, _P2,
                                 "Tin, ảnh: MINH HẢI", "Phòng Chính trị/BĐBP", "In bài viết"]))
    assert (a.authors, a.attribution) == (["Minh Hải"], "Phòng Chính trị/BĐBP")


# --- 4. chrome in the body


@pytest.mark.parametrize(
    ("text", "counter"),
    [("1 / 4", True), ("3/3", True), ("5 / 4", False), ("24 / 7", False), ("1 / 1", False)],
)
def test_slide_counters(text: str, counter: bool) -> None:
    assert is_slide_counter(text) is counter


def test_slideshow_counters_and_their_captions_go() -> None:
    a = clean_article("\n".join(["Báo Miền Núi", "Thời sự", _TITLE, _P1, "1 / 2",
                                 "Đại biểu dự buổi làm việc.", "2 / 2",
                                 "Quang cảnh nhà máy của tập đoàn", _P2, _P3]))
    assert a.text == f"{_P1}\n{_P2}\n{_P3}"


def test_a_paragraph_after_a_number_line_stays() -> None:
    a = clean_article("\n".join(["Báo Miền Núi", "Thời sự", _TITLE, _P1, "24 / 7",
                                 "Tỉnh trực ban suốt ngày đêm.", _P2, _P3]))
    assert "Tỉnh trực ban suốt ngày đêm." in a.text


def test_a_reader_poll_goes() -> None:
    a = clean_article("\n".join(["Báo Miền Núi", "Thời sự", _TITLE, _P1, _P2,
                                 "Bạn thấy chính sách thu hút đầu tư của tỉnh thế nào?",
                                 "Rất hiệu quả", "Bình thường", "Chưa rõ", "Biểu quyết",
                                 "Xem kết quả", "Tags:", "đầu tư"]))
    assert a.text == f"{_P1}\n{_P2}"


def test_a_question_and_answer_without_poll_buttons_stays() -> None:
    a = clean_article("\n".join(["Báo Miền Núi", "Thời sự", _TITLE, _P1,
                                 "Vậy tỉnh sẽ làm gì tiếp theo?", "Rất nhiều việc", "Trước hết",
                                 _P2, _P3]))
    assert "Vậy tỉnh sẽ làm gì tiếp theo?" in a.text and "Rất nhiều việc" in a.text


def test_a_pull_quote_repeating_the_body_goes() -> None:
    quoted = (
        "Ông nhấn mạnh tỉnh phải \"làm đến nơi đến chốn, không để doanh nghiệp chờ đợi "
        "thủ tục\" trong mọi trường hợp, coi đây là nhiệm vụ trọng tâm của năm."
    )
    pull = "\"Làm đến nơi đến chốn, không để doanh nghiệp chờ đợi thủ tục\""
    a = clean_article("\n".join(["Báo Miền Núi", "Thời sự", _TITLE, _P1, quoted, pull, _P2]))
    assert _removed(a, "pull_quote") == [pull]
    assert a.text == f"{_P1}\n{quoted}\n{_P2}"


def test_a_quotation_not_found_in_the_body_stays() -> None:
    own = "\"Chúng tôi sẽ tiếp tục đồng hành cùng tỉnh trong nhiều năm tới\""
    a = clean_article("\n".join(["Báo Miền Núi", "Thời sự", _TITLE, _P1, own, _P2]))
    assert own in a.text


@pytest.mark.parametrize(
    ("last", "caption"),
    [
        ("Đồng chí Hoàng Minh Tâm trao Bằng khen cho các tập thể có thành tích xuất sắc.", True),
        ("Ông Hoàng Minh Tâm, Phó Chủ tịch UBND tỉnh, phát biểu tại buổi làm việc", True),
        # a person the article never named, a closing sentence of the body
        ("Đồng chí Lê Văn Bình trao Bằng khen cho các tập thể có thành tích xuất sắc.", False),
        ("Đồng chí Hoàng Minh Tâm đề nghị các sở khẩn trương hoàn thành thủ tục.", False),
    ],
)
def test_the_last_pictures_caption_before_the_byline(last: str, caption: bool) -> None:
    a = clean_article("\n".join(["Báo Miền Núi", "Thời sự", _TITLE, _P1, _P2, _P3, last,
                                 "Thanh Bình - Ban Tuyên giáo Tỉnh ủy"]))
    assert (last in _removed(a, "caption")) is caption
    assert (last in a.text) is not caption


# --- 5. metadata


@pytest.mark.parametrize(
    ("label", "section"),
    [
        ("Kinh tế - Xã hội  Nông nghiệp nông thôn", "Nông nghiệp nông thôn"),
        ("Kinh tế - Xã hội\tNông nghiệp nông thôn", "Nông nghiệp nông thôn"),
        # one space: as is
        ("Kinh tế - Xã hội Nông nghiệp nông thôn", "Kinh tế - Xã hội Nông nghiệp nông thôn"),
    ],
)
def test_breadcrumb_set_apart_by_spaces(label: str, section: str) -> None:
    menu = ["Trang chủ", "Chính trị", "Kinh tế - Xã hội", "Văn hóa", "Thể thao", "Tìm kiếm"]
    a = clean_article("\n".join(["BÁO MIỀN NÚI", "Thứ Tư, 12/03/2025", *menu, label, _TITLE,
                                 _P1, _P2]))
    assert a.section == section


def test_a_menu_tab_repeated_after_a_break_is_the_trail() -> None:
    menu = ["Mới nhất", "Thời sự", "Kinh doanh", "Thể thao", "Ý kiến", "Tâm sự", "Hài"]
    a = clean_article("\n".join(["Tin Nhanh Miền Núi", *menu, "Thời sự", "Chính trị", _TITLE,
                                 _P1, _P2]))
    assert a.section == "Chính trị"


def test_the_sites_short_name_opening_the_lead() -> None:
    a = clean_article("\n".join(["TẠP CHÍ ĐIỆN TỬ NÔNG THÔN MỚI", "Thời sự", _TITLE,
                                 f"Nông thôn mới - {_P1}", _P2]))
    assert a.text.startswith(_P1[:20])
    assert _removed(a, "lead_prefix") == ["Nông thôn mới -"]


def test_a_lead_opening_with_other_words_and_a_dash_stays() -> None:
    lead = f"Nông thôn - {_P1}"
    a = clean_article("\n".join(["TẠP CHÍ ĐIỆN TỬ NÔNG THÔN MỚI", "Thời sự", _TITLE, lead, _P2]))
    assert a.text.startswith(lead)
