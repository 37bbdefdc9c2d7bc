"""Document references and relations in shapes met on new sites (session 5b): a cue
after a comma that reaches back across a title clause, an issuer or subject shared by a
coordinated list of documents of one kind, joint codes with many issuer segments, and a
subject body whose name opens with "Cơ quan"."""

from __future__ import annotations

import pytest

from ttcorpus.extract.agencies import find_agencies
from ttcorpus.extract.docrefs import find_doc_refs
from ttcorpus.extract.issuers import fill_subject_issuers
from ttcorpus.extract.relations import find_doc_relations
from ttcorpus.extract.resolve import resolve_doc_refs


def _relations(text: str) -> list[tuple[str, str | None, str | None]]:
    refs = resolve_doc_refs(find_doc_refs(text))
    return [(r.relation, refs[r.source].id, refs[r.target].id)
            for r in find_doc_relations(text, refs)]


def _attributes(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(r.id, r.issuer, r.term) for r in find_doc_refs(text)]


# ---------------------------------------------------------------- relations across a title


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # passive across a title naming a document of another type (a circular cannot
        # amend a law: the unnumbered "Luật" is not what is meant)
        ("Thông tư số 12/2019/TT-BTC ngày 5/3/2019 của Bộ Tài chính hướng dẫn thi hành Luật "
         "Quản lý thuế, được sửa đổi, bổ sung bởi Thông tư số 40/2021/TT-BTC.",
         [("amends", "40/2021/TT-BTC", "12/2019/TT-BTC")]),
        ("Nghị định số 20/2018/NĐ-CP quy định về xử phạt trong lĩnh vực Luật Giao thông "
         "đường bộ, được thay thế bởi Nghị định số 88/2022/NĐ-CP.",
         [("replaces", "88/2022/NĐ-CP", "20/2018/NĐ-CP")]),
        # an active verb after a comma inside the "về …" title: the source is before it
        ("Huyện ủy ban hành Quy chế số 05-QC/HU về làm việc của Ban Chấp hành, Ban Thường "
         "vụ, thay thế Quy chế số 02-QC/HU năm 2020.",
         [("replaces", "05-QC/HU", "02-QC/HU")]),
        ("Bộ Công an ban hành Thông tư số 08/2023/TT-BCA về quản lý con dấu, sửa đổi, bổ "
         "sung Thông tư số 02/2019/TT-BCA.",
         [("amends", "08/2023/TT-BCA", "02/2019/TT-BCA")]),
        ("HĐND tỉnh thông qua Nghị quyết số 25/2024/NQ-HĐND về học phí, thay thế Nghị "
         "quyết số 20/2023/NQ-HĐND.",
         [("replaces", "25/2024/NQ-HĐND", "20/2023/NQ-HĐND")]),
        ("Thông tư số 3/2022/TT-BYT quy định về khám bệnh, hướng dẫn thi hành Nghị định số "
         "15/2021/NĐ-CP.",
         [("details", "3/2022/TT-BYT", "15/2021/NĐ-CP")]),
    ],
)
def test_cue_across_a_title(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _relations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the title names a document of the agent's type: it may be the one amended
        "Nghị định 43/2015/NĐ-CP quy định chi tiết Nghị định khung, đã được sửa đổi bởi "
        "Nghị định 11/2019/NĐ-CP.",
        # "implements" is not read across a title: the verbs of a title chain there
        "Kế hoạch số 20-KH/TU về công tác cán bộ, thực hiện Nghị quyết số 21-NQ/TW.",
        # a sentence break, not a comma
        "Quy định số 11-QĐ/TU về công tác dân vận. Thay thế Quy định số 03-QĐ/TU là yêu "
        "cầu mới.",
        # another subject between the comma and the verb
        "Nghị quyết số 15-NQ/TU về phát triển du lịch, các huyện thay thế Kế hoạch số "
        "3-KH/UBND.",
        # no title opener after the source
        "Quyết định số 7/QĐ-UBND và các văn bản liên quan, thay thế Quyết định số 2/QĐ-UBND.",
    ],
)
def test_no_cue_across_a_title(text: str) -> None:
    assert _relations(text) == []


