"""Cleaner fixes from the probe pages of session 8 (round b): a question headline above
the dateline, a Q&A page's closing lines, photo galleries, captions next to a credited
caption, a run-together site name before an acronym, a lone bracketed button, level
words and party committees in mastheads. New sentences, with cases that must not
change."""

from __future__ import annotations

import pytest

from ttcorpus.clean import boilerplate as bp
from ttcorpus.clean import clean_article
from ttcorpus.clean.metadata import recase_site_name

MENU = ["Báo Thời Nay điện tử", "Thời sự Kinh tế Xã hội Pháp luật Văn hóa Thể thao"]
PARA_1 = ("Sáng 14/4, UBND huyện Yên Lập tổ chức hội nghị tổng kết công tác bảo vệ rừng "
          "năm 2024, triển khai nhiệm vụ năm 2025 với sự tham dự của lãnh đạo các xã.")
PARA_2 = ("Theo báo cáo, năm 2024 toàn huyện trồng mới hơn 1.200 ha rừng, tỷ lệ che phủ "
          "đạt 62%, không để xảy ra cháy rừng lớn; các vụ vi phạm đều được xử lý kịp thời.")
PARA_3 = ("Phát biểu kết luận, Phó Chủ tịch UBND huyện đề nghị các xã tăng cường tuần tra, "
          "kiểm soát chặt chẽ việc khai thác lâm sản và chuẩn bị phương án chữa cháy rừng.")


def _clean(lines: list[str]):
    return clean_article("\n".join(lines))


def _kinds(article) -> dict[str, str]:
    return {r.text: r.kind for r in article.removed}


# -- 1. a question right above the dateline is the headline -------------------

@pytest.mark.parametrize("question", [
    "Con của thương binh có được miễn học phí khi học đại học công lập không?",
    "Người lao động nghỉ việc trước tuổi nghỉ hưu có được rút bảo hiểm xã hội một lần "
    "theo quy định mới của Luật Bảo hiểm xã hội năm 2024 hay không?",
])
def test_question_above_the_dateline_is_the_title(question: str) -> None:
    a = _clean([*MENU, "Hỏi đáp", question, "Thứ Hai, 14/04/2025 09:30", PARA_1, PARA_2])
    assert a.title == question
    assert question not in a.text and PARA_1 in a.text


def test_question_inside_the_body_stays() -> None:
    question = "Vì sao công tác bảo vệ rừng năm nay đạt kết quả tốt như vậy?"
    a = _clean([*MENU, "Huyện Yên Lập tổng kết công tác bảo vệ rừng năm 2024",
                "Thứ Hai, 14/04/2025 09:30", PARA_1, question, PARA_2])
    assert a.title == "Huyện Yên Lập tổng kết công tác bảo vệ rừng năm 2024"
    assert question in a.text


# -- 2. a Q&A page's closing lines ---------------------------------------------

QA_TAIL = [
    "Thạc sĩ Lê Minh Khoa",
    "Theo Báo Lao Động",
    "Bạn đọc có thể gửi câu hỏi về địa chỉ email: hoidap@baothoinay.vn để được giải đáp.",
    "Chủ đề",
    "Bảo hiểm xã hội",
    "Chính sách lao động",
]


def test_qa_tail_byline_source_notice_and_topics() -> None:
    a = _clean([*MENU, "Tin tức bảo hiểm xã hội mới nhất trong tuần này",
                "Thứ Hai, 14/04/2025 09:30", PARA_1, PARA_2, PARA_3, *QA_TAIL])
    kinds = _kinds(a)
    assert a.authors == ["Lê Minh Khoa"]
    assert a.attribution == "Báo Lao Động"
    assert kinds["Thạc sĩ Lê Minh Khoa"] == "byline"
    assert kinds[QA_TAIL[2]] == "footer"
    assert kinds["Chủ đề"] == "tags" and kinds["Chính sách lao động"] == "tags"
    assert a.text.endswith(PARA_3)


