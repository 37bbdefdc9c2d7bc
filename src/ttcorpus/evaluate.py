"""Score ttcorpus output against hand-made gold annotations (``ttcorpus eval``).

The gold format is documented in ``docs/gold-format.md``: one JSON file per article
that says what must leave the page, what must survive, and which dates, people,
agencies and numbered documents the clean body mentions. ``evaluate`` reads a folder
of gold files and a JSONL of ttcorpus records and returns an ``EvalReport``:

- cleaning: the share of body lines kept, of boilerplate and captions removed, and
  the number of input lines found neither in ``text`` nor in ``removed``;
- metadata: title and dateline accuracy, datelines invented where the page has none,
  authors as a set;
- entities, as sets per article: precision, recall and F1 for dates, people,
  agencies, document references and the relations between documents, plus person
  titles (recall) and document attributes (accuracy) as secondary figures;
- ``misses``: one line per miss, by article, for ``-v``.

Strings are compared through two keys (see ``text_key`` and ``name_key``), so
typographic variants and tone placement never count as errors, while a body line
whose letters changed does.

>>> name_key("Ủy ban nhân dân tỉnh Khánh Hoà") == name_key("UỶ BAN NHÂN DÂN TỈNH KHÁNH HÒA")
True
>>> text_key("Tỉnh uỷ") == text_key("TỈNH ỦY")
False
>>> Tally(tp=3, fp=1, fn=1).to_dict()
{'tp': 3, 'fp': 1, 'fn': 1, 'p': 0.75, 'r': 0.75, 'f1': 0.75}
"""

from __future__ import annotations

import json
import pathlib
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import regex
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from ttcorpus.normalize import (
    decode_bytes,
    fold,
    normalize_line,
    split_lines,
    unify_punctuation,
)

__all__ = [
    "ArticleScore",
    "EvalReport",
    "GoldArticle",
    "GoldError",
    "Share",
    "Tally",
    "evaluate",
    "load_gold",
    "name_key",
    "read_predictions",
    "render_report",
    "score_article",
    "text_key",
]

# ---------------------------------------------------------------------------
# Matching keys
# ---------------------------------------------------------------------------

# The five Vietnamese tone marks as combining characters: grave, acute, tilde,
# hook above, dot below. (Circumflex, breve and horn are letters' own marks.)
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_TONE = regex.compile(f"[{TONE_MARKS}]")
# A syllable: a run of letters, digits and underscores in NFC text (where Vietnamese
# letters are precomposed, so no combining mark is needed inside the class).
_SYLLABLE = regex.compile(r"[\p{L}\p{N}_]+")
_WORD_CHAR = regex.compile(r"[\p{L}\p{N}_]")
# The typographic variants fold() unifies, for the case-preserving text_key
# (normalize.py keeps its own table private).


def tone_at_end(syllable: str) -> str:
    """One spelling per syllable whichever vowel carries the tone: the first tone
    mark moves behind the last letter. ``fold`` only fixes the old/new placement on
    a final oa/oe/uy; annotators and sites also misplace tones elsewhere ("Hòang").

    >>> tone_at_end("hòa") == tone_at_end("hoà")
    True
    >>> tone_at_end("Hòang") == tone_at_end("Hoàng")
    True
    >>> tone_at_end("Hà") == tone_at_end("Ha")
    False
    """
    decomposed = unicodedata.normalize("NFD", syllable)
    tone = _TONE.search(decomposed)
    if tone is None:
        return syllable
    return unicodedata.normalize("NFC", _TONE.sub("", decomposed) + tone.group())


def _tones_at_end(text: str) -> str:
    """``tone_at_end`` on every syllable, white space collapsed (line breaks too)."""
    return " ".join(_SYLLABLE.sub(lambda m: tone_at_end(m.group()), text).split())


def text_key(text: str | None) -> str:
    """The key for body text, titles and drops: ``normalize_line`` (NFC, Đ, no
    invisible characters, white space collapsed), quotes, dashes and the ellipsis
    unified, tone placement ignored, and case KEPT — unlike ``fold``, because a
    body line that comes out in other letters was not kept verbatim.

    >>> text_key("“Hoà bình” – Đà Nẵng…") == text_key('"Hòa  bình" - Ðà Nẵng...')
    True
    >>> text_key("Hòa bình") == text_key("HÒA BÌNH")
    False
    """
    if not text:
        return ""
    return _tones_at_end(unify_punctuation(normalize_line(text)))


