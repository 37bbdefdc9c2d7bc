"""Probe round 12 (cleaner): hard-wrapped paragraphs joined, a table flattened one
cell a line kept whole, a wire credit under a short last line, a speech's sign-off."""

from __future__ import annotations

import re
import textwrap
from collections import Counter

import pytest

from ttcorpus.clean.article import clean_article
from ttcorpus.clean.lines import read_lines
from ttcorpus.clean.wires import wire_credit
from ttcorpus.clean.wraps import join_wrapped, soft_breaks, wrap_width
from ttcorpus.models import Article

_WORD = re.compile(r"\w+")


def _accounted(page: str, a: Article) -> bool:
    """Every word of every input line is in a removed piece of that line or in a
    body line that is a piece of it."""
    body = a.text.split("\n")
    for n, line, _ in read_lines(page):
        pieces = [r.text for r in a.removed if r.line == n]
        pieces += [b for b in body if b and b in line]
        if Counter(_WORD.findall(line)) - Counter(w for p in pieces for w in _WORD.findall(p)):
            return False
    return True


def _removed_lines(a: Article) -> set[str]:
    return {r.text for r in a.removed}


# ---------------------------------------------------------------------------
# 1. Hard-wrapped paragraphs

HEAD = ["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC SƠN", "Trang chủ | Tin tức | Văn bản | Liên hệ",
        "Tin tức > Kinh tế", "Bắc Sơn đẩy nhanh giải ngân vốn đầu tư công năm 2025"]
DATELINE = "Ngày đăng: 14/08/2025 | 10:05"
PARAS = [
    "Chiều 13/8, Ủy ban nhân dân tỉnh Bắc Sơn tổ chức hội nghị đánh giá tiến độ giải ngân "
    "vốn đầu tư công 7 tháng năm 2025. Đồng chí Trịnh Quang Vĩnh, Phó Chủ tịch UBND tỉnh "
    "chủ trì hội nghị.",
    "Dự hội nghị có đại diện lãnh đạo các sở: Tài chính, Xây dựng, Nông nghiệp và Môi "
    "trường; Ban Quản lý dự án đầu tư xây dựng tỉnh; Chủ tịch UBND các huyện Lục Yên, "
    "Văn Quan, Đình Lập.",
    "Theo báo cáo của Sở Tài chính, tổng kế hoạch vốn năm 2025 được giao theo Quyết định "
    "số 2150/QĐ-UBND ngày 20/12/2024 là 6.420 tỷ đồng; đến ngày 31/7, toàn tỉnh đã giải "
    "ngân 2.870 tỷ đồng, đạt 44,7% kế hoạch, cao hơn bình quân chung cả nước.",
    "Phát biểu kết luận, Phó Chủ tịch UBND tỉnh Trịnh Quang Vĩnh yêu cầu chủ đầu tư các "
    "dự án chậm tiến độ lập kế hoạch giải ngân chi tiết theo từng tháng, kiên quyết điều "
    "chuyển vốn của các dự án không có khả năng giải ngân hết trong năm.",
]
TAIL = ["Phòng Thông tin - Truyền thông", "Tin liên quan:",
        "- Bắc Sơn: Khởi công tuyến đường liên huyện", "Bản quyền thuộc UBND tỉnh Bắc Sơn",
        "Số lượt truy cập: 8.245.110"]


def _wrapped_page(width: int, dateline: bool) -> str:
    body = [line for p in PARAS for line in textwrap.wrap(p, width)]
    return "\n".join([*HEAD, *([DATELINE] if dateline else []), *body, *TAIL])


