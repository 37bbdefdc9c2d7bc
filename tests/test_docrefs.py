"""find_doc_refs: numbered document references and the attributes stated with them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.timing import cpu_seconds
from ttcorpus.extract.docrefs import code_parts, doc_type, find_doc_refs


def refs(text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    """(type, number, code, id, year) of every reference found."""
    return [(r.type, r.number, r.code, r.id, r.year) for r in find_doc_refs(text)]


def only(text: str):
    found = find_doc_refs(text)
    assert len(found) == 1, found
    return found[0]


# ---------------------------------------------------------------- numbering forms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # party numbering: NUMBER-TYPE/ISSUER
        (
            "Ban Bí thư ra Chỉ thị số 12-CT/TW về công tác dân vận",
            ("Chỉ thị", "12", "CT/TW", "12-CT/TW", None),
        ),
        (
            "triển khai Kết luận số 21-KL/TW trên địa bàn",
            ("Kết luận", "21", "KL/TW", "21-KL/TW", None),
        ),
        (
            "xây dựng Kế hoạch số 231-KH/TU để thực hiện",
            ("Kế hoạch", "231", "KH/TU", "231-KH/TU", None),
        ),
        ("theo Quy định số 05-QĐi/TW về kiểm tra", ("Quy định", "05", "QĐi/TW", "05-QĐi/TW", None)),
        (
            "quán triệt Nghị quyết số 07-NQ/TW đến đảng viên",
            ("Nghị quyết", "07", "NQ/TW", "07-NQ/TW", None),
        ),
        (
            "Kế hoạch số 7-KH/TĐTN-BTG của Tỉnh đoàn",
            ("Kế hoạch", "7", "KH/TĐTN-BTG", "7-KH/TĐTN-BTG", None),
        ),
        ("Báo cáo số 88-BC/HU gửi cấp trên", ("Báo cáo", "88", "BC/HU", "88-BC/HU", None)),
        # state numbering: NUMBER/YEAR/TYPE-ISSUER, NUMBER/TYPE-ISSUER, NUMBER/YEAR/QHnn
        (
            "áp dụng Nghị định số 15/2020/NĐ-CP khi xử phạt",
            ("Nghị định", "15", "NĐ-CP", "15/2020/NĐ-CP", "2020"),
        ),
        (
            "Quyết định số 1719/2021/QĐ-TTg phê duyệt chương trình",
            ("Quyết định", "1719", "QĐ-TTg", "1719/2021/QĐ-TTg", "2021"),
        ),
        (
            "Thông tư số 28/2020/TT-BCA quy định về trang phục",
            ("Thông tư", "28", "TT-BCA", "28/2020/TT-BCA", "2020"),
        ),
        ("Luật số 45/2019/QH14 có hiệu lực", ("Luật", "45", "QH14", "45/2019/QH14", "2019")),
        (
            "Nghị quyết số 43/2022/QH15 về chính sách",
            ("Nghị quyết", "43", "QH15", "43/2022/QH15", "2022"),
        ),
        (
            "Công văn số 1234/CV-VPTW hướng dẫn",
            ("Công văn", "1234", "CV-VPTW", "1234/CV-VPTW", None),
        ),
        ("Kế hoạch số 40/KH-UBND của tỉnh", ("Kế hoạch", "40", "KH-UBND", "40/KH-UBND", None)),
        (
            "Thông tư liên tịch số 01/2020/TTLT-BCA-BQP",
            ("Thông tư liên tịch", "01", "TTLT-BCA-BQP", "01/2020/TTLT-BCA-BQP", "2020"),
        ),
        ("Cáo trạng số 15/CT-VKS truy tố bị can", ("Cáo trạng", "15", "CT-VKS", "15/CT-VKS", None)),
        # spaces and dashes inside the number
        ("Chỉ thị số 12 - CT/TW", ("Chỉ thị", "12", "CT/TW", "12-CT/TW", None)),
        ("Chỉ thị số 12–CT/TW", ("Chỉ thị", "12", "CT/TW", "12-CT/TW", None)),
        # a law named by its title between the type word and "số"
        ("Luật Cư trú số 68/2020/QH14 quy định", ("Luật", "68", "QH14", "68/2020/QH14", "2020")),
        ("Bộ luật Lao động số 45/2019/QH14", ("Bộ luật", "45", "QH14", "45/2019/QH14", "2019")),
    ],
)
def test_numbering_forms(text: str, expected: tuple) -> None:
    assert refs(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "theo Chỉ thị số 15-CT/TU",
        "theo Chỉ thị số: 15-CT/TU",
        "theo Chỉ thị số:15-CT/TU",
        "theo Chỉ thị Số 15-CT/TU",
        "theo Chỉ thị 15-CT/TU",
        "THEO CHỈ THỊ SỐ 15-CT/TU",
        "theo chỉ thị số 15-CT/TU",
        "theo Chị thị số 15-CT/TU",  # a common typo
        "theo Chỉ thi số 15-CT/TU",
    ],
)
def test_so_case_and_misspellings(text: str) -> None:
    r = only(text)
    assert (r.type, r.number, r.id) == ("Chỉ thị", "15", "15-CT/TU")
    assert text[r.start : r.end] == r.text
    assert r.text.endswith("15-CT/TU") and r.text.lower().startswith(("chỉ", "chị"))


@pytest.mark.parametrize(
    ("text", "type_", "number"),
    [
        ("Nghi quyết số 3-NQ/TU", "Nghị quyết", "3"),
        ("Quyêt định số 5/QĐ-UBND", "Quyết định", "5"),
        ("Nghị quyết số 35 của Bộ Chính trị", "Nghị quyết", "35"),
        ("thực hiện Chỉ thị 05 của Thủ tướng", "Chỉ thị", "05"),
        ("thực hiện Kết luận 21.", "Kết luận", "21"),
        ("sau khi Chỉ thị 15 được ban hành", "Chỉ thị", "15"),
        ("sơ kết Chỉ thị 15, rút kinh nghiệm", "Chỉ thị", "15"),
        ("Báo cáo số 12 nêu rõ", "Báo cáo", "12"),
    ],
)
def test_bare_and_misspelt_forms(text: str, type_: str, number: str) -> None:
    r = only(text)
    assert (r.type, r.number) == (type_, number)
    if "/" not in text and "-" not in text:
        assert r.code is None and r.id is None


# ---------------------------------------------------------------- coordinated lists


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "hai Kết luận 21-KL/TW và 22-KL/TW của Ban Bí thư",
            [("Kết luận", "21", "KL/TW"), ("Kết luận", "22", "KL/TW")],
        ),
        (
            "các Chỉ thị 05-CT/TW, 06-CT/TW và 07-CT/TW",
            [("Chỉ thị", "05", "CT/TW"), ("Chỉ thị", "06", "CT/TW"), ("Chỉ thị", "07", "CT/TW")],
        ),
        (
            "các Nghị định số 15/2020/NĐ-CP, 98/2020/NĐ-CP",
            [("Nghị định", "15", "NĐ-CP"), ("Nghị định", "98", "NĐ-CP")],
        ),
        (
            "Thông tư số 1/2021/TT-BCA và 2/2021/TT-BCA",
            [("Thông tư", "1", "TT-BCA"), ("Thông tư", "2", "TT-BCA")],
        ),
        (
            "Nghị quyết số 3 và 4 của Ban Chấp hành",
            [("Nghị quyết", "3", None), ("Nghị quyết", "4", None)],
        ),
        # a member whose code names another type takes that type
        ("Chỉ thị 05-CT/TW và 22-KL/TW", [("Chỉ thị", "05", "CT/TW"), ("Kết luận", "22", "KL/TW")]),
    ],
)
def test_coordinated_lists(text: str, expected: list) -> None:
    assert [(r.type, r.number, r.code) for r in find_doc_refs(text)] == expected


def test_list_issuer_and_term_belong_to_all_members_date_to_its_own() -> None:
    found = find_doc_refs(
        "Kết luận 21-KL/TW ngày 2/3/2017 và 22-KL/TW ngày 4/5/2018 của Ban Bí thư khóa XII"
    )
    assert [(r.number, r.date, r.issuer, r.term) for r in found] == [
        ("21", "2017-03-02", "Ban Bí thư", "XII"),
        ("22", "2018-05-04", "Ban Bí thư", "XII"),
    ]
    assert [r.text for r in found] == ["Kết luận 21-KL/TW", "22-KL/TW"]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Chỉ thị 05-CT/TW, 3 năm qua", ["05"]),  # a count after the list comma
        ("Nghị quyết số 25-NQ/TW và 20 đơn vị", ["25"]),
        ("Nghị quyết số 25 và 20 đơn vị", ["25"]),
        ("Chỉ thị 05-CT/TW và 6", ["05"]),  # a bare member only after a bare head
        ("Chỉ thị 05-CT/TW, Chỉ thị số 06", ["05", "06"]),  # its own type word
    ],
)
def test_list_stops_at_numbers_that_are_no_members(text: str, numbers: list[str]) -> None:
    assert [r.number for r in find_doc_refs(text)] == numbers


# ---------------------------------------------------------------- attributes


@pytest.mark.parametrize(
    "tail",
    [
        " ngày 5/6/2020",
        " ngày 05/06/2020",
        ", ngày 5/6/2020",
        " ngày 05-06-2020",
        " ngày 5–6-2020",
        " ngày 5.6.2020",
        " ngày 5 tháng 6 năm 2020",
        " (ngày 5/6/2020)",
        " ban hành ngày 5/6/2020",
    ],
)
def test_date_forms(tail: str) -> None:
    assert only("Chỉ thị số 15-CT/TU" + tail + " về an ninh").date == "2020-06-05"


def test_impossible_date_is_no_date() -> None:
    assert only("Chỉ thị số 15-CT/TU ngày 35/13/2020").date is None


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Nghị quyết số 07-NQ/TW của Bộ Chính trị về", "Bộ Chính trị"),
        ("Chỉ thị số 12-CT/TW ngày 3/1/2017 của Ban Bí thư, tiếp tục", "Ban Bí thư"),
        (
            "Nghị quyết số 8 của Ban Chấp hành Trung ương Đảng (khóa XI)",
            "Ban Chấp hành Trung ương Đảng",
        ),
        (
            "Kế hoạch số 231-KH/TU của Ban Thường vụ Tỉnh ủy Nghệ An, các cấp",
            "Ban Thường vụ Tỉnh ủy Nghệ An",
        ),
        ("Thông tư số 28/2020/TT-BCA của Bộ Công an; từ nay", "Bộ Công an"),
        ("Quyết định số 5/QĐ-TA của Tòa án nhân dân tỉnh Lào Cai.", "Tòa án nhân dân tỉnh Lào Cai"),
        ("Quyết định số 18/QĐ-TTg của Thủ tướng Chính phủ về việc", "Thủ tướng Chính phủ"),
        ("Kết luận số 21-KL/TW của Ban Bí thư có ý nghĩa quan trọng", "Ban Bí thư"),
        ("Chỉ thị số 05 của Ban Bí thư và Nghị quyết số 07 của Bộ Chính trị", "Ban Bí thư"),
        ("Công văn số 99/CV-BCA do Bộ Công an ban hành", "Bộ Công an"),
        # the issuer as subject before the document
        (
            "Năm 2020, Ủy ban nhân dân tỉnh Lào Cai đã ban hành Kế hoạch số 88/KH-UBND",
            "Ủy ban nhân dân tỉnh Lào Cai",
        ),
        ("Sau đó, Ban Thường vụ Huyện ủy đã có Kế hoạch số 12-KH/HU", "Ban Thường vụ Huyện ủy"),
        ("Chính phủ vừa ban hành Nghị định số 15/2020/NĐ-CP", "Chính phủ"),
        # the passive "được … thông qua"
        ("(Luật số 68/2020/QH14) được Quốc hội khóa XIV thông qua", "Quốc hội"),
    ],
)
def test_issuer(text: str, issuer: str) -> None:
    assert find_doc_refs(text)[0].issuer == issuer


@pytest.mark.parametrize(
    "text",
    [
        "Chỉ thị số 12-CT/TW của các cấp ủy",  # lower-case: no body's name
        "Ban Bí thư yêu cầu thực hiện Chỉ thị số 12-CT/TW",  # a subject that did not issue it
    ],
)
def test_no_issuer(text: str) -> None:
    assert only(text).issuer is None


def test_passive_states_issuer_term_and_date() -> None:
    r = only("(Luật số 68/2020/QH14) được Quốc hội khoá XIV thông qua ngày 13 tháng 11 năm 2020")
    assert (r.issuer, r.term, r.date) == ("Quốc hội", "XIV", "2020-11-13")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Chỉ thị số 12-CT/TW ngày 3/1/2017 của Ban Bí thư khóa XII về", "XII"),
        ("Chỉ thị số 12-CT/TW của Ban Bí thư khoá XII", "XII"),
        ("Nghị quyết số 8 của Ban Chấp hành Trung ương (khóa XI) về", "XI"),
        ("Chỉ thị số 12-CT/TW (khóa XIII)", "XIII"),
        ("Chỉ thị số 12-CT/TW của Ban Bí thư", None),
    ],
)
def test_term(text: str, term: str | None) -> None:
    assert only(text).term == term


def test_year_only_date() -> None:
    assert only("Chỉ thị số 12 năm 2017 của Ban Bí thư").date == "2017"


# ---------------------------------------------------------------- scope and warnings


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Chỉ thị số 12-CT/TW", "national"),
        ("Nghị định số 15/2020/NĐ-CP", "national"),
        ("Quyết định số 18/QĐ-TTg", "national"),
        ("Luật số 45/2019/QH14", "national"),
        ("Thông tư số 28/2020/TT-BCA", "national"),
        ("Công văn số 1234/CV-VPTW", "national"),
        ("Kế hoạch số 231-KH/TU của Ban Thường vụ Tỉnh ủy Nghệ An", "Nghệ An"),
        ("Kế hoạch số 88/KH-UBND của UBND tỉnh Lào Cai", "Lào Cai"),
        ("Kế hoạch số 231-KH/TU của Ban Thường vụ Tỉnh ủy", None),  # locality not stated
        ("Cáo trạng số 15/CT-VKS", None),  # an unlisted issuer code
        ("Nghị quyết số 35", None),  # no code
    ],
)
def test_scope(text: str, scope: str | None) -> None:
    assert only(text).scope == scope


@pytest.mark.parametrize(
    ("text", "warning"),
    [
        ("Chỉ thị số 21-KL/TW", "code KL/TW contradicts type Chỉ thị"),
        ("Nghị định số 15/2020/QĐ-TTg", "code QĐ-TTg contradicts type Nghị định"),
    ],
)
def test_code_contradicting_type_is_kept_and_flagged(text: str, warning: str) -> None:
    r = only(text)
    assert r.code and r.warnings == (warning,)


@pytest.mark.parametrize(
    "text",
    [
        "Chỉ thị số 12-CT/TW",
        "Quy định số 47-QĐ/TW",
        "Cáo trạng số 15/CT-VKS",
        "Luật số 1/2020/QH14",
    ],
)
def test_consistent_codes_have_no_warning(text: str) -> None:
    assert only(text).warnings == ()


# ---------------------------------------------------------------- not references


@pytest.mark.parametrize(
    "text",
    [
        "tiếp tục ban hành các chỉ thị, nghị quyết của Đảng",
        "Quyết định kiện toàn Ban Chỉ đạo phòng, chống tội phạm",
        "triển khai Kế hoạch 5 năm 2021 - 2025",
        "Cơ quan điều tra kết luận 3 vụ việc",
        "Luật Đất đai năm 2013 và Luật Phòng, chống ma túy",
        "Bộ luật Hình sự 2015, Điều 249 khoản 1",
        "Giấy phép số 356/GP-BTTTT do Bộ Thông tin cấp",
        "Chương trình 135 đã đi vào cuộc sống",  # (a bare "Đề án 06" is a reference)
        "62/63 địa phương đã kiện toàn; tổ số 5 trực 24/7",
        "Quyết định 2019 của tòa",  # a year, not a number
        "Nghị quyết 3 lần được nhắc",
        "Hướng dẫn 12 bước sơ cứu",
        "Chỉ thị số",
        "số 09-CT/TW",  # a code without a type word
    ],
)
def test_not_references(text: str) -> None:
    assert find_doc_refs(text) == []


# ---------------------------------------------------------------- data helpers


def test_doc_type_and_code_parts() -> None:
    assert doc_type("CHỊ THỊ").name == "Chỉ thị"
    assert doc_type("Nghi quyet").name == "Nghị quyết"
    assert doc_type("Quyết sách") is None
    assert code_parts("CV-VPTW") == ("CV", ("VPTW",))
    assert code_parts("UBND-NC") == (None, ("UBND", "NC"))


# ---------------------------------------------------------------- offsets, order, time


def test_offsets_and_order() -> None:
    text = (
        "Nghị định số 15/2020/NĐ-CP và Chỉ thị 05-CT/TW, 06-CT/TW của Ban Bí thư; "
        "Luật số 1/2020/QH14"
    )
    found = find_doc_refs(text)
    assert [r.start for r in found] == sorted(r.start for r in found)
    assert all(text[r.start : r.end] == r.text for r in found)
    assert len(found) == 4


_PIECES = st.sampled_from(
    [
        "Chỉ thị",
        "chị thị",
        "Kết luận",
        "Nghị định",
        "Luật",
        "Bộ luật",
        " số",
        " số:",
        " ",
        ", ",
        " và ",
        "09",
        "100",
        "-CT/TW",
        "/2019/NĐ-CP",
        "/QH14",
        "-",
        "/",
        "–",
        " ngày ",
        "1/12/2011",
        " tháng 11 năm 2023",
        " của ",
        "Ban Bí thư",
        "Ủy ban",
        " ban hành ",
        " khóa ",
        "XI",
        "(",
        ")",
        " được ",
        "Quốc hội",
        " thông qua",
        "\n",
        ".",
        "x",
        "Ĩ",
        "İ",
        "ß",
        "2020",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES | st.text(max_size=5), max_size=40).map("".join))
def test_any_text_gives_valid_offsets(text: str) -> None:
    found = find_doc_refs(text)
    assert [r.start for r in found] == sorted(r.start for r in found)
    for r in found:
        assert text[r.start : r.end] == r.text
        assert r.number.isdigit()


_PATHOLOGICAL = {
    "digits": lambda n: "Chỉ thị số " + "1" * n,
    "code parts": lambda n: "Chỉ thị số 1" + "-CT" * (n // 3),
    "issuer words": lambda n: "Chỉ thị số 09 của " + "Ban " * (n // 4),
    "title words": lambda n: "Luật " + "Phòng " * (n // 6) + "số 1/2020/QH14",
    "số after số": lambda n: "Chỉ thị" + " số" * (n // 3) + " 1",
    "many candidates": lambda n: "Quyết định 1 " * (n // 13),
    "long subject": lambda n: "Ban Bí thư " * (n // 11) + "ban hành Chỉ thị số 1",
    "long list": lambda n: "Nghị định số 1/2019/NĐ-CP" + ", 1/2019/NĐ-CP" * (n // 140),
    "capitals": lambda n: "Chỉ thị số 1 của " + "Hà " * (n // 3),
}


@pytest.mark.parametrize("make", _PATHOLOGICAL.values(), ids=_PATHOLOGICAL.keys())
def test_linear_time(make) -> None:
    def seconds(n: int) -> float:
        text = make(n)
        return cpu_seconds(lambda: find_doc_refs(text))

    small, large = seconds(50_000), seconds(100_000)
    assert large < 2.0
    assert large < 4 * small + 0.05
