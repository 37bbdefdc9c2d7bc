"""The cheaper tests of the line classifier answer as the plain ones they replace."""

from __future__ import annotations

from ttcorpus.clean import boilerplate as bp
from ttcorpus.clean import segment as sg
from ttcorpus.clean.phrases import FIRST_TOKEN_CHARS, first_token, tokens

SAMPLES = [
    "",
    "   ",
    "» Chia sẻ: Facebook",
    "E-mail:",
    "12 Tin",
    " . 12 ab",
    "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 Tin",
    "chữAA b",
    "...",
    "Quang cảnh hội nghị. Ảnh: Thu Hà",
    "Bà con dự ngày hội. (ảnh: Thu Hà) Báo cáo tại ngày hội cho biết, sau 4 năm",
    "Hà Nội ra quân bảo đảm trật tự đô thị - Báo Hà Nội Mới",
    "Quảng cáo Phát biểu tại hội nghị, đồng chí Bí thư Tỉnh ủy nhấn mạnh nhiệm vụ.",
    "Nội dung tài trợ (Ảnh minh họa) … biên giới./. Thanh Huyền Chia sẻ Facebook Zalo",
    "Theo Sponsored content, Tài trợ bởi Nội dung tài trợ.",
]


def _first_token_plain(text: str) -> str:
    """The first of the tokens of the first ``FIRST_TOKEN_CHARS`` characters."""
    found = tokens(text[:FIRST_TOKEN_CHARS])
    return found[0] if found else ""


def test_first_token_as_plain_split() -> None:
    for text in SAMPLES:
        assert first_token(text) == _first_token_plain(text), text


def _has_any(s: str, needles: tuple[str, ...]) -> bool:
    return any(n in s for n in needles)


def test_rules_as_plain_string_tests() -> None:
    for text in SAMPLES:
        for in_head in (False, True):
            found = _has_any(text, sg.LONG_LINE_TRIGGERS)
            expected = sg._RULE_SETS[(
                in_head, "|" in text, "/." in text,
                found and _has_any(text, bp.CREDIT_TRIGGERS),
                found and _has_any(text, bp.ADS),
            )]
            assert sg._rules_for(text, in_head) == expected, text

