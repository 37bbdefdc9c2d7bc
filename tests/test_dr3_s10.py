"""Session 10 (helper dr3): a numbered meeting right after a document's date is its
issuer; a bare office opening the issuing clause ("Thống đốc đã ký …"); a date fronted
before an office-holder's title; a listed document whose code names the issuer of the
one before it shares that issuer."""

from __future__ import annotations

import pytest

from ttcorpus.extract.agencies import find_agencies
from ttcorpus.extract.dates import find_dates
from ttcorpus.extract.docrefs import find_doc_refs
from ttcorpus.extract.issuers import fill_signing_dates, fill_subject_issuers
from ttcorpus.extract.relations import find_doc_relations

Row = tuple[str, str | None, str | None]


def _refs(text: str) -> list[Row]:
    refs = fill_subject_issuers(text, find_doc_refs(text), find_agencies(text))
    return [(r.id, r.issuer, r.term) for r in refs]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quán triệt Kết luận số 21-KL/TW ngày 3/5/2024 Hội nghị lần thứ 9 Ban Chấp hành "
         "Trung ương Đảng khóa XIII về công tác cán bộ.",
         [("21-KL/TW", "Hội nghị lần thứ 9 Ban Chấp hành Trung ương Đảng", "XIII")]),
        ("theo Nghị quyết số 27-NQ/TW ngày 9/11/2022 Hội nghị Trung ương 6 khóa XIII.",
         [("27-NQ/TW", "Hội nghị Trung ương 6", "XIII")]),
        # not after a comma (the next clause's subject), nor without a date, nor a bare
        # meeting word
        ("Thực hiện Kế hoạch số 8-KH/TU ngày 2/3/2024, Hội nghị lần thứ 5 đã thảo luận.",
         [("8-KH/TU", None, None)]),
        ("theo Nghị quyết số 27-NQ/TW Hội nghị Trung ương 6 khóa XIII.",
         [("27-NQ/TW", None, None)]),
        ("Căn cứ Quyết định số 4/QĐ-UBND ngày 1/2/2024 Hội nghị đã thống nhất.",
         [("4/QĐ-UBND", None, None)]),
    ],
)
def test_meeting_after_the_date(text: str, expected: list[Row]) -> None:
    assert _refs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ngân hàng Nhà nước Việt Nam đã họp. Sau đó, Thống đốc đã ký Chỉ thị số 02/CT-NHNN "
         "về tín dụng.", [("02/CT-NHNN", "Ngân hàng Nhà nước Việt Nam", None)]),
        # no bank named: no issuer; not after "Phó", nor when the office does not open
        # the clause
        ("Sau đó, Thống đốc đã ký Chỉ thị số 02/CT-NHNN.", [("02/CT-NHNN", None, None)]),
        ("Ngân hàng Nhà nước Việt Nam đã họp. Phó Thống đốc đã ký Chỉ thị số 02/CT-NHNN.",
         [("02/CT-NHNN", None, None)]),
        ("Ngân hàng Nhà nước Việt Nam đã họp. Ông là Thống đốc đã ký Chỉ thị số 02/CT-NHNN.",
         [("02/CT-NHNN", None, None)]),
    ],
)
def test_bare_governor(text: str, expected: list[Row]) -> None:
    assert _refs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Giám đốc Sở cho biết UBND tỉnh Gia Lai đã họp; tỉnh đã ban hành Quyết định số "
         "41/QĐ-UBND về giá đất.", [("41/QĐ-UBND", "UBND tỉnh Gia Lai", None)]),
        ("UBND thành phố Huế đã họp, thành phố cũng ban hành Kế hoạch số 9/KH-UBND.",
         [("9/KH-UBND", "UBND thành phố Huế", None)]),
        # a code that names another body; two provinces named; none named
        ("UBND tỉnh Gia Lai đã họp; tỉnh đã ban hành Kế hoạch số 4-KH/TU.",
         [("4-KH/TU", None, None)]),
        ("UBND tỉnh Gia Lai và UBND tỉnh Kon Tum đã họp; tỉnh đã ban hành Quyết định số "
         "41/QĐ-UBND.", [("41/QĐ-UBND", None, None)]),
        ("Hội nghị đã họp; tỉnh đã ban hành Quyết định số 41/QĐ-UBND.",
         [("41/QĐ-UBND", None, None)]),
    ],
)
def test_bare_unit_subject(text: str, expected: list[Row]) -> None:
    assert _refs(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Theo tờ trình, ngày 14/5, Viện trưởng VKSND tối cao đã ký Quyết định số "
         "88/QĐ-VKSTC về tổ chức.", "2025-05-20", ["2025-05-14"]),
        ("Ngày 3/4, Bộ trưởng Bộ Xây dựng ký Quyết định số 9/QĐ-BXD.", "2025-04-10",
         ["2025-04-03"]),
        # a date that is not fronted before the clause
        ("Từ ngày 14/5 Viện trưởng VKSND tối cao đã ký Quyết định số 88/QĐ-VKSTC.",
         "2025-05-20", [None]),
    ],
)
def test_date_fronted_before_an_office(
    text: str, published: str, expected: list[str | None]
) -> None:
    refs = fill_signing_dates(text, find_doc_refs(text), find_dates(text, published))
    assert [r.date for r in refs] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bộ Xây dựng đã ban hành Công văn số 71/BXD-QLN ngày 2/6/2025 hướng dẫn thực hiện và "
         "Thông tư số 5/2025/TT-BXD quy định về nhà ở.",
         [("71/BXD-QLN", "Bộ Xây dựng", None), ("5/2025/TT-BXD", "Bộ Xây dựng", None)]),
        # the code names another body, or none the first document's issuer fits
        ("Bộ Xây dựng đã ban hành Công văn số 71/BXD-QLN hướng dẫn thực hiện và Thông tư số "
         "5/2025/TT-BTC.", [("71/BXD-QLN", "Bộ Xây dựng", None), ("5/2025/TT-BTC", None, None)]),
        ("thực hiện Nghị quyết 3-NQ/TW của Bộ Chính trị và Kết luận 9-KL/TW.",
         [("3-NQ/TW", "Bộ Chính trị", None), ("9-KL/TW", None, None)]),
        # not across a sentence
        ("Bộ Xây dựng ban hành Công văn số 71/BXD-QLN. Thông tư số 5/2025/TT-BXD có hiệu lực.",
         [("71/BXD-QLN", "Bộ Xây dựng", None), ("5/2025/TT-BXD", None, None)]),
    ],
)
def test_listed_code_names_the_issuer(text: str, expected: list[Row]) -> None:
    assert _refs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bộ Y tế đã trình Thủ tướng phê duyệt Quyết định số 77/QĐ-TTg về Chiến lược.",
         [("77/QĐ-TTg", "Thủ tướng", None)]),
        # the code names another body; "trình" inside a noun
        ("Bộ Y tế đã trình Thủ tướng phê duyệt Quyết định số 77/QĐ-BYT về Chiến lược.",
         [("77/QĐ-BYT", None, None)]),
        ("Bộ Y tế đã có Tờ trình Thủ tướng phê duyệt Quyết định số 77/QĐ-TTg.",
         [("77/QĐ-TTg", None, None)]),
    ],
)
def test_submitted_for_approval(text: str, expected: list[Row]) -> None:
    assert [(r.id, r.issuer, r.term) for r in find_doc_refs(text)] == expected


def _relations(text: str) -> list[tuple[str, str, str]]:
    refs = find_doc_refs(text)
    return [(x.relation, refs[x.source].id, refs[x.target].id)
            for x in find_doc_relations(text, refs)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Để thực hiện Nghị quyết số 20-NQ/TW về y tế, Bộ Y tế đã trình Thủ tướng phê duyệt "
         "Quyết định số 77/QĐ-TTg về Chiến lược.", [("implements", "77/QĐ-TTg", "20-NQ/TW")]),
        # no main clause that submits or issues the source; another sentence
        ("Để thực hiện Nghị quyết số 20-NQ/TW về y tế, Bộ Y tế đã có Tờ trình Thủ tướng phê "
         "duyệt Quyết định số 77/QĐ-TTg.", []),
        ("Bộ đã thực hiện Nghị quyết số 20-NQ/TW. Sau đó, Bộ Y tế đã trình Thủ tướng phê duyệt "
         "Quyết định số 77/QĐ-TTg.", []),
    ],
)
def test_fronted_purpose_over_a_submission(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _relations(text) == expected
