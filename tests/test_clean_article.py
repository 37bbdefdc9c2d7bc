"""``clean_article`` on whole pages written for these tests (other sites, other
wording than the seeds): what goes, what stays, the metadata, and the lossless
account of every input line."""

from __future__ import annotations

import re
import time
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ttcorpus.clean import clean_article
from ttcorpus.clean.markup import unmark
from ttcorpus.models import Article
from ttcorpus.normalize import fold, normalize_line, split_lines

P1 = (
    "Sáng 19/8, Ban Chấp hành Đảng bộ tỉnh Bình Minh tổ chức Hội nghị lần thứ 15 để xem xét, "
    "cho ý kiến vào dự thảo các văn kiện trình Đại hội đại biểu Đảng bộ tỉnh."
)
P2 = (
    "Phát biểu khai mạc, đồng chí Nguyễn Văn Bình nhấn mạnh hội nghị có ý nghĩa đặc biệt quan "
    "trọng, quyết định sự thành công của công tác chuẩn bị Đại hội."
)
P3 = (
    "Theo báo cáo, trong nhiệm kỳ qua kinh tế của tỉnh tăng trưởng bình quân 7,2%/năm, thu nhập "
    "bình quân đầu người đạt 52 triệu đồng, tỷ lệ hộ nghèo giảm còn 3,1%."
)
P4 = (
    "Kết luận hội nghị, đồng chí Bí thư Tỉnh ủy đề nghị các sở, ngành tiếp thu ý kiến đóng góp, "
    "hoàn thiện dự thảo văn kiện trước ngày 30/8 để trình Ban Thường vụ Tỉnh ủy."
)


def lines_of(a: Article) -> list[str]:
    return a.text.split("\n") if a.text else []


def removed_as(a: Article, kind: str) -> list[str]:
    return [r.text for r in a.removed if r.kind == kind]


def accounted(text: str, a: Article) -> bool:
    """Every word of every non-blank input line is in a ``removed`` entry of that
    line or in a body paragraph taken from it (counted with multiplicity). HTML
    markup is read as its text (tags are no words of the page; the cleaner counts
    what it drops in a warning)."""
    body = lines_of(a)
    text, _ = unmark(text)
    for n, raw in enumerate(split_lines(text), 1):
        line = normalize_line(raw)
        if not line:
            continue
        pieces = [r.text for r in a.removed if r.line == n] + [b for b in body if b and b in line]
        missing = Counter(_WORD.findall(line)) - Counter(
            w for piece in pieces for w in _WORD.findall(piece)
        )
        if missing:
            return False
    return True


_WORD = re.compile(r"\w+")


# ---------------------------------------------------------------------------
# Whole pages


PORTAL = f"""BÁO ĐIỆN TỬ BÌNH MINH
Cơ quan ngôn luận của Đảng bộ tỉnh Bình Minh
Trang chủ › Thời sự › Chính trị
Tìm kiếm
Thời sự
Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15 thông qua nhiều nội dung quan trọng
Cập nhật: 08:15, 19/08/2020
Lượt đọc: 1.204
(BMO) - {P1}
Đồng chí Nguyễn Văn Bình, Bí thư Tỉnh ủy chủ trì hội nghị. Ảnh: Minh Khôi
{P2}
Quang cảnh hội nghị
{P3}
Hội nghị đã thông qua nghị quyết.
{P4}
Hoàng Minh - Lan Anh
Chia sẻ bài viết: Facebook Zalo
In bài | Gửi bài | Lưu bài
Tags: Đại hội Đảng, văn kiện, Bình Minh
Bài viết liên quan
Bình Minh: Chuẩn bị chu đáo cho Đại hội Đảng bộ tỉnh
Tập huấn nghiệp vụ công tác văn phòng cấp ủy năm 2020
Gửi bình luận
Họ và tên *
Email *
Gửi
© 2020 Báo điện tử Bình Minh. Giấy phép số 123/GP-BTTTT.
Tổng Biên tập: Trần Văn Hải
Địa chỉ: 12 Lê Lợi, TP Bình Minh. Điện thoại: 0123.456.789
"""


def test_portal_page() -> None:
    a = clean_article(PORTAL, id="p", source="x.txt")
    assert (a.id, a.source) == ("p", "x.txt")
    assert lines_of(a) == [P1, P2, P3, "Hội nghị đã thông qua nghị quyết.", P4]
    assert a.title == (
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15 thông qua nhiều nội dung quan trọng"
    )
    assert a.published == "2020-08-19T08:15"
    assert a.authors == ["Hoàng Minh", "Lan Anh"]
    assert a.site == "Báo điện tử Bình Minh"
    assert a.section == "Thời sự"
    assert removed_as(a, "lead_prefix") == ["(BMO) -"]
    assert removed_as(a, "caption") == [
        "Đồng chí Nguyễn Văn Bình, Bí thư Tỉnh ủy chủ trì hội nghị. Ảnh: Minh Khôi",
        "Quang cảnh hội nghị",
    ]
    kinds = {r.kind for r in a.removed}
    assert {"site", "nav", "section", "title", "dateline", "counter", "byline", "share",
            "tags", "related", "comment_form", "footer"} <= kinds
    assert accounted(PORTAL, a)


