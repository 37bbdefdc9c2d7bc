"""Label Studio's JSON export → gold files (docs/gold-format.md) for ``ttcorpus eval``.

The export is a JSON list of tasks as written by :mod:`ttcorpus.export` and then
corrected by people: ``{"data": {...}, "annotations": [{"result": [...]}, ...],
"predictions": [...]}``. For each task the most recent usable annotation is read
(a ``ground_truth`` one first; cancelled ones never); a task nobody annotated
falls back to its predictions unless ``use_predictions=False``.

Regions become gold entries:

* DATE → ``dates``: ``{"text", "value"}``; the value comes from the region's
  ``value`` text area (``value: 2011-12-01``), else it is recomputed from the span
  with :func:`ttcorpus.extract.find_dates` (year-less dates take the task's
  ``published`` year).
* PERSON → ``people``: ``{"name", "titles"}``; the name is the span text unless
  the text area says ``name: …``; each ``title: …`` line is a title.
* ORG → ``agencies``: ``{"name", "aliases"}``; regions sharing a ``canonical:``
  line (or the same name) are one agency, its longest form the name, the others
  aliases; ``optional: yes`` marks the entry optional.
* DOCREF → ``doc_refs``: ``{"type", "number", "code", "issuer", "date", "term"}``
  from the text area when it has one (only the attributes it lists), else
  recomputed with :func:`ttcorpus.extract.find_doc_refs` on the span text.
* Relations between DOCREF regions → ``doc_relations``.

Entries are sets, as the gold format wants: a value mentioned five times is
written once. ``meta`` comes from the task data; ``drop`` and ``keep`` stay empty
unless the task data carries them; ``path`` is kept when the task data has one.

>>> task = {"data": {"id": "a1", "text": "Sáng 4/3, Tỉnh ủy họp.", "published": "2024-03-05"},
...         "annotations": [{"result": [{"id": "r1", "from_name": "label", "to_name": "text",
...             "type": "labels", "value": {"start": 0, "end": 8, "labels": ["DATE"]}}]}]}
>>> gold = labelstudio_to_gold([task])[0]
>>> gold["id"], gold["dates"]
('a1', [{'text': 'Sáng 4/3', 'value': '2024-03-04'}])
"""

from __future__ import annotations

import contextlib
import json
import os
import pathlib
import re
import sys
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ttcorpus.evaluate import doc_key, name_key
from ttcorpus.export import LABELS, META_FIELDS, RELATIONS, TEXT_NAME

Warn = Callable[[str], None]

# "field: value" lines of a region's text area; a line without a known field name
# is the label's main value (a date's value, a person's or agency's name).
NOTE_LINE = re.compile(r"\s*([A-Za-z_]+)\s*[:=]\s*(.*?)\s*\Z", re.DOTALL)
NOTE_KEYS = frozenset(
    "value name title titles canonical alias optional type number code issuer date term".split()
)
MAIN_KEY = {"DATE": "value", "PERSON": "name", "ORG": "name", "DOCREF": ""}
EMPTY_VALUES = frozenset({"", "-", "null", "none"})
TRUE_VALUES = frozenset({"yes", "true", "1", "x", "có"})
DOC_ATTRIBUTES = ("code", "issuer", "date", "term")
# The shapes a gold date value may take (docs/gold-format.md).
_ISO = r"(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}-\d{2})"
DATE_VALUE = re.compile(rf"{_ISO}(?:/{_ISO})?")


# --------------------------------------------------------------------------
# One region


@dataclass(slots=True)
class Region:
    """A labelled span of one task, with the lines of its text area."""

    id: str
    label: str
    start: int
    end: int
    text: str
    notes: dict[str, list[str]] = field(default_factory=dict)

    def note(self, key: str) -> str | None:
        """The first non-empty value given for ``key`` (None when absent)."""
        for value in self.notes.get(key, ()):
            if value.casefold() not in EMPTY_VALUES:
                return value
        return None


