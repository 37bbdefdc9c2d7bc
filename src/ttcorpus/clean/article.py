"""``clean_article``: one scraped article → clean body text, an account of every
removed line (or piece of a line), and the metadata read off the removed lines.

The page is read by structure, not by any site's wording:

1. Lines are normalised and cut into pieces where parts of a page were glued
   together (``ttcorpus.clean.segment``); each piece gets a chrome kind when its
   shape says so (``ttcorpus.clean.boilerplate``), strong or weak.
2. The body is the run of prose pieces: it starts at the first paragraph and ends
   at the last paragraph that is not a site notice or an item of a related-articles
   block. Before it is the *head* (site, menus, section, title, byline, dateline),
   after it the *tail* (byline, source, buttons, related blocks, comments, footer).
   Readers' comments read like prose: a comment-section header followed by a line
   signed with a name and a date marks them off before the body is measured; a
   data table flattened into "|" rows of equal width with numbers in them reads
   like a menu, and is kept whole as part of the article.
3. In the head and tail every piece is removed, with its kind (titles, sites,
   sections and bylines found by position and shape). In the body only strong
   chrome goes, plus photo captions found by their place between paragraphs
   (short scene sentences; lines set apart by indentation) and short non-sentence
   lines that recur across articles of the same input.

A body piece is never removed for a weak reason: losing body text is the worst
error, keeping a stray widget the lesser one.

>>> page = "\\n".join([
...     "BÁO MẪU ĐIỆN TỬ", "Trang chủ » Thời sự", "Hội nghị triển khai công tác năm 2024",
...     "Thứ Ba, 12/03/2024 - 09:15",
...     "BM - Sáng 12/3, tại Hà Nội, Ban Chỉ đạo tổ chức hội nghị triển khai công tác năm 2024.",
...     "Các đại biểu thống nhất đề ra nhiệm vụ trọng tâm trong thời gian tới, tập trung cơ sở.",
...     "Minh Anh", "Chia sẻ: Facebook | Zalo"])
>>> a = clean_article(page, id="x")
>>> a.title, a.published, a.authors
('Hội nghị triển khai công tác năm 2024', '2024-03-12T09:15', ['Minh Anh'])
>>> a.site, a.section
('Báo mẫu điện tử', 'Thời sự')
>>> print(a.text)
Sáng 12/3, tại Hà Nội, Ban Chỉ đạo tổ chức hội nghị triển khai công tác năm 2024.
Các đại biểu thống nhất đề ra nhiệm vụ trọng tâm trong thời gian tới, tập trung cơ sở.
>>> [(r.line, r.kind) for r in a.removed][:4]
[(1, 'site'), (2, 'nav'), (3, 'title'), (4, 'dateline')]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Container, Iterator, Sequence
from dataclasses import dataclass

import regex

from ttcorpus.clean import boilerplate as bp
from ttcorpus.clean import metadata
from ttcorpus.clean.lines import (
    PERSON_NAME,
    SENTENCE_FINAL,
    ends_sentence,
    final_mark,
    has_inner_sentence_break,
    is_all_caps,
    is_person_name,
    is_prose,
    read_lines,
    sentence_starts,
    word_count,
)
from ttcorpus.clean.markup import unmark
from ttcorpus.clean.metadata import (
    PROVINCES,
    Byline,
    breadcrumb_section,
    ends_with_proper_name,
    has_time_ago,
    head_masthead,
    is_affiliation,
    is_bare_stamp,
    is_comment_signature,
    is_credit_line,
    is_document_type,
    is_signed_dateline,
    is_staff_credit,
    labelled_section,
    opens_with_body,
    opens_with_byline_lead,
    parse_agency_source,
    parse_attribution,
    parse_byline,
    parse_dateline,
    parse_place_dateline,
    parse_signature,
    recase_site_name,
    site_name,
)
from ttcorpus.clean.phrases import tokens
from ttcorpus.clean.segment import (
    GLUED_MIN_WORDS,
    Lookup,
    Page,
    cutting_rules,
    segment_line,
    split_dateline_row,
)
from ttcorpus.clean.wires import wire_credit
from ttcorpus.clean.wraps import Join, join_wrapped, may_be_wrapped, split_piece
from ttcorpus.models import Article, Removed
from ttcorpus.normalize import fold
from ttcorpus.resources import data_lines, data_section, phrase_alternation

# Kinds that may follow the last paragraph without ending the article (a closing
# sentence after them is still body).
SOFT_TAIL_KINDS = frozenset({"caption", "dateline"})
# The first signed comment is at most this many pieces below its section's header.
COMMENT_SIGNATURE_WITHIN = 3
# What a comment section holds besides the comments: its form, dates, buttons.
COMMENT_SECTION_KINDS = frozenset({"comment_form", "dateline", "counter", "share", "widget"})
# A question-final line counts as a paragraph only from this length (shorter ones
# are teaser headlines).
QUESTION_PROSE_WORDS = 25
QUESTION_TITLE_MAX_WORDS = 35  # a question right above the dateline is a headline up to this
RELATED_ITEM_MAX_WORDS = 30
TITLE_MIN_WORDS = 4
SECTION_MAX_WORDS = 6
CATEGORY_MAX_WORDS = 12  # a category named under the menu ("Hoạt động của lãnh đạo Bộ")
CAPTION_MAX_WORDS = 20  # an uncredited caption between paragraphs
INDENT_CAPTION_MAX_WORDS = 45  # a caption set apart by indentation
TITLED_CAPTION_MAX_WORDS = 30  # … naming a titled person with offices after commas
SUBHEADING_MAX_WORDS = 15  # a heading inside the body ("Nhiệm vụ thời gian tới")
REPEATED_MAX_WORDS = 20
# Prefix of a repeated-line key found in several articles only because one article is
# there several times (see pipeline.count_repeated_lines): chrome in a page's head or
# tail, never in its body.
COPIES_ONLY = "\x00"

# The agency or site tag that opens the first paragraph: "TP - ", "HNP - ",
# "(Chinhphu.vn) - ", "VOV.VN - ".
LEAD_PREFIX = regex.compile(
    # "(Chinhphu.vn) - ", "(QĐND Online) - ", then a sentence ("UBND tỉnh …" too)
    r"\(\s*[^()\s]{2,30}(?: [^()\s]{1,15}){0,3}\s*\)\s*[-–—]{1,2}(?=\s+\p{Lu})"
    # "(BDO) ": a paper's code in brackets, no dash
    r"|\(\s*\p{Lu}[\p{Lu}\d&]{1,10}\s*\)(?=\s+\p{Lu})"
    # "(kiemsat.vn) ": a site's web address in brackets, no dash
    r"|\(\s*[\p{L}\d\-]{2,30}(?:\.[a-z\d\-]{2,20}){0,2}\.[a-z]{2,4}\s*\)(?=\s+\p{Lu})"
    # "TP - ", "VOV.VN - ", "GD&TĐ - ", "GD-TĐ - ", "BT Lào Cai - " (a code and the
    # paper's place), then a sentence: "Sáng 12/3, …"
    r"|\p{Lu}[\p{Lu}\d&]{1,10}(?:-\p{Lu}[\p{Lu}\d]{0,5})?(?:\.\p{L}{2,3})?"
    r"(?: \p{Lu}\p{Ll}{1,10}){0,2}\s*[-–—]{1,2}(?=\s+\p{Lu}\p{Ll})"
    # "Kinhtedothi - ", "YênBái - ": a site's name run together (an acronym may open
    # the sentence: "Kinhtedothi - UBND TP …")
    r"|\p{Lu}[a-z]{5,20}(?:\.vn)?\s+[-–—]{1,2}(?=\s+\p{Lu})"
    r"|\p{Lu}\p{Ll}{1,8}\p{Lu}\p{Ll}{1,8}\s+[-–—]{1,2}(?=\s+\p{Lu})"
    # "BẮC GIANG - ": a province (the paper's place) in capitals
    r"|\p{Lu}{2,8}(?: \p{Lu}{2,8}){1,3}\s+[-–—]{1,2}(?=\s+\p{Lu}\p{Ll})"
    # "TGVN. ": a code of three capitals or more and a full stop ("TP. Hồ Chí Minh"
    # has two)
    r"|\p{Lu}{3,10}\.(?=\s+\p{Lu}\p{Ll})"
)
has_body_cue = bp.has_body_cue  # (narration cues: ``clean_body_cues.txt``)
# ``bp.is_notice`` of the closing paragraphs, remembered: a site's closing sentences
# (an appeal to readers, a reprint notice) end many of its pages, and each test lowers
# the whole paragraph and looks for every notice in it.
_is_notice = functools.lru_cache(maxsize=1 << 10)(bp.is_notice)


@functools.lru_cache(maxsize=1 << 14)
def _narrates(text: str) -> bool:
    """More than one sentence, or a sign of narration (``has_body_cue``): not a
    caption. (Asked of short pieces, which recur: remembered.)"""
    return has_inner_sentence_break(text) or has_body_cue(text)


# Two capitalised syllables in a row among the first words: a person or body named
# at the head of a caption ("Thượng tướng Lê Quốc Hùng phát biểu …").
_NAME_PAIR = regex.compile(r"\p{Lu}\p{Ll}* \p{Lu}\p{Ll}*")
# A caption without a full stop names the pictured person with a title and an office
# ("Thiếu tướng Trần An, Giám đốc Công an tỉnh phát biểu tại hội nghị"): a line that
# opens with a title or honorific before a name, then a comma. (A subheading names no
# one so.) One pattern of the titles serves the caption rules below (the alternation is
# long: compiled once).
_TITLE_LIST = [
    *data_lines("person_titles.txt"),
    *(h[0].upper() + h[1:] for h in data_lines("people_honorifics.txt")),
]
_TITLES = phrase_alternation(_TITLE_LIST)
_TITLE_OPENING = regex.compile(rf"(?:{_TITLES})(?=,? )")
_NAME_START = regex.compile(r"\p{Lu}\p{Ll}* \p{Lu}")
_TITLES_FOLDED = frozenset(t.casefold() for t in _TITLE_LIST)
TITLE_MAX_WORDS = max(t.count(" ") + 1 for t in _TITLE_LIST)
_PERSON_NAME = regex.compile(PERSON_NAME)
_SURNAMES = frozenset(data_lines("surnames.txt"))


def _opens_with_titled_name(text: str) -> bool:
    """A title or honorific, then a capitalised name ("Đại tá Lê Văn Minh, …")."""
    m = _TITLE_OPENING.match(text)
    return m is not None and _NAME_START.match(text, m.end() + 1) is not None


def _is_office_in_capitals(text: str) -> bool:
    """A title in capitals, alone or with its body ("PHÓ CHỦ TỊCH", "BÍ THƯ").

    >>> _is_office_in_capitals("PHÓ CHỦ TỊCH"), _is_office_in_capitals("NGUYỄN VĂN AN")
    (True, False)
    """
    if not is_all_caps(text):
        return False
    words = text.casefold().split(" ", TITLE_MAX_WORDS)
    return any(" ".join(words[:n]) in _TITLES_FOLDED for n in range(1, len(words) + 1))


PORTRAIT_MAX_WORDS = 10


def _is_portrait(text: str) -> bool:
    """A caption that only names a titled person: a title, then a name opening with
    a surname (not a place: "Bí thư Chi bộ Lâm Đồng").

    >>> _is_portrait("Thứ trưởng Phạm Ngọc Thưởng."), _is_portrait("Bí thư Chi bộ Lâm Đồng")
    (True, False)
    """
    return _portrait_name(text) is not None


def _is_titled_name(name: str) -> bool:
    """What follows the title in a portrait caption is a name opening with a surname,
    not a province."""
    return (name.split(" ", 1)[0] in _SURNAMES and name not in PROVINCES
            and _PERSON_NAME.fullmatch(name) is not None)


@functools.lru_cache(maxsize=metadata.LINE_CACHE)
def _portrait_name(text: str) -> str | None:
    """The name in a line that only names a titled person (``_is_portrait``).
    (Asked of captions and bylines, which recur; the titles' pattern is long:
    remembered.)

    >>> _portrait_name("Luật sư Trần Thị Bình"), _portrait_name("Quang cảnh hội nghị")
    ('Trần Thị Bình', None)
    """
    m = _TITLE_OPENING.match(text)
    if m is None:
        return None
    name = text[m.end() + 1 :].removesuffix(".")
    return name if _is_titled_name(name) else None


TITLED_NAME_WITHIN = 8


def _names_titled_person(text: str) -> bool:
    """``text`` opens with a title (and office), then a personal name, then a
    lower-case word.

    >>> _names_titled_person("Phó Bí thư Thành ủy Nguyễn Văn Phong phát biểu tại hội nghị")
    True
    >>> _names_titled_person("Bí thư Tỉnh ủy làm việc với huyện"), _names_titled_person("Kết quả")
    (False, False)
    """
    m = _TITLE_OPENING.match(text)
    if m is None:
        return False
    end = m.end()
    while text.startswith(", ", end):  # titles joined by commas: "Bộ trưởng, Chủ nhiệm X"
        m = _TITLE_OPENING.match(text, end + 2)
        if m is None:
            return False
        end = m.end()
    words = text[end + 1 :].split(" ", TITLED_NAME_WITHIN + 5)
    for k in range(min(TITLED_NAME_WITHIN, len(words))):
        if words[k] in _SURNAMES:
            end = k + 1
            while end < len(words) and words[end][:1].isupper():
                end += 1
            if 2 <= end - k <= 5 and end < len(words) and words[end][:1].islower():
                return True
    return False


@dataclass(slots=True)
class Unit:
    """One piece of one line, as the cleaner sees it."""

    line: int
    text: str
    indent: int
    words: int
    kind: str | None = None
    strong: bool = False
    after_end: bool = False
    prose: bool = False
    block_item: bool = False
    lead_prefix: int = 0  # length of a lead prefix removed from the start
    table: bool = False  # a row of a data table in the article (kept whole)


def clean_article(
    text: str,
    *,
    id: str = "",
    source: str = "",
    repeated: Container[str] = frozenset(),
) -> Article:
    """Clean one article (see the module docstring). ``repeated`` holds
    ``fold`` keys of lines that recur across articles of the same input; such a
    line may go as boilerplate when it is not a sentence. HTML left in the text
    is decoded first (``ttcorpus.clean.markup``), with a warning."""
    text, marked = unmark(text)
    article, kept, settled, _ = _clean_once(text, id, source, repeated)
    if not settled:
        _settle(article, kept, repeated)
    if marked:
        article.warnings.append(
            f"HTML in the text: {marked} character reference(s) decoded or tag(s) dropped"
        )
    return article


# A page whose body extent was guessed (no paragraph, or kept lines before the first
# one) is read again from its own clean text, at most this many times, until a
# reading takes nothing more away.
MAX_SETTLE_PASSES = 8


def _settle(article: Article, kept: list[int], repeated: Container[str]) -> None:
    """Read a page again from its clean text until nothing more goes, so that
    cleaning is idempotent. (Where the body's extent was a guess, the guess can
    change once the chrome around it is gone: a short line kept between the title
    and the first paragraph opens the clean text, and reads as its title.)
    Each pass only removes lines; the removed pieces keep their original line numbers.
    """
    for _ in range(MAX_SETTLE_PASSES):
        if not article.text:
            return
        again, kept_again, _, joined = _clean_once(
            article.text, article.id, article.source, repeated)
        if again.text == article.text:
            return
        origin = kept  # line k of the clean text came from input line origin[k - 1]
        article.removed = sorted(
            [*article.removed, *(_removed(origin[p.line - 1], p.text, p.kind)
                                 for r in again.removed
                                 for p in _unjoined(r.line, r.text,
                                                    _second_kind(r, article), joined))],
            key=lambda r: r.line,
        )
        for name in ("title", "published", "site", "section", "attribution"):
            if getattr(article, name) is None:
                setattr(article, name, getattr(again, name))
        if not article.authors:
            article.authors = again.authors
        article.text = again.text
        kept = [origin[k - 1] for k in kept_again]


def _second_kind(r: Removed, article: Article) -> str:
    """The kind of a piece a later reading removed: a second "title" under the
    page's title is a heading line (kicker, label), reported as ``section``."""
    return "section" if r.kind == "title" and article.title is not None else r.kind


