"""Cutting a line into pieces at structural boundaries, for pages whose parts were
glued together: a "|" row of widgets, a flattened page header (menu, section,
title, dateline, first paragraph), a photo caption glued into a paragraph, an ad
slot or a "read more" teaser before a sentence, the end-of-article mark "/."
followed by the byline and share buttons.

Each piece is a ``(start, end)`` slice of the line, with a kind when the boundary
itself says what the piece is; pieces between them are left for the article-level
rules. Pieces cover every word of the line.

>>> line = ("Bà con dự ngày hội. (Ảnh: Thu Hà) Báo cáo tại ngày hội cho biết, sau 4 năm "
...         "triển khai, phong trào ở xã đã có nhiều chuyển biến rõ nét, được nhân dân đồng tình.")
>>> [(line[p.start:p.end][:30], p.kind) for p in segment_line(line, page=Page([line]))]
[('Bà con dự ngày hội. (Ảnh: Thu ', 'caption'), ('Báo cáo tại ngày hội cho biết,', None)]
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import regex

from ttcorpus.clean import boilerplate as bp
from ttcorpus.clean.lines import ends_sentence, is_all_caps, sentence_starts, word_count
from ttcorpus.clean.metadata import (
    DATELINE,
    DATELINE_FIRST_WORD_MAX,
    EMBEDDED_DATELINE,
    EMBEDDED_DATELINE_START,
    parse_byline,
    parse_dateline,
    split_trailing_dateline,
)
from ttcorpus.clean.phrases import SEPARATORS, literal_alternation
from ttcorpus.resources import data_lines, phrase_alternation


@dataclass(slots=True)
class Piece:
    """A slice ``[start, end)`` of a line; ``kind`` when already known;
    ``after_end`` when it follows the end-of-article mark in its line."""

    start: int
    end: int
    kind: str | None = None
    after_end: bool = False


class Page:
    """What the segmenter may look up in the whole page, computed on demand and
    only for the words asked about: whether a word is written in lower case
    somewhere, and the names used in photo credits and bylines.

    >>> page = Page(["Nhân dịp này, bà con dự ngày hội.", "Quang cảnh. (Ảnh: Thu Hà)"])
    >>> page.is_lower_word("dịp"), page.is_lower_word("quang")
    (True, False)
    >>> sorted(page.credit_names_with("Thu"))
    ['Thu Hà']
    """

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self._text: str | None = None
        self._lower: dict[str, bool] = {}
        self.lookups = 0  # how many times the page was consulted
        self._names_with: dict[str, frozenset[str]] = {}
        # When a list: every ``is_lower_word`` and ``credit_names_with`` question
        # asked, with its answer, in order (see ``answers_as``).
        self.journal: list[Lookup] | None = None

    @property
    def text(self) -> str:
        """The page's lines joined by newlines."""
        if self._text is None:
            self._text = "\n".join(self.lines)
        return self._text

    @property
    def lower_words(self) -> frozenset[str]:
        """Every word written in lower case on the page (letters only, separators
        stripped). ``is_lower_word`` answers for one word without building this."""
        self.lookups += 1
        words = (w.strip(SEPARATORS) for line in self.lines for w in line.split())
        return frozenset(w for w in words if w.islower() and w.isalpha())

    def is_lower_word(self, word: str) -> bool:
        """``word in self.lower_words``, found by searching the page for ``word``
        standing as a whole white-space separated word (separators around it)."""
        self.lookups += 1
        known = self._lower.get(word)
        if known is None:
            known = word.islower() and word.isalpha() and _stands_alone(self.text, word)
            self._lower[word] = known
        if self.journal is not None:
            self.journal.append((Page.is_lower_word, word, known))
        return known

    @property
    def credit_names(self) -> frozenset[str]:
        """The names of the page's bylines and photo credits."""
        self.lookups += 1
        return frozenset(n for k in range(len(self.lines)) for n in self._names_of_line(k))

    def credit_names_with(self, part: str) -> frozenset[str]:
        """The credit and byline names of the lines that contain ``part`` (every
        name that contains ``part`` is among them)."""
        self.lookups += 1
        known = self._names_with.get(part)
        if known is None:
            known = self._names_with[part] = self._find_names_with(part)
        if self.journal is not None:
            self.journal.append((Page.credit_names_with, part, known))
        return known

    def answers_as(self, journal: Sequence[Lookup]) -> bool:
        """This page answers the questions of ``journal`` (kept on another page) as
        that page did: then whatever was worked out from those answers holds here.

        >>> a = Page(["Quang cảnh. (Ảnh: Thu Hà)", "Nhân dịp này, nhà nhà vui."])
        >>> a.journal = []
        >>> _ = a.credit_names_with("Thu"), a.is_lower_word("nhà")
        >>> Page(["Thu Hà", "Nhà văn hóa."]).answers_as(a.journal)  # no lower-case "nhà"
        False
        >>> Page(["Thu Hà", "Nhân dịp này, nhà nhà vui."]).answers_as(a.journal)
        True
        """
        return all(ask(self, question) == answer for ask, question, answer in journal)

    def _find_names_with(self, part: str) -> frozenset[str]:
        names: set[str] = set()
        for line in self.lines:
            if part in line:
                names.update(_credit_names_in(line))
        return frozenset(names)

    def _names_of_line(self, k: int) -> tuple[str, ...]:
        return _credit_names_in(self.lines[k])


