"""Tests for ttcorpus.extract.dates (session 8, probe pages of unseen sites): days listed
with a dash- or dot-written month ("ngày 3 và 4-4"), day/months listed after a date
("Ngày 14-4 và 15-4"), coming dates after a forward cue ("Dự kiến ngày 20/11", "phải …
trước tháng 9", "ngày 15/2 năm sau"), the night before a date ("đêm 26 rạng sáng 27/7"),
and the brackets around a range, as the gold writes them. Each rule has cases that must
not change."""

from __future__ import annotations

import time

import pytest

from tests.test_dates import found as _found


def found(text: str, published: str | None) -> list[tuple[str, str]]:
    """(mention text, value) pairs, checking offsets (``tests.test_dates.found``)."""
    return _found(text, published)


# ---------------------------------------------------------------- listed days


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trong hai ngày 9 và 10-5, đoàn công tác làm việc tại huyện.",
            [("ngày 9", "2025-05-09"), ("10-5", "2025-05-10")],
        ),
        (
            "Lễ hội diễn ra trong 3 ngày 7, 8 và 9-5 tại quảng trường.",
            [("ngày 7", "2025-05-07"), ("8", "2025-05-08"), ("9-5", "2025-05-09")],
        ),
        (
            "Các ngày 21 và 22.6.2024, đoàn đã kiểm tra tại xã.",
            [("ngày 21", "2024-06-21"), ("22.6.2024", "2024-06-22")],
        ),
        (
            "Hội nghị họp ngày 5 và 6-3-2024 tại Hà Nội.",
            [("ngày 5", "2024-03-05"), ("6-3-2024", "2024-03-06")],
        ),
        (
            "Ngày 8-5 và 9-5, Ban Thường vụ làm việc với các xã.",
            [("Ngày 8-5", "2025-05-08"), ("9-5", "2025-05-09")],
        ),
        (
            "Ngày 30/4, 1/5 và 2/5, lượng khách tăng mạnh.",
            [("Ngày 30/4", "2025-04-30"), ("1/5", "2025-05-01"), ("2/5", "2025-05-02")],
        ),
        (
            "Sáng 6.5 và 7.5, hội đồng chấm thi làm việc.",
            [("Sáng 6.5", "2025-05-06"), ("7.5", "2025-05-07")],
        ),
        # the slash form behaves as before
        (
            "Trong hai ngày 9 và 10/5, đoàn công tác làm việc.",
            [("ngày 9", "2025-05-09"), ("10/5", "2025-05-10")],
        ),
    ],
)
def test_days_listed_with_any_separator(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "2025-05-12") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ratio after a date and a comma, or a list that does not end in "và"
        ("Ngày 27/8, 7/7 huyện đã hoàn thành.", [("Ngày 27/8", "2025-08-27")]),
        ("Ngày 3/4, 5/5 xã đạt chuẩn.", [("Ngày 3/4", "2025-04-03")]),
        # earlier, or months apart: no list
        ("Ngày 12-4 và 3-4 người bị thương.", [("Ngày 12-4", "2025-04-12")]),
        ("Ngày 2/3 và 8/10 hộ nghèo nhận quà.", [("Ngày 2/3", "2025-03-02")]),
        # no "ngày" before the first number, or falling days: no list of days
        ("Có 14 và 15-20 xã đạt chuẩn nông thôn mới.", []),
        ("ngày 15 và 14-11", []),
        ("Đội nhà thắng 3 và hòa 4-4 trong mùa giải.", []),
        # a rate ("mỗi ngày", "hằng ngày"): no days
        ("Mỗi ngày 3 và 4-5 lượt xe qua cầu.", []),
        ("Hằng ngày 3 và 4/5 đoàn khách đến tham quan.", []),
    ],
)
def test_not_listed_days(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "2025-05-12") == expected


