"""The reference tables against outside sources of truth."""

import csv
import re

import pytest

from pipelines.reference import REFERENCE_DIR, indicator_codes

PROVINCES = list(csv.DictReader((REFERENCE_DIR / "provinces.csv").open(encoding="utf-8")))


def test_63_old_provinces_map_onto_the_34_new_ones():
    assert len(PROVINCES) == 63 and len({p["old_code"] for p in PROVINCES}) == 63
    assert len({(p["new_code"], p["new_name"]) for p in PROVINCES}) == 34
    merged = {p["old_name"]: p["new_name"] for p in PROVINCES}
    assert (merged["Sóc Trăng"], merged["Hậu Giang"], merged["Bình Phước"], merged["Thừa Thiên Huế"]) == (
        "Cần Thơ", "Cần Thơ", "Đồng Nai", "Huế")


def test_post_2025_list_matches_the_vietnam_provinces_package():
    vp = pytest.importorskip("vietnam_provinces")
    official = {}
    for code in vp.ProvinceCode:
        p = vp.Province.from_code(code)
        official[f"{int(p.code):02d}"] = (re.sub(r"^Thành phố ", "", p.name), p.division_type.name == "THANH_PHO_TRUNG_UONG")
    ours = {p["new_code"]: (p["new_name"], p["new_kind"] == "thanh_pho") for p in PROVINCES}
    assert ours == official


def test_indicator_codes_extend_the_spec(shared):
    spec = {r["code"] for r in csv.DictReader((shared / "spec" / "indicators.csv").open(encoding="utf-8"))}
    assert spec <= indicator_codes()  # extended, never renamed
