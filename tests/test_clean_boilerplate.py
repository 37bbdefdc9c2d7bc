"""Chrome kinds by the shape of a line: each rule on new wording, and lines of
article text that must not be taken for chrome."""

from __future__ import annotations

import pytest

from ttcorpus.clean import boilerplate as bp
from ttcorpus.clean.boilerplate import chrome_kind, is_notice, made_of
from ttcorpus.clean.phrases import PhraseIndex, tokens

STRONG = [
    # visitor counters, view counts and digit strips
    ("Lượt đọc: 1.204", "counter"),
    ("Đang truy cập: 57", "counter"),
    ("Tổng lượt truy cập: 12.345.678", "counter"),
    ("Hôm nay 1.024 | Tháng này 30.211", "counter"),
    ("THỐNG KÊ TRUY CẬP", "counter"),
    ("2 0 2 4 5 8 1 3", "counter"),
    # share rows and buttons
    ("Chia sẻ bài viết: Facebook Zalo", "share"),
    ("Share | Facebook | Twitter | Copy link", "share"),
    ("Theo dõi Báo Đồng Nai trên Google News", "share"),
    ("Like | Tweet", "share"),
    # font-size and print widgets
    ("Cỡ chữ: A+ A A-", "widget"),
    ("Xem với cỡ chữAAA", "widget"),
    ("In bài | Gửi bài | Lưu bài", "share"),
    ("In bài viết | Lưu bài", "widget"),
    ("Phóng to | Thu nhỏ | Mặc định", "widget"),
    # comment forms
    ("Bình luận (12)", "comment_form"),
    ("Gửi ý kiến bạn đọc", "comment_form"),
    ("Họ và tên (*)", "comment_form"),
    ("Địa chỉ email:", "comment_form"),
    ("Mã xác nhận: Đổi mã", "comment_form"),
    # related blocks and teasers
    ("TIN LIÊN QUAN", "related"),
    ("Có thể bạn quan tâm", "related"),
    ("Các tin, bài đã đưa", "related"),
    ("Các tin khác:", "related"),
    ("Xem tiếp »", "related"),
    ("Đọc thêm: Hà Giang ra mắt mô hình tự quản về an ninh trật tự", "related"),
    ("Tin liên quan: Đắk Lắk tổng kết phong trào thi đua", "related"),
    ("[Quảng Ninh đẩy mạnh cải cách hành chính năm 2023]", "related"),
    # menus and breadcrumbs
    ("Trang chủ › Kinh tế › Nông nghiệp", "nav"),
    ("Thời sự » Trong nước » Chính trị", "nav"),
    ("Đăng nhập | Đăng ký", "nav"),
    ("Lên đầu trang", "nav"),
    ("☰ Trang chủ Thời sự Kinh tế Văn hóa Thể thao", "nav"),
    # tag lists
    ("Từ khoá: chuyển đổi số, cải cách hành chính", "tags"),
    ("Tags: Quốc hội, kỳ họp thứ 7", "tags"),
    ("#chuyển đổi số #Đồng Tháp #cải cách hành chính", "tags"),
    # footers
    ("© 2024 Báo Điện tử Đồng Tháp", "footer"),
    ("Copyright 2023 Cổng thông tin điện tử tỉnh Yên Bái", "footer"),
    ("Giấy phép số 45/GP-TTĐT do Sở Thông tin và Truyền thông cấp", "footer"),
    # ads
    ("Quảng cáo", "ad"),
    ("ADVERTISEMENT", "ad"),
    # photo captions with a credit, bracketed, or glued to an image slug
    ("Lãnh đạo tỉnh trao quà cho các hộ nghèo. Ảnh: Văn Tâm", "caption"),
    ("Toàn cảnh phiên họp. (Ảnh: Quang Vinh/TTXVN)", "caption"),
    ("Bộ trưởng thăm hỏi người dân vùng lũ (Ảnh minh họa)", "caption"),
    ("Ảnh: VGP/Nhật Bắc", "caption"),
    ("Ảnh minh họa", "caption"),
    ("Ảnh: Các đại biểu dự hội nghị tổng kết.", "caption"),
    ("Ảnh 2: Lãnh đạo tỉnh trao bằng khen cho các tập thể.", "caption"),
    ("Cac dai bieu du hoi nghi tong ket hinh anh 2Các đại biểu dự hội nghị tổng kết.", "caption"),
    # in brackets a credit may be written in lower case
    ("Nông dân xã Tân Hòa thu hoạch lúa hè thu (ảnh: Bảo Ngọc)", "caption"),
    ("Lực lượng chức năng kiểm tra hàng hóa tại cửa khẩu (ảnh tư liệu)", "caption"),
    # an attached file
    ("Tệp đính kèm: ke-hoach-so-12.docx", "widget"),
    ("Tải về (bao-cao-tong-ket.pdf)", "widget"),
    # audio and photo players
    ("00:00 / 04:12", "widget"),
    ("Giọng nam miền Nam", "widget"),
    ("Nhấn để xem ảnh", "widget"),
    # datelines
    ("Thứ Năm, 14/11/2024 - 06:05", "dateline"),
    ("(15:20 | 02/09/2021)", "dateline"),
]


