"""One article's way through ttcorpus, and the ordered (parallel) map over many.

``process_record`` is the pure, picklable per-record function of the public API:
a JSON-like dict in, the output record out. ``run`` streams input items through
it, in chunks, on a process pool when ``jobs > 1``; output order is input order.

>>> text = "Tiêu đề\\n\\nSáng 12/4, Bộ Công an tổ chức hội nghị."
>>> out = process_record({"id": "a", "text": text}, steps=("clean",))
>>> out["id"], out["text"]
('a', 'Sáng 12/4, Bộ Công an tổ chức hội nghị.')
"""

from __future__ import annotations

import collections
import concurrent.futures as cf
import os
import re
import signal
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ttcorpus.clean import clean_article
from ttcorpus.clean.article import COPIES_ONLY
from ttcorpus.clean.lines import ends_sentence
from ttcorpus.io import InputError, InputRecord, Item, RawRecord, encode_record
from ttcorpus.models import Article, Removed
from ttcorpus.normalize import fold, normalize_line, split_lines

T = TypeVar("T")
STEPS = ("clean", "extract")
# Fields the output record owns; anything else in an input record passes through.
OWN_FIELDS = frozenset(
    "id source title published authors attribution site section text removed warnings "
    "encoding dates people agencies doc_refs doc_relations".split()
)
MENTION_FIELDS = ("dates", "people", "agencies", "doc_refs", "doc_relations")


def is_clean_record(record: dict[str, Any]) -> bool:
    """A record that ``ttcorpus clean`` already produced (it is not cleaned twice)."""
    return isinstance(record.get("removed"), list) and isinstance(record.get("text"), str)


def article_from_clean_record(record: dict[str, Any]) -> Article:
    """Rebuild the Article of a ``clean`` output record (mentions are recomputed)."""
    removed = [
        Removed(int(r.get("line", 0)), str(r.get("text", "")), str(r.get("kind", "")))
        for r in record.get("removed", [])
        if isinstance(r, dict)
    ]
    extra = {k: v for k, v in record.items() if k not in OWN_FIELDS}
    authors = record.get("authors") or []
    return Article(
        id=str(record.get("id", "")),
        source=str(record.get("source", "")),
        text=record["text"],
        title=record.get("title"),
        published=record.get("published"),
        authors=[a for a in authors if isinstance(a, str)],
        attribution=record.get("attribution"),
        site=record.get("site"),
        section=record.get("section"),
        removed=removed,
        warnings=[w for w in record.get("warnings") or [] if isinstance(w, str)],
        encoding=record.get("encoding"),
        extra=extra,
    )


def clean_item(
    item: InputRecord,
    repeated: Container[str] = frozenset(),
    text_field: str = "text",
    id_field: str = "id",
) -> Article:
    """An input record → its clean Article (a ``clean`` record is taken as is)."""
    if item.record is not None and is_clean_record(item.record):
        return article_from_clean_record(item.record)
    article = clean_article(item.text, id=item.id, source=item.source, repeated=repeated)
    if item.record is not None:
        skip = {text_field, id_field} | OWN_FIELDS
        article.extra = {k: v for k, v in item.record.items() if k not in skip}
    article.encoding = item.encoding
    article.warnings = list(item.warnings) + article.warnings
    return article


def process_item(
    item: InputRecord,
    steps: Sequence[str] = STEPS,
    repeated: Container[str] = frozenset(),
    text_field: str = "text",
    id_field: str = "id",
) -> dict[str, Any]:
    """Clean (unless already clean), then extract if asked; the output record."""
    article = clean_item(item, repeated, text_field, id_field)
    if "extract" in steps:
        from ttcorpus.extract import extract_entities  # loaded on first use: clean skips it

        article = extract_entities(article)
    return article.to_dict()


def process_record(
    record: dict[str, Any],
    *,
    steps: Sequence[str] = STEPS,
    text_field: str = "text",
    id_field: str = "id",
) -> dict[str, Any]:
    """The per-record work as a pure function: a JSON object in, the output
    record out. Picklable, so Dask, Spark or multiprocessing can map it."""
    text = record.get(text_field)
    if not isinstance(text, str):
        raise ValueError(f"record has no string {text_field!r} field")
    rid = record.get(id_field)
    item = InputRecord(
        id="" if rid is None else str(rid),
        source=str(record.get("source", "")),
        text=text,
        record=record,
    )
    return process_item(item, steps, text_field=text_field, id_field=id_field)


# --------------------------------------------------------------------------
# Lines that repeat across articles of one input


MAX_REPEAT_WORDS = 30  # longer lines are paragraphs: clean never looks them up
_MAX_REMEMBERED_LINES = 200_000  # bounds the memory of the line → key cache


