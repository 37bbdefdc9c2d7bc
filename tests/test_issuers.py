"""The issuing subject read with the agency grammar: ``fill_subject_issuers``."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ttcorpus.extract.agencies import find_agencies
from ttcorpus.extract.docrefs import find_doc_refs
from ttcorpus.extract.issuers import fill_subject_issuers


def _issuers(text: str) -> list[tuple[str, str | None]]:
    refs = fill_subject_issuers(text, find_doc_refs(text), find_agencies(text))
    return [(r.id or r.number, r.issuer) for r in refs]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đảng ủy Quân khu 7 đã ban hành Kế hoạch số 12-KH/ĐU về công tác dân vận.",
         [("12-KH/ĐU", "Đảng ủy Quân khu 7")]),
        ("Năm 2020, Đảng ủy Quân khu đã ban hành Kế hoạch 45-KH/ĐU để triển khai.",
         [("45-KH/ĐU", "Đảng ủy Quân khu")]),
        ("Bộ Tư lệnh Quân khu 9 vừa ký ban hành các Chỉ thị số 3-CT/BTL.",
         [("3-CT/BTL", "Bộ Tư lệnh Quân khu 9")]),
        # a list the subject issues shares it
        ("Đảng ủy Quân khu 7 đã ban hành Kế hoạch số 1-KH/ĐU, Chỉ thị số 2-CT/ĐU và "
         "Nghị quyết 3-NQ/ĐU.",
         [("1-KH/ĐU", "Đảng ủy Quân khu 7"), ("2-CT/ĐU", "Đảng ủy Quân khu 7"),
          ("3-NQ/ĐU", "Đảng ủy Quân khu 7")]),
        # … but not a document named later for another reason
        ("Đảng ủy Quân khu 7 đã ban hành Kế hoạch số 1-KH/ĐU để thực hiện Chỉ thị số 2-CT/TW.",
         [("1-KH/ĐU", "Đảng ủy Quân khu 7"), ("2-CT/TW", None)]),
        # the document's own "của …" issuer wins
        ("Đảng ủy Quân khu 7 đã ban hành Kế hoạch số 12-KH/ĐU của Ban Thường vụ.",
         [("12-KH/ĐU", "Ban Thường vụ")]),
    ],
)
def test_a_body_that_issues_the_document_is_its_issuer(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _issuers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Đảng ủy Quân khu 7 và Kế hoạch số 12-KH/ĐU.",  # no issuing verb
        "Đảng ủy Quân khu 7 đã thảo luận, sau đó ban hành Kế hoạch số 12-KH/ĐU.",  # not adjacent
        "Đảng ủy Quân khu 7 đã quán triệt Kế hoạch số 12-KH/ĐU.",  # not an issuing verb
    ],
)
def test_no_issuer_without_an_adjacent_issuing_subject(text: str) -> None:
    assert all(issuer is None for _, issuer in _issuers(text))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([
    "Đảng ủy", "Quân khu 7", "Bộ Công an", "đã", "vừa", "ban hành", "ký", "các", "Kế hoạch",
    "số", "12-KH/ĐU", "Chỉ thị 09-CT/TW", "của", "Ban Bí thư", ",", ".", "và",
]), max_size=20).map(" ".join))
def test_issuers_are_agency_mentions(text: str) -> None:
    """Any text: an issuer filled in is always the text of an agency mention."""
    before = {r.start: r.issuer for r in find_doc_refs(text)}
    agencies = {a.text for a in find_agencies(text)}
    for ref in fill_subject_issuers(text, find_doc_refs(text), find_agencies(text)):
        if before[ref.start] is None and ref.issuer is not None:
            assert ref.issuer in agencies
