"""Run ttcorpus on a Dask cluster: ``process_record`` mapped over a ``dask.bag``
of JSONL records, from local files or any fsspec URL, written back as JSONL
partitions. Needs the optional extra: ``pip install 'ttcorpus[dask]'``.

    from dask.distributed import Client
    from ttcorpus.integrations.dask import run_jsonl
    Client("tcp://scheduler:8786")            # or LocalCluster(n_workers=…)
    run_jsonl("s3://bucket/crawl/*.jsonl.gz", "s3://bucket/out/", steps=("clean", "extract"))

Each input file is one partition (so ``source`` is ``FILE:LINE`` as with the CLI);
records that cannot be processed become error records ``{"source", "error",
"detail"}`` written to ``errors/`` beside the output, exactly like ``--errors``.
Lines that repeat across articles are found, as in the CLI, among the first
``lookahead`` records.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ttcorpus.io import InputRecord, ReadOptions, encode_record, read_jsonl_stream
from ttcorpus.pipeline import STEPS, RunOptions, count_repeated_lines, is_clean_record, process_one

try:
    import dask.bag as db
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError(
        "ttcorpus.integrations.dask needs dask: pip install 'ttcorpus[dask]'"
    ) from exc


@dataclass(frozen=True, slots=True)
class _Partition:
    """Processes one partition of ``(line, path)`` pairs (one input file)."""

    options: RunOptions
    read: ReadOptions

    def __call__(self, pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
        pairs = list(pairs)
        if not pairs:
            return []
        path = pairs[0][1]
        raw = (line.encode("utf-8") for line, _ in pairs)
        out = []
        for item in read_jsonl_stream(raw, path, self.read):
            outcome = process_one(item, self.options)
            if outcome.line is not None:
                out.append(("record", outcome.line.decode("utf-8")))
            elif outcome.error is not None:
                out.append(("error", encode_record(outcome.error.to_dict()).decode("utf-8")))
        return out


def read_jsonl(urlpath: str | Sequence[str], **storage_options: Any) -> db.Bag:
    """A bag of ``(line, path)`` pairs, one partition per input file."""
    return db.read_text(
        urlpath, blocksize=None, include_path=True, storage_options=storage_options or None
    )


def repeated_lines(
    lines: db.Bag, read: ReadOptions, lookahead: int = 500, min_articles: int = 3
) -> frozenset[str]:
    """The CLI's repeated-line set, from the first ``lookahead`` records."""
    if not min_articles:
        return frozenset()
    head = lines.take(lookahead, npartitions=-1, warn=False)
    texts = []
    for line, path in head:
        for item in read_jsonl_stream([line.encode("utf-8")], path, read):
            if isinstance(item, InputRecord) and not (item.record and is_clean_record(item.record)):
                texts.append(item.text)
    return count_repeated_lines(texts, min_articles=min_articles)


def process_bag(
    lines: db.Bag,
    *,
    steps: Sequence[str] = STEPS,
    text_field: str = "text",
    id_field: str = "id",
    repeat_min: int = 3,
    lookahead: int = 500,
) -> db.Bag:
    """``(line, path)`` pairs → ``(kind, json_line)`` pairs, kind "record" or "error"."""
    read = ReadOptions(text_field, id_field)
    repeated = repeated_lines(lines, read, lookahead, repeat_min)
    options = RunOptions(tuple(steps), text_field, id_field, repeated)
    return lines.map_partitions(_Partition(options, read))


def run_jsonl(
    urlpath: str | Sequence[str],
    out_dir: str,
    *,
    steps: Sequence[str] = STEPS,
    text_field: str = "text",
    id_field: str = "id",
    repeat_min: int = 3,
    lookahead: int = 500,
    **storage_options: Any,
) -> None:
    """Process JSONL files at ``urlpath`` and write ``out_dir/part-*.jsonl`` (and
    ``out_dir/errors/part-*.jsonl``), one output partition per input file."""
    results = process_bag(
        read_jsonl(urlpath, **storage_options),
        steps=steps,
        text_field=text_field,
        id_field=id_field,
        repeat_min=repeat_min,
        lookahead=lookahead,
    ).persist()
    opts = storage_options or None
    base = out_dir.rstrip("/")
    records = results.filter(lambda kv: kv[0] == "record").map(lambda kv: kv[1] + "\n")
    errors = results.filter(lambda kv: kv[0] == "error").map(lambda kv: kv[1] + "\n")
    records.to_textfiles(f"{base}/part-*.jsonl", storage_options=opts)
    errors.to_textfiles(f"{base}/errors/part-*.jsonl", storage_options=opts)


__all__ = ["process_bag", "read_jsonl", "repeated_lines", "run_jsonl"]
