"""Session 7: issuers cut short or taken from a signer, relations missed over a comma,
a title clause, an unnumbered law or an anaphoric "<type> này", and the scope of the
Youth Union's codes."""

from __future__ import annotations

import pytest

from ttcorpus.extract import extract_entities
from ttcorpus.models import Article


def _article(text: str) -> Article:
    return extract_entities(Article(id="t", source="", text=text))


def _issuers(text: str) -> list[tuple[str, str | None]]:
    return [(r.number, r.issuer) for r in _article(text).doc_refs or []]


def _relations(text: str) -> set[tuple[str, str, str]]:
    a = _article(text)
    refs = a.doc_refs or []
    return {(r.relation, refs[r.source].number, refs[r.target].number)
            for r in a.doc_relations or []}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title word's lower-case syllable inside the body's name
        ("Thực hiện Chỉ thị số 45/CT-BTL ngày 2/3/2021 của Bộ Tư lệnh Bộ đội Biên phòng về "
         "tuần tra.", [("45", "Bộ Tư lệnh Bộ đội Biên phòng")]),
        # an ampersand inside an abbreviation: the agency mention runs on
        ("Áp dụng Thông tư số 22/2021/TT-BGDĐT ngày 20/7/2021 của Bộ GD&ĐT quy định đánh giá.",
         [("22", "Bộ GD&ĐT")]),
        ("Căn cứ Quyết định số 9/QĐ-BNN của Bộ NN&PTNT về giống cây trồng.",
         [("9", "Bộ NN&PTNT")]),
        # "Thường vụ" without "Ban" opens a body's name
        ("Thường vụ Đảng ủy Quân khu đã ban hành Chỉ thị số 07-CT/ĐU về huấn luyện.",
         [("07", "Thường vụ Đảng ủy Quân khu")]),
        # a signer's name after an office whose body ends in a compound ("Môi trường")
        ("Bộ trưởng Bộ Tài nguyên và Môi trường Trần Hồng Hà đã ký Quyết định số "
         "88/QĐ-BTNMT về quy hoạch.", [("88", "Bộ trưởng Bộ Tài nguyên và Môi trường")]),
        # negative: "Thường trực Ban Bí thư" is a signer's title, the body issues
        ("Thường trực Ban Bí thư Trần Cẩm Tú đã ký ban hành Kết luận số 90-KL/TW về "
         "văn hóa.", [("90", "Ban Bí thư")]),
        # negative: a capitalised word after the name is no part of it
        ("Kế hoạch số 3-KH/TU của Tỉnh ủy Bình Định Ngày 5/3/2024 triển khai.",
         [("3", "Tỉnh ủy Bình Định")]),
    ],
)
def test_issuers(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _issuers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body another mention of the same document states, not the signer's title
        ("Chính phủ ban hành Nghị định số 45/2024/NĐ-CP về phí. Nghị định số 45/2024/NĐ-CP "
         "do Phó Thủ tướng Lê Minh Khái ký ngày 2/5/2024.",
         [("45", "Chính phủ"), ("45", "Chính phủ")]),
        # negative: a title stays when no mention names a body
        ("Quyết định số 17/QĐ-TTg do Thủ tướng ký ngày 3/1/2024.", [("17", "Thủ tướng")]),
        # negative: two bodies, neither a title, stay apart
        ("Kế hoạch số 5-KH/TU của Tỉnh ủy. Kế hoạch số 5-KH/HU của Huyện ủy.",
         [("5", "Tỉnh ủy"), ("5", "Huyện ủy")]),
    ],
)
def test_a_signers_title_gives_way_to_a_body(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _issuers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quy định số 21-QĐ/TWĐTN-BTC của Ban Bí thư Trung ương Đoàn về đoàn viên.",
         "national"),
        ("Hướng dẫn số 8-HD/TƯĐTN-TC về sinh hoạt chi đoàn.", "national"),
    ],
)
def test_youth_union_codes_are_national(text: str, expected: str) -> None:
    assert [r.scope for r in _article(text).doc_refs or []] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comma before a replaces/amends/details verb, after the source's signing clause
        ("Nghị định số 55/2023/NĐ-CP do Phó Thủ tướng Trần Lưu Quang ký ngày 21/7/2023, "
         "thay thế Nghị định số 12/2017/NĐ-CP về dân số.",
         {("replaces", "55", "12")}),
        ("Thông tư số 10/2022/TT-BTC, sửa đổi Thông tư số 4/2020/TT-BTC về phí.",
         {("amends", "10", "4")}),
        # the target list runs on past a target's title clause
        ("Nghị định số 60/2024/NĐ-CP sửa đổi Nghị định số 30/2019/NĐ-CP của Chính phủ quy "
         "định việc quản lý chợ và Nghị định số 11/2020/NĐ-CP ngày 5/1/2020.",
         {("amends", "60", "30"), ("amends", "60", "11")}),
        # an issuer's verb that opens a link
        ("Nghị quyết số 50/NQ-CP ngày 3/4/2021 của Chính phủ ban hành Chương trình hành động "
         "thực hiện Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương.",
         {("implements", "50", "19")}),
        # a target named without a number before the numbered one
        ("Thông tư số 80/2021/TT-BTC hướng dẫn thi hành một số điều của Luật Quản lý thuế "
         "và Nghị định số 126/2020/NĐ-CP.", {("details", "80", "126")}),
        # "<type> này" as a subject: the one decree no other document acts on
        ("Chính phủ ban hành Nghị định số 70/2024/NĐ-CP sửa đổi Nghị định số 15/2018/NĐ-CP. "
         "Nghị định này thay thế Nghị định số 38/2012/NĐ-CP.",
         {("amends", "70", "15"), ("replaces", "70", "38")}),
        # negative: an activity verb after a comma chains activities
        ("Học tập Nghị quyết số 21-NQ/TW, thực hiện Chỉ thị số 09-CT/TW.", set()),
        # negative: the source is itself a verb's object
        ("Tỉnh sửa đổi Quyết định số 5/QĐ-UBND, thay thế Quyết định số 2/QĐ-UBND.", set()),
        # negative: "<type> này" with two candidate decrees
        ("Nghị định số 70/2024/NĐ-CP và Nghị định số 71/2024/NĐ-CP có hiệu lực. "
         "Nghị định này thay thế Nghị định số 38/2012/NĐ-CP.", set()),
        # negative: another type's title between two targets breaks the list
        ("Nghị định số 60/2024/NĐ-CP sửa đổi Nghị định số 30/2019/NĐ-CP quy định việc quản "
         "lý chợ và Thông tư số 11/2020/TT-BCT.", {("amends", "60", "30")}),
    ],
)
def test_relations(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _relations(text) == expected
