"""Bylines in the head, next to the dateline: in capitals between the sapo and the
dateline, or above the dateline under the masthead; the page's first line beside a
date is its masthead, not a byline; a short trail set as the section label."""

from __future__ import annotations

from ttcorpus.clean import clean_article

_TITLE = "Thành ủy triển khai công tác chuẩn bị đại hội đảng bộ các cấp"
_SAPO = (
    "Ban Thường vụ Thành ủy vừa ban hành kế hoạch chuẩn bị đại hội đảng bộ các cấp tiến tới "
    "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng."
)
_P2 = (
    "Theo kế hoạch, đại hội cấp cơ sở hoàn thành trước tháng 6/2025, đại hội cấp trên cơ sở "
    "hoàn thành trước tháng 8/2025, bảo đảm đúng quy định."
)


def test_byline_in_capitals_between_the_sapo_and_the_dateline() -> None:
    a = clean_article("\n".join(["BÁO THÀNH PHỐ", _TITLE, _SAPO, "MAI ĐÔNG",
                                 "Thứ Ba, 19/11/2024 - 09:12", _P2]))
    assert a.authors == ["Mai Đông"]
    assert a.text == f"{_SAPO}\n{_P2}"


def test_byline_in_capitals_above_the_dateline_under_the_masthead() -> None:
    a = clean_article("\n".join(["Báo Thành Phố", "Chính trị", "NGỌC HÀ",
                                 "Thứ Ba, 19/11/2024 - 09:12", _TITLE, _SAPO, _P2]))
    assert (a.title, a.authors, a.site) == (_TITLE, ["Ngọc Hà"], "Báo Thành Phố")


def test_the_first_line_beside_a_date_is_the_masthead() -> None:
    a = clean_article("\n".join(["Tây Bắc", "Thứ Ba, 19/11/2024", "Thời sự", _TITLE,
                                 "19/11/2024 09:12", _SAPO, _P2]))
    assert (a.site, a.authors, a.title) == ("Tây Bắc", [], _TITLE)


def test_a_short_trail_set_as_the_section_label() -> None:
    a = clean_article("\n".join(["Báo Thành Phố", "Thời sự / Xây dựng Đảng", _TITLE, _SAPO, _P2]))
    assert a.section == "Xây dựng Đảng"
