"""What the extractor learns from labelled documents: the weights of the tense signals
(pipelines.extract.tense) that decide target versus result.

The rules find the signals; how much each counts is fitted by logistic regression on labelled measures,
pulled towards the hand-set defaults (an L2 penalty on the distance from them) so that a signal seen
rarely keeps a sensible weight. `chitieu eval` refits them on four folds and scores the fifth;
`chitieu eval --train` refits them on every tuning corpus and writes pipelines/reference/kind_weights.json,
which the extractor reads.
"""

from __future__ import annotations

import json
import math
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pipelines.reference import REFERENCE_DIR

from . import tense
from .structure import join_soft_wraps

WEIGHTS_FILE = REFERENCE_DIR / "kind_weights.json"


@dataclass(frozen=True)
class Model:
    kind_weights: dict[str, float]
    source: str = "defaults"


@cache
def default_model() -> Model:
    if WEIGHTS_FILE.exists():
        data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
        return Model({**tense.DEFAULT_WEIGHTS, **data["weights"]}, data.get("trained_on", "file"))
    return Model(dict(tense.DEFAULT_WEIGHTS))


def training_examples(labelled: list[tuple[Path, Path]]) -> list[tuple[dict[str, float], int]]:
    """(features, 1 for target / 0 for result) for every extracted figure that a gold target or result
    matches (same value and unit, nearest to the gold quote)."""
    from pipelines.ingest.decode import decode_bytes

    from . import _cues, read_facts
    from .measures import extract_measures

    out = []
    for text_path, gold_path in labelled:
        text = join_soft_wraps(decode_bytes(text_path.read_bytes(), text_path.suffix).text or "")
        gold = [json.loads(l) for l in gold_path.read_text(encoding="utf-8").splitlines() if l.strip()]
        trace: list = []
        extract_measures(text, read_facts(text), _cues(), ("", ""), None, trace=trace)
        used = set()
        cursor = 0
        for g in gold:
            if g.get("kind") not in ("target", "result"):
                continue
            q = unicodedata.normalize("NFC", g.get("quote", ""))
            pos = text.find(q, cursor)
            pos = text.find(q) if pos < 0 else pos
            if pos >= 0:
                cursor = pos + 1
            best, best_d = None, None
            for i, (m, feats) in enumerate(trace):
                if i in used or feats is None or m.unit != g.get("unit"):
                    continue
                if abs(m.value - float(g["value"])) > 0.005 * max(abs(m.value), abs(float(g["value"])), 1e-9):
                    continue
                d = abs(m.start - pos) if pos >= 0 else 10**9
                if best_d is None or d < best_d:
                    best, best_d = i, d
            if best is not None:
                used.add(best)
                out.append((trace[best][1], 1 if g["kind"] == "target" else 0))
    return out


def fit(labelled: list[tuple[Path, Path]], l2: float = 3.0, steps: int = 400, rate: float = 0.5) -> Model:
    """Logistic regression over the tense signals, by gradient descent, with prior = the defaults."""
    examples = training_examples(labelled)
    prior = dict(tense.DEFAULT_WEIGHTS)
    keys = list(tense.FEATURES)
    w = [prior[k] for k in keys]
    n = max(len(examples), 1)
    rows = [([feats.get(k, 0.0) for k in keys], y) for feats, y in examples]
    for _ in range(steps):
        grad = [l2 * (w[j] - prior[keys[j]]) / n for j in range(len(keys))]
        for x, y in rows:
            z = sum(wj * xj for wj, xj in zip(w, x))
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            for j, xj in enumerate(x):
                if xj:
                    grad[j] += (p - y) * xj / n
        w = [wj - rate * gj for wj, gj in zip(w, grad)]
    return Model({k: round(v, 4) for k, v in zip(keys, w)}, f"{len(examples)} labelled figures")


def save(model: Model, corpora: list[str]) -> Path:
    WEIGHTS_FILE.write_text(json.dumps({"trained_on": f"{model.source} from {', '.join(corpora)}",
                                        "weights": model.kind_weights}, ensure_ascii=False, indent=1) + "\n",
                            encoding="utf-8")
    return WEIGHTS_FILE
