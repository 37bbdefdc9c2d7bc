"""Corpus indexes over ``extract`` output: which documents are cited, by how many
articles and when (``refs``); which people appear, with every title seen and when
(``people``); which bodies appear, under which spellings (``agencies``).

``read_records`` streams the records of JSONL files (or stdin); each index reads
them once and keeps only its running tallies, so a corpus of any size fits.

A cited document is keyed by :func:`ttcorpus.keys.doc_key` — its id, plus its
locality for a local document (``174-KH/TU`` of Kiên Giang is not ``174-KH/TU`` of
Hà Nội). A short form without an id ("Chỉ thị số 09 của Ban Bí thư") is resolved
across the corpus: it joins the one document of the corpus with the same type and
number whose stated issuer, date and term do not contradict its own; when none or
several fit, it stays a row of its own, keyed by type and number (``Chỉ thị 09``).

>>> records = [
...     {"id": "a1", "published": "2019-07-24T10:30", "doc_refs": [
...         {"type": "Chỉ thị", "number": "09", "code": "CT/TW", "id": "09-CT/TW",
...          "issuer": "Ban Bí thư", "scope": "national"}]},
...     {"id": "a2", "published": "2017-02-20", "doc_refs": [
...         {"type": "Chỉ thị", "number": "09", "issuer": "Ban Bí thư"}]},
... ]
>>> [(r.key, r.articles, r.first, r.last, r.article_ids) for r in refs_index(records)]
[('09-CT/TW', 2, '2017-02-20', '2019-07-24', ['a2', 'a1'])]
"""

from __future__ import annotations

import collections
import dataclasses
import functools
import gzip
import pathlib
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, BinaryIO, TextIO

import regex

from ttcorpus.extract.agencies import canonical_agency
from ttcorpus.formats import Column, ColumnSpec, default_format, write_rows
from ttcorpus.io import InputError, decode_record
from ttcorpus.keys import doc_key
from ttcorpus.normalize import fold

__all__ = [
    "INDEXES",
    "AgencyRow",
    "PersonRow",
    "RefRow",
    "TitleSeen",
    "agencies_index",
    "article_day",
    "collation_key",
    "people_index",
    "read_records",
    "refs_index",
    "write_index",
]

ErrorHandler = Callable[[InputError], None]

# Files a directory argument contributes: ``extract`` output only.
RECORD_SUFFIXES = (".jsonl", ".jsonl.gz")
# ISO date at the start of ``published`` ("2017-02-20T19:09" → "2017-02-20"; a
# dateline as vague as "2019-07" stays so).
_ISO_DAY = regex.compile(r"\d{4}(?>-\d{2}(?>-\d{2})?)?+(?!\d)")
# Undated articles sort after dated ones.
_NO_DAY = "~"
_DIGITS = regex.compile(r"(\d++)")


# ---------------------------------------------------------------- reading


def read_records(
    paths: Iterable[str],
    on_error: ErrorHandler | None = None,
    *,
    require: Sequence[str] = (),
) -> Iterator[dict[str, Any]]:
    """Every JSON object of ``paths`` (JSONL files, ``.jsonl.gz``, directories of
    them, ``-`` for stdin), one at a time, in order.

    A bad line (invalid JSON, not an object, lacking a ``require``-d list field)
    goes to ``on_error`` as an :class:`~ttcorpus.io.InputError` with ``FILE:LINE``
    and is skipped; so is a missing file, or one that is not JSONL at all (its first
    line is not JSON: one error for the file, not one per line). A record without
    an ``id`` gets ``FILE:LINE``.

    >>> import tempfile, os
    >>> d = tempfile.mkdtemp()
    >>> p = os.path.join(d, "x.jsonl")
    >>> _ = open(p, "w", encoding="utf-8").write('{"id": "a", "doc_refs": []}\\n[1]\\n{"x": 1}\\n')
    >>> errors = []
    >>> [r["id"] for r in read_records([p], errors.append)]
    ['a', 'x:3']
    >>> [(e.source.rsplit(os.sep, 1)[-1], e.error) for e in errors]
    [('x.jsonl:2', 'invalid record')]
    """
    report = on_error or _ignore
    for arg in paths:
        if arg == "-":
            yield from _records_of(sys.stdin.buffer, "<stdin>", report, require)
            continue
        for path in _record_files(arg, report):
            try:
                with _open(path) as fh:
                    yield from _records_of(fh, str(path), report, require)
            except (OSError, EOFError, gzip.BadGzipFile) as exc:
                report(InputError(str(path), "unreadable", _message(exc)))