# ---------------------------------------------------------------- coming dates


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Dự kiến ngày 25/11, hội nghị tổng kết sẽ diễn ra tại tỉnh.",
            "2024-04-17",
            [("ngày 25/11", "2024-11-25")],
        ),
        (
            "Lễ khánh thành cầu dự kiến tổ chức vào ngày 10/12 tới.",
            "2024-03-20",
            [("ngày 10/12", "2024-12-10")],
        ),
        (
            "Các đơn vị phải hoàn thành việc số hóa hồ sơ trước tháng 10.",
            "2025-02-05",
            [("tháng 10", "2025-10")],
        ),
        (
            "Hai bên nhất trí tổ chức kỳ họp Ủy ban liên Chính phủ lần thứ năm vào tháng 11.",
            "2024-04-02",
            [("tháng 11", "2024-11")],
        ),
        (
            "Chậm nhất ngày 20/1 năm sau, các sở gửi báo cáo về Sở Tài chính.",
            "2024-08-16",
            [("ngày 20/1", "2025-01-20")],
        ),
        (
            "Kỳ họp thường lệ cuối năm sẽ khai mạc trong 2 ngày 5 và 6-12.",
            "2024-03-01",
            [("ngày 5", "2024-12-05"), ("6-12", "2024-12-06")],
        ),
        (
            "Đề án sẽ được trình Chính phủ từ ngày 10 đến 15/11 tại Hà Nội.",
            "2024-04-20",
            [("từ ngày 10 đến 15/11", "2024-11-10/2024-11-15")],
        ),
        (
            "UBND tỉnh đề nghị các huyện khẩn trương hoàn thành đến hết tháng 8.",
            "2025-01-15",
            [("tháng 8", "2025-08")],
        ),
        # relative-year phrases after a day/month
        ("Ngày 3/3 năm sau, luật có hiệu lực.", "2024-05-10", [("Ngày 3/3", "2025-03-03")]),
        ("Ngày 3/3 năm nay, luật có hiệu lực.", "2024-11-10", [("Ngày 3/3", "2024-03-03")]),
        ("Ngày 20/12 năm ngoái, luật có hiệu lực.", "2025-03-10", [("Ngày 20/12", "2024-12-20")]),
        ("Từ ngày 1/7 vừa qua, luật có hiệu lực.", "2024-01-10", [("ngày 1/7", "2023-07-01")]),
        ("Từ ngày 1/7 đến nay, đã có 30 vụ việc.", "2024-02-10", [("ngày 1/7", "2023-07-01")]),
        ("Ngày 2/2 tới, tỉnh tổ chức lễ ra quân.", "2024-09-12", [("Ngày 2/2", "2025-02-02")]),
    ],
)
def test_coming_dates(text: str, published: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # narrative past: the nearest year stays
        ("Ngày 25/11, hội nghị tổng kết diễn ra.", "2024-04-17", [("Ngày 25/11", "2023-11-25")]),
        (
            "Trước đó, ngày 20/11, đoàn đã làm việc với tỉnh.",
            "2024-04-17",
            [("ngày 20/11", "2023-11-20")],
        ),
        # a past word in the clause
        (
            "Các đơn vị đã hoàn thành việc số hóa hồ sơ trước tháng 10.",
            "2025-02-05",
            [("tháng 10", "2024-10")],
        ),
        (
            "Hai bên đã thống nhất sẽ tổ chức hội thảo vào tháng 11.",
            "2024-04-02",
            [("tháng 11", "2023-11")],
        ),
        # a deadline word with no obligation word
        ("Công trình hoàn thành trước tháng 10.", "2025-02-05", [("tháng 10", "2024-10")]),
        # the cue is in another clause
        (
            "Tỉnh sẽ tiếp tục triển khai, như kết quả đạt được ngày 10/12.",
            "2024-03-01",
            [("ngày 10/12", "2023-12-10")],
        ),
        # a document's date after the cue
        (
            "Tỉnh sẽ thực hiện Kế hoạch số 12/KH-UBND ngày 10/12 của UBND tỉnh.",
            "2024-03-01",
            [("ngày 10/12", "2023-12-10")],
        ),
        # a page dated a few days after the plan it reports
        ("Hội nghị dự kiến diễn ra ngày 10/4.", "2024-04-17", [("ngày 10/4", "2024-04-10")]),
        # "tới" as a verb or a range connector
        ("Ngày 5/9 tới Hà Nội, đoàn làm việc.", "2024-04-17", [("Ngày 5/9", "2024-09-05")]),
        (
            "Từ ngày 10/11 tới ngày 20/11, tỉnh ra quân.",
            "2024-04-17",
            [("Từ ngày 10/11 tới ngày 20/11", "2023-11-10/2023-11-20")],
        ),
        # no dateline: no year to take
        ("Dự kiến ngày 25/11, hội nghị diễn ra.", None, [("ngày 25/11", "--11-25")]),
    ],
)
def test_not_coming_dates(
    text: str, published: str | None, expected: list[tuple[str, str]]
) -> None:
    assert found(text, published) == expected