def _unjoined(line: int, text: str, kind: str,
              joined: dict[int, tuple[str, Join]] | None) -> list[Removed]:
    """A removed piece of input line ``line``; of a line joined from hard-wrapped
    lines (``ttcorpus.clean.wraps``), its parts on the input lines it came from."""
    if joined and line in joined:
        s, join = joined[line]
        at = s.find(text)
        if at >= 0:
            return split_piece(join, s, at, text, kind)
    return [_removed(line, text, kind)]


def _clean_once(
    text: str, id: str, source: str, repeated: Container[str], wrap: bool = True
) -> tuple[Article, list[int], bool, dict[int, tuple[str, Join]]]:
    """One reading of a page: the article, the input line of each line of its
    text, whether a second reading is sure to agree (see ``_settle``), and the
    lines joined from hard-wrapped ones (``ttcorpus.clean.wraps``)."""
    lines = read_lines(text)
    joined: dict[int, tuple[str, Join]] = {}
    page = Page([s for _, s, _ in lines])
    if wrap and may_be_wrapped(page.text):
        unwrapped = lines
        lines, joins = join_wrapped(lines)
        if joins and _cell_tables(_plain_units(unwrapped), 0, len(unwrapped) - 1):
            lines, joins = unwrapped, {}  # a table's cells are no wrapped paragraph
        if joins:
            joined = {n: (s, joins[n]) for n, s, _ in lines if n in joins}
            page = Page([s for _, s, _ in lines])
    units = _units(lines, page)
    article = Article(id=id, source=source)
    if not units:
        return article, [], True, joined
    _mark_archive_toolbar(units)
    kinds = {u.kind for u in units}  # (a block is marked only under its header)
    if "related" in kinds:
        _mark_related_blocks(units)
    if "comment_form" in kinds:
        _mark_comments(units)
    _mark_polls(units)
    opener = next((i for i, u in enumerate(units) if u.prose and _opens_body(u)), None)
    by_paragraphs = opener is not None
    start, last = _body_bounds(units, opener)
    title_at = _assign_head(units, start, repeated)
    _assign_body(units, start, last, repeated)
    _assign_tail(units, last + 1, repeated)
    _mark_slide_leads(units, start)
    _unsign_site_lines(units, title_at if title_at is not None else start, start)
    _fill_metadata(article, units, page, title_at, start, last)
    if article.section is not None:
        article.section = _last_spaced_crumb(
            units, title_at, start, text, article.section) or article.section
    body: list[str] = []
    kept: list[int] = []
    removed: list[Removed] = []
    cursor: dict[int, int] = {}  # joined line → where its next piece is looked for
    for u in units:
        if joined and u.line in joined:
            removed += _joined_pieces(u, joined[u.line], cursor)
            if u.kind is None:
                # the body keeps the input lines: a paragraph of a wrapped page stays
                # on its lines (each one is then whole in the text)
                for line, piece in _joined_body(u, joined[u.line], cursor):
                    body.append(piece)
                    kept.append(line)
            continue
        if u.lead_prefix:
            removed.append(_removed(u.line, u.text[: u.lead_prefix].rstrip(), "lead_prefix"))
        if u.kind is None:
            body.append(u.text[u.lead_prefix :].lstrip() if u.lead_prefix else u.text)
            kept.append(u.line)
        else:
            removed.append(_removed(u.line, u.text, u.kind))
    article.text = "\n".join(body)
    article.removed = removed
    # Settled: the body was found by its paragraphs and nothing before the first
    # one was kept (a kept head line would open the body of a second reading).
    settled = by_paragraphs and all(u.kind is not None for u in units[:start])
    return article, kept, settled, joined


def _joined_body(
    u: Unit, joined: tuple[str, Join], cursor: dict[int, int]
) -> list[tuple[int, str]]:
    """The kept piece ``u`` of a line joined from hard-wrapped lines (past its lead
    prefix), cut back into its parts on the input lines it came from: (line, text).
    ``_joined_pieces`` has just moved ``cursor`` past it."""
    s, join = joined
    at = cursor[u.line] - len(u.text) + u.lead_prefix
    return [(r.line, r.text) for r in split_piece(join, s, at, u.text[u.lead_prefix :], "")]


def _joined_pieces(u: Unit, joined: tuple[str, Join], cursor: dict[int, int]) -> list[Removed]:
    """The removed parts of a piece ``u`` of a line joined from hard-wrapped lines,
    each on the input line it came from (its lead prefix, or all of it when removed)."""
    s, join = joined
    at = s.find(u.text, cursor.get(u.line, 0))
    if at < 0:
        at = max(0, s.find(u.text))
    cursor[u.line] = at + len(u.text)
    out: list[Removed] = []
    if u.lead_prefix:
        out += split_piece(join, s, at, u.text[: u.lead_prefix].rstrip(), "lead_prefix")
    if u.kind is not None:
        out += split_piece(join, s, at, u.text, u.kind)
    return out


# ---------------------------------------------------------------------------
# Pieces


# Short lines of page furniture (and "|" rows of menus and buttons) recur across the
# articles of a site: their pieces are remembered (per process) rather than worked
# out again for every article. When the segmenter looked something up in the rest
# of the page (a credited name, a word written in lower case), the questions and
# answers are remembered too, and the pieces serve another page only if it answers
# the same.
SHORT_LINE_CACHE = 1 << 15
ROW_CACHE_MAX_WORDS = 60  # a "|" row up to this long is remembered too
_cached_chrome_kind = functools.lru_cache(maxsize=SHORT_LINE_CACHE)(bp.chrome_kind)

# One piece of a line: text, words, kind, strong, after_end, prose.
_Piece = tuple[str, int, "str | None", bool, bool, bool]

# (line, in the head) → its pieces and the page look-ups they rest on; emptied when
# full.
_SHORT_LINES: dict[tuple[str, bool], tuple[tuple[_Piece, ...], tuple[Lookup, ...]]] = {}


# Removed pieces are immutable and recur across the articles of a site (the same
# chrome at the same line): one object serves them all.
_REMOVED: dict[tuple[int, str, str], Removed] = {}


def _removed(line: int, text: str, kind: str) -> Removed:
    """``Removed(line, text, kind)``, shared with earlier articles when equal."""
    key = (line, text, kind)
    found = _REMOVED.get(key)
    if found is None:
        if len(_REMOVED) >= SHORT_LINE_CACHE:
            _REMOVED.clear()
        found = _REMOVED[key] = Removed(line, text, kind)
    return found


def clear_caches() -> None:
    """Forget the remembered lines (for timing, or between unrelated inputs)."""
    _SHORT_LINES.clear()
    _REMOVED.clear()
    _cached_chrome_kind.cache_clear()
    _narrates.cache_clear()
    _is_notice.cache_clear()
    _is_byline_shaped.cache_clear()
    _portrait_name.cache_clear()
    name_and_unit.cache_clear()
    _site_worded.cache_clear()
    _outlet_end.cache_clear()
    _folded.cache_clear()
    _site_core.cache_clear()
    metadata.clear_caches()


def _line_pieces(s: str, words: int, page: Page, in_head: bool) -> list[_Piece]:
    """The pieces of one line with their chrome kind (or prose flag)."""
    chrome_kind = _cached_chrome_kind if words <= bp.SHORT_WORDS else bp.chrome_kind
    if in_head:
        row = split_dateline_row(s, words)
        if row is not None:
            end, rest, kind = row
            return [(s[:end], word_count(s[:end]), "dateline", True, False, False),
                    (s[rest:], word_count(s[rest:]), kind, True, False, False)]
    rules = cutting_rules(s, words, in_head)
    if not rules:
        verdict = chrome_kind(s, words)
        if verdict is None:
            return [(s, words, None, False, False, is_prose(s, words))]
        return [(s, words, verdict[0], verdict[1], False, False)]
    cut = segment_line(s, page=page, in_head=in_head, rules=rules)
    out: list[_Piece] = []
    last_start = 0
    for p in cut:
        t = s[p.start : p.end]
        w = words if len(cut) == 1 else word_count(t)
        if out and out[-1][2] is not None and not any(c.isalnum() for c in t):
            # marks left after a removed piece go with it: "… (ảnh tư liệu)." → no "."
            prev = out[-1]
            t = s[last_start : p.end]
            out[-1] = (t, word_count(t), prev[2], prev[3], prev[4], False)
            continue
        last_start = p.start
        if p.kind is not None:
            out.append((t, w, p.kind, True, p.after_end, False))
            continue
        verdict = (_cached_chrome_kind if w <= bp.SHORT_WORDS else bp.chrome_kind)(t, w)
        if verdict is not None:
            out.append((t, w, verdict[0], verdict[1], p.after_end, False))
        else:
            out.append((t, w, None, False, p.after_end, is_prose(t, w)))
    return out


def _remembered_pieces(key: tuple[str, bool], words: int, page: Page) -> tuple[_Piece, ...]:
    """``_line_pieces`` of a short line, remembered in ``_SHORT_LINES`` with the page
    look-ups they rest on."""
    lookups = page.lookups
    journal: list[Lookup] = []
    page.journal = journal
    try:
        pieces = tuple(_line_pieces(key[0], words, page, key[1]))
    finally:
        page.journal = None
    if page.lookups - lookups == len(journal):  # every look-up is in the journal
        if len(_SHORT_LINES) >= SHORT_LINE_CACHE:
            _SHORT_LINES.clear()
        _SHORT_LINES[key] = (pieces, tuple(journal))
    return pieces


# A data table flattened into "|" rows: at least this many cells a row, and the rows
# in a run share their number of cells.
TABLE_MIN_CELLS = 3
_NUMBER_CELL = re.compile(r"\s*[-+]?\d[\d.,]*\s*%?\s*")


def _table_rows(lines: list[tuple[int, str, int]]) -> set[int]:
    """Indices of the lines that are rows of a data table: a run of two or more
    "|" rows with the same number of cells, where every row but a header has a
    number in a cell of its own ("2 | Hải Phòng | 98.000 | 101%"). Menus and
    button rows stand alone, or hold no numbers.

    >>> rows = ["STT | Tỉnh | Số thu", "1 | Hà Nội | 350", "2 | Huế | 41", "Chia sẻ | Zalo | In"]
    >>> sorted(_table_rows([(k, r, 0) for k, r in enumerate(rows)]))
    [0, 1, 2]
    """
    found: set[int] = set()
    for run in _equal_width_runs(lines):
        found.update(_tabular(run, lines))
    return found


def _equal_width_runs(lines: list[tuple[int, str, int]]) -> Iterator[list[int]]:
    """Runs of two or more consecutive "|" rows with the same number of cells."""
    run: list[int] = []
    cells = 0
    for k, (_, s, _) in enumerate(lines):
        n = s.count("|") + 1 if "|" in s else 0
        if n >= TABLE_MIN_CELLS and n == cells:
            run.append(k)
            continue
        if len(run) >= 2:
            yield run
        run, cells = ([k], n) if n >= TABLE_MIN_CELLS else ([], 0)
    if len(run) >= 2:
        yield run


def _tabular(run: list[int], lines: list[tuple[int, str, int]]) -> list[int]:
    """The rows of a run that make tables: a first row (a header, maybe), then rows
    with numbers, two numeric rows at least; a row without numbers after them
    (a button row) may open the next table."""
    numeric = [_has_number_cell(lines[k][1]) for k in run]
    out: list[int] = []
    i = 0
    while len(run) - i >= 2:
        end = i + 1
        while end < len(run) and numeric[end]:
            end += 1
        if sum(numeric[i:end]) >= 2:
            out += run[i:end]
        i = end
    return out


def _has_number_cell(row: str) -> bool:
    return any(_NUMBER_CELL.fullmatch(cell) for cell in row.split("|"))


def _units(lines: list[tuple[int, str, int]], page: Page) -> list[Unit]:
    """The pieces of every line, each with its chrome kind (or prose flag)."""
    units: list[Unit] = []
    seen_prose = False
    cache = _SHORT_LINES
    tables = _table_rows(lines) if "|" in page.text else ()
    for k, (n, s, indent) in enumerate(lines):
        words = s.count(" ") + 1
        if k in tables:
            units.append(Unit(n, s, indent, words, table=True))
            continue
        in_head = not seen_prose
        if words < GLUED_MIN_WORDS or (words <= ROW_CACHE_MAX_WORDS and "|" in s):
            key = (s, in_head)
            known = cache.get(key)
            if known is not None and (not known[1] or page.answers_as(known[1])):
                pieces: Sequence[_Piece] = known[0]
            else:
                pieces = _remembered_pieces(key, words, page)
        else:
            pieces = _line_pieces(s, words, page, in_head)
        for t, w, kind, strong, after_end, prose in pieces:
            units.append(Unit(n, t, indent, w, kind, strong, after_end, prose))
            if prose:
                seen_prose = True
    return units


_TOOLBAR_OPENS = tuple(data_section("clean_archive_toolbar.txt", "opens"))
_TOOLBAR_CLOSES = frozenset(data_section("clean_archive_toolbar.txt", "closes"))
TOOLBAR_OPENS_WITHIN = 3  # the toolbar's first line is among the page's first lines
TOOLBAR_MAX_LINES = 40


def _mark_archive_toolbar(units: list[Unit]) -> None:
    """A web archive's toolbar above a captured page ("The Wayback Machine - https://…"
    … "TIMESTAMPS" / "loading", ``clean_archive_toolbar.txt``): its lines are nav, so
    the captured page's own masthead names the site."""
    for i in range(min(TOOLBAR_OPENS_WITHIN, len(units))):
        if units[i].text.startswith(_TOOLBAR_OPENS):
            break
    else:
        return
    end = None
    for k in range(i + 1, min(i + TOOLBAR_MAX_LINES, len(units))):
        if units[k].text in _TOOLBAR_CLOSES:
            end = k
    for k in range(i, (end if end is not None else i) + 1):
        units[k].kind, units[k].strong = "nav", True


def _mark_related_blocks(units: list[Unit]) -> None:
    """Flag the headline-shaped pieces (short, not ending a sentence with a full
    stop) that follow a related-articles header."""
    in_block = False
    for u in units:
        if u.kind == "related" and bp.made_of(u.text) == "related":  # a block header
            in_block = True
        elif (in_block and u.kind in (None, "related") and u.words <= RELATED_ITEM_MAX_WORDS
              and final_mark(u.text) not in (".", "!", "…") and not _speaker_label(u.text)):
            u.block_item = True
        else:
            in_block = False


_SPEAKER_LABELS = frozenset(w.casefold() for w in data_lines("clean_speaker_labels.txt"))
SPEAKER_LABEL_MAX_WORDS = max(w.count(" ") + 1 for w in _SPEAKER_LABELS)
_SPEAKER_INITIALS = frozenset(c for w in _SPEAKER_LABELS for c in (w[0], w[0].upper()))


def _speaker_label(text: str) -> bool:
    """A line of an interview opening with its speaker's label and a colon.

    >>> _speaker_label("PV: Kết quả nổi bật của năm qua là gì?"), _speaker_label("Hà Nội: Mưa")
    (True, False)
    """
    if text[:1] not in _SPEAKER_INITIALS:
        return False
    label, colon, _ = text.partition(":")
    return (colon != "" and label.count(" ") < SPEAKER_LABEL_MAX_WORDS
            and label.strip().casefold() in _SPEAKER_LABELS)


def _mark_comments(units: list[Unit]) -> None:
    """Readers' comments: once a comment-section header is followed by a line signed
    with a name and a date, or by a comment's row of buttons stamped with how long
    ago it was posted ("Trả lời Thích 12 2 giờ trước"), every free piece after the
    header is a comment (however much it reads like prose), up to the next block of
    the page."""
    body_seen = False
    for i, u in enumerate(units):
        body_seen = body_seen or u.prose
        if u.kind == "comment_form" and any(
            (v.kind is None and is_comment_signature(v.text))
            or (v.kind == "comment_form" and has_time_ago(v.text))
            # under the post, a bare stamp: "5 giờ" (social media)
            or (body_seen and v.kind == "dateline" and is_bare_stamp(v.text))
            for v in units[i + 1 : i + 1 + COMMENT_SIGNATURE_WITHIN]
        ):
            for v in units[i + 1 :]:
                if v.kind is None:
                    v.kind = "comment"
                elif v.kind not in COMMENT_SECTION_KINDS:
                    return  # the next block of the page: related articles, the footer
            return


