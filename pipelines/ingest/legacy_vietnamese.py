"""Legacy Vietnamese 8-bit encodings that older documents still arrive in, and how to tell them apart.

TCVN3 (ABC, fonts .VnTime/.VnArial) gives each precomposed lower-case letter one byte in 0xA1-0xFE;
capitals come from a separate font (.VnTimeH) using the same bytes, so they decode as lower case here.
The table is the upper half of TCVN 5712:1993 (VN1), of which VN3 is a subset; it agrees with the
X11 TCVN table and with published TCVN3 converters.

VNI-Windows writes a plain base letter followed by accent glyphs from the cp1252 range ("aø" = à,
"aâ" = â, "aá" = ấ, "ô" = ơ, "ñ" = đ). The decoder below is built from those composition rules.

cp1258 (Windows Vietnamese) is a Python codec; it uses combining tone marks, so its text is NFC-folded.

Which encoding a file is in is decided by how Vietnamese each decoding reads (common words with their
diacritics), never by trusting one byte pattern; real UTF-8 is never re-decoded unless it is plainly
legacy text pasted as Unicode (TCVN3/VNI glyph soup with no Vietnamese words).
"""

from __future__ import annotations

import re
import unicodedata

# TCVN 5712 bytes 0xA0-0xFF and 0x80-0x9F (capitals with tones, VN1 only) -> Unicode code points.
_TCVN_HIGH = [
    0x00C0, 0x1EA2, 0x00C3, 0x00C1, 0x1EA0, 0x1EB6, 0x1EAC, 0x00C8, 0x1EBA, 0x1EBC, 0x00C9, 0x1EB8, 0x1EC6, 0x00CC, 0x1EC8, 0x0128,
    0x00CD, 0x1ECA, 0x00D2, 0x1ECE, 0x00D5, 0x00D3, 0x1ECC, 0x1ED8, 0x1EDC, 0x1EDE, 0x1EE0, 0x1EDA, 0x1EE2, 0x00D9, 0x1EE6, 0x0168,
    0x00A0, 0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF, 0x0110, 0x0103, 0x00E2, 0x00EA, 0x00F4, 0x01A1, 0x01B0, 0x0111, 0x1EB0,
    0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00E0, 0x1EA3, 0x00E3, 0x00E1, 0x1EA1, 0x1EB2, 0x1EB1, 0x1EB3, 0x1EB5, 0x1EAF, 0x1EB4,
    0x1EAE, 0x1EA6, 0x1EA8, 0x1EAA, 0x1EA4, 0x1EC0, 0x1EB7, 0x1EA7, 0x1EA9, 0x1EAB, 0x1EA5, 0x1EAD, 0x00E8, 0x1EC2, 0x1EBB, 0x1EBD,
    0x00E9, 0x1EB9, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC, 0x1EC9, 0x1EC4, 0x1EBE, 0x1ED2, 0x0129, 0x00ED, 0x1ECB, 0x00F2,
    0x1ED4, 0x1ECF, 0x00F5, 0x00F3, 0x1ECD, 0x1ED3, 0x1ED5, 0x1ED7, 0x1ED1, 0x1ED9, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB, 0x1EE3, 0x00F9,
    0x1ED6, 0x1EE7, 0x0169, 0x00FA, 0x1EE5, 0x1EEB, 0x1EED, 0x1EEF, 0x1EE9, 0x1EF1, 0x1EF3, 0x1EF7, 0x1EF9, 0x00FD, 0x1EF5, 0x1ED0,
]
TCVN3_DECODE = {0x80 + i: chr(cp) for i, cp in enumerate(_TCVN_HIGH)}
TCVN3_ENCODE = {v: k for k, v in TCVN3_DECODE.items() if k >= 0xA0}  # VN3 proper: the upper half


def decode_tcvn3(data: bytes) -> str:
    table = [chr(b) for b in range(128)] + [TCVN3_DECODE.get(b, chr(b)) for b in range(128, 256)]
    return unicodedata.normalize("NFC", "".join(table[b] for b in data))


