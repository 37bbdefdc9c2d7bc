"""One ``extract`` record in the terminal: ``ttcorpus show``.

The title and metadata, the body with each entity type in its own colour and the
normalised value dim after each mention (``ngày 1/12/2011 ⟨2011-12-01⟩``), the
relations between cited documents, and every removed line dimmed with its kind.

The layout of highlighted text — which mentions cover which stretch of the body —
is shared with the HTML report (``ttcorpus.report``): ``record_mentions`` reads the
valid mentions of a record, ``highlight_segments`` cuts the body into flat pieces
(overlapping or nested mentions are allowed; nothing is dropped), and
``mention_details`` / ``inline_note`` say what each mention normalises to.

>>> rec = {"id": "a1", "title": "Hội nghị", "text": "Ngày 5/3/2024, Bộ Công an họp.",
...        "dates": [{"text": "Ngày 5/3/2024", "start": 0, "end": 13, "value": "2024-03-05"}]}
>>> [(s.start, s.end, [m.field for m in s.mentions]) for s in
...  highlight_segments(rec["text"], record_mentions(rec))]
[(0, 13, ['dates']), (13, 30, [])]
>>> from rich.console import Console
>>> console = Console(width=80, color_system=None)
>>> with console.capture() as cap:
...     console.print(render_record(rec))
>>> "Ngày 5/3/2024 ⟨2024-03-05⟩, Bộ Công an họp." in cap.get()
True
"""

from __future__ import annotations

import collections
import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import regex
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

# Entity fields of an ``extract`` record, in the order of the legend.
ENTITY_FIELDS = ("dates", "people", "agencies", "doc_refs")
ENTITY_LABELS = {"dates": "date", "people": "person", "agencies": "agency",
                 "doc_refs": "document"}
ENTITY_STYLES = {"dates": "bold cyan", "people": "bold magenta", "agencies": "bold green",
                 "doc_refs": "bold yellow"}
NOTE_STYLE = "dim italic"
NOTE_OPEN, NOTE_CLOSE = "⟨", "⟩"
# Metadata shown under the title, in this order (``authors`` is a list).
METADATA_FIELDS = ("id", "source", "published", "authors", "attribution", "site", "section",
                   "encoding", "warnings")
# Characters a terminal or a browser must never receive from a record: C0/C1
# controls other than tab and newline (ESC starts terminal escape sequences) and
# lone surrogates. Each becomes U+FFFD, one for one, so offsets stay valid.
_UNPRINTABLE = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\p{Cs}]")


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of a record: its field (``dates`` …), offsets and the raw dict."""

    field: str
    start: int
    end: int
    data: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Segment:
    """A stretch ``text[start:end]`` covered by the same mentions (innermost first);
    ``closing`` are the mentions that end where the segment ends."""

    start: int
    end: int
    mentions: tuple[Mention, ...]
    closing: tuple[Mention, ...]


def printable(text: str) -> str:
    """``text`` with every control character (but tab and newline) and lone surrogate
    replaced by U+FFFD — same length, so mention offsets still apply.

    >>> printable("Hà Nội\\x1b[31m\\n")
    'Hà Nội�[31m\\n'
    """
    return _UNPRINTABLE.sub("\ufffd", text)


def _as_text(value: Any) -> str:
    """A field value as display text ("" for None), safe to print."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_as_text(v) for v in value if v is not None)
    return printable(str(value))


