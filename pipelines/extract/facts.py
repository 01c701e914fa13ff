"""What a document is: its organisation (with level and province, old and post-July-2025), its period and
its type, read from the whole text; and the reading the measures are judged against (time frames, the
bodies it names, its congress terms). Any fact can be given by raw/manifest.csv or `--manifest`, which wins.

The organisation is the body the page speaks for: the actor of its title and opening ("Huyện đoàn Tây Giang
tổ chức Đại hội …"), the author credited at its foot ("Tác giả: Xã Đoàn Ngọc Chúc"), and the level its
collective words take ("toàn tỉnh", "cả nước"); not a guest ("Bí thư Tỉnh Đoàn An Giang đến dự"), a venue,
or the giver of an award ("Bằng khen của Trung ương Đoàn").
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace

from .model import DOC_TYPES, DocumentFacts
from .organisations import (CITIES, completed_institution, NATIONAL, UPPER, Gazetteer, Mention, OrganisationReader, is_subject, lookup, one_spelling, POST_BEFORE, province_place, YOUNG_ASSOCIATION,
                            province_union)
from .structure import HELD_MONTH, SITE_CLOCK, WINTER_SPRING, Structure, iso_date, parse_published, read_structure
from .tense import CueIndex


@dataclass
class DocumentReading:
    """A document's facts plus what the measure rules need from its whole text."""

    facts: DocumentFacts
    structure: Structure
    mentions: list[Mention]
    term: tuple[int, int] | None = None  # the congress term the document opens or plans for
    past_term: tuple[int, int] | None = None  # the term it recounts
    result_year: int | None = None  # the year its unframed results belong to
    target_year: int | None = None  # the year its unframed targets belong to
    title_end: int = 0
    mention_starts: list[int] = field(default_factory=list)
    cues: CueIndex | None = None  # every tense word of the text, found once
    successor: dict[str, str] = field(default_factory=dict)  # old province -> post-2025 province
    org_of_level: dict[str, str] = field(default_factory=dict)  # "province" -> "Tỉnh đoàn X" for "toàn tỉnh"
    narrated: bool = False  # the page tells of an event that took place (a launch, a ceremony), not a plan's text
    forthcoming: bool = False  # the page announces an event still to come ("… sẽ ra quân ngày 14-6")
    launch: bool = False  # the headline launches a campaign ("… khởi động chương trình Mùa hè xanh 2018")
    plan_text: bool = False  # the page is a plan's own text ("Kế hoạch Tháng Thanh niên năm 2024"), not news of one
    doc_type_stated: bool = False  # the kind of page comes from the user (raw/manifest.csv), not from reading it
    school_year: tuple[int, int] | None = None  # the school year a page reviews or plans ("năm học 2022 - 2023")
    dated_year: int | None = None  # "this year" when a date fixes it (not guessed from the years named)
    provinces: list[tuple[int, str]] = field(default_factory=list)  # where the text names a province, and which


# words before a mention that make its body a guest, a giver of awards or a possessor, not the actor
_GUEST_BEFORE = re.compile(
    r"(?:Bí thư|Phó Bí thư|Chủ tịch|Phó Chủ tịch|đại diện|Đại diện|lãnh đạo|Lãnh đạo|Trưởng ban|Phó Trưởng ban|[Bb]áo cáo viên|"
    # a body's resolution cited ("Nghị quyết Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Bắc Giang") is not the body acting
    r"Nghị quyết|nghị quyết|"
    r"Ủy viên|Uỷ viên|cán bộ|Thường trực|của|Bằng khen|bằng khen|cờ thi đua|Cờ thi đua|khen thưởng|tặng|nhận|với|"
    r"cùng|phối hợp với|cho|tại|về phía|Về phía|thuộc|trực thuộc|do|theo|được)\s*(?:[^\s,;.]+\s+){0,2}$|"  # a comma closes it
    # one of its departments, represented: "Đại diện Ban Quốc tế Trung ương Đoàn, Thường trực Tỉnh đoàn … trao cờ"
    r"(?:[Đđ]ại diện|[Ll]ãnh đạo|Trưởng ban|Phó Trưởng ban|Giám đốc|Phó Giám đốc)\s+(?:Ban|Văn phòng|Trung tâm)\s+"
    r"(?:[^\s,;.]+\s+){0,4}$")
# (a person's name, then a verb of speech)
_SPEAKS_AFTER = re.compile(rf"\s*,?\s*(?:[{UPPER}][^\s,.;:]*\s+){{1,4}}(?:cho biết|phát biểu|nhấn mạnh|chia sẻ|thông tin|khẳng định|nói)\b")
_GUEST_LIST = re.compile(r"(?:[Tt]ới dự|[Đđ]ến dự|[Tt]ham dự|[Dd]ự\s+(?:lễ|buổi|hội nghị|chương trình)|[Cc]ó sự tham dự|[Cc]ùng dự)[^.]*$")
# the bodies listed after "phối hợp với" are partners, the last of them too ("A phối hợp với B, C, D tổ chức …")
_HELD_AFTER = re.compile(r"(?:(?!phát động|hưởng ứng)[^.;:\n]){0,100}?\b(?:tổ chức|phối hợp|chủ trì)\b")
# (but "Hòa chung … Tháng thanh niên do Thành Đoàn tổ chức, … Đoàn Tổng công ty …": the campaign the page's body joined)
_JOINED_BEFORE = re.compile(r"(?:[Hh]ưởng ứng|[Hh]òa (?:chung|cùng)|[Tt]ham gia|[Tt]hực hiện|[Tt]riển khai)[^.;:\n]*$")
_PARTNERS_BEFORE = re.compile(r"(?:phối hợp với|phối hợp cùng|cùng với)\s[^.;:!?\n]{0,200},\s*$")
_ACT_AFTER = re.compile(
    r"^\s*(?:[^.;:\n]{0,40}?\s)?(?:đã|vừa|tổ chức|long trọng|tiến hành|triển khai|phát động|ra quân|khởi động|tổng kết|"
    r"chủ trì|công bố|ban hành|trao|"
    r"sơ kết|khai mạc|xác định|đề ra|phấn đấu|thực hiện|đạt|hoàn thành|trao|tặng|chỉ đạo|ban hành|huy động|"
    r"đảm nhận|có|xây dựng|tập trung|quyết tâm|đăng ký)(?!\w)")
_AUTHOR = re.compile(
    r"(?:Tác giả(?: bài viết)?|Nguồn|Theo|Tin(?:, ảnh)?|Ảnh)\s*:\s*(?P<a>[^\n]{3,80})|^[^\n\-–]{2,40}[-–]\s*(?P<b>[^\n\-–]{3,60})[ \t]*$",
    re.M)  # "Viết Lương – Huyện đoàn Hạ Hòa" on its own line above the page's share buttons
_CONGRESS = re.compile(r"[Đđ]ại hội(?:\s+đại biểu)?(?:\s+(?:Đoàn|Hội|Liên đội|Chi đoàn|điểm|lần|Cháu ngoan))?", re.I)
_PARTY_CONGRESS = re.compile(r"[Đđ]ại hội (?:đại biểu )?(?:Đảng|Đảng bộ)|Nghị quyết Đại hội (?:XIII|XII|XIV) của Đảng|Đại hội Đảng")

# document types from the title (or the opening when the title says nothing)
_T_MIDTERM = re.compile(r"giữa nhiệm kỳ|nửa nhiệm kỳ", re.I)
_T_REVIEW = re.compile(r"tổng kết|sơ kết|kết quả|nhìn lại|dấu ấn|sự kiện.{0,40}tiêu biểu|đạt và vượt|vượt chỉ tiêu|"
                       r"hoàn thành|tuyên dương|thành công|\bđạt\b|\bđã\b|hơn [\d.]+|gần [\d.]+|trên [\d.]+", re.I)
_T_PLAN = re.compile(r"kế hoạch|chương trình công tác|phát động|(?<!đồng loạt )ra quân|khởi động|lễ ra mắt|chỉ tiêu|phấn đấu|"
                     r"nhiệm vụ trọng tâm|phương hướng|sẽ|dự kiến|mục tiêu", re.I)
# a news page telling what happened on a day: "Ngày 1/3/2020, Thành đoàn … tổ chức ra quân …", "Sáng 26/3, … đã diễn
# ra …". What was done at a launch is a result even on a page about a plan; a page that only reports a plan being
# issued ("ban hành kế hoạch") is not an event
_NARRATED = re.compile(
    r"(?:^|[\n.]\s*)(?:(?:Ngày|Sáng|Chiều|Tối|Trưa|Đêm)(?:\s+ngày)?\s+\d{1,2}\s*[/.-]\s*\d{1,2}|(?:Sáng|Chiều|Tối) (?:nay|qua)|"
    r"Vừa qua|Mới đây|Hôm qua|Ngày hôm qua)\b[^\n.]{0,200}?"
    r"(?:tổ chức|diễn ra|ra quân|khai mạc|ra mắt|khởi động|đã|vừa)\b(?![^\n.]{0,40}ban hành)"
    r"|(?:^|\n)[^.\n]{0,150}?\b(?:vừa|đã)\s+(?:long trọng\s+)?(?:tổ chức|ra quân|khai mạc|ra mắt|khởi động|làm lễ)\b"
    r"(?![^\n.]{0,40}ban hành)")
# an event the page announces: "Chiến dịch … sẽ ra quân ngày 14-6", "dự kiến diễn ra từ ngày …"
_FORTHCOMING = re.compile(r"\b(?:sẽ|dự kiến)\s+(?:được\s+)?(?:chính thức\s+)?(?:ra quân|diễn ra|khai mạc|khởi động|bắt đầu|"
                          r"được tổ chức|tổ chức lễ|tổ chức chương trình|tổ chức ngày hội)\b")
