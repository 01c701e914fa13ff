"""Regenerate districts.csv and communes.csv from the maintained `vietnam-provinces` package (PyPI).

Sources, named so a curator can check them:
- before 1 July 2025 (63 provinces, their districts and communes): vietnam-provinces 0.6.0 (January 2025),
  `vietnam_provinces/data/nested-divisions.json`, itself built from the General Statistics Office's list;
- from 1 July 2025 (34 provinces, no districts, merged communes): vietnam-provinces 2025.10.1, same file;
- districts merged away before 2025 ("Thị xã Cửa Lò", "Huyện Tây Trà", "Quận 9"), which pages of those years
  still name: vietnam-provinces 0.2, same file, each kept once with `listed_in` = "0.2".

usage:
    pip download --no-deps -d /tmp/vp vietnam-provinces==0.2 vietnam-provinces==0.6.0 vietnam-provinces==2025.10.1
    python -m pipelines.reference.build_divisions /tmp/vp

Youth Union documents name a district union ("Huyện đoàn Đoan Hùng") or a commune union ("Xã đoàn Vĩnh Hanh")
without its province; these lists give the province. Nothing here runs in the pipeline.
"""

from __future__ import annotations

import csv
import json
import sys
import zipfile
from pathlib import Path

from pipelines.extract.organisations import lkey
from pipelines.reference import REFERENCE_DIR

_PREFIXES = ("Thành phố ", "Thành Phố ", "Thị xã ", "Thị Xã ", "Thị trấn ", "Quận ", "Huyện ", "Phường ", "Xã ", "Đặc khu ")


def _split(name: str) -> tuple[str, str]:
    for p in _PREFIXES:
        if name.startswith(p):
            return p.strip().lower(), name[len(p):].strip()
    return "", name


def _load(wheel: Path) -> list[dict]:
    with zipfile.ZipFile(wheel) as z:
        return json.loads(z.read("vietnam_provinces/data/nested-divisions.json"))


def main(folder: str) -> None:
    wheels = {w.name.split("-")[1]: w for w in Path(folder).glob("vietnam_provinces-*.whl")}
    older, old, new = _load(wheels["0.2"]), _load(wheels["0.6.0"]), _load(wheels["2025.10.1"])
    provinces = list(csv.DictReader((REFERENCE_DIR / "provinces.csv").open(encoding="utf-8")))
    old_name = {int(p["old_code"]): p["old_name"] for p in provinces}
    new_name = {int(p["new_code"]): p["new_name"] for p in provinces}

    with (REFERENCE_DIR / "districts.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["province", "district_type", "district", "listed_in"])
        seen = set()
        for p in old:
            for d in p["districts"]:
                kind, name = _split(d["name"])
                seen.add((old_name[p["code"]], lkey(name)))
                w.writerow([old_name[p["code"]], kind, name, "0.6.0"])
        for p in older:
            for d in p["districts"]:
                kind, name = _split(d["name"])
                # Huế left the list by becoming a centrally-run city (2025): its "Thành đoàn Huế" is province-level
                if (old_name[p["code"]], lkey(name)) not in seen and name != "Huế":
                    seen.add((old_name[p["code"]], lkey(name)))
                    w.writerow([old_name[p["code"]], kind, name, "0.2"])

    with (REFERENCE_DIR / "communes.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["map", "province", "district", "commune_type", "commune"])
        for p in old:
            for d in p["districts"]:
                for c in d["wards"]:
                    w.writerow(["pre_2025", old_name[p["code"]], _split(d["name"])[1], *_split(c["name"])])
        for p in new:
            for c in p["wards"]:
                w.writerow(["post_2025", new_name[p["code"]], "", *_split(c["name"])])


if __name__ == "__main__":
    main(sys.argv[1])
