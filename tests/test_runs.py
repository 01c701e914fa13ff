"""Runs: the same raw/ gives the same warehouse, and the second run reuses unchanged extractions."""

import hashlib
import json
import re
import shutil

import duckdb
import polars as pl

from pipelines.run import run_pipeline
from pipelines.settings import REPO_ROOT, Settings


def table_hashes(db) -> dict[str, str]:
    out = {}
    with duckdb.connect(str(db), read_only=True) as con:
        tables = [r[0] for r in con.execute(
            "select table_name from information_schema.tables where table_schema = 'main' order by 1").fetchall()]
        for t in tables:
            rows = con.execute(f'select * from "{t}"').fetchall()
            canon = sorted(json.dumps(r, default=str, ensure_ascii=False) for r in rows)
            out[t] = hashlib.sha256("\n".join(canon).encode()).hexdigest()
    return out


def test_runs_rebuild_what_changed_reuse_what_did_not_and_skip_when_nothing_did(tmp_path, monkeypatch):
    import pipelines.ingest.documents as documents
    from pipelines.fingerprint import published_fingerprint, report_built_from, stale_parts

    calls = []
    real = documents.extract_document
    monkeypatch.setattr(documents, "extract_document",
                        lambda text, name=None, overrides=None, model=None: calls.append(name) or real(text, name, overrides, model))
    raw = tmp_path / "raw"
    shutil.copytree(REPO_ROOT / "raw", raw)
    settings = Settings.from_env(raw=raw, warehouse=tmp_path / "wh")
    first = run_pipeline(settings)
    assert first.ok, first.render()
    assert len(calls) == 5
    before = table_hashes(settings.published_db)
    published = settings.published_db.stat()

    # nothing new: no run, the warehouse untouched, the summary still describes it
    (raw / "000_bc00c4019bed53ab.txt").touch()  # a new timestamp is not a new document
    again = run_pipeline(settings)
    assert again.ok and again.skipped and not again.report_rebuilt and "nothing new" in again.render()
    assert settings.published_db.stat().st_mtime_ns == published.st_mtime_ns and again.stats["documents"] == 5
    # a curator's decision is a change
    corrections = raw / "corrections.csv"
    corrections.write_text("document,start,action,note\n000_bc00c4019bed53ab.txt,4156,accept,checked\n", encoding="utf-8")
    assert stale_parts(raw, settings.warehouse_dir) == ["warehouse"]
    corrections.unlink()
    # a run killed while building the report left the previous one: the next run rebuilds just the report
    (settings.warehouse_dir / "report" / "built_from.txt").write_text("an older warehouse", encoding="utf-8")
    healed = run_pipeline(settings)
    assert healed.ok and healed.skipped and healed.report_rebuilt, healed.render()
    assert "The report did not match the warehouse" in healed.render()
    assert report_built_from(settings.warehouse_dir) == published_fingerprint(settings.warehouse_dir)
    assert settings.published_db.stat().st_mtime_ns == published.st_mtime_ns

    second = run_pipeline(settings, force=True)  # rebuild everything from the same raw/
    assert second.ok and not second.skipped, second.render()
    assert table_hashes(settings.published_db) == before
    assert len(before) >= 20
    assert len(calls) == 5  # nothing changed: no document extracted again

    # a deleted document's measures disappear; the others are reused
    gone = hashlib.sha256((raw / "004_9e250925cb05a537.txt").read_bytes()).hexdigest()[:16]
    (raw / "004_9e250925cb05a537.txt").unlink()
    third = run_pipeline(settings)
    assert third.ok and third.stats["documents"] == 4 and len(calls) == 5
    docs = pl.read_parquet(settings.landing_dir / "measures.parquet")["document_id"].unique().to_list()
    assert gone not in docs and len(docs) == 3  # 002 has no measures
    with duckdb.connect(str(settings.published_db), read_only=True) as con:
        assert con.execute("select count(*) from measures where document_id = ?", [gone]).fetchone() == (0,)


