"""The report's stylesheet and the document viewer (document.html): plain CSS and JavaScript, inlined in the
pages, so the report opens from file:// with no server and no network.

The viewer never builds HTML from document text: every piece of text goes into the page through
`textContent` / `createTextNode`, so a document containing `<script>` shows those characters as text.
"""

CSS = r"""
:root { --ink:#1f2328; --muted:#5f6670; --line:#d8dde3; --bg:#fafbfc; --accent:#0b5cab; }
* { box-sizing: border-box; }
body { margin:0; font: 14px/1.5 "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif; color:var(--ink); background:#fff; }
header.top { background:#0b3d6e; color:#fff; padding:18px 32px 14px; }
header.top h1 { margin:0 0 4px; font-size:26px; }
header.top .sub { color:#cfe0f3; font-size:13px; }
header.top a { color:#fff; }
nav.toc { position:sticky; top:0; z-index:5; background:#fff; border-bottom:1px solid var(--line); padding:8px 32px; font-size:13px; }
nav.toc a { margin-right:16px; color:var(--accent); text-decoration:none; }
main { padding:8px 32px 48px; max-width:1320px; }
section { margin:28px 0 8px; scroll-margin-top:44px; }
.ind, .flag { scroll-margin-top:44px; }
h2 { font-size:21px; border-bottom:2px solid #0b3d6e; padding-bottom:4px; margin:0 0 12px; }
h3 { font-size:16px; margin:22px 0 6px; }
h4 { font-size:13px; margin:12px 0 4px; color:var(--muted); font-weight:600; }
p.note, .note { color:var(--muted); font-size:12.5px; margin:4px 0 8px; }
code { font: 12px/1.3 "DejaVu Sans Mono", Menlo, Consolas, monospace; color:#444; background:#f1f3f5; padding:0 3px; border-radius:3px; }
a { color:var(--accent); }
.cards { display:flex; flex-wrap:wrap; gap:12px; margin:16px 0 4px; }
.card { border:1px solid rgba(255,255,255,.25); border-radius:8px; padding:8px 16px; min-width:150px; background:rgba(255,255,255,.1); color:#fff; }
.card b { display:block; font-size:24px; }
.card span { color:#cfe0f3; font-size:12.5px; }
.maps { display:flex; flex-wrap:wrap; gap:36px; align-items:flex-start; }
.legend { display:flex; flex-wrap:wrap; gap:6px 16px; font-size:12.5px; color:#333; margin:6px 0 10px; }
.legend .key i { display:inline-block; width:14px; height:12px; border-radius:2px; vertical-align:-1px; margin-right:5px; border:1px solid rgba(0,0,0,.12); }
.legend .key i.dot { width:9px; height:9px; border-radius:50%; background:#d7191c; border:0; }
.legend .key i.tline { width:3px; height:14px; background:#111; border:0; }
.legend .key i.pace { width:10px; height:10px; background:#111; transform:rotate(45deg); border:0; margin-right:7px; }
.legend .key i.res { width:14px; height:6px; background:#08519c; }
svg.chart { display:block; max-width:100%; height:auto; overflow:visible; }
svg.chart text { font-family: "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif; }
svg .axis { font-size:11px; fill:#666; }
svg .lbl { font-size:12px; fill:#222; }
svg .lbl .sub { fill:#777; font-size:11px; }
svg .val { font-size:12px; fill:#222; }
svg .cell { font-size:10px; }
svg .gap { font-size:11.5px; fill:#777; font-style:italic; }
svg .grid { stroke:#e6e8eb; stroke-width:1; }
svg .target { stroke:#111; stroke-width:2; }
svg .pace { fill:#111; }
svg a text.lbl:hover { fill:var(--accent); text-decoration:underline; }
.ind { border:1px solid var(--line); border-radius:8px; padding:4px 18px 12px; margin:14px 0; }
.ind h3 { margin-top:12px; }
.ind .meta { color:var(--muted); font-size:12.5px; }
.two { display:flex; flex-wrap:wrap; gap:8px 40px; }
table { border-collapse:collapse; font-size:13px; margin:6px 0 12px; }
th, td { text-align:left; padding:4px 8px; border-bottom:1px solid #eceff2; vertical-align:top; }
th { background:#f3f5f7; font-weight:600; white-space:nowrap; }
th small { font-weight:400; color:var(--muted); }
td.num, th.num { text-align:right; white-space:nowrap; font-variant-numeric: tabular-nums; }
tr:hover td { background:#fafcff; }
.sev { display:inline-block; padding:0 7px; border-radius:10px; font-size:11.5px; font-weight:600; color:#fff; white-space:nowrap; }
.sev.error { background:#c62828; } .sev.warn { background:#ef8f00; } .sev.info { background:#607d8b; }
.flag { border-left:4px solid #ef8f00; background:#fffaf2; padding:8px 12px; margin:10px 0; border-radius:0 6px 6px 0; }
.flag.error { border-left-color:#c62828; background:#fff6f6; }
.flag .head { font-size:13px; }
.flag .msg { color:#444; font-size:12.5px; margin:3px 0; }
.flag blockquote { margin:6px 0 2px; padding:4px 10px; background:#fff; border:1px solid #eee; border-radius:4px; font-size:13.5px; }
mark.q { background:#ffe08a; padding:0 1px; border-radius:2px; }
.up { color:#1c6aa8; } .down { color:#c62828; }
footer { color:var(--muted); font-size:12px; border-top:1px solid var(--line); padding:12px 32px; }
/* document viewer */
.doc-meta td:first-child { color:var(--muted); white-space:nowrap; }
.doctext { white-space:pre-wrap; word-wrap:break-word; font-size:14.5px; line-height:1.75; border:1px solid var(--line); border-radius:8px; padding:16px 20px; background:#fff; max-width:1000px; }
.doctext mark { border-radius:3px; padding:1px 1px; color:inherit; }
mark.k-target { background:#cfe3f7; box-shadow: inset 0 -2px 0 #3b82c4; }
mark.k-result { background:#d3f0d3; box-shadow: inset 0 -2px 0 #2e8b3e; }
mark.k-attainment { background:#ecdcf7; box-shadow: inset 0 -2px 0 #8a4fbf; }
mark.k-target_count { background:#ececec; box-shadow: inset 0 -2px 0 #888; }
mark.flagged { outline:2px solid #d7191c; outline-offset:1px; }
mark.flagged:not([class*="k-"]) { background:#ffe3e3; }
mark.focus { background:#ffd54f !important; outline:3px solid #d7191c; outline-offset:2px; }
span.mlabel { font-size:10.5px; line-height:1; padding:1px 5px; margin:0 3px 0 2px; border-radius:8px; vertical-align:2px; white-space:nowrap; color:#fff; font-family: "DejaVu Sans Condensed", "Segoe UI", Arial, sans-serif; }
span.mlabel.k-target { background:#3b82c4; } span.mlabel.k-result { background:#2e8b3e; }
span.mlabel.k-attainment { background:#8a4fbf; } span.mlabel.k-target_count { background:#777; }
span.mlabel.flagged { background:#d7191c; }
.doctext span.cut { color:#999; font-style:italic; }
.jump { cursor:pointer; color:var(--accent); text-decoration:underline; }
input.filter { font-size:14px; padding:6px 10px; width:420px; max-width:100%; border:1px solid #bbb; border-radius:6px; }
.error-box { background:#fff3f3; border:1px solid #e3a4a4; padding:10px 14px; border-radius:6px; }
"""

