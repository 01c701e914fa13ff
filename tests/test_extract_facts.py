"""Document facts read from the text of the five sample documents, and manifest overrides."""

from pathlib import Path

import pytest

from pipelines.extract import extract_document

RAW = Path(__file__).resolve().parents[1] / "raw"


@pytest.mark.parametrize("name, org, level, province, province_new, period, doc_type", [
    ("000_bc00c4019bed53ab.txt", "Thành đoàn Hà Nội", "province", "Hà Nội", "Hà Nội", "2024", "plan_annual"),
    ("001_b794382b25e7bdcb.txt", "Thành đoàn Hà Nội", "province", "Hà Nội", "Hà Nội", "2017-2022", "result_midterm"),
    ("002_12cb6429d2145974.txt", "Tỉnh đoàn Bình Phước", "province", "Bình Phước", "Đồng Nai", "2023", "plan_youth_month"),
    ("003_48540b61bb82c50a.txt", "Tỉnh đoàn Sóc Trăng", "province", "Sóc Trăng", "Cần Thơ", "2024", "plan_annual"),
    ("004_9e250925cb05a537.txt", "Đoàn Khối các cơ quan Trung ương", "bloc", None, None, "2020", "plan_annual"),
])
def test_sample_facts(name, org, level, province, province_new, period, doc_type):
    f = extract_document((RAW / name).read_text(encoding="utf-8"), name=name).facts
    assert (f.org, f.org_level, f.province, f.province_new, f.period, f.doc_type) == (
        org, level, province, province_new, period, doc_type)


def test_manifest_overrides_win_and_are_canonicalised():
    text = (RAW / "003_48540b61bb82c50a.txt").read_text(encoding="utf-8")
    doc = extract_document(text, name="x.txt", overrides={"province": "Hậu Giang", "period": "2023", "doc_type": "result_annual"})
    f = doc.facts
    assert (f.province, f.province_new, f.period, f.period_start_year, f.doc_type) == (
        "Hậu Giang", "Cần Thơ", "2023", 2023, "result_annual")
    assert {m.period for m in doc.measures} == {"2023"}


@pytest.mark.parametrize("text, province", [
    ("Tuổi trẻ Hoà Bình ra quân Tháng Thanh niên năm 2024", "Hòa Bình"),  # old-style tone placement
    ("Thành đoàn TP.HCM tổng kết chiến dịch tình nguyện hè 2025", "Hồ Chí Minh"),
    ("Đoàn TNCS Hồ Chí Minh tỉnh Kon Tum tổng kết năm 2022", "Kon Tum"),  # not the city
    ("Thanh niên vì hòa bình: Tỉnh đoàn Long An ra quân năm 2023", "Long An"),  # "hòa bình" = peace
])
def test_province_names(text, province):
    assert extract_document(text + "\n", name="t.txt").facts.province == province
