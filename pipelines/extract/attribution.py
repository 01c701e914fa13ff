"""Whose figure it is. A provincial page repeats the national totals ("Trên cả nước, …"), a national review
names the province that did best ("Tỉnh đoàn Quảng Ngãi đã trồng 62.300 cây"), a cluster report lists each
member ("Đoàn Khối Doanh nghiệp T.Ư đảm nhận hơn 1.582 công trình, Ban Thanh niên Quân đội làm mới 14 km").
The body a figure belongs to is the subject nearest before it in its sentence: a body named at the head of
a clause or followed by its verb, a collective ("cả nước", "toàn tỉnh"). A body named as a guest, a giver
or an owner ("do Trung ương Đoàn phát động", "học bổng của T.Ư Đoàn") is not a subject.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .facts import DocumentReading
from .organisations import Mention, is_subject, lkey, province_union

def subject_of(reading: DocumentReading, text: str, a: int, sent: tuple[int, int], clause_start: int) -> Mention | None:
    """The body the figure at `a` belongs to, when its clause names one, or the head of its sentence does
    ("Trên cả nước, …; …; …")."""
    mentions = reading.mentions
    i = bisect_left(reading.mention_starts, a) - 1
    while i >= 0 and mentions[i].start >= sent[0]:
        m = mentions[i]
        i -= 1
        if m.quoted or m.end > a:
            continue
        if m.name and not m.collective and re.fullmatch(r"\s*:\s*", text[m.end:clause_start]):
            return m  # "…, Huyện Đoàn Vũng Liêm: trên 1.508 ý tưởng; … và Huyện Đoàn Bình Tân: …": a body labelling its figure
        in_clause = m.start >= clause_start
        at_head = m.start - sent[0] < 40 and _HEAD.search(text, sent[0], m.start) is not None
        if not (in_clause or at_head):
            continue
        if m.place and _VISITOR_AFTER_PLACE.match(text, m.end):
            continue  # "Tại xã Háng Lìa, đoàn công tác đã khánh thành …": the place where another body acted
        if is_subject(text, m, sent[0]) or (m.collective and (at_head or in_clause) and not m.name is None and
                                             _LOCATIVE.search(text, max(sent[0], m.start - 12), m.start)):
            return m
    if reading.facts.org_level == "national":
        return _province_at_head(reading, text, a, clause_start)
    return None


def _province_at_head(reading: DocumentReading, text: str, a: int, clause_start: int) -> Mention | None:
    """A national roundup's clause led by a province's bare name ("Hà Nội xây dựng, sửa chữa 68 điểm vui chơi;
    Đồng Nai thành lập 2 câu lạc bộ"): the figure is that province's Union's."""
    i = bisect_left(reading.provinces, (clause_start, ""))
    if i < len(reading.provinces):
        pos, prov = reading.provinces[i]
        if pos < a and _CLAUSE_HEAD.fullmatch(text, clause_start, pos) and _NAME_THEN_VERB.match(text, pos):
            return Mention(pos, pos + 1, province_union(prov), "province", prov)
    return None


_CLAUSE_HEAD = re.compile(r"\s*(?:[-–•+*]\s*)?")
# the name, then a verb in lower case: not "Hà Nội có …"-style possession, nor a name inside a longer name
_NAME_THEN_VERB = re.compile(r"(?:TP\.?\s*)?[A-ZĐ][^\s,;:.]*(?:[ -]+[A-ZĐ][^\s,;:.]*){0,3}\s+"
                             r"(?:đã\s+|vừa\s+|cũng\s+)?(?!có\b|là\b|và\b)[a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]")


# "Tại xã Tà Hine, đoàn thanh niên xã cũng đã …": a sentence set at a place speaks of that place's Union, unless it goes
# on with a visitor acting there ("Tại xã Háng Lìa, H.Điện Biên Đông, đoàn công tác đã khánh thành …", "Tại tỉnh Cao
# Bằng, lãnh đạo Tỉnh đoàn Tuyên Quang … trao", "Tại xã Yên Cường, huyện Bắc Mê, Đoàn đã …": the page's own body,
# unnamed)
_VISITOR_AFTER_PLACE = re.compile(
    r"[^,\n]{0,40}?,\s*(?:(?:[^,.;\n]|\.(?!\s)){0,30},\s*){0,2}?"
    r"(?:[Đđ]oàn công tác|[Bb]an [Tt]ổ chức|[Ll]ãnh đạo|[Đđ]ại diện|(?:chị|anh|ông|bà|đồng chí)\s+[A-ZĐ]|[Đđ]oàn\s+(?:đã|cũng|vừa)\b)")
_HEAD = re.compile(r"\s*(?:[-–•+*]\s*)?(?:\S+\s+){0,3}?$")
_LOCATIVE = re.compile(r"(?:[Tt]rên|[Tt]rong|[Tt]ại)\s*$")
# "đạt 10/11 chỉ tiêu của Tỉnh Đoàn Quảng Nam (cũ)", "11 nhóm chỉ tiêu do T.Ư Đoàn đề ra": targets belong to whoever
# they are "of", or whoever set them
_OF_AFTER = re.compile(r"\s*(?:nhóm\s+)?(?:chỉ tiêu|nhiệm vụ|mục tiêu)[^,;:.\n]{0,30}?\b(?:của|do)\s+$")


def attribute(reading: DocumentReading, text: str, a: int, b: int, sent: tuple[int, int], clause_start: int,
              kind: str) -> tuple[str | None, str | None, str | None]:
    """(org, level, province) of the figure when it belongs to another body than the document's;
    (None, None, None) otherwise."""
    m = subject_of(reading, text, a, sent, clause_start)
    if kind in ("target_count", "result") and m is None:
        j = bisect_left(reading.mention_starts, b)
        if j < len(reading.mentions):
            nxt = reading.mentions[j]
            if nxt.start - b < 60 and _OF_AFTER.match(text[b:nxt.start]):
                m = nxt
    if m is None:
        return None, None, None
    facts = reading.facts
    if m.name is None and facts.org_level == "district" and (facts.org or "").startswith("Thành đoàn") and \
            re.search(r"thành phố|\bTP\b|^Thành\s*đoàn", m.surface, re.I):
        return None, None, None  # "Thành đoàn", "toàn thành phố" on a provincial city's page are that city itself
    if m.name is None:  # "toàn tỉnh", "toàn Đoàn": the document's own body, or its body at that level
        own = facts.org if m.level == "own" else reading.org_of_level.get(m.level)
        if own is None and m.level in ("province", "district", "commune"):
            # "Cụm công trình … do Tỉnh Đoàn Lào Cai thực hiện. Các cấp bộ Đoàn trên toàn tỉnh …" on a national
            # page: the province is the one its paragraph names
            named = _named_in_paragraph(reading, text, m)
            if named is not None and named.name != facts.org:
                return named.name, named.level, named.province
        if own is None or own == facts.org:
            return None, None, None
        return own, m.level, facts.province
    if m.name == facts.org or (m.level == "national" and facts.org_level == "national") or (
            m.collective and m.level == facts.org_level and m.province == facts.province and not m.place):
        return None, None, None
    if facts.org and m.level == facts.org_level and m.level != "national" and (
            lkey(m.name).split()[-1:] == lkey(facts.org).split()[-1:] or (m.province is None and facts.org.startswith(m.name))):
        return None, None, None  # the same body written another way, or without its province
    return m.name, m.level, m.province


def _named_in_paragraph(reading: DocumentReading, text: str, m: Mention) -> Mention | None:
    par = text.rfind("\n", 0, m.start) + 1
    i = bisect_left(reading.mention_starts, m.start) - 1
    while i >= 0 and reading.mentions[i].start >= max(par, m.start - 400):
        c = reading.mentions[i]
        i -= 1
        if c.name and not c.collective and not c.quoted and c.level == m.level:
            return c
    return None
