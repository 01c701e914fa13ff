"""What the extractor learns from labelled documents.

1. The weights of the tense signals (pipelines.extract.tense) that decide target versus result.
2. An indicator corrector: a classifier over the words around a figure that may overrule the cue
   dictionary's indicator when it is confident.
3. A figure filter: a classifier over the same kind of words that sets aside a number the rules read as a
   measure when it is more likely not one (a unit's number, a caption's head count, a family's four
   children), with the probability as its reason.

The corrector and the filter are fitted on the extractor's *first-sight* output (`first_sight.jsonl` beside a blind corpus: what
the extractor said before anyone read its errors on those pages), never on its output for pages its rules
were tuned on. The rules are right on the pages they were read against, so a classifier fitted there learns
to trust them; fitted on first sight it learns the mistakes the rules make on pages they have not seen,
which is where it will be used.

The rules find the signals; how much each counts is fitted by logistic regression on labelled measures,
pulled towards the hand-set defaults (an L2 penalty on the distance from them) so that a signal seen
rarely keeps a sensible weight. `chitieu eval` refits them on four folds and scores the fifth;
`chitieu eval --train` refits them on every tuning corpus and writes pipelines/reference/kind_weights.json,
which the extractor reads.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from pipelines.reference import REFERENCE_DIR

from . import tense
from .structure import join_soft_wraps

WEIGHTS_FILE = REFERENCE_DIR / "kind_weights.json"


CORRECTOR_FILE = REFERENCE_DIR / "indicator_corrector.json"
FILTER_FILE = REFERENCE_DIR / "figure_filter.json"
FIRST_SIGHT = "first_sight.jsonl"
# The corrector overrules the dictionary only at this probability. Chosen on the first-sight pages by
# training on the older blind sets and scoring the newer ones (README, "The indicator corrector").
CORRECT_AT = 0.6
# The corrector's L2 penalty: weaker than the filter's. Chosen by the same backtests (README, "The indicator corrector"):
# with the sentence's words among the features, 0.3 beat 1.0 at every cut.
CORRECTOR_L2 = 0.3
# A figure the dictionary names a code for is demoted to `other` only at this probability: `other` is the commonest
# label, and the labels themselves split between it and the money and gift codes, so the corrector's pull towards it
# is strong where the dictionary is right ("10 trụ đèn điện"). Backtests of the first sights, from holdout41 /
# holdout61 / holdout81 on: indicator 0.8519 / 0.8552 / 0.8627 at 0.6 → 0.8538 / 0.8561 / 0.8636 at 0.7 (0.8551 /
# 0.8558 / 0.8631 at 0.8); the demotions that broke a right code fall from 47 / 18 / 12 to 27 / 11 / 6.
DEMOTE_AT = 0.7
# A figure is set aside when the filter finds it more likely not a measure than a measure. Not tuned: on the
# backtests (README, "The figure filter") thresholds from 0.4 to 0.55 gave strict F1 within 0.007 of each other.
NOT_A_MEASURE = "not_a_measure"
SET_ASIDE_AT = 0.5
_WORD = re.compile(r"[^\W\d_]+")
_CLAUSE_END = re.compile(r"[;!?\n]|\.(?!\d)")
_SENTENCE_END = re.compile(r"[!?\n]|\.(?!\d)")


def _np():
    import numpy  # imported when a corrector is first built, so that `import pipelines.extract` stays light

    return numpy


@dataclass(frozen=True)
class WordClassifier:
    """Multinomial logistic regression over word features, as fitted by `fit_classifier`."""

    labels: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, dict[int, float]]  # feature -> {label index: weight}; small weights pruned
    threshold: float = CORRECT_AT
    source: str = "file"

    def __post_init__(self):
        # one dense row per feature: a figure's scores are one gather and one sum, not a loop over 300 weights
        rows = _np().zeros((len(self.weights) + 1, len(self.labels)))
        rows[-1] = self.bias
        for i, ws in enumerate(self.weights.values()):
            for j, w in ws.items():
                rows[i, j] = w
        object.__setattr__(self, "_row", {f: i for i, f in enumerate(self.weights)})
        object.__setattr__(self, "_rows", rows)

    def predict(self, features: list[str]) -> tuple[str, float]:
        return self.predict_many([features])[0]

    def predict_many(self, feature_lists: list[list[str]]) -> list[tuple[str, float]]:
        """The label and its probability for each figure's features: a page's figures at once, one gather and
        one segmented sum rather than one of each per figure."""
        if not feature_lists:
            return []
        np, row, bias = _np(), self._row, len(self.weights)
        flat, starts = [], []
        for features in feature_lists:
            starts.append(len(flat))
            flat.extend(row[f] for f in features if f in row)
            flat.append(bias)
        z = np.add.reduceat(self._rows[flat], starts, axis=0)
        best = z.argmax(axis=1).tolist()
        # (each row's softmax on its own: a figure's probability does not depend on the page's other figures)
        return [(self.labels[b], 1.0 / float(np.exp(zr - zr[b]).sum())) for zr, b in zip(z, best)]


@dataclass(frozen=True)
class Model:
    kind_weights: dict[str, float]
    source: str = "defaults"
    corrector: WordClassifier | None = None
    figure_filter: WordClassifier | None = None


@cache
def default_model() -> Model:
    corrector, figure_filter = _load_classifier(CORRECTOR_FILE, CORRECT_AT), _load_classifier(FILTER_FILE, SET_ASIDE_AT)
    if WEIGHTS_FILE.exists():
        data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
        return Model({**tense.DEFAULT_WEIGHTS, **data["weights"]}, data.get("trained_on", "file"), corrector, figure_filter)
    return Model(dict(tense.DEFAULT_WEIGHTS), corrector=corrector, figure_filter=figure_filter)


def rules_model() -> Model:
    """The shipped tense weights without the corrector and the filter: what the rules alone read."""
    return replace(default_model(), corrector=None, figure_filter=None)


def _load_classifier(path: Path, threshold: float) -> WordClassifier | None:
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return WordClassifier(tuple(data["labels"]), tuple(data["bias"]),
                          {f: {int(j): w for j, w in ws.items()} for f, ws in data["weights"].items()},
                          data.get("threshold", threshold), data.get("trained_on", "file"))


def indicator_features(text: str, start: int, end: int, kind: str, indicator: str, unit: str) -> list[str]:
    """The words a reader uses to tell what a figure counts: the noun phrase after it, the verb before it,
    and what the dictionary said (so the classifier learns where the dictionary goes wrong)."""
    # the figure's own clause: the words of the clause before it ("tập huấn cho 160 hộ dân; bồi dưỡng cho 120 cán
    # bộ") belong to another figure
    after = [w.lower() for w in _WORD.findall(_CLAUSE_END.split(text[end:end + 80], 1)[0])][:8]
    before = [w.lower() for w in _WORD.findall(_CLAUSE_END.split(text[max(0, start - 60):start])[-1])][-6:]
    feats = [f"r:{indicator}", f"u:{unit}", f"k:{kind}", f"a0:{after[0] if after else ''}"]
    feats += [f"a:{w}" for w in after] + [f"b:{w}" for w in before]
    feats += [f"a2:{x}_{y}" for x, y in zip(after, after[1:])] + [f"b2:{x}_{y}" for x, y in zip(before, before[1:])]
    feats += [f"ru:{indicator}:{w}" for w in after[:3]]
    # the sentence's words before the figure, past its own clause: what a list of figures is about ("Tổng giá trị làm
    # lợi của các hoạt động …", "vận động xây dựng 15 nhà nhân ái, 14 nhà tình bạn … với tổng kinh phí …")
    sentence = _SENTENCE_END.split(text[max(0, start - 200):start])[-1]
    feats += [f"s:{w}" for w in sorted({w.lower() for w in _WORD.findall(sentence)[-25:]})]
    return feats


def figure_features(text: str, start: int, end: int, kind: str, indicator: str, unit: str, qualifier: str | None,
                    value: float) -> list[str]:
    """What tells a reader whether a number is a measure at all: its clause's words as for the indicator, and
    its shape. A number after a capitalised word is often part of a name ("Sư đoàn 371", "Quốc lộ 55"); one on a
    short line is often a caption's; one at the top of a page, the headline's."""
    clause_after = _CLAUSE_END.split(text[end:end + 80], 1)[0]
    before_words = _WORD.findall(_CLAUSE_END.split(text[max(0, start - 60):start])[-1])
    after = [w.lower() for w in _WORD.findall(clause_after)][:6]
    before = [w.lower() for w in before_words][-5:]
    feats = [f"u:{unit}", f"k:{kind}", f"r:{indicator}", f"q:{qualifier}", f"kr:{kind}:{indicator}",
             f"a0:{after[0] if after else ''}", f"b0:{before[-1] if before else ''}"]
    feats += [f"a:{w}" for w in after] + [f"b:{w}" for w in before]
    feats += [f"a2:{x}_{y}" for x, y in zip(after, after[1:])][:3] + [f"b2:{x}_{y}" for x, y in zip(before, before[1:])][-3:]
    if re.match(r"0\d", text[start:end]):
        feats.append("lead0")  # "04 dự án": a count written as a list would write it
    if unit == "count":
        feats.append(f"mag:{min(6, int(math.log10(max(value, 1))))}")
    if before_words and before_words[-1][:1].isupper():
        feats.append("b_cap")
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    length = (len(text) if line_end < 0 else line_end) - line_start
    feats.append("line:" + ("short" if length < 80 else "mid" if length < 250 else "long"))
    if start < 200:
        feats.append("head")
    return feats


def set_aside_figures(text: str, measures: list, figure_filter: WordClassifier | None) -> tuple[list, list]:
    """(kept, set aside): a figure the filter finds more likely not a measure is set aside with its reason."""
    if figure_filter is None:
        return measures, []
    kept, aside = [], []
    verdicts = iter(figure_filter.predict_many(
        [figure_features(text, m.start, m.end, m.kind, m.indicator, m.unit, m.qualifier, m.value)
         for m in measures if _judged(m.kind, m.optional)]))
    for m in measures:
        if not _judged(m.kind, m.optional):  # an attainment or a count of targets is a measure by its words
            kept.append(m)
            continue
        label, p = next(verdicts)
        if label == NOT_A_MEASURE and p >= figure_filter.threshold:
            m.set_aside = f"not a measure (p = {p:.2f}, learned from first sights)"
            aside.append(m)
        else:
            kept.append(m)
    return kept, aside


def correct_indicators(text: str, measures: list, corrector: WordClassifier | None,
                       unit_kind: dict[str, str]) -> None:
    """Overrule the dictionary's indicator where the corrector is confident and its indicator fits the unit."""
    if corrector is None:
        return
    judged = [m for m in measures if _judged(m.kind, m.optional)]
    verdicts = corrector.predict_many([indicator_features(text, m.start, m.end, m.kind, m.indicator, m.unit) for m in judged])
    for m, (label, p) in zip(judged, verdicts):
        at = DEMOTE_AT if label == "other" else corrector.threshold
        if label != m.indicator and p >= at and _fits(unit_kind.get(label, "any"), m.unit, label):
            m.indicator, m.indicator_basis = label, "learned"