PHONE = "Mọi thắc mắc xin liên hệ số điện thoại 0218.3852.123 của Phòng Phổ biến Sở Tư pháp."
DEPARTMENT = f"""CỔNG THÔNG TIN ĐIỆN TỬ SỞ TƯ PHÁP TỈNH HÒA BÌNH
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp | Liên hệ
Tin tức > Hoạt động của Sở
Tăng cường công tác phổ biến, giáo dục pháp luật năm 2023 (14:05 | 03/02/2023)
\u00a0\u00a0\u00a0{P1}
Giám đốc Sở Tư pháp Lê Thị Hạnh phát biểu tại hội nghị
\u00a0\u00a0\u00a0{P2}
\u00a0\u00a0\u00a0{PHONE}
\u00a0\u00a0\u00a0{P3}
\u00a0\u00a0\u00a0Các đơn vị cần hoàn thành báo cáo trước ngày 15/12/2023
Nguồn: Sở Tư pháp tỉnh Hòa Bình
Số lượt truy cập: 123.456
Đang online: 12
Bản quyền © Sở Tư pháp tỉnh Hòa Bình
"""


def test_department_page_with_indented_paragraphs() -> None:
    a = clean_article(DEPARTMENT)
    assert lines_of(a) == [
        P1, P2, PHONE, P3,
        "Các đơn vị cần hoàn thành báo cáo trước ngày 15/12/2023",
    ]
    assert a.title == "Tăng cường công tác phổ biến, giáo dục pháp luật năm 2023"
    assert a.published == "2023-02-03T14:05"
    assert removed_as(a, "dateline") == ["(14:05 | 03/02/2023)"]
    assert removed_as(a, "caption") == ["Giám đốc Sở Tư pháp Lê Thị Hạnh phát biểu tại hội nghị"]
    assert a.attribution == "Sở Tư pháp tỉnh Hòa Bình"
    assert a.authors == []
    assert a.site == "Cổng thông tin điện tử Sở Tư pháp tỉnh Hòa Bình"
    assert a.section == "Hoạt động của Sở"
    assert accounted(DEPARTMENT, a)


WIRE = f"""Thủ tướng: Quyết liệt tháo gỡ khó khăn cho sản xuất kinh doanh
Thứ Tư, 19/08/2020 - 08:15
Chia sẻ
TP - {P1}
Thủ tướng Phạm Minh Chính (giữa) chủ trì phiên họp.
{P2}
[Thủ tướng kiểm tra tiến độ dự án cao tốc Bắc - Nam]
{P3}
Buổi làm việc kết thúc lúc 17 giờ cùng ngày
Theo TTXVN
Tin cùng chuyên mục
Thủ tướng tiếp Đại sứ Nhật Bản (18/08/2020)
Chính phủ ban hành Nghị quyết về phục hồi kinh tế (17/08/2020)
"""


def test_wire_story_with_teasers_and_attribution() -> None:
    a = clean_article(WIRE)
    assert lines_of(a) == [P1, P2, P3, "Buổi làm việc kết thúc lúc 17 giờ cùng ngày"]
    assert a.published == "2020-08-19T08:15"
    assert a.attribution == "TTXVN"
    assert a.authors == []
    assert removed_as(a, "related")[0] == "[Thủ tướng kiểm tra tiến độ dự án cao tốc Bắc - Nam]"
    assert removed_as(a, "caption") == ["Thủ tướng Phạm Minh Chính (giữa) chủ trì phiên họp."]
    assert accounted(WIRE, a)


UNINDENTED_CAPTIONS = "\n".join([
    "Quận Ba Đình ra quân bảo đảm trật tự đô thị",
    "\u00a0 \u00a0 " + P1,
    "Lãnh đạo quận trao cờ cho lực lượng ra quân.",
    "\u00a0 \u00a0 " + P2,
    "\u00a0 \u00a0 " + P3,
    "Các lực lượng tham gia lễ ra quân trên đường Đội Cấn sáng 12/3",
    "\u00a0 \u00a0 " + P4,
    "Thanh Bình",
])


def test_flush_left_captions_between_indented_paragraphs() -> None:
    a = clean_article(UNINDENTED_CAPTIONS)
    assert lines_of(a) == [P1, P2, P3, P4]
    assert removed_as(a, "caption") == [
        "Lãnh đạo quận trao cờ cho lực lượng ra quân.",
        "Các lực lượng tham gia lễ ra quân trên đường Đội Cấn sáng 12/3",
    ]
    assert a.authors == ["Thanh Bình"]


FLATTENED = (
    "BÁO CÀ MAU\n"
    "≡ Trang chủ Kinh tế Xã hội Văn hóa Pháp luật Tìm kiếm Kinh tế "
    "Cà Mau: Khởi công dự án điện gió ngoài khơi 12/03/2024 | 09:30 GMT+7 " + P1 + "\n"
    "Lãnh đạo tỉnh bấm nút khởi công dự án. (Ảnh: Hải Đăng) " + P2 + "\n"
    "Quảng cáo " + P3 + "\n"
    "Đọc thêm: Bạc Liêu phát triển điện gió gắn với du lịch Trong năm 2024, " + P4 + "/. "
    "Hải Đăng Chia sẻ Facebook Zalo\n"
    "Tin liên quan\n"
    "Năm Căn: Ra mắt hợp tác xã nuôi tôm công nghệ cao (10/03/2024)\n"
    "© Báo Cà Mau điện tử\n"
)