def name_key(text: str | None) -> str:
    """The key for names, titles of people, document types and attributes:
    ``fold`` (which casefolds) with tone placement ignored as in ``text_key``.

    >>> name_key("Bộ trưởng Bộ Công an") == name_key("bộ trưởng  BỘ CÔNG AN")
    True
    >>> name_key("Nguyễn Văn Hòang") == name_key("Nguyễn Văn Hoàng")
    True
    """
    return _tones_at_end(fold(text))


def _as_text(value: object) -> str:
    """A JSON value as a string for a key: None and other falsy values → ''."""
    if isinstance(value, str):
        return value
    return str(value) if value else ""


def number_key(number: object) -> str:
    """Document numbers: "09" and "9" are the same number; other numbers
    compare by ``name_key``.

    >>> number_key("09"), number_key(9), number_key(" 174 "), number_key("12a")
    ('9', '9', '174', '12a')
    """
    written = _as_text(number).strip()
    return str(int(written)) if written.isdecimal() else name_key(written)


# A document-type misspelling found in real articles, read as the intended type.
# ("Chị thị" for "Chỉ thị": one tone mark off; see FORMAT rules in docs/gold-format.md.)
_TYPE_MISSPELLINGS = {name_key("Chị thị"): name_key("Chỉ thị")}

DocKey = tuple[str, str]


def doc_key(ref: Mapping[str, Any]) -> DocKey:
    """A document reference's identity: (type, number), folded.

    >>> doc_key({"type": "Chị thị", "number": "09"}) == doc_key({"type": "CHỈ THỊ", "number": 9})
    True
    """
    kind = name_key(_as_text(ref.get("type")))
    return _TYPE_MISSPELLINGS.get(kind, kind), number_key(ref.get("number"))


# ---------------------------------------------------------------------------
# Figures
# ---------------------------------------------------------------------------


def _ratio(hit: int, total: int) -> float:
    """hit/total rounded to 4 places; 1.0 when there is nothing to count."""
    return round(hit / total, 4) if total else 1.0


