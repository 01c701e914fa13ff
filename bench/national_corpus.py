"""`make corpus`: a deterministic synthetic national corpus for the benchmark.

Every pre-2025 province, the two central blocs and Trung ương Đoàn, 2017 to 2026: annual programmes,
news announcing them, Youth-Month plans and their results in the press, summer-campaign and children's
plans and their results, half-year and year-end reports, year-in-review news, congress resolutions
(2017-2022, 2022-2027 and, for the merged provinces, 2025-2030), mid-term reviews and term-end reports.
From July 2025 the documents come from the 34 merged provinces (an absorbing province's Tỉnh đoàn keeps
its name and speaks for the whole merged province).

Wording follows the dev corpus: numbered "Chỉ tiêu n:" lists, news prose with the figure mid-sentence,
qualifiers (trên, hơn, ít nhất, phấn đấu, gần, khoảng), number styles (12.500, 12,5 nghìn, 1,2 triệu,
3,5 tỷ đồng), HTML pages with navigation and scripts for a tenth of the news. Values are consistent by
construction (targets follow each organisation's size and a trend, results land near their targets,
term targets cover five years, national targets exceed the provinces' sum) except for a planted set of
inconsistencies, several per quality rule, written to planted.jsonl with the document that carries each.

Output (default warehouse/national_corpus/):
  raw/            the documents (no manifest: facts are read from the text, as for real documents)
  planted.jsonl   {"rule", "file", "org", "indicator", "period", "what"} per planted inconsistency
  truth.jsonl     {"file", "org", "org_level", "province", "period", "doc_type", "measures": [...]}
  corpus.json     counts, bytes, seed

Pure Python, standard library only; the same seed gives byte-identical files.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import shutil
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PROVINCES_CSV = REPO / "pipelines" / "reference" / "provinces.csv"
CITIES = {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"}
YEARS = range(2017, 2027)
MERGER_YEAR = 2025  # from July 2025 documents come from the 34 merged provinces
LAST_YEAR = 2026  # year-end reports for 2026 are not written yet (it is November 2026)

# indicator -> (unit, base value per unit of organisation size, target phrasings, result phrasings).
# "{v}" is the formatted number; "{q}" a qualifier word before it. Phrasings come from the dev corpus.
INDICATORS: dict[str, tuple[str, float, list[str], list[str]]] = {
    "trees_planted": ("count", 40_000, ["{q}{v} cây xanh được đoàn viên, thanh niên tham gia trồng mới",
                                        "trồng mới {q}{v} cây xanh"],
                      ["trồng mới {q}{v} cây xanh", "trồng được {q}{v} cây xanh"]),
    "new_members_admitted": ("count", 2_500, ["kết nạp {q}{v} đoàn viên mới", "{q}{v} đoàn viên mới được kết nạp"],
                             ["kết nạp được {q}{v} đoàn viên mới", "kết nạp {q}{v} đoàn viên mới"]),
    "party_referrals": ("count", 600, ["giới thiệu {q}{v} đoàn viên ưu tú cho Đảng xem xét, kết nạp"],
                        ["giới thiệu {q}{v} đoàn viên ưu tú cho Đảng xem xét, kết nạp"]),
    "houses_built": ("count", 25, ["xây dựng, sửa chữa {q}{v} căn nhà nhân ái", "{q}{v} nhà nhân ái được xây mới"],
                     ["xây dựng, sửa chữa {q}{v} căn nhà nhân ái", "bàn giao {q}{v} nhà nhân ái"]),
    "startup_projects_supported": ("count", 30, ["hỗ trợ {q}{v} dự án khởi nghiệp của thanh niên"],
                                   ["hỗ trợ {q}{v} dự án khởi nghiệp của thanh niên"]),
    "job_referrals": ("count", 3_000, ["giới thiệu việc làm cho {q}{v} thanh niên"],
                      ["giới thiệu việc làm cho {q}{v} thanh niên", "giúp {q}{v} thanh niên tìm được việc làm"]),
    "members_excellent_pct": ("percent", 25, ["{q}{v} đoàn viên được xếp loại hoàn thành xuất sắc nhiệm vụ"],
                              ["có {q}{v} đoàn viên được xếp loại hoàn thành xuất sắc nhiệm vụ"]),
    "youth_loans_vnd": ("vnd", 4e9, ["hỗ trợ thanh niên vay vốn {q}{v}"],
                        ["hỗ trợ thanh niên vay vốn {q}{v}", "giải ngân {q}{v} cho thanh niên vay vốn"]),
    "youth_works": ("count", 300, ["{q}{v} công trình, phần việc thanh niên", "thực hiện {q}{v} công trình thanh niên"],
                    ["thực hiện {q}{v} công trình, phần việc thanh niên", "khánh thành {q}{v} công trình thanh niên"]),
    "volunteer_turns": ("count", 30_000, ["{q}{v} lượt đoàn viên, thanh niên tham gia các hoạt động tình nguyện"],
                        ["thu hút {q}{v} lượt đoàn viên, thanh niên tham gia các hoạt động tình nguyện"]),
    "blood_units": ("count", 2_000, ["tiếp nhận {q}{v} đơn vị máu"], ["tiếp nhận {q}{v} đơn vị máu",
                                                                     "vận động được {q}{v} đơn vị máu"]),
    "medical_checkups": ("count", 4_000, ["khám bệnh, cấp thuốc miễn phí cho {q}{v} người dân"],
                         ["khám bệnh, cấp thuốc miễn phí cho {q}{v} người dân"]),
    "volunteer_teams": ("count", 80, ["thành lập {q}{v} đội hình tình nguyện"], ["tổ chức {q}{v} đội hình tình nguyện"]),
    "bridges_built": ("count", 6, ["xây dựng {q}{v} cầu dân sinh"], ["xây dựng {q}{v} cầu dân sinh"]),
    "rural_roads_km": ("km", 40, ["làm mới, sửa chữa {q}{v} km đường giao thông nông thôn"],
                       ["làm mới, sửa chữa {q}{v} km đường giao thông nông thôn"]),
    "playgrounds": ("count", 40, ["xây dựng {q}{v} điểm vui chơi cho thiếu nhi"], ["xây dựng {q}{v} điểm vui chơi cho thiếu nhi"]),
    "gifts": ("count", 5_000, ["trao {q}{v} suất quà cho thiếu nhi"], ["trao {q}{v} suất quà cho thiếu nhi",
                                                                     "tặng {q}{v} suất học bổng cho học sinh vượt khó"]),
    "disadvantaged_children_supported": ("count", 1_500, ["hỗ trợ {q}{v} thiếu nhi có hoàn cảnh khó khăn"],
                                         ["hỗ trợ {q}{v} thiếu nhi có hoàn cảnh khó khăn"]),
}
# which plan owns an indicator's target (each indicator has one plan a year, so figures never compete)
ANNUAL = ["trees_planted", "new_members_admitted", "party_referrals", "houses_built", "startup_projects_supported",
          "job_referrals", "members_excellent_pct", "youth_loans_vnd"]
YOUTH_MONTH = ["youth_works", "volunteer_turns", "blood_units", "medical_checkups"]
SUMMER = ["volunteer_teams", "bridges_built", "rural_roads_km"]
CHILDREN = ["playgrounds", "gifts", "disadvantaged_children_supported"]
TERM = ["trees_planted", "new_members_admitted", "party_referrals", "houses_built", "startup_projects_supported",
        "job_referrals"]

TARGET_Q = ["", "", "", "phấn đấu ", "ít nhất ", "tối thiểu ", "trên "]
RESULT_Q = ["", "", "", "hơn ", "trên ", "gần ", "khoảng "]

# Prose without figures: what every Union plan and report is mostly made of.
PROSE = [
    "Tiếp tục đẩy mạnh việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với việc thực hiện cuộc vận động xây dựng phong cách cán bộ Đoàn.",
    "Các cấp bộ Đoàn chủ động đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở, lấy đoàn viên, thanh niên làm trung tâm.",
    "Công tác giáo dục chính trị, tư tưởng, đạo đức, lối sống cho đoàn viên, thanh niên được triển khai bằng nhiều hình thức phong phú, phù hợp với từng đối tượng.",
    "Phong trào thi đua, tình nguyện tiếp tục được duy trì, lan tỏa sâu rộng, thu hút đông đảo đoàn viên, thanh niên tham gia.",
    "Ban Thường vụ chỉ đạo các cơ sở Đoàn rà soát, đánh giá chất lượng đoàn viên, củng cố các chi đoàn yếu kém, nâng cao chất lượng sinh hoạt chi đoàn.",
    "Công tác kiểm tra, giám sát được thực hiện thường xuyên, kịp thời chấn chỉnh những hạn chế, thiếu sót trong quá trình triển khai nhiệm vụ.",
    "Đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong công tác Đoàn, quản lý đoàn viên trên nền tảng số.",
    "Các hoạt động chăm lo cho thiếu nhi được tổ chức thiết thực, đặc biệt là thiếu nhi ở vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số.",
    "Tuổi trẻ tích cực tham gia bảo vệ môi trường, ứng phó với biến đổi khí hậu, xây dựng nông thôn mới và đô thị văn minh.",
    "Công tác phối hợp với các sở, ban, ngành, đoàn thể tiếp tục được tăng cường, tạo nguồn lực cho các hoạt động của tuổi trẻ.",
    "Việc tổ chức Đại hội Hội Liên hiệp Thanh niên các cấp được thực hiện đúng quy trình, đảm bảo tiến độ đề ra.",
    "Đội ngũ cán bộ Đoàn được quan tâm đào tạo, bồi dưỡng, từng bước đáp ứng yêu cầu nhiệm vụ trong tình hình mới.",
    "Tuy nhiên, một số cơ sở Đoàn chưa chủ động trong tham mưu, đề xuất; nội dung sinh hoạt ở một số chi đoàn còn đơn điệu.",
    "Nguồn lực cho hoạt động của tổ chức Đoàn ở cơ sở còn hạn chế, chưa đáp ứng được nhu cầu của đoàn viên, thanh niên.",
    "Công tác nắm bắt tình hình tư tưởng, nhu cầu, nguyện vọng của thanh niên có lúc chưa kịp thời.",
    "Các câu lạc bộ, đội, nhóm sở thích tiếp tục duy trì hoạt động, tạo sân chơi lành mạnh cho thanh thiếu nhi.",
    "Phong trào Thanh niên tình nguyện gắn với các chương trình phát triển kinh tế - xã hội của địa phương.",
    "Chương trình Tiếp sức mùa thi được triển khai đồng bộ, hỗ trợ kịp thời thí sinh và người nhà thí sinh.",
    "Công tác tuyên truyền trên không gian mạng được đẩy mạnh, đấu tranh phản bác các quan điểm sai trái, thù địch.",
    "Các hoạt động đền ơn đáp nghĩa, uống nước nhớ nguồn được tổ chức trang trọng, ý nghĩa.",
    "Đoàn viên, thanh niên phát huy vai trò xung kích trong cải cách hành chính, hướng dẫn người dân sử dụng dịch vụ công trực tuyến.",
    "Mô hình thanh niên khởi nghiệp, lập nghiệp tiếp tục được nhân rộng, tạo việc làm và thu nhập ổn định cho thanh niên.",
    "Hoạt động của Hội Sinh viên và Hội đồng Đội các cấp được triển khai đồng bộ, có nhiều điểm mới.",
    "Các cấp bộ Đoàn cần bám sát sự chỉ đạo của cấp ủy, chủ động xây dựng kế hoạch cụ thể, phân công rõ người, rõ việc.",
    "Kịp thời biểu dương, khen thưởng các tập thể, cá nhân có thành tích xuất sắc, đồng thời rút kinh nghiệm những đơn vị triển khai chậm.",
    "Chú trọng bồi dưỡng, giới thiệu đoàn viên ưu tú cho Đảng, góp phần xây dựng Đảng, chính quyền trong sạch, vững mạnh.",
    "Tổ chức các hoạt động giao lưu, trao đổi kinh nghiệm giữa các đơn vị, tạo khí thế thi đua sôi nổi trong toàn Đoàn.",
    "Ban Thường vụ đề nghị các đơn vị báo cáo kết quả thực hiện đúng thời gian quy định để tổng hợp.",
]
SECTIONS_PLAN = ["I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG TRỌNG TÂM", "III. GIẢI PHÁP THỰC HIỆN", "IV. TỔ CHỨC THỰC HIỆN"]
SECTIONS_REPORT = ["I. ĐẶC ĐIỂM TÌNH HÌNH", "II. KẾT QUẢ THỰC HIỆN", "III. ĐÁNH GIÁ CHUNG", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ"]
PROSE_SCALE = 1.75
ROMAN = {2017: "XIV", 2022: "XV", 2025: "XVI"}


@dataclass
class Org:
    name: str  # "Tỉnh đoàn Bình Phước", "Đoàn Khối các cơ quan Trung ương", "Trung ương Đoàn"
    level: str  # province | bloc | national
    province: str | None  # the province as named in text (pre-merger name; a merged province keeps it)
    size: float  # relative size: values scale with it
    first_year: int
    last_year: int
    merged: bool = False  # a post-July-2025 province
    slug: str = ""
    members: list[str] = field(default_factory=list)  # old provinces a merged province covers


def _slug(s: str) -> str:
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return "_".join("".join(c if c.isalnum() else " " for c in s).split())


def load_orgs(rng: random.Random) -> tuple[list[Org], list[Org]]:
    """(pre-merger organisations, post-merger organisations). Blocs and Trung ương Đoàn are in both."""
    rows = list(csv.DictReader(PROVINCES_CSV.open(encoding="utf-8")))
    # provinces differ in size several-fold (log-normal), the two largest cities most
    size = {r["old_name"]: (4.0 if r["old_name"] in ("Hà Nội", "Hồ Chí Minh") else
                            round(min(3.0, max(0.35, rng.lognormvariate(0.0, 0.45))), 2)) for r in rows}

    def org_name(p: str) -> str:
        # the bare "Hồ Chí Minh" is the President's name: the city's union is "Thành đoàn TP. Hồ Chí Minh"
        return "Thành đoàn TP. Hồ Chí Minh" if p == "Hồ Chí Minh" else f"Thành đoàn {p}" if p in CITIES else f"Tỉnh đoàn {p}"

    old = [Org(org_name(r["old_name"]), "province", r["old_name"], size[r["old_name"]], 2017, MERGER_YEAR,
               slug=_slug(r["old_name"])) for r in rows]
    new = []
    for name in dict.fromkeys(r["new_name"] for r in rows):
        members = [r["old_name"] for r in rows if r["new_name"] == name]
        # the absorbing province's old name is the merged one's (Thừa Thiên Huế became Huế)
        anchor = name if name in size else next(m for m in members if name in m)
        new.append(Org(org_name(name), "province", anchor, round(sum(size[m] for m in members), 2), MERGER_YEAR,
                       LAST_YEAR, merged=True, slug=_slug(name) + "_moi", members=members))
    blocs = [Org("Đoàn Khối các cơ quan Trung ương", "bloc", None, 0.6, 2017, LAST_YEAR, slug="doan_khoi_cqtw"),
             Org("Đoàn Khối Doanh nghiệp Trung ương", "bloc", None, 0.5, 2017, LAST_YEAR, slug="doan_khoi_dntw")]
    national = Org("Trung ương Đoàn", "national", None, 0.0, 2017, LAST_YEAR, slug="trung_uong_doan")
    national.size = round(1.25 * sum(o.size for o in old), 2)  # national targets exceed the provinces' sum
    return old + blocs + [national], new + blocs + [national]


def fmt_int(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def fmt_dec(x: float) -> str:
    """1.5 -> "1,5"; 12.0 -> "12" (Vietnamese decimal comma)."""
    s = f"{x:.1f}".rstrip("0").rstrip(".")
    return s.replace(".", ",")


class Numbers:
    """Rounds a value to something a writer would print and formats it in one of the dev corpus' styles;
    returns (text, the value the text means)."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def count(self, v: float) -> tuple[str, float]:
        r = self.rng.random()
        if v >= 1_000_000 and r < 0.5:
            x = round(v / 1e6, 1)
            return f"{fmt_dec(x)} triệu", x * 1e6
        if v >= 20_000 and r < 0.25:
            x = round(v / 1e3, 1)
            return f"{fmt_dec(x)} nghìn", round(x * 1e3)
        n = max(1, int(round(v, -2 if v >= 20_000 else -1 if v >= 200 else 0)))
        return fmt_int(n), n

    def money(self, v: float) -> tuple[str, float]:
        if v >= 1e9:
            x = round(v / 1e9, 1)
            return f"{fmt_dec(x)} tỷ đồng", round(x * 1e9)
        x = max(1, int(round(v / 1e6)))
        return f"{fmt_int(x)} triệu đồng", x * 1e6

    def percent(self, v: float) -> tuple[str, float]:
        n = int(round(v))
        return f"{n}%", n

    def format(self, indicator: str, v: float) -> tuple[str, float]:
        unit = INDICATORS[indicator][0]
        if unit == "vnd":
            return self.money(v)
        if unit == "percent":
            return self.percent(v)
        if unit == "km":
            n = max(1, int(round(v)))
            return fmt_int(n), n
        return self.count(v)


