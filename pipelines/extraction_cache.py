"""Re-read only what changed. A file's document record (decoding outcome, facts, text) and its measures
are reused when its bytes, its name (facts can come from it), its manifest overrides, the extractor
version and the cue dictionary version are all unchanged. The cache is a Parquet file in landing/ (a
person can inspect it) holding measures before the curator's corrections, which are re-applied on every
run. A file that left raw/ is not written back, so the cache never outgrows raw/."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from pathlib import Path

import polars as pl

from pipelines.extract.model import DocumentFacts, Measure
from pipelines.ingest.documents import DocumentRecord

SCHEMA = {"cache_key": pl.Utf8, "document_id": pl.Utf8, "path": pl.Utf8, "record_json": pl.Utf8,
          "text": pl.Utf8, "measures_json": pl.Utf8}


def cache_key(content_sha256: str, path: str, extractor_version: str, dictionary_version: str,
              overrides: dict | None) -> str:
    raw = json.dumps([content_sha256, path, extractor_version, dictionary_version, overrides or {}], sort_keys=True,
                     ensure_ascii=False)
    return hashlib.sha256(raw.encode()).hexdigest()[:24]


def load(path: Path) -> dict[str, DocumentRecord]:
    if not path.exists():
        return {}
    out = {}
    try:
        frame = pl.read_parquet(path, columns=["cache_key", "record_json", "text", "measures_json"])
        for key, rec_json, text, ms_json in frame.iter_rows():
            rec = json.loads(rec_json)
            rec["facts"] = DocumentFacts(**rec["facts"])
            rec["set_aside"] = [Measure(**m) for m in rec.get("set_aside", [])]
            out[key] = DocumentRecord(**rec, text=text, measures=[Measure(**m) for m in json.loads(ms_json)])
    except Exception:  # damaged, or written by an older chitieu: it only costs a full re-extraction
        return {}
    return out


def load_measures(path: Path) -> dict[tuple[str, str], tuple[list[Measure], list[Measure]]]:
    """(document_id, path) -> (measures, the figures the filter set aside), without reading the texts."""
    frame = pl.read_parquet(path, columns=["document_id", "path", "record_json", "measures_json"])
    return {(d, p): ([Measure(**m) for m in json.loads(js)],
                     [Measure(**m) for m in json.loads(rec).get("set_aside", [])])
            for d, p, rec, js in frame.iter_rows()}


def save(path: Path, entries: dict[str, DocumentRecord]) -> None:
    from pipelines.landing import write_parquet

    rows = []
    for key, rec in sorted(entries.items()):
        fields = asdict(rec)
        text, measures = fields.pop("text"), fields.pop("measures")
        rows.append({"cache_key": key, "document_id": rec.document_id, "path": rec.path,
                     "record_json": json.dumps(fields, ensure_ascii=False), "text": text,
                     "measures_json": json.dumps(measures, ensure_ascii=False)})
    write_parquet(pl.DataFrame(rows, schema=SCHEMA), path)