# a headline that is a plan's own title: "Kế hoạch Tháng Thanh niên năm 2024", "Chương trình công tác Đoàn năm 2025"
_PLAN_TEXT_HEADLINE = re.compile(r"\s*(?:[\d.]+\s*)?(?:KẾ HOẠCH|Kế hoạch|CHƯƠNG TRÌNH CÔNG TÁC|Chương trình công tác|PHƯƠNG HƯỚNG|"
                                 r"Phương hướng|NGHỊ QUYẾT|Nghị quyết|HƯỚNG DẪN|Hướng dẫn|CHỈ TIÊU|Chỉ tiêu)\b")
# a headline that launches a campaign: the day's launch is past, but the works the campaign will do are still ahead
# ("Trường ĐH Bách Khoa khởi động chương trình Mùa hè xanh 2018 … trọng tâm là … xây dựng 13km đường")
_LAUNCH_HEADLINE = re.compile(r"\b(?:khởi động|ra quân|phát động|xuất quân|khai mạc)\b", re.I)
# a meeting that reviews a period: "hội nghị giao ban … 6 tháng đầu năm", "sơ kết công tác quý I"
_PERIOD_REVIEW = re.compile(r"(?:sơ kết|tổng kết|giao ban|đánh giá)[^.\n]{0,80}(?:6 tháng|sáu tháng|quý|năm (?:19|20)\d{2}|năm học)", re.I)


def read_document_facts(text: str, reader: OrganisationReader, overrides: dict | None = None) -> DocumentReading:
    overrides = overrides or {}
    structure = read_structure(text, parse_published(overrides.get("published")), overrides.get("url"))
    regions = tuple(structure.regions)
    # the July 2025 map of communes applies to a page written after it: its date, else the latest date or year it names
    after_merger = structure.published[:2] >= (2025, 7) if structure.published else \
        _latest_month(text) >= (2025, 7) or (structure.now or 0) >= 2026
    # the bodies in the headlines of the site's other posts are not this page's
    mentions = [m for m in reader.mentions(text, regions, new_map=bool(after_merger))
                if not any(lo <= m.start < hi for lo, hi in structure.other_posts)]
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    title = _title(lines)
    # a first line of more than ~35 words is the lead paragraph, not a headline
    title_end = text.find(title[:30]) + len(title) if title and len(title.split()) <= 35 else 0
    head = text[: min(len(text), max(title_end, 0) + 700)]

    org, level, province, org_basis = _document_org(text, mentions, reader, title_end, regions, overrides.get("url"))
    if level == "province" and not any(m.level == "province" and m.name and not m.collective and not m.quoted
                                       for m in mentions) and _speaks_of_its_district(text):
        # no provincial body is named, only the province, and the page speaks of "the district" as its own ("các cơ
        # sở đoàn trên địa bàn huyện", "toàn huyện") and never of the province: a district Union's page on a
        # provincial site, whose district is the one the page names
        place = _own_place(text, reader, "district", regions, title_end)
        if place and place.province in (province, None):
            org, level, province, org_basis = place.name, "district", place.province or province, "text"
        elif org_basis == "place":
            # the district unnamed ("các cơ sở đoàn trên địa bàn huyện", "Huyện đoàn DMC"): a district's Union of the
            # province, not the province's own, whose figures it would take as the province's
            org, level = "Huyện đoàn", "district"
    org = _spelt_out(org, text)
    if level == "bloc":
        org = completed_institution(org, text)
    org = one_spelling(org) if org else org  # a name spelt out or completed from the page's own words, spelt one way
    if province == "Thừa Thiên Huế" and org and (structure.now or 0) >= 2025 and structure.now_known:
        # Thừa Thiên Huế has been the centrally-run city of Huế since 1 January 2025: its Tỉnh đoàn is the Thành đoàn
        # Huế, and its province-wide bodies are the city's ("Hội đồng Đội thành phố Huế")
        if org == province_union(province):
            org, level = "Thành đoàn Huế", "province"
        elif org.endswith(" tỉnh Thừa Thiên Huế") and level in ("province", "bloc"):
            org = org[: -len("tỉnh Thừa Thiên Huế")] + "thành phố Huế"
    cues = CueIndex.build(text, structure.regions)
    doc_type = _doc_type(title or "", head, text, cues, structure)
    reading = DocumentReading(DocumentFacts(), structure, mentions, title_end=title_end,
                              mention_starts=[m.start for m in mentions], cues=cues, successor=reader.g.successor,
                              provinces=reader.province_mentions(text, regions))
    _periods(reading, text, title or "", head, doc_type, org or "", level)
    reading.narrated = bool(_NARRATED.search(head))
    reading.forthcoming = bool(_FORTHCOMING.search(head))
    reading.launch = doc_type.startswith("plan") and bool(_LAUNCH_HEADLINE.search(title or ""))
    reading.plan_text = doc_type.startswith("plan") and bool(_PLAN_TEXT_HEADLINE.match(title or ""))

    published = structure.published
    facts = DocumentFacts(
        org=org, org_level=level, province=province, org_basis=org_basis if org else None,
        province_new=reader.g.successor.get(province) if province else None,
        doc_type=doc_type, title=title[:300] if title else None,
        published=iso_date(published) if published else None,
    )
    start, end = reading.school_year if reading.school_year and (
        doc_type not in ("plan_term", "result_term") or not (reading.term or reading.past_term)) else \
        reading.term if doc_type in ("plan_term", "result_midterm") and reading.term else \
        reading.past_term if doc_type == "result_term" and reading.past_term else \
        (reading.target_year, reading.target_year) if doc_type.startswith("plan") and reading.target_year else \
        (reading.result_year, reading.result_year) if reading.result_year else (None, None)
    facts.period_start_year, facts.period_end_year = start, end
    if start:
        facts.period = f"{start}" if start == end else f"{start}-{end}"
        if start == end and re.search(r"6 tháng đầu năm|sáu tháng đầu năm", head, re.I):
            facts.period = f"{start}-H1"
    if overrides:
        _apply_overrides(facts, overrides, reader.g, reading)
    reading.facts = facts
    reading.org_of_level = _own_bodies(facts)
    return reading


_FULL_DATE = re.compile(r"(\d{1,2})[/.-]((?:19|20)\d{2})(?![\d/])")  # the month and year of "21/9/2025", "tháng 11/2025"


def _latest_month(text: str) -> tuple[int, int]:
    """The latest month a date in the head of the text names ("21/9/2025", "tháng 11/2025"), or (0, 0). (The head, as
    for the latest year: a page's own dates come first, and the scan is the engine's at every character.)"""
    return max(((int(m.group(2)), int(m.group(1))) for m in _FULL_DATE.finditer(text, 0, 3000) if 1 <= int(m.group(1)) <= 12),
               default=(0, 0))


def _title(lines: list[str]) -> str | None:
    """The first line that is not a dateline; a heading in capitals on its own line ("CHƯƠNG TRÌNH") takes
    the line after it."""
    menu = False
    for i, line in enumerate(lines[:8]):
        line = re.sub(r"^\s*date\s+(?:19|20)\d{2}-\d{2}(?:-\d{2})?\s*", "", line).strip()
        if not line or re.fullmatch(r"[\d/:\s,|.-]+", line) or _FURNITURE.search(line) or SITE_CLOCK.fullmatch(line):
            continue
        if len(line.split()) < 5 and (menu or i + 1 < len(lines) and len(lines[i + 1].split()) < 5 and
                                      not re.search(r"\d", lines[i + 1])):
            menu = True  # a site's menu above the article ("Hà Nội", "Đà Nẵng", "Đảng - đoàn thể"): short lines running
            continue
        if i >= 4 and not menu:
            break
        if len(line.split()) < 4 and i + 1 < len(lines) and not _FURNITURE.search(lines[i + 1].strip()):
            line = f"{line} {lines[i + 1]}"
        return line[:300]
    return lines[0][:300] if lines else None


# a site's header above the article: the weather, "Theo dõi Báo … trên", a date line with its weekday
# "Trung ương Đoàn khen thưởng 15 tập thể": the body handing out awards at another's review
_AWARDS_AFTER = re.compile(r"\s*(?:đã\s+|vừa\s+)?(?:khen thưởng|tặng (?:bằng khen|cờ|giấy khen)|trao (?:bằng khen|cờ|giấy khen))")
_EXAMPLES_BEFORE = re.compile(r"(?:[Tt]iêu biểu|[Đđ]iển hình|[Nn]ổi bật)(?:\s+(?:có|là|như))?\s*:?[^.;\n]{0,160}$")
# ("Chủ nhật, ngày 5 tháng 5 năm 2024" above an article of 2022 is the site's clock; "banner" is its header image)
_FURNITURE = re.compile(r"°C|^Theo dõi\b|^[Tt]hời tiết\b|^(?:Thứ (?:hai|ba|tư|năm|sáu|bảy|[2-7])|Chủ nhật)\s*[,-]?\s*(?:ngày\s+)?"
                        r"\d{1,2}\s*(?:[/-]|tháng)\s*\d{1,2}\s*(?:[/-]|năm)\s*\d{2,4}.{0,30}$|"
                        r"^[\d/:\s,|.-]+$|^(?:banner|logo|menu|trang chủ|home)$|"
                        # a breadcrumb ("Trang chủ >> TIN TỨC >> Tin địa phương", "Trang chủ3 Phong tràoTuổi trẻ …")
                        r"^trang chủ(?!\s+trì)|"
                        # a site's greeting banner ("Chúc mừng năm mới 2019!!!" above a report of July 2018)
                        r"^chúc mừng năm mới\b[^.]{0,20}$", re.I)


