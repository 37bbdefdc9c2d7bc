"""Legacy Vietnamese encodings and mis-decoded UTF-8: recognise them, convert to
Unicode.

Archives of Vietnamese text still hold three legacy encodings:

* Windows-1258 (``cp1258``), a code page that writes tones as combining marks;
* TCVN3 (ABC) and VNI, *font* encodings: each byte is drawn by a special font, so
  read as Latin-1 the text looks like mojibake ("Hµ Néi", "Haø Noäi").

And UTF-8 once read as Windows-1252 ("Tá»•ng" for "Tổng") is repaired with ftfy
plus a table of the Vietnamese letters.

Which reading is right is decided by the text itself: the reading in which more
words are well-formed Vietnamese syllables wins (``syllable_fit``). The mapping
tables are data files: ``data/encoding_tcvn3.tsv``, ``data/encoding_vni.tsv`` and
the spelling rules ``data/encoding_syllables.tsv``.

>>> tcvn3_to_unicode("Hµ Néi")
'Hà Nội'
>>> vni_to_unicode("Haø Noäi")
'Hà Nội'
>>> repair_text("Tá»•ng BÃ­ thÆ° Ä‘Ã£ phÃ¡t biá»ƒu.")
('Tổng Bí thư đã phát biểu.', ['mojibake-repaired'], [])
"""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ttcorpus.resources import data_rows

# Labels of what was applied; ``decode_bytes`` puts them in the record's ``encoding``.
CP1258 = "cp1258"
TCVN3 = "tcvn3"
VNI = "vni"
MOJIBAKE = "mojibake-repaired"

# A legacy reading is taken only with this many well-formed non-ASCII syllables,
# and at least this many times more of them than of ill-formed words: a short
# fragment (a name, "Hà Nái") is too little evidence to guess an encoding.
MIN_SYLLABLES = 5
MIN_RATIO = 4
# How many non-ASCII words are enough to judge a reading (the rest is not read).
SAMPLE_WORDS = 3000
# Around the first sign of trouble in a very long line, this many characters are judged.
SAMPLE_CHARS = 20_000
# ftfy is given lines up to this length (its own default limit); longer ones get
# only the table of Vietnamese letters.
FTFY_MAX_CHARS = 1_000_000

# --------------------------------------------------------------------------
# Windows-1252 as browsers read it: the five undefined bytes stay C1 controls.

_CP1252_FORWARD: dict[int, str] = {}
for _b in range(0x80, 0xA0):
    try:
        _CP1252_FORWARD[_b] = bytes([_b]).decode("cp1252")
    except UnicodeDecodeError:
        pass
_CP1252_BACK = str.maketrans({c: chr(b) for b, c in _CP1252_FORWARD.items()})


def sloppy_cp1252(data: bytes) -> str:
    """Bytes read as Windows-1252, undefined bytes kept as C1 controls (as web
    browsers do), so that every byte string reads and round-trips.

    >>> sloppy_cp1252(b"H\\xb5 N\\xe9i \\x93x\\x94 \\x81")
    'Hµ Néi “x” \\x81'
    """
    return data.decode("latin-1").translate(_CP1252_FORWARD)


def cp1252_bytes(text: str) -> bytes | None:
    """The bytes that ``sloppy_cp1252`` read as ``text``, or None when the text
    has characters no single byte gives.

    >>> cp1252_bytes("Néi “x”"), cp1252_bytes("Nội")
    (b'N\\xe9i \\x93x\\x94', None)
    """
    try:
        return text.encode("cp1252")
    except UnicodeEncodeError:
        pass
    try:  # undefined bytes were kept as C1 controls
        return text.translate(_CP1252_BACK).encode("latin-1")
    except UnicodeEncodeError:
        return None


# --------------------------------------------------------------------------
# The tables


def _byte_table(name: str) -> dict[str, str]:
    """A data table ``hex bytes → Unicode letter``, keyed by the bytes as Latin-1."""
    return {bytes.fromhex(row[0]).decode("latin-1"): row[1] for row in data_rows(name)}


def _alternation(keys: list[str]) -> re.Pattern[str]:
    """One pattern matching any key, longest first."""
    return re.compile("|".join(re.escape(k) for k in sorted(keys, key=lambda k: (-len(k), k))))


