"""Line features: reading lines exactly as ``normalize_line`` does, and the shape
of a piece of text (words, final mark, prose, names, sentence breaks)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ttcorpus.clean.lines import (
    ends_sentence,
    final_mark,
    has_inner_sentence_break,
    is_all_caps,
    is_person_name,
    is_prose,
    read_lines,
    sentence_starts,
    word_count,
)
from ttcorpus.normalize import normalize_line, split_lines

# Characters that exercise every branch of the reader: white space of all sorts,
# invisible marks, line breaks of three conventions, eth, decomposed accents.
_CHARS = st.sampled_from(
    [*"aĐđươ ̣̀́ \t\u00a0\u2002\u3000\u200b\ufeff\u00ad\x07\x1c\x85\u2028\u2029\r\n.,:|",
     "Ð", "ð", "e\u0301", "  ", "\r\n", "Hà Nội", "Ủy ban"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_CHARS, max_size=60).map("".join))
def test_read_lines_equals_normalize_line_of_every_line(text: str) -> None:
    want = [
        (n, normalize_line(raw))
        for n, raw in enumerate(split_lines(text), 1)
        if normalize_line(raw)
    ]
    assert [(n, s) for n, s, _ in read_lines(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Tiêu đề\r\n\r\nSáng 12/4.", [(1, "Tiêu đề", 0), (3, "Sáng 12/4.", 0)]),
        ("a\rb", [(1, "a", 0), (2, "b", 0)]),
        ("\u00a0 \u00a0 Đoạn văn thụt đầu dòng.", [(1, "Đoạn văn thụt đầu dòng.", 4)]),
        ("\tCăn lề bằng tab", [(1, "Căn lề bằng tab", 1)]),
        ("\u200bKhông thụt", [(1, "Không thụt", 0)]),
        ("Ðại hội  Ðảng", [(1, "Đại hội Đảng", 0)]),
        ("   \n\t\n", []),
    ],
)
def test_read_lines_examples(text: str, want: list[tuple[int, str, int]]) -> None:
    assert read_lines(text) == want


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("Các đại biểu tham dự hội nghị.", "."),
        ('Ông nói: "Chúng tôi sẽ làm."', "."),
        ("Vì sao phải đổi mới?", "?"),
        ("Tin liên quan", ""),
        ("Bình luận (0)", ""),
        ("Các bài đã đăng :", ":"),
        ("Tuần này: 33.247", ""),
    ],
)
def test_final_mark(text: str, mark: str) -> None:
    assert final_mark(text) == mark
    assert ends_sentence(text) == (mark != "" and mark in ".!?…")


@pytest.mark.parametrize(
    ("text", "prose"),
    [
        ("Sáng 3/5, Ủy ban nhân dân huyện Mỹ Đức tổ chức lễ ra quân làm sạch môi trường.", True),
        ("Thường xuyên phối hợp với các ngành triển khai các nội dung sau:", True),
        ("Đoàn kiểm tra đã làm việc với " + "các đơn vị liên quan " * 8, True),  # long, no mark
        ("Hội nghị đã thông qua nghị quyết.", False),  # a sentence, but short
        ("Quang cảnh buổi lễ ra quân tại trung tâm huyện Mỹ Đức sáng 3/5", False),
        ("Chia sẻ:", False),
    ],
)
def test_is_prose(text: str, prose: bool) -> None:
    assert is_prose(text) is prose


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thu Hà", True),
        ("Nguyễn Thị Ngọc Ánh", True),
        ("Phạm Tuấn", True),
        ("Hà", False),  # one syllable
        ("TIỀN PHONG", False),  # capitals: a masthead, not a name
        ("Xây dựng Đảng", False),
        ("Thu Hà.", False),
        ("Ông Nguyễn Văn Bình cho biết", False),
    ],
)
def test_is_person_name(text: str, name: bool) -> None:
    assert is_person_name(text) is name


def test_word_count_and_caps() -> None:
    assert word_count("") == 0
    assert word_count("Lượt xem: 412") == 3
    assert is_all_caps("TÒA ÁN NHÂN DÂN TỈNH GIA LAI")
    assert not is_all_caps("Tòa án nhân dân tỉnh Gia Lai")
    assert not is_all_caps("2024")


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Ông Dìn nói. Đại tá trao giấy khen.", ["Ông", "Đại"]),
        ("Tại TP. Hồ Chí Minh, hội nghị diễn ra.", ["Tại"]),
        ('"Chúng tôi cố gắng." Ông nói thêm.', ['"Chúng', "Ông"]),
        ("Đồng chí Võ Văn Thưởng phát biểu tại TP. Vinh", ["Đồng"]),
        ("Năm 2024. 15 đơn vị tham gia.", ["Năm", "15"]),
        ("Kết thúc... Đoàn về nước.", ["Kết", "Đoàn"]),
    ],
)
def test_sentence_starts(text: str, starts: list[str]) -> None:
    assert [text[i:].split(" ", 1)[0] for i in sentence_starts(text)] == starts
    assert has_inner_sentence_break(text) == (len(starts) > 1)
