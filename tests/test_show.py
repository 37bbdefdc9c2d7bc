"""``ttcorpus show``: one record in the terminal, and the highlight layout it shares
with the HTML report."""

from __future__ import annotations

import pathlib
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console

from ttcorpus.pipeline import process_record
from ttcorpus.show import (
    ENTITY_FIELDS,
    ENTITY_STYLES,
    Mention,
    highlight_segments,
    highlighted_body,
    inline_note,
    record_mentions,
    relation_lines,
    removed_items,
    render_record,
    select_record,
    show_record,
)

SEEDS = pathlib.Path(__file__).resolve().parent.parent / "seeds"

RECORD: dict[str, Any] = {
    "id": "vd-1",
    "source": "vd/1.txt",
    "title": "Tỉnh ủy Nam Định triển khai Kết luận số 12-KL/TW",
    "published": "2023-05-04",
    "authors": ["Minh Châu"],
    "text": "Sáng 4/5, Tỉnh ủy Nam Định triển khai Kết luận số 12-KL/TW.\n"
            "Đồng chí Phạm Văn Bình phát biểu.",
    "removed": [{"line": 1, "text": "Tỉnh ủy Nam Định triển khai Kết luận số 12-KL/TW",
                 "kind": "title"},
                {"line": 9, "text": "Chia sẻ: Facebook", "kind": "share"}],
    "dates": [{"text": "Sáng 4/5", "start": 0, "end": 8, "value": "2023-05-04"}],
    "agencies": [{"text": "Tỉnh ủy Nam Định", "start": 10, "end": 26,
                  "name": "Tỉnh ủy Nam Định", "canonical": "Tỉnh ủy Nam Định"}],
    "doc_refs": [{"text": "Kết luận số 12-KL/TW", "start": 38, "end": 58, "type": "Kết luận",
                  "number": "12", "code": "KL/TW", "id": "12-KL/TW", "issuer": "Bộ Chính trị",
                  "date": None, "term": None, "scope": "national"}],
    "people": [{"text": "Phạm Văn Bình", "start": 69, "end": 82, "name": "Phạm Văn Bình",
                "titles": ["Bí thư Tỉnh ủy"]}],
}


def _plain(renderable: Any, width: int = 100) -> str:
    console = Console(width=width, color_system=None, legacy_windows=False)
    with console.capture() as cap:
        console.print(renderable)
    return cap.get()


@pytest.fixture(scope="module")
def seed_records() -> list[dict[str, Any]]:
    return [process_record({"id": p.stem, "text": p.read_text(encoding="utf-8")})
            for p in sorted(SEEDS.glob("*.txt"))]


def test_made_up_record_offsets_are_consistent() -> None:
    text = RECORD["text"]
    for name in ENTITY_FIELDS:
        for m in RECORD[name]:
            assert text[m["start"]:m["end"]] == m["text"]


# ---------------------------------------------------------------- select_record

RECS = [{"id": "a"}, {"id": "b"}, "not a record", {"id": "d"}]


@pytest.mark.parametrize(("id_", "index", "expected"), [
    (None, None, {"id": "a"}),
    ("b", None, {"id": "b"}),
    ("d", None, {"id": "d"}),
    ("zz", None, None),
    ("not a record", None, None),
    (None, 0, {"id": "a"}),
    (None, 1, {"id": "b"}),
    (None, 2, None),              # a position that holds no record
    (None, 3, {"id": "d"}),
    (None, 4, None),
    (None, -1, {"id": "d"}),
    (None, -4, {"id": "a"}),
    (None, -5, None),
])
def test_select_record(id_: str | None, index: int | None, expected: dict | None) -> None:
    assert select_record(iter(RECS), id=id_, index=index) == expected


def test_select_record_empty_corpus() -> None:
    assert select_record([]) is None
    assert select_record([], id="a") is None
    assert select_record([], index=-1) is None


def test_select_record_both_ways_is_an_error() -> None:
    with pytest.raises(ValueError):
        select_record(RECS, id="a", index=0)


def test_select_record_reads_no_further_than_needed() -> None:
    def stream() -> Iterator[dict[str, str]]:
        yield {"id": "a"}
        yield {"id": "b"}
        raise AssertionError("read too far")

    assert select_record(stream(), id="b") == {"id": "b"}
    assert select_record(stream(), index=1) == {"id": "b"}


def test_select_record_numeric_id_matches_as_text() -> None:
    assert select_record([{"id": 7}], id="7") == {"id": 7}


# ---------------------------------------------------------------- mentions and segments

@pytest.mark.parametrize("bad", [
    {"start": 0, "end": 0},          # empty
    {"start": 5, "end": 2},          # reversed
    {"start": -1, "end": 3},
    {"start": 0, "end": 99},         # past the end
    {"start": "0", "end": "3"},      # strings
    {"start": 0.0, "end": 3.0},      # floats
    {"start": False, "end": True},   # bools are not offsets
    {"end": 3},
])
def test_record_mentions_skips_unusable_offsets(bad: dict) -> None:
    record = {"text": "Bộ Công an", "agencies": [bad, {"start": 0, "end": 10}]}
    assert [(m.start, m.end) for m in record_mentions(record)] == [(0, 10)]