def test_flattened_page() -> None:
    a = clean_article(FLATTENED)
    assert lines_of(a) == [P1, P2, P3, "Trong năm 2024, " + P4 + "/."]
    assert a.title == "Cà Mau: Khởi công dự án điện gió ngoài khơi"
    assert a.published == "2024-03-12T09:30"
    assert a.section == "Kinh tế"
    assert a.site == "Báo Cà Mau"
    assert a.authors == ["Hải Đăng"]
    assert removed_as(a, "ad") == ["Quảng cáo"]
    assert removed_as(a, "caption") == ["Lãnh đạo tỉnh bấm nút khởi công dự án. (Ảnh: Hải Đăng)"]
    assert accounted(FLATTENED, a)
    # partial removals: several entries for one line, the rest kept
    assert [r.kind for r in a.removed if r.line == 2] == ["nav", "section", "title", "dateline"]


def test_caption_on_the_line_before_its_credit() -> None:
    page = f"Tiêu đề bài viết\n{P1}\n\nQuang cảnh hội nghị.\n\nẢnh: TTXVN\n\n{P2}"
    a = clean_article(page)
    assert lines_of(a) == [P1, P2]
    assert removed_as(a, "caption") == ["Quang cảnh hội nghị.", "Ảnh: TTXVN"]


def test_numbered_photo_caption() -> None:
    a = clean_article(f"Tiêu đề bài viết\n{P1}\nẢnh 2: Lãnh đạo tỉnh trao bằng khen.\n{P2}")
    assert lines_of(a) == [P1, P2]


def test_inline_related_block_in_the_middle_of_the_body() -> None:
    page = "\n".join([
        "Hội nghị Ban Chấp hành lần thứ 15", P1, "Tin liên quan",
        "Bình Minh tổng kết công tác năm 2019", "Hội thảo phát triển kinh tế biển?",
        P2, P3, "Thu Hà",
    ])
    a = clean_article(page)
    assert lines_of(a) == [P1, P2, P3]
    assert removed_as(a, "related") == [
        "Tin liên quan",
        "Bình Minh tổng kết công tác năm 2019",
        "Hội thảo phát triển kinh tế biển?",
    ]
    assert a.authors == ["Thu Hà"]


def test_caption_glued_to_a_short_sentence() -> None:
    glued = "Quang cảnh hội nghị. Ảnh: TTXVN Hội nghị kéo dài 2 ngày."
    a = clean_article(f"Tiêu đề bài viết\n{P1}\n{glued}")
    assert lines_of(a) == [P1, "Hội nghị kéo dài 2 ngày."]
    assert removed_as(a, "caption") == ["Quang cảnh hội nghị. Ảnh: TTXVN"]


def test_short_article_without_paragraphs() -> None:
    a = clean_article("\n".join([
        "Bộ Y tế họp báo thường kỳ", "Sáng nay, Bộ Y tế họp báo.",
        "Nhiều nội dung được thông tin.", "Thu Hà",
    ]))
    assert a.title == "Bộ Y tế họp báo thường kỳ"
    assert lines_of(a) == ["Sáng nay, Bộ Y tế họp báo.", "Nhiều nội dung được thông tin."]
    assert a.authors == ["Thu Hà"]


def test_lists_and_quotes_stay() -> None:
    body = [
        P1,
        "Các nhiệm vụ trọng tâm gồm:",
        "- Tăng cường công tác tuyên truyền;",
        "- Đẩy mạnh chuyển đổi số.",
        '"Chúng tôi sẽ làm hết sức mình", ông Trần Văn Nam nói.',
        "***",
        P2,
        "Hà Nội, ngày 12 tháng 3 năm 2024",
    ]
    a = clean_article("Tiêu đề bài viết\n" + "\n".join(body) + "\nThu Hà\nChia sẻ")
    assert lines_of(a) == body
    assert a.published is None


# ---------------------------------------------------------------------------
# Bylines, datelines, lead prefixes


@pytest.mark.parametrize(
    ("byline", "authors", "attribution"),
    [
        ("Ngọc Lan", ["Ngọc Lan"], None),
        ("Hữu Phúc (TTXVN/Vietnam+)", ["Hữu Phúc"], "TTXVN/Vietnam+"),
        ("Bài, ảnh: Quốc Việt", ["Quốc Việt"], None),
        ("PV", [], None),
        ("Nhóm PV", [], None),
        ("Theo Báo Nhân Dân", [], "Báo Nhân Dân"),
        ('Theo "Cổng thông tin điện tử Bộ Tư pháp"', [], "Cổng thông tin điện tử Bộ Tư pháp"),
        ("Nguồn: VOV", [], "VOV"),
        ("THU TRANG", ["Thu Trang"], None),
    ],
)
def test_byline_forms_at_the_end(byline: str, authors: list[str], attribution: str | None) -> None:
    page = f"Tiêu đề bài viết về hội nghị tổng kết\n{P1}\n{P2}\n{byline}\nChia sẻ: Facebook"
    a = clean_article(page)
    assert lines_of(a) == [P1, P2]
    assert a.authors == authors
    assert a.attribution == attribution


