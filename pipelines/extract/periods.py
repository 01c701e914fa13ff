"""The period a figure applies to: the time phrase of its own clause, else the frame its section is in, else
the document's period for its kind (a congress page's results belong to the term it recounts, its targets
to the term it opens).
"""

from __future__ import annotations

import re

from .facts import DocumentReading, calendar_terms
from .structure import Frame


def frame_period(frame: Frame, reading: DocumentReading, kind: str) -> tuple[int, int] | None:
    if frame.period:
        return frame.period
    now = reading.structure.now
    rel = frame.rel or ""
    if rel == "past_term" or (rel == "past" and reading.facts.doc_type in ("result_term", "plan_term")):
        return reading.past_term or (_by_calendar(frame, reading)[1] if rel == "past_term" else None)
    if rel == "the_term":
        # the term just named ("Nhiệm kỳ 2023 - 2025, Hội … đã đạt … Trong nhiệm kỳ, toàn trường có 140 sinh viên …"),
        # else the term the page opens for its targets; for its results the one it recounts, else the one under way
        target = kind in ("target", "target_count")
        named = next((f.period for f in reversed(reading.structure.frames) if f.start < frame.start and f.period and
                      f.period[1] > f.period[0] and f.cue.lower().startswith("nhiệm kỳ") and
                      (f.tense >= 0 if target else f.tense <= 0)), None)
        if named:
            return named
        under_way, ended = _by_calendar(frame, reading)
        if target:
            return reading.term or under_way
        return reading.past_term or under_way or ended
    if rel == "past_school_year":
        # the school year the page names, else the one that ends in the year its results are of (under way from
        # January to summer, just over in the autumn)
        y = reading.result_year or now
        return reading.school_year or ((y - 1, y) if y else None)
    if rel == "this_term":
        return reading.term or _by_calendar(frame, reading)[0]
    if rel == "next_term":
        return reading.term if reading.term and (now is None or reading.term[0] >= now - 1) else None
    if rel.startswith("years:") and now:
        n = int(rel[6:])
        # "10 năm qua" on a page that reviews "giai đoạn 2008 - 2018" in 2019: the span it names, as counted by
        # the page, not ten years back from the date
        named = next((f.period for f in reading.structure.frames if f.period and f.start < frame.start and
                      f.period[1] - f.period[0] == n and now - 1 <= f.period[1] <= now and f.tense < 0), None)
        return named or (now - n, now)
    if rel == "past_year":
        published = reading.structure.published
        if published and published[1] and published[1] <= 6 and reading.result_year == published[0] and \
                frame.cue.lower().startswith("năm"):
            # "Chỉ tính riêng năm qua, …" on a page of March 2022: the year that ended, 2021 (a page of December
            # calls its own year "năm qua")
            return (published[0] - 1, published[0] - 1)
        return _year(reading.result_year)
    if rel == "this_year":
        return _year(reading.target_year if kind in ("target", "target_count") else reading.result_year)
    if rel == "next_year" and now:
        return (now + 1, now + 1)
    return None


# "kết quả nổi bật của Hội … trong nhiệm kỳ qua": the term is the Association's
_ASSOCIATION_BEFORE = re.compile(r"(?:của|các cấp)\s+Hội\b(?!\s+(?:nghị|đồng|thi|trại|diễn))|Hội (?:LHTN|Liên hiệp|Sinh viên)")

# a page on the Association's congress ("ĐH Hội LHTN Việt Nam lần thứ VIII"): its "nhiệm kỳ qua" is the Association's
_ASSOCIATION_CONGRESS = re.compile(r"(?:Đại hội|ĐH)\s+(?:đại biểu\s+)?Hội (?:LHTN|Liên hiệp)")


def _by_calendar(frame: Frame, reading: DocumentReading) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """A term the page names only as "nhiệm kỳ qua" or "nửa nhiệm kỳ", from the congress calendar of the body whose
    term it is, on a dated page."""
    if not reading.dated_year:
        return None, None
    org = reading.facts.org or ""
    if "Hội Sinh viên" in org:
        return None, None  # the students' association keeps a calendar of its own (2013, 2018, 2023)
    text = reading.structure.text
    association = bool(re.search(r"Hội (?:LHTN|Liên hiệp)", org)) or bool(
        _ASSOCIATION_BEFORE.search(text, max(0, frame.start - 120), frame.start)) or bool(
        _ASSOCIATION_CONGRESS.search(text, 0, reading.title_end + 300))
    return calendar_terms(reading.dated_year, association)


def document_period(reading: DocumentReading, kind: str) -> tuple[int, int] | None:
    facts = reading.facts
    if kind in ("target", "target_count"):
        if reading.term and facts.doc_type in ("plan_term", "result_term"):
            return reading.term
        if facts.doc_type == "result_midterm" and reading.term:
            return reading.term
        return reading.school_year or _year(reading.target_year) or _span(facts)
    if facts.doc_type in ("result_term",) and reading.past_term:
        return reading.past_term
    if facts.doc_type in ("result_midterm",) and reading.term:
        return reading.term
    if facts.doc_type == "plan_term" and reading.past_term:
        return reading.past_term
    return reading.school_year or _year(reading.result_year) or _span(facts)


def resolve(reading: DocumentReading, kind: str, clause_frame: Frame | None, section_frame: Frame | None) -> tuple[str | None, str]:
    """(period, what set it)."""
    for frame, basis in ((clause_frame, "clause"), (section_frame, "section")):
        # a figure's period agrees with its tense: a target is not dated by a past frame ("Giai đoạn 2022-2025, …"
        # before "… đề ra 13 chỉ tiêu"), nor a result by a future one
        if frame is not None and basis == "section" and (
                (kind in ("target", "target_count") and frame.tense < 0) or (kind in ("result", "attainment") and frame.tense > 0)):
            continue
        if frame is not None:
            p = frame_period(frame, reading, kind)
            if p:
                return fmt(p), basis
    p = document_period(reading, kind)
    return (fmt(p) if p else None), "document"


def _year(y: int | None) -> tuple[int, int] | None:
    return (y, y) if y else None


def _span(facts) -> tuple[int, int] | None:
    if facts.period_start_year and facts.period_end_year:
        return (facts.period_start_year, facts.period_end_year)
    return None


def fmt(p: tuple[int, int]) -> str:
    return f"{p[0]}" if p[0] == p[1] else f"{p[0]}-{p[1]}"