def parse_notes(lines: Iterable[str], label: str) -> dict[str, list[str]]:
    """Text-area entries → values by field; entries may hold several lines.

    >>> parse_notes(["name: Tô Lâm\\ntitle: Đại tướng", "title: Bộ trưởng Bộ Công an"], "PERSON")
    {'name': ['Tô Lâm'], 'title': ['Đại tướng', 'Bộ trưởng Bộ Công an']}
    >>> parse_notes(["2024-03-04"], "DATE")
    {'value': ['2024-03-04']}
    """
    out: dict[str, list[str]] = {}
    main = MAIN_KEY.get(label, "")
    for entry in lines:
        for line in str(entry).splitlines():
            line = line.strip()
            if not line:
                continue
            m = NOTE_LINE.match(line)
            key, value = (m.group(1).lower(), m.group(2)) if m else ("", line)
            if key not in NOTE_KEYS:
                key, value = main, line
            if key == "titles":
                out.setdefault("title", []).extend(t.strip() for t in value.split(";") if t.strip())
            elif key:
                out.setdefault(key, []).append(value)
    return out


def _utf16_to_index(text: str, offset: int) -> int:
    """A UTF-16 code-unit offset (JavaScript's) → a code-point index into ``text``."""
    units = 0
    for i, ch in enumerate(text):
        if units >= offset:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def locate(text: str, value: Mapping[str, Any], warn: Warn, where: str) -> tuple[int, int] | None:
    """A region's offsets into ``text``: as code points (what ttcorpus writes and
    Label Studio stores), else as UTF-16 units when that is what fits the region's
    own ``text``. None when the offsets are unusable.

    >>> locate("🙂 Bộ Công an", {"start": 3, "end": 13, "text": "Bộ Công an"}, print, "t")
    (2, 12)
    """
    start, end = value.get("start"), value.get("end")
    if not (isinstance(start, int) and isinstance(end, int)):
        warn(f"{where}: region without character offsets: skipped")
        return None
    said = value.get("text")
    if not isinstance(said, str) or text[start:end] == said:
        if 0 <= start < end <= len(text):
            return start, end
        warn(f"{where}: offsets {start}-{end} outside the text: skipped")
        return None
    s16, e16 = _utf16_to_index(text, start), _utf16_to_index(text, end)
    if text[s16:e16] == said:
        return s16, e16
    if 0 <= start < end <= len(text):
        warn(f"{where}: region text {said!r} differs from the task text "
             f"{text[start:end]!r}: the task text is used")
        return start, end
    warn(f"{where}: offsets {start}-{end} outside the text: skipped")
    return None


# --------------------------------------------------------------------------
# Choosing what to read in a task


def _is_cancelled(annotation: Mapping[str, Any]) -> bool:
    return bool(annotation.get("was_cancelled"))


def chosen_result(task: Mapping[str, Any], use_predictions: bool = True
                  ) -> tuple[list[dict[str, Any]], str] | None:
    """The result list to read and where it came from (``annotation`` or
    ``prediction``): the ground-truth or most recently updated annotation that was
    not cancelled; else, if allowed, the ttcorpus prediction (or the first one).

    >>> chosen_result({"annotations": [{"result": [], "was_cancelled": True}],
    ...                "predictions": [{"model_version": "m", "result": [{"id": "x"}]}]})
    ([{'id': 'x'}], 'prediction')
    """
    annotations = [a for a in task.get("annotations") or [] if isinstance(a, dict)
                   and isinstance(a.get("result"), list) and not _is_cancelled(a)]
    if annotations:
        ranked = sorted(enumerate(annotations), key=lambda ia: (
            bool(ia[1].get("ground_truth")),
            str(ia[1].get("updated_at") or ia[1].get("created_at") or ""),
            ia[0]))
        return list(ranked[-1][1]["result"]), "annotation"
    if not use_predictions:
        return None
    predictions = [p for p in task.get("predictions") or [] if isinstance(p, dict)
                   and isinstance(p.get("result"), list)]
    if not predictions:
        return None
    ours = [p for p in predictions if str(p.get("model_version", "")).startswith("ttcorpus")]
    return list((ours or predictions)[0]["result"]), "prediction"


