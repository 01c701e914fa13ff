"""The pipeline's Python assets. Each is a thin wrapper: the work is in pipelines.ingest,
pipelines.extract, pipelines.landing and pipelines.publish, which know nothing of Dagster."""


import json
import shutil

import dagster as dg
import polars as pl

from pipelines import extraction_cache
from pipelines.extract import DICTIONARY_VERSION, EXTRACTOR_VERSION
from pipelines.fingerprint import PUBLISHED_INPUTS, input_fingerprint
from pipelines.ingest.corrections import apply_corrections, read_corrections
from pipelines.ingest.documents import measures_of_text
from pipelines.ingest.raw_files import read_manifest
from pipelines.ingest.scan import read_raw_folder
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
    document type; raw/manifest.csv overrides them). Unreadable files are quarantined with a reason.
    Writes landing/documents.parquet."""
    s = paths.settings()
    s.landing_dir.mkdir(parents=True, exist_ok=True)
    # what this run reads, recorded before reading it; published beside the warehouse if the run succeeds
    (s.landing_dir / "inputs_fingerprint.txt").write_text(input_fingerprint(s.raw_dir), encoding="utf-8")
    records, warnings = read_raw_folder(s.raw_dir, with_measures=False)
    for w in warnings:
        context.log.warning(w)
    (s.landing_dir / "warnings.json").write_text(json.dumps(warnings, ensure_ascii=False, indent=1), encoding="utf-8")
    frame = documents_frame(records, EXTRACTOR_VERSION, DICTIONARY_VERSION)
    out = write_parquet(frame, s.landing_dir / "documents.parquet")
    quarantined = frame.filter(pl.col("status") != "ok").select("path", "reason").rows()
    for path, reason in quarantined:
        context.log.warning(f"quarantined {path}: {reason}")
    return dg.MaterializeResult(metadata={
        "path": dg.MetadataValue.path(str(out)),
        "documents": len(frame),
        "quarantined": len(quarantined),
        "quarantined_files": dg.MetadataValue.json({p: r for p, r in quarantined}),
        "manifest_warnings": dg.MetadataValue.json(warnings),
    })


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
    """Extract measures from every readable document and apply raw/corrections.csv to them."""
    s = paths.settings()
    docs = pl.read_parquet(s.landing_dir / "documents.parquet").filter(pl.col("status") == "ok")
    manifest = read_manifest(s.raw_dir)
    corrections = read_corrections(s.raw_dir, indicator_codes())  # a malformed file stops the run here
    cache_path = s.landing_dir / "extraction_cache.parquet"
    cached = extraction_cache.load(cache_path)
    fresh: dict[str, tuple[str, list]] = {}
    used: set[int] = set()
    per_doc, reused = [], 0
    for document_id, path, paths_, text in docs.select("document_id", "path", "paths", "text").iter_rows():
        overrides = manifest.get(path)
        key = extraction_cache.cache_key(document_id, EXTRACTOR_VERSION, DICTIONARY_VERSION, overrides)
        if key in cached:
            found, reused = cached[key], reused + 1
        else:
            found = measures_of_text(text, path, overrides)
        fresh[key] = (document_id, found)
        per_doc.append((document_id, apply_corrections(document_id, paths_, found, corrections, used)))
    extraction_cache.save(cache_path, fresh)
    context.log.info(f"extracted {len(per_doc) - reused} documents, reused {reused} unchanged ones")
    frame = measures_frame(per_doc)
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
        "documents_extracted": len(per_doc) - reused,
        "documents_reused": reused,
        "corrections_applied": len(used),
        "corrections_unmatched": dg.MetadataValue.json(unmatched),
    })


def published_warehouse_asset(upstream: dg.AssetsDefinition) -> dg.AssetsDefinition:
    @dg.asset(name="published_warehouse", deps=[upstream], group_name="publish", kinds={"duckdb"}, pool="duckdb_writer")
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
