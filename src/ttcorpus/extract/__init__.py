"""Extraction on the clean body: each finder is its own module with one public
function; ``extract_entities`` runs them all on an Article.

Finders return raw mentions; ``resolve`` then links short forms to full forms
(eyecite's find → resolve).
"""

from __future__ import annotations

from ttcorpus.extract.agencies import find_agencies
from ttcorpus.extract.dates import find_dates
from ttcorpus.extract.docrefs import find_doc_refs
from ttcorpus.extract.issuers import fill_subject_issuers
from ttcorpus.extract.people import find_people
from ttcorpus.extract.relations import find_doc_relations
from ttcorpus.extract.resolve import resolve_doc_refs
from ttcorpus.extract.scope import infer_scopes
from ttcorpus.models import Article

__all__ = [
    "extract_entities",
    "find_agencies",
    "find_dates",
    "find_doc_refs",
    "find_doc_relations",
    "find_people",
    "infer_scopes",
    "resolve_doc_refs",
]


def extract_entities(article: Article) -> Article:
    """Add dates, people, agencies, document references and the relations
    between them to an Article (in place; returned for chaining). Runs on
    ``article.text`` only; the site name and agencies give local documents their
    locality when the issuer does not."""
    text = article.text
    article.dates = find_dates(text, article.published)
    article.people = find_people(text)
    article.agencies = find_agencies(text)
    refs = resolve_doc_refs(fill_subject_issuers(text, find_doc_refs(text), article.agencies))
    article.doc_refs = infer_scopes(refs, article.site, article.agencies)
    article.doc_relations = find_doc_relations(text, article.doc_refs)
    return article
