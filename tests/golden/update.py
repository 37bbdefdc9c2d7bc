"""Rewrite the golden output of the seeds: ``make golden`` (review the diff!).

The golden file pins the exact `extract` records of the bundled sample corpus, so
any change in cleaning or extraction shows up as a reviewable diff.
"""

from __future__ import annotations

import json
import pathlib

from ttcorpus.io import InputRecord, read_inputs
from ttcorpus.pipeline import process_item

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
GOLDEN = HERE / "seeds.jsonl"


def current_records() -> list[dict]:
    """The `extract` records of seeds/ as the code makes them now."""
    out = []
    for item in read_inputs([str(ROOT / "seeds")]):
        assert isinstance(item, InputRecord), item
        item.source = pathlib.Path(item.source).relative_to(ROOT).as_posix()
        out.append(process_item(item))
    return out


def main() -> None:
    lines = [json.dumps(r, ensure_ascii=False, sort_keys=False) for r in current_records()]
    GOLDEN.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {GOLDEN.relative_to(ROOT)} ({len(lines)} records)")


if __name__ == "__main__":
    main()