@dataclass(slots=True)
class Tally:
    """True positives, false positives and false negatives of a set comparison.

    >>> (Tally(1, 0, 2) + Tally(1, 2, 0)).f1
    0.5
    >>> Tally().precision, Tally().recall
    (1.0, 1.0)
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "p": round(self.precision, 4),
                "r": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass(slots=True)
class Share:
    """``hit`` of ``total`` items right (kept, removed, found, equal).

    >>> Share(2, 3).value, Share().value
    (0.6667, 1.0)
    """

    hit: int = 0
    total: int = 0

    def __add__(self, other: Share) -> Share:
        return Share(self.hit + other.hit, self.total + other.total)

    def add(self, ok: bool) -> None:
        """Count one item."""
        self.total += 1
        self.hit += ok

    @property
    def value(self) -> float:
        return _ratio(self.hit, self.total)


# ---------------------------------------------------------------------------
# Gold articles
# ---------------------------------------------------------------------------


class GoldError(ValueError):
    """A gold folder or file that cannot be read as the gold format."""


ATTRIBUTE_FIELDS = ("code", "date", "issuer", "term")


@dataclass(slots=True, frozen=True)
class Drop:
    """Text that must not be left in the clean body: absent as a substring, or with
    ``match="line"`` no output line equal to it. ``kind`` "caption" is scored apart."""

    text: str
    match: str = "substring"
    kind: str = ""


@dataclass(slots=True, frozen=True)
class GoldPerson:
    name: str
    titles: tuple[str, ...] = ()


@dataclass(slots=True, frozen=True)
class GoldAgency:
    """An agency entry; a prediction matches it by ``name`` or any of ``aliases``;
    an ``optional`` entry is neither rewarded nor punished."""

    name: str
    aliases: tuple[str, ...] = ()
    optional: bool = False

    def keys(self) -> frozenset[str]:
        return frozenset(name_key(n) for n in (self.name, *self.aliases))


@dataclass(slots=True, frozen=True)
class GoldDocRef:
    """A numbered document; ``attributes`` holds those of code/date/issuer/term the
    annotator gave (non-null)."""

    type: str
    number: str
    attributes: tuple[tuple[str, str], ...] = ()

    @property
    def key(self) -> DocKey:
        return doc_key({"type": self.type, "number": self.number})

    @property
    def label(self) -> str:
        return f"{self.type} {self.number}"


@dataclass(slots=True, frozen=True)
class GoldRelation:
    source: DocKey
    target: DocKey
    relation: str
    label: str = ""


@dataclass(slots=True, frozen=True)
class GoldArticle:
    """One annotated article (see docs/gold-format.md)."""

    id: str
    path: str | None
    title: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = ()
    drops: tuple[Drop, ...] = ()
    keep: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()
    people: tuple[GoldPerson, ...] = ()
    agencies: tuple[GoldAgency, ...] = ()
    doc_refs: tuple[GoldDocRef, ...] = ()
    relations: tuple[GoldRelation, ...] = ()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, default_id: str = "") -> GoldArticle:
        """Build from a parsed gold file; KeyError/TypeError on a malformed entry.

        >>> g = GoldArticle.from_dict({"id": "a1", "agencies": [{"name": "Ban Bí thư"}],
        ...     "doc_refs": [{"type": "Chỉ thị", "number": "09", "code": "CT/TW"}]})
        >>> g.doc_refs[0].attributes, g.agencies[0].optional
        ((('code', 'CT/TW'),), False)
        """
        meta = data.get("meta") or {}
        return cls(
            id=str(data.get("id") or default_id),
            path=data.get("path"),
            title=meta.get("title"),
            published=meta.get("published"),
            authors=tuple(meta.get("authors") or ()),
            drops=tuple(Drop(d["text"], d.get("match", "substring"), d.get("kind", ""))
                        for d in data.get("drop", ())),
            keep=tuple(data.get("keep", ())),
            dates=tuple(d["value"] for d in data.get("dates", ())),
            people=tuple(GoldPerson(p["name"], tuple(p.get("titles", ())))
                         for p in data.get("people", ())),
            agencies=tuple(GoldAgency(a["name"], tuple(a.get("aliases", ())),
                                      bool(a.get("optional")))
                           for a in data.get("agencies", ())),
            doc_refs=tuple(_gold_doc_ref(r) for r in data.get("doc_refs", ())),
            relations=tuple(_gold_relation(r) for r in data.get("doc_relations", ())),
        )


def _gold_doc_ref(ref: Mapping[str, Any]) -> GoldDocRef:
    attributes = tuple((f, _as_text(ref[f])) for f in ATTRIBUTE_FIELDS if ref.get(f) is not None)
    return GoldDocRef(_as_text(ref["type"]), _as_text(ref["number"]), attributes)


def _gold_relation(rel: Mapping[str, Any]) -> GoldRelation:
    source, target = rel["source"], rel["target"]
    kind = str(rel["relation"])
    return GoldRelation(doc_key(source), doc_key(target), kind,
                        _relation_label(source, kind, target))


def _relation_label(source: Mapping[str, Any], kind: str, target: Mapping[str, Any]) -> str:
    """'Kế hoạch 174 implements Kết luận 44', for the misses."""
    return (f"{_as_text(source.get('type'))} {_as_text(source.get('number'))} {kind} "
            f"{_as_text(target.get('type'))} {_as_text(target.get('number'))}")


def load_gold(gold_dir: pathlib.Path) -> list[GoldArticle]:
    """The gold articles of a folder (``*.json``, in file-name order).

    Raises ``GoldError`` for an empty folder, unreadable JSON, a malformed entry or
    two files with the same ``id``.
    """
    files = sorted(pathlib.Path(gold_dir).glob("*.json"))
    if not files:
        raise GoldError(f"{gold_dir}: no gold files (*.json)")
    articles: list[GoldArticle] = []
    seen: set[str] = set()
    for path in files:
        try:
            article = GoldArticle.from_dict(json.loads(path.read_text(encoding="utf-8")),
                                            default_id=path.stem)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise GoldError(f"{path}: not JSON: {exc}") from exc
        except (KeyError, TypeError, AttributeError) as exc:
            raise GoldError(f"{path}: malformed entry ({exc!r})") from exc
        if article.id in seen:
            raise GoldError(f"{path}: id {article.id!r} appears in two gold files")
        seen.add(article.id)
        articles.append(article)
    return articles


# ---------------------------------------------------------------------------
# Predictions
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class Predictions:
    """Output records by id (the last one wins) and the count of lines that are not JSON."""

    records: dict[str, dict[str, Any]] = field(default_factory=dict)
    unparsable_lines: int = 0


def read_predictions(path: pathlib.Path) -> Predictions:
    """Read a ttcorpus JSONL output; lines that are not JSON are counted, JSON
    values that are not records with an ``id`` are skipped."""
    out = Predictions()
    text = pathlib.Path(path).read_text(encoding="utf-8", errors="replace")
    for line in text.split("\n"):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            out.unparsable_lines += 1
            continue
        if isinstance(record, dict) and "id" in record:
            out.records[str(record["id"])] = record
    return out


def _dicts(record: Mapping[str, Any], field_name: str) -> list[dict[str, Any]]:
    """The dict entries of a record's list field (anything else is ignored)."""
    values = record.get(field_name)
    return [x for x in values if isinstance(x, dict)] if isinstance(values, list) else []


