"""Clean rules from the ninth probe of unseen sites (new inputs, not the probe pages)."""

from __future__ import annotations

import pytest

from ttcorpus.clean import clean_article

HEAD = "Cổng thông tin điện tử huyện Bảo Lâm\nHuyện Bảo Lâm tổng kết phong trào thi đua\n"
LEAD = (
    "Chiều 20/12, UBND huyện Bảo Lâm tổ chức hội nghị tổng kết phong trào thi đua yêu "
    "nước năm 2024 và phát động thi đua năm 2025.\n"
)
MORE = (
    "Các đại biểu thống nhất nhiều giải pháp để hoàn thành các chỉ tiêu phát triển kinh "
    "tế - xã hội của huyện trong năm tới.\n"
)


def kinds(article):
    return {r.text: r.kind for r in article.removed}


@pytest.mark.parametrize(
    "sentence, photo",
    [
        (
            "Nhân dịp này, UBND huyện tặng giấy khen cho 12 tập thể, 25 cá nhân tiêu biểu.",
            "Ảnh: Lãnh đạo huyện trao giấy khen cho các tập thể có thành tích xuất sắc.",
        ),
        (
            "Hội nghị cũng biểu dương 8 gia đình văn hóa tiêu biểu của các xã vùng cao.",
            "Ảnh: Đại diện các gia đình nhận giấy khen của Chủ tịch UBND huyện.",
        ),
    ],
)
def test_a_described_photo_does_not_take_the_sentence_above(sentence: str, photo: str) -> None:
    article = clean_article(HEAD + LEAD + sentence + "\n" + photo + "\n" + MORE)
    assert sentence in article.text
    assert kinds(article)[photo] == "caption"


def test_a_bare_credit_still_takes_its_caption_above() -> None:
    caption = "Quang cảnh hội nghị tổng kết."
    article = clean_article(HEAD + LEAD + caption + "\nẢnh: Minh Đức\n" + MORE)
    assert kinds(article)[caption] == "caption"
    assert caption not in article.text


BODY = LEAD + MORE


@pytest.mark.parametrize(
    "widget", ["Cỡ chữ Âm thanh In bài", "Âm thanh", "3 phút đọc", "4 - 6 phút đọc", "7 min read"]
)
def test_reading_widgets(widget: str) -> None:
    from ttcorpus.clean.boilerplate import chrome_kind

    assert chrome_kind(widget) == ("widget", True)


def test_reading_time_under_the_title_leaves_the_title() -> None:
    page = "baomau.vn\nHuyện Bảo Lâm tổng kết phong trào thi đua\n5 phút đọc\n" + BODY
    article = clean_article(page)
    assert article.title == "Huyện Bảo Lâm tổng kết phong trào thi đua"
    assert kinds(article)["5 phút đọc"] == "widget"


@pytest.mark.parametrize(
    "line, source",
    [
        ("Nguồn: https://baomau.vn/tin-tuc/hoi-nghi-123.html", "https://baomau.vn/tin-tuc/hoi-nghi-123.html"),
        ("Nguồn: www.congan.baomau.vn", "www.congan.baomau.vn"),
    ],
)
def test_a_web_address_as_the_source(line: str, source: str) -> None:
    article = clean_article(HEAD + BODY + "Minh Đức\n" + line + "\n")
    assert article.attribution == source
    assert kinds(article)[line] == "attribution"


@pytest.mark.parametrize("prefix", ["(baomau.vn)", "(congan.baomau.vn)", "(tinhuy.com.vn)"])
def test_a_bracketed_web_address_opening_the_lead(prefix: str) -> None:
    article = clean_article(HEAD + prefix + " " + BODY)
    assert article.text.startswith("Chiều 20/12, UBND huyện")
    assert kinds(article)[prefix] == "lead_prefix"


def test_a_bracketed_note_opening_the_lead_stays() -> None:
    article = clean_article(HEAD + "(Xem tiếp) " + BODY)
    assert article.text.startswith("(Xem tiếp) Chiều 20/12")


