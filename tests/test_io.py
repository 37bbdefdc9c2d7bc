"""Input sources and the atomic JSONL sink."""

from __future__ import annotations

import gzip
import io
import json
import pathlib

import pytest

from ttcorpus.io import (
    InputError,
    InputRecord,
    JsonlSink,
    RawRecord,
    ReadOptions,
    expand_paths,
    read_inputs,
    read_jsonl_stream,
)


def _write(path: pathlib.Path, data: bytes) -> pathlib.Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_directories_are_walked_recursively_sorted_and_filtered(tmp_path: pathlib.Path) -> None:
    _write(tmp_path / "b.txt", b"B")
    _write(tmp_path / "a" / "z.jsonl", b"")
    _write(tmp_path / "a" / "y.jsonl.gz", gzip.compress(b""))
    _write(tmp_path / "notes.md", b"not an article")
    _write(tmp_path / "img.png", b"\x89PNG")
    found = [p.relative_to(tmp_path).as_posix() for p in expand_paths([str(tmp_path)])]
    assert found == ["a/y.jsonl.gz", "a/z.jsonl", "b.txt"]


def test_missing_path_and_empty_directory_are_errors(tmp_path: pathlib.Path) -> None:
    (tmp_path / "empty").mkdir()
    items = list(read_inputs([str(tmp_path / "nope.txt"), str(tmp_path / "empty")]))
    assert [type(i) for i in items] == [InputError, InputError]
    assert items[0].error == "not found"
    assert items[1].error == "no articles"


def test_txt_article_id_is_stem_and_bom_crlf_are_handled(tmp_path: pathlib.Path) -> None:
    path = _write(tmp_path / "bai-01.txt", "\ufeffTiêu đề\r\nThân bài.\r".encode())
    (item,) = read_inputs([str(path)])
    assert isinstance(item, InputRecord)
    assert item.id == "bai-01"
    assert item.source == str(path)
    assert item.text.startswith("Tiêu đề")
    assert item.encoding == "utf-8-sig"


def test_empty_and_binary_files_are_errors(tmp_path: pathlib.Path) -> None:
    empty = _write(tmp_path / "empty.txt", b"  \n\n")
    binary = _write(tmp_path / "bin.txt", b"GIF89a\x00\x01\x02")
    items = list(read_inputs([str(empty), str(binary)]))
    assert [i.error for i in items] == ["empty", "binary"]  # type: ignore[union-attr]


def test_invalid_utf8_is_replaced_with_a_warning(tmp_path: pathlib.Path) -> None:
    path = _write(tmp_path / "x.txt", b"H\xe0 N\xe1i")
    (item,) = read_inputs([str(path)])
    assert isinstance(item, InputRecord)
    assert "\ufffd" in item.text
    assert item.warnings and "invalid UTF-8" in item.warnings[0]


def test_jsonl_fields_ids_and_errors_with_file_line(tmp_path: pathlib.Path) -> None:
    lines = [
        json.dumps({"id": 7, "text": "Một", "url": "http://x"}),
        "{not json",
        json.dumps({"id": "b"}),
        json.dumps({"id": "c", "text": 42}),
        "",
        json.dumps(["a", "list"]),
        json.dumps({"text": "Không có id"}),
    ]
    path = _write(tmp_path / "in.jsonl", "\n".join(lines).encode())
    items = list(read_inputs([str(path)]))
    ok = [i for i in items if isinstance(i, InputRecord)]
    bad = [i for i in items if isinstance(i, InputError)]
    assert [(i.id, i.source) for i in ok] == [("7", f"{path}:1"), ("in:7", f"{path}:7")]
    assert ok[0].record == {"id": 7, "text": "Một", "url": "http://x"}
    assert [(e.source, e.error) for e in bad] == [
        (f"{path}:2", "invalid JSON"),
        (f"{path}:3", "no text"),
        (f"{path}:4", "invalid text"),
        (f"{path}:6", "invalid record"),
    ]


def test_custom_text_and_id_fields() -> None:
    data = json.dumps({"doc": "d1", "body": "Nội dung"}).encode()
    (item,) = read_jsonl_stream(io.BytesIO(data), "x.jsonl", ReadOptions("body", "doc"))
    assert isinstance(item, InputRecord)
    assert (item.id, item.text) == ("d1", "Nội dung")


def test_gzip_jsonl(tmp_path: pathlib.Path) -> None:
    path = _write(tmp_path / "c.jsonl.gz", gzip.compress(b'{"id": "g", "text": "N\xc3\xa9n"}\n'))
    (item,) = read_inputs([str(path)])
    assert isinstance(item, InputRecord) and item.text == "Nén"


