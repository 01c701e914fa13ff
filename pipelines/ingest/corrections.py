"""raw/corrections.csv: a curator's reviewed decisions about individual measures.

A row names a measure by its document (path under raw/, or document_id) and `start`, the offset of the
number in the document text (shown with every flag: `chitieu flags`). Offsets do not change when the
extractor improves, so a correction keeps applying. Actions:

  drop    the number is not a measure (or is hopelessly wrong): kept visible, never compared
  fix     replace any of value, unit, indicator, kind, period with the reviewed ones
  accept  the figure is right as printed; `note` says why (its flags show as accepted)

A fix or an accept may also name a figure the figure filter set aside (`chitieu extract` lists them as
`set_aside` records): the curator's word brings it back as a measure.

A malformed file stops the run before anything is published, naming the line and the problem.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, replace
from pathlib import Path

from pipelines.extract.model import KINDS, UNITS, Measure

ACTIONS = ("drop", "fix", "accept")
FIX_FIELDS = ("value", "unit", "indicator", "kind", "period")
COLUMNS = ("document", "start", "action", *FIX_FIELDS, "note", "reviewer")


class CorrectionsError(ValueError):
    pass


@dataclass(frozen=True)
class Correction:
    line: int
    document: str
    start: int
    action: str
    fixes: dict
    note: str | None
    reviewer: str | None


def read_corrections(raw_dir: Path, indicator_codes: set[str]) -> list[Correction]:
    path = raw_dir / "corrections.csv"
    if not path.exists():
        return []
    out = []
    seen: dict[tuple[str, int], int] = {}
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in ("document", "start", "action") if c not in (reader.fieldnames or [])]
        if missing:
            raise CorrectionsError(f"{path}: line 1: missing column(s) {', '.join(missing)}; expected {', '.join(COLUMNS)}")
        unknown = [c for c in reader.fieldnames if c not in COLUMNS]
        if unknown:
            raise CorrectionsError(f"{path}: line 1: unknown column(s) {', '.join(unknown)}; expected {', '.join(COLUMNS)}")
        for row in reader:
            line = reader.line_num

            def fail(problem: str):
                raise CorrectionsError(f"{path}: line {line}: {problem}")

            if None in row:
                fail("more cells than header columns")
            cell = {k: (v or "").strip() for k, v in row.items()}
            if not cell["document"]:
                fail("empty 'document' (a path under raw/ or a document_id)")
            try:
                start = int(cell["start"])
            except ValueError:
                fail(f"'start' must be the number's character offset, got {cell['start']!r}")
            action = cell["action"].lower()
            if action not in ACTIONS:
                fail(f"action {cell['action']!r} is not one of {', '.join(ACTIONS)}")
            fixes = {k: cell[k] for k in FIX_FIELDS if cell.get(k)}
            if action == "fix" and not fixes:
                fail(f"a fix needs at least one of {', '.join(FIX_FIELDS)}")
            if action != "fix" and fixes:
                fail(f"only 'fix' changes fields; this row is '{action}'")
            if action == "accept" and not cell.get("note"):
                fail("an accept needs a note saying why the figure is right")
            if "value" in fixes:
                # "6.000" is six thousand to a Vietnamese reader and six to a parser: refuse the ambiguity.
                if re.fullmatch(r"\d{1,3}([.,]\d{3})+", fixes["value"]):
                    fail(f"value {fixes['value']!r} is not a number without thousands separators (write 6000)")
                try:
                    fixes["value"] = float(fixes["value"].replace(",", "."))
                except ValueError:
                    fail(f"value {fixes['value']!r} is not a number (write 6000 or 6000.5, no thousands separators)")
            if "unit" in fixes and fixes["unit"] not in UNITS:
                fail(f"unit {fixes['unit']!r} is not one of {', '.join(UNITS)}")
            if "kind" in fixes and fixes["kind"] not in KINDS:
                fail(f"kind {fixes['kind']!r} is not one of {', '.join(KINDS)}")
            if "indicator" in fixes and fixes["indicator"] not in indicator_codes:
                fail(f"indicator {fixes['indicator']!r} is not a code in indicators.csv")
            # two rows for one figure would both claim it, and the second would be reported as finding no measure
            earlier = seen.get((cell["document"], start))
            if earlier:
                fail(f"the figure at {cell['document']} offset {start} is already corrected on line {earlier}; "
                     f"keep one row")
            seen[(cell["document"], start)] = line
            out.append(Correction(line, cell["document"], start, action, fixes, cell.get("note") or None,
                                  cell.get("reviewer") or None))
    return out


@dataclass
class CorrectedMeasure:
    measure: Measure
    action: str | None = None
    note: str | None = None
    original: dict | None = None  # the extracted fields a fix replaced


def apply_corrections(document_id: str, paths: list[str], measures: list[Measure],
                      corrections: list[Correction], used: set[int], set_aside: list[Measure] = ()) -> list[CorrectedMeasure]:
    """Apply the corrections naming this document; `used` collects the lines that matched a measure. A figure the
    filter set aside comes back only when a fix or an accept names it (a drop of one leaves it out, as it was)."""
    mine = {c.start: c for c in corrections if c.document in (document_id, *paths)}
    restored = []
    for m in set_aside:
        c = mine.get(m.start)
        if c is not None:
            used.add(c.line)
            if c.action != "drop":
                restored.append(replace(m, set_aside=None))
    out = []
    for m in sorted([*measures, *restored], key=lambda m: m.start) if restored else measures:
        c = mine.get(m.start)
        if c is None:
            out.append(CorrectedMeasure(m))
            continue
        used.add(c.line)
        if c.action == "fix":
            original = {k: getattr(m, k) for k in c.fixes}
            out.append(CorrectedMeasure(replace(m, **c.fixes), "fix", c.note, original))
        else:
            out.append(CorrectedMeasure(m, c.action, c.note))
    return out
