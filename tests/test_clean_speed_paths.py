"""The cleaner's speed paths give exactly what their plain definitions give: the
rules tried on a line, the trailing-dateline window, the case-blind search for a
site name, the reading of indented lines, and the remembered pieces of lines whose
cutting looked something up in the page."""

from __future__ import annotations

import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ttcorpus.clean import article as article_module
from ttcorpus.clean import boilerplate as bp
from ttcorpus.clean import metadata
from ttcorpus.clean.lines import read_lines
from ttcorpus.clean.segment import (
    _RULES,
    CAPTION_GLUED_MIN_WORDS,
    GLUED_MIN_WORDS,
    LONG_LINE_TRIGGERS,
    Page,
    _rules_for,
    cutting_rules,
    needs_cutting,
    segment_line,
)
from ttcorpus.normalize import normalize_line

# ---------------------------------------------------------------------------
# Which rules are tried on a line

_TEASER_FIRST_WORDS = frozenset(p.split(" ", 1)[0].casefold() for p in bp.RELATED)


def _plain_needs_cutting(line: str, words: int, in_head: bool) -> bool:
    """``needs_cutting`` as first written: one test after the other."""
    if "|" in line:
        return True
    if in_head:
        if words >= GLUED_MIN_WORDS:
            return True
        if line.endswith(")") or " - " in line or " – " in line:
            return True
    if words < CAPTION_GLUED_MIN_WORDS:
        return False
    if any(t in line for t in LONG_LINE_TRIGGERS):
        return True
    if words >= GLUED_MIN_WORDS and line[: line.find(" ")].casefold() in _TEASER_FIRST_WORDS:
        return bp.RELATED_LEAD.match(line) is not None or "/." in line
    return False


# Bits of lines that call for every rule: rows, end marks, credits, ads, teasers,
# datelines, and plain words.
_BITS = [
    "các", "đại", "biểu", "dự", "hội", "nghị", "tại", "Hà", "Nội.", "Sáng", "12/3,",
    "|", "/.", "./.", "Ảnh:", "(Ảnh:", "Thu", "Hà)", "Ảnh", "Video", "Quảng cáo",
    "Tài trợ", "Đọc thêm:", "Xem thêm", "-", "–", "(09:39", "12/07/2017)", "19/08/2020",
    "Chia sẻ", "Facebook", "Zalo", "Trang chủ", "»", "Quang cảnh hội nghị.", "TTXVN",
    "Bà con dự ngày hội.", "Dịp này,", "Phát biểu tại hội nghị,", "☰",
]
_lines = st.lists(st.sampled_from(_BITS), min_size=1, max_size=40).map(" ".join)


def _words(line: str) -> int:
    return line.count(" ") + 1


@settings(max_examples=400, deadline=None)
@given(_lines, st.booleans())
def test_cutting_rules_empty_exactly_when_the_line_needs_no_cutting(
    line: str, in_head: bool
) -> None:
    words = _words(line)
    assert bool(cutting_rules(line, words, in_head)) == _plain_needs_cutting(line, words, in_head)
    assert needs_cutting(line, words, in_head) == _plain_needs_cutting(line, words, in_head)


def _cut(line: str, page: Page, in_head: bool, rules: tuple) -> list[tuple]:
    pieces = segment_line(line, page=page, in_head=in_head, rules=rules)
    return [(p.start, p.end, p.kind, p.after_end) for p in pieces]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_lines, st.lists(_lines, max_size=3), st.booleans())
def test_the_rules_kept_for_a_line_cut_it_as_all_rules_do(
    line: str, others: list[str], in_head: bool
) -> None:
    page = [line, *others]
    kept = _rules_for(line, in_head)
    assert _cut(line, Page(page), in_head, kept) == _cut(line, Page(page), in_head, _RULES)
    rules = cutting_rules(line, _words(line), in_head)
    if rules:
        assert rules == kept


def test_every_rule_is_kept_when_its_string_is_there() -> None:
    line = "Trang chủ | Tin tức. Ảnh: Thu Hà Quảng cáo Hội nghị kết thúc./. Chia sẻ"
    assert _rules_for(line, True) == _RULES
    assert len(_rules_for("Hội nghị giao ban công tác.", False)) == 1  # the teaser rule


