"""Decoding and normalisation: bytes → text, one spelling per character, and a
``fold`` key for matching names across spellings.

``decode_bytes`` reads any input file (Unicode with or without a byte-order mark,
legacy Vietnamese encodings, mojibake: see ``ttcorpus.encodings``); each fix of a
line is a small named function with an example, composed by ``normalize_line``.

>>> normalize_line("\\u00a0 \\u00a0 Chiều 20/2/2017,\\ttại  Hà Nội")
'Chiều 20/2/2017, tại Hà Nội'
>>> fold("Uỷ ban nhân dân") == fold("ỦY BAN NHÂN DÂN")
True
"""

from __future__ import annotations

import codecs
import re
import unicodedata

import regex

from ttcorpus import encodings

# Characters that are never text: zero-width marks, BOMs inside text, soft hyphen,
# direction marks and embeddings, invisible operators, interlinear annotation marks,
# and C0/C1 controls other than tab and newline. All are non-printable, so a
# printable line needs no scan. (The standard ``re`` module: faster on these
# plain classes; ``ttcorpus.clean.lines`` compiles the same pattern.)
_INVISIBLE = re.compile(
    r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u180e\ufeff\ufff9-\ufffb"
    r"\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"
)
# Every kind of horizontal white space, then runs of it.
_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000 ]+")
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
# In NFC text, an old-style tone needs o/u (not after q) followed by a toned a, e or
# y that no ASCII letter follows: without that, ``_OLD_STYLE`` cannot match and
# ``modern_tones`` has nothing to move ("quá", "toàn", "tuyến" are passed by).
_OLD_STYLE_HINT = re.compile(
    "[oOuU](?<![qQ][oOuU])["
    + "".join(unicodedata.normalize("NFC", v + t) for v in "aAeEyY" for t in _TONE_MARKS)
    + "](?![a-zA-Z])"
)
# The characters ``_TYPOGRAPHY`` rewrites: translate only the strings holding one
# (a translate with a mapping is slow on non-ASCII text, the search is not).
_TYPOGRAPHY_CHARS = re.compile("[\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019"
                               "\u2013\u2014\u2212\u2010\u2011\u2026]")


# Byte-order marks, longest first (a UTF-32-LE mark starts like a UTF-16-LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes) -> tuple[str, str, list[str]]:
    """Bytes → (text, encoding label, warnings).

    A byte-order mark decides first (UTF-8, UTF-16, UTF-32). Otherwise UTF-8; bytes
    that are not UTF-8 may be a legacy Vietnamese encoding (Windows-1258, TCVN3,
    VNI), taken when it reads convincingly as Vietnamese; else undecodable bytes
    become U+FFFD and a warning. Decoded text is then checked for mojibake and
    legacy-encoded lines (``ttcorpus.encodings.repair_text``): the label says what
    was applied, e.g. ``utf-8+mojibake-repaired`` or ``utf-8+tcvn3``. Ordinary
    UTF-8 costs one decode and one scan.

    >>> decode_bytes("\\ufeffHà Nội".encode("utf-8"))
    ('Hà Nội', 'utf-8-sig', [])
    >>> decode_bytes("Hà Nội".encode("utf-16"))
    ('Hà Nội', 'utf-16', [])
    >>> decode_bytes("Tá»•ng BÃ­ thÆ°".encode("utf-8"))
    ('Tổng Bí thư', 'utf-8+mojibake-repaired', [])
    >>> decode_bytes("Hà Nội".encode("utf-16-le"))  # no mark, but plainly UTF-16
    ('Hà Nội', 'utf-16-le', [])
    >>> decode_bytes(b"H\\xe0 N")[2]
    ['invalid UTF-8: 1 byte(s) replaced with U+FFFD']
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            text, warnings = _decode_unicode(data, name)
            return _repaired(text, name, warnings)
    utf16 = sniff_utf16(data)
    if utf16 is not None:
        text, warnings = _decode_unicode(data, utf16)
        return _repaired(text, utf16, warnings)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        legacy = encodings.decode_legacy(data)
        if legacy is not None:
            text, label = legacy
            return text, label, _lost_warning(text, label)
        text, warnings = _decode_unicode(data, "utf-8")
        return text, "utf-8", warnings
    return _repaired(text, "utf-8", [])


def sniff_utf16(data: bytes, window: int = 4096) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` for text without a byte-order mark whose
    every other byte is mostly NUL (the high bytes of ASCII), else None.

    >>> sniff_utf16("Sáng 12/4".encode("utf-16-be")), sniff_utf16("Sáng 12/4".encode())
    ('utf-16-be', None)
    """
    head = data[:window]
    if len(head) < 4 or b"\x00" not in head:
        return None
    pairs = len(head) // 2
    even, odd = head[0 : 2 * pairs : 2].count(0), head[1 : 2 * pairs : 2].count(0)
    if odd >= 0.4 * pairs and even <= 0.05 * pairs:
        return "utf-16-le"
    if even >= 0.4 * pairs and odd <= 0.05 * pairs:
        return "utf-16-be"
    return None


