"""Session 5b: Ho Chi Minh City's abbreviations ("TP.HCM", "TPHCM", "TP HCM"), the
National Assembly committees whose names hold a comma, and the trade-union
abbreviations ("Tổng LĐLĐVN", "LĐLĐ tỉnh X")."""

from __future__ import annotations

import pytest

from ttcorpus.extract.agencies import canonical_agency, find_agencies

HCMC = "thành phố Hồ Chí Minh"


def _found(text: str) -> list[tuple[str, str]]:
    return [(a.name, a.canonical) for a in find_agencies(text)]


@pytest.mark.parametrize(
    ("text", "name", "canonical"),
    [
        ("Sáng nay, Thành ủy TP.HCM họp bàn về quy hoạch.", "Thành ủy TP.HCM", f"Thành ủy {HCMC}"),
        ("Theo UBND TP.HCM, dự án sẽ khởi công.", "UBND TP.HCM", f"Ủy ban nhân dân {HCMC}"),
        ("Sở Tài chính TP.HCM đã trình phương án.", "Sở Tài chính TP.HCM", f"Sở Tài chính {HCMC}"),
        ("HĐND TPHCM thông qua nghị quyết.", "HĐND TPHCM", f"Hội đồng nhân dân {HCMC}"),
        ("Công an TP HCM khuyến cáo người dân.", "Công an TP HCM", f"Công an {HCMC}"),
        ("Công an TP. HCM khuyến cáo người dân.", "Công an TP. HCM", f"Công an {HCMC}"),
        ("Tp.HCM: UBND Tp.HCM chỉ đạo khẩn.", "UBND Tp.HCM", f"Ủy ban nhân dân {HCMC}"),
        ("UBND TP. Hồ Chí Minh chỉ đạo.", "UBND TP. Hồ Chí Minh", f"Ủy ban nhân dân {HCMC}"),
        (
            "Ủy ban nhân dân Thành phố Hồ Chí Minh chỉ đạo.",
            "Ủy ban nhân dân Thành phố Hồ Chí Minh",
            f"Ủy ban nhân dân {HCMC}",
        ),
        # a sentence may end right after the abbreviation
        ("Đoàn công tác làm việc với UBND TP.HCM.", "UBND TP.HCM", f"Ủy ban nhân dân {HCMC}"),
    ],
)
def test_hcmc_spellings_meet(text: str, name: str, canonical: str) -> None:
    assert (name, canonical) in _found(text)


@pytest.mark.parametrize(
    "spelling",
    ["UBND TP.HCM", "UBND TPHCM", "UBND TP HCM", "UBND TP. HCM", "UBND TP Hồ Chí Minh",
     "UBND TP.Hồ Chí Minh", "UBND thành phố Hồ Chí Minh", "Ủy ban nhân dân TP.HCM"],
)
def test_hcmc_one_canonical(spelling: str) -> None:
    assert canonical_agency(spelling) == f"Ủy ban nhân dân {HCMC}"


def test_person_after_city_abbreviation_is_cut() -> None:
    text = "Phó Chủ tịch UBND TPHCM Dương Anh Tuấn phát biểu."
    assert _found(text) == [("UBND TPHCM", f"Ủy ban nhân dân {HCMC}")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # other cities keep their own canonical names
        ("UBND TP Cần Thơ và UBND TP. Đà Nẵng họp.", [
            ("UBND TP Cần Thơ", "Ủy ban nhân dân thành phố Cần Thơ"),
            ("UBND TP. Đà Nẵng", "Ủy ban nhân dân thành phố Đà Nẵng"),
        ]),
        # a bare "TP." still names the city the text is about, no more
        ("Lãnh đạo UBND TP. cho biết thêm.", [("UBND TP.", "Ủy ban nhân dân thành phố")]),
        # a locality word with no place after it stays bare
        ("UBND TP và HĐND TP thống nhất.", [
            ("UBND TP", "Ủy ban nhân dân thành phố"),
            ("HĐND TP", "Hội đồng nhân dân thành phố"),
        ]),
    ],
)
def test_city_negatives(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "name", "canonical"),
    [
        (
            "Phó Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội Trần Văn Khải nói.",
            "Ủy ban Tài chính, Ngân sách của Quốc hội",
            "Ủy ban Tài chính, Ngân sách của Quốc hội",
        ),
        (
            "Ủy ban Tài chính, Ngân sách đã thẩm tra dự án luật.",
            "Ủy ban Tài chính, Ngân sách",
            "Ủy ban Tài chính, Ngân sách của Quốc hội",
        ),
        (
            "Thường trực Ủy ban Văn hóa, Giáo dục làm việc với trường.",
            "Ủy ban Văn hóa, Giáo dục",
            "Ủy ban Văn hóa, Giáo dục của Quốc hội",
        ),
        (
            "Báo cáo của Ủy ban Khoa học, Công nghệ và Môi trường Quốc hội nêu rõ.",
            "Ủy ban Khoa học, Công nghệ và Môi trường Quốc hội",
            "Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội",
        ),
    ],
)
def test_assembly_committees_with_commas(text: str, name: str, canonical: str) -> None:
    assert (name, canonical) in _found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of two bodies, not one committee name
        ("Ủy ban Kiểm tra, Ban Tổ chức Tỉnh ủy họp.", ["Ủy ban Kiểm tra", "Ban Tổ chức Tỉnh ủy"]),
        # the older, longer committee name stays whole
        (
            "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng họp.",
            ["Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng"],
        ),
    ],
)
def test_committee_negatives(text: str, expected: list[str]) -> None:
    assert [a.name for a in find_agencies(text)] == expected


@pytest.mark.parametrize(
    ("text", "name", "canonical"),
    [
        ("Tổng LĐLĐVN vừa phát động phong trào.", "Tổng LĐLĐVN",
         "Tổng Liên đoàn Lao động Việt Nam"),
        ("Đại diện Tổng LĐLĐ trao quà.", "Tổng LĐLĐ", "Tổng Liên đoàn Lao động Việt Nam"),
        ("LĐLĐ tỉnh Hải Dương tổ chức hội thao.", "LĐLĐ tỉnh Hải Dương",
         "Liên đoàn Lao động tỉnh Hải Dương"),
        ("Chủ tịch LĐLĐ huyện Đông Anh cho biết.", "LĐLĐ huyện Đông Anh",
         "Liên đoàn Lao động huyện Đông Anh"),
        ("LĐLĐ TP.HCM khai mạc hội chợ.", "LĐLĐ TP.HCM", f"Liên đoàn Lao động {HCMC}"),
        ("Liên đoàn lao động tỉnh Hải Dương họp.", "Liên đoàn lao động tỉnh Hải Dương",
         "Liên đoàn Lao động tỉnh Hải Dương"),
    ],
)
def test_trade_union_abbreviations(text: str, name: str, canonical: str) -> None:
    assert (name, canonical) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn viên công đoàn và người lao động tham gia.",  # no capital, no body
        "Trận đấu giữa hai liên đoàn bóng đá diễn ra tối qua.",
        "QĐ-LĐLĐ số 12 được ban hành.",  # inside a code
    ],
)
def test_trade_union_negatives(text: str) -> None:
    assert not [a for a in find_agencies(text) if "LĐLĐ" in a.name or "Lao động" in a.canonical]
