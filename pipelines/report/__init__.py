"""The analysts' report: <warehouse>/report/index.html (coverage, attainment by indicator, movers, open
quality flags) and document.html (each document's text with its measures highlighted). Pure Python, no
Dagster; see build.py."""

from pipelines.report.build import ReportResult, build_report

__all__ = ["ReportResult", "build_report"]
