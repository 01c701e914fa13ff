"""`chitieu query`: read-only SQL on the published warehouse.

The published file is opened read-only, external file access is switched off, and only statements
that read are accepted, so a typo cannot damage what other analysts are using.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb

READING_STATEMENTS = {"SELECT", "EXPLAIN", "PRAGMA"}


class QueryError(Exception):
    pass


def check_read_only(sql: str) -> None:
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as e:
        raise QueryError(f"cannot parse SQL: {e}") from None
    if not statements:
        raise QueryError("no SQL statement given")
    for st in statements:
        kind = st.type.name
        if kind not in READING_STATEMENTS:
            raise QueryError(f"refused: {kind} statements change data; chitieu query only reads")


def connect_published(db: Path) -> duckdb.DuckDBPyConnection:
    if not db.exists():
        raise QueryError(f"no published warehouse at {db}: run `make run` (or `chitieu run`) first")
    return duckdb.connect(str(db), read_only=True, config={"enable_external_access": False})


def run_query(db: Path, sql: str, fmt: str = "table") -> str:
    check_read_only(sql)
    with connect_published(db) as con:
        try:
            cur = con.execute(sql)
        except duckdb.Error as e:
            raise QueryError(str(e)) from None
        columns = [d[0] for d in cur.description or []]
        rows = cur.fetchall()
    return format_rows(columns, rows, fmt)


# A text cell that starts like a formula is run by Excel or LibreOffice when the CSV is opened ("=HYPERLINK(…)" in a
# document's title reaches the quote and title columns): a leading apostrophe makes it text (OWASP's advice).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """A CSV cell as a spreadsheet should take it: text that would start a formula gets a leading apostrophe;
    numbers (a negative change is -5, not a formula) and everything else are left as they are."""
    return "'" + value if isinstance(value, str) and value.startswith(_FORMULA_START) else value


def format_rows(columns: list[str], rows: list[tuple], fmt: str) -> str:
    if fmt == "json":
        return json.dumps([dict(zip(columns, r)) for r in rows], ensure_ascii=False, default=str) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow([spreadsheet_safe(c) for c in columns])
        w.writerows([spreadsheet_safe(v) for v in r] for r in rows)
        return buf.getvalue()
    cells = [[("" if v is None else str(v)) for v in r] for r in rows]
    widths = [max([len(c)] + [min(len(r[i]), 60) for r in cells]) for i, c in enumerate(columns)]
    def line(vals):
        return " | ".join((v if len(v) <= 60 else v[:57] + "...").ljust(w) for v, w in zip(vals, widths)).rstrip()
    out = [line(columns), "-+-".join("-" * w for w in widths)] + [line(r) for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"
