"""What a document is: organisation, level, province (old and post-July-2025), period and type, read
from its title and opening, where Vietnamese news and plans say who speaks and for when. Any fact can be
overridden by raw/manifest.csv."""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .indicators import fold_tones
from .model import DOC_TYPES, DocumentFacts

CITIES = {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"}


@dataclass
class Provinces:
    canonical: dict[str, str]  # folded variant -> old canonical name
    successor: dict[str, str]  # old name -> post-2025 name
    pattern: re.Pattern

    @classmethod
    def load(cls, reference_dir: Path) -> "Provinces":
        canonical, successor = {}, {}
        with (reference_dir / "provinces.csv").open(encoding="utf-8") as f:
            for r in csv.DictReader(f):
                names = [r["old_name"], *[v for v in r["name_variants"].split(";") if v]]
                for n in names:
                    # "Đoàn TNCS Hồ Chí Minh", "tư tưởng Hồ Chí Minh": the bare name is the city only after
                    # a city prefix, which the variants carry ("TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh").
                    if n not in ("Thủ đô", "Hồ Chí Minh"):
                        canonical.setdefault(_key(n), r["old_name"])
                successor[r["old_name"]] = r["new_name"]
        alts = sorted(canonical, key=len, reverse=True)
        first = "".join(sorted({re.escape(a[0]) for a in alts}))  # lets the engine skip other positions
        pattern = re.compile(rf"(?<!\w)(?=[{first}])(" + "|".join(re.escape(a) for a in alts) + r")(?!\w)")
        return cls(canonical, successor, pattern)

    def find(self, text: str) -> list[str]:
        return [self.canonical[m.group(1)] for m in self.pattern.finditer(_key(text))]


def _key(s: str) -> str:
    """Province names are matched with their capitals ("Hòa Bình" the province, not "hòa bình", peace)
    and with tone placement folded ("Hoà"/"Hòa")."""
    return fold_tones(unicodedata.normalize("NFC", s))


_ORG_PROVINCE = re.compile(r"(?:tỉnh đoàn|thành đoàn|đoàn tncs hồ chí minh tỉnh|đoàn thanh niên tỉnh|đoàn thanh niên thành phố|"
                           r"tuổi trẻ|thanh niên|tỉnh|thành phố|tp\.?)\s+", re.I)
_BLOC = re.compile(r"(Đoàn\s+(?:Khối|Thanh niên Khối|TN Khối|Thanh niên các cơ quan|Thanh niên CCQ|Thanh niên UBND|UBND)"
                   r"[^,.;:\n]{0,60}?)(?=[,.;:\n]|\s+(?:tổ chức|đã|vừa|lần|nhiệm kỳ|năm|xác định|triển khai|đạt))")
_DISTRICT = re.compile(r"(Huyện đoàn|Quận đoàn|Thị đoàn)\s+((?:[A-ZĐ]\w*\s?){1,3})")
_NATIONAL = re.compile(r"Trung ương Đoàn|Ban Bí thư Trung ương Đoàn|Ban Chấp hành Trung ương Đoàn|Trung ương Hội|"
                       r"tuổi trẻ cả nước|toàn quốc|toàn Đoàn", re.I)
_TERM = re.compile(r"(?:nhiệm kỳ|giai đoạn)\s+((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})", re.I)
_YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d{2})(?![\d/])")
_MONTH_YEAR = re.compile(r"tháng\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*/\s*((?:19|20)\d{2})", re.I)
_DATE_YEAR = re.compile(r"\d{1,2}/\d{1,2}/((?:19|20)\d{2})")


# A Union congress whose term the document is about (not "Đại hội Đảng các cấp nhiệm kỳ …" mentioned in passing).
_UNION_CONGRESS = re.compile(r"đại hội (?:đại biểu )?(?:toàn quốc )?(?:đoàn|hội liên hiệp|hội lhtn)[^.\n]{0,120}nhiệm kỳ \d{4}|"
                             r"bầu .{0,40}(?:bí thư|ban chấp hành)|chỉ tiêu[^.\n]{0,40}nhiệm kỳ \d{4}")


def _doc_type(title: str, head: str) -> str:
    # The title speaks for the document; the opening only when the title says nothing. A plan that lists
    # "sơ kết giữa nhiệm kỳ" among its tasks is still a plan, so the opening is read up to ~600 chars.
    for h in (title.lower(), head[:400].lower()):
        kind = _doc_type_of(h)
        if kind != "news_mixed":
            return kind
    return "news_mixed"


