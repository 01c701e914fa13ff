"""Formats and encodings, each from real bytes of real Vietnamese text (the sample documents in raw/ and the
fixtures in tests/fixtures/formats/, built by make_fixtures.py from a real document)."""

from __future__ import annotations

import importlib.util
import io
import json
import random
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest

from pipelines.ingest.decode import decode_bytes
from pipelines.ingest.legacy_vietnamese import (TCVN3_LETTERS, TCVN5712_VN1_HIGH, decode_cp1258, decode_tcvn3,
                                                decode_vni, encode_cp1258, encode_tcvn3, encode_vni)

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "formats"
_spec = importlib.util.spec_from_file_location("make_fixtures", FIXTURES / "make_fixtures.py")
mf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(mf)

RAW_DOCS = sorted((REPO / "raw").glob("*.txt"))
S1 = "Chỉ tiêu 5: 270.000 cây xanh được đoàn viên, thanh niên tham gia trồng mới."
S2 = "Tối thiểu 1,4 triệu lượt đoàn viên, thanh niên được tham gia các hoạt động tình nguyện"
DOC = mf.DOCUMENT


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


# ---------------------------------------------------------------- the legacy tables
def test_tcvn3_table_agrees_with_the_tcvn5712_table_and_known_strings():
    # Every VN3 letter byte, derived row by row (base letter x tone), equals XFree86's TCVN 5712 table.
    assert len(TCVN3_LETTERS) == 74
    for byte, letter in TCVN3_LETTERS.items():
        assert TCVN5712_VN1_HIGH[byte] == letter, hex(byte)
    # Spellings of place names in published TCVN3 converters' examples, and the bytes of common letters.
    assert decode_tcvn3("B¶o Th¾ng".encode("cp1252")) == "Bảo Thắng"
    assert decode_tcvn3(b"M\xad\xeang Kh\xad\xacng") == "Mường Khương"  # 0xAD (ư) prints as a soft hyphen
    assert decode_tcvn3(b"\xae \xa7 \xad \xa6 \xb8 \xb5") == "đ Đ ư Ư á à"
    # 0x80-0x9F are Windows punctuation in TCVN3 files, not VN1 capitals
    assert decode_tcvn3(b"\x93Thanh ni\xaan\x94 \x96 \x85") == "\u201cThanh niên\u201d \u2013 \u2026"


def test_vni_table_follows_the_published_composition_rules():
    # xvnkb's VNI table, in its order: plain, acute (ù), grave (ø), hook (û), tilde (õ), dot (ï)
    rows = {"a": "aáàảãạ", "â": "âấầẩẫậ", "ă": "ăắằẳẵặ", "e": "eéèẻẽẹ", "ê": "êếềểễệ", "o": "oóòỏõọ",
            "ô": "ôốồổỗộ", "ơ": "ơớờởỡợ", "u": "uúùủũụ", "ư": "ưứừửữự", "i": "iíìỉĩị", "y": "yýỳỷỹỵ"}
    vni = {"a": ["a", "aù", "aø", "aû", "aõ", "aï"], "â": ["aâ", "aá", "aà", "aå", "aã", "aä"],
           "ă": ["aê", "aé", "aè", "aú", "aü", "aë"], "e": ["e", "eù", "eø", "eû", "eõ", "eï"],
           "ê": ["eâ", "eá", "eà", "eå", "eã", "eä"], "o": ["o", "où", "oø", "oû", "oõ", "oï"],
           "ô": ["oâ", "oá", "oà", "oå", "oã", "oä"], "ơ": ["ô", "ôù", "ôø", "ôû", "ôõ", "ôï"],
           "u": ["u", "uù", "uø", "uû", "uõ", "uï"], "ư": ["ö", "öù", "öø", "öû", "öõ", "öï"],
           "i": ["i", "í", "ì", "æ", "ó", "ò"], "y": ["y", "yù", "yø", "yû", "yõ", "î"]}
    for base, letters in rows.items():
        for glyphs, letter in zip(vni[base], letters):
            assert decode_vni(glyphs.encode("cp1252")) == letter, glyphs
            assert decode_vni(glyphs.upper().encode("cp1252")) == letter.upper(), glyphs.upper()
            assert encode_vni(letter) == glyphs.encode("cp1252")
    assert decode_vni("ñ Ñ".encode("cp1252")) == "đ Đ"


