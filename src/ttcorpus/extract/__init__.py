"""Extraction on the clean body: each finder is its own module with one public
function; ``extract_entities`` runs them all on an Article.

Finders return raw mentions; ``resolve`` then links short forms to full forms
(eyecite's find → resolve).
"""

from __future__ import annotations

import bisect

from ttcorpus.clean.wraps import soft_breaks
from ttcorpus.extract.agencies import find_agencies
from ttcorpus.extract.dates import find_dates
from ttcorpus.extract.docrefs import find_doc_refs
from ttcorpus.extract.issuers import fill_signing_dates, fill_subject_issuers
from ttcorpus.extract.people import find_people
from ttcorpus.extract.relations import find_doc_relations
from ttcorpus.extract.resolve import resolve_doc_refs
from ttcorpus.extract.scope import infer_scopes
from ttcorpus.models import Agency, Article, Person, replaced

__all__ = [
    "extract_entities",
    "find_agencies",
    "find_dates",
    "find_doc_refs",
    "find_doc_relations",
    "find_people",
    "infer_scopes",
    "outside_agencies",
    "resolve_doc_refs",
]


def outside_agencies(people: list[Person], agencies: list[Agency]) -> list[Person]:
    """The people not named inside an agency's name: "Chính" of "Thủ tướng Chính
    phủ" is the government, not a person; nor is "Hồ Chí Minh" of "Học viện Chính
    trị quốc gia Hồ Chí Minh".

    >>> from ttcorpus.models import Agency, Person
    >>> # "Thủ tướng Phạm Minh Chính chủ trì. Thủ tướng Chính phủ ban hành …": a short
    >>> # form read inside "Chính phủ" would go
    >>> people = [Person("Phạm Minh Chính", 10, 25, "Phạm Minh Chính"),
    ...           Person("Chính", 45, 50, "Phạm Minh Chính")]
    >>> [p.start for p in outside_agencies(people, [Agency("Chính phủ", 45, 54, "Chính phủ")])]
    [10]
    """
    if not people or not agencies:
        return people
    spans = sorted((a.start, a.end) for a in agencies)
    starts = [s for s, _ in spans]
    out = []
    for p in people:
        k = bisect.bisect_right(starts, p.start) - 1
        # agencies do not nest, so only the last one starting at or before p can hold it
        if k >= 0 and spans[k][1] >= p.end:
            continue
        out.append(p)
    return out


def extract_entities(article: Article) -> Article:
    """Add dates, people, agencies, document references and the relations
    between them to an Article (in place; returned for chaining). Runs on
    ``article.text`` only; the site name and agencies give local documents their
    locality when the issuer does not."""
    text = article.text
    soft = soft_breaks(text)
    if soft:
        # a hard-wrapped page: its paragraphs' line breaks read as spaces (same offsets)
        chars = list(text)
        for k in soft:
            chars[k] = " "
        text = "".join(chars)
    article.dates = find_dates(text, article.published)
    article.agencies = find_agencies(text)
    article.people = outside_agencies(find_people(text), article.agencies)
    refs = fill_subject_issuers(text, find_doc_refs(text), article.agencies)
    refs = resolve_doc_refs(fill_signing_dates(text, refs, article.dates))
    article.doc_refs = infer_scopes(refs, article.site, article.agencies)
    article.doc_relations = find_doc_relations(text, article.doc_refs)
    if soft:
        _restore_breaks(article, soft)
    return article


def _restore_breaks(article: Article, soft: list[int]) -> None:
    """Give the mentions that span a soft line break (``soft_breaks``) their text as
    written, the break included, so that ``text[start:end] == mention.text`` holds;
    their names stay those read with a space."""
    text = article.text
    for name in ("dates", "agencies", "people", "doc_refs"):
        mentions = getattr(article, name)
        for i, m in enumerate(mentions):
            k = bisect.bisect_left(soft, m.start)
            if k < len(soft) and soft[k] < m.end:
                mentions[i] = replaced(m, text=text[m.start : m.end])
