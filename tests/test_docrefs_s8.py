"""Session 8 document fixes: "do X làm trưởng ban" is no issuer, "thừa ủy quyền <office>"
names the issuing body, an active "X phê duyệt … tại <document>", a dated last conjunct
keeps a cue to itself, national codes BNN and UBDT."""

from __future__ import annotations

import pytest

from tests.docref_views import extracted as _article
from tests.docref_views import relation_triples as _relations


def _issuers(text: str) -> list[tuple[str | None, str | None]]:
    return [(r.id, r.issuer) for r in _article(text).doc_refs or []]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role after "do <office>": no issuer
        ("Tỉnh lập Tổ công tác theo Quyết định số 88/QĐ-TTg, do Phó Chủ tịch UBND tỉnh làm "
         "tổ trưởng.", [("88/QĐ-TTg", None)]),
        ("Đề án thực hiện theo Quyết định số 12/QĐ-BYT, do Sở Y tế chủ trì.",
         [("12/QĐ-BYT", None)]),
        # negative: "do X ký" / "do X ban hành" still give the issuer
        ("Quyết định số 17/QĐ-TTg do Thủ tướng Chính phủ ký ngày 3/1/2024.",
         [("17/QĐ-TTg", "Thủ tướng Chính phủ")]),
        ("Kế hoạch số 5/KH-UBND do UBND tỉnh ban hành đã đi vào cuộc sống.",
         [("5/KH-UBND", "UBND tỉnh")]),
        # by authority of an office: its body issues the document
        ("Sáng 3-4, thừa ủy quyền Chủ tịch UBND tỉnh, ông Trần Văn Nam - Phó Chủ tịch UBND "
         "tỉnh Kon Tum đã ký ban hành Công điện số 7/CĐ-UBND về phòng chống hạn hán.",
         [("7/CĐ-UBND", "UBND tỉnh Kon Tum")]),
        # negative: a signer without such a cue keeps the office
        ("Phó Chủ tịch UBND tỉnh Lê Văn Hòa đã ký Quyết định số 31/QĐ-UBND về việc này.",
         [("31/QĐ-UBND", "Phó Chủ tịch UBND tỉnh")]),
        # the active form of an approval verb
        ("UBND tỉnh đã phê duyệt kinh phí tại Quyết định số 455/QĐ-UBND ngày 2/5/2024.",
         [("455/QĐ-UBND", "UBND tỉnh")]),
        ("Bộ Tài chính hướng dẫn tại Thông tư số 21/2023/TT-BTC.",
         [("21/2023/TT-BTC", "Bộ Tài chính")]),
        # negative: a legal basis whose code names another body
        ("UBND tỉnh phê duyệt dự án theo Nghị định số 15/2021/NĐ-CP về đầu tư.",
         [("15/2021/NĐ-CP", None)]),
    ],
)
def test_issuers(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert _issuers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dated last conjunct: the title cue is its own
        ("Các cấp ủy quán triệt Chỉ thị số 05-CT/TW và Kết luận số 01-KL/TW ngày 18/5/2021 "
         "của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW năm 2016.",
         {("01-KL/TW", "continues", "05-CT/TW")}),
        # negative: without a date, both conjuncts share the cue
        ("Nghị định số 10/2020/NĐ-CP và Nghị định số 11/2020/NĐ-CP sửa đổi Nghị định số "
         "5/2018/NĐ-CP.",
         {("10/2020/NĐ-CP", "amends", "5/2018/NĐ-CP"),
          ("11/2020/NĐ-CP", "amends", "5/2018/NĐ-CP")}),
    ],
)
def test_relations(text: str, expected: set[tuple[str | None, str, str | None]]) -> None:
    assert _relations(text) == expected


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Theo Công văn số 77/BNN-TCTS của Bộ Nông nghiệp và Phát triển nông thôn.",
         "national"),
        ("Thông tư số 01/2021/TT-UBDT hướng dẫn thực hiện chính sách.", "national"),
        ("Kế hoạch số 9/KH-UBND đã được triển khai.", None),  # negative: local, no place
    ],
)
def test_national_codes(text: str, scope: str | None) -> None:
    assert [r.scope for r in _article(text).doc_refs or []] == [scope]
