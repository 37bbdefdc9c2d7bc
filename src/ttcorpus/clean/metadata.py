"""Metadata read off the lines the cleaner removes: the dateline (as ISO 8601),
a title's trailing dateline, bylines (author names, staff credits, the agency in
brackets), attributions ("Theo …", "Nguồn: …"), the site name and the section.

>>> parse_dateline("Thứ hai, ngày 20/02/2017 19h09'")
'2017-02-20T19:09'
>>> parse_byline("Xuân Tùng (TTXVN/Vietnam+)")
Byline(authors=('Xuân Tùng',), attribution='TTXVN/Vietnam+')
>>> parse_attribution('Theo "Cổng thông tin điện tử Bộ Công an"')
'Cổng thông tin điện tử Bộ Công an'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

import regex

from ttcorpus.clean.lines import NAME_WORD, is_all_caps
from ttcorpus.resources import data_lines, data_rows, data_section, phrase_alternation

# Answers for lines are remembered (a site's bylines, datelines and sources recur on
# every page) in caches of this many lines each: small, since most such lines of a
# large corpus are new (dates, times, names) and a cache of them only costs memory.
LINE_CACHE = 1 << 11

# ---------------------------------------------------------------------------
# Datelines

_WEEKDAY = phrase_alternation(data_lines("clean_weekdays.txt"))
_LABEL = phrase_alternation(data_lines("clean_dateline_labels.txt"))
# Grammatical glue inside datelines: "ngày" (day), "tháng" (month), "năm" (year),
# "lúc"/"vào lúc" (at), "giờ"/"phút" (hour/minute), "sáng"/"chiều"/"tối"
# (morning/afternoon/evening).
_YEAR = r"(?:19|20)\d\d"
_DATE = (
    rf"(?:(?P<d>[0-3]?\d)[/.\-](?P<m>[01]?\d)[/.\-](?P<y>{_YEAR})(?![\d/])"
    rf"|(?P<y>{_YEAR})-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?!\d)"
    rf"|(?P<d>[0-3]?\d)\s+tháng\s+(?P<m>[01]?\d)\s*,?\s+năm\s+(?P<y>{_YEAR}))"
)
_TIME = (
    r"(?P<H>[01]?\d|2[0-3])\s*(?:[:h]\s*(?P<M>[0-5]\d)(?::[0-5]\d)?|\s*giờ(?:\s*(?P<M>[0-5]\d))?)"
    r"(?:\s*phút)?(?:\s*['’′]|p(?!\p{L}))?(?:\s*(?P<ap>AM|PM|SA|CH|sáng|chiều|tối)(?!\p{L}))?"
)
_OFFSET = r"(?:GMT|UTC)\s*[+\-]\s*\d{1,2}(?::?\d\d)?"
# The offset bracketed, in square brackets or bare ("(GMT+7)", "[GMT+7]", "GMT+7"),
# written once: the closing bracket is asked for by a conditional after an opening one.
_TZ = (
    rf"(?:(?:(?P<tz_round>\()\s*|(?P<tz_square>\[)\s*)?{_OFFSET}"
    r"(?(tz_round)\s*\)|(?(tz_square)\s*\]))|\(?ICT\)?|[+\-]\d\d:?\d\d|Z)"
)
_SEP = r"(?:T|\s*(?:[|,\-–—/]\s*)?(?:(?:vào\s+lúc|lúc|vào|ngày)\s*)?)"  # "T": ISO 8601
_WEEKDAY_PREFIX = rf"(?:(?:{_WEEKDAY})\s*[,\-–]?\s*)?"
_DAY_PREFIX = rf"{_WEEKDAY_PREFIX}(?:ngày\s*)?"
# The date first (maybe after "ngày", maybe then the time), else the time first. The
# date is written once, after either opening: a conditional asks for the time after
# it only when none came first. (The weekday that may open either is written once
# too, before both: a weekday opens neither a date nor a time, so the two read the
# same as with a weekday each. The patterns compile faster so.)
_DATED = (
    rf"(?:(?:ngày\s*)?|(?P<time_first>{_TIME}{_SEP}{_DAY_PREFIX}))"
    rf"{_DATE}(?(time_first)|(?:{_SEP}{_TIME})?)"
)
_CORE = rf"(?:{_WEEKDAY_PREFIX}{_DATED})"
_LABEL_PREFIX = rf"(?:(?:{_LABEL})\s*:?\s*(?:lúc\s*)?)"

# A whole line (or cell) that is a dateline, bracketed or not.
DATELINE = regex.compile(
    rf"[(\[]?\s*{_LABEL_PREFIX}?{_CORE}(?:\s*{_TZ})?\s*[)\]]?\.?", regex.IGNORECASE
)
# A dateline that gives only the time ("Cập nhật lúc 10:20", "10:20 AM GMT+7") or how
# long ago ("2 giờ trước": "2 hours ago" — minutes, hours, days, weeks, months): no
# date to read, but the line is the dateline, not a title.
_AGO_UNITS = r"(?:phút|giờ|tiếng|ngày|tuần|tháng)"
_AGO = rf"\d{{1,2}}\s+{_AGO_UNITS}\s+trước"
# The same without "trước", as social media stamp a comment: "5 giờ", "2 ngày", "3h".
_BARE_STAMP = regex.compile(rf"\d{{1,2}} ?(?:{_AGO_UNITS}|p|g|h|d)")
TIME_ONLY_DATELINE = regex.compile(
    rf"[(\[]?\s*(?:{_LABEL_PREFIX}?{_TIME}(?:\s*{_TZ})?|{_AGO})\s*[)\]]?\.?",
    regex.IGNORECASE,
)
_TIME_AGO = regex.compile(rf"(?<!\d){_AGO}(?!\p{{L}})", regex.IGNORECASE)


def is_bare_stamp(text: str) -> bool:
    """How long ago, without "trước" ("5 giờ"), as social media stamp a comment.

    >>> is_bare_stamp("5 giờ"), is_bare_stamp("5 giờ chiều nay")
    (True, False)
    """
    return _BARE_STAMP.fullmatch(text) is not None


def has_time_ago(text: str) -> bool:
    """``text`` says how long ago something was posted ("2 giờ trước"), as readers'
    comments are stamped.

    >>> has_time_ago("Trả lời Thích 12 2 giờ trước"), has_time_ago("Trước đó 2 giờ")
    (True, False)
    """
    return "trước" in text and _TIME_AGO.search(text) is not None


def is_time_only_dateline(text: str) -> bool:
    """A dateline line with a time but no date.

    >>> is_time_only_dateline("Cập nhật lúc 10:20"), is_time_only_dateline("3 giờ trước")
    (True, True)
    >>> is_time_only_dateline("10 giờ sáng nay, đoàn đến xã")
    False
    """
    return len(text) <= 40 and TIME_ONLY_DATELINE.fullmatch(text) is not None


# The place before the date, as official documents head theirs: "Lạng Sơn, ngày
# 20/11/2024". Above the article it is its dateline; at its end, the date a letter
# or statement in the body was signed (so this form is asked of head lines only).
# News agencies write it too, with the time: "Thái Bình, 22/11/2024 18:05", "TP.HCM,
# 03/10/2024 14:20 GMT+7".
PLACE_DATELINE = regex.compile(
    rf"(?-i:\p{{Lu}}\p{{L}}*(?:\.\p{{Lu}}\p{{L}}*)?\.?(?: \p{{Lu}}\p{{L}}*){{0,4}}"
    rf"(?: - \p{{Lu}}\p{{L}}*(?: \p{{Lu}}\p{{L}}*){{0,2}})?)\s*,\s*"  # "Bà Rịa - Vũng Tàu"
    rf"(?=ngày|\d){_DATED}(?:\s*{_TZ})?\.?",  # (no weekday opens it)
    regex.IGNORECASE,
)
# A dateline glued inside a longer line: it must carry a time (or a weekday or a
# label) so that ordinary dates of running text do not match.
# After a label, the date or the time first (``_CORE``); after a weekday, the date
# first; from a digit, the date then the time, or the time then the date, with no
# weekday or "ngày" between. (The grammar is written once for the three, each asking
# by a conditional for its own part, so that it compiles faster.)
EMBEDDED_DATELINE = regex.compile(
    rf"(?<![\w/.:\-])(?:(?P<label>{_LABEL_PREFIX})|(?=(?:{_WEEKDAY}))(?P<weekday>)|(?=\d)(?P<digit>))"
    rf"{_WEEKDAY_PREFIX}(?:(?:ngày\s*)?|(?(weekday)(?!)|(?P<time_first>{_TIME}{_SEP}"
    rf"(?(digit)|{_DAY_PREFIX}))))"
    rf"{_DATE}(?(time_first)|(?(digit){_SEP}{_TIME}|(?:{_SEP}{_TIME})?))(?:\s*{_TZ})?(?![\w/])",
    regex.IGNORECASE,
)
# Where an ``EMBEDDED_DATELINE`` match can start: the same look-behind, then a digit
# or the first word of a label or weekday (a cheap scan: trying the whole grammar
# at every position of a window is slow).
_FIRST_WORDS = sorted(
    {p.split()[0] for p in (*data_lines("clean_dateline_labels.txt"),
                            *data_lines("clean_weekdays.txt"))}
)
DATELINE_FIRST_WORD_MAX = max(len(w) for w in _FIRST_WORDS)
EMBEDDED_DATELINE_START = regex.compile(
    rf"(?<![\w/.:\-])(?:\d|{phrase_alternation(_FIRST_WORDS)})", regex.IGNORECASE
)
# The dateline glued at the end of a title: "Tiêu đề (09:39 12/07/2017)", "Tiêu đề -
# 19/08/2020"; matched from the last bracket or dash of the title. (The closing
# bracket is asked for only after an opening one: the grammar is written once, not
# once for each form, so that it compiles in half the time.)
TRAILING_DATELINE = regex.compile(
    rf"(?P<dateline>(?:(?P<bracket>\()\s*|[-–|]\s+)"
    rf"{_LABEL_PREFIX}?{_CORE}(?:\s*{_TZ})?(?(bracket)\s*\)))",
    regex.IGNORECASE,
)
TRAILING_DATELINE_MAX = 80
# Every ``_DATE`` holds one of these (or the word "tháng").
_DATE_DIGITS = re.compile(r"\d[/.\-]\d")


_DATE_GROUPS = ("d", "m", "y", "H", "M", "ap")
_GROUP_NUMBERS: dict[regex.Pattern[str], tuple[int, ...]] = {}


def _date_group_numbers(pattern: regex.Pattern[str]) -> tuple[int, ...]:
    """The numbers of a dateline pattern's named groups (looking groups up by
    number is several times faster than by a name shared by several branches)."""
    numbers = _GROUP_NUMBERS.get(pattern)
    if numbers is None:
        numbers = _GROUP_NUMBERS[pattern] = tuple(pattern.groupindex[g] for g in _DATE_GROUPS)
    return numbers


def dateline_iso(m: regex.Match[str]) -> str | None:
    """The ISO 8601 value of a dateline match, to the minute when a time is given;
    None when the date is impossible."""
    d, mo, y, hour, mi, ap_group = m.group(*_date_group_numbers(m.re))
    day, month, year = int(d), int(mo), int(y)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    value = f"{year:04d}-{month:02d}-{day:02d}"
    if hour is None:
        return value
    h, minute = int(hour), int(mi or 0)
    ap = (ap_group or "").casefold()
    if ap in ("pm", "ch", "chiều", "tối") and h < 12:
        h += 12
    elif ap in ("am", "sa", "sáng") and h == 12:
        h = 0
    return f"{value}T{h:02d}:{minute:02d}"


def parse_dateline(text: str) -> str | None:
    """The ISO value of ``text`` when the whole text is a dateline, else None.

    >>> parse_dateline("(10:30 | 24/07/2019)"), parse_dateline("Ngày đăng: 19-08-2020")
    ('2019-07-24T10:30', '2020-08-19')
    >>> parse_dateline("Cập nhật: 08:15, 19/08/2020"), parse_dateline("Thứ Tư, 19/08/2020 - 08:15")
    ('2020-08-19T08:15', '2020-08-19T08:15')
    >>> parse_dateline("19/08/2020 08:15 GMT+7"), parse_dateline("ngày 22/7/2019, tại Hà Nội")
    ('2020-08-19T08:15', None)
    """
    return _parse_dateline(text)


def parse_place_dateline(text: str) -> str | None:
    """The ISO value of a dateline that names its place first (a head line), else None.

    >>> parse_place_dateline("Lạng Sơn, ngày 20 tháng 11 năm 2024")
    '2024-11-20'
    >>> parse_place_dateline("TP.HCM, 03/10/2024 14:20 GMT+7")
    '2024-10-03T14:20'
    """
    if "," not in text or len(text) > 80:
        return None
    return _place_dateline_iso(text)


@functools.lru_cache(maxsize=LINE_CACHE)
def _place_dateline_iso(text: str) -> str | None:
    """``parse_place_dateline`` past its quick test, remembered: the head lines of a
    site's pages recur."""
    m = PLACE_DATELINE.fullmatch(text)
    return dateline_iso(m) if m else None


