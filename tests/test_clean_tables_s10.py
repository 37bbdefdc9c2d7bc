"""Tables set one cell per line stay whole in batch runs, where their cells ("2",
"Đơn vị") also appear in other articles of the input (the repeated-lines rule)."""

from ttcorpus.clean import clean_article

LEAD = "Sáng 3/6, Sở Tài chính tỉnh công bố số liệu giải ngân vốn đầu tư công của các ngành."
AFTER = "Sở đề nghị các đơn vị đẩy nhanh tiến độ giải ngân trong những tháng cuối năm nay."


def _page(cells: list[str]) -> str:
    return "\n".join(["Giải ngân vốn đầu tư công", LEAD, *cells, AFTER])


TABLE = ["STT", "Đơn vị", "Kế hoạch", "Đã giải ngân",
         "1", "Sở Y tế", "1.250", "61,5",
         "2", "Sở Giáo dục", "980", "47,2",
         "3", "Sở Xây dựng", "2.400", "38,9"]


def _removed(text: str, repeated: frozenset[str]) -> list[str]:
    return [r.text for r in clean_article(text, repeated=repeated).removed if r.kind != "title"]


def test_table_then_source_line_keeps_repeated_cells() -> None:
    page = _page([*TABLE, "Nguồn: Sở Tài chính"])
    assert _removed(page, frozenset({"2", "3", "đơn vị"})) == []


def test_table_with_a_last_row_of_another_shape() -> None:
    page = _page([*TABLE, "Tổng cộng", "", "giảm 2", "(ước) 45"])
    assert _removed(page, frozenset({"đơn vị", "tổng cộng"})) == []


def test_bare_number_repeated_across_articles_stays_in_the_body() -> None:
    page = "\n".join(["Tiêu đề bài", LEAD, "2", AFTER])
    assert "2" not in _removed(page, frozenset({"2"}))


def test_repeated_label_outside_a_table_still_goes() -> None:
    page = "\n".join(["Tiêu đề bài", LEAD, "Quảng cáo trực tuyến", AFTER])
    removed = clean_article(page, repeated=frozenset({"quảng cáo trực tuyến"})).removed
    assert ("Quảng cáo trực tuyến", "repeated") in [(r.text, r.kind) for r in removed]
