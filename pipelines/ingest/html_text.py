"""The article of an HTML page: its main text without navigation, menus, scripts, styles, comments, forms,
sidebars or footers. Standard library only (html.parser), so the CLI starts fast and nothing is installed.

How the article is found: boilerplate elements are dropped (by tag, and by class/id/role hints such as
"menu", "sidebar", "footer", "comment", "related"); then the element marked as the article (<article>,
<main>, itemprop=articleBody, or a class such as "detail-content") is used if it holds enough text,
otherwise the element with the most paragraph text (each <p> gives its length to its parent and half of
it to the grandparent, as readability does). Block elements become separate paragraphs; table rows become
one line with cells separated by tabs; entities are decoded once by the parser.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from pipelines.ingest.charset import Text, Unreadable, decode_text_bytes
from pipelines.ingest.legacy_vietnamese import LEGACY_NAMES, repair_legacy_in_unicode

_DROP_TAGS = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button",
              "select", "option", "template", "menu", "label", "input", "textarea", "object", "embed", "canvas",
              "video", "audio", "map", "dialog", "head", "figcaption"}
_DROP_HINT = re.compile(
    r"(?:^|[\s_-])(?:comments?|binh-?luan|menu|nav|navbar|navigation|sidebar|side-bar|footer|header|related|"
    r"tin-?lien-?quan|lien-?quan|share|social|breadcrumbs?|banner|ads?|advert\w*|quang-?cao|widget|popup|modal|"
    r"login|tags?|most-?read|doc-?nhieu|xem-?nhieu|hotline|subscribe|newsletter|cookie\w*|pagination|paging|"
    r"print|toolbar|rating|author-box|copyright)(?:$|[\s_-])", re.I)
_ARTICLE_HINT = re.compile(
    r"(?:^|[\s_-])(?:article-?body|article-?content|articlebody|detail-?content|content-?detail|news-?content|"
    r"entry-?content|post-?content|post-?body|story-?body|fck_detail|noi-?dung|noidung|chi-?tiet|main-?content)"
    r"(?:$|[\s_-])", re.I)
_BLOCK = {"p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table", "blockquote",
          "ul", "ol", "dl", "dd", "dt", "main", "pre", "figure", "figcaption", "address", "center", "body", "html",
          "tbody", "thead", "tfoot", "caption", "hr"}
_CELL = {"td", "th"}
_VOID = {"br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed", "param", "source", "track", "wbr"}
# Tags whose start closes an open <p>/<li>/<td> (HTML's implied end tags, the common cases).
_CLOSES = {"p": {"p"}, "li": {"li"}, "td": {"td", "th"}, "th": {"td", "th"}, "tr": {"tr", "td", "th"},
           "dt": {"dt", "dd"}, "dd": {"dt", "dd"}}


class _Node:
    __slots__ = ("tag", "attrs", "children", "parent")

    def __init__(self, tag: str, attrs: dict, parent: "_Node | None"):
        self.tag, self.attrs, self.children, self.parent = tag, attrs, [], parent


class _Tree(HTMLParser):
    """A light DOM: dropped elements are never built; comments and processing instructions are ignored."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root", {}, None)
        self.cur = self.root
        self.drop_stack: list[str] = []  # open tags of the dropped element being skipped
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self._in_title = True
            return
        if self.drop_stack:
            if tag not in _VOID:
                self.drop_stack.append(tag)
            return
        a = {k: (v or "") for k, v in attrs}
        hint = f"{a.get('class', '')} {a.get('id', '')} {a.get('role', '')}"
        if tag in _DROP_TAGS or _DROP_HINT.search(hint) or a.get("aria-hidden") == "true" or "hidden" in a \
                or re.search(r"display\s*:\s*none", a.get("style", ""), re.I):
            if tag not in _VOID:
                self.drop_stack.append(tag)
            return
        for closes in (_CLOSES.get(tag) or ()):
            if self.cur.tag == closes:
                self.cur = self.cur.parent
                break
        node = _Node(tag, a, self.cur)
        self.cur.children.append(node)
        if tag not in _VOID:
            self.cur = node

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
            return
        if self.drop_stack:
            if tag in self.drop_stack:
                while self.drop_stack.pop() != tag:
                    pass
            return
        node = self.cur
        while node is not self.root and node.tag != tag:
            node = node.parent
        if node is not self.root:  # an end tag without a start tag is ignored
            self.cur = node.parent

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        elif not self.drop_stack:
            self.cur.children.append(data)


def _text_len(node: _Node) -> int:
    n = 0
    stack = [node]
    while stack:
        x = stack.pop()
        for c in x.children:
            if isinstance(c, str):
                n += len(c.strip())
            else:
                stack.append(c)
    return n


def _link_len(node: _Node) -> int:
    n = 0
    stack = [node]
    while stack:
        x = stack.pop()
        for c in x.children:
            if isinstance(c, _Node):
                if c.tag == "a":
                    n += _text_len(c)
                else:
                    stack.append(c)
    return n


