"""chitieu: Vietnamese Youth Union targets and results, from documents to a comparable warehouse.

Stages, one module each, in pipeline order:
  ingest/     raw files -> decoded, NFC text + document facts (org, province, period, type)
  extract/    text -> typed measures with source spans (pure Python, no Dagster)
  landing     documents and measures -> Parquet, the contract read by dbt
  dbt_project/ (outside this package) staging -> dims -> facts -> comparisons -> dq_flags
  quality/    Great Expectations suites and cross-row rules (pure functions)
  publish     atomic hand-over of the warehouse file to analysts
  orchestration/ thin Dagster assets, checks, job, schedule and sensor over the stages
"""

__version__ = "0.1.0"
