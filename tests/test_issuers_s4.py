"""Issuers, terms and dates of documents in shapes met on new sites (session 4):
plenums, a name cut at a clause verb or before a signer's name, runs of adverbs, a
term between subject and verb, a subject shared across a dated list, a passive agent,
and a signing date without its year."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.timing import cpu_seconds
from ttcorpus.extract import docrefs as d
from ttcorpus.extract.agencies import find_agencies
from ttcorpus.extract.dates import find_dates
from ttcorpus.extract.docrefs import find_doc_refs
from ttcorpus.extract.issuers import fill_signing_dates, fill_subject_issuers

Row = tuple[str, str | None, str | None]


def _refs(text: str) -> list[Row]:
    refs = fill_subject_issuers(text, find_doc_refs(text), find_agencies(text))
    return [(r.id or r.number, r.issuer, r.term) for r in refs]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plenum named by its number, with its term
        ("Thực hiện Nghị quyết số 36-NQ/TW ngày 22-10-2018 của Hội nghị Trung ương 8 khóa XII "
         "về chiến lược biển.",
         [("36-NQ/TW", "Hội nghị Trung ương 8", "XII")]),
        # … by an ordinal in words, then the Central Committee's name
        ("Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Hội nghị lần thứ năm Ban Chấp hành Trung "
         "ương Đảng khóa XIII về nông nghiệp.",
         [("19-NQ/TW", "Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng", "XIII")]),
        # … by an ordinal in digits, the term in brackets
        ("theo Nghị quyết 18-NQ/TW của Hội nghị lần thứ 4 Ban Chấp hành Trung ương (khóa XII).",
         [("18-NQ/TW", "Hội nghị lần thứ 4 Ban Chấp hành Trung ương", "XII")]),
        # a plenum as the issuing subject, its term before the verb
        ("Tháng 10-2018, Hội nghị Trung ương 8 khóa XII đã ban hành Nghị quyết số 36-NQ/TW.",
         [("36-NQ/TW", "Hội nghị Trung ương 8", "XII")]),
        # a numbered unit after "của"
        ("Kế hoạch số 41-KH/ĐU của Đảng ủy Quân khu 5 về huấn luyện.",
         [("41-KH/ĐU", "Đảng ủy Quân khu 5", None)]),
        # a number that counts something is not part of the name
        ("Kết luận số 12-KL/TW của Bộ Chính trị 3 năm qua đã đi vào cuộc sống.",
         [("12-KL/TW", "Bộ Chính trị", None)]),
    ],
)
def test_plenums_and_numbered_bodies(text: str, expected: list[Row]) -> None:
    assert _refs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb after a finished name starts a clause
        ("Quán triệt Nghị quyết số 19-NQ/TW của Trung ương tổ chức Hội nghị trực tuyến toàn "
         "quốc.", [("19-NQ/TW", "Trung ương", None)]),
        ("Kế hoạch số 7-KH/TW của Bộ Chính trị chỉ đạo Ban Tuyên giáo triển khai.",
         [("7-KH/TW", "Bộ Chính trị", None)]),
        # … but after a noun that takes it, the verb-like word belongs to the name
        ("Quyết định số 15-QĐ/BTC của Ban tổ chức Hội nghị về giải thưởng.",
         [("15-QĐ/BTC", "Ban tổ chức Hội nghị", None)]),
        ("Kết luận số 5-KL/UBKT của Ủy ban kiểm tra Tỉnh ủy về vi phạm.",
         [("5-KL/UBKT", "Ủy ban kiểm tra Tỉnh ủy", None)]),
    ],
)
def test_a_name_read_after_cua_ends_at_a_clause_verb(text: str, expected: list[Row]) -> None:
    assert _refs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quyết định 1234/QĐ-UBND do Chủ tịch UBND tỉnh Nghệ An Nguyễn Đức Trung ký ngày 3/10.",
         [("1234/QĐ-UBND", "Chủ tịch UBND tỉnh Nghệ An", None)]),
        ("Quyết định 56/QĐ-TTg do Phó Thủ tướng Trần Hồng Hà ký.",
         [("56/QĐ-TTg", "Phó Thủ tướng", None)]),
        ("Quyết định 77/QĐ-UBND do Chủ tịch UBND TP Hà Nội Nguyễn Thị Kim Liên ký.",
         [("77/QĐ-UBND", "Chủ tịch UBND TP Hà Nội", None)]),
        # the signer of a subject; acting for a body ("Thay mặt …"), the body issues it
        ("Thường trực Ban Bí thư Võ Văn Thưởng đã ký ban hành Kết luận "
         "số 80-KL/TW về văn hóa.", [("80-KL/TW", "Ban Bí thư", None)]),
        ("Thay mặt Bộ Chính trị, Thường trực Ban Bí thư Võ Văn Thưởng đã ký ban hành Kết luận "
         "số 80-KL/TW về văn hóa.", [("80-KL/TW", "Bộ Chính trị", None)]),
        # places are no persons: a place cue, a province's name
        ("Kế hoạch số 9-KH/UBND của UBND TP Hồ Chí Minh về giao thông.",
         [("9-KH/UBND", "UBND TP Hồ Chí Minh", None)]),
        ("Kế hoạch số 19-KH/TU của Tỉnh ủy Thừa Thiên Huế về du lịch.",
         [("19-KH/TU", "Tỉnh ủy Thừa Thiên Huế", None)]),
        ("Quyết định số 3/QĐ-UBND của UBND huyện Lương Sơn về đất đai.",
         [("3/QĐ-UBND", "UBND huyện Lương Sơn", None)]),
    ],
)
def test_a_signers_name_ends_the_issuer(text: str, expected: list[Row]) -> None:
    assert _refs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ban Thường vụ Tỉnh ủy cũng đã kịp thời ban hành Chỉ thị số 30-CT/TU về phòng dịch.",
         [("30-CT/TU", "Ban Thường vụ Tỉnh ủy", None)]),
        ("Đảng ủy Quân khu 9 cũng đã ban hành Kế hoạch số 88-KH/ĐU về dân vận.",
         [("88-KH/ĐU", "Đảng ủy Quân khu 9", None)]),
        ("Chính phủ sẽ sớm ban hành Nghị định số 10/2025/NĐ-CP.",
         [("10/2025/NĐ-CP", "Chính phủ", None)]),
        # a term between subject and verb
        ("Năm 2020, Quốc hội khóa XIV đã thông qua Luật số 59/2020/QH14 về doanh nghiệp.",
         [("59/2020/QH14", "Quốc hội", "XIV")]),
        ("Quốc hội (khóa XV) thông qua Nghị quyết số 43/2022/QH15 về chính sách.",
         [("43/2022/QH15", "Quốc hội", "XV")]),
        ("Hội đồng nhân dân tỉnh khóa X đã biểu quyết thông qua Nghị quyết số 12/2023/NQ-HĐND.",
         [("12/2023/NQ-HĐND", "Hội đồng nhân dân tỉnh", "X")]),
        ("Ban Chấp hành Đảng bộ huyện đã biểu quyết thông qua Quy định số 10-QĐ/HU.",
         [("10-QĐ/HU", "Ban Chấp hành Đảng bộ huyện", None)]),
    ],
)
def test_adverbs_and_a_term_between_subject_and_verb(text: str, expected: list[Row]) -> None:
    assert _refs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bộ Công an cũng đã thảo luận Kế hoạch số 3-KH/BCA.",  # not an issuing verb
        "Bộ Công an đã nhiều lần, cũng đã sớm ban hành Kế hoạch số 3-KH/BCA.",  # not adjacent
        "Việc này được quy định tại Nghị định số 10/2020/NĐ-CP.",  # a passive without agent
        "Dự án được tỉnh phê duyệt tại Quyết định 12/QĐ-UBND.",  # no body's name
    ],
)
def test_no_issuer(text: str) -> None:
    assert all(issuer is None for _, issuer, _ in _refs(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a shared subject and verb carry over a dated list of documents
        ("Bộ Công an ban hành Thông tư số 5/2024/TT-BCA ngày 2-2-2024 và Chỉ thị số 7/CT-BCA "
         "để triển khai.",
         [("5/2024/TT-BCA", "Bộ Công an", None), ("7/CT-BCA", "Bộ Công an", None)]),
        ("Tỉnh ủy Lào Cai đã ban hành Chỉ thị số 2-CT/TU, ngày 5/3/2021, và Kế hoạch số "
         "9-KH/TU.", [("2-CT/TU", "Tỉnh ủy Lào Cai", None), ("9-KH/TU", "Tỉnh ủy Lào Cai", None)]),
        # … not past a topic (unless the code names the same body: test_dr3_s10), nor
        # from a "của" issuer
        ("Bộ Công an ban hành Thông tư số 5/2024/TT-BCA ngày 2-2-2024 về cư trú và Chỉ thị số "
         "7/CT-TTg.", [("5/2024/TT-BCA", "Bộ Công an", None), ("7/CT-TTg", None, None)]),
        ("thực hiện Chỉ thị 1-CT/TW của Ban Bí thư và Kết luận 2-KL/TW.",
         [("1-CT/TW", "Ban Bí thư", None), ("2-KL/TW", None, None)]),
        # the agent of a passive clause citing the document
        ("Đề án đã được Bộ trưởng Bộ Nội vụ phê duyệt tại Quyết định số 45/QĐ-BNV ngày 1/2/2023.",
         [("45/QĐ-BNV", "Bộ trưởng Bộ Nội vụ", None)]),
        ("Chế độ được Bộ Y tế hướng dẫn theo Thông tư số 12/2020/TT-BYT.",
         [("12/2020/TT-BYT", "Bộ Y tế", None)]),
    ],
)
def test_shared_subjects_and_passive_agents(text: str, expected: list[Row]) -> None:
    assert _refs(text) == expected


def _signed(text: str, published: str | None) -> list[str | None]:
    refs = fill_signing_dates(text, find_doc_refs(text), find_dates(text, published))
    return [r.date for r in refs]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Quyết định 77/QĐ-UBND do Chủ tịch UBND tỉnh Nguyễn Văn Nam ký ngày 18/11.",
         "2024-11-20", ["2024-11-18"]),
        ("Kế hoạch số 12-KH/TU được Ban Thường vụ ký ban hành ngày 3/9, gồm 5 nội dung.",
         "2023-09-10T08:00", ["2023-09-03"]),
        # a date the reference states wins
        ("Quyết định 77/QĐ-UBND ngày 1/10/2024 do Chủ tịch UBND tỉnh ký ngày 18/11.",
         "2024-11-20", ["2024-10-01"]),
        # not past the end of the sentence, nor without a year to complete it
        ("Quyết định 77/QĐ-UBND có hiệu lực. Ông ký ngày 18/11.", "2024-11-20", [None]),
        ("Quyết định 77/QĐ-UBND do Chủ tịch UBND tỉnh ký ngày 18/11.", None, [None]),
    ],
)
def test_a_signing_date_completed_by_the_date_finder(
    text: str, published: str | None, expected: list[str | None]
) -> None:
    assert _signed(text, published) == expected


_SUBJECT_WORDS = [
    "Hội nghị", " Trung ương", " 8", " 12", " 100", " lần thứ", " sáu", " VI", " Ban",
    " Chấp hành", " Bí thư", " Quốc hội", " khóa", " XV", " (khóa XI)", " đã", " cũng",
    " kịp thời", " sẽ", " ban hành", " biểu quyết thông qua", " các", " Trần", " Văn",
    " Nam", " Hà", " Nội", " TP", " tỉnh", " tổ chức", " và", ",", " ", "-",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SUBJECT_WORDS), max_size=14).map("".join))
def test_mirrored_subject_and_term_are_the_backwards_pattern(before: str) -> None:
    text = before + " Kế hoạch số 12-KH/TU"
    start = len(before) + 1
    found = d._issuing_subject_backwards().match(text, 0, start)
    plain = (
        (d._issuer_at(text, *found.span("issuer")), found["termx"] or found["termy"])
        if found
        else None
    )
    if plain is not None and d.fold(plain[0]) in d._MEETINGS:
        plain = None  # a meeting named by its head word alone is no issuer (session 9)
    assert d._issuing_subject_and_term(text, start) == plain


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([
    *_SUBJECT_WORDS, " Nghị quyết số 36-NQ/TW", " của", " do", " được", " phê duyệt", " tại",
    " ký ngày 18/11", " ngày 2-2-2024", " Quyết định 5/QĐ-TTg", ".",
]), max_size=24).map("".join))
def test_any_text_gives_valid_references(text: str) -> None:
    refs = fill_subject_issuers(text, find_doc_refs(text), find_agencies(text))
    refs = fill_signing_dates(text, refs, find_dates(text, "2024-11-20"))
    for r in refs:
        assert text[r.start : r.end] == r.text
        assert r.issuer is None or (r.issuer.strip() == r.issuer and r.issuer)


@pytest.mark.parametrize(
    "unit",
    [
        " lần thứ hai",  # ordinals without end after "của Hội nghị"
        " 12",  # numbers
        " Trần Văn",  # capitalised syllables from a family name
        " cũng đã",  # adverbs
    ],
)
def test_long_runs_take_linear_time(unit: str) -> None:
    def run(n: int) -> float:
        text = "Nghị quyết số 36-NQ/TW của Hội nghị" + unit * n + " ban hành Kế hoạch số 2-KH/TU"
        return cpu_seconds(lambda: find_doc_refs(text), repeat=2)

    small, large = run(5_000), run(10_000)
    assert large < 4 * small + 0.05
