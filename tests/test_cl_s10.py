"""Session 10 (cl): a line repeated only because its article is in the input several
times (re-scrapes, syndicated or re-wrapped copies) is no chrome in the body."""

from __future__ import annotations

import pytest

from ttcorpus.clean import clean_article
from ttcorpus.clean.article import COPIES_ONLY
from ttcorpus.normalize import fold
from ttcorpus.pipeline import article_sentences, copy_groups, count_repeated_lines

HEAD = "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MINH LONG\nTrang chủ | Tin tức | Văn bản | Liên hệ\n"
FOOT = "Bản quyền thuộc Cổng thông tin điện tử huyện Minh Long\nĐiện thoại: 0255.3812.345"
P1 = ("Sáng nay, Huyện ủy Minh Long tổ chức hội nghị sơ kết công tác sáu tháng đầu năm "
      "với sự tham dự của đông đảo cán bộ chủ chốt các xã.")
P2 = ("Báo cáo tại hội nghị cho biết, tổng thu ngân sách trên địa bàn đạt hơn tám mươi "
      "phần trăm dự toán, nhiều chỉ tiêu vượt kế hoạch đề ra.")
WRAP_A = "Đồng chí Bí thư đề nghị thực hiện nghiêm Kết luận số 21-KL/TW của Ban"
WRAP_B = "Chấp hành Trung ương về xây dựng, chỉnh đốn Đảng trong tình hình mới."
P3 = ("Hội nghị cũng thống nhất các giải pháp trọng tâm cho sáu tháng cuối năm, trong đó "
      "chú trọng cải cách hành chính và chuyển đổi số ở cấp xã.")


def page(lead: str = P1, wrapped: bool = False) -> str:
    body = [lead, P2, WRAP_A, WRAP_B, P3]
    text = "\n".join(body)
    if wrapped:  # the same article, hard-wrapped: its lines differ, its sentences not
        words = text.split(" ")
        text = "\n".join(" ".join(words[k : k + 12]) for k in range(0, len(words), 12))
        text = text.replace(WRAP_A.split(" ")[0], "\n" + WRAP_A.split(" ")[0], 1)
    return f"{HEAD}Huyện ủy Minh Long sơ kết công tác sáu tháng\n{text}\n{FOOT}"


OTHER_LEADS = [
    "Chiều qua, Ủy ban nhân dân huyện Minh Long làm việc với đoàn công tác của tỉnh về "
    "tiến độ giải ngân vốn đầu tư công năm nay.",
    "Tuần qua, Công an huyện Minh Long ra quân bảo đảm trật tự an toàn giao thông trên "
    "các tuyến đường liên xã trong mùa mưa bão.",
    "Ngày 12/5, Hội Nông dân huyện Minh Long tổ chức tập huấn kỹ thuật trồng cây ăn quả "
    "cho hơn một trăm hội viên của bốn xã vùng cao.",
]


def other(lead: str) -> str:
    return f"{HEAD}Tin ngắn trong huyện\n{lead}\n{FOOT}"


def body_lines(text: str, repeated: frozenset[str]) -> str:
    return clean_article(text, repeated=repeated).text


@pytest.mark.parametrize(
    "copies",
    [
        [page(), page(), page()],  # the same page scraped three times
        [page(), page(wrapped=True), page(), page()],  # … one of them hard-wrapped
        [page(), page(lead=P1 + " Đây là bản cập nhật."), page(), other(OTHER_LEADS[0])],
    ],
)
def test_wrapped_body_piece_of_copies_stays(copies: list[str]) -> None:
    repeated = count_repeated_lines(copies)
    assert fold(WRAP_A) in repeated and COPIES_ONLY + fold(WRAP_A) in repeated
    assert "Kết luận số 21-KL/TW" in body_lines(copies[0], repeated)


@pytest.mark.parametrize("n_copies", [1, 3])
def test_chrome_of_different_articles_still_goes(n_copies: int) -> None:
    texts = [page()] * n_copies + [other(lead) for lead in OTHER_LEADS]
    repeated = count_repeated_lines(texts)
    key = fold("Bản quyền thuộc Cổng thông tin điện tử huyện Minh Long")
    assert key in repeated and COPIES_ONLY + key not in repeated


def test_copies_only_line_stays_chrome_in_the_tail() -> None:
    related = "- Minh Long: Ra mắt mô hình dân vận khéo"
    texts = [page().replace(FOOT, "Tin liên quan:\n" + related + "\n" + FOOT)] * 3
    repeated = count_repeated_lines(texts)
    removed = clean_article(texts[0], repeated=repeated).removed
    assert any(r.text == related for r in removed)


@pytest.mark.parametrize(
    ("texts", "groups"),
    [
        ([page(), page(wrapped=True)], [0, 0]),
        ([page(), other(OTHER_LEADS[0]), other(OTHER_LEADS[1])], [0, 1, 2]),
        # one shared sentence (a notice) does not make two articles copies
        ([P1 + " Ngắn.", P1 + " Khác hẳn."], [0, 1]),
        (["", "Không câu."], [0, 1]),
    ],
)
def test_copy_groups(texts: list[str], groups: list[int]) -> None:
    assert copy_groups(texts) == groups


def test_article_sentences_ignore_wrapping_and_short_pieces() -> None:
    one = article_sentences(f"Tin vắn.\n{WRAP_A}\n{WRAP_B}")
    assert one == frozenset({f"{WRAP_A} {WRAP_B}"})
    assert article_sentences("Trang chủ | Tin tức | Liên hệ") == frozenset()


def test_no_quadratic_work_on_a_long_text_without_full_stops() -> None:
    text = "chữ " * 200_000
    assert article_sentences(text) == frozenset()
