"""Session 6 fixes to agencies and document references: departments whose names hold a
comma, a steering board's topic that would end on a verb, the offices "Tổng Kiểm toán
nhà nước"/"Tổng Thanh tra" as issuers, long issuer segments of a joint code."""

from __future__ import annotations

import pytest

from ttcorpus.extract.agencies import find_agencies
from ttcorpus.extract.docrefs import find_doc_refs


def _agencies(text: str) -> list[str]:
    return [a.name for a in find_agencies(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ministry's department whose name holds a comma (agencies.tsv)
        ("Sở Y tế đề nghị Cục Quản lý Khám, chữa bệnh hỗ trợ chuyên môn.",
         ["Sở Y tế", "Cục Quản lý Khám, chữa bệnh"]),
        ("Theo Cục Quản lý khám, chữa bệnh (Bộ Y tế), số ca bệnh giảm.",
         ["Cục Quản lý khám, chữa bệnh", "Bộ Y tế"]),
        ("Đại diện Cục Quản lý Y, Dược cổ truyền phát biểu.", ["Cục Quản lý Y, Dược cổ truyền"]),
        ("Cục Phòng, chống HIV/AIDS vừa công bố số liệu.", ["Cục Phòng, chống HIV/AIDS"]),
        # negative: a list of two departments stays two bodies
        ("Cục Quản lý Dược, Cục An toàn thực phẩm cùng kiểm tra.",
         ["Cục Quản lý Dược", "Cục An toàn thực phẩm"]),
        # a steering board's topic never ends on a clause verb
        ("Tỉnh đã kiện toàn Ban Chỉ đạo thực hiện Nghị quyết số 12-NQ/TU của Tỉnh ủy.",
         ["Ban Chỉ đạo", "Tỉnh ủy"]),
        ("Ban Chỉ đạo triển khai Đề án 06 của huyện họp phiên thứ hai.", ["Ban Chỉ đạo"]),
        ("Ban Quản lý dự án thực hiện Dự án cầu Rạch Miễu.", ["Ban Quản lý dự án"]),
        # negative: a lower-case topic opened by the verb stays whole
        ("Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở tỉnh Quảng Trị họp.",
         ["Ban Chỉ đạo thực hiện quy chế dân chủ"]),
        ("Ban Chỉ đạo phòng, chống tham nhũng của tỉnh họp.",
         ["Ban Chỉ đạo phòng, chống tham nhũng"]),
    ],
)
def test_agency_names(text: str, expected: list[str]) -> None:
    assert _agencies(text) == expected


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Quyết định số 25/QĐ-KTNN ngày 5/1/2024 của Tổng Kiểm toán nhà nước về kế hoạch.",
         "Tổng Kiểm toán nhà nước"),
        ("Quyết định số 25/QĐ-KTNN của Kiểm toán Nhà nước về kế hoạch kiểm toán.",
         "Kiểm toán Nhà nước"),
        ("Quyết định số 25/QĐ-KTNN của Kiểm toán nhà nước về kế hoạch kiểm toán.",
         "Kiểm toán nhà nước"),
        ("Quyết định số 31/QĐ-TTCP của Tổng Thanh tra Chính phủ về việc thanh tra.",
         "Tổng Thanh tra Chính phủ"),
        ("Tổng Kiểm toán Nhà nước đã ký Quyết định số 25/QĐ-KTNN về kiểm toán.",
         "Tổng Kiểm toán Nhà nước"),
        ("Phó Tổng Thanh tra Chính phủ đã ký Quyết định số 31/QĐ-TTCP về thanh tra.",
         "Phó Tổng Thanh tra Chính phủ"),
        # negative: a lower-case word after a ministry's name is not part of it
        ("Quyết định số 7/QĐ-BTC của Bộ Tài chính toàn văn như sau.", "Bộ Tài chính"),
    ],
)
def test_issuers(text: str, issuer: str) -> None:
    assert [r.issuer for r in find_doc_refs(text)] == [issuer]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Nghị quyết liên tịch số 9/2021/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN về giám sát.",
         "NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN"),
        ("Thông tư liên tịch số 2/2022/TTLT-BCA-ĐCTUBTWMTTQVN-BQP quy định.",
         "TTLT-BCA-ĐCTUBTWMTTQVN-BQP"),
        # negative: ordinary and many-segment codes are unchanged
        ("Quy chế số 1/2017/QCPH-VKSNDTC-TANDTC-BCA-BQP-BTC được ký.",
         "QCPH-VKSNDTC-TANDTC-BCA-BQP-BTC"),
        ("Nghị định số 100/2019/NĐ-CP quy định xử phạt.", "NĐ-CP"),
        ("Chỉ thị số 05-CT/TW của Bộ Chính trị.", "CT/TW"),
    ],
)
def test_joint_codes(text: str, code: str) -> None:
    assert [r.code for r in find_doc_refs(text)] == [code]


def test_code_word_too_long_is_no_segment() -> None:
    """A run of more than ``_MAX_CODE_WORD`` letters after a dash is no issuer segment;
    the code still ends before it (the word guard)."""
    refs = find_doc_refs("Nghị định số 5/2020/NĐ-CP-ABCDEFGHIJKLMNOPQRS quy định.")
    assert [r.code for r in refs] == ["NĐ-CP"]
