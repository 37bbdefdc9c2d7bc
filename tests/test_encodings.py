"""Decoding input bytes: Unicode with and without byte-order marks, legacy
Vietnamese encodings (Windows-1258, TCVN3, VNI), mis-decoded UTF-8, and the line
normalisation every output line goes through.

The legacy test texts are sentences written for these tests, encoded here: into
Windows-1258 with Python's codec (tones as combining marks), into TCVN3 and VNI
with ttcorpus's own tables in reverse (``encode_legacy``).
"""

from __future__ import annotations

import pathlib
import time
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ttcorpus import encodings
from ttcorpus.encodings import (
    encode_legacy,
    is_syllable,
    needs_repair,
    repair_text,
    sloppy_cp1252,
    tcvn3_to_unicode,
    vni_to_unicode,
)
from ttcorpus.normalize import decode_bytes, normalize_line, split_lines

ROOT = pathlib.Path(__file__).resolve().parent.parent

SENTENCES = [
    "Sáng nay, Thủ tướng Chính phủ chủ trì hội nghị trực tuyến với các địa phương về "
    "phòng chống thiên tai.",
    "Ủy ban nhân dân tỉnh Quảng Ngãi ban hành kế hoạch số 45 về chuyển đổi số năm 2021.",
    "Đồng chí Bí thư Tỉnh ủy nhấn mạnh yêu cầu giữ vững an ninh trật tự trên địa bàn biên giới.",
    "Người dân phường Hòa Khánh được hướng dẫn khai báo y tế, tiêm vắc xin và nhận quà hỗ trợ.",
    "Những ngày cuối năm, bà con xã Mường Khương nô nức chuẩn bị đón Tết cổ truyền; thanh "
    "niên tình nguyện giúp đỡ người già, trẻ nhỏ sửa sang nhà cửa.",
    "ĐOÀN KẾT, KỶ CƯƠNG, SÁNG TẠO: Ủy ban nhân dân Thành phố triển khai nhiệm vụ năm 2024.",
]
ARTICLE = "\n\n".join(SENTENCES) + "\n"
LEGACY = ["cp1258", "tcvn3", "vni"]


def _as_tcvn3_reads(text: str) -> str:
    """What TCVN3 can carry of ``text``: capitals with tone marks come back in
    lower case (the upper-case font reused the lower-case codes)."""
    return tcvn3_to_unicode(sloppy_cp1252(encode_legacy(text, "tcvn3")))


def _expected(text: str, label: str) -> str:
    return _as_tcvn3_reads(text) if label == "tcvn3" else text


# --------------------------------------------------------------------------
# Unicode input


