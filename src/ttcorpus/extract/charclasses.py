"""Character classes and word-trie patterns shared by the finders.

>>> "Đ" in latin_letters("isupper") and "đ" in latin_letters("islower")
True
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable


@functools.cache
def latin_letters(predicate: str) -> str:
    """Every Latin letter (Basic Latin to Extended-B and the Vietnamese block) of one
    case (``"isupper"`` or ``"islower"``), escaped for a regex character class."""
    codes = [*range(0x41, 0x250), *range(0x1E00, 0x1F00)]
    chars = "".join(chr(c) for c in codes if chr(c).isalpha() and getattr(chr(c), predicate)())
    return re.escape(chars)


def trie_alternation(words: Iterable[str], then: dict[str, str] | None = None) -> str:
    """A regex alternation for a word list shaped as a character trie, so a shared
    prefix is never retried and the pattern starts with a set of literal characters.
    ``then`` maps a word to a pattern that must follow it.

    >>> trie_alternation(["Lê", "Lý", "Lò"])
    'L(?:ê|ò|ý)'
    >>> trie_alternation(["H", "H'"], then={"H'": "[A-Z]"})
    "H(?:'[A-Z])?"
    """
    then = then or {}
    root: dict[str, dict] = {}
    ends: dict[int, str] = {}  # id(node) → the pattern after a word that ends there
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        ends[id(node)] = then.get(word, "")

    def emit(node: dict[str, dict]) -> str:
        alts = [re.escape(k) + emit(v) for k, v in sorted(node.items())]
        end = ends.get(id(node))
        if end:
            alts.append(end)
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end == "" else body

    return emit(root)
