"""Session 11: newsroom credits in capitals are no author names."""

from __future__ import annotations

import pytest

from ttcorpus.clean import clean_article
from ttcorpus.clean.metadata import parse_byline

_BODY = (
    "Ủy ban nhân dân huyện tổ chức lễ ra quân làm đường giao thông nông thôn năm 2026 với "
    "sự tham gia của đông đảo nhân dân.\n"
    "Huyện phấn đấu hoàn thành 20 km đường bê tông trong năm, tập trung ở các xã vùng sâu."
)


@pytest.mark.parametrize(
    ("credit", "attribution"),
    [("NHÓM PV", None), ("NHÓM PHÓNG VIÊN", None), ("Nhóm Pv", None), ("PV/TTXVN", "TTXVN"),
     ("BAN BIÊN TẬP", None), ("Nhóm CTV", None)],
)
def test_a_newsroom_credit_in_any_case_names_no_author(credit: str,
                                                        attribution: str | None) -> None:
    byline = parse_byline(credit)
    assert byline is not None and byline.authors == ()
    assert byline.attribution == attribution
    article = clean_article(f"Ra quân làm đường giao thông\n{_BODY}\n{credit}")
    assert article.authors == []
    assert credit not in article.text


@pytest.mark.parametrize("name", ["NGUYỄN VĂN AN", "Hoàng Minh Phương"])
def test_a_personal_name_in_capitals_is_still_an_author(name: str) -> None:
    article = clean_article(f"Ra quân làm đường giao thông\n{_BODY}\n{name}")
    assert article.authors == [name.title() if name.isupper() else name]


@pytest.mark.parametrize(("line", "kind"), [("🔊 Nghe đọc", "widget"), ("🖨 In bài", "widget"),
                                            ("» Tin liên quan", "related")])
def test_an_icon_or_bullet_before_a_button_is_that_button(line: str, kind: str) -> None:
    article = clean_article(f"Ra quân làm đường giao thông\n{line}\n{_BODY}")
    assert [(r.text, r.kind) for r in article.removed if r.line == 2] == [(line, kind)]


def test_a_block_of_other_articles_is_related() -> None:
    article = clean_article(
        f"Ra quân làm đường giao thông\n{_BODY}\nBài viết khác\n"
        "Huyện đoàn ra quân mùa hè xanh\nHội Cựu chiến binh trao quà"
    )
    assert [r.kind for r in article.removed if r.line >= 4] == ["related"] * 3


@pytest.mark.parametrize("prefix", ["BT Lào Cai -", "BĐT Yên Bái –", "TTXVN -"])
def test_a_lead_prefix_of_a_code_and_its_place(prefix: str) -> None:
    lead = ("Sáng 14/5, Ủy ban nhân dân huyện tổ chức lễ ra quân làm đường giao thông nông "
            "thôn với sự tham gia của đông đảo nhân dân.")
    article = clean_article(f"Ra quân làm đường giao thông\n{prefix} {lead}\n{_BODY}")
    assert [(r.text, r.kind) for r in article.removed if r.line == 2] == [(prefix, "lead_prefix")]
    assert article.text.startswith("Sáng 14/5")
