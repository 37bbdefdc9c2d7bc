"""Hard-wrapped paragraphs: a page whose paragraphs were broken every ~W characters
(a text dump, a plain-text export) is read one paragraph a line again before its
lines are classified, so that a paragraph is body and a name or an agency is not cut
at a line end ("… Nguyễn" / "Văn Sơn, …").

A page is wrapped when several of its lines end without a sentence mark, near one
width, and the next line goes on in lower case or with a number (a sentence cannot
start so); the width is the longest line of the body (from the first sentence end) not
much longer than those. Two adjacent lines join when the first
is near that width, ends without a sentence mark, and the next line's first word
would not have fitted on it (greedy wrapping), or the next line goes on in lower case.
Ordinary pages (long paragraph lines, short chrome, a title above its lead, list
items, "|" rows) never pass the page test, and a line ending a sentence never joins.
Before the first line that ends a sentence (in the head: a headline above its lead),
a line joins the next only when that goes on in lower case or with a number.

Joining keeps the page lossless: every input line is a piece of one joined line, and
``split_piece`` gives back, for a removed piece of a joined line, its parts on the
input lines it came from.

>>> rows = [(1, "Trang chủ | Tin tức", 0), (2, "Tiêu đề bài viết", 0),
...         (3, "Sáng nay, đoàn công tác của tỉnh đã đến thăm và làm việc tại", 0),
...         (4, "huyện Mèo Vạc, trao quà cho các gia đình chính sách tại địa", 0),
...         (5, "phương và kiểm tra tiến độ xây dựng nhà ở cho hộ nghèo của", 0),
...         (6, "huyện.", 0)]
>>> lines, joins = join_wrapped(rows)
>>> [n for n, _, _ in lines], joins[3]
([1, 2, 3], ((3, 0), (4, 61), (5, 121), (6, 180)))
>>> lines[2][1][-16:]
'nghèo của huyện.'
"""

from __future__ import annotations

import itertools
import re

from ttcorpus.models import Removed

# A wrapped line is at least this long (characters) and this many words (no link, no
# "key: value" row), and the wrap width at most this.
WRAP_MIN_WIDTH = 40
WRAP_MIN_WORDS = 6
WRAP_MAX_WIDTH = 140
# A page is wrapped when at least this many lines go on, in lower case or with a
# number, on the next line, their lengths within WRAP_SPREAD of the longest of them.
WRAP_MIN_EVIDENCE = 3
WRAP_SPREAD = 20
# The width is the longest line up to this much longer than the longest evidence line
# (the line the longest word went on).
WRAP_SLACK = 12
# A line joins the next when it is at least WRAP_SPREAD short of the width (and the next
# line opens in lower case) or the next line's first word would not have fitted on it.

# A line ends a sentence (or a list lead, a salutation) when its last mark is one of
# these, maybe inside closing quotes or brackets.
_ENDS = re.compile(r"[.!?…:;][\"'”’»)\]]{0,3}$")
# A line that opens a list item, a bullet, a numbered point ("2. ", "b) ") or a
# "key: value" row ("link: …", "pubDate: …").
_ITEM = re.compile(r"(?:[-–—•+*·>]|\d{1,2}[.)]\s|[a-zđ][.)]\s|[^\s:]{1,20}:(?:\s|$))")

# A line cut inside a code or a number ("Quyết định số 2150/QĐ-" / "UBND", "59/2019/"
# / "NĐ-CP") joins the next without a space.
_GLUED_BREAK = re.compile(r"\w[-/]$")
# A wrapped line opens with a letter, a digit or one of these.
_OPENING = "\"“‘'(["

# (input line, offset of its text in the joined line) for every line of a join.
Join = tuple[tuple[int, int], ...]


# A line break that a wrapped page has at least WRAP_MIN_EVIDENCE times: after no
# sentence mark, before a lower-case letter or a digit (the range à-ỹ holds every
# lower-case Vietnamese letter, and some capitals). A cheap test on the text of the
# read lines, one a line, before ``wrap_width``: it admits more pages, never fewer.
# (The look-ahead is tried first: most lines open with a capital.)
_GOES_ON_BREAK = re.compile(r"\n(?=[0-9a-zđà-ỹ])(?<![.!?…:;]\n)")


def may_be_wrapped(text: str) -> bool:
    r"""Whether ``text`` (read lines, one a line, as ``read_lines`` gives them) can
    be a hard-wrapped page at all (see ``_GOES_ON_BREAK``).

    >>> may_be_wrapped("Tiêu đề\nĐoạn một.\nĐoạn hai.")
    False
    >>> may_be_wrapped("một dòng\nhai dòng\nba dòng\nbốn dòng")
    True
    """
    found = _GOES_ON_BREAK.finditer(text)
    return next(itertools.islice(found, WRAP_MIN_EVIDENCE - 1, None), None) is not None


def _goes_on(s: str, above: str) -> bool:
    """The line ``s`` opens in lower case or with a digit (no sentence starts so); a
    number under a line that opens with one too is an item of a numbered list."""
    c = s[0]
    if c.isdigit():
        return not above[0].isdigit() and not _ITEM.match(s)
    return c.islower() and not _ITEM.match(s)


def _open(s: str) -> bool:
    """The line could be cut before its end: long enough, no sentence mark at its end,
    no "|" row."""
    return (len(s) >= WRAP_MIN_WIDTH and s.count(" ") >= WRAP_MIN_WORDS - 1
            and "|" not in s and not _ENDS.search(s))


