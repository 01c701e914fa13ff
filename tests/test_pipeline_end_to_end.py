"""The whole Dagster job, in process, over the built-in sample in raw/, into a temporary warehouse."""

import shutil
from pathlib import Path

import duckdb

import pipelines.ingest.documents
import pytest

from pipelines.extract.model import Measure
from pipelines.run import run_pipeline
from pipelines.settings import REPO_ROOT, Settings


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory):
    settings = Settings.from_env(raw=REPO_ROOT / "raw", warehouse=tmp_path_factory.mktemp("warehouse"))
    summary = run_pipeline(settings)
    assert summary.ok, summary.render()
    return summary


@pytest.fixture(scope="module")
def wh(sample_run):
    con = duckdb.connect(str(sample_run.settings.published_db), read_only=True)
    yield con
    con.close()


def test_summary_counts(sample_run, wh):
    s = sample_run.stats
    assert s["documents"] == 5 and s["documents_quarantined"] == []
    assert s["measures"] == wh.execute("select count(*) from measures").fetchone()[0]
    assert s["measures_by_kind"]["target"] >= 50 and s["measures_by_kind"]["result"] >= 9
    assert s["comparisons"] == wh.execute("select count(*) from fct_plan_vs_result where status in ('achieved', 'on_track', 'behind', 'far_behind', 'ambition')").fetchone()[0]
    text = sample_run.render()
    assert "documents read   5 (0 quarantined)" in text
    assert 'chitieu query "select * from fct_plan_vs_result"' in text


def test_document_facts(wh):
    rows = wh.execute("select path, org, province, province_new, period, doc_type from documents order by path").fetchall()
    assert [(r[0], r[1], r[2], r[3], r[4]) for r in rows] == [
        ("000_bc00c4019bed53ab.txt", "Thành đoàn Hà Nội", "Hà Nội", "Hà Nội", "2024"),
        ("001_b794382b25e7bdcb.txt", "Thành đoàn Hà Nội", "Hà Nội", "Hà Nội", "2017-2022"),
        ("002_12cb6429d2145974.txt", "Tỉnh đoàn Bình Phước", "Bình Phước", "Đồng Nai", "2023"),
        ("003_48540b61bb82c50a.txt", "Tỉnh đoàn Sóc Trăng", "Sóc Trăng", "Cần Thơ", "2024"),
        ("004_9e250925cb05a537.txt", "Đoàn Khối các cơ quan Trung ương", None, None, "2020"),
    ]
    assert rows[1][5] == "result_midterm"


def test_documents_count_what_the_filter_set_aside(wh):
    # numbers the rules read that the figure filter judged not measures: counted per document, never in `measures`
    # (the seeds' "đoàn cơ sở trực thuộc Khối xây dựng mới được 01 điểm", optional in the gold, was set aside until the
    # filter's refit on holdout103-105, and "79,6% đoàn cơ sở trở lên xây dựng …", optional too, until its refit on
    # holdout106-108, was set aside again, at p 0.51, after the refit on holdout130-132, kept from the refit on
    # holdout133, was set aside again, at p 0.53, from the refit on holdout154-157, kept from the refit on
    # holdout195-202, and is set aside again, at p 0.55, since the refit on holdout203-218: a figure at the margin;
    # test_figure_filter.py shows pages where it sets others aside)
    rows = wh.execute("select path, n_measures, n_set_aside from documents order by path").fetchall()
    assert [(r[1], r[2]) for r in rows] == [(36, 0), (10, 1), (0, 0), (19, 0), (26, 0)]
    for path, n_measures, _n in rows:
        assert wh.execute("select count(*) from measures m join documents d using (document_id) where d.path = ?",
                          [path]).fetchone()[0] == n_measures


def test_hanoi_trees_result_against_target(wh):
    # The 2024 plan did not exist in 2020: an ambition row (270.000 a year asked against about 62.700 a year
    # planted in the two and a half years to the mid-term review), never an attainment status.
    row = wh.execute("""
        select result_value, result_period, target_value, target_period, comparison, comparison_basis, result_years,
               result_per_year, target_per_year, ambition_ratio, attainment_pct, status, result_quote, target_quote
        from fct_plan_vs_result where org = 'Thành đoàn Hà Nội' and indicator = 'trees_planted'""").fetchall()
    assert row == [(156835.0, "2017-2022", 270000.0, "2024", "ambition", "ambition", 2.5, 62734.0, 270000.0, 4.3,
                    None, "ambition", "156.835 cây xanh", "270.000 cây xanh")]


def test_every_measure_traces_back_to_its_words(wh):
    bad = wh.execute("""
        select m.measure_id from measures m join documents d using (document_id)
        where substr(d.text, m."start" + 1, m."end" - m."start") <> m.number_text
           or strpos(d.text, m.quote) = 0""").fetchall()
    assert bad == []
    assert wh.execute("""select substr(d.text, m."start" + 1, m."end" - m."start") from measures m
        join documents d using (document_id) where m.value = 156835""").fetchone()[0] == "156.835"