VIEWER_JS = r"""
(function () {
  'use strict';
  var KIND = {target: 'chỉ tiêu', result: 'kết quả', attainment: 'mức đạt', target_count: 'số chỉ tiêu'};
  var pending = {};
  var shardText = {};
  var catalog = null, byId = {};

  window.CHITIEU_CATALOG = function (b64) { pending.catalog = b64; };
  window.CHITIEU_SHARD = function (n, b64) { pending['s' + n] = b64; };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function fmtNum(v) {
    if (v === null || v === undefined || isNaN(v)) return '–';
    var neg = v < 0; v = Math.abs(v);
    var d = Number.isInteger(v) ? 0 : (v < 100 ? 2 : 1);
    var parts = v.toFixed(d).split('.');
    var w = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    var f = (parts[1] || '').replace(/0+$/, '');
    return (neg ? '-' : '') + w + (f ? ',' + f : '');
  }
  function fmtValue(v, vmax, unit) {
    var s = fmtNum(v) + (vmax !== null && vmax !== undefined ? '–' + fmtNum(vmax) : '');
    return unit ? s + ' ' + unit : s;
  }
  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = src;
      s.onload = resolve;
      s.onerror = function () { reject(new Error('không tải được ' + src)); };
      document.head.appendChild(s);
    });
  }
  async function gunzipB64(b64) {
    var bin = atob(b64), n = bin.length, u = new Uint8Array(n);
    for (var i = 0; i < n; i++) u[i] = bin.charCodeAt(i);
    var stream = new Blob([u]).stream().pipeThrough(new DecompressionStream('gzip'));
    return await new Response(stream).text();
  }
  async function getCatalog() {
    if (catalog) return catalog;
    await loadScript('docs/catalog.js');
    catalog = JSON.parse(await gunzipB64(pending.catalog));
    delete pending.catalog;
    catalog.docs.forEach(function (d) { byId[d[0]] = d; });
    return catalog;
  }
  async function getShard(n) {
    if (shardText[n]) return shardText[n];
    var key = 's' + n;
    if (!pending[key]) await loadScript('docs/shard_' + String(n).padStart(3, '0') + '.js');
    shardText[n] = JSON.parse(await gunzipB64(pending[key]));
    delete pending[key];
    return shardText[n];
  }

  // measures.start/end and dq_flags.start/end count code points (Python str offsets); JavaScript strings
  // count UTF-16 units. They differ only after a character outside the BMP (an emoji, say).
  function cpToUnit(text) {
    if (!/[\uD800-\uDFFF]/.test(text)) return function (i) { return i; };
    var map = [], u = 0;
    for (var ch of text) { map.push(u); u += ch.length; }
    map.push(u);
    return function (i) { return map[Math.max(0, Math.min(i, map.length - 1))]; };
  }

  function measureLabel(m) {
    // m = [start, end, kind, indicator, value, value_max, unit, qualifier, period, number_text]
    return (KIND[m[2]] || m[2]) + ' · ' + (m[3] || '?') + ' · ' + fmtValue(m[4], m[5], m[6]);
  }

  // Render `text` (a whole document, or one excerpt beginning at code point `base`) into `box`, highlighting
  // every measure and flag that lies inside it, each measure followed by its label.
  function renderInto(box, text, base, measures, flags, focus) {
    var conv = cpToUnit(text), L = text.length, spans = [];
    var endCp = base + Array.from(text).length;
    function inside(s, e) { return s !== null && e !== null && s >= base && e <= endCp; }
    function at(i) { return Math.max(0, Math.min(L, conv(i - base))); }
    measures.forEach(function (m, i) { if (inside(m[0], m[1])) spans.push({s: at(m[0]), e: at(m[1]), m: i}); });
    flags.forEach(function (f, i) { if (inside(f[0], f[1])) spans.push({s: at(f[0]), e: at(f[1]), f: i}); });
    if (focus && inside(focus[0], focus[1])) spans.push({s: at(focus[0]), e: at(focus[1]), focus: true});
    spans = spans.filter(function (x) { return x.e > x.s; });
    var cuts = {0: 1}; cuts[L] = 1;
    spans.forEach(function (x) { cuts[x.s] = 1; cuts[x.e] = 1; });
    var points = Object.keys(cuts).map(Number).sort(function (a, b) { return a - b; });
    var labelled = {};
    for (var p = 0; p + 1 < points.length; p++) {
      var a = points[p], b = points[p + 1];
      var cover = spans.filter(function (x) { return x.s <= a && x.e >= b; });
      var piece = text.slice(a, b);
      if (!cover.length) { box.appendChild(document.createTextNode(piece)); continue; }
      var cls = [], tips = [], markId = null;
      cover.forEach(function (x) {
        if (x.m !== undefined) {
          var m = measures[x.m];
          if (!cls.some(function (c) { return c.indexOf('k-') === 0; })) cls.push('k-' + m[2]);
          tips.push(measureLabel(m) + (m[7] && m[7] !== 'exact' ? ' (' + m[7] + ')' : '') + (m[8] ? ' · kỳ ' + m[8] : ''));
          if (x.s === a && markId === null) markId = 'm' + x.m;
        } else if (x.f !== undefined) {
          var f = flags[x.f];
          if (cls.indexOf('flagged') < 0) cls.push('flagged');
          tips.push('⚠ ' + f[3] + ' ' + f[4] + ' (' + f[2] + ', ' + f[6] + '): ' + f[5]);
        } else if (x.focus) { cls.push('focus'); }
      });
      var mark = el('mark', cls.join(' '), piece);
      if (markId !== null) mark.id = markId;
      mark.title = tips.join('\n');
      box.appendChild(mark);
      spans.forEach(function (x) {
        if (x.e !== b || x.m === undefined || labelled[x.m]) return;
        labelled[x.m] = 1;
        var m = measures[x.m];
        var flagged = spans.some(function (y) { return y.f !== undefined && y.s < x.e && y.e > x.s; });
        box.appendChild(el('span', 'mlabel k-' + m[2] + (flagged ? ' flagged' : ''), measureLabel(m)));
      });
    }
  }

  function renderDocument(entry, focus) {
    var box = el('div', 'doctext');
    var measures = entry[1], flags = entry[2];
    if (entry[0] !== null) { renderInto(box, entry[0], 0, measures, flags, focus); return box; }
    entry[3].forEach(function (piece, i) {
      if (i || piece[0] > 0) box.appendChild(el('span', 'cut', ' […] '));
      renderInto(box, piece[1], piece[0], measures, flags, focus);
    });
    box.appendChild(el('span', 'cut', ' […]'));
    return box;
  }

  function metaTable(rows) {
    var t = el('table', 'doc-meta');
    rows.forEach(function (r) {
      if (r[1] === null || r[1] === undefined || r[1] === '') return;
      var tr = el('tr'); tr.appendChild(el('td', null, r[0])); tr.appendChild(el('td', null, r[1])); t.appendChild(tr);
    });
    return t;
  }

  async function showDocument(id, focus) {
    var root = document.getElementById('app');
    var cat = await getCatalog();
    var d = byId[id];
    root.textContent = '';
    var back = el('p', 'note');
    var a1 = el('a', null, '← Danh mục văn bản'); a1.href = '#'; back.appendChild(a1);
    back.appendChild(document.createTextNode('  ·  '));
    var a2 = el('a', null, '← Báo cáo'); a2.href = 'index.html'; back.appendChild(a2);
    root.appendChild(back);
    if (!d) { root.appendChild(el('div', 'error-box', 'Không tìm thấy văn bản ' + id)); return; }
    // d = [id, path, title, org, province, province_new, period, doc_type, status, reason, n_measures, shard, n_flags]
    document.title = (d[2] || d[1]) + ' — Báo cáo chỉ tiêu';
    root.appendChild(el('h2', null, d[2] || d[1]));
    root.appendChild(metaTable([
      ['Tổ chức (org)', d[3]], ['Tỉnh (province)', d[4] ? d[4] + (d[5] && d[5] !== d[4] ? ' → ' + d[5] + ' (từ 7/2025)' : '') : null],
      ['Kỳ (period)', d[6]], ['Loại văn bản (doc_type)', (cat.doc_types[d[7]] || '') + ' (' + d[7] + ')'],
      ['Tệp (path)', d[1]], ['document_id', d[0]], ['Trạng thái (status)', d[8] + (d[9] ? ': ' + d[9] : '')]]));
    if (d[11] === null) { root.appendChild(el('div', 'error-box', 'Văn bản không đọc được, không có nội dung: ' + (d[9] || ''))); return; }
    var loading = el('p', 'note', 'Đang giải nén văn bản…'); root.appendChild(loading);
    var shard = await getShard(d[11]);
    var entry = shard[id];
    loading.remove();
    var measures = entry[1], flags = entry[2];
    var counts = {};
    measures.forEach(function (m) { counts[m[2]] = (counts[m[2]] || 0) + 1; });
    var legend = el('div', 'legend');
    legend.appendChild(el('span', 'key', measures.length + ' số liệu được trích xuất (measures):'));
    Object.keys(KIND).forEach(function (k) {
      var key = el('span', 'key'); var m = el('mark', 'k-' + k, KIND[k] + ' (' + k + ')'); key.appendChild(m);
      key.appendChild(document.createTextNode(' ' + (counts[k] || 0))); legend.appendChild(key);
    });
    var fk = el('span', 'key'); fk.appendChild(el('mark', 'flagged', 'cảnh báo chất lượng')); fk.appendChild(document.createTextNode(' ' + flags.length));
    legend.appendChild(fk);
    root.appendChild(legend);
    if (flags.length) {
      root.appendChild(el('h3', null, 'Cảnh báo chất lượng của văn bản'));
      var ul = el('ul');
      flags.forEach(function (f) {
        var li = el('li'); li.appendChild(el('span', 'sev ' + f[2], f[2])); li.appendChild(document.createTextNode(' ' + f[3] + ' ' + f[4] + ' (' + f[6] + '): ' + f[5]));
        ul.appendChild(li);
      });
      root.appendChild(ul);
    }
    root.appendChild(el('h3', null, entry[0] === null ? 'Đoạn trích văn bản (excerpts)' : 'Nội dung văn bản'));
    if (entry[0] === null) root.appendChild(el('p', 'note', 'Báo cáo quá lớn để chứa toàn văn mọi văn bản: văn bản này chỉ '
      + (entry[3].length ? 'hiện các đoạn quanh từng số liệu' : 'còn danh sách số liệu') + '. Toàn văn: '
      + 'chitieu query "select text from documents where document_id = \'' + id + '\'"'));
    if (entry[0] !== null || entry[3].length) root.appendChild(renderDocument(entry, focus));
    if (measures.length) {
      root.appendChild(el('h3', null, 'Số liệu trích xuất (measures)'));
      var t = el('table'), head = el('tr');
      ['#', 'kind', 'indicator', 'value', 'unit', 'qualifier', 'period', 'số trong văn bản'].forEach(function (h) { head.appendChild(el('th', null, h)); });
      t.appendChild(head);
      measures.forEach(function (m, i) {
        var tr = el('tr');
        var c0 = el('td', 'num'); var j = el('span', 'jump', String(i + 1)); c0.appendChild(j);
        j.addEventListener('click', function () { var x = document.getElementById('m' + i); if (x) x.scrollIntoView({block: 'center'}); });
        tr.appendChild(c0);
        tr.appendChild(el('td', null, KIND[m[2]] || m[2]));
        var ci = el('td', null, m[3]); ci.title = cat.indicators[m[3]] || ''; tr.appendChild(ci);
        tr.appendChild(el('td', 'num', fmtNum(m[4]) + (m[5] !== null ? '–' + fmtNum(m[5]) : '')));
        tr.appendChild(el('td', null, m[6])); tr.appendChild(el('td', null, m[7])); tr.appendChild(el('td', null, m[8]));
        tr.appendChild(el('td', null, m[9]));
        t.appendChild(tr);
      });
      root.appendChild(t);
    }
    var f = document.querySelector('mark.focus');
    if (f) f.scrollIntoView({block: 'center'});
  }

  async function showCatalog() {
    var root = document.getElementById('app');
    var cat = await getCatalog();
    document.title = 'Danh mục văn bản — Báo cáo chỉ tiêu';
    root.textContent = '';
    var back = el('p', 'note'); var a = el('a', null, '← Báo cáo'); a.href = 'index.html'; back.appendChild(a); root.appendChild(back);
    root.appendChild(el('h2', null, 'Danh mục văn bản (' + fmtNum(cat.docs.length) + ')'));
    var input = el('input', 'filter'); input.type = 'search'; input.placeholder = 'Lọc theo tên tệp, tổ chức, tỉnh, kỳ, loại…';
    root.appendChild(input);
    var info = el('p', 'note'); root.appendChild(info);
    var table = el('table'); root.appendChild(table);
    var LIMIT = 400;
    function draw() {
      var q = input.value.trim().toLowerCase();
      table.textContent = '';
      var head = el('tr');
      ['Văn bản (title)', 'Tổ chức (org)', 'Tỉnh (province)', 'Kỳ (period)', 'Loại (doc_type)', 'measures', 'flags', 'status'].forEach(function (h) { head.appendChild(el('th', null, h)); });
      table.appendChild(head);
      var shown = 0, matched = 0;
      cat.docs.forEach(function (d) {
        if (q && [d[1], d[2], d[3], d[4], d[5], d[6], d[7]].join(' ').toLowerCase().indexOf(q) < 0) return;
        matched++;
        if (shown >= LIMIT) return;
        shown++;
        var tr = el('tr'), td = el('td'), link = el('a', null, d[2] || d[1]);
        link.href = '#' + d[0]; td.appendChild(link); td.appendChild(el('div', 'note', d[1])); tr.appendChild(td);
        [d[3], d[4], d[6], cat.doc_types[d[7]] || d[7]].forEach(function (v) { tr.appendChild(el('td', null, v || '')); });
        tr.appendChild(el('td', 'num', fmtNum(d[10]))); tr.appendChild(el('td', 'num', fmtNum(d[12])));
        tr.appendChild(el('td', null, d[8] + (d[9] ? ': ' + d[9] : '')));
        table.appendChild(tr);
      });
      info.textContent = 'Hiển thị ' + fmtNum(shown) + ' / ' + fmtNum(matched) + ' văn bản' + (matched > shown ? ' (lọc để thu hẹp)' : '');
    }
    input.addEventListener('input', draw);
    draw();
  }

  function route() {
    var h = decodeURIComponent(location.hash.replace(/^#/, ''));
    var run;
    if (!h) run = showCatalog();
    else {
      var at = h.split('@'), focus = null;
      if (at[1]) { var r = at[1].split('-').map(Number); if (r.length === 2 && !isNaN(r[0]) && !isNaN(r[1])) focus = r; }
      run = showDocument(at[0], focus);
    }
    run.catch(function (err) {
      var root = document.getElementById('app'); root.textContent = '';
      root.appendChild(el('div', 'error-box', 'Lỗi khi mở văn bản: ' + err.message));
    });
  }
  window.addEventListener('hashchange', route);
  route();
})();
"""
