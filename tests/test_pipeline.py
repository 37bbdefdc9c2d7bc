"""The ordered map: lazy (undecoded) JSONL lines, the look-ahead head, workers."""

from __future__ import annotations

import io
import json
import subprocess
import sys

from ttcorpus.io import InputRecord, RawRecord, read_jsonl_stream
from ttcorpus.pipeline import RunOptions, run, with_lookahead

_ARTICLE = "Tiêu đề bài viết\n\nSáng 12/4, tại Hà Nội, Bộ Công an tổ chức hội nghị giao ban."


def _jsonl(n: int) -> bytes:
    lines = [json.dumps({"id": f"r{i}", "text": _ARTICLE + f" Lần {i}."}) for i in range(n)]
    lines.insert(3, "{not json")
    return ("\n".join(lines) + "\n").encode()


def test_lookahead_head_is_decoded_and_the_stream_is_whole() -> None:
    items = read_jsonl_stream(io.BytesIO(_jsonl(6)), "f.jsonl", lazy=True)
    head, rest = with_lookahead(items, 2)
    assert all(isinstance(i, InputRecord) for i in head)
    everything = list(rest)
    assert everything[:2] == head and len(everything) == 7
    assert all(isinstance(i, RawRecord) for i in everything[2:])


def test_workers_decoding_lines_give_what_one_process_gives() -> None:
    options = RunOptions(steps=("clean",))
    eager = list(run(read_jsonl_stream(io.BytesIO(_jsonl(40)), "f.jsonl"), options))
    lazy = read_jsonl_stream(io.BytesIO(_jsonl(40)), "f.jsonl", lazy=True)
    parallel = list(run(lazy, options, jobs=2, chunk_size=4))
    assert [(o.line, o.error) for o in parallel] == [(o.line, o.error) for o in eager]
    assert sum(o.error is not None for o in parallel) == 1


def test_a_clean_worker_does_not_load_the_extractors() -> None:
    code = (
        "import sys; from ttcorpus.pipeline import _warm_up; _warm_up(('clean',)); "
        "print('ttcorpus.extract' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_tally_is_optional_and_leaves_the_output_alone() -> None:
    text = "Trang chủ | Thời sự\n" + _ARTICLE + "\nChia sẻ | In bài"
    items = [InputRecord(id="a", source="a", text=text)]
    (counted,) = run(items, RunOptions(steps=("clean", "extract")))
    (bare,) = run(items, RunOptions(steps=("clean", "extract"), tally=False))
    assert counted.line == bare.line
    assert sum(counted.removed_kinds.values()) == len(json.loads(counted.line)["removed"]) > 0
    assert counted.mentions["agencies"] == len(json.loads(counted.line)["agencies"]) > 0
    assert bare.removed_kinds == {} and bare.mentions == {}
