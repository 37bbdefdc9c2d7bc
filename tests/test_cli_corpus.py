"""The corpus commands through the CLI runner: refs, people, agencies, eval,
export and import-gold, on the seeds and on made-up records."""

from __future__ import annotations

import json
import pathlib

import pytest
from typer.testing import CliRunner

from ttcorpus.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def seeds_jsonl(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    seeds = pathlib.Path(__file__).resolve().parent.parent / "seeds"
    out = tmp_path_factory.mktemp("x") / "seeds.jsonl"
    result = runner.invoke(app, ["extract", str(seeds), "-o", str(out), "-q", "-j", "1"])
    assert result.exit_code == 0
    return out


def _jsonl(text: str) -> list[dict]:
    return [json.loads(x) for x in text.splitlines() if x.strip()]


def test_refs_on_the_seeds(seeds_jsonl: pathlib.Path) -> None:
    result = runner.invoke(app, ["refs", str(seeds_jsonl), "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = _jsonl(result.stdout)
    assert rows[0]["key"] == "09-CT/TW" and rows[0]["articles"] == 5
    keys = [r["key"] for r in rows]
    assert "174-KH/TU@Kiên Giang" in keys
    counts = [r["articles"] for r in rows]
    assert counts == sorted(counts, reverse=True)


def test_refs_from_stdin_with_min_count_as_csv(seeds_jsonl: pathlib.Path) -> None:
    result = runner.invoke(
        app, ["refs", "-", "-f", "csv", "-m", "2"], input=seeds_jsonl.read_text(encoding="utf-8")
    )
    assert result.exit_code == 0
    lines = result.stdout.strip().splitlines()
    assert lines[0].startswith("key,id,type")
    assert [x.split(",")[0] for x in lines[1:]] == ["09-CT/TW", "44-KL/TW"]


@pytest.mark.parametrize("command", ["refs", "people", "agencies"])
def test_indexes_on_an_empty_corpus_and_one_without_dates(
    command: str, tmp_path: pathlib.Path
) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    result = runner.invoke(app, [command, str(empty), "-f", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout) == []
    one = tmp_path / "one.jsonl"
    rec = {
        "id": "a",
        "published": None,
        "text": "Bộ Công an",
        "dates": [],
        "people": [{"text": "Tô Lâm", "start": 0, "end": 6, "name": "Tô Lâm", "titles": []}],
        "agencies": [
            {
                "text": "Bộ Công an",
                "start": 0,
                "end": 10,
                "name": "Bộ Công an",
                "canonical": "Bộ Công an",
            }
        ],
        "doc_refs": [
            {
                "text": "Chỉ thị số 09",
                "start": 0,
                "end": 1,
                "type": "Chỉ thị",
                "number": "09",
                "code": None,
                "year": None,
                "id": None,
                "issuer": None,
                "date": None,
                "term": None,
                "scope": None,
                "warnings": [],
            }
        ],
    }
    one.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    result = runner.invoke(app, [command, str(one), "-f", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert len(rows) == 1 and rows[0]["articles"] == 1


def test_index_of_a_bad_line_reports_and_continues(
    tmp_path: pathlib.Path, seeds_jsonl: pathlib.Path
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(seeds_jsonl.read_text(encoding="utf-8") + "{oops\n", encoding="utf-8")
    result = runner.invoke(app, ["agencies", str(bad), "-f", "jsonl"])
    assert result.exit_code == 1
    assert _jsonl(result.stdout)
    assert "bad.jsonl:6" in result.stderr


def test_eval_on_made_up_gold(tmp_path: pathlib.Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.json").write_text(
        json.dumps(
            {
                "id": "a",
                "meta": {"title": "T", "published": None, "authors": []},
                "dates": [{"text": "ngày 1/12/2011", "value": "2011-12-01"}],
                "doc_refs": [{"type": "Chỉ thị", "number": "09"}],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    pred = tmp_path / "pred.jsonl"
    pred.write_text(
        json.dumps(
            {
                "id": "a",
                "title": "T",
                "published": None,
                "authors": [],
                "text": "x",
                "removed": [],
                "dates": [{"value": "2011-12-01"}, {"value": "2012"}],
                "doc_refs": [{"type": "Chỉ thị", "number": "9"}],
            }
        )
        + "\n"
    )
    result = runner.invoke(app, ["eval", str(gold), str(pred), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["dates"]["p"] == 0.5 and figures["dates"]["r"] == 1.0
    assert figures["doc_refs"]["f1"] == 1.0
    table = runner.invoke(app, ["eval", str(gold), str(pred), "-v"])
    assert table.exit_code == 0 and "dates" in table.stdout and "2012" in table.stdout
    missing = runner.invoke(app, ["eval", str(tmp_path / "nope"), str(pred)])
    assert missing.exit_code == 2 and "Traceback" not in missing.output


def test_export_and_import_gold_round_trip(
    tmp_path: pathlib.Path, seeds_jsonl: pathlib.Path
) -> None:
    tasks = tmp_path / "tasks.json"
    result = runner.invoke(app, ["export", str(seeds_jsonl), "-f", "labelstudio", "-o", str(tasks)])
    assert result.exit_code == 0, result.output
    exported = json.loads(tasks.read_text(encoding="utf-8"))
    assert len(exported) == 5 and exported[0]["predictions"][0]["result"]
    gold = tmp_path / "gold"
    result = runner.invoke(app, ["import-gold", str(tasks), "-o", str(gold)])
    assert result.exit_code == 0, result.output
    assert len(list(gold.glob("*.json"))) == 5
    scored = runner.invoke(app, ["eval", str(gold), str(seeds_jsonl), "--json"])
    figures = json.loads(scored.stdout)
    for field in ("dates", "people", "agencies", "doc_refs"):
        assert figures[field]["f1"] == 1.0, field


def test_export_conll(seeds_jsonl: pathlib.Path) -> None:
    result = runner.invoke(app, ["export", str(seeds_jsonl), "-f", "conll"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("# id = ")
    tags = {line.split("\t")[1] for line in lines if "\t" in line}
    assert {"B-DATE", "B-PERSON", "B-ORG", "B-DOCREF", "O"} <= tags


def test_show_by_id_and_index(seeds_jsonl: pathlib.Path) -> None:
    by_index = runner.invoke(app, ["show", str(seeds_jsonl), "-n", "1"])
    assert by_index.exit_code == 0, by_index.output
    assert "001_232778042e8ecaf7" in by_index.stdout and "Removed" in by_index.stdout
    by_id = runner.invoke(app, ["show", str(seeds_jsonl), "--id", "003_c3fe58228976c523"])
    assert by_id.exit_code == 0 and "003_c3fe58228976c523" in by_id.stdout
    missing = runner.invoke(app, ["show", str(seeds_jsonl), "--id", "nope"])
    assert missing.exit_code == 1 and "no record" in missing.stderr
    both = runner.invoke(app, ["show", str(seeds_jsonl), "--id", "x", "-n", "0"])
    assert both.exit_code == 2


def test_report_writes_one_self_contained_file(
    tmp_path: pathlib.Path, seeds_jsonl: pathlib.Path
) -> None:
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", str(seeds_jsonl), "-o", str(out), "--title", "Seeds"])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "09-CT/TW" in page
    assert "http://" not in page.split("</head>")[0] and "<link" not in page


def test_lineage_tree_and_by_locality_on_the_seeds(seeds_jsonl: pathlib.Path) -> None:
    result = runner.invoke(app, ["lineage", str(seeds_jsonl), "--root", "09-CT/TW"])
    assert result.exit_code == 0, result.output
    assert "continues Kết luận 44-KL/TW" in result.stdout
    assert "implements Kế hoạch 174-KH/TU · Kiên Giang" in result.stdout
    table = runner.invoke(app, ["lineage", str(seeds_jsonl), "--root", "09-CT/TW",
                                "--by-locality", "-f", "table"])
    assert table.exit_code == 0 and "Kiên Giang" in table.stdout
    unknown = runner.invoke(app, ["lineage", str(seeds_jsonl), "--root", "99-CT/TW"])
    assert unknown.exit_code == 2 and "Traceback" not in unknown.output


@pytest.mark.parametrize("fmt", ["json", "graphml"])
def test_lineage_exports_load_in_networkx(fmt: str, tmp_path: pathlib.Path,
                                          seeds_jsonl: pathlib.Path) -> None:
    nx = pytest.importorskip("networkx")
    out = tmp_path / f"g.{fmt}"
    result = runner.invoke(app, ["lineage", str(seeds_jsonl), "-f", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    if fmt == "json":
        graph = nx.node_link_graph(json.loads(out.read_text(encoding="utf-8")))
    else:
        graph = nx.read_graphml(out)
    assert graph.has_edge("44-KL/TW", "09-CT/TW")
    assert graph.has_edge("174-KH/TU@Kiên Giang", "44-KL/TW")


def test_report_has_the_lineage_of_the_most_cited_directive(tmp_path: pathlib.Path,
                                                           seeds_jsonl: pathlib.Path) -> None:
    out = tmp_path / "r.html"
    assert runner.invoke(app, ["report", str(seeds_jsonl), "-o", str(out)]).exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert "Lineage of 09-CT/TW" in page and "implements Kế hoạch 174-KH/TU" in page