def _credit_names_in(line: str) -> tuple[str, ...]:
    """The names of a byline, or those of the photo credits in a line."""
    found: list[str] = []
    if len(line) < 60:
        byline = parse_byline(line)
        if byline:
            found.extend(byline.authors)
    if "(" in line and (bp.CREDIT_TRIGGER.search(line) or _has_any(line, _LINE_BREAKS)):
        found.extend(m.group(1).strip() for m in _CREDIT_NAME.finditer(line))
    return tuple(found)


# A question asked of a page, and its answer.
Lookup = tuple[Callable[[Page, str], object], str, object]


def _stands_alone(text: str, word: str) -> bool:
    """``word`` occurs in ``text`` as a white-space separated token, give or take
    ``SEPARATORS`` around it."""
    n = len(text)
    i = text.find(word)
    while i >= 0:
        a = i
        while a > 0 and text[a - 1] in SEPARATORS:
            a -= 1
        if a == 0 or text[a - 1].isspace():
            b = i + len(word)
            while b < n and text[b] in SEPARATORS:
                b += 1
            if b == n or text[b].isspace():
                return True
        i = text.find(word, i + 1)
    return False


_CREDIT_NAME = regex.compile(
    rf"\(\s*{bp.BRACKETED_CREDIT}\s*:\s*([\p{{Lu}}][^()/:,\-–]{{1,40}}?)\s*(?:[/\-–][^()]*)?\)"
)
_OPENERS = frozenset(data_lines("clean_sentence_openers.txt"))
_OPENER_FIRST_WORDS = frozenset(o.split(" ", 1)[0] for o in _OPENERS)
_AD_GLUED = regex.compile(
    rf"(?:^|(?<=[.!?…\"”]\s))(?P<ad>{phrase_alternation(bp.ADS)})\s+(?=[\p{{Lu}}\"“])"
)
_END_MARK = regex.compile(r"(?:\./\.|/\.)(?=\s+\S)")
_WORD = regex.compile(r"\S+")
# A capitalised word (a name syllable or an acronym such as TTXVN).
_CAP_WORD = regex.compile(r"[\p{Lu}][\p{L}\d+]*")
HEAD_PREFIX_MIN_WORDS = 3
GLUED_MIN_WORDS = 25  # a line shorter than this is one piece, not a glued page
CAPTION_GLUED_MIN_WORDS = 6  # … except for a photo credit with a sentence after it
CAPTION_MAX_WORDS = 45


# Strings whose presence in a long line calls for cutting it: the end mark, an ad
# slot, a photo credit. (Short lines are cut at "|"; page headers are looked for in
# the head only, and glued teasers by the line's first word.)
LONG_LINE_TRIGGERS = bp.without_longer({"/. ", *bp.ADS, *bp.CREDIT_TRIGGERS})
_TEASER_FIRST_WORDS = frozenset(p.split(" ", 1)[0].casefold() for p in bp.RELATED)


# One scan looks for them all.
_LONG_LINE_TRIGGER = re.compile(literal_alternation(LONG_LINE_TRIGGERS))


def needs_cutting(line: str, words: int, in_head: bool) -> bool:
    """Quick test before ``segment_line``: could this line hold glued parts?

    >>> needs_cutting("Quang cảnh hội nghị. Ảnh: Thu Hà", 7, False)
    True
    >>> needs_cutting("Các đại biểu dự hội nghị tại điểm cầu Tỉnh ủy.", 11, False)
    False
    """
    return bool(cutting_rules(line, words, in_head))


