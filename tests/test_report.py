"""The analysts' report: a real pipeline run over the sample plus one document with `<script>` in it, rendered
in headless Chromium (`make test` installs the Debian package). Exact values, read on the rendered page."""

import re
import shutil
import subprocess

import dagster as dg
import duckdb
import pytest

from pipelines.orchestration.report_asset import report as report_asset
from pipelines.orchestration.resources import ChitieuPaths
from pipelines.report import build_report
from pipelines.report import fmt
from pipelines.run import run_pipeline
from pipelines.settings import REPO_ROOT, Settings

# A plan whose text carries markup and an emoji (a character outside the BMP: one code point, two UTF-16
# units) before its numbers, so the viewer must both escape the text and convert offsets.
SCRIPT_DOC = """CHƯƠNG TRÌNH

Công tác đoàn và phong trào thanh thiếu nhi năm 2025

Ban Chấp hành Tỉnh đoàn Sóc Trăng triển khai chương trình công tác năm 2025 🌳 như sau:

Ghi chú kỹ thuật: <script>alert(1)</script> & "ký tự" <b>đặc biệt</b>.

Chỉ tiêu 1: 🌳 Trồng mới 30.000 cây xanh.
Chỉ tiêu 2: Giới thiệu việc làm cho 20.000 thanh niên.
"""

# Hà Nội's term resolution: its targets meet the 2017-2022 mid-term review of the sample, judged against the
# linear pace of the term (half the term gone: 50 % expected by now).
TERM_DOC = """NGHỊ QUYẾT

Đại hội đại biểu Đoàn TNCS Hồ Chí Minh thành phố Hà Nội lần thứ XVI, nhiệm kỳ 2017 - 2022

Đại hội Đoàn Thành đoàn Hà Nội quyết nghị các chỉ tiêu của nhiệm kỳ 2017 - 2022:

Chỉ tiêu 1: Vận động đoàn viên, thanh niên đề xuất 500.000 ý tưởng, sáng kiến.
Chỉ tiêu 2: Giới thiệu việc làm cho 40.000 thanh niên.
"""

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--virtual-time-budget=5000"]


