"""The metadata patterns written to compile faster match exactly as the patterns
written out in full did (same matches, same groups)."""

from __future__ import annotations

import itertools

import regex

from ttcorpus.clean import metadata as M
from ttcorpus.resources import phrase_alternation

_HEADS = ("Tiêu đề bài viết", "Hội nghị (lần 2)", "Tin - ảnh")
_DATELINES = (
    "09:39 12/07/2017", "12/07/2017", "Cập nhật: 10:20 12/07/2017", "Thứ hai, 12/07/2017 - 10:20",
    "12/07/2017 10:20 GMT+7", "12/07/2017 10:20 (GMT+7)", "12/07/2017 ICT", "10:20 (ICT)",
    "ngày 12 tháng 7 năm 2017", "2017-07-12T10:20+07:00", "10h20 sáng, 12/7/2017",
    "Thứ Tư, 19/08/2020 lúc 08:15 PM", "12/07/2017 10:20 [UTC+7]", "99/99/2017", "tin mới",
)
_FORMS = ("{h} ({d})", "{h} - {d}", "{h} – {d}", "{h} | {d}", "{h} ({d}", "{h} - {d})",
          "{h} -{d}", "{h} ( {d} )", "{h}({d})")
G = M._DATE_GROUPS
_GROUPS = ("dateline", *G)


def _titles() -> list[str]:
    return [f.format(h=h, d=d) for h, d, f in itertools.product(_HEADS, _DATELINES, _FORMS)]


# The dateline grammar with a weekday before each of its forms, as it was written.
_CORE = (
    rf"(?:{M._DAY_PREFIX}{M._DATE}(?:{M._SEP}{M._TIME})?"
    rf"|{M._WEEKDAY_PREFIX}{M._TIME}{M._SEP}{M._DAY_PREFIX}{M._DATE})"
)
_TZ = (
    rf"(?:\(\s*{M._OFFSET}\s*\)|\[\s*{M._OFFSET}\s*\]|{M._OFFSET}|\(?ICT\)?"
    r"|[+\-]\d\d:?\d\d|Z)"
)
_LINES = [
    p + m + t
    for p in ("", "Cập nhật: ", "Ngày đăng ", "Thứ hai, ", "Thứ 2 - ", "CN ", "Chủ nhật, ngày ",
              "ngày ", "Cập nhật lúc ", "T2,", "Thứ 20", "(", "- ", "x ")
    for m in ("12/07/2017", "12/07/2017 10:20", "10:20 12/07/2017", "10:20, Thứ hai, 12/07/2017",
              "10h20 ngày 12/7/2017", "2017-07-12T10:20", "12 tháng 7 năm 2017", "10:20",
              "10 giờ 20 sáng thứ hai 12/07/2017", "12/07/2017 - 10:20 SA", "Thứ hai 12/07/2017",
              "ngày 12/07/2017 lúc 10:20", "0/10/2020")
    for t in ("", " GMT+7", " (GMT+7)", " [ UTC-7 ]", " (GMT+7]", " GMT+7)", " (ICT)", ")", ".",
              " Chia sẻ", "/")
]


def _same(a: regex.Match[str] | None, b: regex.Match[str] | None, groups: tuple[str, ...]) -> bool:
    """Both None, or the same span and groups; whether they matched."""
    assert (a is None) == (b is None)
    if a is None or b is None:
        return False
    assert (a.span(), a.group(*groups)) == (b.span(), b.group(*groups))
    return True


def test_datelines_as_written_out() -> None:
    """``DATELINE``, ``PLACE_DATELINE`` (a weekday written once before the date-first
    and time-first forms, none after a place; the date once after either),
    ``EMBEDDED_DATELINE`` (one grammar for a label, a weekday and a digit, by
    conditionals) and ``TIME_ONLY_DATELINE`` (the offset written once in ``_TZ``)
    against the grammar written out, from every position."""
    i = regex.IGNORECASE
    dateline = regex.compile(
        rf"[(\[]?\s*{M._LABEL_PREFIX}?{_CORE}(?:\s*{_TZ})?\s*[)\]]?\.?", i
    )
    place = regex.compile(
        rf"(?-i:\p{{Lu}}\p{{L}}*(?:\.\p{{Lu}}\p{{L}}*)?\.?(?: \p{{Lu}}\p{{L}}*){{0,4}}"
        rf"(?: - \p{{Lu}}\p{{L}}*(?: \p{{Lu}}\p{{L}}*){{0,2}})?)\s*,\s*"
        rf"(?=ngày|\d){_CORE}(?:\s*{_TZ})?\.?",
        i,
    )
    embedded = regex.compile(
        rf"(?<![\w/.:\-])(?:{M._LABEL_PREFIX}{_CORE}|(?:{M._WEEKDAY})\s*[,\-–]?\s*(?:ngày\s*)?"
        rf"{M._DATE}(?:{M._SEP}{M._TIME})?|{M._DATE}{M._SEP}{M._TIME}|{M._TIME}{M._SEP}{M._DATE})"
        rf"(?:\s*{_TZ})?(?![\w/])",
        i,
    )
    time_only = regex.compile(
        rf"[(\[]?\s*(?:{M._LABEL_PREFIX}?{M._TIME}(?:\s*{_TZ})?|{M._AGO})\s*[)\]]?\.?", i
    )
    hits = [0, 0, 0, 0]
    for line in _LINES:
        for at in range(len(line)):
            only = M.TIME_ONLY_DATELINE.fullmatch(line, at)
            hits[3] += _same(time_only.fullmatch(line, at), only, ("H", "M", "ap"))
            hits[0] += _same(dateline.fullmatch(line, at), M.DATELINE.fullmatch(line, at), G)
            hits[1] += _same(embedded.match(line, at), M.EMBEDDED_DATELINE.match(line, at), G)
        for placed in ("Hà Nội, " + line, "TP.HCM," + line, "Bà Rịa - Vũng Tàu , " + line):
            hits[2] += _same(place.fullmatch(placed), M.PLACE_DATELINE.fullmatch(placed), G)
    assert min(hits) > 10