def task_regions(text: str, result: Sequence[Any], warn: Warn, where: str
                 ) -> tuple[list[Region], list[tuple[str, str, str]]]:
    """The labelled regions of a result (with their text-area notes) and its
    relations as ``(from_id, to_id, relation)``."""
    notes: dict[str, list[str]] = {}
    for item in result:
        if not isinstance(item, dict):
            continue
        rid = str(item.get("id", ""))
        value = _as_dict(item.get("value"))
        if item.get("type") == "textarea" and isinstance(value.get("text"), list):
            notes.setdefault(rid, []).extend(str(t) for t in value["text"])
        meta = item.get("meta")
        if isinstance(meta, dict) and isinstance(meta.get("text"), list):
            notes.setdefault(rid, []).extend(str(t) for t in meta["text"])
    regions: list[Region] = []
    relations: list[tuple[str, str, str]] = []
    for item in result:
        if not isinstance(item, dict):
            continue
        if item.get("type") == "relation":
            for label in item.get("labels") or []:
                relations.append((str(item.get("from_id")), str(item.get("to_id")), str(label)))
            continue
        if item.get("type") != "labels" or not isinstance(item.get("value"), dict):
            continue
        value = item["value"]
        labels = [str(x).upper() for x in value.get("labels") or [] if str(x).upper() in LABELS]
        if not labels:
            warn(f"{where}: region with labels {value.get('labels')!r}: not a ttcorpus label")
            continue
        span = locate(text, value, warn, where)
        if span is None:
            continue
        rid = str(item.get("id", ""))
        for label in labels:
            regions.append(Region(rid, label, span[0], span[1], text[span[0]:span[1]],
                                  parse_notes(notes.get(rid, ()), label)))
    return regions, relations


# --------------------------------------------------------------------------
# Regions → gold entries


def gold_dates(regions: Iterable[Region], published: str | None, warn: Warn,
               where: str) -> list[dict[str, str]]:
    """DATE regions → ``[{"text", "value"}]``, one entry per value."""
    from ttcorpus.extract import find_dates

    out: dict[str, dict[str, str]] = {}
    for r in regions:
        value = r.note("value")
        if value is None:
            found = find_dates(r.text, published)
            if not found:
                warn(f"{where}: no date value for {r.text!r}: give one as 'value: YYYY-MM-DD'")
                continue
            value = max(found, key=lambda d: d.end - d.start).value
        elif not DATE_VALUE.fullmatch(value):
            warn(f"{where}: date value {value!r} of {r.text!r} is not in the gold format")
        out.setdefault(value, {"text": r.text, "value": value})
    return list(out.values())


def _add_unique(items: list[str], values: Iterable[str]) -> None:
    """Append the values not yet in ``items`` (compared by ``name_key``)."""
    seen = {name_key(x) for x in items}
    for v in values:
        if v and name_key(v) not in seen:
            seen.add(name_key(v))
            items.append(v)


def gold_people(regions: Iterable[Region]) -> list[dict[str, Any]]:
    """PERSON regions → ``[{"name", "titles"}]``, one entry per name, titles merged."""
    people: dict[str, dict[str, Any]] = {}
    for r in regions:
        name = r.note("name") or r.text
        entry = people.setdefault(name_key(name), {"name": name, "titles": []})
        _add_unique(entry["titles"], r.notes.get("title", ()))
    return list(people.values())


def gold_agencies(regions: Iterable[Region]) -> list[dict[str, Any]]:
    """ORG regions → ``[{"name", "aliases"}]``: regions with the same canonical name
    (or, without one, the same name) are one entry; the longest form is its name."""
    groups: dict[str, tuple[list[str], list[bool]]] = {}
    for r in regions:
        name = r.note("name") or r.text
        key = name_key(r.note("canonical") or name)
        forms, optional = groups.setdefault(key, ([], []))
        _add_unique(forms, [name, r.text, *r.notes.get("alias", ())])
        optional.append((r.note("optional") or "").casefold() in TRUE_VALUES)
    out: list[dict[str, Any]] = []
    for forms, optional in groups.values():
        name = max(forms, key=len)
        entry: dict[str, Any] = {"name": name, "aliases": [f for f in forms if f != name]}
        if all(optional):
            entry["optional"] = True
        out.append(entry)
    return out


def _doc_ref_fields(r: Region, warn: Warn, where: str) -> dict[str, str] | None:
    """One DOCREF region's type, number and attributes: its text area when it has
    one (only what it lists), else recomputed from the span text."""
    from ttcorpus.extract import find_doc_refs

    fields: dict[str, str] = {}
    if r.notes:
        for name in ("type", "number", *DOC_ATTRIBUTES):
            value = r.note(name)
            if value is not None:
                fields[name] = value
    if "type" not in fields or "number" not in fields:
        found = find_doc_refs(r.text)
        if not found:
            warn(f"{where}: no document type and number in {r.text!r}: "
                 "give them as 'type: …' and 'number: …'")
            return None
        ref = found[0].to_dict()
        fields.setdefault("type", ref["type"])
        fields.setdefault("number", ref["number"])
        if not r.notes:
            for name in DOC_ATTRIBUTES:
                if ref.get(name):
                    fields[name] = str(ref[name])
    return fields


