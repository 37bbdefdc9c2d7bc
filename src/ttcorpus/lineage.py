"""Directive lineage across a corpus: which documents implement, continue, amend,
replace or detail which, built from ``extract`` records (``doc_refs`` and
``doc_relations``).

Nodes are cited documents keyed by ``ttcorpus.keys.doc_key`` (id, plus the locality of a
local document), with what the articles state about them (type, number, code, scope,
issuer, date) and the ids of the articles that cite them. Edges are relations, source
→ target (the plan → the conclusion it implements), with the ids and dates
(``published``) of the articles that state them. A short form that no article resolved
("Chỉ thị số 09" of Ban Bí thư) joins the one national document of the same type and
number and a compatible issuer, when the corpus has exactly one.

>>> records = [
...     {"id": "a1", "published": "2019-07-24", "doc_refs": [
...         {"type": "Kế hoạch", "number": "174", "code": "KH/TU", "id": "174-KH/TU",
...          "scope": "Kiên Giang"},
...         {"type": "Kết luận", "number": "44", "code": "KL/TW", "id": "44-KL/TW",
...          "scope": "national", "date": "2019-01-22"},
...         {"type": "Chỉ thị", "number": "09", "code": "CT/TW", "id": "09-CT/TW",
...          "scope": "national"}],
...      "doc_relations": [{"relation": "implements", "source": 0, "target": 1},
...                        {"relation": "continues", "source": 1, "target": 2}]}]
>>> graph = build_graph(records)
>>> sorted(graph.nodes)
['09-CT/TW', '174-KH/TU@Kiên Giang', '44-KL/TW']
>>> [(e.source, e.relation, e.target) for e in graph.edges.values()]
[('174-KH/TU@Kiên Giang', 'implements', '44-KL/TW'), ('44-KL/TW', 'continues', '09-CT/TW')]
>>> print(render_text(tree(graph, "09-CT/TW")))
Chỉ thị 09-CT/TW · cited 2019-07-24 · 1 article
└── continues Kết luận 44-KL/TW · 2019-01-22 · 1 article
    └── implements Kế hoạch 174-KH/TU · Kiên Giang · cited 2019-07-24 · 1 article
>>> [(row["locality"], row["id"]) for row in by_locality(graph, "09-CT/TW")]
[('Kiên Giang', '174-KH/TU')]
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import regex
from rich.console import Console, RenderableType
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from ttcorpus.keys import NATIONAL, doc_key
from ttcorpus.normalize import fold

__all__ = [
    "FORMATS",
    "LINEAGE_RELATIONS",
    "DocNode",
    "LineageEdge",
    "LineageGraph",
    "build_graph",
    "by_locality",
    "find_roots",
    "lineage",
    "most_cited_root",
    "render_text",
    "subgraph",
    "to_csv",
    "to_dot",
    "to_graphml",
    "to_node_link",
    "tree",
]

RELATIONS = ("implements", "continues", "amends", "replaces", "details")
# What "acting on" a document means for the tree and the by-locality table by default.
LINEAGE_RELATIONS = frozenset({"implements", "continues"})
FORMATS = ("tree", "table", "json", "graphml", "dot", "csv")

# Node attributes taken from the doc_refs, the first stated value winning.
_NODE_FIELDS = ("type", "number", "code", "scope", "issuer", "date")


@dataclass(slots=True)
class DocNode:
    """One cited document and the articles that cite it (``article_dates`` are the
    articles' ``published``, in the same order as ``articles``)."""

    key: str
    id: str | None = None
    type: str | None = None
    number: str | None = None
    code: str | None = None
    scope: str | None = None
    issuer: str | None = None
    date: str | None = None
    articles: list[str] = field(default_factory=list)
    article_dates: list[str | None] = field(default_factory=list)

    def first_cited(self) -> str | None:
        """The earliest ``published`` of the articles citing the document."""
        return min((d for d in self.article_dates if d), default=None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "doc_id": self.id,
            **{name: getattr(self, name) for name in _NODE_FIELDS},
            "articles": list(self.articles),
            "article_count": len(self.articles),
            "first_cited": self.first_cited(),
        }


@dataclass(slots=True)
class LineageEdge:
    """``source`` implements / continues / amends / replaces / details ``target``, as
    stated by ``articles`` (published on ``dates``, same order)."""

    source: str
    target: str
    relation: str
    articles: list[str] = field(default_factory=list)
    dates: list[str | None] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "target": self.target,
            "relation": self.relation,
            "articles": list(self.articles),
            "dates": list(self.dates),
            "article_count": len(self.articles),
        }