# ---------------------------------------------------------------- organisation
def _document_org(text: str, mentions: list[Mention], reader: OrganisationReader, title_end: int,
                  regions: tuple[tuple[int, int], ...] | None = None, url: str | None = None):
    score: dict[str, float] = defaultdict(float)
    info: dict[str, Mention] = {}
    collective_levels: dict[str, float] = defaultdict(float)
    tail_start = max(len(text) - 400, int(len(text) * 0.7))
    authors = _author_spans(text)
    named_city = next((m.name for m in mentions if m.level == "district" and m.name and m.name.startswith("Thành đoàn")), None)
    # "tuổi trẻ Thừa Thiên Huế" speaks of the body the page names ("Thành đoàn Huế") when they share level and province
    by_place = {(m.level, m.province): m.name for m in mentions if m.name and not m.collective and m.province}
    seen_lines: set[str] = set()
    repeated: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):  # a photo caption printed twice counts once
        if line.group(0).strip() in seen_lines:
            repeated.append((line.start(), line.end()))
        seen_lines.add(line.group(0).strip())
    # an excerpt cut mid-word ("… tuổi trẻ Công an Só"): a long paragraph running to the very end of the page has
    # a fragment for its last word (a byline at the foot is a short line of its own)
    last_line = text.rstrip()[text.rstrip().rfind("\n") + 1:]
    cut_at = len(text.rstrip()) if len(last_line) > 80 and re.search(r"\w$", last_line) else None
    for m in mentions:
        if m.quoted or m.place or any(a <= m.start < b for a, b in repeated):
            continue
        if cut_at is not None and m.end >= cut_at:
            continue
        subject = is_subject(text, m, max(0, m.start - 200))
        if m.name is None and not _BARE.match(m.surface):
            if m.collective and subject:
                collective_levels[m.level] += 1.0 if m.start > title_end else 2.0
            continue
        # a bare "Tỉnh Đoàn": the page's own union, named below; a bare "Thành đoàn" beside "Thành đoàn Hạ Long"
        # is that city's
        key = (m.collective and m.name and by_place.get((m.level, m.province))) or m.name or (
            named_city if named_city and _bare_unit(m.surface) == "Thành" else
                         f"@{m.level}-đội" if m.surface.startswith("Hội đồng Đội") else
                         f"@{m.level}-hội" if re.match(r"(?:Ủy ban\s+)?Hội", m.surface) else f"@{m.level}")
        before = text[max(0, m.start - 40): m.start]
        after = text[m.end: m.end + 60]
        in_title = m.start < title_end + 2
        w = 10.0 if in_title else 3.0 if m.start < title_end + 500 else 1.0
        # "Đoàn công tác của Trung ương Đoàn": the body's own delegation is the actor
        # "Bí thư Quận đoàn Hoàn Kiếm Trần Kim Huyền cho biết, tuổi trẻ trong quận sẽ …": the body's own officer
        # speaking for it (not one of the guests listed, "Tới dự có …")
        speaks = bool(POST_BEFORE.search(before) and _SPEAKS_AFTER.match(after)) and \
            not _GUEST_LIST.search(text, max(0, m.start - 200, text.rfind(".", 0, m.start)), m.start)
        guest = (bool(_GUEST_BEFORE.search(before)) and not speaks and not (in_title and before.rstrip().endswith("của")) and
                 not re.search(r"[Đđ]oàn công tác\s+(?:của\s+)?$", before) and
                 # "Lễ ra quân do Thị đoàn, Hội LHTN … thị xã An Nhơn cùng phối hợp với … tổ chức": who held the event
                 not (re.search(r"\bdo\s+$", before) and _HELD_AFTER.match(text, m.end, m.end + 120) and
                      not _JOINED_BEFORE.search(text, max(0, m.start - 150), m.start))) or \
            bool(_AWARDS_AFTER.match(after)) or \
            bool(_PARTNERS_BEFORE.search(text, max(0, m.start - 220), m.start))
        if guest:
            w *= 0.15
        elif _ACT_AFTER.match(after):
            w *= 1.6
        if m.collective and m.name:
            w *= 0.7
            if subject:
                collective_levels[m.level] += 0.5
        if _EXAMPLES_BEFORE.search(text, max(0, m.start - 200), m.start):
            w *= 0.3  # "Tiêu biểu có Thị Đoàn Bình Minh với …, Huyện Đoàn Vũng Liêm: …": members cited as examples
        if any(a <= m.start < b for a, b in authors):
            w += 3.0
        elif m.start >= tail_start and re.match(r"\s*(?:\n|$)", after):
            w += 3.0  # a byline naming the body at the foot of the page
        score[key] += w
        if key not in info or (info[key].province is None and m.province):
            info[key] = m
    _merge_variants(score, info)
    # "Hưng Nguyên: Tổng kết 20 năm chiến dịch hè tình nguyện": a headline that opens on a district speaks for the
    # district's Union the page names further on, as if the headline had named it; but a district's site heads its
    # communes' news so too ("Trà Lĩnh: …" ¶ "Đoàn Thanh niên xã Lưu Ngọc tổ chức …"): a commune acting in the lead
    # keeps the page
    if score and (place := reader.title_place(text, title_end, "district")) and place.name in score and \
            not any(info[n].level == "commune" and score[n] >= 3.0 for n in score):
        score[place.name] += 10.0
    # "Hà Tĩnh: Tiếp tục các hoạt động … hưởng ứng Tháng Thanh niên 2015": a headline that opens on a province speaks
    # for its Tỉnh đoàn when the page names no other body in its head and its headline is not about the Association
    # or the Pioneers (its Hội, its Hội đồng Đội, a school's Union acting in the lead would be the page's)
    elif (place := reader.title_place(text, title_end, "province")) and \
            not any(info[n].level != "national" and info[n].start < title_end + 500 for n in score) and \
            not re.search(r"Hội (?:LHTN|Liên hiệp|Sinh viên)|Hội đồng Đội|Đội TNTP|Liên đội", text[:title_end]):
        score[place.name] += 10.0
        info.setdefault(place.name, place)
    names_a_body = bool(score) or bool(collective_levels)  # (before the provinces the page names add to the scores)
    # a province named as such ("trên địa bàn tỉnh Lâm Đồng") speaks for its Tỉnh đoàn, a little
    for pos, prov in reader.province_mentions(text, regions):
        before = text[max(0, pos - 25): pos]
        # "thành phố Hà Tĩnh" is the provincial capital, not the province (unless the province is a city)
        named_as = re.search(r"(?:tỉnh|thành phố|TP\.?)\s*$", before)
        if named_as and (prov in CITIES or prov == "Thừa Thiên Huế" or named_as.group(0).startswith("tỉnh")) and \
                not re.search(r"\b(?:tại|ở)\s+(?:\S+\s+){0,2}$", before) and \
                not _INSTITUTION_OF_PROVINCE.search(text, max(0, pos - 70), pos):
            # the province backs whichever of its bodies the page names (its Hội đồng Đội, its Hội), else its Tỉnh đoàn
            own = [n for n in score if info[n].level == "province" and (info[n].province in (prov, None))
                   and n != province_union(prov) and ("Hội" in n or n.endswith(("-hội", "-đội")))]
            k = max(own, key=score.get) if own and max(score[n] for n in own) >= 3.0 else province_union(prov)
            if k not in score and "@province" not in score and any(not n.startswith("@") and info[n].level != "national" for n in score):
                # "Hội Chữ thập đỏ tỉnh Thanh Hóa phối hợp với Đoàn Thanh niên Trường Đại học Hồng Đức": a page that
                # names a Union body but never its Tỉnh đoàn is not the Tỉnh đoàn's for naming the province
                continue
            score[k] += 1.5 if pos < title_end + 500 else 0.5
            info.setdefault(k, Mention(pos, pos, k, "province", prov, collective=True))
    # the level the page's collective words take ("toàn tỉnh", "cả nước") backs the body of that level
    for name, m in info.items():
        score[name] += 2.0 * collective_levels.get(m.level, 0.0)
    # the Đoàn and its Hội often hold an event together ("Tỉnh Đoàn, Hội LHTN Việt Nam tỉnh tổ chức …"):
    # the page is the Đoàn's
    for name in list(score):
        # (and its students' association: "Thành đoàn, Hội Sinh viên Việt Nam thành phố tổ chức …")
        if "Hội LHTN" in name or name.endswith("-hội") or name.startswith("Hội Sinh viên"):  # "Huyện đoàn Châu Thành, Ủy ban Hội LHTN Việt Nam huyện"
            m = info[name]
            rival = next((n for n in score if "Hội" not in n and "Đội" not in n and not n.endswith("-đội") and info[n].level == m.level and
                          (info[n].province == m.province or n == f"@{m.level}")), None)
            # the rival's weight counts its bare mentions ("Thành Đoàn" alone), which join it further on
            bare = score.get(f"@{m.level}", 0.0) if rival and not rival.startswith("@") else 0.0
            if rival and score[rival] + bare >= 0.4 * score[name]:
                score[rival] += score[name]
    # a bare "Huyện đoàn" on a page that names "Huyện đoàn Bắc Tân Uyên" is that body
    for bare in [n for n in score if n.startswith("@")]:
        named = [n for n in score if not n.startswith("@") and info[n].level == info[bare].level
                 and ("Hội LHTN" in n) == bare.endswith("-hội") and ("Hội đồng Đội" in n) == bare.endswith("-đội")
                 # (an association of young professionals is never a bare "Tỉnh đoàn" or "Hội")
                 and not n.startswith("Hội Sinh viên") and not YOUNG_ASSOCIATION.search(n)]
        if named:
            top = max(named, key=score.get)
            score[top] += score.pop(bare)
    if score and collective_levels:
        # "các cấp bộ Đoàn trong tỉnh đã …" outweighing every body the page names: the page is the province's own
        level = max(collective_levels, key=collective_levels.get)
        if level == "province" and 2.0 * collective_levels[level] > max(score.values()) and \
                not any(info[n].level == "province" for n in score):
            # (the text must name the province: a site's address does not make a district's page the province's)
            province = _main_province(text, reader, title_end, regions, mentions)
            if province:
                return province_union(province), "province", province, "text"
    # (read only when no Union body is named strongly: most pages never need it)
    school = _school_actor(text, title_end, reader) if not score or max(score.values()) < 3.0 else None
    if school:
        # the province the page names is most often the school's own (a campaign far away names its own places)
        # (its Union named further on, "Đoàn trường Đại học An Giang", keeps the page's name for it)
        school_name = re.sub(r"^Đoàn Thanh niên (?:[Tt]rường )?", "", school.name).lower()
        named = next((n for n in score if not n.startswith("@") and info[n].level == "bloc" and
                      re.sub(r"^(?:Đoàn (?:Thanh niên |TNCS Hồ Chí Minh )?)?(?:[Tt]rường )?", "", n).lower() == school_name), None)
        return named or school.name, school.level, school.province or _main_province(text, reader, title_end, regions, mentions, url), "text"
    if score:
        # a national roundup: the Central Committee's event or count, told with the bodies of three provinces or more
        # ("Trung ương Đoàn tổ chức Hội nghị tổng kết …; Tỉnh Đoàn Bình Dương …, Khánh Hòa …, Nghệ An …"), or with five
        # provinces named ("16 đội hình … gồm: dân tộc Cống (Điện Biên), Mảng, Si La (Lai Châu), …": the country's campaign)
        national = [n for n in score if info[n].level == "national" and n == NATIONAL]
        places = {info[n].province for n in score if info[n].level in ("province", "district", "commune") and info[n].province}
        # (a roundup of the Hội đồng Đội Trung ương is its own)
        if national and (len(places) >= 3 or len(reader.provinces_named(text, regions) | places) >= 5) and \
                score[national[0]] >= 0.5 * max(score.values()) and \
                max((n for n in score if info[n].level == "national"), key=score.get) == NATIONAL:
            return NATIONAL, "national", None, "text"
        name = max(score, key=lambda n: (score[n], _LEVEL_RANK.get(info[n].level, 0), not n.startswith("@")))
        best = info[name]
        if name.startswith("@"):
            province = _main_province(text, reader, title_end, regions, mentions, url) if best.level == "province" else None
            if _bare_unit(best.surface) == "Thành" and name == "@province" and province not in CITIES and \
                    (city := _ward_city(text, reader, province, regions)):
                return (*city, "text")  # a bare "Thành đoàn" on a page of the wards of Bắc Giang city: that city's Union
            if name == "@province" and province and province not in CITIES and _bare_city_union(mentions) and \
                    (city := _provincial_city(text, reader, province)):
                # "Thành đoàn" alone on a page of Cao Bằng: only the centrally-run cities have a Thành đoàn of province
                # rank, so elsewhere it is the Union of a provincial city, the one the page names or the only one
                return f"Thành đoàn {city}", "district", province, "text"
            if province is None and _bare_unit(best.surface) == "Thành" and name == "@province":
                # a bare "Thành đoàn" under a headline that opens on a provincial city ("Hội An: Kiểm tra …") is
                # that city's Union, a district-level body
                city = reader.title_place(text, title_end, "district", "thành phố")
                if city:
                    return city.name, "district", city.province, "text"
            unit = _BARE_UNIT.get(_bare_unit(best.surface))
            place = _own_place(text, reader, best.level, regions, title_end, unit) or \
                (reader.site_district(url, unit) if best.level == "district" else None)
            if place:  # a bare "Huyện đoàn" on a page about "huyện Đình Lập" (or on tuoitredinhlap.vn) is that district's
                where = place.surface  # "huyện Đình Lập"
                if name.endswith("-đội"):
                    return f"Hội đồng Đội {where}", best.level, place.province, "text"
                if name.endswith("-hội"):
                    return f"Hội LHTN Việt Nam {where}", best.level, place.province, "text"
                return place.name, best.level, place.province, "text"
            if name.endswith("-đội"):
                if province:
                    return f"Hội đồng Đội {province_place(province)}", best.level, province, "text"
                return "Hội đồng Đội " + {"district": "huyện"}.get(best.level, "tỉnh"), best.level, province, "text"
            if name.endswith("-hội"):
                if province:
                    return f"Hội LHTN Việt Nam {province_place(province)}", best.level, province, "text"
                unit = {"province": "tỉnh", "district": "huyện", "commune": "xã"}.get(best.level, "tỉnh")
                return f"Hội LHTN Việt Nam {unit}", best.level, province, "text"
            if province:
                return province_union(province), "province", province, "text"
            unit = _bare_unit(best.surface)
            if unit in ("Quận", "Thị"):
                return f"{unit} đoàn", best.level, None, "text"  # a bare "Quận Đoàn" is a Quận đoàn
            if unit == "Phường":
                return "Đoàn phường", best.level, None, "text"
            return _GENERIC[best.level], best.level, None, "text"
        province = best.province
        national_body = best.level == "national" or (best.level == "bloc" and re.search(r"Trung ương|Chính phủ|Bộ (?!đội|Chỉ huy)|Quân đội|Tập đoàn", name))
        if province is None and not national_body:
            province = _main_province(text, reader, title_end, regions, mentions, url)
            if province and name.rstrip().endswith(("tỉnh", "thành phố")):
                name = f"{name} {province}"
        if best.level == "national" and collective_levels.get("province", 0) >= 1 and not collective_levels.get("national") \
                and not any(m.level == "national" and m.start < title_end + 2 for m in mentions):
            # a provincial page reporting a national event ("Trung ương Đoàn tổng kết …; toàn tỉnh đã …")
            prov = _main_province(text, reader, title_end, regions, mentions, url)
            if prov:
                return province_union(prov), "province", prov, "text"
        # (a Tỉnh đoàn scored only for its province being named, "(tỉnh Khánh Hòa)", is the same guess as below)
        return name, best.level, None if national_body else province, "text" if names_a_body else "place"
    province = _main_province(text, reader, title_end, regions, mentions, url)
    if collective_levels.get("national"):
        return NATIONAL, "national", None, "text"
    if province is None and not collective_levels and _NATIONAL_SCOPE.search(text):
        # a page that names no body and no place, only the country's congress or its youth ("Văn kiện Đại hội Đoàn toàn
        # quốc lần thứ XII xác lập chỉ tiêu …", "… của tuổi trẻ cả nước"): most often the Central Committee's, but a
        # guess, so marked as one (the army's or a school's page may speak so too)
        return NATIONAL, "national", None, "scope"
    own_level = max(collective_levels, key=collective_levels.get) if collective_levels else None
    if url and province and own_level in ("district", "commune") and not _main_province(text, reader, title_end, regions, mentions):
        # "toàn huyện …" on a page whose province only its address gives: the district's page on its province's site
        province_only_by_site = province
        province = None
    else:
        province_only_by_site = None
    if province:
        # no Union body named, only a province: the page is a school's, a district's or a firm's as often as the
        # Tỉnh đoàn's (the Tỉnh đoàn was right for 25 of the 119 labelled pages guessed so, either way), so the guess
        # is marked as one
        return province_union(province), "province", province, "text" if collective_levels.get("province") else "place"
    if collective_levels:
        level = max(collective_levels, key=collective_levels.get)
        place = _own_place(text, reader, level, regions, title_end) or \
            (reader.site_district(url) if level == "district" else None)
        if place:
            return place.name, level, place.province, "text"
        return _GENERIC.get(level), level, province_only_by_site, "text"
    return None, "unknown", None, "text"


