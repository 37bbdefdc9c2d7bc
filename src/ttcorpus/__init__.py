"""ttcorpus: clean scraped Vietnamese news into lossless JSONL and extract
dates, people, agencies and numbered document references.

>>> from ttcorpus import process_record
>>> text = "Hội nghị\\n\\nSáng 12/4/2019, Bộ Công an triển khai Chỉ thị số 09-CT/TW."
>>> rec = process_record({"id": "a", "text": text})
>>> [d["value"] for d in rec["dates"]], [r["id"] for r in rec["doc_refs"]]
(['2019-04-12'], ['09-CT/TW'])
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ttcorpus.clean import clean_article
    from ttcorpus.extract import (
        extract_entities,
        find_agencies,
        find_dates,
        find_doc_refs,
        find_people,
        resolve_doc_refs,
    )
    from ttcorpus.pipeline import process_record

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "clean_article",
    "extract_entities",
    "find_agencies",
    "find_dates",
    "find_doc_refs",
    "find_people",
    "process_record",
    "resolve_doc_refs",
]

# The public names load on first use: ``ttcorpus --help`` and ``ttcorpus clean``
# do not pay for compiling the extractors' patterns.
_HOMES = {
    "clean_article": "ttcorpus.clean",
    "extract_entities": "ttcorpus.extract",
    "find_agencies": "ttcorpus.extract",
    "find_dates": "ttcorpus.extract",
    "find_doc_refs": "ttcorpus.extract",
    "find_people": "ttcorpus.extract",
    "resolve_doc_refs": "ttcorpus.extract",
    "process_record": "ttcorpus.pipeline",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'ttcorpus' has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