@pytest.mark.parametrize("sentence", [S1, S2])
@pytest.mark.parametrize("encode, encoding", [(encode_tcvn3, "tcvn3"), (encode_vni, "vni"), (encode_cp1258, "cp1258")])
def test_round_trip_of_real_sentences(sentence, encode, encoding):
    data = encode(sentence)
    assert data != sentence.encode("utf-8") and not data.isascii()
    d = decode_bytes(data, ".txt")
    assert (d.status, d.encoding, d.text) == ("ok", encoding, sentence)


def test_round_trip_of_every_word_of_the_sample_documents():
    words = set()
    for path in RAW_DOCS:
        words |= {w for w in nfc(path.read_text(encoding="utf-8")).split() if not w.isascii()}
    assert len(words) > 1000
    for w in sorted(words):
        assert decode_vni(encode_vni(w)) == w
        assert decode_cp1258(encode_cp1258(w)) == w
        low = w.lower()
        try:
            tcvn = encode_tcvn3(low)
        except ValueError:  # symbols TCVN3 has no byte for (°, ²)
            continue
        assert decode_tcvn3(tcvn) == low


@pytest.mark.parametrize("path", RAW_DOCS, ids=lambda p: p.name)
def test_whole_documents_in_each_legacy_encoding_are_recognised(path):
    text = nfc(path.read_text(encoding="utf-8")).replace("\r\n", "\n")
    for encoding, data in (("vni", encode_vni(text)), ("cp1258", encode_cp1258(text))):
        d = decode_bytes(data, ".txt")
        assert (d.status, d.encoding, d.text) == ("ok", encoding, text)
    keep = "".join(c for c in text if c in "\n" or c.isascii() or nfc(c.lower()) in mf_tcvn_chars())
    d = decode_bytes(encode_tcvn3(keep, lossy_capitals=True), ".txt")
    assert (d.status, d.encoding, d.text.lower()) == ("ok", "tcvn3", keep.lower())


def mf_tcvn_chars() -> set[str]:
    return set(TCVN3_LETTERS.values()) | {"\u201c", "\u201d", "\u2013", "\u2026", "\u00a0"}


@pytest.mark.parametrize("path", RAW_DOCS, ids=lambda p: p.name)
def test_real_unicode_is_never_reinterpreted(path):
    data = path.read_bytes()
    d = decode_bytes(data, ".txt")
    assert (d.encoding, d.text) == ("utf-8", nfc(data.decode("utf-8")).replace("\r\n", "\n"))
    # Vietnamese without ư/ơ/đ/ạ (only letters Windows-1252 also has) stays as it is, too
    plain = "Tôi là Tâm, em gái tôi là Hà. Cô ấy có một con mèo và hai cái bánh." * 5
    d = decode_bytes(plain.encode("utf-8"), ".txt")
    assert (d.encoding, d.text) == ("utf-8", plain)


# ---------------------------------------------------------------- .txt fixtures
TCVN3_EXPECTED = mf.HEADING + "\n\n" + DOC
TXT_CASES = {
    "utf8_nfd.txt": ("utf-8", DOC),
    "utf16le_bom_crlf.txt": ("utf-16", DOC),
    "utf16le_nobom.txt": ("utf-16-le", DOC),
    "utf16be_nobom.txt": ("utf-16-be", DOC),
    "cp1258_crlf.txt": ("cp1258", DOC),
    "tcvn3.txt": ("tcvn3", TCVN3_EXPECTED),  # the heading in capitals comes back in capitals
    "vni.txt": ("vni", mf.HEADING + "\n\n" + DOC),
    "vni_pasted_as_unicode.txt": ("vni (as Unicode)", DOC),
    "utf8_two_bad_bytes.txt": ("utf-8 (2 undecodable bytes replaced)",
                               DOC.replace("2020 - 2025", "2020 \ufffd 2025").replace("lĩnh vực.", "lĩnh vực\ufffd")),
    "utf8_with_tcvn3_paragraph.txt": ("utf-8 + tcvn3 (1 lines)", DOC),
}


