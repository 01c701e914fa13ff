"""Text out of HTML pages, PDFs and Word files. Each reader takes bytes and returns text, or raises
Unreadable with a sentence a person can act on. Heavy libraries are imported inside the readers."""

from __future__ import annotations

import io
import re
import zipfile
from html import unescape
from html.parser import HTMLParser
from xml.etree import ElementTree


class Unreadable(Exception):
    """A file we cannot turn into text; the message is the reason shown to the user."""


# ---------------------------------------------------------------- HTML: the article, not the page
_SKIP_TAGS = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button",
              "select", "option", "template", "figure", "figcaption", "menu", "label", "input", "textarea"}
_SKIP_HINT = re.compile(r"(?:^|[\s_-])(?:comment|comments|binh-luan|menu|nav|navbar|sidebar|footer|header|related|"
                        r"tin-lien-quan|share|social|breadcrumb|banner|ads?|advert|quang-cao|widget|popup|login|"
                        r"tags?|most-read|doc-nhieu|hotline)(?:$|[\s_-])", re.I)
_BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table",
          "blockquote", "ul", "ol", "dd", "dt", "main", "td", "th"}
_VOID = {"br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed", "param", "source", "track", "wbr"}


class _Article(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, skipping)
        self.parts: list[tuple[int, str]] = []  # (main depth or -1, text)
        self.main_depth = 0
        self.title = ""
        self._in_title = False

    def _skipping(self) -> bool:
        return bool(self.stack) and self.stack[-1][1]

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self._in_title = True
        if tag in _VOID:
            if tag == "br":
                self.parts.append((self.main_depth, "\n"))
            return
        a = dict(attrs)
        hint = f"{a.get('class') or ''} {a.get('id') or ''} {a.get('role') or ''}"
        skip = self._skipping() or tag in _SKIP_TAGS or bool(_SKIP_HINT.search(hint))
        self.stack.append((tag, skip))
        if tag in ("article", "main") and not skip:
            self.main_depth += 1
        if tag in _BLOCK:
            self.parts.append((self.main_depth, "\n"))

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if tag in _VOID:
            return
        # tolerate unclosed tags: pop to the matching one
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                for t, skip in self.stack[i:]:
                    if t in ("article", "main") and not skip:
                        self.main_depth -= 1
                del self.stack[i:]
                break
        if tag in _BLOCK:
            self.parts.append((self.main_depth, "\n"))

    def handle_data(self, data):
        if self._in_title:
            self.title += data
            return
        if not self._skipping():
            self.parts.append((self.main_depth, data))


def read_html(data: bytes, charset_hint: str | None = None) -> tuple[str, str]:
    raw, enc = _html_bytes_to_str(data, charset_hint)
    parser = _Article()
    parser.feed(raw)
    parser.close()
    inside = [t for d, t in parser.parts if d > 0]
    body = "".join(inside) if "".join(inside).strip() else "".join(t for _, t in parser.parts)
    lines = [re.sub(r"[ \t\u00a0]+", " ", l).strip() for l in unescape(body).split("\n")]
    text = "\n\n".join(l for l in lines if l)
    title = re.sub(r"\s+", " ", parser.title).strip()
    if title and not text.startswith(title[:30]):
        text = f"{title}\n\n{text}"
    return text, enc


def _html_bytes_to_str(data: bytes, hint: str | None) -> tuple[str, str]:
    m = re.search(rb"""<meta[^>]+charset=["']?([\w-]+)""", data[:4096], re.I)
    for enc in [e for e in ("utf-8", m.group(1).decode("ascii", "ignore").lower() if m else None, hint) if e]:
        try:
            return data.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("utf-8", errors="replace"), "utf-8 (with replacements)"


# ---------------------------------------------------------------- PDF: the text layer
def read_pdf(data: bytes) -> str:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError as e:  # pragma: no cover - pypdf is a dependency
        raise Unreadable(f"PDF support is not installed ({e})") from None
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:
                ok = 0
            if not ok:
                raise Unreadable("encrypted PDF: it needs a password; save an unprotected copy into raw/")
        pages = [p.extract_text() or "" for p in reader.pages]
    except Unreadable:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as e:
        raise Unreadable(f"damaged or truncated PDF ({type(e).__name__}: {str(e)[:120]}); download it again") from None
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text.strip():
        raise Unreadable(f"PDF without a text layer ({len(pages)} pages, probably scanned): OCR it first")
    return text


# ---------------------------------------------------------------- DOCX: paragraphs and tables in order
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(data: bytes) -> str:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise Unreadable("not a Word .docx file (not a ZIP archive); a .doc from old Word must be saved as .docx") from None
    if "word/document.xml" not in zf.namelist():
        names = ", ".join(zf.namelist()[:5])
        raise Unreadable(f"a ZIP archive but not a Word document (no word/document.xml; it holds {names})")
    try:
        root = ElementTree.fromstring(zf.read("word/document.xml"))
    except (ElementTree.ParseError, zipfile.BadZipFile, OSError) as e:
        raise Unreadable(f"damaged Word document ({e})") from None
    paragraphs = []
    for p in root.iter(f"{_W}p"):
        chunks = []
        for node in p.iter():
            if node.tag == f"{_W}t" and node.text:
                chunks.append(node.text)
            elif node.tag == f"{_W}tab":
                chunks.append("\t")
            elif node.tag in (f"{_W}br", f"{_W}cr"):
                chunks.append("\n")
        line = "".join(chunks).strip()
        if line:
            paragraphs.append(line)
    if not paragraphs:
        raise Unreadable("the Word document has no text")
    return "\n\n".join(paragraphs)
