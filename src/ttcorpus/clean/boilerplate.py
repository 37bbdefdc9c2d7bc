"""Kinds of page chrome, recognised by the shape of a line (or of a piece of one).

Every removed piece of an article carries one of these kinds:

``share``
    share / save / follow buttons ("Chia sẻ: Facebook | Zalo", "Lưu bài").
``widget``
    font-size, print and reading tools ("Cỡ chữ: A- A A+", "In bài viết", "5 phút đọc"),
    a page's clock ("Hôm nay: Thứ Hai, 23/11/2026").
``counter``
    visitor counters, view counts and digit strips ("Lượt xem: 2.318", "0 0 0 8 1 9").
``comment_form``
    reader-comment forms: headers, field labels, buttons, moderation notes.
``related``
    related / latest-article blocks: header, items, "Xem thêm" links, and teasers
    ("Đọc thêm: …", "[Tiêu đề bài khác]").
``nav``
    menus, breadcrumbs, login / search / language links, "back to top".
``tags``
    tag lists ("Từ khóa: …", "#a #b").
``footer``
    copyright, licence, address, phone and editorial-office lines (also flattened
    into one line: "BÁO X Tổng biên tập: … Trụ sở: … Điện thoại: …").
``ad``
    advertisement slots ("Quảng cáo").
``separator``
    a horizontal rule drawn with characters ("------", "______").
``document_header``
    an official document's letterhead ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự
    do - Hạnh phúc", "ĐẢNG CỘNG SẢN VIỆT NAM") and its number ("Số 45-KH/TU").
``caption``
    photo captions: with a credit ("… Ảnh: Thu Hà", "(Ảnh: TTXVN)"), image alt-text
    slugs glued to a caption ("ten bai hinh anh 1Quang cảnh …"), and uncredited
    captions found by their place between paragraphs (``ttcorpus.clean.article``).
``site``, ``section``, ``title``, ``dateline``, ``byline``, ``attribution``
    the page's masthead, section label, headline, dateline, author credit and
    source line (their values go to the article's metadata).
``lead_prefix``
    the agency or site tag that opens the first paragraph ("TP - ", "(Chinhphu.vn) - ").
``pull_quote``
    a quotation set on a line of its own that repeats a passage of a paragraph word
    for word (``ttcorpus.clean.article``).
``repeated``
    a short non-sentence line that recurs across several articles of the same input.

``chrome_kind`` says which kind a whole piece is, and whether the evidence is
*strong* (safe to remove even between body paragraphs) or *weak* (only in the
page's head and tail, around the body).

>>> chrome_kind("Chia sẻ: Facebook | Zalo | Twitter")
('share', True)
>>> chrome_kind("Hôm nay: 6.293"), chrome_kind("Quang cảnh hội nghị. Ảnh: Thu Hà")
(('counter', True), ('caption', True))
>>> chrome_kind("Tại hội nghị, nhiều đại biểu chia sẻ cách làm hay ở cơ sở.")
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

import regex

from ttcorpus.clean.lines import ends_sentence, final_mark, is_all_caps, is_prose, word_count
from ttcorpus.clean.metadata import is_time_only_dateline, parse_attribution, parse_dateline
from ttcorpus.clean.phrases import PhraseIndex, after_tokens, literal_alternation, tokens
from ttcorpus.resources import data_lines, data_rows, phrase_alternation

Verdict = tuple[str, bool]

SHARE = data_lines("clean_share.txt")
WIDGETS = data_lines("clean_widgets.txt")
COUNTERS = data_lines("clean_counters.txt")
COMMENT_FORM = data_lines("clean_comment_form.txt")
RELATED = data_lines("clean_related.txt")
NAV = data_lines("clean_nav.txt")
NAV_TERMINAL = data_lines("clean_nav_terminal.txt")
TAGS = data_lines("clean_tags.txt")
FOOTER = data_lines("clean_footer.txt")
NOTICES = data_lines("clean_notices.txt")
ADS = data_lines("clean_ads.txt")
SITE_CUES = data_lines("clean_site_cues.txt")
CAPTION_WORDS: dict[str, tuple[str, ...]] = {}
for _role, _phrase in data_rows("clean_caption_words.tsv"):
    CAPTION_WORDS[_role] = (*CAPTION_WORDS.get(_role, ()), _phrase)
# "A", "AA", "A+": font-size buttons, words of the widget list.
_FONT_BUTTONS = ("A", "AA", "AAA", "A+", "AA+")

# Every phrase list, by the kind of chrome it marks (a line may be made of them:
# "Chia sẻ: Facebook | Zalo") or open with them ("Xem thêm: …").
PHRASES = PhraseIndex(
    {
        "widget": (*WIDGETS, *_FONT_BUTTONS),
        "comment_form": COMMENT_FORM,
        "share": SHARE,
        "counter": COUNTERS,
        "related": RELATED,
        "nav": NAV,
        "ad": ADS,
        "tags": TAGS,
        "footer": FOOTER,
        "site": SITE_CUES,
    }
)
# When a line is made of phrases of several lists, the first of these names it.
ONLY_KINDS = ("widget", "comment_form", "share", "counter", "related", "nav", "ad")


def made_of(text: str, kinds: frozenset[str] | None = None) -> str | None:
    """The chrome kind whose phrases (with separators and numbers) make up all of
    ``text``, or None.

    >>> made_of("Thống kê truy cập Thống kê truy cập"), made_of("Họ tên:(*)")
    ('counter', 'comment_form')
    >>> made_of("Chia sẻ kinh nghiệm hay")
    """
    if kinds is None:
        return _made_of(text)
    for kind in ONLY_KINDS:
        if kind in kinds:
            return kind
    return None


def made_of_phrases(text: str) -> str | None:
    """The kind of the first phrase when chrome phrases of any kinds make up all of
    ``text`` (a row of buttons and counters of several kinds), or None.

    >>> made_of_phrases("Chia sẻ Facebook Zalo In bài Lượt xem: 1.234")
    'share'
    >>> made_of_phrases("Chia sẻ kinh nghiệm hay")
    """
    kinds = PHRASES.first_kinds_of_cover(tokens(text))
    return next((kind for kind in ONLY_KINDS if kind in kinds), None)


@functools.lru_cache(maxsize=1 << 14)
def _made_of(text: str) -> str | None:
    """``made_of`` a text's own tokens, remembered (rows and related-block headers
    are asked about more than once, and recur across articles)."""
    return made_of(text, PHRASES.kinds_made_of(tokens(text)))


def _lead(phrases: tuple[str, ...]) -> regex.Pattern[str]:
    """A line that starts with one of these phrases (any case), as whole words."""
    return regex.compile(
        f"[^\\p{{L}}\\p{{N}}]*+(?i:{phrase_alternation(phrases)})(?![\\p{{L}}\\p{{N}}])"
    )


RELATED_LEAD = _lead(RELATED)
SITE_LEAD = _lead(SITE_CUES)

# "Theo dõi Báo X trên Google News": a follow button naming the site.
_NETWORKS = phrase_alternation(
    [p for p in SHARE if p[:1].isupper() and " " not in p and p.isascii()] + ["Google News"]
)
FOLLOW = regex.compile(
    rf"(?i:theo dõi)\s+\S(?:[^.!?]{{0,60}}?)\s+(?i:trên|qua|tại)\s+{_NETWORKS}"
)
# Strong footer shapes: copyright sign, "Copyright", a licence number.
FOOTER_STRONG = regex.compile(
    r"(?:©|\(c\)|@ ?(?i:bản quyền)|(?i:copyright)|(?i:giấy phép)(?:\s+số)?\s*:?\s*\d)"
)
# A footer flattened into one line: two or more of its labels with their colons
# ("… Tổng Biên tập: … Trụ sở: … Điện thoại: …"), whatever comes before them.
FOOTER_LABEL = regex.compile(rf"(?<!\p{{L}})(?i:{phrase_alternation(FOOTER)})\s*:")
FOOTER_LABELS_MIN = 2  # … weak evidence (a contact line may close a notice)
FOOTER_LABELS_STRONG = 3  # … strong evidence


def footer_labels(text: str) -> int:
    """How many different footer labels with colons one line holds.

    >>> footer_labels("BÁO X Tổng biên tập: Lê Văn A Trụ sở: 12 Hùng Vương Email: a@b.vn")
    3
    >>> footer_labels("Địa chỉ: số 5 đường Trần Phú, phường 1")
    1
    """
    return len({m.group().rstrip(" :").casefold() for m in FOOTER_LABEL.finditer(text)})


# A horizontal rule drawn with characters ("------", "______", "======"): no words.
# (Stars "***" and dots stay: in prose they break a text into parts.)
_RULE_CHARS = "-_=~–—"
RULE_LINE = regex.compile(r"([-_=~–—])(?: ?\1){2,}")


# A menu glued into one line, opening with the home link or a menu glyph.
_HOME = "trang chủ|trang nhất|home"  # the home link, first on menus and trails
MENU_OPENING = regex.compile(rf"(?:☰|≡|(?i:{_HOME}|menu)(?!\p{{L}}))")
# A menu-terminal entry (search box, login) inside a flattened page header.
NAV_TERMINAL_ANY = regex.compile(
    f"(?<!\\p{{L}})(?i:{phrase_alternation(NAV_TERMINAL)})(?:\\.\\.\\.|…)?(?!\\p{{L}})"
)
# Breadcrumb: capitalised crumbs joined by », ›, > or →.
_CRUMB = r"[\p{Lu}\d][^»›>→|.!?]{0,60}?"
BREADCRUMB = regex.compile(rf"{_CRUMB}(?:\s*[»›>→]\s*{_CRUMB}){{1,8}}\s*[»›>→]?")
# A trail joined by " / ": three crumbs at least, or two after the home link (a slash
# alone joins too many other things: "Bài / Ảnh", "Hà Nội / TP Hồ Chí Minh").
_SLASH_CRUMB = r"[\p{Lu}\d][^»›>→|.!?/:]{0,60}?"
SLASH_BREADCRUMB = regex.compile(
    rf"(?:{_SLASH_CRUMB}(?: / {_SLASH_CRUMB}){{2,8}}"
    rf"|(?i:{_HOME})(?: / {_SLASH_CRUMB}){{1,8}})(?: /)?"
)
# Digits alone: counters ("0 0 0 8 1 9 5 0 1 2", "8.195.012").
DIGIT_STRIP = regex.compile(r"[\d\s.,:;/\-]+")
# An attached file named on its own line: "File đính kèm: nghi-quyet.pdf".
ATTACHMENT = regex.compile(
    r"(?i)\.(?:pdf|docx?|xlsx?|pptx?|odt|rtf|zip|rar)\)?"
    r"(?:\s*\(\s*[\d.,]+\s*[KMG]B\s*\))?(?:\s*[-–|]?\s*\(?(?:tải về|download|xem)\)?)?$"
)
ATTACHMENT_MAX_WORDS = 12
# A media player's clock: "00:00 / 03:25".
PLAYER_CLOCK = regex.compile(r"\d{1,2}:\d\d(?::\d\d)?\s*/\s*\d{1,2}:\d\d(?::\d\d)?")
SPACED_DIGITS = regex.compile(r"\d(?: \d){3,}")
# A slideshow's counter: "1 / 4" (this picture of how many).
SLIDE_COUNTER = regex.compile(r"(?P<at>\d{1,3})\s?/\s?(?P<of>\d{1,3})")


SLIDE_LABELS = frozenset(CAPTION_WORDS.get("slide", ()))
SLIDE_LABEL_INITIALS = frozenset(w[0] for w in SLIDE_LABELS)
SLIDE_LABEL_MAX_WORDS = max((w.count(" ") + 1 for w in SLIDE_LABELS), default=1)


def is_slide_counter(text: str) -> bool:
    """A slideshow's counter on its own line, the picture's number not above the count,
    maybe after a word for the picture (``slide`` in ``clean_caption_words.tsv``).

    >>> is_slide_counter("2 / 4"), is_slide_counter("24 / 7"), is_slide_counter("1/2")
    (True, False, True)
    >>> is_slide_counter("Ảnh 3/6"), is_slide_counter("Ảnh 3/6 trang")
    (True, False)
    """
    if text[:1] in SLIDE_LABEL_INITIALS:
        words = text.split(" ", SLIDE_LABEL_MAX_WORDS)
        label = next((" ".join(words[:k]) for k in range(SLIDE_LABEL_MAX_WORDS, 0, -1)
                      if " ".join(words[:k]).rstrip(":") in SLIDE_LABELS), None)
        if label is None:
            return False
        text = text[len(label):].lstrip()
    m = SLIDE_COUNTER.fullmatch(text)
    return m is not None and 0 < int(m.group("at")) <= int(m.group("of")) > 1

HASHTAGS = regex.compile(r"#[^#\s][^#]{0,60}(?:\s*#[^#\s][^#]{0,60})+")
HASHTAG_MAX_WORDS = 10
BRACKETED_BUTTON_MAX_WORDS = 4
BRACKETED = regex.compile(r"\[[^\[\]]{3,400}\]")
# Several bracketed items on one line: "[Giọng nam] [Giọng nữ]" (buttons, if their words are).
BRACKETED_ITEMS = regex.compile(r"\[[^\[\]]{1,60}\](?:[ |/]{0,5}\[[^\[\]]{1,60}\]){1,8}")
BULLETED = regex.compile(r"(?:»|>>|›|•|■|▪|►|\+)\s*\S")

# Captions. A credit: "Ảnh: Thu Hà", "(Ảnh: Doãn Tấn/TTXVN)", "(Ảnh minh họa)", at
# the end of a piece. The credit words are matched with their case: a lower-case
# "ảnh:" inside a sentence is not a credit.
CREDIT_WORDS = phrase_alternation(CAPTION_WORDS.get("credit", ()))
# Inside brackets a credit may open in lower case: "(ảnh: Hoài Thu)", "(ảnh minh họa)".
_LOWER_CREDITS = sorted({
    w[0].lower() + w[1:] for w in CAPTION_WORDS.get("credit", ()) if not w[:2].isupper()
} - set(CAPTION_WORDS.get("credit", ())))
_CREDIT = CREDIT_WORDS
BRACKETED_CREDIT = rf"(?:{_CREDIT}|{phrase_alternation(_LOWER_CREDITS)})"
_CREDIT_PHRASES = phrase_alternation([w for w in CAPTION_WORDS.get("credit", ()) if " " in w])
_SUPPLIED = phrase_alternation(CAPTION_WORDS.get("supplied", ("cung cấp",)))
_SUPPLIED_END = regex.compile(rf"\s+(?:{_SUPPLIED})$")
_SUPPLIED_BY = (rf"|(?:{_CREDIT})\s+(?:{phrase_alternation(CAPTION_WORDS.get('by', ('do',)))})"
                rf"\s+(?P<value>[^():]{{1,80}}?)\s+(?:{_SUPPLIED})")
CREDIT_AT_END = regex.compile(
    rf"(?:^|(?<=[\s(_]))(?:\(\s*{BRACKETED_CREDIT}(?:\s*:\s*(?P<value>[^():]{{1,80}}?))?\s*\)"
    rf"|(?:{_CREDIT})\s*:\s*(?P<value>[^():]{{1,80}}?)|(?:{_CREDIT_PHRASES}){_SUPPLIED_BY})\s*\.?$"
)
CREDIT_MAX_WORDS = 7  # "Trọng Đức - TTXVN", "VGP/Nhật Bắc", "Tư liệu", "internet"
CREDIT_MAX_LOWER_WORDS = 2


def is_credit_value(value: str | None) -> bool:
    """Who took the photo: a few words, mostly names or acronyms — not a sentence
    ("TTXVN Hội nghị kéo dài 2 ngày." is a credit glued to a sentence).

    >>> is_credit_value("Trọng Đức - TTXVN"), is_credit_value("tư liệu")
    (True, True)
    >>> is_credit_value("TTXVN Hội nghị kéo dài 2 ngày"), is_credit_value("Công an xã cung cấp")
    (False, True)
    """
    if value is None:
        return True
    value = _SUPPLIED_END.sub("", value)  # "Công an xã cung cấp"
    words = value.split()
    if len(words) > CREDIT_MAX_WORDS or ". " in value:
        return False
    return sum(1 for w in words if w[:1].islower()) <= CREDIT_MAX_LOWER_WORDS
# A credit alone: "Ảnh: TTXVN", "(Ảnh minh họa)" — the caption stood on the line before.
CREDIT_ONLY = regex.compile(
    rf"\(?\s*(?:{_CREDIT})(?:\s*:(?:\s*(?P<value>[^():]{{1,80}}?))?)?\s*\)?\.?"
)
# A caption that opens with its credit word: "Ảnh: Các đại biểu dự hội nghị."
CREDIT_LEAD = regex.compile(rf"(?:{_CREDIT})\s*:\s*\S")
CREDIT_LEAD_MAX_WORDS = 30
# A numbered photo: "Ảnh 2: Lãnh đạo tỉnh trao bằng khen …".
CREDIT_NUMBERED = regex.compile(rf"\(?(?:{_CREDIT})\s*\d{{1,2}}\s*[:.\-–]\s*\S")
# A credit that is followed by more text (a caption glued into a paragraph):
# "(Ảnh: Thanh Huyền) Báo cáo …" or "… Ảnh: Thanh Huyền Dịp này, …".
CREDIT_PAREN = regex.compile(rf"\(\s*{BRACKETED_CREDIT}(?:\s*:\s*[^():]{{1,80}}?)?\s*\)")
CREDIT_BARE = regex.compile(rf"(?<=[.!?…\"”]\s|^)(?:{_CREDIT})\s*:\s*")
# Image alt text: the headline slug without diacritics, "hinh anh 1", glued to
# the caption: "Dang uy Cong an TW quan triet hinh anh 1Đại tướng …".
_SLUG = phrase_alternation(CAPTION_WORDS.get("slug", ()))
SLUG_CAPTION = regex.compile(rf"(?:[A-Za-z0-9]+[ ,.:\-]+){{2,40}}?(?i:{_SLUG})\s*\d{{1,2}}")
# Scene nouns that open an uncredited caption, and position notes "(giữa)".
CAPTION_LEAD = _lead((*CAPTION_WORDS.get("lead", ()), *CAPTION_WORDS.get("scene", ())))
SCENE_LEAD = _lead(CAPTION_WORDS.get("scene", ()))
# The heading of a set of photos at the article's end: "Một số hình ảnh tại Đại hội:".
GALLERY_LEAD = _lead(CAPTION_WORDS.get("gallery", ("Một số hình ảnh",)))
# A caption's label on a line of its own ("Chú thích ảnh"), above the caption.
CAPTION_LABELS = frozenset(w.casefold() for w in CAPTION_WORDS.get("label", ()))
CAPTION_LABEL_MAX_WORDS = max((w.count(" ") + 1 for w in CAPTION_LABELS), default=0)


def is_caption_label(text: str, words: int) -> bool:
    """A caption's label standing alone (``clean_caption_words.tsv``, label).

    >>> is_caption_label("Chú thích ảnh", 3), is_caption_label("Chú thích ảnh:", 3)
    (True, True)
    >>> is_caption_label("Chú thích ảnh do phóng viên ghi", 7)
    False
    """
    return words <= CAPTION_LABEL_MAX_WORDS and text.rstrip(" :").casefold() in CAPTION_LABELS


CAPTION_POSITION = regex.compile(
    rf"\((?i:{phrase_alternation(CAPTION_WORDS.get('position', ('giữa',)))})[^()]{{0,40}}\)"
)

LONG_LINE_WORDS = 60  # longer pieces are body paragraphs unless a caption credit ends them


_NOTICES_LOWER = tuple(sorted({p.lower() for p in NOTICES}))


def is_notice(text: str) -> bool:
    """A sentence-like site notice (copyright, reprint terms, comment moderation).

    >>> is_notice("Ghi rõ nguồn khi phát hành lại thông tin từ trang này.")
    True
    """
    low = text.lower()
    for p in _NOTICES_LOWER:
        if p in low:
            return True
    return False


_BODY_CUES = tuple(c.lower() for c in data_lines("clean_body_cues.txt"))
_BODY_CUE_WORDS = frozenset(c for c in _BODY_CUES if " " not in c)
_BODY_CUE_PHRASES = tuple(f" {c} " for c in _BODY_CUES if " " in c)
_CUE_WORD = re.compile(r"\w+")


def has_body_cue(text: str) -> bool:
    """A word or phrase of narration (``clean_body_cues.txt``) occurs in ``text``.

    >>> has_body_cue("Hội nghị đã thông qua nghị quyết."), has_body_cue("Quang cảnh hội nghị.")
    (True, False)
    """
    words = _CUE_WORD.findall(text.lower())
    if not _BODY_CUE_WORDS.isdisjoint(words):
        return True
    spaced = " " + " ".join(words) + " "
    for p in _BODY_CUE_PHRASES:
        if p in spaced:
            return True
    return False


def without_longer(needles: set[str]) -> tuple[str, ...]:
    """Drop every needle that contains a shorter one (finding the short one suffices)."""
    return tuple(sorted(n for n in needles if not any(m != n and m in n for m in needles)))


# Quick tests before the caption patterns: a credit word, a slug marker.
CREDIT_HINTS = without_longer(set(CAPTION_WORDS.get("credit", ())))
# Where a lower-case credit can be (only just inside a bracket: "ảnh" alone is a word).
BRACKET_CREDIT_HINTS = without_longer({"(" + w for w in _LOWER_CREDITS})
# Quick test: a line without one of these holds no credit.
CREDIT_TRIGGERS = CREDIT_HINTS + BRACKET_CREDIT_HINTS
# One scan finds any of them (cheaper than a test per string).
CREDIT_TRIGGER = re.compile(literal_alternation(CREDIT_TRIGGERS))
SLUG_HINTS = without_longer(set(CAPTION_WORDS.get("slug", ())))
CREDIT_SPAN = 100  # a credit sits in the last characters of a caption
# A full date "12/03/2024" or a time "10:30" / "19h09": the quick test before the
# dateline grammar.
_DATE_HINT = re.compile(r"\d[/.\-]\d|\d[:h]\d\d|\d tháng \d")
DATELINE_MAX_WORDS = 16


def is_slug_caption(text: str, slugs: bool = True) -> bool:
    """Image alt-text slug glued to a caption (see ``SLUG_CAPTION``).

    >>> is_slug_caption("Hoi nghi trien khai hinh anh 1Quang cảnh hội nghị.")
    True
    """
    return (
        slugs
        and text[:1].isascii()
        and _SLUG_START.match(text) is not None
        # (the pattern fails within the first words of a Vietnamese sentence, before
        # a search of the whole text for the marker would end)
        and SLUG_CAPTION.match(text) is not None
        and any(h in text for h in SLUG_HINTS)
    )


# How every ``SLUG_CAPTION`` starts (two words without diacritics): the quick test.
_SLUG_START = re.compile(r"[A-Za-z0-9]+[ ,.:\-]+[A-Za-z0-9]+[ ,.:\-]")


def _is_caption(text: str, words: int, slugs: bool) -> bool:
    if is_slug_caption(text, slugs):
        return True
    if words > LONG_LINE_WORDS:
        return False
    if text.startswith(CREDIT_HINTS) and (
        CREDIT_NUMBERED.match(text) or (CREDIT_LEAD.match(text) and words <= CREDIT_LEAD_MAX_WORDS)
    ):
        return True  # "Ảnh 2: …", "Ảnh: Các đại biểu dự hội nghị."
    if text[-1] == ":" and words <= CREDIT_MAX_WORDS and text.startswith(CREDIT_HINTS) and (
        CREDIT_ONLY.fullmatch(text)
    ):
        return True  # a gallery's header: "Ảnh phóng sự:"
    start = max(0, len(text) - CREDIT_SPAN)
    if CREDIT_TRIGGER.search(text, start) is None:
        return False
    m = CREDIT_AT_END.search(text, start)
    return m is not None and is_credit_value(m.group("value"))


def is_credit_only(text: str) -> bool:
    """A photo credit standing alone ("Ảnh: TTXVN"): its caption is the line before.

    >>> is_credit_only("Ảnh: Quốc Bảo"), is_credit_only("Quang cảnh. Ảnh: Quốc Bảo")
    (True, False)

    A described photo is a caption of its own, not the credit of the line above:

    >>> is_credit_only("Ảnh: Lãnh đạo huyện trao giấy khen cho các tập thể.")
    False
    """
    m = CREDIT_ONLY.fullmatch(text)
    return m is not None and is_credit_value(m.group("value"))


def has_digit(text: str) -> bool:
    """Quick test: a digit somewhere in ``text``."""
    return any(d in text for d in "0123456789")


# A dateline has few words that are not numbers: a label, a weekday, glue words.
DATELINE_MAX_LETTER_WORDS = 6


def looks_like_dateline(text: str, words: int) -> bool:
    """The whole text is a dateline (quick tests first, then the grammar).

    >>> looks_like_dateline("Thứ Sáu, 23/08/2024 - 16:12", 5)
    True
    >>> looks_like_dateline("Sở Y tế làm việc với Công an tỉnh Bình Phước (21/06/2024)", 12)
    False
    """
    return (
        words <= DATELINE_MAX_WORDS
        and has_digit(text)
        and sum(1 for w in text.split() if w.isalpha()) <= DATELINE_MAX_LETTER_WORDS
        and _DATE_HINT.search(text) is not None
        and parse_dateline(text) is not None
    )


RELATED_LEAD_MAX_WORDS = 35


def _lead_verdict(text: str, words: int, toks: list[str]) -> Verdict | None:
    """Chrome that opens with a listed phrase: "Xem thêm: <headline>", "Địa chỉ: …",
    "Theo dõi X trên Google News", a flat menu from "Trang chủ"."""
    kinds, n = PHRASES.kinds_opening(toks)
    if not kinds:
        return None
    after = after_tokens(text, n) if ("tags" in kinds or "related" in kinds) else ""
    sentence = ends_sentence(text)
    if "tags" in kinds and after in (":", ""):
        return ("tags", True)  # "Từ khóa: …", or the label alone over its list
    if "related" in kinds:
        if after in (":", "»", ">") and words <= 35 and final_mark(text) != ".":
            return ("related", True)  # "Đọc thêm: <headline>"
        if words <= RELATED_LEAD_MAX_WORDS and not sentence:
            # weak: "Tin liên quan <headlines> In bài Chia sẻ" glued after the article
            return ("related", False)
    if "share" in kinds and FOLLOW.match(text) and words <= 14:
        return ("share", True)
    if "nav" in kinds and MENU_OPENING.match(text) and not sentence and words <= LONG_LINE_WORDS:
        return ("nav", "," not in text)
    if "footer" in kinds:
        if FOOTER_STRONG.match(text):
            return ("footer", words <= SHORT_WORDS and final_mark(text) != ".")
        if words <= 40:
            return ("footer", False)
    if "comment_form" in kinds and words <= 7:
        return ("comment_form", False)
    if "share" in kinds and words <= 8 and not sentence:
        return ("share", False)
    if "nav" in kinds and words <= 6 and not sentence:
        return ("nav", False)
    if "site" in kinds and words <= 20 and not is_prose(text, words):
        return ("site", False)
    return None


def row_kind(text: str, words: int | None = None) -> str | None:
    """The kind of a "|" row whose every entry belongs to one phrase list.

    >>> row_kind("A+ | A- | In bài viết | Gửi email"), row_kind("Hà Nội | 12/3")
    ('widget', None)
    """
    return made_of(text)


_CRUMB_MARKS = ("»", "›", ">", "→")


PHONE_MIN_DIGITS = 6


def has_phone_number(text: str) -> bool:
    """At least ``PHONE_MIN_DIGITS`` digits: a telephone or fax number.

    >>> has_phone_number("Điện thoại: 024.3825.1234"), has_phone_number("Điện thoại (*)")
    (True, False)
    """
    return sum(c.isdigit() for c in text) >= PHONE_MIN_DIGITS


def has_trail_marks(text: str) -> bool:
    """Whether ``text`` joins parts as a breadcrumb trail does ("»", ">", " / " …).

    >>> has_trail_marks("Trang chủ / Thời sự"), has_trail_marks("Bài và ảnh")
    (True, False)
    >>> has_trail_marks("Tin tức/Thủy sản"), has_trail_marks("ngày 12/11")
    (True, False)
    """
    return " / " in text or any(c in text for c in _CRUMB_MARKS) or (
        "/" in text and _TIGHT_SLASH.search(text) is not None  # "Tin tức/Thủy sản"
    )


_TIGHT_SLASH = regex.compile(r"\p{Ll}/\p{Lu}")
_BULLETS = "»›>•■▪►+"


def _is_icon(char: str) -> bool:
    """A pictograph or other symbol that opens a button or a link ("🔊", "📷", "☎").

    >>> _is_icon("🔊"), _is_icon("»"), _is_icon("Đ")
    (True, False, False)
    """
    return char > "\u2000" and unicodedata.category(char) == "So"


def _after_marks(text: str) -> str:
    """``text`` past its opening bullets, icons and spaces.

    >>> _after_marks("» 🔊 Xem thêm: Tin")
    'Xem thêm: Tin'
    """
    i = 0
    while i < len(text) and (text[i] in _BULLETS or text[i] == " " or _is_icon(text[i])):
        i += 1
    return text[i:]
SHORT_WORDS = 25  # shorter pieces may be any kind of chrome; longer ones only a few

# A menu flattened into one long line: "Chính trị Kinh tế Văn hóa Xã hội Pháp luật …".
# Labels open with a capital and carry no punctuation, so a line longer than any
# headline with no punctuation mark at all and this share of capitalised words is a
# menu (prose this long has commas; a long headline has a few capitals at most).
MENU_RUN_CAPITALS = 0.4
_PUNCTUATION = re.compile(r"[.,;:!?…\"“”()\[\]]")


def is_menu_run(text: str, words: int) -> bool:
    """A long line of menu labels with no punctuation (``words`` > ``SHORT_WORDS``).

    >>> is_menu_run("Trang chủ Chính trị Kinh tế Văn hóa Xã hội Pháp luật Du lịch Thế giới "
    ...             "Thể thao Giáo dục Y tế Khoa học - Công nghệ Môi trường Bạn đọc", 26)
    True
    """
    if words <= SHORT_WORDS or "," in text or _PUNCTUATION.search(text):
        return False  # (most lines have a comma: the plain test is cheaper)
    capitals = sum(1 for w in text.split() if w[0].isupper())
    return capitals >= MENU_RUN_CAPITALS * words
LEAD_CHARS = 48  # the opening phrase of a longer piece lies within these characters


# A weather widget: a place and a temperature (or a range), nothing else.
WEATHER = regex.compile(
    r"(?:\p{Lu}[\p{L}.]*(?: \p{L}[\p{L}.]*){0,3}\s*:?\s*)?"
    r"-?\d{1,2}(?:[.,]\d)?\s?°\s?[CF]?(?:\s*[-–/]\s*-?\d{1,2}(?:[.,]\d)?\s?°\s?[CF]?)?"
)
TEMPERATURE = regex.compile(r"\d(?:[.,]\d)?\s?°\s?[CF]?(?!\p{L})")
WEATHER_MAX_WORDS = 8
# A page's clock: "Hôm nay: Thứ Hai, 23/11/2026" (today's date, not the article's).
CLOCK_LABEL = regex.compile(
    rf"(?i:{phrase_alternation(data_lines('clean_clock_labels.txt'))})\s*[:,]?\s+(?=\S)"
)


def _initials(phrases: Iterable[str]) -> frozenset[str]:
    """The first letters of ``phrases`` in both cases: a quick gate before a
    case-blind pattern of them.

    >>> sorted(_initials(["Hôm nay", "bây giờ"]))
    ['B', 'H', 'b', 'h']
    """
    return frozenset(c for p in phrases for c in (p[0].lower(), p[0].upper()))


_CLOCK_FIRST = _initials(data_lines("clean_clock_labels.txt"))


def is_page_clock(text: str, words: int) -> bool:
    """A clock label and a dateline: today's date as the page shows it.

    >>> is_page_clock("Hôm nay: Thứ Hai, 23/11/2026", 5), is_page_clock("Hôm nay, 12/4", 3)
    (True, True)
    >>> is_page_clock("Hôm nay, Sở Y tế họp bàn về dịch sốt xuất huyết", 11)
    False
    """
    m = CLOCK_LABEL.match(text)
    if m is None:
        return False
    rest = text[m.end():]
    return looks_like_dateline(rest, word_count(rest)) or (
        # a day and month alone: "Hôm nay, 12/4"
        _DAY_MONTH.fullmatch(rest) is not None
    )


_DAY_MONTH = regex.compile(r"(?:ngày\s+)?\d{1,2}[/.\-]\d{1,2}", regex.IGNORECASE)
# An official document's letterhead: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Độc lập - Tự
# do - Hạnh phúc", "ĐẢNG CỘNG SẢN VIỆT NAM".
DOCUMENT_HEADER = regex.compile(
    rf"(?i:{phrase_alternation(data_lines('clean_document_headers.txt'))})\s*[-–_*=.]*"
)
DOCUMENT_HEADER_MAX_WORDS = 9
_HEADER_INITIALS = _initials((*data_lines("clean_document_headers.txt"), "Số"))
# The document's number under its letterhead: "Số 45-KH/TU", "Số: 123/QĐ-UBND".
DOCUMENT_NUMBER = regex.compile(r"(?i:số)\s*:?\s*\d[\p{L}\d.\-]{0,20}/[\p{L}\d.\-/]{1,30}")
# A count on its own line: "187 bình luận", "2,3K", "+14" (more photos).
COUNT_LINE = regex.compile(
    r"\+?\d{1,3}(?:[.,]\d{1,3})*\s*[KkMN]?"
    rf"(?:\s+(?i:{phrase_alternation(data_lines('clean_count_nouns.txt'))}))?"
)
COUNT_LINE_MAX_WORDS = 5
# How long the article takes to read: "5 phút đọc", "4 - 5 phút đọc".
READING_TIME = regex.compile(
    r"(?:\d{1,3}\s*[-–]\s*)?\d{1,3}\s*"
    rf"(?i:{phrase_alternation(data_lines('clean_reading_time.txt'))})\.?"
)
# A web address after a short label: an archive's or a browser's toolbar.
LABELLED_ADDRESS = regex.compile(r"[^\s:]+(?: [^\s:]+){0,4}\s*[-–:|]\s*https?://\S+")
LABELLED_ADDRESS_MAX_WORDS = 7
# A web address on a line of its own.
WEB_ADDRESS = regex.compile(r"(?:https?://|www\.)\S+")


def chrome_kind(text: str, words: int | None = None, slugs: bool = True) -> Verdict | None:
    """The kind of chrome a whole piece of text is, with the strength of the
    evidence; None for text that reads as article content.

    >>> chrome_kind("Trang chủ » Chính trị » Xây dựng Đảng")
    ('nav', True)
    >>> chrome_kind("Từ khóa: an ninh trật tự, thanh niên xung kích")
    ('tags', True)
    >>> chrome_kind("Địa chỉ: 12 Lý Thường Kiệt, Hà Nội"), chrome_kind("[Xem bài gốc tại đây]")
    (('footer', False), ('related', True))
    >>> chrome_kind(">> Đọc thêm: Tỉnh ủy triển khai nghị quyết mới về chuyển đổi số")
    ('related', True)
    >>> chrome_kind("Điện thoại: 0237.3852.111"), chrome_kind("Điện thoại")
    (('footer', True), ('comment_form', True))
    >>> chrome_kind("Cần Thơ 31°C"), chrome_kind("https://baomau.vn/tin-tuc-123.html")
    (('widget', True), ('nav', True))
    """
    n = word_count(text) if words is None else words
    if text[0] in _RULE_CHARS and RULE_LINE.fullmatch(text):
        return ("separator", True)  # a horizontal rule
    if n > SHORT_WORDS and is_menu_run(text, n):
        return ("nav", True)
    if text.count(":") >= FOOTER_LABELS_MIN and n <= LONG_LINE_WORDS:
        labels = footer_labels(text)
        if labels >= FOOTER_LABELS_MIN:
            return ("footer", labels >= FOOTER_LABELS_STRONG)
    if n > LONG_LINE_WORDS:
        return ("caption", True) if is_slug_caption(text, slugs) else None
    if _is_caption(text, n, slugs) or is_caption_label(text, n):
        return ("caption", True)
    if n <= ATTACHMENT_MAX_WORDS and "." in text and ATTACHMENT.search(text):
        return ("widget", True)  # an attached file
    first = text[0]
    if first == "©" or (first == "@" and FOOTER_STRONG.match(text)):
        return ("footer", n <= SHORT_WORDS and final_mark(text) != ".")
    if n <= DOCUMENT_HEADER_MAX_WORDS and first in _HEADER_INITIALS and (
        DOCUMENT_HEADER.fullmatch(text) or (n <= 3 and DOCUMENT_NUMBER.fullmatch(text))
    ):
        return ("document_header", True)
    if n <= DATELINE_MAX_WORDS and first in _CLOCK_FIRST and is_page_clock(text, n):
        return ("widget", True)
    if (first.isalpha() or first in "☰≡(") and PHRASES.may_open(text):
        toks = tokens(text) if n <= SHORT_WORDS else tokens(text[:LEAD_CHARS])
        if toks:
            if n <= SHORT_WORDS:
                kinds = PHRASES.kinds_made_of(toks)
                kind = made_of(text, kinds)
                if kind == "comment_form" and "footer" in kinds and has_phone_number(text):
                    kind = "footer"  # a form's field holds no number: "Điện thoại: 024 …"
                if kind is not None:
                    return (kind, True)
            verdict = _lead_verdict(text, n, toks)
            if verdict is not None:
                return verdict
    elif n <= SHORT_WORDS and (first in _BULLETS or _is_icon(first)):
        rest = _after_marks(text)
        kind = made_of(text) if first in _BULLETS else made_of(rest) if rest else None
        if kind is not None:
            return (kind, True)  # (an icon before a button: "🔊 Nghe đọc")
        if rest[:1].isalpha() and PHRASES.may_open(rest):
            # a lead after arrows: ">> Xem thêm: …", "» Tin liên quan: …"
            toks = tokens(rest[:LEAD_CHARS])
            verdict = _lead_verdict(rest, word_count(rest), toks) if toks else None
            if verdict is not None:
                return verdict
    if n > SHORT_WORDS:
        return None
    if first in ".…" and n <= 4:
        rest = text.lstrip(".… ")
        if rest and made_of(rest) == "related":
            return ("related", True)  # a post cut short: "... Xem thêm"
    first = text[0]
    if first == "[":
        if text.endswith("]") and BRACKETED_ITEMS.fullmatch(text):
            kind = made_of(text)  # a row of bracketed buttons: "[Giọng nam] [Giọng nữ]"
            if kind is not None:
                return (kind, True)
        if text.endswith("]") and BRACKETED.fullmatch(text):
            kind = made_of(text[1:-1].strip()) if n <= BRACKETED_BUTTON_MAX_WORDS else None
            if kind in ("widget", "share"):
                return (kind, True)  # one button in brackets: "[In bài]"
            return ("related", True)
    elif first == "#":
        if HASHTAGS.fullmatch(text):
            return ("tags", True)
        if n <= HASHTAG_MAX_WORDS and text[1:2].isalnum() and not ends_sentence(text):
            return ("tags", False)  # one tag a line: "#Bộ Công Thương" (weak: a heading?)
    elif first in _BULLETS:
        if BULLETED.match(text) and final_mark(text) != ".":
            return ("related", False)
    if looks_like_dateline(text, n) or (n <= 6 and has_digit(text) and is_time_only_dateline(text)):
        return ("dateline", True)
    if (first.isdigit() or first == "+") and n <= COUNT_LINE_MAX_WORDS and (
        COUNT_LINE.fullmatch(text)
    ) and (n > 1 or not text.isdigit()):  # a lone plain number is left to the rules below
        return ("counter", True)
    if (first.isdigit() or first in SLIDE_LABEL_INITIALS) and n <= 4 and is_slide_counter(text):
        return ("counter", True)  # "1 / 4" over a slideshow's picture
    if first.isdigit() and READING_TIME.fullmatch(text):
        return ("widget", True)  # "4 - 5 phút đọc"
    if first.isdigit() and PLAYER_CLOCK.fullmatch(text):
        return ("widget", True)
    if "°" in text and (n <= WEATHER_MAX_WORDS or WEATHER.fullmatch(text)):
        if WEATHER.fullmatch(text):
            return ("widget", True)  # "Đà Nẵng 28°C", "Hà Nội 24°C - 30°C"
        if TEMPERATURE.search(text) and not ends_sentence(text):
            return ("widget", False)  # "Thái Nguyên: Nhiều mây, 18 - 24°C" (weak: a heading?)
    if first in "hw" and " " not in text and WEB_ADDRESS.match(text):
        return ("nav", True)  # the page's own address, atop a print view
    if ("://" in text and n <= LABELLED_ADDRESS_MAX_WORDS and LABELLED_ADDRESS.fullmatch(text)
            and parse_attribution(text) is None):  # "Nguồn: https://…" names the source
        return ("nav", True)  # "The Wayback Machine - https://web.archive.org/…"
    if first.isdigit() and DIGIT_STRIP.fullmatch(text) and sum(c.isdigit() for c in text) >= 3:
        return ("counter", SPACED_DIGITS.search(text) is not None)
    if " / " in text and SLASH_BREADCRUMB.fullmatch(text) and not ends_sentence(text):
        return ("nav", True)
    if any(c in text for c in _CRUMB_MARKS) and BREADCRUMB.fullmatch(text) and not (
        ends_sentence(text)
    ):
        marks = sum(text.count(c) for c in _CRUMB_MARKS)
        strong = MENU_OPENING.match(text) is not None or marks >= 2
        return ("nav", strong)
    if n >= 2 and text[:12].upper() == text[:12] and is_all_caps(text) and not ends_sentence(text):
        return ("site", False)
    return None