@dataclass(slots=True)
class LineageGraph:
    """Documents by key, relations by (source, target, relation), in first-seen order."""

    nodes: dict[str, DocNode] = field(default_factory=dict)
    edges: dict[tuple[str, str, str], LineageEdge] = field(default_factory=dict)

    def edges_into(self, key: str, relations: Iterable[str] | None = None) -> list[LineageEdge]:
        """The relations whose target is ``key`` (of the given kinds), earliest source
        document first."""
        wanted = set(relations) if relations is not None else None
        found = [
            e for e in self.edges.values()
            if e.target == key and (wanted is None or e.relation in wanted)
        ]
        return sorted(found, key=lambda e: (_when(self.nodes[e.source]), e.source, e.relation))


# ---------------------------------------------------------------- building


def _when(node: DocNode) -> str:
    """A sort key for a document's time: its date, else when it was first cited."""
    return node.date or node.first_cited() or "9999"


def _add_article(articles: list[str], dates: list[str | None], aid: str, when: str | None) -> None:
    if aid not in articles:
        articles.append(aid)
        dates.append(when)


def _node_for(graph: LineageGraph, ref: Mapping[str, Any]) -> DocNode:
    """The node of one doc_ref, created or completed with what the ref states."""
    key = doc_key(ref)
    node = graph.nodes.get(key)
    if node is None:
        node = graph.nodes[key] = DocNode(key=key)
    if node.id is None and ref.get("id"):
        node.id = str(ref["id"])
    for name in _NODE_FIELDS:
        value = ref.get(name)
        if getattr(node, name) is None and isinstance(value, str) and value:
            setattr(node, name, value)
    return node


def _add_record(
    graph: LineageGraph, record: Mapping[str, Any], stated: dict[str, set[str | None]]
) -> None:
    """One extract record's documents and relations; ``stated`` collects the issuers
    each unresolved short form is cited with."""
    aid = str(record.get("id") or record.get("source") or f"record {len(graph.nodes)}")
    published = record.get("published") if isinstance(record.get("published"), str) else None
    refs = [r for r in record.get("doc_refs") or [] if isinstance(r, Mapping)]
    if len(refs) != len(record.get("doc_refs") or []):
        refs = []  # indices would not line up
    keys = []
    for ref in refs:
        node = _node_for(graph, ref)
        _add_article(node.articles, node.article_dates, aid, published)
        if node.id is None:
            issuer = ref.get("issuer")
            stated.setdefault(node.key, set()).add(issuer if isinstance(issuer, str) else None)
        keys.append(node.key)
    for rel in record.get("doc_relations") or []:
        if not isinstance(rel, Mapping) or rel.get("relation") not in RELATIONS:
            continue
        s, t = rel.get("source"), rel.get("target")
        if not (isinstance(s, int) and isinstance(t, int) and 0 <= s < len(keys)
                and 0 <= t < len(keys)) or keys[s] == keys[t]:
            continue
        k = (keys[s], keys[t], str(rel["relation"]))
        edge = graph.edges.get(k)
        if edge is None:
            edge = graph.edges[k] = LineageEdge(*k)
        _add_article(edge.articles, edge.dates, aid, published)


def _short_key(type_: str | None, number: str | None) -> tuple[str, str]:
    num = (number or "").strip()
    return fold(type_), (num.lstrip("0") or "0") if num.isdigit() else fold(num)


def _same_body(a: str | None, b: str | None) -> bool:
    """Two stated issuers name one body: one contains the other (folded)."""
    if not a or not b:
        return False
    fa, fb = fold(a).replace(" ", ""), fold(b).replace(" ", "")
    return fa in fb or fb in fa