@pytest.mark.parametrize(
    ("data", "label"),
    [
        ("Hà Nội\r\nĐà Nẵng".encode(), "utf-8"),
        ("\ufeffHà Nội\r\nĐà Nẵng".encode(), "utf-8-sig"),
        ("Hà Nội\r\nĐà Nẵng".encode("utf-16"), "utf-16"),
        ("\ufeffHà Nội\r\nĐà Nẵng".encode("utf-16-be"), "utf-16"),
        ("Hà Nội\r\nĐà Nẵng".encode("utf-32"), "utf-32"),
        ("Hà Nội\r\nĐà Nẵng".encode("utf-16-le"), "utf-16-le"),
        ("Hà Nội\r\nĐà Nẵng".encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_unicode_encodings_and_byte_order_marks(data: bytes, label: str) -> None:
    assert decode_bytes(data) == ("Hà Nội\r\nĐà Nẵng", label, [])


def test_line_ends_crlf_and_lone_cr() -> None:
    text = decode_bytes(b"Ti\xc3\xaau \xc4\x91\xe1\xbb\x81\r\nA\rB\n\nC\r\n")[0]
    assert split_lines(text) == ["Tiêu đề", "A", "B", "", "C", ""]


def test_empty_input() -> None:
    assert decode_bytes(b"") == ("", "utf-8", [])


@pytest.mark.parametrize(
    ("data", "warning"),
    [
        (b"H\xe0 N", "invalid UTF-8: 1 byte(s) replaced with U+FFFD"),
        ("Hội nghị".encode()[:-1], "invalid UTF-8: 2 byte(s) replaced with U+FFFD"),
        (b"\xef\xbb\xbfH\xe0 N", "invalid UTF-8: 1 byte(s) replaced with U+FFFD"),
        ("Hà Nội".encode("utf-16") + b"\x00", "invalid UTF-16: 1 byte(s) replaced with U+FFFD"),
    ],
)
def test_undecodable_bytes_are_replaced_with_a_warning(data: bytes, warning: str) -> None:
    text, _label, warnings = decode_bytes(data)
    assert "\ufffd" in text
    assert warnings == [warning]


def test_a_broken_byte_in_a_utf8_article_is_not_taken_for_a_legacy_encoding() -> None:
    data = ARTICLE.encode()
    broken = data[:200] + b"\xff" + data[200:]
    text, label, warnings = decode_bytes(broken)
    assert label == "utf-8"
    assert text.replace("\ufffd", "") == ARTICLE
    assert warnings == ["invalid UTF-8: 1 byte(s) replaced with U+FFFD"]


@pytest.mark.parametrize(
    "text",
    [
        "Café au lait, naïve résumé, São Paulo and Zürich.",  # Latin-1, not Vietnamese
        "Hà Nái",  # Windows-1252/1258 alike, but too short to tell
        "\u00a9 2024 \u00b0C \u00bd \u00d7 \u00b1",
    ],
)
def test_latin1_bytes_no_rule_explains_are_replaced(text: str) -> None:
    decoded, label, warnings = decode_bytes(text.encode("latin-1"))
    assert label == "utf-8"
    assert "\ufffd" in decoded
    assert warnings and warnings[0].startswith("invalid UTF-8")


# --------------------------------------------------------------------------
# Legacy encodings, as bytes and as text read through Latin-1


@pytest.mark.parametrize("label", LEGACY)
@pytest.mark.parametrize("sentence", SENTENCES)
def test_legacy_bytes_are_detected_and_converted(sentence: str, label: str) -> None:
    assert decode_bytes(encode_legacy(sentence, label)) == (_expected(sentence, label), label, [])


@pytest.mark.parametrize("label", LEGACY)
def test_legacy_article_is_detected_and_converted(label: str) -> None:
    data = encode_legacy(ARTICLE, label).replace(b"\n", b"\r\n")
    text, got, warnings = decode_bytes(data)
    assert (got, warnings) == (label, [])
    assert split_lines(text) == split_lines(_expected(ARTICLE, label))


def test_windows_1258_tone_marks_become_precomposed_letters() -> None:
    data = encode_legacy(SENTENCES[0], "cp1258")
    assert b"\xec" in data  # the combining acute of Windows-1258
    text = decode_bytes(data)[0]
    assert text == SENTENCES[0]
    assert unicodedata.is_normalized("NFC", text)


@pytest.mark.parametrize("label", LEGACY)
@pytest.mark.parametrize("sentence", SENTENCES)
def test_legacy_text_inside_utf8_is_converted(sentence: str, label: str) -> None:
    """A legacy-encoded page saved as UTF-8 shows Latin-1 letters ("Hµ Néi")."""
    shown = sloppy_cp1252(encode_legacy(sentence, label))
    assert decode_bytes(shown.encode()) == (_expected(sentence, label), f"utf-8+{label}", [])


def test_only_the_legacy_lines_of_a_mixed_page_are_converted() -> None:
    legacy_line = sloppy_cp1252(encode_legacy(SENTENCES[2], "tcvn3"))
    page = f"{SENTENCES[0]}\n{legacy_line}\n{SENTENCES[3]}\n"
    assert decode_bytes(page.encode()) == (
        f"{SENTENCES[0]}\n{_as_tcvn3_reads(SENTENCES[2])}\n{SENTENCES[3]}\n",
        "utf-8+tcvn3",
        [],
    )


def test_legacy_lines_without_a_sign_follow_the_rest_of_the_text() -> None:
    # "Tin lieân quan" (VNI for "Tin liên quan") shows no sign on its own: â and
    # ê are Vietnamese letters too. Once VNI is believed on the page, it is read.
    page = sloppy_cp1252(encode_legacy(f"Tin liên quan\n{SENTENCES[0]}\nXem thêm\n", "vni"))
    assert repair_text(page) == (f"Tin liên quan\n{SENTENCES[0]}\nXem thêm\n", ["vni"], [])


@pytest.mark.parametrize("shown", ["Tin lieân quan", "Xem theâm", "où coût", "Chia seÒ:"])
def test_a_short_fragment_alone_is_too_little_evidence(shown: str) -> None:
    assert repair_text(shown) == (shown, [], [])


@pytest.mark.parametrize(
    ("shown", "want"),
    [
        ("Hµ Néi, ngµy 2/9", "Hà Nội, ngày 2/9"),
        ("Chñ tÞch n­íc", "Chủ tịch nước"),  # the soft hyphen is "ư"
        ("§¶ng bé", "Đảng bộ"),
    ],
)
def test_tcvn3_spellings(shown: str, want: str) -> None:
    assert tcvn3_to_unicode(shown) == want


@pytest.mark.parametrize(
    ("shown", "want"),
    [
        ("Xin chaøo caùc baïn", "Xin chào các bạn"),
        ("Ñaûng boä", "Đảng bộ"),
        ("CHÆ THÒ", "CHỈ THỊ"),
        ("Thöôøng tröïc", "Thường trực"),
    ],
)
def test_vni_spellings(shown: str, want: str) -> None:
    assert vni_to_unicode(shown) == want


# --------------------------------------------------------------------------
# Mis-decoded UTF-8


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("view", ["cp1252", "latin-1"])
def test_mojibake_is_repaired(sentence: str, view: str) -> None:
    raw = sentence.encode()
    shown = sloppy_cp1252(raw) if view == "cp1252" else raw.decode("latin-1")
    assert decode_bytes(shown.encode()) == (sentence, "utf-8+mojibake-repaired", [])


@pytest.mark.parametrize(
    ("shown", "want"),
    [
        ("Tá»•ng BÃ­ thÆ°", "Tổng Bí thư"),
        ("Ä‘á»“ng chÃ­", "đồng chí"),
        ("Hà Nội, Ä‘á»“ng chí Nguyá»…n", "Hà Nội, đồng chí Nguyễn"),  # a mixed line
        ("Hội nghị Ä‘ã diễn ra", "Hội nghị đã diễn ra"),  # one letter left, ftfy declines
    ],
)
def test_mojibake_spellings(shown: str, want: str) -> None:
    assert repair_text(shown) == (want, ["mojibake-repaired"], [])


def test_mojibake_with_lost_bytes_warns() -> None:
    # Windows-1252 has no character for byte 0x90 (the second byte of "Đ"): a
    # strict reader left U+FFFD there, and the letter cannot be recovered.
    shown = "Ä\ufffdáº£ng á»§y vÃ  chÃ\u00adnh quyá»\ufffdn Ä‘á»‹a phÆ°Æ¡ng"
    text, labels, warnings = repair_text(shown)
    assert labels == ["mojibake-repaired"]
    assert text.startswith("\ufffdảng ủy và chính quy")
    assert warnings and "could not be recovered" in warnings[0]


# --------------------------------------------------------------------------
# No misfire on ordinary text

ORDINARY = [
    *SENTENCES,
    ARTICLE,
    "Tổng Bí thư dự lễ kỷ niệm «Ngày hội Đại đoàn kết» tại xã Đông Hòa.",
    "XÃ HỘI; ĐÃ XONG; NGÃ BA; MÃI MÃI; CÂU LẠC BỘ; ĐẢNG ỦY",
    "Giá vàng tăng 1,5% lên 75,8 triệu đồng/lượng © Báo Nhân Dân 2024",
    "Nhiệt độ 35\u00b0C, diện tích 20 m\u00b2, tỷ lệ ½, 3\u00d74",
    "Hello, world! Plain ASCII text: 100% of it, <b>tags</b> & {braces}.",
    "Bản quyền \u00a0thuộc về\u00a0 Cổng thông tin · Liên hệ · Sơ đồ trang",
    "“Trích dẫn” – gạch ngang — dấu ba chấm… ‘nháy đơn’",
    "Viện Hàn lâm Khoa học xã hội Việt Nam; thuở ấy; khuya; khuỷu tay; nghiêng ngả",
    "Ninh Bình, Thừa Thiên Huế, Bà Rịa – Vũng Tàu, Đắk Lắk, Kon Tum",
]


# Other languages may show a sign ("oë", "aï"): they are judged, and left alone.
FOREIGN = [
    "The Prime Minister met Angela Müller in Zürich, then flew to São Paulo and Québec.",
    "Citroën, naïve, Øresund, Ñuñoa, façade, smörgåsbord, Æsir, straße, Ærø, Raphaël",
    "Ärzte ohne Grenzen; Ålesund; Dvořák; Łódź; İstanbul; Ångström; Noël Coward",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_text_shows_no_sign_and_is_left_alone(text: str) -> None:
    assert not needs_repair(text)
    assert decode_bytes(text.encode()) == (text, "utf-8", [])


@pytest.mark.parametrize("text", FOREIGN)
def test_other_languages_are_left_alone(text: str) -> None:
    assert decode_bytes(text.encode()) == (text, "utf-8", [])
    assert decode_bytes(f"{SENTENCES[0]}\n{text}\n".encode())[1] == "utf-8"


def test_every_vietnamese_letter_is_left_alone() -> None:
    letters = sorted(encodings.VIETNAMESE_LETTERS)
    text = " ".join("".join(letters[i : i + 3]) for i in range(0, len(letters), 3))
    assert decode_bytes(text.encode()) == (text, "utf-8", [])


@pytest.mark.parametrize("path", sorted((ROOT / "seeds").glob("*.txt")), ids=lambda p: p.stem)
def test_the_sample_corpus_is_plain_utf8(path: pathlib.Path) -> None:
    data = path.read_bytes()
    text, label, warnings = decode_bytes(data)
    assert label in ("utf-8", "utf-8-sig")
    assert warnings == []
    assert text == data.decode("utf-8-sig")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*ORDINARY, *FOREIGN, " ", "\n", "\u00a0", "«", "»"]))
       .map("".join))
