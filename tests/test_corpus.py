"""ttcorpus.corpus: reading extract JSONL and the refs / people / agencies indexes.

Made-up records test each rule; the seeds (extracted once per module through the
CLI runner) test the whole way from raw articles to index rows.
"""

from __future__ import annotations

import gzip
import io
import json
import pathlib
import sys
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from ttcorpus.cli import app
from ttcorpus.corpus import (
    INDEXES,
    agencies_index,
    article_day,
    people_index,
    read_records,
    refs_index,
    write_index,
)
from ttcorpus.io import InputError

# --- made-up records -----------------------------------------------------------


def ref(type_: str, number: str, id_: str | None = None, *, code: str | None = None,
        issuer: str | None = None, date: str | None = None, term: str | None = None,
        scope: str | None = None) -> dict[str, Any]:
    """One ``doc_refs`` entry as ``extract`` writes it (offsets do not matter here)."""
    if id_ and scope is None:
        scope = "national" if code is None or code.endswith(("TW", "CP", "TTg", "QH")) else None
    return {"text": f"{type_} {id_ or number}", "start": 0, "end": 1, "type": type_,
            "number": number, "code": code, "year": None, "id": id_, "issuer": issuer,
            "date": date, "term": term, "scope": scope, "warnings": []}


def rec(id_: str, published: str | None = None, *, doc_refs: list[Any] | None = None,
        people: list[Any] | None = None, agencies: list[Any] | None = None) -> dict[str, Any]:
    """One ``extract`` record with just what the indexes read."""
    return {"id": id_, "published": published, "text": "…", "doc_refs": doc_refs or [],
            "people": people or [], "agencies": agencies or []}


CT09 = ref("Chỉ thị", "09", "09-CT/TW", code="CT/TW", issuer="Ban Bí thư", date="2011-12-01",
           term="XI")
CT09_SHORT = ref("Chỉ thị", "09", issuer="Ban Bí thư")
CT09_LOCAL = ref("Chỉ thị", "09", "09-CT/TU", code="CT/TU", issuer="Tỉnh ủy Kiên Giang",
                 scope="Kiên Giang")


def keys(rows: list[Any]) -> list[str]:
    return [r.key for r in rows]


def by_key(rows: list[Any]) -> dict[str, Any]:
    return {r.key: r for r in rows}


# --- empty, one article, no dates ------------------------------------------------


@pytest.mark.parametrize("index", [refs_index, people_index, agencies_index])
def test_empty_corpus(index: Any) -> None:
    assert index([]) == []
    assert index([rec("a")]) == []


def test_one_article() -> None:
    rows = refs_index([rec("a", "2019-07-24T10:30", doc_refs=[CT09, CT09])])
    assert len(rows) == 1
    row = rows[0]
    assert (row.key, row.id, row.type, row.number, row.code) == (
        "09-CT/TW", "09-CT/TW", "Chỉ thị", "09", "CT/TW")
    assert (row.issuer, row.date, row.term, row.scope) == (
        "Ban Bí thư", "2011-12-01", "XI", "national")
    assert (row.articles, row.mentions, row.first, row.last, row.article_ids) == (
        1, 2, "2019-07-24", "2019-07-24", ["a"])


def test_articles_without_dates() -> None:
    records = [rec("u1", None, doc_refs=[CT09]), rec("d1", "2017-02-20", doc_refs=[CT09]),
               rec("u0", "", doc_refs=[CT09]), rec("d0", "2015-08-15T07:45", doc_refs=[CT09])]
    row = refs_index(records)[0]
    assert row.articles == 4
    assert (row.first, row.last) == ("2015-08-15", "2017-02-20")
    assert row.article_ids == ["d0", "d1", "u0", "u1"]  # by date, undated last, then by id
    undated = refs_index([rec("u1", None, doc_refs=[CT09])])[0]
    assert (undated.first, undated.last) == (None, None)


@pytest.mark.parametrize("published,day", [
    ("2017-02-20T19:09", "2017-02-20"), ("2019-07-24", "2019-07-24"), ("2019-07", "2019-07"),
    ("2019", "2019"), (" 2019-07-24 ", "2019-07-24"), (None, None), ("", None),
    ("20/2/2017", None), (20170220, None), ("2019-07-241", None),
])
def test_article_day(published: Any, day: str | None) -> None:
    assert article_day(published) == day


