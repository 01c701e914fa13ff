"""Every kind of bad input in one raw/ folder: each bad file is a document with a status and a reason (and
in the run summary), nothing else stops, and the good documents are read."""

import os
import shutil

import duckdb
import pytest

from pipelines.run import run_pipeline
from pipelines.settings import REPO_ROOT, Settings

FIX = REPO_ROOT / "tests" / "fixtures" / "formats"


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("bad")
    raw = base / "raw"
    raw.mkdir()
    shutil.copy(REPO_ROOT / "raw" / "000_bc00c4019bed53ab.txt", raw / "ha_noi_2024.txt")
    shutil.copy(REPO_ROOT / "raw" / "000_bc00c4019bed53ab.txt", raw / "ha_noi_2024 (bản sao).txt")  # same bytes
    shutil.copy(REPO_ROOT / "raw" / "003_48540b61bb82c50a.txt", raw / "Chương trình công tác năm 2024 Sóc Trăng.txt")
    (raw / "empty.txt").write_bytes(b"")
    shutil.copy(FIX / "binary_named.txt", raw / "junk.txt")
    shutil.copy(FIX / "truncated.pdf", raw / "truncated.pdf")
    shutil.copy(FIX / "encrypted.pdf", raw / "encrypted.pdf")
    shutil.copy(FIX / "photos_named.docx", raw / "photos.docx")
    shutil.copy(FIX / "article.html", raw / "article.html")
    shutil.copy(FIX / "vni.txt", raw / "vni.txt")
    (base / "secret.txt").write_text("Trồng 1.000 cây xanh", encoding="utf-8")
    os.symlink(base / "secret.txt", raw / "outside.txt")
    (raw / "manifest.csv").write_text("file,province\nmissing.txt,Hà Nội\n", encoding="utf-8")
    summary = run_pipeline(Settings.from_env(raw=raw, warehouse=base / "wh"))
    assert summary.ok, summary.render()
    con = duckdb.connect(str(summary.settings.published_db), read_only=True)
    yield summary, con
    con.close()


def test_each_bad_file_is_a_document_with_its_reason(bad_run):
    _, con = bad_run
    rows = dict(con.execute("select path, coalesce(reason, status) from documents order by path").fetchall())
    assert rows["empty.txt"] == "empty file: nothing to read"
    assert "binary" in rows["junk.txt"]
    assert rows["truncated.pdf"].startswith(("damaged or truncated PDF", "truncated PDF", "damaged PDF"))
    assert rows["encrypted.pdf"].startswith("encrypted PDF")
    assert "not a Word document" in rows["photos.docx"]
    assert rows["outside.txt"].endswith("points outside raw/: not followed")
    for good in ("article.html", "vni.txt", "Chương trình công tác năm 2024 Sóc Trăng.txt"):
        assert rows[good] == "ok", good
    assert "secret" not in "".join(t or "" for (t,) in con.execute("select text from documents").fetchall())


def test_same_bytes_under_two_names_is_one_document(bad_run):
    _, con = bad_run
    assert con.execute("select paths from documents where path like 'ha_noi_2024%'").fetchall() == [
        (["ha_noi_2024 (bản sao).txt", "ha_noi_2024.txt"],)]


def test_summary_lists_quarantined_files_and_manifest_warnings(bad_run):
    summary, con = bad_run
    quarantined = {q["path"] for q in summary.stats["documents_quarantined"]}
    assert quarantined == {"empty.txt", "junk.txt", "truncated.pdf", "encrypted.pdf", "photos.docx", "outside.txt"}
    assert summary.stats["warnings"] == ["manifest.csv names 'missing.txt', which is not in raw/"]
    text = summary.render()
    assert "quarantined      empty.txt: empty file: nothing to read" in text
    assert "warning          manifest.csv names 'missing.txt', which is not in raw/" in text
    # the good documents were read and compared all the same
    assert con.execute("select count(*) from measures").fetchone()[0] > 50
