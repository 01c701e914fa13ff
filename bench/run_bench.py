"""`make bench`: chitieu at national scale, on this machine.

Builds the synthetic national corpus if it is missing (bench/national_corpus.py), then measures:
  - extraction (read, decode, facts, measures) on one core and on all cores;
  - a full `chitieu run` from an empty warehouse: wall time and peak memory of the whole process tree,
    and its floor: reading every file plus a bare `dbt build` of the same models on the same landing files;
  - an incremental run after adding one document, and a run after changing nothing;
  - the README's analyst queries on the published warehouse: median and p95 latency;
  - recall of the planted inconsistencies, and error flags on clean documents (bench/planted.py);
  - the same run with hostile files beside the corpus (bench/hostile.py): each extracted or quarantined with its
    reason, within 2x the plain run's time.
Prints a table and writes <warehouse>/bench.json. Never part of `make test`.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench import hostile, national_corpus, planted  # noqa: E402
from pipelines.settings import Settings  # noqa: E402

BIN = Path(sys.executable).parent


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, from /proc (MB)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
            rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        total += rss.get(p, 0)
        stack.extend(children.get(p, []))
    return total / 1e6


def timed_command(cmd: list[str], env: dict | None = None, cwd: Path | None = None) -> tuple[float, float, int]:
    """(wall seconds, peak MB of the process tree, exit code)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    peak = 0.0
    done = threading.Event()

    def watch():
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss_mb(proc.pid))
            done.wait(0.1)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    out, _ = proc.communicate()
    done.set()
    watcher.join()
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        print(out.decode(errors="replace")[-3000:], file=sys.stderr)
    return wall, peak, proc.returncode


def chitieu_run(raw: Path, warehouse: Path, force: bool = False) -> tuple[float, float]:
    cmd = [str(BIN / "chitieu"), "run", "--raw", str(raw), "--warehouse", str(warehouse)] + (["--force"] if force else [])
    wall, peak, rc = timed_command(cmd)
    if rc != 0:
        sys.exit(f"chitieu run failed (exit {rc}); see {warehouse / 'last_run.log'}")
    return wall, peak


def extraction_throughput(raw: Path, workers: int) -> tuple[float, int]:
    from pipelines.ingest.scan import read_raw_folder

    t0 = time.perf_counter()
    scan = read_raw_folder(raw, workers=workers)
    return time.perf_counter() - t0, len(scan.records)


def dbt_floor(warehouse: Path) -> float:
    """A bare `dbt build` of the project on the landing files of the full run, into a scratch file."""
    settings = Settings.from_env(warehouse=warehouse)
    scratch = warehouse / "floor" / "chitieu.duckdb"
    shutil.rmtree(scratch.parent, ignore_errors=True)
    scratch.parent.mkdir(parents=True)
    env = {**os.environ, **settings.dbt_env(), "CHITIEU_BUILD_DB": str(scratch)}
    wall, _, rc = timed_command([str(BIN / "dbt"), "build", "--profiles-dir", ".", "--target-path", "target/floor",
                                 "-q"], env=env, cwd=REPO / "dbt_project")
    shutil.rmtree(scratch.parent, ignore_errors=True)
    if rc != 0:
        sys.exit("bare dbt build failed")
    return wall


def read_every_file(raw: Path) -> float:
    t0 = time.perf_counter()
    for p in sorted(raw.rglob("*")):
        if p.is_file():
            p.read_bytes()
    return time.perf_counter() - t0


def readme_queries() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    return [q.strip() for q in re.findall(r"```sql\n(.*?)```", text, re.S)]


def query_latency(db: Path, repeats: int = 20) -> tuple[float, float, int]:
    import duckdb

    queries = readme_queries()
    con = duckdb.connect(str(db), read_only=True)
    times = []
    try:
        for q in queries:
            con.execute(q).fetchall()  # first run warms the file cache; analysts repeat queries too
            for _ in range(repeats):
                t0 = time.perf_counter()
                con.execute(q).fetchall()
                times.append((time.perf_counter() - t0) * 1000)
    finally:
        con.close()
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))], len(queries)