# ---------------------------------------------------------------- the night before


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Mưa lớn đêm 14 rạng sáng 15/9/2024 làm sạt lở đường.",
            "2024-10-01",
            [("đêm 14", "2024-09-14"), ("rạng sáng 15/9/2024", "2024-09-15")],
        ),
        (
            "Tối 3 rạng sáng 4/5, lực lượng chức năng bắt giữ 5 đối tượng.",
            "2025-05-06",
            [("Tối 3", "2025-05-03"), ("rạng sáng 4/5", "2025-05-04")],
        ),
        (
            "Đêm 9 rạng sáng 10/3, mưa đá xuất hiện.",
            None,
            [("Đêm 9", "--03-09"), ("rạng sáng 10/3", "--03-10")],
        ),
        # not the day before, or not led by a part of the day: the next date alone
        ("đêm 13 rạng sáng 15/9/2024, mưa", "2024-10-01", [("rạng sáng 15/9/2024", "2024-09-15")]),
        ("khoảng 5 sáng 6/7/2024, xe đến", "2024-10-01", [("sáng 6/7/2024", "2024-07-06")]),
        ("ngày 14 rạng sáng 15/9/2024, mưa", "2024-10-01", [("rạng sáng 15/9/2024", "2024-09-15")]),
        ("xã 14 rạng sáng 15/9/2024, mưa", "2024-10-01", [("rạng sáng 15/9/2024", "2024-09-15")]),
    ],
)
def test_night_before(text: str, published: str | None, expected: list[tuple[str, str]]) -> None:
    assert found(text, published) == expected


# ---------------------------------------------------------------- ranges in brackets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the gold keeps the brackets around a range ("(26/3/1931 - 26/3/2024)", "(2005 - 2015)")
        ("kỷ niệm 30 năm kết nghĩa (1994-2024) giữa hai tỉnh", [("(1994-2024)", "1994/2024")]),
        (
            "Ngày Quốc khánh (2-9-1945 – 2-9-2025) được tổ chức trọng thể.",
            [("(2-9-1945 – 2-9-2025)", "1945-09-02/2025-09-02")],
        ),
    ],
)
def test_range_keeps_its_brackets(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "2025-05-12") == expected


# ---------------------------------------------------------------- speed


def test_lists_and_cues_stay_linear() -> None:
    """Long runs of listed days, cue words and parts of the day cost about what
    ordinary text of the same length costs."""
    runs = [
        "ngày 1 và 2-3, " * 4000,
        "sẽ dự kiến phải trước " * 4000 + "ngày 1/1",
        "đêm 1 đêm 2 rạng sáng 3/4 " * 3000,
        "Ngày 1/1, 2/1 và 3/1 " * 3000,
    ]
    plain = "Đoàn công tác làm việc với các xã ngày 5/5. " * 2000
    start = time.perf_counter()
    found(plain, "2024-06-01")
    base = time.perf_counter() - start
    for text in runs:
        start = time.perf_counter()
        found(text, "2024-06-01")
        assert time.perf_counter() - start < 40 * base + 0.5
