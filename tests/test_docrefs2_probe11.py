"""Document references, issuers and relations on the probe pages of session 8 (probe11):
an issuer that stops before "và" and an agreement's name, "Giám đốc" and "Học viện" in
an issuer, "cùng ngày", "được <body> trình <body> tại", a counted list opened by "cụ
thể:", "Kết luận điều tra", a fronted purpose clause whose subject is a bare unit
("…, tỉnh đã ban hành …"), "quy định chi tiết … luật này", and the scope of an unlisted
code whose issuer names its province after a unit word. Sentences are new, not the
probe pages'."""

from __future__ import annotations

import pytest

from ttcorpus.pipeline import process_record


def _extract(text: str) -> dict:
    return process_record({"text": text, "id": "t"}, steps=["extract"])


def _refs(text: str) -> list[dict]:
    return _extract(text)["doc_refs"]


def _relations(text: str) -> set[tuple[str, str, str]]:
    out = _extract(text)
    refs = out["doc_refs"]
    return {
        (r["relation"], refs[r["source"]]["number"], refs[r["target"]]["number"])
        for r in out["doc_relations"]
    }


# ---------------------------------------------------------------- issuers
@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Theo Kết luận số 61-KL/TW ngày 3/8/2019 của Ban Bí thư và Hiệp định thương mại "
         "song phương, tỉnh đã chủ động.", "Ban Bí thư"),
        ("Căn cứ Kế hoạch số 210/KH-HVCTQG ngày 9/6/2024 của Giám đốc Học viện và Thỏa thuận "
         "hợp tác đã ký, hai bên thống nhất.", "Giám đốc Học viện"),
        ("Thực hiện Chỉ thị số 7-CT/TW của Bộ Chính trị và Bản ghi nhớ giữa hai tỉnh.",
         "Bộ Chính trị"),
        ("Quyết định số 88/QĐ-BV ngày 2/2/2024 của Giám đốc Bệnh viện Bạch Mai về khám "
         "chữa bệnh.", "Giám đốc Bệnh viện Bạch Mai"),
        # must not change: a body joined by "và" stays one issuer
        ("Kết luận số 12-KL/TW của Ban Bí thư và Bộ Chính trị về công tác cán bộ.",
         "Ban Bí thư và Bộ Chính trị"),
        ("Kết luận số 44-KL/TW ngày 22/1/2019 của Ban Bí thư về tăng cường.", "Ban Bí thư"),
    ],
)
def test_issuer_ends_before_an_agreement_and_reads_offices(text: str, issuer: str) -> None:
    assert _refs(text)[0]["issuer"] == issuer


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Dự án luật được Chính phủ trình Quốc hội tại Tờ trình số 301/TTr-CP ngày 4/4/2025.",
         "Chính phủ"),
        ("Đề án được Bộ Nội vụ trình tại Tờ trình số 17/TTr-BNV.", "Bộ Nội vụ"),
        ("Quy hoạch được Thủ tướng phê duyệt điều chỉnh Đề án Y tại Quyết định số 90/QĐ-TTg.",
         "Thủ tướng"),
        # must not change: the body submitted to is not the code's issuer
        ("Đề án được Bộ Y tế trình Chính phủ tại Tờ trình số 77/TTr-CP.", None),
        ("Ông được Chủ tịch UBND tỉnh trình bày tại Báo cáo số 5/BC-SYT.", None),
    ],
)
def test_passive_submission_names_the_issuer(text: str, issuer: str | None) -> None:
    assert _refs(text)[0]["issuer"] == issuer


def test_counted_list_after_a_colon_shares_the_body() -> None:
    text = (
        "Tại hội nghị, đồng chí Trưởng Ban Tổ chức công bố các quyết định của Ban Thường vụ "
        "Thành ủy, cụ thể:\n"
        "Quyết định số 701-QĐ/TU ngày 2/4/2025 điều động đồng chí A.\n"
        "Quyết định số 702-QĐ/TU chỉ định đồng chí B.\n"
        "Cũng tại hội nghị, UBND thành phố trao Quyết định số 55/QĐ-UBND bổ nhiệm ông C."
    )
    issuers = [r["issuer"] for r in _refs(text)]
    assert issuers == ["Ban Thường vụ Thành ủy", "Ban Thường vụ Thành ủy", None]


@pytest.mark.parametrize(
    ("text", "issuers"),
    [
        ("Hội nghị công bố các quyết định của Ban Thường vụ Huyện ủy gồm: Quyết định số "
         "31-QĐ/HU về điều động; Quyết định số 32-QĐ/HU về bổ nhiệm. Sau đó, Quyết định số "
         "33-QĐ/HU được trao.", ["Ban Thường vụ Huyện ủy", "Ban Thường vụ Huyện ủy", None]),
        # must not change: another type than the one counted, or no colon
        ("Hội nghị công bố các kế hoạch của Ban Thường vụ Huyện ủy, cụ thể: Quyết định số "
         "31-QĐ/HU về điều động.", [None]),
        ("Ông nêu các quyết định của Ban Thường vụ Huyện ủy. Quyết định số 31-QĐ/HU về điều "
         "động.", [None]),
    ],
)
def test_counted_list_in_one_paragraph(text: str, issuers: list[str | None]) -> None:
    assert [r["issuer"] for r in _refs(text)] == issuers