@functools.lru_cache(maxsize=LINE_CACHE)
def _parse_dateline(text: str) -> str | None:
    """``parse_dateline``, remembered: the same short lines are asked about
    several times per article, and mastheads' datelines recur."""
    m = DATELINE.fullmatch(text)
    if m is None and text[:1] in _PIECE_SEPARATORS:
        # the dateline piece of a line shared with the byline: "Thu Hà | 03/12/2024 14:20"
        m = DATELINE.fullmatch(text.lstrip(_PIECE_SEPARATORS + " "))
    return dateline_iso(m) if m else None


_PIECE_SEPARATORS = "|-–—/"


def split_trailing_dateline(text: str) -> tuple[str, str, str] | None:
    """A headline with its dateline glued at the end → (headline, dateline, ISO).

    >>> split_trailing_dateline("Hội nghị sơ kết Chỉ thị 09 (09:39 12/07/2017)")
    ('Hội nghị sơ kết Chỉ thị 09', '(09:39 12/07/2017)', '2017-07-12T09:39')
    """
    return _split_trailing_dateline(text)


@functools.lru_cache(maxsize=LINE_CACHE)
def _split_trailing_dateline(text: str) -> tuple[str, str, str] | None:
    """``split_trailing_dateline``, remembered: the same titles recur on a site's pages."""
    # (only the last TRAILING_DATELINE_MAX characters are searched: a cut further
    # back is refused anyway)
    if text.endswith(")"):
        cut = text.rfind("(", max(0, len(text) - TRAILING_DATELINE_MAX))
    else:
        window = max(0, len(text) - TRAILING_DATELINE_MAX - 1)
        cut = max(text.rfind(" - ", window), text.rfind(" – ", window),
                  text.rfind(" | ", window)) + 1
    if cut <= 0 or len(text) - cut > TRAILING_DATELINE_MAX:
        return None
    if _DATE_DIGITS.search(text, cut) is None and "tháng" not in text[cut:].lower():
        return None  # no date ("12/07/2017", "2017-07-12", "12 tháng 7 năm 2017"): quick test
    m = TRAILING_DATELINE.fullmatch(text, cut)
    iso = dateline_iso(m) if m else None
    if m is None or iso is None:
        return None
    return text[:cut].rstrip(), m.group("dateline"), iso


# ---------------------------------------------------------------------------
# Bylines and attributions

