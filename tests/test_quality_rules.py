"""Every quality rule, through the whole pipeline: raw documents that trip it give exactly its flags;
the same documents with the mistake fixed give none (and no other flag either)."""

import duckdb
import pytest

from pipelines.run import run_pipeline
from pipelines.settings import Settings
from tests.quality_documents import RULES

EXPECTED = {
    "R01": {("R01", "percent_out_of_range", "error", "Tỉnh đoàn Bắc Kạn", "members_excellent_pct")},
    "R02": {("R02", "range_or_fraction_inverted", "error", "Tỉnh đoàn Cao Bằng", "party_referrals")},
    "R03": {("R03", "target_count_mismatch", "warn", "Tỉnh đoàn Lai Châu", "other")},
    "R04": {("R04", "part_exceeds_whole", "error", "Tỉnh đoàn Điện Biên", "ideas_proposed")},
    "R05": {("R05", "peer_outlier", "warn", "Tỉnh đoàn Nghệ An", "blood_units")},
    # a jump is a question for the reader, not an error
    "R06": {("R06", "jump_from_previous_year", "warn", "Tỉnh đoàn Hà Tĩnh", "trees_planted")},
    "R07": {("R07", "annual_exceeds_term_target", "warn", "Tỉnh đoàn Quảng Bình", "youth_works"),
            ("R07", "annual_targets_sum_above_term_target", "warn", "Tỉnh đoàn Quảng Bình", "youth_works")},
    # which body a national figure belongs to is read across documents: a warning
    "R08": {("R08", "child_exceeds_parent", "warn", "Tỉnh đoàn Quảng Trị", "new_members_admitted")},
    "R09": {("R09", "stated_vs_computed_attainment", "warn", "Tỉnh đoàn Phú Yên", "houses_built")},
    "R10": {("R10", "conflicting_sources", "warn", "Tỉnh đoàn Bình Định", "gifts")},
    "R12": {("R12", "scale_word_applied_twice", "error", "Tỉnh đoàn Bình Thuận", "ideas_supported")},
    "R13": {("R13", "malformed_number", "error", "Tỉnh đoàn Bình Phước", "other")},
    "R14": {("R14", "copy_paste_duplicate", "warn", "Tỉnh đoàn Long An", "blood_units")},
    "R15": {("R15", "surplus_contradicts_ratio", "error", "Tỉnh đoàn Bình Dương", "blood_units")},
}


def build(tmp_path_factory, which: int):
    raw = tmp_path_factory.mktemp("raw")
    for docs in RULES.values():
        for name, text in docs[which].items():
            (raw / name).write_text(text, encoding="utf-8")
    summary = run_pipeline(Settings.from_env(raw=raw, warehouse=tmp_path_factory.mktemp("wh")))
    assert summary.ok, summary.render()
    con = duckdb.connect(str(summary.settings.published_db), read_only=True)
    return con


@pytest.fixture(scope="module")
def tripped(tmp_path_factory):
    con = build(tmp_path_factory, 0)
    yield con
    con.close()


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    con = build(tmp_path_factory, 1)
    yield con
    con.close()


def flags(con, rule):
    return set(con.execute("select rule_id, rule_name, severity, org, indicator from dq_flags where rule_id = ?",
                           [rule]).fetchall())


@pytest.mark.parametrize("rule", sorted(EXPECTED))
def test_rule_trips_on_its_mistake(tripped, rule):
    assert flags(tripped, rule) == EXPECTED[rule]


@pytest.mark.parametrize("rule", sorted(EXPECTED))
def test_rule_is_quiet_once_fixed(clean, rule):
    assert flags(clean, rule) == set()


def test_every_flag_has_evidence(tripped):
    rows = tripped.execute("""select f.rule_id, f.quote, f."start", f."end", substr(d.text, f."start" + 1, f."end" - f."start")
        from dq_flags f join documents d using (document_id)""").fetchall()
    bad = [r for r in rows if not (r[1] and r[2] is not None and r[4] and r[4] in r[1])]
    assert rows and bad == []


def test_figures_too_far_apart_are_not_graded(tripped, clean):
    """Hà Tĩnh's 2024 tree target jumped 40x (R06, a warning): 11.500 trees against 400.000 is 2,9 %, too far apart
    for the two figures to count the same thing, so the pair is kept but not graded; with a plausible target the
    result is on track."""
    q = """select target_value, attainment_pct, status, not_compared_reason from fct_plan_vs_result
           where org = 'Tỉnh đoàn Hà Tĩnh' and indicator = 'trees_planted'"""
    assert tripped.execute(q).fetchall() == [(400000.0, None, "not_compared",
                                              "the result is 2.9% of the target: the two figures do not count the same thing")]
    assert clean.execute(q).fetchall() == [(12000.0, 95.8, "on_track", None)]
