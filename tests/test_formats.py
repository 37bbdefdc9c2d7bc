"""ttcorpus.formats: rows as a rich table, CSV, JSONL and JSON."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ttcorpus.formats import (
    FORMATS,
    Column,
    cell_text,
    default_format,
    row_dict,
    write_rows,
)

ROWS: list[dict[str, Any]] = [
    {"key": "09-CT/TW", "issuer": "Ban Bí thư", "articles": 5, "date": None,
     "article_ids": ["a1", "a2"]},
    {"key": "Nghị quyết 25", "issuer": None, "articles": 1, "date": "2013-06-03",
     "article_ids": ["a3"]},
]
COLUMNS = ["key", "issuer", Column("articles", justify="right"), "date", "article_ids"]


def _write(rows: list[Any], fmt: str, columns: list[Any] = COLUMNS, **kw: Any) -> str:
    out = io.StringIO()
    write_rows(rows, columns, fmt, out, "Cited documents", **kw)
    return out.getvalue()


def test_csv_joins_lists_and_leaves_none_empty() -> None:
    parsed = list(csv.reader(io.StringIO(_write(ROWS, "csv"))))
    assert parsed == [
        ["key", "issuer", "articles", "date", "article_ids"],
        ["09-CT/TW", "Ban Bí thư", "5", "", "a1; a2"],
        ["Nghị quyết 25", "", "1", "2013-06-03", "a3"],
    ]


def test_csv_quotes_separators_inside_values() -> None:
    rows = [{"name": 'Ban Chỉ đạo "138", tỉnh', "n": 1}]
    parsed = list(csv.reader(io.StringIO(_write(rows, "csv", ["name", "n"]))))
    assert parsed[1] == ['Ban Chỉ đạo "138", tỉnh', "1"]


def test_jsonl_keeps_structured_values_in_column_order() -> None:
    lines = _write(ROWS, "jsonl").splitlines()
    assert [json.loads(line) for line in lines] == [
        {k: r[k] for k in ("key", "issuer", "articles", "date", "article_ids")} for r in ROWS
    ]
    assert list(json.loads(lines[0])) == ["key", "issuer", "articles", "date", "article_ids"]
    assert "Bí thư" in lines[0]  # UTF-8, not \\u escapes


def test_json_is_one_array() -> None:
    assert json.loads(_write(ROWS, "json")) == [json.loads(x) for x in
                                                _write(ROWS, "jsonl").splitlines()]


def test_column_text_renders_table_and_csv_but_not_json() -> None:
    rows = [{"variants": [{"name": "UBND tỉnh", "count": 3}]}]
    cols = [Column("variants", text=lambda vs: "; ".join(f"{v['name']} ({v['count']})"
                                                         for v in vs))]
    assert _write(rows, "csv", cols).splitlines()[1] == "UBND tỉnh (3)"
    assert "UBND tỉnh (3)" in _write(rows, "table", cols, width=60)
    assert json.loads(_write(rows, "jsonl", cols)) == rows[0]


def test_table_shows_title_headers_and_cells() -> None:
    text = _write(ROWS, "table", width=120)
    for expected in ("Cited documents", "key", "issuer", "09-CT/TW", "Ban Bí thư", "a1; a2",
                     "Nghị quyết 25", "2013-06-03"):
        assert expected in text


def test_table_prints_brackets_literally() -> None:
    text = _write([{"key": "[bold]Ban[/bold] [red]"}], "table", ["key"], width=60)
    assert "[bold]Ban[/bold] [red]" in text


@pytest.mark.parametrize("fmt,expected", [("csv", "key,issuer,articles,date,article_ids\r\n"),
                                          ("jsonl", ""), ("json", "[]\n")])
def test_no_rows(fmt: str, expected: str) -> None:
    assert _write([], fmt) == expected


def test_no_rows_table_says_so() -> None:
    text = _write([], "table", width=80)
    assert "no rows" in text and "issuer" in text


def test_unknown_format_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown format"):
        _write(ROWS, "xml")


def test_rows_may_be_dataclasses() -> None:
    @dataclasses.dataclass
    class Row:
        key: str
        articles: int

    out = _write([Row("09-CT/TW", 2)], "jsonl", ["key", "articles"])
    assert json.loads(out) == {"key": "09-CT/TW", "articles": 2}
    with pytest.raises(TypeError):
        row_dict(42)


def test_missing_keys_are_null() -> None:
    assert json.loads(_write([{"key": "x"}], "jsonl", ["key", "issuer"])) == {
        "key": "x", "issuer": None}


@pytest.mark.parametrize("value,text", [
    (None, ""), (0, "0"), ("Bộ Công an", "Bộ Công an"), ([], ""), (["a"], "a"),
    (["a", None, 2], "a; ; 2"), ({"title": "Đại tá", "dates": ["2024-03-17"]}, "Đại tá 2024-03-17"),
])
def test_cell_text(value: Any, text: str) -> None:
    assert cell_text(value) == text


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


class _Closed(io.StringIO):
    def isatty(self) -> bool:
        raise ValueError("I/O operation on closed file")


@pytest.mark.parametrize("stream,fmt", [(_Tty(), "table"), (io.StringIO(), "jsonl"),
                                        (_Closed(), "jsonl"), (object(), "jsonl")])
def test_default_format(stream: Any, fmt: str) -> None:
    assert default_format(stream) == fmt


def test_formats_are_listed() -> None:
    assert set(FORMATS) == {"table", "csv", "jsonl", "json"}


_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=30)
_VALUE = st.one_of(st.none(), st.integers(), _TEXT, st.lists(_TEXT, max_size=3))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.fixed_dictionaries({"a": _VALUE, "b": _VALUE}), max_size=5))
def test_any_rows_round_trip(rows: list[dict[str, Any]]) -> None:
    lines = _write(rows, "jsonl", ["a", "b"]).split("\n")  # JSONL lines end at "\n" only
    back = [json.loads(line) for line in lines if line]
    assert back == rows
    assert json.loads(_write(rows, "json", ["a", "b"])) == rows
    parsed = list(csv.reader(io.StringIO(_write(rows, "csv", ["a", "b"]), newline="")))
    assert parsed[1:] == [[cell_text(r["a"]), cell_text(r["b"])] for r in rows]
    _write(rows, "table", ["a", "b"], width=40)