def _by_key(items: Iterable[tuple[Any, str]]) -> dict[Any, str]:
    """key → the first label seen for it."""
    out: dict[Any, str] = {}
    for key, label in items:
        out.setdefault(key, label)
    return out


# ---------------------------------------------------------------------------
# Scoring one article
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class ArticleScore:
    """Every figure of one article, and its misses (one readable line each)."""

    id: str
    body: Share = field(default_factory=Share)
    boilerplate: Share = field(default_factory=Share)
    captions: Share = field(default_factory=Share)
    unaccounted_lines: int = 0
    title: Share = field(default_factory=Share)
    published: Share = field(default_factory=Share)
    published_spurious: int = 0
    authors: Tally = field(default_factory=Tally)
    dates: Tally = field(default_factory=Tally)
    people: Tally = field(default_factory=Tally)
    person_titles: Share = field(default_factory=Share)
    agencies: Tally = field(default_factory=Tally)
    doc_refs: Tally = field(default_factory=Tally)
    doc_ref_attributes: Share = field(default_factory=Share)
    doc_relations: Tally = field(default_factory=Tally)
    misses: list[str] = field(default_factory=list)


@dataclass(slots=True, frozen=True)
class OutputText:
    """A record's clean text and removed pieces as keys: ``joined`` is the whole
    text on one line, ``lines`` its non-blank lines, ``removed`` the removed texts."""

    joined: str
    lines: tuple[str, ...]
    removed: tuple[str, ...]

    @classmethod
    def of(cls, record: Mapping[str, Any]) -> OutputText:
        text = _as_text(record.get("text"))
        removed = (r.get("text") for r in _dicts(record, "removed"))
        return cls(joined=text_key(text),
                   lines=tuple(text_key(x) for x in text.split("\n") if x.strip()),
                   removed=tuple(text_key(r) for r in removed if isinstance(r, str)))


@dataclass(slots=True, frozen=True)
class InputLine:
    """A non-blank line of the raw article: 1-based number, text and key."""

    number: int
    text: str
    key: str


def input_lines(raw: str) -> list[InputLine]:
    """The non-blank lines of a raw article (LF, CRLF or CR ends a line).

    >>> [(x.number, x.text) for x in input_lines("Hà Nội\\r\\n\\n  Tin  mới ")]
    [(1, 'Hà Nội'), (3, '  Tin  mới ')]
    """
    return [InputLine(i, line, text_key(line))
            for i, line in enumerate(split_lines(raw), 1) if line.strip()]


def _clip(text: str, width: int = 100) -> str:
    """A miss's quoted text, shortened to ``width`` characters."""
    text = " ".join(text.split())
    return repr(text if len(text) <= width else text[: width - 1] + "…")


def _is_dropped(line: InputLine, drops: Iterable[tuple[str, Drop]]) -> bool:
    """Whether a gold drop covers (part of) this input line."""
    return any(line.key == k if d.match == "line" else k in line.key for k, d in drops)


def score_drops(drops: Iterable[Drop], out: OutputText, score: ArticleScore) -> None:
    """Boilerplate and captions: a drop is removed when it is absent from the text
    (``match="line"``: when no output line equals it)."""
    for drop in drops:
        key = text_key(drop.text)
        gone = key not in out.lines if drop.match == "line" else key not in out.joined
        (score.captions if drop.kind == "caption" else score.boilerplate).add(gone)
        if not gone:
            score.misses.append(f"kept {drop.kind or 'boilerplate'}: {_clip(drop.text)}")


