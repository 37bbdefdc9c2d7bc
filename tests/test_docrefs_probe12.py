"""Session 9 fixes from probe round 12: codes with "&", fronted times of day, shared
dates after "được ban hành", number/year without a code, joint issuers, counted
documents, meetings, acts a decision records, short forms inside a body's name, and
relations across coordinated activities, a session and a bracket."""

from __future__ import annotations

import pytest

from tests.docref_views import refs, rels
from ttcorpus.extract.docrefs import find_doc_refs


@pytest.mark.parametrize(
    ("text", "code", "date"),
    [
        ("Thông tư số 7/2022/TT-BNN&PTNT ngày 3/5/2022 hướng dẫn", "TT-BNN&PTNT", "2022-05-03"),
        ("Thông tư liên tịch số 2/2019/TTLT-BCA-BNN&PTNT-BTC ngày 1/2/2019 về",
         "TTLT-BCA-BNN&PTNT-BTC", "2019-02-01"),
        ("Công văn số 55/SGD&ĐT-VP ngày 4/4/2023", "SGD&ĐT-VP", "2023-04-04"),
        # not between letters: the code ends before "&"
        ("Công văn số 55/CV-AB& ngày 4/4/2023", "CV-AB", None),
        ("Công văn số 55/CV-AB &PTNT", "CV-AB", None),
    ],
)
def test_ampersand_in_code(text: str, code: str, date: str | None) -> None:
    (ref,) = find_doc_refs(text)
    assert (ref.code, ref.date) == (code, date)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Chiều 5/6, Bộ Y tế đã ban hành Công điện số 8/CĐ-BYT về phòng dịch.", "2024-06-05"),
        ("Tối ngày 2/6, Thủ tướng Chính phủ ký ban hành Công điện số 50/CĐ-TTg.", "2024-06-02"),
        ("Sáng 1/3/2023, UBND tỉnh ban hành Quyết định số 9/QĐ-UBND.", "2023-03-01"),
        ("Ngày 3/6, Bộ Y tế đã ban hành Công điện số 8/CĐ-BYT.", "2024-06-03"),
        # not fronted: no clause opens there
        ("Đến chiều 5/6 Bộ Y tế ban hành Công điện số 8/CĐ-BYT.", None),
        ("Chiều 5/6, tại hội nghị, đại biểu nêu Công điện số 8/CĐ-BYT.", None),
    ],
)
def test_fronted_time_of_day(text: str, date: str | None) -> None:
    assert refs(text)[0].date == date


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Quy định số 31-QĐ/TW và Quy định số 32-QĐ/TW được ban hành ngày 5/6/2021 về",
         ["2021-06-05", "2021-06-05"]),
        ("Kết luận số 8-KL/TU đã được ký ngày 9/9/2020.", ["2020-09-09"]),
        # not numbered one after the other: the date is the second one's only
        ("Quy định số 31-QĐ/TW và Quy định số 35-QĐ/TW được ban hành ngày 5/6/2021 về",
         [None, "2021-06-05"]),
    ],
)
def test_shared_date_after_passive(text: str, dates: list[str | None]) -> None:
    assert [r.date for r in find_doc_refs(text)] == dates


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Nghị quyết số 3/2023 của Ủy ban Hải quan ASEAN về thương mại.",
         [("Nghị quyết số 3/2023", "2023", None, "Ủy ban Hải quan ASEAN")]),
        ("Quyết định số 02/2022 về quy tắc xuất xứ.",
         [("Quyết định số 02/2022", "2022", None, None)]),
        # a coded number keeps its code
        ("Nghị quyết số 3/2023/NQ-HĐND về học phí.",
         [("Nghị quyết số 3/2023/NQ-HĐND", "2023", "NQ-HĐND", None)]),
        # without "số" a number and year is a month or a count: no reference
        ("Kế hoạch 6/2024 của huyện", []),
    ],
)
def test_number_and_year_without_code(
    text: str, found: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    assert [(r.text, r.year, r.code, r.issuer) for r in refs(text)] == found


def test_year_without_code_resolves_only_to_its_year() -> None:
    text = ("Nghị quyết số 4/2022/NQ-HĐND của HĐND tỉnh. Sau đó, Nghị quyết số 4/2023 quy định; "
            "Nghị quyết số 4/2022 nêu rõ.")
    assert [r.id for r in refs(text)] == ["4/2022/NQ-HĐND", None, "4/2022/NQ-HĐND"]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Kết luận số 50-KL/TW ngày 3/3/2023 của Bộ Chính trị, Ban Bí thư về công tác cán bộ.",
         "Bộ Chính trị, Ban Bí thư"),
        ("thực hiện Kết luận số 50-KL/TW của Bộ Chính trị, Ban Bí thư; triển khai",
         "Bộ Chính trị, Ban Bí thư"),
        ("Kết luận số 50-KL/TW của Bộ Chính trị, Ban Bí thư và Chỉ thị số 7-CT/TW",
         "Bộ Chính trị, Ban Bí thư"),
        ("Thông tư liên tịch số 5/2020/TTLT-BTC-BYT-BCA của Bộ Tài chính, Bộ Y tế, Bộ Công an "
         "quy định việc", "Bộ Tài chính, Bộ Y tế, Bộ Công an"),
        ("Thông tư liên tịch số 5/2020/TTLT-BTC-BYT của Bộ Tài chính và Bộ Y tế quy định",
         "Bộ Tài chính và Bộ Y tế"),
        # a code that names the first body alone: one issuer
        ("Công văn số 12/BYT của Bộ Y tế, Bộ Công an và Bộ Tài chính.", "Bộ Y tế"),
        # a comma then the subject of the next clause: one issuer
        ("Theo Nghị quyết số 57-NQ/TW của Bộ Chính trị, Tỉnh ủy Hà Giang đã ban hành",
         "Bộ Chính trị"),
        ("Theo Công văn số 12/BYT-KCB của Bộ Y tế, Đoàn kiểm tra sẽ làm việc", "Bộ Y tế"),
        ("Hướng dẫn số 3-HD/TWĐTN-TC của Ban Bí thư Trung ương Đoàn, Ban Thường vụ Tỉnh đoàn "
         "yêu cầu", "Ban Bí thư Trung ương Đoàn"),
    ],
)
def test_joint_issuers(text: str, issuer: str) -> None:
    assert find_doc_refs(text)[0].issuer == issuer


