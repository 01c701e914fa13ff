"""Inline SVG charts, drawn in Python: no chart library, nothing fetched from the network.

Every string that may come from a document (organisation names, quotes, titles) goes through `esc`.
Charts have a fixed number of rows at most, so their size does not grow with the corpus.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape

from pipelines.report import fmt


def esc(text: object) -> str:
    return escape("" if text is None else str(text), quote=True)


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _svg(width: float, height: float, body: list[str], label: str, cls: str = "chart") -> str:
    return (f'<svg class="{cls}" role="img" aria-label="{esc(label)}" width="{width:.0f}" height="{height:.0f}" '
            f'viewBox="0 0 {width:.0f} {height:.0f}" xmlns="http://www.w3.org/2000/svg">'
            f'<title>{esc(label)}</title>{"".join(body)}</svg>')


# --- coverage heat map -------------------------------------------------------------------------------

COVERAGE_CLASSES = [
    # key, Vietnamese legend, colour for few documents, colour for the most documents on the map
    ("none", "Không có văn bản", "#f3f3f3", "#f3f3f3"),
    ("docs", "Có văn bản, chưa có số liệu", "#e6e6e6", "#a8a8a8"),
    ("targets", "Có chỉ tiêu", "#d6e6f4", "#4a90c8"),
    ("results", "Có kết quả", "#fde3c8", "#f08a34"),
    ("both", "Có chỉ tiêu và kết quả", "#d3ecc9", "#5bb35c"),
    ("compared", "Đã so kết quả với chỉ tiêu", "#a6d9a0", "#00602a"),
]
_COVERAGE_RAMP = {k: (lo, hi) for k, _, lo, hi in COVERAGE_CLASSES}


def _mix(lo: str, hi: str, f: float) -> str:
    a = [int(lo[i:i + 2], 16) for i in (1, 3, 5)]
    b = [int(hi[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * f):02x}" for x, y in zip(a, b))


def coverage_class(c: dict | None) -> str:
    if not c or not c.get("documents"):
        return "none"
    if c.get("comparisons"):
        return "compared"
    t, r = c.get("targets") or 0, c.get("results") or 0
    return "both" if t and r else "targets" if t else "results" if r else "docs"


def coverage_heatmap(provinces: list[tuple[str, str]], years: list[int], cells: dict[tuple[str, int], dict],
                     label: str) -> str:
    """Rows: provinces (name, tooltip extra); columns: years; colour: what data exists; number: documents;
    red dot: open quality flags."""
    cw, ch, left, top = 30, 17, 128, 22
    width, height = left + cw * len(years) + 4, top + ch * len(provinces) + 4
    most = max((c.get("documents") or 0 for c in cells.values()), default=0)
    body = [f'<text class="axis" x="{left + cw * i + cw / 2:.0f}" y="14" text-anchor="middle">{y}</text>'
            for i, y in enumerate(years)]
    for r, (name, extra) in enumerate(provinces):
        y = top + r * ch
        body.append(f'<text class="lbl" x="{left - 6}" y="{y + ch - 5}" text-anchor="end">{esc(_clip(name, 20))}'
                    f'<title>{esc(name + (" — " + extra if extra else ""))}</title></text>')
        for i, year in enumerate(years):
            c = cells.get((name, year))
            k = coverage_class(c)
            x = left + i * cw
            tip = f"{name}, {year}: " + (
                "không có văn bản" if k == "none" else
                f"{fmt.num(c['documents'])} văn bản, {fmt.num(c['targets'])} chỉ tiêu, {fmt.num(c['results'])} kết quả, "
                f"{fmt.num(c['comparisons'])} so sánh, {fmt.num(c['flags'])} cảnh báo")
            # heat: the hue says what exists, the shade how many documents (log scale, darkest = most on the map)
            f = math.log1p(c["documents"]) / math.log1p(most) if k != "none" and most > 1 else 1.0
            body.append(f'<g><title>{esc(tip)}</title><rect x="{x + 1}" y="{y + 1}" width="{cw - 2}" height="{ch - 2}" '
                        f'rx="2" fill="{_mix(*_COVERAGE_RAMP[k], f)}"/>')
            if k != "none":
                colour = "#fff" if k in ("compared", "both", "targets") and f > 0.55 else "#222"
                body.append(f'<text class="cell" x="{x + cw / 2:.0f}" y="{y + ch - 5}" text-anchor="middle" '
                            f'fill="{colour}">{c["documents"]}</text>')
                if c.get("flags"):
                    body.append(f'<circle cx="{x + cw - 5}" cy="{y + 5}" r="3" fill="#d7191c" stroke="#fff" stroke-width="0.8"/>')
            body.append("</g>")
    return _svg(width, height, body, label, "chart heatmap")


def coverage_legend() -> str:
    items = [f'<span class="key"><i style="background:linear-gradient(90deg,{lo},{hi})"></i>{esc(t)}</span>'
             for _, t, lo, hi in COVERAGE_CLASSES]
    items.append('<span class="key">màu đậm = nhiều văn bản</span>')
    items.append('<span class="key"><i class="dot"></i>Có cảnh báo chất lượng đang mở</span>')
    items.append('<span class="key">số trong ô = số văn bản</span>')
    return '<div class="legend">' + "".join(items) + "</div>"


# --- status -----------------------------------------------------------------------------------------

def status_bar(counts: dict[str, int], width: int = 260, height: int = 16, label: str = "") -> str:
    total = sum(counts.values())
    body, x = [], 0.0
    if not total:
        body.append(f'<rect x="0" y="0" width="{width}" height="{height}" fill="#f3f3f3"/>')
    for s in fmt.STATUS_ORDER:
        n = counts.get(s, 0)
        if not n:
            continue
        w = width * n / total
        body.append(f'<g><title>{esc(fmt.STATUS_VI[s])}: {n}</title><rect x="{x:.1f}" y="0" width="{w:.1f}" '
                    f'height="{height}" fill="{fmt.STATUS_COLOUR[s]}"/>')
        if w >= 18:
            colour = "#fff" if s in ("achieved", "far_behind", "ambition", "not_compared") else "#222"
            body.append(f'<text class="cell" x="{x + w / 2:.1f}" y="{height - 4}" text-anchor="middle" fill="{colour}">{n}</text>')
        body.append("</g>")
        x += w
    return _svg(width, height, body, label or "Mức độ đạt", "chart statusbar")


def status_legend(statuses: list[str] | None = None) -> str:
    items = [f'<span class="key"><i style="background:{fmt.STATUS_COLOUR[s]}"></i>{esc(fmt.STATUS_VI[s])} '
             f'<code>{s}</code></span>' for s in (statuses or fmt.STATUS_ORDER)]
    return '<div class="legend">' + "".join(items) + "</div>"


# --- attainment (bullet) chart ------------------------------------------------------------------------

@dataclass
class AttainmentRow:
    label: str            # organisation
    sublabel: str         # result period (vs target period)
    attainment: float | None
    status: str
    expected: float | None  # mid-term pace: % of the target expected by now
    detail: str           # "156.835 / 675.000 · 23,2 %"
    tooltip: str
    href: str | None = None


def attainment_chart(rows: list[AttainmentRow], label: str, gap_after: int | None = None, gap_text: str = "") -> str:
    """One row per organisation: a bar for the result as a share of its target (colour = status), the target
    line at 100 %, and a diamond where the mid-term pace says the result should be by now."""
    left, bar_w, right, rh, top = 250, 360, 230, 22, 24
    top_pct = max((r.attainment or 0) for r in rows) if rows else 0
    axis_max = 150.0 if top_pct <= 150 else 200.0
    n_rows = len(rows) + (1 if gap_after is not None else 0)
    width, height = left + bar_w + right, top + rh * n_rows + 8

    def xp(p: float) -> float:
        return left + bar_w * min(max(p, 0.0), axis_max) / axis_max

    body = []
    for p in range(0, int(axis_max) + 1, 25):
        x = xp(p)
        body.append(f'<line class="grid" x1="{x:.1f}" y1="{top - 4}" x2="{x:.1f}" y2="{height - 6}"/>')
        if p % 50 == 0:
            body.append(f'<text class="axis" x="{x:.1f}" y="{top - 8}" text-anchor="middle">{p} %</text>')
    y = top
    for i, r in enumerate(rows):
        if gap_after is not None and i == gap_after:
            body.append(f'<text class="gap" x="{left + bar_w / 2:.0f}" y="{y + rh - 7}" text-anchor="middle">{esc(gap_text)}</text>')
            y += rh
        colour = fmt.STATUS_COLOUR.get(r.status, "#999")
        open_a = f'<a href="{esc(r.href)}">' if r.href else ""
        close_a = "</a>" if r.href else ""
        body.append(f'<g><title>{esc(r.tooltip)}</title>{open_a}'
                    f'<text class="lbl" x="{left - 8}" y="{y + rh - 8}" text-anchor="end">{esc(_clip(r.label, 30))} '
                    f'<tspan class="sub">{esc(r.sublabel)}</tspan></text>{close_a}')
        if r.attainment is not None:
            x1 = xp(r.attainment)
            body.append(f'<rect x="{left}" y="{y + 4}" width="{max(x1 - left, 1.5):.1f}" height="{rh - 8}" rx="2" fill="{colour}"/>')
            if r.attainment > axis_max:
                body.append(f'<path d="M{x1 - 1:.1f},{y + 4} l7,{(rh - 8) / 2:.1f} l-7,{(rh - 8) / 2:.1f} z" fill="{colour}"/>')
        if r.expected is not None:
            xe = xp(r.expected)
            body.append(f'<path class="pace" d="M{xe:.1f},{y + 1} l5,{rh / 2 - 1:.1f} l-5,{rh / 2 - 1:.1f} l-5,-{rh / 2 - 1:.1f} z"/>')
        body.append(f'<text class="val" x="{left + bar_w + 12}" y="{y + rh - 8}">{esc(r.detail)}</text></g>')
        y += rh
    x100 = xp(100)
    body.append(f'<line class="target" x1="{x100:.1f}" y1="{top - 2}" x2="{x100:.1f}" y2="{height - 6}"/>')
    return _svg(width, height, body, label)


def attainment_legend(statuses: set[str], with_pace: bool) -> str:
    items = [f'<span class="key"><i style="background:{fmt.STATUS_COLOUR[s]}"></i>{esc(fmt.STATUS_VI[s])}</span>'
             for s in fmt.STATUS_ORDER if s in statuses]
    items.append('<span class="key"><i class="tline"></i>Chỉ tiêu (100 %)</span>')
    if with_pace:
        items.append('<span class="key"><i class="pace"></i>Tiến độ cần đạt đến giữa nhiệm kỳ</span>')
    return '<div class="legend">' + "".join(items) + "</div>"


# --- target bars ----------------------------------------------------------------------------------

def target_bars(rows: list[tuple[str, str, float, str, str, float | None]], label: str) -> str:
    """Horizontal bars, largest first: (province, year, target, value text, tooltip, result or None). The target
    is a light bar ending in a dark target line; a result of the same year is a narrower dark bar over it."""
    left, bar_w, right, rh, top = 160, 320, 230, 20, 4
    values = sorted(max(t, r or 0) for _, _, t, _, _, r in rows)
    vmax = values[-1] if values else 1
    median = values[len(values) // 2] if values else 0
    if median > 0 and vmax > 6 * median:
        # one or two outliers (often a flagged figure) would squash every other bar: cut the scale, mark the cut
        vmax = max(v for v in values if v <= 4 * median) * 1.15
    vmax = vmax or 1
    width, height = left + bar_w + right, top + rh * len(rows) + 4
    body = []
    for i, (name, year, t, text, tip, r) in enumerate(rows):
        y = top + i * rh
        w = max(bar_w * min(t, vmax) / vmax, 1.5)
        body.append(f'<g><title>{esc(tip)}</title><text class="lbl" x="{left - 8}" y="{y + rh - 6}" text-anchor="end">'
                    f'{esc(_clip(name, 18))} <tspan class="sub">{esc(year)}</tspan></text><rect x="{left}" y="{y + 3}" width="{w:.1f}" height="{rh - 6}" rx="2" '
                    f'fill="#9ecae1"/>')
        if t > vmax:  # cut bar: a white zig-zag through it, no target line (it is off the scale)
            body.append(f'<path d="M{left + w - 14:.1f},{y + 1} l4,{rh / 2 - 1:.1f} l-4,{rh / 2 - 1:.1f} m6,0 l4,-{rh / 2 - 1:.1f} '
                        f'l-4,-{rh / 2 - 1:.1f}" stroke="#fff" stroke-width="2.5" fill="none"/>')
        else:
            body.append(f'<line class="target" x1="{left + w:.1f}" y1="{y + 1}" x2="{left + w:.1f}" y2="{y + rh - 1}"/>')
        end = left + w
        if r is not None:
            wr = max(bar_w * min(r, vmax) / vmax, 1.5)
            body.append(f'<rect x="{left}" y="{y + 8}" width="{wr:.1f}" height="{rh - 16}" fill="#08519c"/>')
            end = max(end, left + wr)
        body.append(f'<text class="val" x="{end + 6:.1f}" y="{y + rh - 6}">{esc(text)}</text></g>')
    return _svg(width, height, body, label)


# --- movers --------------------------------------------------------------------------------------------

def movers_chart(rows: list[tuple[str, float, str, str]], label: str) -> str:
    """Diverging bars on a log scale: (label, ratio to previous year, text, tooltip). Rises right, falls left."""
    left, half, right, rh, top = 300, 170, 190, 20, 22
    width, height = left + 2 * half + right, top + rh * len(rows) + 6
    lim = math.log2(16)
    cx = left + half

    def xr(ratio: float) -> float:
        return cx + half * max(-lim, min(lim, math.log2(ratio))) / lim

    body = []
    for mult, text in ((1 / 16, "÷16"), (1 / 4, "÷4"), (1, "="), (4, "×4"), (16, "×16")):
        x = xr(mult)
        body.append(f'<line class="grid" x1="{x:.1f}" y1="{top - 4}" x2="{x:.1f}" y2="{height - 4}"/>'
                    f'<text class="axis" x="{x:.1f}" y="{top - 8}" text-anchor="middle">{text}</text>')
    for i, (name, ratio, text, tip) in enumerate(rows):
        y = top + i * rh
        x = xr(ratio)
        colour = "#2b83ba" if ratio >= 1 else "#d7191c"
        x0, w = (cx, x - cx) if x >= cx else (x, cx - x)
        body.append(f'<g><title>{esc(tip)}</title><text class="lbl" x="{left - 8}" y="{y + rh - 6}" text-anchor="end">'
                    f'{esc(_clip(name, 44))}</text><rect x="{x0:.1f}" y="{y + 3}" width="{max(w, 1.5):.1f}" '
                    f'height="{rh - 6}" rx="2" fill="{colour}"/><text class="val" x="{left + 2 * half + 10}" '
                    f'y="{y + rh - 6}">{esc(text)}</text></g>')
    body.append(f'<line class="target" x1="{cx}" y1="{top - 2}" x2="{cx}" y2="{height - 4}"/>')
    return _svg(width, height, body, label)
