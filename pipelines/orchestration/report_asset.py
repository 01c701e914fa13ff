"""The analysts' report as a Dagster asset, downstream of the published warehouse. The work is in
pipelines.report, which knows nothing of Dagster."""

import dagster as dg

from pipelines import run_lock
from pipelines.orchestration.resources import ChitieuPaths


@dg.asset(deps=[dg.AssetKey("published_warehouse")], group_name="publish", kinds={"html"})
def report(context: dg.AssetExecutionContext, paths: ChitieuPaths) -> dg.MaterializeResult:
    """<warehouse>/report/index.html: coverage heat maps (63- and 34-province maps), targets and results by
    indicator with attainment status and mid-term pace, the biggest year-over-year target changes, open
    quality flags, and document.html showing every document with its measures highlighted. Offline, one
    folder; rebuilt from the published file (also by `chitieu report`). Swapped in whole, never half-built."""
    from pipelines.fingerprint import published_fingerprint
    from pipelines.report import build_report

    s = paths.settings()
    try:
        result = build_report(s.published_db, s.warehouse_dir / "report", built_from=published_fingerprint(s.warehouse_dir))
    finally:
        run_lock.end_run_hold(s.warehouse_dir)  # the last step of the job
    context.log.info(f"report: {result.path} ({result.bytes / 1e6:.1f} MB in {result.seconds:.1f} s)")
    return dg.MaterializeResult(metadata={
        "path": dg.MetadataValue.path(str(result.path)),
        "summary": dg.MetadataValue.md(result.markdown_summary),
        "bytes": result.bytes,
        "files": result.files,
        "seconds": round(result.seconds, 2),
    })