NEW_DOCUMENT = """Kế hoạch tổ chức Tháng Thanh niên năm 2026 của Đoàn Khối các cơ quan Trung ương

Năm 2026, tuổi trẻ Khối xác định 3 chỉ tiêu trọng tâm:

Chỉ tiêu 1: 2.600 đơn vị máu được tiếp nhận.

Chỉ tiêu 2: Thực hiện 120 công trình, phần việc thanh niên.

Chỉ tiêu 3: 15.000 lượt đoàn viên, thanh niên tham gia các hoạt động tình nguyện.
"""


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        mem = next(int(l.split()[1]) for l in Path("/proc/meminfo").read_text().splitlines() if l.startswith("MemTotal"))
    except (OSError, StopIteration):
        mem = 0
    return f"{os.cpu_count()} cores ({model}), {mem / 1024 / 1024:.0f} GiB RAM, Python {platform.python_version()}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--warehouse", type=Path, default=REPO / "warehouse")
    ap.add_argument("--corpus", type=Path, default=None, help="default <warehouse>/national_corpus")
    a = ap.parse_args(argv)
    a.warehouse = a.warehouse.resolve()  # dbt runs from dbt_project/: paths must not be relative
    corpus = a.corpus or a.warehouse / "national_corpus"
    raw = corpus / "raw"
    if not (corpus / "corpus.json").exists():
        print("building the national corpus (make corpus) ...", flush=True)
        national_corpus.write(national_corpus.build(), corpus)
    info = json.loads((corpus / "corpus.json").read_text(encoding="utf-8"))
    mb = info["bytes"] / 1e6
    run_wh = a.warehouse / "bench_run"
    workers = os.cpu_count() or 1
    fig: dict = {"machine": machine(), "documents": info["documents"], "corpus_mb": round(mb, 1)}

    print(f"extraction on one core over {fig['documents']} documents ({fig['corpus_mb']} MB) ...", flush=True)
    one, n = extraction_throughput(raw, 1)
    print(f"extraction on {workers} cores ...", flush=True)
    alln, _ = extraction_throughput(raw, workers)
    fig.update({"extract_mb_per_s_one_core": round(mb / one, 2), "extract_docs_per_s_one_core": round(n / one, 1),
                "extract_mb_per_s_all_cores": round(mb / alln, 2), "extract_docs_per_s_all_cores": round(n / alln, 1),
                "cores": workers})

    print("full run from an empty warehouse ...", flush=True)
    shutil.rmtree(run_wh, ignore_errors=True)
    full, peak = chitieu_run(raw, run_wh, force=True)
    summary = json.loads((run_wh / "last_run.json").read_text(encoding="utf-8"))
    print("floor: read every file, bare dbt build ...", flush=True)
    read_s = read_every_file(raw)
    dbt_s = dbt_floor(run_wh)
    fig.update({"full_run_s": round(full, 1), "full_run_floor_s": round(read_s + dbt_s, 1),
                "floor_read_files_s": round(read_s, 2), "floor_dbt_build_s": round(dbt_s, 1),
                "full_run_over_floor": round(full / (read_s + dbt_s), 2), "peak_rss_mb": round(peak),
                "measures": summary.get("measures"), "flags": summary.get("flags")})

    print("incremental run with one new document, then a run with nothing new ...", flush=True)
    new_doc = raw / "2026_bench_new_document.txt"
    new_doc.write_text(NEW_DOCUMENT, encoding="utf-8")
    try:
        inc, _ = chitieu_run(raw, run_wh)
        noop, _ = chitieu_run(raw, run_wh)
    finally:
        new_doc.unlink()
    fig.update({"incremental_one_doc_s": round(inc, 1), "noop_run_s": round(noop, 2)})

    print("README queries and planted inconsistencies ...", flush=True)
    med, p95, nq = query_latency(run_wh / "chitieu.duckdb")
    fig.update({"queries": nq, "query_median_ms": round(med, 1), "query_p95_ms": round(p95, 1)})
    score = planted.score(run_wh / "chitieu.duckdb", corpus / "planted.jsonl")
    fig.update({k: score[k] for k in ("planted", "planted_recall", "planted_recall_by_rule", "clean_error_flags",
                                      "clean_warn_flags", "clean_warn_flags_by_rule")})

    print("hostile files beside the corpus: a 200 MB text, 40,000 figures on one page, a Word bomb ...", flush=True)
    hostile_dir = a.warehouse / "bench_hostile"
    shutil.rmtree(hostile_dir, ignore_errors=True)
    hostile.write_hostile_raw(raw, hostile_dir / "raw")
    try:
        hostile_s, hostile_peak = chitieu_run(hostile_dir / "raw", hostile_dir / "wh", force=True)
        import duckdb

        with duckdb.connect(str(hostile_dir / "wh" / "chitieu.duckdb"), read_only=True) as con:
            read = dict(con.execute("select path, coalesce(reason, 'read: ' || n_measures || ' measures') from documents "
                                    "where path in (select unnest(?))", [list(hostile.HOSTILE)]).fetchall())
    finally:
        shutil.rmtree(hostile_dir, ignore_errors=True)
    fig.update({"hostile_run_s": round(hostile_s, 1), "hostile_over_plain": round(hostile_s / full, 2),
                "hostile_peak_rss_mb": round(hostile_peak),
                "hostile_files": {f: read.get(f, "MISSING from documents") for f in hostile.HOSTILE}})

    goals = {"full_run_s": ("<=", 120), "hostile_over_plain": ("<=", 2), "hostile_peak_rss_mb": ("<=", 4096), "full_run_over_floor": ("<=", 3), "incremental_one_doc_s": ("<=", 30),
             "peak_rss_mb": ("<=", 2048), "extract_mb_per_s_all_cores": (">=", 4), "query_p95_ms": ("<=", 200),
             "planted_recall": (">=", 0.95), "clean_error_flags": ("<=", 0)}
    width = max(len(k) for k in fig)
    print()
    for k, v in fig.items():
        goal = ""
        if k in goals:
            op, limit = goals[k]
            ok = v <= limit if op == "<=" else v >= limit
            goal = f"   goal {op} {limit}: {'met' if ok else 'MISSED'}"
        print(f"{k:<{width}}  {json.dumps(v, ensure_ascii=False) if isinstance(v, dict) else v}{goal}")
    out = a.warehouse / "bench.json"
    out.write_text(json.dumps(fig, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
