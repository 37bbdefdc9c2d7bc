"""The person finder: full names from family-name and title evidence, titles and
offices, short references, and the places and organisations that are not people."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.timing import cpu_seconds
from ttcorpus.extract.people import PhraseSet, find_people


def names(text: str) -> list[str]:
    return [p.name for p in find_people(text)]


def titles_of(text: str, name: str) -> list[str]:
    """All titles attached to ``name`` over its mentions, in order."""
    out: list[str] = []
    for p in find_people(text):
        if p.name == name:
            out += [t for t in p.titles if t not in out]
    return out


# ---------------------------------------------------------------- full names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a title before the name
        ("Sáng nay, Thiếu tướng Phạm Quang Vinh đã kiểm tra.", "Phạm Quang Vinh"),
        ("Hội nghị do Chủ tịch Đỗ Minh Tuấn chủ trì.", "Đỗ Minh Tuấn"),
        ("Dự lễ có bà Ngô Thị Bích Ngọc.", "Ngô Thị Bích Ngọc"),
        ("Luật sư Vũ Đức Khải bào chữa cho bị cáo.", "Vũ Đức Khải"),
        ("PGS.TS Đinh Công Sỹ trình bày tham luận.", "Đinh Công Sỹ"),
        ("TS. Lưu Thế Anh phát biểu.", "Lưu Thế Anh"),
        # two syllables need a title
        ("Thứ trưởng Lý Hưng đến thăm đơn vị.", "Lý Hưng"),
        ("Chị Mai Hoa kể lại câu chuyện.", "Mai Hoa"),
        # no title: three syllables or more, found from the family name alone
        ("Công an bắt giữ Phùng Văn Hải (SN 1988) khi đang vận chuyển hàng.", "Phùng Văn Hải"),
        ("Khi đó Trịnh Thị Mỹ Duyên đang ở nhà.", "Trịnh Thị Mỹ Duyên"),
        # a sentence-initial word glued in front is not part of the name
        ("Theo Nguyễn Đức Long, việc này cần làm ngay.", "Nguyễn Đức Long"),
        # a province before the name, as in "Công an tỉnh X Đại tá Y" with no comma
        ("Giám đốc Công an tỉnh Hà Giang Trần Quốc Bảo dự họp.", "Trần Quốc Bảo"),
        # the person named Hồ Chí Minh, with a title
        ("Học tập theo lời dạy của Chủ tịch Hồ Chí Minh.", "Hồ Chí Minh"),
    ],
)
def test_full_names_are_found(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize(
    "name",
    [
        "Lò Văn Puôn",  # Thai
        "Hầu A Lềnh",  # Hmong
        "Thào Xuân Sùng",  # Hmong
        "Sùng Thị Mai",  # Hmong
        "Triệu Tiến Thịnh",  # Dao
        "Nông Thị Hà",  # Tày
        "Y Thanh Hà Niê Kđăm",  # Ede, five syllables
        "Ksor Phước Hà",  # Jarai
        "H'Hen Niê",  # Ede, female prefix
        "Thạch Sô Phol",  # Khmer
    ],
)
def test_ethnic_minority_names(name: str) -> None:
    assert names(f"Tham dự có ông {name}, đại biểu Quốc hội.") == [name]


def test_mention_text_is_the_name_and_offsets_are_exact() -> None:
    text = "Đại tá Đào Văn Tùng phát biểu."
    [p] = find_people(text)
    assert (p.text, p.start, p.end) == ("Đào Văn Tùng", 7, 19)
    assert text[p.start : p.end] == p.text


def test_mentions_are_sorted_by_start() -> None:
    text = "Ông Tạ Văn Hạ và bà Lục Thị Nga. Ông Hạ cảm ơn bà Nga."
    starts = [p.start for p in find_people(text)]
    assert starts == sorted(starts)
    assert names(text) == ["Tạ Văn Hạ", "Lục Thị Nga", "Tạ Văn Hạ", "Lục Thị Nga"]


# ---------------------------------------------------------------- titles


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        (
            "Đồng chí Vương Đình Hậu, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, đã dự và phát biểu.",
            "Vương Đình Hậu",
            ["Đồng chí", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"],
        ),
        (
            "Thiếu tướng Trương Văn Nam, Phó Giám đốc Công an tỉnh Quảng Ninh cho biết …",
            "Trương Văn Nam",
            ["Thiếu tướng", "Phó Giám đốc Công an tỉnh Quảng Ninh"],
        ),
        (
            "Bà Cao Thị Duyên, Phó Chủ tịch UBND huyện, nói rằng …",
            "Cao Thị Duyên",
            ["Bà", "Phó Chủ tịch UBND huyện"],
        ),
        (  # "và" + capital stays inside an agency name; the verb ends the office
            "Ông Chu Văn Lâm, Phó Chủ nhiệm Ủy ban Quốc phòng và An ninh chủ trì.",
            "Chu Văn Lâm",
            ["Ông", "Phó Chủ nhiệm Ủy ban Quốc phòng và An ninh"],
        ),
        (  # "và" + lowercase ends it
            "Ông Kiều Văn Hưng, Giám đốc Sở Nội vụ và các đại biểu đã dự.",
            "Kiều Văn Hưng",
            ["Ông", "Giám đốc Sở Nội vụ"],
        ),
        (  # an office introduced by "giữ chức vụ"
            "Thượng tá Ninh Văn Tú, Trưởng phòng Tham mưu giữ chức vụ Phó Trưởng Ban chỉ đạo.",
            "Ninh Văn Tú",
            ["Thượng tá", "Trưởng phòng Tham mưu", "Phó Trưởng Ban chỉ đạo"],
        ),
        (  # the office before the name, in the same clause
            "Dự hội nghị có Bộ trưởng Bộ Y tế Đào Hồng Lan.",
            "Đào Hồng Lan",
            ["Bộ trưởng Bộ Y tế"],
        ),
        (  # an office glued on without a comma
            "Trung tướng Hoàng Anh Tuấn Phó Tư lệnh Quân khu 2 kiểm tra.",
            "Hoàng Anh Tuấn",
            ["Trung tướng", "Phó Tư lệnh Quân khu 2"],
        ),
        (  # a role after the name, in lower case
            "Ông Lầu A Sính, người có uy tín ở bản Nậm Nhừ, kể lại.",
            "Lầu A Sính",
            ["Ông", "người có uy tín"],
        ),
        (  # in brackets
            "Ông Lương Văn Hòa (Chủ tịch UBND xã) cho biết.",
            "Lương Văn Hòa",
            ["Ông", "Chủ tịch UBND xã"],
        ),
        (  # an untitled defendant has no titles
            "Cơ quan điều tra đã khởi tố Tăng Văn Khải về tội trộm cắp.",
            "Tăng Văn Khải",
            [],
        ),
    ],
)
def test_titles_before_and_after_the_name(text: str, name: str, titles: list[str]) -> None:
    assert names(text)[:1] == [name]
    assert titles_of(text, name) == titles


def test_each_name_in_a_list_gets_its_own_office() -> None:
    text = (
        "Dự hội nghị có các đồng chí: Đàm Quang Minh, Phó Chủ tịch Hội Nông dân; "
        "Tô Huy, Phó Giám đốc Sở Tư pháp; Lê Thị Hạnh, Chủ tịch Hội Phụ nữ tỉnh."
    )
    assert names(text) == ["Đàm Quang Minh", "Tô Huy", "Lê Thị Hạnh"]
    assert titles_of(text, "Đàm Quang Minh") == ["Phó Chủ tịch Hội Nông dân"]
    assert titles_of(text, "Tô Huy") == ["Phó Giám đốc Sở Tư pháp"]
    assert titles_of(text, "Lê Thị Hạnh") == ["Chủ tịch Hội Phụ nữ tỉnh"]


def test_a_comma_list_after_a_plural_honorific() -> None:
    text = "Các đồng chí Lê Minh Hưng, Trần Cẩm Tú, Lương Cường dự hội nghị."
    assert names(text) == ["Lê Minh Hưng", "Trần Cẩm Tú", "Lương Cường"]
    # without the plural, a two-syllable name after a comma is not enough
    assert names("Ông Lê Minh Hưng, Hoàng Mai dự hội nghị.") == ["Lê Minh Hưng"]


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Ông Tống Văn Hải - Chủ tịch UBND huyện - cho biết.", "Chủ tịch UBND huyện"),
        (
            "Thưa ông Đồng Văn Nam... ông Tạ Quang Huy, Bộ trưởng Bộ Xây dựng...",
            "Bộ trưởng Bộ Xây dựng",
        ),
        ("Ông Tạ Quang Huy, Bộ trưởng Bộ Xây dựng…", "Bộ trưởng Bộ Xây dựng"),
    ],
)
def test_office_ends_at_dashes_and_ellipses(text: str, office: str) -> None:
    assert office in [t for p in find_people(text) for t in p.titles]


def test_two_people_in_one_sentence_keep_their_own_titles() -> None:
    text = (
        "Đồng chí Phan Đình Trạc, Trưởng Ban Nội chính Trung ương; đồng chí Mai Văn Chính, "
        "Phó Trưởng Ban Tổ chức Trung ương, cùng dự."
    )
    assert titles_of(text, "Phan Đình Trạc") == ["Đồng chí", "Trưởng Ban Nội chính Trung ương"]
    assert titles_of(text, "Mai Văn Chính") == ["đồng chí", "Phó Trưởng Ban Tổ chức Trung ương"]


# ---------------------------------------------------------------- short references


@pytest.mark.parametrize(
    ("text", "short", "full", "title"),
    [
        (
            "Đại tá Bế Văn Quyết chỉ huy. Theo Đại tá Quyết, tình hình ổn định.",
            "Quyết",
            "Bế Văn Quyết",
            "Đại tá",
        ),
        (
            "Bộ trưởng Giáp Văn Thái tới dự. Sau đó, Bộ trưởng Thái thăm trường.",
            "Thái",
            "Giáp Văn Thái",
            "Bộ trưởng",
        ),
        ("Anh Mùa A Dế làm nương. Anh Dế nói: “Năm nay được mùa”.", "Dế", "Mùa A Dế", "Anh"),
        (
            "Bị cáo Khúc Văn Toàn khai báo. Bị cáo Toàn xin giảm nhẹ.",
            "Toàn",
            "Khúc Văn Toàn",
            "Bị cáo",
        ),
        ("Ông Hà Thị Ngọc Lan… Bà Ngọc Lan cho biết thêm.", "Ngọc Lan", "Hà Thị Ngọc Lan", "Bà"),
    ],
)
def test_short_references_resolve_to_the_full_name(
    text: str, short: str, full: str, title: str
) -> None:
    people = find_people(text)
    [ref] = [p for p in people if p.text == short]
    assert ref.name == full
    assert ref.titles == (title,)


def test_short_reference_resolves_to_the_nearest_earlier_full_name() -> None:
    text = "Ông Trần Văn Sơn dự. Ông Sơn phát biểu. Sau đó ông Lê Thanh Sơn đến. Ông Sơn nói."
    refs = [p.name for p in find_people(text) if p.text == "Sơn"]
    assert refs == ["Trần Văn Sơn", "Lê Thanh Sơn"]


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("Đại tá Khôi cho biết tình hình.", []),  # no full name to resolve it to
        ("Ông Tư bán hàng ở chợ.", []),
        ("Nguyễn Văn Tâm bị bắt. Tâm khai nhận hành vi.", ["Nguyễn Văn Tâm"]),  # bare
        ("Ông Lý Văn Tâm đến. Chị Tâm ở nhà.", ["Lý Văn Tâm", "Tâm"]),
    ],
)
def test_unresolved_or_bare_given_names_are_not_people(text: str, mentions: list[str]) -> None:
    assert [p.text for p in find_people(text)] == mentions


def test_a_two_syllable_name_without_title_counts_once_known() -> None:
    text = "Đại tướng Lương Cường dự lễ. Lương Cường sau đó đi thăm."
    assert names(text) == ["Lương Cường", "Lương Cường"]
    assert names("Lương Cường sau đó đi thăm.") == []


# ---------------------------------------------------------------- not people


@pytest.mark.parametrize(
    "text",
    [
        # provinces and cities (the gazetteer), with and without a place word
        "Đoàn công tác đến Hà Nội rồi đi Lâm Đồng và Cao Bằng.",
        "Hội nghị diễn ra tại TP Hồ Chí Minh.",
        "Hội nghị diễn ra tại Thành phố Hồ Chí Minh.",
        "Hội nghị diễn ra tại TP. Hồ Chí Minh.",
        "Từ Hà Giang đến Cà Mau, mọi người đều góp sức.",
        # organisations named after a person
        "Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931).",
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh tổ chức ra quân.",
        "Học viện Chính trị quốc gia Hồ Chí Minh khai giảng.",
        "Học sinh Trường THPT Lê Quý Đôn đạt giải.",
        "Sinh viên Đại học Tôn Đức Thắng tham gia.",
        "Trao Giải thưởng Trần Văn Giàu năm nay.",
        "Công ty TNHH Phạm Gia Long ký hợp đồng.",
        # streets and addresses
        "Vụ việc xảy ra trên đường Trần Cao Vân, quận Thanh Khê.",
        "Nhà số 12 Phan Đình Phùng bị cháy.",
        "Tuyến phố Lê Thánh Tông được cải tạo.",
        "Đường Hoàng Liên nối với đường Hùng Vương.",
        # places named after people, after an administrative word
        "Xã Lê Lợi và phường Nguyễn Trãi cùng ra quân.",
        "Người dân huyện Lâm Bình, xã Hồng Quang hưởng ứng.",
        # agencies and capitalised words that are not names
        "Bộ Công an phối hợp với Ban Dân vận Trung ương.",
        "Tại Hội nghị, Ban chỉ đạo đã công bố kết quả.",
        "Theo Ban Thường vụ Tỉnh ủy, phong trào phát triển.",
        "Mặt trận Tổ quốc Việt Nam tỉnh Tuyên Quang vận động.",
        # a place after a preposition of place, even with a family name in front
        "Tại Hoàng Su Phì, bà con thu hoạch lúa.",
        "Công ty Cổ phần Hoàng Anh Gia Lai báo lãi.",
        # a title-cased agency name contains words no name has
        "Đoàn Đại Biểu Quốc Hội Tỉnh Lào Cai làm việc với Sở Tư Pháp.",
        # a title-cased heading is longer than a name
        "Tăng Cường Sự Lãnh Đạo Của Đảng Đối Với Công Tác Bảo Vệ An Ninh",
        # all-caps text never produces people by accident
        "ĐỒNG CHÍ NGUYỄN VĂN AN, BỘ TRƯỞNG BỘ CÔNG AN, PHÁT BIỂU",
        "Ông NGUYỄN VĂN AN phát biểu.",
        # a name-shaped run inside a quoted title, with no title before it
        "Cuốn sách “Lê Văn Tám ngọn đuốc sống” được tái bản.",
        # an office with no name
        "Phó Bí thư Tỉnh ủy đề nghị các cấp vào cuộc. Đồng chí yêu cầu rà soát.",
        # two syllables with no title: not enough evidence
        "Lê Lợi và Quang Trung là những anh hùng dân tộc.",
    ],
)
def test_places_organisations_and_other_words_are_not_people(text: str) -> None:
    assert find_people(text) == []


# ---------------------------------------------------------------- data and robustness


def test_title_lookup_is_case_and_tone_insensitive() -> None:
    titles = PhraseSet("person_titles.txt")
    assert "phó chủ tịch ubnd tỉnh" in titles
    assert "Uỷ viên Bộ Chính trị" in titles
    assert titles.suffix("Dự có Phó giám đốc".split()) == 3


# Pieces of text that exercise the finder's edges, for the property test.
_PIECES = (
    "Nguyễn Văn An A ông Đại tá Hà Nội , ; : Phó Chủ tịch “ ” \" ( ) \n . TP H' Y đường Sơn "
    "và UBND 1 Ủy viên ư các đồng chí Lê Thị"
).split(" ")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=5), max_size=40).map(" ".join))
def test_any_text_gives_valid_sorted_mentions(text: str) -> None:
    people = find_people(text)
    for p in people:
        assert text[p.start : p.end] == p.text
        assert p.name and p.text
        assert all(t for t in p.titles)
    assert [p.start for p in people] == sorted(p.start for p in people)
    assert all(a.end <= b.start for a, b in itertools.pairwise(people))  # no overlaps
    assert all(" " in p.name for p in people)  # a full name, never a bare given name


@given(st.text(max_size=200))
def test_arbitrary_unicode_never_raises(text: str) -> None:
    for p in find_people(text):
        assert text[p.start : p.end] == p.text


def _elapsed(text: str) -> float:
    return cpu_seconds(lambda: find_people(text))


@pytest.mark.parametrize(
    "unit",
    [
        "Nguyễn Văn Anh Trần ",  # one endless capitalised run
        "Nguyễn Văn Anh, ",  # an endless list of names
        "ông Hồ Văn An, Phó Chủ tịch; ",  # an endless list of titled names
        "Hà Nội ",  # an endless run of places
    ],
)
def test_time_is_linear_in_the_input(unit: str) -> None:
    n = 50_000 // len(unit.split())
    small, large = _elapsed(unit * n), _elapsed(unit * 2 * n)
    assert large < 0.5 + 3 * small  # doubling the input about doubles the time


@pytest.mark.parametrize(
    "text",
    [
        "A" + "a" * 100_000 + "1 Lê " + "Bb" * 50_000,
        "1" * 100_000,
        "Lê " + "Ab " * 50_000,
        "ông " * 50_000 + "Lê Văn A",
    ],
)
def test_long_inputs_do_not_blow_up(text: str) -> None:
    assert _elapsed(text) < 1.0


def test_time_is_linear_with_many_distinct_names() -> None:
    family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]
    middle = ["Văn", "Thị", "Minh", "Quốc", "Thanh", "Hữu", "Đức", "Ngọc", "Xuân", "Thu"]
    given = [chr(c) + "ai" for c in range(ord("A"), ord("Z") + 1)] + ["An", "Bình", "Cúc"]

    def roster(n: int) -> str:
        names = (f"{f} {m} {g}" for g in given * 9 for m in middle for f in family)
        return "".join(
            f"Ông {name}, Phó Giám đốc; ông {name.split()[-1]} nói. "
            for name in itertools.islice(names, n)
        )

    small, large = _elapsed(roster(5_000)), _elapsed(roster(10_000))
    assert large < 0.5 + 3 * small


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("Thiếu tướng, PGS.TS Hoàng Văn Quý, Giám đốc Học viện phát biểu.",
         ["Thiếu tướng", "PGS.TS", "Giám đốc Học viện"]),
        ("Dự có Đại tá, Tiến sĩ Đinh Thị Lụa cùng đoàn công tác.", ["Đại tá", "Tiến sĩ"]),
        # an office before the comma belongs to the person before it
        ("Ông Phạm Văn Tâm, Bộ trưởng, TS Lò Văn Hương cùng dự.", ["TS"]),
        # a rank with no academic title after the comma stays with its own clause
        ("Tham dự có Thượng tá, Trưởng phòng Vi Văn Lực.", ["Trưởng phòng"]),
    ],
)
def test_a_rank_then_a_comma_then_an_academic_title_chain(text: str, titles: list[str]) -> None:
    last = find_people(text)[-1]
    assert last.titles == tuple(titles)