# a university or college running a Union campaign in its own name ("Trường Đại học Kinh tế - Luật đã tổ chức Lễ hội
# quân Chiến dịch tình nguyện Mùa hè Xanh", "Chiến dịch mùa hè xanh năm 2022 của Trường Đại học CSND"): the page is the
# school's Union's, not that of the province the students went to
_SCHOOL = re.compile(rf"(?:[Tt]rường\s+)?(?:Đại học|ĐH|Cao đẳng|CĐ|Học viện)(?:[ \t]+|[ \t]?[-–][ \t]?)[{UPPER}]|"
                     rf"[Tt]rường\s+(?:THPT|THCS|PTDTNT)[ \t]+[{UPPER}]")
_SCHOOL_ACTS = re.compile(r"\s*(?:\([^)\n]{1,40}\)\s*)?(?:năm (?:19|20)\d{2}\s+)?(?:đã\s+|vừa\s+|long trọng\s+|làm lễ\s+)*(?:tổ chức|ra quân|xuất quân|phát động|"
                          r"tổng kết|khởi động|triển khai|hội quân)\b")
# ("Ban Chỉ huy Chiến dịch Thanh niên tình nguyện hè Trường Đại học Trà Vinh": the school's campaign command)
# ("chiến sỹ thanh niên tình nguyện đến từ trường Đại học Tây Nguyên", "hơn 800 chiến sĩ trường Đại học Kinh tế": the
# volunteers are the school's; the commune they serve is only where the campaign went)
_CAMPAIGN_OF = re.compile(r"(?:[Cc]hiến dịch|Mùa hè [Xx]anh|[Tt]ình nguyện|[Đđ]ội hình|chiến sĩ|chiến sỹ)[^.;:\n]{0,60}?\b(?:của|đến từ)\s+$|"
                          r"(?:chiến sĩ|chiến sỹ|sinh viên tình nguyện)\s+$|"
                          r"Ban [Cc]hỉ huy (?:[Cc]hiến dịch|[Mm]ùa hè)[^.;:\n]{0,60}?\s$")