_POLL_BUTTONS = frozenset(b.casefold() for b in data_lines("clean_poll_buttons.txt"))
_POLL_INITIALS = frozenset(c for b in _POLL_BUTTONS for c in (b[0], b[0].upper()))
POLL_MIN_OPTIONS, POLL_MAX_OPTIONS = 2, 8
POLL_OPTION_MAX_WORDS = 10
POLL_QUESTION_MAX_WORDS = 30


def _mark_polls(units: list[Unit]) -> None:
    """A reader poll: a question ("Bạn đánh giá thế nào …?"), its answers one a line
    (short, no sentence mark) and its buttons (``clean_poll_buttons.txt``) → widget.

    >>> lines = ["Bạn thấy chính sách mới thế nào?", "Hợp lý", "Chưa hợp lý", "Bình chọn"]
    >>> us = [Unit(k, t, 0, t.count(" ") + 1) for k, t in enumerate(lines)]
    >>> _mark_polls(us)
    >>> [u.kind for u in us]
    ['widget', 'widget', 'widget', 'widget']
    """
    for i, u in enumerate(units):
        if u.words > 3 or u.text[0] not in _POLL_INITIALS or (
                u.text.casefold() not in _POLL_BUTTONS):
            continue
        k = i - 1
        while k >= 0 and i - k <= POLL_MAX_OPTIONS and units[k].words <= POLL_OPTION_MAX_WORDS and (
            units[k].kind is None or not units[k].strong) and final_mark(units[k].text) == "":
            k -= 1
        options = i - 1 - k
        q = units[k] if k >= 0 else None
        if (q is None or not POLL_MIN_OPTIONS <= options <= POLL_MAX_OPTIONS
                or final_mark(q.text) != "?" or q.words > POLL_QUESTION_MAX_WORDS
                or q.line != units[k + 1].line - 1):
            continue
        end = i + 1
        while end < len(units) and units[end].words <= 3 and (
                units[end].text.casefold() in _POLL_BUTTONS):
            end += 1  # "Biểu quyết" / "Xem kết quả"
        for j in range(k, end):
            units[j].kind, units[j].strong, units[j].prose = "widget", True, False


def _is_paragraph(u: Unit) -> bool:
    """Prose that marks the extent of the body."""
    if u.kind is not None or not u.prose or u.block_item or u.after_end:
        return False
    if final_mark(u.text) == "?" and u.words < QUESTION_PROSE_WORDS:
        return False
    return not _is_notice(u.text)


def _opens_body(u: Unit) -> bool:
    """A paragraph that can open the body (a headline-length question cannot)."""
    if u.kind is not None or not u.prose or u.after_end:
        return False
    return final_mark(u.text) != "?" or u.words >= QUESTION_PROSE_WORDS


def _body_bounds(units: list[Unit], opener: int | None = 0) -> tuple[int, int]:
    """Index of the first and of the last body paragraph. ``opener``: the first piece
    that ``_opens_body``, when known (None: there is none)."""
    first = None if opener is None else next(
        (i for i in range(opener, len(units))
         if units[i].prose and _opens_body(units[i]) and not _question_headline(units, i)), None)
    last = next((i for i in range(len(units) - 1, -1, -1)
                 if units[i].prose and _is_paragraph(units[i])), None)
    if first is not None and last is not None and last >= first:
        return first, last
    if first is not None:
        return first, first
    # No paragraph at all: the first sentence (or, failing that, the second free
    # piece) opens the body, which then runs to the last free piece.
    free = [i for i, u in enumerate(units)
            if u.kind is None and not u.after_end and not u.block_item]
    if not free:
        return len(units), len(units) - 1
    sentences = [
        i for i in free if ends_sentence(units[i].text) and units[i].words >= TITLE_MIN_WORDS
    ]
    if sentences:
        return sentences[0], sentences[-1]
    first = free[0]
    return first, max(free[-1], first)


# ---------------------------------------------------------------------------
# Head: site, menus, section, title, byline, dateline


@functools.lru_cache(maxsize=metadata.LINE_CACHE)
def _is_byline_shaped(text: str) -> bool:
    """A byline, an attribution or a credit line. (Asked of short head and body
    pieces, which recur: remembered.)"""
    return (
        parse_byline(text) is not None
        or parse_attribution(text) is not None
        or is_credit_line(text)
    )


def _credits_authors(text: str) -> bool:
    """A byline lead with a colon and the names it credits."""
    if not opens_with_byline_lead(text):
        return False
    byline = parse_byline(text)
    return byline is not None and bool(byline.authors)


# ``fold`` of short lines, remembered: mastheads, menus and other chrome recur
# across a site's pages, and each is looked up in the repeated lines more than once.
_folded = functools.lru_cache(maxsize=metadata.LINE_CACHE)(fold)


def _in(repeated: Container[str], text: str) -> bool:
    if isinstance(repeated, (set, frozenset, dict)) and not repeated:
        return False
    return _folded(text) in repeated


_SUMMARY_LABELS = frozenset(p.casefold() for p in data_lines("clean_summary_labels.txt"))


def _summary_box(units: list[Unit], start: int) -> int:
    """Where a box of the article's key points opens above the lead (its label,
    ``clean_summary_labels.txt``): from there on the head is the article's own text,
    kept. ``start`` when there is none."""
    for i in range(min(start, len(units))):
        if units[i].words <= 4 and units[i].text.rstrip(" :").casefold() in _SUMMARY_LABELS:
            return i
    return start


def _assign_head(units: list[Unit], start: int, repeated: Container[str]) -> int | None:
    """Decide the head pieces; return the index of the title piece (or None)."""
    _assign_affiliations(units, start)
    box = _summary_box(units, start)
    for i in range(box, min(start, len(units))):
        if i == box or not units[i].strong:
            units[i].kind = None  # the label and its points: text, never the title
    start = box
    candidates = []
    for i in range(0, min(start, len(units))):
        u = units[i]
        if u.kind == "site" and not u.strong and parse_place_dateline(u.text) is not None:
            u.kind = "dateline"  # "TP.HCM, 03/10/2024 14:20 GMT+7" (capitals: weakly a site)
            continue
        if u.kind == "comment_form" and not u.strong and _credits_authors(u.text):
            u.kind = None  # "Nội dung: MINH QUÂN - QUỲNH ANH" (a form's field is no byline)
        if u.kind is not None:
            continue
        if _byline_by_dateline_with_unit(units, i):
            u.kind = "byline"  # "Mai Thảo - Công an xã Krông Búk" / "Thứ Ba, 14/10/2025"
            continue
        if (u.prose or u.table or (u.words >= TITLE_MIN_WORDS and final_mark(u.text) == ".")) and (
                not _question_headline(units, i)):
            continue  # a sentence (or a table) before the first paragraph stays in the body
        if parse_place_dateline(u.text) is not None:
            u.kind = "dateline"  # "Lạng Sơn, ngày 20/11/2024"
            continue
        if not any(c.isalpha() for c in u.text):
            u.kind = "counter"  # digits and marks above the article: no title
            continue
        candidates.append(i)
    titles = [i for i in candidates if not _is_byline_shaped(units[i].text)]
    preferred = [i for i in titles if not _in(repeated, units[i].text)] or titles
    long_enough = [i for i in preferred if units[i].words >= TITLE_MIN_WORDS] or preferred
    title_at = long_enough[-1] if long_enough else None
    if title_at is not None:
        title_at = _headline_above_dateline(units, long_enough, title_at)
    if title_at is None:
        title_at = _headline_in_capitals(units, start, repeated)
        if title_at is not None:
            units[title_at].kind = None
            candidates.append(title_at)
    nav_seen = site_seen = False
    menu = _vertical_menu(units, candidates, title_at)
    for i, kind in menu.items():
        units[i].kind = kind  # (a candidate is given it again below)
    menu_ended = False  # past the menu's search or login entry ("Tìm kiếm")
    for i in range(0, min(start, len(units))):
        u = units[i]
        if u.kind == "nav":
            nav_seen = True
            menu_ended = menu_ended or _ENDS_MENU.fullmatch(u.text) is not None
        elif u.kind == "site":
            site_seen = True
        if title_at is not None and i > title_at and (
            (u.kind == "site" and caps_byline(u))
            or (u.kind == "caption" and _writer_and_photographer(u))
        ):
            u.kind = "byline"
        if (u.kind == "site" and not u.strong and title_at is not None and i < title_at
                and _site_seen_before(units, i) and _byline_by_dateline(units, i)):
            u.kind = "byline"  # "HƯƠNG TRÀ" above the dateline, under the masthead
            continue
        if (u.kind == "site" and not u.strong and title_at is not None and i == title_at - 1
                and nav_seen and _tab_in_capitals(units, i)):
            u.kind = "section"  # "Tin tức - Sự kiện" in the menu, "TIN TỨC - SỰ KIỆN" / title
            continue
        if i not in candidates:
            continue
        if title_at is None or i > title_at:
            _assign_after_title(u)
        elif i == title_at:
            u.kind = "title"
        elif i in menu:
            u.kind = menu[i]
        elif menu_ended and u.words <= CATEGORY_MAX_WORDS:
            u.kind = "section"  # a label between the menu's end and the title: the category
        elif _site_seen_before(units, i) and _byline_by_dateline(units, i):
            # above the title, by the dateline, under the masthead: "12:31 | 18/10 / Đỗ
            # Bình" (the page's first line is its masthead: "Người Lao Động" / date)
            u.kind = "byline"
        elif labelled_section(u.text) is not None:
            u.kind = "section"  # "Chuyên mục: Hoạt động của Thành ủy"
        elif is_all_caps_or_site(u) or (site_seen and _foreign_tagline(u)) or (not nav_seen and (
            not site_seen or u.words > SECTION_MAX_WORDS
        )):
            # one plain line names the site, a longer one under it is its motto;
            # labels under it are sections
            u.kind = "site"
            site_seen = True
        elif u.words <= SECTION_MAX_WORDS or (
            # a longer category right above the title, under a section label: "Tin
            # tức - Sự kiện" / "Hoạt động của HĐND - UBND tỉnh" / title
            u.words <= CATEGORY_MAX_WORDS and i == title_at - 1 and i > 0
            and units[i - 1].kind == "section"
        ):
            u.kind = "section"
        else:
            u.kind = "nav"
    if title_at is not None:
        _motto_under_masthead(units, title_at)
        for k in range(_document_title_start(units, title_at), title_at):
            units[k].kind = "title"
        _source_under_title(units, title_at, start)
    return title_at


def _tab_in_capitals(units: list[Unit], i: int) -> bool:
    """``units[i]`` is a label of the menu above it written again in capitals.

    >>> us = [Unit(1, "Tin tức - Sự kiện", 0, 5, "nav"), Unit(2, "TIN TỨC - SỰ KIỆN", 0, 5)]
    >>> _tab_in_capitals(us, 1), _tab_in_capitals(us[1:], 0)
    (True, False)
    """
    u = units[i]
    if u.words > CATEGORY_MAX_WORDS or not is_all_caps(u.text):
        return False
    label = u.text.casefold()
    return any(units[k].kind == "nav" and units[k].text.casefold() == label for k in range(i))


def _motto_under_masthead(units: list[Unit], title_at: int) -> None:
    """A short line read as the section that stands right under the masthead's lines,
    with the menu still to come before the title and not among its labels, is the
    masthead's motto ("BỘ CÔNG AN" / "CÔNG AN TỈNH X" / "Vì nhân dân phục vụ" / "Trang
    chủ" / …): a site line. (A tab of the menu set there is the section: "Tuổi trẻ" /
    "Thời sự | Tuổi trẻ | …".)

    >>> us = [Unit(1, "CÔNG AN TỈNH AN GIANG", 0, 5, "site"), Unit(2, "Vì nhân dân phục vụ",
    ...       0, 5, "section"), Unit(3, "Trang chủ", 0, 2, "nav"), Unit(4, "Tiêu đề", 0, 2)]
    >>> _motto_under_masthead(us, 3); us[1].kind
    'site'
    """
    for i in range(1, title_at):
        if units[i].kind != "section":
            continue
        if not all(units[k].kind == "site" for k in range(i)):
            return
        menu = [u for u in units[i + 1 : title_at] if u.kind == "nav"]
        label = units[i].text.casefold()
        if menu and not any(label == tab.strip().casefold()
                            for u in menu for tab in _MENU_SPLIT.split(u.text)):
            units[i].kind = "site"
        return


_MENU_SPLIT = re.compile(r"[|»›>/•·]")


def _question_headline(units: list[Unit], i: int) -> bool:
    """A headline that asks a question, right above the dateline: a headline-length
    line ending in "?" (a Q&A page's question) is a title candidate, not a sentence
    of the body.

    >>> lines = ["Hỏi đáp", "Hộ nghèo có được giảm học phí cho con không?", "12/03/2025 09:10"]
    >>> us = [Unit(k, t, 0, t.count(" ") + 1, prose=True) for k, t in enumerate(lines)]
    >>> us[2].kind = "dateline"
    >>> _question_headline(us, 1), _question_headline(us, 0)
    (True, False)
    """
    u = units[i]
    return (
        i + 1 < len(units) and units[i + 1].kind == "dateline"
        and final_mark(u.text) == "?" and TITLE_MIN_WORDS <= u.words <= QUESTION_TITLE_MAX_WORDS
        and not u.table
    )


# A headline this long right above the dateline outranks a short line under it.
HEADLINE_ABOVE_DATELINE_MIN_WORDS = 8
SHORT_TITLE_MAX_WORDS = 5


def _headline_above_dateline(units: list[Unit], titles: list[int], title_at: int) -> int:
    """The title when a short unknown line under the dateline ("Nghe đọc", a tool's
    label) would take its place: a headline-length line right above that dateline, at
    least twice as long, wins. ``title_at`` otherwise.

    >>> lines = ["Tỉnh ủy triển khai kế hoạch chuyển đổi số năm 2025 cho cơ quan",
    ...          "07/11/2024 19:03", "Bấm nghe ngay nhé"]
    >>> us = [Unit(k, t, 0, t.count(" ") + 1) for k, t in enumerate(lines)]
    >>> us[1].kind = "dateline"
    >>> _headline_above_dateline(us, [0, 2], 2)
    0
    """
    u = units[title_at]
    if u.words > SHORT_TITLE_MAX_WORDS or final_mark(u.text) in SENTENCE_FINAL:
        return title_at
    k = title_at - 1
    while k > 0 and units[k].kind is not None and units[k].kind != "dateline":
        k -= 1  # (a widget or a counter between the dateline and the line)
    if k <= 0 or units[k].kind != "dateline" or k - 1 not in titles:
        return title_at
    above = units[k - 1]
    if (above.words >= HEADLINE_ABOVE_DATELINE_MIN_WORDS and above.words >= 2 * u.words
            and final_mark(above.text) not in SENTENCE_FINAL):
        return k - 1
    return title_at


def _source_under_title(units: list[Unit], title_at: int, start: int) -> None:
    """An aggregator names the outlet it took the article from under the headline
    ("Báo Mới" / title / "Báo Quảng Trị" / "1 giờ trước"): an outlet's name there, when
    the page's masthead is above the title, is the attribution."""
    for k in range(title_at + 1, min(start, len(units))):
        u = units[k]
        if u.kind == "site" and _outlet_end(u.text) is not None:
            sites = [_folded(units[j].text) for j in range(title_at) if units[j].kind == "site"]
            if not sites:
                return
            name = fold(u.text)
            if not any(name.startswith(s) or s.startswith(name) for s in sites):
                u.kind = "attribution"  # (not the masthead again: "Tạp chí X số 1.043")
            return


DOCUMENT_TITLE_MAX_LINES = 5  # a document's type heading and its subject lines


