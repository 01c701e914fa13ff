"""A page saved with its address ("url: …" header, "---"): the header is split off, the address's host names the
site's province and its path the month it was filed under. Real labelled pages of tests/corpus."""

import csv
from pathlib import Path

import pytest

from pipelines.extract import _reader
from pipelines.extract.structure import url_date
from pipelines.ingest.decode import decode_bytes, split_header
from pipelines.ingest.documents import document_from_bytes
from pipelines.ingest.raw_files import parse_manifest

CORPUS = Path(__file__).resolve().parent / "corpus"


def page(corpus: str, name: str) -> tuple[bytes, str]:
    with (CORPUS / corpus / "manifest.csv").open(encoding="utf-8") as f:
        url = next(r["url"] for r in csv.DictReader(f) if r["file"] == name)
    return (CORPUS / corpus / name).read_bytes(), url


def facts(data: bytes, name: str):
    rec = document_from_bytes(data, name, ".txt")
    f = rec.facts
    return (f.org, f.org_level, f.province, f.period, f.published, f.url), rec


def test_the_header_is_split_off_and_offsets_count_from_the_page():
    body, url = page("holdout17", "r2_01.txt")
    saved_as = f"url: {url}\ntitle: Trao 370 triệu đồng\n---\n".encode() + body
    d = decode_bytes(saved_as, ".txt")
    assert d.header == {"url": url, "title": "Trao 370 triệu đồng"}
    assert d.text == decode_bytes(body, ".txt").text
    _, plain = facts(body, "r2_01.txt")
    _, saved = facts(saved_as, "r2_01.txt")
    assert [(m.value, m.start, m.end) for m in saved.measures] == [(m.value, m.start, m.end) for m in plain.measures]
    assert all(saved.text[m.start:m.end] == m.number_text for m in saved.measures)
    assert saved.facts.title == "Trao 370 triệu đồng"


@pytest.mark.parametrize("text", [
    "url: https://example.vn/a\nChỉ tiêu 5: 270.000 cây xanh\n",  # no closing "---": all of it is the page
    "Nguồn: url: https://example.vn/a\n---\n270.000 cây xanh\n",  # not at the top
    "url:\n---\n270.000 cây xanh\n",  # no address
])
def test_text_that_only_looks_like_a_header_is_kept_whole(text):
    assert split_header(text) == ({}, text)


@pytest.mark.parametrize("line, published", [
    ("date: 2018-10-05T08:30:00+07:00", "2018-10-05"),  # a crawler's stamp
    ("published: 05/10/2018", "2018-10-05"),
    ("date: Thứ Sáu, 05/10/2018", None),  # not a date we read: the page's own dateline (none here) decides
])
def test_a_headers_date_is_the_publication_date(line, published):
    body, url = page("holdout17", "r2_01.txt")
    got, _ = facts(f"url: https://example.vn/a\n{line}\n---\n".encode() + body, "r2_01.txt")
    assert got[4] == published


def test_a_header_with_nothing_after_it_is_quarantined():
    d = decode_bytes(b"url: https://baothainguyen.vn/a-1510a2e\n---\n\n", ".txt")
    assert (d.status, d.reason, d.header) == ("quarantined", "no text after its header",
                                              {"url": "https://baothainguyen.vn/a-1510a2e"})


def test_the_address_gives_the_month_and_the_province_the_text_does_not():
    body, url = page("holdout17", "r2_01.txt")  # "Tỉnh đoàn" named, the year never
    assert facts(body, "r2_01.txt")[0] == (
        "Tỉnh đoàn Bà Rịa - Vũng Tàu", "province", "Bà Rịa - Vũng Tàu", None, None, None)
    got, rec = facts(f"url: {url}\n---\n".encode() + body, "r2_01.txt")
    assert got == ("Tỉnh đoàn Bà Rịa - Vũng Tàu", "province", "Bà Rịa - Vũng Tàu", "2018", "2018-10", url)
    assert {m.period for m in rec.measures} == {"2018"}


@pytest.mark.parametrize("name, period", [
    ("u8_05.txt", "2016"),  # "…-chien-dich-he-tinh-nguyen-nam-2016.aspx": the lost headline's year
    ("u8_07.txt", "2024"),  # a thanhnien.vn article filed on 2024-06-20
])
def test_the_address_dates_a_page_whose_text_names_no_year(name, period):
    body, url = page("holdout178", name)
    _facts, rec = facts(body, name)
    assert {m.period for m in rec.measures} == {None}
    _facts, rec = facts(f"url: {url}\n---\n".encode() + body, name)
    assert {m.period for m in rec.measures} == {period}


