"""Reference tables shared by the extractor and the warehouse (dbt seeds read this folder too)."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

REFERENCE_DIR = Path(__file__).resolve().parent


@cache
def indicator_codes() -> frozenset[str]:
    with (REFERENCE_DIR / "indicators.csv").open(encoding="utf-8") as f:
        return frozenset(row["code"] for row in csv.DictReader(f))


@cache
def _province_keys() -> frozenset[str]:
    from pipelines.extract.organisations import key

    names = set()
    with (REFERENCE_DIR / "provinces.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            names |= {row["old_name"], row["new_name"], *(v for v in row["name_variants"].split(";") if v)}
    return frozenset(key(n).lower() for n in names)


def is_province(name: str) -> bool:
    """Whether `name` is a province as provinces.csv knows it: an old name, a variant ("TP. Hà Nội") or a post-2025
    name, however its tone marks are placed ("Khánh Hoà", "Khánh Hòa")."""
    from pipelines.extract.organisations import key

    return key(name).lower() in _province_keys()