def _document_title_start(units: list[Unit], title_at: int) -> int:
    """Where the title of an official document opens, when the title line continues its
    type heading: "KẾ HOẠCH" / "triển khai thực hiện Kết luận số 01-KL/TW …" / "về …"
    (the heading in capitals, the subject's lines opening in lower case or with a
    quote). ``title_at`` when the title is one line.

    >>> lines = ["KẾ HOẠCH", "thực hiện Chỉ thị số 05-CT/TW", "về công tác dân vận"]
    >>> _document_title_start([Unit(k, t, 0, t.count(" ") + 1) for k, t in enumerate(lines)], 2)
    0
    """
    for k in range(title_at - 1, max(-1, title_at - DOCUMENT_TITLE_MAX_LINES), -1):
        if not _continues(units[k + 1].text):
            break  # the line below opens a sentence of its own
        text = units[k].text
        if is_document_type(text) and is_all_caps(text):
            return k
        if units[k].strong or not _continues(text):
            break
    return title_at


def _continues(text: str) -> bool:
    """A line that goes on from the one above: it opens in lower case or with a quote or
    bracket ("về công tác dân vận", "\"Về đẩy mạnh …\"")."""
    first = text[:1]
    return first.islower() or first in "\"“'("


# A menu set one label a line: at least this many short label lines in a row above
# the title (a site name, a section and its sub-section make three at most).
VERTICAL_MENU_MIN_LINES = 4
TRAIL_MAX_CRUMBS = 3  # a category trail after a break in the menu: a tab and its sub-sections


def _vertical_menu(units: list[Unit], candidates: list[int], title_at: int | None
                   ) -> dict[int, str]:
    """The label lines of a menu set one a line above the title → "nav"; when no
    other line stands between the run and the title and a tab of the menu comes
    again, the labels from there on are the page's category trail ("Thời sự" /
    "Pháp luật" / … / "Pháp luật" / "Hình sự" above the headline), "section". A label
    in capitals or with a site word is left to be the site name, unless the labels in
    capitals follow the home link ("TRANG CHỦ" / "TIN TỨC - SỰ KIỆN" / …). The menu's
    own links on their lines ("Hỏi đáp", "Tìm kiếm") close a run of three labels or more,
    and a tab longer than a label counts when the page sets it twice (``_repeated_tabs``).

    >>> labels = ["Mới nhất", "Thời sự", "Pháp luật", "Góc nhìn", "Pháp luật", "Tiêu đề"]
    >>> us = [Unit(n, t, 0, t.count(" ") + 1) for n, t in enumerate(labels, 1)]
    >>> sorted(_vertical_menu(us, [0, 1, 2, 3, 4, 5], 5).values())
    ['nav', 'nav', 'nav', 'nav', 'section']
    >>> sorted(_vertical_menu(us[:4] + us[5:], [0, 1, 2, 3, 4], 4).values())
    ['nav', 'nav', 'nav', 'nav']
    """
    if title_at is None or not _may_hold_menu(units, title_at):
        return {}
    free = set(candidates)
    runs: list[list[int]] = []
    tabs = _repeated_tabs(units, free, title_at)
    # (by id: runs of labels in capitals under the home link; runs closed by the menu's
    # own links, which take no more labels)
    caps_runs: set[int] = set()
    closed: set[int] = set()
    for i in range(title_at):
        u = units[i]
        follows = bool(runs) and runs[-1][-1] == i - 1 and units[i - 1].line == u.line - 1
        if follows and id(runs[-1]) not in caps_runs and _menu_link(u):
            runs[-1].append(i)  # "Hỏi đáp", "Tìm kiếm" closing a run of labels
            closed.add(id(runs[-1]))
            continue
        if _is_home_link(u):  # a menu in capitals may follow: "TRANG CHỦ" / "VĂN BẢN" / …
            runs.append([i])
            caps_runs.add(id(runs[-1]))
            continue
        if _caps_menu_label(units, i, free) or (_menu_link(u) and is_all_caps(u.text)):
            if follows and id(runs[-1]) in caps_runs:
                runs[-1].append(i)
            continue
        if ((u.words > SECTION_MAX_WORDS and u.text not in tabs) or final_mark(u.text) == "."
                or (i in free and is_all_caps_or_site(u))
                or (i not in free and u.kind not in _LABEL_KINDS)):
            continue
        if follows and id(runs[-1]) not in closed and id(runs[-1]) not in caps_runs:
            runs[-1].append(i)
        elif not (i == 0 and (_names_a_site(u.text) or _named_below(units, u.text, title_at))):
            runs.append([i])  # (the page's first line is its name)
    runs = [run for run in runs if (id(run) not in closed and id(run) not in caps_runs)
            or sum(1 for i in run if units[i].kind != "nav") >= VERTICAL_MENU_MIN_LINES - 1]
    menu: dict[int, str] = {}
    before = [i for i in candidates if i < title_at]
    shown: set[str] = set()  # the labels of the menu's earlier runs
    for run in runs:
        if len(run) < VERTICAL_MENU_MIN_LINES:
            continue
        menu.update((i, "nav") for i in run)
        if id(run) in closed or id(run) in caps_runs:
            run = [i for i in run if units[i].kind != "nav"]  # (the menu's own links)
        if not before or run[-1] != before[-1]:
            shown.update(units[i].text for i in run)
            continue
        if _names_tab_more_fully(units, run):
            menu[run[-1]] = "section"  # "Tin tức" / … / "Tin tức - Sự kiện" / title
            continue
        seen: set[str] = set()
        for k, i in enumerate(run):
            if units[i].text in seen:  # the menu's tab again: the page's category trail
                menu.update((j, "section") for j in run[k:])
                break
            seen.add(units[i].text)
        else:
            # a tab of an earlier run among the last lines ("Ý kiến" broke the run):
            # "… Tâm sự" / "Hài" / "Thời sự" / "Chính trị" / title
            for k in range(max(0, len(run) - TRAIL_MAX_CRUMBS), len(run)):
                if units[run[k]].text in shown:
                    menu.update((j, "section") for j in run[k:])
                    break
    return menu


def _may_hold_menu(units: list[Unit], title_at: int) -> bool:
    """Whether the lines above the title hold ``VERTICAL_MENU_MIN_LINES`` pieces in a
    row on lines in a row, each a menu line or no longer than a category: a run of
    ``_vertical_menu`` is made of such pieces only (a cheap test that it has none).

    >>> us = [Unit(n, t, 0, t.count(" ") + 1) for n, t in enumerate(
    ...     ["Thời sự", "Pháp luật", "Góc nhìn", "Thể thao", "Tiêu đề"], 1)]
    >>> _may_hold_menu(us, 4), _may_hold_menu(us, 3)
    (True, False)
    """
    run = 0
    for i in range(title_at):
        u = units[i]
        if u.kind == "nav" or u.words <= CATEGORY_MAX_WORDS:
            run = run + 1 if run and units[i - 1].line == u.line - 1 else 1
            if run >= VERTICAL_MENU_MIN_LINES:
                return True
        else:
            run = 0
    return False


def _names_tab_more_fully(units: list[Unit], run: list[int]) -> bool:
    """The last label of a menu's run (the one right above the title) opens with an
    earlier label of the run and a dash: the category's full name, not a tab.

    >>> us = [Unit(n, t, 0, t.count(" ") + 1) for n, t in enumerate(
    ...     ["Trang chủ", "Tin tức", "Văn bản", "Tin tức - Sự kiện"], 1)]
    >>> _names_tab_more_fully(us, [0, 1, 2, 3]), _names_tab_more_fully(us, [0, 2, 3])
    (True, False)
    """
    head, sep, _ = units[run[-1]].text.partition(" - ")
    return bool(sep) and any(units[i].text == head for i in run[:-1])


def _menu_link(u: Unit) -> bool:
    """A line read as one menu link on its own ("Hỏi đáp", "Tìm kiếm..."), no trail."""
    return (u.kind == "nav" and u.words <= SECTION_MAX_WORDS and "|" not in u.text
            and not bp.has_trail_marks(u.text) and not _is_home_link(u))


def _is_home_link(u: Unit) -> bool:
    """The home link alone on its line ("Trang chủ", "TRANG CHỦ")."""
    return u.kind == "nav" and bp.MENU_OPENING.fullmatch(u.text) is not None


def _caps_menu_label(units: list[Unit], i: int, free: Container[int]) -> bool:
    """A short line in capitals that may be a label of a menu set one a line ("TIN TỨC -
    SỰ KIỆN"): free, or read weakly as a site name."""
    u = units[i]
    return (u.words <= SECTION_MAX_WORDS and is_all_caps(u.text)
            and (i in free or (u.kind == "site" and not u.strong))
            and bp.SITE_LEAD.match(u.text) is None and _outlet_end(u.text) is None)


def _repeated_tabs(units: list[Unit], free: Container[int], title_at: int) -> set[str]:
    """Free lines above the title, longer than a section label but not than a
    category, that the page sets twice: a menu's tab named again as the page's
    category ("Bảo vệ nền tảng tư tưởng của Đảng" in the menu and above the title).

    >>> lines = ["Thời sự", "Học tập và làm theo tấm gương Bác", "Khoa giáo",
    ...          "Học tập và làm theo tấm gương Bác", "Tiêu đề bài"]
    >>> us = [Unit(n, t, 0, t.count(" ") + 1) for n, t in enumerate(lines, 1)]
    >>> _repeated_tabs(us, range(5), 4)
    {'Học tập và làm theo tấm gương Bác'}
    """
    seen: set[str] = set()
    tabs: set[str] = set()
    for i in range(title_at):
        u = units[i]
        if i in free and SECTION_MAX_WORDS < u.words <= CATEGORY_MAX_WORDS:
            (tabs if u.text in seen else seen).add(u.text)
    return tabs


_ENDS_MENU = regex.compile(rf"(?i:{phrase_alternation(bp.NAV_TERMINAL)})(?:\.\.\.|…)?")


# Kinds a short line of a menu may have been given on its own ("Tin nóng" reads as a
# related-news label; a line already read as nav is a menu of its own).
_LABEL_KINDS = frozenset({"related"})


# A name that ends with a site word names a site, not a writer ("Tuổi Trẻ Online").
_SITE_ENDINGS = tuple(e.casefold() for e in data_lines("clean_site_endings.txt"))


def _ends_with_site_word(text: str) -> bool:
    return text.casefold().endswith(_SITE_ENDINGS)


def _named_below(units: list[Unit], name: str, title_at: int) -> bool:
    """The page names ``name`` again below its title, inside a longer line (a lead
    prefix "Dân trí - …", a copyright "© … Báo điện tử Dân trí"): a site's name, not
    a menu label."""
    return any(name in u.text and u.text != name for u in units[title_at + 1 :])


def _names_a_site(text: str) -> bool:
    """A name as mastheads write it: one word ("VietnamPlus"), every word
    capitalised ("Lao Động"), or ending with a site word ("Công an nhân dân điện
    tử"); menu labels are phrases ("Mới nhất").

    >>> _names_a_site("VietnamPlus"), _names_a_site("Lao Động"), _names_a_site("Mới nhất")
    (True, True, False)
    >>> _names_a_site("Quân khu 7 điện tử")
    True
    """
    return all(w[:1].isupper() or w[:1].isdigit() for w in text.split(" ")) or (
        _ends_with_site_word(text)
    ) or (" " in text and ends_with_proper_name(text))  # "Nông nghiệp Việt Nam"


# A line in capitals this long, not opening with a site word, can be the headline of
# a page that sets its titles in capitals (site names in capitals are shorter).
CAPS_TITLE_MIN_WORDS = 6


def _headline_in_capitals(units: list[Unit], start: int, repeated: Container[str]) -> int | None:
    """The last long line in capitals above the body, when the page has no other
    title: "HÀ NỘI RA QUÂN BẢO ĐẢM TRẬT TỰ ĐÔ THỊ NĂM 2024" under "BÁO HÀ TĨNH"."""
    found = [
        i for i in range(min(start, len(units)))
        if units[i].kind == "site" and units[i].words >= CAPS_TITLE_MIN_WORDS
        and bp.SITE_LEAD.match(units[i].text) is None and not caps_byline(units[i])
        and not _in(repeated, units[i].text)
    ]
    return found[-1] if found else None


def _assign_affiliations(units: list[Unit], start: int) -> None:
    """An office or institute named on its own line under a byline in the head is
    the author's affiliation, not a title ("TS NGUYỄN VĂN THẮNG" / "Học viện Chính
    trị quốc gia Hồ Chí Minh")."""
    for i in range(1, min(start, len(units))):
        u, above = units[i], units[i - 1]
        if (u.kind is None and above.kind in (None, "site", "byline")
                and is_affiliation(u.text) and _signs(above)):
            u.kind = "attribution"


def _signs(u: Unit) -> bool:
    """A byline, in any case."""
    return u.kind == "byline" or (
        u.words <= BYLINE_MAX_WORDS and (parse_byline(u.text) is not None or caps_byline(u))
    )


def _foreign_tagline(u: Unit) -> bool:
    """A line of three words or more in plain ASCII letters under the site's name: its
    name or motto in English ("Thanh Hoa Provincial Portal"), no Vietnamese label."""
    return u.words >= 3 and u.text.isascii() and all(w.isalpha() for w in u.text.split(" "))


# One syllable of Vietnamese written without its marks ("Nguyen", "Huong"): a word of
# plain letters that is none ("Province", "Portal") is a foreign word.
_PLAIN_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?"
)


def is_foreign_line(text: str) -> bool:
    """A line of two words or more in plain ASCII letters with a word that cannot be a
    Vietnamese syllable: a name or motto in English, never a byline.

    >>> is_foreign_line("LAM DONG PROVINCE PORTAL"), is_foreign_line("NGUYEN VAN HUNG")
    (True, False)
    """
    words = text.split(" ")
    return len(words) >= 2 and text.isascii() and all(w.isalpha() for w in words) and any(
        _PLAIN_SYLLABLE.fullmatch(w.lower()) is None for w in words
    )


def _without_foreign_tail(site: str) -> str:
    """A site line without the English name a Vietnamese one gives after a dash ("… -
    State Audit Office of Vietnam"); a tail with an acronym stays ("Báo Công an - CAND
    Online").

    >>> _without_foreign_tail("Cổng thông tin điện tử Sở Tư pháp - Department of Justice")
    'Cổng thông tin điện tử Sở Tư pháp'
    >>> _without_foreign_tail("Báo Công an - CAND Online")
    'Báo Công an - CAND Online'
    """
    for dash in _SLOGAN_DASHES:
        head, found, tail = site.rpartition(dash)
        if (found and not head.isascii() and is_foreign_line(tail)
                and not any(len(w) > 1 and w.isupper() for w in tail.split(" "))):
            return head
    return site


_SLOGAN_DASHES = (" - ", " – ", " — ", " | ")
_PLACES_FOLDED = frozenset(fold(p) for p in PROVINCES)


@functools.lru_cache(maxsize=1 << 12)
def _site_core(site: str) -> str | None:
    """The distinctive words of the site's name, without the outlet word before it or
    a site word after it ("Báo Nhân Dân điện tử" → "nhân dân", folded); None when
    they are one word or a province's name (a writer may be called that).

    >>> _site_core("Nhân Dân điện tử"), _site_core("Báo Sơn La"), _site_core("VOV.VN")
    ('nhân dân', None, None)
    """
    name = site_name(site)
    end = _outlet_end(name)
    if end is not None:
        name = name[end:].strip()
    low = fold(name)
    for ending in _SITE_ENDINGS:
        if low.endswith(" " + ending):
            low = low[: -len(ending) - 1].rstrip()
            break
    if " " not in low or low in _PLACES_FOLDED:
        return None
    return low


def _names_the_site(name: str, core: str | None, mastheads: Container[str]) -> bool:
    """A "name" that is the site's: it ends with a site word, opens with an outlet word
    ("Báo …"), repeats a masthead line, or contains the site's own name ("Thời Nhân
    Dân" on Nhân Dân)."""
    if _site_worded(name):
        return True
    low = _folded(name)
    if low in mastheads:
        return True
    return core is not None and f" {core} " in f" {low} "


@functools.lru_cache(maxsize=1 << 12)
def _site_worded(name: str) -> bool:
    """A name that ends with a site word or opens with an outlet word. (Asked of the
    authors' names, which recur: remembered.)"""
    return _ends_with_site_word(name) or _outlet_end(name) is not None


