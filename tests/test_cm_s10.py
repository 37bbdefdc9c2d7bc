"""Session 10 (cm): site names recased with the fields of an outlet's name, a
section introduced by a label ("Chuyên mục:"), a mobile masthead of a domain over
a body's name, a short outlet name over its owner, and a place-and-date line over
the writer's byline at the end."""

from __future__ import annotations

import pytest

from ttcorpus.clean import clean_article
from ttcorpus.clean.metadata import (
    breadcrumb_section,
    head_masthead,
    is_signed_dateline,
    labelled_section,
    recase_site_name,
)


@pytest.mark.parametrize(
    ("name", "page", "expected"),
    [
        # the fields of an outlet's name keep their capital, as whole compounds
        ("BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LẠNG SƠN", "Tỉnh Lạng Sơn mới",
         "Báo và Phát thanh, Truyền hình Lạng Sơn"),
        ("ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NGHỆ AN", "", "Đài Phát thanh và Truyền hình Nghệ An"),
        ("TẠP CHÍ DÂN CHỦ VÀ PHÁP LUẬT", "", "Tạp chí dân chủ và Pháp luật"),
        # one capitalised syllable on the page ("Luật …") does not split a compound
        ("BẢO VỆ PHÁP LUẬT", "Luật Đất đai năm 2024 có hiệu lực.", "Bảo vệ Pháp luật"),
        ("VÌ DÂN", "Dân vui.", "Vì dân"),
        # negative: names recased as before
        ("BÁO HUẾ", "Báo Huế đưa tin", "Báo Huế"),
        ("BÁO NHÂN DÂN", "© Báo Nhân Dân", "Báo Nhân Dân"),
        ("TIỀN PHONG", "Báo Tiền Phong - Cơ quan Trung ương", "Tiền Phong"),
        ("BÁO TUYÊN QUANG ĐIỆN TỬ", "", "Báo Tuyên Quang điện tử"),
        ("UBND TỈNH QUẢNG NINH", "", "UBND tỉnh Quảng Ninh"),
        ("SỰ KIỆN VÀ BÌNH LUẬN", "", "Sự kiện và bình luận"),
    ],
)
def test_recase_site_name(name: str, page: str, expected: str) -> None:
    assert recase_site_name(name, page.split("\n")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chuyên mục: Tin hoạt động của Tỉnh ủy", "Tin hoạt động của Tỉnh ủy"),
        ("Danh mục: Kinh tế - Xã hội", "Kinh tế - Xã hội"),
        ("CHUYÊN MỤC: Thời sự", "Thời sự"),
        # negative: no label, a sentence, no section after the colon, too long
        ("Chuyên mục này được bạn đọc quan tâm", None),
        ("Chuyên mục: bạn đọc viết", None),
        ("Chuyên mục:", None),
        ("Chuyên mục: Một hai ba bốn năm sáu bảy tám chín mười mười một mười hai", None),
        ("Thời sự", None),
    ],
)
def test_labelled_section(text: str, expected: str | None) -> None:
    assert labelled_section(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chuyên mục: Hoạt động của Ban Tuyên giáo", "Hoạt động của Ban Tuyên giáo"),
        ("Danh mục: Tin tức > Chính trị", "Chính trị"),
        ("Trang chủ > Kinh tế", "Kinh tế"),  # negative: trails as before
        ("Kinh tế", None),
    ],
)
def test_breadcrumb_section_with_label(text: str, expected: str | None) -> None:
    assert breadcrumb_section(text) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["☰", "mof.gov.vn", "Bộ Tài chính", "Tìm kiếm"], "Bộ Tài chính"),
        (["www.tuyenquang.gov.vn", "Ủy ban nhân dân tỉnh Tuyên Quang"],
         "Ủy ban nhân dân tỉnh Tuyên Quang"),
        (["Thời báo", "Thông tấn xã Việt Nam", "Thời sự"], "Thời báo"),
        # negative: a menu label, a domain over a menu, no owner, a body over a body
        (["Trang chủ", "Thông tấn xã Việt Nam"], None),
        (["mof.gov.vn", "Tin tức"], None),
        (["Thời sự", "Kinh tế", "Xã hội"], None),
        (["Bộ Tài chính", "Thông tấn xã Việt Nam"], None),
        (["Tin tức trong ngày hôm nay", "Thông tấn xã Việt Nam"], None),
        (["mof.gov.vn"], None),
        ([], None),
    ],
)
def test_head_masthead(lines: list[str], expected: str | None) -> None:
    assert head_masthead(lines) == expected