@pytest.mark.parametrize(("text", "kind"), STRONG)
def test_strong_chrome(text: str, kind: str) -> None:
    assert chrome_kind(text) == (kind, True)


WEAK = [
    ("Địa chỉ: 18 Trần Hưng Đạo, TP Cao Lãnh", "footer"),
    ("Điện thoại: 0277.3851.234 - Fax: 0277.3851.235", "footer"),
    ("Tòa soạn: 12 Nguyễn Huệ, Quy Nhơn", "footer"),
    ("Chịu trách nhiệm nội dung: Trần Văn An", "footer"),
    ("Bản quyền thuộc về Báo Bình Định. Ghi rõ nguồn khi phát hành lại.", "footer"),
    ("Viết bình luận của bạn...", "comment_form"),
    ("Xem thêm tin Kinh tế", "related"),
    ("» Cà Mau khởi công dự án điện gió (12/03/2024)", "related"),
    ("Trang thông tin điện tử", "site"),
    ("Cơ quan của Đảng bộ tỉnh Đồng Tháp", "site"),
    ("BÁO ĐỒNG KHỞI", "site"),
    ("Tin tức » Hoạt động", "nav"),
]


@pytest.mark.parametrize(("text", "kind"), WEAK)
def test_weak_chrome(text: str, kind: str) -> None:
    assert chrome_kind(text) == (kind, False)


BODY = [
    "Tại buổi làm việc, nhiều hộ dân chia sẻ kinh nghiệm nuôi tôm theo hướng an toàn.",
    "Chia sẻ với phóng viên, ông Lê Văn Tám cho biết năm nay xã sẽ hoàn thành đường giao thông.",
    "Mọi thông tin xin liên hệ số điện thoại 0258.3822.111 của Văn phòng Ủy ban nhân dân xã.",
    "Hội nghị đã thông qua nghị quyết.",
    "Theo kế hoạch, hội nghị diễn ra trong hai ngày.",
    "Xem xét kỷ luật cán bộ vi phạm phải bảo đảm công khai, khách quan",
    "Bình luận về kết quả này, ông Nguyễn Văn Hùng cho rằng đây là nỗ lực lớn của cả hệ thống.",
    "Tổng cộng có 25 đơn vị tham gia",
    "Quảng cáo sai sự thật về thực phẩm chức năng sẽ bị xử phạt nặng.",
    "Ông Trần Quang Ảnh, Phó Chủ tịch UBND huyện, phát biểu tại buổi lễ.",
    "Kế hoạch số 25/KH-UBND ngày 15/01/2023",
    "Năm 2023, toàn tỉnh có 1.204 hộ thoát nghèo.",
    "Đoàn công tác làm việc tại xã. Ảnh: TTXVN Hội nghị kéo dài hai ngày với nhiều nội dung.",
    # "ảnh" in lower case is a word, not a credit, outside a bracket of its own
    "Sự việc gây ảnh hưởng lớn đến đời sống người dân (ảnh hưởng kéo dài nhiều tháng)",
    "Người dân được hướng dẫn chụp ảnh: giấy tờ tùy thân phải rõ nét",
    "Giọng nữ miền Bắc được chọn cho bản tin phát thanh của huyện từ tháng 5.",
]


@pytest.mark.parametrize("text", BODY)
def test_article_text_is_not_chrome(text: str) -> None:
    assert chrome_kind(text) is None


def test_made_of_prefers_the_narrow_kind() -> None:
    assert made_of("Chia sẻ | In trang") == "share"
    assert made_of("Lượt xem: 412 | Chia sẻ") is None  # two lists: a row, cut by cells


def test_notice() -> None:
    assert is_notice("Nghiêm cấm sao chép dưới mọi hình thức khi chưa được sự đồng ý.")
    assert not is_notice("Hội nghị đã thông qua nghị quyết về phát triển du lịch.")