_TCVN3_TABLE = _byte_table("encoding_tcvn3.tsv")
_TCVN3_TRANSLATION = str.maketrans(_TCVN3_TABLE)
# The same as a 256-character decoding table for bytes (codecs.charmap_decode).
_TCVN3_CHARMAP = "".join(_TCVN3_TABLE.get(c, c) for c in sloppy_cp1252(bytes(range(256))))
_VNI_TABLE = _byte_table("encoding_vni.tsv")
_VNI_SEQUENCE = _alternation(list(_VNI_TABLE))

# The letters of Vietnamese outside ASCII: every vowel with its diacritics, and Đ/đ.
_VN_VOWELS = "aăâeêioôơuưy"
_TONES = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng
VIETNAMESE_LETTERS = frozenset(
    unicodedata.normalize("NFC", v + t)
    for base in (_VN_VOWELS, _VN_VOWELS.upper())
    for v in base
    for t in ("", *_TONES)
) - set("aeiouyAEIOUY") | {"đ", "Đ"}


# Punctuation of Vietnamese web text, whose mojibake is as unambiguous.
_PUNCTUATION = "\u201c\u201d\u2018\u2019\u2013\u2014\u2026\u2022\u00a0\u00ab\u00bb\u00b0\u00b7"


def _mojibake_table() -> dict[str, str]:
    """Each Vietnamese letter's (and common punctuation's) UTF-8 bytes as
    Windows-1252 and as Latin-1 show them ("á»‡" and "á»\\x87" for "ệ") → the
    character."""
    table = {}
    for letter in (*VIETNAMESE_LETTERS, *_PUNCTUATION):
        raw = letter.encode("utf-8")
        table[sloppy_cp1252(raw)] = letter
        table[raw.decode("latin-1")] = letter
    return table


_MOJIBAKE_TABLE = _mojibake_table()
_MOJIBAKE_SEQUENCE = _alternation(list(_MOJIBAKE_TABLE))

# --------------------------------------------------------------------------
# Conversions (each a function of text as it was read, usually through Latin-1)


def tcvn3_to_unicode(text: str) -> str:
    """TCVN3 (ABC) text read as Latin-1/Windows-1252 → Unicode. Capitals with
    tone marks were drawn by a separate upper-case font and come out lower case.

    >>> tcvn3_to_unicode("§¶ng ñy tØnh Ninh B×nh")
    'Đảng ủy tỉnh Ninh Bình'
    """
    raw = cp1252_bytes(text)
    if raw is None:  # other characters too: letter by letter
        return text.translate(_TCVN3_TRANSLATION)
    return decode_tcvn3(raw)


def decode_tcvn3(data: bytes) -> str:
    """TCVN3 bytes → Unicode (bytes below 0xA1 as Windows-1252).

    >>> decode_tcvn3(b"H\\xb5 N\\xe9i")
    'Hà Nội'
    """
    return codecs.charmap_decode(data, "strict", _TCVN3_CHARMAP)[0]


def vni_to_unicode(text: str) -> str:
    """VNI text read as Latin-1/Windows-1252 → Unicode.

    >>> vni_to_unicode("Ñaûng uûy tænh Ninh Bình")
    'Đảng ủy tỉnh Ninh Bình'
    """
    return _VNI_SEQUENCE.sub(_vni_letter, text)


def _vni_letter(m: re.Match[str]) -> str:
    return _VNI_TABLE[m.group()]


def cp1258_to_unicode(text: str) -> str | None:
    """Windows-1258 text read as Windows-1252 → Unicode (NFC), or None when the
    text is not such a reading.

    >>> cp1258_to_unicode("Vi\\u00ea\\u00f2t Nam")
    'Việt Nam'
    """
    raw = cp1252_bytes(text)
    if raw is None:
        return None
    return unicodedata.normalize("NFC", raw.decode("cp1258", errors="replace"))


