"""Session 9 fixes from probe round 13: numbers with thousands separators, a bare head
word or office as the issuer, the body a document is submitted to, and relations after
"ban hành Chương trình hành động của …" and across a chained verb ("hướng dẫn bổ sung")."""

from __future__ import annotations

import pytest

from tests.docref_views import refs as _refs
from tests.docref_views import rels as _rels
from ttcorpus.extract.docrefs import find_doc_refs
from ttcorpus.models import DocRef


def refs(text: str, published: str = "2025-06-20") -> list[DocRef]:
    return _refs(text, published)


def rels(text: str) -> list[tuple[str, str | None, str | None]]:
    return _rels(text, "2025-06-20")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Sở Tài chính gửi Công văn số 3.417/STC-NS tới các huyện.",
         [("3.417", "STC-NS", "3417/STC-NS")]),
        ("theo Quyết định số 1.205/2024/QĐ-UBND ngày 2/5/2024",
         [("1.205", "QĐ-UBND", "1205/2024/QĐ-UBND")]),
        ("Công văn số 7245/BYT-KCB", [("7245", "BYT-KCB", "7245/BYT-KCB")]),
        # not a number of a document: a date, a decimal, a grouped number without a code
        ("Quyết định số 12.8.2020 của", []),
        ("Nghị quyết số 12.500 tỷ đồng", []),
        ("Công văn số 3.417 ngày 4/4/2025", []),
        ("Công văn số 3.417/2025 về", []),
        ("Kế hoạch số 12.50/KH-UBND", []),
    ],
)
def test_thousands_separator(text: str, found: list[tuple[str, str | None, str | None]]) -> None:
    assert [(r.number, r.code, r.id) for r in find_doc_refs(text)] == found


@pytest.mark.parametrize(
    ("text", "issuers"),
    [
        ("Bộ Y tế họp sáng nay. Bộ đã ban hành Thông tư số 9/2025/TT-BYT về thuốc.",
         ["Bộ Y tế"]),
        ("Sở Xây dựng Hà Tĩnh cho biết, Sở đã ban hành Kế hoạch số 44/KH-SXD.",
         ["Sở Xây dựng Hà Tĩnh"]),
        ("Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà dự họp. Cuối buổi, Bộ trưởng ký Công văn số "
         "5/BNV-TCBC gửi các tỉnh.", ["Bộ Nội vụ"]),
        # the office's own body first, though another ministry is named too
        ("Bộ trưởng Bộ Nội vụ dự họp cùng Bộ Tài chính. Bộ trưởng ký Công văn số 5/BNV-TCBC.",
         ["Bộ Nội vụ"]),
        # two bodies of that head, or none, or only after it: no issuer
        ("Bộ Y tế và Bộ Công an thống nhất. Bộ đã ban hành Thông tư số 9/2025/TT-BYT.", [None]),
        ("Hôm qua, Bộ đã ban hành Thông tư số 9/2025/TT-BYT. Bộ Y tế cho biết.", [None]),
        ("Bộ trưởng ký Công văn số 5/BNV-TCBC gửi các tỉnh.", [None]),
        # a full name stays
        ("Bộ Y tế họp. Bộ Công an đã ban hành Thông tư số 9/2025/TT-BCA.", ["Bộ Công an"]),
    ],
)
def test_bare_head_issuer(text: str, issuers: list[str | None]) -> None:
    assert [r.issuer for r in refs(text)] == issuers


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Bộ Xây dựng đã trình Thủ tướng Quyết định số 712/QĐ-TTg phê duyệt quy hoạch.",
         "Thủ tướng"),
        ("Bộ Tư pháp trình Chính phủ Nghị định số 8/2025/NĐ-CP về công chứng.", "Chính phủ"),
        ("Sở Nội vụ đã trình UBND tỉnh Quyết định số 31/QĐ-UBND.", "UBND tỉnh"),
        ("Bộ Công Thương trình Thủ tướng Chính phủ Quyết định số 9/QĐ-TTg.",
         "Thủ tướng Chính phủ"),
        # the code names another body: not the one submitted to
        ("Bộ Xây dựng đã trình Thủ tướng Quyết định số 712/QĐ-BXD.", None),
        # "trình" inside a noun
        ("theo chương trình Thủ tướng Quyết định số 712/QĐ-TTg", None),
        ("Sở Nội vụ đã trình Tờ trình số 4/TTr-SNV.", None),
    ],
)
def test_submitted_to(text: str, issuer: str | None) -> None:
    assert find_doc_refs(text)[0].issuer == issuer


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Nghị quyết số 71/NQ-CP ngày 1/4/2025 của Chính phủ ban hành Chương trình hành động "
         "của Chính phủ thực hiện Nghị quyết số 66-NQ/TW về pháp luật.",
         [("implements", "71/NQ-CP", "66-NQ/TW")]),
        ("Quyết định số 12/QĐ-UBND ban hành Kế hoạch của UBND tỉnh thực hiện Chỉ thị số "
         "5-CT/TW.", [("implements", "12/QĐ-UBND", "5-CT/TW")]),
        # no implementing verb after the issuer: none
        ("Nghị quyết số 71/NQ-CP ban hành Chương trình hành động của Chính phủ về Nghị quyết "
         "số 66-NQ/TW.", []),
        ("Nghị quyết số 71/NQ-CP ban hành Chương trình hành động của Chính phủ. Nghị quyết số "
         "66-NQ/TW nêu rõ.", []),
    ],
)
def test_programme_with_issuer(text: str, found: list[tuple[str, str, str]]) -> None:
    assert rels(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Kết luận số 160-KL/TW ngày 2/6/2025 của Bộ Chính trị hướng dẫn bổ sung Quy định số "
         "190-QĐ/TW về bầu cử.", [("amends", "160-KL/TW", "190-QĐ/TW")]),
        ("Hướng dẫn số 3-HD/TW hướng dẫn sửa đổi Quy định số 24-QĐ/TW.",
         [("amends", "3-HD/TW", "24-QĐ/TW")]),
        # "hướng dẫn" alone or with "thực hiện": details, as before
        ("Thông tư số 5/2025/TT-BNV hướng dẫn thực hiện Nghị định số 7/2024/NĐ-CP.",
         [("details", "5/2025/TT-BNV", "7/2024/NĐ-CP")]),
        ("Thông tư số 5/2025/TT-BNV hướng dẫn Nghị định số 7/2024/NĐ-CP.",
         [("details", "5/2025/TT-BNV", "7/2024/NĐ-CP")]),
        # "hướng dẫn" before "thay thế": not chained
        ("Công văn số 5/BNV-TCBC hướng dẫn thay thế Quyết định số 8/QĐ-BNV.", []),
    ],
)
def test_chained_verb(text: str, found: list[tuple[str, str, str]]) -> None:
    assert rels(text) == found