@pytest.mark.parametrize(
    ("text", "below", "expected"),
    [
        ("Thái Bình, ngày 09/12/2024", "Lê Minh - Văn phòng Đoàn ĐBQH và HĐND tỉnh", True),
        ("Cao Bằng, ngày 3 tháng 5 năm 2025", "Hoàng Thu (Trung tâm Truyền thông)", True),
        ("Cao Bằng, ngày 3 tháng 5 năm 2025", "Hoàng Thu", False),  # a letter's signer
        # negative: a letter's signer, a place, no date, a date in a sentence
        ("Thái Bình, ngày 09/12/2024", "CHỦ TỊCH", False),
        ("Thái Bình, ngày 09/12/2024", "Hà Nội", False),
        ("Thái Bình", "Lê Minh", False),
        ("Ngày 09/12/2024, tỉnh tổ chức hội nghị", "Lê Minh", False),
    ],
)
def test_is_signed_dateline(text: str, below: str, expected: bool) -> None:
    assert is_signed_dateline(text, below) is expected


_BODY = (
    "Sáng 10/11, Bộ Tài chính tổ chức hội nghị trực tuyến hướng dẫn các địa phương quyết "
    "toán ngân sách nhà nước năm 2025 sau khi sắp xếp đơn vị hành chính cấp xã.\n"
    "Theo đó, các xã, phường mới phải hoàn thành việc lập báo cáo quyết toán trước ngày "
    "31/3/2026 và gửi về Sở Tài chính để tổng hợp.\n"
    "Thứ trưởng đề nghị các địa phương chủ động rà soát số liệu, bảo đảm không để thất "
    "thoát ngân sách trong quá trình bàn giao.\n"
)
_TITLE = "Bộ Tài chính hướng dẫn quyết toán ngân sách năm 2025 cho các xã mới\n"


@pytest.mark.parametrize(
    ("head", "site", "section"),
    [
        ("☰\nmof.gov.vn\nBộ Tài chính\nTìm kiếm\nTài chính - Ngân sách\n",
         "Bộ Tài chính", "Tài chính - Ngân sách"),
        ("Thời báo\nThông tấn xã Việt Nam\nThời sự\nKinh tế\nXã hội\nKinh tế\n",
         "Thời báo", "Kinh tế"),
        ("Bản in\nIn trang | Đóng cửa sổ\nCổng thông tin điện tử Tỉnh ủy Hậu Giang\n"
         "Chuyên mục: Tin hoạt động của Tỉnh ủy\n",
         "Cổng thông tin điện tử Tỉnh ủy Hậu Giang", "Tin hoạt động của Tỉnh ủy"),
        # negative: no domain over the body, no masthead named
        ("☰\nBộ Tài chính\nTìm kiếm\nTài chính - Ngân sách\n", None, "Tài chính - Ngân sách"),
    ],
)
def test_masthead_and_section_on_a_page(head: str, site: str | None, section: str) -> None:
    page = head + "Thứ Hai, 10/11/2025 - 09:15\n" + _TITLE + _BODY
    article = clean_article(page)
    assert (article.site, article.section) == (site, section)
    assert article.published == "2025-11-10T09:15"


@pytest.mark.parametrize(
    ("signer", "removed"),
    [
        ("Lê Minh - Văn phòng Đoàn ĐBQH và HĐND tỉnh", True),
        ("CHỦ TỊCH", False),  # negative: a letter signed at the end keeps its date
        ("Lê Minh", False),
    ],
)
def test_place_and_date_over_the_byline(signer: str, removed: bool) -> None:
    page = (
        "HỘI ĐỒNG NHÂN DÂN TỈNH THÁI BÌNH\nCổng thông tin điện tử\nTrang chủ\nGiới thiệu\n"
        "Kỳ họp\nKỳ họp\n" + _TITLE + "Cập nhật: 09/12/2024 - 08:30\n" + _BODY
        + "Thái Bình, ngày 09/12/2024\n" + signer + "\nBản in\nGửi bài\n"
    )
    article = clean_article(page)
    kinds = [r.kind for r in article.removed if r.text == "Thái Bình, ngày 09/12/2024"]
    assert kinds == (["dateline"] if removed else [])
    assert ("Thái Bình, ngày 09/12/2024" in article.text) is not removed
    assert article.published == "2024-12-09T08:30"  # the dateline above the article