# ---------------------------------------------------------------------------
# The dateline glued at the end of a title


def _plain_split_trailing_dateline(text: str) -> tuple[str, str, str] | None:
    """``split_trailing_dateline`` as first written: the whole title searched."""
    if text.endswith(")"):
        cut = text.rfind("(")
    else:
        cut = max(text.rfind(" - "), text.rfind(" – "), text.rfind(" | ")) + 1
    if cut <= 0 or len(text) - cut > metadata.TRAILING_DATELINE_MAX:
        return None
    if metadata._DATE_DIGITS.search(text, cut) is None and "tháng" not in text[cut:].lower():
        return None
    m = metadata.TRAILING_DATELINE.fullmatch(text, cut)
    iso = metadata.dateline_iso(m) if m else None
    if m is None or iso is None:
        return None
    return text[:cut].rstrip(), m.group("dateline"), iso


_TITLE_BITS = ["Hội", "nghị", "giao", "ban", "x" * 30, "-", "–", "|", "(", ")", "(khóa XI)",
               "(09:39 12/07/2017)", "- 19/08/2020", "– Thứ Tư, 19 tháng 8 năm 2020", "a-b"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_TITLE_BITS), min_size=1, max_size=12).map(" ".join))
def test_trailing_dateline_window_finds_what_the_whole_title_search_finds(title: str) -> None:
    assert metadata.split_trailing_dateline(title) == _plain_split_trailing_dateline(title)


@pytest.mark.parametrize("pad", [70, 79, 80, 81, 82, 90])
def test_trailing_dateline_window_edges(pad: int) -> None:
    for tail in ("(09:39 12/07/2017)", "- 19/08/2020", "| 19/08/2020"):
        title = "Hội nghị " + tail + " " + "x" * pad + (")" if tail[0] == "(" else "")
        assert metadata.split_trailing_dateline(title) == _plain_split_trailing_dateline(title)
        title = "Hội nghị " + "x" * pad + " " + tail
        assert metadata.split_trailing_dateline(title) == _plain_split_trailing_dateline(title)


# ---------------------------------------------------------------------------
# A site name's mixed-case spelling on the page


def test_lower_case_facts_hold_for_this_python() -> None:
    """The facts of ``str.lower`` that the case-blind search rests on."""
    chars = [chr(i) for i in range(sys.maxunicode + 1)]
    assert [c for c in chars if len(c.lower()) != 1] == [metadata.LOWER_LONGER]
    shared = {
        c.lower() for c in chars if len(c.lower()) == 1 and c.lower() not in (c, c.upper())
        and c != c.lower().upper()
    }
    assert shared == set(metadata.SHARED_LOWER)
    sigma = metadata.LOWER_IN_CONTEXT
    assert ("A" + sigma).lower()[-1] != sigma.lower()  # final sigma


def _plain_recase(name: str, page: str) -> str:
    """``_recased`` as first written: the whole page lower-cased (the same rules
    otherwise: no one-syllable tail, known names, level words in lower case)."""
    if not metadata.is_all_caps(name):
        return name
    low = page.lower()
    words = name.split(" ")
    for k in range(len(words)):
        tail = " ".join(words[k:])
        found = None
        if len(low) == len(page) and (k == 0 or k < len(words) - 1):  # no one-syllable tail
            found = metadata._mixed_case_occurrence(tail, page, low)
        found = found or metadata._known_names().get(tail.lower())
        if found:
            head = metadata._sentence_case(" ".join(words[:k])) if k else ""
            return f"{head} {metadata._level_in_lower_case(found)}" if head else found
    return metadata._sentence_case(name)


# Letters whose case is tricky (Kelvin sign, final sigma, dotted I, sharp s,
# Turkish dotless i, titlecase digraphs) among Vietnamese ones.
_CASE_CHARS = st.sampled_from(
    [*"BbÁáOoLlÀàCcAaIiKkΣσςİıßẞǅǆǄΩωΩÅåĐđ", "\u212a", " ", " ", "\n", ".", ",", "-"]
)
_NAMES = ["BÁO LÀO CAI", "LÀO CAI", "KIÊN GIANG", "ΣΑΣ", "CỔNG ĐIỆN TỬ", "İL", "K",
          "ĐÀI PT-TH", "Ǆ", "24H"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_NAMES), st.lists(
    st.one_of(_CASE_CHARS, st.sampled_from(
        ["Báo Lào Cai", "báo LÀO cai", "Lào Cai", "\u212aiên Giang", "Kiên giang", "Σας", "ΣΑΣ",
         "BÁO LÀO CAI", "Cổng điện tử", "İl", "Ǆ", "ǅ", "Đài PT-TH", "24h"])),
    max_size=30).map("".join))
