/**
 * The review page's script, shipped inside the page (no network, no external file).
 * Plain ES2017 run by the browser; it reads the records from the page's JSON block and
 * builds every element with textContent, so no document text is ever parsed as markup.
 * (Kept free of backticks and dollar-brace so it can live in this string.)
 */
export const CLIENT_JS = String.raw`(function () {
'use strict';
var data = JSON.parse(document.getElementById('zhibiao-data').textContent);
var docs = data.docs;
var STORE = 'zhibiao-review:';
var KINDS = ['actual', 'target', 'change'];
var NONE = '\u2205';
var state = { doc: -1, sel: -1, editing: false, filter: { kind: '', unit: '', section: '', verdict: '', q: '' } };
var verdicts = docs.map(function (d) { return load(d.hash); });

function $(id) { return document.getElementById(id); }
function el(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}
function load(hash) {
  try { var v = JSON.parse(localStorage.getItem(STORE + hash) || '{}'); return v && typeof v === 'object' ? v : {}; } catch (e) { return {}; }
}
function save(d) {
  try { localStorage.setItem(STORE + docs[d].hash, JSON.stringify(verdicts[d])); } catch (e) { /* storage full or off: verdicts stay for this session */ }
}
function keyOf(r) { return r.span[0] + '-' + r.span[1]; }
function verdictOf(d, i) { return verdicts[d][keyOf(docs[d].records[i])] || null; }

/** The record with the reviewer's edit applied. */
function effective(d, i) {
  var r = docs[d].records[i];
  var v = verdictOf(d, i);
  if (!v || !v.edit) return r;
  var out = {};
  for (var k in r) out[k] = r[k];
  for (var e in v.edit) out[e] = v.edit[e];
  return out;
}

docs.forEach(function (d) {
  d.records.forEach(function (r) {
    r._q = (r.name + ' ' + r.raw + ' ' + r.sentence + ' ' + r.section.join(' ')).toLowerCase();
  });
});

function matches(d, i) {
  var f = state.filter;
  var r = effective(d, i);
  if (f.kind === 'masked') { if (!r.masked) return false; } else if (f.kind && r.kind !== f.kind) return false;
  if (f.unit && (r.unit === null ? NONE : r.unit) !== f.unit) return false;
  if (f.section && r.section.indexOf(f.section) < 0) return false;
  if (f.verdict) {
    var v = verdictOf(d, i);
    var name = !v ? 'none' : v.edit ? 'edited' : v.v;
    if (name !== f.verdict) return false;
  }
  if (f.q && docs[d].records[i]._q.indexOf(f.q) < 0) return false;
  return true;
}

function fillSelect(select, values) {
  values.forEach(function (v) { var o = el('option', '', v); o.value = v; select.appendChild(o); });
}

function setupFilters() {
  var units = {};
  var sections = {};
  docs.forEach(function (d) {
    d.records.forEach(function (r) {
      units[r.unit === null ? NONE : r.unit] = true;
      r.section.forEach(function (s) { sections[s] = true; });
    });
  });
  fillSelect($('f-unit'), Object.keys(units).sort());
  fillSelect($('f-section'), Object.keys(sections).sort().slice(0, 2000));
  ['kind', 'unit', 'section', 'verdict'].forEach(function (name) {
    $('f-' + name).addEventListener('change', function (ev) { state.filter[name] = ev.target.value; refresh(); });
  });
  $('f-q').addEventListener('input', function (ev) { state.filter.q = ev.target.value.trim().toLowerCase(); refresh(); });
}

/** Counts over every document for the current filters; the document list with each one's. */
function renderCounts() {
  var shown = 0, total = 0, reviewed = 0;
  var byKind = { actual: 0, target: 0, change: 0, masked: 0 };
  var list = $('docs');
  list.textContent = '';
  docs.forEach(function (d, di) {
    var m = 0, rv = 0;
    for (var i = 0; i < d.records.length; i++) {
      total++;
      if (verdictOf(di, i)) { rv++; reviewed++; }
      if (!matches(di, i)) continue;
      m++;
      var r = effective(di, i);
      byKind[r.kind]++;
      if (r.masked) byKind.masked++;
    }
    shown += m;
    var li = el('li', di === state.doc ? 'current' : '');
    li.dataset.doc = String(di);
    li.appendChild(el('span', 'doc-name', d.source.split(/[\\/!]/).pop()));
    li.appendChild(el('span', 'doc-count', m + ' / ' + d.records.length + (rv ? ' \u00b7 \u2713' + rv : '')));
    li.title = d.source;
    list.appendChild(li);
  });
  $('counts').textContent = shown + ' / ' + total + ' records \u00b7 actual ' + byKind.actual + ' \u00b7 target ' + byKind.target
    + ' \u00b7 change ' + byKind.change + ' \u00b7 masked ' + byKind.masked + ' \u00b7 reviewed ' + reviewed;
}

function markClass(d, i) {
  var r = effective(d, i);
  var v = verdictOf(d, i);
  var cls = 'k-' + r.kind + (r.masked ? ' masked' : '');
  if (v) cls += v.edit ? ' v-edited' : ' v-' + v.v;
  if (!matches(d, i)) cls += ' dim';
  if (i === state.sel) cls += ' sel';
  return cls;
}

function hoverText(r) {
  var t = r.name + ': ' + r.raw + ' (' + r.kind + (r.masked ? ', masked' : '') + ')';
  if (r.target) t += '\n\u76ee\u6807 ' + r.target.raw;
  if (r.section.length) t += '\n' + r.section.join(' > ');
  var where = locatorText(r.locator);
  if (where) t += '\n' + where;
  return t;
}

/** Where the figure is in the file, in words. */
function locatorText(l) {
  if (!l) return '';
  if (l.format === 'text') return 'line ' + l.line + ', column ' + l.column;
  if (l.format === 'html') return 'HTML source ' + l.htmlSpan[0] + '–' + l.htmlSpan[1];
  if (l.format === 'pdf') return 'page ' + l.page + ', ' + l.boxes.map(function (b) { return '[' + b.join(', ') + ']'; }).join(' ');
  if (l.format === 'docx') return (l.table !== undefined ? 'table ' + l.table + ', row ' + l.row + ', column ' + l.column : 'paragraph ' + l.paragraph) + ', offset ' + l.offset;
  return '';
}

function renderText() {
  var d = docs[state.doc];
  var pane = $('text');
  pane.textContent = '';
  var frag = document.createDocumentFragment();
  var pos = 0;
  d.records.forEach(function (r, i) {
    var s = r.span[0], e = r.span[1];
    if (s < pos) return;
    if (s > pos) frag.appendChild(document.createTextNode(d.text.slice(pos, s)));
    var m = el('mark', markClass(state.doc, i), d.text.slice(s, e));
    m.dataset.i = String(i);
    m.title = hoverText(effective(state.doc, i));
    frag.appendChild(m);
    pos = e;
  });
  frag.appendChild(document.createTextNode(d.text.slice(pos)));
  pane.appendChild(frag);
  $('doc-title').textContent = d.source + ' (' + d.format + ')';
}

function cell(tr, text, cls) { tr.appendChild(el('td', cls || '', text)); }

function renderTable() {
  var d = docs[state.doc];
  var body = $('rows');
  body.textContent = '';
  var frag = document.createDocumentFragment();
  d.records.forEach(function (_, i) {
    if (!matches(state.doc, i)) return;
    frag.appendChild(row(i));
  });
  body.appendChild(frag);
}

function row(i) {
  var r = effective(state.doc, i);
  var v = verdictOf(state.doc, i);
  var tr = el('tr', 'k-' + r.kind + (r.masked ? ' masked' : '') + (i === state.sel ? ' sel' : ''));
  tr.dataset.i = String(i);
  cell(tr, i + 1, 'num');
  cell(tr, r.name, 'name');
  cell(tr, r.raw, 'raw');
  cell(tr, r.value === null ? '' : r.value, 'value');
  cell(tr, r.unit === null ? '' : r.unit, 'unit');
  cell(tr, r.kind, 'kind');
  cell(tr, r.target ? (r.target.value === null ? r.target.raw : r.target.value + (r.target.unit || '')) : '', 'target');
  cell(tr, r.section.join(' > '), 'section');
  cell(tr, !v ? '' : v.edit ? '\u270e' : v.v === 'ok' ? '\u2713' : '\u2717', 'verdict');
  return tr;
}

function updateRecord(i) {
  var old = document.querySelector('#rows tr[data-i="' + i + '"]');
  if (old) old.parentNode.replaceChild(row(i), old);
  var m = markOf(i);
  if (m) { m.className = markClass(state.doc, i); m.title = hoverText(effective(state.doc, i)); }
}

function markOf(i) { return document.querySelector('#text mark[data-i="' + i + '"]'); }
function rowOf(i) { return document.querySelector('#rows tr[data-i="' + i + '"]'); }

function select(i, from) {
  var prev = state.sel;
  state.sel = i;
  [prev, i].forEach(function (j) {
    if (j < 0) return;
    var m = markOf(j);
    if (m) m.classList.toggle('sel', j === i);
    var t = rowOf(j);
    if (t) t.classList.toggle('sel', j === i);
  });
  var mark = markOf(i);
  var tr = rowOf(i);
  if (mark && from !== 'mark') {
    mark.scrollIntoView({ block: 'center' });
    mark.classList.remove('flash');
    void mark.offsetWidth;
    mark.classList.add('flash');
  }
  if (tr) tr.scrollIntoView({ block: 'nearest' });
  $('status').textContent = i < 0 ? '' : hoverText(effective(state.doc, i)).replace(/\n/g, ' \u00b7 ');
}

function openDoc(di) {
  state.doc = di;
  state.sel = -1;
  state.editing = false;
  renderText();
  renderTable();
  renderCounts();
}

function refresh() {
  renderCounts();
  renderTable();
  var d = docs[state.doc];
  for (var i = 0; i < d.records.length; i++) { var m = markOf(i); if (m) m.className = markClass(state.doc, i); }
}

function setVerdict(i, verdict, edit) {
  var d = state.doc;
  var key = keyOf(docs[d].records[i]);
  var v = { v: verdict };
  if (edit) v.edit = edit;
  verdicts[d][key] = v;
  save(d);
  updateRecord(i);
  renderCounts();
}

/** Accepts every shown record of the open document that has no verdict yet. */
function acceptShown() {
  var d = state.doc;
  visibleRows().forEach(function (i) {
    if (!verdictOf(d, i)) verdicts[d][keyOf(docs[d].records[i])] = { v: 'ok' };
  });
  save(d);
  renderTable();
  refresh();
}

function visibleRows() {
  return Array.prototype.map.call(document.querySelectorAll('#rows tr'), function (tr) { return Number(tr.dataset.i); });
}

function move(step) {
  var rows = visibleRows();
  if (!rows.length) return;
  var at = rows.indexOf(state.sel);
  var next = at < 0 ? (step > 0 ? 0 : rows.length - 1) : Math.min(rows.length - 1, Math.max(0, at + step));
  select(rows[next], 'key');
}

function input(value, cls) {
  var e = el('input', cls);
  e.value = value === null || value === undefined ? '' : String(value);
  return e;
}

function numberOrNull(s) {
  var t = s.trim();
  if (t === '') return null;
  var n = Number(t);
  return isFinite(n) ? n : null;
}

function edit(i) {
  var tr = rowOf(i);
  if (!tr) return;
  state.editing = true;
  var r = effective(state.doc, i);
  var fields = {
    name: input(r.name, 'e-name'), value: input(r.value, 'e-value'), unit: input(r.unit, 'e-unit'),
    tvalue: input(r.target ? r.target.value : null, 'e-tvalue'), tunit: input(r.target ? r.target.unit : null, 'e-tunit'),
  };
  var kind = el('select', 'e-kind');
  fillSelect(kind, KINDS);
  kind.value = r.kind;
  function put(cls, nodes) { var td = tr.querySelector('td.' + cls); td.textContent = ''; nodes.forEach(function (n) { td.appendChild(n); }); }
  put('name', [fields.name]);
  put('value', [fields.value]);
  put('unit', [fields.unit]);
  put('kind', [kind]);
  put('target', [fields.tvalue, fields.tunit]);
  function done(keep) {
    state.editing = false;
    if (!keep) { updateRecord(i); return; }
    var tv = numberOrNull(fields.tvalue.value);
    var tu = fields.tunit.value.trim();
    var target = tv === null && tu === '' ? null : { value: tv, unit: tu === '' ? null : tu, raw: r.target ? r.target.raw : String(tv === null ? '' : tv) + tu, masked: r.target ? r.target.masked && tv === null : false };
    setVerdict(i, 'ok', { name: fields.name.value.trim(), value: numberOrNull(fields.value.value), unit: fields.unit.value.trim() === '' ? null : fields.unit.value.trim(), kind: kind.value, target: target });
    select(i, 'key');
  }
  [fields.name, fields.value, fields.unit, fields.tvalue, fields.tunit, kind].forEach(function (f) {
    f.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter') { ev.preventDefault(); done(true); }
      else if (ev.key === 'Escape') { ev.preventDefault(); done(false); }
      ev.stopPropagation();
    });
  });
  fields.name.focus();
  fields.name.select();
}

/** Gold JSONL in the format zhibiao eval reads: every document with a verdict, its records less the wrong ones, edits applied. */
function exportGold() {
  var lines = [];
  docs.forEach(function (d, di) {
    if (Object.keys(verdicts[di]).length === 0) return;
    d.records.forEach(function (_, i) {
      var v = verdictOf(di, i);
      if (v && v.v === 'wrong') return;
      var r = effective(di, i);
      lines.push(JSON.stringify({
        doc: d.doc, name: r.name, value: r.value, valueMax: r.valueMax, unit: r.unit, kind: r.kind,
        target: r.target ? { value: r.target.value, unit: r.target.unit } : null,
        qualifier: r.qualifier, masked: r.masked, numeral: r.numeral, raw: r.raw, context: r.sentence,
      }));
    });
  });
  return lines.length ? lines.join('\n') + '\n' : '';
}

function download() {
  var blob = new Blob([exportGold()], { type: 'application/x-ndjson' });
  var a = el('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'reviewed.jsonl';
  document.body.appendChild(a);
  a.click();
  setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}

document.addEventListener('keydown', function (ev) {
  var tag = ev.target && ev.target.tagName;
  if (state.editing || tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || ev.ctrlKey || ev.metaKey || ev.altKey) return;
  if (ev.key === 'j') move(1);
  else if (ev.key === 'k') move(-1);
  else if (ev.key === 'a' && state.sel >= 0) setVerdict(state.sel, 'ok', null);
  else if (ev.key === 'x' && state.sel >= 0) setVerdict(state.sel, 'wrong', null);
  else if (ev.key === 'e' && state.sel >= 0) edit(state.sel);
  else if (ev.key === 'A') acceptShown();
  else return;
  ev.preventDefault();
});
$('text').addEventListener('click', function (ev) {
  var m = ev.target.closest('mark');
  if (m) select(Number(m.dataset.i), 'mark');
});
$('rows').addEventListener('click', function (ev) {
  var tr = ev.target.closest('tr');
  if (tr && !state.editing) select(Number(tr.dataset.i), 'row');
});
$('docs').addEventListener('click', function (ev) {
  var li = ev.target.closest('li');
  if (li) openDoc(Number(li.dataset.doc));
});
$('export').addEventListener('click', download);

window.zhibiaoReview = { exportGold: exportGold, openDoc: openDoc, select: select };
setupFilters();
if (docs.length) openDoc(0);
else $('counts').textContent = 'no records';
window.zhibiaoReview.readyAt = performance.now();
document.body.dataset.ready = '1';
})();
`;
