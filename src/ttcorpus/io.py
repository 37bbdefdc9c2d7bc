"""Input sources → records, and the JSONL sink.

Arguments are files, directories (searched recursively, sorted, for ``*.txt``,
``*.jsonl`` and ``*.jsonl.gz``) and ``-`` for stdin. A ``.txt`` file is one
article whose id is the file stem; each JSONL line is one article. Everything is
streamed: one article at a time is in memory.

Whatever cannot be read becomes an :class:`InputError` in the same stream, so the
caller reports it and goes on with the other articles.

>>> import io as _io
>>> data = _io.BytesIO(b'{"id": "a", "text": "Xin ch\\xc3\\xa0o"}\\n')
>>> recs = list(read_jsonl_stream(data, "in.jsonl"))
>>> recs[0].id, recs[0].text, recs[0].source
('a', 'Xin chào', 'in.jsonl:1')
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import pathlib
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any, Literal, overload

import orjson

from ttcorpus.encodings import repair_text
from ttcorpus.normalize import decode_bytes, sniff_utf16

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
DEFAULT_MAX_RECORD_BYTES = 64 * 1024 * 1024
SINK_BUFFER = 1 << 20  # output records run to several kB: write in large blocks


@dataclass(slots=True)
class InputRecord:
    """One article as read: its text (decoded) and any pass-through fields.

    ``record`` is the whole JSON object for JSONL input (``None`` for .txt)."""

    id: str
    source: str
    text: str
    record: dict[str, Any] | None = None
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class InputError:
    """Something that could not be read: written to ``--errors`` and counted."""

    source: str
    error: str
    detail: str

    def to_dict(self) -> dict[str, str]:
        return {"source": self.source, "error": self.error, "detail": self.detail}


@dataclass(slots=True)
class ReadOptions:
    """How JSONL records are read."""

    text_field: str = "text"
    id_field: str = "id"
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES


@dataclass(slots=True)
class RawRecord:
    """One JSONL line read but not decoded yet. With ``--jobs N`` the workers
    decode it (``decode``), so the main process only moves bytes.

    >>> RawRecord(b'{"id": "a", "text": "Ch\\xc3\\xa0o"}', "f.jsonl:1", "f:1").decode().text
    'Chào'
    """

    raw: bytes
    source: str  # FILE:LINE
    default_id: str  # the id when the record has none
    options: ReadOptions = field(default_factory=ReadOptions)

    def decode(self) -> InputRecord | InputError:
        """The record, or the error that says why the line is not one."""
        return decode_line(self.raw, self.source, self.default_id, self.options)


Item = InputRecord | InputError


def encode_record(obj: Any) -> bytes:
    """One record as a compact UTF-8 JSON line (without the newline), with orjson;
    the standard library takes over for what orjson refuses (integers > 64 bits).

    >>> encode_record({"id": "a", "title": "Hà Nội"}).decode()
    '{"id":"a","title":"Hà Nội"}'
    """
    try:
        return orjson.dumps(obj)
    except TypeError:
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def decode_record(raw: bytes) -> tuple[Any, str | None]:
    """One JSONL line → (value, warning). Invalid UTF-8 inside a line is replaced
    (U+FFFD) with a warning rather than losing the record; invalid JSON raises
    ``ValueError``.

    >>> decode_record(b'{"text": "H\\xc3\\xa0"}')
    ({'text': 'Hà'}, None)
    >>> decode_record(b'{"text": "H\\xe0"}')
    ({'text': 'H�'}, 'invalid UTF-8 in the record: replaced with U+FFFD')
    """
    try:
        return orjson.loads(raw), None
    except orjson.JSONDecodeError:
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("utf-8", errors="replace")
            return json.loads(text), "invalid UTF-8 in the record: replaced with U+FFFD"
        return json.loads(raw), None  # orjson's stricter subset (NaN …): the stdlib decides


def _is_jsonl_name(path: pathlib.Path) -> bool:
    name = path.name.lower()
    return name.endswith(JSONL_SUFFIXES)


def _is_article_name(path: pathlib.Path) -> bool:
    return path.name.lower().endswith(TEXT_SUFFIXES + JSONL_SUFFIXES)


def _stem(path: pathlib.Path) -> str:
    name = path.name
    for suffix in (".jsonl.gz", ".jsonl", ".txt", ".gz"):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def expand_paths(args: Iterable[str]) -> Iterator[pathlib.Path | str | InputError]:
    """Arguments → input files in order ("-" stays "-"); directories are walked
    recursively and sorted; a missing path or an empty directory is an error."""
    for arg in args:
        if arg == "-":
            yield "-"
            continue
        path = pathlib.Path(arg)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and _is_article_name(p))
            if not found:
                yield InputError(
                    arg, "no articles", "directory has no *.txt, *.jsonl or *.jsonl.gz"
                )
            yield from found
        elif path.exists():
            yield path
        else:
            yield InputError(arg, "not found", "no such file or directory")


@overload
def read_inputs(
    args: Iterable[str], options: ReadOptions | None = ..., *, lazy: Literal[False] = ...
) -> Iterator[Item]: ...
@overload
def read_inputs(
    args: Iterable[str], options: ReadOptions | None = ..., *, lazy: bool
) -> Iterator[Item | RawRecord]: ...
def read_inputs(
    args: Iterable[str], options: ReadOptions | None = None, *, lazy: bool = False
) -> Iterator[Item | RawRecord]:
    """Every article (or error) from the arguments, streamed in order. ``lazy``:
    JSONL lines come as :class:`RawRecord` (see ``read_jsonl_stream``)."""
    options = options or ReadOptions()
    for item in expand_paths(args):
        if isinstance(item, InputError):
            yield item
        elif item == "-":
            yield from read_stdin(options, lazy=lazy)
        else:
            assert isinstance(item, pathlib.Path)
            yield from read_file(item, options, lazy=lazy)


def read_file(
    path: pathlib.Path, options: ReadOptions, *, lazy: bool = False
) -> Iterator[Item | RawRecord]:
    """One file: JSONL (by name) streamed line by line, else one text article."""
    source = str(path)
    try:
        if _is_jsonl_name(path):
            opener = gzip.open if path.name.lower().endswith(".gz") else open
            with opener(path, "rb") as fh:
                yield from read_jsonl_stream(fh, source, options, lazy=lazy)
            return
        data = path.read_bytes()
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield InputError(source, "unreadable", _os_message(exc))
        return
    yield _text_article(data, _stem(path), source)


def read_stdin(options: ReadOptions, *, lazy: bool = False) -> Iterator[Item | RawRecord]:
    """Stdin is JSONL when its first non-blank character is ``{``, else one article."""
    stream = sys.stdin.buffer
    head = b""
    while True:
        chunk = stream.readline()
        if not chunk:
            break
        head += chunk
        stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
        if stripped:
            break
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        yield from read_jsonl_stream(_Prepend(head, stream), "<stdin>", options, lazy=lazy)
    else:
        yield _text_article(head + stream.read(), "stdin", "<stdin>")


class _Prepend:
    """A byte stream with some already-read bytes put back in front."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = head.splitlines(keepends=True)
        self._rest = rest

    def __iter__(self) -> Iterator[bytes]:
        yield from self._head
        yield from self._rest


def _text_article(data: bytes, id_: str, source: str) -> Item:
    has_bom = data.startswith((b"\xff\xfe", b"\xfe\xff"))
    if b"\x00" in data[:8192] and not has_bom and sniff_utf16(data) is None:
        return InputError(source, "binary", "NUL bytes: not a text file")
    text, encoding, warnings = decode_bytes(data)
    if not text.strip():
        return InputError(source, "empty", "the file has no text")
    return InputRecord(id=id_, source=source, text=text, encoding=encoding, warnings=warnings)


@overload
def read_jsonl_stream(
    fh: Iterable[bytes], source: str, options: ReadOptions | None = ...,
    *, lazy: Literal[False] = ...,
) -> Iterator[Item]: ...
@overload
def read_jsonl_stream(
    fh: Iterable[bytes], source: str, options: ReadOptions | None = ..., *, lazy: bool
) -> Iterator[Item | RawRecord]: ...
def read_jsonl_stream(
    fh: Iterable[bytes], source: str, options: ReadOptions | None = None, *, lazy: bool = False
) -> Iterator[Item | RawRecord]:
    """JSONL bytes → records; a bad line is an error with ``FILE:LINE``. ``lazy``:
    yield each line as a :class:`RawRecord`, to be decoded where it is processed."""
    options = options or ReadOptions()
    stem = _stem(pathlib.Path(source))
    for lineno, raw in enumerate(fh, 1):
        where = f"{source}:{lineno}"
        if len(raw) > options.max_record_bytes:
            yield InputError(where, "record too large", f"{len(raw)} bytes > --max-record-bytes")
            continue
        if not raw.strip():
            continue
        if lazy:
            yield RawRecord(raw, where, f"{stem}:{lineno}", options)
        else:
            yield decode_line(raw, where, f"{stem}:{lineno}", options)


def decode_line(raw: bytes, where: str, default_id: str, options: ReadOptions) -> Item:
    """One non-blank JSONL line → its record (text repaired), or an error."""
    try:
        obj, warning = decode_record(raw)
    except ValueError as exc:
        return InputError(where, "invalid JSON", str(exc))
    if not isinstance(obj, dict):
        return InputError(where, "invalid record", f"a JSON {type(obj).__name__}, not an object")
    text = obj.get(options.text_field)
    if text is None:
        return InputError(where, "no text", f"the record has no {options.text_field!r} field")
    if not isinstance(text, str):
        kind = type(text).__name__
        return InputError(where, "invalid text", f"{options.text_field!r} is a {kind}")
    rid = obj.get(options.id_field)
    rid = default_id if rid is None or rid == "" else str(rid)
    warnings = [warning] if warning else []
    text, fixes, repair_warnings = repair_text(text)
    encoding = "+".join(["utf-8", *fixes]) if fixes else None
    warnings += repair_warnings
    return InputRecord(id=rid, source=where, text=text, record=obj, encoding=encoding,
                       warnings=warnings)


def _os_message(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


class JsonlSink:
    """Writes one JSON object a line to stdout, or atomically to a file: a
    temporary file in the same folder, renamed over the target on success and
    removed on failure, so a reader never sees a half-written ``-o`` file."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self._tmp: str | None = None
        self._fh: IO[bytes]
        if path is None or path == "-":
            sys.stdout.flush()
            self._fh = sys.stdout.buffer
        else:
            target = pathlib.Path(path)
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, self._tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
            self._fh = os.fdopen(fd, "wb", buffering=SINK_BUFFER)

    def write(self, obj: dict[str, Any]) -> None:
        """Write one object as a JSON line."""
        self.write_line(encode_record(obj))

    def write_line(self, line: bytes) -> None:
        """Write one already-encoded JSON line."""
        self._fh.write(line + b"\n")

    def commit(self) -> None:
        """Finish: flush stdout, or rename the temporary file onto the target."""
        if self._tmp is None:
            self._fh.flush()
            return
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self._fh.close()
        os.replace(self._tmp, self.path)  # type: ignore[arg-type]
        self._tmp = None

    def abort(self) -> None:
        """Give up: remove the temporary file, leave any old target untouched."""
        if self._tmp is not None:
            with contextlib.suppress(OSError):
                self._fh.close()
            with contextlib.suppress(OSError):
                os.unlink(self._tmp)
            self._tmp = None
