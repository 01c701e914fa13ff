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
    report_error: str | None = None  # the report (downstream of publishing) failed; the warehouse is published

    @property
    def report_path(self) -> Path:
        return self.settings.warehouse_dir / "report" / "index.html"

    def render(self) -> str:
        s = self.stats
        if self.skipped:
            return (f"chitieu run: nothing new in {self.settings.raw_dir} since the last published run "
                    f"(same documents, manifest, corrections and code); {self.settings.published_db} is unchanged.\n"
                    f"Use --force to rebuild anyway.")
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


def run_pipeline(settings: Settings, force: bool = False) -> RunSummary:
    from pipelines.fingerprint import input_fingerprint, published_fingerprint

    started = time.monotonic()
    if not force and published_fingerprint(settings.warehouse_dir) == input_fingerprint(settings.raw_dir):
        stats = json.loads(settings.run_summary_path.read_text(encoding="utf-8")) if settings.run_summary_path.exists() else {}
        return RunSummary(True, time.monotonic() - started, settings, stats, skipped=True)

    import dagster as dg

    from pipelines.orchestration.definitions import JOB_NAME, build_definitions

    settings.warehouse_dir.mkdir(parents=True, exist_ok=True)
    defs = build_definitions(settings)
    job = defs.resolve_job_def(JOB_NAME)
    instance = dg.DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else dg.DagsterInstance.ephemeral()
    log_path = settings.warehouse_dir / "last_run.log"
    settings.run_summary_path.unlink(missing_ok=True)
    with instance, _output_to(log_path):
        result = job.execute_in_process(instance=instance, raise_on_error=False)
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
