"""Session 11: a committee named by its level, listed before a body placed at the same
level, takes that place's name in its canonical name."""

from __future__ import annotations

import pytest

from ttcorpus.extract import find_agencies


def _canonicals(text: str) -> list[str]:
    return [a.canonical for a in find_agencies(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lãnh đạo Tỉnh ủy, HĐND, UBND tỉnh Yên Bái dự lễ.",
         ["Tỉnh ủy Yên Bái", "Hội đồng nhân dân tỉnh Yên Bái", "Ủy ban nhân dân tỉnh Yên Bái"]),
        ("Thành ủy và UBND thành phố Cần Thơ chỉ đạo.",
         ["Thành ủy Cần Thơ", "Ủy ban nhân dân thành phố Cần Thơ"]),
        ("Quận ủy - UBND quận Hoàn Kiếm ra quân.",
         ["Quận ủy Hoàn Kiếm", "Ủy ban nhân dân quận Hoàn Kiếm"]),
        ("Ban Thường vụ Huyện ủy, UBND huyện Mường Khương họp.",
         ["Ban Thường vụ Huyện ủy Mường Khương", "Ủy ban nhân dân huyện Mường Khương"]),
        ("Thường trực Tỉnh ủy, UBND tỉnh Phú Thọ làm việc.",
         ["Thường trực Tỉnh ủy Phú Thọ", "Ủy ban nhân dân tỉnh Phú Thọ"]),
    ],
)
def test_a_level_committee_takes_the_place_of_its_level(text: str, expected: list[str]) -> None:
    assert _canonicals(text) == expected


def test_the_place_written_out_gives_the_same_canonical() -> None:
    listed = _canonicals("Tỉnh ủy, UBND tỉnh Yên Bái")[0]
    assert listed == _canonicals("Tỉnh ủy Yên Bái chỉ đạo")[0]


@pytest.mark.parametrize(
    "text",
    ["Tỉnh ủy, UBND thành phố Hạ Long chỉ đạo.",  # another level: not the city's
     "Tỉnh ủy giao UBND tỉnh Yên Bái chủ trì.",  # no list: a clause between
     ],
)
def test_no_place_across_levels_or_clauses(text: str) -> None:
    assert _canonicals(text)[0] == "Tỉnh ủy"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ban Quản lý vịnh Hạ Long phối hợp với ngành du lịch.", "Ban Quản lý vịnh Hạ Long"),
        ("Ban Quản lý hồ Hòa Bình kiểm tra các lồng cá.", "Ban Quản lý hồ Hòa Bình"),
        ("Ban Quản lý đảo Cô Tô tổ chức dọn rác.", "Ban Quản lý đảo Cô Tô"),
    ],
)
def test_a_feature_name_after_its_word_is_part_of_the_body(text: str, name: str) -> None:
    assert find_agencies(text)[0].name == name


def test_a_person_after_the_feature_name_stays_out() -> None:
    names = [a.name for a in find_agencies("Ban Quản lý vịnh Hạ Long Trần Văn Minh cho biết")]
    assert names == ["Ban Quản lý vịnh Hạ Long"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Bộ trưởng Bộ Nội vụ Lào Vilayvong Bouddakham thăm tỉnh.", "Bộ Nội vụ Lào"),
        ("Đoàn của Bộ Ngoại giao Campuchia Prak Sokhonn đến Hà Nội.", "Bộ Ngoại giao Campuchia"),
    ],
)
def test_a_foreign_name_after_a_country_is_no_part_of_the_body(text: str, body: str) -> None:
    assert [a.name for a in find_agencies(text)][:1] == [body]


@pytest.mark.parametrize("name", ["UBND huyện Nga Sơn", "Công an huyện Mỹ Đức",
                                  "Công an tỉnh Lào Cai"])
def test_a_place_opening_with_a_country_stays_whole(name: str) -> None:
    assert find_agencies(f"{name} họp.")[0].name == name
