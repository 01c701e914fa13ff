"""The pipeline's Python assets. Each is a thin wrapper: the work is in pipelines.ingest,
pipelines.extract, pipelines.landing and pipelines.publish, which know nothing of Dagster."""


import json
import shutil

import dagster as dg
import polars as pl

from pipelines import extraction_cache, run_lock
from pipelines.extract import DICTIONARY_VERSION, EXTRACTOR_VERSION
from pipelines.fingerprint import PUBLISHED_INPUTS, input_fingerprint
from pipelines.ingest.corrections import apply_corrections, read_corrections
from pipelines.ingest.scan import default_workers, read_raw_folder
from pipelines.landing import corrections_frame, documents_frame, measures_frame, write_parquet
from pipelines.orchestration.resources import ChitieuPaths
from pipelines.publish import publish, publish_data_docs
from pipelines.reference import indicator_codes
from pipelines.summary import warehouse_summary

raw_documents = dg.AssetSpec(
    "raw_documents",
    description="Files under raw/ (.txt now; HTML, PDF and DOCX later) and raw/manifest.csv. Not built by the "
                "pipeline: the raw-folder sensor notices when they change.",
    group_name="ingest",
    kinds={"file"},
)


@dg.asset(deps=[raw_documents], group_name="ingest", kinds={"python", "parquet"})
def documents(context: dg.AssetExecutionContext, paths: ChitieuPaths) -> dg.MaterializeResult:
    """Every raw file decoded to NFC text, with the facts read from it (organisation, province, period,
    document type; raw/manifest.csv overrides them) and its measures, read on every core. Unreadable files
    are quarantined with a reason. Files unchanged since the last run (same bytes, name, manifest row,
    extractor and dictionary) are taken from landing/extraction_cache.parquet. Writes
    landing/documents.parquet and the cache, which the measures step reads."""
    s = paths.settings()
    # one run per warehouse; a run Dagster launched waits up to 10 minutes for another to finish, then fails
    run_lock.hold_for_run(s.warehouse_dir, run_lock.wait_seconds(default=600.0), on_wait=context.log.warning)
    s.landing_dir.mkdir(parents=True, exist_ok=True)
    cache_path = s.landing_dir / "extraction_cache.parquet"
    scan = read_raw_folder(s.raw_dir, extraction_cache.load(cache_path), _cache_key, workers=default_workers())
    # what this run read (from the hashes the scan took); published beside the warehouse if the run succeeds
    (s.landing_dir / "inputs_fingerprint.txt").write_text(input_fingerprint(s.raw_dir, scan.digests), encoding="utf-8")
    for w in scan.warnings:
        context.log.warning(w)
    (s.landing_dir / "warnings.json").write_text(json.dumps(scan.warnings, ensure_ascii=False, indent=1), encoding="utf-8")
    frame = documents_frame(scan.records, EXTRACTOR_VERSION, DICTIONARY_VERSION)
    out = write_parquet(frame, s.landing_dir / "documents.parquet")
    # a file set aside for its size or time is read again next run (the budget may be raised, the machine idler)
    extraction_cache.save(cache_path, {k: r for k, r in zip(scan.keys, scan.records) if k is not None and not r.over_budget})
    quarantined = frame.filter(pl.col("status") != "ok").select("path", "reason").rows()
    for path, reason in quarantined:
        context.log.warning(f"quarantined {path}: {reason}")
    context.log.info(f"read {len(scan.records) - scan.reused} files, reused {scan.reused} unchanged ones")
    return dg.MaterializeResult(metadata={
        "path": dg.MetadataValue.path(str(out)),
        "documents": len(frame),
        "files_read": len(scan.records) - scan.reused,
        "files_reused": scan.reused,
        "quarantined": len(quarantined),
        "quarantined_files": dg.MetadataValue.json({p: r for p, r in quarantined}),
        "manifest_warnings": dg.MetadataValue.json(scan.warnings),
    })


def _cache_key(content_sha256: str, path: str, overrides: dict | None) -> str:
    return extraction_cache.cache_key(content_sha256, path, EXTRACTOR_VERSION, DICTIONARY_VERSION, overrides)