# (a name of one word with an apostrophe is whole: "K'Duyệt")
_NAME = rf"(?:{NAME_WORD}(?: {NAME_WORD}){{1,4}}|\p{{Lu}}['’]\p{{Lu}}\p{{Ll}}{{1,7}})"
_NAME_SEP = r"\s*(?:[-–,&;]|và)\s*"
_NAMES = rf"{_NAME}(?:{_NAME_SEP}{_NAME}){{0,5}}"
_AGENCY_PAREN = r"\(\s*(?P<agency>[^()]{2,60}?)\s*\)"
# An agency written after a slash or dash: an acronym such as "TTXVN", "VOV",
# "TTXVN/Vietnam+".
_AGENCY_TOKEN = r"\p{Lu}[\p{Lu}\d+.]{1,15}(?:/\p{L}[\p{L}\d+.]{1,15})?"
_AGENCY_TAIL = rf"(?:\s*{_AGENCY_PAREN}|\s*[/\-–]\s*(?P<agency>{_AGENCY_TOKEN}))?"
_BYLINE_LEAD = phrase_alternation(data_lines("clean_byline_leads.txt"))
# The photographer's credit after the writer's name: " - Ảnh: …", ", ảnh: …".
_PHOTO_CREDIT_PART = regex.compile(
    r"\s*[-–|,;]\s*(?i:"
    + phrase_alternation([r[1] for r in data_rows("clean_caption_words.tsv") if r[0] == "credit"])
    + r")\s*:"
)
_STAFF = phrase_alternation(data_lines("clean_staff_bylines.txt"))
_ATTRIBUTION_LEAD = phrase_alternation(data_lines("clean_attribution_leads.txt"))

# The names (after a lead and its colon or dash, "Bài, ảnh: …", when there is one: the
# lead is tried first), then the agency. (One pattern for both forms: the names are
# compiled once.)
BYLINE = regex.compile(
    rf"(?P<lead>(?:{_BYLINE_LEAD})\s*[:\-–]\s*)?(?P<names>{_NAMES}){_AGENCY_TAIL}\.?"
)
BYLINE_STAFF = regex.compile(rf"(?P<staff>(?i:{_STAFF})){_AGENCY_TAIL}\.?")
# "Theo Báo Công an nhân dân", 'Theo "Cổng …"', "Nguồn: VOV", "(Theo TTXVN)".
_SOURCE = r"[^,;:!?()\"“”]{0,80}?"
ATTRIBUTION = regex.compile(
    rf"\(?\s*(?:{_ATTRIBUTION_LEAD})(?:\s*:\s*|\s+)"
    rf"(?:[\"“](?P<quoted>[^\"“”]{{2,100}})[\"”]"
    rf"|(?<=:\s*)(?P<plain>(?:https?://|www\.)[^\s\"“”()]{{3,200}}?)"  # a web address
    rf"|(?<=:\s*)(?P<plain>[\p{{L}}\d]{_SOURCE})"  # after a colon, any source
    rf"|(?P<plain>[\p{{Lu}}\d]{_SOURCE}))"  # "Theo X": a name, capitalised
    r"\s*\)?\.?"
)
_NAME_SPLIT = regex.compile(_NAME_SEP)
# The names of document types ("Kế hoạch", "Chỉ thị", doc_types.tsv): a heading, not
# a byline, when alone on a line in capitals.
_DOCUMENT_TYPES = frozenset(row[0].casefold() for row in data_rows("doc_types.tsv"))


def is_document_type(text: str) -> bool:
    """The name of a document type alone ("KẾ HOẠCH", "Chỉ thị").

    >>> is_document_type("KẾ HOẠCH"), is_document_type("Kế hoạch năm 2025")
    (True, False)
    """
    return text.casefold() in _DOCUMENT_TYPES

# Kinds of text a heading names ("THÔNG CÁO BÁO CHÍ"): never a byline.
_HEADING_TYPES = frozenset(t.casefold() for t in data_lines("clean_heading_types.txt"))

# "Theo Báo Nhân Dân" is a source, not a person called "Theo".
_ATTRIBUTION_FIRST_WORDS = frozenset(
    p.split(" ", 1)[0] for p in data_lines("clean_attribution_leads.txt")
)
BYLINE_MAX_CHARS = 120
_NOT_NAME_FIRST_WORDS = frozenset(w.casefold() for w in data_lines("clean_not_name_words.txt"))
_STAFF_FIRST_WORDS = frozenset(
    p.split(" ", 1)[0].split("/", 1)[0].casefold() for p in data_lines("clean_staff_bylines.txt")
)
ATTRIBUTION_MAX_WORDS = 12


def is_staff_credit(text: str) -> bool:
    """A newsroom's credit with no personal name ("Nhóm PV", "PV (TTXVN)").

    >>> is_staff_credit("Nhóm PV"), is_staff_credit("Nhóm PV tham gia hội thảo")
    (True, False)
    """
    first = text.split(" ", 1)[0].split("/", 1)[0].split("(", 1)[0].casefold()
    return first in _STAFF_FIRST_WORDS and BYLINE_STAFF.fullmatch(text) is not None


@dataclass(frozen=True)
class Byline:
    """Who wrote the article: personal names, and the agency the byline names."""

    authors: tuple[str, ...] = ()
    attribution: str | None = None


def _agency(m: regex.Match[str]) -> str | None:
    """The agency a byline names, if it is a name ("TTXVN", "Báo Hà Tĩnh"), not a
    note such as "(tổng hợp)"."""
    agency = (m.group("agency") or "").strip()
    return agency if agency[:1].isupper() or agency[:1].isdigit() else None


def parse_byline(text: str) -> Byline | None:
    """A byline line → its authors and agency; None when ``text`` is not one.
    Staff credits ("PV", "Nhóm PV") are bylines without a personal name.

    >>> parse_byline("Bài, ảnh: Minh Ngọc")
    Byline(authors=('Minh Ngọc',), attribution=None)
    >>> parse_byline("Quang Huy - Ngọc Ánh").authors
    ('Quang Huy', 'Ngọc Ánh')
    >>> parse_byline("PV"), parse_byline("Hội nghị giao ban")
    (Byline(authors=(), attribution=None), None)
    >>> parse_byline("Thượng tá TRẦN HÀ (Công an tỉnh)")
    Byline(authors=('Trần Hà',), attribution='Công an tỉnh')
    >>> parse_byline("Tin, ảnh: Phòng Văn hóa - Thông tin")
    Byline(authors=(), attribution='Phòng Văn hóa - Thông tin')
    >>> parse_byline("Bài: Lê Hoa - Ảnh: Minh Đức").authors
    ('Lê Hoa',)
    """
    if len(text) > BYLINE_MAX_CHARS:
        return _byline_with_office(text) if len(text) <= OFFICE_BYLINE_MAX_CHARS else None
    return _parse_byline(text)


@functools.lru_cache(maxsize=LINE_CACHE)
def _parse_byline(text: str) -> Byline | None:
    """``parse_byline`` of a short text, remembered: the cleaner asks about the
    same short lines several times per article."""
    first = text.split(" ", 1)[0]
    if not first[:1].isupper() or first in _ATTRIBUTION_FIRST_WORDS:
        return None
    if first.casefold() in _NOT_NAME_FIRST_WORDS:
        return None  # "Ở CƠ SỞ HIỆN NAY": a heading's last line, no name
    if is_document_type(text) or text.casefold() in _HEADING_TYPES:
        return None  # "KẾ HOẠCH", "THÔNG CÁO BÁO CHÍ" head a text: no writer's name
    photo = _PHOTO_CREDIT_PART.search(text)
    if photo is not None and photo.start() > 0:
        # the writer, then who took the photos: "NGUYỄN HÀ - ẢNH: VIẾT THÀNH"
        writer = _parse_byline(text[: photo.start()])
        if writer is not None and writer.authors:
            return writer
    if first.split("/", 1)[0].split("(", 1)[0].casefold() in _STAFF_FIRST_WORDS:
        m = BYLINE_STAFF.fullmatch(text)
        if m:  # the newsroom, in any case: "Nhóm PV", "NHÓM PV" (read as "Nhóm Pv")
            return Byline((), _agency(m))
    # (a lead needs its colon or dash; names without one, only capitalised words)
    names_only = _names_only(text)
    m = BYLINE.fullmatch(text) if names_only or ":" in text or "-" in text or "–" in text else None
    if m is not None and m.group("lead") is None and not names_only:
        m = None
    if m:
        names = tuple(n for n in _NAME_SPLIT.split(m.group("names")) if n)
        return Byline(names, _agency(m))
    if len(text) <= INITIALS_MAX_CHARS and INITIALS.fullmatch(text):
        return Byline((text,))  # an author signing with initials: "V.P", "H.Q.T"
    if _TITLE_BEFORE_NAME.search(text) or _BYLINE_LEAD_COLON.match(text) or (
        "(" in text and is_all_caps(text.partition("(")[0])  # "NGUYỄN HẢI (thực hiện)"
    ):
        plain = _untitled(text)
        if plain != text:
            found = _parse_byline(plain)
            if found is not None:
                return found
    lead = _BYLINE_LEAD_COLON.match(text)
    if lead is not None:  # an office signs: "Tin, ảnh: Phòng Truyền thông"
        office = text[lead.end() :].strip()
        if parse_agency_source(office) is not None:
            return Byline((), office)
    return _byline_with_office(text)