# ---------------------------------------------------------------- shared issuer and term


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an issuer and term stated after the last of a list of one type
        ("Đồng chí Hà phổ biến Chỉ thị số 41-CT/TW, Chỉ thị số 42-CT/TW của Ban Bí thư khóa "
         "XIII tới đảng viên.",
         [("41-CT/TW", "Ban Bí thư", "XIII"), ("42-CT/TW", "Ban Bí thư", "XIII")]),
        ("Thực hiện Quyết định số 1/QĐ-UBND, Quyết định số 2/QĐ-UBND và Quyết định số "
         "3/QĐ-UBND của UBND tỉnh Nghệ An, huyện đã triển khai.",
         [("1/QĐ-UBND", "UBND tỉnh Nghệ An", None), ("2/QĐ-UBND", "UBND tỉnh Nghệ An", None),
          ("3/QĐ-UBND", "UBND tỉnh Nghệ An", None)]),
        # a subject shared across the first document's title clause
        ("Quốc hội đã thông qua Luật số 31/2024/QH15 về đất đai, và Luật số 33/2024/QH15 về "
         "nhà ở.",
         [("31/2024/QH15", "Quốc hội", None), ("33/2024/QH15", "Quốc hội", None)]),
        ("HĐND huyện đã thông qua Nghị quyết số 4/2023/NQ-HĐND về đầu tư công và Nghị quyết "
         "số 9/2023/NQ-HĐND.",
         [("4/2023/NQ-HĐND", "HĐND huyện", None), ("9/2023/NQ-HĐND", "HĐND huyện", None)]),
    ],
)
def test_list_shares_issuer(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _attributes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each member states its own issuer: kept
        ("Quán triệt Kết luận số 14-KL/TW của Bộ Chính trị, Kết luận số 21-KL/TW của Ban "
         "Chấp hành Trung ương.",
         [("14-KL/TW", "Bộ Chính trị", None), ("21-KL/TW", "Ban Chấp hành Trung ương", None)]),
        # another type
        ("Quán triệt Chỉ thị số 05-CT/TW, Kết luận số 01-KL/TW của Bộ Chính trị.",
         [("05-CT/TW", None, None), ("01-KL/TW", "Bộ Chính trị", None)]),
        # codes naming other issuers
        ("Theo Nghị quyết số 12/NQ-HĐND, Nghị quyết số 4/NQ-CP của Chính phủ.",
         [("12/NQ-HĐND", None, None), ("4/NQ-CP", "Chính phủ", None)]),
        # a sentence break after the title
        ("HĐND tỉnh đã thông qua Nghị quyết số 25/2024/NQ-HĐND về học phí. Nghị quyết số "
         "31/2024/NQ-HĐND có hiệu lực.",
         [("25/2024/NQ-HĐND", "HĐND tỉnh", None), ("31/2024/NQ-HĐND", None, None)]),
        # across a title, another type
        ("Chính phủ ban hành Nghị định số 100/2019/NĐ-CP về xử phạt, và Thông tư số "
         "10/2020/TT-BCA hướng dẫn.",
         [("100/2019/NĐ-CP", "Chính phủ", None), ("10/2020/TT-BCA", None, None)]),
        # across a title, no join before the next document
        ("HĐND tỉnh thông qua Nghị quyết số 25/2024/NQ-HĐND về học phí, thay thế Nghị quyết "
         "số 20/2023/NQ-HĐND.",
         [("25/2024/NQ-HĐND", "HĐND tỉnh", None), ("20/2023/NQ-HĐND", None, None)]),
    ],
)
def test_list_keeps_issuers(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _attributes(text) == expected


def test_agency_subject_shared_across_a_title() -> None:
    text = ("Đảng ủy Quân khu 7 đã ban hành Kế hoạch số 12-KH/ĐU về công tác dân vận năm "
            "2024 và Kế hoạch số 13-KH/ĐU về công tác tuyên giáo.")
    refs = fill_subject_issuers(text, find_doc_refs(text), find_agencies(text))
    assert [r.issuer for r in refs] == ["Đảng ủy Quân khu 7", "Đảng ủy Quân khu 7"]


# ---------------------------------------------------------------- codes and subjects


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Các đơn vị thực hiện Quy chế số 01/2020/QCPH-VKSNDTC-TANDTC-BCA-BQP-BTC-BNN về "
         "thống kê.", "QCPH-VKSNDTC-TANDTC-BCA-BQP-BTC-BNN"),
        ("Thực hiện Hướng dẫn số 12-HD/BTGTW-BDVTW-BTCTW-UBKTTW-VPTW-TWĐTN về phối hợp.",
         "HD/BTGTW-BDVTW-BTCTW-UBKTTW-VPTW-TWĐTN"),
        # unchanged: short codes
        ("Căn cứ Công văn số 123/UBND-KT của UBND tỉnh.", "UBND-KT"),
        ("Kế hoạch số 215-KH/TĐTN-TNXP.", "KH/TĐTN-TNXP"),
    ],
)
def test_joint_code_keeps_every_segment(text: str, code: str) -> None:
    assert [r.code for r in find_doc_refs(text)] == [code]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Cơ quan Cảnh sát điều tra Công an tỉnh Nghệ An đã ban hành Quyết định số "
         "55/QĐ-CSĐT về việc khởi tố.", "Cơ quan Cảnh sát điều tra Công an tỉnh Nghệ An"),
        ("Cơ quan An ninh điều tra Bộ Công an đã ra Quyết định số 7/QĐ-ANĐT.",
         "Cơ quan An ninh điều tra Bộ Công an"),
        ("Cơ quan Cảnh sát điều tra Công an huyện Yên Định đã ra Quyết định khởi tố vụ án "
         "số 31/QĐ-CSĐT.", "Cơ quan Cảnh sát điều tra Công an huyện Yên Định"),
        # a generic "cơ quan" is no name
        ("Cơ quan chức năng đã ban hành Quyết định số 9/QĐ-UBND.", None),
        ("Các cơ quan đã ban hành Quyết định số 9/QĐ-UBND.", None),
    ],
)
def test_subject_named_cơ_quan(text: str, issuer: str | None) -> None:
    assert [r.issuer for r in find_doc_refs(text)] == [issuer]
