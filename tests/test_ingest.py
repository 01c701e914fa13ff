"""Decoding and raw-folder handling, on real bytes."""

import shutil
import unicodedata
from pathlib import Path

import pytest

from pipelines.ingest.decode import decode_bytes
from pipelines.ingest.raw_files import ManifestError, list_raw_files, read_manifest
from pipelines.settings import REPO_ROOT

SENTENCE = "Chỉ tiêu 5: 270.000 cây xanh được đoàn viên, thanh niên tham gia trồng mới."


def test_utf8_text_is_nfc():
    nfd = unicodedata.normalize("NFD", SENTENCE)
    assert nfd != SENTENCE
    d = decode_bytes(nfd.encode("utf-8"), ".txt")
    assert (d.status, d.encoding, d.text) == ("ok", "utf-8", SENTENCE)


def test_bom_and_utf16_and_crlf():
    assert decode_bytes(b"\xef\xbb\xbf" + SENTENCE.encode(), ".txt").text == SENTENCE
    d = decode_bytes(SENTENCE.replace(" ", "\r\n", 1).encode("utf-16"), ".txt")
    assert (d.status, d.encoding) == ("ok", "utf-16")
    assert d.text == SENTENCE.replace(" ", "\n", 1)


def test_empty_and_binary_and_unknown_are_quarantined_with_reason():
    assert decode_bytes(b"  \n", ".txt").reason == "empty file: nothing to read"
    junk = bytes(range(256)) * 4  # with NUL bytes: a binary file
    d = decode_bytes(junk, ".txt")
    assert (d.status, d.reason) == ("quarantined", "contains NUL bytes: this looks like a binary file with a .txt name")
    import random
    rnd = random.Random(7)
    noise = bytes(rnd.randrange(0x80, 0x100) for _ in range(3000))  # no NUL, not text in any encoding
    d = decode_bytes(noise, ".txt")
    assert d.status == "quarantined" and d.reason.startswith("not UTF-8") and "re-save the file as UTF-8" in d.reason
    d = decode_bytes(b"abc\x00def", ".txt")
    assert d.status == "quarantined" and "binary" in d.reason
    d = decode_bytes(b"%PDF-1.4", ".xyz")
    assert d.status == "quarantined" and d.reason.startswith("unsupported file type .xyz")


def test_list_raw_files_skips_control_files_and_outside_symlinks(tmp_path: Path):
    raw = tmp_path / "raw"
    (raw / "sub").mkdir(parents=True)
    (raw / "a.txt").write_text("x", encoding="utf-8")
    (raw / "sub" / "Kế hoạch tháng 3.txt").write_text("y", encoding="utf-8")
    (raw / "manifest.csv").write_text("file\n", encoding="utf-8")
    (raw / ".hidden.txt").write_text("z", encoding="utf-8")
    outside = tmp_path / "secret.txt"
    outside.write_text("secret", encoding="utf-8")
    (raw / "link.txt").symlink_to(outside)
    files = {f.rel: f.problem for f in list_raw_files(raw)}
    assert set(files) == {"a.txt", "link.txt", "sub/Kế hoạch tháng 3.txt"}
    assert files["a.txt"] is None
    assert "points outside raw/: not followed" in files["link.txt"]


def test_manifest_overrides_and_errors(tmp_path: Path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "manifest.csv").write_text(
        "file,org,province,period,url\nx.txt,Tỉnh đoàn Sóc Trăng,Sóc Trăng,,http://e\n", encoding="utf-8")
    # (the page's address is a fact too: its host and path give the province and month the text may not)
    assert read_manifest(raw) == {"x.txt": {"org": "Tỉnh đoàn Sóc Trăng", "province": "Sóc Trăng", "url": "http://e"}}

    (raw / "manifest.csv").write_text("name,org\nx.txt,A\n", encoding="utf-8")
    with pytest.raises(ManifestError, match="line 1: the header must have a 'file' column"):
        read_manifest(raw)
    (raw / "manifest.csv").write_text("file,org\nx.txt,A\ny.txt,B,extra\n", encoding="utf-8")
    with pytest.raises(ManifestError, match="line 3: more cells than header columns"):
        read_manifest(raw)
    (raw / "manifest.csv").write_text("file,org\n../../etc/passwd,A\n", encoding="utf-8")
    with pytest.raises(ManifestError, match="line 2: file '../../etc/passwd' is outside raw/"):
        read_manifest(raw)


@pytest.mark.parametrize("content, error", [
    # a quote left open swallowed every row after it, and the run published without them
    ('file,org\n000.txt,"Tỉnh đoàn Hà Nội\n001.txt,Thành đoàn\n', "line 3: unexpected end of data (a quote left open?)"),
    ('file,org\n000.txt,"Tỉnh đoàn\n001.txt,B"\n002.txt,C\n', "line 2: a quoted cell runs on to line 3 (a quote left open?)"),
    ("file,org\n000.txt,A\n001.txt,B\n000.txt,C\n", "line 4: '000.txt' is already described on line 2"),
    ("file,org,provnce\n000.txt,A,Hà Nội\n", "line 1: unknown column(s) 'provnce'; expected some of file, org, "),
    ("file,province\n000.txt,Sài Gòn City\n", "line 2: province 'Sài Gòn City' is not a province in provinces.csv"),
    ("file,org_level\n000.txt,tinh\n", "line 2: org_level 'tinh' is not one of national, province, bloc, district"),
    ("file,doc_type\n000.txt,report\n", "line 2: doc_type 'report' is not one of plan_annual, "),
    ("file,period\n000.txt,2027-2022\n", "line 2: period '2027-2022' is not a year (2024) or a span of years"),
    ("file,published\n000.txt,31/02/2024\n", "line 2: published '31/02/2024' is not a date"),
])
def test_a_manifest_a_curator_got_wrong_stops_with_the_line_to_fix(tmp_path: Path, content, error):
    (tmp_path / "manifest.csv").write_text(content, encoding="utf-8")
    with pytest.raises(ManifestError) as e:
        read_manifest(tmp_path)
    assert str(e.value).startswith(f"{tmp_path / 'manifest.csv'}: {error}"), str(e.value)