# Army and police papers sign with a rank, opinion pieces with an academic title,
# often with the name in capitals ("Đại tá NGUYỄN VĂN HẢI (Phòng Chính trị)",
# "Bài và ảnh: PGS.TS LÊ MINH"): read without the titles, names recased.
_BYLINE_TITLES = phrase_alternation([
    *data_section("person_titles.txt", "military and police ranks"),
    *data_section("person_titles.txt", "academic, professional and honorary titles"),
])
# A title opening the line, or a name after a separator or a byline lead's colon.
_TITLE_BEFORE_NAME = regex.compile(
    rf"(?:^|(?<=[-–,&;:/] ?)|(?<= và ))(?:{_BYLINE_TITLES})\.?,? (?=\p{{Lu}})"
)
_BYLINE_LEAD_COLON = regex.compile(rf"(?:{_BYLINE_LEAD})\s*:")

# Opinion pieces sign with the author's office after the name, or on the next line:
# "TS. TRẦN THỊ MAI HƯƠNG - Phó Vụ trưởng Vụ Tổng hợp kinh tế quốc dân, Bộ Kế hoạch
# và Đầu tư". An office opens with a title of a party, state or court office (or its
# deputy, "Phó …"), or a word that opens an office phrase ("Trưởng khoa …") but no
# body's name ("Tổng cục …"), and names the body it holds office in.
_BODY_HEADS = [*data_lines("agency_heads.txt"), *data_lines("agency_other_heads.txt")]
_OFFICE_PHRASES = [
    *data_section("person_titles.txt", "party and state offices"),
    *data_section("person_titles.txt", "courts, procuracy, investigation, parties to a case"),
    *(w[0].upper() + w[1:] for w in data_lines("people_office_heads.txt")
      if not any(h.casefold().startswith(w.casefold() + " ") for h in _BODY_HEADS)),
]


def _shortest_openings(phrases: list[str]) -> list[str]:
    """The phrases that do not open with another of them (word by word): a text
    opens with one of ``phrases`` followed by no letter exactly when it opens with one
    of these so (the white space after a phrase's first words is no letter).

    >>> _shortest_openings(["Phó", "Phó Chủ tịch", "Chủ tịch", "Chủ tịch nước"])
    ['Phó', 'Chủ tịch']
    """
    words = {tuple(p.split()) for p in phrases}
    return [p for p in phrases
            if not any(tuple(p.split()[:k]) in words for k in range(1, len(p.split())))]


# (asked only whether it matches: written with the shortest openings, it compiles in
# half the time)
_OFFICE_OPENING = regex.compile(
    f"(?:Phó )?(?:{phrase_alternation(_shortest_openings(_OFFICE_PHRASES))})" + r"(?!\p{L})"
)
_OFFICE_SEPARATORS = (" - ", " – ", ", ")
OFFICE_BYLINE_MAX_CHARS = 200
AFFILIATION_MAX_WORDS = 24
AFFILIATION_OFFICE_MIN_WORDS = 4  # "Phó Giám đốc Sở": an office and what it heads


def _byline_with_office(text: str) -> Byline | None:
    """A byline whose name (titled, or in capitals) is followed by the author's office
    or institute; the byline of the name. A headline that names a person and then
    what they are ("Đồng chí X - Tổng Bí thư của …") has neither a rank or academic
    title before the name nor the name in capitals, and stays a headline.

    >>> _byline_with_office("PGS, TS NGUYỄN VĂN AN, Viện Triết học")
    Byline(authors=('Nguyễn Văn An',), attribution=None)
    >>> _byline_with_office("Thạc sĩ Lê Hoa - Phó Trưởng khoa Luật, Trường Đại học X").authors
    ('Lê Hoa',)
    >>> _byline_with_office("Đồng chí Lê Duẩn - Tổng Bí thư của thời kỳ mới") is None
    True
    """
    found = _name_then(text, _OFFICE_SEPARATORS, _office_after_titled_name)
    return Byline(found[0].authors, found[0].attribution) if found else None


def _office_after_titled_name(head: str, tail: str) -> bool:
    return is_affiliation(tail) and bool(_TITLE_BEFORE_NAME.match(head) or _CAPS_NAME.search(head))


def _name_then(
    text: str, separators: tuple[str, ...], fits: Callable[[str, str], bool]
) -> tuple[Byline, str] | None:
    """The byline of the part before a separator and the part after it, at the first
    separator where the part after is capitalised, ``fits(head, tail)`` and the head
    reads as one or more personal names (no agency of its own)."""
    for sep in separators:
        at = text.find(sep)
        while at > 0:
            head, tail = text[:at], text[at + len(sep) :]
            if tail[:1].isupper() and len(head) <= BYLINE_MAX_CHARS and fits(head, tail):
                found = _parse_byline(head)
                if found is not None and found.authors:
                    return found, tail
            at = text.find(sep, at + 1)
    return None


def is_affiliation(text: str) -> bool:
    """An author's office or institute standing alone: an office phrase, or the
    name of one body or of several, comma-separated; no sentence.

    >>> is_affiliation("Viện Xây dựng Đảng, Học viện Chính trị quốc gia Hồ Chí Minh")
    True
    >>> is_affiliation("Phó Vụ trưởng Vụ Pháp chế, Bộ Tư pháp")
    True
    >>> is_affiliation("Viện kiểm sát đã truy tố bị can."), is_affiliation("Phó")
    (False, False)
    >>> is_affiliation("Tổng Liên đoàn chỉ đạo chăm lo Tết cho người lao động")
    False
    """
    return _is_affiliation(text)


@functools.lru_cache(maxsize=LINE_CACHE)
def _is_affiliation(text: str) -> bool:
    """``is_affiliation``, remembered: a site's signatures recur on its pages."""
    words = text.count(" ") + 1
    if words > AFFILIATION_MAX_WORDS or not text[-1:].isalnum():
        return False
    if words >= AFFILIATION_OFFICE_MIN_WORDS and _OFFICE_OPENING.match(text) is not None:
        return _BODY_NAMED.search(text) is not None
    return all(parse_agency_source(part) is not None for part in text.split(", "))
CREDIT_LINE_MAX_WORDS = 8


def is_credit_line(text: str) -> bool:
    """A short line that opens with a byline lead and a colon, whatever follows it (a
    poster that is no author's name: "Đăng bởi: Quản trị viên").

    >>> is_credit_line("Đăng bởi: Quản trị viên"), is_credit_line("Bài viết hay")
    (True, False)
    >>> is_credit_line("Trình bày: Hải Yến"), parse_byline("Trình bày: Hải Yến") is None
    (True, True)
    """
    return ":" in text and text.count(" ") < CREDIT_LINE_MAX_WORDS and (
        _BYLINE_LEAD_COLON.match(text) is not None or _CREDIT_ROLE_COLON.match(text) is not None
    )