def _unsign_site_lines(units: list[Unit], title_at: int, start: int) -> None:
    """Take back a byline that is no writer's: a line of the masthead above the menu
    ("VOV.VN" / "ĐÀI TIẾNG NÓI VIỆT NAM" / menu), a line in English, a line naming the
    site ("Báo Sài Gòn Giải Phóng" under "SGGP", "Thời Nhân Dân" among footer links).
    Above the title it is the site's, below it page chrome."""
    site: tuple[str | None, frozenset[str]] | None = None  # the site's name, when asked
    for i, u in enumerate(units):
        if u.kind != "byline":
            continue
        if i < title_at:
            masthead = i > 0 and all(units[k].kind == "site" for k in range(i)) and any(
                units[k].kind in ("nav", "section") for k in range(i + 1, title_at)
            )
            if masthead or is_foreign_line(u.text) or _outlet_end(u.text) is not None:
                u.kind = "site"
            continue
        if is_foreign_line(u.text) or _outlet_end(u.text) is not None:
            u.kind = "nav" if i > start else u.kind
            continue
        byline = parse_signature(u.text) or parse_byline(u.text.title())
        if byline is None or not byline.authors or byline.attribution is not None:
            continue
        if site is None:
            site = _site_names(units, title_at, start)
        if all(_names_the_site(name, *site) for name in byline.authors):
            u.kind = "nav"  # a link to the site's other editions


def _site_names(units: list[Unit], title_at: int, start: int, line: str | None = None
                ) -> tuple[str | None, frozenset[str]]:
    """The site's own name (``_site_core``) and its masthead lines, folded."""
    if line is None:
        line = _site_line(units, start)
    core = _site_core(line) if line else None
    return core, frozenset(_folded(units[k].text) for k in range(min(title_at, len(units)))
                           if units[k].kind == "site")


def is_all_caps_or_site(u: Unit) -> bool:
    return u.text.upper() == u.text or bp.SITE_LEAD.match(u.text) is not None


def _assign_after_title(u: Unit) -> None:
    """Between the title and the body: bylines and sources go, the rest stays."""
    if parse_byline(u.text) is not None:
        u.kind = "byline"
    elif parse_attribution(u.text) is not None:
        u.kind = "attribution"
    elif is_credit_line(u.text):
        u.kind = "byline"  # a poster with no author's name: "Đăng bởi: Quản trị viên"


# ---------------------------------------------------------------------------
# Body


STAFF_CREDIT_MAX_WORDS = 6


def _assign_body(units: list[Unit], start: int, last: int, repeated: Container[str]) -> None:
    if start > last:
        return
    indented = _indented_body(units, start, last)
    for i in range(start, last + 1):
        u = units[i]
        if u.kind == "caption" and _writer_and_photographer(u):
            u.kind = "byline"  # under the lead: "NGUYỄN HÀ - ẢNH: VIẾT THÀNH"
            continue
        if u.kind is not None:
            if u.strong:
                continue
            u.kind = None  # weak evidence never removes a body line
        if u.table or (u.words > LONG_BODY_WORDS and not u.block_item and not u.after_end):
            continue  # a paragraph or a table: no caption, byline or repeated line
        if u.block_item and not final_mark(u.text) == ".":
            u.kind = "related"
        elif _is_caption_before_credit(units, i) or _is_caption_between_paragraphs(
            units, i, start, last, indented
        ) or (i == last and _is_closing_scene(units, i, start)) or _is_slide_caption(units, i):
            u.kind = "caption"
        elif u.after_end and _is_byline_shaped(u.text):
            u.kind = "byline" if parse_byline(u.text) else "attribution"
        elif _byline_by_dateline(units, i) or (
            u.words <= STAFF_CREDIT_MAX_WORDS and is_staff_credit(u.text)
        ) or _labelled_staff_credit(u.text) or (i == start + 1 and _names_under_lead(units, i)):
            u.kind = "byline"  # (a newsroom's credit under the lead: "Nhóm PV")
        elif _is_repeated_chrome(u, repeated, body=True):
            u.kind = "repeated"
    tables = _short_run(units, start, last)  # (no table without one)
    if tables:
        _keep_cell_tables(units, start, last)
    _mark_pull_quotes(units, start, last)
    _mark_gallery(units, start)
    if tables:
        _keep_table_cells(units, start, last)
    first = units[start]
    if first.kind is None:
        m = LEAD_PREFIX.match(first.text)
        end = m.end() if m else _site_prefix(units, start)
        if end and word_count(first.text[end:]) >= 3:
            first.lead_prefix = end


# A data table flattened one cell a line ("STT", "Chỉ tiêu", "1", "Thu ngân sách",
# "Tỷ đồng", "51.700", …): a run of at least this many short lines (cells of at most
# TABLE_CELL_MAX_WORDS words, none a sentence) inside the body, with at least
# TABLE_MIN_NUMBERS bare numbers and TABLE_MIN_LABELS lines of words.
TABLE_MIN_LINES = 6
TABLE_CELL_MAX_WORDS = 6
TABLE_MIN_NUMBERS = 3
TABLE_MIN_LABELS = 2


def _keep_table_cells(units: list[Unit], start: int, last: int) -> None:
    """Keep the numbers of a table flattened one cell a line in the body: a number
    that reads as a counter on its own ("51.700") is a cell between its labels.

    >>> cells = ["STT", "Chỉ tiêu", "1", "Thu ngân sách", "Tỷ đồng", "51.700", "29.800"]
    >>> us = [Unit(k, t, 0, t.count(" ") + 1) for k, t in enumerate(cells)]
    >>> us[5].kind = us[6].kind = "counter"
    >>> _keep_table_cells(us, 0, 6)
    >>> [u.kind for u in us][4:]
    [None, None, None]
    """
    i = start
    while i <= last:
        j = i
        while j <= last and _table_cell(units[j]):
            j += 1
        if j - i < TABLE_MIN_LINES:
            i = j + 1
            continue
        run = units[i:j]
        numbers = sum(1 for u in run if _NUMBER_CELL.fullmatch(u.text))
        if (len(run) >= TABLE_MIN_LINES and numbers >= TABLE_MIN_NUMBERS
                and len(run) - numbers >= TABLE_MIN_LABELS):
            for u in run:
                if u.kind == "counter":
                    u.kind = None
        i = j + 1


def _table_cell(u: Unit) -> bool:
    """A line that may be a cell of a flattened table: short, no sentence, kept or a
    bare number taken for a counter."""
    if u.words > TABLE_CELL_MAX_WORDS:
        return False
    if u.kind is not None and not (u.kind == "counter" and _NUMBER_CELL.fullmatch(u.text)):
        return False
    return not ends_sentence(u.text)


# A table set one cell a line with a header row: a run of HEADER cells (short label
# lines, no bare number) then rows of as many cells, where each column holds bare
# numbers in every row or in none, at least one column numbers ("STT", "Chỉ tiêu",
# "Kết quả", "1", "Thu ngân sách", "51.700", "2", …), between body paragraphs.
CELL_TABLE_MIN_COLUMNS = 2
CELL_TABLE_MAX_COLUMNS = 8
CELL_TABLE_MIN_ROWS = 2
CELL_NOTE_LINES = 2  # short lines after a table's rows (a row of its own, a source)
CELL_NOTE_MAX_WORDS = 12
CELL_HEADER_MAX_WORDS = 8
CELL_MAX_WORDS = 25
CELL_HEADER_OFFSETS = 3  # a table's title may stand over the header row
_CELL_ENDS = frozenset({"", "%", ")"})  # no sentence, no colon
# Both kinds of table set one cell a line hold at least this many short lines in a row.
TABLE_RUN_MIN_LINES = min(TABLE_MIN_LINES, CELL_TABLE_MIN_COLUMNS * (CELL_TABLE_MIN_ROWS + 1))
TABLE_RUN_MAX_WORDS = max(TABLE_CELL_MAX_WORDS, CELL_MAX_WORDS)


def _short_run(units: list[Unit], start: int, last: int) -> bool:
    """Whether ``units[start : last + 1]`` holds ``TABLE_RUN_MIN_LINES`` pieces in a row
    of at most ``TABLE_RUN_MAX_WORDS`` words: a table set one cell a line needs them
    (``_keep_cell_tables``, ``_keep_table_cells``).

    >>> us = [Unit(k, t, 0, t.count(" ") + 1) for k, t in enumerate(["STT", "Chỉ tiêu", "1"])]
    >>> _short_run(us * 2, 0, 5), _short_run(us * 2, 1, 5)
    (True, False)
    """
    run = 0
    for k in range(start, last + 1):
        if units[k].words <= TABLE_RUN_MAX_WORDS:
            run += 1
            if run >= TABLE_RUN_MIN_LINES:
                return True
        else:
            run = 0
    return False
_BARE_NUMBER = re.compile(r"[-+]?\d[\d.,]{0,20}(?:/\d[\d.,]{0,20})?\s?%?")


def _keep_cell_tables(units: list[Unit], start: int, last: int) -> None:
    """Keep whole a table set one cell a line under a header row (``CELL_TABLE_*``):
    its cells are body, whatever the counter, caption, comment-form or menu rules
    made of them one by one.

    >>> cells = ["Trong năm, tỉnh đạt nhiều kết quả quan trọng về thu ngân sách.",
    ...          "STT", "Chỉ tiêu", "Kết quả", "1", "Thu ngân sách", "51,7", "2", "Chi ngân sách",
    ...          "29,8", "Các chỉ tiêu trên đều vượt kế hoạch được giao năm nay."]
    >>> us = [Unit(k, t, 0, t.count(" ") + 1) for k, t in enumerate(cells)]
    >>> us[6].kind = us[9].kind = "counter"
    >>> _keep_cell_tables(us, 0, 10)
    >>> [u.kind for u in us][6], [u.table for u in us][1:10].count(True)
    (None, 9)
    """
    for s, end in _cell_tables(units, start, last):
        for u in units[s:end]:
            u.kind, u.table = None, True


def _cell_tables(units: list[Unit], start: int, last: int) -> list[tuple[int, int]]:
    """The extents (first, past-last unit) of the tables of ``_keep_cell_tables`` in
    ``units[start : last + 1]``."""
    found: list[tuple[int, int]] = []
    i = start + 1
    while i < last:
        if units[i].words > CELL_HEADER_MAX_WORDS or not _header_cell(units[i]) or (
                _header_cell(units[i - 1])):
            i += 1
            continue
        table = None
        for s in range(i, min(i + CELL_HEADER_OFFSETS, last)):
            table = next((t for k in range(CELL_TABLE_MIN_COLUMNS, CELL_TABLE_MAX_COLUMNS + 1)
                          if (t := _cell_table(units, s, k, last)) is not None), None)
            if table is not None or not _header_cell(units[s + 1]):
                break
        if table is None:
            i += 1
            continue
        found.append(table)
        i = table[1]
    return found


def _plain_units(lines: list[tuple[int, str, int]]) -> list[Unit]:
    """One unit a read line (number, text, indent), no kind yet."""
    return [Unit(n, s, indent, word_count(s)) for n, s, indent in lines]


def _cell_table(units: list[Unit], s: int, k: int, last: int) -> tuple[int, int] | None:
    """The extent (first, past-last unit) of a table with a header row of ``k`` cells
    at ``units[s]``, rows of ``k`` cells after it up to a paragraph, or None."""
    if s + k * (CELL_TABLE_MIN_ROWS + 1) > last + 1:
        return None
    if not all(_header_cell(u) for u in units[s : s + k]):
        return None
    numeric: list[bool] | None = None
    end = s + k
    while end + k <= last + 1:
        row = units[end : end + k]
        if not all(_cell(u) for u in row):
            break
        kinds = [_BARE_NUMBER.fullmatch(u.text) is not None for u in row]
        if numeric is None:
            if not any(kinds) or all(kinds):
                return None
            numeric = kinds
        elif kinds != numeric:
            break
        end += k
    if numeric is None or end - s < k * (CELL_TABLE_MIN_ROWS + 1) or end > last:
        return None
    # a table stands between paragraphs; a last row of another shape ("Tỷ lệ hộ nghèo",
    # "%", "giảm 2", …) or its source line ("Nguồn: Bộ Tài chính") may come first, short
    # lines that are part of it
    tail = end
    while (tail < last and tail - end < k + CELL_NOTE_LINES
           and units[tail].words <= CELL_NOTE_MAX_WORDS
           and not (units[tail].prose or ends_sentence(units[tail].text))):
        tail += 1
    after = units[tail]
    if after.kind is not None or not (after.prose or ends_sentence(after.text)):
        return None
    return s, tail


def _header_cell(u: Unit) -> bool:
    """A line that may head a column: a short label, no bare number, no sentence."""
    return (u.words <= CELL_HEADER_MAX_WORDS and _BARE_NUMBER.fullmatch(u.text) is None
            and final_mark(u.text) in _CELL_ENDS)


def _cell(u: Unit) -> bool:
    """A line that may be a cell of a table: no sentence, no colon."""
    return u.words <= CELL_MAX_WORDS and final_mark(u.text) in _CELL_ENDS


GALLERY_HEAD_MAX_WORDS = 15
GALLERY_CAPTION_MAX_SENTENCES = 2
GALLERY_OPENING_WORDS = 4  # a comma within these opens a paragraph, not a caption


def _mark_gallery(units: list[Unit], start: int) -> None:
    """A set of photos closing the article: a heading line ending with a colon
    (``GALLERY_LEAD``: "Một số hình ảnh tại Đại hội:"), then short lines of one or two
    sentences each, up to the byline, the page's chrome or the end. The heading and
    its lines are captions; when a longer line (a paragraph) follows them, nothing is.

    >>> lines = ["Một số hình ảnh tại hội nghị:", "Các đại biểu dự hội nghị.", "Minh Hà"]
    >>> us = [Unit(k, t, 0, t.count(" ") + 1) for k, t in enumerate(lines)]
    >>> _mark_gallery(us, 0)
    >>> [u.kind for u in us]
    ['caption', 'caption', None]
    """
    for i in range(start, len(units)):
        u = units[i]
        if (u.kind is None and u.words <= GALLERY_HEAD_MAX_WORDS and u.text.endswith(":")
                and bp.GALLERY_LEAD.match(u.text) is not None):
            break
    else:
        return
    end = i + 1
    while end < len(units) and _is_gallery_caption(units[end]):
        end += 1
    if end == i + 1 or (end < len(units) and units[end].kind is None
                        and not _is_byline_shaped(units[end].text)):
        return  # no caption, or the article goes on after them
    for k in range(i, end):
        units[k].kind = "caption"


def _is_gallery_caption(u: Unit) -> bool:
    """A short line of one or two sentences, no byline, no heading of its own, that
    opens with who or what is pictured: no opening phrase before a comma ("Sáng 3/4, …",
    "Theo báo cáo, …") and no clauses after a semicolon, as a paragraph has.

    >>> _is_gallery_caption(Unit(1, "Các đại biểu dự hội nghị. Ảnh trên là hội trường.", 0, 10))
    True
    >>> _is_gallery_caption(Unit(1, "Theo báo cáo, toàn huyện trồng 300 ha rừng.", 0, 9))
    False
    """
    if u.kind not in (None, "caption") or u.table or u.words > INDENT_CAPTION_MAX_WORDS:
        return False
    text = u.text
    if final_mark(text) in (":", "?") or ";" in text or _is_byline_shaped(text):
        return False
    opening = text.split(" ", GALLERY_OPENING_WORDS)[:GALLERY_OPENING_WORDS]
    if any(w.endswith(",") for w in opening):
        return False  # an opening phrase: "Phát biểu kết luận, …"
    return len(sentence_starts(text)) <= GALLERY_CAPTION_MAX_SENTENCES


_OPEN_QUOTES, _CLOSE_QUOTES = "\"“", "\"”"
PULL_QUOTE_MIN_WORDS = 6


