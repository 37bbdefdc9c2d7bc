"""ttcorpus eval: scoring output records against gold files (docs/gold-format.md).

Gold and predictions here are small made-up articles written to tmp_path; the last
test checks that the figures equal those of the shared referee on its gold sets.
"""

from __future__ import annotations

import copy
import json
import pathlib
import subprocess
import sys
import unicodedata
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console

from ttcorpus.evaluate import (
    EvalReport,
    GoldArticle,
    GoldError,
    doc_key,
    evaluate,
    leftover,
    load_gold,
    name_key,
    number_key,
    render_report,
    text_key,
    tone_at_end,
)
from ttcorpus.normalize import normalize_line, split_lines

# --- a made-up article -------------------------------------------------------

RAW_LINES = [
    "Cổng thông tin điện tử tỉnh Hòa Bình",
    "Trang chủ » Tin tức",
    "Hội nghị sơ kết công tác dân vận năm 2023",
    "(08:15 | 05/03/2024) Chiều cùng ngày, đoàn công tác làm việc tại huyện Mai Châu.",
    "",
    "Sáng 4/3, Ban Dân vận Tỉnh ủy Hòa Bình tổ chức hội nghị sơ kết Chỉ thị số 07-CT/TU "
    "ngày 12/5/2021 của Ban Thường vụ Tỉnh ủy.",
    "Ảnh: Đại biểu dự hội nghị.",
    "Đồng chí Bùi Văn Khánh, Phó Bí thư Thường trực Tỉnh ủy, phát biểu chỉ đạo.",
    "Kế hoạch số 15-KH/BDV triển khai Chỉ thị số 07-CT/TU được ban hành trong năm 2023.",
    "Minh Anh",
]
BODY = [RAW_LINES[5], RAW_LINES[7], RAW_LINES[8]]
KEPT_PART = "Chiều cùng ngày, đoàn công tác làm việc tại huyện Mai Châu."

GOLD: dict[str, Any] = {
    "id": "a1",
    "path": "texts/a1.txt",
    "meta": {"title": RAW_LINES[2], "published": "2024-03-05T08:15", "authors": ["Minh Anh"],
             "site": "Cổng thông tin điện tử tỉnh Hòa Bình", "section": None, "attribution": None},
    "drop": [
        {"text": RAW_LINES[0], "match": "line", "kind": "site"},
        {"text": "Trang chủ » Tin tức", "kind": "nav"},
        {"text": RAW_LINES[2], "match": "line", "kind": "title"},
        {"text": "(08:15 | 05/03/2024)", "kind": "dateline"},
        {"text": "Ảnh: Đại biểu dự hội nghị.", "kind": "caption"},
        {"text": "Minh Anh", "match": "line", "kind": "byline"},
    ],
    "keep": [KEPT_PART],
    "dates": [{"text": "Sáng 4/3", "value": "2024-03-04"},
              {"text": "ngày 12/5/2021", "value": "2021-05-12"},
              {"text": "năm 2023", "value": "2023"}],
    "people": [{"name": "Bùi Văn Khánh", "titles": ["Phó Bí thư Thường trực Tỉnh ủy"]}],
    "agencies": [
        {"name": "Ban Dân vận Tỉnh ủy Hòa Bình"},
        {"name": "Ban Thường vụ Tỉnh ủy", "aliases": ["Ban Thường vụ Tỉnh ủy Hòa Bình"]},
        {"name": "Tỉnh ủy", "optional": True},
    ],
    "doc_refs": [
        {"type": "Chỉ thị", "number": "07", "code": "CT/TU", "date": "2021-05-12",
         "issuer": "Ban Thường vụ Tỉnh ủy"},
        {"type": "Kế hoạch", "number": "15", "code": "KH/BDV"},
    ],
    "doc_relations": [{"source": {"type": "Kế hoạch", "number": "15"},
                       "target": {"type": "Chỉ thị", "number": "07"}, "relation": "implements"}],
}


