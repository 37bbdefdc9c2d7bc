"""Decoding and normalisation: bytes → text, one spelling per character, and a
``fold`` key for matching names across spellings.

Each fix is a small named function with an example, composed by ``normalize_text``
and ``normalize_line``.

>>> normalize_line("\\u00a0 \\u00a0 Chiều 20/2/2017,\\ttại  Hà Nội")
'Chiều 20/2/2017, tại Hà Nội'
>>> fold("Uỷ ban nhân dân") == fold("ỦY BAN NHÂN DÂN")
True
"""

from __future__ import annotations

import codecs
import unicodedata

import regex

# Characters that are never text: zero-width marks, BOMs inside text, soft hyphen,
# and C0/C1 controls other than tab and newline.
_INVISIBLE = regex.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Every kind of horizontal white space, then runs of it.
_SPACES = regex.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000 ]+")
_ETH = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})
_TYPOGRAPHY = str.maketrans(
    {
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
        "\u2018": "'", "\u2019": "'",
        "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
        "\u2026": "...",
    }
)
# Old-style tone placement on a syllable-final oa/oe/uy ("hoà", "Uỷ") → the modern
# one ("hòa", "Ủy"); "qu" is a consonant, so "quý" is left alone.
_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_OLD_STYLE = regex.compile(
    r"(?<![qQ])([oOuU])([aAeEyY])([" + _TONE_MARKS + r"])(?!\p{L}|\p{M})"
)


def decode_bytes(data: bytes) -> tuple[str, str, list[str]]:
    """Bytes → (text, encoding name, warnings). UTF-8 with or without BOM;
    undecodable bytes become U+FFFD and a warning.

    >>> decode_bytes("\\ufeffHà Nội".encode("utf-8"))
    ('Hà Nội', 'utf-8-sig', [])
    >>> decode_bytes(b"H\\xe0 N")[2]
    ['invalid UTF-8: 1 byte(s) replaced with U+FFFD']
    """
    if data.startswith(codecs.BOM_UTF8):
        name = "utf-8-sig"
    else:
        name = "utf-8"
    try:
        return data.decode(name), name, []
    except UnicodeDecodeError:
        text = data.decode(name, errors="replace")
        bad = text.count("\ufffd") - data.decode(name, errors="ignore").count("\ufffd")
        return text, name, [f"invalid UTF-8: {bad} byte(s) replaced with U+FFFD"]


def split_lines(text: str) -> list[str]:
    """Split on LF, CRLF or lone CR (and nothing else: no form feeds or U+2028).

    >>> split_lines("a\\r\\nb\\rc\\nd")
    ['a', 'b', 'c', 'd']
    """
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def remove_invisible(text: str) -> str:
    """Drop zero-width and control characters.

    >>> remove_invisible("Hà\\u200b Nội\\x07")
    'Hà Nội'
    """
    return _INVISIBLE.sub("", text)


def fix_eth(text: str) -> str:
    """Icelandic eth (Ð/ð), used by some CMSes for Vietnamese Đ/đ, becomes Đ/đ.

    >>> fix_eth("Ðảng ủy")
    'Đảng ủy'
    """
    return text.translate(_ETH)


def collapse_spaces(text: str) -> str:
    """Tabs, non-breaking and other spaces become one space; ends are stripped.

    >>> collapse_spaces("\\u00a0 a\\t\\tb  ")
    'a b'
    """
    return _SPACES.sub(" ", text).strip()


def normalize_line(line: str) -> str:
    """One input line as it appears in the output: NFC, Đ, no invisible
    characters, white space collapsed."""
    return collapse_spaces(fix_eth(remove_invisible(unicodedata.normalize("NFC", line))))


def modern_tones(text: str) -> str:
    """Move old-style tones on a final oa/oe/uy to the first vowel.

    >>> modern_tones("Uỷ ban hoà giải, thuỷ lợi, quý")
    'Ủy ban hòa giải, thủy lợi, quý'
    """
    decomposed = unicodedata.normalize("NFD", text)
    moved = _OLD_STYLE.sub(_move_tone, decomposed)
    return unicodedata.normalize("NFC", moved)


def _move_tone(m: regex.Match[str]) -> str:
    return m.group(1) + m.group(3) + m.group(2)


def unify_punctuation(text: str) -> str:
    """Curly and angle quotes become straight, dashes a hyphen, the ellipsis three dots.

    >>> unify_punctuation("“Tăng cường” – giai đoạn 2016–2020…")
    '"Tăng cường" - giai đoạn 2016-2020...'
    """
    return text.translate(_TYPOGRAPHY)


def fold(text: str | None) -> str:
    """A key for comparing names: NFC, Đ, unified quotes and dashes, modern tone
    placement, collapsed spaces, casefolded.

    >>> fold("  Thành Ủy  Hà Nội ") == fold("thành uỷ hà nội")
    True
    """
    if not text:
        return ""
    text = unify_punctuation(normalize_line(text))
    return modern_tones(text).casefold()
