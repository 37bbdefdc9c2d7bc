"""Clean rules added by the lead in session 9: a line opening with a function word
(data/clean_not_name_words.txt) is never a byline, in capitals or not."""

from __future__ import annotations

import pytest

from ttcorpus.clean.article import clean_article
from ttcorpus.clean.metadata import parse_byline

BODY = (
    "Sáng 12/3, Hội đồng nhân dân huyện tổ chức kỳ họp chuyên đề để xem xét, quyết định "
    "một số nội dung quan trọng về đầu tư công và điều chỉnh dự toán ngân sách năm 2025.\n"
    "Các đại biểu đã thảo luận, thống nhất thông qua 5 nghị quyết chuyên đề với tỷ lệ tán "
    "thành cao, bảo đảm đúng quy định của pháp luật."
)


@pytest.mark.parametrize("line", ["Ở CƠ SỞ HIỆN NAY", "TRONG BỐI CẢNH MỚI", "Về Kinh Tế Số",
                                  "VÀ NHÂN DÂN"])
def test_a_line_opening_with_a_function_word_is_no_byline(line: str) -> None:
    assert parse_byline(line) is None
    assert parse_byline(line.title()) is None


@pytest.mark.parametrize("line", ["Thanh Hà", "Minh Đức - Ngọc Lan", "Bài, ảnh: Quốc Tuấn"])
def test_names_are_still_bylines(line: str) -> None:
    byline = parse_byline(line)
    assert byline is not None and byline.authors


def test_a_heading_line_in_capitals_above_a_byline_is_no_author() -> None:
    page = "\n".join(["PHÁT HUY VAI TRÒ CỦA NHÂN DÂN", "TRONG GIÁM SÁT ĐẦU TƯ CÔNG",
                      "Ở CƠ SỞ HIỆN NAY", "TS NGUYỄN VĂN HẢI", BODY])
    a = clean_article(page)
    assert a.authors == ["Nguyễn Văn Hải"]
    assert a.text == BODY


@pytest.mark.parametrize("width", [60, 72, 80, 95])
@pytest.mark.parametrize("indent", ["", "  ", "\u00a0"])
def test_the_cheap_wrap_test_admits_every_wrapped_page(width: int, indent: str) -> None:
    # may_be_wrapped runs before wrap_width: it may admit more pages, never fewer
    import textwrap

    from ttcorpus.clean.lines import read_lines
    from ttcorpus.clean.wraps import may_be_wrapped, wrap_width

    body = textwrap.wrap(BODY.replace("\n", " ") * 2, width)
    page = "\r\n".join(["TIÊU ĐỀ BÀI VIẾT", *(indent + line for line in body), "Chia sẻ"])
    lines = read_lines(page)
    assert wrap_width(lines) is not None
    assert may_be_wrapped("\n".join(s for _, s, _ in lines))
