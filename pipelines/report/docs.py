"""Document texts for the viewer: gzip-compressed, base64-encoded JavaScript shards.

A national corpus holds ~100 MB of text, far too much for one HTML page per document. Documents are
written, similar ones next to each other (same document type, then organisation), into shards of about
2 MB of JSON each: `docs/shard_NNN.js` calls `CHITIEU_SHARD(n, "<base64 gzip>")`. The viewer
(document.html) loads the one shard it needs with a <script> tag (which works from file://, unlike
fetch) and inflates it with the browser's DecompressionStream('gzip'). Compressing a whole shard rather
than each document lets gzip reuse the wording that neighbouring documents share.

DuckDB writes each document's JSON itself (text, measures and flags in one string), so Python only
joins strings and compresses them (one shard compresses while the next is read).

Size guard (the report must stay small enough to mail or copy: under 20 MB for a national corpus): once
the shards written so far pass `text_budget` bytes, the remaining documents keep only excerpts, the text
around each measure and flag (every highlight and label is still there); past `text_budget +
EXCERPT_BUDGET`, only their measures. Documents with open quality flags come first, so the ones the report
links to keep their full text. The synthetic national corpus (6,515 documents, 106 MB, compressing to
about 5 MB) never reaches the guard; text that compresses like real prose (gzip to ~30 %) would.
"""

from __future__ import annotations

import base64
import gzip
import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

SHARD_CHARS = 2_000_000      # JSON characters per shard before compression
TEXT_BUDGET = 10_000_000     # bytes of shards holding full texts; later documents keep excerpts
EXCERPT_BUDGET = 5_000_000   # bytes of shards holding excerpts; later documents keep only their measures
EXCERPT_CONTEXT = 160        # characters kept either side of a measure or flag in an excerpt

# Each document's payload: [text, measures, flags], or [null, measures, flags, excerpts] past the budget:
#   measure = [start, end, kind, indicator, value, value_max, unit, qualifier, period, number_text]
#   flag    = [start, end, severity, rule_id, rule_name, message, flag_status]
#   excerpt = [start, text]   (a piece of documents.text beginning at code point `start`)
# start/end are code-point offsets into documents.text (Python str offsets); the viewer converts them.
_PAYLOAD_SQL = """
with m as (
    select document_id, count(*) as n,
           '[' || string_agg(json_array("start", "end", kind, indicator, value, value_max, unit, qualifier,
                                        period, number_text)::varchar, ',' order by "start", "end", measure_id) || ']' as j
    from measures group by document_id
), f as (
    select document_id, count(*) as n, bool_or(flag_status = 'open') as has_open,
           '[' || string_agg(json_array("start", "end", severity, rule_id, rule_name, message, flag_status)::varchar,
                             ',' order by "start" nulls first, rule_id, flag_id) || ']' as j
    from dq_flags where document_id is not null group by document_id
)
select d.document_id, d.path, d.title, d.org, d.province, d.province_new, d.period, d.doc_type, d.status, d.reason,
       coalesce(m.n, 0) as n_measures, coalesce(f.n, 0) as n_flags,
       case when d.text is not null and d.status = 'ok' then
           '[' || to_json(d.text)::varchar || ',' || coalesce(m.j, '[]') || ',' || coalesce(f.j, '[]') || ']' end as payload
from documents d left join m using (document_id) left join f using (document_id)
order by coalesce(f.has_open, false) desc, d.doc_type nulls last, d.org nulls last, d.period nulls last, d.path,
         d.document_id
"""


def _gzip_b64(text: str) -> str:
    return base64.b64encode(gzip.compress(text.encode("utf-8"), compresslevel=6, mtime=0)).decode("ascii")


def _write_shard(path: Path, n: int, parts: list[str]) -> int:
    body = f'CHITIEU_SHARD({n},"{_gzip_b64("{" + ",".join(parts) + "}")}");\n'
    path.write_text(body, encoding="ascii")
    return len(body)


def excerpt_payload(payload: str, context: int = EXCERPT_CONTEXT) -> str:
    """[text, measures, flags] -> [null, measures, flags, excerpts]: the text around every measure and flag,
    widened to whole words, overlapping pieces merged. `context` 0: no text at all, only the measures."""
    text, measures, flags = json.loads(payload)
    if context <= 0:
        return json.dumps([None, measures, flags, []], ensure_ascii=False, separators=(",", ":"))
    spans = sorted((m[0], m[1]) for m in measures + flags if m[0] is not None and m[1] is not None)
    pieces: list[list[int]] = []
    for s, e in spans:
        a, b = max(0, s - context), min(len(text), e + context)
        while a > 0 and not text[a - 1].isspace() and s - a < context + 30:
            a -= 1
        while b < len(text) and not text[b].isspace() and b - e < context + 30:
            b += 1
        if pieces and a <= pieces[-1][1]:
            pieces[-1][1] = max(pieces[-1][1], b)
        else:
            pieces.append([a, b])
    return json.dumps([None, measures, flags, [[a, text[a:b]] for a, b in pieces]],
                      ensure_ascii=False, separators=(",", ":"))


def write_document_shards(con, out_dir: Path, indicators: dict[str, str], doc_types: dict[str, str],
                          text_budget: int = TEXT_BUDGET) -> dict:
    """Write docs/shard_NNN.js and docs/catalog.js; return counts and sizes."""
    docs_dir = out_dir / "docs"
    docs_dir.mkdir(parents=True, exist_ok=True)
    catalog: list[list] = []
    cur = con.execute(_PAYLOAD_SQL)
    shard_no, parts, size, written, excerpted = 0, [], 0, 0, 0
    futures = []
    with ThreadPoolExecutor(max_workers=1) as pool:
        def flush():
            nonlocal shard_no, parts, size, written
            if not parts:
                return
            if futures:  # one shard compresses while the next is read; the budget counts every finished one
                written += futures[-1].result()
            futures.append(pool.submit(_write_shard, docs_dir / f"shard_{shard_no:03d}.js", shard_no, parts))
            shard_no, parts, size = shard_no + 1, [], 0

        while True:
            batch = cur.fetchmany(256)
            if not batch:
                break
            for (doc_id, path, title, org, province, province_new, period, doc_type, status, reason,
                 n_measures, n_flags, payload) in batch:
                shard = None
                if payload is not None:
                    if written >= text_budget:
                        payload = excerpt_payload(payload, EXCERPT_CONTEXT if written < text_budget + EXCERPT_BUDGET else 0)
                        excerpted += 1
                    if size and size + len(payload) > SHARD_CHARS:
                        flush()
                    shard = shard_no
                    parts.append(f"{json.dumps(doc_id)}:{payload}")
                    size += len(payload)
                catalog.append([doc_id, path, title, org, province, province_new, period, doc_type, status, reason,
                                n_measures, shard, n_flags])
        flush()
        shard_bytes = sum(f.result() for f in futures)
    cat_json = json.dumps({"docs": catalog, "indicators": indicators, "doc_types": doc_types},
                          ensure_ascii=False, separators=(",", ":"))
    cat_body = f'CHITIEU_CATALOG("{_gzip_b64(cat_json)}");\n'
    (docs_dir / "catalog.js").write_text(cat_body, encoding="ascii")
    return {"documents": len(catalog), "shards": shard_no, "shard_bytes": shard_bytes, "catalog_bytes": len(cat_body),
            "excerpted": excerpted}