def test_byline_and_source_together() -> None:
    a = clean_article(f"Tiêu đề bài viết\n{P1}\n{P2}\nPV\nTheo Báo Quân đội nhân dân\nTin khác")
    assert lines_of(a) == [P1, P2]
    assert a.authors == []
    assert a.attribution == "Báo Quân đội nhân dân"


def test_byline_under_the_title() -> None:
    page = f"Tiêu đề bài viết về hội nghị\nMinh Châu - Hải Yến\n19/08/2020 08:15 GMT+7\n{P1}"
    a = clean_article(page)
    assert a.authors == ["Minh Châu", "Hải Yến"]
    assert a.published == "2020-08-19T08:15"
    assert lines_of(a) == [P1]


@pytest.mark.parametrize(
    ("dateline", "iso"),
    [
        ("Thứ hai, ngày 20/02/2017 19h09'", "2017-02-20T19:09"),
        ("(10:30 | 24/07/2019)", "2019-07-24T10:30"),
        ("Cập nhật: 08:15, 19/08/2020", "2020-08-19T08:15"),
        ("19/08/2020 08:15 GMT+7", "2020-08-19T08:15"),
        ("Thứ Tư, 19/08/2020 - 08:15", "2020-08-19T08:15"),
        ("Ngày đăng: 19-08-2020", "2020-08-19"),
        ("Ngày đăng: 19/08/2020 - 08:15 | Lượt xem: 57", "2020-08-19T08:15"),
    ],
)
def test_every_dateline_form_gives_published(dateline: str, iso: str) -> None:
    a = clean_article(f"Tiêu đề bài viết về hội nghị tổng kết\n{dateline}\n{P1}\n{P2}")
    assert a.published == iso
    assert lines_of(a) == [P1, P2]


def test_title_with_trailing_dateline() -> None:
    a = clean_article(f"Hội nghị tổng kết công tác năm 2019 (16:45 30/12/2019)\n{P1}")
    assert a.title == "Hội nghị tổng kết công tác năm 2019"
    assert a.published == "2019-12-30T16:45"
    assert [(r.line, r.kind) for r in a.removed] == [(1, "title"), (1, "dateline")]


def test_published_is_never_taken_from_body_dates() -> None:
    page = "\n".join([
        "Tiêu đề bài viết", P1, P4, "Ngày 12 tháng 3 năm 2024 hội nghị kết thúc",
        "Tin liên quan", "Bài cũ (12/03/2024)", "(12/03/2024)",
    ])
    assert clean_article(page).published is None


@pytest.mark.parametrize(
    ("prefix", "removed"),
    [
        ("TP - ", "TP -"),
        ("HNP - ", "HNP -"),
        ("(Chinhphu.vn) - ", "(Chinhphu.vn) -"),
        ("(Baobinhminh) - ", "(Baobinhminh) -"),
        ("QĐND Online - ", "QĐND Online -"),
        ("VOV.VN - ", "VOV.VN -"),
        ("(BDO) ", "(BDO)"),  # a code in brackets, no dash
        ("GD&TĐ - ", "GD&TĐ -"),
        ("GD-TĐ - ", "GD-TĐ -"),
        ("Baoxaydung - ", "Baoxaydung -"),  # a site's name run together
        ("TGVN. ", "TGVN."),  # a code and a full stop
        ("(Báo Lạng Sơn) - ", "(Báo Lạng Sơn) -"),
        ("LẠNG SƠN - ", "LẠNG SƠN -"),
        ("LạngSơn - ", "LạngSơn -"),
    ],
)
def test_lead_prefix(prefix: str, removed: str) -> None:
    a = clean_article(f"Tiêu đề bài viết\n{prefix}{P1}\n{P2}")
    assert lines_of(a) == [P1, P2]
    assert removed_as(a, "lead_prefix") == [removed]


@pytest.mark.parametrize(
    "text",
    [
        "UBND - HĐND huyện đã tổ chức kỳ họp bất thường để bàn về ngân sách năm 2024 và đầu tư.",
        "TP. Hồ Chí Minh đã tổ chức kỳ họp bất thường để bàn về ngân sách năm 2024 và đầu tư.",
        "Hà Nội - Thủ đô ngàn năm văn hiến đón chào đại biểu các tỉnh về dự hội nghị năm 2024.",
        "(Còn nữa) Tỉnh ủy đã tổ chức kỳ họp bất thường để bàn về ngân sách năm 2024 và đầu tư.",
    ],
)
def test_no_lead_prefix_on_a_plain_sentence(text: str) -> None:
    a = clean_article(f"Tiêu đề bài viết\n{text}\n{P2}")
    assert lines_of(a)[0] == text


# ---------------------------------------------------------------------------
# Lines that must stay


