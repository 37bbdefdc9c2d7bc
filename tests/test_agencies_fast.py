"""The agency finder's fast paths give what their plain definitions give.

``ttcorpus.extract.agencies`` shapes its pattern for the engine (word guard read a
few characters into the trie, shortest start phrases in look-aheads, optional
groups as alternations with the empty string, a space gate after the start, one
look-behind per length of topic head, cheap look-ahead pre-checks) and keeps the
judgement of a mention in a dict. Here the same grammar is written plainly, as one
would first write it, and both are run on generated texts: same matches, same
agencies."""

from __future__ import annotations

import functools
import random
import re
from collections.abc import Iterable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ttcorpus.extract import agencies as A
from ttcorpus.models import Agency

# ---------------------------------------------------------------- the plain grammar


def plain_trie(phrases: Iterable[str], exact_words: int = 99) -> str:
    """Any of the phrases, longest first; the first ``exact_words`` words as written,
    later ones in any case; "#" a unit's number."""

    def char(ch: str, exact: bool) -> str:
        if ch == "#":
            return A._UNIT_NUMBER
        if exact or ch.lower() == ch.upper():
            return re.escape(ch)
        return f"[{re.escape(ch.lower())}{re.escape(ch.upper())}]"

    def phrase(p: str) -> str:
        out, words = [], 0
        for ch in p:
            words += ch == " "
            out.append(" " if ch == " " else char(ch, words < exact_words))
        return "".join(out)

    return "(?:" + "|".join(phrase(p) for p in sorted(set(phrases), key=len, reverse=True)) + ")"


def spellings(name: str) -> set[str]:
    return A._all_spellings(A._lines(name))


