"""A document signed by an office-holder: the issuer is the office (a deputy's
"Phó" kept), never the signer's name, even where the office's body names no place."""

from __future__ import annotations

import pytest

from ttcorpus.extract import extract_entities
from ttcorpus.models import Article


def _issuers(text: str) -> list[tuple[str, str | None]]:
    article = extract_entities(Article(id="t", source="", text=text))
    return [(r.code or r.number, r.issuer) for r in article.doc_refs or []]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Phó Chủ tịch UBND tỉnh Hoàng Văn Toàn đã ký Quyết định số 312/QĐ-UBND về việc "
         "công bố thủ tục hành chính.", "Phó Chủ tịch UBND tỉnh"),
        ("Chủ tịch UBND huyện Lò Văn Pha đã ký Quyết định số 45/QĐ-UBND.", "Chủ tịch UBND huyện"),
        ("Phó Chủ tịch UBND tỉnh Lai Châu Tống Thanh Hải đã ký Quyết định số 7/QĐ-UBND.",
         "Phó Chủ tịch UBND tỉnh Lai Châu"),
        ("Quyết định số 8/QĐ-UBND do Phó Chủ tịch UBND thành phố Đinh Thị Hạnh ký.",
         "Phó Chủ tịch UBND thành phố"),
        # a ward named after a person stays the body's name
        ("UBND phường Trần Hưng Đạo đã ban hành Kế hoạch số 12/KH-UBND.",
         "UBND phường Trần Hưng Đạo"),
        ("UBND xã Lê Lợi đã ban hành Kế hoạch số 3/KH-UBND.", "UBND xã Lê Lợi"),
    ],
)
def test_the_issuer_is_the_office_not_the_signer(text: str, issuer: str) -> None:
    assert [i for _, i in _issuers(text)] == [issuer]
