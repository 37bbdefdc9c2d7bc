"""The metadata patterns written to compile faster match exactly as the patterns
written out in full did (same matches, same groups)."""

from __future__ import annotations

import itertools

import regex

from ttcorpus.clean import metadata as M

_HEADS = ("Tiêu đề bài viết", "Hội nghị (lần 2)", "Tin - ảnh")
_DATELINES = (
    "09:39 12/07/2017", "12/07/2017", "Cập nhật: 10:20 12/07/2017", "Thứ hai, 12/07/2017 - 10:20",
    "12/07/2017 10:20 GMT+7", "12/07/2017 10:20 (GMT+7)", "12/07/2017 ICT", "10:20 (ICT)",
    "ngày 12 tháng 7 năm 2017", "2017-07-12T10:20+07:00", "10h20 sáng, 12/7/2017",
    "Thứ Tư, 19/08/2020 lúc 08:15 PM", "12/07/2017 10:20 [UTC+7]", "99/99/2017", "tin mới",
)
_FORMS = ("{h} ({d})", "{h} - {d}", "{h} – {d}", "{h} | {d}", "{h} ({d}", "{h} - {d})",
          "{h} -{d}", "{h} ( {d} )", "{h}({d})")
_GROUPS = ("dateline", *M._DATE_GROUPS)


def _titles() -> list[str]:
    return [f.format(h=h, d=d) for h, d, f in itertools.product(_HEADS, _DATELINES, _FORMS)]


def test_trailing_dateline_as_written_out() -> None:
    """``TRAILING_DATELINE`` (the grammar once, the closing bracket asked for after an
    opening one) against the two forms written out, from every bracket and dash."""
    written_out = regex.compile(
        rf"(?P<dateline>\(\s*{M._LABEL_PREFIX}?{M._CORE}(?:\s*{M._TZ})?\s*\)"
        rf"|[-–|]\s+{M._LABEL_PREFIX}?{M._CORE}(?:\s*{M._TZ})?)",
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
