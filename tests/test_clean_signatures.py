"""Chrome inside and after the body that sites write in their own ways: captions with
no full stop, related links behind arrows, signatures naming the author's unit after a
dash, a byline with its lead after a share row."""

from __future__ import annotations

import pytest

from ttcorpus.clean import clean_article
from ttcorpus.clean.metadata import Byline, parse_signature

_TITLE = "Tổng kết công tác bảo đảm an ninh trật tự năm 2024 trên địa bàn tỉnh"
_P1 = (
    "Chiều 18/12, tại hội trường Ủy ban nhân dân tỉnh, lãnh đạo các sở, ngành đã tham dự "
    "hội nghị tổng kết công tác bảo đảm an ninh trật tự và triển khai nhiệm vụ năm 2025."
)
_P2 = (
    "Theo báo cáo tại hội nghị, tình hình an ninh chính trị trên địa bàn cơ bản ổn định, "
    "số vụ phạm pháp hình sự giảm so với cùng kỳ, nhiều vụ án lớn được khám phá kịp thời."
)


def _between(line: str) -> tuple[str, list[tuple[str, str]]]:
    a = clean_article(f"{_TITLE}\n{_P1}\n{line}\n{_P2}")
    return a.text, [(r.kind, r.text) for r in a.removed if r.kind != "title"]


@pytest.mark.parametrize(
    "line",
    [
        "Đại tá Lê Văn Minh, Phó Giám đốc Công an tỉnh phát biểu chỉ đạo hội nghị",
        "Đồng chí Hoàng Thị Thu, Phó Chủ tịch UBND tỉnh trao bằng khen cho các tập thể",
        "Tang vật cơ quan chức năng thu giữ tại nhà đối tượng",
        # the office between title and name, no comma
        "Phó Chủ tịch UBND huyện Lê Thị Mai trao quà cho các hộ nghèo",
        "Trung tướng Đinh Văn Nơi kiểm tra công tác chuẩn bị tại điểm cầu",
        # the office after a dash
        "Đồng chí Lò Văn Muôn - Phó Chủ tịch UBND tỉnh trao quà cho đồng bào",
        # titles joined by a comma before the name
        "Bộ trưởng, Chủ nhiệm Lò Văn Muôn phát biểu tại buổi làm việc",
        # a position note, longer than other captions
        "Thứ trưởng Bộ Nội vụ Nguyễn Văn Phúc (thứ hai từ trái sang) kiểm tra công tác "
        "chuẩn bị hồ sơ tại Trung tâm phục vụ hành chính công tỉnh",
    ],
)
def test_caption_without_a_full_stop_between_paragraphs(line: str) -> None:
    text, removed = _between(line)
    assert removed == [("caption", line)]
    assert text == f"{_P1}\n{_P2}"


@pytest.mark.parametrize(
    "line",
    [
        # an office before the name
        "Phó Chủ tịch Quốc hội Trần Thanh Mẫn điều hành phiên thảo luận.",
        # offices after commas make it longer than other captions
        "Thượng tướng Nguyễn Văn Sơn, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng "
        "kiểm tra công tác huấn luyện tại đơn vị.",
    ],
)
def test_caption_with_a_full_stop_naming_a_titled_person(line: str) -> None:
    text, removed = _between(line)
    assert removed == [("caption", line)]
    assert text == f"{_P1}\n{_P2}"


def test_a_short_sentence_that_narrates_stays() -> None:
    line = "Phó Chủ tịch Quốc hội Trần Thanh Mẫn cho biết kỳ họp sẽ kéo dài 24 ngày."
    text, removed = _between(line)
    assert removed == []
    assert line in text.split("\n")


def test_caption_above_a_subheading() -> None:
    caption = "Phó Chủ tịch UBND huyện Lê Thị Mai trao quà cho các hộ nghèo"
    a = clean_article(f"{_TITLE}\n{_P1}\n{caption}\nNhững việc cần làm ngay\n{_P2}")
    assert [(r.kind, r.text) for r in a.removed if r.kind != "title"] == [("caption", caption)]
    assert a.text == f"{_P1}\nNhững việc cần làm ngay\n{_P2}"


def test_two_subheadings_in_a_row_stay() -> None:
    a = clean_article(f"{_TITLE}\n{_P1}\nKết quả nổi bật\nNhững việc cần làm ngay\n{_P2}")
    assert [r.kind for r in a.removed] == ["title"]


@pytest.mark.parametrize(
    "line",
    [
        # subheadings stay: no titled name with an office after a comma
        "Công an Hà Nội triển khai nhiều giải pháp đồng bộ",
        "Những kết quả nổi bật trong năm 2024",
        "Đồng chí Bí thư Tỉnh ủy với phong trào toàn dân bảo vệ an ninh Tổ quốc",
        "Giám đốc Sở Tư pháp chủ động đề xuất giải pháp",  # an office, no person named
        "Bí thư Chi bộ Lâm Đồng",  # capitals to the end: a name, no scene
    ],
)
def test_subheading_without_a_full_stop_stays(line: str) -> None:
    text, removed = _between(line)
    assert removed == []
    assert line in text.split("\n")


