"""Session 10 document fixes: a law named by its title alone before a predicate word
("Luật Nhà ở có hiệu lực …", data/docref_title_followers.txt) is the law the article
cites in full; a title that also stands for another text keeps its mentions with the
full form's year ("Luật Đất đai năm 2013"), which a relation cue may then reach."""

from __future__ import annotations

import pytest

from ttcorpus.extract import extract_entities
from ttcorpus.models import Article


def _article(text: str) -> Article:
    return extract_entities(Article(id="t", source="", text=text))


def _titled(text: str) -> list[tuple[str, str | None]]:
    """(text, id) of the references written without a number."""
    return [(r.text, r.id) for r in _article(text).doc_refs or [] if r.number not in r.text]


def _relations(text: str) -> set[tuple[str | None, str, str | None]]:
    a = _article(text)
    refs = a.doc_refs or []
    return {(refs[r.source].id, r.relation, refs[r.target].id) for r in a.doc_relations or []}


_FULL = (
    "Quốc hội đã thông qua Luật Thủy sản số 18/2017/QH14, Luật Trồng trọt số 31/2018/QH14 "
    "và Luật Chăn nuôi số 32/2018/QH14. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a predicate word after the title: each law of the list
        (
            _FULL + "Theo đó, Luật Thủy sản, Luật Trồng trọt và Luật Chăn nuôi có hiệu lực "
            "từ ngày 1/1/2019.",
            [
                ("Luật Thủy sản", "18/2017/QH14"),
                ("Luật Trồng trọt", "31/2018/QH14"),
                ("Luật Chăn nuôi", "32/2018/QH14"),
            ],
        ),
        (
            _FULL + "Luật Trồng trọt sẽ thay đổi cách quản lý giống cây trồng.",
            [("Luật Trồng trọt", "31/2018/QH14")],
        ),
        (
            _FULL + "Ông cho rằng Luật Chăn nuôi hiện hành còn nhiều bất cập; Luật Chăn nuôi "
            "cũng cần sửa.",
            [("Luật Chăn nuôi", "32/2018/QH14"), ("Luật Chăn nuôi", "32/2018/QH14")],
        ),
        # negative: a longer title (another law) — no mention of that title is taken
        (
            "Luật Đầu tư số 61/2020/QH14 đã có hiệu lực. Luật Đầu tư công có hiệu lực sau; "
            "Luật Đầu tư có nhiều điểm mới.",
            [],
        ),
        # negative: a draft of the law is another text
        ("Luật Thủy sản số 18/2017/QH14 đã có hiệu lực. Dự thảo Luật Thủy sản có 12 chương.", []),
        # negative: a word that is no predicate still stops the title-only reading
        (
            "Luật Trồng trọt số 31/2018/QH14 đã có hiệu lực. Luật Trồng trọt hữu cơ đang được bàn.",
            [],
        ),
    ],
)
def test_title_followers(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _titled(text) == expected


_TWO = (
    "Luật Đất đai số 31/2024/QH15 được Quốc hội thông qua ngày 18/1/2024, thay thế Luật "
    "Đất đai số 45/2013/QH13. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the year names one of two laws of the same title, though the bare title is
        # ambiguous or stands for another text elsewhere
        (
            _TWO + "Luật Đất đai mới có nhiều điểm mới; Nghị định số 43/2014/NĐ-CP quy định "
            "chi tiết một số điều của Luật Đất đai năm 2013.",
            [("Luật Đất đai", "45/2013/QH13")],
        ),
        (
            _TWO + "Dự thảo Luật Đất đai đã được lấy ý kiến; Luật Đất đai năm 2024 có hiệu lực "
            "từ ngày 1/8/2024.",
            [("Luật Đất đai", "31/2024/QH15")],
        ),
        # negative: the bare title of two laws names neither
        (_TWO + "Luật Đất đai có hiệu lực từ ngày 1/8/2024.", []),
        # negative: a year no full form has
        (_TWO + "Luật Đất đai mới khác Luật Đất đai năm 2003.", []),
        # negative: after the year a draft's "(sửa đổi)" makes it another text
        (_TWO + "Luật Đất đai mới ra đời; Luật Đất đai năm 2024 (sửa đổi) đang soạn.", []),
    ],
)
def test_title_with_year(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _titled(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _TWO + "Luật Đất đai mới có nhiều điểm mới. Nghị định số 43/2014/NĐ-CP ngày "
            "15/5/2014 quy định chi tiết thi hành một số điều của Luật Đất đai năm 2013.",
            {
                ("31/2024/QH15", "replaces", "45/2013/QH13"),
                ("43/2014/NĐ-CP", "details", "45/2013/QH13"),
            },
        ),
        # negative: the bare title of two laws gives no relation
        (
            _TWO + "Nghị định số 102/2024/NĐ-CP quy định chi tiết thi hành Luật Đất đai.",
            {("31/2024/QH15", "replaces", "45/2013/QH13")},
        ),
    ],
)
def test_relation_to_year_title(
    text: str, expected: set[tuple[str | None, str, str | None]]
) -> None:
    assert _relations(text) == expected
