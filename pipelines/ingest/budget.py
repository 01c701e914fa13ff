"""What one file may cost a run. A 200 MB text took 213 s and 2.2 GB to extract, a 289 KB DOCX unpacked to
3.3 GB, and one file with 40,000 figures stalled the night: no single file may sink the others. Past its budget a
file is quarantined with the reason and the setting to raise, and the other files go on.

Settings (environment variables, read in each worker):
  CHITIEU_MAX_FILE_MB      a file's size on disk (default 50)
  CHITIEU_MAX_TEXT_MB      the text read from it, and 5x that for a Word file's unpacked XML (default 10)
  CHITIEU_FILE_SECONDS     the time to read and extract it (default 120)
The national corpus's largest document is well under 1 MB of text and takes about a second.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

MB = 1024 * 1024


class OutOfBudget(BaseException):
    """A file took more than its share; the message says which and how to raise it. Not an Exception: the readers'
    and the extractor's "except Exception" (a bug on one file is reported, not fatal) must not swallow it."""


@dataclass(frozen=True)
class Budget:
    file_bytes: int
    text_bytes: int  # UTF-8
    seconds: float

    @property
    def xml_bytes(self) -> int:
        return 5 * self.text_bytes

    @classmethod
    def from_env(cls) -> "Budget":
        def number(name: str, default: float) -> float:
            raw = os.environ.get(name, "").strip()
            try:
                return float(raw) if raw else default
            except ValueError:
                raise ValueError(f"{name}={raw!r} is not a number") from None

        return cls(int(number("CHITIEU_MAX_FILE_MB", 50) * MB), int(number("CHITIEU_MAX_TEXT_MB", 10) * MB),
                   number("CHITIEU_FILE_SECONDS", 120))


def _size(n: float) -> str:
    return f"{n / MB:.1f} MB" if n >= MB / 10 else f"{n / 1024:.0f} KB"


def too_big(what: str, size: int, cap: int, setting: str) -> str:
    return f"{what} is {_size(size)}, above the {_size(cap)} one document may have ({setting}): split it, or raise {setting}"


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise OutOfBudget in this block after `seconds`. A timer signal interrupts Python code and the regex engine
    alike; it can only be set from a process's main thread (a worker's, or the run's), elsewhere the block runs
    unbounded. Python drops an exception raised where it cannot propagate (a weakref callback run by the garbage
    collector), so the timer fires again every 50 ms until one lands, and a block that ends after its time is up
    raises all the same."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return
    message = (f"extraction timed out after {seconds:g} s (CHITIEU_FILE_SECONDS): the file is too large or too dense "
               f"to read in time; split it, or raise CHITIEU_FILE_SECONDS")
    expired = []

    def expire(_signum, _frame):
        expired.append(True)
        raise OutOfBudget(message)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds, 0.05)
    try:
        yield
    finally:
        while True:  # a last firing may land in here too: disarm until it is done
            try:
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous)
                break
            except OutOfBudget:
                continue
    if expired:
        raise OutOfBudget(message)
