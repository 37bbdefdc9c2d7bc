"""Agency vocabulary from probe round 12: short forms placed by the article, places that
open with a head word, levelled abbreviations, two-word codes, standing boards of party
committees, lower-case "phòng" after an office word and police department codes."""

from __future__ import annotations

import pytest

from ttcorpus.extract.agencies import find_agencies


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(a.name, a.canonical or "") for a in find_agencies(text)]


# ---------------------------------------------------------------- short forms placed


@pytest.mark.parametrize(
    ("text", "name", "canonical"),
    [
        ("Ban Dân tộc tỉnh Kon Tum báo cáo; Ban Dân tộc tỉnh đề xuất thêm.",
         "Ban Dân tộc tỉnh", "Ban Dân tộc tỉnh Kon Tum"),
        ("UBND tỉnh yêu cầu các sở. Sau đó UBND tỉnh Bình Phước ban hành kế hoạch.",
         "UBND tỉnh", "Ủy ban nhân dân tỉnh Bình Phước"),
        ("HĐND thành phố họp; HĐND thành phố Hải Phòng thông qua nghị quyết.",
         "HĐND thành phố", "Hội đồng nhân dân thành phố Hải Phòng"),
        ("Công an TP Cần Thơ phối hợp, Công an TP cho biết.",
         "Công an TP", "Công an thành phố Cần Thơ"),
        ("Ủy ban MTTQ tỉnh Quảng Bình chủ trì; Ủy ban MTTQ Việt Nam tỉnh phối hợp.",
         "Ủy ban MTTQ Việt Nam tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Bình"),
        ("Ban Thường vụ Huyện ủy Mường Tè họp; Ban Thường vụ Huyện ủy kết luận.",
         "Ban Thường vụ Huyện ủy", "Ban Thường vụ Huyện ủy Mường Tè"),
        ("Công an quận 3 phối hợp; Công an quận tiếp nhận.", "Công an quận", "Công an quận 3"),
    ],
)
def test_a_short_form_takes_the_one_placed_body(text: str, name: str, canonical: str) -> None:
    assert (name, canonical) in _pairs(text)


@pytest.mark.parametrize(
    ("text", "name", "canonical"),
    [
        # two places: left as it is
        ("UBND tỉnh Sơn La và UBND tỉnh Lai Châu ký kết; UBND tỉnh giao sở.",
         "UBND tỉnh", "Ủy ban nhân dân tỉnh"),
        # no placed body of the same name
        ("Sở Tư pháp tỉnh Hòa Bình cho biết UBND tỉnh đã chỉ đạo.",
         "UBND tỉnh", "Ủy ban nhân dân tỉnh"),
        # after "tỉnh" only a province is a place: a name caught there gives none
        ("Sở Y tế tỉnh Sa Pả Lìn cho biết; Sở Y tế tỉnh họp.", "Sở Y tế tỉnh", "Sở Y tế tỉnh"),
        # a commune level word is no level ending: communes spoken of in general
        ("UBND xã Tân Lập báo cáo; UBND xã phải rà soát.", "UBND xã", "Ủy ban nhân dân xã"),
    ],
)
def test_a_short_form_is_left_when_not_one_place(text: str, name: str, canonical: str) -> None:
    assert (name, canonical) in _pairs(text)


# ---------------------------------------------------------------- false bodies


@pytest.mark.parametrize(
    "text",
    [
        "Công ty Pegatron (Đài Loan) mở rộng nhà máy.",
        "Nhiều nhà đầu tư đến từ Đài Loan đã khảo sát.",
        "Dự án Khu du lịch Nhơn Hội Xanh được khởi công.",
        "Khu đô thị mới Vĩnh Hội Đông đang xây dựng.",
    ],
)
def test_places_that_open_with_a_head_word_are_no_body(text: str) -> None:
    assert find_agencies(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Đài Truyền hình Việt Nam đưa tin.", "Đài Truyền hình Việt Nam"),
        ("Tại Hội Cựu chiến binh tỉnh, các đại biểu thảo luận.", "Hội Cựu chiến binh tỉnh"),
        ("Hội Nông dân huyện tổ chức tập huấn.", "Hội Nông dân huyện"),
        ("Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh phối hợp.", "Hội Liên hiệp Phụ nữ tỉnh"),
        ("Ban Chấp hành Trung ương Hội Nông dân Việt Nam họp.",
         "Ban Chấp hành Trung ương Hội Nông dân Việt Nam"),
    ],
)
def test_bodies_with_the_same_head_words_stay(text: str, name: str) -> None:
    assert name in [n for n, _ in _pairs(text)]


# ---------------------------------------------------------------- abbreviations and codes


