"""The person finder's shared scans give exactly what their plain definitions give.

``people._runs_and_titles`` finds the family-name runs and the foreign titles in one
scan, the lower-case terms of address by looking back from a capital;
``foreign_names`` reads the titles from that list. Each is checked here against the
plain patterns on generated inputs built from pieces that reach the edge cases.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from ttcorpus.extract import foreign_names, people
from ttcorpus.extract.foreign_names import ADDRESS_BEFORE_CAPITAL, find_foreign_names, title_spans

# Titles that overlap ("Phó Thủ tướng"), open a name run ("Hoàng tử"), sit inside a
# word ("không Hà", "Bà"), honorifics in both cases, family names, foreign words, the
# marks that may follow a title and a nationality bracket.
_WORDS = (
    "Phó Thủ tướng Tổng thống Hoàng tử Bộ trưởng Cao cấp Chủ tịch nước Đại sứ ông Ông "
    "bà Bà ngài Ngài không công Hà Nguyễn Văn Anh Lê Thị Y H'Hen Lào Hàn Quốc tại TP "
    "Sonexay Siphandone Park Jun-ho Marc Knapper (quốc tịch Hàn Quốc) ( ) , . đồng chí "
    "các \n - Tiến sĩ GS.TS Kim nước tại ngàiX ôngÔng"
).split(" ")
_TEXTS = st.lists(st.sampled_from(_WORDS), max_size=30).map(" ".join) | st.lists(
    st.sampled_from(_WORDS), max_size=30
).map("".join)


_CAPITAL_AFTER = re.compile(rf" [{people._UPPER}]")


def test_the_scan_stops_at_every_capital_a_foreign_name_may_open_with() -> None:
    # (a lower-case term of address is found only from the capital after it)
    assert set(foreign_names._UPPER) <= set(people._UPPER)
    for address in ADDRESS_BEFORE_CAPITAL:
        at = len(address) + 1
        assert all(people._RUN_OR_TITLE.match(f"{address} {c}", at) for c in foreign_names._UPPER)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_one_scan_finds_the_runs_and_titles_of_the_plain_patterns(text: str) -> None:
    runs, titles = people._runs_and_titles(text)
    assert runs == [m.span() for m in people.NAME_RUN.finditer(text)]
    # every title match, but a lower-case term of address that no capital follows
    assert titles == [
        (start, end)
        for start, end in title_spans(text)
        if text[start:end] not in ADDRESS_BEFORE_CAPITAL or _CAPITAL_AFTER.match(text, end)
    ]


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_foreign_names_read_from_given_titles_equal_those_searched(text: str) -> None:
    given_titles = find_foreign_names(text, titles=people._runs_and_titles(text)[1])
    assert given_titles == find_foreign_names(text)


def test_the_shared_scan_keeps_the_doctest_results() -> None:
    text = "Tiếp Đại sứ Nhật Bản tại Việt Nam Ito Naoki, Thủ tướng nói."
    assert find_foreign_names(text) == [(34, 43, "Ito Naoki", "Đại sứ Nhật Bản tại Việt Nam")]
    found = people.find_people("Ngài Marc Knapper, Đại sứ Hoa Kỳ, và ông Lê Văn Anh dự")
    assert [(p.name, p.titles) for p in found] == [
        ("Marc Knapper", ("Ngài", "Đại sứ Hoa Kỳ")),
        ("Lê Văn Anh", ("ông",)),
    ]
