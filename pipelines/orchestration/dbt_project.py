"""The dbt project as Dagster sees it: a manifest (parsed here when missing or stale, because
`prepare_if_dev()` only parses under `dagster dev`) and a translator that places each model in the
lineage graph."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DagsterDbtTranslatorSettings, DbtProject

from pipelines.settings import DBT_PROJECT_DIR, REFERENCE_DIR

# The dbt beside this Python, so a venv works without being "activated" (no PATH lookup).
DBT_EXECUTABLE = str(Path(sys.executable).with_name("dbt"))
# What the pipeline runs for `dbt build`: that dbt, killed with the process that started it (dbt_child.sh).
DBT_CHILD = str(Path(__file__).with_name("dbt_child.sh"))
os.environ.setdefault("CHITIEU_DBT", DBT_EXECUTABLE)

dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)


def _newest_source_mtime() -> float:
    newest = 0.0
    for root in (DBT_PROJECT_DIR, REFERENCE_DIR):
        for p in root.rglob("*"):
            if p.is_file() and "target" not in p.parts and "logs" not in p.parts and p.suffix in {".sql", ".yml", ".csv"}:
                newest = max(newest, p.stat().st_mtime)
    return newest


def ensure_manifest() -> Path:
    """Run `dbt parse` when target/manifest.json is missing or older than any model, test or seed.

    Under a lock: dbt writes the manifest in place, so a second process importing the definitions at the same
    moment (pytest's two workers in a fresh clone) would otherwise find a fresh, half-written file and fail to
    read it. The second waits for the first's parse and then finds the manifest current."""
    manifest = dbt_project.manifest_path
    manifest.parent.mkdir(parents=True, exist_ok=True)
    with open(manifest.parent / ".parse.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if manifest.exists() and manifest.stat().st_mtime >= _newest_source_mtime():
            return manifest
        proc = subprocess.run(
            [DBT_EXECUTABLE, "parse", "--quiet", "--project-dir", str(DBT_PROJECT_DIR), "--profiles-dir", str(DBT_PROJECT_DIR)],
            capture_output=True, text=True, env={**os.environ, "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"},
        )
        if proc.returncode != 0 or not manifest.exists():
            raise RuntimeError(f"dbt parse failed:\n{proc.stdout}\n{proc.stderr}")
        return manifest


class ChitieuDbtTranslator(DagsterDbtTranslator):
    """dbt models live under the `warehouse` key prefix (the Python `documents` asset and the dbt
    `documents` table are different things); groups follow the model folders."""

    def __init__(self):
        super().__init__(settings=DagsterDbtTranslatorSettings(enable_asset_checks=True))

    def get_asset_key(self, dbt_resource_props: Mapping[str, Any]) -> dg.AssetKey:
        if dbt_resource_props["resource_type"] == "source":
            return super().get_asset_key(dbt_resource_props)  # meta.dagster.asset_key -> Python assets
        return dg.AssetKey(["warehouse", dbt_resource_props["name"]])

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        if dbt_resource_props["resource_type"] == "seed":
            return "reference"
        fqn = dbt_resource_props.get("fqn", [])
        return {"staging": "staging", "marts": "marts", "quality": "quality"}.get(fqn[1] if len(fqn) > 2 else "", "marts")
