"""A box of the article's key points between the headline and the lead ("Nội dung
chính" over one-line points): kept in the text, and the headline above it stays the
title."""

from __future__ import annotations

import pytest

from ttcorpus.clean import clean_article

_TITLE = "Hội đồng nhân dân tỉnh thông qua 12 nghị quyết tại kỳ họp cuối năm"
_POINTS = [
    "Thông qua kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030",
    "Điều chỉnh mức hỗ trợ cho cán bộ không chuyên trách cấp xã",
]
_LEAD = (
    "Chiều 10/12, Hội đồng nhân dân tỉnh khóa X đã bế mạc kỳ họp thứ 22 sau ba ngày làm việc "
    "khẩn trương, nghiêm túc và thông qua 12 nghị quyết quan trọng."
)
_P2 = (
    "Phát biểu bế mạc, Chủ tịch Hội đồng nhân dân tỉnh đề nghị các cơ quan khẩn trương triển "
    "khai, đưa các nghị quyết vào cuộc sống ngay từ đầu năm."
)


@pytest.mark.parametrize("label", ["Nội dung chính", "TÓM TẮT", "Những điểm chính:"])
def test_key_points_box_stays_and_the_headline_is_the_title(label: str) -> None:
    page = "\n".join(["Thời sự", "10/12/2024 16:40", _TITLE, label, *_POINTS, _LEAD, _P2])
    a = clean_article(page)
    assert a.title == _TITLE
    assert a.text.split("\n") == [label, *_POINTS, _LEAD, _P2]
    assert a.published == "2024-12-10T16:40"
    again = clean_article(a.text)
    assert again.text == a.text  # idempotent: the box is no head of the clean text


def test_chrome_inside_the_box_still_goes() -> None:
    page = "\n".join([_TITLE, "Nội dung chính", "Chia sẻ | Zalo | Facebook", *_POINTS, _LEAD, _P2])
    a = clean_article(page)
    assert "Chia sẻ | Zalo | Facebook" not in a.text
    assert a.title == _TITLE


def test_an_audio_reader_label_is_no_title() -> None:
    page = "\n".join([_TITLE, "Thu Hà | 10/12/2024 16:40", "Lắng nghe bài viết", _LEAD, _P2])
    a = clean_article(page)
    assert a.title == _TITLE
    assert [r.kind for r in a.removed if r.text == "Lắng nghe bài viết"] == ["widget"]