def test_no_misfire_on_any_mix_of_ordinary_text(text: str) -> None:
    assert decode_bytes(text.encode()) == (text, "utf-8", [])


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_decode_without_exception(data: bytes) -> None:
    text, label, warnings = decode_bytes(data)
    assert isinstance(text, str) and label
    assert all(isinstance(w, str) for w in warnings)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_repair_text_leaves_text_without_signs_alone(text: str) -> None:
    if not needs_repair(text):
        assert repair_text(text) == (text, [], [])


def test_valid_utf8_without_signs_takes_the_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    def forbidden(*_args: object) -> None:
        raise AssertionError("ordinary UTF-8 must not be judged line by line")

    monkeypatch.setattr(encodings, "repair_line", forbidden)
    monkeypatch.setattr(encodings, "syllable_fit", forbidden)
    data = (ARTICLE * 50).encode()
    assert decode_bytes(data)[1] == "utf-8"


def test_decoding_ordinary_utf8_is_cheap() -> None:
    data = (ARTICLE * 5000).encode()  # about 2.5 MB
    start = time.perf_counter()
    decode_bytes(data)
    seconds = time.perf_counter() - start
    assert len(data) / seconds > 10e6, f"{len(data) / seconds / 1e6:.1f} MB/s"


# --------------------------------------------------------------------------
# Syllables: the judge of a reading