@pytest.mark.parametrize(
    "kept",
    [
        "Hội nghị đã thông qua nghị quyết.",  # a short sentence between paragraphs
        "Buổi lễ diễn ra trang trọng.",
        "Vậy đâu là giải pháp?",
        "Chia sẻ kinh nghiệm giữa các địa phương",  # mentions "chia sẻ", no period
        "Tại buổi làm việc, nhiều hộ dân chia sẻ kinh nghiệm nuôi tôm.",
        "Mọi thắc mắc liên hệ số điện thoại 0258.3822.111 của Văn phòng xã.",
        "Các đơn vị cần hoàn thành báo cáo trước ngày 15/12/2023",  # no final period
        "Ông Trần Văn Bình cho biết sẽ tiếp tục kiểm tra.",
        "Nâng cao hiệu quả công tác tuyên truyền",  # a subheading
    ],
)
def test_body_lines_are_kept(kept: str) -> None:
    a = clean_article(f"Tiêu đề bài viết\n{P1}\n{kept}\n{P2}\n{P3}")
    assert kept in lines_of(a)


def test_short_closing_sentence_before_the_byline_is_kept() -> None:
    a = clean_article(f"Tiêu đề bài viết\n{P1}\n{P2}\nHội nghị kết thúc lúc 17 giờ.\nMinh Anh")
    assert lines_of(a) == [P1, P2, "Hội nghị kết thúc lúc 17 giờ."]
    assert a.authors == ["Minh Anh"]


def test_repeated_lines() -> None:
    slogan = "Đường dây nóng tiếp nhận phản ánh"
    sentence = "Hội nghị đã thông qua nghị quyết."
    page = f"Tiêu đề bài viết\n{P1}\n{slogan}\n{P2}\n{sentence}\n{P3}"
    repeated = frozenset({fold(slogan), fold(sentence), fold(P2)})
    a = clean_article(page, repeated=repeated)
    assert lines_of(a) == [P1, P2, sentence, P3]  # prose never goes for repeating
    assert removed_as(a, "repeated") == [slogan]
    assert slogan in lines_of(clean_article(page))  # kept when it does not repeat


# ---------------------------------------------------------------------------
# Degenerate inputs


@pytest.mark.parametrize(
    "text",
    ["", "\n\n", "\ufeff", "Xin chào", "Chia sẻ", "1", "Tiêu đề\n\nSáng 12/4, Bộ Công an họp."],
)
def test_degenerate_inputs(text: str) -> None:
    a = clean_article(text)
    assert accounted(text, a)


def test_short_page_keeps_its_sentence() -> None:
    a = clean_article("Hội nghị giao ban\n\nSáng 12/4, Bộ Công an tổ chức hội nghị.")
    assert (a.title, a.text) == ("Hội nghị giao ban", "Sáng 12/4, Bộ Công an tổ chức hội nghị.")


@pytest.mark.parametrize(
    "text",
    [
        "1" * 100_000,
        " ".join(["Hà"] * 50_000),
        "Ảnh: " + " ".join(["Thu"] * 20_000),
        "|" * 20_000 + "\n" + "/. " * 10_000,
        ("Quảng cáo Đọc thêm: " + P1 + " ") * 300,
        "(Ảnh: " * 5_000,
    ],
)
def test_pathological_inputs_stay_fast(text: str) -> None:
    t0 = time.perf_counter()
    a = clean_article(text)
    assert time.perf_counter() - t0 < 5
    assert accounted(text, a)


# ---------------------------------------------------------------------------
# Lossless, for any text

_WORDS = st.sampled_from([
    "Hội nghị", "tổng kết", "Chia sẻ", "Facebook", "|", "Ảnh:", "(Ảnh: Thu Hà)", "Quảng cáo",
    "Đọc thêm:", "/.", "Lượt xem: 12", "Trang chủ", "»", "Tìm kiếm", "12/03/2024", "10:30",
    "Thứ Hai,", "GMT+7", "Theo", "TTXVN", "PV", "Nguồn:", "Minh Anh", "TP -", "(Chinhphu.vn) -",
    "hinh anh 1", "Tin liên quan", "©", "Giấy phép số 12", ".", ",", "?", "\u00a0", "\t",
    "BÁO MẪU", "Xem thêm", "[", "]", "#tag", "đã", "Sáng 12/3,", "tại Hà Nội", "0 1 2 3 4",
])
_LINE = st.lists(_WORDS, max_size=40).map(" ".join)
_PAGE = st.lists(_LINE, max_size=14).map("\n".join) | st.text(max_size=300)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_PAGE)
def test_every_line_is_accounted_for(text: str) -> None:
    a = clean_article(text)
    assert accounted(text, a)
    for r in a.removed:
        assert r.text and r.text.strip() == r.text
    assert all(line for line in lines_of(a))


# An army or police paper: who presided is said in its own short paragraph (narration:
# kept); the uncredited caption describes the photo; the byline carries a rank and a
# unit; a notice sends readers to a section.
ARMY_PAPER = "\n".join([
    "Sư đoàn 9 tổng kết công tác huấn luyện năm 2024",
    P1,
    "Đại tá Hoàng Văn Lợi, Sư đoàn trưởng chủ trì hội nghị.",
    P2,
    "Đại tá Hoàng Văn Lợi phát biểu tại hội nghị.",
    P3,
    "Trung tá VŨ ĐÌNH NAM (Phòng Chính trị Sư đoàn 9)",
    "* Mời bạn đọc xem thêm các tin, bài về huấn luyện trong chuyên mục Quốc phòng.",
    "Tin liên quan",
])


