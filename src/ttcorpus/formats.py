"""Rows of a corpus index (or any list of flat-ish dicts) written as a rich table,
CSV, JSON Lines or one JSON array — the output side of ``refs``, ``people``,
``agencies`` and any other command that prints a list of rows.

A column is a row key, optionally with a header, an alignment and a function that
turns the value into cell text. Tables and CSV show cell text (lists joined with
``"; "``, ``None`` as an empty cell); JSON and JSONL keep each value as it is, so
a machine reads lists as lists.

>>> import io
>>> rows = [{"id": "09-CT/TW", "articles": 3, "article_ids": ["a1", "a2", "a3"]}]
>>> out = io.StringIO()
>>> write_rows(rows, ["id", "articles", "article_ids"], "csv", out)
>>> print(out.getvalue().replace("\\r", ""), end="")
id,articles,article_ids
09-CT/TW,3,a1; a2; a3
>>> out = io.StringIO()
>>> write_rows(rows, ["id", "articles"], "jsonl", out)
>>> print(out.getvalue(), end="")
{"id": "09-CT/TW", "articles": 3}
"""

from __future__ import annotations

import csv
import dataclasses
import enum
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Literal, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

Format = Literal["table", "csv", "jsonl", "json"]
FORMATS: tuple[str, ...] = ("table", "csv", "jsonl", "json")


class OutputFormat(str, enum.Enum):
    """The formats as a choice for the command line (Typer shows and checks them);
    a member equals its string: ``OutputFormat.csv == "csv"``."""

    table = "table"
    csv = "csv"
    jsonl = "jsonl"
    json = "json"

LIST_SEPARATOR = "; "
Justify = Literal["left", "center", "right"]


@dataclasses.dataclass(frozen=True, slots=True)
class Column:
    """One output column: the row ``key``, its ``header`` (default: the key), how
    the table aligns it, and ``text`` — how a value becomes cell text in a table or
    CSV (default: :func:`cell_text`)."""

    key: str
    header: str | None = None
    justify: Justify = "left"
    text: Callable[[Any], str] | None = None

    @property
    def title(self) -> str:
        return self.header or self.key

    def cell(self, value: Any) -> str:
        """The value as table/CSV cell text."""
        return self.text(value) if self.text is not None else cell_text(value)


ColumnSpec = str | Column


def as_column(spec: ColumnSpec) -> Column:
    """A column from its spec: a plain key, or a :class:`Column`.

    >>> as_column("articles")
    Column(key='articles', header=None, justify='left', text=None)
    """
    return spec if isinstance(spec, Column) else Column(spec)


def cell_text(value: Any) -> str:
    """A value as the text of one table or CSV cell: ``None`` is empty, lists are
    joined with ``"; "``, a mapping shows its values joined by spaces.

    >>> cell_text(["Ban Bí thư", "Bộ Chính trị"])
    'Ban Bí thư; Bộ Chính trị'
    >>> cell_text(None), cell_text(3), cell_text({"name": "Bộ Công an", "count": 2})
    ('', '3', 'Bộ Công an 2')
    """
    if value is None:
        return ""
    if isinstance(value, Mapping):
        return " ".join(cell_text(v) for v in value.values() if v is not None)
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(cell_text(v) for v in value)
    return str(value)


def default_format(stream: Any) -> Format:
    """``table`` when ``stream`` is a terminal, else ``jsonl`` (for pipes and files).

    >>> import io
    >>> default_format(io.StringIO())
    'jsonl'
    """
    isatty = getattr(stream, "isatty", None)
    try:
        return "table" if callable(isatty) and isatty() else "jsonl"
    except (OSError, ValueError):  # a closed or detached stream
        return "jsonl"


def row_dict(row: Any) -> dict[str, Any]:
    """A row as a plain dict: a mapping as is, a dataclass through ``to_dict`` or
    ``dataclasses.asdict``."""
    if isinstance(row, Mapping):
        return dict(row)
    to_dict = getattr(row, "to_dict", None)
    if callable(to_dict):
        return dict(to_dict())
    if dataclasses.is_dataclass(row) and not isinstance(row, type):
        return dataclasses.asdict(row)
    raise TypeError(f"a row must be a mapping or a dataclass, not {type(row).__name__}")


def write_rows(
    rows: Iterable[Any],
    columns: Sequence[ColumnSpec],
    fmt: str,
    out: TextIO,
    title: str | None = None,
    *,
    width: int | None = None,
) -> None:
    """Write ``rows`` (dicts or dataclasses) in format ``fmt`` to ``out``.

    ``columns`` chooses and orders the fields in every format; ``title`` heads the
    table (other formats have none); ``width`` fixes the table width (default: the
    terminal's, or rich's 80 columns for a file or pipe).

    >>> import io
    >>> out = io.StringIO()
    >>> write_rows([{"name": "Tô Lâm", "articles": 2}], ["name", "articles"], "json", out)
    >>> print(out.getvalue(), end="")
    [
      {"name": "Tô Lâm", "articles": 2}
    ]
    """
    cols = [as_column(c) for c in columns]
    fmt = fmt.value if isinstance(fmt, OutputFormat) else fmt
    if fmt == "table":
        _write_table(rows, cols, out, title, width)
    elif fmt == "csv":
        _write_csv(rows, cols, out)
    elif fmt == "jsonl":
        for row in rows:
            out.write(_json(_selected(row, cols)) + "\n")
    elif fmt == "json":
        _write_json_array(rows, cols, out)
    else:
        raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")


def _selected(row: Any, cols: Sequence[Column]) -> dict[str, Any]:
    data = row_dict(row)
    return {c.key: data.get(c.key) for c in cols}


def _json(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, default=str)


def _write_json_array(rows: Iterable[Any], cols: Sequence[Column], out: TextIO) -> None:
    """One JSON array, one row a line (readable, and diff-friendly)."""
    out.write("[")
    first = True
    for row in rows:
        out.write("\n  " if first else ",\n  ")
        out.write(_json(_selected(row, cols)))
        first = False
    out.write("]\n" if first else "\n]\n")


def _write_csv(rows: Iterable[Any], cols: Sequence[Column], out: TextIO) -> None:
    writer = csv.writer(out)
    writer.writerow([c.key for c in cols])
    for row in rows:
        data = row_dict(row)
        writer.writerow([c.cell(data.get(c.key)) for c in cols])


def _write_table(
    rows: Iterable[Any],
    cols: Sequence[Column],
    out: TextIO,
    title: str | None,
    width: int | None,
) -> None:
    table = Table(title=title, header_style="bold", show_lines=False)
    for c in cols:
        table.add_column(c.title, justify=c.justify, overflow="fold")
    count = 0
    for row in rows:
        data = row_dict(row)
        table.add_row(*(Text(c.cell(data.get(c.key))) for c in cols))
        count += 1
    if count == 0:
        table.caption = "no rows"
    console = Console(file=out, width=width, highlight=False, markup=False, emoji=False,
                      soft_wrap=False)
    console.print(table)