# A production role, not authorship: "Trình bày: Hải Yến" (``clean_credit_roles.txt``).
_CREDIT_ROLE_COLON = regex.compile(
    rf"(?:{phrase_alternation(data_lines('clean_credit_roles.txt'))})\s*:", regex.IGNORECASE
)
# Two or more words in capitals: a name to recase ("NGUYỄN VĂN HẢI"), not an
# acronym standing alone ("TTXVN").
# (one word with an apostrophe is a whole Central Highlands name: "K'BRÊU", "K’BRÊU")
_CAPS_NAME = regex.compile(r"\p{Lu}+(?: \p{Lu}+)+(?!\p{L})|\p{Lu}['’]\p{Lu}{2,}(?![\p{L}'’])")


# An author's initials, with dots: "V.P", "N.T.H" (not an acronym such as "UBND").
INITIALS = regex.compile(r"\p{Lu}{1,2}(?:\.\s?\p{Lu}{1,2}){1,3}\.?")
INITIALS_MAX_CHARS = 12


def _untitled(text: str) -> str:
    """A titled or capitalised byline as a plain one: titles dropped, names in
    capitals recased; the bracketed agency is left as written.

    >>> _untitled("Đại tá NGUYỄN VĂN HẢI (Phòng Chính trị QK4)")
    'Nguyễn Văn Hải (Phòng Chính trị QK4)'
    """
    head, bracket, agency = text.partition("(")
    head = _TITLE_BEFORE_NAME.sub("", head)
    head = _CAPS_NAME.sub(lambda m: m.group().title(), head)
    return head + bracket + agency


def _names_only(text: str) -> bool:
    """Quick test: every word before a bracket is capitalised or joins names."""
    for word in text.split("(", 1)[0].split():
        if not (word[:1].isupper() or word in _NAME_JOINERS):
            return False
    return True


_NAME_JOINERS = frozenset({"-", "–", "&", "và", ",", ";"})


def parse_attribution(text: str) -> str | None:
    """The source named by an attribution line, without quotes; None otherwise.

    >>> parse_attribution("Theo Báo Công an nhân dân"), parse_attribution("Nguồn: VOV")
    ('Báo Công an nhân dân', 'VOV')
    >>> parse_attribution("(TTXVN/Vietnam+)"), parse_attribution("(Còn nữa)")
    ('TTXVN/Vietnam+', None)
    >>> parse_attribution("Theo đó, Ban Thường vụ yêu cầu các cấp ủy")
    >>> parse_attribution("Nguồn: https://baomau.vn/tin-123.html")
    'https://baomau.vn/tin-123.html'
    """
    if text.count(" ") >= ATTRIBUTION_MAX_WORDS:
        return None
    return _parse_attribution(text)


# A news agency's name alone in brackets, the way wire copy ends: "(TTXVN/Vietnam+)",
# "(VOV)". The name opens with an acronym (two capitals at least), so that a note
# such as "(Còn nữa)" is no source.
BRACKETED_SOURCE = regex.compile(
    r"\(\s*(?P<plain>\p{Lu}{2}[\p{L}\d+.&]*(?:\s?[/\-–]\s?[\p{L}\d+.&]+|\s[\p{L}\d+.&]+){0,3})"
    r"\s*\)\.?"
)


@functools.lru_cache(maxsize=LINE_CACHE)
def _parse_attribution(text: str) -> str | None:
    m = ATTRIBUTION.fullmatch(text)
    if m:
        source = (m.group("quoted") or m.group("plain") or "").strip()
        return source or None
    m = BRACKETED_SOURCE.fullmatch(text) if text.startswith("(") else None
    return m.group("plain").strip() if m else None


# A reader's comment is signed with a name (or a nickname) and when it was posted:
# "Trần Minh Tuấn - 22/11/2024 09:15", "Lê Thu (22/11/2024)", "22/11/2024 | Lê Thu".
_SIGNER = r"[^\s()|,:;.!?]+(?: [^\s()|,:;.!?]+){0,4}?"  # the shortest name that fits
COMMENT_SIGNATURE = regex.compile(
    rf"(?P<who>{_SIGNER})\s*(?:[-–|,]\s*(?P<when>[^()]+)|\(\s*(?P<when>[^()]+?)\s*\))"
    rf"|(?P<when>[^|–]+?)\s*[-–|]\s*(?P<who>{_SIGNER})"
)
COMMENT_SIGNATURE_MAX_CHARS = 90


def is_comment_signature(text: str) -> bool:
    """A line that signs a reader's comment: a name and the date it was posted.

    >>> is_comment_signature("Trần Minh Tuấn - 22/11/2024 09:15")
    True
    >>> is_comment_signature("Hội nghị - 22/11/2024 - tại Hà Nội")
    False
    """
    if len(text) > COMMENT_SIGNATURE_MAX_CHARS or _DATE_DIGITS.search(text) is None:
        return False
    m = COMMENT_SIGNATURE.fullmatch(text)
    return m is not None and parse_dateline(m.group("when").strip()) is not None


# Portals sign news with the office that wrote it, on a line of its own after the
# article: "Văn phòng Huyện ủy", "Ban Tuyên giáo Tỉnh ủy", "Phòng Văn hóa và Thông
# tin". A head word of a body, then a capitalised name, a few words, no punctuation.
_AGENCY_HEADS = phrase_alternation(_BODY_HEADS)
AGENCY_SOURCE = regex.compile(
    rf"(?:{_AGENCY_HEADS}) \p{{Lu}}[\p{{L}}\-]*(?: (?:[\p{{L}}\d\-]+|&|-|–)){{0,7}}"
    r"(?:/\p{Lu}[\p{Lu}\d]{1,10})?"  # the body over it, abbreviated: "Cục Đối ngoại/BQP"
)
AGENCY_SOURCE_MAX_CHARS = 80
_BODY_NAMED = regex.compile(rf"(?<!\p{{L}})(?:{_AGENCY_HEADS}) \p{{Lu}}")


def parse_agency_source(text: str) -> str | None:
    """The office named by a source line that is only its name, or only the
    abbreviation of a body (``abbreviations.tsv``, ``agencies.tsv``); None otherwise.

    >>> parse_agency_source("Ban Tuyên giáo Huyện ủy"), parse_agency_source("Ban Tuyên giáo.")
    ('Ban Tuyên giáo Huyện ủy', None)
    >>> parse_agency_source("VKSNDTC"), parse_agency_source("NTH")
    ('VKSNDTC', None)
    >>> parse_agency_source("Phòng Chính trị/BĐBP")
    'Phòng Chính trị/BĐBP'
    """
    if len(text) > AGENCY_SOURCE_MAX_CHARS or not text[-1:].isalnum():
        return None
    if " " not in text:
        return text if text in _body_abbreviations() else None
    return text if AGENCY_SOURCE.fullmatch(text) else None


@functools.cache
def _body_abbreviations() -> frozenset[str]:
    """Abbreviations that name a body on their own (a signature "UBKTTW" after the
    article): those of ``abbreviations.tsv`` and the all-capital names in
    ``agencies.tsv``. (Initials that sign a reporter's copy are no such names.)"""
    rows = (*data_rows("abbreviations.tsv"), *data_rows("agencies.tsv"))
    return frozenset(cell for row in rows for cell in row if " " not in cell and is_all_caps(cell))


# A signature that names the author's unit after a dash, as the bracketed form does
# ("Hoàng Minh (Công an huyện X)"): "Hoàng Minh - Công an huyện X", "Hồng Nhung -
# Văn phòng tổng hợp". Read so only where a signature is expected (after the article,
# or after a byline lead): a headline has the same shape.
_UNIT_SEPARATORS = (" - ", " – ")
_BODY_OPENING = regex.compile(rf"(?:{_AGENCY_HEADS})(?!\p{{L}})")
SIGNED_UNIT_MAX_WORDS = 8


def opens_with_body(text: str) -> bool:
    """``text`` opens with the head word of a body, in capitals or not.

    >>> opens_with_body("CÔNG AN TỈNH ĐỒNG NAI"), opens_with_body("Tiền Phong")
    (True, False)
    """
    return _opens_with_body(text)


@functools.lru_cache(maxsize=LINE_CACHE)
def _opens_with_body(text: str) -> bool:
    """``opens_with_body``, remembered: a site's signatures recur on its pages."""
    if is_all_caps(text):
        text = text[:1] + text[1:].lower()
    return _BODY_OPENING.match(text) is not None


