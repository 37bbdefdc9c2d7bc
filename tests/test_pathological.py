"""Pathological text: inputs built to make backtracking explode must take time
proportional to their length in every finder, in the cleaner and in the whole
per-record pipeline.

Each case is timed at size n and 2n; the larger must take less than four times
as long, plus a little for timer noise (linear time doubles; quadratic time
quadruples; anything worse explodes). Each call is timed twice and the faster
run kept, so one busy moment on the machine does not fail a test. The largest
inputs are marked ``slow``: they still run in CI.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from tests.timing import cpu_seconds
from ttcorpus.clean import clean_article
from ttcorpus.extract import find_agencies, find_dates, find_doc_refs, find_people
from ttcorpus.pipeline import process_record

Run = Callable[[str], object]

RUNS: dict[str, Run] = {
    "find_dates": find_dates,
    "find_people": find_people,
    "find_agencies": find_agencies,
    "find_doc_refs": find_doc_refs,
    "clean_article": clean_article,
    "process_record": lambda text: process_record({"id": "x", "text": text}),
}

_SYLLABLES = ["Nguyễn", "Văn", "Hà", "Nội", "Bộ", "Công", "Ban", "Chỉ", "Đảng", "Ủy"]


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


# Each builder gives a text of about ``size`` characters.
INPUTS: dict[str, Callable[[int], str]] = {
    # a document number that never ends
    "digits after Chỉ thị số": lambda n: "Chỉ thị số " + "1" * n,
    # a name, an agency or a title that never ends
    "capitalised syllables": lambda n: _repeat(" ".join(_SYLLABLES) + " ", n),
    # a date, a number/year/code that never ends
    "1/1/1/…": lambda n: "Chỉ thị số " + _repeat("1/", n),
    "1-1-1-…": lambda n: "Nghị quyết số " + _repeat("1-", n),
    # one line, no white space at all
    "a line without spaces": lambda n: _repeat("Chỉthịsố09-CT/TWngày1/12/2011BộCôngan", n),
    # the head word of an agency, again and again
    "Ban Ban Ban …": lambda n: _repeat("Ban ", n),
    "Đồng chí Đồng chí …": lambda n: _repeat("Đồng chí ", n),
    "ngày 1 tháng ngày 1 tháng …": lambda n: _repeat("ngày 1 tháng ", n),
    "Bộ Công an ( Bộ Công an ( …": lambda n: _repeat("Bộ Công an (", n),
    # many short lines
    "Ban on every line": lambda n: _repeat("Ban\n", n),
    # one long paragraph of a real-looking sentence with no full stop
    "a sentence that never ends": lambda n: _repeat(
        "Ủy ban nhân dân tỉnh Quảng Ngãi triển khai Chỉ thị số 09-CT/TW ngày 1/12/2011 của "
        "Ban Bí thư, đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, ", n),
}

SIZE = 40_000  # characters at n; 2n is twice that
SLACK = 0.05  # seconds of timer noise allowed on top of the 4× bound


def _seconds(run: Run, text: str) -> float:
    return cpu_seconds(lambda: run(text), repeat=2)


def assert_linear(run: Run, build: Callable[[int], str], size: int) -> None:
    """time(2n) < 4 × time(n) + SLACK."""
    small, large = build(size), build(2 * size)
    run(small[:1000])  # warm up: patterns compiled, data loaded
    t_small = _seconds(run, small)
    t_large = _seconds(run, large)
    assert t_large < 4 * t_small + SLACK, (
        f"{len(small)} chars: {t_small:.3f}s; {len(large)} chars: {t_large:.3f}s"
    )


@pytest.mark.parametrize("build", INPUTS.values(), ids=list(INPUTS))
@pytest.mark.parametrize("run", RUNS.values(), ids=list(RUNS))
def test_time_is_linear_in_length(run: Run, build: Callable[[int], str]) -> None:
    assert_linear(run, build, SIZE)


# The sizes the issue names, through the whole pipeline: they finish, and in time
# proportional to their length.
@pytest.mark.slow
@pytest.mark.parametrize(
    ("build", "size"),
    [
        (INPUTS["digits after Chỉ thị số"], 100_000),
        (INPUTS["capitalised syllables"], 50_000 * 6),  # 50,000 syllables
        (INPUTS["Ban Ban Ban …"], 100_000 * 4),  # "Ban " 100,000 times
        (INPUTS["1/1/1/…"], 100_000),
    ],
    ids=["100,000 digits", "50,000 syllables", "100,000 Ban", "1/1/1 ×50,000"],
)
def test_named_sizes_through_the_pipeline(build: Callable[[int], str], size: int) -> None:
    assert_linear(RUNS["process_record"], build, size // 2)


@pytest.mark.slow
def test_a_two_megabyte_line_without_spaces() -> None:
    text = INPUTS["a line without spaces"](2_000_000)
    start = time.perf_counter()
    record = process_record({"id": "x", "text": text})
    seconds = time.perf_counter() - start
    assert record["text"]
    assert seconds < 30, f"{seconds:.1f}s for a 2 MB line"


@pytest.mark.parametrize("run", RUNS.values(), ids=list(RUNS))
@pytest.mark.parametrize(
    "text",
    ["", " ", "\n" * 1000, "\u200b" * 1000, "Chỉ thị số", "Chỉ thị số /", "ngày", "(" * 1000,
     "Ban Bí thư khóa", "Bộ trưởng Bộ", "số 09-CT/TW ngày", "\ufffd" * 100, "́" * 100],
    ids=repr,
)
def test_degenerate_inputs_do_not_fail(run: Run, text: str) -> None:
    run(text)