def _doc_type_of(h: str) -> str:
    if re.search(r"giữa nhiệm kỳ", h):
        return "result_midterm"
    if re.search(r"(?:sơ kết|tổng kết)[^.\n]{0,80}(?:6 tháng|sáu tháng|quý|năm (?:19|20)\d{2})", h):
        return "result_annual"
    if _UNION_CONGRESS.search(h):
        return "result_term" if re.search(r"kết quả|nhiệm kỳ qua|đã đạt|đạt và vượt|vững bước", h) else "plan_term"
    if re.search(r"sơ kết|tổng kết|kết quả|đạt và vượt|vượt chỉ tiêu|hoàn thành vượt|thực hiện\s+[\d.]+|"
                 r"sự kiện.{0,40}tiêu biểu|dấu ấn|nhìn lại", h):
        return "result_annual"
    if re.search(r"tháng thanh niên", h):
        # Youth-Month articles are mostly progress reports; a plan says so.
        if re.search(r"kế hoạch|ra quân|phát động|khởi động|lễ ra quân|nhiệm vụ trọng tâm|chỉ tiêu|triển khai", h) and \
                not re.search(r"tuần đầu|kết quả|tổng kết|đã tổ chức|sơ kết", h):
            return "plan_youth_month"
        return "news_mixed"
    if re.search(r"chiến dịch|tình nguyện hè", h) and re.search(r"kế hoạch|ra quân|phát động|triển khai", h):
        return "plan_campaign"
    if re.search(r"chương trình công tác|chương trình công tác|công tác đoàn .{0,60}năm \d{4}|kế hoạch|nhiệm vụ|chỉ tiêu|phương hướng", h):
        return "plan_annual"
    return "news_mixed"


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return re.sub(r"[^a-z0-9]+", " ", "".join(c for c in s if not unicodedata.combining(c)).lower()).strip()


def _province_from_name(name: str | None, provinces: Provinces) -> str | None:
    """A file named "009_ba_ria_vung_tau_tong_ket_2022.txt" says its province when the text does not."""
    if not name:
        return None
    stem = f" {_ascii(Path(name).stem.replace('_', ' '))} "
    best = None
    for old in provinces.successor:
        slug = _ascii(old)
        if slug and f" {slug} " in stem and (best is None or len(slug) > len(_ascii(best))):
            best = old
    return best


# "Trung ương Đoàn tổ chức …", "Ủy ban Trung ương Hội LHTN Việt Nam …" as the actor, not as someone's title
_NATIONAL_ACTOR = re.compile(r"(?<!của )(?<!Bí thư )(?<!trực )(?<!Chủ tịch )(?<!viên )(?<!diện )(?<!Phó )"
                             r"(?:Ban Bí thư |Ban Thường vụ |Ban Chấp hành |Ủy ban |Uỷ ban )?"
                             r"(?:Trung ương Đoàn|T\.Ư Đoàn|TƯ Đoàn|Trung ương Hội|T\.Ư Hội)|tuổi trẻ cả nước|toàn quốc")
_BY_NATIONAL = re.compile(r"của (?:Ban Bí thư |Ban Chấp hành |Ban Thường vụ )?Trung ương Đoàn\s*$")
_PUBLISHED = [
    re.compile(r"(?:^|\n)\s*date\s+((?:19|20)\d{2})-(\d{2})(?:-(\d{2}))?"),
    re.compile(r"(?:Ngày đăng|Cập nhật|Đăng lúc|Xuất bản|Thứ \w+|Chủ nhật)\s*[:,]?\s*(?:\d{1,2}:\d{2}\s*,?\s*(?:ngày\s*)?)?"
               r"(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})", re.I),
]


def _published(opening: str) -> str | None:
    m = _PUBLISHED[0].search(opening[:300])
    if m:
        return f"{m.group(1)}-{m.group(2)}" + (f"-{m.group(3)}" if m.group(3) else "")
    m = _PUBLISHED[1].search(opening[:1500])
    if m:
        d, mo, y = int(m.group(1)), int(m.group(2)), m.group(3)
        if 1 <= d <= 31 and 1 <= mo <= 12:
            return f"{y}-{mo:02d}-{d:02d}"
    return None


