"""The `chitieu` command. Start-up stays light: Dagster, dbt and Great Expectations are imported only
by the sub-commands that need them (`run`), never by `extract` or `query`."""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from pathlib import Path


def _cmd_extract(args) -> int:
    from pipelines.ingest.documents import read_document
    from pipelines.ingest.raw_files import ManifestError, parse_manifest

    manifest: dict[str, dict[str, str]] = {}
    if args.manifest:
        try:
            manifest = parse_manifest(Path(args.manifest))
        except (ManifestError, OSError) as e:
            print(f"chitieu extract: {e}", file=sys.stderr)
            return 2
    by_name = {Path(k).name: k for k in manifest}
    used: set[str] = set()
    out = sys.stdout
    for name in args.files:
        # a row names its file as given on the command line, or by its bare name
        key = Path(name).as_posix() if Path(name).as_posix() in manifest else by_name.get(Path(name).name)
        if key:
            used.add(key)
        doc = read_document(Path(name), display_path=name, overrides=manifest.get(key) if key else None)
        out.write(json.dumps(doc.document_record(), ensure_ascii=False) + "\n")
        for m in doc.measures:
            out.write(json.dumps(m.as_json(name), ensure_ascii=False) + "\n")
        for m in doc.set_aside:  # a reader can see what was not counted, and why
            out.write(json.dumps({**m.as_json(name), "record": "set_aside"}, ensure_ascii=False) + "\n")
    for k in sorted(set(manifest) - used):
        print(f"chitieu extract: manifest row for {k!r} matches no file given", file=sys.stderr)
    return 0


