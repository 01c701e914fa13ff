"""`chitieu eval`, part two: are the warehouse's comparisons and error flags ones a careful analyst would sign?

The gold lists in tests/comparisons/ were made by reading the seeds, dev and dev2 documents (not from the
pipeline's output): every comparison an analyst makes (attainment or ambition), the tempting pairs that are not
fair (`none`, with the reason), and the real problems in the documents (figures that do not add up).

The warehouse is built from those 63 documents under neutral file names and with no manifest, as an analyst's
raw/ folder would be. Scored:
- comparisons: precision of what the warehouse grades (attainment) or states (ambition), recall of the gold
  pairs, and the gold `none` pairs it wrongly compares;
- flags: precision of error flags (a flag is real when it rests on a figure of a listed problem), of all flags,
  and how many listed problems some flag points at.
"""

from __future__ import annotations

import csv
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from pipelines.settings import REPO_ROOT

GOLD_DIR = REPO_ROOT / "tests" / "comparisons"
GRADED = ("achieved", "on_track", "behind", "far_behind")


@dataclass(frozen=True)
class Pair:
    result_file: str
    result_value: float
    target_file: str
    target_value: float


def _num(s: str) -> float:
    return float(s) if s not in ("", None) else float("nan")


def _close(a: float, b: float) -> bool:
    return a is not None and b is not None and abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def load_gold(gold_dir: Path = GOLD_DIR) -> tuple[list[dict], list[dict]]:
    with open(gold_dir / "gold_comparisons.csv", encoding="utf-8", newline="") as f:
        pairs = list(csv.DictReader(f))
    with open(gold_dir / "gold_problems.csv", encoding="utf-8", newline="") as f:
        problems = list(csv.DictReader(f))
    return pairs, problems


def documents(shared: Path) -> list[Path]:
    return sorted((shared / "seeds").glob("*.txt")) + sorted((shared / "corpus" / "dev").glob("*.txt")) + \
        sorted((shared / "corpus" / "dev2").glob("*.txt"))


def build_warehouse(shared: Path, workdir: Path) -> tuple[Path, dict[str, str]]:
    """The seeds, dev and dev2 under neutral names in one warehouse; returns it and neutral name -> real name."""
    from pipelines.run import run_pipeline
    from pipelines.settings import Settings

    raw = workdir / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    names = {}
    for i, p in enumerate(documents(shared), 1):
        neutral = f"doc{i:03d}.txt"
        shutil.copy(p, raw / neutral)
        names[neutral] = p.name
    summary = run_pipeline(Settings.from_env(raw=raw, warehouse=workdir / "warehouse"), force=True)
    if not summary.ok:
        raise RuntimeError(summary.render())
    return summary.settings.published_db, names