def test_a_manifest_saved_by_excel_in_cp1258_is_named_not_misread(tmp_path: Path):
    # Excel's "CSV" on a Vietnamese Windows: decomposed tones in Windows-1258
    (tmp_path / "manifest.csv").write_bytes(unicodedata.normalize("NFD", "file,org\n000.txt,Tỉnh đoàn\n").encode("cp1258"))
    with pytest.raises(ManifestError, match=r"manifest.csv: line 2: not UTF-8 \(byte 0xd2\); in Excel save it as "
                                            r"\"CSV UTF-8 \(Comma delimited\)\""):
        read_manifest(tmp_path)
    (tmp_path / "manifest.csv").write_text("file,province,period,published,org_level\n000.txt,Khánh Hoà,2022-2027,"
                                           "2024-03,province\n", encoding="utf-8")
    assert read_manifest(tmp_path) == {"000.txt": {"province": "Khánh Hoà", "period": "2022-2027",
                                                   "published": "2024-03", "org_level": "province"}}


def test_files_and_folders_that_cannot_be_opened_are_listed_with_the_reason(tmp_path: Path, monkeypatch):
    import builtins
    import os

    from pipelines.ingest import raw_files

    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("x", encoding="utf-8")
    (tmp_path / "ok.txt").write_text("x", encoding="utf-8")
    real_open, real_scandir = builtins.open, os.scandir

    # what a normal user meets on a file and a folder with mode 000 (the tests run as root, which may read both)
    def denying(real, name):
        def call(path=".", *a, **k):
            if str(path).endswith(name):
                raise PermissionError(13, "Permission denied", str(path))
            return real(path, *a, **k)
        return call

    monkeypatch.setattr(raw_files, "open", denying(real_open, "secret.txt"), raising=False)
    monkeypatch.setattr(os, "scandir", denying(real_scandir, "locked"))
    assert [(f.rel, f.problem) for f in list_raw_files(tmp_path)] == [
        ("locked/", "folder cannot be read: permission denied; its files were not seen"),
        ("ok.txt", None),
        ("secret.txt", "cannot be read: permission denied"),
    ]


def test_the_name_that_reads_speaks_for_bytes_copied_under_another(tmp_path: Path):
    from pipelines.ingest.documents import document_from_bytes
    from pipelines.landing import dedupe

    data = (REPO_ROOT / "raw" / "004_9e250925cb05a537.txt").read_bytes()
    # `cp good.txt 000_copy.pdf`: the copy sorts first and is not a PDF
    copy, good = document_from_bytes(data, "000_copy.pdf", ".pdf"), document_from_bytes(data, "good.txt", ".txt")
    assert copy.status == "quarantined" and good.status == "ok" and copy.document_id == good.document_id
    [(lead, paths, unreadable)] = dedupe([copy, good])
    assert (lead.path, lead.status, paths) == ("good.txt", "ok", ["good.txt", "000_copy.pdf"])
    assert unreadable == [{"path": "000_copy.pdf", "reason": f"{copy.reason} (the same bytes read as good.txt)"}]


def test_reading_on_several_cores_gives_the_same_records(monkeypatch, tmp_path):
    """The documents step spreads new files over worker processes; the records must not depend on it,
    and a cached file is not read again."""
    from dataclasses import asdict

    from pipelines.ingest import scan

    raw = tmp_path / "raw"
    shutil.copytree(REPO_ROOT / "raw", raw)
    (raw / "empty.txt").write_bytes(b"")
    one = scan.read_raw_folder(raw, workers=1)
    monkeypatch.setattr(scan, "PARALLEL_MIN_BYTES", 0)
    two = scan.read_raw_folder(raw, workers=2)
    assert [asdict(r) for r in two.records] == [asdict(r) for r in one.records]
    assert len(one.records) == 6 and one.records[0].measures

    keyed = scan.read_raw_folder(raw, {}, lambda sha, path, o: f"{sha}:{path}", workers=1)
    cache = {k: r for k, r in zip(keyed.keys, keyed.records)}
    again = scan.read_raw_folder(raw, cache, lambda sha, path, o: f"{sha}:{path}", workers=2)
    assert again.reused == 6 and [asdict(r) for r in again.records] == [asdict(r) for r in one.records]


def test_fingerprint_from_the_scan_hashes_equals_reading_the_files_again(tmp_path):
    """The documents step fingerprints raw/ from the hashes its scan took; it must be the same fingerprint
    `chitieu run` and the schedule compute by reading the files, or a run with nothing new would not skip."""
    from pipelines.fingerprint import input_fingerprint
    from pipelines.ingest import scan

    raw = tmp_path / "raw"
    shutil.copytree(REPO_ROOT / "raw", raw)
    (raw / "empty.txt").write_bytes(b"")
    result = scan.read_raw_folder(raw, {}, lambda sha, path, o: sha, workers=1)
    assert len(result.digests) == 6
    assert input_fingerprint(raw, result.digests) == input_fingerprint(raw)