U, L, END, CAP, LOW = A._U, A._L, A._END, A._CAP, A._LOW
GUARD = r"(?<![\w'’/&-])"  # not inside a word or a code
ABBR = rf"[{U}](?:[{U}\d&]|-(?=[{U}\d]))+{END}(?!\.\w)"
START = GUARD + plain_trie(A._START_PHRASES, 1)
OFFICE_START = GUARD + "(?:" + "|".join(  # "Trưởng ban" (exact: "ban" lower case) …
    plain_trie([o]) + A._office_head_conditions().get(o, "") for o in A._OFFICE_HEADS
) + ")"  # … not before "Ban": "Phó Trưởng ban | Ban Tuyên giáo"
HELD = "(?:" + "|".join(  # "nhà ở": a noun whose last syllable is a function word
    rf"(?<=(?<![\w'’]){plain_trie([n.split()[0]], 0)} ){plain_trie([n.split()[1]])}{END}"
    for n in A._lines("agency_held_stops.txt")
    if n.split()[0] not in A._lines("agency_stops.txt")
) + "|" + "|".join(  # "ngoài nước": a noun whose first syllable is a function word
    rf"{plain_trie([n.split()[0]])} {plain_trie([n.split()[1]])}{END}"
    for n in A._lines("agency_held_stops.txt")
    if n.split()[0] in A._lines("agency_stops.txt")
) + ")"
STOPS = rf"(?!{HELD})" + plain_trie(spellings("agency_stops.txt")) + END
VERBS = plain_trie(spellings("agency_verbs.txt")) + END
NAME_STOPS = plain_trie(spellings("agency_name_stops.txt"), 1) + END
PART_STOPS = plain_trie(spellings("agency_part_stops.txt"), 1) + END
PROPER = plain_trie(A._all_spellings(A._PROPER_NAMES)) + END
LOCALITY = plain_trie(A._LOCALITY_WORDS) + rf"(?:(?<=\.)(?!\n|$)|(?<!\.){END})"  # "TP.|\n"
OTHER_HEADS = plain_trie(spellings("agency_other_heads.txt"), 1) + END
QUALIFIER = plain_trie(A._lines("agency_qualifiers.txt")) + END
UNIT = plain_trie(A._all_spellings(A._UNITS), 1) + END
LOCALITY_OPENING = rf"{LOCALITY}(?! [{L}])"
TAIL = rf" (?!{STOPS}|{VERBS}|{LOCALITY_OPENING}){LOW}"
COUNTRY = plain_trie(A.data_section("countries.txt", "countries"), 1) + END
CLOSER = rf" (?:{START}|{LOCALITY}|{PROPER}|{COUNTRY})"
BODY_WORDS = plain_trie(
    {p.lower() for n in ("agency_heads.txt", "agency_other_heads.txt") for p in A._lines(n)}
)
DASH_SYLLABLE = rf" (?!{STOPS}|{VERBS}|{LOCALITY_OPENING}|{BODY_WORDS}{END}){LOW}"
DASH_FIELDS = plain_trie(A._lines("agency_dash_fields.txt")) + END  # "… - hành chính | chủ trì"
DASH_FIELD = (  # "… - trật tự"
    rf" -(?:{DASH_SYLLABLE}{DASH_SYLLABLE}(?={CLOSER}|[,.;:)]|$)"
    rf"|(?= {DASH_FIELDS} (?:{STOPS}|{VERBS})) {LOW} {LOW})"
)
TAIL_STEP = rf"(?:{TAIL}(?:{DASH_FIELD})?|(?<=[pP]hòng), chống{END})"  # "Cục Phòng, chống"
CLAUSE_VERBS = plain_trie(A._all_spellings(A.data_section("agency_verbs.txt", "clause verbs")))
FIELD_TAIL = rf" (?!{STOPS}|{CLAUSE_VERBS}{END}|{LOCALITY_OPENING}){LOW}"  # "… xây dựng Hà Nội"
PLACE_CLOSER = rf" (?:{LOCALITY_OPENING}|{PROPER})"
DOTTED = plain_trie(  # "T.Ư"
    [a for a in A._ABBREVIATIONS if "." in a.rstrip(".") and a not in A._LOCALITY_WORDS], 9
) + END
JOINT_OFFICE = plain_trie(  # "Văn phòng HĐND và UBND"
    A._all_spellings(h for h in A._lines("agency_compound_heads.txt") if " và " in h), 1
) + END
ROMAN = rf"[IVX]{{1,4}}{END}"  # "khu vực I"
BARE_BLOC = rf"Khối{END}(?= [{L}])"  # "Đảng ủy Khối | giới thiệu"
FOREIGN = plain_trie(  # "… Lào | cử"
    set(A.data_section("countries.txt", "countries"))
    - set(A.data_lines("agency_proper_words.txt")),
    1,
) + END
FIRST_PART = (
    rf"(?!{NAME_STOPS}|{LOCALITY})"
    rf"(?:{UNIT}|{DOTTED}|{JOINT_OFFICE}|{CAP}(?:{TAIL_STEP}){{0,12}}+(?:(?:{FIELD_TAIL}){{1,3}}+(?={PLACE_CLOSER}))?"
    rf"|{ABBR})"
)
PART = (
    rf"(?!{NAME_STOPS}|{PART_STOPS}|{LOCALITY})"
    rf"(?:{UNIT}|{DOTTED}|{ROMAN}|{BARE_BLOC}|{JOINT_OFFICE}|{FOREIGN}"
    rf"|{CAP}(?:(?:{TAIL}){{2,6}}+(?={CLOSER})|{TAIL})?|{ABBR})"
)
NOT_NEW_BODY = rf"(?!{START}|{OTHER_HEADS})"
JOINT = rf"(?:(?<!\d) và | ?- ?|(?<!\d)(?:, {NOT_NEW_BODY}{PART}){{1,3}} và ){NOT_NEW_BODY}"
MORE_PARTS = rf"(?: |{JOINT}){PART}"
PLURAL = "các " + plain_trie(A._lines("agency_plural_topics.txt"), 0) + END  # "các Dự án"
TOPIC_WORD = (
    rf"(?:(?={PLURAL}(?:{TAIL}){{0,3}} {LOCALITY_OPENING}){PLURAL}"  # "… tỉnh Bắc Ninh"
    rf"|(?!{STOPS}|{LOCALITY_OPENING})(?:{LOW}|{ABBR}))"
)
TOPIC_CAPITAL = (  # "… về Phòng, chống thiên tai"
    rf"(?<= về ){plain_trie(A._lines('agency_topic_capitals.txt'), 1)}{END}(?=,? [{L}])"
)
TOPIC_OPENING = rf"(?:{TOPIC_CAPITAL}|(?:{TOPIC_WORD} ){{0,2}}{PLURAL}|{TOPIC_WORD})"
AND_STOPS = plain_trie(A._lines("agency_and_stops.txt")) + END  # "… tỉnh | và vụ án"
TOPIC_TEXT = rf" {TOPIC_OPENING}(?:(?: |, | và (?!{AND_STOPS})){TOPIC_WORD}){{0,30}}+"
TOPIC_LEVEL = plain_trie(spellings("agency_topic_levels.txt"), 0) + END
OWNER = rf"(?: của {plain_trie(spellings('agency_locality_heads.txt'), 1)}{END}(?= về ))?"
TOPIC_ABOUT = rf"{OWNER} (?:{TOPIC_LEVEL} )?về{TOPIC_TEXT}"  # "Ban Chỉ đạo quốc gia về …"
TOPIC_HEADS = spellings("agency_topic_heads.txt")
TOPIC_HEADS |= A._all_spellings(  # "Trưởng | ban Chỉ đạo"
    o[n:] for o, n in A._OFFICE_HEADS.items() if " " in o[n:]
)
TOPIC_HEADS |= {
    a for a, full in A._ABBREVIATIONS.items() if A.fold(full) in {A.fold(h) for h in TOPIC_HEADS}
}
AFTER_TOPIC_HEAD = "(?:" + "|".join(f"(?<={plain_trie([h], 1)})" for h in TOPIC_HEADS) + ")"
TITLE_STOPS = plain_trie({p for p in spellings("agency_name_stops.txt") if " " in p}, 1) + END
PLACE_SYLLABLE = rf"(?!{TITLE_STOPS})[{U}][{L}]*(?:['’][{U}{L}][{L}]*)?{END}"  # "M'Đrắk"
PS = PLACE_SYLLABLE
PLACE = rf"(?:{PS}|\d{{1,2}}(?!\w))(?: {PS}){{0,3}}(?: - {PS}(?: {PS}){{0,2}})?"
VILLAGE = plain_trie(A._lines("agency_villages.txt")) + END  # "thôn Nà Lầu"
LOCATED = rf" (?:{LOCALITY}(?:(?: |(?<=\.)(?=[{U}])){PLACE})?|{VILLAGE} {PLACE}|{QUALIFIER})"
GENERIC = rf" {plain_trie(A._lines('agency_generic_after.txt'))}{END}"
NUMBER, QUOTED = r" \d{1,4}(?!\w)(?![.,/:-]\d)", A._QUOTED


