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
# Only where the vowel pair ends the syllable: "đoàn", "hoàn", "quỳnh" are written alike in both styles.
# (the "q" test after the pair: a pattern that opens with its letters is tried only where they are)
_FOLD_RE = re.compile("(?:" + "|".join(_TONE_FOLD) + r")(?<![qQ]..)(?!\w)")


def fold_tones(s: str) -> str:
    return _FOLD_RE.sub(lambda m: _TONE_FOLD[m.group(0)], s)


def fold(s: str) -> str:
    return fold_tones(unicodedata.normalize("NFC", s).lower())


UNIT_OK = {
    "percent": {"percent", "count_or_percent", "any"},
    "count": {"count", "count_or_percent", "count_or_km", "any"},
    "vnd": {"vnd", "any"},
    "km": {"km", "count_or_km", "any"},
    "other": {"any"},
}

# A count of people or turns ("lượt đoàn viên", "thanh niên", "người dân") takes its meaning from what they
# did (the words around it); a count of things ("cây xanh", "mô hình", "lớp") from the thing itself.
PEOPLE_HEAD = re.compile(
    r"\s*(?:lượt|người|đoàn viên|đvtn|hvtn|đv-tn|thanh niên|thanh thiếu niên|thanh thiếu nhi|thanh,|thiếu niên|thiếu nhi|"
    r"trẻ em|em\b|học sinh|sinh viên|hội viên|đội viên|cán bộ|bạn|hộ\b|gia đình|lao động|đảng viên|đồng chí|"
    r"trường hợp|cháu|chiến sỹ|chiến sĩ|tình nguyện viên|nông dân|phụ nữ|công nhân|ngư dân|thí sinh|nhân dân|"
    r"đối tượng|hội viên|cán bộ, đoàn viên)")
# where a noun of a comma list starts: "6 chương trình, chiến dịch tình nguyện"
_LIST_NEXT = re.compile(r"(?:,|\s+và|\s+hoặc)\s+")
# counting words whose noun is what is counted ("tuyến công trình", "suất thuốc", "căn nhà")
_CLASSIFIER = re.compile(r"(?:tuyến|suất|căn|ngôi|chiếc|cái|con|bộ)\s+")
_NAME_IN_QUOTES = re.compile(r"(?:đường\s+)?[“\"]")
_PHRASE_STOP = re.compile(r"[,;:.(]|\s(?:với|cho|tại|trị giá|tổng trị giá|kinh phí|và)\s")
_SERVED = re.compile(r"\bcho\s*(?:hơn|trên|gần|khoảng|ít nhất|tối thiểu)?\s*$")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|“[^”]*$")
_GAP = r"[\s,]+(?:[^\s,]+[\s,]+){0,4}?"
_GAP_TOKEN, _END = "...", ""


def _depth(node: dict) -> int:
    return 1 + max((_depth(c) for k, c in node.items() if k != _END), default=0)


def _render(node: dict, first: bool) -> str:
    """A prefix tree of cue words as a regular expression: deeper branches first, then a gap, then the end."""
    words = sorted((k for k in node if k not in (_END, _GAP_TOKEN)), key=lambda k: -_depth(node[k]))
    alts = [("" if first else r"\s+") + re.escape(w) + _render(node[w], False) for w in words]
    if _GAP_TOKEN in node:
        alts.append(_GAP + _render(node[_GAP_TOKEN], True))
    if _END in node:
        alts.append(f"(?P<c{node[_END]}>)")
    if first and not alts:
        return ""
    return "(?:" + "|".join(alts) + ")"


