"""Build the analysts' report from the published warehouse: <warehouse>/report/index.html and document.html.

Pure Python (no Dagster): `build_report(published_db, out_dir)` opens the DuckDB file read-only, writes the
whole report into a temporary folder beside `out_dir` and swaps it in with two renames, so a failed build
never leaves half a report and a reader never sees a mix of two builds.

Every piece of text that comes from a document (names, titles, quotes, sentences) is escaped with
`html.escape` here, or set with `textContent` by the viewer; SQL never contains document text (filters
use parameters).
"""

from __future__ import annotations

import math
import os
import shutil
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import duckdb

from pipelines.fingerprint import REPORT_BUILT_FROM
from pipelines.report import fmt, svg
from pipelines.report.docs import TEXT_BUDGET, write_document_shards
from pipelines.report.static import CSS, VIEWER_JS
from pipelines.report.svg import esc

VIETNAM = timezone(timedelta(hours=7), "ICT")
MAX_ATTAINMENT_ROWS = 24     # organisations in an indicator's attainment chart (the 12 lowest and 12 highest)
MAX_TARGET_ROWS = 15         # provinces in an indicator's target chart
MAX_MOVERS = 12              # rises and falls each
MAX_FLAGS = 600              # open flags listed one by one (all of them are counted)
MAX_DOCS_LISTED = 60         # documents listed on the index page (all of them are in the viewer's catalogue)
MAP_TITLE = {"pre_2025": "Bản đồ 63 tỉnh, thành phố (trước 1/7/2025)",
             "post_2025": "Bản đồ 34 tỉnh, thành phố (từ 1/7/2025)"}


@dataclass
class ReportResult:
    path: Path               # <out_dir>/index.html
    bytes: int               # the whole report folder
    seconds: float
    markdown_summary: str
    files: int = 0
    documents: int = 0