def cutting_rules(line: str, words: int, in_head: bool) -> tuple[_Rule, ...]:
    """The rules worth trying on ``line`` (for ``segment_line``): none when the line
    cannot hold glued parts, else those whose string occurs in it (``_rules_for``).
    A line is cut only when it has a "|", is a header-shaped line of the head, or
    holds one of ``LONG_LINE_TRIGGERS`` or a teaser's opening phrase."""
    first: int | None = None
    if "|" not in line and not (in_head and (
        words >= GLUED_MIN_WORDS  # maybe a flattened page header
        or line.endswith(")") or " - " in line or " – " in line  # a title with its dateline
    )):
        if words < CAPTION_GLUED_MIN_WORDS:
            return ()
        first = _trigger_start(line)
        if first < 0 and not (
            # a glued teaser opens with its phrase ("Đọc thêm: …"), not just its first
            # word (an end mark followed by a line separator is the other cut this line
            # allows)
            words >= GLUED_MIN_WORDS
            and line[: line.find(" ")].casefold() in _TEASER_FIRST_WORDS
            and (bp.RELATED_LEAD.match(line) is not None or "/." in line)
        ):
            return ()
    return _rules_for(line, in_head, first)


MAX_CUTS = 48  # cuts per line: beyond them the rest of a pathological line stays whole


def segment_line(text: str, *, page: Page, in_head: bool = False,
                 rules: tuple[_Rule, ...] | None = None) -> list[Piece]:
    """Cut one normalised line into pieces (see the module docstring). ``in_head``:
    no paragraph has been seen yet, so a page header may be glued in this line.
    ``rules``: the ``cutting_rules`` of the line, when known."""
    pieces: list[Piece] = []
    if rules is None:
        rules = _rules_for(text, in_head)
    _segment(text, 0, len(text), page, in_head, False, pieces, [MAX_CUTS], rules)
    return pieces


def _rules_for(line: str, in_head: bool, first: int | None = None) -> tuple[_Rule, ...]:
    """The rules that can cut ``line`` or any piece of it: a rule whose string (a
    "|", the end mark, an ad phrase, a credit word) is nowhere in the line cannot
    cut a piece of it either, and the head rule needs a line of the head (its
    pieces never are, otherwise). ``first``: ``_trigger_start(line)``, when known."""
    if first is None:
        first = _trigger_start(line)
    # Ad phrases and credit words hold a trigger: none starts much before the first.
    since = max(0, first - LONGEST_TRIGGER)
    return _RULE_SETS[(
        in_head,
        "|" in line,
        "/." in line,
        first >= 0 and bp.CREDIT_TRIGGER.search(line, since) is not None,
        first >= 0 and any(line.find(ad, since) >= 0 for ad in bp.ADS),
    )]


LONGEST_TRIGGER = max(map(len, (*bp.ADS, *bp.CREDIT_TRIGGERS)))


def _trigger_start(line: str) -> int:
    """Where the first of ``LONG_LINE_TRIGGERS`` starts in ``line`` (-1: nowhere)."""
    m = _LONG_LINE_TRIGGER.search(line)
    return -1 if m is None else m.start()


def _segment(text: str, start: int, end: int, page: Page, in_head: bool, after_end: bool,
             out: list[Piece], budget: list[int], rules: tuple[_Rule, ...]) -> None:
    """Append the pieces of ``text[start:end]`` (trimmed) to ``out``; ``budget``
    counts the cuts still allowed in this line; ``rules``: those that may apply
    (``_rules_for`` the line)."""
    while start < end and text[start] == " ":
        start += 1
    while end > start and text[end - 1] == " ":
        end -= 1
    if start >= end:
        return
    if budget[0] > 0:
        s = text[start:end]
        n = word_count(s)
        for rule in rules:
            cut = rule(s, n, page, in_head, after_end)
            if cut is None:
                continue
            budget[0] -= 1
            for a, b, kind, state in cut:
                if kind is None and (a, b) != (0, len(s)):
                    _segment(text, start + a, start + b, page, state.in_head, state.after_end,
                             out, budget, rules)
                elif a < b:
                    out.append(Piece(start + a, start + b, kind, state.after_end))
            return
    out.append(Piece(start, end, None, after_end))


