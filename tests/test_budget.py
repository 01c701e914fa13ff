"""No single file can stall or sink a run: past its size or time it is quarantined with the setting to raise."""

import io
import zipfile
from pathlib import Path

import pytest

from pipelines.ingest.documents import read_document
from pipelines.settings import REPO_ROOT

SEED = REPO_ROOT / "raw" / "000_bc00c4019bed53ab.txt"


def test_a_file_over_its_size_is_not_read(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("CHITIEU_MAX_FILE_MB", "0.005")  # 5 KB; the seed is 8 KB
    r = read_document(SEED, "000.txt")
    assert (r.status, r.over_budget, r.measures) == ("quarantined", True, [])
    assert r.reason == ("the file is 8 KB, above the 5 KB one document may have (CHITIEU_MAX_FILE_MB): split it, "
                        "or raise CHITIEU_MAX_FILE_MB")


def test_a_text_over_its_size_is_quarantined(monkeypatch):
    monkeypatch.setenv("CHITIEU_MAX_TEXT_MB", "0.005")
    r = read_document(SEED, "000.txt")
    assert (r.status, r.over_budget, r.text) == ("quarantined", True, None)
    assert r.reason == ("its text is 8 KB, above the 5 KB one document may have (CHITIEU_MAX_TEXT_MB): split it, "
                        "or raise CHITIEU_MAX_TEXT_MB")


def test_a_word_file_that_unpacks_past_its_budget_is_stopped_while_unpacking(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("CHITIEU_MAX_TEXT_MB", "0.1")  # 0.5 MB of XML
    body = "<w:p><w:r><w:t>Trồng 1.000 cây xanh</w:t></w:r></w:p>" * 20_000  # 1.1 MB, 9 KB zipped
    xml = ('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f"<w:body>{body}</w:body></w:document>").encode()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", xml)
    (tmp_path / "bomb.docx").write_bytes(buf.getvalue())
    r = read_document(tmp_path / "bomb.docx", "bomb.docx")
    assert (r.status, r.over_budget) == ("quarantined", True)
    assert r.reason == ("its text part (word/document.xml) unpacked is 1.1 MB, above the 0.5 MB one document may have "
                        "(CHITIEU_MAX_TEXT_MB): split it, or raise CHITIEU_MAX_TEXT_MB")


def test_a_file_past_its_time_is_quarantined_and_the_next_one_is_read(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("CHITIEU_FILE_SECONDS", "0.2")
    dense = "\n".join(f"- Năm 2024 trồng {1000 + i} cây xanh tại điểm {i};" for i in range(20_000))
    (tmp_path / "dense.txt").write_text(dense, encoding="utf-8")
    r = read_document(tmp_path / "dense.txt", "dense.txt")
    assert (r.status, r.over_budget, r.measures) == ("quarantined", True, [])
    assert r.reason == ("extraction timed out after 0.2 s (CHITIEU_FILE_SECONDS): the file is too large or too dense "
                        "to read in time; split it, or raise CHITIEU_FILE_SECONDS")
    monkeypatch.setenv("CHITIEU_FILE_SECONDS", "120")
    ok = read_document(SEED, "000.txt")
    assert (ok.status, ok.over_budget, len(ok.measures)) == ("ok", False, 36)


def test_a_time_out_the_block_swallows_still_ends_it():
    # Python drops an exception raised in a weakref callback during garbage collection; a block that swallows the
    # first time-out is interrupted by the next, and one that swallows them all still raises when it ends
    import time

    from pipelines.ingest.budget import OutOfBudget, time_budget

    caught, start = 0, time.monotonic()
    with pytest.raises(OutOfBudget, match="extraction timed out after 0.05 s"):
        with time_budget(0.05):
            try:
                while time.monotonic() - start < 0.3:
                    pass
            except OutOfBudget:
                caught += 1
            while time.monotonic() - start < 5:
                pass
    assert caught == 1 and time.monotonic() - start < 1
    swallowed, start = 0, time.monotonic()
    with pytest.raises(OutOfBudget):
        with time_budget(0.05):
            while time.monotonic() - start < 0.3:
                try:
                    time.sleep(0.01)
                except OutOfBudget:
                    swallowed += 1
    assert swallowed >= 2
