"""Bytes of a raw file -> NFC text, or a reason a person can act on.

Every offset downstream refers to the text returned here, so this is the only place that decides
what "the text of a document" is. Readers are chosen by file suffix; adding a format means adding one
function to READERS. A reader returns a `Text` or raises `Unreadable`; nothing else escapes
`decode_bytes` (an unexpected error in a reader quarantines the file with its name).

- .txt: UTF-8, UTF-16 (LE/BE, with or without BOM), Windows-1258, TCVN3 (ABC), VNI-Windows, and files
  mixing UTF-8 with bad bytes or legacy lines (pipelines/ingest/charset.py, legacy_vietnamese.py)
- .html/.htm: the article's text (html_text.py)
- .pdf: the text layer (pdf_text.py, pypdf imported on first use)
- .docx: paragraphs and table rows in order (docx_text.py)

A text saved from the web may open with the page's address: a block of "key: value" lines starting with
"url:" and closed by a line "---" (the layout of the shared corpora's scorer). That block is the file's
header, not the document: it is split off here (`Decoded.header`), so offsets count from the first word of
the page and the address's digits ("…-2022-2027-post123.html") are never read as figures or years.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from pipelines.ingest.charset import Text, Unreadable, decode_text_bytes


@dataclass
class Decoded:
    text: str | None
    format: str  # txt, html, pdf, docx, unknown
    encoding: str | None
    status: str  # ok | quarantined
    reason: str | None = None
    detail: str | None = None  # what was repaired or guessed on the way (replaced bytes, legacy encoding …)
    header: dict[str, str] = field(default_factory=dict)  # the file's "url: …" header, when it has one


# "url: https://…" then at most 20 more "key: value" lines, then "---" alone on its line
_HEADER = re.compile(r"url:[ \t]*(\S[^\n]*)\n((?:[A-Za-z_][\w-]{0,30}:[^\n]*\n){0,20})---[ \t]*(?:\n|$)")


def split_header(text: str) -> tuple[dict[str, str], str]:
    """A text's "url:" header as {key: value} (keys lower-cased), and the text after it."""
    m = _HEADER.match(text)
    if not m:
        return {}, text
    header = {"url": m.group(1).strip()}
    for line in m.group(2).splitlines():
        key, _, value = line.partition(":")
        if value.strip():
            header.setdefault(key.strip().lower(), value.strip())
    return header, text[m.end():]


def read_txt(data: bytes) -> Text:
    text = decode_text_bytes(data)
    if "\x00" in text.text:
        raise Unreadable("contains NUL characters: this looks like a binary file with a .txt name")
    return text


def _html(data: bytes) -> Text:
    from pipelines.ingest.html_text import read_html
    return read_html(data)


def _pdf(data: bytes) -> Text:
    from pipelines.ingest.pdf_text import read_pdf
    return read_pdf(data)


def _docx(data: bytes) -> Text:
    from pipelines.ingest.docx_text import read_docx
    return read_docx(data)


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
        got = reader(data)
        text = normalise(got.text)
    except Unreadable as e:
        return Decoded(None, fmt, None, "quarantined", str(e))
    except Exception as e:  # a reader bug or a library failure on one file must not stop the run
        return Decoded(None, fmt, None, "quarantined",
                       f"could not read this {fmt} file ({type(e).__name__}: {str(e)[:160]}); "
                       "check that it opens, and report it if it does")
    header, text = split_header(text)
    if not text.strip():
        return Decoded(None, fmt, got.encoding, "quarantined",
                       "no text after its header" if header else "no text after decoding", got.detail, header)
    return Decoded(text, fmt, got.encoding, "ok", None, got.detail, header)


def decode_file(path: Path) -> Decoded:
    try:
        data = path.read_bytes()
    except OSError as e:
        return Decoded(None, "unknown", None, "quarantined", f"cannot read file: {e.strerror}")
    return decode_bytes(data, path.suffix)