@pytest.mark.parametrize("line", [
    "Chủ đề: Đoàn kết, dân chủ, kỷ cương, đổi mới sáng tạo.",
    "Chủ đề của năm 2025 là tăng tốc, bứt phá và về đích thắng lợi.",
])
def test_theme_lines_in_the_body_stay(line: str) -> None:
    a = _clean([*MENU, "Huyện Yên Lập tổng kết công tác bảo vệ rừng năm 2024",
                "Thứ Hai, 14/04/2025 09:30", PARA_1, line, PARA_2, PARA_3])
    assert line in a.text


def test_portrait_caption_without_a_source_under_it_is_no_byline() -> None:
    a = _clean([*MENU, "Huyện Yên Lập tổng kết công tác bảo vệ rừng năm 2024",
                "Thứ Hai, 14/04/2025 09:30", PARA_1, PARA_2, "Luật sư Trần Quốc Hưng", PARA_3])
    assert a.authors == []


# -- 3. galleries ---------------------------------------------------------------

GALLERY = [
    "Một số hình ảnh tại hội nghị:",
    "Các đại biểu dự hội nghị tổng kết. Hội nghị kéo dài một buổi sáng.",
    "Lãnh đạo huyện trao giấy khen cho các tập thể xuất sắc.",
]


def test_gallery_before_the_byline_is_captions() -> None:
    a = _clean([*MENU, "Huyện Yên Lập tổng kết công tác bảo vệ rừng năm 2024",
                "Thứ Hai, 14/04/2025 09:30", PARA_1, PARA_2, PARA_3, *GALLERY, "Hà Linh"])
    kinds = _kinds(a)
    assert all(kinds.get(line) == "caption" for line in GALLERY)
    assert a.authors == ["Hà Linh"] and a.text.endswith(PARA_3)


def test_gallery_heading_before_more_paragraphs_changes_nothing() -> None:
    a = _clean([*MENU, "Huyện Yên Lập tổng kết công tác bảo vệ rừng năm 2024",
                "Thứ Hai, 14/04/2025 09:30", PARA_1, *GALLERY, PARA_2, PARA_3, "Hà Linh"])
    assert all(line in a.text for line in (*GALLERY[:2], PARA_2, PARA_3))


@pytest.mark.parametrize("line", [
    "Một số hình ảnh về vẻ đẹp của rừng Yên Lập đã được du khách ghi lại trong năm qua.",
    "Một số nội dung chính của kế hoạch:",
])
def test_no_gallery_heading(line: str) -> None:
    a = _clean([*MENU, "Huyện Yên Lập tổng kết công tác bảo vệ rừng năm 2024",
                "Thứ Hai, 14/04/2025 09:30", PARA_1, PARA_2, line,
                "Các xã trồng mới 300 ha rừng.", "Hà Linh"])
    assert line in a.text


@pytest.mark.parametrize(("line", "whole"), [
    ("Đồng chí Lò Văn Chung thăm hỏi công nhân. Đoàn trao 50 suất quà. Ảnh: Thu Hà", True),
    ("Hội nghị thống nhất nhiều giải pháp cho năm tới. Lãnh đạo tỉnh phát biểu. Ảnh: Thu Hà",
     False),
    ("Đồng chí Lò Văn Chung đã kiểm tra công trình. Đoàn trao 50 suất quà. Ảnh: Thu Hà", False),
])
def test_two_sentence_credited_caption(line: str, whole: bool) -> None:
    a = _clean([*MENU, "Huyện Yên Lập tổng kết công tác bảo vệ rừng năm 2024",
                "Thứ Hai, 14/04/2025 09:30", PARA_1, line, PARA_2, PARA_3])
    first = line.split(". ", 1)[0] + "."
    assert (first not in a.text) is whole


# -- 4. a caption above a credited caption, after the last paragraph --------------

def test_caption_above_a_credited_caption() -> None:
    line = "Chủ tịch UBND huyện Hà Văn Toàn phát biểu tại hội nghị"
    a = _clean([*MENU, "Huyện Yên Lập tổng kết công tác bảo vệ rừng năm 2024",
                "Thứ Hai, 14/04/2025 09:30", PARA_1, PARA_2, PARA_3, line,
                "Các đại biểu dự hội nghị. Ảnh: Thu Hà", "HÀ LINH"])
    assert _kinds(a)[line] == "caption"


