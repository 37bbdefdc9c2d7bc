"""Extract results in the formats annotation tools read: Label Studio tasks with
pre-annotations, and CoNLL-style BIO token lines.

Label Studio (https://labelstud.io) shows each article with ttcorpus's mentions
as *predictions*; an annotator corrects them and exports JSON, which
``ttcorpus.import_gold`` turns into gold files for ``ttcorpus eval``.

* A task is ``{"data": {...}, "predictions": [{"model_version", "result"}]}``: the
  clean body is ``data.text``, the record's metadata sits beside it.
* Each mention is a ``labels`` result (``from_name: "label"``, ``to_name: "text"``,
  ``value: {start, end, text, labels: [DATE|PERSON|ORG|DOCREF]}``); offsets are
  character offsets into ``data.text`` (Python code points).
* What a span alone cannot say — a date's ISO value, a person's titles, an
  agency's expanded and canonical names, a document's code, issuer, date and
  term — travels in a ``textarea`` result with the *same* ``id`` (a per-region
  TextArea named ``value``): one ``field: value`` a line (``value: 2011-12-01``,
  ``title: Bộ trưởng Bộ Công an``, ``code: CT/TW``). The annotator edits it in the
  region's side panel; ``import_gold`` reads it back.
* ``doc_relations`` become ``relation`` results between two DOCREF regions.

``LABEL_CONFIG`` is the labeling interface these tasks expect (docs/annotation.md).

>>> record = {"id": "a1", "text": "Ngày 1/12/2011, Ban Bí thư ban hành Chỉ thị số 09-CT/TW.",
...           "dates": [{"text": "Ngày 1/12/2011", "start": 0, "end": 14,
...                      "value": "2011-12-01"}]}
>>> task = to_labelstudio([record])[0]
>>> [(r["type"], r["value"]["text"]) for r in task["predictions"][0]["result"]]
[('labels', 'Ngày 1/12/2011'), ('textarea', ['value: 2011-12-01'])]
>>> list(to_conll([record]))[:4]
['# id = a1', 'Ngày\\tB-DATE', '1/12/2011\\tI-DATE', ',\\tO']
"""

from __future__ import annotations

import bisect
import pathlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import regex

from ttcorpus import __version__

# --------------------------------------------------------------------------
# Labels and the Label Studio labeling interface

MODEL_VERSION = f"ttcorpus {__version__}"
LABEL_FROM = "label"  # name of the <Labels> control
TEXT_NAME = "text"  # name of the <Text> object (and the task data key)
VALUE_FROM = "value"  # name of the per-region <TextArea> holding normalised values

# record field → span label, in the order regions are written
FIELD_LABELS: tuple[tuple[str, str], ...] = (
    ("dates", "DATE"),
    ("people", "PERSON"),
    ("agencies", "ORG"),
    ("doc_refs", "DOCREF"),
)
LABELS = tuple(label for _, label in FIELD_LABELS)
# Which label wins when CoNLL must choose between two overlapping spans of equal length.
LABEL_PRIORITY = {"DOCREF": 0, "PERSON": 1, "ORG": 2, "DATE": 3}
RELATIONS = ("implements", "continues", "amends", "replaces", "details")

# Article metadata copied into each task's ``data`` (and from there into the gold ``meta``).
META_FIELDS = ("title", "published", "authors", "site", "section", "attribution")

LABEL_CONFIG = """<View>
  <Style>.htx-text { white-space: pre-wrap; }</Style>
  <Labels name="label" toName="text">
    <Label value="DATE" background="#F4A261"/>
    <Label value="PERSON" background="#E76F51"/>
    <Label value="ORG" background="#2A9D8F"/>
    <Label value="DOCREF" background="#8AB17D"/>
  </Labels>
  <Text name="text" value="$text"/>
  <Relations>
    <Relation value="implements"/>
    <Relation value="continues"/>
    <Relation value="amends"/>
    <Relation value="replaces"/>
    <Relation value="details"/>
  </Relations>
  <View visibleWhen="region-selected">
    <Header value="Normalised values: one 'field: value' a line"/>
    <TextArea name="value" toName="text" perRegion="true" editable="true" rows="4"/>
  </View>
</View>
"""
"""The Label Studio labeling configuration for the tasks of :func:`to_labelstudio`:
span labels DATE, PERSON, ORG, DOCREF on the ``text`` field, relations between
documents, and a per-region text area ``value`` for the normalised values."""