def test_record_over_the_size_limit_is_an_error() -> None:
    big = json.dumps({"id": "big", "text": "x" * 1000}).encode() + b"\n"
    small = b'{"id": "s", "text": "ok"}\n'
    items = list(
        read_jsonl_stream(io.BytesIO(big + small), "f.jsonl", ReadOptions(max_record_bytes=500))
    )
    assert isinstance(items[0], InputError) and items[0].error == "record too large"
    assert isinstance(items[1], InputRecord) and items[1].id == "s"


def test_lazy_lines_decode_to_what_an_eager_read_gives() -> None:
    data = (
        b'{"doc": "a", "body": "N\xc3\xa9n"}\n\n{broken\n[1, 2]\n{"doc": "b"}\n'
        b'{"body": "H\xe0 N\xe1\xbb\x99i"}\n' + b'{"body": "' + b"x" * 600 + b'"}\n'
    )
    options = ReadOptions("body", "doc", max_record_bytes=500)
    eager = list(read_jsonl_stream(io.BytesIO(data), "f.jsonl", options))
    lazy = list(read_jsonl_stream(io.BytesIO(data), "f.jsonl", options, lazy=True))
    # too-large lines are refused while reading; every other line waits undecoded
    assert [type(x).__name__ for x in lazy] == ["RawRecord"] * 5 + ["InputError"]
    assert [x.decode() if isinstance(x, RawRecord) else x for x in lazy] == eager
    assert [getattr(x, "error", None) for x in eager] == [
        None, "invalid JSON", "invalid record", "no text", None, "record too large"
    ]
    assert eager[4].id == "f:6" and eager[4].warnings  # line number id, U+FFFD warning


def test_sink_is_atomic(tmp_path: pathlib.Path) -> None:
    target = tmp_path / "out" / "o.jsonl"
    sink = JsonlSink(str(target))
    sink.write({"id": "a"})
    assert not target.exists()  # nothing visible until commit
    sink.commit()
    assert target.read_text() == '{"id":"a"}\n'
    again = JsonlSink(str(target))
    again.write({"id": "b"})
    again.abort()
    assert target.read_text() == '{"id":"a"}\n'  # the old file is untouched
    assert [p.name for p in target.parent.iterdir()] == ["o.jsonl"]


@pytest.mark.parametrize("data", [b"\xef\xbb\xbf", b"\x00\x00"])
def test_nothing_but_a_bom_or_nuls_is_not_an_article(tmp_path: pathlib.Path, data: bytes) -> None:
    path = _write(tmp_path / "odd.txt", data)
    (item,) = read_inputs([str(path)])
    assert isinstance(item, InputError)


def test_invalid_utf8_inside_a_jsonl_record_keeps_the_record_with_a_warning() -> None:
    raw = b'{"id": "x", "text": "H\xe0 N\xe1i"}\n'
    (item,) = read_jsonl_stream(io.BytesIO(raw), "f.jsonl")
    assert isinstance(item, InputRecord)
    assert item.text == "H\ufffd N\ufffdi"
    assert item.warnings == ["invalid UTF-8 in the record: replaced with U+FFFD"]


def test_nan_is_accepted_like_the_standard_library() -> None:
    (item,) = read_jsonl_stream(io.BytesIO(b'{"id": "n", "text": "x", "score": NaN}\n'), "f.jsonl")
    assert isinstance(item, InputRecord) and item.record is not None


def test_utf16_without_bom_is_not_taken_for_binary(tmp_path: pathlib.Path) -> None:
    text = "Hội nghị triển khai Chỉ thị số 09-CT/TW.\n"
    path = _write(tmp_path / "u16.txt", text.encode("utf-16-le"))
    (item,) = read_inputs([str(path)])
    assert isinstance(item, InputRecord)
    assert item.text.startswith("Hội nghị") and item.encoding == "utf-16-le"


def test_mojibake_in_a_jsonl_text_field_is_repaired_and_reported() -> None:
    text = "Hội nghị triển khai thực hiện Chỉ thị của Ban Bí thư"
    broken = text.encode().decode("cp1252", "replace")
    raw = json.dumps({"id": "m", "text": broken}, ensure_ascii=False).encode() + b"\n"
    (item,) = read_jsonl_stream(io.BytesIO(raw), "f.jsonl")
    assert isinstance(item, InputRecord)
    assert item.text.startswith("Hội nghị triển khai")
    assert item.encoding == "utf-8+mojibake-repaired"