@pytest.mark.parametrize(
    ("word", "yes"),
    [
        ("Nghiêng", True), ("thuở", True), ("khuỷu", True), ("QUỐC", True), ("gì", True),
        ("giếng", True), ("Ủy", True), ("ươ", False), ("Néi", False), ("chaøo", False),
        ("Hµ", False), ("Müller", False), ("trườngg", False), ("hóà", False),
    ],
)
def test_is_syllable(word: str, yes: bool) -> None:
    assert is_syllable(word) is yes


# --------------------------------------------------------------------------
# normalize_line: what every output line goes through


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (unicodedata.normalize("NFD", "Hội nghị Trung ương"), "Hội nghị Trung ương"),
        ("Ðảng ủy, ðồng chí", "Đảng ủy, đồng chí"),
        ("Hà\u200b Nội\u200c\u200d\ufeff", "Hà Nội"),
        ("Bộ\u00ad Công\x07 an\x1b", "Bộ Công an"),
        ("\u200eHà Nội\u200f, \u202aĐà Nẵng\u202c\u2066\u2069", "Hà Nội, Đà Nẵng"),
        ("\u00a0\t Chiều 20/2,\u2003tại\u3000Hà Nội  ", "Chiều 20/2, tại Hà Nội"),
        ("\x85Sáng\x9c nay", "Sáng nay"),
    ],
)
def test_normalize_line(line: str, want: str) -> None:
    assert normalize_line(line) == want


def test_normalize_line_is_fast() -> None:
    lines = [s + " \u00a0" for s in SENTENCES] * 4000  # about 2 MB
    size = sum(len(s.encode()) for s in lines)
    start = time.perf_counter()
    for line in lines:
        normalize_line(line)
    seconds = time.perf_counter() - start
    assert size / seconds > 10e6, f"{size / seconds / 1e6:.1f} MB/s"  # 35 MB/s here