def _mark_pull_quotes(units: list[Unit], start: int, last: int) -> None:
    """A line that is only a quotation repeating, word for word, a passage of another
    body paragraph: a pull-quote set in large type, kind ``pull_quote`` (the paragraph
    keeps the words).

    >>> p = Unit(1, 'Ông nói: "phải làm đến nơi đến chốn, không né tránh" và kết thúc.', 0, 14)
    >>> q = Unit(2, '"Phải làm đến nơi đến chốn, không né tránh"', 0, 8)
    >>> _mark_pull_quotes([p, q], 0, 1)
    >>> q.kind, p.kind
    ('pull_quote', None)
    """
    quotes = [
        i for i in range(start, last + 1)
        if units[i].kind is None and not units[i].table
        and units[i].text[:1] in _OPEN_QUOTES and units[i].text.rstrip(".").endswith(
            tuple(_CLOSE_QUOTES)) and PULL_QUOTE_MIN_WORDS <= units[i].words <= LONG_BODY_WORDS
    ]
    for i in quotes:
        inner = fold(units[i].text.rstrip(".")[1:-1].strip())
        if not inner or any(c in inner for c in _CLOSE_QUOTES + "“"):
            continue  # (two quotations on one line)
        for k in range(start, last + 1):
            v = units[k]
            if k != i and v.kind is None and v.words > units[i].words and inner in fold(v.text):
                units[i].kind = "pull_quote"
                break


_PREFIX_DASHES = (" - ", " – ", " — ")
SITE_PREFIX_MAX_WORDS = 6


def _site_prefix(units: list[Unit], start: int) -> int:
    """The length of the site's name and a dash opening the lead, as the page's head
    writes the name ("Dân trí" … "Dân trí - Ban Thường vụ …"), or 0."""
    text = units[start].text
    for u in units[:start]:
        if u.kind == "site" and text.startswith(u.text):
            rest = text[len(u.text) : len(u.text) + 3]
            if rest.startswith(_PREFIX_DASHES):
                return len(u.text) + 2
    # the name without its outlet word: "Xây dựng Đảng - …" under "Tạp chí điện tử Xây
    # dựng Đảng"
    for dash in _PREFIX_DASHES:
        head, found, _ = text.partition(dash)
        if found and head.count(" ") < SITE_PREFIX_MAX_WORDS:
            core = _folded(head)
            if any(u.kind == "site" and _site_core(u.text) == core for u in units[:start]):
                return len(head) + 2
            break
    return 0


# Longer body pieces (not after the end mark, not in a related block) are never
# captions or repeated lines: see the limits in the rules below.
LONG_BODY_WORDS = max(CAPTION_MAX_WORDS + 10, INDENT_CAPTION_MAX_WORDS, REPEATED_MAX_WORDS)


def _indented_body(units: list[Unit], start: int, last: int) -> bool:
    """Most paragraphs are indented (so a flush-left line among them is set apart)."""
    paragraphs = [u for u in units[start : last + 1] if u.kind is None and u.prose]
    if len(paragraphs) < 3:
        return False
    return sum(1 for u in paragraphs if u.indent > 0) >= 0.6 * len(paragraphs)


def _is_repeated_chrome(u: Unit, repeated: Container[str], body: bool = False) -> bool:
    """A short line, not a sentence, found in several articles of the input. In the
    body, not one found that often only because its article is there several times
    (``COPIES_ONLY``: a wrapped piece of a paragraph of a re-scraped page).

    >>> u = Unit(0, "Quy định số 80 của Bộ", 0, 6)
    >>> _is_repeated_chrome(u, {"quy định số 80 của bộ"})
    True
    >>> _is_repeated_chrome(u, {"quy định số 80 của bộ", "\\x00quy định số 80 của bộ"}, True)
    False
    """
    if u.words > REPEATED_MAX_WORDS or ends_sentence(u.text) or not _in(repeated, u.text):
        return False
    if body and _BARE_NUMBER.fullmatch(u.text):
        return False  # a table's cell or a list's number: other pages have them too
    return not body or COPIES_ONLY + _folded(u.text) not in repeated


def _is_caption_between_paragraphs(units: list[Unit], i: int, start: int, last: int,
                                   indented: bool, pair: bool = True) -> bool:
    """An uncredited photo caption: a short scene sentence between paragraphs,
    naming who is pictured or opening with a scene word, with no sign of narration
    (aspect markers, reporting verbs, connectives); or, where paragraphs are
    indented, a flush-left single sentence among them."""
    u = units[i]
    if u.words > INDENT_CAPTION_MAX_WORDS or i <= start or i >= last or u.after_end:
        return False
    if u.words <= PORTRAIT_MAX_WORDS and _is_portrait(u.text):
        return True  # "Thứ trưởng Phạm Ngọc Thưởng."
    if not indented and u.words > TITLED_CAPTION_MAX_WORDS:
        return False
    prev = units[i - 1]
    if prev.kind not in (None, "caption") or not (
        _paragraph_follows(units, i + 1)
        # two captions in a row: "Bà con thu hoạch cà phê." / "Một góc bản hôm nay."
        or (pair and _is_caption_between_paragraphs(units, i + 1, start, last, indented, False))
    ):
        return False
    text = u.text
    mark = final_mark(text)
    if mark not in ("", ".") or text[:1] in "\"“'‘-–—•+" or ";" in text or ":" in text:
        return False
    position = bp.CAPTION_POSITION.search(text) is not None
    if position and u.words <= TITLED_CAPTION_MAX_WORDS and not has_inner_sentence_break(text):
        return True  # "(giữa)" only ever describes a photo, whatever the verb
    if _narrates(text):
        return False
    if indented and u.indent == 0 and u.words <= INDENT_CAPTION_MAX_WORDS and (
        "," not in text or _names_subject(text)
    ):
        return True
    # a titled name with its offices after commas ("Đại tướng X, Ủy viên Bộ Chính trị,
    # Bộ trưởng Bộ Công an phát biểu …") may run longer
    titled = (", " in text or " - " in text) and _opens_with_titled_name(text)
    if u.words > (TITLED_CAPTION_MAX_WORDS if titled else CAPTION_MAX_WORDS) or u.words < 3:
        return False
    if position or bp.CAPTION_LEAD.match(text) is not None:
        return True
    if mark == "":  # no full stop: a subheading, unless it names who is pictured
        return titled or _names_titled_person(text)
    return titled or _names_subject(text) or _names_titled_person(text)


def _is_slide_caption(units: list[Unit], i: int) -> bool:
    """A short line under a slideshow's counter ("2 / 4" / "Các luật sư tại phiên
    tòa."): the picture's caption, one sentence at most.

    >>> us = [Unit(1, "2 / 4", 0, 3, "counter"), Unit(2, "Quang cảnh phiên tòa.", 0, 4)]
    >>> _is_slide_caption(us, 1)
    True
    """
    u = units[i]
    if i == 0 or u.words > CAPTION_MAX_WORDS:
        return False
    above = units[i - 1]
    if above.kind != "counter" or above.line != u.line - 1:
        return False  # (tested first: the cheapest)
    return not has_inner_sentence_break(u.text) and bp.is_slide_counter(
        above.text
    )


def _slide_counter(u: Unit) -> bool:
    """A slideshow's counter ("2 / 4", "Ảnh 2/4") read as a counter."""
    return u.kind == "counter" and bp.is_slide_counter(u.text)


def _slide_caption(u: Unit) -> bool:
    """A line that may be the caption under a slideshow's counter: short, no counter,
    no byline, no chrome of strong shape."""
    return (u.kind in (None, "counter", "caption") and not bp.is_slide_counter(u.text)
            and u.words <= INDENT_CAPTION_MAX_WORDS and not _is_byline_shaped(u.text)
            and not has_inner_sentence_break(u.text))


def _mark_slide_leads(units: list[Unit], start: int) -> None:
    """A line ending with a colon right above a slideshow's first counter ("Một số
    hình ảnh tại hội nghị:" / "1 / 4") heads the pictures: a caption.

    >>> us = [Unit(1, "Hình ảnh buổi lễ:", 0, 4), Unit(2, "1 / 3", 0, 3, "counter")]
    >>> _mark_slide_leads(us, 0)
    >>> us[0].kind
    'caption'
    """
    for i in range(max(start, 1), len(units)):
        if units[i].kind != "counter":
            continue
        above = units[i - 1]
        if (_slide_counter(units[i]) and above.kind is None and final_mark(above.text) == ":"
                and above.words <= GALLERY_HEAD_MAX_WORDS):
            above.kind = "caption"


def _paragraph_follows(units: list[Unit], i: int) -> bool:
    """``units[i]`` is a free paragraph, or a subheading (a short free line with no
    final mark) over one: a caption can close a section of the article."""
    u = units[i]
    if u.kind is not None and u.strong:
        return False  # (weak evidence is no chrome inside the body)
    if u.prose:
        return True
    return (u.words <= SUBHEADING_MAX_WORDS and final_mark(u.text) == "" and i + 1 < len(units)
            and units[i + 1].kind is None and units[i + 1].prose)


def _is_closing_scene(units: list[Unit], i: int, start: int) -> bool:
    """The body's last line is a scene caption when it opens with a noun that only
    describes a picture (``SCENE_LEAD``) and narrates nothing, after a paragraph and
    before chrome ("Quang cảnh hội nghị tại điểm cầu …" / "Tin, ảnh: …"); "Các đại
    biểu thống nhất …" there is the article's closing sentence.

    >>> us = [Unit(1, "Sáng 3/1, tại Hà Nội, Bộ Tư pháp đã tổ chức hội nghị tổng kết "
    ...            "công tác năm với sự tham dự của đại diện các bộ, ngành.", 0, 19, prose=True),
    ...       Unit(2, "Quang cảnh hội nghị tại điểm cầu Bộ Tư pháp.", 0, 10, prose=True),
    ...       Unit(3, "Tin, ảnh: Minh Hà", 0, 4)]
    >>> _is_closing_scene(us, 1, 0)
    True
    """
    u = units[i]
    if i <= start or u.words > CAPTION_MAX_WORDS or not units[i - 1].prose:
        return False
    if i + 1 < len(units) and units[i + 1].prose:
        return False
    return final_mark(u.text) in ("", ".") and (
        _is_scene(u) or _pictures_named_person(units, i, start)
        or _pictures_titled_person(units, i, start) or _shows_attendance(u)
    )


ATTENDANCE_MAX_WORDS = 12
# (right after the lead: "Các đại biểu góp ý dự thảo" is no attendance)
_ATTEND_VERB = regex.compile(
    rf"(?:{phrase_alternation(bp.CAPTION_WORDS.get('attend', ('dự',)))})(?!\p{{L}})"
)


def _shows_attendance(u: Unit) -> bool:
    """A short line that only says the people a caption opens with (``CAPTION_LEAD``)
    attend or pose (``clean_caption_words.tsv``, attend), one clause, narrating nothing:
    the caption of the last picture ("Các đại biểu dự hội nghị.").

    >>> _shows_attendance(Unit(1, "Các đại biểu tham dự buổi lễ.", 0, 6))
    True
    >>> _shows_attendance(Unit(1, "Các đại biểu thống nhất thông qua nghị quyết.", 0, 8))
    False
    """
    text = u.text
    if u.words > CAPTION_MAX_WORDS or final_mark(text) not in ("", ".") or (
            "," in text or ":" in text or ";" in text):
        return False
    m = bp.CAPTION_LEAD.match(text)
    if m is None:
        return _body_on_stage(text)
    if u.words > ATTENDANCE_MAX_WORDS or _narrates(text):
        return False
    return _ATTEND_VERB.match(text, m.end() + 1) is not None


_ON_STAGE = regex.compile(
    rf"(?<= )(?i:{phrase_alternation(bp.CAPTION_WORDS.get('stage', ('chụp ảnh lưu niệm',)))})"
    r"(?!\p{L})"
)
STAGE_TAIL_MAX_WORDS = 3


def _body_on_stage(text: str) -> bool:
    """A line that opens with a body's name and ends with what the body does in the
    picture (``clean_caption_words.tsv``, stage), narrating nothing.

    >>> _body_on_stage("Ban Chấp hành Đảng bộ xã Yên Mỹ khóa I ra mắt đại hội.")
    True
    >>> _body_on_stage("Ban Chấp hành Đảng bộ xã đã ra mắt đại hội và nhận nhiệm vụ mới.")
    False
    >>> _body_on_stage("Công ty Hòa Phát ra mắt dòng sản phẩm mới.")
    False
    """
    if not opens_with_body(text) or _narrates(text):
        return False
    m = _ON_STAGE.search(text)
    return m is not None and len(text[m.end() :].split()) <= STAGE_TAIL_MAX_WORDS


PICTURED_MAX_WORDS = 12


def _pictures_named_person(units: list[Unit], i: int, start: int) -> bool:
    """A short line in the bare present that opens with the full name of a person the
    article named before: "Quàng Thị Nguyệt phát biểu tại hội nghị." under a paragraph
    that had "đồng chí Quàng Thị Nguyệt, Trưởng Ban Dân vận Tỉnh ủy"."""
    u = units[i]
    if u.words > PICTURED_MAX_WORDS or _narrates(u.text):
        return False
    words = u.text.split(" ", 6)
    if words[0] not in _SURNAMES:
        return False
    end = 1
    while end < len(words) and words[end][:1].isupper():
        end += 1
    if not 2 <= end <= 5 or end >= len(words) or not words[end][:1].islower():
        return False
    name = " ".join(words[:end])
    return any(name in units[k].text for k in range(start, i))


_PHOTO_VERB = regex.compile(
    rf"(?:{phrase_alternation(bp.CAPTION_WORDS.get('verb', ('trao',)))})(?!\p{{L}})"
)
OFFICE_MAX_WORDS = 10  # ", Chủ tịch UBND TP HCM," between the name and the verb
TITLED_PICTURED_MAX_WORDS = 16


def _pictures_titled_person(units: list[Unit], i: int, start: int) -> bool:
    """A short line that opens with a title or "Đồng chí" / "Ông", the name of a
    person the article named before (an office between commas may follow), then what
    people do in a photo (``clean_caption_words.tsv``, verb): "Đồng chí Lê Văn A trao
    Bằng khen cho các tập thể.", "Ông Lê Văn A, Chủ tịch UBND tỉnh, tiếp thu ý kiến".

    >>> us = [Unit(1, "Hội nghị do ông Lê Văn An, Chủ tịch UBND tỉnh chủ trì.", 0, 12),
    ...       Unit(2, "Ông Lê Văn An, Chủ tịch UBND tỉnh, phát biểu tại hội nghị", 0, 12)]
    >>> _pictures_titled_person(us, 1, 0)
    True
    """
    text = units[i].text
    m = _TITLE_OPENING.match(text)
    if m is None or _narrates(text):
        return False
    words = text[m.end() :].lstrip(", ").split(" ")
    # (without a full stop, a sentence of the body it is not: it may name the one
    # given the gift with his office, "… cho đồng chí X, Bí thư Khu ủy Y")
    most = TITLED_PICTURED_MAX_WORDS if final_mark(text) else CAPTION_MAX_WORDS
    if len(words) > most or words[0] not in _SURNAMES:
        return False
    end = 1
    while end < len(words) and words[end][:1].isupper() and not words[end - 1].endswith(","):
        end += 1
    if not 2 <= end <= 5 or end >= len(words):
        return False
    name = " ".join(words[:end]).rstrip(",")
    if words[end - 1].endswith(","):  # ", Chủ tịch UBND TP HCM," then the verb
        close = next((k for k in range(end, min(len(words), end + OFFICE_MAX_WORDS))
                      if words[k].endswith(",")), None)
        if close is None:
            return False
        end = close + 1
    rest = " ".join(words[end:])
    if not rest[:1].islower() or _PHOTO_VERB.match(rest) is None:
        return False
    return any(name in units[k].text for k in range(start, i))


BYLINE_NAME_MAX_WORDS = 5


def _site_seen_before(units: list[Unit], i: int) -> bool:
    """Some line above ``units[i]`` is the page's masthead, menu or section."""
    return any(units[k].kind in ("site", "nav", "section") for k in range(i))


def _byline_by_dateline(units: list[Unit], i: int) -> bool:
    """A bare name next to the article's dateline inside the body's first lines: the
    byline ("(Lead) / Hoàng Anh / Thứ Ba, 19/11/2024 - 07:30").

    >>> us = [Unit(1, "Mai Lan", 0, 2), Unit(2, "Thứ Ba, 19/11/2024 - 07:30", 0, 5, "dateline")]
    >>> _byline_by_dateline(us, 0)
    True
    """
    u = units[i]
    if u.words > BYLINE_NAME_MAX_WORDS or final_mark(u.text) != "":
        return False
    if not _next_to_dateline(units, i):
        return False
    byline = _read_byline(u.text)
    return byline is not None and bool(byline.authors)