@pytest.mark.parametrize("record", [
    {}, {"text": None}, {"text": 5}, {"text": "abc", "dates": "oops"},
    {"text": "abc", "dates": [None, 3, "x"]},
])
def test_record_mentions_of_odd_records(record: dict) -> None:
    assert record_mentions(record) == []


def _layout(text: str, spans: list[tuple[str, int, int]]) -> list[tuple[str, list[str], int]]:
    mentions = [Mention(f, s, e, {}) for f, s, e in spans]
    return [(text[s.start:s.end], [m.field for m in s.mentions], len(s.closing))
            for s in highlight_segments(text, mentions)]


@pytest.mark.parametrize(("text", "spans", "expected"), [
    ("Hà Nội", [], [("Hà Nội", [], 0)]),
    ("", [], []),
    # adjacent mentions stay apart
    ("Bộ Công anBộ Y tế", [("agencies", 0, 10), ("agencies", 10, 17)],
     [("Bộ Công an", ["agencies"], 1), ("Bộ Y tế", ["agencies"], 1)]),
    # nested: the innermost mention comes first
    ("Chỉ thị của Ban Bí thư", [("doc_refs", 0, 22), ("agencies", 12, 22)],
     [("Chỉ thị của ", ["doc_refs"], 0), ("Ban Bí thư", ["agencies", "doc_refs"], 2)]),
    # crossing mentions: nothing is dropped
    ("abcdef", [("dates", 0, 4), ("people", 2, 6)],
     [("ab", ["dates"], 0), ("cd", ["dates", "people"], 1), ("ef", ["people"], 1)]),
    # lines are split, also inside a mention
    ("ab\ncd", [("dates", 1, 4)],
     [("a", [], 0), ("b", ["dates"], 0), ("\n", ["dates"], 0), ("c", ["dates"], 1),
      ("d", [], 0)]),
])
def test_highlight_segments(text: str, spans: list, expected: list) -> None:
    assert _layout(text, spans) == expected


def test_highlight_segments_without_line_split() -> None:
    segs = highlight_segments("a\nb", [], split_lines=False)
    assert [(s.start, s.end) for s in segs] == [(0, 3)]


@given(text=st.text(alphabet="ab \nĐ", max_size=40),
       spans=st.lists(st.tuples(st.sampled_from(ENTITY_FIELDS), st.integers(-3, 45),
                                st.integers(-3, 45)), max_size=8))
@settings(max_examples=150, deadline=None)
def test_segments_tile_the_text(text: str, spans: list[tuple[str, int, int]]) -> None:
    record: dict[str, Any] = {"text": text}
    for field, start, end in spans:
        record.setdefault(field, []).append({"start": start, "end": end,
                                             "text": text[start:end] if start >= 0 else ""})
    mentions = record_mentions(record)
    segments = highlight_segments(text, mentions)
    assert "".join(text[s.start:s.end] for s in segments) == text
    for seg in segments:
        assert seg.start < seg.end
        assert {id(m) for m in seg.mentions} == {
            id(m) for m in mentions if m.start <= seg.start and seg.end <= m.end}
        assert all(m.end == seg.end for m in seg.closing)
    closed = [id(m) for s in segments for m in s.closing]
    assert sorted(closed) == sorted(id(m) for m in mentions)   # every mention ends once
    _plain(render_record(record))                               # and it renders


# ---------------------------------------------------------------- notes

@pytest.mark.parametrize(("field", "data", "expected"), [
    ("dates", {"text": "ngày 5/3/2024", "value": "2024-03-05"}, "2024-03-05"),
    ("dates", {"text": "2024", "value": "2024"}, None),            # says nothing new
    ("dates", {"text": "năm 2024", "value": "2024"}, None),
    ("dates", {"text": "năm 2024", "value": "2024-01/2024-06"}, "2024-01/2024-06"),
    ("dates", {"text": "x"}, None),                                # no value at all
    ("people", {"text": "Phạm Văn Bình", "name": "Phạm Văn Bình", "titles": []}, None),
    ("people", {"text": "Phạm Văn Bình", "name": "Phạm Văn Bình",
                "titles": ["Bí thư Tỉnh ủy"]}, "Bí thư Tỉnh ủy"),
    ("people", {"text": "Bình", "name": "Phạm Văn Bình", "titles": "oops"}, "Phạm Văn Bình"),
    ("agencies", {"text": "UBND tỉnh", "name": "Ủy ban nhân dân tỉnh", "canonical": None},
     "Ủy ban nhân dân tỉnh"),
    ("agencies", {"text": "Bộ Y tế", "name": "Bộ Y tế", "canonical": "Bộ Y tế"}, None),
    ("doc_refs", {"text": "Chỉ thị số 09", "type": "Chỉ thị", "number": "09", "id": None},
     None),
    ("doc_refs", {"text": "Chỉ thị số 09", "number": "09", "id": "09-CT/TW"}, "09-CT/TW"),
    ("doc_refs", {"text": "Nghị định 100/2019/NĐ-CP", "id": "100/2019/NĐ-CP",
                  "issuer": "Chính phủ", "term": None}, "100/2019/NĐ-CP · Chính phủ"),
    ("doc_refs", {"text": "Chỉ thị 05-CT/TW", "id": "05-CT/TW", "term": "XII"},
     "05-CT/TW · term XII"),
])
def test_inline_note(field: str, data: dict, expected: str | None) -> None:
    assert inline_note(Mention(field, 0, 1, data)) == expected


