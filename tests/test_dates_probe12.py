"""Tests for ttcorpus.extract.dates (session 9, probe pages of unseen sites): a deadline
after an obligation stated in an earlier clause of the sentence ("UBND huyện giao Phòng
Nội vụ chủ trì, báo cáo trước ngày 15/12") is a coming date; compounds of a cue word
("giao thông", "bàn giao") are no cue; a past word still keeps the nearest year."""

from __future__ import annotations

import pytest

from ttcorpus.extract.dates import find_dates


def found(text: str, published: str) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in find_dates(text, published=published)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "UBND huyện giao Phòng Nội vụ chủ trì, phối hợp các xã, báo cáo trước ngày 15/12.",
            "2025-03-02",
            [("ngày 15/12", "2025-12-15")],
        ),
        (
            "Thường trực Huyện ủy giao cho Ban Dân vận tổng hợp ý kiến trước ngày 20/10.",
            "2024-02-10",
            [("ngày 20/10", "2024-10-20")],
        ),
        (
            "Hội đồng đề nghị các trường rà soát hồ sơ, gửi về Sở trước tháng 9.",
            "2025-01-20",
            [("tháng 9", "2025-09")],
        ),
        (
            "Ban Chỉ đạo giao nhiệm vụ cho tổ công tác, hoàn thành trước ngày 31/10.",
            "2024-03-15",
            [("ngày 31/10", "2024-10-31")],
        ),
    ],
)
def test_obligation_in_an_earlier_clause(
    text: str, published: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # compounds of "giao" are no obligation
        (
            "Tuyến đường giao thông liên xã được nâng cấp trước ngày 30/11.",
            "2024-04-12",
            [("ngày 30/11", "2023-11-30")],
        ),
        (
            "Chủ đầu tư bàn giao mặt bằng trước ngày 20/12.",
            "2024-04-12",
            [("ngày 20/12", "2023-12-20")],
        ),
        # a past word in the date's own clause keeps the nearest year
        (
            "UBND tỉnh giao Sở Xây dựng chủ trì, các đơn vị đã hoàn thành trước ngày 30/11.",
            "2024-04-12",
            [("ngày 30/11", "2023-11-30")],
        ),
        # an obligation in an earlier SENTENCE lends nothing
        (
            "UBND tỉnh giao Sở Xây dựng chủ trì. Công trình hoàn thành trước ngày 30/11.",
            "2024-04-12",
            [("ngày 30/11", "2023-11-30")],
        ),
        # no deadline word right before the date: the obligation does nothing
        (
            "UBND tỉnh giao Sở Y tế chủ trì, ngày 30/11 tổ chức hội nghị.",
            "2024-04-12",
            [("ngày 30/11", "2023-11-30")],
        ),
    ],
)
def test_not_coming(text: str, published: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an opener that names days ("ngày từ", "các ngày từ") makes a lone number a day
        (
            "Trong các ngày từ 8 - 10/10, huyện tổ chức hội thi.",
            [("các ngày từ 8 - 10/10", "2025-10-08/2025-10-10")],
        ),
        (
            "Hội chợ diễn ra ngày từ 3 đến 6/12 tại Nhà văn hóa.",
            [("ngày từ 3 đến 6/12", "2025-12-03/2025-12-06")],
        ),
        # a holiday named by its day/month
        ("Công trường vẫn thi công xuyên ngày lễ 2/9.", [("ngày lễ 2/9", "2025-09-02")]),
        (
            "Trong dịp nghỉ lễ 30/4 - 1/5, lượng khách tăng.",
            [("nghỉ lễ 30/4 - 1/5", "2025-04-30/2025-05-01")],
        ),
        # not dates: a fraction after an opener with no day noun, or after "dịp này,"
        ("Năng suất đạt từ 15 - 17/20 chỉ tiêu đề ra.", []),
        ("Dịp này, 2/3 số hộ đã được hỗ trợ.", []),
    ],
)
def test_day_openers_and_holidays(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "2025-08-20") == expected