def test_a_second_run_on_a_busy_warehouse_says_who_holds_it_and_does_nothing(tmp_path):
    import subprocess
    import sys

    wh = tmp_path / "wh"
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from pipelines import run_lock; run_lock.acquire(sys.argv[1]); print('held', flush=True); "
        "time.sleep(60)"), str(wh)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "held\n"
        (wh / ".chitieu.duckdb.incoming").write_bytes(b"half a copy")  # the holder is "publishing"
        (wh / "build").mkdir()
        for name in ("chitieu.duckdb", "chitieu.duckdb.wal"):  # and dbt is writing
            (wh / "build" / name).write_bytes(b"half a build")
        busy = run_pipeline(Settings.from_env(raw=REPO_ROOT / "raw", warehouse=wh), wait=1)
        assert not busy.ok and busy.busy
        assert re.fullmatch(rf"chitieu run did not start: another run \(pid {holder.pid}, started \d\d:\d\d\) is using "
                            rf"the warehouse {re.escape(str(wh))}; this run did nothing after waiting 1 s "
                            rf"\(CHITIEU_LOCK_WAIT_SECONDS\)\.", busy.render()), busy.render()
        assert (wh / ".chitieu.duckdb.incoming").exists()  # another run's files: not touched
    finally:
        holder.kill()  # kill -9: the kernel lets go of the lock
        holder.wait()
    from pipelines import run_lock

    with run_lock.warehouse_lock(wh):  # what the dead run left is cleared
        assert [p.name for p in wh.rglob("*") if p.name != ".run.lock"] == ["build"]


def test_instance_runs_one_at_a_time_and_retries_runs_that_died(monkeypatch):
    import dagster as dg

    from pipelines.orchestration import definitions as d

    monkeypatch.setenv("DAGSTER_HOME", str(REPO_ROOT))
    with dg.DagsterInstance.get() as instance:
        # what the run-queue daemon dequeues by (dagster.yaml `concurrency:`)
        config = instance.get_concurrency_config()
        assert config.run_queue_config.max_concurrent_runs == 1
        assert instance.run_retries_enabled and instance.run_retries_max_retries == 2
        assert not instance.run_retries_retry_on_asset_or_op_failure  # data failures would only fail again
        # a run worker that died is marked failed, so the one-at-a-time queue does not wait on it for ever
        assert instance.run_monitoring_enabled and instance.run_monitoring_settings["max_resume_run_attempts"] == 0
    defs = d.build_definitions()
    graph = defs.resolve_asset_graph()
    # no step pool: a slot held by a killed run stayed taken and every later run blocked on it; the warehouse's
    # file lock (pipelines.run_lock), which the kernel releases, keeps writers apart instead
    for key in (["published_warehouse"], ["warehouse", "measures"]):
        assert not graph.get(dg.AssetKey(key)).pools, key


def test_extractor_or_dictionary_change_re_extracts():
    from pipelines.extraction_cache import cache_key

    base = cache_key("sha", "a.txt", "0.5.0+aaaa", "dict1", {"province": "Hà Nội"})
    assert base == cache_key("sha", "a.txt", "0.5.0+aaaa", "dict1", {"province": "Hà Nội"})
    assert len({base, cache_key("sha", "a.txt", "0.5.0+bbbb", "dict1", {"province": "Hà Nội"}),
                cache_key("sha", "a.txt", "0.5.0+aaaa", "dict2", {"province": "Hà Nội"}),
                cache_key("sha", "a.txt", "0.5.0+aaaa", "dict1", {"province": "Hà Tây"}),
                cache_key("sha", "b.txt", "0.5.0+aaaa", "dict1", {"province": "Hà Nội"}),  # facts read from the name
                cache_key("sha2", "a.txt", "0.5.0+aaaa", "dict1", {"province": "Hà Nội"})}) == 6


def test_malformed_manifest_stops_the_run_before_publishing(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(REPO_ROOT / "raw", raw)
    (raw / "manifest.csv").write_text("file,province\n000_bc00c4019bed53ab.txt,Hà Nội,extra\n", encoding="utf-8")
    summary = run_pipeline(Settings.from_env(raw=raw, warehouse=tmp_path / "wh"))
    assert not summary.ok and not (tmp_path / "wh" / "chitieu.duckdb").exists()
    assert any("manifest.csv: line 2: more cells than header columns" in f for f in summary.failures), summary.failures


def test_a_cache_from_an_older_chitieu_only_costs_a_re_extraction(tmp_path):
    import polars as pl

    from pipelines import extraction_cache

    old = tmp_path / "extraction_cache.parquet"
    pl.DataFrame({"cache_key": ["k"], "document_id": ["d"], "measures_json": ["[]"]}).write_parquet(old)
    assert extraction_cache.load(old) == {}
    (tmp_path / "junk.parquet").write_bytes(b"not parquet")
    assert extraction_cache.load(tmp_path / "junk.parquet") == {}