class Generator:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.num = Numbers(self.rng)
        self.old, self.new = load_orgs(self.rng)
        self.docs: list[dict] = []  # {"file", "text", "truth"}
        self.planted: list[dict] = []
        self.trend = {i: self.rng.uniform(0.0, 0.06) for i in INDICATORS}
        self._targets: dict[tuple, float] = {}  # (org, indicator, period) -> clean target value (as printed)
        self._noise: dict[tuple, float] = {}

    # --- values -------------------------------------------------------------------------------------
    def base(self, org: Org, indicator: str, year: int) -> float:
        unit, per_size, _, _ = INDICATORS[indicator]
        key = (org.name, indicator, year)
        if key not in self._noise:
            self._noise[key] = self.rng.uniform(0.92, 1.08)
        if unit == "percent":
            return per_size * self._noise[key] + (year - 2017) * 0.5
        return per_size * org.size * (1 + self.trend[indicator]) ** (year - 2017) * self._noise[key]

    # --- assembling text ----------------------------------------------------------------------------
    def prose(self, n: int) -> str:
        # real plans and reports are mostly such prose: ~16 KB a document on average, as in the dev corpus
        picks = [self.rng.choice(PROSE) for _ in range(int(n * PROSE_SCALE))]
        paras, i = [], 0
        while i < len(picks):
            k = self.rng.randint(2, 4)
            paras.append(" ".join(picks[i:i + k]))
            i += k
        return "\n\n".join(paras)

    def sections(self, heads: list[str], sentences: int) -> list[str]:
        return [f"{h}\n\n{self.prose(max(2, sentences // len(heads) + self.rng.randint(-3, 3)))}" for h in heads]

    def header(self, org: Org, doc_no: str, place_date: str) -> str:
        if org.level == "national":
            top = "BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH"
        elif org.level == "bloc":
            top = f"ĐẢNG ỦY KHỐI\nBCH {org.name.upper()}"
        else:
            top = f"BCH {org.name.upper()}"
        return f"{top}\nSố: {doc_no}\n{place_date}"

    def place(self, org: Org) -> str:
        return org.province if org.province else "Hà Nội"

    def measure(self, kind: str, indicator: str, value: float, period: str, extra: dict | None = None) -> dict:
        m = {"kind": kind, "indicator": indicator, "value": value, "unit": INDICATORS[indicator][0] if indicator in INDICATORS else "count",
             "period": period}
        if extra:
            m.update(extra)
        return m

    def phrase(self, kind: str, indicator: str, v: float) -> tuple[str, float]:
        _, _, tph, rph = INDICATORS[indicator]
        text, value = self.num.format(indicator, v)
        q = self.rng.choice(TARGET_Q if kind == "target" else RESULT_Q)
        if INDICATORS[indicator][0] == "percent" and q in ("gần ", "khoảng "):
            q = ""
        return self.rng.choice(tph if kind == "target" else rph).format(q=q, v=text), value

    def add(self, org: Org, year: int | str, kind: str, doc_type: str, period: str, text: str, measures: list[dict],
            html: bool = False) -> str:
        name = f"{year}_{org.slug}_{kind}{'.html' if html else '.txt'}"
        if html:
            text = self.as_html(text)
        self.docs.append({"file": name, "text": text, "truth": {
            "file": name, "org": org.name, "org_level": org.level, "province": org.province,
            "period": period, "doc_type": doc_type, "measures": measures}})
        return name

    def as_html(self, text: str) -> str:
        import html as h
        paras = text.split("\n\n")
        title = h.escape(paras[0])
        body = "\n".join(f"<p>{h.escape(p)}</p>" for p in paras[1:])
        nav = "".join(f'<li><a href="/chuyen-muc/{i}">{n}</a></li>' for i, n in
                      enumerate(["Thời sự", "Xã hội", "Tuổi trẻ", "Kinh tế", "Văn hóa", "Thể thao"]))
        return (f"<!doctype html><html lang=vi><head><meta charset=utf-8><title>{title}</title>"
                f"<script>window.dataLayer=[];function gtag(){{dataLayer.push(arguments)}}</script>"
                f"<style>body{{font-family:sans-serif}}</style></head><body><header><nav><ul>{nav}</ul></nav></header>"
                f"<main><article><h1>{title}</h1>\n{body}\n</article></main>"
                f"<aside><h3>Tin liên quan</h3><ul><li><a href='/a'>Hội nghị Ban Chấp hành lần thứ 5</a></li></ul></aside>"
                f"<footer>© Báo điện tử. Giấy phép số 123/GP-BTTTT</footer><script>console.log('ads')</script></body></html>")

    # --- documents ----------------------------------------------------------------------------------
    def target_list(self, org: Org, year: int, indicators: list[str], period: str, plant: dict) -> tuple[str, list]:
        """Numbered "Chỉ tiêu n:" lines; returns text and truth measures."""
        lines, ms = [], []
        for i, ind in enumerate(indicators, 1):
            v = self.base(org, ind, year)
            planted = ind in plant.get("scale", {}) or (plant.get("rule"), ind) in (
                ("R01", "members_excellent_pct"), ("R02", "party_referrals"), ("R12", "trees_planted"))
            if ind in plant.get("scale", {}):
                v *= plant["scale"][ind]
            if plant.get("rule") == "R01" and ind == "members_excellent_pct":
                v = self.rng.choice([115, 120, 125, 130])
            if plant.get("rule") == "R02" and ind == "party_referrals":
                lo, hi = int(round(v * 0.8, -1)), int(round(v * 1.2, -1))
                lines.append(f"Chỉ tiêu {i}: Giới thiệu từ {fmt_int(hi)} - {fmt_int(lo)} đoàn viên ưu tú cho Đảng xem xét, kết nạp.")
                ms.append(self.measure("target", ind, hi, period, {"value_max": lo, "planted": "R02"}))
                continue
            if plant.get("rule") == "R12" and ind == "trees_planted":
                text, value = self.num.count(v)
                if "nghìn" in text or "triệu" in text:
                    text, value = fmt_int(int(round(v, -3))), int(round(v, -3))
                lines.append(f"Chỉ tiêu {i}: {text} nghìn cây xanh được đoàn viên, thanh niên tham gia trồng mới.")
                ms.append(self.measure("target", ind, value * 1000, period, {"planted": "R12"}))
                continue
            text, value = self.phrase("target", ind, v)
            lines.append(f"Chỉ tiêu {i}: {text[0].upper()}{text[1:]}.")
            ms.append(self.measure("target", ind, value, period, {"planted": plant["rule"]} if planted else None))
            if not planted:  # a planted figure stays in its document: no news restates it, no result follows it
                self._targets[(org.name, ind, period)] = value
        return "\n\n".join(lines), ms

    def plan(self, org: Org, year: int, kind: str, doc_type: str, title: str, indicators: list[str],
             plant: dict | None = None, sentences: int = 70) -> str:
        plant = plant or {}
        period = str(year)
        listed, ms = self.target_list(org, year, indicators, period, plant)
        announced = len(indicators) + (self.rng.choice([1, 2, -1]) if plant.get("rule") == "R03" else 0)
        month = {"ctct": 1, "ym": 2, "summer": 5, "children": 5}[kind]
        intro = (f"Căn cứ tình hình thực tiễn, {org.name} xây dựng {title[0].lower()}{title[1:]} với các nội dung sau. "
                 f"Năm {year}, tuổi trẻ {self.who(org)} xác định {announced} chỉ tiêu trọng tâm:")
        ms.append(self.measure("target_count", "other", announced, period, {"planted": "R03"} if plant.get("rule") == "R03" else None))
        body = self.sections(SECTIONS_PLAN, sentences)
        text = "\n\n".join([f"{title} của {org.name}", self.header(org, f"{self.rng.randint(10, 199)}-KH/ĐTN",
                            f"{self.place(org)}, ngày {self.rng.randint(2, 27)} tháng {month} năm {year}"),
                            body[0], intro, listed, *body[1:]])
        return self.add(org, year, kind, doc_type, period, text, ms)

    def who(self, org: Org) -> str:
        if org.level == "national":
            return "cả nước"
        if org.level == "bloc":
            return "Khối"
        return ("thành phố" if org.province in CITIES else "tỉnh")

    def news_of_targets(self, org: Org, year: int, kind: str, indicators: list[str], title: str) -> str:
        """A news article announcing (restating) some of the year's targets with the same values."""
        picks = self.rng.sample(indicators, k=min(3, len(indicators)))
        ms, parts = [], []
        for ind in picks:
            v = self._targets.get((org.name, ind, str(year)))
            if v is None:
                continue
            text = self.restate(ind, v)
            parts.append(text)
            ms.append(self.measure("target", ind, v, str(year)))
        lead = (f"Ngày {self.rng.randint(3, 20)}/1/{year}, {org.name} tổ chức Hội nghị triển khai chương trình công tác "
                f"năm {year}. Theo đó, trong năm {year}, tuổi trẻ {self.who(org)} phấn đấu {', '.join(parts)}.")
        text = "\n\n".join([title, lead, self.prose(self.rng.randint(25, 60))])
        return self.add(org, year, kind, "plan_annual", str(year), text, ms, html=self.rng.random() < 0.1)

    def restate(self, ind: str, v: float) -> str:
        """The printed target again, in the same number style as the plan's reading (exact value)."""
        return INDICATORS[ind][2][0].format(q="", v=self._printed(ind, v))

    def results(self, org: Org, year: int, indicators: list[str], period: str, plant: dict, share=(0.85, 1.35),
                stated: bool = True) -> tuple[list[str], list[dict]]:
        sents, ms = [], []
        for ind in indicators:
            target = self._targets.get((org.name, ind, str(year)))
            base = target if target else self.base(org, ind, year)
            lo, hi = share
            if INDICATORS[ind][0] == "percent":
                v = min(99, base * self.rng.uniform(0.9, 1.15))
            else:
                v = base * self.rng.uniform(lo, hi)
            if plant.get("rule") == "R11" and ind == plant["indicator"]:
                v = base * 7
            text, value = self.phrase("result", ind, v)
            extra = {"planted": "R11"} if plant.get("rule") == "R11" and ind == plant["indicator"] else None
            ms.append(self.measure("result", ind, value, period, extra))
            sentence = f"{self.rng.choice(['Các cấp bộ Đoàn đã', 'Toàn ' + self.who(org) + ' đã', 'Đoàn viên, thanh niên đã', 'Các cơ sở Đoàn'])} {text}"
            r09 = plant.get("rule") == "R09" and ind == plant["indicator"]
            if stated and target and INDICATORS[ind][0] != "percent" and (r09 or self.rng.random() < 0.35):
                pct = round(value / target * 100)
                if r09:
                    pct += self.rng.choice([15, 20, 30])
                    ms.append(self.measure("attainment", ind, pct, period, {"planted": "R09"}))
                else:
                    ms.append(self.measure("attainment", ind, pct, period))
                sentence += f", đạt {pct}% chỉ tiêu"
            sents.append(sentence + ".")
            self._targets[(org.name, ind, "result:" + period)] = value
        return sents, ms

    def report(self, org: Org, year: int, kind: str, doc_type: str, title: str, indicators: list[str], period: str,
               plant: dict | None = None, share=(0.85, 1.35), sentences: int = 80, html: bool = False,
               ideas: bool = False) -> str:
        plant = plant or {}
        sents, ms = self.results(org, year, indicators, period, plant, share)
        if ideas:
            whole = int(round(self.base(org, "job_referrals", year) / 20, -1)) + 10
            # parts stay within 10x of each other year to year, so a planted one does not also jump (R06)
            part = int(whole * self.rng.uniform(0.3, 0.6))
            if plant.get("rule") == "R04":
                part = int(whole * self.rng.uniform(1.15, 1.4))
            sents.append(f"Các cấp bộ Đoàn đề xuất {fmt_int(whole)} ý tưởng, sáng kiến, trong đó có {fmt_int(part)} ý tưởng, "
                         f"sáng kiến được hỗ trợ triển khai, hiện thực hóa.")
            p = {"planted": "R04"} if plant.get("rule") == "R04" else None
            ms += [self.measure("result", "ideas_proposed", whole, period), self.measure("result", "ideas_supported", part, period, p)]
        body = self.sections(SECTIONS_REPORT, sentences)
        paras = [" ".join(sents[i:i + 3]) for i in range(0, len(sents), 3)]
        text = "\n\n".join([f"{title} của {org.name}", self.header(org, f"{self.rng.randint(10, 399)}-BC/ĐTN",
                            f"{self.place(org)}, ngày {self.rng.randint(2, 27)} tháng 12 năm {year}"),
                            body[0], body[1], *paras, *body[2:]])
        return self.add(org, year, kind, doc_type, period, text, ms, html=html)

    def news_of_results(self, org: Org, year: int, kind: str, title: str, indicators: list[str], plant: dict | None = None,
                        restate_of: str | None = None) -> str:
        plant = plant or {}
        if restate_of:  # year-in-review news restates the year-end figures (R10 plants a different one)
            ms, parts = [], []
            for ind in indicators:
                v = self._targets.get((org.name, ind, "result:" + restate_of))
                if v is None:
                    continue
                if plant.get("rule") == "R10" and ind == plant["indicator"]:
                    v = int(round(v * 1.3, -1)) if INDICATORS[ind][0] != "percent" else v + 7
                    ms.append(self.measure("result", ind, v, restate_of, {"planted": "R10"}))
                else:
                    ms.append(self.measure("result", ind, v, restate_of))
                parts.append(INDICATORS[ind][3][0].format(q="", v=self._printed(ind, v)))
            lead = f"Năm {year}, tuổi trẻ {self.who(org)} đã {'; '.join(parts)}."
        else:
            sents, ms = self.results(org, year, indicators, str(year), plant, stated=True)
            lead = " ".join(sents)
        text = "\n\n".join([title, f"Ngày {self.rng.randint(2, 28)}/{self.rng.randint(4, 12)}/{year}, {org.name} tổ chức "
                            f"hội nghị tổng kết. {lead}", self.prose(self.rng.randint(25, 60))])
        return self.add(org, year, kind, "result_annual", str(year), text, ms, html=self.rng.random() < 0.1)

    def _printed(self, ind: str, v: float) -> str:
        unit = INDICATORS[ind][0]
        if unit == "vnd":
            return f"{fmt_dec(v / 1e9)} tỷ đồng" if v >= 1e9 else f"{fmt_int(int(v / 1e6))} triệu đồng"
        if unit == "percent":
            return f"{int(v)}%"
        return fmt_int(int(v))


