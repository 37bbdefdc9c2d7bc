"""The ``ttcorpus`` command line: a thin Typer layer over io + pipeline.

No text logic lives here: options are parsed, inputs are streamed through
``pipeline.run``, records go to the sink, errors to stderr and ``--errors``.
"""

from __future__ import annotations

import collections
import contextlib
import os
import signal
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from ttcorpus import __version__
from ttcorpus.formats import OutputFormat
from ttcorpus.io import DEFAULT_MAX_RECORD_BYTES, InputError, JsonlSink, ReadOptions, read_inputs
from ttcorpus.pipeline import (
    Outcome,
    RunOptions,
    default_jobs,
    repeated_from_head,
    run,
    warm_up,
    with_lookahead,
)

app = typer.Typer(
    name="ttcorpus",
    help="Clean scraped Vietnamese news into lossless JSONL and extract dates, people, "
    "agencies and document references.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

PathsArg = Annotated[
    list[str],
    typer.Argument(
        help="Files, directories (recursive: *.txt, *.jsonl, *.jsonl.gz) or - for stdin.",
        show_default=False,
    ),
]
OutputOpt = Annotated[
    str | None,
    typer.Option(
        "--output", "-o", help="Write JSONL here (atomically) instead of stdout.", metavar="FILE"
    ),
]
ErrorsOpt = Annotated[
    str | None,
    typer.Option(
        "--errors", help="Write one JSONL error record per unreadable input here.", metavar="FILE"
    ),
]
TextFieldOpt = Annotated[
    str, typer.Option("--text-field", help="JSONL field holding the article text.")
]
IdFieldOpt = Annotated[str, typer.Option("--id-field", help="JSONL field holding the article id.")]
JobsOpt = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        min=1,
        help="Worker processes (default: the number of CPUs).",
        show_default=False,
    ),
]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no summary.")]
MaxBytesOpt = Annotated[
    int,
    typer.Option(
        "--max-record-bytes", min=1, help="Skip (as an error) JSONL lines longer than this."
    ),
]
RepeatOpt = Annotated[
    int,
    typer.Option(
        "--repeat-min",
        min=0,
        help="A short non-prose line found in this many articles of the input is "
        "boilerplate (0: off).",
    ),
]
LookaheadOpt = Annotated[
    int, typer.Option("--lookahead", min=1, help="Articles read ahead to find repeated lines.")
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"ttcorpus {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """ttcorpus: a corpus toolkit for Vietnamese government and party news."""


def _job_command(steps: tuple[str, ...]) -> Callable[..., None]:
    """One function for `clean` and `extract`: same inputs, options and output."""

    def command(
        paths: PathsArg,
        output: OutputOpt = None,
        errors: ErrorsOpt = None,
        text_field: TextFieldOpt = "text",
        id_field: IdFieldOpt = "id",
        jobs: JobsOpt = None,
        quiet: QuietOpt = False,
        max_record_bytes: MaxBytesOpt = DEFAULT_MAX_RECORD_BYTES,
        repeat_min: RepeatOpt = 3,
        lookahead: LookaheadOpt = 500,
    ) -> None:
        options = JobOptions(
            text_field, id_field, jobs, quiet, max_record_bytes, repeat_min, lookahead
        )
        raise typer.Exit(_run_job(steps, paths, output, errors, options))

    return command


app.command(
    "clean",
    help="Remove page chrome: the article body, every removed line with its kind, and metadata.",
)(_job_command(("clean",)))
app.command(
    "extract",
    help="Clean (unless the input is already clean) and add dates, people, agencies, doc_refs "
    "and the relations between documents.",
)(_job_command(("clean", "extract")))


@dataclass(frozen=True, slots=True)
class JobOptions:
    """The options `clean` and `extract` share."""

    text_field: str
    id_field: str
    jobs: int | None
    quiet: bool
    max_record_bytes: int
    repeat_min: int
    lookahead: int


def _run_job(
    steps: tuple[str, ...],
    paths: list[str],
    output: str | None,
    errors: str | None,
    options: JobOptions,
) -> int:
    """Stream every input through the pipeline; return the exit code."""
    err = Console(stderr=True, highlight=False)
    if paths.count("-") > 1:
        err.print("ttcorpus: error: '-' (stdin) can be given only once")
        return EXIT_USAGE
    o = options
    read_options = ReadOptions(o.text_field, o.id_field, o.max_record_bytes)
    jobs = o.jobs or default_jobs()
    # With workers, JSONL lines go to them undecoded: this process only moves bytes.
    items = read_inputs(paths, read_options, lazy=jobs > 1)
    repeated: frozenset[str] = frozenset()
    if o.repeat_min:
        head, items = with_lookahead(items, o.lookahead)
        repeated = repeated_from_head(head, o.repeat_min)
    run_options = RunOptions(
        steps=steps, text_field=o.text_field, id_field=o.id_field, repeated=repeated,
        tally=not o.quiet,  # the counts only feed the closing summary
    )
    if jobs <= 1:
        warm_up(steps)  # before any output exists: patterns compile on first use
    try:
        sink = JsonlSink(output)
        error_sink = JsonlSink(errors) if errors else None
    except OSError as exc:
        err.print(f"ttcorpus: error: cannot write {exc.filename}: {exc.strerror}")
        return EXIT_SOME_FAILED
    stats = _Stats()
    show_bar = not o.quiet and err.is_terminal
    try:
        with _progress(err, show_bar) as advance, _interrupts() as interrupted:
            for outcome in run(items, run_options, jobs=jobs):
                if interrupted:  # a Ctrl-C that library code caught and ignored
                    raise KeyboardInterrupt
                stats.add(outcome)
                if outcome.error is not None:
                    e = outcome.error
                    err.print(
                        f"ttcorpus: {e.source}: {e.error}: {e.detail}", markup=False, soft_wrap=True
                    )
                    if error_sink is not None:
                        error_sink.write(e.to_dict())
                elif outcome.line is not None:
                    sink.write_line(outcome.line)
                advance()
        sink.commit()
        if error_sink is not None:
            error_sink.commit()
    except KeyboardInterrupt:
        sink.abort()
        if error_sink is not None:
            error_sink.abort()
        err.print("ttcorpus: interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK if stats.errors == 0 else EXIT_SOME_FAILED
    except OSError as exc:
        sink.abort()
        if error_sink is not None:
            error_sink.abort()
        err.print(f"ttcorpus: error: cannot write output: {exc.strerror or exc}")
        return EXIT_SOME_FAILED
    if not o.quiet:
        stats.print(err, steps)
    return EXIT_SOME_FAILED if stats.errors else EXIT_OK


@contextlib.contextmanager
def _interrupts() -> Iterator[list[int]]:
    """Ctrl-C raises KeyboardInterrupt as usual and is also noted in the list
    yielded, so an interrupt swallowed inside library code (the ``regex``
    module ignores one that lands while it compiles) still stops the run."""
    noted: list[int] = []

    def on_interrupt(signum: int, frame: object) -> None:
        noted.append(signum)
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGINT, on_interrupt)
    except ValueError:  # not the main thread (e.g. a test runner): leave it alone
        yield noted
        return
    try:
        yield noted
    finally:
        signal.signal(signal.SIGINT, previous)


@app.command("eval")
def eval_(
    gold_dir: Annotated[
        str, typer.Argument(help="Folder of gold <id>.json files.", show_default=False)
    ],
    predictions: Annotated[
        str, typer.Argument(help="An `extract` JSONL file.", show_default=False)
    ],
    base: Annotated[
        str | None,
        typer.Option(
            "--base",
            help="Folder the gold `path` values are relative to "
            "[default: the parent of GOLD_DIR's parent].",
            show_default=False,
        ),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the figures as one JSON object.")
    ] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="List every miss per article.")
    ] = False,
) -> None:
    """Score an `extract` JSONL against gold annotations (docs/gold-format.md)."""
    import json
    import pathlib

    from ttcorpus.evaluate import GoldError, evaluate, render_report

    err = Console(stderr=True, highlight=False)
    try:
        report = evaluate(
            pathlib.Path(gold_dir), pathlib.Path(predictions), pathlib.Path(base) if base else None
        )
    except GoldError as exc:
        err.print(f"ttcorpus eval: error: {exc}", markup=False, soft_wrap=True)
        raise typer.Exit(EXIT_USAGE) from None
    except OSError as exc:
        err.print(
            f"ttcorpus eval: error: {exc.filename}: {exc.strerror}", markup=False, soft_wrap=True
        )
        raise typer.Exit(EXIT_USAGE) from None
    if as_json:
        typer.echo(json.dumps(report.to_dict(with_misses=verbose), ensure_ascii=False))
    else:
        Console(highlight=False).print(render_report(report, verbose=verbose))


RecordsArg = Annotated[
    list[str] | None,
    typer.Argument(
        help="`extract` JSONL files (.jsonl, .jsonl.gz), directories of them, or - for "
        "stdin (default: stdin).",
        show_default=False,
    ),
]
FormatOpt = Annotated[
    OutputFormat | None,
    typer.Option(
        "--format",
        "-f",
        case_sensitive=False,
        help="Output format (default: table on a terminal, else jsonl).",
        show_default=False,
    ),
]
MinCountOpt = Annotated[
    int,
    typer.Option(
        "--min-count", "-m", min=1, metavar="N", help="Only rows found in at least N articles."
    ),
]


def _stdin_paths(kind: str, paths: list[str] | None, err: Console) -> list[str]:
    """Default to stdin; refuse an interactive terminal as input."""
    paths = paths or ["-"]
    if paths.count("-") > 1:
        err.print("ttcorpus: error: '-' (stdin) can be given only once")
        raise typer.Exit(EXIT_USAGE)
    if paths == ["-"] and sys.stdin.isatty():
        err.print(f"ttcorpus {kind}: error: give an `extract` JSONL file, or pipe one in")
        raise typer.Exit(EXIT_USAGE)
    return paths


def _index_command(
    kind: str, paths: list[str] | None, fmt: OutputFormat | None, min_count: int
) -> None:
    from ttcorpus.corpus import write_index

    err = Console(stderr=True, highlight=False)
    paths = _stdin_paths(kind, paths, err)

    def report(e: InputError) -> None:
        err.print(
            f"ttcorpus {kind}: {e.source}: {e.error}: {e.detail}", markup=False, soft_wrap=True
        )

    try:
        errors = write_index(kind, paths, fmt.value if fmt else None, min_count, on_error=report)
    except BrokenPipeError:
        _silence_stdout()
        raise typer.Exit(EXIT_OK) from None
    raise typer.Exit(EXIT_SOME_FAILED if errors else EXIT_OK)


@app.command()
def refs(paths: RecordsArg = None, fmt: FormatOpt = None, min_count: MinCountOpt = 1) -> None:
    """Cited documents across an `extract` JSONL: one row per document, most cited first."""
    _index_command("refs", paths, fmt, min_count)


@app.command()
def people(paths: RecordsArg = None, fmt: FormatOpt = None, min_count: MinCountOpt = 1) -> None:
    """People across an `extract` JSONL: every title seen, with the article dates."""
    _index_command("people", paths, fmt, min_count)


@app.command()
def agencies(paths: RecordsArg = None, fmt: FormatOpt = None, min_count: MinCountOpt = 1) -> None:
    """Agencies across an `extract` JSONL: one row per canonical name, with its spellings."""
    _index_command("agencies", paths, fmt, min_count)


def _reader_errors(
    kind: str, err: Console, failed: list[InputError]
) -> Callable[[InputError], None]:
    def report(e: InputError) -> None:
        failed.append(e)
        err.print(
            f"ttcorpus {kind}: {e.source}: {e.error}: {e.detail}", markup=False, soft_wrap=True
        )

    return report


@app.command()
def show(
    file: Annotated[
        str, typer.Argument(help="An `extract` JSONL (.jsonl, .jsonl.gz) or - for stdin.")
    ] = "-",
    id_: Annotated[str | None, typer.Option("--id", help="Show the record with this id.")] = None,
    index: Annotated[
        int | None,
        typer.Option(
            "--index",
            "-n",
            help="Show the record at this 0-based position; negative counts from "
            "the end (default: 0).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """One record in the terminal: metadata, the body with entities highlighted, removed lines."""
    from ttcorpus.corpus import read_records
    from ttcorpus.show import show_record

    err = Console(stderr=True, highlight=False)
    if id_ is not None and index is not None:
        err.print("ttcorpus show: error: give --id or --index, not both")
        raise typer.Exit(EXIT_USAGE)
    _stdin_paths("show", [file], err)
    failed: list[InputError] = []
    try:
        found = show_record(
            read_records([file], _reader_errors("show", err, failed)),
            id=id_,
            index=index,
            console=Console(),
        )
    except BrokenPipeError:
        _silence_stdout()
        raise typer.Exit(EXIT_OK) from None
    if not found:
        what = f"id {id_!r}" if id_ is not None else f"index {index or 0}"
        err.print(f"ttcorpus show: no record with {what}", markup=False)
        raise typer.Exit(EXIT_SOME_FAILED)
    raise typer.Exit(EXIT_SOME_FAILED if failed else EXIT_OK)


@app.command()
def report(
    paths: Annotated[
        list[str],
        typer.Argument(help="`extract` JSONL files, directories or -.", show_default=False),
    ],
    output: Annotated[
        str,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write the HTML report here (atomically); - for stdout.",
        ),
    ],
    title: Annotated[str, typer.Option("--title", help="Page title.")] = "ttcorpus report",
) -> None:
    """A single self-contained HTML report: summary, timeline, citation index, lineage, articles."""
    from ttcorpus.corpus import read_records
    from ttcorpus.report import build_report, lineage_sections, write_report

    err = Console(stderr=True, highlight=False)
    _stdin_paths("report", paths, err)
    failed: list[InputError] = []
    records = list(
        read_records(paths, _reader_errors("report", err, failed), require=("doc_refs",))
    )
    extra = lineage_sections(records)
    if output == "-":
        sys.stdout.write(build_report(records, title=title, extra_sections=extra))
    else:
        n = write_report(records, output, title=title, extra_sections=extra)
        err.print(f"ttcorpus report: {n} articles → {output}", markup=False, soft_wrap=True)
    raise typer.Exit(EXIT_SOME_FAILED if failed else EXIT_OK)


@app.command("lineage")
def lineage_cmd(
    path: Annotated[
        str,
        typer.Argument(
            help="An `extract` JSONL (.jsonl, .jsonl.gz) or - for stdin.", show_default=False
        ),
    ] = "-",
    root: Annotated[
        str | None,
        typer.Option(
            "--root",
            metavar="ID",
            help="Document id (09-CT/TW) or key (174-KH/TU@Kiên Giang); any case.",
        ),
    ] = None,
    depth: Annotated[
        int | None,
        typer.Option(
            "--depth", min=1, help="Levels below the root (default: all).", show_default=False
        ),
    ] = None,
    relation: Annotated[
        list[str] | None,
        typer.Option(
            "--relation",
            help="Relation to follow, repeatable: implements, continues, "
            "amends, replaces, details (default: implements, continues).",
            show_default=False,
        ),
    ] = None,
    by_locality: Annotated[
        bool,
        typer.Option(
            "--by-locality", help="One row per locality: its earliest document acting on --root."
        ),
    ] = False,
    fmt: Annotated[
        str,
        typer.Option(
            "--format", "-f", help="tree | table | json (node-link) | graphml | dot | csv."
        ),
    ] = "tree",
    output: OutputOpt = None,
) -> None:
    """Directive lineage: which documents continue, implement, amend, replace or detail which."""
    from ttcorpus.corpus import read_records
    from ttcorpus.lineage import lineage

    err = Console(stderr=True, highlight=False)
    _stdin_paths("lineage", [path], err)
    failed: list[InputError] = []
    records = read_records([path], _reader_errors("lineage", err, failed))
    try:
        out = lineage(
            records,
            root=root,
            depth=depth,
            relations=relation,
            by_locality_table=by_locality,
            fmt=fmt,
        )
    except KeyError as exc:
        err.print(
            f"ttcorpus lineage: error: no document {exc.args[0]!r} in the corpus",
            markup=False,
            soft_wrap=True,
        )
        raise typer.Exit(EXIT_USAGE) from None
    except ValueError as exc:
        err.print(f"ttcorpus lineage: error: {exc}", markup=False, soft_wrap=True)
        raise typer.Exit(EXIT_USAGE) from None
    if isinstance(out, str):
        if output and output != "-":
            _write_text_atomically(output, out)
        else:
            sys.stdout.write(out)
    else:
        Console(highlight=False).print(out)
    raise typer.Exit(EXIT_SOME_FAILED if failed else EXIT_OK)


def _write_text_atomically(path: str, text: str) -> None:
    import pathlib
    import tempfile

    target = pathlib.Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


class ExportFormat(str, Enum):
    """What `ttcorpus export` writes."""

    labelstudio = "labelstudio"
    conll = "conll"


@app.command()
def export(
    paths: PathsArg,
    fmt: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            "-f",
            case_sensitive=False,
            help="labelstudio: JSON list of Label Studio tasks with predictions; "
            "conll: token<TAB>BIO-tag lines.",
        ),
    ] = ExportFormat.labelstudio,
    output: OutputOpt = None,
    base: Annotated[
        str | None,
        typer.Option(
            "--base",
            metavar="DIR",
            help="Put each source file's path relative to DIR in the task "
            "data (it becomes the gold `path`).",
        ),
    ] = None,
) -> None:
    """Write extract results as Label Studio pre-annotations or CoNLL BIO lines.

    See docs/annotation.md.
    """
    from ttcorpus.export import export_command

    err = Console(stderr=True, highlight=False)
    try:
        code = export_command(
            paths,
            fmt.value,
            output,
            base,
            on_error=lambda m: err.print(f"ttcorpus export: {m}", markup=False, soft_wrap=True),
        )
    except BrokenPipeError:
        _silence_stdout()
        code = EXIT_OK
    raise typer.Exit(code)


@app.command("import-gold")
def import_gold(
    export_file: Annotated[
        str,
        typer.Argument(
            metavar="EXPORT.json",
            help="Label Studio export (Export → JSON), or -.",
            show_default=False,
        ),
    ],
    output: Annotated[
        str,
        typer.Option(
            "--output", "-o", metavar="GOLD_DIR", help="Folder to write <id>.json gold files into."
        ),
    ],
    no_predictions: Annotated[
        bool,
        typer.Option(
            "--no-predictions",
            help="Skip tasks nobody annotated instead of using ttcorpus's predictions.",
        ),
    ] = False,
    text_field: Annotated[
        str, typer.Option("--text-field", help="Task data key holding the article text.")
    ] = "text",
) -> None:
    """Turn Label Studio's JSON export into gold files for `ttcorpus eval`."""
    from ttcorpus.import_gold import import_gold_command

    err = Console(stderr=True, highlight=False)
    raise typer.Exit(
        import_gold_command(
            export_file,
            output,
            text_field=text_field,
            use_predictions=not no_predictions,
            report=lambda m: err.print(f"ttcorpus import-gold: {m}", markup=False, soft_wrap=True),
        )
    )


class _Stats:
    """Counts for the closing summary."""

    def __init__(self) -> None:
        self.articles = 0
        self.errors = 0
        self.removed: collections.Counter[str] = collections.Counter()
        self.mentions: collections.Counter[str] = collections.Counter()

    def add(self, outcome: Outcome) -> None:
        if outcome.error is not None:
            self.errors += 1
            return
        self.articles += 1
        if outcome.removed_kinds:
            self.removed.update(outcome.removed_kinds)
        if outcome.mentions:
            self.mentions.update(outcome.mentions)

    def print(self, console: Console, steps: tuple[str, ...]) -> None:
        table = Table(title=f"ttcorpus {' + '.join(steps)}", show_header=True, header_style="bold")
        table.add_column("")
        table.add_column("count", justify="right")
        table.add_row("articles", str(self.articles))
        table.add_row("errors", str(self.errors), style="red" if self.errors else None)
        table.add_row("removed lines", str(sum(self.removed.values())))
        for kind, n in sorted(self.removed.items(), key=lambda kv: (-kv[1], kv[0])):
            table.add_row(f"  {kind}", str(n))
        for name in ("dates", "people", "agencies", "doc_refs", "doc_relations"):
            if name in self.mentions:
                table.add_row(name, str(self.mentions[name]))
        console.print(table)


@contextlib.contextmanager
def _progress(console: Console, enabled: bool) -> Iterator[Callable[[], None]]:
    if not enabled:
        yield _noop
        return
    columns = (
        SpinnerColumn(),
        TextColumn("articles"),
        MofNCompleteColumn(),
        BarColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("articles", total=None)
        yield lambda: progress.advance(task)


def _noop() -> None:
    return None


def _silence_stdout() -> None:
    """After a closed pipe (``| head``), stop Python complaining at exit."""
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(EXIT_INTERRUPTED)
