"""Stage outputs as Parquet in <warehouse>/landing: the contract between Python and dbt.

Writing files (not the DuckDB database) keeps the single-writer rule simple: only dbt writes the
warehouse file, and a person can open any landing file to see exactly what a stage produced.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

import polars as pl

from pipelines.extract.model import Measure
from pipelines.extract.organisations import body_of, identifies
from pipelines.ingest.corrections import CorrectedMeasure, Correction
from pipelines.ingest.documents import DocumentRecord
from pipelines.quality.target_lists import listed_target_count

DOCUMENTS_SCHEMA = {
    "document_id": pl.Utf8, "path": pl.Utf8, "paths": pl.List(pl.Utf8), "unreadable_aliases": pl.List(pl.Struct({"path": pl.Utf8, "reason": pl.Utf8})),
    "content_sha256": pl.Utf8,
    "bytes": pl.Int64, "format": pl.Utf8, "encoding": pl.Utf8, "decode_detail": pl.Utf8, "status": pl.Utf8,
    "reason": pl.Utf8,
    "org": pl.Utf8, "org_level": pl.Utf8, "province": pl.Utf8, "province_new": pl.Utf8, "org_identified": pl.Boolean, "org_basis": pl.Utf8, "org_body": pl.Utf8,
    "period": pl.Utf8, "period_start_year": pl.Int32, "period_end_year": pl.Int32, "doc_type": pl.Utf8,
    "title": pl.Utf8, "published": pl.Utf8, "url": pl.Utf8, "n_chars": pl.Int64, "n_measures": pl.Int32, "n_set_aside": pl.Int32,
    "listed_targets": pl.Int32,
    "text": pl.Utf8,
    "extractor_version": pl.Utf8, "dictionary_version": pl.Utf8,
}

MEASURES_SCHEMA = {
    "measure_id": pl.Utf8, "document_id": pl.Utf8, "seq": pl.Int32, "kind": pl.Utf8, "indicator": pl.Utf8,
    "subject": pl.Utf8, "value": pl.Float64, "value_max": pl.Float64, "unit": pl.Utf8, "qualifier": pl.Utf8,
    "denominator": pl.Float64, "scope": pl.Utf8, "level": pl.Utf8, "body": pl.Utf8, "occasion": pl.Utf8,
    "programme": pl.Utf8, "period": pl.Utf8, "org": pl.Utf8, "org_level": pl.Utf8,
    "org_province": pl.Utf8, "org_province_new": pl.Utf8, "org_identified": pl.Boolean, "org_body": pl.Utf8, "kind_basis": pl.Utf8, "period_basis": pl.Utf8,
    "indicator_basis": pl.Utf8,
    "optional": pl.Boolean,
    "quote": pl.Utf8, "start": pl.Int64, "end": pl.Int64, "sentence": pl.Utf8, "number_text": pl.Utf8,
    "quote_at_span": pl.Boolean,
    "extractor_version": pl.Utf8, "dictionary_version": pl.Utf8,
    "correction_action": pl.Utf8, "correction_note": pl.Utf8, "corrected_from": pl.Utf8,
}

CORRECTIONS_SCHEMA = {
    "line": pl.Int32, "document": pl.Utf8, "start": pl.Int64, "action": pl.Utf8, "fixes": pl.Utf8,
    "note": pl.Utf8, "reviewer": pl.Utf8, "applied": pl.Boolean,
}


def dedupe(records: list[DocumentRecord]) -> list[tuple[DocumentRecord, list[str], list[dict]]]:
    """The same bytes under two names are one document with two paths. The name that reads speaks for it
    (`cp good.txt 000_copy.pdf` must not make the good text "not a PDF"); the other names that would not read on
    their own are returned ({path, reason}), to be reported as quarantined paths of that document."""
    groups: dict[str, list[DocumentRecord]] = {}
    for rec in sorted(records, key=lambda r: r.path):
        groups.setdefault(rec.document_id, []).append(rec)
    out = []
    for recs in groups.values():
        lead = next((r for r in recs if r.status == "ok"), recs[0])
        others = [r for r in recs if r is not lead]
        out.append((lead, [lead.path] + [r.path for r in others],
                    [{"path": r.path, "reason": f"{r.reason} (the same bytes read as {lead.path})"} for r in others
                     if r.status != "ok" and lead.status == "ok"]))
    return out


def documents_frame(records: list[DocumentRecord], extractor_version: str, dictionary_version: str) -> pl.DataFrame:
    rows = []
    for rec, paths, unreadable in dedupe(records):
        f = rec.facts
        rows.append({
            "document_id": rec.document_id, "path": paths[0], "paths": paths, "unreadable_aliases": unreadable,
            "content_sha256": rec.content_sha256,
            "bytes": rec.bytes, "format": rec.format, "encoding": rec.encoding, "decode_detail": rec.detail,
            "status": rec.status,
            "reason": rec.reason, "org": f.org, "org_level": f.org_level, "province": f.province,
            "province_new": f.province_new, "org_identified": identifies(f.org, f.org_level, f.province) and f.org_basis not in ("place", "scope"),
            "org_basis": f.org_basis,
            "org_body": body_of(f.org),
            "period": f.period, "period_start_year": f.period_start_year,
            "period_end_year": f.period_end_year, "doc_type": f.doc_type, "title": f.title,
            "published": f.published, "url": f.url, "n_chars": len(rec.text or ""), "n_measures": len(rec.measures),
            "n_set_aside": len(rec.set_aside),
            "listed_targets": listed_target_count(rec.text) if rec.text else None,
            "text": rec.text, "extractor_version": extractor_version, "dictionary_version": dictionary_version,
        })
    return pl.DataFrame(rows, schema=DOCUMENTS_SCHEMA)


# how far before its number a figure's words may begin ("phấn đấu trồng mới ít nhất 270.000 cây xanh")
_QUOTE_REACH = 400


def quote_at_span(text: str, m: Measure) -> bool:
    """The guarantee that a figure traces back to its words: its span lies inside the text and its quote stands
    around it. Checked here, where cutting a window out of a document is free; in SQL, a window of a 2 MB UTF-8
    text costs a walk from its start, per figure (111 s for a page of 40,000 figures)."""
    return 0 <= m.start < m.end <= len(text) and text.find(m.quote, max(0, m.start - _QUOTE_REACH),
                                                           m.end + _QUOTE_REACH) >= 0


def measures_frame(measures_by_document: Iterable[tuple[str, list[Measure | CorrectedMeasure]]],
                   texts: dict[str, str] | None = None) -> pl.DataFrame:
    """`texts` ({document_id: text}) lets each row say whether its quote stands at its span (`quote_at_span`)."""
    rows = []
    for document_id, measures in measures_by_document:
        text = (texts or {}).get(document_id)
        for seq, item in enumerate(measures):
            c = item if isinstance(item, CorrectedMeasure) else CorrectedMeasure(item)
            m = c.measure
            rows.append({
                "quote_at_span": quote_at_span(text, m) if text is not None else None,
                "measure_id": f"{document_id}:{seq:04d}", "document_id": document_id, "seq": seq,
                "kind": m.kind, "indicator": m.indicator, "subject": m.subject, "value": m.value,
                "value_max": m.value_max, "unit": m.unit, "qualifier": m.qualifier, "denominator": m.of,
                "scope": m.scope, "level": m.level, "body": m.body, "occasion": m.occasion, "programme": m.programme,
                "period": m.period, "org": m.org, "org_level": m.org_level,
                "org_province": m.org_province, "org_province_new": m.org_province_new,
                "org_identified": identifies(m.org, m.org_level, m.org_province) if m.org else None,
                "org_body": body_of(m.org),
                "kind_basis": m.kind_basis,
                "period_basis": m.period_basis, "indicator_basis": m.indicator_basis, "optional": m.optional, "quote": m.quote,
                "start": m.start, "end": m.end, "sentence": m.text, "number_text": m.number_text,
                "extractor_version": m.extractor_version, "dictionary_version": m.dictionary_version,
                "correction_action": c.action, "correction_note": c.note,
                "corrected_from": json.dumps(c.original, ensure_ascii=False) if c.original else None,
            })
    return pl.DataFrame(rows, schema=MEASURES_SCHEMA)


def corrections_frame(corrections: list[Correction], used_lines: set[int]) -> pl.DataFrame:
    return pl.DataFrame([{
        "line": c.line, "document": c.document, "start": c.start, "action": c.action,
        "fixes": json.dumps(c.fixes, ensure_ascii=False) if c.fixes else None, "note": c.note,
        "reviewer": c.reviewer, "applied": c.line in used_lines,
    } for c in corrections], schema=CORRECTIONS_SCHEMA)


def write_parquet(frame: pl.DataFrame, path: Path) -> Path:
    """Write then rename, so dbt never reads a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    frame.write_parquet(tmp, compression="zstd", statistics=True)
    os.replace(tmp, path)
    return path
