"""Great Expectations suites for the column-level contracts of the landing tables.

GE 1.x has no DuckDB or Polars data source, so suites run on pandas frames in an ephemeral context.
`great_expectations` costs ~5 s to import: it is imported inside `validate`, never at module load, so
the CLI and the Dagster code location start fast.

A suite is plain data: (expectation class name, keyword arguments). Two kinds per table:
  contract      shapes every later stage relies on; a failure blocks publishing
  plausibility  values that should hold for real documents; a failure warns (dq_flags explains them)
"""

from __future__ import annotations

import html
import shutil
from dataclasses import dataclass
from pathlib import Path

from pipelines.extract.model import KINDS, LEVELS, QUALIFIERS, UNITS

Suite = list[tuple[str, dict]]

MEASURES_CONTRACT: Suite = [
    ("ExpectColumnValuesToBeUnique", {"column": "measure_id"}),
    ("ExpectColumnValuesToNotBeNull", {"column": "measure_id"}),
    ("ExpectColumnValuesToNotBeNull", {"column": "document_id"}),
    ("ExpectColumnValuesToNotBeNull", {"column": "value"}),
    ("ExpectColumnValuesToNotBeNull", {"column": "quote"}),
    ("ExpectColumnValuesToBeInSet", {"column": "kind", "value_set": list(KINDS)}),
    ("ExpectColumnValuesToBeInSet", {"column": "unit", "value_set": list(UNITS)}),
    ("ExpectColumnValuesToBeInSet", {"column": "qualifier", "value_set": list(QUALIFIERS)}),
    ("ExpectColumnValuesToBeInSet", {"column": "org_level", "value_set": list(LEVELS)}),
    ("ExpectColumnValuesToBeInSet", {"column": "scope", "value_set": ["per_year", "per_unit", "per_person"],
                                     "mostly": 1.0}),
    ("ExpectColumnValuesToBeBetween", {"column": "start", "min_value": 0}),
    ("ExpectColumnPairValuesAToBeGreaterThanB", {"column_A": "end", "column_B": "start", "or_equal": False}),
    # every number traces back to its words: its quote stands around its span (pipelines.landing.quote_at_span)
    ("ExpectColumnValuesToBeInSet", {"column": "quote_at_span", "value_set": [True]}),
]

MEASURES_PLAUSIBILITY: Suite = [
    ("ExpectColumnValuesToBeBetween", {"column": "value", "min_value": 0, "strict_min": True}),
    # A target or result share cannot exceed 100 %; stated attainment ("đạt 169% chỉ tiêu") may.
    ("ExpectColumnValuesToBeBetween", {"column": "value", "min_value": 0, "max_value": 100,
                                       "row_condition": 'unit == "percent" and kind != "attainment"',
                                       "condition_parser": "pandas"}),
]

DOCUMENTS_CONTRACT: Suite = [
    ("ExpectColumnValuesToBeUnique", {"column": "document_id"}),
    ("ExpectColumnValuesToNotBeNull", {"column": "path"}),
    ("ExpectColumnValuesToBeInSet", {"column": "status", "value_set": ["ok", "quarantined"]}),
    # A quarantined document must say why, or nobody can act on it.
    ("ExpectColumnValuesToNotBeNull", {"column": "reason", "row_condition": 'status == "quarantined"',
                                       "condition_parser": "pandas"}),
]


@dataclass
class SuiteResult:
    suite: str
    success: bool
    evaluated: int
    failures: list[dict]  # {expectation, column, unexpected_count, examples}

    def describe(self) -> str:
        if self.success:
            return f"{self.suite}: all {self.evaluated} expectations met"
        parts = [f"{f['expectation']}({f['column']}): {f['unexpected_count']} rows, e.g. {f['examples']}"
                 for f in self.failures]
        return f"{self.suite}: {len(self.failures)} of {self.evaluated} expectations failed: " + "; ".join(parts)


def validate(frame, suite_name: str, suite: Suite, docs_dir: Path | None = None) -> SuiteResult:
    """Validate a pandas DataFrame against a suite; returns what failed, with example values. With
    `docs_dir`, also renders GE's Data Docs HTML for this suite into docs_dir/<suite_name>/."""
    import great_expectations as gx
    import great_expectations.expectations as gxe

    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)  # keep run logs readable
    batch_def = (context.data_sources.add_pandas(f"{suite_name}_source")
                 .add_dataframe_asset(name=suite_name)
                 .add_batch_definition_whole_dataframe(f"{suite_name}_batch"))
    gx_suite = context.suites.add(gx.ExpectationSuite(name=suite_name))
    for cls_name, kwargs in suite:
        gx_suite.add_expectation(getattr(gxe, cls_name)(**kwargs))
    if docs_dir is None:
        result = batch_def.get_batch(batch_parameters={"dataframe": frame}).validate(gx_suite)
    else:
        site = docs_dir / suite_name
        shutil.rmtree(site, ignore_errors=True)  # one run's results, not an ever-growing history
        context.update_data_docs_site("local_site", {
            "class_name": "SiteBuilder",
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(site)},
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        })
        definition = context.validation_definitions.add(
            gx.ValidationDefinition(name=suite_name, data=batch_def, suite=gx_suite))
        checkpoint = context.checkpoints.add(gx.Checkpoint(
            name=f"{suite_name}_checkpoint", validation_definitions=[definition],
            actions=[gx.checkpoint.UpdateDataDocsAction(name="data_docs")]))
        run = checkpoint.run(batch_parameters={"dataframe": frame})
        result = next(iter(run.run_results.values()))
    failures = []
    for r in result.results:
        if r.success:
            continue
        cfg = r.expectation_config
        res = r.result or {}
        failures.append({
            "expectation": cfg.type,
            "column": cfg.kwargs.get("column") or f"{cfg.kwargs.get('column_A')}>{cfg.kwargs.get('column_B')}",
            "unexpected_count": res.get("unexpected_count"),
            "examples": (res.get("partial_unexpected_list") or [])[:5],
        })
    return SuiteResult(suite_name, bool(result.success), len(result.results), failures)


def write_docs_index(docs_dir: Path) -> Path:
    """A landing page linking each suite's Data Docs site (GE builds one site per context)."""
    names = sorted(p.name for p in docs_dir.iterdir() if (p / "index.html").exists())
    items = "\n".join(f'<li><a href="{html.escape(n)}/index.html">{html.escape(n)}</a></li>' for n in names)
    page = docs_dir / "index.html"
    page.write_text(f"<!doctype html><meta charset=utf-8><title>chitieu data docs</title>"
                    f"<h1>Great Expectations suites of the last run</h1><ul>{items}</ul>\n", encoding="utf-8")
    return page
