"""Session 10 (cl2): tables set one cell a line, interview labels after a related
block, bylines under the lead / by the dateline, slideshows, supplied-photo credits."""

from __future__ import annotations

import pytest

from ttcorpus.clean import boilerplate as bp
from ttcorpus.clean.article import clean_article, name_and_unit

HEAD = ["BÁO MẪU ĐIỆN TỬ", "Trang chủ | Thời sự | Kinh tế", "Thời sự",
        "Tỉnh tổng kết công tác chuyển đổi số năm 2024", "Thứ Hai, 16/12/2024 - 08:30"]
LEAD = ("Sáng 16/12, Ban Chỉ đạo chuyển đổi số tỉnh tổ chức hội nghị tổng kết công tác năm "
        "2024 và triển khai nhiệm vụ năm 2025 với sự tham dự của đại diện các sở, ngành.")
PARA = ("Các đại biểu thống nhất đánh giá, năm qua tỉnh đã hoàn thành phần lớn các chỉ tiêu đề "
        "ra, trong đó nhiều chỉ tiêu vượt kế hoạch được giao, tạo nền tảng cho năm tới.")
PARA2 = ("Phát biểu kết luận, đồng chí Chủ tịch UBND tỉnh đề nghị các địa phương tiếp tục rà soát "
         "thủ tục hành chính, đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình.")
TAIL = ["Chia sẻ: Facebook | Zalo", "Tin cùng chuyên mục",
        "Hội nghị sơ kết công tác cải cách hành chính quý III",
        "Tỉnh khen thưởng 20 tập thể có thành tích xuất sắc"]


def clean(lines: list[str]):
    return clean_article("\n".join(lines), id="t")


TABLES = [
    ["Hạng mục", "Đơn vị tính", "Năm 2024", "Dịch vụ công trực tuyến", "%", "81,5",
     "Xã có điểm phục vụ hành chính", "xã", "45/45", "Kinh phí đầu tư", "tỷ đồng", "120,3"],
    ["TT", "Nội dung", "Kết quả", "1", "Hồ sơ được số hóa", "12.450", "2",
     "Tiếng Anh", "3", "3", "Doanh nghiệp được hỗ trợ", "27"],
    ["Chỉ tiêu", "Năm 2023", "Năm 2024", "Hộ đạt danh hiệu văn hóa", "176", "195",
     "Hộ nghèo", "19", "7"],
]


@pytest.mark.parametrize("table", TABLES)
def test_table_one_cell_a_line_is_body(table: list[str]) -> None:
    a = clean([*HEAD, LEAD, "Một số kết quả chủ yếu:", *table, PARA, PARA2, "Minh Anh", *TAIL])
    kept = a.text.split("\n")
    for cell in table:
        assert cell in kept, cell


@pytest.mark.parametrize("lines", [
    # no header row: slideshow counters and captions after the last paragraph
    ["1 / 3", "Quang cảnh hội nghị", "2 / 3", "Các đại biểu dự hội nghị", "3 / 3",
     "Lãnh đạo tỉnh trao bằng khen"],
    # label / number pairs without a header row of labels (a counter widget)
    ["Lượt xem: 120", "Hôm nay: 35"],
])
def test_no_table_without_header(lines: list[str]) -> None:
    a = clean([*HEAD, LEAD, PARA, *lines, "Minh Anh", *TAIL])
    kept = a.text.split("\n")
    assert not any(x in kept for x in lines if any(c.isdigit() for c in x))


def test_wrapped_page_with_table_not_joined() -> None:
    table = ["STT", "Chỉ tiêu", "Đơn vị", "Kết quả", "1",
             "Số xã, phường có trung tâm phục vụ hành chính công vận hành", "đơn vị", "98/98",
             "2", "Doanh nghiệp khoa học và công nghệ được cấp giấy chứng nhận mới",
             "doanh nghiệp", "27", "3", "Tổng chi ngân sách cho khoa học, công nghệ, đổi mới",
             "tỷ đồng", "412,5"]
    a = clean([*HEAD, LEAD, "Kết quả sau một năm:", *table, PARA, PARA2, *TAIL])
    kept = a.text.split("\n")
    assert "đơn vị" in kept and "tỷ đồng" in kept and "412,5" in kept