def _ignore(error: InputError) -> None:
    return None


def _message(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


def _record_files(arg: str, report: ErrorHandler) -> list[pathlib.Path]:
    """The files of one argument: itself, or a directory's ``*.jsonl(.gz)``, sorted."""
    path = pathlib.Path(arg)
    if path.is_dir():
        found = sorted(
            p for p in path.rglob("*") if p.is_file() and p.name.lower().endswith(RECORD_SUFFIXES)
        )
        if not found:
            report(InputError(arg, "no records", "directory has no *.jsonl or *.jsonl.gz"))
        return found
    if not path.exists():
        report(InputError(arg, "not found", "no such file or directory"))
        return []
    return [path]


def _open(path: pathlib.Path) -> gzip.GzipFile | BinaryIO:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")
    return open(path, "rb")


def _records_of(
    lines: Iterable[bytes], source: str, report: ErrorHandler, require: Sequence[str]
) -> Iterator[dict[str, Any]]:
    """The records of one JSONL stream; a first line that is not JSON rejects the
    whole stream (a text file given by mistake)."""
    first = True
    stem = _stem(source)
    for lineno, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            obj, _warning = decode_record(raw)
        except ValueError as exc:
            if first:
                report(InputError(source, "not JSONL", f"line {lineno} is not JSON: {exc}"))
                return
            report(InputError(where, "invalid JSON", str(exc)))
            continue
        problem = _record_problem(obj, require)
        if problem and first and isinstance(obj, dict):
            report(InputError(source, *problem))  # e.g. `clean` output: once, not per line
            return
        first = False
        if problem:
            report(InputError(where, *problem))
            continue
        if obj.get("id") in (None, ""):
            obj["id"] = f"{stem}:{lineno}"
        yield obj


def _stem(source: str) -> str:
    """The file name without ``.jsonl(.gz)``, as ``extract`` names id-less records.

    >>> _stem("out/seeds.jsonl.gz"), _stem("<stdin>")
    ('seeds', '<stdin>')
    """
    name = pathlib.Path(source).name
    for suffix in (".jsonl.gz", ".jsonl", ".gz"):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name


def _record_problem(obj: Any, require: Sequence[str]) -> tuple[str, str] | None:
    if not isinstance(obj, dict):
        return "invalid record", f"a JSON {type(obj).__name__}, not an object"
    for name in require:
        if not isinstance(obj.get(name), list):
            return "not an extract record", f"no {name!r} list: run `ttcorpus extract` first"
    return None


# ---------------------------------------------------------------- shared helpers


def article_day(published: Any) -> str | None:
    """The date part of an article's ``published`` (``None`` when absent or not ISO).

    >>> article_day("2017-02-20T19:09"), article_day("2019-07"), article_day(None)
    ('2017-02-20', '2019-07', None)
    >>> article_day("20/2/2017") is None
    True
    """
    if not isinstance(published, str):
        return None
    m = _ISO_DAY.match(published.strip())
    return m.group() if m else None


def _article_id(record: Mapping[str, Any]) -> str:
    return str(record.get("id"))


def _mentions(record: Mapping[str, Any], field: str) -> Iterator[Mapping[str, Any]]:
    """The well-formed (dict) entries of one mention list of a record."""
    items = record.get(field)
    if isinstance(items, list):
        for item in items:
            if isinstance(item, Mapping):
                yield item


def _text(value: Any) -> str | None:
    """A stated string value, or ``None`` (empty strings and non-strings are not stated)."""
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _most_frequent(counts: Mapping[str, int]) -> str | None:
    """The most frequent value; a tie goes to the longer (more complete) one, then
    the first in code-point order, so the answer does not depend on input order.

    >>> _most_frequent({"Ban Bí thư": 2, "Ban Bí thư Trung ương Đảng": 2, "Bộ Chính trị": 1})
    'Ban Bí thư Trung ương Đảng'
    """
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], -len(v), v))


def _by_day(articles: Mapping[str, str | None]) -> list[str]:
    """Article ids in date order (undated last), ties by id."""
    return sorted(articles, key=lambda a: (articles[a] or _NO_DAY, a))