@pytest.mark.parametrize("name", sorted(TXT_CASES))
def test_txt_fixture(name):
    encoding, expected = TXT_CASES[name]
    d = decode_bytes(fixture(name), ".txt")
    assert (d.status, d.encoding, d.text) == ("ok", encoding, expected)


def test_details_say_what_was_done():
    assert "replaced by U+FFFD" in decode_bytes(fixture("utf8_two_bad_bytes.txt"), ".txt").detail
    assert decode_bytes(fixture("utf8_with_tcvn3_paragraph.txt"), ".txt").detail == \
        "mixed encodings: 1 of 12 lines were TCVN3 (ABC) and were converted; the rest is UTF-8"
    assert "without a byte-order mark" in decode_bytes(fixture("utf16be_nobom.txt"), ".txt").detail
    assert decode_bytes(fixture("tcvn3.txt"), ".txt").detail.startswith("TCVN3 (ABC) legacy encoding")
    assert decode_bytes(DOC.encode(), ".txt").detail is None


def test_binary_named_txt_is_quarantined():
    d = decode_bytes(fixture("binary_named.txt"), ".txt")
    assert (d.status, d.reason) == ("quarantined", "contains NUL bytes: this looks like a binary file with a .txt name")


def test_binary_with_utf16_like_nul_pattern_is_not_text():
    data = b"".join(bytes([i % 251, 0]) for i in range(4000))  # 16-bit little numbers, NUL on odd bytes
    d = decode_bytes(data, ".txt")
    assert (d.status, d.reason) == ("quarantined", "contains NUL bytes: this looks like a binary file with a .txt name")


def test_tcvn3_capitals_heuristic_keeps_title_case():
    # "Đà Nẵng" (one capital, then a lower-case toned letter) must not become "ĐÀ Nẵng"
    data = encode_tcvn3("Đoàn viên Đà Nẵng trồng 5.000 cây xanh, ĐOÀN KẾT là sức mạnh.", lossy_capitals=True)
    assert decode_bytes(data, ".txt").text == "Đoàn viên Đà Nẵng trồng 5.000 cây xanh, ĐOÀN KẾT là sức mạnh."


def test_text_without_diacritics_in_windows_1252():
    data = "Chi tieu 5: \u201c270.000 cay xanh\u201d \u2013 trong moi\u2026 va 4 chi tieu khac".encode("cp1252")
    d = decode_bytes(data, ".txt")
    assert (d.status, d.encoding, d.text) == ("ok", "cp1252", data.decode("cp1252"))


def test_utf16_odd_length_is_repaired_not_refused():
    d = decode_bytes(DOC.encode("utf-16-le") + b"\x41", ".txt")
    assert (d.status, d.encoding, d.text) == ("ok", "utf-16-le", DOC + "\ufffd")