@pytest.mark.parametrize("arrows", [">> ", "» ", "›› "])
def test_related_link_behind_arrows(arrows: str) -> None:
    line = f"{arrows}Đọc thêm: Tỉnh triển khai đợt cao điểm tấn công trấn áp tội phạm"
    text, removed = _between(line)
    assert line not in text
    assert removed == [("related", line)]


@pytest.mark.parametrize(
    ("text", "byline"),
    [
        ("Minh Châu - Công an huyện Hoằng Hóa", Byline(("Minh Châu",), "Công an huyện Hoằng Hóa")),
        ("Tác giả: Thanh Tâm - Ban Tuyên giáo Huyện ủy",
         Byline(("Thanh Tâm",), "Ban Tuyên giáo Huyện ủy")),
        ("Lan Anh – Văn phòng tổng hợp", Byline(("Lan Anh",), "Văn phòng tổng hợp")),
        ("Quang Huy - Ngọc Ánh", Byline(("Quang Huy", "Ngọc Ánh"))),  # two authors, as before
    ],
)
def test_signature_with_the_authors_unit(text: str, byline: Byline) -> None:
    assert parse_signature(text) == byline


@pytest.mark.parametrize(
    "text", ["Hà Nội - Thủ đô ngàn năm văn hiến", "Minh Châu - Công an huyện đã vào cuộc."]
)
def test_no_signature(text: str) -> None:
    assert parse_signature(text) is None


def test_signature_after_the_article() -> None:
    a = clean_article(f"{_TITLE}\n{_P1}\n{_P2}\nMinh Châu - Công an huyện Hoằng Hóa\nChia sẻ")
    assert a.authors == ["Minh Châu"] and a.attribution == "Công an huyện Hoằng Hóa"
    assert a.text == f"{_P1}\n{_P2}"


def test_byline_with_its_lead_after_a_share_row() -> None:
    page = (f"{_TITLE}\n{_P1}\n{_P2}\nChia sẻ: Facebook | Zalo\n"
            "Bài và ảnh: Trung tá PHẠM VĂN HÙNG\nTin cùng chuyên mục")
    a = clean_article(page)
    assert a.authors == ["Phạm Văn Hùng"]
    assert ("byline", "Bài và ảnh: Trung tá PHẠM VĂN HÙNG") in [(r.kind, r.text) for r in a.removed]


@pytest.mark.parametrize("label", ["Từ khóa", "Tags", "Từ khoá"])
def test_tag_label_without_a_colon_opens_a_tag_list(label: str) -> None:
    tags = ["Nghị quyết 57", "chuyển đổi số", "Lê Minh Khoa"]  # a name among the tags
    a = clean_article(f"{_TITLE}\n{_P1}\n{_P2}\n{label}\n" + "\n".join(tags))
    assert [(r.kind, r.text) for r in a.removed][1:] == [("tags", t) for t in [label, *tags]]
    assert a.authors == [] and a.text == f"{_P1}\n{_P2}"


def test_a_phone_number_is_footer_a_form_field_is_not() -> None:
    page = f"{_TITLE}\n{_P1}\n{_P2}\nBình luận\nHọ và tên\nĐiện thoại\nGửi\n" \
           "Tòa soạn: 15 Lê Lợi, TP Thanh Hóa\nĐiện thoại: 0237.3852.111"
    kinds = [(r.kind, r.text) for r in clean_article(page).removed]
    assert ("comment_form", "Điện thoại") in kinds
    assert ("footer", "Điện thoại: 0237.3852.111") in kinds


def test_a_sentence_above_its_caption_stays() -> None:
    """"dự và phát biểu" narrates; the scene line under it is the caption."""
    body = "Phó Thủ tướng Trần Lưu Quang dự và phát biểu chỉ đạo hội nghị."
    caption = "Phó Thủ tướng Trần Lưu Quang phát biểu chỉ đạo hội nghị."
    a = clean_article(f"{_TITLE}\n{_P1}\n{body}\n{caption}\n{_P2}")
    assert a.text == f"{_P1}\n{body}\n{_P2}"
    assert [(r.kind, r.text) for r in a.removed][1:] == [("caption", caption)]


@pytest.mark.parametrize(
    ("last", "kind"),
    [
        ("Toàn cảnh hội nghị tại điểm cầu Ủy ban nhân dân tỉnh.", "caption"),
        ("Quang cảnh buổi làm việc", "caption"),
        ("Các đại biểu thống nhất thông qua nghị quyết của kỳ họp.", None),  # a sentence
    ],
)
def test_scene_caption_as_the_last_line_before_the_byline(last: str, kind: str | None) -> None:
    a = clean_article(f"{_TITLE}\n{_P1}\n{_P2}\n{last}\nTin, ảnh: Phòng Văn hóa và Thông tin")
    assert a.attribution == "Phòng Văn hóa và Thông tin" and a.authors == []
    removed = dict((r.text, r.kind) for r in a.removed)
    assert removed.get(last) == kind
    assert (last in a.text.split("\n")) is (kind is None)