def _span(articles: Mapping[str, str | None]) -> tuple[str | None, str | None]:
    days = [d for d in articles.values() if d]
    return (min(days), max(days)) if days else (None, None)


def collation_key(key: str) -> tuple[tuple[str | int, ...], str]:
    """A sort key that reads as people expect: letters before their tone marks
    ("Hà" beside "Ha", not after "Hy"), numbers by value ("12-NQ/TW" before
    "100/2019/NĐ-CP"), then the key itself to break ties.

    >>> sorted(["Hoàng Văn A", "Hà Thị B", "Đỗ C", "Lê D"], key=collation_key)
    ['Đỗ C', 'Hà Thị B', 'Hoàng Văn A', 'Lê D']
    >>> sorted(["100/2019/NĐ-CP", "12-NQ/TW", "09-CT/TW"], key=collation_key)
    ['09-CT/TW', '12-NQ/TW', '100/2019/NĐ-CP']
    """
    decomposed = unicodedata.normalize("NFD", fold(key).replace("đ", "d"))
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    parts = _DIGITS.split(base)  # text, number, text, …: the same type at each place
    return tuple(int(p) if i % 2 else p for i, p in enumerate(parts)), key


def _sorted_rows(rows: list[Any], min_count: int) -> list[Any]:
    """Rows cited/seen in at least ``min_count`` articles, most articles first, ties
    by key (:func:`collation_key`)."""
    kept = [r for r in rows if r.articles >= min_count]
    kept.sort(key=lambda r: (-r.articles, collation_key(r.key)))
    return kept


# ---------------------------------------------------------------- refs


@dataclasses.dataclass(frozen=True, slots=True)
class RefRow:
    """One cited document of the corpus: its identity (the most frequent stated value
    of each attribute), how many articles cite it and how often, the first and last
    article dates, and the citing articles (by date)."""

    key: str
    id: str | None
    type: str | None
    number: str | None
    code: str | None
    issuer: str | None
    date: str | None
    term: str | None
    scope: str | None
    articles: int
    mentions: int
    first: str | None
    last: str | None
    article_ids: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}


# What a row of ``refs`` states about its document, by vote of the citing articles.
_REF_ATTRIBUTES = ("id", "type", "number", "code", "issuer", "date", "term", "scope")
# What a short form states that must not contradict the full form it joins.
_SHORT_FORM_CHECKS = ("issuer", "date", "term")


@dataclasses.dataclass(slots=True)
class _DocTally:
    """Running counts for one cited document (or one group of alike short forms)."""

    key: str
    stated: dict[str, collections.Counter[str]] = dataclasses.field(
        default_factory=lambda: {a: collections.Counter() for a in _REF_ATTRIBUTES}
    )
    articles: dict[str, str | None] = dataclasses.field(default_factory=dict)
    mentions: int = 0

    def add_article(self, article: str, day: str | None, refs: list[Mapping[str, Any]]) -> None:
        """One article's mentions of this document: each stated value counts once
        per article, so one article repeating a spelling does not outvote others."""
        self.articles.setdefault(article, day)
        self.mentions += len(refs)
        for name in _REF_ATTRIBUTES:
            values = {v for v in (_text(r.get(name)) for r in refs) if v}
            self.stated[name].update(values)

    def merge(self, other: _DocTally) -> None:
        for name in _REF_ATTRIBUTES:
            self.stated[name].update(other.stated[name])
        for article, day in other.articles.items():
            self.articles.setdefault(article, day)
        self.mentions += other.mentions

    def row(self) -> RefRow:
        first, last = _span(self.articles)
        best = {name: _most_frequent(self.stated[name]) for name in _REF_ATTRIBUTES}
        return RefRow(key=self.key, **best, articles=len(self.articles),
                      mentions=self.mentions, first=first, last=last,
                      article_ids=_by_day(self.articles))


def _number_key(number: str) -> str:
    """Numbers compare without leading zeros ("09" is "9").

    >>> _number_key("09"), _number_key("174"), _number_key("0")
    ('9', '174', '0')
    """
    return number.lstrip("0") or "0" if number.isdigit() else fold(number)


def _type_number(ref: Mapping[str, Any]) -> tuple[str, str] | None:
    kind, number = _text(ref.get("type")), _text(ref.get("number"))
    if not kind or not number:
        return None
    return fold(kind), _number_key(number)


