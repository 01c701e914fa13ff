"""The text layer of a PDF (pypdf, pure Python, imported only when a PDF is read).

A PDF that cannot give its text is quarantined with what to do about it: scanned (pages of images, no
text: OCR it), encrypted (needs a password), truncated or damaged (download it again), or not a PDF at all
(an HTML error page saved with a .pdf name is common).
"""

from __future__ import annotations

import io
import logging
import re
import warnings

from pipelines.ingest.budget import Budget, OutOfBudget, too_big
from pipelines.ingest.charset import Text, Unreadable


def _start(data: bytes) -> str:
    head = data[:60].decode("latin-1")
    return re.sub(r"[^\x20-\x7e]+", " ", head).strip()[:40]


def _page_has_image(page) -> bool:
    try:
        seen = 0
        stack = [page.get("/Resources")]
        while stack and seen < 50:
            res = stack.pop()
            seen += 1
            res = res.get_object() if res is not None else None
            if not res or "/XObject" not in res:
                continue
            for obj in res["/XObject"].get_object().values():
                obj = obj.get_object()
                sub = obj.get("/Subtype")
                if sub == "/Image":
                    return True
                if sub == "/Form":
                    stack.append(obj.get("/Resources"))
    except Exception:
        return False
    return False


def _n(k: int, what: str) -> str:
    return f"{k} {what}" if k == 1 else f"{k} {what}s"


def read_pdf(data: bytes) -> Text:
    if b"%PDF-" not in data[:1024]:
        hint = " (a web page saved with a .pdf name?)" if re.match(rb"\s*<", data[:200]) else ""
        raise Unreadable(f"not a PDF: the file starts with {_start(data)!r}{hint}; download the PDF again")
    if b"%%EOF" not in data[-2048:]:
        raise Unreadable("truncated PDF: the end-of-file marker is missing (an interrupted download?); "
                         "download it again")
    try:
        from pypdf import PdfReader
    except ImportError as e:  # pragma: no cover - pypdf is a dependency
        raise Unreadable(f"PDF support is not installed ({e}); run pip install -e .") from None
    log = logging.getLogger("pypdf")
    level = log.level
    log.setLevel(logging.ERROR)  # damaged files make pypdf log warnings: the reason says it once
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                try:
                    ok = reader.decrypt("")  # many PDFs are encrypted only to restrict printing/copying
                except Exception:
                    ok = 0
                if not ok:
                    raise Unreadable("encrypted PDF: it needs a password to open; save an unprotected copy "
                                     "(or print it to PDF) into raw/")
            pages = reader.pages
            # page by page against the text budget: pypdf caps each stream it unpacks (75 MB), not their sum
            cap, texts, total = Budget.from_env().text_bytes, [], 0
            for p in pages:
                texts.append(p.extract_text() or "")
                total += len(texts[-1])
                if total > cap:
                    raise OutOfBudget(too_big(f"its text layer (by page {len(texts)} of {len(pages)})", total, cap,
                                              "CHITIEU_MAX_TEXT_MB"))
            if not "".join(texts).strip():
                images = sum(1 for p in pages if _page_has_image(p))
                if images:
                    raise Unreadable(f"scanned PDF without a text layer ({_n(len(texts), 'page')}, {images} with "
                                     "images, none with text): OCR it first (e.g. ocrmypdf -l vie)")
                raise Unreadable(f"PDF without a text layer and without images ({_n(len(texts), 'blank page')}); "
                                 "check that this is the right file")
    except Unreadable:
        raise
    except Exception as e:  # pypdf raises many kinds on broken files; none may escape
        raise Unreadable(f"damaged PDF ({type(e).__name__}: {str(e)[:120]}); download it again") from None
    finally:
        log.setLevel(level)
    text = "\n\n".join(t.strip() for t in texts if t.strip())
    empty = sum(1 for t in texts if not t.strip())
    detail = f"text layer of {_n(len(texts), 'page')}"
    if empty:
        detail += f"; {_n(empty, 'page')} without text (scanned pages inside a text PDF are not read)"
    return Text(text, "pdf text layer", detail)
