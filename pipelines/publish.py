"""Hand the warehouse to analysts: copy the build file beside the published one, check the copy opens
and holds the tables analysts rely on, then rename it over the published file.

rename(2) is atomic: a reader sees yesterday's file or today's, never a mix. A reader that already
has yesterday's file open keeps reading it (its inode lives until closed), so nobody is locked out.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb

REQUIRED_TABLES = ("documents", "measures", "dim_indicator", "fct_targets", "fct_results",
                   "fct_plan_vs_result", "dq_flags")


class PublishError(RuntimeError):
    pass


def table_counts(db: Path) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        present = {r[0] for r in con.execute(
            "select table_name from information_schema.tables where table_schema = 'main'").fetchall()}
        missing = [t for t in REQUIRED_TABLES if t not in present]
        if missing:
            raise PublishError(f"{db} lacks tables {', '.join(missing)}: not publishing it")
        return {t: con.execute(f'select count(*) from "{t}"').fetchone()[0] for t in REQUIRED_TABLES}


def publish(build_db: Path, published_db: Path) -> dict[str, int]:
    if not build_db.exists():
        raise PublishError(f"no build warehouse at {build_db}: the dbt step did not produce it")
    published_db.parent.mkdir(parents=True, exist_ok=True)
    incoming = published_db.with_name(f".{published_db.name}.incoming")
    shutil.copyfile(build_db, incoming)
    with open(incoming, "rb+") as f:
        os.fsync(f.fileno())
    try:
        counts = table_counts(incoming)
    except Exception:
        incoming.unlink(missing_ok=True)
        raise
    os.replace(incoming, published_db)
    dir_fd = os.open(published_db.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)  # make the rename itself durable
    finally:
        os.close(dir_fd)
    return counts


def publish_data_docs(build_docs: Path, published_docs: Path) -> Path | None:
    """Put the run's Great Expectations Data Docs beside the analysts' warehouse (whole folder swapped)."""
    from pipelines.quality.expectations import write_docs_index

    if not build_docs.exists():
        return None
    write_docs_index(build_docs)
    incoming = published_docs.with_name(f".{published_docs.name}.incoming")
    shutil.rmtree(incoming, ignore_errors=True)
    shutil.copytree(build_docs, incoming)
    old = published_docs.with_name(f".{published_docs.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if published_docs.exists():
        os.replace(published_docs, old)
    os.replace(incoming, published_docs)
    shutil.rmtree(old, ignore_errors=True)
    return published_docs / "index.html"