def perfect_record() -> dict[str, Any]:
    """What a flawless ttcorpus would write for the article above."""
    return {
        "id": "a1",
        "title": RAW_LINES[2],
        "published": "2024-03-05T08:15",
        "authors": ["Minh Anh"],
        "text": "\n".join([KEPT_PART, *BODY]),
        "removed": [{"line": n, "text": t, "kind": "x"} for n, t in [
            (1, RAW_LINES[0]), (2, RAW_LINES[1]), (3, RAW_LINES[2]), (4, "(08:15 | 05/03/2024)"),
            (7, RAW_LINES[6]), (10, RAW_LINES[9])]],
        "dates": [{"value": "2024-03-04"}, {"value": "2021-05-12"}, {"value": "2023"},
                  {"value": "2021-05-12"}],
        "people": [{"name": "Bùi Văn Khánh", "titles": ["Phó Bí thư Thường trực Tỉnh ủy"]}],
        "agencies": [{"name": "Ban Dân vận Tỉnh ủy Hòa Bình"}, {"name": "Ban Thường vụ Tỉnh ủy"}],
        "doc_refs": [
            {"type": "Chỉ thị", "number": "07", "code": "CT/TU", "date": "2021-05-12",
             "issuer": "Ban Thường vụ Tỉnh ủy"},
            {"type": "Kế hoạch", "number": "15", "code": "KH/BDV"},
            {"type": "Chỉ thị", "number": "07", "code": "CT/TU"},
        ],
        "doc_relations": [{"source": 1, "target": 2, "relation": "implements"}],
    }


def run_eval(tmp_path: pathlib.Path, records: list[Any], gold: dict[str, Any] | None = None,
             raw: str = "\n".join(RAW_LINES)) -> EvalReport:
    """Write gold (tmp/gold/site/a1.json), raw (tmp/texts/a1.txt) and the records
    (dicts, or strings written as they are), then evaluate with the default base."""
    gold_dir = tmp_path / "gold" / "site"
    gold_dir.mkdir(parents=True, exist_ok=True)
    (tmp_path / "texts").mkdir(exist_ok=True)
    (tmp_path / "texts" / "a1.txt").write_text(raw, encoding="utf-8")
    (gold_dir / "a1.json").write_text(json.dumps(gold or GOLD, ensure_ascii=False),
                                      encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    pred.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)
                              for r in records) + "\n", encoding="utf-8")
    return evaluate(gold_dir, pred)


def with_changes(**changes: Any) -> dict[str, Any]:
    record = perfect_record()
    record.update(changes)
    return record


# --- keys ---------------------------------------------------------------------


