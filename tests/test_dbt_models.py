"""dbt build against a temporary DuckDB file, on constructed landing data with known answers:
exact period, mid-term pace, ambition against a later plan, percent-vs-count never compared, and the
quality rules of dq_flags."""

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from pipelines.extract.model import DocumentFacts, Measure
from pipelines.ingest.documents import DocumentRecord
from pipelines.landing import corrections_frame, documents_frame, measures_frame, write_parquet
from pipelines.settings import DBT_PROJECT_DIR


def doc(doc_id, org, period, doc_type, measures, province="Sóc Trăng"):
    start, end = (int(p) for p in (period.split("-") * 2)[:2])
    province_new = {"Sóc Trăng": "Cần Thơ", "Hậu Giang": "Cần Thơ", "Bình Phước": "Đồng Nai"}[province]
    facts = DocumentFacts(org=org, org_level="province", province=province, province_new=province_new,
                          period=period, period_start_year=start, period_end_year=end, doc_type=doc_type)
    text = " ".join(m.quote for m in measures) or "trống"
    pos = 0
    for m in measures:  # place each quote in the text so spans are real
        m.start = text.index(m.quote, pos)
        m.end = m.start + len(m.quote)
        pos = m.end
    rec = DocumentRecord(doc_id, f"{doc_id}.txt", doc_id * 4, len(text), "txt", "utf-8", "ok", None, facts, text, measures)
    return rec


def m(kind, indicator, value, unit="count", quote=None, **kw):
    return Measure(kind=kind, indicator=indicator, value=value, unit=unit, quote=quote or f"{value:g} {indicator}",
                   number_text=kw.pop("number_text", f"{value:g}"), **kw)


