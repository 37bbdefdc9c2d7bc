"""The tools a user would otherwise pick, timed on the same slice of clean text as
ttcorpus: dateparser's ``search_dates(languages=["vi"])`` for dates and
underthesea's ``ner`` for people and organisations (the ``bench`` extra).

Each row reports the peer's MB/s and the ratio ttcorpus / peer on the same slice.
"""

from __future__ import annotations

import json
import pathlib
import time
from collections.abc import Callable

from ttcorpus.extract import extract_entities, find_agencies, find_dates, find_people
from ttcorpus.io import InputRecord
from ttcorpus.pipeline import clean_item


def clean_slice(corpus: pathlib.Path, articles: int) -> list[tuple[str, str | None]]:
    """The clean bodies (and datelines) of the first ``articles`` records."""
    out = []
    with corpus.open("rb") as fh:
        for line in fh:
            rec = json.loads(line)
            art = clean_item(InputRecord(id=rec["id"], source="bench", text=rec["text"]))
            out.append((art.text, art.published))
            if len(out) >= articles:
                break
    return out


def _time(func: Callable[[str, str | None], object], texts: list[tuple[str, str | None]]) -> float:
    t = time.perf_counter()
    for text, published in texts:
        func(text, published)
    return time.perf_counter() - t


def _best(func: Callable[[str, str | None], object], texts: list[tuple[str, str | None]],
          runs: int = 3) -> float:
    return min(_time(func, texts) for _ in range(runs))


def compare(corpus: pathlib.Path, articles: int = 100) -> list[dict]:
    """Rows: tool, task, seconds, MB/s, and ttcorpus's speed-up on that task."""
    texts = clean_slice(corpus, articles)
    mb = sum(len(t.encode("utf-8")) for t, _ in texts) / 1e6
    # Load the data and compile the patterns (some on first use) outside the timing:
    # one untimed pass over the slice, then the best of three timed ones (the slice
    # is small, so one pass is a few hundredths of a second and jitters).
    _time(lambda t, p: extract_entities(_article(t, p)), texts)
    ours_dates = _best(lambda t, p: find_dates(t, p), texts)
    ours_ner = _best(lambda t, p: (find_people(t), find_agencies(t)), texts)
    ours_all = _best(lambda t, p: extract_entities(_article(t, p)), texts)
    rows = [
        {"tool": "ttcorpus find_dates", "task": "dates", "seconds": ours_dates},
        {
            "tool": "ttcorpus find_people + find_agencies",
            "task": "people+orgs",
            "seconds": ours_ner,
        },
        {"tool": "ttcorpus extract (all four)", "task": "all", "seconds": ours_all},
    ]
    try:
        from dateparser.search import search_dates

        secs = _time(lambda t, p: search_dates(t, languages=["vi"]), texts)
        rows.append(
            {
                "tool": "dateparser search_dates(vi)",
                "task": "dates",
                "seconds": secs,
                "ttcorpus_speedup": secs / ours_dates,
            }
        )
    except ImportError:
        rows.append(
            {
                "tool": "dateparser",
                "task": "dates",
                "seconds": None,
                "note": "not installed (pip install -e '.[bench]')",
            }
        )
    try:
        from underthesea import ner

        ner("Hà Nội.")  # load the model outside the timing
        secs = _time(lambda t, p: [ner(line) for line in t.split("\n") if line], texts)
        rows.append(
            {
                "tool": "underthesea ner",
                "task": "people+orgs",
                "seconds": secs,
                "ttcorpus_speedup": secs / ours_ner,
            }
        )
    except ImportError:
        rows.append(
            {
                "tool": "underthesea",
                "task": "people+orgs",
                "seconds": None,
                "note": "not installed (pip install -e '.[bench]')",
            }
        )
    for row in rows:
        row["articles"] = len(texts)
        row["mb"] = round(mb, 3)
        if row["seconds"]:
            row["mb_per_s"] = mb / row["seconds"]
    return rows


def _article(text: str, published: str | None):  # type: ignore[no-untyped-def]
    from ttcorpus.models import Article

    return Article(id="bench", source="bench", text=text, published=published)