def score_body(gold: GoldArticle, lines: list[InputLine], out: OutputText,
               score: ArticleScore) -> None:
    """Body kept: every input line no drop covers, and every ``keep`` text, must be
    in the output text."""
    drops = [(text_key(d.text), d) for d in gold.drops]
    for line in lines:
        if _is_dropped(line, drops):
            continue
        found = line.key in out.joined
        score.body.add(found)
        if not found:
            score.misses.append(f"lost body line {line.number}: {_clip(line.text)}")
    for kept in gold.keep:
        found = text_key(kept) in out.joined
        score.body.add(found)
        if not found:
            score.misses.append(f"lost body text: {_clip(kept)}")


def leftover(line_key: str, pieces: list[str]) -> str:
    """What remains of an input line once every output piece found in it is
    blanked out (longest pieces first).

    >>> leftover("Tin mới Chia sẻ", ["Tin mới", "Chia sẻ"]).strip()
    ''
    >>> leftover("Tin mới Chia sẻ", ["Tin mới"]).strip()
    'Chia sẻ'
    """
    rest = line_key
    for piece in pieces:
        if piece and piece in rest:
            rest = rest.replace(piece, " ")
    return rest


def count_unaccounted(lines: list[InputLine], out: OutputText, score: ArticleScore) -> None:
    """Lossless output: each input line must be made up of output lines and
    removed pieces; a line with a word left over is unaccounted for."""
    pieces = sorted(set(out.lines) | set(out.removed), key=lambda s: (-len(s), s))
    for line in lines:
        if _WORD_CHAR.search(leftover(line.key, pieces)):
            score.unaccounted_lines += 1
            score.misses.append(f"unaccounted input line {line.number}: {_clip(line.text)}")


def score_metadata(gold: GoldArticle, record: Mapping[str, Any], score: ArticleScore) -> None:
    """Title (equal by ``text_key``), dateline (the prediction starts with the gold
    value, so a more precise one is right), and no dateline where the page has none."""
    if gold.title:
        got = record.get("title")
        ok = text_key(_as_text(got)) == text_key(gold.title)
        score.title.add(ok)
        if not ok:
            score.misses.append(f"title: got {got!r}, want {gold.title!r}")
    got = record.get("published")
    if gold.published:
        ok = isinstance(got, str) and got.startswith(gold.published)
        score.published.add(ok)
        if not ok:
            score.misses.append(f"published: got {got!r}, want {gold.published!r}")
    elif got:
        score.published_spurious += 1
        score.misses.append(f"published: got {got!r}, but the article states none")


def compare_sets(gold: Mapping[Any, str], pred: Mapping[Any, str], what: str,
                 misses: list[str]) -> Tally:
    """Tally two keyed sets (key → label for the misses); spurious, then missed.

    >>> log: list[str] = []
    >>> compare_sets({"a": "A", "b": "B"}, {"b": "B", "c": "C"}, "date", log)
    Tally(tp=1, fp=1, fn=1)
    >>> log
    ["spurious date 'C'", "missed date 'A'"]
    """
    for key in sorted(pred.keys() - gold.keys(), key=str):
        misses.append(f"spurious {what} {pred[key]!r}")
    for key in sorted(gold.keys() - pred.keys(), key=str):
        misses.append(f"missed {what} {gold[key]!r}")
    return Tally(tp=len(gold.keys() & pred.keys()), fp=len(pred.keys() - gold.keys()),
                 fn=len(gold.keys() - pred.keys()))


def _strings(values: object) -> list[str]:
    """The string items of a JSON list (anything else gives nothing)."""
    return [v for v in values if isinstance(v, str)] if isinstance(values, list) else []


def score_authors(gold: GoldArticle, record: Mapping[str, Any], score: ArticleScore) -> None:
    """Byline names as a set, compared by ``name_key``."""
    score.authors = compare_sets(_by_key((name_key(a), a) for a in gold.authors),
                                 _by_key((name_key(a), a) for a in _strings(record.get("authors"))),
                                 "author", score.misses)


def _date_value(mention: Mapping[str, Any]) -> str | None:
    """A predicted date's value; a value that is not a string never matches."""
    value = mention.get("value")
    if not value:
        return None
    return value if isinstance(value, str) else f"{value!r} (not a string)"


def score_dates(gold: GoldArticle, record: Mapping[str, Any], score: ArticleScore) -> None:
    """Date values as a set, compared exactly (they are ISO 8601 strings)."""
    pred = (_date_value(m) for m in _dicts(record, "dates"))
    score.dates = compare_sets({v: v for v in gold.dates}, {v: v for v in pred if v},
                               "date", score.misses)