# --- short forms across the corpus ---------------------------------------------


def test_short_form_joins_the_one_full_form() -> None:
    rows = refs_index([rec("a", "2019-07-24", doc_refs=[CT09]),
                       rec("b", "2017-02-20", doc_refs=[CT09_SHORT])])
    assert keys(rows) == ["09-CT/TW"]
    assert rows[0].article_ids == ["b", "a"] and rows[0].first == "2017-02-20"


@pytest.mark.parametrize("short", [
    ref("Chỉ thị", "9"),  # no issuer stated; leading zero
    ref("Chỉ thị", "09", issuer="Ban Bí thư Trung ương Đảng"),  # a longer name of the body
    ref("Chỉ thị", "09", issuer="Ban Bí thư", date="2011-12-01"),
    ref("chỉ thị", "09", term="XI"),
])
def test_short_forms_that_fit(short: dict[str, Any]) -> None:
    rows = refs_index([rec("a", doc_refs=[CT09]), rec("b", doc_refs=[short])])
    assert keys(rows) == ["09-CT/TW"] and rows[0].articles == 2


@pytest.mark.parametrize("short", [
    ref("Chỉ thị", "09", issuer="Ủy ban nhân dân tỉnh Lào Cai"),  # another issuer
    ref("Chỉ thị", "09", date="2015-03-02"),  # another date
    ref("Chỉ thị", "09", term="XII"),  # another term
    ref("Kết luận", "09"),  # another type
    ref("Chỉ thị", "90"),  # another number
])
def test_short_forms_that_do_not_fit_stay_apart(short: dict[str, Any]) -> None:
    rows = refs_index([rec("a", doc_refs=[CT09]), rec("b", doc_refs=[short])])
    assert len(rows) == 2
    assert by_key(rows)["09-CT/TW"].article_ids == ["a"]


def test_ambiguous_short_form_stays_its_own_row() -> None:
    records = [rec("a", doc_refs=[CT09]), rec("k", doc_refs=[CT09_LOCAL]),
               rec("b", doc_refs=[ref("Chỉ thị", "09")]),
               rec("c", doc_refs=[ref("Chỉ thị", "9")])]
    rows = by_key(refs_index(records))
    assert set(rows) == {"09-CT/TW", "09-CT/TU@Kiên Giang", "Chỉ thị 09"}
    assert rows["Chỉ thị 09"].article_ids == ["b", "c"]  # "09" and "9": one row
    assert rows["Chỉ thị 09"].id is None


def test_issuer_picks_between_two_full_forms() -> None:
    records = [rec("a", doc_refs=[CT09]), rec("k", doc_refs=[CT09_LOCAL]),
               rec("b", doc_refs=[ref("Chỉ thị", "09", issuer="Tỉnh ủy Kiên Giang")])]
    rows = by_key(refs_index(records))
    assert set(rows) == {"09-CT/TW", "09-CT/TU@Kiên Giang"}
    assert rows["09-CT/TU@Kiên Giang"].article_ids == ["b", "k"]


def test_short_form_without_any_full_form() -> None:
    rows = refs_index([rec("a", doc_refs=[ref("Nghị quyết", "25", issuer="Ban Chấp hành "
                                              "Trung ương", date="2013-06-03", term="XI")])])
    assert keys(rows) == ["Nghị quyết 25"]
    assert (rows[0].id, rows[0].code, rows[0].issuer) == (None, None, "Ban Chấp hành Trung ương")


def test_short_forms_with_other_issuers_stay_apart_together() -> None:
    """Unresolved short forms of one type and number share one row, whatever they state."""
    records = [rec("a", doc_refs=[ref("Kế hoạch", "12", issuer="Ủy ban nhân dân tỉnh Lào Cai")]),
               rec("b", doc_refs=[ref("Kế hoạch", "12", issuer="Ủy ban nhân dân tỉnh Lào Cai")]),
               rec("c", doc_refs=[ref("Kế hoạch", "12", issuer="Tỉnh đoàn Nghệ An")])]
    rows = refs_index(records)
    assert keys(rows) == ["Kế hoạch 12"] and rows[0].articles == 3
    assert rows[0].issuer == "Ủy ban nhân dân tỉnh Lào Cai"  # the most frequent