@functools.lru_cache(maxsize=1 << 12)
def _issuer_key(issuer: str) -> str:
    return fold(canonical_agency(issuer)).replace(" ", "")


def _same_issuer(a: str, b: str) -> bool:
    """Two stated issuers name one body: the same canonical agency, or one contains
    the other ("Ban Thường vụ Tỉnh ủy" within "Ban Thường vụ Tỉnh ủy Kiên Giang").

    >>> _same_issuer("Ban Bí thư", "Ban Bí thư Trung ương Đảng")
    True
    >>> _same_issuer("Ban Bí thư", "Bộ Chính trị")
    False
    """
    ka, kb = _issuer_key(a), _issuer_key(b)
    if ka == kb:
        return True
    fa, fb = fold(a).replace(" ", ""), fold(b).replace(" ", "")
    return fa in fb or fb in fa


def _fits(short: tuple[str | None, ...], full: _DocTally) -> bool:
    """A short form's stated issuer, date and term contradict none of the full
    form's (a value the full form never states contradicts nothing)."""
    for name, value in zip(_SHORT_FORM_CHECKS, short, strict=True):
        if value is None or not full.stated[name]:
            continue
        seen = full.stated[name]
        if name == "issuer":
            if not any(_same_issuer(value, v) for v in seen):
                return False
        elif fold(value) not in {fold(v) for v in seen}:
            return False
    return True


# A group of alike short forms: (type, number) plus the issuer, date and term they state.
_ShortKey = tuple[str, str, str | None, str | None, str | None]


def _short_key(type_number: tuple[str, str], ref: Mapping[str, Any]) -> _ShortKey:
    issuer, date, term = (_text(ref.get(name)) for name in _SHORT_FORM_CHECKS)
    return (*type_number, issuer, date, term)


def refs_index(records: Iterable[Mapping[str, Any]], min_count: int = 1) -> list[RefRow]:
    """One row per document cited in ``records`` (see the module doc), most cited
    first, ties by key; documents cited by fewer than ``min_count`` articles left out.

    >>> recs = [{"id": "k1", "published": None, "doc_refs": [
    ...     {"type": "Kế hoạch", "number": "174", "id": "174-KH/TU", "scope": "Kiên Giang"}]},
    ...     {"id": "h1", "published": "2020-01-02", "doc_refs": [
    ...     {"type": "Kế hoạch", "number": "174", "id": "174-KH/TU", "scope": "Hà Nội"}]}]
    >>> [(r.key, r.articles, r.first) for r in refs_index(recs)]
    [('174-KH/TU@Hà Nội', 1, '2020-01-02'), ('174-KH/TU@Kiên Giang', 1, None)]
    """
    full: dict[str, _DocTally] = {}
    short: dict[_ShortKey, _DocTally] = {}
    for record in records:
        article, day = _article_id(record), article_day(record.get("published"))
        groups: dict[str | _ShortKey, list[Mapping[str, Any]]] = collections.defaultdict(list)
        for ref in _mentions(record, "doc_refs"):
            if _text(ref.get("id")):
                groups[doc_key(ref)].append(ref)
            elif (tn := _type_number(ref)) is not None:
                groups[_short_key(tn, ref)].append(ref)
        for group, refs in groups.items():
            if isinstance(group, str):
                tally = full.get(group) or full.setdefault(group, _DocTally(group))
            else:
                tally = short.get(group) or short.setdefault(group, _DocTally(doc_key(refs[0])))
            tally.add_article(article, day, refs)
    return _sorted_rows([t.row() for t in _resolve_short_forms(full, short)], min_count)


def _resolve_short_forms(
    full: dict[str, _DocTally], short: dict[_ShortKey, _DocTally]
) -> list[_DocTally]:
    """Merge each group of short forms into the one full form that fits it; the
    rest merge by their own key (type and number)."""
    by_type_number: dict[tuple[str, str], list[_DocTally]] = collections.defaultdict(list)
    for tally in full.values():
        for kind in tally.stated["type"]:
            for number in tally.stated["number"]:
                by_type_number[(fold(kind), _number_key(number))].append(tally)
    unresolved: dict[tuple[str, str], _DocTally] = {}
    for (kind, number, *checks), tally in short.items():
        fitting = [f for f in by_type_number.get((kind, number), []) if _fits(tuple(checks), f)]
        if len({id(f) for f in fitting}) == 1:
            fitting[0].merge(tally)
        elif (kind, number) in unresolved:
            unresolved[(kind, number)].merge(tally)
        else:
            unresolved[(kind, number)] = tally
    return [*full.values(), *unresolved.values()]