@dg.multi_asset(
    specs=[
        dg.AssetSpec("measures", deps=[documents], group_name="ingest", kinds={"python", "parquet"},
                     description="Targets and results extracted from each readable document, with their spans, "
                                 "after the curator's corrections. Writes landing/measures.parquet."),
        dg.AssetSpec("corrections", deps=[raw_documents], group_name="ingest", kinds={"csv", "parquet"},
                     description="raw/corrections.csv (drop / fix / accept a measure), validated, with whether "
                                 "each row found its measure. Writes landing/corrections.parquet."),
    ],
)
def measures(context: dg.AssetExecutionContext, paths: ChitieuPaths):
    """The measures the documents step extracted, with raw/corrections.csv applied to them."""
    s = paths.settings()
    docs = pl.read_parquet(s.landing_dir / "documents.parquet", columns=["document_id", "path", "paths", "status", "text"])
    corrections = read_corrections(s.raw_dir, indicator_codes())  # a malformed file stops the run here
    extracted = extraction_cache.load_measures(s.landing_dir / "extraction_cache.parquet")
    used: set[int] = set()
    per_doc = []
    for document_id, path, paths_ in docs.filter(pl.col("status") == "ok").select("document_id", "path", "paths").iter_rows():
        kept, set_aside = extracted.get((document_id, path), ([], []))
        per_doc.append((document_id, apply_corrections(document_id, paths_, kept, corrections, used, set_aside)))
    frame = measures_frame(per_doc, dict(docs.filter(pl.col("status") == "ok").select("document_id", "text").iter_rows()))
    out = write_parquet(frame, s.landing_dir / "measures.parquet")
    write_parquet(corrections_frame(corrections, used), s.landing_dir / "corrections.parquet")
    unmatched = [f"corrections.csv line {c.line}: no measure at {c.document} offset {c.start}"
                 for c in corrections if c.line not in used]
    for u in unmatched:
        context.log.warning(u)
    by_kind = dict(frame.group_by("kind").len().sort("kind").iter_rows()) if len(frame) else {}
    yield dg.MaterializeResult(asset_key="corrections", metadata={
        "rows": len(corrections), "applied": len(used), "unmatched": dg.MetadataValue.json(unmatched)})
    yield dg.MaterializeResult(asset_key="measures", metadata={
        "path": dg.MetadataValue.path(str(out)),
        "measures": len(frame),
        "by_kind": dg.MetadataValue.json(by_kind),
        "extractor_version": EXTRACTOR_VERSION,
        "dictionary_version": DICTIONARY_VERSION,
        "corrections_applied": len(used),
        "corrections_unmatched": dg.MetadataValue.json(unmatched),
    })


def published_warehouse_asset(upstream: dg.AssetsDefinition) -> dg.AssetsDefinition:
    @dg.asset(name="published_warehouse", deps=[upstream], group_name="publish", kinds={"duckdb"})
    def _published(context: dg.AssetExecutionContext, paths: ChitieuPaths) -> dg.MaterializeResult:
        """The analysts' warehouse file, <warehouse>/chitieu.duckdb, replaced atomically once every model
        was built and every blocking check passed. Query it with `chitieu query` or `make sql`."""
        s = paths.settings()
        counts = publish(s.build_db, s.published_db)
        docs = publish_data_docs(s.build_db.parent / "data_docs", s.warehouse_dir / "data_docs")
        fp = s.landing_dir / "inputs_fingerprint.txt"
        if fp.exists():
            shutil.copyfile(fp, s.warehouse_dir / PUBLISHED_INPUTS)
        warnings_file = s.landing_dir / "warnings.json"
        warnings = json.loads(warnings_file.read_text(encoding="utf-8")) if warnings_file.exists() else []
        summary = warehouse_summary(s.published_db, warnings)
        s.run_summary_path.write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
        return dg.MaterializeResult(metadata={
            "path": dg.MetadataValue.path(str(s.published_db)),
            "tables": dg.MetadataValue.json(counts),
            "data_docs": dg.MetadataValue.path(str(docs or "none")),
            "summary": dg.MetadataValue.md(summary["markdown"]),
        })

    return _published