# --- local documents, attributes, ordering, min_count ------------------------------


def test_local_documents_with_one_id_in_two_provinces_stay_apart() -> None:
    kg = ref("Kế hoạch", "174", "174-KH/TU", code="KH/TU", scope="Kiên Giang")
    hn = ref("Kế hoạch", "174", "174-KH/TU", code="KH/TU", scope="Hà Nội")
    unknown = ref("Kế hoạch", "174", "174-KH/TU", code="KH/TU", scope=None)
    rows = by_key(refs_index([rec("a", doc_refs=[kg]), rec("b", doc_refs=[hn]),
                              rec("c", doc_refs=[kg]), rec("d", doc_refs=[unknown])]))
    assert set(rows) == {"174-KH/TU@Kiên Giang", "174-KH/TU@Hà Nội", "174-KH/TU@?"}
    assert rows["174-KH/TU@Kiên Giang"].article_ids == ["a", "c"]
    assert rows["174-KH/TU@Hà Nội"].scope == "Hà Nội"


def test_attributes_are_voted_once_per_article() -> None:
    loud = [ref("Chỉ thị", "09", "09-CT/TW", code="CT/TW", issuer="Ban Bí thư Trung ương")] * 5
    records = [rec("a", doc_refs=loud),
               rec("b", doc_refs=[CT09]), rec("c", doc_refs=[CT09])]
    row = refs_index(records)[0]
    assert row.issuer == "Ban Bí thư" and row.mentions == 7
    assert row.date == "2011-12-01"  # stated by two articles, unstated by one


def test_sorted_by_articles_then_key() -> None:
    def doc(n: str) -> dict[str, Any]:
        return ref("Nghị định", n, f"{n}/2021/NĐ-CP", code="NĐ-CP")

    records = [rec("a", doc_refs=[doc("123"), doc("9"), doc("40")]),
               rec("b", doc_refs=[doc("40")])]
    assert keys(refs_index(records)) == ["40/2021/NĐ-CP", "9/2021/NĐ-CP", "123/2021/NĐ-CP"]


def test_min_count() -> None:
    records = [rec("a", doc_refs=[CT09, CT09_LOCAL]), rec("b", doc_refs=[CT09])]
    assert keys(refs_index(records, min_count=2)) == ["09-CT/TW"]
    assert refs_index(records, min_count=3) == []


def test_malformed_mentions_are_skipped() -> None:
    bad = {"id": "x", "published": 2019, "doc_refs": [None, 3, "Chỉ thị 09", {},
                                                      {"type": "Chỉ thị"}, {"number": 5}],
           "people": [{"name": None}, {"name": ""}, {"titles": ["Đại tá"]}, []],
           "agencies": "Bộ Công an"}
    assert refs_index([bad]) == people_index([bad]) == agencies_index([bad]) == []
    rows = people_index([{"id": "y", "people": [{"name": "Tô Lâm", "titles": "Đại tướng"}]}])
    assert rows[0].titles == []


# --- people -------------------------------------------------------------------------


def person(name: str, *titles: str) -> dict[str, Any]:
    return {"text": name, "start": 0, "end": len(name), "name": name, "titles": list(titles)}


def test_people_fold_spellings_and_titles() -> None:
    records = [
        rec("a", "2017-02-20T19:09", people=[person("Lê Hồng Anh", "Uỷ viên Bộ Chính trị"),
                                              person("Lê Hồng Anh", "đồng chí")]),
        rec("b", "2019-07-24", people=[person("LÊ HỒNG ANH", "Ủy viên Bộ Chính trị")]),
        rec("c", None, people=[person("Lê Hồng Anh", "Ủy viên Bộ Chính trị",
                                      "Thường trực Ban Bí thư")]),
    ]
    rows = people_index(records)
    assert len(rows) == 1
    row = rows[0]
    assert (row.name, row.articles, row.mentions) == ("Lê Hồng Anh", 3, 4)
    titles = [(t.title, t.articles, t.dates) for t in row.titles]
    assert titles[0][1:] == (3, ["2017-02-20", "2019-07-24"])
    assert titles[0][0] in {"Uỷ viên Bộ Chính trị", "Ủy viên Bộ Chính trị"}
    assert titles[1:] == [("đồng chí", 1, ["2017-02-20"]), ("Thường trực Ban Bí thư", 1, [])]
    assert (row.first, row.last, row.article_ids) == ("2017-02-20", "2019-07-24",
                                                      ["a", "b", "c"])