@pytest.mark.parametrize("dateline", [False, True])
@pytest.mark.parametrize("width", [60, 64, 70, 76, 80, 88, 95, 100])
def test_hard_wrapped_paragraphs_are_body(width: int, dateline: bool) -> None:
    page = _wrapped_page(width, dateline)
    a = clean_article(page)
    # nothing of the body is lost, and it keeps its input lines
    assert a.text.split("\n") == [line for p in PARAS for line in textwrap.wrap(p, width)]
    assert a.title == HEAD[3]
    assert a.published == ("2025-08-14T10:05" if dateline else None)
    assert a.section == "Kinh tế"
    # read with its soft breaks as spaces, every name is whole again
    chars = list(a.text)
    for k in soft_breaks(a.text):
        assert chars[k] == "\n"
        chars[k] = " "
    view = "".join(chars)
    for name in ("Trịnh Quang Vĩnh", "Văn Quan", "Nông nghiệp và Môi trường"):
        assert name in view, name
    assert _accounted(page, a)
    assert {r.kind for r in a.removed} >= {"site", "nav", "title", "related", "footer"}


def test_a_removed_piece_of_a_joined_line_goes_back_to_its_input_lines() -> None:
    page = _wrapped_page(72, False)
    a = clean_article(page)
    numbers = {n for n, _, _ in read_lines(page)}
    assert all(r.line in numbers for r in a.removed)
    for r in a.removed:
        assert r.text in page.split("\n")[r.line - 1]


def test_lines_ending_a_sentence_or_listing_items_are_not_joined() -> None:
    rows = [
        "Sáng nay, đoàn công tác của tỉnh đã đến thăm và làm việc tại một số",
        "xã vùng cao, trao quà cho các gia đình chính sách tại địa phương và",
        "kiểm tra tiến độ xây dựng nhà ở cho hộ nghèo trên địa bàn các xã.",
        "Đoàn đề nghị các xã tập trung thực hiện các nhiệm vụ trọng tâm sau đây",
        "- hoàn thành xây dựng nhà ở cho hộ nghèo trước ngày 30 tháng 9 năm nay",
        "- rà soát, cập nhật danh sách hộ cận nghèo để có phương án hỗ trợ kịp",
        "thời cho các hộ gặp khó khăn.",
    ]
    lines, joins = join_wrapped([(k, s, 0) for k, s in enumerate(rows, 1)])
    texts = [s for _, s, _ in lines]
    assert texts[0] == " ".join(rows[:3])
    assert rows[3] in texts and rows[4] in texts  # no item goes on the line above
    assert texts[-1] == rows[5] + " " + rows[6]
    assert set(joins) == {1, 6}


ORDINARY_PAGES = [
    # a title above its lead, the title as long as the body's lines
    ["Ban Thường vụ Tỉnh ủy làm việc với Đảng ủy các cơ quan tỉnh về công tác",
     "Sáng 5/9, đồng chí Bí thư Tỉnh ủy chủ trì buổi làm việc với Đảng ủy các cơ quan tỉnh.",
     "Các đại biểu thảo luận về công tác chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ tới.",
     "Tin liên quan"],
    # a feed dumped as "key: value" rows
    ["title: Hội nghị tổng kết công tác dân vận năm 2024 của khối các cơ quan",
     "link: https://baomau.vn/tin-tuc/hoi-nghi-tong-ket-cong-tac-dan-van-2024.html",
     "title: Khánh thành công trình chào mừng đại hội đảng bộ huyện lần thứ",
     "link: https://baomau.vn/tin-tuc/khanh-thanh-cong-trinh-chao-mung-dai-hoi.html",
     "title: Tỉnh đoàn tổ chức ngày hội thanh niên tình nguyện tại các xã vùng",
     "link: https://baomau.vn/tin-tuc/ngay-hoi-thanh-nien-tinh-nguyen-vung-cao.html"],
    # a numbered listing, each item on its line
    ["12 title Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ mười hai nhiệm kỳ",
     "13 dateline Cập nhật lúc 08:45 ngày 20 tháng 11 năm 2024 theo giờ Hà Nội",
     "14 caption Đồng chí Bí thư Tỉnh ủy phát biểu chỉ đạo tại hội nghị lần thứ",
     "15 byline Thu Hà và nhóm phóng viên ban thời sự của báo điện tử tỉnh nhà",
     "16 related Khai mạc kỳ họp thứ mười Hội đồng nhân dân tỉnh khóa mười bảy"],
    # long unwrapped paragraphs, a short caption line, chrome rows
    ["Trang chủ | Thời sự", PARAS[0], "Toàn cảnh hội nghị", PARAS[1], PARAS[2],
     "Chia sẻ | Facebook | Zalo"],
]