@functools.cache
def plain_mention() -> re.Pattern[str]:
    return re.compile(
        rf"(?P<start>{START}|{OFFICE_START}){END}"
        rf"(?P<cont>(?:(?:{AFTER_TOPIC_HEAD}"
        rf"(?:{TOPIC_ABOUT}|{TOPIC_TEXT}|{QUOTED}|{NUMBER}| {PART})"
        rf"| {FIRST_PART})(?:{MORE_PARTS}){{0,8}}+)?(?:{LOCATED})?)"
        rf"(?:(?P<generic>(?={GENERIC}))|(?P<runs_on>(?= [{U}])))?"
    )


@functools.cache
def plain_start() -> re.Pattern[str]:
    return re.compile(f"{START}{END}")


def plain_find_agencies(text: str) -> list[Agency]:
    """``find_agencies`` with the plain pattern, each mention judged afresh and its
    start phrase read again from the mention. Scanning goes on where the last body
    ends, or after a match that holds none; a body cut short ("Ban Thường vụ Tỉnh ủy |
    giao Ủy ban Kiểm tra …") leaves the rest of its match to be read again."""
    out: list[Agency] = []
    pos = 0
    while m := plain_mention().search(text, pos):
        flag, mention = m.lastgroup, m.group()
        start = m.start()
        shift = A._office_shift(text, start, mention)  # "Trưởng | ban Dân tộc …"
        start, mention = start + shift, mention[shift:]
        if mention.startswith(A._PLACE_SYLLABLE_HEADS) and A._inside_place(text, start):
            pos = start + mention.index(" ")  # "Nhơn | Hội Bắc": a place
            continue
        start_phrase = plain_start().match(mention)
        phrase = start_phrase.group() if start_phrase else mention
        if shift and not start_phrase:  # the lower-case head after the office word
            phrase = m.group("start")[shift:]
        length = A._judged_length(mention, phrase, flag == "runs_on")
        canonical = A.canonical_agency(mention[:length]) if length else ""
        if not length:
            pos = m.end()
            continue
        end = pos = start + length
        if (flag == "generic" and end == m.end()) or A._GENERIC_AFTER.match(text, end):
            continue
        mention = text[start:end]
        subject = A._subject_after(text, end, mention)  # "… tội phạm về ma túy"
        if subject:
            canonical += text[end : end + subject]
            end = pos = end + subject
            mention = text[start:end]
        if out and start - out[-1].end <= A._MAX_GLUE and A._may_share_locality(out[-1].name):
            A._share_locality(text, out, start, mention)
        if mention.startswith(A._SERVICE_OPENINGS):  # "Vùng 1, | Vùng 5 Hải quân"
            out += A._elided_units(text, start, mention, out[-1].end if out else 0)
        out.append(Agency(mention, start, end, mention, canonical))
    # codes in brackets, short names, bodies placed elsewhere in the text
    return A._placed_short_names(A._article_names(text, out))


