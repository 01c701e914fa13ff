"""Legacy Vietnamese 8-bit encodings that older documents still arrive in, and how to tell them apart.

TCVN3 (TCVN 5712:1993 "VN3", the ABC fonts .VnTime/.VnArial) gives each precomposed lower-case letter one
byte in 0xA8-0xFE, and the seven capitals Ă Â Ê Ô Ơ Ư Đ the bytes 0xA1-0xA7. Capitals with a tone mark have
no byte of their own: they come from a separate font (.VnTimeH) drawn at the lower-case bytes, so in a
file they read as lower case. Bytes 0x80-0x9F are Windows punctuation (the files were written through
the Windows-1252 code page: “ ” ‘ ’ – … ), not the VN1 capitals some tables put there.

VNI-Windows writes a plain base letter followed by one accent glyph from the Latin-1 range
("aø" = à, "aâ" = â, "aá" = ấ, "aê" = ă, "aé" = ắ), a few whole letters as one glyph ("ô" = ơ, "ö" = ư,
"ñ" = đ, "æ" = ỉ, "ó" = ĩ, "ò" = ị, "î" = ỵ), and capitals the same way with capital glyphs ("AØ" = À).

Sources of the tables (cross-checked letter by letter, and again in tests/test_decode_formats.py):
  - TCVN3: the upper half of the XFree86 TCVN-5712 converter (xc/lib/X11/lcUniConv/tcvn.h), kept below as
    _TCVN5712_VN1_HIGH; and two independent TCVN3 -> Unicode converters (the C# `Converter.tcvnchars`
    table of hdbd789/clinic, and a TypeScript TCVN3 table) which list the same 67 letters at the same bytes.
  - VNI: the VNI table of xvnkb (lamdao/xvnkb, vni.h: "aù" á, "aø" à, "aû" ả, "aõ" ã, "aï" ạ, "aâ" â …,
    "i" "í" "ì" "æ" "ó" "ò", "y" "yù" "yø" "yû" "yõ" "î", "ñ"), and the same composition rules in a
    TypeScript VNI converter (tones ù ø û õ ï, circumflex â á à å ã ä, breve ê é è ú ü ë).

cp1258 (Windows Vietnamese) is a Python codec; it writes tone marks as combining characters, so its text
is NFC-folded.

Which encoding a file is in is decided by how Vietnamese each decoding reads: the share of its words that
are valid Vietnamese syllables, and how often common words ("của", "và", "các", "thanh niên", "đoàn" …)
occur. No single byte pattern is trusted. Real UTF-8 is never re-decoded unless it is plainly legacy text
pasted as Unicode (TCVN3/VNI glyph soup with no Vietnamese words).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
_CIRC, _BREVE, _HORN = "\u0302", "\u0306", "\u031B"
_TONES = (_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT)


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def _cp1252_char(b: int) -> str:
    # cp1252 leaves 0x81 0x8D 0x8F 0x90 0x9D undefined: keep them as the Latin-1 control they are.
    try:
        return bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(b)


# ---------------------------------------------------------------- TCVN3 (ABC)
# One row per base letter: the byte of the letter without tone, then its bytes with grave, hook above,
# tilde, acute and dot below - the order in which TCVN3 lays them out (0xB5 à, 0xB6 ả, 0xB7 ã, 0xB8 á, 0xB9 ạ).
_TCVN3_ROWS = {
    "a": (None, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9),
    "ă": (0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
    "â": (0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB),
    "e": (None, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
    "ê": (0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6),
    "i": (None, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    "o": (None, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4),
    "ô": (0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
    "ơ": (0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE),
    "u": (None, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
    "ư": (0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9),
    "y": (None, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
}
_TCVN3_OTHER = {0xAE: "đ", 0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ"}


def _tcvn3_letters() -> dict[int, str]:
    out = dict(_TCVN3_OTHER)
    for base, (plain, *toned) in _TCVN3_ROWS.items():
        if plain is not None:
            out[plain] = base
        for byte, mark in zip(toned, (_GRAVE, _HOOK, _TILDE, _ACUTE, _DOT)):
            out[byte] = _nfc(base + mark)
    return out


TCVN3_LETTERS = _tcvn3_letters()  # the 74 bytes that carry Vietnamese letters in VN3

# XFree86 tcvn.h, bytes 0x80-0xFF of TCVN 5712 (VN1, a superset of VN3). Used for the few VN1-only capitals
# in 0xA0-0xFF (0xAF Ằ, 0xBA Ẳ …), for the combining tone marks at 0xB0-0xB4, and as the independent
# cross-check of TCVN3_LETTERS in the tests.
_TCVN5712_VN1_HIGH = [
    0x00C0, 0x1EA2, 0x00C3, 0x00C1, 0x1EA0, 0x1EB6, 0x1EAC, 0x00C8, 0x1EBA, 0x1EBC, 0x00C9, 0x1EB8, 0x1EC6, 0x00CC, 0x1EC8, 0x0128,
    0x00CD, 0x1ECA, 0x00D2, 0x1ECE, 0x00D5, 0x00D3, 0x1ECC, 0x1ED8, 0x1EDC, 0x1EDE, 0x1EE0, 0x1EDA, 0x1EE2, 0x00D9, 0x1EE6, 0x0168,
    0x00A0, 0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF, 0x0110, 0x0103, 0x00E2, 0x00EA, 0x00F4, 0x01A1, 0x01B0, 0x0111, 0x1EB0,
    0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00E0, 0x1EA3, 0x00E3, 0x00E1, 0x1EA1, 0x1EB2, 0x1EB1, 0x1EB3, 0x1EB5, 0x1EAF, 0x1EB4,
    0x1EAE, 0x1EA6, 0x1EA8, 0x1EAA, 0x1EA4, 0x1EC0, 0x1EB7, 0x1EA7, 0x1EA9, 0x1EAB, 0x1EA5, 0x1EAD, 0x00E8, 0x1EC2, 0x1EBB, 0x1EBD,
    0x00E9, 0x1EB9, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC, 0x1EC9, 0x1EC4, 0x1EBE, 0x1ED2, 0x0129, 0x00ED, 0x1ECB, 0x00F2,
    0x1ED4, 0x1ECF, 0x00F5, 0x00F3, 0x1ECD, 0x1ED3, 0x1ED5, 0x1ED7, 0x1ED1, 0x1ED9, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB, 0x1EE3, 0x00F9,
    0x1ED6, 0x1EE7, 0x0169, 0x00FA, 0x1EE5, 0x1EEB, 0x1EED, 0x1EEF, 0x1EE9, 0x1EF1, 0x1EF3, 0x1EF7, 0x1EF9, 0x00FD, 0x1EF5, 0x1ED0,
]
TCVN5712_VN1_HIGH = {0x80 + i: chr(cp) for i, cp in enumerate(_TCVN5712_VN1_HIGH)}

_TCVN3_TABLE = "".join(chr(b) for b in range(0x80)) + "".join(
    TCVN3_LETTERS.get(b) or (TCVN5712_VN1_HIGH[b] if b >= 0xA0 else _cp1252_char(b)) for b in range(0x80, 0x100))
TCVN3_ENCODE = {v: k for k, v in TCVN3_LETTERS.items()}

# Capitals typed with a .VnTimeH font: ASCII capitals, TCVN3 capitals (Đ Ă …) and lower-case toned letters
# (the font draws them as capitals). "B¸O C¸O" -> "BáO CáO" -> "BÁO CÁO". A line without any ASCII lower-case
# letter is a heading in capitals ("8 NHIỆM VỤ"); elsewhere a word with two capitals and no ASCII lower case
# is ("ĐOàN" -> "ĐOÀN"); "Đà" stays as it is.
_NO_ASCII_LOWER_LINE = re.compile(r"^[^a-z\n]+$", re.M)
_NO_ASCII_LOWER_WORD = re.compile(r"\b[^\W\da-z_]{2,}\b")


def _caps_line(m: re.Match) -> str:
    line = m.group(0)
    if sum(c.isupper() for c in line) >= 4 and any(c.islower() for c in line):
        return line.upper()
    return line


def _caps_word(m: re.Match) -> str:
    w = m.group(0)
    if sum(c.isupper() for c in w) >= 2 and any(c.islower() for c in w):
        return w.upper()
    return w


def decode_tcvn3(data: bytes) -> str:
    text = _nfc(codecs.charmap_decode(data, "strict", _TCVN3_TABLE)[0])
    text = _NO_ASCII_LOWER_LINE.sub(_caps_line, text)
    return _NO_ASCII_LOWER_WORD.sub(_caps_word, text)


def encode_tcvn3(text: str, lossy_capitals: bool = False) -> bytes:
    """Unicode -> TCVN3 bytes; for building test fixtures. A capital with a tone mark has no TCVN3 byte:
    it is written with the lower-case byte when lossy_capitals is set, and refused otherwise."""
    out = bytearray()
    for ch in _nfc(text):
        if ord(ch) < 128:
            out.append(ord(ch))
        elif ch in TCVN3_ENCODE:
            out.append(TCVN3_ENCODE[ch])
        elif lossy_capitals and ch.lower() in TCVN3_ENCODE:
            out.append(TCVN3_ENCODE[ch.lower()])
        else:
            try:
                b = ch.encode("cp1252")  # punctuation “ ” – …
            except UnicodeEncodeError:
                raise ValueError(f"{ch!r} has no TCVN3 byte") from None
            if _TCVN3_TABLE[b[0]] != ch:
                raise ValueError(f"{ch!r} has no TCVN3 byte")
            out += b
    return bytes(out)


# ---------------------------------------------------------------- VNI-Windows
# Accent glyphs, lower case; the capital glyph (the same letter upper-cased in Latin-1) means the same mark.
_VNI_TONE = {"ù": _ACUTE, "ø": _GRAVE, "û": _HOOK, "õ": _TILDE, "ï": _DOT}
_VNI_CIRC = {"â": "", "á": _ACUTE, "à": _GRAVE, "å": _HOOK, "ã": _TILDE, "ä": _DOT}   # after a, e, o
_VNI_BREVE = {"ê": "", "é": _ACUTE, "è": _GRAVE, "ú": _HOOK, "ü": _TILDE, "ë": _DOT}  # after a
_VNI_LETTER = {"ô": "ơ", "ö": "ư", "ñ": "đ", "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ"}

# Every VNI glyph byte has exactly one meaning, so decoding is a byte -> text table (accent glyphs become
# combining marks) followed by NFC, which composes "a" + U+0302 + U+0301 into "ấ". Linear time.
_VNI_GLYPHS: dict[str, str] = {}
for _g, _m in _VNI_TONE.items():
    _VNI_GLYPHS[_g] = _m
for _g, _m in _VNI_CIRC.items():
    _VNI_GLYPHS[_g] = _CIRC + _m
for _g, _m in _VNI_BREVE.items():
    _VNI_GLYPHS[_g] = _BREVE + _m
_VNI_GLYPHS.update(_VNI_LETTER)
_VNI_GLYPHS.update({g.upper(): (v.upper() if v.isalpha() else v) for g, v in list(_VNI_GLYPHS.items())})
_VNI_DECODE_MAP = {b: _VNI_GLYPHS.get(_cp1252_char(b), _cp1252_char(b)) for b in range(0x80, 0x100)}
_VNI_DECODE_MAP.update({b: chr(b) for b in range(0x80)})


def decode_vni(data: bytes) -> str:
    return _nfc(codecs.charmap_decode(data, "strict", _VNI_DECODE_MAP)[0])


def _vni_encode_table() -> dict[str, str]:
    letters = {v: k for k, v in _VNI_LETTER.items() if k != v}
    table: dict[str, str] = {}
    for glyph, mark in _VNI_TONE.items():
        for base in "aeouy":
            table[_nfc(base + mark)] = base + glyph
        for base_glyph, base in (("ô", "ơ"), ("ö", "ư")):
            table[_nfc(base + mark)] = base_glyph + glyph
    for glyph, mark in _VNI_CIRC.items():
        for base in "aeo":
            table[_nfc(base + _CIRC + mark)] = base + glyph
    for glyph, mark in _VNI_BREVE.items():
        table[_nfc("a" + _BREVE + mark)] = "a" + glyph
    table.update(letters)  # ơ ư đ ỉ ĩ ị ỵ (and í ì, which are themselves)
    table.update({k.upper(): v.upper() for k, v in list(table.items())})
    return table


_VNI_ENCODE = _vni_encode_table()


def encode_vni(text: str) -> bytes:
    """Unicode -> VNI-Windows bytes; for building test fixtures."""
    return "".join(_VNI_ENCODE.get(ch, ch) for ch in _nfc(text)).encode("cp1252")


# ---------------------------------------------------------------- Windows-1258
def decode_cp1258(data: bytes) -> str:
    return _nfc(data.decode("cp1258", errors="replace"))


def encode_cp1258(text: str) -> bytes:
    """For building test fixtures: Windows-1258 keeps â ê ô ơ ư ă (and a few toned letters such as à á)
    precomposed and writes the other tone marks as combining characters after the letter - as Word does."""
    out = []
    for ch in _nfc(text):
        try:
            ch.encode("cp1258")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        tones = [p for p in parts if p in _TONES]
        base = _nfc("".join(p for p in parts if p not in tones))
        out.append(base + "".join(tones))
    return "".join(out).encode("cp1258")


# ---------------------------------------------------------------- how Vietnamese a text reads
_COMMON = re.compile(
    r"(?<!\w)(?:của|và|các|được|những|thanh niên|đoàn|năm|người|trong|một|cho|với|đã|chỉ tiêu|tỉnh|"
    r"hoạt động|công trình|tổ chức|tham gia|thực hiện|phong trào|đội|việc|này|nhiệm vụ|có|không|là|"
    r"để|về|theo|tại|trên|từ|đến|số|kết quả|tình nguyện|thanh thiếu nhi|hội|cấp)(?!\w)", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?"
    r"[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|c|k|m|n|p|t)?")


@lru_cache(maxsize=65536)
def _is_syllable(word: str) -> bool:
    parts = unicodedata.normalize("NFD", word.lower())
    if sum(parts.count(t) for t in _TONES) > 1:
        return False
    bare = _nfc("".join(p for p in parts if p not in _TONES))
    return _SYLLABLE.fullmatch(bare) is not None


@dataclass(frozen=True)
class Score:
    common: float       # common Vietnamese words per 1,000 characters
    syllables: float    # share of words with non-ASCII letters that are valid Vietnamese syllables
    accented: int       # how many such words there are
    junk: float         # U+FFFD, stray combining marks, symbols legacy glyphs decode to, per 1,000 characters

    @property
    def value(self) -> float:
        return self.common + 20.0 * self.syllables - 2.0 * self.junk

    @property
    def is_vietnamese(self) -> bool:
        # Real Vietnamese: nearly every accented word is a syllable, and common words are frequent; a short
        # text (a title) may have few common words but then all of its accented words must be syllables.
        return self.syllables >= 0.8 and self.accented >= 3 and (self.common >= 2.0 or self.syllables >= 0.95)


_VOWEL = re.compile(r"[aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", re.I)
_JUNK = re.compile("[\ufffd\u0300-\u036f\u00a1-\u00bf\u00d7\u00f7\u0080-\u009f]")


def vietnamese_score(text: str) -> Score:
    sample = text[:50000]
    if not sample:
        return Score(0.0, 0.0, 0, 0.0)
    # words with non-ASCII letters; acronyms without a vowel (HĐND, ĐVTN) say nothing either way
    accented = [w for w in _WORD.findall(sample) if not w.isascii() and _VOWEL.search(w)]
    good = sum(1 for w in accented if _is_syllable(w))
    return Score(common=1000.0 * len(_COMMON.findall(sample)) / len(sample),
                 syllables=good / len(accented) if accented else 0.0,
                 accented=len(accented),
                 junk=1000.0 * len(_JUNK.findall(sample)) / len(sample))


LEGACY_DECODERS = {"tcvn3": decode_tcvn3, "vni": decode_vni, "cp1258": decode_cp1258}
LEGACY_NAMES = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI-Windows", "cp1258": "Windows-1258"}


def _samples(data: bytes, size: int = 32768) -> bytes:
    """The start, middle and end of a large file (cut at line ends): enough to judge, in constant time."""
    if len(data) <= 3 * size:
        return data
    mid = len(data) // 2
    parts = [data[:size], data[mid:mid + size], data[-size:]]
    return b"\n".join(p[p.find(b"\n") + 1:] if i else p for i, p in enumerate(parts))


def rank_legacy(data: bytes) -> list[tuple[Score, str]]:
    """Each legacy reading of (a sample of) the bytes, most Vietnamese first."""
    sample = _samples(data)
    ranked = [(vietnamese_score(fn(sample)), name) for name, fn in LEGACY_DECODERS.items()]
    return sorted(ranked, key=lambda sn: sn[0].value, reverse=True)


def best_legacy_decoding(data: bytes) -> tuple[str, str, Score]:
    """Decode bytes that are not UTF-8 with the legacy encoding whose reading is most Vietnamese."""
    score, name = rank_legacy(data)[0]
    return LEGACY_DECODERS[name](data), name, score


# Characters TCVN3 and VNI text is drawn with when read as cp1252. Real Vietnamese uses some of them too
# (â, ô …): the scores, not this count, decide.
_LEGACY_GLYPHS = re.compile(r"[µ¸¶·¹¨©ª«¬®»¼½¾ÌÐ×ÝßøùûõïâáàåãäêéèúüëôöñÂÁÀÅÃÄÊÉÈÚÜËÔÖÑØÙÛÕÏ]")


# Bytes 0x80-0x9F read as Latin-1 (C1 controls) rather than cp1252: back to the cp1252 character.
_C1_AS_CP1252 = {b: _cp1252_char(b) for b in range(0x80, 0xA0)}
# A character no byte of cp1252 (nor a C1 control mapped back to one) writes: ư, ơ, đ, ạ …. Found by the regex
# engine's own character-class skip, before the per-character translate below.
_OUTSIDE_CP1252 = re.compile("[^\x00-\xff" + re.escape("".join(_C1_AS_CP1252.values())) + "]")


def repair_legacy_in_unicode(text: str) -> tuple[str, str] | None:
    """Legacy text pasted into a Unicode file (each TCVN3/VNI byte became the cp1252 character it is
    drawn with) reads as glyph soup. Re-decode only when the result is clearly Vietnamese and the text
    as it stands is not."""
    head = text[:50000]
    if sum(1 for _ in islice(_LEGACY_GLYPHS.finditer(head), 20)) < 20:  # real Vietnamese has 20 within a line
        return None
    # Real Vietnamese in Unicode holds letters cp1252 lacks (ư, ơ, đ, ạ …): it stops here, and within its first line
    if _OUTSIDE_CP1252.search(head, 0, 2000):
        return None
    try:
        # (a dict translate costs a lookup per character, so the first 2,000 are tried alone)
        head[:2000].translate(_C1_AS_CP1252).encode("cp1252")
        head.translate(_C1_AS_CP1252).encode("cp1252")
        raw = text.translate(_C1_AS_CP1252).encode("cp1252")
    except UnicodeEncodeError:
        return None
    here = vietnamese_score(text)
    if here.is_vietnamese:
        return None
    best = None
    for name in ("tcvn3", "vni"):
        cand = LEGACY_DECODERS[name](raw)
        score = vietnamese_score(cand)
        if score.is_vietnamese and score.value > here.value + 5 and (best is None or score.value > best[0]):
            best = (score.value, name, cand)
    return (best[2], best[1]) if best else None