def _merge_short_forms(graph: LineageGraph, stated: dict[str, set[str | None]]) -> None:
    """Fold each unresolved short form into the one national document of the same
    type and number whose issuer matches every issuer the short form is cited with,
    where the corpus has exactly one."""
    full: dict[tuple[str, str], list[DocNode]] = {}
    for node in graph.nodes.values():
        if node.id and node.scope == NATIONAL:
            full.setdefault(_short_key(node.type, node.number), []).append(node)
    into: dict[str, str] = {}
    for node in graph.nodes.values():
        if node.id:
            continue
        issuers = stated.get(node.key, {None})
        fits = [f for f in full.get(_short_key(node.type, node.number), [])
                if all(_same_body(i, f.issuer) for i in issuers)]
        if len(fits) == 1:
            into[node.key] = fits[0].key
    if not into:
        return
    for short, key in into.items():
        node, target = graph.nodes.pop(short), graph.nodes[key]
        for aid, when in zip(node.articles, node.article_dates, strict=True):
            _add_article(target.articles, target.article_dates, aid, when)
    edges = list(graph.edges.values())
    graph.edges.clear()
    for e in edges:
        s, t = into.get(e.source, e.source), into.get(e.target, e.target)
        if s == t:
            continue
        merged = graph.edges.setdefault((s, t, e.relation), LineageEdge(s, t, e.relation))
        for aid, when in zip(e.articles, e.dates, strict=True):
            _add_article(merged.articles, merged.dates, aid, when)


def build_graph(records: Iterable[Mapping[str, Any]]) -> LineageGraph:
    """The lineage graph of ``extract`` records (dicts; other objects are skipped)."""
    graph = LineageGraph()
    stated: dict[str, set[str | None]] = {}
    for record in records:
        if isinstance(record, Mapping):
            _add_record(graph, record, stated)
    _merge_short_forms(graph, stated)
    return graph


# ---------------------------------------------------------------- walking


def find_roots(graph: LineageGraph, root: str) -> list[str]:
    """The keys ``root`` names: the node of that key, else every node whose key or id
    equals it folded ("09-ct/tw"); a local id names each locality's document.

    >>> g = build_graph([{"id": "a", "doc_refs": [
    ...     {"type": "Kế hoạch", "number": "5", "id": "5-KH/TU", "scope": "Huế"},
    ...     {"type": "Kế hoạch", "number": "5", "id": "5-KH/TU", "scope": "Hà Nội"}]}])
    >>> find_roots(g, "5-KH/TU"), find_roots(g, "5-KH/TU@Huế")
    (['5-KH/TU@Huế', '5-KH/TU@Hà Nội'], ['5-KH/TU@Huế'])
    """
    if root in graph.nodes:
        return [root]
    wanted = fold(root)
    return [k for k, n in graph.nodes.items() if wanted in (fold(k), fold(n.id))]


def _descendants(
    graph: LineageGraph, roots: list[str], depth: int | None, relations: frozenset[str]
) -> dict[str, int]:
    """Every document that acts on the roots, recursively, with its distance."""
    seen = {k: 0 for k in roots}
    frontier = list(roots)
    level = 0
    while frontier and (depth is None or level < depth):
        level += 1
        nxt = []
        for key in frontier:
            for e in graph.edges_into(key, relations):
                if e.source not in seen:
                    seen[e.source] = level
                    nxt.append(e.source)
        frontier = nxt
    return seen


def _relations(relations: Iterable[str] | None) -> frozenset[str]:
    return frozenset(relations) if relations else LINEAGE_RELATIONS


def subgraph(
    graph: LineageGraph, root: str, depth: int | None = None,
    relations: Iterable[str] | None = None,
) -> LineageGraph:
    """The root's lineage only: the root, what acts on it (recursively, ``relations``,
    up to ``depth``) and the relations among them."""
    rels = _relations(relations)
    keep = _descendants(graph, find_roots(graph, root), depth, rels)
    return LineageGraph(
        nodes={k: n for k, n in graph.nodes.items() if k in keep},
        edges={k: e for k, e in graph.edges.items()
               if e.source in keep and e.target in keep and e.relation in rels},
    )


def most_cited_root(graph: LineageGraph, relations: Iterable[str] | None = None) -> str | None:
    """The most-cited document that others act on (for a report's headline tree)."""
    rels = _relations(relations)
    targets = {e.target for e in graph.edges.values() if e.relation in rels}
    if not targets:
        return None
    return max(sorted(targets), key=lambda k: len(graph.nodes[k].articles))


# ---------------------------------------------------------------- the tree


def _place(node: DocNode) -> str | None:
    """Issuer, or locality for a local document ("Kiên Giang")."""
    if node.scope and node.scope != NATIONAL:
        return node.scope
    return node.issuer


