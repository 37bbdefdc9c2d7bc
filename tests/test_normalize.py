"""Normalising keys: ``fold`` and its parts, and their fast paths checked against
the plain definitions on generated text."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ttcorpus import normalize
from ttcorpus.normalize import fold, modern_tones, unify_punctuation

# Letters and marks where the rules bite: o/u/q, toned and untoned a/e/y in both
# composed and decomposed form, combining tones, quotes and dashes.
_PIECES = [
    *"oOuUqQaAeEyYàÀỷỶéÉẹoaueôơưhnğ1² ",
    "\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302",
    "“", "”", "«", "»", "‘", "’", "–", "—", "−", "…", "-", '"',
]
_text = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)


def _plain_modern_tones(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", normalize._OLD_STYLE.sub(normalize._move_tone, decomposed))


@settings(max_examples=1500, deadline=None)
@given(_text)
def test_modern_tones_fast_path_equals_the_plain_rule(text: str) -> None:
    assert modern_tones(text) == _plain_modern_tones(text)


@settings(max_examples=500, deadline=None)
@given(_text)
def test_unify_punctuation_fast_path_equals_translate(text: str) -> None:
    assert unify_punctuation(text) == text.translate(normalize._TYPOGRAPHY)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Uỷ ban", "Ủy ban"),
        ("hoà bình", "hòa bình"),
        ("khoẻ mạnh", "khỏe mạnh"),
        ("thuỷ lợi", "thủy lợi"),
        ("quý, quỳ", "quý, quỳ"),  # "qu" is a consonant
        ("hoàng, toàn", "hoàng, toàn"),  # the tone is not syllable-final: modern already
        ("Uy\u0309 ban", "Ủy ban"),  # decomposed input
    ],
)
def test_modern_tones(old: str, new: str) -> None:
    assert modern_tones(old) == new


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Uỷ ban nhân dân", "ỦY BAN NHÂN DÂN"),
        ("“Tăng cường” – 2016–2020", '"tăng cường" - 2016-2020'),
        ("  Ban  Chỉ đạo ", "ban chỉ đạo"),
        ("Ðảng ủy", "Đảng ủy"),
    ],
)
def test_fold_merges_spellings(a: str, b: str) -> None:
    assert fold(a) == fold(b)