def test_a_longer_category_under_the_section_label() -> None:
    page = (
        "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BẢO LÂM\n"
        "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản\n"
        "Tin tức - Sự kiện\n"
        "Hoạt động của Thường trực HĐND và UBND huyện\n"
        "Huyện Bảo Lâm tổng kết phong trào thi đua\n" + BODY
    )
    article = clean_article(page)
    assert article.section == "Hoạt động của Thường trực HĐND và UBND huyện"
    assert article.title == "Huyện Bảo Lâm tổng kết phong trào thi đua"


NAMED = (
    "Dự hội nghị có đồng chí Hà Thị Lan, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân "
    "vận Huyện ủy cùng đại diện các ban, ngành, đoàn thể của huyện.\n"
)


@pytest.mark.parametrize(
    "line", ["Hà Thị Lan phát biểu tại hội nghị.", "Hà Thị Lan trao giấy khen cho các tập thể"]
)
def test_a_short_line_picturing_a_person_named_before_is_a_caption(line: str) -> None:
    article = clean_article(HEAD + LEAD + NAMED + MORE + line + "\nMinh Đức\n")
    assert kinds(article)[line] == "caption"
    assert article.authors == ["Minh Đức"]


@pytest.mark.parametrize(
    "line",
    [
        "Hà Thị Lan cho biết, huyện sẽ tiếp tục nhân rộng mô hình.",  # narrates
        "Trần Văn Nam phát biểu tại hội nghị.",  # nobody the article named
    ],
)
def test_closing_sentences_that_are_no_captions(line: str) -> None:
    article = clean_article(HEAD + LEAD + NAMED + MORE + line + "\nMinh Đức\n")
    assert line in article.text


@pytest.mark.parametrize(
    "line, author, unit",
    [
        ("Thu Trang - KTNN khu vực V", "Thu Trang", "KTNN khu vực V"),
        ("Lê Hoa - BĐBP Hà Giang", "Lê Hoa", "BĐBP Hà Giang"),
    ],
)
def test_a_signature_with_the_unit_abbreviated(line: str, author: str, unit: str) -> None:
    article = clean_article(HEAD + LEAD + MORE + line + "\n")
    assert article.authors == [author]
    assert article.attribution == unit


def test_a_place_then_a_body_is_no_signature() -> None:
    from ttcorpus.clean.metadata import parse_signature

    assert parse_signature("Hà Nội - UBND thành phố") is None


TOOLBAR = (
    "The Wayback Machine - https://web.archive.org/web/20220301000000/https://baomau.vn/a-1.html\n"
    "https://baomau.vn/a-1.html\nGo\n12 captures\n01 Jan 2020 - 05 May 2022\nJAN FEB MAR\n01\n"
    "2021 2022 2023\nsuccess\nfail\nAbout this capture\nCOLLECTED BY\nCollection: Common Crawl\n"
    "Web crawl data from Common Crawl.\nTIMESTAMPS\nloading\n"
)


def test_an_archive_toolbar_above_the_captured_page() -> None:
    page = TOOLBAR + "BÁO BẢO LÂM\nHuyện Bảo Lâm tổng kết phong trào thi đua\n" + LEAD + MORE
    article = clean_article(page)
    assert article.site == "Báo Bảo Lâm"
    assert article.title == "Huyện Bảo Lâm tổng kết phong trào thi đua"
    assert article.text.startswith("Chiều 20/12")
    assert kinds(article)["Web crawl data from Common Crawl."] == "nav"


def test_an_archive_phrase_lower_in_the_page_does_nothing() -> None:
    line = "Wayback Machine lưu trữ nhiều trang báo điện tử cũ của tỉnh."
    article = clean_article(HEAD + LEAD + line + "\n" + MORE)
    assert line in article.text


@pytest.mark.parametrize(
    "line",
    ["The Wayback Machine - https://web.archive.org/web/2022/https://baomau.vn/a.html",
     "Xem chi tiết tại: https://baomau.vn/a.html"],
)
def test_a_labelled_web_address_is_nav(line: str) -> None:
    from ttcorpus.clean.boilerplate import chrome_kind

    assert chrome_kind(line)[0] == "nav"