# ---------------------------------------------------------------- people


@dataclasses.dataclass(frozen=True, slots=True)
class TitleSeen:
    """One title a person was given, with the dates of the articles where it was
    seen (undated articles count in ``articles`` only)."""

    title: str
    articles: int
    dates: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "articles": self.articles, "dates": self.dates}


@dataclasses.dataclass(frozen=True, slots=True)
class PersonRow:
    """One person (names folded: "Lê Hồng Anh" = "LÊ HỒNG ANH"), shown under the most
    frequent spelling, with every title seen and the articles naming them."""

    key: str
    name: str
    articles: int
    mentions: int
    titles: list[TitleSeen]
    first: str | None
    last: str | None
    article_ids: list[str]

    def to_dict(self) -> dict[str, Any]:
        d = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        d["titles"] = [t.to_dict() for t in self.titles]
        return d


@dataclasses.dataclass(slots=True)
class _TitleTally:
    spellings: collections.Counter[str] = dataclasses.field(default_factory=collections.Counter)
    articles: dict[str, str | None] = dataclasses.field(default_factory=dict)
    order: int = 0

    def seen(self) -> TitleSeen:
        days = sorted({d for d in self.articles.values() if d})
        return TitleSeen(_most_frequent(self.spellings) or "", len(self.articles), days)


@dataclasses.dataclass(slots=True)
class _PersonTally:
    key: str
    spellings: collections.Counter[str] = dataclasses.field(default_factory=collections.Counter)
    titles: dict[str, _TitleTally] = dataclasses.field(default_factory=dict)
    articles: dict[str, str | None] = dataclasses.field(default_factory=dict)
    mentions: int = 0

    def add(self, article: str, day: str | None, name: str, titles: Iterable[Any]) -> None:
        self.articles.setdefault(article, day)
        self.mentions += 1
        self.spellings[name] += 1
        for raw in titles:
            title = _text(raw)
            if not title:
                continue
            tally = self.titles.get(fold(title))
            if tally is None:
                tally = self.titles[fold(title)] = _TitleTally(order=len(self.titles))
            tally.spellings[title] += 1
            tally.articles.setdefault(article, day)

    def row(self) -> PersonRow:
        first, last = _span(self.articles)
        ordered = sorted(self.titles.values(), key=lambda t: (-len(t.articles), t.order))
        return PersonRow(key=self.key, name=_most_frequent(self.spellings) or self.key,
                         articles=len(self.articles), mentions=self.mentions,
                         titles=[t.seen() for t in ordered], first=first, last=last,
                         article_ids=_by_day(self.articles))


def people_index(records: Iterable[Mapping[str, Any]], min_count: int = 1) -> list[PersonRow]:
    """One row per person named in ``records``: the most frequent spelling of the
    name, every title seen (most frequent first) with the article dates, the
    articles naming them; most articles first, ties by folded name.

    >>> recs = [{"id": "a", "published": "2019-07-24", "people": [
    ...     {"name": "Tô Lâm", "titles": ["Đại tướng", "Bộ trưởng Bộ Công an"]}]},
    ...     {"id": "b", "published": "2024-06-27", "people": [
    ...     {"name": "Tô Lâm", "titles": ["Bộ trưởng Bộ Công an"]}]}]
    >>> row = people_index(recs)[0]
    >>> row.name, row.articles, [(t.title, t.dates) for t in row.titles]
    ... # doctest: +NORMALIZE_WHITESPACE
    ('Tô Lâm', 2, [('Bộ trưởng Bộ Công an', ['2019-07-24', '2024-06-27']),
                   ('Đại tướng', ['2019-07-24'])])
    """
    tallies: dict[str, _PersonTally] = {}
    for record in records:
        article, day = _article_id(record), article_day(record.get("published"))
        for person in _mentions(record, "people"):
            name = _text(person.get("name"))
            if not name:
                continue
            key = fold(name)
            tally = tallies.get(key) or tallies.setdefault(key, _PersonTally(key))
            titles = person.get("titles")
            tally.add(article, day, name, titles if isinstance(titles, list) else ())
    return _sorted_rows([t.row() for t in tallies.values()], min_count)