def build_report(published_db: Path, out_dir: Path, *, text_budget: int = TEXT_BUDGET,
                 built_from: str | None = None) -> ReportResult:
    """`built_from`, the published warehouse's input fingerprint, is written into the report folder before it is
    swapped in, so a run can tell a report that matches the warehouse from one a killed run left behind."""
    started = time.monotonic()
    published_db, out_dir = Path(published_db), Path(out_dir)
    if not published_db.exists():
        raise FileNotFoundError(f"no warehouse at {published_db}: run `chitieu run` first")
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(out_dir)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.incoming-", dir=out_dir.parent))
    try:
        with duckdb.connect(str(published_db), read_only=True) as con:
            con.execute("set enable_progress_bar = false")
            page = _Page(con, published_db, text_budget)
            stats = page.render(tmp)
        if built_from:
            (tmp / REPORT_BUILT_FROM).write_text(built_from, encoding="utf-8")
        total = sum(p.stat().st_size for p in tmp.rglob("*") if p.is_file())
        files = sum(1 for p in tmp.rglob("*") if p.is_file())
        os.chmod(tmp, 0o755)
        _swap_in(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    seconds = time.monotonic() - started
    index = out_dir / "index.html"
    md = _markdown(index, total, seconds, stats)
    return ReportResult(index, total, seconds, md, files, stats["documents"])


def _swap_in(new: Path, target: Path) -> None:
    """Two renames (a folder cannot be renamed over a non-empty one): for an instant there is no report, but
    never half of one. The old name is unique, so two builds finishing together do not collide."""
    old = target.with_name(f".{target.name}.old-{os.getpid()}-{time.monotonic_ns()}")
    if target.exists():
        os.replace(target, old)
    os.replace(new, target)
    shutil.rmtree(old, ignore_errors=True)


def _remove_leftovers(target: Path) -> None:
    """Temporary folders of builds that were killed halfway."""
    for pattern in (f".{target.name}.incoming-*", f".{target.name}.old-*"):
        for p in target.parent.glob(pattern):
            if time.time() - p.stat().st_mtime > 3600:
                shutil.rmtree(p, ignore_errors=True)


def _markdown(index: Path, total: int, seconds: float, s: dict) -> str:
    status = ", ".join(f"{fmt.STATUS_VI[k].lower()} {fmt.num(v)}" for k, v in s["status"].items() if v) or "chưa có"
    lines = [
        f"**Báo cáo chỉ tiêu**: `{index}` ({total / 1e6:.1f} MB, {seconds:.1f} s)",
        "",
        f"- văn bản: {fmt.num(s['documents'])} ({fmt.num(s['quarantined'])} không đọc được)",
        f"- chỉ tiêu (targets): {fmt.num(s['targets'])}, kết quả (results): {fmt.num(s['results'])}, "
        f"so sánh: {fmt.num(s['comparisons'])}",
        f"- mức độ đạt: {status}",
        f"- cảnh báo chất lượng đang mở: {fmt.num(s['open_flags'])}"
        + (f" ({', '.join(f'{k} {fmt.num(v)}' for k, v in s['open_flags_by_severity'].items())})" if s['open_flags'] else ""),
        f"- chỉ số (indicators) có biểu đồ: {s['indicators']}",
    ]
    if s.get("excerpted"):
        lines.append(f"- {fmt.num(s['excerpted'])} văn bản chỉ có đoạn trích (báo cáo vượt ngân sách dung lượng)")
    return "\n".join(lines)


def _short_org(org: str | None) -> str:
    if not org:
        return "(không rõ tổ chức)"
    for prefix in ("Thành đoàn ", "Tỉnh đoàn "):
        if org.startswith(prefix):
            return org[len(prefix):]
    return org


def _doc_link(document_id: str | None, start: int | None = None, end: int | None = None) -> str | None:
    if not document_id:
        return None
    return f"document.html#{document_id}" + (f"@{start}-{end}" if start is not None and end is not None else "")


class _Page:
    def __init__(self, con: duckdb.DuckDBPyConnection, db: Path, text_budget: int):
        self.con, self.db, self.text_budget = con, db, text_budget
        self.tables = {r[0] for r in con.execute(
            "select table_name from information_schema.tables where table_schema = 'main'").fetchall()}
        self.indicators = {}
        if "dim_indicator" in self.tables:
            self.indicators = {c: (n, u) for c, n, u in con.execute(
                "select code, name_vi, unit_kind from dim_indicator order by code").fetchall()}

    def q(self, sql: str, params: list | None = None) -> list[tuple]:
        return self.con.execute(sql, params or []).fetchall()

    def has(self, *tables: str) -> bool:
        return all(t in self.tables for t in tables)

    def ind_name(self, code: str | None) -> str:
        return self.indicators.get(code, (code or "?", None))[0] or (code or "?")

    # -- the page ---------------------------------------------------------------------------------------

    def render(self, out: Path) -> dict:
        stats = self._stats()
        sections = [
            ("coverage", "Dữ liệu có ở đâu", self._coverage()),
            ("attainment", "Mức độ đạt theo chỉ tiêu", self._indicators(stats)),
            ("movers", "Chỉ tiêu thay đổi nhiều nhất", self._movers()),
            ("flags", "Cảnh báo chất lượng", self._flags(stats)),
            ("documents", "Văn bản", self._documents(stats)),
        ]
        now = datetime.now(VIETNAM).strftime("%d/%m/%Y %H:%M")
        cards = "".join(f'<div class="card"><b>{fmt.num(v)}</b><span>{t}</span></div>' for v, t in (
            (stats["documents"], "văn bản (documents)"),
            (stats["targets"], "chỉ tiêu (fct_targets)"),
            (stats["results"], "kết quả (fct_results)"),
            (stats["comparisons"], "kết quả đã so với chỉ tiêu"),
            (stats["open_flags"], "cảnh báo chất lượng đang mở"),
        ))
        nav = "".join(f'<a href="#{k}">{t}</a>' for k, t, _ in sections)
        body = "".join(f'<section id="{k}"><h2>{t}</h2>{html}</section>' for k, t, html in sections)
        index = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Báo cáo chỉ tiêu</title><style>{CSS}</style></head>
<body><header class="top"><h1>Báo cáo chỉ tiêu</h1>
<div class="sub">Chỉ tiêu và kết quả của Đoàn TNCS Hồ Chí Minh, trích từ {fmt.num(stats['documents'])} văn bản ·
lập lúc {now} (giờ Việt Nam) · kho dữ liệu <code style="background:none;color:#fff">{esc(self.db.name)}</code></div>
<div class="cards">{cards}</div></header>
<nav class="toc">{nav}<a href="document.html">Danh mục văn bản</a></nav>
<main>{body}</main>
<footer>Số liệu lấy từ <code>{esc(self.db)}</code>. Số viết theo kiểu Việt Nam: dấu chấm ngăn cách hàng nghìn,
dấu phẩy thập phân (156.835; 23,2 %). Tên cột tiếng Anh là tên cột trong kho dữ liệu, để tra bằng
<code>chitieu query</code>.</footer>
</body></html>
"""
        (out / "index.html").write_text(index, encoding="utf-8")
        doc_types = dict(fmt.DOC_TYPE_VI)
        indicators = {c: n for c, (n, _) in self.indicators.items()}
        viewer = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Văn bản — Báo cáo chỉ tiêu</title><style>{CSS}</style></head>
<body><header class="top"><h1>Báo cáo chỉ tiêu · Văn bản</h1>
<div class="sub">Nội dung văn bản, mỗi số liệu trích xuất được tô màu và ghi nhãn (loại · chỉ số · giá trị · đơn vị).</div></header>
<main id="app"><p class="note">Đang tải…</p></main>
<noscript>Trang này cần JavaScript để giải nén văn bản.</noscript>
<script>{VIEWER_JS}</script>
</body></html>
"""
        (out / "document.html").write_text(viewer, encoding="utf-8")
        shard_stats = write_document_shards(self.con, out, indicators, doc_types, self.text_budget)
        stats.update(shard_stats)
        return stats

    def _stats(self) -> dict:
        one = lambda sql: self.q(sql)[0][0]  # noqa: E731
        s = {
            "documents": one("select count(*) from documents"),
            "quarantined": one("select count(*) from documents where status <> 'ok'"),
            "targets": one("select count(*) from fct_targets") if self.has("fct_targets") else 0,
            "results": one("select count(*) from fct_results") if self.has("fct_results") else 0,
            "comparisons": 0, "status": {}, "open_flags": 0, "open_flags_by_severity": {}, "indicators": 0,
        }
        if self.has("fct_plan_vs_result"):
            s["comparisons"] = one("select count(*) from fct_plan_vs_result where status in ('achieved', 'on_track', 'behind', 'far_behind', 'ambition')")
            counts = dict(self.q("select status, count(*) from fct_plan_vs_result group by status"))
            s["status"] = {k: counts.get(k, 0) for k in fmt.STATUS_ORDER}
        if self.has("dq_flags"):
            sev = self.q("""select severity, count(*) from dq_flags where flag_status = 'open' group by severity
                            order by case severity when 'error' then 0 when 'warn' then 1 else 2 end""")
            s["open_flags_by_severity"] = dict(sev)
            s["open_flags"] = sum(s["open_flags_by_severity"].values())
        return s

    # -- coverage ------------------------------------------------------------------------------------------

    def _coverage(self) -> str:
        if not self.has("mart_coverage", "dim_province"):
            return '<p class="note">Kho dữ liệu chưa có bảng mart_coverage.</p>'
        cells: dict[str, dict] = defaultdict(dict)
        years: set[int] = set()
        for m, prov, year, d, t, r, c, f in self.q(
                "select map, province, year, documents, targets, results, comparisons, flags from mart_coverage"):
            if year is None:
                continue
            cells[m][(prov, int(year))] = {"documents": int(d or 0), "targets": int(t or 0), "results": int(r or 0),
                                           "comparisons": int(c or 0), "flags": int(f or 0)}
            years.add(int(year))
        if not years:
            return '<p class="note">Chưa có văn bản nào gắn với một tỉnh, thành phố.</p>'
        lo, hi = min(years), max(years)
        year_list = list(range(max(lo, hi - 15), hi + 1))
        maps = []
        for m in ("pre_2025", "post_2025"):
            provinces = []
            for name, succ, preds in self.q(
                    "select name, successor_name, predecessors from dim_province where map = ? order by code", [m]):
                extra = (f"từ 7/2025 thuộc {succ}" if m == "pre_2025" and succ and succ != name else
                         f"gồm {', '.join(preds)}" if m == "post_2025" and preds and len(preds) > 1 else "")
                provinces.append((name, extra))
            known = {p for p, _ in provinces}
            provinces += [(p, "không có trong danh mục tỉnh") for p in sorted({p for p, _ in cells[m]} - known)]
            with_data = len({p for p, _ in cells[m]})
            maps.append(f'<div><h3>{MAP_TITLE[m]}</h3><p class="note">{with_data} / {len(provinces)} tỉnh, thành có '
                        f'văn bản · <code>mart_coverage</code> map = <code>{m}</code></p>'
                        + svg.coverage_heatmap(provinces, year_list, cells[m], f"Độ phủ dữ liệu, {MAP_TITLE[m]}") + "</div>")
        other = ""
        if self.has("documents"):
            rows = self.q("""select coalesce(org, '(không rõ tổ chức)'), count(*) from documents
                             where province is null and status = 'ok' group by 1 order by 2 desc, 1 limit 12""")
            if rows:
                other = ('<p class="note">Văn bản của tổ chức không thuộc tỉnh nào (không có trong bản đồ): '
                         + "; ".join(f"{esc(o)} {n}" for o, n in rows) + ".</p>")
        return ('<p class="note">Mỗi ô là một tỉnh trong một năm; màu cho biết có gì (văn bản, chỉ tiêu, kết quả, '
                'so sánh), số trong ô là số văn bản. Một văn bản nhiệm kỳ (2017–2022) tính cho mọi năm của nhiệm kỳ. '
                'Rê chuột lên ô để xem chi tiết.</p>' + svg.coverage_legend() + '<div class="maps">' + "".join(maps)
                + "</div>" + other)

    # -- indicators -------------------------------------------------------------------------------------------

    def _indicators(self, stats: dict) -> str:
        if not self.has("fct_targets", "fct_results", "fct_plan_vs_result"):
            return '<p class="note">Kho dữ liệu chưa có bảng so sánh.</p>'
        n_targets = dict(self.q("select indicator, count(*) from fct_targets group by 1"))
        n_results = dict(self.q("select indicator, count(*) from fct_results group by 1"))
        status: dict[str, dict[str, int]] = defaultdict(dict)
        for ind, st, n in self.q("select indicator, status, count(*) from fct_plan_vs_result group by 1, 2"):
            status[ind][st] = n
        codes = [c for c in set(n_targets) | set(n_results) if c and c != "other"]
        compared = lambda c: sum(v for k, v in status.get(c, {}).items() if k != "no_target")  # noqa: E731
        codes.sort(key=lambda c: (-compared(c), -(n_targets.get(c, 0) + n_results.get(c, 0)), c))
        stats["indicators"] = len(codes)
        if not codes:
            return '<p class="note">Chưa có chỉ tiêu hay kết quả nào.</p>'

        target_rows = self._target_rows()
        attain_rows = self._attainment_rows()

        overview = ['<table><tr><th>Chỉ số <small>(indicator)</small></th><th class="num">chỉ tiêu</th>'
                    '<th class="num">kết quả</th><th>Mức độ đạt <small>(fct_plan_vs_result.status)</small></th></tr>']
        for c in codes:
            overview.append(
                f'<tr><td><a href="#ind-{esc(c)}">{esc(self.ind_name(c))}</a> <code>{esc(c)}</code></td>'
                f'<td class="num">{fmt.num(n_targets.get(c, 0))}</td><td class="num">{fmt.num(n_results.get(c, 0))}</td>'
                f'<td>{svg.status_bar(status.get(c, {}), label="Mức độ đạt: " + self.ind_name(c))}</td></tr>')
        overview.append("</table>")

        blocks = []
        for c in codes:
            name, unit_kind = self.indicators.get(c, (c, None))
            parts = [f'<div class="ind" id="ind-{esc(c)}"><h3>{esc(name)} <code>{esc(c)}</code></h3>'
                     f'<div class="meta">đơn vị <code>{esc(unit_kind or "?")}</code> · {fmt.num(n_targets.get(c, 0))} chỉ tiêu · '
                     f'{fmt.num(n_results.get(c, 0))} kết quả · '
                     + " · ".join(f"{esc(fmt.STATUS_VI[k].lower())} {v}" for k, v in
                                  sorted(status.get(c, {}).items(), key=lambda kv: fmt.STATUS_ORDER.index(kv[0])
                                         if kv[0] in fmt.STATUS_ORDER else 99))
                     + "</div>"]
            charts = []
            tr = target_rows.get(c)
            if tr:
                charts.append(self._target_chart(c, tr))
            ar = [r for r in attain_rows.get(c, []) if r["status"] in fmt.GRADED]
            latest = self._latest_per_org(ar)
            if latest:
                charts.append(self._attainment_block(c, latest, "Kết quả so với chỉ tiêu — kỳ gần nhất của mỗi tổ chức"))
            shown = {(r["org"], r["result_period"]) for r in latest}
            pace = self._latest_per_org([r for r in ar if r["expected"] is not None])
            if pace and any((r["org"], r["result_period"]) not in shown for r in pace):
                charts.append(self._attainment_block(c, pace, "Tiến độ giữa nhiệm kỳ"))
            ambition = [r for r in attain_rows.get(c, []) if r["status"] == "ambition"]
            if ambition:
                charts.append(self._ambition_block(ambition))
            not_compared = [r for r in attain_rows.get(c, []) if r["status"] == "not_compared"]
            if not_compared:
                charts.append(self._not_compared_block(not_compared))
            if not charts:
                charts.append('<p class="note">Chỉ có số liệu cấp Trung ương hoặc không theo năm; xem '
                              f'<code>chitieu query "select * from fct_targets where indicator = \'{esc(c)}\'"</code>.</p>')
            parts.append('<div class="two">' + "".join(charts) + "</div></div>")
            blocks.append("".join(parts))
        return ('<p class="note">Mỗi kết quả được so với chỉ tiêu phù hợp nhất (<code>fct_plan_vs_result</code>); '
                'màu là trạng thái (status).</p>' + svg.status_legend() + "".join(overview) + "".join(blocks))

    def _target_rows(self) -> dict[str, dict]:
        """Per indicator: each province's latest annual target (on the map of its year: 34 provinces from 2025,
        63 before), in the unit most targets of the indicator use, with the result of the same year if any."""
        if not self.has("mart_province_year"):
            return {}
        rows = self.q("""
            with t as (
                select * from mart_province_year
                where map = case when year >= 2025 then 'post_2025' else 'pre_2025' end and value is not null
            ), u as (
                select indicator, unit from t where kind = 'target' group by indicator, unit
                qualify row_number() over (partition by indicator order by count(*) desc, unit) = 1
            ), latest as (
                select indicator, unit, province, max(year) as year from t join u using (indicator, unit)
                where kind = 'target' group by indicator, unit, province
            )
            select t.indicator, t.unit, t.province, t.year, t.kind, t.value, t.contributors, t.status
            from t join latest using (indicator, unit, province, year)""")
        out: dict[str, dict] = {}
        for ind, unit, prov, year, kind, value, contributors, status in rows:
            d = out.setdefault(ind, {"unit": unit, "rows": {}})
            r = d["rows"].setdefault((prov, year), {"target": None, "result": None, "who": contributors, "status": {}})
            r[kind] = value
            r["status"][kind] = status
        return out

    def _target_chart(self, code: str, d: dict) -> str:
        keys = sorted(d["rows"], key=lambda k: (-(d["rows"][k]["target"] or 0), k))
        shown = keys[:MAX_TARGET_ROWS]
        unit = d["unit"]
        rows = []
        for prov, year in shown:
            x = d["rows"][(prov, year)]
            t, r = x["target"], x["result"]
            # a value resting on a figure with an open error flag, or read with doubt, says so where it is shown
            worst = "flagged" if "flagged" in x["status"].values() else \
                "in_doubt" if "in_doubt" in x["status"].values() else "certain"
            mark = fmt.FACT_MARK[worst]
            text = fmt.value(t, unit) + (f" · kết quả {fmt.value(r, unit)}" if r is not None else "") + \
                (f" {mark}" if mark else "")
            tip = f"{prov}, {year}: chỉ tiêu {fmt.value(t, unit)}" + (
                f", kết quả {fmt.value(r, unit)}" if r is not None else "") + f" ({', '.join(x['who'] or [])})" + \
                (f"; {fmt.FACT_STATUS_VI[worst]}" if worst != "certain" else "")
            rows.append((prov + (f" {mark}" if mark else ""), str(year), t, text, tip, r))
        years = sorted({y for _, y in keys})
        span = str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"
        more = f'<p class="note">và {len(keys) - len(shown)} tỉnh khác</p>' if len(keys) > len(shown) else ""
        has_results = any(r is not None for *_, r in rows)
        legend = ('<div class="legend"><span class="key"><i style="background:#9ecae1"></i>Chỉ tiêu</span>'
                  '<span class="key"><i class="tline"></i>Mức chỉ tiêu</span>'
                  '<span class="key"><i class="res"></i>Kết quả cùng năm</span></div>' if has_results else "")
        marks = sorted({s for x in d["rows"].values() for s in x["status"].values()} - {"certain"})
        note = ('<p class="note">' + " · ".join(f"{fmt.FACT_MARK[s]} {fmt.FACT_STATUS_VI[s]}" for s in marks)
                + "</p>") if marks else ""
        return (f'<div><h4>Chỉ tiêu năm gần nhất của mỗi tỉnh ({span}; đơn vị <code>{esc(unit)}</code>; '
                f'từ 2025 theo bản đồ 34 tỉnh)</h4>{legend}'
                + svg.target_bars(rows, f"Chỉ tiêu {self.ind_name(code)} theo tỉnh") + note + more + "</div>")

    def _attainment_rows(self) -> dict[str, list[dict]]:
        rows = self.q("""
            select r.indicator, r.org, r.unit, r.result_period, r.target_period, r.result_value, r.target_value,
                   r.comparison_basis, r.target_compared, r.result_per_year, r.target_per_year, r.attainment_pct,
                   r.expected_to_date_pct, r.pace_ratio, r.status, r.not_compared_reason, r.result_document_id,
                   r.result_start, r.result_end, coalesce(p.end_year, 0), coalesce(p.start_year, 0), r.ambition_ratio
            from fct_plan_vs_result r left join dim_period p on p.period = r.result_period
            where r.target_value is not null""")
        out: dict[str, list[dict]] = defaultdict(list)
        for (ind, org, unit, rp, tp, rv, tv, basis, tc, rpy, tpy, att, exp, pace, st, why, doc, s, e,
             end_year, start_year, ratio) in rows:
            out[ind].append(dict(org=org, unit=unit, result_period=rp, target_period=tp, result_value=rv,
                                 target_value=tv, basis=basis, target_compared=tc, result_per_year=rpy,
                                 target_per_year=tpy, attainment=att, expected=exp, pace=pace, status=st,
                                 not_compared=why, doc=doc, start=s, end=e, order=(end_year, start_year), ratio=ratio))
        return out

    @staticmethod
    def _latest_per_org(rows: list[dict]) -> list[dict]:
        best: dict[str, dict] = {}
        for r in rows:
            k = r["org"] or ""
            if k not in best or (r["order"], r["result_period"] or "") > (best[k]["order"], best[k]["result_period"] or ""):
                best[k] = r
        return list(best.values())

    def _attainment_block(self, code: str, rows: list[dict], title: str) -> str:
        rows = sorted(rows, key=lambda r: (r["attainment"] if r["attainment"] is not None else -1, r["org"] or ""))
        gap_after, gap_text = None, ""
        if len(rows) > MAX_ATTAINMENT_ROWS:
            half = MAX_ATTAINMENT_ROWS // 2
            hidden = len(rows) - 2 * half
            gap_after, gap_text = half, f"… {hidden} tổ chức ở giữa …"
            rows = rows[:half] + rows[-half:]
        chart_rows = []
        for r in rows:
            u = r["unit"]
            detail = f"{fmt.value(r['result_value'], u)} / {fmt.value(r['target_value'], u)} · {fmt.pct(r['attainment'])}"
            if r["expected"] is not None:
                detail += f" (cần {fmt.pct(r['expected'], 0)})"
            basis = {"same_period": "cùng kỳ", "term_target": "chỉ tiêu nhiệm kỳ",
                     "sum_of_annual_targets": "tổng chỉ tiêu các năm",
                     "per_year_target_x_years": "chỉ tiêu năm × số năm"}.get(r["basis"], r["basis"] or "")
            tip = (f"{r['org']}: kết quả {fmt.value(r['result_value'], u)} ({r['result_period']}) so với chỉ tiêu "
                   f"{fmt.value(r['target_value'], u)} ({r['target_period']}), cách so: {basis} "
                   f"[{r['basis']}] → {fmt.pct(r['attainment'])}, {fmt.STATUS_VI.get(r['status'], r['status'])}")
            if r["expected"] is not None:
                tip += f"; giữa nhiệm kỳ cần đạt {fmt.pct(r['expected'])}, nhịp độ (pace_ratio) {fmt.num(r['pace'])}"

            sub = str(r["result_period"] or "") + (f" / {r['target_period']}" if r["target_period"] != r["result_period"] else "")
            chart_rows.append(svg.AttainmentRow(
                label=_short_org(r["org"]), sublabel=sub, attainment=r["attainment"], status=r["status"],
                expected=r["expected"], detail=detail, tooltip=tip, href=_doc_link(r["doc"], r["start"], r["end"])))
        with_pace = any(r.expected is not None for r in chart_rows)
        return (f'<div><h4>{esc(title)} (% chỉ tiêu; nhãn: kết quả / chỉ tiêu · mức đạt)</h4>'
                + svg.attainment_legend({r.status for r in chart_rows}, with_pace)
                + svg.attainment_chart(chart_rows, f"{title}: {self.ind_name(code)}", gap_after, gap_text) + "</div>")

    @staticmethod
    def _ambition_block(rows: list[dict]) -> str:
        """A later plan against the pace shown before: no attainment, a ratio of yearly rates."""
        out = ['<div><h4>Chỉ tiêu mới so với nhịp độ đã đạt trước đó (ambition, không phải mức đạt)</h4><table>'
               '<tr><th>Tổ chức</th><th>Kết quả trước</th><th>Chỉ tiêu sau</th><th class="num">gấp</th></tr>']
        for r in sorted(rows, key=lambda r: (r["org"] or "", r["result_period"] or "")):
            u = r["unit"]
            before = f"{fmt.value(r['result_value'], u)} ({esc(r['result_period'] or '')})"
            after = f"{fmt.value(r['target_value'], u)} ({esc(r['target_period'] or '')})"
            if r["result_per_year"] is not None:
                before += f", ~{fmt.value(r['result_per_year'], u)}/năm"
                after += f", {fmt.value(r['target_per_year'], u)}/năm"
            ratio = f"{fmt.num(r['ratio'])}×" if r["ratio"] is not None else ""
            out.append(f'<tr><td><a href="{esc(_doc_link(r["doc"], r["start"], r["end"]) or "#")}">{esc(r["org"] or "")}</a></td>'
                       f'<td>{before}</td><td>{after}</td><td class="num">{ratio}</td></tr>')
        return "".join(out) + "</table></div>"

    @staticmethod
    def _not_compared_block(rows: list[dict]) -> str:
        """Pairs an analyst would have to check first, with the reason they were not graded."""
        out = ['<div><h4>Không so sánh: còn nghi vấn (not_compared)</h4><table>'
               '<tr><th>Tổ chức</th><th>Kết quả</th><th>Chỉ tiêu</th><th>Lý do <small>(not_compared_reason)</small></th></tr>']
        for r in sorted(rows, key=lambda r: (r["org"] or "", r["result_period"] or ""))[:MAX_ATTAINMENT_ROWS]:
            u = r["unit"]
            out.append(f'<tr><td><a href="{esc(_doc_link(r["doc"], r["start"], r["end"]) or "#")}">{esc(r["org"] or "")}</a></td>'
                       f'<td>{fmt.value(r["result_value"], u)} ({esc(r["result_period"] or "")})</td>'
                       f'<td>{fmt.value(r["target_value"], u)} ({esc(r["target_period"] or "")})</td>'
                       f'<td><small>{esc(r["not_compared"] or "")}</small></td></tr>')
        return "".join(out) + "</table></div>"

    # -- movers --------------------------------------------------------------------------------------------------

    def _movers(self) -> str:
        if not self.has("fct_target_trend"):
            return '<p class="note">Kho dữ liệu chưa có bảng fct_target_trend.</p>'
        join = "left join fct_targets ft using (target_id)" if self.has("fct_targets") else ""
        cols = 'ft.document_id, ft."start", ft."end"' if join else "null, null, null"
        rows = self.q(f"""
            select t.org, t.indicator, t.unit, t.year, t.value, t.previous_year, t.previous_value, t.relative_change_pct,
                   t.value / t.previous_value as ratio, t.quote, t.previous_quote, {cols}
            from fct_target_trend t {join}
            where t.previous_value > 0 and t.value > 0 and t.value <> t.previous_value""")
        n_pairs = self.q("select count(*) from fct_target_trend where previous_value is not null")[0][0]
        if not rows:
            return ('<p class="note">Chưa có chỉ tiêu nào của cùng một tổ chức trong hai năm liền nhau để so sánh '
                    f'(<code>fct_target_trend</code>: {fmt.num(n_pairs)} cặp năm).</p>')
        rows.sort(key=lambda r: (-abs(math.log(r[8])), r[0] or "", r[1] or "", r[3]))
        rises = [r for r in rows if r[8] > 1][:MAX_MOVERS]
        falls = [r for r in rows if r[8] < 1][:MAX_MOVERS]
        chart_rows, table = [], []
        for r in rises + falls:
            org, ind, unit, year, v, py, pv, rel, ratio, quote, pquote, doc, s, e = r
            label = f"{_short_org(org)} · {self.ind_name(ind)}"
            text = f"{fmt.value(pv, unit)} → {fmt.value(v, unit)} ({fmt.signed_pct(rel)})"
            chart_rows.append((label, ratio, text, f"{org}, {ind}, {py} → {year}: {text}"))
            link = _doc_link(doc, s, e)
            cls = "up" if ratio > 1 else "down"
            table.append(
                f'<tr><td>{esc(org)}</td><td>{esc(self.ind_name(ind))} <code>{esc(ind)}</code></td>'
                f'<td class="num">{py} → {year}</td><td class="num">{esc(fmt.value(pv, unit))}</td>'
                f'<td class="num">{esc(fmt.value(v, unit))}</td><td class="num {cls}">{esc(fmt.signed_pct(rel))}</td>'
                f'<td>“{esc(pquote)}” → “' + (f'<a href="{esc(link)}">{esc(quote)}</a>' if link else esc(quote))
                + "”</td></tr>")
        return (f'<p class="note">Chỉ tiêu của cùng một tổ chức so với năm trước (<code>fct_target_trend</code>, '
                f'{fmt.num(n_pairs)} cặp năm): {len(rises)} tăng mạnh nhất và {len(falls)} giảm mạnh nhất, '
                'thang logarit (×4 = gấp bốn lần).</p>'
                '<div class="legend"><span class="key"><i style="background:#2b83ba"></i>tăng</span>'
                '<span class="key"><i style="background:#d7191c"></i>giảm</span></div>'
                + svg.movers_chart(chart_rows, "Chỉ tiêu thay đổi nhiều nhất so với năm trước")
                + '<table><tr><th>Tổ chức <small>(org)</small></th><th>Chỉ số <small>(indicator)</small></th>'
                  '<th class="num">năm</th><th class="num">năm trước</th><th class="num">năm nay</th>'
                  '<th class="num">thay đổi</th><th>Trích dẫn <small>(previous_quote → quote)</small></th></tr>'
                + "".join(table) + "</table>")

    # -- flags ----------------------------------------------------------------------------------------------------

    def _flags(self, stats: dict) -> str:
        if not self.has("dq_flags"):
            return '<p class="note">Kho dữ liệu chưa có bảng dq_flags.</p>'
        if not stats["open_flags"]:
            return '<p class="note">Không có cảnh báo nào đang mở.</p>'
        by_rule = self.q("""select rule_id, rule_name, severity, count(*) from dq_flags where flag_status = 'open'
                            group by all order by rule_id, severity""")
        sentence = "m.sentence" if self.has("measures") else "null"
        mjoin = "left join measures m on m.measure_id = f.subject_measure_id" if self.has("measures") else ""
        rows = self.q(f"""
            select f.severity, f.rule_id, f.rule_name, f.org, f.indicator, f.period, f.message, f.document_id,
                   f."start", f."end", f.quote, {sentence}, d.path
            from dq_flags f {mjoin} left join documents d on d.document_id = f.document_id
            where f.flag_status = 'open'
            order by case f.severity when 'error' then 0 when 'warn' then 1 else 2 end, f.rule_id, f.org,
                     f.indicator, f.period, f.quote, f.flag_id
            limit ?""", [MAX_FLAGS])
        summary = ['<table><tr><th>rule_id</th><th>rule_name</th><th>severity</th><th class="num">đang mở</th></tr>']
        summary += [f'<tr><td>{esc(r)}</td><td>{esc(n)}</td><td><span class="sev {esc(s)}">{esc(fmt.SEVERITY_VI.get(s, s))}</span></td>'
                    f'<td class="num">{fmt.num(c)}</td></tr>' for r, n, s, c in by_rule]
        summary.append("</table>")
        items = []
        for sev, rule, name, org, ind, period, msg, doc, s, e, quote, sent, path in rows:
            said = sent or quote or ""
            quote_html = esc(said)
            if quote and sent and quote in sent:
                i = sent.index(quote)
                quote_html = esc(sent[:i]) + f'<mark class="q">{esc(quote)}</mark>' + esc(sent[i + len(quote):])
            elif quote and not sent:
                quote_html = f'<mark class="q">{esc(quote)}</mark>'
            link = _doc_link(doc, s, e)
            where = (f' · <a href="{esc(link)}">xem trong văn bản {esc(path or doc)}</a>' if link else "")
            items.append(
                f'<div class="flag {esc(sev)}"><div class="head"><span class="sev {esc(sev)}">{esc(fmt.SEVERITY_VI.get(sev, sev))}</span> '
                f'<b>{esc(rule)}</b> <code>{esc(name)}</code> · {esc(org or "(không rõ tổ chức)")} · '
                f'{esc(self.ind_name(ind)) if ind else ""} <code>{esc(ind or "")}</code> · kỳ {esc(period or "–")}</div>'
                f'<blockquote>{quote_html}</blockquote><div class="msg">{esc(msg)}{where}</div></div>')
        more = (f'<p class="note">Hiển thị {fmt.num(len(rows))} / {fmt.num(stats["open_flags"])} cảnh báo; xem hết bằng '
                '<code>chitieu flags</code>.</p>' if stats["open_flags"] > len(rows) else "")
        return ('<p class="note">Những số liệu không khớp nhau (<code>dq_flags</code>, <code>flag_status = \'open\'</code>): '
                'câu trích có số bị đánh dấu, và liên kết tới văn bản với con số được tô sáng. Cách sửa: '
                '<code>raw/corrections.csv</code>.</p>' + "".join(summary) + more + "".join(items))

    # -- documents ---------------------------------------------------------------------------------------------------

    def _documents(self, stats: dict) -> str:
        parts = [f'<p>{fmt.num(stats["documents"])} văn bản, {fmt.num(stats["quarantined"])} không đọc được. '
                 '<a href="document.html">Mở danh mục văn bản</a> (lọc theo tổ chức, tỉnh, kỳ; mỗi văn bản hiện '
                 'nguyên văn với các số liệu được tô màu và ghi nhãn).</p>']
        rows = self.q("""
            select d.document_id, d.path, d.title, d.org, d.period, d.doc_type, d.status, d.reason,
                   (select count(*) from measures m where m.document_id = d.document_id)
            from documents d order by d.status <> 'ok' desc, d.path limit ?""", [MAX_DOCS_LISTED])
        if rows:
            t = ['<table><tr><th>Văn bản <small>(title, path)</small></th><th>Tổ chức <small>(org)</small></th>'
                 '<th>Kỳ</th><th>Loại <small>(doc_type)</small></th><th class="num">measures</th><th>status</th></tr>']
            for doc, path, title, org, period, dt, st, reason, n in rows:
                t.append(f'<tr><td><a href="{esc(_doc_link(doc))}">{esc(title or path)}</a><div class="note">{esc(path)}</div></td>'
                         f'<td>{esc(org or "")}</td><td>{esc(period or "")}</td><td>{esc(fmt.DOC_TYPE_VI.get(dt, dt or ""))}</td>'
                         f'<td class="num">{fmt.num(n)}</td><td>{esc(st)}{": " + esc(reason) if reason else ""}</td></tr>')
            t.append("</table>")
            if stats["documents"] > len(rows):
                t.append(f'<p class="note">{fmt.num(len(rows))} đầu tiên / {fmt.num(stats["documents"])}; '
                         'xem tất cả trong <a href="document.html">danh mục văn bản</a>.</p>')
            parts.append("".join(t))
        return "".join(parts)
