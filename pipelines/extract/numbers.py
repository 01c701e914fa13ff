"""Vietnamese numbers as they are written in Youth Union documents.

"." groups thousands and "," is the decimal mark ("1.344.522", "2,3 triệu", "27,833 tỷ"); but writers
also omit separators ("6716"), pad with zeros ("01", "06km"), slip in a decimal dot ("tăng 2.58 lần"),
add scale words (nghìn/ngàn, triệu, tỷ/tỉ, "nghìn tỷ") and spell small numbers ("ba", "chín", "ba mươi").
One compiled pattern finds every candidate; `parse_number` turns its text into a value.
"""

from __future__ import annotations

import re

from .scanning import LiteralScan, lowered

SCALES = {"nghìn": 1e3, "ngàn": 1e3, "ngìn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
# "nghìn tỷ" = 10^12. Longest alternatives first so "nghìn tỷ" wins over "nghìn".
SCALE_RE = r"(?:nghìn tỷ|ngàn tỷ|nghìn tỉ|ngàn tỉ|nghìn|ngàn|triệu|tỷ|tỉ)"

# ("48,600,000 đồng": a text copied from an English-locale sheet groups thousands with commas; a decimal comma never
# repeats, so two comma groups of three digits are thousands)
_DIGITS = r"\d{1,3}(?:,\d{3}){2,}(?![\d,])|\d{1,3}(?:\.\d{3})+(?!\d)(?:,\d+)?|\d+\.\d+|\d+(?:,\d+)?"
# A candidate: digits, optional scale word or %, optional range or fraction. Not glued to letters on
# the left ("Hôm nay2,528" is a page counter), nor part of a longer token (dates, codes).
NUMBER = re.compile(
    rf"(?<![\w.,/%-])(?P<a>{_DIGITS})"
    rf"(?:\s*(?P<frac>/)\s*(?P<den>{_DIGITS}))?"
    rf"(?P<ascale>\s*{SCALE_RE}(?!\w))?"
    # "5 tỷ 217 triệu đồng", "2 triệu 500 nghìn": a smaller unit after a larger one adds to it
    # ("1 tỷ 2 trăm triệu": hundreds said in words)
    rf"(?P<sub>\s+\d{{1,3}}\s*(?:trăm\s+)?(?:triệu|nghìn|ngàn)(?!\w))?"
    # "78% đến 82%", "95%-97%": a span of shares writes the sign on both ends
    rf"(?:\s*%(?=\s*(?:-|–|đến)\s*(?:{_DIGITS})\s*%))?"
    rf"(?:\s*(?P<rng>-|–|đến)\s*(?P<b>{_DIGITS})(?P<bscale>\s*{SCALE_RE}(?!\w))?)?"
    rf"(?P<pct>\s*%)?",
)

WORDS = {
    "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8,
    "chín": 9, "mười": 10,
}
# Spelled numbers are only read before the nouns that counts of targets, tasks and projects use, so the
# everyday "ba", "năm" (also "year") and "một" do not turn into numbers everywhere.
WORD_NUMBER = re.compile(
    r"(?<!\w)(?=[mhbstcnMHBSTCN])(?P<w>(?:mười|hai mươi|ba mươi|bốn mươi|năm mươi)(?:\s+(?:một|mốt|hai|ba|bốn|tư|lăm|năm|sáu|bảy|tám|chín))?"
    r"|hai|ba|bốn|sáu|bảy|bẩy|tám|chín|mười)\s+(?=(?:chỉ tiêu|nhiệm vụ|khâu đột phá|đề án|chương trình|giải pháp|"
    r"nhóm|công trình|phần việc|mô hình|đột phá|cây cầu|cầu (?:giao thông|dân sinh|nông thôn)|căn nhà|ngôi nhà|"
    r"tuyến đường|sân chơi|điểm vui chơi|đội hình)\b)",
    re.IGNORECASE,
)


def sub_value(sub: str | None, ascale: str | None) -> float:
    """The value of the smaller unit in "5 tỷ 217 triệu" (0 unless it is smaller than the first scale)."""
    if not sub or not ascale:
        return 0.0
    digits, hundreds, word = re.match(r"\s*(\d+)\s*(trăm\s+)?(\S+)", sub).groups()
    value = float(digits) * (100 if hundreds else 1) * scale_value(word)
    return value if value < scale_value(ascale) else 0.0


def digits_value(s: str) -> float:
    """'1.344.522' -> 1344522; '2,3' -> 2.3; '06' -> 6; '2.58' -> 2.58 (a stray decimal dot); '48,600,000' -> 48600000."""
    if s.count(",") >= 2 and "." not in s:
        return float(s.replace(",", ""))
    if "." in s:
        head, *groups = s.split(",")[0].split(".")
        if all(len(g) == 3 for g in groups) and len(head) <= 3:
            whole = int(head + "".join(groups))
            frac = s.split(",")[1] if "," in s else ""
            return float(f"{whole}.{frac}") if frac else float(whole)
        if len(groups) == 1 and len(groups[0]) >= 4 and len(head) <= 3 and not (
                re.fullmatch(r"(?:19|20)\d\d", groups[0]) and int(head) <= 12):
            # "10.0000 khẩu trang", "18.1887 thanh niên": a thousands group with a digit too many (Vietnamese
            # writes no decimal dot before four digits, and "8.2025" is a month); read as its digits, as every
            # label of such a figure does, and flagged as malformed by R13
            return float(head + groups[0])
        return float(s.replace(",", ""))  # "2.58": a decimal dot, not a thousands group
    return float(s.replace(",", "."))


def scale_value(word: str | None) -> float:
    if not word:
        return 1.0
    w = word.strip().lower()
    if " " in w:  # "nghìn tỷ"
        a, b = w.split()
        return SCALES[a] * SCALES[b]
    return SCALES[w]


def word_value(words: str) -> float:
    w = words.lower().split()
    if w[0] == "nửa":
        return 0.5
    units = {"một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "lăm": 5, "năm": 5, "sáu": 6, "bảy": 7,
             "tám": 8, "chín": 9}
    if w[0] == "mười":
        return 10 + (units[w[1]] if len(w) > 1 else 0)
    if len(w) >= 2 and w[1] == "mươi":
        return units[w[0]] * 10 + (units[w[2]] if len(w) > 2 else 0)
    return WORDS[w[0]]


# the nouns spelled numbers must precede, and the scale words ("một triệu"), found in one scan
# and the things built or formed that pages count in words too ("xây dựng chín cầu giao thông nông thôn", "một điểm vui
# chơi")
# (scanned on a lower-cased copy of the text, same offsets: case folding inside the engine is what makes an
# IGNORECASE scan of every "c", "n", "t" … slow)
_COUNTED = re.compile(r"(?=[cnkđgpmts])(?<!\w)(?:chỉ tiêu|nhiệm vụ|khâu đột phá|đề án|chương trình|giải pháp|nhóm|"
                      r"công trình|phần việc|mô hình|đột phá|cây cầu|cầu(?= giao thông| dân sinh| nông thôn)|căn nhà|ngôi nhà|"
                      r"tuyến đường|sân chơi|điểm vui chơi|đội hình|(?P<scale>triệu|tỷ|tỉ))(?!\w)")

_COUNTED_SCAN = LiteralScan(_COUNTED)

# "một triệu cây xanh", "hai tỷ đồng": a spelled number with a scale word is a number before any noun ("gần nửa
# triệu ngày công": half a million)
SPELLED_SCALE = re.compile(r"(?<!\w)(?P<w>nửa|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?P<ws>triệu|tỷ|tỉ)(?!\w)(?!\s+lệ)", re.IGNORECASE)


def word_numbers(text: str) -> list[re.Match]:
    """The WORD_NUMBER matches of a text, found from the nouns they must precede (rare) rather than from the
    number words (which start half the words of Vietnamese)."""
    out, last = [], -1
    low = lowered(text)
    for noun in _COUNTED_SCAN.finditer(low, page=text):
        if noun.group("scale"):
            # (the search stops at the scale word, not at the page's end; the match found is then read again with the
            # page's own text after it, which its look-aheads test)
            m = SPELLED_SCALE.search(text, max(0, noun.start() - 6), noun.end())
            if m is not None and m.end() == noun.end() and \
                    (m := SPELLED_SCALE.match(text, m.start())) is not None and m.end() == noun.end():
                out.append(m)
            continue
        pos = max(0, noun.start() - 30, last + 1)
        # the search may look past the noun: "cầu" is counted before "giao thông", not before "thủ"
        while (m := WORD_NUMBER.search(text, pos, noun.end() + 20)) is not None and m.end() <= noun.start():
            if m.end() == noun.start():
                out.append(m)
                last = m.start()
            pos = m.start() + 1
    return sorted(out, key=lambda m: m.start())
