"""raw/ -> document records: list the files, apply the manifest, read each one in isolation, on every
core, reusing what an earlier run already read when nothing about the file changed."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from pipelines.ingest.documents import DocumentRecord, document_from_bytes, read_document
from pipelines.ingest.raw_files import RawFile, list_raw_files, read_manifest

# Below this much new text, starting worker processes costs more than it saves.
PARALLEL_MIN_BYTES = 4_000_000


@dataclass
class Scan:
    records: list[DocumentRecord]  # one per file, in file order; bad files quarantined with a reason
    warnings: list[str]  # manifest rows naming files that are not in raw/
    keys: list[str | None] = field(default_factory=list)  # cache key of each record (None: never cached)
    reused: int = 0  # records taken from the cache
    digests: dict[str, str] = field(default_factory=dict)  # path -> SHA-256 hex of the files hashed for the cache


def default_workers() -> int:
    return int(os.environ.get("CHITIEU_WORKERS") or os.cpu_count() or 1)


def read_raw_folder(raw_dir: Path, cached: dict[str, DocumentRecord] | None = None,
                    key_of: Callable[[str, str, dict | None], str] | None = None,
                    workers: int = 1) -> Scan:
    """Read every file under raw_dir. With `cached` and `key_of(content_sha256, path, overrides)`, a file
    whose key is cached is not decoded or extracted again. `workers` > 1 spreads new files over processes.

    A malformed manifest raises ManifestError: facts the curator wrote must not be silently ignored.
    """
    manifest = read_manifest(raw_dir)
    files = list_raw_files(raw_dir)
    seen = {f.rel for f in files}
    warnings = [f"manifest.csv names {name!r}, which is not in raw/" for name in sorted(set(manifest) - seen)]
    records: list[DocumentRecord | None] = [None] * len(files)
    keys: list[str | None] = [None] * len(files)
    todo: list[int] = []
    reused = 0
    digests: dict[str, str] = {}
    for i, f in enumerate(files):
        if f.problem:
            records[i] = document_from_bytes(b"", f.rel, f.path.suffix, read_error=f.problem)
            continue
        if cached is not None and key_of is not None:
            try:
                digest = _sha256(f.path)
            except OSError:
                digest = None  # read_document reports why
            if digest:
                digests[f.rel] = digest
                keys[i] = key_of(digest, f.rel, manifest.get(f.rel))
                hit = cached.get(keys[i])
                if hit is not None:
                    records[i], reused = hit, reused + 1
                    continue
        todo.append(i)
    jobs = [(files[i], manifest.get(files[i].rel)) for i in todo]
    for i, rec in zip(todo, _read_all(jobs, workers)):
        records[i] = rec
    return Scan(records, warnings, keys, reused, digests)


def _sha256(path: Path) -> str:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def _read_one(job: tuple[RawFile, dict | None]) -> DocumentRecord:
    f, overrides = job
    return read_document(f.path, display_path=f.rel, overrides=overrides)


def _read_all(jobs: list[tuple[RawFile, dict | None]], workers: int) -> list[DocumentRecord]:
    size = sum(_size(f.path) for f, _ in jobs)
    if workers <= 1 or len(jobs) < 2 * workers or size < PARALLEL_MIN_BYTES:
        return [_read_one(j) for j in jobs]
    # forkserver, not fork: the caller (Dagster) has threads, and forking a threaded process can deadlock.
    # The server imports the extractor once; each worker is a cheap fork of it.
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["pipelines.ingest.documents"])
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
            return list(pool.map(_read_one, jobs, chunksize=max(1, min(64, len(jobs) // (workers * 8)))))
    except BrokenProcessPool:
        # workers could not start (e.g. a __main__ they cannot re-import, as under `python -`): slower, not lost
        return [_read_one(j) for j in jobs]


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