def apply_learned(text: str, measures: list, corrector: WordClassifier | None, figure_filter: WordClassifier | None,
                  unit_kind: dict[str, str]) -> tuple[list, list]:
    """(kept, set aside): the filter first, on the dictionary's indicator as it learned to (first sights keep it),
    then the corrector on what the filter kept."""
    kept, aside = set_aside_figures(text, measures, figure_filter)
    correct_indicators(text, kept, corrector, unit_kind)
    return kept, aside


def _judged(kind: str, optional: bool) -> bool:
    # What the learned parts judge: targets and results, which name what they count in their own words. An attainment
    # ("đạt 123% chỉ tiêu") takes the indicator of the figure it attains, and a count of targets counts targets; both
    # are measures by their very words. Per-unit norms and the like are the scorer's optional figures, which the
    # classifiers never saw.
    return kind in ("target", "result") and not optional


def _fits(unit_kind: str, unit: str, label: str) -> bool:
    return label == "other" or unit_kind == "any" or unit in unit_kind.split("_or_")


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
        gold = [g for g in gold if g.get("kind") in ("target", "result")]
        predicted = [(m.unit if feats is not None else None, m.value, m.start) for m, feats in trace]
        for g, i in _gold_match(text, gold, predicted):
            out.append((trace[i][1], 1 if g["kind"] == "target" else 0))
    return out