def parse_signature(text: str) -> Byline | None:
    """``parse_byline``, or a name and the author's unit after a dash.

    >>> parse_signature("Thu Trang - Văn phòng Huyện ủy")
    Byline(authors=('Thu Trang',), attribution='Văn phòng Huyện ủy')
    >>> parse_signature("Tác giả: Lê Vân - Ban Tuyên giáo Tỉnh ủy").authors
    ('Lê Vân',)
    >>> parse_signature("Hà Nội - Thủ đô của cả nước") is None
    True
    >>> parse_signature("Thu Trang - KTNN khu vực V")
    Byline(authors=('Thu Trang',), attribution='KTNN khu vực V')
    >>> parse_signature("Trung úy Lê Minh - Phòng Cảnh sát giao thông")
    Byline(authors=('Lê Minh',), attribution='Phòng Cảnh sát giao thông')
    """
    return _parse_signature(text)


@functools.lru_cache(maxsize=LINE_CACHE)
def _parse_signature(text: str) -> Byline | None:
    """``parse_signature``, remembered: a site's signatures recur on its pages."""
    found = parse_byline(text)
    if found is not None and found.authors and found.attribution is None and (
            len(text) <= BYLINE_MAX_CHARS and _TITLE_BEFORE_NAME.match(text)):
        # a rank before the name: "Thượng úy Lê Minh - Phòng Tham mưu" names the unit
        ranked = _name_then(_untitled(text), _UNIT_SEPARATORS, _unit_after_name)
        if ranked is not None and ranked[0].attribution is None:
            return Byline(found.authors, ranked[1])
    if found is not None or len(text) > BYLINE_MAX_CHARS:
        return found
    signed = _name_then(text, _UNIT_SEPARATORS, _unit_after_name)
    if signed is None or signed[0].attribution is not None:
        return None
    return Byline(signed[0].authors, signed[1])


def is_signed_dateline(text: str, below: str) -> bool:
    """A place and a date on a line of their own right above the writer's byline at the
    article's end, a byline that names the writer's unit ("Quảng Ninh, ngày 12/12/2024"
    / "Phạm Hà - Văn phòng HĐND tỉnh"): the article's dateline, not text. (A letter
    quoted whole ends with its place and date over its signer's office, "CHỦ TỊCH", or
    name alone, "Thu Hà": it stays.) The page's ``published`` stays the dateline above
    the article (README: the place-first forms are read above the article only).

    >>> is_signed_dateline("Lào Cai, ngày 3/4/2025", "Minh Hà - Văn phòng Tỉnh ủy")
    True
    >>> is_signed_dateline("Hà Nội, ngày 1/1/2025", "CHỦ TỊCH NƯỚC")
    False
    >>> is_signed_dateline("Hà Nội, ngày 1/1/2025", "Thu Hà")
    False
    """
    return _is_signed_dateline(text, below)


@functools.lru_cache(maxsize=LINE_CACHE)
def _is_signed_dateline(text: str, below: str) -> bool:
    """``is_signed_dateline``, remembered: a site's signatures recur on its pages."""
    if parse_place_dateline(text) is None or below.lower() in _PLACES_LOWER:
        return False
    found = parse_signature(below)
    return found is not None and bool(found.authors) and found.attribution is not None


def _unit_after_name(head: str, tail: str) -> bool:
    """A unit named after the writer: it opens with a body's head word ("Văn phòng
    Huyện ủy") or an acronym ("KTNN khu vực V"); the name is not a place's. A longer
    unit is a body named by a list of fields ("Trung tâm Văn hóa, Thông tin và Thể
    thao xã", ``_unit_of_fields``)."""
    return ((_BODY_OPENING.match(tail) is not None or _ACRONYM.fullmatch(tail.split(" ", 1)[0]))
            and tail[-1:].isalnum()
            and (tail.count(" ") < SIGNED_UNIT_MAX_WORDS or _unit_of_fields(tail))
            and head.lower() not in _PLACES_LOWER)


SIGNED_FIELDS_MAX_WORDS = 16
SIGNED_FIELD_MAX_WORDS = 4


def _unit_of_fields(tail: str) -> bool:
    """A body's name whose fields are listed with commas: it opens with a body's head
    word and every part after a comma is a short capitalised field name.

    >>> _unit_of_fields("Trung tâm Văn hóa, Thông tin và Thể thao huyện Đầm Hà")
    True
    >>> _unit_of_fields("Trung tâm Y tế huyện đã tiếp nhận, điều trị cho 12 bệnh nhân")
    False
    """
    if tail.count(" ") >= SIGNED_FIELDS_MAX_WORDS or _BODY_OPENING.match(tail) is None:
        return False
    parts = tail.split(", ")
    return len(parts) > 1 and all(
        p[:1].isupper() and p.count(" ") < SIGNED_FIELD_MAX_WORDS + 4 * (k == len(parts) - 1)
        and not any(c in p for c in ",.;:!?")
        for k, p in enumerate(parts[1:], 1)
    )


_ACRONYM = regex.compile(r"\p{Lu}{2,8}")


# Provinces and cities as written, and in lower case ("Hà Nội - UBND thành phố" is no
# signature).
PROVINCES = frozenset(data_lines("provinces.txt"))
_PLACES_LOWER = frozenset(n.lower() for n in PROVINCES)


def opens_with_byline_lead(text: str) -> bool:
    """A line that opens with a byline lead and its colon ("Bài, ảnh: …").

    >>> opens_with_byline_lead("Bài, ảnh: Thiếu tá Lê Minh"), opens_with_byline_lead("Bài viết")
    (True, False)
    """
    return ":" in text and _BYLINE_LEAD_COLON.match(text) is not None  # (quick test first)


# ---------------------------------------------------------------------------
# Site name and section


@functools.cache
def _proper_names() -> dict[str, str]:
    """Provinces, the proper names that end bodies' names ("Việt Nam", "Trung
    ương") and bodies' names, by their lower case: written so again in a recased
    site name."""
    names = {n.lower(): n.title() for n in data_lines("provinces.txt")}
    names.update((n.lower(), n) for n in data_lines("agency_proper_words.txt"))
    names.update(_known_names())  # bodies' names: "bộ quốc phòng" → "Bộ Quốc phòng"
    return names


@functools.cache
def _proper_name_max_words() -> int:
    return max(n.count(" ") + 1 for n in _proper_names())


def ends_with_proper_name(text: str) -> bool:
    """``text`` ends with a province, a proper name that ends bodies' names or a
    body's name ("Nông nghiệp Việt Nam", "Báo Lạng Sơn").

    >>> ends_with_proper_name("Nông nghiệp Việt Nam"), ends_with_proper_name("Mới nhất")
    (True, False)
    """
    words = text.lower().split(" ")
    proper = _proper_names()
    return any(" ".join(words[-k:]) in proper
               for k in range(1, min(len(words), _proper_name_max_words()) + 1))


# A masthead line holds the name and, after it, the paper's motto or owner ("BÁO X -
# CƠ QUAN CỦA ĐẢNG BỘ …, TIẾNG NÓI CỦA …") or, flattened, the date and buttons.
_SLOGAN_SEPARATORS = (" - ", " – ", " | ")
SLOGAN_MIN_WORDS = 4  # a shorter tail is part of the name ("Báo Công an - CAND Online")
SITE_NAME_MAX_WORDS = 8
# … and so is a locality ("Sở Tư pháp - Tỉnh Bà Rịa - Vũng Tàu").
_LOCALITY_WORDS = frozenset(w.casefold() for w in data_lines("agency_localities.txt"))


