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