@pytest.mark.parametrize("rows", ORDINARY_PAGES)
def test_ordinary_pages_are_not_joined(rows: list[str]) -> None:
    lines = [(k, s, 0) for k, s in enumerate(rows, 1)]
    assert join_wrapped(lines) == (lines, {})


def test_the_wrap_width_is_read_off_the_body() -> None:
    page = _wrapped_page(80, True)
    assert 70 <= (wrap_width(read_lines(page)) or 0) <= 80
    assert wrap_width(read_lines("\n".join([*HEAD, *PARAS, *TAIL]))) is None


# ---------------------------------------------------------------------------
# 2. A table flattened one cell a line

TABLE_PAGE = "\n".join([
    "BÁO ĐIỆN TỬ MIỀN TÂY", "Kinh tế", "Kết quả thu ngân sách 7 tháng năm 2025",
    "Cập nhật: 05/08/2025 09:10", "Lượt xem: 2.315",
    "Sáng 5/8, Sở Tài chính tỉnh Miền Tây công bố kết quả thu ngân sách 7 tháng năm "
    "2025 với nhiều chỉ tiêu vượt kế hoạch đề ra.",
    "Một số chỉ tiêu chủ yếu:",
    "TT", "Nội dung", "Đơn vị tính", "Dự toán", "Thực hiện",
    "1", "Thu nội địa", "Tỷ đồng", "12.400", "8.150",
    "2", "Thu xuất nhập khẩu", "Tỷ đồng", "3.200", "2.075,5",
    "Sở Tài chính đề nghị các ngành tiếp tục đôn đốc thu hồi nợ thuế, chống thất thu "
    "ngân sách trong những tháng cuối năm.",
    "Hoàng Yến", "Chia sẻ",
])


def test_a_flattened_table_keeps_its_numbers() -> None:
    a = clean_article(TABLE_PAGE)
    lines = a.text.split("\n")
    for cell in ("TT", "Thu nội địa", "12.400", "8.150", "3.200", "2.075,5"):
        assert cell in lines, cell
    assert "Lượt xem: 2.315" in _removed_lines(a)  # the head's counter still goes


def test_a_lone_number_among_short_lines_is_still_a_counter() -> None:
    page = "\n".join([
        "BÁO ĐIỆN TỬ MIỀN TÂY", "Thời sự", "Tỉnh Miền Tây sơ kết công tác dân vận",
        "Sáng 5/8, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng "
        "đầu năm 2025 và triển khai nhiệm vụ trọng tâm.",
        "Lượt thích", "1.204",
        "Hội nghị đã thảo luận, thống nhất các giải pháp nâng cao chất lượng công tác dân "
        "vận chính quyền trong thời gian tới.",
        "Minh Khang",
    ])
    a = clean_article(page)
    assert "1.204" not in a.text.split("\n")


# ---------------------------------------------------------------------------
# 3. A wire's credit as the last line

def _wire_page(closing: str, credit: str) -> str:
    return "\n".join([
        "BÁO TIN MỚI", "Thời sự", "Phát biểu của Bộ trưởng tại lễ kỷ niệm thành lập ngành",
        "Thứ Hai, 18/08/2025 - 10:30",
        "Sáng 18/8, tại Hà Nội, Bộ Nông nghiệp và Môi trường long trọng tổ chức lễ kỷ niệm "
        "80 năm Ngày truyền thống ngành.",
        "Bộ trưởng nhấn mạnh yêu cầu đổi mới mạnh mẽ công tác quản lý, nâng cao chất lượng "
        "phục vụ người dân và doanh nghiệp.",
        closing, credit, "Chia sẻ", "Tin liên quan",
        "Khai mạc triển lãm thành tựu ngành nông nghiệp",
    ])


