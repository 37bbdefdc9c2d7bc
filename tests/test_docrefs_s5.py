"""Issuers and relations in shapes met on new sites (session 5): the body a signer acts
for ("thay mặt", "T/M"), a name read past the province that closes it, a capitalised
date word after a name, and fronted purpose clauses with several documents."""

from __future__ import annotations

import pytest

from ttcorpus.extract import extract_entities
from ttcorpus.extract.agencies import find_agencies
from ttcorpus.extract.docrefs import clean_issuer, find_doc_refs
from ttcorpus.extract.issuers import fill_subject_issuers
from ttcorpus.models import Article


def _issuers(text: str) -> list[tuple[str | None, str | None]]:
    refs = fill_subject_issuers(text, find_doc_refs(text), find_agencies(text))
    return [(r.id or r.number, r.issuer) for r in refs]


def _relations(text: str) -> set[tuple[str, str | None, str | None]]:
    article = extract_entities(Article(id="t", source="t", text=text))
    refs = article.doc_refs or []
    return {(r.relation, refs[r.source].id, refs[r.target].id)
            for r in article.doc_relations or []}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after the document: "do <signer> ký thay mặt <body>"
        ("Quyết định số 318/QĐ-UBND do Phó Chủ tịch UBND huyện ký thay mặt UBND huyện.",
         [("318/QĐ-UBND", "UBND huyện")]),
        ("Quyết định số 95/QĐ-UBND ngày 8/6/2022 do bà Lê Thị Hoa, Phó Chủ tịch ký thay mặt "
         "Ủy ban nhân dân tỉnh Phú Yên.",
         [("95/QĐ-UBND", "Ủy ban nhân dân tỉnh Phú Yên")]),
        # fronted: "Thay mặt <body>, <signer> ký ban hành <document>"
        ("Thay mặt Ban Thường vụ Thành ủy, đồng chí Phạm Văn Tú đã ký ban hành Chỉ thị số "
         "14-CT/ThU về phòng cháy.", [("14-CT/ThU", "Ban Thường vụ Thành ủy")]),
        ("Thay mặt Ban Chấp hành Đảng bộ tỉnh, Bí thư Tỉnh ủy đã ký Nghị quyết số 09-NQ/TU.",
         [("09-NQ/TU", "Ban Chấp hành Đảng bộ tỉnh")]),
        ("T/M Ban Thường vụ Huyện ủy, đồng chí Hà Văn Lộc ký Kế hoạch số 31-KH/HU và Chỉ thị "
         "số 4-CT/HU.",
         [("31-KH/HU", "Ban Thường vụ Huyện ủy"), ("4-CT/HU", "Ban Thường vụ Huyện ủy")]),
        ("Đồng chí Hà Văn Lộc, thay mặt Ban Thường vụ Huyện ủy, đã ký ban hành Kế hoạch số "
         "31-KH/HU.", [("31-KH/HU", "Ban Thường vụ Huyện ủy")]),
        # unchanged: the body before the verb already issues it
        ("Ông Võ Minh, Phó Chủ tịch UBND huyện, thay mặt UBND huyện ký Quyết định số "
         "77/QĐ-UBND.", [("77/QĐ-UBND", "UBND huyện")]),
    ],
)
def test_the_body_a_signer_acts_for_issues_the_document(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _issuers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "thay mặt" opens another clause: the document is only handed over or cited
        ("Căn cứ Quyết định số 41/QĐ-UBND, thay mặt UBND huyện, ông Lý Minh trao giấy khen.",
         [("41/QĐ-UBND", None)]),
        ("Thay mặt UBND huyện, ông Lý Minh trao Quyết định số 41/QĐ-UBND cho các xã.",
         [("41/QĐ-UBND", None)]),
        # an issuer stated after the document, outside the signer's words, stays
        ("Thay mặt Ban Thường vụ Huyện ủy, đồng chí Hà Văn Lộc ký Kế hoạch số 31-KH/HU của "
         "Ban Chỉ đạo huyện.", [("31-KH/HU", "Ban Chỉ đạo huyện")]),
        # "ký thay mặt" without the document's agent clause ("do …")
        ("Quyết định số 41/QĐ-UBND có hiệu lực; ông Lý Minh ký thay mặt UBND huyện.",
         [("41/QĐ-UBND", None)]),
    ],
)
def test_thay_mat_elsewhere_changes_nothing(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _issuers(text) == expected


@pytest.mark.parametrize(
    ("body", "verb"),
    [
        (body, verb)
        for body in ("UBND tỉnh Lâm Đồng", "Ban Thường vụ Tỉnh ủy Hà Tĩnh",
                     "Ban Chấp hành Đảng bộ tỉnh Đồng Nai", "UBND thành phố Đà Nẵng",
                     "Ban Thường vụ Tỉnh ủy", "Ban Chấp hành Đảng bộ tỉnh")
        for verb in ("giao các sở", "triển khai sâu rộng", "thông qua nội dung", "đồng ý chủ "
                     "trương", "học tập", "tạo điều kiện", "Ngày 9/4/2024", "Lần thứ XVII")
    ],
)
def test_an_issuer_ends_before_the_verb_or_date_after_it(body: str, verb: str) -> None:
    text = f"Theo Nghị quyết số 22-NQ/TU của {body} {verb} cho các ngành."
    assert _issuers(text) == [("22-NQ/TU", body)]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("UBND tỉnh Quảng Nam triển", "UBND tỉnh Quảng Nam"),
        ("UBND tỉnh Quảng Nam cấp tỉnh", "UBND tỉnh Quảng Nam"),
        ("Tỉnh ủy Bình Định Tháng", "Tỉnh ủy Bình Định"),
        # unchanged: no province before the lower-case words, or capitalised words after it
        ("Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh"),
        ("Bộ Chỉ huy Quân sự tỉnh Nghệ An", "Bộ Chỉ huy Quân sự tỉnh Nghệ An"),
        ("Sở Tư pháp Hà Nội - Ban Thi đua", "Sở Tư pháp Hà Nội - Ban Thi đua"),
        ("Ban Chỉ đạo phòng chống tham nhũng", "Ban Chỉ đạo phòng chống tham nhũng"),
    ],
)
def test_clean_issuer_cuts_a_tail_after_the_province(name: str, expected: str) -> None:
    assert clean_issuer(name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each coordinated target of a fronted purpose clause
        ("Thực hiện Chỉ thị số 21-CT/TW, Kết luận số 70-KL/TW và Nghị quyết số 33-NQ/TW, "
         "Huyện ủy ban hành Kế hoạch số 60-KH/HU.",
         {("implements", "60-KH/HU", t) for t in ("21-CT/TW", "70-KL/TW", "33-NQ/TW")}),
        ("Để triển khai Chỉ thị số 21-CT/TW và Kết luận số 70-KL/TW, ngày 2/4/2024 UBND "
         "huyện ban hành Kế hoạch số 88/KH-UBND.",
         {("implements", "88/KH-UBND", t) for t in ("21-CT/TW", "70-KL/TW")}),
        ("Kế hoạch số 60-KH/HU nhằm thực hiện Chỉ thị số 21-CT/TW, Kết luận số 70-KL/TW và "
         "Nghị quyết số 33-NQ/TW.",
         {("implements", "60-KH/HU", t) for t in ("21-CT/TW", "70-KL/TW", "33-NQ/TW")}),
        # a list that is only context: no relation
        ("Trên cơ sở Chỉ thị số 21-CT/TW và Kết luận số 70-KL/TW, thực hiện Nghị quyết số "
         "33-NQ/TW, Huyện ủy ban hành Kế hoạch số 60-KH/HU.",
         {("implements", "60-KH/HU", "33-NQ/TW")}),
        ("Huyện ủy đã sơ kết Chỉ thị số 21-CT/TW và Kết luận số 70-KL/TW, UBND huyện ban "
         "hành Kế hoạch số 88/KH-UBND.", set()),
        ("Căn cứ Chỉ thị số 21-CT/TW và Kết luận số 70-KL/TW, UBND huyện ban hành Kế hoạch "
         "số 88/KH-UBND.", set()),
        # two plans for two documents: which carries out which is not said
        ("Để triển khai Chỉ thị số 21-CT/TW và Kết luận số 70-KL/TW, UBND huyện ban hành Kế "
         "hoạch số 88/KH-UBND, Kế hoạch số 89/KH-UBND.", set()),
        # one document, two plans: each carries it out
        ("Để triển khai Chỉ thị số 21-CT/TW, UBND huyện ban hành Kế hoạch số 88/KH-UBND và "
         "Kế hoạch số 89/KH-UBND.",
         {("implements", p, "21-CT/TW") for p in ("88/KH-UBND", "89/KH-UBND")}),
    ],
)
def test_fronted_purpose_clauses_with_lists(
    text: str, expected: set[tuple[str, str | None, str | None]]
) -> None:
    assert _relations(text) == expected
