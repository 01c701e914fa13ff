"""Dagster resources: where the run reads raw documents and builds the warehouse."""

from __future__ import annotations

import dagster as dg

from pipelines.settings import Settings


class ChitieuPaths(dg.ConfigurableResource):
    """The raw/ folder and the warehouse folder of this deployment (defaults: $CHITIEU_RAW, $CHITIEU_WAREHOUSE)."""

    raw_dir: str
    warehouse_dir: str

    def settings(self) -> Settings:
        return Settings.from_env(raw=self.raw_dir, warehouse=self.warehouse_dir)
