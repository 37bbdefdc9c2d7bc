"""People rules from the ninth probe of unseen sites (new sentences, not the probe pages):
ethnic-minority family names, audit, court and procuracy titles, and the village named
after a village office."""

from __future__ import annotations

import pytest

from ttcorpus.extract import find_agencies, find_people, outside_agencies


def people(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(p.name, p.titles) for p in find_people(text)]


# ---------------------------------------------------------------- family names


@pytest.mark.parametrize(
    "text, name, titles",
    [
        (
            "Dự buổi làm việc có đồng chí Xồng Văn Chư, Phó Chủ tịch UBND huyện.",
            "Xồng Văn Chư",
            ("đồng chí", "Phó Chủ tịch UBND huyện"),
        ),
        ("Chủ tịch UBND xã Moong Thị Lan cho biết xã đã hoàn thành.", "Moong Thị Lan", None),
        ("Đại biểu Chíu Văn Sinh đề nghị tỉnh quan tâm hơn.", "Chíu Văn Sinh", ("Đại biểu",)),
        ("Bà Khang Thị Mỷ, Trưởng ban Dân vận Huyện ủy, phát biểu.", "Khang Thị Mỷ", None),
        ("Ông Điêu Chính Tâm, già làng bản Mường Lay, kể lại.", "Điêu Chính Tâm", None),
        ("Đồng chí Briu Văn Hoa, Bí thư Huyện ủy Tây Giang, chủ trì.", "Briu Văn Hoa", None),
        ("Ông Đèo Văn Sa kể về lịch sử bản.", "Đèo Văn Sa", ("Ông",)),
    ],
)
def test_ethnic_minority_family_names(
    text: str, name: str, titles: tuple[str, ...] | None
) -> None:
    found = people(text)
    assert [n for n, _ in found] == [name]
    if titles is not None:
        assert found[0][1] == titles


def test_a_party_committee_stops_before_its_secretary() -> None:
    text = "Phát biểu tại hội nghị, Bí thư Huyện ủy Xồng Văn Chư nhấn mạnh ba nhiệm vụ."
    agencies = find_agencies(text)
    assert [a.text for a in agencies] == ["Huyện ủy"]
    assert [p.name for p in outside_agencies(find_people(text), agencies)] == ["Xồng Văn Chư"]


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn xe vượt Đèo Pha Đin trong mưa.",  # a mountain pass, not the Thai family name
        "Tuyến đường qua Đèo Hải Vân đã thông xe.",
        "Trên Đèo Ô Quy Hồ, sương mù dày đặc.",
    ],
)
def test_a_conditional_family_name_needs_a_title(text: str) -> None:
    assert people(text) == []


# ---------------------------------------------------------------- titles


@pytest.mark.parametrize(
    "text, name, title",
    [
        ("Kiểm toán trưởng Lê Quang Hòa trình bày báo cáo.", "Lê Quang Hòa", "Kiểm toán trưởng"),
        (
            "Có mặt tại buổi làm việc có Kiểm toán trưởng KTNN khu vực XI Trần Minh Đức; "
            "lãnh đạo các sở.",
            "Trần Minh Đức",
            "Kiểm toán trưởng KTNN khu vực XI",
        ),
        ("Phó Kiểm toán trưởng Hồ Thị Thu nói.", "Hồ Thị Thu", "Phó Kiểm toán trưởng"),
        ("Kiểm toán viên chính Ngô Đức Lợi cho biết.", "Ngô Đức Lợi", "Kiểm toán viên chính"),
        ("Kiểm toán viên Phan Thị Yến giải trình.", "Phan Thị Yến", "Kiểm toán viên"),
        ("Tổng Kiểm toán nhà nước Đinh Văn Bảo kết luận.", "Đinh Văn Bảo",
         "Tổng Kiểm toán nhà nước"),
        ("Phó Tổng Kiểm toán Lương Văn Sáu dự.", "Lương Văn Sáu", "Phó Tổng Kiểm toán"),
        ("Kiểm sát viên cao cấp Vũ Thị Hằng đọc cáo trạng.", "Vũ Thị Hằng",
         "Kiểm sát viên cao cấp"),
        ("Thẩm phán trung cấp Đỗ Văn Khôi chủ tọa phiên tòa.", "Đỗ Văn Khôi",
         "Thẩm phán trung cấp"),
        ("Kiểm sát viên Bùi Văn Lộc giữ quyền công tố.", "Bùi Văn Lộc", "Kiểm sát viên"),
        ("Chánh án Tạ Văn Mạnh tuyên án.", "Tạ Văn Mạnh", "Chánh án"),
        ("Phó Viện trưởng Cao Thị Nhung phát biểu.", "Cao Thị Nhung", "Phó Viện trưởng"),
    ],
)
def test_audit_court_and_procuracy_titles(text: str, name: str, title: str) -> None:
    assert people(text) == [(name, (title,))]


# ---------------------------------------------------------------- village offices


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a commune after the run: the village's name
            "Bà Giàng Thị Dua, Trưởng bản Lò Lò Phìn, xã Sín Chéng, cho biết.",
            [("Giàng Thị Dua", ("Bà", "Trưởng bản Lò Lò Phìn"))],
        ),
        (  # the office is the appositive of an earlier name
            "Ông Vàng Seo Páo, Trưởng thôn Lô Lô Cáo cho biết thêm.",
            [("Vàng Seo Páo", ("Ông", "Trưởng thôn Lô Lô Cáo"))],
        ),
        (
            "Ông Lù Văn Hạ, Trưởng xóm Sần Sán Chải (xã Bản Phố) kể lại.",
            [("Lù Văn Hạ", ("Ông", "Trưởng xóm Sần Sán Chải"))],
        ),
    ],
)
def test_the_run_after_a_village_office_is_the_village(
    text: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text, name",
    [
        # no commune after it and no name before the office: its holder
        ("Trưởng thôn Sùng Seo Cáo cho biết cả thôn đã thoát nghèo.", "Sùng Seo Cáo"),
        ("Tại buổi gặp, Trưởng bản Lò Mí Say kể về con đường mới.", "Lò Mí Say"),
        # a common middle name: a person even before a commune
        ("Trưởng thôn Nguyễn Văn Thắng, xã Tân Lập cho biết.", "Nguyễn Văn Thắng"),
        ("Ông Hà Văn Tư, Trưởng bản Lò Văn Pọm cho biết.", "Hà Văn Tư"),
    ],
)
def test_a_holder_after_a_village_office_stays_a_person(text: str, name: str) -> None:
    assert name in [n for n, _ in people(text)]


def test_a_commune_after_a_village_office_keeps_an_ordinary_place_reading() -> None:
    # an office of a commune, not a village: the name after it is a person
    text = "Chủ tịch UBND xã Đặng Văn Nghĩa, huyện Bảo Lâm cho biết."
    assert [n for n, _ in people(text)] == ["Đặng Văn Nghĩa"]
