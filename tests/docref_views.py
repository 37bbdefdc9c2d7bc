"""Document references and relations the way ``extract`` fills them (issuers from
the agencies, signing dates, short forms resolved), shared by the docref test files.

>>> [r.id for r in refs("theo Chỉ thị số 09-CT/TW ngày 1/12/2011 của Ban Bí thư")]
['09-CT/TW']
"""

from __future__ import annotations

from ttcorpus.extract import extract_entities
from ttcorpus.extract.agencies import find_agencies
from ttcorpus.extract.dates import find_dates
from ttcorpus.extract.docrefs import find_doc_refs
from ttcorpus.extract.issuers import fill_signing_dates, fill_subject_issuers
from ttcorpus.extract.relations import find_doc_relations
from ttcorpus.extract.resolve import resolve_doc_refs
from ttcorpus.models import Article, DocRef


def refs(text: str, published: str = "2024-06-20") -> list[DocRef]:
    """The references of ``text`` with their issuers, dates and resolved short forms."""
    found = fill_subject_issuers(text, find_doc_refs(text), find_agencies(text))
    return resolve_doc_refs(fill_signing_dates(text, found, find_dates(text, published)))


def rels(text: str, published: str = "2024-06-20") -> list[tuple[str, str | None, str | None]]:
    """(relation, source id, target id) of each relation the text states."""
    found = refs(text, published)
    return [
        (r.relation, found[r.source].id, found[r.target].id)
        for r in find_doc_relations(text, found)
    ]


def extracted(text: str, published: str | None = None) -> Article:
    """The whole ``extract`` of a clean text (all finders, issuers, scopes, relations)."""
    return extract_entities(Article(id="t", source="", text=text, published=published))


def relation_triples(text: str) -> set[tuple[str | None, str, str | None]]:
    """(source id, relation, target id) of each relation the whole ``extract`` finds."""
    a = extracted(text)
    found = a.doc_refs or []
    return {(found[r.source].id, r.relation, found[r.target].id) for r in a.doc_relations or []}
