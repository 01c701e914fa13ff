"""Dagster definitions: assets, checks, the nightly job, its schedule and the raw-folder sensor.

Loaded by `dagster dev` (`make ui`), by `chitieu run` and by the tests. Reads the dbt manifest, so it
makes sure an up-to-date one exists first: `ensure_manifest()` re-parses when a model changed, which
covers `dagster dev` reloads as well as runs and tests (`prepare_if_dev()` would cover only the first).
"""


import hashlib
import os
from functools import cached_property

import dagster as dg
from dagster_dbt import DbtCliResource, dbt_assets

from pipelines.orchestration import assets as py_assets
from pipelines.orchestration.checks import documents_contract, measures_contract, measures_plausibility
from pipelines.orchestration.dbt_project import DBT_CHILD, ChitieuDbtTranslator, dbt_project, ensure_manifest
from pipelines.orchestration.report_asset import report
from pipelines.orchestration.resources import ChitieuPaths
from pipelines.ingest.raw_files import list_raw_files
from pipelines.settings import Settings

JOB_NAME = "chitieu_nightly"

ensure_manifest()


class ChitieuDbtCli(DbtCliResource):
    """dagster-dbt (pinned 0.29.27) spends ~2-3 s of every run before dbt starts: it runs `dbt --version`
    in a subprocess to learn a version pyproject.toml pins, and opens a dbt adapter in Dagster's process
    only to fetch row counts or column metadata, which chitieu does not ask for. At national scale that
    was a tenth of an incremental run."""

    @cached_property
    def _cli_version(self):
        from importlib.metadata import version as installed

        from packaging import version

        return version.parse(installed("dbt-core"))

    def _initialize_dbt_core_adapter(self, args):
        return None


@dbt_assets(manifest=dbt_project.manifest_path, project=dbt_project,
            dagster_dbt_translator=ChitieuDbtTranslator())
def warehouse_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, paths: ChitieuPaths):
    """dbt-duckdb builds staging views, dimensions, facts, comparisons and dq_flags into the build file
    (never the analysts' copy); each dbt test is an asset check."""
    s = paths.settings()
    s.build_db.parent.mkdir(parents=True, exist_ok=True)
    if context.selected_asset_keys == context.assets_def.keys:
        # A full build starts from an empty file, so a model removed from the project leaves no table behind.
        for stale in (s.build_db, s.build_db.with_name(s.build_db.name + ".wal")):
            stale.unlink(missing_ok=True)
    os.environ.update(s.dbt_env())  # profiles.yml and the sources read these
    # A stable target folder per warehouse keeps dbt's partial-parse state between runs (dagster-dbt's
    # default, a fresh folder per run seeded from dbt_project/target, re-parsed the whole project whenever
    # the profile's paths differed from the seed's: ~4 s of every run).
    yield from dbt.cli(["build"], context=context, target_path=s.build_db.parent / "dbt_target").stream()


published_warehouse = py_assets.published_warehouse_asset(warehouse_models)

nightly_job = dg.define_asset_job(
    JOB_NAME,
    selection=dg.AssetSelection.all() - dg.AssetSelection.assets("raw_documents"),
    description="Ingest raw/, extract measures, build and check the warehouse, publish it.",
    # One process: steps are short and share one DuckDB writer; a process per step costs seconds each.
    executor_def=dg.in_process_executor,
    tags={"dagster/max_retries": "2"},
)

def _something_new(context) -> bool:
    """Skip the night's run when raw/, the code and the dbt project are what the warehouse was built from, and
    the report was built from that warehouse."""
    from pipelines.fingerprint import stale_parts

    s = Settings.from_env()
    return bool(stale_parts(s.raw_dir, s.warehouse_dir))


nightly_schedule = dg.ScheduleDefinition(
    name="nightly_0200_hcm",
    job=nightly_job,
    cron_schedule="0 2 * * *",
    execution_timezone="Asia/Ho_Chi_Minh",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    should_execute=_something_new,
    description="Every night at 02:00 Vietnam time, when anything changed since the published warehouse.",
)


def raw_fingerprint(settings: Settings) -> str:
    """Names, sizes and modification times of everything in raw/ (manifest included): cheap to compute
    every minute, and it changes whenever a document is added, edited or removed."""
    h = hashlib.sha256()
    for name in ("manifest.csv", "corrections.csv"):
        p = settings.raw_dir / name
        if p.exists():
            st = p.stat()
            h.update(f"{name}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    for f in list_raw_files(settings.raw_dir):
        st = f.path.lstat()
        h.update(f"{f.rel}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:16]


@dg.sensor(job=nightly_job, minimum_interval_seconds=60, default_status=dg.DefaultSensorStatus.RUNNING,
           description="Starts a run when files under raw/ are added, changed or removed; never while a run is going.")
def raw_folder_sensor(context: dg.SensorEvaluationContext, paths: ChitieuPaths):
    fingerprint = raw_fingerprint(paths.settings())
    if context.cursor is None:
        context.update_cursor(fingerprint)  # first look: remember the folder, do not start a surprise run
        return dg.SkipReason("recorded the current contents of raw/")
    if fingerprint == context.cursor:
        return dg.SkipReason("raw/ unchanged")
    active = context.instance.get_runs(filters=dg.RunsFilter(
        job_name=JOB_NAME, statuses=[dg.DagsterRunStatus.QUEUED, dg.DagsterRunStatus.NOT_STARTED,
                                     dg.DagsterRunStatus.STARTING, dg.DagsterRunStatus.STARTED]), limit=1)
    if active:
        return dg.SkipReason("raw/ changed, but a run is in progress; will look again after it")
    context.update_cursor(fingerprint)
    return dg.RunRequest(run_key=f"raw-{fingerprint}")


def build_definitions(settings: Settings | None = None) -> dg.Definitions:
    s = settings or Settings.from_env()
    return dg.Definitions(
        assets=[py_assets.raw_documents, py_assets.documents, py_assets.measures, warehouse_models, published_warehouse,
                report],
        asset_checks=[documents_contract, measures_contract, measures_plausibility],
        jobs=[nightly_job],
        schedules=[nightly_schedule],
        sensors=[raw_folder_sensor],
        resources={
            "paths": ChitieuPaths(raw_dir=str(s.raw_dir), warehouse_dir=str(s.warehouse_dir)),
            "dbt": ChitieuDbtCli(project_dir=dbt_project, profiles_dir=str(dbt_project.profiles_dir),
                                  dbt_executable=DBT_CHILD),
        },
    )


defs = build_definitions()
