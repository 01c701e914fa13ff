"""raw/corrections.csv: validation with line numbers, and what each action does to a measure."""

from pathlib import Path

import pytest

from pipelines.extract.model import Measure
from pipelines.ingest.corrections import CorrectionsError, apply_corrections, read_corrections
from pipelines.reference import indicator_codes

HEADER = "document,start,action,value,unit,indicator,kind,period,note,reviewer\n"


def write(tmp_path: Path, body: str, header: str = HEADER) -> Path:
    (tmp_path / "corrections.csv").write_text(header + body, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("body, problem", [
    ("a.txt,12,delete,,,,,,,\n", "line 2: action 'delete' is not one of drop, fix, accept"),
    ("a.txt,x,drop,,,,,,,\n", "line 2: 'start' must be the number's character offset, got 'x'"),
    ("a.txt,12,fix,,,,,,,\n", "line 2: a fix needs at least one of value, unit, indicator, kind, period"),
    ("a.txt,12,accept,,,,,,,\n", "line 2: an accept needs a note saying why the figure is right"),
    ("a.txt,1,drop,,,,,,,\na.txt,12,fix,6.000,,,,,,\n", "line 3: value '6.000' is not a number"),
    ("a.txt,12,fix,,,tree_planted,,,,\n", "line 2: indicator 'tree_planted' is not a code in indicators.csv"),
    ("a.txt,12,drop,5,,,,,,\n", "line 2: only 'fix' changes fields; this row is 'drop'"),
    (",12,drop,,,,,,,\n", "line 2: empty 'document'"),
    # a second row for one figure used to be reported as "no measure at offset …", which was false
    ("a.txt,12,drop,,,,,,,\nb.txt,12,drop,,,,,,,\na.txt,12,fix,6000,,,,,,\n",
     "line 4: the figure at a.txt offset 12 is already corrected on line 2; keep one row"),
])
def test_malformed_rows_name_their_line(tmp_path, body, problem):
    with pytest.raises(CorrectionsError, match=problem.replace("(", r"\(").replace(")", r"\)")):
        read_corrections(write(tmp_path, body), indicator_codes())


def test_malformed_header(tmp_path):
    with pytest.raises(CorrectionsError, match="line 1: missing column\\(s\\) start"):
        read_corrections(write(tmp_path, "", header="document,action\n"), indicator_codes())


def test_actions_apply_by_document_and_offset(tmp_path):
    rows = ("000.txt,120,fix,6000,,,,,typo: 6.000 ý tưởng,Lan\n"
            "000.txt,300,drop,,,,,,,\n"
            "abcd,400,accept,,,,,,checked with the 2024 report,\n"
            "000.txt,999,drop,,,,,,,\n")
    corrections = read_corrections(write(tmp_path, rows), indicator_codes())
    ms = [Measure("target", "ideas_supported", 6_000_000, "count", start=120, end=131),
          Measure("target", "other", 3, "count", start=300, end=301),
          Measure("target", "trees_planted", 270_000, "count", start=400, end=407),
          Measure("target", "trees_planted", 5, "count", start=500, end=501)]
    used: set[int] = set()
    out = apply_corrections("abcd", ["000.txt"], ms, corrections, used)
    assert [(c.action, c.measure.value, c.original, c.note) for c in out] == [
        ("fix", 6000.0, {"value": 6_000_000}, "typo: 6.000 ý tưởng"),
        ("drop", 3, None, None),
        ("accept", 270_000, None, "checked with the 2024 report"),
        (None, 5, None, None),
    ]
    assert used == {2, 3, 4}  # line 5 (offset 999) matched nothing: reported, not silently ignored


def test_a_curator_brings_back_a_figure_the_filter_set_aside(tmp_path):
    rows = ("000.txt,250,accept,,,,,,a real result the filter doubted,Lan\n"
            "000.txt,260,drop,,,,,,,\n")
    corrections = read_corrections(write(tmp_path, rows), indicator_codes())
    kept = [Measure("result", "trees_planted", 5000, "count", start=100, end=105),
            Measure("result", "other", 7, "count", start=300, end=301)]
    aside = [Measure("result", "volunteer_turns", 1_000_000, "count", start=250, end=257, set_aside="not a measure (p = 0.6)"),
             Measure("result", "other", 365, "count", start=260, end=263, set_aside="not a measure (p = 0.9)"),
             Measure("result", "other", 24, "count", start=270, end=272, set_aside="not a measure (p = 0.8)")]
    used: set[int] = set()
    out = apply_corrections("abcd", ["000.txt"], kept, corrections, used, aside)
    # the accepted one comes back in its place, no longer set aside; the dropped and the unnamed stay out
    assert [(c.measure.start, c.action, c.measure.set_aside) for c in out] == [
        (100, None, None), (250, "accept", None), (300, None, None)]
    assert used == {2, 3}
