"""HTML left in scraped text: references decoded, tags dropped, lines kept."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ttcorpus.clean import clean_article
from ttcorpus.clean.markup import unmark


@pytest.mark.parametrize(
    ("text", "expected", "count"),
    [
        ("Sở GD&amp;ĐT tỉnh", "Sở GD&ĐT tỉnh", 1),
        ("giai đoạn 2021&#8211;2025, 2026&#x2013;2030", "giai đoạn 2021–2025, 2026–2030", 2),
        ('<p class="lead">Sáng 5/3,</p> <strong>Bộ</strong>', " Sáng 5/3,   Bộ ", 4),
        ('<a href="/tin/1.html" title="x">Xem</a><br/>', " Xem  ", 3),
        ("&amp;quot;Dân vận khéo&amp;quot;", '"Dân vận khéo"', 4),  # escaped twice
        ("dòng một&#10;vẫn dòng một", "dòng một vẫn dòng một", 1),  # no new line
        # text, not markup
        ("Trẻ em <6 tuổi và người >60 tuổi", "Trẻ em <6 tuổi và người >60 tuổi", 0),
        ("R&D, AT&T, Q&A", "R&D, AT&T, Q&A", 0),
        ("&khongco; và <khong> thẻ", "&khongco; và <khong> thẻ", 0),
    ],
)
def test_unmark(text: str, expected: str, count: int) -> None:
    assert unmark(text) == (expected, count)


_PIECES = ["&amp;", "&quot;", "&nbsp;", "&#10;", "&#8211;", "<br>", "</p>", "<b>", "amp;",
           "&", "<", ">", ";", "a", " ", "\n", "\r", "\u2028", "Hà", "lt;", "br>", "#", "<a"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_unmark_keeps_every_line(text: str) -> None:
    out, _ = unmark(text)
    assert len(out.splitlines()) == len(text.splitlines())


def test_a_paragraph_ending_in_a_tag_is_still_a_paragraph() -> None:
    para = ("Sáng 12/3, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết phong trào thi đua "
            "&quot;Dân vận khéo&quot; với sự tham dự của đại biểu các huyện.<br>")
    page = "\n".join(["Tổng kết phong trào Dân vận khéo", para, para.replace("Sáng", "Chiều")])
    a = clean_article(page)
    assert a.title == "Tổng kết phong trào Dân vận khéo"
    assert a.text.count("\n") == 1 and '"Dân vận khéo"' in a.text and "<br>" not in a.text
    assert a.warnings == [
        "HTML in the text: 6 character reference(s) decoded or tag(s) dropped"
    ]