def build(seed: int = 2025) -> Generator:
    g = Generator(seed)
    rng = g.rng
    # Plants: rule -> list of (org name, year) picked among pre-merger provinces; rules whose figure would
    # make next year's clean document jump (R05, R06, R08, R12) go in each organisation's last year.
    provinces_old = [o for o in g.old if o.level == "province"]
    final = {o.name: o for o in provinces_old if o.name not in {n.name for n in g.new}}  # absorbed: last year 2025
    last_new = [o for o in g.new if o.level == "province"]
    plants: dict[tuple[str, int, str], dict] = {}
    used: set[tuple[str, int]] = set()

    def pick(pool, years, rule, doc, **extra):
        for _ in range(200):
            o = rng.choice(pool)
            y = rng.choice(years)
            if (o.name, y) not in used:
                used.add((o.name, y))
                plants[(o.name, y, doc)] = {"rule": rule, **extra}
                return
    for _ in range(8):
        pick(provinces_old, range(2018, 2025), "R01", "ctct")
        pick(provinces_old, range(2018, 2025), "R02", "ctct")
        pick(provinces_old, range(2018, 2025), "R03", "ctct")
        pick(provinces_old, range(2018, 2025), "R04", "year_end")
        pick(provinces_old, range(2018, 2025), "R09", "year_end", indicator=rng.choice(["trees_planted", "houses_built", "new_members_admitted"]))
        pick(provinces_old, range(2018, 2025), "R10", "year_news", indicator=rng.choice(["trees_planted", "job_referrals"]))
        pick(provinces_old, range(2018, 2024), "R11", "year_end", indicator=rng.choice(["houses_built", "startup_projects_supported"]))
        pick(provinces_old, range(2023, 2025), "R07", "ctct", indicator=rng.choice(TERM))
    for rule, ind, factor in (("R05", "blood_units", 300), ("R06", "new_members_admitted", 15),
                              ("R08", "trees_planted", 120), ("R12", "trees_planted", 1)):
        for _ in range(8):
            if rng.random() < 0.5:
                pick(list(final.values()), [MERGER_YEAR], rule, "ym" if rule == "R05" else "ctct", indicator=ind, factor=factor)
            else:
                pick(last_new, [LAST_YEAR], rule, "ym" if rule == "R05" else "ctct", indicator=ind, factor=factor)

    def plant_for(org: Org, year: int, doc: str) -> dict:
        p = dict(plants.get((org.name, year, doc), {}))
        if p.get("rule") in ("R05", "R06", "R08"):
            p["scale"] = {p["indicator"]: p["factor"]}
        if p.get("rule") == "R07":
            term = g._targets.get((org.name, p["indicator"], "2022-2027"))
            if term:
                p["scale"] = {p["indicator"]: 1.2 * term / g.base(org, p["indicator"], year)}
        return p

    def record(name: str, p: dict, org: Org, period: str):
        if p.get("rule"):
            g.planted.append({"rule": p["rule"], "file": name, "org": org.name,
                              "indicator": p.get("indicator", {"R01": "members_excellent_pct", "R02": "party_referrals",
                                                                "R03": "other", "R04": "ideas_supported",
                                                                "R12": "trees_planted"}.get(p["rule"])),
                              "period": period})

    def congress_of(o: Org) -> str:
        if o.level == "national":
            return "Đại hội đại biểu toàn quốc Đoàn TNCS Hồ Chí Minh"
        if o.level == "province":
            return f"Đại hội đại biểu Đoàn TNCS Hồ Chí Minh {o.name.replace('Tỉnh đoàn', 'tỉnh').replace('Thành đoàn TP.', 'Thành phố').replace('Thành đoàn', 'thành phố')}"
        return f"Đại hội đại biểu {o.name}"

    def term_docs(orgs, start, end, year):
        for o in orgs:
            if o.level == "national" and start == 2025:
                continue  # the national congress is every five years: 2017, 2022
            ms, lines = [], []
            for i, ind in enumerate(TERM, 1):
                v = 5 * g.base(o, ind, year) * rng.uniform(0.95, 1.15)
                text, value = g.phrase("target", ind, v)
                lines.append(f"Chỉ tiêu {i}: {text[0].upper()}{text[1:]} trong nhiệm kỳ.")
                ms.append(g.measure("target", ind, value, f"{start}-{end}"))
                g._targets[(o.name, ind, f"{start}-{end}")] = value
            ms.append(g.measure("target_count", "other", len(TERM), f"{start}-{end}"))
            title = f"Nghị quyết {congress_of(o)} lần thứ {ROMAN[start]}, nhiệm kỳ {start} - {end}"
            text = "\n\n".join([title, g.header(o, f"{rng.randint(1, 30)}-NQ/ĐH", f"{g.place(o)}, ngày {rng.randint(2, 27)} tháng {rng.choice([6, 7, 8, 9, 10])} năm {year}"),
                                g.prose(30), f"Đại hội xác định {len(TERM)} chỉ tiêu nhiệm kỳ {start} - {end}:",
                                "\n\n".join(lines), g.prose(40)])
            g.add(o, f"{start}_{end}", "nghi_quyet_dai_hoi", "plan_term", f"{start}-{end}", text, ms)

    def term_results(orgs, start, end, year, kind):
        for o in orgs:
            ms, sents = [], []
            for ind in TERM:
                t = g._targets.get((o.name, ind, f"{start}-{end}"))
                if t is None:
                    continue
                share = (0.45, 0.65) if kind == "result_midterm" else (0.95, 1.3)
                text, value = g.phrase("result", ind, t * rng.uniform(*share))
                ms.append(g.measure("result", ind, value, f"{start}-{end}"))
                sents.append(f"Sau {'nửa nhiệm kỳ' if kind == 'result_midterm' else 'nhiệm kỳ'}, các cấp bộ Đoàn đã {text}.")
            if kind == "result_midterm":
                title = f"Báo cáo sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội {o.name}, nhiệm kỳ {start} - {end}"
                tag = "so_ket_giua_nhiem_ky"
            else:
                title = f"Báo cáo kết quả thực hiện Nghị quyết {congress_of(o)} lần thứ {ROMAN[start]}, nhiệm kỳ {start} - {end}"
                tag = "bao_cao_nhiem_ky"
            text = "\n\n".join([title, g.header(o, f"{rng.randint(1, 90)}-BC/ĐTN", f"{g.place(o)}, ngày {rng.randint(2, 27)} tháng {rng.randint(3, 11)} năm {year}"),
                                g.prose(30), " ".join(sents), g.prose(50)])
            g.add(o, f"{start}_{end}_{year}", tag, kind, f"{start}-{end}", text, ms)

    for year in YEARS:
        if year == 2017:
            term_docs(g.old, 2017, 2022, 2017)
        if year == 2022:
            term_docs(g.old, 2022, 2027, 2022)
        if year == 2025:
            term_docs(g.new, 2025, 2030, 2025)
        early = g.old if year <= MERGER_YEAR else g.new
        late = g.old if year < MERGER_YEAR else g.new
        for o in early:
            p = plant_for(o, year, "ctct")
            name = g.plan(o, year, "ctct", "plan_annual",
                          f"Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm {year}", ANNUAL, p, sentences=rng.randint(60, 110))
            record(name, p, o, str(year))
            g.news_of_targets(o, year, "tin_ctct", ANNUAL,
                              f"Tuổi trẻ {o.province or o.name} triển khai chương trình công tác năm {year}" if o.level == "province"
                              else f"{o.name} triển khai chương trình công tác năm {year}")
            p = plant_for(o, year, "ym")
            name = g.plan(o, year, "ym", "plan_youth_month", f"Kế hoạch tổ chức Tháng Thanh niên năm {year}", YOUTH_MONTH, p,
                          sentences=rng.randint(30, 60))
            record(name, p, o, str(year))
            g.news_of_results(o, year, "tin_thang_thanh_nien",
                              f"Tổng kết Tháng Thanh niên năm {year}: tuổi trẻ {o.province or o.name} đạt và vượt chỉ tiêu", YOUTH_MONTH)
            g.plan(o, year, "summer", "plan_campaign", f"Kế hoạch triển khai Chiến dịch Thanh niên tình nguyện hè năm {year}",
                   SUMMER, sentences=rng.randint(30, 60))
            g.plan(o, year, "children", "plan_campaign", f"Kế hoạch tổ chức chiến dịch hè chăm lo cho thiếu nhi năm {year}",
                   CHILDREN, sentences=rng.randint(25, 50))
            g.report(o, year, "so_ket_6_thang", "result_annual", f"Báo cáo sơ kết công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm {year}",
                     ANNUAL, f"{year}-H1", share=(0.4, 0.6), sentences=rng.randint(50, 90))
        for o in late:
            g.news_of_results(o, year, "tin_tinh_nguyen_he", f"Dấu ấn Chiến dịch Thanh niên tình nguyện hè năm {year} của tuổi trẻ {o.province or o.name}",
                              SUMMER + CHILDREN)
            if year == LAST_YEAR:
                continue
            p = plant_for(o, year, "year_end")
            name = g.report(o, year, "tong_ket_nam", "result_annual", f"Báo cáo tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm {year}",
                            ANNUAL, str(year), p, sentences=rng.randint(80, 140), ideas=True)
            record(name, p, o, str(year))
            p = plant_for(o, year, "year_news")
            name = g.news_of_results(o, year, "tin_tong_ket_nam", f"Nhìn lại năm {year}: những dấu ấn của tuổi trẻ {o.province or o.name}",
                                     ANNUAL[:6], p, restate_of=str(year))
            record(name, p, o, str(year))
        if year == 2019:
            term_results(g.old, 2017, 2022, 2019, "result_midterm")
        if year == 2022:
            term_results(g.old, 2017, 2022, 2022, "result_term")
        if year == 2024:
            term_results(g.old, 2022, 2027, 2024, "result_midterm")
    # plants that ride on the dictionaries' last years need the final doc to exist; drop those that found none
    files = {d["file"] for d in g.docs}
    g.planted = [p for p in g.planted if p["file"] in files]
    return g


