"""Datelines and bylines placed the ways news agencies and provincial papers place
them: the place before the date, a byline and dateline under the lead, a lead prefix
before an acronym."""

from __future__ import annotations

import pytest

from ttcorpus.clean import clean_article
from ttcorpus.clean.metadata import parse_place_dateline

_TITLE = "Thủ tướng làm việc với lãnh đạo chủ chốt tỉnh về phát triển kinh tế - xã hội"
_LEAD = ("Chiều 14/10, Thủ tướng Chính phủ đã làm việc với Ban Thường vụ Tỉnh ủy về tình "
         "hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2024.")
_P2 = ("Báo cáo tại buổi làm việc cho thấy, tăng trưởng kinh tế của tỉnh ước đạt 8,5%, "
       "cao hơn mức bình quân chung của cả nước, thu ngân sách vượt dự toán.")


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Quảng Trị, 14/10/2024 17:45", "2024-10-14T17:45"),
        ("TP.HCM, 14/10/2024 09:05 GMT+7", "2024-10-14T09:05"),
        ("Bà Rịa - Vũng Tàu, 14/10/2024", "2024-10-14"),
        ("Kết quả, 14/10/2024", None),  # not a place: a lower-case word
        ("Đà Nẵng, 14/10/2024", "2024-10-14"),
        ("Hà Nội, ngày 14 tháng 10 năm 2024", "2024-10-14"),
    ],
)
def test_place_first_dateline(line: str, iso: str | None) -> None:
    assert parse_place_dateline(line) == iso


@pytest.mark.parametrize("dateline", ["Quảng Trị, 14/10/2024 17:45", "TP.HCM, 14/10/2024 17:45"])
def test_a_place_dateline_under_the_title_is_no_title(dateline: str) -> None:
    a = clean_article(f"Thời sự\n{_TITLE}\n{dateline}\n{_LEAD}\n{_P2}")
    assert a.title == _TITLE
    assert a.published == "2024-10-14T17:45"
    assert a.text == f"{_LEAD}\n{_P2}"


def test_byline_and_dateline_under_the_lead() -> None:
    page = (f"Báo Mẫu\nThứ Hai, 14/10/2024\nTrang chủ\n{_TITLE}\n(Baomau.vn) - {_LEAD}\n"
            f"Thu Hằng\nThứ Hai, 14/10/2024 - 07:30\n{_P2}")
    a = clean_article(page)
    assert a.published == "2024-10-14T07:30"  # not the masthead's date above the title
    assert a.authors == ["Thu Hằng"]
    assert a.text == f"{_LEAD}\n{_P2}"
    assert ("lead_prefix", "(Baomau.vn) -") in [(r.kind, r.text) for r in a.removed]


def test_a_lead_prefix_before_an_acronym() -> None:
    lead = "UBND tỉnh vừa ban hành kế hoạch triển khai nhiệm vụ chuyển đổi số năm 2025."
    a = clean_article(f"{_TITLE}\n\n(Baomau.vn) - {lead}\n\n{_P2}")
    assert a.text == f"{lead}\n{_P2}"


def test_a_name_in_the_body_without_a_dateline_stays() -> None:
    """Only next to the dateline is a bare name the byline."""
    a = clean_article(f"{_TITLE}\n{_LEAD}\nThu Hằng\n{_P2}")
    assert "Thu Hằng" in a.text.split("\n")


@pytest.mark.parametrize("byline", ["MAI PHƯƠNG - ẢNH: QUANG TÙNG", "Mai Phương - Ảnh: Quang Tùng"])
def test_writer_and_photographer_under_the_lead(byline: str) -> None:
    a = clean_article(f"{_TITLE}\n{_LEAD}\n{byline}\n{_P2}")
    assert a.authors == ["Mai Phương"]
    assert [(r.kind, r.text) for r in a.removed][1:] == [("byline", byline)]


def test_byline_above_the_title_by_the_dateline() -> None:
    a = clean_article(f"Trang chủ\n09:15 | 14/10/2024\nHồng Vân\n{_TITLE}\n{_LEAD}\n{_P2}")
    assert a.authors == ["Hồng Vân"] and a.title == _TITLE and a.section is None


def test_the_site_name_under_the_title_is_no_author() -> None:
    a = clean_article(f"Tin Mẫu Online\nThời sự\n{_TITLE}\nTin Mẫu Online\n{_LEAD}\n{_P2}\nHà An")
    assert a.authors == ["Hà An"]


@pytest.mark.parametrize(
    "line", ["Lan Hương | 14/10/2024 17:45", "Lan Hương - 17:45 14/10/2024"]
)
def test_byline_and_dateline_on_one_line_under_the_title(line: str) -> None:
    a = clean_article(f"BÁO TỈNH NHÀ\n{_TITLE}\n{line}\n{_LEAD}\n{_P2}")
    assert (a.title, a.authors, a.published) == (_TITLE, ["Lan Hương"], "2024-10-14T17:45")
    assert a.text == f"{_LEAD}\n{_P2}"