def site_name(text: str) -> str:
    """The name in a site line: the part before a motto, or the run in capitals that
    opens a flattened masthead.

    >>> site_name("BÁO HÒA BÌNH - CƠ QUAN CỦA ĐẢNG BỘ TỈNH HÒA BÌNH, TIẾNG NÓI CỦA NHÂN DÂN")
    'BÁO HÒA BÌNH'
    >>> site_name("TẠP CHÍ TUYÊN GIÁO Cơ quan của Ban Tuyên giáo Trung ương Thứ Hai, 18/11/2024")
    'TẠP CHÍ TUYÊN GIÁO'
    >>> site_name("Sở Tư pháp - Tỉnh Bà Rịa - Vũng Tàu")
    'Sở Tư pháp - Tỉnh Bà Rịa - Vũng Tàu'
    >>> site_name("Báo Điện tử Đảng Cộng sản Việt Nam"), site_name("Báo Công an - CAND Online")
    ('Báo Điện tử Đảng Cộng sản Việt Nam', 'Báo Công an - CAND Online')
    """
    return _site_name(text)


@functools.lru_cache(maxsize=LINE_CACHE)
def _site_name(text: str) -> str:
    """``site_name``, remembered: a site names itself so on each of its pages."""
    for sep in _SLOGAN_SEPARATORS:
        head, found, tail = text.partition(sep)
        if (found and head and tail.count(" ") + 1 >= SLOGAN_MIN_WORDS
                and head.count(" ") < SITE_NAME_MAX_WORDS
                and not _opens_with_locality(tail)):
            return head
    words = text.split(" ")
    if len(words) > SITE_NAME_MAX_WORDS:
        caps = 0
        while caps < len(words) and is_all_caps(words[caps]):
            caps += 1
        if 2 <= caps <= SITE_NAME_MAX_WORDS:
            return " ".join(words[:caps])
    return text


# A web address alone, as a mobile masthead's logo writes it: "moc.gov.vn", "www.x.vn"
# (the endings of ``clean_site_endings.txt`` that open with a dot).
_DOMAIN = regex.compile(
    r"(?:www\.)?[a-z\d][a-z\d\-]{0,40}(?:\.[a-z\d\-]{1,40}){0,3}(?i:"
    + phrase_alternation([e for e in data_lines("clean_site_endings.txt") if e[:1] == "."])
    + ")"
)
_NAV_LABELS = frozenset(w.casefold() for w in data_lines("clean_nav.txt"))
OWNED_NAME_MAX_WORDS = 3


def head_masthead(lines: list[str]) -> str | None:
    """The site named by the first lines above the title (those with a letter) when no
    line was read as the masthead: a domain over a body's name names the body ("moc.gov.vn"
    / "Bộ Xây dựng"); a short name over the full name of a central body, its owner
    (``agencies.tsv``), names the outlet ("Tin tức" / "Thông tấn xã Việt Nam").

    >>> head_masthead(["☰", "moc.gov.vn", "Bộ Xây dựng", "Tìm kiếm"])
    'Bộ Xây dựng'
    >>> head_masthead(["Tin tức", "Thông tấn xã Việt Nam", "Thời sự"])
    'Tin tức'
    >>> head_masthead(["Trang chủ", "Bộ Xây dựng"]), head_masthead(["Thời sự", "Kinh tế"])
    (None, None)
    """
    first = [t for t in lines[:6] if any(c.isalpha() for c in t)][:2]
    if len(first) < 2:
        return None
    name, under = first
    if " " not in name and _DOMAIN.fullmatch(name):
        if under.count(" ") < SITE_NAME_MAX_WORDS and under[-1:].isalnum() and (
                under.lower() in _known_names() or opens_with_body(under)):
            return under
        return None
    if (under.lower() in _known_names() and name.count(" ") < OWNED_NAME_MAX_WORDS
            and name[:1].isupper() and name[-1:].isalnum() and not is_all_caps(under)
            and name.casefold() not in _NAV_LABELS and name.lower() not in _known_names()):
        return name
    return None


def _opens_with_locality(text: str) -> bool:
    words = text.casefold().split(" ", 2)
    return words[0] in _LOCALITY_WORDS or " ".join(words[:2]) in _LOCALITY_WORDS


def recase_site_name(name: str, page_lines: list[str], page_text: str | None = None) -> str:
    """A site name written in capitals, as the page writes it elsewhere in mixed
    case ("BÁO LÀO CAI" → "Báo Lào Cai" from "© Báo Lào Cai điện tử"); failing that,
    its longest tail that the page writes in mixed case, after a sentence-case head;
    or a known body's name (``agencies.tsv``) as its tail; failing that, sentence
    case with province names capitalised. Other names are
    unchanged. (``page_text``: the lines joined by newlines, when at hand.)

    >>> recase_site_name("BÁO TUYÊN QUANG ĐIỆN TỬ", [])
    'Báo Tuyên Quang điện tử'
    >>> recase_site_name("TIỀN PHONG", ["Báo Tiền Phong - Cơ quan Trung ương"])
    'Tiền Phong'
    >>> recase_site_name("CỔNG THÔNG TIN SỞ TƯ PHÁP", ["Theo Sở Tư pháp, …"])
    'Cổng thông tin Sở Tư pháp'
    >>> recase_site_name("CỔNG THÔNG TIN ĐIỆN TỬ BỘ TƯ PHÁP", [])
    'Cổng thông tin điện tử Bộ Tư pháp'
    """
    if not is_all_caps(name) or _kept_as_written(name):
        return name
    return _recased(name, "\n".join(page_lines) if page_text is None else page_text)


def _recased(name: str, page: str) -> str:
    """A name in capitals recased as ``page`` writes it (see ``recase_site_name``)."""
    # lower() keeps every offset (it does for Vietnamese) unless the page holds
    # LOWER_LONGER; the lower-cased page is needed only where a letter's lower case
    # depends on its neighbours, otherwise each place is lower-cased when found.
    searchable = LOWER_LONGER not in page
    low = page.lower() if searchable and LOWER_IN_CONTEXT in page else None
    words = name.split(" ")
    # (a tail of one syllable is not looked for: a capitalised syllable on the page
    # opens a sentence or a name, "Luật …", and would split "PHÁP LUẬT" in two)
    for k in range(len(words)):
        tail = " ".join(words[k:])
        found = (_mixed_case_occurrence(tail, page, low)
                 if searchable and (k == 0 or k < len(words) - 1) else None)
        found = found or _known_names().get(tail.lower())
        if found:
            head = _sentence_case(" ".join(words[:k])) if k else ""
            return f"{head} {_level_in_lower_case(found)}" if head else found
    return _sentence_case(name)


# Level words written in lower case before a place inside a name ("… xã Bản Phố"):
# those ``agency_localities.txt`` lists only in lower case ("thành phố" has "Thành phố").
_LEVELS = data_lines("agency_localities.txt")
_LOWER_LEVELS = tuple(w for w in _LEVELS if w.islower() and w.capitalize() not in _LEVELS)


def _level_in_lower_case(found: str) -> str:
    """A place found at a sentence's start, inside a name: its level word in lower case.

    >>> _level_in_lower_case("Xã Bản Phố"), _level_in_lower_case("Thành phố Huế")
    ('xã Bản Phố', 'Thành phố Huế')
    """
    for level in _LOWER_LEVELS:
        n = len(level)
        if (found[:n].lower() == level and found[n : n + 1] == " "
                and found[n + 1 : n + 2].isupper()):
            return level + found[n:]
    return found


@functools.cache
def _known_names() -> dict[str, str]:
    """Names of bodies in mixed case, by their lower case: the central bodies of
    ``agencies.tsv`` (every name written out, not abbreviations) and what the
    abbreviations of ``abbreviations.tsv`` stand for. A site in capitals that ends
    with one of them is recased with it ("… MẶT TRẬN TỔ QUỐC VIỆT NAM")."""
    names: dict[str, str] = {}
    for row in (*data_rows("agencies.tsv"), *((r[1],) for r in data_rows("abbreviations.tsv"))):
        for name in row:
            if " " in name and not is_all_caps(name):
                names.setdefault(name.lower(), name)
    return names