def _cmd_eval(args) -> int:
    from pipelines import evaluation

    if args.first_sight:
        print(f"First sight of {args.first_sight}: {evaluation.record_first_sight(args.first_sight)}")
        args.corpus, args.no_cv = [args.first_sight], True
    if args.comparisons:
        from pipelines import evaluation_comparisons

        print(evaluation_comparisons.render(evaluation_comparisons.evaluate(evaluation.SHARED_DIR), args.verbose))
        return 0
    if args.train:
        path, n = evaluation.train()
        print(f"Tense weights fitted on {n} labelled figures, and the indicator corrector: {path.parent}")
    result = evaluation.evaluate(verbose=args.verbose, corpora=tuple(args.corpus) if args.corpus else None,
                                 cv=not args.no_cv, addresses=args.with_address)
    if args.verbose:
        for name, lines in result["reports"].items():
            if lines:
                print(f"--- {name}")
                print("\n".join(lines))
    print(evaluation.render(result, args.verbose))
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        figures = {**result["results"], **{k: result[k] for k in ("backtest", "comparisons") if k in result}}
        Path(args.json).write_text(json.dumps(figures, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"Figures: {args.json}")
    return 0


def _stop_now(signum, _frame) -> None:
    """`timeout`, systemd or a `kill` asked the run to stop: stop now. Dagster waits for the step in progress, which
    could be a long dbt build. Nothing is lost: the published warehouse is replaced only by an atomic rename, the
    kernel releases the warehouse's lock, dbt dies with this process, and the next run clears what was left."""
    os.write(2, f"\nchitieu run: stopped by signal {signum}; the published warehouse is the last complete one.\n".encode())
    os._exit(128 + signum)


def _cmd_run(args) -> int:
    from pipelines.settings import Settings
    from pipelines.run import run_pipeline

    settings = Settings.from_env(raw=args.raw, warehouse=args.warehouse)
    signal.signal(signal.SIGTERM, _stop_now)
    summary = run_pipeline(settings, force=args.force, wait=args.wait)
    print(summary.render())
    return 0 if summary.ok else 1


def _cmd_query(args) -> int:
    from pipelines.query import QueryError, run_query
    from pipelines.settings import Settings

    settings = Settings.from_env(warehouse=args.warehouse)
    try:
        print(run_query(settings.published_db, args.sql, args.format), end="")
    except QueryError as e:
        print(f"chitieu query: {e}", file=sys.stderr)
        return 2
    return 0


def _cmd_report(args) -> int:
    from pipelines.report import build_report
    from pipelines.settings import Settings

    settings = Settings.from_env(warehouse=args.warehouse)
    if not settings.published_db.exists():
        print(f"chitieu report: no warehouse at {settings.published_db}: run `chitieu run` first", file=sys.stderr)
        return 2
    from pipelines import run_lock
    from pipelines.fingerprint import published_fingerprint

    # a run swaps report/ in whole: building it beside a run would race for the folder
    try:
        with run_lock.warehouse_lock(settings.warehouse_dir, run_lock.wait_seconds(),
                                     on_wait=lambda m: print(f"chitieu report: {m}", file=sys.stderr, flush=True)):
            result = build_report(settings.published_db, settings.warehouse_dir / "report",
                                  built_from=published_fingerprint(settings.warehouse_dir))
    except run_lock.WarehouseBusy as busy:
        print(f"chitieu report did not start: {busy}.", file=sys.stderr)
        return 1
    print(f"Report: {result.path}  ({result.bytes / 1e6:.1f} MB, {result.files} files, {result.seconds:.1f} s)")
    print(f"Open it in a browser: file://{result.path}")
    return 0


def _cmd_flags(args) -> int:
    from pipelines.query import QueryError, connect_published, format_rows
    from pipelines.settings import Settings

    settings = Settings.from_env(warehouse=args.warehouse)
    where, params = ["f.flag_status = 'open'"], []
    if args.severity:
        where.append("f.severity = ?")
        params.append(args.severity)
    if args.org:
        where.append("f.org ilike ?")  # parameters, never string interpolation: org names come from documents
        params.append(f"%{args.org}%")
    if args.rule:
        where.append("f.rule_id = ?")
        params.append(args.rule.upper())
    sql = f"""
        select f.severity, f.rule_id, f.rule_name, f.org, f.indicator, f.period, f.message,
               d.path as document, f."start", f."end", f.quote
        from dq_flags f left join documents d using (document_id)
        where {' and '.join(where)}
        order by case f.severity when 'error' then 0 when 'warn' then 1 else 2 end, f.rule_id, f.org, f.quote"""
    try:
        with connect_published(settings.published_db) as con:
            cur = con.execute(sql, params)
            columns = [c[0] for c in cur.description]
            rows = cur.fetchall()
    except QueryError as e:
        print(f"chitieu flags: {e}", file=sys.stderr)
        return 2
    if args.format != "text":
        print(format_rows(columns, rows, args.format), end="")
        return 0
    for sev, rule, name, org, ind, period, msg, doc, start, end, quote in rows:
        where_ = f"{doc}:{start}-{end}" if start is not None else doc
        print(f"[{sev}] {rule} {name} | {org} | {ind} | {period}\n    {msg}\n    evidence: {where_}: {quote!r}")
    print(f"{len(rows)} open flag{'s' if len(rows) != 1 else ''}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="chitieu", description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)

    r = sub.add_parser("run", help="ingest raw/, extract, build the warehouse, check it and publish it")
    r.add_argument("--raw", help="folder of raw documents (default $CHITIEU_RAW or raw/)")
    r.add_argument("--warehouse", help="warehouse folder (default $CHITIEU_WAREHOUSE or warehouse/)")
    r.add_argument("--force", action="store_true", help="rebuild even when nothing changed since the last run")
    r.add_argument("--wait", type=float, metavar="SECONDS",
                   help="when another run is using the warehouse, wait this long for it (default "
                        "$CHITIEU_LOCK_WAIT_SECONDS or 0: say so and exit)")
    r.set_defaults(func=_cmd_run)

    e = sub.add_parser("extract", help="print document facts and measures of files as JSON lines")
    e.add_argument("--format", choices=["jsonl"], default="jsonl")
    e.add_argument("--manifest", help="CSV of facts the text does not say (file,org,org_level,province,period,doc_type,"
                                      "title,published,url), as raw/manifest.csv in a run")
    e.add_argument("files", nargs="+")
    e.set_defaults(func=_cmd_extract)

    ev = sub.add_parser("eval", help="score the extractor on every labelled corpus (neutral names, 5-fold CV)")
    ev.add_argument("--corpus", action="append", help="only this corpus (seeds, dev, dev2, dev3, dev4, holdout, holdout2); repeatable")
    ev.add_argument("--verbose", action="store_true", help="list every miss, spurious or mislabelled figure and fact")
    ev.add_argument("--no-cv", action="store_true", help="skip the cross-validation (faster)")
    ev.add_argument("--train", action="store_true", help="refit the learned parts on the tuning corpora first (writes "
                                                           "pipelines/reference/kind_weights.json and indicator_corrector.json)")
    ev.add_argument("--first-sight", metavar="CORPUS", help="a newly labelled corpus: record what the extractor says "
                                                            "about it (first_sight.jsonl), then score it: its blind figure")
    ev.add_argument("--comparisons", action="store_true", help="only score the warehouse's comparisons and error flags "
                                                               "on seeds, dev and dev2 against tests/comparisons")
    ev.add_argument("--with-address", action="store_true", help="give each page its address as a 'url:' header "
                                                                 "(as pages saved from the web carry it)")
    ev.add_argument("--json", help="also write the figures to this file")
    ev.set_defaults(func=_cmd_eval)

    q = sub.add_parser("query", help="run read-only SQL on the published warehouse")
    q.add_argument("sql")
    q.add_argument("--format", choices=["table", "csv", "json"], default="table")
    q.add_argument("--warehouse", help="warehouse folder (default $CHITIEU_WAREHOUSE or warehouse/)")
    q.set_defaults(func=_cmd_query)

    f = sub.add_parser("flags", help="list open quality flags with their evidence")
    f.add_argument("--severity", choices=["error", "warn", "info"])
    f.add_argument("--org", help="part of an organisation's name, e.g. 'Hà Nội'")
    f.add_argument("--rule", help="a rule id, e.g. R12")
    f.add_argument("--format", choices=["text", "table", "csv", "json"], default="text")
    f.add_argument("--warehouse", help="warehouse folder (default $CHITIEU_WAREHOUSE or warehouse/)")
    f.set_defaults(func=_cmd_flags)

    rp = sub.add_parser("report", help="rebuild the HTML report (<warehouse>/report/index.html) from the published warehouse")
    rp.add_argument("--warehouse", help="warehouse folder (default $CHITIEU_WAREHOUSE or warehouse/)")
    rp.set_defaults(func=_cmd_report)

    args = ap.parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:  # `chitieu extract … | head` is normal use
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