def score_people(gold: GoldArticle, record: Mapping[str, Any], score: ArticleScore) -> None:
    """Names as a set; then each gold title of each gold person counts as found when
    a predicted mention of that person carries it (or a longer title containing it)."""
    gold_people = {name_key(p.name): p for p in gold.people}
    pred_people = [m for m in _dicts(record, "people") if isinstance(m.get("name"), str)
                   and m["name"]]
    score.people = compare_sets({k: p.name for k, p in gold_people.items()},
                                _by_key((name_key(m["name"]), m["name"]) for m in pred_people),
                                "person", score.misses)
    for key, person in gold_people.items():
        found = {name_key(t) for m in pred_people if name_key(m["name"]) == key
                 for t in _strings(m.get("titles"))}
        for title in person.titles:
            ok = any(name_key(title) in q for q in found)
            score.person_titles.add(ok)
            if not ok:
                score.misses.append(f"missed title {title!r} of {person.name!r}")


def score_agencies(gold: GoldArticle, record: Mapping[str, Any], score: ArticleScore) -> None:
    """A predicted name matching no entry is spurious; a non-optional entry no
    prediction matches (by name or alias) is missed; optional entries count neither way."""
    entries = [(a, a.keys()) for a in gold.agencies]
    pred = _by_key((name_key(m["name"]), m["name"]) for m in _dicts(record, "agencies")
                   if isinstance(m.get("name"), str) and m["name"])
    matched: set[int] = set()
    for key, label in sorted(pred.items()):
        owners = {i for i, (_, keys) in enumerate(entries) if key in keys}
        matched |= owners
        if not owners:
            score.agencies.fp += 1
            score.misses.append(f"spurious agency {label!r}")
    for i, (agency, _) in enumerate(entries):
        if agency.optional:
            continue
        if i in matched:
            score.agencies.tp += 1
        else:
            score.agencies.fn += 1
            score.misses.append(f"missed agency {agency.name!r}")


def _attribute_key(value: object) -> str:
    """An attribute folded without spaces ("09 - CT/TW" = "09-CT/TW")."""
    return name_key(_as_text(value)).replace(" ", "")


def _attribute_found(name: str, want: str, got: set[str]) -> bool:
    """Equal; for ``issuer`` one may contain the other ("Ban Bí thư" / "Ban Bí thư Trung ương")."""
    return any(v and (v == want or (name == "issuer" and (want in v or v in want))) for v in got)


def score_doc_refs(gold: GoldArticle, record: Mapping[str, Any], score: ArticleScore) -> None:
    """References as a set of (type, number); then, for each matched one, each
    attribute the gold gives must equal that of some predicted mention of it."""
    gold_refs = {r.key: r for r in gold.doc_refs}
    pred_refs = _dicts(record, "doc_refs")
    pred = _by_key((doc_key(r), f"{_as_text(r.get('type'))} {_as_text(r.get('number'))}")
                   for r in pred_refs)
    score.doc_refs = compare_sets({k: r.label for k, r in gold_refs.items()}, pred, "doc_ref",
                                  score.misses)
    for key, ref in gold_refs.items():
        if key not in pred:
            continue
        mentions = [r for r in pred_refs if doc_key(r) == key]
        for name, value in ref.attributes:
            got = {_attribute_key(m.get(name)) for m in mentions}
            ok = _attribute_found(name, _attribute_key(value), got)
            score.doc_ref_attributes.add(ok)
            if not ok:
                shown = sorted({_as_text(m.get(name)) for m in mentions})
                score.misses.append(f"doc_ref {ref.label} {name}: got {shown!r}, want {value!r}")


def _pred_relations(record: Mapping[str, Any]) -> dict[tuple[DocKey, DocKey, str], str]:
    """Predicted relations whose ``source``/``target`` index this record's doc_refs."""
    refs = record.get("doc_refs")
    refs = refs if isinstance(refs, list) else []
    out: dict[tuple[DocKey, DocKey, str], str] = {}

    def ref_at(i: object) -> Mapping[str, Any] | None:
        if isinstance(i, int) and 0 <= i < len(refs) and isinstance(refs[i], dict):
            return refs[i]
        return None

    for rel in _dicts(record, "doc_relations"):
        source, target = ref_at(rel.get("source")), ref_at(rel.get("target"))
        if source is None or target is None:
            continue
        kind = str(rel.get("relation"))
        out.setdefault((doc_key(source), doc_key(target), kind),
                       _relation_label(source, kind, target))
    return out


