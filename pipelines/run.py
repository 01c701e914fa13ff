"""`chitieu run`: the whole Dagster job once, in this process, then a summary a person can read."""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from pipelines.settings import Settings


@dataclass
class RunSummary:
    ok: bool
    seconds: float
    settings: Settings
    stats: dict = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    log_path: Path | None = None
    skipped: bool = False  # nothing new since the published warehouse: no run was needed
    busy: bool = False  # another run held the warehouse: this one did nothing
    report_rebuilt: bool = False  # skipped, but the report was stale and was rebuilt
    report_error: str | None = None  # the report (downstream of publishing) failed; the warehouse is published

    @property
    def report_path(self) -> Path:
        return self.settings.warehouse_dir / "report" / "index.html"

    def render(self) -> str:
        s = self.stats
        if self.skipped:
            report = (f"\nThe report did not match the warehouse (a run stopped while building it) and was rebuilt: "
                      f"{self.report_path}" if self.report_rebuilt else
                      f"\nwarning: the report does not match the warehouse and could not be rebuilt: {self.report_error}"
                      if self.report_error else "")
            return (f"chitieu run: nothing new in {self.settings.raw_dir} since the last published run "
                    f"(same documents, manifest, corrections and code); {self.settings.published_db} is unchanged."
                    f"{report}\nUse --force to rebuild anyway.")
        if self.busy:
            return f"chitieu run did not start: {self.failures[0]}."
        if not self.ok:
            lines = [f"chitieu run FAILED after {self.seconds:.1f} s; the published warehouse was not replaced."]
            lines += [f"  - {f}" for f in self.failures]
            if self.settings.published_db.exists():
                lines.append(f"The previous warehouse is untouched: {self.settings.published_db}")
            if self.log_path:
                lines.append(f"Full log: {self.log_path}")
            return "\n".join(lines)
        kinds = s["measures_by_kind"]
        sev = ", ".join(f"{k} {v}" for k, v in s["flags_by_severity"].items()) or "none"
        lines = [
            f"chitieu run finished in {self.seconds:.1f} s",
            f"  documents read   {s['documents']} ({len(s['documents_quarantined'])} quarantined)",
            f"  measures         {s['measures']}: targets {kinds.get('target', 0)}, results {kinds.get('result', 0)}, "
            f"stated attainment {kinds.get('attainment', 0)}, target counts {kinds.get('target_count', 0)}",
            f"  comparisons      {s['comparisons']} of {s['results']} results matched to a target",
            f"  quality flags    {s['flags']} ({sev})",
        ]
        lines += [f"  quarantined      {q['path']}: {q['reason']}" for q in s["documents_quarantined"]]
        lines += [f"  warning          {w}" for w in s.get("warnings", [])]
        if self.report_error:
            lines.append(f"  warning          the report was not rebuilt: {self.report_error}")
        wh = "" if self.settings.warehouse_dir == Settings.from_env().warehouse_dir else f" --warehouse {self.settings.warehouse_dir}"
        lines += [
            f"Warehouse: {self.settings.published_db}",
            f"Query it:  .venv/bin/chitieu query \"select * from fct_plan_vs_result\"{wh}   (or: make sql)",
        ]
        if self.report_path.exists():
            lines.append(f"Report:    {self.report_path}   (rebuild it: chitieu report{wh})")
        if self.log_path:
            lines.append(f"Full log:  {self.log_path}")
        return "\n".join(lines)


def run_pipeline(settings: Settings, force: bool = False, wait: float | None = None) -> RunSummary:
    """One run on the warehouse, holding its lock throughout (pipelines.run_lock); `wait` is how long to wait for
    another run to finish with it (default: CHITIEU_LOCK_WAIT_SECONDS, else not at all)."""
    from pipelines import run_lock

    started = time.monotonic()
    try:
        run_lock.acquire(settings.warehouse_dir, run_lock.wait_seconds() if wait is None else wait,
                         on_wait=lambda m: print(f"chitieu run: {m}", file=sys.stderr, flush=True))
    except run_lock.WarehouseBusy as busy:
        return RunSummary(False, time.monotonic() - started, settings, failures=[str(busy)], busy=True)
    try:
        return _run_locked(settings, force, started)
    finally:
        run_lock.release(settings.warehouse_dir)