# ---------------------------------------------------------------- agencies


@dataclasses.dataclass(frozen=True, slots=True)
class AgencyRow:
    """One body (by its canonical name, folded), every spelling seen with its
    number of mentions, and the articles naming it."""

    key: str
    canonical: str
    articles: int
    mentions: int
    variants: list[dict[str, Any]]
    first: str | None
    last: str | None
    article_ids: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}


@dataclasses.dataclass(slots=True)
class _AgencyTally:
    key: str
    canonicals: collections.Counter[str] = dataclasses.field(default_factory=collections.Counter)
    variants: collections.Counter[str] = dataclasses.field(default_factory=collections.Counter)
    articles: dict[str, str | None] = dataclasses.field(default_factory=dict)

    def row(self) -> AgencyRow:
        first, last = _span(self.articles)
        variants = sorted(self.variants.items(), key=lambda kv: (-kv[1], kv[0]))
        return AgencyRow(key=self.key, canonical=_most_frequent(self.canonicals) or self.key,
                         articles=len(self.articles), mentions=sum(self.variants.values()),
                         variants=[{"name": n, "count": c} for n, c in variants],
                         first=first, last=last, article_ids=_by_day(self.articles))


def agencies_index(records: Iterable[Mapping[str, Any]], min_count: int = 1) -> list[AgencyRow]:
    """One row per canonical agency in ``records`` (its name where it has no
    canonical), with the names as written and how often each was; most articles
    first, ties by folded canonical name.

    >>> recs = [{"id": "a", "agencies": [
    ...     {"name": "UBND tỉnh Kiên Giang", "canonical": "Ủy ban nhân dân tỉnh Kiên Giang"},
    ...     {"name": "Uỷ ban nhân dân tỉnh Kiên Giang",
    ...      "canonical": "Ủy ban nhân dân tỉnh Kiên Giang"}]}]
    >>> row = agencies_index(recs)[0]
    >>> row.canonical, row.articles, [v["name"] for v in row.variants]
    ... # doctest: +NORMALIZE_WHITESPACE
    ('Ủy ban nhân dân tỉnh Kiên Giang', 1,
     ['UBND tỉnh Kiên Giang', 'Uỷ ban nhân dân tỉnh Kiên Giang'])
    """
    tallies: dict[str, _AgencyTally] = {}
    for record in records:
        article, day = _article_id(record), article_day(record.get("published"))
        for agency in _mentions(record, "agencies"):
            name = _text(agency.get("name")) or _text(agency.get("text"))
            canonical = _text(agency.get("canonical")) or name
            if not name or not canonical:
                continue
            key = fold(canonical)
            tally = tallies.get(key) or tallies.setdefault(key, _AgencyTally(key))
            tally.canonicals[canonical] += 1
            tally.variants[name] += 1
            tally.articles.setdefault(article, day)
    return _sorted_rows([t.row() for t in tallies.values()], min_count)


# ---------------------------------------------------------------- commands


def _dates_text(dates: list[str], most: int = 3) -> str:
    """A title's dates in a table cell: all of a few, else the first, last and count.

    >>> _dates_text(["2017-02-20", "2019-07-24"])
    '2017-02-20, 2019-07-24'
    >>> _dates_text(["2017-02-20", "2018-01-01", "2019-07-24", "2024-06-27"])
    '2017-02-20 … 2024-06-27, 4 dates'
    """
    if len(dates) <= most:
        return ", ".join(dates)
    return f"{dates[0]} … {dates[-1]}, {len(dates)} dates"


def _titles_text(titles: list[Any]) -> str:
    """``Bộ trưởng Bộ Công an (2019-07-24, 2024-06-27); Đại tướng (2019-07-24)``."""
    parts = []
    for t in titles:
        t = t.to_dict() if isinstance(t, TitleSeen) else t
        when = _dates_text(list(t.get("dates") or []))
        parts.append(f"{t.get('title')} ({when})" if when else str(t.get("title")))
    return "; ".join(parts)


def _variants_text(variants: list[Mapping[str, Any]]) -> str:
    """``UBND tỉnh (3); Ủy ban nhân dân tỉnh (1)``."""
    return "; ".join(f"{v.get('name')} ({v.get('count')})" for v in variants)