def fit(labelled: list[tuple[Path, Path]], l2: float = 3.0, steps: int = 400, rate: float = 0.5,
        exact: list[tuple[Path, Path]] = ()) -> Model:
    """Both learned parts from the same documents: the tense weights, and the corrector from those of them
    that have a first sight. `exact` documents (the seeds, which the project promises to read exactly) also
    teach the corrector, as the rules read them now: where the dictionary is right there, it must stay so."""
    kind = fit_kind_weights(labelled, l2, steps, rate)
    rules = Model(kind.kind_weights, kind.source)
    seen, read = first_sight_examples(labelled), reading_examples(exact, rules)
    corrector = fit_classifier(seen + read, CORRECT_AT, l2=CORRECTOR_L2)
    if corrector is not None:
        corrector = replace(corrector, source=f"{len(seen)} figures at first sight and {len(read)} read now from the exact "
                                              f"documents (the seeds), of")
    seen, read = filter_examples(labelled), filter_reading_examples(exact, rules)
    figure_filter = fit_classifier(seen + read, SET_ASIDE_AT)
    if figure_filter is not None:
        figure_filter = replace(figure_filter, source=f"{len(seen)} figures at first sight and {len(read)} read now from "
                                                      f"the exact documents (the seeds), of")
    return Model(kind.kind_weights, kind.source, corrector, figure_filter)


