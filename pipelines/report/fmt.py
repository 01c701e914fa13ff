"""Vietnamese number formatting and labels: "." groups thousands, "," marks decimals (156.835; 23,2 %)."""

from __future__ import annotations

import math

STATUS_VI = {
    "achieved": "Đã đạt",
    "on_track": "Đúng tiến độ",
    "behind": "Chậm tiến độ",
    "far_behind": "Chậm nhiều",
    "ambition": "Chỉ tiêu mới so với nhịp độ trước",
    "not_compared": "Không so (còn nghi vấn)",
    "no_target": "Chưa có chỉ tiêu để so",
}
STATUS_COLOUR = {
    "achieved": "#1a9850",
    "on_track": "#91cf60",
    "behind": "#f99d3e",
    "far_behind": "#d73027",
    "ambition": "#4575b4",
    "not_compared": "#6f6f6f",
    "no_target": "#c7c7c7",
}
STATUS_ORDER = ["achieved", "on_track", "behind", "far_behind", "ambition", "not_compared", "no_target"]
GRADED = ("achieved", "on_track", "behind", "far_behind")
# fct_targets / fct_results / mart_province_year `fact_status`, as the report marks a value
FACT_MARK = {"flagged": "⚠", "in_doubt": "?", "certain": ""}
FACT_STATUS_VI = {"flagged": "có cờ lỗi chưa xử lý (dq_flags): số liệu cần kiểm tra lại",
                  "in_doubt": "đọc chưa chắc chắn (measures.doubt) hoặc có cảnh báo"}

KIND_VI = {"target": "chỉ tiêu", "result": "kết quả", "attainment": "mức đạt", "target_count": "số chỉ tiêu"}

DOC_TYPE_VI = {
    "plan_annual": "Chương trình công tác năm",
    "plan_campaign": "Kế hoạch chiến dịch",
    "plan_youth_month": "Kế hoạch Tháng Thanh niên",
    "plan_term": "Nghị quyết nhiệm kỳ",
    "result_annual": "Báo cáo kết quả năm",
    "result_midterm": "Sơ kết giữa nhiệm kỳ",
    "result_term": "Tổng kết nhiệm kỳ",
    "news_mixed": "Tin tức",
}

SEVERITY_VI = {"error": "lỗi", "warn": "cảnh báo", "info": "thông tin"}


def num(value: float | int | None, decimals: int | None = None) -> str:
    """156835 -> "156.835"; 23.2 -> "23,2"; 2.5 -> "2,5"; None -> "–".

    Without `decimals`, whole numbers print without decimals and others with up to two (trailing zeros dropped).
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if decimals is None:
        v = float(value)
        if v.is_integer():
            decimals = 0
        else:
            decimals = 2 if abs(v) < 100 else 1
    text = f"{abs(float(value)):,.{decimals}f}"
    whole, _, frac = text.partition(".")
    frac = frac.rstrip("0")
    out = whole.replace(",", ".") + ("," + frac if frac else "")
    return ("-" if float(value) < 0 and out.strip("0.,") else "") + out


def pct(value: float | None, decimals: int = 1) -> str:
    """23.2 -> "23,2 %"."""
    return "–" if value is None else f"{num(round(value, decimals))} %"


def signed_pct(value: float | None) -> str:
    if value is None:
        return "–"
    return ("+" if value > 0 else "") + pct(value)


def money(value: float) -> str:
    """VND with scale words: 2.000.000.000 -> "2 tỷ đồng"."""
    for scale, word in ((1e12, "nghìn tỷ"), (1e9, "tỷ"), (1e6, "triệu")):
        if abs(value) >= scale:
            return f"{num(round(value / scale, 2))} {word} đồng"
    return f"{num(value)} đồng"


def value(v: float | None, unit: str | None) -> str:
    """A measure's value in its unit: percent -> "70 %", vnd -> "2 tỷ đồng", km -> "12,5 km", count -> "270.000"."""
    if v is None:
        return "–"
    if unit == "percent":
        return f"{num(v)} %"
    if unit == "vnd":
        return money(v)
    if unit and unit not in ("count", "any"):
        return f"{num(v)} {unit}"
    return num(v)
