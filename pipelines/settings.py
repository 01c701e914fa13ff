"""Where things live. One object, built from flags, environment variables or defaults, in that order."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from pipelines.reference import REFERENCE_DIR  # noqa: F401  (one home for the reference tables)

REPO_ROOT = Path(__file__).resolve().parents[1]
DBT_PROJECT_DIR = REPO_ROOT / "dbt_project"


@dataclass(frozen=True)
class Settings:
    raw_dir: Path
    warehouse_dir: Path

    @classmethod
    def from_env(cls, raw: str | os.PathLike | None = None, warehouse: str | os.PathLike | None = None) -> "Settings":
        raw_dir = Path(raw or os.environ.get("CHITIEU_RAW") or REPO_ROOT / "raw")
        wh_dir = Path(warehouse or os.environ.get("CHITIEU_WAREHOUSE") or REPO_ROOT / "warehouse")
        return cls(raw_dir.resolve(), wh_dir.resolve())

    @property
    def landing_dir(self) -> Path:
        """Parquet written by the Python stages; the only thing dbt reads from them."""
        return self.warehouse_dir / "landing"

    @property
    def build_db(self) -> Path:
        """The file dbt writes. Only the running pipeline opens it; analysts never do."""
        return self.warehouse_dir / "build" / "chitieu.duckdb"

    @property
    def published_db(self) -> Path:
        """The analysts' copy, replaced atomically after a run whose blocking checks passed."""
        return self.warehouse_dir / "chitieu.duckdb"

    @property
    def run_summary_path(self) -> Path:
        return self.warehouse_dir / "last_run.json"

    def dbt_env(self) -> dict[str, str]:
        """Environment the dbt project reads (profiles.yml and source locations)."""
        return {"CHITIEU_BUILD_DB": str(self.build_db), "CHITIEU_LANDING": str(self.landing_dir)}
