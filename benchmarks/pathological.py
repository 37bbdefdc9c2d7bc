"""Pathological inputs through the whole record pipeline (clean + extract), timed
per character against ordinary article text of the same size.

    python benchmarks/pathological.py [--chars 400000]

Prints one row per input: characters, CPU seconds, and the ratio of its time per
character to ordinary text's (perturbed seeds and dev articles).
"""

from __future__ import annotations

import argparse
import pathlib
import random
import sys
import time

from ttcorpus import process_record

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from build_corpus import perturb, source_texts


def ordinary(chars: int) -> str:
    """Perturbed copies of the seeds and dev articles (as ``make bench`` builds them),
    so that no line repeats verbatim and no cache flatters the baseline."""
    rng = random.Random(0)
    texts, size = [], 0
    sources = source_texts()
    while size < chars:
        texts.append(perturb(sources[len(texts) % len(sources)], rng))
        size += len(texts[-1]) + 1
    return "\n".join(texts)[:chars]


def cases(chars: int) -> dict[str, str]:
    return {
        "ordinary article text": ordinary(chars),
        "'Ban\\n' lines": "Ban\n" * (chars // 4),
        "'Ban ' repeated": "Ban " * (chars // 4),
        "'Chỉ thị số ' + digits": "Chỉ thị số " + "1" * chars,
        "capitalised syllables": "Nguyễn " * (chars // 7),
        "'1/1/1/…'": "1/" * (chars // 2),
        "one line, no spaces": "a" * chars,
        "'Nghị quyết số 1-1-…'": "Nghị quyết số " + "1-" * (chars // 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=400_000)
    args = parser.parse_args()
    process_record({"id": "warm-up", "text": "Hà Nội, ngày 1/1/2020.\nBộ Công an."})
    base = None
    print(f"{'input':26s} {'chars':>8s} {'CPU s':>7s} {'per char vs ordinary':>21s}")
    for name, text in cases(args.chars).items():
        t = time.process_time()
        process_record({"id": "x", "text": text})
        seconds = time.process_time() - t
        per_char = seconds / len(text)
        base = base or per_char
        print(f"{name:26s} {len(text):8d} {seconds:7.2f} {per_char / base:20.1f}x")


if __name__ == "__main__":
    main()