def test_six_million_ideas_flagged(wh):
    rows = wh.execute("""select rule_id, severity, org, indicator, quote from dq_flags
                         where indicator = 'ideas_supported'""").fetchall()
    assert ("R12", "error", "Thành đoàn Hà Nội", "ideas_supported") in [r[:4] for r in rows]
    assert any("6.000 nghìn" in r[4] for r in rows)


def test_failed_blocking_check_keeps_previous_warehouse(sample_run, tmp_path, monkeypatch):
    """A measure that breaks the contract (end before start) fails the blocking GE check: nothing is
    published and yesterday's file stays byte-for-byte the same."""
    wh_dir = tmp_path / "wh"
    shutil.copytree(sample_run.settings.warehouse_dir, wh_dir)
    (wh_dir / "landing" / "extraction_cache.parquet").unlink()  # make the (broken) extractor run again
    before = (wh_dir / "chitieu.duckdb").read_bytes()

    real = pipelines.ingest.documents.extract_document

    def broken(text, name=None, overrides=None, model=None):
        doc = real(text, name=name, overrides=overrides, model=model)
        doc.measures = [Measure(kind="target", indicator="other", value=1, unit="count", quote="x", start=5, end=2)]
        return doc

    monkeypatch.setattr("pipelines.ingest.documents.extract_document", broken)
    summary = run_pipeline(Settings.from_env(raw=REPO_ROOT / "raw", warehouse=wh_dir), force=True)
    assert not summary.ok
    assert any("measures_contract" in f for f in summary.failures), summary.failures
    assert (wh_dir / "chitieu.duckdb").read_bytes() == before
    assert "FAILED" in summary.render() and "previous warehouse is untouched" in summary.render()


def readme_queries(section: str = "## Five questions the sample answers") -> list[str]:
    """The SQL blocks of one README section (up to the next second-level heading)."""
    import re

    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    body = readme.split(section, 1)[1].split("\n## ", 1)[0]
    return [q.strip().rstrip(";") for q in re.findall(r"```sql\n(.*?)```", body, re.S)]


def test_readme_queries_answer_on_the_sample(wh):
    from pipelines.query import check_read_only

    queries = readme_queries()
    assert len(queries) >= 5
    answers = []
    for q in queries:
        check_read_only(q)
        cur = wh.execute(q)
        cols = [d[0] for d in cur.description]
        answers.append([dict(zip(cols, row)) for row in cur.fetchall()])
    assert all(answers), "every README query returns rows on the sample"
    trees = answers[0][0]
    assert (trees["result_value"], trees["target_value"], trees["ambition_ratio"], trees["status"]) == (
        156835.0, 270000.0, 4.3, "ambition")
    side_by_side = {r["indicator"]: (r["ha_noi"], r["soc_trang"]) for r in answers[1]}
    assert side_by_side["trees_planted"] == (270000.0, 255000.0)
    assert side_by_side["ideas_supported"] == (6000000.0, 134.0)
    new_map = {r["province_new"]: r["old_provinces"] for r in answers[4]}
    assert new_map["Cần Thơ"] == ["Sóc Trăng"]


def test_corrections_round_trip(tmp_path):
    """The curator fixes "6.000 nghìn" to 6000 in raw/corrections.csv: the next run uses 6000, the R12 flag
    shows as resolved, a figure the filter set aside comes back when accepted, and a row naming no measure is
    reported, not silently ignored."""
    raw = tmp_path / "raw"
    shutil.copytree(REPO_ROOT / "raw", raw)
    (raw / "corrections.csv").write_text(
        "document,start,action,value,unit,indicator,kind,period,note,reviewer\n"
        '000_bc00c4019bed53ab.txt,4156,fix,6000,,,,,"6.000 ý tưởng: ""nghìn"" is a slip",Lan\n'
        "000_bc00c4019bed53ab.txt,99999,drop,,,,,,,\n"
        # the figure filter set "79,6% đoàn cơ sở trở lên" aside; the curator's accept brings it back
        "001_b794382b25e7bdcb.txt,3518,accept,,,,,,a share of base unions the report states,Lan\n", encoding="utf-8")
    summary = run_pipeline(Settings.from_env(raw=raw, warehouse=tmp_path / "wh"))
    assert summary.ok, summary.render()
    with duckdb.connect(str(summary.settings.published_db), read_only=True) as con:
        assert con.execute("""select value, correction_action, corrected_from from measures
            where document_id = '428f6bf412feac18' and "start" = 4156""").fetchone() == (
            6000.0, "fix", '{"value": 6000000.0}')
        assert con.execute("select value from fct_targets where indicator = 'ideas_supported' and org = 'Thành đoàn Hà Nội'"
                           ).fetchone() == (6000.0,)
        assert con.execute("select rule_id, flag_status, correction_note from dq_flags where rule_id = 'R12'").fetchall() == [
            ("R12", "resolved", '6.000 ý tưởng: "nghìn" is a slip')]
        assert con.execute("select line, applied from corrections order by line").fetchall() == [
            (2, True), (3, False), (4, True)]
        assert con.execute("""select m.value, m.unit, m.correction_action from measures m join documents d using (document_id)
            where d.path = '001_b794382b25e7bdcb.txt' and m."start" = 3518""").fetchone() == (79.6, "percent", "accept")