def _walk(node: _Node):
    stack = [node]
    while stack:
        x = stack.pop()
        yield x
        stack.extend(c for c in reversed(x.children) if isinstance(c, _Node))


def _main_node(root: _Node) -> _Node:
    nodes = list(_walk(root))
    marked = [n for n in nodes if n.tag in ("article", "main") or n.attrs.get("itemprop") == "articleBody"
              or _ARTICLE_HINT.search(f"{n.attrs.get('class', '')} {n.attrs.get('id', '')}")]
    if marked:
        best = max(marked, key=_text_len)
        if _text_len(best) >= 200 or _text_len(best) >= 0.3 * _text_len(root):
            return best
    # readability: paragraph text scores its parent fully and its grandparent by half
    scores: dict[int, float] = {}
    by_id: dict[int, _Node] = {}
    for n in nodes:
        if n.tag not in ("p", "pre", "td", "li", "blockquote") and not (n.tag == "div" and any(
                isinstance(c, str) and len(c.strip()) > 40 for c in n.children)):
            continue
        length = _text_len(n)
        if length < 25:
            continue
        score = 1 + length / 100 + n_commas(n)
        for parent, share in ((n.parent, 1.0), (n.parent.parent if n.parent else None, 0.5)):
            if parent is not None:
                by_id[id(parent)] = parent
                scores[id(parent)] = scores.get(id(parent), 0.0) + score * share
    if not scores:
        return root
    for k, node in by_id.items():
        total = _text_len(node) or 1
        scores[k] *= 1 - min(0.9, _link_len(node) / total)  # link lists are menus
    best = by_id[max(scores, key=scores.get)]
    return best


def n_commas(node: _Node) -> int:
    n = 0
    for c in node.children:
        if isinstance(c, str):
            n += c.count(",")
    return n


def _render(node: _Node) -> str:
    """Text of a node: blocks and <br> become line breaks, table cells tabs; whitespace folded."""
    out: list[str] = []

    def rec(x: _Node):
        for c in x.children:
            if isinstance(c, str):
                out.append(c)
                continue
            if c.tag == "br":
                out.append("\n")
                continue
            if c.tag in _CELL:
                out.append("\t")
                rec(c)
                out.append("\t")
                continue
            block = c.tag in _BLOCK
            if block:
                out.append("\n")
            rec(c)
            if block:
                out.append("\n")

    rec(node)
    lines = []
    for line in "".join(out).split("\n"):
        cells = [re.sub(r"[ \u00a0\u2009\u200b\r\f\v]+", " ", cell).strip() for cell in line.split("\t")]
        line = "\t".join(c for c in cells if c)
        if line:
            lines.append(line)
    return "\n\n".join(lines)


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_WESTERN = {"iso-8859-1", "latin-1", "latin1", "windows-1252", "cp1252", "us-ascii", "ascii", "iso8859-1"}


def _html_str(data: bytes) -> Text:
    m = _CHARSET.search(data[:8192])
    declared = m.group(1).decode("ascii", "ignore").lower() if m else None
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode_text_bytes(data)
    try:
        return Text(data.decode("utf-8"), "utf-8")  # valid UTF-8 wins over a wrong declaration
    except UnicodeDecodeError:
        pass
    if declared in _WESTERN:
        declared = "cp1252"  # as browsers do: pages labelled Latin-1 are read as Windows-1252
    if declared and declared not in ("utf-8", "utf8"):
        try:
            return Text(data.decode(declared, errors="replace"), declared, f"charset {declared} declared by the page")
        except LookupError:
            pass
    try:
        return decode_text_bytes(data)
    except Unreadable:
        text = data.decode("utf-8", errors="replace")
        return Text(text, "utf-8 (with replacements)",
                    f"{text.count(chr(0xFFFD))} bytes were not valid UTF-8 and were replaced by U+FFFD")


def read_html(data: bytes) -> Text:
    t = _html_str(data)
    tree = _Tree()
    tree.feed(t.text)
    tree.close()
    main = _main_node(tree.root)
    text = _render(main)
    # the headline, if the article does not start with it: a page <h1> that the <title> repeats (not the
    # site's logo), else the <title>
    title = re.sub(r"\s+", " ", tree.title).strip()
    h1s = [_render(n) for n in _walk(tree.root) if n.tag == "h1"]
    head = next((h for h in h1s if h and h in title), title)
    if head and head[:30] not in text[:len(head) + 300]:
        text = f"{head}\n\n{text}" if text else head
    if not text.strip():
        raise Unreadable("the HTML page has no text outside navigation, scripts and page furniture")
    encoding, detail = t.encoding, t.detail
    if t.encoding in _WESTERN or t.encoding == "utf-8":
        # Old Vietnamese sites declared Latin-1 and drew TCVN3/VNI text with .VnTime / VNI fonts.
        repaired = repair_legacy_in_unicode(text)
        if repaired:
            text, name = repaired
            encoding = f"{t.encoding} + {name} font text"
            detail = f"the page's text is {LEGACY_NAMES[name]} drawn with a legacy font; converted to Unicode"
    return Text(text, encoding, detail)