def write(g: Generator, out: Path) -> dict:
    raw = out / "raw"
    if raw.exists():
        shutil.rmtree(raw)
    raw.mkdir(parents=True)
    total = 0
    h = hashlib.sha256()
    for d in g.docs:
        data = unicodedata.normalize("NFC", d["text"]).encode("utf-8")
        (raw / d["file"]).write_bytes(data)
        total += len(data)
        h.update(data)
    with (out / "truth.jsonl").open("w", encoding="utf-8") as f:
        for d in g.docs:
            f.write(json.dumps(d["truth"], ensure_ascii=False) + "\n")
    with (out / "planted.jsonl").open("w", encoding="utf-8") as f:
        for p in g.planted:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    by_rule: dict[str, int] = {}
    for p in g.planted:
        by_rule[p["rule"]] = by_rule.get(p["rule"], 0) + 1
    info = {"documents": len(g.docs), "bytes": total, "corpus_mb": round(total / 1e6, 1),
            "sha256": h.hexdigest()[:16], "planted": len(g.planted), "planted_by_rule": dict(sorted(by_rule.items()))}
    (out / "corpus.json").write_text(json.dumps(info, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return info


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Write the synthetic national corpus (deterministic).")
    ap.add_argument("--out", type=Path, default=REPO / "warehouse" / "national_corpus")
    ap.add_argument("--seed", type=int, default=2025)
    a = ap.parse_args(argv)
    info = write(build(a.seed), a.out)
    print(f"national corpus: {info['documents']} documents, {info['corpus_mb']} MB, {info['planted']} planted "
          f"inconsistencies {info['planted_by_rule']} -> {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