# Normalised fields written per label, in this order (None values are left out).
NOTE_FIELDS: dict[str, tuple[str, ...]] = {
    "DATE": ("value",),
    "PERSON": ("name", "title"),
    "ORG": ("name", "canonical"),
    "DOCREF": ("type", "number", "code", "issuer", "date", "term"),
}


@dataclass(slots=True, frozen=True)
class Span:
    """One mention placed in the text: its label, offsets, index in its record
    field, and the mention itself."""

    label: str
    start: int
    end: int
    index: int
    mention: Mapping[str, Any]

    @property
    def region_id(self) -> str:
        """A stable region id, unique within the task (``date-0``, ``docref-3``)."""
        return f"{self.label.lower()}-{self.index}"


def record_spans(record: Mapping[str, Any]) -> list[Span]:
    """The record's mentions whose offsets hold (``text[start:end] == mention.text``),
    field by field in ``FIELD_LABELS`` order; a mention that does not fit is skipped.

    >>> text = "Bộ Công an họp."
    >>> [(s.label, s.start, s.end) for s in record_spans({"text": text, "agencies": [
    ...     {"text": "Bộ Công an", "start": 0, "end": 10}, {"text": "X", "start": 0, "end": 1}]})]
    [('ORG', 0, 10)]
    """
    text = record.get("text")
    if not isinstance(text, str):
        return []
    spans: list[Span] = []
    for field_name, label in FIELD_LABELS:
        mentions = record.get(field_name)
        if not isinstance(mentions, list):
            continue
        for i, m in enumerate(mentions):
            if not isinstance(m, dict):
                continue
            start, end = m.get("start"), m.get("end")
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end
                    <= len(text)):
                continue
            if isinstance(m.get("text"), str) and text[start:end] != m["text"]:
                continue
            spans.append(Span(label, start, end, i, m))
    return spans


# --------------------------------------------------------------------------
# Label Studio tasks


def mention_notes(label: str, mention: Mapping[str, Any], span_text: str) -> list[str]:
    """The ``field: value`` lines of a mention's normalised values (what its span
    text does not already say).

    >>> mention_notes("PERSON", {"name": "Tô Lâm", "titles": ["Đại tướng"]}, "Tô Lâm")
    ['title: Đại tướng']
    >>> mention_notes("DOCREF", {"type": "Chỉ thị", "number": "09", "code": "CT/TW",
    ...                          "issuer": None}, "Chỉ thị số 09-CT/TW")
    ['type: Chỉ thị', 'number: 09', 'code: CT/TW']
    """
    lines: list[str] = []
    for name in NOTE_FIELDS[label]:
        if name == "title":
            titles = mention.get("titles")
            if isinstance(titles, list):
                lines.extend(f"title: {t}" for t in titles if isinstance(t, str) and t)
            continue
        value = mention.get(name)
        if value is None or value == "":
            continue
        value = str(value)
        if name == "name" and value == span_text:
            continue
        if name == "canonical" and value == (mention.get("name") or span_text):
            continue
        lines.append(f"{name}: {value}")
    return lines


def _region_results(span: Span, text: str) -> list[dict[str, Any]]:
    """The ``labels`` result of one span, and its ``textarea`` result when it has notes."""
    span_text = text[span.start:span.end]
    out: list[dict[str, Any]] = [{
        "id": span.region_id,
        "from_name": LABEL_FROM,
        "to_name": TEXT_NAME,
        "type": "labels",
        "value": {"start": span.start, "end": span.end, "text": span_text,
                  "labels": [span.label]},
    }]
    notes = mention_notes(span.label, span.mention, span_text)
    if notes:
        out.append({
            "id": span.region_id,
            "from_name": VALUE_FROM,
            "to_name": TEXT_NAME,
            "type": "textarea",
            "value": {"start": span.start, "end": span.end, "text": notes},
        })
    return out