@pytest.mark.parametrize(("a", "b"), [
    ("Ủy ban nhân dân", "UỶ BAN NHÂN DÂN"),
    ("Khánh Hòa", "Khánh Hoà"),
    ("Nguyễn Văn Hoàng", "Nguyễn Văn Hòang"),      # a misplaced tone, beyond oa/oe/uy
    ("Ðảng ủy", "Đảng ủy"),
    ("Ban  Bí\u00a0thư", " Ban Bí thư "),
    ("“Hoà bình” – Việt Nam…", '"Hòa bình" - Việt Nam...'),
])
def test_name_key_equal(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(("a", "b"), [
    ("Hà Nội", "Ha Noi"),          # tone marks matter
    ("Ban Bí thư", "Ban Bí thư Trung ương"),
    ("Chỉ thị", "Chi thi"),
    ("hòa", "hỏa"),
])
def test_name_key_different(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


def test_text_key_keeps_case_but_not_tone_placement() -> None:
    assert text_key("Tỉnh uỷ Hoà Bình") == text_key("Tỉnh ủy Hòa Bình")
    assert text_key("Tỉnh ủy Hòa Bình") != text_key("TỈNH ỦY HÒA BÌNH")


@pytest.mark.parametrize(("written", "key"), [
    ("09", "9"), ("9", "9"), (9, "9"), ("007", "7"), ("0", "0"), (" 15 ", "15"),
    ("12a", "12a"), ("09a", "09a"), (None, ""),
])
def test_number_key(written: object, key: str) -> None:
    assert number_key(written) == key


def test_doc_key_reads_the_type_misspelling_as_the_type() -> None:
    assert doc_key({"type": "Chị thị", "number": "07"}) == doc_key({"type": "Chỉ thị", "number": 7})
    assert doc_key({"type": "Nghị quyết", "number": "07"}) != doc_key({"type": "Nghị định",
                                                                       "number": "07"})


def test_leftover_blanks_longest_pieces_first() -> None:
    assert leftover("Tin mới Chia sẻ", ["Tin mới Chia sẻ", "Tin"]).strip() == ""
    assert leftover("Tin mới Chia sẻ", ["Chia", "sẻ"]).split() == ["Tin", "mới"]


VIETNAMESE = st.text(alphabet=st.sampled_from(
    [*"aăâeêioôơuưy đbcghklmnpqrstvx ĐAĂÂEÊIOÔƠUƯYHNT-\"'.,",
     "\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u00a0", "“", "”", "–", "…"]),
    max_size=40)


@given(st.text(max_size=60))
def test_keys_never_fail(text: str) -> None:
    for key in (text_key(text), name_key(text)):
        assert isinstance(key, str) and key == key.strip()


@given(VIETNAMESE)
def test_name_key_is_text_key_casefolded(text: str) -> None:
    assert name_key(text) == text_key(text).casefold()


@given(st.sampled_from(["a", "ă", "â", "e", "ê", "o", "ô", "ơ", "u", "ư", "y"]),
       st.sampled_from(["o", "u", "i"]), st.sampled_from(["\u0300", "\u0301", "\u0309", "\u0323"]))
def test_tone_at_end_ignores_which_vowel_carries_the_tone(v1: str, v2: str, tone: str) -> None:
    on_first = unicodedata.normalize("NFC", v1 + tone + v2 + "ng")
    on_second = unicodedata.normalize("NFC", v1 + v2 + tone + "ng")
    assert tone_at_end(on_first) == tone_at_end(on_second)


# --- scoring ------------------------------------------------------------------

PRF_FIELDS = ("authors", "dates", "people", "agencies", "doc_refs", "doc_relations")
SHARE_FIELDS = ("body_kept", "boilerplate_removed", "captions_removed", "title_acc",
                "published_acc", "person_titles_recall", "doc_ref_attributes_acc")


def test_perfect_prediction_scores_one_everywhere(tmp_path: pathlib.Path) -> None:
    report = run_eval(tmp_path, [perfect_record()])
    d = report.to_dict()
    assert report.misses == []
    assert all(d[k] == 1.0 for k in SHARE_FIELDS)
    assert all(d[k]["f1"] == 1.0 and d[k]["fp"] == d[k]["fn"] == 0 for k in PRF_FIELDS)
    assert d["unaccounted_lines"] == d["published_spurious"] == d["unparsable_lines"] == 0
    assert d["missing_records"] == [] and d["documents"] == 1
    # sets per article: the repeated date counts once; the optional agency not at all
    assert (d["dates"]["tp"], d["agencies"]["tp"], d["doc_refs"]["tp"]) == (3, 2, 2)
    # attributes: 3 of the Chỉ thị + 1 of the Kế hoạch
    t = report.total()
    assert (t.doc_ref_attributes.total, t.body.total, t.boilerplate.total, t.captions.total) == (
        4, 4, 5, 1)


def test_to_dict_has_the_referee_keys_in_order(tmp_path: pathlib.Path) -> None:
    d = run_eval(tmp_path, [perfect_record()]).to_dict(with_misses=True)
    assert list(d) == [
        "documents", "missing_records", "unparsable_lines", "body_kept", "boilerplate_removed",
        "captions_removed", "unaccounted_lines", "title_acc", "published_acc",
        "published_spurious", "authors", "dates", "people", "person_titles_recall", "agencies",
        "doc_refs", "doc_ref_attributes_acc", "doc_relations", "log"]
    assert list(d["dates"]) == ["tp", "fp", "fn", "p", "r", "f1"]


def test_missing_record_and_unparsable_lines(tmp_path: pathlib.Path) -> None:
    other = with_changes(id="b2")
    report = run_eval(tmp_path, ["{not json", other, "[1, 2]"])
    d = report.to_dict()
    assert d["missing_records"] == ["a1"] and d["unparsable_lines"] == 1
    assert d["body_kept"] == 0.0 and d["unaccounted_lines"] == 9
    assert d["dates"] == {"tp": 0, "fp": 0, "fn": 3, "p": 1.0, "r": 0.0, "f1": 0.0}
    assert d["boilerplate_removed"] == 1.0  # nothing kept, so nothing wrongly kept
    assert report.misses == ["a1: no output record: everything in its gold counts as missed"]


def test_spurious_and_missed_entities(tmp_path: pathlib.Path) -> None:
    record = with_changes(
        dates=[{"value": "2024-03-04"}, {"value": "2021-05-12"}, {"value": "2024"}, {"value": ""}],
        people=[{"name": "bùi văn khánh"}, {"name": "Văn Khánh", "titles": []}],
        authors=[])
    report = run_eval(tmp_path, [record])
    d = report.to_dict()
    assert (d["dates"]["tp"], d["dates"]["fp"], d["dates"]["fn"]) == (2, 1, 1)
    assert (d["people"]["tp"], d["people"]["fp"], d["people"]["fn"]) == (1, 1, 0)
    assert d["authors"]["fn"] == 1
    assert "a1: spurious date '2024'" in report.misses
    assert "a1: missed date '2023'" in report.misses
    assert "a1: spurious person 'Văn Khánh'" in report.misses
    assert "a1: missed author 'Minh Anh'" in report.misses


@pytest.mark.parametrize(("names", "tp", "fp", "fn"), [
    (["Ban Dân vận Tỉnh ủy Hòa Bình", "Ban Thường vụ Tỉnh ủy Hòa Bình"], 2, 0, 0),  # alias
    (["ban dân vận tỉnh uỷ hoà bình", "BAN THƯỜNG VỤ TỈNH ỦY"], 2, 0, 0),         # folded
    (["Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Tỉnh ủy Hòa Bình"], 1, 0, 1),        # one entry
    (["Tỉnh ủy"], 0, 0, 2),                                                        # optional only
    (["Tỉnh ủy", "Ban Dân vận", "Ban Dân vận Tỉnh ủy Hòa Bình"], 1, 1, 1),
    ([], 0, 0, 2),
])
def test_agencies_aliases_and_optional(tmp_path: pathlib.Path, names: list[str], tp: int,
                                       fp: int, fn: int) -> None:
    record = with_changes(agencies=[{"name": n} for n in names])
    a = run_eval(tmp_path, [record]).to_dict()["agencies"]
    assert (a["tp"], a["fp"], a["fn"]) == (tp, fp, fn)


def test_short_form_number_and_type_misspelling_match(tmp_path: pathlib.Path) -> None:
    record = with_changes(doc_refs=[
        {"type": "Chị thị", "number": "7", "code": "CT/TU", "date": "2021-05-12",
         "issuer": "Ban Thường vụ Tỉnh ủy Hòa Bình"},                   # issuer contains gold's
        {"type": "Kế hoạch", "number": "015", "code": "KH / BDV"},     # spaces ignored
    ], doc_relations=[{"source": 1, "target": 0, "relation": "implements"}])
    d = run_eval(tmp_path, [record]).to_dict()
    assert d["doc_refs"]["f1"] == 1.0
    assert d["doc_ref_attributes_acc"] == 1.0
    assert d["doc_relations"]["f1"] == 1.0


def test_wrong_attributes_are_counted_per_attribute(tmp_path: pathlib.Path) -> None:
    record = with_changes(doc_refs=[
        {"type": "Chỉ thị", "number": "07", "code": "CT/TW", "date": "2021-05-12"},
        {"type": "Kế hoạch", "number": "15", "code": "KH/BDV"},
        {"type": "Quyết định", "number": "07"},
    ], doc_relations=[])
    report = run_eval(tmp_path, [record])
    d = report.to_dict()
    assert (d["doc_refs"]["tp"], d["doc_refs"]["fp"]) == (2, 1)
    assert d["doc_ref_attributes_acc"] == 0.5  # date and code of the plan right; code, issuer not
    assert "a1: doc_ref Chỉ thị 07 code: got ['CT/TW'], want 'CT/TU'" in report.misses


@pytest.mark.parametrize(("titles", "hit"), [
    (["Phó Bí thư Thường trực Tỉnh ủy"], True),
    (["phó bí thư thường trực tỉnh uỷ"], True),
    (["Phó Bí thư Thường trực Tỉnh ủy Hòa Bình"], True),   # a longer title containing it
    (["Phó Bí thư"], False),
    ([], False),
])
def test_person_titles_recall(tmp_path: pathlib.Path, titles: list[str], hit: bool) -> None:
    record = with_changes(people=[{"name": "Bùi Văn Khánh", "titles": []},
                                  {"name": "Bùi Văn Khánh", "titles": titles}])
    assert run_eval(tmp_path, [record]).to_dict()["person_titles_recall"] == float(hit)


@pytest.mark.parametrize(("relations", "tp", "fp"), [
    ([{"source": 1, "target": 0, "relation": "implements"}], 1, 0),
    ([{"source": 1, "target": 2, "relation": "implements"}], 1, 0),  # another mention of it
    ([{"source": 0, "target": 1, "relation": "implements"}], 0, 1),  # wrong direction
    ([{"source": 1, "target": 0, "relation": "continues"}], 0, 1),
    ([{"source": 1, "target": 9, "relation": "implements"}], 0, 0),  # bad index: ignored
    ([{"source": "1", "target": 0, "relation": "implements"}], 0, 0),
    ([], 0, 0),
])
def test_relations_by_index(tmp_path: pathlib.Path, relations: list[dict[str, Any]], tp: int,
                            fp: int) -> None:
    rel = run_eval(tmp_path, [with_changes(doc_relations=relations)]).to_dict()["doc_relations"]
    assert (rel["tp"], rel["fp"], rel["fn"]) == (tp, fp, 1 - tp)


def test_lost_body_line_is_also_unaccounted(tmp_path: pathlib.Path) -> None:
    record = with_changes(text="\n".join([KEPT_PART, BODY[0], BODY[2]]))
    report = run_eval(tmp_path, [record])
    d = report.to_dict()
    assert d["body_kept"] == 0.75 and d["unaccounted_lines"] == 1
    assert any(m.startswith("a1: lost body line 8: 'Đồng chí Bùi Văn Khánh") for m in report.misses)
    assert any(m.startswith("a1: unaccounted input line 8:") for m in report.misses)


def test_removed_line_is_accounted_but_still_lost(tmp_path: pathlib.Path) -> None:
    record = with_changes(text="\n".join([KEPT_PART, BODY[0], BODY[2]]))
    record["removed"].append({"line": 8, "text": BODY[1], "kind": "related"})
    d = run_eval(tmp_path, [record]).to_dict()
    assert d["body_kept"] == 0.75 and d["unaccounted_lines"] == 0


def test_lost_keep_text(tmp_path: pathlib.Path) -> None:
    record = with_changes(text="\n".join(BODY))
    record["removed"][3]["text"] = RAW_LINES[3]  # the whole line removed: accounted, not kept
    report = run_eval(tmp_path, [record])
    assert report.to_dict()["body_kept"] == 0.75 and report.to_dict()["unaccounted_lines"] == 0
    assert any(m.startswith("a1: lost body text: 'Chiều cùng ngày") for m in report.misses)


def test_body_compared_with_case_but_not_tone_placement(tmp_path: pathlib.Path) -> None:
    old_tones = "\n".join([KEPT_PART, BODY[0].replace("Hòa", "Hoà").replace("ủy", "uỷ"), *BODY[1:]])
    assert run_eval(tmp_path, [with_changes(text=old_tones)]).to_dict()["body_kept"] == 1.0
    upper = "\n".join([KEPT_PART, BODY[0].upper(), *BODY[1:]])
    d = run_eval(tmp_path, [with_changes(text=upper)]).to_dict()
    assert d["body_kept"] == 0.75 and d["unaccounted_lines"] == 1


def test_kept_boilerplate_and_caption(tmp_path: pathlib.Path) -> None:
    text = "\n".join(["Trang chủ » Tin tức", KEPT_PART, *BODY, RAW_LINES[6], "Minh Anh: tác giả"])
    report = run_eval(tmp_path, [with_changes(text=text)])
    d = report.to_dict()
    assert d["boilerplate_removed"] == 0.8  # the line drop "Minh Anh" is not a whole line here
    assert d["captions_removed"] == 0.0
    assert "a1: kept nav: 'Trang chủ » Tin tức'" in report.misses
    assert "a1: kept caption: 'Ảnh: Đại biểu dự hội nghị.'" in report.misses


@pytest.mark.parametrize(("gold_published", "published", "acc", "spurious"), [
    ("2024-03-05T08:15", "2024-03-05T08:15", 1.0, 0),
    ("2024-03-05", "2024-03-05T08:15", 1.0, 0),       # more precise than the gold: right
    ("2024-03-05T08:15", "2024-03-05", 0.0, 0),
    ("2024-03-05T08:15", None, 0.0, 0),
    (None, None, 1.0, 0),
    (None, "2024-03-05", 1.0, 1),                     # the page states none: invented
])
def test_published(tmp_path: pathlib.Path, gold_published: str | None, published: str | None,
                   acc: float, spurious: int) -> None:
    gold = copy.deepcopy(GOLD)
    gold["meta"]["published"] = gold_published
    d = run_eval(tmp_path, [with_changes(published=published)], gold=gold).to_dict()
    assert (d["published_acc"], d["published_spurious"]) == (acc, spurious)


@pytest.mark.parametrize(("title", "ok"), [
    ("Hội nghị sơ kết công tác dân vận năm 2023", True),
    ("Hội nghị sơ kết công tác dân vận  năm 2023 ", True),
    ("HỘI NGHỊ SƠ KẾT CÔNG TÁC DÂN VẬN NĂM 2023", False),
    (None, False),
])
def test_title(tmp_path: pathlib.Path, title: str | None, ok: bool) -> None:
    assert run_eval(tmp_path, [with_changes(title=title)]).to_dict()["title_acc"] == float(ok)


def test_malformed_record_fields_are_ignored_not_fatal(tmp_path: pathlib.Path) -> None:
    record = with_changes(dates="2024", people=[None, {"name": 5}], agencies={"name": "x"},
                          doc_refs=[1, "Chỉ thị 07"], doc_relations=[{"source": 0}], text=None,
                          removed=None, authors="Minh Anh")
    d = run_eval(tmp_path, [record]).to_dict()
    assert d["body_kept"] == 0.0 and d["dates"]["fn"] == 3 and d["doc_relations"]["fn"] == 1


# --- gold loading and rendering --------------------------------------------------


def test_load_gold_reads_every_field(tmp_path: pathlib.Path) -> None:
    run_eval(tmp_path, [perfect_record()])
    (gold,) = load_gold(tmp_path / "gold" / "site")
    assert gold.id == "a1" and gold.path == "texts/a1.txt"
    assert [d.kind for d in gold.drops] == ["site", "nav", "title", "dateline", "caption", "byline"]
    assert gold.drops[1].match == "substring"
    assert gold.agencies[2].optional
    assert gold.agencies[1].aliases == ("Ban Thường vụ Tỉnh ủy Hòa Bình",)
    assert gold.doc_refs[0].attributes == (("code", "CT/TU"), ("date", "2021-05-12"),
                                           ("issuer", "Ban Thường vụ Tỉnh ủy"))
    assert gold.relations[0].label == "Kế hoạch 15 implements Chỉ thị 07"


@pytest.mark.parametrize(("files", "message"), [
    ({}, "no gold files"),
    ({"x.json": "{not json"}, "not JSON"),
    ({"x.json": '{"id": "x", "dates": [{"text": "năm 2023"}]}'}, "malformed entry"),
    ({"x.json": '{"id": "x"}', "y.json": '{"id": "x"}'}, "appears in two gold files"),
])
def test_load_gold_errors(tmp_path: pathlib.Path, files: dict[str, str], message: str) -> None:
    for name, content in files.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    with pytest.raises(GoldError, match=message):
        load_gold(tmp_path)


def test_missing_raw_article_is_a_gold_error(tmp_path: pathlib.Path) -> None:
    gold = dict(GOLD, path="texts/nowhere.txt")
    with pytest.raises(GoldError, match="cannot read the raw article"):
        run_eval(tmp_path, [perfect_record()], gold=gold)


def _rendered(report: EvalReport, verbose: bool) -> str:
    console = Console(record=True, width=120, color_system=None)
    console.print(render_report(report, verbose=verbose))
    return console.export_text()


def test_render_report_table_and_misses(tmp_path: pathlib.Path) -> None:
    report = run_eval(tmp_path, [with_changes(dates=[{"value": "2023"}])])
    plain = _rendered(report, verbose=False)
    for figure in ("body_kept", "unaccounted_lines", "person_titles_recall", "doc_relations"):
        assert figure in plain
    assert "P" in plain and "F1" in plain and "missed date" not in plain
    dates_row = next(line for line in plain.splitlines() if " dates " in f" {line} ")
    assert "0.500" in dates_row and "0.333" in dates_row  # F1 and recall
    verbose = _rendered(report, verbose=True)
    assert "a1 (2 miss(es))" in verbose and "missed date '2021-05-12'" in verbose


# --- agreement with the shared referee ------------------------------------------

SHARED = pathlib.Path("/work/shared")
REFEREE = SHARED / "tools" / "ttscore.py"


def _body_and_removed(raw: str, drops: list[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """Raw lines minus the gold drops (literal matches only), and what was removed."""
    body: list[str] = []
    removed: list[str] = []
    for line in (normalize_line(x) for x in split_lines(raw)):
        for d in drops:
            want = normalize_line(d["text"])
            if d.get("match") == "line" and line == want:
                removed.append(line)
                line = ""
            elif d.get("match") != "line" and want and want in line:
                removed.append(want)
                line = " ".join(line.replace(want, " ").split())
        if line:
            body.append(line)
    return body, removed


def _flawless_record(gold: dict[str, Any], raw: str) -> dict[str, Any]:
    """A prediction made from the gold as it is."""
    body, removed = _body_and_removed(raw, gold.get("drop", []))
    meta = gold["meta"]
    refs = gold.get("doc_refs", [])
    index = {doc_key(r): n for n, r in enumerate(refs)}
    return {
        "id": gold["id"], "title": meta.get("title"), "published": meta.get("published"),
        "authors": meta.get("authors", []), "text": "\n".join(body),
        "removed": [{"line": 0, "text": t, "kind": "x"} for t in removed],
        "dates": gold.get("dates", []), "people": gold.get("people", []),
        "agencies": gold.get("agencies", []), "doc_refs": refs,
        "doc_relations": [{"source": index[doc_key(x["source"])],
                           "target": index[doc_key(x["target"])], "relation": x["relation"]}
                          for x in gold.get("doc_relations", [])],
    }


def _perturbed_record(i: int, gold: dict[str, Any], raw: str) -> dict[str, Any]:
    """A prediction made from the gold, with mistakes chosen by the article's index."""
    body, removed = _body_and_removed(raw, gold.get("drop", []))
    if i % 2 == 0 and len(body) > 3:
        del body[2]                                         # a lost body line
    if i % 3 == 0 and len(body) > 1:
        body[1] = body[1].upper()                           # not verbatim
    if i % 2 == 1:
        body = [b.replace("òa", "oà").replace("ủy", "uỷ") for b in body]  # old-style tones
    substring_drops = [d["text"] for d in gold.get("drop", []) if d.get("match") != "line"]
    if i % 3 == 1 and substring_drops:
        body.append(substring_drops[0])                     # kept boilerplate
    meta = gold["meta"]
    refs = [dict(r) for r in gold.get("doc_refs", [])]
    for j, r in enumerate(refs):
        if (i + j) % 2 == 0:
            r["number"] = r["number"].lstrip("0") or "0"
        if (i + j) % 3 == 0 and r["type"] == "Chỉ thị":
            r["type"] = "Chị thị"
        if (i + j) % 4 == 1 and r.get("issuer"):
            r["issuer"] += " Trung ương"
        if (i + j) % 5 == 2:
            r["date"] = "1999-01-01"
    if i % 2 == 1 and refs:
        refs.pop()
    refs.reverse()
    index = {doc_key(r): n for n, r in enumerate(refs)}
    relations = [{"source": index[doc_key(x["source"])], "target": index[doc_key(x["target"])],
                  "relation": x["relation"]} for x in gold.get("doc_relations", [])
                 if doc_key(x["source"]) in index and doc_key(x["target"]) in index]
    if len(refs) > 1:
        relations.append({"source": 0, "target": 1, "relation": "continues"})
    agencies = []
    for j, a in enumerate(gold.get("agencies", [])):
        if a.get("aliases") and (i + j) % 2 == 0:
            agencies.append({"name": a["aliases"][0]})
        elif (i + j) % 5 != 3:
            agencies.append({"name": a["name"].lower() if j % 2 else a["name"]})
    agencies.append({"name": "Hội Nông dân xã"})
    people = [{"name": p["name"], "titles": p.get("titles", [])[: (i + j) % 3]}
              for j, p in enumerate(gold.get("people", [])) if (i + j) % 4 != 2]
    dates = [*[{"value": d["value"]} for d in gold.get("dates", [])][i % 2:], {"value": "1900"}]
    return {
        "id": gold["id"],
        "title": (meta.get("title") or "").upper() if i % 4 == 1 else meta.get("title"),
        "published": ("2020-01-01" if not meta.get("published") and i % 2 == 0
                      else "1999-01-01" if i % 3 == 2 else meta.get("published")),
        "authors": [*meta.get("authors", []), "Nguyễn Văn A"][i % 2:],
        "text": "\n".join(body),
        "removed": [{"line": 0, "text": t, "kind": "x"} for t in removed],
        "dates": dates, "people": people, "agencies": agencies,
        "doc_refs": refs, "doc_relations": relations,
    }


@pytest.mark.skipif(not REFEREE.exists(), reason="the shared referee is not on this machine")
@pytest.mark.parametrize("gold_set", ["gold/seeds", "dev/gold"])
@pytest.mark.parametrize("perturbed", [False, True])
def test_figures_agree_with_the_referee(tmp_path: pathlib.Path, gold_set: str,
                                        perturbed: bool) -> None:
    gold_dir = SHARED / gold_set
    lines = ["not json"]
    for i, path in enumerate(sorted(gold_dir.glob("*.json"))):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if perturbed and i == 1:
            continue                                        # a missing record
        raw = (SHARED / gold["path"]).read_text(encoding="utf-8")
        record = _perturbed_record(i, gold, raw) if perturbed else _flawless_record(gold, raw)
        lines.append(json.dumps(record, ensure_ascii=False))
    pred = tmp_path / "pred.jsonl"
    pred.write_text("\n".join(lines) + "\n", encoding="utf-8")
    referee = subprocess.run([sys.executable, str(REFEREE), str(gold_dir), str(pred),
                              "--base", str(SHARED), "--json"],
                             capture_output=True, text=True, check=True)
    assert evaluate(gold_dir, pred).to_dict() == json.loads(referee.stdout)


# --- the documentation's example ------------------------------------------------

DOC = pathlib.Path(__file__).resolve().parent.parent / "docs" / "gold-format.md"


def _block_after(doc: str, label: str) -> str:
    """The fenced block that follows ``label`` in the document."""
    after = doc.split(label, 1)[1]
    return after.split("```", 2)[1].split("\n", 1)[1]


@pytest.mark.skipif(not DOC.exists(), reason="docs not shipped")
def test_documented_example_scores_one_when_followed(tmp_path: pathlib.Path) -> None:
    doc = DOC.read_text(encoding="utf-8")
    raw = _block_after(doc, "`corpus/texts/mysite/a1.txt`:")
    gold = json.loads(_block_after(doc, "`corpus/gold/mysite/a1.json`:"))
    gold_dir = tmp_path / "corpus" / "gold" / "mysite"
    gold_dir.mkdir(parents=True)
    (gold_dir / "a1.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "corpus" / "texts" / "mysite").mkdir(parents=True)
    (tmp_path / "corpus" / gold["path"]).write_text(raw, encoding="utf-8")
    pred = tmp_path / "a1.jsonl"
    pred.write_text(json.dumps(_flawless_record(gold, raw), ensure_ascii=False), encoding="utf-8")
    report = evaluate(gold_dir, pred)
    assert report.misses == [] and report.to_dict()["body_kept"] == 1.0
    assert report.total().body.total == 2  # the Sáng 4/3 line and the keep text
    format_example = json.loads(_block_after(doc, "## The gold file"))
    assert GoldArticle.from_dict(format_example).doc_refs[0].number == "07"
