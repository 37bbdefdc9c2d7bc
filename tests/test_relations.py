"""find_doc_relations: what one cited document says about another in the same text."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.timing import cpu_seconds
from ttcorpus.extract.docrefs import find_doc_refs
from ttcorpus.extract.relations import find_doc_relations
from ttcorpus.extract.resolve import resolve_doc_refs
from ttcorpus.models import DocRef, DocRelation


def relations(text: str) -> list[tuple[str, str, str]]:
    """(source, relation, target) of every relation found, each side by its id (or
    type and number for an unresolved short form)."""
    refs = resolve_doc_refs(find_doc_refs(text))
    return [(_name(refs[r.source]), r.relation, _name(refs[r.target]))
            for r in find_doc_relations(text, refs)]


def _name(ref: DocRef) -> str:
    return ref.id or f"{ref.type} {ref.number}"


# ---------------------------------------------------------------- each relation kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # implements: a plan, programme or dispatch issued to carry out the target
        (
            "UBND tỉnh ban hành Kế hoạch số 25/KH-UBND ngày 3/2/2020 thực hiện Nghị quyết "
            "số 12-NQ/TW của Bộ Chính trị.",
            [("25/KH-UBND", "implements", "12-NQ/TW")],
        ),
        (
            "Tỉnh ủy có Chương trình hành động số 08-CTr/TU thực hiện Nghị quyết số 29-NQ/TW.",
            [("08-CTr/TU", "implements", "29-NQ/TW")],
        ),
        (
            "Huyện ủy ban hành Kế hoạch số 10-KH/HU về học tập, quán triệt và triển khai thực "
            "hiện Kết luận số 21-KL/TW trong toàn Đảng bộ.",
            [("10-KH/HU", "implements", "21-KL/TW")],
        ),
        (
            "Sở ban hành Công văn số 415/SGDĐT-CTTT về việc triển khai Chỉ thị số 31/CT-TTg.",
            [("415/SGDĐT-CTTT", "implements", "31/CT-TTg")],
        ),
        (
            "Kế hoạch số 25-KH/TU ngày 30/11/2016 của Ban Thường vụ Tỉnh ủy “về việc thực hiện "
            "Kết luận số 100-KL/TW của Ban Bí thư”",
            [("25-KH/TU", "implements", "100-KL/TW")],
        ),
        (
            "Bộ có Kế hoạch số 3/KH-BCA nhằm cụ thể hóa Quyết định số 7/QĐ-TTg.",
            [("3/KH-BCA", "implements", "7/QĐ-TTg")],
        ),
        # continues: "về tiếp tục (đẩy mạnh) thực hiện (có hiệu quả)"
        (
            "Kết luận số 80-KL/TW về tiếp tục đẩy mạnh thực hiện có hiệu quả Chỉ thị số "
            "33-CT/TW trong toàn Đảng.",
            [("80-KL/TW", "continues", "33-CT/TW")],
        ),
        (
            "Chỉ thị số 05-CT/TW tiếp tục thực hiện Chỉ thị số 03-CT/TW.",
            [("05-CT/TW", "continues", "03-CT/TW")],
        ),
        # amends, replaces, details: state documents
        (
            "Nghị định số 123/2021/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số "
            "100/2019/NĐ-CP về xử phạt.",
            [("123/2021/NĐ-CP", "amends", "100/2019/NĐ-CP")],
        ),
        (
            "Luật số 12/2017/QH14 sửa đổi, bổ sung một số điều của Bộ luật Hình sự số "
            "100/2015/QH13.",
            [("12/2017/QH14", "amends", "100/2015/QH13")],
        ),
        (
            "Nghị định số 100/2019/NĐ-CP thay thế Nghị định số 46/2016/NĐ-CP từ năm 2020.",
            [("100/2019/NĐ-CP", "replaces", "46/2016/NĐ-CP")],
        ),
        (
            "Nghị định số 40/2024/NĐ-CP quy định chi tiết một số điều của Luật số "
            "30/2023/QH15.",
            [("40/2024/NĐ-CP", "details", "30/2023/QH15")],
        ),
        (
            "Thông tư số 17/2024/TT-BCA hướng dẫn thi hành Nghị định số 40/2024/NĐ-CP.",
            [("17/2024/TT-BCA", "details", "40/2024/NĐ-CP")],
        ),
    ],
)
def test_each_relation_kind(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert relations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive verb: the document after it is the source
        (
            "Nghị định số 46/2016/NĐ-CP đã được thay thế bởi Nghị định số 100/2019/NĐ-CP.",
            [("100/2019/NĐ-CP", "replaces", "46/2016/NĐ-CP")],
        ),
        (
            "Chỉ thị số 36-CT/TW được cụ thể hóa bằng Kế hoạch số 95-KH/TU của Tỉnh ủy.",
            [("95-KH/TU", "implements", "36-CT/TW")],
        ),
    ],
)
def test_passive_turns_the_relation_round(text: str, expected: list) -> None:
    assert relations(text) == expected


# ---------------------------------------------------------------- attributes, lists


@pytest.mark.parametrize(
    "attributes",
    [
        "",
        " ngày 22/01/2019",
        ", ngày 22–01-2019 của Ban Bí thư",
        " ngày 22/1/2019 của Ban Bí thư (khóa XII)",
        " của Ban Bí thư khoá XII, ban hành ngày 22 tháng 1 năm 2019,",
        " do Ban Bí thư Trung ương Đảng ký ban hành ngày 22/1/2019",
        " (ngày 22/1/2019) được Ban Bí thư ban hành",
    ],
)
def test_source_attributes_may_stand_between(attributes: str) -> None:
    text = f"Kết luận số 44-KL/TW{attributes} về tiếp tục thực hiện Chỉ thị số 09-CT/TW."
    assert relations(text) == [("44-KL/TW", "continues", "09-CT/TW")]


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("Kế hoạch số 7-KH/TU thực hiện Chỉ thị 09-CT/TW và 18-CT/TW.",
         ["09-CT/TW", "18-CT/TW"]),
        ("Kế hoạch số 7-KH/TU thực hiện Chỉ thị số 09-CT/TW, Kết luận số 44-KL/TW và Nghị "
         "quyết số 12-NQ/TW của Bộ Chính trị.",
         ["09-CT/TW", "44-KL/TW", "12-NQ/TW"]),
        ("Kế hoạch số 7-KH/TU triển khai thực hiện tốt các Chỉ thị số 09-CT/TW ngày "
         "1/12/2011 và số 18-CT/TW ngày 4/9/2012 của Ban Bí thư.",
         ["09-CT/TW", "18-CT/TW"]),
    ],
)
def test_coordinated_targets_one_relation_each(text: str, targets: list[str]) -> None:
    assert relations(text) == [("7-KH/TU", "implements", t) for t in targets]


def test_coordinated_sources_pair_one_to_one() -> None:
    text = ("hai Kết luận số 44-KL/TW và 45-KL/TW của Ban Bí thư về tiếp tục thực hiện Chỉ thị "
            "số 09-CT/TW và 18-CT/TW")
    assert relations(text) == [
        ("44-KL/TW", "continues", "09-CT/TW"),
        ("45-KL/TW", "continues", "18-CT/TW"),
    ]


def test_later_list_member_is_not_a_target() -> None:
    text = ("Kế hoạch số 25-KH/TU ngày 30/11/2016 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận "
            "số 100-KL/TW ngày 18/8/2014 và Kết luận số 111-KL/TU ngày 14/8/2017.")
    assert relations(text) == [("25-KH/TU", "implements", "100-KL/TW")]


def test_nested_plans() -> None:
    text = ("Ban Chỉ đạo có Kế hoạch số 5-KH/BCĐ triển khai Kế hoạch số 12/KH-UBND thực hiện "
            "Chỉ thị số 09-CT/TW.")
    assert relations(text) == [
        ("5-KH/BCĐ", "implements", "12/KH-UBND"), ("12/KH-UBND", "implements", "09-CT/TW"),
    ]


def test_short_form_target_takes_its_full_form_identity() -> None:
    text = ("Kết luận số 44-KL/TW ngày 22/1/2019 của Ban Bí thư nêu rõ yêu cầu. Tỉnh ủy ban "
            "hành Kế hoạch số 174-KH/TU về việc thực hiện Kết luận 44.")
    assert relations(text) == [("174-KH/TU", "implements", "44-KL/TW")]


def test_a_topic_after_the_target_ends_the_list() -> None:
    text = ("Kết luận số 44-KL/TW về tiếp tục thực hiện Chỉ thị số 09-CT/TW về tăng cường sự "
            "lãnh đạo của Đảng và Kết luận số 45-KL/TW về tiếp tục thực hiện Chỉ thị số "
            "18-CT/TW.")
    assert relations(text) == [
        ("44-KL/TW", "continues", "09-CT/TW"),
        ("45-KL/TW", "continues", "18-CT/TW"),
    ]


# ---------------------------------------------------------------- across a clause


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ngay sau khi Chỉ thị 36-CT/TW được ban hành, Ban Thường vụ Tỉnh ủy đã có Kế "
            "hoạch số 95-KH/TU, ngày 10-10-2019 để triển khai trên địa bàn tỉnh.",
            [("95-KH/TU", "implements", "36-CT/TW")],
        ),
        (
            "Sau khi Nghị quyết số 21-NQ/TW ra đời, Thành ủy ban hành Kế hoạch số 30-KH/TU "
            "nhằm cụ thể hóa.",
            [("30-KH/TU", "implements", "21-NQ/TW")],
        ),
        (
            "Ngay sau khi Chỉ thị số 09-CT/TW và Kết luận số 44-KL/TW được ban hành, Tỉnh ủy có "
            "Kế hoạch số 5-KH/TU để tiếp tục thực hiện trong toàn tỉnh.",
            [("5-KH/TU", "continues", "09-CT/TW"), ("5-KH/TU", "continues", "44-KL/TW")],
        ),
        (
            "Sau khi Chỉ thị 36-CT/TW được ban hành, tỉnh có Kế hoạch số 95-KH/TU để triển "
            "khai thực hiện chỉ thị này.",
            [("95-KH/TU", "implements", "36-CT/TW")],
        ),
    ],
)
def test_purpose_clause_takes_the_antecedent_in_the_sentence(text: str, expected: list) -> None:
    assert relations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the purpose verb has an object of its own
        "Sau khi Chỉ thị 36-CT/TW được ban hành, tỉnh có Kế hoạch số 95-KH/TU để triển khai "
        "công tác phòng, chống ma túy.",
        # the antecedent is in another sentence
        "Chỉ thị số 36-CT/TW được ban hành năm 2019. Tỉnh ủy có Kế hoạch số 95-KH/TU để triển "
        "khai trên địa bàn.",
        # no purpose link
        "Sau khi Chỉ thị 36-CT/TW được ban hành, tỉnh có Kế hoạch số 95-KH/TU triển khai "
        "trên địa bàn.",
        # the earlier document is not named in a clause that opens the sentence with an
        # opener or an implementing verb
        "Báo cáo số 20/BC-UBND cho biết tỉnh đã ban hành Kế hoạch số 5/KH-UBND để triển khai "
        "trong toàn tỉnh.",
    ],
)
def test_purpose_clause_without_an_antecedent(text: str) -> None:
    assert relations(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập "
            "và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, Ban Thường vụ Huyện ủy đã "
            "ban hành Kế hoạch số 20-KH/HU ngày 5/7/2016.",
            [("20-KH/HU", "implements", "05-CT/TW")],
        ),
        (
            "Để triển khai Kết luận số 44-KL/TW và Chỉ thị số 09-CT/TW, Đảng ủy Công an Trung "
            "ương ban hành Kế hoạch số 35-KH/ĐUCA.",
            [("35-KH/ĐUCA", "implements", "44-KL/TW"), ("35-KH/ĐUCA", "implements", "09-CT/TW")],
        ),
        (
            "Ngày 5/7, thực hiện Nghị quyết số 12-NQ/TW, Bộ Công an đã ban hành Thông tư số "
            "15/2022/TT-BCA.",
            [("15/2022/TT-BCA", "implements", "12-NQ/TW")],
        ),
    ],
)
def test_fronted_purpose_clause_and_issuing_subject(text: str, expected: list) -> None:
    assert relations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Thực hiện Chỉ thị số 09-CT/TW, Công an tỉnh tổ chức hội nghị và ban hành Kế hoạch số "
        "12-KH/CAT.",
        "Năm 2020, thực hiện Chỉ thị 09-CT/TW tỉnh đạt nhiều kết quả. Ban Thường vụ Tỉnh ủy, "
        "ban hành Kế hoạch 12-KH/TU.",
        "Sau 5 năm thực hiện Chỉ thị số 09-CT/TW, Tỉnh ủy ban hành Kế hoạch số 5-KH/TU.",
    ],
)
def test_fronted_clause_needs_the_cue_and_the_issuing(text: str) -> None:
    assert relations(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "xử phạt theo Nghị định số 100/2019/NĐ-CP (được sửa đổi, bổ sung tại Nghị định số "
            "123/2021/NĐ-CP) của Chính phủ",
            [("123/2021/NĐ-CP", "amends", "100/2019/NĐ-CP")],
        ),
        (
            "Nghị định số 100/2019/NĐ-CP (thay thế Nghị định số 46/2016/NĐ-CP) có hiệu lực.",
            [("100/2019/NĐ-CP", "replaces", "46/2016/NĐ-CP")],
        ),
        (
            "Luật số 30/2023/QH15 được quy định chi tiết tại Nghị định số 40/2024/NĐ-CP.",
            [("40/2024/NĐ-CP", "details", "30/2023/QH15")],
        ),
    ],
)
def test_relations_in_parentheses_and_passive(text: str, expected: list) -> None:
    assert relations(text) == expected


# ---------------------------------------------------------------- not relations


@pytest.mark.parametrize(
    "text",
    [
        # co-mention
        "Đồng chí yêu cầu thực hiện Chỉ thị 09-CT/TW và Kết luận 44-KL/TW của Ban Bí thư.",
        "tiếp tục thực hiện Chỉ thị số 09-CT/TW ngày 01/12/2011 của Ban Bí thư khoá XI và "
        "Kết luận số 44-KL/TW ngày 22/01/2019 của Ban Bí thư về phong trào.",
        # a meeting or report about a document has no document as its source
        "Tổ chức Hội nghị quán triệt Kết luận 44-KL/TW và sơ kết thực hiện Chỉ thị 09-CT/TW.",
        "Chỉ thị số 09-CT/TW. Hội nghị quán triệt Kết luận số 44-KL/TW được tổ chức.",
        "Báo cáo tổng kết thực hiện Chỉ thị số 09-CT/TW của Ban Bí thư.",
        # another clause or a topic between the two
        "Tiếp tục quán triệt Chỉ thị 36-CT/TW, gắn với thực hiện Kết luận số 13-KL/TW.",
        "Nghị quyết số 12-NQ/TW về đẩy mạnh xây dựng lực lượng; đồng thời tiếp tục thực hiện "
        "Chỉ thị số 09-CT/TW.",
        "Nghị quyết số 96/2019/QH14 của Quốc hội về công tác phòng, chống tội phạm và công "
        "tác thi hành án, cũng như Chỉ thị số 36-CT/TW của Bộ Chính trị.",
        "Căn cứ Nghị định số 100/2019/NĐ-CP, thực hiện Chỉ thị số 23-CT/TW, Tỉnh đoàn ra quân.",
        "Chỉ thị số 09-CT/TW và thực hiện Kết luận số 44-KL/TW.",
        "Kế hoạch số 5-KH/TU tổng kết 10 năm thực hiện Chỉ thị số 09-CT/TW.",
        "Kế hoạch số 12/KH-TA của Tòa án.\nThực hiện Nghị quyết số 96/2019/QH14.",
        # a report on, or a charge about, a document does not carry it out
        "Báo cáo số 20-BC/TU về việc thực hiện Chỉ thị số 09-CT/TW được thông qua.",
        # a document cannot carry out one issued after it
        "Kế hoạch số 25-KH/TU ngày 30/11/2016 thực hiện Kết luận số 111-KL/TU ngày 14/8/2017.",
        # a document and itself
        "Kết luận số 44-KL/TW về việc thực hiện Kết luận 44 trong toàn quốc.",
        # the verb's object is not the document
        "Nghị định số 40/2024/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật; "
        "Nghị quyết số 12-NQ/TW của Bộ Chính trị.",
    ],
)
def test_not_relations(text: str) -> None:
    assert relations(text) == []


# ---------------------------------------------------------------- the evidence span


def test_evidence_span_runs_from_source_to_target() -> None:
    text = ("Ngày 22-7, Tỉnh ủy ban hành Kế hoạch số 174-KH/TU về việc thực hiện Kết luận "
            "số 44-KL/TW. Hội nghị đã kết thúc.")
    refs = find_doc_refs(text)
    (rel,) = find_doc_relations(text, refs)
    assert rel == DocRelation(
        "implements", 0, 1, "Kế hoạch số 174-KH/TU về việc thực hiện Kết luận số 44-KL/TW",
        text.index("Kế hoạch"), text.index("-KL/TW") + len("-KL/TW"),
    )
    assert text[rel.start:rel.end] == rel.text


def test_no_refs_no_relations() -> None:
    assert find_doc_relations("Kế hoạch thực hiện nghị quyết", []) == []


# ---------------------------------------------------------------- robustness and speed

_PIECES = st.sampled_from([
    "Kế hoạch số 174-KH/TU", "Kết luận số 44-KL/TW", "Chỉ thị 09-CT/TW", "và", ",", ".",
    "18-CT/TW", "về việc thực hiện", "về tiếp tục thực hiện", "để triển khai", "ngày 1/2/2019",
    "của Ban Bí thư", "được thay thế bởi", "sửa đổi, bổ sung", " ", "\n",
    "Nghị định số 1/2020/NĐ-CP", "Thực hiện", "Tỉnh ủy ban hành", "Sau khi",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES | st.text(max_size=5), max_size=40).map(" ".join))
def test_any_text_gives_valid_relations(text: str) -> None:
    refs = resolve_doc_refs(find_doc_refs(text))
    for rel in find_doc_relations(text, refs):
        assert text[rel.start:rel.end] == rel.text
        assert 0 <= rel.source < len(refs) and 0 <= rel.target < len(refs)
        assert rel.source != rel.target
        assert rel.relation in {"implements", "continues", "amends", "replaces", "details"}


@pytest.mark.parametrize(
    "text",
    [
        "Kế hoạch số 1-KH/TU " + "Ấ " * 50_000 + "thực hiện Chỉ thị 09-CT/TW",
        "Kế hoạch số 1-KH/TU của " + "Ban " * 50_000 + "thực hiện Chỉ thị 09-CT/TW",
        "Kế hoạch số 1-KH/TU ngày " + "1" * 100_000,
        "Kế hoạch số 1-KH/TU về " + "tiếp tục, " * 20_000 + "thực hiện Chỉ thị 09-CT/TW",
        "Kế hoạch số 1-KH/TU thực hiện Chỉ thị 09-CT/TW, " * 5_000,
        "Kế hoạch số 1-KH/TU để triển khai. " * 5_000,
    ],
)
def test_linear_time_on_pathological_input(text: str) -> None:
    refs = find_doc_refs(text)
    started = time.perf_counter()
    find_doc_relations(text, refs)
    assert time.perf_counter() - started < 2.0


def test_speed_on_article_text() -> None:
    relation = (
        "Ngày 22-7-2019, Ban Thường vụ Tỉnh ủy Kiên Giang ban hành Kế hoạch số 174-KH/TU về "
        "việc thực hiện Kết luận số 44-KL/TW, ngày 22–01-2019 của Ban Bí thư về tiếp tục đẩy "
        "mạnh thực hiện Chỉ thị số 09-CT/TW.\n"
    )
    prose = (
        "Các cấp ủy, chính quyền tập trung lãnh đạo, chỉ đạo, phát huy sức mạnh tổng hợp của "
        "cả hệ thống chính trị trong phong trào toàn dân bảo vệ an ninh Tổ quốc, gắn với các "
        "cuộc vận động và phong trào thi đua yêu nước ở khu dân cư, xã, phường, thị trấn.\n"
    )
    co_mention = (
        "Đồng chí yêu cầu tiếp tục quán triệt Chỉ thị 36, gắn với thực hiện Nghị quyết số "
        "12-NQ/TW của Bộ Chính trị về đẩy mạnh xây dựng lực lượng Công an nhân dân.\n"
    )
    # ~700 kB, five mentions in 1.8 kB: the density of the seeds' articles
    text = (relation + prose * 6 + co_mention) * 400
    refs = find_doc_refs(text)
    found = find_doc_relations(text, refs)
    elapsed = cpu_seconds(lambda: find_doc_relations(text, refs))
    assert len(found) == 800
    # A guard against a quadratic or per-character regression (it runs at ~15-20 MB/s on
    # a quiet machine), not a benchmark: the floor leaves room for a loaded CI runner.
    assert len(text) / elapsed > 3_000_000, f"{len(text) / elapsed / 1e6:.1f} MB/s"


# A bare type word after a purpose clause stands for the one earlier document of that
# type in the article, even across sentences.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tỉnh ủy sơ kết Chỉ thị số 28-CT/TW ngày 21/9/2018. Tỉnh ủy đã ban hành Kế hoạch "
         "số 145-KH/TU ngày 5/11/2018 để thực hiện Chỉ thị.",
         [("implements", "145-KH/TU", "28-CT/TW")]),
        ("Nghị quyết số 12-NQ/TW rất quan trọng. Huyện ủy ban hành Kế hoạch số 20-KH/HU "
         "để triển khai Nghị quyết này.",
         [("implements", "20-KH/HU", "12-NQ/TW")]),
        ("Bàn về Chị thị số 05-CT/TW. Đảng ủy ban hành Kế hoạch số 3-KH/ĐU để thực hiện "
         "Chỉ thị trên.",  # the earlier mention misspelt: same type
         [("implements", "3-KH/ĐU", "05-CT/TW")]),
        # two directives named before: which one is meant is not said
        ("Thực hiện Chỉ thị số 28-CT/TW và Chỉ thị số 05-CT/TW. Tỉnh ủy ban hành Kế hoạch "
         "số 145-KH/TU để thực hiện Chỉ thị.", []),
        # the type word names no earlier document
        ("Nghị quyết số 12-NQ/TW rất quan trọng. Huyện ủy ban hành Kế hoạch số 20-KH/HU "
         "để triển khai Chỉ thị.", []),
    ],
)
def test_a_bare_type_word_names_the_one_earlier_document(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    refs = find_doc_refs(text)
    got = [(r.relation, refs[r.source].id, refs[r.target].id)
           for r in find_doc_relations(text, refs)]
    assert got == expected
