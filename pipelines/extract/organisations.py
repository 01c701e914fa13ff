"""Who a Youth Union text speaks of: every mention of a Union body, with its canonical name, level and
province. Documents say "Huyện đoàn Đoan Hùng", "Xã đoàn Vĩnh Hanh, H.Châu Thành, An Giang", "T.Ư Đoàn",
"toàn tỉnh", "Đoàn Thanh niên Công an tỉnh": the same body is written many ways, and a district or commune
union rarely names its province, so the gazetteers in pipelines/reference (districts before July 2025,
communes before and after) supply it.

Levels: national (Trung ương Đoàn, its Hội and Đội councils), province (Tỉnh đoàn, the Thành đoàn of a
centrally-run city), bloc (Đoàn Khối, the Unions of agencies, police, army and state groups), district
(Huyện/Quận/Thị đoàn, the Thành đoàn of a provincial city), commune (Đoàn xã/phường, schools' Liên đội).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .indicators import fold_tones
from .scanning import LiteralScan, ScanOf

# The centrally-run cities, whose Union is a "Thành đoàn" at province level ("Thành đoàn Huế" since 2025).
CITIES = {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ"}
NATIONAL = "Trung ương Đoàn"
NATIONAL_HOI = "Trung ương Hội LHTN Việt Nam"
NATIONAL_DOI = "Hội đồng Đội Trung ương"
NATIONAL_HSV = "Trung ương Hội Sinh viên Việt Nam"

# Vietnamese capitals: a range like À-Ỹ would also take the lower-case letters that lie between them.
UPPER = "".join(sorted({c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper() and c.isalpha()}))
_UPPER = UPPER
_LOWER = "".join(sorted({c for c in map(chr, range(0x61, 0x1EFA)) if c.islower() and c.isalpha()}))
_CAP = rf"[{_UPPER}][\w'’]*"  # a capitalised syllable ("Đoan", "Tr’Hy")
_NAME = rf"{_CAP}(?:(?:[ \t]+|[ \t]?[-–][ \t]?){_CAP}){{0,3}}(?:[ \t]\d{{1,2}}(?!\d|[.,]\d))?"  # "Bảo Lâm 2", "Phường 3"
# Capitalised words that end a name rather than continue it ("Huyện đoàn Tây Giang Tổ chức …").
_NOT_NAME = {"Tổ", "Đại", "Đoàn", "Hội", "Ngày", "Tại", "Trong", "Với", "Vừa", "Đã", "Cùng", "Ban", "Bí", "Phó",
             "Chủ", "Ủy", "Uỷ", "Nhiệm", "Lần", "Khóa", "Khoá", "TNCS", "Thanh", "Các", "Và", "Nhân", "Sáng",
             "Chiều", "Tối", "Hôm", "Năm", "Tháng", "Chiến", "Tuổi", "Theo", "Thực", "Qua", "Trên", "Dự",
             "Tin", "SHARE", "Ảnh", "Nguồn", "Trường", "Xã", "Huyện", "Tỉnh", "Phường", "Quận"}


_DASH = re.compile(r"[ \t]+[–—][ \t]+")
# the Association's member associations of young professionals: "Hội Thầy thuốc trẻ", "Hội Doanh nhân trẻ"
YOUNG_ASSOCIATION = re.compile(r"hội \w+(?: \w+)? trẻ\b", re.I)


def one_spelling(name: str) -> str:
    """A body is named one way whatever the page's tone placement ("Huyện đoàn Chiêm Hoá" is "… Chiêm Hóa") or dash
    ("Tập đoàn Công nghiệp Than – Khoáng sản", "Dân – Chính – Đảng": names are written with a hyphen, as "Bà Rịa - Vũng
    Tàu")."""
    return _DASH.sub(" - ", fold_tones(name))


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str | None  # canonical name; None for a collective ("toàn tỉnh") that means the document's own body
    level: str
    province: str | None
    collective: bool = False  # "toàn tỉnh", "cả nước", "tuổi trẻ Thủ đô": the body as a whole, not by name
    surface: str = ""
    quoted: bool = False  # inside a slogan or a programme's name in quotes
    place: bool = False  # named by its place at a sentence's head ("Tại xã Tà Hine, …"), not by its name

    def __post_init__(self):
        if self.name:
            object.__setattr__(self, "name", one_spelling(self.name))  # frozen: set once, here


# Letterheads and local sites' headlines are set in capitals ("ĐOÀN TNCS HỒ CHÍ MINH TỈNH BẮC NINH", "… XÃ VIỆT HẢI,
# HUYỆN CÁT HẢI"). Places are read from a copy in the case of running text, same length and offsets: each word
# capitalised, the unit before a name in lower case, and words without a vowel kept as they are (TNCS, TP, LHTN).
_CAPS_RUN = re.compile(rf"[{UPPER}][{UPPER}.]+(?:[ \t,\-–]+[{UPPER}][{UPPER}.]*)+")
_CAPS_UNIT = re.compile(r"(?<!\w)(?:Tỉnh|Thành Phố|Huyện|Quận|Thị Xã|Thị Trấn|Xã(?! Hội)|Phường)(?=[ \t]+\w)")
_VOWEL = re.compile("[" + "".join(c for c in UPPER if unicodedata.normalize("NFD", c)[0] in "AEIOUY") + "]")


_LETTERS = re.compile(r"[^\W\d_]+")


def _as_prose(m: re.Match) -> str:
    words = _LETTERS.sub(lambda w: w.group(0).capitalize() if _VOWEL.search(w.group(0)) else w.group(0), m.group(0))
    return _CAPS_UNIT.sub(lambda u: u.group(0).lower(), words)


@lru_cache(maxsize=8)
def prose_case(text: str) -> str:
    """`text` with its runs of capitals set as running text (same length, same offsets)."""
    out = _CAPS_RUN.sub(_as_prose, text)
    return out if len(out) == len(text) else text


@dataclass
class Gazetteer:
    """Province names (with variants), pre-2025 districts and communes of both maps, keyed by folded name."""

    province_of: dict[str, str]  # folded variant -> canonical old province name
    districts: dict[str, list[tuple[str, str]]]  # folded district name -> [(province, district type)]
    communes: dict[str, list[tuple[str | None, str, str | None]]]  # folded name -> [(old prov, new prov, district)]
    successor: dict[str, str]  # old province -> post-2025 province
    paper_province: dict[str, str] = field(default_factory=dict)  # dateline siglum -> province (newspapers.csv)
    province_by_slug: dict[str, str] = field(default_factory=dict)  # "hatinh" -> "Hà Tĩnh" (a paper's site)
    enterprise: dict[str, str] = field(default_factory=dict)  # "EVN" -> "Tập đoàn Điện lực Việt Nam" (enterprises.csv)
    cities: dict[str, list[str]] = field(default_factory=dict)  # province -> its provincial cities ("Cao Bằng" -> ["Cao Bằng"])
    # "giongrieng" -> [("Giồng Riềng", "Kiên Giang", "huyện")]: districts as a site's host spells them
    district_by_slug: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # "quangnam" before "nam…": a host holds the longest name it spells
        self.slugs_longest_first = sorted(self.province_by_slug, key=len, reverse=True)

    @classmethod
    def load(cls, reference_dir: Path) -> "Gazetteer":
        province_of, successor = {}, {}
        with (reference_dir / "provinces.csv").open(encoding="utf-8") as f:
            for r in csv.DictReader(f):
                for n in [r["old_name"], *[v for v in r["name_variants"].split(";") if v]]:
                    if n != "Thủ đô":
                        province_of.setdefault(key(n), r["old_name"])
                successor[r["old_name"]] = r["new_name"]
        districts: dict[str, list] = defaultdict(list)
        cities: dict[str, list] = defaultdict(list)
        by_slug: dict[str, list] = defaultdict(list)
        with (reference_dir / "districts.csv").open(encoding="utf-8") as f:
            for r in csv.DictReader(f):
                districts[lkey(r["district"])].append((r["province"], r["district_type"]))
                if r["district_type"] == "thành phố":
                    cities[r["province"]].append(r["district"])
                by_slug[_slug(r["district"])].append((r["district"], r["province"], r["district_type"]))
                _keep_stops(r["district"])
        communes: dict[str, list] = defaultdict(list)
        with (reference_dir / "communes.csv").open(encoding="utf-8") as f:
            for r in csv.DictReader(f):
                _keep_stops(r["commune"])
                if r["map"] == "pre_2025":
                    communes[lkey(r["commune"])].append((r["province"], successor[r["province"]], r["district"]))
                else:
                    communes[lkey(r["commune"])].append((None, r["province"], None))
        # Central Highlands names are spelt with or without their tone ("Đăk Liêng", "Đắk Liêng"): a name not
        # found as written is looked up without tones
        # (not a name of one syllable, which toneless is a common word, "Chủ tịch" is not the town of Chũ; unless it
        # ends in "k", as no Vietnamese word does: "Lăk" is Lắk)
        for index in (districts, communes):
            for k, v in list(index.items()):
                if _toneless(k) != k and (" " in k or k.endswith("k")):
                    index["~" + _toneless(k)].extend(v)
                # and their syllables are grouped as each writer hears them ("Krông A Na", "Krông Ana")
                if " " in k:
                    index["#" + _toneless(k).replace(" ", "")].extend(v)
        papers = reference_dir / "newspapers.csv"
        paper_province = {r["siglum"]: r["province"] for r in csv.DictReader(
            l for l in papers.read_text(encoding="utf-8").splitlines() if l and not l.startswith("#"))} \
            if papers.exists() else {}
        slugs = {_slug(p): p for p in successor}
        firms = reference_dir / "enterprises.csv"
        enterprise = {r["acronym"]: r["name"] for r in csv.DictReader(firms.open(encoding="utf-8"))} \
            if firms.exists() else {}
        return cls(province_of, dict(districts), dict(communes), successor, paper_province, slugs, enterprise, dict(cities),
                   dict(by_slug))

    def province(self, name: str) -> str | None:
        return self.province_of.get(key(name))

    def pick(self, provinces: list[str], hint: set[str]) -> str | None:
        """One province when the name is unique, or when the text names one of its candidates (directly or
        by the post-2025 province it became part of)."""
        distinct = set(provinces)
        if len(distinct) == 1:
            return provinces[0]
        named = distinct & hint
        if len(named) == 1:
            return next(iter(named))
        merged = {p for p in distinct if self.successor.get(p) in {self.successor.get(h) for h in hint}}
        return next(iter(merged)) if len(merged) == 1 else None

    def district_province(self, name: str, hint: set[str], kinds: tuple[str, ...] | None = None) -> str | None:
        return self.pick([p for p, t in lookup(self.districts, name) if not kinds or t in kinds], hint)

    def commune_province(self, name: str, hint: set[str], district: str | None = None) -> str | None:
        options = lookup(self.communes, name)
        if district:
            narrowed = [o for o in options if o[2] and lkey(o[2]) == lkey(district)]
            options = narrowed or options
        old = [o[0] for o in options if o[0]]
        new = {o[1] for o in options if not o[0]}
        if old and not set(old) & hint:
            # "phường Ba Đình (Hà Nội)": a ward of the 2025 map in the province the page names, not the old ward of
            # that name elsewhere (Thanh Hóa)
            for n in new:
                named = {p for p, s in self.successor.items() if s == n} & hint
                if named and not any(self.successor.get(o) == n for o in old):  # (the old ward inside it is the one)
                    return self.pick(sorted(named), hint)
        picked = self.pick(old, hint) if old else None
        if picked:
            return picked
        # a post-2025 commune only: its province is the merged one; an old province only when it is the same. A name
        # that old communes of other provinces also bore ("Xuân Thành" in five) is settled by the new map only on a
        # page written after the merger.
        if len(new) == 1 and (getattr(hint, "new_map", False) or all(self.successor.get(o, o) in new for o in old)):
            only = next(iter(new))
            olds = [p for p, s in self.successor.items() if s == only]
            return self.pick(olds, hint) or (only if only in self.successor else None)
        return None


class PlaceHint(set):
    """The provinces a text names or places, which settle a place name that several provinces share."""

    new_map: bool = False


def key(s: str) -> str:
    return fold_tones(s).strip()


def lkey(s: str) -> str:
    """District and commune names as looked up: "Cư M'Gar" and "Cư M'gar" are one place, and so are "M'Đrắk" and
    "M'Drắk" (the Central Highlands' names are written in their own languages' letters, where Đ and D alternate; the
    only districts or communes whose names differ by that letter alone are one place spelt each way on the two maps)."""
    return fold_tones(s).strip().lower().replace("’", "'").replace("đ", "d")


# tones, and the breve some writers drop ("Đak Pơ" for "Đăk Pơ")
_TONE_MARKS = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323\u0306"))


def _slug(name: str) -> str:
    s = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    return re.sub(r"[^a-z]", "", "".join(c for c in s if not unicodedata.combining(c)).lower())


def lookup(index: dict, name: str) -> list:
    k = lkey(name)
    if k in index:
        return index[k]
    t = _toneless(k)
    return index.get("~" + t) or (index.get("#" + t.replace(" ", ""), []) if " " in k else [])


def _toneless(k: str) -> str:
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", k).translate(_TONE_MARKS))


# ---------------------------------------------------------------- patterns
_D = r"[đĐ]oàn"
# the Union's own name after "Đoàn", as pages write it: "Đoàn TNCS Hồ Chí Minh", "Đoàn thanh niên CSHCM", "Đoàn TN"
_UNION = r"(?:TNCS Hồ Chí Minh|TNCS HCM|[Tt]hanh niên(?:\s+(?:[Cc]ộng sản Hồ Chí Minh|CSHCM|CS HCM))?|TN)"
_NAT_BODY = re.compile(
    r"(?:(?:Ban Bí thư|Ban Chấp hành|Ban Thường vụ|BCH|BTV)\s+)?(?:Trung ương|TƯ|T\.Ư|TW|T\.W)\s+Đoàn(?:\s+TNCS Hồ Chí Minh)?"
    r"|(?:Ban Thư ký\s+)?(?:Trung ương|TƯ|T\.Ư)\s+Hội Sinh viên(?:\s+Việt Nam)?"
    r"|(?:(?:Ủy ban|Uỷ ban|UB)\s+)?(?:Trung ương|TƯ|T\.Ư)\s+Hội(?:\s+(?:LHTN|Liên hiệp [Tt]hanh niên)(?:\s+Việt Nam)?)?"
    r"|Hội đồng Đội (?:Trung ương|TƯ|T\.Ư)|Hội (?:LHTN|Liên hiệp [Tt]hanh niên) Việt Nam các cấp(?!\s+(?:trong|trên|của|toàn)\s)"
    # the Association named with its country and no place after it is the national one ("Theo Hội LHTN Việt Nam, …",
    # "Hội Sinh viên Việt Nam tổ chức …"); a place, a school or a person's name after it makes it another
    r"|(?<!cơ sở )Hội (?:LHTN|Liên hiệp [Tt]hanh niên|Sinh viên) Việt Nam(?!\s*(?:-\s*)?(?:[A-ZĐ\d]|tỉnh|thành phố|huyện|quận|"
    r"thị xã|xã|phường|thị trấn|trường|các cấp|cấp|cơ sở|khu vực|trong|tại|ở|trên|nhiệm kỳ|khóa|khoá|\())"
    r"|cụm Đoàn trực thuộc(?: Trung ương)?"
    # the students' national congress is their Association's ("Đại hội đại biểu sinh viên toàn quốc lần thứ X")
    r"|[Đđ]ại hội [Đđ]ại biểu (?:Hội )?[Ss]inh viên (?:Việt Nam )?toàn quốc"
    # the Association's member associations of young professionals, national when named with the country:
    # "Hội Thầy thuốc trẻ Việt Nam", "Trung ương Hội Doanh nhân trẻ Việt Nam"
    r"|(?:(?:Trung ương|TƯ|T\.Ư)\s+)?Hội [A-ZĐ]\w+(?: \w+)? trẻ Việt Nam(?!\s*(?:-\s*)?(?:[A-ZĐ\d]|tỉnh|thành phố|TP))")
# The whole country as the subject ("Trên cả nước, …", "toàn Đoàn có …"); "toàn quốc" after a noun is an
# adjective ("tiêu biểu toàn quốc", "Đại hội Đoàn toàn quốc") and is not taken.
_NAT_COLLECTIVE = re.compile(
    r"(?:(?:[Tt]rên|[Tt]rong|[Cc]ủa|[Tt]ại)\s+(?:phạm vi\s+)?(?:toàn quốc|cả nước)|(?<!\w)[Cc]ả nước"
    r"|[Tt]uổi trẻ cả nước|các tỉnh, thành đoàn|các tỉnh, thành phố|[Cc]ác cấp bộ Đoàn (?:trong|trên) cả nước)")
_PROVINCE_BODY = re.compile(
    rf"(?P<head>(?:Ban Thường vụ\s+)?(?:[Tt]ỉnh\s*{_D}|[Tt]hành\s*{_D})(?:\s+(?:[Tt]hành phố|TP\.?))?|"
    rf"Đoàn\s+{_UNION}\s+(?:tỉnh|thành phố|TP\.?|T\.P\.?)|"
    # "Chương trình Đoàn Thanh niên Tây Giang tham gia giảm nghèo": a place's Union named without its unit
    rf"Đoàn\s+[Tt]hanh niên(?=\s+[A-ZĐ])(?!\s+(?:Hồ Chí Minh|Cộng sản|Việt Nam|CS|TNCS))|"
    rf"(?:Ủy ban\s+)?Hội\s+(?:LHTN|Liên hiệp [Tt]hanh niên)(?:\s+Việt Nam)?\s+(?:tỉnh|thành phố|TP\.?)|"
    rf"Hội Sinh viên(?:\s+Việt Nam)?\s+(?:tỉnh|thành phố|TP\.?)|"
    rf"(?:Hội đồng Đội|HĐĐ)\s+(?:tỉnh|thành phố|TP\.?)|"
    rf"Hội [A-ZĐ]\w+(?: \w+)? trẻ\s+(?:tỉnh|thành phố|TP\.?)|"  # "Hội Doanh nhân trẻ tỉnh Lai Châu"
    rf"[Tt]uổi trẻ(?:\s+(?:tỉnh|thành phố|TP\.?))?|[Tt]hanh niên\s+(?:tỉnh|thành phố|TP\.?))\s*(?P<name>{_NAME})")
# Local pages write the unit in lower case ("huyện Đoàn Bù Đốp", "xã đoàn Hòa Hưng", "đoàn xã Thanh Hà"), so the
# named bodies above take either case; the gazetteer must know the name that follows.
# "Tỉnh Đoàn tổ chức …", "Ban Thường vụ Huyện đoàn": the page's own union, its name left to the reader
_BARE_UNION = re.compile(rf"(?<!\w)(?P<unit>Tỉnh|Thành|Huyện|Quận|Thị|Xã|Phường)\s*{_D}(?!\s*[{_UPPER}])"
                         rf"|(?:Ủy ban\s+)?Hội\s+(?:LHTN|Liên hiệp [Tt]hanh niên)(?:\s+Việt Nam)?\s+(?P<hunit>tỉnh|huyện|xã)"
                         rf"(?!\s*[{_UPPER}])|Hội đồng Đội\s+(?P<dunit>tỉnh|huyện|thành phố)(?!\s*[{_UPPER}])"
                         # "Đoàn Thanh niên tỉnh đã thành lập 36 đội": the Union by its full name and its unit alone
                         rf"|Đoàn\s+{_UNION}\s+(?P<tunit>tỉnh|thành phố|huyện|xã|phường)(?!\s*[{_UPPER}]|\s+TP\b|\w)")
BARE_LEVEL = {"Tỉnh": "province", "Thành": "province", "Huyện": "district", "Quận": "district", "Thị": "district",
              "Xã": "commune", "Phường": "commune"}
# A bloc's name: capitalised words and the few lower-case words such names use.
# "và" joins the words of one name ("cơ quan và doanh nghiệp"), not two bodies ("… tỉnh và Đoàn Khối Doanh nghiệp")
_BLOC_WORD = (rf"(?:T\.Ư|T\.W|Trung ương|TP\.[ \t]?(?:HCM|Hồ Chí Minh)\b|(?!Đoàn\b){_CAP}|các|cơ|quan|và(?!\s+(?:(?:(?:[Tt]hành|[Tt]ỉnh|[Hh]uyện|[Qq]uận|[Tt]hị|[Xx]ã)\s*)?[Đđ]oàn|Ban|Hội)\b)|doanh|nghiệp|tỉnh|thành|phố|trường|học|dân|chính|đảng|"
              rf"sự|công|(?<=công )ty|(?<=Quân chủng Phòng )không|(?<=[Hh]àng )không|an|quân|đội|biên|phòng|ngân|hàng|bộ|huy|nhân|viên|chức|lệnh|cảnh|sát|cơ|động|hậu|(?<=[Hh]ậu )cần|(?<=Nhà )nước|"
              rf"kỹ|thuật|hoạt|vũ|trang|dầu|khí|phần|cổ|lực|điện|than|khoáng|sản|dệt|may|hóa|chất|gia|phạm|y|dược|kinh|tế|luật|dựng|su|quyền|thông|"
              rf"thương|viễn|bưu|vận|tải|dục|tạo|"
              # what firms make and do, in their names' lower case: "Công ty CP Gang thép Thái Nguyên"
              rf"thép|gang|xi|măng|nông|lâm|thủy|thuỷ|hải|giấy|thuốc|lá|bia|vật|liệu|cà|phê|mía|sắt|"
              rf"lịch|tài|chứng|khoán|năng|lượng|mại|dịch|vụ|miền|biển|(?<=Quân )khu|"
              # a university's field in lower case: "Kiến trúc", "Ngoại ngữ", "Mỹ thuật", "Địa chất"
              rf"trúc|ngữ|ngoại|mỹ|nghệ|văn|tin|lao|lợi|mỏ|địa|chất|nguyên|môi|"
              # the second syllables of the departments' names: "Sở Tư pháp", "Kế hoạch và Đầu tư", "Văn hóa, Thể thao
              # và Du lịch", "Tài nguyên và Môi trường", "Dân tộc", "Thanh tra", "Ngoại giao"; and the youth's own
              # ("Học viện Thanh thiếu niên Việt Nam")
              rf"(?<=[Tt]ư )pháp|(?<=[Kk]ế )hoạch|(?<=[Đđ]ầu )tư|(?<=[Tt]hể )thao|(?<=[Mm]ôi )trường|(?<=[Dd]ân )tộc|"
              # ("Ngân hàng Chính sách xã hội chi nhánh Nam Định")
              rf"(?<=[Cc]hính )sách|(?<=sách )xã|(?<=sách xã )hội|chi(?= nhánh)|(?<=chi )nhánh|"
              rf"(?<=Thanh )tra|(?<=[Nn]goại )giao|(?<=[Pp]hát )triển|(?<=[Tt]hanh )thiếu|(?<=thiếu )niên|"
              # a unit's number ends its name: "Sư đoàn 371", "Quân khu 1", "Vùng Cảnh sát biển 2"
              rf"(?<=đoàn )\d{{1,3}}(?!\d|[.,]\d|%)|(?<=khu )\d{{1,3}}(?!\d|[.,]\d|%)|(?<=biển )\d{{1,3}}(?!\d|[.,]\d|%)|"
              # and a district of the city's by its number: "Chi đoàn Bệnh viện quận 2"
              rf"quận(?=[ \t]+\d{{1,2}}(?!\d|[.,]\d|%))|(?<=quận )\d{{1,2}}(?!\d|[.,]\d|%)|"
              # an abbreviation in brackets inside the name, dropped from the canonical name: "Công ty Điện lực (PC) Quảng
              # Trị", "Đoàn Khối cơ quan và doanh nghiệp (CQ&DN) tỉnh"
              rf"\([A-ZĐ][A-ZĐ&.-]{{1,9}}\)(?=[ \t]+(?:[{_UPPER}]|tỉnh\b|thành phố\b))|"
              # a ministry by its initials: "Bộ GD&ĐT", "Bộ LĐ-TB&XH"
              rf"[A-ZĐ]{{1,4}}(?:[-&][A-ZĐ]{{1,4}})+)(?![\w&])(?!-(?![{_UPPER}][{_LOWER}]))")
_BLOC = re.compile(
    # ("Đại hội đại biểu Đoàn TNCS Hồ Chí Minh Khối các cơ quan và doanh nghiệp tỉnh": a congress names the Union in full)
    rf"(?P<bloc>(?:Đoàn\s+(?:{_UNION}\s+)?|[Tt]uổi trẻ\s+)[Kk]hối(?:(?:[^\S\n]+|\s*[-–]\s*(?=[Dd]oanh|Chính\b|Đảng\b)){_BLOC_WORD}){{1,12}}"
    # ("Đoàn TNCS HCM Dân chính Đảng tỉnh Điện Biên": the bloc of the Party, state and mass bodies, its "Khối" left out)
    rf"|Đoàn\s+(?:{_UNION}\s+)?(?:Các cơ quan|các cơ quan|CCQ|UBND|Dân [Cc]hính Đảng|Dân - Chính - Đảng)(?:\s+\(CCQ\))?(?:\s+Đảng(?:\s+Trung ương)?)?(?:\s+(?:tỉnh|thành phố|TP\.?)(?:\s*{_NAME})?)?"
    # a border-guard or military command running its own Union's review ("Ban Chỉ huy BĐBP thành phố Huế tổng kết
    # công tác Đoàn"): the page is that unit's Union
    rf"|(?:Ban|Bộ) Chỉ huy\s+(?:Bộ đội Biên phòng|BĐBP|Quân sự)(?:\s+\(BĐBP\))?(?:[^\S\n]+{_BLOC_WORD}){{0,6}}"
    # (a branch, "Chi đoàn Thanh niên Điện lực Đạ Huoai", is the Union of a small unit: a firm's branch, a school's staff)
    # ("Đoàn cơ sở Công ty Điện lực Gia Lai": a unit's grassroots Union, as the labels name it)
    # ("ĐTN Công ty TNHH MTV Cao su Mang Yang": the Union by its initials)
    rf"|(?:(?:Chi\s+đoàn|Đoàn(?:\s+cơ sở)?)\s+(?:{_UNION}\s+)?|[Tt]uổi trẻ\s+|ĐTN\s+(?=[{_UPPER}][{_LOWER}]))(?:Công an|công an|Bộ Công an|Bộ Quốc phòng|Bộ đội Biên phòng|Biên phòng|BĐBP|Quân khu\s+\d|"
    # (a firm's farm, forest or plant: "Đoàn thanh niên Nông trường Cao su Long Nguyên")
    # (the courts and procuracies go by words in lower case: "Viện kiểm sát nhân dân tỉnh", "Tòa án nhân dân tối cao")
    rf"Viện [Kk]iểm sát [Nn]hân dân(?:[^\S\n]+[Tt]ối cao)?|T(?:òa|oà) án [Nn]hân dân(?:[^\S\n]+[Tt]ối cao)?|VKSND|TAND|"
    rf"Tập đoàn|Tổng công ty|Ngân hàng|Bộ|Báo|Công ty|Nông trường|Lâm trường|Xí nghiệp|Nhà máy|Cụm(?:[^\S\n]+(?:thi đua|hoạt động))?(?:[^\S\n]+số)?[^\S\n]+\d{{1,2}}(?!\d)|Cụm|Bệnh viện|Sở|Cục|Viện|Đài|Điện lực|Cảng|Học viện|Chính phủ|"
    # (an economic zone's or an industrial park's board: "Đoàn thanh niên Khu kinh tế Hải Phòng")
    rf"Khu [Kk]inh tế|Khu [Cc]ông nghiệp|Ban [Qq]uản lý|"
    rf"Sư đoàn|Trung đoàn|Lữ đoàn|Binh đoàn|Quân đoàn|Hải đoàn|Quân chủng|Trường Quân sự|Bộ Tư lệnh|Đồn Biên phòng|Kho bạc|Tổng cục|"
    # ("Tuổi trẻ Trường Trung cấp Cảnh sát vũ trang", "Trường Sĩ quan Lục quân 1": the forces' own schools)
    rf"Trường (?:Trung cấp|Sĩ quan|Chính trị)|"
    # "Tập đoàn Công nghiệp - Viễn thông Quân đội", "Than - Khoáng sản": a dash joins the words of one name
    rf"Trường (?:Đại [Hh]ọc|Cao [Đđ]ẳng))(?:(?:[^\S\n]+|[ \t]?[-–][ \t]?(?={_CAP})){_BLOC_WORD}){{0,12}}"
    # the Border Guard's youth, as its own pages call its Union ("thanh niên BĐBP luôn xung kích …", "đoàn viên thanh niên
    # Bộ đội Biên phòng tỉnh Quảng Ninh")
    rf"|(?:đoàn viên,?\s+)?[Tt]hanh niên\s+(?:BĐBP|Bộ đội Biên phòng)(?!\w)(?:(?:[^\S\n]+(?:tỉnh|thành phố|TP\.?))?[^\S\n]+{_NAME})?"
    # an enterprise's union known by its initials: "Đoàn thanh niên PVCFC"
    rf"|Đoàn\s+(?:Thanh niên|thanh niên)\s+(?!(?:CSHCM|TNCS|CS)\b)[A-ZĐ]{{3,8}}(?!\w)(?:\s+{_CAP}){{0,3}}"
    rf"(?:\s+(?:tỉnh|thành phố)(?=\W))?"
    # a university's union or students' association
    # ("Đoàn Thanh niên – Hội Sinh viên Đại học Quốc gia Hà Nội": the two bodies named together are the Đoàn's)
    rf"|(?:Đoàn\s+(?:[Tt]hanh niên\s+)?(?:[–-]\s*Hội Sinh viên\s+(?:Việt Nam\s+)?)?|Đoàn\s*[–-]\s*Hội Sinh viên\s+|"
    rf"Hội Sinh viên\s+(?:Việt Nam\s+)?)"
    rf"(?:[Tt]rường\s+)?(?:[Đđ]ại [Hh]ọc|[Cc]ao [Đđ]ẳng|Học viện|ĐH|CĐ)(?:[^\S\n]+{_BLOC_WORD}){{1,12}}"
    rf"|Hội Sinh viên\s+(?:Việt Nam\s+)?(?:Đại học|Học viện)(?:[^\S\n]+{_BLOC_WORD}){{1,12}}"
    # a branch of a government office: "Chi đoàn Văn phòng UBND tỉnh Sóc Trăng", "Chi đoàn Cơ quan UBND thành phố Hưng Yên"
    rf"|Chi\s+đoàn\s+(?:{_UNION}\s+)?(?:Văn phòng|Cơ quan|VP)(?:[^\S\n]+{_BLOC_WORD}){{1,12}}"
    rf"|Ban Thanh niên Quân đội|Ban Thanh niên Công an(?: nhân dân)?|ĐTN\s+[A-Z]{{2,6}})")
# A name's word can be a capital syllable followed by lower-case ones ("Quản lý bay Việt Nam", "Hữu nghị Việt
# Tiệp", "Khoa học Tự nhiên"): Vietnamese capitalises the first syllable of a proper name's word only. Lower-case
# syllables after a capital one continue the name when a capital word of the name follows them; the verbs and
# function words that open a clause never do ("Công an tỉnh Hà Nam tổ chức Hội thi").
_CLAUSE_WORDS = ("đã|vừa|sẽ|đang|cùng|với|của|cho|do|tại|ở|trong|phối|tổ|chức|trao|tặng|ra|phát|tham|là|có|được|bị|"
                 "thực|triển|tiếp|nhận|đến|từ|về|theo|như|nhằm|để|năm|ngày|tháng|lần|thứ|nhiệm|khóa|khoá|đợt|vào|khi|"
                 "sau|trước|này|đó|mà|thì|nên|nhưng|hoặc|hay|gồm|đạt|vượt|hỗ|xây|thăm|kết|tổng|sơ|khai|bế|lễ|và|các|"
                 "những|tuyên|dương|khen|chào|mừng|đón|gặp|ký|làm|giúp|mở|tập|huấn|lên|xuống|qua|trên|dưới|bàn|giao|"
                 "hưởng|ứng|diễn|tiến|hành|tích|cực|luôn|không|chưa|cũng|đều|còn|rất|nhiều|gần|hơn|đầu|cuối|mỗi|cấp")
_COMPOUND_TAIL = re.compile(
    rf"[ \t]+(?:(?!(?:{_CLAUSE_WORDS})(?![\w]))[{_LOWER}]+[ \t]+){{1,2}}"
    # (or the unit of the place the name ends on: "Bệnh viện Đa khoa tỉnh", "Sở Tư pháp tỉnh Cao Bằng")
    rf"(?:TP\.[ \t]?(?:HCM|Hồ Chí Minh)\b|(?:tỉnh|thành phố|huyện|quận|thị xã)(?![\w])|"
    rf"(?!(?:{'|'.join(sorted(_NOT_NAME))})(?![\w])){_CAP})(?:[ \t]+{_BLOC_WORD})*")
# a district by its unit, spelt out or abbreviated as headlines do ("Hội đồng Đội TX An Nhơn", "H. Bảo Lâm")
_UNION_PAIRED = re.compile(r"(?:Thành|Huyện|Quận|Thị)\s+[Đđ]oàn\s*(?:[-–—/,]|và)\s*$")
_DUNIT = r"(?:huyện|quận|thị xã|TX(?:\.|(?=\s+[A-ZĐ]))|H\.)"
_DISTRICT_BODY = re.compile(
    rf"(?P<kind>[Hh]uyện\s*{_D}|[Qq]uận\s*{_D}|[Tt]hị\s*{_D}|[Tt]hành\s*{_D}|[Đđ]oàn\s+(?:{_UNION}\s+)?"
    rf"{_DUNIT}|(?:Ủy ban\s+)?Hội\s+(?:LHTN|Liên hiệp [Tt]hanh niên)(?:\s+Việt Nam)?\s+{_DUNIT}|"
    rf"(?:Hội đồng Đội|HĐĐ)\s+{_DUNIT}|"
    rf"[Tt]uổi trẻ(?:\s+(?:huyện|quận|thị xã))?|[Tt]hanh niên\s+(?:huyện|quận|thị xã))\s*"
    rf"(?P<name>{_NAME}|\d{{1,2}}(?![\d.,]))")  # "Quận đoàn 3": the city's districts known by number
_COMMUNE_BODY = re.compile(
    # "Đoàn cơ sở thị trấn Lao Bảo": a commune's Union is a grassroots one ("cơ sở"), sometimes said
    rf"(?P<kind>[Xx]ã\s*{_D}|[Pp]hường\s*{_D}|[Đđ]oàn\s+(?:{_UNION}\s+)?(?:cơ sở\s+)?(?:xã|phường|thị trấn|Xã|Phường|Thị trấn|TT\.?)|"
    # "Tuổi trẻ phường Đa Mai phát huy vai trò xung kích …": a commune's youth is its Union, as a district's is
    rf"[Tt]uổi trẻ\s+(?:xã|phường|thị trấn)|"
    rf"Hội\s+(?:LHTN|Liên hiệp [Tt]hanh niên)(?:\s+Việt Nam)?\s+(?:xã|phường|thị trấn)|Liên đội(?:\s+(?:[Tt]rường\s+)?"
    rf"(?:THCS|THPT|TH|[Tt]iểu học|[Tt]rung học cơ sở))?|Đoàn trường(?:\s+(?:THPT|THCS|Đại [Hh]ọc|Cao [Đđ]ẳng|Trung cấp(?:\s+nghề)?))?|"
    # "Đoàn Thanh niên trường THPT Đông Anh": a school's Union named in full is its "Đoàn trường"
    rf"Đoàn\s+{_UNION}\s+[Tt]rường\s+(?:THPT|THCS|PTDTNT|Trung cấp(?:\s+nghề)?))"
    # "Liên đội Trường Tiểu học số 2 Hóa Thượng": a school numbered within its place
    # (a name never runs on past a line's end: "Đoàn trường\n\n Thành …" is a heading's end and the next line)
    # ("Đoàn cơ sở phường 5", "Đoàn TNCS Hồ Chí Minh Phường 28": the cities' wards known by number, as their districts are)
    rf"(?P<number>\s+số\s+\d{{1,2}})?[^\S\n]+(?P<name>{_NAME}|(?<=[Pp]hường[^\S\n])\d{{1,2}}(?![\d.,/]))")
# "toàn Đoàn" is the whole of the page's own Union, whatever its level
_OWN_COLLECTIVE = re.compile(
    r"(?<!\w)(?:[Tt]oàn|[Cc]ả)\s+(?P<unit>tỉnh|thành phố|TP|huyện|quận|thị xã|xã|phường|khối|Đoàn(?!\s+(?:TNCS|[Tt]hanh niên)))(?!\w)|"
    r"các cấp bộ [Đđ]oàn(?:,\s*[Hh]ội)?\s+(?:trong|toàn|trên địa bàn)\s+(?P<unit2>tỉnh|thành phố|huyện)|tuổi trẻ Thủ đô")
# "Tại xã Tà Hine, đoàn thanh niên xã cũng đã …": a roundup's sentence set at a place speaks of its Union
_PLACE_HEAD = re.compile(rf"(?:^|(?<=[.\n]))(?:[Tt]ại|[Ở]|[Rr]iêng)\s+(?P<unit>xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)\s+"
                         rf"(?P<name>{_NAME})\s*,")
# the city's districts go by number, and their unit is written in capitals: "Quận 12", "tại Hội trường Quận Đoàn 9"
# abbreviated as captions and datelines write them, the dot often glued to the name ("TX.Thuận An", "H. Bảo Lâm")
# ("… Huyện Lắk năm 2024": a unit capitalised as a sentence's or a name's first word)
_PLACE_NAMED = re.compile(rf"(?<!\w)(?:(?P<unit>[Hh]uyện|[Qq]uận|[Tt]hị xã|[Xx]ã|[Pp]hường|[Tt]hị trấn)\s+|(?P<abbr>TX\.|TX(?=\s)|H\.)\s*)"
                          rf"(?P<name>{_NAME}|\d{{1,2}}(?![\d.,/]))")
_PLACE_NAMED_SCAN = LiteralScan(_PLACE_NAMED)
_UNIT_ABBR = {"TX.": "thị xã", "TX": "thị xã", "H.": "huyện"}
# the district written after a commune: "xã Trà Tân, Bắc Trà My", "xã Hòa Phú (huyện Hòa Vang)"
_DISTRICT_AFTER = re.compile(rf"[ \t]*[,(][ \t]*(?:huyện|quận|thị xã|thành phố|TP\.?)?[ \t]*({_NAME})")
_PLACE_HINT = re.compile(rf"(?:huyện|H\.|quận|Q\.|thị xã|TX\.?)\s*(?P<name>{_NAME})")
_SURNAMES = ("Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Trương|Đinh|Mai|Tô|Cao|Lưu|Đào|Vương|"
             "Trịnh|Chu|Tạ|Lương|Quách|Triệu|Thân|Kiều|Nông|Lò|Hà")
# a province's name inside a person's ("Phó Thủ tướng Trương Hòa Bình", "anh Nguyễn Văn Long An")
_SURNAME_BEFORE = re.compile(rf"(?<!\w)(?:{_SURNAMES})(?:\s+[A-ZĐ]\w*){{0,2}}\s+$")
# a post before a body, and the holder's name after it ("Bí thư Đoàn thanh niên Công ty Điện lực Sơn La Hà Tuấn Anh")
POST_BEFORE = re.compile(r"(?:Bí thư|Phó Bí thư|Chủ tịch|Phó Chủ tịch|Giám đốc|Phó Giám đốc|Trưởng ban|Phó Trưởng ban)\s+$")
_PERSON_TAIL = re.compile(rf"\s+(?P<name>(?:{_SURNAMES})(?:\s+[{_UPPER}]\w*){{1,3}})$")
# a headline's place before its dash or colon, or before the lower-case verb of its sentence
_TITLE_HEAD = re.compile(rf"[^\S\n]*(?:date\s+\S+\s+)?(?P<name>{_CAP}(?:[ \t]+{_CAP}){{0,3}})(?=[ \t]*[:–]|[ \t]+-[ \t]|[ \t]+[{_LOWER}])")
_QUOTES = re.compile(r"“[^”\n]{0,160}”|\"[^\"\n]{0,160}\"")
_QUOTES_SCAN = LiteralScan(_QUOTES)


# Place names that hold one of those words ("Uông Bí", "Xuân Trường", "An Nhân"), as word prefixes ending at it:
# the gazetteer fills it as it reads its districts and communes.
_KEPT_STOPS: set[str] = set()


def _keep_stops(name: str) -> None:
    words = name.split()
    _KEPT_STOPS.update(" ".join(words[: i + 1]) for i in range(1, len(words)) if words[i] in _NOT_NAME)


# a letterhead in capitals runs on after the name ("Đoàn cơ sở xã IaDơk ĐOÀN THANH NIÊN CỘNG SẢN …")
_NOT_NAME_CAPS = {w.upper() for w in _NOT_NAME}


def _trim_name(name: str) -> str:
    out = []
    words = name.split()
    for i, w in enumerate(words):
        if out and (w in _NOT_NAME or (w in _NOT_NAME_CAPS and not " ".join(out).isupper())) and \
                " ".join([*out, w]) not in _KEPT_STOPS and not _inside_name(words, i):
            break
        out.append(w)
    return " ".join(out).rstrip(".,;:-– ").replace("’", "'")  # "Ea H’leo" is "Ea H'leo"


def _inside_name(words: list[str], i: int) -> bool:
    """A stop word between two syllables of one name: schools are named after people ("THPT Võ Trường Toản"), and
    given names are often words that otherwise end a name (Trường, Thanh, Đại, Nhân, Chiến); the syllable after it is
    capitalised, not a stop word and not an abbreviation ("Hòa Tiến Trường THCS …" ends at "Trường")."""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    return bool(nxt) and nxt[:1].isupper() and not nxt.isupper() and nxt not in _NOT_NAME and \
        words[i] in ("Trường", "Thanh", "Đại", "Nhân", "Chiến")


# Some papers follow the siglum with a dash, others with the sentence itself ("(VLO) Ngày 14/3, …"); an
# abbreviation explained in the text ("(ĐVTN) khởi nghiệp", "(LHTN) Việt Nam") is skipped by the lookup.
_SIGLUM = re.compile(r"\(([A-ZĐ]{2,5}|LĐ online)\)\s*(?:[-–]|(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ]))"
                     # many papers print it bare at the head of the lead: "ĐBP - Sáng nay (26/5), …", "BHG - Ngày 21.3, …"
                     r"|(?:^|\n|\s{2})([A-ZĐ]{2,5}) [-–] (?=[A-ZĐÀ-Ỹ])")
_PAPER_SITE = re.compile(r"\b[Bb]ao([a-z]{4,20})\.(?:vn|com\.vn|org\.vn)\b")
# A page's address: its host, and the words local sites put around the name of their district ("tuoitregiongrieng",
# "huyendoannhabe", "dailocrt" for its radio and television)
_HOST = re.compile(r"\s*(?:https?://)?([\w.-]+)")
_SITE_PREFIX = re.compile(r"^(?:www|m)?(?:huyendoan|quandoan|thidoan|thanhdoan|doan|tuoitre|thanhnien|huyenuy|huyen)?")
_SITE_SUFFIX = re.compile(r"(?:rt|tv|city)$")


def _joined_host(url: str | None) -> str:
    """A page address's host, lower-cased, its dots and hyphens dropped: "tinhdoanthainguyenvn"."""
    host = _HOST.match(url or "")
    return re.sub(r"[.-]", "", host.group(1).lower()) if host else ""


_LEVEL_OF_UNIT = {"đoàn": "own", "tỉnh": "province", "thành phố": "province", "tp": "province", "huyện": "district",
                  "quận": "district", "thị xã": "district", "xã": "commune", "phường": "commune", "khối": "bloc"}


class OrganisationReader:
    def __init__(self, gazetteer: Gazetteer):
        self.g = gazetteer
        alts = sorted((a for a in gazetteer.province_of if a != "Hồ Chí Minh"), key=len, reverse=True)
        first = "".join(sorted({re.escape(a[0]) for a in alts}))
        # "Đoàn TNCS Hồ Chí Minh", "tư tưởng Hồ Chí Minh": the bare name is the city only after a city
        # prefix, which the variants carry ("TP. Hồ Chí Minh").
        self._provinces = re.compile(rf"(?<!\w)(?=[{first}])(" + "|".join(re.escape(a) for a in alts) + r")(?!\w)")

    def site_province(self, url: str | None) -> str | None:
        """The province whose name the host of a page's address spells, tones and spaces dropped
        ("tinhdoanthainguyen.vn", "baobariavungtau.com.vn", "tuoitre.camau.gov.vn"): the site's province."""
        joined = _joined_host(url)
        for slug in self.g.slugs_longest_first:
            if slug in joined:
                return self.g.province_by_slug[slug]
        return None

    def site_district(self, url: str | None, unit: str | None = None) -> Mention | None:
        """The district a local site's host is named for ("tuoitregiongrieng.com", "tracu.tinhdoantravinh.vn",
        "huyendoannhabe.com.vn", "tanbien.tayninh.gov.vn"), as its Union; in the site's province when the host names
        one too. A part of the host must be the district's name whole, after a Union or council word ("tuoitre",
        "huyendoan", "huyenuy") and before a broadcaster's ("rt", "tv"): inside other words names hide by chance
        ("giaoducthoidai" holds "ductho"). None when no part, or several districts, fit."""
        host = _HOST.match(url or "")
        if not host:
            return None
        prov = self.site_province(url)
        own = _slug(prov) if prov else None
        found = set()
        for label in host.group(1).lower().replace("-", "").split("."):
            label = _SITE_SUFFIX.sub("", _SITE_PREFIX.sub("", label))
            if own and label.endswith(own):
                # "doancamxuyenhatinh"; "tinhdoan.caobang.gov.vn", "caobangtv.vn" name the province, not its city
                label = label[: -len(own)]
            for name, province, kind in self.g.district_by_slug.get(label, ()):
                if (prov is None or province == prov) and (unit is None or kind == unit):
                    found.add((name, province, kind))
        if len(found) != 1:
            return None
        name, province, kind = found.pop()
        return Mention(0, 0, f"{_UNION_OF_DISTRICT.get(kind, 'Huyện đoàn')} {name}", "district", province, True,
                       f"{kind} {name}", place=True)

    def publisher_province(self, text: str) -> str | None:
        """The province of the paper that published the page: its dateline siglum ("(QNO) -"), its site
        ("Baohatinh.vn"), or "Báo Quảng Ngãi" at its foot."""
        head, foot = text[:400], text[-300:]
        for m in _SIGLUM.finditer(head):
            if (m.group(1) or m.group(2)) in self.g.paper_province:
                return self.g.paper_province[m.group(1) or m.group(2)]
        for part in (head, foot):
            for site in _PAPER_SITE.finditer(part):
                prov = self.g.province_by_slug.get(site.group(1).lower())
                if prov:
                    return prov
        return None

    @lru_cache(maxsize=16)
    def places_named(self, text: str, level: str, regions: tuple[tuple[int, int], ...] | None = None) -> tuple[Mention, ...]:
        """The districts (or communes) the text names as places ("huyện Đình Lập", "xã Thanh Hà", in capitals too),
        known to the gazetteer, each as the Union body of that place."""
        units = ("huyện", "quận", "thị xã") if level == "district" else ("xã", "phường", "thị trấn")
        hint = self.provinces_named(text, regions) if level == "district" else self.provinces_placed(text, regions)
        out = []
        prose = prose_case(text)
        for lo, hi in regions or ((0, len(text)),):
            for m in _PLACE_NAMED_SCAN.finditer(prose, lo, hi, page=text):
                unit, name = (m.group("unit") or _UNIT_ABBR[m.group("abbr")]).lower(), _trim_name(m.group("name"))
                if unit not in units or (name.isdigit() and unit != "quận"):
                    continue
                if level == "district":
                    if not lookup(self.g.districts, name):
                        continue
                    canon = {"huyện": "Huyện đoàn", "quận": "Quận đoàn", "thị xã": "Thị đoàn"}[unit]
                    out.append(Mention(m.start(), m.end(), f"{canon} {name}", level,
                                       self.g.district_province(name, hint), True, f"{unit} {name}", place=True))
                elif lookup(self.g.communes, name):
                    # "xã Trà Tân, Bắc Trà My", "xã Hòa Phú (huyện Hòa Vang)": the district written after a commune says
                    # which of the communes of that name it is
                    district = _DISTRICT_AFTER.match(prose, m.end())
                    out.append(Mention(m.start(), m.end(), f"Đoàn {unit} {name}", level,
                                       self.g.commune_province(name, hint, district and district.group(1)), True,
                                       f"{unit} {name}", place=True))
        return tuple(out)

    def title_place(self, text: str, title_end: int, level: str, unit: str | None = None) -> Mention | None:
        """The district or commune a headline opens on ("Phụng Hiệp – Ngày hội …", "TÂN UYÊN: CHƯƠNG TRÌNH …",
        "Cửa Lò tổng kết …"): local sites head their news with the place, and the body then says only
        "Huyện đoàn". The whole run of capitalised words must be a place the gazetteer knows."""
        if title_end <= 0:
            return None
        start = text.rfind("\n", 0, title_end - 1) + 1
        m = _TITLE_HEAD.match(text, start, title_end)
        if not m:
            return None
        name = m.group("name").strip()
        if name.isupper():
            name = name.title()  # "TÂN UYÊN" is looked up, and named, as "Tân Uyên"
        if level == "district":
            options = lookup(self.g.districts, name)
            # the unit the page's bare body names ("Thị đoàn", "Quận đoàn") narrows a name several places share
            narrowed = [(p, t) for p, t in options if unit and t == unit] or (options if unit != "thành phố" else [])
            if not narrowed:
                return None
            prov = self.g.pick([p for p, _t in narrowed], self.provinces_named(text))
            types = {t for p, t in narrowed if p == prov} if prov else {t for _p, t in narrowed}
            kind = unit or (next(iter(types)) if len(types) == 1 else "huyện")
            return Mention(m.start("name"), m.end("name"), f"{_UNION_OF_DISTRICT.get(kind, 'Huyện đoàn')} {name}",
                           level, prov, True, f"{kind} {name}", place=True)
        if level == "province" and (prov := self.g.province(name)):
            return Mention(m.start("name"), m.end("name"), province_union(prov), level, prov, True, name, place=True)
        if level == "commune" and lookup(self.g.communes, name):
            u = unit if unit in ("xã", "phường", "thị trấn") else "xã"
            return Mention(m.start("name"), m.end("name"), f"Đoàn {u} {name}", level,
                           self.g.commune_province(name, self.provinces_named(text)), True, f"{u} {name}", place=True)
        return None

    def provinces_named(self, text: str, regions: tuple[tuple[int, int], ...] | None = None) -> set[str]:
        return {p for _pos, p in self.province_mentions(text, regions)}

    @lru_cache(maxsize=8)
    def provinces_placed(self, text: str, regions: tuple[tuple[int, int], ...] | None = None) -> frozenset[str]:
        """The provinces the text names, and those of the districts it names that only one province has: a commune
        page says "xã Xuân Thành … huyện Yên Thành" and seldom its province."""
        named = self.provinces_named(text, regions)
        return frozenset(named | {d.province for d in self.places_named(text, "district", regions) if d.province})

    @lru_cache(maxsize=8)
    def province_mentions(self, text: str, regions: tuple[tuple[int, int], ...] | None = None) -> list[tuple[int, str]]:
        out = []
        prose = prose_case(text)
        for lo, hi in regions or ((0, len(text)),):
            folded = fold_tones(prose[lo:hi])  # both keep lengths, so offsets carry over (key() would strip)
            out += [(lo + m.start(), self.g.province_of[m.group(1)]) for m in self._provinces.finditer(folded)
                    if not _SURNAME_BEFORE.search(folded, max(0, m.start() - 25), m.start())]
        return out

    def mentions(self, text: str, regions: tuple[tuple[int, int], ...] | None = None,
                 new_map: bool = False) -> list[Mention]:
        """Every mention of a body in the text (or in the given stretches of it), in order; where mentions
        overlap the longest is kept. One scan of one combined pattern finds every kind of mention. `new_map`: the
        page was written after the July 2025 merger, so a place's name means the place of the new map first."""
        found: list[Mention] = []
        hint = PlaceHint(self.provinces_placed(text, regions))
        hint.new_map = new_map
        spans = list(regions or ((0, len(text)),))
        scan = _MENTION_SCAN.over(text, spans)
        for lo, hi in spans:
            self._scan(text, scan, lo, hi, hint, found)
        return self._settle(text, found)

    def _scan(self, text: str, scan: ScanOf, lo: int, hi: int, hint: set[str], found: list[Mention]) -> None:
        pos = lo
        while (m := scan.search(pos, hi)) is not None:
            kind = next(k for k in _KINDS if m.group(k) is not None)
            mm = _dispatch(self, kind, _Sub(m, kind), text, hint)
            if mm is None:
                # "tuổi trẻ Thủ đô" is not a province body; the kinds after this one may still read it
                for k in _KINDS[_KINDS.index(kind) + 1:]:
                    alt = _SOURCES[k].match(text, m.start())
                    if alt and (mm := _dispatch(self, k, alt, text, hint)):
                        break
            if mm:
                found.append(mm)
                pos = m.end() if mm.end >= m.end() else mm.end
            else:
                pos = m.start() + 1

    def _settle(self, text: str, found: list[Mention]) -> list[Mention]:
        quotes = [(q.start(), q.end()) for q in _QUOTES_SCAN.finditer(text)]
        found.sort(key=lambda x: (x.start, -(x.end - x.start)))
        out: list[Mention] = []
        for x in found:
            if out and x.start < out[-1].end:
                continue  # inside a longer mention already taken
            if any(a <= x.start < b for a, b in quotes):
                x = Mention(x.start, x.end, x.name, x.level, x.province, x.collective, x.surface, True, x.place)
            out.append(x)
        return out

    def _province_body(self, m: re.Match, hint: set[str]) -> Mention | None:
        head = m.group("head")
        low = re.sub(r"^ban thường vụ\s+", "", re.sub(r"\s+", " ", head.lower()))
        words = _trim_name(m.group("name")).split()
        prov, name = None, ""
        for n in range(min(5, len(words)), 0, -1):  # the longest province name the words start with
            cand = " ".join(words[:n])
            # "Hội LHTN Việt Nam TP.HCM": the abbreviation names the city only after its "TP."
            prov = self.g.province(cand) or (self.g.province(f"TP.{cand}") if re.search(r"tp\.?\s*$", low) else None)
            if prov:
                name = cand
                break
        start_name = m.start("name")
        if prov == "Thừa Thiên Huế" and name == "Huế" and low.startswith("thành"):
            # Huế has been a centrally-run city since 2025: "Thành đoàn Huế" is its province-level Union
            return Mention(m.start(), start_name + len(name), "Thành đoàn Huế", "province", prov, surface=m.group(0))
        city_of_province = prov not in CITIES and (("thành" in low.split()[:1] and "đoàn" in low) or "thành phố" in low or "tp" in low)
        if prov is None or city_of_province:
            # "Thành đoàn Hạ Long", "Thành đoàn Bắc Kạn", "tuổi trẻ Hiệp Đức": a district-level body
            return self._district_named(m, " ".join(words), low, hint)
        end = start_name + len(m.group("name")[: len(name)] if m.group("name").startswith(name) else name)
        s = m.group(0)
        if low.startswith(("tuổi trẻ", "thanh niên")):
            return Mention(m.start(), end, province_union(prov), "province", prov, collective=True, surface=s)
        if low.startswith(("hội đồng đội", "hđđ")):
            return Mention(m.start(), end, f"Hội đồng Đội {province_place(prov)}", "province", prov, surface=s)
        if (young := YOUNG_ASSOCIATION.match(low)) and not low.startswith("hội đồng"):
            return Mention(m.start(), end, f"{head[:young.end()]} {province_place(prov)}", "province", prov, surface=s)
        if low.startswith("hội sinh viên"):
            return Mention(m.start(), end, f"Hội Sinh viên Việt Nam {province_place(prov)}", "province", prov, surface=s)
        if "hội" in low.split()[:3]:
            return Mention(m.start(), end, f"Hội LHTN Việt Nam {province_place(prov)}", "province", prov, surface=s)
        return Mention(m.start(), end, province_union(prov), "province", prov, surface=s)

    def _district_named(self, m: re.Match, name: str, low: str, hint: set[str]) -> Mention | None:
        city = low.startswith("thành") or "thành phố" in low or "tp" in low
        kinds = ("thành phố",) if city else None
        for n in range(len(name.split()), 0, -1):
            cand = " ".join(name.split()[:n])
            options = [p for p, t in lookup(self.g.districts, cand) if not kinds or t in kinds]
            if options:
                prov = self.g.pick(options, hint)
                collective = low.startswith(("tuổi trẻ", "thanh niên"))
                if collective and self.g.province(cand) and not city:
                    return None
                # "tuổi trẻ Tân Uyên" of the thị xã in Bình Dương is its Thị đoàn: the union takes its district's kind
                types = {t for p, t in lookup(self.g.districts, cand) if p == prov} if prov else set()
                kind = next(iter(types)) if len(types) == 1 else None
                canon = f"Thành đoàn {cand}" if city else f"{_UNION_OF_DISTRICT.get(kind, 'Huyện đoàn')} {cand}"
                if "hội" in low.split()[:3] and not low.startswith(("hội đồng", "hội sinh viên")) and \
                        not YOUNG_ASSOCIATION.match(low) and not _UNION_PAIRED.search(m.string, max(0, m.start() - 20), m.start()):
                    # "Hội LHTN TP Hội An": the city's Association, not its Union (but "Thành đoàn - Hội LHTN
                    # TP.Thuận An" names the Union first, the place shared)
                    canon = f"Hội LHTN Việt Nam {'thành phố' if city else (kind or 'huyện')} {cand}"
                return Mention(m.start(), m.start("name") + len(cand), canon, "district", prov,
                               collective=collective, surface=m.group(0))
        if low.startswith("tuổi trẻ") and not city:
            # "Nhiệm kỳ qua, tuổi trẻ Hạ Bằng …" on a page that names "xã Hạ Bằng": that commune's Union
            for n in range(len(name.split()), 0, -1):
                cand = " ".join(name.split()[:n])
                unit = re.search(rf"\b(xã|phường|thị trấn)\s+{re.escape(cand)}\b", m.string)
                if unit and lookup(self.g.communes, cand):
                    return Mention(m.start(), m.start("name") + len(cand), f"Đoàn {unit.group(1)} {cand}", "commune",
                                   self.g.commune_province(cand, hint), collective=True, surface=m.group(0))
        return None

    def _bloc(self, m: re.Match, text: str, hint: set[str]) -> Mention:
        whole = m.group("bloc")
        # (after a capitalised word, or a lower-case one of a name's own: "Tập đoàn Dầu khí quốc gia Việt Nam")
        if re.search(rf"[ \t](?:[{_UPPER}][\w]*|(?!(?:{_CLAUSE_WORDS})$)[{_LOWER}]+)$", whole):
            while (tail := _COMPOUND_TAIL.match(text, m.start() + len(whole))):
                second = re.search(r"\svà\s", tail.group(0))  # "… quốc gia Việt Nam và Công ty TNHH …": a second body
                whole += tail.group(0)[: second.start()] if second else tail.group(0)
                if second:
                    break
        raw = re.sub(r"\s+", " ", whole).strip()
        raw = re.sub(r"(?:\s+(?:và|các))+$", "", raw)  # "… Vùng Cảnh sát biển 2 và đoàn viên": the name ended before "và"
        # the central blocs by their initials: "Đoàn Khối DNTW", "Đoàn Khối CQTW"
        raw = re.sub(r"\bDNTW\b", "Doanh nghiệp Trung ương", re.sub(r"\bCQTW\b", "các cơ quan Trung ương", raw))
        # and the courts and procuracies by theirs: "Chi đoàn VKSND tỉnh Sơn La"
        raw = re.sub(r"\bVKSND\b", "Viện kiểm sát nhân dân", re.sub(r"\bTAND\b", "Tòa án nhân dân", raw))
        raw = re.sub(r"\bTP\.\s?(?:HCM|Hồ Chí Minh)\b", "TP. Hồ Chí Minh", raw)  # the city, as its bodies' names write it
        # a bloc's name ends at "Trung ương" or at the province it belongs to
        cut = re.search(r"(?:Trung ương|T\.Ư|T\.W|TƯ|TW|Chính phủ)\b", raw)  # (then a person: "… Chính phủ Bùi Hoàng Tùng")
        if cut:
            raw = raw[: cut.end()]
        # "Bí thư Đoàn thanh niên Công ty Điện lực Sơn La Hà Tuấn Anh": a post, its body, then the holder's name, which
        # opens on a surname after the name's last capitalised word or its initials ("… miền Bắc (EVNNPC) Trịnh Thị Kim
        # Ngân"; "Đại học Nguyễn Tất Thành" is a school's name)
        if POST_BEFORE.search(text, max(0, m.start() - 25), m.start()) and (person := _PERSON_TAIL.search(raw)) and \
                raw[: person.start()].split()[-1].lstrip("(")[:1].isupper() and \
                not self.g.province(person.group("name")) and not lookup(self.g.districts, person.group("name")):
            raw = raw[: person.start()]
        pm = re.search(r"\b(?:tỉnh|thành phố|TP\.?)\s+(" + _NAME + ")", raw)
        prov = None
        if pm:
            written = _trim_name(pm.group(1))
            prov = self.g.province(written)
            if prov:
                # Huế has been a city since 2025: "TP. Huế" is "thành phố Huế"; and a province's capital city of the
                # same name stays the city ("Chi đoàn Cơ quan UBND thành phố Hưng Yên": the city's, in Hưng Yên)
                city = not pm.group(0).startswith("tỉnh") and prov not in CITIES
                raw = raw[: pm.start()] + ("thành phố Huế" if prov == "Thừa Thiên Huế" and written == "Huế"
                                           else f"thành phố {written}" if city else province_place(prov))
        if pm is None and (tail := re.search(_NAME + "$", raw)):
            # "Đoàn Thanh niên PTSC Quảng Ngãi", "BĐBP TPHCM": a unit named with its province, in its last words
            words = _trim_name(tail.group(0)).split()
            for n in range(len(words), 0, -1):
                written = " ".join(words[-n:])
                if (p3 := self.g.province(written)):
                    prov = p3
                    if written != p3:
                        raw = raw[: raw.rfind(written)] + province_place(p3)
                    break
        if pm is None:
            # "Đoàn Thanh niên Công an Hà Giang", "thanh niên BĐBP Hà Tĩnh": the province's police or border guard, written
            # without "tỉnh"
            um = re.search(r"\b(?:Công an|công an|Quân sự|Biên phòng|BĐBP)\s+(" + _NAME + ")", raw)
            if um and (p2 := self.g.province(_trim_name(um.group(1)))):
                prov = p2
                raw = raw[: um.start(1)] + province_place(p2)
        raw = re.sub(r"\s*\([^)]*\)", "", raw)
        # a state group's Union known by its initials ("Tuổi trẻ EVN") goes by the group's full name
        firm = re.match(r"(?:Đoàn\s+(?:" + _UNION + r"\s+)?|[Tt]uổi trẻ\s+|ĐTN\s+)([A-ZĐ]{3,8})$", raw)
        if firm and firm.group(1) in self.g.enterprise:
            raw = f"Đoàn Thanh niên {self.g.enterprise[firm.group(1)]}"
        national = bool(re.search(r"Trung ương|T\.Ư|TƯ|TW|Chính phủ|Bộ (?!đội|Chỉ huy)|Quân đội|Tập đoàn|Tổng công ty|ĐTN|Ban Thanh niên", raw))
        # ("Đoàn Khối Dân - Chính - Đảng Thành phố": the unit capitalised as the city's own bodies write it)
        if prov is None and not national and re.search(r"\b(?:[Tt]ỉnh|[Tt]hành phố)\s*$", raw) and len(hint) == 1:
            prov = next(iter(hint))
            unit = "thành phố" if raw.lower().endswith("thành phố") else "tỉnh"
            raw = re.sub(r"\s*(?:[Tt]ỉnh|[Tt]hành phố)$", "", raw) + " " + (
                "thành phố Huế" if prov == "Thừa Thiên Huế" and unit == "thành phố" else province_place(prov))
        end = m.start() + len(whole) if len(raw) >= len(whole) else m.start() + len(raw)
        return Mention(m.start(), max(end, m.start() + 4), bloc_name(raw), "bloc", None if national else prov,
                       surface=m.group(0))

    def _place(self, m: re.Match, hint: set[str]) -> Mention | None:
        unit, name = m.group("unit"), _trim_name(m.group("name"))
        start, end = m.start("unit"), m.start("name") + len(name)
        if unit == "tỉnh" or (unit == "thành phố" and self.g.province(name) in CITIES):
            prov = self.g.province(name)
            return Mention(start, end, province_union(prov), "province", prov, True, m.group(0), place=True) if prov else None
        if unit in ("huyện", "quận", "thị xã", "thành phố"):
            if not lookup(self.g.districts, name):
                return None
            prov = self.g.district_province(name, hint)
            canon = {"huyện": "Huyện đoàn", "quận": "Quận đoàn", "thị xã": "Thị đoàn", "thành phố": "Thành đoàn"}[unit]
            return Mention(start, end, f"{canon} {name}", "district", prov, True, m.group(0), place=True)
        prov = self.g.commune_province(name, hint)
        return Mention(start, end, f"Đoàn {unit} {name}", "commune", prov, True, m.group(0), place=True)

    def _district(self, m: re.Match, hint: set[str]) -> Mention | None:
        kind = re.sub(r"\s+", " ", m.group("kind").lower())
        name = _trim_name(m.group("name"))
        if name.isdigit() and "quận" not in kind:
            return None  # only a quận goes by a number
        if kind.startswith(("tuổi trẻ", "thanh niên")) and kind in ("tuổi trẻ", "thanh niên"):
            return None  # "tuổi trẻ X" is read by the province pattern, which falls back to districts
        if kind.startswith("thành"):
            return None  # likewise "Thành đoàn X"
        unit = "quận" if "quận" in kind else "thị xã" if re.search(r"thị xã|\btx\b", kind) else "huyện"
        # the unit the text names narrows the gazetteer: "TX.Tân Uyên" is Bình Dương's thị xã, not Lai Châu's huyện
        named_unit = unit if re.search(r"quận|thị xã|\btx\b|huyện", kind) else None
        for n in range(len(name.split()), 0, -1):
            cand = " ".join(name.split()[:n])
            if lookup(self.g.districts, cand):
                narrowed = [p for p, t in lookup(self.g.districts, cand) if t == named_unit]
                prov = self.g.pick(narrowed, hint) if narrowed else self.g.district_province(cand, hint)
                if kind.startswith(("hội đồng đội", "hđđ")):
                    canon = f"Hội đồng Đội {unit} {cand}"
                elif "hội" in kind.split()[:3]:
                    canon = f"Hội LHTN Việt Nam {unit} {cand}"
                elif unit == "quận":
                    canon = f"Quận đoàn {cand}"
                elif unit == "thị xã" or "thị" in kind:
                    canon = f"Thị đoàn {cand}"
                else:
                    canon = f"Huyện đoàn {cand}"
                return Mention(m.start(), m.start("name") + len(cand), canon, "district", prov,
                               collective=kind.startswith(("tuổi trẻ", "thanh niên")), surface=m.group(0))
        return None

    def _commune(self, m: re.Match, text: str, hint: set[str]) -> Mention | None:
        name = _trim_name(m.group("name"))
        kind = re.sub(r"^Đoàn .*?[Tt]rường (?=THPT|THCS|PTDTNT|Trung cấp)", "Đoàn trường ", re.sub(r"\s+", " ", m.group("kind")))
        low = kind.lower()
        pm = _PLACE_HINT.search(text, m.end(), m.end() + 60)
        district = _trim_name(pm.group("name")) if pm else None
        end = m.start("name") + len(name)
        if low.startswith(("liên đội", "đoàn trường")):
            prov = next(iter(hint)) if len(hint) == 1 else None
            if low.startswith("liên đội"):
                # a school's Pioneer troop goes by its school's level, spelt out: "Liên đội Tiểu học Linh Đông"
                kind = re.sub(r"^Liên đội (?:[Tt]rường )?(?:TH|[Tt]iểu học)$", "Liên đội Tiểu học",
                              re.sub(r"^Liên đội [Tt]rường (?=THCS|THPT|[Tt]rung học)", "Liên đội ", kind))
            number = f" số {m.group('number').split()[-1]}" if m.group("number") else ""
            return Mention(m.start(), end, f"{kind}{number} {name}", "commune", prov, surface=m.group(0))
        if kind[0].islower() and not lookup(self.g.communes, name):
            return None  # "các đoàn xã Sơn La": in lower case the unit is a body only when the gazetteer knows the place
        if POST_BEFORE.search(text, max(0, m.start() - 25), m.start()) and not lookup(self.g.communes, name):
            return None  # "Bí thư Đoàn xã Thào A Mua": the post's holder, the commune unnamed
        prov = self.g.commune_province(name, hint, district)
        if prov is None and district:
            prov = self.g.district_province(district, hint)
        unit = "phường" if "phường" in low else "thị trấn" if ("thị trấn" in low or re.search(r"\btt\b", low)) else "xã"
        canon = f"Hội LHTN Việt Nam {unit} {name}" if low.startswith("hội") else f"Đoàn {unit} {name}"
        return Mention(m.start(), end, canon, "commune", prov, surface=m.group(0))


# A body named only by its kind ("Tỉnh đoàn", "Huyện đoàn", "Đoàn Thanh niên Công an tỉnh"): the page never said
# which one, so two such pages may be two provinces and their figures must not be compared or summed.
_UNNAMED = re.compile(r"^(?:Tỉnh|Thành|Huyện|Quận|Thị|Xã|Phường)\s*đoàn$|^Đoàn\s+(?:xã|phường|Khối)$|"
                      r"\s(?:tỉnh|huyện|xã|phường|quận|thành phố)$", re.I)


_HOI = re.compile(r"^(?:Trung ương |Ủy ban )?Hội (?:LHTN|Liên hiệp|Sinh viên)", re.I)
_DOI = re.compile(r"^(?:Hội đồng Đội|Liên đội|Chi đội)", re.I)


def body_of(org: str | None) -> str | None:
    """Which of the three bodies an organisation is: the Association (hoi), the Pioneers (doi) or the Đoàn (doan).
    A provincial Hội's parent is Trung ương Hội, not Trung ương Đoàn."""
    if not org:
        return None
    return "hoi" if _HOI.match(org) else "doi" if _DOI.match(org) else "doan"


# A bloc named only by the kind of unit it serves ("Đoàn Khối cơ quan", "Đoàn Thanh niên Công an", "Đoàn Khối các cơ quan
# và doanh nghiệp"): every province has one, so without its place it is no more identified than a bare "Tỉnh đoàn"
# (but "Đoàn Thanh niên Bộ Công an" is the ministry's own)
_KIND_OF_BLOC = re.compile(r"^(?:Chi đoàn|Đoàn(?:\s+(?:Thanh niên|TNCS Hồ Chí Minh))?)(?:\s+(?:[-–]|Khối|các|cơ quan|và|doanh nghiệp|"
                           r"Dân|Chính|Đảng|(?<!Bộ )Công an|Cụm|Bộ Chỉ huy Quân sự|Quân sự|Bộ đội Biên phòng|Biên phòng|ngành))+$", re.I)


def identifies(org: str | None, level: str | None, province: str | None) -> bool:
    """Whether an organisation's name says which body it is: a national body, or a name with its place."""
    if not org:
        return False
    name = org.strip()
    return level == "national" or province is not None or not (_UNNAMED.search(name) or _KIND_OF_BLOC.match(name))


_UNION_OF_DISTRICT = {"huyện": "Huyện đoàn", "quận": "Quận đoàn", "thị xã": "Thị đoàn", "thành phố": "Thành đoàn"}


def province_union(prov: str) -> str:
    return f"{'Thành đoàn' if prov in CITIES else 'Tỉnh đoàn'} {_place(prov)}"


def province_place(prov: str) -> str:
    """The province as a body's name ends: "tỉnh Quảng Nam", "thành phố Hà Nội", "TP. Hồ Chí Minh"."""
    return _place(prov) if prov == "Hồ Chí Minh" else f"{'thành phố' if prov in CITIES else 'tỉnh'} {prov}"


def _place(prov: str) -> str:
    return "TP. Hồ Chí Minh" if prov == "Hồ Chí Minh" else prov  # the bare name is the President's


# ministries go by their initials in the news and by their names in the gold
_MINISTRIES = {"GD&ĐT": "Giáo dục và Đào tạo", "GDĐT": "Giáo dục và Đào tạo", "LĐ-TB&XH": "Lao động - Thương binh và Xã hội",
               "LĐTB&XH": "Lao động - Thương binh và Xã hội", "VH-TT&DL": "Văn hóa, Thể thao và Du lịch",
               "VHTT&DL": "Văn hóa, Thể thao và Du lịch", "NN&PTNT": "Nông nghiệp và Phát triển nông thôn",
               "TN&MT": "Tài nguyên và Môi trường", "KH&CN": "Khoa học và Công nghệ", "KH&ĐT": "Kế hoạch và Đầu tư",
               "TT&TT": "Thông tin và Truyền thông", "GTVT": "Giao thông vận tải", "CA": "Công an", "QP": "Quốc phòng"}


# "Đoàn Thanh niên Công ty đã huy động …" on a page that names "Công ty Cổ phần Than Vàng Danh - Vinacomin": an
# institution called by its bare head is the one the page names in full
_BARE_HEAD = re.compile(r"(?:Tổng công ty|Công ty|Học viện|Tập đoàn|Bệnh viện|Ngân hàng|Nhà máy)$", re.I)


def completed_institution(name: str | None, text: str) -> str | None:
    head = _BARE_HEAD.search(name or "")
    if not head:
        return name
    fulls: dict[str, int] = {}
    for m in re.finditer(rf"(?<!\w)(?i:{re.escape(head.group(0))})((?:(?:[^\S\n]+|[ \t][-–][ \t](?={_CAP})){_BLOC_WORD}){{1,8}})",
                         text):
        tail = re.sub(r"(?:\s+(?:và|các|tỉnh|thành|phố|trường|học))+$", "", m.group(1)).strip()
        if tail and tail[0].isupper():
            fulls[tail] = fulls.get(tail, 0) + 1
    if not fulls:
        return name
    tail = max(fulls, key=lambda t: (fulls[t], len(t)))
    return f"{name} {tail}"


def bloc_name(raw: str) -> str:
    s = re.sub(r"\bT\.Ư\b|\bT\.W\b|\bTƯ\b|\bTW\b", "Trung ương", raw)
    s = re.sub(r"^[Tt]uổi trẻ\s+(?=[Kk]hối)", "Đoàn ", s)
    s = re.sub(r"^ĐTN\s+", "Đoàn Thanh niên ", s)
    s = re.sub(r"^(?:[Tt]uổi trẻ|(?:đoàn viên,?\s+)?[Tt]hanh niên)\s+", "Đoàn Thanh niên ", s)
    s = re.sub(r"^Đoàn\s+" + _UNION + r"\s+", "Đoàn Thanh niên ", s)
    s = re.sub(r"^Chi\s+đoàn\s+" + _UNION + r"\s+", "Chi đoàn ", s)
    # "Đoàn Công an tỉnh Hà Giang", "Đoàn Tập đoàn Bưu chính Viễn thông Việt Nam": a unit's Union, which the labels (113
    # of 116) write "Đoàn Thanh niên" + the unit
    s = re.sub(r"^Đoàn\s+(?=(?:Công an|Bộ đội|Tập đoàn|Tổng [Cc]ông ty|Công ty|Ngân hàng|Bộ|Báo|Bệnh viện|Cục|Viện|Đài|"
               r"Điện lực|Cảng|Học viện|Tổng cục|Kho bạc)\b)", "Đoàn Thanh niên ", s)
    s = re.sub(r"^(?:Ban|Bộ) Chỉ huy\s+(?:Bộ đội Biên phòng|BĐBP)\s+", "Đoàn Thanh niên Bộ đội Biên phòng ", s)
    s = re.sub(r"^Bộ Chỉ huy Quân sự\s+", "Đoàn Thanh niên Bộ Chỉ huy Quân sự ", s)
    s = re.sub(r"^Đoàn(?: Thanh niên)?\s*[–-]\s*Hội Sinh viên(?:\s+Việt Nam)?\s+", "Đoàn Thanh niên ", s)
    s = re.sub(r"^Đoàn Thanh niên (?:LLVT|Bộ CHQS)\b", "Đoàn Thanh niên Bộ Chỉ huy Quân sự", s)  # a province's armed forces
    s = re.sub(r"\bBĐBP\b", "Bộ đội Biên phòng", s)
    s = re.sub(r"\bĐHQG\b", "Đại học Quốc gia", s)
    s = re.sub(r"\bĐH\b", "Đại học", s)
    s = re.sub(r"\bCĐ\b", "Cao đẳng", s)
    s = re.sub(r"(?<=\w )VN$", "Việt Nam", s)  # "Học viện Nông nghiệp VN": labels write the country out
    # ("Đoàn trường Cao Đẳng Đại Việt Sài Gòn": a page that capitalises every syllable of the school's kind)
    s = re.sub(r"\bCao Đẳng\b", "Cao đẳng", re.sub(r"\bĐại Học\b", "Đại học", s))
    # ("Đoàn trường Đại học Nam Cần Thơ" stays as the page writes it: labels follow the page, 17 to 12)
    s = re.sub(r"^Đoàn\s+[Tt]rường\s+(?=Đại học|Cao đẳng|Học viện)", "Đoàn trường ", s)
    s = re.sub(r"^Đoàn Thanh niên trường\s+(?=Đại học|Cao đẳng|Học viện|Trung cấp)", "Đoàn Thanh niên Trường ", s)
    # the Union of the Border Guard's full name; a post keeps its own ("Chi đoàn Đồn Biên phòng Keng Đu": 8 labels of 8)
    s = re.sub(r"(?<!Bộ đội )(?<!Đồn )\bBiên phòng\b", "Bộ đội Biên phòng", s)
    s = re.sub(r"^Đoàn Thanh niên [Kk]hối", "Đoàn Khối", s)
    s = re.sub(r"^Đoàn (?:Thanh niên )?(?=Dân [Cc]hính Đảng|Dân - Chính - Đảng)", "Đoàn Khối ", s)
    s = re.sub(r"^Đoàn khối", "Đoàn Khối", s)
    for short, full in _MINISTRIES.items():
        s = re.sub(rf"\bBộ {re.escape(short)}(?![\w&-])", f"Bộ {full}", s)
    s = re.sub(r"\bCCQ\b", "các cơ quan", s)
    s = re.sub(r"\bCác cơ quan\b", "các cơ quan", s)
    s = re.sub(r"\bcông an\b", "Công an", s)
    if s.startswith("ĐTN "):
        s = "Đoàn Thanh niên " + s[4:]
    s = re.sub(r"\s*\([A-ZĐ][A-ZĐ&.-]{1,9}\)(?=\s)", "", s)
    # "Đoàn Khối CCQ Tỉnh": a bloc of the province the page is about, its unit capitalised as a title writes it
    s = re.sub(r"(?<=\s)(Tỉnh|Thành phố|Huyện)$", lambda u: u.group(1).lower(), s)
    # a capitalised word that opens the next phrase is no part of the name ("… Tổng công ty Sonadezi Đại hội …")
    s = _OPENS_NEXT_PHRASE.sub("", s.strip())
    return s.strip()


# (the words that end a name, less those a name can also end on: a place's "Xuân Trường", a unit's "Tỉnh")
_OPENS_NEXT_PHRASE = re.compile(r"(?:\s+(?:" + "|".join(sorted(_NOT_NAME - {
    "Đoàn", "Hội", "TNCS", "Thanh", "Nhân", "Chiến", "Tuổi", "Trường", "Xã", "Huyện", "Tỉnh", "Phường", "Quận"})) + r"))+$")


# A body is the subject of what follows when it heads a clause ("…, Ban Thanh niên Quân đội làm mới …") or its
# verb follows it; not after "của", "do", "cho", a person's title or an award ("Bằng khen của Trung ương Đoàn").
_NOT_SUBJECT_BEFORE = re.compile(
    r"(?:\bcủa|\bdo|\btheo|\bvới|\bcùng|\bphối hợp(?: với)?|\bcho|\btại|\bthuộc|\btrực thuộc|\bBí thư|\bPhó Bí thư|"
    r"\bChủ tịch|\b[ỦU]ỷ viên|\bỦy viên|\bTrưởng ban|\bThường trực|\bGiám đốc|\bđại diện|\blãnh đạo|\bkhen thưởng|\bBằng khen|\bbằng khen|\bnhận|\bgiữa|\bvà|\bhướng dẫn|"
    r"\bKế hoạch|\bkế hoạch|\bchỉ đạo|\bHưởng ứng|\bhưởng ứng|\bThực hiện|\bthực hiện|\bđến(?! nay)|\bvề)\s*(?:\S+\s+){0,1}$")
_SUBJECT_AFTER = re.compile(
    r"^\s*(?:đã|vừa|cũng|tiếp tục|đạt|thực hiện|triển khai|tổ chức|đảm nhận|làm|xây dựng|trao|tặng|hỗ trợ|huy động|"
    r"vận động|có|với|giới thiệu|kết nạp|trồng|thu hút|phấn đấu|đề ra|xác định|dẫn đầu|là|hoàn thành|ra quân|"
    r"phát động|duy trì|thành lập|sửa chữa|khám|cấp|tuyên truyền|[,:])", re.I)
_HEAD_PREP = re.compile(r"(?:^|[,;:(\-–]|\.)\s*(?:[Rr]iêng|[Tt]rên|[Tt]rong|[Tt]ại|[Ởở]|[Vv]ới|[Đđ]ối với)?\s*$")


def is_subject(text: str, m: Mention, lo: int = 0) -> bool:
    before = text[max(lo, m.start - 30): m.start]
    after = text[m.end: m.end + 40]
    if _NOT_SUBJECT_BEFORE.search(before):
        return False
    return bool(_HEAD_PREP.search(before) or _SUBJECT_AFTER.match(after))


class _Sub:
    """One alternative's match inside the combined pattern, read with that alternative's own group names."""

    __slots__ = ("m", "k")

    def __init__(self, m: re.Match, k: str):
        self.m, self.k = m, k

    @property
    def string(self) -> str:
        return self.m.string

    def group(self, name: str | int = 0):
        return self.m.group(self.k if name == 0 else f"{self.k}_{name}")

    def start(self, name: str | None = None) -> int:
        return self.m.start(self.k if name is None else f"{self.k}_{name}")

    def end(self, name: str | None = None) -> int:
        return self.m.end(self.k if name is None else f"{self.k}_{name}")


def _dispatch(reader: OrganisationReader, kind: str, m: _Sub, text: str, hint: set[str]) -> Mention | None:
    if kind == "NATB":
        s = m.group(0)
        if re.search(r" trẻ Việt Nam$", s):
            name = re.sub(r"^(?:TƯ|T\.Ư)\s+", "Trung ương ", re.sub(r"\s+", " ", s))
            return Mention(m.start(), m.end(), name, "national", None, surface=s)
        name = NATIONAL_DOI if "Đội" in s else NATIONAL_HSV if "inh viên" in s else NATIONAL_HOI if "Hội" in s else NATIONAL
        return Mention(m.start(), m.end(), name, "national", None, surface=s)
    if kind == "NATC":
        return Mention(m.start(), m.end(), NATIONAL, "national", None, collective=True, surface=m.group(0))
    if kind == "BLOC":
        return reader._bloc(m, text, hint)
    if kind == "PROV":
        return reader._province_body(m, hint)
    if kind == "DIST":
        return reader._district(m, hint)
    if kind == "COMM":
        return reader._commune(m, text, hint)
    if kind == "BARE":
        level = BARE_LEVEL[m.group("unit")] if m.group("unit") else \
            BARE_LEVEL[m.group("hunit").capitalize()] if m.group("hunit") else \
            {"tỉnh": "province", "thành phố": "province", "huyện": "district"}[m.group("dunit")] if m.group("dunit") else \
            BARE_LEVEL[m.group("tunit").split()[0].capitalize()]  # "thành phố" is a "Thành đoàn"'s unit
        return Mention(m.start(), m.end(), None, level, None, collective=True, surface=m.group(0))
    if kind == "PLACE":
        return reader._place(m, hint)
    unit = (m.group("unit") or m.group("unit2") or "tỉnh").lower()
    return Mention(m.start(), m.end(), None, _LEVEL_OF_UNIT.get(unit, "province"), None, collective=True,
                   surface=m.group(0))


# One scan for every kind of mention: the alternatives in order of preference where two start at the same place
# (the more specific first), behind one lookahead on the letters any of them can start with, so that all other
# positions fail at once.
_KINDS = ("BLOC", "COMM", "PROV", "DIST", "NATB", "PLACE", "NATC", "OWN", "BARE")
_SOURCES = {"BLOC": _BLOC, "COMM": _COMMUNE_BODY, "DIST": _DISTRICT_BODY, "PROV": _PROVINCE_BODY, "NATB": _NAT_BODY,
            "PLACE": _PLACE_HEAD, "NATC": _NAT_COLLECTIVE, "OWN": _OWN_COLLECTIVE, "BARE": _BARE_UNION}
_ALL_MENTIONS = re.compile("(?<!\\w)(?=[BTỦUHcCtĐXPQLỞRrhđxpq])(?:" + "|".join(
    f"(?P<{k}>" + re.sub(r"\(\?P<(\w+)>", lambda g, k=k: f"(?P<{k}_{g.group(1)}>", _SOURCES[k].pattern) + ")"
    for k in _KINDS) + ")")
_MENTION_SCAN = LiteralScan(_ALL_MENTIONS)
