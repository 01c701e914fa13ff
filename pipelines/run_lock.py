"""One run per warehouse at a time. Two runs on one warehouse share landing/ and build/: one would print and
publish the other's data. A run holds an exclusive lock on <warehouse>/.run.lock from its first step to its end.

It is an flock(2), not a Dagster pool slot: the kernel releases it when the holding process dies, kill -9
included, so a crashed night never blocks the next one (a pool slot held by a killed run stayed taken for good).
The lock file names its holder (pid, start time) so the next run can say who it waits for.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

LOCK_NAME = ".run.lock"
WAIT_ENV = "CHITIEU_LOCK_WAIT_SECONDS"


class WarehouseBusy(RuntimeError):
    """Another run holds the warehouse and did not let go within the wait allowed."""


# warehouse dir -> (open lock file, how many holders in this process): a `chitieu run` takes the lock, and the
# job's first step, in the same process, takes it again
_held: dict[Path, list] = {}


def holder(warehouse_dir: Path) -> str:
    """Who holds (or last held) the lock, as a person reads it: "pid 4242, started 02:00"."""
    try:
        info = json.loads((Path(warehouse_dir) / LOCK_NAME).read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return "pid unknown"
    started = datetime.fromtimestamp(info.get("started", 0)).strftime("%H:%M") if info.get("started") else "?"
    return f"pid {info.get('pid', '?')}, started {started}"


def wait_seconds(default: float = 0.0) -> float:
    raw = os.environ.get(WAIT_ENV, "").strip()
    try:
        return max(0.0, float(raw)) if raw else default
    except ValueError:
        raise ValueError(f"{WAIT_ENV}={raw!r} is not a number of seconds") from None


def acquire(warehouse_dir: Path, wait: float = 0.0, on_wait: Callable[[str], None] | None = None) -> None:
    """Take the warehouse's lock, waiting up to `wait` seconds (saying once what for); WarehouseBusy after that.
    Re-entrant within a process: release() as often as acquire()."""
    warehouse_dir = Path(warehouse_dir).resolve()
    if warehouse_dir in _held:
        _held[warehouse_dir][1] += 1
        return
    warehouse_dir.mkdir(parents=True, exist_ok=True)
    f = open(warehouse_dir / LOCK_NAME, "a+", encoding="utf-8")
    deadline = time.monotonic() + wait
    told = False
    while True:
        try:
            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            who = holder(warehouse_dir)
            if time.monotonic() >= deadline:
                f.close()
                waited = f" after waiting {wait:.0f} s ({WAIT_ENV})" if wait else f" (to wait for it: --wait SECONDS, or {WAIT_ENV})"
                raise WarehouseBusy(f"another run ({who}) is using the warehouse {warehouse_dir}; "
                                    f"this run did nothing{waited}") from None
            if not told and on_wait:
                on_wait(f"waiting up to {wait:.0f} s for another run ({who}) to finish with {warehouse_dir}")
                told = True
            time.sleep(0.5)
    f.seek(0)
    f.truncate()
    f.write(json.dumps({"pid": os.getpid(), "started": time.time()}))
    f.flush()
    _held[warehouse_dir] = [f, 1]
    _remove_leftovers(warehouse_dir)


def release(warehouse_dir: Path) -> None:
    warehouse_dir = Path(warehouse_dir).resolve()
    entry = _held.get(warehouse_dir)
    if entry is None:
        return
    entry[1] -= 1
    if entry[1] == 0:
        del _held[warehouse_dir]
        entry[0].close()  # closing the file releases the flock


# warehouses whose lock a Dagster-launched run took in its first step (see hold_for_run)
_run_holds: set[Path] = set()


def hold_for_run(warehouse_dir: Path, wait: float, on_wait: Callable[[str], None] | None = None) -> None:
    """The job's first step: a run that Dagster launched (the schedule, the sensor, the UI) takes the lock here and
    keeps it to its last step, or to the end of its process if a step fails. Under `chitieu run`, which already
    holds it, this does nothing."""
    warehouse_dir = Path(warehouse_dir).resolve()
    if warehouse_dir in _held:
        return
    acquire(warehouse_dir, wait, on_wait)
    _run_holds.add(warehouse_dir)


def end_run_hold(warehouse_dir: Path) -> None:
    """The job's last step: let go of a lock hold_for_run took (not one `chitieu run` holds)."""
    warehouse_dir = Path(warehouse_dir).resolve()
    if warehouse_dir in _run_holds:
        _run_holds.discard(warehouse_dir)
        release(warehouse_dir)


@contextmanager
def warehouse_lock(warehouse_dir: Path, wait: float = 0.0, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    acquire(warehouse_dir, wait, on_wait)
    try:
        yield
    finally:
        release(warehouse_dir)


def _remove_leftovers(warehouse_dir: Path) -> None:
    """What a killed or failed run left behind (safe to remove: the lock says no run is writing): a half-copied
    warehouse (a kill or a full disk during publish), a build file with its write-ahead log (dbt stopped halfway:
    the next build starts from an empty file anyway), half-swapped Data Docs and report folders."""
    (warehouse_dir / ".chitieu.duckdb.incoming").unlink(missing_ok=True)
    wal = warehouse_dir / "build" / "chitieu.duckdb.wal"
    if wal.exists():
        for p in (wal.with_suffix(""), wal):
            p.unlink(missing_ok=True)
    for pattern in (".data_docs.incoming", ".data_docs.old", ".report.incoming-*", ".report.old-*"):
        for p in warehouse_dir.glob(pattern):
            shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink(missing_ok=True)
