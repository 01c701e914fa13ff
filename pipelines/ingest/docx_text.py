"""Paragraph text of a Word .docx, in document order, tables included (standard library: zipfile + XML).

Each paragraph is one paragraph of the output; each table row is one line, its cells separated by tabs
(so an indicator and its figures stay together). Text boxes are read once (the VML fallback copy Word
writes beside them is skipped); deleted tracked changes and field codes are not text.
A ".docx" that is something else is quarantined with what it really is.
"""

from __future__ import annotations

import io
import re
import zipfile
from xml.etree import ElementTree

from pipelines.ingest.budget import Budget, OutOfBudget, too_big
from pipelines.ingest.charset import Text, Unreadable

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"

_OTHER_ZIPS = (("xl/workbook.xml", "an Excel workbook (.xlsx)"), ("ppt/presentation.xml", "a PowerPoint file (.pptx)"),
               ("content.xml", "an OpenDocument file (.odt/.ods)"), ("word/document2.xml", None))


def _paragraph(p: ElementTree.Element) -> str:
    chunks: list[str] = []

    def rec(el):
        for c in el:
            tag = c.tag
            if tag == f"{_W}t":
                chunks.append(c.text or "")
            elif tag == f"{_W}tab":
                chunks.append("\t")
            elif tag in (f"{_W}br", f"{_W}cr"):
                chunks.append("\n")
            elif tag == f"{_W}noBreakHyphen":
                chunks.append("-")
            elif tag in (f"{_W}p", f"{_W}tbl", _MC_FALLBACK, f"{_W}del", f"{_W}instrText"):
                continue  # nested paragraphs (text boxes) are read on their own; fallback copies never
            else:
                rec(c)

    rec(p)
    return re.sub(r"[ \u00a0]+", " ", "".join(chunks)).strip()


def _blocks(el: ElementTree.Element, out: list[str]) -> None:
    """Paragraphs and table rows in document order, text boxes after the paragraph that anchors them."""
    for c in el:
        _block(c, out)


def _block(c: ElementTree.Element, out: list[str]) -> None:
    if c.tag == f"{_W}p":
        text = _paragraph(c)
        if text:
            out.append(text)
        _blocks_inside(c, out)
    elif c.tag == f"{_W}tbl":
        for row in c.findall(f"{_W}tr"):
            cells = []
            for cell in row.findall(f"{_W}tc"):
                inner: list[str] = []
                _blocks(cell, inner)
                cells.append(" ".join(x.replace("\n", " ") for x in inner))
            line = "\t".join(x for x in cells if x)
            if line:
                out.append(line)
    elif c.tag != _MC_FALLBACK:
        _blocks(c, out)


class _Counted(io.RawIOBase):
    """A ZIP member read through a count of its unpacked bytes: past `cap` the file is stopped (a bomb can state a
    small size in its header)."""

    def __init__(self, part, cap: int):
        self.part, self.cap, self.unpacked = part, cap, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:
        n = self.part.readinto(buf)
        self.unpacked += n
        if self.unpacked > self.cap:
            raise OutOfBudget(too_big("its text part (word/document.xml) unpacked", self.unpacked, self.cap,
                                      "CHITIEU_MAX_TEXT_MB"))
        return n


def _stream_blocks(stream) -> list[str]:
    """The body's paragraphs and tables, each read when its end tag arrives and then dropped: memory holds one
    block, not the whole XML tree (a 289 KB file whose text part unpacked to 100 MB took 3.3 GB as a tree)."""
    out: list[str] = []
    open_: list[ElementTree.Element] = []  # the elements whose end tag has not come yet
    for event, el in ElementTree.iterparse(stream, events=("start", "end")):
        if event == "start":
            open_.append(el)
            continue
        open_.pop()
        if len(open_) == 2:  # a child of w:body (w:document > w:body > block), complete
            _block(el, out)
            open_[1].clear()  # every block of the body so far is read: drop them
    return out


def _blocks_inside(p: ElementTree.Element, out: list[str]) -> None:
    for c in p:
        if c.tag == _MC_FALLBACK:
            continue
        if c.tag == f"{_W}txbxContent":
            _blocks(c, out)
        else:
            _blocks_inside(c, out)


def read_docx(data: bytes) -> Text:
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise Unreadable("an old Word .doc (or a password-protected .docx) with a .docx name: open it in Word "
                         "and save it as .docx without a password")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        names = zf.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        if data.lstrip()[:1] == b"<" or b"{\\rtf" in data[:10]:
            raise Unreadable("not a Word .docx file: it is HTML/XML or RTF saved with a .docx name; "
                             "open it in Word and save it as .docx") from None
        raise Unreadable("not a Word .docx file (not a ZIP archive, or a truncated one); a .doc from old Word "
                         "must be saved as .docx") from None
    if "word/document.xml" not in names:
        what = next((w for marker, w in _OTHER_ZIPS if marker in names and w), None)
        if what:
            raise Unreadable(f"a ZIP archive but not a Word document: it is {what} with a .docx name")
        shown = ", ".join(names[:5]) + (" …" if len(names) > 5 else "")
        raise Unreadable(f"a ZIP archive but not a Word document (no word/document.xml; it holds {shown or 'nothing'})")
    cap = Budget.from_env().xml_bytes
    size = zf.getinfo("word/document.xml").file_size
    if size > cap:
        raise OutOfBudget(too_big("its text part (word/document.xml) unpacked", size, cap, "CHITIEU_MAX_TEXT_MB"))
    try:
        stream = io.BufferedReader(_Counted(zf.open("word/document.xml"), cap), buffer_size=1 << 16)
        if b"<!ENTITY" in stream.peek(4096)[:4096]:
            raise Unreadable("Word document with XML entity declarations: not produced by Word; refusing to expand it")
        out = _stream_blocks(stream)
    except Unreadable:
        raise
    except ElementTree.ParseError as e:
        raise Unreadable(f"damaged Word document (its XML is broken: {e}); download it again") from None
    except Exception as e:
        raise Unreadable(f"damaged Word document: its text part cannot be unpacked ({type(e).__name__}: {e}); "
                         "download it again") from None
    if not out:
        raise Unreadable("the Word document has no text (only images? OCR them first)")
    return Text("\n\n".join(out), "docx", None)