def chromium(tmp_path, *args: str) -> subprocess.CompletedProcess:
    exe = shutil.which("chromium")
    assert exe, "chromium is not installed; `make test` installs it (apt-get install chromium)"
    profile = tmp_path / f"chromium-profile-{len(list(tmp_path.glob('chromium-profile-*')))}"
    proc = subprocess.run([exe, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc


def dom(tmp_path, url: str) -> str:
    return chromium(tmp_path, "--dump-dom", url).stdout


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    base = tmp_path_factory.mktemp("report")
    raw = base / "raw"
    shutil.copytree(REPO_ROOT / "raw", raw)
    (raw / "005_script.txt").write_text(SCRIPT_DOC, encoding="utf-8")
    (raw / "006_term.txt").write_text(TERM_DOC, encoding="utf-8")
    settings = Settings.from_env(raw=raw, warehouse=base / "wh")
    summary = run_pipeline(settings)
    assert summary.ok, summary.render()
    return summary


@pytest.fixture(scope="module")
def wh(run):
    con = duckdb.connect(str(run.settings.published_db), read_only=True)
    yield con
    con.close()


@pytest.fixture(scope="module")
def out(run):
    return run.settings.warehouse_dir / "report"


@pytest.fixture(scope="module")
def index_dom(out, tmp_path_factory):
    return dom(tmp_path_factory.mktemp("chromium"), (out / "index.html").as_uri())


@pytest.fixture(scope="module")
def script_doc(wh):
    return wh.execute("select document_id from documents where path = '005_script.txt'").fetchone()[0]


def test_the_run_publishes_a_self_contained_report(run, out):
    assert (out / "index.html").is_file() and (out / "document.html").is_file()
    assert sorted(p.name for p in (out / "docs").iterdir()) == ["catalog.js", "shard_000.js"]
    assert f"Report:    {out / 'index.html'}" in run.render()
    total = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    assert 50_000 < total < 1_000_000
    for page in ("index.html", "document.html"):
        html = (out / page).read_text(encoding="utf-8")
        assert html.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in html
        # nothing from the network: the only absolute URL is the SVG namespace
        assert set(re.findall(r"https?://[^\s\"'<>]+", html)) <= {"http://www.w3.org/2000/svg"}
    assert "<script" not in (out / "index.html").read_text(encoding="utf-8")  # charts are SVG, no scripts
    assert not list(out.parent.glob(".report.*"))  # no temporary folder left behind


def test_index_renders_charts_and_vietnamese(out, wh, index_dom, tmp_path):
    png = tmp_path / "index.png"
    chromium(tmp_path, f"--screenshot={png}", "--window-size=1280,2000", "--hide-scrollbars", (out / "index.html").as_uri())
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 100_000

    html = index_dom
    indicators = wh.execute("""select count(distinct indicator) from (select indicator from fct_targets union all
                               select indicator from fct_results) where indicator <> 'other'""").fetchone()[0]
    assert indicators >= 25
    # two coverage maps, a status bar per indicator in the overview, a target chart per indicator with provinces'
    # annual targets, the movers chart
    charted = wh.execute("""select count(distinct indicator) from mart_province_year
                            where kind = 'target' and value is not null""").fetchone()[0]
    assert charted >= 10 and html.count("<svg") >= 2 + indicators + charted + 1
    for text in ("Báo cáo chỉ tiêu", "Dữ liệu có ở đâu", "Mức độ đạt theo chỉ tiêu", "Cảnh báo chất lượng",
                 "Chỉ tiêu thay đổi nhiều nhất", "Bản đồ 63 tỉnh, thành phố (trước 1/7/2025)",
                 "Bản đồ 34 tỉnh, thành phố (từ 1/7/2025)", "Cây xanh trồng mới", "Đã đạt", "Chậm nhiều",
                 "Tiến độ cần đạt đến giữa nhiệm kỳ"):
        assert text in html, text
    # Hà Nội's tree target of 2024, and its 2017-2022 mid-term result against it as ambition, not as a grade:
    # about 62.734 trees a year before, 270.000 a year asked, 4,3 times
    assert re.search(r'>Hà Nội <tspan class="sub">2024</tspan></text>.{0,400}>270\.000</text>', html)
    assert re.search(r"156\.835 \(2017-2022\), ~62\.734/năm</td><td>270\.000 \(2024\), 270\.000/năm</td>"
                     r'<td class="num">4,3×</td>', html)
    assert "156.835 / 270.000" not in html
    # coverage tooltips carry the mart_coverage counts
    for prov, year, docs, targets, results, comparisons, flags in wh.execute(
            "select province, year, documents, targets, results, comparisons, flags from mart_coverage "
            "where map = 'post_2025'").fetchall():
        assert (f"{prov}, {year}: {docs} văn bản, {targets} chỉ tiêu, {results} kết quả, {comparisons} so sánh, "
                f"{flags} cảnh báo") in html
    assert "Cần Thơ, 2025: 1 văn bản, 2 chỉ tiêu" in html  # Sóc Trăng's 2025 plan, on the new map


def test_movers_compare_targets_year_over_year(index_dom):
    # Sóc Trăng planned 255.000 trees for 2024 and 30.000 for 2025; job referrals went from 12.500 to 20.000
    assert "255.000 → 30.000 (-88,2 %)" in index_dom
    assert "12.500 → 20.000 (+60 %)" in index_dom


def test_open_flags_quote_their_sentence_and_link_to_the_number(wh, index_dom, out, tmp_path):
    doc, start, end = wh.execute("""select document_id, "start", "end" from dq_flags
                                    where rule_id = 'R12' and flag_status = 'open'""").fetchone()
    # the whole sentence (a no-break space after the colon, serialised as &nbsp;), the quote marked in it
    assert '<blockquote>Chỉ tiêu 3:&nbsp;<mark class="q">6.000 nghìn ý tưởng</mark>, sáng kiến của đoàn viên' in index_dom
    link = f"document.html#{doc}@{start}-{end}"
    assert f'href="{link}"' in index_dom
    page = dom(tmp_path, (out / "document.html").as_uri() + f"#{doc}@{start}-{end}")
    focus = re.findall(r'<mark class="([^"]*\bfocus\b[^"]*)"[^>]*>([^<]*)</mark>', page)
    assert focus == [("k-target flagged focus", "6.000 nghìn")]


def test_document_page_escapes_markup_and_labels_every_measure(wh, out, script_doc, tmp_path):
    page = dom(tmp_path, (out / "document.html").as_uri() + f"#{script_doc}")
    # the document's <script> is text on the page, never an element
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"ký tự\" &lt;b&gt;đặc biệt&lt;/b&gt;" in page
    assert "alert(1)</script>" not in page and "<b>đặc biệt" not in page
    scripts = re.findall(r"<script([^>]*)>", page)
    assert sorted(scripts) == ['', ' src="docs/catalog.js"', ' src="docs/shard_000.js"']
    # every measure highlighted on its own number (after the emoji: offsets converted to UTF-16) and labelled
    measures = wh.execute("""select kind, indicator, value, unit, number_text from measures
                             where document_id = ? order by "start" """, [script_doc]).fetchall()
    assert [(k, i, v) for k, i, v, _, _ in measures] == [("target", "trees_planted", 30000.0),
                                                         ("target", "job_referrals", 20000.0)]
    marks = re.findall(r'<mark class="(k-[a-z_]+)" id="m\d+"[^>]*>([^<]*)</mark>', page)
    assert marks == [("k-target", "30.000"), ("k-target", "20.000")]
    labels = re.findall(r'<span class="mlabel ([^"]+)">([^<]*)</span>', page)
    assert labels == [("k-target", "chỉ tiêu · trees_planted · 30.000 count"),
                      ("k-target", "chỉ tiêu · job_referrals · 20.000 count")]
    assert "Tỉnh đoàn Sóc Trăng" in page and "Cần Thơ (từ 7/2025)" in page


def test_every_measure_of_a_long_document_is_labelled(wh, out, tmp_path):
    doc, n = wh.execute("""select document_id, count(*) from measures join documents using (document_id)
                           where path = '000_bc00c4019bed53ab.txt' group by 1""").fetchone()
    page = dom(tmp_path, (out / "document.html").as_uri() + f"#{doc}")
    assert page.count('<span class="mlabel') == n and n >= 30
    assert "chỉ tiêu · trees_planted · 270.000 count" in page
    assert re.search(r'<mark class="k-target" id="m\d+"[^>]*>270\.000</mark>', page)
    assert "8 nhiệm vụ, 10 chỉ tiêu của tuổi trẻ Thủ đô năm 2024" in page


def test_catalogue_lists_every_document(wh, out, tmp_path):
    page = dom(tmp_path, (out / "document.html").as_uri())
    assert "Danh mục văn bản (7)" in page
    for doc_id, title in wh.execute("select document_id, coalesce(title, path) from documents").fetchall():
        assert f'href="#{doc_id}"' in page


def test_past_the_size_budget_documents_keep_excerpts(run, wh, out, tmp_path):
    build_report(run.settings.published_db, tmp_path / "report", text_budget=0)
    doc, n = wh.execute("""select document_id, count(*) from measures join documents using (document_id)
                           where path = '000_bc00c4019bed53ab.txt' group by 1""").fetchone()
    page = dom(tmp_path, (tmp_path / "report" / "document.html").as_uri() + f"#{doc}")
    assert "Đoạn trích văn bản (excerpts)" in page and "[…]" in page
    assert page.count('<span class="mlabel') == n
    assert re.search(r'<mark class="k-target" id="m\d+"[^>]*>270\.000</mark>', page)
    shard = "docs/shard_000.js"
    assert (tmp_path / "report" / shard).stat().st_size < 0.8 * (out / shard).stat().st_size


def test_a_failed_build_leaves_the_previous_report(run, tmp_path, monkeypatch):
    target = tmp_path / "report"
    build_report(run.settings.published_db, target)
    before = (target / "index.html").read_bytes()

    def broken(*a, **k):
        raise RuntimeError("disk full")

    monkeypatch.setattr("pipelines.report.build.write_document_shards", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        build_report(run.settings.published_db, target)
    assert (target / "index.html").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report"]


def test_dagster_asset_reports_path_and_summary(run):
    paths = ChitieuPaths(raw_dir=str(run.settings.raw_dir), warehouse_dir=str(run.settings.warehouse_dir))
    result = dg.materialize([report_asset], resources={"paths": paths})
    assert result.success
    meta = result.asset_materializations_for_node("report")[0].metadata
    assert meta["path"] == dg.MetadataValue.path(str(run.settings.warehouse_dir / "report" / "index.html"))
    summary = meta["summary"].value
    assert isinstance(meta["summary"], dg.MarkdownMetadataValue)
    assert "- văn bản: 7 (0 không đọc được)" in summary
    assert "- cảnh báo chất lượng đang mở: 1 (error 1)" in summary


def test_vietnamese_number_format():
    assert [fmt.num(156835), fmt.num(23.2), fmt.pct(23.2), fmt.num(1344522.5), fmt.num(-1500), fmt.num(0)] == \
        ["156.835", "23,2", "23,2 %", "1.344.522,5", "-1.500", "0"]
    assert [fmt.value(2e9, "vnd"), fmt.value(70, "percent"), fmt.value(12.5, "km")] == ["2 tỷ đồng", "70 %", "12,5 km"]
