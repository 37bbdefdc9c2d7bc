"""Fast paths of ttcorpus.extract.relations give exactly what their plain definitions
give, on generated text: the attributes after a mention read by one call, and the
cheap tests tried first."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from ttcorpus.extract import relations
from ttcorpus.extract.docrefs import find_doc_refs
from ttcorpus.extract.relations import _FRONTED_CUE, _ISSUING_SUBJECT, _Mentions
from ttcorpus.extract.resolve import resolve_doc_refs

_DOCUMENTS = [
    "Kế hoạch số 174-KH/TU",
    "Kết luận số 44-KL/TW",
    "Chỉ thị 09-CT/TW",
    "18-CT/TW",
    "Nghị định số 123/2021/NĐ-CP",
    "Nghị định 46/2016/NĐ-CP",
    "Báo cáo số 20-BC/TU",
]
_ATTRIBUTES = [
    " ngày 22/1/2019",
    " ngày 10-10-2019",
    ", ngày 22–01-2019",
    " năm 2019",
    " (năm 2020)",
    " khóa XII",
    " của Ban Bí thư",
    " của Ban Thường vụ Tỉnh ủy Kiên Giang",
    " do Chính phủ",
    " ban hành",
    " được Quốc hội khóa XV thông qua",
    " đã được ban hành",
    " ký ngày 1 tháng 2 năm 2020",
    " của",
    " Ban",
    " Bộ Chính trị",
    " - Hà Nội",
    " và",
    " triển khai",
    ", ",
    " ",
]
_CUES = [
    " về việc",
    " về",
    " để",
    " nhằm",
    " thực hiện",
    " triển khai",
    " tiếp tục",
    " đẩy mạnh",
    " sửa đổi, bổ sung",
    " một số điều của",
    " thay thế",
    " được thay thế bởi",
    " các",
    " trên địa bàn tỉnh",
    "Thực hiện ",
    "Ngay sau khi ",
    ", Ban Thường vụ Huyện ủy đã ban hành ",
    ", Huyện ủy có ",
    ". ",
    "\n",
    " x",
]
_PIECES = st.lists(st.sampled_from(_DOCUMENTS + _ATTRIBUTES + _CUES), max_size=30).map("".join)
# sentences shaped like relations, fronted clauses and purpose clauses, with noise
_LINKS = ["", " về việc", " về", " để", " nhằm", ", nhằm", " (", " “"]
_VERBS = [
    " thực hiện",
    " triển khai",
    " tiếp tục thực hiện",
    " đẩy mạnh thực hiện có hiệu quả",
    " sửa đổi, bổ sung một số điều của",
    " thay thế",
    " được thay thế bởi",
    " cụ thể hóa",
    " quy định chi tiết",
    " hướng dẫn thi hành",
    " học tập, quán triệt và thực hiện",
]
_RELATION = st.tuples(
    st.sampled_from(["", "Thực hiện ", "Ngay sau khi ", "Tỉnh ủy ban hành "]),
    st.sampled_from(_DOCUMENTS),
    st.sampled_from(["", *_ATTRIBUTES]),
    st.sampled_from(["", " và 18-CT/TW", ", Kết luận số 45-KL/TW"]),
    st.sampled_from(_LINKS),
    st.sampled_from(_VERBS),
    st.sampled_from(["", " các", " tốt"]),
    st.just(" "),
    st.sampled_from(_DOCUMENTS),
    st.sampled_from(["", *_ATTRIBUTES]),
    st.sampled_from(["", " để triển khai trên địa bàn.", ".", ", "]),
)
_FRONTED = st.tuples(
    st.sampled_from(["Thực hiện ", "Tiếp tục thực hiện ", "Để triển khai ", "Về "]),
    st.sampled_from(_DOCUMENTS),
    st.sampled_from(["", *_ATTRIBUTES]),
    st.sampled_from(
        [
            ", Ban Thường vụ Huyện ủy đã ban hành ",
            ", Huyện ủy có ",
            ". Tỉnh ủy ra ",
            ", Ban Thường vụ Tỉnh ủy ban hành các ",
        ]
    ),
    st.sampled_from(_DOCUMENTS),
)
_SENTENCE = (_RELATION | _FRONTED).map("".join)
_TEXT = st.lists(_SENTENCE | _PIECES, min_size=1, max_size=3).map("".join)


# ---------------------------------------------------------------- the attributes

_ONE_ATTRIBUTE = regex.compile(relations._ATTRIBUTE)


def _plain_attributes_end(text: str, pos: int, limit: int) -> int:
    """The attributes read one at a time, each where the previous one ended."""
    for _ in range(relations._MAX_ATTRIBUTES):
        m = _ONE_ATTRIBUTE.match(text, pos, limit)
        if m is None:
            break
        pos = m.end()
    return pos


@settings(max_examples=400, deadline=None)
@given(
    st.tuples(
        st.lists(st.sampled_from(_ATTRIBUTES), max_size=10).map("".join),
        st.lists(st.sampled_from(_ATTRIBUTES + _CUES), max_size=4).map("".join),
    ).map("".join),
    st.integers(0, 60),
)
def test_attributes_read_in_one_call(text: str, cut: int) -> None:
    limit = max(0, len(text) - cut)
    fast = relations._ATTRIBUTES.match(text, 0, limit).end()
    assert fast == _plain_attributes_end(text, 0, limit)


# ---------------------------------------------------------------- cheap tests first


def _plain_fronted(mentions: _Mentions, source: int) -> tuple[str, list[int]] | None:
    """``_Mentions.fronted`` with its tests in the order of the definition."""
    text, refs = mentions.text, mentions.refs
    start, j = refs[source].start, source - 1
    if (
        j < 0
        or relations._ISSUE_VERB_BEFORE.match(text, max(0, start - relations._MAX_JOIN), start)
        is None
    ):
        return None
    comma = text.rfind(",", max(0, start - relations._SUBJECT_WINDOW), start)
    if comma < refs[j].end or relations._SENTENCE_BREAK.search(text, refs[j].end, comma):
        return None
    if _ISSUING_SUBJECT.fullmatch(text, comma, start) is None:
        return None
    targets = mentions.list_before(j)
    first = refs[targets[0]].start
    cue = _FRONTED_CUE.match(text, max(0, first - relations._MAX_CUE), first)
    if cue is None:
        return None
    return ("continues" if cue.group("continuation") else "implements"), targets


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_cheap_tests_first_change_nothing(text: str) -> None:
    refs = resolve_doc_refs(find_doc_refs(text))
    fast, plain = _Mentions(text, refs), _Mentions(text, refs)
    for i in range(len(refs)):
        assert fast.fronted(i) == _plain_fronted(plain, i)
        # a purpose clause after the first mention has no antecedent to carry out
        assert i > 0 or fast.antecedents(i) == []


def _plain_cue(mentions: _Mentions, i: int) -> regex.Match[str] | None:
    """``_Mentions.cue`` without the test of the last letter before the target."""
    end = mentions.gap_end(i)
    if end is None:
        return None
    pos = mentions.attributes_end(i)
    if not pos <= end <= pos + relations._MAX_CUE:
        return None
    return relations._CUE.fullmatch(mentions.text, pos, end)


def _plain_purpose_clause(mentions: _Mentions, i: int) -> regex.Match[str] | None:
    """``_Mentions.purpose_clause`` without the test of the first letter."""
    m = relations._PURPOSE_CLAUSE.match(mentions.text, mentions.attributes_end(i))
    if m is None or (i + 1 < len(mentions.refs) and m.end() > mentions.refs[i + 1].start):
        return None
    return m


def _span(m: regex.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_letter_tests_before_cue_and_purpose_change_nothing(text: str) -> None:
    refs = resolve_doc_refs(find_doc_refs(text))
    fast, plain = _Mentions(text, refs), _Mentions(text, refs)
    for i in range(len(refs)):
        assert _span(fast.cue(i)) == _span(_plain_cue(plain, i))
        assert _span(fast.purpose_clause(i)) == _span(_plain_purpose_clause(plain, i))


# Odd spellings the letter tests must still let through: any case (the Kelvin sign is a
# "k" to the patterns), any white space, quotes.
_ODD = st.lists(
    st.sampled_from(
        [
            *_CUES,
            *_VERBS,
            *_LINKS,
            " ĐỂ TRIỂN KHAI",
            " NHẰM thực hiện",
            " Để Thực Hiện",
            " BAN HÀNH",
            " ban hành",
            " CÓ",
            " các",
            " CÁC",
            " THỰC HIỆN",
            " \u212aý",
            "\u00a0",
            "\u2003",
            "\x1c",
            "  ",
            '"',
            "“",
            ",",
            " Kế hoạch",
        ]
    ),
    max_size=12,
).map("".join)


def _check_letter_tests(text: str) -> None:
    """Wherever a pattern matches, the letter test tried before it passes."""
    for end in range(len(text) + 1):
        lo = max(0, end - relations._MAX_JOIN)
        if relations._ISSUE_VERB_BEFORE.match(text, lo, end) is not None:
            assert relations._char_before(text, end) in relations._ISSUE_VERB_LAST
        for pos in range(max(0, end - 40), end):
            if relations._CUE.fullmatch(text, pos, end) is not None:
                assert relations._char_before(text, end, relations._QUOTES) in relations._CUE_LAST
    for pos in range(len(text)):
        if relations._PURPOSE_CLAUSE.match(text, pos) is not None:
            assert relations._char_after(text, pos) in relations._PURPOSE_FIRST


@settings(max_examples=250, deadline=None)
@given(_ODD)
def test_letter_tests_never_reject_a_match(text: str) -> None:
    _check_letter_tests(text)


_EVERY_CHARACTER = "".join(chr(c) for c in range(0x30000) if not 0xD800 <= c < 0xE000)


def test_any_case_is_what_the_patterns_match() -> None:
    letters = {
        c
        for phrases in relations._cues().values()
        for p in phrases
        for c in (p.lower()[0], p.lower()[-1])
    }
    for letter in sorted(letters):
        matched = set(regex.findall(f"(?i:{regex.escape(letter)})", _EVERY_CHARACTER))
        assert relations._any_case(letter) == matched, letter


@pytest.mark.parametrize(
    "text",
    [
        "Tỉnh ủy ban hành CÁC Kế hoạch",
        "Huyện ủy CÓ\u00a0Kế hoạch",
        "Huyện ủy đã ban hành\u2003 các  Kế hoạch",
        "Kế hoạch số 1-KH/TU THỰC HIỆN “Chỉ thị",
        "Nghị định 46 ĐƯỢC THAY THẾ BỞI Nghị định",
        "Kế hoạch, ĐỂ TRIỂN KHAI trên địa bàn",
        "Kế hoạch\u00a0,\u2003Nhằm thực hiện.",
    ],
)
def test_letter_tests_let_odd_spellings_through(text: str) -> None:
    _check_letter_tests(text)