@dataclass(frozen=True, slots=True)
class _State:
    in_head: bool
    after_end: bool


_Cut = list[tuple[int, int, "str | None", _State]]
_Rule = Callable[[str, int, Page, bool, bool], "_Cut | None"]


def _cut_row(s: str, n: int, page: Page, in_head: bool, after_end: bool) -> _Cut | None:
    """A "|" row of short cells: each cell gets its own kind; in a row of three or
    more cells, cells of no known kind are menu entries."""
    if "|" not in s or n > 60:
        return None
    if len(s) <= 48 and s.count("|") == 1 and bp.looks_like_dateline(s, n):
        return None  # "(10:30 | 24/07/2019)"
    cells: list[tuple[int, int]] = []
    a = 0
    for part in s.split("|"):
        b = a + len(part)
        cell = _trim(s, a, b)
        if cell[0] < cell[1]:
            cells.append(cell)
        a = b + 1
    if len(cells) < 2:
        return None
    for a, b in cells:
        if word_count(s[a:b]) > ROW_CELL_MAX_WORDS or final_mark_is_period(s[a:b]):
            return None
    state = _State(in_head, after_end)
    whole = bp.row_kind(s, n)
    if whole is not None:  # one kind for the whole row: "Chia sẻ: Facebook | Zalo"
        return [(cells[0][0], cells[-1][1], whole, state)]
    if len(cells) >= 3 and not any(c.isdigit() for c in s):
        return [(cells[0][0], cells[-1][1], "nav", state)]  # a menu
    cells = _join_dateline_cells(s, cells)
    kinds = [bp.chrome_kind(s[a:b]) for a, b in cells]
    if not any(kinds) and len(cells) < 3:
        return None
    out: _Cut = []
    for (a, b), verdict in zip(cells, kinds, strict=True):
        kind = verdict[0] if verdict else ("nav" if len(cells) >= 3 else None)
        if out and kind not in (None, "dateline") and out[-1][2] not in (None, "dateline"):
            # neighbours of one kind, or whose phrases all belong to one list, join
            joined = kind if out[-1][2] == kind else bp.made_of(s[out[-1][0] : b])
            if joined is not None:
                out[-1] = (out[-1][0], b, joined, state)
                continue
        out.append((a, b, kind, state))
    return out


ROW_CELL_MAX_WORDS = 10


def final_mark_is_period(text: str) -> bool:
    """Ends with a full stop (not an ellipsis): a sentence, not a row cell."""
    return text.rstrip(" \"”)").endswith(".") and not text.endswith("...")


def _trim(s: str, a: int, b: int) -> tuple[int, int]:
    while a < b and s[a] == " ":
        a += 1
    while b > a and s[b - 1] == " ":
        b -= 1
    return a, b


