"""The literal-start scan finds exactly what the regex engine finds, on real pages, in less time."""

import re
from pathlib import Path

import pytest

from pipelines.extract import numbers, organisations, structure, tense
from pipelines.extract.scanning import LiteralScan, literal_starts

CORPUS = Path(__file__).parent / "corpus"
# every 25th labelled page: some 100 real pages of every kind (news, plans, congress reports, reviews)
PAGES = sorted(CORPUS.glob("*/*.txt"))[::25]

# the production scans, each with the copy of the text it runs on
SCANS = {
    "time frames": (structure._FRAME_SCAN, str.lower),
    "terms": (structure._TERMS_SCAN, str.lower),
    "tense cues": (tense._CUE_SCAN, str.lower),
    "counted nouns": (numbers._COUNTED_SCAN, str.lower),
    "organisation mentions": (organisations._MENTION_SCAN, lambda t: t),
    "places named": (organisations._PLACE_NAMED_SCAN, organisations.prose_case),
    "quotes": (organisations._QUOTES_SCAN, lambda t: t),
    "quoted names": (tense._QUOTED_NAME_SCAN, lambda t: t),
}


def test_literal_starts_are_read_off_the_pattern():
    assert literal_starts(re.compile(r"(?<!\w)(?:nhiệm kỳ|giai đoạn)\s+\d{4}")) == ["giai đoạ", "nhiệm kỳ"]
    assert literal_starts(re.compile(r"(?:hơn\s+)?\d+\s+năm qua"), depth=4) == [
        "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "hơn"]
    # a start that a shorter one covers is dropped: "đã" finds every "đã được"
    assert literal_starts(re.compile(r"đã được|đã|sẽ")) == ["sẽ", "đã"]


def test_patterns_without_a_literal_start_are_scanned_the_usual_way():
    assert literal_starts(re.compile(r".{3}năm")) is None
    assert literal_starts(re.compile(r"\w+ năm")) is None
    assert literal_starts(re.compile(r"(?:đã)?\s*được")) is None  # may start with a space
    assert literal_starts(re.compile(r"chỉ tiêu", re.I)) is None  # str.find is case-sensitive
    scan = LiteralScan(re.compile(r"chỉ tiêu", re.I))
    assert [m.span() for m in scan.finditer("Chỉ tiêu 1: … các CHỈ TIÊU")] == [(0, 8), (18, 26)]


def test_digits_of_another_script_are_found_too():
    """`\\d` matches "３" as well as "3": a text holding such a digit is scanned the usual way."""
    frame = structure._FRAME_SCAN
    for text in ("trong ３ năm qua, tuổi trẻ …", "trong 3 năm qua, tuổi trẻ …"):
        assert [m.group(0) for m in frame.finditer(text)] == ["trong " + text[6] + " năm qua"]
    # a lower-cased copy is checked through the page it was made from
    page = "Trong ３ năm qua, tuổi trẻ …"
    assert [m.group(0) for m in frame.over(page.lower(), page=page).finditer()] == ["trong ３ năm qua"]


def test_every_production_scan_has_literal_starts():
    for name, (scan, _) in SCANS.items():
        assert scan.starts, name


@pytest.mark.parametrize("name", sorted(SCANS))
def test_same_matches_as_the_regex_engine_on_real_pages(name):
    scan, prepare = SCANS[name]
    assert len(PAGES) >= 80
    found = 0
    for page in PAGES:
        text = prepare(page.read_text(encoding="utf-8"))
        regions = structure.regions_of_interest(text)[0]
        # the whole text, and stretches of it through one index
        assert [m.span() for m in scan.finditer(text)] == [m.span() for m in scan.pattern.finditer(text)], page
        # and the heads of paragraphs outside them, too short to be worth finding starts in (the engine reads them)
        heads = [(p, min(len(text), p + 90)) for p in structure._paragraph_starts(text)]
        over = scan.over(text, regions + heads)
        for lo, hi in regions + heads:
            expected = [(m.span(), m.lastgroup) for m in scan.pattern.finditer(text, lo, hi)]
            assert [(m.span(), m.lastgroup) for m in over.finditer(lo, hi)] == expected, page
            found += len(expected)
            pos = lo
            while (m := over.search(pos, hi)) is not None:
                assert m.span() == scan.pattern.search(text, pos, hi).span()
                pos = m.start() + 1
            assert scan.pattern.search(text, pos, hi) is None
    assert found > 20, name  # each scan is exercised, not vacuously equal


def test_a_unit_before_a_capitalised_name_starts_with_the_unit_alone():
    # the starts are kept shortest at every union: "Xã" covers every "Xã T…", "Xã Đ…" (read naively, a place's unit
    # followed by up to eight letters of its name multiplies into millions of strings)
    pattern = re.compile(r"(?<!\w)(?:[Xx]ã|[Pp]hường|[Hh]uyện)(?:[ \t]+[A-ZĐ][a-zàáảãạăâđêôơư]+){0,3}(?:\s+\(|$)?")
    assert literal_starts(pattern) == ["Huyện", "Phường", "Xã", "huyện", "phường", "xã"]
