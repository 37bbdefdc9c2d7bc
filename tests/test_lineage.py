"""lineage: the corpus graph of document relations, its tree, by-locality table and
exports (node-link JSON, GraphML, DOT, CSV)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from ttcorpus.lineage import (
    build_graph,
    by_locality,
    find_roots,
    lineage,
    most_cited_root,
    render_text,
    subgraph,
    to_csv,
    to_dot,
    to_graphml,
    to_node_link,
    tree,
)


def doc(type_: str, number: str, code: str | None, scope: str | None, **attrs: Any) -> dict:
    """A doc_refs entry; party numbering "09-CT/TW" unless ``id`` is given."""
    rid = attrs.pop("id", f"{number}-{code}" if code else None)
    return {"type": type_, "number": number, "code": code, "id": rid, "scope": scope, **attrs}


CT09 = doc("Chỉ thị", "09", "CT/TW", "national", issuer="Ban Bí thư", date="2011-12-01")
KL44 = doc("Kết luận", "44", "KL/TW", "national", issuer="Ban Bí thư", date="2019-01-22")
KH174 = doc("Kế hoạch", "174", "KH/TU", "Kiên Giang", issuer="Ban Thường vụ Tỉnh ủy Kiên Giang")
KH95_TQ = doc("Kế hoạch", "95", "KH/TU", "Tuyên Quang", date="2019-10-10")
KH12_TQ = doc("Kế hoạch", "12", "KH/TU", "Tuyên Quang", date="2019-03-01")
KH174_HN = doc("Kế hoạch", "174", "KH/TU", "Hà Nội", date="2020-05-05")
KH7_UNKNOWN = doc("Kế hoạch", "7", "KH/HU", None)
ND100 = doc("Nghị định", "100", "NĐ-CP", "national", id="100/2019/NĐ-CP")
ND123 = doc("Nghị định", "123", "NĐ-CP", "national", id="123/2021/NĐ-CP")


def record(rid: str, published: str | None, refs: list[dict], rels: list[tuple]) -> dict:
    return {
        "id": rid,
        "published": published,
        "doc_refs": refs,
        "doc_relations": [{"relation": r, "source": s, "target": t} for s, r, t in rels],
    }


RECORDS = [
    record("a1", "2019-07-24T10:30", [KH174, KL44, CT09],
           [(0, "implements", 1), (1, "continues", 2)]),
    record("a2", "2019-08-27", [KL44, CT09, KL44], [(0, "continues", 1)]),
    record("a3", "2019-11-01", [KH95_TQ, KL44], [(0, "implements", 1)]),
    record("a4", "2019-03-05", [KH12_TQ, CT09], [(0, "implements", 1)]),
    record("a5", "2020-06-01", [KH174_HN, CT09, KH7_UNKNOWN],
           [(0, "implements", 1), (2, "implements", 1)]),
    record("a6", "2021-12-01", [ND123, ND100], [(0, "amends", 1)]),
    record("a7", None, [CT09], []),
]


@pytest.fixture
def graph():
    return build_graph(RECORDS)


# ---------------------------------------------------------------- building


def test_nodes_are_keyed_by_id_and_locality(graph) -> None:
    assert set(graph.nodes) == {
        "09-CT/TW", "44-KL/TW", "174-KH/TU@Kiên Giang", "174-KH/TU@Hà Nội",
        "95-KH/TU@Tuyên Quang", "12-KH/TU@Tuyên Quang", "7-KH/HU@?",
        "100/2019/NĐ-CP", "123/2021/NĐ-CP",
    }
    ct09 = graph.nodes["09-CT/TW"]
    assert (ct09.id, ct09.type, ct09.number, ct09.code, ct09.scope, ct09.issuer, ct09.date) == (
        "09-CT/TW", "Chỉ thị", "09", "CT/TW", "national", "Ban Bí thư", "2011-12-01")
    assert ct09.articles == ["a1", "a2", "a4", "a5", "a7"]  # each article once
    assert ct09.first_cited() == "2019-03-05"
    assert graph.nodes["44-KL/TW"].articles == ["a1", "a2", "a3"]


def test_edges_carry_the_articles_and_dates_that_state_them(graph) -> None:
    edge = graph.edges[("44-KL/TW", "09-CT/TW", "continues")]
    assert (edge.articles, edge.dates) == (["a1", "a2"], ["2019-07-24T10:30", "2019-08-27"])
    assert ("174-KH/TU@Kiên Giang", "44-KL/TW", "implements") in graph.edges
    assert len(graph.edges) == 7


def test_later_records_complete_node_attributes() -> None:
    bare = doc("Kết luận", "44", "KL/TW", "national")
    g = build_graph([record("x", None, [bare], []), record("y", None, [KL44], [])])
    assert (g.nodes["44-KL/TW"].issuer, g.nodes["44-KL/TW"].date) == ("Ban Bí thư", "2019-01-22")


def test_unresolved_short_form_joins_its_one_national_document() -> None:
    short = {"type": "Chỉ thị", "number": "9", "id": None, "issuer": "Ban Bí thư Trung ương"}
    unstated = {"type": "Nghị quyết", "number": "25", "id": None}
    g = build_graph([
        record("x", "2020-01-01", [CT09], []),
        record("y", "2021-01-01", [KH174, short], [(0, "implements", 1)]),
        record("z", None, [short, unstated], []),
    ])
    assert g.nodes["09-CT/TW"].articles == ["x", "y", "z"]
    assert ("174-KH/TU@Kiên Giang", "09-CT/TW", "implements") in g.edges
    assert "Chỉ thị 9" not in g.nodes
    assert "Nghị quyết 25" in g.nodes  # no full form in the corpus


def test_short_form_cited_with_another_issuer_stays_apart() -> None:
    short = {"type": "Chỉ thị", "number": "9", "id": None, "issuer": "Ban Bí thư"}
    other = {"type": "Chỉ thị", "number": "9", "id": None, "issuer": "Bộ Chính trị"}
    bare = {"type": "Kết luận", "number": "44", "id": None}
    g = build_graph([record("x", None, [CT09, KL44], []), record("y", None, [short], []),
                     record("z", None, [other, bare], [])])
    assert g.nodes["09-CT/TW"].articles == ["x"]
    assert g.nodes["Chỉ thị 9"].articles == ["y", "z"]
    assert "Kết luận 44" in g.nodes  # no issuer stated: no evidence it is 44-KL/TW


@pytest.mark.parametrize(
    "bad",
    [
        "not a record",
        {"id": "b1", "doc_refs": "nope", "doc_relations": [{"source": 0}]},
        {"id": "b2", "doc_refs": [CT09, KL44], "doc_relations": [
            {"relation": "implements", "source": 0, "target": 9},
            {"relation": "implements", "source": "0", "target": 1},
            {"relation": "inspires", "source": 1, "target": 0},
            {"relation": "implements", "source": 0, "target": 0},
            "junk",
        ]},
        {"id": "b3", "doc_refs": [CT09, "junk"], "doc_relations": [
            {"relation": "implements", "source": 0, "target": 1}]},
    ],
)
def test_malformed_records_add_no_edges(bad: Any) -> None:
    g = build_graph([bad])
    assert g.edges == {}


# ---------------------------------------------------------------- the tree


def test_tree_of_a_root(graph) -> None:
    assert render_text(tree(graph, "09-CT/TW")).splitlines() == [
        "Chỉ thị 09-CT/TW · Ban Bí thư · 2011-12-01 · 5 articles",
        "├── continues Kết luận 44-KL/TW · Ban Bí thư · 2019-01-22 · 3 articles",
        "│   ├── implements Kế hoạch 174-KH/TU · Kiên Giang · cited 2019-07-24 · 1 article",
        "│   └── implements Kế hoạch 95-KH/TU · Tuyên Quang · 2019-10-10 · 1 article",
        "├── implements Kế hoạch 12-KH/TU · Tuyên Quang · 2019-03-01 · 1 article",
        "├── implements Kế hoạch 174-KH/TU · Hà Nội · 2020-05-05 · 1 article",
        "└── implements Kế hoạch 7-KH/HU · cited 2020-06-01 · 1 article",
    ]


def test_tree_depth_and_relations(graph) -> None:
    shallow = render_text(tree(graph, "09-CT/TW", depth=1))
    assert "44-KL/TW" in shallow and "174-KH/TU · Kiên Giang" not in shallow
    only_continues = render_text(tree(graph, "09-CT/TW", relations={"continues"}))
    assert only_continues.splitlines()[1:] == [
        "└── continues Kết luận 44-KL/TW · Ban Bí thư · 2019-01-22 · 3 articles"]
    amended = render_text(tree(graph, "100/2019/NĐ-CP", relations={"amends"}))
    assert "amends Nghị định 123/2021/NĐ-CP" in amended


def test_roots_by_key_or_id_any_case(graph) -> None:
    assert find_roots(graph, "09-ct/tw") == ["09-CT/TW"]
    assert find_roots(graph, "174-KH/TU") == ["174-KH/TU@Kiên Giang", "174-KH/TU@Hà Nội"]
    assert find_roots(graph, "174-KH/TU@Hà Nội") == ["174-KH/TU@Hà Nội"]
    both = render_text(tree(graph, "174-KH/TU")).splitlines()
    assert both[0] == "174-KH/TU" and len(both) == 3
    with pytest.raises(KeyError):
        tree(graph, "99-CT/TW")


def test_tree_without_root_shows_every_lineage(graph) -> None:
    lines = render_text(tree(graph)).splitlines()
    assert lines[0] == "lineage"
    assert lines[1].startswith("└── Chỉ thị 09-CT/TW")
    assert not any("123/2021" in line for line in lines)  # amends is not lineage by default


def test_cycles_end() -> None:
    a, b = doc("Kế hoạch", "1", "KH/TU", "Huế"), doc("Kế hoạch", "2", "KH/TU", "Huế")
    g = build_graph([record("x", None, [a, b], [(0, "implements", 1), (1, "implements", 0)])])
    lines = render_text(tree(g, "1-KH/TU")).splitlines()
    assert len(lines) == 3 and lines[2].endswith("(cycle)")


def test_subgraph_and_most_cited(graph) -> None:
    sub = subgraph(graph, "44-KL/TW")
    assert set(sub.nodes) == {"44-KL/TW", "174-KH/TU@Kiên Giang", "95-KH/TU@Tuyên Quang"}
    assert len(sub.edges) == 2
    assert most_cited_root(graph) == "09-CT/TW"
    assert most_cited_root(build_graph([])) is None


# ---------------------------------------------------------------- by locality


def test_by_locality_one_row_per_locality_earliest_first(graph) -> None:
    rows = by_locality(graph, "09-CT/TW")
    assert [(r["locality"], r["id"], r["date"], r["articles"], r["documents"]) for r in rows] == [
        ("Tuyên Quang", "12-KH/TU", "2019-03-01", 1, 2),  # earlier than 95-KH/TU
        ("Kiên Giang", "174-KH/TU", None, 1, 1),  # dated by its first citing article
        ("Hà Nội", "174-KH/TU", "2020-05-05", 1, 1),
        (None, "7-KH/HU", None, 1, 1),  # locality unknown: last, one row each
    ]
    assert rows[1]["first_cited"] == "2019-07-24T10:30"
    assert rows[1]["acts_on"] == ["implements 44-KL/TW"]


def test_by_locality_of_a_conclusion(graph) -> None:
    rows = by_locality(graph, "44-KL/TW")
    assert [r["locality"] for r in rows] == ["Kiên Giang", "Tuyên Quang"]


# ---------------------------------------------------------------- exports


def test_node_link_shape(graph) -> None:
    data = to_node_link(graph)
    assert (data["directed"], data["multigraph"], data["graph"]) == (True, False, {})
    node = next(n for n in data["nodes"] if n["id"] == "174-KH/TU@Kiên Giang")
    assert (node["doc_id"], node["scope"], node["articles"]) == ("174-KH/TU", "Kiên Giang", ["a1"])
    link = next(e for e in data["edges"] if e["relation"] == "continues")
    assert (link["source"], link["target"]) == ("44-KL/TW", "09-CT/TW")
    assert link["articles"] == ["a1", "a2"]
    json.dumps(data)  # plain JSON


def _nx_node_link_graph(nx: Any, data: dict) -> Any:
    """networkx reads links under "edges" from 3.4 on (the default from 3.6)."""
    try:
        return nx.node_link_graph(data, edges="edges")
    except TypeError:  # networkx < 3.4 knows only "links"
        return nx.node_link_graph({**data, "links": data["edges"]})


def test_node_link_loads_in_networkx(graph) -> None:
    nx = pytest.importorskip("networkx")
    g = nx.node_link_graph(json.loads(json.dumps(to_node_link(graph))))  # the default reader
    assert g.is_directed() and not g.is_multigraph()
    assert g.edges["44-KL/TW", "09-CT/TW"]["relation"] == "continues"
    assert g.nodes["174-KH/TU@Kiên Giang"]["scope"] == "Kiên Giang"
    assert set(nx.ancestors(g, "09-CT/TW")) == {
        "44-KL/TW", "174-KH/TU@Kiên Giang", "95-KH/TU@Tuyên Quang", "12-KH/TU@Tuyên Quang",
        "174-KH/TU@Hà Nội", "7-KH/HU@?",
    }


def test_two_relations_between_one_pair_make_a_multigraph() -> None:
    nx = pytest.importorskip("networkx")
    g = build_graph([
        record("x", None, [ND123, ND100], [(0, "amends", 1)]),
        record("y", None, [ND123, ND100], [(0, "details", 1)]),
    ])
    data = to_node_link(g)
    assert data["multigraph"] is True
    loaded = _nx_node_link_graph(nx, data)
    assert sorted(loaded["123/2021/NĐ-CP"]["100/2019/NĐ-CP"]) == ["amends", "details"]


def test_graphml_loads_in_networkx(graph) -> None:
    nx = pytest.importorskip("networkx")
    g = nx.read_graphml(io.BytesIO(to_graphml(graph).encode("utf-8")))
    assert g.is_directed()
    assert g.edges["174-KH/TU@Kiên Giang", "44-KL/TW"]["relation"] == "implements"
    assert g.edges["44-KL/TW", "09-CT/TW"]["articles"] == "a1;a2"
    assert g.edges["44-KL/TW", "09-CT/TW"]["article_count"] == 2
    assert g.nodes["09-CT/TW"]["issuer"] == "Ban Bí thư"
    assert g.nodes["09-CT/TW"]["article_count"] == 5


def test_graphml_escapes_markup_and_drops_control_characters() -> None:
    nx = pytest.importorskip("networkx")
    odd = doc("Kế hoạch", "1", "KH/TU", 'Huế <&> "x"', issuer="Ban \x01Thường vụ")
    g = build_graph([record("id <1>", None, [odd, CT09], [(0, "implements", 1)])])
    loaded = nx.read_graphml(io.BytesIO(to_graphml(g).encode("utf-8")))
    key = '1-KH/TU@Huế <&> "x"'
    assert loaded.nodes[key]["issuer"] == "Ban Thường vụ"
    assert loaded.edges[key, "09-CT/TW"]["articles"] == "id <1>"


def test_empty_graph_exports() -> None:
    nx = pytest.importorskip("networkx")
    empty = build_graph([])
    assert nx.read_graphml(io.BytesIO(to_graphml(empty).encode())).number_of_nodes() == 0
    assert to_csv(empty).count("\n") == 1
    assert to_node_link(empty)["nodes"] == []


def test_dot(graph) -> None:
    dot = to_dot(graph)
    assert dot.startswith("digraph lineage {\n") and dot.endswith("}\n")
    assert '"44-KL/TW" -> "09-CT/TW" [label="continues (2)"];' in dot
    assert '"174-KH/TU@Kiên Giang" [label="Kế hoạch 174-KH/TU\\nKiên Giang"];' in dot
    quoted = to_dot(build_graph([record("x", None, [doc("Kế hoạch", "1", "KH/TU", 'A"B\\C')],
                                        [])]))
    assert '"1-KH/TU@A\\"B\\\\C"' in quoted


def test_csv_edge_list(graph) -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(graph))))
    assert len(rows) == 7
    row = next(r for r in rows if r["relation"] == "continues")
    assert row == {
        "source": "44-KL/TW", "target": "09-CT/TW", "relation": "continues",
        "article_count": "2", "articles": "a1;a2", "dates": "2019-07-24T10:30;2019-08-27",
        "source_type": "Kết luận", "source_scope": "national", "target_type": "Chỉ thị",
        "target_scope": "national",
    }


# ---------------------------------------------------------------- the command


@pytest.mark.parametrize("fmt", ["json", "graphml", "dot", "csv"])
def test_command_exports_the_root_lineage_only(fmt: str) -> None:
    out = lineage(RECORDS, root="44-KL/TW", fmt=fmt)
    assert isinstance(out, str)
    assert "95-KH/TU@Tuyên Quang" in out and "12-KH/TU@Tuyên Quang" not in out
    everything = lineage(RECORDS, fmt=fmt)
    assert "12-KH/TU@Tuyên Quang" in everything and "123/2021/NĐ-CP" in everything


def test_command_tree_and_tables() -> None:
    assert render_text(lineage(RECORDS, root="09-CT/TW")).startswith("Chỉ thị 09-CT/TW")
    table = render_text(lineage(RECORDS, root="09-CT/TW", by_locality_table=True))
    assert "Tuyên Quang" in table and "Kế hoạch 12-KH/TU" in table
    rows = json.loads(lineage(RECORDS, root="09-CT/TW", by_locality_table=True, fmt="json"))
    assert rows[0]["locality"] == "Tuyên Quang"
    as_csv = lineage(RECORDS, root="09-CT/TW", by_locality_table=True, fmt="csv")
    assert as_csv.splitlines()[0].startswith("locality,document,")
    assert "continues" in render_text(lineage(RECORDS, fmt="table"))


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"root": "99-CT/TW"}, KeyError),
        ({"fmt": "svg"}, ValueError),
        ({"relations": ["inspires"]}, ValueError),
        ({"by_locality_table": True}, ValueError),  # needs a root
        ({"root": "09-CT/TW", "by_locality_table": True, "fmt": "dot"}, ValueError),
    ],
)
def test_command_errors(kwargs: dict, error: type) -> None:
    with pytest.raises(error):
        lineage(RECORDS, **kwargs)


# ---------------------------------------------------------------- the seeds


def _seed_records() -> list[dict]:
    """The seeds' `extract` records; relations and scopes are added here while the
    pipeline does not yet produce them."""
    from tests.golden.update import current_records
    from ttcorpus.extract.relations import find_doc_relations
    from ttcorpus.extract.scope import infer_scopes
    from ttcorpus.models import Agency, DocRef

    out = []
    for rec in current_records():
        if "doc_relations" not in rec:
            refs = [DocRef(**{**d, "warnings": tuple(d.get("warnings", ()))})
                    for d in rec["doc_refs"]]
            refs = infer_scopes(refs, rec.get("site"), [Agency(**a) for a in rec["agencies"]])
            rec["doc_refs"] = [r.to_dict() for r in refs]
            rec["doc_relations"] = [r.to_dict() for r in find_doc_relations(rec["text"], refs)]
        out.append(rec)
    return out


@pytest.fixture(scope="module")
def seeds_graph():
    return build_graph(_seed_records())


def test_seeds_lineage_of_directive_09(seeds_graph) -> None:
    lines = render_text(tree(seeds_graph, "09-CT/TW")).splitlines()
    assert lines[0].startswith("Chỉ thị 09-CT/TW · Ban Bí thư · 2011-12-01")
    assert lines[1].startswith("└── continues Kết luận 44-KL/TW · Ban Bí thư · 2019-01-22")
    assert lines[2].startswith("    └── implements Kế hoạch 174-KH/TU · Kiên Giang")
    rows = by_locality(seeds_graph, "09-CT/TW")
    assert [(r["locality"], r["id"]) for r in rows] == [("Kiên Giang", "174-KH/TU")]


def test_seeds_exports_load_in_networkx(seeds_graph) -> None:
    nx = pytest.importorskip("networkx")
    for g in (nx.node_link_graph(to_node_link(seeds_graph)),
              nx.read_graphml(io.BytesIO(to_graphml(seeds_graph).encode("utf-8")))):
        assert g.edges["44-KL/TW", "09-CT/TW"]["relation"] == "continues"
        assert g.edges["174-KH/TU@Kiên Giang", "44-KL/TW"]["relation"] == "implements"