def _school_actor(text: str, title_end: int, reader: OrganisationReader) -> Mention | None:
    lead_end = min(len(text), max(title_end, 0) + 700)
    for m in _SCHOOL.finditer(text, 0, lead_end):
        if re.search(r"\b(?:tại|ở|về|đến(?! từ)|với|cùng)\s*(?:[Đđ]oàn\s*)?$", text[max(0, m.start() - 14):m.start()]):
            continue  # the place an event was held, not who held it
        found = [x for x in reader.mentions("Đoàn Thanh niên " + text[m.start():m.start() + 120].split("\n")[0])
                 if x.start == 0 and x.name and (x.level == "bloc" or x.name.startswith("Đoàn trường"))]
        if not found:
            continue
        end = m.start() + found[0].end - len("Đoàn Thanh niên ")
        if _SCHOOL_ACTS.match(text, end) or _CAMPAIGN_OF.search(text, max(0, m.start() - 80), m.start()):
            school = found[0]
            short = re.match(r"Đoàn Thanh niên ((?:Đại học|Cao đẳng) .+)", school.name)
            if short and re.search(r"[Tt]rường\s+" + re.escape(short.group(1)), text):
                school = replace(school, name=f"Đoàn Thanh niên Trường {short.group(1)}")  # the page spells it out
            return school
    return None


# an acronym the page defines: "Đoàn Thanh niên Tổng công ty Điện lực TP.HCM (EVNHCMC)", "… Kho bạc Nhà nước (Đoàn
# Thanh niên KBNN)"; the body's canonical name is the spelt-out one
_ACRONYM = re.compile(r"(?<![\w.])([A-ZĐ][A-ZĐ0-9]{2,}(?:\s+[A-ZĐ][A-ZĐ0-9]{2,})?)(?![\w.])")
_KNOWN_SHORT = {"TNCS", "LHTN", "THPT", "THCS", "TNTP", "HCM", "TPHCM", "CAND", "QĐND", "UBND", "HĐND", "MTTQ"}
_UNION_LONG = re.compile(r"Đoàn (?:Thanh niên|TN) (?:Cộng sản|cộng sản|CS) Hồ Chí Minh|Đoàn TNCS Hồ Chí Minh")


def _spelt_out(name: str | None, text: str) -> str | None:
    if not name:
        return name
    for m in _ACRONYM.finditer(name):
        acronym = m.group(1)
        if acronym in _KNOWN_SHORT or not name[:m.start()].strip():
            continue
        prefix = name[:m.start()].rstrip()  # "Đoàn Thanh niên"
        for d in re.finditer(rf"\((?:[^()\n]{{0,40}}\s)?{re.escape(acronym)}\)", text):
            before = _UNION_LONG.sub("Đoàn Thanh niên", text[max(0, d.start() - 160):d.start()])
            at = before.lower().rfind(prefix.lower())
            if at < 0:
                continue
            full = " ".join(before[at + len(prefix):].split())
            if 2 <= len(full.split()) <= 12 and full[:1].isupper() and not re.search(r"[;:!?]|\.\s", full):
                tail = name[m.end():]
                # "Ngân hàng BIDV Việt Nam" spelt out as "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam": the words after
                # the acronym may end the full name already
                return f"{prefix} {full}" + ("" if tail.strip() and full.endswith(tail.strip()) else tail)
    return name


_PLACE_WORD = re.compile(r"(?<!\w)(?:tỉnh|thành phố|tp\.)\s+(?=\w)")


def _merge_variants(score: dict[str, float], info: dict[str, Mention]) -> None:
    """One body written several ways is one candidate: "Tập đoàn Bưu chính viễn thông" and "… Viễn thông" (the
    spelling weighed most keeps the score), and "Đoàn Thanh niên Công ty" cut short
    beside the one full name it starts ("Đoàn Thanh niên Công ty CP Gang thép Thái Nguyên")."""
    blocs = [n for n in score if not n.startswith("@") and info[n].level == "bloc"]
    by_fold: dict[str, list[str]] = defaultdict(list)
    for n in blocs:
        by_fold[n.casefold()].append(n)
    for variants in by_fold.values():
        keep = max(variants, key=lambda n: (score[n], sum(c.isupper() for c in n)))
        for n in variants:
            if n != keep:
                score[keep] += score.pop(n)
    # "Chi đoàn Cục Thuế Sơn La" in a headline, "Chi đoàn Cục Thuế tỉnh Sơn La" in the text: the name written out
    by_place: dict[str, list[str]] = defaultdict(list)
    for n in (n for n in score if not n.startswith("@") and info[n].level == "bloc"):
        by_place[_PLACE_WORD.sub("", n.casefold())].append(n)
    for variants in by_place.values():
        full = [n for n in variants if _PLACE_WORD.search(n.casefold())]
        if full and len(full) < len(variants):
            keep = max(full, key=score.get)
            for n in variants:
                if n not in full:
                    score[keep] += score.pop(n)
    names = [n for n in score if not n.startswith("@") and info[n].level == "bloc"]
    for short in names:
        longer = [n for n in names if n != short and n.casefold().startswith(short.casefold() + " ")]
        if short.endswith(("tỉnh", "thành phố")):
            # what follows "… tỉnh" must be a province's name, not any word the name ran into
            longer = [n for n in longer if info[n].province]
        if short in score and (len(longer) == 1 or (longer and len({info[n].province for n in longer}) == len(longer)
                                                    and all(info[n].province for n in longer))):
            # "Đoàn Thanh niên Công an" beside "… Công an tỉnh Hà Giang" and "… Công an tỉnh Cao Bằng": the same body
            # of one of the provinces, the one the page weighs most
            score[max(longer, key=score.get)] += score.pop(short)


def _ward_city(text: str, reader: OrganisationReader, province: str | None, regions) -> tuple[str, str, str] | None:
    """The provincial city every ward the page names lies in ("phường Xương Giang" -> Bắc Giang city), or None."""
    cities = set()
    for ward in reader.places_named(text, "commune", regions):
        if not ward.surface.startswith("phường "):
            continue
        options = {(p, d) for p, _new, d in lookup(reader.g.communes, ward.surface[len("phường "):]) if p and d and
                   (province is None or p == province) and
                   any(t == "thành phố" for pp, t in lookup(reader.g.districts, d) if pp == p)}
        if len(options) != 1:
            return None
        cities |= options
    if len(cities) != 1:
        return None
    prov, city = next(iter(cities))
    return f"Thành đoàn {city}", "district", prov


def _bare_city_union(mentions: list[Mention]) -> bool:
    """The page calls its unnamed Union "Thành đoàn" more often than "Tỉnh đoàn"."""
    bare = [_bare_unit(m.surface) for m in mentions if m.name is None and m.level == "province" and m.surface]
    return bare.count("Thành") > bare.count("Tỉnh")


def _provincial_city(text: str, reader: OrganisationReader, province: str) -> str | None:
    """The city of `province` the page names most ("thành phố Cao Bằng"), else the one that shares the province's name,
    else the province's only city."""
    cities = reader.g.cities.get(province, [])
    named = {c: len(re.findall(rf"(?:[Tt]hành phố|TP\.?)\s+{re.escape(c)}(?!\w)", text)) for c in cities}
    if named and max(named.values()) > 0:
        return max(named, key=named.get)
    if province in cities:
        return province
    return cities[0] if len(cities) == 1 else None


def _own_place(text: str, reader: OrganisationReader, level: str, regions, title_end: int,
               unit: str | None = None) -> Mention | None:
    """The district or commune a page about an unnamed "Huyện đoàn" / "Đoàn xã" names most; on a tie, the one
    its lead names first. None for other levels or when no place of that level is named."""
    if level not in ("district", "commune"):
        return None
    places = reader.places_named(text, level, regions)
    if not places:
        return reader.title_place(text, title_end, level, unit)
    count: dict[str, int] = defaultdict(int)
    for p in places:
        count[p.name] += 1
    top = max(count.values())
    leaders = [p for p in places if count[p.name] == top]
    if len({p.name for p in leaders}) > 1 and leaders[0].start > title_end + 700:
        return None
    return leaders[0]


# "Công an tỉnh Quảng Ngãi", "Bộ Chỉ huy Quân sự tỉnh", "Sở Tư pháp tỉnh Cao Bằng": the province is part of another
# body's name; it places the page but does not speak for the province's Tỉnh đoàn
_INSTITUTION_OF_PROVINCE = re.compile(
    r"(?<!\w)(?:[Cc]ông an|[Qq]uân sự|[Bb]iên phòng|[Bb]ộ đội|[Qq]uân đội|[ỦủUu][ỷy] ban nhân dân|UBND|[Bb]ệnh viện|[Bb]ưu điện|"
    r"[Đđ]iện lực|[Kk]ho bạc(?: Nhà nước)?|[Hh]ải quan|[Nn]gân hàng|[Tt]òa án|[Vv]iện [Kk]iểm sát|[Tt]hi hành án|"
    rf"Sở(?=\s+[{UPPER}])|[Tt]rường(?=\s+(?:Đại|Cao|Trung|Chính))|"
    r"[Cc]ục|[Cc]hi cục|[Bb]an [Qq]uản lý|[Cc]ông ty|[Tt]ổng công ty|[Tt]rung tâm)"
    r"(?:\s+[^\s,.;:()\n]+){0,6}?\s+(?:tỉnh|thành phố|TP\.?)\s*$")
