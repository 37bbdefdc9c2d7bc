"""Session 10 (wave 2) document fixes: a fixed joint issuer ("Bộ Chính trị, Ban Bí thư",
data/docref_joint_issuers.txt) kept whole before a clause, and a relation reaching over
it; "; đồng thời ban hành" continuing the clause, party codes fitting the committee's
standing bodies (data/issuer_standing_bodies.txt); a list mark before a fronted
date; "thành lập" as an act verb; the 2025 ministry codes."""

from __future__ import annotations

import pytest

from tests.docref_views import extracted as _article
from tests.docref_views import relation_triples as _relations


def _issuers(text: str) -> list[tuple[str, str | None]]:
    return [(r.id or r.text, r.issuer) for r in _article(text).doc_refs or []]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fixed joint issuer before a clause, a noun phrase, a verb, a quotation
        ("Theo Kết luận số 126-KL/TW ngày 14/2/2025 của Bộ Chính trị, Ban Bí thư, Sở Nội vụ "
         "đã rà soát biên chế.", [("126-KL/TW", "Bộ Chính trị, Ban Bí thư")]),
        ("Kết luận số 126-KL/TW của Bộ Chính trị, Ban Bí thư, việc hợp nhất các sở phải "
         "xong trước tháng 6.", [("126-KL/TW", "Bộ Chính trị, Ban Bí thư")]),
        ("Kết luận số 126-KL/TW của Bộ Chính trị, Ban Bí thư buộc các tỉnh khẩn trương.",
         [("126-KL/TW", "Bộ Chính trị, Ban Bí thư")]),
        # negative: an issuing verb makes the last body the next clause's subject
        ("Thực hiện Nghị quyết số 18-NQ/TW của Bộ Chính trị, Ban Bí thư đã ban hành Kế "
         "hoạch số 7-KH/TW.", [("18-NQ/TW", "Bộ Chính trị"), ("7-KH/TW", "Ban Bí thư")]),
        # negative: another name continues ("Ban Bí thư Trung ương Đoàn")
        ("Theo Kết luận số 9-KL/TW của Bộ Chính trị, Ban Bí thư Trung ương Đoàn đã ban "
         "hành Kế hoạch số 4-KH/TWĐTN.",
         [("9-KL/TW", "Bộ Chính trị"), ("4-KH/TWĐTN", "Ban Bí thư Trung ương Đoàn")]),
        # negative: not a fixed pair, the comma opens the next clause
        ("Theo Quyết định số 7/QĐ-UBND của UBND tỉnh, Sở Xây dựng đã rà soát.",
         [("7/QĐ-UBND", "UBND tỉnh")]),
        # "; đồng thời" / ", đồng thời": the clause's subject, the code fitting its committee
        ("Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 41-KH/HU ngày 2/3/2023 về chuyển "
         "đổi số; đồng thời ban hành Chỉ thị số 9-CT/HU về cải cách hành chính.",
         [("41-KH/HU", "Ban Thường vụ Huyện ủy"), ("9-CT/HU", "Ban Thường vụ Huyện ủy")]),
        ("Ban Thường vụ Đảng ủy Khối ban hành Kế hoạch số 8-KH/ĐUK, đồng thời ban hành Quy "
         "định số 3-QĐ/ĐUK.",
         [("8-KH/ĐUK", "Ban Thường vụ Đảng ủy Khối"), ("3-QĐ/ĐUK", "Ban Thường vụ Đảng ủy Khối")]),
        # negative: the code names another body
        ("Sở Tư pháp đã ban hành Kế hoạch số 5/KH-STP; đồng thời ban hành Chỉ thị số "
         "9-CT/HU.", [("5/KH-STP", "Sở Tư pháp"), ("9-CT/HU", None)]),
        # "thành lập" records a Quyết định; not another type
        ("Tổ công tác do Bộ Công Thương thành lập theo Quyết định số 77/QĐ-BCT đã làm việc.",
         [("77/QĐ-BCT", "Bộ Công Thương")]),
        ("Quỹ do Bộ Công Thương thành lập theo Nghị định số 7/2020/NĐ-CP.",
         [("7/2020/NĐ-CP", None)]),
    ],
)
def test_issuers(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _issuers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thực hiện Kết luận số 126-KL/TW ngày 14/2/2025 của Bộ Chính trị, Ban Bí thư và Kế "
         "hoạch số 9-KH/ĐU ngày 3/3/2025 của Đảng ủy Khối, Ban Thường vụ Đoàn Khối đã ban hành "
         "Hướng dẫn số 4/HD-ĐTN về sắp xếp tổ chức.",
         {("4/HD-ĐTN", "implements", "126-KL/TW"), ("4/HD-ĐTN", "implements", "9-KH/ĐU")}),
        # negative: the cited document does not open the sentence with the cue
        ("Kết luận số 126-KL/TW của Bộ Chính trị, Ban Bí thư và Kế hoạch số 9-KH/ĐU của Đảng "
         "ủy Khối được phổ biến, Ban Thường vụ Đoàn Khối đã ban hành Hướng dẫn số 4/HD-ĐTN.",
         set()),
    ],
)
def test_relations_over_a_joint_issuer(
    text: str, expected: set[tuple[str | None, str, str | None]]
) -> None:
    assert _relations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- Ngày 5/8/2024, Ban Bí thư ban hành Chỉ thị số 35-CT/TW về đại hội.", "2024-08-05"),
        ("+ Ngày 5/8/2024, Ban Bí thư ban hành Chỉ thị số 35-CT/TW về đại hội.", "2024-08-05"),
        ("* Ngày 5/8/2024, Ban Bí thư ban hành Chỉ thị số 35-CT/TW về đại hội.", "2024-08-05"),
        # negative: a dash inside a sentence opens no clause
        ("Giai đoạn 2020 - ngày 5/8/2024, Ban Bí thư ban hành Chỉ thị số 35-CT/TW.", None),
    ],
)
def test_a_list_mark_before_a_fronted_date(text: str, expected: str | None) -> None:
    refs = _article(text, "2025-01-10").doc_refs or []
    assert [r.date for r in refs] == [expected]


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Bộ Nông nghiệp và Môi trường ban hành Quyết định số 12/QĐ-BNNMT.", "national"),
        ("Bộ Dân tộc và Tôn giáo ban hành Quyết định số 8/QĐ-BDTTG.", "national"),
    ],
)
def test_2025_ministry_codes(text: str, scope: str) -> None:
    assert [r.scope for r in _article(text).doc_refs or []] == [scope]
