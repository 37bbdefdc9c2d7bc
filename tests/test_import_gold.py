"""ttcorpus.import_gold: Label Studio's JSON export → gold files for ``ttcorpus eval``.

The round trip on the seeds: records → tasks → a simulated human export (the
predictions copied into an annotation, one entity dropped, two added) → gold →
``evaluate`` against the original records, which must report exactly those changes.
"""

from __future__ import annotations

import copy
import json
import pathlib
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ttcorpus.evaluate import evaluate, load_gold, name_key
from ttcorpus.export import to_labelstudio
from ttcorpus.import_gold import (
    chosen_result,
    gold_file_name,
    import_gold_command,
    labelstudio_to_gold,
    locate,
    parse_notes,
    write_gold_dir,
)

TEXT = ("Sáng 4/3, Ban Dân vận Tỉnh ủy Hòa Bình tổ chức sơ kết Chỉ thị số 07-CT/TU ngày "
        "12/5/2021 của Ban Thường vụ Tỉnh ủy. Kế hoạch số 15-KH/BDV thực hiện Chỉ thị số 07.\n"
        "Đồng chí Bùi Văn Khánh, Phó Bí thư Thường trực Tỉnh ủy, phát biểu. BDV Tỉnh ủy tổng kết.")


def region(part: str, label: str, rid: str, nth: int = 0, notes: list[str] | None = None,
           text: str = TEXT) -> list[dict[str, Any]]:
    """A labels result over the nth occurrence of ``part`` (and its text area)."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    value = {"start": start, "end": start + len(part), "text": part, "labels": [label]}
    out: list[dict[str, Any]] = [{"id": rid, "from_name": "label", "to_name": "text",
                                  "type": "labels", "value": value}]
    if notes is not None:
        out.append({"id": rid, "from_name": "value", "to_name": "text", "type": "textarea",
                    "value": {"start": value["start"], "end": value["end"], "text": notes}})
    return out


def task(*results: list[dict[str, Any]], data: dict[str, Any] | None = None,
         predictions: bool = False) -> dict[str, Any]:
    result = [r for group in results for r in group]
    data = {"id": "a1", "text": TEXT, "title": "Sơ kết", "published": "2024-03-05T08:15",
            "authors": ["Minh Anh"], "site": None, "section": None, "attribution": None,
            **(data or {})}
    key = "predictions" if predictions else "annotations"
    return {"id": 7, "data": data, key: [{"id": 1, "result": result}]}


def gold_of(*results: list[dict[str, Any]], **kwargs: Any) -> dict[str, Any]:
    warnings: list[str] = []
    golds = labelstudio_to_gold([task(*results, **kwargs)], warn=warnings.append)
    assert len(golds) == 1, warnings
    return golds[0]


# --- the gold dict -------------------------------------------------------------------


def test_gold_has_every_field_of_the_format() -> None:
    gold = gold_of()
    assert list(gold) == ["id", "meta", "drop", "keep", "dates", "people", "agencies",
                          "doc_refs", "doc_relations"]
    assert gold["id"] == "a1"  # data.id, not Label Studio's task id
    assert gold["meta"] == {"title": "Sơ kết", "published": "2024-03-05T08:15",
                            "authors": ["Minh Anh"], "site": None, "section": None,
                            "attribution": None}
    assert gold["drop"] == [] and gold["keep"] == []


def test_path_drop_and_keep_come_from_the_task_data() -> None:
    drop = [{"text": "Trang chủ", "kind": "nav"}]
    gold = gold_of(data={"path": "texts/a1.txt", "drop": drop, "keep": ["Xin chào"]})
    assert gold["path"] == "texts/a1.txt" and gold["drop"] == drop and gold["keep"] == ["Xin chào"]


def test_task_id_is_used_when_data_has_none() -> None:
    t = task()
    del t["data"]["id"]
    assert labelstudio_to_gold([t])[0]["id"] == "7"


# --- dates ---------------------------------------------------------------------------------


def test_date_value_from_the_text_area() -> None:
    gold = gold_of(region("Sáng 4/3", "DATE", "d1", notes=["value: 2024-03-04"]))
    assert gold["dates"] == [{"text": "Sáng 4/3", "value": "2024-03-04"}]


@pytest.mark.parametrize("part, published, value", [
    ("Sáng 4/3", "2024-03-05T08:15", "2024-03-04"),
    ("Sáng 4/3", None, "--03-04"),
    ("ngày 12/5/2021", None, "2021-05-12"),
])
def test_date_value_recomputed_from_the_span(part: str, published: str | None,
                                             value: str) -> None:
    gold = gold_of(region(part, "DATE", "d1"), data={"published": published})
    assert gold["dates"] == [{"text": part, "value": value}]


def test_a_span_with_no_date_is_skipped_with_a_warning() -> None:
    warnings: list[str] = []
    golds = labelstudio_to_gold([task(region("Ban Dân vận", "DATE", "d1"))],
                                warn=warnings.append)
    assert golds[0]["dates"] == [] and "no date value" in warnings[0]


def test_a_value_not_in_the_gold_format_is_kept_with_a_warning() -> None:
    warnings: list[str] = []
    golds = labelstudio_to_gold([task(region("Sáng 4/3", "DATE", "d1", notes=["4 tháng 3"]))],
                                warn=warnings.append)
    assert golds[0]["dates"][0]["value"] == "4 tháng 3" and "not in the gold format" in warnings[0]


def test_dates_are_a_set_of_values() -> None:
    gold = gold_of(region("Sáng 4/3", "DATE", "d1", notes=["value: 2021-05-12"]),
                   region("ngày 12/5/2021", "DATE", "d2"))
    assert [d["value"] for d in gold["dates"]] == ["2021-05-12"]


# --- people and agencies ----------------------------------------------------------------


def test_person_name_is_the_span_and_titles_are_merged() -> None:
    text = TEXT + " Ông Bùi Văn Khánh nhấn mạnh."
    gold = gold_of(
        region("Bùi Văn Khánh", "PERSON", "p1", text=text,
               notes=["title: Đồng chí\ntitle: Phó Bí thư Thường trực Tỉnh ủy"]),
        region("Bùi Văn Khánh", "PERSON", "p2", nth=1, text=text,
               notes=["titles: đồng chí; Ủy viên"]),
        data={"text": text},
    )
    assert gold["people"] == [{"name": "Bùi Văn Khánh",
                               "titles": ["Đồng chí", "Phó Bí thư Thường trực Tỉnh ủy", "Ủy viên"]}]


def test_person_name_from_the_text_area() -> None:
    gold = gold_of(region("Đồng chí Bùi Văn Khánh", "PERSON", "p1", notes=["Bùi Văn Khánh"]))
    assert gold["people"] == [{"name": "Bùi Văn Khánh", "titles": []}]


def test_agencies_group_by_canonical_name() -> None:
    gold = gold_of(
        region("Ban Dân vận Tỉnh ủy Hòa Bình", "ORG", "o1"),
        region("BDV Tỉnh ủy", "ORG", "o2",
               notes=["name: Ban Dân vận Tỉnh ủy", "canonical: Ban Dân vận Tỉnh ủy Hòa Bình"]),
        region("Ban Thường vụ Tỉnh ủy", "ORG", "o3"),
        region("Tỉnh ủy", "ORG", "o4", nth=2, notes=["optional: yes"]),
    )
    assert gold["agencies"] == [
        {"name": "Ban Dân vận Tỉnh ủy Hòa Bình",
         "aliases": ["Ban Dân vận Tỉnh ủy", "BDV Tỉnh ủy"]},
        {"name": "Ban Thường vụ Tỉnh ủy", "aliases": []},
        {"name": "Tỉnh ủy", "aliases": [], "optional": True},
    ]


# --- document references and relations -----------------------------------------------------


def test_doc_ref_from_its_text_area_only_lists_what_it_gives() -> None:
    gold = gold_of(region("Chỉ thị số 07-CT/TU", "DOCREF", "r1",
                          notes=["type: Chỉ thị", "number: 07", "code: CT/TU"]))
    # no issuer or date although the text states them: the annotator removed them
    assert gold["doc_refs"] == [{"type": "Chỉ thị", "number": "07", "code": "CT/TU"}]


def test_doc_ref_recomputed_from_the_span_without_a_text_area() -> None:
    gold = gold_of(region("Chỉ thị số 07-CT/TU ngày 12/5/2021 của Ban Thường vụ Tỉnh ủy",
                          "DOCREF", "r1"))
    assert gold["doc_refs"] == [{"type": "Chỉ thị", "number": "07", "code": "CT/TU",
                                 "issuer": "Ban Thường vụ Tỉnh ủy", "date": "2021-05-12"}]


def test_doc_refs_are_merged_by_type_and_number() -> None:
    warnings: list[str] = []
    t = task(region("Chỉ thị số 07-CT/TU", "DOCREF", "r1"),
             region("Chỉ thị số 07", "DOCREF", "r2", nth=1,
                    notes=["type: Chỉ thị", "number: 7", "code: CT/TW", "term: XI"]))
    gold = labelstudio_to_gold([t], warn=warnings.append)[0]
    assert gold["doc_refs"] == [{"type": "Chỉ thị", "number": "07", "code": "CT/TU",
                                 "term": "XI"}]
    assert "two codes" in warnings[0]


def test_a_span_without_a_document_is_skipped_with_a_warning() -> None:
    warnings: list[str] = []
    gold = labelstudio_to_gold([task(region("Ban Dân vận", "DOCREF", "r1"))],
                               warn=warnings.append)[0]
    assert gold["doc_refs"] == [] and "no document type and number" in warnings[0]


def test_relations_between_doc_refs() -> None:
    relation = [{"from_id": "r2", "to_id": "r1", "type": "relation", "direction": "right",
                 "labels": ["implements"]},
                {"from_id": "r2", "to_id": "o1", "type": "relation", "labels": ["implements"]}]
    warnings: list[str] = []
    t = task(region("Chỉ thị số 07-CT/TU", "DOCREF", "r1"),
             region("Kế hoạch số 15-KH/BDV", "DOCREF", "r2"),
             region("Ban Dân vận", "ORG", "o1"), relation)
    gold = labelstudio_to_gold([t], warn=warnings.append)[0]
    assert gold["doc_relations"] == [{"source": {"type": "Kế hoạch", "number": "15"},
                                      "target": {"type": "Chỉ thị", "number": "07"},
                                      "relation": "implements"}]
    assert "not between two document references" in warnings[0]


# --- which result is read ----------------------------------------------------------------


def annotation(result: list[Any], **fields: Any) -> dict[str, Any]:
    return {"result": result, **fields}


@pytest.mark.parametrize("annotations, expected", [
    ([annotation(["a"]), annotation(["b"])], ["b"]),                          # the last one
    ([annotation(["a"], updated_at="2024-05-02"), annotation(["b"], updated_at="2024-05-01")],
     ["a"]),                                                                  # the newest
    ([annotation(["a"], ground_truth=True), annotation(["b"], updated_at="2025")], ["a"]),
    ([annotation(["a"]), annotation(["b"], was_cancelled=True)], ["a"]),     # not cancelled
    ([annotation(["b"], was_cancelled=True)], ["p"]),                         # → predictions
    ([], ["p"]),
])
def test_chosen_result(annotations: list[dict[str, Any]], expected: list[str]) -> None:
    t = {"annotations": annotations, "predictions": [{"model_version": "x", "result": ["q"]},
                                                     {"model_version": "ttcorpus 0.1",
                                                      "result": ["p"]}]}
    assert chosen_result(t)[0] == expected  # type: ignore[index]


def test_annotations_win_over_predictions() -> None:
    t = task(region("Sáng 4/3", "DATE", "d1", notes=["2024-03-04"]))
    t["predictions"] = [{"model_version": "ttcorpus 0.1.0",
                         "result": region("Ban Dân vận", "ORG", "o1")}]
    gold = labelstudio_to_gold([t])[0]
    assert gold["dates"] and not gold["agencies"]


def test_tasks_nobody_annotated() -> None:
    t = task(region("Ban Dân vận", "ORG", "o1"), predictions=True)
    warnings: list[str] = []
    assert labelstudio_to_gold([t], warn=warnings.append)[0]["agencies"]
    assert "nobody annotated" in warnings[0]
    warnings.clear()
    assert labelstudio_to_gold([t], use_predictions=False, warn=warnings.append) == []
    assert "no annotation" in warnings[0]


def test_tasks_without_id_or_text_are_skipped() -> None:
    warnings: list[str] = []
    tasks: list[Any] = [{"data": {"text": "x"}}, {"data": {"id": "b"}}, "x"]
    assert labelstudio_to_gold(tasks, warn=warnings.append) == []
    assert len(warnings) == 3


# --- regions and notes -------------------------------------------------------------------------


@pytest.mark.parametrize("lines, label, expected", [
    (["value: 2024-03-04"], "DATE", {"value": ["2024-03-04"]}),
    (["2024-03-04"], "DATE", {"value": ["2024-03-04"]}),
    (["name=Tô Lâm", "title: Đại tướng"], "PERSON", {"name": ["Tô Lâm"], "title": ["Đại tướng"]}),
    (["Ghi chú: chưa rõ"], "ORG", {"name": ["Ghi chú: chưa rõ"]}),   # not a field name
    (["", "  "], "DOCREF", {}),
    (["09-CT/TW"], "DOCREF", {}),                                     # DOCREF has no main value
])
def test_parse_notes(lines: list[str], label: str, expected: dict[str, list[str]]) -> None:
    assert parse_notes(lines, label) == expected


@pytest.mark.parametrize("text, value, expected", [
    ("Bộ Công an", {"start": 0, "end": 10, "text": "Bộ Công an"}, (0, 10)),
    ("Bộ Công an", {"start": 0, "end": 10}, (0, 10)),                      # no text: trusted
    ("🙂🙂 Bộ Công an", {"start": 5, "end": 15, "text": "Bộ Công an"}, (3, 13)),  # UTF-16
    ("Bộ Công an", {"start": 0, "end": 2, "text": "Ban"}, (0, 2)),         # text differs: warn
    ("Bộ Công an", {"start": 4, "end": 40}, None),
    ("Bộ Công an", {"start": 4, "end": 4}, None),
    ("Bộ Công an", {"start": "0", "end": 4}, None),
])
def test_locate(text: str, value: dict[str, Any], expected: tuple[int, int] | None) -> None:
    assert locate(text, value, lambda m: None, "t") == expected


def test_regions_with_other_labels_are_ignored_with_a_warning() -> None:
    warnings: list[str] = []
    r = region("Ban Dân vận", "LOC", "x1")
    gold = labelstudio_to_gold([task(r)], warn=warnings.append)[0]
    assert gold["agencies"] == [] and "not a ttcorpus label" in warnings[0]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.fixed_dictionaries({
    "id": st.one_of(st.none(), st.text(max_size=3)),
    "type": st.sampled_from(["labels", "textarea", "relation", "choices", None]),
    "value": st.one_of(st.none(), st.fixed_dictionaries({
        "start": st.one_of(st.integers(-3, 200), st.text(max_size=2)),
        "end": st.integers(-3, 200),
        "labels": st.lists(st.sampled_from(["DATE", "PERSON", "ORG", "DOCREF", "x"]), max_size=2),
        "text": st.one_of(st.text(max_size=10), st.lists(st.text(max_size=10), max_size=2)),
    })),
    "labels": st.lists(st.sampled_from(["implements", "x"]), max_size=1),
    "from_id": st.text(max_size=3), "to_id": st.text(max_size=3),
}), max_size=6))
def test_any_result_gives_a_gold_dict(result: list[dict[str, Any]]) -> None:
    golds = labelstudio_to_gold([{"data": {"id": "h", "text": TEXT},
                                 "annotations": [{"result": result}]}])
    assert golds[0]["id"] == "h"


# --- writing -----------------------------------------------------------------------------


def test_write_gold_dir_writes_files_eval_reads(tmp_path: pathlib.Path) -> None:
    golds = [gold_of(region("Sáng 4/3", "DATE", "d1")), {**gold_of(), "id": "crawl:2"}]
    paths = write_gold_dir(golds, tmp_path / "gold")
    assert [p.name for p in paths] == ["a1.json", "crawl_2.json"]
    assert not list((tmp_path / "gold").glob(".*"))  # no temporary files left
    loaded = load_gold(tmp_path / "gold")
    assert [g.id for g in loaded] == ["a1", "crawl:2"] and loaded[0].dates == ("2024-03-04",)


def test_write_gold_dir_refuses_duplicate_ids(tmp_path: pathlib.Path) -> None:
    with pytest.raises(ValueError, match="both"):
        write_gold_dir([gold_of(), gold_of()], tmp_path / "gold")
    assert not (tmp_path / "gold").exists()


@pytest.mark.parametrize("gid, name", [("004_71f1", "004_71f1.json"), ("a/b", "a_b.json"),
                                       ("..", "_.json"), ("", "_.json")])
def test_gold_file_name(gid: str, name: str) -> None:
    assert gold_file_name(gid) == name


def test_import_gold_command(tmp_path: pathlib.Path) -> None:
    export = tmp_path / "export.json"
    export.write_text(json.dumps([task(region("Sáng 4/3", "DATE", "d1"))], ensure_ascii=False),
                      encoding="utf-8")
    messages: list[str] = []
    assert import_gold_command(str(export), str(tmp_path / "gold"), report=messages.append) == 0
    assert json.loads((tmp_path / "gold" / "a1.json").read_text(encoding="utf-8"))["dates"]
    assert messages[-1].startswith("1 gold files written")
    export.write_text("{not json", encoding="utf-8")
    assert import_gold_command(str(export), str(tmp_path / "g2"), report=messages.append) == 2
    assert import_gold_command(str(tmp_path / "missing.json"), str(tmp_path / "g2")) == 2


# --- made-up corpora ---------------------------------------------------------------------------


def test_empty_export(tmp_path: pathlib.Path) -> None:
    assert labelstudio_to_gold([]) == []
    assert write_gold_dir([], tmp_path / "gold") == []


def test_article_without_entities_round_trips(tmp_path: pathlib.Path) -> None:
    record: dict[str, Any] = {"id": "plain", "text": "Hội nghị diễn ra tốt đẹp.", "title": None,
              "published": None, "authors": [], "dates": [], "people": [], "agencies": [],
              "doc_refs": []}
    t = to_labelstudio([record])[0]
    t["annotations"] = [{"result": t["predictions"][0]["result"]}]
    gold = labelstudio_to_gold([t])[0]
    assert (gold["dates"], gold["people"], gold["agencies"], gold["doc_refs"]) == ([], [], [], [])
    report = run_eval(tmp_path, [gold], [record])
    assert report.misses == []


# --- the round trip on the seeds ------------------------------------------------------------


def run_eval(tmp_path: pathlib.Path, golds: list[dict[str, Any]],
             records: list[dict[str, Any]]) -> Any:
    write_gold_dir(golds, tmp_path / "gold")
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return evaluate(tmp_path / "gold", pred, tmp_path)


def human_export(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Tasks as Label Studio exports them after people accepted every prediction."""
    tasks = to_labelstudio(records)
    for i, t in enumerate(tasks):
        t["id"] = i + 1
        t["annotations"] = [{"id": i + 1, "completed_by": 1, "was_cancelled": False,
                             "ground_truth": False, "task": i + 1,
                             "result": copy.deepcopy(t["predictions"][0]["result"])}]
    return tasks


