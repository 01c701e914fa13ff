"""What a run produced, in numbers, read back from the published warehouse."""

from __future__ import annotations

from pathlib import Path

import duckdb


def warehouse_summary(db: Path, warnings: list[str] | None = None) -> dict:
    with duckdb.connect(str(db), read_only=True) as con:
        def one(sql: str):
            return con.execute(sql).fetchone()[0]

        docs_total = one("select count(*) from documents")
        # a document that reads, copied under a name that does not ("good.txt" as "copy.pdf"), is reported by
        # that name too: the curator sees every file that did not read as named
        quarantined = con.execute("""
            select path, reason from documents where status <> 'ok'
            union all
            select a.path, a.reason from (select unnest(unreadable_aliases) as a from documents)
            order by 1""").fetchall()
        by_kind = dict(con.execute(
            "select kind, count(*) from measures group by kind order by kind").fetchall())
        comparisons = one("select count(*) from fct_plan_vs_result where status in ('achieved', 'on_track', 'behind', 'far_behind', 'ambition')")
        results = one("select count(*) from fct_results")
        flags = dict(con.execute(
            "select severity, count(*) from dq_flags group by severity order by severity").fetchall())
    summary = {
        "documents": docs_total,
        "documents_quarantined": [{"path": p, "reason": r} for p, r in quarantined],
        "measures": sum(by_kind.values()),
        "measures_by_kind": by_kind,
        "results": results,
        "comparisons": comparisons,
        "flags": sum(flags.values()),
        "flags_by_severity": flags,
        "warehouse": str(db),
        "warnings": warnings or [],
    }
    summary["markdown"] = render_markdown(summary)
    return summary


def render_markdown(s: dict) -> str:
    kinds = ", ".join(f"{k} {v}" for k, v in s["measures_by_kind"].items()) or "none"
    sev = ", ".join(f"{k} {v}" for k, v in s["flags_by_severity"].items()) or "none"
    lines = [
        f"- **documents read**: {s['documents']} ({len(s['documents_quarantined'])} quarantined)",
        f"- **measures**: {s['measures']} ({kinds})",
        f"- **comparisons**: {s['comparisons']} of {s['results']} results matched to a target",
        f"- **quality flags**: {s['flags']} ({sev})",
    ]
    lines += [f"  - quarantined `{q['path']}`: {q['reason']}" for q in s["documents_quarantined"]]
    lines += [f"- warning: {w}" for w in s["warnings"]]
    return "\n".join(lines)