POST_TAIL = (
    "... Xem thêm\n+8\n1,2K\n56 bình luận\n31 lượt chia sẻ\nThích\nBình luận\nChia sẻ\n"
    "Phù hợp nhất\nĐỗ Văn Hùng\nCán bộ xã làm việc rất nhiệt tình, trách nhiệm với người dân.\n"
    "3 giờ\nThích\nPhản hồi\nTrần Thu Hà\nMong huyện tiếp tục nhân rộng mô hình ở các xã khác.\n"
    "2 giờ\nThích\nPhản hồi\nViết bình luận công khai…\n"
)


def test_a_social_media_post_loses_its_counts_and_comments() -> None:
    article = clean_article(HEAD + LEAD + MORE + POST_TAIL)
    assert article.text == (LEAD + MORE).strip()
    found = kinds(article)
    assert found["56 bình luận"] == found["1,2K"] == "counter"
    assert found["... Xem thêm"] == "related"
    assert found["Cán bộ xã làm việc rất nhiệt tình, trách nhiệm với người dân."] == "comment"


@pytest.mark.parametrize("line", ["2,3K", "187 bình luận", "94 lượt chia sẻ", "1.204 lượt thích"])
def test_count_lines(line: str) -> None:
    from ttcorpus.clean.boilerplate import chrome_kind

    assert chrome_kind(line) == ("counter", True)


@pytest.mark.parametrize("line", ["3 tập thể", "12", "5 giờ"])
def test_not_count_lines(line: str) -> None:
    from ttcorpus.clean.boilerplate import chrome_kind

    assert chrome_kind(line) != ("counter", True)


def test_a_stamp_in_the_head_does_not_turn_the_body_into_comments() -> None:
    page = "Báo Bảo Lâm\nBình luận\n5 giờ\nHuyện Bảo Lâm tổng kết phong trào\n" + LEAD + MORE
    article = clean_article(page)
    assert article.text == (LEAD + MORE).strip()


def test_an_aggregator_names_its_source_under_the_title() -> None:
    page = (
        "Tin Nhanh 24h\nChính trị\nHuyện Bảo Lâm tổng kết phong trào thi đua\n"
        "Báo Cao Bằng\n2 giờ trước\n" + LEAD + MORE
    )
    article = clean_article(page)
    assert article.site == "Tin Nhanh 24h"
    assert article.attribution == "Báo Cao Bằng"


def test_the_masthead_again_under_the_title_is_no_source() -> None:
    page = (
        "Tạp chí Bảo Lâm\nChính trị\nHuyện Bảo Lâm tổng kết phong trào thi đua\n"
        "Tạp chí Bảo Lâm số 12 (tháng 3-2024)\n" + LEAD + MORE
    )
    article = clean_article(page)
    assert article.attribution is None


@pytest.mark.parametrize("line", ["Tài khoản đã xác thực", "Đã xác minh", "Nhắn tin"])
def test_official_account_badges(line: str) -> None:
    from ttcorpus.clean.boilerplate import chrome_kind

    assert chrome_kind(line)[0] == "nav"


@pytest.mark.parametrize("credit", ["Nhóm PV", "PV", "Nhóm phóng viên"])
def test_a_newsroom_credit_under_the_lead_is_a_byline(credit: str) -> None:
    from ttcorpus.clean.metadata import is_staff_credit

    assert is_staff_credit(credit)
    article = clean_article(HEAD + LEAD + credit + "\n" + NAMED + MORE)
    assert kinds(article)[credit] == "byline"
    assert credit not in article.text.split("\n")
    assert article.authors == []


def test_a_sentence_opening_with_a_staff_word_stays() -> None:
    line = "Nhóm PV đã có mặt tại hiện trường ngay sau khi nhận tin báo của người dân."
    article = clean_article(HEAD + LEAD + line + "\n" + MORE)
    assert line in article.text
