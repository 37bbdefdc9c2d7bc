"""Session 8, probe pages 10: issuers (the state president's office, a coordinated verb's
subject, a subject of counted documents), the mention of a
law whose title ends in a lower-case type word, and relations (a signing clause before a
comma, a plan named after the link, an effective-date clause)."""

from __future__ import annotations

import pytest

from ttcorpus.extract import extract_entities
from ttcorpus.models import Article, DocRef, DocRelation


def _extract(text: str) -> tuple[list[DocRef], list[DocRelation]]:
    article = extract_entities(Article(id="t", source="t", text=text, published="2025-02-10"))
    return article.doc_refs or [], article.doc_relations or []


def _issuers(text: str) -> dict[str, str | None]:
    return {r.id or r.text: r.issuer for r in _extract(text)[0]}


@pytest.mark.parametrize(
    ("text", "doc", "issuer"),
    [
        # the state president's office, after "của" and as a subject
        ("Lễ công bố Quyết định số 733/QĐ-CTN ngày 2/4/2024 của Chủ tịch nước về việc tặng "
         "thưởng Huân chương.", "733/QĐ-CTN", "Chủ tịch nước"),
        ("Chủ tịch nước vừa ký Quyết định số 88/QĐ-CTN về việc cho thôi quốc tịch.",
         "88/QĐ-CTN", "Chủ tịch nước"),
        ("Phó Chủ tịch nước đã ký Quyết định số 91/QĐ-CTN về đặc xá.", "91/QĐ-CTN",
         "Phó Chủ tịch nước"),
        # (not changed: "Chủ tịch" of a body)
        ("Chủ tịch UBND tỉnh đã ký Quyết định số 410/QĐ-UBND về việc giao đất.",
         "410/QĐ-UBND", "Chủ tịch UBND tỉnh"),
        # a verb coordinated with the clause's first one: the clause's subject, when the
        # code names it
        ("Năm qua, Bộ Tư pháp đã trình Chính phủ ban hành Nghị định số 7/2024/NĐ-CP về "
         "hộ tịch, đồng thời ban hành Thông tư số 3/2024/TT-BTP hướng dẫn mẫu sổ.",
         "3/2024/TT-BTP", "Bộ Tư pháp"),
        ("Năm qua, Bộ Tư pháp đã trình Chính phủ ban hành Nghị định số 7/2024/NĐ-CP về "
         "hộ tịch, đồng thời ban hành Thông tư số 3/2024/TT-BTP hướng dẫn mẫu sổ.",
         "7/2024/NĐ-CP", "Chính phủ"),
        # (not: the subject named after "của"; a code naming another body)
        ("Theo đề nghị của Bộ Tư pháp, Chính phủ ban hành Nghị định số 7/2024/NĐ-CP, "
         "đồng thời ban hành Thông tư số 3/2024/TT-BTP.", "3/2024/TT-BTP", None),
        ("Bộ Tư pháp đã trình Chính phủ ban hành Nghị định số 7/2024/NĐ-CP, đồng thời "
         "ban hành Thông tư số 5/2024/TT-BCA.", "5/2024/TT-BCA", None),
        # counted documents, one singled out: the subject issues it when its type is counted
        ("Năm 2023, Thị ủy Sa Pa đã ban hành 9 nghị quyết, 17 kế hoạch và 4 chỉ thị, "
         "trong đó có Kế hoạch số 88-KH/TU về chuyển đổi số.", "88-KH/TU", "Thị ủy Sa Pa"),
        ("Năm 2023, Thị ủy Sa Pa đã ban hành 9 nghị quyết, trong đó có Kế hoạch số "
         "88-KH/TU về chuyển đổi số.", "88-KH/TU", None),
        # a deputy's office after "do … ký" stays the issuer (the signer's office, as
        # "Phó Chủ tịch UBND tỉnh"; a body only with "thay mặt"/"thừa ủy quyền")
        ("Thông tư số 41/2024/TT-BYT do Thứ trưởng Bộ Y tế Trần Văn Thuấn ký ngày 3/9/2024.",
         "41/2024/TT-BYT", "Thứ trưởng Bộ Y tế"),
    ],
)
def test_issuer(text: str, doc: str, issuer: str | None) -> None:
    assert _issuers(text)[doc] == issuer


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # a law's title that ends in a lower-case type word ("… pháp luật số …")
        ("phù hợp với Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13 và Nghị quyết số "
         "5/2024/QH15.",
         ["Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13", "Nghị quyết số 5/2024/QH15"]),
        # (not: a law cited in lower case; over another number; a plain title)
        ("theo luật số 14/2012/QH13 về phổ biến.", ["luật số 14/2012/QH13"]),
        ("Bộ luật Dân sự số 91/2015/QH13 và bộ luật số 45/2019/QH14",
         ["Bộ luật Dân sự số 91/2015/QH13", "bộ luật số 45/2019/QH14"]),
        ("Luật Đất đai số 31/2024/QH15", ["Luật Đất đai số 31/2024/QH15"]),
    ],
)
def test_mention(text: str, mentions: list[str]) -> None:
    assert [r.text for r in _extract(text)[0]] == mentions


@pytest.mark.parametrize(
    ("text", "relations"),
    [
        # a signing clause, then a comma and the verb
        ("Nghị quyết 12/NQ-CP do Thủ tướng Phạm Minh Chính ký ngày 5/2, cụ thể hóa Kết "
         "luận 88-KL/TW ngày 3/1/2025 của Bộ Chính trị.",
         [("implements", "12/NQ-CP", "88-KL/TW")]),
        # the plan named right after the link
        ("Chính phủ ban hành Nghị quyết số 45/NQ-CP, ngày 2-4-2018, về Chương trình hành "
         "động thực hiện Nghị quyết số 18-NQ/TW, cùng nhiều nghị định.",
         [("implements", "45/NQ-CP", "18-NQ/TW")]),
        # an effective-date clause between the source and its verb
        ("Luật số 20/2024/QH15 có hiệu lực thi hành kể từ ngày 1/7/2025, thay thế Luật số "
         "7/2014/QH13.", [("replaces", "20/2024/QH15", "7/2014/QH13")]),
        # (not: a document that is an activity's object; a plan whose verb does not
        # carry out; a "của" clause before the comma)
        ("học tập Nghị quyết 21-NQ/TW của Bộ Chính trị, thực hiện Chỉ thị 09-CT/TW", []),
        ("Quyết định số 5/QĐ-UBND về Kế hoạch sửa đổi Quyết định số 3/QĐ-UBND.", []),
        ("Tổ chức quán triệt Nghị quyết 12/NQ-CP của Chính phủ, cụ thể hóa Kết luận "
         "88-KL/TW.", []),
    ],
)
def test_relations(text: str, relations: list[tuple[str, str, str]]) -> None:
    refs, found = _extract(text)
    assert [(r.relation, refs[r.source].id, refs[r.target].id) for r in found] == relations