def _join_dateline_cells(s: str, cells: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Neighbouring cells that together are one dateline ("10:30 | 24/07/2019")."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(cells):
        a, b = cells[i]
        if (
            i + 1 < len(cells)
            and any(c.isdigit() for c in s[a:b])
            and any(c.isdigit() for c in s[cells[i + 1][0] : cells[i + 1][1]])
            and DATELINE.fullmatch(s[a : cells[i + 1][1]])
            and not DATELINE.fullmatch(s[a:b])
        ):
            out.append((a, cells[i + 1][1]))
            i += 2
            continue
        out.append((a, b))
        i += 1
    return out


TRAILING_SITE_MAX_WORDS = 10


def _trailing_site(s: str) -> tuple[int, int] | None:
    """Where the headline ends and the site name starts in a page title with the
    site after a dash ("Tên bài - Báo Hà Nội Mới"): the name opens with a site
    word and names something (a capitalised word after its first), unlike "Hội nghị
    - Báo cáo kết quả năm 2024".

    >>> _trailing_site("Hà Nội ra quân bảo đảm trật tự đô thị - Báo Hà Nội Mới")
    (37, 40)
    """
    cut = max(s.rfind(" - "), s.rfind(" – "))
    if cut <= 0:
        return None
    name = s[cut + 3 :].strip()
    words = name.split()
    if (
        not 2 <= len(words) <= TRAILING_SITE_MAX_WORDS
        or word_count(s[:cut]) < 3
        or bp.SITE_LEAD.match(name) is None
        or ends_sentence(name)
        or not any(w[:1].isupper() for w in words[1:])
    ):
        return None
    return cut, cut + 3


def _cut_head_dateline(s: str, n: int, page: Page, in_head: bool,
                       after_end: bool) -> _Cut | None:
    """A page header glued to the first paragraph around the dateline:
    "<menu> <section> <title> 15/08/2015 | 07:45 GMT+7 Sáng 14/8, …"."""
    if not in_head or n < 4:
        return None
    if n <= bp.DATELINE_MAX_WORDS and bp.looks_like_dateline(s, n):
        return None  # the whole line is one dateline: "Cập nhật: 14:30 | 20/11/2024"
    trailing = split_trailing_dateline(s) if s.endswith(")") or "-" in s or "|" in s else None
    if trailing and word_count(trailing[0]) >= 2 and not ends_sentence(trailing[0]):
        head = _State(True, after_end)
        dateline_at = s.rfind(trailing[1])
        return [(0, len(trailing[0]), None, head), (dateline_at, len(s), "dateline", head)]
    site_at = _trailing_site(s) if (" - " in s or " – " in s) else None
    if site_at is not None:
        head = _State(True, after_end)
        return [(0, site_at[0], None, head), (site_at[1], len(s), "site", head)]
    if n < GLUED_MIN_WORDS:
        return None
    for m in _embedded_datelines(s):
        before = s[: m.start()].rstrip()
        end = m.end()
        after = s[end:].lstrip()
        nb = word_count(before)
        if 0 < nb < HEAD_PREFIX_MIN_WORDS or ends_sentence(before):
            continue
        if len(sentence_starts(before)) > 1:
            continue
        if after and not (after[0].isupper() or after[0] in "(\"“"):
            # "… 09:30 Sáng 4/1/2025, tại …": the daypart opens the lead, not the time
            end = s.rfind(" ", m.start(), m.end())
            after = s[end:].lstrip()
            if end <= m.start() or parse_dateline(s[m.start() : end]) is None:
                continue
        head = _State(True, after_end)
        out: _Cut = []
        if before:
            out.extend(_split_flat_header(before, head))
        out.append((m.start(), end, "dateline", head))
        if after:
            out.append((end, len(s), None, _State(False, after_end)))
        return out
    return None


DATELINE_ROW_MAX_WORDS = 40  # a dateline with its row of buttons and counters


def split_dateline_row(s: str, words: int) -> tuple[int, int, str] | None:
    """A head line that opens with the dateline and goes on with page buttons and
    counters on the same line: (end of the dateline, start of the rest, the rest's
    kind), or None.

    >>> s = "Cập nhật: 08:35, 14/11/2024 Chia sẻ Facebook Zalo Lượt xem: 1.234"
    >>> split_dateline_row(s, 10)
    (27, 28, 'share')
    """
    if words > DATELINE_ROW_MAX_WORDS or not any(c.isdigit() for c in s[:48]):
        return None
    m = EMBEDDED_DATELINE.match(s)
    if m is None or m.end() >= len(s):
        return None
    rest = len(s) - len(s[m.end() :].lstrip(" |-–,;"))
    kind = bp.made_of_phrases(s[rest:]) if rest < len(s) else None
    return (m.end(), rest, kind) if kind is not None else None


def _embedded_datelines(s: str) -> Iterator[regex.Match[str]]:
    """Datelines glued inside ``s``: found around each full date (a quick scan),
    then matched in a window around it."""
    if ":" not in s:  # the glued dateline of a page header carries a time
        return
    for d in _FULL_DATE.finditer(s, 0, HEADER_MAX_CHARS):
        a, b = max(0, d.start() - 48), min(len(s), d.end() + 40)
        if not _TIME.search(s, max(0, d.start() - 12), b):
            continue
        m = _first_dateline(s, a, b, d.start())
        if m and m.end() >= d.end():
            yield m


def _first_dateline(s: str, a: int, b: int, latest: int) -> regex.Match[str] | None:
    """``EMBEDDED_DATELINE.search(s, a, b)`` if its match starts by ``latest``, else
    None; the grammar is tried only where a match can start."""
    for c in EMBEDDED_DATELINE_START.finditer(s, a, min(b, latest + DATELINE_FIRST_WORD_MAX)):
        if c.start() > latest:
            break
        m = EMBEDDED_DATELINE.match(s, c.start(), b)
        if m:
            return m
    return None


_TIME = re.compile(r"\d[:h]\d\d")
HEADER_MAX_CHARS = 800  # a page header glued to the first paragraph starts the line
# A full date not inside a longer number: "15/08/2015". (The look-behind comes after
# the first digit so that the scan can skip to digits.)
_FULL_DATE = re.compile(r"\d(?<![\d/]\d)\d?[/.\-]\d{1,2}[/.\-](?:19|20)\d\d(?![\d/])")


def _split_flat_header(head: str, state: _State) -> _Cut:
    """"☰ Trang chủ … Tìm kiếm Quốc phòng - An ninh Si Ma Cai: …" → the menu (up to
    its last search/login entry), the section (the longest run of words after it
    that the menu also lists), and the rest (the title)."""
    if not bp.MENU_OPENING.match(head):
        site_end = _caps_site_before_menu(head)
        if site_end:  # "KIỂM TOÁN NHÀ NƯỚC Trang chủ …": the masthead, then the menu
            menu_at = site_end + 1
            return [(0, site_end, "site", state)] + [
                (a + menu_at, b + menu_at, kind, st)
                for a, b, kind, st in _split_flat_header(head[menu_at:], state)
            ]
        return [(0, len(head), None, state)]
    last = None
    for m in bp.NAV_TERMINAL_ANY.finditer(head):
        last = m
    if last is None:
        return [(0, len(head), "nav", state)]
    menu = head[: last.end()]
    out: _Cut = [(0, last.end(), "nav", state)]
    rest_start = last.end()
    while rest_start < len(head) and head[rest_start] == " ":
        rest_start += 1
    rest = head[rest_start:]
    if not rest:
        return out
    section_end = _longest_listed_prefix(rest, menu)
    if section_end:
        out.append((rest_start, rest_start + section_end, "section", state))
    if section_end < len(rest):
        out.append((rest_start + section_end, len(head), None, state))
    return out


def _caps_site_before_menu(head: str) -> int:
    """The end of a run of two or more words in capitals that a menu follows, or 0.

    >>> _caps_site_before_menu("BÁO MẪU ĐIỆN TỬ Trang chủ Thời sự")
    15
    """
    end, words = 0, 0
    for m in _WORD.finditer(head):
        if not is_all_caps(m.group()):
            break
        end, words = m.end(), words + 1
    if words < 2 or bp.MENU_OPENING.match(head, end + 1) is None:
        return 0
    return end


def _longest_listed_prefix(rest: str, menu: str) -> int:
    """Length of the longest run of whole words opening ``rest`` that also stands
    as whole words in ``menu``; 0 when none (or when it would take everything)."""
    best = 0
    spaced_menu = f" {menu} "
    for m in _WORD.finditer(rest):
        candidate = rest[: m.end()]
        if not candidate[-1].isalnum():
            continue
        if f" {candidate} " in spaced_menu:
            best = m.end()
        else:
            break
    return best if best < len(rest) else 0


def _cut_end_mark(s: str, n: int, page: Page, in_head: bool, after_end: bool) -> _Cut | None:
    """"… biên giới./. Thanh Huyền Chia sẻ Facebook Zalo": the article ends at "/.";
    what follows is a byline and buttons."""
    if after_end or "/." not in s:
        return None
    m = _END_MARK.search(s)
    if m is None:
        return None
    body = _State(in_head, after_end)
    tail = _State(False, True)
    rest = s[m.end() :]
    offset = m.end() + len(rest) - len(rest.lstrip())
    rest = rest.strip()
    out: _Cut = [(0, m.end(), None, body)]
    split = _trailing_buttons(rest)
    if split is None:
        out.append((offset, len(s), None, tail))
    else:
        if split > 0:
            out.append((offset, offset + split, None, tail))
        out.append((offset + split, len(s), "share", tail))
    return out


def _trailing_buttons(rest: str) -> int | None:
    """Offset in ``rest`` where a run of share/comment buttons starts that lasts
    to its end, or None."""
    starts = [m.start() for m in _WORD.finditer(rest)][-BUTTONS_MAX_WORDS:]
    for i in starts:
        if bp.made_of(rest[i:]) in ("share", "comment_form"):
            return i
    return None


BUTTONS_MAX_WORDS = 16  # a row of buttons after the end mark is at most this long


def _cut_glued_caption(s: str, n: int, page: Page, in_head: bool,
                       after_end: bool) -> _Cut | None:
    """A photo caption glued into a paragraph: the last sentence before a credit
    "(Ảnh: …)" or "Ảnh: Name", up to the end of the credit."""
    if n < CAPTION_GLUED_MIN_WORDS:
        return None
    found = _find_credit(s, page)
    if found is None:
        return None
    credit_start, credit_end = found
    after = s[credit_end:].strip()
    cap_start = sentence_starts(s[:credit_start])[-1] if credit_start > 0 else 0
    if word_count(s[cap_start:credit_start]) > CAPTION_MAX_WORDS:
        cap_start = credit_start
    if not after and (cap_start == 0 or _two_sentence_caption(s, n, credit_start)):
        return None  # the whole piece is a caption: left to the line rules
    state = _State(in_head, after_end)
    out: _Cut = []
    if cap_start > 0:
        out.append((0, cap_start, None, state))
    out.append((cap_start, credit_end, "caption", state))
    if after:
        out.append((credit_end, len(s), None, _State(False, after_end)))
    return out


TWO_SENTENCE_CAPTION_MAX_WORDS = 30
# Who is pictured: two capitalised syllables in a row among the first words, after the
# first ("Đồng chí Trần Văn An …", "Tổ công tác Đồn Biên phòng …").
_PICTURED_NAME = regex.compile(r"\S+(?: \S+){0,4}? \p{Lu}\p{Ll}* \p{Lu}")


def _two_sentence_caption(s: str, n: int, credit_start: int) -> bool:
    """A short line of two sentences before its credit, the first narrating nothing
    (``bp.has_body_cue``): one caption as a whole ("Tổ công tác khám xét đối tượng.
    Tang vật gồm 12 bánh heroin. Ảnh: Quang Trường").

    >>> s = "Lãnh đạo tỉnh thăm hỏi công nhân. Đoàn trao 50 suất quà. Ảnh: Minh Hà"
    >>> _two_sentence_caption(s, 14, s.index("Ảnh"))
    True
    >>> s = "Hội nghị đã thông qua nghị quyết. Lãnh đạo tỉnh phát biểu. Ảnh: Minh Hà"
    >>> _two_sentence_caption(s, 14, s.index("Ảnh"))
    False
    """
    if n > TWO_SENTENCE_CAPTION_MAX_WORDS:
        return False
    starts = sentence_starts(s[:credit_start])
    if len(starts) != 2:
        return False
    first = s[: starts[1]]
    return not bp.has_body_cue(first) and (
        bp.CAPTION_LEAD.match(first) is not None or _PICTURED_NAME.match(first) is not None
    )


def _find_credit(s: str, page: Page) -> tuple[int, int] | None:
    """Start and end of the first photo credit in ``s``: "(Ảnh: …)" or, after a
    sentence, "Ảnh: Name" (the name's end found by ``_credit_name_end``)."""
    positions = []
    for w in bp.CREDIT_HINTS:
        i = s.find(w)
        while i >= 0:
            positions.append(i)
            i = s.find(w, i + 1)
    if "(" in s:  # (every bracket hint opens with it)
        for w in bp.BRACKET_CREDIT_HINTS:  # "(ảnh: …)": the credit word is after the bracket
            i = s.find(w)
            while i >= 0:
                positions.append(i + 1)
                i = s.find(w, i + 1)
    if not positions:
        return None
    positions.sort()
    for i in positions:
        if i > 0 and s[i - 1] == "(":
            m = bp.CREDIT_PAREN.match(s, i - 1)
            if m:
                return m.start(), m.end()
        m = bp.CREDIT_BARE.match(s, i)
        if m:
            end = _credit_name_end(s, m.end(), page)
            if end is not None:
                return i, end
    return None


_GLUED_CAPS = regex.compile(r"(\p{Lu}{2,})(?=\p{Lu}\p{Ll})")


def _credit_name_end(s: str, pos: int, page: Page) -> int | None:
    """End of the credited name that starts at ``pos`` ("Thanh Huyền Dịp này, …" →
    after "Huyền"): the longest run of capitalised words that the page uses as a
    credit or byline name elsewhere; otherwise the run up to a word that opens
    sentences (or is written in lower case elsewhere on the page)."""
    words: list[regex.Match[str]] = []
    for m in _WORD.finditer(s, pos):
        w = m.group(0)
        core = w.rstrip(",.;:)")
        glued = _GLUED_CAPS.match(w)
        if glued is not None and all(x.group(0).isupper() for x in words):
            # a name in capitals glued to the next sentence: "VĂN GIANGTại hội nghị, …"
            return m.start() + glued.end(1)
        if not _CAP_WORD.fullmatch(core.split("/", 1)[0].split("-", 1)[0] or "-"):
            if w in ("-", "–", "/"):
                words.append(m)
                continue
            break
        words.append(m)
        if core != w or len(words) >= 8:
            break
    words = [m for m in words if m.group(0) not in ("-", "–", "/")]
    if not words:
        return None
    names = page.credit_names_with(s[pos : words[0].end()])
    for k in range(len(words), 0, -1):
        if s[pos : words[k - 1].end()] in names:
            return words[k - 1].end()
    # (the last word of the line opens no sentence: "… Ảnh: Ngọc Anh" ends with the name)
    at_end = not s[words[-1].end() :].strip(" .)")
    for k, m in enumerate(words):
        w = m.group(0)
        if k >= 1 and (w in _OPENER_FIRST_WORDS or page.is_lower_word(w.lower())) and not (
            at_end and k == len(words) - 1
        ):
            return words[k - 1].end()
    followed_by_lower = words[-1].end() < len(s) and s[words[-1].end() :].lstrip()[:1].islower()
    if followed_by_lower:  # the last capitalised word opens the next sentence
        return words[-2].end() if len(words) >= 2 else None
    return words[-1].end()


def _cut_glued_ad(s: str, n: int, page: Page, in_head: bool, after_end: bool) -> _Cut | None:
    """An ad slot glued before a sentence: "Quảng cáo Phát biểu tại …"."""
    if n < GLUED_MIN_WORDS or not _has_any(s, bp.ADS):
        return None
    m = _AD_GLUED.search(s)
    if m is None:
        return None
    state = _State(in_head, after_end)
    out: _Cut = []
    if m.start() > 0:
        out.append((0, m.start(), None, state))
    out.append((m.start(), m.end("ad"), "ad", state))
    out.append((m.end(), len(s), None, state))
    return out


def _cut_glued_teaser(s: str, n: int, page: Page, in_head: bool,
                      after_end: bool) -> _Cut | None:
    """A "read more" teaser glued before a sentence: "Đọc thêm: <headline> Trong
    không khí …"."""
    if n < GLUED_MIN_WORDS:
        return None
    m = bp.RELATED_LEAD.match(s)
    if m and s[m.end() :].lstrip()[:1] in (":", "»", ">"):
        end = _headline_end(s, m.end(), page)
        if end is not None:
            state = _State(in_head, after_end)
            return [(0, end, "related", state), (end, len(s), None, state)]
    return None


# White space other than " " that a normalised line may keep (a credit phrase may
# span it, where a literal search for the phrase would miss it).
_LINE_BREAKS = ("\u2028", "\u2029")


def _has_any(s: str, needles: tuple[str, ...]) -> bool:
    for needle in needles:
        if needle in s:
            return True
    return False


def _headline_end(s: str, pos: int, page: Page) -> int | None:
    """Where a glued teaser headline ends: before the first capitalised word that
    follows a lower-case word and is a common sentence opener (or written in lower
    case elsewhere on the page)."""
    prev = ""
    count = 0
    for m in _WORD.finditer(s, pos):
        w = m.group(0)
        count += 1
        if count > 40:
            return None
        if (
            count > 2
            and w[:1].isupper()
            and prev[-1:].isalpha()
            and prev[:1].islower()
            and (w in _OPENER_FIRST_WORDS or page.is_lower_word(w.lower()))
        ):
            return m.start() - 1 if s[m.start() - 1] == " " else m.start()
        prev = w
    return None


# Every rule, in the order they are tried; the last one needs no string.
_RULES = (_cut_head_dateline, _cut_row, _cut_end_mark, _cut_glued_caption, _cut_glued_ad,
          _cut_glued_teaser)
# The rules kept for each combination of ``_rules_for``'s tests, in that order.
_RULE_SETS = {
    flags: tuple(rule for rule, kept in zip(_RULES, (*flags, True), strict=True) if kept)
    for flags in itertools.product((False, True), repeat=len(_RULES) - 1)
}