@pytest.mark.parametrize("question, kept", [
    ("PV: Địa phương gặp những khó khăn gì khi sắp xếp bộ máy?", True),
    ("Phóng viên: Bà có kiến nghị gì với cấp trên?", True),
    ("Hà Giang: 200 hộ nghèo được hỗ trợ làm nhà", False),  # a headline of the block
])
def test_speaker_label_ends_related_block(question: str, kept: bool) -> None:
    answer = ("Bà Lê Thị Hoa: Địa bàn rộng hơn trước nhiều lần, trong khi số cán bộ chuyên "
              "trách lại giảm, nên chúng tôi phải phân công lại nhiệm vụ cho từng người.")
    a = clean([*HEAD, LEAD, PARA, "Tin liên quan", "Hội Phụ nữ ra mắt bộ máy mới",
               question, answer, PARA2, "Ngọc Lan", *TAIL])
    assert (question in a.text.split("\n")) is kept


@pytest.mark.parametrize("names, authors", [
    ("Lan Anh - Minh Đức", ["Lan Anh", "Minh Đức"]),
])
def test_two_names_under_lead(names: str, authors: list[str]) -> None:
    a = clean([*HEAD, LEAD, names, "Nghe đọc bài", PARA, PARA2, *TAIL])
    assert names not in a.text.split("\n")
    assert a.authors == authors


def test_subheading_under_lead_stays() -> None:
    a = clean([*HEAD, LEAD, "Kết quả nổi bật", PARA, PARA2, "Minh Anh", *TAIL])
    assert "Kết quả nổi bật" in a.text.split("\n")


@pytest.mark.parametrize("line, removed", [
    ("Bài và ảnh: PV", True),
    ("Bài, ảnh: CTV", True),
    ("Bài và ảnh: tổng hợp từ nhiều nguồn khác nhau trong tỉnh", False),
])
def test_labelled_staff_credit(line: str, removed: bool) -> None:
    a = clean([*HEAD, LEAD, PARA, PARA2, line, *TAIL])
    assert (line not in a.text.split("\n")) is removed


@pytest.mark.parametrize("text, expected", [
    ("Hoài Nam - Công an phường Hòa Bình", ("Hoài Nam", "Công an phường Hòa Bình")),
    ("Thu Hằng - Trung tâm Thông tin", ("Thu Hằng", "Trung tâm Thông tin")),
    ("Hà Nội - Hải Phòng hợp tác phát triển", None),
    ("Thu Hằng - Bảo vệ rừng đầu nguồn", None),
])
def test_name_and_unit(text: str, expected: tuple[str, str] | None) -> None:
    b = name_and_unit(text)
    assert (None if b is None else (b.authors[0], b.attribution)) == expected


def test_name_and_unit_by_dateline_is_byline() -> None:
    head = ["BÁO MẪU ĐIỆN TỬ", "Trang chủ | Thời sự | Kinh tế", "Thời sự",
            "Tỉnh tổng kết công tác chuyển đổi số năm 2024", "Hoài Nam - Công an xã Tân Lập",
            "Thứ Hai, 16/12/2024 - 08:30"]
    a = clean([*head, LEAD, PARA, PARA2, *TAIL])
    assert a.title == "Tỉnh tổng kết công tác chuyển đổi số năm 2024"
    assert a.authors == ["Hoài Nam"] and a.attribution == "Công an xã Tân Lập"


@pytest.mark.parametrize("text, counter", [
    ("Ảnh 2/5", True), ("Hình 3 / 4", True), ("3 / 4", True),
    ("Ảnh 6/5", False), ("Ảnh 1/2 trang", False), ("Hình thức 1/2", False),
])
def test_slide_counter_labels(text: str, counter: bool) -> None:
    assert bp.is_slide_counter(text) is counter


def test_slideshow_at_end() -> None:
    slides = ["Hình ảnh tại buổi lễ:", "1 / 3", "Lãnh đạo tỉnh phát biểu tại buổi lễ.", "2 / 3",
              "Các đại biểu dự buổi lễ.", "3 / 3", "Trao bằng khen cho các tập thể."]
    a = clean([*HEAD, LEAD, PARA, PARA2, *slides, "Minh Anh", *TAIL])
    kinds = {r.text: r.kind for r in a.removed}
    assert kinds["Hình ảnh tại buổi lễ:"] == "caption"
    assert kinds["Các đại biểu dự buổi lễ."] == "caption"
    assert kinds["Trao bằng khen cho các tập thể."] == "caption"
    assert kinds["Minh Anh"] == "byline" and a.authors == ["Minh Anh"]


@pytest.mark.parametrize("text, caption", [
    ("Tang vật thu giữ tại hiện trường. Ảnh: Công an huyện cung cấp", True),
    ("Lực lượng chức năng kiểm tra hiện trường. Ảnh do Công an tỉnh cung cấp", True),
    ("Ông Nam cho biết, số liệu do Sở Tài chính cung cấp", False),
])
def test_supplied_credit(text: str, caption: bool) -> None:
    kind = bp.chrome_kind(text)
    assert (kind is not None and kind[0] == "caption") is caption
