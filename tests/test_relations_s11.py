"""Session 11: a document that amends or replaces the regulation issued with another
document acts on that document ("… sửa đổi, bổ sung một số điều của Quy định ban hành
kèm theo Quyết định số …")."""

from __future__ import annotations

import pytest

from ttcorpus.extract import extract_entities
from ttcorpus.models import Article


def _relations(text: str) -> list[tuple[str, str, str]]:
    article = extract_entities(Article(id="a", source="a", text=text))
    refs = article.doc_refs or []
    return [(r.relation, refs[r.source].number, refs[r.target].number)
            for r in article.doc_relations or []]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UBND tỉnh ban hành Quyết định số 31/2025/QĐ-UBND sửa đổi, bổ sung một số điều của "
         "Quy chế ban hành kèm theo Quyết định số 18/2022/QĐ-UBND của UBND tỉnh.",
         [("amends", "31", "18")]),
        ("Quyết định số 9/2025/QĐ-UBND sửa đổi Quy định ban hành kèm theo Quyết định số "
         "44/2019/QĐ-UBND.", [("amends", "9", "44")]),
        ("Quyết định số 10/2025/QĐ-UBND thay thế Quy chế ban hành kèm theo Quyết định số "
         "5/2018/QĐ-UBND.", [("replaces", "10", "5")]),
    ],
)
def test_acting_on_the_regulation_issued_with_a_decision(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _relations(text) == expected
