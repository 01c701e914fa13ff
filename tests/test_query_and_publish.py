"""Read-only querying and atomic publishing, on real DuckDB files."""

import json
from pathlib import Path

import duckdb
import pytest

from pipelines.publish import REQUIRED_TABLES, PublishError, publish
from pipelines.query import QueryError, run_query


def make_warehouse(path: Path, documents: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with duckdb.connect(str(path)) as con:
        for t in REQUIRED_TABLES:
            con.execute(f'create table "{t}" as select range as id from range({documents if t == "documents" else 1})')
    return path


def test_query_formats_and_refuses_writes(tmp_path: Path):
    db = make_warehouse(tmp_path / "chitieu.duckdb", 3)
    assert run_query(db, "select count(*) as n from documents", "csv") == "n\n3\n"
    assert json.loads(run_query(db, "select 2 as a, 'Hà Nội' as b", "json")) == [{"a": 2, "b": "Hà Nội"}]
    assert run_query(db, "select 1 as x", "table") == "x\n-\n1\n(1 row)\n"
    for sql in ("drop table documents", "insert into documents values (9)", "select 1; delete from documents",
                "copy documents to '/tmp/x.csv'", "attach '/tmp/other.duckdb'"):
        with pytest.raises(QueryError, match="refused"):
            run_query(db, sql)
    with pytest.raises(QueryError, match="cannot parse SQL"):
        run_query(db, "selec 1")
    with pytest.raises(QueryError, match="run `make run`"):
        run_query(tmp_path / "missing.duckdb", "select 1")
    assert run_query(db, "select count(*) from documents", "csv") == "count_star()\n3\n"
    # a document's title or quote that starts like a formula is text in a spreadsheet, and numbers stay numbers
    assert run_query(db, """select '=HYPERLINK("http://x")' as title, '+84 1' as a, '-5' as b, '@SUM(A1)' as c,
                                   -5 as n, 'Hà Nội' as d""", "csv") == \
        "title,a,b,c,n,d\n\"'=HYPERLINK(\"\"http://x\"\")\",'+84 1,'-5,'@SUM(A1),-5,Hà Nội\n"


def test_publish_replaces_atomically_and_open_readers_keep_their_snapshot(tmp_path: Path):
    published = tmp_path / "wh" / "chitieu.duckdb"
    publish(make_warehouse(tmp_path / "b1" / "chitieu.duckdb", 3), published)
    reader = duckdb.connect(str(published), read_only=True)
    counts = publish(make_warehouse(tmp_path / "b2" / "chitieu.duckdb", 7), published)
    assert counts["documents"] == 7
    # The analyst who had the old file open still reads it, without error; a new connection sees the new one.
    assert reader.execute("select count(*) from documents").fetchone()[0] == 3
    reader.close()
    assert run_query(published, "select count(*) as n from documents", "csv") == "n\n7\n"
    assert not list(published.parent.glob(".*incoming"))


def test_publish_refuses_incomplete_build_and_keeps_previous(tmp_path: Path):
    published = tmp_path / "wh" / "chitieu.duckdb"
    publish(make_warehouse(tmp_path / "b1" / "chitieu.duckdb", 3), published)
    bad = tmp_path / "b2" / "chitieu.duckdb"
    bad.parent.mkdir()
    with duckdb.connect(str(bad)) as con:
        con.execute("create table documents as select 1 as id")
    with pytest.raises(PublishError, match="lacks tables measures"):
        publish(bad, published)
    assert run_query(published, "select count(*) as n from documents", "csv") == "n\n3\n"
    assert not list(published.parent.glob(".*incoming"))
