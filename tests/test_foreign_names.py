"""Foreign personal names after a title: the finder on its own and through
``find_people`` (offices after the name, short references, no clash with Vietnamese
names)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ttcorpus.extract.foreign_names import find_foreign_names
from ttcorpus.extract.people import find_people


def found(text: str) -> list[tuple[str, str]]:
    return [(name, title) for _, _, name, title in find_foreign_names(text)]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # a title that marks a foreign name by itself, with or without a country
        ("Tổng thống Chile Gabriel Boric đã tới Hà Nội.", "Gabriel Boric", "Tổng thống Chile"),
        ("Hội kiến Quốc vương Norodom Sihamoni tại Phnom Penh.", "Norodom Sihamoni", "Quốc vương"),
        ("Tiếp Đại sứ Ireland tại Việt Nam Deirdre Ní Fhallúin.", "Deirdre Ní Fhallúin",
         "Đại sứ Ireland tại Việt Nam"),
        # a generic title with a country or an organisation
        ("Chủ tịch Quốc hội Lào Saysomphone Phomvihane phát biểu.", "Saysomphone Phomvihane",
         "Chủ tịch Quốc hội Lào"),
        ("Giám đốc Quốc gia ADB tại Việt Nam Shantanu Chakraborty cho biết.",
         "Shantanu Chakraborty", "Giám đốc Quốc gia ADB tại Việt Nam"),
        # a portfolio and a state's long name between title and name
        ("Bộ trưởng Ngoại giao Cộng hòa Liên bang Đức Annalena Baerbock", "Annalena Baerbock",
         "Bộ trưởng Ngoại giao Cộng hòa Liên bang Đức"),
        # a particle inside the name, a hyphenated given name
        ("Chủ tịch EU Ursula von der Leyen", "Ursula von der Leyen", "Chủ tịch EU"),
        ("Đại sứ Hàn Quốc Choi Young-sam", "Choi Young-sam", "Đại sứ Hàn Quốc"),
        # a general's rank, an initial inside the name, an organisation's code
        ("Hội đàm với Thượng tướng Somsack Inthavong.", "Somsack Inthavong", "Thượng tướng"),
        ("Trưởng Đại diện FAO (FAO) tại Việt Nam Rémi T. Nono Womdim", "Rémi T. Nono Womdim",
         "Trưởng Đại diện FAO (FAO) tại Việt Nam"),
        # a term of address: the name follows at once
        ("Cảm ơn bà Caroline Nyamayemombe, đại diện UNFPA.", "Caroline Nyamayemombe", "bà"),
    ],
)
def test_foreign_name_after_title(text: str, name: str, title: str) -> None:
    assert found(text) == [(name, title)]


@pytest.mark.parametrize(
    "text",
    [
        # a company after a generic title, with no country
        "Chủ tịch Masan Group phát biểu tại hội nghị.",
        "Tổng Giám đốc Vietjet Air cho biết.",
        # a Vietnamese name (found by the family-name finder instead)
        "Đại sứ Việt Nam tại Lào Nguyễn Bá Hùng trình quốc thư.",
        "Thủ tướng Phạm Minh Chính tiếp ông Lê Văn Thành.",
        # a place or an embassy after the title
        "Đại sứ quán Nhật Bản tổ chức lễ kỷ niệm.",
        "Tổng thống Pháp tới Hà Nội.",
        # one word only, or a run too long for a name
        "Tổng thống Putin phát biểu.",
        "Tổng thống Joe Robinette Biden Junior Senior dự.",
        # a country among the words: no name
        "Ngài Đại sứ Singapore Campuchia",
    ],
)
def test_not_a_foreign_name(text: str) -> None:
    assert found(text) == []


def test_find_people_adds_offices_and_short_references() -> None:
    text = (
        "Ngài Marc Knapper, Đại sứ Hoa Kỳ tại Việt Nam, dự lễ. Tổng thống Pháp Emmanuel "
        "Macron thăm Việt Nam. Tổng thống Macron và Ngài Knapper cùng phát biểu."
    )
    people = [(p.text, p.name, p.titles) for p in find_people(text)]
    assert people == [
        ("Marc Knapper", "Marc Knapper", ("Ngài", "Đại sứ Hoa Kỳ")),
        ("Emmanuel Macron", "Emmanuel Macron", ("Tổng thống Pháp",)),
        ("Macron", "Emmanuel Macron", ("Tổng thống",)),
        ("Knapper", "Marc Knapper", ("Ngài",)),
    ]
    for p in find_people(text):
        assert text[p.start : p.end] == p.text


def test_hyphenated_and_country_words_are_not_vietnamese_names() -> None:
    # the family-name finder stops before a hyphenated word and never takes a country
    text = "Ông Hàn Jun-seo, Tổng Lãnh sự Hàn Quốc tại Đà Nẵng, và Tổng thống Hàn Quốc Moon Jae-in."
    assert [(p.name, p.titles[0]) for p in find_people(text)] == [
        ("Hàn Jun-seo", "Ông"), ("Moon Jae-in", "Tổng thống Hàn Quốc")
    ]
    assert [p.name for p in find_people("Bà Hàn Quốc Thu, Phó Giám đốc Sở, dự.")] == [
        "Hàn Quốc Thu"
    ]


def test_a_title_before_the_next_name_is_not_an_office_of_the_first() -> None:
    text = "Dự có Đại sứ Úc Gillian Bird, Tổng Thư ký ASEAN Kao Kim Hourn và khách mời."
    people = [(p.name, p.titles) for p in find_people(text)]
    assert people == [
        ("Gillian Bird", ("Đại sứ Úc",)), ("Kao Kim Hourn", ("Tổng Thư ký ASEAN",))
    ]


def test_vietnamese_name_wins_an_overlap() -> None:
    # the family-name finder reads "Lê Văn Sỹ"; the foreign reading is not added
    people = find_people("Bộ trưởng Quốc phòng Lào Lê Văn Sỹ Bountheung dự.")
    assert all(p.name != "Sỹ Bountheung" for p in people)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="Tổng thống Đại sứ Pháp ôngbà Ab Xy-z von ,.\n", max_size=120))
def test_any_text_gives_valid_spans(text: str) -> None:
    for start, end, name, _ in find_foreign_names(text):
        assert text[start:end] == name
