"""resolve_doc_refs: short forms take the code, id, issuer and date of their full form."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ttcorpus.extract.docrefs import find_doc_refs
from ttcorpus.extract.resolve import resolve_doc_refs
from ttcorpus.models import DocRef


def resolved(text: str) -> list[DocRef]:
    return resolve_doc_refs(find_doc_refs(text))


FULL = "Chỉ thị số 05-CT/TW ngày 1/3/2020 của Ban Bí thư khóa XII về an ninh. "


@pytest.mark.parametrize(
    "short",
    [
        "Sơ kết Chỉ thị 05, ",
        "Thực hiện Chỉ thị số 05 ",
        "Thực hiện Chỉ thị số 5 ",
        "thực hiện chỉ thị 05.",
    ],
)
def test_short_form_after_full_form(short: str) -> None:
    full, bare = resolved(FULL + short)
    assert (bare.code, bare.id, bare.issuer, bare.date, bare.term, bare.scope) == (
        "CT/TW",
        "05-CT/TW",
        "Ban Bí thư",
        "2020-03-01",
        "XII",
        "national",
    )
    assert bare.number == short.split()[-1].strip(",.")  # as written
    assert (bare.text, bare.start) != (full.text, full.start)


def test_short_form_before_full_form() -> None:
    bare, _full = resolved("Chỉ thị 05 nêu rõ… " + FULL)
    assert (bare.id, bare.issuer, bare.date) == ("05-CT/TW", "Ban Bí thư", "2020-03-01")


def test_nearest_full_form_before_wins() -> None:
    text = (
        "Kế hoạch số 12/KH-TA của Tòa án nhân dân tỉnh. Kế hoạch 12 nêu rõ. "
        "Kế hoạch số 12-KH/TU của Ban Thường vụ Tỉnh ủy. Kế hoạch 12 yêu cầu."
    )
    ids = [r.id for r in resolved(text)]
    assert ids == ["12/KH-TA", "12/KH-TA", "12-KH/TU", "12-KH/TU"]


@pytest.mark.parametrize(
    "text",
    [
        FULL + "Kết luận 05 của Ban Bí thư.",  # another type
        FULL + "Chỉ thị số 06.",  # another number
        FULL + "Chỉ thị số 05 của Ủy ban nhân dân tỉnh.",  # another issuer: another document
    ],
)
def test_unrelated_short_forms_stay_short(text: str) -> None:
    assert resolved(text)[-1].id is None


def test_full_forms_share_stated_attributes() -> None:
    text = (
        "Nghị quyết số 07-NQ/TW về kinh tế. … "
        "Nghị quyết số 07-NQ/TW ngày 5/5/2022 của Bộ Chính trị."
    )
    first, second = resolved(text)
    assert (first.date, first.issuer) == ("2022-05-05", "Bộ Chính trị")
    assert second.date == "2022-05-05"


def test_bare_forms_without_full_form_share_attributes() -> None:
    text = "Nghị quyết số 8 ngày 3/6/2013 của Ban Chấp hành Trung ương. … Nghị quyết số 8."
    _first, second = resolved(text)
    assert second.id is None
    assert (second.issuer, second.date) == ("Ban Chấp hành Trung ương", "2013-06-03")


def test_own_attributes_are_kept() -> None:
    text = "Chỉ thị số 05-CT/TW ngày 1/3/2020 của Ban Bí thư. Chỉ thị số 05 ngày 1/3/2021."
    assert resolved(text)[1].date == "2021-03-01"


def test_order_offsets_and_input_kept() -> None:
    text = "Chỉ thị 05 và Kết luận 21. " + FULL + "Kết luận số 21-KL/TW."
    found = find_doc_refs(text)
    before = list(found)
    out = resolve_doc_refs(found)
    assert found == before  # the input list is not changed
    assert [(r.start, r.end, r.text) for r in out] == [(r.start, r.end, r.text) for r in found]
    assert [r.id for r in out] == ["05-CT/TW", "21-KL/TW", "05-CT/TW", "21-KL/TW"]


def test_empty() -> None:
    assert resolve_doc_refs([]) == []


_PIECES = st.sampled_from(
    [
        "Chỉ thị 05",
        "Chỉ thị số 05-CT/TW",
        "Chỉ thị số 5-CT/TU",
        " của Ban Bí thư",
        " của Bộ Chính trị",
        " ngày 1/3/2020",
        "Kết luận 21",
        "Kết luận số 21-KL/TW",
        ". ",
        ", ",
        " và ",
        "x",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=20).map("".join))
def test_resolve_keeps_offsets_and_fills_only_from_same_type_and_number(text: str) -> None:
    found = find_doc_refs(text)
    out = resolve_doc_refs(found)
    assert len(out) == len(found)
    for before, after in zip(found, out, strict=True):
        assert (after.text, after.start, after.end, after.type, after.number) == (
            before.text,
            before.start,
            before.end,
            before.type,
            before.number,
        )
        assert text[after.start : after.end] == after.text
        if before.id is not None:
            assert after.id == before.id
        elif after.id is not None:
            assert int(after.id.split("-")[0]) == int(after.number)