def _decode_unicode(data: bytes, name: str) -> tuple[str, list[str]]:
    """Decode with a Unicode codec; what is not valid becomes U+FFFD, with a
    warning that counts the bytes lost."""
    try:
        return data.decode(name), []
    except UnicodeDecodeError:
        text = data.decode(name, errors="replace")
        valid = data.decode(name, errors="ignore").encode(name)
        label = name.upper().replace("-SIG", "")
        return text, [f"invalid {label}: {len(data) - len(valid)} byte(s) replaced with U+FFFD"]


def _repaired(text: str, name: str, warnings: list[str]) -> tuple[str, str, list[str]]:
    """Decoded text with mojibake and legacy-encoded lines converted; the label
    gains each conversion applied."""
    text, fixes, more = encodings.repair_text(text)
    return text, "+".join((name, *fixes)), warnings + more


def _lost_warning(text: str, name: str) -> list[str]:
    lost = text.count("\ufffd")
    return [f"{name}: {lost} undefined byte(s) replaced with U+FFFD"] if lost else []


def split_lines(text: str) -> list[str]:
    """Split on LF, CRLF or lone CR (and nothing else: no form feeds or U+2028).

    >>> split_lines("a\\r\\nb\\rc\\nd")
    ['a', 'b', 'c', 'd']
    """
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def remove_invisible(text: str) -> str:
    """Drop zero-width, direction and control characters.

    >>> remove_invisible("Hà\\u200b Nội\\x07\\u200e")
    'Hà Nội'
    """
    return _INVISIBLE.sub("", text) if not text.isprintable() else text


def fix_eth(text: str) -> str:
    """Icelandic eth (Ð/ð), used by some CMSes for Vietnamese Đ/đ, becomes Đ/đ.

    >>> fix_eth("Ðảng ủy")
    'Đảng ủy'
    """
    return text.translate(_ETH) if "\u00d0" in text or "\u00f0" in text else text


def collapse_spaces(text: str) -> str:
    """Tabs, non-breaking and other spaces become one space; ends are stripped.

    >>> collapse_spaces("\\u00a0 a\\t\\tb  ")
    'a b'
    """
    if text.replace("\u00a0", " ").replace("\t", " ").isprintable():
        # No white space but spaces, tabs and no-break spaces: str.split() splits
        # on exactly those (the common case, and much faster than the pattern).
        return " ".join(text.split())
    return _SPACES.sub(" ", text).strip()


def normalize_line(line: str) -> str:
    """One input line as it appears in the output: NFC, Đ, no invisible
    characters, white space collapsed. (``ttcorpus.clean.lines.read_lines`` gives
    the same for every line of a text, faster; a test checks they agree.)

    >>> normalize_line("\\u200b\\u00a0Ðồng chí\\tNguye\\u0302\\u0303n  Văn A")
    'Đồng chí Nguyễn Văn A'
    """
    line = unicodedata.normalize("NFC", line)
    if line.replace("\u00a0", " ").replace("\t", " ").isprintable():
        # Nothing invisible, and no white space but spaces, tabs and no-break
        # spaces, on which str.split() splits: the common case, kept cheap.
        return " ".join(fix_eth(line).split())
    # NFC again once invisible characters are gone: "a\u200b\u0301" → "á".
    return collapse_spaces(fix_eth(unicodedata.normalize("NFC", remove_invisible(line))))


def modern_tones(text: str) -> str:
    """Move old-style tones on a final oa/oe/uy to the first vowel.

    >>> modern_tones("Uỷ ban hoà giải, thuỷ lợi, quý")
    'Ủy ban hòa giải, thủy lợi, quý'
    """
    composed = unicodedata.normalize("NFC", text)
    if not _OLD_STYLE_HINT.search(composed):
        return composed  # the common case: no old-style pair, nothing to move
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
    return text.translate(_TYPOGRAPHY) if _TYPOGRAPHY_CHARS.search(text) else text


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
