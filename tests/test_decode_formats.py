"""Formats and encodings, each from real bytes of real Vietnamese sentences (from the sample documents)."""

import io
import unicodedata
import zipfile

import pytest

from pipelines.extract import extract_document
from pipelines.ingest.decode import decode_bytes
from pipelines.ingest.legacy_vietnamese import encode_cp1258, encode_tcvn3, encode_vni

SENT = ("Chỉ tiêu 5: 270.000 cây xanh được đoàn viên, thanh niên tham gia trồng mới.\n"
        "Tối thiểu 1,4 triệu lượt đoàn viên, thanh niên được tham gia các hoạt động tình nguyện do tổ chức Đoàn, Hội tổ chức.")


@pytest.mark.parametrize("data, encoding, expected", [
    (SENT.encode("utf-16-le"), "utf-16-le", SENT),  # no BOM: found from the NUL pattern
    (SENT.encode("utf-16-be"), "utf-16-be", SENT),
    (encode_cp1258(SENT), "cp1258", SENT),  # tone marks written as combining characters
    (encode_vni(SENT), "vni", SENT),
    # TCVN3 capitals come from a separate font at the same bytes: they decode as lower case
    (encode_tcvn3(SENT.lower()), "tcvn3", SENT.lower()),
    (unicodedata.normalize("NFD", SENT).encode("utf-8"), "utf-8", SENT),
])
def test_encodings(data, encoding, expected):
    d = decode_bytes(data, ".txt")
    assert (d.status, d.encoding, d.text) == ("ok", encoding, expected)


def test_real_unicode_is_never_reinterpreted():
    for name in ("000_bc00c4019bed53ab.txt", "003_48540b61bb82c50a.txt"):
        data = (pytest.importorskip("pathlib").Path(__file__).resolve().parents[1] / "raw" / name).read_bytes()
        d = decode_bytes(data, ".txt")
        assert (d.encoding, d.text) == ("utf-8", unicodedata.normalize("NFC", data.decode("utf-8")))


def test_vni_pasted_into_a_unicode_file_is_repaired():
    glyphs = (encode_vni(SENT) * 3).decode("cp1252").encode("utf-8")
    d = decode_bytes(glyphs, ".txt")
    assert (d.encoding, d.text) == ("vni (as Unicode)", SENT * 3)


def test_mostly_utf8_with_a_few_bad_bytes_stays_utf8():
    data = SENT.encode("utf-8") + b" \xff " + SENT.encode("utf-8")
    d = decode_bytes(data, ".txt")
    assert d.status == "ok" and d.encoding == "utf-8 (1 undecodable bytes replaced)"
    assert d.text == SENT + " \ufffd " + SENT


HTML = f"""<!doctype html><html><head><meta charset="utf-8"><title>Tuổi trẻ Thủ đô</title>
<script>var x = "1.000.000 cây";</script><style>.a{{}}</style></head><body>
<header><nav><a href="/">Trang chủ</a> | <a>Tin 24h</a></nav></header>
<div class="sidebar">Đọc nhiều: 5.000 lượt xem</div>
<article><h1>Tuổi trẻ Thủ đô</h1><p>{SENT.splitlines()[0]}</p><p>{SENT.splitlines()[1]}</p>
<div class="comments">Bạn đọc: tôi trồng 3 cây</div></article>
<!-- 999 cây in a comment -->
<footer>Bản quyền 2024</footer></body></html>"""


def test_html_main_text_only():
    d = decode_bytes(HTML.encode("utf-8"), ".html")
    assert d.status == "ok"
    assert d.text == "Tuổi trẻ Thủ đô\n\n" + SENT.splitlines()[0] + "\n\n" + SENT.splitlines()[1]
    values = [m.value for m in extract_document(d.text, name="x.html").measures]
    assert values == [270000, 1_400_000]


def make_docx(paragraphs, table_cells=()):
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{p}</w:t></w:r></w:p>' for p in paragraphs)
    if table_cells:
        body += "<w:tbl><w:tr>" + "".join(f"<w:tc><w:p><w:r><w:t>{c}</w:t></w:r></w:p></w:tc>" for c in table_cells) + "</w:tr></w:tbl>"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{w}"><w:body>{body}</w:body></w:document>')
    return buf.getvalue()


def test_docx_paragraphs_and_tables():
    data = make_docx(SENT.splitlines(), ["Chỉ tiêu 6", "50.000 đoàn viên mới được kết nạp"])
    d = decode_bytes(data, ".docx")
    assert (d.status, d.text) == ("ok", SENT.replace("\n", "\n\n") + "\n\nChỉ tiêu 6\n\n50.000 đoàn viên mới được kết nạp")


def test_docx_that_is_another_zip_or_not_a_zip():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("photos/a.jpg", b"\xff\xd8")
    d = decode_bytes(buf.getvalue(), ".docx")
    assert d.status == "quarantined" and d.reason.startswith("a ZIP archive but not a Word document")
    d = decode_bytes(b"PK\x03\x04 broken", ".docx")
    assert d.status == "quarantined" and d.reason.startswith("not a Word .docx file")


def make_pdf(text_lines, encrypt=False):
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    w = PdfWriter()
    page = w.add_blank_page(595, 842)
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica")})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
    ops = "BT /F1 12 Tf 50 800 Td " + " ".join(f"({t}) Tj 0 -16 Td" for t in text_lines) + " ET"
    stream = DecodedStreamObject()
    stream.set_data(ops.encode("latin-1"))
    page[NameObject("/Contents")] = w._add_object(stream)
    if encrypt:
        w.encrypt("secret")
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def test_pdf_text_layer_encrypted_truncated_and_scanned():
    pytest.importorskip("pypdf")
    lines = ["Chi tieu 5: 270.000 cay xanh", "Trong duoc 156.835 cay xanh"]  # ASCII: Type1 Helvetica has no Vietnamese
    d = decode_bytes(make_pdf(lines), ".pdf")
    assert d.status == "ok" and "270.000 cay xanh" in d.text and "156.835" in d.text
    d = decode_bytes(make_pdf(lines, encrypt=True), ".pdf")
    assert d.status == "quarantined" and d.reason.startswith("encrypted PDF")
    d = decode_bytes(make_pdf(lines)[:200], ".pdf")
    assert d.status == "quarantined" and ("damaged or truncated PDF" in d.reason or "without a text layer" in d.reason)
    d = decode_bytes(make_pdf([]), ".pdf")
    assert d.status == "quarantined" and d.reason.startswith("PDF without a text layer")
