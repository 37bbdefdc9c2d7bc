"""ttcorpus.export: Label Studio tasks and CoNLL BIO lines from extract records.

Small made-up records test each rule; the seeds (run through the pipeline once)
check that offsets hold and tokens re-join to the text on real articles.
"""

from __future__ import annotations

import json
import pathlib
import xml.etree.ElementTree as ET
from typing import Any

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from ttcorpus import __version__
from ttcorpus.export import (
    LABEL_CONFIG,
    LABELS,
    Span,
    bio_spans,
    conll_sentences,
    export_command,
    export_lines,
    mention_notes,
    record_spans,
    to_conll,
    to_labelstudio,
    tokenize,
)

# --- a made-up article -------------------------------------------------------

TEXT = ("Chiều 5/3, Ủy ban nhân dân tỉnh Hòa Bình tổ chức hội nghị triển khai Kế hoạch số "
        "15-KH/UBND thực hiện Chỉ thị số 07-CT/TU.\n"
        "Đồng chí Bùi Văn Khánh, Chủ tịch UBND tỉnh, phát biểu.")


def at(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the ``nth`` occurrence of ``part`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def mention(part: str, **fields: Any) -> dict[str, Any]:
    start, end = at(TEXT, part)
    return {"text": part, "start": start, "end": end, **fields}


RECORD: dict[str, Any] = {
    "id": "hb1",
    "source": "texts/hb1.txt",
    "title": "Hội nghị triển khai kế hoạch",
    "published": "2024-03-05T08:15",
    "authors": ["Minh Anh"],
    "site": None, "section": None, "attribution": None,
    "text": TEXT,
    "removed": [],
    "dates": [mention("Chiều 5/3", value="2024-03-05")],
    "people": [mention("Bùi Văn Khánh", name="Bùi Văn Khánh",
                       titles=["Đồng chí", "Chủ tịch UBND tỉnh"])],
    "agencies": [mention("Ủy ban nhân dân tỉnh Hòa Bình", name="Ủy ban nhân dân tỉnh Hòa Bình",
                         canonical="Ủy ban nhân dân tỉnh Hòa Bình"),
                 mention("UBND tỉnh", name="Ủy ban nhân dân tỉnh", canonical=None)],
    "doc_refs": [mention("Kế hoạch số 15-KH/UBND", type="Kế hoạch", number="15", code="KH/UBND",
                         year=None, id="15-KH/UBND", issuer=None, date=None, term=None),
                 mention("Chỉ thị số 07-CT/TU", type="Chỉ thị", number="07", code="CT/TU",
                         year=None, id="07-CT/TU", issuer=None, date=None, term=None)],
    "doc_relations": [{"relation": "implements", "source": 0, "target": 1,
                       "text": "", "start": 0, "end": 0}],
}


def results(task: dict[str, Any]) -> list[dict[str, Any]]:
    return task["predictions"][0]["result"]


# --- the labeling configuration ------------------------------------------------


def test_label_config_is_xml_with_the_labels_the_tasks_use() -> None:
    root = ET.fromstring(LABEL_CONFIG)
    labels = root.find("Labels")
    assert labels is not None and labels.get("name") == "label" and labels.get("toName") == "text"
    assert tuple(x.get("value") for x in labels.findall("Label")) == LABELS
    text = root.find("Text")
    assert text is not None and text.get("name") == "text" and text.get("value") == "$text"
    area = root.find(".//TextArea")
    assert area is not None
    assert (area.get("name"), area.get("toName"), area.get("perRegion")) == (
        "value", "text", "true")
    relations = [r.get("value") for r in root.findall("Relations/Relation")]
    assert relations == ["implements", "continues", "amends", "replaces", "details"]


# --- Label Studio tasks ----------------------------------------------------------


def test_task_data_carries_text_id_and_metadata() -> None:
    task = to_labelstudio([RECORD])[0]
    data = task["data"]
    assert data["text"] == TEXT and data["id"] == "hb1"
    assert data["title"] == RECORD["title"] and data["published"] == "2024-03-05T08:15"
    assert data["authors"] == ["Minh Anh"] and data["source"] == "texts/hb1.txt"
    assert "path" not in data  # only with base
    assert task["predictions"][0]["model_version"] == f"ttcorpus {__version__}"


def test_every_mention_is_a_labels_region_with_valid_offsets() -> None:
    task = to_labelstudio([RECORD])[0]
    regions = [r for r in results(task) if r["type"] == "labels"]
    assert [r["value"]["labels"] for r in regions] == [
        ["DATE"], ["PERSON"], ["ORG"], ["ORG"], ["DOCREF"], ["DOCREF"]]
    for r in regions:
        assert set(r) == {"id", "from_name", "to_name", "type", "value"}
        assert (r["from_name"], r["to_name"]) == ("label", "text")
        v = r["value"]
        assert set(v) == {"start", "end", "text", "labels"}
        assert TEXT[v["start"]:v["end"]] == v["text"]
    assert len({r["id"] for r in regions}) == len(regions)


def test_normalised_values_travel_in_a_textarea_with_the_region_id() -> None:
    task = to_labelstudio([RECORD])[0]
    areas = {r["id"]: r for r in results(task) if r["type"] == "textarea"}
    labels = {r["id"]: r for r in results(task) if r["type"] == "labels"}
    for rid, area in areas.items():
        assert rid in labels
        assert (area["from_name"], area["to_name"]) == ("value", "text")
        assert (area["value"]["start"], area["value"]["end"]) == (
            labels[rid]["value"]["start"], labels[rid]["value"]["end"])
    assert areas["date-0"]["value"]["text"] == ["value: 2024-03-05"]
    assert areas["person-0"]["value"]["text"] == ["title: Đồng chí", "title: Chủ tịch UBND tỉnh"]
    assert "org-0" not in areas  # name and canonical say no more than the span
    assert areas["org-1"]["value"]["text"] == ["name: Ủy ban nhân dân tỉnh"]
    assert areas["docref-0"]["value"]["text"] == ["type: Kế hoạch", "number: 15", "code: KH/UBND"]


def test_doc_relations_become_relation_results_between_docref_regions() -> None:
    rels = [r for r in results(to_labelstudio([RECORD])[0]) if r["type"] == "relation"]
    assert rels == [{"from_id": "docref-0", "to_id": "docref-1", "type": "relation",
                     "direction": "right", "labels": ["implements"]}]


@pytest.mark.parametrize("field_name, label, m, notes", [
    ("dates", "DATE", {"value": "2016/2025"}, ["value: 2016/2025"]),
    ("people", "PERSON", {"name": "Tô Lâm", "titles": []}, []),
    ("people", "PERSON", {"name": "Nguyễn Phú Trọng", "titles": ["Tổng Bí thư"]},
     ["name: Nguyễn Phú Trọng", "title: Tổng Bí thư"]),
    ("agencies", "ORG", {"name": "Bộ Công an", "canonical": "Bộ Công an"}, []),
    ("agencies", "ORG", {"name": "Bộ CA", "canonical": "Bộ Công an"}, ["canonical: Bộ Công an"]),
    ("doc_refs", "DOCREF", {"type": "Luật", "number": "59", "code": None, "date": "",
                            "issuer": "Quốc hội", "term": "XIV"},
     ["type: Luật", "number: 59", "issuer: Quốc hội", "term: XIV"]),
])
def test_mention_notes(field_name: str, label: str, m: dict[str, Any], notes: list[str]) -> None:
    span_text = "Tô Lâm" if label == "PERSON" else "Bộ CA" if m.get("name") == "Bộ CA" else (
        m.get("name") or "x")
    assert mention_notes(label, m, span_text) == notes


@pytest.mark.parametrize("bad", [
    {"text": "Chiều 5/3", "start": 1, "end": 10},   # offsets and text disagree
    {"text": "x", "start": 5, "end": 5},             # empty
    {"text": "x", "start": -1, "end": 3},            # negative
    {"text": "x", "start": 0, "end": 10_000},        # past the end
    {"text": "x", "start": "0", "end": 3},           # not an int
    "Chiều 5/3",                                     # not a dict
])
def test_mentions_that_do_not_fit_the_text_are_left_out(bad: Any) -> None:
    record = {"id": "x", "text": TEXT, "dates": [bad]}
    assert record_spans(record) == []
    assert results(to_labelstudio([record])[0]) == []


def test_base_gives_the_path_relative_to_it(tmp_path: pathlib.Path) -> None:
    (tmp_path / "texts").mkdir()
    source = tmp_path / "texts" / "hb1.txt"
    record = {**RECORD, "source": str(source)}
    assert to_labelstudio([record], base=tmp_path)[0]["data"]["path"] == "texts/hb1.txt"
    elsewhere = {**RECORD, "source": "<stdin>"}
    assert "path" not in to_labelstudio([elsewhere], base=tmp_path)[0]["data"]


# --- made-up corpora -------------------------------------------------------------


def test_empty_corpus() -> None:
    assert to_labelstudio([]) == []
    assert list(to_conll([])) == []
    assert json.loads(b"\n".join(export_lines([], "labelstudio"))) == []


def test_article_without_entities() -> None:
    record = {"id": "plain", "text": "Hội nghị diễn ra tốt đẹp. Các đại biểu ra về."}
    task = to_labelstudio([record])[0]
    assert results(task) == [] and task["data"]["authors"] == []
    lines = list(to_conll([record]))
    assert lines[0] == "# id = plain"
    assert all(line == "" or line.endswith("\tO") for line in lines[1:])
    assert lines.count("") == 2  # two sentences


def test_article_with_empty_text() -> None:
    assert list(to_conll([{"id": "e", "text": ""}])) == ["# id = e", ""]
    assert to_labelstudio([{"id": "e", "text": ""}])[0]["data"]["text"] == ""


@pytest.mark.parametrize("dates", [None, [], "missing"])
def test_articles_without_dates(dates: Any) -> None:
    record = {k: v for k, v in RECORD.items() if k != "dates"}
    if dates != "missing":
        record["dates"] = dates
    labels = [r["value"]["labels"][0] for r in results(to_labelstudio([record])[0])
              if r["type"] == "labels"]
    assert "DATE" not in labels and "PERSON" in labels
    assert not any(line.endswith("-DATE") for line in to_conll([record]))


# --- tokens, sentences, BIO --------------------------------------------------------


@pytest.mark.parametrize("text, tokens", [
    ("Chỉ thị số 09-CT/TW,", ["Chỉ", "thị", "số", "09-CT/TW", ","]),
    ("ngày 1/12/2011.", ["ngày", "1/12/2011", "."]),
    ("lúc 10:30 sáng", ["lúc", "10:30", "sáng"]),
    ("tăng 3,5% so với", ["tăng", "3,5", "%", "so", "với"]),
    ("tại TP.HCM và", ["tại", "TP.HCM", "và"]),
    ("(TTXVN)", ["(", "TTXVN", ")"]),
    ("“Đảng ta”", ["“", "Đảng", "ta", "”"]),
    ("vv... và", ["vv", "...", "và"]),
    ("Nghị định 100/2019/NĐ-CP", ["Nghị", "định", "100/2019/NĐ-CP"]),
    ("", []),
    ("   ", []),
])
def test_tokenize(text: str, tokens: list[str]) -> None:
    assert [text[s:e] for s, e in tokenize(text)] == tokens


def sentences_of(text: str, spans: list[Span] | None = None) -> list[str]:
    return [" ".join(tok for tok, _ in s) for s in conll_sentences(text, spans or [])]


@pytest.mark.parametrize("text, expected", [
    ("Hội nghị bế mạc. Đại biểu ra về.", ["Hội nghị bế mạc .", "Đại biểu ra về ."]),
    ("Đạt 95%! Năm 2024 tăng.", ["Đạt 95 % !", "Năm 2024 tăng ."]),
    ("Ông nói: “Phải làm.” Sau đó về.", ["Ông nói : “ Phải làm . ”", "Sau đó về ."]),
    ("Dòng một\nDòng hai", ["Dòng một", "Dòng hai"]),
])
def test_sentences_split(text: str, expected: list[str]) -> None:
    assert sentences_of(text) == expected


@pytest.mark.parametrize("text", [
    "Đoàn đến TP. Hồ Chí Minh làm việc.",   # a short capital abbreviation
    "gồm lúa, ngô v.v. và rau.",            # lower case after the period
    "tăng 1.000 tỷ đồng.",                  # a period inside a number
])
def test_sentences_not_split(text: str) -> None:
    assert len(sentences_of(text)) == 1


def test_no_sentence_break_inside_an_entity() -> None:
    text = "Họp tại Sở Y tế Tp. Huế. Xong."
    s, e = at(text, "Sở Y tế Tp. Huế")
    assert sentences_of(text, [Span("ORG", s, e, 0, {})]) == [
        "Họp tại Sở Y tế Tp . Huế .", "Xong ."]


def test_tokens_are_cut_at_entity_edges() -> None:
    text = "Kỳ họp thứ 7Quốc hội khóa XV"
    s, e = at(text, "Quốc hội")
    tags = dict(next(iter(conll_sentences(text, [Span("ORG", s, e, 0, {})]))))
    assert tags["7"] == "O" and tags["Quốc"] == "B-ORG" and tags["hội"] == "I-ORG"


def test_overlapping_spans_keep_the_longest() -> None:
    text = "Ban Bí thư Trung ương Đảng họp."
    long, short = at(text, "Ban Bí thư Trung ương Đảng"), at(text, "Trung ương Đảng")
    chosen = bio_spans([Span("ORG", *short, 0, {}), Span("ORG", *long, 1, {}),
                        Span("DATE", 0, 3, 0, {})])
    assert [(s.start, s.end) for s in chosen] == [long]


def test_equal_spans_prefer_docref() -> None:
    assert [s.label for s in bio_spans([Span("DATE", 0, 5, 0, {}),
                                        Span("DOCREF", 0, 5, 0, {})])] == ["DOCREF"]


def test_conll_of_the_made_up_article() -> None:
    lines = list(to_conll([RECORD]))
    assert lines[0] == "# id = hb1"
    pairs = [tuple(line.split("\t")) for line in lines[1:] if line]
    assert ("Chiều", "B-DATE") in pairs and ("5/3", "I-DATE") in pairs
    assert ("Bùi", "B-PERSON") in pairs and ("Khánh", "I-PERSON") in pairs
    assert ("UBND", "B-ORG") in pairs and ("15-KH/UBND", "I-DOCREF") in pairs
    assert lines[-1] == ""


def assert_bio_well_formed(lines: list[str]) -> None:
    previous = "O"
    for line in lines:
        if not line or line.startswith("# "):
            previous = "O"
            continue
        token, tag = line.split("\t")
        assert token and not any(ch.isspace() for ch in token)
        assert tag == "O" or (tag[:2] in ("B-", "I-") and tag[2:] in LABELS)
        if tag.startswith("I-"):
            assert previous[2:] == tag[2:], (previous, tag)
        previous = tag


def rejoined(record: dict[str, Any]) -> str:
    return "".join(line.split("\t")[0] for line in to_conll([record])
                   if line and not line.startswith("# "))


# --- properties ----------------------------------------------------------------


@st.composite
def records_with_spans(draw: st.DrawFn) -> dict[str, Any]:
    text = draw(st.text(alphabet=st.sampled_from(list("aăb Đđ.,!?“”()/-:\n0123Ủ🙂")),
                        max_size=80))
    out: dict[str, Any] = {"id": "h", "text": text}
    for field_name, _ in (("dates", 0), ("people", 0), ("agencies", 0), ("doc_refs", 0)):
        mentions = []
        for _ in range(draw(st.integers(0, 3))):
            if len(text) < 1:
                break
            s = draw(st.integers(0, len(text) - 1))
            e = draw(st.integers(s + 1, len(text)))
            mentions.append({"text": text[s:e], "start": s, "end": e, "value": "2020",
                             "name": text[s:e], "titles": [], "type": "Luật", "number": "1"})
        out[field_name] = mentions
    return out


@settings(max_examples=150, deadline=None)
@given(records_with_spans())
def test_any_record_gives_valid_tasks_and_conll(record: dict[str, Any]) -> None:
    task = to_labelstudio([record])[0]
    for r in results(task):
        if r["type"] == "labels":
            v = r["value"]
            assert record["text"][v["start"]:v["end"]] == v["text"]
    lines = list(to_conll([record]))
    assert_bio_well_formed(lines)
    assert rejoined(record) == "".join(record["text"].split())


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_tokenize_any_text(text: str) -> None:
    tokens = tokenize(text, [len(text) // 2])
    assert "".join(text[s:e] for s, e in tokens) == regex.sub(r"\s", "", text)
    assert all(s < e for s, e in tokens)


def test_long_runs_stay_linear() -> None:
    text = "1" * 100_000 + " " + "Ab-" * 30_000 + "c " + "." * 50_000
    assert len(tokenize(text)) == 3
    assert rejoined({"id": "x", "text": text}) == "".join(text.split())


# --- the seeds -----------------------------------------------------------------------


def test_seed_tasks_have_valid_offsets(seed_records: list[dict[str, Any]]) -> None:
    tasks = to_labelstudio(seed_records)
    assert [t["data"]["id"] for t in tasks] == [r["id"] for r in seed_records]
    for record, task in zip(seed_records, tasks, strict=True):
        regions = [r for r in results(task) if r["type"] == "labels"]
        assert len(regions) == sum(len(record[f]) for f in
                                   ("dates", "people", "agencies", "doc_refs"))
        for r in regions:
            v = r["value"]
            assert task["data"]["text"][v["start"]:v["end"]] == v["text"]


def test_seed_conll_rejoins_and_is_well_formed(seed_records: list[dict[str, Any]]) -> None:
    for record in seed_records:
        lines = list(to_conll([record]))
        assert lines[0] == f"# id = {record['id']}"
        assert_bio_well_formed(lines)
        assert rejoined(record) == "".join(record["text"].split())
        begins = sum(1 for line in lines if "\tB-" in line)
        assert begins == len(bio_spans(record_spans(record)))


# --- the command -----------------------------------------------------------------------


def test_export_command_writes_tasks_and_conll(tmp_path: pathlib.Path,
                                               seed_records: list[dict[str, Any]]) -> None:
    jsonl = tmp_path / "seeds.jsonl"
    jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in seed_records),
                     encoding="utf-8")
    out = tmp_path / "tasks.json"
    assert export_command([str(jsonl)], "labelstudio", str(out)) == 0
    tasks = json.loads(out.read_text(encoding="utf-8"))
    assert tasks == to_labelstudio(seed_records)
    conll = tmp_path / "seeds.conll"
    assert export_command([str(jsonl)], "conll", str(conll)) == 0
    assert conll.read_text(encoding="utf-8").split("\n")[:-1] == list(to_conll(seed_records))


def test_export_command_runs_the_pipeline_on_raw_articles(tmp_path: pathlib.Path) -> None:
    raw = tmp_path / "a1.txt"
    raw.write_text("Tiêu đề\n\nNgày 12/5/2021, Bộ Công an tổ chức hội nghị.\n", encoding="utf-8")
    out = tmp_path / "tasks.json"
    assert export_command([str(raw)], "labelstudio", str(out), base=str(tmp_path)) == 0
    task = json.loads(out.read_text(encoding="utf-8"))[0]
    assert task["data"]["id"] == "a1" and task["data"]["path"] == "a1.txt"
    assert any(r["value"].get("labels") == ["DATE"] for r in results(task))


def test_export_command_reports_unreadable_inputs(tmp_path: pathlib.Path) -> None:
    errors: list[str] = []
    out = tmp_path / "tasks.json"
    assert export_command([str(tmp_path / "missing.jsonl")], "labelstudio", str(out),
                          on_error=errors.append) == 1
    assert json.loads(out.read_text(encoding="utf-8")) == [] and "not found" in errors[0]
    assert export_command([], "xml", str(out), on_error=errors.append) == 2