def _run_locked(settings: Settings, force: bool, started: float) -> RunSummary:
    from pipelines.fingerprint import published_fingerprint, stale_parts

    stale = [] if force else stale_parts(settings.raw_dir, settings.warehouse_dir)
    if not force and "warehouse" not in stale:
        stats = json.loads(settings.run_summary_path.read_text(encoding="utf-8")) if settings.run_summary_path.exists() else {}
        report_error = None
        if stale:  # the warehouse is current but its report is not: a run was killed while building it
            from pipelines.report import build_report

            try:
                build_report(settings.published_db, settings.warehouse_dir / "report", built_from=published_fingerprint(settings.warehouse_dir))
            except Exception as e:  # noqa: BLE001 - the warehouse stands; say why the report does not
                report_error = f"{type(e).__name__}: {e}"
        return RunSummary(True, time.monotonic() - started, settings, stats, skipped=True,
                          report_rebuilt=bool(stale) and report_error is None, report_error=report_error)

    import dagster as dg

    from pipelines.orchestration.definitions import JOB_NAME, build_definitions

    settings.warehouse_dir.mkdir(parents=True, exist_ok=True)
    defs = build_definitions(settings)
    job = defs.resolve_job_def(JOB_NAME)
    instance = dg.DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else dg.DagsterInstance.ephemeral()
    log_path = settings.warehouse_dir / "last_run.log"
    settings.run_summary_path.unlink(missing_ok=True)
    with instance, _output_to(log_path):
        _fail_orphaned_runs(instance)
        result = job.execute_in_process(instance=instance, raise_on_error=False,
                                        tags={PID_TAG: str(os.getpid()), WAREHOUSE_TAG: str(settings.warehouse_dir)})
    failures, report_errors = [], []
    for event in result.all_events:
        if event.is_step_failure:
            err = event.step_failure_data.error
            while err is not None and err.cause is not None:  # Dagster wraps the error a person can act on
                err = err.cause
            message = err.message.strip().splitlines()[-1] if err else "unknown error"
            # the report is built after publishing: its failure leaves a published warehouse, reported as a warning
            (report_errors if event.step_key == "report" else failures).append(
                message if event.step_key == "report" else f"step {event.step_key} failed: {message}")
        elif event.event_type_value == "ASSET_CHECK_EVALUATION":
            ev = event.event_specific_data
            if not ev.passed and ev.severity.value == "ERROR":
                failures.append(f"check {ev.asset_check_key.name} on {ev.asset_key.to_user_string()} failed: "
                                f"{ev.description or ''}")
    ok = (result.success or bool(report_errors)) and not failures and settings.run_summary_path.exists()
    stats = json.loads(settings.run_summary_path.read_text(encoding="utf-8")) if ok else {}
    if not ok and not failures:
        failures.append("the run did not reach the publish step")
    return RunSummary(ok, time.monotonic() - started, settings, stats, failures, log_path,
                      report_error="; ".join(report_errors) or None)


PID_TAG, WAREHOUSE_TAG = "chitieu/pid", "chitieu/warehouse"


def _fail_orphaned_runs(instance) -> None:
    """A `chitieu run` killed mid-way (kill -9, a lost terminal) leaves its run "started" in Dagster's storage for
    ever, and the UI's queue, one run at a time, would wait on it. Its process is gone: say so and end it."""
    import dagster as dg

    in_progress = [dg.DagsterRunStatus.STARTING, dg.DagsterRunStatus.STARTED, dg.DagsterRunStatus.CANCELING]
    for run in instance.get_runs(filters=dg.RunsFilter(statuses=in_progress)):
        pid = run.tags.get(PID_TAG)
        if pid and pid.isdigit() and not _alive(int(pid)):
            instance.report_run_failed(run, message=f"the `chitieu run` process running it (pid {pid}) is gone")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextlib.contextmanager
def _output_to(log_path: Path):
    """Send this process's stdout and stderr (and dbt's, a child process) to the run log, so the terminal
    shows the summary rather than a thousand lines of step events."""
    if os.environ.get("CHITIEU_VERBOSE"):
        yield
        return
    sys.stdout.flush()
    sys.stderr.flush()
    saved = os.dup(1), os.dup(2)
    with open(log_path, "w", encoding="utf-8") as log:
        os.dup2(log.fileno(), 1)
        os.dup2(log.fileno(), 2)
        try:
            yield
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            os.close(saved[0])
            os.close(saved[1])
