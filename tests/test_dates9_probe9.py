"""Probe pages of session 7 (probe9): months without a year, bracketed ranges, and
relations across an issuer, through an unnumbered programme, and in the passive with an
object."""

from __future__ import annotations

import pytest

from ttcorpus.extract.dates import find_dates
from ttcorpus.extract.docrefs import find_doc_refs
from ttcorpus.extract.relations import find_doc_relations

PUBLISHED = "2024-06-19T08:00"


def _dates(text: str, published: str | None) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in find_dates(text, published)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a lead or a temporal preposition before "tháng": the year nearest the dateline
        ("Hội nghị sẽ họp tại Huế vào thượng tuần tháng 8 để bàn việc này.", PUBLISHED,
         [("tháng 8", "2024-08")]),
        ("Lễ ký kết được tổ chức vào tháng 9.", PUBLISHED, [("tháng 9", "2024-09")]),
        ("Đến cuối tháng 5 toàn tỉnh giải ngân 40% vốn", PUBLISHED, [("tháng 5", "2024-05")]),
        ("Trong suốt tháng 4 đoàn đã đi 12 xã", PUBLISHED, [("tháng 4", "2024-04")]),
        ("Tin nhắn gửi ngày 2/1 nói về kỳ họp tháng 12.", "2025-01-02",
         [("ngày 2/1", "2025-01-02"), ("tháng 12", "2024-12")]),
        # a clause break after the number
        ("Phiên họp thường kỳ tháng 3, Chính phủ bàn năm nội dung.", PUBLISHED,
         [("tháng 3", "2024-03")]),
        # a relative-year phrase after the number places the year
        ("Dự án khởi công tháng 2 năm nay", "2024-11-05", [("tháng 2", "2024-02")]),
        ("Dự án khởi công tháng 2 năm sau", "2024-11-05", [("tháng 2", "2025-02")]),
        ("Đợt kiểm tra tháng 10 năm ngoái", "2024-03-05", [("tháng 10", "2023-10")]),
        ("Dự kiến khánh thành vào tháng 5 tới", "2024-11-05", [("tháng 5", "2025-05")]),
        ("Dự kiến khánh thành vào tháng 5 sắp tới, sau đó", "2024-03-05",
         [("tháng 5", "2024-05")]),
        ("Trận lũ hồi tháng 9 vừa qua gây thiệt hại", "2024-03-05", [("tháng 9", "2023-09")]),
        ("Từ tháng 11 đến nay, xã đã làm 3 km đường", "2024-03-05", [("tháng 11", "2023-11")]),
        # a connector with more words after it is no relative phrase
        ("vào tháng 8 tới đây, tỉnh sẽ tổ chức", "2024-11-05", [("tháng 8", "2025-08")]),
        ("vào tháng 8 tới tại Đà Nẵng", "2024-07-05", [("tháng 8", "2024-08")]),
        # a range of months now closes without a year too
        ("Từ tháng 3 đến tháng 5, đoàn làm việc", PUBLISHED,
         [("Từ tháng 3 đến tháng 5", "2024-03/2024-05")]),
        # a stated year still wins
        ("vào tháng 7/2023.", PUBLISHED, [("tháng 7/2023", "2023-07")]),
        ("vào tháng 7 năm 2023.", PUBLISHED, [("tháng 7 năm 2023", "2023-07")]),
    ],
)
def test_months_without_a_year(
    text: str, published: str | None, expected: list[tuple[str, str]]
) -> None:
    assert _dates(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Lễ ký kết được tổ chức vào tháng 9.", None),  # no dateline: no value form
        ("Đơn vị kiểm tra mỗi tháng 3 lần.", PUBLISHED),  # a rate
        ("Hằng tháng 2 lần đoàn đi tuần.", PUBLISHED),
        ("Sau 6 tháng 2 ngày, dự án xong.", PUBLISHED),  # a duration
        ("Kỷ niệm Quốc khánh 2 tháng 9, nhân dân treo cờ.", PUBLISHED),
        ("Lễ rằm tháng 7.", PUBLISHED),  # a lunar feast
        ("Tết Đoan ngọ tháng 5 âm lịch.", PUBLISHED),
        ("6 tháng đầu năm, 3 tháng cuối năm.", PUBLISHED),  # counts of months
        ("Tháng 7 có ba đợt nắng nóng", PUBLISHED),  # no evidence either side
        ("Trả lương tháng 13.", PUBLISHED),  # no such month
        ("Các tháng 7, 8, 9 có mưa.", PUBLISHED),  # a list ending in a count
        ("Từ tháng 8 đến tháng 14/2024, Bộ", PUBLISHED),  # a broken range: not its start
        ("Từ tháng 8 - 14 ngày", PUBLISHED),
    ],
)
def test_months_that_stay_no_date(text: str, published: str | None) -> None:
    assert _dates(text, published) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range in brackets keeps its brackets, as the gold spans it (and "(2017 - 2021)")
        ("kỷ niệm 70 năm (12/5/1954 - 12/5/2024) diễn ra", ("(12/5/1954 - 12/5/2024)",
                                                           "1954-05-12/2024-05-12")),
        ("nhiệm kỳ trước (2015 - 2020) đã", ("(2015 - 2020)", "2015/2020")),
        ("trong (1.9.1945 - 1.9.2025) có", ("(1.9.1945 - 1.9.2025)", "1945-09-01/2025-09-01")),
    ],
)
def test_bracketed_ranges_keep_the_brackets(text: str, expected: tuple[str, str]) -> None:
    assert _dates(text, None) == [expected]