_BARE_UNIT = {"Huyện": "huyện", "Quận": "quận", "Thị": "thị xã", "Xã": "xã", "Phường": "phường"}
_GENERIC = {"province": "Tỉnh đoàn", "district": "Huyện đoàn", "commune": "Đoàn xã", "bloc": "Đoàn Khối",
            "national": NATIONAL}
_BARE = re.compile(r"(?:Tỉnh|Thành|Huyện|Quận|Thị|Xã|Phường)\s*[đĐ]oàn|(?:Ủy ban\s+)?Hội\s+(?:LHTN|Liên hiệp)|Hội đồng Đội|Đoàn\s+(?:TNCS|[Tt]hanh niên|TN)\b")
# "Đoàn Thanh niên phường" is a bare "Phường đoàn", "Đoàn thanh niên thành phố" a bare "Thành đoàn"
_UNIT_AFTER = re.compile(r"^Đoàn\s.*\s(tỉnh|thành phố|huyện|xã|phường)$")


def _bare_unit(surface: str) -> str:
    """The unit word of a bare union's mention, capitalised as in "Huyện đoàn": its first word, or the unit after
    "Đoàn Thanh niên"."""
    if not surface:
        return ""
    after = _UNIT_AFTER.match(surface)
    return after.group(1).split()[0].capitalize() if after else surface.split()[0]


_LEVEL_RANK = {"commune": 5, "district": 4, "bloc": 3, "province": 2, "national": 1}


_OWN_DISTRICT = re.compile(rf"(?:[Tt]oàn|trên địa bàn|[Tt]rong|cả)\s+(?:huyện|quận|thị xã)(?![ \t]+[{UPPER}])")
_OWN_PROVINCE = re.compile(rf"(?:[Tt]oàn|trên địa bàn|[Tt]rong|cả)\s+(?:tỉnh|thành phố)(?![ \t]+[{UPPER}])")


def _speaks_of_its_district(text: str) -> bool:
    # twice: a provincial page about an event held in one district says "trên địa bàn huyện" once as often
    return len(_OWN_DISTRICT.findall(text)) >= 2 and not _OWN_PROVINCE.search(text)


def _author_spans(text: str) -> list[tuple[int, int]]:
    tail = max(0, len(text) - 600)
    return [(m.start(), m.end()) for m in _AUTHOR.finditer(text, tail)]


def _main_province(text: str, reader: OrganisationReader, title_end: int,
                   regions: tuple[tuple[int, int], ...] | None = None, mentions: list[Mention] = (),
                   url: str | None = None) -> str | None:
    weights: dict[str, float] = defaultdict(float)
    # districts and communes the page names ("huyện Đại Từ", "Huyện đoàn Phú Lương") say which province it is in
    for m in mentions:
        if m.province and m.level in ("district", "commune") and not m.quoted:
            weights[m.province] += 1.5 if m.start < title_end + 2 else 0.6
    # places named as such ("tại huyện Mỹ Tú", "xã Phan Thanh") place an unnamed "Tỉnh đoàn" in their province, weakly:
    # a provincial page names its own districts, but also a twinned district elsewhere now and then
    for level in ("district", "commune"):
        for m in reader.places_named(text, level, regions):
            if m.province and not m.quoted:
                weights[m.province] += 0.9 if m.start < title_end + 2 else 0.4
    for pos, prov in reader.province_mentions(text, regions):
        before = text[max(0, pos - 25): pos]
        line_end = text.find("\n", pos)
        if _FURNITURE.search(text[text.rfind("\n", 0, pos) + 1: line_end if line_end >= 0 else len(text)].strip()):
            continue  # "Cà Mau, 32°C": the site's weather box
        if _MEDIA_BEFORE.search(before) or re.search(r"\b(?:tại|ở)\s+(?:\S+\s+){0,2}$", before):
            w = 0.3  # a venue, or the paper that printed the page ("Báo Cà Mau"), not its subject
        else:
            w = 3.0 if pos < title_end + 2 else 1.5 if pos < 800 else 1.0
        weights[prov] += w
    if re.search(r"\bThủ đô\b", text[:800]):
        weights["Hà Nội"] += 2.0
    publisher = reader.publisher_province(text)
    if publisher:
        weights[publisher] += 1.0
    site = (reader.site_province(url) or getattr(reader.site_district(url), "province", None)) if url else None
    if site:
        # the site of a province merged in July 2025 ("bacninh…") publishes for each province merged into it: it backs
        # the one the text names ("xã Hồng Giang", Bắc Giang), else itself
        kin = [p for p in weights if reader.g.successor.get(p) == reader.g.successor.get(site)]
        weights[max(kin, key=weights.get) if kin else site] += 1.0
    if not weights:
        return None
    return max(weights, key=weights.get)


_MEDIA_BEFORE = re.compile(r"(?:\b[Bb]áo(?: điện tử)?|\bĐài(?: Phát thanh(?: và|-| -)? ?Truyền hình| PT-TH| PTTH)?|\bTruyền hình)\s+$")


def _own_bodies(facts: DocumentFacts) -> dict[str, str]:
    """What "toàn tỉnh", "toàn huyện" mean in this document: its own body, or its province's."""
    out = {}
    if facts.org:
        out[facts.org_level] = facts.org
    if facts.province and "province" not in out:
        out["province"] = province_union(facts.province)
    return out


# ---------------------------------------------------------------- type and period
# a congress held by the page's body: "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh … lần thứ XV, nhiệm kỳ …",
# "tổ chức Đại hội …"; not "Nghị quyết Đại hội …" (a resolution being carried out)
_CONGRESS_EVENT = re.compile(
    r"(?<!để )(?<!nhằm )(?:[Tt]ổ chức|[Kk]hai mạc|[Bb]ế mạc|[Dd]iễn ra|[Tt]iến hành|[Bb]ước vào|[Tt]ại)\s+(?:thành công\s+)?(?:phiên\s+\w+\s+)?"
    r"[Đđ]ại hội|[Đđ]ại hội[^.\n]{0,140}?(?:diễn ra|khai mạc|bế mạc|được tổ chức|đã bầu|thông qua|biểu quyết|bầu ra|"
    r"bầu trực tiếp|thảo luận|kết thúc|thành công)")
# a congress held, named in full: "long trọng tổ chức Đại hội đại biểu Đoàn … lần thứ XV, nhiệm kỳ 2025 - 2030"
# ("TP. Đà Nẵng": a city's abbreviation is not a sentence's end; "298 đại biểu … đã tham dự Đại hội …": its delegates)
_CONGRESS_HELD = re.compile(r"(?:tổ chức|khai mạc|bế mạc|diễn ra|tiến hành|tham dự)\s+(?:thành công\s+)?[Đđ]ại hội(?:TP\.|[^.\n]){0,120}?lần thứ\s+[IVXLC\d]+"
                            r"|[Đđ]ại hội (?:đại biểu )?(?:TP\.|[^.\n]){0,100}?lần thứ\s+[IVXLC\d]+[^.\n]{0,60}?(?:diễn ra|khai mạc|bế mạc|"
                            r"thành công|kết thúc|long trọng|được tổ chức|trọng thể)")
# a congress named in full, ordinal and term, as what a sentence is about ("Sáng 5/12, Đại hội đại biểu Đoàn … lần thứ I,
# nhiệm kỳ 2025 - 2030 …", "TPO - Đại hội … lần thứ XXV nhiệm kỳ 2022 - 2027 với khẩu hiệu …"): the page reports it
_CONGRESS_REPORTED = re.compile(r"(?:^|[\n.!?,]\s*|\s[-–]\s+)(?:[Đđ]ại hội|ĐH)\s+(?:[Đđ]ại biểu\s+)?(?:toàn quốc\s+)?(?:Đoàn|Hội)\b"
                             r"(?:TP\.|[^.\n]){0,100}?lần thứ\s+[IVXLC\d]+\s*,?\s*\(?\s*nhiệm kỳ\s+((?:19|20)\d\d)\s*[-–]\s*(?:19|20)\d\d")
# congresses of many units counted ("1635/1635 đơn vị Đoàn cơ sở tổ chức Đại hội"): a progress report
# pages on how far the congresses of the units below have got ("124/124 Đoàn xã, phường hoàn thành Đại hội",
# "100% Đoàn xã hoàn thành Đại hội"): news of a campaign, not a congress's report
_CONGRESS_PROGRESS = re.compile(r"(?:\d+/\d+|\d+\s*%)\s+(?:đơn vị|[Đđ]oàn|chi đoàn|cơ sở|xã|huyện|tổ chức|Liên đội|chi hội)"
                                r"[^.\n]{0,80}(?:tổ chức|hoàn thành)[^.\n]{0,30}[Đđ]ại hội|[Đđ]ại hội (?:Đoàn|Hội) các cấp")
# "ĐH" abbreviates both a congress ("ĐH Đoàn toàn quốc") and a university ("Trường ĐH Kiên Giang", "ĐH Hùng
# Vương"): it is a congress only where a body, "đại biểu" or the end of the phrase follows it
_CONGRESS_ABBR = r"(?<![Tt]rường )ĐH(?=\s+(?:[Đđ]oàn|[Hh]ội|[Đđ]ại biểu|[Đđ]ảng|lần thứ|điểm)\b|\s*[.,:;!?)]|\s*$)"
_REVIEW_OPENING = re.compile(r"tổng kết|sơ kết|kết quả|nhìn lại|[Hh]ội nghị (?:đánh giá|tuyên dương|biểu dương)", re.I)
# "Thực hiện Kế hoạch trồng cây xanh … của Ủy ban nhân dân huyện, …": a plan being carried out is what the page
# reports on, not the plan it sets
_PLAN_OPENING = re.compile(r"(?<!thực hiện )(?<!triển khai )(?<!hưởng ứng )(?<!căn cứ )"
                           r"(?:kế hoạch|chương trình công tác)|phát động|ra quân|khởi động|xác định (?:những |các |một số )?"
                           r"(?:nhiệm vụ|chỉ tiêu)|nhiệm vụ trọng tâm", re.I)


