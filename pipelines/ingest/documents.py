"""One raw file -> one document record (facts, text, status) and its measures.

A file that cannot be read still yields a record, with status `quarantined` and the reason, so it is
visible in the `documents` table and in the run summary instead of disappearing.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from pathlib import Path

from pipelines.extract import DICTIONARY_VERSION, EXTRACTOR_VERSION, extract_document
from pipelines.extract.model import DocumentFacts, Measure
from pipelines.extract.structure import iso_date, parse_published
from pipelines.ingest.budget import Budget, OutOfBudget, time_budget, too_big
from pipelines.ingest.decode import Decoded, decode_bytes


@dataclass
class DocumentRecord:
    document_id: str  # first 16 hex digits of the SHA-256 of the file's bytes
    path: str  # as given (relative to raw/ in the pipeline)
    content_sha256: str
    bytes: int
    format: str
    encoding: str | None
    status: str  # ok | quarantined
    reason: str | None
    facts: DocumentFacts
    text: str | None
    measures: list[Measure] = field(default_factory=list)
    detail: str | None = None  # what decoding repaired or guessed ("2 undecodable bytes replaced", …)
    set_aside: list[Measure] = field(default_factory=list)  # numbers read but judged not measures, with the reason
    over_budget: bool = False  # quarantined for its size or time (pipelines.ingest.budget): read again next run

    def document_record(self) -> dict:
        """The `{"record": "document"}` line of `chitieu extract`."""
        row = {"record": "document", "document": self.path, "document_id": self.document_id,
               "status": self.status, "reason": self.reason, "format": self.format, "encoding": self.encoding,
               "detail": self.detail}
        row.update(asdict(self.facts))
        row["measures"] = len(self.measures)
        row["set_aside"] = len(self.set_aside)
        return row


def read_document(path: Path, display_path: str | None = None, overrides: dict | None = None,
                  model=None) -> DocumentRecord:
    budget = Budget.from_env()
    data, read_error, size = b"", None, 0
    try:
        size = path.stat().st_size
        if size > budget.file_bytes:
            read_error = too_big("the file", size, budget.file_bytes, "CHITIEU_MAX_FILE_MB")
        else:
            data = path.read_bytes()
    except OSError as e:
        read_error = f"cannot read file: {e.strerror or e}"
    return document_from_bytes(data, display_path or str(path), path.suffix, overrides, read_error, model, budget,
                               over_budget=read_error is not None and size > budget.file_bytes)


def document_from_bytes(data: bytes, display_path: str, suffix: str, overrides: dict | None = None,
                        read_error: str | None = None, model=None, budget: Budget | None = None,
                        over_budget: bool = False) -> DocumentRecord:
    # A file we did not read (a symlink leaving raw/, a permission error, a file over its size) has no bytes to
    # identify it: its path does, so two such files, or one and an empty file, are never merged into one document.
    digest = hashlib.sha256(b"unread\0" + display_path.encode() if read_error else data).hexdigest()
    budget = budget or Budget.from_env()
    facts, measures, set_aside = DocumentFacts(), [], []
    try:
        with time_budget(budget.seconds):
            decoded = decode_bytes(b"" if read_error else data, suffix)
            if read_error:
                decoded.status, decoded.reason = "quarantined", read_error
            elif decoded.status == "ok" and len(decoded.text) > budget.text_bytes // 4 and \
                    len(encoded := decoded.text.encode()) > budget.text_bytes:
                raise OutOfBudget(too_big("its text", len(encoded), budget.text_bytes, "CHITIEU_MAX_TEXT_MB"))
            if decoded.status == "ok":
                try:
                    extracted = extract_document(decoded.text, overrides=_with_header(overrides, decoded.header),
                                                 model=model)
                    facts, measures, set_aside = extracted.facts, extracted.measures, extracted.set_aside
                except Exception as e:  # a bug on one document must not stop the others; it is reported
                    decoded.status = "quarantined"
                    decoded.reason = f"extractor failed: {type(e).__name__}: {e}"
    except OutOfBudget as e:
        decoded = Decoded(None, Path(display_path).suffix.lstrip(".").lower() or "unknown", None, "quarantined", str(e))
        facts, measures, set_aside, over_budget = DocumentFacts(), [], [], True
    return DocumentRecord(
        document_id=digest[:16], path=display_path, content_sha256=digest, bytes=len(data),
        format=decoded.format, encoding=decoded.encoding, status=decoded.status, reason=decoded.reason,
        facts=facts, text=decoded.text, measures=measures, detail=getattr(decoded, "detail", None), set_aside=set_aside,
        over_budget=over_budget,
    )


# what a file's own header may state; a manifest row, written by the user, says it better
_HEADER_FACTS = ("url", "title")
# the names clippers and crawlers give the date a page was published under
_DATE_KEYS = ("published", "date", "published_at", "pubdate", "datetime")


def _with_header(overrides: dict | None, header: dict[str, str]) -> dict | None:
    given = {k: header[k] for k in _HEADER_FACTS if header.get(k)}
    # the date, as an ISO date; "Thứ Sáu, 30/12/2022 21:53" and the like are left to the page's own dateline
    date = parse_published(next((header[k] for k in _DATE_KEYS if header.get(k)), None))
    if date:
        given["published"] = iso_date(date)
    return {**given, **(overrides or {})} if given else overrides


__all__ = ["DocumentRecord", "read_document", "document_from_bytes", "EXTRACTOR_VERSION", "DICTIONARY_VERSION"]
