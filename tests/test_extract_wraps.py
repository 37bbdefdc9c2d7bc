"""Extraction on a hard-wrapped page: the clean text keeps the input lines, and the
finders read the line breaks inside a paragraph (``clean.wraps.soft_breaks``) as
spaces, so a name, an agency or a document number cut at a line end is found whole;
its offsets and text are those of the clean text (the break included)."""

from __future__ import annotations

import textwrap

import pytest

from ttcorpus.pipeline import process_record

PARAGRAPHS = [
    "Sáng 14/10, Ban Thường vụ Huyện ủy Yên Sơn tổ chức hội nghị sơ kết việc thực hiện "
    "Chỉ thị số 05-CT/TU ngày 3/4/2024 của Ban Thường vụ Tỉnh ủy. Đồng chí Lương Thị Mai "
    "Hoa, Phó Bí thư Thường trực Huyện ủy, chủ trì hội nghị.",
    "Theo báo cáo của Ban Tuyên giáo Huyện ủy, các chi bộ đã tổ chức quán triệt chỉ thị "
    "tới toàn thể đảng viên; Ủy ban Mặt trận Tổ quốc Việt Nam huyện phối hợp với các đoàn "
    "thể vận động nhân dân thực hiện.",
    "Phát biểu kết luận, đồng chí Lương Thị Mai Hoa đề nghị các cấp ủy tiếp tục thực hiện "
    "nghiêm Kế hoạch số 112-KH/HU ngày 20/5/2024 và báo cáo kết quả trước ngày 30/11.",
]


def _page(width: int) -> str:
    # (a wrap inside a code, "05-" / "CT/TU", stays a break: the text keeps it)
    body = [line for p in PARAGRAPHS for line in textwrap.wrap(p, width, break_on_hyphens=False)]
    return "\n".join(
        ["TRANG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN SƠN", "Trang chủ | Tin tức | Văn bản",
         "Sơ kết Chỉ thị số 05-CT/TU về công tác dân vận", *body,
         "Ban Tuyên giáo Huyện ủy", "Tin liên quan:", "- Hội nghị Ban Chấp hành Đảng bộ huyện"]
    )


@pytest.mark.parametrize("width", [58, 66, 72, 80, 90])
def test_names_cut_at_a_line_end_are_found_whole(width: int) -> None:
    r = process_record({"id": "w", "text": _page(width)})
    text = r["text"]
    assert "\n" in text and len(text.split("\n")) > len(PARAGRAPHS)  # lines kept
    for kind in ("dates", "people", "agencies", "doc_refs"):
        for m in r[kind]:
            assert text[m["start"] : m["end"]] == m["text"]
    assert {p["name"] for p in r["people"]} == {"Lương Thị Mai Hoa"}
    assert {d["id"] for d in r["doc_refs"]} >= {"05-CT/TU", "112-KH/HU"}
    names = {a["name"] for a in r["agencies"]}
    assert {"Ban Tuyên giáo Huyện ủy", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện"} <= names
    assert {"--10-14", "2024-04-03", "--11-30"} <= {d["value"] for d in r["dates"]}


def test_an_ordinary_page_has_no_soft_breaks() -> None:
    r = process_record({"id": "p", "text": "Tiêu đề\n" + "\n".join(PARAGRAPHS)})
    assert r["text"].split("\n") == PARAGRAPHS
    assert all("\n" not in m["text"] for k in ("people", "agencies") for m in r[k])
