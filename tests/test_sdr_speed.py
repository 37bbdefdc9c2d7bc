"""The fast paths of session 11 (helper sdr) give what the plain ways gave."""

from __future__ import annotations

import random

import regex

from ttcorpus.extract import issuers


def _cues_by_finds(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """``issuers._cues`` as it was: one ``str.find`` pass per literal."""
    found = []
    for literal in issuers._ON_BEHALF_LITERALS:
        at = text.find(literal, lo, hi)
        while at >= 0:
            if m := issuers._ON_BEHALF.match(text, at):
                found.append(m)
            at = text.find(literal, at + 1, hi)
    found.sort(key=regex.Match.start)
    return [m.span() for m in found]


def test_cues_match_the_literal_finds() -> None:
    pieces = [*issuers._ON_BEHALF_LITERALS, " ", "/M", "M.", "T", "UBND tỉnh", ", ", "\n"]
    rng = random.Random(11)
    texts = ["THAY MẶT/M UBND", "Thay mặtT/M Ban", "TM.TUQ. Sở", "thừa ủy quyền  Chủ tịch"]
    texts += ["".join(rng.choice(pieces) for _ in range(12)) for _ in range(300)]
    for text in texts:
        for lo, hi in ((0, len(text)), (1, len(text) - 2), (3, 9)):
            got = [m.span() for m in issuers._cues(text, lo, hi)]
            assert got == _cues_by_finds(text, lo, hi), (text, lo, hi)


def test_regex_category_sets_are_the_listed_ones() -> None:
    from ttcorpus.extract import docrefs

    text = docrefs._bmp_text() + "".join(map(chr, range(0x10000, 0x110000, 97))) + "\U0001d400"
    assert text[:0x10000] == "".join(map(chr, range(0x10000)))
    for listed in (docrefs._UPPER, docrefs._LETTER_OR_MARK):
        categories = ("Lu",) if listed == docrefs._UPPER else ("L", "M")
        native = docrefs._regex_category_set(*categories)
        assert regex.findall(native, text) == regex.findall(listed, text)


def test_called_name_patterns_match_as_written_out() -> None:
    from ttcorpus.extract import relations

    texts = [
        ", hướng dẫn thực hiện một số điều của Luật Quản lý thuế ngày 13/6/2019 và ",
        " quy định chi tiết một số điều của luật này",
        " của Chính phủ về việc thực hiện Chương trình hành động của Ban Chấp hành Trung "
        "ương Đảng khóa XII thực hiện luật này",
        " hướng dẫn thực hiện một số điều của Luật Quản lý thuế ngày 13/6/2019 và ",
        " về việc ban hành Chương trình hành động của Chính phủ thực hiện Luật Đất đai và ",
        ", Bộ đã trình Thủ tướng Chính phủ phê duyệt ",
        ", UBND tỉnh Kiên Giang đã trình Ban Thường vụ Tỉnh ủy - Ủy ban Kiểm tra ban hành các ",
    ]
    for name in ("_CUE_OVER_UNNUMBERED", "_TO_THIS", "_SUBMITTING_SUBJECT"):
        called = getattr(relations, name)
        written = regex.compile(_written_out(called.pattern))
        for text in texts:
            for lo in range(len(text)):
                a, b = called.match(text, lo), written.match(text, lo)
                assert (a and a.span()) == (b and b.span()), (name, text, lo)
                a, b = called.fullmatch(text, lo), written.fullmatch(text, lo)
                assert (a and a.span()) == (b and b.span()), (name, text, lo)


def _written_out(pattern: str) -> str:
    """A pattern of ``relations._compiled`` with its called name written out again."""
    from ttcorpus.extract import relations

    define = rf"(?(DEFINE)(?P<body_name>{relations._NAME}))"
    assert pattern.startswith(define)
    return pattern[len(define) :].replace("(?&body_name)", relations._NAME)
