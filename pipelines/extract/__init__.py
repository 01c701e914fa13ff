"""Extraction: decoded text -> document facts and measures. Pure Python: no Dagster, no I/O beyond
reading the reference files once (pipelines/reference)."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from .facts import Provinces, read_facts
from .indicators import CueDictionary
from .measures import extract_measures
from .model import DocumentFacts, ExtractedDocument, Measure
from pipelines.reference import REFERENCE_DIR

_RELEASE = "0.5.0"


def _code_hash() -> str:
    # The release number says what changed for people; the hash of this package's source makes sure any
    # edit to the rules re-extracts every document (cached measures are keyed by this version).
    h = hashlib.sha256()
    for p in sorted(Path(__file__).resolve().parent.glob("*.py")):
        h.update(p.read_bytes())
    return h.hexdigest()[:8]


EXTRACTOR_VERSION = f"{_RELEASE}+{_code_hash()}"


@cache
def _cues() -> CueDictionary:
    return CueDictionary.load(REFERENCE_DIR)


@cache
def _provinces() -> Provinces:
    return Provinces.load(REFERENCE_DIR)


DICTIONARY_VERSION = _cues().version


def extract_document(text: str, name: str | None = None, overrides: dict | None = None) -> ExtractedDocument:
    facts = read_facts(text, _provinces(), overrides, name)
    measures = extract_measures(text, facts, _cues(), (EXTRACTOR_VERSION, DICTIONARY_VERSION))
    return ExtractedDocument(facts, measures)


__all__ = ["DocumentFacts", "ExtractedDocument", "Measure", "extract_document", "read_facts",
           "EXTRACTOR_VERSION", "DICTIONARY_VERSION"]