def _labelled_staff_credit(text: str) -> bool:
    """A byline lead, then a newsroom's credit with no name ("Bài và ảnh: PV").

    >>> _labelled_staff_credit("Bài, ảnh: CTV"), _labelled_staff_credit("Bài, ảnh: Minh Hà")
    (True, False)
    """
    if not opens_with_byline_lead(text):
        return False
    credit = text.partition(":")[2].strip()
    return word_count(credit) <= STAFF_CREDIT_MAX_WORDS and is_staff_credit(credit)


def _names_under_lead(units: list[Unit], i: int) -> bool:
    """A line of bare names right under the lead: the byline, when it names two
    writers ("Lan Anh - Minh Đức") or page chrome follows it ("Nghe đọc bài").

    >>> us = [Unit(1, "Sáng 3/4, tỉnh tổ chức hội nghị tổng kết công tác năm.", 0, 11),
    ...       Unit(2, "Lan Anh - Minh Đức", 0, 5), Unit(3, "Các đại biểu thảo luận.", 0, 5)]
    >>> _names_under_lead(us, 1)
    True
    """
    u = units[i]
    if u.words > 2 * BYLINE_NAME_MAX_WORDS or final_mark(u.text) != "" or u.kind is not None:
        return False
    byline = parse_byline(u.text)
    if byline is None or not byline.authors or byline.attribution is not None:
        return False
    chrome_below = i + 1 < len(units) and units[i + 1].kind is not None
    return len(byline.authors) > 1 or chrome_below


_AGENCY_HEADS = frozenset(h.casefold() for h in data_lines("agency_heads.txt"))
AGENCY_HEAD_MAX_WORDS = max(h.count(" ") + 1 for h in _AGENCY_HEADS)
UNIT_MAX_WORDS = 10  # the writer's unit after the name


@functools.lru_cache(maxsize=metadata.LINE_CACHE)
def name_and_unit(text: str) -> Byline | None:
    """A writer's name, a dash, then the body or office the writer works for.
    (Asked of head lines and bylines, which recur: remembered.)

    >>> name_and_unit("Lan Hương - Trung tâm Thông tin")
    Byline(authors=('Lan Hương',), attribution='Trung tâm Thông tin')
    >>> name_and_unit("Lan Hương - Công an phường Tân Lập").attribution
    'Công an phường Tân Lập'
    >>> name_and_unit("Hà Nội - Hải Phòng hợp tác phát triển") is None
    True
    """
    for dash in _PREFIX_DASHES:
        name, sep, unit = text.partition(dash)
        if sep:
            break
    else:
        return None
    if (not is_person_name(name) or fold(name) in _PLACES_FOLDED or word_count(unit) >
            UNIT_MAX_WORDS or final_mark(unit) != "" or not unit[:1].isupper()):
        return None
    heads = unit.casefold().split(" ", AGENCY_HEAD_MAX_WORDS)
    if not (is_affiliation(unit) or parse_agency_source(unit) is not None or any(
            " ".join(heads[:n]) in _AGENCY_HEADS for n in range(1, len(heads)))):
        return None
    return Byline((name,), unit)


def _byline_by_dateline_with_unit(units: list[Unit], i: int) -> bool:
    """A name and its unit ("Minh Tuấn - Trung tâm Thông tin") right above or below
    the dateline in the head: the byline."""
    return _next_to_dateline(units, i) and name_and_unit(units[i].text) is not None


def _next_to_dateline(units: list[Unit], i: int) -> bool:
    """The piece right above or right below ``units[i]`` is a dateline."""
    return ((i > 0 and units[i - 1].kind == "dateline")
            or (i + 1 < len(units) and units[i + 1].kind == "dateline"))


def _read_byline(text: str) -> Byline | None:
    """``parse_byline``, names in capitals read once recased ("THU HƯỞNG")."""
    byline = parse_byline(text)
    if byline is None and is_all_caps(text):
        byline = parse_byline(text.title())
    return byline


def _is_scene(u: Unit) -> bool:
    """A short line that only describes a picture ("Quang cảnh buổi làm việc")."""
    return (u.words <= CAPTION_MAX_WORDS and bp.SCENE_LEAD.match(u.text) is not None
            and not _narrates(u.text))


def _is_caption_before_credit(units: list[Unit], i: int) -> bool:
    """A short single sentence on the line before a credit that stands alone
    ("Quang cảnh hội nghị." / "Ảnh: TTXVN")."""
    u = units[i]
    if i + 1 >= len(units) or u.words > CAPTION_MAX_WORDS + 10:
        return False
    nxt = units[i + 1]
    return (
        nxt.kind == "caption"
        and bp.is_credit_only(nxt.text)
        and not _narrates(u.text)
    )


def _is_caption_above_credited(units: list[Unit], i: int) -> bool:
    """After the last paragraph, a short line right above a credited caption, naming
    who is pictured and narrating nothing: the caption of the picture before it
    ("Chủ tịch UBND tỉnh Lê Văn An phát biểu" / "Các đại biểu dự họp. Ảnh: Minh Hà").

    >>> us = [Unit(1, "Giám đốc Sở Tài chính Lê Văn An phát biểu", 0, 9),
    ...       Unit(2, "Các đại biểu dự họp. Ảnh: Minh Hà", 0, 7, "caption")]
    >>> _is_caption_above_credited(us, 0), _is_caption_above_credited(us[:1], 0)
    (True, False)
    """
    u = units[i]
    if i + 1 >= len(units) or u.words > CAPTION_MAX_WORDS or u.words < 3:
        return False
    nxt = units[i + 1]
    if nxt.kind != "caption" or nxt.line != u.line + 1 or ":" in u.text or (
            final_mark(u.text) not in ("", ".")):
        return False
    text = u.text
    return (
        bp.CREDIT_AT_END.search(nxt.text) is not None
        and not _narrates(text)
        and (_names_subject(text) or _opens_with_titled_name(text) or _names_titled_person(text))
    )


def _names_subject(text: str) -> bool:
    """Two capitalised syllables in a row start within the first words (not at the
    very first word, which is capitalised anyway)."""
    words = text.split(" ", 6)
    for k in range(1, min(5, len(words) - 1)):
        if _NAME_PAIR.fullmatch(words[k] + " " + words[k + 1].rstrip(",.")):
            return True
    return False


# ---------------------------------------------------------------------------
# Tail


# Chrome kinds that open a block of page furniture after the article.
# What may stand between the last paragraph and the office that signs it: a caption,
# a dateline, an attachment or a button row.
SIGNATURE_NEIGHBOURS = frozenset({"caption", "dateline", "widget", "share", "byline"})
BLOCK_KINDS = frozenset({"related", "comment_form", "footer", "counter", "tags", "nav", "share"})
BYLINE_MAX_WORDS = 16
_TAG_LABELS = frozenset(t.casefold() for t in data_lines("clean_tag_labels.txt"))
TAG_LABEL_MAX_WORDS = 4


def caps_byline(u: Unit) -> bool:
    """A byline written in capitals ("THANH HÀ"): a short all-caps line that reads
    as names once recased, and does not open with a masthead word ("BÁO …")."""
    return (
        u.words <= 6
        and bp.SITE_LEAD.match(u.text) is None
        and _read_byline(u.text) is not None
    )


def _writer_and_photographer(u: Unit) -> bool:
    """A "caption" that is the byline of the writer with the photographer's credit
    ("NGUYỄN HÀ - ẢNH: VIẾT THÀNH").

    >>> _writer_and_photographer(Unit(1, "Lê Hoa - Ảnh: Minh Đức", 0, 5, "caption"))
    True
    >>> _writer_and_photographer(Unit(1, "Quang cảnh hội nghị - Ảnh: Minh Đức", 0, 7, "caption"))
    False
    """
    if u.kind != "caption" or u.words > BYLINE_MAX_WORDS or bp.is_caption_label(u.text, u.words):
        return False  # (nor is the label "CHÚ THÍCH ẢNH")
    byline = _read_byline(u.text)
    return byline is not None and bool(byline.authors)


def _byline_kind(u: Unit) -> str | None:
    """"byline" or "attribution" when the piece has that shape."""
    if u.words > BYLINE_MAX_WORDS:
        return None
    if u.kind == "site":
        return "byline" if caps_byline(u) else None
    if parse_signature(u.text) is not None or _read_byline(u.text) is not None:  # "K'DUYỆT"
        return "byline"
    if _labelled_staff_credit(u.text):
        return "byline"  # "Bài và ảnh: PV"
    if parse_attribution(u.text) is not None:
        return "attribution"
    return None


# The signing block of a document quoted at the end of the article
# (``clean_signature_formulas.txt``): "TM. BAN THƯỜNG VỤ" / "BÍ THƯ" / "(đã ký)" / name.
_SIGNING_FORMULA = regex.compile(
    rf"(?:{phrase_alternation(data_section('clean_signature_formulas.txt', 'formulas'))})"
    r"\.?\s+\p{Lu}{2,}"
)
_SIGNED_MARKS = frozenset(data_section("clean_signature_formulas.txt", "marks"))
_FORMULA_INITIALS = "".join({f[0] for f in data_section("clean_signature_formulas.txt",
                                                         "formulas")})
_RECIPIENTS = regex.compile(
    rf"(?:{phrase_alternation(data_section('clean_signature_formulas.txt', 'recipients'))})\s*:"
)
_LIST_MARKS = "-–+•"
SIGNING_BLOCK_MAX_LINES = 6
SIGNING_BLOCK_WITHIN = 3  # free lines of the document's close before the block


def _signing_block(units: list[Unit], begin: int) -> int:
    """Where the signing block of a quoted document ends (exclusive), when it opens
    within a few free lines after ``begin``: a formula line, offices in capitals or
    signature marks, the signer's name last. ``begin`` when there is none.

    >>> lines = ["TM. BAN THƯỜNG VỤ", "BÍ THƯ", "(đã ký)", "Lê Văn Hòa", "Thu Hà"]
    >>> _signing_block([Unit(k, t, 0, t.count(" ") + 1) for k, t in enumerate(lines)], 0)
    4

    The recipients list may come first ("Nơi nhận:", "- Như trên,", "- Lưu VP."):

    >>> lines = ["Nơi nhận:", "- Như trên,", "- Lưu VP.", *lines]
    >>> _signing_block([Unit(k, t, 0, t.count(" ") + 1) for k, t in enumerate(lines)], 0)
    7
    """
    at, free = begin, SIGNING_BLOCK_WITHIN + 1
    while at < len(units) and free > 0:
        text = units[at].text
        if text[:1] in _FORMULA_INITIALS and _SIGNING_FORMULA.match(text) is not None:
            break
        if units[at].kind is not None and units[at].strong:
            return begin
        at += 1
        if _RECIPIENTS.match(text) is not None:  # "Nơi nhận:" and its "- …" lines
            while at < len(units) and units[at].text[:1] in _LIST_MARKS:
                at += 1
        else:
            free -= 1
    else:
        return begin
    for k in range(at + 1, min(at + SIGNING_BLOCK_MAX_LINES, len(units))):
        text = units[k].text
        if text in _SIGNED_MARKS or _is_office_in_capitals(text):
            continue  # "(đã ký)", "PHÓ CHỦ TỊCH"
        if is_person_name(text) or (is_all_caps(text) and is_person_name(text.title())):
            return k + 1
        return begin
    return begin


OFFICE_LINE_MAX_WORDS = 10


def _speaker_sign_off(units: list[Unit], begin: int) -> int:
    """Where a speech's sign-off ends (exclusive): under the closing words spoken
    ("Xin cảm ơn các đồng chí!"), within a few free lines after ``begin``, the
    speaker's name, then the office line ("Bí thư Tỉnh ủy"). The speaker signs the
    speech, not the article: no byline. ``begin`` when there is none.

    >>> lines = ["Xin cảm ơn các đồng chí!", "Lê Văn Hòa", "Chủ tịch UBND tỉnh", "Chia sẻ"]
    >>> _speaker_sign_off([Unit(k, t, 0, t.count(" ") + 1) for k, t in enumerate(lines)], 0)
    3
    """
    for i in range(max(begin, 1), min(begin + SIGNING_BLOCK_WITHIN + 1, len(units) - 1)):
        above, name, office = units[i - 1], units[i], units[i + 1]
        if (final_mark(above.text) == "!" and (above.kind is None or i - 1 < begin)
                and is_person_name(name.text) and _is_office_line(office.text)):
            return i + 2
        if name.kind is not None and name.strong:
            break
    return begin


def _is_office_line(text: str) -> bool:
    """An office alone, with its body ("Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"): a
    title of ``person_titles.txt`` first, no name after it, no sentence.

    >>> _is_office_line("Bí thư Tỉnh ủy"), _is_office_line("Bí thư Tỉnh ủy Lê Văn Hòa")
    (True, False)
    >>> _is_office_line("Chủ tịch UBND tỉnh Hà Tĩnh"), _is_office_line("Lê Văn Hòa")
    (True, False)
    """
    words = text.split(" ")
    if len(words) > OFFICE_LINE_MAX_WORDS or ends_sentence(text):
        return False
    folded = [w.casefold() for w in words[:TITLE_MAX_WORDS]]
    if not any(" ".join(folded[:n]) in _TITLES_FOLDED for n in range(1, len(folded) + 1)):
        return False
    return not any(_ends_with_full_name(words, n) for n in (3, 4))


def _ends_with_full_name(words: list[str], n: int) -> bool:
    """The last ``n`` words are a full personal name: a surname, then capitalised
    syllables ("… Lê Văn Hòa")."""
    tail = words[-n:]
    return (len(words) > n and tail[0] in _SURNAMES
            and all(w[:1].isupper() and w[1:].islower() for w in tail))


def _assign_tail(units: list[Unit], begin: int, repeated: Container[str]) -> None:
    """After the last paragraph: bylines and sources, then page chrome. Free pieces
    before the first chrome piece (a short closing sentence) stay in the body, and so
    does the signing block of a document quoted at the end (``_signing_block``)."""
    ended = False
    block: str | None = None
    block_at = begin
    signing = True  # still right after the last paragraph, among its signatures
    signed = _signing_block(units, begin)
    if signed == begin:
        signed = _speaker_sign_off(units, begin)
    for i in range(begin, signed):
        units[i].kind = None
    begin = signed
    teasers = _teaser_run(units, begin)
    for i in teasers:
        units[i].kind = "related"
    for i in range(begin + len(teasers), len(units)):
        u = units[i]
        if block is None and u.kind == "counter" and _slide_counter(u):
            continue  # a slideshow's counter: its caption under it, the byline after them
        if (block is None and i > 0 and units[i - 1].kind == "counter"
                and _slide_counter(units[i - 1]) and _slide_caption(u)):
            u.kind = "caption"
            continue
        if block is None and u.kind == "caption" and _writer_and_photographer(u):
            u.kind, ended = "byline", True
            continue
        if u.kind is None and u.words <= TAG_LABEL_MAX_WORDS and (
                u.text.rstrip(" :").casefold() in _TAG_LABELS):
            u.kind, ended, block, block_at = "tags", True, "tags", i  # "Chủ đề" over its topics
            continue
        if (u.kind in (None, "caption") and block is None and not ended
                and _signs_above_source(units, i)):
            u.kind, ended = "byline", True  # "Luật sư Lê Văn An" / "Theo báo …"
            continue
        if u.kind is None and not ended and _signed_dateline(units, i):
            u.kind = "dateline"  # "Quảng Ninh, ngày 12/12/2024" / "Phạm Hà - Văn phòng …"
            continue
        if u.kind in (None, "site") and (block is None or opens_with_byline_lead(u.text) or (
            block == "related" and (_after_bare_link(units, block_at, i)
                                    or _after_inline_teaser(units, block_at, i)) and _signs(u)
        )):
            kind = _byline_kind(u)  # (a byline lead is a byline even after a share row)
            if kind is None and signing and parse_agency_source(u.text) is not None:
                kind = "attribution"  # the office that wrote it: "Văn phòng Huyện ủy"
            if kind is None and wire_credit(u.text) is not None:
                kind = "attribution"  # a wire's credit, under any last line: "TTXVN"
            if kind is not None:
                u.kind, ended = kind, True
                continue
        if u.kind not in SIGNATURE_NEIGHBOURS:
            signing = False
        if u.kind is not None:
            if u.kind == "site" and block == "tags" and _tag_in_capitals(units, i, block_at):
                u.kind = "tags"  # "Từ khóa" / "Công an TPHCM" / "VKSND TPHCM" / "quy chế …"
            elif u.kind == "site":
                u.kind = "footer"  # the masthead again, in the page footer
            if u.kind not in SOFT_TAIL_KINDS:
                ended = True
            if u.kind in BLOCK_KINDS:
                block, block_at = u.kind, i
            continue
        if _is_repeated_chrome(u, repeated):
            u.kind, ended = "repeated", True
        elif not ended and (_is_caption_before_credit(units, i) or _is_scene(u)
                            or _is_caption_above_credited(units, i)
                            or _pictures_named_person(units, i, 0)
                            or _pictures_titled_person(units, i, 0)
                            or _shows_attendance(u)):
            u.kind = "caption"
        elif ended or u.after_end:
            u.kind = "related" if u.block_item else (
                block or ("footer" if _is_notice(u.text) else "nav")
            )
            ended = True