def _repeat_key(line: str, max_length: int) -> str:
    """The folded key of a line clean may look up, or "" (blank, prose, too long)."""
    if not line.strip():
        return ""
    line = normalize_line(line)
    # clean only consults short non-prose lines: skip sentences of many words
    if line and len(line) <= max_length and line.count(" ") < MAX_REPEAT_WORDS:
        return fold(line)
    return ""


def count_repeated_lines(
    texts: Iterable[str], *, min_articles: int = 3, max_length: int = 200
) -> frozenset[str]:
    """Folded keys of short lines found in at least ``min_articles`` articles.
    Long lines are prose, never chrome, and are skipped before any normalising.
    A key found that often only because one article is there several times (a
    re-scrape, a syndicated or re-wrapped copy: see :func:`copy_groups`) is also
    given with the prefix ``COPIES_ONLY``: clean keeps such a line in the body.

    >>> footer = "Bản quyền thuộc về Báo X"
    >>> sorted(count_repeated_lines([f"Bài {i}.\\n{footer}" for i in range(3)]))
    ['bản quyền thuộc về báo x']
    >>> body = "Sáng nay, tỉnh tổ chức hội nghị tổng kết. Các đại biểu thảo luận về dự thảo."
    >>> found = count_repeated_lines([f"{body}\\nTin {i}\\n{footer}" for i in range(3)])
    >>> sorted(k for k in found if k.endswith("báo x"))
    ['\\x00bản quyền thuộc về báo x', 'bản quyền thuộc về báo x']
    """
    texts = list(texts)
    groups = copy_groups(texts)
    sizes = collections.Counter(groups)
    counts: collections.Counter[str] = collections.Counter()
    distinct: collections.Counter[str] = collections.Counter()  # one count per group
    counted: dict[int, set[str]] = {}  # keys already counted for a group of copies
    raw_limit = 2 * max_length  # before white space collapses
    key_of: dict[str, str] = {}  # raw line → its key: a line seen again costs one look-up
    for text, group in zip(texts, groups, strict=True):
        keys = set()
        for line in split_lines(text):
            if len(line) > raw_limit:
                continue
            key = key_of.get(line)
            if key is None:
                key = _repeat_key(line, max_length)
                if len(key_of) < _MAX_REMEMBERED_LINES:
                    key_of[line] = key
            if key:
                keys.add(key)
        counts.update(keys)
        if sizes[group] > 1:  # only the keys no earlier copy counted
            seen = counted.setdefault(group, set())
            keys -= seen
            seen |= keys
        distinct.update(keys)
    found = [k for k, n in counts.items() if n >= min_articles]
    return frozenset(found + [COPIES_ONLY + k for k in found if distinct[k] < min_articles])


COPY_MIN_SENTENCE_WORDS = 8  # shorter sentences are too common to tell articles apart
COPY_MIN_SHARED = 2  # copies share at least this many sentences …
COPY_MIN_SHARE = 0.5  # … and this part of the sentences of the shorter one
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s")


def article_sentences(text: str) -> frozenset[str]:
    """The sentences of ``text`` long enough to identify it, whatever its line
    wrapping (lines are joined first): what :func:`copy_groups` compares.

    >>> sorted(article_sentences("Một câu ngắn. Sáng nay, tỉnh tổ chức hội nghị\\ntổng kết năm."))
    ['Sáng nay, tỉnh tổ chức hội nghị tổng kết năm.']
    """
    pieces = _SENTENCE_END.split(" ".join(text.split()))
    return frozenset(
        s for s in pieces if s.count(" ") >= COPY_MIN_SENTENCE_WORDS - 1 and ends_sentence(s)
    )


def copy_groups(texts: Sequence[str]) -> list[int]:
    """For each text, the index of the first text it is a copy of (itself when none):
    copies share at least two sentences and half the sentences of the shorter one.
    Chrome sentences alone (a site's notice) do not make two articles copies.

    >>> a = "Sáng nay, tỉnh tổ chức hội nghị tổng kết năm. Các đại biểu thảo luận về dự thảo."
    >>> copy_groups([a, "Tin khác hẳn, không chung câu nào với bài trước.", a.replace(" ", "\\n")])
    [0, 1, 0]
    """
    groups: list[int] = []
    firsts: dict[str, list[int]] = {}  # sentence → the first texts of groups having it
    sentences: list[frozenset[str]] = []
    for i, text in enumerate(texts):
        mine = article_sentences(text)
        sentences.append(mine)
        group = i
        shared: collections.Counter[int] = collections.Counter()
        for s in mine:
            shared.update(firsts.get(s, ()))
        for j, n in shared.most_common():
            if n < COPY_MIN_SHARED:
                break
            if n >= COPY_MIN_SHARE * min(len(mine), len(sentences[j])):
                group = j
                break
        groups.append(group)
        if group == i:
            for s in mine:
                firsts.setdefault(s, []).append(i)
    return groups


