"""Extraction: decoded text -> document facts and measures. Pure Python; no Dagster, no I/O beyond
reading the reference data files once."""

from pipelines.extract.model import DocumentFacts, ExtractedDocument, Measure

# Placeholder until the extractor modules land; replaced by the real implementation.
EXTRACTOR_VERSION = "0.0.0"
DICTIONARY_VERSION = "none"


def extract_document(text: str, name: str | None = None, overrides: dict | None = None) -> ExtractedDocument:
    raise NotImplementedError


__all__ = ["DocumentFacts", "ExtractedDocument", "Measure", "extract_document", "EXTRACTOR_VERSION", "DICTIONARY_VERSION"]