def test_army_paper_byline_caption_and_notice() -> None:
    a = clean_article(ARMY_PAPER)
    assert lines_of(a) == [P1, "Đại tá Hoàng Văn Lợi, Sư đoàn trưởng chủ trì hội nghị.", P2, P3]
    assert removed_as(a, "caption") == ["Đại tá Hoàng Văn Lợi phát biểu tại hội nghị."]
    assert a.authors == ["Vũ Đình Nam"]
    assert a.attribution == "Phòng Chính trị Sư đoàn 9"
    assert any(r.text.startswith("* Mời bạn đọc") for r in a.removed)
    assert accounted(ARMY_PAPER, a)


# A district portal: an accessibility link and a flat menu above the section label,
# the office that wrote the news signed under it, then the list of earlier news.
DISTRICT_PORTAL = "\n".join([
    "Skip to content",
    "UBND HUYỆN TÂN SƠN",
    "Giới thiệu  Tin tức  Văn bản  Hỏi đáp",
    "Tin trong huyện",
    "Tân Sơn tổng kết công tác dân vận năm 2024",
    P1,
    P2,
    "Ban Dân vận Huyện ủy",
    "Các tin đã đưa",
    "Hội nghị triển khai nhiệm vụ quý IV - 01/11/2024",
])


def test_district_portal_signature_and_earlier_news() -> None:
    a = clean_article(DISTRICT_PORTAL)
    assert lines_of(a) == [P1, P2]
    assert a.attribution == "Ban Dân vận Huyện ủy" and a.authors == []
    assert (a.site, a.section) == ("UBND huyện Tân Sơn", "Tin trong huyện")
    assert removed_as(a, "nav")[0] == "Skip to content"
    assert removed_as(a, "related") == [
        "Các tin đã đưa", "Hội nghị triển khai nhiệm vụ quý IV - 01/11/2024"
    ]
    assert accounted(DISTRICT_PORTAL, a)


@pytest.mark.parametrize(
    "closing",
    [
        "Ban Chỉ đạo huyện sẽ kiểm tra việc thực hiện",  # a sentence without its stop
        "Phòng Văn hóa và Thông tin.",  # punctuated: a line of the article
    ],
)
def test_a_closing_line_that_is_not_an_office_signature_stays(closing: str) -> None:
    a = clean_article("\n".join(["Tiêu đề của bài viết về công tác dân vận", P1, P2, closing]))
    assert a.attribution is None and lines_of(a)[-1] == closing


@pytest.mark.parametrize("abbr", ["VKSNDTC", "BQP"])
def test_a_bodys_abbreviation_alone_after_the_article_signs_it(abbr: str) -> None:
    a = clean_article("\n".join(["Tiêu đề của bài viết về công tác dân vận", P1, P2, abbr]))
    assert a.attribution == abbr and lines_of(a) == [P1, P2]
    assert removed_as(a, "attribution") == [abbr]


def test_initials_alone_after_the_article_are_no_office() -> None:
    a = clean_article("\n".join(["Tiêu đề của bài viết về công tác dân vận", P1, P2, "NTH"]))
    assert a.attribution is None


def test_a_place_first_dateline_above_the_article_dates_it() -> None:
    title = "Bắc Kạn triển khai nhiệm vụ công tác năm 2025"
    a = clean_article("\n".join([title, "Bắc Kạn, ngày 3/12/2024", P1, P2]))
    assert (a.title, a.published) == (title, "2024-12-03")
    assert removed_as(a, "dateline") == ["Bắc Kạn, ngày 3/12/2024"]
    assert lines_of(a) == [P1, P2]


COMMENTS = [
    "Bình luận",
    "Phạm Thu Hà - 03/12/2024 21:40",
    "Bài viết phản ánh đúng thực tế ở địa phương, mong các cấp tiếp tục quan tâm hơn nữa.",
    "hoangnam_89 - 03/12/2024 22:05",
    "Đề nghị cơ quan chức năng sớm kiểm tra, xử lý nghiêm các trường hợp vi phạm.",
    "Gửi bình luận",
]


def test_readers_comments_are_not_body() -> None:
    page = "\n".join(["Hà Giang ra quân làm đường giao thông nông thôn", P1, P2, "Thu Hà",
                      *COMMENTS, "Tin liên quan", "Hà Giang khánh thành cầu dân sinh"])
    a = clean_article(page)
    assert lines_of(a) == [P1, P2] and a.authors == ["Thu Hà"]
    assert removed_as(a, "comment") == COMMENTS[1:5]
    assert removed_as(a, "related") == ["Tin liên quan", "Hà Giang khánh thành cầu dân sinh"]
    assert accounted(page, a)


def test_comments_stamped_on_their_button_row_are_not_body() -> None:
    comments = [
        "Trần Văn Khoa",
        "Mong rằng các thủ tục sẽ được rút gọn hơn nữa để người dân đỡ phải đi lại nhiều lần.",
        "Trả lời Thích 7 1 giờ trước",
        "Ngô Thị Lan",
        "Bài viết rất thiết thực, địa phương tôi cũng đang triển khai mô hình tương tự.",
        "Trả lời Thích 2 45 phút trước",
    ]
    page = "\n".join(["Hà Giang ra quân làm đường giao thông nông thôn", P1, P2, "THU HÀ",
                      "Bình luận (2)", *comments, "Gửi bình luận"])
    a = clean_article(page)
    assert lines_of(a) == [P1, P2] and a.authors == ["Thu Hà"]
    assert removed_as(a, "comment") == [comments[k] for k in (0, 1, 3, 4)]
    assert accounted(page, a)