def _label(node: DocNode, relation: str | None = None) -> Text:
    """One line of the tree: relation, document, issuer or locality, date, articles."""
    label = Text()
    if relation:
        label.append(relation, style="bold cyan" if relation == "implements" else "bold magenta")
        label.append(" ")
    name = f"{node.type} {node.id}" if node.type and node.id else node.key
    label.append(name, style="bold")
    place = _place(node)
    if place and place != node.issuer:
        label.append(f" · {place}", style="green")
    elif node.issuer:
        label.append(f" · {node.issuer}")
    if node.date:
        label.append(f" · {node.date}")
    elif first := node.first_cited():
        label.append(f" · cited {first[:10]}", style="dim")
    n = len(node.articles)
    label.append(f" · {n} article{'' if n == 1 else 's'}", style="dim")
    return label


def _grow(
    graph: LineageGraph, branch: Tree, key: str, left: int | None,
    relations: frozenset[str], path: frozenset[str],
) -> None:
    if left is not None and left <= 0:
        return
    for e in graph.edges_into(key, relations):
        child = branch.add(_label(graph.nodes[e.source], e.relation))
        if e.source in path:
            child.label.append(" (cycle)", style="red")  # type: ignore[union-attr]
            continue
        _grow(graph, child, e.source, None if left is None else left - 1, relations,
              path | {e.source})


def tree(
    graph: LineageGraph, root: str | None = None, depth: int | None = None,
    relations: Iterable[str] | None = None,
) -> Tree:
    """Everything that acts on ``root`` (by default: continues or implements it),
    recursively, as a rich Tree; ``depth`` levels at most. Without a root: the
    lineage of every document that others act on and that acts on none.

    Raises ``KeyError`` when no document matches ``root``.
    """
    rels = _relations(relations)
    if root is None:
        targets = {e.target for e in graph.edges.values() if e.relation in rels}
        sources = {e.source for e in graph.edges.values() if e.relation in rels}
        keys = sorted(targets - sources, key=lambda k: (-len(graph.nodes[k].articles), k))
        top = Tree(Text("lineage", style="bold"))
    else:
        keys = find_roots(graph, root)
        if not keys:
            raise KeyError(root)
        top = Tree(_label(graph.nodes[keys[0]])) if len(keys) == 1 else Tree(Text(root))
    for key in keys:
        branch = top if len(keys) == 1 and root is not None else top.add(_label(graph.nodes[key]))
        _grow(graph, branch, key, depth, rels, frozenset({key}))
    return top


def render_text(renderable: RenderableType, width: int = 200) -> str:
    """A rich renderable as plain text (no colour), trailing spaces stripped."""
    console = Console(width=width, record=True, file=io.StringIO(), color_system=None)
    console.print(renderable)
    return "\n".join(line.rstrip() for line in console.export_text().splitlines())


# ---------------------------------------------------------------- by locality


def by_locality(
    graph: LineageGraph, root: str, relations: Iterable[str] | None = None,
) -> list[dict[str, Any]]:
    """For a root, one row per locality that acted on it (a local document that
    implements or continues it, directly or down the lineage): its earliest such
    document, that document's date (else when it was first cited), how many articles
    mention it, and what it acts on. Local documents of unknown locality follow, one
    row each (``locality`` None). Rows are ordered by date."""
    rels = _relations(relations)
    roots = find_roots(graph, root)
    found = _descendants(graph, roots, None, rels)
    by_place: dict[str | None, list[DocNode]] = {}
    unknown: list[DocNode] = []
    for key in found:
        node = graph.nodes[key]
        if key in roots or node.scope == NATIONAL or not node.id:
            continue
        if node.scope is None:
            unknown.append(node)
        else:
            by_place.setdefault(node.scope, []).append(node)
    rows = []
    for place, docs in by_place.items():
        docs.sort(key=lambda n: (_when(n), n.key))
        rows.append(_locality_row(graph, place, docs[0], len(docs), rels))
    rows.extend(_locality_row(graph, None, n, 1, rels) for n in unknown)
    rows.sort(key=lambda r: (r["locality"] is None, r["date"] or r["first_cited"] or "9999",
                             r["locality"] or "", r["document"]))
    return rows


def _locality_row(
    graph: LineageGraph, place: str | None, node: DocNode, count: int, rels: frozenset[str],
) -> dict[str, Any]:
    acts = [e for e in graph.edges.values() if e.source == node.key and e.relation in rels]
    return {
        "locality": place,
        "document": node.key,
        "type": node.type,
        "id": node.id,
        "issuer": node.issuer,
        "date": node.date,
        "first_cited": node.first_cited(),
        "articles": len(node.articles),
        "documents": count,
        "acts_on": [f"{e.relation} {e.target}" for e in acts],
    }


