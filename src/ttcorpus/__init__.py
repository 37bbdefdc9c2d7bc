"""ttcorpus: clean scraped Vietnamese news into lossless JSONL and extract
dates, people, agencies and numbered document references.

>>> from ttcorpus import process_record
>>> text = "Hội nghị\\n\\nSáng 12/4/2019, Bộ Công an triển khai Chỉ thị số 09-CT/TW."
>>> rec = process_record({"id": "a", "text": text})
>>> [d["value"] for d in rec["dates"]], [r["id"] for r in rec["doc_refs"]]
(['2019-04-12'], ['09-CT/TW'])
"""

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
