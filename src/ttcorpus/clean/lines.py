"""Line features for the cleaner: the normalised lines of an article with their
indentation, and the shape of a piece of text — how many words, how it ends,
whether it reads as prose, whether it is a bare personal name, where its sentences
break.

>>> read_lines("Tiêu đề\\r\\n\\r\\n\\u00a0 Sáng 12/4,  tại Hà Nội.")
[(1, 'Tiêu đề', 0), (3, 'Sáng 12/4, tại Hà Nội.', 2)]
>>> is_prose("Sáng 12/4, tại Hà Nội, Bộ Công an tổ chức hội nghị giao ban công tác dân vận.")
True
>>> is_person_name("Xuân Tùng"), is_person_name("Xây dựng Đảng")
(True, False)
"""

from __future__ import annotations

import re
import unicodedata

import regex

from ttcorpus import normalize

# ---------------------------------------------------------------------------
# Reading lines. ``read_lines`` gives exactly ``normalize_line`` of every line of
# ``split_lines`` (a property test checks it), but cheaply: one NFC call for the
# whole text, and lines that hold only printable characters and plain spaces (almost
# all of them) skip the character-class scans; other lines go through
# ``ttcorpus.normalize`` itself.

_ETH_CHARS = ("\u00d0", "\u00f0")
_INVISIBLE = re.compile(normalize._INVISIBLE.pattern)
_KEPT_SEPARATORS = ("\u2028", "\u2029")


def _split_matches_normalize() -> bool:
    """str.split() splits on exactly the characters normalize collapses, once the
    invisible ones are dropped and line/paragraph separators set aside."""
    splitting = {chr(i) for i in range(0x3001) if chr(i).isspace()}
    splitting -= {"\n", "\r", *_KEPT_SEPARATORS}
    splitting = {c for c in splitting if not normalize._INVISIBLE.fullmatch(c)}
    collapsed = {chr(i) for i in range(0x3001) if normalize._SPACES.fullmatch(chr(i))}
    return splitting == collapsed


_SPLIT_IS_EXACT = _split_matches_normalize()
_SPACE_RUN = re.compile("  +")


def read_lines(text: str) -> list[tuple[int, str, int]]:
    """The non-blank lines of ``text`` as ``(number, normalised text, indent)``:
    numbers are 1-based over ``split_lines(text)``, the text is
    ``normalize_line(line)``, ``indent`` counts the white-space characters that
    opened the raw line (0 when it was flush left).

    >>> read_lines("a\\n\\u00a0\\u00a0b\\tc\\n\\n")
    [(1, 'a', 0), (2, 'b c', 2)]
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    t = unicodedata.normalize("NFC", text)
    if _ETH_CHARS[0] in t or _ETH_CHARS[1] in t:
        t = normalize.fix_eth(t)
    out = []
    for n, raw in enumerate(t.split("\n"), 1):
        if not raw:
            continue
        if raw.isprintable():
            # Nothing invisible and no white space but " ": only runs of spaces
            # and the ends can differ from the normalised line.
            s = raw.strip()
            if "  " in s:
                s = _SPACE_RUN.sub(" ", s)
            if s:
                out.append((n, s, len(raw) - len(raw.lstrip()) if raw[0] == " " else 0))
            continue
        spaced = raw.replace("\u00a0", " ")
        if "\t" in spaced:
            spaced = spaced.replace("\t", " ")
        if _SPLIT_IS_EXACT and spaced.isprintable():
            # no-break spaces and tabs only (indented paragraphs): as above, once
            # they are plain spaces
            s = spaced.strip()
            if "  " in s:
                s = _SPACE_RUN.sub(" ", s)
            indent = len(spaced) - len(spaced.lstrip())
        else:
            # NFC again once invisible characters are gone ("a\u200b\u0301" → "á"),
            # as normalize_line does.
            raw = unicodedata.normalize("NFC", _INVISIBLE.sub("", raw))
            if _SPLIT_IS_EXACT and not any(c in raw for c in _KEPT_SEPARATORS):
                s = " ".join(raw.split())
            else:
                s = normalize.collapse_spaces(raw)
            indent = len(raw) - len(raw.lstrip())
        if s:
            out.append((n, s, indent))
    return out


# ---------------------------------------------------------------------------
# Shape of a piece of text

SENTENCE_FINAL = frozenset(".!?…")
# Characters that may close a sentence after its final mark: quotes, brackets.
CLOSERS = "\"'”’»)]*"
_TRAILING_CLOSERS = CLOSERS + " "
PROSE_MIN_WORDS = 10  # a sentence-final line shorter than this is not a paragraph
LONG_PROSE_WORDS = 35  # a line this long is a paragraph whatever its last mark


def word_count(text: str) -> int:
    """Words in a normalised text (single spaces between words).

    >>> word_count("Quang cảnh hội nghị.")
    4
    """
    return text.count(" ") + 1 if text else 0


def final_mark(text: str) -> str:
    """The punctuation mark that ends ``text`` (closing quotes and brackets
    skipped), or "" when it ends with a letter or digit.

    >>> final_mark('… "Bảo vệ an ninh Tổ quốc."'), final_mark("Tổ quốc"), final_mark("(0)")
    ('.', '', '')
    """
    c = text[-1:]
    if c in _TRAILING_CLOSERS:  # (also when text is empty)
        s = text.rstrip(_TRAILING_CLOSERS)
        if not s:
            return ""
        c = s[-1]
    return c if not c.isalnum() else ""


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends with ``.``, ``!``, ``?`` or ``…`` (quotes allowed after).

    >>> ends_sentence("Các đại biểu tham dự Hội nghị."), ends_sentence("Tin liên quan")
    (True, False)
    """
    return final_mark(text) in SENTENCE_FINAL