def repair_mojibake(text: str) -> str:
    """UTF-8 that was read as Windows-1252 or Latin-1 → the text it was. The
    table of Vietnamese letters and punctuation does the common case; when signs
    of mojibake remain, ftfy's encoding fixes go first, then the table for the
    letters ftfy leaves (short or mixed runs).

    >>> repair_mojibake("â€œViá»‡t Namâ€\\x9d"), repair_mojibake("Hà Nội, Ä‘á»“ng chÃ­")
    ('“Việt Nam”', 'Hà Nội, đồng chí')
    >>> repair_mojibake("Ä\\x90iá»\\x81u 5 â€” Ä‘iá»ƒm a â„–3")
    'Điều 5 — điểm a №3'
    """
    fixed = _MOJIBAKE_SEQUENCE.sub(_mojibake_letter, text)
    if len(text) <= FTFY_MAX_CHARS and _SIGNS.search(fixed):
        import ftfy  # loaded on first need: most corpora never need it (0.1 s start-up)

        fixed = _MOJIBAKE_SEQUENCE.sub(_mojibake_letter, ftfy.fix_encoding(text))
    return fixed


def _mojibake_letter(m: re.Match[str]) -> str:
    return _MOJIBAKE_TABLE[m.group()]


# --------------------------------------------------------------------------
# Judging a reading: how many of its words are Vietnamese syllables


def _syllable_pattern() -> re.Pattern[str]:
    parts: dict[str, list[str]] = {"onset": [], "rhyme": []}
    for kind, spelling in data_rows("encoding_syllables.tsv"):
        parts[kind].append(spelling)
    onset = _alternation(parts["onset"]).pattern
    rhyme = _alternation(parts["rhyme"]).pattern
    return re.compile(f"(?:{onset})?(?:{rhyme})")


_SYLLABLE = _syllable_pattern()
_LONGEST_SYLLABLE = 7  # "nghiêng", "khuyếch"
_TONE_MARKS = frozenset(_TONES)
# Words: runs of anything but white space and ASCII punctuation, then stripped of
# quotes, dashes and other general punctuation at their ends (inside a word such a
# character is part of mojibake: "Ä‘ã" for "đã").
_WORD = re.compile(r"[^\s!-/:-@\[-`{-~]+")
_EDGE_PUNCTUATION = "".join(map(chr, range(0x2000, 0x2070))) + "\u00ab\u00bb\u00a1\u00bf"


# Rhymes ending in an off-glide (or the second half of a falling diphthong): the
# tone never sits on their last letter ("sèo", never "seò"; "mía", never "miá").
# After "q" ("quá") and "g" ("già") the first letter belongs to the onset.
_GLIDE_ENDINGS = frozenset("ai ao au ay âu ây eo êu iu oi ôi ơi ui ưi ưu ia ua ưa ya yu".split())


@functools.lru_cache(maxsize=65536)
def is_syllable(word: str) -> bool:
    """True when ``word`` is spelled like one Vietnamese syllable (any case, at
    most one tone mark, not on a final glide).

    >>> is_syllable("Nghiêng"), is_syllable("thuở"), is_syllable("Néi"), is_syllable("chaøo")
    (True, True, False, False)
    >>> is_syllable("sèo"), is_syllable("seò"), is_syllable("quá"), is_syllable("già")
    (True, False, True, True)
    """
    if len(word) > _LONGEST_SYLLABLE:
        return False
    letters = []
    toned = -1
    for i, char in enumerate(unicodedata.normalize("NFC", word.lower())):
        decomposed = unicodedata.normalize("NFD", char)
        bare = "".join(c for c in decomposed if c not in _TONE_MARKS)
        if len(bare) < len(decomposed):
            if toned >= 0 or not bare:
                return False
            toned = i
        letters.append(bare)
    spelled = unicodedata.normalize("NFC", "".join(letters))
    if toned == len(spelled) - 1 and spelled[-2:] in _GLIDE_ENDINGS:
        if spelled[-3:-2] not in ("q", "g"):
            return False
    return _SYLLABLE.fullmatch(spelled) is not None


