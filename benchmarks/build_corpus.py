"""Build a benchmark corpus: the bundled seeds (and the dev texts when
``../shared/dev/texts`` is present), lightly perturbed, repeated to a target size,
as JSONL records ``{"id", "text"}``.

Perturbation keeps the texts realistic but not identical: digits in numbers are
changed, paragraphs are sometimes dropped or swapped, and some lines get extra
white space, so nothing is cached by accident.

    python benchmarks/build_corpus.py --mb 100 -o benchmarks/corpus/bench.jsonl
"""

from __future__ import annotations

import argparse
import json
import pathlib
import random
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "seeds", ROOT.parent / "shared" / "dev" / "texts"]
_DIGIT = re.compile(r"\d")


def source_texts() -> list[str]:
    """The raw articles the corpus is made from."""
    texts = []
    for folder in SOURCES:
        if folder.is_dir():
            texts += [p.read_text(encoding="utf-8-sig") for p in sorted(folder.glob("*.txt"))]
    if not texts:
        raise SystemExit("no source texts found (seeds/ is missing?)")
    return texts


def perturb(text: str, rng: random.Random) -> str:
    """A light random variation of one article."""
    lines = text.split("\n")
    if len(lines) > 8 and rng.random() < 0.5:
        i = rng.randrange(2, len(lines) - 2)
        lines[i], lines[i + 1] = lines[i + 1], lines[i]
    if len(lines) > 8 and rng.random() < 0.3:
        del lines[rng.randrange(2, len(lines) - 2)]
    out = "\n".join(lines)
    if rng.random() < 0.7:
        out = _DIGIT.sub(
            lambda m: str(rng.randrange(10)) if rng.random() < 0.1 else m.group(0), out
        )
    if rng.random() < 0.2:
        out = out.replace(". ", ".  ", 3)
    return out


def build(path: pathlib.Path, megabytes: float, seed: int = 7) -> tuple[int, int]:
    """Write the corpus; return (articles, bytes)."""
    rng = random.Random(seed)
    texts = source_texts()
    target = int(megabytes * 1024 * 1024)
    path.parent.mkdir(parents=True, exist_ok=True)
    written = n = 0
    with path.open("w", encoding="utf-8") as fh:
        while written < target:
            text = perturb(texts[n % len(texts)], rng)
            line = json.dumps({"id": f"bench-{n:07d}", "text": text}, ensure_ascii=False) + "\n"
            fh.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    return n, written


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=100.0, help="corpus size in MB")
    ap.add_argument(
        "-o", "--output", type=pathlib.Path, default=ROOT / "benchmarks" / "corpus" / "bench.jsonl"
    )
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    n, size = build(args.output, args.mb, args.seed)
    print(f"wrote {args.output} ({n} articles, {size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
