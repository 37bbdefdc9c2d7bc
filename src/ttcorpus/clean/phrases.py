"""Phrase lists indexed by their words, to tell in one pass which lists a short
line is made of (a share row, a counter, a menu) or opens with.

A line is cut into word tokens (casefolded; separators, bullets and numbers are
not tokens), and runs of tokens are looked up in one dictionary of all phrases —
no regular expression per list, no loop over the phrases.

>>> index = PhraseIndex({"share": ["Chia sẻ", "Facebook", "Zalo"], "nav": ["Trang chủ"]})
>>> sorted(index.kinds_made_of(tokens("Chia sẻ: Facebook | Zalo")))
['share']
>>> index.kinds_made_of(tokens("Chia sẻ kinh nghiệm"))
frozenset()
>>> index.kinds_opening(tokens("Trang chủ » Thời sự"))
(frozenset({'nav'}), 2)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

# A token: a run of characters that are not white space or punctuation used as a
# separator in page chrome (":", "|", "/", bullets, brackets, quotes, dashes), and
# not a bare number (counts and values are not words).
_WORD_CHARS = r"[^\s|:/·•,.;…*()\[\]»«>\-–—!?#\"“”'’]"
_NOT_DIGIT = r"[^\s|:/·•,.;…*()\[\]»«>\-–—!?#\"“”'’\d]"
_TOKEN = re.compile(rf"\d*{_NOT_DIGIT}{_WORD_CHARS}*")


# A letter running into an ASCII capital inside a word ("cỡ chữAA"): such text is
# tokenised the slow way, splitting where a lower-case letter meets a capital.
_GLUED = re.compile(r"[^\W\dA-Z_][A-Z]")


def _split_glued(token: str) -> list[str]:
    """Split where a lower-case letter runs into a capital: "chữAA" → "chữ", "AA"."""
    for k in range(1, len(token)):
        if token[k].isupper() and token[k - 1].islower():
            return [token[:k], *_split_glued(token[k:])]
    return [token]


def tokens(text: str) -> list[str]:
    """The casefolded word tokens of ``text``; numbers are left out.

    >>> tokens("Hôm nay: 6.293"), tokens("Xem với cỡ chữAA")
    (['hôm', 'nay'], ['xem', 'với', 'cỡ', 'chữ', 'aa'])
    """
    if _GLUED.search(text):
        parts = [p for tok in _TOKEN.findall(text) for p in _split_glued(tok)]
        return [p.casefold() for p in parts]
    return _TOKEN.findall(text.casefold())


def after_tokens(text: str, n: int) -> str:
    """The first character after the ``n``-th token of ``text`` and the spaces after
    it ("" at the end).

    >>> after_tokens("Đọc thêm: Bắc Hà", 2)
    ':'
    """
    end = 0
    for k, m in enumerate(_TOKEN.finditer(text), 1):
        end = m.end()
        if k == n:
            break
    return text[end:].lstrip()[:1]


_NONE: frozenset[str] = frozenset()


class PhraseIndex:
    """Phrases of several kinds, looked up by their word tokens."""

    def __init__(self, lists: Mapping[str, Iterable[str]]) -> None:
        table: dict[tuple[str, ...], set[str]] = {}
        for kind, phrases in lists.items():
            for phrase in phrases:
                key = tuple(tokens(phrase))
                if key:
                    table.setdefault(key, set()).add(kind)
        self._table = {k: frozenset(v) for k, v in table.items()}
        # First token → length of the longest phrase that starts with it.
        self._starts: dict[str, int] = {}
        for key in self._table:
            self._starts[key[0]] = max(self._starts.get(key[0], 0), len(key))

    def _longest_at(self, toks: list[str], i: int) -> tuple[frozenset[str], int]:
        longest = self._starts.get(toks[i])
        if longest is None:
            return _NONE, 0
        for n in range(min(longest, len(toks) - i), 0, -1):
            kinds = self._table.get(tuple(toks[i : i + n]))
            if kinds is not None:
                return kinds, n
        return _NONE, 0

    def kinds_opening(self, toks: list[str]) -> tuple[frozenset[str], int]:
        """The kinds of the longest phrase that opens ``toks``, and its length."""
        return self._longest_at(toks, 0) if toks else (_NONE, 0)

    def kinds_made_of(self, toks: list[str]) -> frozenset[str]:
        """The kinds whose phrases, one after another (longest first), make up all
        of ``toks``."""
        kinds: frozenset[str] | None = None
        i = 0
        while i < len(toks):
            found, n = self._longest_at(toks, i)
            if not n:
                return _NONE
            kinds = found if kinds is None else kinds & found
            if not kinds:
                return _NONE
            i += n
        return kinds or _NONE