@dataclass
class CueDictionary:
    unit_kind: dict[str, str]
    counts: dict[str, str]  # code -> what its figures count: people, things, money, units, targets, any
    cues: list[tuple[str, list[tuple[str, str, float]]]]  # folded cue text -> (code, where, weight)
    version: str
    pattern: re.Pattern = field(init=False)

    def __post_init__(self):
        # The cues as one prefix tree: at each word the engine follows the branches that can continue, longest
        # first, and an exact word before a gap ("tư vấn hướng nghiệp" before "tư vấn ... hướng nghiệp"; "đợt ...
        # tình nguyện" before "đợt"). An empty named group marks where each cue ends, so `lastgroup` names the cue
        # that matched. A flat alternation of 1,000 cues would try them one by one at every word.
        root: dict = {}
        for i, (cue, _entries) in enumerate(self.cues):
            node = root
            for seg_no, seg in enumerate(s for s in cue.split("...") if s.strip()):
                if seg_no:
                    node = node.setdefault(_GAP_TOKEN, {})
                for w in seg.split():
                    node = node.setdefault(w, {})
            node.setdefault(_END, i)
        self.pattern = re.compile(rf"(?<!\w){_render(root, first=True)}(?!\w)")

    @classmethod
    def load(cls, reference_dir: Path) -> "CueDictionary":
        ind_text = (reference_dir / "indicators.csv").read_text(encoding="utf-8")
        cue_text = (reference_dir / "indicator_cues.csv").read_text(encoding="utf-8")
        ind_rows = list(csv.DictReader(io.StringIO(ind_text)))
        unit_kind = {r["code"]: r["unit_kind"] for r in ind_rows}
        counts = {r["code"]: r.get("counts") or "any" for r in ind_rows}
        by_cue: dict[str, list[tuple[str, str, float]]] = {}
        lines = [l for l in cue_text.splitlines() if l.strip() and not l.startswith("#")]
        for r in csv.DictReader(lines):
            code = r["indicator"].strip()
            if code not in unit_kind:
                raise ValueError(f"indicator_cues.csv: unknown indicator code {code!r} (not in indicators.csv)")
            where = r["where"].strip()
            if where not in ("head", "after", "before", "any"):
                raise ValueError(f"indicator_cues.csv: `where` must be head/after/before/any, not {where!r}")
            by_cue.setdefault(fold(r["cue"].strip()), []).append((code, where, float(r["weight"])))
        # the scan takes the longest cue at a place, so a longer cue also carries the context meaning of the
        # shorter cues inside it: "được học tập" (a share of members) still says "học tập" for a count
        plain = {c: e for c, e in by_cue.items() if "..." not in c}
        words = {c: " " + " ".join(w.strip(",") for w in c.replace("...", " ").split()) + " " for c in by_cue}
        for cue, entries in by_cue.items():
            for inner, inner_entries in plain.items():
                if inner != cue and words[inner] in words[cue]:
                    have = {(c, w) for c, w, _ in entries}
                    entries.extend(e for e in inner_entries if e[1] != "head" and (e[0], e[1]) not in have)
        version = hashlib.sha256((ind_text + "\0" + cue_text).encode()).hexdigest()[:12]
        return cls(unit_kind, counts, list(by_cue.items()), version)

    def _matches(self, s: str):
        for m in self.pattern.finditer(s):
            yield m, self.cues[int(m.lastgroup[1:])][1]

    def best(self, before: str, after: str, unit: str) -> str | None:
        """The indicator whose cues best match the words before and after a number of this unit.
        None means `other`."""
        ok = UNIT_OK[unit]
        after_f, before_f = fold(after), fold(before)
        # words before the number: its own clause only; a share "tỷ lệ …, … đạt 75%" reads from "tỷ lệ"
        rate = before_f.rfind("tỷ lệ")
        cut = max(before_f.rfind(";"), before_f.rfind(":")) if rate >= 0 and unit == "percent" else \
            max(before_f.rfind(","), before_f.rfind(";"), before_f.rfind(":"))
        before_f = _QUOTED.sub(" ", before_f[cut + 1:])  # programme names in quotes say nothing of the count
        head0 = len(after_f) - len(after_f.lstrip(" \t(-–“\""))
        heads = {head0}
        named_head = -1
        cls = _CLASSIFIER.match(after_f, head0)
        if cls:  # "14 tuyến công trình", "2.100 suất thuốc": the classifier's noun is the thing counted
            heads.add(cls.end())
            named = _NAME_IN_QUOTES.match(after_f, cls.end())
            if named:  # "191 tuyến “Thắp sáng đường quê”", "22 tuyến đường “…”": the quoted name is the noun
                named_head = named.end()
                heads.add(named_head)
        primary = set(heads)
        for m in _LIST_NEXT.finditer(after_f, head0, head0 + 50):
            heads.add(m.end())
        phrase_end = _PHRASE_STOP.search(after_f, head0)
        phrase_end = phrase_end.start() if phrase_end else len(after_f)
        people = unit != "count" or bool(PEOPLE_HEAD.match(after_f))
        head_scores: dict[str, float] = {}
        head_weight: dict[str, float] = {}
        ctx_scores: dict[str, float] = {}
        inner: dict[str, float] = {}
        specific: dict[str, float] = {}  # cues inside the counted noun phrase ("5 công trình thắp sáng đường quê")
        for m, entries in self._matches(after_f):
            closeness = 1.0 / (1.0 + m.start() / 25.0)
            at_head = m.start() in heads
            for code, where, w in entries:
                if code != "other" and self.unit_kind.get(code) not in ok:
                    continue
                if code == "other" and at_head and m.start() not in primary:
                    continue  # "35 trụ đèn …, cờ Tổ quốc và pano": a later noun of the list that fits nothing names no count
                if where == "head" or (where == "any" and m.start() == named_head):
                    if at_head:
                        head_scores[code] = max(head_scores.get(code, 0.0), w * 2.0)
                        head_weight[code] = max(head_weight.get(code, 0.0), w)
                    elif m.start() < head0 + 40:  # "đề tài nghiên cứu khoa học": the noun's own modifier
                        inner[code] = max(inner.get(code, 0.0), w * 0.5)
                if where in ("head", "any") and not at_head and m.start() < phrase_end and code != "other":
                    specific[code] = max(specific.get(code, 0.0), w)
                # "other" in context says what a count of people did when it fits no indicator ("học tập")
                if where in ("after", "any") and (code != "other" or unit == "count"):
                    ctx_scores[code] = max(ctx_scores.get(code, 0.0), w * (0.5 + closeness))
        n = len(before_f)
        served = bool(_SERVED.search(before_f))  # "tư vấn hướng nghiệp cho 2.200 thanh niên": the verb before
        before_scores: dict[str, float] = {}
        for m, entries in self._matches(before_f):
            closeness = 1.0 / (1.0 + (n - m.end()) / 25.0)
            for code, where, w in entries:
                if where in ("before", "any") and code != "other" and self.unit_kind.get(code) in ok:
                    before_scores[code] = before_scores.get(code, 0.0) + 0.6 * w * (0.5 + closeness) * (2.5 if served else 1.0)
        for c, s in inner.items():
            if c in head_scores:
                head_scores[c] += s
        if not people:
            # a count of things: the thing names the indicator; the words after it only choose among the
            # indicators its noun allows ("ý tưởng … được hỗ trợ triển khai")
            if head_scores:
                top = max(head_weight.values())
                top_code = max(head_weight, key=head_weight.get)
                if top <= 3.0 and specific and top_code != "other":
                    # a generic noun ("công trình", "hoạt động") made specific by its own modifier
                    code, w = max(specific.items(), key=lambda kv: kv[1])
                    if w >= 4.0 and code not in head_scores:
                        return code
                scores = {c: s + ctx_scores.get(c, 0.0) + before_scores.get(c, 0.0) for c, s in head_scores.items()}
                best = max(scores.items(), key=lambda kv: kv[1])[0]
                return None if best == "other" else best
            scores = before_scores
        else:
            scores = dict(ctx_scores)
            if served:
                scores = {c: s * 0.4 for c, s in scores.items()}
            for c, s in head_scores.items():  # "3,6 tỷ lượt xem": the head says what was counted, even when nothing
                scores[c] = scores.get(c, 0.0) + s
            for c, s in before_scores.items():
                scores[c] = scores.get(c, 0.0) + s
        if people and unit == "count":
            # a count of people names an indicator of people ("2.200 thanh niên" are not 2.200 activities)
            # gifts and start-up support are the exception: "tặng quà cho 300 gia đình chính sách", "trao vốn khởi
            # nghiệp cho 5 đoàn viên" count what was given by who received it
            scores = {c: s for c, s in scores.items() if c == "other" or self.counts.get(c) in ("people", "any")
                      or (served and c in before_scores and (c == "gifts" or (
                          c == "startup_projects_supported" and "vốn" in before_f)))}
        if not scores:
            return None
        best = max(scores.items(), key=lambda kv: kv[1])[0]
        return None if best == "other" else best
