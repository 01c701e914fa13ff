"""Great Expectations suites as Dagster asset checks on the landing files. dbt tests arrive as asset
checks on their models through dagster-dbt. Contract checks are blocking: when one fails, nothing
downstream is built and the analysts' warehouse is not replaced."""


import dagster as dg
import polars as pl

from pipelines.orchestration.assets import documents
from pipelines.orchestration.resources import ChitieuPaths
from pipelines.quality import expectations as ex


def _run_suite(paths: ChitieuPaths, table: str, name: str, suite, severity) -> dg.AssetCheckResult:
    frame = pl.read_parquet(paths.settings().landing_dir / f"{table}.parquet").drop("text", strict=False)
    docs = paths.settings().build_db.parent / "data_docs"
    docs.mkdir(parents=True, exist_ok=True)
    result = ex.validate(frame.to_pandas(), name, suite, docs_dir=docs)
    return dg.AssetCheckResult(
        passed=result.success,
        severity=severity,
        description=result.describe(),
        metadata={"rows": len(frame), "expectations": result.evaluated,
                  "failures": dg.MetadataValue.json(result.failures)},
    )


@dg.asset_check(asset=documents, blocking=True, description="GE suite documents_contract: unique ids, "
                "known statuses, and a reason for every quarantined file.")
def documents_contract(paths: ChitieuPaths) -> dg.AssetCheckResult:
    return _run_suite(paths, "documents", "documents_contract", ex.DOCUMENTS_CONTRACT, dg.AssetCheckSeverity.ERROR)


@dg.asset_check(asset="measures", blocking=True, description="GE suite measures_contract: ids, allowed kinds, "
                "units, qualifiers and scopes, spans that point into the text.")
def measures_contract(paths: ChitieuPaths) -> dg.AssetCheckResult:
    return _run_suite(paths, "measures", "measures_contract", ex.MEASURES_CONTRACT, dg.AssetCheckSeverity.ERROR)


@dg.asset_check(asset="measures", blocking=False, description="GE suite measures_plausibility: positive values, "
                "target and result percentages within 0-100. Warns; dq_flags explains each case.")
def measures_plausibility(paths: ChitieuPaths) -> dg.AssetCheckResult:
    return _run_suite(paths, "measures", "measures_plausibility", ex.MEASURES_PLAUSIBILITY, dg.AssetCheckSeverity.WARN)
