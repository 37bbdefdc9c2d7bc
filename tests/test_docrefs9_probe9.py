"""Document references on probe-9 shapes: an issuer cut before "và" and a campaign's
name, "Thẩm phán" inside a name, bare numbers named by a coded form, laws by title,
bare "Đề án", year-less fronted dates, PDF line breaks inside codes and names."""

from __future__ import annotations

import pytest

from ttcorpus.extract import extract_entities
from ttcorpus.extract.docrefs import find_doc_refs
from ttcorpus.models import Article


def _refs(text: str, published: str | None = None) -> list[tuple]:
    article = Article(id="t", source="t", text=text, published=published)
    extract_entities(article)
    return [(r.text, r.id, r.issuer, r.date) for r in article.doc_refs or []]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ('gắn Chỉ thị số 12-CT/TW của Ban Bí thư và Cuộc vận động "Người Việt" với', "Ban Bí thư"),
        ("theo Kết luận số 7-KL/TW của Bộ Chính trị và Phong trào thi đua yêu nước",
         "Bộ Chính trị"),
        # negative: "và" between two bodies, or inside a ministry's name, stays
        ("Thông tư liên tịch số 3/2020/TTLT-BCA-BQP của Bộ Công an và Bộ Quốc phòng",
         "Bộ Công an và Bộ Quốc phòng"),
        ("Thông tư số 8/2021/TT-BTNMT của Bộ Tài nguyên và Môi trường ngày 1/2/2021",
         "Bộ Tài nguyên và Môi trường"),
    ],
)
def test_issuer_ends_before_non_body(text: str, issuer: str) -> None:
    assert find_doc_refs(text)[0].issuer == issuer


def test_judges_council_and_its_date() -> None:
    (ref,) = find_doc_refs("theo Nghị quyết số 04/2023/NQ-HĐTP của Hội đồng Thẩm phán TANDTC "
                           "ngày 3/5/2023 về án treo")
    assert (ref.issuer, ref.date) == ("Hội đồng Thẩm phán TANDTC", "2023-05-03")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Chỉ thị số 21-CT/TW của Ban Bí thư. Xây dựng kế hoạch thực hiện Chỉ thị 21 trước "
         "ngày 1/7.", ["Chỉ thị số 21-CT/TW", "Chỉ thị 21"]),
        ("Kết luận 17 sau một năm đã có kết quả", ["Kết luận 17"]),
        ("Nghị quyết số 730-NQ/QUTW … cụ thể hóa Nghị quyết 730 sát thực tế đơn vị",
         ["Nghị quyết số 730-NQ/QUTW", "Nghị quyết 730"]),
        ("Kế hoạch số 14-KH/TU … cụ thể hóa Kế hoạch 14 sát thực tế",
         ["Kế hoạch số 14-KH/TU", "Kế hoạch 14"]),
        # negatives: no coded form of that number, one digit counting, a year
        ("Nghị quyết số 730-NQ/QUTW … cụ thể hóa Nghị quyết 731 sát thực tế",
         ["Nghị quyết số 730-NQ/QUTW"]),
        ("Kế hoạch số 5-KH/TU … triển khai Kế hoạch 5 năm 2021 - 2025", ["Kế hoạch số 5-KH/TU"]),
        ("Quyết định số 2020/QĐ-UBND … Quyết định 2020 nhiều", ["Quyết định số 2020/QĐ-UBND"]),
        ("Kế hoạch 5 năm trước", []),
    ],
)
def test_bare_numbers(text: str, found: list[str]) -> None:
    assert [r.text for r in find_doc_refs(text)] == found


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Luật Dược số 44/2024/QH15 có hiệu lực. Nghị định hướng dẫn một số điều của Luật Dược.",
         [("Luật Dược", "44/2024/QH15")]),
        ("thi hành Bộ luật Lao động số 45/2019/QH14; theo Bộ luật Lao động năm 2019 và",
         [("Bộ luật Lao động", "45/2019/QH14")]),
        # two laws of one title: only the one its year names
        ("Luật Thanh niên số 57/2020/QH14 thay thế Luật Thanh niên số 53/2005/QH11; "
         "Luật Thanh niên năm 2020 và Luật Thanh niên, …", [("Luật Thanh niên", "57/2020/QH14")]),
        # negatives: a draft or an amended version in the article, a longer title
        ("Luật Dược số 44/2024/QH15 … góp ý dự thảo Luật Dược, theo Luật Dược.", []),
        ("Luật Dược số 44/2024/QH15 … thông qua Luật Dược (sửa đổi).", []),
        ("Luật Đầu tư số 61/2020/QH14 … theo Luật Đầu tư công", []),
        ("Luật Dược số 44/2024/QH15 … Luật Dược năm 2016 thì", []),
    ],
)
def test_law_by_title(text: str, named: list[tuple[str, str]]) -> None:
    refs = find_doc_refs(text)
    assert [(r.text, r.id) for r in refs if not any(c.isdigit() for c in r.text)] == named


