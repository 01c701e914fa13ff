"""Files no night should choke on (issue 14), written beside a copy of a corpus for `make bench`:
  - a 200 MB text file (a scanned archive's OCR dump, a log pasted into raw/);
  - a 2.2 MB text with 40,000 different figures for one organisation and year (a spreadsheet saved as text);
  - a Word file whose text part unpacks to ~80 MB from ~250 KB (near a ZIP bomb, under any sane upload cap).
Each must be extracted or quarantined with its reason, and the run must stay within 2x the plain run.
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

HOSTILE = ("hostile_200mb.txt", "hostile_40000_figures.txt", "hostile_bomb.docx")


def _dense(n: int = 40_000) -> str:
    lines = ["Huyện đoàn Mê Linh: kết quả công tác năm 2024",
             "Năm 2024, Huyện đoàn Mê Linh đã thực hiện các phần việc sau:"]
    lines += [f"- Trồng {1_000 + i:,} cây xanh tại điểm {i + 1};".replace(",", ".") for i in range(n)]
    return "\n".join(lines) + "\n"


def _bomb_docx(paragraphs: int = 1_500_000) -> bytes:
    body = "<w:p><w:r><w:t>Trồng 1.000 cây xanh</w:t></w:r></w:p>" * paragraphs
    xml = ('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
           f'wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>').encode()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        z.writestr("word/document.xml", xml)
    return buf.getvalue()


def write_hostile_raw(corpus_raw: Path, out_raw: Path) -> None:
    """out_raw = corpus_raw (hard links, so it costs no space) + the hostile files."""
    for src in corpus_raw.rglob("*"):
        dst = out_raw / src.relative_to(corpus_raw)
        if src.is_dir():
            dst.mkdir(parents=True, exist_ok=True)
        elif not dst.exists():
            dst.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(src, dst)
            except OSError:
                dst.write_bytes(src.read_bytes())
    line = ("Năm 2024, Tỉnh đoàn đã tổ chức nhiều hoạt động; nhật ký hệ thống ghi lại từng thao tác của người dùng "
            "trong quá trình vận hành phần mềm quản lý đoàn viên.\n").encode()
    with open(out_raw / HOSTILE[0], "wb") as f:
        chunk = line * (1024 * 1024 // len(line) + 1)
        for _ in range(200):
            f.write(chunk[: 1024 * 1024])
    (out_raw / HOSTILE[1]).write_text(_dense(), encoding="utf-8")
    (out_raw / HOSTILE[2]).write_bytes(_bomb_docx())
