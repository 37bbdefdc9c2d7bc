"""The corpus key of a cited document, shared by ``refs``, ``lineage`` and the
report: its canonical ``id``, plus its ``scope`` when the document is local.

Party committees of every province number their own plans, so ``174-KH/TU`` of
Kiên Giang is not ``174-KH/TU`` of Hà Nội. National documents (central codes such
as TW, CP, TTg, QH, BCA) are keyed by id alone; a local one by ``id@locality``,
or ``id@?`` when its locality is unknown. A short form without an id ("Chỉ thị
số 09") is keyed by type and number, ``Chỉ thị 09``, until resolved.

>>> doc_key({"id": "09-CT/TW", "scope": "national"})
'09-CT/TW'
>>> doc_key({"id": "174-KH/TU", "scope": "Kiên Giang"})
'174-KH/TU@Kiên Giang'
>>> doc_key({"id": "95-KH/TU", "scope": None, "code": "KH/TU"})
'95-KH/TU@?'
>>> doc_key({"id": None, "type": "Chỉ thị", "number": "09"})
'Chỉ thị 09'
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

NATIONAL = "national"


def doc_key(ref: Mapping[str, Any]) -> str:
    """The corpus-wide key of one ``doc_refs`` entry (see the module doc)."""
    rid = ref.get("id")
    if not rid:
        return f"{ref.get('type') or '?'} {ref.get('number') or '?'}".strip()
    scope = ref.get("scope")
    if scope == NATIONAL:
        return str(rid)
    return f"{rid}@{scope or '?'}"
