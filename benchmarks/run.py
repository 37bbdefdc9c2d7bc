"""``make bench``: throughput of ``ttcorpus clean`` and ``extract`` on a generated
corpus, next to the I/O floor; prints a table and writes ``benchmarks/results.json``.

Each measurement runs the installed ``ttcorpus`` in its own process (output to
/dev/null) so the peak RSS is that run's own. Each job runs ``--repeat`` times (3 by
default, ``BENCH_REPEAT``) and reports its best time, as pyperf and hyperfine do: the
VM's speed drifts between runs, and the best run is the one least disturbed. The
slowest time is kept in the results too (the spread).

    python benchmarks/run.py [--mb 100] [--jobs 1 2] [--steps clean extract] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import platform
import subprocess
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from build_corpus import build  # noqa: E402
from peers import compare  # noqa: E402

RESULTS = HERE / "results.json"
_MEASURE = r"""
import json, resource, subprocess, sys, time
t = time.perf_counter()
with open(sys.argv[1], "rb") as src, open("/dev/null", "wb") as dst:
    rc = subprocess.call(sys.argv[2:], stdin=src, stdout=dst)
wall = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"rc": rc, "seconds": wall, "peak_rss_mb": rss / 1024}))
"""


def measure(cmd: list[str], stdin: pathlib.Path) -> dict:
    """Run one command with ``stdin`` as input; wall time and peak RSS."""
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(stdin), *cmd],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


def io_floor(path: pathlib.Path) -> float:
    """Seconds to read the corpus, decode each record and encode its text back."""
    t = time.perf_counter()
    with path.open("rb") as fh, open(os.devnull, "w", encoding="utf-8") as sink:
        for line in fh:
            rec = json.loads(line)
            sink.write(json.dumps({"id": rec["id"], "text": rec["text"]}, ensure_ascii=False))
            sink.write("\n")
    return time.perf_counter() - t


def ttcorpus_cmd() -> list[str]:
    exe = pathlib.Path(sys.executable).with_name("ttcorpus")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "ttcorpus"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=float(os.environ.get("BENCH_MB", 100)))
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--steps", nargs="+", default=["clean", "extract"])
    ap.add_argument(
        "--repeat",
        type=int,
        default=int(os.environ.get("BENCH_REPEAT", 3)),
        help="runs of each job; the best is reported (and the slowest kept)",
    )
    ap.add_argument(
        "--peer-articles",
        type=int,
        default=30,
        help="articles in the slice timed against dateparser/underthesea (0: skip)",
    )
    args = ap.parse_args()

    corpus = HERE / "corpus" / f"bench-{args.mb:g}mb.jsonl"
    if not corpus.exists():
        print(f"building {corpus.name} …", file=sys.stderr)
        build(corpus, args.mb)
    size_mb = corpus.stat().st_size / 1e6
    with corpus.open("rb") as fh:
        articles = sum(1 for _ in fh)

    rows = []
    floors = [io_floor(corpus) for _ in range(max(1, args.repeat))]
    floor = min(floors)
    rows.append(
        {
            "job": "I/O floor (read + JSON decode/encode)",
            "jobs": 1,
            "runs": len(floors),
            "seconds": floor,
            "slowest_seconds": max(floors),
            "mb_per_s": size_mb / floor,
            "articles_per_s": articles / floor,
            "peak_rss_mb": None,
        }
    )
    for step in args.steps:
        for jobs in args.jobs:
            cmd = [*ttcorpus_cmd(), step, "-", "-q", "-j", str(jobs)]
            runs = []
            for _ in range(max(1, args.repeat)):
                m = measure(cmd, corpus)
                if m["rc"] != 0:
                    raise SystemExit(f"{' '.join(cmd)} exited {m['rc']}")
                runs.append(m)
            m = min(runs, key=lambda r: r["seconds"])
            rows.append(
                {
                    "job": f"ttcorpus {step}",
                    "jobs": jobs,
                    "runs": len(runs),
                    "seconds": m["seconds"],
                    "slowest_seconds": max(r["seconds"] for r in runs),
                    "mb_per_s": size_mb / m["seconds"],
                    "articles_per_s": articles / m["seconds"],
                    "peak_rss_mb": m["peak_rss_mb"],
                }
            )

    peers = compare(corpus, args.peer_articles) if args.peer_articles else []
    result = {
        "corpus": {"path": corpus.name, "mb": round(size_mb, 1), "articles": articles},
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            "processor": platform.processor(),
        },
        "rows": rows,
        "peers": peers,
    }
    RESULTS.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(
        f"corpus: {size_mb:.1f} MB, {articles} articles; machine: {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}"
    )
    print(f"best of {max(1, args.repeat)} runs each (slowest run in brackets)")
    print(
        f"{'job':40} {'jobs':>4} {'s':>8} {'MB/s':>8} {'(slowest)':>9} {'art/s':>9} "
        f"{'RSS MB':>7}"
    )
    for r in rows:
        rss = f"{r['peak_rss_mb']:.0f}" if r["peak_rss_mb"] else "-"
        slowest = f"({size_mb / r['slowest_seconds']:.2f})"
        print(
            f"{r['job']:40} {r['jobs']:>4} {r['seconds']:8.2f} {r['mb_per_s']:8.2f} "
            f"{slowest:>9} {r['articles_per_s']:9.0f} {rss:>7}"
        )
    if peers:
        print(f"\nsame slice of clean text ({peers[0]['articles']} articles, {peers[0]['mb']} MB):")
        print(f"{'tool':40} {'s':>8} {'MB/s':>8} {'ttcorpus x':>10}")
        for p in peers:
            if p.get("seconds") is None:
                print(f"{p['tool']:40} {p.get('note', '')}")
                continue
            speed = f"{p['ttcorpus_speedup']:.0f}x" if "ttcorpus_speedup" in p else ""
            print(f"{p['tool']:40} {p['seconds']:8.2f} {p['mb_per_s']:8.3f} {speed:>10}")
    print(f"wrote {RESULTS.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