def fit_kind_weights(labelled: list[tuple[Path, Path]], l2: float = 3.0, steps: int = 400, rate: float = 0.5) -> Model:
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


def _gold_match(text: str, gold: list[dict], predicted: list[tuple[str | None, float, int]]):
    """Pairs (gold row, index into predicted (unit, value, start)): same value and unit, nearest to the quote."""
    used: set[int] = set()
    cursor = 0
    for g in gold:
        q = unicodedata.normalize("NFC", g.get("quote", ""))
        pos = text.find(q, cursor)
        pos = text.find(q) if pos < 0 else pos
        if pos >= 0:
            cursor = pos + 1
        best, best_d = None, None
        for i, (unit, value, start) in enumerate(predicted):
            if i in used or unit != g.get("unit") or not _same(value, g["value"]):
                continue
            d = abs(start - pos) if pos >= 0 else 10**9
            if best_d is None or d < best_d:
                best, best_d = i, d
        if best is not None:
            used.add(best)
            yield g, best


def _same(a: float, b) -> bool:  # the shared scorer's tolerance
    return abs(a - float(b)) <= max(1e-9, 0.005 * max(abs(a), abs(float(b))))


@cache
def first_sight_rows(folder: Path) -> dict[str, list[dict]]:
    """A corpus folder's first sight, by file name (empty when it has none)."""
    path = folder / FIRST_SIGHT
    by_file: dict[str, list[dict]] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if "file" in row:
                by_file.setdefault(row["file"], []).append(row)
    return by_file


def cue_indicator(row: dict) -> str:
    """The dictionary's indicator in a first-sight row (a set first seen by an extractor with a corrector keeps both)."""
    return row.get("indicator_cues", row["indicator"])


def _first_sights(labelled: list[tuple[Path, Path]], optional_gold: bool):
    """(text, figures, {figure index: gold row}) for every labelled document with a first sight: the figures the rules
    reported then (the dictionary's indicator), each paired with the gold figure that matches it. Optional gold figures
    take part in the matching only when `optional_gold`."""
    from types import SimpleNamespace

    from pipelines.ingest.decode import decode_bytes

    for text_path, gold_path in labelled:
        seen = first_sight_rows(gold_path.parent).get(text_path.name)
        if not seen:
            continue
        text = decode_bytes(text_path.read_bytes(), text_path.suffix).text or ""
        figures = [SimpleNamespace(**{**r, "indicator": cue_indicator(r), "optional": r.get("optional", False),
                                      "qualifier": r.get("qualifier")}) for r in seen]
        yield text, figures, _matched(text, gold_path, figures, optional_gold)


def _readings(labelled: list[tuple[Path, Path]], model: Model, optional_gold: bool):
    """The same for the figures the extractor reads now with `model` (the exact documents, which have no first sight)."""
    from pipelines.ingest.decode import decode_bytes

    from . import extract_document

    for text_path, gold_path in labelled:
        text = decode_bytes(text_path.read_bytes(), text_path.suffix).text or ""
        figures = extract_document(text, model=model).measures
        yield text, figures, _matched(text, gold_path, figures, optional_gold)


def _matched(text: str, gold_path: Path, figures: list, optional_gold: bool) -> dict[int, dict]:
    gold = [g for g in map(json.loads, filter(str.strip, gold_path.read_text(encoding="utf-8").splitlines()))
            if optional_gold or not g.get("optional")]
    return {i: g for g, i in _gold_match(text, gold, [(f.unit, f.value, f.start) for f in figures])}


def _indicator_examples(documents) -> list[tuple[list[str], str]]:
    # a figure the corrector never judges (see correct_indicators) has nothing to teach it
    return [(indicator_features(text, f.start, f.end, f.kind, f.indicator, f.unit), matched[i]["indicator"])
            for text, figures, matched in documents for i, f in enumerate(figures)
            if i in matched and _judged(f.kind, f.optional)]