@pytest.mark.parametrize(
    ("text", "issuers"),
    [
        ("Năm qua, Ban Thường vụ Huyện ủy đã ban hành 20 văn bản lãnh đạo, chỉ đạo, trong đó "
         "có Chỉ thị số 4-CT/HU ngày 2/2/2024 về phòng chống tham nhũng và Kế hoạch số 9-KH/HU "
         "ngày 3/3/2024.", ["Ban Thường vụ Huyện ủy", "Ban Thường vụ Huyện ủy"]),
        # the type is not among the nouns counted
        ("Huyện ủy Yên Thế ban hành 9 nghị quyết, 5 kế hoạch, trong đó có Kế hoạch 6-KH/HU về "
         "dân vận và Chỉ thị số 7-CT/HU.", ["Huyện ủy Yên Thế", None]),
        # another sentence: not shared
        ("Huyện ủy Yên Thế ban hành 9 văn bản, trong đó có Kế hoạch 6-KH/HU về dân vận. Chỉ "
         "thị số 7-CT/HU nêu rõ.", ["Huyện ủy Yên Thế", None]),
    ],
)
def test_counted_documents(text: str, issuers: list[str | None]) -> None:
    assert [r.issuer for r in refs(text)] == issuers


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Hội nghị đã thông qua Quyết định số 20/QĐ-CAT về kiện toàn.", None),
        ("Kỳ họp cũng thông qua Nghị quyết số 5/NQ-HĐND về giá đất.", None),
        ("Hội nghị Trung ương 6 đã thông qua Nghị quyết số 27-NQ/TW về xây dựng.",
         "Hội nghị Trung ương 6"),
    ],
)
def test_meeting_is_no_issuer(text: str, issuer: str | None) -> None:
    assert find_doc_refs(text)[0].issuer == issuer


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Vụ án do Cơ quan Cảnh sát điều tra Công an tỉnh Nam Định khởi tố theo Quyết định số "
         "12/QĐ-CSĐT ngày 1/2/2023.", "Cơ quan Cảnh sát điều tra Công an tỉnh Nam Định"),
        ("Ông B do Công an huyện Tam Đảo xử phạt theo Quyết định số 8/QĐ-XPHC.",
         "Công an huyện Tam Đảo"),
        # a legal basis, not a document the act records
        ("Ông B do Công an huyện Tam Đảo xử phạt theo Nghị định số 100/2019/NĐ-CP.", None),
        ("Ông B bị Công an huyện xử phạt theo Quyết định số 8/QĐ-XPHC.", None),
    ],
)
def test_act_agent(text: str, issuer: str | None) -> None:
    assert find_doc_refs(text)[0].issuer == issuer


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("Quán triệt Nghị quyết số 35-NQ/ĐU của Đảng ủy Quân khu. Kiện toàn Ban Chỉ đạo thực "
         "hiện Nghị quyết 35 của Bộ Chỉ huy Quân sự tỉnh.", "Đảng ủy Quân khu"),
        # no coded document of that number: the stated issuer stays
        ("Kiện toàn Ban Chỉ đạo thực hiện Nghị quyết 35 của Bộ Chỉ huy Quân sự tỉnh.",
         "Bộ Chỉ huy Quân sự tỉnh"),
        # no body's name before it: another document of another issuer
        ("Quán triệt Nghị quyết số 35-NQ/ĐU của Đảng ủy Quân khu. Thực hiện Nghị quyết 35 của "
         "Tỉnh ủy.", "Tỉnh ủy"),
    ],
)
def test_short_form_inside_a_body_name(text: str, issuer: str | None) -> None:
    assert refs(text)[-1].issuer == issuer


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Kết luận số 70-KL/TW của Ban Bí thư về tiếp tục đẩy mạnh, nâng cao chất lượng, hiệu "
         "quả thực hiện Chỉ thị số 12-CT/TW.", [("continues", "70-KL/TW", "12-CT/TW")]),
        ("Luật số 15/2023/QH15 được Quốc hội thông qua ngày 9/6/2023 tại Kỳ họp thứ 5, thay "
         "thế Luật số 40/2009/QH12.", [("replaces", "15/2023/QH15", "40/2009/QH12")]),
        ("Luật số 15/2023/QH15 được thông qua tại Kỳ họp bất thường lần thứ 2, thay thế Luật số "
         "40/2009/QH12.", [("replaces", "15/2023/QH15", "40/2009/QH12")]),
        ("Quyết định số 5/2019/QĐ-TTg của Thủ tướng Chính phủ về chính sách hỗ trợ người dân "
         "(được sửa đổi, bổ sung bởi Quyết định số 9/2022/QĐ-TTg), giai đoạn",
         [("amends", "9/2022/QĐ-TTg", "5/2019/QĐ-TTg")]),
        # a session between them that is no attribute: no relation
        ("Luật số 15/2023/QH15 được thông qua tại Hội nghị toàn quốc triển khai Nghị quyết số "
         "4/2024/NQ-CP.", []),
        # a bracket after the title that states no relation
        ("Quyết định số 5/2019/QĐ-TTg của Thủ tướng Chính phủ về chính sách hỗ trợ (xem thêm "
         "Quyết định số 9/2022/QĐ-TTg)", []),
        # a comma alone before the passive still works; a sentence break stops it
        ("Quyết định số 5/2019/QĐ-TTg về chính sách hỗ trợ. Được sửa đổi bởi Quyết định số "
         "9/2022/QĐ-TTg", []),
    ],
)
def test_relations(text: str, found: list[tuple[str, str, str]]) -> None:
    assert rels(text) == found
