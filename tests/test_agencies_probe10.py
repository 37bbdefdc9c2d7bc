"""Agencies on unseen sites (probe 10): a name's noun that holds a stop word ("Đăng ký"),
dotted abbreviations ("T.Ư"), "BTV"/"BCH" before a committee, a national level, verbs and
time words that end a name, a person after "thành phố", a second locality after "và", a
department closed by its own code, a topic board after an office word, plural topics in
capitals."""

from __future__ import annotations

import pytest

from tests.agency_views import names, pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "đăng ký" (registration) keeps its "ký" (sign) inside a name
        ("Văn phòng Đăng ký đất đai tỉnh Phú Yên cấp sổ.",
         ["Văn phòng Đăng ký đất đai tỉnh Phú Yên"]),
        ("Chi nhánh Văn phòng Đăng ký đất đai huyện Krông Pắc trả hồ sơ.",
         ["Văn phòng Đăng ký đất đai huyện Krông Pắc"]),
        # must not change: "ký" alone is still a verb
        ("Sở Nội vụ ký kết quy chế phối hợp.", ["Sở Nội vụ"]),
        # time words and verbs end a name
        ("hỗ trợ Bộ Quốc phòng Campuchia giai đoạn 2026-2030", ["Bộ Quốc phòng Campuchia"]),
        ("Hội Cựu chiến binh tỉnh chia sẻ kinh nghiệm.", ["Hội Cựu chiến binh tỉnh"]),
        ("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, đây là", [
            "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng"]),
        # a national level closes a board's name
        ("Ban Chỉ đạo cấp quốc gia Kỳ thi tốt nghiệp họp.", ["Ban Chỉ đạo cấp quốc gia"]),
        ("Ban Chỉ đạo cấp tỉnh họp.", ["Ban Chỉ đạo cấp tỉnh"]),
        # a topic board after an office word reads its topic
        ("Phó Trưởng ban Chỉ đạo Trung ương về cải cách tư pháp phát biểu.",
         ["ban Chỉ đạo Trung ương về cải cách tư pháp"]),
        ("Trưởng ban Quản lý các khu kinh tế tỉnh Hà Tĩnh nói.",
         ["ban Quản lý các khu kinh tế tỉnh Hà Tĩnh"]),
        # must not change: another board after an office word, a lower-case board
        ("Trưởng ban Tuyên giáo Tỉnh ủy nói.", ["ban Tuyên giáo Tỉnh ủy"]),
        ("Trưởng ban chỉ đạo cho biết", []),
        # a plural topic written in capitals
        ("Ban Quản lý các Khu kinh tế tỉnh Quảng Ngãi cho biết",
         ["Ban Quản lý các Khu kinh tế tỉnh Quảng Ngãi"]),
        # must not change: "các" before no plural topic
        ("Ban Quản lý các đơn vị cho biết", []),
        # a department closed by a code of its head word and number
        ("Cục Thanh tra, giải quyết khiếu nại, tố cáo khu vực III (Cục III) đã làm việc.",
         ["Cục Thanh tra, giải quyết khiếu nại, tố cáo khu vực III"]),
        ("Vụ Thực hành quyền công tố và kiểm sát xét xử phúc thẩm, giám đốc thẩm (Vụ 7) họp",
         ["Vụ Thực hành quyền công tố và kiểm sát xét xử phúc thẩm, giám đốc thẩm"]),
        # must not change: another head's code, a code of letters, no code
        ("Cục Thanh tra, giải quyết khiếu nại (Vụ 2) họp", ["Cục Thanh tra"]),
        ("Vụ Tổng hợp và kiểm tra nghiệp vụ, thi đua (V10) họp", ["Vụ Tổng hợp"]),
        ("Cục Thuế, kho bạc và ngân hàng phối hợp", ["Cục Thuế"]),
    ],
)
def test_names_end_where_they_end(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dotted abbreviation is one name part, expanded in the canonical name
        ("Ủy ban Kiểm tra T.Ư họp kỳ thứ 40.",
         [("Ủy ban Kiểm tra T.Ư", "Ủy ban Kiểm tra Trung ương")]),
        ("Quy định của Ban Chấp hành T.Ư về công tác kiểm tra",
         [("Ban Chấp hành T.Ư", "Ban Chấp hành Trung ương Đảng")]),
        ("Ban Tổ chức T.Ư hướng dẫn", [("Ban Tổ chức T.Ư", "Ban Tổ chức Trung ương")]),
        # must not change: a city's abbreviation with a dot
        ("UBND TP.HCM họp", [("UBND TP.HCM", "Ủy ban nhân dân thành phố Hồ Chí Minh")]),
        # "BTV", "BCH" before a committee
        ("BTV Huyện ủy Mường La đã ban hành kế hoạch.",
         [("BTV Huyện ủy Mường La", "Ban Thường vụ Huyện ủy Mường La")]),
        ("Ủy viên BCH Đảng bộ tỉnh dự họp.", [("BCH Đảng bộ tỉnh", "Ban Chấp hành Đảng bộ tỉnh")]),
        ("BTV Thành đoàn tặng bằng khen", [("BTV Thành đoàn", "Ban Thường vụ Thành đoàn")]),
        # must not change: no committee after them
        ("BTV đã họp, BCH đã họp", []),
        # a three-syllable run after "thành phố" opening with a family name is a person
        ("Phó Chủ tịch UBND thành phố Lê Văn Thành cho biết",
         [("UBND thành phố", "Ủy ban nhân dân thành phố")]),
        ("Chủ tịch UBND TP Trần Anh Tuấn nói", [("UBND TP", "Ủy ban nhân dân thành phố")]),
        # must not change: known and two-syllable cities
        ("UBND thành phố Hồ Chí Minh họp", [
            ("UBND thành phố Hồ Chí Minh", "Ủy ban nhân dân thành phố Hồ Chí Minh")]),
        ("UBND thành phố Phan Thiết họp", [
            ("UBND thành phố Phan Thiết", "Ủy ban nhân dân thành phố Phan Thiết")]),
        ("Công an huyện Hoàng Su Phì họp", [("Công an huyện Hoàng Su Phì",
                                             "Công an huyện Hoàng Su Phì")]),
        # a second locality after "và": the same kind of body there
        ("Công an tỉnh Kon Tum và tỉnh Quảng Ngãi phối hợp.", [
            ("Công an tỉnh Kon Tum", "Công an tỉnh Kon Tum"),
            ("tỉnh Quảng Ngãi", "Công an tỉnh Quảng Ngãi")]),
        ("UBND huyện Tuy Phước và huyện Phù Cát họp", [
            ("UBND huyện Tuy Phước", "Ủy ban nhân dân huyện Tuy Phước"),
            ("huyện Phù Cát", "Ủy ban nhân dân huyện Phù Cát")]),
        # must not change: another locality word, a person, no locality before
        ("UBND xã Ia Pết và huyện Đak Đoa", [("UBND xã Ia Pết", "Ủy ban nhân dân xã Ia Pết")]),
        ("Công an tỉnh Kon Tum và tỉnh Gia Lai Nguyễn Văn An",
         [("Công an tỉnh Kon Tum", "Công an tỉnh Kon Tum")]),
        ("Tỉnh ủy Hà Giang và tỉnh Cao Bằng", [("Tỉnh ủy Hà Giang", "Tỉnh ủy Hà Giang")]),
        # a department's code in brackets names it in the article
        ("Cục Thanh tra, giải quyết khiếu nại, tố cáo khu vực I (Cục I) họp; Cục I báo cáo", [
            ("Cục Thanh tra, giải quyết khiếu nại, tố cáo khu vực I",
             "Cục Thanh tra, giải quyết khiếu nại, tố cáo khu vực I"),
            ("Cục I", "Cục Thanh tra, giải quyết khiếu nại, tố cáo khu vực I")]),
    ],
)
def test_canonical_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected
