"""find_doc_relations, session 4: a bare verb after attributes set off by commas, "quy
định chi tiết thi hành", a passive that reaches back across the source's title clause,
and a sentence opened by "Ngay sau khi <type word>" naming the document carried out."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.timing import cpu_seconds
from ttcorpus.extract import relations
from ttcorpus.extract.docrefs import find_doc_refs
from ttcorpus.extract.relations import _Mentions, find_doc_relations
from ttcorpus.extract.resolve import resolve_doc_refs
from ttcorpus.models import DocRef


def relations_of(text: str) -> list[tuple[str, str, str]]:
    """(source, relation, target) of every relation found, each side by its id (or type
    and number)."""
    refs = resolve_doc_refs(find_doc_refs(text))
    return [(_name(refs[r.source]), r.relation, _name(refs[r.target]))
            for r in find_doc_relations(text, refs)]


def _name(ref: DocRef) -> str:
    return ref.id or f"{ref.type} {ref.number}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 1. attributes set off by commas, then a bare implementing verb
        (
            "Thành ủy ban hành Kế hoạch số 88-KH/TU, ngày 15-3-2023, thực hiện Nghị quyết "
            "số 06-NQ/TW của Bộ Chính trị.",
            [("88-KH/TU", "implements", "06-NQ/TW")],
        ),
        (
            "Tỉnh ủy ban hành Kế hoạch số 12-KH/HU, ngày 2-8-2021, của Ban Thường vụ "
            "Huyện ủy, triển khai Chỉ thị số 05-CT/TW.",
            [("12-KH/HU", "implements", "05-CT/TW")],
        ),
        (
            "Chương trình số 07-CTr/TU, ngày 9/9/2022, tiếp tục thực hiện Kết luận số "
            "21-KL/TW.",
            [("07-CTr/TU", "continues", "21-KL/TW")],
        ),
        # the same without commas, or with a link, worked before and still does
        (
            "Kế hoạch số 88-KH/TU ngày 15-3-2023 thực hiện Nghị quyết số 06-NQ/TW.",
            [("88-KH/TU", "implements", "06-NQ/TW")],
        ),
        (
            "Kế hoạch số 88-KH/TU, ngày 15-3-2023, về thực hiện Nghị quyết số 06-NQ/TW.",
            [("88-KH/TU", "implements", "06-NQ/TW")],
        ),
        # 2. "quy định chi tiết thi hành một số điều của", after an issuer block
        (
            "Nghị định số 31/2021/NĐ-CP, ngày 26-3-2021, của Chính phủ quy định chi tiết "
            "thi hành một số điều của Luật Đầu tư số 61/2020/QH14 đã phát huy hiệu quả.",
            [("31/2021/NĐ-CP", "details", "61/2020/QH14")],
        ),
        (
            "Nghị định số 31/2021/NĐ-CP của Chính phủ quy định chi tiết thi hành Luật Đầu "
            "tư số 61/2020/QH14.",
            [("31/2021/NĐ-CP", "details", "61/2020/QH14")],
        ),
        (
            "Nghị định số 31/2021/NĐ-CP, của Chính phủ, hướng dẫn thi hành một số điều của "
            "Luật Đầu tư số 61/2020/QH14.",
            [("31/2021/NĐ-CP", "details", "61/2020/QH14")],
        ),
        # 3. a passive after a comma reaches back across the source's title clause
        (
            "Bộ rà soát Nghị định 47/2019/NĐ-CP quy định tổ chức bộ máy, biên chế và chế "
            "độ làm việc của sở, đã được sửa đổi, bổ sung bởi Nghị định 12/2022/NĐ-CP.",
            [("12/2022/NĐ-CP", "amends", "47/2019/NĐ-CP")],
        ),
        (
            "Thông tư 05/2018/TT-BNV về quản lý hồ sơ công chức, được thay thế bởi Thông "
            "tư 06/2023/TT-BNV.",
            [("06/2023/TT-BNV", "replaces", "05/2018/TT-BNV")],
        ),
        (
            "Luật số 45/2019/QH14 về lao động, được hướng dẫn tại Nghị định số "
            "145/2020/NĐ-CP.",
            [("145/2020/NĐ-CP", "details", "45/2019/QH14")],
        ),
        (
            "Nghị định 47/2019/NĐ-CP ngày 5/6/2019 của Chính phủ về tổ chức bộ máy, đã "
            "được sửa đổi bởi Nghị định 12/2022/NĐ-CP và Nghị định 30/2023/NĐ-CP.",
            [("12/2022/NĐ-CP", "amends", "47/2019/NĐ-CP"),
             ("30/2023/NĐ-CP", "amends", "47/2019/NĐ-CP")],
        ),
        # 4. "Ngay sau khi <type word> …": the one document of that type named before
        (
            "Hội nghị sơ kết Chỉ thị số 11-CT/TW ngày 3/4/2017 của Ban Bí thư. Ngay sau "
            "khi Chỉ thị được ban hành, Huyện ủy đã ban hành Kế hoạch số 30-KH/HU ngày "
            "5/6/2017 để triển khai thực hiện; năm 2020 ban hành Kế hoạch số 50-KH/HU.",
            [("30-KH/HU", "implements", "11-CT/TW")],
        ),
        # a document type word in the title of another type (a decree amends no law):
        # the passive is about the decree (a same-type word in the title is a negative
        # case of tests/test_docrefs_s5b.py)
        (
            "Nghị định 43/2014/NĐ-CP quy định chi tiết một số điều của Luật Đất đai, đã được "
            "sửa đổi bởi Nghị định 01/2017/NĐ-CP.",
            [("01/2017/NĐ-CP", "amends", "43/2014/NĐ-CP")],
        ),
    ],
)
def test_relation_found(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert relations_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a comma and a bare verb after a document with no attributes chain activities
        "Học tập Nghị quyết số 06-NQ/TW, thực hiện Chỉ thị số 05-CT/TW.",
        # attributes not opened by a comma: still no relation
        "Quán triệt Nghị quyết số 06-NQ/TW ngày 15/3/2023, thực hiện Chỉ thị số 05-CT/TW.",
        # the source is itself an activity's object: the verbs are chained
        "Hội nghị quán triệt Nghị quyết số 06-NQ/TW, ngày 15-3-2023, của Bộ Chính trị, "
        "triển khai Kết luận số 21-KL/TW.",
        "Đảng bộ thực hiện các Nghị quyết số 06-NQ/TW, ngày 15-3-2023, thực hiện Kết luận "
        "số 21-KL/TW.",
        # a topic between the block and the verb
        "Kế hoạch số 88-KH/TU, ngày 15-3-2023, gắn với thực hiện Nghị quyết số 06-NQ/TW.",
        # across a title: an agent other than "bởi"/"tại"
        "Nghị định 15/2020/NĐ-CP về xử phạt vi phạm hành chính, được thực hiện theo "
        "Thông tư 10/2021/TT-BTC.",
        # across a title: no comma right before the passive (another subject)
        "Nghị định 15/2020/NĐ-CP về xử phạt, các mức phạt đã được sửa đổi bởi Nghị định "
        "14/2022/NĐ-CP.",
        # no title opener after the document
        "Nghị định 15/2020/NĐ-CP và các văn bản liên quan, đã được sửa đổi bởi Nghị định "
        "14/2022/NĐ-CP.",
        # a sentence break inside the "title"
        "Nghị định 15/2020/NĐ-CP về xử phạt. Quyết định này, đã được sửa đổi bởi Nghị "
        "định 14/2022/NĐ-CP.",
        # a title longer than a clause
        "Nghị định 15/2020/NĐ-CP về " + "công tác quản lý nhà nước " * 9 + ", đã được sửa "
        "đổi bởi Nghị định 14/2022/NĐ-CP.",
        # "Ngay sau khi <type>": two documents of that type named before
        "Hội nghị sơ kết Chỉ thị số 11-CT/TW và Chỉ thị số 12-CT/TW. Ngay sau khi Chỉ "
        "thị được ban hành, Huyện ủy đã ban hành Kế hoạch số 30-KH/HU để triển khai.",
        # … a type word of no document named before
        "Hội nghị sơ kết Chỉ thị số 11-CT/TW. Ngay sau khi Luật được ban hành, Huyện ủy "
        "đã ban hành Kế hoạch số 30-KH/HU để triển khai.",
        # … the opener not at the start of the sentence
        "Hội nghị sơ kết Chỉ thị số 11-CT/TW. Huyện ủy họp ngay sau khi Chỉ thị được ban "
        "hành và ban hành Kế hoạch số 30-KH/HU để triển khai.",
        # … no opener at all
        "Hội nghị sơ kết Chỉ thị số 11-CT/TW. Huyện ủy đã ban hành Kế hoạch số 30-KH/HU "
        "để triển khai.",
    ],
)
def test_no_relation(text: str) -> None:
    assert relations_of(text) == []


# ---------------------------------------------------------------- properties

_PIECES = [
    "Kế hoạch số 88-KH/TU", "Nghị định 47/2019/NĐ-CP", "Nghị quyết số 06-NQ/TW",
    "Chỉ thị", ", ngày 15-3-2023,", " ngày 5/6/2019", ", của Chính phủ,", " của Chính phủ",
    " thực hiện ", " quy định chi tiết thi hành ", " một số điều của ", " quy định ",
    " về ", "Về", ", đã được sửa đổi, bổ sung bởi ", " được thay thế tại ", " chức năng",
    ", nhiệm vụ", ". ", "Ngay sau khi ", " để triển khai", " HƯỚNG DẪN ", "“", " ", ",",
    "\u00a0", "\n", "Luật", " ĐÃ ĐƯỢC SỬA ĐỔI BỞI ",
]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(_TEXT, st.text(max_size=200)))
def test_any_text_gives_valid_relations(text: str) -> None:
    refs = resolve_doc_refs(find_doc_refs(text))
    for r in find_doc_relations(text, refs):
        assert text[r.start:r.end] == r.text
        assert 0 <= r.source < len(refs) and 0 <= r.target < len(refs)
        assert r.relation in relations.RELATIONS


def _plain_after_block(m: _Mentions, i: int) -> regex.Match[str] | None:
    """``_Mentions.cue_after_block`` without the letter tests."""
    end, pos = m.gap_end(i), m.attributes_end(i)
    if pos == m.ends[i] or end is None or not pos <= end <= pos + relations._MAX_CUE:
        return None
    if m.text[m.ends[i]:pos].lstrip()[:1] != ",":
        return None
    cue = relations._CUE_AFTER_BLOCK.fullmatch(m.text, pos, end)
    start = m.starts[i]
    if cue is None or relations._VERB_BEFORE_SOURCE.match(m.text, max(0, start - 40), start):
        return None
    return cue


def _plain_after_title(m: _Mentions, i: int) -> regex.Match[str] | None:
    """``_Mentions.passive_after_title`` without the letter tests."""
    end, pos = m.gap_end(i), m.attributes_end(i)
    if end is None:
        return None
    title = relations._TITLE_OPEN.match(m.text, pos, end)
    if title is None:
        return None
    p = relations._PASSIVE_BACK.match(m.text, title.end(), end)
    if p is None or p.start() - title.end() > relations._MAX_TITLE:
        return None
    if relations._TITLE_STOP.search(m.text, title.end(), p.start()) is not None:
        return None
    return p


def _span(m: regex.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_letter_tests_change_nothing(text: str) -> None:
    refs = resolve_doc_refs(find_doc_refs(text))
    fast, plain = _Mentions(text, refs), _Mentions(text, refs)
    for i in range(len(refs)):
        assert _span(fast.cue_after_block(i)) == _span(_plain_after_block(plain, i))
        assert _span(fast.passive_after_title(i)) == _span(_plain_after_title(plain, i))


def test_runs_of_titles_and_blocks_stay_linear() -> None:
    def run(n: int) -> float:
        text = ("Nghị định 47/2019/NĐ-CP quy định chức năng, nhiệm vụ, đã được sửa đổi bởi "
                "Kế hoạch số 88-KH/TU, ngày 15-3-2023, " + "chức năng, " * 20) * n
        refs = resolve_doc_refs(find_doc_refs(text))
        return cpu_seconds(lambda: find_doc_relations(text, refs), repeat=3)

    assert run(2000) < 25 * run(200) + 0.02
