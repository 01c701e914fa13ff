"""What a figure counts within its organisation: the level, the body, the occasion and the named programme the
text gives it. Two figures are compared only when these agree (issue 13): "Cấp thành phố có ít nhất 2 công trình"
(the city level alone) is not the 680 works built at all levels, a launch ceremony's 6.000 seedlings are not the
year's planting, a registration ("đăng ký thực hiện 17 hoạt động") is a pledge, a surplus ("vượt 5.000 so với
đăng ký") is not the total, and neither is an additional amount ("thực hiện tiếp 11km").

Pure functions over the text; the extractor calls `read_scope` for every figure it keeps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The level a figure is stated for. "toàn tỉnh / các cấp" is the whole organisation, as is a figure with no level:
# both read as None. "cấp thành phố" is the provincial level of a city union (Thành đoàn Hà Nội's own works).
_LEVELS = (
    ("national", r"cấp\s+trung\s+ương"),
    ("province", r"cấp\s+(?:tỉnh|thành(?:\s+phố)?|thành\s+đoàn|tỉnh\s+đoàn)(?!\s+(?:và|,)\s+cấp)"),
    ("district", r"cấp\s+(?:huyện|quận|thị\s+xã|huyện\s+đoàn)(?!\s+(?:và|,)\s+cấp)"),
    ("grassroots", r"cấp\s+(?:xã|phường|cơ\s+sở)(?!\s+(?:và|,)\s+cấp)"),
)
_LEVEL = [(name, re.compile(r"\b" + rx + r"\b", re.I)) for name, rx in _LEVELS]

# Hội LHTN (the Association) and Đội (the Pioneers) are other bodies than the Đoàn: their members and units
# ("hội viên", "cơ sở Hội", "liên đội") say whose figure it is.
_BODY = (
    ("hoi", re.compile(r"\b(?:hội\s+viên|các\s+cấp\s+Hội|cơ\s+sở\s+Hội|chi\s+hội|Hội\s+LHTN|Hội\s+Liên\s+hiệp\s+thanh\s+niên|"
                       r"Hội\s+Sinh\s+viên)\b", re.I)),
    ("doi", re.compile(r"\b(?:đội\s+viên|các\s+cấp\s+Đội|liên\s+đội|chi\s+đội|Hội\s+đồng\s+Đội)\b", re.I)),
)

# A ceremony's figure: what was handed over at the launch, not the campaign's outcome.
_LAUNCH = re.compile(r"\b(?:(?:lễ|buổi|ngày)\s+(?:ra\s+quân|phát\s+động|khởi\s+động|khai\s+mạc|khởi\s+công)|tại\s+(?:buổi\s+)?lễ|"
                     r"trong\s+(?:buổi\s+)?lễ|dịp\s+này|tại\s+chương\s+trình)\b", re.I)
_REGISTERED = re.compile(r"\bđăng\s+ký(?:\s+(?:thực\s+hiện|đảm\s+nhận|tham\s+gia|xây\s+dựng|triển\s+khai|trồng|hiến))?"
                         r"(?:\s+(?:được|hơn|trên|gần|khoảng|với))*\s*$", re.I)
_SURPLUS_BEFORE = re.compile(r"\bvượt\s+(?:hơn\s+|trên\s+)?$", re.I)
# "Dự kiến … thực hiện tiếp 11km", "trồng thêm 500 cây": more on top of what was done, not the whole target
# "Đợt 1 đã tiếp nhận 321 đơn vị máu", "Tham gia đợt hiến máu này … 152 đơn vị máu": one round of a year's drives,
# not the year's result
_ROUND = re.compile(r"\bđợt\s+(?:\d+|[IVX]+|một|đầu|đầu\s+tiên|thứ\s+\w+)\b|"
                    r"\bđợt\b[^.;]{0,30}?\b(?:này|thứ\s+(?:\d+|[IVX]+|hai|ba|tư|năm))\b", re.I)  # not "lần thứ XII": a congress
_ADDITIONAL = re.compile(r"\b(?:tiếp|thêm)\s+(?:(?:hơn|trên|gần|khoảng|ít nhất)\s+)?$", re.I)
# "Dự kiến, các tháng cuối năm 2021, … tổng kinh phí dự kiến 260 triệu đồng": a figure for the rest of a period is
# what remains on top of what was done, not the period's whole target
_REMAINDER = re.compile(r"\b(?:(?:các|những)\s+tháng\s+(?:cuối\s+năm|còn\s+lại)|từ\s+nay\s+đến\s+(?:cuối|hết)\s+năm|"
                        r"thời\s+gian\s+còn\s+lại\s+của\s+năm)\b", re.I)
_SURPLUS_AFTER = re.compile(r"[^.;:\d]{0,60}?\bso\s+với\s+(?:số\s+)?(?:đăng\s+ký|kế\s+hoạch|chỉ\s+tiêu)", re.I)

# A programme named in the clause: a quoted name after a programme word ("Chương trình “…”"), or the event the work
# is dedicated to ("150 công trình thanh niên chào mừng đại hội đảng bộ các cấp": the congress works, not all works).
_PROGRAMME = re.compile(r"(?:chương\s+trình|đề\s+án|dự\s+án|cuộc\s+vận\s+động|phong\s+trào|chiến\s+dịch|chủ\s+trương)\s*"
                        r"[“\"]([^”\"]{3,80})[”\"]", re.I)
_DEDICATED = re.compile(r"\b((?:chào\s+mừng|hướng\s+tới|hướng\s+về|kỷ\s+niệm)\s+[^,;:.()“”\"\d]{3,60})", re.I)


@dataclass(frozen=True)
class Scope:
    level: str | None = None  # national | province | district | grassroots; None: the whole organisation
    body: str | None = None  # hoi | doi; None: the Đoàn (or the document's own body)
    occasion: str | None = None  # launch | registration | surplus | additional | round; None: the figure itself
    programme: str | None = None  # the programme or campaign named in the clause, lower case


def _fold(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def read_scope(text: str, a: int, b: int, clause: tuple[int, int], sentence: tuple[int, int], kind: str,
               headline: str = "") -> Scope:
    """The scope of the figure text[a:b]: level, body and programme from its clause, the occasion from the words just
    before it (surplus, additional, registration) or its sentence (a launch ceremony, one round of a drive, the rest
    of a period). `headline` is the page's title when the text does not date the figure: a page headed "Hiến máu
    tình nguyện đợt III năm 2016" or "Lễ ra quân …" tells one event, and an undated result on it is that event's."""
    c0, c1 = clause
    before = text[c0:a]
    # the noun phrase after the number, up to the next figure or punctuation ("39 công trình thanh niên cấp huyện")
    after = re.split(r"[,;:.()]|\d", text[b:c1], maxsplit=1)[0]
    near = before[-70:] + " # " + after[:70]

    # the nearest level named: after the number first ("công trình thanh niên cấp huyện"), else the last before it
    after_hits = [(m.start(), name) for name, rx in _LEVEL for m in [rx.search(after[:70])] if m]
    before_hits = [(m.start(), name) for name, rx in _LEVEL for m in rx.finditer(before[-70:])]
    level = min(after_hits)[1] if after_hits else max(before_hits)[1] if before_hits else None
    body = next((name for name, rx in _BODY if rx.search(near)), None)

    occasion = None
    if _SURPLUS_BEFORE.search(before[-20:]) and _SURPLUS_AFTER.match(text, b, c1):
        occasion = "surplus"
    elif _ADDITIONAL.search(before[-25:]):
        occasion = "additional"
    elif _REGISTERED.search(before[-45:]):
        occasion = "registration"
    elif kind == "result" and _LAUNCH.search(text, sentence[0], a):
        occasion = "launch"
    elif kind == "result" and _ROUND.search(text, sentence[0], a):
        occasion = "round"
    elif _REMAINDER.search(text, sentence[0], a):
        occasion = "additional"
    elif kind == "result" and _LAUNCH.search(headline):
        occasion = "launch"
    elif kind == "result" and _ROUND.search(headline):
        occasion = "round"

    m = None
    for m in _PROGRAMME.finditer(text, c0, a):
        pass
    dedicated = _DEDICATED.search(after) or _DEDICATED.search(before)
    programme = _fold(m.group(1)) if m else _fold(dedicated.group(1)) if dedicated else None
    return Scope(level=level, body=body, occasion=occasion, programme=programme)