RECORDS = [
    doc("a2024plan", "Tỉnh đoàn A", "2024", "plan_annual", [
        m("target", "trees_planted", 1000), m("target", "job_referrals", 1000),
        m("target", "ideas_supported", 6_000_000, quote="6.000 nghìn ý tưởng", number_text="6.000 nghìn"),
        m("target", "youth_gathering_rate_pct", 150, "percent", quote="150% thanh niên")]),
    doc("a2024rep", "Tỉnh đoàn A", "2024", "result_annual", [m("result", "trees_planted", 1200)]),
    doc("a2022term", "Tỉnh đoàn A", "2022-2027", "plan_term", [m("target", "volunteer_turns", 100_000)]),
    doc("a2022mid", "Tỉnh đoàn A", "2022-2027", "result_midterm", [m("result", "volunteer_turns", 40_000)]),
    doc("b2023rep", "Tỉnh đoàn B", "2023", "result_annual", [
        m("result", "job_referrals", 500), m("result", "members_excellent_pct", 60, "percent"),
        m("result", "party_referrals", 500), m("result", "new_union_orgs", 7)]),
    doc("b2024plan", "Tỉnh đoàn B", "2024", "plan_annual", [
        m("target", "job_referrals", 1000), m("target", "members_excellent_pct", 50, "percent"),
        m("target", "party_referrals", 70, "percent"),
        m("target", "party_referrals", 1500, quote="1.500 - 1.000 đoàn viên", value_max=1000, qualifier="range")]),
    doc("a2023plan", "Tỉnh đoàn A", "2023", "plan_annual", [m("target", "trees_planted", 25)]),
    doc("h2024plan", "Tỉnh đoàn Hậu Giang", "2024", "plan_annual", [
        m("target", "trees_planted", 500), m("target", "members_excellent_pct", 40, "percent")], province="Hậu Giang"),
    doc("c2022term", "Tỉnh đoàn C", "2022-2027", "plan_term", [m("target", "trees_planted", 10_000, scope="per_year")]),
    doc("c2022plan", "Tỉnh đoàn C", "2022", "plan_annual", [m("target", "blood_units", 100)]),
    doc("c2023plan", "Tỉnh đoàn C", "2023", "plan_annual", [m("target", "blood_units", 150)]),
    doc("c2023rep", "Tỉnh đoàn C", "2023", "result_annual", [m("result", "trees_planted", 12_000)]),
    doc("c2024rep", "Tỉnh đoàn C", "2022-2024", "result_annual", [m("result", "blood_units", 300)]),
    doc("d2024plan", "Tỉnh đoàn D", "2024", "plan_annual", [
        m("target", "youth_works", 2000, qualifier="at_least"), m("target", "houses_built", 2000)]),
    doc("d2024rep", "Tỉnh đoàn D", "2024", "result_annual", [
        m("result", "youth_works", 2400, qualifier="more_than"), m("result", "houses_built", 2000, qualifier="less_than"),
        m("result", "volunteer_turns", 23_000, quote="23.000 lượt"), m("result", "gifts", 1234)]),
    doc("d2024news", "Tỉnh đoàn D", "2024", "news_mixed", [
        m("result", "volunteer_turns", 22_975, quote="22.975 lượt"), m("result", "gifts", 1240),
        m("result", "other", 15_190, quote="15.190/18.1887 thanh niên", of=18.1887)]),
]


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> duckdb.DuckDBPyConnection:
    tmp = tmp_path_factory.mktemp("dbt")
    write_parquet(documents_frame(RECORDS, "test", "test"), tmp / "landing" / "documents.parquet")
    write_parquet(measures_frame((r.document_id, r.measures) for r in RECORDS), tmp / "landing" / "measures.parquet")
    write_parquet(corrections_frame([], set()), tmp / "landing" / "corrections.parquet")
    env = {**os.environ, "CHITIEU_BUILD_DB": str(tmp / "build.duckdb"), "CHITIEU_LANDING": str(tmp / "landing")}
    dbt = Path(sys.executable).with_name("dbt")
    proc = subprocess.run([str(dbt), "build", "--profiles-dir", ".", "--target-path", str(tmp / "target")],
                          cwd=DBT_PROJECT_DIR, env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout[-4000:]
    con = duckdb.connect(str(tmp / "build.duckdb"), read_only=True)
    yield con
    con.close()


def test_plan_vs_result(warehouse):
    rows = warehouse.execute("""
        select org, indicator, result_period, target_period, comparison_basis, attainment_pct,
               expected_to_date_pct, pace_ratio, ambition_ratio, status
        from fct_plan_vs_result order by org, indicator""").fetchall()
    assert rows == [
        # The 2024 tree target is 40x 2023's (R06): a question for the reader (warn), so the pair is still graded.
        ("Tỉnh đoàn A", "trees_planted", "2024", "2024", "same_period", 120.0, None, None, None, "achieved"),
        ("Tỉnh đoàn A", "volunteer_turns", "2022-2027", "2022-2027", "term_target", 40.0, 50.0, 0.8, None, "behind"),
        # 2023's results against the 2024 plan: the plan asks twice the pace, and a lower share than reached
        ("Tỉnh đoàn B", "job_referrals", "2023", "2024", "ambition", None, None, None, 2.0, "ambition"),
        ("Tỉnh đoàn B", "members_excellent_pct", "2023", "2024", "ambition", None, None, None, 0.83, "ambition"),
        # 500 members referred is never compared with a 70 % target; the 1.500-1.000 range is the count target,
        # and its R02 error keeps the pair from being stated until a curator looks.
        ("Tỉnh đoàn B", "new_union_orgs", "2023", None, None, None, None, None, None, "no_target"),
        ("Tỉnh đoàn B", "party_referrals", "2023", "2024", "ambition", None, None, None, None, "not_compared"),
        ("Tỉnh đoàn C", "blood_units", "2022-2024", "2022+2023", "sum_of_annual_targets", 120.0, None, None, None, "achieved"),
        ("Tỉnh đoàn C", "trees_planted", "2023", "2022-2027", "per_year_target_x_years", 120.0, None, None, None, "achieved"),
        ("Tỉnh đoàn D", "gifts", "2024", None, None, None, None, None, None, "no_target"),
        ("Tỉnh đoàn D", "gifts", "2024", None, None, None, None, None, None, "no_target"),
        # "gần 2.000" (less than) does not meet "2.000"; "hơn 2.400" meets "ít nhất 2.000".
        ("Tỉnh đoàn D", "houses_built", "2024", "2024", "same_period", 100.0, None, None, None, "on_track"),
        ("Tỉnh đoàn D", "volunteer_turns", "2024", None, None, None, None, None, None, "no_target"),
        ("Tỉnh đoàn D", "youth_works", "2024", "2024", "same_period", 120.0, None, None, None, "achieved"),
    ]


def test_same_figure_twice_is_one_fact(warehouse):
    rows = warehouse.execute("""
        select r.indicator, r.value, r.n_sources, list(s.quote order by s.quote)
        from fct_results r join fct_measure_sources s on s.fact_id = r.result_id
        where r.org = 'Tỉnh đoàn D' and r.indicator in ('volunteer_turns', 'gifts')
        group by all order by all""").fetchall()
    # 23.000 (rounded) and 22.975 are one fact, told by its most precise figure; 1.234 and 1.240 are
    # both precise, so they stay two facts (a conflict for the quality rules).
    assert rows == [
        ("gifts", 1234.0, 1, ["1234 gifts"]),
        ("gifts", 1240.0, 1, ["1240 gifts"]),
        ("volunteer_turns", 22975.0, 2, ["22.975 lượt", "23.000 lượt"]),
    ]


def test_dims(warehouse):
    assert warehouse.execute("select map, count(*) from dim_province group by map order by map").fetchall() == [
        ("post_2025", 34), ("pre_2025", 63)]
    assert warehouse.execute("""select successor_name, successor_code from dim_province
        where map = 'pre_2025' and name = 'Sóc Trăng'""").fetchone() == ("Cần Thơ", "92")
    assert warehouse.execute("""select predecessors from dim_province
        where map = 'post_2025' and name = 'Cần Thơ'""").fetchone()[0] == ["Cần Thơ", "Hậu Giang", "Sóc Trăng"]
    assert warehouse.execute("""select period_kind, start_date::varchar, end_date::varchar, years from dim_period
        where period = '2022-2027'""").fetchone() == ("term", "2022-07-01", "2027-06-30", 5.0)
    assert warehouse.execute("select org_level, parent_org from dim_org where org = 'Tỉnh đoàn A'").fetchone() == (
        "province", "Trung ương Đoàn")


def test_target_trend_shows_a_40x_jump(warehouse):
    assert warehouse.execute("""select year, value, previous_year, previous_value, ratio_to_previous, relative_change_pct
        from fct_target_trend where org = 'Tỉnh đoàn A' and indicator = 'trees_planted' order by year""").fetchall() == [
        (2023, 25.0, None, None, None, None), (2024, 1000.0, 2023, 25.0, 40.0, 3900.0)]


def test_province_year_on_both_maps(warehouse):
    rows = warehouse.execute("""select map, province, value, contributors_count, rank_in_year
        from mart_province_year where year = 2024 and kind = 'target' and indicator = 'trees_planted'
        order by map, province""").fetchall()
    # Sóc Trăng and Hậu Giang are one province, Cần Thơ, since July 2025: their counts add up.
    assert rows == [("post_2025", "Cần Thơ", 1500.0, 2, 1), ("pre_2025", "Hậu Giang", 500.0, 1, 2),
                    ("pre_2025", "Sóc Trăng", 1000.0, 1, 1)]
    pct = warehouse.execute("""select map, province, value, contributors from mart_province_year
        where year = 2024 and indicator = 'members_excellent_pct' order by map, province""").fetchall()
    # Percentages are never added: two contributors in the merged province leave the value empty.
    assert pct == [("post_2025", "Cần Thơ", None, ["Tỉnh đoàn B", "Tỉnh đoàn Hậu Giang"]),
                   ("pre_2025", "Hậu Giang", 40.0, ["Tỉnh đoàn Hậu Giang"]),
                   ("pre_2025", "Sóc Trăng", 50.0, ["Tỉnh đoàn B"])]


def test_coverage(warehouse):
    assert warehouse.execute("""select map, province, documents, targets, results, comparisons from mart_coverage
        where year = 2024 order by map, province""").fetchall() == [
        # the 2022-2027 term plan and mid-term review count in 2022 (their first year, no date given), not in 2024
        ("post_2025", "Cần Thơ", 8, 12, 8, 4),
        ("pre_2025", "Hậu Giang", 1, 2, 0, 0),
        ("pre_2025", "Sóc Trăng", 7, 10, 8, 4),
    ]


def test_dq_flags(warehouse):
    rows = warehouse.execute("""
        select rule_id, severity, org, indicator, quote from dq_flags order by rule_id, quote""").fetchall()
    assert rows == [
        ("R01", "error", "Tỉnh đoàn A", "youth_gathering_rate_pct", "150% thanh niên"),
        ("R02", "error", "Tỉnh đoàn B", "party_referrals", "1.500 - 1.000 đoàn viên"),
        # a jump is a question for the reader, not an error
        ("R06", "warn", "Tỉnh đoàn A", "trees_planted", "1000 trees_planted"),
        # 1.234 and 1.240 gifts are no R10 conflict: the second is a news page's, not a report's
        ("R12", "error", "Tỉnh đoàn A", "ideas_supported", "6.000 nghìn ý tưởng"),
        # "18.1887" cannot be read: R13 says so, and R02 does not call it a fraction the wrong way round
        ("R13", "error", "Tỉnh đoàn D", "other", "15.190/18.1887 thanh niên"),
    ]
    reason = warehouse.execute("""select not_compared_reason from fct_plan_vs_result
        where org = 'Tỉnh đoàn B' and indicator = 'party_referrals'""").fetchone()[0]
    assert reason == ("target flagged: R02 range_or_fraction_inverted: range 1.500 - 1.000 đoàn viên: its upper end 1000 "
                      "is below its lower end 1500")
    assert warehouse.execute("select message from dq_flags where rule_id = 'R13'").fetchone()[0] == (
        '15.190/18.1887 thanh niên: a number with a thousands group that is not three digits ("18.1887") cannot be '
        'read: the writer dropped or added a digit')
    msg = warehouse.execute("select message from dq_flags where rule_id = 'R12'").fetchone()[0]
    assert msg.startswith('"6.000 nghìn" reads as 6,000,000')


def test_every_required_table_exists(warehouse):
    tables = {r[0] for r in warehouse.execute("select table_name from information_schema.tables").fetchall()}
    assert {"documents", "measures", "dim_indicator", "fct_targets", "fct_results", "fct_plan_vs_result",
            "dq_flags"} <= tables
    assert warehouse.execute("select count(*) from dim_indicator").fetchone()[0] >= 44
