"""extract_entities: the finders together, and what one finder's mentions tell
another's."""

from __future__ import annotations

import pytest

from ttcorpus.extract import extract_entities
from ttcorpus.models import Article


def _people(text: str) -> list[tuple[str, int]]:
    article = extract_entities(Article(id="t", source="t", text=text))
    return [(p.name, p.start) for p in article.people]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # "Thủ tướng Chính" would be the Prime Minister's short form, but it is the
        # start of "Chính phủ"
        ("Thủ tướng Phạm Minh Chính dự họp. Nghị quyết của Chính phủ được ban hành.",
         [("Phạm Minh Chính", 10)]),
        # a person's name inside an agency's name is the agency's
        ("Học viện Chính trị quốc gia Hồ Chí Minh khai giảng lớp cao cấp lý luận.", []),
        # next to an agency, not inside it: kept
        ("Giám đốc Sở Tư pháp Hồ Thị Châu Loan phát biểu.", [("Hồ Thị Châu Loan", 20)]),
    ],
)
def test_people_inside_agency_names_are_dropped(text: str, people: list[tuple[str, int]]) -> None:
    assert _people(text) == people