def score_relations(gold: GoldArticle, record: Mapping[str, Any], score: ArticleScore) -> None:
    """Relations as a set of (source, target, relation), each side by (type, number)."""
    gold_rels = _by_key(((r.source, r.target, r.relation), r.label) for r in gold.relations)
    score.doc_relations = compare_sets(gold_rels, _pred_relations(record), "doc_relation",
                                       score.misses)


def score_article(gold: GoldArticle, record: Mapping[str, Any] | None, raw: str) -> ArticleScore:
    """All figures of one article: its gold, its output record (None when the
    prediction has none: everything is then missed) and its raw text.

    >>> gold = GoldArticle.from_dict({"id": "a", "dates": [{"value": "2024-03-04"}],
    ...                               "agencies": [{"name": "Tỉnh ủy Hòa Bình"}]})
    >>> raw = "Sáng 4/3, Tỉnh uỷ Hoà Bình họp."
    >>> s = score_article(gold, {"text": raw, "dates": [{"value": "2024-03-04"}, {"value": "2024"}],
    ...                          "agencies": [{"name": "TỈNH ỦY HÒA BÌNH"}]}, raw)
    >>> s.body.value, s.dates.precision, s.agencies.f1, s.misses
    (1.0, 0.5, 1.0, ["spurious date '2024'"])
    """
    score = ArticleScore(gold.id)
    given: Mapping[str, Any] = record if record is not None else {}
    out = OutputText.of(given)
    lines = input_lines(raw)
    score_drops(gold.drops, out, score)
    score_body(gold, lines, out, score)
    count_unaccounted(lines, out, score)
    score_metadata(gold, given, score)
    score_authors(gold, given, score)
    score_dates(gold, given, score)
    score_people(gold, given, score)
    score_agencies(gold, given, score)
    score_doc_refs(gold, given, score)
    score_relations(gold, given, score)
    if record is None:  # one line says it all; the figures still count every miss
        score.misses[:] = ["no output record: everything in its gold counts as missed"]
    return score


# ---------------------------------------------------------------------------
# The whole run
# ---------------------------------------------------------------------------

TALLIES = ("authors", "dates", "people", "agencies", "doc_refs", "doc_relations")
SHARES = ("body", "boilerplate", "captions", "title", "published", "person_titles",
          "doc_ref_attributes")


@dataclass(slots=True)
class EvalReport:
    """The figures of a gold folder against a prediction file; ``articles`` keeps
    each article's own figures and misses."""

    articles: list[ArticleScore]
    missing_records: list[str] = field(default_factory=list)
    unparsable_lines: int = 0

    @property
    def documents(self) -> int:
        return len(self.articles)

    def total(self) -> ArticleScore:
        """All articles summed."""
        out = ArticleScore("all")
        for a in self.articles:
            for name in (*TALLIES, *SHARES):
                setattr(out, name, getattr(out, name) + getattr(a, name))
            out.unaccounted_lines += a.unaccounted_lines
            out.published_spurious += a.published_spurious
        return out

    @property
    def misses(self) -> list[str]:
        """Every miss as ``"<article id>: <what>"``, article by article."""
        return [f"{a.id}: {m}" for a in self.articles for m in a.misses]

    def to_dict(self, *, with_misses: bool = False) -> dict[str, Any]:
        """The summary as JSON-ready data (the referee's keys); ``with_misses`` adds
        ``log``, the list of misses."""
        t = self.total()
        out: dict[str, Any] = {
            "documents": self.documents,
            "missing_records": list(self.missing_records),
            "unparsable_lines": self.unparsable_lines,
            "body_kept": t.body.value,
            "boilerplate_removed": t.boilerplate.value,
            "captions_removed": t.captions.value,
            "unaccounted_lines": t.unaccounted_lines,
            "title_acc": t.title.value,
            "published_acc": t.published.value,
            "published_spurious": t.published_spurious,
            "authors": t.authors.to_dict(),
            "dates": t.dates.to_dict(),
            "people": t.people.to_dict(),
            "person_titles_recall": t.person_titles.value,
            "agencies": t.agencies.to_dict(),
            "doc_refs": t.doc_refs.to_dict(),
            "doc_ref_attributes_acc": t.doc_ref_attributes.value,
            "doc_relations": t.doc_relations.to_dict(),
        }
        if with_misses:
            out["log"] = self.misses
        return out


