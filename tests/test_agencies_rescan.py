"""A mention cut short (before a clause verb, a person's name, a heading …) leaves the
rest of its match to be read again, so a body there is found; the output stays ordered
and non-overlapping, and the time linear. Also: a department named by one comma item
whose two fields share an object ("Vụ Phổ biến, giáo dục pháp luật")."""

from __future__ import annotations

import itertools
import random
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.agency_views import names
from ttcorpus.extract.agencies import find_agencies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body after a clause verb that cut the match
        (
            "Thường trực Huyện ủy giao Ban Tuyên giáo Huyện ủy hướng dẫn các chi bộ.",
            ["Thường trực Huyện ủy", "Ban Tuyên giáo Huyện ủy"],  # (its standing board)
        ),
        (
            "Ban Thường vụ Thành ủy giao Ủy ban Kiểm tra Thành ủy Cần Thơ theo dõi.",
            ["Ban Thường vụ Thành ủy", "Ủy ban Kiểm tra Thành ủy Cần Thơ"],
        ),
        (
            "Đảng đoàn Quốc hội trình Bộ Chính trị đề án sắp xếp bộ máy.",
            ["Đảng đoàn Quốc hội", "Bộ Chính trị"],
        ),
        (
            "Ban Cán sự đảng Chính phủ giao Bộ Nội vụ chủ trì, phối hợp.",
            ["Ban Cán sự đảng Chính phủ", "Bộ Nội vụ"],
        ),
        # two cuts in a row
        (
            "Ban Thường vụ Tỉnh ủy giao Ban Tổ chức Tỉnh ủy giao Ban Dân vận Tỉnh ủy thực hiện.",
            ["Ban Thường vụ Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Ban Dân vận Tỉnh ủy"],
        ),
    ],
)
def test_a_body_after_the_cut_is_found(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb that is a syllable of a noun cuts nothing
        (
            "Phòng Cảnh sát giao thông Công an tỉnh Hà Giang ra quân.",
            ["Phòng Cảnh sát giao thông Công an tỉnh Hà Giang"],
        ),
        ("Ban Quản lý dự án tỉnh Sơn La họp.", ["Ban Quản lý dự án tỉnh Sơn La"]),
        # a person's name after the body is no body when read again
        ("Giám đốc Công an tỉnh Yên Bái Đoàn Văn Hùng phát biểu.", ["Công an tỉnh Yên Bái"]),
        # a title-case heading after the body is no body
        ("Sở Nội vụ Hội Nghị Tổng Kết Công Tác Năm", ["Sở Nội vụ"]),
        # the verb's object is no body: nothing new
        ("Ban Thường vụ Tỉnh ủy giao nhiệm vụ cho các cấp ủy.", ["Ban Thường vụ Tỉnh ủy"]),
        ("Cục Thuế dự Hội nghị tổng kết.", ["Cục Thuế"]),
    ],
)
def test_what_must_not_change(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vụ Phổ biến, giáo dục pháp luật tổ chức tọa đàm.", ["Vụ Phổ biến, giáo dục pháp luật"]),
        (
            "Cục Phổ biến, giáo dục pháp luật (Bộ Tư pháp) cho biết",
            ["Cục Phổ biến, giáo dục pháp luật", "Bộ Tư pháp"],
        ),
        ("Cục Hộ tịch, quốc tịch, chứng thực hướng dẫn", ["Cục Hộ tịch, quốc tịch, chứng thực"]),
        # any other four-word item is the next item of a list
        ("Cục Hải quan, lực lượng biên phòng và công an phối hợp", ["Cục Hải quan"]),
        ("Vụ Pháp chế, tổ chức cán bộ và văn phòng", ["Vụ Pháp chế"]),
        # the shared object must end the words: more lower-case words make it a phrase
        ("Vụ Pháp chế, giáo dục pháp luật cơ sở", ["Vụ Pháp chế"]),
        ("Vụ Phổ biến, giáo dục pháp luật, tuyên truyền viên", ["Vụ Phổ biến"]),
        # only a list head (Cục, Vụ) takes the list
        ("Sở Tư pháp, giáo dục pháp luật", ["Sở Tư pháp"]),
    ],
)
def test_a_department_named_by_fields_sharing_an_object(text: str, expected: list[str]) -> None:
    assert names(text) == expected


_PIECES = [
    "Ban Thường vụ Tỉnh ủy",
    "Ủy ban Kiểm tra",
    "Tỉnh ủy",
    "Huyện ủy",
    "Bộ Công an",
    "UBND tỉnh Nam Định",
    "Ban Chỉ đạo",
    "BCĐ",
    "Cục Thuế",
    "Sở Ab",
    "Công an huyện",
    "giao",
    "dự",
    "trình",
    "giao thông",
    "dự án",
    "chủ trì",
    "các cấp",
    "Nguyễn Văn An",
    "Hoàng Thị",
    "Đoàn",
    "Hội Nghị Tổng Kết",
    "xã",
    "tỉnh",
    "và",
    ",",
    "Vụ Phổ biến",
    "giáo dục pháp luật",
    "về ma túy",
    "phòng, chống",
    "Lào Cai",
    "đưa",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=20).map(" ".join))
def test_output_is_ordered_and_non_overlapping(text: str) -> None:
    found = find_agencies(text)
    assert all(a.text == text[a.start : a.end] for a in found)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


def _adversarial_line(words: int) -> str:
    """Many cuts, each in a match that runs on for as long as the grammar lets it
    (a topic board's 30 topic words, eight name parts), with varied words so that
    no judgement is reused."""
    rnd = random.Random(5)
    syllables = "an ba ca da em gi ha ke la ma na om pa ra sa ta ua va xa".split()
    out: list[str] = []
    while len(out) < words:
        out += [
            rnd.choice(["BCĐ", "Ban Chỉ đạo", "Sở Ab", "UBND", "Ban Thường vụ Tỉnh ủy"]),
            rnd.choice(["giao", "dự", "trình"]),
            rnd.choice([*syllables, "Ủy ban", "Cd"]),
        ]
    return " ".join(out[:words])


@pytest.mark.parametrize(
    "line",
    [
        _adversarial_line(50_000),
        " ".join(("BCĐ giao " * 25_000).split()),  # every match cut after one word
        " ".join(("Ban Thường vụ Tỉnh ủy giao Ủy ban Kiểm tra Tỉnh ủy giao " * 4_200).split()),
    ],
    ids=["mixed", "topic-board", "committees"],
)
def test_many_cuts_stay_linear(line: str) -> None:
    """Four times the words take about four times as long (quadratic: sixteen); a
    ratio, so that a slow machine does not fail it."""
    words = line.split()
    assert len(words) >= 50_000
    quarter = " ".join(words[: len(words) // 4])
    find_agencies(line[:2000])  # compile the pattern outside the timing

    def cpu(text: str) -> tuple[float, list]:
        best, found = float("inf"), []
        for _ in range(2):
            start = time.process_time()
            found = find_agencies(text)
            best = min(best, time.process_time() - start)
        return best, found

    small, _ = cpu(quarter)
    whole, found = cpu(line)
    assert whole < 8 * small + 0.05
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