def test_relations_and_removed_tolerate_bad_entries() -> None:
    record = {"doc_refs": [{"id": "1-KH/TU"}],
              "doc_relations": [{"relation": "implements", "source": 0, "target": 7}, "x"],
              "removed": [{"line": 3, "kind": "nav"}, None]}
    assert relation_lines(record) == [("1-KH/TU", "implements", "#7")]
    assert removed_items(record) == [("3", "nav", "")]


# ---------------------------------------------------------------- render_record

def test_render_made_up_record() -> None:
    out = _plain(render_record(RECORD), width=120)
    assert "Tỉnh ủy Nam Định triển khai Kết luận số 12-KL/TW" in out.splitlines()[0]
    assert "Sáng 4/5 ⟨2023-05-04⟩, Tỉnh ủy Nam Định triển khai Kết luận số 12-KL/TW " \
           "⟨12-KL/TW · Bộ Chính trị⟩." in out
    assert "Phạm Văn Bình ⟨Bí thư Tỉnh ủy⟩ phát biểu" in out
    assert "Tỉnh ủy Nam Định ⟨" not in out            # canonical = text: no note
    for needed in ("vd-1", "2023-05-04", "Minh Châu", "Removed (2)", "share",
                   "Chia sẻ: Facebook", "1 dates, 1 people, 1 agencies, 1 doc_refs"):
        assert needed in out


def test_body_styles_each_entity_type() -> None:
    body = highlighted_body(RECORD)
    plain = body.plain
    for name in ENTITY_FIELDS:
        for m in RECORD[name]:
            start = plain.index(m["text"])
            assert any(span.style == ENTITY_STYLES[name] and span.start <= start
                       and start + len(m["text"]) <= span.end for span in body.spans), m
    # paragraphs are separated by a blank line
    assert "KL/TW ⟨12-KL/TW · Bộ Chính trị⟩.\n\nĐồng chí" in plain


def test_removed_lines_are_dim_with_their_kind() -> None:
    console = Console(width=120, color_system="standard", force_terminal=True)
    with console.capture() as cap:
        console.print(render_record(RECORD))
    out = cap.get()
    share_line = next(line for line in out.splitlines() if "Chia sẻ: Facebook" in line)
    assert "\x1b[2" in share_line and "share" in share_line


@pytest.mark.parametrize("record", [
    {},
    {"id": "x", "text": ""},
    {"id": None, "title": None, "text": None, "removed": None, "dates": None},
    {"id": "u", "text": "Không có ngày", "published": None, "dates": []},
])
def test_render_sparse_records(record: dict) -> None:
    out = _plain(render_record(record))
    assert "(no title)" in out


def test_hostile_strings_are_shown_literally() -> None:
    record = {"id": "[red]x[/red]", "title": "<script>alert(1)</script> [bold]đậm[/bold]",
              "text": "[link=http://x]bấm[/link]\x1b[31m"}
    out = _plain(render_record(record))
    assert "<script>alert(1)</script> [bold]đậm[/bold]" in out
    assert "[red]x[/red]" in out and "[link=http://x]bấm[/link]" in out


def test_control_characters_never_reach_the_terminal() -> None:
    record = {"title": "Tin\x1b[2J mới\x07", "authors": ["A\x1b]0;x\x07"],
              "text": "Sáng 4/5\x1b[31m, họp\r.",
              "dates": [{"text": "Sáng 4/5", "start": 0, "end": 8, "value": "2023-05-04\x1b"}]}
    out = _plain(render_record(record))
    assert not any(ch in out for ch in "\x1b\x07\r")
    assert "Tin\ufffd[2J mới\ufffd" in out and "Sáng 4/5 ⟨2023-05-04\ufffd⟩\ufffd[31m" in out


def test_show_record_prints_or_reports_missing() -> None:
    console = Console(width=100, color_system=None)
    with console.capture() as cap:
        assert show_record([RECORD], id="vd-1", console=console)
    assert "Phạm Văn Bình" in cap.get()
    assert not show_record([RECORD], id="nope", console=console)
    assert not show_record([], console=console)


def test_render_seed_records(seed_records: list[dict[str, Any]]) -> None:
    assert len(seed_records) == 5
    for record in seed_records:
        body = highlighted_body(record)
        styled = {span.style for span in body.spans}
        present = {n for n in ENTITY_FIELDS if record.get(n)}
        assert {ENTITY_STYLES[n] for n in present} <= styled
        out = _plain(render_record(record), width=140)
        assert (record["title"] or "(no title)")[:40] in out
        for removed in record["removed"]:
            assert removed["kind"] in out
        for ref in record["doc_refs"]:
            if ref["id"]:
                assert ref["id"] in out
