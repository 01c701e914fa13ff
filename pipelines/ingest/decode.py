"""Bytes of a raw file -> NFC text, or a reason a person can act on.

Every offset downstream refers to the text returned here, so this is the only place that decides
what "the text of a document" is. Readers are chosen by file suffix; adding a format means adding one
function to READERS.
"""

from __future__ import annotations

import unicodedata
import re
from dataclasses import dataclass
from pathlib import Path

from pipelines.ingest.formats import Unreadable, read_docx, read_html, read_pdf
from pipelines.ingest.legacy_vietnamese import best_legacy_decoding, repair_legacy_in_unicode


@dataclass
class Decoded:
    text: str | None
    format: str  # txt, html, pdf, docx, unknown
    encoding: str | None
    status: str  # ok | quarantined
    reason: str | None = None


def _to_text(data: bytes) -> tuple[str, str]:
    # A BOM is explicit, so trust it first.
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    # UTF-16 without a BOM: every other byte of ASCII text is NUL.
    head = data[:4000]
    if len(head) >= 8 and head.count(0) > len(head) // 4:
        even, odd = head[0::2].count(0), head[1::2].count(0)
        enc = "utf-16-le" if odd > even else "utf-16-be"
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        # Mostly UTF-8 with a few bad bytes (a copy-paste accident) stays UTF-8; otherwise a legacy
        # Vietnamese encoding is chosen by how Vietnamese each reading is.
        bad = sum(1 for _ in re.finditer(rb"[\x80-\xff]", data[:200000]))
        text_rep = data.decode("utf-8", errors="replace")
        if text_rep.count("\ufffd") <= max(3, bad // 50):
            return text_rep, f"utf-8 ({text_rep.count(chr(0xFFFD))} undecodable bytes replaced)"
        text, name, score = best_legacy_decoding(data)
        if score < 2.0:
            raise Unreadable(f"not UTF-8 (byte {e.start}) and not Vietnamese in TCVN3, VNI or Windows-1258 either; "
                             "re-save the file as UTF-8") from None
        return text, name
    repaired = repair_legacy_in_unicode(text)
    if repaired:
        return repaired
    return text, "utf-8"


def read_txt(data: bytes) -> tuple[str, str]:
    if b"\x00" in data[:4000] and data[:4000].count(0) < len(data[:4000]) // 4 and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise Unreadable("contains NUL bytes: this looks like a binary file with a .txt name")
    text, enc = _to_text(data)
    if "\x00" in text:
        raise Unreadable("contains NUL characters: this looks like a binary file with a .txt name")
    return text, enc


def _html(data: bytes) -> tuple[str, str]:
    return read_html(data)


def _pdf(data: bytes) -> tuple[str, str]:
    return read_pdf(data), "pdf text layer"


def _docx(data: bytes) -> tuple[str, str]:
    return read_docx(data), "docx"


READERS = {".txt": ("txt", read_txt), ".html": ("html", _html), ".htm": ("html", _html),
           ".pdf": ("pdf", _pdf), ".docx": ("docx", _docx)}


def normalise(text: str) -> str:
    # Vietnamese arrives both precomposed (NFC) and decomposed (NFD, common from macOS and PDFs);
    # matching and offsets need one form. Windows line ends are folded so offsets do not depend on them.
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def decode_bytes(data: bytes, suffix: str) -> Decoded:
    fmt, reader = READERS.get(suffix.lower(), (None, None))
    if reader is None:
        return Decoded(None, "unknown", None, "quarantined",
                       f"unsupported file type {suffix or '(none)'}: supported are {', '.join(READERS)}")
    if not data.strip():
        return Decoded(None, fmt, None, "quarantined", "empty file: nothing to read")
    try:
        text, enc = reader(data)
    except Unreadable as e:
        return Decoded(None, fmt, None, "quarantined", str(e))
    text = normalise(text)
    if not text.strip():
        return Decoded(None, fmt, enc, "quarantined", "no text after decoding")
    return Decoded(text, fmt, enc, "ok")


def decode_file(path: Path) -> Decoded:
    try:
        data = path.read_bytes()
    except OSError as e:
        return Decoded(None, "unknown", None, "quarantined", f"cannot read file: {e.strerror}")
    return decode_bytes(data, path.suffix)