def _ids_text(ids: list[str], most: int = 8) -> str:
    """Article ids in a table cell: at most ``most``, then how many more (CSV and
    JSON keep them all).

    >>> _ids_text(["a1", "a2", "a3"], most=2)
    'a1; a2; … +1 more'
    """
    shown = "; ".join(ids[:most])
    return f"{shown}; … +{len(ids) - most} more" if len(ids) > most else shown


def _number(key: str, header: str | None = None) -> Column:
    return Column(key, header, justify="right")


REF_COLUMNS: tuple[ColumnSpec, ...] = (
    "key", "id", "type", "number", "code", "issuer", "date", "term", "scope",
    _number("articles"), _number("mentions"), "first", "last", "article_ids",
)
REF_TABLE_COLUMNS: tuple[ColumnSpec, ...] = (
    Column("key", "document"), "type", "issuer", "date", "term", _number("articles"),
    _number("mentions"), "first", "last", Column("article_ids", "cited in", text=_ids_text),
)
PEOPLE_COLUMNS: tuple[ColumnSpec, ...] = (
    "key", "name", _number("articles"), _number("mentions"),
    Column("titles", text=_titles_text), "first", "last", "article_ids",
)
PEOPLE_TABLE_COLUMNS: tuple[ColumnSpec, ...] = (
    "name", _number("articles"), _number("mentions"),
    Column("titles", "titles (article dates)", text=_titles_text), "first", "last",
)
AGENCY_COLUMNS: tuple[ColumnSpec, ...] = (
    "key", "canonical", _number("articles"), _number("mentions"),
    Column("variants", text=_variants_text), "first", "last", "article_ids",
)
AGENCY_TABLE_COLUMNS: tuple[ColumnSpec, ...] = (
    "canonical", _number("articles"), _number("mentions"),
    Column("variants", "variants (mentions)", text=_variants_text), "first", "last",
)


@dataclasses.dataclass(frozen=True, slots=True)
class IndexKind:
    """One corpus index as a command: how rows are built, which record field they
    need, the columns of each format, the table title."""

    build: Callable[..., list[Any]]
    field: str
    columns: tuple[ColumnSpec, ...]
    table_columns: tuple[ColumnSpec, ...]
    title: str


INDEXES: dict[str, IndexKind] = {
    "refs": IndexKind(refs_index, "doc_refs", REF_COLUMNS, REF_TABLE_COLUMNS,
                      "Cited documents"),
    "people": IndexKind(people_index, "people", PEOPLE_COLUMNS, PEOPLE_TABLE_COLUMNS, "People"),
    "agencies": IndexKind(agencies_index, "agencies", AGENCY_COLUMNS, AGENCY_TABLE_COLUMNS,
                          "Agencies"),
}


def write_index(
    kind: str,
    paths: Sequence[str],
    fmt: str | None = None,
    min_count: int = 1,
    out: TextIO | None = None,
    on_error: ErrorHandler | None = None,
    *,
    width: int | None = None,
) -> int:
    """The whole ``ttcorpus refs|people|agencies`` command: read ``paths``, build the
    ``kind`` index, write it to ``out`` (default stdout) in ``fmt`` (default: table
    on a terminal, else JSONL). Returns the number of input errors (each passed to
    ``on_error``), for the exit code.

    >>> import io, json, tempfile, os
    >>> p = os.path.join(tempfile.mkdtemp(), "c.jsonl")
    >>> rec = {"id": "a", "published": "2024-08-23", "doc_refs": [{"type": "Chỉ thị",
    ...        "number": "36", "code": "CT/TW", "id": "36-CT/TW", "scope": "national"}]}
    >>> _ = open(p, "w", encoding="utf-8").write(json.dumps(rec) + "\\n")
    >>> out = io.StringIO()
    >>> write_index("refs", [p], "csv", out=out)
    0
    >>> print(out.getvalue().splitlines()[1])
    36-CT/TW,36-CT/TW,Chỉ thị,36,CT/TW,,,,national,1,1,2024-08-23,2024-08-23,a
    """
    index = INDEXES[kind]
    out = out if out is not None else sys.stdout
    fmt = fmt or default_format(out)
    errors = 0

    def count(error: InputError) -> None:
        nonlocal errors
        errors += 1
        if on_error is not None:
            on_error(error)

    rows = index.build(read_records(paths, count, require=(index.field,)), min_count)
    columns = index.table_columns if fmt == "table" else index.columns
    write_rows(rows, columns, fmt, out, index.title, width=width)
    return errors