def test_malformed_corrections_stop_the_run_before_publishing(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(REPO_ROOT / "raw", raw)
    (raw / "corrections.csv").write_text("document,start,action\n000_bc00c4019bed53ab.txt,4156,delete\n", encoding="utf-8")
    summary = run_pipeline(Settings.from_env(raw=raw, warehouse=tmp_path / "wh"))
    assert not summary.ok
    assert not (tmp_path / "wh" / "chitieu.duckdb").exists()
    assert any("line 2: action 'delete' is not one of drop, fix, accept" in f for f in summary.failures), summary.failures


def test_flags_command_lists_open_flags_with_evidence(sample_run):
    import subprocess
    import sys
    from pathlib import Path

    chitieu = Path(sys.executable).with_name("chitieu")
    out = subprocess.run([str(chitieu), "flags", "--severity", "error", "--warehouse", str(sample_run.settings.warehouse_dir)],
                         capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == [
        "[error] R12 scale_word_applied_twice | Thành đoàn Hà Nội | ideas_supported | 2024",
        '    "6.000 nghìn" reads as 6,000,000, a thousands-grouped number followed by "nghìn" (thousand); the writer '
        "probably meant 6.000: check the source before comparing it",
        "    evidence: 000_bc00c4019bed53ab.txt:4156-4167: '6.000 nghìn ý tưởng'",
        "1 open flag",
    ]
    none = subprocess.run([str(chitieu), "flags", "--org", "Sóc Trăng", "--warehouse", str(sample_run.settings.warehouse_dir)],
                          capture_output=True, text=True, check=True).stdout
    assert none == "0 open flags\n"


def test_an_organisation_guessed_from_the_province_is_not_compared_across_pages(tmp_path):
    # A page that names no Union body, only "(tỉnh Khánh Hòa)", gets the Tỉnh đoàn as a guess: its figures carry the
    # doubt and join no other page's; a page naming "Đoàn Thanh niên tỉnh" is identified.
    raw = tmp_path / "raw"
    raw.mkdir()
    for doc in ("holdout33/y6_15.txt", "holdout21/x3_17.txt"):
        shutil.copy(REPO_ROOT / "tests" / "corpus" / doc, raw / doc.replace("/", "_"))
    summary = run_pipeline(Settings.from_env(raw=raw, warehouse=tmp_path / "wh"))
    assert summary.ok, summary.render()
    with duckdb.connect(str(summary.settings.published_db), read_only=True) as con:
        assert con.execute("select path, org, org_basis, org_identified from documents order by path").fetchall() == [
            ("holdout21_x3_17.txt", "Tỉnh đoàn Gia Lai", "text", True),
            ("holdout33_y6_15.txt", "Tỉnh đoàn Khánh Hòa", "place", False),
        ]
        assert con.execute("select distinct measures.org_identified, doubt from measures join documents using (document_id) "
                           "where path = 'holdout33_y6_15.txt'").fetchall() == [
            (False, "the organisation is not named (Tỉnh đoàn Khánh Hòa); no period")]


def test_a_page_saved_with_its_address(tmp_path):
    # tuoitregiongrieng.com, a district's site: its page says only "Huyện đoàn". The header is not the page: offsets
    # and quotes count from the page's first word, and documents.url keeps the address.
    raw = tmp_path / "raw"
    raw.mkdir()
    url = "http://tuoitregiongrieng.com/15850"
    body = (REPO_ROOT / "tests" / "corpus" / "holdout21" / "x3_02.txt").read_bytes()
    (raw / "saved.txt").write_bytes(f"url: {url}\n---\n".encode() + body)
    summary = run_pipeline(Settings.from_env(raw=raw, warehouse=tmp_path / "wh"))
    assert summary.ok, summary.render()
    with duckdb.connect(str(summary.settings.published_db), read_only=True) as con:
        assert con.execute("select org, org_level, province, url, text = ? from documents", [body.decode()]).fetchall() == [
            ("Huyện đoàn Giồng Riềng", "district", "Kiên Giang", url, True)]
        assert con.execute("""select count(*), bool_and(substr(d.text, m."start" + 1, m."end" - m."start") = m.number_text)
            from measures m join documents d using (document_id)""").fetchone() == (2, True)