def test_law_by_title_shares_attributes() -> None:
    refs = _refs("Luật Dược số 44/2024/QH15 được Quốc hội thông qua ngày 21/11/2024. Nghị định "
                 "quy định chi tiết một số điều của Luật Dược.")
    assert refs[-1] == ("Luật Dược", "44/2024/QH15", "Quốc hội", "2024-11-21")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("theo Đề án 1816.", ["Đề án 1816"]),
        ("triển khai Đề án 06 của Bộ Công an", ["Đề án 06"]),
        ("Đề án 2 năm qua", []),  # counts years
        ("Đề án phát triển du lịch", []),
    ],
)
def test_bare_project(text: str, found: list[str]) -> None:
    assert [r.text for r in find_doc_refs(text)] == found


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("Ngày 14/3, Bộ trưởng Bộ Nội vụ đã ký ban hành Thông tư số 2/2024/TT-BNV về", "2024-03-20",
         "2024-03-14"),
        ("Trước đó, ngày 5-9, UBND tỉnh ban hành Kế hoạch số 77/KH-UBND về", "2024-09-30",
         "2024-09-05"),
        # negatives: no dateline; a date that opens no clause of the issuer
        ("Ngày 14/3, Bộ trưởng Bộ Nội vụ đã ký ban hành Thông tư số 2/2024/TT-BNV về", None, None),
        ("Sau ngày 14/3 Bộ Nội vụ đã ban hành Thông tư số 2/2024/TT-BNV về", "2024-03-20", None),
        ("Ngày 14/3, hội nghị diễn ra. Bộ Nội vụ ban hành Thông tư số 2/2024/TT-BNV", "2024-03-20",
         None),
    ],
)
def test_fronted_date_without_year(text: str, published: str | None, date: str | None) -> None:
    assert _refs(text, published)[0][3] == date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("theo Nghị định số 15/2020/\nNĐ-CP ngày 3-2-2020 của Chính phủ về",
         ("15/2020/NĐ-CP", "Chính phủ", "2020-02-03")),
        ("Thông tư số 12/\n2021/TT-BTC ngày 8/2/2021 của Bộ Tài chính",
         ("12/2021/TT-BTC", "Bộ Tài chính", "2021-02-08")),
        ("Kế hoạch số 9-KH/TĐTN-\nTNXP của Ban Thường vụ",
         ("9-KH/TĐTN-TNXP", "Ban Thường vụ", None)),
        ("Kết luận số 3-KL/TW ngày 1/2/2022 của Bộ\nChính trị về",
         ("3-KL/TW", "Bộ Chính trị", "2022-02-01")),
        ("Quyết định số 7/QĐ-TTg của Thủ\ntướng  Chính phủ",
         ("7/QĐ-TTg", "Thủ tướng Chính phủ", None)),
        # negative: two line breaks end the code
        ("Nghị định số 15/\n\nNĐ-CP", (None, None, None)),
    ],
)
def test_line_breaks(text: str, expected: tuple) -> None:
    ref = find_doc_refs(text)[0]
    assert (ref.id, ref.issuer, ref.date) == expected
    assert text[ref.start : ref.end] == ref.text