def test_trailing_dateline_as_written_out() -> None:
    """``TRAILING_DATELINE`` (the grammar once, the closing bracket asked for after an
    opening one) against the two forms written out, from every bracket and dash."""
    written_out = regex.compile(
        rf"(?P<dateline>\(\s*{M._LABEL_PREFIX}?{_CORE}(?:\s*{_TZ})?\s*\)"
        rf"|[-–|]\s+{M._LABEL_PREFIX}?{_CORE}(?:\s*{_TZ})?)",
        regex.IGNORECASE,
    )
    hits = 0
    for title in _titles():
        for at, c in enumerate(title):
            if c in "(-–|":
                a = written_out.fullmatch(title, at)
                b = M.TRAILING_DATELINE.fullmatch(title, at)
                assert (a is None) == (b is None), title[at:]
                if a is not None and b is not None:
                    assert (a.span(), a.group(*_GROUPS)) == (b.span(), b.group(*_GROUPS))
                    hits += 1
    assert hits > 100


def test_office_opening_as_written_out() -> None:
    """``_OFFICE_OPENING`` (the shortest openings) matches where the whole phrase list
    does: after every phrase, its first words and its run-on forms."""
    written_out = regex.compile(
        f"(?:Phó )?(?:{phrase_alternation(M._OFFICE_PHRASES)})" + r"(?!\p{L})"
    )
    texts = [
        f"{lead}{p[:cut]}{tail}"
        for p in M._OFFICE_PHRASES
        for cut in (len(p), len(p) - 1, p.find(" ") if " " in p else 1)
        for lead in ("", "Phó ", "Phó\u00a0", " ")
        for tail in ("", " Vụ Pháp chế", "x Bộ", ", Bộ", "\u00a0Sở", "\tBộ")
    ]
    hits = 0
    for text in texts:
        found = M._OFFICE_OPENING.match(text) is not None
        assert found == (written_out.match(text) is not None), text
        hits += found
    assert 0 < hits < len(texts)


def test_byline_as_written_out() -> None:
    """``BYLINE`` (the lead optional, tried first) read as ``_parse_byline`` reads it
    matches as the two patterns it replaced: with a lead, else names alone."""
    names = regex.compile(rf"(?P<names>{M._NAMES}){M._AGENCY_TAIL}\.?")
    with_lead = regex.compile(
        rf"(?:{M._BYLINE_LEAD})\s*[:\-–]\s*(?P<names>{M._NAMES}){M._AGENCY_TAIL}\.?"
    )
    hits = 0
    for lead, who, agency in itertools.product(
        ("", "Bài, ảnh: ", "Bài và ảnh - ", "Tin: ", "Bài: ", "Ảnh – ", "Theo ", "x: "),
        ("Minh Ngọc", "Quang Huy - Ngọc Ánh", "Lê Hoa, Minh Đức và Thu Hà", "K'Duyệt", "PV",
         "Hội nghị giao ban", "TRẦN HÀ", "Thu Hà & Lan Anh", "Văn A - văn B"),
        ("", " (TTXVN)", " (tổng hợp)", "/VOV", " - TTXVN/Vietnam+", ".", " (TTXVN)."),
    ):
        text = lead + who + agency
        old = with_lead.fullmatch(text) if ":" in text or "-" in text or "–" in text else None
        if old is None and M._names_only(text):
            old = names.fullmatch(text)
        new = M.BYLINE.fullmatch(text)
        if new is not None and new.group("lead") is None and not M._names_only(text):
            new = None
        hits += _same(old, new, ("names", "agency"))
    assert hits > 50
