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

# Separators of page chrome (":", "|", "/", bullets, brackets, quotes, dashes): a
# token is a run of other non-space characters that is not a bare number. Plain
# string replacement is several times faster here than a regular expression.
SEPARATORS = "|:/·•,.;…*()[]»«>-–—!?#\"“”'’"


def _split_glued(token: str) -> list[str]:
    """Split where a lower-case letter runs into a capital: "chữAA" → "chữ", "AA"."""
    for k in range(1, len(token)):
        if token[k].isupper() and token[k - 1].islower():
            return [token[:k], *_split_glued(token[k:])]
    return [token]


def tokens(text: str) -> list[str]:
    """The casefolded word tokens of ``text``; numbers are left out.

    >>> tokens("Hôm nay: 6.293"), tokens("Xem với cỡ chữAA"), tokens("E-mail (*)")
    (['hôm', 'nay'], ['xem', 'với', 'cỡ', 'chữ', 'aa'], ['e', 'mail'])
    """
    for c in SEPARATORS:
        if c in text:
            text = text.replace(c, " ")
    out = []
    for word in text.split():
        if word.isdigit():
            continue
        if word.islower() or word.isupper() or word.istitle():
            out.append(word.casefold())
        else:  # mixed case inside a word: maybe glued ("chữAA")
            out.extend(part.casefold() for part in _split_glued(word))
    return out


def first_token(text: str) -> str:
    """The first word token of ``text`` ("" if none), cheaply.

    >>> first_token("» Chia sẻ: Facebook"), first_token("E-mail:"), first_token("12 Tin")
    ('chia', 'e', 'tin')
    """
    rest = text[:FIRST_TOKEN_CHARS]
    # the words of ``rest.split()`` one at a time (the first one mostly serves)
    while parts := rest.split(None, 1):
        word, rest = parts if len(parts) == 2 else (parts[0], "")
        word = word.strip(SEPARATORS)
        if not word or word.isdigit():
            continue
        if word.isalnum() and (word.islower() or word.isupper() or word.istitle()):
            return word.casefold()
        found = tokens(word)
        if found:
            return found[0]
    return ""


def after_tokens(text: str, n: int) -> str:
    """The first character after the ``n``-th token of ``text`` and the spaces after
    it ("" at the end).

    >>> after_tokens("Đọc thêm: Bắc Hà", 2)
    ':'
    """
    seen = 0
    i = 0
    while i < len(text) and seen < n:
        while i < len(text) and (text[i].isspace() or text[i] in SEPARATORS):
            i += 1
        if i < len(text):
            seen += 1
        while i < len(text) and not (text[i].isspace() or text[i] in SEPARATORS):
            i += 1
    return text[i:].lstrip()[:1]


def literal_alternation(literals: Iterable[str]) -> str:
    """A ``re`` pattern matching any of ``literals`` exactly, as a trie: strings
    that share a prefix share its test, so one scan looks for them all.

    >>> literal_alternation(["Ảnh", "ẢNH", "Clip"])
    '(?:Clip|Ả(?:NH|nh))'
    >>> bool(re.compile(literal_alternation(["ab", "abc", "b"])).fullmatch("abc"))
    True
    """
    trie: dict[str, dict] = {}
    for literal in literals:
        node = trie
        for ch in literal:
            node = node.setdefault(ch, {})
        node[""] = {}  # a literal ends here
    return _trie_pattern(trie) or "(?!)"


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = [re.escape(ch) + _trie_pattern(node[ch]) for ch in sorted(node) if ch]
    if not branches:
        return ""
    if "" in node:  # a literal ends here, longer ones go on
        return "(?:" + "|".join(branches) + ")?"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


_NONE: frozenset[str] = frozenset()
FIRST_TOKEN_CHARS = 32


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

    def may_open(self, text: str) -> bool:
        """Quick test before tokenising: can the first word of ``text`` open a phrase?

        >>> PhraseIndex({"nav": ["Trang chủ"]}).may_open("Trang chủ » Tin tức")
        True
        """
        return first_token(text) in self._starts

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

    def _cover(self, toks: list[str]) -> list[frozenset[str]] | None:
        """The kinds of each phrase when phrases, one after another (longest first),
        make up all of ``toks``; None when a token is in none."""
        kinds: list[frozenset[str]] = []
        i = 0
        while i < len(toks):
            found, n = self._longest_at(toks, i)
            if not n:
                return None
            kinds.append(found)
            i += n
        return kinds

    def first_kinds_of_cover(self, toks: list[str]) -> frozenset[str]:
        """The kinds of the first phrase when phrases of any kinds, one after another
        (longest first), make up all of ``toks``; empty otherwise. (A widget row:
        "Chia sẻ Facebook Zalo In bài Cỡ chữ" is share, then widget phrases.)

        >>> index = PhraseIndex({"share": ["Chia sẻ", "Zalo"], "widget": ["In bài"]})
        >>> sorted(index.first_kinds_of_cover(["chia", "sẻ", "zalo", "in", "bài"]))
        ['share']
        """
        cover = self._cover(toks)
        return cover[0] if cover else _NONE

    def kinds_made_of(self, toks: list[str]) -> frozenset[str]:
        """The kinds whose phrases, one after another (longest first), make up all
        of ``toks``."""
        cover = self._cover(toks)
        return frozenset.intersection(*cover) if cover else _NONE