@dataclass(frozen=True, slots=True)
class Fit:
    """How Vietnamese a reading looks: its non-ASCII words that are syllables
    (``good``), that are not (``bad``), U+FFFD characters (``replaced``); and, as
    context, its plain ASCII words that are (``plain_good``) and are not
    (``plain_bad``) Vietnamese syllables ("Nam", "tin" against "the", "Paris")."""

    good: int = 0
    bad: int = 0
    replaced: int = 0
    plain_good: int = 0
    plain_bad: int = 0

    @property
    def score(self) -> int:
        """Good words count for, broken ones against (a lost byte most)."""
        return self.good - 2 * self.bad - 3 * self.replaced

    @property
    def broken(self) -> int:
        """Non-ASCII words that are no syllable, and lost characters."""
        return self.bad + self.replaced

    @property
    def convincing(self) -> bool:
        """Enough well-formed syllables, and few words that are not."""
        return self.good >= MIN_SYLLABLES and self.good >= MIN_RATIO * self.broken

    @property
    def reads_as_vietnamese(self) -> bool:
        """Its words, plain ones included, are mostly syllables: Vietnamese,
        not French or English with a few accented words. (Lost characters are
        weighed by ``score``.)"""
        return self.good + self.plain_good >= MIN_RATIO * (self.bad + self.plain_bad)


_DIGIT = re.compile(r"\d")
_NEUTRAL, _SYLLABLE_WORD, _OTHER_WORD, _PLAIN_SYLLABLE, _PLAIN_OTHER = range(5)


@functools.lru_cache(maxsize=65536)
def _verdict(word: str) -> int:
    """What one word says: a non-ASCII word is a syllable or not; a plain
    lower- or title-case ASCII word too (as context); acronyms (UBND, HĐND),
    words with digits or with U+FFFD (counted apart) say nothing."""
    word = word.strip(_EDGE_PUNCTUATION)
    if _DIGIT.search(word) or "\ufffd" in word or not word:
        return _NEUTRAL
    if word.isascii():
        if not word.isalpha() or word.isupper():
            return _NEUTRAL
        return _PLAIN_SYLLABLE if is_syllable(word) else _PLAIN_OTHER
    if word.isupper() and word.replace("Đ", "").isascii() and not is_syllable(word):
        return _NEUTRAL  # an acronym: HĐND, NĐ-CP
    return _SYLLABLE_WORD if is_syllable(word) else _OTHER_WORD


def syllable_fit(text: str, limit: int = SAMPLE_WORDS) -> Fit:
    """Count the words of ``text`` (up to ``limit`` non-ASCII ones) that are,
    and are not, Vietnamese syllables.

    >>> syllable_fit("Tin Hà Nội, ngày 2/9 ở Paris")
    Fit(good=4, bad=0, replaced=0, plain_good=1, plain_bad=1)
    >>> syllable_fit("Hµ Néi, ngµy 2/9")
    Fit(good=0, bad=3, replaced=0, plain_good=0, plain_bad=0)
    """
    counts = [0, 0, 0, 0, 0]
    for m in _WORD.finditer(text):
        verdict = _verdict(m.group())
        counts[verdict] += 1
        if verdict in (_SYLLABLE_WORD, _OTHER_WORD) and counts[1] + counts[2] >= limit:
            break
    return Fit(counts[1], counts[2], text.count("\ufffd"), counts[3], counts[4])


# --------------------------------------------------------------------------
# Signs that a line needs a look. One scan decides that ordinary text (in Unicode,
# Vietnamese or not) needs nothing: these pairs of characters never occur in it.
# The scan stops only on the second character of a pair (a short class of rare
# characters) and then looks back, which keeps it at the speed of a class search.