def is_prose(text: str, words: int | None = None) -> bool:
    """A paragraph of running text: at least ten words ending with sentence
    punctuation (or ``:``/``;`` closing a list intro or item), or a long line.

    >>> is_prose("Chia sẻ:")
    False
    """
    n = word_count(text) if words is None else words
    if n >= LONG_PROSE_WORDS:
        return True
    if n < PROSE_MIN_WORDS:
        return False
    mark = final_mark(text)
    return bool(mark) and (mark in SENTENCE_FINAL or mark in ":;")


def is_all_caps(text: str) -> bool:
    """Written in capitals (at least two letters, no lower-case letter).

    >>> is_all_caps("BÁO TUYÊN QUANG ĐIỆN TỬ"), is_all_caps("Báo Lào Cai")
    (True, False)
    """
    return text.upper() == text and sum(map(str.isalpha, text[:8])) >= 2


# A syllable of a personal name: capital, then lower-case letters (no digits, no
# capitals inside, so acronyms such as "TTXVN" are not names).
# A syllable may open with a consonant and an apostrophe in the names of the Central
# Highlands peoples ("K'Lim", "H'Ngọc", "K'lơng").
NAME_WORD = r"\p{Lu}(?:['’]\p{Lu}?)?\p{Ll}{0,7}"  # "K'Brêu", "K’Brêu"
PERSON_NAME = rf"{NAME_WORD}(?: {NAME_WORD}){{1,4}}"
_PERSON_NAME = regex.compile(PERSON_NAME)


def is_person_name(text: str) -> bool:
    """Two to five capitalised syllables and nothing else.

    >>> is_person_name("Thu Hà"), is_person_name("TIỀN PHONG"), is_person_name("Hà")
    (True, False, False)
    """
    return _PERSON_NAME.fullmatch(text) is not None


# A sentence ends at . ! ? … after a lower-case letter, a digit or a closing
# quote/bracket (so "TP. Hồ Chí Minh" does not break), before a space and a capital,
# a digit or an opening quote. Candidates come from a quick scan; the letters around
# them are checked in Python (faster than a look-behind).
_BREAK_CANDIDATE = re.compile(r"[.!?…]{1,3}[\"”’)\]]? (?=[\w\"“(\[])")
_BEFORE_MARK = "\"”’)]"
_AFTER_SPACE = "\"“(["


def _is_break(text: str, m: re.Match[str]) -> bool:
    before = text[m.start() - 1] if m.start() else ""
    after = text[m.end()]
    return (
        (before.islower() or before.isdigit() or (before != "" and before in _BEFORE_MARK))
        and (after.isupper() or after.isdigit() or after in _AFTER_SPACE)
    )


def sentence_starts(text: str) -> list[int]:
    """Offsets where the sentences of ``text`` begin (always starting with 0).

    >>> s = "Ông Dìn nói. Đại tá Thanh trao giấy khen. TP. Hồ Chí Minh"
    >>> [s[i:i + 6] for i in sentence_starts(s)]
    ['Ông Dì', 'Đại tá', 'TP. Hồ']
    """
    return [0] + [m.end() for m in _BREAK_CANDIDATE.finditer(text) if _is_break(text, m)]


def has_inner_sentence_break(text: str) -> bool:
    """True when ``text`` holds more than one sentence.

    >>> has_inner_sentence_break("Quang cảnh hội nghị."), has_inner_sentence_break("A b. Cd e.")
    (False, True)
    """
    return any(_is_break(text, m) for m in _BREAK_CANDIDATE.finditer(text))