def wrap_width(lines: list[tuple[int, str, int]]) -> int | None:
    """The width a page's paragraphs were wrapped at, or None when it is not
    wrapped (see the module docstring).

    >>> wrap_width([(1, "a" * 70, 0), (2, "b", 0)]) is None
    True
    """
    widths: list[int] = []
    for k in range(len(lines) - 1):
        n, s, _ = lines[k]
        m, t, _ = lines[k + 1]
        if m == n + 1 and _open(s) and len(s) <= WRAP_MAX_WIDTH and _goes_on(t, s):
            widths.append(len(s))
    if len(widths) < WRAP_MIN_EVIDENCE:
        return None
    top = max(widths)
    if sum(w >= top - WRAP_SPREAD for w in widths) < WRAP_MIN_EVIDENCE:
        return None
    first = next((k for k, (_, s, _) in enumerate(lines) if _ENDS.search(s)), 0)
    # the body's lines: from the first sentence end, and before it the lines that go
    # on a line above (not a headline)
    body = [
        len(s)
        for k, (_, s, _) in enumerate(lines)
        if k >= first or (k and _goes_on(s, lines[k - 1][1]))
    ]
    return max([top, *(w for w in body if w <= top + WRAP_SLACK)])


def _joins(a: str, b: str, width: int) -> bool:
    """Line ``b`` goes on the paragraph of line ``a`` on a page wrapped at ``width``."""
    if not _open(a) or len(a) > width or "|" in b or _ITEM.match(b):
        return False
    if not (b[0].isalnum() or b[0] in _OPENING):
        return False
    if len(a) + 1 + len(b.split(" ", 1)[0]) > width:
        return True
    return len(a) >= width - WRAP_SPREAD and _goes_on(b, a)


def join_wrapped(
    lines: list[tuple[int, str, int]],
) -> tuple[list[tuple[int, str, int]], dict[int, Join]]:
    """``lines`` (``read_lines``) with each run of hard-wrapped lines joined into one
    line (by a space, or none after a code cut at "-" or "/"; numbered as its first
    line), and for each joined line its
    input lines with their offsets. Unchanged (and no joins) on a page that is not
    wrapped."""
    if len(lines) < WRAP_MIN_EVIDENCE + 1:
        return lines, {}
    width = wrap_width(lines)
    if width is None:
        return lines, {}
    out: list[tuple[int, str, int]] = []
    joins: dict[int, Join] = {}
    k = 0
    in_head = True  # no line has ended a sentence yet
    while k < len(lines):
        n, s, indent = lines[k]
        parts = [(n, s)]
        while k + 1 < len(lines):
            m, t, _ = lines[k + 1]
            if m != parts[-1][0] + 1 or not _joins(parts[-1][1], t, width):
                break
            if in_head and len(parts) == 1 and not _goes_on(t, s):
                break  # a headline above its lead, not one paragraph
            parts.append((m, t))
            k += 1
        k += 1
        in_head = in_head and not _ENDS.search(parts[-1][1])
        if len(parts) == 1:
            out.append((n, s, indent))
            continue
        offsets: list[tuple[int, int]] = []
        pieces: list[str] = []
        at = 0
        for m, t in parts:
            if pieces:
                gap = "" if _GLUED_BREAK.search(pieces[-1]) else " "
                pieces.append(gap)
                at += len(gap)
            offsets.append((m, at))
            pieces.append(t)
            at += len(t)
        joins[n] = tuple(offsets)
        out.append((n, "".join(pieces), indent))
    return out, joins


def split_piece(join: Join, joined: str, start: int, text: str, kind: str) -> list[Removed]:
    """A removed piece ``text`` found at ``start`` in the ``joined`` line, cut back
    into its parts on the input lines of the join.

    >>> join = ((4, 0), (5, 8))
    >>> [(r.line, r.text) for r in split_piece(join, "Tin tức nóng hổi", 4, "tức nóng", "nav")]
    [(4, 'tức'), (5, 'nóng')]
    """
    end = start + len(text)
    out: list[Removed] = []
    for j, (line, at) in enumerate(join):
        stop = join[j + 1][1] if j + 1 < len(join) else len(joined)
        lo, hi = max(at, start), min(stop, end)
        if lo < hi:
            part = joined[lo:hi].strip()
            if part:
                out.append(Removed(line, part, kind))
    return out


def soft_breaks(text: str) -> list[int]:
    """Where the clean ``text`` of a hard-wrapped page breaks a paragraph at its wrap
    width: the positions of the line breaks inside a paragraph (see ``join_wrapped``;
    the clean text keeps the input lines, one a line). Empty on an ordinary page.
    Extraction reads these breaks as spaces, so that a name cut at a line end is found
    whole; its offsets stay those of ``text`` (a break and a space are one character).

    >>> t = ("Sáng nay, đoàn công tác của tỉnh đã đến thăm và làm việc tại\\n"
    ...      "huyện Mèo Vạc, trao quà cho các gia đình chính sách tại địa\\n"
    ...      "phương và kiểm tra tiến độ xây dựng nhà ở cho hộ nghèo của\\n"
    ...      "huyện.\\nTin liên quan")
    >>> [t[k - 3 : k] for k in soft_breaks(t)]
    ['tại', 'địa', 'của']
    """
    if not may_be_wrapped(text):
        return []
    parts = text.split("\n")
    _, joins = join_wrapped([(n, s, 0) for n, s in enumerate(parts, 1) if s])
    if not joins:
        return []
    ends: list[int] = []  # where line n ends, at ends[n - 1]
    at = 0
    for s in parts:
        at += len(s)
        ends.append(at)
        at += 1
    breaks: list[int] = []
    for join in joins.values():
        for (line, a), (_, b) in itertools.pairwise(join):
            if b - a - len(parts[line - 1]) == 1:  # joined by a space, not glued
                breaks.append(ends[line - 1])
    return sorted(breaks)