def test_case_blind_search_finds_what_the_lowered_page_finds(name: str, page: str) -> None:
    recased = metadata._recased(name, page) if metadata.is_all_caps(name) else name
    assert recased == _plain_recase(name, page)
    if metadata.LOWER_LONGER not in page:
        assert (metadata._mixed_case_occurrence(name, page, None)
                == metadata._mixed_case_occurrence(name, page, page.lower()))


# ---------------------------------------------------------------------------
# Indented lines (no-break spaces and tabs)

_INDENTED = st.lists(
    st.sampled_from(["Sáng", "12/4,", "tại", "Hà", "Nội.", " ", "  ", "\u00a0", "\t", "\u00a0 "]),
    max_size=20,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(_INDENTED, max_size=5).map("\n".join))
def test_indented_lines_read_as_normalize_line_reads_them(text: str) -> None:
    want = [(n, normalize_line(raw)) for n, raw in enumerate(text.split("\n"), 1)
            if normalize_line(raw)]
    assert [(n, s) for n, s, _ in read_lines(text)] == want
    raws = text.split("\n")
    for n, _, indent in read_lines(text):
        assert indent == len(raws[n - 1]) - len(raws[n - 1].lstrip())


# ---------------------------------------------------------------------------
# Pieces remembered with the page look-ups they rest on

_CAPTIONS = [
    "Quang cảnh hội nghị. Ảnh: Thu Hà Dịp này",
    "Quang cảnh hội nghị. Ảnh: Thu Hà - TTXVN",
    "Đại biểu dự lễ. Ảnh: Minh Anh Sau đó, đoàn thăm trường.",
    "Toàn cảnh. (Ảnh: Thu Hà)",
]
_PAGE_LINES = ["Thu Hà", "Minh Anh", "Thu Hà - TTXVN", "Nhân dịp này, bà con vui.",
               "Sau đó, đoàn về.", "Dịp này đẹp.", "Bà con dự hội."]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_CAPTIONS), st.lists(st.sampled_from(_PAGE_LINES), max_size=4),
       st.lists(st.sampled_from(_PAGE_LINES), max_size=4), st.booleans())
def test_pieces_serve_a_page_that_answers_the_same(
    line: str, first: list[str], second: list[str], in_head: bool
) -> None:
    words = _words(line)
    page = Page([line, *first])
    page.journal = []
    pieces = article_module._line_pieces(line, words, page, in_head)
    journal, page.journal = page.journal, None
    other = Page([line, *second])
    if other.answers_as(journal):
        assert article_module._line_pieces(line, words, other, in_head) == pieces


def test_a_caption_line_is_remembered_with_its_look_ups() -> None:
    article_module.clear_caches()
    text = "Sáng 12/3, tại Hà Nội, hội nghị đã diễn ra với sự tham dự của nhiều đại biểu.\n"
    with_byline = text + "Quang cảnh hội nghị. Ảnh: Thu Hà - TTXVN\nThu Hà"
    without = text + "Quang cảnh hội nghị. Ảnh: Thu Hà - TTXVN\nMinh Anh"
    warm = [article_module.clean_article(t).to_dict() for t in (with_byline, without, with_byline)]
    cold = []
    for t in (with_byline, without, with_byline):
        article_module.clear_caches()
        cold.append(article_module.clean_article(t).to_dict())
    assert warm == cold
    assert any(lookups for _, lookups in article_module._SHORT_LINES.values())


def test_removed_pieces_are_shared_between_articles() -> None:
    article_module.clear_caches()
    page = "Chia sẻ: Facebook | Zalo\nSáng 12/3, tại Hà Nội, hội nghị đã diễn ra trọng thể."
    a, b = article_module.clean_article(page), article_module.clean_article(page)
    assert a.removed == b.removed and a.removed[0] is b.removed[0]

