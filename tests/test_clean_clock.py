"""A page's clock ("Hôm nay: <date>") is a widget: it never names the site or dates
the article."""

from __future__ import annotations

import pytest

from ttcorpus.clean import clean_article
from ttcorpus.clean.boilerplate import chrome_kind, is_page_clock

BODY = (
    "Sáng 3/6, Sở Tư pháp tỉnh Phú Yên tổ chức hội nghị tập huấn công tác phổ biến, "
    "giáo dục pháp luật cho cán bộ cấp xã trên địa bàn tỉnh.\n"
    "Tại hội nghị, các đại biểu được quán triệt nhiều văn bản mới về hòa giải ở cơ sở "
    "và trao đổi kinh nghiệm triển khai tại địa phương."
)


@pytest.mark.parametrize(
    "clock",
    [
        "Hôm nay: Thứ Tư, 04/06/2025",
        "Hôm nay là Thứ Tư, ngày 04/06/2025",
        "Ngày hôm nay: 04-06-2025",
        "Hôm nay, 4/6",
        "hôm nay: 04/06/2025 09:12",
    ],
)
def test_clock_is_a_widget(clock: str) -> None:
    assert is_page_clock(clock, clock.count(" ") + 1)
    assert chrome_kind(clock) == ("widget", True)


@pytest.mark.parametrize(
    "line",
    [
        "Hôm nay, Sở Y tế họp bàn về dịch sốt xuất huyết",  # a sentence
        "Hôm nay: 1.234",  # a visitor counter
        "Hôm nay",
        "Thứ Tư, 04/06/2025",  # a dateline without the clock's label
    ],
)
def test_not_a_clock(line: str) -> None:
    assert not is_page_clock(line, line.count(" ") + 1)


def test_clock_does_not_date_the_article_nor_name_the_site() -> None:
    page = (
        "Hôm nay: Thứ Tư, 04/06/2025\n"
        "Báo Phú Yên điện tử\n"
        "Pháp luật\n"
        "Phú Yên tập huấn phổ biến pháp luật cho cán bộ cơ sở\n"
        f"{BODY}\n"
    )
    article = clean_article(page)
    assert article.published is None
    assert article.site == "Báo Phú Yên điện tử"
    assert article.title == "Phú Yên tập huấn phổ biến pháp luật cho cán bộ cơ sở"
    assert ("Hôm nay: Thứ Tư, 04/06/2025", "widget") in [(r.text, r.kind) for r in article.removed]


def test_the_article_keeps_its_own_dateline_under_a_clock() -> None:
    page = (
        "Hôm nay: Thứ Tư, 04/06/2025 | Đăng nhập\n"
        "Báo Phú Yên điện tử\n"
        "Phú Yên tập huấn phổ biến pháp luật cho cán bộ cơ sở\n"
        "Cập nhật: 16:40, 03/06/2025\n"
        f"{BODY}\n"
    )
    article = clean_article(page)
    assert article.published == "2025-06-03T16:40"
    assert article.site == "Báo Phú Yên điện tử"