def test_a_levelled_abbreviation_is_a_body_and_expands() -> None:
    pairs = _pairs("Đảng ủy CATP giao nhiệm vụ; CATP Đà Nẵng và CATP triển khai.")
    assert ("CATP Đà Nẵng", "Công an thành phố Đà Nẵng") in pairs
    assert ("Đảng ủy CATP", "Đảng ủy Công an thành phố") in pairs  # no placed one
    assert ("CATP", "Công an thành phố Đà Nẵng") in pairs


def test_a_two_word_code_in_brackets_names_the_body() -> None:
    text = "Ban Quản lý Khu kinh tế Dung Quất (BQL KKT) đề xuất. Theo BQL KKT, tiến độ chậm."
    assert ("BQL KKT", "Ban Quản lý Khu kinh tế Dung Quất") in _pairs(text)


def test_a_body_abbreviation_in_brackets_is_no_code() -> None:
    text = "Ủy ban nhân dân thành phố (UBND TP) chỉ đạo."
    assert ("UBND TP", "Ủy ban nhân dân thành phố") in _pairs(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qua nắm tình hình, PC06 phát hiện vi phạm.", ("PC06", "PC06")),
        ("Thiếu tá A, Phó Trưởng phòng PC02 Công an tỉnh Yên Bái, cho biết.",
         ("phòng PC02 Công an tỉnh Yên Bái", "Phòng PC02 Công an tỉnh Yên Bái")),
    ],
)
def test_police_department_codes(text: str, expected: tuple[str, str]) -> None:
    assert expected in _pairs(text)


def test_a_police_code_defined_in_brackets_is_its_department() -> None:
    text = "Phòng Cảnh sát hình sự (PC02) chủ trì; PC02 đã bắt giữ hai đối tượng."
    assert _pairs(text)[-1] == ("PC02", "Phòng Cảnh sát hình sự")


@pytest.mark.parametrize("text", ["Máy tính PC02X giá rẻ.", "Mã hồ sơ 12/PC04 lưu tại kho."])
def test_a_code_inside_a_longer_code_is_no_body(text: str) -> None:
    assert find_agencies(text) == []


# ---------------------------------------------------------------- standing boards, offices


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Thường trực Huyện ủy làm việc với xã.", ["Thường trực Huyện ủy"]),
        ("Bà C, Phó Bí thư Thường trực Tỉnh ủy, phát biểu.", ["Tỉnh ủy"]),
        ("Thường trực HĐND tỉnh giám sát.", ["Thường trực HĐND tỉnh"]),
    ],
)
def test_the_standing_board_of_a_party_committee(text: str, names: list[str]) -> None:
    assert [n for n, _ in _pairs(text)] == names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông D, Trưởng phòng Quản lý đô thị, Sở Xây dựng cho biết.",
         ("phòng Quản lý đô thị", "Phòng Quản lý đô thị")),
        ("Bà E, Phó phòng Tổ chức cán bộ, phát biểu.",
         ("phòng Tổ chức cán bộ", "Phòng Tổ chức cán bộ")),
        ("Ông F, Trưởng phòng Tài chính - Kế hoạch huyện Tân Kỳ, cho biết.",
         ("phòng Tài chính - Kế hoạch huyện Tân Kỳ", "Phòng Tài chính - Kế hoạch huyện Tân Kỳ")),
    ],
)
def test_a_lower_case_phong_after_an_office_word(text: str, expected: tuple[str, str]) -> None:
    assert expected in _pairs(text)


@pytest.mark.parametrize(
    "text", ["Ông G, Trưởng phòng nghiệp vụ, phát biểu.", "Các Trưởng phòng, Phó phòng dự họp."]
)
def test_a_lower_case_phong_without_a_name_is_no_body(text: str) -> None:
    assert find_agencies(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ông H, Trưởng phòng Phòng Nội vụ huyện Đô Lương, phát biểu.",
         ["Phòng Nội vụ huyện Đô Lương"]),
        ("Bà K, Trưởng ban Ban Dân vận Huyện ủy, dự họp.", ["Ban Dân vận Huyện ủy"]),
    ],
)
def test_an_office_word_before_the_bodys_own_head(text: str, names: list[str]) -> None:
    assert [n for n, _ in _pairs(text)] == names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another body of the same level names a second province: the short form stays
        ("Ban Thường vụ Tỉnh ủy Nam Định làm việc với UBND tỉnh Thái Bình; UBND tỉnh cho biết.",
         "Ủy ban nhân dân tỉnh"),
        # a district named beside the province does not count against it
        ("UBND tỉnh Yên Bái và UBND huyện Lục Yên phối hợp; UBND tỉnh chỉ đạo.",
         "Ủy ban nhân dân tỉnh Yên Bái"),
    ],
)
def test_a_short_form_takes_a_place_only_when_its_level_names_one(
    text: str, expected: str
) -> None:
    assert [a.canonical for a in find_agencies(text)][-1] == expected
