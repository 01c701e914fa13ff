"""What is in raw/: the document files, and the manifest rows that override facts read from text."""

from __future__ import annotations

import csv
import datetime
import io
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

# Files in raw/ that configure the run rather than being documents.
CONTROL_FILES = {"manifest.csv", "corrections.csv"}
MANIFEST_FIELDS = ("org", "org_level", "province", "period", "doc_type", "title", "published", "url")
# every column a manifest may have: the facts, the file, and what the shared corpora's manifests carry besides
MANIFEST_COLUMNS = ("file", *MANIFEST_FIELDS, "year", "note", "notes")


class ManifestError(ValueError):
    """A manifest the run cannot trust; the run stops before publishing and says where."""


@dataclass
class RawFile:
    path: Path  # absolute
    rel: str  # relative to raw/, POSIX separators: the document's name everywhere
    problem: str | None = None  # set when the file must not be read (e.g. a symlink leaving raw/)


def list_raw_files(raw_dir: Path) -> list[RawFile]:
    """Every file under raw/, each with the reason it must not be read, if any. A file or sub-folder the pipeline
    may not open (permissions) is listed with "cannot be read": it is quarantined and reported, never skipped."""
    raw_dir = raw_dir.resolve()
    out: list[RawFile] = []

    def unreadable_folder(err: OSError) -> None:
        p = Path(err.filename)
        if p != raw_dir:
            out.append(RawFile(p, p.relative_to(raw_dir).as_posix() + "/",
                               f"folder cannot be read: {(err.strerror or str(err)).lower()}; its files were not seen"))

    for root, dirs, names in os.walk(raw_dir, onerror=unreadable_folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        base = Path(root)
        # a symlink to a folder is listed by os.walk as a folder, not followed
        for name in sorted(names + [d for d in dirs if (base / d).is_symlink()]):
            p = base / name
            rel = p.relative_to(raw_dir).as_posix()
            if name.startswith(".") or rel in CONTROL_FILES:
                continue
            if p.is_symlink():
                target = p.resolve()
                if not target.is_relative_to(raw_dir):
                    out.append(RawFile(p, rel, f"symlink to {target} points outside raw/: not followed"))
                    continue
            if p.is_file():
                try:
                    with open(p, "rb"):
                        pass
                except OSError as e:
                    out.append(RawFile(p, rel, f"cannot be read: {(e.strerror or str(e)).lower()}"))
                    continue
                out.append(RawFile(p, rel))
    return sorted(out, key=lambda f: f.rel)


def read_manifest(raw_dir: Path) -> dict[str, dict[str, str]]:
    """raw/manifest.csv -> {relative path: {fact: value}}; empty cells do not override."""
    path = raw_dir / "manifest.csv"
    if not path.exists():
        return {}
    return parse_manifest(path, raw_dir)


def parse_manifest(path: Path, raw_dir: Path | None = None) -> dict[str, dict[str, str]]:
    """A manifest file -> {file as written: {fact: value}}. Inside a run (`raw_dir` given) every file must lie
    under raw/; for `chitieu extract --manifest` the names are matched against the files given. A `year` column
    is read as the period when there is no `period` (the shared corpora's manifests have one).

    Curators write this file by hand or in Excel, and a fact it gets wrong is applied silently to every figure of
    the document, so anything doubtful stops the run with the line to fix: bytes that are not UTF-8 (Excel's
    "CSV" on a Vietnamese Windows is cp1258), a quote left open (it swallows the rows after it), unknown columns,
    a file named twice, and (in a run) values outside the reference lists. The shared corpora's manifests, read by
    `chitieu extract --manifest`, hold notes in some cells ("unknown (conference 12/12/2022)"): there a value the
    pipeline does not know is not applied, as before."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[:e.start].count(b"\n") + 1
        raise ManifestError(f"{path}: line {line}: not UTF-8 (byte 0x{data[e.start]:02x}); in Excel save it as "
                            f"\"CSV UTF-8 (Comma delimited)\"") from None
    text = unicodedata.normalize("NFC", text)
    rows: dict[str, dict[str, str]] = {}
    first_line: dict[str, int] = {}
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = [h.strip() for h in next(reader, [])]
        if "file" not in header:
            raise ManifestError(f"{path}: line 1: the header must have a 'file' column (found {header or None})")
        unknown = [h for h in header if h not in MANIFEST_COLUMNS]
        if unknown:
            raise ManifestError(f"{path}: line 1: unknown column(s) {', '.join(map(repr, unknown))}; "
                                f"expected some of {', '.join(MANIFEST_COLUMNS)}")
        doubled = sorted({h for h in header if header.count(h) > 1})
        if doubled:
            raise ManifestError(f"{path}: line 1: column(s) {', '.join(map(repr, doubled))} given twice")
        line = 1
        for cells in reader:
            start, line = line + 1, reader.line_num
            if not any(c.strip() for c in cells):
                continue
            if line > start:
                raise ManifestError(f"{path}: line {start}: a quoted cell runs on to line {line} (a quote left open?)")
            if len(cells) > len(header):
                raise ManifestError(f"{path}: line {line}: more cells than header columns")
            row = dict(zip(header, (c.strip() for c in cells)))
            name = row.get("file") or ""
            if not name:
                raise ManifestError(f"{path}: line {line}: empty 'file' cell")
            if raw_dir is not None:
                target = (raw_dir / name).resolve()
                if not target.is_relative_to(raw_dir.resolve()):
                    raise ManifestError(f"{path}: line {line}: file {name!r} is outside raw/")
            rel = Path(name).as_posix()
            if rel in first_line:
                raise ManifestError(f"{path}: line {line}: {name!r} is already described on line {first_line[rel]}")
            first_line[rel] = line
            facts = {k: v for k in MANIFEST_FIELDS if (v := row.get(k) or "")}
            if "period" not in facts and row.get("year"):
                facts["period"] = row["year"]
            problem = _invalid_fact(facts) if raw_dir is not None else None
            if problem:
                raise ManifestError(f"{path}: line {line}: {problem}")
            rows[rel] = facts
    except csv.Error as e:
        raise ManifestError(f"{path}: line {reader.line_num}: {e} (a quote left open?)") from None
    return rows


def _invalid_fact(facts: dict[str, str]) -> str | None:
    """What is wrong with a row's facts, checked against the lists the pipeline uses."""
    from pipelines.extract.model import DOC_TYPES, LEVELS
    from pipelines.extract.structure import parse_published
    from pipelines.reference import is_province

    if "province" in facts and facts["province"] != "national" and not is_province(facts["province"]):
        return f"province {facts['province']!r} is not a province in provinces.csv (old, variant or 2025 name) nor 'national'"
    if "org_level" in facts and facts["org_level"] not in LEVELS:
        return f"org_level {facts['org_level']!r} is not one of {', '.join(LEVELS)}"
    if "doc_type" in facts and facts["doc_type"] not in DOC_TYPES:
        return f"doc_type {facts['doc_type']!r} is not one of {', '.join(DOC_TYPES)}"
    if "period" in facts:
        m = re.fullmatch(r"((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?", facts["period"])
        if not m or (m.group(2) and int(m.group(2)) < int(m.group(1))):
            return f"period {facts['period']!r} is not a year (2024) or a span of years (2022-2027)"
    if "published" in facts and facts["published"] != "unknown":
        date = parse_published(facts["published"])
        try:
            ok = date is not None and datetime.date(date[0], date[1], date[2] or 1) is not None
        except ValueError:
            ok = False
        if not ok:
            return f"published {facts['published']!r} is not a date (2025-10-25, 2025-10 or 25/10/2025) nor 'unknown'"
    return None
