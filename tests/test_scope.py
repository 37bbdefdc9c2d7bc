"""scope: national codes stay national, local documents take the article's locality."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ttcorpus.extract import scope
from ttcorpus.extract.docrefs import find_doc_refs
from ttcorpus.extract.resolve import resolve_doc_refs
from ttcorpus.extract.scope import infer_scopes, is_local_code, provinces_named
from ttcorpus.keys import doc_key
from ttcorpus.models import Agency, DocRef
from ttcorpus.normalize import fold


def agency(name: str) -> Agency:
    return Agency(name, 0, len(name), name)


def ref(code: str | None, scope: str | None = None) -> DocRef:
    number = "12"
    rid = f"{number}-{code}" if code and "/" in code else (f"{number}/{code}" if code else None)
    return DocRef(f"Kế hoạch số {rid or number}", 0, 10, "Kế hoạch", number, code, id=rid,
                  scope=scope)


@pytest.mark.parametrize(
    ("code", "local"),
    [
        ("KH/TU", True),
        ("KH/HU", True),
        ("QĐ-UBND", True),
        ("KH/TĐTN-TNXP", True),
        ("KL/ĐU", True),
        ("CT/TW", False),
        ("NĐ-CP", False),
        ("QĐ-TTg", False),
        ("CV-VPTW", False),
        ("QH14", False),
        ("KH-TA", False),  # not in doc_codes.tsv: unknown, not local
        (None, False),
    ],
)
def test_local_codes(code: str | None, local: bool) -> None:
    assert is_local_code(code) is local


@pytest.mark.parametrize(
    ("names", "places"),
    [
        (["Cổng thông tin điện tử Kiên Giang"], {"Kiên Giang"}),
        (["Báo Tuyên Quang điện tử", "Ủy ban nhân dân tỉnh Tuyên Quang"], {"Tuyên Quang"}),
        (["UBND tỉnh Hoà Bình", "Công an tỉnh Hòa Bình"], {"Hòa Bình"}),
        (["Ban Thường vụ Tỉnh ủy Thừa Thiên – Huế"], {"Thừa Thiên - Huế"}),
        (["Công an tỉnh Nghệ An", "Bộ Công an"], {"Nghệ An"}),
        (["Công an tỉnh Nghệ An", "Thành ủy Hà Nội"], {"Nghệ An", "Hà Nội"}),
        # a province's name that is also a person's counts only as a place
        (["Đoàn TNCS Hồ Chí Minh", "Tỉnh đoàn Nghệ An"], {"Nghệ An"}),
        (["Học viện Chính trị quốc gia Hồ Chí Minh"], set()),
        (["Công an TP. Hồ Chí Minh"], {"Hồ Chí Minh"}),
        (["Thành đoàn Thành phố Hồ Chí Minh"], {"Hồ Chí Minh"}),
        (["Bộ Công an", "Ban Bí thư", None, ""], set()),
        # part of a longer word is no place
        (["Báo Quảng Ninhhh"], set()),
    ],
)
def test_provinces_named(names: list[str | None], places: set[str]) -> None:
    assert provinces_named(names) == places


def test_local_reference_takes_the_one_province_of_site_and_agencies() -> None:
    refs = [ref("KH/TU"), ref("CT/TW", "national"), ref("QĐ-UBND")]
    out = infer_scopes(refs, "Báo Tuyên Quang điện tử", [agency("Tỉnh ủy Tuyên Quang")])
    assert [r.scope for r in out] == ["Tuyên Quang", "national", "Tuyên Quang"]
    assert [doc_key(r.to_dict()) for r in out] == [
        "12-KH/TU@Tuyên Quang", "12-CT/TW", "12/QĐ-UBND@Tuyên Quang",
    ]
    # nothing else changes
    assert [dataclasses.replace(r, scope=None) for r in out] == [
        dataclasses.replace(r, scope=None) for r in refs
    ]


@pytest.mark.parametrize(
    ("site", "agencies"),
    [
        ("Báo Tuyên Quang điện tử", [agency("Thành ủy Hà Nội")]),  # two provinces
        (None, [agency("Ban Thường vụ Tỉnh ủy"), agency("Bộ Công an")]),  # none
        ("Tiền Phong", []),
    ],
)
def test_ambiguous_or_unknown_locality_stays_none(site: str | None, agencies: list) -> None:
    (out,) = infer_scopes([ref("KH/TU")], site, agencies)
    assert out.scope is None
    assert doc_key(out.to_dict()) == "12-KH/TU@?"


def test_stated_locality_and_national_and_unknown_codes_are_kept() -> None:
    refs = [ref("KH/TU", "Kiên Giang"), ref("NQ/TW", "national"), ref("KH-TA"), ref(None)]
    out = infer_scopes(refs, "Báo Hà Nội Mới", [agency("Thành ủy Hà Nội")])
    assert [r.scope for r in out] == ["Kiên Giang", "national", None, None]


def test_scope_through_find_and_resolve() -> None:
    text = (
        "Ban Thường vụ Tỉnh ủy Kiên Giang ban hành Kế hoạch số 174-KH/TU thực hiện Kết luận số "
        "44-KL/TW. Ban Thường vụ Tỉnh ủy đã có Kế hoạch số 95-KH/TU và Kế hoạch 95 yêu cầu…"
    )
    refs = infer_scopes(resolve_doc_refs(find_doc_refs(text)), "Báo Kiên Giang", [])
    assert [(r.id, r.scope) for r in refs] == [
        ("174-KH/TU", "Kiên Giang"),  # stated by its issuer
        ("44-KL/TW", "national"),
        ("95-KH/TU", "Kiên Giang"),  # from the site
        ("95-KH/TU", "Kiên Giang"),  # the short form too
    ]


def test_no_local_reference_is_a_no_op() -> None:
    refs = [ref("CT/TW", "national")]
    assert infer_scopes(refs, "Báo Lào Cai", []) == refs
    assert infer_scopes([], None, []) == []


_WORDS = st.sampled_from(["Tỉnh ủy", "Hồ Chí Minh", "Kiên Giang", "TP.", "thành phố", "Hà",
                          "Nội", "–", "-", " ", "Huế", "Đoàn"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS | st.text(max_size=6), max_size=12).map(" ".join),
       st.lists(st.text(max_size=30), max_size=4))
def test_any_site_and_agencies(site: str, names: list[str]) -> None:
    refs = [ref("KH/TU"), ref("CT/TW", "national")]
    out = infer_scopes(refs, site, [agency(n) for n in names])
    assert len(out) == 2 and out[1] == refs[1]
    assert out[0].scope is None or out[0].scope in provinces_named([site, *names])


# ---------------------------------------------------------------- fast paths


def plain_provinces_named(names: list[str | None]) -> set[str]:
    """``provinces_named`` as first written: every name folded and searched, no cache."""
    found: set[str] = set()
    for name in names:
        if name:
            folded = fold(name)
            for m in scope._province_pattern().finditer(folded):
                if scope._counts_as_place(folded, m.group("name"), m.start()):
                    found.add(scope._provinces()[m.group("name")])
    return found


_NAMES = st.sampled_from(
    ["Tỉnh ủy Kiên Giang", "UBND tỉnh Lào Cai", "Đoàn TNCS Hồ Chí Minh", "Công an TP. Hồ Chí Minh",
     "Bộ Công an", "Thành ủy Hà Nội", "Báo Hà Nội Mới", "Công an tỉnh Hòa Bình", "Hoà Bình", ""]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_NAMES | st.none() | st.text(max_size=20), max_size=8))
def test_cached_and_early_stopping_province_look_up_equal_the_plain_one(
    names: list[str | None],
) -> None:
    plain = plain_provinces_named(names)
    assert provinces_named(names) == plain
    assert scope._one_province(names) == (next(iter(plain)) if len(plain) == 1 else None)