def _filter_examples(documents) -> list[tuple[list[str], str]]:
    # a figure matching an optional gold figure teaches nothing (the scorer neither rewards nor penalises it), nor
    # does one the filter never judges
    return [(figure_features(text, f.start, f.end, f.kind, f.indicator, f.unit, f.qualifier, f.value),
             "measure" if i in matched else NOT_A_MEASURE)
            for text, figures, matched in documents for i, f in enumerate(figures)
            if _judged(f.kind, f.optional) and not (i in matched and matched[i].get("optional"))]


def first_sight_examples(labelled: list[tuple[Path, Path]]) -> list[tuple[list[str], str]]:
    """(features, gold indicator) for every figure the extractor found at first sight that a gold figure matches.
    Documents without a first sight (the corpora read before blind scoring began) give none."""
    return _indicator_examples(_first_sights(labelled, optional_gold=False))


def reading_examples(labelled: list[tuple[Path, Path]], model: Model) -> list[tuple[list[str], str]]:
    """(features, gold indicator) for every figure the extractor finds now, without a corrector."""
    return _indicator_examples(_readings(labelled, model, optional_gold=False))


def filter_examples(labelled: list[tuple[Path, Path]]) -> list[tuple[list[str], str]]:
    """(features, "measure" or NOT_A_MEASURE) for every figure the rules found at first sight: a measure when a gold
    figure matches it, not one when none does."""
    return _filter_examples(_first_sights(labelled, optional_gold=True))


def filter_reading_examples(labelled: list[tuple[Path, Path]], model: Model) -> list[tuple[list[str], str]]:
    """The same, for every figure the rules find now (the exact documents, which have no first sight)."""
    return _filter_examples(_readings(labelled, model, optional_gold=True))


def fit_classifier(examples: list[tuple[list[str], str]], threshold: float, steps: int = 1500, rate: float = 3.0,
                   l2: float = 1.0, prune: float = 0.1) -> WordClassifier | None:
    """Multinomial logistic regression by full-batch gradient descent on a sparse design matrix. Features seen
    once are dropped, and weights under `prune` are not kept (they change no decision at the thresholds used)."""
    if len(examples) < 100:
        return None
    import numpy as np
    import scipy.sparse as sparse  # only here: fitting is `chitieu eval`'s business, never extraction's

    seen: dict[str, int] = {}
    for feats, _y in examples:
        for f in set(feats):
            seen[f] = seen.get(f, 0) + 1
    vocab = {f: i for i, f in enumerate(sorted(f for f, c in seen.items() if c >= 2))}
    labels = sorted({y for _f, y in examples})
    index = {y: i for i, y in enumerate(labels)}
    rows, cols = [], []
    for r, (feats, _y) in enumerate(examples):
        for c in sorted({vocab[f] for f in feats if f in vocab}):
            rows.append(r)
            cols.append(c)
    n = len(examples)
    x = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, len(vocab)))
    xt = x.T.tocsr()
    y = np.eye(len(labels))[[index[y] for _f, y in examples]]
    w = np.zeros((len(vocab), len(labels)))
    b = np.zeros(len(labels))
    for _ in range(steps):
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = p - y
        w -= rate * (xt @ g / n + l2 * w / n)
        b -= rate * g.mean(axis=0)
    names = sorted(vocab, key=vocab.get)
    weights = {}
    for f, row in zip(names, w):
        kept = {j: round(float(v), 3) for j, v in enumerate(row) if abs(v) >= prune}
        if kept:
            weights[f] = kept
    return WordClassifier(tuple(labels), tuple(round(float(v), 3) for v in b), weights, threshold, source=f"{n} figures")


def save(model: Model, corpora: list[str]) -> Path:
    WEIGHTS_FILE.write_text(json.dumps({"trained_on": f"{model.source} from {', '.join(corpora)}",
                                        "weights": model.kind_weights}, ensure_ascii=False, indent=1) + "\n",
                            encoding="utf-8")
    for c, path in ((model.corrector, CORRECTOR_FILE), (model.figure_filter, FILTER_FILE)):
        if c is None:
            continue
        # one feature per line: a reviewer can grep what a classifier learned about a word
        body = ",\n".join(f"  {json.dumps(f, ensure_ascii=False)}: {json.dumps({str(j): v for j, v in ws.items()})}"
                          for f, ws in sorted(c.weights.items()))
        source = json.dumps(f"{c.source} {', '.join(corpora)}", ensure_ascii=False)
        path.write_text(
            "{" + f'"trained_on": {source},\n'
            f' "threshold": {c.threshold},\n "labels": {json.dumps(list(c.labels), ensure_ascii=False)},\n'
            f' "bias": {json.dumps(list(c.bias))},\n "weights": {{\n{body}\n }}}}\n', encoding="utf-8")
    return WEIGHTS_FILE
