"""Document references in shapes met on new sites (session 6): attributes shared across a
coordinated list (a date for documents numbered in a row, the subject past a title
clause or a joiner such as "và gần nhất là"), a date fronted before the issuing clause,
the agent of a passive clause with an object, the body whose direction a document
carries, the issuers of a joint document, police codes, "theo" after a short form, and
two relation cues."""

from __future__ import annotations

import pytest

from ttcorpus.extract import extract_entities
from ttcorpus.extract.docrefs import find_doc_refs
from ttcorpus.models import Article


def _refs(text: str, *fields: str) -> list[tuple[str | None, ...]]:
    return [(r.id or r.number, *(getattr(r, f) for f in fields)) for r in find_doc_refs(text)]


def _extracted(text: str) -> Article:
    return extract_entities(Article(id="t", source="t", text=text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date after the last of documents numbered in a row: all of them
        ("Tổng kết Quyết định số 99-QĐ/TW và Quyết định số 100-QĐ/TW ngày 3/5/2017 của Ban "
         "Bí thư.", [("99-QĐ/TW", "2017-05-03"), ("100-QĐ/TW", "2017-05-03")]),
        ("các Nghị định số 41/2022/NĐ-CP, 42/2022/NĐ-CP ngày 20/6/2022",
         [("41/2022/NĐ-CP", "2022-06-20"), ("42/2022/NĐ-CP", "2022-06-20")]),
        # not: numbers apart, years apart, another series, another type
        ("Chỉ thị 05-CT/TW và Chỉ thị 24-CT/TW ngày 2/7/2018",
         [("05-CT/TW", None), ("24-CT/TW", "2018-07-02")]),
        ("Nghị định số 41/2021/NĐ-CP và Nghị định số 42/2022/NĐ-CP ngày 20/6/2022",
         [("41/2021/NĐ-CP", None), ("42/2022/NĐ-CP", "2022-06-20")]),
        ("Quyết định số 7/QĐ-UBND và Quyết định số 8/QĐ-BTC ngày 1/4/2020",
         [("7/QĐ-UBND", None), ("8/QĐ-BTC", "2020-04-01")]),
        ("Chỉ thị 11-CT/TW và Kết luận 12-KL/TW ngày 2/7/2018",
         [("11-CT/TW", None), ("12-KL/TW", "2018-07-02")]),
        # a date fronted before the issuing clause
        ("Trước đó, ngày 14/3/2023, Chủ tịch UBND tỉnh Trần Văn Lâm đã ký Quyết định số "
         "512/QĐ-UBND về việc thành lập Tổ công tác.", [("512/QĐ-UBND", "2023-03-14")]),
        ("Vào ngày 2-8-2021 Bộ Y tế ban hành Công văn số 6288/BYT-KCB.",
         [("6288/BYT-KCB", "2021-08-02")]),
        # not: the date of another document, a date not opening the clause
        ("Theo Quyết định số 3/QĐ-UBND ngày 9/9/2022, UBND tỉnh ban hành Kế hoạch số "
         "4/KH-UBND.", [("3/QĐ-UBND", "2022-09-09"), ("4/KH-UBND", None)]),
        ("Từ sau ngày 9/9/2022, UBND tỉnh ban hành Kế hoạch số 4/KH-UBND.",
         [("4/KH-UBND", None)]),
    ],
)
def test_shared_and_fronted_dates(text: str, expected: list) -> None:
    assert _refs(text, "date") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject's list past a title clause opened by "thành lập" / "phê duyệt"
        ("HĐND huyện đã ban hành Nghị quyết số 5/NQ-HĐND thành lập Ban Kinh tế và Nghị "
         "quyết số 6/NQ-HĐND về chế độ chi.",
         [("5/NQ-HĐND", "HĐND huyện"), ("6/NQ-HĐND", "HĐND huyện")]),
        # … and past a joiner that singles out the last one
        ("Bộ Tài chính đã ban hành Thông tư số 10/2021/TT-BTC, Thông tư số 11/2022/TT-BTC "
         "và mới đây là Thông tư số 3/2024/TT-BTC.",
         [("10/2021/TT-BTC", "Bộ Tài chính"), ("11/2022/TT-BTC", "Bộ Tài chính"),
          ("3/2024/TT-BTC", "Bộ Tài chính")]),
        # the body whose direction the document carries
        ("Các sở cần bám sát chỉ đạo của Chủ tịch UBND tỉnh tại Công văn số 88/UBND-KT.",
         [("88/UBND-KT", "Chủ tịch UBND tỉnh")]),
        ("thực hiện theo hướng dẫn của Bộ Nội vụ tại Thông tư số 2/2024/TT-BNV",
         [("2/2024/TT-BNV", "Bộ Nội vụ")]),
        # … not an office that conveys it
        ("Thực hiện ý kiến chỉ đạo của Phó Thủ tướng tại Văn bản số 410/VPCP-NN.",
         [("410/VPCP-NN", None)]),
        # a passive agent with the verb's object before "theo"
        ("Trường đã được UBND huyện công nhận đạt chuẩn xanh sạch đẹp theo Quyết định số "
         "77/QĐ-UBND.", [("77/QĐ-UBND", "UBND huyện")]),
        # … not across "quy định", nor when the code names another body
        ("Dự án được UBND tỉnh phê duyệt đầu tư theo quy định tại Nghị định số "
         "15/2021/NĐ-CP.", [("15/2021/NĐ-CP", None)]),
        ("Dự án được Thủ tướng phê duyệt chủ trương đầu tư theo Nghị định số 15/2021/NĐ-CP.",
         [("15/2021/NĐ-CP", None)]),
        # the issuers of a joint document
        ("Thông tư liên tịch số 6/2018/TTLT-BYT-BTC của Bộ Y tế, Bộ Công an và Bộ Tài chính "
         "hướng dẫn.", [("6/2018/TTLT-BYT-BTC", "Bộ Y tế, Bộ Công an và Bộ Tài chính")]),
        # … not for a document of one issuer, nor a list that ends no "và"
        ("Thông tư số 6/2018/TT-BYT của Bộ Y tế, Bộ Công an và Bộ Tài chính.",
         [("6/2018/TT-BYT", "Bộ Y tế")]),
        ("Thông tư liên tịch số 6/2018/TTLT-BYT-BTC của Bộ Y tế, Sở Tài chính ban hành.",
         [("6/2018/TTLT-BYT-BTC", "Bộ Y tế")]),
    ],
)
def test_issuers(text: str, expected: list) -> None:
    assert _refs(text, "issuer") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kế hoạch số 55/KH-CATP-PV01 của Công an thành phố Hải Phòng", "Hải Phòng"),
        ("Kế hoạch số 12/KH-CAT của Công an tỉnh Lâm Đồng", "Lâm Đồng"),
        ("Kế hoạch số 12/KH-CAH của Công an huyện Mỹ Đức", None),  # local, no province
        ("Kế hoạch số 55/KH-BCA-C06 của Bộ Công an", "national"),
    ],
)
def test_police_code_scope(text: str, expected: str | None) -> None:
    assert find_doc_refs(text)[0].scope == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nghị quyết số 35-NQ/TW ngày 1/1/2020 đã nêu. Cần sửa Nghị quyết 35 theo hướng gọn.",
         [("35-NQ/TW", "2020-01-01"), ("35-NQ/TW", "2020-01-01")]),
        ("Kế hoạch 5 năm theo định hướng mới", []),  # a count, still no reference
    ],
)
def test_short_form_before_theo(text: str, expected: list) -> None:
    refs = _extracted(text).doc_refs or []
    assert [(r.id, r.date) for r in refs] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bộ trưởng vừa ký Quyết định số 77/QĐ-BNV ban hành Kế hoạch triển khai thi hành "
         "Luật số 12/2024/QH15.", {("implements", "77/QĐ-BNV", "12/2024/QH15")}),
        ("UBND tỉnh ban hành Quyết định số 9/QĐ-UBND ban hành Chương trình hành động thực "
         "hiện Nghị quyết số 57-NQ/TW.", {("implements", "9/QĐ-UBND", "57-NQ/TW")}),
        # a co-mention stays none
        ("Sở ban hành Quyết định số 9/QĐ-STP ban hành Kế hoạch năm 2024 và Nghị quyết số "
         "57-NQ/TW.", set()),
    ],
)
def test_issue_plan_implements(text: str, expected: set) -> None:
    article = _extracted(text)
    refs = article.doc_refs or []
    assert {(r.relation, refs[r.source].id, refs[r.target].id)
            for r in article.doc_relations or []} == expected
