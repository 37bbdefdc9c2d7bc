"""The agency grammar written for a quicker compile matches as its plain form: letter
classes as ranges, one copy of a name part in a comma list, one copy of a place in a
locality."""

from __future__ import annotations

import functools
import random
import re

import pytest

from ttcorpus.extract import agencies as A
from ttcorpus.extract.charclasses import latin_letters

_ALL = "".join(chr(c) for c in range(0x3000) if not 0xD800 <= c < 0xE000)


@pytest.mark.parametrize("predicate", ["isupper", "islower"])
def test_ranges_are_the_same_class(predicate: str) -> None:
    plain = re.findall(f"[{latin_letters(predicate)}]", _ALL)
    assert re.findall(f"[{A._ranges(latin_letters(predicate))}]", _ALL) == plain
    assert len(A._ranges(latin_letters(predicate))) < len(latin_letters(predicate))


_PLAIN_JOINT = (
    rf"(?: và (?<!\d và )| ?- ?|, (?<!\d, ){A._NOT_NEW_BODY}{A._PART}"
    rf"(?:, {A._NOT_NEW_BODY}{A._PART}){{0,2}} và ){A._NOT_NEW_BODY}"
)
_PLAIN_LOCATED = (
    rf" (?:{A._LOCALITY}"
    + A._optional(rf"(?: |(?<=\.)(?=[{A._U}])){A._PLACE}")
    + rf"|{A._VILLAGE} {A._PLACE}|{A._QUALIFIER})"
)


@functools.cache
def _plain_mention() -> re.Pattern[str]:
    assert A.MENTION.count(A._JOINT) == 1 and A.MENTION.count(A._LOCATED) == 1
    return re.compile(
        A.MENTION.replace(A._JOINT, _PLAIN_JOINT).replace(A._LOCATED, _PLAIN_LOCATED)
    )


def test_short_forms_are_in_use() -> None:
    assert A._LOCATED != _PLAIN_LOCATED and A._JOINT != _PLAIN_JOINT


_WORDS = (
    "Bộ Sở Cục Ủy ban UBND HĐND Ban Chỉ đạo Công an Tỉnh ủy Quân khu 7 Sư đoàn 312 "
    "Văn hóa Thể thao Du lịch Lao động Thương binh Xã hội Nội vụ Tài chính Kế hoạch "
    "Đầu tư Giao thông Tư pháp Y tế Công Thương Quốc phòng An ninh Mặt trận Tổ quốc "
    "tỉnh thành phố TP. TP quận huyện xã phường thị trấn thôn bản ấp tổ dân phố khu phố "
    "cấp huyện cấp tỉnh tối cao Lào Cai Kiên Giang Hà Nội Nà Lầu Sín Chéng Bà Rịa Vũng Tàu "
    "Hồ Chí Minh Nguyễn Văn An 3 12 2020 và , - . ; các cấp giao thông phòng chống tội phạm "
    "về ma túy nhà ở hội nghị thực hiện xây dựng Đại tá Trung tướng Bí thư viên"
).split()


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        words = [rng.choice(_WORDS) for _ in range(rng.randint(3, 40))]
        text = " ".join(words).replace(" , ", ", ").replace(" . ", ". ").replace(" ; ", "; ")
        out.append(text.replace("TP. ", rng.choice(["TP. ", "TP."])))
    return out


_SAMPLES = [
    "Bộ Văn hóa, Thể thao và Du lịch; Sở Lao động - Thương binh và Xã hội tỉnh Lào Cai",
    "Ban Chỉ đạo 35, Lực lượng 47 và Ban Chỉ đạo 138, Công an tỉnh, UBND xã Sín Chéng",
    "Chi bộ thôn Nà Lầu, Chi đoàn ấp 3 và Công an TP.Hồ Chí Minh, Tòa án nhân dân tối cao",
    "UBND tỉnh Bà Rịa - Vũng Tàu, UBND TP. HCM và Công an thành phố, Ủy ban MTTQ tỉnh",
    "Sở Kế hoạch, Tài chính, Nội vụ và Tư pháp thị xã Sơn Tây, Quân khu 7, Sư đoàn 312",
]


@pytest.mark.parametrize("seed", range(4))
def test_the_same_matches_as_the_plain_form(seed: int) -> None:
    plain = _plain_mention()
    short = A._mention()
    for text in [*_SAMPLES, *_texts(300, seed)]:
        got = [(m.span(), m.lastgroup, m.group("start")) for m in short.finditer(text)]
        want = [(m.span(), m.lastgroup, m.group("start")) for m in plain.finditer(text)]
        assert got == want, text