def test_unlabelled_related_headlines_before_the_byline() -> None:
    teasers = ["Thành phố công bố quyết định bổ nhiệm nhiều cán bộ chủ chốt",
               "Bộ Chính trị chỉ định nhân sự mới tham gia Ban Chấp hành"]
    page = f"{_TITLE}\n{_P1}\n{_P2}\n" + "\n".join(teasers) + "\nThanh Hà\nTừ khóa:\nan ninh"
    a = clean_article(page)
    assert [(r.kind, r.text) for r in a.removed if r.text in teasers] == [
        ("related", t) for t in teasers]
    assert a.authors == ["Thanh Hà"] and a.text == f"{_P1}\n{_P2}"


@pytest.mark.parametrize(
    "tail",
    [
        # one short closing line stays; items after a colon are a list of the body
        ["Hội nghị kết thúc trong không khí phấn khởi"],
        ["Các nhiệm vụ trọng tâm gồm:", "Đẩy mạnh cải cách hành chính trong toàn tỉnh",
         "Nâng cao chất lượng nguồn nhân lực của địa phương"],
    ],
)
def test_closing_lines_that_are_no_headlines_stay(tail: list[str]) -> None:
    a = clean_article(f"{_TITLE}\n{_P1}\n{_P2}\n" + "\n".join(tail) + "\nThanh Hà\nTừ khóa:")
    assert a.text.split("\n")[-len(tail):] == tail


def test_related_block_glued_to_buttons_after_the_article() -> None:
    glued = ("Tin liên quan Tỉnh tổng kết công tác năm 2024 Hội nghị trực tuyến về chuyển "
             "đổi số In bài Chia sẻ Lượt xem: 856")
    a = clean_article(f"{_TITLE}\n{_P1}\n{_P2}\n{glued}")
    assert a.text == f"{_P1}\n{_P2}"
    assert ("related", glued) in [(r.kind, r.text) for r in a.removed]


def test_a_body_sentence_opening_with_a_related_phrase_stays() -> None:
    line = "Tin liên quan đến vụ việc được cơ quan chức năng xác minh, làm rõ trong tuần tới."
    text, _removed = _between(line)
    assert line in text.split("\n")


@pytest.mark.parametrize(
    "block",
    [
        ["TM. BAN CHẤP HÀNH", "PHÓ BÍ THƯ", "(đã ký)", "Hoàng Văn Lâm"],
        ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đã ký", "TRẦN THỊ NGA"],
    ],
)
def test_the_signing_block_of_a_quoted_document_stays(block: list[str]) -> None:
    closing = "Chỉ thị này được phổ biến đến chi bộ."
    a = clean_article("\n".join([_TITLE, _P1, _P2, closing, *block, "Minh Châu", "Tin liên quan"]))
    assert a.text.split("\n") == [_P1, _P2, closing, *block]
    assert a.authors == ["Minh Châu"]


def test_a_formula_without_a_signer_is_no_block() -> None:
    a = clean_article("\n".join([_TITLE, _P1, _P2, "TM. BAN BIÊN TẬP", "Gửi ý kiến", "Minh Châu"]))
    assert "TM. BAN BIÊN TẬP" not in a.text.split("\n")


@pytest.mark.parametrize(
    ("line", "authors"),
    [("K'BRỬH", ["K'Brửh"]), ("H'Lan (Phòng Văn hóa huyện)", ["H'Lan"]),
     ("Bài, ảnh: K'Thuấn", ["K'Thuấn"])],
)
def test_bylines_with_an_apostrophe_name(line: str, authors: list[str]) -> None:
    a = clean_article("\n".join([_TITLE, _P1, _P2, line]))
    assert a.authors == authors and a.text == f"{_P1}\n{_P2}"


def test_a_portrait_caption_names_only_a_titled_person() -> None:
    line = "Thứ trưởng Nguyễn Văn Phúc."
    text, removed = _between(line)
    assert removed == [("caption", line)]
    assert text == f"{_P1}\n{_P2}"


def test_two_captions_in_a_row_above_a_heading() -> None:
    lines = ["Đại tá Lê Văn Minh, Giám đốc Công an tỉnh kiểm tra công tác huấn luyện",
             "Quang cảnh buổi lễ ra quân.", "II. NHIỆM VỤ THỜI GIAN TỚI"]
    a = clean_article("\n".join([_TITLE, _P1, *lines, _P2]))
    assert [r.text for r in a.removed if r.kind == "caption"] == lines[:2]
    assert a.text == f"{_P1}\n{lines[2]}\n{_P2}"


def test_a_temperature_in_a_body_line_stays() -> None:
    line = "Nắng nóng 40°C kéo dài"  # a heading in the body: weak evidence only
    a = clean_article("\n".join([_TITLE, _P1, line, _P2]))
    assert line in a.text.split("\n")


def test_tags_one_a_line_after_the_article() -> None:
    tags = ["#Thông tư 36/2024/TT-BCT", "#an ninh trật tự", "#Công an tỉnh"]
    a = clean_article("\n".join([_TITLE, _P1, _P2, *tags, "Bình luận"]))
    assert a.text == f"{_P1}\n{_P2}"
    assert [r.kind for r in a.removed if r.text in tags] == ["tags"] * 3