def test_closing_sentence_above_a_credited_caption_stays() -> None:
    line = "Hội nghị đã thống nhất kế hoạch trồng rừng năm 2025."
    a = _clean([*MENU, "Huyện Yên Lập tổng kết công tác bảo vệ rừng năm 2024",
                "Thứ Hai, 14/04/2025 09:30", PARA_1, PARA_2, PARA_3, line,
                "Các đại biểu dự hội nghị. Ảnh: Thu Hà", "HÀ LINH"])
    assert line in a.text


# -- 5. a run-together site name before an acronym --------------------------------

@pytest.mark.parametrize(("lead", "prefix"), [
    ("Baothoinay - UBND huyện Yên Lập vừa ban hành kế hoạch bảo vệ rừng năm 2025 "
     "với nhiều giải pháp cụ thể.", "Baothoinay -"),
    ("Baothoinay - Sáng 14/4, UBND huyện Yên Lập ban hành kế hoạch bảo vệ rừng năm 2025 "
     "với nhiều giải pháp cụ thể.", "Baothoinay -"),
    ("Facebook là mạng xã hội được nhiều người dùng, UBND huyện Yên Lập mở trang riêng "
     "để thông tin về bảo vệ rừng.", None),
])
def test_lead_prefix_before_an_acronym(lead: str, prefix: str | None) -> None:
    a = _clean([*MENU, "Huyện Yên Lập tổng kết công tác bảo vệ rừng năm 2024",
                "Thứ Hai, 14/04/2025 09:30", lead, PARA_2, PARA_3])
    found = [r.text for r in a.removed if r.kind == "lead_prefix"]
    assert found == ([prefix] if prefix else [])


# -- 6. a lone bracketed button ------------------------------------------------------

@pytest.mark.parametrize(("line", "kind"), [
    ("[In bài]", "widget"),
    ("[Gửi email]", "widget"),
    ("[Xem thêm]", "related"),
    ("[Huyện Yên Lập tổng kết công tác bảo vệ rừng]", "related"),
])
def test_bracketed_line(line: str, kind: str) -> None:
    assert bp.chrome_kind(line) == (kind, True)


# -- 7. mastheads -----------------------------------------------------------------------

@pytest.mark.parametrize(("name", "page", "site"), [
    ("CỔNG THÔNG TIN ĐIỆN TỬ XÃ NẬM LÚC", ["Xã Nậm Lúc tổ chức hội nghị."],
     "Cổng thông tin điện tử xã Nậm Lúc"),
    ("CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HUẾ", ["Thành phố Huế đón khách."],
     "Cổng thông tin điện tử Thành phố Huế"),
    ("XÃ NẬM LÚC", ["Xã Nậm Lúc tổ chức hội nghị."], "Xã Nậm Lúc"),
])
def test_level_word_before_a_place(name: str, page: list[str], site: str) -> None:
    assert recase_site_name(name, page) == site


@pytest.mark.parametrize(("masthead", "site"), [
    (["ĐẢNG BỘ TỈNH HÀ NAM", "Trang thông tin điện tử Tỉnh ủy Hà Nam"],
     "Trang thông tin điện tử Tỉnh ủy Hà Nam"),
    (["ĐẢNG BỘ TỈNH HÀ NAM", "Trang thông tin điện tử"], "Đảng bộ tỉnh Hà Nam"),
    (["BÁO HÀ NAM", "Cơ quan của Đảng bộ tỉnh Hà Nam"], "Báo Hà Nam"),
])
def test_party_committee_over_its_outlet(masthead: list[str], site: str) -> None:
    a = _clean([*masthead, "Thời sự Kinh tế Xã hội Pháp luật Văn hóa Thể thao",
                "Huyện Yên Lập tổng kết công tác bảo vệ rừng năm 2024",
                "Thứ Hai, 14/04/2025 09:30", PARA_1, PARA_2, PARA_3])
    assert a.site == site
