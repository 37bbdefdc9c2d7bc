"""The cheap tests and shortcuts of ``ttcorpus.clean.article`` (session 11, "cart") agree
with the work they stand for."""

from __future__ import annotations

import random

import pytest

from ttcorpus.clean import article as a
from ttcorpus.clean.article import Unit

_LABELS = ["Trang chủ", "Thời sự", "TIN TỨC - SỰ KIỆN", "Pháp luật", "Báo Mẫu", "Góc nhìn",
           "Thể thao", "Kinh tế", "Thời sự", "Mới nhất",
           "Hội nghị tổng kết công tác năm 2024 của tỉnh và các huyện trong vùng", "Tìm kiếm",
           "12/03/2025 09:10", "Học tập và làm theo tấm gương Bác", "BÁO MẪU ĐIỆN TỬ"]
_KINDS = [None, None, None, None, "nav", "site", "section", "dateline"]


def _random_head(rng: random.Random) -> list[Unit]:
    units = []
    line = 1
    for _ in range(rng.randint(1, 12)):
        line += rng.choice((1, 1, 1, 1, 1, 2))
        text = rng.choice(_LABELS)
        units.append(Unit(line, text, 0, text.count(" ") + 1, rng.choice(_KINDS)))
    return units


def test_vertical_menu_is_empty_when_no_run_may_hold_one(
        monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(11)
    heads = [_random_head(rng) for _ in range(3000)]
    cases = [(units, [i for i, u in enumerate(units) if u.kind is None], len(units) - 1)
             for units in heads]
    found = [a._vertical_menu(*case) for case in cases]
    monkeypatch.setattr(a, "_may_hold_menu", lambda units, title_at: True)
    assert [a._vertical_menu(*case) for case in cases] == found
    assert sum(1 for menu in found if menu) > 50  # (some heads do hold a menu)


def test_body_bounds_with_the_opener_found_first() -> None:
    rng = random.Random(5)
    texts = ["Quang cảnh hội nghị", "Bạn có biết điều này không?",
             "Sáng 12/3, tại Hà Nội, Ban Chỉ đạo tổ chức hội nghị triển khai công tác năm 2024.",
             "Chia sẻ", "Minh Anh"]
    for _ in range(2000):
        units = []
        for n in range(rng.randint(1, 8)):
            t = rng.choice(texts)
            units.append(Unit(n, t, 0, t.count(" ") + 1, rng.choice([None, None, "dateline"]),
                              prose=rng.random() < 0.5, after_end=rng.random() < 0.1))
        opener = next((i for i, u in enumerate(units) if a._opens_body(u)), None)
        assert a._body_bounds(units, opener) == a._body_bounds(units)


def test_raw_line_is_the_line_of_the_split_page() -> None:
    rng = random.Random(3)
    for _ in range(20000):
        text = "".join(rng.choice("ab\r\n ") for _ in range(rng.randint(0, 12)))
        raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        for n in range(-1, 8):
            assert a._raw_line(text, n) == (raw[n - 1] if 0 < n <= len(raw) else None)


def test_spaced_crumb_needs_a_gap_on_the_page() -> None:
    us = [Unit(1, "Chính trị Xây dựng Đảng", 0, 5, "section"), Unit(2, "Tiêu đề", 0, 2)]
    section = us[0].text
    # a gap of a space and a no-break space counts only on a page with a double space
    assert a._last_spaced_crumb(us, 1, 2, "Chính trị \u00a0Xây dựng Đảng\nTiêu đề", section) is None
    assert a._last_spaced_crumb(
        us, 1, 2, "Chính trị \u00a0Xây dựng Đảng\nTiêu  đề", section) == "Xây dựng Đảng"
    assert a._last_spaced_crumb(us, 1, 2, "Chính trị  Xây dựng Đảng\nTiêu đề", section) == (
        "Xây dựng Đảng")


def test_portrait_name_and_is_portrait_agree() -> None:
    for text in ["Thứ trưởng Phạm Ngọc Thưởng.", "Bí thư Chi bộ Lâm Đồng", "Quang cảnh",
                 "Luật sư Trần Thị Bình", "Đại tá Lê Văn Minh, Giám đốc Công an tỉnh"]:
        assert a._is_portrait(text) == (a._portrait_name(text) is not None)


def test_clear_caches_empties_the_remembered_answers() -> None:
    a.clean_article("Tiêu đề bài\nSáng 12/3, tại Hà Nội, Ban Chỉ đạo tổ chức hội nghị "
                    "triển khai công tác năm 2024 tại trụ sở.\nMinh Anh")
    a.clear_caches()
    for cached in (a._is_notice, a._is_byline_shaped, a._portrait_name, a.name_and_unit,
                   a._site_worded, a._outlet_end):
        assert cached.cache_info().currsize == 0


def test_no_table_without_a_run_of_short_lines() -> None:
    rng = random.Random(7)
    texts = ["STT", "Chỉ tiêu", "1", "51.700", "Thu ngân sách", "Tỷ đồng", "29,8", "%",
             "Các chỉ tiêu trên đều vượt kế hoạch được giao năm nay.",
             "Trong năm, tỉnh đạt nhiều kết quả quan trọng về thu ngân sách, chi ngân sách và "
             "đầu tư công, tạo đà cho năm sau với nhiều dự án lớn được khởi công trên địa bàn."]
    seen = 0
    for _ in range(3000):
        units = []
        for k in range(rng.randint(2, 14)):
            t = rng.choice(texts)
            units.append(Unit(k, t, 0, t.count(" ") + 1, rng.choice([None, None, "counter"]),
                              prose=t.endswith(".")))
        last = len(units) - 1
        before = [(u.kind, u.table) for u in units]
        a._keep_cell_tables(units, 0, last)
        a._keep_table_cells(units, 0, last)
        changed = [(u.kind, u.table) for u in units] != before
        seen += changed
        assert not changed or a._short_run(units, 0, last)
    assert seen > 10  # (some runs are tables)
