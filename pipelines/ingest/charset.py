"""Bytes of a plain-text file -> str: which encoding, and what had to be repaired on the way.

Order of evidence: a byte-order mark; the NUL pattern of UTF-16 without one; strict UTF-8; then, for
bytes that are not UTF-8, the reading (TCVN3, VNI, Windows-1258) that is most Vietnamese. Files that mix
UTF-8 with a few bad bytes, or UTF-8 lines with legacy lines, keep status ok and say what was done.
Everything here is linear in the size of the file: encodings are judged on samples, decoded in C codecs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.ingest.legacy_vietnamese import (LEGACY_DECODERS, LEGACY_NAMES, rank_legacy,
                                                repair_legacy_in_unicode, vietnamese_score)


class Unreadable(Exception):
    """A file we cannot turn into text; the message is the reason shown to the user."""


@dataclass
class Text:
    text: str
    encoding: str
    detail: str | None = None


def _utf16_order(data: bytes) -> str | None:
    """UTF-16 without a BOM: most characters of Vietnamese text are ASCII or Latin, whose high byte is NUL,
    so NULs sit on one parity only (odd positions for little-endian)."""
    head = data[:8192]
    if len(head) < 16:
        return None
    half = len(head) // 2
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd >= 0.3 * half and even <= 0.1 * odd:
        return "utf-16-le"
    if even >= 0.3 * half and odd <= 0.1 * even:
        return "utf-16-be"
    return None


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")


def _controls(text: str) -> float:
    """Share of control characters: text has almost none, binary data read as UTF-16 has many."""
    return len(_CONTROL.findall(text)) / max(1, len(text))


def _non_ascii(text: str) -> int:
    return len(text) - len(text.encode("ascii", "ignore"))


def decode_text_bytes(data: bytes) -> Text:
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        return Text(text, "utf-8-sig", f"{bad} bytes were not valid UTF-8 and were replaced by U+FFFD" if bad else None)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
        bad = text.count("\ufffd")
        return Text(text, "utf-16", f"{bad} invalid UTF-16 code units replaced by U+FFFD" if bad else None)
    order = _utf16_order(data)
    if order and _controls(data[:8192].decode(order, errors="replace")) > 0.02:
        raise Unreadable("contains NUL bytes: this looks like a binary file with a .txt name")
    if order:
        try:
            return Text(data.decode(order), order, f"UTF-16 {order[-2:].upper()} without a byte-order mark, "
                                                   "recognised from the NUL bytes")
        except UnicodeDecodeError:
            text = data.decode(order, errors="replace")
            return Text(text, order, f"UTF-16 {order[-2:].upper()} without a byte-order mark; "
                                     f"{text.count(chr(0xFFFD))} broken code units (odd length or lone surrogates) "
                                     "replaced by U+FFFD")
    if b"\x00" in data[:8192]:
        raise Unreadable("contains NUL bytes: this looks like a binary file with a .txt name")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        return _not_utf8(data, e)
    repaired = repair_legacy_in_unicode(text)
    if repaired:
        name = repaired[1]
        return Text(repaired[0], f"{name} (as Unicode)",
                    f"{LEGACY_NAMES[name]} text pasted into a Unicode file (it read as glyph soup); converted")
    return Text(text, "utf-8")


def _not_utf8(data: bytes, error: UnicodeDecodeError) -> Text:
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    good = _non_ascii(replaced) - bad  # valid multi-byte UTF-8 characters
    if bad <= max(3, good // 50):
        # Mostly UTF-8 with a few bad bytes (a copy-paste accident): keep it, and say so.
        return Text(replaced, f"utf-8 ({bad} undecodable bytes replaced)",
                    f"{bad} bytes were not valid UTF-8 (first at byte {error.start}) and were replaced by U+FFFD; "
                    "the rest is UTF-8")
    if good >= max(20, bad // 4):
        mixed = _mixed(data, bad)
        if mixed:
            return mixed
    score, name = rank_legacy(data)[0]
    if not score.is_vietnamese and _only_windows_punctuation(data):
        # Text without diacritics ("khong dau") saved as Windows-1252: only “ ” – … are not ASCII.
        return Text(data.decode("cp1252"), "cp1252",
                    "Windows-1252: the only non-ASCII characters are typographic punctuation")
    if not score.is_vietnamese:
        raise Unreadable(f"not UTF-8 (byte {error.start}) and not Vietnamese in TCVN3, VNI or Windows-1258 either; "
                         "re-save the file as UTF-8")
    detail = f"{LEGACY_NAMES[name]} legacy encoding, converted to Unicode"
    if name == "tcvn3":
        detail += "; capitals with tone marks (a .VnTimeH font) read as lower case unless the word is in capitals"
    return Text(LEGACY_DECODERS[name](data), name, detail)


_WINDOWS_PUNCTUATION = re.compile(rb"[\x80-\x9f]")
_HIGH = re.compile(rb"[\x80-\xff]")


def _only_windows_punctuation(data: bytes) -> bool:
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return len(_WINDOWS_PUNCTUATION.findall(data)) == len(_HIGH.findall(data))


def _mixed(data: bytes, bad: int) -> Text | None:
    """UTF-8 lines and lines in a legacy encoding (documents pasted together): each line on its own.
    None when the valid UTF-8 lines are not Vietnamese text (then the file is judged as a whole)."""
    lines = data.split(b"\n")
    out: list[str | None] = []
    broken: list[int] = []
    for i, line in enumerate(lines):
        try:
            out.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            out.append(None)
            broken.append(i)
    if not vietnamese_score("\n".join(x for x in out if x is not None)).is_vietnamese:
        return None
    score, name = rank_legacy(b"\n".join(lines[i] for i in broken))[0]
    if score.is_vietnamese:
        decode = LEGACY_DECODERS[name]
        for i in broken:
            out[i] = decode(lines[i])
        return Text("\n".join(out), f"utf-8 + {name} ({len(broken)} lines)",
                    f"mixed encodings: {len(broken)} of {len(lines)} lines were {LEGACY_NAMES[name]} and were "
                    "converted; the rest is UTF-8")
    if len(broken) > 0.2 * len(lines):
        return None
    for i in broken:
        out[i] = lines[i].decode("utf-8", errors="replace")
    return Text("\n".join(out), f"utf-8 ({bad} undecodable bytes replaced)",
                f"{bad} bytes on {len(broken)} of {len(lines)} lines were neither UTF-8 nor Vietnamese in a legacy "
                "encoding; they were replaced by U+FFFD")