def _read_raw(gold: GoldArticle, base: pathlib.Path) -> str:
    """The raw article a gold file points to ('' when it names none)."""
    if not gold.path:
        return ""
    path = base / gold.path
    try:
        return decode_bytes(path.read_bytes())[0]
    except OSError as exc:
        raise GoldError(f"{gold.id}: cannot read the raw article {path}: {exc.strerror}") from exc


def evaluate(gold_dir: pathlib.Path, pred_path: pathlib.Path,
             base: pathlib.Path | None = None) -> EvalReport:
    """Score a JSONL of ttcorpus records against a folder of gold files. ``base`` is
    the folder the gold ``path`` values are relative to (default: the parent of
    ``gold_dir``'s parent)."""
    gold_dir = pathlib.Path(gold_dir)
    base = pathlib.Path(base) if base is not None else gold_dir.resolve().parent.parent
    golds = load_gold(gold_dir)
    preds = read_predictions(pred_path)
    report = EvalReport(articles=[], unparsable_lines=preds.unparsable_lines)
    for gold in golds:
        record = preds.records.get(gold.id)
        if record is None:
            report.missing_records.append(gold.id)
        report.articles.append(score_article(gold, record, _read_raw(gold, base)))
    return report


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------

# (figure name as in to_dict, attribute of ArticleScore); an empty pair starts a section.
_ROWS: tuple[tuple[str, str], ...] = (
    ("body_kept", "body"),
    ("boilerplate_removed", "boilerplate"),
    ("captions_removed", "captions"),
    ("unaccounted_lines", "unaccounted_lines"),
    ("", ""),
    ("title_acc", "title"),
    ("published_acc", "published"),
    ("published_spurious", "published_spurious"),
    ("authors", "authors"),
    ("", ""),
    ("dates", "dates"),
    ("people", "people"),
    ("person_titles_recall", "person_titles"),
    ("agencies", "agencies"),
    ("doc_refs", "doc_refs"),
    ("doc_ref_attributes_acc", "doc_ref_attributes"),
    ("doc_relations", "doc_relations"),
)


def _style(value: float) -> str:
    """Green from 0.9, yellow from 0.7, red below."""
    return "green" if value >= 0.9 else "yellow" if value >= 0.7 else "red"


def _row(label: str, value: object) -> list[Text | str]:
    """One table row: figure, score, P, R, F1, tp, fp, fn, n."""
    if isinstance(value, Tally):
        return [label, Text(f"{value.f1:.3f}", style=_style(value.f1)), f"{value.precision:.3f}",
                f"{value.recall:.3f}", f"{value.f1:.3f}", str(value.tp), str(value.fp),
                str(value.fn), ""]
    if isinstance(value, Share):
        return [label, Text(f"{value.value:.3f}", style=_style(value.value)), "", "", "", "", "",
                "", f"{value.hit}/{value.total}"]
    count = int(value)  # type: ignore[call-overload]
    return [label, Text(str(count), style="green" if count == 0 else "red"), *[""] * 7]


def _table(report: EvalReport) -> Table:
    total = report.total()
    table = Table(title=f"ttcorpus eval: {report.documents} article(s)", title_justify="left")
    table.add_column("figure")
    for name in ("score", "P", "R", "F1", "tp", "fp", "fn", "n"):
        table.add_column(name, justify="right")
    for label, attr in _ROWS:
        if not label:
            table.add_section()
        else:
            table.add_row(*_row(label, getattr(total, attr)))
    return table


def _article_misses(article: ArticleScore) -> Iterator[RenderableType]:
    yield Text(f"{article.id} ({len(article.misses)} miss(es))", style="bold")
    for miss in article.misses:
        yield Text(f"  - {miss}")


def render_report(report: EvalReport, verbose: bool = False) -> RenderableType:
    """The report for a terminal: one table row per figure (P/R/F1/tp/fp/fn for the
    counted fields, ``n`` = hit/total for the shares); then missing records,
    unparsable lines and, with ``verbose``, every miss grouped by article."""
    parts: list[RenderableType] = [_table(report)]
    if report.missing_records:
        parts.append(Text(f"no output record for: {', '.join(report.missing_records)}",
                          style="red"))
    if report.unparsable_lines:
        parts.append(Text(f"{report.unparsable_lines} prediction line(s) are not JSON",
                          style="red"))
    if verbose:
        for article in report.articles:
            if article.misses:
                parts.extend(_article_misses(article))
    return Group(*parts)