def _signed_dateline(units: list[Unit], i: int) -> bool:
    """``units[i]`` is a place and a date over the writer's byline (``is_signed_dateline``)."""
    return i + 1 < len(units) and is_signed_dateline(units[i].text, units[i + 1].text)


def _tag_in_capitals(units: list[Unit], i: int, label: int) -> bool:
    """``units[i]``, a short line in capitals, is a tag of the list one a line under a
    bare tag label (``units[label]``: "Từ khóa"), not the page's masthead: no
    masthead word opens it and another tag (a free line) follows.

    >>> us = [Unit(1, "Từ khóa", 0, 2, "tags"), Unit(2, "VKSND TP", 0, 2, "site"),
    ...       Unit(3, "an ninh mạng", 0, 3)]
    >>> _tag_in_capitals(us, 1, 0), _tag_in_capitals(us[:2], 1, 0)
    (True, False)
    """
    u = units[i]
    if u.strong or u.words > TAG_LABEL_MAX_WORDS or i + 1 >= len(units) or (
            units[i + 1].kind is not None):
        return False
    head = units[label].text.rstrip(" :")
    if head.casefold() not in _TAG_LABELS and "tags" not in bp.PHRASES.kinds_made_of(
            tokens(head)):
        return False
    return bp.SITE_LEAD.match(u.text) is None and _outlet_end(u.text) is None


def _signs_above_source(units: list[Unit], i: int) -> bool:
    """``units[i]`` only names a titled person ("Luật sư Lê Văn An", "Thạc sĩ …") and
    the line under it names the source ("Theo báo …"): the writer's byline, not the
    caption of a portrait.

    >>> us = [Unit(1, "Luật sư Trần Thị Bình", 0, 5), Unit(2, "Theo Báo Đồng Nai", 0, 4)]
    >>> _signs_above_source(us, 0), _signs_above_source(us[:1], 0)
    (True, False)
    """
    if i + 1 >= len(units) or units[i].words > BYLINE_NAME_MAX_WORDS + TITLE_MAX_WORDS:
        return False
    below = units[i + 1]
    return (below.kind in (None, "attribution") and below.words <= BYLINE_MAX_WORDS
            and parse_attribution(below.text) is not None
            and _portrait_name(units[i].text) is not None)


def _after_bare_link(units: list[Unit], at: int, i: int) -> bool:
    """``units[at]`` is a "more" link or label standing alone ("Xem thêm", "Mời bạn đọc
    xem video …:"), with only captions between it and ``units[i]``: no list of
    headlines follows it, so a name there is still the article's byline.

    >>> us = [Unit(1, "Xem thêm", 0, 2, "related"), Unit(2, "MAI HOA", 0, 2)]
    >>> _after_bare_link(us, 0, 1)
    True
    """
    if any(units[k].kind != "caption" for k in range(at + 1, i)):
        return False
    return bp.made_of(units[at].text.rstrip(" :")) == "related"


def _after_inline_teaser(units: list[Unit], at: int, i: int) -> bool:
    """``units[at]`` is one bulleted teaser (">> Headline") set right under the last
    paragraph and ``units[i]`` the line under it: the article's byline may still
    follow it ("… ./ >> Công an tỉnh tuyên dương … / HOÀI NAM").

    >>> us = [Unit(1, "Hội nghị kết thúc trong cùng ngày.", 0, 6, prose=True),
    ...       Unit(2, ">> Tỉnh ủy tổng kết công tác năm", 0, 8, "related"),
    ...       Unit(3, "HOÀI NAM", 0, 2, "site")]
    >>> _after_inline_teaser(us, 1, 2), _after_inline_teaser(us[1:], 0, 1)
    (True, False)
    """
    if i != at + 1 or at == 0 or not units[at].text.startswith(_TEASER_BULLETS):
        return False
    above = units[at - 1]
    return above.kind is None and above.prose


_TEASER_BULLETS = (">>", "»", "►", "▶")


# Headlines of related articles set between the last paragraph and the byline or the
# page's chrome, with no label: two or more capitalised lines of headline length, no
# sentence mark, after a paragraph that ends its sentence.
TEASER_MIN_WORDS, TEASER_MAX_WORDS, TEASER_MAX_LINES = 5, 25, 8


def _teaser_run(units: list[Unit], begin: int) -> list[int]:
    """The indices of such a run of headlines right at ``begin``, or []."""
    if begin == 0 or begin >= len(units) or (
        final_mark(units[begin - 1].text) not in SENTENCE_FINAL
    ):
        return []
    run: list[int] = []
    for i in range(begin, min(len(units), begin + TEASER_MAX_LINES + 1)):
        u = units[i]
        text = u.text
        if (u.kind is not None or not TEASER_MIN_WORDS <= u.words <= TEASER_MAX_WORDS
                or not text[:1].isupper() or final_mark(text)
                or (":" in text and not _place_headline(text)) or _is_byline_shaped(text)):
            break
        run.append(i)
    end = begin + len(run)
    if len(run) < 2 or len(run) > TEASER_MAX_LINES or end >= len(units):
        return []
    after = units[end]
    return run if after.kind is not None or _is_byline_shaped(after.text) else []


PLACE_LABEL_MAX_WORDS = 4
PLACE_HEADLINE_MIN_WORDS = 4


def _place_headline(text: str) -> bool:
    """A headline led by the place (or topic) it is about and a colon: a few
    capitalised words, then a capitalised headline of its own.

    >>> _place_headline("Quảng Trị: Khởi công cầu vượt sông Thạch Hãn mới")
    True
    >>> _place_headline("Nhóm dự án: 12 công trình"), _place_headline("Tổng vốn: Hơn 500 tỷ đồng")
    (False, False)
    """
    label, sep, rest = text.partition(": ")
    words = label.split(" ")
    return (bool(sep) and len(words) <= PLACE_LABEL_MAX_WORDS
            and all(w[:1].isupper() for w in words) and rest[:1].isupper()
            and ":" not in rest and rest.count(" ") + 1 >= PLACE_HEADLINE_MIN_WORDS)


# ---------------------------------------------------------------------------
# Metadata


def _fill_metadata(article: Article, units: list[Unit], page: Page, title_at: int | None,
                   start: int, last: int) -> None:
    if title_at is not None:
        first = title_at
        while first > 0 and units[first - 1].kind == "title":
            first -= 1  # a document's type heading and subject lines
        article.title = " ".join(units[k].text for k in range(first, title_at + 1))
    article.published = _published(units, title_at, start, last)
    authors: list[str] = []
    attribution: str | None = None
    site = _site_line(units, start) or head_masthead([u.text for u in units[:title_at or 0]])
    names: tuple[str | None, frozenset[str]] | None = None
    for u in units:
        if u.kind == "byline":
            name = _portrait_name(u.text)  # "Luật sư Lê Văn An" over "Theo …"
            byline = parse_signature(u.text) or (
                Byline((name,), None) if name else parse_byline(u.text.title())
            ) or name_and_unit(u.text)
            if byline is None:
                continue
            for name in byline.authors:
                if names is None:
                    names = _site_names(units, title_at if title_at is not None else start,
                                        start, site)
                if name not in authors and not _names_the_site(name, *names):
                    authors.append(name)  # (not the site's name: "Tuổi Trẻ Online")
            attribution = attribution or byline.attribution
        elif u.kind == "attribution" and attribution is None:
            attribution = parse_attribution(u.text) or parse_agency_source(u.text) or (
                wire_credit(u.text)) or (
                u.text if is_affiliation(u.text) or _outlet_end(u.text) is not None else None
            )
    article.authors = authors
    article.attribution = attribution
    article.site = recase_site_name(
        site_name(_without_foreign_tail(site)), page.lines, page.text) if site else None
    article.section = _section(units, title_at if title_at is not None else start, start)


# The name of an outlet ("Cổng thông tin điện tử …", "Báo …"), not its owner or motto.
_OUTLET_NAME = regex.compile(
    rf"(?i:{phrase_alternation(data_section('clean_site_cues.txt', 'names'))})(?!\p{{L}})"
)


@functools.lru_cache(maxsize=metadata.LINE_CACHE)
def _outlet_end(text: str) -> int | None:
    """Where the outlet's name (``_OUTLET_NAME``) that opens ``text`` ends, or None.
    (Asked of head and byline lines, which recur; the pattern is long: remembered.)"""
    m = _OUTLET_NAME.match(text)
    return m.end() if m is not None else None


_OWNER = regex.compile(
    rf"(?i:{phrase_alternation(data_section('clean_site_cues.txt', 'owners'))})(?!\p{{L}})"
)


# Party and Youth Union committees named by their level ("Đảng bộ", "Tỉnh ủy"): they
# head a masthead over their outlet as the bodies of ``opens_with_body`` do.
_PARTY_BODIES = tuple(h.casefold() + " " for h in data_lines("agency_locality_heads.txt"))


def _opens_with_any_body(text: str) -> bool:
    """``opens_with_body``, or a party committee named by its level.

    >>> _opens_with_any_body("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH"), _opens_with_any_body("Tiền Phong")
    (True, False)
    """
    return opens_with_body(text) or text.casefold().startswith(_PARTY_BODIES)


def _site_line(units: list[Unit], start: int) -> str | None:
    """The head line that names the site: the first site line, or the line under it
    where the two make one masthead of a parent body over the unit that runs the site
    ("BỘ CÔNG AN" / "CÔNG AN TỈNH ĐỒNG NAI") or of a body over its outlet ("QUỐC HỘI …"
    / "Cổng thông tin điện tử Quốc hội"). (A motto under the name is no site.)"""
    first = next((i for i in range(min(start, len(units))) if units[i].kind == "site"), None)
    if first is None:
        return None
    name = units[first].text
    if first + 1 < start and units[first + 1].kind == "site":
        under = units[first + 1].text
        outlet = _outlet_end(under)
        if _opens_with_any_body(name) and _outlet_end(name) is None and (
            # an outlet with a name of its own ("Trang thông tin điện tử" alone is none)
            (outlet is not None and outlet < len(under))
            or (outlet is None and opens_with_body(under) and not _OWNER.match(under))
        ):
            return under
        label = _outlet_end(name)
        if label is not None and label == len(name.rstrip(" :")) and (
                outlet is None and opens_with_body(under)
                and not _OWNER.match(under)):
            return under  # a generic label over the body it serves: "Cổng thông tin điện tử"
    return name


def _section(units: list[Unit], title_at: int, start: int) -> str | None:
    """The section label or breadcrumb trail nearest above the title: the label, or
    the trail's last crumb (the one before it when the trail ends with the title); else
    a trail between the title and the body. A trail under a vertical menu says where
    the article is; the menu's labels do not."""
    title = units[title_at].text if title_at < len(units) else ""
    section = None
    for u in units[:title_at]:
        if u.kind == "section":
            # a label, or a short trail set as one: "Chính trị / Mặt trận"
            section = breadcrumb_section(u.text) or u.text
        elif u.kind == "nav" and bp.has_trail_marks(u.text):
            section = breadcrumb_section(u.text, skip=title) or section
    if section is None:  # a trail set under the title: "Trang chủ / Chính trị / Thời sự"
        for u in units[title_at + 1 : start]:
            if u.kind == "nav" and bp.has_trail_marks(u.text):
                return breadcrumb_section(u.text, skip=title)
    if section is not None and is_all_caps(section):  # as the menu writes it
        folded = section.casefold()
        return next((u.text for u in units[:title_at]
                     if u.kind == "nav" and u.text.casefold() == folded), section)
    return section


_CRUMB_GAP = re.compile(r"[ \t\u00a0]{2,}|\t")


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _raw_line(text: str, n: int) -> str | None:
    """Line ``n`` (from 1) of ``text`` as written, lines ending at "\\r\\n", "\\r" or
    "\\n"; None when there is none. (Only the lines up to it are looked at.)

    >>> _raw_line("a\\r\\nb\\rc\\nd", 3), _raw_line("a\\nb", 2), _raw_line("a\\nb", 3)
    ('c', 'b', None)
    """
    if n < 1:
        return None
    at = 0
    for m in _LINE_BREAK.finditer(text):
        n -= 1
        if n == 0:
            return text[at : m.start()]
        at = m.end()
    return text[at:] if n == 1 else None


def _last_spaced_crumb(units: list[Unit], title_at: int | None, start: int, text: str,
                       section: str) -> str | None:
    """The last crumb of a section label whose crumbs the page set apart with runs of
    spaces or tabs ("Quốc phòng - An ninh  Xây dựng quân đội" → "Xây dựng quân đội"),
    read from the raw line before white space is collapsed; None when there is none
    (or when the page holds neither a double space nor a tab).

    >>> us = [Unit(1, "Chính trị Xây dựng Đảng", 0, 5, "section"), Unit(2, "Tiêu đề", 0, 2)]
    >>> _last_spaced_crumb(us, 1, 2, "Chính trị\\tXây dựng Đảng\\nTiêu đề", us[0].text)
    'Xây dựng Đảng'
    """
    end = title_at if title_at is not None else start
    labels = [u for u in units[:end] if u.kind == "section"]
    if not labels:
        return None
    u = labels[-1]
    if u.text != section:
        return None  # (the section came from a trail)
    raw = _raw_line(text, u.line)
    if raw is None:
        return None
    if "  " not in raw and "\t" not in raw and (
            "\u00a0" not in raw or ("  " not in text and "\t" not in text)):
        # no gap on the line (a gap of one space and a no-break space counts only on
        # a page with double spaces or tabs somewhere)
        return None
    crumbs = [" ".join(c.split()) for c in _CRUMB_GAP.split(raw.strip())]
    crumbs = [c for c in crumbs if c]
    if len(crumbs) < 2 or " ".join(crumbs) != u.text:
        return None  # (not the whole line, or the line was read otherwise)
    return crumbs[-1]


def _published(units: list[Unit], title_at: int | None, start: int, last: int) -> str | None:
    """The page's own dateline: in the head, the first one after the title (else the
    last one before it); failing that, one among the first pieces of the body, or one
    in the tail before any block of page furniture — never a date inside a
    paragraph or a related-articles list."""
    head = [i for i in range(min(start, len(units))) if units[i].kind == "dateline"]
    after = [i for i in head if title_at is not None and i > title_at]
    before = [i for i in head if i not in after]
    # Under the lead, after the title, the article's own dateline outranks a date above
    # the title (the masthead's "today"): "Tiêu đề / (Lead) / Hoàng Anh / Thứ Ba, 19/11 - 07:30"
    lead = [i for i in range(start, min(start + 3, last + 1)) if units[i].kind == "dateline"]
    for i in after + (lead if before else []) + before[::-1]:
        # (a time-only dateline gives no date: the next one)
        value = parse_dateline(units[i].text) or parse_place_dateline(units[i].text)
        if value:
            return value
    if head:
        return None
    candidates = [units[i] for i in lead]
    for u in units[last + 1 :]:
        if u.kind in BLOCK_KINDS:
            break
        if u.kind == "dateline":
            candidates.append(u)
    for u in candidates:
        value = parse_dateline(u.text)
        if value:
            return value
    return None
