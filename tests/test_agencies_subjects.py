"""Units named by what they deal with, after "về" (data/agency_subject_topics.tsv)."""

from __future__ import annotations

import pytest

from ttcorpus.extract.agencies import find_agencies


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Phòng Cảnh sát điều tra tội phạm về trật tự xã hội Công an tỉnh Nghệ An vào cuộc.",
         ["Phòng Cảnh sát điều tra tội phạm về trật tự xã hội Công an tỉnh Nghệ An"]),
        ("Cục Cảnh sát điều tra tội phạm về ma túy và Bộ đội Biên phòng phối hợp.",
         ["Cục Cảnh sát điều tra tội phạm về ma túy", "Bộ đội Biên phòng"]),
        ("Đội Cảnh sát quản lý hành chính về trật tự xã hội Công an huyện tuần tra.",
         ["Đội Cảnh sát quản lý hành chính về trật tự xã hội Công an huyện"]),
        # "phòng, chống" keeps its comma inside a name
        ("Cục Cảnh sát phòng, chống tội phạm về môi trường kiểm tra cơ sở.",
         ["Cục Cảnh sát phòng, chống tội phạm về môi trường"]),
        ("Cục Phòng, chống ma túy tổ chức hội nghị.", ["Cục Phòng, chống ma túy"]),
        ("Bộ Công an phòng, chống tội phạm hiệu quả.", ["Bộ Công an"]),
        # "về" after another body is a preposition of the sentence
        ("Công an tỉnh báo cáo về tình hình tội phạm về ma túy.", ["Công an tỉnh"]),
        # a topic not listed stays out
        ("Phòng Cảnh sát điều tra tội phạm về các vụ án khác.",
         ["Phòng Cảnh sát điều tra tội phạm"]),
    ],
)
def test_a_unit_named_by_its_subject(text: str, names: list[str]) -> None:
    found = find_agencies(text)
    assert [a.text for a in found] == names
    assert all(text[a.start : a.end] == a.text for a in found)