def locality_table(rows: list[dict[str, Any]], root: str) -> Table:
    """The by-locality rows as a rich Table."""
    table = Table(title=f"Localities acting on {root}", header_style="bold")
    for name in ("locality", "document", "date", "articles", "acts on"):
        table.add_column(name, justify="right" if name == "articles" else "left")
    for r in rows:
        date = r["date"] or (f"cited {r['first_cited'][:10]}" if r["first_cited"] else "")
        doc = f"{r['type']} {r['id']}" if r["type"] else r["document"]
        table.add_row(r["locality"] or "?", doc, date, str(r["articles"]), ", ".join(r["acts_on"]))
    return table


# ---------------------------------------------------------------- exports


def _multigraph(graph: LineageGraph) -> bool:
    """Whether two relations join the same two documents."""
    pairs = [(e.source, e.target) for e in graph.edges.values()]
    return len(pairs) != len(set(pairs))


def to_node_link(graph: LineageGraph) -> dict[str, Any]:
    """Node-link JSON, the shape ``networkx.node_link_graph`` reads (links under
    ``"edges"``, networkx ≥ 3.4; a multigraph, each link keyed by its relation, only when
    two relations join the same pair).

    >>> data = to_node_link(build_graph([]))
    >>> sorted(data)
    ['directed', 'edges', 'graph', 'multigraph', 'nodes']
    """
    multi = _multigraph(graph)
    nodes = []
    for n in graph.nodes.values():
        d = n.to_dict()
        d.pop("key")
        nodes.append({"id": n.key, **d})
    edges = []
    for e in graph.edges.values():
        d = e.to_dict()
        if multi:
            d["key"] = e.relation
        edges.append(d)
    return {"directed": True, "multigraph": multi, "graph": {}, "nodes": nodes, "edges": edges}


_GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
# Characters XML 1.0 forbids.
_XML_ILLEGAL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_LIST_SEPARATOR = ";"


def _xml_text(value: object) -> str:
    if isinstance(value, list):
        value = _LIST_SEPARATOR.join(str(v or "") for v in value)
    return _XML_ILLEGAL.sub("", str(value))


def _attributes(rows: list[dict[str, Any]], skip: set[str]) -> list[tuple[str, str]]:
    """(name, GraphML type) of every attribute in ``rows``, first-seen order."""
    out: dict[str, str] = {}
    for row in rows:
        for name, value in row.items():
            if name in skip or value is None:
                continue
            kind = "int" if isinstance(value, int) and not isinstance(value, bool) else "string"
            out.setdefault(name, kind)
    return list(out.items())


def to_graphml(graph: LineageGraph) -> str:
    """GraphML (Gephi, yEd, ``networkx.read_graphml``); lists are joined with ";"."""
    ET.register_namespace("", _GRAPHML_NS)
    root = ET.Element(f"{{{_GRAPHML_NS}}}graphml")
    node_rows = [{"label": _label(n).plain, **n.to_dict()} for n in graph.nodes.values()]
    edge_rows = [e.to_dict() for e in graph.edges.values()]
    ids: dict[tuple[str, str], str] = {}
    for where, rows, skip in (("node", node_rows, {"key"}), ("edge", edge_rows,
                                                             {"source", "target"})):
        for name, kind in _attributes(rows, skip):
            ids[where, name] = f"{where[0]}_{name}"
            ET.SubElement(root, f"{{{_GRAPHML_NS}}}key", {
                "id": ids[where, name], "for": where, "attr.name": name, "attr.type": kind})
    body = ET.SubElement(root, f"{{{_GRAPHML_NS}}}graph",
                         {"id": "lineage", "edgedefault": "directed"})
    for row in node_rows:
        el = ET.SubElement(body, f"{{{_GRAPHML_NS}}}node", {"id": _xml_text(row["key"])})
        _add_data(el, row, ids, "node")
    for i, row in enumerate(edge_rows):
        el = ET.SubElement(body, f"{{{_GRAPHML_NS}}}edge", {
            "id": f"e{i}", "source": _xml_text(row["source"]), "target": _xml_text(row["target"])})
        _add_data(el, row, ids, "edge")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _add_data(el: ET.Element, row: dict[str, Any], ids: dict[tuple[str, str], str],
              where: str) -> None:
    for name, value in row.items():
        if (where, name) in ids and value is not None:
            ET.SubElement(el, f"{{{_GRAPHML_NS}}}data", {"key": ids[where, name]}).text = (
                _xml_text(value))


def _dot_quote(value: str) -> str:
    """A DOT double-quoted string."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def to_dot(graph: LineageGraph) -> str:
    """Graphviz DOT: one box per document, arrows source → target labelled with the
    relation and the number of articles that state it.

    >>> print(to_dot(build_graph([])), end="")
    digraph lineage {
      rankdir=BT;
      node [shape=box];
    }
    """
    lines = ["digraph lineage {", "  rankdir=BT;", "  node [shape=box];"]
    for n in graph.nodes.values():
        name = f"{n.type} {n.id}" if n.type and n.id else n.key
        parts = [name, _place(n) or "", n.date or ""]
        label = "\n".join(p for p in parts if p)
        lines.append(f"  {_dot_quote(n.key)} [label={_dot_quote(label)}];")
    for e in graph.edges.values():
        label = f"{e.relation} ({len(e.articles)})"
        lines.append(f"  {_dot_quote(e.source)} -> {_dot_quote(e.target)} "
                     f"[label={_dot_quote(label)}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def to_csv(graph: LineageGraph) -> str:
    """The edge list as CSV: source, target, relation, how many articles state it, their
    ids and dates (";"-joined), and each side's type and locality.

    >>> to_csv(build_graph([])).splitlines()[0]
    'source,target,relation,article_count,articles,dates,source_type,source_scope,target_type,target_scope'
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["source", "target", "relation", "article_count", "articles", "dates",
                     "source_type", "source_scope", "target_type", "target_scope"])
    for e in graph.edges.values():
        s, t = graph.nodes[e.source], graph.nodes[e.target]
        writer.writerow([e.source, e.target, e.relation, len(e.articles),
                         _LIST_SEPARATOR.join(e.articles),
                         _LIST_SEPARATOR.join(d or "" for d in e.dates),
                         s.type or "", s.scope or "", t.type or "", t.scope or ""])
    return out.getvalue()


def _rows_csv(rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    names = ["locality", "document", "type", "id", "issuer", "date", "first_cited",
             "articles", "documents", "acts_on"]
    writer = csv.DictWriter(out, fieldnames=names, lineterminator="\n")
    writer.writeheader()
    for r in rows:
        writer.writerow({**r, "acts_on": _LIST_SEPARATOR.join(r["acts_on"])})
    return out.getvalue()


# ---------------------------------------------------------------- the command


def lineage(
    records: Iterable[Mapping[str, Any]], *, root: str | None = None, depth: int | None = None,
    relations: Iterable[str] | None = None, by_locality_table: bool = False,
    fmt: str = "tree",
) -> RenderableType | str:
    """What ``ttcorpus lineage`` prints: a rich renderable (``tree``, ``table``) or text.

    With ``root``, the exports hold the root's lineage only (``subgraph``); the
    by-locality rows print as a table (``tree``/``table``), JSON rows or CSV.
    Raises ``KeyError`` for an unknown root, ``ValueError`` for a bad combination.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    unknown = set(relations or ()) - set(RELATIONS)
    if unknown:
        raise ValueError(f"unknown relation {sorted(unknown)[0]!r} (one of {', '.join(RELATIONS)})")
    graph = build_graph(records)
    if root is not None and not find_roots(graph, root):
        raise KeyError(root)
    if by_locality_table:
        if root is None:
            raise ValueError("--by-locality needs --root")
        rows = by_locality(graph, root, relations)
        if fmt in ("tree", "table"):
            return locality_table(rows, root)
        if fmt == "json":
            return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
        if fmt == "csv":
            return _rows_csv(rows)
        raise ValueError(f"--by-locality prints a table, JSON or CSV, not {fmt}")
    if fmt == "tree":
        return tree(graph, root, depth, relations)
    if root is not None:
        graph = subgraph(graph, root, depth, relations)
    if fmt == "table":
        return _edge_table(graph)
    if fmt == "json":
        return json.dumps(to_node_link(graph), ensure_ascii=False) + "\n"
    if fmt == "graphml":
        return to_graphml(graph)
    if fmt == "dot":
        return to_dot(graph)
    return to_csv(graph)


def _edge_table(graph: LineageGraph) -> Table:
    table = Table(title="Document relations", header_style="bold")
    for name in ("source", "relation", "target", "articles", "first stated"):
        table.add_column(name, justify="right" if name == "articles" else "left")
    for e in graph.edges.values():
        first = min((d for d in e.dates if d), default="")
        table.add_row(e.source, e.relation, e.target, str(len(e.articles)), first)
    return table