# a lead that opens on the occasion or the aim ("Nhân kỷ niệm …", "Nhằm …", "Chào mừng …"), ending its sentence there
_OCCASION_LEAD = re.compile(r"\s*(?:Nhân|Nhằm|Hướng tới|Hướng đến|Chào mừng|Thiết thực chào mừng|Thiết thực kỷ niệm|Kỷ niệm)\b[^.!?\n]*[.!?]?\s*$")


def _doc_type(title: str, head: str, text: str, cues, structure: Structure) -> str:
    opening = head[:600]
    headline = title if title and len(title.split()) <= 35 else ""
    if _T_MIDTERM.search(headline or opening):
        return "result_midterm"
    if _PERIOD_REVIEW.search(headline) or _PERIOD_REVIEW.search(opening[:300]):
        return "result_annual"
    if _SPAN_REVIEWED.search(text[:700]):
        return "result_term"
    if any(f.rel == "past_term" and f.start < 300 and f.start <= len(title or "") + 80 for f in structure.governing):
        return "result_term"  # a page whose lead opens on the past term ("Nhiệm kỳ qua, công tác Đoàn … đã …"): a term report
    review, plan = _T_REVIEW.search(headline), _T_PLAN.search(headline)
    # a congress the page reports: named in the headline, or, when the headline says nothing of the kind of
    # page, held in its opening
    if re.match(r"\s*Nghị quyết Đại hội", headline) and not _PARTY_CONGRESS.search(headline):
        return "plan_term"  # the resolution of a congress: the term's targets
    congress = (re.search(r"(?<![Nn]ghị quyết )(?<!chào mừng )(?<!tiến tới )(?:[Đđ]ại hội|" + _CONGRESS_ABBR + ")", headline) and not _PARTY_CONGRESS.search(headline)) \
        or (_CONGRESS_HELD.search(head) and not _PARTY_CONGRESS.search(opening[:300])) \
        or ((named := _CONGRESS_REPORTED.search(head)) and int(named.group(1)) >= (structure.now or 0) - 1) \
        or (not review and not plan and _CONGRESS_EVENT.search(opening[:400]) and not _PARTY_CONGRESS.search(opening[:300]))
    if congress and not _CONGRESS_PROGRESS.search(text):
        # a congress page recounts the past term (a frame set in the past) and sets the next one's targets
        recount = any(f.tense < 0 for f in structure.governing) or re.search(
            r"nhiệm kỳ (?:vừa )?qua|[Tt]rong nhiệm kỳ\s*,[^.]{0,80}?\bđã\b|kết quả|đã đạt|đạt và vượt|\d+/\d+ chỉ tiêu|[Tt]rong \d+ năm", text, re.I)
        return "result_term" if recount else "plan_term"
    if not review and not plan:
        # the headline says nothing of the kind of page: the tense of the lead's first sentence does, unless the
        # lead names a review or a plan
        lead_start = text.find(headline) + len(headline) if headline and text.find(headline) >= 0 else 0
        while lead_start < len(text) and text[lead_start].isspace():
            lead_start += 1
        while (line := re.match(r"[^\n]*", text[lead_start:]).group(0)) and _FURNITURE.search(line.strip()):
            lead_start += len(line)  # "Thứ ba - 19/12/2017 09:19": the page's date line, not its lead
            while lead_start < len(text) and text[lead_start].isspace():
                lead_start += 1
        lead_end = re.search(r"[.!?](?:\s|$)|\n", text[lead_start:lead_start + 400])
        lead_stop = lead_start + (lead_end.end() if lead_end else 400)
        if _OCCASION_LEAD.match(text, lead_start, lead_stop):
            # "Nhân kỷ niệm 81 năm Ngày thành lập Đội …, giúp các em … . Sáng ngày 17-5, Hội đồng Đội huyện đã tổ
            # chức …": a sentence of the occasion and its aim has no tense of its own; the next one tells the event
            lead_start = lead_stop
            lead_end = re.search(r"[.!?](?:\s|$)|\n", text[lead_start:lead_start + 400])
            lead_stop = lead_start + (lead_end.end() if lead_end else 400)
        review, plan = _REVIEW_OPENING.search(text, lead_start, lead_stop), _PLAN_OPENING.search(text, lead_start, lead_stop)
        if not review and not plan:
            lead = cues.first(lead_start, lead_stop)
            if lead == -1:
                # an event told in the past tense ("Ngày 19/9, Huyện đoàn đã tổ chức …") is news: a year's report
                # names itself ("tổng kết", "sơ kết", "kết quả"). Read as a report, 72 of 251 blind news pages
                # made their event's figures pass for the year's results
                return "news_mixed"
            plan = lead == 1
    if not review and not plan:
        review, plan = _REVIEW_OPENING.search(opening), _PLAN_OPENING.search(opening)
    if not review and not plan:
        # no word of the headline or opening says: the balance of the whole text's tense words does. Mostly past
        # is still news (what happened), not a year's report, which would have named itself; mostly future is a plan
        targets = sum(1 for x in cues.sign if x == 1)
        results = sum(1 for x in cues.sign if x == -1)
        if results >= 2 and results > 1.5 * targets:
            return "news_mixed"
        if targets >= 2 and targets > 1.5 * results:
            plan = True
    term_named = re.search(r"(?:nhiệm kỳ|giai đoạn)\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}", headline, re.I)
    if review and (not plan or (plan is not True and review.start() < plan.start())):
        return "result_term" if term_named else "result_annual"  # "Báo cáo kết quả … nhiệm kỳ 2017 - 2022"
    if plan:
        h = f"{headline} {opening}"
        if re.search(r"[Tt]háng [Tt]hanh niên", h):
            return "plan_youth_month"
        if re.search(r"chiến dịch|tình nguyện hè|mùa hè xanh|hè tình nguyện", h, re.I):
            return "plan_campaign"
        return "plan_annual"
    return "news_mixed"


_CONGRESS_YEARS = {2017: (2012, 2017), 2022: (2017, 2022), 2025: (2022, 2025)}
_UNION_TERMS = ((2007, 2012), (2012, 2017), (2017, 2022), (2022, 2027))
_ASSOCIATION_TERMS = ((2009, 2014), (2014, 2019), (2019, 2024), (2024, 2029))


def calendar_terms(now: int, association: bool = False) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """(the term under way, the term last ended) in a dated year, by the congress calendar: the Union's congresses
    at every level fall in the same years (2012, 2017, 2022; its 2022-2027 terms ended early at the 2025
    congresses), the Association's (Hội LHTN) in 2014, 2019, 2024. A congress year itself has no term under way:
    the page may speak of the term closing or the one opening."""
    terms = _ASSOCIATION_TERMS if association else _UNION_TERMS
    if not association:
        if now in _CONGRESS_YEARS:
            return None, _CONGRESS_YEARS[now]
        if now > 2025:
            return (2025, 2030), (2022, 2025)
    for i, (a, b) in enumerate(terms):
        if now == b:
            return None, (a, b)
        if a < now < b:
            return (a, b), terms[i - 1] if i else None
    return None, None
_SCHOOL_YEAR = re.compile(r"(?:năm học|niên khóa|niên khoá)\s+((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})", re.I)


# "hội nghị tổng kết các đề án … giai đoạn 2018 - 2022" in the opening: a meeting reviews a whole span, not a year
# (a congress page's "nhiệm vụ tổng kết … nhiệm kỳ 2017 - 2022" is the purpose of a congress still to come)
_SPAN_REVIEWED = re.compile(r"(?:hội nghị|lễ) tổng kết(?:(?!phương hướng|(?:19|20)\d\d)[^.\n]){0,300}?(?:giai đoạn|nhiệm kỳ)\s+"
                            r"((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?!\d)", re.I)


def _told_as_past(text: str, term: tuple[int, int]) -> bool:
    # (also mid-sentence and by the term's number: "…, trong nhiệm kỳ V (2004-2009) đã có 1,3 triệu lượt …")
    return bool(re.search(rf"(?:(?:^|\n|\.\s)(?:Trong|Qua)\s+nhiệm kỳ\s+{term[0]}\s*[-–]\s*{term[1]}\s*,[^.\n]{{0,120}}?\b(?:đã|đạt được)\b|"
                          rf",\s+(?:trong|qua)\s+nhiệm kỳ\s+(?:[IVXLC]{{1,5}}\s*)?\(\s*{term[0]}\s*[-–]\s*{term[1]}\s*\)\s*,?\s*(?:\S+\s+){{0,6}}?(?:đã|đạt được)\b|"
                          rf"nhiệm kỳ\s+{term[0]}\s*[-–]\s*{term[1]}\s+vừa qua)", text)) or bool(
        (m := _SPAN_REVIEWED.search(text[:700])) and (int(m.group(1)), int(m.group(2))) == term)


