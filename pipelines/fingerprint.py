"""What a run's output depends on, as one hash: the bytes of every file in raw/ (manifest and corrections
included), the pipeline's code and the dbt project. When it equals the hash stored beside the published
warehouse, a run would rebuild exactly the same tables, so `chitieu run` and the nightly schedule skip it."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from pipelines.ingest.raw_files import CONTROL_FILES, list_raw_files
from pipelines.settings import DBT_PROJECT_DIR, REPO_ROOT

PUBLISHED_INPUTS = "published_inputs.txt"
# in <warehouse>/report/: the fingerprint of the warehouse the report was built from, swapped in with the report
REPORT_BUILT_FROM = "built_from.txt"


def _code_files() -> list[Path]:
    files = sorted((REPO_ROOT / "pipelines").rglob("*.py")) + sorted((REPO_ROOT / "pipelines" / "reference").glob("*.csv"))
    # dbt's own output folders are pruned, not filtered: they hold thousands of compiled files
    for root, dirs, names in os.walk(DBT_PROJECT_DIR):
        dirs[:] = sorted(d for d in dirs if d not in ("target", "logs", "dbt_packages"))
        files += [Path(root) / n for n in sorted(names) if n.endswith((".sql", ".yml", ".csv"))]
    return files


def input_fingerprint(raw_dir: Path, digests: dict[str, str] | None = None) -> str:
    """`digests` ({path in raw/: SHA-256 hex}) are hashes the caller already took of the files, so the
    documents step does not read every file a second time."""
    digests = digests or {}
    h = hashlib.sha256()
    for f in list_raw_files(raw_dir):
        h.update(f"{f.rel}\0{f.problem or ''}\0".encode())
        if not f.problem:
            h.update((digests.get(f.rel) or hashlib.sha256(f.path.read_bytes()).hexdigest()).encode())
    for name in sorted(CONTROL_FILES):
        p = raw_dir / name
        h.update(f"{name}\0".encode() + (p.read_bytes() if p.exists() else b"-"))
    for p in _code_files():
        h.update(f"{p.relative_to(REPO_ROOT)}\0".encode() + p.read_bytes())
    return h.hexdigest()


def published_fingerprint(warehouse_dir: Path) -> str | None:
    p = warehouse_dir / PUBLISHED_INPUTS
    return p.read_text(encoding="utf-8").strip() if p.exists() and (warehouse_dir / "chitieu.duckdb").exists() else None


def report_built_from(warehouse_dir: Path) -> str | None:
    p = warehouse_dir / "report" / REPORT_BUILT_FROM
    return p.read_text(encoding="utf-8").strip() if p.exists() else None


def stale_parts(raw_dir: Path, warehouse_dir: Path) -> list[str]:
    """What a run would change: "warehouse" when raw/, the code or the dbt project differ from what the published
    warehouse was built from; "report" when the report was not built from the published warehouse (a run killed
    while building it, or a report that failed). Empty: nothing to do."""
    published = published_fingerprint(warehouse_dir)
    stale = [] if published is not None and published == input_fingerprint(raw_dir) else ["warehouse"]
    if published is None or report_built_from(warehouse_dir) != published:
        stale.append("report")
    return stale