def matches(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str, str | None]]:
    flags = {"generic", "runs_on"}
    return [
        (*m.span(), m.group("start"), m.lastgroup if m.lastgroup in flags else None)
        for m in pattern.finditer(text)
    ]


# ---------------------------------------------------------------- generated texts

_SYLLABLES = "sát giao thông đường thủy nội địa miền núi cao nguyên ven biển bắc".split()
_PIECES = [
    *sorted(A._START_PHRASES)[::3],
    *A._lines("agency_localities.txt"),
    *A._lines("agency_name_stops.txt")[::4],
    *A._lines("agency_part_stops.txt")[::5],
    *A._lines("agency_stops.txt")[::9],
    *A._lines("agency_generic_after.txt")[:3],
    *A._lines("agency_other_heads.txt")[:4],
    *A._lines("agency_topic_heads.txt"),
    *["Quân khu 7", "Sư đoàn 312", "Vùng 2 Hải quân", "7/2020", "44-KL/TW", "1.200", "138"],
    *["Kiên Giang", "Hà Nội", "Lào Cai", "Hồ Chí Minh", "Tân Định", "Nguyễn Văn An", "Lê Thị"],
    *["Hoàng", "Cảnh sát giao thông", "Tư pháp", "Quốc phòng", "An ninh", "Trung ương"],
    *["UBND", "LĐ-TB&XH", "C03", "TP.", "TP.Hồ Chí Minh", "Ab", "5", "2020", "khóa XII"],
    *["tổ chức", "phòng, chống", "xây dựng", "đời sống", "của", "các", "đã", "cho biết"],
    *["các dự án", "các khu công nghiệp", "các cấp", "thôn", "ấp", "tổ dân phố", "Chi bộ"],
    *["Bộ đội Cụ Hồ", "Viện Quy hoạch xây dựng", "thực hiện", "nhà nước"],
    *[", ", " - ", "-", " và ", ". ", "; ", "\n", "(", ")", '"', "“", "”", "’", "/", "&"],
    # capitalised words with lower-case tails of every length (the tail bounds)
    *[" ".join(["Cảnh", *_SYLLABLES[:k]]) for k in range(len(_SYLLABLES) + 1)],
]


def random_text(rnd: random.Random) -> str:
    words = []
    for _ in range(rnd.randint(1, 14)):
        piece = rnd.choice(_PIECES)
        roll = rnd.random()
        if roll < 0.1:
            piece = piece.title()
        elif roll < 0.15:
            piece = piece.lower()
        elif roll < 0.18:
            piece = piece.upper()
        words.append(piece)
    return "".join(w + rnd.choice(["", " ", " ", " ", " ", ", "]) for w in words)


