"""Bytes of a raw file -> NFC text, or a reason a person can act on.

Every offset downstream refers to the text returned here, so this is the only place that decides
what "the text of a document" is. Readers are chosen by file suffix; adding a format means adding one
function to READERS.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Decoded:
    text: str | None
    format: str  # txt, html, pdf, docx, unknown
    encoding: str | None
    status: str  # ok | quarantined
    reason: str | None = None


class Unreadable(Exception):
    """A file we cannot turn into text; the message is shown to the user as the reason."""


def _to_text(data: bytes) -> tuple[str, str]:
    # A BOM is explicit, so trust it first.
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        raise Unreadable(
            f"not valid UTF-8 (byte {e.start}: {data[e.start:e.start + 4]!r}); "
            "legacy Vietnamese encodings are not read yet: re-save the file as UTF-8"
        ) from None


def read_txt(data: bytes) -> tuple[str, str]:
    text, enc = _to_text(data)
    if "\x00" in text:
        raise Unreadable("contains NUL characters: this looks like a binary file with a .txt name")
    return text, enc


READERS = {".txt": ("txt", read_txt)}


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
