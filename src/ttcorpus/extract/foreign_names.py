"""Find foreign personal names: a run of capitalised words not spelled in Vietnamese
syllables, right after a title that names a foreign office or a term of address.

Vietnamese names are found from their family names (``people.py``); a foreign
visitor's name has no such family name, so the evidence is the title before it
(``people_foreign_titles.txt``), the qualifiers between ("Quốc phòng", a country or
organisation of ``countries.txt``, "tại Việt Nam"), and the name's own spelling: two to
four capitalised words (lower-case particles such as "von der" and initials such as
"J." allowed between), at
least one of them not a Vietnamese syllable (``encodings.is_syllable``), and no further
capitalised word after them. Generic titles ("Chủ tịch", "Bộ trưởng", "Tổng Giám
đốc") need a country or organisation before the name: "Chủ tịch Masan Group" names a
company. The title is returned as written, qualifiers included. With no title, a
bracket that gives a country as the nationality right after the run is evidence too
("Park Jun-ho (quốc tịch Hàn Quốc)"); the title is then empty.

>>> find_foreign_names("Tiếp Đại sứ Nhật Bản tại Việt Nam Ito Naoki, Thủ tướng nói.")
[(34, 43, 'Ito Naoki', 'Đại sứ Nhật Bản tại Việt Nam')]
>>> [n[2:] for n in find_foreign_names(
...     "Bộ trưởng Quốc phòng Lào Chansamone Chanyalath hội đàm; ngài Marc Knapper dự.")]
[('Chansamone Chanyalath', 'Bộ trưởng Quốc phòng Lào'), ('Marc Knapper', 'ngài')]
>>> find_foreign_names("Chủ tịch Masan Group và Thủ tướng Phạm Minh Chính")
[]
>>> find_foreign_names("bị can Park Jun-ho (quốc tịch Hàn Quốc), Giám đốc")
[(7, 18, 'Park Jun-ho', '')]

Speed: one scan for the titles (a word trie, so the engine skips ahead on their first
letters; ``people.py`` joins them to its own scan for family names, the lower-case
terms of address found by looking back from a capital) and one
for the nationality brackets (opening with the bracket, which the engine finds fast);
the Python work is per title or bracket found.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Container, Iterable, Sequence

from ttcorpus.encodings import is_syllable
from ttcorpus.extract.charclasses import latin_letters, trie_alternation
from ttcorpus.resources import data_lines, data_section

__all__ = ["find_foreign_names"]

_FILE = "people_foreign_titles.txt"
_COUNTRIES = "countries.txt"
_UPPER = latin_letters("isupper")
_LOWER = latin_letters("islower")
_MIN_WORDS, _MAX_WORDS = 2, 4  # capitalised words in a foreign name
_MAX_QUALIFIERS = 6  # qualifiers read between a title and the name
_WINDOW = 120  # characters read back from a nationality bracket for the name


def _both_cases(phrases: tuple[str, ...]) -> list[str]:
    """Each phrase as written and with its first letter in the other case."""
    return [v for p in phrases for v in (p, p[0].swapcase() + p[1:])]


_ALONE = frozenset(data_section(_FILE, "alone"))
_ADDRESS = frozenset(_both_cases(data_section(_FILE, "honorifics")))
_SEARCHED = frozenset(_both_cases(data_section(_FILE, "searched honorifics")))
_HONORIFICS = _ADDRESS | _SEARCHED
# "các " before a term of address (its first letter in either case)
_PLURAL_MARKERS = tuple(f"{w} " for w in _both_cases(data_section(_FILE, "plural markers")))
_WITH_COUNTRY = frozenset(data_section(_FILE, "with a country"))
# given names that mark a foreign name after such a title with no country between
_GIVEN_NAMES = frozenset(data_lines("foreign_given_names.txt"))
_PLACES = data_section(_COUNTRIES, "countries") + data_section(_COUNTRIES, "organisations")
_PLACE_SET = frozenset(_PLACES)
_STATE_FORMS = data_section(_COUNTRIES, "state forms")

# (a character trie: the engine skips ahead on the titles' first letters; the word
# boundary before a title is checked after the match, which keeps that skip; what may
# follow a title — a capital, "nước", "tại", a bracket — is checked by the engine)
_TITLES = (*_ALONE, *_ADDRESS, *_WITH_COUNTRY)
_TITLE_FOLLOWS = rf"(?= [{_UPPER}]| nước | tại | \()"
_TITLE = re.compile(rf"(?:{trie_alternation(_TITLES)}){_TITLE_FOLLOWS}")
# The titles that open with a capital, as a pattern that ``people.py`` joins to its scan
# for family names (one skip over the text for both), with their first letters.
CAPITAL_TITLE = (
    rf"(?:{trie_alternation([t for t in _TITLES if t[0].isupper()])}){_TITLE_FOLLOWS}"
)
CAPITAL_TITLE_FIRSTS = frozenset(t[0] for t in _TITLES if t[0].isupper())
# The terms of address of one word that open in lower case ("ông", "bà"): a name read
# after one opens right after its space, with a capital (no qualifier stands between),
# so where no capital follows it nothing is read; a scan that stops at each capital
# anyway finds the ones that count by looking back from there (``people.py``).
ADDRESS_BEFORE_CAPITAL = tuple(
    sorted(
        t
        for t in _TITLES
        if not t[0].isupper() and t.isalpha() and t in _HONORIFICS and t not in _WITH_COUNTRY
    )
)
# The other titles that open in lower case (none in the data now), each looked for as a
# plain string, which the engine finds far faster than a letter of a set.
_LOWER_CASE_TITLES = tuple(
    re.compile(re.escape(title) + _TITLE_FOLLOWS)
    for title in sorted(
        {t for t in _TITLES if not t[0].isupper() and t not in ADDRESS_BEFORE_CAPITAL}
    )
)
# (the searched terms without their first letter, found by the engine's fast literal
# search; the letter is checked in Python: "ồng chí" of "đồng chí", "Đồng chí")
_SEARCHED_TAILS = re.compile(
    rf"(?:{trie_alternation({title[1:] for title in _SEARCHED})})(?= [{_UPPER}])"
)
# (a portfolio may name its ministry: "Bộ trưởng Bộ Công an Lào …")
_PORTFOLIO = re.compile(
    rf" (?:(?:{trie_alternation(data_section(_FILE, 'portfolio heads'))}) )?"
    rf"(?:{trie_alternation(data_section(_FILE, 'portfolios'))})(?![\w'’-])"
)
# (a country, a state form or an organisation's code in brackets: "Ngân hàng Thế giới
# (WB) tại Việt Nam")
_QUALIFIER = re.compile(
    rf" ((?:{trie_alternation(_PLACES)})|(?:{trie_alternation(_STATE_FORMS)})|\([{_UPPER}]{{2,}}\))"
    r"(?![\w'’-])"
)
# A capitalised word: a capital, lower-case letters, maybe hyphenated parts
# ("Jae-yong") or an apostrophe ("O'Brien").
_WORD = rf"[{_UPPER}](?:['’][{_UPPER}])?[{_LOWER}]+(?:-[{_UPPER}{_LOWER}][{_LOWER}]+)*"
_PARTICLE = rf"(?:{trie_alternation(data_section(_FILE, 'particles'))})"
_INITIAL = rf"[{_UPPER}]\. "  # "Mariam J. Sherman"
_RUN = re.compile(
    rf" ({_WORD}(?: (?:{_PARTICLE} |{_INITIAL})*{_WORD}){{{_MIN_WORDS - 1},{_MAX_WORDS + 1}}})"
    r"(?![\w'’-])"
)
_PARTICLES = frozenset(data_section(_FILE, "particles"))
# a Vietnamese province or city after "tại" (a consulate's seat): "tại TP Hồ Chí Minh"
_AT = "tại"
_CITY = re.compile(
    rf" (?:(?:{trie_alternation(data_section(_FILE, 'city prefixes'))}) ?)?"
    rf"(?:{trie_alternation(data_lines('provinces.txt'))})(?![\w'’.-])"
    rf"| (?:{trie_alternation(data_section(_FILE, 'city abbreviations'))})(?![\w'’.-])"
)
# "(quốc tịch Hàn Quốc)" right after a name (the space before the bracket is checked
# after the match: a pattern that opens with a bracket lets the engine skip to one)
_NATIONALITY = re.compile(
    rf"\((?:{trie_alternation(data_section(_FILE, 'nationality'))}) "
    rf"(?:{trie_alternation(data_section(_COUNTRIES, 'countries'))})\)"
)
_RUN_WORD = re.compile(_WORD)


def find_foreign_names(
    text: str,
    taken: Container[int] = frozenset(),
    titles: Sequence[tuple[int, int]] | None = None,
) -> list[tuple[int, int, str, str]]:
    """``(start, end, name, title)`` of each foreign name after a title, in order.
    ``taken`` holds where names found otherwise start: a searched term of address
    right before one is not read further ("đồng chí Nguyễn Văn An"). ``titles``, when
    given, holds the span of every match of the title pattern in ``text`` (overlapping
    ones too), in order, as ``title_spans`` finds them, where a caller's own scan found
    them (``people.py``); it may leave out those of a term of address of
    ``ADDRESS_BEFORE_CAPITAL`` that no space and capital follow (no name is read there,
    and no other title starts inside such a word).

    >>> find_foreign_names("các đồng chí Sengphet Keomany và Bounmy Phommachanh")
    [(13, 29, 'Sengphet Keomany', 'các đồng chí'), (33, 51, 'Bounmy Phommachanh', '')]
    >>> find_foreign_names("đồng chí Sengphet Keomany", taken={9})
    []
    """
    out: list[tuple[int, int, str, str]] = []
    unplaced: list[tuple[str, int]] = []
    pos = 0
    for start, end in title_spans(text) if titles is None else titles:
        if start < pos:
            continue  # (each title is read from the first one at or after ``pos``)
        pos = start + 1
        if start and (text[start - 1].isalnum() or text[start - 1] in "'’_"):
            continue  # inside a word
        pos = _read_title(text, text[start:end], start, end, out, unplaced)
    if unplaced and out:
        out = sorted(out + _known_again(text, out, unplaced))
    searched: list[tuple[int, int, str, str]] = []
    pos = 0
    for m in _SEARCHED_TAILS.finditer(text):
        at = m.start() - 1
        title = text[at : m.end()] if at >= pos else ""
        if (
            title in _SEARCHED
            and m.end() + 1 not in taken
            and not (at and (text[at - 1].isalnum() or text[at - 1] in "'’_"))
        ):
            pos = _read_title(text, title, at, m.end(), searched)
    if searched:
        out = sorted(out + searched)
    if "(" in text:
        ends = {found[1] for found in out}
        more = [
            found
            for m in _NATIONALITY.finditer(text)
            if text[m.start() - 1 : m.start()] == " "
            and m.start() - 1 not in ends
            and (found := _name_before(text, m.start() - 1)) is not None
        ]
        if more:
            out = sorted(out + more)
    return out


def title_spans(text: str) -> list[tuple[int, int]]:
    """The span of every match of the title pattern in ``text`` (overlapping ones
    too), in order.

    >>> title_spans("Phó Thủ tướng Lào Sonexay Siphandone")
    [(0, 13), (4, 13)]
    """
    spans = []
    m = _TITLE.search(text)
    while m is not None:
        spans.append(m.span())
        m = _TITLE.search(text, m.start() + 1)
    return spans


def lower_case_titles(text: str, addresses: Iterable[int] = ()) -> list[tuple[int, int]]:
    """The spans of the matches of the title pattern that open in lower case, in
    order: at ``addresses``, where a caller found a term of address of
    ``ADDRESS_BEFORE_CAPITAL`` before a space and a capital, and wherever another
    lower-case title stands (looked for as a plain string).

    >>> lower_case_titles("Ông Lê Văn A và bà Nguyễn Thị B", [16])
    [(16, 18)]
    """
    starts = set(addresses)
    for title in _LOWER_CASE_TITLES:
        m = title.search(text)
        while m is not None:
            starts.add(m.start())
            m = title.search(text, m.start() + 1)
    spans = []
    for start in sorted(starts):
        whole = _TITLE.match(text, start)
        if whole is not None:  # (always: a title stands there)
            spans.append(whole.span())
    return spans


def _known_again(
    text: str, found: list[tuple[int, int, str, str]], unplaced: list[tuple[str, int]]
) -> list[tuple[int, int, str, str]]:
    """The names after the generic titles ``(title, end)`` with no country
    between that are found with evidence elsewhere in the text: the same person named
    again ("Bộ trưởng Quốc phòng Lào Chansamone Chanyalath … Bộ trưởng Chansamone
    Chanyalath").

    >>> t = "Đại sứ Ito Naoki; Chủ tịch Ito Naoki; Chủ tịch Masan Group"
    >>> _known_again(t, [(7, 16, "Ito Naoki", "Đại sứ")], [("Chủ tịch", 26), ("Chủ tịch", 45)])
    [(27, 36, 'Ito Naoki', 'Chủ tịch')]
    """
    known = {name for _, _, name, _ in found}
    out = []
    for title, end in unplaced:
        run = _RUN.match(text, end)
        if run is not None and run.group(1) in known:
            out.append((run.start(1), run.end(1), run.group(1), title))
    return out


def _read_title(
    text: str,
    title: str,
    start: int,
    end: int,
    out: list[tuple[int, int, str, str]],
    unplaced: list[tuple[str, int]] | None = None,
) -> int:
    """Add to ``out`` the foreign name after a title at ``start:end`` (and the further
    names of a list after a plural term of address); return where reading goes on.
    A name after a generic title with no country between goes to ``unplaced``."""
    found = _name_after(text, title, start, end, unplaced)
    if found is None:
        return end
    marker = next(
        (p for p in _PLURAL_MARKERS if text.endswith(p, max(0, start - len(p)), start)), None
    )
    if marker is None or title not in _HONORIFICS:
        out.append(found)
        return found[1]
    # the list's term of address with its plural word, as the Vietnamese names of such a
    # list have it ("các đồng chí")
    out.append((*found[:3], text[start - len(marker) : end]))
    out += _list_items(text, found[1])
    return out[-1][1]


_LIST_GLUE = (", ", " và ")  # what joins the names of a list (grammatical glue)
_MAX_ITEMS = 12  # names read in one list


def _list_items(text: str, pos: int) -> list[tuple[int, int, str, str]]:
    """The further foreign names of a list after a plural term of address, the first
    of which ends at ``pos``: each joined by a comma or "và", with an empty title.

    >>> _list_items("các đồng chí Bounmy Phommachanh, Sengphet Keomany và Thongsing X.", 31)
    [(33, 49, 'Sengphet Keomany', '')]
    """
    out: list[tuple[int, int, str, str]] = []
    for _ in range(_MAX_ITEMS):
        glue = next((g for g in _LIST_GLUE if text.startswith(g, pos)), None)
        if glue is None:
            break
        run = _RUN.match(text, pos + len(glue) - 1)
        if run is None or not _is_foreign(run.group(1)):
            break
        out.append((run.start(1), run.end(1), run.group(1), ""))
        pos = run.end(1)
    return out


def _name_before(text: str, end: int) -> tuple[int, int, str, str] | None:
    """The foreign name (two to four capitalised words, no capitalised word before
    them) that ends at ``end``, with an empty title; or None.

    >>> _name_before("Thọ; Park Jun-ho (quốc", 16), _name_before("Công ty TNHH Daewon Vina (", 24)
    ((5, 16, 'Park Jun-ho', ''), None)
    """
    words = text[max(0, end - _WINDOW) : end].split(" ")[-(_MAX_WORDS + 1) :]
    n = 0
    while n < len(words) and _RUN_WORD.fullmatch(words[-1 - n]) is not None:
        n += 1
    if not _MIN_WORDS <= n <= _MAX_WORDS:
        return None
    name = " ".join(words[len(words) - n :])
    start = end - len(name)
    if (start and not text[start - 1].isspace()) or not _is_foreign(name):
        return None
    glued = words[-1 - n] if n < len(words) else ""
    if glued[:1].isupper() and glued[-1:].isalnum():
        return None  # a capitalised word right before: "Công ty TNHH Daewon Vina"
    return start, end, name, ""


def _name_after(
    text: str,
    title: str,
    start: int,
    pos: int,
    unplaced: list[tuple[str, int]] | None = None,
) -> tuple[int, int, str, str] | None:
    """The foreign name after a title that ends at ``pos``, or None. After a generic
    title with no country between, only a name that opens with a known foreign given
    name (``foreign_given_names.txt``) is one; another run goes to ``unplaced``.

    >>> _name_after("Chủ tịch Miguel Díaz-Canel Bermúdez tới", "Chủ tịch", 0, 8)
    (9, 35, 'Miguel Díaz-Canel Bermúdez', 'Chủ tịch')
    >>> _name_after("Chủ tịch Masan Group nói", "Chủ tịch", 0, 8)
    >>> _name_after("Lãnh sự Lào tại Đà Nẵng Kham Sone nói", "Lãnh sự", 0, 7)
    (24, 33, 'Kham Sone', 'Lãnh sự Lào tại Đà Nẵng')
    """
    placed = False
    if title not in _HONORIFICS:
        portfolio = _PORTFOLIO.match(text, pos)
        if portfolio is not None:
            pos = portfolio.end()
        for _ in range(_MAX_QUALIFIERS):
            q = _QUALIFIER.match(text, pos)
            if q is None:
                break
            placed = placed or q.group(1) in _PLACE_SET
            pos = q.end()
            if q.group(1) == _AT and (city := _CITY.match(text, pos)) is not None:
                pos = city.end()  # "Tổng Lãnh sự Nhật Bản tại TP Hồ Chí Minh"
    if title in _WITH_COUNTRY and not placed:
        word = _RUN_WORD.match(text, pos + 1)
        if word is None or word.group() not in _GIVEN_NAMES:
            if unplaced is not None:
                unplaced.append((text[start:pos], pos))
            return None
    run = _RUN.match(text, pos)
    if run is None:
        return None
    name = run.group(1)
    if not _is_foreign(name):
        return None
    return run.start(1), run.end(1), name, text[start:pos]


@functools.lru_cache(maxsize=4096)
def _is_foreign(name: str) -> bool:
    """Two to four capitalised words, at least one not a Vietnamese syllable, and
    none a country.

    >>> _is_foreign("Emmanuel Macron"), _is_foreign("Phạm Minh Chính"), _is_foreign("Hun Manet")
    (True, False, True)
    """
    words = [w for w in name.split(" ") if w not in _PARTICLES and not w.endswith(".")]
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS:
        return False
    if any(w in _PLACE_SET for w in words):
        return False
    return not all(is_syllable(w) for w in words)
