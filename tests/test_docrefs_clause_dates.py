"""A date set off by commas after a document, then a main clause with its issuing
subject: the date is the clause's, not the document's."""

from __future__ import annotations

import pytest

from ttcorpus.extract import extract_entities
from ttcorpus.models import Article


def _dates(text: str) -> list[tuple[str, str | None]]:
    article = extract_entities(Article(id="t", source="", text=text))
    return [(r.code or r.number, r.date) for r in article.doc_refs or []]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # the clause's date: not the cited documents', but the one the clause issues
        ("Thực hiện Kết luận số 21-KL/TW và Chỉ thị số 35-CT/TW, ngày 12/6/2024, Ban "
         "Thường vụ Huyện ủy đã ban hành Kế hoạch số 60-KH/HU.",
         [("KL/TW", None), ("CT/TW", None), ("KH/HU", "2024-06-12")]),
        ("Thực hiện Nghị quyết số 27-NQ/TW, ngày 2/1/2024 Tỉnh ủy ban hành Chương trình "
         "hành động số 15-CTr/TU.", [("NQ/TW", None), ("CTr/TU", "2024-01-02")]),
        # the document's own date, set off by commas or not
        ("Nghị quyết số 27-NQ/TW, ngày 9/11/2022, của Ban Chấp hành Trung ương về tiếp "
         "tục xây dựng Nhà nước pháp quyền.", [("NQ/TW", "2022-11-09")]),
        ("Thực hiện Nghị quyết số 27-NQ/TW ngày 9/11/2022, Tỉnh ủy ban hành Chương trình "
         "hành động số 15-CTr/TU.", [("NQ/TW", "2022-11-09"), ("CTr/TU", None)]),
        ("Kế hoạch số 60-KH/HU, ngày 12/6/2024, triển khai Chỉ thị số 35-CT/TW.",
         [("KH/HU", "2024-06-12"), ("CT/TW", None)]),
    ],
)
def test_a_date_before_a_main_clause(text: str, dates: list[tuple[str, str | None]]) -> None:
    assert _dates(text) == dates
