"""Score the quality rules against the national corpus' planted inconsistencies (bench/national_corpus.py).

A planted inconsistency is found when the warehouse has an open flag of its rule either on the document
that carries it, or for its organisation and indicator (R06, R07 and R08 flag a figure by comparing it
with another document's). A false flag is an error-severity flag on a document with nothing planted.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import duckdb


def score(published_db: Path, planted_jsonl: Path) -> dict:
    planted = [json.loads(line) for line in planted_jsonl.read_text(encoding="utf-8").splitlines() if line.strip()]
    con = duckdb.connect(str(published_db), read_only=True)
    try:
        flags = con.execute("""
            select f.rule_id, f.severity, f.org, f.indicator, d.path
            from dq_flags as f left join documents as d using (document_id)
            where f.flag_status = 'open'""").fetchall()
    finally:
        con.close()
    by_doc = {(r, p) for r, _, _, _, p in flags}
    by_fact = {(r, o, i) for r, _, o, i, _ in flags}
    found, missed = Counter(), []
    for p in planted:
        if (p["rule"], p["file"]) in by_doc or (p["rule"], p["org"], p["indicator"]) in by_fact:
            found[p["rule"]] += 1
        else:
            missed.append(p)
    planted_files = {p["file"] for p in planted}
    clean_errors = [f for f in flags if f[1] == "error" and f[4] not in planted_files]
    clean_warns = [f for f in flags if f[1] == "warn" and f[4] not in planted_files]
    total = Counter(p["rule"] for p in planted)
    return {
        "planted": len(planted),
        "planted_found": sum(found.values()),
        "planted_recall": round(sum(found.values()) / len(planted), 3) if planted else None,
        "planted_recall_by_rule": {r: f"{found[r]}/{n}" for r, n in sorted(total.items())},
        "planted_missed": missed[:20],
        "clean_error_flags": len(clean_errors),
        "clean_error_flags_by_rule": dict(sorted(Counter(f[0] for f in clean_errors).items())),
        "clean_warn_flags": len(clean_warns),
        "clean_warn_flags_by_rule": dict(sorted(Counter(f[0] for f in clean_warns).items())),
        "flags_total": len(flags),
    }


if __name__ == "__main__":
    import sys

    print(json.dumps(score(Path(sys.argv[1]), Path(sys.argv[2])), ensure_ascii=False, indent=1))