# Facts of str.lower() (a test checks them against the running Python): the one
# character whose lower case is longer, the one whose lower case depends on the
# letters around it (final sigma), and the lower-case letters that some character
# other than their own upper case lowers to ("k" from the Kelvin sign "K", …).
LOWER_LONGER = "\u0130"
LOWER_IN_CONTEXT = "\u03a3"
SHARED_LOWER = (
    "k\u00e5\u01c6\u01c9\u01cc\u01f3\u03b8\u03c9\u00df"
    "\u1f80\u1f81\u1f82\u1f83\u1f84\u1f85\u1f86\u1f87"
    "\u1f90\u1f91\u1f92\u1f93\u1f94\u1f95\u1f96\u1f97"
    "\u1fa0\u1fa1\u1fa2\u1fa3\u1fa4\u1fa5\u1fa6\u1fa7\u1fb3\u1fc3\u1ff3"
)


def _is_mixed_case_at(page: str, start: int, end: int) -> bool:
    """``page[start:end]`` is written in mixed case (capitalised, not all capitals)
    and stands as whole words."""
    found = page[start:end]
    before = page[start - 1] if start else " "
    after = page[end] if end < len(page) else " "
    return (found[:1].isupper() and not is_all_caps(found)
            and not before.isalpha() and not after.isalpha())


def _mixed_case_occurrence(name: str, page: str, low: str | None) -> str | None:
    """``name`` as the page writes it somewhere in mixed case, as whole words: at
    the first place where ``page.lower()`` (``low``, when given) holds
    ``name.lower()``.

    >>> _mixed_case_occurrence("LÀO CAI", "LÀO CAI. Tỉnh Lào Cai, lào cai", None)
    'Lào Cai'
    """
    n = len(name)
    key = name.lower()
    if low is None and key[0] not in SHARED_LOWER:
        # A place in mixed case opens with a capital that lowers to the key's first
        # letter: its own upper case, found by a literal scan; the rest of the
        # place is found case-blind (re compares lower cases) and then checked.
        pattern = _opening_with_capital(key)
        m = pattern.search(page)
        while m is not None:
            i = m.start()
            if page[i : i + n].lower() == key and _is_mixed_case_at(page, i, i + n):
                return page[i : i + n]
            m = pattern.search(page, i + 1)
        return None
    if low is None:
        low = page.lower()
    i = low.find(key)
    while i >= 0:
        if _is_mixed_case_at(page, i, i + n):
            return page[i : i + n]
        i = low.find(key, i + 1)
    return None


@functools.lru_cache(maxsize=1 << 12)
def _opening_with_capital(key: str) -> re.Pattern[str]:
    """``key`` (lower case) with its first letter in upper case, the rest in any case."""
    return re.compile(re.escape(key[0].upper()) + f"(?i:{re.escape(key[1:])})")


@functools.cache
def _abbreviations() -> frozenset[str]:
    """Abbreviations written in capitals inside names ("UBND", "HĐND", "TTXVN")."""
    return frozenset(row[0] for row in data_rows("abbreviations.tsv"))


SITE_ACRONYM_MAX_CHARS = 6


def _kept_as_written(name: str) -> bool:
    """A site name in capitals that is no phrase to recase: an acronym ("PLO",
    "VTC") or a domain ("VOV.VN").

    >>> _kept_as_written("PLO"), _kept_as_written("VOV.VN"), _kept_as_written("TIỀN PHONG")
    (True, True, False)
    """
    return " " not in name and (len(name) <= SITE_ACRONYM_MAX_CHARS or "." in name)


@functools.lru_cache(maxsize=1 << 12)
def _sentence_case(text: str) -> str:
    """Sentence case, place names capitalised, abbreviations kept.

    >>> _sentence_case("UBND TỈNH QUẢNG NINH")
    'UBND tỉnh Quảng Ninh'
    """
    keep = _abbreviations()
    words = [w if w in keep else w.lower() for w in text.split(" ")]
    proper, longest = _proper_names(), _proper_name_max_words()
    out: list[str] = []
    i = 0
    while i < len(words):  # the longest proper name at each word, else the word
        for n in range(min(longest, len(words) - i), 0, -1):
            found = proper.get(" ".join(words[i : i + n]))
            if found is not None:
                out.append(found)
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    cased = _fields_capitalised(" ".join(out))
    return cased[:1].upper() + cased[1:]


# Fields an outlet's name writes with a capital ("Phát thanh", "Truyền hình"), by
# their lower case; a comma may follow ("… phát thanh, truyền hình Cà Mau").
_SITE_FIELDS = {f.lower(): f for f in data_lines("clean_meta_site_fields.txt")}
_SITE_FIELD = regex.compile(
    rf"(?<!\p{{L}})(?:{phrase_alternation(sorted(_SITE_FIELDS))})(?![\p{{L}}\d])"
)


def _fields_capitalised(text: str) -> str:
    """A sentence-cased site name with the fields of ``clean_meta_site_fields.txt``
    capitalised, each as a whole compound.

    >>> _fields_capitalised("báo và phát thanh, truyền hình Cà Mau")
    'báo và Phát thanh, Truyền hình Cà Mau'
    >>> _fields_capitalised("bảo vệ pháp luật"), _fields_capitalised("thanh truyền")
    ('bảo vệ Pháp luật', 'thanh truyền')
    """
    return _SITE_FIELD.sub(lambda m: _SITE_FIELDS[m.group()], text)


# "Chuyên mục: Hoạt động của Thành ủy": a label, a colon, the section (a few words,
# capitalised, no sentence).
_SECTION_LABEL = regex.compile(
    rf"(?i:{phrase_alternation(data_lines('clean_meta_section_labels.txt'))})\s*:\s*"
    r"(?P<section>\p{Lu}[^:;.!?]{0,100})"
)
LABELLED_SECTION_MAX_WORDS = 12


def labelled_section(text: str) -> str | None:
    """The section a label line names ("Chuyên mục: …", ``clean_meta_section_labels.txt``),
    else None.

    >>> labelled_section("Chuyên mục: Tin tức - Sự kiện"), labelled_section("Chuyên mục này")
    ('Tin tức - Sự kiện', None)
    """
    if ":" not in text:
        return None
    m = _SECTION_LABEL.fullmatch(text.rstrip())
    if m is None or m.group("section").count(" ") >= LABELLED_SECTION_MAX_WORDS:
        return None
    return m.group("section").strip()


_CRUMB_SEPARATOR = regex.compile(r"\s+[»›>→/]\s+|(?<=\p{Ll})/(?=\p{Lu})")  # "Tin tức/Thủy sản"


def breadcrumb_section(text: str, skip: str = "") -> str | None:
    """The last crumb of a breadcrumb trail, the page's section (``skip``: a crumb
    that is not a section, such as the article's own title).

    >>> breadcrumb_section("Trang chủ > Tin tức - Sự kiện > Hoạt động của lãnh đạo Bộ")
    'Hoạt động của lãnh đạo Bộ'
    >>> breadcrumb_section("Trang chủ » Kinh tế » Giá lúa tăng", skip="Giá lúa tăng")
    'Kinh tế'
    >>> breadcrumb_section("Chuyên mục: Hoạt động của Thành ủy")
    'Hoạt động của Thành ủy'
    """
    return _breadcrumb_section(text, skip)


@functools.lru_cache(maxsize=LINE_CACHE)
def _breadcrumb_section(text: str, skip: str) -> str | None:
    """``breadcrumb_section``, remembered: a site's breadcrumbs recur on its pages."""
    labelled = labelled_section(text)  # "Chuyên mục: Kinh tế" or "Danh mục: A > B"
    parts = [p.strip() for p in _CRUMB_SEPARATOR.split(labelled or text)]
    parts = [p for p in parts if p and p != skip]
    return parts[-1] if len(parts) >= 2 or (labelled and parts) else None


def clear_caches() -> None:
    """Forget the answers remembered for lines and names (the bounded caches; the data
    files stay loaded), as ``ttcorpus.clean.article.clear_caches`` does for its own.

    >>> _ = parse_signature("Thu Hà"); clear_caches(); _parse_signature.cache_info().currsize
    0
    """
    for obj in list(globals().values()):
        info = getattr(obj, "cache_info", None)
        if info is not None and info().maxsize is not None:
            obj.cache_clear()