def encode_tcvn3(text: str) -> bytes:
    """Only for building test fixtures from real sentences."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ord(ch) < 128:
            out.append(ord(ch))
        elif ch in TCVN3_ENCODE:
            out.append(TCVN3_ENCODE[ch])
        elif ch.lower() in TCVN3_ENCODE:  # capitals share the lower-case byte (they come from a caps font)
            out.append(TCVN3_ENCODE[ch.lower()])
        else:
            raise ValueError(f"{ch!r} has no TCVN3 byte")
    return bytes(out)


# ---- VNI-Windows: accent glyphs (as cp1252 characters) that follow a base letter.
_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
_CIRC, _BREVE, _HORN = "\u0302", "\u0306", "\u031B"
_VNI_TONE = {"ø": _GRAVE, "ù": _ACUTE, "û": _HOOK, "õ": _TILDE, "ï": _DOT}
_VNI_CIRC = {"â": "", "á": _ACUTE, "à": _GRAVE, "å": _HOOK, "ã": _TILDE, "ä": _DOT}
_VNI_BREVE = {"ê": "", "é": _ACUTE, "è": _GRAVE, "ú": _HOOK, "ü": _TILDE, "ë": _DOT}
# single glyphs that are whole letters
_VNI_LETTER = {"ô": "ơ", "ö": "ư", "ñ": "đ", "ò": "ị", "ó": "ĩ", "æ": "ỉ", "î": "ỵ",
               "Ô": "Ơ", "Ö": "Ư", "Ñ": "Đ", "Ò": "Ị", "Ó": "Ĩ", "Æ": "Ỉ", "Î": "Ỵ"}


def _vni_pairs() -> dict[str, str]:
    pairs = {}
    for base in "aAeEiIoOuUyYơƠưƯ":
        for glyph, mark in _VNI_TONE.items():
            for g in (glyph, glyph.upper()):
                pairs[base + g] = unicodedata.normalize("NFC", base + mark)
    for base in "aAeEoO":
        for glyph, mark in _VNI_CIRC.items():
            for g in (glyph, glyph.upper()):
                pairs[base + g] = unicodedata.normalize("NFC", base + _CIRC + mark)
    for base in "aA":
        for glyph, mark in _VNI_BREVE.items():
            for g in (glyph, glyph.upper()):
                pairs[base + g] = unicodedata.normalize("NFC", base + _BREVE + mark)
    return pairs


_VNI_PAIRS = _vni_pairs()
_VNI_PAIR_RE = re.compile("|".join(sorted(map(re.escape, _VNI_PAIRS), key=len, reverse=True)))
_VNI_LETTER_RE = re.compile("[" + "".join(_VNI_LETTER) + "]")


def decode_vni_text(s: str) -> str:
    """VNI glyph text (bytes read as cp1252) -> Unicode."""
    s = _VNI_LETTER_RE.sub(lambda m: _VNI_LETTER[m.group(0)], s)
    return unicodedata.normalize("NFC", _VNI_PAIR_RE.sub(lambda m: _VNI_PAIRS[m.group(0)], s))


def decode_vni(data: bytes) -> str:
    return decode_vni_text(data.decode("cp1252", errors="replace"))


def encode_vni(text: str) -> bytes:
    """Only for building test fixtures: Unicode -> VNI-Windows bytes."""
    letters = {v: k for k, v in _VNI_LETTER.items()}
    pairs = {}
    for k, v in _VNI_PAIRS.items():
        base = k[0]
        if base in "ơƠưƯ":
            k = letters[base] + k[1]
        pairs.setdefault(v, k)
    out = []
    for ch in unicodedata.normalize("NFC", text):
        out.append(pairs.get(ch) or letters.get(ch) or ch)
    return "".join(out).encode("cp1252")


# ---- telling encodings apart
_VIET_WORDS = re.compile(
    r"(?<!\w)(?:của|và|các|được|những|thanh niên|đoàn|năm|người|trong|một|cho|với|đã|chỉ tiêu|tỉnh|"
    r"hoạt động|công trình|tổ chức|tham gia|thực hiện|phong trào|đội|việc|này|nhiệm vụ)(?!\w)", re.IGNORECASE)


def vietnamese_score(text: str) -> float:
    """Common Vietnamese words (with their diacritics) per 1,000 characters."""
    sample = text[:20000]
    if not sample:
        return 0.0
    return 1000.0 * len(_VIET_WORDS.findall(sample)) / len(sample)


def best_legacy_decoding(data: bytes) -> tuple[str, str, float]:
    """Decode bytes that are not UTF-8 with each legacy candidate; keep the most Vietnamese reading."""
    candidates = []
    for name, fn in (("tcvn3", decode_tcvn3), ("vni", decode_vni),
                     ("cp1258", lambda d: unicodedata.normalize("NFC", d.decode("cp1258", errors="replace")))):
        try:
            text = fn(data)
        except Exception:
            continue
        candidates.append((vietnamese_score(text), name, text))
    score, name, text = max(candidates)
    return text, name, score


# Characters TCVN3 and VNI text is drawn with when read as cp1252. Real Vietnamese uses some of them too
# (â, ô …): the word score, not this count, decides.
_LEGACY_GLYPHS = re.compile(r"[µ¸¶·¹¨©ª«¬®»¼½¾ÌÐ×ÝßøùûõïâáàåãäêéèúüëôöñÂÁÀÅÃÄÊÉÈÚÜËÔÖÑØÙÛÕÏ]")


def repair_legacy_in_unicode(text: str) -> tuple[str, str] | None:
    """Legacy text pasted into a Unicode file (each TCVN3/VNI byte became the cp1252 character it is
    drawn with) reads as glyph soup. Re-decode only when the result is clearly more Vietnamese."""
    if len(_LEGACY_GLYPHS.findall(text[:20000])) < 20:
        return None
    try:
        # Real Vietnamese in Unicode always holds letters cp1252 lacks (ư, ơ, đ, ạ …): it stops here.
        raw = text.encode("cp1252")
    except UnicodeEncodeError:
        return None
    here, best = vietnamese_score(text), None
    for name, fn in (("tcvn3 (as Unicode)", decode_tcvn3), ("vni (as Unicode)", decode_vni)):
        cand = fn(raw)
        score = vietnamese_score(cand)
        if score > max(4.0, 3 * here) and (best is None or score > best[0]):
            best = (score, name, cand)
    return (best[2], best[1]) if best else None


def encode_cp1258(text: str) -> bytes:
    """Only for building test fixtures: Windows-1258 keeps â ê ô ơ ư ă precomposed and writes the five
    tone marks as combining characters after them."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        tones = [p for p in parts if p in (_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT)]
        base = unicodedata.normalize("NFC", "".join(p for p in parts if p not in tones))
        out.append(base + "".join(tones))
    return "".join(out).encode("cp1258")