# --------------------------------------------------------------------------
# The ordered map


@dataclass(slots=True)
class Outcome:
    """What one input item became: an output line or an error, plus stats."""

    line: bytes | None = None
    error: InputError | None = None
    removed_kinds: dict[str, int] = field(default_factory=dict)
    mentions: dict[str, int] = field(default_factory=dict)


@dataclass(slots=True, frozen=True)
class RunOptions:
    """What to do to each record (sent once to each worker)."""

    steps: tuple[str, ...] = STEPS
    text_field: str = "text"
    id_field: str = "id"
    repeated: frozenset[str] = frozenset()
    tally: bool = True  # count removed kinds and mentions (for a summary) in each Outcome


def process_one(item: Item | RawRecord, options: RunOptions) -> Outcome:
    """One input item → one Outcome; an unexpected failure is an error, not a crash.
    A :class:`RawRecord` is decoded here (in the worker, with ``jobs > 1``)."""
    if isinstance(item, RawRecord):
        item = item.decode()
    if isinstance(item, InputError):
        return Outcome(error=item)
    try:
        record = process_item(
            item, options.steps, options.repeated, options.text_field, options.id_field
        )
    except Exception as exc:
        return Outcome(
            error=InputError(item.source, "internal error", f"{type(exc).__name__}: {exc}")
        )
    line = encode_record(record)
    if not options.tally:
        return Outcome(line=line)
    kinds: dict[str, int] = {}
    for r in record.get("removed", []):
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    mentions = {k: len(record[k]) for k in MENTION_FIELDS if k in record}
    return Outcome(line=line, removed_kinds=kinds, mentions=mentions)


def process_chunk(chunk: list[Item | RawRecord], options: RunOptions) -> list[Outcome]:
    """A list of items → their outcomes, in order (the unit of parallel work)."""
    return [process_one(item, options) for item in chunk]


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of at most ``size`` items."""
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def default_jobs() -> int:
    """The number of CPUs this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def run(
    items: Iterable[Item | RawRecord], options: RunOptions, *, jobs: int = 1, chunk_size: int = 64
) -> Iterator[Outcome]:
    """Stream outcomes in input order. With ``jobs > 1`` chunks go to a process
    pool, at most ``4 × jobs`` chunks in flight, so memory stays flat (give it
    :class:`RawRecord` items, and the workers decode them too)."""
    if jobs <= 1:
        for item in items:
            yield process_one(item, options)
        return
    pool = cf.ProcessPoolExecutor(
        max_workers=jobs, initializer=_warm_up, initargs=(options.steps,)
    )
    pending: collections.deque[cf.Future[list[Outcome]]] = collections.deque()
    try:
        for chunk in chunked(items, chunk_size):
            pending.append(pool.submit(process_chunk, chunk, options))
            if len(pending) >= 4 * jobs:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        # Normal end: nothing is pending. Ctrl-C, a closed pipe or an error: drop
        # the queued chunks instead of finishing them.
        pool.shutdown(wait=True, cancel_futures=True)


def warm_up(steps: Sequence[str] = STEPS) -> None:
    """Load the data and compile the patterns of ``steps`` now (they load on
    first use), so that the first article does not pay for them."""
    process_record({"id": "warm-up", "text": "Hà Nội, ngày 1/1/2020.\nBộ Công an."}, steps=steps)


def _warm_up(steps: Sequence[str]) -> None:
    """Compile the patterns and load the data of ``steps`` once per worker, before
    the first chunk. Workers ignore Ctrl-C: the main process handles it and stops
    the pool."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_up(steps)


def with_lookahead(
    items: Iterable[Item | RawRecord], size: int
) -> tuple[list[Item], Iterator[Item | RawRecord]]:
    """The first ``size`` items as a list (decoded), and an iterator over all of
    them."""
    iterator = iter(items)
    head: list[Item] = []
    for item in iterator:
        head.append(item.decode() if isinstance(item, RawRecord) else item)
        if len(head) >= size:
            break

    def chained() -> Iterator[Item | RawRecord]:
        yield from head
        yield from iterator

    return head, chained()


def repeated_from_head(head: list[Item], min_articles: int = 3) -> frozenset[str]:
    """Repeated lines among the raw articles at the head of the input."""
    texts = (
        i.text
        for i in head
        if isinstance(i, InputRecord) and not (i.record is not None and is_clean_record(i.record))
    )
    return count_repeated_lines(texts, min_articles=min_articles)


ProgressCallback = Callable[[Outcome], None]