def test_a_comment_header_without_signed_comments_changes_nothing() -> None:
    # "Ý kiến" heads a section of the article itself here: no signed line follows
    page = "\n".join(["Hà Giang ra quân làm đường giao thông nông thôn", P1, "Ý kiến", P2, P3])
    a = clean_article(page)
    assert lines_of(a) == [P1, P2, P3] and not removed_as(a, "comment")


def test_a_journal_byline_with_the_authors_institute_under_the_title() -> None:
    title = "Nâng cao chất lượng sinh hoạt chi bộ trong giai đoạn mới"
    page = "\n".join(["Tạp chí Xây dựng Đảng", title, "ThS TRẦN THỊ MAI",
                      "Trường Chính trị tỉnh Nam Định", P1, P2])
    a = clean_article(page)
    assert a.title == title and a.authors == ["Trần Thị Mai"]
    assert a.attribution == "Trường Chính trị tỉnh Nam Định"
    assert lines_of(a) == [P1, P2]


TABLE = [
    "TT | Đơn vị | Số vụ | Tỷ lệ",
    "1 | Công an huyện A | 12 | 40%",
    "2 | Công an huyện B | 9 | 30,5%",
]


def test_a_data_table_in_the_body_is_kept_whole() -> None:
    page = "\n".join(["Kết quả đấu tranh phòng chống tội phạm quý III", P1, *TABLE, P2,
                      "Thu Hà", "Chia sẻ | Zalo | In"])
    a = clean_article(page)
    assert lines_of(a) == [P1, *TABLE, P2]
    assert a.authors == ["Thu Hà"] and removed_as(a, "share") == ["Chia sẻ | Zalo | In"]
    assert accounted(page, a)


@pytest.mark.parametrize(
    "rows",
    [
        ["Trang chủ | Tin tức | Liên hệ", "Đăng nhập | Đăng ký | RSS"],  # menus: no numbers
        ["STT | Tỉnh | Số thu", "1 | Huế | 41"],  # one numeric row: too little to tell
        ["1 | Huế | 41", "Chia sẻ | Zalo | In"],  # a row of buttons after one numeric row
        ["1 | Huế | 41", "2 | Hà Nội"],  # rows of different widths
    ],
)
def test_rows_without_a_table_shape_are_no_table(rows: list[str]) -> None:
    from ttcorpus.clean.article import _table_rows

    assert _table_rows([(k, r, 0) for k, r in enumerate(rows)]) == set()


@pytest.mark.parametrize(
    ("dateline", "published"),
    [
        ("Cập nhật lúc 10:20", "2024-11-25"),  # a time only: the date comes from the next
        ("3 giờ trước", "2024-11-25"),  # how long ago
        ("(10:30 | 24/97/2019)", "2024-11-25"),  # a broken date: no title, no value
    ],
)
def test_a_dateline_without_a_date_is_no_title(dateline: str, published: str) -> None:
    title = "Tỉnh tổ chức hội nghị tổng kết công tác năm"
    a = clean_article("\n".join(["Báo Mẫu", title, dateline, "Thứ Hai, 25/11/2024", P1, P2]))
    assert (a.title, a.published) == (title, published)
    assert lines_of(a) == [P1, P2]


def test_a_headline_in_capitals_is_the_title_when_there_is_no_other() -> None:
    headline = "QUẢNG TRỊ TRIỂN KHAI CAO ĐIỂM TẤN CÔNG TRẤN ÁP TỘI PHẠM"
    a = clean_article("\n".join(["BÁO QUẢNG TRỊ", headline, P1, P2]))
    assert (a.title, a.site) == (headline, "Báo Quảng Trị")
    b = clean_article("\n".join(["BÁO QUẢNG TRỊ", headline, "Quảng Trị: cao điểm trấn áp tội phạm",
                                 P1, P2]))
    assert b.title == "Quảng Trị: cao điểm trấn áp tội phạm"  # a title in mixed case wins


def test_an_attachment_line_and_then_the_office_that_signs() -> None:
    page = "\n".join(["Tân Lập tổng kết công tác năm", P1, P2, "File đính kèm: bao-cao.pdf",
                      "Văn phòng Đảng ủy xã", "Tin liên quan"])
    a = clean_article(page)
    assert lines_of(a) == [P1, P2] and a.attribution == "Văn phòng Đảng ủy xã"
    assert removed_as(a, "widget") == ["File đính kèm: bao-cao.pdf"]