def test_people_sorted_and_filtered() -> None:
    records = [rec("a", people=[person("Trần Văn Quý"), person("Hà Thị Mai Lan")]),
               rec("b", people=[person("Trần Văn Quý")]),
               rec("c", people=[person("Hoàng Ngọc Thanh")])]
    assert [r.name for r in people_index(records)] == [
        "Trần Văn Quý", "Hà Thị Mai Lan", "Hoàng Ngọc Thanh"]
    assert [r.name for r in people_index(records, min_count=2)] == ["Trần Văn Quý"]


def test_person_row_to_dict_is_json() -> None:
    row = people_index([rec("a", "2024-03-17", people=[person("Phan Văn Dũng", "Thượng tá")])])[0]
    d = json.loads(json.dumps(row.to_dict(), ensure_ascii=False))
    assert d["titles"] == [{"title": "Thượng tá", "articles": 1, "dates": ["2024-03-17"]}]


# --- agencies -------------------------------------------------------------------------


def agency(name: str, canonical: str | None) -> dict[str, Any]:
    return {"text": name, "start": 0, "end": len(name), "name": name, "canonical": canonical}


def test_agencies_by_canonical_with_variants() -> None:
    bbt = "Ban Bí thư Trung ương Đảng"
    records = [
        rec("a", "2019-07-24", agencies=[agency("Ban Bí thư", bbt), agency("Ban Bí thư", bbt),
                                         agency("UBND tỉnh", "Ủy ban nhân dân tỉnh")]),
        rec("b", None, agencies=[agency("Ban Bí thư Trung ương Đảng", bbt),
                                 agency("Phòng Cảnh sát giao thông", None)]),
    ]
    rows = agencies_index(records)
    assert [r.canonical for r in rows] == [bbt, "Phòng Cảnh sát giao thông", "Ủy ban nhân dân tỉnh"]
    top = rows[0]
    assert (top.articles, top.mentions) == (2, 3)
    assert top.variants == [{"name": "Ban Bí thư", "count": 2}, {"name": bbt, "count": 1}]
    assert (top.first, top.last, top.article_ids) == ("2019-07-24", "2019-07-24", ["a", "b"])
    assert [r.canonical for r in agencies_index(records, min_count=2)] == [bbt]


# --- reading --------------------------------------------------------------------------


def _jsonl(path: pathlib.Path, lines: list[Any]) -> pathlib.Path:
    text = "".join((x if isinstance(x, str) else json.dumps(x, ensure_ascii=False)) + "\n"
                   for x in lines)
    path.write_text(text, encoding="utf-8")
    return path


def test_read_records_reports_bad_lines_and_goes_on(tmp_path: pathlib.Path) -> None:
    p = _jsonl(tmp_path / "c.jsonl", [rec("a"), "{not json", "", "[1, 2]", {"text": "x",
                                      "doc_refs": []}, {"id": "z", "text": "no mentions"},
                                      rec("b")])
    errors: list[InputError] = []
    ids = [r["id"] for r in read_records([str(p)], errors.append, require=("doc_refs",))]
    assert ids == ["a", "c:5", "b"]
    assert [(e.source.rsplit(":", 1)[-1], e.error) for e in errors] == [
        ("2", "invalid JSON"), ("4", "invalid record"), ("6", "not an extract record")]


@pytest.mark.parametrize("content,error", [
    ("Chỉ thị số 09-CT/TW của Ban Bí thư\n" * 50, "not JSONL"),
    ('{"id": "a", "text": "x", "removed": []}\n' * 50, "not an extract record"),
])
def test_a_wrong_file_is_one_error(tmp_path: pathlib.Path, content: str, error: str) -> None:
    p = tmp_path / "wrong.jsonl"
    p.write_text(content, encoding="utf-8")
    errors: list[InputError] = []
    assert list(read_records([str(p)], errors.append, require=("doc_refs",))) == []
    assert [(e.source, e.error) for e in errors] == [(str(p), error)]


