"""What is in raw/: the document files, and the manifest rows that override facts read from text."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

# Files in raw/ that configure the run rather than being documents.
CONTROL_FILES = {"manifest.csv", "corrections.csv"}
MANIFEST_FIELDS = ("org", "org_level", "province", "period", "doc_type", "title", "published")


class ManifestError(ValueError):
    """A manifest the run cannot trust; the run stops before publishing and says where."""


@dataclass
class RawFile:
    path: Path  # absolute
    rel: str  # relative to raw/, POSIX separators: the document's name everywhere
    problem: str | None = None  # set when the file must not be read (e.g. a symlink leaving raw/)


def list_raw_files(raw_dir: Path) -> list[RawFile]:
    raw_dir = raw_dir.resolve()
    out: list[RawFile] = []
    for p in sorted(raw_dir.rglob("*")):
        rel = p.relative_to(raw_dir).as_posix()
        if any(part.startswith(".") for part in p.relative_to(raw_dir).parts) or rel in CONTROL_FILES:
            continue
        if p.is_symlink():
            target = p.resolve()
            if not target.is_relative_to(raw_dir):
                out.append(RawFile(p, rel, f"symlink to {target} points outside raw/: not followed"))
                continue
        if p.is_file():
            out.append(RawFile(p, rel))
    return out


def read_manifest(raw_dir: Path) -> dict[str, dict[str, str]]:
    """raw/manifest.csv -> {relative path: {fact: value}}; empty cells do not override."""
    path = raw_dir / "manifest.csv"
    if not path.exists():
        return {}
    return parse_manifest(path, raw_dir)


def parse_manifest(path: Path, raw_dir: Path | None = None) -> dict[str, dict[str, str]]:
    """A manifest file -> {file as written: {fact: value}}. Inside a run (`raw_dir` given) every file must lie
    under raw/; for `chitieu extract --manifest` the names are matched against the files given. A `year` column
    is read as the period when there is no `period` (the shared corpora's manifests have one)."""
    rows: dict[str, dict[str, str]] = {}
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        if not reader.fieldnames or "file" not in reader.fieldnames:
            raise ManifestError(f"{path}: line 1: the header must have a 'file' column (found {reader.fieldnames})")
        for row in reader:
            line = reader.line_num
            if None in row:
                raise ManifestError(f"{path}: line {line}: more cells than header columns")
            name = (row.get("file") or "").strip()
            if not name:
                raise ManifestError(f"{path}: line {line}: empty 'file' cell")
            if raw_dir is not None:
                target = (raw_dir / name).resolve()
                if not target.is_relative_to(raw_dir.resolve()):
                    raise ManifestError(f"{path}: line {line}: file {name!r} is outside raw/")
            facts = {k: v.strip() for k in MANIFEST_FIELDS if (v := row.get(k) or "").strip()}
            if "period" not in facts and (row.get("year") or "").strip():
                facts["period"] = row["year"].strip()
            rows[Path(name).as_posix()] = facts
    return rows