def _relations(text: str) -> list[tuple[str, str | None, str | None]]:
    refs = find_doc_refs(text)
    return [(r.relation, refs[r.source].id, refs[r.target].id)
            for r in find_doc_relations(text, refs)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an issuer whose name holds a lower-case body word written with a capital
        ("Kế hoạch số 12-KH/HU ngày 3/4/2024 của Ban Thường vụ Đảng bộ huyện về thực hiện "
         "Chỉ thị số 21-CT/TU của Tỉnh ủy.", [("implements", "12-KH/HU", "21-CT/TU")]),
        ("Chương trình số 8-CTr/TU của Ban Chấp hành Đảng bộ thành phố thực hiện Nghị "
         "quyết số 18-NQ/TW.", [("implements", "8-CTr/TU", "18-NQ/TW")]),
        # a plan or programme without a number between two implementing verbs
        ("Nghị quyết số 50/NQ-CP về việc thực hiện Chương trình hành động thực hiện Nghị "
         "quyết số 29-NQ/TW của Trung ương.", [("implements", "50/NQ-CP", "29-NQ/TW")]),
        ("Quyết định số 7/QĐ-UBND về việc triển khai Kế hoạch của Chính phủ triển khai "
         "thực hiện Kết luận số 36-KL/TW.", [("implements", "7/QĐ-UBND", "36-KL/TW")]),
        # a passive with the part acted on before its agent
        ("Luật Đầu tư số 61/2020/QH14 đã được sửa đổi, bổ sung một số điều theo Luật số "
         "03/2022/QH15.", [("amends", "03/2022/QH15", "61/2020/QH14")]),
        ("Nghị định số 15/2018/NĐ-CP được sửa đổi một số điều bởi Nghị định số "
         "77/2022/NĐ-CP.", [("amends", "77/2022/NĐ-CP", "15/2018/NĐ-CP")]),
    ],
)
def test_relations_found(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _relations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the programme is what is amended: no relation to the conclusion
        "Nghị quyết số 50/NQ-CP sửa đổi Chương trình hành động thực hiện Kết luận số 12-KL/TW.",
        # the programme has its own name: it is not plainly the middle
        "Nghị quyết số 50/NQ-CP về thực hiện Chương trình mục tiêu quốc gia và thực hiện "
        "Kết luận số 12-KL/TW.",
        # a co-mention after the programme
        "Kế hoạch số 3-KH/TU thực hiện Chương trình hành động và Kết luận số 12-KL/TW.",
        # the new law is named only by its type: no mention to be the source
        "Luật gồm 9 chương, thay thế Luật Tổ chức Tòa án nhân dân số 62/2014/QH13.",
    ],
)
def test_no_relation(text: str) -> None:
    assert _relations(text) == []