# UTF-8 lead byte + continuation byte, as Windows-1252/Latin-1 show them ("Ã¡",
# "Ä‘", "Æ°"), the three-byte Vietnamese letters ("á»‡", "áº¿"), and punctuation
# ("â€œ" for a quote).
_CONTINUATION = (
    "\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
_UTF8_LEADS = "ÂÃÄÅÆ"
# Second bytes 0x80-0x9F of three-byte punctuation and symbols (U+2000-U+27FF)
# after "â" (0xE2): "â€œ", "â„–", "â˜°". "â" never ends a Vietnamese word.
_PUNCTUATION_LEADS = "".join(map(re.escape, sloppy_cp1252(bytes(range(0x80, 0xA0)))))
# TCVN3 letters that are symbols in Latin-1 ("Hµ", "B×nh", "Kh¬ng", "§¶ng"), next to
# an ASCII letter; « and » (ô, ằ) are left out: they are ordinary quotes.
_TCVN3_SYMBOLS = "¡-ª¬\u00ad®µ-¹¼-¾×÷"
# VNI diacritic bytes that are no Vietnamese letter ("aø", "eä"), after a vowel.
_VNI_VOWELS = "AEIOUYaeiouyÔÖôö"
_VNI_MARKS = "ÙØÛÏÅÄÜËùøûïåäüë"
# Windows-1258 tone bytes after a vowel ("Viêòt"), and "ư" + "ơ" ("Thýõng").
_CP1258_VOWELS = "AEIOUYaeiouyÂÊÔâêôÃãÕõÝý"
_CP1258_TONES = "ÌìÒÞò"
_SECOND = (
    _CONTINUATION + _PUNCTUATION_LEADS + _TCVN3_SYMBOLS + _VNI_MARKS + _CP1258_TONES + "Õõ"
)
_SIGNS = re.compile(
    f"[{_SECOND}](?:"
    f"(?<=[{_UTF8_LEADS}][{_CONTINUATION}])|(?<=á[º»])|(?<=â[{_PUNCTUATION_LEADS}])"
    f"|(?<=[A-Za-z][{_TCVN3_SYMBOLS}])|(?<=[{_TCVN3_SYMBOLS}])(?=[A-Za-z])"
    f"|(?<=[{_VNI_VOWELS}][{_VNI_MARKS}])"
    f"|(?<=[{_CP1258_VOWELS}][{_CP1258_TONES}])|(?<=[Ýý][Õõ])"
    ")"
)


def _font_encoded_line(convert: Callable[[str], str]) -> Callable[[str], str | None]:
    """A font-encoding conversion for whole lines: a line shown through Latin-1
    has only Windows-1252 characters; one with other letters ("ả", "ộ") is not
    such a line (None)."""

    def convert_line(line: str) -> str | None:
        return None if cp1252_bytes(line) is None else convert(line)

    return convert_line


# The conversions tried on a line that shows a sign, in order of preference on a tie.
LINE_CONVERSIONS: tuple[tuple[str, Callable[[str], str | None]], ...] = (
    (MOJIBAKE, repair_mojibake),  # mixed lines too: a run of mojibake inside Unicode
    (TCVN3, _font_encoded_line(tcvn3_to_unicode)),
    (VNI, _font_encoded_line(vni_to_unicode)),
    (CP1258, cp1258_to_unicode),
)


def needs_repair(text: str) -> bool:
    """True when ``text`` shows a sign of mojibake or of a legacy encoding read
    as Latin-1. Ordinary text, Vietnamese or not, shows none.

    >>> needs_repair("Tổng Bí thư; Müller, São Paulo, «Hà Nội»"), needs_repair("Hµ Néi")
    (False, True)
    """
    return not text.isascii() and _SIGNS.search(text) is not None


def _sample(line: str) -> str:
    """The part of a line that is judged: all of it, or a window of a long one
    starting a little before its first sign of trouble."""
    if len(line) <= SAMPLE_CHARS:
        return line
    m = _SIGNS.search(line)
    start = max(0, (m.start() if m else 0) - 1000)
    return line[start : start + SAMPLE_CHARS]


# Broken words a conversion must mend on a line before it is first believed: one
# for mojibake (its signs are specific), three for the font encodings and
# Windows-1258, whose Latin-1 letters also spell foreign words (VNI reads French
# "où coût" as "ó cỏt"). Once believed on one line, a conversion is tried on every
# other line of the text too, and needs to mend one word there.
MIN_MENDED = {MOJIBAKE: 1, TCVN3: 3, VNI: 3, CP1258: 3}


def _believable(fit: Fit, than: Fit, before: Fit, min_mended: int, first: bool) -> bool:
    """A better score than ``than``; at least ``min_mended`` fewer broken words
    than the text had, and as many more syllables; mostly syllables. The
    ``first`` belief in a conversion needs the whole line to read as Vietnamese."""
    mended = min(before.broken - fit.broken, fit.good - before.good)
    return (
        fit.score > than.score
        and mended >= min_mended
        and fit.good >= 2 * fit.broken
        and (not first or fit.reads_as_vietnamese)
    )


def best_reading(
    text: str, readings: dict[str, str | None], established: Sequence[str] = ()
) -> str | None:
    """The label of the reading that is believably more Vietnamese than ``text``
    (mends enough broken words, then the best score), or None. A conversion in
    ``established`` (believed elsewhere in the text) needs to mend one word.

    >>> best_reading("Hµ Néi ngµy", {"tcvn3": "Hà Nội ngày", "vni": "Hµ Néi ngµy"})
    'tcvn3'
    >>> best_reading("où coût", {"vni": "ó cỏt"}), best_reading("où", {"vni": "ó"}, ["vni"])
    (None, 'vni')
    """
    before = syllable_fit(text)
    best, best_fit = None, before
    for label, reading in readings.items():
        if reading is None or reading == text:
            continue
        fit = syllable_fit(reading)
        first = label not in established
        need = MIN_MENDED[label] if first else 1
        if _believable(fit, best_fit, before, need, first):
            best, best_fit = label, fit
    return best


_CONVERT = dict(LINE_CONVERSIONS)


def _mojibake_cleared(line: str, reading: str, before: Fit) -> bool:
    """Mojibake signs gone, nothing broken more: enough for a line of a text
    already believed to hold mojibake ("Thu HÃ\u00a0" for "Thu Hà": "hã" is a
    syllable too, so no word was mended)."""
    fit = syllable_fit(reading)
    return (
        not _SIGNS.search(reading) and fit.broken <= before.broken and fit.good >= before.good
    ) and reading != line


def repair_line(
    line: str, established: Sequence[str] = (), *, only_established: bool = False
) -> tuple[str, str | None]:
    """One line → (the line, converted if a conversion makes it believably more
    Vietnamese; the label of that conversion or None). Conversions already
    believed on other lines (``established``, latest last) are tried first and
    kept when they leave no broken word; with ``only_established`` no other is.

    >>> repair_line("Xin chaøo caùc baïn")
    ('Xin chào các bạn', 'vni')
    >>> repair_line("Café Müller")
    ('Café Müller', None)
    >>> repair_line("Tin lieân quan"), repair_line("Tin lieân quan", ["vni"])
    (('Tin lieân quan', None), ('Tin liên quan', 'vni'))
    """
    sample = _sample(line)
    before = syllable_fit(sample)
    label = None
    for known in reversed(established):
        reading = _CONVERT[known](sample)
        if reading is None or reading == sample:
            continue
        fit = syllable_fit(reading)
        if (fit.broken == 0 and _believable(fit, before, before, 1, first=False)) or (
            known == MOJIBAKE and _mojibake_cleared(sample, reading, before)
        ):
            label = known
            break
    if label is None and not only_established and before.broken:
        readings = {k: convert(sample) for k, convert in LINE_CONVERSIONS}
        label = best_reading(sample, readings, established)
    if label is None:
        return line, None
    converted = _CONVERT[label](line)
    return (line if converted is None else converted), label


def repair_text(text: str) -> tuple[str, list[str], list[str]]:
    """Already-decoded text → (text with mojibake and legacy-encoded lines
    converted, the labels of the conversions applied, warnings).

    Lines with a sign of trouble are judged; once a conversion is believed on
    one of them, it is tried on the text's other non-ASCII lines as well (a
    legacy line may show no sign: "Tin lieân quan"). Ordinary text costs one scan.

    >>> repair_text("Hà Nội\\nNgµy 2/9, Chñ tÞch n­íc ph¸t biÓu.\\nTuæi trÎ\\n")
    ('Hà Nội\\nNgày 2/9, Chủ tịch nước phát biểu.\\nTuổi trẻ\\n', ['tcvn3'], [])
    >>> repair_text("The Economist, São Paulo")
    ('The Economist, São Paulo', [], [])
    """
    if not needs_repair(text):
        return text, [], []
    lines = text.splitlines(keepends=True)
    labels: list[str] = []
    converted: set[int] = set()
    for i, line in enumerate(lines):
        if _SIGNS.search(line):
            lines[i], label = repair_line(line, labels)
            if label is not None:
                converted.add(i)
                labels += [label] if label not in labels else []
    if not labels:
        return text, [], []
    for i, line in enumerate(lines):  # the lines before the first belief, and signless ones
        if i not in converted and not line.isascii():
            lines[i], label = repair_line(line, labels, only_established=True)
            if label is not None:
                converted.add(i)
    lost = sum(lines[i].count("\ufffd") for i in converted)
    warnings = []
    if lost:
        warnings.append(f"{lost} character(s) of mis-decoded text could not be recovered (U+FFFD)")
    return "".join(lines), labels, warnings


# --------------------------------------------------------------------------
# Writing the legacy encodings (for tests and round trips)

_TCVN3_REVERSE = {u: k for k, u in _TCVN3_TABLE.items()}
_VNI_REVERSE = {u: k for k, u in _VNI_TABLE.items()}


def _cp1258_char(char: str) -> str:
    """One letter as Windows-1258 writes it: precomposed when the code page has
    it, else the base letter (with its circumflex, breve or horn) and a tone mark."""
    try:
        char.encode("cp1258")
        return char
    except UnicodeEncodeError:
        decomposed = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in decomposed if c in _TONE_MARKS)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
        return base + tones