TEXTS = [random_text(random.Random(seed)) for seed in range(1500)]
TEXTS += [
    "Đảng ủy Quân khu 7, Bộ Tư lệnh Vùng 2 Hải quân và Sở Lao động - Thương binh và Xã hội",
    "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Hà Nam; Tiểu ban Văn kiện",
    "Phòng Cảnh sát giao thông Công an tỉnh Nghệ An phối hợp Bộ Văn hóa, Thể thao và Du lịch",
    "Đảng ủy, UBND xã Sín Chéng và X-Bộ Công an, Sở A -Bộ Tư pháp",
    "Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh; Ban Chỉ đạo nhà nước các công trình, dự án",
    "Viện Quy hoạch xây dựng Hà Nội, Sở Tư pháp thực hiện Việt Nam, Chi bộ thôn Nà Lầu",
    "Thường trực Tỉnh ủy giao Ban Tổ chức Tỉnh ủy, Sở Nội vụ trình UBND tỉnh Yên Bái",
    "Cục Thuế dự Hội nghị Bộ Tài chính; Công an huyện Mê Linh Trần Văn Hòa Sở Y tế Hà Nội",
    *[f"Bộ Cảnh {' '.join(_SYLLABLES[:k])} Công an tỉnh" for k in range(len(_SYLLABLES) + 1)],
    *[f"Sở Y tế và Cảnh {' '.join(_SYLLABLES[:k])} Bộ Tư pháp" for k in range(8)],
]


@pytest.mark.parametrize("chunk", range(5))
def test_shaped_pattern_matches_the_plain_one(chunk: int) -> None:
    for text in TEXTS[chunk::5]:
        assert matches(A._mention(), text) == matches(plain_mention(), text), text


@pytest.mark.parametrize("chunk", range(5))
def test_find_agencies_equals_the_plain_finder(chunk: int) -> None:
    for text in TEXTS[chunk::5]:
        assert A.find_agencies(text) == plain_find_agencies(text), text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map(" ".join))
def test_shaped_pattern_matches_the_plain_one_on_any_piece_list(text: str) -> None:
    assert matches(A._mention(), text) == matches(plain_mention(), text)
    assert A.find_agencies(text) == plain_find_agencies(text)


def test_judged_table_gives_what_judging_afresh_gives() -> None:
    for table in A._JUDGED:
        table.clear()
    cold = [A.find_agencies(text) for text in TEXTS[:300]]
    assert [A.find_agencies(text) for text in TEXTS[:300]] == cold  # warm


# ---------------------------------------------------------------- the pieces one by one


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="BCĐbcđUNDH&-1 .x", max_size=12))
def test_abbreviation_needs_no_look_ahead_after_a_dash(text: str) -> None:
    shaped = re.match(A._ABBR, text)
    plain = re.match(ABBR, text)
    assert (shaped and shaped.group()) == (plain and plain.group())


def test_shortest_phrases_answer_opens_here_as_all_phrases_do() -> None:
    shortest = re.compile(A._trie(A._START_PHRASES, exact_words=1, shortest=True))
    full = re.compile(A._trie(A._START_PHRASES, exact_words=1))
    rnd = random.Random(7)
    phrases = sorted(A._START_PHRASES)
    for _ in range(3000):
        phrase = rnd.choice(phrases)
        text = phrase[: rnd.randint(1, len(phrase))] + rnd.choice(["", " x", "a", " Bộ", "Ủy"])
        text = text.lower() if rnd.random() < 0.2 else text
        assert bool(shortest.match(text)) == bool(full.match(text)), text


def test_word_guard_deep_in_the_trie_is_the_guard_before_it() -> None:
    guarded = re.compile(A._trie(A._START_PHRASES, exact_words=1, guard_first=True))
    plain = re.compile(START)
    rnd = random.Random(11)
    phrases = sorted(A._START_PHRASES)
    for _ in range(3000):
        before = rnd.choice(["", " ", "x", "-", "/", "&", "'", "(", "\n", "1", "’"])
        text = before + rnd.choice(phrases) + rnd.choice(["", " 7", " Xã", "x"])
        for pos in range(len(before) + 1):
            a, b = guarded.match(text, pos), plain.match(text, pos)
            assert (a and a.group()) == (b and b.group()), (text, pos)


def test_topic_head_look_behinds_as_one_per_head() -> None:
    shaped, plain = re.compile(A._after_topic_head()), re.compile(AFTER_TOPIC_HEAD)
    for head in [*TOPIC_HEADS, "Ban", "Bộ Công an", "xTiểu Ban", "Ban chỉ đạo", "BCĐ", "Tiểu"]:
        for text in (head, head.upper(), head.lower(), "x " + head):
            assert bool(shaped.search(text, len(text))) == bool(plain.search(text, len(text)))
