"""find_doc_refs: references coordinated after an issuer ("Chỉ thị … của Ban Bí thư và
Nghị quyết … của Bộ Chính trị") — the issuer's name ends before the next type word, and
so does what the first reference reads: the second one is found with its own attributes."""

from __future__ import annotations

import pytest

from ttcorpus.extract.docrefs import find_doc_refs

Row = tuple[str, str | None, str | None, str | None, str | None]


def rows(text: str) -> list[Row]:
    """(text, id, issuer, date, term) of every reference, checking offsets on the way."""
    found = find_doc_refs(text)
    for r in found:
        assert text[r.start : r.end] == r.text
    return [(r.text, r.id, r.issuer, r.date, r.term) for r in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thực hiện Chỉ thị 05-CT/TW của Ban Bí thư và Nghị quyết 21-NQ/TW của Bộ Chính trị, "
            "chi bộ đã làm tốt.",
            [
                ("Chỉ thị 05-CT/TW", "05-CT/TW", "Ban Bí thư", None, None),
                ("Nghị quyết 21-NQ/TW", "21-NQ/TW", "Bộ Chính trị", None, None),
            ],
        ),
        # state numbering, without "số"
        (
            "áp dụng Nghị định 15/2020/NĐ-CP của Chính phủ và Thông tư 28/2020/TT-BCA của Bộ "
            "Công an khi xử phạt",
            [
                ("Nghị định 15/2020/NĐ-CP", "15/2020/NĐ-CP", "Chính phủ", None, None),
                ("Thông tư 28/2020/TT-BCA", "28/2020/TT-BCA", "Bộ Công an", None, None),
            ],
        ),
        # with "số", and the second issuer left unstated
        (
            "theo Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ và Thông tư số 15/2022/TT-BTC",
            [
                ("Quyết định số 1719/QĐ-TTg", "1719/QĐ-TTg", "Thủ tướng Chính phủ", None, None),
                ("Thông tư số 15/2022/TT-BTC", "15/2022/TT-BTC", None, None, None),
            ],
        ),
        # dates before the issuer, each reference keeping its own
        (
            "Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương và Quy định số "
            "37-QĐi/TW ngày 3/11/2021 của Ban Chấp hành Trung ương về những điều",
            [
                (
                    "Kết luận số 21-KL/TW",
                    "21-KL/TW",
                    "Ban Chấp hành Trung ương",
                    "2021-10-25",
                    None,
                ),
                (
                    "Quy định số 37-QĐi/TW",
                    "37-QĐi/TW",
                    "Ban Chấp hành Trung ương",
                    "2021-11-03",
                    None,
                ),
            ],
        ),
        # a date after the issuer; the second reference states its own term
        (
            "Chỉ thị số 12-CT/TW của Bộ Chính trị ngày 3/1/2017 và Kết luận số 8-KL/TW của Ban "
            "Bí thư (khóa XIII)",
            [
                ("Chỉ thị số 12-CT/TW", "12-CT/TW", "Bộ Chính trị", "2017-01-03", None),
                ("Kết luận số 8-KL/TW", "8-KL/TW", "Ban Bí thư", None, "XIII"),
            ],
        ),
        # three references in a row, the next type word after "và" or a comma
        (
            "Chỉ thị 05-CT/TW của Ban Bí thư, Nghị quyết 21-NQ/TW của Bộ Chính trị và Quyết định "
            "số 18/QĐ-TTg của Thủ tướng Chính phủ",
            [
                ("Chỉ thị 05-CT/TW", "05-CT/TW", "Ban Bí thư", None, None),
                ("Nghị quyết 21-NQ/TW", "21-NQ/TW", "Bộ Chính trị", None, None),
                ("Quyết định số 18/QĐ-TTg", "18/QĐ-TTg", "Thủ tướng Chính phủ", None, None),
            ],
        ),
        # a bare second reference, and a misspelt second type word
        (
            "Kết luận 44-KL/TW của Ban Bí thư và Chỉ thị số 36 của Bộ Chính trị",
            [
                ("Kết luận 44-KL/TW", "44-KL/TW", "Ban Bí thư", None, None),
                ("Chỉ thị số 36", None, "Bộ Chính trị", None, None),
            ],
        ),
        (
            "Chỉ thị số 09-CT/TW của Ban Bí thư và Nghi quyết số 12-NQ/TW",
            [
                ("Chỉ thị số 09-CT/TW", "09-CT/TW", "Ban Bí thư", None, None),
                ("Nghi quyết số 12-NQ/TW", "12-NQ/TW", None, None, None),
            ],
        ),
        # the issuer stated with "do"
        (
            "Nghị định số 15/2020/NĐ-CP do Chính phủ và Thông tư số 28/2020/TT-BCA do Bộ Công an "
            "ban hành",
            [
                ("Nghị định số 15/2020/NĐ-CP", "15/2020/NĐ-CP", "Chính phủ", None, None),
                ("Thông tư số 28/2020/TT-BCA", "28/2020/TT-BCA", "Bộ Công an", None, None),
            ],
        ),
    ],
)
def test_reference_after_an_issuer_is_found(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected


def test_each_keeps_its_own_type() -> None:
    found = find_doc_refs(
        "Nghị định 15/2020/NĐ-CP của Chính phủ và Thông tư số 28/2020/TT-BCA của Bộ Công an"
    )
    assert [(r.type, r.number, r.code, r.year, r.scope) for r in found] == [
        ("Nghị định", "15", "NĐ-CP", "2020", "national"),
        ("Thông tư", "28", "TT-BCA", "2020", "national"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # members sharing one type word stay one list, the issuer after the last for all
        (
            "hai Kết luận 44-KL/TW và 45-KL/TW của Ban Bí thư",
            [
                ("Kết luận 44-KL/TW", "44-KL/TW", "Ban Bí thư", None, None),
                ("45-KL/TW", "45-KL/TW", "Ban Bí thư", None, None),
            ],
        ),
        (
            "Kết luận 44-KL/TW và 45-KL/TW",
            [
                ("Kết luận 44-KL/TW", "44-KL/TW", None, None, None),
                ("45-KL/TW", "45-KL/TW", None, None, None),
            ],
        ),
        # two bodies joined by "và" are one issuer
        (
            "Nghị quyết số 35-NQ/TW của Ban Bí thư và Bộ Chính trị",
            [("Nghị quyết số 35-NQ/TW", "35-NQ/TW", "Ban Bí thư và Bộ Chính trị", None, None)],
        ),
        # a type word without a number after the issuer: one reference, name cut before it
        (
            "Chỉ thị số 05-CT/TW của Ban Bí thư và Nghị quyết của Đảng ủy",
            [("Chỉ thị số 05-CT/TW", "05-CT/TW", "Ban Bí thư", None, None)],
        ),
        # a number that counts something after the issuer
        (
            "Chỉ thị số 05-CT/TW của Ban Bí thư và Kế hoạch 5 năm",
            [("Chỉ thị số 05-CT/TW", "05-CT/TW", "Ban Bí thư", None, None)],
        ),
    ],
)
def test_what_stays_as_it_was(text: str, expected: list[Row]) -> None:
    assert rows(text) == expected
