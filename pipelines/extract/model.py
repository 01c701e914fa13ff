"""The records extraction produces. Shared by the CLI, the landing Parquet files and the tests.

Field meanings follow ../shared/spec/measures.md; offsets are character offsets into the decoded,
NFC-normalised text that the warehouse stores (documents.text), so text[start:end] is the number.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

KINDS = ("target", "result", "attainment", "target_count")
UNITS = ("count", "percent", "vnd", "km", "other")
QUALIFIERS = ("exact", "at_least", "more_than", "at_most", "less_than", "approx", "range")
SCOPES = (None, "per_year", "per_unit", "per_person")
LEVELS = ("national", "province", "bloc", "district", "commune", "unknown")
DOC_TYPES = (
    "plan_annual",  # annual programme (chương trình công tác năm)
    "plan_youth_month",  # Tháng Thanh niên plan
    "plan_campaign",  # summer campaign or other campaign plan
    "plan_term",  # congress resolution / term programme (nhiệm kỳ)
    "result_midterm",  # sơ kết giữa nhiệm kỳ
    "result_annual",  # year-end (tổng kết năm), half-year (sơ kết 6 tháng) or campaign report
    "result_term",  # term-end report (tổng kết nhiệm kỳ, at a congress)
    "news_mixed",  # news article mixing plans and results
    "unknown",
)


@dataclass
class DocumentFacts:
    """What a document is about. Read from its text; raw/manifest.csv may override any field."""

    org: str | None = None  # canonical name, e.g. "Thành đoàn Hà Nội", "Đoàn Khối các cơ quan Trung ương"
    org_level: str = "unknown"  # one of LEVELS
    # how the organisation is known: "text" (a body or collective the page names), "place" (a guess: the Union of the
    # only province the page names, no body named), "scope" (a guess: the Central Committee of a page naming no body and
    # no place, only the country's congress or youth), "manifest" (stated in raw/manifest.csv); None with no organisation
    org_basis: str | None = None
    province: str | None = None  # pre-July-2025 province name, canonical ("Sóc Trăng")
    province_new: str | None = None  # its post-July-2025 successor ("Cần Thơ")
    period: str | None = None  # "2024", "2017-2022", "2023-Q1", "2022-H1", "2024-youth-month", "2025-summer"
    period_start_year: int | None = None
    period_end_year: int | None = None
    doc_type: str = "unknown"  # one of DOC_TYPES
    title: str | None = None
    published: str | None = None  # ISO date: the manifest's, the page's dateline, else its address's month
    url: str | None = None  # the address the page was saved from: the file's "url:" header or raw/manifest.csv


@dataclass
class Measure:
    kind: str  # one of KINDS
    indicator: str  # code from indicators.csv, or "other"
    value: float
    unit: str  # one of UNITS
    qualifier: str = "exact"  # one of QUALIFIERS
    value_max: float | None = None
    of: float | None = None  # denominator of a fraction "13/13"
    scope: str | None = None  # one of SCOPES
    level: str | None = None  # the level the text states ("cấp thành phố" -> province); None: the whole organisation
    body: str | None = None  # "hoi" (Hội LHTN) or "doi" (Đội) when the clause names their members or units
    occasion: str | None = None  # "launch" (a ceremony's figure), "registration" (a pledge), "surplus" (over a target)
    # "additional" (more on top of what was done) or "round" (one round of a year's drives)
    programme: str | None = None  # the programme or campaign the clause names
    period: str | None = None
    org: str | None = None  # only when the text attributes it to another body: its canonical name
    org_level: str | None = None  # that body's level (one of LEVELS)
    org_province: str | None = None  # that body's province, pre-July-2025 name (None for national bodies)
    org_province_new: str | None = None  # its post-July-2025 successor
    kind_basis: str | None = None  # what decided target vs result: clause, sentence, section, document type …
    period_basis: str | None = None  # what set the period: clause, section or document
    indicator_basis: str = "cues"  # "cues" (the dictionary's noun) or "learned" (the corrector overruled it)
    subject: str | None = None  # the noun phrase, kept for `other` and for curators
    quote: str = ""  # shortest substring holding the number and its noun
    start: int = 0  # offset of the number (first character) in the decoded text
    end: int = 0  # offset just after the number (and its scale word / % sign)
    text: str = ""  # the sentence holding it
    number_text: str = ""  # the number exactly as written, with its scale word ("6.000 nghìn")
    optional: bool = False
    set_aside: str | None = None  # why a number the rules read is not reported as a measure (the figure filter)
    extractor_version: str = ""
    dictionary_version: str = ""

    def as_json(self, document: str) -> dict:
        row = {"record": "measure", "document": document}
        row.update(asdict(self))
        return row


@dataclass
class ExtractedDocument:
    facts: DocumentFacts
    measures: list[Measure] = field(default_factory=list)
    set_aside: list[Measure] = field(default_factory=list)  # read by the rules, judged not measures
