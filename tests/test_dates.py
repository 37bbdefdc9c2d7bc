"""Tests for ttcorpus.extract.dates: every date form, range and non-date the finder
documents, on small sentences written for the tests."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ttcorpus.extract.dates import find_dates
from ttcorpus.resources import data_text


def found(text: str, published: str | None = None) -> list[tuple[str, str]]:
    """(mention text, value) pairs, checking offsets on the way."""
    out = []
    for d in find_dates(text, published):
        assert text[d.start : d.end] == d.text
        out.append((d.text, d.value))
    return out


# ---------------------------------------------------------------- full dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hội nghị ngày 1/12/2011 kết thúc.", [("ngày 1/12/2011", "2011-12-01")]),
        ("ký ngày 01/12/2011 tại Huế", [("ngày 01/12/2011", "2011-12-01")]),
        ("Ngày 22-7-2019, tỉnh họp.", [("Ngày 22-7-2019", "2019-07-22")]),
        ("văn bản ngày 22–01-2019 của Sở", [("ngày 22–01-2019", "2019-01-22")]),
        ("kể từ ngày 19.8.2020, khi", [("ngày 19.8.2020", "2020-08-19")]),
        ("ngày 19 tháng 8 năm 2020", [("ngày 19 tháng 8 năm 2020", "2020-08-19")]),
        ("ngày 5 tháng 3, năm 2021", [("ngày 5 tháng 3, năm 2021", "2021-03-05")]),
        ("ngày 12/4 năm 2021", [("ngày 12/4 năm 2021", "2021-04-12")]),
        ("Sáng 20/2/2017, tại Hà Nội", [("Sáng 20/2/2017", "2017-02-20")]),
        ("Chiều 3/9/2018 đoàn đến", [("Chiều 3/9/2018", "2018-09-03")]),
        ("Tối 14/2/2022 xảy ra", [("Tối 14/2/2022", "2022-02-14")]),
        ("Rạng sáng ngày 5/6/2020,", [("Rạng sáng ngày 5/6/2020", "2020-06-05")]),
        ("Thứ Hai, ngày 12/4/2021", [("Thứ Hai, ngày 12/4/2021", "2021-04-12")]),
        ("NGÀY 12/4/2021", [("NGÀY 12/4/2021", "2021-04-12")]),
        ("bị tạm giữ 02/6/2023.", [("02/6/2023", "2023-06-02")]),
        ("phát hành 2020-08-19", [("2020-08-19", "2020-08-19")]),
        ("khoảng 21 giờ 15 phút ngày 3/6/2023", [("ngày 3/6/2023", "2023-06-03")]),
    ],
)
def test_full_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "2024-01-01") == expected


# ---------------------------------------------------------------- partial dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("trong tháng 8/2020 tỉnh", [("tháng 8/2020", "2020-08")]),
        ("từ tháng 9 năm 2021", [("tháng 9 năm 2021", "2021-09")]),
        ("Tính đến tháng 7-2024,", [("tháng 7-2024", "2024-07")]),
        ("Tính đến 7/2024, toàn tỉnh", [("7/2024", "2024-07")]),
        ("so với năm 2016", [("năm 2016", "2016")]),
        ("Trong năm 2016, các ngành", [("Trong năm 2016", "2016")]),
        ("6 tháng đầu năm 2024", [("năm 2024", "2024")]),
        ("định hướng đến năm 2030", [("năm 2030", "2030")]),
        ("Nguyễn Văn A (SN 1996, trú tại xã B)", [("SN 1996", "1996")]),
        ("ông C, sinh năm 1990, trú", [("sinh năm 1990", "1990")]),
    ],
)
def test_partial_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("Sáng 12/4, tại trụ sở", "2021-03-04T08:00", "2021-04-12"),
        ("Ngày 27/8, Đảng ủy họp", "2019-08-28", "2019-08-27"),
        ("tối 30/5 để sử dụng", "2023-06-01T10:00", "2023-05-30"),
        ("vào ngày 1/7. Công an", "2024-06-27T11:20", "2024-07-01"),
        ("Trưa 2/9 đoàn về", "2015-09-03", "2015-09-02"),
        ("Đêm 31/12 có pháo hoa", "2020-12-30", "2020-12-31"),
        ("hôm 5/5 đã họp", "2022-05-10", "2022-05-05"),
        ("mùng 2/9 là Quốc khánh", "2022-05-10", "2022-09-02"),
        ("Chủ nhật, 17/3 trời mưa", "2024-03-17", "2024-03-17"),
        ("Sáng nay (27/6), tại Hà Nội", "2024-06-27", "2024-06-27"),
        ("Hôm qua (26/6), đoàn đến", "2024-06-27", "2024-06-26"),
        ("Thứ Năm (27/6) có mưa", "2024-06-27", "2024-06-27"),
        ("Tính đến 30/6, toàn tỉnh", "2024-07-02", "2024-06-30"),
        ("ngày 16 tháng 4 vừa qua", "2024-05-01", "2024-04-16"),
    ],
)
def test_day_month_takes_published_year(text: str, published: str, value: str) -> None:
    assert [v for _, v in found(text, published)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sáng 12/4, tại trụ sở", "--04-12"),
        ("Ngày 27/8, Đảng ủy họp", "--08-27"),
        ("ngày 29/2 hằng năm", "--02-29"),  # a leap day stands when the year is unknown
    ],
)
def test_day_month_without_published(text: str, value: str) -> None:
    assert [v for _, v in found(text)] == [value]
    assert [v for _, v in found(text, "not a date")] == [value]


def test_year_less_date_near_full_date_still_takes_published_year() -> None:
    text = "ngày 02/6/2023 và tối 30/5 trước đó"
    assert found(text, "2024-01-15") == [
        ("ngày 02/6/2023", "2023-06-02"),
        ("tối 30/5", "2024-05-30"),
    ]


# ---------------------------------------------------------------- ranges


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Chiến lược giai đoạn 2016 - 2025 và", None, [("giai đoạn 2016 - 2025", "2016/2025")]),
        ("trong 5 năm tới (2017 - 2021), tiếp tục", None, [("(2017 - 2021)", "2017/2021")]),
        ("kế hoạch 2021-2025 của tỉnh", None, [("2021-2025", "2021/2025")]),
        ("kế hoạch 2021–2025", None, [("2021–2025", "2021/2025")]),
        ("từ năm 2016 đến năm 2020 đã", None, [("từ năm 2016 đến năm 2020", "2016/2020")]),
        ("Từ năm 2019 đến hết năm 2023,", None, [("Từ năm 2019 đến hết năm 2023", "2019/2023")]),
        ("từ 2016 đến 2020", None, [("từ 2016 đến 2020", "2016/2020")]),
        ("năm 2016 - 2020", None, [("năm 2016 - 2020", "2016/2020")]),
        ("nhiệm kỳ 2020 - 2025", None, [("nhiệm kỳ 2020 - 2025", "2020/2025")]),
        ("năm học 2023-2024", None, [("năm học 2023-2024", "2023/2024")]),
        (
            "kỷ niệm (19.8.1945 - 19.8.2015)",
            None,
            [("(19.8.1945 - 19.8.2015)", "1945-08-19/2015-08-19")],
        ),
        (
            "Đoàn (26/3/1931 - 26/3/2024).",
            None,
            [("(26/3/1931 - 26/3/2024)", "1931-03-26/2024-03-26")],
        ),
        (
            "từ ngày 17/3 đến ngày 30/4, các đội",
            "2024-03-17",
            [("từ ngày 17/3 đến ngày 30/4", "2024-03-17/2024-04-30")],
        ),
        ("từ ngày 17/3 đến ngày 30/4", None, [("từ ngày 17/3 đến ngày 30/4", "--03-17/--04-30")]),
        (
            "Từ tháng 8 đến tháng 10/2024, Bộ",
            None,
            [("Từ tháng 8 đến tháng 10/2024", "2024-08/2024-10")],
        ),
        ("tháng 8 - 10/2024", None, [("tháng 8 - 10/2024", "2024-08/2024-10")]),
        ("ngày 16-17/3 diễn ra", "2023-01-01", [("ngày 16-17/3", "2023-03-16/2023-03-17")]),
        ("ngày 17 - 20/3/2024", None, [("ngày 17 - 20/3/2024", "2024-03-17/2024-03-20")]),
        ("từ 20/12 đến 10/1/2024", None, [("từ 20/12 đến 10/1/2024", "2023-12-20/2024-01-10")]),
        ("(17/3 - 30/4)", "2024-05-01", [("(17/3 - 30/4)", "2024-03-17/2024-04-30")]),
        (
            "từ ngày 1/7/2024 đến ngày 31/12/2024",
            None,
            [("từ ngày 1/7/2024 đến ngày 31/12/2024", "2024-07-01/2024-12-31")],
        ),
        (
            "từ năm 2016 đến ngày 30/6/2020",
            None,
            [("từ năm 2016 đến ngày 30/6/2020", "2016/2020-06-30")],
        ),
    ],
)
def test_ranges(text: str, published: str | None, expected: list[tuple[str, str]]) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the second year must follow the first
        ("năm 2025 - 2016", [("năm 2025", "2025")]),
        ("năm 2016-2016", [("năm 2016", "2016")]),
        # a wide span of two bare years is a count
        ("có 1900-2000 người dự", []),
        # "đến" without "từ" joins nothing
        ("năm 2016 đến năm 2020", [("năm 2016", "2016"), ("năm 2020", "2020")]),
        # a single date after "từ" keeps no opener
        ("có hiệu lực từ ngày 1/7/2024.", [("ngày 1/7/2024", "2024-07-01")]),
        # ratios on both sides of a dash are no range
        ("tỷ lệ 7/10 - 8/10 hộ", []),
    ],
)
def test_not_ranges(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


# ---------------------------------------------------------------- not dates


@pytest.mark.parametrize(
    "text",
    [
        "62/63 địa phương đã kiện toàn",
        "tỷ lệ 8/10 hộ dân",
        "7/7 huyện ủy, thành ủy",
        "12/14 thôn đưa nội dung",
        "63/63 tỉnh, thành phố",
        "có 112/138 xã, phường",
        "7.288/10.546 tổ chức",
        "Đường dây nóng trực 24/7 để tiếp nhận",
        "khoảng 8/10 vụ",
        "từ 5/10 lên 8/10 hộ",
        "Ban Chỉ đạo 138 của Chính phủ",
        "Câu lạc bộ B93",
        "Quyết định số 521/2005/QĐ-TTg",
        "Luật số 30/2023/QH15",
        "Nghị định số 100/2019/NĐ-CP",
        "Cáo trạng số 87/CT-VKSTK",
        "Giấy phép số 356/GP-BTTTT",
        "Kế hoạch số 12/KH-TA",
        "Thông tư 12/2019 của Bộ",
        "Điện thoại: 0207.3822.246",
        "gọi 0912-345-678",
        "tại Km 15+300 Quốc lộ 1A",
        "thu giữ 5,6 kg heroin",
        "1.427 vụ với 1.968 đối tượng",
        "kỷ niệm 93 năm Ngày thành lập",
        "bị phạt 2 năm 6 tháng tù",
        "8 năm tù",
        "hằng năm, năm nay và năm sau",
        "sau 15 tháng 8 ngày",
        "Tháng Thanh niên",
        "mỗi tháng 8 lần",  # a rate (a month with a year-relative word is a date now)
        "quý I/2024",
        "năm 12",
        "thông qua (26/6)",
        "ngày 15/8 âm lịch",
        "mùng 10/3 (âm lịch)",
        "Đoàn 2001 đã đến",
        "số 2016",
    ],
)
def test_not_dates(text: str) -> None:
    assert found(text, "2024-01-01") == []


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("ngày 31/2", None),
        ("ngày 30/2/2020", None),
        ("ngày 31/4/2021", None),
        ("ngày 32/1/2020", None),
        ("ngày 0/5/2020", None),
        ("ngày 12/13/2020", None),
        ("ngày 29/2", "2023-05-05"),  # no leap day in 2023
        ("ngày 29/2/2023", None),
        ("tháng 13/2020", None),
        ("năm 0999", None),
    ],
)
def test_impossible_dates_rejected(text: str, published: str | None) -> None:
    assert found(text, published) == []


def test_leap_day_in_leap_year() -> None:
    assert found("ngày 29/2/2024") == [("ngày 29/2/2024", "2024-02-29")]
    assert found("ngày 29/2", "2024-05-05") == [("ngày 29/2", "2024-02-29")]


# ---------------------------------------------------------------- offsets and shape


def test_mentions_sorted_non_overlapping_with_offsets() -> None:
    text = (
        "Sáng 27/6, tại Hà Nội, Bộ tổ chức hội nghị. Luật số 30/2023/QH15 thông qua "
        "ngày 28 tháng 11 năm 2023, hiệu lực từ ngày 01/7/2024. 63/63 tỉnh. "
        "Từ tháng 8 đến tháng 10/2024, giai đoạn 2016 - 2025 (2017 - 2021).\n"
        "Ngày 1/7 tới."
    )
    mentions = find_dates(text, "2024-06-27T11:20")
    assert [(d.text, d.value) for d in mentions] == [
        ("Sáng 27/6", "2024-06-27"),
        ("ngày 28 tháng 11 năm 2023", "2023-11-28"),
        ("ngày 01/7/2024", "2024-07-01"),
        ("Từ tháng 8 đến tháng 10/2024", "2024-08/2024-10"),
        ("giai đoạn 2016 - 2025", "2016/2025"),
        ("(2017 - 2021)", "2017/2021"),
        ("Ngày 1/7", "2024-07-01"),
    ]
    _check_offsets(text, mentions)


def _check_offsets(text: str, mentions: list) -> None:
    last = 0
    for d in mentions:
        assert 0 <= d.start < d.end <= len(text)
        assert text[d.start : d.end] == d.text
        assert d.start >= last
        last = d.end


def test_empty_and_dateless_text() -> None:
    assert find_dates("") == []
    assert find_dates("Không có ngày tháng nào ở đây.", "2020-01-01") == []


@pytest.mark.parametrize(
    "published", ["2019-07-24T10:30", "2019-07-24", "2019-07-24T10:30:00+07:00", None, "", "x"]
)
def test_published_forms(published: str | None) -> None:
    expected = "2019-04-12" if published and published != "x" else "--04-12"
    assert [v for _, v in found("Sáng 12/4", published)] == [expected]


# ---------------------------------------------------------------- data files


@pytest.mark.parametrize(
    "name",
    [
        "dates_day_nouns.txt",
        "dates_dayparts.txt",
        "dates_weekdays.txt",
        "dates_relative_days.txt",
        "dates_year_cues.txt",
        "dates_range_openers.txt",
        "dates_range_connectors.txt",
        "dates_prepositions.txt",
        "dates_lunar_markers.txt",
    ],
)
def test_data_files_have_header(name: str) -> None:
    assert data_text(name).startswith("#")


# ---------------------------------------------------------------- linear time


@pytest.mark.parametrize(
    "text",
    [
        "1/" * 100_000,
        "1" * 100_000,
        "1 " * 100_000,
        "1-" * 50_000,
        "1." * 100_000,
        "2016-" * 20_000,
        "12/4 - " * 10_000,
        "ngày " * 50_000 + "1/2",
        "thứ năm " * 20_000 + "(1/2)",
        "Sáng nay (" * 20_000 + "1/2)",
        "từ năm 2016 đến " * 5_000,
        "(" * 100_000,
        "năm " * 50_000,
    ],
)
def test_linear_time_on_hostile_input(text: str) -> None:
    start = time.perf_counter()
    mentions = find_dates(text, "2020-01-01")
    assert time.perf_counter() - start < 2.0
    _check_offsets(text, mentions)


# ---------------------------------------------------------------- properties

_DATEY = st.lists(
    st.sampled_from(
        [
            *"0123456789/-.–,() \n",
            *("ngày ", "Sáng ", "tháng ", "năm ", "từ ", "đến ", "giai đoạn ", "SN ", "thứ Hai "),
            *("nay ", "âm lịch", "hết ", "QĐ", "B", "(2017 - 2021)", "31/2", "29/2", "2016"),
        ]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.sampled_from([None, "2024-02-29T10:00", "2023-01-01", "bad"]))
def test_any_text_gives_valid_offsets(text: str, published: str | None) -> None:
    _check_offsets(text, find_dates(text, published))


@settings(max_examples=300, deadline=None)
@given(_DATEY, st.sampled_from([None, "2024-02-29", "2023-12-31"]))
def test_date_like_text_gives_valid_offsets_and_values(text: str, published: str | None) -> None:
    mentions = find_dates(text, published)
    _check_offsets(text, mentions)
    for d in mentions:
        for side in d.value.split("/"):
            assert side[:2] == "--" or side[:4].isdigit()


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Trong 2 ngày 8 và 9/10, hội nghị diễn ra.", ["2024-10-08", "2024-10-09"]),
        ("Các ngày 2, 3 và 4/12/2023, đoàn làm việc.", ["2023-12-02", "2023-12-03", "2023-12-04"]),
        ("ngày 21, 22/7 tới", ["2025-07-21", "2025-07-22"]),  # "tới": the coming July
        # not a list of days: no "ngày" before the first, falling days, no such day
        ("Có 14 và 15/20 xã đạt chuẩn.", []),
        ("ngày 15 và 14/11", []),
        ("ngày 30 và 31/2", []),
    ],
)
def test_days_listed_before_the_month(text: str, values: list[str]) -> None:
    found = find_dates(text, "2024-08-01T09:00")
    assert [d.value for d in found] == values
    assert all(text[d.start : d.end] == d.text for d in found)