def _periods(reading: DocumentReading, text: str, title: str, head: str, doc_type: str, org: str,
             level: str | None = None) -> None:
    st = reading.structure
    now = st.now
    headline = title if title and len(title.split()) <= 35 else ""
    # a school year named in the headline or the lead is the page's period ("tổng kết … năm học 2022 - 2023")
    sm = _SCHOOL_YEAR.search(f"{headline}\n{head[:400]}")
    if sm and int(sm.group(2)) - int(sm.group(1)) == 1:
        reading.school_year = (int(sm.group(1)), int(sm.group(2)))
    # the congress term: the one a congress of this page opens (its start is "now" or just before)
    terms = st.terms
    reviewed = _SPAN_REVIEWED.search(text[:700]) if doc_type == "result_term" else None
    if reviewed:
        # "Hội nghị tổng kết phong trào … giai đoạn 2008 - 2018; triển khai giai đoạn 2019 – 2023": the page reports
        # on the span its meeting reviews, whatever its length, and the span it launches is the one to come
        reading.past_term = (int(reviewed.group(1)), int(reviewed.group(2)))
        reading.term = min((t for t in terms if t[0] >= reading.past_term[1]), default=None)
    elif terms:
        future = [t for t in terms if now is None or t[0] >= now - 1]
        if st.now_known:
            # a dated page opens the term that starts about when it is written: "Đại hội … nhiệm kỳ 2019 – 2024" on
            # a page of 15/05/2019, not the "nhiệm kỳ 2024-2029" of a later congress its site files it under
            future = [t for t in future if t[0] <= now + 1] or future
        term = max(future or terms, key=lambda t: (terms.count(t), t[0]))
        earlier = [t for t in terms if t[1] == term[0] and t[0] < term[0]]
        if doc_type in ("result_midterm",):
            current = [t for t in terms if now and t[0] < now <= t[1]] or [term]
            reading.term = current[0]
            reading.past_term = current[0]
        elif (now and term[1] <= now and term[0] < now) or _told_as_past(text, term):
            # the term named is over: the page reports on it (a term-end report, or "Trong nhiệm kỳ 2019 - 2024,
            # công tác Hội … đã đạt …" on a congress page that opens the next)
            reading.past_term, reading.term = term, None
            later = [t for t in terms if t[0] >= term[1]]
            if later:
                reading.term = min(later)
            if not st.now_known and now and now < term[1]:
                st.now = term[1]  # a page with no date that recounts a term is written at its end
        else:
            reading.term = term
            reading.past_term = max(earlier, key=lambda t: t[1]) if earlier else _previous_term(term, org)
    elif now in _CONGRESS_YEARS and doc_type in ("result_term", "plan_term") and "Hội" not in org and \
            not reading.school_year:
        # (a school's troop or branch holds its congress every school year: "Đại hội Liên đội năm học 2025–2026")
        # a Union congress page that names no term: the Union holds its congresses at every level in the same
        # years, so "nhiệm kỳ qua" in 2025 is 2022-2025 (cut short by the reorganisation), in 2022 is 2017-2022
        reading.past_term, reading.term = _CONGRESS_YEARS[now], (now, now + 5)
    reading.dated_year = now if st.now_known else None
    # years: what the title says, else a Youth-Month or campaign year, else "now"
    # years the headline names, not a span's and not a comparison's ("tăng 9,56% so với năm 2021")
    plain = re.sub(r"(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}|so với (?:năm |cùng kỳ )?(?:19|20)\d{2}", " ", headline)
    title_years = [int(y) for y in re.findall(r"(?<![\d/.-])((?:19|20)\d{2})(?![\d/])", plain)]
    year = max(title_years) if title_years else None
    if year is None:
        for f in st.frames:
            if f.period and f.period[0] == f.period[1] and f.start < len(head):
                year = f.period[0]
                break
    if year is None:
        year = now
    published = st.published
    season = WINTER_SPRING.search(f"{headline}\n{head[:600]}")
    if season and int(season.group(2)) == int(season.group(1)) + 1 and year in (int(season.group(1)), int(season.group(2))):
        # a winter-spring campaign's figures are of the year its events fall in: the winter's when the lead's day (or
        # the page) is dated from July on, the spring's when dated before; undated, the winter's, when it opens
        dated = HELD_MONTH.search(head)
        month = int(dated.group(1)) if dated else published[1] if published else None
        year = int(season.group(2)) if month and month <= 6 else int(season.group(1))
    reading.target_year = year
    reading.result_year = year
    # "tổng kết công tác … năm 2024 và triển khai phương hướng nhiệm vụ năm 2025": results of the one, targets of the other
    for told in (headline, head[:400]):  # the headline, else the lead: "tổng kết … năm 2019 và triển khai … năm 2020"
        reviewed = _REVIEWED_YEAR.search(told)
        planned = _PLANNED_YEAR.search(told, reviewed.end()) if reviewed else None
        if reviewed and planned:
            break
    if reviewed and planned and int(reviewed.group(1)) < int(planned.group(1)):
        reading.result_year, reading.target_year = int(reviewed.group(1)), int(planned.group(1))
    elif not planned:
        # "Chiều 13/01/2023, … tổng kết công tác Đoàn … năm 2022. … đã xác định một số chỉ tiêu: …": the targets a
        # year-end review sets are the coming year's
        ended = next((m for told in (headline, head) if (m := _YEAR_END_REVIEW.search(told))), None)
        if ended and int(ended.group(1)) == reading.result_year == reading.target_year:
            reading.target_year = reading.result_year + 1
    # a year-end account published in January speaks of the year before; a page about Tết, of the Tết at hand
    # (an event of the month, "Chiều 26.1, … tổ chức chương trình …", is of this year)
    if published and not title_years and year == published[0] and published[1] == 1 and \
            not re.search(r"\b[Tt]ết\b|\bXuân\b", f"{headline} {head[:300]}") and \
            _YEAR_ACCOUNTED.search(f"{headline} {head[:400]}"):
        reading.result_year = year - 1


_NATIONAL_SCOPE = re.compile(r"Đại hội (?:đại biểu )?Đoàn toàn quốc|[Đđ]oàn viên,? thanh niên cả nước|[Tt]uổi trẻ (?:cả nước|Việt Nam)|"
                             r"thanh niên Việt Nam|toàn Đoàn|cả nước|toàn quốc|mọi miền Tổ quốc")


# words of a year's account ("tổng kết", "năm qua", "đã hoàn thành vượt chỉ tiêu"), as opposed to a day's event
_YEAR_ACCOUNTED = re.compile(r"tổng kết|năm qua|năm vừa qua|cả năm|kết quả|trong năm|hoàn thành|vượt chỉ tiêu|đạt được", re.I)
_REVIEWED_YEAR = re.compile(r"(?:tổng kết|sơ kết|kết quả|nhìn lại)[^.;:\n]{0,90}?\b((?:19|20)\d{2})\b(?!\s*[-–])", re.I)
_YEAR_END_REVIEW = re.compile(r"tổng kết(?![^.;:\n]{0,60}(?:6 tháng|sáu tháng|quý|năm học|nhiệm kỳ|giai đoạn|chiến dịch|"
                              r"tháng|đợt|mùa|hè|ngày hội|hội thi|cuộc thi))[^.;:\n]{0,90}?\bnăm\s+((?:19|20)\d{2})\b(?!\s*[-–])", re.I)
_PLANNED_YEAR = re.compile(r"(?:phương hướng|nhiệm vụ|kế hoạch|chương trình công tác|triển khai)[^.;:\n]{0,40}?\b((?:19|20)\d{2})\b(?!\s*[-–])", re.I)


def _previous_term(term: tuple[int, int], org: str) -> tuple[int, int]:
    a, b = term
    if a == 2025 and "Hội" not in org:
        # the Union's 2022-2027 terms were cut short by the 2025 reorganisation: congresses for 2025-2030
        # report on 2022-2025
        return (2022, 2025)
    return (a - (b - a), a)


def _apply_overrides(facts: DocumentFacts, o: dict, g: Gazetteer, reading: DocumentReading) -> None:
    if o.get("province"):
        prov = g.province(o["province"]) or o["province"]
        facts.province = prov
        facts.province_new = g.successor.get(prov)
    for k in ("org", "org_level", "title", "published", "url"):
        if o.get(k):
            setattr(facts, k, o[k])
    if o.get("org"):
        facts.org_basis = "manifest"
    if o.get("doc_type") and o["doc_type"] in DOC_TYPES:
        facts.doc_type = o["doc_type"]
        reading.doc_type_stated = True
    if o.get("period"):
        m = re.match(r"\s*((?:19|20)\d{2})(?:\s*[-–]\s*((?:19|20)\d{2}))?", o["period"])
        if m:
            a, b = int(m.group(1)), int(m.group(2) or m.group(1))
            facts.period_start_year, facts.period_end_year = a, b
            facts.period = f"{a}" if a == b else f"{a}-{b}"
            if a == b:
                reading.target_year = reading.result_year = a
            elif facts.doc_type == "result_term":
                reading.past_term = (a, b)
            else:
                reading.term = (a, b)
                if facts.doc_type == "result_midterm":
                    reading.past_term = (a, b)


def settle_from_measures(reading: DocumentReading, measures, overrides: dict | None = None) -> None:
    """A document's period and type, finally, from what its figures are about: a review whose results mostly
    belong to one term ("Trong 5 năm qua, …", "Giai đoạn 2022 - 2025, …") is a term report of that term."""
    overrides = overrides or {}
    facts = reading.facts
    if overrides.get("doc_type") or overrides.get("period"):
        return
    for kinds, types, term_type in ((("result",), ("result_annual", "news_mixed"), "result_term"),
                                    (("target",), ("plan_annual",), "plan_term")):
        if facts.doc_type not in types:
            continue
        periods = [m.period for m in measures if m.kind in kinds and not m.optional and m.period]
        if len(periods) < 2:
            continue
        top = max(set(periods), key=periods.count)
        if "-" in top and not top.endswith("H1") and periods.count(top) >= 0.6 * len(periods):
            a, b = (int(x) for x in top.split("-"))
            if b - a < 2:
                continue  # "Năm học 2021-2022": a school year (or a winter-spring) is not a term
            facts.doc_type = term_type
            facts.period, facts.period_start_year, facts.period_end_year = top, a, b
