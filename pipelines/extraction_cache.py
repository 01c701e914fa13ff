"""Re-extract only what changed. A document's measures are reused when its bytes, the extractor version,
the cue dictionary version and its manifest overrides are all unchanged; the cache is a Parquet file in
landing/ (a person can inspect it), holding measures before the curator's corrections, which are
re-applied on every run. A document that left raw/ simply is not looked up again."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from pathlib import Path

import polars as pl

from pipelines.extract.model import Measure

SCHEMA = {"cache_key": pl.Utf8, "document_id": pl.Utf8, "measures_json": pl.Utf8}


def cache_key(document_id: str, extractor_version: str, dictionary_version: str, overrides: dict | None) -> str:
    raw = json.dumps([document_id, extractor_version, dictionary_version, overrides or {}], sort_keys=True,
                     ensure_ascii=False)
    return hashlib.sha256(raw.encode()).hexdigest()[:24]


def load(path: Path) -> dict[str, list[Measure]]:
    if not path.exists():
        return {}
    try:
        frame = pl.read_parquet(path)
    except Exception:  # a damaged cache only costs a full re-extraction
        return {}
    return {k: [Measure(**m) for m in json.loads(v)] for k, v in frame.select("cache_key", "measures_json").iter_rows()}


def save(path: Path, entries: dict[str, tuple[str, list[Measure]]]) -> None:
    from pipelines.landing import write_parquet

    rows = [{"cache_key": k, "document_id": doc_id, "measures_json": json.dumps([asdict(m) for m in ms], ensure_ascii=False)}
            for k, (doc_id, ms) in sorted(entries.items())]
    write_parquet(pl.DataFrame(rows, schema=SCHEMA), path)