def test_read_records_directories_gzip_and_missing(tmp_path: pathlib.Path) -> None:
    sub = tmp_path / "corpus" / "2024"
    sub.mkdir(parents=True)
    _jsonl(tmp_path / "corpus" / "a.jsonl", [rec("a")])
    with gzip.open(sub / "b.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps(rec("b")) + "\n")
    (tmp_path / "corpus" / "notes.txt").write_text("không phải JSONL", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    errors: list[InputError] = []
    paths = [str(tmp_path / "corpus"), str(tmp_path / "missing.jsonl"), str(tmp_path / "empty")]
    assert [r["id"] for r in read_records(paths, errors.append)] == ["b", "a"]
    assert [e.error for e in errors] == ["not found", "no records"]
    broken = tmp_path / "broken.jsonl.gz"
    broken.write_bytes(b"not gzip at all")
    errors.clear()
    assert list(read_records([str(broken)], errors.append)) == []
    assert [e.error for e in errors] == ["unreadable"]
    assert list(read_records([str(tmp_path / "missing.jsonl")])) == []  # no handler: skipped


def test_read_records_from_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    data = (json.dumps(rec("a")) + "\n" + json.dumps(rec("b")) + "\n").encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert [r["id"] for r in read_records(["-"])] == ["a", "b"]


def test_read_records_streams() -> None:
    """Records come out before the input ends."""
    def lines() -> Any:
        yield (json.dumps(rec("a")) + "\n").encode()
        raise AssertionError("read too far")

    from ttcorpus.corpus import _records_of

    assert next(_records_of(lines(), "x.jsonl", lambda e: None, ()))["id"] == "a"


# --- write_index: the commands' function ----------------------------------------------


def test_write_index_formats_and_errors(tmp_path: pathlib.Path) -> None:
    p = _jsonl(tmp_path / "c.jsonl", [rec("a", "2019-07-24", doc_refs=[CT09]), "{bad",
                                      rec("b", None, doc_refs=[CT09_SHORT])])
    seen: list[InputError] = []
    out = io.StringIO()
    assert write_index("refs", [str(p)], "jsonl", out=out, on_error=seen.append) == 1
    assert [e.error for e in seen] == ["invalid JSON"]
    (row,) = [json.loads(line) for line in out.getvalue().splitlines()]
    assert row["key"] == "09-CT/TW" and row["article_ids"] == ["a", "b"]
    out = io.StringIO()
    write_index("refs", [str(p)], "table", out=out, width=150)
    assert "Cited documents" in out.getvalue() and "09-CT/TW" in out.getvalue()
    out = io.StringIO()
    assert write_index("refs", [str(p)], None, out=out) == 1  # not a terminal: JSONL
    assert json.loads(out.getvalue())["key"] == "09-CT/TW"


@pytest.mark.parametrize("kind", sorted(INDEXES))
@pytest.mark.parametrize("fmt", ["table", "csv", "jsonl", "json"])
def test_write_index_empty_corpus(tmp_path: pathlib.Path, kind: str, fmt: str) -> None:
    p = tmp_path / "empty.jsonl"
    p.write_text("", encoding="utf-8")
    out = io.StringIO()
    assert write_index(kind, [str(p)], fmt, out=out, width=100) == 0
    assert out.getvalue() == {"jsonl": "", "json": "[]\n"}.get(fmt, out.getvalue())


# --- the seeds ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds_jsonl(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    seeds = pathlib.Path(__file__).resolve().parent.parent / "seeds"
    result = CliRunner().invoke(app, ["extract", str(seeds), "-q", "-j", "1"])
    assert result.exit_code == 0, result.output
    path = tmp_path_factory.mktemp("corpus") / "seeds.jsonl"
    path.write_text(result.stdout, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def seed_records(seeds_jsonl: pathlib.Path) -> list[dict[str, Any]]:
    return list(read_records([str(seeds_jsonl)], require=("doc_refs",)))


def test_seeds_refs(seed_records: list[dict[str, Any]]) -> None:
    assert len(seed_records) == 5
    rows = refs_index(seed_records)
    table = by_key(rows)
    ct09 = table["09-CT/TW"]
    # every seed cites Chỉ thị 09 — one of them only as "Chỉ thị số 09 … của Ban Bí thư"
    assert ct09.articles == 5 and rows[0] is ct09
    assert "Chỉ thị 09" not in table
    assert (ct09.type, ct09.code, ct09.date) == ("Chỉ thị", "CT/TW", "2011-12-01")
    assert ct09.issuer is not None and ct09.issuer.startswith("Ban Bí thư")
    assert table["44-KL/TW"].articles == 2
    assert "174-KH/TU@Kiên Giang" in table
    for row in rows:
        assert row.articles == len(row.article_ids) == len(set(row.article_ids))
        assert row.mentions >= row.articles
        assert (row.first is None) == (row.last is None)
        assert row.first is None or row.first <= (row.last or "")
    counts = [r.articles for r in rows]
    assert counts == sorted(counts, reverse=True)


def test_seeds_people_and_agencies(seed_records: list[dict[str, Any]]) -> None:
    people = {r.name: r for r in people_index(seed_records)}
    son = people["Nguyễn Văn Sơn"]
    assert any(t.title == "Thứ trưởng Bộ Công an" and t.dates == ["2017-02-20"]
               for t in son.titles)
    assert any(t.title == "Bộ trưởng Bộ Công an" for t in people["Tô Lâm"].titles)
    agencies = {r.canonical: r for r in agencies_index(seed_records)}
    bbt = agencies["Ban Bí thư Trung ương Đảng"]
    assert {v["name"] for v in bbt.variants} >= {"Ban Bí thư"}
    assert bbt.articles >= 4


@pytest.mark.parametrize("kind", sorted(INDEXES))
def test_seeds_every_format(seeds_jsonl: pathlib.Path, kind: str) -> None:
    outs = {}
    for fmt in ("table", "csv", "jsonl", "json"):
        out = io.StringIO()
        assert write_index(kind, [str(seeds_jsonl)], fmt, out=out, width=160) == 0
        outs[fmt] = out.getvalue()
    jsonl = [json.loads(line) for line in outs["jsonl"].splitlines()]
    assert jsonl and json.loads(outs["json"]) == jsonl
    assert len(outs["csv"].splitlines()) >= len(jsonl) + 1
    assert INDEXES[kind].title in outs["table"]


# --- any input: no exception, consistent rows -------------------------------------------

_WORD = st.sampled_from(["Chỉ thị", "Kết luận", "09", "9", "44", "Ban Bí thư", "Bộ Chính trị",
                         "Tô Lâm", "TÔ LÂM", "", "2019-07-24", "Kiên Giang", "national"])
_MAYBE = st.one_of(st.none(), _WORD, st.integers(-3, 3), st.lists(_WORD, max_size=2))
_MENTION = st.one_of(
    st.fixed_dictionaries({}, optional={k: _MAYBE for k in (
        "type", "number", "code", "id", "issuer", "date", "term", "scope", "name", "titles",
        "canonical")}),
    _MAYBE,
)
_RECORD = st.fixed_dictionaries(
    {"id": st.sampled_from(["a", "b", "c", "d"])},
    optional={"published": _MAYBE, "doc_refs": st.lists(_MENTION, max_size=4),
              "people": st.lists(_MENTION, max_size=3),
              "agencies": st.one_of(_MAYBE, st.lists(_MENTION, max_size=3))},
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_RECORD, max_size=6), st.integers(0, 3))
def test_any_records(records: list[dict[str, Any]], min_count: int) -> None:
    ids = {r["id"] for r in records}
    for index in (refs_index, people_index, agencies_index):
        rows = index(records, min_count=min_count)
        assert len({r.key for r in rows}) == len(rows)
        for row in rows:
            assert row.articles == len(row.article_ids) >= max(min_count, 1)
            assert set(row.article_ids) <= ids
            json.dumps(row.to_dict())
        assert [r.articles for r in rows] == sorted((r.articles for r in rows), reverse=True)