def _relation_results(record: Mapping[str, Any], spans: Sequence[Span]) -> list[dict[str, Any]]:
    """``doc_relations`` as Label Studio relations between DOCREF regions."""
    placed = {s.index: s.region_id for s in spans if s.label == "DOCREF"}
    out: list[dict[str, Any]] = []
    relations = record.get("doc_relations")
    for rel in relations if isinstance(relations, list) else []:
        if not isinstance(rel, dict):
            continue
        source = placed.get(rel["source"]) if isinstance(rel.get("source"), int) else None
        target = placed.get(rel["target"]) if isinstance(rel.get("target"), int) else None
        if source is None or target is None or not rel.get("relation"):
            continue
        out.append({"from_id": source, "to_id": target, "type": "relation",
                    "direction": "right", "labels": [str(rel["relation"])]})
    return out


def task_data(record: Mapping[str, Any], base: pathlib.Path | None = None) -> dict[str, Any]:
    """A task's ``data``: text, id, metadata, source; ``path`` (the source relative
    to ``base``) only when ``base`` is given and the source is a file under it.

    >>> task_data({"id": "a", "text": "Nội dung", "source": "corpus/texts/a.txt"},
    ...           pathlib.Path("corpus"))["path"]
    'texts/a.txt'
    """
    text = record.get("text")
    data: dict[str, Any] = {
        TEXT_NAME: text if isinstance(text, str) else "",
        "id": str(record.get("id", "")),
    }
    for name in META_FIELDS:
        value = record.get(name)
        data[name] = list(value) if name == "authors" and isinstance(value, list) else value
    if data["authors"] is None:
        data["authors"] = []
    source = record.get("source")
    data["source"] = source if isinstance(source, str) else None
    if base is not None and isinstance(source, str) and source:
        path = source_path(source, base)
        if path is not None:
            data["path"] = path
    return data


def source_path(source: str, base: pathlib.Path) -> str | None:
    """A record's source file relative to ``base`` (posix), or None when the source
    is not a file under ``base`` (stdin, a JSONL line, elsewhere)."""
    if source.startswith("<"):
        return None
    try:
        rel = pathlib.Path(source).resolve().relative_to(pathlib.Path(base).resolve())
    except (ValueError, OSError):
        return None
    return rel.as_posix()


def labelstudio_task(record: Mapping[str, Any], *, base: pathlib.Path | None = None,
                     model_version: str = MODEL_VERSION) -> dict[str, Any]:
    """One record → one Label Studio task with its mentions as a prediction."""
    data = task_data(record, base)
    text = data[TEXT_NAME]
    spans = record_spans(record)
    result: list[dict[str, Any]] = []
    for span in spans:
        result.extend(_region_results(span, text))
    result.extend(_relation_results(record, spans))
    return {"data": data, "predictions": [{"model_version": model_version, "result": result}]}


def to_labelstudio(records: Iterable[Mapping[str, Any]], *, base: pathlib.Path | None = None,
                   model_version: str = MODEL_VERSION) -> list[dict[str, Any]]:
    """Extract records → Label Studio tasks (import them as a JSON list).

    >>> tasks = to_labelstudio([{"id": "a", "text": "Ông Tô Lâm phát biểu.", "people": [
    ...     {"text": "Tô Lâm", "start": 4, "end": 10, "name": "Tô Lâm", "titles": []}]}])
    >>> tasks[0]["data"]["id"], tasks[0]["predictions"][0]["result"][0]["value"]
    ('a', {'start': 4, 'end': 10, 'text': 'Tô Lâm', 'labels': ['PERSON']})
    """
    return [labelstudio_task(r, base=base, model_version=model_version) for r in records]


# --------------------------------------------------------------------------
# CoNLL BIO lines

# A word: letters, marks and digits, with inner connectors kept ("09-CT/TW", "1/12/2011",
# "TP.HCM", "10:30", "3,5"); connectors and word characters are disjoint classes and
# every repetition is possessive, so matching is linear.
_WORD = r"[\p{L}\p{M}\p{N}]++(?:[\-‐‑/.,:'’_&+@·][\p{L}\p{M}\p{N}]++)*+"
# Anything else that is not white space: a run of one repeated character ("...", "!!").
TOKEN_PATTERN = regex.compile(rf"{_WORD}|(\S)\1*+")
SENTENCE_END = regex.compile(r"[.!?…]++")
CLOSING = regex.compile(r"[\p{Pe}\p{Pf}\"']++")
SENTENCE_START = regex.compile(r"[\p{Lu}\p{N}\p{Pi}\p{Ps}\"']")
ABBREVIATION = regex.compile(r"\p{Lu}{1,3}+")  # "TP." "Q." before a period: no break


