"""Extraction: decoded text -> document facts and measures. Pure Python: no Dagster, no I/O beyond
reading the reference files once (pipelines/reference)."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from .facts import DocumentReading, read_document_facts, settle_from_measures
from .indicators import CueDictionary
from .learned import Model, apply_learned, default_model
from .measures import extract_measures
from .model import DocumentFacts, ExtractedDocument, Measure
from .organisations import Gazetteer, OrganisationReader
from .structure import join_soft_wraps
from pipelines.reference import REFERENCE_DIR

_RELEASE = "0.10.27"


def _code_hash() -> str:
    # The release number says what changed for people; the hash of this package's source makes sure any
    # edit to the rules re-extracts every document (cached measures are keyed by this version).
    h = hashlib.sha256()
    for p in sorted(Path(__file__).resolve().parent.glob("*.py")):
        h.update(p.read_bytes())
    # the cue dictionary, learned weights and gazetteers are rules too: every reference table the extractor reads
    for p in sorted([*REFERENCE_DIR.glob("*.csv"), *REFERENCE_DIR.glob("*.json")]):
        h.update(p.read_bytes())
    return h.hexdigest()[:8]


EXTRACTOR_VERSION = f"{_RELEASE}+{_code_hash()}"


@cache
def _cues() -> CueDictionary:
    return CueDictionary.load(REFERENCE_DIR)


@cache
def _reader() -> OrganisationReader:
    return OrganisationReader(Gazetteer.load(REFERENCE_DIR))


DICTIONARY_VERSION = _cues().version


def read_facts(text: str, overrides: dict | None = None) -> DocumentReading:
    return read_document_facts(text, _reader(), overrides)


def extract_document(text: str, name: str | None = None, overrides: dict | None = None,
                     model: Model | None = None) -> ExtractedDocument:
    """`name` is accepted for callers' convenience but never read: a file's name says nothing reliable
    (raw/manifest.csv is where a user states what the text does not)."""
    model = model or default_model()
    view = _as_d(join_soft_wraps(text))
    reading = read_facts(view, overrides)
    measures = extract_measures(view, reading, _cues(), (EXTRACTOR_VERSION, DICTIONARY_VERSION), model.kind_weights)
    measures, set_aside = apply_learned(view, measures, model.corrector, model.figure_filter, _cues().unit_kind)
    if view != text:
        for m in measures + set_aside:  # the words as given, line breaks and all
            m.quote, m.text = _as_given(text, view, m.quote, m.start), _as_given(text, view, m.text, m.start)
    settle_from_measures(reading, measures, overrides)
    return ExtractedDocument(reading.facts, measures, set_aside)


# Some sites type "Đ" as the Icelandic eth "Ð" (U+00D0), which looks the same: "Ðoàn TNCS Hồ Chí Minh". The rules read
# it as "Đ"; quotes keep the letter the page used. (str.replace, not str.translate: translate costs ~2 ms a page.)
def _as_d(text: str) -> str:
    return text.replace("Ð", "Đ").replace("ð", "đ") if "Ð" in text or "ð" in text else text


def _as_given(text: str, view: str, span_text: str, anchor: int) -> str:
    """`span_text`, read in `view` around the offset `anchor`, as `text` has it (the two differ only in wraps)."""
    at = view.find(span_text, max(0, anchor - len(span_text)))
    return text[at:at + len(span_text)] if 0 <= at <= anchor < at + len(span_text) else span_text


__all__ = ["DocumentFacts", "ExtractedDocument", "Measure", "Model", "extract_document", "read_facts",
           "EXTRACTOR_VERSION", "DICTIONARY_VERSION"]