def _offset(value: Any) -> int | None:
    """An offset if it is a real int (not a bool, not a float or string)."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def record_mentions(record: Mapping[str, Any]) -> list[Mention]:
    """The record's mentions with usable offsets, sorted by start, longest first.

    Mentions whose offsets fall outside the body or are empty are left out (a
    hand-edited or foreign record must not break the display).

    >>> rec = {"text": "Bộ Công an", "agencies": [{"start": 0, "end": 10},
    ...        {"start": 5, "end": 99}, {"start": "0", "end": 3}]}
    >>> [(m.field, m.start, m.end) for m in record_mentions(rec)]
    [('agencies', 0, 10)]
    """
    text = record.get("text")
    size = len(text) if isinstance(text, str) else 0
    found: list[Mention] = []
    for name in ENTITY_FIELDS:
        items = record.get(name)
        if not isinstance(items, list):
            continue
        for item in items:
            if not isinstance(item, Mapping):
                continue
            start, end = _offset(item.get("start")), _offset(item.get("end"))
            if start is not None and end is not None and 0 <= start < end <= size:
                found.append(Mention(name, start, end, item))
    found.sort(key=lambda m: (m.start, -m.end, ENTITY_FIELDS.index(m.field)))
    return found


def highlight_segments(text: str, mentions: Sequence[Mention], *,
                       split_lines: bool = True) -> list[Segment]:
    """Cut ``text`` into flat segments, each covered by a fixed set of mentions.

    Nested and crossing mentions both work: a segment lists every mention that
    covers it, innermost (shortest) first. With ``split_lines`` every ``\\n`` is
    a segment boundary, so a renderer can turn lines into paragraphs.

    >>> text = "Chỉ thị của Ban Bí thư"
    >>> ms = [Mention("doc_refs", 0, 22, {}), Mention("agencies", 12, 22, {})]
    >>> [(s.start, s.end, [m.field for m in s.mentions], len(s.closing))
    ...  for s in highlight_segments(text, ms)]
    [(0, 12, ['doc_refs'], 0), (12, 22, ['agencies', 'doc_refs'], 2)]
    """
    bounds = {0, len(text)}
    for m in mentions:
        bounds.add(m.start)
        bounds.add(m.end)
    if split_lines:
        pos = text.find("\n")
        while pos >= 0:
            bounds.update((pos, pos + 1))
            pos = text.find("\n", pos + 1)
    starting: dict[int, list[Mention]] = collections.defaultdict(list)
    for m in mentions:
        starting[m.start].append(m)
    ordered = sorted(bounds)
    active: list[Mention] = []
    segments: list[Segment] = []
    for start, end in itertools.pairwise(ordered):
        active = [m for m in active if m.end > start] + starting.get(start, [])
        covering = tuple(sorted(active, key=lambda m: m.end - m.start))
        closing = tuple(m for m in active if m.end == end)
        segments.append(Segment(start, end, covering, closing))
    return segments


def mention_details(mention: Mention) -> list[tuple[str, str]]:
    """What a mention normalises to, as (label, value) pairs, empty values left out.

    >>> m = Mention("doc_refs", 0, 19, {"type": "Chỉ thị", "number": "09", "id": "09-CT/TW",
    ...             "issuer": "Ban Bí thư", "date": "2011-12-01", "term": "XI"})
    >>> mention_details(m)  # doctest: +NORMALIZE_WHITESPACE
    [('document', 'Chỉ thị 09-CT/TW'), ('issuer', 'Ban Bí thư'), ('date', '2011-12-01'),
     ('term', 'XI')]
    """
    d = mention.data
    pairs: list[tuple[str, Any]]
    if mention.field == "dates":
        pairs = [("date", d.get("value"))]
    elif mention.field == "people":
        pairs = [("person", d.get("name")), ("titles", d.get("titles"))]
    elif mention.field == "agencies":
        pairs = [("agency", d.get("name")), ("canonical", d.get("canonical"))]
    else:
        ident = _as_text(d.get("id")) or _as_text(d.get("number"))
        pairs = [("document", " ".join(x for x in (_as_text(d.get("type")), ident) if x)),
                 ("issuer", d.get("issuer")), ("date", d.get("date")), ("term", d.get("term")),
                 ("scope", d.get("scope") if d.get("scope") != "national" else None)]
    return [(label, _as_text(value)) for label, value in pairs if _as_text(value)]


def inline_note(mention: Mention) -> str | None:
    """The short normalised value shown after a mention, or None when it would only
    repeat the mention's own text (``năm 2024`` needs no ``⟨2024⟩``).

    >>> inline_note(Mention("dates", 0, 9, {"text": "Sáng 12/4", "value": "--04-12"}))
    '--04-12'
    >>> inline_note(Mention("dates", 0, 8, {"text": "năm 2024", "value": "2024"})) is None
    True
    >>> inline_note(Mention("agencies", 0, 10, {"text": "Bộ Công an", "name": "Bộ Công an",
    ...                                         "canonical": "Bộ Công an"})) is None
    True
    >>> inline_note(Mention("people", 0, 11, {"text": "Lê Hồng Anh", "name": "Lê Hồng Anh",
    ...                                       "titles": ["Thường trực Ban Bí thư"]}))
    'Thường trực Ban Bí thư'
    >>> inline_note(Mention("people", 0, 3, {"text": "Anh", "name": "Lê Hồng Anh", "titles": []}))
    'Lê Hồng Anh'
    """
    d = mention.data
    surface = _as_text(d.get("text"))
    if mention.field == "dates":
        note = _as_text(d.get("value"))
    elif mention.field == "people":
        name, titles = _as_text(d.get("name")), d.get("titles")
        titles = [_as_text(t) for t in titles] if isinstance(titles, list) else []
        note = "; ".join(x for x in [name if name != surface else "", *titles] if x)
    elif mention.field == "agencies":
        note = _as_text(d.get("canonical")) or _as_text(d.get("name"))
    else:
        ident = _as_text(d.get("id")) or _as_text(d.get("number"))
        note = " · ".join(x for x in (ident, _as_text(d.get("issuer")), _as_text(d.get("date")),
                                      _as_text(d.get("term")) and f"term {d.get('term')}") if x)
    return note if note and note not in surface else None


def highlighted_body(record: Mapping[str, Any]) -> Text:
    """The body as rich Text: mentions coloured by type, notes dim after each one,
    a blank line between paragraphs."""
    text = record.get("text")
    text = printable(text) if isinstance(text, str) else ""
    out = Text()
    for seg in highlight_segments(text, record_mentions(record)):
        piece = text[seg.start:seg.end]
        if piece == "\n":
            out.append("\n\n")
            continue
        style = ENTITY_STYLES[seg.mentions[0].field] if seg.mentions else ""
        out.append(piece, style=style)
        for m in seg.closing:
            note = inline_note(m)
            if note:
                out.append(f" {NOTE_OPEN}{note}{NOTE_CLOSE}", style=NOTE_STYLE)
    return out


def _metadata_table(record: Mapping[str, Any]) -> Table:
    """Field/value rows for the metadata that is present, then mention counts."""
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column()
    for name in METADATA_FIELDS:
        value = _as_text(record.get(name))
        if value:
            grid.add_row(name, Text(value))
    counts = [f"{len(record[f])} {f}" for f in ENTITY_FIELDS if isinstance(record.get(f), list)]
    if counts:
        grid.add_row("mentions", Text(", ".join(counts)))
    return grid


def _legend() -> Text:
    """One coloured word per entity type."""
    legend = Text()
    for name in ENTITY_FIELDS:
        legend.append(ENTITY_LABELS[name], style=ENTITY_STYLES[name])
        legend.append("  ")
    legend.append(f"{NOTE_OPEN}normalised value{NOTE_CLOSE}", style=NOTE_STYLE)
    return legend


def _ref_label(refs: list[Any], index: Any) -> str:
    """A ``doc_refs`` entry named by its id (or type and number), by index."""
    if isinstance(index, int) and not isinstance(index, bool) and 0 <= index < len(refs):
        ref = refs[index]
        if isinstance(ref, Mapping):
            return _as_text(ref.get("id")) or _as_text(ref.get("text")) or f"#{index}"
    return f"#{index}"


def relation_lines(record: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    """``doc_relations`` as (source, relation, target) labels.

    >>> relation_lines({"doc_refs": [{"id": "174-KH/TU"}, {"id": "44-KL/TW"}],
    ...                 "doc_relations": [{"relation": "implements", "source": 0, "target": 1}]})
    [('174-KH/TU', 'implements', '44-KL/TW')]
    """
    refs = record.get("doc_refs")
    refs = refs if isinstance(refs, list) else []
    relations = record.get("doc_relations")
    if not isinstance(relations, list):
        return []
    return [(_ref_label(refs, r.get("source")), _as_text(r.get("relation")) or "?",
             _ref_label(refs, r.get("target")))
            for r in relations if isinstance(r, Mapping)]


def _relations_table(rows: list[tuple[str, str, str]]) -> Table:
    table = Table(title="Document relations", title_justify="left", show_header=False,
                  box=None, padding=(0, 1))
    for source, relation, target in rows:
        table.add_row(Text(source, style=ENTITY_STYLES["doc_refs"]), Text(relation, style="dim"),
                      Text(target, style=ENTITY_STYLES["doc_refs"]))
    return table


def removed_items(record: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    """``removed`` as (line, kind, text) strings, in input order.

    >>> removed_items({"removed": [{"line": 9, "text": "Chia sẻ", "kind": "share"}, "x"]})
    [('9', 'share', 'Chia sẻ')]
    """
    items = record.get("removed")
    if not isinstance(items, list):
        return []
    return [(_as_text(r.get("line")), _as_text(r.get("kind")) or "?", _as_text(r.get("text")))
            for r in items if isinstance(r, Mapping)]


def _removed_table(rows: list[tuple[str, str, str]]) -> Table:
    table = Table(title=f"Removed ({len(rows)})", title_justify="left", style="dim",
                  header_style="dim bold", box=None, padding=(0, 1))
    table.add_column("line", justify="right", style="dim", no_wrap=True)
    table.add_column("kind", style="dim italic", no_wrap=True)
    table.add_column("text", style="dim")
    for line, kind, text in rows:
        table.add_row(line, kind, Text(text))
    return table


def render_record(record: Mapping[str, Any]) -> RenderableType:
    """The whole record as one rich renderable (print it with a Console)."""
    title = _as_text(record.get("title")) or "(no title)"
    parts: list[RenderableType] = [
        Text(title, style="bold underline"),
        _metadata_table(record),
        Text(),
        _legend(),
        Panel(highlighted_body(record), title="body", title_align="left", border_style="dim"),
    ]
    relations = relation_lines(record)
    if relations:
        parts.append(_relations_table(relations))
    removed = removed_items(record)
    if removed:
        parts.append(_removed_table(removed))
    return Group(*parts)


def select_record(records: Iterable[Any], id: str | None = None,
                  index: int | None = None) -> dict[str, Any] | None:
    """The record with this ``id``, or at this 0-based position (negative counts from
    the end, as in Python); the first record when neither is given. None when there is
    no such record. Reads no further than needed.

    >>> recs = [{"id": "a"}, {"id": "b"}, {"id": "c"}]
    >>> select_record(recs, id="b"), select_record(recs, index=-1), select_record(recs, index=3)
    ({'id': 'b'}, {'id': 'c'}, None)
    """
    if id is not None and index is not None:
        raise ValueError("select a record by id or by index, not both")
    if id is not None:
        return next((r for r in records if isinstance(r, dict) and str(r.get("id")) == id),
                    None)
    position = 0 if index is None else index
    if position >= 0:
        for i, record in enumerate(records):
            if i == position:
                return record if isinstance(record, dict) else None
        return None
    tail = collections.deque(records, maxlen=-position)
    if len(tail) < -position:
        return None
    first = tail[0]
    return first if isinstance(first, dict) else None


def show_record(records: Iterable[Any], *, id: str | None = None, index: int | None = None,
                console: Console | None = None) -> bool:
    """Print the selected record (``ttcorpus show``); False when there is none."""
    record = select_record(records, id=id, index=index)
    if record is None:
        return False
    (console or Console()).print(render_record(record))
    return True