def test_large_and_mixed_files_decode():
    # functional only: speed is measured by `make bench`, never asserted in a unit test
    doc = nfc(RAW_DOCS[3].read_text(encoding="utf-8")).encode("utf-8")
    big = (doc + b"\n") * (50_000_000 // len(doc) + 1)  # 50 MB of real UTF-8 Vietnamese
    d = decode_bytes(big, ".txt")
    assert d.status == "ok" and d.encoding == "utf-8" and len(d.text) > 30_000_000
    legacy = encode_tcvn3(nfc(RAW_DOCS[3].read_text(encoding="utf-8")), lossy_capitals=True)
    mixed = (doc + b"\n" + legacy + b"\n") * (10_000_000 // (len(doc) + len(legacy)) + 1)  # 10 MB, both encodings
    d = decode_bytes(mixed, ".txt")
    assert d.status == "ok" and d.encoding.startswith("utf-8 + tcvn3")
    assert "\ufffd" not in d.text and "¸" not in d.text and d.text.count("thanh niên") > 1000


# ---------------------------------------------------------------- HTML
ARTICLE_EXPECTED = "\n\n".join([mf.TITLE, "21:20 10/01/2024", mf.INTRO, *mf.TARGETS[:3],
                                "Chỉ tiêu\tNăm 2024", "Cây xanh trồng mới\t270.000 cây", mf.TARGETS[3]])


def test_html_article_without_article_tag():
    d = decode_bytes(fixture("article.html"), ".html")
    assert (d.status, d.encoding, d.text) == ("ok", "utf-8", ARTICLE_EXPECTED)
    for noise in ("Trang chủ", "Thời sự", "1.000.000", "999.999", "50.000", "300.000", "Bạn đọc", "5.000 suất",
                  "Bản quyền", "display"):
        assert noise not in d.text


def test_html_old_site_in_tcvn3_declared_latin1():
    d = decode_bytes(fixture("old_site_tcvn3.htm"), ".htm")
    assert (d.status, d.encoding) == ("ok", "cp1252 + tcvn3 font text")
    assert d.text == "\n\n".join(["Thanh doan", mf.INTRO, *mf.TARGETS])


def test_html_article_tag_entities_once_and_scripts():
    html = (f"<html><head><title>Tuổi trẻ Thủ đô</title><script>var x = '1.000.000 cây';</script></head><body>"
            f"<nav><a href='/'>Trang chủ</a></nav><article><h1>Tuổi trẻ Thủ đô</h1><p>{S1}</p>"
            f"<p>{S2}&nbsp;&amp;lt;b&amp;gt; &#7889; &eacute;</p><!-- 999 cây --><div class='comments'>3 cây</div>"
            f"</article><footer>Bản quyền</footer></body></html>")
    d = decode_bytes(html.encode("utf-8"), ".html")
    assert d.text == f"Tuổi trẻ Thủ đô\n\n{S1}\n\n{S2} &lt;b&gt; ố é"


def test_html_in_windows_1258_declared():
    html = f'<html><head><meta charset="windows-1258"></head><body><article><p>{S1}</p><p>{S2}</p></article></body></html>'
    d = decode_bytes(encode_cp1258(html), ".html")
    assert (d.status, d.encoding, d.text) == ("ok", "windows-1258", f"{S1}\n\n{S2}")


def test_html_with_only_furniture_is_quarantined():
    d = decode_bytes(b"<html><body><nav>Trang ch\xe1\xbb\xa7</nav><script>x()</script></body></html>", ".html")
    assert d.status == "quarantined" and d.reason.startswith("the HTML page has no text")


# ---------------------------------------------------------------- PDF
def test_pdf_text_layer():
    d = decode_bytes(fixture("text_layer.pdf"), ".pdf")
    assert (d.status, d.encoding, d.detail) == ("ok", "pdf text layer", "text layer of 1 page")
    assert d.text == "\n".join(mf.pdf_lines())  # decomposed letters from the ToUnicode map come back NFC


@pytest.mark.parametrize("name, reason", [
    ("scanned.pdf", "scanned PDF without a text layer (1 page, 1 with images, none with text): OCR it first "
                    "(e.g. ocrmypdf -l vie)"),
    ("encrypted.pdf", "encrypted PDF: it needs a password to open; save an unprotected copy (or print it to PDF) "
                      "into raw/"),
    ("truncated.pdf", "truncated PDF: the end-of-file marker is missing (an interrupted download?); download it again"),
    ("error_page_saved_as.pdf", "not a PDF: the file starts with '<!DOCTYPE html><html><head><title>404 No' "
                                "(a web page saved with a .pdf name?); download the PDF again"),
])
def test_pdf_failures_are_quarantined_with_a_reason(name, reason):
    d = decode_bytes(fixture(name), ".pdf")
    assert (d.status, d.reason, d.text) == ("quarantined", reason, None)


def test_pdf_encrypted_only_against_copying_is_read():
    from pypdf import PdfReader, PdfWriter

    w = PdfWriter(clone_from=PdfReader(io.BytesIO(fixture("text_layer.pdf"))))
    w.encrypt(user_password="", owner_password="chu", algorithm="RC4-128")
    buf = io.BytesIO()
    w.write(buf)
    d = decode_bytes(buf.getvalue(), ".pdf")
    assert (d.status, d.text) == ("ok", "\n".join(mf.pdf_lines()))


def test_pdf_blank_pages_are_not_called_scanned():
    from pypdf import PdfWriter

    w = PdfWriter()
    w.add_blank_page(595, 842)
    w.add_blank_page(595, 842)
    buf = io.BytesIO()
    w.write(buf)
    d = decode_bytes(buf.getvalue(), ".pdf")
    assert (d.status, d.reason) == ("quarantined", "PDF without a text layer and without images (2 blank pages); "
                                                   "check that this is the right file")


def test_pdf_damaged_inside_is_quarantined():
    data = fixture("text_layer.pdf")
    broken = data[:200] + b"\x00garbage\x00" * 50 + data[-40:]
    d = decode_bytes(broken, ".pdf")
    assert d.status == "quarantined" and d.reason


# ---------------------------------------------------------------- DOCX
def test_docx_paragraphs_tables_text_box_once_no_deleted_text():
    d = decode_bytes(fixture("report.docx"), ".docx")
    assert (d.status, d.encoding, d.text) == ("ok", "docx", mf.docx_expected())
    assert "cũ 2023" not in d.text and d.text.count(mf.DOCX_TEXTBOX) == 1


@pytest.mark.parametrize("name, reason", [
    ("workbook_named.docx", "a ZIP archive but not a Word document: it is an Excel workbook (.xlsx) with a .docx name"),
    ("photos_named.docx", "a ZIP archive but not a Word document (no word/document.xml; it holds anh/trong_cay_1.jpg, "
                          "anh/trong_cay_2.jpg)"),
    ("old_word_doc_named.docx", "an old Word .doc (or a password-protected .docx) with a .docx name: open it in Word "
                                "and save it as .docx without a password"),
])
def test_docx_that_is_something_else(name, reason):
    d = decode_bytes(fixture(name), ".docx")
    assert (d.status, d.reason) == ("quarantined", reason)


def test_docx_truncated_or_broken():
    data = fixture("report.docx")
    d = decode_bytes(data[: len(data) // 2], ".docx")
    assert d.status == "quarantined" and d.reason.startswith("not a Word .docx file (not a ZIP archive, or a truncated")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", "<w:document><w:body><w:p>")
    d = decode_bytes(buf.getvalue(), ".docx")
    assert d.status == "quarantined" and d.reason.startswith("damaged Word document (its XML is broken")


# ---------------------------------------------------------------- robustness, reproducibility, CLI
ALL_FIXTURES = sorted(p.name for p in FIXTURES.iterdir() if p.suffix != ".py" and p.is_file())


def test_every_fixture_is_covered_and_reproducible(tmp_path):
    assert set(ALL_FIXTURES) == set(mf.fixtures())
    built = mf.build(tmp_path)
    for name in ALL_FIXTURES:
        if name == "encrypted.pdf":  # encryption salts are random
            continue
        assert built[name].read_bytes() == fixture(name), f"{name}: run tests/fixtures/formats/make_fixtures.py"


def test_no_exception_escapes_on_damaged_bytes():
    rnd = random.Random(2024)
    for name in ALL_FIXTURES:
        data = fixture(name)
        suffix = Path(name).suffix
        for _ in range(6):
            b = bytearray(data)
            for _ in range(rnd.randint(1, 20)):
                b[rnd.randrange(len(b))] = rnd.randrange(256)
            cut = bytes(b[: rnd.randint(1, len(b))]) if rnd.random() < 0.3 else bytes(b)
            d = decode_bytes(cut, suffix)
            assert d.status in ("ok", "quarantined")
            assert (d.text is not None) == (d.status == "ok") and (d.reason is not None) == (d.status == "quarantined")


def test_cli_extract_reads_every_fixture():
    files = [str(FIXTURES / n) for n in ALL_FIXTURES]
    out = subprocess.run([str(Path(sys.executable).with_name("chitieu")), "extract", "--format", "jsonl", *files],
                         capture_output=True, text=True, timeout=60, check=True).stdout
    docs = {Path(r["document"]).name: r for r in map(json.loads, out.splitlines()) if r["record"] == "document"}
    assert set(docs) == set(ALL_FIXTURES)
    for name, rec in docs.items():
        d = decode_bytes(fixture(name), Path(name).suffix)
        assert (rec["status"], rec["reason"], rec["encoding"]) == (d.status, d.reason, d.encoding), name
    # the targets of the real document are found in every readable format
    ok = [n for n, r in docs.items() if r["status"] == "ok"]
    assert len(ok) == 14
    for name in ok:
        assert docs[name]["measures"] >= 3, name