def gold_doc_refs(regions: Iterable[Region], warn: Warn, where: str
                  ) -> tuple[list[dict[str, str]], dict[str, dict[str, str]]]:
    """DOCREF regions → ``[{"type", "number", code…}]`` (one entry per type and
    number, attributes merged: the first value given wins) and each region id's entry."""
    refs: dict[Any, dict[str, str]] = {}
    by_region: dict[str, dict[str, str]] = {}
    for r in regions:
        fields = _doc_ref_fields(r, warn, where)
        if fields is None:
            continue
        entry = refs.setdefault(doc_key(fields), {"type": fields["type"],
                                                  "number": fields["number"]})
        for name in DOC_ATTRIBUTES:
            if name not in fields:
                continue
            if name not in entry:
                entry[name] = fields[name]
            elif name_key(entry[name]) != name_key(fields[name]):
                warn(f"{where}: {entry['type']} {entry['number']} has two {name}s "
                     f"({entry[name]!r}, {fields[name]!r}): the first is kept")
        by_region[r.id] = entry
    return list(refs.values()), by_region


def gold_relations(relations: Iterable[tuple[str, str, str]],
                   by_region: Mapping[str, Mapping[str, str]], warn: Warn,
                   where: str) -> list[dict[str, Any]]:
    """Relations between DOCREF regions → ``[{"source", "target", "relation"}]``."""
    out: dict[tuple[Any, Any, str], dict[str, Any]] = {}
    for from_id, to_id, relation in relations:
        source, target = by_region.get(from_id), by_region.get(to_id)
        if source is None or target is None:
            warn(f"{where}: relation {relation!r} not between two document references: skipped")
            continue
        if relation not in RELATIONS:
            warn(f"{where}: unknown relation {relation!r} (one of {', '.join(RELATIONS)})")
        key = (doc_key(source), doc_key(target), relation)
        out.setdefault(key, {
            "source": {"type": source["type"], "number": source["number"]},
            "target": {"type": target["type"], "number": target["number"]},
            "relation": relation,
        })
    return list(out.values())


def task_gold(task: Mapping[str, Any], *, text_field: str = TEXT_NAME,
              use_predictions: bool = True, warn: Warn | None = None) -> dict[str, Any] | None:
    """One task → one gold dict, or None (with a warning) when it has no id or
    nothing to read."""
    warn = warn or _ignore
    data = _as_dict(task.get("data"))
    rid = data.get("id")
    if rid is None or rid == "":
        rid = task.get("id")
    if rid is None or rid == "":
        warn("a task without an id (data.id): skipped")
        return None
    gid = str(rid)
    text = data.get(text_field)
    if not isinstance(text, str):
        hint = "" if "data" in task else " (export as JSON, not JSON-MIN)"
        warn(f"{gid}: no text in data.{text_field}{hint}: skipped")
        return None
    chosen = chosen_result(task, use_predictions)
    if chosen is None:
        warn(f"{gid}: no annotation" + ("" if use_predictions else " (predictions not used)")
             + ": skipped")
        return None
    result, origin = chosen
    if origin == "prediction":
        warn(f"{gid}: nobody annotated it: the gold is ttcorpus's own prediction")
    regions, relations = task_regions(text, result, warn, gid)
    by_label: dict[str, list[Region]] = {label: [] for label in LABELS}
    for r in sorted(regions, key=lambda r: (r.start, r.end)):
        by_label[r.label].append(r)
    published = data.get("published") if isinstance(data.get("published"), str) else None
    doc_refs, ref_of_region = gold_doc_refs(by_label["DOCREF"], warn, gid)
    gold: dict[str, Any] = {"id": gid}
    if isinstance(data.get("path"), str) and data["path"]:
        gold["path"] = data["path"]
    gold["meta"] = {name: data.get(name) for name in META_FIELDS}
    if not isinstance(gold["meta"]["authors"], list):
        gold["meta"]["authors"] = []
    gold["drop"] = list(data["drop"]) if isinstance(data.get("drop"), list) else []
    gold["keep"] = list(data["keep"]) if isinstance(data.get("keep"), list) else []
    gold["dates"] = gold_dates(by_label["DATE"], published, warn, gid)
    gold["people"] = gold_people(by_label["PERSON"])
    gold["agencies"] = gold_agencies(by_label["ORG"])
    gold["doc_refs"] = doc_refs
    gold["doc_relations"] = gold_relations(relations, ref_of_region, warn, gid)
    return gold


