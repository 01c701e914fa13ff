"""Indicator codes from cue phrases: pipelines/reference/indicator_cues.csv (curator-editable) and the unit
kinds of pipelines/reference/indicators.csv. All cues compile into one alternation, so a window is
scanned once whatever the size of the dictionary."""

from __future__ import annotations

import csv
import hashlib
import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

# Old-style and new-style tone placement ("hoà"/"hòa", "thuỷ"/"thủy") are different code points even in
# NFC; cues and text are compared in the new style.
_TONE_FOLD = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
_FOLD_RE = re.compile("|".join(_TONE_FOLD))


def fold_tones(s: str) -> str:
    return _FOLD_RE.sub(lambda m: _TONE_FOLD[m.group(0)], s)


def fold(s: str) -> str:
    return fold_tones(unicodedata.normalize("NFC", s).lower())


UNIT_OK = {
    "percent": {"percent", "count_or_percent", "any"},
    "count": {"count", "count_or_percent", "any"},
    "vnd": {"vnd", "any"},
    "km": {"km", "any"},
    "other": {"any"},
}


@dataclass
class CueDictionary:
    unit_kind: dict[str, str]
    by_cue: dict[str, list[tuple[str, str, float]]]
    version: str
    pattern: re.Pattern = field(init=False)

    def __post_init__(self):
        alts = sorted(self.by_cue, key=len, reverse=True)
        first = "".join(sorted({re.escape(a[0]) for a in alts}))
        self.pattern = re.compile(rf"(?<!\w)(?=[{first}])(?:" + "|".join(re.escape(c) for c in alts) + r")(?!\w)")

    @classmethod
    def load(cls, reference_dir: Path) -> "CueDictionary":
        ind_text = (reference_dir / "indicators.csv").read_text(encoding="utf-8")
        cue_text = (reference_dir / "indicator_cues.csv").read_text(encoding="utf-8")
        unit_kind = {r["code"]: r["unit_kind"] for r in csv.DictReader(io.StringIO(ind_text))}
        by_cue: dict[str, list[tuple[str, str, float]]] = {}
        lines = [l for l in cue_text.splitlines() if l.strip() and not l.startswith("#")]
        for r in csv.DictReader(lines):
            code = r["indicator"].strip()
            if code not in unit_kind:
                raise ValueError(f"indicator_cues.csv: unknown indicator code {code!r} (not in indicators.csv)")
            by_cue.setdefault(fold(r["cue"].strip()), []).append((code, r["where"].strip(), float(r["weight"])))
        version = hashlib.sha256((ind_text + "\0" + cue_text).encode()).hexdigest()[:12]
        return cls(unit_kind, by_cue, version)

    def best(self, before: str, after: str, unit: str) -> str | None:
        """The indicator whose cues best match the words before and after a number of this unit."""
        ok = UNIT_OK[unit]
        scores: dict[str, float] = {}
        after_f, before_f = fold(after), fold(before)
        for m in self.pattern.finditer(after_f):
            closeness = 1.0 / (1.0 + m.start() / 25.0)
            for code, where, w in self.by_cue[m.group(0)]:
                if where in ("after", "any") and self.unit_kind.get(code) in ok:
                    scores[code] = max(scores.get(code, 0.0), w * (0.5 + closeness))
        n = len(before_f)
        for m in self.pattern.finditer(before_f):
            closeness = 1.0 / (1.0 + (n - m.end()) / 25.0)
            for code, where, w in self.by_cue[m.group(0)]:
                if where in ("before", "any") and self.unit_kind.get(code) in ok:
                    scores[code] = scores.get(code, 0.0) + 0.6 * w * (0.5 + closeness)
        if not scores:
            return None
        return max(scores.items(), key=lambda kv: kv[1])[0]
