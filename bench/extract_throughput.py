"""Extraction throughput on plain text: `make bench` (never a timed unit test).

Builds a corpus by repeating the dev documents (../shared/corpus/dev) and the sample until it reaches
the requested size, extracts every document on one core, and reports MB/s and documents/s. It also
extracts one document made of the whole corpus at 1x and 4x size, to show time grows linearly.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipelines.extract import DICTIONARY_VERSION, EXTRACTOR_VERSION, extract_document  # noqa: E402


def load_texts() -> list[tuple[str, str]]:
    dirs = [REPO.parent / "shared" / "corpus" / "dev", REPO / "raw"]
    texts = [(p.name, p.read_text(encoding="utf-8")) for d in dirs if d.exists() for p in sorted(d.glob("*.txt"))]
    if not texts:
        sys.exit("no documents found in ../shared/corpus/dev or raw/")
    return texts


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=20.0, help="corpus size to extract (default 20 MB)")
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    a = ap.parse_args(argv)

    base = load_texts()
    base_bytes = sum(len(t.encode("utf-8")) for _, t in base)
    copies = max(1, round(a.mb * 1e6 / base_bytes))
    corpus = [(f"{i}_{n}", t) for i in range(copies) for n, t in base]
    total_bytes = base_bytes * copies

    measures = 0

    def run_all():
        nonlocal measures
        for name, text in corpus:
            measures += len(extract_document(text, name=name).measures)

    extract_document(base[0][1], name=base[0][0])  # warm caches (cue dictionary, compiled patterns)
    seconds = timed(run_all)

    joined = "\n\n".join(t for _, t in base)
    t1 = min(timed(lambda: extract_document(joined, name="x1.txt")) for _ in range(3))
    t4 = min(timed(lambda: extract_document(joined * 4, name="x4.txt")) for _ in range(3))

    figures = {
        "extractor_version": EXTRACTOR_VERSION,
        "dictionary_version": DICTIONARY_VERSION,
        "documents": len(corpus),
        "corpus_mb": round(total_bytes / 1e6, 2),
        "measures": measures,
        "extract_seconds": round(seconds, 2),
        "extract_mb_per_s_one_core": round(total_bytes / 1e6 / seconds, 2),
        "documents_per_s_one_core": round(len(corpus) / seconds, 1),
        "one_document_x4_over_x1_time": round(t4 / t1, 2),
    }
    width = max(len(k) for k in figures)
    for k, v in figures.items():
        print(f"{k:<{width}}  {v}")
    if a.json:
        a.json.parent.mkdir(parents=True, exist_ok=True)
        a.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