def tokenize(text: str, boundaries: Iterable[int] = ()) -> list[tuple[int, int]]:
    """Token offsets: white space separates, punctuation is split off words, and
    tokens are also cut at each offset in ``boundaries`` (entity edges).

    >>> t = "Chỉ thị số 09-CT/TW (ngày 1/12/2011)."
    >>> [t[s:e] for s, e in tokenize(t)]
    ['Chỉ', 'thị', 'số', '09-CT/TW', '(', 'ngày', '1/12/2011', ')', '.']
    >>> t = "UBND tỉnh"
    >>> [t[s:e] for s, e in tokenize(t, [2])]
    ['UB', 'ND', 'tỉnh']
    """
    cuts = sorted(set(boundaries))
    out: list[tuple[int, int]] = []
    for m in TOKEN_PATTERN.finditer(text):
        s, e = m.span()
        i = bisect.bisect_right(cuts, s)
        while i < len(cuts) and cuts[i] < e:
            out.append((s, cuts[i]))
            s = cuts[i]
            i += 1
        out.append((s, e))
    return out


def bio_spans(spans: Iterable[Span]) -> list[Span]:
    """Non-overlapping spans for BIO tags: longer spans first, then by
    ``LABEL_PRIORITY``; a span overlapping one already taken is left out."""
    taken: list[Span] = []
    starts: list[int] = []
    for span in sorted(spans, key=lambda s: (s.start - s.end, LABEL_PRIORITY[s.label], s.start)):
        i = bisect.bisect_left(starts, span.start)
        if i > 0 and taken[i - 1].end > span.start:
            continue
        if i < len(taken) and taken[i].start < span.end:
            continue
        taken.insert(i, span)
        starts.insert(i, span.start)
    return taken


def _sentence_breaks(text: str, tokens: Sequence[tuple[int, int]],
                     inside: Callable[[int], bool]) -> set[int]:
    """Indices of tokens that start a new sentence inside one paragraph: after
    . ! ? … (and any closing quotes or brackets), before a capital, a digit or an
    opening quote, not after a short capital abbreviation ("TP.") and never inside
    an entity."""
    breaks: set[int] = set()
    n = len(tokens)
    for i, (s, e) in enumerate(tokens):
        if not SENTENCE_END.fullmatch(text, s, e) or i == 0:
            continue
        ps, pe = tokens[i - 1]
        if text[s] == "." and pe == s and ABBREVIATION.fullmatch(text, ps, pe):
            continue
        j = i + 1
        while j < n and CLOSING.fullmatch(text, *tokens[j]):
            j += 1
        if j < n and SENTENCE_START.match(text, tokens[j][0]) and not inside(tokens[j][0]):
            breaks.add(j)
    return breaks


def conll_sentences(text: str, spans: Iterable[Span]) -> Iterator[list[tuple[str, str]]]:
    """The text as sentences of ``(token, tag)`` with BIO tags from ``spans``
    (overlaps resolved by :func:`bio_spans`). Paragraphs (lines) always end a sentence.

    >>> text = "Sáng 12/4, Bộ Công an họp. Hội nghị kết thúc."
    >>> spans = [Span("DATE", 0, 9, 0, {}), Span("ORG", 11, 21, 0, {})]
    >>> [[tag for _, tag in s] for s in conll_sentences(text, spans)]
    [['B-DATE', 'I-DATE', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O'], ['O', 'O', 'O', 'O', 'O']]
    """
    chosen = bio_spans(spans)
    starts = [s.start for s in chosen]

    def owner(offset: int) -> Span | None:
        i = bisect.bisect_right(starts, offset) - 1
        return chosen[i] if i >= 0 and offset < chosen[i].end else None

    def inside(offset: int) -> bool:
        span = owner(offset)
        return span is not None and span.start < offset

    edges = [x for s in chosen for x in (s.start, s.end)]
    pos = 0
    for line in text.split("\n"):
        tokens = [(s + pos, e + pos) for s, e in tokenize(line, (x - pos for x in edges
                                                                 if pos < x < pos + len(line)))]
        pos += len(line) + 1
        if not tokens:
            continue
        breaks = _sentence_breaks(text, tokens, inside)
        sentence: list[tuple[str, str]] = []
        previous: Span | None = None
        for i, (s, e) in enumerate(tokens):
            if i in breaks and sentence:
                yield sentence
                sentence = []
            span = owner(s)
            if span is None:
                tag = "O"
            else:  # B- also where a span runs on past a line end: a new sentence
                begins = span.start == s or not sentence or previous is not span
                tag = f"{'B' if begins else 'I'}-{span.label}"
            sentence.append((text[s:e], tag))
            previous = span
        if sentence:
            yield sentence


