"""How many targets a document lists, for the rule "announced count of targets ≠ targets listed".

Plans announce "10 chỉ tiêu" and then enumerate them one per line: "Chỉ tiêu 1: …", "(1). …",
"1. …". The list is the longest run of consecutive item numbers starting at 1, so section numbers
("4.1.2."), dates and inline "(1) … (2) …" enumerations of tasks inside a paragraph do not count.
Pure function: text in, count out.
"""

from __future__ import annotations

import re

# At a line start: "Chỉ tiêu 3:" / "Chỉ tiêu thứ 3." / "(3)." / "(3)" / "3." / "3)" — not "4.1" or "3.000".
_ITEM = re.compile(
    r"^[ \t\-–•*]*(?:(?:chỉ tiêu|Chỉ tiêu|CHỈ TIÊU)\s+(?:thứ\s+|số\s+)?(\d{1,2})\s*[:.\-–)]"
    r"|\((\d{1,2})\)\s*[.:]?"
    r"|(\d{1,2})\s*[.)](?!\d))",
    re.MULTILINE,
)


def listed_items(text: str) -> list[tuple[int, int]]:
    """(item number, offset) of every line that starts like a numbered list item."""
    out = []
    for m in _ITEM.finditer(text):
        n = int(next(g for g in m.groups() if g is not None))
        out.append((n, m.start()))
    return out


def listed_target_count(text: str) -> int:
    """Length of the longest run 1, 2, 3, … of numbered items (0 when the document has no list)."""
    best = 0
    expected, run = 1, 0
    for n, _ in listed_items(text):
        if n == expected:
            run, expected = run + 1, expected + 1
        elif n == 1:
            run, expected = 1, 2
        else:
            continue  # an interruption (a caption, a sub-number) does not end the list
        best = max(best, run)
    return best