def encode_legacy(text: str, label: str) -> bytes:
    """Unicode → the bytes of a legacy encoding (``cp1258``, ``tcvn3`` or ``vni``);
    what has no code becomes "?". TCVN3 has no code for capitals with tone marks
    (an upper-case font drew them from the lower-case codes): they are written in
    lower case.

    >>> encode_legacy("Việt Nam", "cp1258"), encode_legacy("Việt Nam", "tcvn3")
    (b'Vi\\xea\\xf2t Nam', b'Vi\\xd6t Nam')
    >>> encode_legacy("Việt Nam", "vni")
    b'Vie\\xe4t Nam'
    """
    text = unicodedata.normalize("NFC", text)
    if label == CP1258:
        return "".join(_cp1258_char(c) for c in text).encode("cp1258", errors="replace")
    if label == TCVN3:
        written = "".join(_TCVN3_REVERSE.get(c) or _TCVN3_REVERSE.get(c.lower(), c) for c in text)
    else:
        written = "".join(_VNI_REVERSE.get(c, c) for c in text)
    return cp1252_bytes(written) or written.encode("latin-1", errors="replace")


# --------------------------------------------------------------------------
# Bytes that are not UTF-8


def legacy_readings(data: bytes) -> dict[str, str]:
    """Every legacy reading of ``data``: Windows-1258 (NFC), TCVN3 and VNI.

    >>> legacy_readings(b"H\\xe0 N\\xf4\\xf2i")["cp1258"]
    'Hà Nội'
    """
    return {label: read(data) for label, read in LEGACY_DECODERS.items()}