def score(db: Path, names: dict[str, str], gold_dir: Path = GOLD_DIR) -> dict:
    import duckdb

    gold_pairs, problems = load_gold(gold_dir)
    con = duckdb.connect(str(db), read_only=True)
    try:
        path_of = {d: Path(p).name for d, p in con.execute("select document_id, path from documents").fetchall()}
        rows = con.execute("""
            select result_document_id, result_value, target_document_id, target_value, status, comparison_basis,
                   org, indicator, result_quote, target_quote, not_compared_reason
            from fct_plan_vs_result where target_value is not null""").fetchall()
        flags = con.execute("""
            select f.rule_id, f.rule_name, f.severity, f.message, m.document_id, m.value, m.value_max, m.denominator
            from (select *, unnest(measure_ids) as mid from dq_flags) as f
            join measures as m on m.measure_id = f.mid""").fetchall()
    finally:
        con.close()

    def real(doc_id: str | None) -> str:
        return names.get(path_of.get(doc_id, ""), "") if doc_id else ""

    def find(pair: Pair, result_quote: str, target_quote: str) -> dict | None:
        """The gold row for these two figures; two equal values in one file ("100% cán bộ", "100% đoàn viên") are told
        apart by their words."""
        same = [g for g in gold_pairs if g["result_file"] == pair.result_file and g["target_file"] == pair.target_file
                and _close(_num(g["result_value"]), pair.result_value) and _close(_num(g["target_value"]), pair.target_value)]
        return max(same, key=lambda g: _overlap(g["result_quote"], result_quote) + _overlap(g["target_quote"], target_quote),
                   default=None)

    made = {"attainment": [], "ambition": []}
    wrong_none = []
    for doc, rv, tdoc, tv, status, basis, org, indicator, rq, tq, reason in rows:
        pair = Pair(real(doc), rv, real(tdoc), tv)
        g = find(pair, rq or "", tq or "")
        kind = "attainment" if status in GRADED else "ambition" if status == "ambition" else None
        if kind is None:
            continue
        holds = g is not None and g["comparison"] == kind
        made[kind].append({"result": f"{pair.result_file} {rq}", "target": f"{pair.target_file} {tq}", "status": status,
                           "holds": holds, "status_agrees": holds and (kind == "ambition" or g["status"] == status),
                           "gold": g["comparison"] if g else None, "gold_row": gold_pairs.index(g) if holds else None})
        if g is not None and g["comparison"] == "none":
            wrong_none.append(f"{pair.result_file} {rq} against {pair.target_file} {tq}: gold says not fair ({g['reason']})")

    positives = [g for g in gold_pairs if g["comparison"] in ("attainment", "ambition")]
    found = len({r["gold_row"] for rs in made.values() for r in rs if r["holds"]})

    by_flag: dict[tuple, dict] = {}
    for rule_id, rule_name, severity, message, doc, value, value_max, den in flags:
        key = (rule_id, rule_name, message)
        entry = by_flag.setdefault(key, {"rule": f"{rule_id} {rule_name}", "severity": severity, "message": message,
                                         "real": False})
        for p in problems:
            if p["file"] == real(doc) and any(_close(_num(p["value"]), v) for v in (value, value_max, den) if v is not None):
                entry["real"] = True
    errors = [f for f in by_flag.values() if f["severity"] == "error"]
    caught = sum(1 for p in problems if any(
        p["file"] == real(doc) and any(_close(_num(p["value"]), v) for v in (value, value_max, den) if v is not None)
        for _r, _n, _s, _m, doc, value, value_max, den in flags))

    graded, ambition = made["attainment"], made["ambition"]
    compared = graded + ambition
    return {
        "gold_pairs": len(positives), "gold_not_fair": sum(1 for g in gold_pairs if g["comparison"] == "none"),
        "graded": len(graded), "graded_hold": sum(r["holds"] for r in graded),
        "graded_status_agrees": sum(r["status_agrees"] for r in graded),
        "ambition": len(ambition), "ambition_hold": sum(r["holds"] for r in ambition),
        "precision": _ratio(sum(r["holds"] for r in compared), len(compared)),
        "recall": _ratio(found, len(positives)),
        "not_fair_compared": wrong_none,
        "error_flags": len(errors), "error_flags_real": sum(f["real"] for f in errors),
        "flags": len(by_flag), "flags_real": sum(f["real"] for f in by_flag.values()),
        "problems": len(problems), "problems_flagged": caught,
        "rows": compared, "flag_rows": list(by_flag.values()),
    }


def _overlap(a: str, b: str) -> int:
    """Words two quotes share."""
    return len(set(a.lower().split()) & set(b.lower().split()))


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def evaluate(shared: Path) -> dict:
    with tempfile.TemporaryDirectory(prefix="chitieu-eval-comparisons-") as tmp:
        db, names = build_warehouse(shared, Path(tmp))
        return score(db, names)


def render(r: dict, verbose: bool = False) -> str:
    pct = lambda x: "n/a" if x is None else f"{x:.3f}"  # noqa: E731
    lines = [
        f"comparisons (seeds + dev + dev2, 63 documents, neutral names; gold: tests/comparisons, {r['gold_pairs']} fair "
        f"pairs and {r['gold_not_fair']} tempting pairs that are not fair):",
        f"  graded (attainment) {r['graded']}, hold up {r['graded_hold']} (status agrees {r['graded_status_agrees']}); "
        f"ambition {r['ambition']}, hold up {r['ambition_hold']}; precision {pct(r['precision'])}, "
        f"recall {pct(r['recall'])}; not-fair pairs compared {len(r['not_fair_compared'])}",
        f"  error flags {r['error_flags']}, real {r['error_flags_real']}; all flags {r['flags']}, real {r['flags_real']}; "
        f"listed problems flagged {r['problems_flagged']}/{r['problems']}",
    ]
    if verbose:
        for row in r["rows"]:
            lines.append(f"    {'ok ' if row['holds'] else 'BAD'} {row['status']}: {row['result']}  <->  {row['target']}"
                         f"{'' if row['holds'] else ' (gold: ' + str(row['gold']) + ')'}")
        lines += [f"    NOT FAIR {w}" for w in r["not_fair_compared"]]
        for f in r["flag_rows"]:
            lines.append(f"    {'real' if f['real'] else 'FALSE'} {f['severity']} {f['rule']}: {f['message'][:140]}")
    return "\n".join(lines)