def test_phrase_index() -> None:
    index = PhraseIndex({"a": ["Xem thêm", "Xem"], "b": ["Xem thêm tin"]})
    assert index.kinds_opening(tokens("Xem thêm tin Kinh tế")) == (frozenset({"b"}), 3)
    assert index.kinds_made_of(tokens("Xem | Xem thêm")) == frozenset({"a"})
    assert index.kinds_made_of(tokens("Xem thêm tin Kinh tế")) == frozenset()
    assert index.kinds_made_of([]) == frozenset()


MENU_LINE = (
    "Thời sự Chính trị Kinh tế Đầu tư Văn hóa Xã hội Giáo dục Sức khỏe Pháp luật An ninh "
    "Quốc phòng Thế giới Thể thao Du lịch Nông nghiệp Bất động sản Đà Nẵng Cần Thơ"
)


def test_a_long_menu_line_without_punctuation_is_nav() -> None:
    assert bp.chrome_kind(MENU_LINE) == ("nav", True)


@pytest.mark.parametrize(
    "line",
    [
        # long prose always has a comma or a full stop somewhere
        "Theo Sở Y tế tỉnh Bình Định trong tuần qua toàn tỉnh ghi nhận thêm 120 ca mắc sốt xuất "
        "huyết tăng 20 ca so với tuần trước, không có ca tử vong.",
        # no punctuation, but few capitals: running text that lost its marks
        "đồng chí nhấn mạnh cần tiếp tục đẩy mạnh công tác tuyên truyền nâng cao nhận thức "
        "của cán bộ đảng viên và nhân dân về vai trò của công tác dân vận trong tình hình mới",
        # a headline-length line of capitals is left to the head rules
        "Tổng Bí thư Tô Lâm tiếp Bộ trưởng Quốc phòng Hoa Kỳ Lloyd Austin tại Hà Nội",
    ],
)
def test_lines_that_are_not_menu_runs(line: str) -> None:
    assert not bp.is_menu_run(line, len(line.split()))


@pytest.mark.parametrize(
    "line",
    [
        "TẠP CHÍ ĐIỆN TỬ ABC Tổng biên tập: Trần Văn Ba Địa chỉ: 25 Lý Thường Kiệt, Hà Nội "
        "Điện thoại: 024.3821.0000",
        "Cơ quan chủ quản: UBND tỉnh X - Chịu trách nhiệm nội dung: Lê Thị Y - Email: a@x.gov.vn",
        "@ Bản quyền thuộc Cổng thông tin điện tử tỉnh X",
    ],
)
def test_footers_flattened_into_one_line(line: str) -> None:
    assert chrome_kind(line) == ("footer", True)


def test_one_footer_label_in_a_sentence_is_no_footer() -> None:
    assert chrome_kind("Người dân có thể phản ánh qua Đường dây nóng: 1900 1234 của tỉnh.") != (
        "footer", True)
    # two labels are weak evidence: a contact line may close a notice in the body
    assert chrome_kind("Mọi chi tiết xin liên hệ Điện thoại: 0203.111 hoặc Email: a@b.vn") == (
        "footer", False)


@pytest.mark.parametrize("line", ["------------", "__________", "- - - - -", "=========="])
def test_horizontal_rules_are_separators(line: str) -> None:
    assert chrome_kind(line) == ("separator", True)


@pytest.mark.parametrize(
    "line", ["- Tăng cường kiểm tra.", "* Ghi chú: số liệu tạm tính", "— Hết —", "***", "..."]
)
def test_lines_with_words_are_no_separators(line: str) -> None:
    assert chrome_kind(line) != ("separator", True)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Các đại biểu dâng hương tại Khu di tích lịch sử Tân Trào_Ảnh: Văn Long", "caption"),
        ("Ảnh phóng sự:", "caption"),
        ("Chùm ảnh:", "caption"),
        ("Tài liệu đính kèm:", "widget"),
        ("Quyết định 12/QĐ-UBND (12-qd-ubnd.pdf) - Tải về", "widget"),
        ("bao-cao-tong-ket-2023.docx (356 KB)", "widget"),
        ("Ke_hoach_trien_khai_2025.pdf (Tải về)", "widget"),
    ],
)
def test_gallery_headers_credits_and_attachment_blocks(line: str, kind: str) -> None:
    assert chrome_kind(line) == (kind, True)


def test_a_word_that_opens_like_a_credit_is_no_gallery_header() -> None:
    assert chrome_kind("Ảnh hưởng của mưa lũ:") is None