@pytest.mark.parametrize("corpus, name, org, province", [
    ("holdout26", "x8_04.txt", "Huyện đoàn Tân Biên", "Tây Ninh"),  # "toàn huyện"; tanbien.tayninh.gov.vn
    ("holdout21", "x3_02.txt", "Huyện đoàn Giồng Riềng", "Kiên Giang"),  # a bare "Huyện đoàn"; tuoitregiongrieng.com
    ("holdout26", "x8_10.txt", "Huyện đoàn Trà Cú", "Trà Vinh"),  # tracu.tinhdoantravinh.vn
])
def test_a_district_page_on_a_site_named_for_it_is_that_districts(corpus, name, org, province):
    body, url = page(corpus, name)
    assert facts(body, name)[0][:3] == ("Huyện đoàn", "district", None)
    assert facts(f"url: {url}\n---\n".encode() + body, name)[0][:3] == (org, "district", province)


def test_a_manifest_url_is_read_like_a_header(tmp_path):
    body, url = page("holdout71", "t3_14.txt")
    (tmp_path / "manifest.csv").write_text(f"file,url\nt3_14.txt,{url}\n", encoding="utf-8")
    overrides = parse_manifest(tmp_path / "manifest.csv")["t3_14.txt"]
    f = document_from_bytes(body, "t3_14.txt", ".txt", overrides).facts
    assert (f.org, f.province, f.period, f.published, f.url) == (
        "Huyện đoàn Đại Từ", "Thái Nguyên", "2024", "2024-03", url)


@pytest.mark.parametrize("url, province", [
    ("https://tinhdoanthainguyen.vn/tin-tuc/a", "Thái Nguyên"),
    ("https://baobariavungtau.com.vn/chinh-tri/202212/x", "Bà Rịa - Vũng Tàu"),
    ("https://tanbien.tayninh.gov.vn/vi/news/x", "Tây Ninh"),
    ("http://thanhdoan.hanoi.gov.vn", "Hà Nội"),
    ("https://tienphong.vn/10-su-kien-post1811271.tpo", None),  # a national paper
    ("https://baothainguyen.vn/hagiang-quangnam", "Thái Nguyên"),  # the host speaks, not the path
    ("", None),
])
def test_site_province(url, province):
    assert _reader().site_province(url) == province


@pytest.mark.parametrize("url, district", [
    ("http://tuoitregiongrieng.com/15850", ("Huyện đoàn Giồng Riềng", "Kiên Giang")),
    ("https://huyendoannhabe.com.vn/", ("Huyện đoàn Nhà Bè", "Hồ Chí Minh")),
    ("https://chauthanh.tinhdoantravinh.vn/", ("Huyện đoàn Châu Thành", "Trà Vinh")),  # one of many Châu Thành
    ("https://doancamxuyenhatinh.com.vn/", ("Huyện đoàn Cẩm Xuyên", "Hà Tĩnh")),
    ("https://dailocrt.vn/", ("Huyện đoàn Đại Lộc", "Quảng Nam")),
    ("https://tinhdoan.caobang.gov.vn/", None),  # the province, not its city
    ("https://caobangtv.vn/", None),
    ("https://giaoducthoidai.vn/", None),  # "ductho" inside other words
    ("https://baotainguyenmoitruong.vn/", None),
    ("https://doanphuongbinhchuan.com/", None),
    ("https://tienphong.vn/", None),
])
def test_site_district(url, district):
    m = _reader().site_district(url)
    assert ((m.name, m.province) if m else None) == district


@pytest.mark.parametrize("url, date", [
    ("https://baobariavungtau.com.vn/xa-hoi/201810/trao-370-trieu-dong-818961/index.htm", (2018, 10, None)),
    ("https://example.vn/2022/12/30/tong-ket", (2022, 12, 30)),
    ("https://example.vn/tin-tuc-20230410093000.htm", (2023, 4, 10)),
    ("https://example.vn/2023-04-10/tin", (2023, 4, 10)),
    ("https://tienphong.vn/10-su-kien-post1811271.tpo", None),
    ("https://example.vn/ke-hoach-2022-2027-123.html", None),  # a term in the slug is no date
    # thanhnien.vn's article number is the second it was filed
    ("https://thanhnien.vn/anh-bui-quang-huy-chuyen-doi-so-chi-co-nguoi-tre-moi-tien-phong-duoc-185240620170730261.htm",
     (2024, 6, 20)),
])
def test_url_date(url, date):
    assert url_date(url) == date