def _decode_cp1258(data: bytes) -> str:
    return unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))


def _decode_vni(data: bytes) -> str:
    return vni_to_unicode(sloppy_cp1252(data))


LEGACY_DECODERS: dict[str, Callable[[bytes], str]] = {
    CP1258: _decode_cp1258,
    TCVN3: decode_tcvn3,
    VNI: _decode_vni,
}
# The head of the bytes that is judged (cut at a line end).
SAMPLE_BYTES = 65_536


def _head(data: bytes) -> bytes:
    if len(data) <= SAMPLE_BYTES:
        return data
    head = data[:SAMPLE_BYTES]
    cut = head.rfind(b"\n")
    return head[: cut + 1] if cut > 0 else head


def decode_legacy(data: bytes) -> tuple[str, str] | None:
    """Bytes that are not valid UTF-8 → (text, label) when a legacy Vietnamese
    encoding reads them convincingly (enough well-formed syllables, clearly
    better than UTF-8 with replacement characters), else None. The head of the
    bytes is judged; the whole is then read with the winner.

    >>> sentence = "Sáng nay, Thủ tướng Chính phủ chủ trì hội nghị trực tuyến với các địa phương."
    >>> decode_legacy(encode_legacy(sentence, "cp1258")) == (sentence, "cp1258")
    True
    >>> decode_legacy(encode_legacy(sentence, "vni")) == (sentence, "vni")
    True
    >>> decode_legacy(encode_legacy("Hà Nội", "cp1258")) is None  # too short to tell
    True
    """
    head = _head(data)
    fits = {label: syllable_fit(read(head)) for label, read in LEGACY_DECODERS.items()}
    label = max(fits, key=lambda k: fits[k].score)
    baseline = syllable_fit(head.decode("utf-8", errors="replace"))
    if not fits[label].convincing or fits[label].score <= baseline.score:
        return None
    return LEGACY_DECODERS[label](data), label
