"""raw/ -> document records: list the files, apply the manifest, read each one in isolation."""

from __future__ import annotations

from pathlib import Path

from pipelines.ingest.documents import DocumentRecord, document_from_bytes, read_document
from pipelines.ingest.raw_files import list_raw_files, read_manifest


def read_raw_folder(raw_dir: Path, with_measures: bool = True) -> tuple[list[DocumentRecord], list[str]]:
    """Returns the records (one per file, bad ones quarantined) and warnings about the manifest.

    A malformed manifest raises ManifestError: facts the curator wrote must not be silently ignored.
    """
    manifest = read_manifest(raw_dir)
    files = list_raw_files(raw_dir)
    seen = {f.rel for f in files}
    warnings = [f"manifest.csv names {name!r}, which is not in raw/" for name in sorted(set(manifest) - seen)]
    records = []
    for f in files:
        if f.problem:
            rec = document_from_bytes(b"", f.rel, f.path.suffix, read_error=f.problem)
        else:
            rec = read_document(f.path, display_path=f.rel, overrides=manifest.get(f.rel), with_measures=with_measures)
        records.append(rec)
    return records, warnings