def test_seeds_accepted_as_predicted_give_no_misses(tmp_path: pathlib.Path,
                                                    seed_records: list[dict[str, Any]]) -> None:
    golds = labelstudio_to_gold(human_export(seed_records))
    assert [g["id"] for g in golds] == [r["id"] for r in seed_records]
    report = run_eval(tmp_path, golds, seed_records)
    assert report.misses == []
    figures = report.to_dict()
    for name in ("dates", "people", "agencies", "doc_refs"):
        assert figures[name]["fn"] == figures[name]["fp"] == 0 and figures[name]["tp"] > 0


def test_seeds_with_one_entity_dropped_and_two_added(tmp_path: pathlib.Path,
                                                     seed_records: list[dict[str, Any]]) -> None:
    tasks = human_export(seed_records)
    # drop a person mentioned once in its article
    k, person = next((k, p) for k, r in enumerate(seed_records) for p in r["people"]
                     if sum(name_key(q["name"]) == name_key(p["name"]) for q in r["people"]) == 1)
    result = tasks[k]["annotations"][0]["result"]
    gone = next(r["id"] for r in result if r["type"] == "labels"
                and r["value"]["start"] == person["start"])
    tasks[k]["annotations"][0]["result"] = [r for r in result if r.get("id") != gone]
    # add a date and an agency the extraction did not find, in the first article
    text = seed_records[0]["text"]
    words = text.split(" ")[:2]
    added_org = " ".join(words)
    assert name_key(added_org) not in {name_key(a["name"]) for a in seed_records[0]["agencies"]}
    tasks[0]["annotations"][0]["result"] += [
        {"id": "new-date", "from_name": "label", "to_name": "text", "type": "labels",
         "value": {"start": 0, "end": len(words[0]), "text": words[0], "labels": ["DATE"]}},
        {"id": "new-date", "from_name": "value", "to_name": "text", "type": "textarea",
         "value": {"start": 0, "end": len(words[0]), "text": ["value: 1999-09-09"]}},
        {"id": "new-org", "from_name": "label", "to_name": "text", "type": "labels",
         "value": {"start": 0, "end": len(added_org), "text": added_org, "labels": ["ORG"]}},
    ]
    report = run_eval(tmp_path, labelstudio_to_gold(tasks), seed_records)
    expected = {
        f"{seed_records[k]['id']}: spurious person {person['name']!r}",
        f"{seed_records[0]['id']}: missed date '1999-09-09'",
        f"{seed_records[0]['id']}: missed agency {added_org!r}",
    }
    assert set(report.misses) == expected
    figures = report.to_dict()
    assert figures["people"]["fp"] == 1 and figures["dates"]["fn"] == 1
    assert figures["agencies"]["fn"] == 1 and figures["doc_refs"]["fn"] == 0
