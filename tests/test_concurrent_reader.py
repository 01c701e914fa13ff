"""An analyst querying the published warehouse in a loop while a run builds and swaps it sees no error and
no half-built data: every answer is yesterday's state or today's."""

import json
import shutil
import subprocess
import sys
import textwrap
import time

from pipelines.run import run_pipeline
from pipelines.settings import REPO_ROOT, Settings

READER = textwrap.dedent("""
    import json, sys, time, duckdb
    db, stop, out = sys.argv[1:4]
    seen, errors, t0 = [], [], time.time()
    import os
    while not os.path.exists(stop) and time.time() - t0 < 240:
        try:
            with duckdb.connect(db, read_only=True) as con:
                seen.append(con.execute(
                    "select (select count(*) from documents), (select count(*) from measures),"
                    " (select count(*) from fct_plan_vs_result)").fetchone())
        except Exception as e:
            errors.append(f"{type(e).__name__}: {e}")
        time.sleep(0.02)
    json.dump({"seen": seen, "errors": errors}, open(out, "w"))
""")


def test_reader_across_a_full_run(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("000_bc00c4019bed53ab.txt", "001_b794382b25e7bdcb.txt"):
        shutil.copy(REPO_ROOT / "raw" / name, raw / name)
    settings = Settings.from_env(raw=raw, warehouse=tmp_path / "wh")
    assert run_pipeline(settings).ok
    script, stop, out = tmp_path / "reader.py", tmp_path / "stop", tmp_path / "seen.json"
    script.write_text(READER, encoding="utf-8")
    reader = subprocess.Popen([sys.executable, str(script), str(settings.published_db), str(stop), str(out)])
    try:
        time.sleep(1.0)
        shutil.copy(REPO_ROOT / "raw" / "003_48540b61bb82c50a.txt", raw / "003_48540b61bb82c50a.txt")
        assert run_pipeline(settings).ok
        time.sleep(1.0)
    finally:
        stop.touch()
        reader.wait(timeout=60)
    result = json.loads(out.read_text())
    states = {tuple(s) for s in result["seen"]}
    assert result["errors"] == []
    assert len(result["seen"]) > 20
    docs = sorted({s[0] for s in states})
    assert docs == [2, 3]  # before and after: never anything in between
    assert len(states) == 2
