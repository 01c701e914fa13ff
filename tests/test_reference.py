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


def test_districts_are_the_january_2025_map_plus_the_ones_merged_away_earlier():
    rows = list(csv.DictReader((REFERENCE_DIR / "districts.csv").open(encoding="utf-8")))
    listed = {r["listed_in"] for r in rows}
    assert listed == {"0.6.0", "0.2"}
    assert sum(r["listed_in"] == "0.6.0" for r in rows) == 696
    older = {(r["province"], r["district_type"], r["district"]) for r in rows if r["listed_in"] == "0.2"}
    assert ("Nghệ An", "thị xã", "Cửa Lò") in older and ("Hồ Chí Minh", "quận", "9") in older
    assert len(older) == 21
    # one row per place ("Kỳ Anh" is both a huyện and a thị xã): the older map repeats none of the current one
    assert len({(r["province"], r["district_type"], r["district"].casefold()) for r in rows}) == len(rows)