@pytest.mark.parametrize("closing", [
    "Xin chân thành cảm ơn!",
    "Chúc các đồng chí sức khỏe, hạnh phúc và thành công trong công tác, cống hiến lâu dài "
    "cho ngành.",
])
@pytest.mark.parametrize("credit", ["TTXVN", "VNA", "TTXVN/Báo Tin mới", "Vietnam+/TTXVN"])
def test_a_wire_credit_is_the_attribution(closing: str, credit: str) -> None:
    a = clean_article(_wire_page(closing, credit))
    assert a.attribution == credit
    assert a.text.split("\n")[-1] == closing
    assert a.authors == []


@pytest.mark.parametrize("text", ["Hà Nội", "TTXVN đưa tin", "Thu Hà/TTXVN tin mới", "tin/TTXVN",
                                  "TTXVN/Báo Tin mới/Ảnh", "Bộ/Ngành"])
def test_what_is_no_wire_credit(text: str) -> None:
    assert wire_credit(text) is None


def test_a_wire_name_among_the_tags_stays_a_tag() -> None:
    page = _wire_page("Xin chân thành cảm ơn!", "Từ khóa").replace(
        "Từ khóa", "Từ khóa\nTTXVN\nNông nghiệp")
    a = clean_article(page)
    assert a.attribution is None
    assert ("TTXVN", "tags") in {(r.text, r.kind) for r in a.removed}


# ---------------------------------------------------------------------------
# 4. A speech's sign-off

def _speech(closing: str, sign: list[str]) -> str:
    return "\n".join([
        "BÁO QUẢNG NINH", "Chính trị", "Diễn văn bế mạc Đại hội Đảng bộ tỉnh lần thứ XVI",
        "Thứ Ba, 14/10/2025 - 16:40",
        "Báo Quảng Ninh trân trọng giới thiệu toàn văn diễn văn bế mạc Đại hội của đồng chí "
        "Bí thư Tỉnh ủy.",
        "Sau hai ngày làm việc khẩn trương, nghiêm túc, Đại hội đại biểu Đảng bộ tỉnh lần "
        "thứ XVI đã hoàn thành toàn bộ nội dung chương trình đề ra.",
        closing, *sign, "Chia sẻ", "Tin cùng chuyên mục", "Quảng Ninh bầu Ban Chấp hành khóa mới",
    ])


@pytest.mark.parametrize("office", ["Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh Quảng Ninh",
                                    "Phó Bí thư Thường trực Tỉnh ủy"])
def test_a_speakers_sign_off_stays_in_the_body(office: str) -> None:
    a = clean_article(_speech("Xin trân trọng cảm ơn các đồng chí!", ["Vũ Đại Thắng", office]))
    assert a.authors == []
    assert a.text.split("\n")[-3:] == ["Xin trân trọng cảm ơn các đồng chí!", "Vũ Đại Thắng",
                                       office]


@pytest.mark.parametrize("closing, sign", [
    # a news report signed by its reporter: a byline (the closing line is no spoken one)
    ("Đại hội bế mạc trong không khí phấn khởi, tin tưởng.", ["Vũ Đại Thắng"]),
    # a name under the closing words without an office: a byline still
    ("Xin trân trọng cảm ơn các đồng chí!", ["Vũ Đại Thắng"]),
])
def test_a_byline_is_still_a_byline(closing: str, sign: list[str]) -> None:
    a = clean_article(_speech(closing, sign))
    assert a.authors == ["Vũ Đại Thắng"]