def _ignore(message: str) -> None:
    return None


def _as_dict(value: object) -> dict[str, Any]:
    """A JSON object as a dict ({} for anything else)."""
    return value if isinstance(value, dict) else {}


def labelstudio_to_gold(export: Iterable[Mapping[str, Any]], *, text_field: str = TEXT_NAME,
                        use_predictions: bool = True,
                        warn: Warn | None = None) -> list[dict[str, Any]]:
    """Label Studio's JSON export (a list of tasks) → one gold dict per task, in the
    gold format. ``text_field`` is the task data key holding the article text;
    ``warn`` receives one message per problem (skipped tasks and regions, tasks read
    from predictions, values not in the gold format)."""
    out: list[dict[str, Any]] = []
    for task in export:
        if not isinstance(task, Mapping):
            (warn or _ignore)(f"not a task: a JSON {type(task).__name__}: skipped")
            continue
        gold = task_gold(task, text_field=text_field, use_predictions=use_predictions, warn=warn)
        if gold is not None:
            out.append(gold)
    return out


# --------------------------------------------------------------------------
# Writing the gold folder

_UNSAFE = re.compile(r"[^\w.\-]+")


def gold_file_name(gid: str) -> str:
    """A safe file name for a gold id (the id itself is kept inside the file).

    >>> gold_file_name("crawl:12"), gold_file_name("../x")
    ('crawl_12.json', '_x.json')
    """
    name = _UNSAFE.sub("_", gid).lstrip(".") or "_"
    return f"{name}.json"


def _write_atomically(path: pathlib.Path, content: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_gold_dir(gold_dicts: Iterable[Mapping[str, Any]],
                   out_dir: str | os.PathLike[str]) -> list[pathlib.Path]:
    """Write each gold dict to ``out_dir/<id>.json`` (each file atomically: a
    temporary file, then a rename). Two dicts with the same id, or two ids with
    the same file name, are a ``ValueError`` and nothing is written."""
    golds = list(gold_dicts)
    names: dict[str, str] = {}
    for g in golds:
        gid = str(g.get("id", ""))
        name = gold_file_name(gid)
        if name in names:
            raise ValueError(f"ids {names[name]!r} and {gid!r} would both be written to {name}")
        names[name] = gid
    out = pathlib.Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[pathlib.Path] = []
    for g in golds:
        path = out / gold_file_name(str(g.get("id", "")))
        _write_atomically(path, json.dumps(g, ensure_ascii=False, indent=1) + "\n")
        written.append(path)
    return written


# --------------------------------------------------------------------------
# The command


def read_export(path: str) -> list[Any]:
    """A Label Studio JSON export (a list of tasks, or one task) from a file or ``-``."""
    raw = sys.stdin.read() if path == "-" else pathlib.Path(path).read_text(encoding="utf-8-sig")
    data = json.loads(raw)
    if isinstance(data, dict):
        return [data]
    if not isinstance(data, list):
        raise ValueError(f"a JSON {type(data).__name__}, not a list of tasks")
    return data


def import_gold_command(export_path: str, out_dir: str, *, text_field: str = TEXT_NAME,
                        use_predictions: bool = True,
                        report: Warn | None = None) -> int:
    """``ttcorpus import-gold``: read the export, write the gold folder; returns the
    exit code (2: the export cannot be read or ids collide; 1: cannot write).
    ``report`` receives the warnings, then one closing line saying what was written."""
    warn = report or _ignore
    try:
        export = read_export(export_path)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        warn(f"{export_path}: cannot read the export: {exc}")
        return 2
    golds = labelstudio_to_gold(export, text_field=text_field, use_predictions=use_predictions,
                                warn=warn)
    try:
        written = write_gold_dir(golds, out_dir)
    except ValueError as exc:
        warn(str(exc))
        return 2
    except OSError as exc:
        warn(f"{out_dir}: cannot write: {exc.strerror or exc}")
        return 1
    warn(f"{len(written)} gold files written to {out_dir} ({len(export)} tasks read)")
    return 0