@pytest.mark.parametrize(
    ("row", "dateline", "published", "rest_kind"),
    [
        ("Cập nhật lúc: 07:10, 03/05/2023 Chia sẻ Facebook Zalo Cỡ chữ A- A A+",
         "Cập nhật lúc: 07:10, 03/05/2023", "2023-05-03T07:10", "share"),
        ("Ngày đăng: 21/09/2022 | 09:05 | Lượt xem: 356",
         "Ngày đăng: 21/09/2022 | 09:05", "2022-09-21T09:05", "counter"),
        ("Thứ Hai, 12/06/2023 - 15:45 Lượt xem: 4.210 In bài",
         "Thứ Hai, 12/06/2023 - 15:45", "2023-06-12T15:45", "counter"),
    ],
)
def test_a_dateline_with_its_row_of_buttons_on_one_line(
    row: str, dateline: str, published: str, rest_kind: str
) -> None:
    page = "\n".join([
        "Cổng thông tin điện tử huyện Vĩnh Tường",
        "Huyện tổ chức lễ ra quân hưởng ứng tháng hành động vì môi trường",
        row,
        "Sáng nay, Ủy ban nhân dân huyện tổ chức lễ ra quân hưởng ứng tháng hành động vì "
        "môi trường với sự tham gia của hơn 500 đoàn viên, thanh niên và người dân.",
        "Các lực lượng đã ra quân thu gom rác thải, khơi thông cống rãnh trên các tuyến đường.",
    ])
    article = clean_article(page)
    assert article.title == "Huyện tổ chức lễ ra quân hưởng ứng tháng hành động vì môi trường"
    assert article.published == published
    kinds = {r.text: r.kind for r in article.removed}
    assert kinds[dateline] == "dateline"
    assert kinds[row[len(dateline):].lstrip(" |")] == rest_kind
    assert article.text.startswith("Sáng nay")


def test_a_dateline_followed_by_words_that_are_no_buttons_is_not_cut() -> None:
    from ttcorpus.clean.segment import split_dateline_row

    line = "Thứ Hai, 12/06/2023 - 15:45 Huyện ủy tổ chức hội nghị"
    assert split_dateline_row(line, len(line.split())) is None


def test_a_poster_line_is_no_title_and_no_author() -> None:
    page = "\n".join([
        "Cổng thông tin điện tử xã Tân Lập",
        "Xã tổ chức hội nghị đối thoại với nhân dân năm 2023",
        "Thứ tư - 08/11/2023 14:10",
        "Người đăng: Quản trị hệ thống",
        "Chiều 7/11, Đảng ủy, UBND xã Tân Lập tổ chức hội nghị đối thoại giữa người đứng đầu "
        "cấp ủy, chính quyền với nhân dân, thu hút hơn 200 người tham dự.",
        "Tác giả bài viết: Ngọc Mai",
    ])
    a = clean_article(page)
    assert a.title == "Xã tổ chức hội nghị đối thoại với nhân dân năm 2023"
    assert a.authors == ["Ngọc Mai"]
    kinds = {r.text: r.kind for r in a.removed}
    assert kinds["Người đăng: Quản trị hệ thống"] == "byline"
    assert a.text.startswith("Chiều 7/11")


@pytest.mark.parametrize(
    ("trail", "section"),
    [
        ("Trang chủ / Thời sự / Trong nước", "Trong nước"),
        ("Tin tức / Kinh tế / Nông nghiệp", "Nông nghiệp"),
        ("Trang chủ » Tin tức - Sự kiện » Văn hóa - Xã hội", "Văn hóa - Xã hội"),
    ],
)
def test_the_trail_nearest_the_title_names_the_section(trail: str, section: str) -> None:
    page = "\n".join([
        "Báo điện tử Tiền Phong Xanh",
        "Giới thiệu",  # a vertical menu above the trail: its labels are no section
        "Thông báo",
        "Liên hệ",
        trail,
        "Nông dân thu hoạch lúa đông xuân được mùa được giá",
        "Những ngày này, nông dân các xã ven sông tất bật thu hoạch lúa đông xuân; năng suất "
        "bình quân đạt hơn 7 tấn mỗi héc-ta, giá bán cao hơn năm trước.",
    ])
    a = clean_article(page)
    assert a.section == section
    assert a.title == "Nông dân thu hoạch lúa đông xuân được mùa được giá"


@pytest.mark.parametrize("line", ["Bài / Ảnh: Minh Châu", "Hà Nội / TP Hồ Chí Minh"])
def test_two_words_joined_by_a_slash_are_no_trail(line: str) -> None:
    from ttcorpus.clean.boilerplate import SLASH_BREADCRUMB

    assert SLASH_BREADCRUMB.fullmatch(line) is None


def test_marks_left_after_a_removed_caption_go_with_it() -> None:
    page = "\n".join([
        "Cổng thông tin điện tử Sở Tư pháp",
        "Hội nghị tập huấn nghiệp vụ hộ tịch năm 2024",
        "Sáng 5/3, Sở Tư pháp tổ chức hội nghị tập huấn nghiệp vụ hộ tịch cho công chức tư "
        "pháp - hộ tịch cấp xã trên địa bàn tỉnh, với hơn 300 người tham dự.",
        "Phó Giám đốc Sở Tư pháp Lê Văn Hưng phát biểu khai mạc hội nghị (ảnh tư liệu).",
        "Tại hội nghị, các báo cáo viên đã giới thiệu những điểm mới của pháp luật về hộ tịch "
        "và giải đáp nhiều vướng mắc của cơ sở.",
    ])
    a = clean_article(page)
    assert "." not in lines_of(a)
    assert accounted(page, a)