def to_conll(records: Iterable[Mapping[str, Any]]) -> Iterator[str]:
    """Extract records → CoNLL lines (without newlines): ``# id = …`` per article,
    then one ``token<TAB>TAG`` line per token, a blank line after each sentence.

    >>> print("\\n".join(to_conll([{"id": "a", "text": "Ông Tô Lâm phát biểu.", "people": [
    ...     {"text": "Tô Lâm", "start": 4, "end": 10}]}])).expandtabs(8))
    # id = a
    Ông     O
    Tô      B-PERSON
    Lâm     I-PERSON
    phát    O
    biểu    O
    .       O
    <BLANKLINE>
    """
    for record in records:
        text = record.get("text")
        yield f"# id = {record.get('id', '')}"
        if not isinstance(text, str) or not text.strip():
            yield ""
            continue
        for sentence in conll_sentences(text, record_spans(record)):
            for token, tag in sentence:
                yield f"{token}\t{tag}"
            yield ""


# --------------------------------------------------------------------------
# The command: read extract records, write one format

FORMATS = ("labelstudio", "conll")


def read_records(paths: Sequence[str], on_error: Callable[[str], None]) -> Iterator[dict[str, Any]]:
    """Extract records from files, directories or ``-``: ``extract`` JSONL is taken
    as is; raw articles and ``clean`` records go through the pipeline first."""
    from ttcorpus.io import InputError, read_inputs
    from ttcorpus.pipeline import MENTION_FIELDS, process_item

    for item in read_inputs(paths):
        if isinstance(item, InputError):
            on_error(f"{item.source}: {item.error}: {item.detail}")
            continue
        record = item.record
        if record is not None and any(isinstance(record.get(f), list) for f in MENTION_FIELDS):
            yield record
            continue
        try:
            yield process_item(item)
        except Exception as exc:  # one bad article must not stop the export
            on_error(f"{item.source}: internal error: {type(exc).__name__}: {exc}")


def export_lines(records: Iterable[Mapping[str, Any]], fmt: str, *,
                 base: pathlib.Path | None = None) -> Iterator[bytes]:
    """The output of ``ttcorpus export`` as encoded lines (no newlines): a JSON list
    with one task a line for ``labelstudio``, BIO lines for ``conll``."""
    from ttcorpus.io import encode_record

    if fmt == "conll":
        for line in to_conll(records):
            yield line.encode("utf-8")
        return
    if fmt != "labelstudio":
        raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    first = True
    yield b"["
    for record in records:
        task = encode_record(labelstudio_task(record, base=base))
        yield task if first else b"," + task
        first = False
    yield b"]"


def export_command(paths: Sequence[str], fmt: str = "labelstudio", output: str | None = None,
                   base: str | None = None,
                   on_error: Callable[[str], None] | None = None) -> int:
    """``ttcorpus export``: records from ``paths`` to ``output`` (stdout when None),
    written atomically; returns the exit code (1 when some input was unreadable)."""
    from ttcorpus.io import JsonlSink

    errors: list[str] = []

    def report(message: str) -> None:
        errors.append(message)
        if on_error is not None:
            on_error(message)

    if fmt not in FORMATS:
        report(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
        return 2
    sink = JsonlSink(output)
    try:
        for line in export_lines(read_records(paths, report), fmt,
                                 base=pathlib.Path(base) if base else None):
            sink.write_line(line)
        sink.commit()
    except BaseException:
        sink.abort()
        raise
    return 1 if errors else 0