# ---------------------------------------------------------------- "cùng ngày"
@pytest.mark.parametrize(
    ("text", "dates", "issuers"),
    [
        ("Chuyên đề về Quy định số 201-QĐ/TW ngày 12/6/2024 của Bộ Chính trị về kỷ luật và "
         "Quy định số 202-QĐ/TW, 203-QĐ/TW cùng ngày của Bộ Chính trị.",
         ["2024-06-12"] * 3, ["Bộ Chính trị"] * 3),
        ("Nghị quyết số 15/NQ-HĐND và Nghị quyết số 16/NQ-HĐND cùng ngày 8/12/2023 của HĐND "
         "tỉnh.", ["2023-12-08"] * 2, ["HĐND tỉnh"] * 2),
        # must not change: another sentence, or the day of something else
        ("Quyết định số 41/QĐ-UBND ngày 3/3/2024 được công bố. Quyết định số 42/QĐ-UBND cùng "
         "ngày.", ["2024-03-03", None], [None, None]),
        ("Quyết định số 41/QĐ-UBND ngày 3/3/2024 và Quyết định số 42/QĐ-UBND cùng ngày với "
         "hội nghị.", ["2024-03-03", None], [None, None]),
    ],
)
def test_same_date(text: str, dates: list[str | None], issuers: list[str | None]) -> None:
    refs = _refs(text)
    assert [r["date"] for r in refs] == dates
    assert [r["issuer"] for r in refs] == issuers


# ---------------------------------------------------------------- types and scope
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Theo bản kết luận điều tra số 77/KLĐT-PC01 ngày 5/5/2025, bị can đã khai nhận.",
         [("Kết luận điều tra", "77", "KLĐT-PC01")]),
        ("Kết luận điều tra 3 vụ án cho thấy.", []),
        ("Theo kết luận điều tra, số 5 bị can bị truy tố.", []),
    ],
)
def test_investigation_conclusion(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [(r["type"], r["number"], r["code"]) for r in _refs(text)] == found


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Kế hoạch số 19/KH-BCH ngày 2/3/2025 của Bộ Chỉ huy BĐBP tỉnh Lai Châu về tuần tra.",
         "Lai Châu"),
        ("Kết luận thanh tra số 40/KL-TTND ngày 1/4/2025 của Thanh tra tỉnh Nam Định.",
         "Nam Định"),
        ("Quyết định số 9-QĐ/ĐUBP ngày 1/8/2023 của Đảng ủy Bộ đội Biên phòng.", "national"),
        ("Quyết định số 31-QĐ/UBKTTU của Ủy ban Kiểm tra Tỉnh ủy Bắc Giang.", "Bắc Giang"),
        # must not change: a province named without a unit word, or no issuer
        ("Quyết định số 5/QĐ-ĐHQGHN của Giám đốc Đại học Quốc gia Hà Nội.", None),
        ("Kế hoạch số 19/KH-BCH về tuần tra biên giới.", None),
    ],
)
def test_scope_of_an_unlisted_code(text: str, scope: str | None) -> None:
    assert _refs(text)[0]["scope"] == scope


# ---------------------------------------------------------------- relations
@pytest.mark.parametrize(
    ("text", "relations"),
    [
        ("Ông cho biết, thực hiện Kết luận số 70-KL/TW ngày 3/2/2024 của Bộ Chính trị, Nghị "
         "quyết số 12/2024/UBTVQH15 ngày 5/3/2024 của Ủy ban Thường vụ Quốc hội và Nghị quyết "
         "số 40/NQ-CP ngày 6/4/2024 của Chính phủ, tỉnh đã ban hành Kế hoạch số 800/KH-UBND "
         "ngày 9/9/2024.",
         {("implements", "800", "70"), ("implements", "800", "12"),
          ("implements", "800", "40")}),
        ("Triển khai Chỉ thị số 25-CT/TW ngày 3/2/2024, huyện đã ban hành Kế hoạch số 61-KH/HU.",
         {("implements", "61", "25")}),
        ("Tỉnh đẩy mạnh thi hành Luật Đất đai số 31/2024/QH15, đồng thời hướng dẫn thực hiện "
         "Nghị định số 102/2024/NĐ-CP của Chính phủ quy định chi tiết một số điều của luật này.",
         {("details", "102", "31")}),
        # must not change: a meeting's clause, two laws, another sentence
        ("Tại hội nghị về Chỉ thị số 25-CT/TW, tỉnh đã ban hành Kế hoạch số 61-KH/TU.", set()),
        ("Luật số 31/2024/QH15 và Luật số 43/2024/QH15; Nghị định số 102/2024/NĐ-CP quy định "
         "chi tiết một số điều của luật này.", set()),
        ("Luật Đất đai số 31/2024/QH15 có hiệu lực. Nghị định số 102/2024/NĐ-CP quy định chi "
         "tiết luật này.", set()),
    ],
)
def test_relations(text: str, relations: set[tuple[str, str, str]]) -> None:
    assert _relations(text) == relations