def read_facts(text: str, provinces: Provinces, overrides: dict | None = None, name: str | None = None) -> DocumentFacts:
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    # A heading set in capitals on its own line ("CHƯƠNG TRÌNH") belongs to the line after it.
    title = lines[0] if lines else None
    if title and len(title.split()) < 4 and len(lines) > 1:
        title = f"{title} {lines[1]}"
    if title:  # a crawler's "date 2025-09-18" stamp is not part of the title
        title = re.sub(r"^date\s+(?:19|20)\d{2}-\d{2}(?:-\d{2})?\s+", "", title)
    title = title[:300] if title else None
    head = "\n".join(lines[:6])[:2500]
    opening = text[:4000]

    # province: names after "Tỉnh đoàn", "tỉnh", "thành phố", "tuổi trẻ" … weigh most; the title counts double
    counts: Counter[str] = Counter()
    keyed = _key(opening)
    title_end, head_end = (len(title) if title and opening.lstrip().startswith(title[:20]) else 0), len(head)
    for m in provinces.pattern.finditer(keyed):
        name = provinces.canonical[m.group(1)]
        w = 6 if m.start() < title_end + 5 else 3 if m.start() < head_end else 1
        counts[name] += w * (2 if _ORG_PROVINCE.search(keyed[max(0, m.start() - 30):m.start()]) else 1)
    if re.search(r"\bThủ đô\b", head):
        counts["Hà Nội"] += 3
    province = counts.most_common(1)[0][0] if counts else None
    title_province = any(m.start() < title_end + 5 for m in provinces.pattern.finditer(keyed[:title_end + 5]))
    if province is None:
        province = _province_from_name(name, provinces)
    # a province acting in the opening ("Đoàn TNCS Hồ Chí Minh tỉnh Lạng Sơn tổ chức") is not a venue
    acting = any(_ORG_PROVINCE.search(keyed[max(0, m.start() - 30):m.start()])
                 and not re.search(r"\btại\s+(?:\S+\s+){0,2}$", keyed[max(0, m.start() - 25):m.start()])
                 for m in provinces.pattern.finditer(keyed[:500]))
    # "Chương trình công tác năm 2024 của Trung ương Đoàn": a title ending with the author names it
    national = not title_province and not acting and not re.search(r"\bThủ đô\b", title or "") and \
        bool(_NATIONAL_ACTOR.search(opening[:500]) or _BY_NATIONAL.search(title or ""))

    bloc = _BLOC.search(head) or (_BLOC.search(opening[:1500]) if not province or "Khối" in (title or "") else None)
    district = _DISTRICT.search(head)
    level, org = "unknown", None
    if bloc and ("Khối" in (title or "") or "Khối" in head[:600] or not province):
        org, level = re.sub(r"\s+", " ", bloc.group(1)).strip(), "bloc"
        if re.search(r"Trung ương", org):
            province = None
    elif district:
        org, level = f"{district.group(1)} {district.group(2).strip()}", "district"
    elif national:
        org, level, province = "Trung ương Đoàn", "national", None
    elif province:
        org = f"{'Thành đoàn' if province in CITIES else 'Tỉnh đoàn'} {province}"
        if province == "Thừa Thiên Huế" and re.search(r"Thành đoàn Huế|thành phố Huế", opening):
            org = "Thành đoàn Huế"  # a centrally-run city since 2025: its Union is the Thành đoàn
        level = "province"
    elif _NATIONAL.search(head):
        org, level = "Trung ương Đoàn", "national"

    # period: a congress term when the document is about one, else the year it speaks of
    doc_type = _doc_type(title or "", head)
    term = _TERM.search(head)
    period = start = end = None
    terms = [(int(m.group(1)), int(m.group(2))) for m in _TERM.finditer(opening[:3000])]
    if term and doc_type in ("result_midterm", "result_term", "plan_term"):
        start, end = int(term.group(1)), int(term.group(2))
        if doc_type == "result_term":
            # a congress "nhiệm kỳ 2025-2030" reporting on "giai đoạn 2022-2025": the report is about the latter
            earlier = [t for t in terms if t[1] == start and t[0] < start]
            if earlier:
                start, end = earlier[0]
        period = f"{start}-{end}"
    else:
        years = Counter()
        for src, w in ((title or "", 4), (head, 2), (opening, 1)):
            masked = _TERM.sub(" ", src)
            for m in _YEAR.finditer(masked):
                years[int(m.group(1))] += w
        dates = [int(y) for y in _DATE_YEAR.findall(head)] + [int(y) for y in _MONTH_YEAR.findall(opening)]
        if years:
            start = end = years.most_common(1)[0][0]
        elif dates:
            start = end = dates[0]
        elif term:
            start, end = int(term.group(1)), int(term.group(2))
        if start:
            period = f"{start}" if start == end else f"{start}-{end}"

    if period and start == end and re.search(r"6 tháng đầu năm|sáu tháng đầu năm", (title or "") + head[:600], re.I):
        period = f"{start}-H1"
    published = _published(opening)
    if published and end and doc_type in ("plan_annual", "plan_youth_month", "plan_campaign") and \
            int(published[:4]) > end and not re.search(r"kế hoạch|chương trình công tác", title or "", re.I):
        doc_type = "result_annual"  # written after its year ended: an account, not a plan
    facts = DocumentFacts(
        org=org, org_level=level, province=province,
        province_new=provinces.successor.get(province) if province else None,
        period=period, period_start_year=start, period_end_year=end, doc_type=doc_type, title=title,
        published=published,
    )
    if overrides:
        _apply_overrides(facts, overrides, provinces)
    return facts


def _apply_overrides(facts: DocumentFacts, o: dict, provinces: Provinces) -> None:
    if o.get("province"):
        found = provinces.find(o["province"])
        facts.province = found[0] if found else o["province"]
        facts.province_new = provinces.successor.get(facts.province)
    for key in ("org", "org_level", "title", "published"):
        if o.get(key):
            setattr(facts, key, o[key])
    if o.get("doc_type") and o["doc_type"] in DOC_TYPES:
        facts.doc_type = o["doc_type"]
    if o.get("period"):
        m = re.match(r"\s*((?:19|20)\d{2})(?:\s*[-–]\s*((?:19|20)\d{2}))?", o["period"])
        if m:
            facts.period_start_year = int(m.group(1))
            facts.period_end_year = int(m.group(2) or m.group(1))
            facts.period = m.group(1) if not m.group(2) else f"{m.group(1)}-{m.group(2)}"
